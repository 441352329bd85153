//! The menu bar: File, Go, View and Language. Draws and returns commands.

use std::path::PathBuf;

use super::{Command, Screen, ZoomStep, command_button_ui, display_path, nav};
use crate::lang::Lang;
use crate::model::Questionnaire;

pub fn menu_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    recent: &[PathBuf],
    (sections_shown, theme): (bool, crate::app::Theme),
    comparing: bool,
    out: &mut Vec<Command>,
) {
    // Wraps onto a second line at large text (300 %) instead of running off the right edge.
    egui::MenuBar::new().ui(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            menus_ui(ui, lang, q, recent, (sections_shown, theme, comparing), out);
        });
    });
}

fn menus_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    recent: &[PathBuf],
    (sections_shown, theme, comparing): (bool, crate::app::Theme, bool),
    out: &mut Vec<Command>,
) {
    ui.menu_button(trs!(lang, "menu-file"), |ui| {
        for command in [
            Command::New,
            Command::NewBasedOnThis,
            Command::Open,
            Command::Save,
            Command::SaveAs,
        ] {
            command_button_ui(ui, command, lang, out);
        }
        command_button_ui(ui, Command::ViewExample, lang, out);
        ui.separator();
        command_button_ui(ui, Command::ExportBrief, lang, out);
        command_button_ui(ui, Command::ExportReport, lang, out);
        command_button_ui(ui, Command::Compare, lang, out);
        if !recent.is_empty() {
            ui.menu_button(trs!(lang, "menu-recent-files"), |ui| {
                for path in recent {
                    if ui.button(display_path(path)).clicked() {
                        out.push(Command::OpenPath(path.clone()));
                        ui.close();
                    }
                }
            });
        }
        ui.separator();
        command_button_ui(ui, Command::Quit, lang, out);
    });
    ui.menu_button(trs!(lang, "menu-go"), |ui| {
        // Taller than a small window at large text: the list scrolls.
        let room = ui.ctx().content_rect().height() - 60.0;
        egui::ScrollArea::vertical()
            .max_height(room.max(120.0))
            .show(ui, |ui| {
                command_button_ui(ui, Command::Goto(Screen::Start), lang, out);
                for index in 0..q.sections().len() {
                    if ui.button(nav::section_label(q, index, lang)).clicked() {
                        out.push(Command::Goto(Screen::Section(index)));
                        ui.close();
                    }
                }
                command_button_ui(ui, Command::Goto(Screen::Review), lang, out);
                command_button_ui(ui, Command::Goto(Screen::Needs), lang, out);
                command_button_ui(ui, Command::Goto(Screen::Brief), lang, out);
                command_button_ui(ui, Command::Goto(Screen::Meeting), lang, out);
                command_button_ui(ui, Command::Goto(Screen::Report), lang, out);
                if comparing {
                    command_button_ui(ui, Command::Goto(Screen::Compare), lang, out);
                    command_button_ui(ui, Command::Goto(Screen::RegionalBrief), lang, out);
                }
                super::follow_focus(ui, true);
            });
    });
    view_menu(ui, lang, (sections_shown, theme), out);
    ui.menu_button(trs!(lang, "menu-help"), |ui| {
        command_button_ui(ui, Command::Help, lang, out);
    });
    ui.menu_button("Taal / Language", |ui| {
        for l in Lang::ALL {
            if ui.radio(lang == l, l.native_name()).clicked() {
                out.push(Command::SetLang(l));
                ui.close();
            }
        }
    });
}

/// *Beeld*: the text size, the list of sections, light or dark.
fn view_menu(
    ui: &mut egui::Ui,
    lang: Lang,
    (sections_shown, theme): (bool, crate::app::Theme),
    out: &mut Vec<Command>,
) {
    ui.menu_button(trs!(lang, "menu-view"), |ui| {
        let size = (ui.ctx().zoom_factor() * 100.0).round();
        ui.label(tr!(lang, "menu-text-size-size", size = size.to_string()));
        for step in [ZoomStep::In, ZoomStep::Out, ZoomStep::Reset] {
            command_button_ui(ui, Command::Zoom(step), lang, out);
        }
        ui.separator();
        let mut shown = sections_shown;
        if ui
            .checkbox(&mut shown, Command::ShowSections(true).label(lang))
            .changed()
        {
            out.push(Command::ShowSections(shown));
            ui.close();
        }
        ui.separator();
        for choice in crate::app::Theme::ALL {
            if ui
                .radio(theme == choice, Command::SetTheme(choice).label(lang))
                .clicked()
            {
                out.push(Command::SetTheme(choice));
                ui.close();
            }
        }
    });
}
