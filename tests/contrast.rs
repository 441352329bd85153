//! Contrast of the window's colours against WCAG 2.1 AA (issue 11, item 3): text 4.5:1, the
//! edges of controls, the focus ring and the bars of the pictures 3:1 (non-text contrast), on
//! every background they appear on, in the light and the dark theme (issue 19). Read from the
//! theme the app applies, not from constants.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use behoeftewijzer::ui::theme;
use egui::Color32;

/// Relative luminance, as WCAG defines it.
fn luminance(c: Color32) -> f64 {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

fn ratio(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Every pair of colours the window shows together: what, foreground, on what, background,
/// the contrast it needs.
#[expect(
    clippy::too_many_lines,
    reason = "a table: each colour with the background it is used on and the ratio it needs"
)]
fn pairs(v: &egui::Visuals) -> Vec<(&'static str, Color32, &'static str, Color32, f64)> {
    let text = v
        .override_text_color
        .expect("the theme sets the text colour");
    let mut out = Vec::new();
    for (name, bg) in [
        ("panel", v.panel_fill),
        ("dialog", v.window_fill),
        ("text field", v.extreme_bg_color),
    ] {
        out.extend([
            ("text", text, name, bg, 4.5),
            (
                "weak text (help)",
                v.weak_text_color.unwrap_or(text),
                name,
                bg,
                4.5,
            ),
            ("warning text", v.warn_fg_color, name, bg, 4.5),
            ("error text", v.error_fg_color, name, bg, 4.5),
            ("link", v.hyperlink_color, name, bg, 4.5),
            (
                "edge of a control",
                v.widgets.inactive.bg_stroke.color,
                name,
                bg,
                3.0,
            ),
            (
                "edge under the pointer",
                v.widgets.hovered.bg_stroke.color,
                name,
                bg,
                3.0,
            ),
            (
                "focus ring",
                v.widgets.active.bg_stroke.color,
                name,
                bg,
                3.0,
            ),
        ]);
    }
    let focused = v.widgets.active.weak_bg_fill;
    out.extend([
        ("text", text, "focused control", focused, 4.5),
        (
            "focus ring",
            v.widgets.active.bg_stroke.color,
            "focused control",
            focused,
            3.0,
        ),
        ("text", text, "selected entry", v.selection.bg_fill, 4.5),
        // The selected state itself (issue 32: the fill alone was 1.55:1 and 2.33:1): the mark
        // at the entry's left edge, on the fill and beside it on the panel.
        (
            "mark of a selected entry",
            theme::selected_mark(v),
            "selected entry",
            v.selection.bg_fill,
            3.0,
        ),
        (
            "mark of a selected entry",
            theme::selected_mark(v),
            "panel",
            v.panel_fill,
            3.0,
        ),
        ("text", text, "button", v.widgets.inactive.weak_bg_fill, 4.5),
        ("progress bar", theme::bar(v), "panel", v.panel_fill, 3.0),
        (
            "focus ring drawn around any control",
            theme::focus(v),
            "panel",
            v.panel_fill,
            3.0,
        ),
        (
            "filled block of the needs picture",
            theme::bar(v),
            "panel",
            v.panel_fill,
            3.0,
        ),
        (
            "empty block of the needs picture",
            theme::edge(v),
            "panel",
            v.panel_fill,
            3.0,
        ),
    ]);
    out
}

#[test]
fn every_colour_meets_wcag_aa_on_every_background_it_is_used_on_in_both_themes() {
    let ctx = egui::Context::default();
    theme::apply(&ctx);
    let mut failures: Vec<String> = Vec::new();
    for which in [egui::Theme::Light, egui::Theme::Dark] {
        let v = ctx.style_of(which).visuals.clone();
        assert_eq!(v.dark_mode, which == egui::Theme::Dark);
        let pairs = pairs(&v);
        assert!(pairs.len() >= 30);
        failures.extend(pairs.iter().filter_map(|(what, fg, on, bg, need)| {
            let r = ratio(*fg, *bg);
            (r < *need).then(|| format!("{which:?}: {what} on {on}: {r:.2}:1, needs {need}:1"))
        }));
    }
    assert!(
        failures.is_empty(),
        "below WCAG AA:\n{}",
        failures.join("\n")
    );
}

/// The window follows the system's light or dark choice instead of forcing light.
#[test]
fn the_theme_follows_the_system() {
    let ctx = egui::Context::default();
    theme::apply(&ctx);
    assert_eq!(
        ctx.options(|o| o.theme_preference),
        egui::ThemePreference::System
    );
}
