//! Errors of the model in the officer's words.

use crate::lang::Lang;
use crate::model::profile::AnswerError;

impl AnswerError {
    /// What is wrong with the answer, in `lang`; the file's ids are quoted as
    /// [`shown`](crate::words::text::shown) shows them.
    pub fn message(&self, lang: Lang) -> String {
        use crate::words::text::shown;
        match self {
            AnswerError::UnknownQuestion(question) => tr!(
                lang,
                "profile-answer-unknown-question",
                question = shown(question)
            ),
            AnswerError::WrongKind { question, .. } => {
                tr!(
                    lang,
                    "profile-answer-wrong-kind",
                    question = shown(question)
                )
            }
            AnswerError::UnknownPartner(partner) => tr!(
                lang,
                "profile-meeting-unknown-partner",
                partner = shown(partner)
            ),
            AnswerError::UnknownChoice { question, choice } => tr!(
                lang,
                "profile-answer-unknown-choice",
                question = shown(question),
                choice = shown(choice)
            ),
            AnswerError::OutOfRange {
                question,
                value,
                min,
                max,
            } => tr!(
                lang,
                "profile-answer-out-of-range",
                question = shown(question),
                value = value.to_string(),
                min = min.to_string(),
                max = max.to_string()
            ),
        }
    }
}
