//! A document (the brief, the regional brief, the verslag) as a Word document (DOCX), drawn
//! from the same document model as the PDF, the preview and the plain text. Only Word's own
//! style names (Title, Heading 1 and 2, List Bullet, Plain Text, Table Grid, Normal, and Note
//! based on Normal), so a municipality's house style imported in Word restyles the whole
//! document; no direct formatting. Written by `docx-rs`; the title, author and language it
//! cannot set (0.4) are put into its parts afterwards.

use std::io::{Cursor, Read as _, Write as _};

use docx_rs::{
    AbstractNumbering, Docx, Footer, IndentLevel, Level, LevelJc, LevelText, LineSpacing, NumPages,
    NumberFormat, Numbering, NumberingId, PageNum, Paragraph, Run, RunFonts, SpecialIndentType,
    Start, Style, StyleType, Table, TableCell, TableRow, WidthType,
};

use super::content::{Block, Brief};
use crate::lang::Lang;

/// Why a Word document could not be made: a defect in the program, never the answers.
/// `Display` is for the log.
#[derive(Debug, thiserror::Error)]
#[error("{what} ({detail})", what = trs!(Lang::En, "layout-the-brief-could-not-be-made"), detail = .0)]
pub struct DocxError(String);

impl DocxError {
    /// What the officer reads (the detail goes to the log, through `Display`).
    pub fn message(&self, lang: Lang) -> String {
        trs!(lang, "layout-the-brief-could-not-be-made").to_owned()
    }
}

/// The paragraph styles, by their ids in the document (Word's built-in names in `name`).
mod style {
    pub const TITLE: &str = "Title";
    pub const HEADING_1: &str = "Heading1";
    pub const HEADING_2: &str = "Heading2";
    pub const NOTE: &str = "Note";
    pub const LIST_BULLET: &str = "ListBullet";
    pub const PLAIN_TEXT: &str = "PlainText";
    pub const FOOTER: &str = "Footer";
    pub const TABLE_GRID: &str = "TableGrid";
}

/// The bullet list's numbering (docx-rs itself defines number 1, a decimal list).
const BULLETS: usize = 2;

/// `brief` as the bytes of a `.docx` file, made at `created`.
pub fn render(brief: &Brief, created: time::OffsetDateTime) -> Result<Vec<u8>, DocxError> {
    let when = created
        .to_offset(time::UtcOffset::UTC)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let mut doc = styles(Docx::new())
        .created_at(&when)
        .updated_at(&when)
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new("•"),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(360),
                    Some(SpecialIndentType::Hanging(360)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .footer(footer(brief))
        .add_paragraph(text(style::TITLE, &brief.title));
    let mut page_break = false;
    for block in &brief.blocks {
        doc = match block {
            Block::Heading(h) => doc.add_paragraph(
                text(style::HEADING_1, h).page_break_before(std::mem::take(&mut page_break)),
            ),
            Block::Subheading(h) => doc.add_paragraph(text(style::HEADING_2, h)),
            Block::Paragraph(p) => doc.add_paragraph(plain(p)),
            Block::Note(p) => doc.add_paragraph(text(style::NOTE, p)),
            Block::Bullets(items) => items.iter().fold(doc, |doc, item| {
                doc.add_paragraph(
                    text(style::LIST_BULLET, item)
                        .numbering(NumberingId::new(BULLETS), IndentLevel::new(0)),
                )
            }),
            Block::Table(rows) | Block::Schedule(rows) => doc.add_table(table(rows)),
            // The chart's values, as a table: what the bars show in words.
            Block::Chart(bars) => {
                let rows: Vec<(String, String)> = bars
                    .iter()
                    .map(|b| (b.label.clone(), b.value_text.clone()))
                    .collect();
                doc.add_table(table(&rows))
            }
            Block::Preformatted(p) => p.lines().fold(doc, |doc, line| {
                doc.add_paragraph(text(style::PLAIN_TEXT, line))
            }),
            Block::PageBreak => {
                page_break = true;
                doc
            }
        };
    }
    let mut bytes = Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .map_err(|e| DocxError(e.to_string()))?;
    properties(&bytes.into_inner(), brief)
}

/// A paragraph in `style`.
fn text(style: &str, words: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(words))
}

/// A paragraph in Normal: no style named, so the template's Normal applies.
fn plain(words: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(words))
}

/// Label–value rows as a two-column table in Table Grid; the label in bold through the
/// character style Strong, not by direct formatting.
fn table(rows: &[(String, String)]) -> Table {
    let rows: Vec<TableRow> = rows
        .iter()
        .map(|(label, value)| {
            TableRow::new(vec![
                TableCell::new().width(3400, WidthType::Dxa).add_paragraph(
                    Paragraph::new().add_run(Run::new().style("Strong").add_text(label)),
                ),
                TableCell::new()
                    .width(5600, WidthType::Dxa)
                    .add_paragraph(plain(value)),
            ])
            // Rows may break across pages: Word cuts off a row taller than a page that may
            // not (an answer may be 5,000 characters), where the PDF's layout splits it.
        })
        .collect();
    Table::new(rows)
        .style(style::TABLE_GRID)
        .set_grid(vec![3400, 5600])
        .width(9000, WidthType::Dxa)
}

/// The footer: the organisation and the date as in the PDF, and "pagina N van M" with the
/// page numbers as fields Word fills in.
fn footer(brief: &Brief) -> Footer {
    // The catalogue's sentence around two marks, so the fields stand where the words say.
    let label = tr!(brief.lang, "brief-page-n-of-m", n = "\u{1}", m = "\u{2}");
    let page_first = label.find('\u{1}') < label.find('\u{2}');
    let mut page = Paragraph::new().style(style::FOOTER);
    for (i, part) in label.split(['\u{1}', '\u{2}']).enumerate() {
        if !part.is_empty() {
            page = page.add_run(Run::new().add_text(part));
        }
        // After the text before a mark, the mark's field.
        page = match (i, page_first) {
            (0, true) | (1, false) => page.add_page_num(PageNum::new()),
            (0, false) | (1, true) => page.add_num_pages(NumPages::new()),
            _ => page,
        };
    }
    Footer::new()
        .add_paragraph(text(style::FOOTER, &brief.footer))
        .add_paragraph(page)
}

/// The styles, with Word's own names (Word finds its built-in styles by name; a template's
/// definitions replace these). Sizes in half-points.
fn styles(doc: Docx) -> Docx {
    let paragraph = |id: &str, name: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
    };
    let space = |before: u32, after: u32| LineSpacing::new().before(before).after(after);
    // Normal is docx-rs's own (made the default in `properties`); its font, size and spacing
    // are the document's defaults (in twentieths of a point), which a template replaces.
    doc.default_size(21)
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_line_spacing(space(0, 100))
        .add_style(
            paragraph(style::TITLE, "Title")
                .size(36)
                .bold()
                .line_spacing(space(0, 240)),
        )
        .add_style(
            paragraph(style::HEADING_1, "heading 1")
                .size(28)
                .bold()
                .outline_lvl(0)
                .line_spacing(space(360, 120)),
        )
        .add_style(
            paragraph(style::HEADING_2, "heading 2")
                .size(24)
                .bold()
                .outline_lvl(1)
                .line_spacing(space(240, 60)),
        )
        .add_style(paragraph(style::NOTE, "Note").size(17).italic())
        .add_style(paragraph(style::LIST_BULLET, "List Bullet"))
        .add_style(paragraph(style::PLAIN_TEXT, "Plain Text"))
        .add_style(paragraph(style::FOOTER, "footer").size(16))
        .add_style(
            Style::new("Strong", StyleType::Character)
                .name("Strong")
                .bold(),
        )
        .add_style(Style::new(style::TABLE_GRID, StyleType::Table).name("Table Grid"))
}

/// Sets the document's title, author and language in the parts `docx-rs` wrote: the core
/// properties (`docProps/core.xml`) and the default language of the text (`word/styles.xml`),
/// so Word's spelling check and a screen reader take the right language; and marks Normal as
/// the default paragraph style, which readers such as python-docx look for.
fn properties(packed: &[u8], brief: &Brief) -> Result<Vec<u8>, DocxError> {
    let fail = |e: &dyn std::fmt::Display| DocxError(e.to_string());
    let mut archive = zip::ZipArchive::new(Cursor::new(packed)).map_err(|e| fail(&e))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let tag = brief.lang.tag();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).map_err(|e| fail(&e))?;
        let name = file.name().to_owned();
        let mut content = Vec::new();
        file.read_to_end(&mut content).map_err(|e| fail(&e))?;
        let content = match name.as_str() {
            "docProps/core.xml" => {
                let xml = String::from_utf8_lossy(&content).into_owned();
                let about = format!(
                    "<dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{tag}</dc:language>",
                    escape(&brief.title),
                    escape(&brief.organisation)
                );
                replace_creator(&xml, &about).into_bytes()
            }
            "word/styles.xml" => {
                let xml = String::from_utf8_lossy(&content).into_owned();
                let lang =
                    format!("<w:lang w:val=\"{tag}\" w:eastAsia=\"{tag}\" w:bidi=\"{tag}\" />");
                add_default_lang(&xml, &lang)
                    .replacen(
                        "<w:style w:type=\"paragraph\" w:styleId=\"Normal\">",
                        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">",
                        1,
                    )
                    .into_bytes()
            }
            _ => content,
        };
        out.start_file(name, options).map_err(|e| fail(&e))?;
        out.write_all(&content).map_err(|e| fail(&e))?;
    }
    Ok(out.finish().map_err(|e| fail(&e))?.into_inner())
}

/// `xml` with its `dc:creator` element (docx-rs writes "unknown") replaced by `about`.
fn replace_creator(xml: &str, about: &str) -> String {
    match (xml.find("<dc:creator>"), xml.find("</dc:creator>")) {
        (Some(start), Some(end)) if start < end => {
            format!(
                "{}{about}{}",
                &xml[..start],
                &xml[end + "</dc:creator>".len()..]
            )
        }
        _ => xml.replacen(
            "</cp:coreProperties>",
            &format!("{about}</cp:coreProperties>"),
            1,
        ),
    }
}

/// `xml` (the styles part) with `lang` in the default run properties.
fn add_default_lang(xml: &str, lang: &str) -> String {
    // docx-rs writes the default run properties empty, `<w:rPr />`, or with content.
    let empty = "<w:rPrDefault><w:rPr />";
    let open = "<w:rPrDefault><w:rPr>";
    if xml.contains(empty) {
        xml.replacen(empty, &format!("<w:rPrDefault><w:rPr>{lang}</w:rPr>"), 1)
    } else {
        xml.replacen(open, &format!("{open}{lang}"), 1)
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
