//! The casebook (`/stories`): a professional drafts a story, often from an own decision; a lead
//! of the author's team publishes it; published stories are read by everyone in the
//! organisation, drafts only by their author and the leads of the author's team.

use serde_json::json;
use uuid::Uuid;

use super::{
    Caller, ServiceError, audit,
    page::{Page, PageRequest},
    processing,
};
use crate::{
    domain::{
        invalid::Invalid,
        processing::Activity,
        role::Role,
        story::{self, StoryInput, StoryStatus, StoryText},
        words,
    },
    store::{self, columns::JsonText, db::Db, entities::story as story_row},
};

/// A new story as sent. Told from a decision, the title and body start from it when absent.
pub struct NewStory {
    pub decision_id: Option<Uuid>,
    pub category_id: Option<Uuid>,
    pub title: Option<String>,
    pub body: Option<String>,
    pub learning: Option<String>,
    pub tags: Vec<String>,
}

/// Changes to a story; absent fields stay as they are.
#[derive(Default)]
pub struct StoryChange {
    pub category_id: Option<Option<Uuid>>,
    pub title: Option<String>,
    pub body: Option<String>,
    pub learning: Option<Option<String>>,
    pub tags: Option<Vec<String>>,
}

/// The filters of `GET /stories`, as sent.
#[derive(Default)]
pub struct StoryFilter {
    pub q: Option<String>,
    pub category_id: Option<Uuid>,
    pub tag: Option<String>,
    pub status: Option<String>,
}

/// The story's `ETag`: its version.
pub fn etag(story: &story_row::Model) -> String {
    format!("\"{}\"", story.version)
}

fn etag_matches(if_match: &str, version: i64) -> bool {
    if_match.split(',').map(str::trim).any(|tag| {
        let tag = tag.strip_prefix("W/").unwrap_or(tag).trim_matches('"');
        tag.parse::<i64>().is_ok_and(|t| t == version)
    })
}

/// A lead of the story's team (the author's team when it was drafted).
fn leads_story_team(caller: &Caller, story: &story_row::Model) -> bool {
    story.team_id.is_some_and(|team| caller.leads(team))
}

fn may_read(caller: &Caller, story: &story_row::Model) -> bool {
    story.status == StoryStatus::Published
        || story.author_id == caller.user_id
        || leads_story_team(caller, story)
}

fn may_edit(caller: &Caller, story: &story_row::Model) -> bool {
    story.author_id == caller.user_id || leads_story_team(caller, story)
}

/// Who changed what, without the texts (the audit trail never holds free text).
fn snapshot(story: &story_row::Model) -> serde_json::Value {
    json!({"status": story.status.as_str(), "version": story.version, "decisionId": story.decision_id, "categoryId": story.category_id, "teamId": story.team_id})
}

async fn check_category(
    db: &Db,
    caller: &Caller,
    category_id: Option<Uuid>,
    invalid: &mut Invalid,
) -> Result<(), ServiceError> {
    if let Some(category) = category_id
        && store::categories::find(caller.organisation_id, category)
            .one(db.conn())
            .await?
            .is_none()
    {
        invalid.add("categoryId", "is not a category of your organisation");
    }
    Ok(())
}

/// The client reference of the decision a story tells, which its texts may not repeat.
async fn client_ref_of(
    db: &Db,
    caller: &Caller,
    decision_id: Option<Uuid>,
) -> Result<Option<String>, ServiceError> {
    let Some(id) = decision_id else {
        return Ok(None);
    };
    Ok(
        store::decisions::find(db.conn(), caller.organisation_id, id)
            .await?
            .map(|d| d.client_ref),
    )
}

pub async fn create(
    db: &Db,
    caller: &Caller,
    new: NewStory,
) -> Result<story_row::Model, ServiceError> {
    caller.require(
        &[Role::Professional, Role::TeamLead],
        "writing a story for the casebook",
    )?;
    let started = chrono::Utc::now();
    let mut invalid = Invalid::new();
    let decision = match new.decision_id {
        Some(id) => {
            let decision = store::decisions::find(db.conn(), caller.organisation_id, id).await?;
            match decision {
                None => {
                    invalid.add("decisionId", "is not a decision of your organisation");
                    None
                }
                Some(d) if d.professional_id != caller.user_id => {
                    return Err(ServiceError::forbidden(
                        "a story is told from one's own decision",
                    ));
                }
                Some(d) if d.erased_at.is_some() => {
                    invalid.add("decisionId", "this decision's texts were erased");
                    None
                }
                Some(d) => Some(d),
            }
        }
        None => None,
    };
    // Told from a decision, the form starts from its title and texts (never its client
    // reference); the author rewrites them before a lead publishes.
    let title = new
        .title
        .or_else(|| decision.as_ref().map(|d| d.title.clone()));
    let body = new.body.or_else(|| {
        decision
            .as_ref()
            .map(|d| format!("{}\n\n{}\n\n{}", d.situation, d.solution, d.rationale))
    });
    // Told from a decision that turned out unusable, that alone is the problem to report.
    if new.decision_id.is_none() {
        if title.is_none() {
            invalid.add("title", "is required");
        }
        if body.is_none() {
            invalid.add("body", "is required");
        }
    }
    let category_id = new
        .category_id
        .or_else(|| decision.as_ref().map(|d| d.category_id));
    check_category(db, caller, new.category_id, &mut invalid).await?;
    let input = StoryInput {
        title: title.as_deref().unwrap_or(" "),
        body: body.as_deref().unwrap_or(" "),
        learning: new.learning.as_deref(),
        tags: &new.tags,
        client_ref: decision.as_ref().map(|d| d.client_ref.as_str()),
    };
    let parsed = if title.is_some() && body.is_some() {
        input.parse(&mut invalid)
    } else {
        None
    };
    invalid.finish()?;
    let text = parsed.ok_or(ServiceError::Internal)?;
    let team_id = decision
        .as_ref()
        .and_then(|d| d.team_id)
        .or_else(|| caller.team_ids.first().copied());
    let now = chrono::Utc::now();
    let model = story_row::Model {
        id: Uuid::now_v7(),
        organisation_id: caller.organisation_id,
        author_id: caller.user_id,
        team_id,
        decision_id: decision.as_ref().map(|d| d.id),
        category_id,
        title: String::new(),
        body: String::new(),
        learning: None,
        tags: JsonText(Vec::new()),
        tag_index: String::new(),
        search_stems: String::new(),
        status: StoryStatus::Draft,
        version: 1,
        created_at: now,
        updated_at: now,
        published_at: None,
        published_by: None,
    };
    let model = with_text(model, text);
    let tx = db.begin_write().await?;
    store::stories::insert(&*tx, model.clone()).await?;
    audit::record(
        &*tx,
        caller,
        "story.created",
        "story",
        model.id,
        json!({"after": snapshot(&model)}),
    )
    .await?;
    tx.commit().await?;
    // The draft starts from the decision's texts: a read of the client's data, logged as one.
    if let Some(decision) = &decision {
        processing::by_caller(
            db,
            caller,
            Activity::DecisionRead,
            [decision.client_ref.clone()],
            started,
        );
    }
    tracing::info!(story_id = %model.id, by = %caller.user_id, "story drafted");
    Ok(model)
}

fn with_text(mut model: story_row::Model, text: StoryText) -> story_row::Model {
    model.search_stems = story::search_index(&text);
    model.tag_index = story::tag_index(&text.tags);
    model.title = text.title;
    model.body = text.body;
    model.learning = text.learning;
    model.tags = JsonText(text.tags);
    model
}

pub async fn get(db: &Db, caller: &Caller, id: Uuid) -> Result<story_row::Model, ServiceError> {
    let story = store::stories::find(db.conn(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !may_read(caller, &story) {
        return Err(ServiceError::forbidden(
            "a draft is read by its author and the leads of the author's team",
        ));
    }
    Ok(story)
}

pub async fn update(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    if_match: Option<&str>,
    change: StoryChange,
) -> Result<story_row::Model, ServiceError> {
    let story = store::stories::find(db.conn(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !may_edit(caller, &story) {
        return Err(ServiceError::forbidden(
            "a story is changed by its author or a lead of the author's team",
        ));
    }
    let expected = story.version;
    match if_match {
        None => {
            return Err(ServiceError::PreconditionRequired(
                "Send If-Match with the story's ETag, so no change is overwritten unseen.".into(),
            ));
        }
        Some(tag) if !etag_matches(tag, expected) => {
            return Err(ServiceError::PreconditionFailed(
                "The story was changed by someone else meanwhile: reload it and make your change again.".into(),
            ));
        }
        Some(_) => {}
    }
    let mut invalid = Invalid::new();
    let category_id = change.category_id.unwrap_or(story.category_id);
    check_category(db, caller, category_id, &mut invalid).await?;
    let title = change.title.unwrap_or_else(|| story.title.clone());
    let body = change.body.unwrap_or_else(|| story.body.clone());
    let learning = change.learning.unwrap_or_else(|| story.learning.clone());
    let tags = change.tags.unwrap_or_else(|| story.tags.0.clone());
    let client_ref = client_ref_of(db, caller, story.decision_id).await?;
    let text = StoryInput {
        title: &title,
        body: &body,
        learning: learning.as_deref(),
        tags: &tags,
        client_ref: client_ref.as_deref(),
    }
    .parse(&mut invalid);
    invalid.finish()?;
    let text = text.ok_or(ServiceError::Internal)?;
    let before = snapshot(&story);
    let mut changed = with_text(story, text);
    changed.category_id = category_id;
    changed.version = expected + 1;
    changed.updated_at = chrono::Utc::now();
    save(db, caller, changed, expected, "story.changed", before).await
}

/// Publishes a draft: a lead of the author's team, never the author.
/// Publishes a draft. `if_match`, when sent, must name the version the lead read.
pub async fn publish(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    if_match: Option<&str>,
) -> Result<story_row::Model, ServiceError> {
    let story = store::stories::find(db.conn(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !leads_story_team(caller, &story) || story.author_id == caller.user_id {
        return Err(ServiceError::forbidden(
            "a lead of the author's team publishes a story, never its author",
        ));
    }
    if story.status == StoryStatus::Published {
        return Err(ServiceError::Conflict(
            "the story is already published".into(),
        ));
    }
    let expected = story.version;
    if if_match.is_some_and(|tag| !etag_matches(tag, expected)) {
        return Err(ServiceError::PreconditionFailed(
            "The story was changed after you read it: read it again before publishing.".into(),
        ));
    }
    let before = snapshot(&story);
    let now = chrono::Utc::now();
    let mut changed = story;
    changed.status = StoryStatus::Published;
    changed.published_at = Some(now);
    changed.published_by = Some(caller.user_id);
    changed.version = expected + 1;
    changed.updated_at = now;
    save(db, caller, changed, expected, "story.published", before).await
}

async fn save(
    db: &Db,
    caller: &Caller,
    story: story_row::Model,
    expected: i64,
    action: &str,
    before: serde_json::Value,
) -> Result<story_row::Model, ServiceError> {
    let tx = db.begin_write().await?;
    if !store::stories::update_if_version(&*tx, story.clone(), expected).await? {
        return Err(ServiceError::PreconditionFailed(
            "The story was changed by someone else meanwhile: reload it and make your change again.".into(),
        ));
    }
    audit::record(
        &*tx,
        caller,
        action,
        "story",
        story.id,
        json!({"before": before, "after": snapshot(&story)}),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(story_id = %story.id, action, by = %caller.user_id, "story changed");
    Ok(story)
}

/// Published stories, and the drafts the caller may see, newest first.
pub async fn list(
    db: &Db,
    caller: &Caller,
    filter: StoryFilter,
    page: PageRequest,
) -> Result<Page<story_row::Model>, ServiceError> {
    let mut invalid = Invalid::new();
    let status = match filter.status.as_deref() {
        Some(name) => {
            let status = StoryStatus::parse(name);
            if status.is_none() {
                invalid.add("status", format!("unknown status '{name}'"));
            }
            status
        }
        None => None,
    };
    let q = filter.q.unwrap_or_default();
    if q.chars().count() > 200 {
        invalid.add("q", "must be at most 200 characters");
    }
    invalid.finish()?;
    let terms: Vec<Vec<String>> = words::search_terms(&q).into_iter().take(8).collect();
    let store_filter = store::stories::Filter {
        terms,
        category_id: filter.category_id,
        tag: filter
            .tag
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty()),
        status,
        drafts_of_author: caller.user_id,
        drafts_of_teams: if caller.roles.has(Role::TeamLead) {
            caller.lead_team_ids.clone()
        } else {
            Vec::new()
        },
        published_of_teams: None,
    };
    let rows = store::stories::page(
        db.conn(),
        caller.organisation_id,
        &store_filter,
        page.after,
        page.fetch(),
    )
    .await?;
    Ok(page.finish(rows, |s| s.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etags_name_the_version() {
        assert!(etag_matches("\"3\"", 3));
        assert!(etag_matches("W/\"3\"", 3));
        assert!(!etag_matches("\"2\"", 3));
        assert!(!etag_matches("*", 3));
    }
}
