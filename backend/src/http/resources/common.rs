//! Pieces shared by the resources: tags, pagination wire types and response wrappers.

use poem_openapi::{Object, Tags, types::ParseFromJSON, types::ToJSON};

use crate::service::page::Page;

#[derive(Tags)]
pub enum Tag {
    /// Signing in (aanmelden).
    Auth,
    /// The organisation's set-up (inrichting): people, teams, categories, identity provider.
    Organisation,
}

/// A page of a list; pass `nextCursor` as `cursor` to get the next one.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ItemPage<T: ParseFromJSON + ToJSON + Send + Sync> {
    pub items: Vec<T>,
    /// `null` on the last page.
    pub next_cursor: Option<String>,
}

impl<T: ParseFromJSON + ToJSON + Send + Sync> ItemPage<T> {
    pub fn from_page<S>(page: Page<S>, convert: impl Fn(S) -> T) -> Self {
        Self { items: page.items.into_iter().map(convert).collect(), next_cursor: page.next_cursor }
    }
}
