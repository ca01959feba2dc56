//! Which addresses a webhook may never be sent to (server-side request forgery): anything that
//! reaches the server itself, the networks behind it, or a cloud's metadata service.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Why an address is refused, in words for the subscriber.
pub fn refusal(address: IpAddr) -> Option<&'static str> {
    match address.to_canonical() {
        IpAddr::V4(v4) => refusal_v4(v4),
        IpAddr::V6(v6) => refusal_v6(v6),
    }
}

fn refusal_v4(a: Ipv4Addr) -> Option<&'static str> {
    let [first, second, third, _] = a.octets();
    if a == Ipv4Addr::new(169, 254, 169, 254) {
        Some("a cloud metadata address")
    } else if a.is_loopback() {
        Some("a loopback address")
    } else if a.is_private() {
        Some("a private address")
    } else if a.is_link_local() {
        Some("a link-local address")
    } else if first == 100 && (64..128).contains(&second) {
        Some("a shared (CGNAT) address")
    } else if a.is_multicast() {
        Some("a multicast address")
    } else if a.is_unspecified() || first == 0 {
        Some("an unspecified address")
    } else if a.is_broadcast() || first >= 240 {
        Some("a reserved address")
    } else if (first == 192 && second == 0 && third == 0) || (first == 198 && (second & 0xfe) == 18)
    {
        Some("a special-purpose address")
    } else if a.is_documentation() {
        Some("a documentation address")
    } else {
        None
    }
}

fn refusal_v6(a: Ipv6Addr) -> Option<&'static str> {
    let segments = a.segments();
    if a == Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254) {
        Some("a cloud metadata address")
    } else if a.is_loopback() {
        Some("a loopback address")
    } else if a.is_unspecified() {
        Some("an unspecified address")
    } else if (segments[0] & 0xfe00) == 0xfc00 {
        Some("a private (unique local) address")
    } else if (segments[0] & 0xffc0) == 0xfe80 {
        Some("a link-local address")
    } else if (segments[0] & 0xffc0) == 0xfec0 {
        Some("a site-local address")
    } else if a.is_multicast() {
        Some("a multicast address")
    } else if segments[0] == 0x2001 && segments[1] == 0x0db8 {
        Some("a documentation address")
    } else if let Some(embedded) = embedded_v4(a) {
        // NAT64 and 6to4 reach an IPv4 address: judged as that address.
        refusal_v4(embedded)
    } else {
        None
    }
}

/// The IPv4 address inside a NAT64 (`64:ff9b::/96`) or 6to4 (`2002::/16`) address.
fn embedded_v4(a: Ipv6Addr) -> Option<Ipv4Addr> {
    let s = a.segments();
    let from = |high: u16, low: u16| {
        let [a, b] = high.to_be_bytes();
        let [c, d] = low.to_be_bytes();
        Ipv4Addr::new(a, b, c, d)
    };
    if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
        Some(from(s[6], s[7]))
    } else if s[0] == 0x2002 {
        Some(from(s[1], s[2]))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> bool {
        refusal(text.parse().unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))).is_some()
    }

    #[test]
    fn internal_addresses_are_refused() {
        for address in [
            "127.0.0.1",
            "127.8.9.10",
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "169.254.1.1",
            "100.64.0.1",
            "100.127.255.255",
            "224.0.0.1",
            "239.255.255.250",
            "0.0.0.0",
            "0.1.2.3",
            "255.255.255.255",
            "240.0.0.1",
            "::1",
            "::",
            "fd00:ec2::254",
            "fc00::1",
            "fe80::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "64:ff9b::10.0.0.1",
            "2002:a9fe:a9fe::1",
        ] {
            assert!(refused(address), "{address} must be refused");
        }
    }

    #[test]
    fn public_addresses_pass() {
        for address in [
            "8.8.8.8",
            "145.21.1.1",
            "172.32.0.1",
            "100.128.0.1",
            "169.253.1.1",
            "2a00:1450:4001::1",
            "::ffff:8.8.4.4",
            "64:ff9b::808:808",
        ] {
            assert!(!refused(address), "{address} must pass");
        }
    }

    #[test]
    fn metadata_is_named_as_such() {
        assert_eq!(
            refusal(
                "169.254.169.254"
                    .parse()
                    .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
            ),
            Some("a cloud metadata address")
        );
    }
}
