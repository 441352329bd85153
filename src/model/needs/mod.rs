//! The derived needs profile: theme priorities, the training proposal, partners, cooperation,
//! the agenda with its minutes, each with the answers it rests on.
//!
//! [`derive`] is a pure function of the questionnaire, the rules in `assets/needs.ron` and the
//! profile, and holds only decisions (ids and values), never text: [`Words`] ([`words`]) words
//! them in one language at the edge, so the Dutch and the English brief rest on the same
//! decisions. The needs are never stored in the profile.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Deserialize;

use super::answers::Answers;
use super::flow::holds;
use super::profile::Profile;
use super::questionnaire::{Condition, Kind, Questionnaire, Text};

pub mod words;

pub use words::{Email, Words, to_text};

/// The rules shipped with the app, embedded in the binary.
pub const BUILTIN_RON: &str = include_str!("../../../assets/needs.ron");

/// The question with the communities in the area, which partners are tied to.
pub const COMMUNITIES: &str = super::ids::COMMUNITIES;
/// The question with the signals seen in the past year.
pub const SIGNALS: &str = super::ids::SIGNALS;
/// The question with the meeting's length in minutes.
pub const MEETING_MINUTES: &str = super::ids::MEETING_MINUTES;
/// The question with the organisation type, which decides the e-mail's wording.
pub const ORGANISATION_TYPE: &str = super::ids::ORGANISATION_TYPE;

#[derive(Clone, Debug, Deserialize)]
pub struct ThemeDef {
    pub id: String,
    /// The theme inside a sentence: "huwelijksdwang", "LHBT".
    pub short: Text,
    pub title: Text,
    pub announcement_question: Text,
    /// The scale question with the theme's priority (0–3); the value is [`ThemeNeed::priority`].
    pub priority_question: String,
    /// The officer's own question to the alliance on this theme.
    pub question: String,
    /// Choices of `signalen.themas` that support this theme.
    pub signals: Vec<String>,
    /// The choice of the training question specific to this theme, if the announcement has one.
    #[serde(default)]
    pub training: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
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

#[derive(Clone, Debug, Deserialize)]
pub struct TrainingNote {
    pub when: Condition,
    pub text: Text,
}

#[derive(Clone, Debug, Deserialize)]
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

#[derive(Clone, Debug, Deserialize)]
pub struct CooperationRule {
    pub id: String,
    pub when: Condition,
    pub text: Text,
}

#[derive(Clone, Debug, Deserialize)]
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

#[derive(Clone, Debug, Deserialize)]
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

#[derive(Debug, Deserialize)]
struct RawRules {
    version: u32,
    themes: Vec<ThemeDef>,
    training_question: String,
    training_advice_choice: String,
    training_rules: Vec<TrainingRule>,
    training_notes: Vec<TrainingNote>,
    partners: Vec<Partner>,
    cooperation: Vec<CooperationRule>,
    default_minutes: i64,
    agenda: Vec<AgendaEntry>,
    email: EmailTemplate,
    reminder: Text,
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
    raw: RawRules,
}

fn err(owner: &str, problem: impl Into<String>) -> RulesError {
    RulesError {
        owner: owner.to_owned(),
        problem: problem.into(),
    }
}

/// The `{question.id}` placeholders of a template.
fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    out
}

/// The placeholder for the place the training is for.
const WHERE: &str = "@where";

/// Sources the app never shows: a document-scraping site and an encyclopaedia anyone edits.
const REFUSED_SOURCES: [&str; 2] = ["5dok.", "wikipedia.org"];

impl NeedsRules {
    /// The rules embedded in the app. Checked by a test, so this cannot fail in a release.
    ///
    /// # Panics
    ///
    /// When the shipped rules are invalid, which their test rules out.
    pub fn builtin() -> &'static NeedsRules {
        static RULES: OnceLock<NeedsRules> = OnceLock::new();
        RULES.get_or_init(
            || match NeedsRules::from_ron(BUILTIN_RON, Questionnaire::builtin()) {
                Ok(r) => r,
                Err(errors) => {
                    let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
                    panic!("the built-in needs rules are invalid: {}", list.join("; "))
                }
            },
        )
    }

    pub fn from_ron(text: &str, q: &Questionnaire) -> Result<NeedsRules, Vec<RulesError>> {
        let raw: RawRules =
            ron::from_str(text).map_err(|e| vec![err("needs.ron", e.to_string())])?;
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
            add(&t.question);
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
        if t.nl.trim().is_empty() || t.en.trim().is_empty() {
            self.errors
                .push(err(owner, "a text is missing in nl or en"));
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
            self.text(&owner, &theme.announcement_question);
            match self.q.question(&theme.priority_question) {
                Some(question) if matches!(question.kind, Kind::Scale { .. }) => {}
                _ => self.errors.push(err(
                    &owner,
                    format!("`{}` is not a scale", theme.priority_question),
                )),
            }
            self.question(&owner, &theme.question);
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
            for text in [&t.nl, &t.en] {
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

/// One answer a derived item rests on: the question, and the choices a rule looked at (empty
/// for the whole answer). Worded by [`Words::reason`] and [`Words::reason_phrase`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub question: String,
    pub choices: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeNeed {
    pub id: String,
    /// 0 to 3; 0 when not answered.
    pub priority: i64,
    /// Whether the priority was answered: an unanswered one is "niet ingevuld", never "0".
    pub answered: bool,
    /// The signals seen (choice ids of `signalen.themas`) that support the theme.
    pub signals: Vec<String>,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrainingNeed {
    /// The officer's own choice (a choice id), unless they asked for advice.
    pub chosen: Option<String>,
    pub asked_advice: bool,
    /// The rule that gave the proposal.
    pub rule: Option<String>,
    /// The training the answers point to (a choice id); `None`: the meeting decides.
    pub proposal: Option<String>,
    /// Theme ids the proposed training is tailored to; more than one is a tie or a pair.
    pub focus: Vec<String>,
    /// Whether the own choice and the proposal agree (true without a choice or a proposal).
    pub agrees: bool,
    /// Notes that hold (indexes into the rules' training notes).
    pub notes: Vec<usize>,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerNeed {
    pub id: String,
    pub reasons: Vec<Reason>,
    /// The organisation already knows this partner (`samenwerking.partners_bekend`): build on
    /// the contact, do not introduce it.
    pub known: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CooperationNeed {
    pub id: String,
    pub reasons: Vec<Reason>,
}

/// Something in the answers that does not add up, named as a question for the meeting rather
/// than decided by the app (issue 20, items 5 and 6).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    /// A theme's own course is chosen while that theme has priority 0.
    CourseWithoutPriority { theme: String, course: String },
    /// The participants are only volunteers or key figures; the 2021 offer was for social
    /// workers.
    VolunteersOnly,
    /// The participants are only policy officers or managers; the 2021 offer was for social
    /// workers.
    PolicyStaffOnly,
    /// More participants than one group usually holds.
    ManyParticipants(i64),
    /// Only policy officers or managers, and more than one group's worth of them: is the
    /// number right?
    ManyPolicyStaff(i64),
}

/// Above this many participants the brief asks how many groups: the app's rule of thumb for
/// "more than one group", not a figure of the alliance.
pub const ONE_GROUP_AT_MOST: i64 = 30;

/// How many groups of at most [`ONE_GROUP_AT_MOST`] the participants make (one at least).
pub fn groups_for(participants: i64) -> i64 {
    ((participants + ONE_GROUP_AT_MOST - 1) / ONE_GROUP_AT_MOST).max(1)
}

/// The checks that hold for these answers.
fn checks(
    a: &Answers,
    rules: &NeedsRules,
    themes: &[ThemeNeed],
    training: &TrainingNeed,
) -> Vec<Check> {
    let mut out = Vec::new();
    if let Some(chosen) = &training.chosen
        && let Some(def) = rules
            .themes()
            .iter()
            .find(|d| d.training.as_deref() == Some(chosen.as_str()))
        && themes
            .iter()
            .any(|t| t.id == def.id && t.answered && t.priority == 0)
    {
        out.push(Check::CourseWithoutPriority {
            theme: def.id.clone(),
            course: chosen.clone(),
        });
    }
    let audience = a.choices(super::ids::AUDIENCE);
    let policy_only = !audience.is_empty()
        && audience
            .iter()
            .all(|c| matches!(*c, "beleid" | "leidinggevenden"));
    if audience == ["vrijwilligers"] {
        out.push(Check::VolunteersOnly);
    }
    if policy_only {
        out.push(Check::PolicyStaffOnly);
    }
    if let Some(n) = a.number(super::ids::PARTICIPANTS)
        && n > ONE_GROUP_AT_MOST
    {
        out.push(if policy_only {
            Check::ManyPolicyStaff(n)
        } else {
            Check::ManyParticipants(n)
        });
    }
    out
}

/// What one agenda item is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AgendaKind {
    /// A fixed item of the rules, by id.
    Item(String),
    /// One of the three themes, by id.
    Theme(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    pub kind: AgendaKind,
    pub minutes: i64,
}

/// The derived needs profile: decisions only, in no language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Needs {
    /// The three themes, highest priority first; equal priorities keep the announcement's order
    /// and are named as ties ([`Needs::top_themes`]).
    pub themes: Vec<ThemeNeed>,
    /// How well help reaches residents (1–5), if answered.
    pub reach: Option<i64>,
    /// Signals seen (choice ids), without an exclusive "none" next to real ones.
    pub signals: Vec<String>,
    /// Communities in the area (choice ids, "anders" included).
    pub communities: Vec<String>,
    pub training: TrainingNeed,
    pub partners: Vec<PartnerNeed>,
    /// Communities for which no suggested partner came up.
    pub unmatched_communities: Vec<String>,
    pub cooperation: Option<CooperationNeed>,
    /// What does not add up, as questions for the meeting.
    pub checks: Vec<Check>,
    pub agenda: Vec<AgendaItem>,
    /// The meeting's length: the officer's answer, or the default.
    pub minutes: i64,
}

impl Needs {
    /// The themes that share the highest priority, if it is 1 or above: one, or a tie.
    pub fn top_themes(&self) -> Vec<&ThemeNeed> {
        let Some(max) = self.themes.iter().map(|t| t.priority).max() else {
            return Vec::new();
        };
        if max < 1 {
            return Vec::new();
        }
        self.themes.iter().filter(|t| t.priority == max).collect()
    }

    pub fn partner_ids(&self) -> Vec<&str> {
        self.partners.iter().map(|p| p.id.as_str()).collect()
    }
}

/// Shares `total` minutes out by weight: in steps of five when the total allows it, each item
/// at least one step, the rest by largest remainder, so the minutes always add up to `total`.
pub fn share_minutes(total: i64, weights: &[u32]) -> Vec<i64> {
    if weights.is_empty() || total <= 0 {
        return vec![0; weights.len()];
    }
    let n = weights.len() as i64;
    let step = if total % 5 == 0 && total / 5 >= n {
        5
    } else {
        1
    };
    let units = total / step;
    if units < n {
        // Fewer minutes than items: one minute each while they last.
        return (0..n).map(|i| i64::from(i < total)).collect();
    }
    // Each item its proportional share, at least one step; the rest by largest remainder, and
    // any excess (from the minimum) taken from the items with the smallest remainder.
    let sum: u64 = weights.iter().map(|w| u64::from((*w).max(1))).sum();
    let units_u = units as u64;
    // (steps, what is left of the exact share: negative where the minimum gave more)
    let mut shares: Vec<(i64, i64)> = weights
        .iter()
        .map(|w| {
            let exact = (units_u * u64::from((*w).max(1))) as i64;
            let steps = (exact / sum as i64).max(1);
            (steps, exact - steps * sum as i64)
        })
        .collect();
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by(|a, b| shares[*b].1.cmp(&shares[*a].1).then(a.cmp(b)));
    let mut given: i64 = shares.iter().map(|s| s.0).sum();
    // The floors lose less than one step each: one pass makes up the difference.
    for &i in &order {
        if given >= units {
            break;
        }
        shares[i].0 += 1;
        given += 1;
    }
    // The minimum of one step may have given too much: take it back from the smallest
    // remainders. There are at least as many steps as items, so one with more than one exists.
    while given > units {
        let Some(&i) = order.iter().rev().find(|&&i| shares[i].0 > 1) else {
            break;
        };
        shares[i].0 -= 1;
        given -= 1;
    }
    shares.iter().map(|s| s.0 * step).collect()
}

/// The answers that make a condition hold, as reasons: for `Any`, only the branches that hold;
/// under `Not`, every answer the inner condition reads.
fn supporting(a: &Answers, condition: &Condition, out: &mut Vec<Reason>) {
    let mut push = |id: &str, choice: Option<&str>| {
        if a.get(id).is_none() {
            return;
        }
        let index = if let Some(i) = out.iter().position(|r| r.question == id) {
            i
        } else {
            out.push(Reason {
                question: id.to_owned(),
                choices: Vec::new(),
            });
            out.len() - 1
        };
        if let Some(c) = choice
            && !out[index].choices.iter().any(|x| x == c)
        {
            out[index].choices.push(c.to_owned());
        }
    };
    match condition {
        Condition::Not(inner) => {
            for (id, _) in inner.references() {
                push(id, None);
            }
        }
        Condition::All(cs) | Condition::Any(cs) => {
            for c in cs {
                if holds(c, a.q, a.p) {
                    supporting(a, c, out);
                }
            }
        }
        Condition::Includes(id, choice) => {
            if holds(condition, a.q, a.p) {
                push(id, Some(choice));
            }
        }
        atom => {
            if holds(atom, a.q, a.p) {
                for (id, _) in atom.references() {
                    push(id, None);
                }
            }
        }
    }
}

fn reasons_for(a: &Answers, condition: &Condition) -> Vec<Reason> {
    let mut out = Vec::new();
    supporting(a, condition, &mut out);
    out
}

fn reason(a: &Answers, id: &str, choices: Vec<String>) -> Option<Reason> {
    a.get(id).map(|_| Reason {
        question: id.to_owned(),
        choices,
    })
}

/// Derives the needs profile from the answers.
pub fn derive(q: &Questionnaire, rules: &NeedsRules, p: &Profile) -> Needs {
    let a = Answers::new(q, p);
    let raw = &rules.raw;
    let signals: Vec<String> = a
        .choices(SIGNALS)
        .into_iter()
        .filter(|s| {
            !q.question(SIGNALS)
                .is_some_and(|x| is_exclusive(&x.kind, s))
        })
        .map(str::to_owned)
        .collect();
    let themes = themes(&a, rules, &signals);
    let training = training(&a, rules, &themes);
    let communities: Vec<String> = a
        .choices(COMMUNITIES)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let (partners, unmatched_communities) = partners(&a, rules, &communities);
    let cooperation = raw
        .cooperation
        .iter()
        .find(|r| holds(&r.when, q, p))
        .map(|r| CooperationNeed {
            id: r.id.clone(),
            reasons: reasons_for(&a, &r.when),
        });
    let minutes = a.number(MEETING_MINUTES).unwrap_or(raw.default_minutes);
    let checks = checks(&a, rules, &themes, &training);
    Needs {
        checks,
        agenda: agenda(rules, &themes, minutes, |c| holds(c, q, p)),
        themes,
        reach: a.number(super::ids::REACH),
        signals,
        communities,
        training,
        partners,
        unmatched_communities,
        cooperation,
        minutes,
    }
}

/// The three themes, highest priority first (the announcement's order among equals), each with
/// the signals seen that support it.
fn themes(a: &Answers, rules: &NeedsRules, signals: &[String]) -> Vec<ThemeNeed> {
    let mut themes: Vec<ThemeNeed> = rules
        .raw
        .themes
        .iter()
        .map(|t| {
            let matched: Vec<String> = t
                .signals
                .iter()
                .filter(|s| signals.contains(s))
                .cloned()
                .collect();
            let mut reasons: Vec<Reason> = reason(a, &t.priority_question, Vec::new())
                .into_iter()
                .collect();
            if !matched.is_empty() {
                reasons.extend(reason(a, SIGNALS, matched.clone()));
            }
            ThemeNeed {
                id: t.id.clone(),
                priority: a.number(&t.priority_question).unwrap_or(0),
                answered: a.number(&t.priority_question).is_some(),
                signals: matched,
                reasons,
            }
        })
        .collect();
    themes.sort_by_key(|t| std::cmp::Reverse(t.priority));
    themes
}

/// The partners to suggest, with their reasons, and the communities no suggested partner came
/// up for.
fn partners(
    a: &Answers,
    rules: &NeedsRules,
    communities: &[String],
) -> (Vec<PartnerNeed>, Vec<String>) {
    let suggested: Vec<&Partner> = rules
        .raw
        .partners
        .iter()
        .filter(|partner| {
            let community = partner.communities.is_empty()
                || partner.communities.iter().any(|c| communities.contains(c));
            community && partner.when.as_ref().is_none_or(|w| holds(w, a.q, a.p))
        })
        .collect();
    let needs = suggested
        .iter()
        .map(|partner| {
            let mut reasons = Vec::new();
            let ticked: Vec<String> = partner
                .communities
                .iter()
                .filter(|c| communities.contains(c))
                .cloned()
                .collect();
            if !ticked.is_empty() {
                reasons.extend(reason(a, COMMUNITIES, ticked));
            }
            if let Some(w) = &partner.when {
                reasons.extend(reasons_for(a, w));
            }
            PartnerNeed {
                id: partner.id.clone(),
                reasons,
                known: a
                    .choices(super::ids::PARTNERS_KNOWN)
                    .contains(&partner.id.as_str()),
            }
        })
        .collect();
    let unmatched = communities
        .iter()
        .filter(|c| !suggested.iter().any(|p| p.communities.contains(c)))
        .cloned()
        .collect();
    (needs, unmatched)
}

/// The agenda: the rules' items, one item per theme at 1 or above, and the meeting's minutes
/// shared out by weight.
fn agenda(
    rules: &NeedsRules,
    themes: &[ThemeNeed],
    minutes: i64,
    holds: impl Fn(&Condition) -> bool,
) -> Vec<AgendaItem> {
    let mut kinds = Vec::new();
    let mut weights = Vec::new();
    for entry in &rules.raw.agenda {
        match entry {
            AgendaEntry::Item {
                id, weight, more, ..
            } => {
                kinds.push(AgendaKind::Item(id.clone()));
                let extra = match more {
                    Some((when, w)) if holds(when) => *w,
                    _ => 0,
                };
                weights.push(weight + extra);
            }
            AgendaEntry::Themes { weight } => {
                for t in themes.iter().filter(|t| t.priority >= 1) {
                    kinds.push(AgendaKind::Theme(t.id.clone()));
                    weights.push(weight + t.priority.clamp(0, 10) as u32);
                }
            }
        }
    }
    kinds
        .into_iter()
        .zip(share_minutes(minutes, &weights))
        .map(|(kind, minutes)| AgendaItem { kind, minutes })
        .collect()
}

fn is_exclusive(kind: &Kind, choice: &str) -> bool {
    kind.choices().iter().any(|c| c.id == choice && c.exclusive)
}

/// The training proposal: the first rule that holds; the own choice stands beside it.
fn training(a: &Answers, rules: &NeedsRules, themes: &[ThemeNeed]) -> TrainingNeed {
    let raw = &rules.raw;
    let answer = a.choice(&raw.training_question);
    let asked_advice = answer == Some(raw.training_advice_choice.as_str());
    let chosen = answer.filter(|_| !asked_advice).map(str::to_owned);
    let mut reasons: Vec<Reason> = reason(a, &raw.training_question, Vec::new())
        .into_iter()
        .collect();
    let Some(rule) = raw.training_rules.iter().find(|r| holds(&r.when, a.q, a.p)) else {
        return TrainingNeed {
            chosen,
            asked_advice,
            rule: None,
            proposal: None,
            focus: Vec::new(),
            agrees: true,
            notes: Vec::new(),
            reasons,
        };
    };
    let focus = match rule.focus_min {
        Some(min) => themes
            .iter()
            .filter(|t| t.priority >= min)
            .filter(|t| rules.theme(&t.id).is_some_and(|d| d.training.is_some()))
            .map(|t| t.id.clone())
            .collect(),
        None => Vec::new(),
    };
    let agrees = chosen.is_none() || rule.training.is_none() || chosen == rule.training;
    reasons.extend(reasons_for(a, &rule.when));
    let notes = raw
        .training_notes
        .iter()
        .enumerate()
        .filter(|(_, n)| holds(&n.when, a.q, a.p))
        .map(|(i, _)| i)
        .collect();
    TrainingNeed {
        chosen,
        asked_advice,
        rule: Some(rule.id.clone()),
        proposal: rule.training.clone(),
        focus,
        agrees,
        notes,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::share_minutes;

    #[test]
    fn minutes_add_up_to_the_meeting() {
        for total in [15, 30, 45, 60, 61, 90, 97, 120, 240] {
            for weights in [
                vec![1, 2, 3, 3, 2, 1],
                vec![1, 2, 5, 4, 3, 3, 2, 1],
                vec![1],
                vec![7, 1, 1, 1, 1, 1, 1, 1],
            ] {
                let shares = share_minutes(total, &weights);
                assert_eq!(shares.iter().sum::<i64>(), total, "{total} {weights:?}");
                assert!(
                    shares.iter().all(|m| *m >= 1),
                    "{total} {weights:?}: {shares:?}"
                );
                if total % 5 == 0 && total / 5 >= weights.len() as i64 {
                    assert!(shares.iter().all(|m| m % 5 == 0), "{shares:?}");
                }
            }
        }
        // A heavier item never gets less time than a lighter one.
        let s = share_minutes(60, &[1, 2, 5, 3, 2, 1]);
        assert!(s[2] >= s[3] && s[3] >= s[1] && s[1] >= s[0], "{s:?}");
        assert_eq!(share_minutes(3, &[1, 1, 1, 1, 1]), [1, 1, 1, 0, 0]);
    }
}
