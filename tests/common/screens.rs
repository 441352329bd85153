//! The app's screens for tests that visit them all: every screen (a new one fails to compile
//! until it is listed), a window opened on one, and what on a screen runs off its right edge.

use std::path::{Path, PathBuf};

use behoeftewijzer::model::Answer;
use behoeftewijzer::ui::{Command, Screen};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use super::{Start, Window, profiles};

/// Every screen the app has: a new screen added to `Screen` fails to compile here until it is
/// walked below.
pub fn every_screen() -> Vec<Screen> {
    let walked = |screen: Screen| match screen {
        Screen::Start
        | Screen::Section(_)
        | Screen::Review
        | Screen::Needs
        | Screen::Brief
        | Screen::Guide(_)
        | Screen::Compare
        | Screen::RegionalBrief
        | Screen::Meeting
        | Screen::Report => screen,
    };
    let mut screens: Vec<Screen> = (0..profiles::q().sections().len())
        .map(Screen::Section)
        .collect();
    screens.extend([
        Screen::Start,
        Screen::Review,
        Screen::Needs,
        Screen::Brief,
        Screen::Guide(0),
        Screen::Meeting,
        Screen::Report,
        Screen::Compare,
        Screen::RegionalBrief,
    ]);
    screens.into_iter().map(walked).collect()
}

/// Three copies of the complete example, as Gemeente 0, 1 and 2, in `dir`.
pub fn three_copies(dir: &Path) -> Vec<PathBuf> {
    let q = profiles::q();
    let example = behoeftewijzer::storage::load(&profiles::example_path(), q)
        .unwrap_or_else(|e| panic!("the example: {e:?}"));
    (0..3)
        .map(|i| {
            let mut p = example.clone();
            p.set(
                "organisatie.naam",
                Some(Answer::Text(format!("Gemeente {i}"))),
            );
            let path = dir.join(format!("{i}.ron"));
            behoeftewijzer::storage::save(&path, &p).unwrap_or_else(|e| panic!("{e:?}"));
            path
        })
        .collect()
}

/// A copy of the complete example in `dir`, to open and save without touching the repository's
/// own (`voorbeeld-compleet.ron` there).
pub fn example_copy(dir: &Path) -> PathBuf {
    let copy = dir.join("voorbeeld-compleet.ron");
    if !copy.exists() {
        std::fs::copy(profiles::example_path(), &copy).unwrap_or_else(|e| panic!("{e}"));
    }
    copy
}

/// The window of `start` with a copy of the complete example open (commands may save it),
/// three copies of it compared (files in `dir`), on `screen`.
pub fn window_on(start: Start, screen: Screen, dir: &Path) -> Window {
    let mut h = start.open(&example_copy(dir)).build();
    h.state_mut().compare_paths(&three_copies(dir));
    h.state_mut().finish_job();
    h.run();
    go_to(&mut h, screen);
    h
}

/// Goes to `screen` by its command, as the menu does.
pub fn go_to(h: &mut Window, screen: Screen) {
    h.state_mut().queue(Command::Goto(screen));
    h.run();
    h.run();
    assert_eq!(h.state().screen(), screen);
}

/// Every control, text or picture that reaches past the right edge of the window.
pub fn clipped(h: &Window) -> Vec<String> {
    let right = h.ctx.content_rect().max.x + 0.5;
    h.query_all_by(|n| n.label().is_some_and(|l| !l.is_empty()) && n.bounding_box().is_some())
        .filter(|n| {
            !matches!(
                n.accesskit_node().role(),
                Role::Window | Role::ScrollView | Role::GenericContainer
            )
        })
        .filter(|n| n.rect().max.x > right)
        .map(|n| {
            format!(
                "{:?} {:?} at {:?}",
                n.accesskit_node().role(),
                n.accesskit_node().label(),
                n.rect()
            )
        })
        .collect()
}
