//! The recovery copy of unsaved work: written a few seconds after a change and on exit, offered
//! after a crash, removed on a save or a deliberate discard. One struct owns its state.

use std::path::PathBuf;
use std::time::Duration;

use super::{AUTOSAVE_DELAY, AUTOSAVE_MAX_WAIT, App};
use crate::clock::{human_time, now};
use crate::storage;
use crate::ui::modal::Dialog;

/// The recovery copy's state.
#[derive(Default)]
pub(super) struct Autosave {
    /// Where the copy goes; `None` keeps no copy.
    pub(super) path: Option<PathBuf>,
    /// A copy found at start, to offer once no other dialog is open.
    pub(super) pending: Option<storage::Recovery>,
    /// The copy the recovery dialog is asking about.
    pub(super) offered: Option<storage::Recovery>,
    /// When (in egui's clock) the next copy is due.
    pub(super) due: Option<f64>,
    /// When the oldest change not yet in a copy was made: the copy waits for a pause in the
    /// typing, but never longer than [`AUTOSAVE_MAX_WAIT`] after that.
    pub(super) first_change: Option<f64>,
    /// The user chose to throw the unsaved work away: no copy on exit.
    pub(super) discarded: bool,
}

impl App {
    /// Keeps recovery copies of unsaved work at `path`, and offers a copy found there.
    #[must_use]
    pub fn with_recovery(mut self, path: Option<PathBuf>) -> Self {
        if let Some(p) = &path {
            match storage::load_recovery(p, self.q) {
                Ok(recovery) => self.autosave.pending = Some(recovery),
                Err(storage::LoadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => log::warn!("a recovery copy could not be read ({e}): {}", p.display()),
            }
        }
        self.autosave.path = path;
        self
    }

    /// Marks the document changed, and schedules a recovery copy: a few seconds after the last
    /// change, and never later than [`AUTOSAVE_MAX_WAIT`] after the first one not yet copied, so
    /// someone who types on without a pause is covered too.
    pub(super) fn touched(&mut self) {
        self.doc.dirty = true;
        self.autosave.discarded = false;
        let first = *self.autosave.first_change.get_or_insert(self.time);
        self.autosave.due = Some((self.time + AUTOSAVE_DELAY).min(first + AUTOSAVE_MAX_WAIT));
    }

    /// Writes the recovery copy of the unsaved work now.
    pub(super) fn write_recovery(&mut self) {
        let Some(path) = &self.autosave.path else {
            return;
        };
        // Never overwrite a copy that has not been offered yet.
        if !self.doc.dirty
            || self.autosave.pending.is_some()
            || matches!(self.dialog, Some(Dialog::Recover { .. }))
        {
            return;
        }
        let recovery = storage::Recovery {
            saved_at: now(),
            original: self.doc.path.clone(),
            profile: self.doc.profile.clone(),
        };
        match storage::save_recovery(path, &recovery) {
            Ok(()) => log::info!("recovery copy written to {}", path.display()),
            Err(e) => log::error!(
                "the recovery copy could not be written ({e}): {}",
                path.display()
            ),
        }
    }

    pub(super) fn remove_recovery(&mut self) {
        self.autosave.due = None;
        self.autosave.first_change = None;
        if let Some(path) = &self.autosave.path {
            storage::remove_recovery(path);
        }
    }

    /// Offers a copy found at start, once no other dialog is open.
    pub(super) fn offer_recovery(&mut self) {
        if self.dialog.is_none()
            && let Some(recovery) = self.autosave.pending.take()
        {
            let organisation = recovery
                .profile
                .text(crate::model::ids::ORGANISATION_NAME)
                .trim()
                .to_owned();
            self.dialog = Some(Dialog::Recover {
                when: human_time(&recovery.saved_at, self.lang()),
                organisation: (!organisation.is_empty()).then_some(organisation),
                original: recovery.original.clone(),
            });
            self.autosave.offered = Some(recovery);
        }
    }

    /// Once a frame: writes the copy when it is due, and otherwise asks for one wake-up then;
    /// no more wake-ups after that.
    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        if let Some(due) = self.autosave.due {
            if self.time >= due {
                self.autosave.due = None;
                self.autosave.first_change = None;
                self.write_recovery();
            } else {
                ctx.request_repaint_after(Duration::from_secs_f64(due - self.time + 0.05));
            }
        }
    }

    /// On exit: a copy of unsaved work, unless the user chose to discard it.
    pub(super) fn autosave_on_exit(&mut self) {
        if self.doc.dirty && !self.autosave.discarded {
            self.write_recovery();
        }
    }
}
