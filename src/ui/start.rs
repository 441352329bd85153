//! The start screen (issue 23): what the app is for in two sentences, the three steps, new
//! profile, open a profile, the built-in example, the guide, compare profiles, and the recent
//! files with their organisation, how complete they are and when they were saved.

use std::path::PathBuf;

use egui::RichText;

use super::{Command, Screen, display_path};
use crate::lang::Lang;

/// What the start screen shows of a recent file, read by the app (the UI does no IO).
#[derive(Clone, Debug, PartialEq)]
pub struct RecentFile {
    pub path: PathBuf,
    pub state: RecentState,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RecentState {
    /// A profile: its organisation (if named), how much is answered, when it was saved.
    Profile {
        organisation: Option<String>,
        percent: u32,
        saved: String,
    },
    /// The file is gone (moved, renamed, on a drive not connected).
    Missing,
    /// The file is there but is not a profile this app can open.
    Unreadable,
    /// Still being read (on a thread of its own: a recent file may be on a slow network drive).
    Reading,
}

impl RecentFile {
    /// The line the list shows, and a screen reader says: organisation, completeness, date.
    pub fn line(&self, lang: Lang) -> String {
        match &self.state {
            RecentState::Profile {
                organisation,
                percent,
                saved,
            } => {
                let organisation: String = organisation
                    .clone()
                    .unwrap_or_else(|| trs!(lang, "start-recent-no-name").to_owned());
                tr!(
                    lang,
                    "start-recent-entry",
                    organisation = organisation,
                    percent = percent.to_string(),
                    date = saved.clone()
                )
            }
            RecentState::Missing => trs!(lang, "start-recent-missing").to_owned(),
            RecentState::Unreadable => trs!(lang, "start-recent-unreadable").to_owned(),
            // Only the file, until it is read.
            RecentState::Reading => display_path(&self.path),
        }
    }
}

pub fn start_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    recent: &[RecentFile],
    has_answers: bool,
    out: &mut Vec<Command>,
) {
    ui.add_space(12.0);
    super::a11y::heading_ui(ui, "Behoeftewijzer", 1);
    ui.add_space(6.0);
    ui.label(trs!(lang, "start-intro"));
    ui.add_space(4.0);
    ui.label(super::needs::offer_note(lang));
    ui.add_space(10.0);
    super::a11y::heading_ui(ui, trs!(lang, "start-how-it-works"), 2);
    for step in [
        trs!(lang, "start-step-1"),
        trs!(lang, "start-step-2"),
        trs!(lang, "start-step-3"),
    ] {
        ui.label(step);
    }
    ui.add_space(12.0);
    ui.horizontal_wrapped(|ui| {
        if has_answers
            && ui
                .button(trs!(lang, "start-continue-with-this-profile"))
                .clicked()
        {
            out.push(Command::Goto(Screen::Section(0)));
        }
        let new = ui.button(Command::New.label(lang));
        // The first thing most people do: ready for Enter, no Tabs through the menu first
        // (not while a dialog, such as Ctrl+O's, wants the focus), and in view at any size.
        if ui.memory(|m| m.focused().is_none() && m.top_modal_layer().is_none()) {
            new.request_focus();
            new.scroll_to_me(None);
        }
        if new.clicked() {
            out.push(Command::New);
        }
        if ui.button(trs!(lang, "start-open-a-profile")).clicked() {
            out.push(Command::Open);
        }
        if ui.button(Command::ViewExample.label(lang)).clicked() {
            out.push(Command::ViewExample);
        }
    });
    ui.label(RichText::new(trs!(lang, "start-example-note")).weak());
    ui.add_space(8.0);
    ui.label(RichText::new(trs!(lang, "start-offline-note")).strong());
    ui.horizontal_wrapped(|ui| {
        ui.label(trs!(lang, "start-guide-note"));
        if ui.link(trs!(lang, "start-open-the-guide")).clicked() {
            out.push(Command::Help);
        }
    });
    ui.add_space(8.0);
    ui.label(trs!(lang, "start-compare-intro"));
    if ui.button(Command::Compare.label(lang)).clicked() {
        out.push(Command::Compare);
    }
    ui.add_space(12.0);
    super::a11y::heading_ui(ui, trs!(lang, "start-recent-files"), 2);
    if recent.is_empty() {
        ui.label(RichText::new(trs!(lang, "start-none-yet")).weak());
    }
    for file in recent {
        recent_ui(ui, lang, file, out);
    }
}

/// One recent file: the organisation, completeness and date as a link, the file under it.
fn recent_ui(ui: &mut egui::Ui, lang: Lang, file: &RecentFile, out: &mut Vec<Command>) {
    ui.add_space(4.0);
    let shown = display_path(&file.path);
    let words = file.line(lang);
    let link = ui
        .link(&words)
        .on_hover_text(file.path.display().to_string());
    if link.clicked() {
        out.push(Command::OpenPath(file.path.clone()));
    }
    if file.state == RecentState::Reading {
        return;
    }
    // A screen reader hears the file's name with it, as the eye sees it below.
    let name = format!("{words}, {shown}");
    ui.ctx()
        .accesskit_node_builder(link.id, |node| node.set_label(name));
    let under = ui.label(RichText::new(shown).small().weak());
    ui.ctx()
        .accesskit_node_builder(under.id, egui::accesskit::Node::set_hidden);
}
