//! Behoeftewijzer: prepare a consultation with the Alliantie Verandering van Binnenuit.
//!
//! # Architecture map
//!
//! Dependencies point one way: `main → {cli, app} → {export, ui, brief, storage, clock,
//! model}` and `export → {brief, storage}`; `ui`,
//! `brief` and `storage` use `model`; nothing but `main` imports `app`, and only `app` and `cli`
//! ask the clock; `model` uses serde, ron (to read its own data), regex (the privacy
//! guard) and percent-encoding (the `mailto:` link): no egui, no files, no clock.
//!
//! - [`model`]: the domain, pure. The questionnaire as checked data ([`model::questionnaire`]),
//!   the profile with its answers ([`model::profile`]) and what was agreed at the meeting
//!   ([`model::meeting`]: date, attendees, agreements with their status, training, partners,
//!   notes; carried over to next year's profile), which questions show, progress and what
//!   is missing ([`model::flow`]), one reader of the answers that count ([`model::answers`]),
//!   every question id the code names, checked by a test ([`model::ids`]),
//!   answers as text ([`model::text`]), the privacy guard ([`model::privacy`]: the kinds of
//!   residents' data, with the first names of `assets/privacy/first-names.txt`, and the scan of
//!   an output's text that names the field each finding came from), and the needs
//!   profile ([`model::needs`]): the rules in `assets/needs.ron` read and checked
//!   (`needs/rules.rs`), derived from the answers as decisions (ids and values, each with the
//!   answers it rests on; `needs/derive.rs`), and worded in one language at the edge by
//!   [`model::needs::Words`] (`needs/words.rs`), and put together as the command line's
//!   plain text (`needs/text.rs`); several profiles compared and combined, on the same derivation
//!   ([`model::combine`]: the table's rows, the combined needs and their words, two versions'
//!   changes, and how their agreements stand). Knows nothing of egui or files.
//! - [`brief`]: the consultation brief, in the organisation's voice. [`brief::content`] builds it
//!   once from the needs as a document model (pure); [`brief::layout`] wraps and paginates that
//!   model with the named text styles and measured fonts of [`brief::typeface`], tagging each line with its structure element
//!   ([`brief::tags`]); [`brief::error`] says why a brief could not be made; [`brief::pdf`] draws the pages with printpdf (fonts from
//!   `assets/fonts/`, metadata, `/Lang` through lopdf). The preview in `ui` and the text version
//!   draw the same model. [`brief::regional`] builds the regional brief of several profiles
//!   as the same document model, and [`brief::report`] the meeting's report (*verslag*).
//! - [`storage`]: reads and writes profile files (RON): size limit, format versions (1, and 2
//!   with the meeting), the built-in example (`EXAMPLE_RON`), errors
//!   with line and column in the user's words (`storage/error.rs`); `storage/write.rs` writes every file atomically through a temporary
//!   file that nobody can plant or redirect, writes hard-linked files in place with a backup,
//!   and checks each output (brief, regional brief, table) against its inputs and against
//!   `storage::is_profile_file`, the one answer to "is this a profile?" (the loader's own);
//!   `storage/recovery.rs` keeps one recovery copy per
//!   window beside a lock file its window holds, so only the copies of windows that are gone
//!   are offered; `load_entries` opens the profiles of a comparison, and `storage/table.rs`
//!   writes their table as CSV (the `csv` crate). With `app` and `cli`, the only code that
//!   touches files.
//! - [`app`]: the eframe `App`: owns the open document, the screen and the settings; its frame
//!   reads as a table of contents; `App::run_window` opens the window for `main`. `app/frame.rs` draws a frame's parts (section list, screen, status bar, title,
//!   focus, and puts the focus back where a control that had it disappeared); `app/settings.rs` holds what is remembered between runs; `app/derived.rs` derives
//!   the needs, privacy findings and progress, and builds the brief, once per revision of the
//!   open document (a counter bumped on every change, also keying the recovery copy); `app/commands.rs` runs the commands the UI returns
//!   and the dialogs' choices; `app/files.rs` opens, and shows file dialogs; `app/saving.rs` saves on a thread of its own
//!   (the window waits a moment, then draws on and takes the result up later); `app/renderer.rs`
//!   picks the renderer that works (wgpu, wgpu with Vulkan or OpenGL, glow) and says so when none does;
//!   `app/export.rs` lets every output out through the privacy gate (`Outgoing`: the three
//!   documents, the table, the copies to the clipboard, the mail program), then asks where and
//!   writes; `app/background.rs` opens profiles and writes exports on a thread of their own,
//!   as `app/saving.rs` saves;
//!   `app/compare.rs` opens profiles to compare beside the open one and words them once;
//!   `app/start.rs` reads the recent files for the start screen, opens the built-in example as
//!   an unsaved copy and makes next year's profile from the open one; `app/report.rs` checks
//!   and writes the meeting's report;
//!   `app/autosave.rs` owns the recovery copy (written on a thread of its own by
//!   `app/autosave/writer.rs`; with a fallback folder and a lasting notice when its folder
//!   cannot be written, `app/autosave/problem.rs`), and `app/autosave/exit_guard.rs`
//!   writes it when the process is ended from outside (signals, an `exit` in Xlib, a lost
//!   display; the two `unsafe` calls on Unix: `atexit` and `_exit`). The only place that does IO for the window.
//! - [`ui`]: egui only: the menu, the section list, the screens and widgets. Draws state and
//!   returns commands; does no IO. `ui/choice.rs` holds the answer controls with the keyboard
//!   habits of a desktop program (a radio group is one Tab stop, arrows stay in a question);
//!   `ui/a11y.rs` adds what a screen reader needs beyond a name (headings with levels, screen
//!   titles that take the focus, required state, descriptions, lists, named dialogs, and
//!   announcements of what an action did); every `Command` has a `FocusRule`;
//!   `ui/start.rs` the start screen (three steps, the example, recent files with organisation,
//!   completeness and date); `ui/meeting.rs` *Na het overleg* and the report's preview;
//!   `ui/theme.rs` the light and dark colours and the focus ring; `ui/guide.rs` shows the user
//!   guide of `guides/` in the app, drawn by `ui/markdown.rs` (a paragraph is one text);
//!   `ui/compare/` draws the comparison: the screen (`mod.rs`), its table that builds only the
//!   rows and columns in view (`table.rs`), and the regional brief's preview (`preview.rs`);
//!   the needs-per-profile rows are worded in the model (`combine::needs_table`).
//! - [`export`]: the one way out, for the window and the command line: the privacy gate
//!   (`export::gate`) over the text that actually leaves (`Leaving`: a document's texts as
//!   drawn, the table cell by cell, the e-mail, a file name), then a brief (single or
//!   regional, or the verslag) rendered and written as PDF, or the comparison table as CSV,
//!   each failure worded once.
//! - [`cli`]: the command line (`behoeftewijzer [PROFILE]`, `check`, `profile`, `brief`,
//!   `compare` in `cli/compare.rs`, with the CSV table and the regional brief, `verslag` in
//!   `cli/report.rs`);
//!   `cli::run_and_print` runs a verb for `main` and writes what it says.
//! - [`clock`]: "now", and times as people read them; at the edge, for `app` and `cli`.
//! - [`lang`]: the two languages and how a text is picked.
//! - [`logging`]: the log, with every crate but this one capped at `warn`, so no library's
//!   key events or screen contents reach it.
//! - [`fonts`]: the fonts shipped in `assets/fonts/`, for the brief and the window.
//! - [`icon`]: the app's icon for the window; `build.rs` puts the Windows icon, version
//!   information and manifest into the .exe.
//! - [`console`]: on Windows, the command line attaches to the console it was started from
//!   (the release build is a window program, with no console of its own; one `unsafe` call).
//!
//! Every text a user reads exists in Dutch and English: the questionnaire's texts in
//! `assets/questionnaire.ron`, the needs rules' texts in `assets/needs.ron`, and every other
//! text (window, command line, brief, errors) in the Fluent catalogues
//! `assets/i18n/{nl,en}/behoeftewijzer.ftl`, read through [`i18n`] with `tr!`/`trs!`.
//! - [`i18n`]: the catalogues' loaders, one per language, and the `tr!`/`trs!` macros
//!   (message ids and arguments checked at compile time).

// First, so that `tr!` is in scope in every module below.
#[macro_use]
pub mod i18n;
pub mod app;
pub mod brief;
pub mod cli;
pub mod clock;
pub mod console;
pub mod export;
pub mod fonts;
pub mod icon;
pub mod lang;
pub mod logging;
pub mod model;
pub mod storage;
pub mod ui;
