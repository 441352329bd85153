//! The recovery copy written on a thread of its own, so a slow or stalled disk never stops the
//! window from drawing: the thread holds the shared state's lock while it writes, the window
//! shares its work with `try_lock` and waits for nothing, and a later frame takes up the
//! result (a failed folder switches to the fallback, as before).

use std::sync::Arc;

use super::{App, lock};

impl App {
    /// Starts writing the copy of the unsaved work; in this thread when no thread can be had.
    pub(in crate::app) fn start_recovery_write(&mut self, ctx: &egui::Context) {
        let Some(shared) = &self.autosave.shared else {
            return;
        };
        let (shared, repaint) = (Arc::clone(shared), ctx.clone());
        let spawned = std::thread::Builder::new()
            .name("recovery copy".into())
            .spawn(move || {
                let result = lock(&shared).flush();
                repaint.request_repaint();
                result
            });
        match spawned {
            Ok(handle) => self.autosave.writing = Some(handle),
            Err(e) => {
                log::warn!("no thread for the recovery copy ({:?})", e.kind());
                self.write_recovery();
            }
        }
    }

    /// Takes up the copy's write if it is done; does nothing while it runs.
    pub(in crate::app) fn take_recovery_write(&mut self) {
        if self
            .autosave
            .writing
            .as_ref()
            .is_some_and(std::thread::JoinHandle::is_finished)
        {
            self.join_recovery_write();
        }
    }

    /// Waits for the copy being written, if any, and takes up its result.
    pub(in crate::app) fn join_recovery_write(&mut self) {
        let Some(handle) = self.autosave.writing.take() else {
            return;
        };
        let result = handle.join().unwrap_or_else(|_| {
            Err(crate::storage::SaveError::Io(std::io::Error::other(
                "the recovery copy's thread ended unexpectedly",
            )))
        });
        // A failure is logged and shown, and the fallback folder taken if there is one; the
        // next change schedules the next copy.
        self.recovery_written(result);
        if std::mem::take(&mut self.autosave.remove_after_write) {
            self.remove_recovery();
        }
    }
}
