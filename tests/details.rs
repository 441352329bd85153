//! The smaller points of issue 11, item 8, as a user meets them: a typed path starts from a
//! whole folder with a local example, the status line says what counts, a clipboard notice
//! stays with its screen, a wrong number says which answer counts meanwhile, and the View menu
//! shows the text size.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use behoeftewijzer::app::App;
use behoeftewijzer::ui::modal::Dialog;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::profiles;

fn click_first(h: &mut Harness<'static, App>, label: &str) {
    h.get_all_by_label(label).next().unwrap().click_accesskit();
    h.run();
}

#[test]
fn a_typed_path_starts_from_a_whole_folder_with_an_example_for_this_system() {
    let mut h = common::start().build();
    click_first(&mut h, "Nieuw profiel");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run();
    let Some(Dialog::Path { text, .. }) = h.state().dialog().cloned() else {
        panic!("no typed path");
    };
    assert!(Path::new(&text).is_absolute(), "a bare name: {text}");
    let example = if cfg!(windows) {
        "C:\\Users"
    } else {
        "/home/naam/"
    };
    h.get_by_label_contains(example);
    h.key_press(Key::Escape);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::O);
    h.run();
    let Some(Dialog::Path { text, .. }) = h.state().dialog().cloned() else {
        panic!("no typed path to open");
    };
    assert!(
        Path::new(&text).is_absolute() && text.ends_with(std::path::MAIN_SEPARATOR),
        "{text}"
    );
}

#[test]
fn the_status_line_says_what_counts_and_a_notice_stays_with_its_screen() {
    let mut h = common::start()
        .opening(Some(profiles::example_path()))
        .build();
    // The example is complete: required done, whatever share of all questions.
    h.get_by_label_contains("Verplichte vragen klaar ·");
    click_first(&mut h, "Behoefteprofiel");
    click_first(&mut h, "Kopieer tekst");
    h.get_by_label("De e-mail staat op het klembord.");
    click_first(&mut h, "Overzicht");
    assert!(
        h.query_by_label("De e-mail staat op het klembord.")
            .is_none(),
        "the notice followed to another screen"
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label_contains("verplichte vragen ·");
}

#[test]
fn a_wrong_number_says_which_answer_counts_meanwhile() {
    let mut h = common::start()
        .opening(Some(profiles::example_path()))
        .build();
    let field = behoeftewijzer::model::Questionnaire::builtin()
        .question("organisatie.deelnemers")
        .unwrap()
        .text
        .get(behoeftewijzer::lang::Lang::Nl);
    h.get_by_role_and_label(Role::TextInput, field).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, field)
        .type_text("veel");
    h.run();
    h.get_by_label_contains("Tot dan blijft het antwoord 24.");
    assert_eq!(
        h.state().profile().answer("organisatie.deelnemers"),
        Some(&behoeftewijzer::model::Answer::Number(24))
    );
}

#[test]
fn the_view_menu_shows_the_text_size() {
    let mut h = common::start().build();
    h.ctx.set_zoom_factor(1.5);
    h.run();
    click_first(&mut h, "Beeld");
    h.get_by_label("Tekstgrootte: 150 %");
}
