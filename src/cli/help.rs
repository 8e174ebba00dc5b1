//! The help of `keyplan` and of every command, from the catalogues
//! (`locales/*/shell.ftl`). clap's derive parses; the texts are set here on
//! the command tree, each looked up by an id derived from its place:
//!
//! - `cli-about`, `cli-after`, `cli-arg-db`: the program, its examples, its options;
//! - `cli-log-about`, `cli-log-after`, `cli-log-arg-next-step`: a command,
//!   its examples and each of its arguments (the argument's id, `_` as `-`).
//!
//! clap's own words ("Usage", "Options", `--help`, `--version`) stay as clap
//! writes them. A test makes sure every command and argument has its text.

use clap::Command;

use crate::l10n;

/// The message `id`, in the current language (ids here are computed, so
/// they are not `&'static`).
fn text(id: &str) -> String {
    l10n::message(id, &[])
}

/// The id of a command's text: `cli-about`, `cli-log-about`.
pub fn command_id(command: Option<&str>, what: &str) -> String {
    match command {
        None => format!("cli-{what}"),
        Some(name) => format!("cli-{name}-{what}"),
    }
}

/// The id of an argument's text: `cli-arg-db`, `cli-log-arg-next-step`.
pub fn arg_id(command: Option<&str>, arg: &str) -> String {
    command_id(command, &format!("arg-{}", arg.replace('_', "-")))
}

/// Whether clap made the argument itself (its help and version flags).
pub fn is_clap_own(arg: &str) -> bool {
    matches!(arg, "help" | "version")
}

/// `command` (the whole tree of `Cli::command()`) with every text from the catalogues.
pub fn localize(command: Command) -> Command {
    let mut command = texts(command, None);
    command = command.after_help(format!("{}\n\n{}", text("cli-after"), super::exit::help_table().trim_end()));
    let names: Vec<String> =
        command.get_subcommands().map(|s| s.get_name().to_string()).filter(|n| n != "help").collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| subcommand(sub, &name));
    }
    command
}

/// A command's texts, and those of its own commands (`sales add`: ids
/// `cli-sales-add-about`, `cli-sales-add-arg-month`), by their path.
fn subcommand(sub: Command, path: &str) -> Command {
    let mut sub = texts(sub, Some(path));
    if l10n::has(&command_id(Some(path), "after")) {
        sub = sub.after_help(text(&command_id(Some(path), "after")));
    }
    let names: Vec<String> = sub.get_subcommands().map(|s| s.get_name().to_string()).filter(|n| n != "help").collect();
    for name in names {
        let inner = format!("{path}-{name}");
        sub = sub.mut_subcommand(&name, |s| subcommand(s, &inner));
    }
    sub
}

/// The about text and every argument's help of one command.
fn texts(mut command: Command, name: Option<&str>) -> Command {
    command = command.about(text(&command_id(name, "about")));
    let args: Vec<String> = command
        .get_arguments()
        .filter(|a| !(name.is_some() && a.is_global_set()))
        .map(|a| a.get_id().to_string())
        .filter(|id| !is_clap_own(id))
        .collect();
    for id in args {
        command = command.mut_arg(&id, |arg| arg.help(text(&arg_id(name, &id))));
    }
    command
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;

    /// Every command and argument (but clap's own) has its text in English
    /// (and so, by the catalogue test, in every language).
    #[test]
    fn every_command_and_argument_has_a_text() {
        let command = Cli::command();
        let mut missing = Vec::new();
        let mut want = |id: String| {
            if !l10n::has(&id) {
                missing.push(id);
            }
        };
        want(command_id(None, "about"));
        want(command_id(None, "after"));
        for arg in command.get_arguments().filter(|a| !is_clap_own(a.get_id().as_str())) {
            want(arg_id(None, arg.get_id().as_str()));
        }
        for sub in command.get_subcommands() {
            let name = sub.get_name();
            want(command_id(Some(name), "about"));
            want(command_id(Some(name), "after"));
            for arg in sub.get_arguments().filter(|a| !is_clap_own(a.get_id().as_str()) && !a.is_global_set()) {
                want(arg_id(Some(name), arg.get_id().as_str()));
            }
            for inner in sub.get_subcommands() {
                let path = format!("{name}-{}", inner.get_name());
                want(command_id(Some(&path), "about"));
                for arg in inner.get_arguments().filter(|a| !is_clap_own(a.get_id().as_str()) && !a.is_global_set()) {
                    want(arg_id(Some(&path), arg.get_id().as_str()));
                }
            }
        }
        assert!(missing.is_empty(), "help texts missing from locales/en/shell.ftl: {missing:#?}");
    }

    /// The help is written in the language of the thread.
    #[test]
    fn the_help_speaks_the_language() {
        let _uk = l10n::scoped(l10n::Language::Ukrainian);
        let help = localize(Cli::command()).render_long_help().to_string();
        assert!(help.contains("Коди завершення"), "{help}");
        let mut log = localize(Cli::command());
        let log = log.find_subcommand_mut("log").unwrap().render_long_help().to_string();
        assert!(log.contains("Що сталося"), "{log}");
    }
}
