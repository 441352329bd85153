//! Atomic saves under fire: a child process saves a profile in a loop and is killed at random
//! moments after its first save has landed; the file on disk must always open, and always hold
//! a save of that child (so the test cannot pass without saves to kill).

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use behoeftewijzer::model::{Answer, Questionnaire};
use behoeftewijzer::storage;

mod common;
use common::profiles;

const CHILD_ENV: &str = "BEHOEFTEWIJZER_SAVE_LOOP";
const TRIAL_ENV: &str = "BEHOEFTEWIJZER_SAVE_TRIAL";

/// The child process of the test below: saves, with a growing and shrinking answer that names
/// the trial, until it is killed; says "saved" on stdout after each save. Run on its own (with
/// --ignored), it saves 50 times to a temporary file and checks the last save reads back.
#[test]
#[ignore = "the child process of the kill test; it runs there, with --ignored"]
fn child_saver() {
    let alone = std::env::var(CHILD_ENV).is_err();
    let dir = tempfile::tempdir().unwrap();
    let target =
        std::env::var(CHILD_ENV).map_or_else(|_| dir.path().join("alleen.ron"), PathBuf::from);
    let q = Questionnaire::builtin();
    let mut profile = storage::load(&profiles::example_path(), q).expect("the example loads");
    let trial = std::env::var(TRIAL_ENV).unwrap_or_else(|_| "alleen".into());
    let mut out = std::io::stdout();
    let rounds = if alone { 50 } else { u64::MAX };
    let mut last = String::new();
    for i in 0..rounds {
        last = format!(
            "Proef {trial}. {}",
            "Signaal uit de wijk. ".repeat((i % 2000) as usize + 1)
        );
        profile.set("signalen.toelichting", Some(Answer::Text(last.clone())));
        storage::save(&target, &profile).expect("save");
        let _ = writeln!(out, "saved {i}");
        let _ = out.flush();
    }
    let back = storage::load(&target, q).expect("the last save reads back");
    assert_eq!(back.text("signalen.toelichting"), last);
}

/// A cheap source of varying delays, without a random-number crate.
fn jitter_ms(trial: u64) -> u64 {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    (u64::from(nanos) ^ trial.wrapping_mul(2_654_435_761)) % 40 + 2
}

#[test]
fn killing_a_saving_process_never_leaves_a_file_that_fails_to_open() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("profiel.ron");
    std::fs::copy(profiles::example_path(), &target).unwrap();
    let exe = std::env::current_exe().unwrap();
    let q = Questionnaire::builtin();
    let trials = 60;
    for trial in 0..trials {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "child_saver",
                "--ignored",
                "--test-threads=1",
                "--nocapture",
            ])
            .env(CHILD_ENV, &target)
            .env(TRIAL_ENV, trial.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        // Wait until the child's first save has landed: then the kill below, a few
        // milliseconds later, falls in the middle of a later save, whatever the machine's load.
        let Some(stdout) = child.stdout.take() else {
            panic!("no stdout from the child");
        };
        let first_save = BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .any(|line| line.starts_with("saved "));
        assert!(first_save, "trial {trial}: the child never saved");
        std::thread::sleep(Duration::from_millis(jitter_ms(trial)));
        let _ = child.kill();
        let _ = child.wait();
        let profile = match storage::load(&target, q) {
            Ok(p) => p,
            Err(e) => panic!("trial {trial}: the file does not open after a kill: {e}"),
        };
        // The file holds one of this child's saves, whole.
        assert!(
            profile
                .text("signalen.toelichting")
                .starts_with(&format!("Proef {trial}. ")),
            "trial {trial}: not this child's save"
        );
    }
    eprintln!("{trials} kills, each after a save had landed, 0 files broken");
}
