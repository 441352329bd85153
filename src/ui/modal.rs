//! The dialogs drawn in egui: unsaved changes, typing a path, and messages.

use std::path::PathBuf;

use egui::{Key, Modal, RichText, TextEdit};

use crate::lang::Lang;

/// What to do once the current document is saved or discarded.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    New,
    /// The built-in example, as an unsaved copy.
    Example,
    /// A new profile with this one's answers (next year's preparation).
    BasedOnThis,
    Open,
    OpenPath(PathBuf),
    Quit,
}

/// Why the user types a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    Open,
    Save,
    /// Export the consultation brief as PDF.
    ExportBrief,
    /// Choose profiles to compare: one path per line.
    Compare,
    /// Export the regional brief as PDF.
    ExportRegional,
    /// Save the comparison table as CSV.
    CompareCsv,
    /// Export the meeting's report (*verslag*) as PDF.
    ExportReport,
}

/// An output that leaves the program, for the privacy gate's question (issue 30): which one
/// goes on after "Toch exporteren", whatever screen the question was asked on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumIter)]
pub enum Outgoing {
    /// The consultation brief as PDF.
    Brief,
    /// The regional brief as PDF.
    Regional,
    /// The meeting's report as PDF.
    Report,
    /// The comparison table as CSV.
    Table,
    /// The brief as text on the clipboard.
    CopyBrief,
    /// The regional brief as text on the clipboard.
    CopyRegional,
    /// The report as text on the clipboard.
    CopyReport,
    /// The intake e-mail as text on the clipboard.
    CopyEmail,
    /// The intake e-mail to the mail program (a `mailto:` link).
    MailProgram,
}

impl Outgoing {
    /// Whether it leaves as a file (and its suggested name with it).
    pub fn is_file(self) -> bool {
        matches!(
            self,
            Outgoing::Brief | Outgoing::Regional | Outgoing::Report | Outgoing::Table
        )
    }

    /// The question's text and its "go on" button.
    fn wording(self, lang: Lang) -> (&'static str, &'static str) {
        match self {
            Outgoing::Brief | Outgoing::Regional | Outgoing::Report | Outgoing::Table => (
                trs!(lang, "modal-personal-data-question"),
                trs!(lang, "modal-personal-data-export-anyway"),
            ),
            Outgoing::CopyBrief
            | Outgoing::CopyRegional
            | Outgoing::CopyReport
            | Outgoing::CopyEmail => (trs!(lang, "gate-copy-text"), trs!(lang, "gate-copy-anyway")),
            Outgoing::MailProgram => (trs!(lang, "gate-mail-text"), trs!(lang, "gate-mail-anyway")),
        }
    }
}

/// A dialog on top of the window.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// "Save changes?" before `then`.
    Unsaved { then: Pending },
    /// No file dialog could be shown: the user types a path. After saving, `then` follows.
    Path {
        purpose: PathPurpose,
        text: String,
        then: Option<Pending>,
    },
    /// A message with an OK button.
    Message { title: String, body: String },
    /// Required answers are missing: export anyway, marked as open, or go back.
    ExportMissing { items: Vec<String> },
    /// What is about to leave looks like residents' personal data: go on anyway, or go back
    /// to edit. `export` says which output goes on: the dialog's own, never the screen it was
    /// asked on.
    ExportPrivacy {
        items: Vec<String>,
        export: Outgoing,
    },
    /// Unsaved work from a session that ended unexpectedly: restore it, or throw it away.
    Recover {
        /// When the copy was made, as people write it.
        when: String,
        /// The organisation named in the copy, if any.
        organisation: Option<String>,
        /// The file the work came from, if it had one.
        original: Option<PathBuf>,
        /// How many more copies wait to be offered after this one.
        more: usize,
    },
    /// "Really throw this work away?", after *Weggooien* in the recovery dialog.
    ConfirmDiscard { when: String },
    /// The file changed on disk since this window read or wrote it (another window or computer
    /// saved it): save under another name, overwrite theirs, or reopen theirs.
    Conflict { path: PathBuf },
    /// The typed path names a file that exists: replace it, or choose another name.
    Overwrite {
        path: PathBuf,
        purpose: PathPurpose,
        then: Option<Pending>,
    },
    /// The brief was written: open it, or close.
    Exported {
        /// What was exported: "Gespreksnotitie", "Verslag", "Regionale gespreksnotitie".
        name: String,
        path: PathBuf,
        pages: usize,
        /// What happened to characters the font could not show, if anything.
        note: Option<String>,
    },
}

impl Dialog {
    /// A message about a file: what happened, then the file's path on a line of its own.
    pub fn about_file(title: &str, body: &str, path: &std::path::Path) -> Dialog {
        Dialog::Message {
            title: title.to_owned(),
            body: format!("{body}\n\n{}", path.display()),
        }
    }
}

/// "Save changes?": save, don't save, or cancel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    Save,
    DontSave,
    Cancel,
}

/// A typed path, or cancel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathChoice {
    Path(PathBuf),
    /// Several paths, one per line (to compare profiles).
    Paths(Vec<PathBuf>),
    Cancel,
}

/// Export anyway, or go back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proceed {
    Anyway,
    Back,
}

/// Restore the recovered work, or discard it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoverChoice {
    Restore,
    /// Keep the copy and decide at the next start (also Escape).
    Later,
    /// Throw it away: asks once more first.
    Discard,
}

/// What to do when someone else saved the file in the meantime.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Save this window's work under another name; their file stays.
    SaveAs,
    /// Replace their version with this window's.
    Overwrite,
    /// Keep this window's work in a file beside it, and open theirs.
    Reopen,
    /// Do nothing now.
    Cancel,
}

/// Open the exported brief in the system's viewer, or close.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportedChoice {
    Open,
    Close,
}

/// What was decided in a dialog, with what the app needs to carry it out: one variant per
/// dialog, each with only that dialog's choices, so the app handles every case and no other.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Unsaved {
        then: Pending,
        choice: UnsavedChoice,
    },
    Path {
        purpose: PathPurpose,
        then: Option<Pending>,
        choice: PathChoice,
    },
    Message,
    ExportMissing(Proceed),
    ExportPrivacy {
        export: Outgoing,
        choice: Proceed,
    },
    Recover(RecoverChoice),
    /// Throw the recovered work away (`Anyway`), or go back to the question (`Back`).
    ConfirmDiscard(Proceed),
    Conflict {
        path: PathBuf,
        choice: ConflictChoice,
    },
    /// Replace the existing file (`Anyway`), or go back to the path (`Back`).
    Overwrite {
        path: PathBuf,
        purpose: PathPurpose,
        then: Option<Pending>,
        choice: Proceed,
    },
    Exported {
        path: PathBuf,
        choice: ExportedChoice,
    },
}

/// Where a dialog's title is kept for its accessible name.
fn title_key() -> egui::Id {
    egui::Id::unique("behoeftewijzer.dialog.title")
}

/// The dialog's title: a heading, and the dialog's name for a screen reader.
fn dialog_title_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let heading = super::a11y::heading_ui(ui, text, 1);
    ui.ctx()
        .data_mut(|d| d.insert_temp(title_key(), heading.id));
    heading
}

/// Gives `response` the keyboard focus when nothing in the dialog has it (egui's modal takes
/// the focus from the window behind, but the page may ask for it again before the dialog is
/// drawn): Enter and Space then act on the dialog's first choice.
fn default_focus(ui: &egui::Ui, response: &egui::Response) {
    let layer = ui.layer_id();
    let in_dialog = ui
        .memory(egui::Memory::focused)
        .and_then(|id| ui.ctx().read_response(id))
        .is_some_and(|r| r.layer_id == layer);
    if !in_dialog {
        response.request_focus();
    }
}

/// A row of buttons, the first with the keyboard focus (the safe choice goes first); the row
/// wraps in a narrow window or at large text. Returns the choice clicked, if any.
fn buttons_ui<T: Copy>(ui: &mut egui::Ui, choices: &[(&str, T)]) -> Option<T> {
    let mut chosen = None;
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        for (i, (label, choice)) in choices.iter().enumerate() {
            let button = ui.button(*label);
            if i == 0 {
                default_focus(ui, &button);
                if let Some(list) = ui.data_mut(|d| d.remove_temp::<String>(list_key())) {
                    ui.ctx()
                        .accesskit_node_builder(button.id, |node| node.set_description(list));
                }
            }
            if button.clicked() {
                chosen = Some(*choice);
            }
        }
    });
    chosen
}

/// An id of its own per dialog: when one dialog replaces another (a typed path, then why it
/// failed), a screen reader meets a new dialog and reads its title and text, instead of the old
/// dialog's node with only a new button in it.
fn dialog_id(dialog: &Dialog) -> egui::Id {
    let title = match dialog {
        Dialog::Message { title, .. } => Some(title.as_str()),
        _ => None,
    };
    egui::Id::unique((
        "behoeftewijzer.dialog",
        std::mem::discriminant(dialog),
        title,
    ))
}

/// Shows the dialog. Returns what was decided, once it was.
pub fn dialog_ui(ctx: &egui::Context, lang: Lang, dialog: &mut Dialog) -> Option<Outcome> {
    let mut outcome = None;
    let id = dialog_id(dialog);
    let response = Modal::new(id).show(ctx, |ui| {
        // At most 520 points, and never wider than the window (small window, large text).
        let room = ctx.content_rect().width() - 48.0;
        ui.set_max_width(room.clamp(200.0, 520.0));
        outcome = match dialog {
            Dialog::Unsaved { then } => unsaved_ui(ui, lang).map(|choice| Outcome::Unsaved {
                then: then.clone(),
                choice,
            }),
            Dialog::Path {
                purpose,
                text,
                then,
            } => path_ui(ui, lang, *purpose, text).map(|choice| Outcome::Path {
                purpose: *purpose,
                then: then.clone(),
                choice,
            }),
            Dialog::ExportMissing { items } => {
                export_missing_ui(ui, lang, items).map(Outcome::ExportMissing)
            }
            Dialog::ExportPrivacy { items, export } => export_privacy_ui(ui, lang, items, *export)
                .map(|choice| Outcome::ExportPrivacy {
                    export: *export,
                    choice,
                }),
            Dialog::Recover {
                when,
                organisation,
                original,
                more,
            } => recover_ui(
                ui,
                lang,
                when,
                organisation.as_deref(),
                original.as_deref(),
                *more,
            )
            .map(Outcome::Recover),
            Dialog::ConfirmDiscard { when } => {
                confirm_discard_ui(ui, lang, when).map(Outcome::ConfirmDiscard)
            }
            Dialog::Exported { .. } => exported_outcome(ui, lang, dialog),
            Dialog::Message { title, body } => {
                message_ui(ui, lang, title, body).then_some(Outcome::Message)
            }
            Dialog::Conflict { path } => {
                conflict_ui(ui, lang, path).map(|choice| Outcome::Conflict {
                    path: path.clone(),
                    choice,
                })
            }
            Dialog::Overwrite {
                path,
                purpose,
                then,
            } => overwrite_ui(ui, lang, path).map(|choice| Outcome::Overwrite {
                path: path.clone(),
                purpose: *purpose,
                then: then.clone(),
                choice,
            }),
        };
    });
    let title = ctx.data(|d| d.get_temp::<egui::Id>(title_key()));
    super::a11y::name_dialog(ctx, id, title);
    if outcome.is_none() && response.should_close() {
        outcome = Some(dismissed(dialog));
    }
    outcome
}

/// Escape or a click outside: go back, or close. Never a decision that loses work.
fn dismissed(dialog: &Dialog) -> Outcome {
    match dialog {
        Dialog::Unsaved { then } => Outcome::Unsaved {
            then: then.clone(),
            choice: UnsavedChoice::Cancel,
        },
        Dialog::Path { purpose, then, .. } => Outcome::Path {
            purpose: *purpose,
            then: then.clone(),
            choice: PathChoice::Cancel,
        },
        Dialog::ExportMissing { .. } => Outcome::ExportMissing(Proceed::Back),
        Dialog::ExportPrivacy { export, .. } => Outcome::ExportPrivacy {
            export: *export,
            choice: Proceed::Back,
        },
        // Escape decides nothing about the work: it waits for the next start.
        Dialog::Recover { .. } => Outcome::Recover(RecoverChoice::Later),
        Dialog::ConfirmDiscard { .. } => Outcome::ConfirmDiscard(Proceed::Back),
        Dialog::Exported { path, .. } => Outcome::Exported {
            path: path.clone(),
            choice: ExportedChoice::Close,
        },
        Dialog::Message { .. } => Outcome::Message,
        Dialog::Conflict { path } => Outcome::Conflict {
            path: path.clone(),
            choice: ConflictChoice::Cancel,
        },
        Dialog::Overwrite {
            path,
            purpose,
            then,
        } => Outcome::Overwrite {
            path: path.clone(),
            purpose: *purpose,
            then: then.clone(),
            choice: Proceed::Back,
        },
    }
}

fn unsaved_ui(ui: &mut egui::Ui, lang: Lang) -> Option<UnsavedChoice> {
    dialog_title_ui(ui, trs!(lang, "modal-save-changes"));
    ui.label(trs!(lang, "modal-unsaved-changes"));
    buttons_ui(
        ui,
        &[
            (trs!(lang, "modal-unsaved-save"), UnsavedChoice::Save),
            (trs!(lang, "modal-don-t-save"), UnsavedChoice::DontSave),
            (trs!(lang, "modal-unsaved-cancel"), UnsavedChoice::Cancel),
        ],
    )
}

/// "Bijvoorbeeld /home/naam/Documenten/profiel.ron", as paths look on this system.
fn path_example(lang: Lang, file: &str) -> String {
    let folder = if cfg!(windows) {
        trs!(lang, "modal-c-users-name-documents")
    } else {
        trs!(lang, "modal-home-name-documents")
    };
    format!("{} {folder}{file}", trs!(lang, "modal-for-example"))
}

/// The title, the button and an example file name of the path dialog for `purpose`.
fn path_words(
    purpose: PathPurpose,
    lang: Lang,
    word: bool,
) -> (&'static str, &'static str, &'static str) {
    let (title, action) = match purpose {
        PathPurpose::Open => (
            trs!(lang, "modal-open-a-profile"),
            trs!(lang, "modal-path-open"),
        ),
        PathPurpose::Save => (
            trs!(lang, "modal-save-the-profile"),
            trs!(lang, "modal-path-save"),
        ),
        PathPurpose::ExportBrief => (
            trs!(lang, "modal-export-the-consultation-brief"),
            trs!(lang, "modal-path-export"),
        ),
        PathPurpose::ExportRegional => (
            trs!(lang, "modal-export-the-regional-brief"),
            trs!(lang, "modal-path-export-regional"),
        ),
        PathPurpose::ExportReport => (
            trs!(lang, "modal-export-the-report"),
            trs!(lang, "modal-path-export"),
        ),
        PathPurpose::CompareCsv => (
            trs!(lang, "modal-save-the-table-for-excel"),
            trs!(lang, "modal-path-save-table"),
        ),
        PathPurpose::Compare => (
            trs!(lang, "modal-compare-profiles"),
            trs!(lang, "modal-compare"),
        ),
    };
    let file = match purpose {
        PathPurpose::ExportBrief if word => trs!(lang, "modal-brief-docx"),
        PathPurpose::ExportRegional if word => trs!(lang, "modal-regional-brief-docx"),
        PathPurpose::ExportReport if word => trs!(lang, "modal-report-docx"),
        PathPurpose::ExportBrief => trs!(lang, "modal-brief-pdf"),
        PathPurpose::ExportRegional => trs!(lang, "modal-regional-brief-pdf"),
        PathPurpose::ExportReport => trs!(lang, "modal-report-pdf"),
        PathPurpose::CompareCsv => trs!(lang, "modal-comparison-csv"),
        PathPurpose::Open | PathPurpose::Save | PathPurpose::Compare => {
            trs!(lang, "modal-profile-ron")
        }
    };
    (title, action, file)
}

fn path_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    purpose: PathPurpose,
    text: &mut String,
) -> Option<PathChoice> {
    let mut choice = None;
    // A Word document's path (issue 34) gets a Word document's example.
    let word = text.trim().to_lowercase().ends_with(".docx");
    let (title, action, file) = path_words(purpose, lang, word);
    let several = purpose == PathPurpose::Compare;
    dialog_title_ui(ui, title);
    // This dialog only comes where no file window could be shown.
    ui.label(if several {
        trs!(lang, "modal-path-no-file-window-several")
    } else {
        trs!(lang, "modal-path-no-file-window")
    });
    let label = ui.label(if several {
        trs!(lang, "modal-paths-of-the-profiles-one-per")
    } else {
        trs!(lang, "modal-path-of-the-file")
    });
    let edit = if several {
        // A long list scrolls inside the dialog, as the dialog's other lists do, so the
        // buttons stay in view in a small window and at large text.
        egui::ScrollArea::vertical()
            .max_height(scroll_height(ui))
            .show(ui, |ui| {
                ui.add(
                    TextEdit::multiline(text)
                        // Tab moves on to the buttons, as everywhere else; it types no tab.
                        .lock_focus(false)
                        .desired_rows(4)
                        .desired_width(ui.available_width()),
                )
            })
            .inner
    } else {
        ui.add(TextEdit::singleline(text).desired_width(ui.available_width()))
    }
    .labelled_by(label.id);
    default_focus(ui, &edit);
    // In the list of paths Enter starts a new line; Ctrl+Enter compares.
    let enter = if several {
        ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, Key::Enter))
    } else {
        ui.input(|i| i.key_pressed(Key::Enter))
    };
    let entered = (edit.lost_focus() || edit.has_focus()) && enter;
    if edit.gained_focus() {
        // The cursor at the end, after the suggested name: not somewhere in the middle.
        let end = egui::text::CCursor::new(text.chars().count());
        let mut state = TextEdit::load_state(ui.ctx(), edit.id).unwrap_or_default();
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::one(end)));
        state.store(ui.ctx(), edit.id);
    }
    let example = path_example(lang, file);
    ui.label(RichText::new(example).small().weak());
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let ok = ui.add_enabled(!text.trim().is_empty(), egui::Button::new(action));
        if (ok.clicked() || entered) && !text.trim().is_empty() {
            choice = Some(if several {
                PathChoice::Paths(
                    text.lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(PathBuf::from)
                        .collect(),
                )
            } else {
                PathChoice::Path(PathBuf::from(text.trim()))
            });
        }
        if ui.button(trs!(lang, "modal-path-cancel")).clicked() {
            choice = Some(PathChoice::Cancel);
        }
    });

    choice
}

/// A list of items as bullets, scrolling when it is long, so the buttons below stay in view.
/// The height for a dialog's scrolling part: a share of the window, so the heading and the
/// buttons stay in view in a small window and at large text.
fn scroll_height(ui: &egui::Ui) -> f32 {
    (ui.ctx().content_rect().height() * 0.35).clamp(60.0, 320.0)
}

fn item_list_ui(ui: &mut egui::Ui, items: &[String]) {
    egui::ScrollArea::vertical()
        .max_height(scroll_height(ui))
        .show(ui, |ui| {
            super::a11y::bullet_list_ui(ui, items, |t| t);
        });
    // A screen reader reads a dialog's title and text when it opens, but not a list in it
    // (issue 32: twelve open questions, and only the first sentence was heard): the list goes
    // into the description of the button that takes the focus, so it is read with it.
    ui.data_mut(|d| d.insert_temp(list_key(), items.join("; ")));
}

fn list_key() -> egui::Id {
    egui::Id::unique("behoeftewijzer.dialog.list")
}

fn export_missing_ui(ui: &mut egui::Ui, lang: Lang, items: &[String]) -> Option<Proceed> {
    dialog_title_ui(ui, trs!(lang, "modal-missing-title"));
    ui.label(trs!(lang, "modal-missing-list-intro"));
    item_list_ui(ui, items);
    buttons_ui(
        ui,
        &[
            (trs!(lang, "modal-missing-export-anyway"), Proceed::Anyway),
            (trs!(lang, "modal-missing-cancel"), Proceed::Back),
        ],
    )
}

fn export_privacy_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    items: &[String],
    export: Outgoing,
) -> Option<Proceed> {
    let (text, anyway) = export.wording(lang);
    dialog_title_ui(ui, trs!(lang, "modal-possibly-personal-data-of-residents"));
    ui.label(text);
    item_list_ui(ui, items);
    buttons_ui(
        ui,
        &[
            (trs!(lang, "modal-back-to-edit"), Proceed::Back),
            (anyway, Proceed::Anyway),
        ],
    )
}

fn recover_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    when: &str,
    organisation: Option<&str>,
    original: Option<&std::path::Path>,
    more: usize,
) -> Option<RecoverChoice> {
    dialog_title_ui(ui, trs!(lang, "modal-unsaved-work-found"));
    ui.label(tr!(lang, "modal-recovery-offer", when = when.to_string()));
    if let Some(name) = organisation {
        ui.label(format!("{} {name}", trs!(lang, "modal-organisation")));
    }
    if let Some(original) = original {
        ui.label(format!(
            "{} {}",
            trs!(lang, "modal-file"),
            original.display()
        ));
    }
    if more > 0 {
        ui.label(tr!(lang, "modal-more-copies", more = more));
    }
    buttons_ui(
        ui,
        &[
            (trs!(lang, "modal-restore"), RecoverChoice::Restore),
            (trs!(lang, "modal-decide-later"), RecoverChoice::Later),
            (trs!(lang, "modal-discard"), RecoverChoice::Discard),
        ],
    )
}

/// One more question before recovered work is thrown away; going back is the first choice.
fn confirm_discard_ui(ui: &mut egui::Ui, lang: Lang, when: &str) -> Option<Proceed> {
    dialog_title_ui(ui, trs!(lang, "modal-discard-this-work"));
    ui.label(tr!(
        lang,
        "modal-recovery-discard-warning",
        when = when.to_string()
    ));
    buttons_ui(
        ui,
        &[
            (trs!(lang, "modal-back"), Proceed::Back),
            (trs!(lang, "modal-yes-discard"), Proceed::Anyway),
        ],
    )
}

/// The dialog after an export, and what was chosen in it.
fn exported_outcome(ui: &mut egui::Ui, lang: Lang, dialog: &Dialog) -> Option<Outcome> {
    let Dialog::Exported {
        name,
        path,
        pages,
        note,
    } = dialog
    else {
        return None;
    };
    exported_ui(ui, lang, name, path, *pages, note.as_ref()).map(|choice| Outcome::Exported {
        path: path.clone(),
        choice,
    })
}

fn exported_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    name: &str,
    path: &std::path::Path,
    pages: usize,
    note: Option<&String>,
) -> Option<ExportedChoice> {
    dialog_title_ui(
        ui,
        &tr!(lang, "modal-document-ready", name = name.to_owned()),
    );
    // A Word document has no pages yet: Word lays them out (`export::document`).
    let saved = if pages == 0 {
        trs!(lang, "modal-word-document-saved").to_owned()
    } else {
        tr!(lang, "modal-the-brief-pages-pages-is-saved", pages = pages)
    };
    text_and_path_ui(ui, &saved, path);
    if let Some(note) = note {
        ui.label(RichText::new(note.as_str()).color(ui.visuals().warn_fg_color));
    }
    buttons_ui(
        ui,
        &[
            (trs!(lang, "modal-exported-open"), ExportedChoice::Open),
            (trs!(lang, "modal-close"), ExportedChoice::Close),
        ],
    )
}

/// A sentence and, on a line of its own in bold, the file it is about, as one text: Orca reads
/// a dialog's texts only when they have three words or more, so a path alone was never heard
/// ("Het document (4 pagina's) staat in:", and then nothing; issue 32).
fn text_and_path_ui(ui: &mut egui::Ui, text: &str, path: &std::path::Path) {
    let mut job = egui::text::LayoutJob::default();
    let style = ui.style();
    for part in [
        RichText::new(format!("{text}\n")),
        RichText::new(path.display().to_string()).strong(),
    ] {
        part.append_to(
            &mut job,
            style,
            egui::FontSelection::Default,
            egui::Align::LEFT,
        );
    }
    ui.add(egui::Label::new(job).wrap());
}

fn message_ui(ui: &mut egui::Ui, lang: Lang, title: &str, body: &str) -> bool {
    dialog_title_ui(ui, title);
    // A long message (a list of changed questions, say) scrolls; OK stays in view.
    egui::ScrollArea::vertical()
        .max_height(scroll_height(ui))
        .show(ui, |ui| ui.label(body));
    ui.add_space(8.0);
    let ok = ui.button(trs!(lang, "dialog-ok"));
    default_focus(ui, &ok);
    ok.clicked()
}

/// "This file exists": the safe choice, another name, has the focus.
fn overwrite_ui(ui: &mut egui::Ui, lang: Lang, path: &std::path::Path) -> Option<Proceed> {
    dialog_title_ui(ui, trs!(lang, "modal-this-file-already-exists"));
    text_and_path_ui(ui, trs!(lang, "modal-a-file-with-this-name-already"), path);
    buttons_ui(
        ui,
        &[
            (trs!(lang, "modal-choose-another-name"), Proceed::Back),
            (trs!(lang, "modal-replace"), Proceed::Anyway),
        ],
    )
}

/// "Someone else saved this file": the safe choice, another name, has the focus.
fn conflict_ui(ui: &mut egui::Ui, lang: Lang, path: &std::path::Path) -> Option<ConflictChoice> {
    dialog_title_ui(ui, trs!(lang, "modal-the-file-has-changed-meanwhile"));
    text_and_path_ui(
        ui,
        trs!(lang, "modal-someone-else-another-window-or-another"),
        path,
    );
    buttons_ui(
        ui,
        &[
            (
                trs!(lang, "modal-save-under-another-name"),
                ConflictChoice::SaveAs,
            ),
            (
                trs!(lang, "modal-open-their-version-keep-mine-apart"),
                ConflictChoice::Reopen,
            ),
            (
                trs!(lang, "modal-overwrite-anyway"),
                ConflictChoice::Overwrite,
            ),
            (trs!(lang, "modal-conflict-cancel"), ConflictChoice::Cancel),
        ],
    )
}
