//! The brief's type: the three faces of its font, the named text styles, the fonts parsed
//! once and measured by glyph advances, and what happens to characters they lack (replaced
//! by �, or left out when invisible) with the message that reports it. [`super::layout`]
//! wraps and paginates with these measures; [`super::pdf`] embeds the same fonts.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use printpdf::ParsedFont;

use super::error::PdfError;
use crate::fonts::{
    NOTO_SANS_BOLD as BOLD, NOTO_SANS_ITALIC as ITALIC, NOTO_SANS_REGULAR as REGULAR,
};
use crate::lang::Lang;

/// Shown for a character the fonts lack.
pub const REPLACEMENT: char = '\u{FFFD}';

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
    Italic,
}

impl Face {
    /// The place of the face in anything kept per face: regular, bold, italic.
    pub const fn index(self) -> usize {
        match self {
            Face::Regular => 0,
            Face::Bold => 1,
            Face::Italic => 2,
        }
    }
}

/// How a run of text looks: face, size in points, and grey (0 black – 1 white).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub face: Face,
    pub size: f32,
    pub grey: f32,
}

const fn style(face: Face, size: f32, grey: f32) -> Style {
    Style { face, size, grey }
}

pub const TITLE: Style = style(Face::Bold, 16.0, 0.0);
pub const HEADING: Style = style(Face::Bold, 12.5, 0.0);
pub const SUBHEADING: Style = style(Face::Bold, 10.5, 0.0);
pub const BODY: Style = style(Face::Regular, 9.5, 0.0);
pub const NOTE: Style = style(Face::Italic, 8.5, 0.25);
pub const TABLE_LABEL: Style = style(Face::Bold, 9.5, 0.2);
pub const TABLE_VALUE: Style = BODY;
pub const CHART_LABEL: Style = style(Face::Regular, 9.5, 0.0);
pub const EMAIL: Style = style(Face::Regular, 9.5, 0.0);
pub const FOOTER: Style = style(Face::Italic, 8.0, 0.3);
pub const PAGE_NUMBER: Style = style(Face::Regular, 8.0, 0.3);

/// The three faces of the brief's font, parsed once.
pub struct Fonts {
    pub regular: ParsedFont,
    pub bold: ParsedFont,
    pub italic: ParsedFont,
    /// Per face, the advance in font units of each character below [`TABLE_END`], `None`
    /// where the face lacks it: looked up once, not for every character of every line.
    table: [Vec<Option<f32>>; 3],
}

/// The characters with a precomputed advance: Latin (with Latin-1 and Extended-A and -B),
/// which is nearly all a Dutch or English brief holds.
const TABLE_END: u32 = 0x250;

/// A face's advances for the characters below [`TABLE_END`].
fn table(font: &ParsedFont) -> Vec<Option<f32>> {
    (0..TABLE_END)
        .map(|c| {
            font.lookup_glyph_index(c)
                .map(|gid| f32::from(font.get_horizontal_advance(gid)))
        })
        .collect()
}

impl Fonts {
    /// The fonts shipped in `assets/fonts/` (Noto Sans), parsed once.
    pub fn builtin() -> Result<&'static Fonts, PdfError> {
        static FONTS: OnceLock<Result<Fonts, &'static str>> = OnceLock::new();
        let parsed = FONTS.get_or_init(|| {
            // Each face shares its bytes (one copy, not two) and reads the glyph outlines
            // only when the PDF's subset needs them (issue 35: the command line's fixed start);
            // printpdf's own `from_bytes` read every outline of the font at once.
            let parse = |bytes: &[u8], name: &'static str| {
                let shared = std::sync::Arc::new(rust_fontconfig::FontBytes::Owned(
                    std::sync::Arc::from(bytes),
                ));
                printpdf::AzulParsedFont::from_bytes_shared(shared, 0, &mut Vec::new())
                    .map(ParsedFont::from_azul)
                    .filter(ParsedFont::has_source_bytes)
                    .ok_or(name)
            };
            let regular = parse(REGULAR, "NotoSans-Regular")?;
            let bold = parse(BOLD, "NotoSans-Bold")?;
            let italic = parse(ITALIC, "NotoSans-Italic")?;
            let table = [table(&regular), table(&bold), table(&italic)];
            Ok(Fonts {
                regular,
                bold,
                italic,
                table,
            })
        });
        parsed.as_ref().map_err(|name| PdfError::Font(name))
    }

    pub(super) fn face(&self, face: Face) -> &ParsedFont {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
            Face::Italic => &self.italic,
        }
    }

    pub(super) fn has(&self, face: Face, c: char) -> bool {
        match self.table[face.index()].get(c as usize) {
            Some(known) => known.is_some(),
            None => self.face(face).lookup_glyph_index(c as u32).is_some(),
        }
    }

    /// The advance of a character in points (that of � where the face lacks it).
    pub(super) fn advance(&self, s: Style, c: char) -> f32 {
        let font = self.face(s.face);
        let upm = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        let units = if let Some(Some(units)) = self.table[s.face.index()].get(c as usize) {
            *units
        } else {
            let gid = font
                .lookup_glyph_index(c as u32)
                .or_else(|| font.lookup_glyph_index(REPLACEMENT as u32))
                .unwrap_or(0);
            f32::from(font.get_horizontal_advance(gid))
        };
        units * s.size / upm
    }

    pub fn width(&self, s: Style, text: &str) -> f32 {
        text.chars().map(|c| self.advance(s, c)).sum()
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
            parts.push(tr!(
                lang,
                "layout-missing-glyphs",
                list = (list.join(", ")).clone()
            ));
        }
        if self.invisible > 0 {
            parts.push(tr!(
                lang,
                "layout-invisible-characters",
                invisible = (self.invisible).to_string()
            ));
        }
        Some(parts.join(" "))
    }
}

/// Text without control or direction characters, for the PDF's metadata (title, author).
pub fn plain(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfc()
        .filter(|c| !is_invisible(*c) && *c != '\n')
        .collect()
}

/// Invisible characters that only steer layout: direction marks, joiners, soft hyphen, BOM.
pub(super) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}')
        || (c.is_control() && c != '\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table gives what the font's own tables give, for every face, inside the table and
    /// beyond it, and for characters the font lacks (the advance of �).
    #[test]
    fn the_advance_table_agrees_with_the_font() {
        let fonts = Fonts::builtin().expect("fonts");
        for face in [Face::Regular, Face::Bold, Face::Italic] {
            let s = style(face, 10.0, 0.0);
            let font = fonts.face(face);
            let upm = f32::from(font.pdf_font_metrics.units_per_em.max(1));
            let chars = (0..TABLE_END + 0x100)
                .chain([0x2013, 0x2019, 0x2026, 0x20AC, 0x4E2D, 0x1F642])
                .filter_map(char::from_u32);
            for c in chars {
                let gid = font
                    .lookup_glyph_index(c as u32)
                    .or_else(|| font.lookup_glyph_index(REPLACEMENT as u32))
                    .unwrap_or(0);
                let direct = f32::from(font.get_horizontal_advance(gid)) * 10.0 / upm;
                assert!(
                    (fonts.advance(s, c) - direct).abs() < 1e-4,
                    "{face:?} {c:?}: {} vs {direct}",
                    fonts.advance(s, c)
                );
                assert_eq!(
                    fonts.has(face, c),
                    font.lookup_glyph_index(c as u32).is_some(),
                    "{face:?} {c:?}"
                );
            }
        }
    }
}
