//! The menu bar: File, Go, View and Language. Draws and returns commands. A screen reader
//! meets a menu bar of menus with menu items (not push buttons), hears a menu open, and F10
//! puts the focus on the first menu, as in other desktop programs (issue 32).

use std::path::PathBuf;

use super::{Command, Screen, ZoomStep, command_button_ui, display_path, nav};
use strum::IntoEnumIterator as _;

use crate::lang::Lang;
use crate::model::Questionnaire;
use crate::ui::theme::{Drawing, Theme};

pub fn menu_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    recent: &[PathBuf],
    view: ViewChoices,
    comparing: bool,
    out: &mut Vec<Command>,
) {
    // Wraps onto a second line at large text (300 %) instead of running off the right edge.
    let first = egui::MenuBar::new()
        .ui(ui, |ui| {
            ui.horizontal_wrapped(|ui| menus_ui(ui, lang, q, recent, (view, comparing), out))
                .inner
        })
        .inner;
    if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::F10)) {
        ui.memory_mut(|m| m.request_focus(first));
    }
}

/// One menu of the bar: a menu item that opens a menu (a screen reader hears it expand), with
/// `contents` as the menu. Returns the menu item's id.
fn menu(ui: &mut egui::Ui, title: &str, contents: impl FnOnce(&mut egui::Ui)) -> egui::Id {
    use egui::accesskit::{HasPopup, Role};
    let shown = ui.menu_button(title, |ui| {
        let layer = ui.layer_id();
        // Every menu scrolls when it is taller than the window (a small window, large text),
        // and the item the arrows reach comes into view (`mark_menu_item`).
        // (egui's menu is a menu to a screen reader by itself: a second one around the items
        // made Orca say "menu" twice.)
        // As tall as its items up to the window's height: egui measures a new menu within
        // 400 points (`default_area_size`), which a scroll area would keep without the
        // minimum (the *Beeld* menu's last items were cut off in a window with room).
        let room = (ui.ctx().content_rect().height() - 60.0).max(120.0);
        egui::ScrollArea::vertical()
            .id_salt(title)
            .max_height(room)
            .min_scrolled_height(room)
            .show(ui, contents);
        // The first item that takes the focus, for opening with the keyboard.
        ui.ctx().viewport(|v| {
            v.this_pass
                .widgets
                .get_layer(layer)
                .find(|w| w.sense.is_focusable() && w.enabled)
                .map(|w| w.id)
        })
    });
    let open = shown.inner.is_some();
    // Opened from the keyboard (the menu's item has the focus): the focus goes to its first
    // item, as in other desktop programs, so a screen reader says the menu opened and where.
    // (The first frame of a popup only measures it: its items are there from the next.)
    let entered_id = shown.response.id.with("entered");
    let entered = ui.data(|d| d.get_temp::<bool>(entered_id).unwrap_or(false));
    if !open {
        ui.data_mut(|d| d.remove::<bool>(entered_id));
    } else if !entered
        && shown.response.has_focus()
        && let Some(Some(first)) = shown.inner
    {
        ui.memory_mut(|m| m.request_focus(first));
        ui.data_mut(|d| d.insert_temp(entered_id, true));
    } else if !entered && shown.response.has_focus() {
        ui.ctx().request_repaint();
    }
    ui.ctx().accesskit_node_builder(shown.response.id, |node| {
        node.set_role(Role::MenuItem);
        node.set_has_popup(HasPopup::Menu);
        node.set_expanded(open);
    });
    shown.response.id
}

/// A plain button inside a menu, as a menu item.
fn item(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    let response = ui.button(text);
    super::mark_menu_item(ui, &response, egui::accesskit::Role::MenuItem, None);
    response
}

fn menus_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    recent: &[PathBuf],
    (view, comparing): (ViewChoices, bool),
    out: &mut Vec<Command>,
) -> egui::Id {
    let first = menu(ui, trs!(lang, "menu-file"), |ui| {
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
        command_button_ui(ui, Command::ExportBriefWord, lang, out);
        command_button_ui(ui, Command::ExportReport, lang, out);
        command_button_ui(ui, Command::ExportReportWord, lang, out);
        command_button_ui(ui, Command::Compare, lang, out);
        if !recent.is_empty() {
            menu(ui, trs!(lang, "menu-recent-files"), |ui| {
                for path in recent {
                    if item(ui, display_path(path)).clicked() {
                        out.push(Command::OpenPath(path.clone()));
                        ui.close();
                    }
                }
            });
        }
        ui.separator();
        command_button_ui(ui, Command::Quit, lang, out);
    });
    menu(ui, trs!(lang, "menu-go"), |ui| {
        command_button_ui(ui, Command::Goto(Screen::Start), lang, out);
        for index in 0..q.sections().len() {
            if item(ui, nav::section_label(q, index, lang)).clicked() {
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
    });
    view_menu(ui, lang, view, out);
    menu(ui, trs!(lang, "menu-help"), |ui| {
        command_button_ui(ui, Command::Help, lang, out);
    });
    menu(ui, "Taal / Language", |ui| {
        for l in Lang::ALL {
            let choice = ui.radio(lang == l, l.native_name());
            super::mark_menu_item(
                ui,
                &choice,
                egui::accesskit::Role::MenuItemRadio,
                Some(lang == l),
            );
            if choice.clicked() {
                out.push(Command::SetLang(l));
                ui.close();
            }
        }
    });
    first
}

/// What the *Beeld* menu shows as chosen.
#[derive(Clone, Copy, Debug)]
pub struct ViewChoices {
    pub sections_shown: bool,
    pub theme: Theme,
    /// The renderer the officer chose for the next start.
    pub drawing: Drawing,
    /// The renderer that draws the window now (`None` in a test window).
    pub drawn_with: Option<Drawing>,
}

/// *Beeld*: the text size, the list of sections, light or dark, and how the window is drawn.
fn view_menu(ui: &mut egui::Ui, lang: Lang, view: ViewChoices, out: &mut Vec<Command>) {
    let ViewChoices {
        sections_shown,
        theme,
        drawing,
        drawn_with,
    } = view;
    menu(ui, trs!(lang, "menu-view"), |ui| {
        // The labels of the menu are not reached with the arrows: what they say is also the
        // description of the items they are about, for a screen reader.
        let size = (ui.ctx().zoom_factor() * 100.0).round();
        let size = tr!(lang, "menu-text-size-size", size = size.to_string());
        ui.label(&size);
        for step in [ZoomStep::In, ZoomStep::Out, ZoomStep::Reset] {
            super::described_command_button_ui(ui, Command::Zoom(step), lang, Some(&size), out);
        }
        ui.separator();
        let mut shown = sections_shown;
        let check = ui.checkbox(&mut shown, Command::ShowSections(true).label(lang));
        super::mark_menu_item(
            ui,
            &check,
            egui::accesskit::Role::MenuItemCheckBox,
            Some(sections_shown),
        );
        if check.changed() {
            out.push(Command::ShowSections(shown));
            ui.close();
        }
        ui.separator();
        for choice in Theme::ALL {
            let radio = ui.radio(theme == choice, Command::SetTheme(choice).label(lang));
            super::mark_menu_item(
                ui,
                &radio,
                egui::accesskit::Role::MenuItemRadio,
                Some(theme == choice),
            );
            if radio.clicked() {
                out.push(Command::SetTheme(choice));
                ui.close();
            }
        }
        ui.separator();
        ui.label(trs!(lang, "menu-drawing"));
        let now = drawn_with.map(|now| tr!(lang, "menu-drawing-now", name = now.short_name(lang)));
        let about = match &now {
            Some(now) => format!("{} {now}", trs!(lang, "menu-drawing")),
            None => trs!(lang, "menu-drawing").to_owned(),
        };
        for choice in Drawing::iter() {
            let radio = ui.radio(drawing == choice, Command::SetDrawing(choice).label(lang));
            super::mark_menu_item(
                ui,
                &radio,
                egui::accesskit::Role::MenuItemRadio,
                Some(drawing == choice),
            );
            super::describe(ui, &radio, &about);
            if radio.clicked() {
                out.push(Command::SetDrawing(choice));
                ui.close();
            }
        }
        if let Some(now) = now {
            ui.label(now);
        }
    });
}
