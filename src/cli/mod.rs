//! The command line: open the window (with a profile), or check a profile and print what is missing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

mod compare;
pub mod help;
mod report;

pub use compare::{CompareOptions, CsvOut, compare};
pub use report::{ReportOptions, report};

use crate::lang::Lang;
use crate::model::Questionnaire;
use crate::model::flow::{self, MissingReason};
use crate::model::needs::{self, NeedsRules};
use crate::storage;

/// Behoeftewijzer: prepare a consultation with the Alliantie Verandering van Binnenuit.
/// Without a command it opens the window, with PROFILE if given.
#[derive(Debug, Parser)]
#[command(
    name = "behoeftewijzer",
    version,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<CliCommand>,
    /// A profile (.ron) to open in the window.
    pub profile: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Check whether a profile is valid and complete, list the missing answers, and look for
    /// residents' personal data in the free texts.
    /// Exit code 0: complete and clean; 1: valid but incomplete; 2: cannot be read; 3: possibly
    /// personal data of residents (complete or not).
    Check {
        /// The profile (.ron) to check.
        profile: PathBuf,
        /// Language of the report: nl or en.
        #[arg(long, default_value = "nl", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Export the consultation brief (gespreksnotitie) as a PDF to print.
    /// It is never written over a profile (also not through a link), a folder or a device.
    /// Exit code 0: written; 2: the profile cannot be read or the PDF cannot be written;
    /// 3: possibly personal data of residents in the profile, so nothing was written (see
    /// --allow-personal-data).
    Brief {
        /// The profile (.ron) to read.
        profile: PathBuf,
        /// Where to write the PDF.
        #[arg(short, long)]
        output: PathBuf,
        /// Language of the brief: nl or en.
        #[arg(long, default_value = "nl", value_parser = parse_lang)]
        lang: Lang,
        /// Add the intake e-mail as an appendix (bijlage C).
        #[arg(long)]
        with_email: bool,
        /// The file's format, pdf or docx (a Word document); by default the name's extension.
        #[arg(long, value_parser = parse_format)]
        format: Option<crate::export::Format>,
        /// Write over an existing file that is not a PDF, or to a name not ending in .pdf.
        /// Never over a profile.
        #[arg(long)]
        force: bool,
        /// Write the brief even when the profile seems to hold residents' personal data
        /// (a BSN, a phone number, …). Without it, such a profile gives exit code 3 and no file.
        #[arg(long)]
        allow_personal_data: bool,
    },
    /// Export the report (verslag) of the meeting recorded in a profile (*Na het overleg*) as
    /// a PDF: who met when, the agreements with owners and dates, the training, the partners
    /// and the next steps. Never written over a profile.
    /// Exit code 0: written; 2: the profile cannot be read or the PDF cannot be written;
    /// 3: possibly personal data of residents in the meeting's record, so nothing was written
    /// (see --allow-personal-data).
    #[command(name = "verslag", alias = "report")]
    Report {
        /// The profile (.ron) to read.
        profile: PathBuf,
        /// Where to write the PDF.
        #[arg(short, long)]
        output: PathBuf,
        /// Language of the report: nl or en.
        #[arg(long, default_value = "nl", value_parser = parse_lang)]
        lang: Lang,
        /// The file's format, pdf or docx (a Word document); by default the name's extension.
        #[arg(long, value_parser = parse_format)]
        format: Option<crate::export::Format>,
        /// Write over an existing file that is not a PDF, or to a name not ending in .pdf.
        /// Never over a profile.
        #[arg(long)]
        force: bool,
        /// Write the report even when the meeting's record seems to hold residents' personal
        /// data. Without it, such a profile gives exit code 3 and no file.
        #[arg(long)]
        allow_personal_data: bool,
    },
    /// Compare two or more profiles: a region's municipalities, a municipality's teams, or last
    /// year and this year. Prints the combined needs; `--csv` writes the table, one row per
    /// question; `--brief` writes the regional brief as PDF. A file that cannot be read is
    /// named and left out.
    /// Exit code 0: compared; 2: fewer than two profiles could be read, or the table or the
    /// brief cannot be written (there is no regional brief of two versions of one profile, and
    /// no output is written over a profile); 3: possibly personal data of residents in one of
    /// them (then `--csv` and `--brief` write nothing, unless --allow-personal-data).
    Compare {
        /// The profiles (.ron) to compare.
        #[arg(required = true, num_args = 2..)]
        profiles: Vec<PathBuf>,
        /// Write the comparison table here as CSV (UTF-8, readable by Excel); the name must
        /// end in .csv unless --force.
        #[arg(long)]
        csv: Option<PathBuf>,
        /// The CSV's separator: `;` for a Dutch Excel (the default), or `,`.
        #[arg(long, default_value = ";", value_parser = parse_separator)]
        separator: u8,
        /// Write the regional brief (regionale gespreksnotitie) here as PDF; the name must end
        /// in .pdf unless --force.
        #[arg(long)]
        brief: Option<PathBuf>,
        /// The regional brief's format, pdf or docx (a Word document); by default the name's
        /// extension.
        #[arg(long, value_parser = parse_format)]
        format: Option<crate::export::Format>,
        /// The organisation the alliance deals with for all of them (its name or its file, as
        /// given), named in the regional brief as point of contact with its proposal for the
        /// meeting; the first profile when not given.
        #[arg(long)]
        convenor: Option<String>,
        /// Language of the output: nl or en.
        #[arg(long, default_value = "nl", value_parser = parse_lang)]
        lang: Lang,
        /// Allow output names with another extension, and writing over an existing file of
        /// another kind. Never over one of the profiles.
        #[arg(long)]
        force: bool,
        /// Write the table and the brief even when a profile seems to hold residents' personal
        /// data. Without it, such profiles give exit code 3 and no files.
        #[arg(long)]
        allow_personal_data: bool,
    },
    /// Print the derived needs profile: theme priorities, training advice, partners, agenda and
    /// the intake e-mail, each with the answers it rests on.
    /// Exit code 0: printed; 2: the profile cannot be read.
    Profile {
        /// The profile (.ron) to read.
        profile: PathBuf,
        /// Language of the output: nl or en.
        #[arg(long, default_value = "nl", value_parser = parse_lang)]
        lang: Lang,
    },
}

/// Starts what a command will need and does not depend on its input on other threads: the
/// brief's fonts and, for a comparison, the privacy guard's compiled patterns take about 3
/// and 6 ms to prepare, time the command spends meanwhile reading the questionnaire, the rules
/// and the profile. Whoever needs one first waits for it (they are made once).
pub fn prepare(command: &CliCommand) {
    use crate::model::privacy::{self, Build};
    let brief = match command {
        CliCommand::Brief { .. } | CliCommand::Report { .. } => true,
        CliCommand::Compare { brief, .. } => brief.is_some(),
        CliCommand::Check { .. } => false,
        CliCommand::Profile { .. } => return,
    };
    // One profile scanned once: searched with the patterns' stored automata, nothing to
    // compile ahead (see `model/privacy/engine.rs`); a comparison scans many, with the
    // patterns compiled here, on another core.
    if let CliCommand::Compare { .. } = command {
        std::thread::spawn(privacy::prepare);
    } else {
        privacy::build_for(Build::OneScan);
    }
    if brief {
        std::thread::spawn(|| {
            let _ = crate::brief::typeface::Fonts::builtin();
        });
    }
}

/// Runs a command, writes what it says (to stderr when the file could not be read, else to
/// stdout), and returns its exit code: what `main` does for a verb.
pub fn run_and_print(command: &CliCommand) -> std::process::ExitCode {
    let report = run(command);
    // Values from the file never steer the terminal.
    let text = crate::words::text::for_terminal(&report.text);
    // A closed pipe (`… | head`) is not an error worth a panic: write and move on.
    let _ = if report.exit_code == EXIT_UNREADABLE {
        std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes())
    } else {
        std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes())
    };
    std::process::ExitCode::from(report.exit_code)
}

/// Runs a command of the command line and returns what it says, with its exit code.
pub fn run(command: &CliCommand) -> CheckReport {
    match command {
        CliCommand::Check { profile, lang } => check(profile, *lang),
        CliCommand::Profile { profile, lang } => self::profile(profile, *lang),
        CliCommand::Brief {
            profile,
            output,
            lang,
            with_email,
            format,
            force,
            allow_personal_data,
        } => brief(
            profile,
            &with_format(output, *format),
            BriefOptions {
                lang: *lang,
                with_email: *with_email,
                force: *force,
                allow_personal_data: *allow_personal_data,
            },
        ),
        CliCommand::Report {
            profile,
            output,
            lang,
            format,
            force,
            allow_personal_data,
        } => report(
            profile,
            &with_format(output, *format),
            ReportOptions {
                lang: *lang,
                force: *force,
                allow_personal_data: *allow_personal_data,
            },
        ),
        CliCommand::Compare {
            profiles,
            csv,
            separator,
            brief,
            format,
            convenor,
            lang,
            force,
            allow_personal_data,
        } => compare(
            profiles,
            &CompareOptions {
                convenor: convenor.as_deref(),
                lang: *lang,
                csv: csv.as_deref().map(|path| CsvOut {
                    path,
                    separator: *separator,
                }),
                brief: brief.as_ref().map(|b| with_format(b, *format)).as_deref(),
                force: *force,
                allow_personal_data: *allow_personal_data,
            },
        ),
    }
}

/// The output's name for `--format`: with the format's extension when it does not end in it
/// (`-o notitie --format docx` writes `notitie.docx`), so the name always says what the file is.
fn with_format(output: &Path, format: Option<crate::export::Format>) -> PathBuf {
    match format {
        Some(format) => storage::with_required_extension(output.to_path_buf(), format.extension()),
        None => output.to_path_buf(),
    }
}

fn parse_format(s: &str) -> Result<crate::export::Format, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "pdf" => Ok(crate::export::Format::Pdf),
        "docx" | "word" => Ok(crate::export::Format::Docx),
        _ => Err(format!("'{s}': use pdf or docx")),
    }
}

fn parse_separator(s: &str) -> Result<u8, String> {
    match s {
        ";" => Ok(b';'),
        "," => Ok(b','),
        _ => Err(format!("'{s}': use ; or ,")),
    }
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| format!("'{s}': use nl or en"))
}

/// The outcome of `check`: its report and exit code.
#[derive(Debug)]
pub struct CheckReport {
    pub text: String,
    pub exit_code: u8,
}

pub const EXIT_COMPLETE: u8 = 0;
pub const EXIT_INCOMPLETE: u8 = 1;
pub const EXIT_UNREADABLE: u8 = 2;
/// The profile holds what looks like residents' personal data: take it out before sharing.
pub const EXIT_PERSONAL_DATA: u8 = 3;

/// What `brief` is asked to do besides reading the profile.
#[derive(Clone, Copy, Debug)]
pub struct BriefOptions {
    pub lang: Lang,
    pub with_email: bool,
    pub force: bool,
    pub allow_personal_data: bool,
}

/// A command that writes one PDF made of a profile (the brief, the meeting's report): what it
/// was asked, and where in the profile residents' data would end up in the PDF.
pub(super) struct PdfJob<'a> {
    pub path: &'a Path,
    pub output: &'a Path,
    pub lang: Lang,
    pub force: bool,
    pub allow_personal_data: bool,
    /// "Kan de notitie niet opslaan:", said before why.
    pub cannot_save: &'static str,
}

/// What a [`PdfJob`] wrote: the profile, the document, the PDF, and what the privacy gate
/// found in it (only when allowed to write anyway).
pub(super) type Written = (
    crate::model::Profile,
    crate::brief::Brief,
    crate::brief::pdf::Rendered,
    Vec<crate::model::privacy::Finding>,
);

/// Reads the profile, refuses an output over a profile (or of the wrong kind), builds the
/// document with `build`, refuses it when the privacy gate finds residents' data in its text
/// (unless allowed), and writes it. The report to give instead, when it stops.
pub(super) fn write_profile_pdf(
    job: &PdfJob<'_>,
    build: impl FnOnce(&crate::model::Profile, time::OffsetDateTime) -> crate::brief::Brief,
) -> Result<Written, CheckReport> {
    let (q, lang) = (Questionnaire::builtin(), job.lang);
    let unreadable = |message: String| CheckReport {
        text: message,
        exit_code: EXIT_UNREADABLE,
    };
    let profile = storage::load(job.path, q).map_err(|e| cannot_read(job.path, &e, lang))?;
    let format = crate::export::Format::of(job.output);
    storage::check_output(job.output, format.kind(), &[job.path], job.force)
        .map_err(|refusal| unreadable(refused(&refusal, job.output, lang)))?;
    let now = crate::clock::local_now();
    let document = build(&profile, now);
    // The file is made while the privacy gate reads its text, on two cores (issue 35: the
    // command line's fixed start); it is written only when the gate lets it.
    let (findings, rendered) = std::thread::scope(|scope| {
        let rendering = scope.spawn(|| crate::export::render(&document, format, now));
        let findings: Vec<crate::model::privacy::Finding> = crate::export::gate(
            &[&profile],
            &[crate::export::Leaving::Document(&document)],
            lang,
            now.year(),
        )
        .into_iter()
        .map(|(_, f)| f)
        .collect();
        let rendered = rendering
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (findings, rendered)
    });
    if !job.allow_personal_data {
        let mut text = String::new();
        if findings_report(&mut text, q, &findings, lang) {
            text.push_str(&not_written(lang));
            return Err(CheckReport {
                text,
                exit_code: EXIT_PERSONAL_DATA,
            });
        }
    }
    let written = rendered.and_then(|rendered| {
        crate::export::write(job.output, &rendered, format).map(|()| rendered)
    });
    if let Err(e) = &written {
        log::error!("the document could not be written: {e}");
    }
    match written {
        Ok(rendered) => Ok((profile, document, rendered, findings)),
        Err(e @ crate::export::ExportError::Write(_)) => Err(unreadable(format!(
            "{} {}\n{}\n",
            job.cannot_save,
            e.message(lang),
            job.output.display()
        ))),
        Err(e) => Err(unreadable(format!("{}\n", e.message(lang)))),
    }
}

/// Writes the brief of a profile file as a PDF: never over the profile or another profile, and
/// not when the profile seems to hold residents' personal data (unless allowed).
pub fn brief(path: &Path, output: &Path, options: BriefOptions) -> CheckReport {
    let BriefOptions {
        lang,
        with_email,
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
        cannot_save: trs!(lang, "cli-cannot-save-the-brief"),
    };
    let built = write_profile_pdf(&job, |profile, now| {
        let rules = NeedsRules::builtin();
        let needs = needs::derive(q, rules, profile);
        let options = crate::brief::Options {
            lang,
            mail_to: &profile.mail_to,
            include_email: with_email,
            today: now.date(),
        };
        crate::brief::build(q, rules, profile, &needs, options)
    });
    let (_, brief, rendered, findings) = match built {
        Ok(written) => written,
        Err(report) => return report,
    };
    let mut text = written(&rendered, &brief, output, lang);
    findings_report(&mut text, q, &findings, lang);
    CheckReport {
        text,
        exit_code: EXIT_COMPLETE,
    }
}

/// Which document a command wrote, for [`written_line`].
#[derive(Clone, Copy)]
pub(super) enum Document {
    Brief,
    Report,
}

/// "Gespreksnotitie geschreven (2 pagina's, 41 kB): …", or "… als Word-document (16 kB): …"
/// for a Word document, which has no pages of its own yet.
pub(super) fn written_line(
    rendered: &crate::brief::pdf::Rendered,
    output: &Path,
    lang: Lang,
    document: Document,
) -> String {
    let kb = rendered.bytes.len().div_ceil(1024).to_string();
    let path = output.display().to_string();
    let pages = rendered.pages;
    match (crate::export::Format::of(output), document) {
        (crate::export::Format::Docx, Document::Brief) => {
            tr!(lang, "cli-brief-written-docx", kb = kb, path = path)
        }
        (crate::export::Format::Docx, Document::Report) => {
            tr!(lang, "cli-report-written-docx", kb = kb, path = path)
        }
        (crate::export::Format::Pdf, Document::Brief) => {
            tr!(
                lang,
                "cli-brief-written",
                pages = pages,
                kb = kb,
                path = path
            )
        }
        (crate::export::Format::Pdf, Document::Report) => {
            tr!(
                lang,
                "cli-report-written",
                pages = pages,
                kb = kb,
                path = path
            )
        }
    }
}

/// What `brief` says once the PDF is written: where, how long, and what is still open.
fn written(
    rendered: &crate::brief::pdf::Rendered,
    brief: &crate::brief::Brief,
    output: &Path,
    lang: Lang,
) -> String {
    let mut text = written_line(rendered, output, lang, Document::Brief);
    text.push('\n');
    if !brief.open_items.is_empty() {
        let _ = writeln!(text, "{}", trs!(lang, "cli-still-open"));
        for item in &brief.open_items {
            let _ = writeln!(text, "  - {item}");
        }
    }
    if let Some(message) = rendered.report.message(lang) {
        let _ = writeln!(text, "{message}");
    }
    text
}

/// Why an output is not written where it was asked: the reason, then the path.
pub(super) fn refused(refusal: &storage::Refusal, output: &Path, lang: Lang) -> String {
    format!(
        "{} {}\n{}\n",
        trs!(lang, "cli-not-written"),
        refusal.message(lang),
        storage::shown(&output.display().to_string())
    )
}

/// The closing line when personal data stopped an output.
pub(super) fn not_written(lang: Lang) -> String {
    format!("\n{}\n", trs!(lang, "cli-nothing-written"))
}

/// The report for a profile that cannot be read: the reason, then the path (exit code 2).
pub(super) fn cannot_read(path: &Path, e: &storage::LoadError, lang: Lang) -> CheckReport {
    CheckReport {
        text: format!(
            "{} {}\n{}\n",
            trs!(lang, "cli-cannot-read-the-profile"),
            e.message(lang),
            path.display()
        ),
        exit_code: EXIT_UNREADABLE,
    }
}

/// The derived needs profile of a profile file, as text.
pub fn profile(path: &Path, lang: Lang) -> CheckReport {
    let q = Questionnaire::builtin();
    match storage::load(path, q) {
        Ok(p) => {
            let rules = NeedsRules::builtin();
            let words = crate::words::Words::new(q, rules, &p, lang);
            CheckReport {
                text: crate::words::to_text(&needs::derive(q, rules, &p), &words, &p.mail_to),
                exit_code: EXIT_COMPLETE,
            }
        }
        Err(e) => cannot_read(path, &e, lang),
    }
}

/// Checks a profile file: valid or not, complete or not, and what is missing by section.
pub fn check(path: &Path, lang: Lang) -> CheckReport {
    let q = Questionnaire::builtin();
    let profile = match storage::load(path, q) {
        Ok(p) => p,
        Err(e) => return cannot_read(path, &e, lang),
    };
    let mut text = String::new();
    let missing = flow::missing(q, &profile);
    let _ = writeln!(
        text,
        "{} {}",
        trs!(lang, "cli-valid-profile"),
        path.display()
    );
    let _ = writeln!(
        text,
        "{} {} %",
        trs!(lang, "cli-progress"),
        flow::total_progress(q, &profile).percent()
    );
    let exit_code = if missing.is_empty() {
        let _ = writeln!(text, "{}", trs!(lang, "cli-complete"));
        EXIT_COMPLETE
    } else {
        missing_report(&mut text, q, &missing, lang);
        EXIT_INCOMPLETE
    };
    // The whole file: the answers, and what was recorded of the meeting (issue 23).
    let year = crate::clock::local_now().year();
    let mut findings = crate::model::privacy::scan_profile(q, &profile, year);
    findings.extend(crate::model::privacy::scan_meeting(&profile, year));
    let exit_code = if findings_report(&mut text, q, &findings, lang) {
        EXIT_PERSONAL_DATA
    } else {
        exit_code
    };
    CheckReport { text, exit_code }
}

/// What is missing, by section.
fn missing_report(text: &mut String, q: &Questionnaire, missing: &[flow::Missing], lang: Lang) {
    let _ = writeln!(
        text,
        "{} {}",
        trs!(lang, "cli-not-complete-yet-missing"),
        missing.len()
    );
    let mut last_section = None;
    for m in missing {
        if last_section != Some(m.section) {
            let title = q.section(m.section).map_or("", |s| s.title.get(lang));
            let _ = writeln!(text, "\n{}. {title}", m.section + 1);
            last_section = Some(m.section);
        }
        let question = q.question(&m.question).map_or("", |x| x.text.get(lang));
        let why = match m.reason {
            MissingReason::Required => trs!(lang, "cli-required"),
            MissingReason::OtherText => trs!(lang, "cli-other-without-text"),
        };
        let _ = writeln!(text, "  - {question} ({why})");
    }
}

/// Lists `findings` by kind and place, without the data itself; `true` when there are any.
pub(super) fn findings_report(
    text: &mut String,
    q: &Questionnaire,
    findings: &[crate::model::privacy::Finding],
    lang: Lang,
) -> bool {
    if findings.is_empty() {
        return false;
    }
    let _ = writeln!(
        text,
        "\n{}",
        trs!(lang, "cli-possibly-personal-data-of-residents-take")
    );
    for f in findings {
        let _ = writeln!(
            text,
            "  - {}",
            crate::words::privacy::describe(q, f, lang, crate::words::privacy::Show::WithoutText)
        );
    }
    true
}
