//! The texts a user reads, from one Fluent catalogue per language
//! (`assets/i18n/nl/behoeftewijzer.ftl`, `assets/i18n/en/behoeftewijzer.ftl`), embedded in the
//! binary. [`tr!`](crate::tr) gives a message in the language asked for (the window, the brief
//! and the e-mail can each be in another one); `fl!` checks every id and argument against the
//! Dutch catalogue at compile time, and a test checks that English has the same ids.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;

use crate::lang::Lang;

#[derive(RustEmbed)]
#[folder = "assets/i18n/"]
struct Catalogues;

/// A loader with one language's catalogue. No isolation marks around arguments: the texts go
/// into PDFs, files and terminals, where they would show as stray characters.
fn load(lang: Lang) -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    let code = lang.code();
    // The catalogues are part of the binary: a failure is a build defect, which the catalogue
    // test catches; the messages then show their ids.
    match code.parse::<i18n_embed::unic_langid::LanguageIdentifier>() {
        Ok(id) => {
            if let Err(e) = loader.load_languages(&Catalogues, &[id]) {
                log::error!("the {code} catalogue could not be loaded: {e}");
            }
        }
        Err(e) => log::error!("{code} is not a language id: {e}"),
    }
    loader.set_use_isolating(false);
    loader
}

static NL: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(Lang::Nl));
static EN: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(Lang::En));

/// The loader of one language.
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    match lang {
        Lang::Nl | Lang::Pseudo => &NL,
        Lang::En => &EN,
    }
}

/// A message as the user reads it in `lang`: in the pseudo-language marked and made longer.
pub fn finish(lang: Lang, text: String) -> String {
    if lang == Lang::Pseudo {
        crate::lang::pseudo(&text)
    } else {
        text
    }
}

/// Interned texts: the message without arguments as `&'static str`, made once per language and
/// id (a few hundred short strings for the life of the program).
static INTERNED: LazyLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The text of message `id` in `lang` as `&'static str`, made by `make` the first time.
pub fn intern(lang: Lang, id: &'static str, make: impl FnOnce() -> String) -> &'static str {
    let Ok(mut map) = INTERNED.lock() else {
        // A panic elsewhere poisoned the lock: make the text again rather than fail.
        return Box::leak(make().into_boxed_str());
    };
    map.entry((lang, id))
        .or_insert_with(|| Box::leak(make().into_boxed_str()))
}

/// The message `id` in `lang` as `&'static str`, for a message without arguments:
/// `trs!(lang, "…")`. Checked at compile time like [`tr!`](crate::tr).
#[macro_export]
macro_rules! trs {
    ($lang:expr, $id:literal) => {{
        let lang = $lang;
        $crate::i18n::intern(lang, $id, || {
            $crate::i18n::finish(lang, i18n_embed_fl::fl!($crate::i18n::loader(lang), $id))
        })
    }};
}

/// The message `id` in `lang`, with named arguments: `tr!(lang, "…")`,
/// `tr!(lang, "…", name = value)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal) => {{
        let lang = $lang;
        $crate::i18n::finish(lang, i18n_embed_fl::fl!($crate::i18n::loader(lang), $id))
    }};
    ($lang:expr, $id:literal, $($args:tt)*) => {{
        let lang = $lang;
        $crate::i18n::finish(lang, i18n_embed_fl::fl!($crate::i18n::loader(lang), $id, $($args)*))
    }};
}
