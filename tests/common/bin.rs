//! The real program, run as a person runs it on the command line: its exit code and all it said.
#![allow(dead_code)] // each test crate uses part of it

use std::ffi::OsStr;
use std::process::Command;

/// Runs `behoeftewijzer` with `args`: its exit code (-1 when a signal ended it) and its standard
/// output followed by its standard error.
pub fn run<S: AsRef<OsStr>>(args: &[S]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_behoeftewijzer"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("could not run the program: {e}"));
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// The program, to run with arguments, input or an environment of a test's own.
pub fn command() -> Command {
    Command::new(env!("CARGO_BIN_EXE_behoeftewijzer"))
}

/// Runs `behoeftewijzer` with `args`: its exit code, standard output and standard error apart.
pub fn run_apart(args: &[&str]) -> (i32, String, String) {
    let out = command()
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("could not run the program: {e}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
