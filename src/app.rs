//! The eframe App: owns the open document, the screen and the settings, runs the commands the
//! UI returns, and is the only place in the window that does IO (files and file dialogs).

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, Instant};

use egui::{CentralPanel, Panel, ScrollArea, ViewportCommand};
use serde::{Deserialize, Serialize};

use crate::brief::{self, Brief};
use crate::lang::Lang;
use crate::model::needs::{self, Needs, NeedsRules, Words};
use crate::model::profile::QuestionnaireChanges;
use crate::model::{Answer, Profile, Questionnaire, flow, privacy};
use crate::storage;
use crate::ui::brief::brief_ui;
use crate::ui::modal::{Dialog, DialogChoice, PathPurpose, Pending, dialog_ui};
use crate::ui::needs::needs_ui;
use crate::ui::{self, Command, Screen, ZoomStep, nav, question, review, start};

/// How many recent files the start screen lists.
const MAX_RECENT: usize = 8;

/// Seconds after a change before the recovery copy is written.
pub const AUTOSAVE_DELAY: f64 = 3.0;

/// The state that we persist between runs (through eframe's storage).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Lang,
    pub recent: Vec<PathBuf>,
    /// The address for the intake e-mail; empty for the one in the announcement.
    pub mail_to: String,
    /// The language of the brief; the interface language when `None`.
    pub brief_lang: Option<Lang>,
    /// Add the intake e-mail to the brief as an appendix.
    pub brief_email: bool,
}

impl Settings {
    fn remember(&mut self, path: &Path) {
        // Whole paths, so the list works from wherever the app was started.
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// How the app asks for a file name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileDialogs {
    /// The system's file dialog (rfd).
    Native,
    /// A field in the app where the user types a path: where no file dialog can be shown.
    Typed,
}

/// The open profile and where it lives.
#[derive(Clone, Debug)]
pub struct Document {
    pub profile: Profile,
    pub path: Option<PathBuf>,
    pub dirty: bool,
}

/// The current date and time as RFC 3339, for the profile's metadata.
pub fn now() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.replace_nanosecond(0)
        .unwrap_or(now)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// "28 november 2026, 14:05" from an RFC 3339 time, in local time where it can be known.
pub fn human_time(rfc3339: &str, lang: Lang) -> String {
    let Ok(t) =
        time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
    else {
        return rfc3339.to_owned();
    };
    let t = time::UtcOffset::current_local_offset().map_or(t, |o| t.to_offset(o));
    format!(
        "{}, {:02}:{:02}",
        crate::brief::content::human_date(t.date(), lang),
        t.hour(),
        t.minute()
    )
}

/// The date and time where the user is (UTC if the local offset cannot be known).
pub fn local_now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc())
}

pub struct App {
    q: &'static Questionnaire,
    settings: Settings,
    doc: Document,
    screen: Screen,
    dialog: Option<Dialog>,
    /// A short message in the status line ("Opgeslagen …").
    notice: Option<String>,
    file_dialogs: FileDialogs,
    /// A question to focus (and, with `true`, scroll to) on the next frame.
    focus: Option<(String, bool)>,
    /// The user agreed to close (nothing unsaved, or they chose).
    close_confirmed: bool,
    title: String,
    /// The theme has been applied (on the first frame).
    styled: bool,
    /// Where the recovery copy of unsaved work goes; `None` keeps no copy.
    recovery_path: Option<PathBuf>,
    /// A copy found at start, to offer once no other dialog is open.
    pending_recovery: Option<storage::Recovery>,
    /// When (in egui's clock) the next recovery copy is due.
    recovery_due: Option<f64>,
    /// egui's clock at the start of this frame, in seconds.
    time: f64,
    /// The user chose to throw the unsaved work away: no copy on exit.
    discarded: bool,
    /// What follows from the answers, with the answers it was derived from: derived again only
    /// when the answers change, not every frame.
    derived: std::cell::RefCell<Option<(Profile, Rc<Derived>)>>,
    /// How often it was derived: for the test that idle frames derive nothing.
    derivations: std::cell::Cell<usize>,
}

/// What the window shows that follows from the answers alone.
pub struct Derived {
    pub needs: Rc<Needs>,
    /// What in the free texts looks like residents' personal data.
    pub findings: Vec<privacy::Finding>,
    /// Per section.
    pub progress: Vec<flow::Progress>,
    pub total: flow::Progress,
}

impl App {
    /// The app in a real window: settings from eframe's storage, and the profile to open, if any.
    pub fn new(cc: &eframe::CreationContext<'_>, open: Option<PathBuf>) -> Self {
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY))
            .unwrap_or_default();
        Self::with_settings(settings, FileDialogs::Native, open)
            .with_recovery(storage::recovery_path())
    }

    /// Keeps recovery copies of unsaved work at `path`, and offers a copy found there.
    pub fn with_recovery(mut self, path: Option<PathBuf>) -> Self {
        if let Some(p) = &path {
            match storage::load_recovery(p, self.q) {
                Ok(recovery) => self.pending_recovery = Some(recovery),
                Err(storage::LoadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => log::warn!("a recovery copy could not be read ({e}): {}", p.display()),
            }
        }
        self.recovery_path = path;
        self
    }

    /// Marks the document changed, and schedules a recovery copy.
    fn touched(&mut self) {
        self.doc.dirty = true;
        self.discarded = false;
        self.recovery_due = Some(self.time + AUTOSAVE_DELAY);
    }

    /// Writes the recovery copy of the unsaved work now.
    fn write_recovery(&mut self) {
        let Some(path) = &self.recovery_path else {
            return;
        };
        // Never overwrite a copy that has not been offered yet.
        if !self.doc.dirty
            || self.pending_recovery.is_some()
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

    fn remove_recovery(&mut self) {
        self.recovery_due = None;
        if let Some(path) = &self.recovery_path {
            storage::remove_recovery(path);
        }
    }

    /// The app with given settings; used by [`App::new`] and by tests.
    pub fn with_settings(
        settings: Settings,
        file_dialogs: FileDialogs,
        open: Option<PathBuf>,
    ) -> Self {
        Self::with_questionnaire(settings, file_dialogs, Questionnaire::builtin(), open)
    }

    /// The app with another questionnaire: for tests of questionnaire changes.
    pub fn with_questionnaire(
        settings: Settings,
        file_dialogs: FileDialogs,
        q: &'static Questionnaire,
        open: Option<PathBuf>,
    ) -> Self {
        let mut app = Self {
            q,
            settings,
            doc: Document {
                profile: Profile::new(q, &now()),
                path: None,
                dirty: false,
            },
            screen: Screen::Start,
            dialog: None,
            notice: None,
            file_dialogs,
            focus: None,
            close_confirmed: false,
            title: String::new(),
            styled: false,
            recovery_path: None,
            pending_recovery: None,
            recovery_due: None,
            time: 0.0,
            discarded: false,
            derived: std::cell::RefCell::new(None),
            derivations: std::cell::Cell::new(0),
        };
        if let Some(path) = open {
            app.open_path(&path);
        }
        app
    }

    pub fn profile(&self) -> &Profile {
        &self.doc.profile
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// What follows from the current answers; derived again only after they change.
    pub fn derived(&self) -> Rc<Derived> {
        let mut cache = self.derived.borrow_mut();
        if let Some((profile, derived)) = &*cache
            && *profile == self.doc.profile
        {
            return derived.clone();
        }
        let p = &self.doc.profile;
        let derived = Rc::new(Derived {
            needs: Rc::new(needs::derive(self.q, NeedsRules::builtin(), p)),
            findings: privacy::scan(
                self.q,
                p,
                &[NeedsRules::builtin().email().default_to.as_str()],
                local_now().year(),
            ),
            progress: (0..self.q.sections().len())
                .map(|i| flow::section_progress(self.q, p, i))
                .collect(),
            total: flow::total_progress(self.q, p),
        });
        self.derivations.set(self.derivations.get() + 1);
        *cache = Some((p.clone(), derived.clone()));
        derived
    }

    /// How many times the answers' consequences were derived since the app started.
    pub fn derivations(&self) -> usize {
        self.derivations.get()
    }

    /// The needs profile of the current answers.
    pub fn needs(&self) -> Rc<Needs> {
        self.derived().needs.clone()
    }

    /// The needs worded in `lang`.
    pub fn words(&self, lang: Lang) -> Words<'_> {
        Words::new(self.q, NeedsRules::builtin(), &self.doc.profile, lang)
    }

    /// The language the brief is written in.
    pub fn brief_lang(&self) -> Lang {
        self.settings.brief_lang.unwrap_or(self.settings.lang)
    }

    /// The consultation brief of the current answers, dated today.
    pub fn brief(&self) -> Brief {
        let needs = self.needs();
        brief::build(
            self.q,
            NeedsRules::builtin(),
            &self.doc.profile,
            &needs,
            brief::Options {
                lang: self.brief_lang(),
                mail_to: &self.settings.mail_to,
                include_email: self.settings.brief_email,
                today: local_now().date(),
            },
        )
    }

    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    /// The window title: the file name, with `*` while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let lang = self.lang();
        let name = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| lang.pick("Naamloos profiel", "Untitled profile").to_owned());
        let mark = if self.doc.dirty { "*" } else { "" };
        format!("{mark}{name} — Behoeftewijzer")
    }

    /// Carries out one command.
    pub fn run(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::New => self.unless_unsaved(Pending::New, ctx),
            Command::Open => self.unless_unsaved(Pending::Open, ctx),
            Command::OpenPath(path) => self.unless_unsaved(Pending::OpenPath(path), ctx),
            Command::Save => match self.doc.path.clone() {
                Some(path) => {
                    self.save_to(&path);
                }
                None => self.save_as(None, ctx),
            },
            Command::SaveAs => self.save_as(None, ctx),
            Command::Goto(screen) => self.goto(screen),
            Command::GotoQuestion(id) => {
                if let Some(section) = self.q.section_of(&id) {
                    self.goto(Screen::Section(section));
                    self.focus = Some((id, true));
                }
            }
            Command::SetLang(lang) => self.settings.lang = lang,
            Command::Zoom(step) => {
                let zoom = match step {
                    ZoomStep::In => (ctx.zoom_factor() + 0.1).min(3.0),
                    ZoomStep::Out => (ctx.zoom_factor() - 0.1).max(0.5),
                    ZoomStep::Reset => 1.0,
                };
                ctx.set_zoom_factor(zoom);
            }
            Command::Quit => self.unless_unsaved(Pending::Quit, ctx),
            Command::CopyEmail => {
                let lang = self.lang();
                ctx.copy_text(self.words(lang).email(&self.settings.mail_to).as_text(lang));
                self.notice = Some(
                    lang.pick(
                        "De e-mail staat op het klembord.",
                        "The e-mail is on the clipboard.",
                    )
                    .into(),
                );
            }
            Command::SetBriefLang(l) => self.settings.brief_lang = Some(l),
            Command::SetBriefEmail(on) => self.settings.brief_email = on,
            Command::CopyBrief => {
                let lang = self.lang();
                ctx.copy_text(brief::content::to_text(&self.brief()));
                self.notice = Some(
                    lang.pick(
                        "De notitie staat als tekst op het klembord.",
                        "The brief is on the clipboard as text.",
                    )
                    .into(),
                );
            }
            Command::ExportBrief => {
                // For the officer: where each missing answer is, "Section › Question".
                let lang = self.lang();
                let items: Vec<String> = flow::missing(self.q, &self.doc.profile)
                    .iter()
                    .filter_map(|m| {
                        let section = self.q.section(m.section)?.title.get(lang);
                        let question = self.q.question(&m.question)?.text.get(lang);
                        Some(format!("{section} › {question}"))
                    })
                    .collect();
                if items.is_empty() {
                    self.export_privacy_check();
                } else {
                    self.dialog = Some(Dialog::ExportMissing { items });
                }
            }
            Command::OpenEmail => {
                let url = self
                    .words(self.lang())
                    .email(&self.settings.mail_to)
                    .mailto_url();
                if let Err(e) = open::that_detached(&url) {
                    let lang = self.lang();
                    log::warn!("could not open the mail program: {e}");
                    self.dialog = Some(Dialog::Message {
                        title: lang
                            .pick("Geen e-mailprogramma gevonden", "No e-mail program found")
                            .into(),
                        body: lang
                            .pick(
                                "Het e-mailprogramma kon niet worden geopend. Kopieer de tekst en plak die in een nieuwe e-mail.",
                                "The e-mail program could not be opened. Copy the text and paste it into a new e-mail.",
                            )
                            .into(),
                    });
                }
            }
        }
    }

    fn goto(&mut self, screen: Screen) {
        if let Screen::Section(index) = screen {
            if flow::apply_preselect(self.q, &mut self.doc.profile, index) {
                self.touched();
            }
            // The first question takes the focus, so a keyboard user starts right there.
            if screen != self.screen {
                self.focus = flow::visible_questions(self.q, &self.doc.profile, index)
                    .first()
                    .map(|q| (q.id.clone(), false));
            }
        }
        self.screen = screen;
    }

    /// Does `then` now, or first asks whether to save unsaved changes.
    fn unless_unsaved(&mut self, then: Pending, ctx: &egui::Context) {
        if self.doc.dirty {
            self.dialog = Some(Dialog::Unsaved { then });
        } else {
            self.proceed(then, ctx);
        }
    }

    fn proceed(&mut self, then: Pending, ctx: &egui::Context) {
        match then {
            Pending::New => {
                self.doc = Document {
                    profile: Profile::new(self.q, &now()),
                    path: None,
                    dirty: false,
                };
                self.goto(Screen::Section(0));
            }
            Pending::Open => match self.pick_path(PathPurpose::Open) {
                Picked::Path(path) => self.open_path(&path),
                Picked::Cancelled => {}
                Picked::Unavailable => {
                    self.dialog = Some(Dialog::Path {
                        purpose: PathPurpose::Open,
                        text: String::new(),
                        no_file_dialog: true,
                        then: None,
                    });
                }
            },
            Pending::OpenPath(path) => self.open_path(&path),
            Pending::Quit => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    /// Opens a profile. On failure the open work stays as it is and the user is told why. When
    /// the questionnaire changed since the profile was made, says what changed and goes to the
    /// first new question.
    pub fn open_path(&mut self, path: &Path) {
        match storage::load_with_changes(path, self.q) {
            Ok((profile, changes)) => {
                log::info!("opened {}", path.display());
                self.doc = Document {
                    profile,
                    path: Some(path.to_path_buf()),
                    dirty: changes.is_some(),
                };
                self.settings.remember(path);
                self.notice = None;
                self.screen = Screen::Section(0);
                if let Some(changes) = changes {
                    self.touched();
                    self.tell_changes(&changes);
                }
            }
            Err(error) => {
                let lang = self.lang();
                if matches!(&error, storage::LoadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound)
                {
                    // A recent file that is gone: take it off the list.
                    self.settings.recent.retain(|p| p != path);
                }
                self.dialog = Some(Dialog::Message {
                    title: lang
                        .pick("Openen is niet gelukt", "Could not open the file")
                        .into(),
                    body: format!("{}\n\n{}", error.message(lang), path.display()),
                });
            }
        }
    }

    /// Says what changed in the questionnaire since the profile was made, and goes to the
    /// first new question.
    fn tell_changes(&mut self, changes: &QuestionnaireChanges) {
        let lang = self.lang();
        let mut body = match lang {
            Lang::Nl => format!(
                "De vragenlijst is veranderd sinds dit profiel is gemaakt: van versie {} naar versie {}.",
                changes.from, changes.to
            ),
            Lang::En => format!(
                "The questionnaire has changed since this profile was made: from version {} to version {}.",
                changes.from, changes.to
            ),
        };
        if !changes.new_questions.is_empty() {
            body.push_str(lang.pick("\n\nNieuwe vragen:", "\n\nNew questions:"));
            for id in &changes.new_questions {
                if let Some(q) = self.q.question(id) {
                    body.push_str(&format!("\n• {}", q.text.get(lang)));
                }
            }
        }
        if !changes.removed_answers.is_empty() {
            body.push_str(lang.pick(
                "\n\nDeze vragen zijn vervallen; je antwoord staat hieronder zodat je het kunt overnemen:",
                "\n\nThese questions were taken out; your answer is below so you can copy it:",
            ));
            for (id, answer) in &changes.removed_answers {
                let text = match answer {
                    Answer::Text(t) => t.clone(),
                    Answer::Number(n) => n.to_string(),
                    Answer::Choice { id, .. } => id.clone(),
                    Answer::Choices { ids, .. } => ids.join(", "),
                };
                body.push_str(&format!("\n• {id}: {text}"));
            }
        }
        self.dialog = Some(Dialog::Message {
            title: lang
                .pick(
                    "De vragenlijst is veranderd",
                    "The questionnaire has changed",
                )
                .into(),
            body,
        });
        if let Some(first) = changes.new_questions.first()
            && let Some(section) = self.q.section_of(first)
        {
            self.screen = Screen::Section(section);
            self.focus = Some((first.clone(), true));
        }
    }

    /// Saves to `path`. Returns whether it worked; on failure the user is told why and the
    /// document stays marked unsaved.
    pub fn save_to(&mut self, path: &Path) -> bool {
        let path = storage::with_extension(path.to_path_buf());
        let mut profile = self.doc.profile.clone();
        profile.modified = now();
        profile.app_version = env!("CARGO_PKG_VERSION").to_owned();
        match storage::save(&path, &profile) {
            Ok(()) => {
                log::info!("saved {}", path.display());
                self.doc.profile = profile;
                self.doc.path = Some(path.clone());
                self.doc.dirty = false;
                self.remove_recovery();
                self.settings.remember(&path);
                let lang = self.lang();
                self.notice = Some(format!(
                    "{} {}",
                    lang.pick("Opgeslagen:", "Saved:"),
                    ui::display_path(&path)
                ));
                true
            }
            Err(error) => {
                let lang = self.lang();
                self.dialog = Some(Dialog::Message {
                    title: lang.pick("Opslaan is niet gelukt", "Could not save").into(),
                    body: format!(
                        "{}\n{}\n\n{}",
                        error.message(lang),
                        lang.pick(
                            "Je antwoorden staan nog in het venster.",
                            "Your answers are still in the window."
                        ),
                        path.display()
                    ),
                });
                false
            }
        }
    }

    fn save_as(&mut self, then: Option<Pending>, ctx: &egui::Context) {
        match self.pick_path(PathPurpose::Save) {
            Picked::Path(path) => {
                if self.save_to(&path)
                    && let Some(then) = then
                {
                    self.proceed(then, ctx);
                }
            }
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
                    no_file_dialog: true,
                    then,
                });
            }
        }
    }

    /// A file name for a new profile: the organisation's name, if given.
    fn suggested_file_name(&self) -> String {
        crate::model::text::file_name(
            &[
                self.lang().pick("Behoefteprofiel", "Needs profile"),
                self.doc.profile.text(crate::model::ids::ORGANISATION_NAME),
            ],
            storage::EXTENSION,
        )
    }

    /// Where a new profile goes by default: beside the open one, else in the user's documents.
    fn suggested_dir(&self) -> Option<PathBuf> {
        match self.doc.path.as_ref().and_then(|p| p.parent()) {
            Some(dir) if !dir.as_os_str().is_empty() => Some(dir.to_path_buf()),
            _ => directories::UserDirs::new().and_then(|u| u.document_dir().map(Path::to_path_buf)),
        }
    }

    /// A file name in the suggested folder.
    fn in_suggested_dir(&self, name: &str) -> PathBuf {
        self.suggested_dir()
            .map_or_else(|| PathBuf::from(name), |dir| dir.join(name))
    }

    fn pick_path(&mut self, purpose: PathPurpose) -> Picked {
        if self.file_dialogs == FileDialogs::Typed {
            return Picked::Unavailable;
        }
        let lang = self.lang();
        let profiles = lang.pick("Behoeftewijzer-profiel", "Behoeftewijzer profile");
        // (filter name, extension, title, suggested name: only when saving)
        let (filter, extension, title, name) = match purpose {
            PathPurpose::Open => (
                profiles,
                storage::EXTENSION,
                lang.pick("Profiel openen", "Open a profile").to_owned(),
                None,
            ),
            PathPurpose::Save => (
                profiles,
                storage::EXTENSION,
                lang.pick("Profiel opslaan", "Save the profile").to_owned(),
                Some(self.suggested_file_name()),
            ),
            PathPurpose::ExportBrief => (
                "PDF",
                "pdf",
                Command::ExportBrief
                    .label(lang)
                    .trim_end_matches('…')
                    .to_owned(),
                Some(self.brief_file_name()),
            ),
        };
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

    /// What in the free texts looks like residents' personal data.
    pub fn privacy_findings(&self) -> Vec<privacy::Finding> {
        self.derived().findings.clone()
    }

    /// Before export: shows what looks like residents' personal data, if anything.
    fn export_privacy_check(&mut self) {
        let lang = self.lang();
        let items: Vec<String> = self
            .privacy_findings()
            .iter()
            .map(|f| privacy::describe(self.q, f, lang, true))
            .collect();
        if items.is_empty() {
            self.export_pick();
        } else {
            self.dialog = Some(Dialog::ExportPrivacy { items });
        }
    }

    /// Asks where to export the brief, then exports it.
    fn export_pick(&mut self) {
        match self.pick_path(PathPurpose::ExportBrief) {
            Picked::Path(path) => self.export_to(&path),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                let text = self
                    .in_suggested_dir(&self.brief_file_name())
                    .display()
                    .to_string();
                self.dialog = Some(Dialog::Path {
                    purpose: PathPurpose::ExportBrief,
                    text,
                    no_file_dialog: true,
                    then: None,
                });
            }
        }
    }

    /// The brief's file name, from the organisation's name in the answers (not the brief's
    /// "still open" mark), without building the brief.
    fn brief_file_name(&self) -> String {
        brief::content::file_name(
            self.brief_lang(),
            self.doc.profile.text(crate::model::ids::ORGANISATION_NAME),
            local_now().date(),
        )
    }

    /// Writes the brief as PDF to `path` (atomically) and offers to open it.
    pub fn export_to(&mut self, path: &Path) {
        let lang = self.lang();
        let path = if path.extension().is_none() {
            path.with_extension("pdf")
        } else {
            path.to_path_buf()
        };
        let failed = |body: String| Dialog::Message {
            title: lang
                .pick("Exporteren is niet gelukt", "Could not export")
                .into(),
            body,
        };
        let brief = self.brief();
        let rendered = match crate::brief::pdf::render(&brief, local_now()) {
            Ok(r) => r,
            Err(e) => {
                log::error!("brief: {e}");
                self.dialog = Some(failed(e.to_string()));
                return;
            }
        };
        match storage::write_atomic(&path, &rendered.bytes) {
            Ok(()) => {
                log::info!("exported the brief to {}", path.display());
                self.dialog = Some(Dialog::Exported {
                    path,
                    pages: rendered.pages,
                    note: rendered.report.message(lang),
                });
            }
            Err(e) => {
                self.dialog = Some(failed(format!(
                    "{}\n\n{}",
                    storage::SaveError::Io(e).message(lang),
                    path.display()
                )));
            }
        }
    }

    fn on_dialog_choice(&mut self, choice: DialogChoice, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        match (dialog, choice) {
            (Dialog::Unsaved { then }, DialogChoice::Save) => match self.doc.path.clone() {
                Some(path) => {
                    if self.save_to(&path) {
                        self.proceed(then, ctx);
                    }
                }
                None => self.save_as(Some(then), ctx),
            },
            (Dialog::Unsaved { then }, DialogChoice::DontSave) => {
                // A deliberate discard: no recovery copy of this work.
                self.remove_recovery();
                self.discarded = true;
                self.proceed(then, ctx);
            }
            (Dialog::Recover { recovery, .. }, DialogChoice::Restore) => {
                let recovery = *recovery;
                log::info!("restored unsaved work from {}", recovery.saved_at);
                self.doc = Document {
                    profile: recovery.profile,
                    path: recovery.original,
                    dirty: true,
                };
                self.screen = Screen::Section(0);
            }
            (Dialog::Recover { .. }, DialogChoice::Discard) => self.remove_recovery(),
            (
                Dialog::Path {
                    purpose: PathPurpose::Open,
                    ..
                },
                DialogChoice::Path(path),
            ) => self.open_path(&path),
            (
                Dialog::Path {
                    purpose: PathPurpose::ExportBrief,
                    ..
                },
                DialogChoice::Path(path),
            ) => self.export_to(&path),
            (Dialog::ExportMissing { .. }, DialogChoice::ExportAnyway) => {
                self.export_privacy_check();
            }
            (Dialog::ExportPrivacy { .. }, DialogChoice::ExportAnyway) => self.export_pick(),
            (Dialog::Exported { .. }, DialogChoice::OpenFile(path)) => {
                if let Err(e) = open::that_detached(&path) {
                    let lang = self.lang();
                    log::warn!("could not open {}: {e}", path.display());
                    self.dialog = Some(Dialog::Message {
                        title: lang
                            .pick("De PDF kon niet worden geopend", "Could not open the PDF")
                            .into(),
                        body: format!(
                            "{}\n\n{}",
                            lang.pick(
                                "Er is geen programma gevonden om PDF-bestanden te tonen. Open het bestand zelf:",
                                "No program was found to show PDF files. Open the file yourself:",
                            ),
                            path.display()
                        ),
                    });
                }
            }
            (
                Dialog::Path {
                    purpose: PathPurpose::Save,
                    then,
                    ..
                },
                DialogChoice::Path(path),
            ) => {
                if self.save_to(&path)
                    && let Some(then) = then
                {
                    self.proceed(then, ctx);
                }
            }
            _ => {}
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        let lang = self.lang();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(lang.pick("Bestand", "File"), |ui| {
                for command in [Command::New, Command::Open, Command::Save, Command::SaveAs] {
                    ui::command_button(ui, command, lang, out);
                }
                ui.separator();
                ui::command_button(ui, Command::ExportBrief, lang, out);
                if !self.settings.recent.is_empty() {
                    ui.menu_button(lang.pick("Recente bestanden", "Recent files"), |ui| {
                        for path in &self.settings.recent {
                            if ui.button(ui::display_path(path)).clicked() {
                                out.push(Command::OpenPath(path.clone()));
                            }
                        }
                    });
                }
                ui.separator();
                ui::command_button(ui, Command::Quit, lang, out);
            });
            ui.menu_button(lang.pick("Ga naar", "Go"), |ui| {
                ui::command_button(ui, Command::Goto(Screen::Start), lang, out);
                for index in 0..self.q.sections().len() {
                    if ui.button(nav::section_label(self.q, index, lang)).clicked() {
                        out.push(Command::Goto(Screen::Section(index)));
                    }
                }
                ui::command_button(ui, Command::Goto(Screen::Review), lang, out);
                ui::command_button(ui, Command::Goto(Screen::Needs), lang, out);
                ui::command_button(ui, Command::Goto(Screen::Brief), lang, out);
            });
            ui.menu_button(lang.pick("Beeld", "View"), |ui| {
                for step in [ZoomStep::In, ZoomStep::Out, ZoomStep::Reset] {
                    ui::command_button(ui, Command::Zoom(step), lang, out);
                }
            });
            ui.menu_button("Taal / Language", |ui| {
                for l in Lang::ALL {
                    if ui.radio(lang == l, l.native_name()).clicked() {
                        out.push(Command::SetLang(l));
                    }
                }
            });
        });
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.doc.dirty && !self.close_confirmed
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            if self.dialog.is_none() {
                self.dialog = Some(Dialog::Unsaved {
                    then: Pending::Quit,
                });
            }
        }
    }
}

/// The outcome of asking for a path.
enum Picked {
    Path(PathBuf),
    Cancelled,
    Unavailable,
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            ui::theme::apply(&ctx);
            self.styled = true;
        }
        self.time = ctx.input(|i| i.time);
        if self.dialog.is_none()
            && let Some(recovery) = self.pending_recovery.take()
        {
            self.dialog = Some(Dialog::Recover {
                when: human_time(&recovery.saved_at, self.lang()),
                recovery: Box::new(recovery),
            });
        }
        let lang = self.lang();
        let mut out = if self.dialog.is_none() {
            ui::shortcuts(&ctx)
        } else {
            Vec::new()
        };
        self.handle_close_request(&ctx);

        Panel::top("menu").show(ui, |ui| self.menu_ui(ui, &mut out));
        Panel::bottom("status").show(ui, |ui| {
            ui.add_space(4.0);
            if self.screen != Screen::Start {
                let total = self.derived().total;
                nav::bottom_ui(ui, lang, self.q, total, self.screen, &mut out);
            }
            if let Some(notice) = &self.notice {
                ui.label(egui::RichText::new(notice).small().weak());
            }
            ui.add_space(2.0);
        });
        if self.screen != Screen::Start {
            Panel::left("sections").default_size(310.0).show(ui, |ui| {
                ScrollArea::vertical().show(ui, |ui| {
                    let derived = self.derived();
                    let progress = &derived.progress;
                    nav::sections_ui(ui, lang, self.q, progress, self.screen, &mut out);
                });
            });
        }
        CentralPanel::default().show(ui, |ui| {
            ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    // Cap the width for reading, never more than there is: text wraps instead of being cut off.
                    ui.set_max_width(ui.available_width().min(760.0));
                    match self.screen {
                        Screen::Start => start::start_ui(
                            ui,
                            lang,
                            &self.settings.recent,
                            !self.doc.profile.answers.is_empty(),
                            &mut out,
                        ),
                        Screen::Section(index) => {
                            let Some(section) = self.q.section(index) else {
                                return;
                            };
                            ui.heading(section.title.get(lang));
                            if let Some(intro) = &section.intro {
                                ui.label(intro.get(lang));
                            }
                            // A dialog on top holds the focus; the question gets it after.
                            let focus = if self.dialog.is_none() {
                                self.focus.take()
                            } else {
                                None
                            };
                            let findings = self.privacy_findings();
                            for q in flow::visible_questions(self.q, &self.doc.profile, index) {
                                let focus = match &focus {
                                    Some((id, scroll)) if *id == q.id => Some(*scroll),
                                    _ => None,
                                };
                                if question::question_ui(
                                    ui,
                                    lang,
                                    q,
                                    &mut self.doc.profile,
                                    focus,
                                    &findings,
                                ) {
                                    self.touched();
                                }
                            }
                            ui.add_space(20.0);
                        }
                        Screen::Review => {
                            review::review_ui(ui, lang, self.q, &self.doc.profile, &mut out);
                        }
                        Screen::Needs => {
                            let needs = self.needs();
                            let words =
                                Words::new(self.q, NeedsRules::builtin(), &self.doc.profile, lang);
                            needs_ui(ui, &needs, &words, &mut self.settings.mail_to, &mut out);
                        }
                        Screen::Brief => {
                            let brief = self.brief();
                            let options = ui::brief::Choices {
                                lang: self.brief_lang(),
                                email: self.settings.brief_email,
                            };
                            brief_ui(ui, lang, &brief, options, &mut out);
                        }
                    }
                });
        });

        if let Some(dialog) = &mut self.dialog
            && let Some(choice) = dialog_ui(&ctx, lang, dialog)
        {
            self.on_dialog_choice(choice, &ctx);
        }
        for command in out {
            self.run(command, &ctx);
        }
        self.update_title(&ctx);
        // The recovery copy: a few seconds after the last change, then no more wake-ups.
        if let Some(due) = self.recovery_due {
            if self.time >= due {
                self.recovery_due = None;
                self.write_recovery();
            } else {
                ctx.request_repaint_after(Duration::from_secs_f64(due - self.time + 0.05));
            }
        }
    }

    fn on_exit(&mut self) {
        if self.doc.dirty && !self.discarded {
            self.write_recovery();
        }
    }

    /// Settings (language, recent files) are small: keep them on disk within seconds.
    fn auto_save_interval(&self) -> Duration {
        Duration::from_secs(5)
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
