//! Limits on failed sign-ins with a password, so that nobody can try passwords quickly.
//!
//! Failures are counted per account (the e-mail address as typed, whether or not an account
//! has it, so a `429` never tells that an address exists) and per client address. Each has
//! some free failures, then a wait that doubles with every further failure (see [`ACCOUNT`]
//! and [`ADDRESS`]); an attempt while a wait runs is refused unseen and counts for nothing.
//!
//! A person's usual device is never locked out by someone else: an address from which an
//! account signed in correctly within [`USUAL_FOR`] is usual for it, and attempts on that
//! account from there are judged by their own count alone, not by the account's or the
//! address's. Someone trying passwords for that account from elsewhere therefore cannot lock
//! its owner out at their usual place; from a new place the owner waits as long as the
//! account's wait runs, at most [`ACCOUNT`]'s longest wait after the last counted failure.

use std::{
    collections::HashMap,
    net::IpAddr,
    time::{Duration, Instant},
};

use sha2::{Digest, Sha256};

use super::throttle::{Policy, Throttle};

/// Per account: five free failures, then 1 s, 2 s, 4 s … up to 15 minutes; one failure is
/// forgotten every ten minutes.
pub const ACCOUNT: Policy = Policy {
    free: 5,
    first_wait: Duration::from_secs(1),
    longest_wait: Duration::from_secs(15 * 60),
    forget_one_every: Duration::from_secs(10 * 60),
};

/// Per client address: more free failures, since an office or a phone network puts many people
/// behind one address, and one forgotten every minute; the same growing wait after them.
pub const ADDRESS: Policy = Policy {
    free: 20,
    first_wait: Duration::from_secs(1),
    longest_wait: Duration::from_secs(15 * 60),
    forget_one_every: Duration::from_secs(60),
};

/// How long an address stays usual for an account after a correct sign-in from it.
pub const USUAL_FOR: Duration = Duration::from_secs(30 * 24 * 3600);
/// Usual addresses kept per account: the most recent ones.
const USUAL_PER_ACCOUNT: usize = 4;
/// Keys kept per kind; beyond it the oldest are dropped (see [`Throttle`]).
const CAPACITY: usize = 100_000;

/// An account as typed at sign-in: a digest of the trimmed, lower-cased address, so that
/// memory holds no e-mail address and a key has one size whatever was typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AccountKey([u8; 16]);

impl AccountKey {
    pub fn of(email: &str) -> Self {
        let digest = Sha256::digest(email.trim().to_lowercase().as_bytes());
        let mut key = [0; 16];
        key.copy_from_slice(&digest[..16]);
        Self(key)
    }
}

/// A client address; an IPv6 address counts as its /64 network, which one subscriber usually
/// holds whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AddressKey(IpAddr);

impl AddressKey {
    pub fn of(address: IpAddr) -> Self {
        match address {
            IpAddr::V4(v4) => Self(IpAddr::V4(v4)),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => Self(IpAddr::V4(v4)),
                None => {
                    let network = u128::from(v6) & !((1u128 << 64) - 1);
                    Self(IpAddr::V6(network.into()))
                }
            },
        }
    }
}

/// A sign-in attempt under way; hand it back to [`SignIns::end`].
#[derive(Clone, Copy, Debug)]
pub struct Attempt {
    account: AccountKey,
    address: AddressKey,
    from_usual_address: bool,
}

/// Every account's and address's recent failures, and the accounts' usual addresses.
pub struct SignIns {
    accounts: Throttle<AccountKey>,
    addresses: Throttle<AddressKey>,
    usual_devices: Throttle<(AccountKey, AddressKey)>,
    usual: HashMap<AccountKey, Vec<(AddressKey, Instant)>>,
}

impl Default for SignIns {
    fn default() -> Self {
        Self {
            accounts: Throttle::new(ACCOUNT, CAPACITY),
            addresses: Throttle::new(ADDRESS, CAPACITY),
            usual_devices: Throttle::new(ACCOUNT, CAPACITY),
            usual: HashMap::new(),
        }
    }
}

impl SignIns {
    /// Starts an attempt, or says how long to wait before the next one.
    pub fn begin(
        &mut self,
        account: AccountKey,
        address: AddressKey,
        now: Instant,
    ) -> Result<Attempt, Duration> {
        let attempt = Attempt {
            account,
            address,
            from_usual_address: self.is_usual(account, address, now),
        };
        if attempt.from_usual_address {
            let device = (account, address);
            if let Some(wait) = self.usual_devices.wait(&device, now) {
                return Err(wait);
            }
            self.usual_devices.begin(&device, now);
        } else {
            let wait = self
                .accounts
                .wait(&account, now)
                .max(self.addresses.wait(&address, now));
            if let Some(wait) = wait {
                return Err(wait);
            }
            self.accounts.begin(&account, now);
            self.addresses.begin(&address, now);
        }
        Ok(attempt)
    }

    /// Ends an attempt: a failure is counted; a correct password forgets the account's
    /// failures and makes the address usual for it.
    pub fn end(&mut self, attempt: Attempt, now: Instant, succeeded: bool) {
        let Attempt {
            account, address, ..
        } = attempt;
        let device = (account, address);
        if attempt.from_usual_address {
            self.usual_devices.end(&device, now, !succeeded);
        } else {
            self.accounts.end(&account, now, !succeeded);
            self.addresses.end(&address, now, !succeeded);
        }
        if succeeded {
            self.accounts.forgive(&account, now);
            self.usual_devices.forgive(&device, now);
            self.remember_usual(account, address, now);
        }
    }

    fn is_usual(&self, account: AccountKey, address: AddressKey, now: Instant) -> bool {
        self.usual.get(&account).is_some_and(|addresses| {
            addresses.iter().any(|(usual, at)| {
                *usual == address && now.saturating_duration_since(*at) < USUAL_FOR
            })
        })
    }

    fn remember_usual(&mut self, account: AccountKey, address: AddressKey, now: Instant) {
        if !self.usual.contains_key(&account) && self.usual.len() >= CAPACITY {
            // Only correct sign-ins add accounts here, so this is rare: drop what is no longer
            // usual, else the account whose last sign-in is oldest.
            self.usual.retain(|_, addresses| {
                addresses.retain(|(_, at)| now.saturating_duration_since(*at) < USUAL_FOR);
                !addresses.is_empty()
            });
            if self.usual.len() >= CAPACITY
                && let Some(oldest) = self
                    .usual
                    .iter()
                    .min_by_key(|(_, addresses)| addresses.iter().map(|(_, at)| *at).max())
                    .map(|(account, _)| *account)
            {
                self.usual.remove(&oldest);
            }
        }
        let addresses = self.usual.entry(account).or_default();
        addresses.retain(|(usual, _)| *usual != address);
        addresses.push((address, now));
        if addresses.len() > USUAL_PER_ACCOUNT {
            addresses.remove(0);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::net::{Ipv4Addr, Ipv6Addr};

    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    fn address(last: u8) -> AddressKey {
        AddressKey::of(IpAddr::V4(Ipv4Addr::new(192, 0, 2, last)))
    }

    /// A wrong password; panics when the attempt is refused.
    fn wrong(sign_ins: &mut SignIns, email: &str, from: AddressKey, now: Instant) {
        let attempt = sign_ins
            .begin(AccountKey::of(email), from, now)
            .expect("may try");
        sign_ins.end(attempt, now, false);
    }

    /// Whether an attempt has to wait (one let through fails).
    fn waits(sign_ins: &mut SignIns, email: &str, from: AddressKey, now: Instant) -> bool {
        match sign_ins.begin(AccountKey::of(email), from, now) {
            Ok(attempt) => {
                sign_ins.end(attempt, now, false);
                false
            }
            Err(_) => true,
        }
    }

    /// A correct password: whether it was let through.
    fn right(sign_ins: &mut SignIns, email: &str, from: AddressKey, now: Instant) -> bool {
        match sign_ins.begin(AccountKey::of(email), from, now) {
            Ok(attempt) => {
                sign_ins.end(attempt, now, true);
                true
            }
            Err(_) => false,
        }
    }

    #[test]
    fn the_sixth_quick_failure_waits_and_the_wait_lifts() {
        let mut sign_ins = SignIns::default();
        let now = Instant::now();
        for _ in 0..5 {
            wrong(&mut sign_ins, "a@x.nl", address(1), now);
        }
        let refused = sign_ins.begin(AccountKey::of(" A@X.nl "), address(1), now);
        assert_eq!(
            refused.err(),
            Some(SECOND),
            "the same account, however typed"
        );
        assert!(right(&mut sign_ins, "a@x.nl", address(1), now + SECOND));
    }

    #[test]
    fn unknown_and_known_accounts_are_limited_alike() {
        // The limits never look at whether an account exists: nothing to compare but keys.
        let mut sign_ins = SignIns::default();
        let now = Instant::now();
        for _ in 0..5 {
            wrong(&mut sign_ins, "niemand@x.nl", address(1), now);
        }
        assert!(waits(&mut sign_ins, "niemand@x.nl", address(1), now));
    }

    #[test]
    fn one_addresses_failures_leave_other_addresses_and_accounts_alone() {
        let mut sign_ins = SignIns::default();
        let now = Instant::now();
        for n in 0..20 {
            wrong(&mut sign_ins, &format!("p{n}@x.nl"), address(1), now);
        }
        assert!(
            waits(&mut sign_ins, "fresh@x.nl", address(1), now),
            "the address has used its free failures"
        );
        assert!(right(&mut sign_ins, "fresh@x.nl", address(2), now));
        assert!(right(&mut sign_ins, "p1@x.nl", address(2), now));
    }

    #[test]
    fn an_attacker_elsewhere_never_locks_the_owner_out_of_a_usual_address() {
        let mut sign_ins = SignIns::default();
        let start = Instant::now();
        assert!(right(&mut sign_ins, "owner@x.nl", address(1), start));
        // Six hours of guessing from another address, as fast as the waits allow, while the
        // owner signs in at the usual address every half hour.
        let mut now = start;
        let mut guesses = 0;
        let mut owner_next = start;
        while now < start + Duration::from_secs(6 * 3600) {
            match sign_ins.begin(AccountKey::of("owner@x.nl"), address(66), now) {
                Ok(attempt) => {
                    sign_ins.end(attempt, now, false);
                    guesses += 1;
                }
                Err(wait) => now += wait,
            }
            if now >= owner_next {
                assert!(right(&mut sign_ins, "owner@x.nl", address(1), now));
                owner_next = now + Duration::from_secs(1800);
            }
        }
        assert!(guesses < 250, "{guesses} guesses in six hours");
        // From a new address the owner waits for the account, but never longer than 15 minutes.
        let wait = sign_ins
            .begin(AccountKey::of("owner@x.nl"), address(3), now)
            .err()
            .unwrap_or_default();
        assert!(wait <= ACCOUNT.longest_wait, "{wait:?}");
    }

    #[test]
    fn the_usual_address_has_its_own_limit() {
        let mut sign_ins = SignIns::default();
        let now = Instant::now();
        assert!(right(&mut sign_ins, "owner@x.nl", address(1), now));
        for _ in 0..5 {
            wrong(&mut sign_ins, "owner@x.nl", address(1), now);
        }
        assert!(!right(&mut sign_ins, "owner@x.nl", address(1), now));
        assert!(right(&mut sign_ins, "owner@x.nl", address(1), now + SECOND));
    }

    #[test]
    fn a_correct_sign_in_does_not_clear_its_addresss_failures() {
        // Otherwise one's own account would reset the count while guessing others'.
        let mut sign_ins = SignIns::default();
        let now = Instant::now();
        for n in 0..19 {
            wrong(&mut sign_ins, &format!("p{n}@x.nl"), address(1), now);
        }
        assert!(right(&mut sign_ins, "mine@x.nl", address(1), now));
        wrong(&mut sign_ins, "p20@x.nl", address(1), now);
        assert!(waits(&mut sign_ins, "p21@x.nl", address(1), now));
    }

    #[test]
    fn ipv6_addresses_count_per_64_network() {
        let one: Ipv6Addr = "2001:db8:1:2:aaaa::1"
            .parse()
            .unwrap_or(Ipv6Addr::LOCALHOST);
        let same: Ipv6Addr = "2001:db8:1:2:bbbb::9"
            .parse()
            .unwrap_or(Ipv6Addr::LOCALHOST);
        let other: Ipv6Addr = "2001:db8:1:3::1".parse().unwrap_or(Ipv6Addr::LOCALHOST);
        assert_eq!(AddressKey::of(one.into()), AddressKey::of(same.into()));
        assert_ne!(AddressKey::of(one.into()), AddressKey::of(other.into()));
        let mapped: Ipv6Addr = Ipv4Addr::new(192, 0, 2, 1).to_ipv6_mapped();
        assert_eq!(AddressKey::of(mapped.into()), address(1));
    }
}
