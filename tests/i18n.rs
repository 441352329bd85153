//! The Fluent catalogues (`assets/i18n/{nl,en}/behoeftewijzer.ftl`): both languages have the
//! same message ids, every id is used in the code, and every message the code asks for is
//! there (`fl!` checks the Dutch one at compile time; this checks English too).

// In a test, a panic is how a failure is reported.
#![allow(clippy::expect_used)]

mod common;

use std::collections::BTreeSet;

/// The message ids of a catalogue, in order.
fn ids(lang: &str) -> Vec<String> {
    let path = common::profiles::repo("").join(format!("assets/i18n/{lang}/behoeftewijzer.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter_map(|l| {
            let (id, _) = l.split_once(" =")?;
            (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                .then(|| id.to_owned())
        })
        .collect()
}

/// Every `tr!(…, "id"` in the sources under `src/`.
fn used() -> BTreeSet<String> {
    let pattern = regex::Regex::new(r#"trs?!\(\s*[^,]+,\s*"([a-z0-9-]+)""#).expect("regex");
    let mut out = BTreeSet::new();
    let mut dirs = vec![common::profiles::repo("").join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                out.extend(pattern.captures_iter(&text).map(|c| c[1].to_owned()));
            }
        }
    }
    out
}

#[test]
fn both_catalogues_have_the_same_ids_once_each() {
    let (nl, en) = (ids("nl"), ids("en"));
    assert!(!nl.is_empty());
    for (lang, list) in [("nl", &nl), ("en", &en)] {
        let set: BTreeSet<&String> = list.iter().collect();
        assert_eq!(set.len(), list.len(), "{lang}: an id stands twice");
    }
    let (nl, en): (BTreeSet<String>, BTreeSet<String>) =
        (nl.into_iter().collect(), en.into_iter().collect());
    let only_nl: Vec<&String> = nl.difference(&en).collect();
    let only_en: Vec<&String> = en.difference(&nl).collect();
    assert!(only_nl.is_empty(), "only in Dutch: {only_nl:?}");
    assert!(only_en.is_empty(), "only in English: {only_en:?}");
}

/// Each message of a catalogue with the variables it uses (`{ $name }`), its continuation
/// lines (indented: variants, long texts) included.
fn variables(lang: &str) -> std::collections::BTreeMap<String, BTreeSet<String>> {
    let path = common::profiles::repo("").join(format!("assets/i18n/{lang}/behoeftewijzer.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let var = regex::Regex::new(r"\$([a-z_]+)").expect("regex");
    let mut out = std::collections::BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let starts = line.split_once(" =").filter(|(id, _)| {
            !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
        if let Some((id, _)) = starts {
            current = Some(id.to_owned());
            out.insert(id.to_owned(), BTreeSet::new());
        } else if !line.starts_with(' ') {
            current = None;
        }
        if let Some(id) = &current {
            let set = out.get_mut(id).expect("inserted");
            set.extend(var.captures_iter(line).map(|c| c[1].to_owned()));
        }
    }
    out
}

/// `tr!` checks a message's arguments against the Dutch catalogue at compile time; an English
/// message that uses another variable (a typo, one left out) would only show at run time.
#[test]
fn both_languages_use_the_same_variables_in_every_message() {
    let (nl, en) = (variables("nl"), variables("en"));
    assert!(
        nl.values().any(|v| !v.is_empty()),
        "no variables found at all"
    );
    let differ: Vec<String> = nl
        .iter()
        .filter_map(|(id, vars)| {
            let other = en.get(id)?;
            (vars != other).then(|| format!("{id}: nl {vars:?}, en {other:?}"))
        })
        .collect();
    assert!(
        differ.is_empty(),
        "variables differ:\n{}",
        differ.join("\n")
    );
}

#[test]
fn every_id_is_used_and_every_used_id_exists() {
    let known: BTreeSet<String> = ids("nl").into_iter().collect();
    let mut used = used();
    // The command line's help finds its texts by the commands' and options' names
    // (`cli::help`), not by literal ids.
    used.extend(
        behoeftewijzer::cli::help::texts(behoeftewijzer::lang::Lang::Nl)
            .into_iter()
            .map(|(id, _)| id),
    );
    assert!(!used.is_empty());
    let unused: Vec<&String> = known.difference(&used).collect();
    let missing: Vec<&String> = used.difference(&known).collect();
    assert!(unused.is_empty(), "ids no code uses: {unused:?}");
    assert!(
        missing.is_empty(),
        "ids the code uses but the catalogue lacks: {missing:?}"
    );
}

#[test]
fn a_message_reads_the_same_as_its_catalogue_line_in_either_language() {
    use behoeftewijzer::lang::Lang;
    use behoeftewijzer::tr;
    assert_eq!(tr!(Lang::Nl, "brief-still-open"), "(nog open)");
    assert_eq!(tr!(Lang::En, "brief-still-open"), "(still open)");
}
