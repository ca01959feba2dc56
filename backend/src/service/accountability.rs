//! The accountability export (rechtmatigheidsverantwoording): every decision of a year that
//! deviates from a regulation, was outside the mandate or was carried out as urgent, with who
//! co-signed, approved or reviewed it and when. For controllers and admins.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use super::{Caller, ServiceError};
use crate::{
    domain::{
        decision::{EventData, EventKind},
        role::Role,
    },
    store::{self, db::Db, entities::decision},
};

/// Who took a workflow step, and when.
pub struct Step {
    pub by: String,
    pub at: DateTime<Utc>,
}

/// One row of the export.
pub struct Deviation {
    pub decision: decision::Model,
    pub professional_name: String,
    pub team_name: String,
    pub category_code: String,
    pub category_name: String,
    pub cosigned: Option<Step>,
    /// Approved or rejected, with which of the two.
    pub decided: Option<(String, Step)>,
    pub reviewed: Option<(String, Step)>,
}

pub async fn export(db: &Db, caller: &Caller, year: i32) -> Result<Vec<Deviation>, ServiceError> {
    caller.require(
        &[Role::Controller, Role::Admin],
        "the accountability export",
    )?;
    let (Some(from), Some(to)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return Err(ServiceError::invalid("year", "is not a year"));
    };
    if !(2000..=2100).contains(&year) {
        return Err(ServiceError::invalid(
            "year",
            "must be between 2000 and 2100",
        ));
    }
    let conn = db.conn();
    let organisation = caller.organisation_id;
    let decisions = store::decisions::deviations_in(conn, organisation, from, to).await?;
    let ids: Vec<Uuid> = decisions.iter().map(|d| d.id).collect();
    let events = store::decisions::events_of_many(
        conn,
        &ids,
        &[
            EventKind::Cosigned,
            EventKind::Approved,
            EventKind::Rejected,
            EventKind::Reviewed,
        ],
    )
    .await?;
    let mut people: Vec<Uuid> = decisions.iter().map(|d| d.professional_id).collect();
    people.extend(events.iter().map(|e| e.actor_id));
    people.sort();
    people.dedup();
    let names: HashMap<Uuid, String> = store::users::find_many(conn, organisation, &people)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    let teams: HashMap<Uuid, String> = store::teams::page(conn, organisation, None, 10_000)
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let categories: HashMap<Uuid, (String, String)> =
        store::categories::page(conn, organisation, None, 10_000)
            .await?
            .into_iter()
            .map(|c| (c.id, (c.code, c.name)))
            .collect();
    let mut steps: HashMap<Uuid, Vec<_>> = HashMap::new();
    for event in events {
        steps.entry(event.decision_id).or_default().push(event);
    }
    let name = |id: Uuid| names.get(&id).cloned().unwrap_or_default();
    Ok(decisions
        .into_iter()
        .map(|decision| {
            let mut row = Deviation {
                professional_name: name(decision.professional_id),
                team_name: decision
                    .team_id
                    .and_then(|t| teams.get(&t).cloned())
                    .unwrap_or_default(),
                category_code: categories
                    .get(&decision.category_id)
                    .map(|c| c.0.clone())
                    .unwrap_or_default(),
                category_name: categories
                    .get(&decision.category_id)
                    .map(|c| c.1.clone())
                    .unwrap_or_default(),
                cosigned: None,
                decided: None,
                reviewed: None,
                decision,
            };
            for event in steps.remove(&row.decision.id).unwrap_or_default() {
                let step = Step {
                    by: name(event.actor_id),
                    at: event.at,
                };
                match (event.kind, &event.data.0) {
                    (EventKind::Cosigned, _) => row.cosigned = Some(step),
                    (_, EventData::Reviewed { outcome, .. }) => {
                        row.reviewed = Some((outcome.as_str().to_owned(), step));
                    }
                    (kind, _) => row.decided = Some((kind.as_str().to_owned(), step)),
                }
            }
            row
        })
        .collect())
}
