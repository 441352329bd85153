//! Comparing profiles in the window (issue 13), driven through `egui_kittest` by the labels a
//! screen reader reads: choosing files (typed paths, one per line, as where no file dialog
//! can be shown), a damaged file among them, the table with its filter and keys, the needs
//! per profile, the combined picture, two versions of one profile, and the regional brief and
//! the CSV written to real files and read back.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::click;
use std::path::{Path, PathBuf};

use behoeftewijzer::app::{App, FileDialogs, Settings};
use behoeftewijzer::model::Answer;
use behoeftewijzer::storage;
use behoeftewijzer::ui::Screen;
use behoeftewijzer::ui::modal::{Dialog, Outgoing};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use common::profiles;
use profiles::{example, q};

/// Writes profile `i` of a region to `dir`: its own name, and the forced-marriage priority
/// `i % 4`.
fn write_profile(dir: &Path, i: usize, name: &str) -> PathBuf {
    let mut p = example();
    p.set("organisatie.naam", Some(Answer::Text(name.to_owned())));
    p.set(
        "huwelijksdwang.prioriteit",
        Some(Answer::Number((i % 4) as i64)),
    );
    p.set(
        "organisatie.deelnemers",
        Some(Answer::Number(10 + i as i64)),
    );
    let path = dir.join(format!("profiel-{i}.ron"));
    storage::save(&path, &p).unwrap();
    path
}

/// A window of `width` × `height` points at 200 % text, on its start screen.
/// The zoom is set before the first frame, as eframe restores it (`common::start().zoom` sets
/// it after the window is made, and this table's scroll areas then animate to their place).
fn zoomed(width: f32, height: f32) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size([width, height])
        .build_eframe(|cc| {
            cc.egui_ctx.set_zoom_factor(2.0);
            App::with_settings(Settings::default(), FileDialogs::Typed, None)
        });
    h.run();
    h
}

/// `n` profiles of a region in `dir`, named "Gemeente 0", "Gemeente 1", … (or with `{:02}`).
fn region(dir: &Path, n: usize, wide: bool) -> Vec<PathBuf> {
    (0..n)
        .map(|i| {
            let name = if wide {
                format!("Gemeente {i:02}")
            } else {
                format!("Gemeente {i}")
            };
            write_profile(dir, i, &name)
        })
        .collect()
}

/// Chooses the profiles through the window: the start screen's button, then the paths typed
/// one per line, then *Vergelijken*.
fn compare(h: &mut Harness<'static, App>, paths: &[PathBuf]) {
    click(h, "Profielen vergelijken…");
    let field = "Paden van de profielen, één per regel (twee of meer)";
    h.get_by_label(field).focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    let text: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    h.get_by_label(field).type_text(&text.join("\n"));
    h.run();
    click(h, "Vergelijken");
    // The files are read off the window's thread: wait for them as a person would.
    h.state_mut().finish_job();
    h.run();
}

#[test]
fn profiles_compare_side_by_side_with_a_damaged_file_named_and_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_profile(dir.path(), 2, "Gemeente Noord");
    let b = write_profile(dir.path(), 3, "Gemeente Zuid");
    let damaged = dir.path().join("kapot.ron");
    std::fs::write(&damaged, "(format_version: 1, answers: {").unwrap();
    let mut h = common::window(Settings::default());
    compare(&mut h, &[a, damaged, b]);
    assert_eq!(h.state().screen(), Screen::Compare);
    assert_eq!(h.state().comparison().unwrap().entries.len(), 2);
    // The damaged file is named with its reason.
    h.get_by_label_contains("Overgeslagen: kapot.ron");
    // A column per profile, headed by organisation and date; answers that differ marked.
    h.get_by_label_contains("Gemeente Noord (");
    h.get_by_label_contains("Gemeente Zuid (");
    h.get_by_label("Type organisatie");
    // Only the differences: the rows where all answer alike are gone.
    click(&mut h, "Alleen verschillen (3 van 53 vragen)");
    assert!(h.query_by_label("Type organisatie").is_none());
    h.get_by_label("Prioriteit huwelijksdwang, antwoorden verschillen");
    // A row chosen shows each profile's whole answer below the table.
    click(&mut h, "Organisatie, antwoorden verschillen");
    h.get_by_role_and_label(Role::Heading, "Organisatie");
    // The needs per profile: the three priorities and reach.
    click(&mut h, "Behoeften per profiel");
    h.get_by_label("Prioriteit huwelijksdwang, antwoorden verschillen");
    // Noord gives forced marriage 2, Zuid 3; both give LGBT 2, and domestic and honour-based
    // violence 2 (a theme since issue 31).
    assert_eq!(h.query_all_by_label("2 – Belangrijk").count(), 5);
    assert_eq!(h.query_all_by_label("3 – Zeer urgent").count(), 1);
    h.get_by_label("Bereik van de hulp nu");
    // The combined picture, with counts.
    click(&mut h, "Samen");
    h.get_by_label_contains(
        "Huwelijksdwang en achterlating: hoogste 3, gemiddeld 2,5, belangrijk of zeer urgent bij 2 van 2",
    );
    h.get_by_label_contains("Samen: 25");
}

#[test]
fn arrow_keys_move_through_the_rows_and_the_table_scrolls_with_them() {
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 3, false);
    let mut h = common::window(Settings::default());
    compare(&mut h, &paths);
    // The first row has the focus at once, so the arrow keys work without a Tab.
    assert!(
        h.get_by_role_and_label(Role::ListBoxOption, "Organisatie, antwoorden verschillen")
            .is_focused()
    );
    // Down to the last question: each press selects the next row and keeps it in view.
    let rows = q().questions().count();
    for _ in 0..rows {
        h.key_press(Key::ArrowDown);
        h.run();
    }
    let last = q()
        .questions()
        .last()
        .unwrap()
        .label(behoeftewijzer::lang::Lang::Nl);
    let node = h.get_by_role_and_label(Role::ListBoxOption, last);
    assert!(node.is_focused(), "the last row has the focus");
    // A row is selected, never "checked" (issue 32: Orca said "niet aangevinkt" on each row);
    // only the chosen one is selected.
    let rows: Vec<_> = h.query_all_by_role(Role::ListBoxOption).collect();
    assert!(rows.len() > 3);
    for row in &rows {
        let n = row.accesskit_node();
        assert!(n.toggled().is_none(), "{:?} is a checkbox", n.label());
        assert_eq!(
            n.is_selected(),
            Some(n.label().as_deref() == Some(last)),
            "{:?}",
            n.label()
        );
    }
    h.get_by_role_and_label(Role::Heading, last);
}

#[test]
fn two_versions_of_one_profile_show_what_changed_instead_of_a_combined_picture() {
    let dir = tempfile::tempdir().unwrap();
    let mut old = example();
    old.modified = "2025-03-01T10:00:00Z".into();
    let old_path = dir.path().join("vorig-jaar.ron");
    storage::save(&old_path, &old).unwrap();
    let mut new = example();
    new.modified = "2026-03-01T10:00:00Z".into();
    new.set("organisatie.deelnemers", Some(Answer::Number(40)));
    let new_path = dir.path().join("dit-jaar.ron");
    storage::save(&new_path, &new).unwrap();
    let mut h = common::window(Settings::default());
    compare(&mut h, &[new_path, old_path]);
    click(&mut h, "Wat is er veranderd");
    h.get_by_label_contains("Wat is er veranderd bij Gemeente Voorbeeld");
    h.get_by_label_contains("Aantal deelnemers");
    h.get_by_label("Eerder: 24");
    h.get_by_label("Nu: 40");
    // No regional brief of two versions of one profile; Ctrl+E says why.
    assert!(
        h.query_by_label("Voorbeeld regionale gespreksnotitie")
            .is_none()
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    h.run();
    assert!(
        matches!(h.state().dialog(), Some(Dialog::Message { title, .. }) if title == "Geen regionale notitie"),
        "{:?}",
        h.state().dialog()
    );
}

#[test]
fn the_regional_brief_and_the_table_are_written_from_the_window_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<PathBuf> = (0..3)
        .map(|i| write_profile(dir.path(), i, &format!("Gemeente Regio {i}")))
        .collect();
    let before: Vec<Vec<u8>> = paths.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let mut h = common::window(Settings::default());
    compare(&mut h, &paths);
    click(&mut h, "Voorbeeld regionale gespreksnotitie");
    assert_eq!(h.state().screen(), Screen::RegionalBrief);
    h.get_by_label_contains("Regionale gespreksnotitie — overleg met de Alliantie");
    h.get_by_label("Bijlage 3: Gemeente Regio 2");
    // Export through a typed path.
    click(&mut h, "Regionale gespreksnotitie exporteren…");
    let pdf = dir.path().join("regio.pdf");
    h.get_by_label("Pad van het bestand").focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_label("Pad van het bestand")
        .type_text(&pdf.display().to_string());
    h.run();
    click(&mut h, "Exporteren");
    // The export runs off the window's thread: wait for it as a person would.
    h.state_mut().finish_job();
    h.run();
    assert!(
        matches!(h.state().dialog(), Some(Dialog::Exported { .. })),
        "{:?}",
        h.state().dialog()
    );
    let doc = lopdf::Document::load(&pdf).unwrap();
    let text: String = doc
        .get_pages()
        .keys()
        .map(|n| doc.extract_text(&[*n]).unwrap())
        .collect();
    assert!(text.contains("Organisaties (3)"), "{text}");
    click(&mut h, "Sluiten");
    // The table for a spreadsheet, from the comparison screen.
    click(&mut h, "Terug naar de vergelijking");
    click(&mut h, "Tabel opslaan voor Excel (CSV)…");
    // Typed without an extension: it gets ".csv".
    let csv_path = dir.path().join("tabel.csv");
    h.get_by_label("Pad van het bestand").focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_label("Pad van het bestand")
        .type_text(&dir.path().join("tabel").display().to_string());
    h.run();
    click(&mut h, "Opslaan");
    h.state_mut().finish_job();
    h.run();
    let bytes = std::fs::read(&csv_path).unwrap();
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap();
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(body);
    let header = reader.headers().unwrap().clone();
    assert_eq!(header.len(), 3 + 3);
    assert!(header.get(3).unwrap().starts_with("Gemeente Regio 0"));
    assert_eq!(reader.records().count(), q().questions().count());
    // Comparing wrote nothing into the profiles.
    for (path, bytes) in paths.iter().zip(before) {
        assert_eq!(std::fs::read(path).unwrap(), bytes);
    }
}

#[test]
fn fewer_than_two_readable_profiles_say_why_and_keep_the_open_work() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_profile(dir.path(), 0, "Gemeente Alleen");
    let missing = dir.path().join("bestaat-niet.ron");
    let mut h = common::window(Settings::default());
    click(&mut h, "Nieuw profiel");
    h.get_by_label("Naam van de gemeente of organisatie")
        .focus();
    h.get_by_label("Naam van de gemeente of organisatie")
        .type_text("Mijn gemeente");
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut()
        .run(behoeftewijzer::ui::Command::Goto(Screen::Start), &ctx);
    h.run();
    compare(&mut h, &[a, missing]);
    assert!(
        matches!(h.state().dialog(), Some(Dialog::Message { title, body })
            if title == "Vergelijken is niet gelukt" && body.contains("bestaat-niet.ron")),
        "{:?}",
        h.state().dialog()
    );
    assert_eq!(h.state().screen(), Screen::Start);
    assert!(h.state().document().dirty);
    assert_eq!(
        h.state().profile().text("organisatie.naam"),
        "Mijn gemeente"
    );
}

#[test]
fn with_many_profiles_the_questions_stay_in_place_while_the_columns_scroll_across() {
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 12, true);
    let mut h = common::window(Settings::default());
    compare(&mut h, &paths);
    // Only the columns in view exist: the first profiles, not the last.
    h.get_by_label_contains("Gemeente 00 (");
    assert!(h.query_by_label_contains("Gemeente 11 (").is_none());
    h.get_by_label_contains("Profiel 1 tot");
    // Ctrl with the right arrow on a row scrolls across; the row keeps the focus, and the
    // question column stays.
    h.get_by_label("Organisatie, antwoorden verschillen")
        .focus();
    h.run();
    for _ in 0..12 {
        h.key_press_modifiers(egui::Modifiers::COMMAND, Key::ArrowRight);
        h.run();
    }
    h.get_by_label_contains("Gemeente 11 (");
    assert!(h.query_by_label_contains("Gemeente 00 (").is_none());
    h.get_by_label_contains("van 12. Schuif opzij");
    assert!(
        h.get_by_role_and_label(Role::ListBoxOption, "Organisatie, antwoorden verschillen")
            .is_focused()
    );
    // And back.
    for _ in 0..12 {
        h.key_press_modifiers(egui::Modifiers::COMMAND, Key::ArrowLeft);
        h.run();
    }
    h.get_by_label_contains("Gemeente 00 (");
}

#[test]
fn keyboard_only_from_the_start_screen_to_a_row_of_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 2, false);
    let mut h = common::window(Settings::default());
    h.run();
    // From "Nieuw profiel", past "Profiel openen…", "Voorbeeld bekijken" and the guide's
    // link, four Tabs reach "Profielen vergelijken…".
    for _ in 0..4 {
        h.key_press(Key::Tab);
        h.run();
    }
    assert!(h.get_by_label("Profielen vergelijken…").is_focused());
    h.key_press(Key::Enter);
    h.run();
    // The list of paths has the focus; Ctrl+Enter compares.
    let field = "Paden van de profielen, één per regel (twee of meer)";
    assert!(h.get_by_label(field).is_focused());
    let text: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    h.get_by_label(field).type_text(&text.join("\n"));
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Enter);
    h.run();
    assert_eq!(h.state().screen(), Screen::Compare);
    // The dialog gave the focus back to the table's first row, not to the start screen.
    assert!(
        h.get_by_role_and_label(Role::ListBoxOption, "Organisatie, antwoorden verschillen")
            .is_focused()
    );
    h.key_press(Key::ArrowDown);
    h.run();
    assert!(
        h.get_by_role_and_label(Role::ListBoxOption, "Type organisatie")
            .is_focused()
    );
    h.get_by_role_and_label(Role::Heading, "Type organisatie");
}

#[test]
fn at_200_percent_in_a_small_window_the_focused_row_stays_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 12, true);
    // 800 × 600 pixels at 200 % text: 400 × 300 points.
    let (width, height) = (400.0, 300.0);
    let mut h = zoomed(width, height);
    h.state_mut().compare_paths(&paths);
    h.state_mut().finish_job();
    h.run();
    let on_screen = |h: &Harness<'static, App>| {
        let node = h
            .get_all_by_role(Role::ListBoxOption)
            .find(egui_kittest::Node::is_focused)
            .expect("a row has the focus");
        let r = node.rect();
        // The whole row, inside the window.
        assert!(
            r.min.y >= 0.0 && r.max.y <= height && r.max.x <= width,
            "the focused row is off screen: {r:?}"
        );
    };
    on_screen(&h);
    for _ in 0..10 {
        h.key_press(Key::ArrowDown);
        h.run();
        on_screen(&h);
    }
}

/// Issue 32: at 800 × 600 pixels and 200 % text the table showed two rows below the heading,
/// the buttons and the tabs. The part above now scrolls away when the table has the focus, and
/// the table (header and whole rows) fills most of the window.
#[test]
fn at_800_by_600_and_200_percent_the_table_fills_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 4, false);
    let mut h = common::start().size([800.0, 600.0]).zoom(2.0).build();
    let window = h.ctx.content_rect();
    assert!(window.width() < 450.0, "200 % text: {window:?}");
    h.state_mut().compare_paths(&paths);
    h.state_mut().finish_job();
    for _ in 0..3 {
        h.run();
    }
    let top = h.get_by_label("Bestand").rect().max.y;
    let header = h
        .get_all_by_role(Role::ColumnHeader)
        .map(|n| n.rect())
        .fold(window.max.y, |y, r| y.min(r.min.y));
    let rows: Vec<egui::Rect> = h
        .get_all_by_role(Role::ListBoxOption)
        .map(|n| n.rect())
        .filter(|r| r.min.y >= top && r.max.y <= window.max.y)
        .collect();
    let bottom = rows.iter().fold(header, |y, r| y.max(r.max.y));
    let share = (bottom - header.max(top)) / window.height();
    assert!(
        rows.len() >= 2 && share >= 0.6,
        "the table shows {} whole rows in {:.0} % of the window's height",
        rows.len(),
        share * 100.0
    );
    // Back up from the table: the page follows the focus to the filter and the tabs above.
    for _ in 0..2 {
        h.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
        h.run();
        h.run();
        let focused = h
            .query_all_by(common::is_focused)
            .next()
            .expect("a control has the focus");
        let r = focused.rect();
        assert!(
            r.min.y >= top && r.max.y <= window.max.y,
            "{:?} has the focus off screen at {r:?}",
            focused.accesskit_node().label()
        );
    }
}

#[test]
fn personal_data_in_one_profile_is_named_by_its_file_before_the_regional_brief() {
    let dir = tempfile::tempdir().unwrap();
    let clean = write_profile(dir.path(), 0, "Gemeente Schoon");
    let mut p = example();
    p.set(
        "organisatie.naam",
        Some(Answer::Text("Gemeente Lek".into())),
    );
    // In a field the regional brief prints: the gate reads what leaves (issue 30).
    p.set(
        "organisatie.contact_functie",
        Some(Answer::Text(
            "beleidsadviseur, cliënt met BSN 111222333 is bekend".into(),
        )),
    );
    let leaky = dir.path().join("lek.ron");
    storage::save(&leaky, &p).unwrap();
    let mut h = common::window(Settings::default());
    compare(&mut h, &[clean, leaky]);
    // On the screen: which file, and what kind of data; never the number itself.
    h.get_by_label_contains("Mogelijk persoonsgegevens van inwoners");
    // A list item, named without its bullet.
    let finding = h.get_by_label_contains("lek.ron — ");
    assert_eq!(finding.accesskit_node().role(), Role::ListItem);
    let text = format!("{:?}", finding.accesskit_node().label());
    assert!(!text.contains("111222333"), "{text}");
    // Before the regional brief is written, the app asks, naming the file.
    click(&mut h, "Voorbeeld regionale gespreksnotitie");
    click(&mut h, "Regionale gespreksnotitie exporteren…");
    let Some(Dialog::ExportPrivacy {
        items,
        export: Outgoing::Regional,
    }) = h.state().dialog().cloned()
    else {
        panic!("{:?}", h.state().dialog());
    };
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(items[0].starts_with("lek.ron — "), "{items:?}");
}

#[test]
fn the_tabs_and_the_table_are_one_tab_stop_each() {
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 3, false);
    let mut h = common::window(Settings::default());
    compare(&mut h, &paths);
    let row = "Organisatie, antwoorden verschillen";
    assert!(h.get_by_label(row).is_focused());
    // Back: the filter, the chosen tab, then the choice of the convenor, then the buttons.
    let mut back = Vec::new();
    for _ in 0..3 {
        h.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
        h.run();
        // The method itself does not fit `query_all_by`'s lifetimes.
        #[expect(clippy::redundant_closure_for_method_calls)]
        let focused = h
            .query_all_by(|n| n.is_focused())
            .next()
            .and_then(|n| n.accesskit_node().label());
        back.push(focused.unwrap_or_default());
    }
    assert_eq!(
        back,
        [
            "Alleen verschillen (8 van 53 vragen)",
            "Antwoorden",
            "Aanspreekpunt voor de alliantie: Gemeente 0"
        ]
    );
    // All the way round: every control once, the rows and the tabs once each.
    h.key_press(Key::Tab);
    h.run();
    h.key_press(Key::Tab);
    h.run();
    h.key_press(Key::Tab);
    h.run();
    assert!(h.get_by_label(row).is_focused());
    let mut stops = 0;
    loop {
        h.key_press(Key::Tab);
        h.run();
        stops += 1;
        if h.get_by_label(row).is_focused() || stops > 40 {
            break;
        }
    }
    // The menu (5), the four buttons, the convenor, the tabs, the filter and the table.
    assert_eq!(stops, 13);
}

#[test]
fn f1_on_the_comparison_opens_its_chapter_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 2, false);
    for (lang, title) in [
        (behoeftewijzer::lang::Lang::Nl, "Profielen vergelijken"),
        (behoeftewijzer::lang::Lang::En, "Comparing profiles"),
    ] {
        let mut h = common::window(Settings::default());
        let ctx = h.ctx.clone();
        h.state_mut()
            .run(behoeftewijzer::ui::Command::SetLang(lang), &ctx);
        h.state_mut().compare_paths(&paths);
        h.state_mut().finish_job();
        h.run();
        h.key_press(Key::F1);
        h.run();
        assert!(matches!(h.state().screen(), Screen::Guide(_)));
        // Drawn whole, pictures included (a glyph the font lacks would fail the frame).
        h.get_by_role_and_label(Role::Heading, title);
        h.run();
    }
}

#[test]
fn a_profile_of_an_older_questionnaire_is_compared_with_a_current_one() {
    let dir = tempfile::tempdir().unwrap();
    let old = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/profile-format-1.ron");
    let current = write_profile(dir.path(), 2, "Gemeente Nieuw");
    let mut h = common::window(Settings::default());
    compare(&mut h, &[old, current]);
    assert_eq!(h.state().screen(), Screen::Compare);
    assert_eq!(h.state().comparison().unwrap().entries.len(), 2);
    assert!(h.query_by_label_contains("Overgeslagen").is_none());
    h.get_by_label_contains("Gemeente Voorbeeld (");
    h.get_by_label_contains("Gemeente Nieuw (");
    // Its needs are derived as for a current profile.
    click(&mut h, "Samen");
    h.get_by_label_contains("Huwelijksdwang en achterlating: hoogste 3");
}

#[test]
fn a_huge_paste_of_paths_compares_the_readable_ones_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = region(dir.path(), 2, false);
    // 3,000 lines that are no profile: pasted from a spreadsheet, say.
    paths.extend((0..3000).map(|i| dir.path().join(format!("rij-{i}.ron"))));
    let mut h = common::window(Settings::default());
    compare(&mut h, &paths);
    assert_eq!(h.state().screen(), Screen::Compare);
    assert_eq!(h.state().comparison().unwrap().entries.len(), 2);
    // Five named, the rest counted: the table keeps its place on the screen.
    assert_eq!(h.query_all_by_label_contains("Overgeslagen:").count(), 5);
    h.get_by_label("En nog 2995 bestanden overgeslagen.");
    assert!(
        h.get_by_label("Organisatie, antwoorden verschillen")
            .is_focused()
    );
    // Nothing readable at all: one message, ten named, the rest counted.
    let mut h = common::window(Settings::default());
    compare(&mut h, &paths[2..]);
    let Some(Dialog::Message { body, .. }) = h.state().dialog().cloned() else {
        panic!("{:?}", h.state().dialog());
    };
    assert_eq!(body.matches("rij-").count(), 10, "{body}");
    assert!(body.contains("En nog 2990 bestanden die niet te lezen zijn."));
}

#[test]
fn a_screen_reader_hears_each_rows_answers_with_the_row() {
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 2, false);
    let mut h = common::window(Settings::default());
    compare(&mut h, &paths);
    let row = h.get_by_role_and_label(Role::ListBoxOption, "Type organisatie");
    assert_eq!(
        row.accesskit_node().description(),
        Some("Gemeente 0: Gemeente (beleid); Gemeente 1: Gemeente (beleid)".to_owned())
    );
    // With more than ten profiles, the first ten, then a count.
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 12, true);
    let mut h = common::window(Settings::default());
    compare(&mut h, &paths);
    let row = h.get_by_role_and_label(Role::ListBoxOption, "Organisatie, antwoorden verschillen");
    let description = row.accesskit_node().description().unwrap();
    assert!(
        description.starts_with("Gemeente 00: Gemeente 00; Gemeente 01: Gemeente 01;"),
        "{description}"
    );
    assert!(
        description.ends_with("Gemeente 09: Gemeente 09; en nog 2 profielen, onder de tabel"),
        "{description}"
    );
}

#[test]
fn the_regional_brief_is_built_once_not_every_frame() {
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 3, false);
    let mut h = common::window(Settings::default());
    compare(&mut h, &paths);
    click(&mut h, "Voorbeeld regionale gespreksnotitie");
    let first = h.state().regional_brief().unwrap();
    for _ in 0..20 {
        h.step();
    }
    let later = h.state().regional_brief().unwrap();
    assert!(
        std::rc::Rc::ptr_eq(&first, &later),
        "built again while idle"
    );
    // Another language of the brief: built again, in that language.
    let ctx = h.ctx.clone();
    h.state_mut().run(
        behoeftewijzer::ui::Command::SetBriefLang(behoeftewijzer::lang::Lang::En),
        &ctx,
    );
    h.run();
    let english = h.state().regional_brief().unwrap();
    assert!(!std::rc::Rc::ptr_eq(&first, &english));
    assert_eq!(english.lang, behoeftewijzer::lang::Lang::En);
    h.get_by_label_contains("Regional consultation brief — meeting with the Alliantie");
}

#[test]
fn a_long_list_of_paths_keeps_the_compare_button_in_view_at_200_percent() {
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 12, true);
    // 1100 × 760 pixels at 200 % text: 550 × 380 points.
    let (width, height) = (550.0, 380.0);
    let mut h = zoomed(width, height);
    click(&mut h, "Profielen vergelijken…");
    let field = "Paden van de profielen, één per regel (twee of meer)";
    let text: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    h.get_by_label(field).focus();
    h.get_by_label(field).type_text(&text.join("\n"));
    h.run();
    let button = h.get_by_label("Vergelijken").rect();
    assert!(
        button.min.y >= 0.0 && button.max.y <= height,
        "the button is off screen: {button:?}"
    );
    h.get_by_label("Vergelijken").click_accesskit();
    // The page scrolls to the first row, animated, over a few frames.
    h.run_steps(10);
    assert_eq!(
        h.state().comparison().map(|c| c.entries.len()),
        Some(12),
        "{:?}",
        h.state().dialog()
    );
}

/// Issue 19, item 8: three copies of one profile (one organisation, one date) get column
/// headings that say which file, and *Samen* counts them once and says so.
#[test]
fn copies_of_one_profile_are_told_apart_and_counted_once() {
    let dir = tempfile::tempdir().unwrap();
    let example = profiles::example_path();
    let paths: Vec<PathBuf> = ["a.ron", "b.ron", "c.ron"]
        .iter()
        .map(|name| {
            let path = dir.path().join(name);
            std::fs::copy(&example, &path).unwrap();
            path
        })
        .collect();
    let mut h = common::window(Settings::default());
    h.run();
    compare(&mut h, &paths);
    assert_eq!(h.state().screen(), Screen::Compare);
    let headings: Vec<String> = h
        .query_all_by_role(Role::ColumnHeader)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.starts_with("Gemeente"))
        .collect();
    assert_eq!(headings.len(), 3, "{headings:?}");
    for (heading, file) in headings.iter().zip(["a.ron", "b.ron", "c.ron"]) {
        assert!(heading.ends_with(file), "{heading}");
    }
    click(&mut h, "Samen");
    h.get_by_role_and_label(Role::Heading, "Eén keer geteld");
    let once = h
        .query_all_by(|n| {
            n.value()
                .or_else(|| n.label())
                .is_some_and(|t| t.contains("is hetzelfde profiel als"))
        })
        .count();
    assert_eq!(once, 2, "two of the three copies are named as counted once");
    // The participants of one profile, not three times as many.
    h.get_by(|n| {
        n.value()
            .or_else(|| n.label())
            .is_some_and(|t| t.ends_with("Samen: 24"))
    });
}

/// Issue 31, item 7: the convenor is chosen in the window (a labelled combo box a screen
/// reader reads with its value), not simply the first file, and the regional brief follows
/// the choice.
#[test]
fn the_convenor_is_chosen_in_the_window_and_the_regional_brief_follows() {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<PathBuf> = (0..3)
        .map(|i| write_profile(dir.path(), i, &format!("Gemeente Regio {i}")))
        .collect();
    let mut h = common::window(Settings::default());
    compare(&mut h, &paths);
    let point_of_contact = |h: &Harness<'static, App>| -> String {
        let brief = h.state().regional_brief().unwrap();
        brief
            .blocks
            .iter()
            .find_map(|b| match b {
                behoeftewijzer::brief::Block::Table(rows) => rows
                    .iter()
                    .find(|(k, _)| k == "Aanspreekpunt")
                    .map(|(_, v)| v.clone()),
                _ => None,
            })
            .unwrap()
    };
    assert!(point_of_contact(&h).starts_with("Gemeente Regio 0"));
    // The combo box by its label, with the organisation chosen as its value and in its name
    // (Orca 43 speaks the name, not the value).
    let combo = h.get_by_label("Aanspreekpunt voor de alliantie: Gemeente Regio 0");
    assert_eq!(combo.value().as_deref(), Some("Gemeente Regio 0"));
    combo.click();
    h.run();
    click(&mut h, "Gemeente Regio 2");
    assert_eq!(h.state().comparison().unwrap().state.convenor, 2);
    assert!(
        point_of_contact(&h).starts_with("Gemeente Regio 2"),
        "{}",
        point_of_contact(&h)
    );
}

/// Issue 32, item 3: on *Samen* the first Tab after the tabs goes into the joint picture (it
/// went to the menu bar), and the arrow keys read it part by part and line by line.
#[test]
fn the_joint_picture_is_read_line_by_line_with_the_arrow_keys() {
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 3, false);
    let mut h = common::window(Settings::default());
    compare(&mut h, &paths);
    let focused = |h: &Harness<'static, App>| {
        h.query_by(common::is_focused)
            .map_or((Role::Unknown, String::new()), |n| {
                let n = n.accesskit_node();
                (n.role(), n.label().unwrap_or_default())
            })
    };
    // As a keyboard user: from the first row back to the tabs, → to *Samen*, then Tab.
    for _ in 0..4 {
        if focused(&h).0 == Role::Tab {
            break;
        }
        h.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
        h.run();
    }
    assert_eq!(focused(&h).0, Role::Tab, "{:?}", focused(&h));
    for _ in 0..2 {
        h.key_press(Key::ArrowRight);
        h.run();
    }
    assert_eq!(focused(&h), (Role::Tab, "Samen".to_owned()));
    h.key_press(Key::Tab);
    h.run();
    let (role, label) = focused(&h);
    assert_eq!(role, Role::Heading, "Tab from Samen went to {label:?}");
    let mut read = vec![label];
    for _ in 0..12 {
        h.key_press(Key::ArrowDown);
        h.run();
        read.push(focused(&h).1);
    }
    assert!(read.iter().all(|l| !l.is_empty()), "{read:#?}");
    for pair in read.windows(2) {
        assert_ne!(pair[0], pair[1], "the reading stood still: {read:#?}");
    }
}

/// Issue 32: in the real window, → pressed twice quickly on the view tabs threw the focus to
/// the button beside the last tab. The second press came in the frame after the focus had
/// moved to the next tab, before the app could hold the arrows for it, so egui moved the focus
/// in the arrow's direction as well.
#[test]
fn arrows_pressed_quickly_on_the_tabs_keep_the_focus_on_the_tabs() {
    let dir = tempfile::tempdir().unwrap();
    let paths = region(dir.path(), 3, false);
    let mut h = common::window(Settings::default());
    compare(&mut h, &paths);
    h.get_by_label("Antwoorden").focus();
    h.run();
    for expected in ["Behoeften per profiel", "Samen", "Samen", "Samen"] {
        common::press_quickly(&mut h, Key::ArrowRight);
        let node = h.query_by(common::is_focused).map(|n| {
            let n = n.accesskit_node();
            (n.role(), n.label().unwrap_or_default())
        });
        assert_eq!(node, Some((Role::Tab, expected.to_owned())));
    }
}
