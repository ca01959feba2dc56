//! Configuration from environment variables; every variable is documented in the README.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

#[derive(Clone, Debug)]
pub struct Config {
    /// `DATABASE_URL`: `sqlite://…` or `postgres://…`.
    pub database_url: DatabaseUrl,
    /// `BIND`: the address to listen on.
    pub bind: SocketAddr,
    /// `PWA_DIR`: the built PWA to serve at `/`.
    pub pwa_dir: PathBuf,
    /// `PUBLIC_URL`: the externally visible origin; `https://…` turns on HSTS.
    pub public_url: Option<String>,
    /// `TOKEN_TTL_SECONDS`: lifetime of an access token issued by `POST /auth/login`.
    pub token_ttl: Duration,
    /// `MAX_BODY_BYTES`: the largest request body accepted (413 above it).
    pub max_body_bytes: usize,
    /// `LOG_FORMAT`: `json` (default) or `pretty`.
    pub log_format: String,
}

/// A database URL whose `Debug` form hides a password.
#[derive(Clone)]
pub struct DatabaseUrl(pub String);

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&redact_password(&self.0))
    }
}

impl std::fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&redact_password(&self.0))
    }
}

fn redact_password(url: &str) -> String {
    // scheme://user:password@host → scheme://user:***@host
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((credentials, host)) = rest.rsplit_once('@') else {
        return url.to_owned();
    };
    match credentials.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://mandaat.sqlite?mode=rwc";

impl Config {
    pub fn from_env() -> Result<Self, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let bind = var("BIND").unwrap_or_else(|| "127.0.0.1:8080".into());
        let bind = bind
            .parse()
            .map_err(|_| format!("BIND is not an address: {bind}"))?;
        let number = |name: &str, default: u64| -> Result<u64, String> {
            match var(name) {
                None => Ok(default),
                Some(v) => v
                    .parse()
                    .map_err(|_| format!("{name} is not a whole number: {v}")),
            }
        };
        Ok(Self {
            database_url: DatabaseUrl(
                var("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into()),
            ),
            bind,
            pwa_dir: var("PWA_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(default_pwa_dir),
            public_url: var("PUBLIC_URL"),
            token_ttl: Duration::from_secs(number("TOKEN_TTL_SECONDS", 8 * 3600)?),
            max_body_bytes: number("MAX_BODY_BYTES", 256 * 1024)? as usize,
            log_format: var("LOG_FORMAT").unwrap_or_else(|| "json".into()),
        })
    }
}

/// `pwa/dist` when built, else the placeholder page in `pwa/public`, looked up from the working
/// directory and from the source tree so `cargo run` works from anywhere in the repository.
fn default_pwa_dir() -> PathBuf {
    let source_root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    for base in [PathBuf::from("."), source_root] {
        for candidate in ["pwa/dist", "pwa/public"] {
            let dir = base.join(candidate);
            if dir.join("index.html").is_file() {
                return dir;
            }
        }
    }
    PathBuf::from("pwa/public")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_url_hides_password() {
        let url = DatabaseUrl("postgres://mandaat:s3cret@db:5432/mandaat".into());
        assert_eq!(format!("{url:?}"), "postgres://mandaat:***@db:5432/mandaat");
        assert_eq!(
            DatabaseUrl("sqlite://x.sqlite".into()).to_string(),
            "sqlite://x.sqlite"
        );
    }
}
