//! The needs rules as a table: one row per scenario with the partners and the training proposal
//! it must give, including a row for each flaw found in the earlier rules; then the agenda, the
//! intake e-mail and the rules' own check.

use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::Answer;
use behoeftewijzer::model::needs::{self, AgendaKind, NeedsRules};
use behoeftewijzer::words::Words;

mod common;
use common::scenarios;

use scenarios::{
    Answers, base, choice, choices, communities, derive, profile, q, rules, signals, table,
    violence, with,
};

#[test]
fn every_scenario_gives_its_partners_and_training_proposal() {
    let rows = table();
    assert!(rows.len() >= 25);
    let mut failures = Vec::new();
    for row in &rows {
        let n = derive(&profile(&row.answers));
        let partners: Vec<&str> = n.partner_ids().into_iter().skip(1).collect();
        let got = (
            n.partner_ids().first().copied(),
            partners,
            n.training.rule.as_deref().unwrap_or_default(),
            n.training.proposal.as_deref(),
            n.training
                .focus
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        );
        let want = (
            Some("movisie"),
            row.partners.to_vec(),
            row.rule,
            row.proposal,
            row.focus.to_vec(),
        );
        if got != want {
            failures.push(format!("{}:\n   got  {got:?}\n   want {want:?}", row.name));
        }
        // Every suggested partner says why, and a partner tied to communities names one.
        for p in &n.partners {
            let def = rules().partner(&p.id).unwrap_or_else(|| panic!("{}", p.id));
            if def.always.is_none() {
                assert!(
                    !p.reasons.is_empty(),
                    "{}: {} without a reason",
                    row.name,
                    p.id
                );
            }
            if !def.communities.is_empty() {
                assert!(
                    p.reasons
                        .iter()
                        .any(|r| r.question == "signalen.gemeenschappen")
                        && p.reasons
                            .iter()
                            .any(|r| r.question != "signalen.gemeenschappen"),
                    "{}: {} must rest on a community and a theme or signal",
                    row.name,
                    p.id
                );
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_proposal_never_contradicts_itself_in_either_language() {
    for row in table() {
        for own in [None, Some("basis"), Some("lhbt"), Some("advies")] {
            let mut answers = row.answers.clone();
            answers.retain(|(id, _)| *id != "training.soort");
            if let Some(o) = own {
                answers.push(("training.soort", choice(o)));
            }
            let p = profile(&answers);
            let n = derive(&p);
            for lang in Lang::ALL {
                let w = Words::new(q(), rules(), &p, lang);
                let summary = w.training_summary(&n.training);
                let text = summary.to_lowercase();
                assert!(!text.contains("nog geen advies") && !text.contains("no advice yet"));
                if n.training.proposal.is_none() {
                    // Nothing to contradict the own choice with.
                    assert!(
                        !text.contains("wijzen ook op") && !text.contains("also point"),
                        "{} / {own:?}: {summary}",
                        row.name
                    );
                }
                if let Some(focus) = n.training.focus.first() {
                    assert_ne!(focus, "empowerment", "{}", row.name);
                }
                assert!(!summary.contains("  "), "{summary}");
            }
        }
    }
}

#[test]
fn all_at_zero_with_advice_asked_says_there_is_no_proposal_yet() {
    let p = profile(&with(
        base(0, 0, 0, 0),
        vec![("training.soort", choice("advies"))],
    ));
    let n = derive(&p);
    assert!(n.training.asked_advice);
    let nl = Words::new(q(), rules(), &p, Lang::Nl).training_summary(&n.training);
    assert!(
        nl.starts_with("Je vroeg om advies. Er is nog geen voorstel:"),
        "{nl}"
    );
    let en = Words::new(q(), rules(), &p, Lang::En).training_summary(&n.training);
    assert!(
        en.starts_with("You asked for advice. There is no proposal yet:"),
        "{en}"
    );
}

#[test]
fn an_own_choice_that_differs_stands_beside_the_proposal() {
    let p = profile(&with(
        base(3, 0, 0, 4),
        vec![("training.soort", choice("lhbt"))],
    ));
    let n = derive(&p);
    assert_eq!(n.training.chosen.as_deref(), Some("lhbt"));
    assert_eq!(n.training.proposal.as_deref(), Some("huwelijksdwang"));
    assert!(!n.training.agrees);
    let w = Words::new(q(), rules(), &p, Lang::Nl);
    let s = w.training_summary(&n.training);
    assert!(
        s.starts_with("Je koos: Training LHBT. Die keuze blijft staan. Je antwoorden wijzen ook op: Training huwelijksdwang."),
        "{s}"
    );
    // The same choice as the proposal agrees.
    let p = profile(&with(
        base(3, 0, 0, 4),
        vec![("training.soort", choice("huwelijksdwang"))],
    ));
    let n = derive(&p);
    assert!(n.training.agrees);
}

#[test]
fn training_can_be_something_else_or_a_combination() {
    let mut p = profile(&base(3, 3, 0, 4));
    p.set(
        "training.soort",
        Some(Answer::Choice {
            id: "anders".into(),
            other: Some("Een intervisiereeks".into()),
        }),
    );
    let n = derive(&p);
    assert_eq!(n.training.chosen.as_deref(), Some("anders"));
    let w = Words::new(q(), rules(), &p, Lang::Nl);
    // What was typed stands as itself, without the form's label (issue 31).
    assert_eq!(w.training_name("anders"), "Een intervisiereeks");
    assert_eq!(w.training_name("combinatie"), "Een combinatie");
    let p = profile(&with(
        base(3, 3, 0, 4),
        vec![("training.soort", choice("combinatie"))],
    ));
    assert!(derive(&p).training.agrees);
}

#[test]
fn ties_are_named_as_ties() {
    let n = derive(&profile(&base(2, 2, 1, 0)));
    let top: Vec<&str> = n.top_themes().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(top, ["huwelijksdwang", "lhbt"]);
    let n = derive(&profile(&base(1, 3, 1, 0)));
    let top: Vec<&str> = n.top_themes().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(top, ["lhbt"]);
    assert!(derive(&profile(&base(0, 0, 0, 0))).top_themes().is_empty());
}

#[test]
fn the_empowerment_note_comes_with_an_urgent_pair_only() {
    let p = profile(&base(3, 0, 3, 4));
    let n = derive(&p);
    let grounds = Words::new(q(), rules(), &p, Lang::Nl).grounds(&n.training);
    assert!(
        grounds.contains("noemt de aankondiging geen aparte training"),
        "{grounds}"
    );
    let p = profile(&base(0, 0, 3, 4));
    let grounds = Words::new(q(), rules(), &p, Lang::Nl).grounds(&derive(&p).training);
    assert_eq!(
        grounds.matches("geen aparte training").count(),
        1,
        "{grounds}"
    );
}

#[test]
fn communities_without_a_partner_are_said_in_one_line() {
    let p = profile(&with(
        base(2, 0, 0, 4),
        vec![communities(&["surinaams", "turks", "oost_europees"])],
    ));
    let n = derive(&p);
    assert_eq!(n.unmatched_communities, ["surinaams", "oost_europees"]);
    let line = Words::new(q(), rules(), &p, Lang::Nl).unmatched(&n);
    assert_eq!(
        line.as_deref(),
        Some(
            "Voor deze gemeenschappen komt uit de antwoorden geen partner van de alliantie naar voren: Surinaams of Hindostaans; Oost-Europees."
        )
    );
    assert!(
        Words::new(q(), rules(), &p, Lang::Nl)
            .unmatched(&derive(&profile(&base(2, 0, 0, 4))))
            .is_none()
    );
}

#[test]
fn themes_are_ordered_by_priority_with_their_signals() {
    let n = derive(&profile(&with(
        base(1, 3, 2, 0),
        vec![signals(&["huwelijksdwang", "lhbt", "geen"])],
    )));
    let order: Vec<&str> = n.themes.iter().map(|t| t.id.as_str()).collect();
    // Domestic and honour-based violence is a theme too (issue 31); not answered here, so 0.
    assert_eq!(order, ["lhbt", "empowerment", "huwelijksdwang", "geweld"]);
    assert_eq!(n.signals, ["huwelijksdwang", "lhbt"]);
    assert_eq!(n.themes[0].signals, ["lhbt"]);
    assert!(n.themes[1].signals.is_empty());
    assert_eq!(n.themes[2].signals, ["huwelijksdwang"]);
}

#[test]
fn the_agenda_shares_the_meeting_out_in_priority_order() {
    let n = derive(&profile(&base(1, 3, 2, 0)));
    assert_eq!(n.minutes, 60);
    assert_eq!(n.agenda.iter().map(|a| a.minutes).sum::<i64>(), 60);
    let themes: Vec<&str> = n
        .agenda
        .iter()
        .filter_map(|a| match &a.kind {
            AgendaKind::Theme(id) => Some(id.as_str()),
            AgendaKind::Item(_) => None,
        })
        .collect();
    assert_eq!(themes, ["lhbt", "empowerment", "huwelijksdwang"]);
    let minutes = |id: &str| {
        n.agenda
            .iter()
            .find(|a| a.kind == AgendaKind::Theme(id.into()))
            .map_or(0, |a| a.minutes)
    };
    assert!(minutes("lhbt") >= minutes("empowerment"));
    assert!(minutes("empowerment") >= minutes("huwelijksdwang"));
    // The officer's own length.
    let n = derive(&profile(&with(
        base(3, 3, 3, 0),
        vec![("overleg.duur", Answer::Number(90))],
    )));
    assert_eq!(n.minutes, 90);
    assert_eq!(n.agenda.len(), 8);
    assert_eq!(n.agenda.iter().map(|a| a.minutes).sum::<i64>(), 90);
    let n = derive(&profile(&with(
        base(0, 0, 0, 0),
        vec![("overleg.duur", Answer::Number(25))],
    )));
    // 25 minutes hold two items of ten minutes, three at least: the fixed items taken together
    // ("Kennismaking en onze organisatie …"), none under five minutes (issue 31).
    assert_eq!(n.agenda.len(), 3);
    assert!(n.agenda.iter().all(|a| a.minutes >= 5), "{:?}", n.agenda);
    assert_eq!(n.agenda.iter().map(|a| a.minutes).sum::<i64>(), 25);
}

#[test]
fn the_intake_email_says_what_the_announcement_asks() {
    let answers = vec![
        (
            "organisatie.naam",
            Answer::Text("Gemeente Voorbeeld".into()),
        ),
        ("organisatie.type", choice("gemeente")),
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
    let p = profile(&answers);
    let email = Words::new(q(), rules(), &p, Lang::Nl).email("");
    for expected in [
        "Beste medewerker van de alliantie,",
        "In februari 2021 kondigde de alliantie",
        "horen graag of het aanbod nog geldt",
        "Type organisatie: Gemeente (beleid)",
        "Wat medewerkers willen leren: Taboethema's bespreekbaar maken; Samenwerken met migranten- en vluchtelingenorganisaties",
        "Aantal deelnemers: 18",
        "Gewenste periode: na de zomer",
        "welke training past bij onze gemeente.",
        "Sanne de Vries",
    ] {
        assert!(
            email.body.contains(expected),
            "missing {expected:?} in\n{}",
            email.body
        );
    }
    assert!(!email.body.contains('{'));
    assert_eq!(email.to, "e.leeuwis@movisie.nl");
    assert!(email.to_note.contains("15 februari 2021"));
    assert!(
        email
            .to_note
            .contains("https://www.movisie.nl/alliantie-verandering-binnenuit")
    );
    assert_eq!(
        email.subject,
        "Vraag over training van de Alliantie Verandering van Binnenuit – Gemeente Voorbeeld"
    );
    let other = Words::new(q(), rules(), &p, Lang::Nl).email("info@example.org");
    assert_eq!(other.to, "info@example.org");
    assert!(other.body.starts_with("Beste medewerker van de alliantie,"));
    let en = Words::new(q(), rules(), &p, Lang::En).email("");
    assert!(
        en.body.contains("Number of participants: 18"),
        "{}",
        en.body
    );
    assert!(en.body.contains("which training suits our municipality."));
}

#[test]
fn the_email_says_municipality_only_for_a_municipality() {
    let q = q();
    let Some(kind) = q.question("organisatie.type") else {
        panic!("organisatie.type");
    };
    for c in kind.kind.choices() {
        let p = profile(&[("organisatie.type", choice(&c.id))]);
        for lang in Lang::ALL {
            let body = Words::new(q, rules(), &p, lang).email("").body;
            let sentence = body
                .lines()
                .find(|l| {
                    l.contains("welke training past bij") || l.contains("which training suits")
                })
                .unwrap_or_else(|| panic!("no meeting sentence in {body}"))
                .to_owned();
            let says_municipality =
                sentence.contains("onze gemeente") || sentence.contains("our municipality");
            assert_eq!(
                says_municipality,
                c.id == "gemeente",
                "{}: {sentence}",
                c.id
            );
            if c.id == "wijkteam" {
                assert!(
                    sentence.contains(lang.pick("ons team", "our team")),
                    "{sentence}"
                );
            }
        }
    }
}

#[test]
fn the_empty_profile_gives_a_sensible_minimum() {
    let p = profile(&[]);
    let n = derive(&p);
    assert_eq!(n.partner_ids(), ["movisie"]);
    assert_eq!(n.training.rule.as_deref(), Some("geen_thema"));
    assert!(n.cooperation.is_none());
    assert_eq!(n.agenda.len(), 5);
    assert!(n.themes.iter().all(|t| t.priority == 0));
    let email = Words::new(q(), rules(), &p, Lang::Nl).email("");
    assert!(!email.body.contains('{'));
    assert!(!email.body.contains("Aantal deelnemers"));
    assert_eq!(
        email.subject,
        "Vraag over training van de Alliantie Verandering van Binnenuit"
    );
}

#[test]
fn cooperation_advice_follows_the_answer() {
    let p = profile(&[("samenwerking.vorm", choice("nee"))]);
    let n = derive(&p);
    let Some(c) = &n.cooperation else {
        panic!("no cooperation advice");
    };
    assert_eq!(c.id, "eerste_stap");
    assert_eq!(c.reasons[0].question, "samenwerking.vorm");
    let text = Words::new(q(), rules(), &p, Lang::Nl).cooperation(c);
    assert!(text.starts_with("Nog geen samenwerking"), "{text}");
}

#[test]
fn the_dutch_and_english_rest_on_the_same_decisions() {
    // The needs hold no text: one derivation serves both languages.
    let p = profile(&with(
        base(3, 2, 1, 2),
        vec![communities(&["turks", "somalisch"])],
    ));
    let n = derive(&p);
    let nl = Words::new(q(), rules(), &p, Lang::Nl);
    let en = Words::new(q(), rules(), &p, Lang::En);
    let text_nl = behoeftewijzer::words::to_text(&n, &nl, "");
    let text_en = behoeftewijzer::words::to_text(&n, &en, "");
    assert!(
        text_nl.contains("Stichting Kezban")
            && text_en.contains("Stichting Kezban (Kezban Foundation)")
    );
    assert!(text_nl.contains("FSAN (Federatie van Somalische Associaties Nederland)"));
    assert!(text_en.contains(
        "FSAN (Federatie van Somalische Associaties Nederland: Federation of Somali Associations in the Netherlands)"
    ));
}

#[test]
fn the_shipped_rules_pass_their_check_and_cite_no_refused_source() {
    let r = NeedsRules::from_ron(needs::BUILTIN_RON, q());
    assert!(r.is_ok(), "{:?}", r.err());
    for partner in rules().partners() {
        assert!(!partner.sources.is_empty(), "{} has no source", partner.id);
        for s in &partner.sources {
            assert!(s.starts_with("https://"), "{}: {s}", partner.id);
            assert!(
                !s.contains("5dok") && !s.contains("wikipedia"),
                "{}: {s}",
                partner.id
            );
        }
    }
    // Every question the rules read exists.
    for id in rules().questions_read() {
        assert!(q().question(&id).is_some(), "{id}");
    }
}

#[test]
fn rules_that_break_the_rules_are_refused() {
    let cases = [
        (
            "communities: [\"somalisch\"]",
            "communities: [\"klingon\"]",
            "klingon",
        ),
        (
            "priority_question: \"lhbt.prioriteit\"",
            "priority_question: \"lhbt.bestaat_niet\"",
            "lhbt.bestaat_niet",
        ),
        (
            "sources: [\"https://www.smn.nl/?p=11878\"]",
            "sources: []",
            "no public source",
        ),
        (
            "sources: [\"https://www.smn.nl/?p=11878\"]",
            "sources: [\"https://5dok.net/article/x\"]",
            "is not a source to show",
        ),
        (
            "training: Some(\"lhbt\"),\n            text",
            "training: Some(\"yoga\"),\n            text",
            "yoga",
        ),
        (
            "{training.periode}",
            "{training.seizoen}",
            "training.seizoen",
        ),
        // A partner tied to a community alone.
        (
            "communities: [\"somalisch\"],\n            when: Some(",
            "communities: [\"somalisch\"],\n            always: Some((nl: \"x\", en: \"x\")),\n            wh: Some(",
            "tied to a community alone",
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
fn the_mailto_link_is_encoded() {
    let email = behoeftewijzer::words::Email {
        to: "e.leeuwis@movisie.nl".into(),
        to_note: String::new(),
        subject: "Aanmelding – Gemeente A&B".into(),
        body: "Regel 1\nRegel 2: 50% ? #".into(),
    };
    assert_eq!(
        email.mailto_url(),
        "mailto:e.leeuwis@movisie.nl?subject=Aanmelding%20%E2%80%93%20Gemeente%20A%26B&body=Regel%201%0D%0ARegel%202%3A%2050%25%20%3F%20%23"
    );
}

/// Issue 20, items 5 and 6: answers that do not add up pass no longer in silence. The course
/// chosen for a theme at 0, an audience of volunteers only (the 2021 offer was for social
/// workers), and more participants than one group are named as questions for the meeting.
#[test]
fn what_does_not_add_up_becomes_a_question_for_the_meeting() {
    use behoeftewijzer::model::needs::Check;
    let course_without_priority = derive(&profile(&with(
        base(2, 0, 0, 2),
        vec![("training.soort", choice("lhbt"))],
    )));
    assert_eq!(
        course_without_priority.checks,
        [Check::CourseWithoutPriority {
            theme: "lhbt".into(),
            course: "lhbt".into()
        }]
    );
    let plain = profile(&base(2, 0, 0, 2));
    let words = Words::new(q(), rules(), &plain, Lang::Nl);
    assert_eq!(
        words.check(&course_without_priority.checks[0]),
        "Gekozen is training LHBT, maar LHBT bespreekbaar maken heeft nu geen prioriteit. Past die training, of een andere?"
    );
    let volunteers = derive(&profile(&with(
        base(1, 0, 0, 0),
        vec![("organisatie.doelgroep", choices(&["vrijwilligers"]))],
    )));
    assert_eq!(volunteers.checks, [Check::VolunteersOnly]);
    let mixed = derive(&profile(&with(
        base(1, 0, 0, 0),
        vec![(
            "organisatie.doelgroep",
            choices(&["sociaal_werkers", "vrijwilligers"]),
        )],
    )));
    // Professionals and volunteers in one group: who is bound by the meldcode? (issue 31)
    assert_eq!(
        mixed.checks,
        [Check::Rule("professionals_en_sleutelpersonen".into())]
    );
    let many = derive(&profile(&with(
        base(3, 0, 0, 3),
        vec![("organisatie.deelnemers", Answer::Number(120))],
    )));
    assert_eq!(many.checks, [Check::ManyParticipants(120)]);
    let one_group = derive(&profile(&with(
        base(3, 0, 0, 3),
        vec![("organisatie.deelnemers", Answer::Number(30))],
    )));
    assert!(one_group.checks.is_empty());
    // A theme left unanswered is no contradiction: nothing was said about it.
    let unanswered = derive(&profile(&[
        ("huwelijksdwang.prioriteit", Answer::Number(2)),
        ("training.soort", choice("lhbt")),
    ]));
    assert!(unanswered.checks.is_empty(), "{:?}", unanswered.checks);
}

/// Each rule of `questionnaire.md`'s needs profile (and the app's own rule for domestic and
/// honour-based violence, in docs/features.md), with the rows of the scenario table that test it.
/// Written from the document; every rule has at least two rows.
const COVERAGE: &[(&str, &[&str])] = &[
    (
        "one theme at 2 or 3, the others at 0 or 1: that theme's course",
        &[
            "forced marriage alone at 3, new staff",
            "forced marriage at 2 with its course chosen, others at 1, new staff",
            "LGBT alone at 3, new staff",
            "LGBT at 3 with its course chosen, knowledge not given",
            "policy team of 200",
        ],
    ),
    (
        "two or more themes at 2 or above, prior knowledge 3 or more: both courses or one tailored",
        &[
            "two urgent themes, experienced staff",
            "all at 3, experienced staff",
        ],
    ),
    (
        "two or more themes at 2 or above, less prior knowledge: the basic course for both",
        &[
            "forced marriage and LGBT tied at 2, new staff",
            "all at 3, new staff",
            "big city, everything urgent, 120 participants",
            "forced marriage and empowerment at 2, new staff",
        ],
    ),
    (
        "exactly one theme, at 1: a light suggestion",
        &[
            "forced marriage alone at 1",
            "LGBT alone at 1",
            "empowerment alone at 1",
        ],
    ),
    (
        "one theme at 1, experienced participants: not the basics",
        &[
            "forced marriage alone at 1, experienced staff",
            "LGBT alone at 1, experienced staff",
            "empowerment alone at 1, experienced staff",
        ],
    ),
    (
        "all themes at 0: no advice, the own choice stands",
        &["all at 0, nothing else", "all at 0, basic training chosen"],
    ),
    (
        "empowerment has no course of its own: a topic for the meeting",
        &[
            "empowerment at 3, new staff",
            "Eritrean and Syrian, empowerment at 2",
            "small rural municipality, only Eritrean status holders",
        ],
    ),
    (
        "violence at 2 or more, no theme at 2 or more: the basic course",
        &[
            "violence at 3, no theme of the announcement",
            "violence at 2, Turkish",
        ],
    ),
    (
        "violence at 1 alone: a light start",
        &["violence at 1 alone", "violence at 1, Turkish and Eritrean"],
    ),
    (
        "violence at 2 or more beside a theme at 2 or more: a note, the theme's course",
        &[
            "violence at 3 beside LGBT at 3",
            "violence at 2 beside forced marriage at 2",
        ],
    ),
    (
        "Turkish: IOT and HTIB",
        &[
            "lgbt only, Turkish and Moroccan",
            "Turkish, signal of honour-based violence",
        ],
    ),
    (
        "Stichting Kezban only with forced marriage or empowerment, or violence signals",
        &[
            "Turkish, signal of honour-based violence",
            "lgbt only, Turkish and Moroccan",
            "violence at 2, Turkish",
        ],
    ),
    (
        "Moroccan: SMN with LGBT or forced marriage",
        &[
            "lgbt only, Turkish and Moroccan",
            "Moroccan, forced marriage at 2",
        ],
    ),
    (
        "Mudawwanah only with forced marriage or empowerment, or abandonment",
        &[
            "Moroccan, signal of abandonment",
            "Moroccan, forced marriage at 2",
        ],
    ),
    (
        "Kurdish: HTIB; Kurdish people from Iraq or Syria: VON as well",
        &[
            "Kurdish, empowerment at 1",
            "Kurdish and Iraqi, forced marriage at 1",
        ],
    ),
    (
        "Somali: FSAN",
        &[
            "Somali, forced marriage at 1",
            "signal of FGM, Somali, no priority",
        ],
    ),
    (
        "Eritrean, Syrian, Afghan, Iraqi and other refugees: VON",
        &[
            "Eritrean and Syrian, empowerment at 2",
            "refugee organisation with only volunteers",
        ],
    ),
    (
        "LKHA with forced marriage, its course or the learning goal meldcode",
        &[
            "forced-marriage training chosen, no priority",
            "learning goal meldcode, no priority",
        ],
    ),
    (
        "LCC+ only with LGBT and the difficulty in religious communities",
        &[
            "LGBT at 2, hard to discuss in religious communities",
            "LGBT at 2, hard to discuss in families only",
            "big city, everything urgent, 120 participants",
        ],
    ),
    (
        "never a partner for the community alone",
        &[
            "Moroccan community, no theme, no signal",
            "only 'none' ticked, Turkish",
        ],
    ),
    (
        "partners already known are built on, not introduced",
        &[
            "municipality that works with four partners already",
            "refugee organisation with only volunteers",
        ],
    ),
    (
        "a priority not filled in reads as not filled in, never as a value",
        &[
            "nothing filled in but the communities",
            "only LGBT filled in, at 2",
        ],
    ),
    (
        "cooperation: 'nee' or 'nog niet' a first step, otherwise building on it",
        &[
            "small rural municipality, only Eritrean status holders",
            "refugee organisation with only volunteers",
            "municipality that works with four partners already",
        ],
    ),
    (
        "agenda: one item per theme at 1 or more, in priority order",
        &[
            "all at 3, new staff",
            "Kurdish and Iraqi, forced marriage at 1",
            "all at 0, nothing else",
        ],
    ),
    (
        "answers that do not add up are questions for the meeting",
        &[
            "LGBT course chosen with LGBT at 0",
            "refugee organisation with only volunteers",
            "policy team of 200",
            "big city, everything urgent, 120 participants",
        ],
    ),
];

#[test]
fn every_rule_of_the_questionnaire_has_at_least_two_rows() {
    let names: Vec<&str> = table().iter().map(|r| r.name).collect();
    for (rule, rows) in COVERAGE {
        assert!(rows.len() >= 2, "{rule}: {} rows", rows.len());
        for row in *rows {
            assert!(names.contains(row), "{rule}: no row {row:?}");
        }
    }
}

fn row_needs(name: &str) -> needs::Needs {
    let rows = table();
    let row = rows
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no row {name:?}"));
    derive(&profile(&row.answers))
}

/// What the table's rows must give besides partners and proposal: known partners, the
/// questions for the meeting, and the note on violence beside a theme's course.
#[test]
fn the_situations_give_known_partners_checks_and_notes() {
    use needs::Check;
    let n = row_needs("municipality that works with four partners already");
    let known: Vec<&str> = n
        .partners
        .iter()
        .filter(|p| p.known)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(known, ["iot", "htib", "smn", "fsan"]);
    let n = row_needs("refugee organisation with only volunteers");
    assert!(n.partners.iter().all(|p| !p.known));
    assert_eq!(n.checks, [Check::VolunteersOnly]);
    let n = row_needs("policy team of 200");
    assert_eq!(
        n.checks,
        [Check::PolicyStaffOnly, Check::ManyPolicyStaff(200)]
    );
    let n = row_needs("big city, everything urgent, 120 participants");
    assert_eq!(n.checks, [Check::ManyParticipants(120)]);
    let n = row_needs("LGBT course chosen with LGBT at 0");
    assert_eq!(
        n.checks,
        [Check::CourseWithoutPriority {
            theme: "lhbt".into(),
            course: "lhbt".into()
        }]
    );
    // The violence note comes beside a theme's course, never alone.
    let note = |name: &str| {
        let n = row_needs(name);
        let p = profile(
            &table()
                .into_iter()
                .find(|r| r.name == name)
                .map(|r| r.answers)
                .unwrap_or_default(),
        );
        let w = Words::new(q(), rules(), &p, Lang::Nl);
        w.grounds(&n.training)
    };
    for name in [
        "violence at 3 beside LGBT at 3",
        "violence at 2 beside forced marriage at 2",
    ] {
        assert!(
            note(name).contains("Ook huiselijk en eergerelateerd geweld"),
            "{name}"
        );
    }
    for name in [
        "violence at 3, no theme of the announcement",
        "violence at 1 alone",
    ] {
        assert!(!note(name).contains("Ook huiselijk geweld"), "{name}");
    }
}

/// Issue 20, item 11: the agenda gave the training 5 of 60 minutes while the outcome the
/// organisation wanted was a choice of training. Asking for advice, or ticking the training
/// question for the meeting, gives the training more time; the minutes still add up.
#[test]
fn the_training_gets_more_time_when_it_is_to_be_chosen() {
    // 90 minutes: in 60, three themes of three priorities take 5, 10 and 15 minutes and five
    // fixed items at least 5 each, which leaves one step, and that goes to the training
    // whichever way it is chosen.
    let training = |mut extra: Vec<(&'static str, Answer)>| {
        extra.push(("overleg.duur", Answer::Number(90)));
        let n = derive(&profile(&with(base(3, 2, 1, 2), extra)));
        assert_eq!(n.agenda.iter().map(|a| a.minutes).sum::<i64>(), 90);
        n.agenda
            .iter()
            .find(|a| a.kind == AgendaKind::Item("training".into()))
            .map_or(0, |a| a.minutes)
    };
    let chosen = training(vec![("training.soort", choice("basis"))]);
    let advice = training(vec![("training.soort", choice("advies"))]);
    let asked = training(vec![
        ("training.soort", choice("basis")),
        ("overleg.vragen", choices(&["training"])),
    ]);
    assert!(advice >= chosen + 5, "advice {advice}, chosen {chosen}");
    assert!(asked >= chosen + 5, "asked {asked}, chosen {chosen}");
}

/// The table's rows for priorities not filled in, cooperation advice and the agenda.
#[test]
fn the_situations_give_unanswered_priorities_cooperation_and_agenda() {
    // Priorities not filled in.
    let n = row_needs("nothing filled in but the communities");
    assert!(n.themes.iter().all(|t| !t.answered));
    let n = row_needs("only LGBT filled in, at 2");
    let answered: Vec<(&str, bool)> = n
        .themes
        .iter()
        .map(|t| (t.id.as_str(), t.answered))
        .collect();
    assert_eq!(
        answered,
        [
            ("lhbt", true),
            ("huwelijksdwang", false),
            ("empowerment", false),
            ("geweld", false)
        ]
    );
    // Cooperation advice.
    let cooperation = |name: &str| row_needs(name).cooperation.map(|c| c.id);
    assert_eq!(
        cooperation("small rural municipality, only Eritrean status holders").as_deref(),
        Some("eerste_stap")
    );
    assert_eq!(
        cooperation("refugee organisation with only volunteers").as_deref(),
        Some("eerste_stap")
    );
    assert_eq!(
        cooperation("municipality that works with four partners already").as_deref(),
        Some("voortbouwen")
    );
    // The agenda: a theme item per theme at 1 or more, highest first.
    let themes = |name: &str| -> Vec<String> {
        row_needs(name)
            .agenda
            .iter()
            .filter_map(|a| match &a.kind {
                AgendaKind::Theme(id) => Some(id.clone()),
                AgendaKind::Item(_) => None,
            })
            .collect()
    };
    assert_eq!(
        themes("all at 3, new staff"),
        ["huwelijksdwang", "lhbt", "empowerment"]
    );
    assert_eq!(
        themes("Kurdish and Iraqi, forced marriage at 1"),
        ["huwelijksdwang"]
    );
    assert!(themes("all at 0, nothing else").is_empty());
}

/// One combination of the consistency table: its id, profiles that show it, and one that
/// comes close but adds up.
type ConsistencyRow = (&'static str, Vec<Answers>, Answers);

#[expect(clippy::too_many_lines)] // a table: two rows and a near miss per combination
fn consistency_rows() -> Vec<ConsistencyRow> {
    let n = |x: i64| Answer::Number(x);
    let tekort = |ids: &[&str]| ("signalen.tekort", choices(ids));
    let doelgroep = |ids: &[&str]| ("organisatie.doelgroep", choices(ids));
    vec![
        (
            "bereik_en_herkennen",
            vec![
                vec![
                    ("signalen.bereik", n(5)),
                    tekort(&["signalen_niet_herkend"]),
                ],
                vec![
                    ("signalen.bereik", n(5)),
                    tekort(&["schaamte", "signalen_niet_herkend"]),
                ],
            ],
            vec![
                ("signalen.bereik", n(4)),
                tekort(&["signalen_niet_herkend"]),
            ],
        ),
        (
            "geweld_nul_met_signalen",
            vec![
                vec![violence(0), signals(&["huiselijk_geweld"])],
                vec![violence(0), signals(&["eergerelateerd_geweld", "lhbt"])],
            ],
            vec![violence(1), signals(&["huiselijk_geweld"])],
        ),
        (
            "voortbouwen_zonder_contacten",
            vec![
                vec![
                    ("samenwerking.vorm", choice("structureel")),
                    tekort(&["geen_contacten"]),
                ],
                vec![
                    ("samenwerking.vorm", choice("structureel")),
                    tekort(&["schaamte", "geen_contacten"]),
                ],
            ],
            vec![
                ("samenwerking.vorm", choice("incidenteel")),
                tekort(&["geen_contacten"]),
            ],
        ),
        (
            "empowerment_zonder_vluchtelingen",
            vec![
                with(
                    base(0, 0, 3, 0),
                    vec![communities(&["turks", "marokkaans"])],
                ),
                with(base(1, 0, 2, 0), vec![communities(&["caribisch"])]),
            ],
            with(base(0, 0, 3, 0), vec![communities(&["turks", "eritrees"])]),
        ),
        (
            "combinatie_in_een_dagdeel",
            vec![
                vec![
                    ("training.soort", choice("combinatie")),
                    ("training.duur", choice("dagdeel")),
                ],
                vec![
                    ("training.soort", choice("combinatie")),
                    ("training.duur", choice("dagdeel")),
                    ("training.vorm", choice("online")),
                ],
            ],
            vec![
                ("training.soort", choice("combinatie")),
                ("training.duur", choice("meerdere")),
            ],
        ),
        (
            "ervaren_maar_herkennen_niet",
            vec![
                vec![
                    ("training.voorkennis", n(4)),
                    tekort(&["signalen_niet_herkend"]),
                ],
                with(
                    base(2, 2, 0, 4),
                    vec![tekort(&["onbekend", "signalen_niet_herkend"])],
                ),
            ],
            vec![
                ("training.voorkennis", n(3)),
                tekort(&["signalen_niet_herkend"]),
            ],
        ),
        (
            "meldcode_zonder_huwelijksdwang",
            vec![
                with(
                    base(0, 2, 0, 0),
                    vec![("training.leerdoelen", choices(&["meldcode"]))],
                ),
                with(
                    base(0, 0, 1, 0),
                    vec![("training.leerdoelen", choices(&["positie", "meldcode"]))],
                ),
            ],
            with(
                base(1, 2, 0, 0),
                vec![("training.leerdoelen", choices(&["meldcode"]))],
            ),
        ),
        (
            "professionals_en_sleutelpersonen",
            vec![
                vec![doelgroep(&["sociaal_werkers", "vrijwilligers"])],
                vec![doelgroep(&["jeugd", "vrijwilligers"])],
            ],
            vec![doelgroep(&["beleid", "vrijwilligers"])],
        ),
        (
            "themas_zonder_signalen",
            vec![
                with(base(1, 1, 1, 0), vec![signals(&["geen"])]),
                vec![violence(2), signals(&["geen"])],
            ],
            with(base(0, 0, 0, 0), vec![violence(0), signals(&["geen"])]),
        ),
        (
            "niet_in_regionale_aanpak",
            vec![
                with(
                    base(2, 0, 0, 0),
                    vec![("huwelijksdwang.regionaal", choice("nee"))],
                ),
                with(
                    base(1, 3, 0, 0),
                    vec![("huwelijksdwang.regionaal", choice("nee"))],
                ),
            ],
            with(
                base(2, 0, 0, 0),
                vec![("huwelijksdwang.regionaal", choice("ja"))],
            ),
        ),
    ]
}

/// The consistency table of `assets/needs.ron` (issue 31): for each combination that does not
/// add up, two profiles that show it (and must get its question) and one that comes close but
/// adds up (and must not). A rule added to the table without rows here fails the last assert.
#[test]
fn every_combination_that_does_not_add_up_asks_its_question() {
    use needs::Check;
    let rows = consistency_rows();
    for (id, showing, close) in &rows {
        let check = Check::Rule((*id).to_owned());
        for answers in showing {
            let got = derive(&profile(answers)).checks;
            assert!(
                got.contains(&check),
                "{id}: not asked for {answers:?}: {got:?}"
            );
        }
        let got = derive(&profile(close)).checks;
        assert!(!got.contains(&check), "{id}: asked for {close:?}");
        // The question is worded in both languages, in the brief's voice.
        for lang in [Lang::Nl, Lang::En] {
            let p = profile(&showing[0]);
            let text = Words::new(q(), rules(), &p, lang).check(&check);
            assert!(text.ends_with('?'), "{id} {lang:?}: {text:?}");
            assert!(
                !text.contains(" je ") && !text.contains(" you "),
                "{id} {lang:?}: {text:?}"
            );
        }
    }
    let covered: Vec<&str> = rows.iter().map(|(id, _, _)| *id).collect();
    for rule in rules().consistency() {
        assert!(covered.contains(&rule.id.as_str()), "{}: no rows", rule.id);
    }
}

/// A profile mostly of "weet ik niet" gets no course but a proposal to get the picture clear
/// first, with the questions to bring; three "weet ik niet" do not.
#[test]
fn mostly_not_known_first_gets_the_picture_clear() {
    let unsure = vec![
        ("signalen.themas", choices(&["geen"])),
        ("lhbt.regenbooggemeente", choice("weet_niet")),
        ("training.soort", choice("advies")),
        ("overleg.budget", choice("weet_niet")),
        ("signalen.toelichting", Answer::Text("Weet ik niet.".into())),
        ("huwelijksdwang.prioriteit", Answer::Number(1)),
        ("lhbt.prioriteit", Answer::Number(1)),
        ("lhbt.vraag", Answer::Text("weet ik nog niet".into())),
    ];
    let n = derive(&profile(&unsure));
    assert_eq!(n.training.rule.as_deref(), Some(needs::UNCLEAR));
    assert_eq!(n.training.proposal, None);
    assert!(n.training.unknown.len() >= 5, "{:?}", n.training.unknown);
    for lang in [Lang::Nl, Lang::En] {
        let p = profile(&unsure);
        let grounds = Words::new(q(), rules(), &p, lang).grounds(&n.training);
        assert!(
            grounds.contains(rules().unclear().bring.get(lang)),
            "{grounds}"
        );
    }
    let fewer: Vec<_> = unsure.into_iter().skip(3).collect();
    let n = derive(&profile(&fewer));
    assert_ne!(n.training.rule.as_deref(), Some(needs::UNCLEAR));
}

/// Partners are chosen, not listed (issue 31): at most three to get to know in the core,
/// ranked by how many of the profile's communities and themes each serves, each saying whom
/// it serves; the rest in appendix B.
#[test]
fn at_most_three_partners_to_get_to_know_ranked_by_what_they_serve() {
    // Turkish and Somali communities, forced marriage urgent and FGM seen: FSAN serves the
    // Somali community and forced marriage and FGM; IOT the Turkish community and themes.
    let rows: Vec<(Answers, Vec<&str>)> = vec![
        (
            with(
                base(3, 3, 3, 0),
                vec![
                    communities(&["turks", "koerdisch", "marokkaans", "somalisch", "eritrees"]),
                    signals(&["huwelijksdwang", "lhbt", "vgv", "isolement_vrouwen"]),
                ],
            ),
            vec!["htib", "iot", "von"],
        ),
        (
            with(
                base(2, 0, 0, 0),
                vec![communities(&["somalisch"]), signals(&["vgv"])],
            ),
            vec!["fsan", "lkha"],
        ),
        (
            with(
                base(0, 3, 0, 0),
                vec![
                    communities(&["marokkaans"]),
                    ("lhbt.moeilijk", choices(&["religieus"])),
                ],
            ),
            vec!["smn", "lcc"],
        ),
        // LGBT very urgent with Turkish and Moroccan communities: the urgent theme weighs
        // more than a light one, so SMN (Moroccan, LGBT) comes before Kezban (Turkish,
        // violence at 1).
        (
            with(
                base(0, 3, 0, 4),
                vec![
                    communities(&["turks", "marokkaans"]),
                    violence(1),
                    ("lhbt.moeilijk", choices(&["religieus", "gezinnen"])),
                ],
            ),
            vec!["iot", "htib", "smn"],
        ),
    ];
    for (answers, want) in rows {
        let n = derive(&profile(&answers));
        let got: Vec<&str> = n
            .partners_to_meet(rules())
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(got, want, "{:?}", n.partners);
        assert!(got.len() <= needs::PARTNERS_TO_MEET);
        // Ranked: no partner left out serves more than one chosen.
        let least = n
            .partners_to_meet(rules())
            .iter()
            .map(|p| p.serves)
            .min()
            .unwrap_or(0);
        assert!(
            n.partners
                .iter()
                .filter(|p| !got.contains(&p.id.as_str()) && !p.known)
                .filter(|p| rules().partner(&p.id).is_some_and(|d| d.always.is_none()))
                .all(|p| p.serves <= least),
            "{:?}",
            n.partners
        );
        for id in got {
            let def = rules().partner(id).unwrap();
            assert!(def.serves.is_some(), "{id} says not whom it serves");
        }
    }
}
