//! The one way an output leaves the program, for the window and the command line alike: a
//! brief (single or regional) rendered and written as PDF, or the comparison table written as
//! CSV; each written atomically, each failure worded once in the user's language.
//!
//! Where the output may go (never over a profile or an input) is checked before, by
//! [`storage::check_output`], and the privacy guard runs before that; both ask the user in
//! ways that differ between the window and the command line, so they stay with the caller.

use std::path::Path;

use crate::brief::Brief;
use crate::brief::error::PdfError;
use crate::brief::pdf::Rendered;
use crate::lang::Lang;
use crate::model::Questionnaire;
use crate::model::combine::Entry;
use crate::storage;

/// Why an output could not be written.
#[derive(Debug)]
pub enum ExportError {
    /// The PDF could not be made (a defect in the program; the detail goes to the log).
    Render(PdfError),
    /// The CSV could not be made in memory (idem).
    Table(csv::Error),
    /// The file could not be written: a full disk, a locked file, a folder that is gone.
    Write(storage::SaveError),
}

impl ExportError {
    /// What the officer reads; the caller adds the path.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportError::Render(e) => e.message(lang),
            ExportError::Table(e) => storage::table::error_message(e, lang),
            ExportError::Write(e) => e.message(lang),
        }
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::Render(e) => e.fmt(f),
            ExportError::Table(e) => write!(f, "{} ({e})", self.message(Lang::En)),
            ExportError::Write(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ExportError {}

/// Renders `brief` as PDF and writes it to `path`; what was written (its pages, its size and
/// any text the fonts could not show) comes back for the caller to report.
pub fn pdf(
    brief: &Brief,
    path: &Path,
    created: time::OffsetDateTime,
) -> Result<Rendered, ExportError> {
    let rendered = crate::brief::pdf::render(brief, created).map_err(ExportError::Render)?;
    storage::write_atomic(path, &rendered.bytes)
        .map_err(|e| ExportError::Write(storage::SaveError::Io(e)))?;
    log::info!("exported a brief ({} pages)", rendered.pages);
    Ok(rendered)
}

/// Writes the comparison table of `entries` as CSV to `path`, `separator` between the cells.
pub fn csv(
    q: &Questionnaire,
    entries: &[Entry],
    lang: Lang,
    separator: u8,
    path: &Path,
) -> Result<(), ExportError> {
    let bytes =
        storage::table::csv_table(q, entries, lang, separator).map_err(ExportError::Table)?;
    storage::write_atomic(path, &bytes)
        .map_err(|e| ExportError::Write(storage::SaveError::Io(e)))?;
    log::info!("saved the comparison table");
    Ok(())
}
