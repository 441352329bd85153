//! `behoeftewijzer verslag PROFIEL -o VERSLAG.pdf`: the report of the meeting recorded in a
//! profile (issue 23), written as PDF like the brief — never over a profile, and not when the
//! privacy gate finds residents' personal data in its text (unless allowed).

use std::fmt::Write as _;
use std::path::Path;

use super::{CheckReport, EXIT_COMPLETE, PdfJob, findings_report, write_profile_pdf};
use crate::lang::Lang;
use crate::model::Questionnaire;

/// What `verslag` is asked to do besides reading the profile.
#[derive(Clone, Copy, Debug)]
pub struct ReportOptions {
    pub lang: Lang,
    pub force: bool,
    pub allow_personal_data: bool,
}

/// Writes the report of the meeting in the profile at `path` to `output` as PDF.
pub fn report(path: &Path, output: &Path, options: ReportOptions) -> CheckReport {
    let ReportOptions {
        lang,
        force,
        allow_personal_data,
    } = options;
    let q = Questionnaire::builtin();
    let job = PdfJob {
        path,
        output,
        lang,
        force,
        allow_personal_data,
        cannot_save: trs!(lang, "cli-cannot-save-the-report"),
    };
    let built = write_profile_pdf(&job, |profile, now| {
        crate::brief::report::build(q, profile, lang, now.date())
    });
    let (profile, _, rendered, findings) = match built {
        Ok(written) => written,
        Err(report) => return report,
    };
    let mut text = super::written_line(&rendered, output, lang, super::Document::Report);
    text.push('\n');
    if profile.meeting.is_empty() {
        let _ = writeln!(text, "{}", trs!(lang, "cli-report-no-meeting-yet"));
    }
    if let Some(message) = rendered.report.message(lang) {
        let _ = writeln!(text, "{message}");
    }
    findings_report(&mut text, q, &findings, lang);
    CheckReport {
        text,
        exit_code: EXIT_COMPLETE,
    }
}
