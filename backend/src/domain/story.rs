//! A story of the casebook (*casusboek*): a custom solution told so colleagues can learn from
//! it. Written as a draft by a professional (often from an own decision), published by a lead
//! of the author's team. A story is anonymous: it never carries a client reference or a BSN.

use super::{bsn, invalid::Invalid, text, words};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoryStatus {
    /// Seen by the author and the leads of the author's team only.
    Draft,
    /// Read by everyone in the organisation.
    Published,
}

impl StoryStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            StoryStatus::Draft => "draft",
            StoryStatus::Published => "published",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [StoryStatus::Draft, StoryStatus::Published]
            .into_iter()
            .find(|s| s.as_str() == value)
    }
}

pub const MAX_TITLE: usize = 200;
pub const MAX_BODY: usize = 8000;
pub const MAX_LEARNING: usize = 4000;
pub const MAX_TAGS: usize = 10;
pub const MAX_TAG: usize = 40;

/// The texts of a story as they are to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoryText {
    pub title: String,
    pub body: String,
    pub learning: Option<String>,
    pub tags: Vec<String>,
}

/// A story's texts as sent; `client_ref` is the reference of the decision it is told from, if
/// any, which none of its texts may repeat.
pub struct StoryInput<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub learning: Option<&'a str>,
    pub tags: &'a [String],
    pub client_ref: Option<&'a str>,
}

impl StoryInput<'_> {
    /// The texts, trimmed and checked; every bad field is added to `invalid`.
    pub fn parse(&self, invalid: &mut Invalid) -> Option<StoryText> {
        let title = invalid.check("title", text::required_line(self.title, MAX_TITLE));
        let body = match self.body.trim() {
            "" => {
                invalid.add("body", "must not be empty");
                None
            }
            body => invalid.check("body", text::optional_text(body, MAX_BODY, true)),
        };
        let learning = match self.learning.map(str::trim).filter(|l| !l.is_empty()) {
            Some(learning) => invalid
                .check(
                    "learning",
                    text::optional_text(learning, MAX_LEARNING, true),
                )
                .map(Some),
            None => Some(None),
        };
        for (field, value) in [
            ("title", self.title),
            ("body", self.body),
            ("learning", self.learning.unwrap_or("")),
        ] {
            self.check_anonymous(field, value, invalid);
        }
        let tags = parse_tags(self.tags, invalid);
        for (i, tag) in self.tags.iter().enumerate() {
            self.check_anonymous(&format!("tags[{i}]"), tag, invalid);
        }
        Some(StoryText {
            title: title?,
            body: body?,
            learning: learning?,
            tags: tags?,
        })
    }
}

impl StoryInput<'_> {
    /// No BSN and not the client reference of the decision told.
    fn check_anonymous(&self, field: &str, value: &str, invalid: &mut Invalid) {
        invalid.check(field, bsn::absent(value));
        if let Some(reference) = self.client_ref
            && names_reference(value, reference)
        {
            invalid.add(
                field,
                "must not name the client reference: a story is anonymous",
            );
        }
    }
}

/// Tags: trimmed, lower case, 1 to 40 characters without `|`, at most ten, repeats dropped.
fn parse_tags(tags: &[String], invalid: &mut Invalid) -> Option<Vec<String>> {
    if tags.len() > MAX_TAGS {
        invalid.add("tags", format!("at most {MAX_TAGS} tags"));
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut ok = true;
    for (i, tag) in tags.iter().enumerate() {
        let field = format!("tags[{i}]");
        match text::required_line(tag, MAX_TAG) {
            Ok(_) if tag.contains('|') => {
                invalid.add(field, "must not contain '|'");
                ok = false;
            }
            Ok(tag) => {
                let tag = tag.to_lowercase();
                if !out.contains(&tag) {
                    out.push(tag);
                }
            }
            Err(message) => {
                invalid.add(field, message);
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

/// Whether `text` holds the client reference (ignoring case), so a story cannot name the
/// client it is about.
fn names_reference(text: &str, reference: &str) -> bool {
    let reference = reference.trim().to_lowercase();
    reference.chars().count() >= 3 && text.to_lowercase().contains(&reference)
}

/// The tags as one text in which `LIKE '%|tag|%'` finds a tag exactly.
pub fn tag_index(tags: &[String]) -> String {
    if tags.is_empty() {
        return String::new();
    }
    format!("|{}|", tags.join("|"))
}

/// The stems a story is found by: its title, body, learning and tags.
pub fn search_index(text: &StoryText) -> String {
    let all = format!(
        "{} {} {} {}",
        text.title,
        text.body,
        text.learning.as_deref().unwrap_or(""),
        text.tags.join(" ")
    );
    words::index(&words::stems(&all))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(title: &'a str, body: &'a str, tags: &'a [String]) -> StoryInput<'a> {
        StoryInput {
            title,
            body,
            learning: Some("Bel eerst de woningcorporatie."),
            tags,
            client_ref: Some("CASE-2026-0042"),
        }
    }

    #[test]
    fn a_good_story_is_trimmed_and_its_tags_normalised() {
        let tags = vec![
            " Huur ".to_owned(),
            "huur".to_owned(),
            "Schulden".to_owned(),
        ];
        let mut invalid = Invalid::new();
        let text = input(
            " Uitzetting voorkomen ",
            "Een gezin met een aanvraag.",
            &tags,
        )
        .parse(&mut invalid)
        .expect("valid");
        assert!(invalid.is_empty());
        assert_eq!(text.title, "Uitzetting voorkomen");
        assert_eq!(text.tags, vec!["huur", "schulden"]);
        assert_eq!(tag_index(&text.tags), "|huur|schulden|");
        let index = search_index(&text);
        assert!(
            index.contains(" aanvrag ") && index.contains(" schuld "),
            "{index}"
        );
    }

    #[test]
    fn a_client_reference_or_bsn_in_any_text_is_refused_by_field() {
        let tags = vec!["bsn 123456782".to_owned()];
        let mut invalid = Invalid::new();
        let parsed = input("Over case-2026-0042", "", &tags).parse(&mut invalid);
        assert!(parsed.is_none());
        let fields: Vec<String> = invalid
            .finish()
            .expect_err("invalid")
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["body", "title", "tags[0]"]);
    }

    #[test]
    fn too_many_or_bad_tags_are_refused() {
        let many: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
        let mut invalid = Invalid::new();
        assert!(input("Titel", "Tekst", &many).parse(&mut invalid).is_none());
        let bad = vec!["a|b".to_owned(), " ".to_owned()];
        let mut invalid = Invalid::new();
        assert!(input("Titel", "Tekst", &bad).parse(&mut invalid).is_none());
        assert_eq!(invalid.finish().expect_err("invalid").len(), 2);
    }

    #[test]
    fn statuses_round_trip() {
        for status in [StoryStatus::Draft, StoryStatus::Published] {
            assert_eq!(StoryStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(StoryStatus::parse("concept"), None);
    }
}
