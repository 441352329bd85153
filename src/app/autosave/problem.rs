//! Recovery copies that cannot be kept where they should: why, and where they go now, as a
//! short line for the status bar and the whole story behind its button.

/// Recovery copies could not be written in their usual folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(in crate::app) struct RecoveryProblem {
    /// Why the usual folder failed.
    pub(super) kind: std::io::ErrorKind,
    /// Where the copies go now, if anywhere.
    pub(super) fallback: Option<std::path::PathBuf>,
}

impl RecoveryProblem {
    /// The lasting line in the status bar: short, so it leaves the page its room at 200 %.
    pub(in crate::app) fn short(&self, lang: crate::lang::Lang) -> String {
        if self.fallback.is_some() {
            tr!(lang, "autosave-short-fallback")
        } else {
            tr!(lang, "autosave-short-none")
        }
    }

    /// The whole story: why, and where the copies are now. Behind the status line's button.
    pub(in crate::app) fn message(&self, lang: crate::lang::Lang) -> String {
        let why = match self.kind {
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                trs!(lang, "autosave-why-disk-full")
            }
            _ => trs!(lang, "autosave-why-folder"),
        };
        if let Some(dir) = &self.fallback {
            tr!(
                lang,
                "autosave-problem-fallback",
                why = why,
                folder = dir.display().to_string()
            )
        } else {
            tr!(lang, "autosave-problem", why = why)
        }
    }
}
