//! The settings file: contact standards per key-client type, how often the
//! background check runs, how far ahead round dates are announced, and the
//! routine backups.
//!
//! `settings.toml` lives in the platform config directory and is written,
//! with comments, the first time keyplan looks for it. Loading never fails:
//! a broken file, a wrong value or an unknown key gives a warning sentence
//! naming the line ("settings.toml line 7: ...") and the built-in default is
//! used for whatever could not be read.

use crate::t;
use std::fs;
use std::io::{ErrorKind, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::domain::analysis::AnalysisSettings;
use crate::domain::{Cadence, CadenceDefaults, CheckSettings, Choice, KeyClientType};
use crate::l10n::{Currency, DateStyle, Language};
use crate::store::backups::Retention;

pub const FILE_NAME: &str = "settings.toml";

/// Accepted ranges, so a typing slip cannot stall the check or hide everything.
const MAX_CADENCE_DAYS: u32 = 3650;
const MAX_WITHIN_DAYS: u32 = 366;
const MAX_INTERVAL_SECS: u64 = 86_400;
const MAX_DAILY_BACKUPS: u64 = 366;
const MAX_WEEKLY_BACKUPS: u64 = 520;
/// The analysis: shares in percent, the coefficient of variation in
/// percent, months of the analysis window, days without a purchase.
const MAX_CV_PERCENT: f64 = 1000.0;
const MAX_MIN_MONTHS: u64 = 12;
const MAX_LOST_AFTER_DAYS: u64 = 3650;
const MAX_MINIMUM_ORDER: u64 = 1_000_000_000_000;

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

#[derive(Debug, Clone, Copy, PartialEq)]
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
    /// Take the mouse (wheel, clicks); false leaves it to the terminal, for
    /// selecting text with it.
    pub mouse: bool,
    pub backups: BackupSettings,
    /// The interface language; None: from the environment (LC_ALL, LC_MESSAGES, LANG).
    pub language: Option<Language>,
    /// Dates the language's way (`31.12.2026`) or ISO (`2026-12-31`) everywhere.
    pub date_format: DateStyle,
    /// The ISO 4217 code shown after amounts (`UAH`); None: amounts alone.
    pub currency: Option<Currency>,
    /// The thresholds of the analysis and the lost-client criterion.
    pub analysis: AnalysisSettings,
    /// CSV written for spreadsheet programs (a byte order mark, semicolons,
    /// CRLF) without `--excel` on each command.
    pub csv_excel: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            cadence: CadenceDefaults::default(),
            check_interval_secs: 60,
            within_days: 14,
            scroll_regions: true,
            mouse: true,
            backups: BackupSettings::default(),
            language: None,
            date_format: DateStyle::Local,
            currency: None,
            analysis: AnalysisSettings::default(),
            csv_excel: false,
        }
    }
}

impl Settings {
    /// The part of the settings the alert rules read.
    pub fn check_settings(&self) -> CheckSettings {
        CheckSettings { cadence: self.cadence, within_days: self.within_days, lapsing: self.analysis.lapsing }
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
pub fn interface() -> Settings {
    let Some(text) = default_path().and_then(|path| fs::read_to_string(path).ok()) else {
        return Settings::default();
    };
    parse(&text, FILE_NAME).0
}

/// Loads the settings from [`default_path`], creating the file on first use.
pub fn load() -> (Settings, Option<String>) {
    match default_path() {
        Some(path) => load_from(&path),
        None => (Settings::default(), Some(crate::l10n::text("shell-settings-no-config-directory").into())),
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
                let warning =
                    t!("shell-settings-cannot-create", path = path.display().to_string(), reason = e.to_string());
                return (Settings::default(), Some(warning));
            }
        },
        Err(e) => {
            let warning = t!("shell-settings-cannot-read", path = path.display().to_string(), reason = e.to_string());
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
    let mut out = t!(
        "shell-settings-template",
        interval = d.check_interval_secs,
        max_interval = MAX_INTERVAL_SECS,
        within = d.within_days,
        max_within = MAX_WITHIN_DAYS,
        scroll = d.scroll_regions.to_string(),
        excel = d.csv_excel.to_string(),
        mouse = d.mouse.to_string(),
        routine = d.backups.routine.to_string(),
        daily = d.backups.keep.daily,
        max_daily = MAX_DAILY_BACKUPS,
        weekly = d.backups.keep.weekly,
        max_weekly = MAX_WEEKLY_BACKUPS
    );
    out.push('\n');
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
    let a = d.analysis;
    out.push('\n');
    out.push_str(&t!(
        "losses-settings-template",
        pareto = percent(a.pareto_cutoff),
        abc_a = percent(a.abc_a),
        abc_b = percent(a.abc_b),
        xyz_x = percent(a.xyz_x),
        xyz_y = percent(a.xyz_y),
        min_months = a.xyz_min_months,
        max_min_months = MAX_MIN_MONTHS,
        minimum_order = a.minimum_order / 100,
        lost_after = a.lapsing.breadwinner,
        max_lost_after = MAX_LOST_AFTER_DAYS,
        warn = a.lapsing.warn_days_before
    ));
    out.push('\n');
    out
}

/// A fraction as the settings file writes it: `0.8` is `80`, `0.125` is `12.5`.
fn percent(fraction: f64) -> String {
    let p = fraction * 100.0;
    if (p - p.round()).abs() < 1e-9 { format!("{}", p.round() as i64) } else { format!("{}", (p * 1e6).round() / 1e6) }
}

fn describe(client_type: KeyClientType) -> &'static str {
    match client_type {
        KeyClientType::Breadwinner => crate::l10n::text("shell-settings-breadwinner"),
        KeyClientType::Prospect => crate::l10n::text("shell-settings-prospect"),
        KeyClientType::ImageMaker => crate::l10n::text("shell-settings-image-maker"),
        KeyClientType::Expert => crate::l10n::text("shell-settings-expert"),
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
            reader.warn(e.span(), t!("shell-settings-not-toml", reason = message.to_string()));
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
            "mouse" => settings.mouse = reader.boolean(value, "mouse").unwrap_or(settings.mouse),
            "language" => settings.language = reader.language(value).or(settings.language),
            "date_format" => settings.date_format = reader.date_format(value).unwrap_or(settings.date_format),
            "currency" => settings.currency = reader.currency(value).or(settings.currency),
            "csv_excel" => settings.csv_excel = reader.boolean(value, "csv_excel").unwrap_or(settings.csv_excel),
            "cadence" => reader.cadence_table(value, &mut settings.cadence),
            "backups" => reader.backups(value, &mut settings.backups),
            "analysis" => reader.analysis(value, &mut settings.analysis),
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
        let sentence = t!("shell-settings-line", file = self.file_name, line = line, message = message);
        self.warnings.push((line, sentence));
    }

    fn finish(mut self) -> Vec<String> {
        self.warnings.sort_by_key(|(line, _)| *line);
        self.warnings.into_iter().map(|(_, w)| w).collect()
    }

    fn unknown(&mut self, key: &Spanned<std::borrow::Cow<'_, str>>, name: &str) {
        self.warn(Some(key.span()), t!("shell-settings-unknown", name = name));
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
        self.warn(Some(value.span()), t!("shell-settings-number", name = name, min = min, max = max, found = found));
        None
    }

    /// `true` or `false`, or None with a warning naming `name`.
    fn boolean(&mut self, value: &Spanned<DeValue<'_>>, name: &str) -> Option<bool> {
        if let DeValue::Boolean(b) = value.get_ref() {
            return Some(*b);
        }
        let found = format!("a {}", value.get_ref().type_str());
        self.warn(Some(value.span()), t!("shell-settings-boolean", name = name, found = found));
        None
    }

    /// `"uk"`, `"ru"`, `"ka"`, `"en"` (or a locale such as `"uk_UA"`).
    fn language(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Language> {
        let text = value.get_ref().as_str();
        if let Some(language) = text.and_then(Language::parse) {
            return Some(language);
        }
        let found = text.map_or_else(|| format!("a {}", value.get_ref().type_str()), |t| format!("\"{t}\""));
        self.warn(Some(value.span()), t!("shell-settings-language", found = found));
        None
    }

    /// Three letters, an ISO 4217 code: `"UAH"`, `"GEL"`, `"KZT"`, `"EUR"`.
    fn currency(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Currency> {
        let text = value.get_ref().as_str();
        if let Some(currency) = text.and_then(Currency::parse) {
            return Some(currency);
        }
        let found = text.map_or_else(|| format!("a {}", value.get_ref().type_str()), |t| format!("\"{t}\""));
        self.warn(Some(value.span()), t!("shell-settings-currency-invalid", found = found));
        None
    }

    /// `"local"` or `"iso"`.
    fn date_format(&mut self, value: &Spanned<DeValue<'_>>) -> Option<DateStyle> {
        match value.get_ref().as_str() {
            Some("local") => Some(DateStyle::Local),
            Some("iso") => Some(DateStyle::Iso),
            other => {
                let found = other.map_or_else(|| format!("a {}", value.get_ref().type_str()), |t| format!("\"{t}\""));
                self.warn(Some(value.span()), t!("shell-settings-date-format", found = found));
                None
            }
        }
    }

    fn backups(&mut self, value: &Spanned<DeValue<'_>>, backups: &mut BackupSettings) {
        let Some(table) = value.get_ref().as_table() else {
            self.warn(Some(value.span()), crate::l10n::text("shell-settings-backups-table").into());
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

    /// A share or a variation typed in percent (`80`, `92.5`) in
    /// `min..=max`, returned as a fraction (`0.8`), or None with a warning.
    fn percent(&mut self, value: &Spanned<DeValue<'_>>, name: &str, min: f64, max: f64) -> Option<f64> {
        let found = match value.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) if (min..=max).contains(&(n as f64)) => return Some(n as f64 / 100.0),
                Ok(n) => n.to_string(),
                Err(_) => i.to_string(),
            },
            DeValue::Float(f) => match f.as_str().replace('_', "").parse::<f64>() {
                Ok(x) if x.is_finite() && (min..=max).contains(&x) => return Some(x / 100.0),
                _ => f.to_string(),
            },
            other => format!("a {}", other.type_str()),
        };
        let (min, max) = (percent(min / 100.0), percent(max / 100.0));
        self.warn(Some(value.span()), t!("losses-settings-percent", name = name, min = min, max = max, found = found));
        None
    }

    /// The `[analysis]` table: the thresholds of the analysis and the
    /// lost-client criterion. A pair of thresholds out of order keeps both
    /// defaults; the per-type criterion overrides `lost_after_days`.
    fn analysis(&mut self, value: &Spanned<DeValue<'_>>, analysis: &mut AnalysisSettings) {
        let Some(table) = value.get_ref().as_table() else {
            self.warn(Some(value.span()), crate::l10n::text("losses-settings-analysis-table").into());
            return;
        };
        let defaults = *analysis;
        let mut read = defaults;
        let mut lost_after: Option<u32> = None;
        let mut by_type: Vec<(KeyClientType, u32)> = Vec::new();
        let mut spans: Vec<(String, Range<usize>)> = Vec::new();
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            let full = format!("analysis.{name}");
            match name {
                "pareto_cutoff" | "abc_a" | "abc_b" | "xyz_x" | "xyz_y" => {
                    let (target, min, max) = match name {
                        "pareto_cutoff" => (&mut read.pareto_cutoff, 1.0, 100.0),
                        "abc_a" => (&mut read.abc_a, 1.0, 100.0),
                        "abc_b" => (&mut read.abc_b, 1.0, 100.0),
                        "xyz_x" => (&mut read.xyz_x, 0.0, MAX_CV_PERCENT),
                        _ => (&mut read.xyz_y, 0.0, MAX_CV_PERCENT),
                    };
                    if let Some(x) = self.percent(value, &full, min, max) {
                        *target = x;
                    }
                    spans.push((name.to_string(), value.span()));
                }
                "xyz_min_months" => {
                    let n = self.number(value, &full, 1, MAX_MIN_MONTHS);
                    read.xyz_min_months = n.and_then(|n| u32::try_from(n).ok()).unwrap_or(read.xyz_min_months);
                }
                "minimum_order" => {
                    let n = self.number(value, &full, 0, MAX_MINIMUM_ORDER);
                    read.minimum_order =
                        n.and_then(|n| i64::try_from(n).ok()).map_or(read.minimum_order, |units| units * 100);
                }
                "lost_after_days" => {
                    let n = self.number(value, &full, 0, MAX_LOST_AFTER_DAYS);
                    lost_after = n.and_then(|n| u32::try_from(n).ok()).or(lost_after);
                }
                "lapsing_warn_days" => {
                    let n = self.number(value, &full, 0, MAX_LOST_AFTER_DAYS);
                    read.lapsing.warn_days_before =
                        n.and_then(|n| u32::try_from(n).ok()).unwrap_or(read.lapsing.warn_days_before);
                }
                "lost_after_days_by_type" => self.lost_after_by_type(value, &mut by_type),
                _ => self.unknown(key, &full),
            }
        }
        for (low, high, low_name, high_name) in
            [(read.abc_a, read.abc_b, "abc_a", "abc_b"), (read.xyz_x, read.xyz_y, "xyz_x", "xyz_y")]
        {
            if high < low {
                let span = spans
                    .iter()
                    .filter(|(n, _)| *n == low_name || *n == high_name)
                    .map(|(_, s)| s.clone())
                    .max_by_key(|s| s.start);
                self.warn(
                    span,
                    t!(
                        "losses-settings-out-of-order",
                        low_name = format!("analysis.{low_name}"),
                        low = percent(low),
                        high_name = format!("analysis.{high_name}"),
                        high = percent(high)
                    ),
                );
                if low_name == "abc_a" {
                    (read.abc_a, read.abc_b) = (defaults.abc_a, defaults.abc_b);
                } else {
                    (read.xyz_x, read.xyz_y) = (defaults.xyz_x, defaults.xyz_y);
                }
            }
        }
        if let Some(days) = lost_after {
            for &client_type in KeyClientType::ALL {
                *read.lapsing.lost_after_mut(client_type) = days;
            }
        }
        for (client_type, days) in by_type {
            *read.lapsing.lost_after_mut(client_type) = days;
        }
        *analysis = read;
    }

    /// `[analysis.lost_after_days_by_type]`: `expert = 365`.
    fn lost_after_by_type(&mut self, value: &Spanned<DeValue<'_>>, by_type: &mut Vec<(KeyClientType, u32)>) {
        let Some(table) = value.get_ref().as_table() else {
            self.warn(Some(value.span()), crate::l10n::text("losses-settings-by-type-table").into());
            return;
        };
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            match KeyClientType::ALL.iter().find(|t| t.key() == name) {
                Some(&client_type) => {
                    let full = format!("analysis.lost_after_days_by_type.{name}");
                    if let Some(n) =
                        self.number(value, &full, 0, MAX_LOST_AFTER_DAYS).and_then(|n| u32::try_from(n).ok())
                    {
                        by_type.push((client_type, n));
                    }
                }
                None => self.warn(Some(key.span()), t!("losses-settings-unknown-type", name = name)),
            }
        }
    }

    fn cadence_table(&mut self, value: &Spanned<DeValue<'_>>, defaults: &mut CadenceDefaults) {
        let Some(table) = value.get_ref().as_table() else {
            self.warn(Some(value.span()), crate::l10n::text("shell-settings-cadence-table").into());
            return;
        };
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            match KeyClientType::ALL.iter().find(|t| t.key() == name) {
                Some(&client_type) => {
                    self.cadence(key, value, client_type, defaults.get_mut(client_type));
                }
                None => self.warn(Some(key.span()), t!("shell-settings-unknown-type", name = name)),
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
                t!("shell-settings-cadence-not-table", name = prefix.as_str(), default = slot.to_string()),
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
            self.warn(
                Some(last_span),
                t!(
                    "shell-settings-cadence-problem",
                    name = prefix.as_str(),
                    cadence = cadence.to_string(),
                    problem = problem.to_string(),
                    default = slot.to_string()
                ),
            );
            return;
        }
        *slot = cadence;
    }
}

#[cfg(test)]
mod tests;
