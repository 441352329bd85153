//! `behoeftewijzer verslag PROFIEL -o VERSLAG.pdf`: the report of the meeting recorded in a
//! profile (issue 23), written as PDF like the brief — never over a profile, and not when the
//! meeting's record seems to hold residents' personal data (unless allowed).

use std::fmt::Write as _;
use std::path::Path;

use super::{
    CheckReport, EXIT_COMPLETE, EXIT_PERSONAL_DATA, EXIT_UNREADABLE, cannot_read, findings_report,
    not_written, refused,
};
use crate::lang::Lang;
use crate::model::{Questionnaire, privacy};
use crate::storage;

/// What `verslag` is asked to do besides reading the profile.
#[derive(Clone, Copy, Debug)]
pub struct ReportOptions {
    pub lang: Lang,
    pub force: bool,
    pub allow_personal_data: bool,
}

/// Lists what looks like residents' personal data in the meeting's record; `true` if any.
fn privacy_lines(
    text: &mut String,
    q: &Questionnaire,
    p: &crate::model::Profile,
    lang: Lang,
) -> bool {
    let findings = privacy::scan_meeting(p, crate::clock::local_now().year());
    findings_report(text, q, &findings, lang)
}

/// Writes the report of the meeting in the profile at `path` to `output` as PDF.
pub fn report(path: &Path, output: &Path, options: ReportOptions) -> CheckReport {
    let ReportOptions {
        lang,
        force,
        allow_personal_data,
    } = options;
    let q = Questionnaire::builtin();
    let unreadable = |message: String| CheckReport {
        text: message,
        exit_code: EXIT_UNREADABLE,
    };
    let profile = match storage::load(path, q) {
        Ok(p) => p,
        Err(e) => return cannot_read(path, &e, lang),
    };
    if let Err(refusal) = storage::check_output(output, storage::OutputKind::Pdf, &[path], force) {
        return unreadable(refused(&refusal, output, lang));
    }
    if !allow_personal_data {
        let mut text = String::new();
        if privacy_lines(&mut text, q, &profile, lang) {
            text.push_str(&not_written(lang));
            return CheckReport {
                text,
                exit_code: EXIT_PERSONAL_DATA,
            };
        }
    }
    let now = crate::clock::local_now();
    let report = crate::brief::report::build(q, &profile, lang, now.date());
    let rendered = match crate::export::pdf(&report, output, now) {
        Ok(r) => r,
        Err(e @ crate::export::ExportError::Write(_)) => {
            return unreadable(format!(
                "{} {}\n{}\n",
                trs!(lang, "cli-cannot-save-the-report"),
                e.message(lang),
                output.display()
            ));
        }
        Err(e) => return unreadable(format!("{}\n", e.message(lang))),
    };
    let mut text = tr!(
        lang,
        "cli-report-written",
        pages = rendered.pages,
        kb = rendered.bytes.len().div_ceil(1024).to_string(),
        path = output.display().to_string()
    );
    text.push('\n');
    if profile.meeting.is_empty() {
        let _ = writeln!(text, "{}", trs!(lang, "cli-report-no-meeting-yet"));
    }
    if let Some(message) = rendered.report.message(lang) {
        let _ = writeln!(text, "{message}");
    }
    if allow_personal_data {
        privacy_lines(&mut text, q, &profile, lang);
    }
    CheckReport {
        text,
        exit_code: EXIT_COMPLETE,
    }
}
