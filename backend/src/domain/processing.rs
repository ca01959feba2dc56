//! The processing log (*Logboek Dataverwerkingen*, Logius): every read or change of a client's
//! data is one record per client, in the standard's shape, tied to the request's W3C trace.
//! Pure: the trace ids are parsed and made here, the clock and the randomness come in.

use std::fmt::Write as _;

/// A W3C Trace Context position: the trace a request belongs to and its own span in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TraceContext {
    pub trace_id: [u8; 16],
    pub span_id: [u8; 8],
    /// The caller's span, when the request came with a `traceparent`.
    pub parent_span_id: Option<[u8; 8]>,
    /// The `sampled` flag as received (sampling does not apply to this log: every processing
    /// is logged).
    pub flags: u8,
}

impl TraceContext {
    /// The context of a request: its `traceparent` continued with a span of our own, or a new
    /// trace when there is none or it does not parse (as the W3C spec says to do).
    pub fn for_request(traceparent: Option<&str>, fresh: [u8; 24]) -> Self {
        let (trace_bytes, span_bytes) = fresh.split_at(16);
        let mut span_id = [0; 8];
        span_id.copy_from_slice(span_bytes);
        match traceparent.and_then(parse_traceparent) {
            Some((trace_id, parent, flags)) => Self {
                trace_id,
                span_id,
                parent_span_id: Some(parent),
                flags,
            },
            None => {
                let mut trace_id = [0; 16];
                trace_id.copy_from_slice(trace_bytes);
                Self {
                    trace_id,
                    span_id,
                    parent_span_id: None,
                    flags: 1,
                }
            }
        }
    }

    /// The `traceparent` that names this request's span, for the response and onward calls.
    pub fn traceparent(&self) -> String {
        format!(
            "00-{}-{}-{:02x}",
            hex(&self.trace_id),
            hex(&self.span_id),
            self.flags
        )
    }

    pub fn trace_hex(&self) -> String {
        hex(&self.trace_id)
    }

    pub fn span_hex(&self) -> String {
        hex(&self.span_id)
    }

    pub fn parent_hex(&self) -> Option<String> {
        self.parent_span_id.map(|span| hex(&span))
    }
}

fn hex(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        let _ = write!(text, "{byte:02x}");
    }
    text
}

fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != N * 2
        || !text
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    {
        return None;
    }
    let mut bytes = [0; N];
    for (index, byte) in bytes.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(index * 2..index * 2 + 2)?, 16).ok()?;
    }
    Some(bytes)
}

/// `version-traceid-parentid-flags` (W3C Trace Context, level 1): lower-case hex, neither id all
/// zeros, version `ff` invalid; a later version may carry more fields after the four.
fn parse_traceparent(header: &str) -> Option<([u8; 16], [u8; 8], u8)> {
    let mut parts = header.trim().split('-');
    let version = parts.next()?;
    let trace = parts.next()?;
    let parent = parts.next()?;
    let flags = parts.next()?;
    let version: [u8; 1] = unhex(version)?;
    if version[0] == 0xff || (version[0] == 0 && parts.next().is_some()) {
        return None;
    }
    let trace_id: [u8; 16] = unhex(trace)?;
    let parent_id: [u8; 8] = unhex(parent)?;
    let flags: [u8; 1] = unhex(flags)?;
    if trace_id == [0; 16] || parent_id == [0; 8] {
        return None;
    }
    Some((trace_id, parent_id, flags[0]))
}

/// The processing activities Mandaat performs on a client's data, each a URI of the register of
/// processing activities (*verwerkingsregister*).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activity {
    /// Logging a custom decision about a client.
    DecisionCreated,
    /// Reading a decision's texts.
    DecisionRead,
    /// A workflow step on a decision (co-sign, approval, review, reflection, correction).
    DecisionChanged,
    /// A subject access request.
    ClientRecordRead,
    /// Erasing a client's personal data.
    ClientRecordErased,
    /// The accountability export, which carries client references.
    AccountabilityExport,
}

impl Activity {
    pub const ALL: [Activity; 6] = [
        Activity::DecisionCreated,
        Activity::DecisionRead,
        Activity::DecisionChanged,
        Activity::ClientRecordRead,
        Activity::ClientRecordErased,
        Activity::AccountabilityExport,
    ];

    /// The record's `name`.
    pub const fn name(self) -> &'static str {
        match self {
            Activity::DecisionCreated => "decision.create",
            Activity::DecisionRead => "decision.read",
            Activity::DecisionChanged => "decision.change",
            Activity::ClientRecordRead => "client_record.read",
            Activity::ClientRecordErased => "client_record.erase",
            Activity::AccountabilityExport => "accountability.export",
        }
    }

    /// The activity's URI in the register.
    pub const fn id(self) -> &'static str {
        match self {
            Activity::DecisionCreated => {
                "urn:mandaat:verwerkingsactiviteit:maatwerkbeslissing-vastleggen"
            }
            Activity::DecisionRead => "urn:mandaat:verwerkingsactiviteit:maatwerkbeslissing-inzien",
            Activity::DecisionChanged => {
                "urn:mandaat:verwerkingsactiviteit:maatwerkbeslissing-afhandelen"
            }
            Activity::ClientRecordRead => "urn:mandaat:verwerkingsactiviteit:inzageverzoek",
            Activity::ClientRecordErased => "urn:mandaat:verwerkingsactiviteit:gegevens-wissen",
            Activity::AccountabilityExport => {
                "urn:mandaat:verwerkingsactiviteit:rechtmatigheidsverantwoording"
            }
        }
    }

    pub fn parse_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// What the data subject id is: Mandaat's pseudonymous client reference, never a BSN.
pub const DATA_SUBJECT_ID_TYPE: &str = "mandaat:clientRef";

/// The standard's status codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusCode {
    Unset,
    Ok,
    Error,
}

impl StatusCode {
    pub const fn as_str(self) -> &'static str {
        match self {
            StatusCode::Unset => "UNSET",
            StatusCode::Ok => "OK",
            StatusCode::Error => "ERROR",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [StatusCode::Unset, StatusCode::Ok, StatusCode::Error]
            .into_iter()
            .find(|code| code.as_str() == value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRESH: [u8; 24] = [
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff,
        0x11, 0x22,
    ];

    #[test]
    fn a_valid_traceparent_is_continued_with_our_own_span() {
        let incoming = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        let context = TraceContext::for_request(Some(incoming), FRESH);
        assert_eq!(context.trace_hex(), "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(context.parent_hex().as_deref(), Some("00f067aa0ba902b7"));
        assert_eq!(context.span_hex(), "aabbccddeeff1122");
        assert_eq!(
            context.traceparent(),
            "00-4bf92f3577b34da6a3ce929d0e0e4736-aabbccddeeff1122-01"
        );
    }

    #[test]
    fn an_invalid_traceparent_starts_a_new_trace() {
        for bad in [
            "",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
        ] {
            let context = TraceContext::for_request(Some(bad), FRESH);
            assert_eq!(context.parent_span_id, None, "{bad:?}");
            assert_eq!(context.trace_hex(), "0102030405060708090a0b0c0d0e0f10");
        }
    }

    #[test]
    fn a_later_version_may_carry_more_fields() {
        let context = TraceContext::for_request(
            Some("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-more"),
            FRESH,
        );
        assert!(context.parent_span_id.is_some());
    }

    #[test]
    fn activities_round_trip_their_names() {
        for activity in Activity::ALL {
            assert_eq!(Activity::parse_name(activity.name()), Some(activity));
            assert!(activity.id().starts_with("urn:mandaat:"));
        }
    }
}
