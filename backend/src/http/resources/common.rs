//! Pieces shared by the resources: tags, pagination wire types and response wrappers.

use poem_openapi::Tags;

#[derive(Tags)]
pub enum Tag {
    /// Signing in (aanmelden).
    Auth,
    /// The organisation's set-up (inrichting): people, teams, categories, identity provider.
    Organisation,
    /// Mandates (mandaten): versions, templates, team budget pots and the mandate check (toets).
    Mandates,
    /// Custom decisions (maatwerkbeslissingen) and their workflow.
    Decisions,
    /// The audit trail (audittrail): every change, hash-chained.
    Audit,
    /// Steering reports (sturingsinformatie) and the accountability export.
    Reports,
    /// The client's privacy rights (AVG): subject access, erasure, retention.
    Privacy,
    /// Integration with other systems (koppelingen): machine clients and their tokens.
    Integration,
    /// Signed webhooks (Standard Webhooks) announcing the organisation's events.
    Webhooks,
    /// Learning from each other (lerende praktijk): the casebook, precedents and lessons.
    Learning,
}

/// Declares a page type for a list, named `<Item>Page` in the document (a generic type would
/// get a name with an underscore, which the API Design Rules' casing check refuses).
macro_rules! item_page {
    ($page:ident, $item:ty) => {
        /// A page of a list; pass `nextCursor` as `cursor` to get the next one.
        #[derive(poem_openapi::Object)]
        #[oai(rename_all = "camelCase")]
        pub struct $page {
            pub items: Vec<$item>,
            /// `null` on the last page.
            pub next_cursor: Option<String>,
        }

        impl $page {
            pub fn from_page<S>(
                page: $crate::service::page::Page<S>,
                convert: impl Fn(S) -> $item,
            ) -> Self {
                Self {
                    items: page.items.into_iter().map(convert).collect(),
                    next_cursor: page.next_cursor,
                }
            }
        }
    };
}
pub(crate) use item_page;
