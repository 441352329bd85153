//! A slow or stalled disk (a network drive that hangs) does not stop the window (issue 22,
//! item 4): the save runs on a thread of its own while the window draws and takes keys. In a
//! test binary of its own, because the slow disk is simulated for the whole process.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::profiles;

use common::replace_text;

use std::time::{Duration, Instant};

use behoeftewijzer::app::{App, Settings};
use behoeftewijzer::storage::{self};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

#[test]
fn a_slow_disk_does_not_stop_the_window() {
    let _one = common::one_at_a_time();
    // Issue 22, item 4: with the disk stalled, keys typed during a save were not drawn.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profiel.ron");
    std::fs::copy(profiles::example_path(), &path).unwrap();
    let mut h = common::start().open(&path).build();
    replace_text(
        &mut h,
        "Naam van de gemeente of organisatie",
        "Gemeente Traag",
    );
    storage::simulate_slow_disk(std::time::Duration::from_secs(5));
    let started = std::time::Instant::now();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.step();
    let frame = started.elapsed();
    // Typing goes on while the save waits for the disk, and is drawn.
    h.get_by_label("Naam van de gemeente of organisatie")
        .type_text(" en Snel");
    h.step();
    let during = started.elapsed();
    storage::simulate_slow_disk(std::time::Duration::ZERO);
    assert!(
        h.state().is_saving(),
        "the save did not wait for the slow disk"
    );
    assert!(
        frame < std::time::Duration::from_secs(2) && during < std::time::Duration::from_secs(3),
        "the window waited for the disk: {frame:?}, {during:?}"
    );
    assert!(
        h.query_by_label_contains("Opslaan…").is_some(),
        "no word that it saves"
    );
    assert_eq!(
        h.state().document().profile.text("organisatie.naam"),
        "Gemeente Traag en Snel"
    );
    while h.state().is_saving() && started.elapsed() < std::time::Duration::from_secs(30) {
        std::thread::sleep(std::time::Duration::from_millis(100));
        h.step();
    }
    assert!(!h.state().is_saving(), "the save never ended");
    h.run();
    // The file holds what was there when the save began; what came after is still unsaved.
    let saved = storage::load(&path, profiles::q()).unwrap();
    assert_eq!(saved.text("organisatie.naam"), "Gemeente Traag");
    assert!(
        h.state().document().dirty,
        "the later typing was marked saved"
    );
    assert!(
        h.query_by_label_contains("Opgeslagen:").is_some(),
        "no word that it saved"
    );
}

#[test]
fn a_recovery_copy_on_a_slow_disk_does_not_stop_the_window() {
    let _one = common::one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let copies = dir.path().join("herstel");
    let mut h = common::start()
        .recovery(&copies, None)
        .step_dt(0.25)
        .new_profile()
        .build();
    replace_text(
        &mut h,
        "Naam van de gemeente of organisatie",
        "Gemeente Traag",
    );
    storage::simulate_slow_disk(Duration::from_secs(5));
    // The copy falls due three seconds (twelve frames) after the typing; forty frames cover
    // it, typing goes on, and no frame waits for the disk.
    let mut slowest = Duration::ZERO;
    for i in 0..40 {
        if i == 20 {
            h.get_by_label("Naam van de gemeente of organisatie")
                .type_text(" en Snel");
        }
        let started = Instant::now();
        h.step();
        slowest = slowest.max(started.elapsed());
    }
    storage::simulate_slow_disk(Duration::ZERO);
    assert!(
        slowest < Duration::from_secs(2),
        "a frame waited for the disk: {slowest:?}"
    );
    assert_eq!(
        h.state().document().profile.text("organisatie.naam"),
        "Gemeente Traag en Snel"
    );
    // The copy arrives once the disk has done its work, and a later one holds the rest.
    let copy = h.state().recovery_copy_path().unwrap();
    let started = Instant::now();
    let holds = |text: &str| std::fs::read_to_string(&copy).is_ok_and(|c| c.contains(text));
    while !holds("Gemeente Traag en Snel") && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(100));
        h.step();
    }
    assert!(holds("Gemeente Traag en Snel"), "the copy never came");
}

#[test]
fn the_start_screen_does_not_wait_for_a_recent_file_on_a_slow_disk() {
    let _one = common::one_at_a_time();
    // Issue 23: the recent files are read for their organisation and date; one on a network
    // drive that hangs must not keep the window from its first frame.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("op-de-netwerkschijf.ron");
    std::fs::copy(profiles::example_path(), &path).unwrap();
    let settings = Settings {
        recent: vec![path],
        ..Settings::default()
    };
    storage::simulate_slow_disk(Duration::from_secs(5));
    let started = Instant::now();
    let mut h = common::start().settings(settings).harness();
    h.step();
    let first = started.elapsed();
    // Meanwhile the list shows the file's name, and the window takes a click.
    h.get_by_label_contains("op-de-netwerkschijf.ron");
    h.get_by_label("Nieuw profiel");
    storage::simulate_slow_disk(Duration::ZERO);
    assert!(
        first < Duration::from_secs(2),
        "the first frame waited for the disk: {first:?}"
    );
    // Once read, what the file is.
    let deadline = Instant::now() + Duration::from_secs(20);
    while h
        .query_by_label_contains("Gemeente Voorbeeld · 100 %")
        .is_none()
    {
        assert!(Instant::now() < deadline, "the recent file was never read");
        std::thread::sleep(Duration::from_millis(50));
        h.step();
    }
}

#[test]
fn a_slow_open_and_a_slow_export_do_not_stop_the_window() {
    // Issue 30, item 7: opening from a drive that hangs froze the window (clicks ignored for
    // the whole time), and exports were written on the window's thread.
    let _one = common::one_at_a_time();
    let (dir, path, mut h) = example_and_empty_window();
    storage::simulate_slow_disk(Duration::from_secs(4));
    let started = Instant::now();
    h.state_mut().open_path(&path);
    h.step();
    let frame = started.elapsed();
    assert!(
        h.state().is_busy_with_a_file(),
        "the open did not wait for the disk"
    );
    assert!(
        frame < Duration::from_secs(2),
        "the window waited for the disk: {frame:?}"
    );
    h.get_by_label_contains("Openen…");
    // The window takes clicks meanwhile: the menu opens.
    h.get_by_label("Beeld").click_accesskit();
    h.step();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "a click waited for the disk"
    );
    // A second file job waits its turn, and says so.
    h.state_mut().open_path(&path);
    h.step();
    h.get_by_label_contains("nog bezig met een bestand");
    storage::simulate_slow_disk(Duration::ZERO);
    wait_for_the_file_job(&mut h, started);
    h.run();
    assert_eq!(h.state().document().path.as_deref(), Some(path.as_path()));
    assert_eq!(h.state().profile(), &profiles::example());

    // The export: the window draws on while the PDF is written.
    let pdf = dir.path().join("notitie.pdf");
    storage::simulate_slow_disk(Duration::from_secs(4));
    let started = Instant::now();
    h.state_mut().export_to(&pdf);
    h.step();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "the export held the window"
    );
    assert!(
        h.state().is_busy_with_a_file(),
        "the export did not wait for the disk"
    );
    h.get_by_label_contains("Exporteren…");
    storage::simulate_slow_disk(Duration::ZERO);
    wait_for_the_file_job(&mut h, started);
    h.run();
    assert!(
        matches!(
            h.state().dialog(),
            Some(behoeftewijzer::ui::modal::Dialog::Exported { .. })
        ),
        "{:?}",
        h.state().dialog()
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn profiles_to_compare_are_read_off_the_windows_thread() {
    let _one = common::one_at_a_time();
    let (dir, path, mut h) = example_and_empty_window();
    let other = dir.path().join("ander.ron");
    let mut p = profiles::example();
    p.id = "een-ander-profiel".into();
    storage::save(&other, &p).unwrap();
    storage::simulate_slow_disk(Duration::from_secs(4));
    let started = Instant::now();
    h.state_mut().compare_paths(&[path.clone(), other]);
    h.step();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "comparing held the window"
    );
    assert!(
        h.state().is_busy_with_a_file(),
        "the comparison did not wait for the disk"
    );
    storage::simulate_slow_disk(Duration::ZERO);
    wait_for_the_file_job(&mut h, started);
    h.run_steps(5);
    assert!(h.state().comparison().is_some(), "no comparison");
}

/// Steps the window until its file job is done (at most 30 s after `started`).
fn wait_for_the_file_job(h: &mut Harness<'static, App>, started: Instant) {
    while h.state().is_busy_with_a_file() && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(100));
        h.step();
    }
}

/// A folder with the example in it as `profiel.ron`, and a window with nothing open.
fn example_and_empty_window() -> (tempfile::TempDir, std::path::PathBuf, Harness<'static, App>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profiel.ron");
    std::fs::copy(profiles::example_path(), &path).unwrap();
    let mut h = common::window(Settings::default());
    h.run();
    (dir, path, h)
}

#[test]
fn an_export_that_fails_on_its_thread_says_why_in_the_window() {
    // The export's failure comes back from its own thread: a folder that is gone.
    let _one = common::one_at_a_time();
    let (dir, path, mut h) = example_and_empty_window();
    h.state_mut().open_path(&path);
    h.run();
    let pdf = dir.path().join("weg").join("notitie.pdf");
    let started = Instant::now();
    h.state_mut().export_to(&pdf);
    wait_for_the_file_job(&mut h, started);
    h.run();
    let Some(behoeftewijzer::ui::modal::Dialog::Message { title, body }) =
        h.state().dialog().cloned()
    else {
        panic!("{:?}", h.state().dialog());
    };
    assert_eq!(title, "Exporteren is niet gelukt");
    assert!(body.contains("weg"), "{body}");
    assert!(!pdf.exists());
    assert!(!h.state().is_busy_with_a_file());
}

/// The focused control's id and description, as a screen reader has them.
fn focused(h: &Harness<'static, App>) -> Option<(String, String)> {
    use egui_kittest::kittest::NodeT;
    let node = h.query_by(common::is_focused)?;
    let n = node.accesskit_node();
    Some((format!("{:?}", n.id()), n.description().unwrap_or_default()))
}

/// *Opslaan als…* through the path dialog on a slow disk (a network drive): the dialog closes
/// at once, "Opslaan…" and then "Opgeslagen" reach the control the focus went back to (a block
/// of the preview, where Orca reads no description with the focus), each a frame after the
/// focus came back, as a change of its description (issue 35's CI run of 7 December).
#[test]
fn saved_as_on_a_slow_disk_the_message_reaches_the_control_the_focus_returns_to() {
    let _one = common::one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profiel.ron");
    std::fs::copy(profiles::example_path(), &path).unwrap();
    let mut h = common::start().open(&path).build();
    h.state_mut().queue(behoeftewijzer::ui::Command::Goto(
        behoeftewijzer::ui::Screen::Brief,
    ));
    h.run();
    // The language, the e-mail, three buttons, then the document's first block.
    for _ in 0..6 {
        common::press(&mut h, Key::Tab);
    }
    let (start, _) = focused(&h).unwrap();
    let role = h
        .query_by(common::is_focused)
        .map(|n| egui_kittest::kittest::NodeT::accesskit_node(&n).role());
    assert_eq!(
        role,
        Some(egui::accesskit::Role::Heading),
        "not on the document"
    );
    h.state_mut().queue(behoeftewijzer::ui::Command::SaveAs);
    h.run();
    storage::simulate_slow_disk(Duration::from_millis(400));
    h.key_press(Key::Enter);
    let mut seen: Vec<Option<(String, String)>> = Vec::new();
    let mut after = 8;
    let started = Instant::now();
    while after > 0 && started.elapsed() < Duration::from_secs(20) {
        h.step();
        seen.push(focused(&h));
        if !h.state().is_saving() {
            after -= 1;
        }
    }
    storage::simulate_slow_disk(Duration::ZERO);
    let on_start = |f: &Option<(String, String)>| f.as_ref().is_some_and(|(id, _)| *id == start);
    let arrived = seen
        .iter()
        .position(on_start)
        .expect("the focus did not come back");
    let said = |text: &str| {
        seen[arrived..]
            .iter()
            .any(|f| on_start(f) && f.as_ref().is_some_and(|(_, d)| d.starts_with(text)))
    };
    assert!(
        !seen[arrived]
            .as_ref()
            .is_some_and(|(_, d)| d.contains("Opslaan")),
        "told with the focus: {:?}",
        seen[arrived]
    );
    assert!(said("Opslaan…"), "\"Opslaan…\" not told: {seen:?}");
    assert!(said("Opgeslagen"), "\"Opgeslagen\" not told: {seen:?}");
}
