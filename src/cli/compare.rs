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
    /// The convenor for the regional brief: an organisation's name or a profile's file.
    pub convenor: Option<&'a str>,
    pub lang: Lang,
    pub csv: Option<CsvOut<'a>>,
    pub brief: Option<&'a Path>,
    /// Other extensions, and writing over an existing file of another kind; never over a
    /// profile.
    pub force: bool,
    pub allow_personal_data: bool,
}

/// The convenor's source among `loaded`, found by the organisation's name or by its file as
/// given (the whole path or its end); `None` when not asked for or not found.
fn convenor<'e>(loaded: &'e [Entry], wanted: Option<&str>) -> Option<&'e str> {
    let wanted = wanted?;
    loaded
        .iter()
        .find(|e| e.name == wanted || e.source == wanted || Path::new(&e.source).ends_with(wanted))
        .map(|e| e.source.as_str())
}

/// The regional brief of `loaded`, with the convenor asked for (or the first profile, said
/// in `text` when the one asked for is not among them).
fn regional(
    q: &Questionnaire,
    loaded: &[Entry],
    options: &CompareOptions,
    text: &mut String,
) -> crate::brief::Brief {
    let convenor = convenor(loaded, options.convenor);
    if let (Some(c), None) = (options.convenor, convenor) {
        let _ = writeln!(
            text,
            "{}",
            tr!(
                options.lang,
                "cli-compare-convenor-not-found",
                convenor = c.to_owned()
            )
        );
    }
    crate::brief::regional::build_for(
        q,
        NeedsRules::builtin(),
        loaded,
        options.lang,
        crate::clock::local_now().date(),
        convenor,
    )
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
    let Some(loaded) = load(&mut text, paths, q, lang) else {
        return failed(text);
    };
    let versions = combine::versions(&loaded);
    if let Some((old, new)) = versions {
        // Two versions of one profile: what changed, not a combined picture.
        changes(&mut text, q, old, new, lang);
    } else {
        summary(&mut text, q, &loaded, lang);
    }
    // What would leave, made in memory first, so the gate reads the text that is written.
    let table = match options
        .csv
        .as_ref()
        .map(|c| crate::export::table(q, &loaded, lang, c.separator))
    {
        Some(Err(e)) => {
            log::error!("the table could not be made: {e}");
            let _ = writeln!(
                text,
                "{} {}",
                trs!(lang, "cli-compare-cannot-write-the-table"),
                e.message(lang)
            );
            return failed(text);
        }
        Some(Ok(bytes)) => Some(bytes),
        None => None,
    };
    let now = crate::clock::local_now();
    let regional = (options.brief.is_some() && versions.is_none())
        .then(|| regional(q, &loaded, options, &mut text));
    let personal = if table.is_some() || regional.is_some() {
        gate_report(
            &mut text,
            q,
            &loaded,
            table
                .as_deref()
                .zip(options.csv.as_ref().map(|c| c.separator)),
            regional.as_ref(),
            lang,
        )
    } else {
        privacy_report(&mut text, q, &loaded, lang)
    };
    if let Some(refused) = refuse_writing(&mut text, options, personal, versions.is_some()) {
        return CheckReport {
            text,
            exit_code: refused,
        };
    }
    let outputs = Outputs {
        table: table.as_deref(),
        regional: regional.as_ref(),
        now,
    };
    if !write_outputs(&mut text, options, &outputs) {
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

/// Opens the profiles at `paths`, saying in `text` which are left out and why; `None` when
/// fewer than two are left (said too).
fn load(text: &mut String, paths: &[PathBuf], q: &Questionnaire, lang: Lang) -> Option<Vec<Entry>> {
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
        // Each path is opened once: "compare a.ron a.ron" names one profile, not two.
        let message = if skipped.is_empty() && paths.len() >= 2 {
            trs!(lang, "cli-compare-same-file-twice")
        } else {
            trs!(lang, "cli-compare-fewer-than-two")
        };
        let _ = writeln!(text, "{message}");
        return None;
    }
    Some(loaded)
}

/// What `compare` writes, made in memory and passed by the gate.
struct Outputs<'a> {
    table: Option<&'a [u8]>,
    regional: Option<&'a crate::brief::Brief>,
    now: time::OffsetDateTime,
}

/// Writes the table and the regional brief where asked and says so; `false` when one could
/// not be written (said in `text`).
fn write_outputs(text: &mut String, options: &CompareOptions, outputs: &Outputs<'_>) -> bool {
    let lang = options.lang;
    if let (Some(csv), Some(bytes)) = (&options.csv, outputs.table) {
        match crate::export::csv(bytes, csv.path) {
            Ok(()) => {
                let _ = writeln!(
                    text,
                    "\n{} {}",
                    trs!(lang, "cli-compare-table-written"),
                    csv.path.display()
                );
            }
            Err(e) => {
                log::error!("the table could not be written: {e}");
                let _ = writeln!(
                    text,
                    "{} {}",
                    trs!(lang, "cli-compare-cannot-write-the-table"),
                    e.message(lang)
                );
                return false;
            }
        }
    }
    match (options.brief, outputs.regional) {
        (Some(output), Some(brief)) => brief_report(text, output, brief, outputs.now, lang),
        _ => true,
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
    if let (Some(csv), Some(brief)) = (&options.csv, options.brief)
        && same_target(csv.path, brief)
    {
        return Some(format!(
            "{}\n",
            trs!(options.lang, "cli-compare-same-output-twice")
        ));
    }
    let outputs = [
        options
            .csv
            .as_ref()
            .map(|c| (c.path, storage::OutputKind::Csv)),
        options
            .brief
            .map(|b| (b, crate::export::Format::of(b).kind())),
    ];
    outputs.into_iter().flatten().find_map(|(path, kind)| {
        storage::check_output(path, kind, &inputs, options.force)
            .err()
            .map(|refusal| super::refused(&refusal, path, options.lang))
    })
}

/// Whether two output names are one file: the same name, or (when it exists) the same file.
fn same_target(a: &Path, b: &Path) -> bool {
    let full = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    full(a) == full(b)
        || std::fs::canonicalize(a)
            .ok()
            .zip(std::fs::canonicalize(b).ok())
            .is_some_and(|(x, y)| x == y)
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
    let changed = crate::words::combine::changes(q, &old.profile, &new.profile, lang);
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
    let agreements = crate::words::combine::agreement_lines(&old.profile, &new.profile, lang);
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
    for part in crate::words::combine::worded(q, rules, &names, &combined, lang) {
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
            let _ = writeln!(text, "\n{}", trs!(lang, "cli-compare-personal-data"));
            any = true;
        }
        for f in &findings {
            let _ = writeln!(
                text,
                "  - {}: {}",
                storage::shown(&l.source),
                crate::words::privacy::describe(
                    q,
                    f,
                    lang,
                    crate::words::privacy::Show::WithoutText
                )
            );
        }
    }
    any
}

/// The privacy gate over what `compare` would write (the table's bytes, the regional brief's
/// text); a finding names its file when a profile's field holds it, never the data. `true`
/// when it found any.
fn gate_report(
    text: &mut String,
    q: &Questionnaire,
    loaded: &[Entry],
    table: Option<(&[u8], u8)>,
    regional: Option<&crate::brief::Brief>,
    lang: Lang,
) -> bool {
    use crate::export::Leaving;
    let sources: Vec<&crate::model::Profile> = loaded.iter().map(|e| &e.profile).collect();
    let mut leaving = Vec::new();
    leaving.extend(table.map(|(bytes, separator)| Leaving::Table(bytes, separator)));
    leaving.extend(regional.map(Leaving::Document));
    let year = crate::clock::local_now().year();
    let found = crate::export::gate(&sources, &leaving, lang, year);
    if found.is_empty() {
        return false;
    }
    let names: Vec<String> = loaded.iter().map(|e| storage::shown(&e.source)).collect();
    let _ = writeln!(text, "\n{}", trs!(lang, "cli-compare-personal-data"));
    let lines = crate::export::describe_findings(
        q,
        &found,
        &names,
        lang,
        crate::words::privacy::Show::WithoutText,
    );
    for line in lines {
        let _ = writeln!(text, "  - {line}");
    }
    true
}

/// Writes the regional brief and says so; `false` when it could not be written.
fn brief_report(
    text: &mut String,
    output: &Path,
    brief: &crate::brief::Brief,
    now: time::OffsetDateTime,
    lang: Lang,
) -> bool {
    match crate::export::document(brief, output, now) {
        Ok(rendered) => {
            let _ = write!(
                text,
                "\n{} {}",
                trs!(lang, "cli-compare-regional-brief-written"),
                output.display(),
            );
            // A Word document has no pages of its own yet: Word lays them out.
            if crate::export::Format::of(output) == crate::export::Format::Pdf {
                let _ = write!(
                    text,
                    " ({} {})",
                    rendered.pages,
                    trs!(lang, "cli-compare-pages")
                );
            }
            text.push('\n');
            true
        }
        Err(e) => {
            log::error!("the regional brief could not be written: {e}");
            let _ = writeln!(
                text,
                "{} {}",
                trs!(lang, "cli-compare-cannot-write-the-brief"),
                e.message(lang)
            );
            false
        }
    }
}
