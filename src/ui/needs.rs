//! The needs-profile screen: the picture of priorities and reach, the advice with its reasons,
//! the partners, the agenda and the intake e-mail. It follows the answers as they change.

use egui::{Color32, RichText, Sense, Stroke, TextEdit, Vec2};

use super::Command;
use super::theme;
use crate::lang::Lang;
use crate::model::needs::{Needs, Reason};

fn reasons_ui(ui: &mut egui::Ui, lang: Lang, reasons: &[Reason]) {
    if reasons.is_empty() {
        return;
    }
    ui.indent(ui.next_auto_id(), |ui| {
        ui.label(
            RichText::new(lang.pick("Omdat je antwoordde:", "Because you answered:"))
                .small()
                .weak(),
        );
        for r in reasons {
            ui.label(RichText::new(format!("• {}", r.text)).small().weak());
        }
    });
}

fn section_heading(ui: &mut egui::Ui, text: &str) {
    ui.add_space(14.0);
    ui.label(RichText::new(text).size(19.0).strong());
    ui.add_space(2.0);
}

/// One bar of the picture: a label, `value` filled blocks of `max`, and the value in words.
/// The bar's accessible name says the same as the text beside it.
pub fn bar_ui(ui: &mut egui::Ui, label: &str, value: i64, min: i64, max: i64, value_text: &str) {
    ui.horizontal(|ui| {
        // The label left-aligned in its own column, wrapped rather than cut off.
        ui.allocate_ui_with_layout(
            Vec2::new(300.0, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(300.0);
                ui.add(egui::Label::new(label).wrap());
            },
        );
        let steps = (max - min + 1).max(1) as usize;
        let block = Vec2::new(34.0, 18.0);
        let (rect, response) = ui.allocate_exact_size(
            Vec2::new(steps as f32 * (block.x + 4.0), block.y),
            Sense::hover(),
        );
        let painter = ui.painter_at(rect);
        for i in 0..steps {
            let x = rect.left() + i as f32 * (block.x + 4.0);
            let r = egui::Rect::from_min_size(egui::pos2(x, rect.top()), block);
            let filled = min + i as i64 <= value;
            // Filled blocks in the theme colour, empty ones outlined: readable in grey print too.
            if filled {
                painter.rect_filled(r, 3.0, theme::FOCUS);
            } else {
                painter.rect_stroke(
                    r,
                    3.0,
                    Stroke::new(1.0, Color32::from_gray(140)),
                    egui::StrokeKind::Inside,
                );
            }
        }
        let accessible = format!("{label}: {value_text}");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Meter, true, &accessible));
        ui.label(value_text);
    });
}

pub fn needs_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    needs: &Needs,
    mail_to: &mut String,
    out: &mut Vec<Command>,
) {
    ui.heading(lang.pick("Behoefteprofiel", "Needs profile"));
    ui.label(lang.pick(
        "Dit volgt uit je antwoorden. Verander je een antwoord, dan verandert dit mee.",
        "This follows from your answers. If you change an answer, this changes with it.",
    ));

    section_heading(ui, lang.pick("In één oogopslag", "At a glance"));
    for t in &needs.themes {
        let value = if t.priority == 0 {
            lang.pick("0 – niet relevant", "0 – not relevant")
                .to_owned()
        } else {
            t.priority_text.clone()
        };
        bar_ui(ui, &t.title, t.priority, 1, 3, &value);
    }
    match (&needs.reach, &needs.reach_text) {
        (Some(v), Some(text)) => bar_ui(
            ui,
            lang.pick("Bereik van de hulp nu", "Reach of help now"),
            *v,
            1,
            5,
            text,
        ),
        _ => {
            ui.label(
                RichText::new(lang.pick(
                    "Bereik van de hulp: nog niet ingevuld",
                    "Reach of help: not answered yet",
                ))
                .weak(),
            );
        }
    }

    section_heading(ui, lang.pick("Training", "Training"));
    ui.label(&needs.training.summary);
    reasons_ui(ui, lang, &needs.training.reasons);

    section_heading(ui, lang.pick("Thema's", "Themes"));
    for t in &needs.themes {
        ui.label(RichText::new(format!("{} — {}", t.title, t.priority_text)).strong());
        if !t.signals.is_empty() {
            ui.label(format!(
                "{} {}",
                lang.pick("Signalen:", "Signals:"),
                t.signals.join("; ")
            ));
        }
        if let Some(question) = &t.question {
            ui.label(format!(
                "{} {question}",
                lang.pick("Je vraag:", "Your question:")
            ));
        }
        reasons_ui(ui, lang, &t.reasons);
    }

    section_heading(
        ui,
        lang.pick("Partners om te betrekken", "Partners to involve"),
    );
    for p in &needs.partners {
        ui.label(RichText::new(&p.name).strong());
        ui.label(&p.description);
        if let Some(a) = &p.always {
            ui.label(a);
        }
        ui.label(
            RichText::new(format!("{} {}", lang.pick("Bron:", "Source:"), p.source))
                .small()
                .weak(),
        );
        reasons_ui(ui, lang, &p.reasons);
        ui.add_space(4.0);
    }

    if let Some(advice) = &needs.cooperation {
        section_heading(
            ui,
            lang.pick(
                "Samenwerking met zelforganisaties",
                "Cooperation with self-organisations",
            ),
        );
        ui.label(&advice.text);
        reasons_ui(ui, lang, &advice.reasons);
    }

    section_heading(ui, lang.pick("Voorstel voor de agenda", "Proposed agenda"));
    for (i, item) in needs.agenda.iter().enumerate() {
        ui.label(RichText::new(format!("{}. {}", i + 1, item.title)).strong());
        ui.indent(("agenda", i), |ui| {
            for line in &item.lines {
                ui.label(format!("• {line}"));
            }
        });
    }

    section_heading(ui, lang.pick("Aanmeldmail", "Intake e-mail"));
    ui.label(lang.pick(
        "De aankondiging vraagt je te mailen om wat voor organisatie het gaat en wat medewerkers willen leren. Deze tekst staat klaar.",
        "The announcement asks you to e-mail what kind of organisation you are and what staff want to learn. This text is ready.",
    ));
    ui.horizontal(|ui| {
        let label = ui.label(lang.pick("Aan", "To"));
        let mut shown = needs.email.to.clone();
        let response = ui
            .add(TextEdit::singleline(&mut shown).desired_width(320.0))
            .labelled_by(label.id);
        if response.changed() {
            *mail_to = shown;
        }
    });
    ui.label(RichText::new(&needs.email.to_note).small().weak());
    ui.label(format!(
        "{} {}",
        lang.pick("Onderwerp:", "Subject:"),
        needs.email.subject
    ));
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(&needs.email.body);
    });
    ui.horizontal(|ui| {
        for command in [Command::CopyEmail, Command::OpenEmail] {
            if ui.button(command.label(lang)).clicked() {
                out.push(command);
            }
        }
    });
    ui.add_space(8.0);
    ui.label(RichText::new(&needs.reminder).strong());
    ui.add_space(20.0);
}
