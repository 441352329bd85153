//! The pseudo-language (issue 33): with every catalogue and questionnaire text marked
//! (`[!! Nieuw profiel ~~~ !!]`) and made longer, every screen, menu and document shows no text
//! that did not come from a catalogue or from the user, and nothing runs off the window.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use behoeftewijzer::app::Settings;
use behoeftewijzer::lang::Lang;
use behoeftewijzer::ui::{Command, Screen};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use common::screens;

/// Texts that are the same in every language on purpose: the app's name, the language menu's
/// name and the languages' own names, which a user must find whatever language the window is
/// in.
const THE_SAME_IN_EVERY_LANGUAGE: [&str; 4] =
    ["Behoeftewijzer", "Taal / Language", "Nederlands", "English"];

/// The words of `text` outside the pseudo-language's marks and outside `allowed` (the user's
/// own texts): words a translator cannot reach.
fn unmarked(text: &str, allowed: &[String]) -> Vec<String> {
    // On single spaces: a PDF's reader and a wrapped line break a user's text anywhere.
    let mut rest = one_line(text);
    // Innermost first: a message may carry another as an argument.
    while let Some(end) = rest.find("!!]") {
        let Some(start) = rest[..end].rfind("[!!") else {
            break;
        };
        rest.replace_range(start..end + 3, " ");
    }
    for text in allowed {
        rest = rest.replace(&one_line(text), " ");
    }
    rest.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_owned)
        .collect()
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The texts a user typed or chose a file by: every string in the profiles' files, the files'
/// names and folders; longest first, so a longer one goes before a part of it.
fn users_texts(files: &[&Path]) -> Vec<String> {
    let quoted = regex::Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    let mut texts: Vec<String> = THE_SAME_IN_EVERY_LANGUAGE
        .iter()
        .map(|t| (*t).to_owned())
        .collect();
    for file in files {
        let ron = match file.extension() {
            Some(e) if e == "ron" => std::fs::read_to_string(file).unwrap(),
            _ => String::new(),
        };
        texts.extend(
            quoted
                .captures_iter(&ron)
                .map(|c| c[1].replace("\\n", "\n").replace("\\\"", "\"")),
        );
        texts.push(file.display().to_string());
        texts.extend(file.parent().map(|p| p.display().to_string()));
        texts.extend(file.file_name().map(|n| n.to_string_lossy().into_owned()));
    }
    // Names and addresses from the rules: the partners' own names, their sources (web
    // addresses), the alliance's e-mail address. Not translated, in no catalogue.
    let rules = behoeftewijzer::model::needs::NeedsRules::builtin();
    for partner in rules.partners() {
        texts.push(partner.name.clone());
        texts.extend(partner.full_name.clone());
        texts.extend(partner.gloss.clone());
        texts.extend(partner.sources.iter().cloned());
    }
    texts.push(rules.email().default_to.clone());
    texts.retain(|t| !t.trim().is_empty());
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    texts.dedup();
    texts
}

/// Every text on screen, the names and the values, with the words no catalogue gave.
fn findings(h: &common::Window, place: &str, allowed: &[String]) -> Vec<String> {
    let texts = |n: &egui_kittest::Node<'_>| {
        let node = n.accesskit_node();
        // A path proposed in a field: its name is made of catalogue words, but a file name
        // keeps only letters, digits and spaces, so the marks are gone
        // (`words::text::file_name`).
        let path = |t: &String| t.contains(std::path::MAIN_SEPARATOR) && t.contains('.');
        let field = node.role() == Role::TextInput;
        [node.label(), node.value(), node.description()]
            .into_iter()
            .flatten()
            .filter(|t| !(field && path(t)))
            .collect::<Vec<String>>()
    };
    // A wrapped text's lines (text runs) are parts of the text of their parent.
    h.query_all_by(|n| n.role() != Role::TextRun)
        .flat_map(|n| {
            let role = n.accesskit_node().role();
            texts(&n)
                .into_iter()
                .filter_map(|text| {
                    let words = unmarked(&text, allowed);
                    (!words.is_empty()).then(|| format!("{place}: {role:?} {text:?}: {words:?}"))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

fn pseudo() -> Settings {
    Settings {
        lang: Lang::Pseudo,
        ..Settings::default()
    }
}

/// Every screen, each view of the comparison and each menu, at `size`.
fn look_at_every_screen(size: [f32; 2]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let mut h = screens::window_on(
        common::start().settings(pseudo()).size(size),
        Screen::Start,
        dir.path(),
    );
    let region = screens::three_copies(dir.path());
    let mut files: Vec<&Path> = region.iter().map(std::path::PathBuf::as_path).collect();
    let example = screens::example_copy(dir.path());
    files.push(&example);
    let allowed = users_texts(&files);
    let mut problems = Vec::new();
    let mut look = |h: &common::Window, place: String| {
        problems.extend(findings(h, &place, &allowed));
        problems.extend(
            screens::clipped(h)
                .into_iter()
                .map(|c| format!("{place}: runs off the window: {c}")),
        );
    };
    let chapters = behoeftewijzer::ui::guide::chapters(Lang::Pseudo).len();
    let mut all = screens::every_screen();
    all.extend((1..chapters).map(Screen::Guide));
    for screen in all {
        screens::go_to(&mut h, screen);
        look(&h, format!("{screen:?}"));
        if screen == Screen::Compare {
            let tabs = h.query_all_by_role(Role::Tab).count();
            for i in 0..tabs {
                h.query_all_by_role(Role::Tab).nth(i).unwrap().click();
                h.run();
                look(&h, format!("{screen:?}, tab {i}"));
            }
        }
    }
    // The menus, each opened.
    let menus = h.query_all_by_role(Role::MenuItem).count();
    for i in 0..menus {
        h.query_all_by_role(Role::MenuItem).nth(i).unwrap().click();
        h.run();
        look(&h, format!("menu {i}"));
        h.key_press(egui::Key::Escape);
        h.run();
    }
    problems
}

#[test]
fn every_screen_and_menu_shows_only_catalogue_texts_and_fits_in_1100_by_900() {
    let problems = look_at_every_screen([1100.0, 900.0]);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_screen_and_menu_shows_only_catalogue_texts_and_fits_in_800_by_600() {
    let problems = look_at_every_screen([800.0, 600.0]);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_screen_and_menu_shows_only_catalogue_texts_and_fits_at_200_percent_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = screens::window_on(
        common::start()
            .settings(pseudo())
            .size([1100.0, 760.0])
            .zoom(2.0),
        Screen::Start,
        dir.path(),
    );
    let mut problems = Vec::new();
    for screen in screens::every_screen() {
        screens::go_to(&mut h, screen);
        problems.extend(
            screens::clipped(&h)
                .into_iter()
                .map(|c| format!("{screen:?}: runs off the window: {c}")),
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The words of a PDF's text that no catalogue gave. A reader takes a page's text line by
/// line across its columns, so a user's answer beside a label comes in pieces: here a word of
/// the user's texts counts as theirs wherever it stands.
fn pdf_findings(pdf: &Path, allowed: &[String]) -> Vec<String> {
    let text = common::pdf::text(pdf);
    let users_words: std::collections::HashSet<String> =
        allowed.iter().flat_map(|t| unmarked(t, &[])).collect();
    let mut words = unmarked(&text, allowed);
    words.retain(|w| !users_words.contains(w));
    if words.is_empty() {
        Vec::new()
    } else {
        vec![format!("{}: {words:?}\n{text}", pdf.display())]
    }
}

/// The documents in the pseudo-language, made by the program as a user makes them: the brief
/// (with the e-mail), the verslag, the regional brief and the comparison's table.
#[test]
fn every_document_in_the_pseudo_language_has_only_catalogue_texts() {
    let dir = tempfile::tempdir().unwrap();
    let region = screens::three_copies(dir.path());
    let example = screens::example_copy(dir.path());
    let mut files: Vec<&Path> = region.iter().map(std::path::PathBuf::as_path).collect();
    files.push(&example);
    let out = |name: &str| dir.path().join(name);
    let outputs = ["brief.pdf", "verslag.pdf", "regionaal.pdf", "tabel.csv"].map(out);
    files.extend(outputs.iter().map(std::path::PathBuf::as_path));
    let allowed = users_texts(&files);
    let example_arg = example.display().to_string();
    let runs: Vec<(Vec<String>, std::path::PathBuf)> = vec![
        (
            vec![
                "brief".into(),
                example_arg.clone(),
                "-o".into(),
                out("brief.pdf").display().to_string(),
                "--with-email".into(),
            ],
            out("brief.pdf"),
        ),
        (
            vec![
                "verslag".into(),
                example_arg,
                "-o".into(),
                out("verslag.pdf").display().to_string(),
            ],
            out("verslag.pdf"),
        ),
    ];
    let mut problems = Vec::new();
    for (mut args, pdf) in runs {
        args.extend(["--lang".into(), "pseudo".into()]);
        let (code, said) = common::bin::run(&args);
        assert_eq!(code, 0, "{args:?}: {said}");
        problems.extend(pdf_findings(&pdf, &allowed));
    }
    let mut args: Vec<String> = vec!["compare".into()];
    args.extend(region.iter().map(|p| p.display().to_string()));
    args.extend([
        "--brief".into(),
        out("regionaal.pdf").display().to_string(),
        "--csv".into(),
        out("tabel.csv").display().to_string(),
        "--lang".into(),
        "pseudo".into(),
    ]);
    let (code, said) = common::bin::run(&args);
    assert_eq!(code, 0, "{args:?}: {said}");
    problems.extend(pdf_findings(&out("regionaal.pdf"), &allowed));
    // What the program said on the terminal, and the table, cell by cell.
    let words = unmarked(&said, &allowed);
    if !words.is_empty() {
        problems.push(format!("compare's output: {words:?}\n{said}"));
    }
    let mut table = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_path(out("tabel.csv"))
        .unwrap();
    for row in table.records() {
        for cell in &row.unwrap() {
            let words = unmarked(cell, &allowed);
            if !words.is_empty() {
                problems.push(format!("table cell {cell:?}: {words:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// Every command the app has, each in a window of its own on the complete example with two
/// profiles compared: the dialog, the notice or the announcement it leads to shows only
/// catalogue texts. Choosing English (for the window or the brief) is left out: English is
/// what it shows then.
#[test]
fn what_every_command_shows_comes_from_the_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let region = screens::three_copies(dir.path());
    let example = screens::example_copy(dir.path());
    let mut files: Vec<&Path> = region.iter().map(std::path::PathBuf::as_path).collect();
    files.push(&example);
    let allowed = users_texts(&files);
    let mut problems = Vec::new();
    let commands = Command::every_kind(region[0].clone(), region[1].clone());
    for command in commands {
        if matches!(command, Command::SetLang(_) | Command::SetBriefLang(_)) {
            continue;
        }
        let mut h = screens::window_on(
            common::start().settings(pseudo()),
            Screen::Start,
            dir.path(),
        );
        h.state_mut().queue(command.clone());
        h.run();
        h.state_mut().finish_job();
        h.run();
        problems.extend(findings(&h, &format!("{command:?}"), &allowed));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The command line's help in the pseudo-language: every text the catalogue's, for the program
/// and each of its commands. Left are the names a user types (commands, options, file
/// extensions) and clap's "[OPTIONS]" in the usage line, which clap gives no way to translate.
#[test]
fn the_command_lines_help_comes_from_the_catalogue() {
    let command = behoeftewijzer::cli::help::command(Lang::Pseudo);
    let mut typed: Vec<String> = vec!["behoeftewijzer".into(), "OPTIONS".into(), "ron".into()];
    for sub in command.get_subcommands() {
        typed.push(sub.get_name().to_owned());
        typed.extend(sub.get_all_aliases().map(str::to_owned));
    }
    let mut problems = Vec::new();
    let mut runs = vec![vec!["--help".to_owned()]];
    runs.extend(
        command
            .get_subcommands()
            .map(|s| vec![s.get_name().to_owned(), "--help".to_owned()]),
    );
    for mut args in runs {
        args.extend(["--lang".into(), "pseudo".into()]);
        let (code, said) = common::bin::run(&args);
        assert_eq!(code, 0, "{args:?}: {said}");
        for line in said.lines() {
            // Options as typed (--allow-personal-data, -o) are names, not words.
            let line: String = line
                .split_whitespace()
                .filter(|w| !w.trim_start_matches(['[', '(']).starts_with('-'))
                .collect::<Vec<_>>()
                .join(" ");
            let mut words = unmarked(&line, &[]);
            words.retain(|w| !typed.contains(w));
            if !words.is_empty() {
                problems.push(format!("{args:?}: {line:?}: {words:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
