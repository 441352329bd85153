//! Laid-out text of the long documents (the needs profile, the brief's preview, the reports),
//! kept between visits (issue 35). egui keeps a laid-out text only while it is drawn in every
//! frame, so each visit to such a screen laid out its whole document again, and the first visit
//! laid it out in the frame of the key. Here the documents' blocks are laid out once and kept,
//! keyed by everything their layout depends on; `App` lays out the documents the officer is not
//! looking at in a quiet moment (`App::prepare_documents`), so a visit only draws.
//!
//! What is kept goes when egui starts its own text anew (the font atlas full, a new scale or
//! new fonts: the letters the texts point at are gone), and the least recently drawn go when
//! the kept texts pass [`BUDGET`].

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Galley, Ui, WidgetText};

/// At most this much laid-out text is kept (an estimate of its memory): about six times what
/// the needs profile, the preview and the verslag of the complete example take together.
pub const BUDGET: usize = 24 * 1024 * 1024;

#[derive(Clone, Default)]
struct Cache {
    entries: HashMap<u64, Entry>,
    bytes: usize,
    /// Texts laid out here so far (those not found kept).
    laid_out: u64,
    /// How often everything kept was let go (see [`generation`]).
    generation: u64,
    /// Off: every text is laid out by egui's label, as without this cache (for the tests that
    /// compare the two).
    off: bool,
    /// A small text laid out through egui's own cache in every frame: when egui hands back
    /// another one, it has started its text anew, and so does this cache.
    sentinel: Option<Arc<Galley>>,
}

#[derive(Clone)]
struct Entry {
    galley: Arc<Galley>,
    /// The pass it was last drawn in.
    used: u64,
    bytes: usize,
}

fn key() -> egui::Id {
    egui::Id::unique("behoeftewijzer.text_cache")
}

/// At the start of every pass: forgets every kept text when egui started its text anew.
pub fn begin_pass(ctx: &egui::Context) {
    let job = egui::text::LayoutJob::simple_singleline(
        "Behoeftewijzer".to_owned(),
        egui::FontId::proportional(10.0),
        egui::Color32::PLACEHOLDER,
    );
    let sentinel = ctx.fonts_mut(|f| f.layout_job(job));
    ctx.data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Cache>(key());
        let same = cache
            .sentinel
            .as_ref()
            .is_some_and(|s| Arc::ptr_eq(s, &sentinel));
        if !same {
            cache.entries.clear();
            cache.bytes = 0;
            cache.generation += 1;
            cache.sentinel = Some(sentinel);
        }
    });
}

/// `text` laid out as a wrapping [`egui::Label`] would lay it out here, from the kept texts
/// when it was laid out before. The text back where a label lays out in a way of its own (in a
/// horizontal layout that wraps, it continues the line): draw a plain label there.
fn wrapped(ui: &Ui, text: WidgetText) -> Result<Arc<Galley>, WidgetText> {
    let available_width = ui.available_width();
    let layout = ui.layout();
    if !enabled(ui.ctx())
        || !available_width.is_finite()
        || (layout.main_dir() == egui::Direction::LeftToRight && layout.main_wrap())
    {
        return Err(text);
    }
    // As `egui::Label::layout_in_ui` for `TextWrapMode::Wrap` outside a wrapping row and
    // outside a grid (the documents have none: a test compares every block of them with what
    // egui's label makes).
    let mut job = Arc::unwrap_or_clone(text.into_layout_job(
        ui.style(),
        egui::FontSelection::Default,
        ui.text_valign(),
    ));
    job.wrap.max_width = available_width;
    job.halign = layout.horizontal_placement();
    job.justify = layout.horizontal_justify();
    let hash = egui::epaint::util::hash(&job);
    let pass = ui.ctx().cumulative_pass_nr();
    let kept = ui.data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Cache>(key());
        cache.entries.get_mut(&hash).map(|entry| {
            entry.used = pass;
            entry.galley.clone()
        })
    });
    if let Some(galley) = kept {
        return Ok(galley);
    }
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let bytes = size_of(&galley);
    ui.data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Cache>(key());
        cache.laid_out += 1;
        cache.bytes += bytes;
        let old = cache.entries.insert(
            hash,
            Entry {
                galley: galley.clone(),
                used: pass,
                bytes,
            },
        );
        if let Some(old) = old {
            cache.bytes -= old.bytes;
        }
        if cache.bytes > BUDGET {
            cache.trim(pass);
        }
    });
    Ok(galley)
}

/// A wrapping label whose text is kept between visits (see [`wrapped`]); add it with the sense
/// it needs.
pub fn label(ui: &Ui, text: impl Into<WidgetText>) -> egui::Label {
    label_of(laid_out(ui, text))
}

/// The kept text for `text`, laid out as a wrapping label would lay it out here, or the text
/// back where a label lays out its own way (see [`wrapped`]): for a caller that needs its size
/// before it draws it ([`label_of`]).
pub fn laid_out(ui: &Ui, text: impl Into<WidgetText>) -> Result<Arc<Galley>, WidgetText> {
    wrapped(ui, text.into())
}

/// The label of what [`laid_out`] gave.
pub fn label_of(laid: Result<Arc<Galley>, WidgetText>) -> egui::Label {
    match laid {
        Ok(galley) => egui::Label::new(galley),
        Err(text) => egui::Label::new(text).wrap(),
    }
}

impl Cache {
    /// Drops the least recently drawn texts (never those of this pass) down to three quarters of
    /// the budget.
    fn trim(&mut self, pass: u64) {
        let mut by_age: Vec<(u64, u64)> = self
            .entries
            .iter()
            .filter(|(_, e)| e.used != pass)
            .map(|(k, e)| (e.used, *k))
            .collect();
        by_age.sort_unstable();
        for (_, k) in by_age {
            if self.bytes <= BUDGET / 4 * 3 {
                break;
            }
            if let Some(e) = self.entries.remove(&k) {
                self.bytes -= e.bytes;
            }
        }
    }
}

/// About what a laid-out text takes in memory: its letters and its mesh.
fn size_of(galley: &Galley) -> usize {
    let rows: usize = galley
        .rows
        .iter()
        .map(|r| {
            r.row.glyphs.len() * std::mem::size_of::<egui::epaint::text::Glyph>()
                + r.row.visuals.mesh.vertices.len() * std::mem::size_of::<egui::epaint::Vertex>()
                + r.row.visuals.mesh.indices.len() * 4
        })
        .sum();
    std::mem::size_of::<Galley>() + galley.job.text.len() + rows
}

/// How much laid-out text is kept: bytes (estimated), texts, and texts laid out here so far.
pub fn kept(ctx: &egui::Context) -> (usize, usize, u64) {
    ctx.data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Cache>(key());
        (cache.bytes, cache.entries.len(), cache.laid_out)
    })
}

/// A number that changes whenever everything kept was let go (egui started its text anew):
/// what was laid out ahead must then be laid out again.
pub fn generation(ctx: &egui::Context) -> u64 {
    ctx.data_mut(|d| d.get_temp_mut_or_default::<Cache>(key()).generation)
}

/// Whether texts are kept (they are, unless a test turned it off).
pub fn enabled(ctx: &egui::Context) -> bool {
    ctx.data_mut(|d| !d.get_temp_mut_or_default::<Cache>(key()).off)
}

/// Turns keeping off (every text laid out by egui's own label) or on again.
pub fn set_enabled(ctx: &egui::Context, on: bool) {
    ctx.data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Cache>(key());
        cache.off = !on;
        cache.entries.clear();
        cache.bytes = 0;
        cache.generation += 1;
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs one pass of a bare egui at `pixels_per_point`, laying out `texts` through the cache
    /// in a page 500 points wide; returns their galleys.
    fn pass(ctx: &egui::Context, pixels_per_point: f32, texts: &[String]) -> Vec<Arc<Galley>> {
        let mut input = egui::RawInput::default();
        input
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .native_pixels_per_point = Some(pixels_per_point);
        let mut out = Vec::new();
        ctx.run_ui(input, |ui| {
            begin_pass(ui.ctx());
            ui.set_max_width(500.0);
            for t in texts {
                if let Ok(g) = wrapped(ui, t.clone().into()) {
                    out.push(g);
                }
            }
        })
        .drop_without_applying_deltas();
        out
    }

    fn texts(n: usize, len: usize) -> Vec<String> {
        (0..n)
            .map(|i| format!("{i} {}", "woord ".repeat(len / 6)))
            .collect()
    }

    #[test]
    fn a_text_laid_out_before_is_taken_from_the_cache_in_a_later_pass() {
        let ctx = egui::Context::default();
        let t = texts(3, 300);
        let first = pass(&ctx, 1.0, &t);
        assert_eq!(first.len(), 3);
        // Passes without the texts: egui's own cache lets them go, this one keeps them.
        for _ in 0..5 {
            let _ = pass(&ctx, 1.0, &[]);
        }
        let again = pass(&ctx, 1.0, &t);
        for (a, b) in first.iter().zip(&again) {
            assert!(Arc::ptr_eq(a, b), "laid out again");
        }
        assert_eq!(kept(&ctx).2, 3);
    }

    #[test]
    fn a_new_scale_starts_the_kept_texts_anew() {
        let ctx = egui::Context::default();
        let t = texts(2, 100);
        let first = pass(&ctx, 1.0, &t);
        let _ = pass(&ctx, 1.0, &[]);
        // At 200 %, egui's atlas starts anew: what was kept points at letters that are gone.
        let _ = pass(&ctx, 2.0, &[]);
        let _ = pass(&ctx, 2.0, &[]);
        assert_eq!(kept(&ctx).1, 0, "kept over a new scale");
        let again = pass(&ctx, 2.0, &t);
        assert!(!Arc::ptr_eq(&first[0], &again[0]));
        assert!((again[0].pixels_per_point - 2.0).abs() < f32::EPSILON);
    }

    #[test]
    fn the_kept_texts_stay_within_the_budget_and_the_least_recently_drawn_go_first() {
        let ctx = egui::Context::default();
        let old = texts(2, 2000);
        let _ = pass(&ctx, 1.0, &old);
        let (bytes, _, _) = kept(&ctx);
        assert!(bytes > 0);
        // Texts of about 5,000 letters, each drawn once, until some were let go.
        for round in 0..400 {
            let t: Vec<String> = (0..4)
                .map(|i| format!("{round}-{i} {}", "letters ".repeat(600)))
                .collect();
            let _ = pass(&ctx, 1.0, &t);
            let (bytes, count, laid_out) = kept(&ctx);
            assert!(bytes <= BUDGET, "{bytes} kept after {laid_out} texts");
            if (count as u64) < laid_out {
                break;
            }
        }
        let (_, count, laid_out) = kept(&ctx);
        assert!(
            (count as u64) < laid_out,
            "nothing was let go: {count} kept of {laid_out}"
        );
        // The two first texts were the least recently drawn: they went, and come back laid out
        // anew.
        let before = kept(&ctx).2;
        let _ = pass(&ctx, 1.0, &old);
        assert_eq!(kept(&ctx).2, before + 2);
    }
}
