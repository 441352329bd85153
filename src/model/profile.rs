//! The needs profile as a document: the answers by question id, with its metadata and format version.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::ids::{ChoiceId, QuestionId};
use super::meeting::Meeting;
use super::questionnaire::{Kind, OTHER, Questionnaire};

/// The profile file format this version of the app writes. 2 adds what was agreed at the
/// meeting ([`Meeting`]); a format-1 file opens with that part empty.
pub const FORMAT_VERSION: u32 = 2;

/// One answer. Choices are stored by choice id, never by display text, so a profile made in
/// English opens in Dutch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// Text and long text.
    Text(String),
    /// Single choice and yes/no. `other` holds the text of "Anders, namelijk…".
    Choice {
        id: ChoiceId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        other: Option<String>,
    },
    /// Multiple choice. `other` holds the text of "Anders, namelijk…".
    Choices {
        ids: Vec<ChoiceId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        other: Option<String>,
    },
    /// Scale and number.
    Number(i64),
}

impl Answer {
    /// The answer with its text in composed form (Unicode NFC): "Müller" typed on a Mac or pasted
    /// from a web form as u + combining diaeresis becomes one ü, as everywhere else.
    #[must_use]
    pub fn composed(self) -> Answer {
        use unicode_normalization::UnicodeNormalization;
        let nfc = |t: String| {
            if unicode_normalization::is_nfc(&t) {
                t
            } else {
                t.nfc().collect()
            }
        };
        match self {
            Answer::Text(t) => Answer::Text(nfc(t)),
            Answer::Choice { id, other } => Answer::Choice {
                id,
                other: other.map(nfc),
            },
            Answer::Choices { ids, other } => Answer::Choices {
                ids,
                other: other.map(nfc),
            },
            n @ Answer::Number(_) => n,
        }
    }

    /// A single choice, without "other" text.
    pub fn choice(id: &str) -> Answer {
        Answer::Choice {
            id: id.into(),
            other: None,
        }
    }

    /// Several choices, without "other" text.
    pub fn choices(ids: &[&str]) -> Answer {
        Answer::Choices {
            ids: ids.iter().map(|s| ChoiceId::from(*s)).collect(),
            other: None,
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match self {
            Answer::Text(_) => "Text",
            Answer::Choice { .. } => "Choice",
            Answer::Choices { .. } => "Choices",
            Answer::Number(_) => "Number",
        }
    }

    /// Whether this answer is of the shape a question of `kind` takes.
    pub fn fits(&self, kind: &Kind) -> bool {
        matches!(
            (self, kind),
            (Answer::Text(_), Kind::Text | Kind::LongText)
                | (Answer::Choice { .. }, Kind::SingleChoice { .. })
                | (Answer::Choices { .. }, Kind::MultiChoice { .. })
                | (Answer::Number(_), Kind::Scale { .. } | Kind::Number { .. })
        )
    }
}

/// The state of one officer's needs profile, as saved in a `.ron` file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub format_version: u32,
    /// The version of the questionnaire the answers were given to.
    pub questionnaire_version: u32,
    /// The app version that last wrote the file.
    pub app_version: String,
    /// RFC 3339 date and time.
    pub created: String,
    /// RFC 3339 date and time.
    pub modified: String,
    #[serde(deserialize_with = "unique_answers")]
    pub answers: BTreeMap<QuestionId, Answer>,
    /// The address the intake e-mail goes to, when the officer changed it; empty for the one in
    /// the announcement. Kept in the file, so the same file gives the same brief on any machine.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mail_to: String,
    /// Which profile this is, across its versions: made once when the profile is created (a
    /// random UUID), kept by every save. Two files are versions of one profile only when their
    /// ids match. Empty in files from before ids; the window gives such a profile one when it
    /// opens it, so its next save carries it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// What was agreed at the meeting with the alliance (format 2); empty until recorded, and
    /// then not written at all.
    #[serde(default, skip_serializing_if = "Meeting::is_empty")]
    pub meeting: Meeting,
}

/// A new profile id: a random UUID (version 4).
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The start of the error for a question answered twice in one file.
pub const DUPLICATE_ANSWER: &str = "duplicate answer for ";

/// Reads the answers, refusing a question that is answered twice (a file edited by hand, or two
/// files pasted together): silently keeping one of the two would lose the other.
fn unique_answers<'de, D>(deserializer: D) -> Result<BTreeMap<QuestionId, Answer>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Unique;
    impl<'de> serde::de::Visitor<'de> for Unique {
        type Value = BTreeMap<QuestionId, Answer>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("answers by question id")
        }

        fn visit_map<M: serde::de::MapAccess<'de>>(
            self,
            mut map: M,
        ) -> Result<Self::Value, M::Error> {
            let mut answers = BTreeMap::new();
            while let Some((id, answer)) = map.next_entry::<QuestionId, Answer>()? {
                if answers.contains_key(&id) {
                    return Err(serde::de::Error::custom(format!("{DUPLICATE_ANSWER}{id}")));
                }
                answers.insert(id, answer);
            }
            Ok(answers)
        }
    }
    deserializer.deserialize_map(Unique)
}

/// An answer that does not fit the questionnaire. Worded for the officer in the catalogues
/// (`AnswerError::message`, in `crate::words::errors`); `Display` is for the log, without the
/// file's values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("an answer to a question this questionnaire does not have")]
    UnknownQuestion(String),
    #[error("an answer of the wrong kind ({expected} expected, {found} found)")]
    WrongKind {
        question: String,
        expected: &'static str,
        found: &'static str,
    },
    #[error("an answer with a choice its question does not have")]
    UnknownChoice { question: String, choice: String },
    /// The meeting's record names a partner that is not in the alliance's list.
    #[error("the meeting's record names a partner that is not in the alliance's list")]
    UnknownPartner(String),
    #[error("a number outside its range ({min} to {max})")]
    OutOfRange {
        question: String,
        value: i64,
        min: i64,
        max: i64,
    },
}

/// What changed in the questionnaire since a profile was made, found when it is opened.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionnaireChanges {
    pub from: u32,
    pub to: u32,
    /// Questions added since, in questionnaire order.
    pub new_questions: Vec<QuestionId>,
    /// Questions taken out since that had an answer; the answers were dropped.
    pub removed_answers: Vec<(QuestionId, Answer)>,
}

/// A profile made for a newer questionnaire than this app has; worded by
/// [`LoadError`](crate::storage::LoadError), which carries it (`Display` is for the log).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("made for questionnaire version {found}; this app has version {current}")]
pub struct NewerQuestionnaire {
    pub found: u32,
    pub current: u32,
}

impl Profile {
    /// Brings a profile made for an earlier questionnaire up to date: drops the answers to
    /// questions taken out since (they are returned, so the user is told), lists the questions
    /// added since, and sets the questionnaire version. A profile for the current version is
    /// left alone (`None`).
    pub fn upgrade(
        &mut self,
        questionnaire: &Questionnaire,
    ) -> Result<Option<QuestionnaireChanges>, NewerQuestionnaire> {
        let (from, to) = (self.questionnaire_version, questionnaire.version());
        if from > to {
            return Err(NewerQuestionnaire {
                found: from,
                current: to,
            });
        }
        if from == to {
            return Ok(None);
        }
        let mut removed_answers = Vec::new();
        for r in questionnaire.removed() {
            if r.version > from
                && let Some(answer) = self.answers.remove(&r.id)
            {
                removed_answers.push((r.id.clone(), answer));
            }
        }
        let new_questions = questionnaire
            .questions()
            .filter(|q| q.since > from)
            .map(|q| q.id.clone())
            .collect();
        self.questionnaire_version = to;
        Ok(Some(QuestionnaireChanges {
            from,
            to,
            new_questions,
            removed_answers,
        }))
    }

    /// An empty profile for the given questionnaire, made at `now` (RFC 3339).
    pub fn new(questionnaire: &Questionnaire, now: &str) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            questionnaire_version: questionnaire.version(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            created: now.to_owned(),
            modified: now.to_owned(),
            answers: BTreeMap::new(),
            mail_to: String::new(),
            id: new_id(),
            meeting: Meeting::default(),
        }
    }

    /// Next year's profile, made from this one at `now` (RFC 3339): the same answers and the
    /// same identity (so the comparison knows them as two versions of one profile), a new
    /// date, and this meeting's agreements carried over with their status as agreed earlier
    /// (issue 23).
    #[must_use]
    pub fn based_on(&self, now: &str) -> Profile {
        Profile {
            format_version: FORMAT_VERSION,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            created: now.to_owned(),
            modified: now.to_owned(),
            meeting: self.meeting.carried_over(),
            ..self.clone()
        }
    }

    /// A new profile with these answers: for examples, benches and tests.
    pub fn with_answers(
        questionnaire: &Questionnaire,
        now: &str,
        answers: &[(&str, Answer)],
    ) -> Self {
        let mut p = Profile::new(questionnaire, now);
        for (id, a) in answers {
            p.set(id, Some(a.clone()));
        }
        p
    }

    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.answers.get(id)
    }

    /// Sets or (with `None`) removes an answer. Returns whether anything changed.
    pub fn set(&mut self, id: &str, answer: Option<Answer>) -> bool {
        match answer.map(Answer::composed) {
            Some(a) => {
                if self.answers.get(id) == Some(&a) {
                    return false;
                }
                self.answers.insert(id.into(), a);
                true
            }
            None => self.answers.remove(id).is_some(),
        }
    }

    /// The text answer of a question, or "".
    pub fn text(&self, id: &str) -> &str {
        match self.answers.get(id) {
            Some(Answer::Text(t)) => t,
            _ => "",
        }
    }

    /// Checks every answer against the questionnaire: known question, right kind, known
    /// choices, values in range. Returns the first problem.
    pub fn validate(&self, questionnaire: &Questionnaire) -> Result<(), AnswerError> {
        for (id, answer) in &self.answers {
            let Some(question) = questionnaire.question(id) else {
                return Err(AnswerError::UnknownQuestion(id.to_string()));
            };
            if !answer.fits(&question.kind) {
                return Err(AnswerError::WrongKind {
                    question: id.to_string(),
                    expected: question.kind.name(),
                    found: answer.kind_name(),
                });
            }
            let unknown = |choice: &str| AnswerError::UnknownChoice {
                question: id.to_string(),
                choice: choice.to_owned(),
            };
            match answer {
                Answer::Choice { id: choice, .. } => {
                    if !question.kind.has_choice(choice) {
                        return Err(unknown(choice));
                    }
                }
                Answer::Choices { ids, .. } => {
                    if let Some(bad) = ids.iter().find(|c| !question.kind.has_choice(c)) {
                        return Err(unknown(bad));
                    }
                }
                Answer::Number(value) => {
                    if let Some((min, max)) = question.kind.range()
                        && (*value < min || *value > max)
                    {
                        return Err(AnswerError::OutOfRange {
                            question: id.to_string(),
                            value: *value,
                            min,
                            max,
                        });
                    }
                }
                Answer::Text(_) => {}
            }
        }
        // The partners agreed to involve come from the same list as "which partners do you
        // know" (a file edited by hand may name another).
        if let Some(known) = questionnaire.question(super::ids::PARTNERS_KNOWN)
            && let Some(bad) = self
                .meeting
                .partners
                .iter()
                .find(|p| !known.kind.has_choice(p))
        {
            return Err(AnswerError::UnknownPartner(bad.to_string()));
        }
        Ok(())
    }
}

/// Whether a multiple-choice answer includes the "other" option.
pub fn includes_other(ids: &[ChoiceId]) -> bool {
    ids.iter().any(|c| c == OTHER)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(answers: &[(&str, Answer)]) -> Profile {
        Profile::with_answers(Questionnaire::builtin(), "2026-11-28T10:00:00Z", answers)
    }

    fn choice(id: &str) -> Answer {
        Answer::choice(id)
    }

    #[test]
    fn validate_cases() {
        let cases: Vec<(&str, Answer, Option<AnswerError>)> = vec![
            (
                "organisatie.naam",
                Answer::Text("Gemeente Zwolle".into()),
                None,
            ),
            ("organisatie.type", choice("gemeente"), None),
            (
                "organisatie.type",
                Answer::Choice {
                    id: "anders".into(),
                    other: Some("Bibliotheek".into()),
                },
                None,
            ),
            ("huwelijksdwang.regionaal", choice("weet_niet"), None),
            ("organisatie.deelnemers", Answer::Number(200), None),
            (
                "organisatie.deelnemers",
                Answer::Number(201),
                Some(AnswerError::OutOfRange {
                    question: "organisatie.deelnemers".into(),
                    value: 201,
                    min: 1,
                    max: 200,
                }),
            ),
            (
                "organisatie.bestaat_niet",
                Answer::Text("x".into()),
                Some(AnswerError::UnknownQuestion(
                    "organisatie.bestaat_niet".into(),
                )),
            ),
            (
                "organisatie.naam",
                Answer::Number(3),
                Some(AnswerError::WrongKind {
                    question: "organisatie.naam".into(),
                    expected: "Text",
                    found: "Number",
                }),
            ),
            (
                "organisatie.type",
                choice("bakkerij"),
                Some(AnswerError::UnknownChoice {
                    question: "organisatie.type".into(),
                    choice: "bakkerij".into(),
                }),
            ),
            (
                // "anders" only where the question offers it
                "samenwerking.vorm",
                choice("anders"),
                Some(AnswerError::UnknownChoice {
                    question: "samenwerking.vorm".into(),
                    choice: "anders".into(),
                }),
            ),
        ];
        for (id, answer, expected) in cases {
            let p = profile(&[(id, answer.clone())]);
            assert_eq!(
                p.validate(Questionnaire::builtin()).err(),
                expected,
                "{id} = {answer:?}"
            );
        }
    }

    #[test]
    fn set_reports_changes() {
        let mut p = profile(&[]);
        assert!(p.set("organisatie.naam", Some(Answer::Text("A".into()))));
        assert!(!p.set("organisatie.naam", Some(Answer::Text("A".into()))));
        assert!(p.set("organisatie.naam", None));
        assert!(!p.set("organisatie.naam", None));
    }
}

/// Where an answer longer than the window lets one type stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LongPlace {
    /// The answer to a text question.
    Answer(QuestionId),
    /// The "Anders, namelijk…" text of a choice question.
    Other(QuestionId),
    /// A field of *Na het overleg* (the meeting's notes, a line or an agreement).
    Meeting,
}

/// An answer longer than the window lets one type (issue 35): a file written by hand or by an
/// older version. It is read whole and never cut; the window says which answers they are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooLong {
    pub place: LongPlace,
    pub chars: usize,
    pub max: usize,
}

/// Every text of `profile` longer than the field the window types it in takes, in the
/// questionnaire's order, then the meeting's.
pub fn too_long(q: &Questionnaire, profile: &Profile) -> Vec<TooLong> {
    use super::meeting::{LINE_MAX_CHARS, NOTES_MAX_CHARS};
    use super::questionnaire::TEXT_MAX_CHARS;
    let mut out = Vec::new();
    let mut check = |place: LongPlace, text: &str, max: usize| {
        let chars = text.chars().count();
        if chars > max {
            out.push(TooLong { place, chars, max });
        }
    };
    for question in q.questions() {
        match profile.answers.get(&question.id) {
            Some(Answer::Text(text)) => {
                let max = question.kind.max_chars().unwrap_or(TEXT_MAX_CHARS);
                check(LongPlace::Answer(question.id.clone()), text, max);
            }
            Some(
                Answer::Choice { other: Some(o), .. } | Answer::Choices { other: Some(o), .. },
            ) => {
                check(LongPlace::Other(question.id.clone()), o, TEXT_MAX_CHARS);
            }
            _ => {}
        }
    }
    let m = &profile.meeting;
    check(LongPlace::Meeting, &m.notes, NOTES_MAX_CHARS);
    let lines = [&m.date, &m.ours, &m.alliance]
        .into_iter()
        .chain([
            &m.training.which,
            &m.training.group,
            &m.training.when,
            &m.training.partners,
        ])
        .chain(
            m.agreements
                .iter()
                .flat_map(|a| [&a.what, &a.who, &a.by_when]),
        );
    for line in lines {
        check(LongPlace::Meeting, line, LINE_MAX_CHARS);
    }
    out
}
