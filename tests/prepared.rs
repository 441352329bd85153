//! The long documents laid out before they are visited (issue 35): on a desk that draws in
//! software, the first visit to the needs profile and to the brief's preview took more than two
//! frames, most of it laying out the whole document in the frame of the key. In a quiet moment
//! the app lays them out unseen and keeps the laid-out text (`ui::text_cache`); a visit only
//! draws. These tests check that a visit to each of them from every screen lays out nothing, and that what is
//! drawn from the kept text is what egui's own labels draw, on every screen, in every size.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use behoeftewijzer::ui::a11y::LeaveOut;
use behoeftewijzer::ui::{Command, Screen, text_cache};
use egui_kittest::kittest::{NodeT, Queryable};

use common::{Window, screens};

/// A window with a copy of the example open and three copies compared, the kept text on or off
/// from its first frame.
fn example_window(dir: &std::path::Path, keep: bool, size: [f32; 2], zoom: f32) -> Window {
    let mut h = common::start()
        .size(size)
        .zoom(zoom)
        .open(&screens::example_copy(dir))
        .harness();
    text_cache::set_enabled(&h.ctx, keep);
    h.run();
    h.state_mut().compare_paths(&screens::three_copies(dir));
    h.state_mut().finish_job();
    h.run();
    h
}

const SIZES: [([f32; 2], f32); 3] = [
    ([1100.0, 760.0], 1.0),
    ([800.0, 600.0], 1.0),
    ([800.0, 600.0], 2.0),
];

/// The screens beside the list of sections, where the documents are laid out unseen.
fn beside_the_sections() -> Vec<Screen> {
    screens::every_screen()
        .into_iter()
        .filter(|s| !matches!(s, Screen::Start | Screen::Compare | Screen::RegionalBrief))
        .collect()
}

/// A screen where two windows differ: nodes only the first has, and only the second.
type Differ = (Screen, Vec<String>, Vec<String>);

/// Two example windows of `size` at `zoom`, the second changed by `second`, taken to every
/// screen in turn: for each screen where a screen reader finds other nodes in them, up to three
/// nodes only the first has and three only the second has. The windows stay for more checks.
fn nodes_side_by_side(
    size: [f32; 2],
    zoom: f32,
    keep: [bool; 2],
    second: impl FnOnce(&Window),
) -> (Vec<Differ>, [(Window, tempfile::TempDir); 2]) {
    let mut windows = keep.map(|keep| {
        let dir = tempfile::tempdir().unwrap();
        (example_window(dir.path(), keep, size, zoom), dir)
    });
    second(&windows[1].0);
    let mut differ = Vec::new();
    for screen in screens::every_screen() {
        for (h, _) in &mut windows {
            screens::go_to(h, screen);
            h.step();
            h.step();
        }
        let [a, b] = [0, 1].map(|i| nodes(&windows[i].0, windows[i].1.path()));
        if a != b {
            let only = |x: &[String], y: &[String]| -> Vec<String> {
                x.iter()
                    .filter(|n| !y.contains(n))
                    .take(3)
                    .cloned()
                    .collect()
            };
            differ.push((screen, only(&a, &b), only(&b, &a)));
        }
    }
    (differ, windows)
}

/// What a screen reader finds in the window: every node's role, name, value and place (not the
/// nodes that name the window's own folder, whose name is as wide as it happens to be).
fn nodes(h: &Window, dir: &std::path::Path) -> Vec<String> {
    let mut out: Vec<String> = h
        .query_all_by(|_| true)
        .map(|n| {
            let a = n.accesskit_node();
            let place = a
                .bounding_box()
                .map(|r| format!("{:.2},{:.2} {:.2}×{:.2}", r.x0, r.y0, r.width(), r.height()));
            format!("{:?} {:?} {:?} {place:?}", a.role(), a.label(), a.value())
        })
        .filter(|n| !n.contains(dir.to_string_lossy().as_ref()))
        .collect();
    out.sort();
    out
}

/// From every screen beside the sections, after a quiet moment, every other screen is drawn
/// without laying out a text (the needs profile, the preview and the verslag are laid out
/// ahead; the other screens keep none), in the frame of the command, in every
/// size (a narrow window, 200 % text). Fails when the documents are not laid out before, or at
/// another width than the page's.
#[test]
fn a_visit_to_a_document_lays_out_no_text() {
    let mut failures = Vec::new();
    for (size, zoom) in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let mut h = example_window(dir.path(), true, size, zoom);
        for from in beside_the_sections() {
            // Every screen, not only those listed as prepared: a screen that draws kept text
            // and is not laid out ahead shows up here.
            for to in beside_the_sections() {
                if from == to {
                    continue;
                }
                screens::go_to(&mut h, from);
                // A quiet moment: egui's clock in this window moves a quarter second a step.
                h.step();
                h.step();
                let before = text_cache::kept(&h.ctx).2;
                h.state_mut().queue(Command::Goto(to));
                h.step();
                assert_eq!(h.state().screen(), to);
                let laid_out = text_cache::kept(&h.ctx).2 - before;
                if laid_out > 0 {
                    failures.push(format!(
                        "{size:?} at {zoom}×, {from:?} → {to:?}: {laid_out} texts laid out"
                    ));
                }
            }
        }
        // The document is there: its title is a heading a screen reader finds.
        screens::go_to(&mut h, Screen::Needs);
        assert!(
            h.query_by(|n| n.role() == egui::accesskit::Role::Heading
                && n.label().as_deref() == Some("Behoefteprofiel"))
                .is_some()
        );
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Every screen, in every size, drawn with the kept text and laid out anew by egui's own
/// labels: the same nodes with the same names in the same places. Fails when the kept text is
/// laid out at another width or alignment than the label would use, or when the unseen layout
/// leaves a trace (a node, a focus, a landing) in the window.
#[test]
fn the_kept_text_is_drawn_where_and_as_egui_draws_it() {
    let mut failures = Vec::new();
    for (size, zoom) in SIZES {
        let (differ, [(on, _), (off, _)]) = nodes_side_by_side(size, zoom, [true, false], |_| ());
        failures.extend(differ.into_iter().map(|(screen, only_on, only_off)| {
            format!("{size:?} at {zoom}×, {screen:?}: kept {only_on:#?}, egui {only_off:#?}")
        }));
        assert!(
            text_cache::kept(&on.ctx).1 > 0 && text_cache::kept(&off.ctx).1 == 0,
            "the kept text was not used, or used when off"
        );
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// While the window is being resized (each frame another width), nothing is laid out unseen: the
/// documents are laid out once, when it stands still. Fails when a resize does not count as
/// being busy (each frame of the drag would lay out every document at its width).
#[test]
fn a_window_being_resized_is_laid_out_for_once_it_stands_still() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = example_window(dir.path(), true, [1100.0, 760.0], 1.0);
    screens::go_to(&mut h, Screen::Section(1));
    h.step();
    h.step();
    let before = text_cache::kept(&h.ctx).2;
    for i in 1..=12_u8 {
        h.set_size(egui::vec2(1100.0 - 20.0 * f32::from(i), 760.0));
        h.step();
    }
    assert_eq!(
        text_cache::kept(&h.ctx).2,
        before,
        "laid out unseen while the window was being resized"
    );
    h.step();
    h.step();
    assert!(
        text_cache::kept(&h.ctx).2 > before,
        "not laid out once the window stood still"
    );
    // And the visit draws from what was laid out.
    let ready = text_cache::kept(&h.ctx).2;
    h.state_mut().queue(Command::Goto(Screen::Needs));
    h.step();
    assert_eq!(text_cache::kept(&h.ctx).2, ready);
}

/// When egui lets go of all its text while the officer does nothing (new fonts, or a full font
/// atlas, which the documents laid out ahead could fill with gigantic text), the documents are
/// laid out again three times at most, not over and over while the window is idle; after a key,
/// again. Fails without the limit (laid out after every letting go).
#[test]
fn text_let_go_while_idle_is_laid_out_again_three_times_at_most() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = example_window(dir.path(), true, [1100.0, 760.0], 1.0);
    screens::go_to(&mut h, Screen::Section(1));
    common::press(&mut h, egui::Key::Tab);
    h.step();
    h.step();
    let mut again = Vec::new();
    for _ in 0..6 {
        let before = text_cache::kept(&h.ctx).2;
        // All kept text let go, as when egui starts its text anew.
        text_cache::set_enabled(&h.ctx, true);
        h.step();
        h.step();
        again.push(text_cache::kept(&h.ctx).2 > before);
    }
    assert_eq!(again, [true, true, true, false, false, false]);
    let before = text_cache::kept(&h.ctx).2;
    common::press(&mut h, egui::Key::Tab);
    h.step();
    h.step();
    assert!(
        text_cache::kept(&h.ctx).2 > before,
        "not laid out after a key"
    );
}

/// A shape as text: a text by its place, words, size and colours (not where its letters sit
/// in the font atlas, which depends on what was laid out before), anything else as it is.
fn shape_text(shape: &egui::Shape, out: &mut Vec<String>) {
    match shape {
        egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| shape_text(s, out)),
        egui::Shape::Text(t) => out.push(format!(
            "text {:?} {:?} {:?} {:?} {:?}",
            t.pos,
            t.galley.text(),
            t.galley.size(),
            t.fallback_color,
            t.underline
        )),
        other => out.push(format!("{other:?}")),
    }
}

/// What the window painted, as text, without what names the window's own folder (its name is
/// as wide as it happens to be).
fn painted(h: &Window, dir: &std::path::Path) -> Vec<String> {
    let folder = dir.to_string_lossy().into_owned();
    let mut out = Vec::new();
    for c in &h.output().shapes {
        let mut shapes = Vec::new();
        shape_text(&c.shape, &mut shapes);
        out.extend(shapes.into_iter().map(|s| format!("{:?} {s}", c.clip_rect)));
    }
    out.retain(|s| !s.contains(&folder));
    out
}

/// What has the focus: its role and name.
fn focus_in_walk(h: &Window, dir: &std::path::Path) -> String {
    h.query_by(common::is_focused)
        .map_or_else(String::new, |n| {
            let n = n.accesskit_node();
            format!("{:?} {:?}", n.role(), n.label().unwrap_or_default())
                .replace(dir.to_string_lossy().as_ref(), "<folder>")
        })
}

/// Blocks of a document out of view are left out while no screen reader reads the window,
/// only their space kept (issue 35: a visit drew about 300 blocks as widgets, 15 of them in
/// view). On every screen, in every size, one window that leaves them out and one that draws
/// every block paint the same, and a keyboard walk through the document (Tab, then ↓ to the end
/// and past it, End, Home, ↑) puts the focus on the same blocks and paints the same at every
/// step. Fails when a left-out block takes another space than its label would (what follows
/// moves), or when the block the focus goes to is left out.
#[test]
fn blocks_left_out_of_view_change_nothing_painted_nor_where_the_focus_goes() {
    let mut failures = Vec::new();
    let mut left_out_walks = 0;
    for (size, zoom) in SIZES {
        let dir_out = tempfile::tempdir().unwrap();
        let dir_all = tempfile::tempdir().unwrap();
        let mut out = example_window(dir_out.path(), true, size, zoom);
        let mut all = example_window(dir_all.path(), true, size, zoom);
        behoeftewijzer::ui::a11y::set_leave_out(&out.ctx, LeaveOut::Always);
        behoeftewijzer::ui::a11y::set_leave_out(&all.ctx, LeaveOut::Never);
        for screen in screens::every_screen() {
            let mut keys = vec![egui::Key::Tab];
            keys.extend([egui::Key::ArrowDown; 40]);
            keys.extend([egui::Key::End, egui::Key::ArrowUp, egui::Key::Home]);
            for h in [&mut out, &mut all] {
                screens::go_to(h, screen);
                h.step();
                h.step();
            }
            let mut step = |what: &str, out: &Window, all: &Window| {
                let (a, b) = (painted(out, dir_out.path()), painted(all, dir_all.path()));
                let (fa, fb) = (
                    focus_in_walk(out, dir_out.path()),
                    focus_in_walk(all, dir_all.path()),
                );
                if a != b || fa != fb {
                    let only_out: Vec<String> = a
                        .iter()
                        .filter(|n| !b.contains(n))
                        .take(2)
                        .map(|n| n.chars().take(300).collect())
                        .collect();
                    failures.push(format!(
                        "{size:?} at {zoom}×, {screen:?}, {what}: focus {fa} / {fb}; \
                         painted only when left out {only_out:#?}"
                    ));
                    return false;
                }
                true
            };
            if !step("on arrival", &out, &all) {
                continue;
            }
            for key in &keys {
                for h in [&mut out, &mut all] {
                    common::press(h, *key);
                }
                if !step(&format!("after {key:?}"), &out, &all) {
                    break;
                }
            }
            if matches!(screen, Screen::Needs | Screen::Brief | Screen::Report) {
                left_out_walks += 1;
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    assert_eq!(left_out_walks, 3 * SIZES.len());
}

/// While a screen reader reads the window (AccessKit on, as in every test window) no block is
/// left out: on every screen, in every size, the window as it starts (`LeaveOut` as the app
/// sets it) has the same nodes, out of view too, as one that never leaves a block out. Fails
/// when the app does not see that AccessKit is on.
#[test]
fn a_screen_reader_finds_every_block_out_of_view_too() {
    let mut failures = Vec::new();
    for (size, zoom) in SIZES {
        let (differ, _) = nodes_side_by_side(size, zoom, [true, true], |all| {
            behoeftewijzer::ui::a11y::set_leave_out(&all.ctx, LeaveOut::Never);
        });
        failures.extend(differ.into_iter().map(|(screen, _, missing)| {
            format!("{size:?} at {zoom}×, {screen:?}: missing {missing:#?}")
        }));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
