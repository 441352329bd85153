//! The brief as a tagged PDF (issue 11, item 9), read back the way assistive technology and a
//! checker read it: the catalog through lopdf (marked, a structure tree, the title shown), and
//! the structure with poppler's `pdfinfo -struct-text`: headings, lists and tables in reading
//! order, all the text of the page in the tree, and the footer left out as an artifact.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use behoeftewijzer::brief::{self, pdf};
use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::Questionnaire;
use behoeftewijzer::model::needs::{self, NeedsRules};
use behoeftewijzer::storage;

mod common;
use common::profiles;

fn example_pdf_bytes(lang: Lang) -> Vec<u8> {
    example_brief(lang).1
}

/// The example's brief, and its PDF.
fn example_brief(lang: Lang) -> (brief::Brief, Vec<u8>) {
    let q = Questionnaire::builtin();
    let path = profiles::example_path();
    let profile = storage::load(&path, q).unwrap();
    let needs = needs::derive(q, NeedsRules::builtin(), &profile);
    let today = time::macros::datetime!(2026-11-28 10:30 UTC);
    let options = brief::Options {
        lang,
        mail_to: "",
        include_email: true,
        today: today.date(),
    };
    let b = brief::build(q, NeedsRules::builtin(), &profile, &needs, options);
    let bytes = pdf::render(&b, today).unwrap().bytes;
    (b, bytes)
}

fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils, installed by .ci/run): {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_catalog_says_tagged_with_a_structure_tree_and_the_title_shown() {
    let doc = lopdf::Document::load_mem(&example_pdf_bytes(Lang::Nl)).unwrap();
    let catalog = doc.catalog().unwrap();
    let marked = catalog
        .get(b"MarkInfo")
        .and_then(lopdf::Object::as_dict)
        .and_then(|d| d.get(b"Marked"))
        .and_then(lopdf::Object::as_bool)
        .unwrap();
    assert!(marked);
    let root = catalog
        .get(b"StructTreeRoot")
        .and_then(lopdf::Object::as_reference)
        .and_then(|r| doc.get_dictionary(r))
        .unwrap();
    assert_eq!(
        root.get(b"Type").and_then(lopdf::Object::as_name).unwrap(),
        b"StructTreeRoot"
    );
    assert!(root.get(b"ParentTree").is_ok());
    let shows_title = catalog
        .get(b"ViewerPreferences")
        .and_then(lopdf::Object::as_dict)
        .and_then(|d| d.get(b"DisplayDocTitle"))
        .and_then(lopdf::Object::as_bool)
        .unwrap();
    assert!(shows_title);
    // Every page points into the parent tree.
    for (_, page) in doc.get_pages() {
        assert!(
            doc.get_dictionary(page)
                .unwrap()
                .get(b"StructParents")
                .is_ok()
        );
    }
}

#[test]
fn pdfinfo_reads_headings_lists_tables_and_all_the_text_in_order() {
    // Poppler is the reader here; without it (outside CI) this check is skipped, and the
    // other tests read the structure with lopdf.
    if !common::needs::tools(&["pdfinfo", "pdftotext"], "poppler-utils") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let file = dir.path().join(format!("brief-{lang:?}.pdf"));
        let (b, bytes) = example_brief(lang);
        std::fs::write(&file, bytes).unwrap();
        let out = Command::new("pdfinfo").arg(&file).output().unwrap();
        let info = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(info.contains("Tagged:          yes"), "{info}");
        let out = Command::new("pdfinfo")
            .arg("-struct-text")
            .arg(&file)
            .output()
            .unwrap();
        let tree = String::from_utf8_lossy(&out.stdout).into_owned();
        // The kinds of elements a screen reader navigates by.
        for kind in [
            "Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH",
            "TD", "Figure",
        ] {
            assert!(
                tree.lines()
                    .any(|l| l.trim_start().starts_with(&format!("{kind} "))
                        || l.trim() == kind
                        || l.trim_start().starts_with(&format!("{kind}:"))),
                "{lang:?}: no {kind} in the structure"
            );
        }
        // The headings in the order printed.
        let headings: Vec<&str> = tree
            .lines()
            .zip(tree.lines().skip(1))
            .filter(|(l, _)| l.trim_start().starts_with("H2"))
            .map(|(_, next)| next.trim().trim_matches('"'))
            .collect();
        let numbered: Vec<&&str> = headings
            .iter()
            .filter(|h| h.starts_with(|c: char| c.is_ascii_digit()))
            .collect();
        let mut sorted = numbered.clone();
        sorted.sort_by_key(|h| h.split('.').next().and_then(|n| n.parse::<u32>().ok()));
        assert_eq!(
            numbered, sorted,
            "{lang:?}: headings out of order: {headings:?}"
        );
        assert!(numbered.len() >= 6, "{lang:?}: {headings:?}");
        // All the words on the pages are in the tree, except the footer, which is an artifact.
        let text = poppler("pdftotext", &[], &file);
        let footer = match lang {
            Lang::Nl | Lang::Pseudo => "pagina 1 van",
            Lang::En => "page 1 of",
        };
        assert!(text.contains(footer));
        assert!(
            !tree.contains(footer),
            "{lang:?}: the footer is in the structure"
        );
        let tree_words: std::collections::HashSet<&str> = tree
            .split(|c: char| c.is_whitespace() || c == '"')
            .collect();
        let footer_words: std::collections::HashSet<&str> = b
            .footer
            .split_whitespace()
            .chain(["pagina", "page", "van", "of"])
            .collect();
        let missing: Vec<&str> = text
            .split_whitespace()
            .filter(|w| !tree_words.contains(w) && !footer_words.contains(w))
            .filter(|w| w.parse::<u32>().is_err())
            .collect();
        assert!(
            missing.len() <= 2,
            "{lang:?}: text outside the structure: {missing:?}"
        );
    }
}
