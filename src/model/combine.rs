//! Several profiles seen together (issue 13): a region's municipalities, a municipality's
//! teams, or last year and this year. Pure: built on the same derivation of the needs as a
//! single profile, so a combined picture can never disagree with the profiles it comes from.

use super::answers::Answers;
use super::ids;
use super::needs::{self, Needs, NeedsRules};
use super::{Profile, Questionnaire};

/// One profile in the comparison, with the name it goes by (its organisation, or its file).
#[derive(Clone)]
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
    /// Members that are the same profile as another one (a copy, or an older version),
    /// left out of the counts: (this member, the member counted instead), by their place in
    /// the list given.
    pub counted_once: Vec<(usize, usize)>,
}

/// Counts the options of a choice question (single or multiple) over the profiles: most
/// chosen first, ties in the questionnaire's order; options nobody chose are left out.
pub fn counts(q: &Questionnaire, members: &[Member], question: &str) -> Vec<Count> {
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
                    let answers = Answers::new(q, m.profile);
                    answers.choice(question) == Some(c.id.as_str())
                        || answers.choices(question).contains(&c.id.as_str())
                })
                .count(),
        })
        .filter(|c| c.count > 0)
        .collect();
    // A stable sort keeps the questionnaire's order among equal counts.
    out.sort_by_key(|c| std::cmp::Reverse(c.count));
    out
}

/// For each member: `None` when it counts, or `Some(k)` when it is the same profile as member
/// `k` ([`same_profile`]: a copy, or another version), which counts in its place. Of each
/// profile the newest version counts (the first of equals), so copies are never added twice.
pub fn same_as(members: &[Member]) -> Vec<Option<usize>> {
    let n = members.len();
    let mut group: Vec<usize> = (0..n).collect();
    for i in 0..n {
        if let Some(j) =
            (0..i).find(|&j| group[j] == j && same_profile(members[i].profile, members[j].profile))
        {
            group[i] = j;
        }
    }
    let mut out = vec![None; n];
    for root in (0..n).filter(|&r| group[r] == r) {
        let in_group: Vec<usize> = (0..n).filter(|&i| group[i] == root).collect();
        let kept = in_group
            .iter()
            .copied()
            .max_by(|&a, &b| {
                let (ma, mb) = (&members[a].profile.modified, &members[b].profile.modified);
                ma.cmp(mb).then(b.cmp(&a))
            })
            .unwrap_or(root);
        for i in in_group.into_iter().filter(|&i| i != kept) {
            out[i] = Some(kept);
        }
    }
    out
}

/// Combines the profiles, each once: copies and older versions of a profile are left out of
/// every count ([`same_as`]) and listed in `counted_once`.
pub fn combine(q: &Questionnaire, rules: &NeedsRules, all: &[Member]) -> Combined {
    let same = same_as(all);
    let counted_once: Vec<(usize, usize)> = same
        .iter()
        .enumerate()
        .filter_map(|(i, k)| k.map(|k| (i, k)))
        .collect();
    // The members that count, and each one's place among all (the partners name them).
    let (places, members): (Vec<usize>, Vec<Member>) = all
        .iter()
        .enumerate()
        .filter(|(i, _)| same[*i].is_none())
        .map(|(i, m)| (i, m.clone()))
        .unzip();
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
    for (&index, needs) in places.iter().zip(&each) {
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
        signals: counts(q, &members, ids::SIGNALS),
        gaps: counts(q, &members, ids::GAPS),
        learning_goals: counts(q, &members, ids::LEARNING_GOALS),
        cooperation_wishes: counts(q, &members, ids::COOPERATION_WISHES),
        participants: members
            .iter()
            .filter_map(|m| Answers::new(q, m.profile).number(ids::PARTICIPANTS))
            .sum(),
        partners,
        counted_once,
    }
}

/// A profile read for a comparison: the name it goes by, where it came from (its path as
/// given, for people to read), and the profile itself.
#[derive(Clone, Debug)]
pub struct Entry {
    pub name: String,
    pub source: String,
    pub profile: Profile,
}

impl Entry {
    /// The entry's name: its organisation, else the file name in `source` without extension.
    pub fn new(source: String, profile: Profile) -> Self {
        let organisation = profile.text(ids::ORGANISATION_NAME).trim();
        let name = if organisation.is_empty() {
            std::path::Path::new(&source)
                .file_stem()
                .map_or_else(|| source.clone(), |s| s.to_string_lossy().into_owned())
        } else {
            organisation.to_owned()
        };
        Self {
            name,
            source,
            profile,
        }
    }

    pub fn member(&self) -> Member<'_> {
        Member {
            name: self.name.clone(),
            profile: &self.profile,
        }
    }

    /// The day the profile was last saved, as `YYYY-MM-DD` (empty when unknown).
    pub fn date(&self) -> &str {
        self.profile.modified.get(..10).unwrap_or_default()
    }

    /// "Gemeente Apeldoorn (2026-03-02)": the heading of the entry's column.
    pub fn heading(&self) -> String {
        match self.date() {
            "" => self.name.clone(),
            date => format!("{} ({date})", self.name),
        }
    }

    /// The file the entry was read from, without its folder.
    pub fn file_name(&self) -> String {
        std::path::Path::new(&self.source)
            .file_name()
            .map_or_else(|| self.source.clone(), |f| f.to_string_lossy().into_owned())
    }
}

/// `label` of each entry, told apart where two would read the same: then with the file's name
/// ("Gemeente Voorbeeld – kopie.ron"), or its whole path where the file names match too.
fn told_apart(entries: &[Entry], label: impl Fn(&Entry) -> String) -> Vec<String> {
    let labels: Vec<String> = entries.iter().map(&label).collect();
    let files: Vec<String> = entries.iter().map(Entry::file_name).collect();
    let count = |list: &[String], x: &String| list.iter().filter(|y| *y == x).count();
    entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            if count(&labels, &labels[i]) == 1 {
                labels[i].clone()
            } else if count(&files, &files[i]) == 1 {
                format!("{} – {}", labels[i], files[i])
            } else {
                format!("{} – {}", labels[i], e.source)
            }
        })
        .collect()
}

/// The entries' names, each different: the organisation, with the file where two match.
pub fn distinct_names(entries: &[Entry]) -> Vec<String> {
    told_apart(entries, |e| e.name.clone())
}

/// The columns' headings, each different: organisation and date, with the file where two
/// match (three copies of one profile would otherwise have three equal headings).
pub fn distinct_headings(entries: &[Entry]) -> Vec<String> {
    told_apart(entries, Entry::heading)
}

/// Whether two profiles are versions of one: the same organisation, ignoring case and spaces.
pub fn same_organisation(a: &Profile, b: &Profile) -> bool {
    let org = normalised(a, ids::ORGANISATION_NAME);
    !org.is_empty() && org == normalised(b, ids::ORGANISATION_NAME)
}

/// Whether two profiles are versions of one: their ids match, and they do not name two
/// different organisations or departments (*afdeling*): two teams of one municipality are two
/// profiles, also when one file was copied to start the other. Files from before ids fall back
/// to the organisation's name, with the same rule for the department.
pub fn same_profile(a: &Profile, b: &Profile) -> bool {
    // An answer left empty in one version is not another organisation or department.
    let differ = |id: &str| {
        let (x, y) = (normalised(a, id), normalised(b, id));
        !x.is_empty() && !y.is_empty() && x != y
    };
    let same_place = !differ(ids::ORGANISATION_NAME) && !differ(ids::DEPARTMENT);
    if !a.id.is_empty() && !b.id.is_empty() {
        // A file copied to start another team's profile keeps the id, not the team.
        return a.id == b.id && same_place;
    }
    same_organisation(a, b) && same_place
}

/// A text answer as compared: white space folded, lower case.
fn normalised(p: &Profile, id: &str) -> String {
    p.text(id)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// When exactly two entries are versions of one profile ([`same_profile`]): (older, newer), by
/// the time they were last saved. `None` otherwise: then the profiles are combined.
pub fn versions(entries: &[Entry]) -> Option<(&Entry, &Entry)> {
    match entries {
        [a, b] if same_profile(&a.profile, &b.profile) => {
            Some(if a.profile.modified <= b.profile.modified {
                (a, b)
            } else {
                (b, a)
            })
        }
        _ => None,
    }
}
