//! Profile files on disk: the round trip, and one clear error for each kind of bad file.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::{Answer, Profile};
use behoeftewijzer::storage::{self, LoadError, MAX_PROFILE_BYTES};

mod common;
use common::profiles;
use profiles::q;

fn complete_text() -> String {
    std::fs::read_to_string(profiles::example_file("voorbeeld-compleet.ron")).expect("example")
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
    let mut p = storage::load(&profiles::example_file("voorbeeld-compleet.ron"), q()).unwrap();
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
        storage::load(&profiles::example_file(name), q()).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// Each kind of bad file, the error it must give, and a piece of its Dutch message.
#[expect(clippy::too_many_lines)] // a table of bad files, one row per kind
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
            "onbekende vraag ‘organisatie.schoenmaat’",
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
            "geen keuze ‘bakkerij’",
        ),
        (
            "newer format",
            good.replacen(
                &format!(
                    "format_version: {}",
                    behoeftewijzer::model::profile::FORMAT_VERSION
                ),
                "format_version: 7",
                1,
            )
            .into_bytes(),
            |e| {
                matches!(
                    e,
                    LoadError::NewerFormat {
                        found: 7,
                        supported: behoeftewijzer::model::profile::FORMAT_VERSION
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
            // The start of a PNG picture.
            vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00],
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
        let path = common::write_file(
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
    let path = common::write_file(dir.path(), "profiel.ron", complete_text().as_bytes());
    // Saving into a folder that does not exist fails with a message; the file is untouched.
    let p = Profile::new(q(), "2026-11-28T10:00:00Z");
    let missing = dir.path().join("bestaat-niet").join("profiel.ron");
    let err = storage::save(&missing, &p)
        .err()
        .unwrap_or_else(|| panic!("saved into a missing folder"));
    assert!(
        err.message(Lang::Nl)
            .starts_with("De map bestaat niet (meer)"),
        "{}",
        err.message(Lang::Nl)
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        complete_text()
    );
}

// Files from elsewhere (issue 10, item 10 and 11): Notepad's encodings, old Windows text, and
// things that are not files.

#[test]
fn notepad_files_open_with_a_byte_order_mark_or_as_utf16() {
    let dir = tempfile::tempdir().unwrap();
    let text = complete_text();
    let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
    utf8_bom.extend(text.as_bytes());
    let utf16 = |big_endian: bool| {
        let mut bytes = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in text.encode_utf16() {
            bytes.extend(if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        bytes
    };
    let expected = storage::load(&profiles::example_file("voorbeeld-compleet.ron"), q()).unwrap();
    for (name, bytes) in [
        ("bom.ron", utf8_bom),
        ("unicode.ron", utf16(false)),
        ("unicode-be.ron", utf16(true)),
    ] {
        let path = common::write_file(dir.path(), name, &bytes);
        let profile = storage::load(&path, q()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(profile.answers, expected.answers, "{name}");
    }
}

#[test]
fn a_windows_1252_file_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    // "Gemeente Zoë" with ë as Windows-1252 writes it: 0xEB.
    let text = complete_text().replace("Gemeente Voorbeeld", "Gemeente Zo\u{0}");
    let bytes: Vec<u8> = text
        .bytes()
        .map(|b| if b == 0 { 0xEB } else { b })
        .collect();
    let path = common::write_file(dir.path(), "kladblok.ron", &bytes);
    let err = storage::load(&path, q()).unwrap_err();
    assert!(
        matches!(err, LoadError::Encoding("Windows-1252")),
        "{err:?}"
    );
    let nl = err.message(Lang::Nl);
    assert!(nl.contains("Windows-1252") && nl.contains("UTF-8"), "{nl}");
}

#[test]
fn a_folder_or_a_pipe_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let err = storage::load(dir.path(), q()).unwrap_err();
    assert!(matches!(err, LoadError::NotAFile), "{err:?}");
    #[cfg(unix)]
    {
        let fifo = dir.path().join("pijp.ron");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo failed");
        // Reading a pipe nobody writes to would wait forever: this must return.
        let err = storage::load(&fifo, q()).unwrap_err();
        assert!(matches!(err, LoadError::NotAFile), "{err:?}");
    }
}

// What the app writes (issue 10, items 4, 6 and 7).

#[test]
fn a_profile_too_large_to_read_back_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("groot.ron");
    std::fs::copy(profiles::example_file("voorbeeld-compleet.ron"), &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut p = storage::load(&path, q()).unwrap();
    // Tabs are written as \t: twice their size.
    p.set(
        "signalen.toelichting",
        Some(Answer::Text("\t".repeat(600_000))),
    );
    let err = storage::save(&path, &p).unwrap_err();
    assert!(
        matches!(err, storage::SaveError::TooLarge { .. }),
        "{err:?}"
    );
    assert!(err.message(Lang::Nl).contains("te lang"));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the old file changed"
    );
    // Just under the limit: written, and it opens again.
    p.set(
        "signalen.toelichting",
        Some(Answer::Text("x".repeat(900_000))),
    );
    storage::save(&path, &p).unwrap();
    storage::load(&path, q()).unwrap();
}

#[cfg(unix)]
#[test]
fn saving_keeps_links_and_permissions_and_makes_private_files() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let q = q();
    let profile = storage::load(&profiles::example_file("voorbeeld-compleet.ron"), q).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;

    // A new file: for its owner only.
    let new = dir.path().join("nieuw.ron");
    storage::save(&new, &profile).unwrap();
    assert_eq!(mode(&new), 0o600);

    // An existing file keeps its permissions.
    let shared = dir.path().join("gedeeld.ron");
    storage::save(&shared, &profile).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o640)).unwrap();
    storage::save(&shared, &profile).unwrap();
    assert_eq!(mode(&shared), 0o640);

    // Through a symbolic link: the target changes, the link stays a link.
    let target = dir.path().join("echt.ron");
    storage::save(&target, &profile).unwrap();
    let link = dir.path().join("snelkoppeling.ron");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let mut changed = profile.clone();
    changed.set(
        "organisatie.naam",
        Some(Answer::Text("Gemeente Via Link".into())),
    );
    storage::save(&link, &changed).unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let back = storage::load(&target, q).unwrap();
    assert_eq!(back.text("organisatie.naam"), "Gemeente Via Link");

    // Through a hard link: both names keep pointing at one file with the new content, and the
    // safety copy made for the in-place write is gone afterwards.
    let other_name = dir.path().join("tweede-naam.ron");
    std::fs::hard_link(&target, &other_name).unwrap();
    changed.set(
        "organisatie.naam",
        Some(Answer::Text("Gemeente Harde Link".into())),
    );
    storage::save(&other_name, &changed).unwrap();
    let back = storage::load(&target, q).unwrap();
    assert_eq!(back.text("organisatie.naam"), "Gemeente Harde Link");
    assert_eq!(
        std::os::unix::fs::MetadataExt::nlink(&std::fs::metadata(&target).unwrap()),
        2,
        "the hard link was split"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("reservekopie"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // A temporary file that a killed save left behind goes with the next save.
    let stale = dir.path().join(".echt.ron.4242.tmp");
    std::fs::write(&stale, "half").unwrap();
    common::age_an_hour(&stale);
    storage::save(&target, &profile).unwrap();
    assert!(!stale.exists(), "a stale temporary file was left");

    // The recovery copy: private.
    let copy = dir.path().join("data").join("herstel.ron");
    let recovery = storage::Recovery {
        saved_at: "2026-11-28T10:00:00Z".into(),
        original: None,
        profile: profile.clone(),
    };
    storage::save_copy(&copy, &recovery).unwrap();
    assert_eq!(mode(&copy), 0o600);
}

#[test]
fn a_question_answered_twice_is_refused_with_its_line() {
    // Issue 10, item 10: the last of two answers won in silence.
    let dir = tempfile::tempdir().unwrap();
    let text = complete_text().replacen(
        "        \"organisatie.type\":",
        "        \"organisatie.naam\": Text(\"Gemeente Dubbel\"),\n        \"organisatie.type\":",
        1,
    );
    let line = text
        .lines()
        .position(|l| l.contains("Gemeente Dubbel"))
        .unwrap()
        + 1;
    let path = common::write_file(dir.path(), "dubbel.ron", text.as_bytes());
    let err = storage::load(&path, q()).unwrap_err();
    let LoadError::DuplicateAnswer { question, line: at } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(question, "organisatie.naam");
    assert!(at.abs_diff(line) <= 1, "line {at}, expected about {line}");
    assert!(err.message(Lang::Nl).contains("twee keer"));
}

#[test]
fn messages_speak_the_users_words_and_keep_long_or_steering_values_short() {
    // Issue 10, item 12: developer words (VersionProbe), a 900 KB id in full, and terminal
    // escapes from the file itself.
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("boodschappen.txt", b"melk, brood, kaas\n".to_vec()),
        ("data.json", b"{\"naam\": \"Gemeente\"}".to_vec()),
    ] {
        let path = common::write_file(dir.path(), name, &bytes);
        let err = storage::load(&path, q()).unwrap_err();
        assert!(matches!(err, LoadError::NotAProfile(_)), "{name}: {err:?}");
        let nl = err.message(Lang::Nl);
        assert_eq!(
            nl, "Dit bestand is geen profiel van Behoeftewijzer.",
            "{name}"
        );
    }
    let long_id = format!("organisatie.{}\u{1b}[31m\u{202e}", "x".repeat(900_000));
    let text = complete_text().replacen("\"organisatie.omvang\"", &format!("\"{long_id}\""), 1);
    let path = common::write_file(dir.path(), "lang.ron", text.as_bytes());
    let err = storage::load(&path, q()).unwrap_err();
    for lang in Lang::ALL {
        let message = err.message(lang);
        assert!(
            message.chars().count() < 200,
            "{} characters",
            message.len()
        );
        assert!(!message.contains('\u{1b}') && !message.contains('\u{202e}'));
        assert!(!message.contains("VersionProbe") && !message.contains("serde"));
    }
    assert_eq!(
        storage::shown("a\u{1b}[31mb\u{202e}c"),
        "a\\u{001b}[31mb\\u{202e}c"
    );
}

/// The log line of an error is the English catalogue's wording, and quotes nothing the file
/// holds: logs get shared, and a file's question ids or a parser's quote can carry a name.
#[test]
fn the_log_wording_is_english_and_quotes_nothing_from_the_file() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let good = std::fs::read_to_string(profiles::example_path()).expect("the example");
    let cases = [
        good.replacen("\"organisatie.afdeling\"", "\"Fatma.Yilmaz\"", 1),
        good.replacen("Choice(id: \"", "Choice(id: \"Fatma", 1),
        good.replacen(
            "\"organisatie.afdeling\"",
            "\"Fatma.Yilmaz\": Number(1),\n        \"Fatma.Yilmaz\"",
            1,
        ),
    ];
    for (i, text) in cases.iter().enumerate() {
        let path = common::write_file(dir.path(), &format!("case{i}.ron"), text.as_bytes());
        let Err(e) = storage::load(&path, q()) else {
            panic!("case {i}: accepted");
        };
        let shown = e.message(Lang::En);
        let logged = e.for_log();
        assert!(
            shown.contains("Fatma"),
            "case {i}: the user sees the value: {shown}"
        );
        assert!(!logged.contains("Fatma"), "case {i}: {logged}");
        assert_eq!(logged, e.to_string(), "case {i}: one log wording");
        let english = e.message(Lang::En).replace("Fatma.Yilmaz", "…");
        assert!(
            logged
                .split_whitespace()
                .take(4)
                .eq(english.split_whitespace().take(4)),
            "case {i}: the log begins like the English message: {logged} / {english}"
        );
    }
}

/// The meeting's record at its fullest: every agreement there may be, every field at its
/// limit, in the characters `heavy` writes.
fn full_meeting(heavy: &dyn Fn(usize) -> String) -> behoeftewijzer::model::meeting::Meeting {
    use behoeftewijzer::model::meeting::{
        Agreement, LINE_MAX_CHARS, MAX_AGREEMENTS, Meeting, NOTES_MAX_CHARS, Status,
    };
    let line = || heavy(LINE_MAX_CHARS);
    Meeting {
        date: line(),
        ours: line(),
        alliance: line(),
        agreements: vec![
            Agreement {
                what: line(),
                who: line(),
                by_when: line(),
                status: Status::Dropped,
                earlier: true,
            };
            MAX_AGREEMENTS
        ],
        training: behoeftewijzer::model::meeting::Training {
            which: line(),
            group: line(),
            when: line(),
            partners: line(),
        },
        partners: [
            "movisie",
            "iot",
            "smn",
            "htib",
            "von",
            "kezban",
            "mudawwanah",
            "fsan",
        ]
        .map(Into::into)
        .to_vec(),
        notes: heavy(NOTES_MAX_CHARS),
    }
}

/// Every text answer at its limit, in the characters that take the most room in a file
/// (escaped quotes and control characters, four-byte emoji), and every "Anders, namelijk…"
/// too: the profile still saves and opens, so no answer the window accepts makes a file the
/// app refuses (issue 22: the file limit lies above the sum of the answers' limits).
#[test]
fn every_answer_at_its_limit_still_fits_in_a_profile_file() {
    use behoeftewijzer::model::Kind;
    use behoeftewijzer::model::questionnaire::TEXT_MAX_CHARS;
    let dir = tempfile::tempdir().expect("temporary folder");
    let heavy = |n: usize| -> String { "\"\u{1}🙂\\".chars().cycle().take(n).collect() };
    let mut p = Profile::new(q(), "2026-12-02T10:00:00+01:00");
    let mut texts = 0;
    for question in q().questions() {
        let answer = match &question.kind {
            Kind::Text | Kind::LongText => {
                texts += 1;
                question
                    .kind
                    .max_chars()
                    .map(|max| Answer::Text(heavy(max)))
            }
            kind if kind.has_other() => {
                let other = Some(heavy(TEXT_MAX_CHARS));
                Some(match kind {
                    Kind::MultiChoice { .. } => Answer::Choices {
                        ids: vec!["anders".into()],
                        other,
                    },
                    _ => Answer::Choice {
                        id: "anders".into(),
                        other,
                    },
                })
            }
            _ => None,
        };
        if let Some(answer) = answer {
            assert!(p.set(&question.id, Some(answer)), "{}", question.id);
        }
    }
    assert!(
        texts >= 18,
        "only {texts} text questions: the questionnaire changed"
    );
    // And the meeting's record full (issue 23).
    p.meeting = full_meeting(&heavy);
    let path = dir.path().join("vol.ron");
    storage::save(&path, &p).expect("a profile with every answer at its limit must save");
    let size = std::fs::metadata(&path).expect("saved").len();
    assert!(size < MAX_PROFILE_BYTES, "{size} bytes");
    let back = storage::load(&path, q()).expect("and open again");
    assert_eq!(back.answers, p.answers);
    assert_eq!(back.meeting, p.meeting);
    eprintln!("every answer at its limit: {size} bytes of {MAX_PROFILE_BYTES}");
}

/// Issue 35: profiles compared in the order a person sorts their names. Twelve files given as
/// a shell's glob gives them (text order: 1, 10, 11, 12, 2, …) come out 1, 2, …, 12, on the
/// command line and in the window alike (both open them with `load_entries`).
#[test]
fn compared_profiles_come_in_the_order_a_person_sorts_their_names() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths: Vec<std::path::PathBuf> = (1..=12)
        .map(|n| {
            let mut p = profiles::example();
            p.set(
                "organisatie.naam",
                Some(Answer::Text(format!("Gemeente {n}"))),
            );
            let path = dir.path().join(format!("gemeente-{n}.ron"));
            storage::save(&path, &p).unwrap();
            path
        })
        .collect();
    paths.sort();
    assert!(paths[1].ends_with("gemeente-10.ron"), "{paths:?}");
    let (entries, skipped) = storage::load_entries(&paths, q());
    assert!(skipped.is_empty());
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    let wanted: Vec<String> = (1..=12).map(|n| format!("Gemeente {n}")).collect();
    assert_eq!(names, wanted);
}

/// Issue 35: a profile whose texts are longer than the window lets one type (written by hand,
/// or by an older version) opens whole, with a message that names every such answer. Every
/// field with a cap, from the questionnaire's own kinds and the meeting's fields: each text
/// answer, each "Anders, namelijk…", the meeting's notes and its lines, each five times its
/// cap. Nothing is cut: the profile in the window holds every text whole.
#[test]
fn a_profile_over_the_typing_caps_opens_whole_and_says_which_answers() {
    use behoeftewijzer::model::Answer;
    use behoeftewijzer::model::questionnaire::Kind;
    use behoeftewijzer::ui::modal::Dialog;
    let long = |max: usize, tag: &str| format!("{tag} {}", "lang ".repeat(max)).trim().to_owned();
    let mut p = profiles::example();
    let mut named = Vec::new();
    for question in q().questions() {
        let answer = match &question.kind {
            Kind::Text | Kind::LongText => Answer::Text(long(
                question.kind.max_chars().unwrap(),
                question.id.as_str(),
            )),
            kind if kind.has_other() => {
                let other = Some(long(300, question.id.as_str()));
                if matches!(kind, Kind::MultiChoice { .. }) {
                    Answer::Choices {
                        ids: vec!["anders".into()],
                        other,
                    }
                } else {
                    Answer::Choice {
                        id: "anders".into(),
                        other,
                    }
                }
            }
            _ => continue,
        };
        p.answers.insert(question.id.clone(), answer);
        named.push(question.text.get(Lang::Nl).to_owned());
    }
    p.meeting.notes = long(5_000, "notities");
    p.meeting.ours = long(300, "wij");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lang.ron");
    storage::save(&path, &p).unwrap();
    assert!(named.len() > 10, "{named:?}");
    let h = common::start().open(&path).build();
    assert_eq!(h.state().profile().answers, p.answers, "an answer was cut");
    assert_eq!(
        h.state().profile().meeting,
        p.meeting,
        "a meeting field was cut"
    );
    let Some(Dialog::Message { title, body }) = h.state().dialog().cloned() else {
        panic!("no message: {:?}", h.state().dialog());
    };
    assert_eq!(title, "Sommige antwoorden zijn erg lang");
    for text in &named {
        assert!(
            body.contains(text.as_str()),
            "{text:?} not named in:\n{body}"
        );
    }
    assert_eq!(
        body.matches("Een veld van Na het overleg").count(),
        2,
        "{body}"
    );
    // The example itself opens without the message.
    let h = common::start().open(&profiles::example_path()).build();
    assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
}
