//! Behoeftewijzer: prepare a consultation with the Alliantie Verandering van Binnenuit.
//!
//! # Architecture map
//!
//! One row per module: what it is for, and what it may not use. `tests/architecture.rs` reads
//! this table and fails on an import it forbids (a `crate::` path, or `tr!`/`trs!` for
//! `i18n`), so the map and the code cannot drift apart.
//!
//! | module | what it is for | may not use |
//! | --- | --- | --- |
//! | [`model`] | the domain, pure: questionnaire, profile, meeting, flow, needs rules and decisions (ids and values), privacy guard, comparison; no wording | `app`, `ui`, `brief`, `storage`, `export`, `cli`, `clock`, `words`, `i18n` |
//! | [`words`] | wording at the edge: the model's decisions and values in one language (the needs, answers as text, the comparison, privacy findings, errors) | `app`, `ui`, `brief`, `storage`, `export`, `cli`, `clock` |
//! | [`brief`] | the three documents as one document model, laid out and drawn as PDF | `app`, `ui`, `storage`, `export`, `cli`, `clock` |
//! | [`storage`] | profile files: read, checked, written atomically; recovery copies; the CSV table | `app`, `ui`, `brief`, `export`, `cli`, `clock` |
//! | [`export`] | the one way out: the privacy gate, then PDF or CSV written | `app`, `ui`, `cli`, `clock` |
//! | [`ui`] | egui only: draws state, returns commands; no IO | `app`, `storage`, `export`, `cli`, `clock` |
//! | [`app`] | the eframe `App`: the open document, the screens, the commands carried out, all IO of the window | `cli` |
//! | [`cli`] | the command line's verbs, and its help from the catalogues | `app`, `ui` |
//! | [`clock`] | "now", for `app` and `cli` | `app`, `ui`, `brief`, `storage`, `export`, `cli` |
//! | [`lang`] | the languages (Dutch, English, and the pseudo-language of the tests) and their codes | `app`, `ui`, `brief`, `storage`, `export`, `cli`, `clock`, `model`, `words`, `i18n` |
//! | [`i18n`] | the Fluent catalogues and `tr!`/`trs!` | `app`, `ui`, `brief`, `storage`, `export`, `cli`, `clock`, `model`, `words` |
//! | [`fonts`] | the fonts of `assets/fonts/` | `app`, `ui`, `brief`, `storage`, `export`, `cli`, `clock`, `model`, `words` |
//! | [`logging`] | the log, other crates capped at `warn` | `app`, `ui`, `brief`, `storage`, `export`, `cli`, `clock`, `model`, `words` |
//! | [`icon`] | the window's icon | `app`, `ui`, `brief`, `storage`, `export`, `cli`, `clock`, `model`, `words` |
//! | [`console`] | Windows: the console the command line was started from | `app`, `ui`, `brief`, `storage`, `export`, `cli`, `clock`, `model`, `words` |
//!
//! ## Where things are made
//!
//! - **The rules** (themes, training, partners, agenda): data in `assets/needs.ron`, read and
//!   checked in `model/needs/rules.rs`; the questionnaire in `assets/questionnaire.ron`, read
//!   and checked in `model/questionnaire.rs`. Both are built in also as read ahead
//!   (`assets/stored/`, made and held to their RON by `model/stored.rs`), which a start reads
//!   faster than the RON.
//! - **The decisions** from a profile's answers: `model::needs::derive` (`model/needs/derive.rs`):
//!   theme priorities, the training proposal (`fn training`), the partners (`fn partners`), the
//!   agenda (`fn agenda`), each with the answers it rests on; as ids and values.
//! - **Their words**, in one language: `words::Words` (`words/needs.rs`), the command line's
//!   plain text in `words/needs_text.rs`, answers as text in `words/text.rs`, the comparison in
//!   `words/combine.rs`, privacy findings in `words/privacy.rs`.
//! - **The brief** (*gespreksnotitie*): `brief::content::build` (`brief/content.rs`); **the
//!   regional brief**: `brief::regional::build`; **the verslag**: `brief::report::build`. All
//!   three are one document model, laid out by `brief/layout.rs` and drawn by `brief/pdf.rs`
//!   (the file itself written object by object by `brief/pdf_file.rs`);
//!   the window's previews (`ui/brief.rs`, `ui/compare/preview.rs`, `ui/meeting.rs`) draw the
//!   same model, their laid-out text kept between visits by `ui/text_cache.rs` (laid out ahead,
//!   unseen, in a quiet moment by `App::prepare_documents` in `app/frame.rs`).
//! - **The privacy guard**: `model/privacy.rs` (the patterns and the scan), its name patterns
//!   on a copy of the text with letters by case (`model/privacy/letters.rs`), the patterns
//!   compiled and searched by `model/privacy/engine.rs` (for a command, with the automata
//!   stored ahead in `assets/privacy/automata.bin`).
//! - **What leaves the computer**: `export::gate` (the privacy check) and `app/export.rs`,
//!   `cli/mod.rs` (where to write).
//! - **Several profiles**: opened by `storage::load_entries`, compared and combined in
//!   `model/combine.rs`, worded in `words/combine.rs`, drawn in `ui/compare/`.
//! - **The window's frame**: `app/mod.rs` (one `run` match over `ui::Command`), `app/frame.rs`
//!   (section list, screen, status bar, where the focus goes), `app/derived.rs` (the needs,
//!   privacy findings, progress and brief, once per revision of the open document),
//!   `app/background.rs` (a profile read and checked on a thread, from before the window is
//!   made when named on the command line; exports written on a thread).
//! - **Accessibility**: `ui/a11y.rs` (headings, titles that take the focus, descriptions,
//!   announcements, the document reader, which leaves blocks out of view out while no screen
//!   reader reads the window), `ui/theme.rs` (colours, the focus ring, checked for
//!   contrast; the window cleared to the panels' colour, which they do not paint again), and
//!   every `ui::Command`'s `FocusRule`.
//! - **Files**: `storage/mod.rs` (profiles), `storage/write.rs` (atomic writes that nobody can
//!   redirect), `storage/recovery.rs` and `app/autosave.rs` (recovery copies).
//!
//! Every text a user reads exists in Dutch and English: the questionnaire's and the rules'
//! texts in their RON files, every other text in the Fluent catalogues
//! `assets/i18n/{nl,en}/behoeftewijzer.ftl`, read through [`i18n`] with `tr!`/`trs!` (message
//! ids and arguments checked at compile time).

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
pub mod words;
