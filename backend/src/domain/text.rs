//! Plain text fields: names, codes, descriptions. Trimmed, length-limited, no control characters.

/// A required single-line text of 1..=max characters, trimmed.
pub fn required_line(value: &str, max: usize) -> Result<String, String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err("must not be empty".into());
    }
    optional_text(trimmed, max, false)
}

/// Free text up to `max` characters, trimmed; line breaks allowed only when `multiline`.
pub fn optional_text(value: &str, max: usize, multiline: bool) -> Result<String, String> {
    let trimmed = value.trim();
    let length = trimmed.chars().count();
    if length > max {
        return Err(format!("must be at most {max} characters (got {length})"));
    }
    let forbidden =
        |c: char| c.is_control() && !(multiline && (c == '\n' || c == '\r' || c == '\t'));
    if trimmed.chars().any(forbidden) {
        return Err("must not contain control characters".into());
    }
    Ok(trimmed.to_owned())
}

/// A category code: 1..=64 of lower-case letters, digits, `-` and `_` (stable for integrations).
pub fn code(value: &str) -> Result<String, String> {
    let trimmed = value.trim();
    if trimmed.is_empty() || trimmed.len() > 64 {
        return Err("must be 1 to 64 characters".into());
    }
    if !trimmed
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    {
        return Err("may contain only lower-case letters, digits, '-' and '_'".into());
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_trimmed_and_limited() {
        assert_eq!(
            required_line("  Wijkteam Noord ", 200).unwrap(),
            "Wijkteam Noord"
        );
        assert!(required_line("   ", 200).is_err());
        assert!(required_line(&"x".repeat(201), 200).is_err());
        assert!(
            required_line(&"é".repeat(200), 200).is_ok(),
            "limits count characters, not bytes"
        );
        assert!(required_line("a\nb", 200).is_err());
        assert_eq!(optional_text("a\nb", 10, true).unwrap(), "a\nb");
    }

    #[test]
    fn codes_are_stable_identifiers() {
        assert_eq!(code("wmo-hulpmiddel").unwrap(), "wmo-hulpmiddel");
        assert!(code("Wmo").is_err());
        assert!(code("").is_err());
        assert!(code("met spatie").is_err());
    }
}
