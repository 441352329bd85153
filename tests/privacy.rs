//! The privacy guard against realistic snippets (tests/data/privacy-snippets.txt): what it must
//! find in texts with residents' data, and where it must stay quiet in ordinary policy texts.
//! Prints the recall and the false-alarm rate docs/reliability.md states.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use behoeftewijzer::model::privacy::{Allowed, Kind, scan_text};

fn kind_named(name: &str) -> Kind {
    match name.trim() {
        "bsn" => Kind::Bsn,
        "geboortedatum" => Kind::BirthDate,
        "telefoon" => Kind::Phone,
        "email" => Kind::Email,
        "postcode" => Kind::PostcodeHouseNumber,
        "iban" => Kind::Iban,
        "adres" => Kind::Address,
        "paspoort" => Kind::Document,
        "vnummer" => Kind::AlienNumber,
        "kind" => Kind::Child,
        "naam" => Kind::Name,
        "kenteken" => Kind::LicencePlate,
        "account" => Kind::SocialMedia,
        "dossier" => Kind::CaseNumber,
        other => panic!("unknown kind in the snippets: {other}"),
    }
}

/// (expected kinds, text) per snippet of the tuning set.
fn snippets() -> Vec<(Vec<Kind>, String)> {
    parse(include_str!("data/privacy-snippets.txt"))
}

/// (expected kinds, text) per line of a snippet file.
fn parse(text: &str) -> Vec<(Vec<Kind>, String)> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (kinds, snippet) = l.split_once(" | ").expect("kinds | text");
            let kinds = if kinds.trim() == "geen" {
                Vec::new()
            } else {
                kinds.split(',').map(kind_named).collect()
            };
            (kinds, snippet.to_owned())
        })
        .collect()
}

/// How the guard did on a set of snippets.
struct Score {
    positives: u32,
    found: u32,
    negatives: u32,
    alarms: u32,
    /// The snippets that went wrong, with what was expected and found.
    wrong: Vec<String>,
}

impl Score {
    fn recall(&self) -> f64 {
        f64::from(self.found) / f64::from(self.positives)
    }

    fn false_alarms(&self) -> f64 {
        f64::from(self.alarms) / f64::from(self.negatives)
    }
}

/// Runs the guard over `set`; `found` says when a snippet with residents' data counts as
/// found (the exact kinds, or at least the expected ones).
fn measure(
    set: &[(Vec<Kind>, String)],
    allowed: &Allowed,
    found: fn(&[Kind], &[Kind]) -> bool,
) -> Score {
    let mut score = Score {
        positives: 0,
        found: 0,
        negatives: 0,
        alarms: 0,
        wrong: Vec::new(),
    };
    for (expected, text) in set {
        let got: Vec<Kind> = scan_text(text, allowed, 2026)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        let right = if expected.is_empty() {
            score.negatives += 1;
            score.alarms += u32::from(!got.is_empty());
            got.is_empty()
        } else {
            score.positives += 1;
            let ok = found(expected, &got);
            score.found += u32::from(ok);
            ok
        };
        if !right {
            score
                .wrong
                .push(format!("{text:?}: expected {expected:?}, found {got:?}"));
        }
    }
    score
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
        ..Allowed::default()
    };
    let score = measure(&snippets(), &allowed, |expected, got| got == expected);
    assert!(
        score.positives >= 40 && score.negatives >= 40,
        "too few snippets"
    );
    eprintln!(
        "privacy guard: {} of {} found with the right kind (recall {:.0} %), \
         {} false alarms in {} policy texts ({:.0} %)",
        score.found,
        score.positives,
        score.recall() * 100.0,
        score.alarms,
        score.negatives,
        score.false_alarms() * 100.0
    );
    assert!(
        score.wrong.is_empty(),
        "{} snippets went wrong:\n{}",
        score.wrong.len(),
        score.wrong.join("\n")
    );
}

/// Measures the guard on a held-out set, with the contact person's own address and number
/// allowed as the set's header says, and prints the figures docs/reliability.md states; a case counts
/// as found when each kind it expects is among the findings.
fn held_out(name: &str, set: &str, email: &str, phone: &str) -> Score {
    let allowed = Allowed {
        emails: vec![email.into(), "e.leeuwis@movisie.nl".into()],
        phones: vec![phone.into()],
        domains: email
            .split_once('@')
            .map(|(_, d)| d.to_owned())
            .into_iter()
            .collect(),
        ..Allowed::default()
    };
    // A resident named is found when the guard names them, as a resident (Name) or, for a
    // person under 18 or in a school class, as a child (Child): either stops the output, and
    // the window says which. The fourth set labels "Anouk (16)" and "Hassan zit in groep 7"
    // as names, which the guard's own definitions call children.
    let score = measure(&parse(set), &allowed, |expected, got| {
        expected
            .iter()
            .all(|k| got.contains(k) || (*k == Kind::Name && got.contains(&Kind::Child)))
    });
    eprintln!(
        "privacy guard, {name}: {} of {} found (recall {:.1} %), \
         {} false alarms in {} policy texts ({:.1} %)\n{}",
        score.found,
        score.positives,
        score.recall() * 100.0,
        score.alarms,
        score.negatives,
        score.false_alarms() * 100.0,
        score.wrong.join("\n")
    );
    score
}

/// The held-out set (issue 18): written before the guard was changed for that issue and never
/// used to tune it. Only measured: the figures go into docs/reliability.md. A case counts as found when
/// each kind it expects is among the findings; a policy text is a false alarm when anything is
/// found in it.
#[test]
fn the_guard_on_its_held_out_set() {
    let score = held_out(
        "held-out set",
        include_str!("data/privacy-heldout.txt"),
        "m.bakker@gemeente-zuidwijk.nl",
        "0701234567",
    );
    assert!(
        score.positives >= 30 && score.negatives >= 30,
        "too few held-out snippets"
    );
    assert!(score.recall() >= 0.95, "recall under 95 %");
    assert!(score.false_alarms() <= 0.05, "false alarms over 5 %");
}

/// The held-out set of issue 30 (names, licence plates, accounts, case numbers, and
/// organisations' own details): written before the guard was changed for that issue and never
/// used to tune it. Only measured; counted as for the set of issue 18.
#[test]
fn the_guard_on_the_held_out_set_of_issue_30() {
    let score = held_out(
        "held-out set of issue 30",
        include_str!("data/privacy-heldout-30.txt"),
        "r.koster@gemeente-lindewaard.nl",
        "0575123456",
    );
    assert!(
        score.positives >= 40 && score.negatives >= 40,
        "too few held-out snippets"
    );
    // Issue 30 asks for 95 %. Measured once before anything was changed for it: 32 of 40
    // (80.0 %), 0 false alarms. Two of those misses showed defects of the new rules (the
    // words "casusnummer"/"zaaknummer" lost to "casus"/"zaak"; an adult's age taken for a
    // child's), mended with cases of their own in the tuning set: now 35 of 40. What is
    // left were first names the shipped lists lack; the rules that know a name by its place in
    // the sentence (tested on the later sets) now find all 40. The set is spent.
    assert!(score.recall() >= 0.95, "recall under 95 %");
    assert!(score.false_alarms() <= 0.05, "false alarms over 5 %");
}

/// Measures a held-out set of issue 30 and holds it to the issue's target: at least 40 + 40
/// snippets, 95 % found, at most 5 % false alarms.
fn assert_issue_30_target(name: &str, set: &str, email: &str, phone: &str) {
    let score = held_out(name, set, email, phone);
    assert!(
        score.positives >= 40 && score.negatives >= 40,
        "{name}: too few held-out snippets"
    );
    assert!(score.recall() >= 0.95, "{name}: recall under 95 %");
    assert!(
        score.false_alarms() <= 0.05,
        "{name}: false alarms over 5 %"
    );
}

/// The second held-out set of issue 30: written after the first was spent and before the
/// guard changed again (names known by kind: a capitalised word that is no Dutch word, in the
/// place of a person). Only measured; counted as for the other sets.
#[test]
fn the_guard_on_the_second_held_out_set_of_issue_30() {
    // Measured before the name rules of the second round: 37 of 44 (84.1 %), 2 of 44 false
    // alarms (4.5 %). Those misses were seen before the rules were written; the set is spent.
    assert_issue_30_target(
        "second held-out set of issue 30",
        include_str!("data/privacy-heldout-30b.txt"),
        "a.vermeulen@gemeente-brederwijk.nl",
        "0318654321",
    );
}

/// The third held-out set of issue 30: written after the guard was changed for the second,
/// and measured once with no change after it, so its figure is the clean one. Only measured;
/// counted as for the other sets.
#[test]
fn the_guard_on_the_third_held_out_set_of_issue_30() {
    // Measured once after the second round: 35 of 40 (87.5 %), 0 of 40 false alarms. The
    // misses (a surname that is also a word, a class with an adjective, a detail of a life the
    // list lacked) were mended in a third round; the set is spent.
    assert_issue_30_target(
        "third held-out set of issue 30",
        include_str!("data/privacy-heldout-30c.txt"),
        "l.schouten@gemeente-haverdal.nl",
        "0546777100",
    );
}

/// The fourth held-out set of issue 30: written after the guard was changed for the third,
/// and measured once with no change after it, so its figure is the clean one docs/reliability.md
/// states. Only measured; counted as for the other sets.
#[test]
fn the_guard_on_the_fourth_held_out_set_of_issue_30() {
    // Measured once before anything changed for it: 38 of 40 (95.0 %; 35 of 40 counting only
    // the kind Name), 0 of 40 false alarms. The two misses (a name followed by a school's
    // kind, "Rukia zit op het ROC"; a name after another capitalised word, "Ook Priya
    // Ramdin") were mended with cases of their own in the tuning set; the set is now spent.
    assert_issue_30_target(
        "fourth held-out set of issue 30",
        include_str!("data/privacy-heldout-30d.txt"),
        "j.dijkstra@gemeente-oostmaar.nl",
        "0513200300",
    );
}

/// The meeting's record (issue 23) is guarded as the answers are: every held-out snippet typed
/// into an agreement's "who" or into the notes is found there exactly as in an answer, with the
/// contact's own details allowed the same way.
#[test]
fn the_meeting_is_guarded_as_the_answers_are_on_the_held_out_set() {
    use behoeftewijzer::model::meeting::Agreement;
    use behoeftewijzer::model::privacy::{Place, scan, scan_meeting};
    use behoeftewijzer::model::{Answer, Profile, Questionnaire};
    let q = Questionnaire::builtin();
    for (_, text) in parse(include_str!("data/privacy-heldout.txt")) {
        let mut p = Profile::new(q, "2026-12-02T10:00:00Z");
        p.set(
            "organisatie.contact_email",
            Some(Answer::Text("m.bakker@gemeente-zuidwijk.nl".into())),
        );
        p.set("signalen.toelichting", Some(Answer::Text(text.clone())));
        p.meeting.notes.clone_from(&text);
        p.meeting.agreements.push(Agreement {
            who: text.clone(),
            ..Agreement::default()
        });
        let in_answer: Vec<Kind> = scan(q, &p, &["e.leeuwis@movisie.nl"], 2026)
            .into_iter()
            .map(|f| f.kind)
            .collect();
        let meeting = scan_meeting(&p, 2026);
        for place in [
            Place::Meeting(behoeftewijzer::model::meeting::Field::Notes),
            Place::Meeting(behoeftewijzer::model::meeting::Field::Who(0)),
        ] {
            let there: Vec<Kind> = meeting
                .iter()
                .filter(|f| f.place == place)
                .map(|f| f.kind)
                .collect();
            assert_eq!(there, in_answer, "{place:?}: {text}");
        }
    }
}

/// The app's own texts (the questionnaire, the needs rules, every message in both languages,
/// the user guides) raise nothing: what the app writes itself is no resident's data.
#[test]
fn the_apps_own_texts_raise_nothing() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![
        root.join("assets/questionnaire.ron"),
        root.join("assets/needs.ron"),
    ];
    for dir in ["assets/i18n/nl", "assets/i18n/en", "guides"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("the folder is there") {
            let path = entry.expect("a readable entry").path();
            if path.extension().is_some_and(|e| e == "ftl" || e == "md") {
                files.push(path);
            }
        }
    }
    // The alliance's address the intake e-mail goes to, as every scan allows it.
    let rules = behoeftewijzer::model::needs::NeedsRules::builtin();
    let allowed = Allowed {
        emails: vec![rules.email().default_to.to_lowercase()],
        ..Allowed::default()
    };
    let mut found = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("a readable text");
        for (n, line) in text.lines().enumerate() {
            let hits = scan_text(line, &allowed, 2026);
            if !hits.is_empty() {
                found.push(format!("{}:{}: {hits:?}", path.display(), n + 1));
            }
        }
    }
    assert!(files.len() >= 6, "too few of the app's texts were read");
    assert!(found.is_empty(), "{}", found.join("\n"));
}
