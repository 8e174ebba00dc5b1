//! `keyplan man`: the manual page (roff), generated from the command line's
//! own definitions: the main page by clap_mangen, then one section per
//! command with its usage, options and examples, so one page says it all.

use clap::Arg;

use super::{Failure, out};

pub fn run() -> Result<(), Failure> {
    let mut command = super::definition();
    command.build();
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone()).render(&mut page)?;
    let mut page = String::from_utf8_lossy(&page).into_owned();
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        page.push_str(&section(sub));
    }
    out::print(&page)
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
        if !values.is_empty() && !arg.is_positional() {
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
    let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
    let value = if takes_value && values.is_empty() {
        format!(" <{}>", arg.get_id().as_str().to_uppercase())
    } else {
        String::new()
    };
    format!(
        "{}{value}{}",
        names.join(", "),
        if values.is_empty() { String::new() } else { format!(" {}", values.join(" ")) }
    )
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
