//! The questionnaire and the example profiles as the tests read them: one place for the
//! example's path instead of one per test file.
#![allow(dead_code)] // each test crate uses part of it

use std::path::{Path, PathBuf};

use behoeftewijzer::model::{Profile, Questionnaire};
use behoeftewijzer::storage;

pub fn q() -> &'static Questionnaire {
    Questionnaire::builtin()
}

/// A file under the crate's folder.
pub fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// The example file `name` in `assets/examples/`.
pub fn example_file(name: &str) -> PathBuf {
    repo(&format!("assets/examples/{name}"))
}

/// The complete example profile's file, `assets/examples/voorbeeld-compleet.ron`.
pub fn example_path() -> PathBuf {
    repo("assets/examples/voorbeeld-compleet.ron")
}

/// A profile file in file format `version`, kept as written (`tests/fixtures/`).
pub fn fixture(version: u32) -> PathBuf {
    repo(&format!("tests/fixtures/profile-format-{version}.ron"))
}

/// The incomplete example's file, `assets/examples/voorbeeld-onvolledig.ron`.
pub fn incomplete_path() -> PathBuf {
    repo("assets/examples/voorbeeld-onvolledig.ron")
}

/// The complete example, read as the app reads it.
/// The complete example as its file holds it.
pub fn example_text() -> String {
    std::fs::read_to_string(example_path()).unwrap_or_else(|e| panic!("the example: {e}"))
}

pub fn example() -> Profile {
    storage::load(&example_path(), q()).unwrap_or_else(|e| panic!("the example: {e:?}"))
}
