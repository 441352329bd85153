//! A PDF read back as a reader extracts it (lopdf), for the tests that check an output's text.
#![allow(dead_code)] // each test crate uses part of it

use std::path::Path;

/// The text of every page, on single spaces: a line break (in a table cell, say) reads as one.
pub fn text(path: &Path) -> String {
    let doc = lopdf::Document::load(path)
        .unwrap_or_else(|e| panic!("{}: not a PDF lopdf reads: {e}", path.display()));
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc
        .extract_text(&pages)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
