//! Errors (issue 33): wording one is pure (it logs nothing; the error is logged once, where it
//! is handled), and what goes to the log (`Display`) holds no path, while the officer's message
//! keeps the path they need (where a backup was kept). Every error type that reaches the
//! officer, with each of its variants that carries a detail.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io;
use std::path::PathBuf;

use behoeftewijzer::brief::error::PdfError;
use behoeftewijzer::export::ExportError;
use behoeftewijzer::lang::Lang;
use behoeftewijzer::storage::{KeptBackup, LoadError, SaveError};

const SECRET_FOLDER: &str = "/home/fatima-geheim/Documenten";

fn kept_backup(kind: io::ErrorKind) -> io::Error {
    io::Error::other(KeptBackup {
        backup: PathBuf::from(SECRET_FOLDER).join("profiel (reservekopie).ron"),
        source: io::Error::from(kind),
    })
}

/// An error's name, its wording in a language, and its line for the log.
type Worded = (&'static str, Box<dyn Fn(Lang) -> String>, String);

/// One of every error the officer can be told about, each with what its message is.
fn errors() -> Vec<Worded> {
    let save = |e: SaveError| {
        let log = e.to_string();
        (
            Box::new(move |lang| e.message(lang)) as Box<dyn Fn(Lang) -> String>,
            log,
        )
    };
    let mut out: Vec<Worded> = Vec::new();
    for (name, e) in [
        (
            "save: disk full, backup kept",
            SaveError::Io(kept_backup(io::ErrorKind::StorageFull)),
        ),
        (
            "save: other, backup kept",
            SaveError::Io(kept_backup(io::ErrorKind::Other)),
        ),
        (
            "save: system code",
            SaveError::Io(io::Error::from_raw_os_error(5)),
        ),
        (
            "save: permission",
            SaveError::Io(io::ErrorKind::PermissionDenied.into()),
        ),
        ("save: serialize", SaveError::Serialize("a defect".into())),
        (
            "save: too large",
            SaveError::TooLarge {
                size: 2 << 20,
                limit: 1 << 20,
            },
        ),
    ] {
        let (message, log) = save(e);
        out.push((name, message, log));
    }
    for (name, e) in [
        ("pdf: font", PdfError::Font("NotoSans-Regular")),
        ("pdf: write", PdfError::Write("lopdf said no".into())),
    ] {
        let log = e.to_string();
        out.push((name, Box::new(move |lang| e.message(lang)), log));
    }
    for (name, e) in [
        (
            "export: table",
            ExportError::Table(csv::Error::from(io::Error::other("in memory"))),
        ),
        (
            "export: write, backup kept",
            ExportError::Write(SaveError::Io(kept_backup(io::ErrorKind::StorageFull))),
        ),
        ("export: render", ExportError::Render(PdfError::Font("x"))),
    ] {
        let log = e.to_string();
        out.push((name, Box::new(move |lang| e.message(lang)), log));
    }
    for (name, e) in [
        ("load: io", LoadError::Io(io::Error::from_raw_os_error(13))),
        ("load: empty", LoadError::Empty),
        (
            "load: syntax",
            LoadError::Syntax {
                line: 3,
                column: 4,
                message: "Expected `Text(\"Geheimstad\")`".into(),
            },
        ),
    ] {
        let log = e.to_string();
        out.push((name, Box::new(move |lang| e.message(lang)), log));
    }
    out
}

#[test]
fn wording_an_error_logs_nothing_and_the_log_gets_no_path() {
    common::log_capture::install();
    let mut problems = Vec::new();
    for (name, message, log) in errors() {
        common::log_capture::clear();
        let nl = message(Lang::Nl);
        let en = message(Lang::En);
        let logged = common::log_capture::app_lines();
        if !logged.is_empty() {
            problems.push(format!("{name}: wording it logged {logged:?}"));
        }
        if nl.is_empty() || en.is_empty() || nl == en {
            problems.push(format!(
                "{name}: not worded in both languages: {nl:?} / {en:?}"
            ));
        }
        if log.contains(SECRET_FOLDER) || log.contains("Geheimstad") {
            problems.push(format!(
                "{name}: the log line holds a path or a value: {log}"
            ));
        }
        if log.is_empty() {
            problems.push(format!("{name}: nothing for the log"));
        }
        // The officer still reads where the backup is.
        if name.contains("backup kept") && !nl.contains(SECRET_FOLDER) {
            problems.push(format!("{name}: the message lost the backup's place: {nl}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
