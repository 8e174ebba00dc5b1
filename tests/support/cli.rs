//! The built binary as a script or an SSH session runs it: settings and
//! home in a temporary directory, no database or date from the environment,
//! no `NO_COLOR`.

use std::path::Path;

use assert_cmd::Command;

pub fn keyplan(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("keyplan").unwrap();
    cmd.env("XDG_CONFIG_HOME", home)
        .env("HOME", home)
        .env_remove("KEYPLAN_DB")
        .env_remove("KEYPLAN_TODAY")
        .env_remove("NO_COLOR");
    cmd
}
