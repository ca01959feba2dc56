//! Cursor pagination: `limit` (default 50, max 200) and an opaque cursor holding the last id.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use uuid::Uuid;

use super::ServiceError;

pub const DEFAULT_LIMIT: u64 = 50;
pub const MAX_LIMIT: u64 = 200;

#[derive(Clone, Copy, Debug)]
pub struct PageRequest {
    pub after: Option<Uuid>,
    pub limit: u64,
}

pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

impl PageRequest {
    /// Parses the query parameters, naming each bad one.
    pub fn parse(limit: Option<i64>, cursor: Option<&str>) -> Result<Self, ServiceError> {
        let mut invalid = crate::domain::invalid::Invalid::new();
        let limit = match limit {
            None => Some(DEFAULT_LIMIT),
            Some(n) if (1..=MAX_LIMIT as i64).contains(&n) => Some(n as u64),
            Some(_) => {
                invalid.add("limit", format!("must be between 1 and {MAX_LIMIT}"));
                None
            }
        };
        let after = match cursor {
            None | Some("") => None,
            Some(raw) => invalid.check(
                "cursor",
                decode(raw).ok_or_else(|| "is not a cursor this API issued".to_string()),
            ),
        };
        invalid.finish()?;
        Ok(Self {
            after,
            limit: limit.unwrap_or(DEFAULT_LIMIT),
        })
    }

    /// Rows to fetch: one more than the page, to know whether a next page exists.
    pub fn fetch(&self) -> u64 {
        self.limit + 1
    }

    pub fn finish<T>(&self, mut rows: Vec<T>, id_of: impl Fn(&T) -> Uuid) -> Page<T> {
        let more = rows.len() as u64 > self.limit;
        rows.truncate(self.limit as usize);
        let next_cursor = if more {
            rows.last().map(|row| encode(id_of(row)))
        } else {
            None
        };
        Page {
            items: rows,
            next_cursor,
        }
    }
}

fn encode(id: Uuid) -> String {
    URL_SAFE_NO_PAD.encode(id.as_bytes())
}

fn decode(raw: &str) -> Option<Uuid> {
    let bytes = URL_SAFE_NO_PAD.decode(raw).ok()?;
    Uuid::from_slice(&bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trips() {
        let id = Uuid::now_v7();
        assert_eq!(decode(&encode(id)), Some(id));
        assert_eq!(decode("not-a-cursor"), None);
    }

    #[test]
    fn limits_are_checked() {
        assert_eq!(PageRequest::parse(None, None).unwrap().limit, 50);
        assert!(PageRequest::parse(Some(0), None).is_err());
        assert!(PageRequest::parse(Some(201), None).is_err());
        match PageRequest::parse(Some(500), Some("!!")) {
            Err(ServiceError::Invalid(errors)) => assert_eq!(errors.len(), 2),
            _ => panic!("both parameters should be reported"),
        }
    }

    #[test]
    fn next_cursor_only_when_more_rows_exist() {
        let request = PageRequest {
            after: None,
            limit: 2,
        };
        let ids: Vec<Uuid> = (0..3).map(|_| Uuid::now_v7()).collect();
        let page = request.finish(ids.clone(), |id| *id);
        assert_eq!(page.items.len(), 2);
        assert_eq!(page.next_cursor.as_deref().and_then(decode), Some(ids[1]));
        let last = request.finish(ids[..2].to_vec(), |id| *id);
        assert!(last.next_cursor.is_none());
    }
}
