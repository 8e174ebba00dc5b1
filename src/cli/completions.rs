//! `keyplan completions SHELL`: a completion script generated from the
//! command line's own definitions, so it can never fall behind them.

use super::{Failure, out};

#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(args: &CompletionsArgs) -> Result<(), Failure> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut super::definition(), "keyplan", &mut script);
    out::print(&String::from_utf8_lossy(&script))
}
