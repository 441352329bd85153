//! The start screen: what the app is for, new profile, open a profile, compare profiles,
//! recent files.

use std::path::PathBuf;

use egui::RichText;

use super::{Command, Screen, display_path};
use crate::lang::Lang;

pub fn start_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    recent: &[PathBuf],
    has_answers: bool,
    out: &mut Vec<Command>,
) {
    ui.add_space(12.0);
    super::a11y::heading_ui(ui, "Behoeftewijzer", 1);
    ui.add_space(6.0);
    ui.label(trs!(lang, "start-prepare-your-meeting-with-the-alliantie"));
    ui.add_space(4.0);
    ui.label(super::needs::offer_note(lang));
    ui.add_space(4.0);
    ui.label(trs!(lang, "start-you-answer-the-questions-from-the"));
    ui.add_space(4.0);
    ui.label(RichText::new(trs!(lang, "start-everything-stays-on-this-computer-you")).strong());
    ui.add_space(14.0);
    ui.horizontal(|ui| {
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
    });
    ui.add_space(6.0);
    ui.label(trs!(
        lang,
        "start-preparing-together-with-other-municipalities-or"
    ));
    if ui.button(Command::Compare.label(lang)).clicked() {
        out.push(Command::Compare);
    }
    ui.add_space(14.0);
    ui.label(RichText::new(trs!(lang, "start-recent-files")).strong());
    if recent.is_empty() {
        ui.label(RichText::new(trs!(lang, "start-none-yet")).weak());
    }
    for path in recent {
        if ui
            .link(display_path(path))
            .on_hover_text(path.display().to_string())
            .clicked()
        {
            out.push(Command::OpenPath(path.clone()));
        }
    }
}
