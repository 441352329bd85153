//! Saving on a thread of its own, so a slow or stalled disk never stops the window from
//! drawing. A save is started, and the window waits a moment for it ([`QUICK`]): on a healthy
//! disk it is done by then, and what follows (the notice, a dialog, the open or quit that was
//! waiting) happens at once, as before. Otherwise the status line says "Opslaan…", the officer
//! can go on typing, and the result is taken up by a later frame. Changes made while the save
//! ran stay marked as unsaved.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::Duration;

use super::App;
use crate::clock::now;
use crate::model::Profile;
use crate::storage;
use crate::ui;
use crate::ui::modal::{Dialog, Pending};

/// How long the window waits for a save before it draws on: a frame or two.
const QUICK: Duration = Duration::from_millis(120);

/// What to do once the profile is saved.
pub(super) enum AfterSave {
    Nothing,
    /// Go on with what the officer asked for (new, open, quit).
    Proceed(Pending),
    /// Someone else saved the file: this window's work is now beside it; open theirs.
    OpenTheirs(PathBuf),
}

/// A save on its way to the disk.
pub(super) struct InFlight {
    path: PathBuf,
    /// The profile as written (with its new modification time).
    profile: Profile,
    /// The document's revision when the save started.
    revision: u64,
    after: AfterSave,
    result: Receiver<Result<Option<storage::Stamp>, storage::SaveError>>,
}

impl AfterSave {
    /// Goes on with `then`, if anything waits.
    pub(super) fn then(then: Option<Pending>) -> Self {
        then.map_or(AfterSave::Nothing, AfterSave::Proceed)
    }
}

impl App {
    /// Saves to `path` without looking whether the file changed on disk; `after` runs once it
    /// is saved. A second save while one is on its way waits for that one.
    pub(super) fn save_unchecked(&mut self, path: &Path, after: AfterSave, ctx: &egui::Context) {
        if self.saving.is_some() {
            self.notice = Some(trs!(self.lang(), "files-still-saving").to_owned());
            return;
        }
        let path = path.to_path_buf();
        let mut profile = self.doc.profile.clone();
        profile.modified = now();
        // A file from an older format is written in this one (it may now hold a meeting).
        profile.format_version = crate::model::profile::FORMAT_VERSION;
        env!("CARGO_PKG_VERSION").clone_into(&mut profile.app_version);
        let (send, result) = std::sync::mpsc::channel();
        let (to, written) = (path.clone(), profile.clone());
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("save".into())
            .spawn(move || {
                let outcome = storage::save(&to, &written).map(|()| storage::stamp(&to));
                let _ = send.send(outcome);
                repaint.request_repaint();
            });
        if let Err(e) = spawned {
            // No thread to be had: save here, as before.
            log::warn!(
                "no thread for the save ({:?}): saving in the window",
                e.kind()
            );
            let outcome = storage::save(&path, &profile).map(|()| storage::stamp(&path));
            let flight = InFlight::done(path, profile, self.doc.revision, after);
            self.finish_save(flight, outcome, ctx);
            return;
        }
        self.saving = Some(InFlight {
            path,
            profile,
            revision: self.doc.revision,
            after,
            result,
        });
        self.poll_save(ctx, QUICK);
    }

    /// Takes up the save's result if it has come within `wait`; otherwise asks to be woken.
    pub(super) fn poll_save(&mut self, ctx: &egui::Context, wait: Duration) {
        let Some(flight) = &self.saving else {
            return;
        };
        let outcome = if wait.is_zero() {
            match flight.result.try_recv() {
                Ok(outcome) => outcome,
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => Err(lost()),
            }
        } else {
            match flight.result.recv_timeout(wait) {
                Ok(outcome) => outcome,
                Err(RecvTimeoutError::Timeout) => {
                    log::info!("the save takes longer: the window draws on");
                    self.notice = Some(trs!(self.lang(), "files-saving").to_owned());
                    return;
                }
                Err(RecvTimeoutError::Disconnected) => Err(lost()),
            }
        };
        if let Some(flight) = self.saving.take() {
            self.finish_save(flight, outcome, ctx);
        }
    }

    /// Whether a save is on its way, for the status line.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// On exit: waits for a save on its way, however long the disk takes; what was saved
    /// needs no recovery copy, what was typed after it gets one.
    pub(super) fn wait_for_save_on_exit(&mut self) {
        let Some(flight) = self.saving.take() else {
            return;
        };
        match flight.result.recv().unwrap_or_else(|_| Err(lost())) {
            Ok(_) if self.doc.revision == flight.revision => {
                self.doc.dirty = false;
                self.remove_recovery();
            }
            Ok(_) => {}
            Err(e) => log::error!("the save on exit failed: {e}"),
        }
    }

    fn finish_save(
        &mut self,
        flight: InFlight,
        outcome: Result<Option<storage::Stamp>, storage::SaveError>,
        ctx: &egui::Context,
    ) {
        let lang = self.lang();
        let InFlight {
            path,
            profile,
            revision,
            after,
            ..
        } = flight;
        match outcome {
            Ok(stamp) => {
                log::info!("saved the profile");
                log::debug!("saved {}", path.display());
                // What was typed while the save ran is not in the file: it stays unsaved.
                if self.doc.revision == revision {
                    self.doc.profile = profile;
                    self.doc.revision = super::next_revision();
                    self.doc.dirty = false;
                    self.remove_recovery();
                } else {
                    self.doc.profile.modified = profile.modified;
                    self.doc.profile.format_version = profile.format_version;
                }
                self.doc.path = Some(path.clone());
                self.doc.stamp = stamp;
                self.settings.remember(&path);
                self.notice = Some(format!(
                    "{} {}",
                    trs!(lang, "files-saved"),
                    ui::display_path(&path)
                ));
                match after {
                    AfterSave::Nothing => {}
                    AfterSave::Proceed(then) => self.proceed(then, ctx),
                    AfterSave::OpenTheirs(theirs) => {
                        self.open_path(&theirs);
                        self.dialog = Some(Dialog::about_file(
                            trs!(lang, "commands-their-version-is-open"),
                            trs!(lang, "commands-your-version-was-saved-apart-so"),
                            &path,
                        ));
                    }
                }
            }
            Err(error) => {
                log::error!("saving failed: {error}");
                self.dialog = Some(Dialog::Message {
                    title: trs!(lang, "files-could-not-save").into(),
                    body: format!(
                        "{}\n{}\n\n{}",
                        error.message(lang),
                        trs!(lang, "files-answers-still-in-window"),
                        path.display()
                    ),
                });
            }
        }
    }
}

impl InFlight {
    /// A save that was done in the window (no thread could be started).
    fn done(path: PathBuf, profile: Profile, revision: u64, after: AfterSave) -> Self {
        let (_, result) = std::sync::mpsc::channel();
        InFlight {
            path,
            profile,
            revision,
            after,
            result,
        }
    }
}

/// The save's thread ended without a word (it panicked): the file may not be written.
fn lost() -> storage::SaveError {
    storage::SaveError::Io(std::io::Error::other("the save ended unexpectedly"))
}
