//! The guide's Markdown on screen, for the eye and for a screen reader alike: each paragraph,
//! heading and list item is one text (its bold and code parts styled inside it), so a screen
//! reader reads a paragraph whole instead of its pieces (" ", ".", a line break). Parsed by
//! `pulldown-cmark`; the guide uses headings, paragraphs, lists, pictures and code blocks.

use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, RichText, TextStyle};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// A part of a text: plain, bold or code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub strong: bool,
    pub code: bool,
}

/// A block of the guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Heading {
        level: usize,
        text: Vec<Span>,
    },
    Paragraph(Vec<Span>),
    /// Items, numbered from `start` when it is a numbered list.
    List {
        start: Option<u64>,
        items: Vec<Vec<Span>>,
    },
    Image {
        uri: String,
        alt: String,
    },
    Code(String),
}

/// The words of `spans`, without their styles.
pub fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// Where the parser is: collecting the spans of a text, a list, or a picture's words.
#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    spans: Vec<Span>,
    strong: usize,
    list: Option<(Option<u64>, Vec<Vec<Span>>)>,
    image: Option<(String, String)>,
    code: Option<String>,
}

impl Reader {
    fn push_text(&mut self, text: &str, code: bool) {
        if let Some((_, alt)) = &mut self.image {
            alt.push_str(text);
        } else if let Some(block) = &mut self.code {
            block.push_str(text);
        } else {
            self.spans.push(Span {
                text: text.to_owned(),
                strong: self.strong > 0,
                code,
            });
        }
    }

    fn take_spans(&mut self) -> Vec<Span> {
        let mut spans = std::mem::take(&mut self.spans);
        // A text's edges carry no spaces (an item's text starts after its bullet).
        if let Some(first) = spans.first_mut() {
            first.text = first.text.trim_start().to_owned();
        }
        if let Some(last) = spans.last_mut() {
            last.text = last.text.trim_end().to_owned();
        }
        spans.retain(|s| !s.text.is_empty());
        spans
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(level) => {
                let text = self.take_spans();
                self.blocks.push(Block::Heading {
                    level: heading_level(level),
                    text,
                });
            }
            TagEnd::Paragraph if self.list.is_none() => {
                let spans = self.take_spans();
                if !spans.is_empty() {
                    self.blocks.push(Block::Paragraph(spans));
                }
            }
            TagEnd::Paragraph => self.push_text(" ", false),
            TagEnd::Item => {
                let spans = self.take_spans();
                if let Some((_, items)) = &mut self.list {
                    items.push(spans);
                }
            }
            TagEnd::List(_) => {
                if let Some((start, items)) = self.list.take() {
                    self.blocks.push(Block::List { start, items });
                }
            }
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Image => {
                if let Some((uri, alt)) = self.image.take() {
                    self.blocks.push(Block::Image { uri, alt });
                }
            }
            TagEnd::CodeBlock => {
                if let Some(code) = self.code.take() {
                    self.blocks.push(Block::Code(code.trim_end().to_owned()));
                }
            }
            _ => {}
        }
    }
}

fn heading_level(level: HeadingLevel) -> usize {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The blocks of a Markdown text.
pub fn parse(markdown: &str) -> Vec<Block> {
    let mut r = Reader::default();
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::List(start)) => r.list = Some((start, Vec::new())),
            Event::Start(Tag::Strong) => r.strong += 1,
            Event::Start(Tag::Image { dest_url, .. }) => {
                r.image = Some((dest_url.to_string(), String::new()));
            }
            Event::Start(Tag::CodeBlock(_)) => r.code = Some(String::new()),
            Event::End(tag) => r.end(tag),
            Event::Text(text) => r.push_text(&text, false),
            Event::Code(text) => r.push_text(&text, true),
            Event::SoftBreak | Event::HardBreak => r.push_text(" ", false),
            _ => {}
        }
    }
    r.blocks
}

/// One text as one label: bold parts in the strong colour, code in the monospace font.
fn text_job(ui: &egui::Ui, spans: &[Span], prefix: &str, size: Option<f32>) -> LayoutJob {
    let body = TextStyle::Body.resolve(ui.style());
    let font = FontId::new(size.unwrap_or(body.size), body.family.clone());
    let code_font = TextStyle::Monospace.resolve(ui.style());
    let visuals = ui.visuals();
    let normal = TextFormat::simple(font.clone(), visuals.text_color());
    let mut job = LayoutJob {
        wrap: egui::text::TextWrapping {
            max_width: ui.available_width(),
            ..Default::default()
        },
        ..Default::default()
    };
    job.append(prefix, 0.0, normal.clone());
    for span in spans {
        let format = if span.code {
            TextFormat {
                font_id: code_font.clone(),
                color: visuals.text_color(),
                background: visuals.code_bg_color,
                ..Default::default()
            }
        } else if span.strong || size.is_some() {
            let bold = FontId::new(font.size, super::theme::bold());
            TextFormat::simple(bold, visuals.strong_text_color())
        } else {
            normal.clone()
        };
        job.append(&span.text, 0.0, format);
    }
    job
}

/// Draws the blocks.
pub fn show_ui(ui: &mut egui::Ui, blocks: &[Block]) {
    for block in blocks {
        match block {
            Block::Heading { level, text } => {
                ui.add_space(8.0);
                let size = if *level <= 2 { 19.0 } else { 17.0 };
                let shown = ui.add(egui::Label::new(text_job(ui, text, "", Some(size))).wrap());
                super::a11y::mark_heading(ui, &shown, *level);
            }
            Block::Paragraph(spans) => {
                ui.add(egui::Label::new(text_job(ui, spans, "", None)).wrap());
            }
            Block::List { start, items } => list_ui(ui, *start, items),
            Block::Image { uri, alt } => {
                // Its own size, at most the page's width: not the room left on the screen,
                // which below a long text made it a thumbnail, or nothing.
                ui.add(
                    egui::Image::new(uri.as_str())
                        .fit_to_original_size(1.0)
                        .max_width(ui.available_width())
                        .alt_text(alt.as_str()),
                );
            }
            Block::Code(code) => {
                egui::Frame::new()
                    .fill(ui.visuals().code_bg_color)
                    .inner_margin(egui::Margin::same(8))
                    .show(ui, |ui| {
                        ui.add(egui::Label::new(RichText::new(code).monospace()).wrap());
                    });
            }
        }
        ui.add_space(4.0);
    }
}

/// A list, bulleted or numbered: a list for a screen reader, each item one text.
fn list_ui(ui: &mut egui::Ui, start: Option<u64>, items: &[Vec<Span>]) {
    use egui::accesskit::Role;
    let count = items.len();
    ui.scope_builder(
        egui::UiBuilder::new().accessibility_role(Role::List),
        |ui| {
            for (index, item) in items.iter().enumerate() {
                let mark = match start {
                    Some(first) => format!("{}. ", first + index as u64),
                    None => "• ".to_owned(),
                };
                let shown = ui.add(egui::Label::new(text_job(ui, item, &mark, None)).wrap());
                super::a11y::mark_list_item(ui, &shown, &plain(item), (index, count));
            }
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_with_bold_and_code_is_one_block() {
        let blocks = parse("Kies **Opslaan** en dan `Ctrl+S`.\nKlaar.");
        assert_eq!(blocks.len(), 1);
        let Block::Paragraph(spans) = &blocks[0] else {
            panic!("{blocks:?}");
        };
        assert_eq!(plain(spans), "Kies Opslaan en dan Ctrl+S. Klaar.");
        assert!(spans.iter().any(|s| s.strong && s.text == "Opslaan"));
        assert!(spans.iter().any(|s| s.code && s.text == "Ctrl+S"));
    }

    #[test]
    fn lists_headings_pictures_and_code_keep_their_kind() {
        let blocks = parse(
            "### Kop\n\n- een **vet** ding\n- twee\n\n1. eerst\n2. dan\n\n![Het venster](bytes://guide/venster.png)\n\n```\n(code)\n```\n",
        );
        assert_eq!(
            blocks[0],
            Block::Heading {
                level: 3,
                text: vec![Span {
                    text: "Kop".into(),
                    strong: false,
                    code: false
                }]
            }
        );
        let Block::List { start: None, items } = &blocks[1] else {
            panic!("{blocks:?}");
        };
        assert_eq!(
            items.iter().map(|i| plain(i)).collect::<Vec<_>>(),
            ["een vet ding", "twee"]
        );
        assert!(matches!(&blocks[2], Block::List { start: Some(1), items } if items.len() == 2));
        assert_eq!(
            blocks[3],
            Block::Image {
                uri: "bytes://guide/venster.png".into(),
                alt: "Het venster".into()
            }
        );
        assert_eq!(blocks[4], Block::Code("(code)".into()));
    }
}
