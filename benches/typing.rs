//! Typing into the longest answer the app takes (issue 22): the frame after a keystroke, with
//! an answer of several lines one character short of its limit, must stay well within a frame
//! (16.7 ms at 60 Hz). The window runs headless through `egui_kittest`, on the section with
//! the answer, its text field focused; one iteration types a character and deletes it again
//! (two keystrokes, two frames). A short answer is measured beside it for the ratio.

use behoeftewijzer::app::{App, FileDialogs, Settings};
use behoeftewijzer::model::Answer;
use behoeftewijzer::model::questionnaire::LONG_TEXT_MAX_CHARS;
use behoeftewijzer::storage;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The complete example with the notes on the signs `chars` characters long, saved in `dir`.
fn profile(dir: &std::path::Path, chars: usize) -> std::path::PathBuf {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/voorbeeld-compleet.ron");
    let q = behoeftewijzer::model::Questionnaire::builtin();
    let Ok(mut p) = storage::load(&example, q) else {
        panic!("the example profile does not open");
    };
    // Words and line breaks, as an officer would write them.
    let sentence = "Signalen uit de wijk over druk van familie bij de partnerkeuze. ";
    let mut text: String = sentence.chars().cycle().take(chars).collect();
    for (i, at) in (400..chars).step_by(400).enumerate() {
        if text.is_char_boundary(at + i) {
            text.replace_range(at + i..=at + i, "\n");
        }
    }
    p.set("signalen.toelichting", Some(Answer::Text(text)));
    let path = dir.join(format!("lang-{chars}.ron"));
    if let Err(e) = storage::save(&path, &p) {
        panic!("{e}");
    }
    path
}

fn bench(c: &mut Criterion) {
    let Ok(dir) = tempfile::tempdir() else {
        panic!("no temporary folder");
    };
    let mut group = c.benchmark_group("typing into an answer");
    for chars in [200, LONG_TEXT_MAX_CHARS - 1] {
        let path = profile(dir.path(), chars);
        let mut h = Harness::builder()
            .with_size([1100.0, 900.0])
            .build_eframe(move |_cc| {
                App::with_settings(Settings::default(), FileDialogs::Typed, Some(path.clone()))
            });
        h.run();
        h.get_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with("2. Inwoners en signalen"))
        })
        .click_accesskit();
        h.run();
        h.get_by_label("Toelichting").focus();
        h.run();
        group.bench_function(format!("{chars} characters, a key and a backspace"), |b| {
            b.iter(|| {
                h.event(egui::Event::Text("x".into()));
                h.step();
                h.key_press(egui::Key::Backspace);
                h.step();
            });
        });
        let answer = h
            .state()
            .document()
            .profile
            .text("signalen.toelichting")
            .chars()
            .count();
        assert_eq!(
            answer, chars,
            "the typing did not reach the answer, or did not undo"
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
