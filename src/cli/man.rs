//! `keyplan man`: the manual page (roff), generated from the command line's
//! own definitions: the main page by clap_mangen (its title, name,
//! synopsis, description and options), a list of the commands, then one
//! section per command with its usage, options and examples, so one page
//! says it all; then the examples, ENVIRONMENT, FILES and EXIT STATUS.
//! Section names are man(7)'s own, in English in every language, as clap's
//! own words are; the texts are the catalogues'. The page names no other
//! manual page: the commands have none of their own.

use clap::Arg;

use super::exit::Exit;
use super::{Failure, out};

pub fn run() -> Result<(), Failure> {
    out::print(&page()?)
}

/// The whole page.
pub fn page() -> Result<String, Failure> {
    let mut command = super::definition();
    command.build();
    let man = clap_mangen::Man::new(command.clone());
    let mut roff = Vec::new();
    man.render_title(&mut roff)?;
    man.render_name_section(&mut roff)?;
    man.render_synopsis_section(&mut roff)?;
    man.render_description_section(&mut roff)?;
    man.render_options_section(&mut roff)?;
    let mut page = String::from_utf8_lossy(&roff).into_owned();
    let commands: Vec<&clap::Command> =
        command.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help").collect();
    page.push_str(".SH COMMANDS\n");
    for sub in &commands {
        page.push_str(&format!(".TP\n\\fBkeyplan {}\\fR\n", text(sub.get_name())));
        if let Some(about) = sub.get_about() {
            page.push_str(&format!("{}\n", text(&about.to_string())));
        }
    }
    for sub in &commands {
        page.push_str(&section(sub));
    }
    page.push_str(&examples());
    page.push_str(&environment());
    page.push_str(&files());
    page.push_str(&exit_status());
    let mut version = Vec::new();
    man.render_version_section(&mut version)?;
    page.push_str(&String::from_utf8_lossy(&version));
    Ok(ascii(&page))
}

/// The page in ASCII: every other character as groff's `\[uXXXX]`, which
/// every groff reads (`man -l` runs preconv first; plain groff reads
/// Latin-1), so Cyrillic, Georgian and `…` come out as written.
fn ascii(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for c in page.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", u32::from(c)));
        }
    }
    out
}

/// The main examples (`cli-after`), as lines kept as written.
fn examples() -> String {
    let mut roff = String::from(".SH EXAMPLES\n.nf\n");
    for line in crate::l10n::text("cli-after").lines().skip(1) {
        roff.push_str(&format!("{}\n", text(line)));
    }
    roff.push_str(".fi\n");
    roff
}

/// A tagged paragraph: the tag in bold, then the text.
fn item(tag: &str, body: &str) -> String {
    format!(".TP\n\\fB{}\\fR\n{}\n", text(tag), text(body))
}

/// The variables keyplan reads.
fn environment() -> String {
    let mut roff = String::from(".SH ENVIRONMENT\n");
    for (name, id) in [
        ("KEYPLAN_DB", "cli-man-env-db"),
        ("KEYPLAN_TODAY", "cli-man-env-today"),
        ("VISUAL, EDITOR", "cli-man-env-editor"),
        ("NO_COLOR", "cli-man-env-no-color"),
        ("LC_ALL, LC_MESSAGES, LANG", "cli-man-env-lang"),
        ("XDG_DATA_HOME", "cli-man-env-data-home"),
        ("XDG_CONFIG_HOME", "cli-man-env-config-home"),
    ] {
        roff.push_str(&item(name, crate::l10n::text(id)));
    }
    roff
}

/// The files keyplan reads and writes, by their default paths on Linux.
fn files() -> String {
    let database = format!("$XDG_DATA_HOME/keyplan/{}", super::DATABASE_FILE);
    let settings = format!("$XDG_CONFIG_HOME/keyplan/{}", crate::settings::FILE_NAME);
    let backups = format!("{}/", crate::store::backups::DIR);
    let mut roff = String::from(".SH FILES\n");
    roff.push_str(&item(&database, &crate::t!("cli-man-file-database", file = super::DATABASE_FILE)));
    roff.push_str(&item(&settings, &crate::t!("cli-man-file-settings", file = crate::settings::FILE_NAME)));
    roff.push_str(&item(&backups, crate::l10n::text("cli-man-file-backups")));
    roff
}

/// The exit codes, from the one table `--help` and the README show.
fn exit_status() -> String {
    let mut roff = String::from(".SH \"EXIT STATUS\"\n");
    for exit in Exit::ALL {
        roff.push_str(&item(&exit.code().to_string(), &exit.meaning().replace('`', "")));
    }
    roff
}

/// `KEYPLAN LIST`: what the command does, its usage, its options, its examples.
fn section(sub: &clap::Command) -> String {
    let name = sub.get_name();
    let mut roff = format!(".SH \"KEYPLAN {}\"\n", name.to_uppercase());
    if let Some(about) = sub.get_long_about().or(sub.get_about()) {
        roff.push_str(&format!("{}\n", text(&about.to_string())));
    }
    let usage = sub.clone().bin_name(format!("keyplan {name}")).render_usage().to_string();
    let usage = usage.trim_start_matches("Usage:").trim();
    roff.push_str(&format!(".PP\n\\fB{}\\fR\n", text(usage)));
    for arg in sub.get_arguments().filter(|a| !a.is_global_set() && !a.is_hide_set()) {
        if matches!(arg.get_id().as_str(), "help" | "version") {
            continue;
        }
        roff.push_str(&format!(".TP\n\\fB{}\\fR\n", text(&flags(arg))));
        if let Some(help) = arg.get_long_help().or(arg.get_help()) {
            roff.push_str(&format!("{}\n", text(&help.to_string())));
        }
        let values: Vec<String> = arg.get_possible_values().iter().map(|v| v.get_name().to_string()).collect();
        let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
        if !values.is_empty() && !arg.is_positional() && takes_value {
            roff.push_str(&format!(".br\n{}\n", text(&crate::t!("cli-man-one-of", values = values.join(", ")))));
        }
    }
    if let Some(after) = sub.get_after_long_help().or(sub.get_after_help()) {
        roff.push_str(".PP\n.nf\n");
        for line in after.to_string().lines() {
            roff.push_str(&format!("{}\n", text(line)));
        }
        roff.push_str(".fi\n");
    }
    roff
}

/// `-s, --summary <TEXT>` or `<ACCOUNT>`.
fn flags(arg: &Arg) -> String {
    let values: Vec<String> =
        arg.get_value_names().map(|v| v.iter().map(|n| format!("<{n}>")).collect()).unwrap_or_default();
    if arg.is_positional() {
        return values.join(" ");
    }
    let mut names = Vec::new();
    if let Some(short) = arg.get_short() {
        names.push(format!("-{short}"));
    }
    if let Some(long) = arg.get_long() {
        names.push(format!("--{long}"));
    }
    // clap's derive names a value for every field, a flag's too (`--exit-code`
    // has `EXIT_CODE`): the number of values decides whether one is shown.
    let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
    if !takes_value {
        return names.join(", ");
    }
    let values = if values.is_empty() { vec![format!("<{}>", arg.get_id().as_str().to_uppercase())] } else { values };
    format!("{} {}", names.join(", "), values.join(" "))
}

/// Text safe in roff: backslashes and hyphens escaped, no line read as a request.
fn text(line: &str) -> String {
    line.lines()
        .map(|l| {
            let l = l.replace('\\', "\\e").replace('-', "\\-");
            if l.starts_with('.') || l.starts_with('\'') { format!("\\&{l}") } else { l }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
