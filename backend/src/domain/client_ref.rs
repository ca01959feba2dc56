//! The pseudonymous client reference (*cliëntreferentie*): an opaque case number or a keyed hash
//! made by the app. Never a BSN: a nine-digit number that passes the BSN check is refused.

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
        if looks_like_bsn(trimmed) {
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

/// The BSN "elfproef": nine digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11.
/// Eight-digit BSNs are written with a leading zero, so eight digits are checked as nine.
fn looks_like_bsn(value: &str) -> bool {
    let digits: Vec<u32> = value.chars().filter_map(|c| c.to_digit(10)).collect();
    let only_digits = digits.len()
        == value
            .chars()
            .filter(|c| !matches!(c, '.' | '-' | ' '))
            .count();
    if !only_digits || !(8..=9).contains(&digits.len()) {
        return false;
    }
    let mut nine = vec![0; 9 - digits.len()];
    nine.extend(digits);
    let sum: i64 = nine
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let weight = if i == 8 { -1 } else { 9 - i as i64 };
            weight * i64::from(*d)
        })
        .sum();
    sum % 11 == 0 && nine.iter().any(|d| *d != 0)
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
        for bsn in ["111222333", "1112.22.333", "111-222-333", "12345672"] {
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
