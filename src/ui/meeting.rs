//! *Na het overleg* (issue 23): the meeting's date and who attended, the agreements (what,
//! who, by when, status; added, removed with a way back), the training agreed, the partners to
//! involve and notes; and the *verslag*'s preview. Draws the profile's [`Meeting`] and returns
//! whether it changed; does no IO.

use egui::{RichText, TextEdit};

use super::a11y::{Described, heading_ui};
use super::{Command, Screen, choice};
use crate::brief::Brief;
use crate::lang::Lang;
use crate::model::Questionnaire;
use crate::model::ids::{ChoiceId, PARTNERS_KNOWN};
use crate::model::meeting::{
    Agreement, LINE_MAX_CHARS, MAX_AGREEMENTS, Meeting, NOTES_MAX_CHARS, Status,
};

/// The agreement removed last, with its place, for "Afspraak N terugzetten".
#[derive(Clone)]
struct Removed(usize, Agreement, u64);

/// The agreement just added (or, with `true`, put back): its first field takes the focus on
/// the next frame.
#[derive(Clone, Copy)]
struct Added(usize, bool);

pub fn meeting_ui(
    ui: &mut egui::Ui,
    (lang, q): (Lang, &Questionnaire),
    meeting: &mut Meeting,
    findings: &[String],
    out: &mut Vec<Command>,
) -> bool {
    super::a11y::screen_title_ui(ui, trs!(lang, "meeting-title"));
    ui.label(trs!(lang, "meeting-intro"));
    ui.label(RichText::new(trs!(lang, "meeting-privacy")).weak());
    if !findings.is_empty() {
        ui.add_space(4.0);
        let warn = ui.visuals().warn_fg_color;
        ui.label(RichText::new(trs!(lang, "meeting-personal-data")).color(warn));
        super::a11y::bullet_list_ui(ui, findings, |t| t.color(warn));
    }
    let mut changed = false;
    ui.add_space(8.0);
    heading_ui(ui, trs!(lang, "meeting-the-meeting"), 2);
    changed |= date_ui(ui, lang, &mut meeting.date);
    changed |= line_ui(
        ui,
        lang,
        "meeting.ours",
        trs!(lang, "meeting-attended-for-us"),
        &mut meeting.ours,
    );
    changed |= line_ui(
        ui,
        lang,
        "meeting.alliance",
        trs!(lang, "meeting-attended-for-the-alliance"),
        &mut meeting.alliance,
    );
    ui.add_space(8.0);
    heading_ui(ui, trs!(lang, "meeting-agreements"), 2);
    changed |= agreements_ui(ui, lang, &mut meeting.agreements);
    ui.add_space(8.0);
    heading_ui(ui, trs!(lang, "meeting-training-heading"), 2);
    let t = &mut meeting.training;
    for (salt, label, text) in [
        (
            "training.which",
            trs!(lang, "meeting-training-which"),
            &mut t.which,
        ),
        (
            "training.group",
            trs!(lang, "meeting-training-group"),
            &mut t.group,
        ),
        (
            "training.when",
            trs!(lang, "meeting-training-when"),
            &mut t.when,
        ),
        (
            "training.partners",
            trs!(lang, "meeting-training-partners"),
            &mut t.partners,
        ),
    ] {
        changed |= line_ui(ui, lang, salt, label, text);
    }
    ui.add_space(8.0);
    let partners = trs!(lang, "meeting-partners");
    heading_ui(ui, partners, 2);
    changed |= partners_ui(ui, (lang, q), partners, &mut meeting.partners);
    ui.add_space(8.0);
    changed |= notes_ui(ui, lang, &mut meeting.notes);
    ui.add_space(12.0);
    ui.horizontal_wrapped(|ui| {
        for command in [Command::Goto(Screen::Report), Command::ExportReport] {
            if ui.button(command.label(lang)).clicked() {
                out.push(command);
            }
        }
    });
    ui.add_space(20.0);
    changed
}

/// The notes, several lines, with the count near their limit.
fn notes_ui(ui: &mut egui::Ui, lang: Lang, notes: &mut String) -> bool {
    let label = heading_ui(ui, trs!(lang, "meeting-notes"), 2);
    let response = ui
        .add(
            TextEdit::multiline(notes)
                .id_salt("meeting.notes")
                .desired_rows(5)
                .desired_width(f32::INFINITY)
                .char_limit(NOTES_MAX_CHARS),
        )
        .labelled_by(label.id);
    length_ui(ui, lang, &response, notes.chars().count(), NOTES_MAX_CHARS);
    response.changed()
}

/// The count under a field near its limit, also in its description for a screen reader.
fn length_ui(ui: &mut egui::Ui, lang: Lang, field: &egui::Response, count: usize, max: usize) {
    Described {
        notices: super::question::length_note_ui(ui, lang, field, count, max)
            .into_iter()
            .collect(),
        ..Described::default()
    }
    .apply(ui, field.id);
}

/// A one-line field with its label above it; the label is its name for a screen reader.
fn line_ui(ui: &mut egui::Ui, lang: Lang, salt: &str, label: &str, text: &mut String) -> bool {
    named_line_ui(ui, lang, (salt, label, label), text).0
}

/// A one-line field shown under `label`, named `name` for a screen reader (where the label
/// alone repeats, as "Wat" in each agreement).
/// Near its limit it says how many characters it holds, as an answer's field does.
fn named_line_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    (salt, label, name): (&str, &str, &str),
    text: &mut String,
) -> (bool, egui::Response) {
    let shown = ui.label(label);
    let response = ui.add(
        TextEdit::singleline(text)
            .return_key(None)
            .id_salt(salt)
            .desired_width(f32::INFINITY)
            .char_limit(LINE_MAX_CHARS),
    );
    length_ui(ui, lang, &response, text.chars().count(), LINE_MAX_CHARS);
    if name == label {
        response.clone().labelled_by(shown.id);
    } else {
        let name = name.to_owned();
        ui.ctx()
            .accesskit_node_builder(response.id, |node| node.set_label(name));
    }
    ui.add_space(2.0);
    (response.changed(), response)
}

/// The date, with an example, and a note when what was typed is not a date.
fn date_ui(ui: &mut egui::Ui, lang: Lang, date: &mut String) -> bool {
    let shown = ui.label(trs!(lang, "meeting-date"));
    let response = ui.add(
        TextEdit::singleline(date)
            .return_key(None)
            .id_salt("meeting.date")
            .hint_text(trs!(lang, "meeting-date-hint"))
            .desired_width(160.0)
            .char_limit(LINE_MAX_CHARS),
    );
    let not_a_date = !date.trim().is_empty() && crate::model::meeting::parse_date(date).is_none();
    let error = not_a_date.then(|| trs!(lang, "meeting-date-not-a-date"));
    Described {
        error,
        ..Described::default()
    }
    .apply(ui, response.id);
    let response = response.labelled_by(shown.id);
    if let Some(error) = error {
        let colour = ui.visuals().error_fg_color;
        super::a11y::field_message_ui(ui, Some(&response), RichText::new(error).color(colour));
    }
    ui.add_space(2.0);
    response.changed()
}

fn agreements_ui(ui: &mut egui::Ui, lang: Lang, agreements: &mut Vec<Agreement>) -> bool {
    let removed_id = egui::Id::unique("meeting.removed");
    let added_id = egui::Id::unique("meeting.added");
    let mut changed = false;
    if agreements.is_empty() {
        ui.label(RichText::new(trs!(lang, "meeting-no-agreements")).weak());
    }
    // Each agreement's controls are named after a key of its own, not its place: removed and
    // put back, its controls are new to a screen reader (which reads the focus on them), and
    // the agreements after it keep theirs (issue 32).
    let keys_id = egui::Id::unique("meeting.keys");
    let mut keys: Vec<u64> = ui.data(|d| d.get_temp(keys_id)).unwrap_or_default();
    let mut next_key = keys.iter().max().map_or(0, |k| k + 1);
    if keys.len() != agreements.len() {
        keys = (next_key..).take(agreements.len()).collect();
        next_key += agreements.len() as u64;
    }
    let mut remove = None;
    for (i, a) in agreements.iter_mut().enumerate() {
        let (edited, removed) = agreement_ui(ui, lang, (i, keys[i]), a);
        changed |= edited;
        if removed {
            remove = Some(i);
        }
    }
    // Removed: the focus goes to the way back ("Afspraak 2 terugzetten"), where the removed
    // agreement's button was, and a screen reader hears what happened (issue 32).
    let just_removed = remove.is_some();
    if let Some(i) = remove {
        let gone = agreements.remove(i);
        let key = keys.remove(i);
        ui.data_mut(|d| d.insert_temp(removed_id, Removed(i, gone, key)));
        changed = true;
        let n = (i + 1).to_string();
        crate::ui::a11y::announce(ui.ctx(), tr!(lang, "meeting-removed-n", n = n));
    }
    if let Some(Removed(i, gone, key)) = ui.data(|d| d.get_temp::<Removed>(removed_id)) {
        ui.horizontal_wrapped(|ui| {
            let n = (i + 1).to_string();
            ui.label(tr!(lang, "meeting-removed-n", n = n.clone()));
            // A stable id: the widgets above it change in number as agreements go and come,
            // and an id counted from them would lose the focus the next frame.
            let undo = ui
                .scope_builder(
                    egui::UiBuilder::new()
                        .scope_id(egui::Id::unique("behoeftewijzer.agreement.undo")),
                    |ui| ui.button(tr!(lang, "meeting-undo-remove", n = n.clone())),
                )
                .inner;
            if just_removed {
                undo.request_focus();
            }
            if undo.clicked() {
                let at = i.min(agreements.len());
                agreements.insert(at, gone);
                keys.insert(at.min(keys.len()), key);
                ui.data_mut(|d| d.remove::<Removed>(removed_id));
                // Back in its place: its first field takes the focus (drawn next frame).
                ui.data_mut(|d| d.insert_temp(added_id, Added(at, true)));
                ui.ctx().request_repaint();
                changed = true;
            }
        });
    }
    ui.add_space(6.0);
    if agreements.len() < MAX_AGREEMENTS {
        if ui
            .scope_builder(
                egui::UiBuilder::new().scope_id(egui::Id::unique("behoeftewijzer.agreement.add")),
                |ui| ui.button(trs!(lang, "meeting-add-agreement")),
            )
            .inner
            .clicked()
        {
            agreements.push(Agreement::default());
            keys.push(next_key);
            changed = true;
            // The new agreement's first field takes the focus (drawn next frame).
            ui.data_mut(|d| d.insert_temp(added_id, Added(agreements.len() - 1, false)));
            ui.ctx().request_repaint();
        }
    } else {
        let max = MAX_AGREEMENTS.to_string();
        ui.label(RichText::new(tr!(lang, "meeting-max-agreements", max = max)).weak());
    }
    ui.data_mut(|d| d.insert_temp(keys_id, keys));
    changed
}

/// One agreement: its heading, what, who, by when, status and its remove button. Returns
/// whether it changed and whether it is to be removed.
fn agreement_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    (i, key): (usize, u64),
    a: &mut Agreement,
) -> (bool, bool) {
    let added_id = egui::Id::unique("meeting.added");
    let mut changed = false;
    let mut remove = false;
    let n = (i + 1).to_string();
    let title = if a.earlier {
        tr!(lang, "meeting-agreement-earlier-n", n = n.clone())
    } else {
        tr!(lang, "meeting-agreement-n", n = n.clone())
    };
    ui.add_space(6.0);
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        heading_ui(ui, RichText::new(&title).strong(), 3);
        let name = |part: &str| format!("{title}: {}", part.to_lowercase());
        for (part, text) in [
            (trs!(lang, "meeting-what"), &mut a.what),
            (trs!(lang, "meeting-who"), &mut a.who),
            (trs!(lang, "meeting-by-when"), &mut a.by_when),
        ] {
            let salt = format!("agreement.{key}.{part}");
            let (edited, response) = named_line_ui(ui, lang, (&salt, part, &name(part)), text);
            changed |= edited;
            if part == trs!(lang, "meeting-what")
                && ui
                    .data(|d| d.get_temp::<Added>(added_id))
                    .is_some_and(|Added(n, _)| n == i)
            {
                response.request_focus();
                // Put back: said on the field that takes the focus, not on the button that
                // is gone by then.
                if ui
                    .data(|d| d.get_temp::<Added>(added_id))
                    .is_some_and(|Added(_, restored)| restored)
                {
                    crate::ui::a11y::announce(
                        ui.ctx(),
                        tr!(lang, "meeting-restored-n", n = (i + 1).to_string()),
                    );
                }
                response.scroll_to_me(None);
                ui.data_mut(|d| d.remove::<Added>(added_id));
            }
        }
        changed |= status_ui(
            ui,
            lang,
            (key, &name(trs!(lang, "meeting-status"))),
            &mut a.status,
        );
        let label = tr!(lang, "meeting-remove-agreement-n", n = n.clone());
        if ui
            .scope_builder(
                egui::UiBuilder::new()
                    .scope_id(egui::Id::unique(("behoeftewijzer.agreement.remove", key))),
                |ui| ui.button(label),
            )
            .inner
            .clicked()
        {
            remove = true;
        }
    });
    (changed, remove)
}

/// Open, done or dropped: a radio group, one Tab stop, arrows move within it.
fn status_ui(ui: &mut egui::Ui, lang: Lang, (key, name): (u64, &str), status: &mut Status) -> bool {
    let before = *status;
    ui.horizontal_wrapped(|ui| {
        ui.label(trs!(lang, "meeting-status"));
        let mut buttons = Vec::with_capacity(Status::ALL.len());
        for option in Status::ALL {
            let id = egui::Id::unique(("agreement.status", key, option));
            let r = choice::radio_ui(
                ui,
                id,
                *status == option,
                option.text(lang),
                *status == option,
            );
            let label = format!("{name}: {}", option.text(lang));
            ui.ctx()
                .accesskit_node_builder(r.id, |node| node.set_label(label));
            if r.clicked() {
                *status = option;
            }
            buttons.push(r);
        }
        if let Some(index) = choice::radio_group_keys(ui, &buttons) {
            *status = Status::ALL[index];
        }
        let chosen = Status::ALL.iter().position(|s| s == status);
        choice::settle_radio_states(ui, &buttons, chosen);
    });
    *status != before
}

/// The alliance's partners, as checkboxes in a group named after `heading`; kept in the
/// questionnaire's order.
fn partners_ui(
    ui: &mut egui::Ui,
    (lang, q): (Lang, &Questionnaire),
    heading: &str,
    partners: &mut Vec<ChoiceId>,
) -> bool {
    let Some(question) = q.question(PARTNERS_KNOWN) else {
        return false;
    };
    let group = egui::Id::unique("meeting.partners");
    let stop = choice::checkbox_stop(ui, group);
    let builder = egui::UiBuilder::new()
        .accessibility_label(heading)
        .accessibility_role(egui::accesskit::Role::Group);
    ui.scope_builder(builder, |ui| {
        let mut changed = false;
        let mut boxes = Vec::new();
        for (index, c) in question.kind.choices().iter().enumerate() {
            let mut on = partners.contains(&c.id);
            let id = egui::Id::unique(("meeting.partner", c.id.as_str()));
            let r = choice::checkbox(ui, id, &mut on, c.text.get(lang), index == stop);
            if r.changed() {
                question.kind.tick(partners, &c.id, on);
                changed = true;
            }
            boxes.push(r);
        }
        choice::checkbox_group_keys(ui, group, &boxes);
        changed
    })
    .inner
}

/// The *verslag* as it will be printed, with its language and the export.
pub fn report_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    report: &Brief,
    report_lang: Lang,
    out: &mut Vec<Command>,
) {
    super::a11y::screen_title_ui(ui, trs!(lang, "report-preview-title"));
    ui.label(trs!(lang, "report-preview-intro"));
    super::brief::lang_choice_ui(ui, trs!(lang, "report-language"), report_lang, out);
    ui.horizontal_wrapped(|ui| {
        for command in [
            Command::ExportReport,
            Command::ExportReportWord,
            Command::CopyReport,
            Command::Goto(Screen::Meeting),
        ] {
            if ui.button(command.label(lang)).clicked() {
                out.push(command);
            }
        }
    });
    ui.add_space(8.0);
    super::brief::paper_ui(ui, report);
    ui.add_space(20.0);
}
