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

/// The recent files as the start screen shows them: for which list and language, what is known
/// of each, and the reading still on its way, if any.
pub(super) struct RecentList {
    paths: Vec<PathBuf>,
    lang: Lang,
    files: Rc<Vec<RecentFile>>,
    arriving: Option<Receiver<Vec<RecentFile>>>,
}

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
        let (paths, lang) = (&self.settings.recent, self.lang());
        let mut recent = self.caches.recent.borrow_mut();
        let list = match &mut *recent {
            Some(list) if list.paths == *paths && list.lang == lang => list,
            stale => stale.insert(self.read_recent_files(ctx)),
        };
        if let Some(arriving) = &list.arriving {
            match arriving.try_recv() {
                Ok(files) => {
                    list.files = Rc::new(files);
                    list.arriving = None;
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => list.arriving = None,
            }
        }
        Rc::clone(&list.files)
    }

    /// Starts reading the recent files on a thread of their own; meanwhile each is its name.
    fn read_recent_files(&self, ctx: &egui::Context) -> RecentList {
        let (paths, lang) = (self.settings.recent.clone(), self.lang());
        let (send, arriving) = std::sync::mpsc::channel();
        let (q, list, repaint) = (self.q, paths.clone(), ctx.clone());
        let spawned = std::thread::Builder::new()
            .name("recent files".into())
            .spawn(move || {
                let _ = send.send(read_recent(q, &list, lang));
                repaint.request_repaint();
            });
        let (files, arriving) = if spawned.is_ok() {
            let reading = paths.iter().map(|path| RecentFile {
                path: path.clone(),
                state: RecentState::Reading,
            });
            (reading.collect(), Some(arriving))
        } else {
            // No thread to be had: read them here.
            (read_recent(self.q, &paths, lang), None)
        };
        RecentList {
            paths,
            lang,
            files: Rc::new(files),
            arriving,
        }
    }

    /// Forgets what was read of the recent files: the start screen reads them again.
    pub(super) fn forget_recent(&self) {
        self.caches.recent.borrow_mut().take();
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
        let from = self.document_name();
        let profile = self.doc.profile.based_on(&now());
        self.doc = Document::new(profile, None, true, None);
        self.doc.origin = Origin::BasedOn(from);
        self.touched();
        self.goto(Screen::Section(0));
        // After going there: a new screen clears the notice of the last one.
        self.notice = Some(trs!(lang, "app-based-on-opened").to_owned());
    }
}
