//! `keyplan check`: the background check's rules, from the shell — for cron
//! jobs and SSH login banners. The same rules and results as the agenda.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::{Failure, OutputFormat};
use crate::domain::{Alert, Severity, check};

pub struct CheckOptions {
    pub format: OutputFormat,
    pub exit_code: bool,
    pub within: Option<u32>,
}

/// Returns true when an overdue alert was found (for `--exit-code`).
pub fn run(path: &Path, today: NaiveDate, options: &CheckOptions) -> Result<bool, Failure> {
    let store = super::open_for_reading(path)?;
    let (settings, warning) = crate::settings::load();
    if let Some(warning) = warning {
        super::say::warn(&warning);
    }
    let mut rules = settings.check_settings();
    if let Some(days) = options.within {
        rules.within_days = days;
    }
    let alerts = check(store.check_input(today, rules.within_days)?, today, &rules);
    // Through a buffer: stdout writes each line on its own, and a check of
    // a large portfolio has tens of thousands of them.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = match options.format {
        OutputFormat::Json => {
            // Scripts read the sentences in English, whatever the language.
            let _english = crate::l10n::scoped(crate::l10n::Language::English);
            serde_json::to_writer_pretty(&mut out, &alerts).map_err(std::io::Error::from).and_then(|()| writeln!(out))
        }
        OutputFormat::Text => write_text(&mut out, &alerts),
    }
    .and_then(|()| out.flush());
    // A closed pipe (`keyplan check | head -1`) is not an error worth a message.
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        return Err(e.into());
    }
    Ok(alerts.iter().any(|a| a.severity == Severity::Overdue))
}

/// One line per alert, short enough for a login banner: the severity (in a
/// column as wide as the language's longest), the date, the sentence.
fn write_text(out: &mut impl Write, alerts: &[Alert]) -> std::io::Result<()> {
    const SEVERITIES: [Severity; 3] = [Severity::Overdue, Severity::Due, Severity::Upcoming];
    let width = SEVERITIES.into_iter().map(|s| super::out::width(severity(s))).max().unwrap_or(0);
    // Padded once, not once a line.
    let labels = SEVERITIES.map(|s| (s, super::out::pad(severity(s), width, false)));
    for alert in alerts {
        let label = labels.iter().find(|(s, _)| *s == alert.severity).map_or("", |(_, label)| label.as_str());
        writeln!(out, "{label} {}  {}", crate::l10n::date(alert.date), alert.sentence())?;
    }
    Ok(())
}

/// `overdue`, `due`, `upcoming` in the current language.
fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Overdue => crate::l10n::text("shell-check-overdue"),
        Severity::Due => crate::l10n::text("shell-check-due"),
        Severity::Upcoming => crate::l10n::text("shell-check-upcoming"),
    }
}
