//! Comparing profiles in the window (issue 13): choosing the files (the system's dialog takes
//! several; where none can be shown, the paths are typed one per line), reading them beside
//! the open profile without touching it, and writing the table (CSV) and the regional brief.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, Instant};

use super::{App, FileDialogs};
use crate::brief::{self, Brief};
use crate::clock::local_now;
use crate::lang::Lang;
use crate::model::combine::{self, Combined, Entry, Member};
use crate::model::needs::{self, Needs, NeedsRules};
use crate::model::{Questionnaire, privacy};
use crate::storage;
use crate::ui::Screen;
use crate::ui::compare::{Data, State};
use crate::ui::modal::{Dialog, PathPurpose};
use crate::words::combine::Row;
use crate::words::combine::{NeedsRow, needs_table};

/// Files that cannot be read, named one by one in the message; the rest are counted.
const SKIPPED_LISTED: usize = 10;

/// The profiles being compared, and what follows from them (derived once, when read).
pub struct Comparison {
    pub entries: Vec<Entry>,
    /// The entries' names and column headings, told apart where two would read the same.
    names: Vec<String>,
    headings: Vec<String>,
    skipped: Vec<storage::Skipped>,
    findings: Vec<(usize, Vec<privacy::Finding>)>,
    needs: Vec<Needs>,
    combined: Combined,
    /// What the screen shows in words, in the language it was worded in.
    worded: Option<Worded>,
    /// The regional brief as last built, with its language and date: built again only when
    /// one of them changes, not every frame of the preview.
    regional: std::cell::RefCell<Option<CachedBrief>>,
    pub state: State,
    /// Where "Vergelijking sluiten" goes back to.
    back: Screen,
}

/// A regional brief as built: its language, date and convenor (an index into the entries).
type CachedBrief = (Lang, time::Date, usize, Rc<Brief>);

/// The comparison in words, in one language.
struct Worded {
    lang: Lang,
    rows: Vec<Row>,
    /// Files left out: (file, reason).
    skipped: Vec<(String, String)>,
    /// Possible personal data: (file, what kind, never the data).
    privacy: Vec<(String, String)>,
    /// The needs per profile, side by side.
    needs: Vec<NeedsRow>,
}

impl Comparison {
    /// The files compared, readable or not: none of them may be written over.
    pub(super) fn sources(&self) -> impl Iterator<Item = PathBuf> + '_ {
        self.entries
            .iter()
            .map(|e| PathBuf::from(&e.source))
            .chain(self.skipped.iter().map(|s| s.path.clone()))
    }

    /// The comparison in `lang`, worded again only when the language changed (a paste of
    /// thousands of paths is worded once, not every frame).
    fn worded(&mut self, q: &Questionnaire, lang: Lang) -> &Worded {
        match self.worded.take() {
            Some(worded) if worded.lang == lang => self.worded.insert(worded),
            _ => {
                let worded = Worded {
                    lang,
                    rows: crate::words::combine::rows(q, &self.entries, lang),
                    skipped: self
                        .skipped
                        .iter()
                        .map(|s| (shown(&s.path), s.error.message(lang)))
                        .collect(),
                    privacy: self.privacy_lines(q, lang, crate::words::privacy::Show::WithoutText),
                    needs: needs_table(q, NeedsRules::builtin(), &self.entries, &self.needs, lang),
                };
                self.worded.insert(worded)
            }
        }
    }

    /// Each finding of the privacy guard with the file it is in.
    pub(super) fn privacy_lines(
        &self,
        q: &Questionnaire,
        lang: Lang,
        show: crate::words::privacy::Show,
    ) -> Vec<(String, String)> {
        self.findings
            .iter()
            .flat_map(|(i, found)| {
                let file = shown(Path::new(&self.entries[*i].source));
                found.iter().map(move |f| {
                    (
                        file.clone(),
                        crate::words::privacy::describe(q, f, lang, show),
                    )
                })
            })
            .collect()
    }
}

/// A file as the comparison names it: "naam.ron — map", cut to a readable length.
pub(super) fn shown(path: &Path) -> String {
    storage::shown(&crate::ui::display_path(path))
}

impl App {
    /// The comparison that is open, if any.
    pub fn comparison(&self) -> Option<&Comparison> {
        self.comparison.as_ref()
    }

    /// Asks for the profiles to compare: the system's dialog (several at once), or typed paths.
    pub(super) fn compare_pick(&mut self) {
        let lang = self.lang();
        if self.file_dialogs == FileDialogs::Native {
            let mut dialog = rfd::FileDialog::new()
                .add_filter(
                    trs!(lang, "app-compare-behoeftewijzer-profile"),
                    &[storage::EXTENSION],
                )
                .set_title(trs!(lang, "app-compare-choose-title"));
            if let Some(dir) = self.suggested_dir() {
                dialog = dialog.set_directory(dir);
            }
            let started = Instant::now();
            match dialog.pick_files() {
                Some(paths) => return self.compare_paths(&paths),
                // As for one file: no dialog could be shown when it returns at once.
                None if started.elapsed() < Duration::from_millis(250) && !cfg!(windows) => {
                    log::warn!("no file dialog could be shown; asking for typed paths");
                    self.file_dialogs = FileDialogs::Typed;
                }
                None => return,
            }
        }
        let mut text = String::new();
        if let Some(c) = &self.comparison {
            // The files compared last, to change or add to.
            for e in &c.entries {
                text.push_str(&e.source);
                text.push('\n');
            }
        } else if let Some(path) = &self.doc.path {
            text.push_str(&path.display().to_string());
            text.push('\n');
        }
        self.dialog = Some(Dialog::Path {
            purpose: PathPurpose::Compare,
            text,
            then: None,
        });
    }

    /// Takes up the profiles read for a comparison (by `background.rs`) and shows them side by
    /// side. With fewer than two readable, says why and stays where it was; the open profile
    /// is never touched.
    pub(super) fn compared(&mut self, entries: Vec<Entry>, skipped: Vec<storage::Skipped>) {
        let lang = self.lang();
        log::info!(
            "compared {} profiles ({} left out)",
            entries.len(),
            skipped.len()
        );
        if entries.len() < 2 {
            let mut body = trs!(lang, "app-compare-nothing-to-compare").to_owned();
            for s in skipped.iter().take(SKIPPED_LISTED) {
                let _ = write!(body, "\n\n{}\n{}", s.path.display(), s.error.message(lang));
            }
            if skipped.len() > SKIPPED_LISTED {
                let more = skipped.len() - SKIPPED_LISTED;
                let _ = write!(
                    body,
                    "\n\n{}",
                    tr!(
                        lang,
                        "app-compare-and-more-more-files-that-cannot",
                        more = more.to_string()
                    )
                );
            }
            self.dialog = Some(Dialog::Message {
                title: trs!(lang, "app-compare-could-not-compare").into(),
                body,
            });
            return;
        }
        let mut entries = entries;
        if combine::versions(&entries).is_some() {
            // Two versions of one profile: the older one on the left.
            entries.sort_by(|a, b| a.profile.modified.cmp(&b.profile.modified));
        }
        let rules = NeedsRules::builtin();
        let year = local_now().year();
        let findings = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (i, privacy::scan_profile(self.q, &e.profile, year)))
            .filter(|(_, f)| !f.is_empty())
            .collect();
        let members: Vec<Member> = entries.iter().map(Entry::member).collect();
        let combined = combine::combine(self.q, rules, &members);
        let needs = entries
            .iter()
            .map(|e| needs::derive(self.q, rules, &e.profile))
            .collect();
        let back = match (&self.comparison, self.screen) {
            (Some(c), Screen::Compare | Screen::RegionalBrief) => c.back,
            _ => self.screen,
        };
        self.comparison = Some(Comparison {
            names: combine::distinct_names(&entries),
            headings: combine::distinct_headings(&entries),
            entries,
            skipped,
            findings,
            needs,
            combined,
            worded: None,
            regional: std::cell::RefCell::new(None),
            state: State::opened(),
            back,
        });
        self.goto(Screen::Compare);
    }

    /// Back to where the officer was before comparing.
    pub(super) fn close_compare(&mut self) {
        if let Some(c) = self.comparison.take() {
            self.goto(c.back);
        }
    }

    /// The comparison screen.
    pub(super) fn compare_screen_ui(
        &mut self,
        ui: &mut egui::Ui,
        out: &mut Vec<crate::ui::Command>,
    ) {
        let lang = self.lang();
        let q = self.q;
        let Some(c) = self.comparison.as_mut() else {
            return;
        };
        c.worded(q, lang);
        let Some(worded) = c.worded.as_ref() else {
            return;
        };
        let data = Data {
            q,
            rules: NeedsRules::builtin(),
            entries: &c.entries,
            names: &c.names,
            headings: &c.headings,
            rows: &worded.rows,
            needs: &worded.needs,
            combined: &c.combined,
            skipped: &worded.skipped,
            privacy: &worded.privacy,
        };
        crate::ui::compare::compare_ui(ui, lang, &data, &mut c.state, out);
    }

    /// The regional brief of the profiles compared, in the brief's language and dated today.
    pub fn regional_brief(&self) -> Option<Rc<Brief>> {
        let c = self.comparison.as_ref()?;
        let (lang, today) = (self.brief_lang(), local_now().date());
        let convenor = c.state.convenor;
        let mut cached = c.regional.borrow_mut();
        match cached.as_ref() {
            Some((l, d, k, brief)) if *l == lang && *d == today && *k == convenor => {
                Some(Rc::clone(brief))
            }
            _ => {
                let brief = Rc::new(brief::regional::build_for(
                    self.q,
                    NeedsRules::builtin(),
                    &c.entries,
                    lang,
                    today,
                    c.entries.get(convenor).map(|e| e.source.as_str()),
                ));
                *cached = Some((lang, today, convenor, Rc::clone(&brief)));
                Some(brief)
            }
        }
    }
}
