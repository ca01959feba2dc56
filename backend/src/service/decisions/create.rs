//! Logging a decision: read what its check judges by, validate it into a [`NewDecision`], then
//! hand it to the [`Logbook`], which checks it against the ledger, stores it with its verdict
//! and books the amount in one transaction, exactly once per key.

use chrono::Utc;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{DecisionView, Logbook, in_flight::InFlight, replay::replay, round::Prepared};
use crate::{
    domain::{
        decision::{CategoryState, Draft, DraftContext},
        invalid::Invalid,
        processing::Activity,
        role::Role,
    },
    service::{Caller, ServiceError, mandates, processing},
    store::{self, reads::Reads},
};

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
    draft: Draft,
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

async fn create_once(
    logbook: &Logbook,
    caller: &Caller,
    idempotency: Option<(&str, &str)>,
    draft: Draft,
) -> Result<(DecisionView, bool), ServiceError> {
    let conn = logbook.db().conn();
    let now = Utc::now();
    let decided_on = crate::domain::mandate::amsterdam_date(draft.decided_at);
    // Everything read before the write turn, in one round trip: an earlier use of the key, the
    // category, and the mandate version and team pot the check judges by.
    let mut reads = Reads::new(conn.get_database_backend());
    let earlier =
        idempotency.map(|(key, _)| reads.add(store::idempotency::find(caller.user_id, key)));
    let category = reads.add(store::categories::find(
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

    let category = match results.one(category)? {
        Some(category) if category.active => CategoryState::Active,
        Some(_) => CategoryState::Inactive,
        None => CategoryState::Unknown,
    };
    let context = DraftContext {
        now,
        category,
        teams: &caller.team_ids,
        fresh_id: Uuid::now_v7(),
    };
    // A phone-made id that is taken fails the insert (see `replay::taken`): a look-up here would
    // be a second round trip on every request for what is rare.
    let mut invalid = Invalid::new();
    let decision = draft.validate(&context, &mut invalid);
    invalid.finish()?;
    let decision = decision.ok_or(ServiceError::Internal)?;
    let basis = mandates::Basis::from_reads(&results, basis)?;
    let client_ref = decision.client_ref.as_str().to_owned();
    let answer = logbook
        .log(Prepared {
            caller: caller.clone(),
            idempotency: idempotency.map(|(key, hash)| (key.to_owned(), hash.to_owned())),
            basis,
            decision,
            received_at: now,
        })
        .await?;
    if !answer.1 {
        processing::by_caller(
            logbook.db(),
            caller,
            Activity::DecisionCreated,
            [client_ref],
            now,
        );
    }
    Ok(answer)
}
