//! Files: open, save, save as, export the brief, and asking for a path (the system's dialog, or
//! a typed path where none can be shown).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::saving::AfterSave;
use super::{App, Document, FileDialogs};
use crate::brief;
use crate::clock::local_now;
use crate::model::Answer;
use crate::model::profile::QuestionnaireChanges;
use crate::storage;
use crate::ui::modal::{Dialog, PathPurpose, Pending};
use crate::ui::question::{Focus, Scroll};
use crate::ui::{Command, Screen};

impl App {
    /// Takes up a profile read from `path` (by `background.rs`). On failure the open work stays
    /// as it is and the user is told why. When the questionnaire changed since the profile was
    /// made, says what changed and goes to the first new question.
    pub(super) fn opened(&mut self, path: &Path, opened: super::background::Opened) {
        self.notice = None;
        match opened {
            Ok((mut profile, changes, stamp, scanned)) => {
                if profile.id.is_empty() {
                    // A file from before ids: it gets one now, kept from its next save on.
                    profile.id = crate::model::profile::new_id();
                }
                log::info!("opened a profile");
                log::debug!("opened {}", path.display());
                self.doc = Document::new(
                    profile,
                    Some(path.to_path_buf()),
                    changes.is_some(),
                    Some(stamp),
                );
                self.settings.remember(path);
                self.notice = None;
                self.screen = Screen::Section(0);
                if let Some(changes) = changes {
                    self.touched();
                    self.tell_changes(&changes);
                }
                // The check of these very answers, for the first frame to take up.
                self.caches.scanned.set(Some((self.doc.revision, scanned)));
                self.tell_too_long();
            }
            Err(error) => {
                let lang = self.lang();
                if matches!(&error, storage::LoadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound)
                {
                    // A recent file that is gone: take it off the list.
                    self.settings.recent.retain(|p| p != path);
                }
                self.dialog = Some(Dialog::about_file(
                    trs!(lang, "files-could-not-open-the-file"),
                    &error.message(lang),
                    path,
                ));
            }
        }
    }

    /// Says which answers of the profile just opened are longer than the window lets one type
    /// (issue 35): read whole and kept, never cut. Added to a message already shown (the
    /// questionnaire's changes), else a message of its own.
    fn tell_too_long(&mut self) {
        let too_long = crate::model::profile::too_long(self.q, &self.doc.profile);
        if too_long.is_empty() {
            return;
        }
        let lang = self.lang();
        let mut text = trs!(lang, "files-long-answers").to_owned();
        for item in &too_long {
            let place = match &item.place {
                crate::model::profile::LongPlace::Answer(id)
                | crate::model::profile::LongPlace::Other(id) => self
                    .q
                    .question(id)
                    .map_or_else(|| id.to_string(), |q| q.text.get(lang).to_owned()),
                crate::model::profile::LongPlace::Meeting => {
                    trs!(lang, "files-long-meeting").to_owned()
                }
            };
            let line = tr!(
                lang,
                "files-long-answer-line",
                place = place,
                count = crate::words::text::thousands(item.chars, lang),
                max = crate::words::text::thousands(item.max, lang)
            );
            let _ = write!(text, "\n• {line}");
        }
        match &mut self.dialog {
            Some(Dialog::Message { body, .. }) => {
                body.push_str("\n\n");
                body.push_str(&text);
            }
            _ => {
                self.dialog = Some(Dialog::Message {
                    title: trs!(lang, "files-long-answers-title").into(),
                    body: text,
                });
            }
        }
    }

    /// Says what changed in the questionnaire since the profile was made, and goes to the
    /// first new question.
    pub(super) fn tell_changes(&mut self, changes: &QuestionnaireChanges) {
        let lang = self.lang();
        let mut body = tr!(
            lang,
            "files-questionnaire-changed",
            from = (changes.from).to_string(),
            to = (changes.to).to_string()
        );
        if !changes.new_questions.is_empty() {
            body.push_str("\n\n");
            body.push_str(trs!(lang, "files-new-questions"));
            for id in &changes.new_questions {
                if let Some(q) = self.q.question(id) {
                    let _ = write!(body, "\n• {}", q.text.get(lang));
                }
            }
        }
        if !changes.removed_answers.is_empty() {
            body.push_str("\n\n");
            body.push_str(trs!(lang, "files-questions-taken-out"));
            for (id, answer) in &changes.removed_answers {
                let text = match answer {
                    Answer::Text(t) => t.clone(),
                    Answer::Number(n) => n.to_string(),
                    Answer::Choice { id, .. } => id.to_string(),
                    Answer::Choices { ids, .. } => ids
                        .iter()
                        .map(crate::model::ids::ChoiceId::as_str)
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                let question = self
                    .q
                    .removed()
                    .iter()
                    .find(|r| r.id == *id)
                    .and_then(|r| r.text.as_ref())
                    .map_or_else(|| id.to_string(), |t| t.get(lang).to_owned());
                let _ = write!(body, "\n• {question} {text}");
            }
        }
        self.dialog = Some(Dialog::Message {
            title: trs!(lang, "files-the-questionnaire-has-changed").into(),
            body,
        });
        if let Some(first) = changes.new_questions.first()
            && let Some(section) = self.q.section_of(first)
        {
            self.screen = Screen::Section(section);
            self.keyboard.next = Some(Focus {
                question: first.clone(),
                scroll: Scroll::IntoView,
            });
        }
    }

    /// Saves to `path`, then does `after`; on failure the user is told why and the document
    /// stays marked unsaved. The write runs on a thread of its own (`saving.rs`).
    pub(super) fn save_to(&mut self, path: &Path, after: AfterSave, ctx: &egui::Context) {
        let path = storage::with_extension(path.to_path_buf());
        // Someone else saved this file since this window read or wrote it: ask first. A file
        // that is gone (deleted, or its folder with it) is no one's newer version: saving
        // writes it again, or says why it cannot.
        if self.doc.path.as_deref() == Some(path.as_path())
            && let Some(ours) = &self.doc.stamp
            && let Some(theirs) = storage::stamp(&path)
            && &theirs != ours
        {
            self.dialog = Some(Dialog::Conflict { path });
            return;
        }
        self.save_unchecked(&path, after, ctx);
    }

    pub(super) fn save_as(&mut self, then: Option<Pending>, ctx: &egui::Context) {
        match self.pick_path(PathPurpose::Save) {
            Picked::Path(path) => self.save_to(&path, AfterSave::then(then), ctx),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                let text = match &self.doc.path {
                    Some(p) => p.clone(),
                    None => self.in_suggested_dir(&self.suggested_file_name()),
                }
                .display()
                .to_string();
                self.dialog = Some(Dialog::Path {
                    purpose: PathPurpose::Save,
                    text,
                    then,
                });
            }
        }
    }

    /// A file name for a new profile: the organisation's name, if given.
    pub(super) fn suggested_file_name(&self) -> String {
        crate::words::text::file_name(
            &[
                trs!(self.lang(), "files-answers"),
                self.organisation_for_file_name(),
            ],
            storage::EXTENSION,
        )
    }

    /// The organisation's name as a suggested file name may use it: empty when the privacy
    /// guard found residents' data in it, so a name or BSN typed there never reaches a file
    /// name (and through it a log, a recent-files list or a mail attachment).
    pub(super) fn organisation_for_file_name(&self) -> &str {
        let field = crate::model::ids::ORGANISATION_NAME;
        if self.privacy_findings().iter().any(|f| f.is_in(field)) {
            ""
        } else {
            self.doc.profile.text(field)
        }
    }

    /// Where a new profile goes by default: beside the open one, else in the user's documents.
    /// A suggested document name (made with `.pdf`) with the extension of the export on its
    /// way.
    pub(super) fn in_export_format(&self, name: &str) -> String {
        Path::new(name)
            .with_extension(self.export_format.extension())
            .display()
            .to_string()
    }

    pub(super) fn suggested_dir(&self) -> Option<PathBuf> {
        match self.doc.path.as_ref().and_then(|p| p.parent()) {
            Some(dir) if !dir.as_os_str().is_empty() => Some(dir.to_path_buf()),
            _ => directories::UserDirs::new().and_then(|u| u.document_dir().map(Path::to_path_buf)),
        }
    }

    /// A file name in the suggested folder.
    /// Never a bare name (which would land wherever the app was started): without a documents
    /// folder, the home folder, else the working folder as a whole path.
    /// A path as typed in the path field: a bare name or a relative path is taken in the folder
    /// the field suggested, not in whatever folder the program was started from (issue 30).
    pub(super) fn typed_path(&self, path: &std::path::Path) -> PathBuf {
        if path.is_absolute() {
            path.to_path_buf()
        } else {
            self.in_suggested_dir(&path.to_string_lossy())
        }
    }

    pub(super) fn in_suggested_dir(&self, name: &str) -> PathBuf {
        let dir = self
            .suggested_dir()
            .or_else(|| directories::UserDirs::new().map(|u| u.home_dir().to_path_buf()));
        let path = dir.map_or_else(|| PathBuf::from(name), |dir| dir.join(name));
        std::path::absolute(&path).unwrap_or(path)
    }

    /// The system file dialog's filter name, extension, title and (when writing) suggested
    /// file name for `purpose`.
    fn dialog_words(
        &self,
        purpose: PathPurpose,
    ) -> (&'static str, &'static str, String, Option<String>) {
        let lang = self.lang();
        let profiles = trs!(lang, "files-behoeftewijzer-profile");
        // (filter name, extension, title, suggested name: only when saving)
        match purpose {
            PathPurpose::Open => (
                profiles,
                storage::EXTENSION,
                trs!(lang, "files-open-a-profile").to_owned(),
                None,
            ),
            PathPurpose::Save => (
                profiles,
                storage::EXTENSION,
                trs!(lang, "files-save-the-profile").to_owned(),
                Some(self.suggested_file_name()),
            ),
            PathPurpose::ExportBrief | PathPurpose::ExportRegional | PathPurpose::ExportReport => {
                let word = self.export_format == crate::export::Format::Docx;
                let command = match (purpose, word) {
                    (PathPurpose::ExportRegional, false) => Command::ExportRegional,
                    (PathPurpose::ExportRegional, true) => Command::ExportRegionalWord,
                    (PathPurpose::ExportReport, false) => Command::ExportReport,
                    (PathPurpose::ExportReport, true) => Command::ExportReportWord,
                    (_, false) => Command::ExportBrief,
                    (_, true) => Command::ExportBriefWord,
                };
                let name = match purpose {
                    PathPurpose::ExportRegional => {
                        brief::regional::file_name(self.brief_lang(), local_now().date())
                    }
                    PathPurpose::ExportReport => self.report_file_name(),
                    _ => self.brief_file_name(),
                };
                (
                    if word {
                        trs!(lang, "files-word-document")
                    } else {
                        "PDF"
                    },
                    self.export_format.extension(),
                    command.label(lang).trim_end_matches('…').to_owned(),
                    Some(self.in_export_format(&name)),
                )
            }
            PathPurpose::CompareCsv => (
                "CSV",
                "csv",
                Command::SaveCompareCsv
                    .label(lang)
                    .trim_end_matches('…')
                    .to_owned(),
                Some(self.compare_csv_name()),
            ),
            PathPurpose::Compare => (
                profiles,
                storage::EXTENSION,
                Command::Compare
                    .label(lang)
                    .trim_end_matches('…')
                    .to_owned(),
                None,
            ),
        }
    }

    pub(super) fn pick_path(&mut self, purpose: PathPurpose) -> Picked {
        if self.file_dialogs == FileDialogs::Typed {
            return Picked::Unavailable;
        }
        let (filter, extension, title, name) = self.dialog_words(purpose);
        let mut dialog = rfd::FileDialog::new()
            .add_filter(filter, &[extension])
            .set_title(title);
        if let Some(dir) = self.suggested_dir() {
            dialog = dialog.set_directory(dir);
        }
        let started = Instant::now();
        let picked = match name {
            Some(name) => dialog.set_file_name(name).save_file(),
            None => dialog.pick_file(),
        };
        match picked {
            Some(path) => Picked::Path(path),
            // Nobody cancels a dialog within a quarter second: no dialog could be shown (on
            // Linux without a desktop portal and without zenity, rfd returns at once).
            None if started.elapsed() < Duration::from_millis(250) && !cfg!(windows) => {
                log::warn!("no file dialog could be shown; asking for a typed path");
                self.file_dialogs = FileDialogs::Typed;
                Picked::Unavailable
            }
            None => Picked::Cancelled,
        }
    }
}

impl App {
    /// The files this window has read that no export may replace: the open profile and the
    /// profiles of the comparison, also those left out.
    pub(super) fn inputs(&self) -> Vec<PathBuf> {
        let mut inputs: Vec<PathBuf> = self.doc.path.iter().cloned().collect();
        if let Some(c) = &self.comparison {
            inputs.extend(c.sources());
        }
        inputs
    }

    /// Whether `kind` may be written at `path`; when not, a dialog says why and nothing is
    /// written. Only the hard refusals apply (an input, a profile, a folder or device): the
    /// window gives the extension itself and asks before it replaces an existing file, which
    /// is what `--force` stands for on the command line.
    pub(super) fn may_write(&mut self, path: &Path, kind: storage::OutputKind) -> bool {
        let inputs = self.inputs();
        let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
        match storage::check_output(path, kind, &inputs, true) {
            Ok(()) => true,
            Err(refusal) => {
                let lang = self.lang();
                self.dialog = Some(Dialog::about_file(
                    trs!(lang, "files-not-saved"),
                    &refusal.message(lang),
                    path,
                ));
                false
            }
        }
    }
}

/// What an export for `purpose` writes, if it writes one.
pub(super) fn output_kind(
    purpose: PathPurpose,
    format: crate::export::Format,
) -> Option<storage::OutputKind> {
    match purpose {
        PathPurpose::ExportBrief | PathPurpose::ExportRegional | PathPurpose::ExportReport => {
            Some(format.kind())
        }
        PathPurpose::CompareCsv => Some(storage::OutputKind::Csv),
        PathPurpose::Open | PathPurpose::Save | PathPurpose::Compare => None,
    }
}

/// The outcome of asking for a path.
pub(super) enum Picked {
    Path(PathBuf),
    Cancelled,
    Unavailable,
}
