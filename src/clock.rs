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
