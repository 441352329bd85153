//! The brief as PDF, read back with a real parser (lopdf): parts, pages, footer, metadata,
//! language, and every kind of hostile text an officer can type.

use std::path::Path;

use behoeftewijzer::brief::{self, Block, Brief, pdf};
use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::needs::NeedsRules;
use behoeftewijzer::model::{Answer, Profile, Questionnaire};
use behoeftewijzer::storage;

fn q() -> &'static Questionnaire {
    Questionnaire::builtin()
}

fn example() -> Profile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/voorbeeld-compleet.ron");
    storage::load(&path, q()).unwrap_or_else(|e| panic!("example: {e}"))
}

fn today() -> time::OffsetDateTime {
    time::macros::datetime!(2026-11-28 10:30 UTC)
}

fn make(profile: &Profile, lang: Lang) -> (Brief, pdf::Rendered) {
    let b = brief::build(
        q(),
        NeedsRules::builtin(),
        profile,
        lang,
        "",
        today().date(),
    );
    let rendered = pdf::render(&b, today()).unwrap_or_else(|e| panic!("render: {e}"));
    (b, rendered)
}

/// The text of every page, as a PDF reader extracts it.
fn pages(bytes: &[u8]) -> (lopdf::Document, Vec<String>) {
    let doc = lopdf::Document::load_mem(bytes).unwrap_or_else(|e| panic!("lopdf: {e}"));
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    let texts = numbers
        .iter()
        .map(|n| {
            doc.extract_text(&[*n])
                .unwrap_or_else(|e| panic!("page {n}: {e}"))
        })
        .collect();
    (doc, texts)
}

/// Page text with lines joined by spaces: wrapped sentences read whole again.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn profile_with(id: &str, text: &str) -> Profile {
    let mut p = example();
    p.set(id, Some(Answer::Text(text.to_owned())));
    p
}

#[test]
fn the_brief_reads_back_with_every_part_footer_and_metadata() {
    let (b, r) = make(&example(), Lang::Nl);
    let (doc, texts) = pages(&r.bytes);
    assert_eq!(texts.len(), r.pages);
    assert!(r.pages >= 3, "{} pages", r.pages);
    let all = flat(&texts.join("\n"));
    for expected in [
        "Gespreksnotitie — overleg met de Alliantie Verandering van Binnenuit",
        "Organisatie Gemeente Voorbeeld",
        "Contactpersoon Sanne de Vries, Beleidsmedewerker sociaal domein",
        "Datum 28 november 2026",
        "1. Samenvatting",
        "Belangrijkste thema Huwelijksdwang en achterlating (3 – Zeer urgent)",
        "2. Behoefteprofiel",
        "Bereik van de hulp nu 2 van 5",
        "3. Huwelijksdwang en achterlating",
        "Vraag uit de aankondiging: Hoe maak ik beleid tegen huwelijksdwang?",
        "Onze vraag aan de alliantie Hoe zetten we een aanpak op",
        "4. LHBT bespreekbaar maken",
        "5. Empowerment van vrouwen met een vluchtelingenachtergrond",
        "6. Trainingsaanvraag",
        "Wat willen medewerkers leren?",
        "Praktische opmerkingen Zaal in het stadskantoor",
        "7. Samenwerking met zelforganisaties",
        "Landelijke Werkgroep Mudawwanah:",
        "bron: https://www.smn.nl/?p=11878",
        "8. Voorstel voor de agenda",
        "9. Vervolgstappen en aanmeldmail",
        "wie het eerst komt, wie het eerst maalt",
        "Aan e.leeuwis@movisie.nl",
        "Beste Erik Leeuwis,",
        "Aantal deelnemers: 24",
    ] {
        assert!(all.contains(expected), "missing {expected:?}");
    }
    // Every page has its footer, with the right numbers.
    for (i, text) in texts.iter().enumerate() {
        let t = flat(text);
        assert!(
            t.contains(&format!("pagina {} van {}", i + 1, r.pages)),
            "page {}: {t}",
            i + 1
        );
        assert!(
            t.contains("Gemeente Voorbeeld · opgesteld met Behoeftewijzer op 28 november 2026")
        );
    }
    // Metadata: title, author, subject, producer, a real creation date, and the language.
    let info_ref = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference);
    let info = info_ref
        .and_then(|r| doc.get_dictionary(r))
        .unwrap_or_else(|e| panic!("no Info: {e}"));
    // PDF text strings are UTF-16BE with a byte-order mark, or plain bytes.
    let string = |key: &[u8]| {
        let bytes = info
            .get(key)
            .and_then(lopdf::Object::as_str)
            .unwrap_or_default();
        match bytes.strip_prefix(&[0xFE, 0xFF]) {
            Some(utf16) => {
                let units: Vec<u16> = utf16
                    .chunks_exact(2)
                    .map(|c| u16::from_be_bytes([c[0], c[1]]))
                    .collect();
                String::from_utf16_lossy(&units)
            }
            None => String::from_utf8_lossy(bytes).into_owned(),
        }
    };
    assert_eq!(string(b"Author"), "Gemeente Voorbeeld");
    assert!(
        string(b"Producer").starts_with("Behoeftewijzer"),
        "{}",
        string(b"Producer")
    );
    assert!(
        string(b"CreationDate").starts_with("D:20261128"),
        "{}",
        string(b"CreationDate")
    );
    assert!(!string(b"Subject").is_empty());
    assert!(
        info.get(b"GTS_PDFXVersion").is_err(),
        "empty PDF/X key left in Info"
    );
    let catalog = doc.catalog().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        catalog.get(b"Lang").and_then(lopdf::Object::as_str).ok(),
        Some(&b"nl-NL"[..])
    );
    assert_eq!(b.open_items.len(), 0);
    assert!(r.report.is_clean());
}

#[test]
fn the_brief_in_english_says_so_in_its_language_tag() {
    let (_, r) = make(&example(), Lang::En);
    let (doc, texts) = pages(&r.bytes);
    let catalog = doc.catalog().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        catalog.get(b"Lang").and_then(lopdf::Object::as_str).ok(),
        Some(&b"en-GB"[..])
    );
    let all = flat(&texts.join("\n"));
    for expected in [
        "Consultation brief",
        "1. Summary",
        "page 1 of",
        "Proposed agenda",
        "Dear Erik Leeuwis,",
    ] {
        assert!(all.contains(expected), "missing {expected:?}");
    }
}

#[test]
fn missing_required_answers_are_marked_open() {
    let mut p = example();
    p.set("organisatie.contact_naam", None);
    p.set("training.leerdoelen", None);
    let (b, r) = make(&p, Lang::Nl);
    assert_eq!(b.open_items.len(), 2);
    let (_, texts) = pages(&r.bytes);
    let all = flat(&texts.join("\n"));
    assert!(all.contains("Nog open: deze verplichte vragen zijn nog niet beantwoord."));
    assert!(all.contains("Je organisatie › Naam contactpersoon"));
    assert!(
        all.contains("Wat willen medewerkers leren? (nog open)"),
        "{all}"
    );
}

#[test]
fn the_three_renderers_share_one_model() {
    let (b, _) = make(&example(), Lang::Nl);
    let text = brief::content::to_text(&b);
    for block in &b.blocks {
        if let Block::Heading(h) = block {
            assert!(
                text.contains(&h.to_uppercase()),
                "{h} not in the text version"
            );
        }
    }
    assert!(text.contains("Landelijke Werkgroep Mudawwanah"));
}

// Hostile text: every kind an officer could type gives a valid PDF, and what the fonts lack is
// replaced visibly and reported, never dropped in silence.

fn hostile(text: &str) -> (pdf::Rendered, String) {
    let (_, r) = make(&profile_with("signalen.toelichting", text), Lang::Nl);
    let (_, texts) = pages(&r.bytes);
    // Without the footers, text that runs over a page break reads on.
    let body: Vec<&str> = texts
        .iter()
        .flat_map(|t| t.lines())
        .filter(|l| !l.contains("opgesteld met Behoeftewijzer") && !l.starts_with("pagina "))
        .collect();
    (r, body.join("\n"))
}

#[test]
fn a_10000_character_answer_flows_over_pages() {
    let long = "Signalen uit de wijk worden besproken in het team. ".repeat(200);
    assert!(long.len() >= 10_000);
    let (_, normal) = make(&example(), Lang::Nl);
    let (r, text) = hostile(&long);
    assert!(r.pages > normal.pages + 1, "{} pages", r.pages);
    assert_eq!(flat(&text).matches("Signalen uit de wijk").count(), 200);
}

#[test]
fn turkish_and_polish_letters_come_through() {
    let (r, text) = hostile("İstanbul ılık Şişli şehir Ğ ğ · Łódź żółć ąę");
    assert!(r.report.is_clean(), "{:?}", r.report);
    assert!(flat(&text).contains("İstanbul ılık Şişli şehir Ğ ğ · Łódź żółć ąę"));
}

#[test]
fn arabic_is_replaced_visibly_and_reported() {
    let (r, text) = hostile("Welkom مرحبا");
    assert!(r.report.replaced.contains(&'م'));
    assert!(text.contains("Welkom"));
    assert!(text.contains(pdf::REPLACEMENT));
    let message = r.report.message(Lang::Nl).unwrap_or_default();
    assert!(message.contains("U+0645"), "{message}");
}

#[test]
fn tigrinya_is_replaced_visibly_and_reported() {
    let (r, text) = hostile("ሰላም");
    assert_eq!(r.report.replaced.len(), 3, "{:?}", r.report);
    assert_eq!(text.matches(pdf::REPLACEMENT).count(), 3);
}

#[test]
fn emoji_are_replaced_visibly_and_reported() {
    let (r, _) = hostile("Goed bezocht 👍🏽 🎉");
    assert!(r.report.replaced.contains(&'👍'));
    assert!(
        r.report
            .message(Lang::En)
            .unwrap_or_default()
            .contains("replaced")
    );
}

#[test]
fn tabs_and_newlines_keep_their_text() {
    let (r, text) = hostile("kolom1\tkolom2\nregel twee\r\nregel drie");
    assert!(r.report.is_clean(), "{:?}", r.report);
    let t = flat(&text);
    assert!(t.contains("kolom1 kolom2"), "{t}");
    assert!(t.contains("regel twee regel drie"), "{t}");
}

#[test]
fn direction_marks_are_left_out_and_counted() {
    let (r, text) = hostile("links\u{200F}rechts\u{202E}omgekeerd\u{200E}");
    assert_eq!(r.report.invisible, 3);
    assert!(text.contains("linksrechtsomgekeerd"));
    assert!(
        r.report
            .message(Lang::Nl)
            .unwrap_or_default()
            .contains("3 onzichtbare tekens")
    );
}

#[test]
fn a_line_without_spaces_longer_than_the_page_is_broken() {
    let word = "x".repeat(600);
    let (r, text) = hostile(&word);
    assert!(r.report.is_clean());
    let joined: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(joined.contains(&word));
    // Broken over several lines, each within the text width.
    let longest = text
        .lines()
        .filter(|l| l.starts_with("xxx"))
        .map(|l| l.len())
        .max()
        .unwrap_or(0);
    assert!(longest < 120, "a line of {longest} x's runs off the page");
}

#[test]
fn headings_never_end_a_page_and_table_rows_never_split() {
    // Shift the page breaks through the whole brief by growing one answer.
    for repeats in (0..60).step_by(3) {
        let p = profile_with(
            "signalen.toelichting",
            &"Een zin over de wijk. ".repeat(repeats * 4),
        );
        let (b, r) = make(&p, Lang::Nl);
        let (_, texts) = pages(&r.bytes);
        let headings: Vec<&str> = b
            .blocks
            .iter()
            .filter_map(|block| match block {
                Block::Heading(h) | Block::Subheading(h) => Some(h.as_str()),
                _ => None,
            })
            .collect();
        for (n, text) in texts.iter().enumerate() {
            let body: Vec<&str> = text
                .lines()
                .filter(|l| {
                    !l.contains("opgesteld met Behoeftewijzer") && !l.starts_with("pagina ")
                })
                .collect();
            if n + 1 < texts.len()
                && let Some(last) = body.last()
            {
                assert!(
                    !headings.contains(last),
                    "page {} ends with heading {last:?} ({repeats})",
                    n + 1
                );
            }
        }
        // A short label and the start of its value are always on the same page.
        for block in &b.blocks {
            let Block::Table(rows) = block else { continue };
            for (label, value) in rows {
                let start: String = value
                    .split_whitespace()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ");
                let Some(page) = texts.iter().position(|t| t.lines().any(|l| l == label)) else {
                    continue; // a label that wraps, or repeats: not checked here
                };
                if texts
                    .iter()
                    .filter(|t| t.lines().any(|l| l == label))
                    .count()
                    > 1
                {
                    continue;
                }
                assert!(
                    flat(&texts[page]).contains(&start),
                    "row {label:?} split from {start:?} ({repeats})"
                );
            }
        }
    }
}
