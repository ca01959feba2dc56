//! The address a request comes from, for limits per client address.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use poem::Request;

use crate::config::TrustedProxies;

/// The peer's address; when the peer is a trusted proxy, the nearest address in
/// `X-Forwarded-For` that is not a trusted proxy itself. Read from the right, because every
/// proxy appends the address it received the request from: what stands left of the last
/// trusted proxy's entry was written by the client and may be anything.
pub fn client_address(request: &Request, trusted: &TrustedProxies) -> IpAddr {
    let peer = request
        .remote_addr()
        .as_socket_addr()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip().to_canonical());
    if !trusted.contains(peer) {
        return peer;
    }
    let hops: Vec<&str> = request
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Some(address) = parse_hop(hop) else {
            break;
        };
        client = address;
        if !trusted.contains(address) {
            break;
        }
    }
    client
}

/// `192.0.2.1`, `2001:db8::1`, or either with a port (`192.0.2.1:443`, `[2001:db8::1]:443`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    hop.parse::<IpAddr>()
        .or_else(|_| hop.parse::<SocketAddr>().map(|a| a.ip()))
        .ok()
        .map(|a| a.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(peer: &str, forwarded: &[&str]) -> Request {
        let mut builder = poem::http::Request::builder();
        for value in forwarded {
            builder = builder.header("x-forwarded-for", *value);
        }
        let (parts, ()) = builder.body(()).expect("a request").into_parts();
        let peer: SocketAddr = peer.parse().expect("a socket address");
        let parts = poem::RequestParts::from((
            parts,
            poem::web::LocalAddr(poem::Addr::SocketAddr(peer)),
            poem::web::RemoteAddr(poem::Addr::SocketAddr(peer)),
            poem::http::uri::Scheme::HTTP,
        ));
        Request::from_parts(parts, poem::Body::empty())
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("an address")
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        let none = TrustedProxies::default();
        let r = request("192.0.2.1:5000", &["203.0.113.9"]);
        assert_eq!(client_address(&r, &none), ip("192.0.2.1"));
    }

    #[test]
    fn behind_trusted_proxies_the_nearest_untrusted_hop_is_the_client() {
        let proxies = TrustedProxies::parse("10.0.0.0/8").expect("valid");
        let r = request("10.0.0.2:5000", &["198.51.100.66, 203.0.113.9", "10.0.0.1"]);
        assert_eq!(
            client_address(&r, &proxies),
            ip("203.0.113.9"),
            "what the client wrote (198.51.100.66) is not believed"
        );
        let r = request("10.0.0.2:5000", &["[2001:db8::7]:443"]);
        assert_eq!(client_address(&r, &proxies), ip("2001:db8::7"));
        let r = request("10.0.0.2:5000", &[]);
        assert_eq!(client_address(&r, &proxies), ip("10.0.0.2"));
        let r = request("10.0.0.2:5000", &["unknown"]);
        assert_eq!(client_address(&r, &proxies), ip("10.0.0.2"));
        let r = request("192.0.2.1:5000", &["203.0.113.9"]);
        assert_eq!(
            client_address(&r, &proxies),
            ip("192.0.2.1"),
            "not from a proxy"
        );
    }
}
