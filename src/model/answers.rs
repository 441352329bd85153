//! One reader of a profile's answers, shared by the needs profile and the brief: an answer
//! counts only when its question is visible and the answer is given; choices are read as the
//! choices that count (an exclusive "none" next to real choices is left out).

use super::flow::{effective_answer, is_answered};
use super::profile::{Answer, Profile};
use super::questionnaire::{Questionnaire, Voice};
use crate::lang::Lang;

/// The answers of one profile, read through the questionnaire.
#[derive(Clone, Copy)]
pub struct Answers<'a> {
    pub q: &'a Questionnaire,
    pub p: &'a Profile,
    /// Whose words choices are given in.
    pub voice: Voice,
}

impl<'a> Answers<'a> {
    pub fn new(q: &'a Questionnaire, p: &'a Profile) -> Self {
        Self {
            q,
            p,
            voice: Voice::Screen,
        }
    }

    /// The same answers in the brief's words (the organisation speaking).
    #[must_use]
    pub fn in_brief(self) -> Self {
        Self {
            voice: Voice::Brief,
            ..self
        }
    }

    /// The answer, if its question is visible and the answer counts as given.
    pub fn get(&self, id: &str) -> Option<&'a Answer> {
        let question = self.q.question(id)?;
        effective_answer(self.q, self.p, id).filter(|a| is_answered(question, a))
    }

    /// A number or a point on a scale.
    pub fn number(&self, id: &str) -> Option<i64> {
        match self.get(id) {
            Some(Answer::Number(n)) => Some(*n),
            _ => None,
        }
    }

    /// The chosen option of a single-choice question.
    pub fn choice(&self, id: &str) -> Option<&'a str> {
        match self.get(id) {
            Some(Answer::Choice { id, .. }) => Some(id),
            _ => None,
        }
    }

    /// The ticked options of a multiple-choice question that count, in questionnaire order.
    pub fn choices(&self, id: &str) -> Vec<&'a str> {
        match (self.get(id), self.q.question(id)) {
            (Some(Answer::Choices { ids, .. }), Some(question)) => {
                question.kind.effective_choices(ids)
            }
            _ => Vec::new(),
        }
    }

    /// The text of one option of a choice question, in `lang`; for "other", what the officer
    /// typed there.
    pub fn choice_text(&self, question: &str, choice: &str, lang: Lang) -> String {
        if choice == super::questionnaire::OTHER
            && let Some(
                Answer::Choice { other: Some(o), .. } | Answer::Choices { other: Some(o), .. },
            ) = self.get(question)
            && !o.trim().is_empty()
        {
            return o.trim().to_owned();
        }
        self.q
            .question(question)
            .and_then(|q| q.kind.choice_text_in(choice, lang, self.voice))
            .unwrap_or(choice)
            .to_owned()
    }

    /// The question's short, neutral document label.
    pub fn label(&self, id: &str, lang: Lang) -> &'a str {
        self.q.question(id).map_or("", |q| q.label(lang))
    }
}
