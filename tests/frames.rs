//! No wasted frame (issue 35): a key that changes the screen is drawn in the frame that
//! handles it. On a desk that draws in software a frame costs about 45 ms, and the first
//! frame after Ctrl+Page Down still showed the old screen, so every switch took two.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};

use common::Window;

/// The headings a screen reader finds in the window: what tells one screen from another.
fn headings(h: &Window) -> Vec<String> {
    headings_above(h, f32::INFINITY)
}

/// The headings that start above `bottom` (in points from the window's top).
fn headings_above(h: &Window, bottom: f32) -> Vec<String> {
    let mut out: Vec<String> = h
        .query_all_by(|n| n.role() == egui::accesskit::Role::Heading)
        .filter(|n| n.rect().top() < bottom)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    out.sort();
    out
}

/// Each heading with where it starts, by name.
fn heading_tops(h: &Window) -> Vec<(f32, String)> {
    let mut out: Vec<(f32, String)> = h
        .query_all_by(|n| n.role() == egui::accesskit::Role::Heading)
        .filter_map(|n| Some((n.rect().top(), n.accesskit_node().label()?)))
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

/// Where the page's view ends: the bottom of its scroll bar, the one furthest right (the
/// sections list has its own, on the left). Without one the page fits in the window.
fn page_bottom(h: &Window) -> f32 {
    h.query_all_by(|n| n.role() == egui::accesskit::Role::ScrollBar)
        .map(|n| n.rect())
        .max_by(|a, b| a.right().total_cmp(&b.right()))
        .map_or(f32::INFINITY, |r| r.bottom())
}

/// One key, pressed and released in one frame as the real window gets it from a quick hand.
fn key_in_one_frame(h: &mut Window, modifiers: Modifiers, key: Key) {
    for pressed in [true, false] {
        h.input_mut().events.push(egui::Event::Key {
            key,
            pressed,
            modifiers,
            repeat: false,
            physical_key: None,
        });
    }
    h.step();
}

/// From every screen, every key that changes the screen (the next and previous screen, the
/// guide): after the one frame that handles the key, the window shows what it shows once it
/// has settled: the new screen, and every heading in view. A long screen lays out what is
/// below the view one frame later (`ui::fold`), so after the second frame every heading of the
/// screen is there.
#[test]
fn every_screen_switch_by_key_is_drawn_in_the_frame_that_handles_it() {
    let dir = tempfile::tempdir().unwrap();
    let keys = [
        ("Ctrl+Page Down", Modifiers::COMMAND, Key::PageDown),
        ("Ctrl+Page Up", Modifiers::COMMAND, Key::PageUp),
        ("Alt+→", Modifiers::ALT, Key::ArrowRight),
        ("F1", Modifiers::NONE, Key::F1),
    ];
    let mut h = common::screens::window_on(
        common::start(),
        behoeftewijzer::ui::Screen::Start,
        dir.path(),
    );
    let mut failures = Vec::new();
    let (mut switched, mut folded) = (0, 0);
    for screen in common::screens::every_screen() {
        for (name, modifiers, key) in keys {
            common::screens::go_to(&mut h, screen);
            key_in_one_frame(&mut h, modifiers, key);
            let after_one = (h.state().screen(), heading_tops(&h));
            h.step();
            let after_two = headings(&h);
            // Whether the first frame asked for the second itself (no key or move comes).
            let asked = h
                .ctx
                .repaint_causes()
                .iter()
                .any(|c| c.file.ends_with("fold.rs"));
            h.run();
            let bottom = page_bottom(&h);
            let settled = (h.state().screen(), headings(&h));
            if settled.0 != screen {
                switched += 1;
            }
            let (one_in_view, settled_in_view) = (
                after_one
                    .1
                    .iter()
                    .filter(|(top, _)| *top < bottom)
                    .map(|(_, l)| l.clone())
                    .collect::<Vec<_>>(),
                headings_above(&h, bottom),
            );
            if after_one.0 != settled.0 || one_in_view != settled_in_view {
                failures.push(format!(
                    "{screen:?}, {name}: after one frame {:?} {one_in_view:?}, settled {:?} \
                     {settled_in_view:?}",
                    after_one.0, settled.0
                ));
            }
            if after_one.1.len() < settled.1.len() {
                folded += 1;
                if !asked {
                    failures.push(format!(
                        "{screen:?}, {name}: part of the screen waits, and no frame is asked for"
                    ));
                }
            }
            if after_two != settled.1 {
                failures.push(format!(
                    "{screen:?}, {name}: after two frames {after_two:?}, settled {:?}",
                    settled.1
                ));
            }
        }
    }
    assert!(switched > 20, "only {switched} keys changed the screen");
    // The needs profile, the previews of the brief, the regional brief and the report are
    // longer than the window.
    assert!(
        folded >= 4,
        "only {folded} switches left part of a long screen for later"
    );
    assert!(
        failures.is_empty(),
        "{} of the switches took more than one frame:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The letters are drawn without hinting, in the light and the dark theme, whichever the
/// system asks for (issue 35): egui runs a glyph's TrueType instructions the first time it draws
/// it, which was 6 of the first frame's 9 ms of work in the release build on a desk without a
/// graphics card (docs/measurements.md), and more on the first visit to a long screen.
#[test]
fn the_window_draws_its_letters_without_hinting_in_both_themes() {
    let h = common::start().new_profile().build();
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        assert!(
            !h.ctx.style_of(theme).visuals.text_options.font_hinting,
            "{theme:?}: hinting is on"
        );
    }
}
