//! Configuration from environment variables; every variable is documented in the README.

use crate::domain::webhook::retry::Schedule;

use std::{
    net::{IpAddr, SocketAddr},
    path::PathBuf,
    time::Duration,
};

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
    /// `TRUSTED_PROXIES`: proxies whose `X-Forwarded-For` names the client's address.
    pub trusted_proxies: TrustedProxies,
    /// `CLIENT_RATE_PER_MINUTE`: requests a minute a machine client may make on average.
    pub client_rate_per_minute: u32,
    /// `CLIENT_RATE_BURST`: requests a machine client may make at once before the rate holds.
    pub client_rate_burst: u32,
    pub webhooks: WebhookSettings,
}

/// How webhooks are delivered.
#[derive(Clone, Debug)]
pub struct WebhookSettings {
    /// `WEBHOOKS_ALLOW_PRIVATE=true`: allow destinations on loopback, private, link-local and
    /// metadata addresses (for tests and closed networks; never on a server reachable from the
    /// internet with untrusted admins).
    pub allow_private: bool,
    /// `WEBHOOK_RETRY_SCHEDULE`: seconds to wait after each failed attempt, comma-separated.
    pub schedule: Schedule,
    /// `WEBHOOK_TIMEOUT_SECONDS`: how long one attempt may take (default 15).
    pub timeout: Duration,
    /// `WEBHOOK_POLL_MILLISECONDS`: how often the worker looks for due work (default 1000).
    pub poll: Duration,
}

impl Default for WebhookSettings {
    fn default() -> Self {
        Self {
            allow_private: false,
            schedule: Schedule::default(),
            timeout: Duration::from_secs(15),
            poll: Duration::from_secs(1),
        }
    }
}

/// Addresses and CIDR ranges (`10.0.0.0/8`, `::1`) of the proxies in front of the server.
/// Only a request that comes from one of them has its `X-Forwarded-For` believed: anyone else
/// could write any address there.
#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

impl TrustedProxies {
    /// A comma-separated list; empty trusts nobody.
    pub fn parse(list: &str) -> Result<Self, String> {
        let mut ranges = Vec::new();
        for item in list.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let (address, prefix) = item.split_once('/').unwrap_or((item, ""));
            let address: IpAddr = address
                .parse()
                .map_err(|_| format!("TRUSTED_PROXIES: not an address: {item}"))?;
            let bits = if address.is_ipv4() { 32 } else { 128 };
            let prefix = match prefix {
                "" => bits,
                p => p
                    .parse()
                    .ok()
                    .filter(|p| *p <= bits)
                    .ok_or_else(|| format!("TRUSTED_PROXIES: not a prefix length: {item}"))?,
            };
            ranges.push((address.to_canonical(), prefix));
        }
        Ok(Self(ranges))
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        self.0
            .iter()
            .any(|(network, prefix)| match (network, address) {
                (IpAddr::V4(n), IpAddr::V4(a)) => {
                    same_prefix(u32::from(*n).into(), u32::from(a).into(), 32, *prefix)
                }
                (IpAddr::V6(n), IpAddr::V6(a)) => {
                    same_prefix(u128::from(*n), u128::from(a), 128, *prefix)
                }
                _ => false,
            })
    }
}

/// Whether the first `prefix` of `bits` bits of two addresses agree.
fn same_prefix(network: u128, address: u128, bits: u8, prefix: u8) -> bool {
    let ignored = u32::from(bits - prefix);
    network.checked_shr(ignored).unwrap_or(0) == address.checked_shr(ignored).unwrap_or(0)
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

impl DatabaseUrl {
    /// The URL without its password, and the password (percent-decoded): for tools that take
    /// the password apart, so that it never shows in a list of processes.
    pub fn split_password(&self) -> (String, Option<String>) {
        match credentials(&self.0) {
            Some((scheme, user, Some(password), host)) => (
                format!("{scheme}://{user}@{host}"),
                Some(percent_decoded(password)),
            ),
            _ => (self.0.clone(), None),
        }
    }
}

/// `scheme://user:password@host…` in its parts, when the URL names a user.
fn credentials(url: &str) -> Option<(&str, &str, Option<&str>, &str)> {
    let (scheme, rest) = url.split_once("://")?;
    let (credentials, host) = rest.rsplit_once('@')?;
    Some(match credentials.split_once(':') {
        Some((user, password)) => (scheme, user, Some(password), host),
        None => (scheme, credentials, None, host),
    })
}

fn redact_password(url: &str) -> String {
    match credentials(url) {
        Some((scheme, user, Some(_), host)) => format!("{scheme}://{user}:***@{host}"),
        _ => url.to_owned(),
    }
}

fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = bytes
            .get(at + 1..at + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[at], hex) {
            (b'%', Some(byte)) => {
                decoded.push(byte);
                at += 3;
            }
            (byte, _) => {
                decoded.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
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
            trusted_proxies: TrustedProxies::parse(&var("TRUSTED_PROXIES").unwrap_or_default())?,
            client_rate_per_minute: u32::try_from(number("CLIENT_RATE_PER_MINUTE", 600)?)
                .map_err(|_| "CLIENT_RATE_PER_MINUTE is too large".to_string())?
                .max(1),
            client_rate_burst: u32::try_from(number("CLIENT_RATE_BURST", 60)?)
                .map_err(|_| "CLIENT_RATE_BURST is too large".to_string())?
                .max(1),
            webhooks: WebhookSettings {
                allow_private: match var("WEBHOOKS_ALLOW_PRIVATE").as_deref() {
                    None | Some("false") => false,
                    Some("true") => true,
                    Some(other) => {
                        return Err(format!(
                            "WEBHOOKS_ALLOW_PRIVATE is true or false, not {other}"
                        ));
                    }
                },
                schedule: match var("WEBHOOK_RETRY_SCHEDULE") {
                    None => Schedule::default(),
                    Some(text) => Schedule::parse(&text)
                        .map_err(|e| format!("WEBHOOK_RETRY_SCHEDULE: {e}"))?,
                },
                timeout: Duration::from_secs(number("WEBHOOK_TIMEOUT_SECONDS", 15)?.max(1)),
                poll: Duration::from_millis(number("WEBHOOK_POLL_MILLISECONDS", 1000)?.max(10)),
            },
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
    fn trusted_proxies_are_addresses_and_ranges() {
        let proxies = TrustedProxies::parse("10.0.0.0/8, 192.0.2.7 ,::1,2001:db8::/32")
            .expect("a valid list");
        let yes = [
            "10.1.2.3",
            "192.0.2.7",
            "::1",
            "2001:db8:ff::1",
            "::ffff:10.9.9.9",
        ];
        let no = ["11.0.0.1", "192.0.2.8", "::2", "2001:db9::1", "127.0.0.1"];
        for address in yes {
            assert!(proxies.contains(address.parse().unwrap()), "{address}");
        }
        for address in no {
            assert!(!proxies.contains(address.parse().unwrap()), "{address}");
        }
        assert!(!TrustedProxies::default().contains("127.0.0.1".parse().unwrap()));
        assert!(
            TrustedProxies::parse("0.0.0.0/0")
                .unwrap()
                .contains("8.8.8.8".parse().unwrap())
        );
        for bad in ["proxy.local", "10.0.0.0/33", "::1/129", "10.0.0.0/x"] {
            assert!(TrustedProxies::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn database_url_hides_password() {
        let url = DatabaseUrl("postgres://mandaat:s3cret@db:5432/mandaat".into());
        assert_eq!(format!("{url:?}"), "postgres://mandaat:***@db:5432/mandaat");
        assert_eq!(
            DatabaseUrl("sqlite://x.sqlite".into()).to_string(),
            "sqlite://x.sqlite"
        );
    }

    #[test]
    fn the_password_can_be_taken_apart() {
        let url =
            DatabaseUrl("postgres://mandaat:s%40cr%3At@db:5432/mandaat?sslmode=require".into());
        assert_eq!(
            url.split_password(),
            (
                "postgres://mandaat@db:5432/mandaat?sslmode=require".into(),
                Some("s@cr:t".into())
            )
        );
        let without = DatabaseUrl("postgres://postgres@127.0.0.1/x".into());
        assert_eq!(without.split_password(), (without.0, None));
    }
}
