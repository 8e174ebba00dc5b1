//! `keyplan completions SHELL`: a completion script generated from the
//! command line's own definitions, so it can never fall behind them.

use clap::CommandFactory;

use super::{Cli, Failure, out};

#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub const EXAMPLES: &str = "Examples:\n  keyplan completions bash > ~/.local/share/bash-completion/completions/keyplan\n  keyplan completions zsh > \"${fpath[1]}/_keyplan\"\n  keyplan completions fish > ~/.config/fish/completions/keyplan.fish";

pub fn run(args: &CompletionsArgs) -> Result<(), Failure> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "keyplan", &mut script);
    out::print(&String::from_utf8_lossy(&script))
}
