//! `behoeftewijzer compare A.ron B.ron …`: several profiles side by side (issue 13). Files that
//! cannot be read are named with their reason and left out; the rest are compared. Prints the
//! combined picture (from [`crate::model::combine`]) and, with `--csv`, writes the comparison
//! table, one row per question, for a spreadsheet.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::{CheckReport, EXIT_COMPLETE, EXIT_PERSONAL_DATA, EXIT_UNREADABLE};
use crate::lang::Lang;
use crate::model::combine::{self, Entry, Member, combine};
use crate::model::needs::NeedsRules;
use crate::model::{Questionnaire, privacy};
use crate::storage;

/// Where to write the table, and how.
pub struct CsvOut<'a> {
    pub path: &'a Path,
    /// `;` for a Dutch Excel, `,` otherwise.
    pub separator: u8,
}

/// What `compare` writes besides its report, and how.
pub struct CompareOptions<'a> {
    pub lang: Lang,
    pub csv: Option<CsvOut<'a>>,
    pub brief: Option<&'a Path>,
    /// Other extensions, and writing over an existing file of another kind; never over a
    /// profile.
    pub force: bool,
    pub allow_personal_data: bool,
}

/// Compares the profiles at `paths`; writes the table as CSV and the regional brief as PDF
/// when asked. Every output is checked before anything is written: never over one of the
/// profiles (also not through a link), and nothing at all when a profile seems to hold
/// residents' personal data, unless that is allowed.
pub fn compare(paths: &[PathBuf], options: &CompareOptions) -> CheckReport {
    let lang = options.lang;
    let q = Questionnaire::builtin();
    let mut text = String::new();
    let failed = |text: String| CheckReport {
        text,
        exit_code: EXIT_UNREADABLE,
    };
    if let Some(message) = refuse_outputs(paths, options) {
        return failed(message);
    }
    let (loaded, skipped) = storage::load_entries(paths, q);
    for s in &skipped {
        let _ = writeln!(
            text,
            "{} {}: {}",
            trs!(lang, "cli-compare-left-out"),
            storage::shown(&s.path.display().to_string()),
            s.error.message(lang)
        );
    }
    if loaded.len() < 2 {
        let _ = writeln!(
            text,
            "{}",
            trs!(lang, "cli-compare-fewer-than-two-profiles-could-be")
        );
        return failed(text);
    }
    let versions = combine::versions(&loaded);
    if let Some((old, new)) = versions {
        // Two versions of one profile: what changed, not a combined picture.
        changes(&mut text, q, old, new, lang);
    } else {
        summary(&mut text, q, &loaded, lang);
    }
    let personal = privacy_report(&mut text, q, &loaded, lang);
    if let Some(refused) = refuse_writing(&mut text, options, personal, versions.is_some()) {
        return CheckReport {
            text,
            exit_code: refused,
        };
    }
    if let Some(csv) = &options.csv
        && let Err(e) = write_csv(csv, q, &loaded, lang)
    {
        let _ = writeln!(
            text,
            "{} {e}",
            trs!(lang, "cli-compare-cannot-write-the-table")
        );
        return failed(text);
    }
    if let Some(output) = options.brief
        && !brief_report(&mut text, output, &loaded, lang)
    {
        return failed(text);
    }
    CheckReport {
        text,
        exit_code: if personal {
            EXIT_PERSONAL_DATA
        } else {
            EXIT_COMPLETE
        },
    }
}

/// Whether the outputs must not be written after all: personal data (exit 3) or a regional
/// brief of two versions (exit 2). Says why in `text`.
fn refuse_writing(
    text: &mut String,
    options: &CompareOptions,
    personal: bool,
    versions: bool,
) -> Option<u8> {
    let lang = options.lang;
    let writes = options.csv.is_some() || options.brief.is_some();
    if personal && writes && !options.allow_personal_data {
        text.push_str(&super::not_written(lang));
        return Some(EXIT_PERSONAL_DATA);
    }
    if options.brief.is_some() && versions {
        // As in the window: the newest version's own brief serves the meeting.
        let _ = writeln!(
            text,
            "{}",
            trs!(lang, "cli-compare-no-regional-brief-these-are-two")
        );
        return Some(EXIT_UNREADABLE);
    }
    None
}

/// Why one of the outputs may not be written, if one may not: checked against every profile
/// given, readable or not, before anything is read or written.
fn refuse_outputs(paths: &[PathBuf], options: &CompareOptions) -> Option<String> {
    let inputs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let outputs = [
        options
            .csv
            .as_ref()
            .map(|c| (c.path, storage::OutputKind::Csv)),
        options.brief.map(|b| (b, storage::OutputKind::Pdf)),
    ];
    outputs.into_iter().flatten().find_map(|(path, kind)| {
        storage::check_output(path, kind, &inputs, options.force)
            .err()
            .map(|refusal| super::refused(&refusal, path, options.lang))
    })
}

/// "Wat is er veranderd": every question whose answer differs, older version first (by the
/// date the profiles were last saved).
fn changes(text: &mut String, q: &Questionnaire, old: &Entry, new: &Entry, lang: Lang) {
    let _ = writeln!(
        text,
        "{} {} ({} → {})",
        trs!(lang, "cli-compare-what-changed"),
        old.name,
        old.date(),
        new.date()
    );
    let none = trs!(lang, "cli-compare-no-answer");
    let changed = combine::changes(q, &old.profile, &new.profile, lang);
    for c in &changed {
        let label = q.question(&c.question).map_or("", |x| x.label(lang));
        let _ = writeln!(
            text,
            "  - {label}: {} → {}",
            c.before.as_deref().unwrap_or(none),
            c.after.as_deref().unwrap_or(none)
        );
    }
    if changed.is_empty() {
        let _ = writeln!(
            text,
            "  {}",
            trs!(lang, "cli-compare-nothing-the-answers-are-the-same")
        );
    }
    let agreements = combine::agreement_lines(&old.profile, &new.profile, lang);
    if !agreements.is_empty() {
        let _ = writeln!(text, "\n{}", trs!(lang, "compare-agreements"));
        for line in agreements {
            let _ = writeln!(text, "  - {line}");
        }
    }
}

fn summary(text: &mut String, q: &Questionnaire, entries: &[Entry], lang: Lang) {
    let rules = NeedsRules::builtin();
    let members: Vec<Member> = entries.iter().map(Entry::member).collect();
    let combined = combine(q, rules, &members);
    let _ = writeln!(
        text,
        "{} ({})",
        trs!(lang, "cli-compare-profiles-compared"),
        combined.members
    );
    let names = combine::distinct_names(entries);
    for name in &names {
        let _ = writeln!(text, "  - {name}");
    }
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    for part in combine::worded(q, rules, &names, &combined, lang) {
        let _ = writeln!(text, "\n{}", part.title);
        for line in &part.lines {
            let _ = writeln!(text, "  - {line}");
        }
    }
}

/// The privacy guard over every profile; a finding names its file, never the data.
fn privacy_report(text: &mut String, q: &Questionnaire, loaded: &[Entry], lang: Lang) -> bool {
    let year = crate::clock::local_now().year();
    let mut any = false;
    for l in loaded {
        let findings = privacy::scan_profile(q, &l.profile, year);
        if findings.is_empty() {
            continue;
        }
        if !any {
            let _ = writeln!(
                text,
                "\n{}",
                trs!(lang, "cli-compare-possibly-personal-data-of-residents-take")
            );
            any = true;
        }
        for f in &findings {
            let _ = writeln!(
                text,
                "  - {}: {}",
                storage::shown(&l.source),
                privacy::describe(q, f, lang, privacy::Show::WithoutText)
            );
        }
    }
    any
}

/// The comparison table: a row per question, a column per profile, and whether the answers
/// differ. UTF-8 with a byte-order mark, so Excel reads the accents right.
fn write_csv(out: &CsvOut, q: &Questionnaire, loaded: &[Entry], lang: Lang) -> Result<(), String> {
    crate::export::csv(q, loaded, lang, out.separator, out.path).map_err(|e| e.message(lang))
}

/// Writes the regional brief as PDF; returns its number of pages.
fn write_brief(
    output: &Path,
    q: &Questionnaire,
    entries: &[Entry],
    lang: Lang,
) -> Result<usize, String> {
    let now = crate::clock::local_now();
    let brief = crate::brief::regional::build(q, NeedsRules::builtin(), entries, lang, now.date());
    let rendered = crate::export::pdf(&brief, output, now).map_err(|e| e.message(lang))?;
    Ok(rendered.pages)
}

/// Writes the regional brief and says so; `false` when it could not be written.
fn brief_report(text: &mut String, output: &Path, loaded: &[Entry], lang: Lang) -> bool {
    match write_brief(output, Questionnaire::builtin(), loaded, lang) {
        Ok(pages) => {
            let _ = writeln!(
                text,
                "\n{} {} ({pages} {})",
                trs!(lang, "cli-compare-regional-brief-written"),
                output.display(),
                trs!(lang, "cli-compare-pages")
            );
            true
        }
        Err(e) => {
            let _ = writeln!(
                text,
                "{} {e}",
                trs!(lang, "cli-compare-cannot-write-the-brief")
            );
            false
        }
    }
}
