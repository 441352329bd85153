//! Several profiles seen together (issue 13): a region's municipalities, a municipality's
//! teams, or last year and this year. Pure: built on the same derivation of the needs as a
//! single profile, so a combined picture can never disagree with the profiles it comes from.

use super::answers::Answers;
use super::ids;
use super::needs::{self, Needs, NeedsRules};
use super::{Profile, Questionnaire};

/// One profile in the comparison, with the name it goes by (its organisation, or its file).
pub struct Member<'a> {
    pub name: String,
    pub profile: &'a Profile,
}

/// One theme over all profiles.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeSummary {
    pub id: String,
    /// The highest priority any profile gives it (0–3).
    pub highest: i64,
    /// The mean priority over the profiles that answered it (0, "niet relevant", counts);
    /// `None` when none did.
    pub mean: Option<f64>,
    /// How many profiles give it priority 2 or higher.
    pub at_least_two: usize,
}

/// How many profiles chose an option of a multiple-choice question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    pub choice: String,
    pub count: usize,
}

/// A partner the combined answers point to, with the profiles (by index) that point to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CombinedPartner {
    pub id: String,
    pub members: Vec<usize>,
}

/// The combined picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Combined {
    /// How many profiles were combined: the denominator of every count ("4 van 6").
    pub members: usize,
    pub themes: Vec<ThemeSummary>,
    pub signals: Vec<Count>,
    pub gaps: Vec<Count>,
    pub learning_goals: Vec<Count>,
    pub cooperation_wishes: Vec<Count>,
    /// The participants of all profiles added up.
    pub participants: i64,
    pub partners: Vec<CombinedPartner>,
}

/// Counts the options of `question` over the profiles: most chosen first, ties in the
/// questionnaire's order; options nobody chose are left out.
fn counts(q: &Questionnaire, members: &[Member], question: &str) -> Vec<Count> {
    let Some(def) = q.question(question) else {
        return Vec::new();
    };
    let mut out: Vec<Count> = def
        .kind
        .choices()
        .iter()
        .map(|c| Count {
            choice: c.id.to_string(),
            count: members
                .iter()
                .filter(|m| {
                    Answers::new(q, m.profile)
                        .choices(question)
                        .contains(&c.id.as_str())
                })
                .count(),
        })
        .filter(|c| c.count > 0)
        .collect();
    // A stable sort keeps the questionnaire's order among equal counts.
    out.sort_by_key(|c| std::cmp::Reverse(c.count));
    out
}

/// Combines the profiles.
pub fn combine(q: &Questionnaire, rules: &NeedsRules, members: &[Member]) -> Combined {
    // The needs of each profile, derived as for a single profile.
    let each: Vec<Needs> = members
        .iter()
        .map(|m| needs::derive(q, rules, m.profile))
        .collect();
    let mut themes: Vec<ThemeSummary> = Vec::new();
    if !each.is_empty() {
        // In the announcement's order, as the rules list the themes.
        for def in rules.themes() {
            let answered: Vec<i64> = members
                .iter()
                .filter_map(|m| Answers::new(q, m.profile).number(&def.priority_question))
                .collect();
            themes.push(ThemeSummary {
                id: def.id.clone(),
                highest: answered.iter().copied().max().unwrap_or(0),
                mean: (!answered.is_empty())
                    .then(|| answered.iter().sum::<i64>() as f64 / answered.len() as f64),
                at_least_two: answered.iter().filter(|p| **p >= 2).count(),
            });
        }
    }
    let mut partners: Vec<CombinedPartner> = Vec::new();
    for (index, needs) in each.iter().enumerate() {
        for partner in &needs.partners {
            match partners.iter_mut().find(|p| p.id == partner.id) {
                Some(p) => p.members.push(index),
                None => partners.push(CombinedPartner {
                    id: partner.id.clone(),
                    members: vec![index],
                }),
            }
        }
    }
    partners.sort_by_key(|p| std::cmp::Reverse(p.members.len()));
    Combined {
        members: members.len(),
        themes,
        signals: counts(q, members, ids::SIGNALS),
        gaps: counts(q, members, ids::GAPS),
        learning_goals: counts(q, members, ids::LEARNING_GOALS),
        cooperation_wishes: counts(q, members, ids::COOPERATION_WISHES),
        participants: members
            .iter()
            .filter_map(|m| Answers::new(q, m.profile).number(ids::PARTICIPANTS))
            .sum(),
        partners,
    }
}
