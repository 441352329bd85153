//! Export speed of the consultation brief, against a bare printpdf page with the same font, so
//! the ratio shows what the layout costs. Run with `cargo bench`.

use std::hint::black_box;
use std::path::Path;

use behoeftewijzer::brief::{self, pdf};
use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::Questionnaire;
use behoeftewijzer::model::needs::NeedsRules;
use behoeftewijzer::storage;
use criterion::{Criterion, criterion_group, criterion_main};
use printpdf::{
    Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem,
};

const REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");

fn bench(c: &mut Criterion) {
    let q = Questionnaire::builtin();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/voorbeeld-compleet.ron");
    let Ok(profile) = storage::load(&path, q) else {
        panic!("the example profile does not load");
    };
    let now = time::OffsetDateTime::now_utc();
    let today = now.date();
    let Ok(rendered) = pdf::render(
        &brief::build(q, NeedsRules::builtin(), &profile, Lang::Nl, "", today),
        now,
    ) else {
        panic!("the example brief does not render");
    };
    println!(
        "example brief: {} pages, {} bytes",
        rendered.pages,
        rendered.bytes.len()
    );

    c.bench_function("export complete example brief (build + PDF)", |b| {
        b.iter(|| {
            let brief = brief::build(
                q,
                NeedsRules::builtin(),
                black_box(&profile),
                Lang::Nl,
                "",
                today,
            );
            pdf::render(&brief, now).map(|r| r.bytes.len()).unwrap_or(0)
        });
    });

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
