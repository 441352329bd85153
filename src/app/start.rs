//! What the start screen needs from files and what it starts (issue 23): the recent files read
//! for their organisation, completeness and date; the built-in example opened as an unsaved
//! copy; and next year's profile made from the open one.

use std::path::PathBuf;
use std::rc::Rc;
use std::sync::mpsc::{Receiver, TryRecvError};

use super::{App, Document, Origin};
use crate::clock::{human_time, now};
use crate::lang::Lang;
use crate::model::{Questionnaire, flow, ids};
use crate::storage;
use crate::ui::Screen;
use crate::ui::start::{RecentFile, RecentState};

/// The recent files as read, for the list and the language they were worded in.
pub(super) type RecentCache = Option<(Vec<PathBuf>, Lang, Rc<Vec<RecentFile>>)>;

/// A reading of the recent files on its way: for which list and language, and where it comes.
pub(super) type RecentPending = Option<(Vec<PathBuf>, Lang, Receiver<Vec<RecentFile>>)>;

/// What the start screen says of each file in `paths`: read from disk, so on a thread of its
/// own.
fn read_recent(q: &Questionnaire, paths: &[PathBuf], lang: Lang) -> Vec<RecentFile> {
    paths
        .iter()
        .map(|path| RecentFile {
            path: path.clone(),
            state: recent_state(q, path, lang),
        })
        .collect()
}

fn recent_state(q: &Questionnaire, path: &std::path::Path, lang: Lang) -> RecentState {
    match storage::load(path, q) {
        Ok(p) => RecentState::Profile {
            organisation: Some(p.text(ids::ORGANISATION_NAME).trim().to_owned())
                .filter(|name| !name.is_empty()),
            percent: flow::total_progress(q, &p).percent(),
            saved: human_time(&p.modified, lang),
        },
        Err(storage::LoadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            RecentState::Missing
        }
        Err(_) => RecentState::Unreadable,
    }
}

impl App {
    /// The recent files with what the start screen says of each. They are read on a thread of
    /// their own (a file on a network drive that does not answer must not stop the window), when
    /// the list or the language changes or the start screen is opened again (a file may have
    /// been saved meanwhile); until then each shows its file name.
    pub(super) fn recent_files(&self, ctx: &egui::Context) -> Rc<Vec<RecentFile>> {
        let lang = self.lang();
        let paths = &self.settings.recent;
        let mut pending = self.recent_pending.borrow_mut();
        if let Some((for_paths, for_lang, arrived)) = pending.take() {
            match arrived.try_recv() {
                Ok(files) => {
                    *self.recent_cache.borrow_mut() = Some((for_paths, for_lang, Rc::new(files)));
                }
                Err(TryRecvError::Empty) => *pending = Some((for_paths, for_lang, arrived)),
                Err(TryRecvError::Disconnected) => {}
            }
        }
        if let Some((p, l, files)) = &*self.recent_cache.borrow()
            && p == paths
            && *l == lang
        {
            return Rc::clone(files);
        }
        let reading = || {
            let files = paths.iter().map(|path| RecentFile {
                path: path.clone(),
                state: RecentState::Reading,
            });
            Rc::new(files.collect::<Vec<_>>())
        };
        if pending
            .as_ref()
            .is_some_and(|(p, l, _)| p == paths && *l == lang)
        {
            return reading();
        }
        let (send, arrived) = std::sync::mpsc::channel();
        let (q, list, repaint) = (self.q, paths.clone(), ctx.clone());
        let spawned = std::thread::Builder::new()
            .name("recent files".into())
            .spawn(move || {
                let _ = send.send(read_recent(q, &list, lang));
                repaint.request_repaint();
            });
        if spawned.is_err() {
            // No thread to be had: read them here, as before.
            let files = Rc::new(read_recent(self.q, paths, lang));
            *self.recent_cache.borrow_mut() = Some((paths.clone(), lang, Rc::clone(&files)));
            return files;
        }
        *pending = Some((paths.clone(), lang, arrived));
        reading()
    }

    /// Forgets what was read of the recent files: the start screen reads them again.
    pub(super) fn forget_recent(&self) {
        self.recent_cache.borrow_mut().take();
        self.recent_pending.borrow_mut().take();
    }

    /// *Voorbeeld bekijken*: the built-in example as an unsaved copy; its title says it is the
    /// example, and saving asks for a new name.
    pub(super) fn open_example(&mut self) {
        let lang = self.lang();
        match storage::parse(storage::EXAMPLE_RON, self.q) {
            Ok(mut profile) => {
                // A copy of its own: saved under a new name, it is a profile of its own.
                profile.id = crate::model::profile::new_id();
                self.doc = Document::new(profile, None, false, None);
                self.doc.origin = Origin::Example;
                self.goto(Screen::Section(0));
            }
            Err(e) => {
                // A defect in the program (the tests read the example): say so, lose nothing.
                log::error!("the built-in example could not be read: {e}");
                self.notice = Some(e.message(lang));
            }
        }
    }

    /// *Nieuw profiel op basis van dit profiel*: the same answers and identity in a new,
    /// unsaved profile dated now, with this meeting's agreements carried over.
    pub(super) fn new_based_on_this(&mut self) {
        let lang = self.lang();
        let from = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(
                || trs!(lang, "app-untitled-profile").to_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
        let profile = self.doc.profile.based_on(&now());
        self.doc = Document::new(profile, None, true, None);
        self.doc.origin = Origin::BasedOn(from);
        self.touched();
        self.goto(Screen::Section(0));
        // After going there: a new screen clears the notice of the last one.
        self.notice = Some(trs!(lang, "app-based-on-opened").to_owned());
    }
}
