//! What the window writes besides the profile: the brief as PDF, the regional brief, the
//! comparison's table as CSV, and the copies to the clipboard; each checked against
//! personal data and against writing over an input first.

use std::path::Path;

use super::App;
use super::files::Picked;
use crate::brief::{self};
use crate::clock::local_now;
use crate::model::combine;
use crate::model::{flow, privacy};
use crate::storage;
use crate::ui::modal::{Dialog, PathPurpose};

impl App {
    /// Before export: shows what looks like residents' personal data, if anything.
    pub(super) fn export_privacy_check(&mut self) {
        let lang = self.lang();
        let items: Vec<String> = self
            .privacy_findings()
            .iter()
            .map(|f| privacy::describe(self.q, f, lang, privacy::Show::Text))
            .collect();
        self.unless_personal_data(items, PathPurpose::ExportBrief);
    }

    /// Goes on to ask where `export` goes when the privacy guard found nothing; otherwise shows
    /// what it found (the single brief, the regional brief and the report alike), and the
    /// dialog's choice goes on with that same export.
    pub(super) fn unless_personal_data(&mut self, findings: Vec<String>, export: PathPurpose) {
        if findings.is_empty() {
            self.export_pick_for(export);
        } else {
            self.dialog = Some(Dialog::ExportPrivacy {
                items: findings,
                export,
            });
        }
    }

    /// Asks where `export` goes, then writes it.
    pub(super) fn export_pick_for(&mut self, export: PathPurpose) {
        match export {
            PathPurpose::ExportBrief => self.export_pick(),
            PathPurpose::ExportRegional => self.export_regional_pick(),
            PathPurpose::ExportReport => self.export_report_pick(),
            PathPurpose::Open
            | PathPurpose::Save
            | PathPurpose::Compare
            | PathPurpose::CompareCsv => {}
        }
    }

    /// Asks where to export the brief, then exports it.
    pub(super) fn export_pick(&mut self) {
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

    /// Writes a brief (single or regional) as PDF to `path` and offers to open it; says why
    /// when it cannot.
    pub(super) fn write_pdf(&mut self, path: &Path, brief: &crate::brief::Brief) {
        let lang = self.lang();
        let path = storage::with_required_extension(path.to_path_buf(), "pdf");
        if !self.may_write(&path, storage::OutputKind::Pdf) {
            return;
        }
        match crate::export::pdf(brief, &path, local_now()) {
            Ok(rendered) => {
                log::debug!("exported the brief to {}", path.display());
                self.dialog = Some(Dialog::Exported {
                    path,
                    pages: rendered.pages,
                    note: rendered.report.message(lang),
                });
            }
            Err(e) => {
                let title = trs!(lang, "files-could-not-export");
                self.dialog = Some(Dialog::about_file(title, &e.message(lang), &path));
            }
        }
    }

    /// Before the regional brief is written: what looks like residents' personal data, named
    /// by file.
    pub(super) fn export_regional(&mut self) {
        let lang = self.lang();
        let q = self.q;
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
        let items: Vec<String> = c
            .privacy_lines(q, lang, privacy::Show::Text)
            .into_iter()
            .map(|(file, finding)| format!("{file}: {finding}"))
            .collect();
        self.unless_personal_data(items, PathPurpose::ExportRegional);
    }

    /// Asks where to write the regional brief, then writes it.
    pub(super) fn export_regional_pick(&mut self) {
        let name = brief::regional::file_name(self.brief_lang(), local_now().date());
        self.pick_then_write(PathPurpose::ExportRegional, &name);
    }

    /// "Vergelijking 2026-11-28.csv".
    pub(super) fn compare_csv_name(&self) -> String {
        let iso = local_now().date().to_string();
        crate::model::text::file_name(&[trs!(self.lang(), "app-compare-comparison"), &iso], "csv")
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

    /// Writes the comparison table as CSV (`;` between cells, for a Dutch Excel).
    pub(super) fn write_csv(&mut self, path: &Path) {
        let lang = self.lang();
        if !self.may_write(path, storage::OutputKind::Csv) {
            return;
        }
        let Some(c) = &self.comparison else {
            return;
        };
        match crate::export::csv(self.q, &c.entries, lang, b';', path) {
            Ok(()) => {
                self.notice = Some(format!(
                    "{} {}",
                    trs!(lang, "app-compare-table-saved"),
                    path.display()
                ));
            }
            Err(e) => {
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
            self.notice = Some(trs!(lang, "app-compare-the-regional-brief-is-on-the").into());
        }
    }

    /// Export, after saying which required answers are missing (for the officer: where each is).
    pub(super) fn export_brief(&mut self) {
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
