//! One way out (issue 30): every output the window makes (`Outgoing::iter()`, from the enum itself) × every text field
//! of the questionnaire and of the meeting's record (taken from their own definitions: the
//! questionnaire's kinds, and the record's type through a filler deserializer), with a BSN in
//! that one field. Wherever the BSN reaches the text that leaves (the clipboard's text, the
//! table's bytes, the e-mail, the document), the gate must stop that output; where it does not
//! reach it, the output goes. Every field must reach at least one output. A new field or a new
//! output is in this test without anyone adding it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui_kittest::kittest::Queryable as _;

use common::bin;
use common::filler;
use common::pdf;
use common::profiles;

use behoeftewijzer::app::{App, FileDialogs, Settings};
use behoeftewijzer::brief::content::to_text;
use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::meeting::Meeting;
use behoeftewijzer::model::questionnaire::{Kind, OTHER};
use behoeftewijzer::model::{Answer, Profile, privacy};
use behoeftewijzer::storage;
use behoeftewijzer::ui::modal::Outgoing;
use strum::IntoEnumIterator as _;

/// A BSN that passes the 11-test, with its word: the guard must find it wherever it stands.
const BSN: &str = "111222333";
const MARKED: &str = "bsn 111222333";

/// How to put a text into one field of a profile.
type Put = Box<dyn Fn(&mut Profile, &str)>;

/// One text field: its name for messages, and how to put a text in it.
struct Field {
    name: String,
    put: Put,
}

/// Every text-bearing field of the questionnaire: text answers and "Anders, namelijk…".
fn answer_fields() -> Vec<Field> {
    let mut out = Vec::new();
    for question in profiles::q().questions() {
        let id = question.id.to_string();
        let put: Put = match &question.kind {
            Kind::Text | Kind::LongText => {
                let id = id.clone();
                Box::new(move |p, text| {
                    p.set(&id, Some(Answer::Text(text.into())));
                })
            }
            Kind::SingleChoice { other: true, .. } => {
                let id = id.clone();
                Box::new(move |p, text| {
                    p.set(
                        &id,
                        Some(Answer::Choice {
                            id: OTHER.into(),
                            other: Some(text.into()),
                        }),
                    );
                })
            }
            Kind::MultiChoice { other: true, .. } => {
                let id = id.clone();
                Box::new(move |p, text| {
                    p.set(
                        &id,
                        Some(Answer::Choices {
                            ids: vec![OTHER.into()],
                            other: Some(text.into()),
                        }),
                    );
                })
            }
            _ => continue,
        };
        out.push(Field { name: id, put });
    }
    out
}

/// Every string of the meeting's record that is free text (a string the profile's own check
/// refuses, such as a partner's id, is not), from the record's type itself.
fn meeting_fields() -> Vec<Field> {
    let (template, count) = filler::filled::<Meeting>();
    let ron = ron::to_string(&template).unwrap();
    let mut out = Vec::new();
    for n in 0..count {
        let token = format!("\"{}\"", filler::token(n));
        assert!(
            ron.contains(&token),
            "the filler's token {token} is not in {ron}"
        );
        let put_ron = ron.clone();
        let put: Put = Box::new(move |p, text| {
            let with = put_ron.replace(&token, &format!("{text:?}"));
            let mut meeting: Meeting = ron::from_str(&with).unwrap();
            // The other tokens stay as harmless words: "F3".
            meeting.partners.clear();
            p.meeting = meeting;
        });
        // A field is free text when its text survives into the meeting (not the partners' ids).
        let mut probe = profiles::example();
        put(&mut probe, "PROBE");
        let kept = ron::to_string(&probe.meeting).unwrap().contains("PROBE");
        if kept {
            out.push(Field {
                name: format!("meeting string {n}"),
                put,
            });
        }
    }
    out
}

/// The text that actually leaves for `out`, as the user would get it: the clipboard's text,
/// the table's bytes, the e-mail (also as the `mailto:` link, decoded), or the document's text.
fn leaving(app: &App, out: Outgoing) -> String {
    let lang = app.lang();
    match out {
        Outgoing::Brief | Outgoing::CopyBrief => to_text(&app.brief()),
        Outgoing::Report | Outgoing::CopyReport => to_text(&app.report()),
        Outgoing::Regional | Outgoing::CopyRegional => app
            .regional_brief()
            .map(|b| to_text(&b))
            .unwrap_or_default(),
        Outgoing::Table => {
            let c = app.comparison().expect("a comparison");
            let bytes =
                behoeftewijzer::export::table(profiles::q(), &c.entries, lang, b';').unwrap();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        Outgoing::CopyEmail => app.words(lang).email(&app.profile().mail_to).as_text(lang),
        Outgoing::MailProgram => {
            let url = app.words(lang).email(&app.profile().mail_to).mailto_url();
            percent_decode(&url)
        }
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// The example with `field` set to `text`, saved in `dir`, opened in an app beside a second
/// clean profile to compare with.
fn app_with_text(dir: &std::path::Path, field: &Field, text: &str, lang: Lang) -> App {
    let mut p = profiles::example();
    (field.put)(&mut p, text);
    let path = dir.join("profiel.ron");
    storage::save(&path, &p).unwrap();
    let other = dir.join("ander.ron");
    storage::save(&other, &profiles::example()).unwrap();
    let settings = Settings {
        lang,
        ..Settings::default()
    };
    let mut app = App::with_settings(settings, FileDialogs::Typed, Some(path.clone()));
    assert_eq!(app.profile(), &p, "the profile did not open as saved");
    // The check the reading thread made is the check of these answers (issue 35).
    let year = behoeftewijzer::clock::local_now().year();
    let derived = app.derived();
    assert_eq!(
        derived.findings,
        privacy::scan_profile(profiles::q(), &p, year),
        "{}",
        field.name
    );
    assert_eq!(
        derived.meeting_findings,
        privacy::scan_meeting(&p, year),
        "{}",
        field.name
    );
    app.compare_paths(&[path, other]);
    app.finish_job();
    assert!(app.comparison().is_some(), "no comparison");
    app
}

#[test]
fn every_output_is_stopped_wherever_a_field_with_a_bsn_reaches_it() {
    let dir = tempfile_dir("one-way-out");
    let fields: Vec<Field> = answer_fields()
        .into_iter()
        .chain(meeting_fields())
        .collect();
    assert!(fields.len() > 20, "too few fields: {}", fields.len());
    // Without residents' data, every output of the example goes.
    for lang in [Lang::Nl, Lang::En] {
        let clean = Field {
            name: "none".into(),
            put: Box::new(|_, _| {}),
        };
        let app = app_with_text(&dir, &clean, "", lang);
        let stopped: Vec<String> = Outgoing::iter()
            .flat_map(|out| {
                app.gate_lines(out)
                    .into_iter()
                    .map(move |l| format!("{out:?} ({lang:?}): {l}"))
            })
            .collect();
        assert!(
            stopped.is_empty(),
            "stopped without residents' data:\n{}",
            stopped.join("\n")
        );
    }
    let mut unreached = Vec::new();
    let mut failures = Vec::new();
    for field in &fields {
        let app = app_with_text(&dir, field, MARKED, Lang::Nl);
        let mut reached = false;
        for out in Outgoing::iter() {
            let leaves = leaving(&app, out).contains(BSN);
            let stopped = !app.gate_lines(out).is_empty();
            reached |= leaves;
            if leaves && !stopped {
                failures.push(format!("{}: {out:?} lets the BSN out", field.name));
            }
            if !leaves && stopped {
                failures.push(format!(
                    "{}: {out:?} stopped, but the BSN is not in it",
                    field.name
                ));
            }
        }
        if !reached {
            unreached.push(field.name.clone());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(unreached.is_empty(), "fields in no output: {unreached:?}");
}

/// A fresh folder under the target directory.
fn tempfile_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("behoeftewijzer-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

mod common;

#[test]
fn the_copy_buttons_and_the_mail_button_ask_before_residents_data_leaves() {
    // Issue 30, item 1: Kopieer als tekst put a BSN on the clipboard with only "De notitie
    // staat als tekst op het klembord.", and the e-mail went to the mail program unasked.
    use behoeftewijzer::ui::modal::Dialog;
    let dir = tempfile_dir("copy-buttons");
    let mut p = profiles::example();
    p.set(
        "organisatie.naam",
        Some(Answer::Text(
            "Gemeente Voorbeeld, cliënt BSN 111222333".into(),
        )),
    );
    p.meeting.notes = "Gesproken met mevrouw Jansen, BSN 111222333.".into();
    let path = dir.join("lek.ron");
    storage::save(&path, &p).unwrap();
    let mut h = common::window(Settings::default());
    h.state_mut().open_path(&path);
    h.run();
    for (screen, button, expected) in [
        (
            "Voorbeeld gespreksnotitie",
            "Kopieer als tekst",
            Outgoing::CopyBrief,
        ),
        ("Behoefteprofiel", "Kopieer tekst", Outgoing::CopyEmail),
        (
            "Behoefteprofiel",
            "Open in e-mailprogramma",
            Outgoing::MailProgram,
        ),
        (
            "Verslag bekijken",
            "Kopieer als tekst",
            Outgoing::CopyReport,
        ),
    ] {
        h.state_mut().run(
            behoeftewijzer::ui::Command::Goto(match screen {
                "Voorbeeld gespreksnotitie" => behoeftewijzer::ui::Screen::Brief,
                "Behoefteprofiel" => behoeftewijzer::ui::Screen::Needs,
                _ => behoeftewijzer::ui::Screen::Report,
            }),
            &egui::Context::default(),
        );
        h.run();
        h.get_by_label(button).click_accesskit();
        assert_eq!(
            common::copied(&mut h),
            None,
            "{button} on {screen} copied before asking"
        );
        let Some(Dialog::ExportPrivacy { items, export }) = h.state().dialog().cloned() else {
            panic!(
                "{button} on {screen}: no question, {:?}",
                h.state().dialog()
            );
        };
        assert_eq!(export, expected);
        assert!(!items.is_empty());
        // Place and kind, never the value: a screen may be shared, a screen reader speaks it.
        assert!(items.iter().all(|i| !i.contains(BSN)), "{items:?}");
        // Back: nothing leaves. Asked again and let go: it leaves (the mail program cannot be
        // started here, so only the clipboard is checked).
        common::click(&mut h, "Terug om aan te passen");
        assert_eq!(h.state().dialog(), None);
        if expected != Outgoing::MailProgram {
            h.get_by_label(button).click_accesskit();
            h.run();
            h.get_by(common::named("Toch kopiëren")).click_accesskit();
            let text = common::copied(&mut h);
            assert!(
                text.as_deref().is_some_and(|t| t.contains(BSN)),
                "{button} on {screen}: not copied after the choice"
            );
        }
    }
}

#[test]
fn a_bare_name_typed_in_the_path_field_goes_to_the_folder_it_suggested() {
    // Issue 30, item 10: "kopie" typed in the save field was saved in the folder the program
    // was started from, not in the folder the field showed.
    let dir = tempfile_dir("bare-name");
    let path = dir.join("profiel.ron");
    storage::save(&path, &profiles::example()).unwrap();
    let mut h = common::window(Settings::default());
    h.state_mut().open_path(&path);
    h.run();
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    h.run();
    let shown = h
        .get_by_label("Pad van het bestand")
        .value()
        .unwrap_or_default();
    assert!(
        shown.starts_with(dir.to_str().unwrap()),
        "the field suggested {shown}"
    );
    common::replace_text(&mut h, "Pad van het bestand", "kopie");
    h.key_press(egui::Key::Enter);
    h.run();
    for _ in 0..100 {
        if dir.join("kopie.ron").exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run();
    }
    assert!(
        dir.join("kopie.ron").exists(),
        "not saved in {}",
        dir.display()
    );
    let here = std::env::current_dir().unwrap().join("kopie.ron");
    assert!(!here.exists(), "saved in the working folder too");
}

/// The command line's writers, each with the extension of what it writes: the table as CSV,
/// every document in every format a document is written in (`export::Format`).
fn writers_in_every_format() -> Vec<(&'static str, &'static str)> {
    let mut out = vec![("compare --csv", "csv")];
    for writer in ["brief", "verslag", "compare --brief"] {
        for format in behoeftewijzer::export::Format::iter() {
            out.push((writer, format.extension()));
        }
    }
    out
}

fn writer_args(writer: &str, profile: &str, other: &str, out: &str) -> Vec<String> {
    let v = |a: &[&str]| a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    match writer {
        "brief" => v(&["brief", profile, "-o", out, "--with-email"]),
        "verslag" => v(&["verslag", profile, "-o", out]),
        "compare --csv" => v(&["compare", profile, other, "--csv", out]),
        _ => v(&["compare", profile, other, "--brief", out]),
    }
}

/// The text of a written file, read back as its reader would: the PDF by lopdf, the Word
/// document by docx-rs (paragraphs and table cells), the CSV as text.
fn written_text(path: &std::path::Path) -> String {
    match path.extension().and_then(|e| e.to_str()) {
        Some("pdf") => pdf::text(path),
        Some("docx") => common::word::plain(path),
        _ => std::fs::read_to_string(path).unwrap(),
    }
}

#[test]
fn every_command_line_output_is_stopped_wherever_a_field_with_a_bsn_reaches_it() {
    // The same enumeration through the real binary: for each writer and field, the output
    // made anyway (--allow-personal-data) and read back (the PDF by lopdf, the CSV as text)
    // says whether the BSN leaves; without leave, the writer must exit 3 and write nothing
    // exactly then.
    let dir = tempfile_dir("one-way-out-cli");
    let other = dir.join("ander.ron");
    let mut clean = profiles::example();
    clean.id = "een-ander-profiel".into();
    clean.set(
        "organisatie.naam",
        Some(Answer::Text("Gemeente Elders".into())),
    );
    storage::save(&other, &clean).unwrap();
    let fields: Vec<Field> = answer_fields()
        .into_iter()
        .chain(meeting_fields())
        .collect();
    let (mut failures, mut unreached) = (Vec::new(), Vec::new());
    for field in &fields {
        let mut p = profiles::example();
        (field.put)(&mut p, MARKED);
        let path = dir.join("profiel.ron");
        storage::save(&path, &p).unwrap();
        let mut reached = false;
        for (writer, extension) in writers_in_every_format() {
            let out = dir.join(format!("uit.{extension}"));
            let _ = std::fs::remove_file(&out);
            let args = writer_args(
                writer,
                path.to_str().unwrap(),
                other.to_str().unwrap(),
                out.to_str().unwrap(),
            );
            let mut allowed = args.clone();
            allowed.push("--allow-personal-data".into());
            let (code, said) = bin::run(&allowed);
            assert!(
                code == 0 || code == 3,
                "{writer} failed for {}: {said}",
                field.name
            );
            let text = written_text(&out);
            let leaves = text.contains(BSN);
            reached |= leaves;
            std::fs::remove_file(&out).unwrap();
            let (code, said) = bin::run(&args);
            if leaves != (code == 3) {
                failures.push(format!(
                    "{}: {writer} exit {code} while the BSN {} in it: {said}",
                    field.name,
                    if leaves { "is" } else { "is not" }
                ));
            }
            if code == 3 && out.exists() {
                failures.push(format!("{}: {writer} wrote anyway", field.name));
            }
        }
        if !reached {
            unreached.push(field.name.clone());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        unreached.is_empty(),
        "fields in no output of the command line: {unreached:?}"
    );
}
