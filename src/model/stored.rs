//! The questionnaire and the needs rules as built into the program: their RON (the text people
//! edit, `assets/*.ron`) and, beside it, what it reads as, stored ahead in postcard (issue 35:
//! reading the RON took about 2.7 ms of every start's CPU, on a machine with two cores; the
//! stored form reads in a fraction of that). A stored form holds the RON it was made from and
//! is used only while that is the RON built in; otherwise the RON is read, as before. Tests
//! hold each stored form to its RON, and write them anew with
//! `BEHOEFTEWIJZER_WRITE_STORED=1 cargo test --lib stored_forms`.

use serde::de::DeserializeOwned;

/// The first eight bytes of a stored form.
const MAGIC: &[u8; 8] = b"BWSTORE1";

/// The questionnaire's stored form (`assets/questionnaire.ron`, read).
pub(crate) static QUESTIONNAIRE: &[u8] = include_bytes!("../../assets/stored/questionnaire.bin");

/// The needs rules' stored form (`assets/needs.ron`, read).
pub(crate) static NEEDS: &[u8] = include_bytes!("../../assets/stored/needs.bin");

/// What `stored` holds, when it was made from `source`: `None` when it was made from another
/// text (the RON changed since), or is not a stored form at all.
pub(crate) fn read<T: DeserializeOwned>(stored: &[u8], source: &str) -> Option<T> {
    let rest = stored.strip_prefix(MAGIC)?;
    let (length, rest) = rest.split_first_chunk::<8>()?;
    let length = usize::try_from(u64::from_le_bytes(*length)).ok()?;
    let (made_from, value) = rest.split_at_checked(length)?;
    if made_from != source.as_bytes() {
        return None;
    }
    postcard::from_bytes(value).ok()
}

#[cfg(test)]
/// The stored form of `value`, read from `source`: [`MAGIC`], the source's length (a
/// little-endian `u64`), the source, and `value` in postcard.
pub(crate) fn write<T: serde::Serialize>(
    value: &T,
    source: &str,
) -> Result<Vec<u8>, postcard::Error> {
    let mut bytes = MAGIC.to_vec();
    bytes.extend_from_slice(&(source.len() as u64).to_le_bytes());
    bytes.extend_from_slice(source.as_bytes());
    bytes.extend_from_slice(&postcard::to_stdvec(value)?);
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    /// A stored form of `source` as `value`, held to the file `name` under `assets/stored/`
    /// (written anew with `BEHOEFTEWIJZER_WRITE_STORED=1`): what is wrong with it, if anything.
    fn holds<T: Serialize + DeserializeOwned>(
        value: &T,
        source: &str,
        stored: &[u8],
        name: &str,
    ) -> Option<String> {
        let bytes = write(value, source).unwrap();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/stored");
        if std::env::var_os("BEHOEFTEWIJZER_WRITE_STORED").is_some() {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(format!("{dir}/{name}"), &bytes).unwrap();
        }
        if bytes != stored {
            return Some(format!("{dir}/{name} is not what its RON reads as now"));
        }
        // It reads back as what was written, field for field (postcard writes every field).
        let back: T = read(stored, source)?;
        (write(&back, source).unwrap() != stored).then(|| format!("{name} reads back otherwise"))
    }

    /// Every stored form is what its RON reads as now, and reads back the same.
    #[test]
    fn stored_forms_are_their_ron() {
        use crate::model::{needs::rules, questionnaire};
        let wrong: Vec<String> = [
            holds(
                &questionnaire::tests_support::raw_builtin(),
                questionnaire::BUILTIN_RON,
                QUESTIONNAIRE,
                "questionnaire.bin",
            ),
            holds(
                &rules::tests_support::raw_builtin(),
                rules::BUILTIN_RON,
                NEEDS,
                "needs.bin",
            ),
        ]
        .into_iter()
        .flatten()
        .collect();
        assert!(
            wrong.is_empty(),
            "{}: run `BEHOEFTEWIJZER_WRITE_STORED=1 cargo test --lib stored_forms` (it fails once \
             more, with the old forms still built in)",
            wrong.join("; ")
        );
    }

    /// A stored form is used only with the RON it was made from, and nothing else reads as one:
    /// a changed RON, a cut or damaged form, other bytes.
    #[test]
    fn a_stored_form_of_another_text_or_damaged_is_not_used() {
        type Raw = crate::model::questionnaire::tests_support::Raw;
        let source = crate::model::questionnaire::BUILTIN_RON;
        assert!(read::<Raw>(QUESTIONNAIRE, source).is_some());
        let rules = crate::model::needs::rules::BUILTIN_RON;
        assert!(read::<crate::model::needs::rules::RawRules>(NEEDS, rules).is_some());
        let changed = source.replacen("Gemeente", "Gemeenten", 1);
        assert!(read::<Raw>(QUESTIONNAIRE, &changed).is_none());
        assert!(read::<Raw>(NEEDS, source).is_none());
        for cut in [0, 4, 8, 12, 16, 20 + source.len(), QUESTIONNAIRE.len() - 1] {
            assert!(
                read::<Raw>(&QUESTIONNAIRE[..cut], source).is_none(),
                "cut at {cut}"
            );
        }
        let mut damaged = QUESTIONNAIRE.to_vec();
        let last = damaged.len() - 1;
        damaged[16 + source.len() + 1..=last].fill(0xff);
        assert!(read::<Raw>(&damaged, source).is_none());
        assert!(read::<Raw>(b"(version: 1)", source).is_none());
    }
}
