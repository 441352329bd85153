//! What the tests share, used one way (`mod common;` in each test file): a window on the real
//! `App`, and clicks and lookups by the names a screen reader hears; below it the profiles, the
//! generated scenarios, the binary, the PDF and Word readers, what a test needs from outside Rust
//! ([`needs`]), and file systems of a test's own ([`mounts`]).
#![allow(dead_code)] // each test crate uses part of it

pub mod bin;
pub mod filler;
pub mod log_capture;
pub mod mounts;
pub mod needs;
pub mod pdf;
pub mod profiles;
pub mod scenarios;
pub mod screens;
pub mod word;

use std::path::{Path, PathBuf};

use behoeftewijzer::app::{App, FileDialogs, Settings};
use behoeftewijzer::storage::RecoveryDir;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, NodeT, Queryable};

/// The app in a test window.
pub type Window = Harness<'static, App>;

/// The app with `settings` in a window of 1100 × 900 points, file paths typed (no system
/// dialogs), nothing opened.
pub fn window(settings: Settings) -> Window {
    Harness::builder()
        .with_size([1100.0, 900.0])
        // Threads of the app (the recent files read at the start, a save) ask for a frame when
        // they are done; on a loaded 2-core machine that comes a few frames later than the 4
        // steps egui_kittest allows by default, and a click would fail though all is well.
        .with_max_steps(8)
        .build_eframe(move |_cc| App::with_settings(settings, FileDialogs::Typed, None))
}

/// How a test window starts: 1100 × 900 points, default settings, file paths typed (no system
/// dialogs), nothing opened, unless told otherwise. The one window builder of the tests.
pub struct Start {
    size: [f32; 2],
    zoom: Option<f32>,
    settings: Settings,
    open: Option<PathBuf>,
    recovery: Option<(PathBuf, Option<RecoveryDir>)>,
    step_dt: Option<f32>,
    new_profile: bool,
    questionnaire: Option<&'static behoeftewijzer::model::Questionnaire>,
    exit_guard: bool,
}

/// A test window to describe, then [`Start::build`].
pub fn start() -> Start {
    Start {
        size: [1100.0, 900.0],
        zoom: None,
        settings: Settings::default(),
        open: None,
        recovery: None,
        step_dt: None,
        new_profile: false,
        questionnaire: None,
        exit_guard: false,
    }
}

impl Start {
    /// Its size in points.
    pub fn size(mut self, size: [f32; 2]) -> Self {
        self.size = size;
        self
    }

    /// Its text size (2.0 is 200 %).
    pub fn zoom(mut self, zoom: f32) -> Self {
        self.zoom = Some(zoom);
        self
    }

    pub fn settings(mut self, settings: Settings) -> Self {
        self.settings = settings;
        self
    }

    /// A profile file opened at the start.
    pub fn open(self, path: &Path) -> Self {
        self.opening(Some(path.to_path_buf()))
    }

    /// A profile file opened at the start, or none.
    pub fn opening(mut self, path: Option<PathBuf>) -> Self {
        self.open = path;
        self
    }

    /// The complete example opened at the start.
    pub fn example(self) -> Self {
        self.open(&profiles::example_path())
    }

    /// Recovery copies in `dir` (and in `fallback` when `dir` cannot be written).
    pub fn recovery(mut self, dir: &Path, fallback: Option<RecoveryDir>) -> Self {
        self.recovery = Some((dir.to_path_buf(), fallback));
        self
    }

    /// Seconds of egui time per step (the recovery copy waits a few seconds).
    pub fn step_dt(mut self, dt: f32) -> Self {
        self.step_dt = Some(dt);
        self
    }

    /// *Nieuw profiel* clicked on the start screen.
    pub fn new_profile(mut self) -> Self {
        self.new_profile = true;
        self
    }

    /// Another questionnaire than the built-in one (for questionnaire changes).
    pub fn questionnaire(mut self, q: &'static behoeftewijzer::model::Questionnaire) -> Self {
        self.questionnaire = Some(q);
        self
    }

    /// The exit guard of the real window: the work is kept when the process is stopped.
    pub fn exit_guard(mut self) -> Self {
        self.exit_guard = true;
        self
    }

    /// The window, not yet run.
    pub fn harness(self) -> Window {
        let Start {
            size,
            zoom,
            settings,
            open,
            recovery,
            step_dt,
            questionnaire,
            exit_guard,
            ..
        } = self;
        let mut builder = Harness::builder()
            .with_size(size)
            // Threads of the app (the recent files read at the start, a save) ask for a frame
            // when they are done; on a loaded 2-core machine that comes a few frames later than
            // the 4 steps egui_kittest allows by default, and a click would fail though all is
            // well.
            .with_max_steps(8);
        if let Some(dt) = step_dt {
            builder = builder.with_step_dt(dt);
        }
        let h = builder.build_eframe(move |_cc| {
            let q = questionnaire.unwrap_or_else(behoeftewijzer::model::Questionnaire::builtin);
            let app = App::with_questionnaire(settings, FileDialogs::Typed, q, open);
            let app = match recovery {
                Some((dir, fallback)) => {
                    app.with_recovery_dirs(Some(RecoveryDir::new(&dir)), fallback)
                }
                None => app,
            };
            if exit_guard {
                app.with_exit_guard()
            } else {
                app
            }
        });
        if let Some(zoom) = zoom {
            h.ctx.set_zoom_factor(zoom);
        }
        h
    }

    /// The window, run until it settles (and on a new profile when asked).
    pub fn build(self) -> Window {
        let new_profile = self.new_profile;
        let mut h = self.harness();
        h.run();
        if new_profile {
            h.get_by_label("Nieuw profiel").click_accesskit();
            h.run();
        }
        h
    }
}

/// A node named `wanted`, or a side-panel section entry named after it with its progress
/// ("1. Je organisatie, nog 5 open").
pub fn named(wanted: &str) -> impl Fn(&AccessKitNode<'_>) -> bool + 'static {
    let wanted = wanted.to_owned();
    move |n| {
        n.label()
            .is_some_and(|l| l == wanted || l.starts_with(&format!("{wanted}, ")))
    }
}

/// Replaces the text in the field labelled `label` with `text`, as a person would: focus,
/// select all, type.
pub fn replace_text(h: &mut Window, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Clicks the one control named `label` (as [`named`] finds it) as a screen reader would, and
/// lets the app run until it settles. Fails when there is none, or more than one.
pub fn click(h: &mut Window, label: &str) {
    h.get_by(named(label)).click_accesskit();
    h.run();
}

/// What the app asked the system to put on the clipboard in the next few frames, if anything
/// (then the window is let settle).
pub fn copied(h: &mut Window) -> Option<String> {
    for _ in 0..3 {
        h.step();
        let found = h
            .output()
            .platform_output
            .commands
            .iter()
            .find_map(|c| match c {
                egui::OutputCommand::CopyText(t) => Some(t.clone()),
                _ => None,
            });
        if found.is_some() {
            h.run();
            return found;
        }
    }
    h.run();
    None
}

/// Goes to the screen or section named `label` through its entry (the first of that name), as
/// a screen reader clicks it.
pub fn go(h: &mut Window, label: &str) {
    h.get_all_by(named(label))
        .next()
        .unwrap_or_else(|| panic!("no entry named {label:?}"))
        .click_accesskit();
    h.run();
}

/// Presses `key` and lets the window settle.
pub fn press(h: &mut Window, key: Key) {
    h.key_press(key);
    h.run();
}

/// Presses `key` as a quick typist does in the real window, where the frame a key asks for
/// may not come before the next key: the press gets a frame of its own, and the release waits
/// for the next frame, which also brings whatever is pressed next (call `h.step()` after the
/// last key). kittest's own `key_press` gives the modifiers, the press and the release a frame
/// each, so the app has always settled before the next key.
pub fn press_quickly(h: &mut Window, key: Key) {
    let event = |pressed| egui::Event::Key {
        key,
        pressed,
        modifiers: egui::Modifiers::NONE,
        repeat: false,
        physical_key: None,
    };
    h.input_mut().events.push(event(true));
    h.step();
    h.input_mut().events.push(event(false));
}

/// `text` on single spaces: how a reader of a PDF or a Word document gives it back.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A path as a command-line argument (the tests' paths are UTF-8).
pub fn s(p: &Path) -> &str {
    p.to_str()
        .unwrap_or_else(|| panic!("not UTF-8: {}", p.display()))
}

/// Whether `node` has the keyboard focus (a function, for kittest's queries).
pub fn is_focused(node: &AccessKitNode<'_>) -> bool {
    node.is_focused()
}

/// The name of the control with the keyboard focus, if any.
pub fn focused_label(h: &Window) -> Option<String> {
    h.query_by(is_focused)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
}

/// Types `text` into the field labelled `label` and lets 5 seconds of egui time pass (at 0.25 s
/// a step), so the recovery copy is written.
pub fn type_and_wait(h: &mut Window, label: &str, text: &str) {
    let field = h.get_by_label(label);
    field.focus();
    field.type_text(text);
    h.run();
    h.run_steps(20);
}

/// One test at a time for tests that share the machine (an X server, a slow disk).
pub fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The day the tests' documents are made: 28 November 2026, 10:30 UTC.
pub fn today() -> time::OffsetDateTime {
    time::macros::datetime!(2026-11-28 10:30 UTC)
}

/// Writes `bytes` to the file `name` in `dir`; its path.
pub fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    path
}

/// Makes the file at `path` look last written an hour ago (a leftover of a killed save, an older
/// recovery copy).
pub fn age_an_hour(path: &Path) {
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_hours(1);
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(an_hour_ago))
        .unwrap_or_else(|e| panic!("age {}: {e}", path.display()));
}

/// Whether the control with the focus opens a menu (a menu of the menu bar).
pub fn focus_opens_a_menu(h: &Window) -> bool {
    h.query_by(is_focused)
        .is_some_and(|n| n.accesskit_node().data().has_popup().is_some())
}

/// The menus of the menu bar, in Tab order from F10: found by walking the bar in the window
/// `open()` makes, so a menu added later is counted without anyone listing it.
pub fn menus_of_the_bar(open: impl Fn() -> Window) -> Vec<String> {
    let mut h = open();
    press(&mut h, Key::F10);
    let mut menus = Vec::new();
    while focus_opens_a_menu(&h) && menus.len() < 20 {
        menus.push(focused_label(&h).unwrap_or_default());
        press(&mut h, Key::Tab);
    }
    assert!(menus.len() >= 5, "the menu bar: {menus:?}");
    menus
}

/// Opens the menu bar's menu number `index` (from 0) with the keyboard, as
/// [`menus_of_the_bar`] found it: F10, Tab `index` times, Enter. The focus is then on its
/// first item.
pub fn open_menu(h: &mut Window, index: usize) {
    press(h, Key::F10);
    for _ in 0..index {
        press(h, Key::Tab);
    }
    press(h, Key::Enter);
    h.run();
}
