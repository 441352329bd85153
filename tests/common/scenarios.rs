//! The scenario table of the needs rules, shared by the rules' tests (`tests/needs.rs`) and
//! the brief's (`tests/brief.rs`: every scenario's core ends on page 2): one row per situation,
//! with the partners and the training proposal it must give.
#![allow(dead_code)] // each test crate uses part of it

use behoeftewijzer::model::needs::{self, Needs, NeedsRules};
use behoeftewijzer::model::{Answer, Profile};

pub use super::profiles::q;

pub fn rules() -> &'static NeedsRules {
    NeedsRules::builtin()
}

pub fn choice(id: &str) -> Answer {
    Answer::choice(id)
}

pub fn choices(ids: &[&str]) -> Answer {
    Answer::choices(ids)
}

pub fn profile(answers: &[(&str, Answer)]) -> Profile {
    Profile::with_answers(q(), "2026-11-28T10:00:00Z", answers)
}

pub fn derive(p: &Profile) -> Needs {
    needs::derive(q(), rules(), p)
}

/// Answers by question id, as a scenario gives them.
pub type Answers = Vec<(&'static str, Answer)>;

/// The three priorities, and the participants' prior knowledge (0: not answered).
pub fn base(hd: i64, lhbt: i64, emp: i64, knowledge: i64) -> Answers {
    let mut a = vec![
        ("huwelijksdwang.prioriteit", Answer::Number(hd)),
        ("lhbt.prioriteit", Answer::Number(lhbt)),
        ("empowerment.prioriteit", Answer::Number(emp)),
    ];
    if knowledge > 0 {
        a.push(("training.voorkennis", Answer::Number(knowledge)));
    }
    a
}

pub fn with(mut a: Answers, more: Answers) -> Answers {
    a.extend(more);
    a
}

pub fn communities(ids: &[&str]) -> (&'static str, Answer) {
    ("signalen.gemeenschappen", choices(ids))
}

/// The priority of domestic and honour-based violence.
pub fn violence(n: i64) -> (&'static str, Answer) {
    ("signalen.geweld", Answer::Number(n))
}

pub fn signals(ids: &[&str]) -> (&'static str, Answer) {
    ("signalen.themas", choices(ids))
}

/// One scenario: its answers, and what the needs must say.
pub struct Row {
    pub name: &'static str,
    pub answers: Answers,
    /// Partners suggested besides Movisie, in the rules' order.
    pub partners: &'static [&'static str],
    /// The training rule that gives the proposal.
    pub rule: &'static str,
    /// The proposed training (a choice id of training.soort), or none.
    pub proposal: Option<&'static str>,
    /// The themes the proposed training is tailored to.
    pub focus: &'static [&'static str],
}

#[expect(clippy::too_many_lines)] // the scenario table: one row per case
pub fn table() -> Vec<Row> {
    vec![
        // Flaw: partners were chosen by community alone. LGBT only, Turkish and Moroccan
        // communities: the community umbrellas and SMN (whose work names acceptance of LGBT
        // people), but not Kezban or Mudawwanah (women's legal position, honour-based violence).
        Row {
            name: "lgbt only, Turkish and Moroccan",
            answers: with(
                base(0, 3, 0, 0),
                vec![communities(&["turks", "marokkaans"])],
            ),
            partners: &["iot", "htib", "smn"],
            rule: "alleen_lhbt",
            proposal: Some("lhbt"),
            focus: &[],
        },
        // Flaw: a community alone brought its partners in.
        Row {
            name: "Moroccan community, no theme, no signal",
            answers: with(base(0, 0, 0, 0), vec![communities(&["marokkaans"])]),
            partners: &[],
            rule: "geen_thema",
            proposal: None,
            focus: &[],
        },
        // Flaw: the LKHA came only with the forced-marriage priority.
        Row {
            name: "forced-marriage training chosen, no priority",
            answers: with(
                base(0, 0, 0, 0),
                vec![("training.soort", choice("huwelijksdwang"))],
            ),
            partners: &["lkha"],
            rule: "geen_thema",
            proposal: None,
            focus: &[],
        },
        Row {
            name: "learning goal meldcode, no priority",
            answers: with(
                base(0, 0, 0, 0),
                vec![("training.leerdoelen", choices(&["meldcode"]))],
            ),
            partners: &["lkha"],
            rule: "geen_thema",
            proposal: None,
            focus: &[],
        },
        // Flaw: all at 0 with a chosen training gave a contradiction ("wijzen ook op … Nog geen
        // advies"); see also the wording test below.
        Row {
            name: "all at 0, basic training chosen",
            answers: with(base(0, 0, 0, 2), vec![("training.soort", choice("basis"))]),
            partners: &[],
            rule: "geen_thema",
            proposal: None,
            focus: &[],
        },
        // Flaw: one theme at 1 counted as "several themes".
        Row {
            name: "forced marriage alone at 1",
            answers: base(1, 0, 0, 0),
            partners: &["lkha"],
            rule: "een_thema_licht",
            proposal: Some("basis"),
            focus: &[],
        },
        Row {
            name: "LGBT alone at 1",
            answers: base(0, 1, 0, 0),
            partners: &[],
            rule: "een_thema_licht",
            proposal: Some("basis"),
            focus: &[],
        },
        Row {
            name: "empowerment alone at 1",
            answers: base(0, 0, 1, 0),
            partners: &[],
            rule: "een_thema_licht",
            proposal: Some("basis"),
            focus: &[],
        },
        // Flaw: ties were broken by list order. Two themes at 1: both named.
        Row {
            name: "forced marriage and LGBT tied at 1",
            answers: base(1, 1, 0, 0),
            partners: &["lkha"],
            rule: "meer_themas_licht",
            proposal: Some("basis"),
            focus: &["huwelijksdwang", "lhbt"],
        },
        Row {
            name: "forced marriage and LGBT tied at 2, new staff",
            answers: base(2, 2, 0, 2),
            partners: &["lkha"],
            rule: "twee_themas",
            proposal: Some("basis"),
            focus: &["huwelijksdwang", "lhbt"],
        },
        // Flaw: experienced staff with two urgent themes still got the basic training.
        Row {
            name: "two urgent themes, experienced staff",
            answers: base(3, 3, 0, 4),
            partners: &["lkha"],
            rule: "twee_themas_ervaren",
            proposal: Some("combinatie"),
            focus: &["huwelijksdwang", "lhbt"],
        },
        // Flaw: empowerment at 3 with new staff gave "basic training, focus on empowerment",
        // though there is no training for it.
        Row {
            name: "empowerment at 3, new staff",
            answers: base(0, 0, 3, 1),
            partners: &[],
            rule: "alleen_empowerment",
            proposal: Some("basis"),
            focus: &[],
        },
        Row {
            name: "forced marriage alone at 3, experienced staff",
            answers: base(3, 0, 0, 4),
            partners: &["lkha"],
            rule: "alleen_huwelijksdwang",
            proposal: Some("huwelijksdwang"),
            focus: &[],
        },
        // questionnaire.md: "one theme at 2 or 3 and the others at 0 or 1: the specific
        // training for that theme"; prior knowledge decides only between two themes at 2+
        // (issue 20, item 1: new staff once got the basic course here).
        Row {
            name: "forced marriage alone at 3, new staff",
            answers: base(3, 0, 1, 1),
            partners: &["lkha"],
            rule: "alleen_huwelijksdwang",
            proposal: Some("huwelijksdwang"),
            focus: &[],
        },
        Row {
            name: "forced marriage at 2 with its course chosen, others at 1, new staff",
            answers: with(
                base(2, 1, 1, 1),
                vec![("training.soort", choice("huwelijksdwang"))],
            ),
            partners: &["lkha"],
            rule: "alleen_huwelijksdwang",
            proposal: Some("huwelijksdwang"),
            focus: &[],
        },
        Row {
            name: "LGBT alone at 2, experienced staff",
            answers: base(0, 2, 0, 3),
            partners: &[],
            rule: "alleen_lhbt",
            proposal: Some("lhbt"),
            focus: &[],
        },
        Row {
            name: "LGBT alone at 3, new staff",
            answers: base(0, 3, 0, 2),
            partners: &[],
            rule: "alleen_lhbt",
            proposal: Some("lhbt"),
            focus: &[],
        },
        Row {
            name: "LGBT at 3 with its course chosen, knowledge not given",
            answers: with(base(1, 3, 0, 0), vec![("training.soort", choice("lhbt"))]),
            partners: &["lkha"],
            rule: "alleen_lhbt",
            proposal: Some("lhbt"),
            focus: &[],
        },
        // "two or more themes at 2 or above: with prior knowledge at 3 or more, both specific
        // trainings or one tailored training covering both; with less, the basistraining
        // tailored to both". Empowerment has no training of its own: with experienced staff
        // the other theme's course, and empowerment a topic for the meeting.
        Row {
            name: "forced marriage and empowerment at 2, new staff",
            answers: base(2, 0, 2, 1),
            partners: &["lkha"],
            rule: "huwelijksdwang_en_empowerment",
            proposal: Some("basis"),
            focus: &["huwelijksdwang"],
        },
        Row {
            name: "LGBT and empowerment at 3, knowledge not given",
            answers: base(0, 3, 3, 0),
            partners: &[],
            rule: "lhbt_en_empowerment",
            proposal: Some("basis"),
            focus: &["lhbt"],
        },
        Row {
            name: "forced marriage and empowerment at 2, experienced staff",
            answers: base(2, 0, 2, 3),
            partners: &["lkha"],
            rule: "alleen_huwelijksdwang",
            proposal: Some("huwelijksdwang"),
            focus: &[],
        },
        // "exactly one theme, at 1: a light suggestion (a theme meeting or the basistraining)";
        // experienced staff know the basics: the theme's own course or a theme meeting (issue
        // 20, item 2).
        Row {
            name: "forced marriage alone at 1, experienced staff",
            answers: base(1, 0, 0, 4),
            partners: &["lkha"],
            rule: "een_thema_ervaren_huwelijksdwang",
            proposal: Some("huwelijksdwang"),
            focus: &[],
        },
        Row {
            name: "LGBT alone at 1, experienced staff",
            answers: base(0, 1, 0, 3),
            partners: &[],
            rule: "een_thema_ervaren_lhbt",
            proposal: Some("lhbt"),
            focus: &[],
        },
        Row {
            name: "empowerment alone at 1, experienced staff",
            answers: base(0, 0, 1, 4),
            partners: &[],
            rule: "een_thema_ervaren_empowerment",
            proposal: None,
            focus: &[],
        },
        Row {
            name: "all at 3, new staff",
            answers: base(3, 3, 3, 2),
            partners: &["lkha"],
            rule: "twee_themas",
            proposal: Some("basis"),
            focus: &["huwelijksdwang", "lhbt"],
        },
        Row {
            name: "all at 3, experienced staff",
            answers: base(3, 3, 3, 4),
            partners: &["lkha"],
            rule: "twee_themas_ervaren",
            proposal: Some("combinatie"),
            focus: &["huwelijksdwang", "lhbt"],
        },
        Row {
            name: "all at 0, nothing else",
            answers: base(0, 0, 0, 0),
            partners: &[],
            rule: "geen_thema",
            proposal: None,
            focus: &[],
        },
        // Each partner and what brings it in.
        Row {
            name: "Turkish, signal of honour-based violence",
            answers: with(
                base(0, 0, 0, 0),
                vec![communities(&["turks"]), signals(&["eergerelateerd_geweld"])],
            ),
            partners: &["iot", "htib", "kezban"],
            rule: "geen_thema",
            proposal: None,
            focus: &[],
        },
        Row {
            name: "Moroccan, signal of abandonment",
            answers: with(
                base(0, 0, 0, 0),
                vec![communities(&["marokkaans"]), signals(&["achterlating"])],
            ),
            partners: &["mudawwanah"],
            rule: "geen_thema",
            proposal: None,
            focus: &[],
        },
        Row {
            name: "Moroccan, forced marriage at 2",
            answers: with(base(2, 0, 0, 4), vec![communities(&["marokkaans"])]),
            partners: &["smn", "mudawwanah", "lkha"],
            rule: "alleen_huwelijksdwang",
            proposal: Some("huwelijksdwang"),
            focus: &[],
        },
        Row {
            name: "Kurdish, empowerment at 1",
            answers: with(base(0, 0, 1, 0), vec![communities(&["koerdisch"])]),
            // Kurds from Türkiye (HTIB) and Kurdish refugees from Syria and Iraq (VON), issue 31.
            partners: &["htib", "von"],
            rule: "een_thema_licht",
            proposal: Some("basis"),
            focus: &[],
        },
        Row {
            name: "Somali, forced marriage at 1",
            answers: with(base(1, 0, 0, 0), vec![communities(&["somalisch"])]),
            partners: &["fsan", "lkha"],
            rule: "een_thema_licht",
            proposal: Some("basis"),
            focus: &[],
        },
        Row {
            name: "Somali, LGBT only",
            answers: with(base(0, 2, 0, 3), vec![communities(&["somalisch"])]),
            partners: &[],
            rule: "alleen_lhbt",
            proposal: Some("lhbt"),
            focus: &[],
        },
        Row {
            name: "Eritrean and Syrian, empowerment at 2",
            answers: with(
                base(0, 0, 2, 0),
                vec![communities(&["eritrees", "syrisch"])],
            ),
            partners: &["von"],
            rule: "alleen_empowerment",
            proposal: Some("basis"),
            focus: &[],
        },
        Row {
            name: "LGBT at 2, hard to discuss in religious communities",
            answers: with(
                base(0, 2, 0, 3),
                vec![("lhbt.moeilijk", choices(&["religieus", "gezinnen"]))],
            ),
            partners: &["lcc"],
            rule: "alleen_lhbt",
            proposal: Some("lhbt"),
            focus: &[],
        },
        Row {
            name: "LGBT at 2, hard to discuss in families only",
            answers: with(
                base(0, 2, 0, 3),
                vec![("lhbt.moeilijk", choices(&["gezinnen"]))],
            ),
            partners: &[],
            rule: "alleen_lhbt",
            proposal: Some("lhbt"),
            focus: &[],
        },
        // Flaw: "none" could be ticked together with real signals, and counted.
        Row {
            name: "'none' ticked next to domestic violence, Turkish",
            answers: with(
                base(0, 0, 0, 0),
                vec![
                    communities(&["turks"]),
                    signals(&["geen", "huiselijk_geweld"]),
                ],
            ),
            partners: &["iot", "htib", "kezban"],
            rule: "geen_thema",
            proposal: None,
            focus: &[],
        },
        Row {
            name: "only 'none' ticked, Turkish",
            answers: with(
                base(0, 0, 0, 0),
                vec![communities(&["turks"]), signals(&["geen"])],
            ),
            partners: &[],
            rule: "geen_thema",
            proposal: None,
            focus: &[],
        },
        // The advisor's situations (issue 20), and the rules for domestic and honour-based
        // violence (signalen.geweld), written from questionnaire.md and the README first.
        Row {
            name: "big city, everything urgent, 120 participants",
            answers: with(
                base(3, 3, 3, 2),
                vec![
                    violence(3),
                    communities(&[
                        "turks",
                        "koerdisch",
                        "marokkaans",
                        "somalisch",
                        "eritrees",
                        "syrisch",
                        "afghaans",
                        "iraaks",
                        "andere_vluchtelingen",
                        "surinaams",
                        "caribisch",
                        "oost_europees",
                    ]),
                    signals(&[
                        "huiselijk_geweld",
                        "eergerelateerd_geweld",
                        "huwelijksdwang",
                        "achterlating",
                        "lhbt",
                        "isolement_vrouwen",
                        "vgv",
                        "huwelijkse_gevangenschap",
                    ]),
                    ("lhbt.moeilijk", choices(&["gezinnen", "religieus"])),
                    ("organisatie.deelnemers", Answer::Number(120)),
                ],
            ),
            partners: &[
                "iot",
                "htib",
                "kezban",
                "smn",
                "mudawwanah",
                "fsan",
                "von",
                "lkha",
                "lcc",
            ],
            rule: "twee_themas",
            proposal: Some("basis"),
            focus: &["huwelijksdwang", "lhbt"],
        },
        Row {
            name: "small rural municipality, only Eritrean status holders",
            answers: with(
                base(0, 0, 2, 1),
                vec![
                    communities(&["eritrees"]),
                    signals(&["isolement_vrouwen"]),
                    ("samenwerking.vorm", choice("nee")),
                ],
            ),
            partners: &["von"],
            rule: "alleen_empowerment",
            proposal: Some("basis"),
            focus: &[],
        },
        Row {
            name: "refugee organisation with only volunteers",
            answers: with(
                base(1, 0, 2, 0),
                vec![
                    ("organisatie.type", choice("zelforganisatie")),
                    ("organisatie.doelgroep", choices(&["vrijwilligers"])),
                    ("samenwerking.vorm", choice("nog_niet")),
                    communities(&["syrisch", "afghaans"]),
                ],
            ),
            partners: &["von", "lkha"],
            rule: "alleen_empowerment",
            proposal: Some("basis"),
            focus: &[],
        },
        Row {
            name: "municipality that works with four partners already",
            answers: with(
                base(2, 0, 0, 0),
                vec![
                    communities(&["turks", "marokkaans", "somalisch"]),
                    (
                        "samenwerking.partners_bekend",
                        choices(&["smn", "iot", "htib", "fsan"]),
                    ),
                    ("samenwerking.vorm", choice("structureel")),
                ],
            ),
            partners: &["iot", "htib", "kezban", "smn", "mudawwanah", "fsan", "lkha"],
            rule: "alleen_huwelijksdwang",
            proposal: Some("huwelijksdwang"),
            focus: &[],
        },
        Row {
            name: "LGBT course chosen with LGBT at 0",
            answers: with(base(2, 0, 0, 0), vec![("training.soort", choice("lhbt"))]),
            partners: &["lkha"],
            rule: "alleen_huwelijksdwang",
            proposal: Some("huwelijksdwang"),
            focus: &[],
        },
        Row {
            name: "policy team of 200",
            answers: with(
                base(0, 2, 0, 3),
                vec![
                    ("organisatie.doelgroep", choices(&["beleid"])),
                    ("organisatie.deelnemers", Answer::Number(200)),
                ],
            ),
            partners: &[],
            rule: "alleen_lhbt",
            proposal: Some("lhbt"),
            focus: &[],
        },
        Row {
            name: "violence at 3, no theme of the announcement",
            answers: with(base(0, 0, 0, 0), vec![violence(3)]),
            partners: &[],
            rule: "geweld_belangrijk",
            proposal: Some("basis"),
            focus: &[],
        },
        Row {
            name: "violence at 2, Turkish",
            answers: with(base(0, 0, 1, 2), vec![violence(2), communities(&["turks"])]),
            partners: &["iot", "htib", "kezban"],
            rule: "geweld_belangrijk",
            proposal: Some("basis"),
            focus: &[],
        },
        Row {
            name: "violence at 1 alone",
            answers: with(base(0, 0, 0, 0), vec![violence(1)]),
            partners: &[],
            rule: "geweld_licht",
            proposal: Some("basis"),
            focus: &[],
        },
        Row {
            name: "violence at 1, Turkish and Eritrean",
            answers: with(
                base(0, 0, 0, 4),
                vec![violence(1), communities(&["turks", "eritrees"])],
            ),
            partners: &["iot", "htib", "kezban"],
            rule: "geweld_licht",
            proposal: Some("basis"),
            focus: &[],
        },
        Row {
            name: "violence at 3 beside LGBT at 3",
            answers: with(base(0, 3, 0, 2), vec![violence(3)]),
            partners: &[],
            rule: "alleen_lhbt",
            proposal: Some("lhbt"),
            focus: &[],
        },
        Row {
            name: "violence at 2 beside forced marriage at 2",
            answers: with(base(2, 0, 0, 2), vec![violence(2)]),
            partners: &["lkha"],
            rule: "alleen_huwelijksdwang",
            proposal: Some("huwelijksdwang"),
            focus: &[],
        },
        Row {
            name: "signal of FGM, Somali, no priority",
            answers: with(
                base(0, 0, 0, 0),
                vec![communities(&["somalisch"]), signals(&["vgv"])],
            ),
            partners: &["fsan"],
            rule: "geen_thema",
            proposal: None,
            focus: &[],
        },
        Row {
            name: "signal of marital captivity, Turkish, no priority",
            answers: with(
                base(0, 0, 0, 0),
                vec![
                    communities(&["turks"]),
                    signals(&["huwelijkse_gevangenschap"]),
                ],
            ),
            partners: &["iot", "htib"],
            rule: "geen_thema",
            proposal: None,
            focus: &[],
        },
        Row {
            name: "Kurdish and Iraqi, forced marriage at 1",
            answers: with(
                base(1, 0, 0, 2),
                vec![communities(&["koerdisch", "iraaks"])],
            ),
            partners: &["htib", "von", "lkha"],
            rule: "een_thema_licht",
            proposal: Some("basis"),
            focus: &[],
        },
        // Priorities not filled in count as 0 for the rules, and read "niet ingevuld".
        Row {
            name: "nothing filled in but the communities",
            answers: vec![communities(&["turks", "somalisch"])],
            partners: &[],
            rule: "geen_thema",
            proposal: None,
            focus: &[],
        },
        Row {
            name: "only LGBT filled in, at 2",
            answers: vec![("lhbt.prioriteit", Answer::Number(2))],
            partners: &[],
            rule: "alleen_lhbt",
            proposal: Some("lhbt"),
            focus: &[],
        },
    ]
}
