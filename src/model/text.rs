//! How answers read as text, in either language: for the review, the needs profile and reports.

use super::profile::Answer;
use super::questionnaire::{Kind, OTHER, Question};
use crate::lang::Lang;

/// The text of one point of a scale: the number, and its label where it has one.
pub fn scale_point_text(kind: &Kind, value: i64, lang: Lang) -> String {
    match kind.scale_label(value, lang) {
        Some(label) => format!("{value} – {label}"),
        None => value.to_string(),
    }
}

/// An answer as text. Choices read as their text in `lang`; "other" reads as its own text.
pub fn answer_text(question: &Question, answer: &Answer, lang: Lang) -> String {
    let with_other = |id: &str, other: &Option<String>| {
        let text = question.kind.choice_text(id, lang).unwrap_or(id).to_owned();
        match other {
            Some(o) if id == OTHER && !o.trim().is_empty() => format!("{text} {}", o.trim()),
            _ => text,
        }
    };
    match answer {
        Answer::Text(t) => t.clone(),
        Answer::Number(n) => match question.kind {
            Kind::Scale { .. } => scale_point_text(&question.kind, *n, lang),
            _ => n.to_string(),
        },
        Answer::Choice { id, other } => with_other(id, other),
        Answer::Choices { ids, other } => ids
            .iter()
            .map(|id| with_other(id, other))
            .collect::<Vec<_>>()
            .join("; "),
    }
}
