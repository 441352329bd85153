//! The comparison screen (issue 13): profiles side by side in a virtualised table (only the rows
//! and the columns in view are built), answers that differ marked, a
//! filter "alleen verschillen", the needs per profile, and the combined picture or, for two
//! versions of one profile, what changed. Also the preview of the regional brief. Draws and
//! returns commands; the open profile is never touched here.

use egui::{Key, RichText};

use super::{Command, Screen};
use crate::lang::Lang;
use crate::model::Questionnaire;
use crate::model::combine::{self, Combined, Entry};
use crate::model::needs::NeedsRules;
use crate::words::combine::Row;

mod preview;
mod table;

pub use preview::regional_ui;
use table::{GridRow, grid};

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
#[derive(Clone, Debug, Default, PartialEq)]
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
    /// The organisation the alliance deals with for all of them (an index into the entries):
    /// the regional brief's point of contact and meeting (issue 31).
    pub convenor: usize,
    /// The height of the page's view last drawn: in a narrow window (large text, a small
    /// window) the table takes all of it, and the part above scrolls away (issue 32).
    page_height: f32,
    /// The control that had the keyboard focus last frame: the page follows the focus when it
    /// moves (Shift+Tab from the table to the tabs above it).
    focus_seen: Option<egui::Id>,
    /// Whether the table brought its row into view this frame (then the page does not
    /// follow the focus as well).
    revealed: bool,
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
    pub needs: &'a [crate::words::combine::NeedsRow],
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
            state.page_height = ui.available_height();
            state.revealed = false;
            top_ui(ui, lang, data, state, versions.is_some(), out);
            view_ui(ui, lang, data, state, versions);
            // Inside the page's scroll area, or its request to scroll is lost.
            let focused = ui.memory(egui::Memory::focused);
            if !state.revealed {
                super::follow_focus(ui, focused != state.focus_seen);
            }
            state.focus_seen = focused;
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
        View::Answers => answers_view_ui(ui, lang, data, state),
        View::Needs => needs_view_ui(ui, lang, data, state),
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
    super::a11y::heading_ui(ui, Command::Goto(Screen::Compare).label(lang), 1);
    ui.label(tr!(
        lang,
        "compare-profiles-side-by-side-your-open",
        profiles = (data.entries.len()).to_string()
    ));
    notices_ui(ui, lang, data);
    ui.horizontal_wrapped(|ui| {
        let mut commands = vec![Command::Compare, Command::SaveCompareCsv];
        if !versions {
            commands.push(Command::Goto(Screen::RegionalBrief));
        }
        commands.push(Command::CloseCompare);
        for command in commands {
            button_ui(ui, lang, command, out);
        }
    });
    if !versions && data.names.len() > 1 {
        convenor_ui(ui, lang, data, state);
    }
    ui.add_space(4.0);
    tabs_ui(ui, lang, state, versions);
    ui.add_space(4.0);
}

/// The choice of the convenor: which organisation the regional brief names as the alliance's
/// point of contact, and whose proposal for the meeting it gives. A labelled combo box: a
/// screen reader reads its label and the organisation chosen.
fn convenor_ui(ui: &mut egui::Ui, lang: Lang, data: &Data, state: &mut State) {
    if state.convenor >= data.names.len() {
        state.convenor = 0;
    }
    let chosen = data.names[state.convenor].clone();
    // The label above the list, as a form reads; the list is named by it, and no wider than
    // the window (a long name is cut short in the button, whole in the list).
    let label = ui.label(trs!(lang, "compare-convenor"));
    let response = egui::ComboBox::from_id_salt("compare-convenor")
        .selected_text(chosen.clone())
        .width(ui.available_width().min(420.0) - 24.0)
        .truncate()
        .show_ui(ui, |ui| {
            for (i, name) in data.names.iter().enumerate() {
                ui.selectable_value(&mut state.convenor, i, name);
            }
        })
        .response
        .labelled_by(label.id);
    // Orca 43 reads a combo box's name but not its value: the name carries the organisation
    // chosen ("Aanspreekpunt voor de alliantie: Gemeente Epe").
    let name = format!("{}: {chosen}", trs!(lang, "compare-convenor"));
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(name));
}

/// A button for `command`, named as it reads on these screens: choosing profiles again is
/// "Andere profielen kiezen…", and going to the comparison from its brief is going back.
fn button_ui(ui: &mut egui::Ui, lang: Lang, command: Command, out: &mut Vec<Command>) {
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
fn notices_ui(ui: &mut egui::Ui, lang: Lang, data: &Data) {
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
        ui.label(RichText::new(trs!(lang, "compare-personal-data-notice")).color(warn));
        egui::ScrollArea::vertical()
            .id_salt("privacy")
            .max_height(ui.ctx().content_rect().height() * 0.15)
            .show(ui, |ui| {
                let lines = data.privacy.iter().map(|(f, x)| format!("{f}: {x}"));
                super::a11y::bullet_list_ui(ui, lines, |t| t);
            });
    }
}

/// The three views as one row of tabs: one Tab stop, arrows move between them.
fn tabs_ui(ui: &mut egui::Ui, lang: Lang, state: &mut State, versions: bool) {
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
                    crate::ui::theme::mark_selected(ui, &tab, selected);
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

fn answers_view_ui(ui: &mut egui::Ui, lang: Lang, data: &Data, state: &mut State) {
    let differing = data.rows.iter().filter(|r| r.differs).count();
    let label = tr!(
        lang,
        "compare-only-differences",
        questions = (data.rows.len()).to_string(),
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

/// The needs of each profile, side by side.
fn needs_view_ui(ui: &mut egui::Ui, lang: Lang, data: &Data, state: &mut State) {
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

/// The combined picture, part by part.
/// One Tab stop, read part by part and line by line with the arrow keys (issue 32: on *Samen*
/// the first Tab went to the menu bar).
fn together_ui(ui: &mut egui::Ui, lang: Lang, data: &Data) {
    let names: Vec<&str> = data.names.iter().map(String::as_str).collect();
    let mut reader = super::a11y::Reader::new(ui, ui.scope_id().with("together.reader"));
    for part in crate::words::combine::worded(data.q, data.rules, &names, data.combined, lang) {
        ui.add_space(6.0);
        let heading = reader.label(ui, RichText::new(&part.title).size(19.0).strong());
        super::a11y::mark_heading(ui, &heading, 2);
        reader.bullets(ui, &part.lines, |t| t);
    }
    reader.finish(ui);
}

/// Two versions of one profile: every answer that changed, old → new.
fn changes_ui(ui: &mut egui::Ui, lang: Lang, q: &Questionnaire, old: &Entry, new: &Entry) {
    super::a11y::heading_ui(
        ui,
        tr!(
            lang,
            "compare-what-changed-heading",
            new_date = (new.date()).to_string(),
            old_date = (old.date()).to_string(),
            old_name = (old.name).clone()
        ),
        2,
    );
    // Read block by block with the arrow keys, one Tab stop (issue 32).
    let mut reader = super::a11y::Reader::new(ui, ui.scope_id().with("changes.reader"));
    reader.label(ui, trs!(lang, "compare-versions-intro"));
    let changes = crate::words::combine::changes(q, &old.profile, &new.profile, lang);
    if changes.is_empty() {
        reader.label(ui, trs!(lang, "compare-nothing-the-answers-are-the-same"));
    }
    let none = trs!(lang, "compare-no-answer-in-brackets");
    for c in &changes {
        ui.add_space(4.0);
        let label = q.question(&c.question).map_or("", |x| x.label(lang));
        reader.label(ui, RichText::new(label).strong());
        ui.indent(&c.question, |ui| {
            reader.label(
                ui,
                format!(
                    "{} {}",
                    trs!(lang, "compare-before"),
                    c.before.as_deref().unwrap_or(none)
                ),
            );
            reader.label(
                ui,
                format!(
                    "{} {}",
                    trs!(lang, "compare-now"),
                    c.after.as_deref().unwrap_or(none)
                ),
            );
        });
    }
    // After the answers, as on the command line: how each agreement stands (issue 23).
    let agreements = crate::words::combine::agreement_lines(&old.profile, &new.profile, lang);
    if !agreements.is_empty() {
        ui.add_space(6.0);
        let heading = reader.label(ui, RichText::new(trs!(lang, "compare-agreements")).strong());
        super::a11y::mark_heading(ui, &heading, 3);
        reader.bullets(ui, &agreements, |t| t);
    }
    reader.finish(ui);
}
