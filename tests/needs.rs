//! The needs rules, case by case: each partner, each training outcome, the agenda, the e-mail.

use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::needs::{self, Needs, NeedsRules};
use behoeftewijzer::model::{Answer, Profile, Questionnaire};

fn q() -> &'static Questionnaire {
    Questionnaire::builtin()
}

fn choice(id: &str) -> Answer {
    Answer::Choice {
        id: id.into(),
        other: None,
    }
}

fn choices(ids: &[&str]) -> Answer {
    Answer::Choices {
        ids: ids.iter().map(|s| (*s).to_owned()).collect(),
        other: None,
    }
}

fn profile(answers: &[(&str, Answer)]) -> Profile {
    let mut p = Profile::new(q(), "2026-11-28T10:00:00Z");
    for (id, a) in answers {
        p.set(id, Some(a.clone()));
    }
    p
}

/// Answers by question id, as a test case gives them.
type Answers = Vec<(&'static str, Answer)>;

fn derive(answers: &[(&str, Answer)]) -> Needs {
    needs::derive(q(), NeedsRules::builtin(), &profile(answers), Lang::Nl, "")
}

fn priorities(hd: i64, lhbt: i64, emp: i64) -> Vec<(&'static str, Answer)> {
    vec![
        ("huwelijksdwang.prioriteit", Answer::Number(hd)),
        ("lhbt.prioriteit", Answer::Number(lhbt)),
        ("empowerment.prioriteit", Answer::Number(emp)),
    ]
}

fn partner_ids(n: &Needs) -> Vec<&str> {
    n.partners.iter().map(|p| p.id.as_str()).collect()
}

#[test]
fn the_shipped_rules_pass_their_check() {
    let r = NeedsRules::from_ron(needs::BUILTIN_RON, q());
    assert!(r.is_ok(), "{:?}", r.err());
    for partner in NeedsRules::builtin().partners() {
        assert!(
            partner.source.starts_with("https://"),
            "{} has no source",
            partner.id
        );
    }
}

#[test]
fn rules_that_name_what_does_not_exist_are_refused() {
    let cases = [
        (
            "\"signalen.gemeenschappen\", \"turks\"",
            "\"signalen.gemeenschappen\", \"klingon\"",
            "klingon",
        ),
        (
            "priority: \"lhbt.prioriteit\"",
            "priority: \"lhbt.bestaat_niet\"",
            "lhbt.bestaat_niet",
        ),
        (
            "source: \"https://www.smn.nl/?p=11878\"",
            "source: \"\"",
            "no public source",
        ),
        (
            "training: Some(\"lhbt\")",
            "training: Some(\"yoga\")",
            "yoga",
        ),
        (
            "{training.periode}",
            "{training.seizoen}",
            "training.seizoen",
        ),
    ];
    for (from, to, expected) in cases {
        assert!(needs::BUILTIN_RON.contains(from), "fixture drifted: {from}");
        let text = needs::BUILTIN_RON.replacen(from, to, 1);
        match NeedsRules::from_ron(&text, q()) {
            Ok(_) => panic!("accepted {to}"),
            Err(errors) => assert!(
                errors.iter().any(|e| e.to_string().contains(expected)),
                "{to}: {errors:?}"
            ),
        }
    }
}

#[test]
fn each_partner_follows_its_communities_and_themes() {
    // (answers, partners expected besides Movisie)
    let cases: Vec<(Answers, Vec<&str>)> = vec![
        (vec![], vec![]),
        (
            vec![("signalen.gemeenschappen", choices(&["turks"]))],
            vec!["iot", "htib", "kezban"],
        ),
        (
            vec![("signalen.gemeenschappen", choices(&["koerdisch"]))],
            vec!["htib"],
        ),
        (
            vec![("signalen.gemeenschappen", choices(&["marokkaans"]))],
            vec!["smn", "mudawwanah"],
        ),
        (
            vec![("signalen.gemeenschappen", choices(&["somalisch"]))],
            vec!["fsan"],
        ),
        (
            vec![("signalen.gemeenschappen", choices(&["eritrees"]))],
            vec!["von"],
        ),
        (
            vec![("signalen.gemeenschappen", choices(&["syrisch"]))],
            vec!["von"],
        ),
        (
            vec![("signalen.gemeenschappen", choices(&["afghaans"]))],
            vec!["von"],
        ),
        (
            vec![("signalen.gemeenschappen", choices(&["iraaks"]))],
            vec!["von"],
        ),
        (
            vec![(
                "signalen.gemeenschappen",
                choices(&["andere_vluchtelingen"]),
            )],
            vec!["von"],
        ),
        (
            vec![(
                "signalen.gemeenschappen",
                choices(&["surinaams", "caribisch"]),
            )],
            vec![],
        ),
        (
            vec![("huwelijksdwang.prioriteit", Answer::Number(1))],
            vec!["lkha"],
        ),
        (
            vec![("huwelijksdwang.prioriteit", Answer::Number(0))],
            vec![],
        ),
    ];
    for (answers, expected) in cases {
        let n = derive(&answers);
        let mut want = vec!["movisie"];
        want.extend(expected);
        let mut got = partner_ids(&n);
        got.sort_unstable();
        want.sort_unstable();
        assert_eq!(got, want, "{answers:?}");
        for p in n.partners.iter().filter(|p| p.id != "movisie") {
            assert!(!p.reasons.is_empty(), "{} without a reason", p.id);
        }
    }
    // The reason names the community that brought the partner in, not the whole answer.
    let n = derive(&[("signalen.gemeenschappen", choices(&["turks", "somalisch"]))]);
    let fsan = n
        .partners
        .iter()
        .find(|p| p.id == "fsan")
        .map(|p| p.reasons[0].text.clone());
    assert_eq!(
        fsan.as_deref(),
        Some(
            "Inwoners en signalen › Welke gemeenschappen met een migratie- of vluchtelingenachtergrond wonen in je werkgebied?: Somalisch"
        )
    );
    let mudawwanah = derive(&[("signalen.gemeenschappen", choices(&["marokkaans"]))]);
    assert!(
        mudawwanah
            .partners
            .iter()
            .any(|p| p.name == "Landelijke Werkgroep Mudawwanah")
    );
}

#[test]
fn each_training_outcome() {
    // (answers, rule, advised training text, focus)
    let low_knowledge = {
        let mut a = priorities(0, 3, 0);
        a.push(("training.voorkennis", Answer::Number(1)));
        a
    };
    let experienced = |mut a: Vec<(&'static str, Answer)>| {
        a.push(("training.voorkennis", Answer::Number(4)));
        a
    };
    let cases: Vec<(Answers, &str, Option<&str>, Option<&str>)> = vec![
        (
            low_knowledge,
            "weinig_voorkennis",
            Some("Basistraining"),
            Some("LHBT bespreekbaar maken"),
        ),
        (
            experienced(priorities(3, 1, 0)),
            "alleen_huwelijksdwang",
            Some("Training huwelijksdwang"),
            None,
        ),
        (
            experienced(priorities(1, 2, 1)),
            "alleen_lhbt",
            Some("Training LHBT"),
            None,
        ),
        (
            experienced(priorities(0, 0, 3)),
            "alleen_empowerment",
            Some("Basistraining"),
            None,
        ),
        (
            experienced(priorities(2, 3, 1)),
            "meerdere_themas",
            Some("Basistraining"),
            Some("LHBT bespreekbaar maken"),
        ),
        (
            experienced(priorities(1, 1, 0)),
            "meerdere_themas",
            Some("Basistraining"),
            Some("Huwelijksdwang en achterlating"),
        ),
        (experienced(priorities(0, 0, 0)), "geen_thema", None, None),
        (vec![], "geen_thema", None, None),
    ];
    for (answers, rule, advised, focus) in cases {
        let n = derive(&answers);
        assert_eq!(n.training.rule, rule, "{answers:?}");
        assert_eq!(n.training.advised.as_deref(), advised, "{answers:?}");
        assert_eq!(n.training.focus.as_deref(), focus, "{answers:?}");
        assert!(!n.training.summary.is_empty());
    }
}

#[test]
fn the_officers_own_choice_stands_and_a_different_advice_is_said() {
    let mut answers = priorities(3, 0, 0);
    answers.push(("training.voorkennis", Answer::Number(3)));
    answers.push(("training.soort", choice("lhbt")));
    let n = derive(&answers);
    assert_eq!(n.training.chosen.as_deref(), Some("Training LHBT"));
    assert_eq!(
        n.training.advised.as_deref(),
        Some("Training huwelijksdwang")
    );
    assert!(!n.training.agrees);
    assert!(
        n.training
            .summary
            .starts_with("Je koos: Training LHBT. Die keuze blijft staan."),
        "{}",
        n.training.summary
    );
    assert!(
        n.training
            .reasons
            .iter()
            .any(|r| r.question == "training.soort")
    );

    answers.pop();
    answers.push(("training.soort", choice("huwelijksdwang")));
    let n = derive(&answers);
    assert!(n.training.agrees);
    assert_eq!(
        n.training.summary,
        "Je koos: Training huwelijksdwang. Dat past bij je antwoorden."
    );

    answers.pop();
    answers.push(("training.soort", choice("advies")));
    let n = derive(&answers);
    assert!(
        n.training.summary.starts_with("Je vroeg om advies."),
        "{}",
        n.training.summary
    );
}

#[test]
fn themes_are_ordered_by_priority_with_their_signals() {
    let mut answers = priorities(1, 3, 2);
    answers.push((
        "signalen.themas",
        choices(&["lhbt", "huwelijksdwang", "geen"]),
    ));
    let n = derive(&answers);
    let order: Vec<&str> = n.themes.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(order, ["lhbt", "empowerment", "huwelijksdwang"]);
    assert_eq!(
        n.themes[0].signals,
        ["Worstelen met LHBT-gevoelens, of uitsluiting daarom"]
    );
    assert!(n.themes[1].signals.is_empty());
    assert_eq!(n.themes[2].signals, ["Huwelijksdwang"]);
    assert!(
        n.themes[0]
            .reasons
            .iter()
            .any(|r| r.question == "lhbt.prioriteit")
    );
}

#[test]
fn the_agenda_has_one_item_per_theme_in_priority_order() {
    let mut answers = priorities(2, 0, 3);
    answers.push((
        "empowerment.vraag",
        Answer::Text("Wat werkt bij taalcafés?".into()),
    ));
    let n = derive(&answers);
    let titles: Vec<&str> = n.agenda.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Kennismaking",
            "Onze organisatie en inwoners",
            "Empowerment van vrouwen met een vluchtelingenachtergrond (prioriteit 3 – Zeer urgent)",
            "Huwelijksdwang en achterlating (prioriteit 2 – Belangrijk)",
            "De training",
            "Samenwerking met zelforganisaties",
            "Vervolgafspraken",
        ]
    );
    assert_eq!(n.agenda[2].lines[1], "Onze vraag: Wat werkt bij taalcafés?");
}

#[test]
fn the_empty_profile_gives_a_sensible_minimum() {
    let n = derive(&[]);
    assert_eq!(partner_ids(&n), ["movisie"]);
    assert_eq!(n.training.rule, "geen_thema");
    assert!(n.cooperation.is_none());
    assert_eq!(n.agenda.len(), 5);
    assert!(n.themes.iter().all(|t| t.priority == 0));
    // No line of the e-mail refers to an answer that is not there.
    assert!(!n.email.body.contains('{'));
    assert!(!n.email.body.contains("Aantal deelnemers"));
    assert_eq!(
        n.email.subject,
        "Aanmelding training Alliantie Verandering van Binnenuit"
    );
}

#[test]
fn every_theme_at_its_highest() {
    let mut answers = priorities(3, 3, 3);
    answers.push(("training.voorkennis", Answer::Number(4)));
    answers.push(("samenwerking.vorm", choice("nee")));
    let n = derive(&answers);
    assert_eq!(n.training.rule, "meerdere_themas");
    assert_eq!(
        n.training.focus.as_deref(),
        Some("Huwelijksdwang en achterlating")
    );
    assert!(partner_ids(&n).contains(&"lkha"));
    assert_eq!(n.agenda.len(), 8);
    let advice = n
        .cooperation
        .unwrap_or_else(|| panic!("no cooperation advice"));
    assert!(advice.text.starts_with("Zet een eerste stap"));
    assert_eq!(advice.reasons[0].question, "samenwerking.vorm");
}

#[test]
fn the_intake_email_says_what_the_announcement_asks() {
    let answers = vec![
        (
            "organisatie.naam",
            Answer::Text("Gemeente Voorbeeld".into()),
        ),
        ("organisatie.type", choice("welzijn")),
        (
            "training.leerdoelen",
            choices(&["bespreekbaar", "samenwerken"]),
        ),
        ("organisatie.deelnemers", Answer::Number(18)),
        ("training.periode", Answer::Text("na de zomer".into())),
        (
            "organisatie.contact_naam",
            Answer::Text("Sanne de Vries".into()),
        ),
    ];
    let n = derive(&answers);
    let body = &n.email.body;
    for expected in [
        "Beste Erik Leeuwis,",
        "Type organisatie: Welzijnsorganisatie of sociaal werk",
        "Wat medewerkers willen leren: Taboethema's bespreekbaar maken; Samenwerken met migranten- en vluchtelingenorganisaties",
        "Aantal deelnemers: 18",
        "Gewenste periode: na de zomer",
        "Sanne de Vries",
    ] {
        assert!(body.contains(expected), "missing {expected:?} in\n{body}");
    }
    assert_eq!(n.email.to, "e.leeuwis@movisie.nl");
    assert!(n.email.to_note.contains("15 februari 2021"));
    assert_eq!(
        n.email.subject,
        "Aanmelding training Alliantie Verandering van Binnenuit – Gemeente Voorbeeld"
    );
    // Another address: the greeting no longer names the contact from the announcement.
    let other = needs::derive(
        q(),
        NeedsRules::builtin(),
        &profile(&answers),
        Lang::Nl,
        "info@example.org",
    );
    assert_eq!(other.email.to, "info@example.org");
    assert!(
        other
            .email
            .body
            .starts_with("Beste medewerker van de alliantie,")
    );
    // English.
    let en = needs::derive(q(), NeedsRules::builtin(), &profile(&answers), Lang::En, "");
    assert!(
        en.email.body.contains("Number of participants: 18"),
        "{}",
        en.email.body
    );
}

#[test]
fn the_mailto_link_is_encoded() {
    let email = needs::Email {
        to: "e.leeuwis@movisie.nl".into(),
        to_note: String::new(),
        subject: "Aanmelding – Gemeente A&B".into(),
        body: "Regel 1\nRegel 2: 50% ? #".into(),
    };
    let url = email.mailto_url();
    assert_eq!(
        url,
        "mailto:e.leeuwis@movisie.nl?subject=Aanmelding%20%E2%80%93%20Gemeente%20A%26B&body=Regel%201%0D%0ARegel%202%3A%2050%25%20%3F%20%23"
    );
}
