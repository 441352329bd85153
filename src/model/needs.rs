//! The derived needs profile: theme priorities, training advice, partners, cooperation advice,
//! agenda and intake e-mail, each with the answers it rests on. A pure function of the
//! questionnaire, the rules in `assets/needs.ron` and the profile; never stored in the profile.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Deserialize;

use super::flow::{effective_answer, holds};
use super::profile::{Answer, Profile};
use super::questionnaire::{Condition, Kind, Questionnaire, Text};
use super::text::{answer_text, scale_point_text};
use crate::lang::Lang;

/// The rules shipped with the app, embedded in the binary.
pub const BUILTIN_RON: &str = include_str!("../../assets/needs.ron");

#[derive(Clone, Debug, Deserialize)]
pub struct ThemeDef {
    pub id: String,
    pub title: Text,
    pub announcement_question: Text,
    /// The scale question with the theme's priority (0–3).
    pub priority: String,
    /// The officer's own question to the alliance on this theme.
    pub question: String,
    /// Choices of `signalen.themas` that support this theme.
    pub signals: Vec<String>,
    /// Questions whose answers describe the current situation and needs.
    pub details: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct TrainingRule {
    pub id: String,
    pub when: Condition,
    /// A choice of the training question, or `None`: no advice yet.
    pub training: Option<String>,
    /// Tailored ("op maat") to the highest theme.
    #[serde(default)]
    pub tailored: bool,
    pub text: Text,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Partner {
    pub id: String,
    pub name: String,
    pub description: Text,
    /// The public source of the description.
    pub source: String,
    /// When to involve the partner; always when `None`.
    pub when: Option<Condition>,
    /// Why, for a partner that is always involved.
    #[serde(default)]
    pub always_text: Option<Text>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct CooperationRule {
    pub when: Condition,
    pub text: Text,
}

#[derive(Clone, Debug, Deserialize)]
pub enum AgendaEntry {
    Item {
        title: Text,
        lines: Vec<String>,
    },
    /// One item per theme at 1 or above, in priority order.
    Themes,
}

#[derive(Clone, Debug, Deserialize)]
pub struct EmailTemplate {
    pub default_to: String,
    pub to_note: Text,
    pub greeting_default: Text,
    pub greeting_other: Text,
    pub subject: Text,
    pub body: Text,
}

#[derive(Debug, Deserialize)]
struct RawRules {
    version: u32,
    themes: Vec<ThemeDef>,
    training_question: String,
    training_advice_choice: String,
    training_rules: Vec<TrainingRule>,
    partners: Vec<Partner>,
    cooperation: Vec<CooperationRule>,
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
/// source; every text exists in both languages.
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

impl NeedsRules {
    /// The rules embedded in the app. Checked by a test, so this cannot fail in a release.
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
        let mut errors = Vec::new();
        let check_text = |owner: &str, t: &Text, errors: &mut Vec<RulesError>| {
            if t.nl.trim().is_empty() || t.en.trim().is_empty() {
                errors.push(err(owner, "a text is missing in nl or en"));
            }
        };
        let check_question = |owner: &str, id: &str, errors: &mut Vec<RulesError>| {
            if q.question(id).is_none() {
                errors.push(err(owner, format!("unknown question `{id}`")));
            }
        };
        let check_condition = |owner: &str, c: &Condition, errors: &mut Vec<RulesError>| {
            for e in q.check_condition(owner, c) {
                errors.push(err(owner, e.to_string()));
            }
        };
        let signal_question = q.question("signalen.themas");
        for theme in &raw.themes {
            let owner = format!("theme {}", theme.id);
            check_text(&owner, &theme.title, &mut errors);
            check_text(&owner, &theme.announcement_question, &mut errors);
            match q.question(&theme.priority) {
                Some(question) if matches!(question.kind, Kind::Scale { .. }) => {}
                _ => errors.push(err(&owner, format!("`{}` is not a scale", theme.priority))),
            }
            check_question(&owner, &theme.question, &mut errors);
            for d in &theme.details {
                check_question(&owner, d, &mut errors);
            }
            for s in &theme.signals {
                if !signal_question.is_some_and(|sq| sq.kind.has_choice(s)) {
                    errors.push(err(&owner, format!("unknown signal `{s}`")));
                }
            }
        }
        let training = q.question(&raw.training_question);
        if training.is_none() {
            errors.push(err("training_question", "unknown question"));
        }
        let has_training = |id: &str| training.is_some_and(|t| t.kind.has_choice(id));
        if !has_training(&raw.training_advice_choice) {
            errors.push(err("training_advice_choice", "unknown choice"));
        }
        for rule in &raw.training_rules {
            let owner = format!("training rule {}", rule.id);
            check_condition(&owner, &rule.when, &mut errors);
            check_text(&owner, &rule.text, &mut errors);
            if let Some(t) = &rule.training
                && !has_training(t)
            {
                errors.push(err(&owner, format!("unknown training `{t}`")));
            }
        }
        let mut ids = HashSet::new();
        for partner in &raw.partners {
            let owner = format!("partner {}", partner.id);
            if !ids.insert(partner.id.as_str()) {
                errors.push(err(&owner, "duplicate id"));
            }
            if !partner.source.starts_with("https://") && !partner.source.starts_with("http://") {
                errors.push(err(&owner, "no public source"));
            }
            check_text(&owner, &partner.description, &mut errors);
            if let Some(c) = &partner.when {
                check_condition(&owner, c, &mut errors);
            }
            if let Some(t) = &partner.always_text {
                check_text(&owner, t, &mut errors);
            }
        }
        for (i, rule) in raw.cooperation.iter().enumerate() {
            let owner = format!("cooperation rule {}", i + 1);
            check_condition(&owner, &rule.when, &mut errors);
            check_text(&owner, &rule.text, &mut errors);
        }
        for entry in &raw.agenda {
            if let AgendaEntry::Item { title, lines } = entry {
                let owner = format!("agenda {}", title.en);
                check_text(&owner, title, &mut errors);
                for l in lines {
                    check_question(&owner, l, &mut errors);
                }
            }
        }
        let e = &raw.email;
        for (name, t) in [
            ("to_note", &e.to_note),
            ("greeting_default", &e.greeting_default),
            ("greeting_other", &e.greeting_other),
            ("subject", &e.subject),
            ("body", &e.body),
        ] {
            let owner = format!("email {name}");
            check_text(&owner, t, &mut errors);
            for text in [&t.nl, &t.en] {
                for p in placeholders(text) {
                    check_question(&owner, p, &mut errors);
                }
            }
        }
        check_text("reminder", &raw.reminder, &mut errors);
        if errors.is_empty() {
            Ok(NeedsRules { raw })
        } else {
            Err(errors)
        }
    }

    pub fn version(&self) -> u32 {
        self.raw.version
    }

    pub fn themes(&self) -> &[ThemeDef] {
        &self.raw.themes
    }

    pub fn partners(&self) -> &[Partner] {
        &self.raw.partners
    }

    pub fn email(&self) -> &EmailTemplate {
        &self.raw.email
    }
}

/// One answer a derived item rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub question: String,
    /// "Section › Question: answer", in the chosen language.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeNeed {
    pub id: String,
    pub title: String,
    pub announcement_question: String,
    /// 0 to 3; 0 when not answered.
    pub priority: i64,
    pub priority_text: String,
    /// The signals seen (2.2) that support the theme.
    pub signals: Vec<String>,
    /// "Question: answer" for the theme's details.
    pub details: Vec<String>,
    /// The officer's question to the alliance.
    pub question: Option<String>,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrainingAdvice {
    /// The officer's own choice, unless they asked for advice.
    pub chosen: Option<String>,
    /// The training the answers point to, if any.
    pub advised: Option<String>,
    /// The rule that gave the advice.
    pub rule: String,
    /// The theme a tailored training focuses on.
    pub focus: Option<String>,
    /// Whether the own choice and the advice agree (true when there is no own choice).
    pub agrees: bool,
    /// One or two sentences for the screen and the brief.
    pub summary: String,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerNeed {
    pub id: String,
    pub name: String,
    pub description: String,
    pub source: String,
    /// Why a partner that is always involved is there.
    pub always: Option<String>,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub text: String,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    pub title: String,
    pub lines: Vec<String>,
    /// An item for one of the three themes (its lines are the questions to discuss).
    pub theme: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub to_note: String,
    pub subject: String,
    pub body: String,
}

impl Email {
    /// A `mailto:` link with subject and body, encoded as RFC 6068 asks.
    pub fn mailto_url(&self) -> String {
        use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
        const SET: &AsciiSet = &NON_ALPHANUMERIC
            .remove(b'-')
            .remove(b'.')
            .remove(b'_')
            .remove(b'~');
        const ADDRESS: &AsciiSet = &SET.remove(b'@');
        let body = self.body.replace("\r\n", "\n").replace('\n', "\r\n");
        format!(
            "mailto:{}?subject={}&body={}",
            utf8_percent_encode(self.to.trim(), ADDRESS),
            utf8_percent_encode(&self.subject, SET),
            utf8_percent_encode(&body, SET)
        )
    }

    /// The whole e-mail as text to copy: address, subject and body.
    pub fn as_text(&self, lang: Lang) -> String {
        format!(
            "{} {}\n{} {}\n\n{}",
            lang.pick("Aan:", "To:"),
            self.to,
            lang.pick("Onderwerp:", "Subject:"),
            self.subject,
            self.body
        )
    }
}

/// The derived needs profile, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Needs {
    /// The three themes, highest priority first.
    pub themes: Vec<ThemeNeed>,
    /// How well help reaches residents (1–5), if answered.
    pub reach: Option<i64>,
    pub reach_text: Option<String>,
    pub training: TrainingAdvice,
    pub partners: Vec<PartnerNeed>,
    pub cooperation: Option<Advice>,
    pub agenda: Vec<AgendaItem>,
    pub email: Email,
    pub reminder: String,
}

/// The reading context: questionnaire, profile and language.
struct Ctx<'a> {
    q: &'a Questionnaire,
    p: &'a Profile,
    lang: Lang,
}

impl Ctx<'_> {
    fn answer(&self, id: &str) -> Option<&Answer> {
        let question = self.q.question(id)?;
        effective_answer(self.q, self.p, id).filter(|a| super::flow::is_answered(question, a))
    }

    fn answer_text(&self, id: &str) -> Option<String> {
        let question = self.q.question(id)?;
        self.answer(id).map(|a| answer_text(question, a, self.lang))
    }

    fn number(&self, id: &str) -> Option<i64> {
        match self.answer(id) {
            Some(Answer::Number(n)) => Some(*n),
            _ => None,
        }
    }

    fn question_text(&self, id: &str) -> String {
        self.q
            .question(id)
            .map(|x| x.text.get(self.lang).to_owned())
            .unwrap_or_default()
    }

    /// "Question: answer", if answered.
    fn line(&self, id: &str) -> Option<String> {
        self.answer_text(id)
            .map(|a| format!("{}: {a}", self.question_text(id)))
    }

    /// "Section › Question: answer". With `choices`, only those choices are named (the ones a
    /// rule looked at), not the whole answer.
    fn reason(&self, id: &str, choices: &[String]) -> Option<Reason> {
        let question = self.q.question(id)?;
        let answer = match self.answer(id)? {
            Answer::Choices { .. } if !choices.is_empty() => choices
                .iter()
                .filter_map(|c| question.kind.choice_text(c, self.lang))
                .collect::<Vec<_>>()
                .join("; "),
            a => answer_text(question, a, self.lang),
        };
        let section = self
            .q
            .section_of(id)
            .and_then(|s| self.q.section(s))
            .map(|s| s.title.get(self.lang))
            .unwrap_or("");
        Some(Reason {
            question: id.to_owned(),
            text: format!("{section} › {}: {answer}", question.text.get(self.lang)),
        })
    }

    /// The answers that make a condition hold, as (question, choices it names): for `Any`,
    /// only the branches that hold; under `Not`, every answer the inner condition reads.
    fn supporting(&self, condition: &Condition, out: &mut Vec<(String, Vec<String>)>) {
        let mut push = |id: &str, choice: Option<&str>| {
            if self.answer(id).is_none() {
                return;
            }
            let index = match out.iter().position(|(q, _)| q == id) {
                Some(i) => i,
                None => {
                    out.push((id.to_owned(), Vec::new()));
                    out.len() - 1
                }
            };
            if let Some(c) = choice
                && !out[index].1.iter().any(|x| x == c)
            {
                out[index].1.push(c.to_owned());
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
                    if holds(c, self.q, self.p) {
                        self.supporting(c, out);
                    }
                }
            }
            Condition::Includes(id, choice) => {
                if holds(condition, self.q, self.p) {
                    push(id, Some(choice));
                }
            }
            atom => {
                if holds(atom, self.q, self.p) {
                    for (id, _) in atom.references() {
                        push(id, None);
                    }
                }
            }
        }
    }

    fn reasons(&self, ids: &[(String, Vec<String>)]) -> Vec<Reason> {
        ids.iter()
            .filter_map(|(id, choices)| self.reason(id, choices))
            .collect()
    }

    fn reasons_for(&self, condition: &Condition) -> Vec<Reason> {
        let mut ids = Vec::new();
        self.supporting(condition, &mut ids);
        self.reasons(&ids)
    }

    /// Fills `{question.id}` placeholders. With `drop_lines`, a line with an unanswered
    /// placeholder is left out; otherwise the placeholder is left empty.
    fn fill(&self, template: &str, drop_lines: bool) -> String {
        let mut out = Vec::new();
        'lines: for line in template.split('\n') {
            let mut filled = String::new();
            let mut rest = line;
            while let Some(start) = rest.find('{') {
                let Some(len) = rest[start..].find('}') else {
                    break;
                };
                filled.push_str(&rest[..start]);
                let id = &rest[start + 1..start + len];
                rest = &rest[start + len + 1..];
                match self.answer_text(id) {
                    Some(value) => filled.push_str(value.trim()),
                    None if drop_lines => continue 'lines,
                    None => {}
                }
            }
            filled.push_str(rest);
            out.push(filled);
        }
        out.join("\n")
    }
}

/// Derives the needs profile. `mail_to` is the address the user chose for the intake e-mail;
/// empty for the default from the announcement.
pub fn derive(
    q: &Questionnaire,
    rules: &NeedsRules,
    p: &Profile,
    lang: Lang,
    mail_to: &str,
) -> Needs {
    let c = Ctx { q, p, lang };
    let raw = &rules.raw;

    // Themes, highest priority first (the announcement's order among equals).
    let mut themes: Vec<ThemeNeed> = raw
        .themes
        .iter()
        .map(|t| {
            let priority = c.number(&t.priority).unwrap_or(0);
            let priority_text = q
                .question(&t.priority)
                .map(|x| scale_point_text(&x.kind, priority, lang))
                .unwrap_or_default();
            let seen: Vec<String> = match c.answer("signalen.themas") {
                Some(Answer::Choices { ids, .. }) => ids.clone(),
                _ => Vec::new(),
            };
            let signal_question = q.question("signalen.themas");
            let signals: Vec<String> = t
                .signals
                .iter()
                .filter(|s| seen.contains(s))
                .filter_map(|s| signal_question.and_then(|sq| sq.kind.choice_text(s, lang)))
                .map(str::to_owned)
                .collect();
            let mut reason_ids = vec![(t.priority.clone(), Vec::new())];
            let matched: Vec<String> = t
                .signals
                .iter()
                .filter(|s| seen.contains(s))
                .cloned()
                .collect();
            if !matched.is_empty() {
                reason_ids.push(("signalen.themas".into(), matched));
            }
            ThemeNeed {
                id: t.id.clone(),
                title: t.title.get(lang).to_owned(),
                announcement_question: t.announcement_question.get(lang).to_owned(),
                priority,
                priority_text,
                signals,
                details: t.details.iter().filter_map(|d| c.line(d)).collect(),
                question: c.answer_text(&t.question),
                reasons: c.reasons(&reason_ids),
            }
        })
        .collect();
    themes.sort_by_key(|t| std::cmp::Reverse(t.priority));

    let reach = c.number("signalen.bereik");
    let reach_text = reach.and_then(|v| {
        let kind = &q.question("signalen.bereik")?.kind;
        let (min, max) = kind.range()?;
        let label = |n| kind.scale_label(n, lang).unwrap_or("").to_lowercase();
        Some(match lang {
            Lang::Nl => format!(
                "{v} van {max} ({min} = {}, {max} = {})",
                label(min),
                label(max)
            ),
            Lang::En => format!(
                "{v} of {max} ({min} = {}, {max} = {})",
                label(min),
                label(max)
            ),
        })
    });

    // Training: the own choice stands; the advice says where the answers point.
    let training_question = q.question(&raw.training_question);
    let training_name = |id: &str| {
        training_question
            .and_then(|t| t.kind.choice_text(id, lang))
            .unwrap_or(id)
            .to_owned()
    };
    let own = match c.answer(&raw.training_question) {
        Some(Answer::Choice { id, .. }) if *id != raw.training_advice_choice => Some(id.clone()),
        _ => None,
    };
    let asked_advice = matches!(c.answer(&raw.training_question),
        Some(Answer::Choice { id, .. }) if *id == raw.training_advice_choice);
    let rule = raw.training_rules.iter().find(|r| holds(&r.when, q, p));
    let focus = themes
        .iter()
        .find(|t| t.priority >= 1)
        .map(|t| t.title.clone());
    let training = match rule {
        Some(rule) => {
            let advised = rule.training.clone();
            let focus = if rule.tailored { focus } else { None };
            let agrees = own.is_none() || own == advised;
            let mut advice = rule.text.get(lang).to_owned();
            if let Some(f) = &focus {
                advice.push(' ');
                advice.push_str(&match lang {
                    Lang::Nl => format!("Leg de nadruk op: {f}."),
                    Lang::En => format!("Focus on: {f}."),
                });
            }
            let summary = match (&own, agrees) {
                (Some(o), true) => match lang {
                    Lang::Nl => {
                        format!("Je koos: {}. Dat past bij je antwoorden.", training_name(o))
                    }
                    Lang::En => format!("You chose: {}. That fits your answers.", training_name(o)),
                },
                (Some(o), false) => match lang {
                    Lang::Nl => format!(
                        "Je koos: {}. Die keuze blijft staan. Je antwoorden wijzen ook op iets anders: {advice}",
                        training_name(o)
                    ),
                    Lang::En => format!(
                        "You chose: {}. That choice stands. Your answers also point elsewhere: {advice}",
                        training_name(o)
                    ),
                },
                (None, _) if asked_advice => match lang {
                    Lang::Nl => format!("Je vroeg om advies. Advies: {advice}"),
                    Lang::En => format!("You asked for advice. Advice: {advice}"),
                },
                (None, _) => match lang {
                    Lang::Nl => format!("Advies: {advice}"),
                    Lang::En => format!("Advice: {advice}"),
                },
            };
            let mut reasons = c.reasons(&[(raw.training_question.clone(), Vec::new())]);
            reasons.extend(c.reasons_for(&rule.when));
            TrainingAdvice {
                chosen: own.as_deref().map(training_name),
                advised: advised.as_deref().map(training_name),
                rule: rule.id.clone(),
                focus,
                agrees,
                summary,
                reasons,
            }
        }
        None => TrainingAdvice {
            chosen: own.as_deref().map(training_name),
            advised: None,
            rule: String::new(),
            focus: None,
            agrees: true,
            summary: String::new(),
            reasons: Vec::new(),
        },
    };

    let partners = raw
        .partners
        .iter()
        .filter(|partner| partner.when.as_ref().is_none_or(|w| holds(w, q, p)))
        .map(|partner| PartnerNeed {
            id: partner.id.clone(),
            name: partner.name.clone(),
            description: partner.description.get(lang).to_owned(),
            source: partner.source.clone(),
            always: partner.always_text.as_ref().map(|t| t.get(lang).to_owned()),
            reasons: partner
                .when
                .as_ref()
                .map(|w| c.reasons_for(w))
                .unwrap_or_default(),
        })
        .collect();

    let cooperation = raw
        .cooperation
        .iter()
        .find(|r| holds(&r.when, q, p))
        .map(|r| Advice {
            text: r.text.get(lang).to_owned(),
            reasons: c.reasons_for(&r.when),
        });

    let mut agenda = Vec::new();
    for entry in &raw.agenda {
        match entry {
            AgendaEntry::Item { title, lines } => agenda.push(AgendaItem {
                title: title.get(lang).to_owned(),
                lines: lines.iter().filter_map(|l| c.line(l)).collect(),
                theme: false,
            }),
            AgendaEntry::Themes => {
                for t in themes.iter().filter(|t| t.priority >= 1) {
                    let mut lines = vec![t.announcement_question.clone()];
                    if let Some(question) = &t.question {
                        lines.push(format!(
                            "{} {question}",
                            lang.pick("Onze vraag:", "Our question:")
                        ));
                    }
                    agenda.push(AgendaItem {
                        title: format!(
                            "{} ({} {})",
                            t.title,
                            lang.pick("prioriteit", "priority"),
                            t.priority_text
                        ),
                        lines,
                        theme: true,
                    });
                }
            }
        }
    }

    let e = &raw.email;
    let to = if mail_to.trim().is_empty() {
        e.default_to.clone()
    } else {
        mail_to.trim().to_owned()
    };
    let greeting = if to.eq_ignore_ascii_case(&e.default_to) {
        e.greeting_default.get(lang)
    } else {
        e.greeting_other.get(lang)
    };
    let subject = c
        .fill(e.subject.get(lang), false)
        .trim_end_matches([' ', '–', '-'])
        .to_owned();
    let email = Email {
        to,
        to_note: e.to_note.get(lang).to_owned(),
        subject,
        body: format!("{greeting}\n\n{}", c.fill(e.body.get(lang), true)),
    };

    Needs {
        themes,
        reach,
        reach_text,
        training,
        partners,
        cooperation,
        agenda,
        email,
        reminder: raw.reminder.get(lang).to_owned(),
    }
}

/// The needs profile as plain text, for the command line and for copying.
pub fn to_text(needs: &Needs, lang: Lang) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let because = lang.pick("omdat je antwoordde:", "because you answered:");
    let reasons = |s: &mut String, reasons: &[Reason]| {
        if !reasons.is_empty() {
            let _ = writeln!(s, "    {because}");
            for r in reasons {
                let _ = writeln!(s, "    · {}", r.text);
            }
        }
    };
    let _ = writeln!(s, "{}", lang.pick("BEHOEFTEPROFIEL", "NEEDS PROFILE"));
    let _ = writeln!(
        s,
        "\n{}",
        lang.pick("Thema's op prioriteit", "Themes by priority")
    );
    for t in &needs.themes {
        let _ = writeln!(s, "  {} — {}", t.title, t.priority_text);
        if !t.signals.is_empty() {
            let _ = writeln!(
                s,
                "    {} {}",
                lang.pick("Signalen:", "Signals:"),
                t.signals.join("; ")
            );
        }
        reasons(&mut s, &t.reasons);
    }
    if let Some(r) = &needs.reach_text {
        let _ = writeln!(
            s,
            "  {} {r}",
            lang.pick("Bereik van de hulp:", "Reach of help:")
        );
    }
    let _ = writeln!(s, "\n{}", lang.pick("Training", "Training"));
    let _ = writeln!(s, "  {}", needs.training.summary);
    reasons(&mut s, &needs.training.reasons);
    let _ = writeln!(
        s,
        "\n{}",
        lang.pick("Partners om te betrekken", "Partners to involve")
    );
    for partner in &needs.partners {
        let _ = writeln!(s, "  {}: {}", partner.name, partner.description);
        let _ = writeln!(
            s,
            "    {} {}",
            lang.pick("Bron:", "Source:"),
            partner.source
        );
        if let Some(a) = &partner.always {
            let _ = writeln!(s, "    {a}");
        }
        reasons(&mut s, &partner.reasons);
    }
    if let Some(a) = &needs.cooperation {
        let _ = writeln!(
            s,
            "\n{}",
            lang.pick(
                "Samenwerking met zelforganisaties",
                "Cooperation with self-organisations"
            )
        );
        let _ = writeln!(s, "  {}", a.text);
        reasons(&mut s, &a.reasons);
    }
    let _ = writeln!(
        s,
        "\n{}",
        lang.pick("Voorstel voor de agenda", "Proposed agenda")
    );
    for (i, item) in needs.agenda.iter().enumerate() {
        let _ = writeln!(s, "  {}. {}", i + 1, item.title);
        for l in &item.lines {
            let _ = writeln!(s, "     - {l}");
        }
    }
    let _ = writeln!(s, "\n{}", lang.pick("Aanmeldmail", "Intake e-mail"));
    for line in needs.email.as_text(lang).lines() {
        let _ = writeln!(s, "  {line}");
    }
    let _ = writeln!(
        s,
        "  {} {}",
        lang.pick("Let op:", "Note:"),
        needs.email.to_note
    );
    let _ = writeln!(s, "\n{}", needs.reminder);
    s
}
