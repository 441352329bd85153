//! The brief's document model → PDF bytes with printpdf: text wrapped by glyph advances,
//! pagination that keeps headings with what follows and table rows whole, a vector chart,
//! a footer with "pagina N van M", metadata and the document language.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use printpdf::{
    Color, Greyscale, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem,
};

use super::content::{Block, Brief};
use crate::lang::Lang;

use crate::fonts::{
    NOTO_SANS_BOLD as BOLD, NOTO_SANS_ITALIC as ITALIC, NOTO_SANS_REGULAR as REGULAR,
};

/// A4 in points.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
/// Margins: a wide left margin for punching and binding.
const LEFT: f32 = 70.87; // 25 mm
const RIGHT: f32 = 56.69; // 20 mm
const TOP: f32 = 56.69; // 20 mm
const BOTTOM: f32 = 70.87; // 25 mm, the footer sits below the text
const FOOTER_Y: f32 = 36.0;
const WIDTH: f32 = PAGE_W - LEFT - RIGHT;
const HEIGHT: f32 = PAGE_H - TOP - BOTTOM;

/// Shown for a character the fonts lack.
pub const REPLACEMENT: char = '\u{FFFD}';

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Face {
    Regular,
    Bold,
    Italic,
}

/// How a run of text looks: face, size in points, and grey (0 black – 1 white).
#[derive(Clone, Copy, Debug)]
struct Style {
    face: Face,
    size: f32,
    grey: f32,
}

const TITLE: Style = Style {
    face: Face::Bold,
    size: 17.0,
    grey: 0.0,
};
const SUBHEADING: Style = Style {
    face: Face::Bold,
    size: 10.5,
    grey: 0.0,
};
const BODY: Style = Style {
    face: Face::Regular,
    size: 10.0,
    grey: 0.0,
};
const NOTE: Style = Style {
    face: Face::Italic,
    size: 8.5,
    grey: 0.25,
};
const FOOTER: Style = Style {
    face: Face::Italic,
    size: 8.0,
    grey: 0.3,
};
const PAGE_NUMBER: Style = Style {
    face: Face::Regular,
    size: 8.0,
    grey: 0.3,
};

/// Why the brief could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the font {0} could not be read")]
    Font(&'static str),
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// The three faces of the brief's font, parsed once.
pub struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
    italic: ParsedFont,
}

impl Fonts {
    /// The fonts shipped in `assets/fonts/` (Noto Sans), parsed once.
    pub fn builtin() -> Result<&'static Fonts, PdfError> {
        static FONTS: OnceLock<Result<Fonts, &'static str>> = OnceLock::new();
        let parsed = FONTS.get_or_init(|| {
            let parse = |bytes: &[u8], name: &'static str| {
                ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(name)
            };
            Ok(Fonts {
                regular: parse(REGULAR, "NotoSans-Regular")?,
                bold: parse(BOLD, "NotoSans-Bold")?,
                italic: parse(ITALIC, "NotoSans-Italic")?,
            })
        });
        parsed.as_ref().map_err(|name| PdfError::Font(name))
    }

    fn face(&self, face: Face) -> &ParsedFont {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
            Face::Italic => &self.italic,
        }
    }

    fn has(&self, face: Face, c: char) -> bool {
        self.face(face).lookup_glyph_index(c as u32).is_some()
    }

    /// The advance of a character in points.
    fn advance(&self, face: Face, c: char, size: f32) -> f32 {
        let font = self.face(face);
        let upm = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        let gid = font
            .lookup_glyph_index(c as u32)
            .or_else(|| font.lookup_glyph_index(REPLACEMENT as u32))
            .unwrap_or(0);
        f32::from(font.get_horizontal_advance(gid)) * size / upm
    }

    fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(face, c, size)).sum()
    }
}

/// What happened to characters the fonts could not show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextReport {
    /// Characters the fonts lack: shown as � in the brief.
    pub replaced: BTreeSet<char>,
    /// Invisible control and direction characters that were left out.
    pub invisible: usize,
}

impl TextReport {
    pub fn is_clean(&self) -> bool {
        self.replaced.is_empty() && self.invisible == 0
    }

    /// A message for the user, or `None` when nothing was changed.
    pub fn message(&self, lang: Lang) -> Option<String> {
        if self.is_clean() {
            return None;
        }
        let mut parts = Vec::new();
        if !self.replaced.is_empty() {
            let list: Vec<String> = self
                .replaced
                .iter()
                .take(30)
                .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
                .collect();
            parts.push(match lang {
                Lang::Nl => format!(
                    "Deze tekens staan niet in het lettertype van de notitie en zijn vervangen door �: {}.",
                    list.join(", ")
                ),
                Lang::En => format!(
                    "These characters are not in the brief's font and were replaced by �: {}.",
                    list.join(", ")
                ),
            });
        }
        if self.invisible > 0 {
            parts.push(match lang {
                Lang::Nl => format!(
                    "{} onzichtbare tekens (zoals richtingstekens) zijn weggelaten.",
                    self.invisible
                ),
                Lang::En => format!(
                    "{} invisible characters (such as direction marks) were left out.",
                    self.invisible
                ),
            });
        }
        Some(parts.join(" "))
    }
}

/// Invisible characters that only steer layout: direction marks, joiners, soft hyphen, BOM.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}')
        || (c.is_control() && c != '\n')
}

/// One drawing command, positioned relative to the top of its item.
#[derive(Clone, Debug)]
enum Cmd {
    Text {
        x: f32,
        /// Baseline below the item's top.
        dy: f32,
        face: Face,
        size: f32,
        grey: f32,
        text: String,
    },
    Rect {
        x: f32,
        dy: f32,
        w: f32,
        h: f32,
        fill: Option<f32>,
        stroke: Option<f32>,
    },
    Rule {
        x1: f32,
        x2: f32,
        dy: f32,
        thickness: f32,
        grey: f32,
    },
}

/// A unit of layout: a line, a table row, a bar, a gap.
#[derive(Clone, Debug)]
struct Item {
    height: f32,
    cmds: Vec<Cmd>,
    /// A gap: dropped at the top of a page.
    space: bool,
}

/// Items that stay on one page (unless together taller than a page).
#[derive(Clone, Debug, Default)]
struct Group {
    items: Vec<Item>,
    /// Keep on the same page as the start of the next group (headings).
    keep_with_next: bool,
}

impl Group {
    fn height(&self) -> f32 {
        self.items.iter().map(|i| i.height).sum()
    }
}

struct Layout<'f> {
    fonts: &'f Fonts,
    groups: Vec<Group>,
    report: TextReport,
}

impl Layout<'_> {
    /// Replaces what the face cannot show, and leaves out invisible characters; both reported.
    fn clean(&mut self, text: &str, face: Face) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '\t' => out.push_str("    "),
                '\r' => {}
                c if is_invisible(c) => self.report.invisible += 1,
                c if c == '\n' || self.fonts.has(face, c) => out.push(c),
                c => {
                    self.report.replaced.insert(c);
                    out.push(REPLACEMENT);
                }
            }
        }
        out
    }

    /// Wraps text to `width`, by words, breaking a word that is longer than a line.
    fn wrap(&mut self, text: &str, face: Face, size: f32, width: f32) -> Vec<String> {
        let text = self.clean(text, face);
        let fonts = self.fonts;
        let space = fonts.advance(face, ' ', size);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_w = 0.0;
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let word_w = fonts.width(face, word, size);
                if !line.is_empty() && line_w + space + word_w <= width {
                    line.push(' ');
                    line.push_str(word);
                    line_w += space + word_w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                if word_w <= width {
                    line.push_str(word);
                    line_w = word_w;
                } else {
                    // A word longer than the line: break it where it no longer fits.
                    for c in word.chars() {
                        let w = fonts.advance(face, c, size);
                        if line_w + w > width && !line.is_empty() {
                            lines.push(std::mem::take(&mut line));
                            line_w = 0.0;
                        }
                        line.push(c);
                        line_w += w;
                    }
                }
            }
            lines.push(line);
        }
        lines
    }

    fn space(&mut self, height: f32) {
        self.groups.push(Group {
            items: vec![Item {
                height,
                cmds: Vec::new(),
                space: true,
            }],
            keep_with_next: false,
        });
    }

    /// Text over the full width, as one group per line (free to break between lines), or as
    /// one group.
    fn text(&mut self, text: &str, style: Style, together: bool, keep_with_next: bool) {
        let Style { face, size, grey } = style;
        let (x, width) = (0.0, WIDTH);
        let lh = size * 1.4;
        let items: Vec<Item> = self
            .wrap(text, face, size, width)
            .into_iter()
            .map(|line| Item {
                height: lh,
                cmds: vec![Cmd::Text {
                    x,
                    dy: size * 1.05,
                    face,
                    size,
                    grey,
                    text: line,
                }],
                space: false,
            })
            .collect();
        if together {
            self.groups.push(Group {
                items,
                keep_with_next,
            });
        } else {
            for item in items {
                self.groups.push(Group {
                    items: vec![item],
                    keep_with_next: false,
                });
            }
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading(h) => {
                self.space(14.0);
                let mut lines = self.wrap(h, Face::Bold, 13.0, WIDTH).into_iter();
                let mut items = Vec::new();
                for line in lines.by_ref() {
                    items.push(Item {
                        height: 18.0,
                        cmds: vec![Cmd::Text {
                            x: 0.0,
                            dy: 13.5,
                            face: Face::Bold,
                            size: 13.0,
                            grey: 0.0,
                            text: line,
                        }],
                        space: false,
                    });
                }
                items.push(Item {
                    height: 7.0,
                    cmds: vec![Cmd::Rule {
                        x1: 0.0,
                        x2: WIDTH,
                        dy: 2.0,
                        thickness: 0.8,
                        grey: 0.0,
                    }],
                    space: false,
                });
                self.groups.push(Group {
                    items,
                    keep_with_next: true,
                });
            }
            Block::Subheading(h) => {
                self.space(6.0);
                self.text(h, SUBHEADING, true, true);
            }
            Block::Paragraph(p) => {
                self.text(p, BODY, false, false);
                self.space(4.0);
            }
            Block::Note(p) => {
                self.text(p, NOTE, false, false);
                self.space(4.0);
            }
            Block::Preformatted(p) => {
                // The e-mail: indented, with a rule on its left, line for line. Each paragraph
                // stays together, and a paragraph ending in a comma ("Met vriendelijke groet,")
                // stays with the next, so a signature is never left alone on a page.
                let paragraphs: Vec<&str> = p.split("\n\n").collect();
                let count = paragraphs.len();
                for (index, paragraph) in paragraphs.into_iter().enumerate() {
                    let mut items = Vec::new();
                    let mut lines: Vec<String> = Vec::new();
                    for line in paragraph.split('\n') {
                        lines.extend(self.wrap(line, Face::Regular, 9.5, WIDTH - 14.0));
                    }
                    if index + 1 < count {
                        lines.push(String::new());
                    }
                    for l in lines {
                        items.push(Item {
                            height: 13.0,
                            cmds: vec![
                                Cmd::Rect {
                                    x: 0.0,
                                    dy: 0.0,
                                    w: 1.5,
                                    h: 13.0,
                                    fill: Some(0.55),
                                    stroke: None,
                                },
                                Cmd::Text {
                                    x: 12.0,
                                    dy: 10.0,
                                    face: Face::Regular,
                                    size: 9.5,
                                    grey: 0.0,
                                    text: l,
                                },
                            ],
                            space: false,
                        });
                    }
                    self.groups.push(Group {
                        items,
                        keep_with_next: paragraph.trim_end().ends_with(','),
                    });
                }
                self.space(4.0);
            }
            Block::Bullets(items) => {
                for item in items {
                    let lines = self.wrap(item, Face::Regular, 10.0, WIDTH - 14.0);
                    let group_items = lines
                        .into_iter()
                        .enumerate()
                        .map(|(i, line)| {
                            let mut cmds = vec![Cmd::Text {
                                x: 14.0,
                                dy: 10.5,
                                face: Face::Regular,
                                size: 10.0,
                                grey: 0.0,
                                text: line,
                            }];
                            if i == 0 {
                                cmds.push(Cmd::Text {
                                    x: 3.0,
                                    dy: 10.5,
                                    face: Face::Regular,
                                    size: 10.0,
                                    grey: 0.0,
                                    text: "•".into(),
                                });
                            }
                            Item {
                                height: 14.0,
                                cmds,
                                space: false,
                            }
                        })
                        .collect();
                    self.groups.push(Group {
                        items: group_items,
                        keep_with_next: false,
                    });
                }
                self.space(4.0);
            }
            Block::Table(rows) => {
                const LABEL_W: f32 = 150.0;
                const GAP: f32 = 10.0;
                for (label, value) in rows {
                    let labels = self.wrap(label, Face::Bold, 9.5, LABEL_W);
                    let values = self.wrap(value, Face::Regular, 10.0, WIDTH - LABEL_W - GAP);
                    let n = labels.len().max(values.len());
                    let mut items = Vec::new();
                    for i in 0..n {
                        let mut cmds = Vec::new();
                        if let Some(l) = labels.get(i) {
                            cmds.push(Cmd::Text {
                                x: 0.0,
                                dy: 11.0,
                                face: Face::Bold,
                                size: 9.5,
                                grey: 0.2,
                                text: l.clone(),
                            });
                        }
                        if let Some(v) = values.get(i) {
                            cmds.push(Cmd::Text {
                                x: LABEL_W + GAP,
                                dy: 11.0,
                                face: Face::Regular,
                                size: 10.0,
                                grey: 0.0,
                                text: v.clone(),
                            });
                        }
                        items.push(Item {
                            height: 14.0,
                            cmds,
                            space: false,
                        });
                    }
                    items.push(Item {
                        height: 4.0,
                        cmds: vec![Cmd::Rule {
                            x1: 0.0,
                            x2: WIDTH,
                            dy: 2.0,
                            thickness: 0.4,
                            grey: 0.7,
                        }],
                        space: false,
                    });
                    self.groups.push(Group {
                        items,
                        keep_with_next: false,
                    });
                }
                self.space(6.0);
            }
            Block::Chart(bars) => {
                const LABEL_W: f32 = 190.0;
                const BLOCK_W: f32 = 24.0;
                const BLOCK_H: f32 = 12.0;
                const STEP: f32 = BLOCK_W + 4.0;
                let mut items = Vec::new();
                for bar in bars {
                    let labels = self.wrap(&bar.label, Face::Regular, 9.5, LABEL_W);
                    let value_text = self.clean(&bar.value_text, Face::Regular);
                    let height = (labels.len() as f32 * 13.0).max(BLOCK_H + 6.0) + 4.0;
                    let mut cmds: Vec<Cmd> = labels
                        .into_iter()
                        .enumerate()
                        .map(|(i, l)| Cmd::Text {
                            x: 0.0,
                            dy: 12.0 + i as f32 * 13.0,
                            face: Face::Regular,
                            size: 9.5,
                            grey: 0.0,
                            text: l,
                        })
                        .collect();
                    let steps = (bar.max - bar.min + 1).max(1);
                    for i in 0..steps {
                        let filled = bar.min + i <= bar.value;
                        cmds.push(Cmd::Rect {
                            x: LABEL_W + 10.0 + i as f32 * STEP,
                            dy: 2.0,
                            w: BLOCK_W,
                            h: BLOCK_H,
                            // Dark fill against white with an outline: clear on grey paper too.
                            fill: if filled { Some(0.2) } else { Some(1.0) },
                            stroke: Some(0.2),
                        });
                    }
                    cmds.push(Cmd::Text {
                        x: LABEL_W + 10.0 + 5.0 * STEP + 6.0,
                        dy: 12.0,
                        face: Face::Regular,
                        size: 9.5,
                        grey: 0.0,
                        text: value_text,
                    });
                    items.push(Item {
                        height,
                        cmds,
                        space: false,
                    });
                }
                self.groups.push(Group {
                    items,
                    keep_with_next: false,
                });
                self.space(4.0);
            }
        }
    }
}

/// Places groups on pages: a group that fits goes whole onto one page; a heading stays with the
/// group that follows it; a group taller than a page is split between its items.
fn paginate(groups: &[Group]) -> Vec<Vec<(f32, &Item)>> {
    let mut pages: Vec<Vec<(f32, &Item)>> = vec![Vec::new()];
    let mut y = 0.0;
    for (index, group) in groups.iter().enumerate() {
        let mut need = group.height();
        let mut next = index + 1;
        let mut keep = group.keep_with_next;
        while keep && let Some(g) = groups.get(next) {
            if g.items.iter().all(|i| i.space) {
                need += g.height();
                next += 1;
                continue;
            }
            // The next group goes whole onto a page (when it fits one), so it counts whole.
            need += g.height().min(HEIGHT);
            keep = g.keep_with_next;
            next += 1;
        }
        if y > 0.0 && y + need.min(HEIGHT) > HEIGHT {
            pages.push(Vec::new());
            y = 0.0;
        }
        for item in &group.items {
            if y + item.height > HEIGHT && y > 0.0 {
                pages.push(Vec::new());
                y = 0.0;
            }
            if item.space && y == 0.0 {
                continue;
            }
            if let Some(page) = pages.last_mut() {
                page.push((y, item));
            }
            y += item.height;
        }
    }
    pages
}

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
    let mut layout = Layout {
        fonts,
        groups: Vec::new(),
        report: TextReport::default(),
    };
    // Title block.
    layout.text(&brief.title, TITLE, true, true);
    layout.space(4.0);
    for block in &brief.blocks {
        layout.block(block);
    }
    let footer = layout.clean(&brief.footer, Face::Italic);
    let pages = paginate(&layout.groups);
    let total = pages.len();

    let mut doc = PdfDocument::new(&brief.title);
    let ids = [
        doc.add_font(&fonts.regular),
        doc.add_font(&fonts.bold),
        doc.add_font(&fonts.italic),
    ];
    let mut pdf_pages = Vec::with_capacity(total);
    for (n, page) in pages.iter().enumerate() {
        let mut ops = Vec::new();
        for (y, item) in page {
            let top = PAGE_H - TOP - y;
            for cmd in &item.cmds {
                match cmd {
                    Cmd::Text {
                        x,
                        dy,
                        face,
                        size,
                        grey: shade,
                        text,
                    } => {
                        let style = Style {
                            face: *face,
                            size: *size,
                            grey: *shade,
                        };
                        text_ops(&mut ops, &ids, style, (LEFT + x, top - dy), text);
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
                        ops.push(Op::DrawLine {
                            line: Line {
                                points: vec![
                                    LinePoint {
                                        p: pt_point(LEFT + x1, top - dy),
                                        bezier: false,
                                    },
                                    LinePoint {
                                        p: pt_point(LEFT + x2, top - dy),
                                        bezier: false,
                                    },
                                ],
                                is_closed: false,
                            },
                        });
                    }
                }
            }
        }
        // Footer: the organisation, the app and the date on the left; the page on the right.
        let label = brief.page_label(n + 1, total);
        let label_w = fonts.width(PAGE_NUMBER.face, &label, PAGE_NUMBER.size);
        let mut left = footer.clone();
        while !left.is_empty()
            && fonts.width(FOOTER.face, &left, FOOTER.size) > WIDTH - label_w - 20.0
        {
            left.pop();
        }
        ops.push(Op::SetOutlineColor { col: grey(0.6) });
        ops.push(Op::SetOutlineThickness { pt: Pt(0.4) });
        ops.push(Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: pt_point(LEFT, FOOTER_Y + 11.0),
                        bezier: false,
                    },
                    LinePoint {
                        p: pt_point(LEFT + WIDTH, FOOTER_Y + 11.0),
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
        text_ops(&mut ops, &ids, FOOTER, (LEFT, FOOTER_Y), &left);
        text_ops(
            &mut ops,
            &ids,
            PAGE_NUMBER,
            (LEFT + WIDTH - label_w, FOOTER_Y),
            &label,
        );
        pdf_pages.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
    }
    doc.with_pages(pdf_pages);

    let created = printpdf::OffsetDateTime::from_unix_timestamp(created.unix_timestamp())
        .map_err(|e| PdfError::Write(e.to_owned()))?;
    let info = &mut doc.metadata.info;
    info.document_title = brief.title.clone();
    info.author = brief.organisation.clone();
    info.subject = brief
        .lang
        .pick(
            "Behoefteprofiel en voorstel voor het overleg",
            "Needs profile and proposal for the consultation",
        )
        .to_owned();
    info.creator = format!("Behoeftewijzer {}", env!("CARGO_PKG_VERSION"));
    info.producer = format!("Behoeftewijzer {} (printpdf)", env!("CARGO_PKG_VERSION"));
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;

    let options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut lo = doc.to_lopdf_document(&options, &mut Vec::new());
    let lang_tag = match brief.lang {
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
    Ok(Rendered {
        bytes,
        pages: total,
        report: layout.report,
    })
}
