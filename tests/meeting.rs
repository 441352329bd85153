//! After the meeting (issue 23): the meeting's record in the profile file (format 2, and format
//! 1 files opening with it empty), and the *verslag* written by the real binary and read back
//! with a PDF parser: each agreement with its owner and date, in the organisation's voice.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::pdf;
use common::profiles;
use profiles::{fixture, q};

use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::meeting::{Agreement, Meeting, Status};
use behoeftewijzer::storage;

/// Whole words of the text, lowercased, for looking for "je" and "you".
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn a_format_1_profile_opens_unchanged_with_an_empty_meeting() {
    let text = std::fs::read_to_string(fixture(1)).unwrap();
    let (p, changes) = storage::load_with_changes(&fixture(1), q()).unwrap();
    assert_eq!(p.format_version, 1, "opening does not rewrite the version");
    assert!(p.meeting.is_empty());
    // Every answer in the file is there, as written, but the one to a question taken out of
    // the questionnaire since (which the window names when it opens the file).
    let removed = changes.map_or(0, |c| c.removed_answers.len());
    assert_eq!(removed, 1);
    let in_file = text
        .lines()
        .filter(|l| l.trim_start().starts_with('"'))
        .count();
    assert_eq!(p.answers.len() + removed, in_file);
    assert_eq!(p.text("organisatie.naam"), "Gemeente Voorbeeld");
    // Saved again without a meeting, the file holds no meeting at all.
    let saved = storage::to_text(&p).unwrap();
    assert!(!saved.contains("meeting"), "{saved}");
}

#[test]
fn a_format_2_profile_holds_the_meeting() {
    let p = storage::load(&fixture(2), q()).unwrap();
    let m = &p.meeting;
    assert_eq!(
        m.date().map(|d| d.to_string()).as_deref(),
        Some("2027-03-12")
    );
    let statuses: Vec<Status> = m.agreements.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [Status::Done, Status::Open, Status::Dropped]);
    assert_eq!(m.partners.len(), 3);
    assert_eq!(m.training.which, "Basistraining huwelijksdwang");
}

#[test]
fn the_meeting_survives_a_save_and_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = storage::load(&fixture(1), q()).unwrap();
    p.meeting = Meeting {
        date: "2027-03-12".into(),
        notes: "Regel één\n\nRegel twee met “aanhalingstekens” en \\ en )".into(),
        agreements: vec![Agreement {
            what: "Zaal (groot) regelen".into(),
            who: "Gemeente".into(),
            by_when: "1 april".into(),
            status: Status::Done,
            earlier: true,
        }],
        ..Meeting::default()
    };
    let path = dir.path().join("p.ron");
    storage::save(&path, &p).unwrap();
    let back = storage::load(&path, q()).unwrap();
    assert_eq!(back.meeting, p.meeting);
    assert_eq!(back.answers, p.answers);
}

#[test]
fn the_verslag_holds_each_agreement_with_owner_and_date_in_the_organisations_voice() {
    let dir = tempfile::tempdir().unwrap();
    let p = storage::load(&fixture(2), q()).unwrap();
    for (lang, code, forbidden) in [
        (Lang::Nl, "nl", &["je", "jij", "jou", "jouw", "jullie"][..]),
        (Lang::En, "en", &["you", "your"][..]),
    ] {
        let out = dir.path().join(format!("verslag-{code}.pdf"));
        let run = common::bin::command()
            .args(["verslag"])
            .arg(fixture(2))
            .arg("-o")
            .arg(&out)
            .args(["--lang", code])
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(0), "{run:?}");
        let flat = pdf::text(&out);
        // Each agreement's row: its first words, then (the rest of the cell may wrap below)
        // who and by when together on one line.
        let (who, by) = match lang {
            Lang::Nl | Lang::Pseudo => ("Wie", "uiterlijk"),
            Lang::En => ("Who", "by"),
        };
        for a in &p.meeting.agreements {
            let owner_and_date = format!("{who}: {} · {by}: {}", a.who, a.by_when);
            let row = flat
                .find(&owner_and_date)
                .unwrap_or_else(|| panic!("{lang:?}: '{owner_and_date}' not in {flat}"));
            let start: String = a.what.split(' ').take(2).collect::<Vec<_>>().join(" ");
            let what = flat
                .find(&start)
                .unwrap_or_else(|| panic!("{lang:?}: '{start}' not in {flat}"));
            assert!(
                what < row && row - what < 60,
                "{lang:?}: {start} … {owner_and_date}"
            );
            for word in a.what.split(' ') {
                assert!(flat.contains(word), "{lang:?}: {word}");
            }
        }
        let words = words(&flat);
        for word in forbidden {
            assert!(
                !words.iter().any(|w| w == word),
                "{lang:?}: '{word}' in {flat}"
            );
        }
        let expected = match lang {
            Lang::Nl | Lang::Pseudo => {
                ["12 maart 2027", "afgerond", "vervallen", "Volgende stappen"]
            }
            Lang::En => ["12 March 2027", "done", "dropped", "Next steps"],
        };
        for e in expected {
            assert!(flat.contains(e), "{lang:?}: {e} not in {flat}");
        }
    }
}

#[test]
fn the_verslag_is_not_written_with_residents_data_in_the_notes() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = storage::load(&fixture(2), q()).unwrap();
    p.meeting.notes = "Mevrouw met BSN 111222333 besproken.".into();
    let path = dir.path().join("p.ron");
    storage::save(&path, &p).unwrap();
    let out = dir.path().join("v.pdf");
    let run = common::bin::command()
        .args(["verslag"])
        .arg(&path)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(3), "{said}");
    assert!(said.contains("Na het overleg › Notities"), "{said}");
    assert!(
        !said.contains("111222333"),
        "the command line never repeats the data"
    );
    assert!(!out.exists());
    // Allowed: written, and still said.
    let run = common::bin::command()
        .args(["verslag", "--allow-personal-data"])
        .arg(&path)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0));
    assert!(out.exists());
}

#[test]
fn the_verslag_is_never_written_over_the_profile() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.pdf");
    std::fs::copy(fixture(2), &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let run = common::bin::command()
        .args(["verslag", "--force"])
        .arg(&path)
        .arg("-o")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn check_names_residents_data_in_the_meeting_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = storage::load(&fixture(2), q()).unwrap();
    let path = dir.path().join("p.ron");
    storage::save(&path, &p).unwrap();
    let clean = common::bin::command()
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(clean.status.code(), Some(0), "{clean:?}");
    p.meeting.agreements[1].who = "mw. Jansen, 06-12345678".into();
    storage::save(&path, &p).unwrap();
    let run = common::bin::command()
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(3), "{said}");
    assert!(
        said.contains("Na het overleg › Afspraak 2: telefoonnummer"),
        "{said}"
    );
    assert!(!said.contains("12345678"), "{said}");
}

#[test]
fn a_partner_not_in_the_alliances_list_is_named_when_the_file_is_opened() {
    let text = std::fs::read_to_string(fixture(2)).unwrap();
    let edited = text.replacen(
        r#"partners: ["movisie", "kezban", "lkha"]"#,
        r#"partners: ["movisie", "bakkerij"]"#,
        1,
    );
    assert_ne!(edited, text, "fixture drifted");
    let error = storage::parse(&edited, q()).unwrap_err();
    let message = error.message(Lang::Nl);
    assert!(
        message.contains(
            "het overleg noemt een partner die niet in de lijst van de alliantie staat: ‘bakkerij’"
        ),
        "{message}"
    );
}

/// Issue 31, item 8: a meeting dated after the day the verslag is written is said to be still
/// to come, and the training's partners are the partners the verslag involves, never "nog af
/// te spreken" beside them. Read from the document the app builds, in both languages.
#[test]
fn the_verslag_says_a_meeting_still_to_come_and_agrees_on_its_partners() {
    use behoeftewijzer::brief::{Block, report};
    let written = time::macros::date!(2026 - 12 - 06);
    let texts = |p: &behoeftewijzer::model::Profile, lang: Lang| -> String {
        behoeftewijzer::brief::content::texts(&report::build(q(), p, lang, written))
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut p = profiles::example();
    p.meeting.date = "26-1-2027".into();
    p.meeting.partners = vec!["movisie".into(), "lkha".into()];
    p.meeting.training.which = "Basistraining".into();
    p.meeting.training.partners = String::new();
    for (lang, later, involved) in [
        (Lang::Nl, "na 6 december 2026", "(de partners onder 3)"),
        (Lang::En, "after 6 December 2026", "(the partners under 3)"),
    ] {
        let all = texts(&p, lang);
        assert!(all.contains(later), "{lang:?}: {all}");
        assert!(all.contains(involved), "{lang:?}: {all}");
        assert!(all.contains("Movisie, LKHA"), "{lang:?}: {all}");
    }
    // A meeting held before the day of writing gets no such note; typed partners stand.
    p.meeting.date = "2-12-2026".into();
    p.meeting.training.partners = "SMN".into();
    let b = report::build(q(), &p, Lang::Nl, written);
    assert!(
        !b.blocks
            .iter()
            .any(|x| matches!(x, Block::Note(t) if t.contains("nog niet besproken"))),
        "{:?}",
        b.blocks
    );
    let all = texts(&p, Lang::Nl);
    assert!(!all.contains("(de partners onder 3)"), "{all}");
    assert!(all.contains("SMN"), "{all}");
}
