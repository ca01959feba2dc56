//! Invalid input, collected per field so a client hears about every problem at once.

/// One problem with one field of the input, named by its JSON path (`rules[2].amountCents`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// Collects field errors while input is parsed; `finish` turns a non-empty collection into `Err`.
#[derive(Debug, Default)]
pub struct Invalid(Vec<FieldError>);

impl Invalid {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.into(),
            message: message.into(),
        });
    }

    /// Keeps the parsed value when it is fine, records the problem under `field` when not.
    pub fn check<T>(&mut self, field: &str, parsed: Result<T, String>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_every_problem() {
        let mut invalid = Invalid::new();
        assert_eq!(invalid.check::<u8>("a", Ok(1)), Some(1));
        assert_eq!(invalid.check::<u8>("b", Err("too long".into())), None);
        invalid.add("c", "missing");
        let errors = invalid.finish().unwrap_err();
        assert_eq!(
            errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(),
            ["b", "c"]
        );
    }

    #[test]
    fn empty_is_ok() {
        assert!(Invalid::new().finish().is_ok());
    }
}
