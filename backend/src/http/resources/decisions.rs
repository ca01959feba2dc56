//! `/decisions` and `/approvals`: logging custom decisions (maatwerkbeslissingen), their
//! workflow, and what waits for the caller.

use std::collections::HashMap;

use chrono::NaiveDate;
use poem::web::Data;
use poem_openapi::{
    ApiResponse, Enum, Object, OpenApi,
    param::{Header, Path, Query},
    payload::Json,
    types::ToJSON,
};
use uuid::Uuid;

use super::{
    common::{Tag, item_page},
    mandate_checks::Explanation,
    mandate_wire::Verdict,
    zgw::ZgwPush,
};
use crate::{
    domain::decision::{self, Draft, Status, correction, reflection},
    http::{problem::ApiError, security::Auth, state::AppState, timestamp::Timestamp},
    service::{
        self,
        decisions::{Action, DecisionView, Inbox, ListFilter, Step},
        page::PageRequest,
    },
    store::{
        decisions::Listed,
        entities::{decision as decision_row, decision_correction, decision_event},
    },
};

#[derive(Default)]
pub struct DecisionsApi;

/// Where a decision is in its workflow.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum DecisionStatus {
    /// Final: within the mandate, or co-signed.
    Recorded,
    AwaitingCosign,
    AwaitingApproval,
    /// Carried out beyond the mandate because it could not wait; waits for a review.
    RecordedUrgent,
    Approved,
    Rejected,
    Withdrawn,
    Reviewed,
}

impl From<Status> for DecisionStatus {
    fn from(status: Status) -> Self {
        match status {
            Status::Recorded => DecisionStatus::Recorded,
            Status::AwaitingCosign => DecisionStatus::AwaitingCosign,
            Status::AwaitingApproval => DecisionStatus::AwaitingApproval,
            Status::RecordedUrgent => DecisionStatus::RecordedUrgent,
            Status::Approved => DecisionStatus::Approved,
            Status::Rejected => DecisionStatus::Rejected,
            Status::Withdrawn => DecisionStatus::Withdrawn,
            Status::Reviewed => DecisionStatus::Reviewed,
        }
    }
}

/// A decision to log. `id` may be made on the phone when the decision was taken, so an offline
/// decision has its identity before it reaches the server.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct CreateDecisionRequest {
    pub id: Option<Uuid>,
    pub category_id: Uuid,
    /// The pseudonymous client reference (never a BSN).
    pub client_ref: String,
    /// 0 for decisions without money (such as waiving a rule).
    pub amount_cents: i64,
    /// 1 to 200 characters.
    pub title: String,
    /// The situation at the kitchen table (up to 4,000 characters).
    pub situation: String,
    /// What was decided (up to 4,000 characters).
    pub solution: String,
    /// Why (up to 4,000 characters).
    pub rationale: String,
    /// The rule or regulation deviated from, if any.
    pub deviates_from: Option<String>,
    /// When it was decided in the field; may lie in the past, not in the future.
    pub decided_at: Timestamp,
    /// Carried out already because it could not wait.
    #[oai(default)]
    pub urgent: bool,
    /// A link to the municipal case (zaak).
    pub case_url: Option<String>,
    /// The provisional verdict the phone showed offline (`within_mandate`, ...).
    pub client_verdict: Option<String>,
    /// The team it is for; default the professional's team with a budget pot, else their first.
    pub team_id: Option<Uuid>,
}

/// What a step came to, where it judges: a review's `backed` or `not_backed`, a reflection's
/// `worked`, `did_not_work` or `unknown` (the author did not say).
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum EventOutcome {
    Backed,
    NotBacked,
    Worked,
    DidNotWork,
    Unknown,
}

impl From<decision::ReviewOutcome> for EventOutcome {
    fn from(outcome: decision::ReviewOutcome) -> Self {
        match outcome {
            decision::ReviewOutcome::Backed => EventOutcome::Backed,
            decision::ReviewOutcome::NotBacked => EventOutcome::NotBacked,
        }
    }
}

impl From<decision::ReflectionResult> for EventOutcome {
    fn from(result: decision::ReflectionResult) -> Self {
        match result {
            decision::ReflectionResult::Worked => EventOutcome::Worked,
            decision::ReflectionResult::DidNotWork => EventOutcome::DidNotWork,
            decision::ReflectionResult::Unknown => EventOutcome::Unknown,
        }
    }
}

/// Something that happened to a decision: what, who (by id and by name), when, and what the
/// step came to and said.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct DecisionEvent {
    pub id: Uuid,
    /// `created`, `cosigned`, `approved`, `rejected`, `withdrawn`, `reviewed`, `reflected`,
    /// `corrected`, `correction_requested` or `correction_rejected`.
    pub kind: String,
    pub actor_id: Uuid,
    /// The display name of who took the step (co-signed by, approved by, reviewed by, ...).
    pub actor_name: String,
    pub at: Timestamp,
    /// The comment given with the step (co-sign, approval, rejection, withdrawal, review).
    pub comment: Option<String>,
    /// The status before the step, for steps that move it.
    pub from_status: Option<DecisionStatus>,
    /// The status after the step (for `created`, the first status).
    pub to_status: Option<DecisionStatus>,
    /// A review's judgement or a reflection's result.
    pub outcome: Option<EventOutcome>,
    /// The lead's learning with a review: what do we do differently, or again, next time.
    pub learning: Option<String>,
    /// The author's account with a reflection: what happened, what it prevented.
    pub reflection: Option<String>,
    /// Why an amount was corrected (`corrected`, `correction_requested`).
    pub reason: Option<String>,
    /// The amount before a correction, in euro cents.
    pub from_cents: Option<i64>,
    /// The amount a correction sets or asks for, in euro cents.
    pub to_cents: Option<i64>,
    /// What the event carries, as stored: the status change, a review's `outcome` and
    /// `learning`, a reflection's `outcome` and `worked` (the fields above say the same, typed).
    pub data: serde_json::Value,
}

impl DecisionEvent {
    fn of(event: decision_event::Model, names: &HashMap<Uuid, String>) -> Self {
        use decision::EventData;
        let mut wire = Self {
            id: event.id,
            kind: event.kind.as_str().to_owned(),
            actor_id: event.actor_id,
            actor_name: names.get(&event.actor_id).cloned().unwrap_or_default(),
            at: event.at.into(),
            comment: event.comment,
            from_status: None,
            to_status: None,
            outcome: None,
            learning: None,
            reflection: None,
            reason: None,
            from_cents: None,
            to_cents: None,
            // Plain data of strings, numbers and enums: serialising it cannot fail.
            data: serde_json::to_value(&event.data.0).unwrap_or_default(),
        };
        match event.data.0 {
            EventData::Created { status, .. } => wire.to_status = Some(status.into()),
            EventData::Moved { from, to } => {
                wire.from_status = Some(from.into());
                wire.to_status = Some(to.into());
            }
            EventData::Reviewed {
                from,
                to,
                outcome,
                learning,
            } => {
                wire.from_status = Some(from.into());
                wire.to_status = Some(to.into());
                wire.outcome = Some(outcome.into());
                wire.learning = Some(learning);
            }
            EventData::Reflected { outcome, worked } => {
                wire.outcome = Some(decision::ReflectionResult::of(worked).into());
                wire.reflection = Some(outcome);
            }
            EventData::Corrected {
                from_cents,
                to_cents,
                reason,
            }
            | EventData::CorrectionRequested {
                from_cents,
                to_cents,
                reason,
                ..
            } => {
                wire.from_cents = Some(from_cents);
                wire.to_cents = Some(to_cents);
                wire.reason = Some(reason);
            }
            EventData::CorrectionRejected {
                from_cents,
                to_cents,
                ..
            } => {
                wire.from_cents = Some(from_cents);
                wire.to_cents = Some(to_cents);
            }
        }
        wire
    }
}

/// A custom decision (maatwerkbeslissing) with its verdict, explanation and events.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Decision {
    pub id: Uuid,
    pub professional_id: Uuid,
    pub team_id: Option<Uuid>,
    pub category_id: Uuid,
    pub client_ref: String,
    pub amount_cents: i64,
    pub title: String,
    pub situation: String,
    pub solution: String,
    pub rationale: String,
    pub deviates_from: Option<String>,
    pub decided_at: Timestamp,
    /// The day of the decision in Europe/Amsterdam: it decides the mandate version and periods.
    pub decided_on: NaiveDate,
    /// When the server recorded it.
    pub recorded_at: Timestamp,
    pub urgent: bool,
    pub client_verdict: Option<Verdict>,
    pub verdict: Verdict,
    pub explanation: Vec<Explanation>,
    /// The mandate version it was judged by; `null` when none was in force.
    pub mandate_version_id: Option<Uuid>,
    pub status: DecisionStatus,
    pub case_url: Option<String>,
    pub updated_at: Timestamp,
    /// When its client reference and free texts were erased (on request or by retention);
    /// `null` while they are kept.
    pub erased_at: Option<Timestamp>,
    pub events: Vec<DecisionEvent>,
    /// Corrections of its amount, oldest first; one that raises it beyond the mandate waits for
    /// a lead (`state` `pending`).
    pub corrections: Vec<Correction>,
    /// Its push to the organisation's ZGW Besluiten API (`state` `not_applicable` when it is not
    /// final or its category has no besluittype).
    pub zgw: ZgwPush,
}

impl From<DecisionView> for Decision {
    fn from(view: DecisionView) -> Self {
        let d = view.model;
        Self {
            id: d.id,
            professional_id: d.professional_id,
            team_id: d.team_id,
            category_id: d.category_id,
            client_ref: d.client_ref,
            amount_cents: d.amount_cents,
            title: d.title,
            situation: d.situation,
            solution: d.solution,
            rationale: d.rationale,
            deviates_from: d.deviates_from,
            decided_at: d.decided_at.into(),
            decided_on: d.decided_on,
            recorded_at: d.recorded_at.into(),
            urgent: d.urgent,
            client_verdict: d.client_verdict.map(Verdict::from),
            verdict: d.verdict.into(),
            explanation: d.explanation.0.into_iter().map(Explanation::from).collect(),
            mandate_version_id: d.mandate_version_id,
            status: d.status.into(),
            case_url: d.case_url,
            updated_at: d.updated_at.into(),
            erased_at: d.erased_at.map(Timestamp::from),
            events: view
                .events
                .into_iter()
                .map(|event| DecisionEvent::of(event, &view.names))
                .collect(),
            corrections: view.corrections.into_iter().map(Correction::from).collect(),
            zgw: view.zgw.into(),
        }
    }
}

/// A decision in a list: without its free text and client reference (open it to read those;
/// that read is logged).
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct DecisionSummary {
    pub id: Uuid,
    pub professional_id: Uuid,
    pub team_id: Option<Uuid>,
    pub category_id: Uuid,
    pub amount_cents: i64,
    pub title: String,
    pub decided_at: Timestamp,
    pub decided_on: NaiveDate,
    pub recorded_at: Timestamp,
    pub urgent: bool,
    pub verdict: Verdict,
    pub status: DecisionStatus,
    pub mandate_version_id: Option<Uuid>,
}

impl From<decision_row::Model> for DecisionSummary {
    fn from(d: decision_row::Model) -> Self {
        Listed::from(d).into()
    }
}

impl From<Listed> for DecisionSummary {
    fn from(d: Listed) -> Self {
        Self {
            id: d.id,
            professional_id: d.professional_id,
            team_id: d.team_id,
            category_id: d.category_id,
            amount_cents: d.amount_cents,
            title: d.title,
            decided_at: d.decided_at.into(),
            decided_on: d.decided_on,
            recorded_at: d.recorded_at.into(),
            urgent: d.urgent,
            verdict: d.verdict.into(),
            status: d.status.into(),
            mandate_version_id: d.mandate_version_id,
        }
    }
}

item_page!(DecisionPage, DecisionSummary);

/// An optional comment on a step.
#[derive(Object)]
pub struct StepRequest {
    pub comment: Option<String>,
}

/// How a lead judged an urgent decision afterwards.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum ReviewOutcome {
    /// The lead stands behind it (rugdekking).
    Backed,
    NotBacked,
}

impl From<ReviewOutcome> for decision::ReviewOutcome {
    fn from(outcome: ReviewOutcome) -> Self {
        match outcome {
            ReviewOutcome::Backed => decision::ReviewOutcome::Backed,
            ReviewOutcome::NotBacked => decision::ReviewOutcome::NotBacked,
        }
    }
}

/// The review of an urgent decision: backed or not, always with what is learned.
#[derive(Object)]
pub struct ReviewRequest {
    pub outcome: ReviewOutcome,
    /// What do we do differently, or again, next time? (required)
    pub learning: String,
    pub comment: Option<String>,
}

/// The author's later account: did it work, what happened, what did it prevent.
#[derive(Object)]
pub struct ReflectionRequest {
    pub outcome: String,
    pub worked: Option<bool>,
}

/// The actual amount of a final decision, and why it differs from what was decided.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct CorrectionRequest {
    /// The amount the decision really cost, in euro cents.
    pub amount_cents: i64,
    pub reason: String,
}

#[derive(ApiResponse)]
pub enum CorrectionResponse {
    /// The difference is booked as a correction; the decision with its `corrected` event.
    #[oai(status = 201)]
    Created(Json<Decision>),
}

/// Where a correction of a decision's amount stands.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum CorrectionState {
    /// Booked at once: lower, or within the author's mandate.
    Applied,
    /// A raise beyond the mandate, waiting for a team lead; the difference is reserved.
    Pending,
    Approved,
    Rejected,
}

impl From<correction::CorrectionState> for CorrectionState {
    fn from(state: correction::CorrectionState) -> Self {
        match state {
            correction::CorrectionState::Applied => CorrectionState::Applied,
            correction::CorrectionState::Pending => CorrectionState::Pending,
            correction::CorrectionState::Approved => CorrectionState::Approved,
            correction::CorrectionState::Rejected => CorrectionState::Rejected,
        }
    }
}

/// A correction of a final decision's amount (the actual cost), with the mandate check of what
/// a raise adds.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Correction {
    pub id: Uuid,
    pub decision_id: Uuid,
    pub requested_by: Uuid,
    pub requested_at: Timestamp,
    /// What the decision held before, in euro cents.
    pub from_cents: i64,
    /// What it holds once the correction is booked.
    pub to_cents: i64,
    pub reason: String,
    /// The verdict of the difference, for a raise; `null` for a lowering.
    pub verdict: Option<Verdict>,
    pub explanation: Vec<Explanation>,
    pub mandate_version_id: Option<Uuid>,
    pub state: CorrectionState,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<Timestamp>,
    pub decision_comment: Option<String>,
}

impl From<decision_correction::Model> for Correction {
    fn from(c: decision_correction::Model) -> Self {
        Self {
            id: c.id,
            decision_id: c.decision_id,
            requested_by: c.requested_by,
            requested_at: c.requested_at.into(),
            from_cents: c.from_cents,
            to_cents: c.to_cents,
            reason: c.reason,
            verdict: c.verdict.map(Verdict::from),
            explanation: c.explanation.0.into_iter().map(Explanation::from).collect(),
            mandate_version_id: c.mandate_version_id,
            state: c.state.into(),
            decided_by: c.decided_by,
            decided_at: c.decided_at.map(Timestamp::from),
            decision_comment: c.decision_comment,
        }
    }
}

/// A raise of a decision's amount that waits for the caller, with the decision it raises.
#[derive(Object)]
pub struct WaitingCorrection {
    pub correction: Correction,
    pub decision: DecisionSummary,
}

/// The kind of an inbox item that asks the author for something.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum ReflectionDueKind {
    /// Six weeks after the decision: how did it work out?
    ReflectionDue,
}

/// One of the caller's own decisions that waits for a reflection (evaluatie): carried out six
/// weeks ago or longer, and no reflection given yet.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ReflectionDue {
    /// Always `reflection_due`.
    pub kind: ReflectionDueKind,
    /// The day it became due: six weeks after the day decided (Europe/Amsterdam).
    pub due_on: NaiveDate,
    pub decision: DecisionSummary,
}

/// What waits for the caller (the Goedkeuren inbox).
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Approvals {
    /// Colleagues' decisions the caller may co-sign.
    pub cosigns: Vec<DecisionSummary>,
    /// Decisions of the caller's teams waiting for approval.
    pub approvals: Vec<DecisionSummary>,
    /// Urgent decisions of the caller's teams waiting for a review.
    pub reviews: Vec<DecisionSummary>,
    /// Raises of decisions' amounts beyond the mandate, waiting for a lead of the team.
    pub corrections: Vec<WaitingCorrection>,
    /// The caller's own decisions due for a reflection, most recently decided first (at most
    /// 50): carried out (recorded, approved, urgent or reviewed) six weeks ago or longer, until
    /// a reflection is given.
    pub reflection_due: Vec<ReflectionDue>,
    /// All of them together, for a badge.
    pub count: u64,
}

impl From<Inbox> for Approvals {
    fn from(inbox: Inbox) -> Self {
        let count = (inbox.cosigns.len()
            + inbox.approvals.len()
            + inbox.reviews.len()
            + inbox.corrections.len()
            + inbox.reflections_due.len()) as u64;
        let summaries =
            |list: Vec<decision_row::Model>| list.into_iter().map(DecisionSummary::from).collect();
        Self {
            cosigns: summaries(inbox.cosigns),
            approvals: summaries(inbox.approvals),
            reviews: summaries(inbox.reviews),
            corrections: inbox
                .corrections
                .into_iter()
                .map(|(correction, decision)| WaitingCorrection {
                    correction: correction.into(),
                    decision: decision.into(),
                })
                .collect(),
            reflection_due: inbox
                .reflections_due
                .into_iter()
                .map(|decision| ReflectionDue {
                    kind: ReflectionDueKind::ReflectionDue,
                    due_on: reflection::due_on(decision.decided_on),
                    decision: decision.into(),
                })
                .collect(),
            count,
        }
    }
}

#[derive(ApiResponse)]
pub enum DecisionCreatedResponse {
    /// Logged (or, for a retry with the same `Idempotency-Key` and body, the original result).
    #[oai(status = 201)]
    Created(
        Json<Decision>,
        #[oai(header = "Idempotent-Replayed")] Option<String>,
    ),
}

#[derive(ApiResponse)]
pub enum DecisionResponse {
    /// The decision.
    #[oai(status = 200)]
    Ok(Json<Decision>),
}

#[derive(ApiResponse)]
pub enum ZgwPushResponse {
    /// The push is due now (`zgw.state` `pending`); the worker sends it in the background.
    #[oai(status = 202)]
    Accepted(Json<Decision>),
}

#[derive(ApiResponse)]
pub enum ReflectionResponse {
    /// The reflection was added.
    #[oai(status = 201)]
    Created(Json<Decision>),
}

#[derive(ApiResponse)]
pub enum DecisionListResponse {
    /// A page of decisions, oldest first.
    #[oai(status = 200)]
    Ok(Json<DecisionPage>),
}

#[derive(ApiResponse)]
pub enum ApprovalsResponse {
    /// What waits for the caller.
    #[oai(status = 200)]
    Ok(Json<Approvals>),
}

#[OpenApi(tag = "Tag::Decisions")]
impl DecisionsApi {
    /// Log a decision: it is checked against the mandate in force at `decidedAt`, stored with
    /// its verdict and explanation, and its amount is booked, in one atomic step. Send an
    /// `Idempotency-Key` so a retry never logs it twice: the same key with the same body returns
    /// the original result, with another body `422`, while the first is in progress `409`.
    #[oai(path = "/decisions", method = "post", operation_id = "createDecision")]
    async fn create(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// A key made on the phone when the decision was made (kept 30 days at least).
        #[oai(name = "Idempotency-Key")]
        idempotency_key: Header<Option<String>>,
        body: Json<CreateDecisionRequest>,
    ) -> Result<DecisionCreatedResponse, ApiError> {
        let hash = service::decisions::request_hash(body.0.to_json_string().as_bytes());
        let body = body.0;
        let draft = Draft {
            id: body.id,
            category_id: body.category_id,
            client_ref: body.client_ref,
            amount_cents: body.amount_cents,
            title: body.title,
            situation: body.situation,
            solution: body.solution,
            rationale: body.rationale,
            deviates_from: body.deviates_from,
            decided_at: body.decided_at.0,
            urgent: body.urgent,
            case_url: body.case_url,
            client_verdict: body.client_verdict,
            team_id: body.team_id,
        };
        let key = idempotency_key.0.as_deref().map(|key| (key, hash.as_str()));
        let (view, replayed) =
            service::decisions::create(&state.logbook, &auth.0, key, draft).await?;
        Ok(DecisionCreatedResponse::Created(
            Json(view.into()),
            replayed.then(|| "true".to_owned()),
        ))
    }

    /// One decision with its explanation and events (the author, the team, its leads,
    /// controllers, admins). Every read is recorded in the audit trail.
    #[oai(path = "/decisions/:id", method = "get", operation_id = "getDecision")]
    async fn get(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<DecisionResponse, ApiError> {
        Ok(DecisionResponse::Ok(Json(
            service::decisions::get(&state.db, &auth.0, id.0)
                .await?
                .into(),
        )))
    }

    /// Decisions the caller may see: professionals their own and their teams', team leads their
    /// teams', controllers and admins all.
    #[allow(clippy::too_many_arguments)]
    #[oai(path = "/decisions", method = "get", operation_id = "listDecisions")]
    async fn list(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// One status or several separated by commas.
        status: Query<Option<String>>,
        verdict: Query<Option<String>>,
        #[oai(name = "categoryId")] category_id: Query<Option<Uuid>>,
        #[oai(name = "professionalId")] professional_id: Query<Option<Uuid>>,
        #[oai(name = "teamId")] team_id: Query<Option<Uuid>>,
        /// Decided on or after this day.
        from: Query<Option<NaiveDate>>,
        /// Decided on or before this day.
        to: Query<Option<NaiveDate>>,
        /// Words that must all occur in the title, situation, solution or rationale.
        q: Query<Option<String>>,
        /// Page size, 1 to 200 (default 50).
        limit: Query<Option<i64>>,
        /// `nextCursor` of the previous page.
        cursor: Query<Option<String>>,
    ) -> Result<DecisionListResponse, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let filter = ListFilter {
            status: status.0,
            verdict: verdict.0,
            category_id: category_id.0,
            professional_id: professional_id.0,
            team_id: team_id.0,
            from: from.0,
            to: to.0,
            q: q.0,
        };
        let page = service::decisions::list(&state.db, &auth.0, filter, page).await?;
        Ok(DecisionListResponse::Ok(Json(DecisionPage::from_page(
            page,
            DecisionSummary::from,
        ))))
    }

    /// Push a final decision to the organisation's ZGW Besluiten API (again) now: its push
    /// starts over from the first attempt (admins, and leads of the decision's team). `409` when
    /// the decision is not final or its category has no besluittype in the ZGW connection.
    #[oai(
        path = "/decisions/:id/zgw-push",
        method = "post",
        operation_id = "pushDecisionToZgw"
    )]
    async fn zgw_push(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<ZgwPushResponse, ApiError> {
        let view = service::zgw::push::push_again(&state.db, &auth.0, id.0).await?;
        Ok(ZgwPushResponse::Accepted(Json(view.into())))
    }

    /// Co-sign a colleague's decision (vier ogen): another member of the team whose own mandate
    /// covers it.
    #[oai(
        path = "/decisions/:id/cosign",
        method = "post",
        operation_id = "cosignDecision"
    )]
    async fn cosign(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<StepRequest>,
    ) -> Result<DecisionResponse, ApiError> {
        step(&state, &auth, id.0, Step::Cosign, body.0).await
    }

    /// Approve a decision (a lead of the author's team, never the author).
    #[oai(
        path = "/decisions/:id/approve",
        method = "post",
        operation_id = "approveDecision"
    )]
    async fn approve(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<StepRequest>,
    ) -> Result<DecisionResponse, ApiError> {
        step(&state, &auth, id.0, Step::Approve, body.0).await
    }

    /// Reject a decision (a lead of the author's team); its reservation is released.
    #[oai(
        path = "/decisions/:id/reject",
        method = "post",
        operation_id = "rejectDecision"
    )]
    async fn reject(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<StepRequest>,
    ) -> Result<DecisionResponse, ApiError> {
        step(&state, &auth, id.0, Step::Reject, body.0).await
    }

    /// Withdraw one's own decision while it waits; its reservation is released.
    #[oai(
        path = "/decisions/:id/withdraw",
        method = "post",
        operation_id = "withdrawDecision"
    )]
    async fn withdraw(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<StepRequest>,
    ) -> Result<DecisionResponse, ApiError> {
        step(&state, &auth, id.0, Step::Withdraw, body.0).await
    }

    /// Review an urgent decision afterwards: backed or not, always with a learning note.
    #[oai(
        path = "/decisions/:id/review",
        method = "post",
        operation_id = "reviewDecision"
    )]
    async fn review(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<ReviewRequest>,
    ) -> Result<DecisionResponse, ApiError> {
        let body = body.0;
        let action = Action::Review {
            outcome: body.outcome.into(),
            learning: body.learning,
            comment: body.comment,
        };
        act(&state, &auth, id.0, action).await
    }

    /// Add a reflection (evaluatie): how did it work out? (the author, any time after)
    #[oai(
        path = "/decisions/:id/reflections",
        method = "post",
        operation_id = "reflectOnDecision"
    )]
    async fn reflect(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<ReflectionRequest>,
    ) -> Result<ReflectionResponse, ApiError> {
        let body = body.0;
        let view = service::decisions::act(
            &state.db,
            &auth.0,
            id.0,
            Action::Reflect {
                outcome: body.outcome,
                worked: body.worked,
            },
        )
        .await?;
        Ok(ReflectionResponse::Created(Json(view.into())))
    }

    /// Correct the amount of a final decision (the author, or a lead of the author's team):
    /// the difference is booked as a compensating ledger entry; the decision keeps the amount
    /// it was decided with and gets a `corrected` event. A raise is checked like a new decision
    /// for the difference: beyond the mandate it waits for a lead of the team (`corrections[]`
    /// with `state` `pending`, a `correction_requested` event, the difference reserved).
    /// Waiting, rejected and withdrawn decisions cannot be corrected, nor one whose earlier
    /// correction still waits (409).
    #[oai(
        path = "/decisions/:id/corrections",
        method = "post",
        operation_id = "correctDecision"
    )]
    async fn correct(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<CorrectionRequest>,
    ) -> Result<CorrectionResponse, ApiError> {
        let view = service::decisions::correct(
            &state.db,
            &auth.0,
            id.0,
            body.0.amount_cents,
            &body.0.reason,
        )
        .await?;
        Ok(CorrectionResponse::Created(Json(view.into())))
    }

    /// Approve a raise of a decision's amount that waits (a lead of the author's team, never
    /// the one who asked for it): the reserved difference becomes committed.
    #[oai(
        path = "/decisions/:id/corrections/:correctionId/approve",
        method = "post",
        operation_id = "approveCorrection"
    )]
    async fn approve_correction(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        #[oai(name = "correctionId")] correction_id: Path<Uuid>,
        body: Json<StepRequest>,
    ) -> Result<DecisionResponse, ApiError> {
        decide_correction(&state, &auth, id.0, correction_id.0, true, body.0).await
    }

    /// Reject a raise of a decision's amount that waits: the reserved difference is released
    /// and the decision keeps what it held.
    #[oai(
        path = "/decisions/:id/corrections/:correctionId/reject",
        method = "post",
        operation_id = "rejectCorrection"
    )]
    async fn reject_correction(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        #[oai(name = "correctionId")] correction_id: Path<Uuid>,
        body: Json<StepRequest>,
    ) -> Result<DecisionResponse, ApiError> {
        decide_correction(&state, &auth, id.0, correction_id.0, false, body.0).await
    }

    /// What waits for the caller: co-signs, approvals, urgent reviews and raises of amounts.
    #[oai(path = "/approvals", method = "get", operation_id = "listApprovals")]
    async fn approvals(
        &self,
        auth: Auth,
        state: Data<&AppState>,
    ) -> Result<ApprovalsResponse, ApiError> {
        Ok(ApprovalsResponse::Ok(Json(
            service::decisions::inbox(&state.db, &auth.0).await?.into(),
        )))
    }
}

/// Co-sign, approve, reject or withdraw: the four steps that carry only a comment.
async fn step(
    state: &AppState,
    auth: &Auth,
    id: Uuid,
    step: Step,
    body: StepRequest,
) -> Result<DecisionResponse, ApiError> {
    let comment = body.comment;
    act(state, auth, id, Action::Step { step, comment }).await
}

async fn decide_correction(
    state: &AppState,
    auth: &Auth,
    id: Uuid,
    correction_id: Uuid,
    approve: bool,
    body: StepRequest,
) -> Result<DecisionResponse, ApiError> {
    let view = service::decisions::decide_correction(
        &state.db,
        &auth.0,
        id,
        correction_id,
        approve,
        body.comment,
    )
    .await?;
    Ok(DecisionResponse::Ok(Json(view.into())))
}

async fn act(
    state: &AppState,
    auth: &Auth,
    id: Uuid,
    action: Action,
) -> Result<DecisionResponse, ApiError> {
    let view = service::decisions::act(&state.db, &auth.0, id, action).await?;
    Ok(DecisionResponse::Ok(Json(view.into())))
}
