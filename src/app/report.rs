//! The meeting's report (*verslag*, issue 23) leaving the window: checked for residents'
//! personal data in the meeting's record, then written as PDF where the officer chooses, or
//! put on the clipboard as text.

use std::path::Path;

use super::App;
use super::files::Picked;
use crate::clock::local_now;
use crate::ui::modal::{Dialog, PathPurpose};

impl App {
    /// Asks where to write the report, then writes it.
    pub(super) fn export_report_pick(&mut self) {
        match self.pick_path(PathPurpose::ExportReport) {
            Picked::Path(path) => self.export_report_to(&path),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                let text = self
                    .in_suggested_dir(&self.in_export_format(&self.report_file_name()))
                    .display()
                    .to_string();
                self.dialog = Some(Dialog::Path {
                    purpose: PathPurpose::ExportReport,
                    text,
                    then: None,
                });
            }
        }
    }

    /// "Verslag overleg Gemeente Voorbeeld 2027-03-12.pdf".
    pub(super) fn report_file_name(&self) -> String {
        crate::brief::report::file_name(
            self.brief_lang(),
            self.organisation_for_file_name(),
            &self.doc.profile.meeting,
            local_now().date(),
        )
    }

    /// Writes the report as PDF to `path` and offers to open it.
    pub fn export_report_to(&mut self, path: &Path) {
        let report = self.report();
        self.write_pdf(path, &report);
    }

    /// Puts the report as plain text on the clipboard.
    pub(super) fn copy_report(&mut self, ctx: &egui::Context) {
        ctx.copy_text(crate::brief::content::to_text(&self.report()));
        self.notice = Some(trs!(self.lang(), "report-copied").into());
    }
}
