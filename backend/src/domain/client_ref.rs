//! The pseudonymous client reference (*cliëntreferentie*): an opaque case number or a keyed hash
//! made by the app. Never a BSN, also not inside it: see [`super::bsn`].

use super::bsn;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ClientRef(String);

impl ClientRef {
    pub fn parse(value: &str) -> Result<Self, String> {
        let trimmed = value.trim();
        if trimmed.is_empty() || trimmed.len() > 64 {
            return Err("must be 1 to 64 characters".into());
        }
        if !trimmed
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '/'))
        {
            return Err("may contain only letters, digits and - _ . : /".into());
        }
        if bsn::contains_bsn(trimmed) {
            return Err(
                "looks like a BSN: use the case number or the app's pseudonym, never a BSN".into(),
            );
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_numbers_and_pseudonyms_are_accepted() {
        assert_eq!(
            ClientRef::parse(" CASE-2026-0042 ").unwrap().as_str(),
            "CASE-2026-0042"
        );
        assert!(ClientRef::parse("zaak:4f1c9a").is_ok());
        assert!(
            ClientRef::parse("123456789").is_ok(),
            "nine digits failing the elfproef are a case number"
        );
    }

    #[test]
    fn bsns_are_refused_in_any_common_notation() {
        // 111222333 passes the elfproef (weighted sum 66); 12345672 is 012345672, which does too.
        for bsn in [
            "111222333",
            "1112.22.333",
            "111-222-333",
            "12345672",
            "BSN123456782",
            "bsn-1234.56.782",
            "123456782-a",
            "zaak:111222333",
            "bsn/111222333/2026",
        ] {
            assert!(ClientRef::parse(bsn).is_err(), "{bsn} should be refused");
        }
    }

    #[test]
    fn empty_long_or_odd_values_are_refused() {
        assert!(ClientRef::parse("").is_err());
        assert!(ClientRef::parse(&"a".repeat(65)).is_err());
        assert!(ClientRef::parse("naam met spaties").is_err());
    }
}
