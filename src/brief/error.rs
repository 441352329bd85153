//! Why a brief could not be made: a font that could not be read, or a PDF that could not be
//! written. The officer reads that the program failed (not their answers); the detail goes to
//! the log.

use crate::lang::Lang;

/// Why the brief could not be made.
#[derive(Debug)]
pub enum PdfError {
    /// The embedded font with this name could not be parsed.
    Font(&'static str),
    /// printpdf or lopdf failed; their own (English) text.
    Write(String),
}

impl PdfError {
    /// What the officer reads: the program failed, not their answers; the detail (English,
    /// from a library) goes to the log.
    pub fn message(&self, lang: Lang) -> String {
        log::error!("brief: {self}");
        trs!(lang, "layout-the-brief-could-not-be-made").to_owned()
    }

    /// The technical detail: the font's name, or the PDF library's own text.
    fn detail(&self) -> &str {
        match self {
            PdfError::Font(name) => name,
            PdfError::Write(text) => text,
        }
    }
}

/// The English catalogue's wording with the technical detail, for logs.
impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({})",
            trs!(Lang::En, "layout-the-brief-could-not-be-made"),
            self.detail()
        )
    }
}

impl std::error::Error for PdfError {}
