//! The window, driven as a user would through `egui_kittest`: by the labels a screen reader reads.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::{click, replace_text};

use std::path::Path;

use behoeftewijzer::app::{App, Settings};
use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::flow;
use behoeftewijzer::model::{Answer, Kind, Question};
use behoeftewijzer::storage;
use behoeftewijzer::ui::Screen;
use behoeftewijzer::ui::modal::{Dialog, Outgoing, Pending};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use common::profiles;
use profiles::q;

fn type_into(h: &mut Harness<'static, App>, label: &str, text: &str) {
    let node = h.get_by_label(label);
    node.focus();
    node.type_text(text);
    h.run();
}

/// Answers one question through the window, as a person would.
fn answer(h: &mut Harness<'static, App>, question: &Question, lang: Lang) {
    let text = question.text.get(lang);
    match &question.kind {
        Kind::Text => type_into(h, text, &format!("Antwoord {}", question.id)),
        Kind::LongText => type_into(
            h,
            text,
            &format!("Toelichting bij {}\nTweede regel", question.id),
        ),
        Kind::Number { .. } => type_into(h, text, "25"),
        Kind::SingleChoice { .. } => {
            let choice = question.kind.choices()[0].text.get(lang);
            h.get_by_role_and_label(Role::RadioGroup, text)
                .get_by_label(choice)
                .click_accesskit();
            h.run();
        }
        Kind::Scale { max, .. } => {
            let point = behoeftewijzer::words::text::scale_option_text(&question.kind, *max, lang);
            h.get_by_role_and_label(Role::RadioGroup, text)
                .get_by_label(&point)
                .click_accesskit();
            h.run();
        }
        Kind::MultiChoice { .. } => {
            for choice in &question.kind.choices()[..2] {
                let ticked = matches!(h.state().profile().answer(&question.id),
                    Some(Answer::Choices { ids, .. }) if ids.contains(&choice.id));
                if !ticked {
                    h.get_by_role_and_label(Role::Group, text)
                        .get_by_label(choice.text.get(lang))
                        .click_accesskit();
                    h.run();
                }
            }
        }
    }
}

/// Walks all eight sections with Next, answering every visible question.
fn fill_in_everything(h: &mut Harness<'static, App>) {
    click(h, "Nieuw profiel");
    assert_eq!(h.state().screen(), Screen::Section(0));
    for (index, section) in q().sections().iter().enumerate() {
        assert_eq!(h.state().screen(), Screen::Section(index));
        for question in &section.questions {
            // Visibility follows the answers given so far.
            if flow::is_visible(question, q(), h.state().profile()) {
                answer(h, question, Lang::Nl);
            }
        }
        let progress = flow::section_progress(q(), h.state().profile(), index);
        assert!(
            progress.is_complete(),
            "section {} incomplete: {progress:?}",
            section.id
        );
        let next = if index + 1 == q().sections().len() {
            "Naar overzicht"
        } else {
            "Volgende"
        };
        click(h, next);
    }
    assert_eq!(h.state().screen(), Screen::Review);
}

#[test]
fn answer_every_question_review_switch_language_save_and_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = common::window(Settings::default());
    fill_in_everything(&mut h);

    // Progress reached 100 %, and the window says so.
    assert!(flow::total_progress(q(), h.state().profile()).is_complete());
    h.get_by_label("Verplichte vragen klaar · 100 % van alle vragen");
    // Conditional follow-ups showed, because every theme was rated "zeer urgent".
    assert!(h.state().profile().answer("huwelijksdwang.vraag").is_some());
    // The review lists the answers and nothing missing.
    h.get_by_label("Overzicht van je antwoorden");
    h.get_by_label("Alle verplichte vragen zijn ingevuld.");
    h.get_by_label("Antwoord organisatie.naam");
    h.get_by_label("Gemeente (beleid)");

    // Switch to English: interface and questionnaire change, the answers stay.
    let before = h.state().profile().answers.clone();
    click(&mut h, "Taal / Language");
    click(&mut h, "English");
    assert_eq!(h.state().lang(), Lang::En);
    h.get_by_label("Overview of your answers");
    h.get_by_label("Municipality (policy)");
    h.get_by_label("Antwoord organisatie.naam");
    assert_eq!(h.state().profile().answers, before);

    // Save with Ctrl+S: no file dialog here, so the window asks for a path.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::Path { .. })));
    let path = dir.path().join("profiel.ron");
    replace_text(&mut h, "Path of the file", &path.display().to_string());
    click(&mut h, "Save");
    assert!(path.exists(), "not saved to {}", path.display());
    assert!(!h.state().document().dirty);
    assert!(!h.state().window_title().starts_with('*'));

    // A fresh app opens the file and finds the same answers.
    let mut fresh = common::window(Settings::default());
    click(&mut fresh, "Profiel openen…");
    replace_text(
        &mut fresh,
        "Pad van het bestand",
        &path.display().to_string(),
    );
    click(&mut fresh, "Openen");
    assert_eq!(fresh.state().profile().answers, before);
    assert_eq!(
        fresh.state().document().path.as_deref(),
        Some(path.as_path())
    );
    click(&mut fresh, "8. Je vragen en de planning van het overleg");
    fresh.get_by_value("Toelichting bij overleg.resultaat\nTweede regel");
}

#[test]
fn conditional_questions_follow_the_answers_and_hidden_answers_are_kept() {
    let mut h = common::window(Settings::default());
    click(&mut h, "Nieuw profiel");
    click(&mut h, "4. Huwelijksdwang en achterlating");
    let priority = "Hoe belangrijk is huwelijksdwang nu voor je?";
    let follow_up = "Je vraag aan de alliantie over huwelijksdwang";
    assert!(h.query_by_label(follow_up).is_none());
    h.get_by_role_and_label(Role::RadioGroup, priority)
        .get_by_label("2 – Belangrijk")
        .click_accesskit();
    h.run();
    type_into(&mut h, follow_up, "Hoe betrekken we scholen?");
    // Back to 0: the follow-ups disappear, the answer stays and the review says so.
    h.get_by_role_and_label(Role::RadioGroup, priority)
        .get_by_label("0 – Niet relevant")
        .click_accesskit();
    h.run();
    assert!(h.query_by_label(follow_up).is_none());
    assert_eq!(
        h.state().profile().text("huwelijksdwang.vraag"),
        "Hoe betrekken we scholen?"
    );
    click(&mut h, "Overzicht");
    h.get_by_label("Bewaarde antwoorden bij vragen die nu verborgen zijn");
    h.get_by_label("Hoe betrekken we scholen?");
}

#[test]
fn other_namely_opens_a_text_field() {
    let mut h = common::window(Settings::default());
    click(&mut h, "Nieuw profiel");
    let group = "Type organisatie";
    h.get_by_role_and_label(Role::RadioGroup, group)
        .get_by_label("Anders, namelijk…")
        .click_accesskit();
    h.run();
    // The field is named after its option, so a screen reader says what to type.
    let fields = h.get_all_by_role(Role::TextInput).count();
    assert!(fields >= 1);
    let field = h
        .get_by_role_and_label(Role::RadioGroup, group)
        .get_by_role(Role::TextInput);
    field.focus();
    field.type_text("Bibliotheek");
    h.run();
    assert_eq!(
        h.state().profile().answer("organisatie.type"),
        Some(&Answer::Choice {
            id: "anders".into(),
            other: Some("Bibliotheek".into())
        })
    );
}

#[test]
fn the_keyboard_alone_answers_a_question_and_saves() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = common::window(Settings::default());
    click(&mut h, "Nieuw profiel");
    // A new profile starts with the focus on its title; Tab leads to the first question.
    assert!(
        h.get_by_role_and_label(Role::Heading, "Je organisatie")
            .is_focused()
    );
    h.key_press(Key::Tab);
    h.run();
    let name = "Naam van de gemeente of organisatie";
    assert!(
        h.get_by_label(name).is_focused(),
        "the first question should have the focus"
    );
    h.get_by_label(name).type_text("Gemeente Toetsenbord");
    h.run();
    // Tab on to the first option of "Type organisatie" and choose it with Space.
    let mut chosen = false;
    for _ in 0..20 {
        h.key_press(Key::Tab);
        h.run();
        if h.get_by_label("Gemeente (beleid)").is_focused() {
            h.key_press(Key::Space);
            h.run();
            chosen = true;
            break;
        }
    }
    assert!(chosen, "Tab never reached the first option");
    assert_eq!(
        h.state().profile().answer("organisatie.type"),
        Some(&Answer::Choice {
            id: "gemeente".into(),
            other: None
        })
    );
    assert_eq!(
        h.state().profile().text("organisatie.naam"),
        "Gemeente Toetsenbord"
    );
    // Ctrl+S, type the path, Enter.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run();
    let path = dir.path().join("toetsenbord.ron");
    let field = h.get_by_label("Pad van het bestand");
    assert!(field.is_focused(), "the path field should take the focus");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    field.type_text(&path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(path.exists(), "dialog: {:?}", h.state().dialog());
    assert!(!h.state().document().dirty);
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut h = common::window(Settings::default());
    click(&mut h, "Nieuw profiel");
    type_into(
        &mut h,
        "Naam van de gemeente of organisatie",
        "Gemeente Voorbeeld",
    );
    assert!(h.state().document().dirty);
    assert!(h.state().window_title().starts_with('*'));
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run();
    assert_eq!(
        h.state().dialog(),
        Some(&Dialog::Unsaved {
            then: Pending::Quit
        })
    );
    // The name field behind had the focus; the dialog takes it, so Enter answers the dialog.
    assert!(
        h.get_by_label("Opslaan").is_focused(),
        "the dialog's first button should have the focus"
    );
    h.get_by_label("Wijzigingen opslaan?");
    click(&mut h, "Annuleren");
    assert_eq!(h.state().dialog(), None);
    assert_eq!(
        h.state().profile().text("organisatie.naam"),
        "Gemeente Voorbeeld"
    );

    // New profile with unsaved work also asks; "Niet opslaan" goes on.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::N);
    h.run();
    assert_eq!(
        h.state().dialog(),
        Some(&Dialog::Unsaved { then: Pending::New })
    );
    click(&mut h, "Niet opslaan");
    assert_eq!(h.state().profile().text("organisatie.naam"), "");
}

fn put_text(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

#[test]
fn a_damaged_file_is_explained_and_the_open_work_stays() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("kapot.ron");
    put_text(
        &bad,
        "(format_version: 1, questionnaire_version: 1,\n  app_version: \"0.1.0\" created: \"x\")",
    );
    let mut h = common::window(Settings::default());
    click(&mut h, "Nieuw profiel");
    type_into(
        &mut h,
        "Naam van de gemeente of organisatie",
        "Gemeente Voorbeeld",
    );
    h.state_mut().open_path(&bad);
    h.run();
    let Some(Dialog::Message { title, body }) = h.state().dialog().cloned() else {
        panic!("no message shown: {:?}", h.state().dialog());
    };
    assert_eq!(title, "Openen is niet gelukt");
    assert!(body.contains("regel 2, kolom"), "{body}");
    assert!(
        body.ends_with(&bad.display().to_string()),
        "path last: {body}"
    );
    h.get_by_label("Openen is niet gelukt");
    click(&mut h, "OK");
    assert_eq!(
        h.state().profile().text("organisatie.naam"),
        "Gemeente Voorbeeld"
    );
    assert!(h.state().document().dirty);
}

/// Roles a user acts on: each needs a name a screen reader can say.
fn interactive(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::MenuItem
            | Role::MenuItemRadio
            | Role::MenuItemCheckBox
            | Role::CheckBox
            | Role::RadioButton
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::Link
            | Role::ComboBox
            | Role::Slider
            | Role::SpinButton
            | Role::Tab
    )
}

/// Every interactive node on the current screen has a non-empty name; returns how many.
fn assert_every_control_is_named(h: &Harness<'static, App>, screen: &str) -> usize {
    let mut count = 0;
    for node in h.query_all_by(|n| interactive(n.role())) {
        count += 1;
        let node = node.accesskit_node();
        let name = node.label().unwrap_or_default();
        assert!(
            !name.trim().is_empty(),
            "{screen}: a {:?} without a name",
            node.role()
        );
    }
    count
}

#[test]
fn every_section_is_reachable_and_every_control_is_named() {
    // Visit every screen with every theme switched on, so every question is drawn at least
    // once, and check every button, field, box, link and menu item for a name.
    let mut h = common::window(Settings {
        lang: Lang::En,
        ..Settings::default()
    });
    h.run();
    let mut controls = assert_every_control_is_named(&h, "start");
    click(&mut h, "New profile");
    for (index, _) in q().sections().iter().enumerate() {
        let label = behoeftewijzer::ui::nav::section_label(q(), index, Lang::En);
        click(&mut h, &label);
        assert_eq!(h.state().screen(), Screen::Section(index));
        for question in &q().sections()[index].questions {
            if matches!(question.kind, Kind::Scale { .. }) && question.id.ends_with(".prioriteit") {
                answer(&mut h, question, Lang::En);
            }
        }
        controls += assert_every_control_is_named(&h, &label);
    }
    for screen in ["Overview", "Needs profile", "Consultation brief preview"] {
        click(&mut h, screen);
        controls += assert_every_control_is_named(&h, screen);
    }
    // The menus, open.
    for menu in ["File", "Go", "View", "Taal / Language"] {
        click(&mut h, menu);
        controls += assert_every_control_is_named(&h, menu);
        h.key_press(Key::Escape);
        h.run();
    }
    assert!(controls > 200, "only {controls} controls checked");
}

#[test]
fn text_scales_with_the_keyboard_and_the_view_menu() {
    let mut h = common::window(Settings::default());
    h.run();
    let before = h.ctx.zoom_factor();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Plus);
    h.run();
    let larger = h.ctx.zoom_factor();
    assert!(larger > before, "{before} → {larger}");
    click(&mut h, "Beeld");
    // Menu entries carry their shortcut in their name: "Normale tekstgrootte Ctrl+0".
    h.get_by_label_contains("Normale tekstgrootte")
        .click_accesskit();
    h.run();
    assert!((h.ctx.zoom_factor() - 1.0).abs() < f32::EPSILON);
}

#[test]
fn the_needs_profile_screen_shows_advice_partners_agenda_and_follows_changes() {
    let mut h = common::window(Settings::default());
    fill_in_everything(&mut h);
    click(&mut h, "Naar behoefteprofiel");
    assert_eq!(h.state().screen(), Screen::Needs);
    // Every theme was rated 3, the staff are experienced, and the basic training was chosen:
    // the choice stands, and the answers point to a combination as well.
    h.get_by_label_contains(
        "Je koos: Basistraining. Die keuze blijft staan. Je antwoorden wijzen ook op: Een combinatie, op maat met nadruk op huwelijksdwang en LHBT.",
    );
    h.get_by_label_contains("In de aankondiging van 15 februari 2021 bood de alliantie");
    // The picture says its values to a screen reader too.
    h.get_by_role_and_label(
        Role::Meter,
        "Huwelijksdwang en achterlating: 3 – Zeer urgent",
    );
    h.get_by_role_and_label(
        Role::Meter,
        "Bereik van de hulp nu: 5 van 5 (1 = nauwelijks, 5 = goed)",
    );
    // Turkish and Kurdish communities, and forced marriage at 3.
    for partner in [
        "Movisie",
        "IOT (Inspraakorgaan Turken)",
        "HTIB (Turkse Arbeidersvereniging in Nederland)",
        "Stichting Kezban",
        "LKHA (Landelijk Knooppunt Huwelijksdwang en Achterlating)",
    ] {
        h.get_by_label(partner);
    }
    assert!(
        h.query_by_label("Landelijke Werkgroep Mudawwanah")
            .is_none()
    );
    // 25 minutes hold three items at most (issue 31): the fixed ones taken together, and the
    // themes, all at 3, in one item.
    h.get_by_label_contains("2. Huwelijksdwang en achterlating; huiselijk en eergerelateerd");
    h.get_by_label_contains(
        "3. De training, samenwerking met zelforganisaties en vervolgafspraken — 10 min",
    );
    // The officer gave the meeting 25 minutes.
    h.get_by_label("Voorstel voor de agenda (25 minuten)");

    // Copy the e-mail: it goes to the clipboard with the answers in it.
    h.get_by_label("Kopieer tekst").click_accesskit();
    let copied = common::copied(&mut h).unwrap_or_default();
    assert!(copied.contains("Aantal deelnemers: 25"), "{copied}");
    assert!(copied.contains("Aan: e.leeuwis@movisie.nl"), "{copied}");

    // Another address changes the greeting.
    replace_text(&mut h, "Aan", "info@example.org");
    // The address belongs to the answers: kept in the file, so the brief is the same anywhere.
    assert_eq!(h.state().profile().mail_to, "info@example.org");
    assert!(h.state().document().dirty);
    h.get_by_label_contains("Beste medewerker van de alliantie,");

    // Change an answer: no more Turkish community, so IOT goes; the screen follows.
    click(&mut h, "2. Inwoners en signalen");
    h.get_by_role_and_label(Role::Group, "Welke gemeenschappen met een migratie- of vluchtelingenachtergrond wonen in je werkgebied?")
        .get_by_label("Turks")
        .click_accesskit();
    h.run();
    click(&mut h, "Behoefteprofiel");
    assert!(h.query_by_label("IOT (Inspraakorgaan Turken)").is_none());
    h.get_by_label("HTIB (Turkse Arbeidersvereniging in Nederland)");
}

#[test]
fn export_the_brief_from_the_preview_and_with_missing_answers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = common::window(Settings::default());
    fill_in_everything(&mut h);
    click(&mut h, "Voorbeeld gespreksnotitie");
    assert_eq!(h.state().screen(), Screen::Brief);
    h.get_by_label("Gespreksnotitie — overleg met de Alliantie Verandering van Binnenuit");
    h.get_by_label("1. Aanleiding");
    h.get_by_label("Bijlage A: antwoorden op de vragenlijst");
    assert!(h.query_by_label("Bijlage C: aanmeldmail").is_none());
    // The e-mail as an appendix, when asked for; remembered.
    h.get_by_label("E-mail als bijlage toevoegen")
        .click_accesskit();
    h.run();
    assert!(h.state().settings().brief_email);
    h.get_by_label("Bijlage C: aanmeldmail");
    // The brief in English while the interface stays Dutch.
    h.get_by_role_and_label(Role::RadioGroup, "Taal van de notitie")
        .get_by_label("English")
        .click_accesskit();
    h.run();
    h.get_by_label("1. Why we ask for this meeting");
    assert_eq!(h.state().lang(), Lang::Nl);

    click(&mut h, "Gespreksnotitie exporteren…");
    let Some(Dialog::Path { text, .. }) = h.state().dialog().cloned() else {
        panic!("no path asked: {:?}", h.state().dialog());
    };
    assert!(
        Path::new(&text).extension().is_some_and(|e| e == "pdf")
            && text.contains("Consultation brief Antwoord organisatienaam"),
        "{text}"
    );
    let path = dir.path().join("notitie.pdf");
    replace_text(&mut h, "Pad van het bestand", &path.display().to_string());
    click(&mut h, "Exporteren");
    // The export runs off the window's thread: wait for it as a person would.
    h.state_mut().finish_job();
    h.run();
    assert!(
        matches!(h.state().dialog(), Some(Dialog::Exported { .. })),
        "{:?}",
        h.state().dialog()
    );
    h.get_by_label("Gespreksnotitie klaar");
    let bytes = std::fs::read(&path).unwrap_or_default();
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    click(&mut h, "Sluiten");

    // A new profile misses required answers: the app says which before exporting.
    click(&mut h, "Bestand");
    h.get_by(|n| {
        n.label()
            .is_some_and(|l| l.starts_with("Nieuw profiel") && !l.contains("op basis"))
    })
    .click_accesskit();
    h.run();
    click(&mut h, "Niet opslaan");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    h.run();
    let Some(Dialog::ExportMissing { items }) = h.state().dialog().cloned() else {
        panic!("missing answers not named: {:?}", h.state().dialog());
    };
    assert!(
        items
            .iter()
            .any(|i| i.ends_with("Naam van de gemeente of organisatie")),
        "{items:?}"
    );
    let item = h.get_by_label("Je organisatie › Naam van de gemeente of organisatie");
    assert_eq!(item.accesskit_node().role(), Role::ListItem);
    // The list is read with the button that has the focus (issue 32): every open question.
    let anyway = h.get_by_label("Toch exporteren");
    assert!(anyway.accesskit_node().is_focused());
    let description = anyway.accesskit_node().description().unwrap_or_default();
    for i in &items {
        assert!(
            description.contains(i.as_str()),
            "{i} not in {description:?}"
        );
    }
    click(&mut h, "Toch exporteren");
    assert!(matches!(h.state().dialog(), Some(Dialog::Path { .. })));
}

#[test]
fn the_privacy_guard_notices_while_typing_and_before_export() {
    let mut h = common::window(Settings::default());
    click(&mut h, "Nieuw profiel");
    click(&mut h, "2. Inwoners en signalen");
    type_into(
        &mut h,
        "Toelichting",
        "Mevrouw belt vaak vanaf 06-87654321.",
    );
    h.get_by_label(
        "Let op: dit lijkt op een telefoonnummer (06-87654321). Noteer geen persoonsgegevens van inwoners.",
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    h.run();
    click(&mut h, "Toch exporteren");
    let Some(Dialog::ExportPrivacy {
        items,
        export: Outgoing::Brief,
    }) = h.state().dialog().cloned()
    else {
        panic!("no privacy check: {:?}", h.state().dialog());
    };
    assert_eq!(
        items,
        ["Inwoners en signalen › Toelichting: telefoonnummer"]
    );
    click(&mut h, "Terug om aan te passen");
    assert_eq!(h.state().dialog(), None);
    // Take it out: the notice goes.
    replace_text(&mut h, "Toelichting", "Mevrouw belt vaak.");
    assert!(h.query_by_label_contains("Let op: dit lijkt op").is_none());
}

#[test]
fn idle_frames_derive_nothing_and_a_change_derives_once() {
    let mut h = common::start().example().build();
    for screen in [
        "Behoefteprofiel",
        "Voorbeeld gespreksnotitie",
        "1. Je organisatie",
    ] {
        click(&mut h, screen);
        let before = h.state().derivations();
        let brief = h.state().brief();
        for _ in 0..100 {
            h.step();
        }
        assert_eq!(
            h.state().derivations(),
            before,
            "{screen}: idle frames derived the needs, findings or progress again"
        );
        assert!(
            std::rc::Rc::ptr_eq(&brief, &h.state().brief()),
            "{screen}: idle frames built the brief again"
        );
    }
    // One change: derived once more, and the screen follows it.
    let before = h.state().derivations();
    let brief = h.state().brief();
    replace_text(
        &mut h,
        "Naam van de gemeente of organisatie",
        "Gemeente Anders",
    );
    let after = h.state().derivations();
    assert!(after > before, "a change was not derived");
    let changed = h.state().brief();
    assert!(
        !std::rc::Rc::ptr_eq(&brief, &changed),
        "the brief missed a change"
    );
    assert!(
        changed.title.contains("Gemeente Anders")
            || behoeftewijzer::brief::content::to_text(&changed).contains("Gemeente Anders"),
        "the brief does not show the change"
    );
    for _ in 0..100 {
        h.step();
    }
    assert_eq!(h.state().derivations(), after);
}

#[test]
fn a_typed_path_over_an_existing_file_asks_before_replacing_it() {
    // Issue 10, item 5: the typed-path Save as wrote over another file without a question.
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("van-een-collega.ron");
    std::fs::write(&other, "het werk van iemand anders").unwrap();
    let mut h = common::window(Settings::default());
    click(&mut h, "Nieuw profiel");
    h.get_by_label("Naam van de gemeente of organisatie")
        .focus();
    h.run();
    h.get_by_label("Naam van de gemeente of organisatie")
        .type_text("Gemeente Eigen");
    h.run();
    let save_to = |h: &mut Harness<'static, App>| {
        h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
        h.run();
        let field = h.get_by_label("Pad van het bestand");
        field.focus();
        h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
        h.get_by_label("Pad van het bestand")
            .type_text(&other.display().to_string());
        h.run();
        h.key_press(Key::Enter);
        h.run();
    };
    save_to(&mut h);
    h.get_by_label("Dit bestand bestaat al");
    // The safe choice has the focus: Enter keeps the other file.
    assert!(h.get_by_label("Andere naam kiezen").is_focused());
    click(&mut h, "Andere naam kiezen");
    assert!(matches!(h.state().dialog(), Some(Dialog::Path { .. })));
    assert_eq!(
        std::fs::read_to_string(&other).unwrap(),
        "het werk van iemand anders"
    );
    click(&mut h, "Annuleren");
    save_to(&mut h);
    click(&mut h, "Vervangen");
    let saved = std::fs::read_to_string(&other).unwrap();
    assert!(saved.contains("Gemeente Eigen"), "{saved}");
    assert!(!h.state().document().dirty);
}

#[test]
fn two_windows_on_one_file_never_overwrite_each_other_in_silence() {
    // Issue 10, item 1: A saves, then B saves, and A's work was gone without a word.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gedeeld.ron");
    std::fs::copy(profiles::example_path(), &file).unwrap();
    let mut a = common::start().open(&file).build();
    let mut b = common::start().open(&file).build();
    let name = "Naam van de gemeente of organisatie";
    replace_text(&mut a, name, "Versie van A");
    a.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    a.run();
    assert!(!a.state().document().dirty);
    replace_text(&mut b, name, "Versie van B");
    b.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    b.run();
    // B is told, and nothing is written yet.
    b.get_by_label("Het bestand is intussen veranderd");
    assert!(b.state().document().dirty);
    let on_disk = storage::load(&file, q()).unwrap();
    assert_eq!(on_disk.text("organisatie.naam"), "Versie van A");
    // B keeps its own version apart and opens A's.
    click(&mut b, "Hun versie openen (de mijne apart bewaren)");
    assert_eq!(b.state().profile().text("organisatie.naam"), "Versie van A");
    let mine = dir.path().join("gedeeld (mijn versie).ron");
    assert_eq!(
        storage::load(&mine, q()).unwrap().text("organisatie.naam"),
        "Versie van B"
    );
    click(&mut b, "OK");
    // Now A saves again over B's reopened copy: B had not saved, so A's save goes through.
    replace_text(&mut a, name, "Versie van A, tweede keer");
    a.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    a.run();
    assert!(
        a.query_by_label("Het bestand is intussen veranderd")
            .is_none()
    );
    // And B, which opened the file before that, is asked again; overwriting is its choice.
    replace_text(&mut b, name, "Versie van B, bewust");
    b.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    b.run();
    click(&mut b, "Toch overschrijven");
    assert_eq!(
        storage::load(&file, q()).unwrap().text("organisatie.naam"),
        "Versie van B, bewust"
    );
}

#[test]
fn a_huge_paste_is_cut_at_the_limit_and_the_window_says_so() {
    // Issue 22, item 3: an answer could grow to a megabyte and every key then took a second.
    use behoeftewijzer::model::questionnaire::LONG_TEXT_MAX_CHARS;
    let mut h = common::window(Settings::default());
    click(&mut h, "Nieuw profiel");
    click(&mut h, "2. Inwoners en signalen");
    h.get_by_label("Toelichting").focus();
    h.run();
    let near = "a".repeat(LONG_TEXT_MAX_CHARS - 10);
    h.event(egui::Event::Paste(near));
    h.run();
    assert!(
        h.query_by_label_contains("4.990 van 5.000 tekens")
            .is_some(),
        "no count near the limit"
    );
    h.event(egui::Event::Paste("é".repeat(1_000_000)));
    h.run();
    let answer = h
        .state()
        .document()
        .profile
        .text("signalen.toelichting")
        .to_owned();
    assert_eq!(answer.chars().count(), LONG_TEXT_MAX_CHARS);
    assert!(
        answer.ends_with("éééééééééé"),
        "the paste's start was not kept"
    );
    let said = "Je hebt het maximum van 5.000 tekens bereikt.";
    assert!(
        h.query_by_label_contains(said).is_some(),
        "no message at the limit"
    );
    // A screen reader hears it with the field.
    let field = h.get_by_label("Toelichting");
    assert!(
        field
            .accesskit_node()
            .description()
            .is_some_and(|d| d.contains(said)),
        "the field's description lacks the limit"
    );
}

/// Issue 32, item 7: the brief's language choice is one Tab stop (the chosen language), and
/// the arrow keys choose, as in the questions' radio groups.
#[test]
fn the_brief_language_is_one_tab_stop_and_the_arrows_choose() {
    let mut h = common::window(Settings::default());
    fill_in_everything(&mut h);
    click(&mut h, "Voorbeeld gespreksnotitie");
    h.get_by_role_and_label(Role::RadioGroup, "Taal van de notitie")
        .get_by_label("English")
        .click_accesskit();
    h.run();
    h.get_by_label("1. Why we ask for this meeting");
    // The language choice is one Tab stop, the chosen language, and the arrow keys choose
    // (issue 32, item 7): back to Dutch with ←.
    let group = h.get_by_role_and_label(Role::RadioGroup, "Taal van de notitie");
    let english = group.get_by_label("English");
    let focusable = |n: &egui_kittest::Node<'_>| {
        n.accesskit_node()
            .data()
            .supports_action(egui::accesskit::Action::Focus)
    };
    assert!(focusable(&english), "the chosen one is the stop");
    assert!(
        !focusable(&group.get_by_label("Nederlands")),
        "only the chosen language is a Tab stop"
    );
    english.focus();
    h.run();
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    h.run();
    h.get_by_label("1. Aanleiding");
    // And → back to English.
    h.key_press(egui::Key::ArrowRight);
    h.run();
    h.run();
    h.get_by_label("1. Why we ask for this meeting");
}
