//! Starts Behoeftewijzer: parses the command line, then runs a command or opens the window.

// A window program on Windows: no console window behind the app (the command line attaches to
// the console it was started from, see `console`). Debug builds keep their console for logs.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use behoeftewijzer::app::App;
use behoeftewijzer::cli::{self, Cli};
use clap::Parser as _;

fn main() -> ExitCode {
    behoeftewijzer::logging::init();
    if std::env::args_os().nth(1).is_some() {
        behoeftewijzer::console::attach_to_parent();
    }
    let args = Cli::parse();
    // The questionnaire and the needs rules are checked once, at start (and in the tests).
    let _ = behoeftewijzer::model::Questionnaire::builtin();
    let _ = behoeftewijzer::model::needs::NeedsRules::builtin();
    let report = args.command.as_ref().map(cli::run);
    if let Some(report) = report {
        // Values from the file never steer the terminal.
        let text = behoeftewijzer::model::text::for_terminal(&report.text);
        // A closed pipe (`… | head`) is not an error worth a panic: write and move on.
        let _ = if report.exit_code == cli::EXIT_UNREADABLE {
            std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes())
        } else {
            std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes())
        };
        return ExitCode::from(report.exit_code);
    }
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Behoeftewijzer")
        .with_app_id("behoeftewijzer")
        .with_inner_size([1100.0, 760.0])
        .with_min_inner_size([640.0, 420.0]);
    if let Some(icon) = behoeftewijzer::icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let open = args.profile;
    match eframe::run_native(
        "Behoeftewijzer",
        options,
        Box::new(move |cc| Ok(Box::new(App::new(cc, open)))),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Behoeftewijzer kon geen venster openen / could not open a window: {e}");
            ExitCode::from(1)
        }
    }
}
