//! The one way an output leaves the program, for the window and the command line alike: a
//! brief (single or regional) rendered and written as PDF, or the comparison table written as
//! CSV; each written atomically, each failure worded once in the user's language.
//!
//! Every output also passes one privacy gate, [`gate`], over the text that actually leaves:
//! the document's texts as drawn, the table's cells, the e-mail's text, the file's name
//! (issue 30). Where the output may go (never over a profile or an input) is checked by
//! [`storage::check_output`]. Both ask the user in ways that differ between the window and the
//! command line, so the asking stays with the caller.

use std::path::Path;

use crate::brief::Brief;
use crate::brief::error::PdfError;
use crate::brief::pdf::Rendered;
use crate::lang::Lang;
use crate::model::combine::Entry;
use crate::model::privacy::{self, Finding};
use crate::model::{Profile, Questionnaire};
use crate::storage;

/// Why an output could not be written. `Display` is for the log: no paths, no answers.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The PDF could not be made (a defect in the program; the detail goes to the log).
    #[error(transparent)]
    Render(PdfError),
    /// The Word document could not be made (idem).
    #[error(transparent)]
    Docx(crate::brief::docx::DocxError),
    /// The CSV could not be made in memory (idem).
    #[error("{what} ({detail})", what = trs!(Lang::En, "table-the-table-could-not-be-made"), detail = .0)]
    Table(csv::Error),
    /// The file could not be written: a full disk, a locked file, a folder that is gone.
    #[error(transparent)]
    Write(storage::SaveError),
}

impl ExportError {
    /// What the officer reads; the caller adds the path.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportError::Render(e) => e.message(lang),
            ExportError::Docx(e) => e.message(lang),
            ExportError::Table(e) => storage::table::error_message(e, lang),
            ExportError::Write(e) => e.message(lang),
        }
    }
}

/// What leaves the program, as the privacy gate reads it. Every output is one of these.
#[derive(Clone, Copy, Debug)]
pub enum Leaving<'a> {
    /// A document (the brief, the regional brief, the verslag), as a file or as text.
    Document(&'a Brief),
    /// The comparison table as the bytes that are written, with the separator between cells.
    Table(&'a [u8], u8),
    /// The intake e-mail's text (on the clipboard, or as a link to the mail program).
    Email(&'a str),
    /// A file's name, as suggested or given.
    FileName(&'a str),
}

impl Leaving<'_> {
    /// The output's texts, each with where in the output it is.
    fn parts(&self, lang: Lang) -> Vec<(String, String)> {
        match self {
            Leaving::Document(brief) => crate::brief::content::texts(brief),
            // Cell by cell, as a spreadsheet shows them; each named by its row's first cells.
            Leaving::Table(bytes, separator) => {
                let table = trs!(lang, "gate-part-table");
                let mut reader = csv::ReaderBuilder::new()
                    .delimiter(*separator)
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(*bytes);
                let mut parts = Vec::new();
                for row in reader.records() {
                    let Ok(row) = row else {
                        // Not read back as cells: the whole text, so nothing goes unread.
                        return vec![(
                            table.to_owned(),
                            String::from_utf8_lossy(bytes).into_owned(),
                        )];
                    };
                    let label: Vec<&str> = row.iter().take(2).filter(|c| !c.is_empty()).collect();
                    let place = format!(
                        "{table} › {}",
                        label.join(" › ").trim_start_matches('\u{feff}')
                    );
                    parts.extend(row.iter().map(|cell| (place.clone(), cell.to_owned())));
                }
                parts
            }
            Leaving::Email(text) => {
                vec![(trs!(lang, "gate-part-email").to_owned(), (*text).to_owned())]
            }
            Leaving::FileName(name) => {
                vec![(
                    trs!(lang, "gate-part-file-name").to_owned(),
                    (*name).to_owned(),
                )]
            }
        }
    }
}

/// The privacy gate (issue 30): what in `leaving` looks like residents' personal data, each
/// named by the field of `sources` (the profiles the output is made of, by index) it came
/// from, or else by the part of the output; `lang` words the parts. Empty when the output may
/// leave without a question.
pub fn gate(
    sources: &[&Profile],
    leaving: &[Leaving<'_>],
    lang: Lang,
    year: i32,
) -> Vec<(Option<usize>, Finding)> {
    let parts: Vec<(String, String)> = leaving.iter().flat_map(|l| l.parts(lang)).collect();
    privacy::scan_outgoing(sources, &parts, year)
}

/// The gate's findings worded for a list: "file: Section › Question: kind", with the found
/// text only when `show` allows it; `names` are the sources' names (for several profiles).
pub fn describe_findings(
    q: &Questionnaire,
    findings: &[(Option<usize>, Finding)],
    names: &[String],
    lang: Lang,
    show: crate::words::privacy::Show,
) -> Vec<String> {
    findings
        .iter()
        .map(|(source, f)| {
            let line = crate::words::privacy::describe(q, f, lang, show);
            match source.and_then(|i| names.get(i)) {
                Some(name) => format!("{name}: {line}"),
                _ => line,
            }
        })
        .collect()
}

/// The file format of a document, from the name it is written under: `.docx` is a Word
/// document to edit, anything else a PDF to print.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, strum::EnumIter)]
pub enum Format {
    #[default]
    Pdf,
    Docx,
}

impl Format {
    pub fn of(path: &Path) -> Format {
        match path.extension() {
            Some(e) if e.eq_ignore_ascii_case("docx") => Format::Docx,
            _ => Format::Pdf,
        }
    }

    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        self.kind().extension()
    }

    /// What it is for the checks before it is written.
    pub fn kind(self) -> storage::OutputKind {
        match self {
            Format::Pdf => storage::OutputKind::Pdf,
            Format::Docx => storage::OutputKind::Docx,
        }
    }
}

/// Writes `brief` to `path` in the format its name asks for ([`Format::of`]); for a Word
/// document, `pages` is 0 (Word lays the pages out) and the report is clean (Word's fonts show
/// what the officer's computer has).
pub fn document(
    brief: &Brief,
    path: &Path,
    created: time::OffsetDateTime,
) -> Result<Rendered, ExportError> {
    let rendered = render(brief, Format::of(path), created)?;
    write(path, &rendered, Format::of(path))?;
    Ok(rendered)
}

/// `brief` as the bytes of a file in `format`, not yet written: what [`document`] writes, for a
/// caller that renders while the privacy gate reads the same text (the command line).
pub fn render(
    brief: &Brief,
    format: Format,
    created: time::OffsetDateTime,
) -> Result<Rendered, ExportError> {
    match format {
        Format::Pdf => crate::brief::pdf::render(brief, created).map_err(ExportError::Render),
        Format::Docx => {
            let bytes = crate::brief::docx::render(brief, created).map_err(ExportError::Docx)?;
            Ok(Rendered {
                bytes,
                pages: 0,
                report: crate::brief::typeface::TextReport::default(),
            })
        }
    }
}

/// Writes what [`render`] made to `path`, whole or not at all.
pub fn write(path: &Path, rendered: &Rendered, format: Format) -> Result<(), ExportError> {
    storage::write_atomic(path, &rendered.bytes)
        .map_err(|e| ExportError::Write(storage::SaveError::Io(e)))?;
    match format {
        Format::Pdf => log::info!("exported a brief ({} pages)", rendered.pages),
        Format::Docx => log::info!("exported a document as DOCX"),
    }
    Ok(())
}

/// The comparison table of `entries` as CSV bytes, `separator` between the cells: what
/// [`csv`] writes and the gate reads.
pub fn table(
    q: &Questionnaire,
    entries: &[Entry],
    lang: Lang,
    separator: u8,
) -> Result<Vec<u8>, ExportError> {
    storage::table::csv_table(q, entries, lang, separator).map_err(ExportError::Table)
}

/// Writes a comparison table made by [`table`] to `path`.
pub fn csv(bytes: &[u8], path: &Path) -> Result<(), ExportError> {
    storage::write_atomic(path, bytes)
        .map_err(|e| ExportError::Write(storage::SaveError::Io(e)))?;
    log::info!("saved the comparison table");
    Ok(())
}
