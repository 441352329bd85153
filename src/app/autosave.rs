//! The recovery copy of unsaved work: one per window, written a few seconds after a change (never
//! more than ten after the first), on exit and when the app is ended from outside; offered after
//! a crash, newest first, but only when its window is gone; removed on a save or a deliberate
//! discard. One struct owns its state; [`exit_guard`] writes it when the process is ended.

mod exit_guard;
mod problem;
mod writer;

pub(super) use problem::RecoveryProblem;

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use super::{AUTOSAVE_DELAY, AUTOSAVE_MAX_WAIT, App};
use crate::clock::{human_time, now};
use crate::storage::{self, Claimed, Orphan, Recovery, RecoveryDir, Slot};
use crate::ui::modal::Dialog;

/// What the window shares with the exit guard: its place for the copy, and the unsaved work.
#[derive(Debug)]
pub(super) struct Shared {
    slot: Slot,
    /// The unsaved work as of the last frame; `None` when there is none, or it was discarded.
    unsaved: Option<Recovery>,
    /// `unsaved` is in the copy on disk.
    written: bool,
    /// The document's revision that `unsaved` holds.
    revision: u64,
}

impl Shared {
    /// Nothing unsaved yet.
    fn new(slot: Slot) -> Self {
        Shared {
            slot,
            unsaved: None,
            written: true,
            revision: 0,
        }
    }

    /// Writes the unsaved work to the copy, unless it is there already. Serialised by the lock
    /// around `Shared`, so the window and the exit guard never write at the same time.
    fn flush(&mut self) -> Result<(), storage::SaveError> {
        if self.written {
            return Ok(());
        }
        if let Some(recovery) = &self.unsaved {
            self.slot.save(recovery)?;
            log::info!("recovery copy written");
            log::debug!(
                "recovery copy written to {}",
                self.slot.copy_path().display()
            );
        }
        self.written = true;
        Ok(())
    }
}

/// Locks the shared state, also after a panic elsewhere: a copy is still worth writing.
fn lock(shared: &Mutex<Shared>) -> std::sync::MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The recovery copy's state.
#[derive(Default)]
pub(super) struct Autosave {
    /// This window's copy; `None` keeps no copy.
    shared: Option<Arc<Mutex<Shared>>>,
    /// Copies of windows that are gone, still to offer, newest first.
    orphans: Vec<Orphan>,
    /// The copy the recovery dialog is asking about, locked against other windows.
    pub(super) offered: Option<Claimed>,
    /// When (in egui's clock) the next copy is due.
    pub(super) due: Option<f64>,
    /// When the oldest change not yet in a copy was made: the copy waits for a pause in the
    /// typing, but never longer than [`AUTOSAVE_MAX_WAIT`] after that.
    pub(super) first_change: Option<f64>,
    /// The user chose to throw the unsaved work away: no copy on exit.
    pub(super) discarded: bool,
    /// Where copies go when the usual folder cannot be written; `None` once in use or absent.
    fallback: Option<RecoveryDir>,
    /// Copies cannot be kept where they should: shown in the window for as long as it lasts.
    pub(super) problem: Option<RecoveryProblem>,
    /// A copy being written on a thread of its own (`autosave/writer.rs`).
    writing: Option<std::thread::JoinHandle<Result<(), storage::SaveError>>>,
    /// The copy is to be removed once that write is done (a save came in the meantime).
    remove_after_write: bool,
}

impl App {
    /// Keeps this window's recovery copies in `dir`, and offers the copies there of windows
    /// that are gone; with no fallback folder (for tests, which keep to their own folder).
    #[must_use]
    pub fn with_recovery(self, dir: Option<RecoveryDir>) -> Self {
        self.with_recovery_dirs(dir, None)
    }

    /// Keeps this window's recovery copies in `dir`; where `dir` cannot be written, in
    /// `fallback` (the real window passes [`RecoveryDir::fallback`], in the system's temporary
    /// folder), and the window says so for as long as it runs. The copies of windows that are
    /// gone are offered from both.
    #[must_use]
    pub fn with_recovery_dirs(
        mut self,
        dir: Option<RecoveryDir>,
        fallback: Option<RecoveryDir>,
    ) -> Self {
        let Some(dir) = dir else {
            return self;
        };
        self.autosave.orphans = dir.orphans();
        if let Some(fallback) = &fallback {
            self.autosave.orphans.extend(fallback.orphans());
        }
        self.autosave.fallback = fallback;
        match dir.claim() {
            Ok(slot) => {
                self.autosave.shared = Some(Arc::new(Mutex::new(Shared::new(slot))));
            }
            Err(e) => {
                log::error!("no recovery copies can be kept in the data folder ({e})");
                log::debug!("the recovery folder: {}", dir.path().display());
                self.use_fallback(e.kind());
            }
        }
        self
    }

    /// Moves this window's copies to the fallback folder, after the usual one failed with
    /// `kind`; records the problem for the window either way.
    fn use_fallback(&mut self, kind: std::io::ErrorKind) -> bool {
        let claimed = self.autosave.fallback.take().and_then(|dir| {
            dir.claim()
                .map_err(|e| log::error!("no recovery copies in the fallback folder either ({e})"))
                .ok()
                .map(|slot| (dir, slot))
        });
        let fallback = claimed.as_ref().map(|(dir, _)| dir.path().to_path_buf());
        self.autosave.problem = Some(RecoveryProblem { kind, fallback });
        let Some((_, slot)) = claimed else {
            return false;
        };
        match &self.autosave.shared {
            // Unsaved work waits in the shared state: the next flush writes it to the new slot.
            Some(shared) => {
                let mut shared = lock(shared);
                shared.slot = slot;
                shared.written = shared.unsaved.is_none();
            }
            None => {
                self.autosave.shared = Some(Arc::new(Mutex::new(Shared::new(slot))));
            }
        }
        true
    }

    /// Writes the copy also when the process is ended from outside: a signal (SIGTERM, SIGHUP,
    /// SIGINT) or an `exit` inside a library, as Xlib does when the display goes away. For the
    /// one real window of a process.
    #[must_use]
    pub fn with_exit_guard(self) -> Self {
        if let Some(shared) = &self.autosave.shared {
            exit_guard::install(Arc::clone(shared));
        }
        self
    }

    /// The lasting notice about recovery copies that cannot be kept where they should, if any.
    pub fn recovery_problem(&self, lang: crate::lang::Lang) -> Option<String> {
        self.autosave.problem.as_ref().map(|p| p.message(lang))
    }

    /// Where this window's recovery copy goes, if it keeps one.
    pub fn recovery_copy_path(&self) -> Option<std::path::PathBuf> {
        let shared = self.autosave.shared.as_ref()?;
        Some(lock(shared).slot.copy_path().to_path_buf())
    }

    /// Marks the document changed, and schedules a recovery copy: a few seconds after the last
    /// change, and never later than [`AUTOSAVE_MAX_WAIT`] after the first one not yet copied, so
    /// someone who types on without a pause is covered too. The answers get a new revision.
    pub(super) fn touched(&mut self) {
        self.doc.dirty = true;
        self.doc.revision = super::next_revision();
        self.autosave.discarded = false;
        let first = *self.autosave.first_change.get_or_insert(self.time);
        self.autosave.due = Some((self.time + AUTOSAVE_DELAY).min(first + AUTOSAVE_MAX_WAIT));
    }

    /// Hands the unsaved work as it is now to the shared state, for the copy and the exit guard.
    fn share(&self) {
        let Some(shared) = &self.autosave.shared else {
            return;
        };
        // A copy being written holds the lock: share on a later frame, never wait for the disk.
        let mut shared = match shared.try_lock() {
            Ok(shared) => shared,
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) => return,
        };
        if !self.doc.dirty || self.autosave.discarded {
            shared.unsaved = None;
            shared.written = true;
            return;
        }
        let current = shared.revision == self.doc.revision
            && shared
                .unsaved
                .as_ref()
                .is_some_and(|r| r.original.as_ref() == self.doc.path.as_ref());
        if !current {
            shared.revision = self.doc.revision;
            shared.unsaved = Some(Recovery {
                saved_at: now(),
                original: self.doc.path.clone(),
                profile: self.doc.profile.clone(),
            });
            shared.written = false;
        }
    }

    /// Writes the recovery copy of the unsaved work now, in this thread (on exit, and where no
    /// thread can be had). `false` when it could not be written.
    pub(super) fn write_recovery(&mut self) -> bool {
        self.join_recovery_write();
        self.share();
        let Some(shared) = &self.autosave.shared else {
            return false;
        };
        let result = lock(shared).flush();
        self.recovery_written(result)
    }

    /// Takes up the result of a copy's write: on a failure of the folder, the fallback.
    fn recovery_written(&mut self, result: Result<(), storage::SaveError>) -> bool {
        match result {
            Ok(()) => true,
            Err(e) => {
                log::error!("the recovery copy could not be written ({e})");
                // The folder failed, not the work (a copy too large fails anywhere).
                match &e {
                    storage::SaveError::Io(io) => {
                        self.use_fallback(io.kind()) && self.write_recovery()
                    }
                    _ => false,
                }
            }
        }
    }

    /// Removes this window's copy (after a save or a discard); other windows' copies stay.
    pub(super) fn remove_recovery(&mut self) {
        self.autosave.due = None;
        self.autosave.first_change = None;
        if self.autosave.writing.is_some() {
            // Not while a copy is being written: the disk may be slow. Once it is done.
            self.autosave.remove_after_write = true;
            return;
        }
        if let Some(shared) = &self.autosave.shared {
            let mut shared = lock(shared);
            shared.unsaved = None;
            shared.written = true;
            shared.slot.remove();
        }
    }

    /// Offers a copy of a window that is gone, newest first, once no dialog is open and nothing
    /// unsaved would be replaced.
    pub(super) fn offer_recovery(&mut self) {
        if self.dialog.is_some() || self.doc.dirty || self.autosave.offered.is_some() {
            return;
        }
        while !self.autosave.orphans.is_empty() {
            let orphan = self.autosave.orphans.remove(0);
            match orphan.take(self.q) {
                Ok(Some(claimed)) => {
                    self.ask_about(claimed);
                    return;
                }
                // Another window took it first, or it is gone.
                Ok(None) => {}
                Err(e) => {
                    log::warn!("a recovery copy could not be read ({})", e.for_log());
                    log::debug!(
                        "the copy that could not be read: {}",
                        orphan.path().display()
                    );
                }
            }
        }
    }

    /// The question about the offered copy, again (after "Terug").
    pub(super) fn ask_again(&mut self) {
        if let Some(claimed) = self.autosave.offered.take() {
            self.ask_about(claimed);
        }
    }

    fn ask_about(&mut self, claimed: Claimed) {
        let recovery = &claimed.recovery;
        let organisation = recovery
            .profile
            .text(crate::model::ids::ORGANISATION_NAME)
            .trim()
            .to_owned();
        self.dialog = Some(Dialog::Recover {
            when: human_time(&recovery.saved_at, self.lang()),
            organisation: (!organisation.is_empty()).then_some(organisation),
            original: recovery.original.clone(),
            more: self.autosave.orphans.len(),
        });
        self.autosave.offered = Some(claimed);
    }

    /// Restores the offered copy into this window. Its work goes into this window's own copy at
    /// once; only then is the old copy removed.
    pub(super) fn restore_offered(&mut self) {
        let Some(claimed) = self.autosave.offered.take() else {
            return;
        };
        self.restore(claimed.recovery.clone());
        self.touched();
        if self.write_recovery() {
            claimed.remove();
        }
    }

    /// Keeps the offered copy for the next start: unlocked, not offered again in this window.
    pub(super) fn later_offered(&mut self) {
        if let Some(claimed) = self.autosave.offered.take() {
            log::info!("a recovery copy is kept for later");
            drop(claimed);
        }
    }

    /// Asks once more before the offered copy is thrown away.
    pub(super) fn confirm_discard_offered(&mut self) {
        if let Some(claimed) = &self.autosave.offered {
            self.dialog = Some(Dialog::ConfirmDiscard {
                when: human_time(&claimed.recovery.saved_at, self.lang()),
            });
        }
    }

    /// Throws the offered copy away.
    pub(super) fn discard_offered(&mut self) {
        if let Some(claimed) = self.autosave.offered.take() {
            claimed.remove();
        }
    }

    /// Once a frame: shares the unsaved work, writes the copy when it is due, and otherwise asks
    /// for one wake-up then; no more wake-ups after that.
    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        self.share();
        self.take_recovery_write();
        if let Some(due) = self.autosave.due {
            if self.autosave.writing.is_some() {
                // The next copy waits for the one being written.
                ctx.request_repaint_after(Duration::from_millis(250));
            } else if self.time >= due {
                self.autosave.due = None;
                self.autosave.first_change = None;
                self.start_recovery_write(ctx);
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
