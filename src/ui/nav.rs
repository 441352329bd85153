//! Moving through the questionnaire: the list of sections with their progress, and Back / Next.

use egui::RichText;

use super::{Command, Screen};
use crate::lang::Lang;
use crate::model::{Questionnaire, flow};

/// The section's name in the list: its number and title.
pub fn section_label(q: &Questionnaire, index: usize, lang: Lang) -> String {
    let title = q.section(index).map_or("", |s| s.title.get(lang));
    format!("{}. {title}", index + 1)
}

/// The section's name for a screen reader: its label and how far it is ("4. Huwelijksdwang en
/// achterlating, nog 2 open"), since the bar and the count beside it are not read with it.
pub fn section_entry_name(
    q: &Questionnaire,
    index: usize,
    progress: flow::Progress,
    lang: Lang,
) -> String {
    let label = section_label(q, index, lang);
    let open = progress.visible.saturating_sub(progress.answered);
    tr!(lang, "nav-section-entry", section = label, open = open)
}

/// A progress bar drawn, not announced: the words beside it say the same, and a screen reader
/// would otherwise read "0 percent" once per bar.
pub fn quiet_bar_ui(ui: &mut egui::Ui, fraction: f32, size: egui::Vec2) {
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter();
    let rounding = rect.height() / 2.0;
    painter.rect_filled(rect, rounding, ui.visuals().extreme_bg_color);
    painter.rect_stroke(
        rect,
        rounding,
        egui::Stroke::new(1.0, super::theme::edge(ui.visuals())),
        egui::StrokeKind::Inside,
    );
    let filled = egui::Rect::from_min_size(
        rect.min,
        egui::vec2(rect.width() * fraction.clamp(0.0, 1.0), rect.height()),
    );
    if filled.width() > 0.0 {
        painter.rect_filled(filled, rounding, super::theme::bar(ui.visuals()));
    }
}

/// The list of sections, each with its progress, and the overview at the end.
pub fn sections_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    progress: &[flow::Progress],
    screen: Screen,
    screen_changed: bool,
    out: &mut Vec<Command>,
) {
    ui.spacing_mut().item_spacing.y = 3.0;
    ui.add_space(6.0);
    ui.label(RichText::new(trs!(lang, "nav-sections")).strong());
    ui.add_space(4.0);
    for index in 0..q.sections().len() {
        let progress = progress.get(index).copied().unwrap_or_default();
        let selected = screen == Screen::Section(index);
        let entry = ui.selectable_label(selected, section_label(q, index, lang));
        super::theme::mark_selected(ui, &entry, selected);
        let name = section_entry_name(q, index, progress, lang);
        ui.ctx()
            .accesskit_node_builder(entry.id, |node| node.set_label(name));
        if selected && screen_changed {
            // The current section is always in view in the list, at once: an animated scroll
            // costs several frames on a desk that draws in software (issue 35).
            entry.scroll_to_me_animation(None, egui::style::ScrollAnimation::none());
        }
        if entry.clicked() {
            out.push(Command::Goto(Screen::Section(index)));
        }
        let text = tr!(
            lang,
            "nav-of",
            answered = (progress.answered).to_string(),
            total = (progress.visible).to_string()
        );
        ui.horizontal(|ui| {
            ui.add_space(8.0);
            quiet_bar_ui(ui, progress.fraction(), egui::vec2(90.0, 6.0));
            ui.label(RichText::new(text).small().weak());
        });
    }
    ui.separator();
    for target in [
        Screen::Review,
        Screen::Needs,
        Screen::Brief,
        Screen::Meeting,
    ] {
        let command = Command::Goto(target);
        // The report belongs to "Na het overleg", which leads to it.
        let here = screen == target || (target == Screen::Meeting && screen == Screen::Report);
        let entry = ui.selectable_label(here, command.label(lang));
        super::theme::mark_selected(ui, &entry, here);
        if here && screen_changed {
            entry.scroll_to_me_animation(None, egui::style::ScrollAnimation::none());
        }
        if entry.clicked() {
            out.push(command);
        }
    }
}

/// Where Back and Next lead from each screen: the sections, then the overview, the needs
/// profile and the brief.
pub fn neighbours(q: &Questionnaire, screen: Screen) -> (Option<Screen>, Option<Screen>) {
    let last = q.sections().len().saturating_sub(1);
    match screen {
        Screen::Start | Screen::Guide(_) => (None, None),
        Screen::Section(i) => (
            Some(if i == 0 {
                Screen::Start
            } else {
                Screen::Section(i - 1)
            }),
            Some(if i >= last {
                Screen::Review
            } else {
                Screen::Section(i + 1)
            }),
        ),
        Screen::Review => (Some(Screen::Section(last)), Some(Screen::Needs)),
        Screen::Needs => (Some(Screen::Review), Some(Screen::Brief)),
        Screen::Brief => (Some(Screen::Needs), Some(Screen::Meeting)),
        Screen::Meeting => (Some(Screen::Brief), Some(Screen::Report)),
        Screen::Report => (Some(Screen::Meeting), None),
        Screen::Compare => (None, Some(Screen::RegionalBrief)),
        Screen::RegionalBrief => (Some(Screen::Compare), None),
    }
}

/// Ctrl+PageDown or Alt+→ goes to the next screen, Ctrl+PageUp or Alt+← to the previous one,
/// from anywhere on the page (inside a text field too).
pub fn screen_keys(ctx: &egui::Context, q: &Questionnaire, screen: Screen) -> Option<Command> {
    use egui::{Key, Modifiers};
    let (back, next) = neighbours(q, screen);
    let (to_next, to_back) = ctx.input_mut(|i| {
        let next = i.consume_key(Modifiers::COMMAND, Key::PageDown)
            | i.consume_key(Modifiers::ALT, Key::ArrowRight);
        let back = i.consume_key(Modifiers::COMMAND, Key::PageUp)
            | i.consume_key(Modifiers::ALT, Key::ArrowLeft);
        (next, back)
    });
    if to_next {
        next.map(Command::Goto)
    } else if to_back {
        back.map(Command::Goto)
    } else {
        None
    }
}

/// Back and Next under a section, with the overall progress.
pub fn bottom_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    (total, missing): (flow::Progress, usize),
    screen: Screen,
    out: &mut Vec<Command>,
) {
    let (back, next) = neighbours(q, screen);
    let next = next.map(|next| {
        let text = match next {
            Screen::Review => trs!(lang, "nav-to-overview"),
            Screen::Needs => trs!(lang, "nav-to-needs-profile"),
            Screen::Brief => trs!(lang, "nav-to-consultation-brief"),
            Screen::RegionalBrief => trs!(lang, "nav-to-regional-brief"),
            Screen::Meeting => trs!(lang, "nav-to-after-the-meeting"),
            Screen::Report => trs!(lang, "nav-to-report"),
            Screen::Start | Screen::Section(_) | Screen::Guide(_) | Screen::Compare => {
                trs!(lang, "nav-next")
            }
        };
        (next, text)
    });
    // Wraps in a narrow window or at large text, so the progress stays in view.
    ui.horizontal_wrapped(|ui| {
        if let Some(back) = back
            && ui.button(trs!(lang, "nav-back")).clicked()
        {
            out.push(Command::Goto(back));
        }
        if let Some((next, text)) = next
            && ui.button(text).clicked()
        {
            out.push(Command::Goto(next));
        }
        ui.separator();
        // What counts first: the required answers; then how much of everything is answered.
        let percent = total.percent();
        let text = tr!(lang, "nav-progress", missing = missing, percent = percent);
        if super::narrow(ui.ctx()) {
            // One line in a narrow window: the short form, the whole text for a screen reader
            // and on hover.
            let short = tr!(
                lang,
                "nav-progress-short",
                missing = missing,
                percent = percent
            )
            // One piece: it moves to the next line whole, never "Klaar ·" above "100 %".
            .replace(' ', "\u{a0}");
            let shown = ui.label(&short).on_hover_text(&text);
            ui.ctx()
                .accesskit_node_builder(shown.id, |node| node.set_label(text));
        } else {
            ui.label(&text);
            let width = ui.available_width().clamp(60.0, 160.0);
            quiet_bar_ui(ui, total.fraction(), egui::vec2(width, 8.0));
        }
    });
}
