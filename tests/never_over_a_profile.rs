//! "Is this a profile?" has one answer (issue 30, item 6): every writer (brief, verslag, the
//! comparison's table and its regional brief) refuses a target that the app's own loader opens
//! as a profile or a recovery copy, in every encoding and syntax the loader accepts, with and
//! without `--force`, also through a link. The variants are made from the example and each is
//! first opened by the real loader, so the test covers what the loader accepts, not a list of
//! guesses; the real binary writes, and the file's bytes are compared before and after.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use behoeftewijzer::model::Questionnaire;
use behoeftewijzer::storage;

mod common;

use common::bin;
use common::profiles;
use strum::IntoEnumIterator as _;

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
    for u in units {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

/// The example's file in every encoding and syntax the loader is meant to accept, by name.
fn variants() -> Vec<(&'static str, Vec<u8>)> {
    let text = profiles::example_text();
    let spaced = text.replacen("format_version: ", "format_version : ", 1);
    assert_ne!(spaced, text, "the example has no format_version");
    let long_comment = "// een regel van een lange toelichting bovenaan het bestand\n".repeat(1200);
    assert!(long_comment.len() > 64 * 1024);
    vec![
        ("UTF-8", text.clone().into_bytes()),
        (
            "UTF-8 met BOM",
            [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        ),
        (
            "Windows-regeleinden",
            text.replace('\n', "\r\n").into_bytes(),
        ),
        (
            "oude Mac-regeleinden",
            text.replace('\n', "\r").into_bytes(),
        ),
        ("UTF-16 LE met BOM", utf16(&text, false, true)),
        ("UTF-16 BE met BOM", utf16(&text, true, true)),
        ("UTF-16 LE zonder BOM", utf16(&text, false, false)),
        (
            "UTF-16 LE met Windows-regeleinden",
            utf16(&text.replace('\n', "\r\n"), false, true),
        ),
        (
            "blokcommentaar vooraan",
            format!("/* een notitie */\n{text}").into_bytes(),
        ),
        ("format_version met spaties", spaced.into_bytes()),
        (
            "RON-extensie",
            format!("#![enable(implicit_some)]\n{text}").into_bytes(),
        ),
        (
            "format_version na 64 KiB",
            format!("{long_comment}{text}").into_bytes(),
        ),
    ]
}

/// Every way the command line writes a file, with the target `t` and the inputs.
fn writers(t: &Path, input: &Path, others: &[PathBuf; 2]) -> Vec<(&'static str, Vec<String>)> {
    let s = |p: &Path| p.to_str().unwrap().to_owned();
    vec![
        ("brief", vec!["brief".into(), s(input), "-o".into(), s(t)]),
        (
            "verslag",
            vec!["verslag".into(), s(input), "-o".into(), s(t)],
        ),
        (
            "compare --csv",
            vec![
                "compare".into(),
                s(&others[0]),
                s(&others[1]),
                "--csv".into(),
                s(t),
            ],
        ),
        (
            "compare --brief",
            vec![
                "compare".into(),
                s(&others[0]),
                s(&others[1]),
                "--brief".into(),
                s(t),
            ],
        ),
    ]
}

/// A symbolic link at `link` to `target`, where the system has them for everyone (Unix).
fn symlink(target: &Path, link: &Path) -> bool {
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(target, link).unwrap();
        true
    }
    #[cfg(not(unix))]
    {
        let _ = (target, link);
        false
    }
}

#[test]
fn no_writer_replaces_a_file_the_loader_opens_with_or_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let q = Questionnaire::builtin();
    let input = dir.path().join("invoer.ron");
    std::fs::copy(profiles::example_path(), &input).unwrap();
    let others = [dir.path().join("a.ron"), dir.path().join("b.ron")];
    for (i, other) in others.iter().enumerate() {
        let text =
            profiles::example_text().replacen("Gemeente Voorbeeld", &format!("Gemeente {i}"), 1);
        std::fs::write(other, text).unwrap();
    }
    let mut checked = 0;
    let mut failures = Vec::new();
    for (name, bytes) in variants() {
        // Every document format's extension, the table's, and one the app does not write.
        let extensions = behoeftewijzer::export::Format::iter()
            .map(behoeftewijzer::export::Format::extension)
            .chain(["csv", "txt"]);
        for extension in extensions {
            let target = dir.path().join(format!("doel.{extension}"));
            std::fs::write(&target, &bytes).unwrap();
            // The loader opens it: so it is a profile.
            if let Err(e) = storage::load(&target, q) {
                failures.push(format!("{name}: the loader does not open it ({e})"));
                continue;
            }
            let link = dir.path().join(format!("link.{extension}"));
            let _ = std::fs::remove_file(&link);
            let vias: Vec<&PathBuf> = if symlink(&target, &link) {
                vec![&target, &link]
            } else {
                vec![&target]
            };
            for via in vias {
                for (writer, mut args) in writers(via, &input, &others) {
                    for force in [false, true] {
                        if force {
                            args.push("--force".into());
                        }
                        // Each write starts from the profile itself.
                        std::fs::write(&target, &bytes).unwrap();
                        let (code, said) = bin::run(&args);
                        checked += 1;
                        let after = std::fs::read(&target).unwrap();
                        if after != bytes || code == 0 {
                            failures.push(format!(
                                "{name} as .{extension} via {}: {writer} (force {force}) exit {code}, {}: {said}",
                                if *via == link { "a link" } else { "its name" },
                                if after == bytes { "unchanged" } else { "REPLACED" }
                            ));
                        } else if !said.contains("profiel van Behoeftewijzer") {
                            failures.push(format!(
                                "{name}: {writer} refused without saying why: {said}"
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 500, "only {checked} writes tried");
}

#[test]
fn a_recovery_copy_is_not_replaced_either() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("invoer.ron");
    std::fs::copy(profiles::example_path(), &input).unwrap();
    let target = dir.path().join("herstel.pdf");
    let recovery = storage::Recovery {
        saved_at: "2026-12-06T10:00:00Z".into(),
        original: None,
        profile: profiles::example(),
    };
    storage::save_copy(&target, &recovery).unwrap();
    storage::load_copy(&target, Questionnaire::builtin()).unwrap();
    let bytes = std::fs::read(&target).unwrap();
    let s = |p: &Path| p.to_str().unwrap().to_owned();
    let (code, said) = bin::run(&[
        "brief".into(),
        s(&input),
        "-o".into(),
        s(&target),
        "--force".into(),
    ]);
    assert_ne!(code, 0, "{said}");
    assert_eq!(std::fs::read(&target).unwrap(), bytes);
}

#[test]
fn an_existing_text_file_is_replaced_by_a_table_only_with_force() {
    // Any UTF-8 passed as a CSV before: a note named like the table was replaced silently.
    let dir = tempfile::tempdir().unwrap();
    let others = [dir.path().join("a.ron"), dir.path().join("b.ron")];
    for (i, other) in others.iter().enumerate() {
        let text =
            profiles::example_text().replacen("Gemeente Voorbeeld", &format!("Gemeente {i}"), 1);
        std::fs::write(other, text).unwrap();
    }
    let note = dir.path().join("tabel.csv");
    std::fs::write(
        &note,
        "Mijn eigen aantekeningen, geen tabel van Behoeftewijzer.\n",
    )
    .unwrap();
    let s = |p: &Path| p.to_str().unwrap().to_owned();
    let args = vec![
        "compare".into(),
        s(&others[0]),
        s(&others[1]),
        "--csv".into(),
        s(&note),
    ];
    let (code, said) = bin::run(&args);
    assert_ne!(code, 0, "{said}");
    assert!(
        std::fs::read_to_string(&note)
            .unwrap()
            .starts_with("Mijn eigen")
    );
    // The app's own table, written before, is replaced without a word; and with --force, the note.
    let mut forced = args.clone();
    forced.push("--force".into());
    let (code, said) = bin::run(&forced);
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("Vergelijkingstabel geschreven:"), "{said}");
    let (code, said) = bin::run(&args);
    assert_eq!(code, 0, "the app's own table was not replaced: {said}");
}
