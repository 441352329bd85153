//! The comparison screen (issue 13): profiles side by side in a virtualised table (only the rows
//! and the columns in view are built), answers that differ marked, a
//! filter "alleen verschillen", the needs per profile, and the combined picture or, for two
//! versions of one profile, what changed. Also the preview of the regional brief. Draws and
//! returns commands; the open profile is never touched here.

use egui::text::LayoutJob;
use egui::{Key, RichText, TextStyle};
use egui_extras::{Column, TableBuilder};

use super::{Command, Screen};
use crate::brief::Brief;
use crate::lang::Lang;
use crate::model::Questionnaire;
use crate::model::combine::{self, Combined, Entry, Row};
use crate::model::needs::{Needs, NeedsRules, Words};

/// Which part of the comparison is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Every question, a column per profile.
    #[default]
    Answers,
    /// The three priorities, reach, participants and training per profile.
    Needs,
    /// The combined picture, or what changed between two versions.
    Together,
}

/// What the officer chose on the screen; kept while the comparison is open.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub view: View,
    pub only_differences: bool,
    /// The selected row, by its index among all rows of the view: its full answers show below
    /// the table.
    pub selected: Option<usize>,
    /// A row to scroll to and focus on the next frame (after an arrow key).
    focus_row: Option<usize>,
    /// A tab to focus on the next frame (after an arrow key).
    focus_tab: Option<usize>,
    /// The profile column to scroll to on the next frame (after Ctrl+arrow).
    first_column: Option<usize>,
    /// The rows drawn last frame (by position in the view): the table's one Tab stop is the
    /// chosen row when it is among them, else the first of them.
    drawn: std::ops::Range<usize>,
}

impl State {
    /// A new comparison: the first row of the table takes the keyboard focus, so the arrow
    /// keys work at once.
    pub fn opened() -> Self {
        Self {
            focus_row: Some(0),
            ..Self::default()
        }
    }
}

/// What the screen shows, derived once when the profiles were read.
pub struct Data<'a> {
    pub q: &'a Questionnaire,
    pub rules: &'a NeedsRules,
    pub entries: &'a [Entry],
    /// Each entry's name and column heading, told apart where two would read the same
    /// (`combine::distinct_names`, `distinct_headings`): worked out once, when compared.
    pub names: &'a [String],
    pub headings: &'a [String],
    pub rows: &'a [Row],
    /// The needs per profile, as rows.
    pub needs: &'a [NeedsRow],
    pub combined: &'a Combined,
    /// Files left out: (file, reason), in the interface's language.
    pub skipped: &'a [(String, String)],
    /// Possible personal data: (file, what was found), in the interface's language.
    pub privacy: &'a [(String, String)],
}

/// Lines of text an answer cell shows before it is cut off with "…" (the whole answer is in
/// the details below the table).
const CELL_LINES: usize = 2;
/// Files left out that are named one by one; the rest are counted.
const SKIPPED_SHOWN: usize = 5;
/// Rows the table shows at least, however small the window: the page scrolls instead.
const MIN_ROWS: usize = 4;
/// Lines of a column's heading: the organisation's name, then the date.
const HEADER_LINES: usize = 3;
const LABEL_WIDTH: f32 = 240.0;
/// A profile's column: at least this wide, wider when a few profiles leave room.
const CELL_WIDTH: f32 = 200.0;
const CELL_MAX_WIDTH: f32 = 420.0;

pub fn compare_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    data: &Data,
    state: &mut State,
    out: &mut Vec<Command>,
) {
    let versions = combine::versions(data.entries);
    // The table fills the window below the top part; in a small window or at large text it
    // keeps room for a few rows, and the page scrolls instead.
    egui::ScrollArea::vertical()
        .id_salt("compare-page")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            top_ui(ui, lang, data, state, versions.is_some(), out);
            view_ui(ui, lang, data, state, versions);
        });
}

/// The view chosen in the tabs.
fn view_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    data: &Data,
    state: &mut State,
    versions: Option<(&Entry, &Entry)>,
) {
    match state.view {
        View::Answers => answers_view(ui, lang, data, state),
        View::Needs => needs_view(ui, lang, data, state),
        View::Together => match versions {
            Some((old, new)) => changes_ui(ui, lang, data.q, old, new),
            None => together_ui(ui, lang, data),
        },
    }
}

/// The heading, the notices, the buttons, the tabs.
fn top_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    data: &Data,
    state: &mut State,
    versions: bool,
    out: &mut Vec<Command>,
) {
    super::a11y::heading(ui, Command::Goto(Screen::Compare).label(lang), 1);
    ui.label(tr!(
        lang,
        "compare-profiles-side-by-side-your-open",
        data_entries_len = (data.entries.len()).to_string()
    ));
    notices(ui, lang, data);
    ui.horizontal_wrapped(|ui| {
        let mut commands = vec![Command::Compare, Command::SaveCompareCsv];
        if !versions {
            commands.push(Command::Goto(Screen::RegionalBrief));
        }
        commands.push(Command::CloseCompare);
        for command in commands {
            button(ui, lang, command, out);
        }
    });
    ui.add_space(4.0);
    tabs(ui, lang, state, versions);
    ui.add_space(4.0);
}

/// A button for `command`, named as it reads on these screens: choosing profiles again is
/// "Andere profielen kiezen…", and going to the comparison from its brief is going back.
fn button(ui: &mut egui::Ui, lang: Lang, command: Command, out: &mut Vec<Command>) {
    let label = match command {
        Command::Compare => trs!(lang, "compare-choose-other-profiles").to_owned(),
        Command::Goto(Screen::Compare) => trs!(lang, "compare-back-to-the-comparison").to_owned(),
        _ => command.label(lang),
    };
    if ui.button(label).clicked() {
        out.push(command);
    }
}

/// Files left out and possible personal data, each naming its file.
fn notices(ui: &mut egui::Ui, lang: Lang, data: &Data) {
    let warn = ui.visuals().warn_fg_color;
    for (file, reason) in data.skipped.iter().take(SKIPPED_SHOWN) {
        ui.label(
            RichText::new(format!(
                "{} {file}: {reason}",
                trs!(lang, "compare-left-out")
            ))
            .color(warn),
        );
    }
    // A long paste of paths must not bury the table under its errors.
    if data.skipped.len() > SKIPPED_SHOWN {
        let more = data.skipped.len() - SKIPPED_SHOWN;
        ui.label(
            RichText::new(tr!(
                lang,
                "compare-and-more-more-files-left-out",
                more = more.to_string()
            ))
            .color(warn),
        );
    }
    if !data.privacy.is_empty() {
        ui.label(
            RichText::new(trs!(
                lang,
                "compare-possibly-personal-data-of-residents-ask"
            ))
            .color(warn),
        );
        egui::ScrollArea::vertical()
            .id_salt("privacy")
            .max_height(ui.ctx().content_rect().height() * 0.15)
            .show(ui, |ui| {
                let lines = data.privacy.iter().map(|(f, x)| format!("{f}: {x}"));
                super::a11y::bullet_list(ui, lines, |t| t);
            });
    }
}

/// The three views as one row of tabs: one Tab stop, arrows move between them.
fn tabs(ui: &mut egui::Ui, lang: Lang, state: &mut State, versions: bool) {
    let views = [
        (View::Answers, trs!(lang, "compare-answers")),
        (View::Needs, trs!(lang, "compare-needs-per-profile")),
        (
            View::Together,
            if versions {
                trs!(lang, "compare-what-changed")
            } else {
                trs!(lang, "compare-together")
            },
        ),
    ];
    let group = trs!(lang, "compare-view");
    ui.scope_builder(
        egui::UiBuilder::new()
            .accessibility_label(group)
            .accessibility_role(egui::accesskit::Role::TabList),
        |ui| {
            ui.horizontal_wrapped(|ui| {
                let mut moved = false;
                for (i, (view, text)) in views.iter().enumerate() {
                    let selected = state.view == *view;
                    // Only the chosen tab is a Tab stop; the arrows move between the tabs.
                    let sense = if selected {
                        egui::Sense::click()
                    } else {
                        egui::Sense::CLICK
                    };
                    let tab = ui.add(
                        egui::Button::selectable(selected, RichText::new(*text).strong())
                            .sense(sense),
                    );
                    tab.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::accesskit::Role::Tab,
                            true,
                            selected,
                            *text,
                        )
                    });
                    if tab.clicked() {
                        state.view = *view;
                        state.selected = None;
                    }
                    if state.focus_tab == Some(i) {
                        tab.request_focus();
                        state.focus_tab = None;
                    }
                    if tab.has_focus() && !moved {
                        let step = ui.input(|i| {
                            i32::from(i.key_pressed(Key::ArrowRight))
                                - i32::from(i.key_pressed(Key::ArrowLeft))
                        });
                        let next = (i as i32 + step).clamp(0, views.len() as i32 - 1) as usize;
                        if next != i {
                            // One step per key press: the next tab takes the focus below.
                            moved = true;
                            state.view = views[next].0;
                            state.selected = None;
                            state.focus_tab = Some(next);
                            ui.ctx().request_repaint();
                        }
                    }
                }
            });
        },
    );
}

/// One row of a grid: its key (index among all rows of the view), label, whether the profiles
/// differ, and a cell per profile.
struct GridRow<'a> {
    key: usize,
    label: String,
    differs: bool,
    cells: &'a [Option<String>],
}

fn answers_view(ui: &mut egui::Ui, lang: Lang, data: &Data, state: &mut State) {
    let differing = data.rows.iter().filter(|r| r.differs).count();
    let label = tr!(
        lang,
        "compare-only-differences-differing-of-questions",
        data_rows_len = (data.rows.len()).to_string(),
        differing = (differing).to_string()
    );
    if ui.checkbox(&mut state.only_differences, label).changed() {
        state.selected = None;
    }
    let rows: Vec<GridRow> = data
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !state.only_differences || r.differs)
        .map(|(key, r)| GridRow {
            key,
            label: data
                .q
                .question(&r.question)
                .map_or_else(|| r.question.clone(), |x| x.label(lang).to_owned()),
            differs: r.differs,
            cells: &r.answers,
        })
        .collect();
    grid(
        ui,
        "answers",
        lang,
        trs!(lang, "compare-question"),
        data,
        &rows,
        state,
    );
}

/// A row of the needs per profile: its label, and a cell per profile.
pub type NeedsRow = (String, Vec<Option<String>>);

/// The needs of each profile as rows: the three priorities (in the announcement's order),
/// reach, participants and training. Worded once per language by the app, not every frame.
pub fn needs_table(
    q: &Questionnaire,
    rules: &NeedsRules,
    entries: &[Entry],
    needs: &[Needs],
    lang: Lang,
) -> Vec<NeedsRow> {
    let words: Vec<Words> = entries
        .iter()
        .map(|e| Words::new(q, rules, &e.profile, lang))
        .collect();
    let mut table: Vec<NeedsRow> = Vec::new();
    for def in rules.themes() {
        let cells = needs
            .iter()
            .zip(&words)
            .map(|(n, w)| {
                n.themes
                    .iter()
                    .find(|t| t.id == def.id)
                    .map(|t| w.priority_text(t))
            })
            .collect();
        // The priority question's short label ("Prioriteit LHBT"), as in the answers: a
        // theme's full title does not fit the label column.
        let label = q.question(&def.priority_question).map_or_else(
            || def.title.get(lang).to_owned(),
            |x| x.label(lang).to_owned(),
        );
        table.push((label, cells));
    }
    let reach = needs
        .iter()
        .map(|n| n.reach.map(|v| combine::of(v as usize, 5, lang)))
        .collect();
    table.push((trs!(lang, "compare-reach-of-help-now").to_owned(), reach));
    let participants = words
        .iter()
        .map(|w| {
            w.answers
                .number(crate::model::ids::PARTICIPANTS)
                .map(|n| n.to_string())
        })
        .collect();
    table.push((trs!(lang, "compare-participants").to_owned(), participants));
    let training = needs
        .iter()
        .zip(&words)
        .map(|(n, w)| {
            let t = &n.training;
            match (&t.chosen, w.proposal(t)) {
                (Some(own), _) => Some(w.training_name(own)),
                (None, Some(p)) => Some(format!("{} {p}", trs!(lang, "compare-proposal"))),
                (None, None) => t
                    .asked_advice
                    .then(|| trs!(lang, "compare-asks-for-advice").to_owned()),
            }
        })
        .collect();
    table.push((trs!(lang, "compare-training").to_owned(), training));
    table
}

/// The needs of each profile, side by side.
fn needs_view(ui: &mut egui::Ui, lang: Lang, data: &Data, state: &mut State) {
    let rows: Vec<GridRow> = data
        .needs
        .iter()
        .enumerate()
        .map(|(key, (label, cells))| GridRow {
            key,
            label: label.clone(),
            differs: cells.windows(2).any(|w| w[0] != w[1]),
            cells,
        })
        .collect();
    grid(
        ui,
        "needs",
        lang,
        trs!(lang, "compare-need"),
        data,
        &rows,
        state,
    );
}

/// An answer cell: at most [`CELL_LINES`] lines, cut off with "…".
fn cell_text(ui: &egui::Ui, text: &str, width: f32, strong: bool) -> LayoutJob {
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
fn grid(
    ui: &mut egui::Ui,
    id: &str,
    lang: Lang,
    corner: &str,
    data: &Data,
    rows: &[GridRow],
    state: &mut State,
) {
    if rows.is_empty() {
        ui.label(trs!(lang, "compare-no-differences-all-profiles-give-the"));
        return;
    }
    let (row_height, header_height, details_height, table_height) =
        heights(ui, state.selected.is_some(), data.entries.len());
    let n = data.entries.len();
    let label_width = LABEL_WIDTH.min(ui.available_width() * 0.4);
    let cell =
        ((ui.available_width() - label_width) / n.max(1) as f32).clamp(CELL_WIDTH, CELL_MAX_WIDTH);
    let fit = (((ui.available_width() - label_width) / cell).floor() as usize).max(1);
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
    if let Some(rect) = reveal {
        // The table's own scroll area takes a request to scroll; the page's needs its own.
        ui.scroll_to_rect(rect, None);
    }
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
        columns_note(ui, lang, first, fit, n);
    }
    ui.separator();
    details(ui, lang, data, rows, state, details_height);
}

/// "Profiel 1 tot 5 van 50", and how to scroll across.
fn columns_note(ui: &mut egui::Ui, lang: Lang, first: usize, fit: usize, n: usize) {
    ui.label(
        RichText::new(tr!(
            lang,
            "compare-profiles-to-of-n-scroll-across",
            first_1 = (first + 1).to_string(),
            first_fit_min_n = ((first + fit).min(n)).to_string(),
            n = (n).to_string()
        ))
        .small()
        .weak(),
    );
}

/// The heights of a row, the header, the details below and the table's rows, in the room
/// there is: the details take a share once a row is chosen; the table keeps [`MIN_ROWS`].
fn heights(ui: &egui::Ui, chosen: bool, profiles: usize) -> (f32, f32, f32, f32) {
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
    let table_height = (ui.available_height() - details_height - header_height - line * 3.0)
        .max(row_height * MIN_ROWS as f32);
    (row_height, header_height, details_height, table_height)
}

/// One frame of the table: the rows, the state, and what the keys asked for.
struct Sheet<'a, 'r> {
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
const SPOKEN: usize = 10;

/// A row's answers for a screen reader: "Gemeente Noord: 10; Gemeente Zuid: 13", the first
/// [`SPOKEN`] profiles, then how many more there are below the table.
fn spoken_answers(lang: Lang, names: &[String], cells: &[Option<String>]) -> String {
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
            "compare-and-more-more-profiles-below-the",
            more = more.to_string()
        ));
    }
    parts.join("; ")
}

/// The selected row in full: each profile's whole answer, with its name.
fn details(
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
            super::a11y::heading(ui, &row.label, 2);
            for (heading, cell) in data.headings.iter().zip(row.cells) {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(format!("{heading}:")).strong());
                    ui.label(cell.as_deref().unwrap_or("–"));
                });
            }
        });
}

/// The combined picture, part by part.
fn together_ui(ui: &mut egui::Ui, lang: Lang, data: &Data) {
    let names: Vec<&str> = data.names.iter().map(String::as_str).collect();
    for part in combine::worded(data.q, data.rules, &names, data.combined, lang) {
        ui.add_space(6.0);
        super::a11y::heading(ui, &part.title, 2);
        super::a11y::bullet_list(ui, &part.lines, |t| t);
    }
}

/// Two versions of one profile: every answer that changed, old → new.
fn changes_ui(ui: &mut egui::Ui, lang: Lang, q: &Questionnaire, old: &Entry, new: &Entry) {
    super::a11y::heading(
        ui,
        tr!(
            lang,
            "compare-what-changed-for-from-to",
            new_date = (new.date()).to_string(),
            old_date = (old.date()).to_string(),
            old_name = (old.name).clone()
        ),
        2,
    );
    ui.label(trs!(lang, "compare-two-versions-of-one-profile-this"));
    let changes = combine::changes(q, &old.profile, &new.profile, lang);
    if changes.is_empty() {
        ui.label(trs!(lang, "compare-nothing-the-answers-are-the-same"));
    }
    let none = trs!(lang, "compare-no-answer-2");
    for c in &changes {
        ui.add_space(4.0);
        let label = q.question(&c.question).map_or("", |x| x.label(lang));
        ui.label(RichText::new(label).strong());
        ui.indent(&c.question, |ui| {
            ui.add(
                egui::Label::new(format!(
                    "{} {}",
                    trs!(lang, "compare-before"),
                    c.before.as_deref().unwrap_or(none)
                ))
                .wrap(),
            );
            ui.add(
                egui::Label::new(format!(
                    "{} {}",
                    trs!(lang, "compare-now"),
                    c.after.as_deref().unwrap_or(none)
                ))
                .wrap(),
            );
        });
    }
}

/// The preview of the regional brief, with its language and the export button.
pub fn regional_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    brief: &Brief,
    brief_lang: Lang,
    out: &mut Vec<Command>,
) {
    super::a11y::screen_title(ui, Command::Goto(Screen::RegionalBrief).label(lang));
    ui.label(trs!(
        lang,
        "compare-this-is-the-regional-consultation-brief"
    ));
    super::brief::lang_choice(ui, lang, brief_lang, out);
    ui.horizontal_wrapped(|ui| {
        for command in [
            Command::ExportRegional,
            Command::CopyRegional,
            Command::Goto(Screen::Compare),
        ] {
            button(ui, lang, command, out);
        }
    });
    ui.add_space(8.0);
    super::brief::paper(ui, brief);
    ui.add_space(20.0);
}
