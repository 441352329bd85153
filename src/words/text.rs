//! How answers read as text, in either language: for the review, the needs profile and reports.

use crate::lang::Lang;
use crate::model::answers::Answers;
use crate::model::profile::Answer;
use crate::model::questionnaire::{Kind, OTHER, Question, Voice};

/// The text of one option of a scale, as a radio button shows it: the number, and its label
/// where it has one ("1 – Nauwelijks", "2").
pub fn scale_option_text(kind: &Kind, value: i64, lang: Lang) -> String {
    match kind.scale_label(value, lang) {
        Some(label) => format!("{value} – {label}"),
        None => value.to_string(),
    }
}

/// A point of a scale as an answer reads on its own: the number with its label, or where it
/// lies on the scale ("3 – Zeer urgent", "2 van 5 (1 = nauwelijks, 5 = goed)").
pub fn scale_point_text(kind: &Kind, value: i64, lang: Lang) -> String {
    // A scale with a label on every point (the priorities) reads "3 – Zeer urgent"; one with
    // labels only at its ends reads the same way at every point, the ends too ("1 van 5 (1 =
    // nauwelijks, 5 = goed)"), so two answers side by side compare at a glance.
    let every_point = kind
        .range()
        .is_some_and(|(min, max)| (min..=max).all(|n| kind.scale_label(n, lang).is_some()));
    let label = kind.scale_label(value, lang).filter(|_| every_point);
    match (label, kind.range()) {
        (Some(label), _) => format!("{value} – {label}"),
        // A point without a label says where it lies, and what the ends mean: "2 van 4 (1 =
        // nieuw in het onderwerp, 4 = ervaren)".
        (None, Some((min, max))) => {
            let at = tr!(
                lang,
                "text-value-of-max",
                max = max.to_string(),
                value = value.to_string()
            );
            match (kind.scale_label(min, lang), kind.scale_label(max, lang)) {
                (Some(low), Some(high)) => format!(
                    "{at} ({min} = {}, {max} = {})",
                    in_sentence(low),
                    in_sentence(high)
                ),
                _ => at,
            }
        }
        (None, None) => value.to_string(),
    }
}

/// An answer as text. Choices read as their text in `lang`; "other" reads as what was typed.
pub fn answer_text(question: &Question, answer: &Answer, lang: Lang) -> String {
    answer_text_in(question, answer, lang, Voice::Screen)
}

/// The answer as text in `voice`: the brief words a choice as the organisation.
pub fn answer_text_in(question: &Question, answer: &Answer, lang: Lang, voice: Voice) -> String {
    let with_other = |id: &str, other: &Option<String>| {
        let text = question
            .kind
            .choice_text_in(id, lang, voice)
            .unwrap_or(id)
            .to_owned();
        // What the officer typed under "other" stands as itself.
        match other {
            Some(o) if id == OTHER && !o.trim().is_empty() => o.trim().to_owned(),
            _ => text,
        }
    };
    match answer {
        Answer::Text(t) => t.clone(),
        Answer::Number(n) => match question.kind {
            Kind::Scale { .. } => scale_point_text(&question.kind, *n, lang),
            _ => n.to_string(),
        },
        Answer::Choice { id, other } => with_other(id, other),
        Answer::Choices { ids, other } => question
            .kind
            .effective_choices(ids)
            .into_iter()
            .map(|id| with_other(id, other))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// A date as people write it: "28 november 2026" / "28 November 2026".
pub fn human_date(date: time::Date, lang: Lang) -> String {
    tr!(
        lang,
        "human-date",
        day = date.day().to_string(),
        month = u8::from(date.month()),
        year = date.year().to_string()
    )
}

/// "5.000" / "5,000": a count as people write it, with the language's thousands separator.
pub fn thousands(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let separator = trs!(lang, "thousands-separator");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// A value from a file as a message shows it: at most 80 characters, and control or direction
/// characters written as codes, so a file cannot steer the terminal or the text around it.
pub fn shown(value: &str) -> String {
    use std::fmt::Write as _;
    const MAX: usize = 80;
    let mut out = String::new();
    for (i, c) in value.chars().enumerate() {
        if i == MAX {
            out.push('…');
            break;
        }
        if is_steering(c) {
            let _ = write!(out, "\\u{{{:04x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// A character that steers a terminal or the text around it instead of showing: a control
/// character (an escape sequence starts with one) or a direction mark or override.
pub fn is_steering(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text for a terminal: line breaks and tabs stay, every other steering character is written
/// as its code (`\u{1b}`), so a value from a file cannot recolour or reorder the output.
pub fn for_terminal(text: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_steering(c) && c != '\n' && c != '\t' {
            let _ = write!(out, "\\u{{{:04x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// A text that starts a sentence or a cell: its first letter a capital ("op locatie" → "Op
/// locatie").
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A title inside a sentence: the first letter in lower case ("huwelijksdwang en …"), unless
/// the first word is an acronym or a name with more capitals ("LHBT bespreekbaar maken").
pub fn in_sentence(title: &str) -> String {
    let first_word = title.split_whitespace().next().unwrap_or("");
    if first_word.chars().filter(|c| c.is_uppercase()).count() > 1 {
        return title.to_owned();
    }
    let mut chars = title.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The longest name [`file_name`] makes, in bytes with its extension: well inside the 255 bytes
/// (ext4) or 255 UTF-16 units (NTFS) of a name, with room for " (mijn versie 2)" and the
/// like, and short enough for a Windows path of 260 characters in a usual folder.
pub const MAX_FILE_NAME_BYTES: usize = 100;

/// A file name made of words from the answers, such as "Gespreksnotitie Gemeente Voorbeeld
/// 2026-11-28.pdf": only letters, digits, spaces, `-` and `_` survive, so an answer can never
/// reach outside the folder or trip up a file system. A long name is cut in the middle parts,
/// so the first word (what it is) and the last (the date) stay, within
/// [`MAX_FILE_NAME_BYTES`].
pub fn file_name(parts: &[&str], extension: &str) -> String {
    let words: Vec<String> = parts
        .iter()
        .map(|part| {
            part.chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|w| !w.is_empty())
        .collect();
    let budget = MAX_FILE_NAME_BYTES.saturating_sub(extension.len() + 1);
    let mut name = words.join(" ");
    if name.len() > budget
        && let [first, middle @ .., last] = words.as_slice()
    {
        // Keep the first and last parts whole where they fit; shorten what is between.
        let room = budget.saturating_sub(first.len() + last.len() + 2);
        let middle = middle.join(" ");
        let middle = cut(&middle, room);
        name = [first.as_str(), middle.trim_end(), last.as_str()]
            .iter()
            .filter(|w| !w.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
    }
    format!("{}.{extension}", cut(&name, budget).trim_end())
}

/// `text` cut to at most `max` bytes, at a character boundary.
fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let end = (0..=max)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    &text[..end]
}

impl Answers<'_> {
    /// The answer as text in `lang` (in the answers' voice), if it counts as given.
    pub fn text(&self, id: &str, lang: Lang) -> Option<String> {
        let question = self.q.question(id)?;
        self.get(id)
            .map(|a| answer_text_in(question, a, lang, self.voice))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_get_the_languages_thousands_separator() {
        use super::thousands;
        use crate::lang::Lang;
        assert_eq!(thousands(4_990, Lang::Nl), "4.990");
        assert_eq!(thousands(5_000, Lang::En), "5,000");
        assert_eq!(thousands(300, Lang::Nl), "300");
        assert_eq!(thousands(1_234_567, Lang::En), "1,234,567");
    }

    use super::file_name;

    /// Issue 20, item 11: "Voorkennis deelnemers: 2 van 4" said nothing of what 1 and 4 mean.
    #[test]
    fn a_point_between_labelled_ends_says_what_the_ends_mean() {
        use crate::lang::Lang;
        let q = crate::model::Questionnaire::builtin();
        let kind = &q.question("training.voorkennis").expect("question").kind;
        assert_eq!(
            super::scale_point_text(kind, 2, Lang::Nl),
            "2 van 4 (1 = nieuw in het onderwerp, 4 = ervaren)"
        );
        assert_eq!(
            super::scale_point_text(kind, 3, Lang::En),
            "3 of 4 (1 = new to the subject, 4 = experienced)"
        );
        // The ends read the same way (issue 31: "1 – Hardly" beside "2 of 5 (…)").
        assert_eq!(
            super::scale_point_text(kind, 4, Lang::Nl),
            "4 van 4 (1 = nieuw in het onderwerp, 4 = ervaren)"
        );
        let priority = &q.question("lhbt.prioriteit").expect("question").kind;
        assert_eq!(
            super::scale_point_text(priority, 3, Lang::Nl),
            "3 – Zeer urgent"
        );
    }

    #[test]
    fn long_file_names_are_cut_and_keep_their_kind_and_date() {
        let long = "Gemeente Zuidwijk ".repeat(40) + "Ĳsselmonde";
        let name = file_name(&["Gespreksnotitie", &long, "2026-12-01"], "pdf");
        assert!(name.len() <= super::MAX_FILE_NAME_BYTES, "{name}");
        assert!(
            name.starts_with("Gespreksnotitie Gemeente Zuidwijk"),
            "{name}"
        );
        assert!(name.ends_with(" 2026-12-01.pdf"), "{name}");
        let one = file_name(&["é".repeat(200).as_str()], "csv");
        assert!(
            one.len() <= super::MAX_FILE_NAME_BYTES
                && std::path::Path::new(&one).extension() == Some("csv".as_ref()),
            "{one}"
        );
    }

    #[test]
    fn file_names_keep_only_safe_characters() {
        let cases = [
            (
                &["Gespreksnotitie", "Gemeente 's-Hertogenbosch", "2026-11-28"][..],
                "pdf",
                "Gespreksnotitie Gemeente s-Hertogenbosch 2026-11-28.pdf",
            ),
            (&["Behoefteprofiel", ""][..], "ron", "Behoefteprofiel.ron"),
            (
                &["Behoefteprofiel", "../../etc/passwd"][..],
                "ron",
                "Behoefteprofiel etcpasswd.ron",
            ),
            (
                &["Behoefteprofiel", "  Gemeente   Ede  "][..],
                "ron",
                "Behoefteprofiel Gemeente Ede.ron",
            ),
            (
                &["Behoefteprofiel", "Şişli İzmir"][..],
                "ron",
                "Behoefteprofiel Şişli İzmir.ron",
            ),
        ];
        for (parts, ext, expected) in cases {
            assert_eq!(file_name(parts, ext), expected);
        }
    }
}
