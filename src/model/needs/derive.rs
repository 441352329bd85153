//! The derivation: answers and rules in, the needs profile out, as decisions with the answers
//! each rests on. Pure.

use super::rules::{AgendaEntry, COMMUNITIES, MEETING_MINUTES, NeedsRules, Partner, SIGNALS};
use crate::model::answers::Answers;
use crate::model::flow::holds;
use crate::model::profile::Profile;
use crate::model::questionnaire::{Condition, Kind, Questionnaire};

/// One answer a derived item rests on: the question, and the choices a rule looked at (empty
/// for the whole answer). Worded by [`super::Words::reason`] and [`super::Words::reason_phrase`].
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
    let audience = a.choices(crate::model::ids::AUDIENCE);
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
    if let Some(n) = a.number(crate::model::ids::PARTICIPANTS)
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
        reach: a.number(crate::model::ids::REACH),
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
                    .choices(crate::model::ids::PARTNERS_KNOWN)
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
