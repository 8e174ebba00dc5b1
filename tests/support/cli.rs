//! The built binary as a script or an SSH session runs it: settings and
//! home in a temporary directory, no database or date from the environment,
//! no `NO_COLOR`, no `COLUMNS`.

use std::path::Path;

use assert_cmd::Command;

pub fn keyplan(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("keyplan").unwrap();
    // English, whatever the locale of the machine running the tests.
    cmd.env("LC_ALL", "C.UTF-8");
    cmd.env("XDG_CONFIG_HOME", home)
        .env("HOME", home)
        .env_remove("KEYPLAN_DB")
        .env_remove("KEYPLAN_TODAY")
        .env_remove("NO_COLOR")
        // Text fitted to a width only when a test asks for one.
        .env_remove("COLUMNS");
    cmd
}
