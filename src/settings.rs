//! The settings file: contact standards per key-client type, how often the
//! background check runs, how far ahead round dates are announced, and the
//! routine backups.
//!
//! `settings.toml` lives in the platform config directory and is written,
//! with comments, the first time keyplan looks for it. Loading never fails:
//! a broken file, a wrong value or an unknown key gives a warning sentence
//! naming the line ("settings.toml line 7: ...") and the built-in default is
//! used for whatever could not be read.

use std::fs;
use std::io::{ErrorKind, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::domain::{Cadence, CadenceDefaults, CheckSettings, Choice, KeyClientType};
use crate::l10n::{DateStyle, Language};
use crate::store::backups::Retention;

pub const FILE_NAME: &str = "settings.toml";

/// Accepted ranges, so a typing slip cannot stall the check or hide everything.
const MAX_CADENCE_DAYS: u32 = 3650;
const MAX_WITHIN_DAYS: u32 = 366;
const MAX_INTERVAL_SECS: u64 = 86_400;
const MAX_DAILY_BACKUPS: u64 = 366;
const MAX_WEEKLY_BACKUPS: u64 = 520;

/// The copy of the database the workbench makes once a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupSettings {
    /// False: no routine copies (on-demand and pre-purge ones still happen).
    pub routine: bool,
    /// How many daily and weekly copies are kept.
    pub keep: Retention,
}

impl Default for BackupSettings {
    fn default() -> Self {
        BackupSettings { routine: true, keep: Retention::default() }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Contact standards per key-client type.
    pub cadence: CadenceDefaults,
    /// Seconds between two runs of the background check in the workbench.
    pub check_interval_secs: u64,
    /// Days ahead that birthdays and anniversaries are announced (0 = on the day).
    pub within_days: u32,
    /// Send scrolled tables as terminal scroll regions (false for terminals
    /// that show rows out of place).
    pub scroll_regions: bool,
    pub backups: BackupSettings,
    /// The interface language; None: from the environment (LC_ALL, LC_MESSAGES, LANG).
    pub language: Option<Language>,
    /// Dates the language's way (`31.12.2026`) or ISO (`2026-12-31`) everywhere.
    pub date_format: DateStyle,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            cadence: CadenceDefaults::default(),
            check_interval_secs: 60,
            within_days: 14,
            scroll_regions: true,
            backups: BackupSettings::default(),
            language: None,
            date_format: DateStyle::Local,
        }
    }
}

impl Settings {
    /// The part of the settings the alert rules read.
    pub fn check_settings(&self) -> CheckSettings {
        CheckSettings { cadence: self.cadence, within_days: self.within_days }
    }

    pub fn check_interval(&self) -> Duration {
        Duration::from_secs(self.check_interval_secs)
    }
}

/// `<config dir>/settings.toml`, e.g. `~/.config/keyplan/settings.toml` on Linux.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "keyplan").map(|d| d.config_dir().join(FILE_NAME))
}

/// The language and date format of the settings file, read without
/// creating the file and without its warnings (the workbench shows those):
/// every command needs them before it prints a word.
pub fn interface() -> (Option<Language>, DateStyle) {
    let Some(text) = default_path().and_then(|path| fs::read_to_string(path).ok()) else {
        return (None, DateStyle::Local);
    };
    let (settings, _) = parse(&text, FILE_NAME);
    (settings.language, settings.date_format)
}

/// Loads the settings from [`default_path`], creating the file on first use.
pub fn load() -> (Settings, Option<String>) {
    match default_path() {
        Some(path) => load_from(&path),
        None => (
            Settings::default(),
            Some("No config directory was found (is HOME set?); using the built-in settings.".into()),
        ),
    }
}

/// Loads the settings from `path`; when it is missing, writes the commented
/// template there (directory 0700, file 0600) and returns the defaults.
/// The second value is a warning to show the user, if anything went wrong.
pub fn load_from(path: &Path) -> (Settings, Option<String>) {
    let name = path.file_name().map_or_else(|| FILE_NAME.to_string(), |n| n.to_string_lossy().into_owned());
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == ErrorKind::NotFound => match create_template(path) {
            Ok(()) => return (Settings::default(), None),
            Err(e) => {
                let warning = format!("Could not create {}: {e}; using the built-in settings.", path.display());
                return (Settings::default(), Some(warning));
            }
        },
        Err(e) => {
            let warning = format!("Could not read {}: {e}; using the built-in settings.", path.display());
            return (Settings::default(), Some(warning));
        }
    };
    let (settings, warnings) = parse(&text, &name);
    let warning = (!warnings.is_empty()).then(|| warnings.join(" "));
    (settings, warning)
}

fn create_template(path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir)?;
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(mut file) => file.write_all(template().as_bytes()),
        // Another keyplan wrote it a moment ago: theirs is as good as ours.
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// The file written on first use: every setting at its default, explained.
pub fn template() -> String {
    let d = Settings::default();
    let mut out = format!(
        "# keyplan settings.\n\
         # Lines starting with # are comments. Delete a setting to go back to its\n\
         # built-in default. A mistake is reported when keyplan starts: a wrong\n\
         # value keeps its default, and a file that is not valid TOML is ignored.\n\
         \n\
         # The interface language: \"en\", \"uk\", \"ru\" or \"ka\". Without it, the\n\
         # language comes from LC_ALL, LC_MESSAGES or LANG (English for others);\n\
         # `keyplan --lang uk` overrides both for one run.\n\
         # language = \"uk\"\n\
         \n\
         # Dates as the language writes them (31.12.2026 in uk, ru and ka) with\n\
         # \"local\", or 2026-12-31 in every language with \"iso\".\n\
         date_format = \"local\"\n\
         \n\
         # How often the background check runs while the workbench is open, in\n\
         # seconds. It also runs at start, after every save, and when another\n\
         # program changes the database. From 1 to {MAX_INTERVAL_SECS}.\n\
         check_interval_secs = {}\n\
         \n\
         # How many days ahead birthdays and round anniversaries of the cooperation\n\
         # are announced (0 = only on the day itself). From 0 to {MAX_WITHIN_DAYS}.\n\
         within_days = {}\n\
         \n\
         # Scrolling a table by one row sends one row to the terminal (quick over\n\
         # a slow SSH link) by using the terminal's scroll regions. Set to false if\n\
         # rows ever show out of place while scrolling.\n\
         scroll_regions = {}\n\
         \n\
         # Once a day, when the workbench opens, a copy of the database is written\n\
         # into backups/ beside it (keyplan-daily-YYYY-MM-DD.db; the first copy of\n\
         # each week is kept longer as keyplan-weekly-YYYY-MM-DD.db). Only the newest\n\
         # `daily` (1 to {MAX_DAILY_BACKUPS}) and `weekly` (0 to {MAX_WEEKLY_BACKUPS}) copies are kept. Set routine\n\
         # to false to make none; a purge and `keyplan restore` still write theirs.\n\
         [backups]\n\
         routine = {}\n\
         daily = {}\n\
         weekly = {}\n\
         \n\
         # Contact standards: days between touchpoints, per key-client type.\n\
         # Past ideal_days an account is due for a touchpoint; past max_days it is\n\
         # overdue. An account's own \"contact every N days\" overrides these\n\
         # (ideal N, maximum N + N/2 rounded up). Lost and former accounts have none.\n",
        d.check_interval_secs,
        d.within_days,
        d.scroll_regions,
        d.backups.routine,
        d.backups.keep.daily,
        d.backups.keep.weekly
    );
    for &client_type in KeyClientType::ALL {
        let c = d.cadence.get(client_type);
        out.push_str(&format!(
            "\n# {}: {}\n[cadence.{}]\nideal_days = {}\nmax_days = {}\n",
            client_type.label(),
            describe(client_type),
            client_type.key(),
            c.ideal_days,
            c.max_days
        ));
    }
    out
}

fn describe(client_type: KeyClientType) -> &'static str {
    match client_type {
        KeyClientType::Breadwinner => "brings 10% or more of profit, a long-term partner.",
        KeyClientType::Prospect => "new, with a budget, maybe won from a competitor.",
        KeyClientType::ImageMaker => "a famous name, a leader of its industry or region.",
        KeyClientType::Expert => "demanding, knows the market, pushes our quality up.",
    }
}

/// Reads settings from TOML text. Whatever cannot be used keeps its default
/// and adds a warning sentence ("settings.toml line 7: ..."), in line order.
pub fn parse(text: &str, file_name: &str) -> (Settings, Vec<String>) {
    let mut reader = Reader { text, file_name, warnings: Vec::new() };
    let table = match DeTable::parse(text) {
        Ok(table) => table,
        Err(e) => {
            let message = e.message().trim_end_matches('.');
            reader.warn(e.span(), format!("{message}; the whole file is ignored and the built-in settings are used"));
            return (Settings::default(), reader.finish());
        }
    };
    let mut settings = Settings::default();
    for (key, value) in table.get_ref() {
        match key.get_ref().as_ref() {
            "check_interval_secs" => {
                let n = reader.number(value, "check_interval_secs", 1, MAX_INTERVAL_SECS);
                settings.check_interval_secs = n.unwrap_or(settings.check_interval_secs);
            }
            "within_days" => {
                let n = reader.number(value, "within_days", 0, u64::from(MAX_WITHIN_DAYS));
                if let Some(n) = n.and_then(|n| u32::try_from(n).ok()) {
                    settings.within_days = n;
                }
            }
            "scroll_regions" => {
                settings.scroll_regions = reader.boolean(value, "scroll_regions").unwrap_or(settings.scroll_regions);
            }
            "language" => settings.language = reader.language(value).or(settings.language),
            "date_format" => settings.date_format = reader.date_format(value).unwrap_or(settings.date_format),
            "cadence" => reader.cadence_table(value, &mut settings.cadence),
            "backups" => reader.backups(value, &mut settings.backups),
            other => reader.unknown(key, other),
        }
    }
    (settings, reader.finish())
}

struct Reader<'a> {
    text: &'a str,
    file_name: &'a str,
    warnings: Vec<(usize, String)>,
}

impl Reader<'_> {
    fn line(&self, span: Option<Range<usize>>) -> usize {
        let start = span.map_or(0, |s| s.start).min(self.text.len());
        let before = self.text.get(..start).unwrap_or(self.text);
        before.matches('\n').count() + 1
    }

    fn warn(&mut self, span: Option<Range<usize>>, message: String) {
        let line = self.line(span);
        let sentence = format!("{} line {line}: {message}.", self.file_name);
        self.warnings.push((line, sentence));
    }

    fn finish(mut self) -> Vec<String> {
        self.warnings.sort_by_key(|(line, _)| *line);
        self.warnings.into_iter().map(|(_, w)| w).collect()
    }

    fn unknown(&mut self, key: &Spanned<std::borrow::Cow<'_, str>>, name: &str) {
        self.warn(Some(key.span()), format!("unknown setting `{name}` is ignored"));
    }

    /// A whole number in `min..=max`, or None with a warning naming `name`.
    fn number(&mut self, value: &Spanned<DeValue<'_>>, name: &str, min: u64, max: u64) -> Option<u64> {
        let found = match value.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => match u64::try_from(n) {
                    Ok(n) if (min..=max).contains(&n) => return Some(n),
                    _ => n.to_string(),
                },
                Err(_) => i.to_string(),
            },
            other => format!("a {}", other.type_str()),
        };
        self.warn(
            Some(value.span()),
            format!("{name} must be a whole number from {min} to {max}, not {found}; the default is used"),
        );
        None
    }

    /// `true` or `false`, or None with a warning naming `name`.
    fn boolean(&mut self, value: &Spanned<DeValue<'_>>, name: &str) -> Option<bool> {
        if let DeValue::Boolean(b) = value.get_ref() {
            return Some(*b);
        }
        let found = format!("a {}", value.get_ref().type_str());
        self.warn(Some(value.span()), format!("{name} must be true or false, not {found}; the default is used"));
        None
    }

    /// `"uk"`, `"ru"`, `"ka"`, `"en"` (or a locale such as `"uk_UA"`).
    fn language(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Language> {
        let text = value.get_ref().as_str();
        if let Some(language) = text.and_then(Language::parse) {
            return Some(language);
        }
        let found = text.map_or_else(|| format!("a {}", value.get_ref().type_str()), |t| format!("\"{t}\""));
        self.warn(
            Some(value.span()),
            format!("language must be one of \"en\", \"uk\", \"ru\", \"ka\", not {found}; the environment's is used"),
        );
        None
    }

    /// `"local"` or `"iso"`.
    fn date_format(&mut self, value: &Spanned<DeValue<'_>>) -> Option<DateStyle> {
        match value.get_ref().as_str() {
            Some("local") => Some(DateStyle::Local),
            Some("iso") => Some(DateStyle::Iso),
            other => {
                let found = other.map_or_else(|| format!("a {}", value.get_ref().type_str()), |t| format!("\"{t}\""));
                self.warn(
                    Some(value.span()),
                    format!("date_format must be \"local\" or \"iso\", not {found}; the default is used"),
                );
                None
            }
        }
    }

    fn backups(&mut self, value: &Spanned<DeValue<'_>>, backups: &mut BackupSettings) {
        let Some(table) = value.get_ref().as_table() else {
            self.warn(
                Some(value.span()),
                "backups must be a table ([backups] with routine, daily, weekly); the defaults are used".into(),
            );
            return;
        };
        for (key, value) in table {
            match key.get_ref().as_ref() {
                "routine" => backups.routine = self.boolean(value, "backups.routine").unwrap_or(backups.routine),
                "daily" => {
                    let n = self.number(value, "backups.daily", 1, MAX_DAILY_BACKUPS);
                    backups.keep.daily = n.and_then(|n| usize::try_from(n).ok()).unwrap_or(backups.keep.daily);
                }
                "weekly" => {
                    let n = self.number(value, "backups.weekly", 0, MAX_WEEKLY_BACKUPS);
                    backups.keep.weekly = n.and_then(|n| usize::try_from(n).ok()).unwrap_or(backups.keep.weekly);
                }
                other => self.unknown(key, &format!("backups.{other}")),
            }
        }
    }

    fn cadence_table(&mut self, value: &Spanned<DeValue<'_>>, defaults: &mut CadenceDefaults) {
        let Some(table) = value.get_ref().as_table() else {
            self.warn(
                Some(value.span()),
                "cadence must be a table such as [cadence.breadwinner]; the defaults are used".into(),
            );
            return;
        };
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            match KeyClientType::ALL.iter().find(|t| t.key() == name) {
                Some(&client_type) => {
                    self.cadence(key, value, client_type, defaults.get_mut(client_type));
                }
                None => self.warn(
                    Some(key.span()),
                    format!(
                        "unknown key-client type `cadence.{name}` is ignored \
                         (the types are breadwinner, prospect, image_maker, expert)"
                    ),
                ),
            }
        }
    }

    fn cadence(
        &mut self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        value: &Spanned<DeValue<'_>>,
        client_type: KeyClientType,
        slot: &mut Cadence,
    ) {
        let prefix = format!("cadence.{}", client_type.key());
        let Some(table) = value.get_ref().as_table() else {
            self.warn(
                Some(value.span()),
                format!("{prefix} must be a table with ideal_days and max_days; the default {slot} is used"),
            );
            return;
        };
        let mut cadence = *slot;
        let mut last_span = key.span();
        for (field, value) in table {
            let name = field.get_ref().as_ref();
            let full = format!("{prefix}.{name}");
            let target = match name {
                "ideal_days" => &mut cadence.ideal_days,
                "max_days" => &mut cadence.max_days,
                _ => {
                    self.unknown(field, &full);
                    continue;
                }
            };
            if value.span().start > last_span.start {
                last_span = value.span();
            }
            let n = self.number(value, &full, 1, u64::from(MAX_CADENCE_DAYS));
            if let Some(n) = n.and_then(|n| u32::try_from(n).ok()) {
                *target = n;
            }
        }
        if let Some(problem) = cadence.problem() {
            self.warn(Some(last_span), format!("{prefix} {cadence}: {problem}; the default {slot} is used"));
            return;
        }
        *slot = cadence;
    }
}

#[cfg(test)]
mod tests;
