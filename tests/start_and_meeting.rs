//! Issue 23 in the window: from an empty home to the built-in example and back without touching
//! the example's file; a meeting recorded with three agreements, saved, reopened and its
//! *verslag* exported and read back with a PDF parser; next year's profile made from this one.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::pdf;
use common::profiles;

use std::path::Path;

use behoeftewijzer::app::Settings;
use behoeftewijzer::model::meeting::Status;
use behoeftewijzer::storage;
use behoeftewijzer::ui::Screen;
use behoeftewijzer::ui::modal::{Dialog, Outgoing, PathPurpose};
use common::{click, replace_text};
use egui::Key;
use egui_kittest::kittest::Queryable;

/// Goes to a screen through the menu *Ga naar*, as a person would.
fn go_to_by_menu(h: &mut common::Window, entry: &str) {
    click(h, "Ga naar");
    click(h, entry);
}

#[test]
fn from_an_empty_home_to_the_example_and_back_without_touching_its_file() {
    let before = std::fs::read(profiles::example_path()).unwrap();
    // The program shows the example it ships.
    assert_eq!(storage::EXAMPLE_RON.as_bytes(), &before[..]);
    let mut h = common::window(Settings::default());
    h.run();
    // Nothing yet: the three steps and no recent files.
    h.get_by_label("Zo werkt het");
    h.get_by_label_contains("1. Beantwoord de vragen");
    h.get_by_label("Nog geen.");
    click(&mut h, "Voorbeeld bekijken");
    let doc = h.state().document();
    assert_eq!(doc.profile.text("organisatie.naam"), "Gemeente Voorbeeld");
    assert!(doc.path.is_none() && !doc.dirty);
    assert_eq!(
        doc.profile.meeting.agreements.len(),
        3,
        "the example shows a meeting too"
    );
    assert!(
        h.state()
            .window_title()
            .starts_with("Voorbeeld (niet opgeslagen)"),
        "{}",
        h.state().window_title()
    );
    h.get_by_label_contains("Voorbeeld: sla wat je verandert op");
    // Changed, then Ctrl+S: a name is asked for; nothing is written anywhere.
    replace_text(
        &mut h,
        "Naam van de gemeente of organisatie",
        "Gemeente Proef",
    );
    assert!(h.state().document().dirty);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run();
    assert!(
        matches!(
            h.state().dialog(),
            Some(Dialog::Path {
                purpose: PathPurpose::Save,
                ..
            })
        ),
        "{:?}",
        h.state().dialog()
    );
    click(&mut h, "Annuleren");
    // And back to the start, which offers to go on with it.
    go_to_by_menu(&mut h, "Startscherm");
    assert_eq!(h.state().screen(), Screen::Start);
    h.get_by_label("Verder met dit profiel");
    assert_eq!(std::fs::read(profiles::example_path()).unwrap(), before);
}

#[test]
fn recent_files_show_organisation_completeness_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let kept = dir.path().join("voorbeeld.ron");
    std::fs::copy(profiles::example_path(), &kept).unwrap();
    let gone = dir.path().join("weg.ron");
    let broken = dir.path().join("kapot.ron");
    std::fs::write(&broken, "geen profiel").unwrap();
    let settings = Settings {
        recent: vec![kept.clone(), gone, broken],
        ..Settings::default()
    };
    let mut h = common::window(settings);
    h.run();
    // First the file names, then (read on a thread of its own) what each file is.
    let line = "Gemeente Voorbeeld · 100 % ingevuld · opgeslagen 24 november 2026";
    for _ in 0..200 {
        if h.query_by_label_contains(line).is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.run();
    }
    h.get_by_label_contains(line);
    h.get_by_label_contains("Dit bestand is niet meer gevonden");
    h.get_by_label_contains("Dit bestand kan niet worden gelezen");
    h.get_by_label_contains("Gemeente Voorbeeld")
        .click_accesskit();
    h.run();
    assert_eq!(h.state().document().path.as_deref(), Some(kept.as_path()));
}

/// Three agreements: what, who, by when.
const AGREEMENTS: [(&str, &str, &str); 3] = [
    ("Zaal vastleggen", "Gemeente Overleg", "1 april 2027"),
    ("Voorstel sturen", "De alliantie", "15 april 2027"),
    ("Sleutelpersonen vragen", "Wijkteam", "voor de zomer"),
];

/// On *Na het overleg*: the date, who attended, and [`AGREEMENTS`] each added and typed in.
fn record_meeting(h: &mut common::Window) {
    replace_text(h, "Datum van het overleg", "12-3-2027");
    replace_text(h, "Aanwezig namens jouw organisatie", "Beleidsmedewerker");
    replace_text(h, "Aanwezig namens de alliantie", "Twee trainers");
    for (i, (what, who, when)) in AGREEMENTS.iter().enumerate() {
        click(h, "Afspraak toevoegen");
        h.run();
        let n = i + 1;
        // The new agreement's first field has the focus.
        assert!(
            h.get_by_label(&format!("Afspraak {n}: wat")).is_focused(),
            "agreement {n}"
        );
        replace_text(h, &format!("Afspraak {n}: wat"), what);
        replace_text(h, &format!("Afspraak {n}: wie"), who);
        replace_text(h, &format!("Afspraak {n}: uiterlijk wanneer"), when);
    }
}

/// Ctrl+S, the path typed, Enter; waits for the save (it runs on a thread of its own).
fn save_as(h: &mut common::Window, path: &Path) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run();
    replace_text(h, "Pad van het bestand", &path.display().to_string());
    h.key_press(Key::Enter);
    h.run();
    for _ in 0..100 {
        if path.exists() && !h.state().document().dirty {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run();
    }
    assert!(path.exists() && !h.state().document().dirty, "saved");
}

#[test]
fn a_meeting_with_three_agreements_is_saved_reopened_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::window(Settings::default());
    h.run();
    click(&mut h, "Nieuw profiel");
    replace_text(
        &mut h,
        "Naam van de gemeente of organisatie",
        "Gemeente Overleg",
    );
    // From the list of sections on the left.
    click(&mut h, "Na het overleg");
    assert_eq!(h.state().screen(), Screen::Meeting);
    record_meeting(&mut h);
    click(&mut h, "Afspraak 1: stand: afgerond");
    click(&mut h, "Afspraak 3: stand: vervallen");
    // The partners are a group a screen reader names.
    h.get_by_role_and_label(
        egui::accesskit::Role::Group,
        "Partners die jullie gaan betrekken",
    );
    click(
        &mut h,
        "LKHA (Landelijk Knooppunt Huwelijksdwang en Achterlating)",
    );
    let m = &h.state().profile().meeting;
    assert_eq!(
        m.agreements.iter().map(|a| a.status).collect::<Vec<_>>(),
        [Status::Done, Status::Open, Status::Dropped]
    );
    assert_eq!(m.partners, ["lkha"]);
    // Removing one can be undone.
    click(&mut h, "Afspraak 2 verwijderen");
    assert_eq!(h.state().profile().meeting.agreements.len(), 2);
    click(&mut h, "Afspraak 2 terugzetten");
    assert_eq!(
        h.state().profile().meeting.agreements[1].what,
        "Voorstel sturen"
    );

    // Saved, and opened again in a fresh window: the same record.
    let path = dir.path().join("overleg.ron");
    save_as(&mut h, &path);
    let mut fresh = common::start().open(&path).build();
    assert_eq!(fresh.state().profile().meeting, h.state().profile().meeting);

    // The verslag, from its preview.
    go_to_by_menu(&mut fresh, "Verslag bekijken");
    assert_eq!(fresh.state().screen(), Screen::Report);
    fresh.get_by_label_contains("Verslag — overleg met de Alliantie");
    click(&mut fresh, "Verslag exporteren (PDF)…");
    let pdf = dir.path().join("verslag.pdf");
    replace_text(
        &mut fresh,
        "Pad van het bestand",
        &pdf.display().to_string(),
    );
    click(&mut fresh, "Exporteren");
    // The export runs off the window's thread: wait for it as a person would.
    fresh.state_mut().finish_job();
    fresh.run();
    assert!(
        matches!(fresh.state().dialog(), Some(Dialog::Exported { .. })),
        "{:?}",
        fresh.state().dialog()
    );
    // The dialog names the verslag, not the brief, and counts one page as one (issue 32).
    fresh.run();
    fresh.get_by_label("Verslag klaar");
    assert!(
        fresh
            .query_by_label_contains("Gespreksnotitie klaar")
            .is_none()
    );
    assert!(fresh.query_by_label_contains("(1 pagina's)").is_none());
    let flat = pdf::text(&pdf);
    for (what, who, when) in AGREEMENTS {
        assert!(flat.contains(what), "{what} in {flat}");
        let row = format!("Wie: {who} · uiterlijk: {when}");
        assert!(flat.contains(&row), "{row} in {flat}");
    }
    assert!(flat.contains("12 maart 2027") && flat.contains("afgerond"));
    let words: Vec<String> = flat
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    for word in ["je", "jij", "jouw", "jullie"] {
        assert!(!words.iter().any(|w| w == word), "'{word}' in {flat}");
    }
}

#[test]
fn next_year_starts_from_this_year_and_the_comparison_says_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let this_year = dir.path().join("2027.ron");
    std::fs::copy(profiles::example_path(), &this_year).unwrap();
    let mut h = common::start().open(&this_year).build();
    click(&mut h, "Bestand");
    click(&mut h, "Nieuw profiel op basis van dit profiel");
    let old = storage::load(&this_year, profiles::q()).unwrap();
    let doc = h.state().document();
    assert!(doc.path.is_none() && doc.dirty);
    assert_eq!(doc.profile.id, old.id, "the same profile, a new version");
    assert_eq!(doc.profile.answers, old.answers);
    assert_ne!(doc.profile.created, old.created);
    assert!(doc.profile.meeting.agreements.iter().all(|a| a.earlier));
    let title = h.state().window_title();
    assert!(
        title.starts_with("*Nieuw profiel op basis van 2027.ron"),
        "{title}"
    );
    // Next year: an answer changed, one agreement done, one new.
    replace_text(&mut h, "Naam contactpersoon", "Eva Jansen");
    click(&mut h, "Na het overleg");
    h.get_by_label("Afspraak 1 (vorig jaar afgesproken)");
    click(
        &mut h,
        "Afspraak 1 (vorig jaar afgesproken): stand: afgerond",
    );
    click(&mut h, "Afspraak toevoegen");
    replace_text(&mut h, "Afspraak 4: wat", "Terugkomdag plannen");
    let next_year = dir.path().join("2028.ron");
    save_as(&mut h, &next_year);
    // Compared on the command line: the changed answer and the agreements' status.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_behoeftewijzer"))
        .arg("compare")
        .arg(&this_year)
        .arg(&next_year)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("Eva Jansen"), "{said}");
    let done =
        "Datum en zaal voor de training vastleggen (Gemeente Voorbeeld): eerst open, nu afgerond";
    assert!(said.contains(done), "{said}");
    assert!(said.contains("Nieuw: Terugkomdag plannen: open"), "{said}");
    // And in the window, beside the open profile.
    click(&mut h, "Bestand");
    click(&mut h, "Profielen vergelijken…");
    let field = "Paden van de profielen, één per regel (twee of meer)";
    let paths = format!("{}\n{}", this_year.display(), next_year.display());
    h.get_by_label(field).type_text(&paths);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Enter);
    h.run();
    assert_eq!(h.state().screen(), Screen::Compare);
    click(&mut h, "Wat is er veranderd");
    h.get_by_label(done);
}

#[test]
fn the_verslag_is_checked_for_residents_data_before_it_is_written() {
    let mut h = common::window(Settings::default());
    h.run();
    click(&mut h, "Nieuw profiel");
    click(&mut h, "Na het overleg");
    click(&mut h, "Afspraak toevoegen");
    replace_text(&mut h, "Afspraak 1: wat", "Mevrouw bellen op 06-12345678");
    // Named on the screen itself, as the officer types.
    h.get_by_label_contains("Na het overleg › Afspraak 1: ");
    click(&mut h, "Verslag exporteren (PDF)…");
    let Some(Dialog::ExportPrivacy {
        items,
        export: Outgoing::Report,
    }) = h.state().dialog().cloned()
    else {
        panic!("{:?}", h.state().dialog())
    };
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(
        items[0].starts_with("Na het overleg › Afspraak 1: "),
        "{items:?}"
    );
    click(&mut h, "Toch exporteren");
    assert!(
        matches!(
            h.state().dialog(),
            Some(Dialog::Path {
                purpose: PathPurpose::ExportReport,
                ..
            })
        ),
        "{:?}",
        h.state().dialog()
    );
}

#[test]
fn the_brief_exported_from_the_meeting_screen_is_the_brief() {
    // Ctrl+E on *Na het overleg*, with residents' data in an answer: after "Toch exporteren"
    // the brief's path is asked (once the privacy question went on by the screen it was asked
    // on, and wrote the report instead).
    let mut h = common::window(Settings::default());
    h.run();
    click(&mut h, "Voorbeeld bekijken");
    replace_text(&mut h, "Afdeling of team", "Team Zuid, bel 06-12345678");
    click(&mut h, "Na het overleg");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    h.run();
    assert!(
        matches!(h.state().dialog(), Some(Dialog::ExportPrivacy { .. })),
        "{:?}",
        h.state().dialog()
    );
    click(&mut h, "Toch exporteren");
    assert!(
        matches!(
            h.state().dialog(),
            Some(Dialog::Path {
                purpose: PathPurpose::ExportBrief,
                ..
            })
        ),
        "{:?}",
        h.state().dialog()
    );
}

#[test]
fn the_meetings_fields_say_so_at_their_limit_as_an_answer_does() {
    use behoeftewijzer::model::meeting::{LINE_MAX_CHARS, NOTES_MAX_CHARS};
    use egui_kittest::kittest::NodeT;
    let mut h = common::window(Settings::default());
    h.run();
    click(&mut h, "Nieuw profiel");
    click(&mut h, "Na het overleg");
    h.get_by_label("Notities").focus();
    h.run();
    h.event(egui::Event::Paste("é".repeat(20_000)));
    h.run();
    assert_eq!(
        h.state().profile().meeting.notes.chars().count(),
        NOTES_MAX_CHARS
    );
    let said = "Je hebt het maximum van 5.000 tekens bereikt.";
    h.get_by_label_contains(said);
    let notes = h.get_by_label("Notities");
    assert!(
        notes
            .accesskit_node()
            .description()
            .is_some_and(|d| d.contains(said)),
        "the notes' description lacks the limit"
    );
    click(&mut h, "Afspraak toevoegen");
    h.get_by_label("Afspraak 1: wat").focus();
    h.run();
    h.event(egui::Event::Paste("x".repeat(LINE_MAX_CHARS - 20)));
    h.run();
    h.get_by_label_contains("280 van 300 tekens");
}

#[test]
fn the_report_is_built_once_per_change_not_per_frame() {
    let mut h = common::window(Settings::default());
    h.run();
    click(&mut h, "Voorbeeld bekijken");
    go_to_by_menu(&mut h, "Verslag bekijken");
    let shown = h.state().report();
    for _ in 0..10 {
        h.step();
    }
    assert!(
        std::rc::Rc::ptr_eq(&shown, &h.state().report()),
        "built again while idle"
    );
    // Back to Na het overleg (Alt+←).
    h.key_press_modifiers(egui::Modifiers::ALT, Key::ArrowLeft);
    h.run();
    replace_text(&mut h, "Aanwezig namens de alliantie", "Drie trainers");
    let changed = h.state().report();
    assert!(!std::rc::Rc::ptr_eq(&shown, &changed));
    assert!(changed.blocks.iter().any(|b| matches!(
        b,
        behoeftewijzer::brief::Block::Table(rows) if rows.iter().any(|(_, v)| v == "Drie trainers")
    )));
}
