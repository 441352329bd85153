//! The laid-out brief → PDF bytes with printpdf: text runs, the vector chart and rules, a
//! footer with "pagina N van M" on every page, metadata, and the document language (`/Lang`)
//! through lopdf. The PDF is tagged: every piece of content is marked with the structure
//! element it belongs to (headings, paragraphs, lists, tables, the figure), decoration and the
//! footer as artifacts, and the structure tree is written with it (by [`super::pdf_file`]), so a
//! screen reader reads the brief in order. The layout itself is [`super::layout`].

use printpdf::{
    Color, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, TextItem,
};

use super::content::Brief;
pub use super::layout::PdfError;
use super::layout::{Cmd, Element, FOOTER_Y, Fitted, LEFT, Layout, PAGE_H, TOP, WIDTH};
use super::typeface::{FOOTER, Face, Fonts, PAGE_NUMBER, Style, plain};
pub use super::typeface::{REPLACEMENT, TextReport};
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

/// The font of a face.
fn font_of(ids: &[printpdf::FontId; 3], face: Face) -> PdfFontHandle {
    PdfFontHandle::External(ids[face.index()].clone())
}

/// The start of a marked-content sequence of structure type `tag`. Its number on the page
/// (its MCID) is put in when the page is a content stream ([`number_marked_content`]): printpdf
/// would hold each number in a map of its own, a tree node of about 700 bytes per line, which
/// made up a fifth of a regional brief's memory (issue 35).
fn begin_marked(tag: &str) -> Op {
    Op::BeginMarkedContent { tag: tag.into() }
}

/// A page's content stream with each marked-content sequence of a structure element (`/P BMC`,
/// one operator a line, as lopdf writes them) given its number in order of appearance (`/P
/// <</MCID 0>> BDC`); artifacts stay as they are. `expected` is how many the page marked; any
/// other count is a defect, reported rather than written as a wrong tree.
fn number_marked_content(content: &[u8], expected: usize) -> Result<Vec<u8>, PdfError> {
    let mut out = Vec::with_capacity(content.len() + expected * 12);
    let mut next = 0;
    for (i, line) in content.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        let tag = line
            .strip_suffix(b" BMC")
            .and_then(|l| l.strip_prefix(b"/"))
            .filter(|t| !t.is_empty() && t.iter().all(u8::is_ascii_alphanumeric));
        match tag {
            Some(tag) if tag != b"Artifact" => {
                out.push(b'/');
                out.extend_from_slice(tag);
                out.extend_from_slice(format!(" <</MCID {next}>> BDC").as_bytes());
                next += 1;
            }
            _ => out.extend_from_slice(line),
        }
    }
    if next == expected {
        Ok(out)
    } else {
        Err(PdfError::Write(format!(
            "a page marked {expected} pieces of content, its stream {next}"
        )))
    }
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
    ops.extend([
        Op::StartTextSection,
        Op::SetFont {
            font: font_of(ids, face),
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
    layout.close_unit();
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
    // For every page, the element of each marked piece, in the order of its number (MCID).
    let mut marks: Vec<Vec<usize>> = Vec::with_capacity(total);
    let pdf_pages = pages
        .iter()
        .enumerate()
        .map(|(n, page)| {
            let mut writer = PageWriter {
                ids: &ids,
                elements: &layout.elements,
                ops: Vec::new(),
                marks: Vec::new(),
                open: None,
            };
            for (y, item) in page {
                let top = PAGE_H - TOP - y;
                for cmd in &item.cmds {
                    writer.cmd(cmd, top);
                }
            }
            writer.close();
            marked(&mut writer.ops, &mut writer.marks, None, |ops| {
                footer_ops(ops, &ids, fonts, &footer, &brief.page_label(n + 1, total));
            });
            marks.push(writer.marks);
            // Every page's operators wait here for the others: without the room a growing
            // vector keeps (up to twice its length).
            writer.ops.shrink_to_fit();
            PdfPage::new(Mm(210.0), Mm(297.0), writer.ops)
        })
        .collect();
    // The laid-out pages are in the page contents now; the memory goes before the next copy.
    drop(pages);
    doc.with_pages(pdf_pages);
    set_metadata(&mut doc, brief, created)?;
    let structure = Structure {
        elements: &layout.elements,
        marks: &marks,
    };
    Ok(Rendered {
        bytes: save(doc, brief.lang, &structure, created)?,
        pages: total,
        report: layout.report.clone(),
    })
}

/// The content of one page. Consecutive lines of one structure element in one style (the lines
/// of a paragraph, a table cell, a list item) share one text object, each line moved to with
/// `T*` (next line) and marked on its own: four operators per line instead of eight (issue 22).
struct PageWriter<'a> {
    ids: &'a [printpdf::FontId; 3],
    elements: &'a [Element],
    ops: Vec<Op>,
    /// The element of each MCID, in order.
    marks: Vec<usize>,
    /// The open text run.
    open: Option<Run>,
}

/// Lines of one element in one style, one below the other at the same `x`.
struct Run {
    element: usize,
    style: Style,
    x: f32,
    /// The baseline of its last line.
    y: f32,
    /// The leading set in the text object (`TL`), once there is a second line.
    leading: Option<f32>,
}

impl PageWriter<'_> {
    fn cmd(&mut self, cmd: &Cmd, top: f32) {
        if let Cmd::Text {
            x,
            dy,
            style,
            text,
            element: Some(element),
        } = cmd
            && !text.is_empty()
        {
            self.line(*element, *style, (LEFT + x, top - dy), text);
            return;
        }
        self.close();
        let element = element_of(cmd).map(|e| (e, self.elements[e].tag.name()));
        let ids = self.ids;
        marked(&mut self.ops, &mut self.marks, element, |ops| {
            cmd_ops(ops, ids, cmd, top);
        });
    }

    /// A line of text of `element`: in the open run when it is the same element and style.
    fn line(&mut self, element: usize, style: Style, (x, y): (f32, f32), text: &str) {
        let continues = self.open.as_ref().is_some_and(|run| {
            run.element == element && run.style == style && (run.x - x).abs() < 0.01 && y < run.y
        });
        if !continues {
            self.close();
            self.ops.extend([
                Op::StartTextSection,
                Op::SetFont {
                    font: font_of(self.ids, style.face),
                    size: Pt(style.size),
                },
                Op::SetFillColor {
                    col: grey(style.grey),
                },
            ]);
        }
        // Each line its own marked content: a reader of the structure puts a space between
        // them, as between words (one sequence for all lines glued "aan.Gemeenten").
        self.ops
            .push(begin_marked(self.elements[element].tag.name()));
        self.marks.push(element);
        match &mut self.open {
            Some(run) if continues => {
                // The next line down: `T*` with the leading set to the step (as a reader that
                // extracts text also takes it: a new line).
                let step = run.y - y;
                if run.leading != Some(step) {
                    self.ops.push(Op::SetLineHeight { lh: Pt(step) });
                    run.leading = Some(step);
                }
                self.ops.push(Op::AddLineBreak);
                run.y = y;
            }
            _ => {
                self.ops.push(Op::SetTextCursor {
                    pos: pt_point(x, y),
                });
                self.open = Some(Run {
                    element,
                    style,
                    x,
                    y,
                    leading: None,
                });
            }
        }
        self.ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_owned())],
        });
        self.ops.push(Op::EndMarkedContent);
    }

    /// Ends the open run, if any.
    fn close(&mut self) {
        if self.open.take().is_some() {
            self.ops.push(Op::EndTextSection);
        }
    }
}

fn element_of(cmd: &Cmd) -> Option<usize> {
    match cmd {
        Cmd::Text { element, .. } | Cmd::Rect { element, .. } => *element,
        Cmd::Rule { .. } => None,
    }
}

/// The ops that `draw` adds, marked as content of `element` (its index and structure type,
/// with the next MCID of the page), or as an artifact (decoration, the footer) without one.
fn marked(
    ops: &mut Vec<Op>,
    page_marks: &mut Vec<usize>,
    element: Option<(usize, &'static str)>,
    draw: impl FnOnce(&mut Vec<Op>),
) {
    let start = ops.len();
    draw(ops);
    if ops.len() == start {
        return;
    }
    let begin = match element {
        Some((e, tag)) => {
            let begin = begin_marked(tag);
            page_marks.push(e);
            begin
        }
        None => Op::BeginMarkedContent {
            tag: "Artifact".into(),
        },
    };
    ops.insert(start, begin);
    ops.push(Op::EndMarkedContent);
}

/// What the structure tree is made of: the elements, and per page the element of each MCID.
struct Structure<'a> {
    elements: &'a [Element],
    marks: &'a [Vec<usize>],
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
        Cmd::Text {
            x, dy, style, text, ..
        } => {
            text_ops(ops, ids, *style, (LEFT + x, top - dy), text);
        }
        Cmd::Rect {
            x,
            dy,
            w,
            h,
            fill,
            stroke,
            ..
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
    let (first, second) = footer.to_lines(WIDTH - label_w - 20.0, WIDTH);
    ops.push(Op::SetOutlineColor { col: grey(0.6) });
    ops.push(Op::SetOutlineThickness { pt: Pt(0.4) });
    ops.push(rule(LEFT, LEFT + WIDTH, FOOTER_Y + 11.0));
    text_ops(ops, ids, FOOTER, (LEFT, FOOTER_Y), &first);
    if let Some(second) = second {
        // 10 pt lower: still 9 mm from the paper's edge, inside what a printer prints.
        text_ops(ops, ids, FOOTER, (LEFT, FOOTER_Y - 10.0), &second);
    }
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
    trs!(brief.lang, "pdf-subject").clone_into(&mut info.subject);
    info.creator = format!("Behoeftewijzer {}", env!("CARGO_PKG_VERSION"));
    info.producer = format!("Behoeftewijzer {} (printpdf)", env!("CARGO_PKG_VERSION"));
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    Ok(())
}

/// The PDF bytes: fonts subset, the document language set (printpdf has no field for it),
/// compressed.
fn save(
    doc: PdfDocument,
    lang: Lang,
    structure: &Structure,
    created: time::OffsetDateTime,
) -> Result<Vec<u8>, PdfError> {
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut lo = doc.to_lopdf_document(&options, &mut Vec::new());
    // Each page's operators are content streams in `lo` now: printpdf's copy goes (a regional
    // brief of 200 profiles held both, issue 35), keeping only what the XMP packet repeats.
    let info = doc.metadata.info.clone();
    drop(doc);
    number_pages(&mut lo, structure.marks)?;
    // The page contents, compressed while they are the bulk; nothing added below is a
    // stream that may be compressed (the XMP packet stays readable).
    compress(&mut lo);
    let lang_tag = lang.tag();
    lo.catalog_mut()
        .map_err(|e| PdfError::Write(e.to_string()))?
        .set("Lang", lopdf::Object::string_literal(lang_tag));
    let tree = tag(&mut lo, structure)?;
    // XMP metadata, uncompressed as readers expect: title, language and "PDF/UA-1".
    let xmp = xmp_metadata(&info, lang_tag, created);
    let mut xmp_dict = lopdf::Dictionary::new();
    xmp_dict.set("Type", lopdf::Object::Name(b"Metadata".to_vec()));
    xmp_dict.set("Subtype", lopdf::Object::Name(b"XML".to_vec()));
    let xmp_id = lo.add_object(lopdf::Stream::new(xmp_dict, xmp).with_compression(false));
    lo.catalog_mut()
        .map_err(|e| PdfError::Write(e.to_string()))?
        .set("Metadata", lopdf::Object::Reference(xmp_id));
    // printpdf writes an empty PDF/X version into Info; an empty key only confuses readers.
    if let Ok(info_ref) = lo
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        && let Ok(dict) = lo.get_dictionary_mut(info_ref)
    {
        dict.remove(b"GTS_PDFXVersion");
    }
    // The file, object by object: lopdf's objects are let go once written, and the structure
    // tree goes straight into object streams (issue 35: lopdf's own writer copied them all).
    let mut file = crate::brief::pdf_file::PdfFile::new(
        &lo.version,
        &lo.binary_mark,
        lo.max_id + 1,
        COMPRESSION_LEVEL,
    );
    let trailer = std::mem::take(&mut lo.trailer);
    for ((id, generation), object) in std::mem::take(&mut lo.objects) {
        file.object(id, generation, &object);
    }
    tree.write(&mut file, structure);
    Ok(file.finish(&trailer))
}

/// Every page's marked content numbered ([`number_marked_content`]), page by page in order;
/// `marks` holds each page's marks.
fn number_pages(lo: &mut lopdf::Document, marks: &[Vec<usize>]) -> Result<(), PdfError> {
    let write = |e: lopdf::Error| PdfError::Write(e.to_string());
    let pages: Vec<lopdf::ObjectId> = lo.get_pages().values().copied().collect();
    if pages.len() != marks.len() {
        return Err(PdfError::Write(format!(
            "{} pages written, {} laid out",
            pages.len(),
            marks.len()
        )));
    }
    for (page, page_marks) in pages.into_iter().zip(marks) {
        let contents = lo
            .get_dictionary(page)
            .and_then(|d| d.get(b"Contents"))
            .and_then(lopdf::Object::as_reference)
            .map_err(write)?;
        let stream = lo
            .get_object_mut(contents)
            .and_then(lopdf::Object::as_stream_mut)
            .map_err(write)?;
        let numbered = number_marked_content(&stream.content, page_marks.len())?;
        stream.set_content(numbered);
    }
    Ok(())
}

/// zlib's fastest level: lopdf's own `compress` uses the best (9), which took a third of the
/// time of a long brief for a file about a tenth smaller (issue 22).
const COMPRESSION_LEVEL: u32 = 3;

/// Every stream that may be compressed and is not yet, compressed with Flate at
/// [`COMPRESSION_LEVEL`], where that makes it smaller.
fn compress(lo: &mut lopdf::Document) {
    for object in lo.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.has(b"Filter") {
            continue;
        }
        let Some(compressed) = crate::brief::pdf_file::deflate(&stream.content, COMPRESSION_LEVEL)
        else {
            continue;
        };
        if compressed.len() < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// The XMP packet: the Info dictionary's title, author, subject and dates again (PDF/UA asks
/// for both), the document language, and the PDF/UA-1 identification.
fn xmp_metadata(
    info: &printpdf::PdfDocumentInfo,
    lang_tag: &str,
    created: time::OffsetDateTime,
) -> Vec<u8> {
    use xmp_writer::{DateTime, LangId, Timezone, XmpWriter};
    let offset = created.offset();
    let date = DateTime::new(
        created.year().clamp(0, i32::from(u16::MAX)) as u16,
        created.month().into(),
        created.day(),
        created.hour(),
        created.minute(),
        created.second(),
        Timezone::Local {
            hour: offset.whole_hours(),
            minute: offset.minutes_past_hour(),
        },
    );
    let mut xmp = XmpWriter::new();
    xmp.title([(None, info.document_title.as_str())]);
    xmp.creator([info.author.as_str()]);
    xmp.description([(None, info.subject.as_str())]);
    xmp.language([LangId(lang_tag)]);
    xmp.format("application/pdf");
    xmp.producer(&info.producer);
    xmp.creator_tool(&info.creator);
    xmp.create_date(date);
    xmp.modify_date(date);
    xmp.metadata_date(date);
    xmp.pdfua_part(1);
    xmp.finish(None).into_bytes()
}

/// One kid of a structure element.
#[derive(Clone, Copy)]
enum Kid {
    /// Another element, by index.
    Element(usize),
    /// Marked content on the element's own page (its `Pg`), by number.
    Mcid(usize),
    /// Marked content on a later page: a reference naming the page.
    Mcr { page: lopdf::ObjectId, mcid: usize },
}

/// The structure tree as it is written: the object numbers, each element's kids in reading
/// order, the page of its first content, and what the pages' parent tree names.
struct Tree {
    root_id: lopdf::ObjectId,
    document_id: lopdf::ObjectId,
    ids: Vec<lopdf::ObjectId>,
    kids: Vec<Vec<Kid>>,
    document_kids: Vec<usize>,
    home: Vec<Option<lopdf::ObjectId>>,
}

/// Prepares the structure tree: a Document element holding the elements in reading order,
/// each with its marked content; the parent tree from each page's marks back to their
/// elements; and in the catalog that the PDF is tagged and shows its title. The tree itself
/// is written by [`Tree::write`].
fn tag(lo: &mut lopdf::Document, structure: &Structure) -> Result<Tree, PdfError> {
    use lopdf::{Object, ObjectId};
    let write = |e: lopdf::Error| PdfError::Write(e.to_string());
    let pages: Vec<ObjectId> = lo.get_pages().values().copied().collect();
    let root_id = lo.new_object_id();
    let document_id = lo.new_object_id();
    let count = structure.elements.len();
    let ids: Vec<ObjectId> = (0..count).map(|_| lo.new_object_id()).collect();
    // Kids in reading order: an element joins its parent when its first content comes.
    let mut kids: Vec<Vec<Kid>> = vec![Vec::new(); count];
    let mut document_kids: Vec<usize> = Vec::new();
    let mut attached = vec![false; count];
    // The page of each element's first content: its `Pg`. Content on that page is named by
    // its number alone (an integer in `K`); only content that runs on to another page needs a
    // marked-content reference naming the page (a dictionary, ten times the size, issue 35).
    let mut home: Vec<Option<usize>> = vec![None; count];
    for (page_index, page_marks) in structure.marks.iter().enumerate() {
        let Some(&page_id) = pages.get(page_index) else {
            continue;
        };
        for (mcid, &element) in page_marks.iter().enumerate() {
            attach(
                structure.elements,
                element,
                &mut attached,
                &mut kids,
                &mut document_kids,
            );
            if *home[element].get_or_insert(page_index) == page_index {
                kids[element].push(Kid::Mcid(mcid));
            } else {
                kids[element].push(Kid::Mcr {
                    page: page_id,
                    mcid,
                });
            }
        }
        lo.get_dictionary_mut(page_id)
            .map_err(write)?
            .set("StructParents", Object::Integer(page_index as i64));
    }
    mark_catalog(lo, root_id)?;
    Ok(Tree {
        root_id,
        document_id,
        ids,
        kids,
        document_kids,
        home: home
            .into_iter()
            .map(|page| page.and_then(|p| pages.get(p).copied()))
            .collect(),
    })
}

impl Tree {
    /// Writes every element, the Document element and the tree's root into `file`'s object
    /// streams, as bytes: no dictionary per element is held.
    fn write(self, file: &mut crate::brief::pdf_file::PdfFile, structure: &Structure) {
        use crate::brief::pdf_file::{reference, separated, write_name, write_object};
        let Tree {
            root_id,
            document_id,
            ids,
            kids,
            document_kids,
            home,
        } = self;
        for (index, (element, kids)) in structure.elements.iter().zip(kids).enumerate() {
            let parent = element.parent.map_or(document_id, |p| ids[p]);
            file.packed(ids[index].0, |out| {
                out.extend_from_slice(b"<</Type/StructElem/S");
                write_name(out, element.tag.name().as_bytes());
                out.extend_from_slice(b"/P ");
                reference(out, parent);
                out.extend_from_slice(b"/K[");
                separated(out, &kids, |out, kid| match *kid {
                    Kid::Element(e) => reference(out, ids[e]),
                    Kid::Mcid(mcid) => out.extend_from_slice(mcid.to_string().as_bytes()),
                    Kid::Mcr { page, mcid } => {
                        out.extend_from_slice(b"<</Type/MCR/Pg ");
                        reference(out, page);
                        out.extend_from_slice(format!("/MCID {mcid}>>").as_bytes());
                    }
                });
                out.push(b']');
                if let Some(page) = home[index] {
                    out.extend_from_slice(b"/Pg ");
                    reference(out, page);
                }
                if let Some(alt) = &element.alt {
                    out.extend_from_slice(b"/Alt ");
                    write_object(out, &text_string(alt));
                }
                if element.tag == super::layout::Tag::TH {
                    out.extend_from_slice(b"/A<</O/Table/Scope/Row>>");
                }
                out.extend_from_slice(b">>");
            });
        }
        file.packed(document_id.0, |out| {
            out.extend_from_slice(b"<</Type/StructElem/S/Document/P ");
            reference(out, root_id);
            out.extend_from_slice(b"/K[");
            separated(out, &document_kids, |out, &e| reference(out, ids[e]));
            out.extend_from_slice(b"]>>");
        });
        file.packed(root_id.0, |out| {
            out.extend_from_slice(b"<</Type/StructTreeRoot/K ");
            reference(out, document_id);
            out.extend_from_slice(b"/ParentTree<</Nums[");
            // Every page has its key, its number: `number_pages` made sure of a page per marks.
            separated(
                out,
                structure.marks.iter().enumerate(),
                |out, (page, marks)| {
                    out.extend_from_slice(format!("{page} [").as_bytes());
                    separated(out, marks, |out, &e| reference(out, ids[e]));
                    out.push(b']');
                },
            );
            let next = structure.marks.len();
            out.extend_from_slice(format!("]>>/ParentTreeNextKey {next}>>").as_bytes());
        });
    }
}

/// A PDF text string: ASCII as it is, anything else as UTF-16BE with a byte-order mark (without
/// it a reader takes the bytes as `PDFDocEncoding`, and "–" in UTF-8 reads "â€“").
fn text_string(text: &str) -> lopdf::Object {
    if text.is_ascii() {
        return lopdf::Object::string_literal(text);
    }
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    lopdf::Object::String(bytes, lopdf::StringFormat::Hexadecimal)
}

/// The catalog: tagged, with the structure tree, and the title (not the file name) shown.
fn mark_catalog(lo: &mut lopdf::Document, root_id: lopdf::ObjectId) -> Result<(), PdfError> {
    use lopdf::{Dictionary, Object};
    let write = |e: lopdf::Error| PdfError::Write(e.to_string());
    let mut mark_info = Dictionary::new();
    mark_info.set("Marked", Object::Boolean(true));
    let mut viewer = Dictionary::new();
    viewer.set("DisplayDocTitle", Object::Boolean(true));
    let catalog = lo.catalog_mut().map_err(write)?;
    catalog.set("StructTreeRoot", Object::Reference(root_id));
    catalog.set("MarkInfo", Object::Dictionary(mark_info));
    catalog.set("ViewerPreferences", Object::Dictionary(viewer));
    Ok(())
}

/// Puts `element` among its parent's kids (the document's for a top element), its parents
/// first, once.
fn attach(
    elements: &[Element],
    element: usize,
    attached: &mut [bool],
    kids: &mut [Vec<Kid>],
    document_kids: &mut Vec<usize>,
) {
    if attached[element] {
        return;
    }
    attached[element] = true;
    match elements[element].parent {
        Some(parent) => {
            attach(elements, parent, attached, kids, document_kids);
            kids[parent].push(Kid::Element(element));
        }
        None => document_kids.push(element),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator as _;

    /// The content stream printpdf writes for `ops` on one page.
    fn content_of(ops: Vec<Op>) -> Vec<u8> {
        let mut doc = PdfDocument::new("test");
        doc.with_pages(vec![PdfPage::new(Mm(210.0), Mm(297.0), ops)]);
        let lo = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut Vec::new());
        let page = lo.get_pages().values().copied().next().expect("a page");
        let contents = lo
            .get_dictionary(page)
            .and_then(|d| d.get(b"Contents"))
            .and_then(lopdf::Object::as_reference)
            .expect("contents");
        let stream = lo.get_object(contents).and_then(lopdf::Object::as_stream);
        stream.expect("a stream").content.clone()
    }

    /// Every kind of structure element the layout marks gets its number in the order it comes,
    /// as printpdf writes the operators; artifacts get none; read back by lopdf's content
    /// parser.
    #[test]
    fn every_kind_of_marked_content_is_numbered_in_order() {
        let mut ops = vec![Op::BeginMarkedContent {
            tag: "Artifact".into(),
        }];
        ops.push(Op::EndMarkedContent);
        let tags: Vec<&str> = super::super::tags::Tag::iter()
            .map(super::super::tags::Tag::name)
            .collect();
        for tag in &tags {
            ops.push(begin_marked(tag));
            ops.push(Op::EndMarkedContent);
            ops.push(begin_marked("Artifact"));
            ops.push(Op::EndMarkedContent);
        }
        let content = content_of(ops);
        let numbered = number_marked_content(&content, tags.len()).expect("numbered");
        let read = lopdf::content::Content::decode(&numbered).expect("lopdf reads it");
        let begins: Vec<(String, Option<i64>)> = read
            .operations
            .iter()
            .filter(|o| o.operator.starts_with("BMC") || o.operator.starts_with("BDC"))
            .map(|o| {
                let tag = o.operands[0]
                    .as_name()
                    .map(|n| String::from_utf8_lossy(n).into_owned());
                let mcid = o
                    .operands
                    .get(1)
                    .and_then(|p| p.as_dict().ok())
                    .and_then(|d| d.get(b"MCID").and_then(lopdf::Object::as_i64).ok());
                (tag.unwrap_or_default(), mcid)
            })
            .collect();
        let mut expected = vec![("Artifact".to_owned(), None)];
        for (i, tag) in tags.iter().enumerate() {
            expected.push(((*tag).to_owned(), Some(i as i64)));
            expected.push(("Artifact".to_owned(), None));
        }
        assert_eq!(begins, expected);
        // A count that differs from the page's marks is an error, not a wrong tree.
        assert!(number_marked_content(&content, tags.len() + 1).is_err());
        assert!(number_marked_content(&content, tags.len() - 1).is_err());
    }
}
