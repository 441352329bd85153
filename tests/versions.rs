//! File versions: every earlier format opens; a newer one is refused with a clear message; a
//! profile made for an earlier questionnaire opens with what changed.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::profile::FORMAT_VERSION;
use behoeftewijzer::model::questionnaire::BUILTIN_RON;
use behoeftewijzer::model::{Answer, Questionnaire};
use behoeftewijzer::storage::{self, LoadError};

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn every_format_version_up_to_this_one_has_a_fixture_that_opens() {
    let q = Questionnaire::builtin();
    for version in 1..=FORMAT_VERSION {
        let path = fixtures().join(format!("profile-format-{version}.ron"));
        assert!(
            path.exists(),
            "no fixture for format {version}: add one when the format changes"
        );
        let profile = storage::load(&path, q).unwrap_or_else(|e| panic!("format {version}: {e}"));
        assert_eq!(profile.format_version, version);
        assert_eq!(profile.text("organisatie.naam"), "Gemeente Voorbeeld");
    }
}

/// The shipped questionnaire (version 3) as a version 4: one question added (`since: 4`) and
/// one taken out.
fn questionnaire_v3() -> Questionnaire {
    let text = BUILTIN_RON
        .replacen("version: 3,", "version: 4,", 1)
        .replacen(
            "    removed: [",
            "    removed: [\n        (id: \"organisatie.afdeling\", version: 4),",
            1,
        )
        .replacen(
            r#"                (
                    id: "organisatie.afdeling",
                    label: Some((nl: "Afdeling of team", en: "Department or team")),
                    text: (nl: "Afdeling of team", en: "Department or team"),
                    kind: Text,
                ),"#,
            r#"                (
                    id: "organisatie.website",
                    label: Some((nl: "Website", en: "Website")),
                    text: (nl: "Website", en: "Website"),
                    kind: Text,
                    since: 4,
                ),"#,
            1,
        );
    assert_ne!(text, BUILTIN_RON);
    Questionnaire::from_ron(&text).unwrap_or_else(|e| panic!("v3: {e:?}"))
}

#[test]
fn a_profile_for_an_earlier_questionnaire_opens_and_says_what_changed() {
    let v2 = questionnaire_v3();
    let path = fixtures().join("profile-format-1.ron");
    let (profile, changes) = storage::load_with_changes(&path, &v2).unwrap();
    let Some(changes) = changes else {
        panic!("no changes reported")
    };
    assert_eq!((changes.from, changes.to), (1, 4));
    assert_eq!(
        changes.new_questions,
        [
            "organisatie.website",
            "signalen.geweld",
            "signalen.meldcode",
            "huwelijksdwang.lkha",
            "overleg.duur",
            "overleg.periode",
            "overleg.vorm",
            "overleg.aanwezig",
            "overleg.beslisser",
            "overleg.budget",
        ]
    );
    assert_eq!(
        changes.removed_answers,
        [
            (
                "organisatie.afdeling".into(),
                Answer::Text("Team Sociaal Domein".into())
            ),
            ("huwelijksdwang.meldcode".into(), Answer::Number(2)),
        ]
    );
    assert_eq!(profile.questionnaire_version, 4);
    assert!(profile.answer("organisatie.afdeling").is_none());
    // Against the shipped questionnaire (version 3): the meeting's length (2), the planning
    // of the meeting, the priority of violence and the split advice question (3) are new.
    let (_, shipped) = storage::load_with_changes(&path, Questionnaire::builtin()).unwrap();
    let Some(shipped) = shipped else {
        panic!("version 1 → 3 not reported")
    };
    assert_eq!((shipped.from, shipped.to), (1, 3));
    assert_eq!(shipped.new_questions.len(), 9);
    assert_eq!(shipped.new_questions[0], "signalen.geweld");
    assert_eq!(
        shipped.removed_answers,
        [("huwelijksdwang.meldcode".into(), Answer::Number(2))]
    );
    // A profile made for the shipped questionnaire: nothing to report.
    let current = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .replacen("questionnaire_version: 1", "questionnaire_version: 3", 1)
        .replacen("\"huwelijksdwang.meldcode\"", "\"huwelijksdwang.lkha\"", 1);
    let (_, none) = storage::parse_with_changes(&current, Questionnaire::builtin()).unwrap();
    assert!(none.is_none());
}

#[test]
fn an_unknown_question_that_was_never_removed_is_still_refused() {
    let v2 = questionnaire_v3();
    let text = std::fs::read_to_string(fixtures().join("profile-format-1.ron"))
        .unwrap_or_default()
        .replacen("\"organisatie.omvang\"", "\"organisatie.schoenmaat\"", 1);
    assert!(matches!(
        storage::parse(&text, &v2),
        Err(LoadError::Answer(_))
    ));
}

#[test]
fn a_profile_for_a_newer_questionnaire_or_format_is_refused_clearly() {
    let text = std::fs::read_to_string(fixtures().join("profile-format-1.ron")).unwrap_or_default();
    let newer_questionnaire =
        text.replacen("questionnaire_version: 1", "questionnaire_version: 9", 1);
    let err = storage::parse(&newer_questionnaire, Questionnaire::builtin()).err();
    let Some(e @ LoadError::NewerQuestionnaire(_)) = err else {
        panic!("{err:?}")
    };
    assert!(e.message(Lang::Nl).contains("nieuwere vragenlijst"));
    let newer_format = text.replacen(
        "format_version: 1",
        &format!("format_version: {}", FORMAT_VERSION + 1),
        1,
    );
    let err = storage::parse(&newer_format, Questionnaire::builtin()).err();
    let Some(e @ LoadError::NewerFormat { .. }) = err else {
        panic!("{err:?}")
    };
    assert!(
        e.message(Lang::En)
            .contains("made with a newer version of Behoeftewijzer")
    );
}

#[test]
fn the_window_says_what_changed_and_goes_to_the_new_question() {
    use behoeftewijzer::ui::Screen;
    use behoeftewijzer::ui::modal::Dialog;
    use egui_kittest::kittest::Queryable;

    let v2: &'static Questionnaire = Box::leak(Box::new(questionnaire_v3()));
    let path = fixtures().join("profile-format-1.ron");
    let mut h = common::start().questionnaire(v2).open(&path).build();
    let Some(Dialog::Message { title, body }) = h.state().dialog().cloned() else {
        panic!("no notice: {:?}", h.state().dialog());
    };
    assert_eq!(title, "De vragenlijst is veranderd");
    assert!(body.contains("• Website"), "{body}");
    assert!(
        body.contains("• organisatie.afdeling Team Sociaal Domein"),
        "{body}"
    );
    // A question the shipped list took out is named by what it asked, not by its id.
    assert!(
        body.contains("• Weten professionals wanneer ze Veilig Thuis of het LKHA om advies vragen? (1 = nauwelijks, 5 = goed) 2"),
        "{body}"
    );
    assert_eq!(h.state().screen(), Screen::Section(0));
    // The changed profile counts as unsaved: saving writes the new questionnaire version.
    assert!(h.state().document().dirty);
    h.get_by_label("OK").click_accesskit();
    h.run();
    assert!(
        h.get_by_label("Website").is_focused(),
        "the new question should have the focus"
    );
}

#[test]
fn a_long_list_of_changes_scrolls_and_its_button_stays_in_a_small_window_at_200_percent() {
    // Issue 10, item 12: a migration list taller than the window pushed OK out of sight.

    use egui_kittest::kittest::Queryable;

    let v3: &'static Questionnaire = Box::leak(Box::new(questionnaire_v3()));
    let dir = tempfile::tempdir().unwrap();
    let long = (1..=80)
        .map(|n| format!("Regel {n} van een lang antwoord."))
        .collect::<Vec<_>>()
        .join(" ");
    let text = std::fs::read_to_string(fixtures().join("profile-format-1.ron"))
        .unwrap()
        .replacen(
            "Text(\"Team Sociaal Domein\")",
            &format!("Text(\"{long}\")"),
            1,
        );
    assert!(text.contains("Regel 80"), "fixture drifted");
    let path = dir.path().join("lang.ron");
    std::fs::write(&path, text).unwrap();
    let mut h = common::start()
        .size([800.0, 600.0])
        .zoom(2.0)
        .questionnaire(v3)
        .open(&path)
        .harness();
    h.run();
    h.run();
    let window = h.ctx.content_rect();
    let ok = h.get_by_label("OK").rect();
    assert!(
        window.contains_rect(ok),
        "OK at {ok:?} is outside the window {window:?}"
    );
    h.get_by_label("OK").click_accesskit();
    h.run();
    assert!(h.state().dialog().is_none());
}
