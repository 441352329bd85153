//! The structure of the tagged PDF: the kinds of elements a screen reader navigates by
//! (headings, lists, tables, a figure) and how they nest. The layout assigns them, the PDF
//! writer writes them as the structure tree.

/// The kind of a structure element of the tagged PDF (ISO 32000, 14.8.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumIter)]
pub enum Tag {
    H1,
    H2,
    H3,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    /// A header cell that heads its row.
    TH,
    TD,
    Figure,
}

impl Tag {
    /// The structure type's name in the PDF.
    pub fn name(self) -> &'static str {
        match self {
            Tag::H1 => "H1",
            Tag::H2 => "H2",
            Tag::H3 => "H3",
            Tag::P => "P",
            Tag::L => "L",
            Tag::LI => "LI",
            Tag::Lbl => "Lbl",
            Tag::LBody => "LBody",
            Tag::Table => "Table",
            Tag::TR => "TR",
            Tag::TH => "TH",
            Tag::TD => "TD",
            Tag::Figure => "Figure",
        }
    }
}

/// A structure element: its kind, the element it is part of (`None`: the document), and for
/// a figure the text that stands for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    pub tag: Tag,
    pub parent: Option<usize>,
    pub alt: Option<String>,
}
