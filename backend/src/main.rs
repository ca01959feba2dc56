//! The one Mandaat binary: `serve`, `bootstrap`, `demo`, `openapi`.

fn main() -> std::process::ExitCode {
    mandaat::cli::run()
}
