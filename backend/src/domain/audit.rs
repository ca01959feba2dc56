//! The audit trail's hash chain: each event's hash covers the previous hash and the event's own
//! canonical content, so changing, removing or reordering any stored event is detectable.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The hash before the first event of a chain.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The content of one event, as it is hashed.
pub struct EventContent<'a> {
    pub organisation_id: Uuid,
    pub seq: i64,
    pub occurred_at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    pub action: &'a str,
    pub entity_type: &'a str,
    pub entity_id: Option<Uuid>,
    /// The stored details text, hashed as stored.
    pub details: &'a str,
}

impl EventContent<'_> {
    /// A canonical serialisation: fixed key order (serde_json sorts object keys), times in UTC
    /// with microseconds, absent values as `null`.
    pub fn canonical(&self) -> String {
        let value: Value = json!({
            "organisationId": self.organisation_id,
            "seq": self.seq,
            "occurredAt": self.occurred_at.to_rfc3339_opts(SecondsFormat::Micros, true),
            "actorId": self.actor_id,
            "action": self.action,
            "entityType": self.entity_type,
            "entityId": self.entity_id,
            "details": self.details,
        });
        value.to_string()
    }

    pub fn hash(&self, prev_hash: &str) -> String {
        let mut hasher = Sha256::new();
        hasher.update(prev_hash.as_bytes());
        hasher.update(b"\n");
        hasher.update(self.canonical().as_bytes());
        hex(&hasher.finalize())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Truncates an instant to what both databases store exactly (microseconds), so the time that
/// is hashed is the time that is read back.
pub fn storable_instant(instant: DateTime<Utc>) -> DateTime<Utc> {
    let micros = instant.timestamp_micros();
    DateTime::from_timestamp_micros(micros).unwrap_or(instant)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(details: &str) -> EventContent<'_> {
        EventContent {
            organisation_id: Uuid::nil(),
            seq: 1,
            occurred_at: DateTime::from_timestamp(1_790_000_000, 123_456_789).unwrap(),
            actor_id: None,
            action: "mandate_version.created",
            entity_type: "mandate_version",
            entity_id: Some(Uuid::nil()),
            details,
        }
    }

    #[test]
    fn the_hash_depends_on_the_previous_hash_and_every_field() {
        let base = content("{}").hash(GENESIS_HASH);
        assert_eq!(base.len(), 64);
        assert_eq!(base, content("{}").hash(GENESIS_HASH), "deterministic");
        assert_ne!(base, content("{\"a\":1}").hash(GENESIS_HASH));
        assert_ne!(base, content("{}").hash(&base));
        let mut later = content("{}");
        later.seq = 2;
        assert_ne!(base, later.hash(GENESIS_HASH));
    }

    #[test]
    fn storable_instants_keep_microseconds() {
        let instant = DateTime::from_timestamp(1_790_000_000, 123_456_789).unwrap();
        assert_eq!(
            storable_instant(instant).timestamp_subsec_nanos(),
            123_456_000
        );
    }
}
