//! The needs rules: their schema as read from `assets/needs.ron`, and the check that every
//! question, choice, training and text they name exists (at start and in the tests).

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::model::questionnaire::{Condition, Kind, Questionnaire, Text};

/// The rules shipped with the app, embedded in the binary.
pub const BUILTIN_RON: &str = include_str!("../../../assets/needs.ron");

/// The question with the communities in the area, which partners are tied to.
pub const COMMUNITIES: &str = crate::model::ids::COMMUNITIES;
/// The question with the signals seen in the past year.
pub const SIGNALS: &str = crate::model::ids::SIGNALS;
/// The question with the meeting's length in minutes.
pub const MEETING_MINUTES: &str = crate::model::ids::MEETING_MINUTES;
/// The question with the organisation type, which decides the e-mail's wording.
pub const ORGANISATION_TYPE: &str = crate::model::ids::ORGANISATION_TYPE;

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ThemeDef {
    pub id: String,
    /// The theme inside a sentence: "huwelijksdwang", "LHBT".
    pub short: Text,
    pub title: Text,
    /// The announcement's question on this theme; `None` for a theme the announcement does not
    /// ask about (domestic and honour-based violence), which then says `about` instead.
    #[serde(default)]
    pub announcement_question: Option<Text>,
    /// For a theme without an announcement question: what the announcement does say about it
    /// (neutral words).
    #[serde(default)]
    pub about: Option<Text>,
    /// The scale question with the theme's priority (0–3); the value is [`super::ThemeNeed::priority`].
    pub priority_question: String,
    /// The officer's own question to the alliance on this theme, if the questionnaire asks one.
    #[serde(default)]
    pub question: Option<String>,
    /// Answers that belong with the theme in the brief's questions ("Kennis van de meldcode").
    #[serde(default)]
    pub context: Vec<String>,
    /// Choices of `signalen.themas` that support this theme.
    pub signals: Vec<String>,
    /// The choice of the training question specific to this theme, if the announcement has one.
    #[serde(default)]
    pub training: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct TrainingRule {
    pub id: String,
    pub when: Condition,
    /// A choice of the training question, or `None`: no proposal.
    pub training: Option<String>,
    /// Tailored to every theme with its own training whose priority is at least this.
    #[serde(default)]
    pub focus_min: Option<i64>,
    /// The grounds, in neutral words.
    pub text: Text,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct TrainingNote {
    pub when: Condition,
    pub text: Text,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Partner {
    pub id: String,
    /// The name as the organisation writes it ("IOT").
    pub name: String,
    /// What the name stands for, in Dutch ("Inspraakorgaan Turken").
    #[serde(default)]
    pub full_name: Option<String>,
    /// An English gloss of the name, given once in English texts.
    #[serde(default)]
    pub gloss: Option<String>,
    /// Its place in the alliance ("Lid van de alliantie").
    pub role: Text,
    /// Whom it serves, inside a sentence ("voor Turkse Nederlanders"): said with its name
    /// wherever the core of the brief proposes to get to know it.
    #[serde(default)]
    pub serves: Option<Text>,
    pub description: Text,
    /// Public pages, the organisation's own first.
    pub sources: Vec<String>,
    /// Choices of `signalen.gemeenschappen` the partner is tied to; empty for none.
    #[serde(default)]
    pub communities: Vec<String>,
    /// The theme or signal that brings the partner in; always suggested when `None`.
    #[serde(default)]
    pub when: Option<Condition>,
    /// Why, for a partner that is always suggested.
    #[serde(default)]
    pub always: Option<Text>,
}

/// A combination of answers that does not add up, with the question it puts to the meeting
/// (neutral words: the brief reads it).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ConsistencyRule {
    pub id: String,
    pub when: Condition,
    pub text: Text,
}

/// When the answers are mostly "weet ik niet": no course is proposed, but first getting the
/// picture clear with the alliance, with the questions to bring.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Unclear {
    /// At least this many answers that say "not known" ("Weet ik niet", "Geen, of niet
    /// bekend", a typed "weet ik niet").
    pub at_least: usize,
    /// Choices that say "not known", by id.
    pub unknown_choices: Vec<String>,
    /// Typed texts that say "not known", in lower case without punctuation.
    pub unknown_texts: Vec<String>,
    /// The grounds, in neutral words; "Neem mee:" and the questions follow.
    pub text: Text,
    pub bring: Text,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct CooperationRule {
    pub id: String,
    pub when: Condition,
    pub text: Text,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum AgendaEntry {
    Item {
        id: String,
        title: Text,
        weight: u32,
        lines: Vec<String>,
        /// More weight while a condition holds: the training gets more time when the
        /// organisation asks for advice on it.
        #[serde(default)]
        more: Option<(Condition, u32)>,
    },
    /// One item per theme at 1 or above, in priority order, weighing `weight` + priority.
    Themes { weight: u32 },
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct EmailTemplate {
    pub default_to: String,
    pub to_note: Text,
    pub greeting_default: Text,
    pub greeting_other: Text,
    pub subject: Text,
    /// `{@where}` by organisation type.
    pub places: Vec<(String, Text)>,
    pub place_default: Text,
    pub body: Text,
}

#[derive(Debug, Deserialize, Serialize)]
pub(crate) struct RawRules {
    pub(super) version: u32,
    pub(super) themes: Vec<ThemeDef>,
    pub(super) training_question: String,
    pub(super) training_advice_choice: String,
    pub(super) training_rules: Vec<TrainingRule>,
    pub(super) training_notes: Vec<TrainingNote>,
    pub(super) partners: Vec<Partner>,
    pub(super) cooperation: Vec<CooperationRule>,
    /// What does not add up, as questions for the meeting.
    #[serde(default)]
    pub(super) consistency: Vec<ConsistencyRule>,
    pub(super) unclear: Unclear,
    pub(super) default_minutes: i64,
    pub(super) agenda: Vec<AgendaEntry>,
    pub(super) email: EmailTemplate,
    pub(super) reminder: Text,
}

/// What is wrong with a rules file: where, and what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{owner}: {problem}")]
pub struct RulesError {
    pub owner: String,
    pub problem: String,
}

/// Checked rules: every question, choice and training they name exists; every partner has a
/// public source and is tied to a theme or signal, never to a community alone; every text
/// exists in both languages.
#[derive(Debug)]
pub struct NeedsRules {
    pub(super) raw: RawRules,
}

fn err(owner: &str, problem: impl Into<String>) -> RulesError {
    RulesError {
        owner: owner.to_owned(),
        problem: problem.into(),
    }
}

/// A piece of a template: text as it stands, or a `{question.id}` placeholder (its id).
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'t> {
    Text(&'t str),
    Placeholder(&'t str),
}

/// A template cut into text and `{question.id}` placeholders, in order; an unclosed `{` is
/// text. The one parser of templates: the checker and the wording both read through it.
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        if start > 0 {
            out.push(Piece::Text(&rest[..start]));
        }
        out.push(Piece::Placeholder(&rest[start + 1..start + len]));
        rest = &rest[start + len + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// The `{question.id}` placeholders of a template.
pub(super) fn placeholders(template: &str) -> Vec<&str> {
    pieces(template)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Placeholder(id) => Some(id),
            Piece::Text(_) => None,
        })
        .collect()
}

/// The placeholder for the place the training is for.
pub const WHERE: &str = "@where";

/// Sources the app never shows: a document-scraping site and an encyclopaedia anyone edits.
const REFUSED_SOURCES: [&str; 2] = ["5dok.", "wikipedia.org"];

impl NeedsRules {
    /// The training note at `index` (a `TrainingNeed::notes` entry).
    pub fn training_note(&self, index: usize) -> Option<&TrainingNote> {
        self.raw.training_notes.get(index)
    }

    /// The cooperation rule `id`.
    pub fn cooperation_rule(&self, id: &str) -> Option<&CooperationRule> {
        self.raw.cooperation.iter().find(|r| r.id == id)
    }

    /// The agenda's entries, in order.
    pub fn agenda_entries(&self) -> &[AgendaEntry] {
        &self.raw.agenda
    }

    /// The rules embedded in the app. Checked by a test, so this cannot fail in a release.
    ///
    /// # Panics
    ///
    /// When the shipped rules are invalid, which their test rules out.
    pub fn builtin() -> &'static NeedsRules {
        static RULES: OnceLock<NeedsRules> = OnceLock::new();
        RULES.get_or_init(
            || match NeedsRules::read_builtin(Questionnaire::builtin()) {
                Ok(r) => r,
                Err(errors) => {
                    let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
                    panic!("the built-in needs rules are invalid: {}", list.join("; "))
                }
            },
        )
    }

    /// The built-in rules: their stored form (`model/stored.rs`), or their RON when that
    /// differs.
    fn read_builtin(q: &Questionnaire) -> Result<NeedsRules, Vec<RulesError>> {
        if let Some(raw) = crate::model::stored::read(crate::model::stored::NEEDS, BUILTIN_RON) {
            Self::check(raw, q)
        } else {
            log::warn!("the stored needs rules are not those of their RON: the RON is read");
            NeedsRules::from_ron(BUILTIN_RON, q)
        }
    }

    pub fn from_ron(text: &str, q: &Questionnaire) -> Result<NeedsRules, Vec<RulesError>> {
        let raw: RawRules =
            ron::from_str(text).map_err(|e| vec![err("needs.ron", e.to_string())])?;
        Self::check(raw, q)
    }

    fn check(raw: RawRules, q: &Questionnaire) -> Result<NeedsRules, Vec<RulesError>> {
        let mut c = Checker {
            q,
            errors: Vec::new(),
        };
        c.themes(&raw);
        c.training(&raw);
        c.partners(&raw.partners);
        for rule in &raw.cooperation {
            let owner = format!("cooperation rule {}", rule.id);
            c.condition(&owner, &rule.when);
            c.text(&owner, &rule.text);
        }
        let mut ids = HashSet::new();
        for rule in &raw.consistency {
            let owner = format!("consistency rule {}", rule.id);
            if !ids.insert(rule.id.as_str()) {
                c.errors.push(err(&owner, "the id is used twice"));
            }
            c.condition(&owner, &rule.when);
            c.text(&owner, &rule.text);
        }
        c.text("unclear", &raw.unclear.text);
        c.text("unclear", &raw.unclear.bring);
        c.agenda(&raw);
        c.email(&raw.email);
        c.text("reminder", &raw.reminder);
        if c.errors.is_empty() {
            Ok(NeedsRules { raw })
        } else {
            Err(c.errors)
        }
    }

    pub fn version(&self) -> u32 {
        self.raw.version
    }

    pub fn themes(&self) -> &[ThemeDef] {
        &self.raw.themes
    }

    pub fn theme(&self, id: &str) -> Option<&ThemeDef> {
        self.raw.themes.iter().find(|t| t.id == id)
    }

    pub fn consistency(&self) -> &[ConsistencyRule] {
        &self.raw.consistency
    }

    pub fn unclear(&self) -> &Unclear {
        &self.raw.unclear
    }

    pub fn partners(&self) -> &[Partner] {
        &self.raw.partners
    }

    pub fn partner(&self, id: &str) -> Option<&Partner> {
        self.raw.partners.iter().find(|p| p.id == id)
    }

    pub fn training_rule(&self, id: &str) -> Option<&TrainingRule> {
        self.raw.training_rules.iter().find(|r| r.id == id)
    }

    /// The choice of the training question that asks for advice instead of a training.
    pub fn training_advice_choice(&self) -> &str {
        &self.raw.training_advice_choice
    }

    pub fn training_question(&self) -> &str {
        &self.raw.training_question
    }

    pub fn email(&self) -> &EmailTemplate {
        &self.raw.email
    }

    pub fn reminder(&self) -> &Text {
        &self.raw.reminder
    }

    pub fn default_minutes(&self) -> i64 {
        self.raw.default_minutes
    }

    /// Every question id the rules read, for a test that they all exist and for the review.
    pub fn questions_read(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        let mut add = |id: &str| {
            if !ids.iter().any(|x| x == id) {
                ids.push(id.to_owned());
            }
        };
        for t in &self.raw.themes {
            add(&t.priority_question);
            if let Some(q) = &t.question {
                add(q);
            }
            for c in &t.context {
                add(c);
            }
        }
        for c in self.conditions() {
            for (id, _) in c.references() {
                add(id);
            }
        }
        ids
    }

    fn conditions(&self) -> impl Iterator<Item = &Condition> {
        let r = &self.raw;
        r.training_rules
            .iter()
            .map(|x| &x.when)
            .chain(r.training_notes.iter().map(|x| &x.when))
            .chain(r.partners.iter().filter_map(|x| x.when.as_ref()))
            .chain(r.cooperation.iter().map(|x| &x.when))
            .chain(r.consistency.iter().map(|x| &x.when))
            .chain(r.agenda.iter().filter_map(|e| match e {
                AgendaEntry::Item {
                    more: Some((when, _)),
                    ..
                } => Some(when),
                _ => None,
            }))
    }
}

/// Collects what is wrong with a rules file.
struct Checker<'q> {
    q: &'q Questionnaire,
    errors: Vec<RulesError>,
}

impl Checker<'_> {
    fn text(&mut self, owner: &str, t: &Text) {
        for lang in t.missing() {
            self.errors
                .push(err(owner, format!("a text is missing in {}", lang.code())));
        }
    }

    fn question(&mut self, owner: &str, id: &str) {
        if self.q.question(id).is_none() {
            self.errors
                .push(err(owner, format!("unknown question `{id}`")));
        }
    }

    fn choice(&mut self, owner: &str, question: &str, choice: &str) {
        if !self
            .q
            .question(question)
            .is_some_and(|x| x.kind.has_choice(choice))
        {
            self.errors
                .push(err(owner, format!("`{question}` has no choice `{choice}`")));
        }
    }

    fn condition(&mut self, owner: &str, c: &Condition) {
        for e in self.q.check_condition(owner, c) {
            self.errors.push(err(owner, e.to_string()));
        }
    }

    fn themes(&mut self, raw: &RawRules) {
        for theme in &raw.themes {
            let owner = format!("theme {}", theme.id);
            self.text(&owner, &theme.title);
            self.text(&owner, &theme.short);
            match (&theme.announcement_question, &theme.about) {
                (Some(t), None) | (None, Some(t)) => self.text(&owner, t),
                _ => self.errors.push(err(
                    &owner,
                    "needs either an announcement question or `about`, not both".to_owned(),
                )),
            }
            match self.q.question(&theme.priority_question) {
                Some(question) if matches!(question.kind, Kind::Scale { .. }) => {}
                _ => self.errors.push(err(
                    &owner,
                    format!("`{}` is not a scale", theme.priority_question),
                )),
            }
            if let Some(q) = &theme.question {
                self.question(&owner, q);
            }
            for c in &theme.context {
                self.question(&owner, c);
            }
            for s in &theme.signals {
                self.choice(&owner, SIGNALS, s);
            }
            if let Some(t) = &theme.training {
                self.choice(&owner, &raw.training_question, t);
            }
        }
    }

    fn training(&mut self, raw: &RawRules) {
        self.question("training_question", &raw.training_question);
        self.choice(
            "training_advice_choice",
            &raw.training_question,
            &raw.training_advice_choice,
        );
        let mut ids = HashSet::new();
        for rule in &raw.training_rules {
            let owner = format!("training rule {}", rule.id);
            if !ids.insert(rule.id.as_str()) {
                self.errors.push(err(&owner, "duplicate id"));
            }
            self.condition(&owner, &rule.when);
            self.text(&owner, &rule.text);
            if let Some(t) = &rule.training {
                self.choice(&owner, &raw.training_question, t);
            }
        }
        for (i, note) in raw.training_notes.iter().enumerate() {
            let owner = format!("training note {}", i + 1);
            self.condition(&owner, &note.when);
            self.text(&owner, &note.text);
        }
    }

    fn partners(&mut self, partners: &[Partner]) {
        let mut ids = HashSet::new();
        for partner in partners {
            let owner = format!("partner {}", partner.id);
            if !ids.insert(partner.id.as_str()) {
                self.errors.push(err(&owner, "duplicate id"));
            }
            if partner.sources.is_empty() {
                self.errors.push(err(&owner, "no public source"));
            }
            for s in &partner.sources {
                if !s.starts_with("https://") && !s.starts_with("http://") {
                    self.errors.push(err(&owner, "no public source"));
                }
                if REFUSED_SOURCES.iter().any(|r| s.contains(r)) {
                    self.errors
                        .push(err(&owner, format!("`{s}` is not a source to show")));
                }
            }
            self.text(&owner, &partner.role);
            self.text(&owner, &partner.description);
            // Whom it serves is said wherever the brief proposes to get to know it.
            match (&partner.serves, &partner.always) {
                (Some(t), _) => self.text(&owner, t),
                (None, None) => self
                    .errors
                    .push(err(&owner, "says not whom it serves (`serves`)")),
                (None, Some(_)) => {}
            }
            for c in &partner.communities {
                self.choice(&owner, COMMUNITIES, c);
            }
            match &partner.when {
                Some(c) => self.condition(&owner, c),
                None if !partner.communities.is_empty() => self.errors.push(err(
                    &owner,
                    "tied to a community alone: give the theme or signal in `when`",
                )),
                None => {}
            }
            if let Some(t) = &partner.always {
                self.text(&owner, t);
            }
        }
    }

    fn agenda(&mut self, raw: &RawRules) {
        if raw.default_minutes <= 0 {
            self.errors
                .push(err("default_minutes", "must be more than 0"));
        }
        self.question("meeting minutes", MEETING_MINUTES);
        let mut ids = HashSet::new();
        for entry in &raw.agenda {
            if let AgendaEntry::Item {
                id,
                title,
                weight,
                lines,
                more,
            } = entry
            {
                let owner = format!("agenda {id}");
                if let Some((when, _)) = more {
                    self.condition(&owner, when);
                }
                if !ids.insert(id.as_str()) {
                    self.errors.push(err(&owner, "duplicate id"));
                }
                if *weight == 0 {
                    self.errors.push(err(&owner, "a weight of 0"));
                }
                self.text(&owner, title);
                for l in lines {
                    self.question(&owner, l);
                }
            }
        }
    }

    fn email(&mut self, e: &EmailTemplate) {
        for (name, t) in [
            ("to_note", &e.to_note),
            ("greeting_default", &e.greeting_default),
            ("greeting_other", &e.greeting_other),
            ("subject", &e.subject),
            ("place_default", &e.place_default),
            ("body", &e.body),
        ] {
            let owner = format!("email {name}");
            self.text(&owner, t);
            for text in t.all() {
                for p in placeholders(text) {
                    if p != WHERE {
                        self.question(&owner, p);
                    }
                }
            }
        }
        for (kind, t) in &e.places {
            self.choice("email places", ORGANISATION_TYPE, kind);
            self.text("email places", t);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Piece, pieces, placeholders};

    #[test]
    fn a_template_is_cut_into_text_and_placeholders() {
        assert_eq!(
            pieces("Voor {organisatie.naam} in {@where}."),
            [
                Piece::Text("Voor "),
                Piece::Placeholder("organisatie.naam"),
                Piece::Text(" in "),
                Piece::Placeholder("@where"),
                Piece::Text("."),
            ]
        );
        // An unclosed brace is text, as written.
        assert_eq!(pieces("a {b"), [Piece::Text("a {b")]);
        assert_eq!(placeholders("{x}{y} z"), ["x", "y"]);
    }
}

/// The built-in rules' RON as read, before their check (for `model/stored.rs`).
#[cfg(test)]
pub(crate) mod tests_support {
    pub(crate) fn raw_builtin() -> super::RawRules {
        ron::from_str(super::BUILTIN_RON).unwrap_or_else(|e| panic!("{e}"))
    }
}
