//! The command line's help in the user's language: clap's texts (from the doc comments, in
//! English) replaced by catalogue messages found by the command's and the argument's names
//! (`cli-about-<command>`, `cli-arg-<command>-<argument>`, `cli-value-<argument>`), so a test
//! that walks the whole command tree finds a new argument without its texts.

use std::ffi::OsString;

use clap::{Arg, ArgAction, Command, CommandFactory as _};
use i18n_embed::fluent::FluentLanguageLoader;

use super::Cli;
use crate::lang::Lang;

/// The language of the help: the one after `--lang` on the command line, else the one in
/// `BEHOEFTEWIJZER_LANG`, else Dutch, like everything else.
pub fn help_lang(args: &[OsString]) -> Lang {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let given = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_owned)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
    });
    given
        .or_else(|| std::env::var("BEHOEFTEWIJZER_LANG").ok())
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// The command line read from `raw` (the program's arguments, its name first). Only help, the
/// version and errors show clap's texts, so the arguments are read first by the command as
/// clap makes it; only when clap has something to say is the command made again with its
/// texts in the user's language ([`command`], which reads the catalogue: half a millisecond
/// before anything else could start, issue 35) and says it. A test holds the two readings
/// side by side for every command and argument.
pub fn matches(raw: &[OsString]) -> clap::ArgMatches {
    match Cli::command().try_get_matches_from(raw) {
        Ok(matches) => matches,
        Err(_) => command(help_lang(raw)).get_matches_from(raw),
    }
}

/// The command line with its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let loader = crate::i18n::loader(lang);
    let cmd = Cli::command().help_template(template(lang));
    localise(cmd, lang, loader, None)
}

/// The texts of every command and argument below `cmd` as `lang` has them, and which are
/// missing: `(message id, text)`; for the test that walks them all.
pub fn texts(lang: Lang) -> Vec<(String, Option<String>)> {
    let loader = crate::i18n::loader(lang);
    let mut out = Vec::new();
    collect(&Cli::command(), None, &mut |id| {
        out.push((id.to_owned(), text(lang, loader, id)));
    });
    out
}

fn collect(cmd: &Command, name: Option<&str>, f: &mut impl FnMut(&str)) {
    f(&about_id(name));
    for arg in cmd.get_arguments().filter(|a| !is_builtin(a)) {
        f(&arg_id(name, arg.get_id().as_str()));
        if arg.get_action().takes_values() {
            f(&value_id(arg.get_id().as_str()));
        }
    }
    for sub in cmd.get_subcommands() {
        collect(sub, Some(sub.get_name()), f);
    }
}

fn about_id(command: Option<&str>) -> String {
    command.map_or_else(|| "cli-about".to_owned(), |c| format!("cli-about-{c}"))
}

fn arg_id(command: Option<&str>, arg: &str) -> String {
    // Catalogue ids are written with hyphens: `allow_personal_data` is `allow-personal-data`.
    let arg = arg.replace('_', "-");
    command.map_or_else(
        || format!("cli-arg-{arg}"),
        |c| format!("cli-arg-{c}-{arg}"),
    )
}

fn value_id(arg: &str) -> String {
    format!("cli-value-{}", arg.replace('_', "-"))
}

/// clap's own `--help` and `--version`, replaced below by ones with texts in the language.
fn is_builtin(arg: &Arg) -> bool {
    matches!(arg.get_id().as_str(), "help" | "version")
}

fn text(lang: Lang, loader: &FluentLanguageLoader, id: &str) -> Option<String> {
    loader
        .has(id)
        .then(|| crate::i18n::finish(lang, loader.get(id)))
}

fn localise(
    mut cmd: Command,
    lang: Lang,
    loader: &FluentLanguageLoader,
    name: Option<&str>,
) -> Command {
    if let Some(about) = text(lang, loader, &about_id(name)) {
        cmd = cmd.about(about).long_about(None);
    }
    let args: Vec<(String, bool, bool)> = cmd
        .get_arguments()
        .filter(|a| !is_builtin(a))
        .map(|a| {
            (
                a.get_id().to_string(),
                a.is_positional(),
                a.get_action().takes_values(),
            )
        })
        .collect();
    for (id, positional, values) in args {
        let help = text(lang, loader, &arg_id(name, &id));
        let value = values.then(|| text(lang, loader, &value_id(&id))).flatten();
        let heading = if positional {
            crate::trs!(lang, "cli-heading-arguments")
        } else {
            crate::trs!(lang, "cli-heading-options")
        };
        cmd = cmd.mut_arg(&id, |mut a| {
            if let Some(help) = help {
                a = a.help(help).long_help(None);
            }
            if let Some(value) = value {
                a = a.value_name(value);
            }
            a = a.help_heading(heading);
            // "[default: nl]" is clap's English: the texts say which is the default.
            if values {
                a = a.hide_default_value(true);
            }
            a
        });
    }
    cmd = cmd
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(crate::trs!(lang, "cli-help-flag"))
                .help_heading(crate::trs!(lang, "cli-heading-options")),
        )
        .subcommand_help_heading(crate::trs!(lang, "cli-heading-commands"))
        .subcommand_value_name(crate::trs!(lang, "cli-value-command"))
        .disable_help_subcommand(true);
    if name.is_none() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(crate::trs!(lang, "cli-version-flag"))
                .help_heading(crate::trs!(lang, "cli-heading-options")),
        );
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(&sub, |s| {
            localise(s.help_template(template(lang)), lang, loader, Some(&sub))
        });
    }
    cmd
}

/// clap's help layout with the usage heading in the language.
fn template(lang: Lang) -> String {
    format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        crate::trs!(lang, "cli-heading-usage")
    )
}
