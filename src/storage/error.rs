//! Why a profile could not be opened or saved, in the user's words (from the catalogues),
//! with the file's line and column where it has them.

use std::io;

use crate::lang::Lang;
use crate::model::profile::AnswerError;

use super::{shown, write};

/// Why a profile could not be opened. Worded once per language in the catalogues
/// ([`LoadError::message`]); `Display` is the English wording without the file's values, for
/// logs.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.for_log())]
pub enum LoadError {
    Io(#[from] io::Error),
    TooLarge {
        size: u64,
        limit: u64,
    },
    Empty,
    NotText,
    /// Text in another encoding than UTF-8, such as Windows-1252 from an old editor.
    Encoding(&'static str),
    /// A folder, a pipe or a device: not a file that can be read at once.
    NotAFile,
    Truncated {
        line: usize,
        column: usize,
    },
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    NotAProfile(String),
    /// Brackets nested deeper than any profile: damaged, or edited by hand.
    TooDeep {
        line: usize,
        column: usize,
    },
    /// A profile with a part left out: cut short, or edited by hand.
    MissingPart(&'static str),
    /// A question answered twice in the file.
    DuplicateAnswer {
        question: String,
        line: usize,
    },
    NewerFormat {
        found: u32,
        supported: u32,
    },
    NewerQuestionnaire(#[from] crate::model::profile::NewerQuestionnaire),
    Answer(#[from] AnswerError),
}

/// Whether a message quotes what the file holds (for the person who chose the file) or leaves
/// it out (for a log, which gets shared).
#[derive(Clone, Copy)]
enum Values {
    Shown,
    Hidden,
}

impl Values {
    fn of(self, value: &str) -> String {
        match self {
            Values::Shown => shown(value),
            Values::Hidden => "…".to_owned(),
        }
    }
}

impl LoadError {
    /// What went wrong, for a log line: the English wording, without a value from the file
    /// (the parser's own message can quote one, and logs get shared).
    pub fn for_log(&self) -> String {
        self.wording(Lang::En, Values::Hidden)
    }

    /// A message for the person at the screen, in their language. The path is not included:
    /// the caller puts it last.
    pub fn message(&self, lang: Lang) -> String {
        self.wording(lang, Values::Shown)
    }

    fn wording(&self, lang: Lang, values: Values) -> String {
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
            // The parser's own words are English and can quote the file: not for the screen.
            LoadError::Syntax { line, column, .. } => tr!(
                lang,
                "storage-the-file-is-damaged-at-line",
                column = column.to_string(),
                line = line.to_string()
            ),
            LoadError::TooDeep { line, column } => tr!(
                lang,
                "storage-too-deep",
                column = column.to_string(),
                line = line.to_string()
            ),
            LoadError::DuplicateAnswer { question, line } => tr!(
                lang,
                "storage-question-twice",
                question = values.of(question),
                line = line.to_string()
            ),
            LoadError::NotAProfile(detail) => {
                let what = trs!(lang, "storage-this-file-is-not-a-behoeftewijzer");
                if detail.is_empty() {
                    what.to_owned()
                } else {
                    format!("{what} ({})", values.of(detail))
                }
            }
            LoadError::NewerFormat { found, supported } => tr!(
                lang,
                "storage-newer-version",
                found = found.to_string(),
                supported = supported.to_string()
            ),
            LoadError::NewerQuestionnaire(e) => tr!(
                lang,
                "storage-this-profile-belongs-to-a-newer",
                current = (e.current).to_string(),
                found = (e.found).to_string()
            ),
            LoadError::Answer(e) => {
                let detail = match values {
                    Values::Shown => e.message(lang),
                    Values::Hidden => "…".to_owned(),
                };
                format!("{} {detail}.", trs!(lang, "storage-does-not-fit"))
            }
        }
    }
}

impl LoadError {
    /// What is wrong with the file as a whole: its size, its bytes, or what it is.
    fn file_message(&self, lang: Lang) -> String {
        match self {
            LoadError::TooLarge { size, limit } => tr!(
                lang,
                "storage-file-too-large",
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
            LoadError::MissingPart(part) => {
                tr!(lang, "storage-part-missing", part = part.to_string())
            }
            _ => String::new(),
        }
    }
}

/// Why a file could not be read, in the user's language.
fn io_error_message(e: &io::Error, lang: Lang) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => trs!(lang, "storage-the-file-does-not-exist-any").into(),
        io::ErrorKind::PermissionDenied => trs!(lang, "storage-no-permission").into(),
        io::ErrorKind::NotADirectory => trs!(lang, "storage-path-not-a-folder").into(),
        io::ErrorKind::IsADirectory => trs!(lang, "storage-is-a-folder").into(),
        io::ErrorKind::InvalidFilename => trs!(lang, "storage-the-file-name-is-too-long").into(),
        _ => format!(
            "{}{}",
            trs!(lang, "storage-the-file-could-not-be-read"),
            write::system_code(e, lang)
        ),
    }
}

/// Why a profile could not be saved.
/// Worded once per language in the catalogues; `Display` is the English wording without paths,
/// for logs.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.for_log())]
pub enum SaveError {
    Io(#[from] io::Error),
    /// The profile could not be written as RON (a defect in the program; the detail is logged).
    Serialize(String),
    /// The file would be larger than the app reads back: refused, so every file it writes opens.
    TooLarge {
        size: u64,
        limit: u64,
    },
}

impl SaveError {
    /// What the officer reads, with the file's path where it helps (a backup kept beside it).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveError::Io(e) => write::error_message(e, lang),
            SaveError::Serialize(_) => {
                trs!(lang, "storage-saving-failed-because-of-an-error").to_owned()
            }
            SaveError::TooLarge { size, limit } => tr!(
                lang,
                "storage-answers-too-long",
                limit_kb = (limit / 1024).to_string(),
                size_kb = (size.div_ceil(1024)).to_string()
            ),
        }
    }

    /// The English wording for the log: no paths (a backup's path is in the officer's message
    /// only), and the detail of a defect.
    pub fn for_log(&self) -> String {
        match self {
            SaveError::Io(e) => write::error_for_log(e),
            SaveError::Serialize(detail) => format!(
                "{} ({detail})",
                trs!(Lang::En, "storage-saving-failed-because-of-an-error")
            ),
            SaveError::TooLarge { .. } => self.message(Lang::En),
        }
    }
}
