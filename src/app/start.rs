//! What the start screen needs from files and what it starts (issue 23): the recent files read
//! for their organisation, completeness and date; the built-in example opened as an unsaved
//! copy; and next year's profile made from the open one.

use std::path::PathBuf;
use std::rc::Rc;

use super::{App, Document, Origin};
use crate::clock::{human_time, now};
use crate::lang::Lang;
use crate::model::{flow, ids};
use crate::storage;
use crate::ui::Screen;
use crate::ui::start::{RecentFile, RecentState};

/// The recent files as read, for the list and the language they were worded in.
pub(super) type RecentCache = Option<(Vec<PathBuf>, Lang, Rc<Vec<RecentFile>>)>;

impl App {
    /// The recent files with what the start screen says of each; read when the list or the
    /// language changes, or when the start screen is opened again (a file may have been saved
    /// meanwhile), never every frame.
    pub(super) fn recent_files(&self) -> Rc<Vec<RecentFile>> {
        let lang = self.lang();
        let mut cache = self.recent_cache.borrow_mut();
        if let Some((paths, l, files)) = &*cache
            && *paths == self.settings.recent
            && *l == lang
        {
            return Rc::clone(files);
        }
        let files: Rc<Vec<RecentFile>> = Rc::new(
            self.settings
                .recent
                .iter()
                .map(|path| RecentFile {
                    path: path.clone(),
                    state: self.recent_state(path, lang),
                })
                .collect(),
        );
        *cache = Some((self.settings.recent.clone(), lang, Rc::clone(&files)));
        files
    }

    fn recent_state(&self, path: &std::path::Path, lang: Lang) -> RecentState {
        match storage::load(path, self.q) {
            Ok(p) => RecentState::Profile {
                organisation: Some(p.text(ids::ORGANISATION_NAME).trim().to_owned())
                    .filter(|name| !name.is_empty()),
                percent: flow::total_progress(self.q, &p).percent(),
                saved: human_time(&p.modified, lang),
            },
            Err(storage::LoadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                RecentState::Missing
            }
            Err(_) => RecentState::Unreadable,
        }
    }

    /// Forgets what was read of the recent files: the start screen reads them again.
    pub(super) fn forget_recent(&self) {
        self.recent_cache.borrow_mut().take();
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
