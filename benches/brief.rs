//! Export speed of the consultation brief: the complete example, and the same with 10×, 50× and
//! 155× its text in every field (the organisation's name included), measured per page; and a
//! bare printpdf page with the same font, so the ratio shows what the layout costs. Run with
//! `cargo bench`.

use std::hint::black_box;
use std::path::Path;

use behoeftewijzer::brief::{self, pdf};
use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::needs::{self, NeedsRules};
use behoeftewijzer::model::{Answer, Profile, Questionnaire};
use behoeftewijzer::storage;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use printpdf::{
    Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem,
};

const REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");

/// The profile with every typed text, the organisation's name included, `factor` times as long.
fn scaled(profile: &Profile, factor: usize) -> Profile {
    let mut p = profile.clone();
    let grow = |t: &str| vec![t; factor].join(" ");
    let ids: Vec<_> = p.answers.keys().cloned().collect();
    for id in ids {
        let answer = match p.answer(&id) {
            Some(Answer::Text(t)) => Answer::Text(grow(t)),
            Some(Answer::Choice { id: c, other }) => Answer::Choice {
                id: c.clone(),
                other: other.as_deref().map(grow),
            },
            Some(Answer::Choices { ids, other }) => Answer::Choices {
                ids: ids.clone(),
                other: other.as_deref().map(grow),
            },
            Some(a) => a.clone(),
            None => continue,
        };
        p.set(&id, Some(answer));
    }
    p
}

fn export(q: &Questionnaire, profile: &Profile, now: time::OffsetDateTime) -> pdf::Rendered {
    let rules = NeedsRules::builtin();
    let needs = needs::derive(q, rules, profile);
    let options = brief::Options {
        lang: Lang::Nl,
        mail_to: "",
        include_email: false,
        today: now.date(),
    };
    let brief = brief::build(q, rules, profile, &needs, options);
    match pdf::render(&brief, now) {
        Ok(r) => r,
        Err(e) => panic!("the brief does not render: {e}"),
    }
}

fn bench(c: &mut Criterion) {
    let q = Questionnaire::builtin();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/voorbeeld-compleet.ron");
    let Ok(example) = storage::load(&path, q) else {
        panic!("the example profile does not load");
    };
    let now = time::OffsetDateTime::now_utc();

    // The complete example, and briefs with 10×, 50× and 155× (about 80 pages) its text in every field: the time
    // per page (criterion's throughput, in pages) must stay flat as the text grows.
    let mut group = c.benchmark_group("export brief");
    for factor in [1, 10, 50, 155] {
        let profile = scaled(&example, factor);
        let rendered = export(q, &profile, now);
        println!(
            "{factor}× text: {} pages, {} bytes",
            rendered.pages,
            rendered.bytes.len()
        );
        group.throughput(Throughput::Elements(rendered.pages as u64));
        group.bench_with_input(
            BenchmarkId::new("text", format!("{factor}x")),
            &profile,
            |b, p| {
                b.iter(|| export(q, black_box(p), now).bytes.len());
            },
        );
    }
    group.finish();

    let Some(font) = ParsedFont::from_bytes(REGULAR, 0, &mut Vec::new()) else {
        panic!("the font does not parse");
    };
    c.bench_function("bare printpdf page, same font, subset", |b| {
        b.iter(|| {
            let mut doc = PdfDocument::new("bare");
            let id = doc.add_font(&font);
            let ops = vec![
                Op::StartTextSection,
                Op::SetFont {
                    font: PdfFontHandle::External(id),
                    size: Pt(10.0),
                },
                Op::ShowText {
                    items: vec![TextItem::Text(
                        black_box("Gespreksnotitie Gemeente Voorbeeld").into(),
                    )],
                },
                Op::EndTextSection,
            ];
            doc.with_pages(vec![PdfPage::new(Mm(210.0), Mm(297.0), ops)]);
            let options = PdfSaveOptions {
                subset_fonts: true,
                ..PdfSaveOptions::default()
            };
            doc.save(&options, &mut Vec::new()).len()
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
