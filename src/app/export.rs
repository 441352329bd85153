//! What the window writes besides the profile: the brief as PDF, the regional brief, the
//! comparison's table as CSV, and the copies to the clipboard; each checked against
//! personal data and against writing over an input first.

use std::path::Path;

use super::App;
use super::background::Output;
use super::files::Picked;
use crate::brief::{self};
use crate::clock::local_now;
use crate::export::Leaving;
use crate::model::combine;
use crate::model::flow;
use crate::storage;
use crate::ui::modal::{Dialog, Outgoing, PathPurpose};

impl App {
    /// What the privacy gate finds in `out` (the text that would leave, issue 30), worded for
    /// the officer by place and kind, never with the value itself (a screen may be shared, a
    /// screen reader speaks it aloud). A file's suggested name leaves with it.
    pub fn gate_lines(&self, out: Outgoing) -> Vec<String> {
        let lang = self.lang();
        let file = out.is_file();
        match out {
            Outgoing::Brief | Outgoing::CopyBrief => {
                let name = file.then(|| self.brief_file_name());
                self.gate_document(&self.brief(), name.as_deref(), false)
            }
            Outgoing::Report | Outgoing::CopyReport => {
                let name = file.then(|| self.report_file_name());
                self.gate_document(&self.report(), name.as_deref(), false)
            }
            Outgoing::Regional | Outgoing::CopyRegional => {
                let Some(brief) = self.regional_brief() else {
                    return Vec::new();
                };
                let name =
                    file.then(|| brief::regional::file_name(self.brief_lang(), local_now().date()));
                self.gate_document(&brief, name.as_deref(), true)
            }
            Outgoing::Table => {
                let Some(c) = &self.comparison else {
                    return Vec::new();
                };
                let bytes =
                    crate::export::table(self.q, &c.entries, lang, b';').unwrap_or_default();
                let name = self.compare_csv_name();
                self.gate_over(
                    &[Leaving::Table(&bytes, b';'), Leaving::FileName(&name)],
                    true,
                )
            }
            Outgoing::CopyEmail | Outgoing::MailProgram => {
                let email = self
                    .words(lang)
                    .email(&self.doc.profile.mail_to)
                    .as_text(lang);
                self.gate_over(&[Leaving::Email(&email)], false)
            }
        }
    }

    /// The gate over a document, and its file's name when it leaves as a file.
    fn gate_document(
        &self,
        document: &crate::brief::Brief,
        file_name: Option<&str>,
        comparison: bool,
    ) -> Vec<String> {
        let mut leaving = vec![Leaving::Document(document)];
        leaving.extend(file_name.map(Leaving::FileName));
        self.gate_over(&leaving, comparison)
    }

    /// The gate over `leaving`, made of the open profile, or of the comparison's profiles
    /// (each finding then named by its file).
    fn gate_over(&self, leaving: &[Leaving<'_>], comparison: bool) -> Vec<String> {
        let lang = self.lang();
        let entries = self
            .comparison
            .as_ref()
            .filter(|_| comparison)
            .map_or(&[][..], |c| c.entries.as_slice());
        let (sources, names): (Vec<&crate::model::Profile>, Vec<String>) = if comparison {
            entries
                .iter()
                .map(|e| (&e.profile, super::compare::shown(Path::new(&e.source))))
                .unzip()
        } else {
            (vec![&self.doc.profile], Vec::new())
        };
        let found = crate::export::gate(&sources, leaving, lang, local_now().year());
        crate::export::describe_findings(
            self.q,
            &found,
            &names,
            lang,
            crate::words::privacy::Show::WithoutText,
        )
    }

    /// Lets `out` leave when the privacy gate finds nothing in it; otherwise shows what it
    /// found, and the dialog's choice goes on with that same output.
    pub(super) fn let_out(&mut self, out: Outgoing, ctx: &egui::Context) {
        let items = self.gate_lines(out);
        if items.is_empty() {
            self.release(out, ctx);
        } else {
            self.dialog = Some(Dialog::ExportPrivacy { items, export: out });
        }
    }

    /// Lets `out` leave, past the gate: asks where a file goes, or copies, or opens the mail
    /// program.
    pub(super) fn release(&mut self, out: Outgoing, ctx: &egui::Context) {
        match out {
            Outgoing::Brief => self.export_pick(),
            Outgoing::Regional => self.export_regional_pick(),
            Outgoing::Report => self.export_report_pick(),
            Outgoing::Table => self.save_compare_csv(),
            Outgoing::CopyBrief => self.copy_brief(ctx),
            Outgoing::CopyRegional => self.copy_regional(ctx),
            Outgoing::CopyReport => self.copy_report(ctx),
            Outgoing::CopyEmail => self.copy_email(ctx),
            Outgoing::MailProgram => self.open_email(),
        }
    }

    /// Asks where to export the brief, then exports it.
    pub(super) fn export_pick(&mut self) {
        match self.pick_path(PathPurpose::ExportBrief) {
            Picked::Path(path) => self.export_to(&path),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                let text = self
                    .in_suggested_dir(&self.in_export_format(&self.brief_file_name()))
                    .display()
                    .to_string();
                self.dialog = Some(Dialog::Path {
                    purpose: PathPurpose::ExportBrief,
                    text,
                    then: None,
                });
            }
        }
    }

    /// The brief's file name, from the organisation's name in the answers (not the brief's
    /// "still open" mark), without building the brief.
    pub(super) fn brief_file_name(&self) -> String {
        brief::content::file_name(
            self.brief_lang(),
            self.organisation_for_file_name(),
            local_now().date(),
        )
    }

    /// Writes the brief as PDF to `path` (atomically) and offers to open it.
    pub fn export_to(&mut self, path: &Path) {
        let brief = self.brief();
        self.write_pdf(path, &brief);
    }

    /// Writes a brief (single or regional) as PDF to `path` on a thread of its own and offers
    /// to open it; says why when it cannot.
    pub(super) fn write_pdf(&mut self, path: &Path, brief: &crate::brief::Brief) {
        let path =
            storage::with_required_extension(path.to_path_buf(), self.export_format.extension());
        self.export_in_background(&path, Output::Pdf(brief.clone()));
    }

    /// Before the regional brief is written: what looks like residents' personal data, named
    /// by file.
    pub(super) fn export_regional(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let Some(c) = &self.comparison else {
            return;
        };
        if combine::versions(&c.entries).is_some() {
            self.dialog = Some(Dialog::Message {
                title: trs!(lang, "app-compare-no-regional-brief").into(),
                body: trs!(lang, "app-compare-these-are-two-versions-of-one").into(),
            });
            return;
        }
        self.let_out(Outgoing::Regional, ctx);
    }

    /// Asks where to write the regional brief, then writes it.
    pub(super) fn export_regional_pick(&mut self) {
        let name = brief::regional::file_name(self.brief_lang(), local_now().date());
        self.pick_then_write(PathPurpose::ExportRegional, &self.in_export_format(&name));
    }

    /// "Vergelijking 2026-11-28.csv".
    pub(super) fn compare_csv_name(&self) -> String {
        let iso = local_now().date().to_string();
        crate::words::text::file_name(&[trs!(self.lang(), "app-compare-comparison"), &iso], "csv")
    }

    /// Asks where to save the comparison table, then saves it.
    pub(super) fn save_compare_csv(&mut self) {
        let name = self.compare_csv_name();
        self.pick_then_write(PathPurpose::CompareCsv, &name);
    }

    /// The system's save dialog for `purpose`, or a typed path starting from `name`.
    pub(super) fn pick_then_write(&mut self, purpose: PathPurpose, name: &str) {
        match self.pick_path(purpose) {
            super::files::Picked::Path(path) => self.write_comparison(purpose, &path),
            super::files::Picked::Cancelled => {}
            super::files::Picked::Unavailable => {
                let text = self.in_suggested_dir(name).display().to_string();
                self.dialog = Some(Dialog::Path {
                    purpose,
                    text,
                    then: None,
                });
            }
        }
    }

    /// Writes the regional brief or the table to `path`.
    pub(super) fn write_comparison(&mut self, purpose: PathPurpose, path: &Path) {
        match purpose {
            PathPurpose::ExportRegional => {
                if let Some(brief) = self.regional_brief() {
                    self.write_pdf(path, &brief);
                }
            }
            PathPurpose::CompareCsv => {
                self.write_csv(&storage::with_required_extension(path.to_path_buf(), "csv"));
            }
            PathPurpose::Open
            | PathPurpose::Save
            | PathPurpose::ExportBrief
            | PathPurpose::ExportReport
            | PathPurpose::Compare => {}
        }
    }

    /// Writes the comparison table as CSV (`;` between cells, for a Dutch Excel), on a thread
    /// of its own.
    pub(super) fn write_csv(&mut self, path: &Path) {
        let lang = self.lang();
        let Some(c) = &self.comparison else {
            return;
        };
        match crate::export::table(self.q, &c.entries, lang, b';') {
            Ok(bytes) => self.export_in_background(path, Output::Table(bytes)),
            Err(e) => {
                log::error!("the table could not be made: {e}");
                self.dialog = Some(Dialog::about_file(
                    trs!(lang, "app-compare-could-not-save"),
                    &e.message(lang),
                    path,
                ));
            }
        }
    }

    /// Puts the regional brief as plain text on the clipboard.
    pub(super) fn copy_regional(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        if let Some(b) = self.regional_brief() {
            ctx.copy_text(brief::content::to_text(&b));
            self.notice = Some(trs!(lang, "app-compare-regional-copied").into());
        }
    }

    /// Export, after saying which required answers are missing (for the officer: where each is).
    pub(super) fn export_brief(&mut self, ctx: &egui::Context) {
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
            self.let_out(Outgoing::Brief, ctx);
        } else {
            self.dialog = Some(Dialog::ExportMissing { items });
        }
    }

    /// Opens the exported PDF in the system's viewer, or says where it is.
    pub(super) fn open_exported(&mut self, path: &std::path::Path) {
        if let Err(e) = open::that_detached(path) {
            let lang = self.lang();
            log::warn!("could not open the exported PDF ({:?})", e.kind());
            log::debug!("could not open {}: {e}", path.display());
            self.dialog = Some(Dialog::about_file(
                trs!(lang, "commands-could-not-open-the-pdf"),
                trs!(lang, "commands-no-program-was-found-to-show"),
                path,
            ));
        }
    }

    /// Puts the brief as plain text on the clipboard.
    pub(super) fn copy_brief(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        ctx.copy_text(brief::content::to_text(&self.brief()));
        self.notice = Some(trs!(lang, "commands-the-brief-is-on-the-clipboard").into());
    }
}
