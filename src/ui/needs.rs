//! The needs-profile screen: the picture of priorities and reach, the training proposal with its
//! reasons, the partners, the agenda and the intake e-mail. It follows the answers as they
//! change, and speaks to the officer ("je"); the brief says the same to the alliance.

use egui::{RichText, Sense, Stroke, TextEdit, Vec2};

use super::Command;
use super::theme;
use crate::lang::Lang;
use crate::model::needs::{self, Needs, Reason, Words};

fn reasons_ui(ui: &mut egui::Ui, words: &Words, reasons: &[Reason]) {
    let lang = words.lang;
    if reasons.is_empty() {
        return;
    }
    ui.indent(ui.next_auto_id(), |ui| {
        ui.label(
            RichText::new(lang.pick("Omdat je antwoordde:", "Because you answered:"))
                .small()
                .weak(),
        );
        super::a11y::bullet_list(ui, reasons.iter().map(|r| words.reason(r)), |t| {
            t.small().weak()
        });
    });
}

fn section_heading(ui: &mut egui::Ui, text: &str) {
    ui.add_space(14.0);
    super::a11y::heading(ui, text, 2);
    ui.add_space(2.0);
}

/// One bar of the picture: a label, `value` filled blocks of `max`, and the value in words.
/// The bar's accessible name says the same as the text beside it.
pub fn bar_ui(ui: &mut egui::Ui, label: &str, value: i64, min: i64, max: i64, value_text: &str) {
    let steps = (max - min + 1).max(1) as usize;
    let block = Vec2::new(34.0, 18.0);
    let bars_width = steps as f32 * (block.x + 4.0);
    // The label in its own column where there is room; above the bar in a narrow window or at
    // large text, so nothing runs off the right edge.
    let label_width = 300.0_f32.min(ui.available_width() * 0.4);
    // Decided for the widest bar (five blocks), so all bars of a picture lay out alike.
    let beside = ui.available_width() >= label_width + 5.0 * (block.x + 4.0) + 160.0;
    let draw_bar = |ui: &mut egui::Ui| {
        // As tall as a line of text, the blocks in its middle: level with the words beside it.
        let line = ui.text_style_height(&egui::TextStyle::Body).max(block.y);
        let (rect, response) = ui.allocate_exact_size(Vec2::new(bars_width, line), Sense::hover());
        let painter = ui.painter_at(rect);
        let top = rect.center().y - block.y / 2.0;
        for i in 0..steps {
            let x = rect.left() + i as f32 * (block.x + 4.0);
            let r = egui::Rect::from_min_size(egui::pos2(x, top), block);
            let filled = min + i as i64 <= value;
            // Filled blocks in the theme colour, empty ones outlined: readable in grey print too.
            if filled {
                painter.rect_filled(r, 3.0, theme::bar(ui.visuals()));
            } else {
                painter.rect_stroke(
                    r,
                    3.0,
                    Stroke::new(1.0, theme::edge(ui.visuals())),
                    egui::StrokeKind::Inside,
                );
            }
        }
        let accessible = format!("{label}: {value_text}");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Meter, true, &accessible));
        ui.add(egui::Label::new(value_text).wrap());
    };
    if beside {
        ui.horizontal(|ui| {
            // The label left-aligned in its own column, wrapped rather than cut off.
            ui.allocate_ui_with_layout(
                Vec2::new(label_width, 0.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    ui.set_width(label_width);
                    ui.add(egui::Label::new(label).wrap());
                },
            );
            draw_bar(ui);
        });
    } else {
        ui.add(egui::Label::new(label).wrap());
        ui.horizontal_wrapped(draw_bar);
        ui.add_space(4.0);
    }
}

/// What the 2021 announcement offered, and that the officer should check whether it still
/// applies: on the start screen and the needs-profile screen.
pub fn offer_note(lang: Lang) -> &'static str {
    lang.pick(
        "In de aankondiging van 15 februari 2021 bood de alliantie sociaal werkers gratis trainingen op maat aan, in dat jaar. Kijk op https://www.movisie.nl/alliantie-verandering-binnenuit of dat aanbod en het contactadres nog gelden.",
        "In its announcement of 15 February 2021 the alliance offered social workers free, tailored training, that year. Check https://www.movisie.nl/alliantie-verandering-binnenuit to see whether the offer and the contact address still apply.",
    )
}

pub fn needs_ui(
    ui: &mut egui::Ui,
    needs: &Needs,
    words: &Words,
    mail_to: &mut String,
    out: &mut Vec<Command>,
) {
    let lang = words.lang;
    super::a11y::screen_title(ui, lang.pick("Behoefteprofiel", "Needs profile"));
    ui.label(lang.pick(
        "Dit volgt uit je antwoorden. Verander je een antwoord, dan verandert dit mee.",
        "This follows from your answers. If you change an answer, this changes with it.",
    ));
    ui.label(RichText::new(offer_note(lang)).small());

    glance_ui(ui, needs, words);
    training_ui(ui, needs, words);
    partners_ui(ui, needs, words);
    agenda_ui(ui, needs, words);
    email_ui(ui, words, mail_to, out);
}

/// The picture: the three priorities, domestic and honour-based violence, and the reach of
/// help.
fn glance_ui(ui: &mut egui::Ui, needs: &Needs, words: &Words) {
    let lang = words.lang;
    section_heading(ui, lang.pick("In één oogopslag", "At a glance"));
    for t in &needs.themes {
        bar_ui(
            ui,
            words.theme_title(&t.id),
            t.priority,
            1,
            3,
            &words.priority_text(t),
        );
    }
    if let Some(v) = words.answers.number(crate::model::ids::VIOLENCE_PRIORITY) {
        bar_ui(
            ui,
            lang.pick(
                "Huiselijk en eergerelateerd geweld",
                "Domestic and honour-based violence",
            ),
            v,
            1,
            3,
            &words
                .answers
                .text(crate::model::ids::VIOLENCE_PRIORITY, lang)
                .unwrap_or_default(),
        );
    }
    match needs.reach {
        Some(v) => bar_ui(
            ui,
            lang.pick("Bereik van de hulp nu", "Reach of help now"),
            v,
            1,
            5,
            &words.reach_text(v),
        ),
        None => {
            ui.label(
                RichText::new(lang.pick(
                    "Bereik van de hulp: nog niet ingevuld",
                    "Reach of help: not answered yet",
                ))
                .weak(),
            );
        }
    }
}

/// The training proposal, and the themes with their signals and questions.
fn training_ui(ui: &mut egui::Ui, needs: &Needs, words: &Words) {
    let lang = words.lang;
    section_heading(ui, lang.pick("Training", "Training"));
    ui.label(words.training_summary(&needs.training));
    reasons_ui(ui, words, &needs.training.reasons);
    if !needs.checks.is_empty() {
        ui.label(
            RichText::new(lang.pick(
                "Klopt dit? Deze vragen komen ook in de gespreksnotitie, voor het overleg:",
                "Is this right? These questions also go into the brief, for the meeting:",
            ))
            .color(ui.visuals().warn_fg_color),
        );
        super::a11y::bullet_list(ui, needs.checks.iter().map(|c| words.check(c)), |t| t);
    }

    section_heading(ui, lang.pick("Thema's", "Topics"));
    let top = needs.top_themes();
    if top.len() > 1 {
        let names: Vec<String> = top
            .iter()
            .map(|t| words.theme_title(&t.id).to_owned())
            .collect();
        ui.label(format!(
            "{} {}",
            lang.pick("Even belangrijk:", "Equally important:"),
            words.and_list(&names)
        ));
    }
    for t in &needs.themes {
        ui.label(
            RichText::new(format!(
                "{} — {}",
                words.theme_title(&t.id),
                words.priority_text(t)
            ))
            .strong(),
        );
        if !t.signals.is_empty() {
            ui.label(format!(
                "{} {}",
                lang.pick("Signalen:", "Signs:"),
                words.choice_list(needs::SIGNALS, &t.signals)
            ));
        }
        if let Some(question) = words.theme_question(&t.id) {
            ui.label(format!(
                "{} {question}",
                lang.pick("Je vraag:", "Your question:")
            ));
        }
        reasons_ui(ui, words, &t.reasons);
    }
}

/// The partners to involve, each with its role, description, source and reasons.
fn partners_ui(ui: &mut egui::Ui, needs: &Needs, words: &Words) {
    let lang = words.lang;
    section_heading(
        ui,
        lang.pick("Partners om te betrekken", "Partners to involve"),
    );
    for need in &needs.partners {
        let Some(p) = words.partner(&need.id) else {
            continue;
        };
        ui.label(RichText::new(words.partner_name(p)).strong());
        if need.known {
            ui.label(
                RichText::new(lang.pick(
                    "Ken je al: bouw voort op dat contact.",
                    "You already know them: build on that contact.",
                ))
                .weak(),
            );
        }
        ui.label(format!("{}. {}", p.role.get(lang), p.description.get(lang)));
        if let Some(a) = &p.always {
            ui.label(a.get(lang));
        }
        ui.label(
            RichText::new(format!(
                "{} {}",
                lang.pick("Bron:", "Source:"),
                p.sources.join(" · ")
            ))
            .small()
            .weak(),
        );
        reasons_ui(ui, words, &need.reasons);
        ui.add_space(4.0);
    }
    if let Some(line) = words.unmatched(needs) {
        ui.label(line);
    }
}

/// The next step in cooperation, and the agenda with its minutes.
fn agenda_ui(ui: &mut egui::Ui, needs: &Needs, words: &Words) {
    let lang = words.lang;
    if let Some(c) = &needs.cooperation {
        section_heading(
            ui,
            lang.pick(
                "Samenwerking met zelforganisaties",
                "Cooperation with community organisations",
            ),
        );
        ui.label(words.cooperation(c));
        reasons_ui(ui, words, &c.reasons);
    }

    section_heading(
        ui,
        &match lang {
            Lang::Nl => format!("Voorstel voor de agenda ({} minuten)", needs.minutes),
            Lang::En => format!("Proposed agenda ({} minutes)", needs.minutes),
        },
    );
    for (i, item) in needs.agenda.iter().enumerate() {
        ui.label(
            RichText::new(format!(
                "{}. {} — {}",
                i + 1,
                words.agenda_title(item),
                words.minutes(item.minutes)
            ))
            .strong(),
        );
        ui.indent(("agenda", i), |ui| {
            super::a11y::bullet_list(ui, words.agenda_lines(item), |t| t);
        });
    }
}

/// The intake e-mail: the address to change, the text, copy or open, and the reminder.
fn email_ui(ui: &mut egui::Ui, words: &Words, mail_to: &mut String, out: &mut Vec<Command>) {
    let lang = words.lang;
    let email = words.email(mail_to);
    section_heading(ui, lang.pick("Aanmeldmail", "Intake e-mail"));
    ui.label(lang.pick(
        "De aankondiging vraagt je te mailen om wat voor organisatie het gaat en wat medewerkers willen leren. Deze tekst staat klaar.",
        "The announcement asks you to e-mail what kind of organisation you are and what staff want to learn. This text is ready.",
    ));
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(lang.pick("Aan", "To"));
        let mut shown = email.to.clone();
        let response = ui
            .add(TextEdit::singleline(&mut shown).desired_width(320.0))
            .labelled_by(label.id);
        if response.changed() {
            *mail_to = shown;
        }
    });
    ui.label(RichText::new(&email.to_note).small().weak());
    ui.label(format!(
        "{} {}",
        lang.pick("Onderwerp:", "Subject:"),
        email.subject
    ));
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(&email.body);
    });
    ui.horizontal_wrapped(|ui| {
        for command in [Command::CopyEmail, Command::OpenEmail] {
            if ui.button(command.label(lang)).clicked() {
                out.push(command);
            }
        }
    });
    ui.add_space(8.0);
    ui.label(RichText::new(words.reminder()).strong());
    ui.add_space(20.0);
}
