//! What the window does: one match over the commands the UI returns, and one over the choices
//! made in a dialog.

use egui::ViewportCommand;

use super::files::Picked;
use super::saving::AfterSave;
use super::{App, Document};
use crate::clock::now;
use crate::model::{Profile, flow};
use crate::ui::modal::{
    ConflictChoice, Dialog, ExportedChoice, Outcome, Outgoing, PathChoice, PathPurpose, Pending,
    Proceed, RecoverChoice, UnsavedChoice,
};
use crate::ui::question::{Focus, Scroll};
use crate::ui::{self, Command, Screen, ZoomStep};

impl App {
    /// Carries out one command.
    pub fn run(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::New => self.unless_unsaved(Pending::New, ctx),
            Command::ViewExample => self.unless_unsaved(Pending::Example, ctx),
            Command::NewBasedOnThis => self.unless_unsaved(Pending::BasedOnThis, ctx),
            Command::Open => self.unless_unsaved(Pending::Open, ctx),
            Command::OpenPath(path) => self.unless_unsaved(Pending::OpenPath(path), ctx),
            Command::Save => match self.doc.path.clone() {
                Some(path) => self.save_to(&path, AfterSave::Nothing, ctx),
                None => self.save_as(None, ctx),
            },
            Command::SaveAs => self.save_as(None, ctx),
            Command::Goto(screen) => self.goto(screen),
            Command::GotoQuestion(id) => {
                if let Some(section) = self.q.section_of(&id) {
                    self.goto(Screen::Section(section));
                    self.keyboard.next = Some(Focus {
                        question: id,
                        scroll: Scroll::IntoView,
                    });
                }
            }
            Command::SetLang(lang) => self.settings.lang = lang,
            Command::ShowSections(shown) => self.settings.hide_sections = !shown,
            Command::SetDrawing(drawing) => self.settings.drawing = drawing,
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                ctx.set_theme(theme.preference());
            }
            Command::Help => {
                if !matches!(self.screen, Screen::Guide(_)) {
                    self.guide_return = self.screen;
                }
                let chapter = ui::guide::chapter_for(self.screen, self.lang());
                self.goto(Screen::Guide(chapter));
            }
            Command::CloseGuide => self.goto(self.guide_return),
            Command::Zoom(step) => {
                let zoom = match step {
                    ZoomStep::In => (ctx.zoom_factor() + 0.1).min(3.0),
                    ZoomStep::Out => (ctx.zoom_factor() - 0.1).max(0.5),
                    ZoomStep::Reset => 1.0,
                };
                ctx.set_zoom_factor(zoom);
            }
            Command::Quit => self.unless_unsaved(Pending::Quit, ctx),
            Command::CopyEmail => self.let_out(Outgoing::CopyEmail, ctx),
            Command::SetBriefLang(l) => self.settings.brief_lang = Some(l),
            Command::SetBriefEmail(on) => self.settings.brief_email = on,
            Command::CopyBrief => self.let_out(Outgoing::CopyBrief, ctx),
            Command::ExportBrief
            | Command::ExportRegional
            | Command::ExportReport
            | Command::ExportBriefWord
            | Command::ExportRegionalWord
            | Command::ExportReportWord => self.export(&command, ctx),
            Command::Compare => self.compare_pick(),
            Command::ComparePaths(paths) => self.compare_paths(&paths),
            Command::SaveCompareCsv => self.let_out(Outgoing::Table, ctx),
            Command::CopyRegional => self.let_out(Outgoing::CopyRegional, ctx),
            Command::CloseCompare => self.close_compare(),
            Command::OpenEmail => self.let_out(Outgoing::MailProgram, ctx),
            Command::CopyReport => self.let_out(Outgoing::CopyReport, ctx),
        }
    }

    /// Puts the intake e-mail on the clipboard.
    pub(super) fn copy_email(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        ctx.copy_text(
            self.words(lang)
                .email(&self.doc.profile.mail_to)
                .as_text(lang),
        );
        self.notice = Some(trs!(lang, "commands-email-copied").into());
    }

    /// Opens the intake e-mail in the mail program, or says why it could not.
    pub(super) fn open_email(&mut self) {
        let url = self
            .words(self.lang())
            .email(&self.doc.profile.mail_to)
            .mailto_url();
        if let Err(e) = open::that_detached(&url) {
            let lang = self.lang();
            // Not the error itself: it can hold the whole mailto: link, with the contact's
            // name, address and phone.
            log::warn!("could not open the mail program ({:?})", e.kind());
            self.dialog = Some(Dialog::Message {
                title: trs!(lang, "commands-no-e-mail-program-found").into(),
                body: trs!(lang, "commands-email-program-failed").into(),
            });
        }
    }

    /// A typed path for saving or exporting: an export gets its extension and passes the
    /// output check before anything is asked (never over a profile or an input); then an
    /// existing file is only replaced after asking.
    fn write_typed(
        &mut self,
        purpose: PathPurpose,
        path: std::path::PathBuf,
        then: Option<Pending>,
        ctx: &egui::Context,
    ) {
        let path = match super::files::output_kind(purpose, self.export_format) {
            Some(kind) => {
                let path = crate::storage::with_required_extension(path, kind.extension());
                if !self.may_write(&path, kind) {
                    return;
                }
                path
            }
            None => path,
        };
        let is_open_profile = self.doc.path.as_deref().is_some_and(|p| {
            std::fs::canonicalize(p)
                .ok()
                .zip(std::fs::canonicalize(&path).ok())
                .is_some_and(|(a, b)| a == b)
        });
        if path.exists() && !(purpose == PathPurpose::Save && is_open_profile) {
            self.dialog = Some(Dialog::Overwrite {
                path,
                purpose,
                then,
            });
            return;
        }
        self.write_to(purpose, &path, then, ctx);
    }

    /// Saves the profile or exports the brief to `path`, then does what was waiting.
    fn write_to(
        &mut self,
        purpose: PathPurpose,
        path: &std::path::Path,
        then: Option<Pending>,
        ctx: &egui::Context,
    ) {
        match purpose {
            PathPurpose::Save => self.save_to(path, AfterSave::then(then), ctx),
            PathPurpose::ExportBrief => self.export_to(path),
            PathPurpose::ExportReport => self.export_report_to(path),
            PathPurpose::Open => self.open_path(path),
            PathPurpose::Compare => self.compare_paths(&[path.to_path_buf()]),
            PathPurpose::ExportRegional | PathPurpose::CompareCsv => {
                self.write_comparison(purpose, path);
            }
        }
    }

    /// Someone else saved the file: this window's work is never lost, theirs only on request.
    fn on_conflict(&mut self, path: &std::path::Path, choice: ConflictChoice, ctx: &egui::Context) {
        match choice {
            ConflictChoice::Cancel => {}
            ConflictChoice::SaveAs => self.save_as(None, ctx),
            ConflictChoice::Overwrite => self.save_unchecked(path, AfterSave::Nothing, ctx),
            ConflictChoice::Reopen => {
                let mine = crate::storage::beside(path, trs!(self.lang(), "commands-my-version"));
                self.save_unchecked(&mine, AfterSave::OpenTheirs(path.to_path_buf()), ctx);
            }
        }
    }

    /// Puts the recovered work back, unsaved.
    pub(super) fn restore(&mut self, recovery: crate::storage::Recovery) {
        log::info!("restored unsaved work from {}", recovery.saved_at);
        // Not known what the file was when the copy was made: no stamp, no check.
        self.doc = Document::new(recovery.profile, recovery.original, true, None);
        self.screen = Screen::Section(0);
    }

    pub(super) fn goto(&mut self, screen: Screen) {
        if let Screen::Section(index) = screen
            && flow::apply_preselect(self.q, &mut self.doc.profile, index)
        {
            self.touched();
        }
        // The comparison's screens need profiles compared; the regional brief is not made of
        // two versions of one profile.
        let comparing = self.comparison.as_ref();
        match screen {
            Screen::Compare if comparing.is_none() => return,
            Screen::RegionalBrief
                if comparing
                    .is_none_or(|c| crate::model::combine::versions(&c.entries).is_some()) =>
            {
                return;
            }
            _ => {}
        }
        if screen == Screen::Start {
            // A recent file may have been saved or moved since the list was read.
            self.forget_recent();
        }
        if screen != self.screen {
            // "Op het klembord" belonged to the screen that was left.
            self.notice = None;
        }
        self.screen = screen;
    }

    /// Does `then` now, or first asks whether to save unsaved changes.
    pub(super) fn unless_unsaved(&mut self, then: Pending, ctx: &egui::Context) {
        if self.doc.dirty {
            self.dialog = Some(Dialog::Unsaved { then });
        } else {
            self.proceed(then, ctx);
        }
    }

    pub(super) fn proceed(&mut self, then: Pending, ctx: &egui::Context) {
        match then {
            Pending::New => {
                self.doc = Document::new(Profile::new(self.q, &now()), None, false, None);
                self.goto(Screen::Section(0));
            }
            Pending::Open => match self.pick_path(PathPurpose::Open) {
                Picked::Path(path) => self.open_path(&path),
                Picked::Cancelled => {}
                Picked::Unavailable => {
                    // The folder to look in, ready for the file's name.
                    let mut text = self.in_suggested_dir("").display().to_string();
                    if !text.ends_with(std::path::MAIN_SEPARATOR) {
                        text.push(std::path::MAIN_SEPARATOR);
                    }
                    self.dialog = Some(Dialog::Path {
                        purpose: PathPurpose::Open,
                        text,
                        then: None,
                    });
                }
            },
            Pending::OpenPath(path) => self.open_path(&path),
            Pending::Example => self.open_example(),
            Pending::BasedOnThis => self.new_based_on_this(),
            Pending::Quit => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    /// Carries out what was decided in a dialog: every dialog and every one of its choices.
    pub(super) fn on_outcome(&mut self, outcome: Outcome, ctx: &egui::Context) {
        self.dialog = None;
        match outcome {
            Outcome::Unsaved { then, choice } => match choice {
                UnsavedChoice::Save => match self.doc.path.clone() {
                    Some(path) => self.save_to(&path, AfterSave::Proceed(then), ctx),
                    None => self.save_as(Some(then), ctx),
                },
                UnsavedChoice::DontSave => {
                    // A deliberate discard: no recovery copy of this work.
                    self.remove_recovery();
                    self.autosave.discarded = true;
                    self.proceed(then, ctx);
                }
                UnsavedChoice::Cancel => {}
            },
            Outcome::Path {
                purpose,
                then,
                choice,
            } => match (purpose, choice) {
                (_, PathChoice::Cancel) => {}
                (_, PathChoice::Paths(paths)) => {
                    let paths: Vec<_> = paths.iter().map(|p| self.typed_path(p)).collect();
                    self.compare_paths(&paths);
                }
                (PathPurpose::Open, PathChoice::Path(path)) => {
                    self.open_path(&self.typed_path(&path));
                }
                (PathPurpose::Compare, PathChoice::Path(path)) => {
                    self.compare_paths(&[self.typed_path(&path)]);
                }
                (purpose, PathChoice::Path(path)) => {
                    let path = self.typed_path(&path);
                    self.write_typed(purpose, path, then, ctx);
                }
            },
            Outcome::Conflict { path, choice } => self.on_conflict(&path, choice, ctx),
            Outcome::Overwrite {
                path,
                purpose,
                then,
                choice: Proceed::Anyway,
            } => self.write_to(purpose, &path, then, ctx),
            Outcome::Overwrite {
                path,
                purpose,
                then,
                choice: Proceed::Back,
            } => {
                self.dialog = Some(Dialog::Path {
                    purpose,
                    text: path.display().to_string(),
                    then,
                });
            }
            Outcome::Message
            | Outcome::ExportMissing(Proceed::Back)
            | Outcome::ExportPrivacy {
                choice: Proceed::Back,
                ..
            }
            | Outcome::Exported {
                choice: ExportedChoice::Close,
                ..
            } => {}
            Outcome::ExportMissing(Proceed::Anyway) => self.let_out(Outgoing::Brief, ctx),
            Outcome::ExportPrivacy {
                export,
                choice: Proceed::Anyway,
            } => self.release(export, ctx),
            Outcome::Exported {
                path,
                choice: ExportedChoice::Open,
            } => self.open_exported(&path),
            Outcome::Recover(RecoverChoice::Restore) => self.restore_offered(),
            Outcome::Recover(RecoverChoice::Later) => self.later_offered(),
            Outcome::Recover(RecoverChoice::Discard) => self.confirm_discard_offered(),
            Outcome::ConfirmDiscard(Proceed::Anyway) => self.discard_offered(),
            Outcome::ConfirmDiscard(Proceed::Back) => self.ask_again(),
        }
    }
}

impl App {
    /// An export command: the document (the comparison's regional brief on its screens) in
    /// the format the command asks for.
    fn export(&mut self, command: &Command, ctx: &egui::Context) {
        self.export_format = export_format(command);
        match command {
            Command::ExportReport | Command::ExportReportWord => {
                self.let_out(Outgoing::Report, ctx);
            }
            Command::ExportRegional | Command::ExportRegionalWord => self.export_regional(ctx),
            _ if matches!(self.screen, Screen::Compare | Screen::RegionalBrief) => {
                self.export_regional(ctx);
            }
            _ => self.export_brief(ctx),
        }
    }
}

/// The format an export command asks for: a Word document for the `…Word` ones.
fn export_format(command: &Command) -> crate::export::Format {
    match command {
        Command::ExportBriefWord | Command::ExportRegionalWord | Command::ExportReportWord => {
            crate::export::Format::Docx
        }
        _ => crate::export::Format::Pdf,
    }
}
