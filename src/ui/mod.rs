//! egui only: the screens and widgets. They draw state and return commands; they do no IO.

pub mod a11y;
pub mod brief;
pub mod choice;
pub mod compare;
pub mod guide;
pub mod markdown;
pub mod meeting;
pub mod menu;
pub mod modal;
pub mod nav;
pub mod needs;
pub mod question;
pub mod review;
pub mod start;
pub mod text_cache;
pub mod theme;

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::lang::Lang;

/// Where the user is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// One section of the questionnaire, by index.
    Section(usize),
    /// All answers, and what is missing.
    Review,
    /// The derived needs profile.
    Needs,
    /// The preview of the consultation brief.
    Brief,
    /// The user guide, at a chapter.
    Guide(usize),
    /// Several profiles side by side (issue 13).
    Compare,
    /// The preview of the regional brief of the profiles compared.
    RegionalBrief,
    /// What was agreed at the meeting (issue 23).
    Meeting,
    /// The preview of the meeting's report (*verslag*).
    Report,
}

/// What the user asked for. The UI returns these; `app` carries them out.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    New,
    /// Open the built-in complete example as an unsaved copy (issue 23).
    ViewExample,
    /// A new, unsaved profile with this one's answers and its agreements carried over.
    NewBasedOnThis,
    Open,
    OpenPath(PathBuf),
    Save,
    SaveAs,
    Goto(Screen),
    /// Go to the section of a question and show that question.
    GotoQuestion(crate::model::ids::QuestionId),
    SetLang(Lang),
    Zoom(ZoomStep),
    /// Open the user guide at the chapter about the current screen (F1).
    Help,
    /// Back from the guide to where the user was.
    CloseGuide,
    /// Show or hide the list of sections on the left.
    ShowSections(bool),
    /// Light, dark, or the system's colours.
    SetTheme(crate::ui::theme::Theme),
    /// How the window is drawn from the next start (*Beeld › Weergave*).
    SetDrawing(crate::ui::theme::Drawing),
    /// Put the intake e-mail on the clipboard.
    CopyEmail,
    /// Open the intake e-mail in the mail program (a `mailto:` link).
    OpenEmail,
    /// Export the consultation brief as PDF.
    ExportBrief,
    /// Put the brief as plain text on the clipboard.
    CopyBrief,
    /// The language of the brief (may differ from the interface).
    SetBriefLang(Lang),
    /// Add the intake e-mail to the brief as an appendix, or not.
    SetBriefEmail(bool),
    /// Choose profiles to compare (a file dialog that takes several, or typed paths).
    Compare,
    /// Compare the profiles in these files.
    ComparePaths(Vec<PathBuf>),
    /// Save the comparison table as CSV, for a spreadsheet.
    SaveCompareCsv,
    /// Export the regional brief of the profiles compared, as PDF.
    ExportRegional,
    /// Put the regional brief as plain text on the clipboard.
    CopyRegional,
    /// Close the comparison and go back.
    CloseCompare,
    /// Export the meeting's report (*verslag*) as PDF.
    ExportReport,
    /// The brief, the regional brief or the verslag as a Word document to edit (issue 34).
    ExportBriefWord,
    ExportRegionalWord,
    ExportReportWord,
    /// Put the report as plain text on the clipboard.
    CopyReport,
    Quit,
}

/// Where the keyboard focus goes after a command (issue 32): never nowhere, so the next Tab
/// goes on from a known place and not from the menu bar. `Command::focus_rule` gives every
/// command one; `tests/focus_rules.rs` runs each and checks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusRule {
    /// The focus stays on the control that had it; what happened is announced ("Opgeslagen",
    /// "De e-mail staat op het klembord"). When the command has to ask or report first (a
    /// dialog), closing the dialog gives the focus back to that control.
    Stays,
    /// A dialog takes the focus (a file to choose, a question); closing it gives the focus
    /// back to the control that had it.
    Dialog,
    /// Another screen: its title takes the focus (the start screen its first button, the
    /// comparison its first row), or a dialog first when unsaved work would be left.
    Screen,
    /// A question of another section: its first control takes the focus.
    Question,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZoomStep {
    In,
    Out,
    Reset,
}

impl Command {
    /// The text of the command in menus and buttons, so every place says the same.
    pub fn label(&self, lang: Lang) -> String {
        let s = match self {
            Command::New => trs!(lang, "ui-new-profile"),
            Command::ViewExample => trs!(lang, "start-view-example"),
            Command::NewBasedOnThis => trs!(lang, "ui-new-based-on-this"),
            Command::Open => trs!(lang, "ui-open"),
            Command::OpenPath(path) => return path.display().to_string(),
            Command::Save => trs!(lang, "ui-save"),
            Command::SaveAs => trs!(lang, "ui-save-as"),
            Command::Goto(Screen::Review) => trs!(lang, "ui-overview"),
            Command::Goto(Screen::Start) => trs!(lang, "ui-start-screen"),
            Command::Goto(Screen::Needs) => trs!(lang, "ui-needs-profile"),
            Command::Goto(Screen::Brief) => {
                trs!(lang, "ui-consultation-brief-preview")
            }
            Command::ExportBrief => {
                trs!(lang, "ui-export-consultation-brief")
            }
            Command::CopyBrief | Command::CopyRegional | Command::CopyReport => {
                trs!(lang, "ui-copy-as-text")
            }
            Command::SetBriefLang(l) | Command::SetLang(l) => l.native_name(),
            Command::SetBriefEmail(_) => trs!(lang, "ui-brief-attach-email"),
            Command::CopyEmail => trs!(lang, "ui-copy-text"),
            Command::OpenEmail => trs!(lang, "ui-open-in-e-mail-program"),
            Command::Goto(Screen::Section(_)) | Command::GotoQuestion(_) => {
                trs!(lang, "ui-go-to")
            }
            Command::Zoom(ZoomStep::In) => trs!(lang, "ui-larger-text"),
            Command::Zoom(ZoomStep::Out) => trs!(lang, "ui-smaller-text"),
            Command::Zoom(ZoomStep::Reset) => trs!(lang, "ui-normal-text-size"),
            Command::Quit => trs!(lang, "ui-quit"),
            Command::ShowSections(_) => trs!(lang, "ui-list-of-sections"),
            Command::SetTheme(theme) => theme.label(lang),
            Command::SetDrawing(drawing) => drawing.label(lang),
            Command::Help | Command::Goto(Screen::Guide(_)) => {
                trs!(lang, "ui-user-guide")
            }
            Command::CloseGuide => trs!(lang, "ui-close-the-guide"),
            Command::Compare => trs!(lang, "ui-compare-profiles"),
            Command::ComparePaths(_) | Command::Goto(Screen::Compare) => {
                trs!(lang, "ui-comparison")
            }
            Command::Goto(Screen::RegionalBrief) => trs!(lang, "ui-regional-brief-preview"),
            Command::SaveCompareCsv => trs!(lang, "ui-save-the-table-for-excel-csv"),
            Command::ExportRegional => trs!(lang, "ui-export-the-regional-brief"),
            Command::CloseCompare => trs!(lang, "ui-close-the-comparison"),
            Command::Goto(Screen::Meeting) => trs!(lang, "meeting-title"),
            Command::Goto(Screen::Report) => trs!(lang, "meeting-view-report"),
            Command::ExportReport => trs!(lang, "meeting-export-report"),
            Command::ExportBriefWord => trs!(lang, "ui-export-brief-word"),
            Command::ExportRegionalWord => trs!(lang, "ui-export-regional-word"),
            Command::ExportReportWord => trs!(lang, "ui-export-report-word"),
        };
        s.to_owned()
    }

    /// Where the focus goes after this command (issue 32). No wildcard: a new command does not
    /// compile until it has a rule.
    pub fn focus_rule(&self) -> FocusRule {
        match self {
            Command::New
            | Command::ViewExample
            | Command::NewBasedOnThis
            | Command::OpenPath(_)
            | Command::Goto(_)
            | Command::Help
            | Command::CloseGuide
            | Command::ComparePaths(_)
            | Command::CloseCompare => FocusRule::Screen,
            Command::GotoQuestion(_) => FocusRule::Question,
            Command::Open
            | Command::SaveAs
            | Command::ExportBrief
            | Command::ExportRegional
            | Command::ExportReport
            | Command::ExportBriefWord
            | Command::ExportRegionalWord
            | Command::ExportReportWord
            | Command::SaveCompareCsv
            | Command::Compare
            | Command::Quit => FocusRule::Dialog,
            Command::Save
            | Command::SetLang(_)
            | Command::Zoom(_)
            | Command::ShowSections(_)
            | Command::SetTheme(_)
            | Command::SetDrawing(_)
            | Command::CopyEmail
            | Command::OpenEmail
            | Command::CopyBrief
            | Command::SetBriefLang(_)
            | Command::SetBriefEmail(_)
            | Command::CopyRegional
            | Command::CopyReport => FocusRule::Stays,
        }
    }

    /// One command of every kind, for the tests that go over them all. The match below lists
    /// every kind without a wildcard, so a new command does not compile until it is added
    /// here too.
    pub fn every_kind(profile: PathBuf, other: PathBuf) -> Vec<Command> {
        let all = vec![
            Command::New,
            Command::ViewExample,
            Command::NewBasedOnThis,
            Command::Open,
            Command::OpenPath(profile.clone()),
            Command::Save,
            Command::SaveAs,
            Command::Goto(Screen::Needs),
            Command::GotoQuestion(crate::model::ids::QuestionId::from(
                "training.vorm".to_owned(),
            )),
            Command::SetLang(Lang::En),
            Command::Zoom(ZoomStep::In),
            Command::Help,
            Command::CloseGuide,
            Command::ShowSections(false),
            Command::SetTheme(crate::ui::theme::Theme::Dark),
            Command::SetDrawing(crate::ui::theme::Drawing::Glow),
            Command::CopyEmail,
            Command::OpenEmail,
            Command::ExportBrief,
            Command::CopyBrief,
            Command::SetBriefLang(Lang::En),
            Command::SetBriefEmail(true),
            Command::Compare,
            Command::ComparePaths(vec![profile, other]),
            Command::SaveCompareCsv,
            Command::ExportRegional,
            Command::CopyRegional,
            Command::CloseCompare,
            Command::ExportReport,
            Command::CopyReport,
            Command::ExportBriefWord,
            Command::ExportRegionalWord,
            Command::ExportReportWord,
            Command::Quit,
        ];
        for command in &all {
            match command {
                Command::New
                | Command::ViewExample
                | Command::NewBasedOnThis
                | Command::Open
                | Command::OpenPath(_)
                | Command::Save
                | Command::SaveAs
                | Command::Goto(_)
                | Command::GotoQuestion(_)
                | Command::SetLang(_)
                | Command::Zoom(_)
                | Command::Help
                | Command::CloseGuide
                | Command::ShowSections(_)
                | Command::SetTheme(_)
                | Command::SetDrawing(_)
                | Command::CopyEmail
                | Command::OpenEmail
                | Command::ExportBrief
                | Command::CopyBrief
                | Command::SetBriefLang(_)
                | Command::SetBriefEmail(_)
                | Command::Compare
                | Command::ComparePaths(_)
                | Command::SaveCompareCsv
                | Command::ExportRegional
                | Command::CopyRegional
                | Command::CloseCompare
                | Command::ExportReport
                | Command::CopyReport
                | Command::ExportBriefWord
                | Command::ExportRegionalWord
                | Command::ExportReportWord
                | Command::Quit => {}
            }
        }
        all
    }

    /// The keyboard shortcut of the command, if it has one.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let key = |m, k| Some(KeyboardShortcut::new(m, k));
        match self {
            Command::New => key(cmd, Key::N),
            Command::Open => key(cmd, Key::O),
            Command::Save => key(cmd, Key::S),
            Command::SaveAs => key(cmd | Modifiers::SHIFT, Key::S),
            Command::ExportBrief => key(cmd, Key::E),
            Command::Zoom(ZoomStep::In) => key(cmd, Key::Plus),
            Command::Zoom(ZoomStep::Out) => key(cmd, Key::Minus),
            Command::Zoom(ZoomStep::Reset) => key(cmd, Key::Num0),
            Command::Help => key(Modifiers::NONE, Key::F1),
            _ => None,
        }
    }
}

/// The commands that have a shortcut, longest modifier first (Ctrl+Shift+S before Ctrl+S).
pub const SHORTCUT_COMMANDS: [Command; 9] = [
    Command::Help,
    Command::SaveAs,
    Command::ExportBrief,
    Command::Save,
    Command::New,
    Command::Open,
    Command::Zoom(ZoomStep::In),
    Command::Zoom(ZoomStep::Out),
    Command::Zoom(ZoomStep::Reset),
];

/// The commands whose shortcut was pressed this frame.
pub fn shortcuts(ctx: &egui::Context) -> Vec<Command> {
    let mut out = Vec::new();
    ctx.input_mut(|i| {
        for command in SHORTCUT_COMMANDS {
            if let Some(shortcut) = command.shortcut()
                && i.consume_shortcut(&shortcut)
            {
                out.push(command);
            }
        }
    });
    out
}

/// A shortcut as the menu shows it, in `lang`: "Ctrl+Shift+S" (egui's own names are English).
pub fn shortcut_text(lang: Lang, shortcut: &egui::KeyboardShortcut, is_mac: bool) -> String {
    let names = egui::ModifierNames {
        is_short: false,
        alt: trs!(lang, "key-alt"),
        ctrl: trs!(lang, "key-ctrl"),
        shift: trs!(lang, "key-shift"),
        mac_cmd: "⌘",
        mac_alt: "⌥",
        concat: "+",
    };
    let mut text = names.format(&shortcut.modifiers, is_mac);
    if !text.is_empty() {
        text.push('+');
    }
    text.push_str(match shortcut.logical_key {
        egui::Key::Plus => trs!(lang, "key-plus"),
        egui::Key::Minus => trs!(lang, "key-minus"),
        // A letter, a digit or F1 to F12: the same in every language.
        key => key.name(),
    });
    text
}

/// A menu entry for a command, with its shortcut beside it.
pub fn command_button_ui(ui: &mut egui::Ui, command: Command, lang: Lang, out: &mut Vec<Command>) {
    described_command_button_ui(ui, command, lang, None, out);
}

/// A menu item for a command, with a description a screen reader reads after its name: what a
/// label in the menu says about it, which the arrow keys pass by.
pub fn described_command_button_ui(
    ui: &mut egui::Ui,
    command: Command,
    lang: Lang,
    description: Option<&str>,
    out: &mut Vec<Command>,
) {
    let mut button = egui::Button::new(command.label(lang));
    if let Some(shortcut) = command.shortcut() {
        let is_mac = ui.ctx().os() == egui::os::OperatingSystem::Mac;
        button = button.shortcut_text(shortcut_text(lang, &shortcut, is_mac));
    }
    let response = ui.add(button);
    mark_menu_item(ui, &response, egui::accesskit::Role::MenuItem, None);
    if let Some(description) = description {
        describe(ui, &response, description);
    }
    if response.clicked() {
        out.push(command);
        // Closes the menu also when chosen with Enter or a screen reader's click action.
        ui.close();
    }
}

/// A control in a menu as a screen reader should meet it: a menu item (not a push button), or
/// a radio or check item with its state.
pub fn mark_menu_item(
    ui: &egui::Ui,
    response: &egui::Response,
    role: egui::accesskit::Role,
    checked: Option<bool>,
) {
    // In a menu that scrolls (a small window, large text), the item the arrows reach comes
    // into view, whatever kind of item it is.
    if response.gained_focus() {
        response.scroll_to_me(None);
    }
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(role);
        if let Some(checked) = checked {
            node.set_toggled(if checked {
                egui::accesskit::Toggled::True
            } else {
                egui::accesskit::Toggled::False
            });
        }
    });
}

/// Gives a control the description a screen reader reads after its name.
pub fn describe(ui: &egui::Ui, response: &egui::Response, description: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_description(description);
    });
}

/// Below this width in points (a small window, or large text: 800 pixels at 200 % are 400
/// points) the window is narrow: the list of sections steps aside and the status line keeps
/// to one line, so the content keeps most of the window.
pub const NARROW: f32 = 600.0;

/// Whether the window is narrow ([`NARROW`]).
pub fn narrow(ctx: &egui::Context) -> bool {
    ctx.content_rect().width() < NARROW
}

/// Brings the focused widget into view when the focus has just moved to it (egui does not do
/// this by itself): call at the end of a `ScrollArea`'s contents. Only widgets in this area's
/// column count, so the side panel and the page each follow their own.
pub fn follow_focus(ui: &egui::Ui, moved: bool) {
    if !moved {
        return;
    }
    let Some(response) = ui
        .memory(egui::Memory::focused)
        .and_then(|id| ui.ctx().read_response(id))
    else {
        return;
    };
    let column = ui.max_rect().x_range();
    // With some lines above it, so an option is seen with its question, not alone at the top
    // edge (issue 32).
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let above = (3.0 * line).min(ui.clip_rect().height() / 3.0);
    let wanted = response.rect.with_min_y(response.rect.min.y - above);
    if column.contains(response.rect.center().x)
        && response.layer_id == ui.layer_id()
        && !ui.clip_rect().shrink(4.0).contains_rect(wanted)
    {
        ui.scroll_to_rect(wanted, None);
    }
}

/// Page Up and Page Down scroll the page by most of its height, as in any document.
pub fn page_keys(ui: &egui::Ui) {
    let (up, down) = ui.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::PageUp),
            i.consume_key(Modifiers::NONE, Key::PageDown),
        )
    });
    let page = ui.clip_rect().height() * 0.85;
    if up {
        ui.scroll_with_delta(egui::vec2(0.0, page));
    }
    if down {
        ui.scroll_with_delta(egui::vec2(0.0, -page));
    }
}

/// Paths are shown with the file name first and the folder after it.
pub fn display_path(path: &std::path::Path) -> String {
    match (path.file_name(), path.parent()) {
        (Some(name), Some(parent)) if !parent.as_os_str().is_empty() => {
            format!("{} — {}", name.to_string_lossy(), parent.display())
        }
        _ => path.display().to_string(),
    }
}
