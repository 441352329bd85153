//! The brief's document model → positioned lines on A4 pages: the page's geometry, text
//! wrapped by the glyph advances of [`super::typeface`] (which also replaces and reports the
//! characters the fonts lack), and pagination that keeps headings with what follows,
//! paragraphs, lists and table rows whole, and the appendices on a new page. It says which
//! structure element ([`super::tags`]) each line belongs to; [`super::pdf`] draws what this
//! lays out.

use super::content::Block;
pub use super::error::PdfError;
pub use super::tags::{Element, Tag};
use super::typeface::{
    BODY, CHART_LABEL, EMAIL, Face, Fonts, HEADING, NOTE, REPLACEMENT, SUBHEADING, Style,
    TABLE_LABEL, TABLE_VALUE, TITLE, TextReport, is_invisible, plain,
};

/// A4 in points.
pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
/// Margins: a wide left margin for punching and binding.
pub const LEFT: f32 = 62.36; // 22 mm
const RIGHT: f32 = 56.69; // 20 mm
pub const TOP: f32 = 48.19; // 17 mm
const BOTTOM: f32 = 62.36; // 22 mm, the footer sits below the text
pub const FOOTER_Y: f32 = 36.0;
pub const WIDTH: f32 = PAGE_W - LEFT - RIGHT;
const HEIGHT: f32 = PAGE_H - TOP - BOTTOM;

/// The height of a line of body text, in a paragraph, a list, a table or the agenda.
const LINE: f32 = 12.5;
/// Line height as a multiple of the type size, for running text.
const LEADING: f32 = 1.3;

/// One drawing command, positioned relative to the top of its item. `element` is the
/// structure element its content belongs to; without one it is decoration (an artifact).
#[derive(Clone, Debug)]
pub enum Cmd {
    Text {
        x: f32,
        /// Baseline below the item's top.
        dy: f32,
        style: Style,
        text: String,
        element: Option<usize>,
    },
    Rect {
        x: f32,
        dy: f32,
        w: f32,
        h: f32,
        fill: Option<f32>,
        stroke: Option<f32>,
        element: Option<usize>,
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
pub struct Item {
    pub height: f32,
    pub cmds: Vec<Cmd>,
    /// A gap: dropped at the top of a page.
    space: bool,
}

impl Item {
    fn line(style: Style, x: f32, height: f32, text: String, element: usize) -> Item {
        Item {
            height,
            cmds: vec![Cmd::Text {
                x,
                dy: style.size * 1.05,
                style,
                text,
                element: Some(element),
            }],
            space: false,
        }
    }
}

/// Whether a paragraph may break between its lines.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lines {
    /// One group: a paragraph is not broken over two pages (unless taller than a page).
    Whole,
    /// One group, kept together, and kept with what follows (a subheading).
    WithNext,
}

/// Items that stay on one page (unless together taller than a page).
#[derive(Clone, Debug, Default)]
struct Group {
    items: Vec<Item>,
    /// Keep on the same page as the start of the next group (headings, a list's items, the
    /// parts of a subheaded unit).
    keep_with_next: bool,
    /// A heading: it needs the whole of what follows it (its first group) below it on the page.
    heading: bool,
    /// Start a new page before this group.
    new_page: bool,
}

impl Group {
    fn of(items: Vec<Item>) -> Group {
        Group {
            items,
            ..Group::default()
        }
    }

    fn height(&self) -> f32 {
        self.items.iter().map(|i| i.height).sum()
    }
}

/// The blocks of a brief as groups of items, ready to be put on pages.
pub struct Layout<'f> {
    fonts: &'f Fonts,
    groups: Vec<Group>,
    pub report: TextReport,
    /// The structure elements, in reading order.
    pub elements: Vec<Element>,
    /// Where the open subheaded unit starts: a subheading and what follows it up to the next
    /// heading, subheading or page break stay on one page when they fit one.
    unit_start: Option<usize>,
}

impl<'f> Layout<'f> {
    pub fn new(fonts: &'f Fonts) -> Self {
        Layout {
            fonts,
            unit_start: None,
            groups: Vec::new(),
            report: TextReport::default(),
            elements: Vec::new(),
        }
    }

    /// Ends the open unit: each of its groups but the last (and the gaps after it) keeps with
    /// the next, so the unit goes whole onto a page when it fits one.
    pub fn close_unit(&mut self) {
        let Some(start) = self.unit_start.take() else {
            return;
        };
        let Some(last) = self.groups[start..]
            .iter()
            .rposition(|g| !g.items.iter().all(|i| i.space))
        else {
            return;
        };
        for group in &mut self.groups[start..start + last] {
            group.keep_with_next = true;
        }
    }

    /// A new structure element; returns its index.
    fn element(&mut self, tag: Tag, parent: Option<usize>) -> usize {
        self.elements.push(Element {
            tag,
            parent,
            alt: None,
        });
        self.elements.len() - 1
    }

    /// Replaces what the face cannot show, and leaves out invisible characters; both reported.
    pub fn clean(&mut self, text: &str, face: Face) -> String {
        use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
        let mut out = String::with_capacity(text.len());
        // Composed first (NFC): a letter and its accent are one glyph, or the accent would be
        // drawn on its own beside the letter. Most text already is: then it is not rebuilt.
        let composed: Box<dyn Iterator<Item = char>> =
            if is_nfc_quick(text.chars()) == IsNormalized::Yes {
                Box::new(text.chars())
            } else {
                Box::new(text.nfc())
            };
        for c in composed {
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

    /// Wraps text to `width`, by words, breaking a word that is longer than a line. Each word
    /// and character is measured once.
    fn wrap(&mut self, text: &str, s: Style, width: f32) -> Vec<String> {
        let text = self.clean(text, s.face);
        let fonts = self.fonts;
        let space = fonts.advance(s, ' ');
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_w = 0.0;
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let word_w = fonts.width(s, word);
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
                        let w = fonts.advance(s, c);
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
        self.groups.push(Group::of(vec![Item {
            height,
            cmds: Vec::new(),
            space: true,
        }]));
    }

    /// Text over the full width, as one structure element of kind `tag`.
    fn text(&mut self, text: &str, s: Style, x: f32, lines: Lines, tag: Tag) {
        let lh = s.size * LEADING;
        let element = self.element(tag, None);
        let items: Vec<Item> = self
            .wrap(text, s, WIDTH - x)
            .into_iter()
            .map(|line| Item::line(s, x, lh, line, element))
            .collect();
        match lines {
            Lines::WithNext => self.groups.push(Group {
                items,
                keep_with_next: true,
                heading: true,
                new_page: false,
            }),
            Lines::Whole => self.groups.push(Group::of(items)),
        }
    }

    /// The title at the top of the first page.
    pub fn title(&mut self, title: &str) {
        self.text(title, TITLE, 0.0, Lines::WithNext, Tag::H1);
        self.space(4.0);
    }

    pub fn block(&mut self, block: &Block) {
        match block {
            Block::Heading(h) => self.heading(h),
            Block::Subheading(h) => {
                self.close_unit();
                self.space(5.0);
                self.unit_start = Some(self.groups.len());
                self.text(h, SUBHEADING, 0.0, Lines::WithNext, Tag::H3);
            }
            Block::Paragraph(p) => {
                self.text(p, BODY, 0.0, Lines::Whole, Tag::P);
                self.space(4.0);
            }
            Block::Note(p) => {
                self.text(p, NOTE, 0.0, Lines::Whole, Tag::P);
                self.space(3.0);
            }
            Block::Preformatted(p) => self.preformatted(p),
            Block::Bullets(items) => {
                let list = self.element(Tag::L, None);
                let first = self.groups.len();
                for item in items {
                    self.bullet(item, list);
                }
                // A list stays whole: no bullet is left alone on a page.
                let end = self.groups.len().saturating_sub(1);
                for group in &mut self.groups[first..end] {
                    group.keep_with_next = true;
                }
                self.space(4.0);
            }
            Block::Table(rows) => {
                let table = self.element(Tag::Table, None);
                for (label, value) in rows {
                    self.table_row(label, value, table);
                }
                self.space(4.0);
            }
            Block::Chart(bars) => self.chart(bars),
            Block::Schedule(rows) => {
                let table = self.element(Tag::Table, None);
                for (what, minutes) in rows {
                    self.schedule_row(what, minutes, table);
                }
                self.space(6.0);
            }
            Block::PageBreak => {
                self.close_unit();
                self.groups.push(Group {
                    new_page: true,
                    ..Group::default()
                });
            }
        }
    }

    fn heading(&mut self, h: &str) {
        self.close_unit();
        self.space(8.0);
        let element = self.element(Tag::H2, None);
        let mut items: Vec<Item> = self
            .wrap(h, HEADING, WIDTH)
            .into_iter()
            .map(|line| Item {
                height: 16.0,
                cmds: vec![Cmd::Text {
                    x: 0.0,
                    dy: 12.5,
                    style: HEADING,
                    text: line,
                    element: Some(element),
                }],
                space: false,
            })
            .collect();
        items.push(Item {
            height: 5.0,
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
            heading: true,
            new_page: false,
        });
    }

    /// The e-mail: indented, with a rule on its left, line for line. Each paragraph stays
    /// together, and a paragraph ending in a comma ("Met vriendelijke groet,") stays with the
    /// next, so a signature is never left alone on a page.
    fn preformatted(&mut self, p: &str) {
        let paragraphs: Vec<&str> = p.split("\n\n").collect();
        let count = paragraphs.len();
        for (index, paragraph) in paragraphs.into_iter().enumerate() {
            let element = self.element(Tag::P, None);
            let mut lines: Vec<String> = Vec::new();
            for line in paragraph.split('\n') {
                lines.extend(self.wrap(line, EMAIL, WIDTH - 14.0));
            }
            if index + 1 < count {
                lines.push(String::new());
            }
            let items = lines
                .into_iter()
                .map(|l| Item {
                    height: 13.0,
                    cmds: vec![
                        Cmd::Rect {
                            x: 0.0,
                            dy: 0.0,
                            w: 1.5,
                            h: 13.0,
                            fill: Some(0.55),
                            stroke: None,
                            element: None,
                        },
                        Cmd::Text {
                            x: 12.0,
                            dy: 10.0,
                            style: EMAIL,
                            text: l,
                            element: Some(element),
                        },
                    ],
                    space: false,
                })
                .collect();
            self.groups.push(Group {
                items,
                keep_with_next: paragraph.trim_end().ends_with(','),
                heading: false,
                new_page: false,
            });
        }
        self.space(4.0);
    }

    /// One item of the list `list`: its bullet (the label) first, then its text.
    fn bullet(&mut self, item: &str, list: usize) {
        let li = self.element(Tag::LI, Some(list));
        let label = self.element(Tag::Lbl, Some(li));
        let body = self.element(Tag::LBody, Some(li));
        let lines = self.wrap(item, BODY, WIDTH - 14.0);
        let items = lines
            .into_iter()
            .enumerate()
            .map(|(i, line)| {
                let mut item = Item::line(BODY, 14.0, LINE, line, body);
                if i == 0 {
                    item.cmds.insert(
                        0,
                        Cmd::Text {
                            x: 3.0,
                            dy: BODY.size * 1.05,
                            style: BODY,
                            text: "•".into(),
                            element: Some(label),
                        },
                    );
                }
                item
            })
            .collect();
        self.groups.push(Group::of(items));
    }

    /// A row of `table`: the label heads the row, the value is its cell.
    fn table_row(&mut self, label: &str, value: &str, table: usize) {
        const LABEL_W: f32 = 150.0;
        const GAP: f32 = 10.0;
        let row = self.element(Tag::TR, Some(table));
        let head = self.element(Tag::TH, Some(row));
        let cell = self.element(Tag::TD, Some(row));
        let labels = self.wrap(label, TABLE_LABEL, LABEL_W);
        let values = self.wrap(value, TABLE_VALUE, WIDTH - LABEL_W - GAP);
        let n = labels.len().max(values.len());
        let mut items = Vec::with_capacity(n + 1);
        for i in 0..n {
            let mut cmds = Vec::new();
            if let Some(l) = labels.get(i) {
                cmds.push(Cmd::Text {
                    x: 0.0,
                    dy: 10.5,
                    style: TABLE_LABEL,
                    text: l.clone(),
                    element: Some(head),
                });
            }
            if let Some(v) = values.get(i) {
                cmds.push(Cmd::Text {
                    x: LABEL_W + GAP,
                    dy: 10.5,
                    style: TABLE_VALUE,
                    text: v.clone(),
                    element: Some(cell),
                });
            }
            items.push(Item {
                height: LINE,
                cmds,
                space: false,
            });
        }
        items.push(Item {
            height: 3.0,
            cmds: vec![Cmd::Rule {
                x1: 0.0,
                x2: WIDTH,
                dy: 1.5,
                thickness: 0.4,
                grey: 0.7,
            }],
            space: false,
        });
        self.groups.push(Group::of(items));
    }

    /// An agenda row: what over most of the width, the minutes at the right. The item heads its
    /// row (a screen reader says "Kennismaking: 10 minuten"), as a label does in the answers.
    fn schedule_row(&mut self, what: &str, minutes: &str, table: usize) {
        const MINUTES_W: f32 = 60.0;
        let row = self.element(Tag::TR, Some(table));
        let what_cell = self.element(Tag::TH, Some(row));
        let minutes_cell = self.element(Tag::TD, Some(row));
        let whats = self.wrap(what, BODY, WIDTH - MINUTES_W - 10.0);
        let minutes = self.clean(minutes, BODY.face);
        let x = WIDTH - self.fonts.width(BODY, &minutes);
        let items = whats
            .into_iter()
            .enumerate()
            .map(|(i, line)| {
                let mut item = Item::line(BODY, 0.0, LINE, line, what_cell);
                if i == 0 {
                    item.cmds.push(Cmd::Text {
                        x,
                        dy: BODY.size * 1.05,
                        style: BODY,
                        text: minutes.clone(),
                        element: Some(minutes_cell),
                    });
                }
                item
            })
            .collect();
        self.groups.push(Group::of(items));
    }

    fn chart(&mut self, bars: &[super::content::Bar]) {
        const LABEL_W: f32 = 270.0;
        const BLOCK_W: f32 = 18.0;
        const BLOCK_H: f32 = 10.0;
        const STEP: f32 = BLOCK_W + 3.0;
        // One figure, with the values in words as its text for a screen reader.
        let figure = self.element(Tag::Figure, None);
        let alt = bars
            .iter()
            .map(|b| format!("{}: {}", plain(&b.label), plain(&b.value_text)))
            .collect::<Vec<_>>()
            .join("; ");
        self.elements[figure].alt = Some(alt);
        let mut items = Vec::new();
        for bar in bars {
            let labels = self.wrap(&bar.label, CHART_LABEL, LABEL_W);
            let value_text = self.clean(&bar.value_text, CHART_LABEL.face);
            let height = (labels.len() as f32 * 12.0).max(BLOCK_H + 4.0) + 1.0;
            let mut cmds: Vec<Cmd> = labels
                .into_iter()
                .enumerate()
                .map(|(i, l)| Cmd::Text {
                    x: 0.0,
                    dy: 10.5 + i as f32 * 12.0,
                    style: CHART_LABEL,
                    text: l,
                    element: Some(figure),
                })
                .collect();
            let steps = (bar.max - bar.min + 1).max(1);
            for i in 0..steps {
                let filled = bar.min + i <= bar.value;
                cmds.push(Cmd::Rect {
                    x: LABEL_W + 10.0 + i as f32 * STEP,
                    dy: 1.5,
                    w: BLOCK_W,
                    h: BLOCK_H,
                    // Dark fill against white with an outline: clear on grey paper too.
                    fill: if filled { Some(0.2) } else { Some(1.0) },
                    stroke: Some(0.2),
                    element: Some(figure),
                });
            }
            cmds.push(Cmd::Text {
                x: LABEL_W + 10.0 + 5.0 * STEP + 6.0,
                dy: 10.5,
                style: CHART_LABEL,
                text: value_text,
                element: Some(figure),
            });
            items.push(Item {
                height,
                cmds,
                space: false,
            });
        }
        self.groups.push(Group::of(items));
        self.space(4.0);
    }

    /// Places the groups on pages: a group that fits goes whole onto one page; a heading stays
    /// with the group that follows it; a group taller than a page is split between its items.
    pub fn paginate(&self) -> Vec<Vec<(f32, &Item)>> {
        let groups = &self.groups;
        let mut pages: Vec<Vec<(f32, &Item)>> = vec![Vec::new()];
        let mut y = 0.0;
        // Groups up to this index belong to a chain too tall for one page: each of them is
        // placed on its own (headings still take what they head), so a heading is not left
        // behind when the rest of its chain would move on without it.
        let mut free_until = 0;
        for (index, group) in groups.iter().enumerate() {
            if group.new_page && y > 0.0 {
                pages.push(Vec::new());
                y = 0.0;
            }
            let mut need = group.height();
            let mut next = index + 1;
            let mut keep = group.keep_with_next && (index >= free_until || group.heading);
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
            // A group that fits a page starts on a new one when it does not fit here; a group
            // taller than any page is split anyway, so it starts here when its first item fits.
            let start = if group.heading {
                // A heading, and what it heads: its first group whole when that fits a page
                // (a table row, a paragraph), else that group's first line.
                let next_first = groups[index + 1..]
                    .iter()
                    .find(|g| !g.items.iter().all(|i| i.space))
                    .map_or(0.0, |g| {
                        if g.height() <= HEIGHT {
                            g.height()
                        } else {
                            g.items.first().map_or(0.0, |i| i.height)
                        }
                    });
                group.height() + next_first
            } else {
                group.items.first().map_or(0.0, |i| i.height)
            };
            if need > HEIGHT && index >= free_until {
                free_until = next;
            }
            let too_long = if need <= HEIGHT { need } else { start };
            if y > 0.0 && y + too_long > HEIGHT {
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

    /// A text cut to fit `width` in style `s`, with "…" where it was cut: for the footer.
    pub fn fit(&self, text: &str, s: Style) -> Fitted {
        Fitted::new(self.fonts, text, s)
    }
}

/// A line measured once, to be cut to any width without measuring it again: the footer is
/// cut on every page to leave room for its page number, and an organisation's name can be
/// thousands of characters long.
pub struct Fitted {
    text: String,
    /// The width of the text up to each character boundary: `(byte offset, width)`.
    prefix: Vec<(usize, f32)>,
    ellipsis: f32,
}

impl Fitted {
    fn new(fonts: &Fonts, text: &str, s: Style) -> Fitted {
        let mut prefix = Vec::with_capacity(text.len() + 1);
        let mut w = 0.0;
        for (i, c) in text.char_indices() {
            prefix.push((i, w));
            w += fonts.advance(s, c);
        }
        prefix.push((text.len(), w));
        Fitted {
            text: text.to_owned(),
            prefix,
            ellipsis: fonts.advance(s, '…'),
        }
    }

    /// The longest start of the text that fits `width`, with "…" when it was cut: a binary
    /// search over the measured prefix.
    pub fn to_width(&self, width: f32) -> String {
        let full = self.prefix.last().map_or(0.0, |p| p.1);
        if full <= width {
            return self.text.clone();
        }
        let room = width - self.ellipsis;
        let fits = self.prefix.partition_point(|(_, w)| *w <= room);
        let end = self.prefix[..fits].last().map_or(0, |p| p.0);
        format!("{}…", self.text[..end].trim_end())
    }
}

impl Fitted {
    /// The text on at most two lines: the first up to `first` wide, broken between words,
    /// the rest cut to `second` with "…". A footer whose translation is longer than its
    /// Dutch keeps its end (the date) on the second line instead of losing it.
    pub fn to_lines(&self, first: f32, second: f32) -> (String, Option<String>) {
        let full = self.prefix.last().map_or(0.0, |p| p.1);
        if full <= first {
            return (self.text.clone(), None);
        }
        let fits = self.prefix.partition_point(|(_, w)| *w <= first);
        let space = self.prefix[..fits]
            .iter()
            .rev()
            .find(|(i, _)| self.text[*i..].starts_with(' '))
            .map(|p| p.0);
        let Some(space) = space else {
            // One word longer than the line: cut it there.
            return (self.to_width(first), None);
        };
        let start = space + 1;
        let offset = self
            .prefix
            .iter()
            .find(|p| p.0 == start)
            .map_or(0.0, |p| p.1);
        let rest = Fitted {
            text: self.text[start..].to_owned(),
            prefix: self
                .prefix
                .iter()
                .filter(|p| p.0 >= start)
                .map(|(i, w)| (i - start, w - offset))
                .collect(),
            ellipsis: self.ellipsis,
        };
        (
            self.text[..space].trim_end().to_owned(),
            Some(rest.to_width(second)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::typeface::FOOTER;

    #[test]
    fn a_footer_too_long_for_one_line_goes_on_two_and_keeps_its_end() {
        let Ok(fonts) = Fonts::builtin() else {
            panic!("fonts");
        };
        let text = "Gemeente Voorbeeld · opgesteld met Behoeftewijzer op 6 december 2026";
        let fitted = Fitted::new(fonts, text, FOOTER);
        let whole = fonts.width(FOOTER, text);
        assert_eq!(fitted.to_lines(whole + 1.0, 100.0), (text.to_owned(), None));
        let (first, second) = fitted.to_lines(whole * 0.6, whole);
        let second = second.unwrap_or_default();
        assert!(fonts.width(FOOTER, &first) <= whole * 0.6, "{first}");
        assert_eq!(format!("{first} {second}"), text);
        // A very long one: the first line full, the second cut.
        let long = "Gemeente ".repeat(2_000);
        let (first, second) = Fitted::new(fonts, &long, FOOTER).to_lines(200.0, 300.0);
        assert!(fonts.width(FOOTER, &first) <= 200.0);
        assert!(second.is_some_and(|s| s.ends_with('…') && fonts.width(FOOTER, &s) <= 300.0));
    }

    #[test]
    fn a_long_footer_is_cut_once_measured_with_an_ellipsis() {
        let Ok(fonts) = Fonts::builtin() else {
            panic!("fonts");
        };
        let text = "Gemeente ".repeat(2_000);
        let fitted = Fitted::new(fonts, &text, FOOTER);
        let cut = fitted.to_width(200.0);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(fonts.width(FOOTER, &cut) <= 200.0);
        // Nearly all of the room is used: at most one word and the ellipsis less.
        let word = fonts.width(FOOTER, "Gemeente ");
        assert!(fonts.width(FOOTER, &cut) > 200.0 - word - fonts.width(FOOTER, "…"));
        assert_eq!(fitted.to_width(1.0e6), text);
        assert_eq!(Fitted::new(fonts, "", FOOTER).to_width(10.0), "");
    }
}
