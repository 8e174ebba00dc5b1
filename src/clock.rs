//! Where "today" comes from. The workbench may stay open for days, so its
//! background check asks the clock on every run and a new day brings new
//! alerts; `--today` fixes the date (tests, benchmarks, a look at another day).

use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The local calendar date, read each time it is asked.
    Local,
    Fixed(NaiveDate),
}

impl Clock {
    pub fn today(self) -> NaiveDate {
        match self {
            Clock::Local => chrono::Local::now().date_naive(),
            Clock::Fixed(day) => day,
        }
    }
}

impl From<NaiveDate> for Clock {
    fn from(day: NaiveDate) -> Self {
        Clock::Fixed(day)
    }
}

/// Which clock the history's times (kept in UTC) are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Zone {
    /// The machine's local time zone (`TZ`), daylight saving included.
    #[default]
    Local,
    /// UTC as stored (tests, and a machine without a time zone).
    Utc,
}

impl Zone {
    /// A time stored in UTC as this zone's wall-clock time.
    pub fn show(self, utc: chrono::NaiveDateTime) -> chrono::NaiveDateTime {
        match self {
            Zone::Local => chrono::TimeZone::from_utc_datetime(&chrono::Local, &utc).naive_local(),
            Zone::Utc => utc,
        }
    }

    /// The start of a day in this zone, in UTC: where "since that day" begins.
    pub fn start_of(self, day: NaiveDate) -> chrono::NaiveDateTime {
        let midnight = day.and_time(chrono::NaiveTime::MIN);
        match self {
            Zone::Local => chrono::TimeZone::from_local_datetime(&chrono::Local, &midnight)
                .earliest()
                .map_or(midnight, |t| t.naive_utc()),
            Zone::Utc => midnight,
        }
    }
}
