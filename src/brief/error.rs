//! Why a brief could not be made: a font that could not be read, or a PDF that could not be
//! written. The officer reads that the program failed (not their answers); the detail goes to
//! the log.

use crate::lang::Lang;

/// Why the brief could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the font {0} could not be read")]
    Font(&'static str),
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

impl PdfError {
    /// What the officer reads: the program failed, not their answers; the detail (English,
    /// from a library) goes to the log.
    pub fn message(&self, lang: Lang) -> String {
        log::error!("brief: {self}");
        trs!(lang, "layout-the-brief-could-not-be-made").to_owned()
    }
}
