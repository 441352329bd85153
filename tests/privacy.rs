//! The privacy guard against realistic snippets (tests/data/privacy-snippets.txt): what it must
//! find in texts with residents' data, and where it must stay quiet in ordinary policy texts.
//! Prints the recall and the false-alarm rate the README states.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use behoeftewijzer::model::privacy::{Allowed, Kind, scan_text};

fn kind(name: &str) -> Kind {
    match name.trim() {
        "bsn" => Kind::Bsn,
        "geboortedatum" => Kind::BirthDate,
        "telefoon" => Kind::Phone,
        "email" => Kind::Email,
        "postcode" => Kind::PostcodeHouseNumber,
        "iban" => Kind::Iban,
        other => panic!("unknown kind in the snippets: {other}"),
    }
}

/// (expected kinds, text) per snippet.
fn snippets() -> Vec<(Vec<Kind>, String)> {
    let text = include_str!("data/privacy-snippets.txt");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (kinds, snippet) = l.split_once(" | ").expect("kinds | text");
            let kinds = if kinds.trim() == "geen" {
                Vec::new()
            } else {
                kinds.split(',').map(kind).collect()
            };
            (kinds, snippet.to_owned())
        })
        .collect()
}

#[test]
fn the_guard_finds_residents_data_and_leaves_policy_texts_alone() {
    let allowed = Allowed {
        emails: vec![
            "s.devries@gemeente-voorbeeld.nl".into(),
            "e.leeuwis@movisie.nl".into(),
        ],
        phones: vec!["0301234567".into()],
        domains: vec!["gemeente-voorbeeld.nl".into()],
    };
    let all = snippets();
    let (mut positives, mut found, mut negatives, mut alarms) = (0, 0, 0, 0);
    let mut wrong = Vec::new();
    for (expected, text) in &all {
        let got: Vec<Kind> = scan_text(text, &allowed, 2026)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        if expected.is_empty() {
            negatives += 1;
            if !got.is_empty() {
                alarms += 1;
            }
        } else {
            positives += 1;
            if got == *expected {
                found += 1;
            }
        }
        if got != *expected {
            wrong.push(format!("{text:?}: expected {expected:?}, found {got:?}"));
        }
    }
    assert!(positives >= 40 && negatives >= 40, "too few snippets");
    let recall = f64::from(found) / f64::from(positives);
    let false_alarms = f64::from(alarms) / f64::from(negatives);
    eprintln!(
        "privacy guard: {found} of {positives} found with the right kind (recall {:.0} %), \
         {alarms} false alarms in {negatives} policy texts ({:.0} %)",
        recall * 100.0,
        false_alarms * 100.0
    );
    assert!(
        wrong.is_empty(),
        "{} snippets went wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
