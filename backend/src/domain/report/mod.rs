//! The reports' arithmetic over monthly totals: pure, so each figure is tested against a
//! hand-computed set without a database.

mod months;
mod steps;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

pub use self::{
    months::{Months, months_between},
    steps::{Step, Steps},
};
use super::decision::{EventKind, Status};

/// One row of monthly decision totals, as the store keeps them.
#[derive(Clone, Debug)]
pub struct DecisionTotal {
    pub month: NaiveDate,
    pub team_id: Option<Uuid>,
    pub professional_id: Uuid,
    pub verdict: String,
    pub status: String,
    pub decisions: i64,
    pub amount_cents: i64,
}

/// One row of monthly step totals: `steps` steps taken `hours` whole hours after logging.
#[derive(Clone, Debug)]
pub struct StepTotal {
    pub month: NaiveDate,
    pub step: String,
    pub outcome: String,
    pub hours: i64,
    pub steps: i64,
}

/// The verdict-mix bucket: decisions carried out as urgent (waiting for or past their review)
/// count as `urgent`, all others by their verdict.
pub fn mix_bucket(total: &DecisionTotal) -> &str {
    match Status::parse(&total.status) {
        Some(Status::RecordedUrgent | Status::Reviewed) => "urgent",
        _ => &total.verdict,
    }
}

pub const MIX_BUCKETS: [&str; 5] = [
    "within_mandate",
    "needs_four_eyes",
    "needs_approval",
    "outside_mandate",
    "urgent",
];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Count {
    pub decisions: i64,
    pub amount_cents: i64,
}

impl Count {
    fn add(&mut self, total: &DecisionTotal) {
        self.decisions += total.decisions;
        self.amount_cents += total.amount_cents;
    }
}

/// Decisions and amounts per month and bucket; every bucket of every month is present.
pub fn verdict_mix(
    totals: &[DecisionTotal],
    months: &[NaiveDate],
) -> BTreeMap<(NaiveDate, &'static str), Count> {
    let mut mix: BTreeMap<(NaiveDate, &'static str), Count> = months
        .iter()
        .flat_map(|m| {
            MIX_BUCKETS
                .iter()
                .map(move |b| ((*m, *b), Count::default()))
        })
        .collect();
    for total in totals {
        let bucket = MIX_BUCKETS
            .iter()
            .find(|b| **b == mix_bucket(total))
            .copied();
        if let Some(bucket) = bucket
            && let Some(count) = mix.get_mut(&(total.month, bucket))
        {
            count.add(total);
        }
    }
    mix
}

/// What a month's decisions hold of the budget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BudgetUse {
    /// Spent: final decisions.
    pub committed_cents: i64,
    /// Held for decisions still waiting for a co-sign or approval.
    pub reserved_cents: i64,
    /// Decisions that hold budget (rejected and withdrawn ones do not).
    pub decisions: i64,
}

pub fn budget_use(
    totals: &[DecisionTotal],
    months: &[NaiveDate],
) -> BTreeMap<NaiveDate, BudgetUse> {
    let mut by_month: BTreeMap<NaiveDate, BudgetUse> =
        months.iter().map(|m| (*m, BudgetUse::default())).collect();
    for total in totals {
        let Some(month) = by_month.get_mut(&total.month) else {
            continue;
        };
        match Status::parse(&total.status) {
            Some(Status::Rejected | Status::Withdrawn) | None => continue,
            Some(Status::AwaitingCosign | Status::AwaitingApproval) => {
                month.reserved_cents += total.amount_cents;
            }
            Some(_) => month.committed_cents += total.amount_cents,
        }
        month.decisions += total.decisions;
    }
    by_month
}

/// How one professional used their room.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProfessionalUse {
    pub decisions: i64,
    pub within_mandate: i64,
    pub needs_four_eyes: i64,
    pub needs_approval: i64,
    pub outside_mandate: i64,
    pub urgent: i64,
    /// Committed and reserved, as in [`budget_use`].
    pub used_cents: i64,
}

impl ProfessionalUse {
    /// The share of the decisions within the mandate, in whole percent (rounded down).
    pub fn within_percent(&self) -> i64 {
        if self.decisions > 0 {
            self.within_mandate * 100 / self.decisions
        } else {
            0
        }
    }
}

pub fn professional_use(totals: &[DecisionTotal]) -> BTreeMap<Uuid, ProfessionalUse> {
    let mut by_professional: BTreeMap<Uuid, ProfessionalUse> = BTreeMap::new();
    for total in totals {
        let use_ = by_professional.entry(total.professional_id).or_default();
        use_.decisions += total.decisions;
        match mix_bucket(total) {
            "within_mandate" => use_.within_mandate += total.decisions,
            "needs_four_eyes" => use_.needs_four_eyes += total.decisions,
            "needs_approval" => use_.needs_approval += total.decisions,
            "outside_mandate" => use_.outside_mandate += total.decisions,
            _ => use_.urgent += total.decisions,
        }
        if !matches!(
            Status::parse(&total.status),
            Some(Status::Rejected | Status::Withdrawn) | None
        ) {
            use_.used_cents += total.amount_cents;
        }
    }
    by_professional
}

/// One professional's use of their room, with their name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedUse {
    pub professional_id: Uuid,
    pub name: String,
    pub use_: ProfessionalUse,
}

/// The uses sorted by name, as a conversation starter rather than a ranking; a professional
/// whose name is not found gets an empty one.
pub fn by_name(
    uses: BTreeMap<Uuid, ProfessionalUse>,
    names: &BTreeMap<Uuid, String>,
) -> Vec<NamedUse> {
    let mut named: Vec<NamedUse> = uses
        .into_iter()
        .map(|(professional_id, use_)| NamedUse {
            professional_id,
            name: names.get(&professional_id).cloned().unwrap_or_default(),
            use_,
        })
        .collect();
    named.sort_by(|a, b| a.name.cmp(&b.name));
    named
}

/// Median and 90th percentile of the hours a kind of step took.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Turnaround {
    pub steps: i64,
    /// Whole hours (nearest rank): half the steps took at most this long plus part of an hour.
    pub median_hours: Option<i64>,
    pub p90_hours: Option<i64>,
}

/// The steps whose speed the turnaround report shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimedStep {
    Cosign,
    /// The lead's answer, either way.
    Approval,
    /// Of an urgent decision, afterwards.
    Review,
}

impl TimedStep {
    pub const ALL: [TimedStep; 3] = [TimedStep::Cosign, TimedStep::Approval, TimedStep::Review];

    /// The wire name.
    pub const fn as_str(self) -> &'static str {
        match self {
            TimedStep::Cosign => "cosign",
            TimedStep::Approval => "approval",
            TimedStep::Review => "review",
        }
    }

    /// The events that end this step.
    pub const fn kinds(self) -> &'static [EventKind] {
        match self {
            TimedStep::Cosign => &[EventKind::Cosigned],
            TimedStep::Approval => &[EventKind::Approved, EventKind::Rejected],
            TimedStep::Review => &[EventKind::Reviewed],
        }
    }
}

/// The turnaround of each timed step, in the order of [`TimedStep::ALL`].
pub fn turnarounds(steps: &[StepTotal]) -> Vec<(TimedStep, Turnaround)> {
    TimedStep::ALL
        .into_iter()
        .map(|step| (step, turnaround(steps, step.kinds())))
        .collect()
}

/// The turnaround of the steps ended by these kinds of event.
pub fn turnaround(steps: &[StepTotal], kinds: &[EventKind]) -> Turnaround {
    let mut histogram: BTreeMap<i64, i64> = BTreeMap::new();
    for step in steps
        .iter()
        .filter(|s| kinds.iter().any(|kind| kind.as_str() == s.step))
    {
        *histogram.entry(step.hours).or_default() += step.steps;
    }
    let count: i64 = histogram.values().sum();
    Turnaround {
        steps: count,
        median_hours: percentile(&histogram, count, 50),
        p90_hours: percentile(&histogram, count, 90),
    }
}

/// Whole hours (rounded down) that something logged at `since` has waited by `now`.
pub fn hours_waiting(since: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    (now - since).num_hours()
}

/// Nearest-rank percentile over a histogram of whole hours.
fn percentile(histogram: &BTreeMap<i64, i64>, count: i64, percent: i64) -> Option<i64> {
    if count == 0 {
        return None;
    }
    // The smallest value with at least `percent`% of the steps at or below it.
    let rank = (count * percent + 99) / 100;
    let mut seen = 0;
    for (hours, steps) in histogram {
        seen += steps;
        if seen >= rank.max(1) {
            return Some(*hours);
        }
    }
    histogram.keys().next_back().copied()
}

/// How urgent decisions fared in a month.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrgentReviews {
    /// Urgent decisions decided this month (by their Amsterdam date).
    pub urgent_decisions: i64,
    /// Of those, still waiting for a review.
    pub awaiting_review: i64,
    /// Reviews given this month.
    pub backed: i64,
    pub not_backed: i64,
}

pub fn urgent_reviews(
    totals: &[DecisionTotal],
    steps: &[StepTotal],
    months: &[NaiveDate],
) -> BTreeMap<NaiveDate, UrgentReviews> {
    let mut by_month: BTreeMap<NaiveDate, UrgentReviews> = months
        .iter()
        .map(|m| (*m, UrgentReviews::default()))
        .collect();
    for total in totals.iter().filter(|t| mix_bucket(t) == "urgent") {
        if let Some(month) = by_month.get_mut(&total.month) {
            month.urgent_decisions += total.decisions;
            if total.status == Status::RecordedUrgent.as_str() {
                month.awaiting_review += total.decisions;
            }
        }
    }
    for step in steps.iter().filter(|s| s.step == "reviewed") {
        if let Some(month) = by_month.get_mut(&step.month) {
            match step.outcome.as_str() {
                "backed" => month.backed += step.steps,
                "not_backed" => month.not_backed += step.steps,
                _ => {}
            }
        }
    }
    by_month
}

/// What professionals said afterwards about how their decisions worked out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reflections {
    pub reflections: i64,
    pub worked: i64,
    pub did_not_work: i64,
    /// Reflections that did not say either way.
    pub unsaid: i64,
}

pub fn reflections(steps: &[StepTotal]) -> Reflections {
    let mut result = Reflections::default();
    for step in steps.iter().filter(|s| s.step == "reflected") {
        result.reflections += step.steps;
        match step.outcome.as_str() {
            "worked" => result.worked += step.steps,
            "did_not_work" => result.did_not_work += step.steps,
            _ => result.unsaid += step.steps,
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, 1).unwrap()
    }

    fn total(m: u32, verdict: &str, status: &str, decisions: i64, amount: i64) -> DecisionTotal {
        DecisionTotal {
            month: month(m),
            team_id: None,
            professional_id: Uuid::nil(),
            verdict: verdict.into(),
            status: status.into(),
            decisions,
            amount_cents: amount,
        }
    }

    fn step(step: &str, outcome: &str, hours: i64, steps: i64) -> StepTotal {
        StepTotal {
            month: month(3),
            step: step.into(),
            outcome: outcome.into(),
            hours,
            steps,
        }
    }

    #[test]
    fn urgent_decisions_are_their_own_bucket_whatever_the_verdict() {
        let totals = [
            total(3, "within_mandate", "recorded", 4, 400),
            total(3, "outside_mandate", "recorded_urgent", 1, 900),
            total(3, "needs_approval", "reviewed", 2, 500),
            total(3, "needs_approval", "approved", 3, 300),
        ];
        let mix = verdict_mix(&totals, &[month(3)]);
        assert_eq!(mix[&(month(3), "within_mandate")].decisions, 4);
        assert_eq!(
            mix[&(month(3), "urgent")],
            Count {
                decisions: 3,
                amount_cents: 1400
            }
        );
        assert_eq!(mix[&(month(3), "needs_approval")].decisions, 3);
        assert_eq!(mix[&(month(3), "outside_mandate")].decisions, 0);
        assert_eq!(mix.len(), 5);
    }

    #[test]
    fn budget_use_holds_waiting_decisions_as_reserved_and_ignores_released_ones() {
        let totals = [
            total(1, "within_mandate", "recorded", 2, 1000),
            total(1, "needs_approval", "awaiting_approval", 1, 700),
            total(1, "needs_approval", "rejected", 1, 5000),
            total(2, "needs_four_eyes", "withdrawn", 1, 300),
        ];
        let use_ = budget_use(&totals, &[month(1), month(2)]);
        assert_eq!(
            use_[&month(1)],
            BudgetUse {
                committed_cents: 1000,
                reserved_cents: 700,
                decisions: 3
            }
        );
        assert_eq!(use_[&month(2)], BudgetUse::default());
    }

    #[test]
    fn percentiles_use_the_nearest_rank() {
        // Ten approvals: 1,1,2,2,2,3,5,8,30,70 hours.
        let steps = [
            step("approved", "", 1, 2),
            step("approved", "", 2, 3),
            step("rejected", "", 3, 1),
            step("approved", "", 5, 1),
            step("approved", "", 8, 1),
            step("approved", "", 30, 1),
            step("rejected", "", 70, 1),
            step("cosigned", "", 200, 4),
            // Reflections are not a step anyone waits for.
            step("reflected", "worked", 900, 5),
        ];
        let approvals = turnaround(&steps, TimedStep::Approval.kinds());
        assert_eq!(approvals.steps, 10);
        assert_eq!(approvals.median_hours, Some(2));
        assert_eq!(approvals.p90_hours, Some(30));
        let cosigns = turnaround(&steps, TimedStep::Cosign.kinds());
        assert_eq!(
            (cosigns.median_hours, cosigns.p90_hours),
            (Some(200), Some(200))
        );
        assert_eq!(
            turnaround(&steps, TimedStep::Review.kinds()),
            Turnaround::default()
        );
        // Each timed step by the events that end it, in the report's order.
        let by_step: Vec<(&str, i64, Option<i64>)> = turnarounds(&steps)
            .into_iter()
            .map(|(step, t)| (step.as_str(), t.steps, t.p90_hours))
            .collect();
        assert_eq!(
            by_step,
            [
                ("cosign", 4, Some(200)),
                ("approval", 10, Some(30)),
                ("review", 0, None)
            ]
        );
    }

    #[test]
    fn reviews_and_reflections_are_counted_by_outcome() {
        let totals = [
            total(3, "outside_mandate", "recorded_urgent", 2, 0),
            total(3, "outside_mandate", "reviewed", 3, 0),
        ];
        let steps = [
            step("reviewed", "backed", 20, 2),
            step("reviewed", "not_backed", 40, 1),
            step("reflected", "worked", 700, 3),
            step("reflected", "did_not_work", 700, 1),
            step("reflected", "", 700, 1),
        ];
        let urgent = urgent_reviews(&totals, &steps, &[month(3)]);
        assert_eq!(
            urgent[&month(3)],
            UrgentReviews {
                urgent_decisions: 5,
                awaiting_review: 2,
                backed: 2,
                not_backed: 1
            }
        );
        assert_eq!(
            reflections(&steps),
            Reflections {
                reflections: 5,
                worked: 3,
                did_not_work: 1,
                unsaid: 1
            }
        );
    }

    #[test]
    fn waiting_is_counted_in_whole_hours_rounded_down() {
        let logged = "2026-03-01T09:15:00Z".parse::<DateTime<Utc>>().unwrap();
        let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
        assert_eq!(hours_waiting(logged, at("2026-03-01T09:59:59Z")), 0);
        assert_eq!(hours_waiting(logged, at("2026-03-01T10:44:00Z")), 1);
        assert_eq!(hours_waiting(logged, at("2026-03-04T09:15:00Z")), 72);
    }

    #[test]
    fn professionals_are_listed_by_name_whatever_their_ids() {
        let (a, b, c) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
        let uses: BTreeMap<Uuid, ProfessionalUse> = [a, b, c]
            .into_iter()
            .map(|id| {
                let use_ = ProfessionalUse {
                    decisions: id.as_u128() as i64,
                    ..Default::default()
                };
                (id, use_)
            })
            .collect();
        let names = BTreeMap::from([(a, "Sanne".to_owned()), (b, "Fatima".to_owned())]);
        let named = by_name(uses, &names);
        let order: Vec<(&str, i64)> = named
            .iter()
            .map(|n| (n.name.as_str(), n.use_.decisions))
            .collect();
        // Someone who left (no name found) still counts, listed first.
        assert_eq!(order, [("", 3), ("Fatima", 2), ("Sanne", 1)]);
    }
}
