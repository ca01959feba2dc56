//! The mandate check of a proposed decision against the version in force on its date and the
//! ledger totals. `Basis` is the one place that gathers the inputs of the pure check.

use chrono::{Datelike, NaiveDate};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::{may_read, pot_candidates, pot_containing, terms_of};
use crate::{
    domain::{
        client_ref::ClientRef,
        invalid::Invalid,
        mandate::{
            Cents, CheckInput, CheckOutcome, LedgerTotals, MAX_AMOUNT, MandateTerms, Period,
            PeriodKind, TeamPot, amsterdam_date, check,
        },
    },
    service::{Caller, ServiceError},
    store::{
        self,
        db::Db,
        entities::{ledger_month_total, mandate_version, team_budget_pot},
        ledger::{Scope, Sums},
        reads::{Part, ReadResults, Reads},
    },
};

/// A proposed decision to check.
pub struct CheckRequest {
    pub category_id: Uuid,
    pub amount_cents: i64,
    pub client_ref: String,
    pub decided_on: Option<NaiveDate>,
    pub professional_id: Option<Uuid>,
    pub team_id: Option<Uuid>,
}

pub struct CheckResult {
    pub professional_id: Uuid,
    pub decided_on: NaiveDate,
    pub mandate_version_id: Option<Uuid>,
    pub team_id: Option<Uuid>,
    pub period: Period,
    pub outcome: CheckOutcome,
}

/// `POST /mandate-checks`: the verdict for a proposed decision. Changes nothing.
pub async fn check_decision(
    db: &Db,
    caller: &Caller,
    request: CheckRequest,
) -> Result<CheckResult, ServiceError> {
    let conn = db.conn();
    let professional_id = request.professional_id.unwrap_or(caller.user_id);
    let mut invalid = Invalid::new();
    let target = store::users::find(conn, caller.organisation_id, professional_id).await?;
    if target.is_none() {
        invalid.add("professionalId", "is not a user of this organisation");
    }
    let teams = store::teams::team_ids_of(conn, professional_id).await?;
    if professional_id != caller.user_id
        && target.is_some()
        && !may_read(caller, professional_id, &teams)
    {
        return Err(ServiceError::forbidden(
            "you may check decisions only for yourself or for the professionals you lead",
        ));
    }
    let client_ref = invalid.check("clientRef", ClientRef::parse(&request.client_ref));
    if !(0..=MAX_AMOUNT.get()).contains(&request.amount_cents) {
        invalid.add(
            "amountCents",
            format!("must be between 0 and {}", MAX_AMOUNT.get()),
        );
    }
    if store::categories::find(caller.organisation_id, request.category_id)
        .one(conn)
        .await?
        .is_none()
    {
        invalid.add("categoryId", "is not a category of this organisation");
    }
    if let Some(team) = request.team_id
        && !teams.contains(&team)
    {
        invalid.add("teamId", "is not a team of this professional");
    }
    invalid.finish()?;
    let client_ref = client_ref.ok_or(ServiceError::Internal)?;
    let decided_on = request
        .decided_on
        .unwrap_or_else(|| amsterdam_date(chrono::Utc::now()));
    let proposal = Proposal {
        organisation_id: caller.organisation_id,
        professional_id,
        teams: &teams,
        team_id: request.team_id,
        category_id: request.category_id,
        amount: Cents::new(request.amount_cents),
        client_ref: &client_ref,
        decided_on,
    };
    Basis::read(
        conn,
        proposal.organisation_id,
        professional_id,
        &teams,
        request.team_id,
        decided_on,
    )
    .await?
    .judge(conn, &proposal)
    .await
}

/// A decision as the check sees it.
pub(crate) struct Proposal<'a> {
    pub organisation_id: Uuid,
    pub professional_id: Uuid,
    /// The professional's teams.
    pub teams: &'a [Uuid],
    /// The team the decision is for, when the professional chose one.
    pub team_id: Option<Uuid>,
    pub category_id: Uuid,
    pub amount: Cents,
    pub client_ref: &'a ClientRef,
    pub decided_on: NaiveDate,
}

/// What a check judges by apart from the ledger: the mandate version in force and the team pot.
/// Both change only when a lead sets them, so logging a decision reads them before its write
/// turn; a change that lands in between is simply ordered after the decision. The ledger totals
/// are read in the turn (`judge`), where no other booking can come between.
pub(crate) struct Basis {
    mandate_version_id: Option<Uuid>,
    terms: MandateTerms,
    pot: Option<(team_budget_pot::Model, Period)>,
}

/// Where a basis's rows will be in a [`Reads`].
pub(crate) struct BasisReads {
    version: Part<mandate_version::Model>,
    pots: Option<Part<team_budget_pot::Model>>,
    decided_on: NaiveDate,
}

/// Where a judgement's ledger rows will be in a [`Reads`], and the windows they are summed in.
pub(crate) struct LedgerReads {
    rows: Option<Part<ledger_month_total::Model>>,
    windows: Vec<(Scope, NaiveDate, NaiveDate)>,
}

impl Basis {
    pub(crate) async fn read(
        conn: &impl ConnectionTrait,
        organisation_id: Uuid,
        professional_id: Uuid,
        teams: &[Uuid],
        team_id: Option<Uuid>,
        decided_on: NaiveDate,
    ) -> Result<Self, ServiceError> {
        let mut reads = Reads::new(conn.get_database_backend());
        let parts = Self::add_reads(
            &mut reads,
            organisation_id,
            professional_id,
            teams,
            team_id,
            decided_on,
        );
        Self::from_reads(&reads.run(conn).await?, parts)
    }

    /// Adds the queries for the version in force and the team pot to `reads`.
    pub(crate) fn add_reads(
        reads: &mut Reads,
        organisation_id: Uuid,
        professional_id: Uuid,
        teams: &[Uuid],
        team_id: Option<Uuid>,
        decided_on: NaiveDate,
    ) -> BasisReads {
        let candidates = pot_candidates(teams, team_id);
        BasisReads {
            version: reads.add(store::mandates::in_force(
                organisation_id,
                professional_id,
                decided_on,
            )),
            pots: (!candidates.is_empty()).then(|| {
                reads.add(store::budget_pots::started_by(
                    organisation_id,
                    &candidates,
                    decided_on,
                ))
            }),
            decided_on,
        }
    }

    pub(crate) fn from_reads(
        results: &ReadResults,
        parts: BasisReads,
    ) -> Result<Self, ServiceError> {
        let version = results.one(parts.version)?;
        let pots = match parts.pots {
            Some(part) => results.all(part)?,
            None => Vec::new(),
        };
        // Without a version in force there is no mandate: an empty one gives "outside mandate"
        // with a line that says there is no rule for the category.
        let terms = match &version {
            Some(model) => terms_of(model),
            None => MandateTerms {
                period: PeriodKind::Quarter,
                period_limit: None,
                per_client_year_limit: None,
                rules: Vec::new(),
            },
        };
        let pot = pot_containing(pots, parts.decided_on)?;
        Ok(Self {
            mandate_version_id: version.map(|v| v.id),
            terms,
            pot,
        })
    }

    /// The check against this basis and the ledger totals as they are on `conn` (inside a
    /// write, the totals that write will add to).
    pub(crate) async fn judge(
        self,
        conn: &impl ConnectionTrait,
        proposal: &Proposal<'_>,
    ) -> Result<CheckResult, ServiceError> {
        let mut reads = Reads::new(conn.get_database_backend());
        let ledger = self.add_ledger_reads(&mut reads, proposal);
        let results = reads.run(conn).await?;
        self.judge_with(&results, ledger, proposal)
    }

    /// Adds the query for the ledger totals the check needs to `reads`.
    pub(crate) fn add_ledger_reads(
        &self,
        reads: &mut Reads,
        proposal: &Proposal<'_>,
    ) -> LedgerReads {
        let windows = self.windows(proposal);
        LedgerReads {
            rows: store::ledger::sums_query(proposal.organisation_id, &windows)
                .map(|query| reads.add(query)),
            windows,
        }
    }

    /// Every ledger total the check needs, each a scope summed over its own months.
    pub(crate) fn windows(&self, proposal: &Proposal<'_>) -> Vec<(Scope, NaiveDate, NaiveDate)> {
        let period = Period::containing(self.terms.period, proposal.decided_on);
        let year = Period::year_of(proposal.decided_on);
        let mut windows = vec![
            (
                Scope::ProfessionalCategory(proposal.professional_id, proposal.category_id),
                period.start,
                period.end,
            ),
            (
                Scope::Professional(proposal.professional_id),
                period.start,
                period.end,
            ),
            (
                Scope::Client(proposal.client_ref.as_str().to_owned()),
                year.start,
                year.end,
            ),
        ];
        if let Some((pot, pot_period)) = &self.pot {
            windows.push((Scope::Team(pot.team_id), pot_period.start, pot_period.end));
        }
        windows
    }

    /// The check against this basis and the ledger rows read.
    pub(crate) fn judge_with(
        self,
        results: &ReadResults,
        ledger: LedgerReads,
        proposal: &Proposal<'_>,
    ) -> Result<CheckResult, ServiceError> {
        let rows = match ledger.rows {
            Some(part) => results.all(part)?,
            None => Vec::new(),
        };
        Ok(self.judge_on(&rows, &ledger.windows, proposal))
    }

    /// The check against this basis and the month rows of the ledger totals: rows outside
    /// `windows` or of another organisation are left out.
    pub(crate) fn judge_on<'r>(
        &self,
        rows: impl IntoIterator<Item = &'r ledger_month_total::Model>,
        windows: &[(Scope, NaiveDate, NaiveDate)],
        proposal: &Proposal<'_>,
    ) -> CheckResult {
        let Proposal {
            organisation_id,
            professional_id,
            teams,
            team_id,
            category_id,
            amount,
            decided_on,
            ..
        } = *proposal;
        let rows = rows
            .into_iter()
            .filter(|row| row.organisation_id == organisation_id);
        let sums = store::ledger::sums_from(windows, rows);
        let terms = &self.terms;
        let period = Period::containing(terms.period, decided_on);
        let used = |index: usize| Cents::new(sums.get(index).map(Sums::used).unwrap_or(0));
        let totals = LedgerTotals {
            category_period_used: used(0),
            total_period_used: used(1),
            client_year_used: used(2),
        };
        let team_pot = self.pot.as_ref().map(|(pot, pot_period)| TeamPot {
            limit: Cents::new(pot.limit_cents),
            used: used(3),
            period: *pot_period,
        });
        let input = CheckInput {
            terms,
            category_id,
            amount,
            period,
            year: decided_on.year(),
            totals,
            team_pot,
        };
        CheckResult {
            professional_id,
            decided_on,
            mandate_version_id: self.mandate_version_id,
            team_id: self
                .pot
                .as_ref()
                .map(|(pot, _)| pot.team_id)
                .or(team_id)
                .or_else(|| teams.first().copied()),
            period,
            outcome: check(&input),
        }
    }
}
