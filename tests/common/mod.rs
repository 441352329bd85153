//! Helpers shared by the window's tests: a window on the real `App`, and clicks and lookups by
//! the names a screen reader hears.
#![allow(dead_code)] // each test crate uses part of it

use behoeftewijzer::app::{App, FileDialogs, Settings};
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, Queryable};

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
