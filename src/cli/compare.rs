//! `behoeftewijzer compare A.ron B.ron …`: several profiles side by side (issue 13). Files that
//! cannot be read are named with their reason and left out; the rest are compared. Prints the
//! combined picture (from [`crate::model::combine`]) and, with `--csv`, writes the comparison
//! table, one row per question, for a spreadsheet.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::{CheckReport, EXIT_COMPLETE, EXIT_PERSONAL_DATA, EXIT_UNREADABLE};
use crate::lang::Lang;
use crate::model::answers::Answers;
use crate::model::combine::{Count, Member, combine};
use crate::model::ids;
use crate::model::needs::NeedsRules;
use crate::model::{Profile, Questionnaire, privacy};
use crate::storage;

/// A profile that could be read, with the name it goes by and where it came from.
struct Loaded {
    path: PathBuf,
    name: String,
    profile: Profile,
}

/// The name of a profile in the comparison: its organisation, else its file name.
fn name_of(path: &Path, profile: &Profile) -> String {
    let organisation = profile.text(crate::model::ids::ORGANISATION_NAME).trim();
    if organisation.is_empty() {
        path.file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
    } else {
        organisation.to_owned()
    }
}

/// Where to write the table, and how.
pub struct CsvOut<'a> {
    pub path: &'a Path,
    /// `;` for a Dutch Excel, `,` otherwise.
    pub separator: u8,
}

/// Compares the profiles at `paths`.
pub fn compare(paths: &[PathBuf], lang: Lang, csv: Option<&CsvOut>) -> CheckReport {
    let q = Questionnaire::builtin();
    let mut text = String::new();
    let mut loaded = Vec::new();
    for path in paths {
        match storage::load(path, q) {
            Ok(profile) => loaded.push(Loaded {
                name: name_of(path, &profile),
                path: path.clone(),
                profile,
            }),
            Err(e) => {
                let _ = writeln!(
                    text,
                    "{} {}: {}",
                    lang.pick("Overgeslagen:", "Left out:"),
                    storage::shown(&path.display().to_string()),
                    e.message(lang)
                );
            }
        }
    }
    if loaded.len() < 2 {
        let _ = writeln!(
            text,
            "{}",
            lang.pick(
                "Er zijn minder dan twee leesbare profielen: er valt niets te vergelijken.",
                "Fewer than two profiles could be read: there is nothing to compare."
            )
        );
        return CheckReport {
            text,
            exit_code: EXIT_UNREADABLE,
        };
    }
    if let [a, b] = loaded.as_slice()
        && same_organisation(a, b)
    {
        // Two versions of one profile: what changed, not a combined picture.
        changes(&mut text, q, a, b, lang);
    } else {
        let members: Vec<Member> = loaded
            .iter()
            .map(|l| Member {
                name: l.name.clone(),
                profile: &l.profile,
            })
            .collect();
        summary(&mut text, q, &members, lang);
    }
    let personal = privacy_report(&mut text, q, &loaded, lang);
    if let Some(csv) = csv
        && let Err(e) = write_csv(csv, q, &loaded, lang)
    {
        let _ = writeln!(
            text,
            "{} {e}",
            lang.pick("Kan de tabel niet schrijven:", "Cannot write the table:")
        );
        return CheckReport {
            text,
            exit_code: EXIT_UNREADABLE,
        };
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

/// Whether two profiles are versions of one: the same organisation (ignoring case and spaces).
fn same_organisation(a: &Loaded, b: &Loaded) -> bool {
    let org = |l: &Loaded| {
        l.profile
            .text(ids::ORGANISATION_NAME)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    !org(a).is_empty() && org(a) == org(b)
}

/// "Wat is er veranderd": every question whose answer differs, older version first (by the
/// date the profiles were last saved).
fn changes(text: &mut String, q: &Questionnaire, a: &Loaded, b: &Loaded, lang: Lang) {
    let (old, new) = if a.profile.modified <= b.profile.modified {
        (a, b)
    } else {
        (b, a)
    };
    let date = |l: &Loaded| l.profile.modified.get(..10).unwrap_or_default().to_owned();
    let _ = writeln!(
        text,
        "{} {} ({} → {})",
        lang.pick("Wat is er veranderd:", "What changed:"),
        old.name,
        date(old),
        date(new)
    );
    let none = lang.pick("(geen antwoord)", "(no answer)");
    let mut count = 0;
    for question in q.questions() {
        let before = Answers::new(q, &old.profile).text(&question.id, lang);
        let after = Answers::new(q, &new.profile).text(&question.id, lang);
        if before != after {
            count += 1;
            let _ = writeln!(
                text,
                "  - {}: {} → {}",
                question.label(lang),
                before.as_deref().unwrap_or(none),
                after.as_deref().unwrap_or(none)
            );
        }
    }
    if count == 0 {
        let _ = writeln!(
            text,
            "  {}",
            lang.pick(
                "Niets: de antwoorden zijn gelijk.",
                "Nothing: the answers are the same."
            )
        );
    }
}

/// "4 van 6" in the user's language.
fn of(count: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{count} van {total}"),
        Lang::En => format!("{count} of {total}"),
    }
}

fn summary(text: &mut String, q: &Questionnaire, members: &[Member], lang: Lang) {
    let rules = NeedsRules::builtin();
    let combined = combine(q, rules, members);
    let n = combined.members;
    let _ = writeln!(
        text,
        "{} ({n})",
        lang.pick("Vergeleken profielen", "Profiles compared")
    );
    for m in members {
        let _ = writeln!(text, "  - {}", m.name);
    }
    let _ = writeln!(text, "\n{}", lang.pick("Thema's", "Themes"));
    for t in &combined.themes {
        let title = rules
            .theme(&t.id)
            .map_or(t.id.as_str(), |d| d.title.get(lang));
        let mean = t.mean.map_or_else(|| "–".to_owned(), |m| format!("{m:.1}"));
        let _ = writeln!(
            text,
            "  - {title}: {} {}, {} {mean}, {} {}",
            lang.pick("hoogste", "highest"),
            t.highest,
            lang.pick("gemiddeld", "mean"),
            lang.pick(
                "belangrijk of zeer urgent bij",
                "important or very urgent for"
            ),
            of(t.at_least_two, n, lang),
        );
    }
    let answers = Answers::new(q, members[0].profile);
    for (title, question, counts) in [
        (
            lang.pick("Signalen", "Signals"),
            ids::SIGNALS,
            &combined.signals,
        ),
        (
            lang.pick("Waar de hulp tekortschiet", "Where help falls short"),
            ids::GAPS,
            &combined.gaps,
        ),
        (
            lang.pick("Leerdoelen", "Learning goals"),
            ids::LEARNING_GOALS,
            &combined.learning_goals,
        ),
        (
            lang.pick("Wensen voor samenwerking", "Wishes for cooperation"),
            ids::COOPERATION_WISHES,
            &combined.cooperation_wishes,
        ),
    ] {
        counted(text, &answers, (title, question), counts, (n, lang));
    }
    let _ = writeln!(
        text,
        "\n{} {}",
        lang.pick("Deelnemers samen:", "Participants together:"),
        combined.participants
    );
    if !combined.partners.is_empty() {
        let _ = writeln!(
            text,
            "\n{}",
            lang.pick("Partners om te betrekken", "Partners to involve")
        );
        for p in &combined.partners {
            let name = rules
                .partner(&p.id)
                .map_or(p.id.as_str(), |d| d.name.as_str());
            let who: Vec<&str> = p
                .members
                .iter()
                .map(|i| members[*i].name.as_str())
                .collect();
            let _ = writeln!(text, "  - {name} ({})", who.join(", "));
        }
    }
}

/// The options of one question with how many profiles chose them.
fn counted(
    text: &mut String,
    answers: &Answers,
    (title, question): (&str, &str),
    counts: &[Count],
    (n, lang): (usize, Lang),
) {
    if counts.is_empty() {
        return;
    }
    let _ = writeln!(text, "\n{title}");
    for c in counts {
        let _ = writeln!(
            text,
            "  - {}: {}",
            answers.choice_text(question, &c.choice, lang),
            of(c.count, n, lang)
        );
    }
}

/// The privacy guard over every profile; a finding names its file, never the data.
fn privacy_report(text: &mut String, q: &Questionnaire, loaded: &[Loaded], lang: Lang) -> bool {
    let public = [NeedsRules::builtin().email().default_to.as_str()];
    let year = crate::clock::local_now().year();
    let mut any = false;
    for l in loaded {
        let findings = privacy::scan(q, &l.profile, &public, year);
        if findings.is_empty() {
            continue;
        }
        if !any {
            let _ = writeln!(
                text,
                "\n{}",
                lang.pick(
                    "Mogelijk persoonsgegevens van inwoners (haal ze eruit voor je deelt):",
                    "Possibly personal data of residents (take it out before sharing):"
                )
            );
            any = true;
        }
        for f in &findings {
            let _ = writeln!(
                text,
                "  - {}: {}",
                storage::shown(&l.path.display().to_string()),
                privacy::describe(q, f, lang, privacy::Show::WithoutText)
            );
        }
    }
    any
}

/// The comparison table: a row per question, a column per profile, and whether the answers
/// differ. UTF-8 with a byte-order mark, so Excel reads the accents right.
fn write_csv(out: &CsvOut, q: &Questionnaire, loaded: &[Loaded], lang: Lang) -> Result<(), String> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(out.separator)
        .from_writer(Vec::new());
    let mut header = vec![
        lang.pick("Onderdeel", "Section").to_owned(),
        lang.pick("Vraag", "Question").to_owned(),
        lang.pick("Verschilt", "Differs").to_owned(),
    ];
    header.extend(loaded.iter().map(|l| {
        let date = l.profile.modified.get(..10).unwrap_or_default();
        format!("{} ({date})", l.name)
    }));
    writer.write_record(&header).map_err(|e| e.to_string())?;
    for (index, section) in q.sections().iter().enumerate() {
        for question in &section.questions {
            let answers: Vec<String> = loaded
                .iter()
                .map(|l| {
                    Answers::new(q, &l.profile)
                        .text(&question.id, lang)
                        .unwrap_or_default()
                })
                .collect();
            let differs = answers.windows(2).any(|w| w[0] != w[1]);
            let mut row = vec![
                format!("{}. {}", index + 1, section.title.get(lang)),
                question.label(lang).to_owned(),
                lang.pick(
                    if differs { "ja" } else { "nee" },
                    if differs { "yes" } else { "no" },
                )
                .to_owned(),
            ];
            row.extend(answers);
            writer.write_record(&row).map_err(|e| e.to_string())?;
        }
    }
    let body = writer.into_inner().map_err(|e| e.to_string())?;
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(body);
    storage::write_atomic(out.path, &bytes).map_err(|e| storage::SaveError::Io(e).message(lang))
}
