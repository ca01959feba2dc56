//! Lessons (`/lessons`, the Lessen screen): what the caller's teams learned — the learnings
//! leads wrote when they reviewed a decision, and the teams' published stories — newest first.

use std::collections::HashMap;

use uuid::Uuid;

use super::{
    Caller, ServiceError,
    page::{Page, PageRequest},
};
use crate::{
    domain::decision::{EventData, ReviewOutcome},
    store::{
        self,
        db::Db,
        entities::{decision, story},
    },
};

/// One lesson.
pub enum Lesson {
    /// A lead reviewed a decision of the team: backed or not, and what is learned.
    Learning {
        id: Uuid,
        at: chrono::DateTime<chrono::Utc>,
        outcome: ReviewOutcome,
        learning: String,
        lead_id: Uuid,
        lead_name: String,
        decision: decision::Model,
    },
    /// A published story of the team.
    Story(story::Model),
}

impl Lesson {
    pub fn id(&self) -> Uuid {
        match self {
            Lesson::Learning { id, .. } => *id,
            Lesson::Story(story) => story.id,
        }
    }
}

/// The lessons of the caller's teams, newest first (by when they were written).
pub async fn list(
    db: &Db,
    caller: &Caller,
    page: PageRequest,
) -> Result<Page<Lesson>, ServiceError> {
    let conn = db.conn();
    let reviews = store::decisions::reviews_of_teams(
        conn,
        caller.organisation_id,
        &caller.team_ids,
        page.after,
        page.fetch(),
    )
    .await?;
    let stories = if caller.team_ids.is_empty() {
        Vec::new()
    } else {
        let filter = store::stories::Filter {
            drafts_of_author: caller.user_id,
            published_of_teams: Some(caller.team_ids.clone()),
            ..Default::default()
        };
        store::stories::page(
            conn,
            caller.organisation_id,
            &filter,
            page.after,
            page.fetch(),
        )
        .await?
    };
    let decision_ids: Vec<Uuid> = reviews.iter().map(|e| e.decision_id).collect();
    let decisions: HashMap<Uuid, decision::Model> =
        store::decisions::find_many(conn, caller.organisation_id, &decision_ids)
            .await?
            .into_iter()
            .map(|d| (d.id, d))
            .collect();
    let mut leads: Vec<Uuid> = reviews.iter().map(|e| e.actor_id).collect();
    leads.sort();
    leads.dedup();
    let names: HashMap<Uuid, String> =
        store::users::find_many(conn, caller.organisation_id, &leads)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect();
    let mut lessons: Vec<Lesson> = stories.into_iter().map(Lesson::Story).collect();
    for event in reviews {
        let (
            EventData::Reviewed {
                outcome, learning, ..
            },
            Some(decision),
        ) = (event.data.0, decisions.get(&event.decision_id))
        else {
            continue;
        };
        lessons.push(Lesson::Learning {
            id: event.id,
            at: event.at,
            outcome,
            learning,
            lead_id: event.actor_id,
            lead_name: names.get(&event.actor_id).cloned().unwrap_or_default(),
            decision: decision.clone(),
        });
    }
    // Ids are UUIDv7: their order is the order in which they were written.
    lessons.sort_by_key(|lesson| std::cmp::Reverse(lesson.id()));
    lessons.truncate(page.fetch() as usize);
    Ok(page.finish(lessons, Lesson::id))
}
