//! The questionnaire: sections, questions, answer kinds and show-conditions, read from RON and checked.
//!
//! The raw form is what serde reads from `assets/questionnaire.ron`; [`Questionnaire::from_ron`]
//! checks it into a questionnaire that cannot hold a duplicate id, a condition on an unknown
//! (or later) question or choice, a missing translation, or a choice question without choices.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::ids::{ChoiceId, QuestionId};
use crate::lang::Lang;

/// The id of the "Anders, namelijk…" choice that opens a text field.
pub const OTHER: &str = "anders";

/// The most characters an answer of several lines takes: about two pages of the brief, far
/// more than an explanation needs, and little enough that every keystroke is drawn at once.
pub const LONG_TEXT_MAX_CHARS: usize = 5_000;

/// The most characters a one-line answer takes, and the text of "Anders, namelijk…".
pub const TEXT_MAX_CHARS: usize = 300;

/// The questionnaire shipped with the app, embedded in the binary.
pub const BUILTIN_RON: &str = include_str!("../../assets/questionnaire.ron");

/// A text in every language, keyed by the language's code: `(nl: "…", en: "…")` in RON. A
/// language is added by adding its texts to the data; one missing is found when the data is
/// checked ([`Text::missing`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text(BTreeMap<String, String>);

impl Text {
    pub fn new(nl: &str, en: &str) -> Self {
        Self(BTreeMap::from([
            (Lang::Nl.code().to_owned(), nl.to_owned()),
            (Lang::En.code().to_owned(), en.to_owned()),
        ]))
    }

    /// The text in `lang`; in the pseudo-language the Dutch one, marked (see [`Lang::Pseudo`]).
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Pseudo => crate::lang::pseudo_static(self.of(Lang::Nl)),
            _ => self.of(lang),
        }
    }

    /// The text as written for `lang`; empty when there is none.
    fn of(&self, lang: Lang) -> &str {
        self.0.get(lang.code()).map_or("", String::as_str)
    }

    /// The languages a user can choose that this text lacks (or has only as blanks).
    pub fn missing(&self) -> impl Iterator<Item = Lang> + '_ {
        Lang::ALL
            .into_iter()
            .filter(|l| self.of(*l).trim().is_empty())
    }

    /// Every language's text, for checks that read them all.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.0.values().map(String::as_str)
    }
}

/// Written as a map of language codes to texts: only the stored binary form is written
/// (`model/stored.rs`); the RON is written by hand.
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// Read as a struct whose fields are language codes, so the RON stays `(nl: "…", en: "…")`;
/// from a binary form (which has no field names) as the map it was written as.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Texts;
        impl<'de> serde::de::Visitor<'de> for Texts {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text per language code, such as (nl: \"…\", en: \"…\")")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut texts = BTreeMap::new();
                while let Some((code, text)) = map.next_entry::<String, String>()? {
                    if texts.insert(code.clone(), text).is_some() {
                        return Err(serde::de::Error::custom(format!(
                            "the language {code} is given twice"
                        )));
                    }
                }
                Ok(Text(texts))
            }
        }
        if deserializer.is_human_readable() {
            deserializer.deserialize_struct("Text", &[], Texts)
        } else {
            deserializer.deserialize_map(Texts)
        }
    }
}

/// One option of a choice question.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Choice {
    pub id: ChoiceId,
    pub text: Text,
    /// What this option means, shown under it.
    #[serde(default)]
    pub help: Option<Text>,
    /// Ticking this choice unticks the others, and ticking another unticks it ("none").
    #[serde(default)]
    pub exclusive: bool,
    /// The option in the brief, where its words on screen speak as the officer ("Weet ik
    /// niet"): the brief is the organisation speaking, never "ik" or "je".
    #[serde(default)]
    pub brief: Option<Text>,
}

/// Whose words an answer is given in: the screen's (the officer's "ik"), or the brief's (the
/// organisation speaking).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Voice {
    #[default]
    Screen,
    Brief,
}

impl Kind {
    /// The most characters a text answer of this kind takes; `None` for answers without text.
    pub fn max_chars(&self) -> Option<usize> {
        match self {
            Kind::Text => Some(TEXT_MAX_CHARS),
            Kind::LongText => Some(LONG_TEXT_MAX_CHARS),
            _ => None,
        }
    }
}

/// How a question is answered.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum Kind {
    /// One line of text.
    Text,
    /// Several lines of text.
    LongText,
    /// One of the choices; with `other`, also "Anders, namelijk…" with a text field.
    SingleChoice {
        choices: Vec<Choice>,
        #[serde(default)]
        other: bool,
        /// The "other" option's label; the questionnaire's own (`other.label`) when not given.
        #[serde(default)]
        other_text: Option<Text>,
        /// How "other" reads in an answer ("Iets anders"); set from the questionnaire at load.
        #[serde(default)]
        other_in_text: Option<Text>,
    },
    /// Any of the choices; with `other`, also "Anders, namelijk…" with a text field.
    MultiChoice {
        choices: Vec<Choice>,
        #[serde(default)]
        other: bool,
        /// As for [`Kind::SingleChoice`].
        #[serde(default)]
        other_text: Option<Text>,
        /// As for [`Kind::SingleChoice`].
        #[serde(default)]
        other_in_text: Option<Text>,
    },
    /// A labelled ordinal scale from `min` to `max`; `labels` names some of its points.
    Scale {
        min: i64,
        max: i64,
        #[serde(default)]
        labels: Vec<(i64, Text)>,
    },
    /// A whole number from `min` to `max`.
    Number { min: i64, max: i64 },
}

impl Kind {
    /// The fixed choices of a choice kind (not including "other"); empty for other kinds.
    pub fn choices(&self) -> &[Choice] {
        match self {
            Kind::SingleChoice { choices, .. } | Kind::MultiChoice { choices, .. } => choices,
            _ => &[],
        }
    }

    /// Whether the kind offers "Anders, namelijk…".
    pub fn has_other(&self) -> bool {
        matches!(
            self,
            Kind::SingleChoice { other: true, .. } | Kind::MultiChoice { other: true, .. }
        )
    }

    /// The label of the "other" option (the questionnaire's own unless the question has one).
    pub fn other_label(&self, lang: Lang) -> &str {
        match self {
            Kind::SingleChoice {
                other_text: Some(t),
                ..
            }
            | Kind::MultiChoice {
                other_text: Some(t),
                ..
            } => t.get(lang),
            _ => "",
        }
    }

    /// How the "other" option reads in an answer, where nothing was typed ("Iets anders").
    fn other_in_text(&self, lang: Lang) -> Option<&str> {
        match self {
            Kind::SingleChoice {
                other_in_text: Some(t),
                ..
            }
            | Kind::MultiChoice {
                other_in_text: Some(t),
                ..
            } => Some(t.get(lang)),
            _ => None,
        }
    }

    /// Gives the "other" option the questionnaire's words where the question has none.
    fn with_other(&mut self, texts: &OtherTexts) {
        if let Kind::SingleChoice {
            other: true,
            other_text,
            other_in_text,
            ..
        }
        | Kind::MultiChoice {
            other: true,
            other_text,
            other_in_text,
            ..
        } = self
        {
            other_text.get_or_insert_with(|| texts.label.clone());
            other_in_text.get_or_insert_with(|| texts.in_text.clone());
        }
    }

    /// Whether `id` is a valid choice for this kind (including "other" where offered).
    pub fn has_choice(&self, id: &str) -> bool {
        self.choices().iter().any(|c| c.id == id) || (id == OTHER && self.has_other())
    }

    /// Ticks or unticks a choice of a multiple-choice answer, keeping the choices in the
    /// questionnaire's order whatever the order of clicking ("other" last). An exclusive choice
    /// ("none") unticks the others, and any other choice unticks the exclusive ones.
    pub fn tick(&self, ids: &mut Vec<ChoiceId>, id: &str, on: bool) {
        if !on {
            ids.retain(|c| c != id);
            return;
        }
        let exclusive = |c: &str| self.choices().iter().any(|x| x.id == c && x.exclusive);
        if exclusive(id) {
            ids.clear();
        } else {
            ids.retain(|c| !exclusive(c));
        }
        if !ids.iter().any(|c| c == id) {
            ids.push(id.into());
        }
        let order = |c: &ChoiceId| {
            self.choices()
                .iter()
                .position(|x| x.id == *c)
                .unwrap_or(usize::MAX)
        };
        ids.sort_by_key(order);
    }

    /// The choices of an answer that count: an exclusive choice ("none") ticked together with
    /// real ones (in a file edited by hand, or from before it was exclusive) is left out.
    pub fn effective_choices<'a>(&self, ids: &'a [ChoiceId]) -> Vec<&'a str> {
        let exclusive = |c: &str| self.choices().iter().any(|x| x.id == c && x.exclusive);
        let real: Vec<&str> = ids
            .iter()
            .map(ChoiceId::as_str)
            .filter(|c| !exclusive(c))
            .collect();
        if real.is_empty() {
            ids.iter().map(ChoiceId::as_str).collect()
        } else {
            real
        }
    }

    /// The text of a choice id, including "other".
    pub fn choice_text(&self, id: &str, lang: Lang) -> Option<&str> {
        self.choice_text_in(id, lang, Voice::Screen)
    }

    /// The option's words in `voice`: the brief's wording where it has one. "Other" reads as
    /// "Iets anders", never as the form's label ("Anders, namelijk…", "Eigen vraag…"): where
    /// the officer typed what it is, [`crate::words::text::answer_text_in`] gives that instead.
    pub fn choice_text_in(&self, id: &str, lang: Lang, voice: Voice) -> Option<&str> {
        if id == OTHER && self.has_other() {
            return self.other_in_text(lang);
        }
        self.choices().iter().find(|c| c.id == id).map(|c| {
            match (&c.brief, voice) {
                (Some(brief), Voice::Brief) => brief,
                _ => &c.text,
            }
            .get(lang)
        })
    }

    /// The inclusive range of a scale or number.
    pub fn range(&self) -> Option<(i64, i64)> {
        match self {
            Kind::Scale { min, max, .. } | Kind::Number { min, max } => Some((*min, *max)),
            _ => None,
        }
    }

    /// The label of one point of a scale, if it has one.
    pub fn scale_label(&self, value: i64, lang: Lang) -> Option<&str> {
        match self {
            Kind::Scale { labels, .. } => labels
                .iter()
                .find(|(v, _)| *v == value)
                .map(|(_, t)| t.get(lang)),
            _ => None,
        }
    }

    pub fn is_choice(&self) -> bool {
        matches!(self, Kind::SingleChoice { .. } | Kind::MultiChoice { .. })
    }

    /// A short English name for messages about the wrong answer kind.
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Text => "Text",
            Kind::LongText => "LongText",
            Kind::SingleChoice { .. } => "SingleChoice",
            Kind::MultiChoice { .. } => "MultiChoice",
            Kind::Scale { .. } => "Scale",
            Kind::Number { .. } => "Number",
        }
    }
}

/// When a question shows (and, in the needs rules, when a rule holds).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub enum Condition {
    /// The question has an answer.
    Answered(QuestionId),
    /// The single-choice (or yes/no) question has this choice.
    Equals(QuestionId, ChoiceId),
    /// The multiple-choice question includes this choice.
    Includes(QuestionId, ChoiceId),
    /// The scale or number is at least this value.
    AtLeast(QuestionId, i64),
    /// The scale or number is at most this value.
    AtMost(QuestionId, i64),
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
}

impl Condition {
    /// Every question id the condition refers to, with the choice it names, if any.
    pub fn references(&self) -> Vec<(&str, Option<&str>)> {
        let mut out = Vec::new();
        self.collect_references(&mut out);
        out
    }

    fn collect_references<'a>(&'a self, out: &mut Vec<(&'a str, Option<&'a str>)>) {
        match self {
            Condition::Answered(q) | Condition::AtLeast(q, _) | Condition::AtMost(q, _) => {
                out.push((q, None));
            }
            Condition::Equals(q, c) | Condition::Includes(q, c) => out.push((q, Some(c))),
            Condition::Not(c) => c.collect_references(out),
            Condition::All(cs) | Condition::Any(cs) => {
                for c in cs {
                    c.collect_references(out);
                }
            }
        }
    }
}

/// One question.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Question {
    pub id: QuestionId,
    pub text: Text,
    /// A short neutral label for documents ("Inwoners werkgebied"): the brief speaks for the
    /// organisation, so it never shows the question ("Hoeveel inwoners telt je werkgebied?").
    #[serde(default)]
    pub label: Option<Text>,
    #[serde(default)]
    pub help: Option<Text>,
    pub kind: Kind,
    #[serde(default)]
    pub required: bool,
    /// Shown only when this holds; always shown when `None`.
    #[serde(default)]
    pub show_if: Option<Condition>,
    /// Free text that could invite case details: show the note not to record residents' data.
    #[serde(default)]
    pub privacy_note: bool,
    /// Choices ticked in advance, when the question has no answer yet and the condition holds.
    #[serde(default)]
    pub preselect: Vec<(ChoiceId, Condition)>,
    /// The questionnaire version that added this question (1 for the first).
    #[serde(default = "first_version")]
    pub since: u32,
}

fn first_version() -> u32 {
    1
}

impl Section {
    /// The short document label; the check guarantees it exists in a loaded questionnaire.
    pub fn label(&self, lang: Lang) -> &str {
        self.label
            .as_ref()
            .map_or_else(|| self.title.get(lang), |l| l.get(lang))
    }
}

impl Question {
    /// The short document label; the check guarantees it exists in a loaded questionnaire.
    pub fn label(&self, lang: Lang) -> &str {
        self.label
            .as_ref()
            .map_or_else(|| self.text.get(lang), |l| l.get(lang))
    }
}

/// A question that was taken out of the questionnaire, and in which version.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Removed {
    pub id: QuestionId,
    pub version: u32,
    /// What the question asked, so a user whose answer is dropped knows which one it was.
    #[serde(default)]
    pub text: Option<Text>,
}

/// One section of the questionnaire, shown as one page.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Section {
    pub id: String,
    pub title: Text,
    /// A short neutral title for documents (the title may address the officer).
    #[serde(default)]
    pub label: Option<Text>,
    #[serde(default)]
    pub intro: Option<Text>,
    pub questions: Vec<Question>,
}

#[derive(Deserialize, Serialize)]
pub(crate) struct RawQuestionnaire {
    version: u32,
    /// The words of the "other" option, for every question that offers one.
    other: OtherTexts,
    sections: Vec<Section>,
    /// Questions taken out since version 1: their answers in older profiles are dropped, with a
    /// notice, instead of refusing the file.
    #[serde(default)]
    removed: Vec<Removed>,
}

/// The words of the "other" option: its label, and how it reads in an answer.
#[derive(Clone, Debug, Deserialize, Serialize)]
struct OtherTexts {
    label: Text,
    in_text: Text,
}

/// What can be wrong with a questionnaire file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuestionnaireError {
    #[error("syntax: {0}")]
    Syntax(String),
    #[error("duplicate id `{0}`")]
    DuplicateId(String),
    #[error("question `{0}` does not start with its section id")]
    BadPrefix(String),
    #[error("`{0}` has no short label for documents")]
    MissingLabel(String),
    #[error("`{0}`: a text is missing in {1}")]
    MissingTranslation(String, &'static str),
    #[error("question `{0}` is a choice question without choices")]
    NoChoices(String),
    #[error("question `{0}`: choice id `{1}` is reserved for \"other\"")]
    ReservedChoice(String, String),
    #[error("question `{0}`: the range is empty")]
    EmptyRange(String),
    #[error("question `{0}`: a scale label is outside the range")]
    LabelOutOfRange(String),
    #[error("`{0}`: the condition refers to `{1}`, which is not an earlier question")]
    UnknownQuestion(String, String),
    #[error("`{0}`: the condition refers to choice `{2}`, which question `{1}` does not have")]
    UnknownChoice(String, String, String),
    #[error("`{0}`: the condition does not fit the answer kind of `{1}`")]
    ConditionKind(String, String),
    #[error("the questionnaire has no sections")]
    Empty,
    #[error("`{0}`: its version is later than the questionnaire's")]
    FutureVersion(String),
    #[error("`{0}` is listed as removed but is still a question")]
    RemovedStillPresent(String),
}

/// A checked questionnaire: every id unique, every condition pointing at an earlier question
/// and an existing choice, every text in both languages.
#[derive(Debug)]
pub struct Questionnaire {
    version: u32,
    sections: Vec<Section>,
    removed: Vec<Removed>,
    /// question id → (section index, question index)
    index: HashMap<QuestionId, (usize, usize)>,
}

impl Questionnaire {
    /// The questionnaire embedded in the app. Checked by a test, so this cannot fail in a release.
    ///
    /// # Panics
    ///
    /// When the shipped questionnaire is invalid, which its test rules out.
    pub fn builtin() -> &'static Questionnaire {
        static Q: OnceLock<Questionnaire> = OnceLock::new();
        // The stored form of the RON (`model/stored.rs`), or the RON itself when that differs.
        let read = || {
            if let Some(raw) =
                crate::model::stored::read(crate::model::stored::QUESTIONNAIRE, BUILTIN_RON)
            {
                Self::check(raw)
            } else {
                log::warn!("the stored questionnaire is not that of its RON: the RON is read");
                Questionnaire::from_ron(BUILTIN_RON)
            }
        };
        Q.get_or_init(|| match read() {
            Ok(q) => q,
            Err(errors) => {
                let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
                panic!("the built-in questionnaire is invalid: {}", list.join("; "))
            }
        })
    }

    /// Reads and checks a questionnaire. Returns every problem found, not just the first.
    pub fn from_ron(text: &str) -> Result<Questionnaire, Vec<QuestionnaireError>> {
        let raw: RawQuestionnaire =
            ron::from_str(text).map_err(|e| vec![QuestionnaireError::Syntax(e.to_string())])?;
        Self::check(raw)
    }

    fn check(mut raw: RawQuestionnaire) -> Result<Questionnaire, Vec<QuestionnaireError>> {
        let mut errors = Vec::new();
        check_text("other", &raw.other.label, &mut errors);
        check_text("other", &raw.other.in_text, &mut errors);
        for question in raw.sections.iter_mut().flat_map(|s| s.questions.iter_mut()) {
            question.kind.with_other(&raw.other);
        }
        if raw.sections.is_empty() {
            errors.push(QuestionnaireError::Empty);
        }
        let mut index = HashMap::new();
        let mut section_ids = HashSet::new();
        for (si, section) in raw.sections.iter().enumerate() {
            if !section_ids.insert(section.id.as_str()) {
                errors.push(QuestionnaireError::DuplicateId(section.id.clone()));
            }
            check_text(&section.id, &section.title, &mut errors);
            check_label(&section.id, section.label.as_ref(), &mut errors);
            if let Some(intro) = &section.intro {
                check_text(&section.id, intro, &mut errors);
            }
            for (qi, q) in section.questions.iter().enumerate() {
                check_question(q, &section.id, raw.version, &mut errors);
                // Conditions may only refer to questions already indexed: earlier ones.
                let mut conditions: Vec<&Condition> = q.show_if.iter().collect();
                conditions.extend(q.preselect.iter().map(|(_, c)| c));
                for c in conditions {
                    errors.extend(check_condition(&q.id, c, &index, &raw.sections));
                }
                if index.insert(q.id.clone(), (si, qi)).is_some() {
                    errors.push(QuestionnaireError::DuplicateId(q.id.to_string()));
                }
            }
        }
        for r in &raw.removed {
            if index.contains_key(&r.id) {
                errors.push(QuestionnaireError::RemovedStillPresent(r.id.to_string()));
            }
            if r.version > raw.version {
                errors.push(QuestionnaireError::FutureVersion(r.id.to_string()));
            }
        }
        if errors.is_empty() {
            Ok(Questionnaire {
                version: raw.version,
                sections: raw.sections,
                removed: raw.removed,
                index,
            })
        } else {
            Err(errors)
        }
    }

    pub fn version(&self) -> u32 {
        self.version
    }

    /// Questions taken out in later versions.
    pub fn removed(&self) -> &[Removed] {
        &self.removed
    }

    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    pub fn section(&self, index: usize) -> Option<&Section> {
        self.sections.get(index)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        let (s, q) = self.index.get(id)?;
        self.sections.get(*s)?.questions.get(*q)
    }

    /// The index of the section that holds a question.
    pub fn section_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).map(|(s, _)| *s)
    }

    /// All questions in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    /// Checks a condition written elsewhere (for instance in the needs rules) against this
    /// questionnaire: every question and choice it names must exist and fit its kind.
    pub fn check_condition(&self, owner: &str, condition: &Condition) -> Vec<QuestionnaireError> {
        check_condition(owner, condition, &self.index, &self.sections)
    }
}

/// A text must exist in every language a user can choose.
fn check_text(owner: &str, t: &Text, errors: &mut Vec<QuestionnaireError>) {
    for lang in t.missing() {
        errors.push(QuestionnaireError::MissingTranslation(
            owner.into(),
            lang.code(),
        ));
    }
}

/// A question or section needs its short label for documents, in both languages.
fn check_label(owner: &str, label: Option<&Text>, errors: &mut Vec<QuestionnaireError>) {
    match label {
        Some(label) => check_text(owner, label, errors),
        None => errors.push(QuestionnaireError::MissingLabel(owner.to_owned())),
    }
}

/// One question on its own: id, texts, version, answer kind and preselected choices.
fn check_question(q: &Question, section: &str, version: u32, errors: &mut Vec<QuestionnaireError>) {
    if !q.id.starts_with(&format!("{section}.")) {
        errors.push(QuestionnaireError::BadPrefix(q.id.to_string()));
    }
    check_text(&q.id, &q.text, errors);
    check_label(&q.id, q.label.as_ref(), errors);
    if q.since > version || q.since == 0 {
        errors.push(QuestionnaireError::FutureVersion(q.id.to_string()));
    }
    if let Some(help) = &q.help {
        check_text(&q.id, help, errors);
    }
    check_kind(q, errors);
    for (choice, _) in &q.preselect {
        if !q.kind.has_choice(choice) {
            errors.push(QuestionnaireError::UnknownChoice(
                q.id.to_string(),
                q.id.to_string(),
                choice.to_string(),
            ));
        }
    }
}

/// The answer kind: choices present, unique and translated; ranges not empty.
fn check_kind(q: &Question, errors: &mut Vec<QuestionnaireError>) {
    match &q.kind {
        Kind::SingleChoice {
            choices,
            other_text,
            ..
        }
        | Kind::MultiChoice {
            choices,
            other_text,
            ..
        } => {
            if choices.is_empty() {
                errors.push(QuestionnaireError::NoChoices(q.id.to_string()));
            }
            let mut seen = HashSet::new();
            for c in choices {
                let owner = format!("{}/{}", q.id, c.id);
                if c.id == OTHER {
                    errors.push(QuestionnaireError::ReservedChoice(
                        q.id.to_string(),
                        c.id.to_string(),
                    ));
                }
                if !seen.insert(c.id.as_str()) {
                    errors.push(QuestionnaireError::DuplicateId(owner.clone()));
                }
                check_text(&owner, &c.text, errors);
                if let Some(h) = &c.help {
                    check_text(&owner, h, errors);
                }
            }
            if let Some(t) = other_text {
                check_text(&q.id, t, errors);
            }
        }
        Kind::Scale { min, max, labels } => {
            if min > max {
                errors.push(QuestionnaireError::EmptyRange(q.id.to_string()));
            }
            for (v, t) in labels {
                if v < min || v > max {
                    errors.push(QuestionnaireError::LabelOutOfRange(q.id.to_string()));
                }
                check_text(&q.id, t, errors);
            }
        }
        Kind::Number { min, max } => {
            if min > max {
                errors.push(QuestionnaireError::EmptyRange(q.id.to_string()));
            }
        }
        Kind::Text | Kind::LongText => {}
    }
}

fn check_condition(
    owner: &str,
    condition: &Condition,
    index: &HashMap<QuestionId, (usize, usize)>,
    sections: &[Section],
) -> Vec<QuestionnaireError> {
    let mut errors = Vec::new();
    let lookup = |id: &str| {
        let (s, q) = index.get(id)?;
        sections.get(*s)?.questions.get(*q)
    };
    check_condition_node(owner, condition, &lookup, &mut errors);
    errors
}

fn check_condition_node<'a>(
    owner: &str,
    condition: &Condition,
    lookup: &dyn Fn(&str) -> Option<&'a Question>,
    errors: &mut Vec<QuestionnaireError>,
) {
    let unknown = |q: &str| QuestionnaireError::UnknownQuestion(owner.into(), q.into());
    let wrong_kind = |q: &str| QuestionnaireError::ConditionKind(owner.into(), q.into());
    match condition {
        Condition::Answered(q) => {
            if lookup(q).is_none() {
                errors.push(unknown(q));
            }
        }
        Condition::Equals(q, c) | Condition::Includes(q, c) => match lookup(q) {
            None => errors.push(unknown(q)),
            Some(question) => {
                let fits = match condition {
                    Condition::Equals(..) => {
                        matches!(question.kind, Kind::SingleChoice { .. })
                    }
                    _ => matches!(question.kind, Kind::MultiChoice { .. }),
                };
                if !fits {
                    errors.push(wrong_kind(q));
                } else if !question.kind.has_choice(c) {
                    errors.push(QuestionnaireError::UnknownChoice(
                        owner.into(),
                        q.to_string(),
                        c.to_string(),
                    ));
                }
            }
        },
        Condition::AtLeast(q, _) | Condition::AtMost(q, _) => match lookup(q) {
            None => errors.push(unknown(q)),
            Some(question) => {
                if question.kind.range().is_none() {
                    errors.push(wrong_kind(q));
                }
            }
        },
        Condition::Not(c) => check_condition_node(owner, c, lookup, errors),
        Condition::All(cs) | Condition::Any(cs) => {
            for c in cs {
                check_condition_node(owner, c, lookup, errors);
            }
        }
    }
}

/// The built-in questionnaire's RON as read, before its check (for `model/stored.rs`).
#[cfg(test)]
pub(crate) mod tests_support {
    pub(crate) type Raw = super::RawQuestionnaire;

    pub(crate) fn raw_builtin() -> Raw {
        ron::from_str(super::BUILTIN_RON).unwrap_or_else(|e| panic!("{e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_questionnaire_passes_its_check() {
        let q = Questionnaire::from_ron(BUILTIN_RON);
        assert!(q.is_ok(), "{:?}", q.err());
    }

    #[test]
    fn builtin_has_the_eight_sections_of_the_outline() {
        let q = Questionnaire::builtin();
        let ids: Vec<&str> = q.sections().iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "organisatie",
                "signalen",
                "samenwerking",
                "huwelijksdwang",
                "lhbt",
                "empowerment",
                "training",
                "overleg"
            ]
        );
    }

    #[test]
    fn builtin_keeps_the_three_questions_of_the_announcement() {
        let q = Questionnaire::builtin();
        let Some(question) = q.question("overleg.vragen") else {
            panic!("overleg.vragen is missing");
        };
        let texts: Vec<&str> = question
            .kind
            .choices()
            .iter()
            .map(|c| c.text.get(Lang::Nl))
            .collect();
        for asked in [
            "Hoe maak ik beleid tegen huwelijksdwang?",
            "Hoe maak ik LHBT bespreekbaar in gemeenschappen waarin dit taboe is?",
            "Hoe kan ik vrouwen met een vluchtelingenachtergrond ondersteunen in hun empowerment?",
        ] {
            assert!(texts.contains(&asked), "missing: {asked}");
        }
    }

    /// A minimal questionnaire with one section; `questions` is spliced in as RON.
    fn with_questions(questions: &str) -> Result<Questionnaire, Vec<QuestionnaireError>> {
        Questionnaire::from_ron(&format!(
            r#"(version: 1, other: (label: (nl: "Anders", en: "Other"), in_text: (nl: "Iets anders", en: "Something else")), sections: [(id: "s", title: (nl: "S", en: "S"), label: Some((nl: "S", en: "S")), questions: [{questions}])])"#
        ))
    }

    fn check_err(questions: &str, expected: &QuestionnaireError) {
        match with_questions(questions) {
            Ok(_) => panic!("accepted, expected {expected:?}: {questions}"),
            Err(errors) => assert!(
                errors.contains(expected),
                "expected {expected:?}, got {errors:?}"
            ),
        }
    }

    const A: &str = r#"(id: "s.a", text: (nl: "A", en: "A"), label: Some((nl: "A", en: "A")), kind: SingleChoice(choices: [(id: "x", text: (nl: "X", en: "X"))]))"#;

    #[test]
    fn rejects_what_a_questionnaire_must_not_hold() {
        use QuestionnaireError as E;
        let cases: Vec<(String, E)> = vec![
            (format!("{A}, {A}"), E::DuplicateId("s.a".into())),
            (
                r#"(id: "t.a", text: (nl: "A", en: "A"), kind: Text)"#.into(),
                E::BadPrefix("t.a".into()),
            ),
            (
                r#"(id: "s.a", text: (nl: "A", en: ""), kind: Text)"#.into(),
                E::MissingTranslation("s.a".into(), "en"),
            ),
            (
                r#"(id: "s.a", text: (nl: "A", en: "A"), kind: MultiChoice(choices: []))"#.into(),
                E::NoChoices("s.a".into()),
            ),
            (
                r#"(id: "s.a", text: (nl: "A", en: "A"), kind: Number(min: 5, max: 1))"#.into(),
                E::EmptyRange("s.a".into()),
            ),
            (
                format!(
                    r#"{A}, (id: "s.b", text: (nl: "B", en: "B"), kind: Text, show_if: Some(Equals("s.a", "y")))"#
                ),
                E::UnknownChoice("s.b".into(), "s.a".into(), "y".into()),
            ),
            (
                r#"(id: "s.b", text: (nl: "B", en: "B"), kind: Text, show_if: Some(Answered("s.zz")))"#
                    .into(),
                E::UnknownQuestion("s.b".into(), "s.zz".into()),
            ),
            // A condition on a later question could make a cycle: refused.
            (
                format!(
                    r#"(id: "s.b", text: (nl: "B", en: "B"), kind: Text, show_if: Some(Answered("s.a"))), {A}"#
                ),
                E::UnknownQuestion("s.b".into(), "s.a".into()),
            ),
            (
                format!(
                    r#"{A}, (id: "s.b", text: (nl: "B", en: "B"), kind: Text, show_if: Some(AtLeast("s.a", 1)))"#
                ),
                E::ConditionKind("s.b".into(), "s.a".into()),
            ),
            (
                r#"(id: "s.a", text: (nl: "A", en: "A"), kind: SingleChoice(choices: [(id: "anders", text: (nl: "X", en: "X"))]))"#.into(),
                E::ReservedChoice("s.a".into(), "anders".into()),
            ),
        ];
        for (questions, expected) in cases {
            check_err(&questions, &expected);
        }
    }

    #[test]
    fn none_of_the_signals_excludes_the_others() {
        let q = Questionnaire::builtin();
        let Some(signals) = q.question("signalen.themas") else {
            panic!("signalen.themas is missing");
        };
        let kind = &signals.kind;
        let mut ids: Vec<ChoiceId> = vec!["huiselijk_geweld".into(), "lhbt".into()];
        kind.tick(&mut ids, "geen", true);
        assert_eq!(ids, ["geen"]);
        kind.tick(&mut ids, "achterlating", true);
        assert_eq!(ids, ["achterlating"]);
        kind.tick(&mut ids, "lhbt", true);
        // In the questionnaire's order, not the clicks'.
        assert_eq!(ids, ["achterlating", "lhbt"]);
        kind.tick(&mut ids, "achterlating", false);
        assert_eq!(ids, ["lhbt"]);
        // A file that holds both: the real signals count.
        let both: Vec<ChoiceId> = vec!["geen".into(), "huwelijksdwang".into()];
        assert_eq!(kind.effective_choices(&both), ["huwelijksdwang"]);
        assert_eq!(kind.effective_choices(&["geen".into()]), ["geen"]);
    }

    #[test]
    fn a_question_without_a_document_label_is_refused() {
        check_err(
            r#"(id: "s.a", text: (nl: "A", en: "A"), kind: Text)"#,
            &QuestionnaireError::MissingLabel("s.a".into()),
        );
        check_err(
            r#"(id: "s.a", text: (nl: "A", en: "A"), label: Some((nl: "A", en: "")), kind: Text)"#,
            &QuestionnaireError::MissingTranslation("s.a".into(), "en"),
        );
        assert!(with_questions(A).is_ok());
    }

    #[test]
    fn every_shipped_label_is_neutral() {
        // The brief speaks for the organisation: its labels never address the officer.
        for question in Questionnaire::builtin().questions() {
            let label = question.label(Lang::Nl).to_lowercase();
            for word in label.split(|c: char| !c.is_alphanumeric()) {
                assert!(
                    !["je", "jij", "jouw", "jullie", "u", "uw"].contains(&word),
                    "{}: {label}",
                    question.id
                );
            }
            assert!(!question.label(Lang::Nl).ends_with('?'), "{}", question.id);
            let en = question.label(Lang::En).to_lowercase();
            assert!(
                !en.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == "you" || w == "your"),
                "{}: {en}",
                question.id
            );
        }
    }

    /// A screen reader names a question by its text alone: two questions with the same words
    /// (three sections once asked "Hoe belangrijk is dit thema nu voor je?") cannot be told
    /// apart when the focus lands on them.
    #[test]
    fn every_question_has_words_of_its_own() {
        let q = Questionnaire::builtin();
        for lang in [Lang::Nl, Lang::En] {
            let mut seen = std::collections::HashSet::new();
            for question in q.questions() {
                let text = question.text.get(lang);
                assert!(seen.insert(text), "asked twice: {text}");
            }
        }
    }

    #[test]
    fn syntax_errors_are_reported_with_position() {
        let Err(errors) = Questionnaire::from_ron("(version: 1, sections: [") else {
            panic!("accepted a truncated file");
        };
        assert!(matches!(&errors[0], QuestionnaireError::Syntax(m) if m.contains(':')));
    }
}
