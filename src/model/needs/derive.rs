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
    /// With the proposal [`UNCLEAR`]: the questions whose answer says "not known", to bring
    /// to the meeting.
    pub unknown: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerNeed {
    pub id: String,
    pub reasons: Vec<Reason>,
    /// The organisation already knows this partner (`samenwerking.partners_bekend`): build on
    /// the contact, do not introduce it.
    pub known: bool,
    /// How many of the profile's communities and themes it serves: the ranking for the
    /// partners to get to know first.
    pub serves: usize,
}

/// At most this many partners are proposed to get to know in the core of the brief; the rest
/// stand in appendix B.
pub const PARTNERS_TO_MEET: usize = 3;

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
    /// A combination of answers named in the rules' `consistency` table, by id.
    Rule(String),
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
    out.extend(
        rules
            .consistency()
            .iter()
            .filter(|r| holds(&r.when, a.q, a.p))
            .map(|r| Check::Rule(r.id.clone())),
    );
    out
}

/// The rule id of the proposal to first get the picture clear (`unclear` in the rules).
pub const UNCLEAR: &str = "beeld_eerst";

/// The questions whose answer says "not known", in questionnaire order: a choice such as
/// "Weet ik niet", an exclusive "Geen, of niet bekend", or a typed "weet ik niet".
pub fn unknown_answers(a: &Answers, rules: &NeedsRules) -> Vec<String> {
    let unclear = rules.unclear();
    let unknown_text = |t: &str| {
        let t: String = t
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect();
        unclear.unknown_texts.iter().any(|u| *u == t.trim())
    };
    let unknown_choice = |question: &str, choice: &str| {
        unclear.unknown_choices.iter().any(|u| {
            u == choice
                || u.split_once('/')
                    .is_some_and(|(q, c)| q == question && c == choice)
        })
    };
    a.q.questions()
        .filter(|question| match a.get(&question.id) {
            Some(crate::model::Answer::Text(t)) => unknown_text(t),
            Some(crate::model::Answer::Choice { id, other }) => {
                unknown_choice(&question.id, id)
                    || (id.as_str() == crate::model::questionnaire::OTHER
                        && other.as_deref().is_some_and(unknown_text))
            }
            Some(crate::model::Answer::Choices { other, .. }) => {
                let chosen = a.choices(&question.id);
                chosen.iter().all(|c| unknown_choice(&question.id, c))
                    || (chosen == [crate::model::questionnaire::OTHER]
                        && other.as_deref().is_some_and(unknown_text))
            }
            _ => false,
        })
        .map(|question| question.id.to_string())
        .collect()
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
    /// Items taken into this one because the meeting is too short for each to have five
    /// minutes ("Kennismaking en onze organisatie").
    pub also: Vec<AgendaKind>,
    pub minutes: i64,
}

impl AgendaItem {
    /// What the item covers: its own kind and the ones taken into it.
    pub fn kinds(&self) -> impl Iterator<Item = &AgendaKind> {
        std::iter::once(&self.kind).chain(&self.also)
    }
}

/// No agenda item is shorter than this: a shorter meeting gets fewer items, taken together.
pub const SHORTEST_ITEM: i64 = 5;

/// At most one agenda item per this many minutes (three at least): an hour holds six items,
/// half an hour three.
pub const MINUTES_PER_ITEM: i64 = 10;

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
    /// Whether a suggested partner is matched both by a community and by a sign or priority:
    /// then the reasons put a community beside a problem, and writing.md asks for the line
    /// "Deze thema's spelen in alle gemeenschappen" beside them, so no problem is tied to a
    /// community.
    pub fn partners_put_communities_beside_themes(&self) -> bool {
        self.partners.iter().any(|p| {
            p.reasons.iter().any(|r| r.question == COMMUNITIES)
                && p.reasons.iter().any(|r| r.question != COMMUNITIES)
        })
    }

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

    /// The themes the meeting is mainly about: every theme at 2 or 3 (important or very
    /// urgent), or else the highest at 1 (one, or a tie).
    pub fn focus_themes(&self) -> Vec<&ThemeNeed> {
        let urgent: Vec<&ThemeNeed> = self.themes.iter().filter(|t| t.priority >= 2).collect();
        if urgent.is_empty() {
            self.top_themes()
        } else {
            urgent
        }
    }

    /// The partners to get to know first: not known yet and not always named, ranked by how
    /// many of the profile's communities and themes they serve (the rules' order among
    /// equals), at most [`PARTNERS_TO_MEET`].
    pub fn partners_to_meet(&self, rules: &NeedsRules) -> Vec<&PartnerNeed> {
        let mut new: Vec<&PartnerNeed> = self
            .partners
            .iter()
            .filter(|p| !p.known)
            .filter(|p| rules.partner(&p.id).is_some_and(|d| d.always.is_none()))
            .collect();
        new.sort_by_key(|p| std::cmp::Reverse(p.serves));
        new.truncate(PARTNERS_TO_MEET);
        new
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
    let (partners, unmatched_communities) =
        partners(&a, rules, &communities, &themes_seen(&a, rules, &signals));
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
/// The themes that play in this profile: a priority of 1 or more, or a signal of the theme
/// seen; each with the question ids and choices that name it.
fn themes_seen<'r>(
    a: &Answers,
    rules: &'r NeedsRules,
    signals: &[String],
) -> Vec<&'r super::ThemeDef> {
    rules
        .themes()
        .iter()
        .filter(|t| {
            a.number(&t.priority_question).unwrap_or(0) >= 1
                || t.signals.iter().any(|s| signals.contains(s))
        })
        .collect()
}

/// How much of the profile a partner serves: one for each community ticked that it is tied
/// to, and for each theme in play that its condition names (by priority or signal) the theme's
/// priority (one at least), so an urgent theme weighs more than a light one.
fn serves(
    a: &Answers,
    partner: &Partner,
    communities: &[String],
    themes: &[&super::ThemeDef],
) -> usize {
    let ticked = partner
        .communities
        .iter()
        .filter(|c| communities.contains(c))
        .count();
    let named: Vec<(&str, Option<&str>)> = partner
        .when
        .as_ref()
        .map(|w| w.references())
        .unwrap_or_default();
    let themes: usize = themes
        .iter()
        .filter(|t| {
            named.iter().any(|(q, c)| {
                *q == t.priority_question
                    || (*q == SIGNALS && c.is_some_and(|c| t.signals.iter().any(|s| s == c)))
            })
        })
        .map(|t| a.number(&t.priority_question).unwrap_or(0).clamp(1, 3) as usize)
        .sum();
    ticked + themes
}

fn partners(
    a: &Answers,
    rules: &NeedsRules,
    communities: &[String],
    themes: &[&super::ThemeDef],
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
                serves: serves(a, partner, communities, themes),
            }
        })
        .collect();
    // What was typed under "other" is no community a partner can be matched to; it stands
    // among the answers as typed.
    let unmatched = communities
        .iter()
        .filter(|c| c.as_str() != crate::model::questionnaire::OTHER)
        .filter(|c| !suggested.iter().any(|p| p.communities.contains(c)))
        .cloned()
        .collect();
    (needs, unmatched)
}

/// One agenda item before its minutes: what it covers, its weight, and for a theme its
/// priority (the highest of the themes taken into it).
struct Slot {
    kinds: Vec<AgendaKind>,
    weight: u32,
    priority: Option<i64>,
}

/// The agenda for `themes` over `minutes`, with the rules' items at their own weight: the
/// regional brief's, from the highest priority each theme gets.
pub fn plan_agenda(rules: &NeedsRules, themes: &[ThemeNeed], minutes: i64) -> Vec<AgendaItem> {
    let mut themes = themes.to_vec();
    themes.sort_by_key(|t| std::cmp::Reverse(t.priority));
    agenda(rules, &themes, minutes, |_| false)
}

/// The agenda: the rules' items, one item per theme at 1 or above, and the meeting's minutes
/// shared out by weight ([`plan_minutes`]).
fn agenda(
    rules: &NeedsRules,
    themes: &[ThemeNeed],
    minutes: i64,
    holds: impl Fn(&Condition) -> bool,
) -> Vec<AgendaItem> {
    let mut slots = Vec::new();
    for entry in &rules.raw.agenda {
        match entry {
            AgendaEntry::Item {
                id, weight, more, ..
            } => {
                let extra = match more {
                    Some((when, w)) if holds(when) => *w,
                    _ => 0,
                };
                slots.push(Slot {
                    kinds: vec![AgendaKind::Item(id.clone())],
                    weight: weight + extra,
                    priority: None,
                });
            }
            AgendaEntry::Themes { weight } => {
                for t in themes.iter().filter(|t| t.priority >= 1) {
                    slots.push(Slot {
                        kinds: vec![AgendaKind::Theme(t.id.clone())],
                        weight: weight + 2 * t.priority.clamp(0, 10) as u32,
                        priority: Some(t.priority),
                    });
                }
            }
        }
    }
    let most = (minutes / MINUTES_PER_ITEM).max(3) as usize;
    while slots.len() > most && take_together(&mut slots) {}
    loop {
        if let Some(shares) = plan_minutes(minutes, &slots) {
            return slots
                .into_iter()
                .zip(shares)
                .map(|(slot, minutes)| {
                    let mut kinds = slot.kinds.into_iter();
                    AgendaItem {
                        kind: kinds.next().unwrap_or(AgendaKind::Item(String::new())),
                        also: kinds.collect(),
                        minutes,
                    }
                })
                .collect();
        }
        if !take_together(&mut slots) {
            // One item for the whole meeting.
            let mut kinds = slots.into_iter().flat_map(|s| s.kinds);
            return kinds
                .next()
                .map(|kind| AgendaItem {
                    kind,
                    also: kinds.collect(),
                    minutes,
                })
                .into_iter()
                .collect();
        }
    }
}

/// Takes two items together, for a meeting too short for each to have its minimum or for so
/// many items: first the lightest fixed item into a fixed neighbour ("Kennismaking" into "Onze
/// organisatie"), then the themes of the lowest priority into one item, then the lowest theme
/// into the one above it, then any two neighbours. `false` when one item is left.
fn take_together(slots: &mut Vec<Slot>) -> bool {
    if slots.len() < 2 {
        return false;
    }
    let merge = |slots: &mut Vec<Slot>, into: usize, from: usize| {
        let taken = slots.remove(from);
        let earlier = from < into;
        let into = if earlier { into - 1 } else { into };
        let slot = &mut slots[into];
        // The items keep the agenda's order: "Kennismaking en onze organisatie".
        if earlier {
            let later = std::mem::take(&mut slot.kinds);
            slot.kinds = taken.kinds;
            slot.kinds.extend(later);
        } else {
            slot.kinds.extend(taken.kinds);
        }
        // Themes taken together weigh a little more than the heaviest of them, not their sum:
        // four themes in one item must leave the training its time.
        slot.weight = if slot.priority.is_some() && taken.priority.is_some() {
            slot.weight.max(taken.weight) + 1
        } else {
            slot.weight + taken.weight
        };
        slot.priority = slot.priority.max(taken.priority);
    };
    // The lightest fixed item with a fixed neighbour (the later one on a tie).
    let fixed = |i: usize, slots: &Vec<Slot>| slots.get(i).is_some_and(|s| s.priority.is_none());
    let lightest = (0..slots.len())
        .filter(|&i| fixed(i, slots))
        .filter(|&i| (i > 0 && fixed(i - 1, slots)) || fixed(i + 1, slots))
        .min_by_key(|&i| (slots[i].weight, std::cmp::Reverse(i)));
    let themes: Vec<usize> = (0..slots.len())
        .filter(|&i| slots[i].priority.is_some())
        .collect();
    let lowest = themes.iter().filter_map(|&i| slots[i].priority).min();
    let lowest_class: Vec<usize> = themes
        .iter()
        .copied()
        .filter(|&i| slots[i].priority == lowest)
        .collect();
    if let Some(i) = lightest {
        // Into the lighter fixed neighbour: "Kennismaking" into "Onze organisatie",
        // "Vervolgafspraken" into "Samenwerking".
        let before = (i > 0 && fixed(i - 1, slots)).then(|| i - 1);
        let after = fixed(i + 1, slots).then_some(i + 1);
        let into = match (before, after) {
            (Some(b), Some(a)) if slots[b].weight < slots[a].weight => b,
            (_, Some(a)) => a,
            (Some(b), None) => b,
            (None, None) => i,
        };
        merge(slots, into, i);
    } else if lowest_class.len() > 1 {
        let first = lowest_class[0];
        for &i in lowest_class[1..].iter().rev() {
            merge(slots, first, i);
        }
    } else if themes.len() > 1 {
        let last = themes[themes.len() - 1];
        merge(slots, themes[themes.len() - 2], last);
    } else {
        let n = slots.len();
        merge(slots, n - 2, n - 1);
    }
    true
}

/// The minutes of each item, or `None` when the meeting is too short for these items: every
/// item at least [`SHORTEST_ITEM`] minutes, in steps of five when the length allows; themes of
/// one priority the same minutes, and a higher priority more than a lower one; the fixed items
/// take up the rest by weight, so the minutes add up to `total`.
fn plan_minutes(total: i64, slots: &[Slot]) -> Option<Vec<i64>> {
    let n = slots.len() as i64;
    if n == 0 || n * SHORTEST_ITEM > total {
        return None;
    }
    let step = if total % 5 == 0 { 5 } else { 1 };
    let weight_sum: i64 = slots.iter().map(|s| i64::from(s.weight.max(1))).sum();
    let mut shares: Vec<i64> = slots
        .iter()
        .map(|s| {
            let exact = total * i64::from(s.weight.max(1)) / weight_sum;
            (exact / step * step).max(SHORTEST_ITEM)
        })
        .collect();
    // Themes: one priority one length (the class's least), each higher priority a step more.
    let mut priorities: Vec<i64> = slots.iter().filter_map(|s| s.priority).collect();
    priorities.sort_unstable();
    priorities.dedup();
    let mut below: Option<i64> = None;
    for p in priorities {
        let class: Vec<usize> = (0..slots.len())
            .filter(|&i| slots[i].priority == Some(p))
            .collect();
        let mut length = class
            .iter()
            .map(|&i| shares[i])
            .min()
            .unwrap_or(SHORTEST_ITEM);
        if let Some(b) = below {
            length = length.max(b + step);
        }
        for &i in &class {
            shares[i] = length;
        }
        below = Some(length);
    }
    // The fixed items make the sum right: the heaviest gives or takes first.
    let mut fixed: Vec<usize> = (0..slots.len())
        .filter(|&i| slots[i].priority.is_none())
        .collect();
    fixed.sort_by_key(|&i| (std::cmp::Reverse(slots[i].weight), i));
    let mut rest = total - shares.iter().sum::<i64>();
    while rest != 0 {
        let before = rest;
        for &i in &fixed {
            if rest > 0 {
                let add = rest.min(step);
                shares[i] += add;
                rest -= add;
            } else if rest < 0 && shares[i] - step >= SHORTEST_ITEM {
                let take = (-rest).min(step);
                shares[i] -= take;
                rest += take;
            }
            if rest == 0 {
                break;
            }
        }
        if rest == before {
            return None;
        }
    }
    Some(shares)
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
    // Mostly "not known": first get the picture clear, with the alliance's help.
    let unknown = unknown_answers(a, rules);
    if unknown.len() >= raw.unclear.at_least {
        reasons.extend(unknown.iter().filter_map(|id| reason(a, id, Vec::new())));
        return TrainingNeed {
            chosen: chosen.clone(),
            asked_advice,
            rule: Some(UNCLEAR.to_owned()),
            proposal: None,
            focus: Vec::new(),
            agrees: true,
            notes: Vec::new(),
            reasons,
            unknown,
        };
    }
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
            unknown: Vec::new(),
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
        unknown: Vec::new(),
    }
}
