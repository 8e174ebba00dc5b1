//! Median and 99th percentile of a set of measurements.

use std::time::Duration;

pub struct Samples {
    values: Vec<f64>,
}

impl Samples {
    pub fn new() -> Self {
        Samples { values: Vec::new() }
    }

    pub fn push(&mut self, value: f64) {
        self.values.push(value);
    }

    pub fn push_time(&mut self, elapsed: Duration) {
        self.push(elapsed.as_secs_f64() * 1000.0);
    }

    fn quantile(&self, q: f64) -> f64 {
        let mut sorted = self.values.clone();
        sorted.sort_by(f64::total_cmp);
        if sorted.is_empty() {
            return f64::NAN;
        }
        // Nearest rank: the p99 of 100 samples is the 99th value, not an interpolation.
        let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
        sorted[rank - 1]
    }

    pub fn median(&self) -> f64 {
        self.quantile(0.5)
    }

    pub fn p99(&self) -> f64 {
        self.quantile(0.99)
    }

    pub fn max(&self) -> f64 {
        self.values.iter().copied().fold(f64::NAN, f64::max)
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }
}
