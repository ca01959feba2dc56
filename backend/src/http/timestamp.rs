//! `Timestamp`: an instant on the wire. Requests may use any RFC 3339 offset; responses are
//! always UTC with a `Z` (`2026-03-01T09:15:00Z`), as the API promises.

use std::borrow::Cow;

use chrono::{DateTime, SecondsFormat, Utc};
use poem_openapi::{
    registry::{MetaSchema, MetaSchemaRef},
    types::{ParseError, ParseFromJSON, ParseFromParameter, ParseResult, ToJSON, Type},
};
use serde::{Serialize, Serializer};
use serde_json::Value;

/// The default is the Unix epoch; it only names the columns of an empty CSV table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp(pub DateTime<Utc>);

impl From<DateTime<Utc>> for Timestamp {
    fn from(instant: DateTime<Utc>) -> Self {
        Self(instant)
    }
}

impl Timestamp {
    /// Microseconds at most: what both databases keep, so SQLite and PostgreSQL answer alike.
    pub fn to_wire(self) -> String {
        let micros = DateTime::from_timestamp_micros(self.0.timestamp_micros()).unwrap_or(self.0);
        micros.to_rfc3339_opts(SecondsFormat::AutoSi, true)
    }

    fn parse(text: &str) -> ParseResult<Self> {
        DateTime::parse_from_rfc3339(text)
            .map(|t| Self(t.with_timezone(&Utc)))
            .map_err(|_| {
                ParseError::custom(
                    "must be an RFC 3339 date-time with an offset, e.g. 2026-03-01T10:15:00+01:00",
                )
            })
    }
}

impl Type for Timestamp {
    const IS_REQUIRED: bool = true;
    type RawValueType = Self;
    type RawElementValueType = Self;

    fn name() -> Cow<'static, str> {
        "string_date-time".into()
    }

    fn schema_ref() -> MetaSchemaRef {
        MetaSchemaRef::Inline(Box::new(MetaSchema::new_with_format("string", "date-time")))
    }

    fn as_raw_value(&self) -> Option<&Self::RawValueType> {
        Some(self)
    }

    fn raw_element_iter<'a>(
        &'a self,
    ) -> Box<dyn Iterator<Item = &'a Self::RawElementValueType> + 'a> {
        Box::new(self.as_raw_value().into_iter())
    }
}

impl ParseFromJSON for Timestamp {
    fn parse_from_json(value: Option<Value>) -> ParseResult<Self> {
        match value.unwrap_or_default() {
            Value::String(text) => Self::parse(&text),
            other => Err(ParseError::expected_type(other)),
        }
    }
}

impl ParseFromParameter for Timestamp {
    fn parse_from_parameter(value: &str) -> ParseResult<Self> {
        Self::parse(value)
    }
}

impl ToJSON for Timestamp {
    fn to_json(&self) -> Option<Value> {
        Some(Value::String(self.to_wire()))
    }
}

/// As on the wire: CSV cells read the same as JSON fields.
impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_wire())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_are_utc_with_z_and_requests_take_any_offset() {
        let parsed =
            Timestamp::parse_from_json(Some(Value::String("2026-03-01T10:15:00+01:00".into())))
                .unwrap();
        assert_eq!(
            parsed.to_json(),
            Some(Value::String("2026-03-01T09:15:00Z".into()))
        );
        assert!(
            Timestamp::parse_from_json(Some(Value::String("2026-03-01 10:15".into()))).is_err()
        );
        assert!(Timestamp::parse_from_json(Some(Value::from(5))).is_err());
    }
}
