//! How a privacy pattern is compiled and searched (issue 35: the command line's fixed start):
//! regex-automata's meta engine, configured as the `regex` crate configures it, with or
//! without its literal prefilters. A prefilter skips to where a match can start (an `@`, a
//! digit) and makes a search of a long text up to twenty times faster, but finding and building
//! it took about half of compiling the 28 patterns (6.8 → 3.7 ms without). So the window, which
//! scans the profile again on every change and compiles the patterns on another core while it
//! starts, keeps them; a command, which scans once, compiles without ([`Build::OneScan`]).
//! What it finds is what `regex::Regex` finds, group by group, either way (a test holds them
//! side by side); the parts found are [`Found`] and [`Groups`], read from the text a search is
//! about, which for the name patterns is not the text searched (see `letters.rs`).

use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

use regex_automata::{Input, meta};

/// `source` with its case-insensitive parts folding the case of ASCII's letters only:
/// `(?i)` becomes `(?i-u)`, and white space stays Unicode's (`\s` as `(?u:\s)`). Unicode's
/// simple case folding gives two ASCII letters a third form, the Kelvin sign (K) for k and the
/// long s (ſ) for s, and every class or word with a k or an s compiled to a larger automaton
/// for them; none of the words, codes and addresses the patterns look for is written with
/// either. A pattern that needs a letter outside ASCII in a case-insensitive part says
/// `(?u:…)` around it. Patterns without `(?i` are left as they are.
pub(super) fn ascii_case(source: &str) -> String {
    if !source.contains("(?i") {
        return source.to_owned();
    }
    source
        .replace("(?i)", "(?i-u)")
        .replace("(?i:", "(?i-u:")
        .replace(r"\s", r"(?u:\s)")
}

/// What the patterns are compiled for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Build {
    /// Texts scanned again and again (the window): with prefilters, the faster search.
    ManyScans,
    /// One scan (a command): without prefilters, the faster compile.
    OneScan,
}

static ONE_SCAN: AtomicBool = AtomicBool::new(false);

/// Compile the patterns not yet compiled for `use_`: a command says so before it scans.
pub fn compile_for(use_: Build) {
    ONE_SCAN.store(use_ == Build::OneScan, Ordering::Relaxed);
}

/// What the patterns are compiled for now ([`Build::ManyScans`] unless told otherwise).
fn build() -> Build {
    if ONE_SCAN.load(Ordering::Relaxed) {
        Build::OneScan
    } else {
        Build::ManyScans
    }
}

/// A compiled pattern.
pub(super) struct Engine(meta::Regex);

impl Engine {
    /// `source` compiled with the settings `regex::Regex::new` uses (the size limits of its
    /// automata, Unicode and UTF-8 on), with literal prefilters as [`build`] says.
    pub fn new(source: &str) -> Result<Self, Box<meta::BuildError>> {
        Self::with(source, build())
    }

    /// `source` compiled for `use_`.
    pub(super) fn with(source: &str, use_: Build) -> Result<Self, Box<meta::BuildError>> {
        let config = meta::Config::new()
            .nfa_size_limit(Some(10 * (1 << 20)))
            .hybrid_cache_capacity(2 * (1 << 20))
            .auto_prefilter(use_ == Build::ManyScans);
        meta::Builder::new()
            .configure(config)
            .build(source)
            .map(Self)
            .map_err(Box::new)
    }

    /// The first match in `text`.
    pub fn find<'t>(&self, text: &'t str) -> Option<Found<'t>> {
        self.0.find(text).map(|m| Found::new(text, m.range()))
    }

    /// Every match in `text`, left to right, none overlapping.
    pub fn find_iter<'t, 'e>(&'e self, text: &'t str) -> impl Iterator<Item = Found<'t>> + 'e
    where
        't: 'e,
    {
        self.find_iter_in(text, text)
    }

    /// Whether it matches anywhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text)
    }

    /// The groups of every match in `text`.
    pub fn captures_iter<'t, 'e>(&'e self, text: &'t str) -> impl Iterator<Item = Groups<'t>> + 'e
    where
        't: 'e,
    {
        self.captures_iter_in(text, text)
    }

    /// The groups of the first match in `text` from byte `at` on (what is before `at` still
    /// counts for a word boundary; `^` matches only at 0).
    #[cfg(test)]
    pub fn captures_at<'t>(&self, text: &'t str, at: usize) -> Option<Groups<'t>> {
        self.captures_at_in(text, at, text)
    }

    /// [`Self::find_iter`] on `searched`, the parts read from `read` (of the same length).
    pub(super) fn find_iter_in<'t, 'e>(
        &'e self,
        searched: &'e str,
        read: &'t str,
    ) -> impl Iterator<Item = Found<'t>> + 'e
    where
        't: 'e,
    {
        self.0
            .find_iter(searched)
            .map(move |m| Found::new(read, m.range()))
    }

    /// [`Self::captures_iter`] on `searched`, the parts read from `read`.
    pub(super) fn captures_iter_in<'t, 'e>(
        &'e self,
        searched: &'e str,
        read: &'t str,
    ) -> impl Iterator<Item = Groups<'t>> + 'e
    where
        't: 'e,
    {
        self.0
            .captures_iter(searched)
            .map(move |c| Groups::of(read, &c))
    }

    /// [`Self::captures_at`] on `searched`, the parts read from `read`.
    pub(super) fn captures_at_in<'t>(
        &self,
        searched: &str,
        at: usize,
        read: &'t str,
    ) -> Option<Groups<'t>> {
        let input = Input::new(searched).span(at..searched.len());
        let mut caps = self.0.create_captures();
        self.0.search_captures(&input, &mut caps);
        caps.is_match().then(|| Groups::of(read, &caps))
    }
}

/// A part of a text a pattern found.
#[derive(Clone)]
pub(super) struct Found<'t> {
    text: &'t str,
    range: Range<usize>,
}

impl<'t> Found<'t> {
    fn new(text: &'t str, range: Range<usize>) -> Self {
        Self { text, range }
    }

    pub fn as_str(&self) -> &'t str {
        &self.text[self.range.clone()]
    }

    pub fn range(&self) -> Range<usize> {
        self.range.clone()
    }

    pub fn start(&self) -> usize {
        self.range.start
    }

    pub fn end(&self) -> usize {
        self.range.end
    }

    pub fn len(&self) -> usize {
        self.range.len()
    }
}

/// The groups of one match, in the text.
pub(super) struct Groups<'t> {
    text: &'t str,
    groups: Vec<Option<Range<usize>>>,
}

impl<'t> Groups<'t> {
    fn of(text: &'t str, c: &regex_automata::util::captures::Captures) -> Self {
        Self {
            text,
            groups: c.iter().map(|g| g.map(|s| s.range())).collect(),
        }
    }

    /// Group `i` (0: the whole match), if it took part.
    pub fn get(&self, i: usize) -> Option<Found<'t>> {
        let range = self.groups.get(i)?.clone()?;
        Some(Found::new(self.text, range))
    }

    /// Every group, as ranges (`None` where it took no part).
    #[cfg(test)]
    pub fn ranges(&self) -> Vec<Option<Range<usize>>> {
        self.groups.clone()
    }
}

/// Every group of every match from byte `at` on, as ranges, `captures_at` giving the groups
/// of the first match from a place: to hold two engines side by side in the tests.
#[cfg(test)]
pub(super) fn every_match(
    hay: &str,
    at: usize,
    captures_at: impl Fn(usize) -> Option<Vec<Option<Range<usize>>>>,
) -> Vec<Vec<Option<Range<usize>>>> {
    let mut out = Vec::new();
    let mut from = at;
    while from <= hay.len() {
        let Some(groups) = captures_at(from) else {
            break;
        };
        let whole = groups.first().cloned().flatten().unwrap_or(from..from);
        out.push(groups);
        from = if whole.is_empty() {
            whole.end + 1
        } else {
            whole.end
        };
        while from < hay.len() && !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    out
}

/// The first place in `text` from which `engine`, searching `searched` (of the same length),
/// finds other matches or groups than `oracle` in `text`, if there is one.
#[cfg(test)]
pub(super) fn first_difference(
    engine: &Engine,
    searched: &str,
    oracle: &regex::Regex,
    text: &str,
) -> Option<usize> {
    (0..=text.len())
        .filter(|&at| text.is_char_boundary(at))
        .find(|&at| {
            every_match(searched, at, |from| {
                engine.captures_at(searched, from).map(|g| g.ranges())
            }) != every_match(text, at, |from| oracle_groups(oracle, text, from))
        })
}

/// What `regex::Regex` finds from byte `at` on: the groups of its first match.
#[cfg(test)]
pub(super) fn oracle_groups(
    oracle: &regex::Regex,
    hay: &str,
    at: usize,
) -> Option<Vec<Option<Range<usize>>>> {
    oracle
        .captures_at(hay, at)
        .map(|c| c.iter().map(|g| g.map(|m| m.range())).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pieces of what the patterns look for and what stands around it: numbers of every
    /// length and grouping, dates in three forms, postcodes and streets, IBANs, e-mail
    /// addresses and handles, plates, case numbers, names, initials, honorifics, ages and
    /// classes, the words of a person's life, letters outside ASCII and of no case, and every
    /// kind of space and punctuation the patterns name.
    const PIECES: [&str; 64] = [
        "123456782",
        "111 222 333",
        "1234.56.782",
        "0612345678",
        "06-87654321",
        "+31 6 8765 4321",
        "12-03-1985",
        "3/7/79",
        "2009-05-12",
        "12 mei 2009",
        "3 Jan. '79",
        "3511 AB",
        " 12",
        "-2",
        " hs",
        "Dorpsstraat",
        "Van Speijkstraat",
        "NL91 ABNA 0417 1643 00",
        "NL91ABNA0417164300",
        "fatima.x@gmail.com",
        "@Fatima_1",
        "instagram.com/",
        "AB-12-CD",
        "dossiernummer: ",
        "cliëntnummer ",
        "V-nummer",
        "XN12AB345",
        "Jansen",
        "Özlem",
        "İlker",
        "ǅemal",
        "\u{212a}",
        "mevrouw ",
        "dhr. ",
        "de heer ",
        "J. ",
        "Ü.",
        "van der ",
        "'t ",
        "(12)",
        ", 8 jaar",
        " jr.",
        " zit in groep 4",
        " op de basisschool",
        " heeft ",
        " woont ",
        "haar moeder",
        "SCHULD",
        " ",
        "\u{a0}",
        "\n",
        ", ",
        ". ",
        "; ",
        "(",
        ")",
        "-",
        "’",
        "•",
        "ſ",
        "KANKER",
        "Kenmerk: ",
        "Cliëntnummer ",
        "SEPTEMBER",
    ];

    fn text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            6 => proptest::sample::select(&PIECES[..]).prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
        ];
        proptest::collection::vec(piece, 0..16).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 150,
            failure_persistence: None,
            ..proptest::prelude::ProptestConfig::default()
        })]

        /// Every privacy pattern, as compiled here, finds what `regex::Regex` finds with the
        /// same source: every match, group by group, from every place a search may start.
        #[test]
        fn every_pattern_finds_what_the_regex_crate_finds(text in text()) {
            for p in super::super::patterns().all() {
                let source = p.compiled_source();
                let Ok(oracle) = regex::Regex::new(&source) else {
                    panic!("{source}");
                };
                for use_ in [Build::ManyScans, Build::OneScan] {
                    let Ok(engine) = Engine::with(&source, use_) else {
                        panic!("{source}");
                    };
                    proptest::prop_assert_eq!(
                        first_difference(&engine, &text, &oracle, &text),
                        None,
                        "{} ({:?}) in {:?}", source, use_, text
                    );
                }
                let engine: &Engine = p;
                // And the searches the scan uses, from the start.
                let found: Vec<_> = engine.find_iter(&text).map(|m| m.range()).collect();
                let expected: Vec<_> = oracle.find_iter(&text).map(|m| m.range()).collect();
                proptest::prop_assert_eq!(found, expected, "{}", source);
                let groups: Vec<_> = engine.captures_iter(&text).map(|g| g.ranges()).collect();
                let expected: Vec<_> = oracle
                    .captures_iter(&text)
                    .map(|c| c.iter().map(|g| g.map(|m| m.range())).collect::<Vec<_>>())
                    .collect();
                proptest::prop_assert_eq!(groups, expected, "{}", source);
                proptest::prop_assert_eq!(engine.is_match(&text), oracle.is_match(&text));
                proptest::prop_assert_eq!(
                    engine.find(&text).map(|m| m.range()),
                    oracle.find(&text).map(|m| m.range())
                );
            }
        }

        /// Folding the case of ASCII's letters only finds what Unicode's case folding finds,
        /// in any text without the two letters it leaves out (the Kelvin sign, the long s).
        #[test]
        fn ascii_case_folding_finds_what_unicode_case_folding_finds(text in text()) {
            let text = text.replace(['\u{212a}', 'ſ'], "");
            for p in super::super::patterns().all() {
                let source = (p.source)();
                let unicode = if p.on_letters {
                    super::super::letters::on_letters(&source)
                } else {
                    source
                };
                let Ok(oracle) = regex::Regex::new(&unicode) else {
                    panic!("{unicode}");
                };
                proptest::prop_assert_eq!(
                    first_difference(p, &text, &oracle, &text),
                    None,
                    "{} in {:?}", unicode, text
                );
            }
        }
    }
}
