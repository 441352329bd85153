//! One question on screen: its label, help, answer widget and notes, in the chosen language.

use egui::accesskit::Role;
use egui::{Align, RichText, TextEdit, UiBuilder};

use super::a11y::Described;
use super::choice;
use crate::lang::Lang;
use crate::model::ids::ChoiceId;
use crate::model::privacy::Finding;
use crate::model::questionnaire::{OTHER, TEXT_MAX_CHARS};
use crate::model::{Answer, Kind, Profile, Question, Questionnaire, flow};
use crate::words::text::scale_option_text;

/// The note under free-text questions that could invite case details.
pub fn privacy_note(lang: Lang) -> String {
    tr!(lang, "question-do-not-record-names-or-other")
}

/// Where the focus goes when a section is drawn: a question, and whether to scroll to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Focus {
    pub question: crate::model::ids::QuestionId,
    pub scroll: Scroll,
}

/// Whether the view moves to a question that gets the focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scroll {
    /// Bring it into view (after "go to question").
    IntoView,
    /// Leave the view where it is (the first question of a section just opened).
    Stay,
}

/// One section: its title, introduction and visible questions. Returns whether an answer changed.
pub fn section_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    index: usize,
    profile: &mut Profile,
    focus: Option<&Focus>,
    findings: &[Finding],
) -> bool {
    let Some(section) = q.section(index) else {
        return false;
    };
    super::a11y::screen_title_ui(ui, section.title.get(lang));
    if let Some(intro) = &section.intro {
        ui.label(intro.get(lang));
    }
    let mut changed = false;
    for question in flow::visible_questions(q, profile, index) {
        let scroll = match &focus {
            Some(f) if f.question == question.id => Some(f.scroll == Scroll::IntoView),
            _ => None,
        };
        changed |= question_ui(ui, lang, question, profile, scroll, findings);
    }
    ui.add_space(20.0);
    changed
}

/// The question's text, with "(verplicht)" beside it when it is required.
fn label_ui(ui: &mut egui::Ui, lang: Lang, question: &Question) -> egui::Response {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(RichText::new(question.text.get(lang)).strong());
        if question.required {
            ui.label(
                RichText::new(trs!(lang, "question-required")).color(ui.visuals().warn_fg_color),
            );
        }
        label
    })
    .inner
}

/// Shows one question and lets the user answer it. Returns whether the answer changed.
/// With `focus`, its first control takes the focus, and with `Some(true)` the question also
/// scrolls into view.
pub fn question_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    question: &Question,
    profile: &mut Profile,
    focus: Option<bool>,
    findings: &[Finding],
) -> bool {
    ui.add_space(10.0);
    let label = label_ui(ui, lang, question);
    if let Some(help) = &question.help {
        ui.label(RichText::new(help.get(lang)).weak());
    }
    if focus == Some(true) {
        label.scroll_to_me(Some(Align::TOP));
    }
    // For a screen reader: required, help and notices on the input itself, not beside it.
    let described = Described {
        required: question.required,
        help: question.help.as_ref().map(|h| h.get(lang)),
        error: None,
        notices: findings
            .iter()
            .filter(|f| f.is_in(&question.id))
            .map(|f| finding_notice(f, lang))
            .collect(),
    };
    let mut first: Option<egui::Response> = None;
    let changed = match &question.kind {
        Kind::Text | Kind::LongText => text_ui(
            ui,
            (question, lang),
            profile,
            (label.id, &described),
            &mut first,
        ),
        Kind::Number { min, max } => number_ui(
            ui,
            lang,
            question,
            profile,
            (*min, *max),
            (label.id, &described),
            &mut first,
        ),
        Kind::SingleChoice { .. } => {
            group_ui(ui, lang, question, Role::RadioGroup, &described, |ui| {
                single_choice_ui(ui, lang, question, profile, &described, &mut first)
            })
        }
        Kind::MultiChoice { .. } => group_ui(ui, lang, question, Role::Group, &described, |ui| {
            multi_choice_ui(ui, lang, question, profile, &described, &mut first)
        }),
        Kind::Scale { min, max, .. } => {
            group_ui(ui, lang, question, Role::RadioGroup, &described, |ui| {
                scale_ui(
                    ui,
                    lang,
                    question,
                    profile,
                    (*min, *max),
                    (&described, &mut first),
                )
            })
        }
    };
    if question.privacy_note {
        ui.label(RichText::new(privacy_note(lang)).small().weak());
    }
    // A quiet notice while typing: what looks like a resident's personal data.
    for notice in &described.notices {
        let colour = ui.visuals().warn_fg_color;
        super::a11y::field_message_ui(
            ui,
            first.as_ref(),
            RichText::new(notice).small().color(colour),
        );
    }
    if focus.is_some()
        && let Some(first) = first
    {
        first.request_focus();
    }
    changed
}

/// The notice under a field whose text looks like a resident's personal data.
fn finding_notice(f: &Finding, lang: Lang) -> String {
    tr!(
        lang,
        "question-note-this-looks-like-a-do",
        kind = (f.kind.label(lang)).to_string(),
        text = (f.text).clone()
    )
}

/// A group in the accessibility tree, named after the question, so a screen reader says the
/// question before the options (and tests can find options per question); required and
/// described on the group.
fn group_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    question: &Question,
    role: Role,
    described: &Described,
    add: impl FnOnce(&mut egui::Ui) -> bool,
) -> bool {
    let scope = ui.scope_builder(
        UiBuilder::new()
            .id_salt(&question.id)
            .accessibility_label(question.text.get(lang))
            .accessibility_role(role),
        add,
    );
    described.apply(ui, scope.response.id);
    scope.inner
}

fn keep_first(first: &mut Option<egui::Response>, response: &egui::Response) {
    if first.is_none() {
        *first = Some(response.clone());
    }
}

fn text_ui(
    ui: &mut egui::Ui,
    (question, lang): (&Question, Lang),
    profile: &mut Profile,
    (label, described): (egui::Id, &Described),
    first: &mut Option<egui::Response>,
) -> bool {
    let mut text = profile.text(&question.id).to_owned();
    let max = question.kind.max_chars().unwrap_or(TEXT_MAX_CHARS);
    let edit = if matches!(question.kind, Kind::LongText) {
        TextEdit::multiline(&mut text)
            .desired_rows(4)
            .desired_width(f32::INFINITY)
    } else {
        // Enter keeps the focus in the field: egui's single-line field gives it up on Enter,
        // and the next Tab then went to the menu bar (issue 32, item 2).
        TextEdit::singleline(&mut text)
            .return_key(None)
            .desired_width(420.0)
    };
    let response = ui
        .add(edit.id_salt(&question.id).char_limit(max))
        .labelled_by(label);
    let mut described = described.clone();
    described.notices.extend(length_note_ui(
        ui,
        lang,
        &response,
        text.chars().count(),
        max,
    ));
    described.apply(ui, response.id);
    keep_first(first, &response);
    if response.changed() {
        let answer = (!text.is_empty()).then_some(Answer::Text(text));
        return profile.set(&question.id, answer);
    }
    false
}

fn number_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    question: &Question,
    profile: &mut Profile,
    (min, max): (i64, i64),
    (label, described): (egui::Id, &Described),
    first: &mut Option<egui::Response>,
) -> bool {
    // What the user typed is kept while it is not a valid number, so nothing they type is lost.
    let buffer_id = egui::Id::unique(("number", &question.id));
    let stored = match profile.answer(&question.id) {
        Some(Answer::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let mut text: String = ui
        .data_mut(|d| d.get_temp::<String>(buffer_id))
        .unwrap_or_else(|| stored.clone());
    let response = ui
        .add(
            TextEdit::singleline(&mut text)
                .return_key(None)
                .id_salt(&question.id)
                .desired_width(80.0),
        )
        .labelled_by(label);
    keep_first(first, &response);
    let mut changed = false;
    if response.changed() {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            changed = profile.set(&question.id, None);
        } else if let Ok(n) = trimmed.parse::<i64>()
            && (min..=max).contains(&n)
        {
            changed = profile.set(&question.id, Some(Answer::Number(n)));
        }
    }
    let trimmed = text.trim();
    let valid = trimmed.is_empty()
        || trimmed
            .parse::<i64>()
            .is_ok_and(|n| (min..=max).contains(&n));
    // Says which answer counts meanwhile: the last valid one, or none.
    let error = (!valid).then(|| {
        let stored = if stored.is_empty() {
            "none"
        } else {
            stored.as_str()
        };
        tr!(
            lang,
            "question-whole-number",
            min = min.to_string(),
            max = max.to_string(),
            stored = stored
        )
    });
    Described {
        error: error.as_deref(),
        notices: described.notices.clone(),
        ..*described
    }
    .apply(ui, response.id);
    if let Some(msg) = &error {
        let colour = ui.visuals().error_fg_color;
        super::a11y::field_message_ui(ui, Some(&response), RichText::new(msg).color(colour));
    }
    if response.has_focus() || !valid {
        ui.data_mut(|d| d.insert_temp(buffer_id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(buffer_id));
    }
    changed
}

/// Under a text field of at most `max` characters that holds `count`: the [`length_note`], in
/// the warning colour at the limit, scrolled into view when typing or pasting reaches it. The
/// note, if any, for the field's description (a screen reader hears it too).
pub(super) fn length_note_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    field: &egui::Response,
    count: usize,
    max: usize,
) -> Option<String> {
    let (note, full) = length_note(count, max, lang)?;
    let colour = if full {
        ui.visuals().warn_fg_color
    } else {
        ui.visuals().weak_text_color()
    };
    let shown = ui.label(RichText::new(&note).color(colour));
    let typed = ui.input(|i| {
        i.events
            .iter()
            .any(|e| matches!(e, egui::Event::Text(_) | egui::Event::Paste(_)))
    });
    if full && typed && field.has_focus() {
        shown.scroll_to_me(None);
    }
    Some(note)
}

/// Near the most characters an answer takes (from 80 % on): how many there are, and at the
/// limit that what is typed or pasted beyond it is not taken (egui's `char_limit` keeps it
/// out). `true` with the note when the limit is reached.
fn length_note(count: usize, max: usize, lang: Lang) -> Option<(String, bool)> {
    let (count_text, max_text) = (
        crate::words::text::thousands(count, lang),
        crate::words::text::thousands(max, lang),
    );
    if count >= max {
        Some((tr!(lang, "question-at-the-limit", max = max_text), true))
    } else if count * 5 >= max * 4 {
        Some((
            tr!(
                lang,
                "question-characters-count",
                count = count_text,
                max = max_text
            ),
            false,
        ))
    } else {
        None
    }
}

fn other_text_ui(
    ui: &mut egui::Ui,
    question: &Question,
    other: &mut String,
    label: egui::Id,
) -> bool {
    ui.indent(("other", &question.id), |ui| {
        ui.add(
            TextEdit::singleline(other)
                .return_key(None)
                .id_salt(("other", &question.id))
                .char_limit(TEXT_MAX_CHARS)
                .desired_width(380.0),
        )
        .labelled_by(label)
        .changed()
    })
    .inner
}

/// "Antwoord wissen", for optional questions only: a required answer is changed, not cleared.
/// Once cleared the button is gone: the focus goes to the question's first option, and a
/// screen reader hears which answer was cleared (issue 32).
fn clear_button_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    question: &Question,
    first: Option<&egui::Response>,
) -> bool {
    if question.required {
        return false;
    }
    let what = question.label(lang);
    let button = ui.small_button(trs!(lang, "question-clear-answer"));
    // The name says which question, also where several of these buttons follow each other.
    let name = tr!(
        lang,
        "question-clear-answer-named",
        question = what.to_owned()
    );
    ui.ctx()
        .accesskit_node_builder(button.id, |node| node.set_label(name));
    if !button.clicked() {
        return false;
    }
    if let Some(first) = first {
        first.request_focus();
    }
    crate::ui::a11y::announce(
        ui.ctx(),
        tr!(lang, "question-answer-cleared", question = what.to_owned()),
    );
    true
}

fn single_choice_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    question: &Question,
    profile: &mut Profile,
    described: &Described,
    first: &mut Option<egui::Response>,
) -> bool {
    let (current, mut other) = match profile.answer(&question.id) {
        Some(Answer::Choice { id, other }) => (Some(id.clone()), other.clone().unwrap_or_default()),
        _ => (None, String::new()),
    };
    let mut chosen = current.clone();
    let mut options: Vec<(&str, &str, Option<&str>)> = question
        .kind
        .choices()
        .iter()
        .map(|c| {
            let help = c.help.as_ref().map(|h| h.get(lang));
            (c.id.as_str(), c.text.get(lang), help)
        })
        .collect();
    if question.kind.has_other() {
        options.push((OTHER, question.kind.other_label(lang), None));
    }
    // One Tab stop for the group: the chosen option, or the first.
    let stop = options
        .iter()
        .position(|(id, ..)| chosen.as_deref() == Some(*id))
        .unwrap_or(0);
    let mut buttons = Vec::with_capacity(options.len());
    let mut other_changed = false;
    for (i, (id, text, help)) in options.iter().enumerate() {
        let widget_id = egui::Id::unique(("choice", &question.id, *id));
        let r = choice::radio_ui(
            ui,
            widget_id,
            chosen.as_deref() == Some(*id),
            text,
            i == stop,
        );
        described.apply_to_option(ui, r.id, lang);
        if i == stop {
            keep_first(first, &r);
        }
        if r.clicked() {
            chosen = Some((*id).into());
        }
        if let Some(help) = help {
            ui.indent(("help", *id), |ui| {
                ui.label(RichText::new(*help).small().weak());
            });
        }
        if *id == OTHER && chosen.as_deref() == Some(OTHER) {
            other_changed = other_text_ui(ui, question, &mut other, r.id);
        }
        buttons.push(r);
    }
    if let Some(i) = choice::radio_group_keys(ui, &buttons) {
        chosen = Some(options[i].0.into());
    }
    let chosen_index = options
        .iter()
        .position(|(id, ..)| chosen.as_deref() == Some(*id));
    choice::settle_radio_states(ui, &buttons, chosen_index);
    if current.is_some() && clear_button_ui(ui, lang, question, buttons.first()) {
        return profile.set(&question.id, None);
    }
    if (chosen != current || other_changed)
        && let Some(id) = chosen
    {
        let other = (!other.is_empty()).then_some(other);
        return profile.set(&question.id, Some(Answer::Choice { id, other }));
    }
    false
}

fn multi_choice_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    question: &Question,
    profile: &mut Profile,
    described: &Described,
    first: &mut Option<egui::Response>,
) -> bool {
    let (mut ids, mut other) = match profile.answer(&question.id) {
        Some(Answer::Choices { ids, other }) => (ids.clone(), other.clone().unwrap_or_default()),
        _ => (Vec::new(), String::new()),
    };
    let mut changed = false;
    let mut boxes: Vec<egui::Response> = Vec::new();
    // One Tab stop for the group: the box last visited.
    let group = egui::Id::unique(("checkboxes", &question.id));
    let count = question.kind.choices().len() + usize::from(question.kind.has_other());
    let stop = choice::checkbox_stop(ui, group).min(count.saturating_sub(1));
    let mut toggle = |ui: &mut egui::Ui, id: &str, text: &str, ids: &mut Vec<ChoiceId>| {
        let mut on = ids.iter().any(|c| c == id);
        let index = boxes.len();
        let widget = egui::Id::unique(("checkbox", &question.id, id));
        let r = choice::checkbox(ui, widget, &mut on, text, index == stop);
        described.apply_to_option(ui, r.id, lang);
        if index == stop {
            keep_first(first, &r);
        }
        if r.changed() {
            question.kind.tick(ids, id, on);
            changed = true;
        }
        boxes.push(r.clone());
        (on, r.id)
    };
    for choice in question.kind.choices() {
        toggle(ui, &choice.id, choice.text.get(lang), &mut ids);
    }
    if question.kind.has_other() {
        let (on, id) = toggle(ui, OTHER, question.kind.other_label(lang), &mut ids);
        if on {
            changed |= other_text_ui(ui, question, &mut other, id);
        }
    }
    choice::checkbox_group_keys(ui, group, &boxes);
    if !changed {
        return false;
    }
    let other = (!other.is_empty()).then_some(other);
    let answer = (!ids.is_empty() || other.is_some()).then_some(Answer::Choices { ids, other });
    profile.set(&question.id, answer)
}

fn scale_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    question: &Question,
    profile: &mut Profile,
    (min, max): (i64, i64),
    (described, first): (&Described, &mut Option<egui::Response>),
) -> bool {
    let current = match profile.answer(&question.id) {
        Some(Answer::Number(n)) => Some(*n),
        _ => None,
    };
    let mut chosen = current;
    let stop = chosen.unwrap_or(min);
    let buttons = ui
        .horizontal_wrapped(|ui| {
            (min..=max)
                .map(|value| {
                    let id = egui::Id::unique(("scale", &question.id, value));
                    let text = scale_option_text(&question.kind, value, lang);
                    let r = choice::radio_ui(ui, id, chosen == Some(value), &text, value == stop);
                    described.apply_to_option(ui, r.id, lang);
                    if value == stop {
                        keep_first(first, &r);
                    }
                    if r.clicked() {
                        chosen = Some(value);
                    }
                    r
                })
                .collect::<Vec<_>>()
        })
        .inner;
    if let Some(i) = choice::radio_group_keys(ui, &buttons) {
        chosen = Some(min + i as i64);
    }
    let chosen_index = chosen.and_then(|v| usize::try_from(v - min).ok());
    choice::settle_radio_states(ui, &buttons, chosen_index);
    if current.is_some() && clear_button_ui(ui, lang, question, buttons.first()) {
        return profile.set(&question.id, None);
    }
    match chosen {
        Some(v) if chosen != current => profile.set(&question.id, Some(Answer::Number(v))),
        _ => false,
    }
}
