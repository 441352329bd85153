//! Starts Behoeftewijzer: parses the command line, then runs a command or opens the window.

// A window program on Windows: no console window behind the app (the command line attaches to
// the console it was started from, see `console`). Debug builds keep their console for logs.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use behoeftewijzer::app::App;
use behoeftewijzer::cli::{self, Cli};
use clap::FromArgMatches as _;

fn main() -> ExitCode {
    // The window's look at the graphics, in a child process of its own (see `app::renderer`).
    if std::env::var_os(behoeftewijzer::app::PROBE_VARIABLE).is_some() {
        behoeftewijzer::app::print_probe();
        return ExitCode::SUCCESS;
    }
    // The log first: reading the questionnaire may have something to say.
    behoeftewijzer::logging::init();
    // The questionnaire and the needs rules are read and checked once, at start (and in the
    // tests), on another core while the command line is read and the window is made (issue 35);
    // whoever needs them first waits for them there.
    let _ = std::thread::Builder::new()
        .name("questionnaire".into())
        .spawn(|| {
            let _ = behoeftewijzer::model::Questionnaire::builtin();
            let _ = behoeftewijzer::model::needs::NeedsRules::builtin();
        });
    if std::env::args_os().nth(1).is_some() {
        behoeftewijzer::console::attach_to_parent();
    }
    // The arguments; help, the version and errors in the user's language (clap's own is
    // English).
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let matches = cli::help::matches(&raw);
    let args = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    if let Some(command) = &args.command {
        cli::prepare(command);
    }
    match &args.command {
        Some(command) => cli::run_and_print(command),
        None => App::run_window(args.profile.as_deref()),
    }
}
