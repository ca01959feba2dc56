//! E-mail addresses: the sign-in name of built-in accounts and the usual claim an identity
//! provider is mapped by. Kept lower-case so comparisons are case-insensitive.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(value: &str) -> Result<Self, String> {
        let normalised = value.trim().to_lowercase();
        if normalised.len() > 254 {
            return Err("must be at most 254 characters".into());
        }
        let Some((local, domain)) = normalised.split_once('@') else {
            return Err("must be an e-mail address".into());
        };
        let plausible = !local.is_empty()
            && local.len() <= 64
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !normalised
                .chars()
                .any(|c| c.is_whitespace() || c.is_control());
        if !plausible {
            return Err("must be an e-mail address".into());
        }
        Ok(Self(normalised))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_whitespace() {
        assert_eq!(
            Email::parse(" An.de.Vries@Gemeente.NL ").unwrap().as_str(),
            "an.de.vries@gemeente.nl"
        );
    }

    #[test]
    fn rejects_what_is_not_an_address() {
        for bad in [
            "",
            "an",
            "an@",
            "@gemeente.nl",
            "an@gemeente",
            "an de@gemeente.nl",
            "a@b@c.nl",
            "an@.nl",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }
}
