//! Prometheus metrics, kept by hand: request counts by status class and a latency histogram.

use std::{
    fmt::Write,
    sync::atomic::{AtomicU64, Ordering},
    time::Duration,
};

const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0];

#[derive(Default)]
pub struct Metrics {
    by_class: [AtomicU64; 5],
    buckets: [AtomicU64; BUCKETS.len()],
    count: AtomicU64,
    sum_micros: AtomicU64,
}

impl Metrics {
    pub fn observe(&self, status: u16, elapsed: Duration) {
        let class = usize::from(status / 100).clamp(1, 5) - 1;
        self.by_class[class].fetch_add(1, Ordering::Relaxed);
        let seconds = elapsed.as_secs_f64();
        for (bucket, bound) in self.buckets.iter().zip(BUCKETS) {
            if seconds <= bound {
                bucket.fetch_add(1, Ordering::Relaxed);
            }
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        self.sum_micros
            .fetch_add(elapsed.as_micros() as u64, Ordering::Relaxed);
    }

    /// The Prometheus text exposition format.
    pub fn render(&self, database_up: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# HELP mandaat_http_requests_total HTTP requests answered, by status class."
        );
        let _ = writeln!(out, "# TYPE mandaat_http_requests_total counter");
        for (index, counter) in self.by_class.iter().enumerate() {
            let _ = writeln!(
                out,
                "mandaat_http_requests_total{{status=\"{}xx\"}} {}",
                index + 1,
                counter.load(Ordering::Relaxed)
            );
        }
        let _ = writeln!(
            out,
            "# HELP mandaat_http_request_duration_seconds Time to answer an HTTP request."
        );
        let _ = writeln!(
            out,
            "# TYPE mandaat_http_request_duration_seconds histogram"
        );
        for (bucket, bound) in self.buckets.iter().zip(BUCKETS) {
            let _ = writeln!(
                out,
                "mandaat_http_request_duration_seconds_bucket{{le=\"{bound}\"}} {}",
                bucket.load(Ordering::Relaxed)
            );
        }
        let count = self.count.load(Ordering::Relaxed);
        let _ = writeln!(
            out,
            "mandaat_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {count}"
        );
        let _ = writeln!(
            out,
            "mandaat_http_request_duration_seconds_sum {}",
            self.sum_micros.load(Ordering::Relaxed) as f64 / 1e6
        );
        let _ = writeln!(out, "mandaat_http_request_duration_seconds_count {count}");
        let _ = writeln!(
            out,
            "# HELP mandaat_database_up Whether the database answered the last probe."
        );
        let _ = writeln!(out, "# TYPE mandaat_database_up gauge");
        let _ = writeln!(out, "mandaat_database_up {}", u8::from(database_up));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_land_in_their_class_and_buckets() {
        let metrics = Metrics::default();
        metrics.observe(200, Duration::from_millis(3));
        metrics.observe(404, Duration::from_millis(30));
        let text = metrics.render(true);
        assert!(text.contains("mandaat_http_requests_total{status=\"2xx\"} 1"));
        assert!(text.contains("mandaat_http_requests_total{status=\"4xx\"} 1"));
        assert!(text.contains("mandaat_http_request_duration_seconds_bucket{le=\"0.005\"} 1"));
        assert!(text.contains("mandaat_http_request_duration_seconds_bucket{le=\"0.05\"} 2"));
        assert!(text.contains("mandaat_http_request_duration_seconds_count 2"));
    }
}
