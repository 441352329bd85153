//! The comparison's table: a row per question (or need) and a column per profile, building
//! only the rows and the columns in view, with each row's answers spoken for a screen reader,
//! and the chosen row in full below.

use egui::text::LayoutJob;
use egui::{Key, RichText, TextStyle};
use egui_extras::{Column, TableBuilder};

use super::{
    CELL_LINES, CELL_MAX_WIDTH, CELL_WIDTH, Data, HEADER_LINES, LABEL_WIDTH, MIN_ROWS, State,
};
use crate::lang::Lang;

/// One row of a grid: its key (index among all rows of the view), label, whether the profiles
/// differ, and a cell per profile.
pub(super) struct GridRow<'a> {
    pub(super) key: usize,
    pub(super) label: String,
    pub(super) differs: bool,
    pub(super) cells: &'a [Option<String>],
}

/// An answer cell: at most [`CELL_LINES`] lines, cut off with "…".
pub(super) fn cell_text(ui: &egui::Ui, text: &str, width: f32, strong: bool) -> LayoutJob {
    let font = TextStyle::Body.resolve(ui.style());
    let color = if strong {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().text_color()
    };
    let mut job = LayoutJob::simple(text.to_owned(), font, color, width);
    job.wrap.max_rows = CELL_LINES;
    job.wrap.overflow_character = Some('…');
    job
}

/// The table: the label column stays in place, the profiles' columns scroll across under the
/// horizontal scroll bar (or Ctrl with the left and right arrows on a row). Only the rows in view are drawn, and
/// only the columns in view are built at all, so 50 profiles cost about what 5 do. Below it,
/// the selected row in full.
pub(super) fn grid(
    ui: &mut egui::Ui,
    id: &str,
    lang: Lang,
    corner: &str,
    data: &Data,
    rows: &[GridRow],
    state: &mut State,
) {
    if rows.is_empty() {
        ui.label(trs!(lang, "compare-no-differences"));
        return;
    }
    let (row_height, header_height, details_height, table_height) = heights(
        ui,
        state.selected.is_some(),
        data.entries.len(),
        state.page_height,
    );
    let table_top = ui.cursor().min;
    let n = data.entries.len();
    let (label_width, cell, fit) = widths(ui.available_width(), n);
    let last_first = n.saturating_sub(fit);
    let mut across = egui::ScrollArea::horizontal()
        .id_salt((id, "across"))
        .auto_shrink([false, true]);
    if let Some(first) = state.first_column.take() {
        // Never past the end: the scroll area would spring back over several frames.
        let end = (label_width + n as f32 * cell - ui.available_width()).max(0.0);
        across = across.horizontal_scroll_offset((first.min(last_first) as f32 * cell).min(end));
    }
    let mut sheet = Sheet {
        id,
        lang,
        corner,
        rows,
        state,
        moved_to: None,
        shift: 0,
        first: 0,
        reveal: None,
        drawn: None,
    };
    across.show_viewport(ui, |ui, viewport| {
        // The whole width, for the scroll bar; the table itself is drawn where the eye is.
        ui.set_min_width(label_width + n as f32 * cell);
        let first = ((viewport.min.x / cell).round() as usize).min(last_first);
        // Only the columns that fit whole: none is cut off at the right edge.
        let columns = first..(first + fit).min(n);
        sheet.first = first;
        let rect = egui::Rect::from_min_size(
            ui.min_rect().min + egui::vec2(viewport.min.x, 0.0),
            egui::vec2(viewport.width(), table_height + header_height + 8.0),
        );
        ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
            sheet.table(
                ui,
                data,
                columns,
                (label_width, cell, row_height, header_height, table_height),
            );
        });
    });
    let Sheet {
        moved_to,
        shift,
        first,
        reveal,
        drawn,
        ..
    } = sheet;
    state.drawn = drawn.unwrap_or_default();
    if let Some(next) = moved_to {
        state.selected = Some(rows[next].key);
        state.focus_row = Some(rows[next].key);
        ui.ctx().request_repaint();
    }
    if shift != 0 {
        state.first_column = Some((first as i32 + shift).clamp(0, last_first as i32) as usize);
        ui.ctx().request_repaint();
    }
    if n > fit {
        columns_note_ui(ui, lang, first, fit, n);
    }
    ui.separator();
    details(ui, lang, data, rows, state, details_height);
    if let Some(rect) = reveal {
        state.revealed = true;
        reveal_ui(ui, rect, table_top, header_height + table_height);
    }
}

/// The label column's width, a profile column's, and how many profile columns fit in `width`.
/// When not all fit, the ones shown share the width there is (one wide column at 200 % text
/// rather than one narrow one beside empty room).
fn widths(width: f32, n: usize) -> (f32, f32, usize) {
    let label_width = LABEL_WIDTH.min(width * 0.4);
    let cell = ((width - label_width) / n.max(1) as f32).clamp(CELL_WIDTH, CELL_MAX_WIDTH);
    let fit = (((width - label_width) / cell).floor() as usize).max(1);
    if n > fit {
        let shared = ((width - label_width) / fit as f32).max(CELL_WIDTH);
        (label_width, shared, fit)
    } else {
        (label_width, cell, fit)
    }
}

/// Brings the row at `rect` into the page's view. The table's own scroll area takes a request
/// to scroll; the page's needs its own, made after the details' scroll area (which would take
/// it). In a narrow window the table (from `top`, `height` high with its header) then fills
/// the page's view and the part above scrolls away, so more than one row shows at 200 % text
/// (issue 32).
fn reveal_ui(ui: &egui::Ui, rect: egui::Rect, top: egui::Pos2, height: f32) {
    if crate::ui::narrow(ui.ctx()) {
        let table = egui::Rect::from_min_size(top, egui::vec2(rect.width(), height));
        ui.scroll_to_rect(table, Some(egui::Align::TOP));
    } else {
        ui.scroll_to_rect(rect, None);
    }
}

/// "Profiel 1 tot 5 van 50", and how to scroll across.
pub(super) fn columns_note_ui(ui: &mut egui::Ui, lang: Lang, first: usize, fit: usize, n: usize) {
    ui.label(
        RichText::new(tr!(
            lang,
            "compare-profiles-to-of-n-scroll-across",
            first = (first + 1).to_string(),
            last = ((first + fit).min(n)).to_string(),
            n = (n).to_string()
        ))
        .small()
        .weak(),
    );
}

/// The heights of a row, the header, the details below and the table's rows, in the room
/// there is: the details take a share once a row is chosen; the table keeps [`MIN_ROWS`]. In a
/// narrow window the table takes the page's whole view (`page`) with its header, and the
/// page scrolls the part above away when a row has the focus.
pub(super) fn heights(
    ui: &egui::Ui,
    chosen: bool,
    profiles: usize,
    page: f32,
) -> (f32, f32, f32, f32) {
    let line = ui.text_style_height(&TextStyle::Body);
    let row_height = line * CELL_LINES as f32 + 8.0;
    let header_height = line * HEADER_LINES as f32 + 6.0;
    let details_height = if chosen {
        // A line per profile and the heading, up to a share of the room.
        ((profiles as f32 + 2.0) * line * 1.5)
            .min(ui.available_height() * 0.3)
            .max(line * 4.0)
    } else {
        line * 2.0
    };
    let room = if crate::ui::narrow(ui.ctx()) {
        page - header_height - line
    } else {
        ui.available_height() - details_height - header_height - line * 3.0
    };
    let table_height = room.max(row_height * MIN_ROWS as f32);
    (row_height, header_height, details_height, table_height)
}

/// One frame of the table: the rows, the state, and what the keys asked for.
pub(super) struct Sheet<'a, 'r> {
    id: &'a str,
    lang: Lang,
    /// The heading of the label column.
    corner: &'a str,
    rows: &'a [GridRow<'r>],
    state: &'a mut State,
    /// A row to move to (an arrow key).
    moved_to: Option<usize>,
    /// Columns to scroll across (Ctrl+arrow).
    shift: i32,
    /// The first profile column in view.
    first: usize,
    /// A row that took the focus: the page around the table scrolls to it too.
    reveal: Option<egui::Rect>,
    /// The rows drawn this frame.
    drawn: Option<std::ops::Range<usize>>,
}

impl Sheet<'_, '_> {
    fn table(
        &mut self,
        ui: &mut egui::Ui,
        data: &Data,
        columns: std::ops::Range<usize>,
        (label_width, cell, row_height, header_height, table_height): (f32, f32, f32, f32, f32),
    ) {
        let (rows, id, lang, corner) = (self.rows, self.id, self.lang, self.corner);
        let scroll_to = self
            .state
            .focus_row
            .and_then(|key| rows.iter().position(|r| r.key == key));
        let mut table = TableBuilder::new(ui)
            .id_salt(id)
            .striped(true)
            .max_scroll_height(table_height)
            .min_scrolled_height(table_height.min(row_height * 4.0))
            .cell_layout(egui::Layout::top_down(egui::Align::Min))
            .column(Column::exact(label_width))
            .columns(Column::exact(cell - 8.0).clip(true), columns.len());
        if let Some(index) = scroll_to {
            table = table.scroll_to_row(index, None);
        }
        let entries = &data.entries[columns.clone()];
        // Told apart where two would read the same (copies of one profile): with the file.
        let headings = &data.headings[columns.clone()];
        table
            .header(header_height, |mut header| {
                header.col(|ui| {
                    ui.strong(corner);
                });
                for (entry, heading) in entries.iter().zip(headings) {
                    header.col(|ui| {
                        let width = ui.available_width();
                        let mut job = cell_text(ui, &entry.name, width, true);
                        job.wrap.max_rows = HEADER_LINES - 1;
                        let name = ui.add(egui::Label::new(job).wrap());
                        let under = if *heading == entry.heading() {
                            entry.date().to_owned()
                        } else {
                            format!("{} · {}", entry.date(), entry.file_name())
                        };
                        let day = ui.label(RichText::new(under).small());
                        // One heading for a screen reader: "Gemeente Noord (2026-03-02)".
                        name.on_hover_text(&entry.source).widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::accesskit::Role::ColumnHeader,
                                true,
                                heading,
                            )
                        });
                        ui.ctx()
                            .accesskit_node_builder(day.id, egui::accesskit::Node::set_hidden);
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, rows.len(), |mut row| {
                    let index = row.index();
                    self.drawn = Some(match self.drawn.take() {
                        Some(r) => r.start.min(index)..(index + 1).max(r.end),
                        None => index..index + 1,
                    });
                    let r = &rows[index];
                    let selected = self.state.selected == Some(r.key);
                    row.set_selected(selected);
                    row.col(|ui| self.row_label(ui, lang, data.names, index, selected));
                    let first = r.cells.first().and_then(Option::as_deref);
                    for cell in &r.cells[columns.clone()] {
                        row.col(|ui| {
                            let text = cell.as_deref().unwrap_or("–");
                            let width = ui.available_width();
                            let strong = r.differs && cell.as_deref() != first;
                            ui.add(egui::Label::new(cell_text(ui, text, width, strong)).wrap());
                        });
                    }
                });
            });
    }

    /// The row's label: a selectable option, with the keys to move through the table.
    fn row_label(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        names: &[String],
        index: usize,
        selected: bool,
    ) {
        let r = &self.rows[index];
        let mark = if r.differs { "≠ " } else { "" };
        let text = format!("{mark}{}", r.label);
        let width = ui.available_width();
        let job = cell_text(ui, &text, width, r.differs);
        // The table is one Tab stop, as a list box: the chosen row (or the first in view);
        // the arrows move between the rows.
        let chosen_in_view = self
            .rows
            .iter()
            .position(|x| Some(x.key) == self.state.selected)
            .is_some_and(|p| self.state.drawn.contains(&p));
        let tab_stop = if chosen_in_view {
            selected
        } else {
            index == self.state.drawn.start
        };
        let sense = if tab_stop {
            egui::Sense::click()
        } else {
            egui::Sense::CLICK
        };
        let response = ui.add(egui::Button::selectable(selected, job).wrap().sense(sense));
        crate::ui::theme::mark_selected(ui, &response, selected);
        let spoken = if r.differs {
            format!("{}, {}", r.label, trs!(lang, "compare-answers-differ"))
        } else {
            r.label.clone()
        };
        response.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::accesskit::Role::ListBoxOption,
                true,
                selected,
                &spoken,
            )
        });
        // A screen reader hears the answers with the row, as the eye sees them beside it.
        // (Worded only when a screen reader listens: egui then builds the node.)
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_description(spoken_answers(lang, names, r.cells));
            // A row is chosen, not ticked: egui words `selected` as a checkbox's state, which
            // Orca spoke as "niet aangevinkt" on every row (issue 32).
            node.clear_toggled();
            node.set_selected(selected);
        });
        if response.clicked() {
            self.state.selected = Some(r.key);
        }
        if self.state.focus_row == Some(r.key) {
            // Not while a dialog's layer is still there (egui keeps it a frame after the
            // dialog closed, and takes the focus back): then on a later frame.
            if ui.memory(egui::Memory::top_modal_layer).is_none() {
                response.request_focus();
                response.scroll_to_me(None);
                self.reveal = Some(response.rect);
                self.state.focus_row = None;
            } else {
                ui.ctx().request_repaint();
            }
        }
        if response.gained_focus() {
            self.reveal = Some(response.rect);
        }
        if response.has_focus() {
            // Ctrl+arrow by the key's own modifiers: a quick press may be over by the frame.
            let (step, shift) = ui.input_mut(|i| {
                let right = i.count_and_consume_key(egui::Modifiers::COMMAND, Key::ArrowRight);
                let left = i.count_and_consume_key(egui::Modifiers::COMMAND, Key::ArrowLeft);
                (
                    i32::from(i.key_pressed(Key::ArrowDown))
                        - i32::from(i.key_pressed(Key::ArrowUp)),
                    right as i32 - left as i32,
                )
            });
            if step != 0 {
                let next = (index as i32 + step).clamp(0, self.rows.len() as i32 - 1) as usize;
                self.moved_to = Some(next);
            }
            self.shift += shift;
        }
    }
}

/// Profiles whose answers a row's description reads out; the rest are counted.
pub(super) const SPOKEN: usize = 10;

/// A row's answers for a screen reader: "Gemeente Noord: 10; Gemeente Zuid: 13", the first
/// [`SPOKEN`] profiles, then how many more there are below the table.
pub(super) fn spoken_answers(lang: Lang, names: &[String], cells: &[Option<String>]) -> String {
    let none = trs!(lang, "compare-no-answer");
    let mut parts: Vec<String> = names
        .iter()
        .zip(cells)
        .take(SPOKEN)
        .map(|(name, c)| format!("{name}: {}", c.as_deref().unwrap_or(none)))
        .collect();
    if names.len() > SPOKEN {
        let more = names.len() - SPOKEN;
        parts.push(tr!(
            lang,
            "compare-more-profiles-below",
            more = more.to_string()
        ));
    }
    parts.join("; ")
}

/// The selected row in full: each profile's whole answer, with its name.
pub(super) fn details(
    ui: &mut egui::Ui,
    lang: Lang,
    data: &Data,
    rows: &[GridRow],
    state: &State,
    height: f32,
) {
    let Some(row) = state
        .selected
        .and_then(|key| rows.iter().find(|r| r.key == key))
    else {
        ui.label(RichText::new(trs!(lang, "compare-choose-a-row-click-or-tab")).weak());
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt("details")
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            crate::ui::a11y::heading_ui(ui, &row.label, 2);
            for (heading, cell) in data.headings.iter().zip(row.cells) {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(format!("{heading}:")).strong());
                    ui.label(cell.as_deref().unwrap_or("–"));
                });
            }
        });
}
