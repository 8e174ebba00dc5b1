//! Completions that know the domain, by clap_complete's dynamic completion:
//! the shell asks `keyplan` itself (`COMPLETE=bash keyplan -- keyplan show
//! Ки`) for the candidates of the word under the cursor, so `keyplan show
//! <Tab>` offers the accounts of the database the command line would open
//! (`--db`, `KEYPLAN_DB`, or the default), a choice its keys (`--status`,
//! `--channel`, `--section`, `--format`, ...), a file argument files.
//!
//! `keyplan completions SHELL` prints the registration the shell sources
//! (the same as `COMPLETE=SHELL keyplan`); it calls back into keyplan for
//! every Tab, so it never falls behind the binary it belongs to.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use clap_complete::engine::{ArgValueCandidates, ArgValueCompleter, CompletionCandidate};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Shells, Zsh};

use super::{Failure, out};
use crate::domain::{AccountId, AccountStatus, Choice, DossierSection};

#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// The variable that makes a run of keyplan a completion request.
const VAR: &str = "COMPLETE";

/// At most this many accounts are offered for one Tab.
const LIMIT: usize = 50;

const SHELLS: Shells<'static> = Shells(&[&QuotedBash, &Elvish, &Fish, &Powershell, &Zsh]);

/// Answers a completion request and exits, when this run is one; returns
/// otherwise. Called before anything else is printed.
pub fn answer() {
    clap_complete::CompleteEnv::with_factory(super::definition).var(VAR).shells(SHELLS).complete();
}

/// `keyplan completions SHELL`: the registration for the shell.
pub fn run(args: &CompletionsArgs) -> Result<(), Failure> {
    use clap_complete::Shell;
    let shell: &dyn EnvCompleter = match args.shell {
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Elvish => &Elvish,
        Shell::PowerShell => &Powershell,
        _ => &QuotedBash,
    };
    let mut script = Vec::new();
    shell.write_registration(VAR, "keyplan", "keyplan", &completer(), &mut script)?;
    out::print(&String::from_utf8_lossy(&script))
}

/// The program the shell calls back: as it was started (`keyplan` found on
/// the PATH, or a path made absolute), as `COMPLETE=bash keyplan` names it.
fn completer() -> String {
    let started = PathBuf::from(std::env::args_os().next().unwrap_or_else(|| OsString::from("keyplan")));
    let path = match std::env::current_dir() {
        Ok(dir) if started.components().count() > 1 => dir.join(started),
        _ => started,
    };
    path.to_string_lossy().into_owned()
}

/// The accounts as `ACCOUNT` arguments take them.
pub fn accounts() -> ArgValueCompleter {
    ArgValueCompleter::new(account_candidates)
}

/// The keys of a choice (`--channel`, `--status`), each with its label.
pub fn choices<T: Choice>() -> ArgValueCandidates {
    ArgValueCandidates::new(|| T::ALL.iter().map(|v| candidate(v.key(), v.label())).collect::<Vec<_>>())
}

/// `lost` and `former`, for `close --as`.
pub fn closed_statuses() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        AccountStatus::ALL.iter().filter(|s| !s.is_open()).map(|s| candidate(s.key(), s.label())).collect::<Vec<_>>()
    })
}

/// The dossier's sections, for `--section`.
pub fn sections() -> ArgValueCandidates {
    ArgValueCandidates::new(|| DossierSection::ALL.iter().map(|s| candidate(s.key(), s.heading())).collect::<Vec<_>>())
}

fn candidate(value: &str, help: &str) -> CompletionCandidate {
    CompletionCandidate::new(value).help(Some(help.to_string().into()))
}

/// The accounts `current` begins, read from the database the command line
/// names. Nothing (never an error) when there is no database or it cannot
/// be read: a Tab must not print.
fn account_candidates(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = unquote(&current.to_string_lossy());
    let Some(path) = database().filter(|p| p.is_file()) else { return Vec::new() };
    let Ok(store) = crate::store::Store::open_read_only(&path) else { return Vec::new() };
    // The names come from the names' covering index; no row is read.
    let Ok(names) = store.account_names() else { return Vec::new() };
    account_matches(&names, &typed)
}

/// The accounts whose name (or one of its words) begins with `typed`, in
/// any case and script, by name; an id when digits are typed. The name is
/// the candidate (with its id as help), at most [`LIMIT`].
pub fn account_matches(names: &[(AccountId, String, AccountStatus)], typed: &str) -> Vec<CompletionCandidate> {
    let typed = typed.trim().to_lowercase();
    let help = |id: AccountId| -> Option<clap::builder::StyledStr> { Some(format!("#{id}").into()) };
    if !typed.is_empty() && typed.chars().all(|c| c.is_ascii_digit()) {
        return names
            .iter()
            .filter(|(id, _, _)| id.to_string().starts_with(&typed))
            .take(LIMIT)
            .map(|(id, name, _)| CompletionCandidate::new(id.to_string()).help(Some(name.clone().into())))
            .collect();
    }
    let begins = |name: &str| name.to_lowercase().starts_with(&typed);
    let word_begins = |name: &str| name.to_lowercase().split_whitespace().any(|w| w.starts_with(&typed));
    let mut found: Vec<&(AccountId, String, AccountStatus)> = names.iter().filter(|(_, n, _)| begins(n)).collect();
    found.extend(names.iter().filter(|(_, n, _)| !begins(n) && word_begins(n)));
    let mut seen = std::collections::HashSet::new();
    found
        .into_iter()
        .filter(|(_, name, _)| seen.insert(name.clone()))
        .take(LIMIT)
        .map(|(id, name, _)| CompletionCandidate::new(name).help(help(*id)))
        .collect()
}

/// The database this command line would open: `--db` on it, else
/// `KEYPLAN_DB`, else the default file.
fn database() -> Option<PathBuf> {
    // The words being completed follow the first `--`.
    let args: Vec<OsString> = std::env::args_os().skip_while(|a| a != "--").skip(1).collect();
    let mut given = None;
    let mut words = args.iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(word) = words.next() {
        if word == "--db" {
            given = words.next().map(|v| PathBuf::from(unquote(&v)));
        } else if let Some(value) = word.strip_prefix("--db=") {
            given = Some(PathBuf::from(unquote(value)));
        }
    }
    let given = given.or_else(|| std::env::var_os("KEYPLAN_DB").filter(|v| !v.is_empty()).map(PathBuf::from));
    super::database_path(given).ok()
}

/// A word as bash passes it while it is typed: `Київстар\ Б` or `'Київстар Б`.
fn unquote(word: &str) -> String {
    let word = word.strip_prefix(['\'', '"']).unwrap_or(word);
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

/// Bash, with each candidate quoted for the command line: bash puts a
/// candidate in as it is, and an account's name has spaces.
struct QuotedBash;

impl EnvCompleter for QuotedBash {
    fn name(&self) -> &'static str {
        Bash.name()
    }

    fn is(&self, name: &str) -> bool {
        Bash.is(name)
    }

    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        Bash.write_registration(var, name, bin, completer, buf)
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let mut plain = Vec::new();
        Bash.write_complete(cmd, args, current_dir, &mut plain)?;
        let ifs = std::env::var("_CLAP_IFS").unwrap_or_else(|_| "\n".into());
        let plain = String::from_utf8_lossy(&plain);
        let quoted: Vec<String> = plain.split(ifs.as_str()).map(bash_quoted).collect();
        buf.write_all(quoted.join(&ifs).as_bytes())
    }
}

/// A word bash reads back as `word`: its special characters backslashed.
fn bash_quoted(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_whitespace() || "'\"\\$`!&;|<>()*?[]{}#~^".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<(AccountId, String, AccountStatus)> {
        vec![
            (AccountId(3), "Київстар Бізнес".into(), AccountStatus::Active),
            (AccountId(12), "Acme Foods".into(), AccountStatus::Active),
            (AccountId(31), "ᲗᲑᲘᲚᲘᲡᲘ Energy".into(), AccountStatus::Lost),
        ]
    }

    fn values(found: Vec<CompletionCandidate>) -> Vec<String> {
        found.iter().map(|c| c.get_value().to_string_lossy().into_owned()).collect()
    }

    #[test]
    fn accounts_by_the_beginning_of_a_name_or_word_or_id() {
        let names = names();
        assert_eq!(values(account_matches(&names, "ки")), vec!["Київстар Бізнес"]);
        assert_eq!(values(account_matches(&names, "БІЗ")), vec!["Київстар Бізнес"]);
        assert_eq!(values(account_matches(&names, "თბი")), vec!["ᲗᲑᲘᲚᲘᲡᲘ Energy"]);
        assert_eq!(values(account_matches(&names, "3")), vec!["3", "31"]);
        assert_eq!(values(account_matches(&names, "")).len(), 3);
        assert!(account_matches(&names, "zz").is_empty());
    }

    #[test]
    fn bash_reads_the_candidates_back_as_written() {
        assert_eq!(bash_quoted("Київстар Бізнес"), "Київстар\\ Бізнес");
        assert_eq!(bash_quoted("AT&T (UK)"), "AT\\&T\\ \\(UK\\)");
        assert_eq!(unquote("Київстар\\ Б"), "Київстар Б");
        assert_eq!(unquote("'Київ"), "Київ");
    }
}
