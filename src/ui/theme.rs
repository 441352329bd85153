//! Colours, text sizes and spacing in one place: a calm light theme with text large enough to read.

// The one place where colours are made (clippy.toml disallows their constructors elsewhere).
#![allow(clippy::disallowed_methods)]

use egui::{Color32, FontFamily, FontId, Stroke, TextStyle};

/// The colour of the keyboard focus ring: strong enough to see at a glance.
pub const FOCUS: Color32 = Color32::from_rgb(0, 84, 166);
/// The paper of the brief's preview, and its edge.
pub const PAPER: Color32 = Color32::WHITE;
pub const PAPER_EDGE: Color32 = Color32::from_gray(190);
/// The outline of an empty block in the needs picture: visible on the panel's background.
pub const EMPTY_BLOCK: Color32 = Color32::from_gray(140);

/// Applies the theme. Called once, on the first frame.
pub fn apply(ctx: &egui::Context) {
    // Noto Sans first: sturdier than egui's light default, and the same letters as the brief.
    ctx.add_font(egui::epaint::text::FontInsert::new(
        "NotoSans",
        egui::FontData::from_static(crate::fonts::NOTO_SANS_REGULAR),
        vec![egui::epaint::text::InsertFontFamily {
            family: FontFamily::Proportional,
            priority: egui::epaint::text::FontPriority::Highest,
        }],
    ));
    ctx.set_theme(egui::ThemePreference::Light);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(24.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(16.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(13.5, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(15.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 7.0);
        style.spacing.button_padding = egui::vec2(12.0, 5.0);
        style.spacing.interact_size.y = 26.0;
        style.spacing.icon_width = 18.0;
        style.spacing.icon_width_inner = 10.0;
        // egui draws the focused widget with the "active" look: make it unmistakable.
        style.visuals.widgets.active.bg_stroke = Stroke::new(2.5, FOCUS);
        style.visuals.selection.stroke = Stroke::new(2.0, FOCUS);
        // A steady cursor: no blinking (easier to follow), and no repaints while the officer
        // reads, which on a virtual desktop without a graphics card costs real CPU.
        style.visuals.text_cursor.blink = false;
    });
    // Help texts and "(verplicht)" must stay readable: at least 4.5:1 contrast on the panel.
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.weak_text_color = Some(Color32::from_gray(92));
        style.visuals.override_text_color = Some(Color32::from_gray(20));
        style.visuals.warn_fg_color = Color32::from_rgb(160, 70, 0);
        style.visuals.hyperlink_color = FOCUS;
    });
}
