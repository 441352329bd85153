//! No wasted frame (issue 35): a key that changes the screen is drawn in the frame that
//! handles it. On a desk that draws in software a frame costs about 45 ms, and the first
//! frame after Ctrl+Page Down still showed the old screen, so every switch took two.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};

use behoeftewijzer::ui::Screen;
use common::Window;

/// The headings a screen reader finds in the window: what tells one screen from another.
fn headings(h: &Window) -> Vec<String> {
    let mut out: Vec<String> = h
        .query_all_by(|n| n.role() == egui::accesskit::Role::Heading)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    out.sort();
    out
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
/// guide): egui handles the key in one pass, and after that one frame the window shows what it
/// shows once it has settled: the new screen with all its headings, as a screen reader needs
/// them (the test window has AccessKit on).
#[test]
fn every_screen_switch_by_key_is_drawn_in_the_frame_that_handles_it() {
    let dir = tempfile::tempdir().unwrap();
    let keys = [
        ("Ctrl+Page Down", Modifiers::COMMAND, Key::PageDown),
        ("Ctrl+Page Up", Modifiers::COMMAND, Key::PageUp),
        ("Alt+→", Modifiers::ALT, Key::ArrowRight),
        ("F1", Modifiers::NONE, Key::F1),
    ];
    let mut h = common::screens::window_on(common::start(), Screen::Start, dir.path());
    let mut failures = Vec::new();
    let mut switched = 0;
    for screen in common::screens::every_screen() {
        for (name, modifiers, key) in keys {
            common::screens::go_to(&mut h, screen);
            let passes_before = h.ctx.cumulative_pass_nr();
            key_in_one_frame(&mut h, modifiers, key);
            let passes = h.ctx.cumulative_pass_nr() - passes_before;
            let after_one = (h.state().screen(), headings(&h));
            h.run();
            let settled = (h.state().screen(), headings(&h));
            if settled.0 != screen {
                switched += 1;
                if passes != 1 {
                    failures.push(format!(
                        "{screen:?}, {name}: {passes} passes in the frame of the key"
                    ));
                }
            }
            if after_one != settled {
                failures.push(format!(
                    "{screen:?}, {name}: after one frame {:?} {:?}, settled {:?} {:?}",
                    after_one.0, after_one.1, settled.0, settled.1
                ));
            }
        }
    }
    assert!(switched > 20, "only {switched} keys changed the screen");
    assert!(
        failures.is_empty(),
        "{} of the switches took more than one frame or pass:\n{}",
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

/// Every filled rectangle of a frame's shapes, with its colour.
fn filled_rects(shapes: &[egui::epaint::ClippedShape]) -> Vec<(egui::Rect, egui::Color32)> {
    fn walk(shape: &egui::Shape, out: &mut Vec<(egui::Rect, egui::Color32)>) {
        match shape {
            egui::Shape::Rect(r) if r.fill != egui::Color32::TRANSPARENT => {
                out.push((r.rect, r.fill));
            }
            egui::Shape::Vec(shapes) => {
                for s in shapes {
                    walk(s, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// No screen paints the window's background a second time, in the light and the dark theme
/// (issue 35): the window is cleared to the panels' colour, and a panel that filled itself as
/// well had every pixel of the window shaded twice in every frame, which on a desk that draws
/// in software was about a third of a frame's time (docs/measurements.md). Whatever fills a
/// quarter of the window or more in that colour is a second background.
#[test]
fn no_screen_paints_the_background_twice_in_either_theme() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::screens::window_on(common::start(), Screen::Start, dir.path());
    let window = h.ctx.content_rect();
    let mut failures = Vec::new();
    let mut checked = 0;
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        h.ctx.set_theme(theme);
        let visuals = h.ctx.style_of(theme).visuals.clone();
        // In 8-bit steps, as the window shows it.
        let bytes = |c: [f32; 4]| c.map(|x| (x * 255.0).round() as u8);
        let clear = eframe::App::clear_color(h.state(), &visuals);
        assert_eq!(
            bytes(clear),
            visuals.panel_fill.to_array(),
            "{theme:?}: the window is not cleared to the panels' colour"
        );
        for screen in common::screens::every_screen() {
            common::screens::go_to(&mut h, screen);
            h.step();
            checked += 1;
            for (rect, fill) in filled_rects(&h.output().shapes) {
                let covered = rect.intersect(window);
                if fill == visuals.panel_fill && covered.area() >= window.area() / 4.0 {
                    failures.push(format!("{theme:?}, {screen:?}: {rect:?} filled again"));
                }
            }
        }
    }
    assert!(checked > 20, "only {checked} screens looked at");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
