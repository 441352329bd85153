//! The command line, run as the real binary: `check` on the shipped examples and on bad files.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::profiles;

use std::path::{Path, PathBuf};

#[test]
fn check_a_complete_profile_exits_0() {
    let path = profiles::example_file("voorbeeld-compleet.ron");
    let (code, out, _) = common::bin::run_apart(&["check", path.to_str().unwrap_or_default()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Compleet"), "{out}");
    assert!(out.contains("Voortgang: 100 %"), "{out}");
}

#[test]
fn check_an_incomplete_profile_lists_what_is_missing_by_section() {
    let path = profiles::example_file("voorbeeld-onvolledig.ron");
    let (code, out, _) = common::bin::run_apart(&["check", path.to_str().unwrap_or_default()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("1. Je organisatie"), "{out}");
    assert!(out.contains("  - Naam contactpersoon (verplicht)"), "{out}");
    assert!(
        out.contains("  - Type organisatie (‘anders’ zonder tekst)"),
        "{out}"
    );
    assert!(out.contains("7. Trainingswensen"), "{out}");
    // Theme 4 was rated 0: its follow-up questions are hidden, so not missing.
    assert!(!out.contains("Huwelijksdwang"), "{out}");
    let (_, en, _) =
        common::bin::run_apart(&["check", path.to_str().unwrap_or_default(), "--lang", "en"]);
    assert!(en.contains("  - Contact person's name (required)"), "{en}");
}

#[test]
fn check_an_unreadable_profile_exits_2_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("kapot.ron");
    std::fs::write(&bad, "(format_version: 1,").unwrap();
    let (code, out, err) = common::bin::run_apart(&["check", bad.to_str().unwrap_or_default()]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("houdt te vroeg op"), "{err}");
    let (code, _, err) = common::bin::run_apart(&["check", "/bestaat/niet.ron"]);
    assert_eq!(code, 2);
    assert!(err.contains("bestaat niet"), "{err}");
}

#[test]
fn help_works_for_each_command() {
    let (code, out, _) = common::bin::run_apart(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("check"), "{out}");
    let (code, out, _) = common::bin::run_apart(&["check", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("Afsluitcode 0: compleet"), "{out}");
    // In English after --lang en, wherever it stands.
    let (code, out, _) = common::bin::run_apart(&["check", "--lang", "en", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("Exit code 0: complete"), "{out}");
    assert!(
        out.contains("Options:") && !out.contains("Opties:"),
        "{out}"
    );
}

/// Issue 33: the help is the catalogue's, in every language. Walks the command line's own
/// definition: every command and argument (one added later included) has its text.
#[test]
fn every_command_and_argument_has_its_help_in_every_language() {
    use behoeftewijzer::cli::help;
    for lang in behoeftewijzer::lang::Lang::ALL {
        let missing: Vec<String> = help::texts(lang)
            .into_iter()
            .filter(|(_, text)| text.as_deref().is_none_or(str::is_empty))
            .map(|(id, _)| id)
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        // clap's own checks of the command line as built for the language.
        help::command(lang).debug_assert();
    }
}

/// Issue 35: the command line is read by clap's own command first and made again in the
/// user's language only when clap has something to say (`help::matches`). Every command line
/// made from the command's own definition (every command; every argument alone and all
/// together; a few values of every kind; `--help`, `-h`, `--version`, `-V` and `help` after
/// each) that clap's own command reads, the command in the language reads the same; where the
/// command in the language has something to say (help, the version, an error), so has clap's.
#[test]
fn a_command_line_reads_alike_without_its_help_in_the_language() {
    use behoeftewijzer::cli::{Cli, help};
    use clap::{CommandFactory as _, FromArgMatches as _};
    let lines = command_lines();
    let (mut read, mut said) = (0, 0);
    for line in &lines {
        let raw: Vec<std::ffi::OsString> = std::iter::once("behoeftewijzer")
            .chain(line.iter().map(String::as_str))
            .map(Into::into)
            .collect();
        let plain = Cli::command().try_get_matches_from(&raw);
        for lang in behoeftewijzer::lang::Lang::ALL {
            let localised = help::command(lang).try_get_matches_from(&raw);
            match (&plain, localised) {
                (Ok(plain), Ok(localised)) => {
                    let (Ok(plain), Ok(localised)) = (
                        Cli::from_arg_matches(plain),
                        Cli::from_arg_matches(&localised),
                    ) else {
                        panic!("{line:?}: read but not understood");
                    };
                    assert_eq!(format!("{plain:?}"), format!("{localised:?}"), "{line:?}");
                    read += 1;
                }
                // Then the command in the language reads it, as it always did: it says what it
                // has to say, or reads a file named `help`.
                (Err(_), _) => said += 1,
                (Ok(_), Err(e)) => {
                    panic!("{line:?} ({lang:?}): clap's own command reads it, in the language: {e}")
                }
            }
        }
    }
    // Both kinds were met, many times: what clap's command speaks for goes to the command in
    // the language (`help::matches`).
    assert!(read > 50 && said > 50, "{read} read, {said} said");
}

/// Command lines made from the command line's own definition, for the test above: every
/// command; its required arguments; every other argument alone (with a few values of every
/// kind) and all together; and each of them with `--help`, `-h`, `--version`, `-V` and `help`.
fn command_lines() -> Vec<Vec<String>> {
    use behoeftewijzer::cli::Cli;
    use clap::CommandFactory as _;
    let root = Cli::command();
    let values = ["nl", "en", "pdf", "docx", "b.pdf", "a.ron", "-x"];
    let mut lines: Vec<Vec<String>> = vec![vec![], vec!["a.ron".into()]];
    for sub in root.get_subcommands() {
        let name = sub.get_name().to_owned();
        let args: Vec<&clap::Arg> = sub
            .get_arguments()
            .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
            .collect();
        let mut base = vec![name.clone()];
        base.extend(
            args.iter()
                .filter(|a| a.is_positional() && a.is_required_set())
                .map(|_| "a.ron".to_owned()),
        );
        lines.push(vec![name.clone()]);
        lines.push(base.clone());
        let mut all = base.clone();
        for arg in args.iter().filter(|a| !a.is_positional()) {
            let Some(long) = arg.get_long() else {
                continue;
            };
            if arg.get_action().takes_values() {
                for value in values {
                    let mut line = base.clone();
                    line.extend([format!("--{long}"), value.to_owned()]);
                    lines.push(line);
                    let mut line = base.clone();
                    line.push(format!("--{long}={value}"));
                    lines.push(line);
                }
                all.extend([format!("--{long}"), "en".to_owned()]);
            } else {
                let mut line = base.clone();
                line.push(format!("--{long}"));
                lines.push(line);
                all.push(format!("--{long}"));
            }
        }
        lines.push(all);
    }
    let with_help: Vec<Vec<String>> = lines
        .iter()
        .flat_map(|line| {
            ["--help", "-h", "--version", "-V", "help"].map(|extra| {
                let mut line = line.clone();
                line.push(extra.to_owned());
                line
            })
        })
        .collect();
    lines.extend(with_help);
    lines
}

#[test]
fn profile_prints_the_derived_needs_in_either_language() {
    let path = profiles::example_file("voorbeeld-compleet.ron");
    let (code, out, _) = common::bin::run_apart(&["profile", path.to_str().unwrap_or_default()]);
    assert_eq!(code, 0, "{out}");
    for expected in [
        "BEHOEFTEPROFIEL",
        "Huwelijksdwang en achterlating — 3 – Zeer urgent",
        "Je vroeg om advies.",
        "Landelijke Werkgroep Mudawwanah — Lid van de alliantie:",
        "Voorstel voor de agenda (60 min)",
        "omdat je antwoordde:",
        "Aan: e.leeuwis@movisie.nl",
        "Wat medewerkers willen leren:",
        "wie het eerst komt, wie het eerst maalt",
        "Kijk eerst of het aanbod nog geldt",
    ] {
        assert!(out.contains(expected), "missing {expected:?}");
    }
    let (_, en, _) =
        common::bin::run_apart(&["profile", path.to_str().unwrap_or_default(), "--lang", "en"]);
    assert!(en.contains("NEEDS PROFILE"), "{en}");
    assert!(en.contains("because you answered:"), "{en}");
    let (code, _, err) = common::bin::run_apart(&["profile", "/bestaat/niet.ron"]);
    assert_eq!(code, 2);
    assert!(err.contains("bestaat niet"), "{err}");
}

#[test]
fn brief_writes_a_pdf_and_names_what_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("notitie.pdf");
    let path = profiles::example_file("voorbeeld-compleet.ron");
    let (code, text, err) = common::bin::run_apart(&[
        "brief",
        path.to_str().unwrap_or_default(),
        "-o",
        out.to_str().unwrap_or_default(),
    ]);
    assert_eq!(code, 0, "{text}{err}");
    assert!(text.starts_with("Gespreksnotitie geschreven ("), "{text}");
    let bytes = std::fs::read(&out).unwrap_or_default();
    assert!(bytes.starts_with(b"%PDF-"));
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert!(doc.get_pages().len() >= 3);

    let incomplete = profiles::example_file("voorbeeld-onvolledig.ron");
    let out_en = dir.path().join("brief.pdf");
    let (code, text, _) = common::bin::run_apart(&[
        "brief",
        incomplete.to_str().unwrap_or_default(),
        "-o",
        out_en.to_str().unwrap_or_default(),
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("Still open (marked as such in the brief):"),
        "{text}"
    );
    assert!(text.contains("  - Contact person\n"), "{text}");

    let (code, _, err) =
        common::bin::run_apart(&["brief", "/bestaat/niet.ron", "-o", "/tmp/x.pdf"]);
    assert_eq!(code, 2);
    assert!(err.contains("bestaat niet"), "{err}");
}

#[test]
fn check_lists_likely_personal_data_by_kind_and_question_without_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(profiles::example_file("voorbeeld-compleet.ron"))
        .unwrap_or_default();
    let changed = text.replacen(
        "Er zijn weinig vaste contacten met zelforganisaties.",
        "Mevrouw B. (06-87654321, BSN 111222333) belde.",
        1,
    );
    assert_ne!(text, changed, "fixture drifted");
    let path = dir.path().join("met-gegevens.ron");
    std::fs::write(&path, changed).unwrap();
    let (code, out, _) = common::bin::run_apart(&["check", path.to_str().unwrap_or_default()]);
    // Issue 10, item 9: `check` said 0, "all fine", over a profile with a resident's BSN.
    assert_eq!(code, 3, "personal data has its own exit code: {out}");
    assert!(
        out.contains("Mogelijk persoonsgegevens van inwoners"),
        "{out}"
    );
    assert!(
        out.contains("  - Inwoners en signalen › Toelichting: telefoonnummer"),
        "{out}"
    );
    assert!(
        out.contains("  - Inwoners en signalen › Toelichting: burgerservicenummer (BSN)"),
        "{out}"
    );
    assert!(
        !out.contains("87654321") && !out.contains("111222333"),
        "the report repeats the data: {out}"
    );
    // The example itself has none: its contact details are the contact's own.
    let (clean_code, clean, _) = common::bin::run_apart(&[
        "check",
        profiles::example_file("voorbeeld-compleet.ron")
            .to_str()
            .unwrap_or_default(),
    ]);
    assert!(!clean.contains("persoonsgegevens"), "{clean}");
    assert_eq!(clean_code, 0, "complete and clean: {clean}");
}

#[test]
fn brief_never_writes_over_its_profile_or_another_file_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("p.ron");
    std::fs::copy(profiles::example_file("voorbeeld-compleet.ron"), &profile).unwrap();
    let before = std::fs::read(&profile).unwrap();
    let p = profile.to_str().unwrap();
    // Over its own profile: refused, even with --force.
    for args in [
        vec!["brief", p, "-o", p],
        vec!["brief", p, "-o", p, "--force"],
    ] {
        let (code, _, err) = common::bin::run_apart(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains("nooit overschreven"), "{err}");
        assert_eq!(std::fs::read(&profile).unwrap(), before);
    }
    // Over another file that is not a PDF: refused unless --force.
    let notes = dir.path().join("notities.txt");
    std::fs::write(&notes, "mijn aantekeningen").unwrap();
    let n = notes.to_str().unwrap();
    let (code, _, err) = common::bin::run_apart(&["brief", p, "-o", n]);
    assert_eq!(code, 2);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&notes).unwrap(),
        "mijn aantekeningen"
    );
    let (code, _, _) = common::bin::run_apart(&["brief", p, "-o", n, "--force"]);
    assert_eq!(code, 0);
    assert!(std::fs::read(&notes).unwrap().starts_with(b"%PDF-"));
    // A name not ending in .pdf needs --force, even over a PDF.
    let (code, _, err) = common::bin::run_apart(&["brief", p, "-o", n]);
    assert_eq!(code, 2);
    assert!(err.contains("niet op .pdf"), "{err}");
    // An older brief is simply replaced.
    let pdf = dir.path().join("notitie.pdf");
    let pdf = pdf.to_str().unwrap();
    for _ in 0..2 {
        let (code, _, err) = common::bin::run_apart(&["brief", p, "-o", pdf]);
        assert_eq!(code, 0, "{err}");
    }
}

#[test]
fn values_from_a_file_never_steer_the_terminal() {
    // Issue 10, item 12: an answer with an escape sequence or a direction override was printed
    // raw by `profile`.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(profiles::example_file("voorbeeld-compleet.ron"))
        .unwrap()
        .replace(
            "Hoe zetten we een aanpak op",
            "Hoe zetten \\u{1b}[2J\\u{1b}[31mwe\\u{202e} een aanpak op",
        );
    let path = dir.path().join("stuur.ron");
    std::fs::write(&path, text).unwrap();
    let (code, out, _) = common::bin::run_apart(&["profile", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains('\u{1b}') && !out.contains('\u{202e}'));
    assert!(out.contains("Hoe zetten \\u{001b}[2J"), "{out}");
    assert!(out.contains('\n'), "line breaks stay");
}

/// The example with another name and another priority for forced marriage.
fn variant(dir: &Path, name: &str, priority: i64) -> PathBuf {
    let text = std::fs::read_to_string(profiles::example_file("voorbeeld-compleet.ron")).unwrap();
    let changed = text
        .replacen(
            "Text(\"Gemeente Voorbeeld\")",
            &format!("Text(\"{name}\")"),
            1,
        )
        .replacen(
            "\"huwelijksdwang.prioriteit\": Number(3)",
            &format!("\"huwelijksdwang.prioriteit\": Number({priority})"),
            1,
        );
    assert_ne!(text, changed, "fixture drifted");
    let path = dir.join(format!("{name}.ron"));
    std::fs::write(&path, changed).unwrap();
    path
}

#[test]
fn compare_combines_the_readable_profiles_and_names_the_damaged_one() {
    // Issue 13: a region's profiles side by side, a damaged file among them.
    let dir = tempfile::tempdir().unwrap();
    let a = variant(dir.path(), "Gemeente Noord", 3);
    let b = variant(dir.path(), "Gemeente Zuid", 1);
    let damaged = dir.path().join("kapot.ron");
    std::fs::write(&damaged, "(format_version: 1, answers: {").unwrap();
    let table = dir.path().join("vergelijking.csv");
    let arg = |p: &Path| p.to_str().unwrap().to_owned();
    let (code, out, _) = common::bin::run_apart(&[
        "compare",
        &arg(&a),
        &arg(&damaged),
        &arg(&b),
        "--csv",
        &arg(&table),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Overgeslagen:") && out.contains("kapot.ron"),
        "{out}"
    );
    assert!(out.contains("Vergeleken profielen (2)"), "{out}");
    assert!(
        out.contains("Huwelijksdwang en achterlating: hoogste 3, gemiddeld 2,0, belangrijk of zeer urgent bij 1 van 2"),
        "{out}"
    );
    assert!(out.contains("Samen: 48"), "{out}");
    assert!(
        out.contains("(2 van 2): Gemeente Noord, Gemeente Zuid"),
        "{out}"
    );

    // The table, read back with the csv crate: a byte-order mark for Excel, `;` between cells,
    // one row per question, and the differences marked.
    let bytes = std::fs::read(&table).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "no byte-order mark"
    );
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    let header = reader.headers().unwrap().clone();
    assert_eq!(header.len(), 5);
    assert!(header[3].starts_with("Gemeente Noord ("), "{header:?}");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let q = behoeftewijzer::model::Questionnaire::builtin();
    assert_eq!(rows.len(), q.questions().count());
    let differing: Vec<&str> = rows
        .iter()
        .filter(|r| &r[2] == "ja")
        .map(|r| r.get(1).unwrap())
        .collect();
    assert_eq!(differing.len(), 2, "{differing:?}");

    // With `,` for an English Excel.
    let (code, _, _) = common::bin::run_apart(&[
        "compare",
        &arg(&a),
        &arg(&b),
        "--csv",
        &arg(&table),
        "--separator",
        ",",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0);
    let bytes = std::fs::read(&table).unwrap();
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(&reader.headers().unwrap()[1], "Question");
}

#[test]
fn compare_needs_two_readable_profiles_and_names_personal_data_by_file() {
    let dir = tempfile::tempdir().unwrap();
    let a = variant(dir.path(), "Gemeente Een", 2);
    let missing = dir.path().join("bestaat-niet.ron");
    let arg = |p: &Path| p.to_str().unwrap().to_owned();
    let (code, _, err) = common::bin::run_apart(&["compare", &arg(&a), &arg(&missing)]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("minder dan twee leesbare profielen"), "{err}");
    assert!(err.contains("bestaat-niet.ron"), "{err}");

    // Another organisation, so the profiles are combined, not told apart as two versions.
    let text = std::fs::read_to_string(&a)
        .unwrap()
        .replacen(
            "Er zijn weinig vaste contacten met zelforganisaties.",
            "Mevrouw belt vanaf 06-87654321.",
            1,
        )
        .replacen("Text(\"Gemeente Een\")", "Text(\"Gemeente Twee\")", 1);
    let b = dir.path().join("met-gegevens.ron");
    std::fs::write(&b, text).unwrap();
    let (code, out, _) = common::bin::run_apart(&["compare", &arg(&a), &arg(&b)]);
    assert_eq!(code, 3, "{out}");
    assert!(
        out.contains("met-gegevens.ron: Inwoners en signalen › Toelichting: telefoonnummer"),
        "{out}"
    );
    assert!(!out.contains("87654321"), "{out}");
}

#[test]
fn two_versions_of_one_profile_show_what_changed_oldest_first() {
    // Issue 13: last year's and this year's file of one organisation.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(profiles::example_file("voorbeeld-compleet.ron")).unwrap();
    let last_year = text.replacen(
        "modified: \"2026-11-24T15:40:00Z\"",
        "modified: \"2025-11-20T10:00:00Z\"",
        1,
    );
    let this_year = text.replacen(
        "\"huwelijksdwang.prioriteit\": Number(3)",
        "\"huwelijksdwang.prioriteit\": Number(1)",
        1,
    );
    assert!(last_year != text && this_year != text, "fixture drifted");
    let old = dir.path().join("2025.ron");
    let new = dir.path().join("2026.ron");
    std::fs::write(&old, last_year).unwrap();
    std::fs::write(&new, this_year).unwrap();
    // Given newest first: still told oldest first.
    let (code, out, _) =
        common::bin::run_apart(&["compare", new.to_str().unwrap(), old.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Wat is er veranderd: Gemeente Voorbeeld (2025-11-20 → 2026-11-24)"),
        "{out}"
    );
    assert!(out.contains("3 – Zeer urgent → 1 – Enigszins"), "{out}");
    let answers = out.split("\nAfspraken").next().unwrap_or_default();
    assert_eq!(
        answers.matches("  - ").count(),
        1,
        "only the one change: {out}"
    );
    // The example's three agreements, the same in both (issue 23).
    assert_eq!(out.matches(": open, niet veranderd").count(), 3, "{out}");
    assert!(!out.contains("Vergeleken profielen"), "{out}");
}

/// A temporary file that a killed export left behind goes with the next export of that file,
/// also when the output is named without a folder (a new file in the current folder, whose
/// folder is the empty path): a brief and a comparison's table (every output goes through
/// `storage::write_atomic`). Fails when the empty parent is
/// read as a folder (nothing was removed).
#[test]
fn a_stale_temporary_file_goes_when_the_output_is_named_without_a_folder() {
    // Two profiles to compare (the complete example and the unfinished one).
    let example = profiles::example_path();
    let second = example.with_file_name("voorbeeld-onvolledig.ron");
    let example = example.to_string_lossy().into_owned();
    let second = second.to_string_lossy().into_owned();
    let commands: [(&str, Vec<&str>); 2] = [
        ("notitie.pdf", vec!["brief", &example, "-o", "notitie.pdf"]),
        (
            "tabel.csv",
            vec!["compare", &example, &second, "--csv", "tabel.csv"],
        ),
    ];
    for (name, args) in commands {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(format!(".{name}.4242.tmp"));
        std::fs::write(&stale, "half").unwrap();
        common::age_an_hour(&stale);
        let out = common::bin::command()
            .args(&args)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(
            dir.path().join(name).exists(),
            "{name}: not written: {out:?}"
        );
        assert!(!stale.exists(), "{name}: the stale temporary file was left");
    }
}
