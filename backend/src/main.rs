//! The one Mandaat binary: `serve`, `bootstrap`, `demo`, `openapi`.

// glibc's allocator spent a tenth of a decision's time in malloc, free and returning memory to
// the kernel under load; mimalloc keeps per-thread pages.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    mandaat::cli::run()
}
