//! Properties of the advice over the whole answer space (issue 31): profiles generated from the
//! questionnaire itself (every question, by its kind; free texts from a small pool with "weet
//! ik niet" and texts typed under "anders"), and for each, in Dutch and English, the brief, the
//! intake e-mail and the needs profile as the screen words it must hold what no table row
//! names: no form label reaches a sentence, a typed "anders" text stands as itself, every
//! priority at 2 or 3 reaches the framing, the questions and the agenda, the agenda's minutes
//! add up with equal priorities equal and no item under five minutes, no sentence ends in
//! "….", and every partner named says why; merged agenda titles read as lists, and no two next
//! steps open with the same words.

use behoeftewijzer::brief::content::{self, Options};
use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::answers::Answers;
use behoeftewijzer::model::needs::{self, AgendaKind, NeedsRules, SHORTEST_ITEM};
use behoeftewijzer::model::questionnaire::{Kind, OTHER};
use behoeftewijzer::model::{Answer, Profile, Questionnaire};
use behoeftewijzer::words::Words;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// Free texts: what officers type, including "weet ik niet".
const TEXTS: [&str; 6] = [
    "weet ik niet",
    "Weet ik nog niet.",
    "Meer zicht op wat er speelt in de wijk",
    "Hoe bereiken we vaders?",
    "n.v.t.",
    "Sleutelpersonen uit de Eritrese gemeenschap betrekken",
];

/// Texts typed under "anders": each must stand as itself wherever the answer is read.
const OTHER_TEXTS: [&str; 4] = [
    "weet ik niet",
    "Tigrinya-sprekende gezinnen",
    "Eén themabijeenkomst voor sleutelpersonen",
    "Jongerenwerkers van de moskee",
];

/// A small deterministic generator (`SplitMix64`) seeded by proptest.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// An answer for every question of the questionnaire, by its kind, or none.
fn generate(q: &Questionnaire, seed: u64) -> Profile {
    let mut dice = Dice(seed);
    // Some profiles are mostly "weet ik niet" and unanswered.
    let unsure = dice.chance(15);
    let mut answers: Vec<(String, Answer)> = Vec::new();
    for question in q.questions() {
        if dice.chance(if unsure { 60 } else { 12 }) {
            continue;
        }
        let other = |dice: &mut Dice| Some(dice.pick(&OTHER_TEXTS).to_owned());
        let answer = match &question.kind {
            Kind::Text | Kind::LongText => Answer::Text(
                if unsure {
                    "weet ik niet"
                } else {
                    dice.pick(&TEXTS)
                }
                .to_owned(),
            ),
            Kind::Scale { min, max, .. } | Kind::Number { min, max } => {
                let (min, max) = (*min, (*max).min(*min + 120));
                Answer::Number(min + (dice.next() % (max - min + 1) as u64) as i64)
            }
            Kind::SingleChoice { choices, .. } => {
                let count = choices.len() + usize::from(question.kind.has_other());
                match choices.get(dice.below(count)) {
                    Some(c) => Answer::choice(&c.id),
                    None => Answer::Choice {
                        id: OTHER.into(),
                        other: other(&mut dice),
                    },
                }
            }
            Kind::MultiChoice { choices, .. } => {
                let mut ids: Vec<&str> = choices
                    .iter()
                    .filter(|_| dice.chance(30))
                    .map(|c| c.id.as_str())
                    .collect();
                let with_other = question.kind.has_other() && dice.chance(25);
                if with_other {
                    ids.push(OTHER);
                }
                if ids.is_empty() {
                    ids.push(choices[dice.below(choices.len())].id.as_str());
                }
                let mut ticked = Vec::new();
                for id in ids {
                    question.kind.tick(&mut ticked, id, true);
                }
                Answer::Choices {
                    ids: ticked,
                    other: if with_other { other(&mut dice) } else { None },
                }
            }
        };
        answers.push((question.id.to_string(), answer));
    }
    let borrowed: Vec<(&str, Answer)> = answers
        .iter()
        .map(|(id, a)| (id.as_str(), a.clone()))
        .collect();
    Profile::with_answers(q, "2026-12-06T09:00:00Z", &borrowed)
}

/// The form's own labels that end in an ellipsis ("Anders, namelijk…", "Eigen vraag…"), in
/// both languages: none may reach a text the alliance reads.
fn form_labels(q: &Questionnaire) -> Vec<String> {
    let mut out = Vec::new();
    for question in q.questions() {
        for lang in [Lang::Nl, Lang::En] {
            if question.kind.has_other() {
                out.push(question.kind.other_label(lang).to_owned());
            }
            for c in question.kind.choices() {
                let text = c.text.get(lang);
                if text.ends_with('…') {
                    out.push(text.to_owned());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// No form label and no cut sentence in any text.
fn no_labels_and_no_cuts(labels: &[String], all: &[&str]) -> Result<(), String> {
    for text in all {
        if let Some(label) = labels.iter().find(|l| text.contains(l.as_str())) {
            return Err(format!("the form's label {label:?} in {text:?}"));
        }
        for cut in ["….", "…,", "… .", ". .", " ."] {
            if text.contains(cut) {
                return Err(format!("{cut:?} in {text:?}"));
            }
        }
    }
    Ok(())
}

/// A typed "anders" text of a choice question stands as itself in the brief's answers.
fn typed_others_stand(answers: &Answers, brief_texts: &[String]) -> Result<(), String> {
    for question in answers.q.questions() {
        let typed = match answers.get(&question.id) {
            Some(Answer::Choice { id, other: Some(o) }) if id == OTHER => Some(o),
            Some(Answer::Choices { other: Some(o), .. })
                if answers.choices(&question.id).contains(&OTHER) =>
            {
                Some(o)
            }
            _ => None,
        };
        if let Some(o) = typed
            && !brief_texts.iter().any(|t| t.contains(o.trim()))
        {
            return Err(format!(
                "{}: the typed {o:?} is not in the brief",
                question.id
            ));
        }
    }
    Ok(())
}

/// Every priority at 2 or 3 is in the framing, the questions and the agenda. The priorities
/// are the questionnaire's 0–3 scales (the three themes and domestic and honour-based
/// violence), not the rules' list: a priority the rules forget fails here.
fn priorities_reach_the_brief(
    w: &Words,
    derived: &needs::Needs,
    brief_texts: &[String],
) -> Result<(), String> {
    let framing = brief_texts
        .iter()
        .find(|t| t.contains("vooral") || t.contains("most like to"))
        .ok_or("no framing sentence")?;
    for question in w.answers.q.questions() {
        if !matches!(question.kind, Kind::Scale { min: 0, max: 3, .. }) {
            continue;
        }
        let Some(value) = w.answers.number(&question.id).filter(|v| *v >= 2) else {
            continue;
        };
        let theme = w
            .rules
            .themes()
            .iter()
            .find(|t| t.priority_question == question.id.as_str())
            .ok_or_else(|| format!("{} at {value} is no theme", question.id))?;
        if !framing.contains(w.theme_short(&theme.id)) {
            return Err(format!("{} at {value} not in {framing:?}", theme.id));
        }
        let title = w.theme_title(&theme.id);
        if !brief_texts.iter().any(|x| x.starts_with(title)) {
            return Err(format!("{} at {value} not among the questions", theme.id));
        }
        let kind = AgendaKind::Theme(theme.id.clone());
        if !derived
            .agenda
            .iter()
            .any(|item| item.kinds().any(|k| *k == kind))
        {
            return Err(format!("{} at {value} not on the agenda", theme.id));
        }
    }
    Ok(())
}

/// An agenda item that takes in others reads as a list: when a title has an "en"/"and" of its
/// own ("Huwelijksdwang en achterlating"), the titles are set apart by semicolons.
fn agenda_titles_read(w: &Words, derived: &needs::Needs) -> Result<(), String> {
    let and = if w.lang == Lang::Nl { " en " } else { " and " };
    for item in &derived.agenda {
        let title = w.agenda_title(item);
        if !item.also.is_empty() && title.matches(and).count() > 1 && !title.contains("; ") {
            return Err(format!("the agenda title {title:?} cannot be read"));
        }
    }
    Ok(())
}

/// No two next steps open with the same words ("Voortbouwen op het contact …", "Voortbouwen op
/// de samenwerking …"): each step says something of its own.
fn next_steps_differ(brief_texts: &[(String, String)]) -> Result<(), String> {
    let steps: Vec<&str> = brief_texts
        .iter()
        .filter(|(under, text)| {
            (under.ends_with("Vervolgstappen") || under.ends_with("Next steps")) && under != text
        })
        .map(|(_, text)| text.as_str())
        .collect();
    let opening = |s: &str| {
        s.split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    for (i, a) in steps.iter().enumerate() {
        for b in &steps[i + 1..] {
            if opening(a) == opening(b) {
                return Err(format!("two next steps open alike: {a:?} and {b:?}"));
            }
        }
    }
    Ok(())
}

/// writing.md: never tie a problem to a community. Where a partner's reasons put a community
/// beside a sign or a priority, appendix B says the topics occur in all communities.
fn no_problem_tied_to_a_community(
    derived: &needs::Needs,
    lang: Lang,
    brief_texts: &[(String, String)],
) -> Result<(), String> {
    let sentence = if lang == Lang::Nl {
        "Deze thema's spelen in alle gemeenschappen"
    } else {
        "These topics occur in all communities"
    };
    let tied = derived.partners.iter().find(|p| {
        p.reasons
            .iter()
            .any(|r| r.question == "signalen.gemeenschappen")
            && p.reasons
                .iter()
                .any(|r| r.question != "signalen.gemeenschappen")
    });
    let said = brief_texts.iter().any(|(under, text)| {
        (under.starts_with("Bijlage B") || under.starts_with("Appendix B"))
            && text.starts_with(sentence)
    });
    match tied {
        Some(p) if !said => Err(format!(
            "{} is matched by a community and a theme, without {sentence:?} in appendix B",
            p.id
        )),
        _ => Ok(()),
    }
}

/// The agenda's minutes add up, no item is under the shortest, equal priorities get equal
/// minutes and a higher priority more.
fn agenda_adds_up(derived: &needs::Needs) -> Result<(), String> {
    let minutes: Vec<i64> = derived.agenda.iter().map(|a| a.minutes).collect();
    if minutes.iter().sum::<i64>() != derived.minutes {
        return Err(format!("{minutes:?} do not add up to {}", derived.minutes));
    }
    if minutes.iter().any(|m| *m < SHORTEST_ITEM) {
        return Err(format!(
            "an item under {SHORTEST_ITEM} minutes: {:?}",
            derived.agenda
        ));
    }
    let theme_items: Vec<(i64, i64)> = derived
        .agenda
        .iter()
        .filter(|a| a.also.is_empty())
        .filter_map(|a| match &a.kind {
            AgendaKind::Theme(id) => derived
                .themes
                .iter()
                .find(|t| &t.id == id)
                .map(|t| (t.priority, a.minutes)),
            AgendaKind::Item(_) => None,
        })
        .collect();
    for (p1, m1) in &theme_items {
        for (p2, m2) in &theme_items {
            if (p1 == p2 && m1 != m2) || (p1 > p2 && m1 <= m2) {
                return Err(format!("priorities and minutes disagree: {theme_items:?}"));
            }
        }
    }
    Ok(())
}

/// Every partner named says why.
fn partners_say_why(rules: &NeedsRules, derived: &needs::Needs) -> Result<(), String> {
    for partner in &derived.partners {
        let def = rules.partner(&partner.id).ok_or(partner.id.clone())?;
        if def.always.is_none() && partner.reasons.is_empty() {
            return Err(format!("{} without a reason", partner.id));
        }
    }
    Ok(())
}

/// Every property for one profile in one language.
fn check_profile(
    q: &Questionnaire,
    rules: &NeedsRules,
    labels: &[String],
    seed: u64,
    lang: Lang,
) -> Result<(), TestCaseError> {
    let profile = generate(q, seed);
    let derived = needs::derive(q, rules, &profile);
    let w = Words::new(q, rules, &profile, lang);
    let brief = content::build(
        q,
        rules,
        &profile,
        &derived,
        Options {
            lang,
            mail_to: "",
            include_email: true,
            today: time::macros::date!(2026 - 12 - 06),
        },
    );
    let placed = content::texts(&brief);
    let brief_texts: Vec<String> = placed.iter().map(|(_, t)| t.clone()).collect();
    let email = w.email("");
    let screen = behoeftewijzer::words::to_text(&derived, &w, "");
    let mut all: Vec<&str> = brief_texts.iter().map(String::as_str).collect();
    all.extend([email.subject.as_str(), email.body.as_str(), screen.as_str()]);
    no_labels_and_no_cuts(labels, &all)
        .and_then(|()| typed_others_stand(&Answers::new(q, &profile), &brief_texts))
        .and_then(|()| priorities_reach_the_brief(&w, &derived, &brief_texts))
        .and_then(|()| agenda_adds_up(&derived))
        .and_then(|()| agenda_titles_read(&w, &derived))
        .and_then(|()| next_steps_differ(&placed))
        .and_then(|()| no_problem_tied_to_a_community(&derived, lang, &placed))
        .and_then(|()| partners_say_why(rules, &derived))
        .map_err(|e| TestCaseError::fail(format!("seed {seed:#x}, {lang:?}: {e}")))
}

#[test]
fn the_advice_holds_for_2000_generated_profiles_in_both_languages() {
    let q = Questionnaire::builtin();
    let rules = NeedsRules::builtin();
    let labels = form_labels(q);
    assert!(labels.len() >= 4, "the form's labels: {labels:?}");
    let mut runner = TestRunner::new(Config {
        cases: 2000,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&any::<u64>(), |seed| {
        check_profile(q, rules, &labels, seed, Lang::Nl)?;
        check_profile(q, rules, &labels, seed, Lang::En)
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
