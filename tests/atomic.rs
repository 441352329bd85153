//! Atomic saves under fire: a child process saves a profile in a loop and is killed at random
//! moments; the file on disk must always open.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use behoeftewijzer::model::{Answer, Questionnaire};
use behoeftewijzer::storage;

const CHILD_ENV: &str = "BEHOEFTEWIJZER_SAVE_LOOP";

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/voorbeeld-compleet.ron")
}

/// Runs only as the child of the test below: saves, with a growing and shrinking answer, until
/// it is killed.
#[test]
#[ignore = "the child process of the kill test; it runs there, with --ignored"]
fn child_saver() {
    let Ok(target) = std::env::var(CHILD_ENV) else {
        return;
    };
    let q = Questionnaire::builtin();
    let Ok(mut profile) = storage::load(&example(), q) else {
        panic!("example does not load");
    };
    for i in 0u64.. {
        let text = "Signaal uit de wijk. ".repeat((i % 2000) as usize + 1);
        profile.set("signalen.toelichting", Some(Answer::Text(text)));
        if let Err(e) = storage::save(Path::new(&target), &profile) {
            panic!("save failed: {e}");
        }
    }
}

/// A cheap source of varying delays, without a random-number crate.
fn jitter_ms(trial: u64) -> u64 {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    (u64::from(nanos) ^ trial.wrapping_mul(2_654_435_761)) % 40 + 2
}

#[test]
fn killing_a_saving_process_never_leaves_a_file_that_fails_to_open() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let target = dir.path().join("profiel.ron");
    std::fs::copy(example(), &target).unwrap_or_else(|e| panic!("{e}"));
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    let q = Questionnaire::builtin();
    let trials = 80;
    let mut changed = 0;
    let mut before = std::fs::read(&target).unwrap_or_default();
    for trial in 0..trials {
        let mut child = Command::new(&exe)
            .args(["--exact", "child_saver", "--ignored", "--test-threads=1"])
            .env(CHILD_ENV, &target)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("spawn: {e}"));
        std::thread::sleep(Duration::from_millis(jitter_ms(trial)));
        let _ = child.kill();
        let _ = child.wait();
        match storage::load(&target, q) {
            Ok(_) => {}
            Err(e) => panic!("trial {trial}: the file does not open after a kill: {e}"),
        }
        let now = std::fs::read(&target).unwrap_or_default();
        if now != before {
            changed += 1;
        }
        before = now;
    }
    // The loop did save between kills, or this test proves nothing.
    assert!(
        changed > trials / 4,
        "only {changed} of {trials} trials saw a save land"
    );
    eprintln!("{trials} kills, {changed} with a new version on disk, 0 files broken");
}
