//! The user guide inside the app (*Help › Handleiding*, F1): the guide from `guides/` in the
//! interface's language, one chapter at a time, with its pictures, drawn by `ui::markdown` (a
//! paragraph is one text for a screen reader). F1 opens the chapter about the screen the user
//! is on.

use std::sync::OnceLock;

use super::{Command, Screen};
use crate::lang::Lang;

/// One chapter: a `## ` part of the guide (the opening part is the first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chapter {
    pub title: String,
    pub text: String,
    /// The text's blocks, parsed once.
    pub blocks: Vec<super::markdown::Block>,
}

/// The guides and their pictures, built into the app: `guides/<code>.md` is the guide of the
/// language with that code, and its pictures are in `guides/images/`. A language's guide is
/// added by adding its file.
#[derive(rust_embed::RustEmbed)]
#[folder = "guides/"]
struct Guides;

/// The guide of `lang` as written; empty when there is none (a test checks there is one for
/// every language a user can choose).
fn guide_text(lang: Lang) -> String {
    Guides::get(&format!("{}.md", lang.code()))
        .map(|file| String::from_utf8_lossy(&file.data).into_owned())
        .unwrap_or_default()
}

/// Where a picture lives inside the app, for a name in `guides/images/`.
fn image_uri(name: &str) -> String {
    format!("bytes://guide/{name}")
}

/// Makes the guide's pictures available to the window. Called once, at start.
pub fn install_images(ctx: &egui::Context) {
    egui_extras::install_image_loaders(ctx);
    for path in Guides::iter() {
        if let Some(name) = path.strip_prefix("images/")
            && let Some(file) = Guides::get(&path)
        {
            let bytes: egui::load::Bytes = match file.data {
                std::borrow::Cow::Borrowed(bytes) => bytes.into(),
                std::borrow::Cow::Owned(bytes) => bytes.into(),
            };
            ctx.include_bytes(image_uri(name), bytes);
        }
    }
}

/// Splits a guide into chapters at its `## ` headings; picture paths point into the app.
pub fn parse(markdown: &str) -> Vec<Chapter> {
    let markdown = markdown.replace("](images/", "](bytes://guide/");
    let mut chapters: Vec<Chapter> = Vec::new();
    for line in markdown.lines() {
        let heading = line
            .strip_prefix("## ")
            .or_else(|| line.strip_prefix("# ").filter(|_| chapters.is_empty()));
        match heading {
            Some(title) => chapters.push(Chapter {
                title: title.trim().to_owned(),
                text: String::new(),
                blocks: Vec::new(),
            }),
            None => {
                if let Some(chapter) = chapters.last_mut() {
                    chapter.text.push_str(line);
                    chapter.text.push('\n');
                }
            }
        }
    }
    for chapter in &mut chapters {
        chapter.blocks = super::markdown::parse(&chapter.text);
    }
    chapters
}

/// The chapters of the guide in `lang`.
pub fn chapters(lang: Lang) -> &'static [Chapter] {
    static NL: OnceLock<Vec<Chapter>> = OnceLock::new();
    static EN: OnceLock<Vec<Chapter>> = OnceLock::new();
    static PSEUDO: OnceLock<Vec<Chapter>> = OnceLock::new();
    let load = |text: &str| {
        let mut all = parse(text);
        // The opening part carries the guide's own title; in the list it is the introduction.
        if let Some(first) = all.first_mut() {
            trs!(lang, "guide-introduction").clone_into(&mut first.title);
        }
        all
    };
    // The guide of each language is a file of its own (guides/), not a catalogue text.
    let cell = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
        Lang::Pseudo => {
            return PSEUDO.get_or_init(|| {
                let mut all = load(&guide_text(Lang::Nl));
                for chapter in &mut all {
                    if !chapter.title.starts_with("[!!") {
                        chapter.title = crate::lang::pseudo(&chapter.title);
                    }
                    chapter.blocks.iter_mut().for_each(pseudo_block);
                }
                all
            });
        }
    };
    cell.get_or_init(|| load(&guide_text(lang)))
}

/// A block of the Dutch guide in the pseudo-language: each text marked and made longer.
fn pseudo_block(block: &mut super::markdown::Block) {
    use super::markdown::{Block, Span};
    let mark = |spans: &mut Vec<Span>| {
        let (start, end) = crate::lang::pseudo_marks(&super::markdown::plain(spans));
        for (at, text) in [(0, start.to_owned()), (spans.len() + 1, end)] {
            let span = Span {
                text,
                strong: false,
                code: false,
            };
            spans.insert(at, span);
        }
    };
    match block {
        Block::Heading { text, .. } | Block::Paragraph(text) => mark(text),
        Block::List { items, .. } => items.iter_mut().for_each(mark),
        Block::Image { alt, .. } => *alt = crate::lang::pseudo(alt),
        // Code is translated with the guide as well (its comments, its file names).
        Block::Code(code) => *code = crate::lang::pseudo(code),
    }
}

/// The chapter about `screen`; the opening chapter where none is about it.
pub fn chapter_for(screen: Screen, lang: Lang) -> usize {
    let title = match screen {
        Screen::Start | Screen::Guide(_) => trs!(lang, "guide-getting-started"),
        Screen::Section(_) => trs!(lang, "guide-answering-the-questions"),
        Screen::Review => trs!(lang, "guide-overview"),
        Screen::Needs => trs!(lang, "guide-needs-profile"),
        Screen::Brief => trs!(lang, "guide-consultation-brief"),
        Screen::Compare | Screen::RegionalBrief => {
            trs!(lang, "guide-comparing-profiles")
        }
        Screen::Meeting | Screen::Report => trs!(lang, "guide-after-the-meeting"),
    };
    chapters(lang)
        .iter()
        .position(|c| c.title == title)
        .unwrap_or(0)
}

/// The guide screen: its chapters as links, then the chapter that is open, then a way back.
pub fn guide_ui(ui: &mut egui::Ui, lang: Lang, chapter: usize, out: &mut Vec<Command>) {
    super::a11y::screen_title_ui(ui, trs!(lang, "guide-user-guide"));
    let all = chapters(lang);
    ui.horizontal_wrapped(|ui| {
        for (index, c) in all.iter().enumerate() {
            if ui.selectable_label(index == chapter, &c.title).clicked() {
                out.push(Command::Goto(Screen::Guide(index)));
            }
        }
    });
    ui.separator();
    if let Some(c) = all.get(chapter) {
        super::a11y::heading_ui(ui, c.title.as_str(), 2);
        super::markdown::show_ui(ui, &c.blocks);
    }
    ui.add_space(12.0);
    ui.horizontal_wrapped(|ui| {
        if chapter > 0 && ui.button(trs!(lang, "guide-previous-chapter")).clicked() {
            out.push(Command::Goto(Screen::Guide(chapter - 1)));
        }
        if chapter + 1 < all.len() && ui.button(trs!(lang, "guide-next-chapter")).clicked() {
            out.push(Command::Goto(Screen::Guide(chapter + 1)));
        }
        if ui.button(trs!(lang, "guide-close-the-guide")).clicked() {
            out.push(Command::CloseGuide);
        }
    });
}
