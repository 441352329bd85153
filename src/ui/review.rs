//! The review screen: every answer by section with a link back, what is missing, and hidden answers.

use egui::RichText;

use super::{Command, nav};
use crate::lang::Lang;
use crate::model::flow::{self, MissingReason};
use crate::model::{Profile, Questionnaire};
use crate::words::text::answer_text;

pub fn review_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    profile: &Profile,
    out: &mut Vec<Command>,
) {
    super::a11y::screen_title_ui(ui, trs!(lang, "review-overview-of-your-answers"));
    ui.add_space(6.0);
    missing_ui(ui, lang, q, profile, out);
    ui.add_space(10.0);
    for index in 0..q.sections().len() {
        ui.separator();
        let title = ui.label(RichText::new(nav::section_label(q, index, lang)).heading());
        super::a11y::mark_heading(ui, &title, 2);
        for question in flow::visible_questions(q, profile, index) {
            let text = profile
                .answer(&question.id)
                .filter(|a| flow::is_answered(question, a))
                .map(|a| answer_text(question, a, lang));
            ui.horizontal_wrapped(|ui| {
                let link = ui.link(question.text.get(lang));
                // A screen reader hears the question with its answer, as the eye sees them.
                let answer = text.as_deref().unwrap_or(trs!(lang, "review-no-answer"));
                let name = format!("{}: {answer}", question.text.get(lang));
                ui.ctx()
                    .accesskit_node_builder(link.id, |node| node.set_label(name));
                if link.clicked() {
                    out.push(Command::GotoQuestion(question.id.clone()));
                }
            });
            // Shown for the eye; a screen reader has it in the link's name already, and would
            // otherwise read every answer twice.
            let shown = ui
                .indent(("answer", &question.id), |ui| match text {
                    Some(t) => ui.label(t),
                    None => {
                        ui.label(RichText::new(trs!(lang, "review-no-answer-in-brackets")).weak())
                    }
                })
                .inner;
            ui.ctx()
                .accesskit_node_builder(shown.id, egui::accesskit::Node::set_hidden);
        }
    }
    hidden_ui(ui, lang, q, profile);
}

/// What is still missing, each with a link to its question.
fn missing_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    profile: &Profile,
    out: &mut Vec<Command>,
) {
    let missing = flow::missing(q, profile);
    if missing.is_empty() {
        ui.label(trs!(lang, "review-all-answered"));
        return;
    }
    let title = tr!(
        lang,
        "review-still-to-answer",
        count = (missing.len()).to_string()
    );
    ui.label(
        RichText::new(title)
            .strong()
            .color(ui.visuals().warn_fg_color),
    );
    for m in &missing {
        let Some(question) = q.question(&m.question) else {
            continue;
        };
        let why = match m.reason {
            MissingReason::Required => trs!(lang, "review-required"),
            MissingReason::OtherText => trs!(lang, "review-fill-in-other"),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{} ›", nav::section_label(q, m.section, lang)));
            let link = ui.link(question.text.get(lang));
            // The link alone said only the question (issue 32): a screen reader hears that it
            // is still open, why, and in which section, as the eye sees beside it.
            let name = format!(
                "{} ({}, {why}): {}",
                question.text.get(lang),
                trs!(lang, "review-still-open"),
                nav::section_label(q, m.section, lang)
            );
            ui.ctx()
                .accesskit_node_builder(link.id, |node| node.set_label(name));
            if link.clicked() {
                out.push(Command::GotoQuestion(m.question.clone()));
            }
            ui.label(RichText::new(format!("({why})")).weak());
        });
    }
}

/// Answers kept for questions that a later answer hid.
fn hidden_ui(ui: &mut egui::Ui, lang: Lang, q: &Questionnaire, profile: &Profile) {
    let hidden = flow::hidden_answers(q, profile);
    if hidden.is_empty() {
        return;
    }
    ui.separator();
    ui.label(RichText::new(trs!(lang, "review-hidden-answers-heading")).strong());
    ui.label(trs!(lang, "review-a-later-answer-hid-these-questions"));
    for question in hidden {
        if let Some(a) = profile.answer(&question.id) {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("{}:", question.text.get(lang)));
                ui.label(answer_text(question, a, lang));
            });
        }
    }
}
