//! Word documents read back by `docx-rs`'s reader, as the tests compare them.
#![allow(dead_code)] // each test crate uses part of it
#![allow(clippy::unwrap_used, clippy::expect_used)] // in a test, a panic reports a failure

/// A paragraph's text and its style, or a table's cells, read back from the `.docx` by
/// `docx-rs`'s reader.
pub fn texts(bytes: &[u8]) -> Vec<(Option<String>, String)> {
    let doc = docx_rs::read_docx(bytes).expect("a .docx docx-rs reads");
    let mut out = Vec::new();
    for child in &doc.document.children {
        match child {
            docx_rs::DocumentChild::Paragraph(p) => {
                let style = p.property.style.as_ref().map(|s| s.val.clone());
                out.push((style, p.raw_text()));
            }
            docx_rs::DocumentChild::Table(t) => {
                for row in &t.rows {
                    let docx_rs::TableChild::TableRow(row) = row;
                    for cell in &row.cells {
                        let docx_rs::TableRowChild::TableCell(cell) = cell;
                        let text: Vec<String> = cell
                            .children
                            .iter()
                            .filter_map(|c| match c {
                                docx_rs::TableCellContent::Paragraph(p) => Some(p.raw_text()),
                                _ => None,
                            })
                            .collect();
                        out.push((Some("cell".into()), text.join("\n")));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Every text of a Word document in reading order, one per line.
pub fn plain(path: &std::path::Path) -> String {
    let bytes = std::fs::read(path).expect("the Word document");
    let texts: Vec<String> = texts(&bytes).into_iter().map(|(_, t)| t).collect();
    texts.join("\n")
}
