//! Whether a webhook may be sent to a URL: `http` or `https`, a host, and (unless private
//! destinations are allowed) only public addresses, as the host resolves now. The delivery
//! worker checks again at every attempt, and its resolver refuses private answers, so a name
//! that later resolves elsewhere (DNS rebinding) is caught too.

use std::{net::IpAddr, sync::Arc};

use crate::domain::webhook::address;

/// Why the URL is refused, for the subscriber (no internal details beyond the address kind).
pub async fn check(url: &str, allow_private: bool) -> Result<(), String> {
    let parsed = url::Url::parse(url).map_err(|_| "is not a URL".to_owned())?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err("must be an http or https URL".into());
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err("must not carry a user name or password".into());
    }
    let host = match parsed.host() {
        Some(url::Host::Domain(domain)) => Host::Name(domain.to_owned()),
        Some(url::Host::Ipv4(v4)) => Host::Address(IpAddr::V4(v4)),
        Some(url::Host::Ipv6(v6)) => Host::Address(IpAddr::V6(v6)),
        None => return Err("must name a host".into()),
    };
    if allow_private {
        return Ok(());
    }
    let port = parsed.port_or_known_default().unwrap_or(443);
    let addresses = match host {
        Host::Address(address) => vec![address],
        Host::Name(name) => resolve(&name, port).await?,
    };
    refuse_private(&addresses)
}

enum Host {
    Name(String),
    Address(IpAddr),
}

async fn resolve(name: &str, port: u16) -> Result<Vec<IpAddr>, String> {
    let addresses: Vec<IpAddr> = tokio::net::lookup_host((name, port))
        .await
        .map_err(|_| format!("the host {name} cannot be resolved"))?
        .map(|a| a.ip())
        .collect();
    if addresses.is_empty() {
        return Err(format!("the host {name} has no address"));
    }
    Ok(addresses)
}

fn refuse_private(addresses: &[IpAddr]) -> Result<(), String> {
    match addresses.iter().find_map(|a| address::refusal(*a)) {
        Some(kind) => Err(format!(
            "resolves to {kind}; webhooks are sent only to public addresses"
        )),
        None => Ok(()),
    }
}

/// The worker's resolver: answers only with public addresses, so the address checked is the
/// address connected to.
pub struct PublicOnly;

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let name = name.as_str().to_owned();
        Box::pin(async move {
            let addresses = resolve(&name, 0).await?;
            refuse_private(&addresses)?;
            let addresses: reqwest::dns::Addrs = Box::new(
                addresses
                    .into_iter()
                    .map(|ip| std::net::SocketAddr::new(ip, 0)),
            );
            Ok(addresses)
        })
    }
}

pub fn public_only() -> Arc<PublicOnly> {
    Arc::new(PublicOnly)
}
