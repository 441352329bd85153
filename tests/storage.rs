//! Profile files on disk: the round trip, and one clear error for each kind of bad file.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::{Answer, Profile, Questionnaire};
use behoeftewijzer::storage::{self, LoadError, MAX_PROFILE_BYTES};

fn q() -> &'static Questionnaire {
    Questionnaire::builtin()
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(name)
}

fn complete_text() -> String {
    std::fs::read_to_string(example("voorbeeld-compleet.ron")).expect("example")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn a_profile_survives_save_and_load_with_every_kind_of_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Profile::new(q(), "2026-11-28T10:00:00Z");
    p.set(
        "organisatie.naam",
        Some(Answer::Text(
            "Gemeente İzmirstraat — Łódź \"x\" \\ ✓".into(),
        )),
    );
    p.set(
        "organisatie.type",
        Some(Answer::Choice {
            id: "anders".into(),
            other: Some("Bibliotheek".into()),
        }),
    );
    p.set(
        "signalen.themas",
        Some(Answer::Choices {
            ids: vec!["huwelijksdwang".into(), "lhbt".into()],
            other: None,
        }),
    );
    p.set("organisatie.deelnemers", Some(Answer::Number(200)));
    p.set(
        "signalen.toelichting",
        Some(Answer::Text("regel 1\nregel 2\ttab".into())),
    );
    let path = dir.path().join("profiel.ron");
    storage::save(&path, &p).expect("save");
    let back = storage::load(&path, q()).expect("load");
    assert_eq!(back, p);
    // Human-readable: choices by id, not by display text.
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        text.contains("\"organisatie.type\": Choice(id: \"anders\", other: Some(\"Bibliotheek\"))"),
        "{text}"
    );
    assert!(!text.contains("Gemeente (beleid)"));
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn the_intake_address_is_kept_in_the_file_and_optional() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("adres.ron");
    let mut p = storage::load(&example("voorbeeld-compleet.ron"), q()).unwrap();
    assert_eq!(
        p.mail_to, "",
        "a file without an address reads as the default"
    );
    assert!(!storage::to_text(&p).unwrap().contains("mail_to"));
    p.mail_to = "aanmelden@example.org".into();
    storage::save(&path, &p).unwrap();
    let back = storage::load(&path, q()).unwrap();
    assert_eq!(back.mail_to, "aanmelden@example.org");
}

#[test]
fn the_shipped_examples_load() {
    for name in ["voorbeeld-compleet.ron", "voorbeeld-onvolledig.ron"] {
        storage::load(&example(name), q()).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// Each kind of bad file, the error it must give, and a piece of its Dutch message.
#[allow(clippy::too_many_lines)] // a table of bad files, one row per kind
#[test]
fn each_kind_of_bad_file_gives_its_own_clear_error() {
    /// (name, file contents, the error expected, a piece of the Dutch message)
    type Case = (&'static str, Vec<u8>, fn(&LoadError) -> bool, &'static str);
    let dir = tempfile::tempdir().unwrap();
    let good = complete_text();
    let truncated = &good[..good.len() / 2];
    let cases: Vec<Case> = vec![
        (
            "truncated",
            truncated.as_bytes().to_vec(),
            |e| matches!(e, LoadError::Truncated { .. }),
            "houdt te vroeg op",
        ),
        (
            "syntax",
            good.replacen("app_version: \"0.1.0\",", "app_version: \"0.1.0\"", 1)
                .into_bytes(),
            |e| matches!(e, LoadError::Syntax { line: 7, .. }),
            "regel 7, kolom",
        ),
        (
            "unknown question",
            good.replacen("\"organisatie.afdeling\"", "\"organisatie.schoenmaat\"", 1)
                .into_bytes(),
            |e| matches!(e, LoadError::Answer(_)),
            "onbekende vraag 'organisatie.schoenmaat'",
        ),
        (
            "wrong answer kind",
            good.replacen("Number(24)", "Text(\"24\")", 1).into_bytes(),
            |e| matches!(e, LoadError::Answer(_)),
            "verkeerde soort",
        ),
        (
            "unknown choice",
            good.replacen("Choice(id: \"gemeente\")", "Choice(id: \"bakkerij\")", 1)
                .into_bytes(),
            |e| matches!(e, LoadError::Answer(_)),
            "geen keuze 'bakkerij'",
        ),
        (
            "newer format",
            good.replacen("format_version: 1", "format_version: 7", 1)
                .into_bytes(),
            |e| {
                matches!(
                    e,
                    LoadError::NewerFormat {
                        found: 7,
                        supported: 1
                    }
                )
            },
            "nieuwere versie",
        ),
        (
            "not a profile",
            std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/questionnaire.ron"))
                .unwrap_or_default(),
            |e| matches!(e, LoadError::NotAProfile(_)),
            "geen profiel van Behoeftewijzer",
        ),
        (
            "empty",
            Vec::new(),
            |e| matches!(e, LoadError::Empty),
            "leeg",
        ),
        (
            "binary",
            vec![0xff, 0xfe, 0x00, 0x28],
            |e| matches!(e, LoadError::NotText),
            "geen tekstbestand",
        ),
        (
            "too large",
            {
                let mut big = good.clone().into_bytes();
                big.extend(std::iter::repeat_n(b' ', MAX_PROFILE_BYTES as usize));
                big
            },
            |e| matches!(e, LoadError::TooLarge { .. }),
            "te groot",
        ),
        (
            "deeply nested",
            format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(),
            |e| matches!(e, LoadError::Syntax { .. } | LoadError::NotAProfile(_)),
            "",
        ),
    ];
    for (name, bytes, is_expected, message) in cases {
        let path = write(
            dir.path(),
            &format!("{}.ron", name.replace(' ', "_")),
            &bytes,
        );
        match storage::load(&path, q()) {
            Ok(_) => panic!("{name}: accepted"),
            Err(e) => {
                assert!(is_expected(&e), "{name}: got {e:?}");
                let nl = e.message(Lang::Nl);
                let en = e.message(Lang::En);
                assert!(nl.contains(message), "{name}: {nl}");
                assert_ne!(nl, en, "{name}: the message must exist in both languages");
            }
        }
    }
}

#[test]
fn a_failed_save_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "profiel.ron", complete_text().as_bytes());
    // Saving into a folder that does not exist fails with a message; the file is untouched.
    let p = Profile::new(q(), "2026-11-28T10:00:00Z");
    let missing = dir.path().join("bestaat-niet").join("profiel.ron");
    let err = storage::save(&missing, &p)
        .err()
        .unwrap_or_else(|| panic!("saved into a missing folder"));
    assert_eq!(err.message(Lang::Nl), "Deze map bestaat niet.");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        complete_text()
    );
}
