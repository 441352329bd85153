//! The needs-profile screen: the picture of priorities and reach, the training proposal with its
//! reasons, the partners, the agenda and the intake e-mail. It follows the answers as they
//! change, and speaks to the officer ("je"); the brief says the same to the alliance.

use egui::{RichText, Sense, Stroke, TextEdit, Vec2};

use super::Command;
use super::a11y::Reader;
use super::text_cache::label as kept;
use super::theme;
use crate::lang::Lang;
use crate::model::needs::{self, Needs, Reason};
use crate::words::Words;

fn reasons_ui(ui: &mut egui::Ui, r: &mut Reader, words: &Words, reasons: &[Reason]) {
    let lang = words.lang;
    if reasons.is_empty() {
        return;
    }
    ui.indent(ui.next_auto_id(), |ui| {
        r.label(
            ui,
            RichText::new(trs!(lang, "needs-because-you-answered"))
                .small()
                .weak(),
        );
        let reasons: Vec<String> = reasons.iter().map(|x| words.reason(x)).collect();
        r.bullets(ui, &reasons, |t| t.small().weak());
    });
}

fn section_heading_ui(ui: &mut egui::Ui, r: &mut Reader, text: &str) {
    ui.add_space(14.0);
    let heading = r.label(ui, RichText::new(text).size(19.0).strong());
    super::a11y::mark_heading(ui, &heading, 2);
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
        ui.add(kept(ui, value_text));
    };
    if beside {
        ui.horizontal(|ui| {
            // The label left-aligned in its own column, wrapped rather than cut off.
            ui.allocate_ui_with_layout(
                Vec2::new(label_width, 0.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    ui.set_width(label_width);
                    ui.add(kept(ui, label));
                },
            );
            draw_bar(ui);
        });
    } else {
        ui.add(kept(ui, label));
        ui.horizontal_wrapped(draw_bar);
        ui.add_space(4.0);
    }
}

/// What the 2021 announcement offered, and that the officer should check whether it still
/// applies: on the start screen and the needs-profile screen.
pub fn offer_note(lang: Lang) -> String {
    tr!(lang, "needs-in-its-announcement-of-15-february")
}

pub fn needs_ui(
    ui: &mut egui::Ui,
    needs: &Needs,
    words: &Words,
    mail_to: &mut String,
    out: &mut Vec<Command>,
) {
    let lang = words.lang;
    super::a11y::screen_title_ui(ui, trs!(lang, "needs-needs-profile"));
    // The profile is read block by block with the arrow keys, one Tab stop (issue 32); the
    // e-mail's controls follow it.
    let mut r = Reader::new(ui, ui.scope_id().with("needs.reader"));
    r.label(ui, trs!(lang, "needs-intro"));
    r.label(ui, RichText::new(offer_note(lang)).small());

    glance_ui(ui, &mut r, needs, words);
    training_ui(ui, &mut r, needs, words);
    partners_ui(ui, &mut r, needs, words);
    agenda_ui(ui, &mut r, needs, words);
    r.finish(ui);
    email_ui(ui, words, mail_to, out);
}

/// The picture: the three priorities, domestic and honour-based violence, and the reach of
/// help.
fn glance_ui(ui: &mut egui::Ui, r: &mut Reader, needs: &Needs, words: &Words) {
    let lang = words.lang;
    section_heading_ui(ui, r, trs!(lang, "needs-at-a-glance"));
    for t in &needs.themes {
        let (title, value) = (words.theme_title(&t.id), words.priority_text(t));
        r.region(ui, &format!("{title}: {value}"), |ui| {
            bar_ui(ui, title, t.priority, 1, 3, &value);
        });
    }
    match needs.reach {
        Some(v) => {
            let (title, value) = (trs!(lang, "needs-reach-of-help-now"), words.reach_text(v));
            r.region(ui, &format!("{title}: {value}"), |ui| {
                bar_ui(ui, title, v, 1, 5, &value);
            });
        }
        None => {
            r.label(
                ui,
                RichText::new(trs!(lang, "needs-reach-of-help-not-answered-yet")).weak(),
            );
        }
    }
}

/// The training proposal, and the themes with their signals and questions.
fn training_ui(ui: &mut egui::Ui, r: &mut Reader, needs: &Needs, words: &Words) {
    let lang = words.lang;
    section_heading_ui(ui, r, trs!(lang, "needs-training"));
    r.label(ui, words.training_summary(&needs.training));
    reasons_ui(ui, r, words, &needs.training.reasons);
    if !needs.checks.is_empty() {
        r.label(
            ui,
            RichText::new(trs!(lang, "needs-is-this-right-these-questions-also"))
                .color(ui.visuals().warn_fg_color),
        );
        let checks: Vec<String> = needs.checks.iter().map(|c| words.check(c)).collect();
        r.bullets(ui, &checks, |t| t);
    }

    section_heading_ui(ui, r, trs!(lang, "needs-topics"));
    let top = needs.top_themes();
    if top.len() > 1 {
        let names: Vec<String> = top
            .iter()
            .map(|t| words.theme_title(&t.id).to_owned())
            .collect();
        r.label(
            ui,
            format!(
                "{} {}",
                trs!(lang, "needs-equally-important"),
                words.and_list(&names)
            ),
        );
    }
    for t in &needs.themes {
        r.label(
            ui,
            RichText::new(format!(
                "{} — {}",
                words.theme_title(&t.id),
                words.priority_text(t)
            ))
            .strong(),
        );
        if !t.signals.is_empty() {
            r.label(
                ui,
                format!(
                    "{} {}",
                    trs!(lang, "needs-signs"),
                    words.choice_list(needs::SIGNALS, &t.signals)
                ),
            );
        }
        if let Some(question) = words.theme_question(&t.id) {
            r.label(
                ui,
                format!("{} {question}", trs!(lang, "needs-your-question")),
            );
        }
        reasons_ui(ui, r, words, &t.reasons);
    }
}

/// The partners to involve, each with its role, description, source and reasons.
fn partners_ui(ui: &mut egui::Ui, r: &mut Reader, needs: &Needs, words: &Words) {
    let lang = words.lang;
    section_heading_ui(ui, r, trs!(lang, "needs-partners-to-involve"));
    if needs.partners_put_communities_beside_themes() {
        r.label(
            ui,
            RichText::new(trs!(lang, "words-these-topics-occur-in-all-communities")).weak(),
        );
    }
    for need in &needs.partners {
        let Some(p) = words.partner(&need.id) else {
            continue;
        };
        r.label(ui, RichText::new(words.partner_name(p)).strong());
        if need.known {
            r.label(ui, RichText::new(trs!(lang, "needs-partner-known")).weak());
        }
        r.label(
            ui,
            format!("{}. {}", p.role.get(lang), p.description.get(lang)),
        );
        if let Some(a) = &p.always {
            r.label(ui, a.get(lang));
        }
        r.label(
            ui,
            RichText::new(format!(
                "{} {}",
                trs!(lang, "needs-source"),
                p.sources.join(" · ")
            ))
            .small()
            .weak(),
        );
        reasons_ui(ui, r, words, &need.reasons);
        ui.add_space(4.0);
    }
    if let Some(line) = words.unmatched(needs) {
        r.label(ui, line);
    }
}

/// The next step in cooperation, and the agenda with its minutes.
fn agenda_ui(ui: &mut egui::Ui, r: &mut Reader, needs: &Needs, words: &Words) {
    let lang = words.lang;
    if let Some(c) = &needs.cooperation {
        section_heading_ui(ui, r, trs!(lang, "needs-cooperation-heading"));
        r.label(ui, words.cooperation(c));
        reasons_ui(ui, r, words, &c.reasons);
    }

    section_heading_ui(
        ui,
        r,
        &tr!(
            lang,
            "needs-proposed-agenda-minutes",
            minutes = (needs.minutes).to_string()
        ),
    );
    for (i, item) in needs.agenda.iter().enumerate() {
        r.label(
            ui,
            RichText::new(format!(
                "{}. {} — {}",
                i + 1,
                words.agenda_title(item),
                words.minutes(item.minutes)
            ))
            .strong(),
        );
        ui.indent(("agenda", i), |ui| {
            r.bullets(ui, &words.agenda_lines(item), |t| t);
        });
    }
}

/// The intake e-mail: the address to change, the text, copy or open, and the reminder.
fn email_ui(ui: &mut egui::Ui, words: &Words, mail_to: &mut String, out: &mut Vec<Command>) {
    let lang = words.lang;
    let email = words.email(mail_to);
    ui.add_space(14.0);
    super::a11y::heading_ui(ui, trs!(lang, "needs-intake-e-mail"), 2);
    ui.add_space(2.0);
    ui.label(trs!(lang, "needs-the-announcement-asks-you-to-e"));
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(trs!(lang, "needs-email-to"));
        let mut shown = email.to.clone();
        let response = ui
            .add(
                TextEdit::singleline(&mut shown)
                    .return_key(None)
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
        if response.changed() {
            *mail_to = shown;
        }
    });
    ui.label(RichText::new(&email.to_note).small().weak());
    ui.label(format!("{} {}", trs!(lang, "needs-subject"), email.subject));
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
