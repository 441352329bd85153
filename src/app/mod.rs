//! The eframe App: owns the open document, the screen and the settings, and what follows from
//! the answers (derived once per change). Its frame reads as a table of contents: menu, status,
//! sections, the screen, the dialog, then the commands. The commands are run in [`commands`],
//! files are opened, saved and exported in [`files`], and the recovery copy lives in
//! [`autosave`]; this is the only place in the window that does IO.

mod autosave;
mod commands;
mod compare;
mod derived;
mod files;

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Duration;

use egui::{CentralPanel, Panel, ScrollArea, ViewportCommand};
use serde::{Deserialize, Serialize};

use crate::clock::now;
use crate::lang::Lang;
use crate::model::needs::{NeedsRules, Words};
use crate::model::{Profile, Questionnaire, privacy};
use crate::storage;
use crate::ui::brief::brief_ui;
use crate::ui::menu::menu_ui;
use crate::ui::modal::{Dialog, Pending, dialog_ui};
use crate::ui::needs::needs_ui;
use crate::ui::question::Focus;
use crate::ui::{self, Command, Screen, nav, question, review, start};
use autosave::Autosave;
pub use compare::Comparison;
pub use derived::Derived;

/// How many recent files the start screen lists.
const MAX_RECENT: usize = 8;

/// Seconds after a change before the recovery copy is written.
pub const AUTOSAVE_DELAY: f64 = 3.0;

/// Seconds after the first change not yet copied by which the copy is written, however steadily
/// the typing goes on.
pub const AUTOSAVE_MAX_WAIT: f64 = 10.0;

/// The state that we persist between runs (through eframe's storage).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Lang,
    pub recent: Vec<PathBuf>,
    /// The language of the brief; the interface language when `None`.
    pub brief_lang: Option<Lang>,
    /// Add the intake e-mail to the brief as an appendix.
    pub brief_email: bool,
    /// The list of sections on the left is hidden (menu *Beeld*).
    pub hide_sections: bool,
    /// Light, dark, or as the system says (menu *Beeld*).
    pub theme: Theme,
}

/// The window's colours: as the system says (the default), or light or dark whatever it says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Theme::System => trs!(lang, "app-system-colours"),
            Theme::Light => trs!(lang, "app-light"),
            Theme::Dark => trs!(lang, "app-dark"),
        }
    }
}

impl Settings {
    fn remember(&mut self, path: &Path) {
        // Whole paths, so the list works from wherever the app was started.
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// How the app asks for a file name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileDialogs {
    /// The system's file dialog (rfd).
    Native,
    /// A field in the app where the user types a path: where no file dialog can be shown.
    Typed,
}

impl FileDialogs {
    /// What this desktop offers. On Linux the system's dialog comes through the desktop portal
    /// on the session bus; without a session bus there is no portal, and asking libdbus for one
    /// would start a bus daemon of its own (X11 "autolaunch") that outlives the app. Then paths
    /// are typed.
    pub fn for_this_desktop() -> Self {
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            let address =
                std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty());
            let socket = std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| Path::new(&dir).join("bus").exists());
            if !address && !socket {
                log::info!("no session bus: file paths are typed");
                return FileDialogs::Typed;
            }
        }
        FileDialogs::Native
    }
}

/// The open profile and where it lives.
#[derive(Clone, Debug)]
pub struct Document {
    pub profile: Profile,
    pub path: Option<PathBuf>,
    pub dirty: bool,
    /// The file as it was when this window last read or wrote it; `None` when not known.
    pub stamp: Option<storage::Stamp>,
}

pub struct App {
    q: &'static Questionnaire,
    settings: Settings,
    doc: Document,
    screen: Screen,
    dialog: Option<Dialog>,
    /// A short message in the status line ("Opgeslagen …").
    notice: Option<String>,
    file_dialogs: FileDialogs,
    /// A question to focus (and, with `true`, scroll to) on the next frame.
    focus: Option<Focus>,
    /// The user agreed to close (nothing unsaved, or they chose).
    close_confirmed: bool,
    title: String,
    /// The theme has been applied (on the first frame).
    styled: bool,
    /// The recovery copy of unsaved work.
    autosave: Autosave,
    /// egui's clock at the start of this frame, in seconds.
    time: f64,
    /// What follows from the answers, with the answers it was derived from: derived again only
    /// when the answers change, not every frame.
    derived: std::cell::RefCell<Option<(Profile, Rc<Derived>)>>,
    /// How often it was derived: for the test that idle frames derive nothing.
    derivations: std::cell::Cell<usize>,
    /// The widget that had the keyboard focus at the end of the last frame.
    focus_seen: Option<egui::Id>,
    /// The size of the window in points at the last frame: when it changes (a zoom, as the
    /// remembered 200 % is restored, or a resize), the focused control is brought into view.
    view_seen: egui::Vec2,
    /// Whether it changed in this frame.
    view_changed: bool,
    /// The widget that had the focus when a dialog opened: it gets it back once the dialog
    /// is gone.
    focus_before_dialog: Option<egui::Id>,
    /// Where "Handleiding sluiten" goes back to.
    guide_return: Screen,
    /// The screen drawn last frame: a new one opens at its top, and the list of sections
    /// scrolls to it.
    screen_seen: Screen,
    /// Profiles side by side, beside the open one (issue 13).
    comparison: Option<Comparison>,
}

impl App {
    /// The app in a real window: settings from eframe's storage, and the profile to open, if any.
    /// Opens the window (with `open`, a profile to read first) and runs it until it closes.
    pub fn run_window(open: Option<PathBuf>) -> std::process::ExitCode {
        let mut viewport = egui::ViewportBuilder::default()
            .with_title("Behoeftewijzer")
            .with_app_id("behoeftewijzer")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([640.0, 420.0]);
        if let Some(icon) = crate::icon::window_icon() {
            viewport = viewport.with_icon(icon);
        }
        let options = eframe::NativeOptions {
            viewport,
            ..Default::default()
        };
        match eframe::run_native(
            "Behoeftewijzer",
            options,
            Box::new(move |cc| Ok(Box::new(App::new(cc, open)))),
        ) {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("Behoeftewijzer kon geen venster openen / could not open a window: {e}");
                std::process::ExitCode::from(1)
            }
        }
    }

    pub fn new(cc: &eframe::CreationContext<'_>, open: Option<PathBuf>) -> Self {
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY))
            .unwrap_or_default();
        Self::with_settings(settings, FileDialogs::for_this_desktop(), open)
            .with_recovery_dirs(
                storage::RecoveryDir::platform(),
                storage::RecoveryDir::fallback(),
            )
            .with_exit_guard()
    }

    /// The app with given settings; used by [`App::new`] and by tests.
    pub fn with_settings(
        settings: Settings,
        file_dialogs: FileDialogs,
        open: Option<PathBuf>,
    ) -> Self {
        Self::with_questionnaire(settings, file_dialogs, Questionnaire::builtin(), open)
    }

    /// The app with another questionnaire: for tests of questionnaire changes.
    pub fn with_questionnaire(
        settings: Settings,
        file_dialogs: FileDialogs,
        q: &'static Questionnaire,
        open: Option<PathBuf>,
    ) -> Self {
        let mut app = Self {
            q,
            settings,
            doc: Document {
                profile: Profile::new(q, &now()),
                path: None,
                dirty: false,
                stamp: None,
            },
            screen: Screen::Start,
            dialog: None,
            notice: None,
            file_dialogs,
            focus: None,
            close_confirmed: false,
            title: String::new(),
            styled: false,
            autosave: Autosave::default(),
            time: 0.0,
            derived: std::cell::RefCell::new(None),
            derivations: std::cell::Cell::new(0),
            focus_seen: None,
            view_seen: egui::Vec2::ZERO,
            view_changed: false,
            focus_before_dialog: None,
            screen_seen: Screen::Start,
            guide_return: Screen::Start,
            comparison: None,
        };
        if let Some(path) = open {
            app.open_path(&path);
        }
        app
    }

    pub fn profile(&self) -> &Profile {
        &self.doc.profile
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    /// The window title: the file name, with `*` while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let lang = self.lang();
        let name = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(
                || trs!(lang, "app-untitled-profile").to_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
        let mark = if self.doc.dirty { "*" } else { "" };
        format!("{mark}{name} — Behoeftewijzer")
    }

    /// What in the free texts looks like residents' personal data.
    pub fn privacy_findings(&self) -> Vec<privacy::Finding> {
        self.derived().findings.clone()
    }

    /// The list of sections on the left: resizable, and hidden from the menu *Beeld* or by
    /// dragging it closed. At most 310 points and 30 % of the window wide at first, so the
    /// questions keep room at large text or in a small window.
    fn sections_panel(&mut self, ui: &mut egui::Ui, screen_changed: bool, out: &mut Vec<Command>) {
        let lang = self.lang();
        let width = ui.available_width();
        let mut expanded = !self.settings.hide_sections;
        let panel = Panel::left("sections")
            .resizable(true)
            .default_size(310.0_f32.min(width * 0.3).max(160.0))
            .size_range(140.0..=(width * 0.5).max(160.0));
        let resize = ui
            .scope_id()
            .with_salt(egui::IdSalt::new("sections"))
            .with("__resize");
        panel.show_collapsible(ui, &mut expanded, |ui| {
            ScrollArea::vertical().show(ui, |ui| {
                let derived = self.derived();
                let progress = &derived.progress;
                nav::sections_ui(ui, lang, self.q, progress, self.screen, screen_changed, out);
                ui::follow_focus(
                    ui,
                    self.view_changed || ui.memory(egui::Memory::focused) != self.focus_seen,
                );
            });
        });
        // egui names its splitter in English; this one speaks the interface's language.
        ui.ctx().accesskit_node_builder(resize, |node| {
            node.set_label(trs!(lang, "app-width-of-the-list-of-sections"));
        });
        self.settings.hide_sections = !expanded;
    }

    /// The current screen, in the central panel.
    fn screen_ui(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        let lang = self.lang();
        match self.screen {
            Screen::Start => start::start_ui(
                ui,
                lang,
                &self.settings.recent,
                !self.doc.profile.answers.is_empty(),
                out,
            ),
            Screen::Section(index) => {
                // A dialog on top holds the focus; the question gets it after.
                let focus = if self.dialog.is_none() {
                    self.focus.take()
                } else {
                    None
                };
                let findings = self.privacy_findings();
                let profile = &mut self.doc.profile;
                if question::section_ui(ui, lang, self.q, index, profile, focus.as_ref(), &findings)
                {
                    self.touched();
                }
            }
            Screen::Review => {
                review::review_ui(ui, lang, self.q, &self.doc.profile, out);
            }
            Screen::Needs => {
                let needs = self.needs();
                let words = Words::new(self.q, NeedsRules::builtin(), &self.doc.profile, lang);
                let mut mail_to = self.doc.profile.mail_to.clone();
                needs_ui(ui, &needs, &words, &mut mail_to, out);
                if mail_to != self.doc.profile.mail_to {
                    self.doc.profile.mail_to = mail_to;
                    self.touched();
                }
            }
            Screen::Guide(chapter) => {
                ui::guide::guide_ui(ui, lang, chapter, out);
            }
            Screen::Compare => self.compare_screen(ui, out),
            Screen::RegionalBrief => {
                if let Some(brief) = self.regional_brief() {
                    ui::compare::regional_ui(ui, lang, &brief, self.brief_lang(), out);
                }
            }
            Screen::Brief => {
                let brief = self.brief();
                let options = ui::brief::Choices {
                    lang: self.brief_lang(),
                    email: self.settings.brief_email,
                };
                brief_ui(ui, lang, &brief, options, out);
            }
        }
    }

    /// The screen in the central panel: in a page that scrolls, at a width for reading; the
    /// comparison's table scrolls itself, across the whole width.
    fn central_ui(&mut self, ui: &mut egui::Ui, screen_changed: bool, out: &mut Vec<Command>) {
        CentralPanel::default().show(ui, |ui| {
            if self.screen == Screen::Compare {
                // The table scrolls itself, across the whole width.
                self.screen_ui(ui, out);
                ui::follow_focus(
                    ui,
                    self.view_changed || ui.memory(egui::Memory::focused) != self.focus_seen,
                );
                return;
            }
            let mut page = ScrollArea::vertical().auto_shrink([false, false]);
            if screen_changed {
                // A new screen opens at its top, not where the last one was scrolled to.
                page = page.vertical_scroll_offset(0.0);
            }
            page.show(ui, |ui| {
                // Cap the width for reading, never more than there is: text wraps instead
                // of being cut off.
                ui.set_max_width(ui.available_width().min(760.0));
                self.screen_ui(ui, out);
                ui::follow_focus(
                    ui,
                    self.view_changed || ui.memory(egui::Memory::focused) != self.focus_seen,
                );
                if self.dialog.is_none() {
                    ui::page_keys(ui);
                }
            });
        });
    }

    /// At the end of a frame: arrow keys never move the focus out of a control on the page
    /// (only Tab does; groups handle their own arrows), and the focus returns to where it was
    /// when a dialog closes.
    /// At the start of a frame: the focus goes back where it was before a dialog, once the
    /// dialog's layer is gone (egui keeps it one frame longer, and until then the page does not
    /// take the focus), unless a command moved the focus on purpose.
    fn restore_focus(&mut self, ctx: &egui::Context) {
        if self.dialog.is_none()
            && self.focus_before_dialog.is_some()
            && ctx.memory(egui::Memory::top_modal_layer).is_none()
            && let Some(id) = self.focus_before_dialog.take()
            && self.focus.is_none()
            && ctx.read_response(id).is_some()
        {
            ctx.memory_mut(|m| m.request_focus(id));
        }
    }

    /// A screen just opened: the keyboard focus goes to its title, so a screen reader says
    /// where the user is ("Huwelijksdwang en achterlating, heading"), and Tab leads on to the
    /// first question. Not where a command chose a question (an overview link), nor on the
    /// start screen, which focuses its first button, nor on the comparison, whose first row
    /// takes the focus (its name says the question and the answers).
    fn land_on_screen(&mut self, ctx: &egui::Context) {
        match self.screen {
            Screen::Section(_) if self.focus.is_some() => {}
            Screen::Start | Screen::Compare => {}
            _ => ui::a11y::land_on_title(ctx),
        }
    }

    fn keep_focus(&mut self, ctx: &egui::Context, dialog_before: bool) {
        let focused = ctx.memory(egui::Memory::focused);
        // Not while a menu is open: there ↑ and ↓ move through its items (egui's own arrow
        // navigation), also from the menu bar's button that opened it.
        if let Some(id) = focused
            && ctx
                .read_response(id)
                .is_some_and(|r| r.layer_id.order == egui::Order::Background)
        {
            let filter = if egui::Popup::is_any_open(ctx) {
                egui::EventFilter::default()
            } else {
                ui::choice::KEEP_ARROWS
            };
            ctx.memory_mut(|m| m.set_focus_lock_filter(id, filter));
        }
        if self.dialog.is_some() && !dialog_before {
            self.focus_before_dialog = self.focus_seen;
        } else if dialog_before && self.dialog.is_none() {
            // One more frame for egui to drop the dialog's layer (see `restore_focus`).
            ctx.request_repaint();
        }
        self.focus_seen = ctx.memory(egui::Memory::focused);
    }

    /// The status line: progress and Vorige/Volgende, a lasting notice when recovery copies
    /// cannot be kept where they should, and the last short message.
    fn status_panel(&mut self, ui: &mut egui::Ui, lang: Lang, out: &mut Vec<Command>) {
        Panel::bottom("status").show(ui, |ui| {
            ui.add_space(4.0);
            if !matches!(
                self.screen,
                Screen::Start | Screen::Compare | Screen::RegionalBrief
            ) {
                let derived = self.derived();
                let progress = (derived.total, derived.missing);
                nav::bottom_ui(ui, lang, self.q, progress, self.screen, out);
            }
            if let Some(problem) = &self.autosave.problem {
                // Lasting, and as plain as an error: the work is less safe than the user thinks.
                // Short, and itself the link to the whole story (no dialog of its own, which
                // would take keys typed into a field).
                let text =
                    egui::RichText::new(problem.short(lang)).color(ui.visuals().error_fg_color);
                if ui.add(egui::Link::new(text)).clicked() {
                    self.dialog = Some(Dialog::Message {
                        title: trs!(lang, "app-recovery-copies-cannot-be-kept").into(),
                        body: problem.message(lang),
                    });
                }
            }
            if let Some(notice) = &self.notice {
                ui.label(egui::RichText::new(notice).small().weak());
            }
            ui.add_space(2.0);
        });
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.doc.dirty && !self.close_confirmed
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            if self.dialog.is_none() {
                self.dialog = Some(Dialog::Unsaved {
                    then: Pending::Quit,
                });
            }
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            ui::theme::apply(&ctx);
            ctx.set_theme(self.settings.theme.preference());
            ui::guide::install_images(&ctx);
            self.styled = true;
        }
        self.time = ctx.input(|i| i.time);
        let view = ctx.content_rect().size();
        self.view_changed = view != self.view_seen;
        self.view_seen = view;
        self.restore_focus(&ctx);
        self.offer_recovery();
        let lang = self.lang();
        let mut out = if self.dialog.is_none() {
            let mut out = ui::shortcuts(&ctx);
            out.extend(nav::screen_keys(&ctx, self.q, self.screen));
            out
        } else {
            Vec::new()
        };
        let had_dialog = self.dialog.is_some();
        // Commands change the screen at the end of a frame: compare with the one drawn last.
        let screen_changed = self.screen != self.screen_seen;
        self.screen_seen = self.screen;
        self.handle_close_request(&ctx);

        Panel::top("menu").show(ui, |ui| {
            let shown = (!self.settings.hide_sections, self.settings.theme);
            let comparing = self.comparison.is_some();
            menu_ui(
                ui,
                lang,
                self.q,
                &self.settings.recent,
                shown,
                comparing,
                &mut out,
            );
        });
        if screen_changed && self.dialog.is_none() {
            self.land_on_screen(&ctx);
        }
        self.status_panel(ui, lang, &mut out);
        // The sections belong to the open profile, not to a comparison.
        if !matches!(
            self.screen,
            Screen::Start | Screen::Compare | Screen::RegionalBrief
        ) {
            self.sections_panel(ui, screen_changed, &mut out);
        }
        self.central_ui(ui, screen_changed, &mut out);

        if let Some(dialog) = &mut self.dialog
            && let Some(outcome) = dialog_ui(&ctx, lang, dialog)
        {
            self.on_outcome(outcome, &ctx);
        }
        for command in out {
            self.run(command, &ctx);
        }
        self.update_title(&ctx);
        ui::a11y::name_window(&ctx, &self.title);
        self.autosave_tick(&ctx);
        self.keep_focus(&ctx, had_dialog);
        ui::theme::paint_focus_ring(&ctx);
    }

    fn on_exit(&mut self) {
        self.autosave_on_exit();
    }

    /// Settings (language, recent files) are small: keep them on disk within seconds.
    fn auto_save_interval(&self) -> Duration {
        Duration::from_secs(5)
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
