//! The brief for a screen reader's PDF reader (issue 19, item 10), checked by a checker we did
//! not write: `pdfua` (from `PyPI`, installed by `.ci/run`) reports no error on the Dutch and English
//! example briefs, on a regional brief and on the meeting's report (*verslag*). Read back with lopdf: text strings that are not
//! ASCII are UTF-16BE with a byte-order mark, every table has header cells, and the XMP
//! metadata holds the title, the language and the PDF/UA identification.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use behoeftewijzer::brief::{self, pdf, regional};
use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::Answer;
use behoeftewijzer::model::combine::Entry;
use behoeftewijzer::model::needs::{self, NeedsRules};

mod common;
use common::profiles;
use profiles::{example, q};

fn example_brief_pdf(lang: Lang) -> Vec<u8> {
    let profile = example();
    let needs = needs::derive(q(), NeedsRules::builtin(), &profile);
    let options = brief::Options {
        lang,
        mail_to: "",
        include_email: true,
        today: common::today().date(),
    };
    let b = brief::build(q(), NeedsRules::builtin(), &profile, &needs, options);
    pdf::render(&b, common::today()).unwrap().bytes
}

fn regional_pdf() -> Vec<u8> {
    let entries: Vec<Entry> = (0..3)
        .map(|i| {
            let mut p = example();
            p.set(
                "organisatie.naam",
                Some(Answer::Text(format!("Gemeente Regio {i}"))),
            );
            Entry::new(format!("profiel-{i}.ron"), p)
        })
        .collect();
    let b = regional::build(
        q(),
        NeedsRules::builtin(),
        &entries,
        Lang::Nl,
        common::today().date(),
    );
    pdf::render(&b, common::today()).unwrap().bytes
}

/// The meeting's report (issue 23) of the example, which records a meeting.
fn report_pdf(lang: Lang) -> Vec<u8> {
    let b = brief::report::build(q(), &example(), lang, common::today().date());
    pdf::render(&b, common::today()).unwrap().bytes
}

/// `pdfua check` on the PDF: its exit code and report, or `None` (with the reason printed)
/// where the checker is not installed.
fn pdfua(bytes: &[u8], name: &str) -> Option<(i32, String)> {
    if !common::needs::tool("pdfua", "pip install pdfua") {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdfua")
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    Some((
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    ))
}

#[test]
fn the_pdf_ua_checker_finds_no_error_in_the_example_and_regional_briefs_and_the_report() {
    for (bytes, name) in [
        (example_brief_pdf(Lang::Nl), "voorbeeld-nl.pdf"),
        (example_brief_pdf(Lang::En), "voorbeeld-en.pdf"),
        (regional_pdf(), "regionaal.pdf"),
        (report_pdf(Lang::Nl), "verslag-nl.pdf"),
        (report_pdf(Lang::En), "verslag-en.pdf"),
    ] {
        let Some((code, report)) = pdfua(&bytes, name) else {
            return;
        };
        assert!(report.contains("errors=0"), "{name}:\n{report}");
        assert_eq!(code, 0, "{name}: pdfua found something:\n{report}");
    }
}

/// The structure elements of a PDF, as dictionaries.
fn elements(doc: &lopdf::Document) -> Vec<&lopdf::Dictionary> {
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| {
            d.get(b"Type")
                .and_then(lopdf::Object::as_name)
                .is_ok_and(|n| n == b"StructElem")
        })
        .collect()
}

fn struct_kind(d: &lopdf::Dictionary) -> &[u8] {
    d.get(b"S").and_then(lopdf::Object::as_name).unwrap()
}

#[test]
fn the_figure_text_is_utf16_with_a_byte_order_mark_and_reads_back_whole() {
    let doc = lopdf::Document::load_mem(&example_brief_pdf(Lang::Nl)).unwrap();
    let alts: Vec<String> = elements(&doc)
        .into_iter()
        .filter_map(|d| d.get(b"Alt").ok())
        .map(|alt| {
            let bytes = alt.as_str().unwrap();
            assert_eq!(&bytes[..2], [0xFE, 0xFF], "no byte-order mark");
            let units: Vec<u16> = bytes[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&units).unwrap()
        })
        .collect();
    assert!(!alts.is_empty(), "the needs picture has no text");
    assert!(
        alts.iter().any(|a| a.contains("3 – Zeer urgent")),
        "{alts:?}"
    );
}

#[test]
fn every_table_row_has_a_header_cell() {
    let doc = lopdf::Document::load_mem(&example_brief_pdf(Lang::Nl)).unwrap();
    let all = elements(&doc);
    let rows: Vec<&&lopdf::Dictionary> = all.iter().filter(|d| struct_kind(d) == b"TR").collect();
    assert!(rows.len() > 10, "{} rows", rows.len());
    for row in rows {
        let kids = row.get(b"K").and_then(lopdf::Object::as_array).unwrap();
        let heads = kids
            .iter()
            .filter_map(|k| k.as_reference().ok())
            .filter_map(|r| doc.get_dictionary(r).ok())
            .filter(|d| struct_kind(d) == b"TH")
            .count();
        assert_eq!(heads, 1, "a table row without its header cell");
    }
}

#[test]
fn the_xmp_metadata_holds_title_language_and_the_pdf_ua_identification() {
    for (lang, tag, title) in [
        (Lang::Nl, "nl-NL", "Gespreksnotitie"),
        (Lang::En, "en-GB", "Consultation brief"),
    ] {
        let doc = lopdf::Document::load_mem(&example_brief_pdf(lang)).unwrap();
        let id = doc
            .catalog()
            .unwrap()
            .get(b"Metadata")
            .and_then(lopdf::Object::as_reference)
            .unwrap();
        let stream = doc.get_object(id).unwrap().as_stream().unwrap();
        assert_eq!(
            stream
                .dict
                .get(b"Subtype")
                .and_then(lopdf::Object::as_name)
                .unwrap(),
            b"XML"
        );
        let xml = String::from_utf8(stream.content.clone()).unwrap();
        assert!(xml.contains("<pdfuaid:part>1</pdfuaid:part>"), "{xml}");
        assert!(xml.contains(&format!("<rdf:li>{tag}</rdf:li>")), "{xml}");
        assert!(xml.contains(title), "{xml}");
    }
}
