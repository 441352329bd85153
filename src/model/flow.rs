//! Which questions are visible, progress over the visible questions, and what is still missing.

use super::ids::{ChoiceId, QuestionId};
use super::profile::{Answer, Profile, includes_other};
use super::questionnaire::{Condition, OTHER, Question, Questionnaire};

/// Answered questions out of visible questions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub visible: usize,
}

impl Progress {
    /// 0.0 to 1.0; a section with nothing visible counts as done.
    pub fn fraction(self) -> f32 {
        if self.visible == 0 {
            1.0
        } else {
            self.answered as f32 / self.visible as f32
        }
    }

    pub fn percent(self) -> u32 {
        (self.fraction() * 100.0).round() as u32
    }

    pub fn is_complete(self) -> bool {
        self.answered >= self.visible
    }
}

/// Why a visible question counts as missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissingReason {
    /// A required question without an answer.
    Required,
    /// "Anders, namelijk…" is chosen but its text is empty.
    OtherText,
}

/// A visible question that still needs an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    pub section: usize,
    pub question: QuestionId,
    pub reason: MissingReason,
}

/// Whether a condition holds. Answers to hidden questions count as absent, so a condition on a
/// question that is itself hidden never holds by accident.
pub fn holds(condition: &Condition, q: &Questionnaire, p: &Profile) -> bool {
    let answer = |id: &str| effective_answer(q, p, id);
    match condition {
        Condition::Answered(id) => q
            .question(id)
            .is_some_and(|question| answer(id).is_some_and(|a| is_answered(question, a))),
        Condition::Equals(id, choice) => {
            matches!(answer(id), Some(Answer::Choice { id: c, .. }) if c == choice)
        }
        Condition::Includes(id, choice) => match (answer(id), q.question(id)) {
            (Some(Answer::Choices { ids, .. }), Some(question)) => question
                .kind
                .effective_choices(ids)
                .contains(&choice.as_str()),
            _ => false,
        },
        Condition::AtLeast(id, n) => matches!(answer(id), Some(Answer::Number(v)) if v >= n),
        Condition::AtMost(id, n) => matches!(answer(id), Some(Answer::Number(v)) if v <= n),
        Condition::Not(c) => !holds(c, q, p),
        Condition::All(cs) => cs.iter().all(|c| holds(c, q, p)),
        Condition::Any(cs) => cs.iter().any(|c| holds(c, q, p)),
    }
}

/// The answer to a question if the question is visible. The checked questionnaire only lets a
/// condition refer to earlier questions, so this recursion ends.
pub fn effective_answer<'p>(q: &Questionnaire, p: &'p Profile, id: &str) -> Option<&'p Answer> {
    let question = q.question(id)?;
    if is_visible(question, q, p) {
        p.answer(id)
    } else {
        None
    }
}

pub fn is_visible(question: &Question, q: &Questionnaire, p: &Profile) -> bool {
    question.show_if.as_ref().is_none_or(|c| holds(c, q, p))
}

/// Whether an answer counts as given: non-blank text, a chosen option, a value in range.
pub fn is_answered(question: &Question, answer: &Answer) -> bool {
    if !answer.fits(&question.kind) {
        return false;
    }
    match answer {
        Answer::Text(t) => !t.trim().is_empty(),
        Answer::Choice { id, .. } => question.kind.has_choice(id),
        Answer::Choices { ids, .. } => ids.iter().any(|c| question.kind.has_choice(c)),
        Answer::Number(v) => question
            .kind
            .range()
            .is_some_and(|(min, max)| (min..=max).contains(v)),
    }
}

/// "Anders, namelijk…" is chosen and its text is blank.
fn other_text_missing(answer: &Answer) -> bool {
    let blank = |o: &Option<String>| o.as_deref().is_none_or(|t| t.trim().is_empty());
    match answer {
        Answer::Choice { id, other } => id == OTHER && blank(other),
        Answer::Choices { ids, other } => includes_other(ids) && blank(other),
        _ => false,
    }
}

/// The visible questions of a section, in order.
pub fn visible_questions<'q>(
    q: &'q Questionnaire,
    p: &Profile,
    section: usize,
) -> Vec<&'q Question> {
    q.section(section)
        .map(|s| {
            s.questions
                .iter()
                .filter(|question| is_visible(question, q, p))
                .collect()
        })
        .unwrap_or_default()
}

fn counts_as_answered(question: &Question, p: &Profile) -> bool {
    p.answer(&question.id)
        .is_some_and(|a| is_answered(question, a) && !other_text_missing(a))
}

/// Progress of one section, over its visible questions only.
pub fn section_progress(q: &Questionnaire, p: &Profile, section: usize) -> Progress {
    let visible = visible_questions(q, p, section);
    Progress {
        answered: visible
            .iter()
            .filter(|question| counts_as_answered(question, p))
            .count(),
        visible: visible.len(),
    }
}

/// Progress over the whole questionnaire.
pub fn total_progress(q: &Questionnaire, p: &Profile) -> Progress {
    (0..q.sections().len())
        .map(|s| section_progress(q, p, s))
        .fold(Progress::default(), |acc, s| Progress {
            answered: acc.answered + s.answered,
            visible: acc.visible + s.visible,
        })
}

/// What is still missing: required visible questions without an answer, and "other" chosen
/// without its text. In questionnaire order.
pub fn missing(q: &Questionnaire, p: &Profile) -> Vec<Missing> {
    let mut out = Vec::new();
    for section in 0..q.sections().len() {
        for question in visible_questions(q, p, section) {
            let answer = p.answer(&question.id);
            let reason = match answer {
                Some(a) if is_answered(question, a) => {
                    other_text_missing(a).then_some(MissingReason::OtherText)
                }
                _ => question.required.then_some(MissingReason::Required),
            };
            if let Some(reason) = reason {
                out.push(Missing {
                    section,
                    question: question.id.clone(),
                    reason,
                });
            }
        }
    }
    out
}

/// Questions that have an answer but are hidden now. Their answers stay in the profile (they
/// come back when the question shows again) but do not count and do not go into the brief.
pub fn hidden_answers<'q>(q: &'q Questionnaire, p: &Profile) -> Vec<&'q Question> {
    q.questions()
        .filter(|question| p.answer(&question.id).is_some() && !is_visible(question, q, p))
        .collect()
}

/// Ticks the preselected choices of the section's unanswered questions whose condition holds.
/// Returns whether anything changed.
pub fn apply_preselect(q: &Questionnaire, p: &mut Profile, section: usize) -> bool {
    let Some(s) = q.section(section) else {
        return false;
    };
    let mut changed = false;
    for question in &s.questions {
        if question.preselect.is_empty() || p.answer(&question.id).is_some() {
            continue;
        }
        let ids: Vec<ChoiceId> = question
            .preselect
            .iter()
            .filter(|(_, c)| holds(c, q, p))
            .map(|(choice, _)| choice.clone())
            .collect();
        if !ids.is_empty() {
            changed |= p.set(&question.id, Some(Answer::Choices { ids, other: None }));
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q() -> &'static Questionnaire {
        Questionnaire::builtin()
    }

    fn profile(answers: &[(&str, Answer)]) -> Profile {
        Profile::with_answers(q(), "2026-11-28T10:00:00Z", answers)
    }

    fn choice(id: &str) -> Answer {
        Answer::choice(id)
    }

    fn section_index(id: &str) -> usize {
        q().sections()
            .iter()
            .position(|s| s.id == id)
            .unwrap_or(usize::MAX)
    }

    #[test]
    fn visibility_cases() {
        // (answers, question, visible?)
        type Case<'a> = (Vec<(&'a str, Answer)>, &'a str, bool);
        let cases: Vec<Case> = vec![
            (vec![], "huwelijksdwang.beleid", false),
            (
                vec![("huwelijksdwang.prioriteit", Answer::Number(0))],
                "huwelijksdwang.beleid",
                false,
            ),
            (
                vec![("huwelijksdwang.prioriteit", Answer::Number(1))],
                "huwelijksdwang.beleid",
                true,
            ),
            (
                vec![("lhbt.prioriteit", Answer::Number(3))],
                "lhbt.vraag",
                true,
            ),
            (
                vec![("lhbt.prioriteit", Answer::Number(3))],
                "empowerment.vraag",
                false,
            ),
            (vec![], "samenwerking.welke", false),
            (
                vec![("samenwerking.vorm", choice("nee"))],
                "samenwerking.welke",
                false,
            ),
            (
                vec![("samenwerking.vorm", choice("nog_niet"))],
                "samenwerking.welke",
                true,
            ),
            (
                vec![("samenwerking.vorm", choice("structureel"))],
                "samenwerking.welke",
                true,
            ),
            (vec![], "organisatie.naam", true),
        ];
        for (answers, id, expected) in cases {
            let p = profile(&answers);
            let Some(question) = q().question(id) else {
                panic!("no question {id}");
            };
            assert_eq!(
                is_visible(question, q(), &p),
                expected,
                "{id} with {answers:?}"
            );
        }
    }

    #[test]
    fn progress_counts_only_visible_questions() {
        let s = section_index("huwelijksdwang");
        let p = profile(&[]);
        assert_eq!(
            section_progress(q(), &p, s),
            Progress {
                answered: 0,
                visible: 1
            }
        );
        let p = profile(&[("huwelijksdwang.prioriteit", Answer::Number(0))]);
        assert_eq!(
            section_progress(q(), &p, s),
            Progress {
                answered: 1,
                visible: 1
            }
        );
        assert!(section_progress(q(), &p, s).is_complete());
        let p = profile(&[("huwelijksdwang.prioriteit", Answer::Number(2))]);
        assert_eq!(
            section_progress(q(), &p, s),
            Progress {
                answered: 1,
                visible: 6
            }
        );
    }

    #[test]
    fn missing_lists_required_and_empty_other() {
        let p = profile(&[
            ("organisatie.naam", Answer::Text("  ".into())),
            ("organisatie.type", choice("anders")),
        ]);
        let m = missing(q(), &p);
        assert!(m.contains(&Missing {
            section: 0,
            question: "organisatie.naam".into(),
            reason: MissingReason::Required
        }));
        assert!(m.contains(&Missing {
            section: 0,
            question: "organisatie.type".into(),
            reason: MissingReason::OtherText
        }));
        // Hidden required questions are never missing; the three priorities always are.
        assert!(!m.iter().any(|x| x.question == "huwelijksdwang.beleid"));
        assert!(m.iter().any(|x| x.question == "lhbt.prioriteit"));
    }

    #[test]
    fn hidden_answers_are_kept_and_listed() {
        let mut p = profile(&[
            ("huwelijksdwang.prioriteit", Answer::Number(2)),
            (
                "huwelijksdwang.vraag",
                Answer::Text("Hoe betrekken we scholen?".into()),
            ),
        ]);
        assert!(hidden_answers(q(), &p).is_empty());
        p.set("huwelijksdwang.prioriteit", Some(Answer::Number(0)));
        let hidden: Vec<&str> = hidden_answers(q(), &p)
            .iter()
            .map(|x| x.id.as_str())
            .collect();
        assert_eq!(hidden, ["huwelijksdwang.vraag"]);
        assert_eq!(p.text("huwelijksdwang.vraag"), "Hoe betrekken we scholen?");
    }

    #[test]
    fn preselect_ticks_questions_for_important_themes_once() {
        let s = section_index("overleg");
        let mut p = profile(&[
            ("huwelijksdwang.prioriteit", Answer::Number(3)),
            ("lhbt.prioriteit", Answer::Number(0)),
            ("empowerment.prioriteit", Answer::Number(1)),
        ]);
        assert!(apply_preselect(q(), &mut p, s));
        assert_eq!(
            p.answer("overleg.vragen"),
            Some(&Answer::Choices {
                ids: vec!["huwelijksdwang".into(), "empowerment".into()],
                other: None
            })
        );
        // An answer the user has given is never overwritten.
        p.set(
            "overleg.vragen",
            Some(Answer::Choices {
                ids: vec![],
                other: None,
            }),
        );
        assert!(!apply_preselect(q(), &mut p, s));
    }
}
