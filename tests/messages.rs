//! Messages in the user's words (issue 18, item 10): files that gave a parser's or the system's
//! English ("Exceeded recursion limit, try increasing `ron::Options::recursion_limit`",
//! "Expected opening `(` for struct `VersionProbe`", "Unexpected missing field named `answers`",
//! "File name too long (os error 36)"), files that were refused though they are readable (old
//! Mac line ends, UTF-16 without a byte-order mark), and save failures given the wrong reason.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::Profile;
use behoeftewijzer::storage::{self, LoadError};

mod common;
use common::profiles;
use profiles::q;

/// Words of the parser or the program, never meant for the officer.
const TECHNICAL: &[&str] = &[
    "ron::",
    "recursion",
    "Options",
    "VersionProbe",
    "struct",
    "Unexpected",
    "Expected",
    "Profile`",
    "os error",
    "field named",
];

fn assert_plain(message: &str) {
    for word in TECHNICAL {
        assert!(!message.contains(word), "{word:?} in: {message}");
    }
}

#[test]
fn damaged_or_foreign_files_are_named_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let good = profiles::example_text();
    let answers_start = good.find("    answers: {").unwrap();
    let answers_end = answers_start + good[answers_start..].find("\n    },\n").unwrap() + 8;
    let without_answers = format!("{}{}", &good[..answers_start], &good[answers_end..]);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "nested at the top",
            format!("{}{}", "[".repeat(5_000), "]".repeat(5_000)).into_bytes(),
            "geen profiel van Behoeftewijzer",
        ),
        (
            "nested in a profile",
            format!(
                "(format_version: 1, questionnaire_version: 2, answers: {{\"a\": {}{}}})",
                "[".repeat(5_000),
                "]".repeat(5_000)
            )
            .into_bytes(),
            "",
        ),
        (
            "only comments",
            b"// Behoeftewijzer\n// nog niets ingevuld\n".to_vec(),
            "geen profiel van Behoeftewijzer",
        ),
        (
            "no answers",
            without_answers.into_bytes(),
            "Er ontbreekt een deel van het profiel (\u{2018}answers\u{2019})",
        ),
    ];
    for (name, bytes, expected) in cases {
        let path = common::write_file(
            dir.path(),
            &format!("{}.ron", name.replace(' ', "-")),
            &bytes,
        );
        let error = storage::load(&path, q()).expect_err(name);
        for lang in [Lang::Nl, Lang::En] {
            assert_plain(&error.message(lang));
        }
        assert!(
            error.message(Lang::Nl).contains(expected),
            "{name}: {}",
            error.message(Lang::Nl)
        );
    }
}

#[test]
fn old_mac_line_ends_and_utf16_without_a_mark_open() {
    let dir = tempfile::tempdir().unwrap();
    let good = profiles::example_text();
    let expected = storage::parse(&good, q()).unwrap();
    // Line ends of an old Mac: a comment on the first line swallowed the whole file.
    let mac = common::write_file(dir.path(), "mac.ron", good.replace('\n', "\r").as_bytes());
    assert_eq!(storage::load(&mac, q()).unwrap(), expected);
    // UTF-16 without a byte-order mark, both byte orders.
    let le: Vec<u8> = good.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = good.encode_utf16().flat_map(u16::to_be_bytes).collect();
    for (name, bytes) in [("le.ron", le), ("be.ron", be)] {
        let path = common::write_file(dir.path(), name, &bytes);
        match storage::load(&path, q()) {
            Ok(p) => assert_eq!(p, expected, "{name}"),
            Err(e) => panic!("{name}: {}", e.message(Lang::Nl)),
        }
    }
    // Real binary data is still not text.
    let png = common::write_file(
        dir.path(),
        "plaatje.ron",
        &[0x89, b'P', b'N', b'G', 0, 0, 0, 13],
    );
    assert!(matches!(storage::load(&png, q()), Err(LoadError::NotText)));
}

#[test]
fn a_name_too_long_for_the_disk_is_said_so_and_suggested_names_fit() {
    let dir = tempfile::tempdir().unwrap();
    let p = Profile::new(q(), "2026-12-01T10:00:00Z");
    let long = dir.path().join(format!("{}.ron", "Gemeente ".repeat(40)));
    let error = storage::save(&long, &p).expect_err("a 360-byte name");
    let message = error.message(Lang::Nl);
    assert!(message.contains("te lang"), "{message}");
    assert_plain(&message);

    // The names the app suggests fit, however long the organisation's name.
    let date = time::macros::date!(2026 - 12 - 01);
    let organisation = "Gemeenten Alkmaar Bergen Castricum Den Helder Dijk en Waard Heiloo Hollands Kroon Schagen Texel Uitgeest Heerhugowaard Langedijk Opmeer Medemblik";
    for name in [
        behoeftewijzer::brief::content::file_name(Lang::Nl, organisation, date),
        behoeftewijzer::brief::regional::file_name(Lang::Nl, date),
    ] {
        let path = dir.path().join(&name);
        std::fs::write(&path, b"%PDF-").unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(name.ends_with("2026-12-01.pdf"), "{name}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_locked_file_is_not_called_a_forbidden_folder() {
    // A file that cannot be replaced in a folder that can be written (on Windows: open in
    // another program; here: immutable) was reported as "Je mag in deze map niet opslaan".
    // On an ext4 image of its own: the folder a clone lies in (overlayfs in a container) may
    // not have the immutable flag.
    if !common::needs::tool("chattr", "e2fsprogs") {
        return;
    }
    let Some(disk) = common::mounts::Mounted::ext4() else {
        return;
    };
    let path = common::write_file(disk.path(), "vast.ron", profiles::example_text().as_bytes());
    let locked = std::process::Command::new("chattr")
        .arg("+i")
        .arg(&path)
        .status()
        .is_ok_and(|s| s.success());
    assert!(locked, "chattr +i failed on an ext4 file system, as root");
    let p = storage::load(&path, q()).unwrap();
    let result = storage::save(&path, &p);
    let _ = std::process::Command::new("chattr")
        .arg("-i")
        .arg(&path)
        .status();
    let message = result.expect_err("immutable").message(Lang::Nl);
    assert!(message.contains("vergrendeld"), "{message}");
    assert!(!message.contains("in deze map niet"), "{message}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        profiles::example_text()
    );
}

/// Issue 19, item 8: a comparison that failed showed "Not a directory (os error 20)" inside
/// Dutch text. Reading from a path through a file, or a folder given as a profile, or an error
/// nobody worded: the message is in the interface's language, never the system's English.
#[test]
fn system_errors_reach_the_user_in_their_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = common::write_file(
        dir.path(),
        "gewoon.ron",
        profiles::example_text().as_bytes(),
    );
    let through_file = file.join("profiel.ron");
    for (path, nl, en) in [
        (through_file.as_path(), "geen map", "not a folder"),
        (dir.path(), "een map", "folder"),
    ] {
        let Err(e) = storage::load(path, q()) else {
            panic!("{} opened", path.display());
        };
        for (lang, words) in [(Lang::Nl, nl), (Lang::En, en)] {
            let message = e.message(lang);
            assert!(message.contains(words), "{message}");
            assert!(!message.contains("os error"), "{message}");
        }
    }
    // An error nobody worded: its number, not its English text (EIO, on Linux).
    if !cfg!(target_os = "linux") {
        return;
    }
    let odd = std::io::Error::from_raw_os_error(libc_eio());
    let message = storage::SaveError::Io(odd).message(Lang::Nl);
    assert!(message.starts_with("Opslaan is mislukt."), "{message}");
    assert!(message.contains("foutcode 5 van het systeem"), "{message}");
    assert!(!message.contains("Input/output"), "{message}");
}

/// EIO, "Input/output error" on Linux.
fn libc_eio() -> i32 {
    5
}
