//! Why a profile could not be opened or saved, in the user's words (from the catalogues),
//! with the file's line and column where it has them.

use std::io;

use crate::lang::Lang;
use crate::model::profile::AnswerError;

use super::{shown, write};

/// Why a profile could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read the file: {0}")]
    Io(#[from] io::Error),
    #[error("the file is {size} bytes, more than the limit of {limit}")]
    TooLarge { size: u64, limit: u64 },
    #[error("the file is empty")]
    Empty,
    #[error("the file is not text (UTF-8)")]
    NotText,
    /// Text in another encoding than UTF-8, such as Windows-1252 from an old editor.
    #[error("the file is text in {0}, not UTF-8")]
    Encoding(&'static str),
    /// A folder, a pipe or a device: not a file that can be read at once.
    #[error("not a regular file")]
    NotAFile,
    #[error("the file ends too early, at line {line}, column {column}")]
    Truncated { line: usize, column: usize },
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("not a Behoeftewijzer profile: {0}")]
    NotAProfile(String),
    /// A profile with a part left out: cut short, or edited by hand.
    #[error("a part of the profile is missing: {0}")]
    MissingPart(&'static str),
    /// A question answered twice in the file.
    #[error("line {line}: question `{question}` is answered twice")]
    DuplicateAnswer { question: String, line: usize },
    #[error(
        "made with a newer version of the app (format {found}, this app reads up to {supported})"
    )]
    NewerFormat { found: u32, supported: u32 },
    #[error("{0}")]
    NewerQuestionnaire(#[from] crate::model::profile::NewerQuestionnaire),
    #[error("{0}")]
    Answer(#[from] AnswerError),
}

impl LoadError {
    /// What went wrong, for a log line: where and what kind, never a value from the file (the
    /// parser's own message can quote one, and logs get shared).
    pub fn for_log(&self) -> String {
        match self {
            LoadError::Syntax { line, column, .. } => {
                format!("not valid RON at line {line}, column {column}")
            }
            LoadError::NotAProfile(_) => "not a Behoeftewijzer profile".into(),
            LoadError::DuplicateAnswer { line, .. } => {
                format!("a question answered twice, line {line}")
            }
            LoadError::Answer(_) => "an answer that does not fit its question".into(),
            LoadError::Io(e) => format!("cannot read the file ({:?})", e.kind()),
            LoadError::TooLarge { .. }
            | LoadError::Empty
            | LoadError::NotText
            | LoadError::Encoding(_)
            | LoadError::NotAFile
            | LoadError::MissingPart(_)
            | LoadError::Truncated { .. }
            | LoadError::NewerFormat { .. }
            | LoadError::NewerQuestionnaire(_) => self.to_string(),
        }
    }

    /// A message for the person at the screen, in their language. The path is not included:
    /// the caller puts it last.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::Io(e) => io_error_message(e, lang),
            LoadError::TooLarge { .. }
            | LoadError::Empty
            | LoadError::NotText
            | LoadError::Encoding(_)
            | LoadError::NotAFile
            | LoadError::MissingPart(_) => self.file_message(lang),
            LoadError::Truncated { line, column } => tr!(
                lang,
                "storage-the-file-ends-too-early-line",
                column = column.to_string(),
                line = line.to_string()
            ),
            LoadError::Syntax {
                line,
                column,
                message,
            } => {
                let message = shown(message);
                tr!(
                    lang,
                    "storage-the-file-is-damaged-at-line",
                    column = column.to_string(),
                    line = line.to_string(),
                    message = message.clone()
                )
            }
            LoadError::DuplicateAnswer { question, line } => match (lang, shown(question)) {
                (Lang::Nl, question) => format!(
                    "Vraag ‘{question}’ staat twee keer in het bestand (de tweede keer op regel {line}). Haal er één weg in een teksteditor; welke de juiste is, weet alleen jij."
                ),
                (Lang::En, question) => format!(
                    "Question ‘{question}’ is in the file twice (the second time on line {line}). Remove one in a text editor; only you know which one is right."
                ),
            },
            LoadError::NotAProfile(detail) => {
                let what = trs!(lang, "storage-this-file-is-not-a-behoeftewijzer");
                if detail.is_empty() {
                    what.to_owned()
                } else {
                    format!("{what} ({})", shown(detail))
                }
            }
            LoadError::NewerFormat { found, supported } => tr!(
                lang,
                "storage-this-profile-was-made-with-a",
                found = found.to_string(),
                supported = supported.to_string()
            ),
            LoadError::NewerQuestionnaire(e) => tr!(
                lang,
                "storage-this-profile-belongs-to-a-newer",
                current = (e.current).to_string(),
                found = (e.found).to_string()
            ),
            LoadError::Answer(e) => format!(
                "{} {}.",
                trs!(lang, "storage-the-profile-does-not-fit-this"),
                shown(&answer_error_detail(e, lang))
            ),
        }
    }
}

impl LoadError {
    /// What is wrong with the file as a whole: its size, its bytes, or what it is.
    fn file_message(&self, lang: Lang) -> String {
        match self {
            LoadError::TooLarge { size, limit } => tr!(
                lang,
                "storage-the-file-is-too-large-for",
                limit_kb = (limit / 1024).to_string(),
                size_kb = (size / 1024).to_string()
            ),
            LoadError::Empty => trs!(lang, "storage-the-file-is-empty").into(),
            LoadError::NotText => trs!(lang, "storage-this-is-not-a-text-file").into(),
            LoadError::Encoding(encoding) => tr!(
                lang,
                "storage-the-file-was-saved-as-encoding",
                encoding = encoding.to_string()
            ),
            LoadError::NotAFile => trs!(lang, "storage-this-is-not-an-ordinary-file").into(),
            LoadError::MissingPart(part) => tr!(
                lang,
                "storage-a-part-of-the-profile-is",
                part = part.to_string()
            ),
            _ => String::new(),
        }
    }
}

/// Why a file could not be read, in the user's language.
fn io_error_message(e: &io::Error, lang: Lang) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => trs!(lang, "storage-the-file-does-not-exist-any").into(),
        io::ErrorKind::PermissionDenied => {
            trs!(lang, "storage-you-do-not-have-permission-to").into()
        }
        io::ErrorKind::NotADirectory => trs!(lang, "storage-part-of-the-path-is-not").into(),
        io::ErrorKind::IsADirectory => trs!(lang, "storage-this-is-a-folder-not-a").into(),
        io::ErrorKind::InvalidFilename => trs!(lang, "storage-the-file-name-is-too-long").into(),
        _ => format!(
            "{}{}",
            trs!(lang, "storage-the-file-could-not-be-read"),
            write::system_code(e, lang)
        ),
    }
}

/// What is wrong with one answer, in the user's language.
fn answer_error_detail(e: &AnswerError, lang: Lang) -> String {
    match (lang, e) {
        (Lang::Nl, AnswerError::UnknownQuestion(q)) => format!("onbekende vraag '{q}'"),
        (Lang::En, AnswerError::UnknownQuestion(q)) => format!("unknown question '{q}'"),
        (Lang::Nl, AnswerError::WrongKind { question, .. }) => {
            format!("het antwoord op '{question}' heeft de verkeerde soort")
        }
        (Lang::En, AnswerError::WrongKind { question, .. }) => {
            format!("the answer to '{question}' is of the wrong kind")
        }
        (Lang::Nl, AnswerError::UnknownChoice { question, choice }) => {
            format!("vraag '{question}' heeft geen keuze '{choice}'")
        }
        (Lang::En, AnswerError::UnknownChoice { question, choice }) => {
            format!("question '{question}' has no choice '{choice}'")
        }
        (
            Lang::Nl,
            AnswerError::OutOfRange {
                question,
                value,
                min,
                max,
            },
        ) => format!("het antwoord {value} op '{question}' ligt niet tussen {min} en {max}"),
        (
            Lang::En,
            AnswerError::OutOfRange {
                question,
                value,
                min,
                max,
            },
        ) => format!("the answer {value} to '{question}' is not between {min} and {max}"),
    }
}

/// Why a profile could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("cannot write the file: {0}")]
    Io(#[from] io::Error),
    #[error("cannot write the profile as RON: {0}")]
    Serialize(String),
    /// The file would be larger than the app reads back: refused, so every file it writes opens.
    #[error("the profile would be {size} bytes, more than the limit of {limit}")]
    TooLarge { size: u64, limit: u64 },
}

impl SaveError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveError::Io(e) => write::error_message(e, lang),
            SaveError::Serialize(e) => {
                log::error!("profile: {e}");
                trs!(lang, "storage-saving-failed-because-of-an-error").to_owned()
            }
            SaveError::TooLarge { size, limit } => tr!(
                lang,
                "storage-the-answers-are-too-long-to",
                limit_kb = (limit / 1024).to_string(),
                size_kb = (size.div_ceil(1024)).to_string()
            ),
        }
    }
}
