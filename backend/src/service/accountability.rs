//! The accountability export (rechtmatigheidsverantwoording): every decision of a year that
//! deviates from a regulation, was outside the mandate or was carried out as urgent, with who
//! co-signed, approved or reviewed it and when. For controllers and admins.
//!
//! A year can hold hundreds of thousands of such decisions, so the export is read in pages
//! (keyset on the decision's date and id) while it is written out: its memory does not grow
//! with its size.

use std::collections::{HashMap, hash_map::Entry};

use chrono::NaiveDate;
use uuid::Uuid;

use super::{Caller, ServiceError, processing};
use crate::{
    domain::{
        processing::Activity,
        report::{Step, Steps},
        role::Role,
    },
    store::{
        self,
        db::Db,
        entities::{decision, decision_correction, decision_event},
    },
};

/// Decisions read per page: one query for the decisions, one for their events.
const PAGE: usize = 500;

/// One row of the export.
pub struct Deviation {
    pub decision: decision::Model,
    pub professional_name: String,
    pub team_name: String,
    pub category_code: String,
    pub category_name: String,
    pub steps: Steps,
    /// The last raise of its amount that the mandate did not cover, with who decided it.
    pub correction: Option<(decision_correction::Model, Option<String>)>,
}

/// The export of one year, read page by page with [`Deviations::next_page`].
pub struct Deviations {
    db: Db,
    organisation_id: Uuid,
    /// Who exports: each page's clients are logged as processed by them.
    actor_id: Uuid,
    from: NaiveDate,
    to: NaiveDate,
    /// The last row read: the next page starts after it.
    after: Option<(NaiveDate, Uuid)>,
    done: bool,
    teams: HashMap<Uuid, String>,
    /// Code and name.
    categories: HashMap<Uuid, (String, String)>,
    /// The names of the people met so far: at most everyone of the organisation.
    names: HashMap<Uuid, String>,
}

/// Checks the caller and the year; the rows are then read with [`Deviations::next_page`].
pub async fn export(db: &Db, caller: &Caller, year: i32) -> Result<Deviations, ServiceError> {
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
    let organisation_id = caller.organisation_id;
    let teams = store::teams::page(conn, organisation_id, None, 10_000)
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let categories = store::categories::page(conn, organisation_id, None, 10_000)
        .await?
        .into_iter()
        .map(|c| (c.id, (c.code, c.name)))
        .collect();
    Ok(Deviations {
        db: db.clone(),
        organisation_id,
        actor_id: caller.user_id,
        from,
        to,
        after: None,
        done: false,
        teams,
        categories,
        names: HashMap::new(),
    })
}

impl Deviations {
    /// The next rows in the order of their date and id, or `None` after the last.
    pub async fn next_page(&mut self) -> Result<Option<Vec<Deviation>>, ServiceError> {
        if self.done {
            return Ok(None);
        }
        let started = chrono::Utc::now();
        let conn = self.db.conn();
        let decisions = store::decisions::deviations_page(
            conn,
            self.organisation_id,
            self.from,
            self.to,
            self.after,
            PAGE as u64,
        )
        .await?;
        self.done = decisions.len() < PAGE;
        let Some(last) = decisions.last() else {
            return Ok(None);
        };
        self.after = Some((last.decided_on, last.id));
        // The export carries these clients' references: a processing of their data.
        processing::record(
            &self.db,
            self.organisation_id,
            Some(self.actor_id),
            Activity::AccountabilityExport,
            decisions.iter().map(|d| d.client_ref.clone()),
            started,
        );
        let ids: Vec<Uuid> = decisions.iter().map(|d| d.id).collect();
        let events = store::decisions::events_of_many(conn, &ids, &Steps::KINDS).await?;
        let mut corrections: HashMap<Uuid, decision_correction::Model> = HashMap::new();
        for correction in store::corrections::beyond_mandate_of_many(conn, &ids).await? {
            corrections.insert(correction.decision_id, correction);
        }
        let people: Vec<Uuid> = decisions
            .iter()
            .map(|d| d.professional_id)
            .chain(events.iter().map(|e| e.actor_id))
            .chain(corrections.values().filter_map(|c| c.decided_by))
            .collect();
        self.learn_names(people.into_iter()).await?;
        let mut timelines: HashMap<Uuid, Vec<decision_event::Model>> = HashMap::new();
        for event in events {
            timelines.entry(event.decision_id).or_default().push(event);
        }
        Ok(Some(
            decisions
                .into_iter()
                .map(|decision| {
                    let timeline = timelines.remove(&decision.id).unwrap_or_default();
                    let correction = corrections.remove(&decision.id);
                    self.row(decision, timeline, correction)
                })
                .collect(),
        ))
    }

    fn row(
        &self,
        decision: decision::Model,
        timeline: Vec<decision_event::Model>,
        correction: Option<decision_correction::Model>,
    ) -> Deviation {
        let mut steps = Steps::default();
        for event in timeline {
            let step = Step {
                by: self.name(event.actor_id),
                at: event.at,
            };
            steps.record(event.kind, &event.data.0, step);
        }
        let (category_code, category_name) = self
            .categories
            .get(&decision.category_id)
            .cloned()
            .unwrap_or_default();
        Deviation {
            professional_name: self.name(decision.professional_id),
            team_name: decision
                .team_id
                .and_then(|t| self.teams.get(&t).cloned())
                .unwrap_or_default(),
            category_code,
            category_name,
            steps,
            correction: correction.map(|c| {
                let by = c.decided_by.map(|id| self.name(id));
                (c, by)
            }),
            decision,
        }
    }

    fn name(&self, id: Uuid) -> String {
        self.names.get(&id).cloned().unwrap_or_default()
    }

    /// Reads the names of the people not met on an earlier page.
    async fn learn_names(
        &mut self,
        people: impl Iterator<Item = Uuid>,
    ) -> Result<(), ServiceError> {
        let mut unknown: Vec<Uuid> = people.filter(|p| !self.names.contains_key(p)).collect();
        unknown.sort();
        unknown.dedup();
        let found = store::users::find_many(self.db.conn(), self.organisation_id, &unknown).await?;
        for person in found {
            self.names.insert(person.id, person.name);
        }
        // Someone not found (of another organisation, or gone) is not looked up again.
        for id in unknown {
            if let Entry::Vacant(slot) = self.names.entry(id) {
                slot.insert(String::new());
            }
        }
        Ok(())
    }
}
