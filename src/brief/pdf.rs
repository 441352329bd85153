//! The laid-out brief → PDF bytes with printpdf: text runs, the vector chart and rules, a
//! footer with "pagina N van M" on every page, metadata, and the document language (`/Lang`)
//! through lopdf. The layout itself is [`super::layout`].

use printpdf::{
    Color, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, TextItem,
};

use super::content::Brief;
use super::layout::plain;
use super::layout::{
    Cmd, FOOTER, FOOTER_Y, Face, Fitted, Fonts, LEFT, Layout, PAGE_H, PAGE_NUMBER, Style, TOP,
    WIDTH,
};
pub use super::layout::{PdfError, REPLACEMENT, TextReport};
use crate::lang::Lang;

fn grey(value: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: value,
        icc_profile: None,
    })
}

fn pt_point(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(y) }
}

/// The ops of one text run: its own text section, so its position is absolute.
fn text_ops(
    ops: &mut Vec<Op>,
    ids: &[printpdf::FontId; 3],
    style: Style,
    (x, y): (f32, f32),
    text: &str,
) {
    if text.is_empty() {
        return;
    }
    let Style {
        face,
        size,
        grey: shade,
    } = style;
    let id = match face {
        Face::Regular => &ids[0],
        Face::Bold => &ids[1],
        Face::Italic => &ids[2],
    };
    ops.extend([
        Op::StartTextSection,
        Op::SetFont {
            font: PdfFontHandle::External(id.clone()),
            size: Pt(size),
        },
        Op::SetFillColor { col: grey(shade) },
        Op::SetTextCursor {
            pos: pt_point(x, y),
        },
        Op::ShowText {
            items: vec![TextItem::Text(text.to_owned())],
        },
        Op::EndTextSection,
    ]);
}

/// A finished brief: the PDF bytes, its page count, and what happened to unshowable text.
#[derive(Debug)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: usize,
    pub report: TextReport,
}

/// Renders the brief as an A4 PDF. `created` goes into the metadata.
pub fn render(brief: &Brief, created: time::OffsetDateTime) -> Result<Rendered, PdfError> {
    let fonts = Fonts::builtin()?;
    let mut layout = Layout::new(fonts);
    layout.title(&brief.title);
    for block in &brief.blocks {
        layout.block(block);
    }
    let footer = layout.clean(&brief.footer, FOOTER.face);
    let footer = layout.fit(&footer, FOOTER);
    let pages = layout.paginate();
    let total = pages.len();

    let mut doc = PdfDocument::new(&brief.title);
    let ids = [
        doc.add_font(&fonts.regular),
        doc.add_font(&fonts.bold),
        doc.add_font(&fonts.italic),
    ];
    let pdf_pages = pages
        .iter()
        .enumerate()
        .map(|(n, page)| {
            let mut ops = Vec::new();
            for (y, item) in page {
                let top = PAGE_H - TOP - y;
                for cmd in &item.cmds {
                    cmd_ops(&mut ops, &ids, cmd, top);
                }
            }
            footer_ops(
                &mut ops,
                &ids,
                fonts,
                &footer,
                &brief.page_label(n + 1, total),
            );
            PdfPage::new(Mm(210.0), Mm(297.0), ops)
        })
        .collect();
    doc.with_pages(pdf_pages);
    set_metadata(&mut doc, brief, created)?;
    Ok(Rendered {
        bytes: save(&doc, brief.lang)?,
        pages: total,
        report: layout.report.clone(),
    })
}

/// A horizontal line from `x1` to `x2` at `y`.
fn rule(x1: f32, x2: f32, y: f32) -> Op {
    Op::DrawLine {
        line: Line {
            points: vec![
                LinePoint {
                    p: pt_point(x1, y),
                    bezier: false,
                },
                LinePoint {
                    p: pt_point(x2, y),
                    bezier: false,
                },
            ],
            is_closed: false,
        },
    }
}

/// The ops of one drawing command of an item whose top is at `top`.
fn cmd_ops(ops: &mut Vec<Op>, ids: &[printpdf::FontId; 3], cmd: &Cmd, top: f32) {
    match cmd {
        Cmd::Text { x, dy, style, text } => {
            text_ops(ops, ids, *style, (LEFT + x, top - dy), text);
        }
        Cmd::Rect {
            x,
            dy,
            w,
            h,
            fill,
            stroke,
        } => {
            let mode = match (fill, stroke) {
                (Some(_), Some(_)) => PaintMode::FillStroke,
                (None, Some(_)) => PaintMode::Stroke,
                _ => PaintMode::Fill,
            };
            if let Some(f) = fill {
                ops.push(Op::SetFillColor { col: grey(*f) });
            }
            if let Some(s) = stroke {
                ops.push(Op::SetOutlineColor { col: grey(*s) });
                ops.push(Op::SetOutlineThickness { pt: Pt(0.8) });
            }
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(LEFT + x),
                    y: Pt(top - dy - h),
                    width: Pt(*w),
                    height: Pt(*h),
                    mode: Some(mode),
                    winding_order: None,
                },
            });
        }
        Cmd::Rule {
            x1,
            x2,
            dy,
            thickness,
            grey: shade,
        } => {
            ops.push(Op::SetOutlineColor { col: grey(*shade) });
            ops.push(Op::SetOutlineThickness { pt: Pt(*thickness) });
            ops.push(rule(LEFT + x1, LEFT + x2, top - dy));
        }
    }
}

/// The footer: the organisation, the app and the date on the left (cut to fit); the page on
/// the right.
fn footer_ops(
    ops: &mut Vec<Op>,
    ids: &[printpdf::FontId; 3],
    fonts: &Fonts,
    footer: &Fitted,
    label: &str,
) {
    let label_w = fonts.width(PAGE_NUMBER, label);
    let left = footer.to_width(WIDTH - label_w - 20.0);
    ops.push(Op::SetOutlineColor { col: grey(0.6) });
    ops.push(Op::SetOutlineThickness { pt: Pt(0.4) });
    ops.push(rule(LEFT, LEFT + WIDTH, FOOTER_Y + 11.0));
    text_ops(ops, ids, FOOTER, (LEFT, FOOTER_Y), &left);
    text_ops(
        ops,
        ids,
        PAGE_NUMBER,
        (LEFT + WIDTH - label_w, FOOTER_Y),
        label,
    );
}

/// Title, author, subject, producer and dates.
fn set_metadata(
    doc: &mut PdfDocument,
    brief: &Brief,
    created: time::OffsetDateTime,
) -> Result<(), PdfError> {
    let created = printpdf::OffsetDateTime::from_unix_timestamp(created.unix_timestamp())
        .map_err(|e| PdfError::Write(e.to_owned()))?;
    let info = &mut doc.metadata.info;
    info.document_title = plain(&brief.title);
    info.author = plain(&brief.organisation);
    brief
        .lang
        .pick(
            "Behoefteprofiel en voorstel voor het overleg",
            "Needs profile and proposal for the consultation",
        )
        .clone_into(&mut info.subject);
    info.creator = format!("Behoeftewijzer {}", env!("CARGO_PKG_VERSION"));
    info.producer = format!("Behoeftewijzer {} (printpdf)", env!("CARGO_PKG_VERSION"));
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    Ok(())
}

/// The PDF bytes: fonts subset, the document language set (printpdf has no field for it),
/// compressed.
fn save(doc: &PdfDocument, lang: Lang) -> Result<Vec<u8>, PdfError> {
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut lo = doc.to_lopdf_document(&options, &mut Vec::new());
    let lang_tag = match lang {
        Lang::Nl => "nl-NL",
        Lang::En => "en-GB",
    };
    lo.catalog_mut()
        .map_err(|e| PdfError::Write(e.to_string()))?
        .set("Lang", lopdf::Object::string_literal(lang_tag));
    // printpdf writes an empty PDF/X version into Info; an empty key only confuses readers.
    if let Ok(info_ref) = lo
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        && let Ok(dict) = lo.get_dictionary_mut(info_ref)
    {
        dict.remove(b"GTS_PDFXVersion");
    }
    lo.compress();
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(bytes)
}
