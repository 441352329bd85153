//! The meeting's record in words: how an agreement stands.

use crate::model::meeting::Status;

impl Status {
    /// "open", "afgerond", "vervallen".
    pub fn text(self, lang: crate::lang::Lang) -> &'static str {
        match self {
            Status::Open => trs!(lang, "meeting-status-open"),
            Status::Done => trs!(lang, "meeting-status-done"),
            Status::Dropped => trs!(lang, "meeting-status-dropped"),
        }
    }
}
