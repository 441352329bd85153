//! The in-app preview of the consultation brief ("Voorbeeld gespreksnotitie"), drawn from the
//! same document model as the PDF and the text, with its language and the export button.

use egui::accesskit::Role;
use egui::{RichText, UiBuilder};

use super::Command;
use super::needs::bar_ui;
use super::text_cache::label as kept;
use crate::brief::{Block, Brief};
use crate::lang::Lang;

/// What the officer chose for the brief: its language, and whether the e-mail is appended.
#[derive(Clone, Copy, Debug)]
pub struct Choices {
    pub lang: Lang,
    pub email: bool,
}

pub fn brief_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    brief: &Brief,
    choices: Choices,
    out: &mut Vec<Command>,
) {
    let brief_lang = choices.lang;
    super::a11y::screen_title_ui(ui, Command::Goto(super::Screen::Brief).label(lang));
    ui.label(trs!(lang, "ui-brief-intro"));
    lang_choice_ui(
        ui,
        trs!(lang, "ui-brief-language-of-the-brief"),
        brief_lang,
        out,
    );
    let mut email = choices.email;
    let label = Command::SetBriefEmail(email).label(lang);
    if ui.checkbox(&mut email, label).changed() {
        out.push(Command::SetBriefEmail(email));
    }
    ui.horizontal_wrapped(|ui| {
        for command in [
            Command::ExportBrief,
            Command::ExportBriefWord,
            Command::CopyBrief,
        ] {
            if ui.button(command.label(lang)).clicked() {
                out.push(command);
            }
        }
    });
    if !brief.open_items.is_empty() {
        ui.label(
            RichText::new(tr!(
                lang,
                "ui-brief-still-open",
                count = (brief.open_items.len()).to_string()
            ))
            .color(ui.visuals().warn_fg_color),
        );
    }
    ui.add_space(8.0);
    paper_ui(ui, brief);
    ui.add_space(20.0);
}

/// The language of the brief: a radio group.
pub fn lang_choice_ui(ui: &mut egui::Ui, group: &str, brief_lang: Lang, out: &mut Vec<Command>) {
    // The question on a line of its own, the options below it: beside it, in a narrow window or
    // at large text, the options were squeezed into what was left of the line and broke
    // mid-word ("Engli / sh").
    ui.label(group);
    ui.scope_builder(
        UiBuilder::new()
            .accessibility_label(group)
            .accessibility_role(Role::RadioGroup),
        |ui| {
            ui.horizontal_wrapped(|ui| {
                // An option is never broken over two lines; it moves to the next line whole.
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                // One Tab stop, the chosen language; the arrow keys choose (the radio pattern
                // of the questions, issue 32).
                let mut chosen = Lang::ALL.iter().position(|l| *l == brief_lang);
                let buttons: Vec<egui::Response> = Lang::ALL
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        let id = egui::Id::unique((group, "brief-lang", i));
                        let r = super::choice::radio_ui(
                            ui,
                            id,
                            *l == brief_lang,
                            l.native_name(),
                            Some(i) == chosen,
                        );
                        if r.clicked() {
                            chosen = Some(i);
                        }
                        r
                    })
                    .collect();
                if let Some(i) = super::choice::radio_group_keys(ui, &buttons) {
                    chosen = Some(i);
                }
                super::choice::settle_radio_states(ui, &buttons, chosen);
                if let Some(l) = chosen.and_then(|i| Lang::ALL.get(i))
                    && *l != brief_lang
                {
                    out.push(Command::SetBriefLang(*l));
                }
            });
        },
    );
}

/// The brief on a sheet of paper, as printed.
pub fn paper_ui(ui: &mut egui::Ui, brief: &Brief) {
    egui::Frame::new()
        .fill(super::theme::PAPER)
        .stroke(egui::Stroke::new(1.0, super::theme::PAPER_EDGE))
        .inner_margin(egui::Margin::same(24))
        .show(ui, |ui| {
            // Paper is white in both themes: the light theme's text colours on it.
            *ui.visuals_mut() = ui.ctx().style_of(egui::Theme::Light).visuals.clone();
            ui.set_width(ui.available_width());
            document_ui(ui, brief);
        });
}

/// The width of a table's label column in the preview.
const LABEL_WIDTH: f32 = 230.0;
/// The width of the agenda's minutes column in the preview.
const MINUTES_WIDTH: f32 = 56.0;

/// The blocks of the brief, as on paper, each a block a keyboard user reads with ↑ and ↓
/// (`a11y::Reader`): the title, headings, paragraphs, list items, table and agenda rows, bars.
fn document_ui(ui: &mut egui::Ui, brief: &Brief) {
    use super::a11y::{Reader, mark_heading};
    let mut reader = Reader::new(ui, ui.scope_id().with("reader"));
    let title = reader.label(ui, RichText::new(&brief.title).size(21.0).strong());
    mark_heading(ui, &title, 2);
    for block in &brief.blocks {
        match block {
            Block::Heading(h) => {
                ui.add_space(10.0);
                let heading = reader.label(ui, RichText::new(h).size(18.0).strong());
                mark_heading(ui, &heading, 3);
                ui.separator();
            }
            Block::Subheading(h) => {
                ui.add_space(4.0);
                let heading = reader.label(ui, RichText::new(h).strong());
                mark_heading(ui, &heading, 4);
            }
            Block::Paragraph(p) => {
                reader.label(ui, p);
            }
            Block::Note(p) => {
                reader.label(ui, RichText::new(p).small().italics().weak());
            }
            Block::Bullets(items) => reader.bullets(ui, items, |t| t),
            Block::Table(rows) => table_ui(ui, &mut reader, rows),
            Block::Chart(bars) => {
                for b in bars {
                    let words = format!("{}: {}", b.label, b.value_text);
                    reader.region(ui, &words, |ui| {
                        bar_ui(ui, &b.label, b.value, b.min, b.max, &b.value_text);
                    });
                }
            }
            Block::Schedule(rows) => schedule_ui(ui, &mut reader, rows),
            Block::PageBreak => {
                ui.add_space(16.0);
                ui.separator();
                ui.add_space(8.0);
            }
            Block::Preformatted(p) => {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    reader.label(ui, p);
                });
            }
        }
    }
    ui.add_space(10.0);
    ui.separator();
    reader.label(ui, RichText::new(&brief.footer).small().italics().weak());
    reader.finish(ui);
}

/// Label–value rows: a label column as on paper, or labels above their values when narrow.
/// Each row is one block for the reader ("Organisatie: Gemeente Voorbeeld").
fn table_ui(ui: &mut egui::Ui, reader: &mut super::a11y::Reader, rows: &[(String, String)]) {
    // A fixed label column, as on paper. (An egui Grid measures itself over extra
    // frames, one per table: the preview would shift while it settles.) In a narrow
    // window or at large text, each label stands above its value instead.
    let columns = ui.available_width() >= 2.2 * LABEL_WIDTH;
    for (k, v) in rows {
        let words = format!("{k}: {v}");
        reader.region(ui, &words, |ui| {
            if !columns {
                ui.add(kept(ui, RichText::new(k).strong()));
                ui.indent(k, |ui| ui.add(kept(ui, v)));
                return;
            }
            ui.horizontal_top(|ui| {
                ui.allocate_ui_with_layout(
                    egui::vec2(LABEL_WIDTH, 0.0),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.set_width(LABEL_WIDTH);
                        ui.add(kept(ui, RichText::new(k).strong()));
                    },
                );
                ui.add(kept(ui, v));
            });
        });
    }
    ui.add_space(4.0);
}

/// Agenda rows: the minutes in a column, then what. Each row is one block for the reader.
fn schedule_ui(ui: &mut egui::Ui, reader: &mut super::a11y::Reader, rows: &[(String, String)]) {
    for (what, minutes) in rows {
        let words = format!("{what}: {minutes}");
        reader.region(ui, &words, |ui| {
            // The minutes in a fixed column, aligned right, as on paper.
            ui.horizontal_top(|ui| {
                ui.allocate_ui_with_layout(
                    egui::vec2(MINUTES_WIDTH, 0.0),
                    egui::Layout::right_to_left(egui::Align::Min),
                    |ui| {
                        ui.set_width(MINUTES_WIDTH);
                        ui.label(RichText::new(minutes).strong());
                    },
                );
                ui.add_space(8.0);
                ui.add(kept(ui, what));
            });
        });
    }
    ui.add_space(4.0);
}
