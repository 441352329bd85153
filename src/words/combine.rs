//! The comparison in words (issue 13): the table's rows with each profile's answer as text,
//! what changed between two versions, how their agreements stand, and the combined needs as
//! parts of lines, in one language. The decisions are `crate::model::combine`'s.

use crate::lang::Lang;
use crate::model::answers::Answers;
use crate::model::combine::{Combined, Entry, ThemeSummary};
use crate::model::ids;
use crate::model::needs::{Needs, NeedsRules};
use crate::model::{Profile, Questionnaire};
use crate::words::Words;

/// One question across the profiles: each profile's answer as text, and whether they differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The section's index in the questionnaire.
    pub section: usize,
    pub question: String,
    /// The answer of each profile, in the entries' order; `None` when not answered.
    pub answers: Vec<Option<String>>,
    pub differs: bool,
}

/// The comparison table: every question of the questionnaire, in its order.
pub fn rows(q: &Questionnaire, entries: &[Entry], lang: crate::lang::Lang) -> Vec<Row> {
    let mut out = Vec::new();
    for (section, s) in q.sections().iter().enumerate() {
        for question in &s.questions {
            let answers: Vec<Option<String>> = entries
                .iter()
                .map(|e| Answers::new(q, &e.profile).text(&question.id, lang))
                .collect();
            let differs = answers.windows(2).any(|w| w[0] != w[1]);
            out.push(Row {
                section,
                question: question.id.to_string(),
                answers,
                differs,
            });
        }
    }
    out
}

/// One answer that changed between two versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub question: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// "Wat is er veranderd": every question whose answer differs between `old` and `new`, in the
/// questionnaire's order.
pub fn changes(
    q: &Questionnaire,
    old: &Profile,
    new: &Profile,
    lang: crate::lang::Lang,
) -> Vec<Change> {
    q.questions()
        .filter_map(|question| {
            let before = Answers::new(q, old).text(&question.id, lang);
            let after = Answers::new(q, new).text(&question.id, lang);
            (before != after).then(|| Change {
                question: question.id.to_string(),
                before,
                after,
            })
        })
        .collect()
}

/// The agreements of two versions of one profile (issue 23), one line each in `lang`: how
/// each agreement of the older version stands now ("eerst open, nu afgerond"), those no longer listed,
/// and those made since.
pub fn agreement_lines(old: &Profile, new: &Profile, lang: crate::lang::Lang) -> Vec<String> {
    use crate::model::meeting::Agreement;
    let key = |a: &Agreement| (a.what.trim().to_lowercase(), a.who.trim().to_lowercase());
    let name = |a: &Agreement| {
        if a.who.trim().is_empty() {
            a.what.trim().to_owned()
        } else {
            format!("{} ({})", a.what.trim(), a.who.trim())
        }
    };
    let mut lines = Vec::new();
    let mut matched = Vec::new();
    for a in old.meeting.agreements() {
        let found = new
            .meeting
            .agreements()
            .enumerate()
            .find(|(i, b)| !matched.contains(i) && key(a) == key(b));
        let Some((i, b)) = found else {
            lines.push(tr!(lang, "compare-agreement-gone", agreement = name(a)));
            continue;
        };
        matched.push(i);
        let line = if a.status == b.status {
            tr!(
                lang,
                "compare-agreement-unchanged",
                agreement = name(a),
                status = b.status.text(lang)
            )
        } else {
            tr!(
                lang,
                "compare-agreement-changed",
                agreement = name(a),
                before = a.status.text(lang),
                now = b.status.text(lang)
            )
        };
        lines.push(line);
    }
    for (i, b) in new.meeting.agreements().enumerate() {
        if !matched.contains(&i) {
            lines.push(tr!(
                lang,
                "compare-agreement-new",
                agreement = name(b),
                status = b.status.text(lang)
            ));
        }
    }
    lines
}

/// "4 van 6" in the user's language.
pub fn of(count: usize, total: usize, lang: crate::lang::Lang) -> String {
    tr!(
        lang,
        "count-of",
        count = count.to_string(),
        total = total.to_string()
    )
}

/// "Huwelijksdwang en achterlating: hoogste 3, gemiddeld 2,0, belangrijk of zeer urgent bij 1
/// van 2".
fn theme_line(rules: &NeedsRules, t: &ThemeSummary, n: usize, lang: crate::lang::Lang) -> String {
    let title = rules
        .theme(&t.id)
        .map_or(t.id.as_str(), |d| d.title.get(lang));
    let mean = t.mean.map_or_else(|| "–".to_owned(), |m| decimal(m, lang));
    tr!(
        lang,
        "combine-theme-line",
        mean = (mean).clone(),
        important_for = (of(t.at_least_two, n, lang)).clone(),
        highest = (t.highest).to_string(),
        title = (title).to_string()
    )
}

/// A mean with one decimal, as the language writes it: "2,3" / "2.3".
pub fn decimal(value: f64, lang: crate::lang::Lang) -> String {
    format!("{value:.1}").replace('.', trs!(lang, "decimal-separator"))
}

/// A part of the combined picture in words, for the officer: a title and its lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub title: String,
    pub lines: Vec<String>,
}

/// "Eén keer geteld": each copy or older version, and the profile counted in its place.
fn counted_once_part(names: &[&str], pairs: &[(usize, usize)], lang: crate::lang::Lang) -> Part {
    Part {
        title: trs!(lang, "combine-counted-once").to_owned(),
        lines: pairs
            .iter()
            .map(|(copy, kept)| {
                let (copy, kept) = (
                    names.get(*copy).copied().unwrap_or_default(),
                    names.get(*kept).copied().unwrap_or_default(),
                );
                tr!(lang, "combine-copy-counted-once", copy = copy, kept = kept)
            })
            .collect(),
    }
}

/// The combined picture in words, as the window and the command line show it: themes, the
/// counted choices, participants and partners with the profiles that point to them.
pub fn worded(
    q: &Questionnaire,
    rules: &NeedsRules,
    names: &[&str],
    combined: &Combined,
    lang: crate::lang::Lang,
) -> Vec<Part> {
    let n = combined.members;
    let mut parts = vec![Part {
        title: trs!(lang, "combine-topics").to_owned(),
        lines: combined
            .themes
            .iter()
            .map(|t| theme_line(rules, t, n, lang))
            .collect(),
    }];
    for (question, counts) in [
        (ids::SIGNALS, &combined.signals),
        (ids::GAPS, &combined.gaps),
        (ids::LEARNING_GOALS, &combined.learning_goals),
        (ids::COOPERATION_WISHES, &combined.cooperation_wishes),
    ] {
        let Some(def) = q.question(question) else {
            continue;
        };
        if counts.is_empty() {
            continue;
        }
        parts.push(Part {
            title: def.label(lang).to_owned(),
            lines: counts
                .iter()
                .map(|c| {
                    let text = def
                        .kind
                        .choices()
                        .iter()
                        .find(|x| x.id.as_str() == c.choice)
                        .map_or(c.choice.as_str(), |x| x.text.get(lang));
                    format!("{text}: {}", of(c.count, n, lang))
                })
                .collect(),
        });
    }
    parts.push(Part {
        title: trs!(lang, "combine-participants").to_owned(),
        lines: vec![format!(
            "{} {}",
            trs!(lang, "combine-together"),
            combined.participants
        )],
    });
    if !combined.counted_once.is_empty() {
        parts.push(counted_once_part(names, &combined.counted_once, lang));
    }
    if !combined.partners.is_empty() {
        parts.push(Part {
            title: trs!(lang, "combine-partners-to-involve").to_owned(),
            lines: combined
                .partners
                .iter()
                .map(|p| {
                    let name = rules
                        .partner(&p.id)
                        .map_or(p.id.as_str(), |d| d.name.as_str());
                    let who: Vec<&str> = p
                        .members
                        .iter()
                        .filter_map(|i| names.get(*i).copied())
                        .collect();
                    format!(
                        "{name} ({}): {}",
                        of(p.members.len(), n, lang),
                        who.join(", ")
                    )
                })
                .collect(),
        });
    }
    parts
}

/// A row of the needs per profile: its label, and a cell per profile.
pub type NeedsRow = (String, Vec<Option<String>>);

/// The needs of each profile as rows: the three priorities (in the announcement's order),
/// reach, participants and training. Worded once per language by the app, not every frame.
pub fn needs_table(
    q: &Questionnaire,
    rules: &NeedsRules,
    entries: &[Entry],
    needs: &[Needs],
    lang: Lang,
) -> Vec<NeedsRow> {
    let words: Vec<Words> = entries
        .iter()
        .map(|e| Words::new(q, rules, &e.profile, lang))
        .collect();
    let mut table: Vec<NeedsRow> = Vec::new();
    for def in rules.themes() {
        let cells = needs
            .iter()
            .zip(&words)
            .map(|(n, w)| {
                n.themes
                    .iter()
                    .find(|t| t.id == def.id)
                    .map(|t| w.priority_text(t))
            })
            .collect();
        // The priority question's short label ("Prioriteit LHBT"), as in the answers: a
        // theme's full title does not fit the label column.
        let label = q.question(&def.priority_question).map_or_else(
            || def.title.get(lang).to_owned(),
            |x| x.label(lang).to_owned(),
        );
        table.push((label, cells));
    }
    let reach = needs
        .iter()
        .map(|n| n.reach.map(|v| of(v as usize, 5, lang)))
        .collect();
    table.push((trs!(lang, "compare-reach-of-help-now").to_owned(), reach));
    let participants = words
        .iter()
        .map(|w| {
            w.answers
                .number(crate::model::ids::PARTICIPANTS)
                .map(|n| n.to_string())
        })
        .collect();
    table.push((trs!(lang, "compare-participants").to_owned(), participants));
    let training = needs
        .iter()
        .zip(&words)
        .map(|(n, w)| {
            let t = &n.training;
            match (&t.chosen, w.proposal(t)) {
                (Some(own), _) => Some(w.training_name(own)),
                (None, Some(p)) => Some(format!("{} {p}", trs!(lang, "compare-proposal"))),
                (None, None) => t
                    .asked_advice
                    .then(|| trs!(lang, "compare-asks-for-advice").to_owned()),
            }
        })
        .collect();
    table.push((trs!(lang, "compare-training").to_owned(), training));
    table
}
