//! Reading decisions: one (its free text read is logged), lists, and the caller's inbox.

use chrono::NaiveDate;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::{DecisionView, leads_decision_team, may_see};
use crate::{
    domain::{
        decision::{Status, reflection},
        invalid::Invalid,
        mandate::{self, Cents, Verdict},
        processing::Activity,
        role::Role,
    },
    service::{
        Caller, ServiceError, mandates,
        page::{Page, PageRequest},
        processing,
    },
    store::{
        self,
        db::Db,
        decisions::{Filter, Listed},
        entities::{decision, decision_correction},
    },
};

pub(crate) async fn view(
    conn: &impl ConnectionTrait,
    model: decision::Model,
) -> Result<DecisionView, ServiceError> {
    let history = store::decision_history::of(conn, &model).await?;
    Ok(DecisionView::new(model, history))
}

/// One decision with its events. Reading its free text is a processing of the client's data:
/// it is recorded in the processing log (who read which client's decision when), without
/// waiting for any write.
pub async fn get(db: &Db, caller: &Caller, id: Uuid) -> Result<DecisionView, ServiceError> {
    let started = chrono::Utc::now();
    let (model, history) = store::decision_history::find(db.conn(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !may_see(caller, &model) {
        return Err(ServiceError::forbidden(
            "you may see your own decisions and those of your teams",
        ));
    }
    let view = DecisionView::new(model, history);
    processing::by_caller(
        db,
        caller,
        Activity::DecisionRead,
        [view.model.client_ref.clone()],
        started,
    );
    Ok(view)
}

/// The filters of `GET /decisions`, as sent.
#[derive(Default)]
pub struct ListFilter {
    pub status: Option<String>,
    pub verdict: Option<String>,
    pub category_id: Option<Uuid>,
    pub professional_id: Option<Uuid>,
    pub team_id: Option<Uuid>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub q: Option<String>,
}

/// Decisions the caller may see: professionals their own and their teams'; team leads their
/// teams'; controllers and admins the whole organisation.
pub async fn list(
    db: &Db,
    caller: &Caller,
    filter: ListFilter,
    page: PageRequest,
) -> Result<Page<Listed>, ServiceError> {
    let mut invalid = Invalid::new();
    let mut statuses = Vec::new();
    if let Some(status) = &filter.status {
        for name in status.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match Status::parse(name) {
                Some(status) => statuses.push(status),
                None => invalid.add("status", format!("unknown status '{name}'")),
            }
        }
    }
    let verdict = match filter.verdict.as_deref() {
        Some(name) => {
            let verdict = Verdict::parse(name);
            if verdict.is_none() {
                invalid.add("verdict", format!("unknown verdict '{name}'"));
            }
            verdict
        }
        None => None,
    };
    if let (Some(from), Some(to)) = (filter.from, filter.to)
        && from > to
    {
        invalid.add("to", "is before from");
    }
    let words: Vec<String> = filter
        .q
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .take(8)
        .map(str::to_owned)
        .collect();
    if words.iter().any(|w| w.chars().count() > 100) {
        invalid.add("q", "words may be at most 100 characters");
    }
    invalid.finish()?;
    let whole_organisation = caller.roles.any(&[Role::Admin, Role::Controller]);
    let store_filter = Filter {
        statuses,
        verdict,
        category_id: filter.category_id,
        professional_id: filter.professional_id,
        team_id: filter.team_id,
        from: filter.from,
        to: filter.to,
        words,
        visible_professionals: (!whole_organisation).then(|| vec![caller.user_id]),
        visible_teams: (!whole_organisation).then(|| caller.team_ids.clone()),
    };
    let rows = store::decisions::page(
        db.conn(),
        caller.organisation_id,
        &store_filter,
        page.after,
        page.fetch(),
    )
    .await?;
    Ok(page.finish(rows, |d| d.id))
}

/// What waits for the caller.
pub struct Inbox {
    /// Colleagues' decisions the caller may co-sign (their own mandate covers them).
    pub cosigns: Vec<decision::Model>,
    /// Decisions of the caller's teams that wait for a lead's approval.
    pub approvals: Vec<decision::Model>,
    /// Urgent decisions of the caller's teams that wait for a review.
    pub reviews: Vec<decision::Model>,
    /// Raises of decisions' amounts beyond the mandate, of the caller's teams, with the decision.
    pub corrections: Vec<(decision_correction::Model, decision::Model)>,
    /// The caller's own decisions carried out six weeks ago or longer without a reflection.
    pub reflections_due: Vec<decision::Model>,
}

/// At most this many decisions due for a reflection are listed, the most recent first: an
/// inbox to act on, not an archive.
const REFLECTIONS_DUE_LIMIT: u64 = 50;

pub async fn inbox(db: &Db, caller: &Caller) -> Result<Inbox, ServiceError> {
    let conn = db.conn();
    let waiting_cosign = store::decisions::waiting(
        conn,
        caller.organisation_id,
        &[Status::AwaitingCosign],
        Some(&caller.team_ids),
    )
    .await?;
    let mut cosigns = Vec::new();
    for decision in waiting_cosign
        .into_iter()
        .filter(|d| d.professional_id != caller.user_id)
    {
        if may_cosign(conn, caller, &decision).await? {
            cosigns.push(decision);
        }
    }
    let lead_waiting = store::decisions::waiting(
        conn,
        caller.organisation_id,
        &[Status::AwaitingApproval, Status::RecordedUrgent],
        Some(&caller.lead_team_ids),
    )
    .await?;
    let (reviews, approvals): (Vec<_>, Vec<_>) = lead_waiting
        .into_iter()
        .filter(|d| leads_decision_team(caller, d))
        .partition(|d| d.status == Status::RecordedUrgent);
    let mut corrections = Vec::new();
    for correction in
        store::corrections::waiting(conn, caller.organisation_id, &caller.lead_team_ids).await?
    {
        let decision =
            store::decisions::find(conn, caller.organisation_id, correction.decision_id).await?;
        if let Some(decision) = decision
            && leads_decision_team(caller, &decision)
            && correction.requested_by != caller.user_id
        {
            corrections.push((correction, decision));
        }
    }
    let today = mandate::amsterdam_date(chrono::Utc::now());
    let reflections_due = store::decisions::without_reflection(
        conn,
        caller.organisation_id,
        caller.user_id,
        &reflection::CARRIED_OUT,
        reflection::due_for_decided_on_or_before(today),
        REFLECTIONS_DUE_LIMIT,
    )
    .await?;
    Ok(Inbox {
        cosigns,
        approvals,
        reviews,
        corrections,
        reflections_due,
    })
}

/// A co-signer is another member of the decision's team whose own mandate, on the day of the
/// decision, lets them take it alone or with four eyes up to its amount (see
/// [`crate::domain::mandate::may_cosign`]). The author never co-signs.
pub(super) async fn may_cosign(
    conn: &impl ConnectionTrait,
    caller: &Caller,
    decision: &decision::Model,
) -> Result<bool, ServiceError> {
    if caller.user_id == decision.professional_id
        || !decision
            .team_id
            .is_some_and(|t| caller.team_ids.contains(&t))
    {
        return Ok(false);
    }
    let Some(version) =
        store::mandates::in_force(caller.organisation_id, caller.user_id, decision.decided_on)
            .one(conn)
            .await?
    else {
        return Ok(false);
    };
    let terms = mandates::terms_of(&version);
    Ok(mandate::may_cosign(
        terms.rule_for(decision.category_id),
        Cents::new(decision.amount_cents),
    ))
}
