//! Profiles combined (issue 13): counts, means and partners over 2 and over 50 generated
//! profiles, checked against the same numbers worked out here from the generator, and a profile
//! of an older questionnaire version combined with a current one.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use behoeftewijzer::model::combine::{Member, combine};
use behoeftewijzer::model::needs::{self, NeedsRules};
use behoeftewijzer::model::{Answer, Profile};
use behoeftewijzer::storage;

mod common;
use common::profiles;
use profiles::{example, q};

const THEMES: [&str; 3] = ["huwelijksdwang", "lhbt", "empowerment"];
const SIGNALS: [&str; 4] = [
    "huiselijk_geweld",
    "huwelijksdwang",
    "achterlating",
    "isolement_vrouwen",
];

/// Profile `i` of a region: priorities and signals vary with `i`, in a way the test can
/// work out by itself.
fn member_profile(i: usize) -> Profile {
    let mut p = example();
    p.set(
        "organisatie.naam",
        Some(Answer::Text(format!("Gemeente {i}"))),
    );
    p.set(
        "huwelijksdwang.prioriteit",
        Some(Answer::Number((i % 4) as i64)),
    );
    p.set(
        "lhbt.prioriteit",
        Some(Answer::Number(((i / 2) % 4) as i64)),
    );
    p.set(
        "empowerment.prioriteit",
        Some(Answer::Number(((i / 3) % 4) as i64)),
    );
    let picked: Vec<&str> = SIGNALS
        .iter()
        .enumerate()
        .filter(|(k, _)| (i >> k) & 1 == 1 || *k == i % 4)
        .map(|(_, s)| *s)
        .collect();
    p.set("signalen.themas", Some(common::scenarios::choices(&picked)));
    p.set(
        "organisatie.deelnemers",
        Some(Answer::Number(10 + i as i64)),
    );
    p
}

fn priority(i: usize, theme: usize) -> i64 {
    match theme {
        0 => (i % 4) as i64,
        1 => ((i / 2) % 4) as i64,
        _ => ((i / 3) % 4) as i64,
    }
}

fn check_combined(n: usize) {
    let profiles: Vec<Profile> = (0..n).map(member_profile).collect();
    let members: Vec<Member> = profiles
        .iter()
        .enumerate()
        .map(|(i, p)| Member {
            name: format!("Gemeente {i}"),
            profile: p,
        })
        .collect();
    let combined = combine(q(), NeedsRules::builtin(), &members);
    assert_eq!(combined.members, n);
    // Themes: highest, mean and how many give it 2 or more, worked out from the generator.
    // Every theme of the rules, domestic and honour-based violence included (issue 31).
    assert_eq!(combined.themes.len(), NeedsRules::builtin().themes().len());
    for (t, id) in THEMES.iter().enumerate() {
        let summary = combined.themes.iter().find(|s| s.id == *id).unwrap();
        let values: Vec<i64> = (0..n).map(|i| priority(i, t)).collect();
        assert_eq!(summary.highest, *values.iter().max().unwrap(), "{id}");
        let mean = values.iter().sum::<i64>() as f64 / n as f64;
        assert!(
            (summary.mean.unwrap() - mean).abs() < 1e-9,
            "{id}: {:?} vs {mean}",
            summary.mean
        );
        assert_eq!(
            summary.at_least_two,
            values.iter().filter(|v| **v >= 2).count(),
            "{id}"
        );
    }
    // Signals: counts, most first.
    for (k, signal) in SIGNALS.iter().enumerate() {
        let expected = (0..n).filter(|i| (i >> k) & 1 == 1 || k == i % 4).count();
        let found = combined
            .signals
            .iter()
            .find(|c| c.choice == *signal)
            .map_or(0, |c| c.count);
        assert_eq!(found, expected, "{signal}");
    }
    assert!(
        combined
            .signals
            .windows(2)
            .all(|w| w[0].count >= w[1].count)
    );
    // Participants added up.
    assert_eq!(
        combined.participants,
        (0..n).map(|i| 10 + i as i64).sum::<i64>()
    );
    // Partners: each named with exactly the profiles whose own needs point to it.
    for partner in &combined.partners {
        let expected: Vec<usize> = profiles
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                needs::derive(q(), NeedsRules::builtin(), p)
                    .partners
                    .iter()
                    .any(|x| x.id == partner.id)
            })
            .map(|(i, _)| i)
            .collect();
        assert_eq!(partner.members, expected, "{}", partner.id);
    }
    assert!(!combined.partners.is_empty());
}

#[test]
fn two_profiles_combine_into_counts_means_and_partners() {
    check_combined(2);
}

#[test]
fn fifty_profiles_combine_into_counts_means_and_partners() {
    check_combined(50);
}

#[test]
fn a_profile_of_an_older_questionnaire_combines_with_a_current_one() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let old = storage::load(&fixtures.join("profile-format-1.ron"), q()).unwrap();
    // Another organisation: the same one would be two versions of one profile, counted once.
    let mut new = example();
    new.set(
        "organisatie.naam",
        Some(Answer::Text("Gemeente Elders".into())),
    );
    let members = [
        Member {
            name: "oud".into(),
            profile: &old,
        },
        Member {
            name: "nieuw".into(),
            profile: &new,
        },
    ];
    let combined = combine(q(), NeedsRules::builtin(), &members);
    assert_eq!(combined.members, 2);
    assert!(combined.counted_once.is_empty());
    let forced_marriage = combined
        .themes
        .iter()
        .find(|t| t.id == "huwelijksdwang")
        .unwrap();
    assert!(forced_marriage.mean.is_some());
    assert!(combined.participants > 0);
}

/// Issue 19, item 8: copies of one profile, and two versions of it, add up once: the newest
/// counts, the others are named as counted once.
#[test]
fn copies_and_versions_of_one_profile_count_once_the_newest() {
    let mut older = example();
    older.modified = "2025-01-01T00:00:00Z".into();
    let newer = example();
    let other = {
        let mut p = example();
        p.id = "another-profile".into();
        p.set(
            "organisatie.naam",
            Some(Answer::Text("Gemeente Elders".into())),
        );
        p
    };
    let member = |name: &str, profile| Member {
        name: name.into(),
        profile,
    };
    let members = [
        member("oud", &older),
        member("ander", &other),
        member("nieuw", &newer),
        member("kopie", &newer),
    ];
    let combined = combine(q(), NeedsRules::builtin(), &members);
    assert_eq!(combined.members, 2);
    assert_eq!(combined.counted_once, [(0, 2), (3, 2)]);
    let participants = |p: &Profile| match p.answer("organisatie.deelnemers") {
        Some(Answer::Number(n)) => *n,
        _ => 0,
    };
    assert_eq!(
        combined.participants,
        participants(&newer) + participants(&other)
    );
}
