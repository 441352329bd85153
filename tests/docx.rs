//! The documents as Word documents (issue 34): the brief, the regional brief and the verslag
//! in Dutch and English, from the same document model as the PDF, read back as Word and
//! LibreOffice read them; on the command line `-o x.docx` writes one, and the privacy gate
//! stops it as it stops the PDF.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use behoeftewijzer::brief::{self, Block, Brief, docx, pdf, regional};
use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::Answer;
use behoeftewijzer::model::combine::Entry;
use behoeftewijzer::model::needs::{self, NeedsRules};
use behoeftewijzer::storage;

use common::profiles::{example, q};

/// Every kind of document of the example, in both languages: (name, document).
fn documents_of_the_example() -> Vec<(String, Brief)> {
    let today = common::today().date();
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let p = example();
        let derived = needs::derive(q(), NeedsRules::builtin(), &p);
        let options = brief::Options {
            lang,
            mail_to: "",
            include_email: true,
            today,
        };
        out.push((
            format!("brief {lang:?}"),
            brief::build(q(), NeedsRules::builtin(), &p, &derived, options),
        ));
        out.push((
            format!("verslag {lang:?}"),
            brief::report::build(q(), &p, lang, today),
        ));
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
        out.push((
            format!("regional {lang:?}"),
            regional::build(q(), NeedsRules::builtin(), &entries, lang, today),
        ));
    }
    out
}

/// The texts a reader finds in the document model, in reading order, as the Word document
/// should hold them: the title, then each block's texts (a table row's cells, a chart's
/// values, a preformatted text line by line).
fn model_texts(b: &Brief) -> Vec<String> {
    let mut out = vec![b.title.clone()];
    for block in &b.blocks {
        match block {
            Block::Heading(t) | Block::Subheading(t) | Block::Paragraph(t) | Block::Note(t) => {
                out.push(t.clone());
            }
            Block::Bullets(items) => out.extend(items.iter().cloned()),
            Block::Table(rows) | Block::Schedule(rows) => {
                for (a, v) in rows {
                    out.push(a.clone());
                    out.push(v.clone());
                }
            }
            Block::Chart(bars) => {
                for bar in bars {
                    out.push(bar.label.clone());
                    out.push(bar.value_text.clone());
                }
            }
            Block::Preformatted(t) => out.extend(t.lines().map(str::to_owned)),
            Block::PageBreak => {}
        }
    }
    out
}

/// The same words, in the same order, as the document model, and therefore as the PDF and
/// the preview; every paragraph of it also in the PDF's text.
#[test]
fn every_word_document_holds_the_texts_of_its_pdf_in_order() {
    for (name, b) in documents_of_the_example() {
        let bytes = docx::render(&b, common::today()).unwrap();
        let word: Vec<String> = common::word::texts(&bytes)
            .into_iter()
            .map(|(_, t)| common::flat(&t))
            .collect();
        let model: Vec<String> = model_texts(&b).iter().map(|t| common::flat(t)).collect();
        assert_eq!(word, model, "{name}");
        let rendered = pdf::render(&b, common::today()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.pdf");
        std::fs::write(&path, &rendered.bytes).unwrap();
        let pdf_text = common::pdf::text(&path);
        for (style, text) in common::word::texts(&bytes) {
            if style.as_deref() != Some("cell") && !text.trim().is_empty() {
                assert!(
                    pdf_text.contains(&common::flat(&text)),
                    "{name}: {text:?} not in the PDF"
                );
            }
        }
        // Word's own style names, so a house style restyles it.
        let styles: Vec<Option<String>> = common::word::texts(&bytes)
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        for wanted in ["Title", "Heading1", "ListBullet", "cell"] {
            assert!(
                styles.iter().any(|s| s.as_deref() == Some(wanted)),
                "{name}: no {wanted}"
            );
        }
    }
}

/// `python-docx`, the reader municipal scripts and many tools use: Word's style names on the
/// paragraphs, tables, list items, and the title, author and language in the properties.
#[test]
fn python_docx_reads_styles_tables_lists_and_properties() {
    let have = std::process::Command::new("python3")
        .args(["-c", "import docx"])
        .status()
        .is_ok_and(|s| s.success());
    if !common::needs::need(
        "python-docx",
        have,
        "pip install python-docx; .ci/run installs it",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, b) in documents_of_the_example() {
        let path = dir.path().join("d.docx");
        std::fs::write(&path, docx::render(&b, common::today()).unwrap()).unwrap();
        let script = r#"
import sys, docx
d = docx.Document(sys.argv[1])
styles = {p.style.name for p in d.paragraphs}
print("STYLES", sorted(styles))
print("TABLES", len(d.tables))
print("TITLE", d.core_properties.title)
print("AUTHOR", d.core_properties.author)
print("LANGUAGE", d.core_properties.language)
"#;
        let out = std::process::Command::new("python3")
            .args(["-c", script, path.to_str().unwrap()])
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        for wanted in ["'Title'", "'Heading 1'", "'List Bullet'"] {
            assert!(said.contains(wanted), "{name}: no {wanted}: {said}");
        }
        assert!(!said.contains("TABLES 0"), "{name}: {said}");
        assert!(
            said.contains(&format!("TITLE {}", b.title)),
            "{name}: {said}"
        );
        assert!(
            said.contains(&format!("AUTHOR {}", b.organisation)),
            "{name}: {said}"
        );
        assert!(
            said.contains(&format!("LANGUAGE {}", b.lang.tag())),
            "{name}: {said}"
        );
    }
}

/// LibreOffice opens the Word document of the example and converts it to PDF: the core's
/// sections and the organisation's name are in it, and it never says "je" to the alliance.
#[test]
fn libreoffice_opens_the_brief_and_its_text_holds_the_core() {
    if !common::needs::tools(&["soffice", "pdftotext"], "libreoffice, poppler-utils") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (_, b) = documents_of_the_example().remove(0);
    let docx_path = dir.path().join("notitie.docx");
    std::fs::write(&docx_path, docx::render(&b, common::today()).unwrap()).unwrap();
    let profile = dir.path().join("lo-profile");
    let out = std::process::Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&docx_path)
        .output()
        .unwrap();
    let converted = dir.path().join("notitie.pdf");
    assert!(
        converted.exists(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = common::flat(&common::pdf::text(&converted));
    for block in &b.blocks {
        if let Block::Heading(h) = block {
            assert!(
                text.contains(&common::flat(h)),
                "{h:?} not in LibreOffice's PDF"
            );
        }
    }
    assert!(text.contains("Gemeente Voorbeeld"));
    let je = regex::Regex::new(r"(?i)\b(je|jij|jouw)\b").unwrap();
    let typed: Vec<String> = example()
        .answers
        .values()
        .filter_map(|a| match a {
            Answer::Text(t) => Some(common::flat(t)),
            _ => None,
        })
        .collect();
    let mut own = text.clone();
    for t in &typed {
        own = own.replace(t.as_str(), " ");
    }
    assert!(!je.is_match(&own), "the brief says je: {own}");
}

/// The command line writes a Word document when the name ends in `.docx` (brief, verslag and
/// the regional brief), and the privacy gate stops it as it stops the PDF.
#[test]
fn the_command_line_writes_docx_and_the_gate_stops_it() {
    let dir = tempfile::tempdir().unwrap();
    let example = common::profiles::example_path();
    for (args, out) in [
        (
            vec!["brief", common::s(&example)],
            dir.path().join("notitie.docx"),
        ),
        (
            vec!["verslag", common::s(&example)],
            dir.path().join("verslag.docx"),
        ),
    ] {
        let mut args: Vec<&str> = args;
        args.extend(["-o", common::s(&out)]);
        let (code, said) = common::bin::run(&args);
        assert_eq!(code, 0, "{args:?}: {said}");
        assert!(said.contains("Word-document"), "{said}");
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(b"PK\x03\x04"), "{args:?}: not a zip");
        assert!(!common::word::texts(&bytes).is_empty());
    }
    // Copies of the example as Gemeente 0, 1 and 2 (two are compared).
    let copies = common::screens::three_copies(dir.path());
    let regional = dir.path().join("regionaal.docx");
    let (code, said) = common::bin::run(&[
        "compare",
        common::s(&copies[0]),
        common::s(&copies[1]),
        "--brief",
        common::s(&regional),
    ]);
    assert_eq!(code, 0, "{said}");
    assert!(std::fs::read(&regional).unwrap().starts_with(b"PK\x03\x04"));
    // Residents' data: no Word document either.
    let mut p = common::profiles::example();
    p.set(
        "organisatie.naam",
        Some(Answer::Text("Gemeente Voorbeeld BSN 234567892".into())),
    );
    let with_data = dir.path().join("met-gegevens.ron");
    storage::save(&with_data, &p).unwrap();
    let out = dir.path().join("gestopt.docx");
    let (code, said) = common::bin::run(&["brief", common::s(&with_data), "-o", common::s(&out)]);
    assert_eq!(code, 3, "{said}");
    assert!(!out.exists(), "written anyway");
    // Never over a profile, whatever the name says.
    let (code, _) = common::bin::run(&["brief", common::s(&example), "-o", common::s(&copies[0])]);
    assert_eq!(code, 2);
}

/// In the window: *Bestand › Gespreksnotitie als Word-document…*, the report's and the regional
/// brief's buttons beside their PDF ones, each through the path dialog (typed, as where no
/// file window can be shown) to a Word document the dialog then names.
#[test]
fn the_window_exports_each_document_as_a_word_document() {
    use behoeftewijzer::ui::Screen;
    use behoeftewijzer::ui::modal::Dialog;
    use egui_kittest::kittest::{NodeT, Queryable};
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::screens::window_on(common::start(), Screen::Brief, dir.path());
    let from_menu: [(&str, Option<Screen>); 3] = [
        ("Gespreksnotitie als Word-document…", None),
        ("Verslag als Word-document…", Some(Screen::Report)),
        (
            "Regionale gespreksnotitie als Word-document…",
            Some(Screen::RegionalBrief),
        ),
    ];
    for (label, screen) in from_menu {
        match screen {
            None => {
                common::click(&mut h, "Bestand");
                h.get_by_role_and_label(egui::accesskit::Role::MenuItem, label)
                    .click_accesskit();
                h.run();
            }
            Some(screen) => {
                common::screens::go_to(&mut h, screen);
                common::click(&mut h, label);
            }
        }
        let Some(Dialog::Path { text, .. }) = h.state().dialog().cloned() else {
            panic!("{label}: {:?}", h.state().dialog());
        };
        let is_docx = |t: &str| {
            std::path::Path::new(t)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
        };
        assert!(is_docx(&text), "{label}: proposed {text}");
        let node = h.get_by_label_contains("Bijvoorbeeld");
        let example = node
            .accesskit_node()
            .label()
            .or_else(|| node.accesskit_node().value())
            .unwrap_or_default();
        assert!(is_docx(&example), "{label}: {example}");
        common::click(&mut h, "Exporteren");
        h.state_mut().finish_job();
        h.run();
        let Some(Dialog::Exported { path, pages, .. }) = h.state().dialog().cloned() else {
            panic!("{label}: {:?}", h.state().dialog());
        };
        assert_eq!(pages, 0);
        h.get_by_label_contains("Het Word-document staat in:");
        let bytes = std::fs::read(&path).unwrap();
        assert!(!common::word::texts(&bytes).is_empty(), "{label}");
        common::click(&mut h, "Sluiten");
    }
}

/// `--format docx` where the name says nothing: the extension is added, so the name says what
/// the file is (`brief` and `compare --brief`).
#[test]
fn format_docx_gives_a_name_without_extension_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    let example = common::profiles::example_path();
    // Copies of the example as Gemeente 0, 1 and 2 (two are compared).
    let copies = common::screens::three_copies(dir.path());
    // --format where the name says nothing: the extension is added, so the name says it.
    let bare = dir.path().join("notitie-zonder-extensie");
    let (code, said) = common::bin::run(&[
        "brief",
        common::s(&example),
        "-o",
        common::s(&bare),
        "--format",
        "docx",
    ]);
    assert_eq!(code, 0, "{said}");
    let named = dir.path().join("notitie-zonder-extensie.docx");
    assert!(
        std::fs::read(&named).unwrap().starts_with(b"PK\x03\x04"),
        "{said}"
    );
    let regional_bare = dir.path().join("regionaal-zonder-extensie");
    let (code, said) = common::bin::run(&[
        "compare",
        common::s(&copies[0]),
        common::s(&copies[1]),
        "--brief",
        common::s(&regional_bare),
        "--format",
        "docx",
    ]);
    assert_eq!(code, 0, "{said}");
    assert!(
        dir.path().join("regionaal-zonder-extensie.docx").exists(),
        "{said}"
    );
}

/// Issue 34: the table test's scenarios give a Word document that opens. Every scenario of
/// the needs table, laid over the complete example profile, in both languages: `docx-rs`
/// reads back the model's texts in order, and LibreOffice (one run for all of them) converts
/// each to a PDF that holds the organisation's name and every heading of its brief.
#[test]
fn every_scenario_of_the_needs_table_gives_a_word_document_that_opens() {
    let rows = common::scenarios::table();
    assert!(rows.len() >= 30);
    let dir = tempfile::tempdir().unwrap();
    let today = common::today();
    let mut made = Vec::new();
    for (n, row) in rows.iter().enumerate() {
        let mut p = example();
        for (id, answer) in &row.answers {
            p.set(id, Some(answer.clone()));
        }
        let derived = needs::derive(q(), NeedsRules::builtin(), &p);
        for lang in Lang::ALL {
            let options = brief::Options {
                lang,
                mail_to: "",
                include_email: true,
                today: today.date(),
            };
            let b = brief::build(q(), NeedsRules::builtin(), &p, &derived, options);
            let bytes = docx::render(&b, today).unwrap();
            let word: Vec<String> = common::word::texts(&bytes)
                .into_iter()
                .map(|(_, t)| common::flat(&t))
                .collect();
            let model: Vec<String> = model_texts(&b).iter().map(|t| common::flat(t)).collect();
            assert_eq!(word, model, "{} ({lang:?})", row.name);
            let path = dir.path().join(format!("s{n:02}-{}.docx", lang.tag()));
            std::fs::write(&path, bytes).unwrap();
            made.push((row.name, lang, path, b));
        }
    }
    if !common::needs::tools(&["soffice", "pdftotext"], "libreoffice, poppler-utils") {
        return;
    }
    let out_dir = dir.path().join("pdf");
    let out = std::process::Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.path().join("lo-profile").display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&out_dir)
        .args(made.iter().map(|(_, _, path, _)| path))
        .output()
        .unwrap();
    let mut failures = Vec::new();
    for (name, lang, path, b) in &made {
        let converted = out_dir.join(path.with_extension("pdf").file_name().unwrap());
        if !converted.exists() {
            failures.push(format!("{name} ({lang:?}): LibreOffice made no PDF"));
            continue;
        }
        let text = common::flat(&common::pdf::text(&converted));
        if !text.contains(&common::flat(&b.organisation)) {
            failures.push(format!("{name} ({lang:?}): no organisation"));
        }
        for block in &b.blocks {
            if let Block::Heading(h) = block
                && !text.contains(&common::flat(h))
            {
                failures.push(format!("{name} ({lang:?}): no heading {h:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} documents:\n{}\n{}{}",
        failures.len(),
        made.len(),
        failures.join("\n"),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
