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
pub const EMPTY_BLOCK: Color32 = Color32::from_gray(118);
/// The filled part of a progress bar: at least 3:1 against the panel (WCAG 1.4.11).
pub const BAR: Color32 = Color32::from_rgb(31, 105, 180);
/// The background of the control that has the keyboard focus, behind dark text.
pub const FOCUS_FILL: Color32 = Color32::from_rgb(214, 232, 250);
/// The edge of controls (text fields, checkboxes, radio buttons, buttons): at least 3:1
/// against the panel and the field.
pub const EDGE: Color32 = Color32::from_gray(118);

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
        let v = &mut style.visuals;
        v.weak_text_color = Some(Color32::from_gray(92));
        v.override_text_color = Some(Color32::from_gray(20));
        v.warn_fg_color = Color32::from_rgb(160, 70, 0);
        // Validation errors: dark red, readable as text (egui's pure red is 3.8:1).
        v.error_fg_color = Color32::from_rgb(176, 0, 32);
        v.hyperlink_color = FOCUS;
        // Controls show their edges (egui's light theme draws none: 1.2:1).
        v.widgets.inactive.bg_stroke = Stroke::new(1.0, EDGE);
        // The focused control: a light blue fill and the blue ring, not a grey fill at 2.3:1.
        v.widgets.active.weak_bg_fill = FOCUS_FILL;
        v.widgets.active.bg_fill = FOCUS_FILL;
        v.widgets.active.fg_stroke = Stroke::new(2.0, Color32::from_gray(20));
    });
}
