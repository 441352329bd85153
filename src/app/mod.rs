//! The eframe App: owns the open document, the screen and the settings, and what follows from
//! the answers (derived once per change). Its frame reads as a table of contents: menu, status,
//! sections, the screen, the dialog, then the commands. The commands are run in [`commands`],
//! files are opened, saved and exported in [`files`], and the recovery copy lives in
//! [`autosave`]; this is the only place in the window that does IO.

mod autosave;
mod background;
mod commands;
mod compare;
mod derived;
mod export;
mod files;
mod frame;
mod renderer;
mod report;
mod saving;
mod settings;
mod start;

use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;

use egui::Panel;

use crate::clock::now;
use crate::lang::Lang;
use crate::model::{Profile, Questionnaire, privacy};
use crate::storage;
use crate::ui::menu::menu_ui;
use crate::ui::modal::{Dialog, dialog_ui};
use crate::ui::question::Focus;
use crate::ui::{self, Screen, nav};
use autosave::Autosave;
pub use compare::Comparison;
pub use derived::Derived;
pub use renderer::{PROBE_VARIABLE, print_probe};
pub use settings::{FileDialogs, Settings};

/// Seconds after a change before the recovery copy is written.
pub const AUTOSAVE_DELAY: f64 = 2.0;

/// Seconds after the first change not yet copied by which the copy is written, however steadily
/// the typing goes on (issue 30: a copy every few seconds while the text keeps changing).
pub const AUTOSAVE_MAX_WAIT: f64 = 4.0;

/// The open profile and where it lives.
#[derive(Clone, Debug)]
pub struct Document {
    pub profile: Profile,
    pub path: Option<PathBuf>,
    pub dirty: bool,
    /// The file as it was when this window last read or wrote it; `None` when not known.
    pub stamp: Option<storage::Stamp>,
    /// Which state of the answers this is: new for every document and bumped on every change
    /// ([`App::touched`]), never used twice in a run. What follows from the answers (the needs,
    /// the brief's preview, the recovery copy) is kept per revision instead of comparing whole
    /// profiles every frame.
    pub revision: u64,
    /// Where an unsaved document came from, for its title and its suggested file name.
    pub origin: Origin,
}

/// Where a document came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Origin {
    /// Started, opened or restored here.
    #[default]
    Own,
    /// The built-in example (issue 23): never saved over anything, saving asks for a name.
    Example,
    /// *Nieuw profiel op basis van dit profiel*: the file (its name) it was copied from.
    BasedOn(String),
}

impl Document {
    /// A document that is new to this window: opened, restored, or started.
    pub fn new(
        profile: Profile,
        path: Option<PathBuf>,
        dirty: bool,
        stamp: Option<storage::Stamp>,
    ) -> Self {
        Self {
            profile,
            path,
            dirty,
            stamp,
            revision: next_revision(),
            origin: Origin::Own,
        }
    }
}

/// A revision number not given before in this run.
pub(super) fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Where the keyboard focus is and goes (issue 32).
#[derive(Default)]
struct Keyboard {
    /// A question to focus (and, with `true`, scroll to) on the next frame.
    next: Option<Focus>,
    /// The widget that had the keyboard focus at the end of the last frame.
    seen: Option<egui::Id>,
    /// Where the keyboard focus goes when its control disappears or lets go of it without the
    /// user moving it: the control itself when it is still there, else the control after it,
    /// else the one before it (`frame::FocusPlace`).
    place: Option<frame::FocusPlace>,
    /// The last such place on the page itself (not in a menu): where the focus goes back to
    /// when a menu closes with the focus in it.
    page: Option<frame::FocusPlace>,
    /// The widget that had the focus when a dialog opened: it gets it back once the dialog
    /// is gone.
    before_dialog: Option<egui::Id>,
    /// The control whose arrow keys egui holds for it (see `App::hold_arrows`).
    locked: Option<egui::Id>,
}

/// What is derived from the open document (or read for the start screen) and kept until it
/// changes; read through `&self`, so in cells.
#[derive(Default)]
struct Caches {
    /// What follows from the answers, with the document's revision it was derived from:
    /// derived again only when the answers change, not every frame.
    derived: std::cell::RefCell<Option<(u64, Rc<Derived>)>>,
    /// The brief of the open document, for the preview, the export and the clipboard, with
    /// what it was built from.
    brief: std::cell::RefCell<Option<(derived::BriefKey, Rc<crate::brief::Brief>)>>,
    /// The meeting's report, the same way (without the e-mail choice).
    report: std::cell::RefCell<Option<(derived::BriefKey, Rc<crate::brief::Brief>)>>,
    /// The privacy check of the profile just opened, found on the thread that read it, with
    /// the document's revision it belongs to: taken by the first derivation.
    scanned: std::cell::Cell<Option<(u64, derived::Scanned)>>,
    /// How often it was derived: for the test that idle frames derive nothing.
    derivations: std::cell::Cell<usize>,
    /// The recent files as the start screen shows them (issue 23).
    recent: std::cell::RefCell<Option<start::RecentList>>,
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
    /// Where the keyboard focus is and goes.
    keyboard: Keyboard,
    /// The user agreed to close (nothing unsaved, or they chose).
    close_confirmed: bool,
    title: String,
    /// The theme has been applied (on the first frame).
    styled: bool,
    /// Whether the window's place has been checked against the monitor (issue 32): a position
    /// saved half off the screen is pulled back once, at the start.
    placement: frame::Placement,
    /// The recovery copy of unsaved work.
    /// The format the export on its way writes: a PDF, or a Word document (issue 34).
    export_format: crate::export::Format,
    autosave: Autosave,
    /// egui's clock at the start of this frame, in seconds.
    time: f64,
    /// What is derived from the open document and kept until it changes.
    caches: Caches,
    /// A save on its way to the disk.
    saving: Option<saving::InFlight>,
    /// An open or an export on its way (`background.rs`).
    job: Option<background::Job>,
    /// The status message last told to a screen reader.
    notice_told: Option<String>,
    /// Commands given from outside a frame (`App::queue`), run in the next frame as if chosen
    /// in it.
    queued: Vec<ui::Command>,
    /// The size of the window in points at the last frame: when it changes (a zoom, as the
    /// remembered 200 % is restored, or a resize), the focused control is brought into view.
    view_seen: egui::Vec2,
    /// Whether it changed in this frame.
    view_changed: bool,
    /// Where "Handleiding sluiten" goes back to.
    guide_return: Screen,
    /// The screen drawn last frame: a new one opens at its top, and the list of sections
    /// scrolls to it.
    screen_seen: Screen,
    /// Profiles side by side, beside the open one (issue 13).
    comparison: Option<Comparison>,
    /// The long documents laid out unseen in a quiet moment (`frame::Prepared`).
    prepared: frame::Prepared,
}

impl App {
    /// Opens the window (with `open`, a profile to read first) and runs it until it closes.
    pub fn run_window(open: Option<&std::path::Path>) -> std::process::ExitCode {
        // The privacy patterns (about 7 ms to compile) while the window is made, on another
        // core, rather than in the first frame (issue 35).
        let _ = std::thread::Builder::new()
            .name("privacy patterns".into())
            .spawn(privacy::prepare);
        let mut viewport = egui::ViewportBuilder::default()
            .with_title("Behoeftewijzer")
            .with_app_id(settings::APP_ID)
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([640.0, 420.0]);
        if let Some(icon) = crate::icon::window_icon() {
            viewport = viewport.with_icon(icon);
        }
        let options = || eframe::NativeOptions {
            viewport: viewport.clone(),
            ..Default::default()
        };
        // The profile named on the command line is read and checked while the window is made,
        // on another core, rather than in the first frame (issue 35).
        let mut early = open.map(|path| background::Reading::start(path, Questionnaire::builtin));
        let window = |options| {
            // A second try with another renderer reads the file again.
            let reading = early.take().or_else(|| {
                open.map(|path| background::Reading::start(path, Questionnaire::builtin))
            });
            eframe::run_native(
                "Behoeftewijzer",
                options,
                Box::new(move |cc| Ok(Box::new(App::new(cc, reading)))),
            )
            .map_err(|e| e.to_string())
        };
        let drawing = Settings::saved().drawing;
        match renderer::run(options, drawing, window) {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(failures) => {
                renderer::tell_none_works(&failures);
                std::process::ExitCode::from(1)
            }
        }
    }

    /// The app in a real window: settings from eframe's storage, and the profile being read to
    /// open, if any.
    fn new(cc: &eframe::CreationContext<'_>, open: Option<background::Reading>) -> Self {
        let mut settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY))
            .unwrap_or_default();
        // For a translator or a tester: the window in another language than the one saved,
        // the pseudo-language included (see `Lang::Pseudo`).
        if let Some(lang) = std::env::var("BEHOEFTEWIJZER_LANG")
            .ok()
            .and_then(|code| Lang::from_code(&code))
        {
            settings.lang = lang;
        }
        let dialogs = FileDialogs::for_this_desktop();
        let mut app = Self::with_reading(settings, dialogs, Questionnaire::builtin(), open)
            .with_recovery_dirs(
                storage::RecoveryDir::platform(),
                storage::RecoveryDir::fallback(),
            )
            .with_exit_guard();
        // Theme and fonts before the first frame, so that frame is drawn with them (not with
        // egui's own fonts first, rasterised for nothing).
        app.style(&cc.egui_ctx);
        app
    }

    /// The theme, the fonts and the guide's pictures, once.
    fn style(&mut self, ctx: &egui::Context) {
        if self.styled {
            return;
        }
        ui::theme::apply(ctx);
        ctx.set_theme(self.settings.theme.preference());
        ui::guide::install_images(ctx);
        self.styled = true;
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
        let reading = open.map(|path| background::Reading::start(&path, move || q));
        Self::with_reading(settings, file_dialogs, q, reading)
    }

    /// The app with the profile of `reading` opened once it is read.
    fn with_reading(
        settings: Settings,
        file_dialogs: FileDialogs,
        q: &'static Questionnaire,
        reading: Option<background::Reading>,
    ) -> Self {
        let mut app = Self {
            q,
            settings,
            doc: Document::new(Profile::new(q, &now()), None, false, None),
            screen: Screen::Start,
            dialog: None,
            notice: None,
            file_dialogs,
            keyboard: Keyboard::default(),
            caches: Caches::default(),
            close_confirmed: false,
            title: String::new(),
            styled: false,
            placement: frame::Placement::Unchecked,
            autosave: Autosave::default(),
            export_format: crate::export::Format::default(),
            time: 0.0,
            saving: None,
            job: None,
            notice_told: None,
            queued: Vec::new(),
            view_seen: egui::Vec2::ZERO,
            view_changed: false,
            screen_seen: Screen::Start,
            guide_return: Screen::Start,
            comparison: None,
            prepared: frame::Prepared::default(),
        };
        if let Some(reading) = reading {
            app.take_reading(reading);
            app.finish_job();
        }
        app
    }

    /// Runs `command` in the next frame, as if the user chose it there (with the focus and
    /// dialog bookkeeping of a frame): for tests that go over every command.
    pub fn queue(&mut self, command: ui::Command) {
        self.queued.push(command);
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

    /// The document's name: its file's, or what it is while it has none.
    pub fn document_name(&self) -> String {
        let lang = self.lang();
        match (&self.doc.path, &self.doc.origin) {
            (Some(path), _) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            (None, Origin::Own) => trs!(lang, "app-untitled-profile").to_owned(),
            (None, Origin::Example) => trs!(lang, "app-example-unsaved").to_owned(),
            (None, Origin::BasedOn(name)) => tr!(lang, "app-based-on", name = name.clone()),
        }
    }

    /// The window title: the file name, with `*` while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let name = self.document_name();
        let mark = if self.doc.dirty { "*" } else { "" };
        format!("{mark}{name} — Behoeftewijzer")
    }

    /// What in the free texts looks like residents' personal data.
    pub fn privacy_findings(&self) -> Vec<privacy::Finding> {
        self.derived().findings.clone()
    }
}

impl App {
    /// The commands of the keys pressed (while no dialog is open) and those queued, before
    /// anything is drawn: a key that changes the screen or opens a dialog is drawn in this pass,
    /// without a second one (issue 35). What the screen's own controls ask for runs after it is
    /// drawn, at the end of `ui`.
    fn run_keys(&mut self, ctx: &egui::Context) {
        let mut keys = if self.dialog.is_none() {
            let mut keys = ui::shortcuts(ctx);
            keys.extend(nav::screen_keys(ctx, self.q, self.screen));
            keys
        } else {
            Vec::new()
        };
        keys.append(&mut self.queued);
        for command in keys {
            self.run(command, ctx);
        }
    }
}

impl eframe::App for App {
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        ui::theme::clear_color(visuals)
    }

    /// Before every frame, and while the window is minimised without one: what the threads
    /// finished (a save, a file read), and the recovery copy when it is due.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.time = ctx.input(|i| i.time);
        self.poll_save(ctx, Duration::ZERO);
        self.job_tick(ctx);
        self.autosave_tick(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        renderer::frame_started(&ctx);
        ui::text_cache::begin_pass(&ctx);
        self.style(&ctx);
        self.keep_on_screen(&ctx);
        self.hold_arrows(&ctx);
        let revision = self.doc.revision;
        let view = ctx.content_rect().size();
        self.view_changed = view != self.view_seen;
        self.view_seen = view;
        self.restore_focus(&ctx);
        self.recover_focus(&ctx);
        self.offer_recovery();
        let had_dialog = self.dialog.is_some();
        self.run_keys(&ctx);
        let lang = self.lang();
        let mut out = Vec::new();
        // Compare with the screen drawn last: a key above, or a control's command in the pass
        // before, changed it.
        let screen_changed = self.screen != self.screen_seen;
        self.screen_seen = self.screen;
        self.handle_close_request(&ctx);

        Panel::top("menu")
            .frame(ui::theme::panel_frame(ui.style()))
            .show(ui, |ui| {
                let shown = crate::ui::menu::ViewChoices {
                    sections_shown: !self.settings.hide_sections,
                    theme: self.settings.theme,
                    drawing: self.settings.drawing,
                    drawn_with: renderer::drawing_now(),
                };
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
        self.status_panel_ui(ui, lang, &mut out);
        // The sections belong to the open profile, not to a comparison. In a narrow window
        // (a small one, or large text) the questions get the whole width: the sections stay
        // in *Ga naar* and under Ctrl+Page Down (issue 32: at 800×600 and 200 % the list took
        // half the width).
        if !matches!(
            self.screen,
            Screen::Start | Screen::Compare | Screen::RegionalBrief
        ) && !ui::narrow(&ctx)
        {
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
        if self.screen != self.screen_seen {
            // A command changed the screen: egui runs this pass again before it paints, so the
            // frame shows the new screen rather than the old one a frame longer (issue 35).
            ctx.request_discard("the screen changed");
        }
        self.update_title(&ctx);
        ui::a11y::name_window(&ctx, &self.title);
        if self.doc.revision != revision {
            // The answers changed: the next `logic` schedules their recovery copy and hands
            // them to the exit guard, at once rather than at the next key.
            ctx.request_repaint();
        }
        self.keep_focus(&ctx, had_dialog);
        if self.dialog.is_none() && self.keyboard.before_dialog.is_some() {
            ui::a11y::hold_announcement(&ctx);
        }
        self.tell_notice(&ctx);
        ui::a11y::deliver_announcement(&ctx);
        ui::theme::paint_focus_ring(&ctx);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        log::info!("the window closes");
        self.wait_for_save_on_exit();
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
