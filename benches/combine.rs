//! Opening and combining 50 profiles (issue 13: under 200 ms), and their regional brief: real files on disk, read with
//! the same loader as the window and the command line (`storage::load_entries`), combined on the same derivation as a single profile.

use behoeftewijzer::model::combine::{Entry, Member, combine};
use behoeftewijzer::model::needs::NeedsRules;
use behoeftewijzer::model::{Answer, Questionnaire};
use behoeftewijzer::storage;
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let q = Questionnaire::builtin();
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/voorbeeld-compleet.ron");
    let Ok(base) = storage::load(&example, q) else {
        panic!("the example profile does not open");
    };
    let Ok(dir) = tempfile::tempdir() else {
        panic!("no temporary folder");
    };
    let paths: Vec<std::path::PathBuf> = (0..50)
        .map(|i| {
            let mut p = base.clone();
            p.set(
                "organisatie.naam",
                Some(Answer::Text(format!("Gemeente {i}"))),
            );
            p.set("huwelijksdwang.prioriteit", Some(Answer::Number(i % 4)));
            let path = dir.path().join(format!("profiel-{i}.ron"));
            if let Err(e) = storage::save(&path, &p) {
                panic!("{e}");
            }
            path
        })
        .collect();
    c.bench_function("open and combine 50 profiles", |b| {
        b.iter(|| {
            let (entries, _) = storage::load_entries(&paths, q);
            let members: Vec<Member> = entries.iter().map(Entry::member).collect();
            combine(q, NeedsRules::builtin(), &members)
        });
    });
    // The regional brief of the same 50: a core and 50 appendices, as PDF.
    let (entries, _) = storage::load_entries(&paths, q);
    let today = time::macros::datetime!(2026-11-28 10:30 UTC);
    c.bench_function("regional brief of 50 profiles", |b| {
        b.iter(|| {
            let brief = behoeftewijzer::brief::regional::build(
                q,
                NeedsRules::builtin(),
                &entries,
                behoeftewijzer::lang::Lang::Nl,
                today.date(),
            );
            match behoeftewijzer::brief::pdf::render(&brief, today) {
                Ok(r) => r.pages,
                Err(e) => panic!("{e}"),
            }
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
