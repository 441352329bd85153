//! Why a brief could not be made: a font that could not be read, or a PDF that could not be
//! written. The officer reads that the program failed (not their answers); the detail goes to
//! the log, where the error is handled.

use crate::lang::Lang;

/// Why the brief could not be made. `Display` is the English catalogue's wording with the
/// technical detail, for the log (written where the error is handled).
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The embedded font with this name could not be parsed.
    #[error("{what} (font {name})", what = trs!(Lang::En, "layout-the-brief-could-not-be-made"), name = .0)]
    Font(&'static str),
    /// printpdf or lopdf failed; their own (English) text.
    #[error("{what} ({detail})", what = trs!(Lang::En, "layout-the-brief-could-not-be-made"), detail = .0)]
    Write(String),
}

impl PdfError {
    /// What the officer reads: the program failed, not their answers (the detail is for the
    /// log, through `Display`).
    pub fn message(&self, lang: Lang) -> String {
        trs!(lang, "layout-the-brief-could-not-be-made").to_owned()
    }
}
