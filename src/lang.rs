//! The languages of the app: their names and codes. Texts come from the catalogues
//! ([`crate::i18n`]) or, for the questionnaire and the rules, from their RON data. Besides
//! Dutch and English there is a pseudo-language for testing, which no menu offers.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use serde::{Deserialize, Serialize};

/// A language the user can choose. Dutch is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
    /// Not a language: Dutch with every text from a catalogue or the questionnaire marked and
    /// made longer (`[!! Nieuw profiel ~~~~ !!]`, [`crate::i18n::pseudo`]). A text on screen or
    /// in a document without the marks did not come from a catalogue, and a translation that is
    /// longer than Dutch must still fit. Chosen with `--lang pseudo` on the command line or
    /// `BEHOEFTEWIJZER_LANG=pseudo`; no menu offers it.
    Pseudo,
}

impl Lang {
    /// The languages a user can choose.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// Picks the Dutch or the English one of two values: for data that carries both (the
    /// questionnaire's [`crate::model::Text`]) and for tests. The app's own texts are in the
    /// catalogues.
    pub fn pick<'a>(self, nl: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Nl | Lang::Pseudo => nl,
            Lang::En => en,
        }
    }

    /// The language's own name, as shown in the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Pseudo => "[!! Pseudo ~~~ !!]",
        }
    }

    /// The short code used on the command line (`--lang nl|en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Pseudo => "pseudo",
        }
    }

    /// The language's tag in a document (BCP 47, a PDF's `/Lang`): how a screen reader
    /// knows which voice reads it. The pseudo-language is Dutch underneath.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl | Lang::Pseudo => "nl-NL",
            Lang::En => "en-GB",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            "pseudo" => Some(Lang::Pseudo),
            _ => None,
        }
    }
}

/// The pseudo-language's form of `text`: between `[!!` and `!!]`, about 40 % longer (a
/// translation often is), with one tilde at least. Empty stays empty.
pub fn pseudo(text: &str) -> String {
    let (start, end) = pseudo_marks(text);
    format!("{start}{text}{end}")
}

/// What the pseudo-language puts before and after `text`; nothing around an empty one.
pub fn pseudo_marks(text: &str) -> (&'static str, String) {
    if text.is_empty() {
        return ("", String::new());
    }
    let pad = (text.chars().count() * 2 / 5).saturating_sub(8).max(1);
    ("[!! ", format!(" {} !!]", "~".repeat(pad)))
}

/// The pseudo-language's form of `text`, kept for the life of the program: for texts of the
/// questionnaire and the rules, which are read as `&str`.
pub fn pseudo_static(text: &str) -> &'static str {
    static MADE: LazyLock<Mutex<HashMap<String, &'static str>>> =
        LazyLock::new(|| Mutex::new(HashMap::new()));
    let Ok(mut map) = MADE.lock() else {
        return Box::leak(pseudo(text).into_boxed_str());
    };
    if let Some(made) = map.get(text) {
        return made;
    }
    let made: &'static str = Box::leak(pseudo(text).into_boxed_str());
    map.insert(text.to_owned(), made);
    made
}
