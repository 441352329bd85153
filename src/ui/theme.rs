//! Colours, text sizes and spacing in one place: calm light and dark themes (following the
//! system's choice) with text large enough to read, and a focus ring on whatever has the focus.

// The one place where colours are made (clippy.toml disallows their constructors elsewhere).
#![allow(clippy::disallowed_methods)]

use egui::{Color32, FontFamily, FontId, Stroke, TextStyle, Visuals};
use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// The window's colours: as the system says (the default), or light or dark whatever it says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// How the window is drawn, as the officer chose it in *Beeld › Weergave*: let the app choose
/// (by whether this computer draws in software), or one renderer. It takes effect at the next
/// start: the window's renderer is fixed while it is open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, strum::EnumIter)]
pub enum Drawing {
    #[default]
    Auto,
    /// wgpu: Vulkan, DirectX 12, Metal or OpenGL, as the graphics card has it.
    Wgpu,
    /// OpenGL through `egui_glow`: faster on a desk that draws in software.
    Glow,
}

impl Drawing {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Drawing::Auto => trs!(lang, "drawing-auto"),
            Drawing::Wgpu => trs!(lang, "drawing-wgpu"),
            Drawing::Glow => trs!(lang, "drawing-glow"),
        }
    }

    /// The renderer's short name, as the menu says which one draws now.
    pub fn short_name(self, lang: Lang) -> &'static str {
        match self {
            Drawing::Auto => trs!(lang, "drawing-auto"),
            Drawing::Wgpu => "wgpu",
            Drawing::Glow => "OpenGL",
        }
    }
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Theme::System => trs!(lang, "app-system-colours"),
            Theme::Light => trs!(lang, "app-light"),
            Theme::Dark => trs!(lang, "app-dark"),
        }
    }
}

/// The colour of the keyboard focus ring on the light theme: strong enough to see at a glance.
pub const FOCUS: Color32 = Color32::from_rgb(0, 84, 166);
/// The focus ring on the dark theme: a light blue that stands out on dark grey.
const FOCUS_DARK: Color32 = Color32::from_rgb(120, 185, 255);
/// The paper of the brief's preview, and its edge (paper stays white in both themes).
pub const PAPER: Color32 = Color32::WHITE;
pub const PAPER_EDGE: Color32 = Color32::from_gray(190);
/// The outline of an empty block in the needs picture, and the edge of controls (text fields,
/// checkboxes, radio buttons, buttons): at least 3:1 against the panel and the field.
const EDGE_LIGHT: Color32 = Color32::from_gray(118);
const EDGE_DARK: Color32 = Color32::from_gray(150);
/// The filled part of a progress bar: at least 3:1 against the panel (WCAG 1.4.11).
const BAR_LIGHT: Color32 = Color32::from_rgb(31, 105, 180);
const BAR_DARK: Color32 = Color32::from_rgb(100, 165, 235);
/// The background of the control that has the keyboard focus, behind the text.
const FOCUS_FILL_LIGHT: Color32 = Color32::from_rgb(214, 232, 250);
const FOCUS_FILL_DARK: Color32 = Color32::from_rgb(28, 58, 96);

/// The bold font's family (Noto Sans Bold).
pub fn bold() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// The focus ring's colour in these visuals.
pub fn focus(v: &Visuals) -> Color32 {
    if v.dark_mode { FOCUS_DARK } else { FOCUS }
}

/// The filled part of a bar, and a filled block of the needs picture.
pub fn bar(v: &Visuals) -> Color32 {
    if v.dark_mode { BAR_DARK } else { BAR_LIGHT }
}

/// Marks a selected entry (a section in the list, a row of the comparison, a tab) with a bar
/// at its left edge in the text colour (at least 3:1 on the fill and on the panel,
/// `tests/contrast.rs`): egui's selected fill is too light to show the state by itself
/// (1.55:1 light, 2.33:1 dark; issue 32), and a darker fill would take contrast from the text
/// on it.
pub fn mark_selected(ui: &egui::Ui, entry: &egui::Response, selected: bool) {
    if selected {
        let rect = entry.rect;
        let mark = egui::Rect::from_min_size(rect.left_top(), egui::vec2(4.0, rect.height()));
        ui.painter()
            .rect_filled(mark, 1.0, selected_mark(ui.visuals()));
    }
}

/// The colour of the mark of a selected entry: the text's.
pub fn selected_mark(v: &Visuals) -> Color32 {
    v.text_color()
}

/// The edge of a control, and the outline of an empty block.
pub fn edge(v: &Visuals) -> Color32 {
    if v.dark_mode { EDGE_DARK } else { EDGE_LIGHT }
}

/// A ring around the control that has the keyboard focus, drawn over it on its own layer and
/// within its clip: every control shows its focus the same way, menu items and the side
/// panel's splitter included (egui's menus draw focus as a pale fill only).
pub fn paint_focus_ring(ctx: &egui::Context) {
    let Some(id) = ctx.memory(egui::Memory::focused) else {
        return;
    };
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    let rect = response.interact_rect;
    if !rect.is_positive() {
        return;
    }
    let colour = focus(&ctx.global_style().visuals);
    let painter = ctx
        .layer_painter(response.layer_id)
        .with_clip_rect(rect.expand(3.0));
    painter.rect_stroke(
        rect.expand(1.0),
        3.0,
        Stroke::new(2.0, colour),
        egui::StrokeKind::Outside,
    );
}

/// The frame of a bar or the sections list: egui's, without its fill. The window is cleared to
/// the panels' colour (`App::clear_color`), so a panel that fills itself again only doubles the
/// work of a renderer that draws in software: every pixel of the window shaded twice in every
/// frame (issue 35).
pub fn panel_frame(style: &egui::Style) -> egui::Frame {
    egui::Frame::side_top_panel(style).fill(egui::Color32::TRANSPARENT)
}

/// The frame of the page in the middle: egui's, without its fill (see [`panel_frame`]).
pub fn page_frame(style: &egui::Style) -> egui::Frame {
    egui::Frame::central_panel(style).fill(egui::Color32::TRANSPARENT)
}

/// Runs `add` in a part of the window that knows the panels' colour as its background without
/// painting it: what egui paints in the background's colour (the fade at the edge of a scroll
/// area that has more above or below) still fades into the window.
pub fn on_panel<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let background = egui::Frame::new().fill(ui.visuals().panel_fill);
    ui.scope_builder(
        egui::UiBuilder::new().ui_stack_info(egui::UiStackInfo::default().with_frame(background)),
        add,
    )
    .inner
}

/// What the window is cleared to before a frame is drawn: the panels' colour, which they no
/// longer paint themselves.
pub fn clear_color(visuals: &egui::Visuals) -> [f32; 4] {
    visuals.panel_fill.to_normalized_gamma_f32()
}

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
    // Bold, for the words the guide puts in bold (the brief's own bold face).
    ctx.add_font(egui::epaint::text::FontInsert::new(
        "NotoSansBold",
        egui::FontData::from_static(crate::fonts::NOTO_SANS_BOLD),
        vec![egui::epaint::text::InsertFontFamily {
            family: bold(),
            priority: egui::epaint::text::FontPriority::Highest,
        }],
    ));
    // The system's light or dark choice; light where the system does not say (egui would
    // pick dark there).
    ctx.options_mut(|o| o.fallback_theme = egui::Theme::Light);
    ctx.set_theme(egui::ThemePreference::System);
    ctx.all_styles_mut(|style| {
        // No hinting: egui runs each glyph's TrueType instructions when it first draws it, 6
        // of the first frame's 9 ms of CPU (and more on the first visit to a long screen) on a
        // desk without a graphics card; unhinted Noto Sans at 16 points looks nearly the same
        // (issue 35).
        style.visuals.text_options.font_hinting = false;
        // What scrolls into view (a new screen's title, the field or item the focus moves to,
        // a message) is there at once: an animated scroll drew about ten more frames after
        // every switch, each a frame's work on a desk that draws in software (issue 35).
        style.scroll_animation = egui::style::ScrollAnimation::none();
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
        common(v, Color32::from_gray(20), FOCUS_FILL_LIGHT);
    });
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        let v = &mut style.visuals;
        v.weak_text_color = Some(Color32::from_gray(190));
        v.override_text_color = Some(Color32::from_gray(235));
        v.warn_fg_color = Color32::from_rgb(255, 185, 95);
        v.error_fg_color = Color32::from_rgb(255, 140, 140);
        common(v, Color32::from_gray(235), FOCUS_FILL_DARK);
    });
}

/// What both themes do the same way, each in its own colours.
fn common(v: &mut Visuals, text: Color32, focus_fill: Color32) {
    let ring = focus(v);
    v.hyperlink_color = ring;
    // egui draws the focused widget with the "active" look: make it unmistakable.
    v.widgets.active.bg_stroke = Stroke::new(2.5, ring);
    v.selection.stroke = Stroke::new(2.0, ring);
    // Controls show their edges (egui's light theme draws none: 1.2:1).
    v.widgets.inactive.bg_stroke = Stroke::new(1.0, edge(v));
    v.widgets.hovered.bg_stroke = Stroke::new(1.0, ring);
    // The focused control: a tinted fill and the ring, not a grey fill at 2.3:1.
    v.widgets.active.weak_bg_fill = focus_fill;
    v.widgets.active.bg_fill = focus_fill;
    v.widgets.active.fg_stroke = Stroke::new(2.0, text);
}
