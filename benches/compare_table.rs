//! The comparison table's frame time (issue 13): 50 profiles within 2× of 2. The window runs
//! headless through `egui_kittest`, on the comparison screen with every question listed; a
//! frame is the whole window: menu, table, details. Only the rows and the columns in view are
//! built, so the extra profiles cost little.

use std::path::PathBuf;

use behoeftewijzer::app::{App, FileDialogs, Settings};
use behoeftewijzer::model::{Answer, Questionnaire};
use behoeftewijzer::storage;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;

/// `n` profiles on disk, each with its own name and priorities.
fn profiles(dir: &std::path::Path, n: usize) -> Vec<PathBuf> {
    let q = Questionnaire::builtin();
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/voorbeeld-compleet.ron");
    let Ok(base) = storage::load(&example, q) else {
        panic!("the example profile does not open");
    };
    (0..n)
        .map(|i| {
            let mut p = base.clone();
            p.set(
                "organisatie.naam",
                Some(Answer::Text(format!("Gemeente {i}"))),
            );
            p.set(
                "huwelijksdwang.prioriteit",
                Some(Answer::Number((i % 4) as i64)),
            );
            p.set(
                "lhbt.prioriteit",
                Some(Answer::Number(((i / 2) % 4) as i64)),
            );
            let path = dir.join(format!("profiel-{n}-{i}.ron"));
            if let Err(e) = storage::save(&path, &p) {
                panic!("{e}");
            }
            path
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let Ok(dir) = tempfile::tempdir() else {
        panic!("no temporary folder");
    };
    let mut group = c.benchmark_group("comparison table frame");
    for n in [2, 50] {
        let paths = profiles(dir.path(), n);
        let mut h = Harness::builder()
            .with_size([1280.0, 800.0])
            .build_eframe(|_cc| App::with_settings(Settings::default(), FileDialogs::Typed, None));
        h.state_mut().compare_paths(&paths);
        h.run();
        assert_eq!(
            h.state().comparison().map(|c| c.entries.len()),
            Some(n),
            "the comparison is open"
        );
        group.bench_function(format!("{n} profiles"), |b| b.iter(|| h.step()));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
