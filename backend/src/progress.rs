//! Progress of the commands that run for minutes (`seed`, `backup`, `restore`): a bar on stderr
//! with the rate and the time left. It is drawn only when stderr is a terminal, so a command
//! whose output goes to a file, a pipe or a CI log prints exactly what it printed before.

use std::{future::Future, io::IsTerminal, path::Path, time::Duration};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar counting `total` things (`decisions`, `ledger entries`).
pub fn counting(total: u64, what: &'static str) -> ProgressBar {
    bar(
        Some(total),
        what,
        "{msg} {wide_bar} {human_pos}/{human_len} · {per_sec} · {eta} left",
    )
}

/// A bar counting bytes; without a known total it shows the bytes and the rate only.
pub fn bytes(total: Option<u64>, what: &'static str) -> ProgressBar {
    let template = if total.is_some() {
        "{msg} {wide_bar} {bytes}/{total_bytes} · {binary_bytes_per_sec} · {eta} left"
    } else {
        "{msg} {spinner} {bytes} · {binary_bytes_per_sec}"
    };
    bar(total, what, template)
}

/// A spinner with the time taken, for work whose size is not known beforehand.
pub fn working(what: &'static str) -> ProgressBar {
    bar(None, what, "{msg} {spinner} {elapsed}")
}

fn bar(total: Option<u64>, what: &'static str, template: &str) -> ProgressBar {
    let target = if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(total, target);
    bar.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(what);
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Runs `work` (which writes `file`, like `VACUUM INTO` or `pg_dump`) while the bar follows the
/// file's size.
pub async fn following<T>(bar: &ProgressBar, file: &Path, work: impl Future<Output = T>) -> T {
    let mut work = std::pin::pin!(work);
    let mut tick = tokio::time::interval(Duration::from_millis(250));
    loop {
        tokio::select! {
            outcome = &mut work => {
                if let Ok(metadata) = std::fs::metadata(file) {
                    bar.set_position(metadata.len());
                }
                bar.finish_and_clear();
                return outcome;
            }
            _ = tick.tick() => {
                if let Ok(metadata) = std::fs::metadata(file) {
                    bar.set_position(metadata.len());
                }
            }
        }
    }
}
