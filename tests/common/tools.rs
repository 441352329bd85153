//! System tools some tests use as real clients (poppler's `pdftotext` and `pdfinfo`). `.ci/run`
//! installs them, and there a missing tool fails the test; on a machine without them (a fresh
//! one, where the README's `cargo test` needs only Rust) the test says so and skips that check.

use std::process::Command;

/// Whether `tool` can be run here; panics in CI when it cannot.
pub fn available(tool: &str) -> bool {
    let found = Command::new(tool).arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{tool} is missing in CI (.ci/run installs poppler-utils)"
        );
        eprintln!(
            "skipped the {tool} check: {tool} is not installed here (apt-get install poppler-utils; .ci/run installs it)"
        );
    }
    found
}
