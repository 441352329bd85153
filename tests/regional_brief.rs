//! The regional brief (issue 13), read back with a real parser (lopdf) and with `pdftotext`:
//! the combined figures as worked out here from the generator, a core of at most three pages
//! before the first appendix, one appendix per organisation, the brief's voice, both
//! languages, and the command line writing it from real files with a damaged one among them.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use behoeftewijzer::brief::{pdf, regional};
use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::combine::Entry;
use behoeftewijzer::model::{Answer, Profile};
use behoeftewijzer::storage;

mod common;
use common::profiles;
use profiles::{example, q};

/// Organisation `i` of a region: the forced-marriage priority is `i % 4`, participants 10 + i.
fn region_profile(i: usize) -> Profile {
    let mut p = example();
    p.set(
        "organisatie.naam",
        Some(Answer::Text(format!("Gemeente Regio {i:02}"))),
    );
    p.set(
        "huwelijksdwang.prioriteit",
        Some(Answer::Number((i % 4) as i64)),
    );
    p.set(
        "organisatie.deelnemers",
        Some(Answer::Number(10 + i as i64)),
    );
    p
}

fn entries(n: usize) -> Vec<Entry> {
    (0..n)
        .map(|i| Entry::new(format!("profiel-{i:02}.ron"), region_profile(i)))
        .collect()
}

/// The first `n` organisations of the region saved as `profiel-<i>.ron` in `dir`.
fn saved_region(dir: &Path, n: usize) -> Vec<std::path::PathBuf> {
    entries(n)
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let path = dir.join(format!("profiel-{i}.ron"));
            storage::save(&path, &e.profile).unwrap();
            path
        })
        .collect()
}

/// The text of every page, as lopdf extracts it, with lines joined by spaces.
fn lopdf_pages(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("lopdf");
    doc.get_pages()
        .keys()
        .map(|n| {
            let text = doc.extract_text(&[*n]).unwrap();
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

/// The Dutch regional brief of `entries`, rendered and read back with lopdf as one line.
fn dutch_text(entries: &[Entry]) -> String {
    let brief = regional::build(
        q(),
        behoeftewijzer::model::needs::NeedsRules::builtin(),
        entries,
        Lang::Nl,
        common::today().date(),
    );
    let rendered = pdf::render(&brief, common::today()).unwrap();
    lopdf_pages(&rendered.bytes).join(" ")
}

/// The text of every page as `pdftotext` (poppler) reads it; pages split on form feeds.
/// `None` where poppler is not installed (outside CI).
fn pdftotext_pages(bytes: &[u8]) -> Option<Vec<String>> {
    if !common::needs::tool("pdftotext", "poppler-utils") {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("regionaal.pdf");
    std::fs::write(&file, bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, installed by .ci/run)");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    Some(
        text.split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect(),
    )
}

/// What the pages say, as one reader extracted them: a core of at most three pages, an
/// appendix per organisation on a page of its own, the combined figures, the offer as the
/// announcement made it, and the organisations' voice.
fn check_pages(pages: &[String], n: usize, lang: Lang) {
    // The core: at most three pages, then the first appendix starts a page.
    let first = pages
        .iter()
        .position(|p| p.contains(&regional::appendix_heading(lang, 1, "Gemeente Regio 00")))
        .unwrap_or_else(|| panic!("{lang:?} {n}: no first appendix"));
    assert!(first <= 3, "{lang:?} {n}: the core takes {first} pages");
    // One appendix per organisation, each starting its own page and fitting on it.
    assert_eq!(
        pages.len(),
        first + n,
        "{lang:?} {n}: an appendix runs over its page"
    );
    for i in 0..n {
        let heading = regional::appendix_heading(lang, i + 1, &format!("Gemeente Regio {i:02}"));
        let page = pages
            .iter()
            .position(|p| p.contains(&heading))
            .unwrap_or_else(|| panic!("{lang:?} {n}: {heading}"));
        assert!(
            pages[page].starts_with(&heading),
            "{lang:?} {n}: {heading} is not at the top of page {}",
            page + 1
        );
    }
    let core = pages[..first].join(" ");
    // The combined figures, worked out here: how many give forced marriage 2 or more,
    // and the participants added up.
    let at_least_two = (0..n).filter(|i| i % 4 >= 2).count();
    let participants: usize = (0..n).map(|i| 10 + i).sum();
    let (count, together) = match lang {
        Lang::Nl | Lang::Pseudo => (
            format!("belangrijk of zeer urgent voor {at_least_two} van {n}"),
            format!("Deelnemers samen {participants}"),
        ),
        Lang::En => (
            format!("important or very urgent for {at_least_two} of {n}"),
            format!("Participants together {participants}"),
        ),
    };
    assert!(core.contains(&count), "{lang:?} {n}: {count}");
    assert!(core.contains(&together), "{lang:?} {n}: {together}");
    // Two organisations are "beide", never "alle 2".
    if n == 2 {
        assert!(
            core.contains(match lang {
                Lang::Nl | Lang::Pseudo => "Past bij beide organisaties",
                Lang::En => "Fits both organisations",
            }),
            "{lang:?}: {core}"
        );
        assert!(!core.contains("alle 2") && !core.contains("all 2"));
    }
    // The offer is what the announcement said, never called current.
    assert!(core.contains(match lang {
        Lang::Nl | Lang::Pseudo => "of het aanbod uit de aankondiging van februari 2021 nog geldt",
        Lang::En => "whether the offer in its announcement of February 2021 still applies",
    }));
    // The organisations speak: never "je" to the alliance.
    let words: Vec<&str> = core
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for banned in ["je", "jij", "jouw", "u", "uw"] {
        assert!(
            !words.iter().any(|w| w.eq_ignore_ascii_case(banned)),
            "{lang:?} {n}: \"{banned}\" in the core"
        );
    }
}

fn check_regional(n: usize, lang: Lang) {
    let entries = entries(n);
    let brief = regional::build(
        q(),
        behoeftewijzer::model::needs::NeedsRules::builtin(),
        &entries,
        lang,
        common::today().date(),
    );
    let rendered = pdf::render(&brief, common::today()).unwrap();
    let by_lopdf = lopdf_pages(&rendered.bytes);
    assert_eq!(by_lopdf.len(), rendered.pages);
    check_pages(&by_lopdf, n, lang);
    // Poppler reads it too, where it is installed.
    if let Some(by_poppler) = pdftotext_pages(&rendered.bytes) {
        assert_eq!(by_poppler.len(), rendered.pages);
        check_pages(&by_poppler, n, lang);
    }
    // The footer names the regional brief on every page.
    let footer = match lang {
        Lang::Nl | Lang::Pseudo => "Regionale gespreksnotitie · opgesteld met Behoeftewijzer",
        Lang::En => "Regional consultation brief · prepared with Behoeftewijzer",
    };
    assert!(by_lopdf.iter().all(|p| p.contains(footer)));
    // Tagged like the single brief: a structure tree and the language.
    let doc = lopdf::Document::load_mem(&rendered.bytes).unwrap();
    let catalog = doc.catalog().unwrap();
    assert!(catalog.get(b"StructTreeRoot").is_ok());
    assert_eq!(
        catalog
            .get(b"Lang")
            .and_then(lopdf::Object::as_str)
            .unwrap(),
        match lang {
            Lang::Nl | Lang::Pseudo => b"nl-NL".as_slice(),
            Lang::En => b"en-GB".as_slice(),
        }
    );
}

#[test]
fn two_profiles_make_a_regional_brief_with_a_short_core_and_two_appendices() {
    check_regional(2, Lang::Nl);
    check_regional(2, Lang::En);
}

#[test]
fn fifty_profiles_keep_the_core_within_three_pages() {
    check_regional(50, Lang::Nl);
}

#[test]
fn the_command_line_writes_the_regional_brief_and_leaves_out_a_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = saved_region(dir.path(), 3);
    let damaged = dir.path().join("kapot.ron");
    std::fs::write(&damaged, "(format_version: 1, answers: {").unwrap();
    paths.insert(1, damaged);
    let pdf = dir.path().join("regionaal.pdf");
    let out = Command::new(env!("CARGO_BIN_EXE_behoeftewijzer"))
        .arg("compare")
        .args(&paths)
        .arg("--brief")
        .arg(&pdf)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("Overgeslagen:") && stdout.contains("kapot.ron"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Regionale gespreksnotitie geschreven:"),
        "{stdout}"
    );
    let pages = lopdf_pages(&std::fs::read(&pdf).unwrap());
    let all = pages.join(" ");
    assert!(all.contains("Organisaties (3)"), "{all}");
    for i in 0..3 {
        assert!(all.contains(&format!("Bijlage {}: Gemeente Regio {i:02}", i + 1)));
    }
    // The brief never replaces a profile it was made from.
    let out = Command::new(env!("CARGO_BIN_EXE_behoeftewijzer"))
        .arg("compare")
        .args(&paths[..1])
        .arg(&paths[2])
        .arg("--brief")
        .arg(&paths[0])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(storage::load(&paths[0], q()).is_ok());
}

#[test]
fn two_versions_of_one_profile_get_no_regional_brief_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let pdf = dir.path().join("regionaal.pdf");
    let out = Command::new(env!("CARGO_BIN_EXE_behoeftewijzer"))
        .arg("compare")
        .arg(examples.join("voorbeeld-compleet.ron"))
        .arg(examples.join("voorbeeld-onvolledig.ron"))
        .arg("--brief")
        .arg(&pdf)
        .output()
        .unwrap();
    // Exit 2 prints its report on standard error.
    let report = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{report}");
    assert!(
        report.contains("Wat is er veranderd: Gemeente Voorbeeld"),
        "{report}"
    );
    assert!(report.contains("Geen regionale notitie"), "{report}");
    assert!(!pdf.exists());
}

/// Issue 20, item 12: the regional brief began "4 organisaties bereiden…", pointed to "de
/// gewone gespreksnotitie" the alliance never saw, put a proposal under "Gekozen training",
/// promised prior knowledge that no appendix held, and wrote dates as "2026-11-24".
#[test]
fn the_regional_brief_reads_as_written_for_the_alliance() {
    let mut entries = entries(4);
    for e in &mut entries {
        e.profile.set("training.soort", None);
    }
    let all = dutch_text(&entries);
    assert!(all.contains("Vier organisaties bereiden samen"), "{all}");
    assert!(!all.contains("gewone gespreksnotitie"), "{all}");
    assert!(!all.contains("Gekozen training Voorstel"), "{all}");
    assert!(all.contains("Voorstel voor de training"), "{all}");
    assert_eq!(all.matches("Voorkennis deelnemers").count(), 4, "{all}");
    assert!(!all.contains("2026-11-"), "{all}");
}

/// Issue 20, item 12: the regional brief had no joint training proposal, no lead contact and
/// no list of communities. Three organisations: two that chose the basic course (24 and 40
/// participants) and one that chose the forced-marriage course; the first one given makes the
/// brief and is the contact.
#[test]
fn the_regional_brief_proposes_joint_training_and_names_its_contact() {
    let mut a = region_profile(1);
    a.set(
        "organisatie.naam",
        Some(Answer::Text("Gemeente Noord".into())),
    );
    a.set("training.soort", Some(Answer::choice("basis")));
    a.set("organisatie.deelnemers", Some(Answer::Number(24)));
    let mut b = region_profile(2);
    b.set(
        "organisatie.naam",
        Some(Answer::Text("Gemeente Zuid".into())),
    );
    b.set("training.soort", Some(Answer::choice("basis")));
    b.set("organisatie.deelnemers", Some(Answer::Number(40)));
    b.set(
        "signalen.gemeenschappen",
        Some(Answer::choices(&["somalisch"])),
    );
    let mut c = region_profile(3);
    c.set(
        "organisatie.naam",
        Some(Answer::Text("Gemeente Oost".into())),
    );
    c.set("training.soort", Some(Answer::choice("huwelijksdwang")));
    let entries = vec![
        Entry::new("noord.ron".into(), a),
        Entry::new("zuid.ron".into(), b),
        Entry::new("oost.ron".into(), c),
    ];
    let text = dutch_text(&entries);
    for expected in [
        "Aanspreekpunt Gemeente Noord · Sanne de Vries",
        "Voorstel voor een gezamenlijke training",
        "Basistraining samen voor Gemeente Noord en Gemeente Zuid: 64 deelnemers, 3 groepen van ten hoogste 30.",
        "Gemeenschappen in het werkgebied",
        "Somalisch",
        "Deze thema's spelen in alle gemeenschappen",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    // The forced-marriage course has one organisation: no joint line for it.
    assert!(
        !text.contains("Training huwelijksdwang samen voor"),
        "{text}"
    );
}

/// Issue 31, item 7: a region of three small municipalities gets a regional brief the
/// alliance can plan from: the convenor chosen (not the first file) as point of contact with
/// its proposed meeting, an agenda whose minutes add up, per municipality its budget and who
/// decides, each municipality's own question in the core, and one or two municipalities named
/// instead of "1 van 3". Read back from the PDF, and the convenor also through the command
/// line.
#[test]
fn a_region_of_three_gets_a_brief_it_can_plan_from() {
    let town = |name: &str, budget: &str, decides: &str, hd: i64| {
        let mut p = example();
        p.set("organisatie.naam", Some(Answer::Text(name.into())));
        p.set("overleg.budget", Some(Answer::choice(budget)));
        p.set("overleg.beslisser", Some(Answer::Text(decides.into())));
        p.set("huwelijksdwang.prioriteit", Some(Answer::Number(hd)));
        p.set("overleg.duur", Some(Answer::Number(90)));
        p
    };
    let mut epe = town("Gemeente Epe", "ja", "de wethouder jeugd", 3);
    epe.set(
        "overleg.vragen",
        Some(Answer::Choices {
            ids: vec!["anders".into()],
            other: Some("Kunnen we als regio samen één aanpak huwelijksdwang maken?".into()),
        }),
    );
    let heerde = town("Gemeente Heerde", "nee", "het college", 0);
    let hattem = town("Gemeente Hattem", "eigen_bijdrage", "de raad", 1);
    let entries = vec![
        Entry::new("epe.ron".into(), epe),
        Entry::new("heerde.ron".into(), heerde),
        Entry::new("hattem.ron".into(), hattem),
    ];
    let b = regional::build_for(
        q(),
        behoeftewijzer::model::needs::NeedsRules::builtin(),
        &entries,
        Lang::Nl,
        common::today().date(),
        Some("heerde.ron"),
    );
    let rendered = pdf::render(&b, common::today()).expect("render");
    let pages = lopdf_pages(&rendered.bytes);
    let all = pages.join(" ");
    let core = &all[..all.find("Bijlage 1").unwrap_or(all.len())];
    // The convenor chosen, not the first file.
    assert!(core.contains("Aanspreekpunt Gemeente Heerde"), "{core}");
    // Per municipality its budget and who decides.
    for expected in [
        "Per organisatie: budget en wie beslist",
        "de wethouder jeugd",
        "het college",
        "de raad",
        "Voorstel voor de agenda (90 minuten)",
        "Kunnen we als regio samen één aanpak huwelijksdwang maken?",
    ] {
        assert!(core.contains(expected), "{expected}: {core}");
    }
    // Forced marriage important for Epe only: named, not "1 van 3".
    assert!(!core.contains("1 van 3"), "{core}");
    assert!(core.contains("Gemeente Epe"), "{core}");
    // The agenda's minutes add up to the meeting.
    let agenda = &core[core.find("Voorstel voor de agenda").unwrap()..];
    let minutes: i64 = agenda
        .split(" min")
        .filter_map(|part| part.rsplit(' ').next()?.parse::<i64>().ok())
        .sum();
    assert_eq!(minutes, 90, "{agenda}");
}

/// The convenor on the command line (issue 31): by organisation name or by file; a name that
/// is not among the profiles is said, and the first profile stays the point of contact.
#[test]
fn the_command_line_takes_the_convenor_by_name_or_file() {
    let dir = tempfile::tempdir().unwrap();
    let paths = saved_region(dir.path(), 3);
    let pdf = dir.path().join("regionaal.pdf");
    let run = |convenor: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_behoeftewijzer"))
            .arg("compare")
            .args(&paths)
            .arg("--brief")
            .arg(&pdf)
            .args(["--convenor", convenor, "--force"])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(out.status.code(), Some(0), "{stdout}");
        let all = lopdf_pages(&std::fs::read(&pdf).unwrap()).join(" ");
        (stdout, all)
    };
    let (_, all) = run("Gemeente Regio 02");
    assert!(all.contains("Aanspreekpunt Gemeente Regio 02"), "{all}");
    let (_, all) = run("profiel-1.ron");
    assert!(all.contains("Aanspreekpunt Gemeente Regio 01"), "{all}");
    let (stdout, all) = run("Gemeente Elders");
    assert!(
        stdout.contains("Het aanspreekpunt Gemeente Elders staat niet tussen de profielen"),
        "{stdout}"
    );
    assert!(all.contains("Aanspreekpunt Gemeente Regio 00"), "{all}");
}
