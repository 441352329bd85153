//! Property tests for opening profiles: whatever a file holds, opening it gives a profile or an
//! error, never a panic. `PROPTEST_CASES=100000 cargo test --test fuzz_profile` runs longer.

use std::sync::OnceLock;

use behoeftewijzer::lang::Lang;
use behoeftewijzer::storage;
use proptest::prelude::*;

mod common;
use common::profiles;
use profiles::q;

fn example_static() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let path = profiles::example_path();
        std::fs::read_to_string(path).unwrap_or_default()
    })
}

/// Opens the text; an error must explain itself in both languages.
fn open(text: &str) {
    if let Err(e) = storage::parse(text, q()) {
        assert!(!e.message(Lang::Nl).is_empty());
        assert!(!e.message(Lang::En).is_empty());
    }
}

proptest! {
    #[test]
    fn any_text_opens_or_is_refused(text in "\\PC{0,400}") {
        open(&text);
    }

    #[test]
    fn profile_like_text_opens_or_is_refused(text in "[(){}\\[\\]:,\"a-z_.0-9 \n]{0,300}") {
        open(&text);
    }

    #[test]
    fn a_damaged_profile_opens_or_is_refused(
        at in 0usize..4000,
        cut in 0usize..40,
        insert in "\\PC{0,12}",
    ) {
        let text = example_static();
        let mut start = at.min(text.len());
        while !text.is_char_boundary(start) { start -= 1; }
        let mut end = (start + cut).min(text.len());
        while !text.is_char_boundary(end) { end -= 1; }
        let damaged = format!("{}{insert}{}", &text[..start], &text[end..]);
        open(&damaged);
    }

    #[test]
    fn any_bytes_in_a_file_open_or_are_refused(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let path = dir.path().join("p.ron");
        std::fs::write(&path, &bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let _ = storage::load(&path, q());
    }
}

#[test]
fn the_example_itself_opens() {
    assert!(storage::parse(example_static(), q()).is_ok());
}
