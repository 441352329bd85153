//! How a privacy pattern is compiled and searched (issue 35: the command line's fixed start):
//! regex-automata's meta engine, configured as the `regex` crate configures it, with or
//! without its literal prefilters, or the pattern's automata made ahead and stored in the
//! program. A prefilter skips to where a match can start (an `@`, a digit) and makes a search
//! of a long text up to twenty times faster, but finding and building it took about half of
//! compiling the 28 patterns (6.8 → 3.7 ms without). So the window, which scans the profile
//! again on every change and compiles the patterns on another core while it starts, keeps
//! them. A command scans once ([`Build::OneScan`]): it searches with the patterns' dense
//! automata, made ahead and stored in the program (`assets/privacy/automata.bin`, read in
//! place, nothing compiled), which search a brief's 16 kB of text in under a millisecond for
//! all 28 patterns where compiling them took about 4 ms and searching with the compiled
//! engine as long again; it compiles a pattern only when it must read a match's groups.
//! What it finds is what `regex::Regex` finds, group by group, in every way (a test holds them
//! side by side); the parts found are [`Found`] and [`Groups`], read from the text a search is
//! about, which for the name patterns is not the text searched (see `letters.rs`).

use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use regex_automata::{Anchored, Input, dfa, meta};

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

/// How the patterns are made ready to search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Build {
    /// Texts scanned again and again (the window, `compare`): compiled with prefilters, the
    /// faster search once compiled.
    ManyScans,
    /// One scan (`check`, and the gate of `brief` and `verslag`): the stored automata,
    /// nothing compiled but what reads a match's groups (without prefilters, the faster
    /// compile).
    OneScan,
}

/// Whether a command said it scans once ([`Build::OneScan`]).
static ONE_SCAN: AtomicBool = AtomicBool::new(false);

/// How the patterns are to be made ready from now on: a command says so before it scans.
pub fn build_for(use_: Build) {
    ONE_SCAN.store(use_ == Build::OneScan, Ordering::Relaxed);
}

/// How the patterns are made ready now ([`Build::ManyScans`] unless told otherwise).
fn build() -> Build {
    if ONE_SCAN.load(Ordering::Relaxed) {
        Build::OneScan
    } else {
        Build::ManyScans
    }
}

/// A pattern ready to search: compiled, or its stored automata.
pub(super) struct Engine {
    /// The pattern's stored automata, for one scan ([`Build::OneScan`]).
    stored: Option<Stored>,
    /// The compiled engine: made at once without stored automata, else the first time a
    /// match's groups are to be read.
    compiled: OnceLock<meta::Regex>,
    source: String,
    use_: Build,
}

/// A pattern's automata as stored in [`STORED`]: what they find, and how many groups it has.
struct Stored {
    regex: dfa::regex::Regex<Automaton>,
    groups: usize,
}

/// A stored automaton, read in place.
type Automaton = dfa::dense::DFA<&'static [u32]>;

impl Engine {
    /// `source` made ready as [`build`] says: its stored automata, or compiled (see
    /// [`compile`]).
    pub fn new(source: &str) -> Result<Self, Box<meta::BuildError>> {
        Self::with(source, build())
    }

    /// `source` for `use_`: for one scan its stored automata where there are any, else
    /// compiled now.
    pub(super) fn with(source: &str, use_: Build) -> Result<Self, Box<meta::BuildError>> {
        let stored = match use_ {
            Build::OneScan => stored(source),
            Build::ManyScans => None,
        };
        let engine = Self {
            stored,
            compiled: OnceLock::new(),
            source: source.to_owned(),
            use_,
        };
        if engine.stored.is_none() {
            let _ = engine.compiled.set(compile(source, use_)?);
        }
        Ok(engine)
    }

    /// The compiled engine, compiled now if it is not yet.
    fn compiled(&self) -> &meta::Regex {
        self.compiled
            .get_or_init(|| match compile(&self.source, self.use_) {
                Ok(regex) => regex,
                // The patterns are constants: a test compiles every one of them.
                Err(e) => panic!("privacy pattern {}: {e}", self.source),
            })
    }

    /// The first match in `text`.
    pub fn find<'t>(&self, text: &'t str) -> Option<Found<'t>> {
        let range = match &self.stored {
            Some(stored) => stored.regex.find(text).map(|m| m.range()),
            None => self.compiled().find(text).map(|m| m.range()),
        };
        range.map(|range| Found::new(text, range))
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
        match &self.stored {
            Some(stored) => stored.regex.is_match(text),
            None => self.compiled().is_match(text),
        }
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
        let ranges: Box<dyn Iterator<Item = Range<usize>> + 'e> = match &self.stored {
            Some(stored) => Box::new(stored.regex.find_iter(searched).map(|m| m.range())),
            None => Box::new(self.compiled().find_iter(searched).map(|m| m.range())),
        };
        ranges.map(move |range| Found::new(read, range))
    }

    /// [`Self::captures_iter`] on `searched`, the parts read from `read`.
    pub(super) fn captures_iter_in<'t, 'e>(
        &'e self,
        searched: &'e str,
        read: &'t str,
    ) -> Box<dyn Iterator<Item = Groups<'t>> + 'e>
    where
        't: 'e,
    {
        match &self.stored {
            Some(stored) => Box::new(
                stored
                    .regex
                    .find_iter(searched)
                    .map(move |m| self.groups_at(stored, searched, m.range(), read)),
            ),
            None => Box::new(
                self.compiled()
                    .captures_iter(searched)
                    .map(move |c| Groups::of(read, &c)),
            ),
        }
    }

    /// [`Self::captures_at`] on `searched`, the parts read from `read`.
    pub(super) fn captures_at_in<'t>(
        &self,
        searched: &str,
        at: usize,
        read: &'t str,
    ) -> Option<Groups<'t>> {
        let input = Input::new(searched).span(at..searched.len());
        if let Some(stored) = &self.stored {
            let found = stored.regex.find(input)?;
            return Some(self.groups_at(stored, searched, found.range(), read));
        }
        let regex = self.compiled();
        let mut caps = regex.create_captures();
        regex.search_captures(&input, &mut caps);
        caps.is_match().then(|| Groups::of(read, &caps))
    }

    /// The groups of the match the stored automata found at `range`: the whole match alone
    /// when the pattern has no other groups, else what the compiled engine finds anchored
    /// at its start (the same match: both take the leftmost, and of those the first
    /// alternative).
    fn groups_at<'t>(
        &self,
        stored: &Stored,
        searched: &str,
        range: Range<usize>,
        read: &'t str,
    ) -> Groups<'t> {
        if stored.groups > 1 {
            let regex = self.compiled();
            let input = Input::new(searched)
                .span(range.start..searched.len())
                .anchored(Anchored::Yes);
            let mut caps = regex.create_captures();
            regex.search_captures(&input, &mut caps);
            if caps.get_match().map(|m| m.range()) == Some(range.clone()) {
                return Groups::of(read, &caps);
            }
            log::error!("privacy pattern {}: stored automata disagree", self.source);
        }
        let mut groups = vec![None; stored.groups.max(1)];
        groups[0] = Some(range);
        Groups { text: read, groups }
    }
}

/// `source` compiled with the settings `regex::Regex::new` uses (the size limits of its
/// automata, Unicode and UTF-8 on), with literal prefilters for [`Build::ManyScans`].
fn compile(source: &str, use_: Build) -> Result<meta::Regex, Box<meta::BuildError>> {
    let config = meta::Config::new()
        .nfa_size_limit(Some(10 * (1 << 20)))
        .hybrid_cache_capacity(2 * (1 << 20))
        .auto_prefilter(use_ == Build::ManyScans);
    meta::Builder::new()
        .configure(config)
        .build(source)
        .map_err(Box::new)
}

/// The patterns' automata, made ahead and stored in the program (issue 35: compiling the 28
/// patterns was half of `check`'s work): for each compiled source, regex-automata's forward
/// and reverse dense DFA (minimised), serialised little-endian, and the pattern's number of
/// groups. Dense, not sparse: a sparse automaton is about a third of the size but searched
/// about six times slower than the dense one (16 kB of a brief's text, all 28 patterns:
/// 4.7 against 0.8 ms).
/// `tests::the_stored_automata_are_the_patterns_own` holds them to the patterns (and writes
/// them anew with `BEHOEFTEWIJZER_WRITE_AUTOMATA=1`); a source not found here is compiled.
static STORED: &Aligned<[u8]> = &Aligned(*include_bytes!("../../../assets/privacy/automata.bin"));

/// The stored automata start at an address a DFA may be read from (a multiple of 8).
#[repr(C, align(8))]
struct Aligned<B: ?Sized>(B);

/// The first eight bytes of [`STORED`].
const MAGIC: &[u8; 8] = b"BWDFA\x00\x00\x02";

/// One entry of [`STORED`].
struct Entry {
    source: &'static [u8],
    groups: usize,
    forward: &'static [u8],
    reverse: &'static [u8],
}

/// The entries of `bytes`: after [`MAGIC`], each as four little-endian `u32` (the source's
/// length, the number of groups, the forward and reverse automaton's lengths) and then the
/// source and the two automata, each padded to a multiple of 8. `None` past the end or at
/// anything that does not fit.
fn entries(bytes: &'static [u8]) -> impl Iterator<Item = Entry> {
    let mut at = MAGIC.len();
    let valid = bytes.starts_with(MAGIC);
    std::iter::from_fn(move || {
        if !valid {
            return None;
        }
        let word = |i: usize| -> Option<usize> {
            let b = bytes.get(at + 4 * i..at + 4 * i + 4)?;
            Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
        };
        let (source, groups, forward, reverse) = (word(0)?, word(1)?, word(2)?, word(3)?);
        let mut next = at + 16;
        let mut take = |len: usize| -> Option<&'static [u8]> {
            let part = bytes.get(next..next.checked_add(len)?)?;
            next += len.next_multiple_of(8);
            Some(part)
        };
        let entry = Entry {
            source: take(source)?,
            groups,
            forward: take(forward)?,
            reverse: take(reverse)?,
        };
        at = next;
        Some(entry)
    })
}

/// The stored automata of `source`, if there are any that read back.
fn stored(source: &str) -> Option<Stored> {
    let entry = entries(&STORED.0).find(|e| e.source == source.as_bytes())?;
    let read = || -> Result<Stored, Box<dyn std::error::Error>> {
        let (forward, reverse) = (automaton(entry.forward)?, automaton(entry.reverse)?);
        Ok(Stored {
            regex: dfa::regex::Builder::new().build_from_dfas(forward, reverse),
            groups: entry.groups,
        })
    };
    read()
        .inspect_err(|e| log::warn!("the stored automata of {source} do not read: {e}"))
        .ok()
}

/// A stored automaton read in place, without checking every transition again: that check
/// took a third of `check`'s time, more than compiling.
#[cfg(target_endian = "little")]
fn automaton(
    bytes: &'static [u8],
) -> Result<Automaton, regex_automata::util::wire::DeserializeError> {
    // SAFETY: `bytes` are built into the program (`include_bytes!`) from what this
    // regex-automata (the lock file's version) serialised with `to_bytes_little_endian`, on
    // this little-endian target: `tests::the_stored_automata_are_the_patterns_own` fails
    // unless every byte is what it makes of the patterns now and each automaton passes the
    // full check of `from_bytes`. What regex-automata still checks here (the header, the
    // version, the lengths) it checks.
    #[allow(unsafe_code)]
    let read = unsafe { dfa::dense::DFA::from_bytes_unchecked(bytes) };
    read.map(|(dfa, _)| dfa)
}

/// On a big-endian computer the stored automata do not read; the patterns are compiled.
#[cfg(not(target_endian = "little"))]
fn automaton(
    bytes: &'static [u8],
) -> Result<Automaton, regex_automata::util::wire::DeserializeError> {
    dfa::dense::DFA::from_bytes(bytes).map(|(dfa, _)| dfa)
}

/// The bytes of [`STORED`] for `sources`: each compiled source with its number of groups.
#[cfg(test)]
pub(super) fn stored_bytes(sources: &[(String, usize)]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    for (source, groups) in sources {
        let regex = match dfa::regex::Builder::new()
            .dense(dfa::dense::Config::new().minimize(true))
            .build(source)
        {
            Ok(regex) => regex,
            Err(e) => panic!("{source}: {e}"),
        };
        let (forward, forward_pad) = regex.forward().to_bytes_little_endian();
        let (reverse, reverse_pad) = regex.reverse().to_bytes_little_endian();
        let (forward, reverse) = (&forward[forward_pad..], &reverse[reverse_pad..]);
        for len in [source.len(), *groups, forward.len(), reverse.len()] {
            let Ok(len) = u32::try_from(len) else {
                panic!("{source}: {len} does not fit");
            };
            out.extend_from_slice(&len.to_le_bytes());
        }
        for part in [source.as_bytes(), forward, reverse] {
            out.extend_from_slice(part);
            out.resize(out.len().next_multiple_of(8), 0);
        }
    }
    out
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

    /// The stored automata are the patterns' own: what `stored_bytes` makes of every
    /// pattern's compiled source now, byte for byte, and each reads back. After a pattern
    /// changes, `BEHOEFTEWIJZER_WRITE_AUTOMATA=1 cargo test --lib stored_automata` writes
    /// them anew (and fails once more, with the old bytes still built in).
    #[test]
    fn the_stored_automata_are_the_patterns_own() {
        let sources: Vec<(String, usize)> = super::super::patterns()
            .all()
            .iter()
            .map(|p| {
                let source = p.compiled_source();
                let Ok(regex) = compile(&source, Build::OneScan) else {
                    panic!("{source}");
                };
                (source, regex.captures_len())
            })
            .collect();
        let bytes = stored_bytes(&sources);
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/privacy/automata.bin");
        if std::env::var_os("BEHOEFTEWIJZER_WRITE_AUTOMATA").is_some() {
            std::fs::write(path, &bytes).expect("write the stored automata");
        }
        assert!(
            bytes == STORED.0,
            "{path} is not what the patterns make now ({} bytes, {} stored): \
             BEHOEFTEWIJZER_WRITE_AUTOMATA=1 cargo test --lib stored_automata",
            bytes.len(),
            STORED.0.len()
        );
        for (source, groups) in &sources {
            let Some(stored) = stored(source) else {
                panic!("no stored automata for {source}");
            };
            assert_eq!(stored.groups, *groups, "{source}");
        }
        // Every automaton passes regex-automata's full check (what reading them in place
        // leaves out).
        for entry in entries(&STORED.0) {
            for bytes in [entry.forward, entry.reverse] {
                if let Err(e) = dfa::dense::DFA::from_bytes(bytes) {
                    panic!("{}: {e}", String::from_utf8_lossy(entry.source));
                }
            }
        }
        assert_eq!(entries(&STORED.0).count(), sources.len());
    }

    /// A command's scan of a long text, full of what the patterns look for, finds what
    /// `regex::Regex` finds with the stored automata, before and after; a pattern is compiled
    /// only to read the groups of a match, so one without groups stays uncompiled.
    #[test]
    fn a_long_text_is_searched_by_the_stored_automata_alike() {
        let piece = "Mevrouw Ö. de Vries-Yılmaz (12) woont op Dorpsstraat 12a, 3511 AB; \
                     IBAN NL91 ABNA 0417 1643 00, e-mail x@y.nl, 12-03-1985. ";
        let text = piece.repeat(64 * 1024 / piece.len());
        for p in super::super::patterns().all() {
            let source = p.compiled_source();
            let (Ok(engine), Ok(oracle)) = (
                Engine::with(&source, Build::OneScan),
                regex::Regex::new(&source),
            ) else {
                panic!("{source}");
            };
            assert!(engine.stored.is_some(), "{source}");
            for (round, part) in [piece, text.as_str(), piece].into_iter().enumerate() {
                let groups: Vec<_> = engine.captures_iter(part).map(|g| g.ranges()).collect();
                let expected: Vec<_> = oracle
                    .captures_iter(part)
                    .map(|c| c.iter().map(|g| g.map(|m| m.range())).collect::<Vec<_>>())
                    .collect();
                assert_eq!(groups, expected, "{source}, round {round}");
            }
            let Some(stored) = &engine.stored else {
                unreachable!("checked above");
            };
            assert_eq!(
                engine.compiled.get().is_some(),
                stored.groups > 1 && oracle.is_match(piece),
                "{source}: compiled or not"
            );
        }
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
                // The window's engine, and a command's stored automata.
                let engines = [
                    Engine::with(&source, Build::ManyScans),
                    Engine::with(&source, Build::OneScan),
                ];
                for (i, engine) in engines.into_iter().enumerate() {
                    let Ok(engine) = engine else {
                        panic!("{source}");
                    };
                    proptest::prop_assert_eq!(
                        first_difference(&engine, &text, &oracle, &text),
                        None,
                        "{} (engine {}) in {:?}", source, i, text
                    );
                    let found: Vec<_> = engine.find_iter(&text).map(|m| m.range()).collect();
                    let expected: Vec<_> = oracle.find_iter(&text).map(|m| m.range()).collect();
                    proptest::prop_assert_eq!(found, expected, "{} (engine {})", source, i);
                    let groups: Vec<_> = engine.captures_iter(&text).map(|g| g.ranges()).collect();
                    let expected: Vec<_> = oracle
                        .captures_iter(&text)
                        .map(|c| c.iter().map(|g| g.map(|m| m.range())).collect::<Vec<_>>())
                        .collect();
                    proptest::prop_assert_eq!(groups, expected, "{} (engine {})", source, i);
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
