//! The command line: open the window (with a profile), or check a profile and print what is missing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

mod compare;

pub use compare::{CsvOut, compare};

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
    /// Exit code 0: written; 2: the profile cannot be read or the PDF cannot be written.
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
        /// Write over an existing file that is not a PDF.
        #[arg(long)]
        force: bool,
    },
    /// Compare two or more profiles: a region's municipalities, a municipality's teams, or last
    /// year and this year. Prints the combined needs; `--csv` writes the table, one row per
    /// question; `--brief` writes the regional brief as PDF. A file that cannot be read is
    /// named and left out.
    /// Exit code 0: compared; 2: fewer than two profiles could be read, or the table or the
    /// brief cannot be written (there is no regional brief of two versions of one profile); 3: possibly personal data of residents in one of them.
    Compare {
        /// The profiles (.ron) to compare.
        #[arg(required = true, num_args = 2..)]
        profiles: Vec<PathBuf>,
        /// Write the comparison table here as CSV (UTF-8, readable by Excel).
        #[arg(long)]
        csv: Option<PathBuf>,
        /// The CSV's separator: `;` for a Dutch Excel (the default), or `,`.
        #[arg(long, default_value = ";", value_parser = parse_separator)]
        separator: u8,
        /// Write the regional brief (regionale gespreksnotitie) here as PDF.
        #[arg(long)]
        brief: Option<PathBuf>,
        /// Language of the output: nl or en.
        #[arg(long, default_value = "nl", value_parser = parse_lang)]
        lang: Lang,
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

/// Writes the brief of a profile file as a PDF.
pub fn brief(path: &Path, output: &Path, lang: Lang, with_email: bool, force: bool) -> CheckReport {
    let q = Questionnaire::builtin();
    let unreadable = |message: String| CheckReport {
        text: message,
        exit_code: EXIT_UNREADABLE,
    };
    let profile = match storage::load(path, q) {
        Ok(p) => p,
        Err(e) => return cannot_read(path, &e, lang),
    };
    if let Some(refusal) = refuse_output(path, output, force, lang) {
        return unreadable(refusal);
    }
    let now = crate::clock::local_now();
    let rules = NeedsRules::builtin();
    let needs = needs::derive(q, rules, &profile);
    let options = crate::brief::Options {
        lang,
        mail_to: &profile.mail_to,
        include_email: with_email,
        today: now.date(),
    };
    let brief = crate::brief::build(q, rules, &profile, &needs, options);
    let rendered = match crate::brief::pdf::render(&brief, now) {
        Ok(r) => r,
        Err(e) => return unreadable(format!("{e}\n")),
    };
    if let Err(e) = storage::write_atomic(output, &rendered.bytes) {
        return unreadable(format!(
            "{} {}\n{}\n",
            lang.pick("Kan de notitie niet opslaan:", "Cannot save the brief:"),
            storage::SaveError::Io(e).message(lang),
            output.display()
        ));
    }
    let mut text = match lang {
        Lang::Nl => format!(
            "Gespreksnotitie geschreven ({} pagina's, {} kB): {}\n",
            rendered.pages,
            rendered.bytes.len().div_ceil(1024),
            output.display()
        ),
        Lang::En => format!(
            "Brief written ({} pages, {} kB): {}\n",
            rendered.pages,
            rendered.bytes.len().div_ceil(1024),
            output.display()
        ),
    };
    if !brief.open_items.is_empty() {
        let _ = writeln!(
            text,
            "{}",
            lang.pick(
                "Nog open (zo gemarkeerd in de notitie):",
                "Still open (marked as such in the brief):"
            )
        );
        for item in &brief.open_items {
            let _ = writeln!(text, "  - {item}");
        }
    }
    if let Some(message) = rendered.report.message(lang) {
        let _ = writeln!(text, "{message}");
    }
    CheckReport {
        text,
        exit_code: EXIT_COMPLETE,
    }
}

/// Why the brief must not be written to `output`, if it must not: never over the profile it is
/// made from, and not over another existing file that is not a PDF unless `force`.
pub(super) fn refuse_output(
    input: &Path,
    output: &Path,
    force: bool,
    lang: Lang,
) -> Option<String> {
    let same = match (std::fs::canonicalize(input), std::fs::canonicalize(output)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Some(format!(
            "{}\n{}\n",
            lang.pick(
                "De notitie zou over het profiel heen geschreven worden. Kies een andere naam, op .pdf.",
                "The brief would be written over the profile. Choose another name, ending in .pdf.",
            ),
            output.display()
        ));
    }
    let is_pdf = || {
        let mut head = [0u8; 5];
        std::fs::File::open(output)
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
            .is_ok_and(|()| &head == b"%PDF-")
    };
    if !force && output.exists() && !is_pdf() {
        return Some(format!(
            "{}\n{}\n",
            lang.pick(
                "Er staat al een bestand met deze naam, en het is geen PDF. Kies een andere naam, of gebruik --force om het te vervangen.",
                "A file with this name exists, and it is not a PDF. Choose another name, or use --force to replace it.",
            ),
            output.display()
        ));
    }
    None
}

/// The report for a profile that cannot be read: the reason, then the path (exit code 2).
fn cannot_read(path: &Path, e: &storage::LoadError, lang: Lang) -> CheckReport {
    CheckReport {
        text: format!(
            "{} {}\n{}\n",
            lang.pick("Kan het profiel niet lezen:", "Cannot read the profile:"),
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
            let words = needs::Words::new(q, rules, &p, lang);
            CheckReport {
                text: needs::to_text(&needs::derive(q, rules, &p), &words, &p.mail_to),
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
        lang.pick("Geldig profiel:", "Valid profile:"),
        path.display()
    );
    let _ = writeln!(
        text,
        "{} {} %",
        lang.pick("Voortgang:", "Progress:"),
        flow::total_progress(q, &profile).percent()
    );
    let exit_code = if missing.is_empty() {
        let _ = writeln!(
            text,
            "{}",
            lang.pick(
                "Compleet: alle verplichte vragen zijn ingevuld.",
                "Complete: all required questions have been answered."
            )
        );
        EXIT_COMPLETE
    } else {
        missing_report(&mut text, q, &missing, lang);
        EXIT_INCOMPLETE
    };
    let exit_code = if privacy_report(&mut text, q, &profile, lang) {
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
        lang.pick(
            "Nog niet compleet. Ontbreekt:",
            "Not complete yet. Missing:"
        ),
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
            MissingReason::Required => lang.pick("verplicht", "required"),
            MissingReason::OtherText => lang.pick("‘anders’ zonder tekst", "‘other’ without text"),
        };
        let _ = writeln!(text, "  - {question} ({why})");
    }
}

/// What looks like residents' personal data, by kind and question, without the data itself.
/// `true` when something was found.
fn privacy_report(
    text: &mut String,
    q: &Questionnaire,
    profile: &crate::model::Profile,
    lang: Lang,
) -> bool {
    let findings =
        crate::model::privacy::scan_profile(q, profile, crate::clock::local_now().year());
    if findings.is_empty() {
        return false;
    }
    let _ = writeln!(
        text,
        "\n{}",
        lang.pick(
            "Mogelijk persoonsgegevens van inwoners (haal ze eruit voor je de notitie deelt):",
            "Possibly personal data of residents (take it out before sharing the brief):"
        )
    );
    for f in &findings {
        let _ = writeln!(
            text,
            "  - {}",
            crate::model::privacy::describe(q, f, lang, crate::model::privacy::Show::WithoutText)
        );
    }
    true
}
