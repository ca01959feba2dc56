//! Structured logging. Handlers log ids and outcomes only: never passwords, tokens, e-mail
//! addresses, client references or free text.

use tracing_subscriber::EnvFilter;

pub fn init(format: &str) {
    let filter = EnvFilter::try_from_env("LOG_LEVEL")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,sea_orm_migration=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // A second init (tests) is harmless, so its error is ignored on purpose.
    let _ = if format == "pretty" {
        builder.try_init()
    } else {
        builder.json().try_init()
    };
}
