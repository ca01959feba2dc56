//! Logging a decision: validate it and read what its check judges by, then hand it to the
//! [`Logbook`], which checks it against the ledger, stores it with its verdict and books the
//! amount in one transaction, exactly once per key.

use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{DecisionView, Logbook, in_flight::InFlight, round::Prepared};
use crate::{
    domain::{
        bsn,
        client_ref::ClientRef,
        invalid::{FieldError, Invalid},
        mandate::{Cents, MAX_AMOUNT, Verdict, amsterdam_date},
        role::Role,
        text,
    },
    service::{Caller, ServiceError, mandates},
    store::{
        self,
        db::Db,
        entities::{decision, idempotency_key, ledger_entry},
        reads::Reads,
    },
};

/// A phone's clock may run this far ahead of the server's.
const CLOCK_SKEW: Duration = Duration::minutes(5);
/// How far back a decision may be logged (a phone that was offline for a long time).
const MAX_AGE: Duration = Duration::days(366);

pub struct DecisionDraft {
    pub id: Option<Uuid>,
    pub category_id: Uuid,
    pub client_ref: String,
    pub amount_cents: i64,
    pub title: String,
    pub situation: String,
    pub solution: String,
    pub rationale: String,
    pub deviates_from: Option<String>,
    pub decided_at: DateTime<Utc>,
    pub urgent: bool,
    pub case_url: Option<String>,
    pub client_verdict: Option<Verdict>,
    pub team_id: Option<Uuid>,
    /// Problems already found while reading the request.
    pub parse_errors: Vec<FieldError>,
}

/// The SHA-256 of a request body, to tell a retry from a different request under one key.
pub fn request_hash(body: &[u8]) -> String {
    Sha256::digest(body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Logs a decision. Returns it and whether this was a replay of an earlier request.
pub async fn create(
    logbook: &Logbook,
    caller: &Caller,
    idempotency: Option<(&str, &str)>,
    draft: DecisionDraft,
) -> Result<(DecisionView, bool), ServiceError> {
    caller.require(&[Role::Professional], "logging decisions")?;
    let Some((key, hash)) = idempotency else {
        return create_once(logbook, caller, None, draft).await;
    };
    if key.is_empty() || key.len() > 200 || !key.chars().all(|c| c.is_ascii_graphic()) {
        return Err(ServiceError::invalid(
            "Idempotency-Key",
            "must be 1 to 200 visible ASCII characters",
        ));
    }
    let Some(_held) = InFlight::hold(caller.user_id, key) else {
        return Err(ServiceError::Conflict(
            "The first request with this Idempotency-Key is still being processed; retry shortly."
                .into(),
        ));
    };
    create_once(logbook, caller, Some((key, hash)), draft).await
}

/// The answer to a request whose key was used before: the decision it logged, or `422` when the
/// key came with a different request.
async fn replay(
    conn: &impl sea_orm::ConnectionTrait,
    caller: &Caller,
    earlier: &idempotency_key::Model,
    hash: &str,
) -> Result<DecisionView, ServiceError> {
    if earlier.request_hash != hash {
        return Err(ServiceError::Unprocessable(
            "This Idempotency-Key was used for a different request. Use a new key for a new decision.".into(),
        ));
    }
    let id = earlier
        .response_body
        .as_deref()
        .and_then(|body| Uuid::parse_str(body).ok())
        .ok_or(ServiceError::Internal)?;
    let model = store::decisions::find(conn, caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::Internal)?;
    super::read::view(conn, model).await
}

/// The decision's writes hit a key that is taken: its Idempotency-Key or its (phone-made) id
/// was stored after the look-up, by a request that finished meanwhile or one of another
/// process. Tells which from inside a write turn, which sees every acknowledged write.
pub(super) async fn taken(
    db: &Db,
    caller: &Caller,
    idempotency: Option<(&str, &str)>,
    id: Uuid,
) -> Result<(DecisionView, bool), ServiceError> {
    let tx = db.begin_write().await?;
    if let Some((key, hash)) = idempotency
        && let Some(earlier) = store::idempotency::find(&*tx, caller.user_id, key).await?
    {
        let view = replay(&*tx, caller, &earlier, hash).await?;
        tx.commit().await?;
        return Ok((view, true));
    }
    if store::decisions::exists(&*tx, id).await? {
        return Err(ServiceError::invalid(
            "id",
            "is already the id of another decision",
        ));
    }
    Err(ServiceError::Internal)
}

async fn create_once(
    logbook: &Logbook,
    caller: &Caller,
    idempotency: Option<(&str, &str)>,
    draft: DecisionDraft,
) -> Result<(DecisionView, bool), ServiceError> {
    let conn = logbook.db().conn();
    let now = Utc::now();
    let mut invalid = Invalid::new();
    let decided_on = amsterdam_date(draft.decided_at);
    // Everything read before the write turn, in one round trip: an earlier use of the key, the
    // category, and the mandate version and team pot the check judges by.
    let mut reads = Reads::new(conn.get_database_backend());
    let earlier =
        idempotency.map(|(key, _)| reads.add(store::idempotency::find_query(caller.user_id, key)));
    let category = reads.add(store::categories::find_query(
        caller.organisation_id,
        draft.category_id,
    ));
    let basis = mandates::Basis::add_reads(
        &mut reads,
        caller.organisation_id,
        caller.user_id,
        &caller.team_ids,
        draft.team_id,
        decided_on,
    );
    let results = reads.run(conn).await?;
    // A retry is answered as the first request was, even if its input would no longer pass.
    if let (Some(part), Some((_, hash))) = (earlier, idempotency)
        && let Some(earlier) = results.one(part)?
    {
        return Ok((replay(conn, caller, &earlier, hash).await?, true));
    }

    for error in draft.parse_errors {
        invalid.add(error.field, error.message);
    }
    let title = invalid.check("title", text::required_line(&draft.title, 200));
    let situation = invalid.check("situation", required_text(&draft.situation));
    let solution = invalid.check("solution", required_text(&draft.solution));
    let rationale = invalid.check("rationale", required_text(&draft.rationale));
    let deviates_from = match &draft.deviates_from {
        Some(rule) if !rule.trim().is_empty() => invalid
            .check("deviatesFrom", text::required_line(rule, 500))
            .map(Some),
        _ => Some(None),
    };
    invalid.check("title", bsn::absent(&draft.title));
    invalid.check("situation", bsn::absent(&draft.situation));
    invalid.check("solution", bsn::absent(&draft.solution));
    invalid.check("rationale", bsn::absent(&draft.rationale));
    invalid.check(
        "deviatesFrom",
        bsn::absent(draft.deviates_from.as_deref().unwrap_or("")),
    );
    let case_url = match &draft.case_url {
        Some(url) if !url.trim().is_empty() => invalid.check("caseUrl", case_url(url)).map(Some),
        _ => Some(None),
    };
    let client_ref = invalid.check("clientRef", ClientRef::parse(&draft.client_ref));
    if !(0..=MAX_AMOUNT.get()).contains(&draft.amount_cents) {
        invalid.add(
            "amountCents",
            format!("must be between 0 and {}", MAX_AMOUNT.get()),
        );
    }
    match results.one(category)? {
        Some(category) if category.active => {}
        Some(_) => invalid.add("categoryId", "is no longer in use for new decisions"),
        None => invalid.add("categoryId", "is not a category of this organisation"),
    }
    if draft.decided_at > now + CLOCK_SKEW {
        invalid.add("decidedAt", "lies in the future");
    } else if draft.decided_at < now - MAX_AGE {
        invalid.add("decidedAt", "is more than a year ago");
    }
    if let Some(team) = draft.team_id
        && !caller.team_ids.contains(&team)
    {
        invalid.add("teamId", "is not one of your teams");
    }
    // A phone-made id that is taken fails the insert below (see `taken`): a look-up here would
    // be a second round trip on every request for what is rare.
    invalid.finish()?;
    let (
        Some(title),
        Some(situation),
        Some(solution),
        Some(rationale),
        Some(deviates_from),
        Some(case_url),
        Some(client_ref),
    ) = (
        title,
        situation,
        solution,
        rationale,
        deviates_from,
        case_url,
        client_ref,
    )
    else {
        return Err(ServiceError::Internal);
    };
    let basis = mandates::Basis::from_reads(&results, basis)?;
    logbook
        .log(Prepared {
            caller: caller.clone(),
            idempotency: idempotency.map(|(key, hash)| (key.to_owned(), hash.to_owned())),
            basis,
            id: draft.id.unwrap_or_else(Uuid::now_v7),
            team_id: draft.team_id,
            category_id: draft.category_id,
            client_ref,
            amount: Cents::new(draft.amount_cents),
            title,
            situation,
            solution,
            rationale,
            deviates_from,
            decided_at: draft.decided_at,
            decided_on,
            urgent: draft.urgent,
            case_url,
            client_verdict: draft.client_verdict,
            received_at: now,
        })
        .await
}

pub(crate) fn ledger_entry(
    decision: &decision::Model,
    kind: &str,
    amount: i64,
    now: DateTime<Utc>,
) -> ledger_entry::Model {
    ledger_entry::Model {
        id: Uuid::now_v7(),
        organisation_id: decision.organisation_id,
        decision_id: Some(decision.id),
        professional_id: decision.professional_id,
        team_id: decision.team_id,
        category_id: decision.category_id,
        client_ref: decision.client_ref.clone(),
        kind: kind.into(),
        amount_cents: amount,
        booked_on: decision.decided_on,
        created_at: now,
    }
}

fn required_text(value: &str) -> Result<String, String> {
    let text = text::optional_text(value, 4000, true)?;
    if text.is_empty() {
        Err("must not be empty".into())
    } else {
        Ok(text)
    }
}

fn case_url(value: &str) -> Result<String, String> {
    let url = text::required_line(value, 500)?;
    if url.starts_with("https://") || url.starts_with("http://") {
        Ok(url)
    } else {
        Err("must be an http(s) address".into())
    }
}
