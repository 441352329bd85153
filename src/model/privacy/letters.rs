//! Names found without compiling Unicode's letter classes (issue 35): the patterns for names
//! ask for an upper-case letter (`\p{Lu}`) or a lower-case one (`\p{Ll}`), and compiling those
//! two classes took more than half of the privacy patterns' start. They run instead on a copy
//! of the text in which every letter outside ASCII stands as one of six letters of its case
//! and its length in UTF-8 ("Özlem" as "Àzlem"), so `[A-ZÀḀ𝐀]` finds every upper-case letter
//! and the copy's positions are the text's own. A match is read from the text itself.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::Pattern;
use super::engine::{Engine, Found, Groups};

/// What a name pattern's `\p{Lu}` becomes: ASCII's capitals and the stand-ins of two, three
/// and four bytes.
const UPPER: &str = "[A-ZÀḀ𝐀]";
/// What `\p{Ll}` becomes.
const LOWER: &str = "[a-zàḁ𝐚]";

/// The stand-ins by length in UTF-8 (2, 3 and 4 bytes): upper case, lower case.
const STAND_INS: [(char, char); 3] = [('À', 'à'), ('Ḁ', 'ḁ'), ('𝐀', '𝐚')];

/// A name pattern's source as it runs on the copy.
pub(super) fn on_letters(source: &str) -> String {
    source.replace(r"\p{Lu}", UPPER).replace(r"\p{Ll}", LOWER)
}

/// Characters as ranges, first and last.
type Ranges = Vec<(char, char)>;

/// Unicode's general category of letters `class` ("Lu" or "Ll") as ranges, from the regex
/// crate's own tables, so that the copy agrees with `\p{Lu}` and `\p{Ll}` exactly.
fn ranges(class: &str) -> Ranges {
    let hir = regex_syntax::Parser::new().parse(&format!(r"\p{{{class}}}"));
    match hir.as_ref().map(regex_syntax::hir::Hir::kind) {
        Ok(regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(c))) => {
            c.ranges().iter().map(|r| (r.start(), r.end())).collect()
        }
        // A constant of the program: a test reads both classes.
        other => panic!("\\p{{{class}}} is not a class of characters: {other:?}"),
    }
}

fn is_in(c: char, ranges: &[(char, char)]) -> bool {
    ranges
        .binary_search_by(|&(start, end)| {
            if end < c {
                std::cmp::Ordering::Less
            } else if start > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The letter `c` stands as on the copy.
fn stand_in(c: char) -> char {
    static CLASSES: OnceLock<(Ranges, Ranges)> = OnceLock::new();
    if c.is_ascii() {
        return c;
    }
    let (upper, lower) = CLASSES.get_or_init(|| (ranges("Lu"), ranges("Ll")));
    let (up, low) = STAND_INS[c.len_utf8() - 2];
    if is_in(c, upper) {
        up
    } else if is_in(c, lower) {
        low
    } else {
        c
    }
}

/// A text and its copy for the name patterns.
pub(super) struct Letters<'t> {
    pub text: &'t str,
    copy: Cow<'t, str>,
}

impl<'t> Letters<'t> {
    pub fn new(text: &'t str) -> Self {
        let copy = if text.is_ascii() {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(text.chars().map(stand_in).collect())
        };
        Self { text, copy }
    }
}

/// A pattern that asks for letters by case, run on [`Letters`].
pub(super) struct NamePattern(pub Pattern);

impl NamePattern {
    pub fn new(source: fn() -> String) -> Self {
        Self(Pattern::on_letters(source))
    }

    fn engine(&self) -> &Engine {
        &self.0
    }

    pub fn captures_iter<'t, 'l>(
        &'l self,
        l: &'l Letters<'t>,
    ) -> impl Iterator<Item = Groups<'t>> + 'l {
        self.engine().captures_iter_in(&l.copy, l.text)
    }

    pub fn captures_at<'t>(&self, l: &Letters<'t>, at: usize) -> Option<Groups<'t>> {
        self.engine().captures_at_in(&l.copy, at, l.text)
    }

    pub fn find_iter<'t, 'l>(&'l self, l: &'l Letters<'t>) -> impl Iterator<Item = Found<'t>> + 'l {
        self.engine().find_iter_in(&l.copy, l.text)
    }
}

#[cfg(test)]
mod tests {
    use super::super::engine::first_difference;
    use super::*;

    /// Every stand-in is of the case and the length it stands for.
    #[test]
    fn the_stand_ins_are_of_their_case_and_length() {
        let (upper, lower) = (ranges("Lu"), ranges("Ll"));
        assert!(upper.len() > 100 && lower.len() > 100);
        for (i, (up, low)) in STAND_INS.into_iter().enumerate() {
            assert_eq!((up.len_utf8(), low.len_utf8()), (i + 2, i + 2));
            assert!(is_in(up, &upper) && !is_in(up, &lower));
            assert!(is_in(low, &lower) && !is_in(low, &upper));
            assert_eq!((stand_in(up), stand_in(low)), (up, low));
        }
        // Every character keeps its length, and a letter its case.
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let s = stand_in(c);
            assert_eq!(s.len_utf8(), c.len_utf8(), "{c:?}");
            assert_eq!(is_in(s, &upper), is_in(c, &upper), "{c:?}");
            assert_eq!(is_in(s, &lower), is_in(c, &lower), "{c:?}");
        }
    }

    /// Pieces of text the name patterns care about: names with letters outside ASCII of both
    /// cases and every length, title-case and modifier letters (neither upper nor lower case),
    /// letters that fold to ASCII (the Kelvin sign, the long s), spaces of every kind, ages,
    /// classes, initials, particles and verbs.
    const PIECES: [&str; 41] = [
        "Özlem",
        "Åsa",
        "Jansen",
        "mevrouw ",
        "de ",
        "van ",
        "Van ",
        " ",
        "\u{a0}",
        ", ",
        "(12)",
        " 38 jaar",
        "J.",
        "Ü.",
        " Ş. ",
        "ǅemal",
        "ſ",
        "\u{212a}",
        "İlker",
        "ßa",
        "é",
        "Ärzte",
        " uit ",
        "groep ",
        "4 ",
        "havo",
        " heeft ",
        "’",
        "-",
        "\n",
        ". ",
        "Ⅰ",
        "ⓐ",
        "ʰ",
        "Σίσυφος",
        "𝐀",
        "\u{10400}\u{10428}",
        "ǈ",
        "dhr. ",
        "Mohamed",
        "Ꞵꞵẞ",
    ];

    fn text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            4 => proptest::sample::select(&PIECES[..]).prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
        ];
        proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        // Nothing written into the source tree when a case fails: the failure says the text.
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 200,
            failure_persistence: None,
            ..proptest::prelude::ProptestConfig::default()
        })]

        /// Every name pattern (every pattern that runs on the copy) finds on the copy what its
        /// source with `\p{Lu}` and `\p{Ll}` finds in the text, group by group, from every
        /// place a search may start.
        #[test]
        fn the_copy_finds_what_the_letter_classes_find(text in text()) {
            let letters = Letters::new(&text);
            for p in super::super::patterns().all().iter().filter(|p| p.on_letters) {
                let source = (p.source)();
                let Ok(oracle) = regex::Regex::new(&source) else {
                    panic!("{source}");
                };
                proptest::prop_assert_eq!(
                    first_difference(p, &letters.copy, &oracle, &text),
                    None,
                    "{} in {:?}", source, text
                );
            }
        }
    }

    /// The copy changes no letter the name patterns spell out: their own words are ASCII.
    #[test]
    fn the_name_patterns_spell_their_words_in_ascii() {
        let all = super::super::patterns().all();
        let on_letters: Vec<_> = all.iter().filter(|p| p.on_letters).collect();
        assert_eq!(on_letters.len(), 8);
        for p in on_letters {
            let source = (p.source)();
            let outside = source.chars().find(|c| !c.is_ascii() && c.is_alphabetic());
            assert_eq!(outside, None, "{source}");
        }
        // And every pattern that asks for letters by case runs on the copy.
        for p in all.iter().filter(|p| !p.on_letters) {
            assert!(!(p.source)().contains(r"\p{L"), "{}", (p.source)());
        }
    }
}
