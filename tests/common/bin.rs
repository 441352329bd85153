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
