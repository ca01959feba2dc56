//! The mandate check (*toets*): a proposed decision against the terms in
//! force and the ledger totals, giving a verdict, one explanation line per
//! rule or limit looked at, and the remaining budgets.
//!
//! Pure and total: every input, including any i64 amount, gives an outcome.
//! Sums and differences of amounts are computed in i128, where three i64
//! terms cannot overflow, so comparisons are exact; figures shown back are
//! clamped into i64 (only reachable with absurd inputs that [`validate`]
//! rejects).
//!
//! [`validate`]: super::rules::validate

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::money::Cents;
use super::period::Period;
use super::rules::{CategoryRule, DecisionRight, MandateTerms, Verdict};

/// Ledger sums before this decision. "Used" includes amounts reserved by
/// decisions still waiting for a co-sign or approval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LedgerTotals {
    /// This professional, this category, the mandate period of the decision.
    #[serde(rename = "categoryPeriodUsedCents")]
    pub category_period_used: Cents,
    /// This professional, all categories, the mandate period of the decision.
    #[serde(rename = "totalPeriodUsedCents")]
    pub total_period_used: Cents,
    /// This client, the calendar year of the decision.
    #[serde(rename = "clientYearUsedCents")]
    pub client_year_used: Cents,
}

/// The team's budget pot for the period of the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TeamPot {
    #[serde(rename = "limitCents")]
    pub limit: Cents,
    #[serde(rename = "usedCents")]
    pub used: Cents,
    /// The pot's own period, which need not be the mandate's.
    pub period: Period,
}

/// Everything the check needs; nothing is read from a clock or database.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckInput<'a> {
    /// The mandate version in force on the decision date.
    pub terms: &'a MandateTerms,
    pub category_id: Uuid,
    #[serde(rename = "amountCents")]
    pub amount: Cents,
    /// The mandate period (of `terms.period`) containing the decision date;
    /// the period totals must be for this period. Named in explanations.
    pub period: Period,
    /// The calendar year of the decision date, for the per-client cap.
    pub year: i32,
    pub totals: LedgerTotals,
    pub team_pot: Option<TeamPot>,
}

impl<'a> CheckInput<'a> {
    /// Builds the input for a decision on `decided_on` (an Amsterdam date,
    /// see [`super::period::amsterdam_date`]), deriving period and year.
    pub fn on_date(
        terms: &'a MandateTerms,
        category_id: Uuid,
        amount: Cents,
        decided_on: NaiveDate,
        totals: LedgerTotals,
        team_pot: Option<TeamPot>,
    ) -> Self {
        CheckInput {
            terms,
            category_id,
            amount,
            period: Period::containing(terms.period, decided_on),
            year: decided_on.year(),
            totals,
            team_pot,
        }
    }
}

/// Which rule or limit an explanation line is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckRule {
    /// The decision right for the category (or its absence).
    Right,
    /// The threshold up to which the right applies as is (`autonomousUpToCents`).
    PerDecisionLimit,
    /// The threshold up to which approval is possible (`approvalUpToCents`).
    ApprovalLimit,
    /// The category's budget per mandate period.
    CategoryPeriodLimit,
    /// The total budget per mandate period.
    TotalPeriodLimit,
    /// The cap per client per calendar year.
    ClientYearLimit,
    /// The team's pot.
    TeamPot,
}

/// What one line found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineOutcome {
    /// Nothing in the way.
    Ok,
    /// The amount goes over this threshold or limit.
    Exceeded,
    /// The right forbids the decision, or there is no rule for the category.
    NotAllowed,
    /// The right itself requires a co-signer or an approver.
    Escalates,
}

/// One rule or limit that was looked at, with its figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExplanationLine {
    pub rule: CheckRule,
    #[serde(rename = "limitCents")]
    pub limit: Option<Cents>,
    /// Used before this decision (budget limits only).
    #[serde(rename = "usedCents")]
    pub used: Option<Cents>,
    #[serde(rename = "amountCents")]
    pub amount: Cents,
    /// Left after this amount; negative when exceeded.
    #[serde(rename = "remainingCents")]
    pub remaining: Option<Cents>,
    pub outcome: LineOutcome,
    /// Whether this line produced the final verdict.
    pub decisive: bool,
    /// English, amounts in Dutch notation.
    pub text: String,
}

/// Limit minus used *before* this decision; `None` where no limit is set.
/// Negative when a budget is already overspent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemainingBudgets {
    #[serde(rename = "categoryPeriodCents")]
    pub category_period: Option<Cents>,
    #[serde(rename = "totalPeriodCents")]
    pub total_period: Option<Cents>,
    #[serde(rename = "clientYearCents")]
    pub client_year: Option<Cents>,
    #[serde(rename = "teamPotCents")]
    pub team_pot: Option<Cents>,
}

/// The result of a check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckOutcome {
    pub verdict: Verdict,
    pub explanation: Vec<ExplanationLine>,
    pub remaining: RemainingBudgets,
}

impl CheckOutcome {
    /// The lines that produced the verdict (never empty).
    pub fn decisive_lines(&self) -> impl Iterator<Item = &ExplanationLine> {
        self.explanation.iter().filter(|l| l.decisive)
    }
}

/// Runs the mandate check.
///
/// 1. The decision right and thresholds give a verdict (the table in
///    [`super::rules::verdict_for_amount`]).
/// 2. Every configured limit is looked at: category period limit, total
///    period limit, per-client-per-year cap, team pot. If `used + amount >
///    limit` for a positive amount, that limit demands approval, so
///    `within_mandate` / `needs_four_eyes` become `needs_approval`; worse
///    verdicts stay. A zero or negative amount never exceeds a limit, even
///    one already overspent: it adds nothing to it.
///
/// Each line carries the verdict it demands on its own; the final verdict is
/// the worst of them, and the lines demanding exactly that verdict are
/// decisive. For `within_mandate` only the right and threshold lines are
/// decisive (a limit with room left is no reason on its own).
pub fn check(input: &CheckInput<'_>) -> CheckOutcome {
    let rule = input.terms.rule_for(input.category_id);
    let amount = input.amount;
    let mut lines: Vec<(ExplanationLine, Verdict)> = Vec::new();

    threshold_lines(rule, amount, &mut lines);

    let period_noun = input.period.kind.as_str();
    let period_label = input.period.label();
    let mut remaining = RemainingBudgets::default();

    if let Some(limit) = rule.and_then(|r| r.period_limit) {
        let used = input.totals.category_period_used;
        remaining.category_period = Some(left_before(limit, used));
        let name = format!("{period_noun} budget for this category {period_label}");
        lines.push(limit_line(
            CheckRule::CategoryPeriodLimit,
            &name,
            limit,
            used,
            amount,
        ));
    }
    if let Some(limit) = input.terms.period_limit {
        let used = input.totals.total_period_used;
        remaining.total_period = Some(left_before(limit, used));
        let name = format!("total {period_noun} budget {period_label}");
        lines.push(limit_line(
            CheckRule::TotalPeriodLimit,
            &name,
            limit,
            used,
            amount,
        ));
    }
    if let Some(limit) = input.terms.per_client_year_limit {
        let used = input.totals.client_year_used;
        remaining.client_year = Some(left_before(limit, used));
        let name = format!("per-client cap {:04}", input.year);
        lines.push(limit_line(
            CheckRule::ClientYearLimit,
            &name,
            limit,
            used,
            amount,
        ));
    }
    if let Some(pot) = input.team_pot {
        remaining.team_pot = Some(left_before(pot.limit, pot.used));
        let name = format!("team pot {}", pot.period.label());
        lines.push(limit_line(
            CheckRule::TeamPot,
            &name,
            pot.limit,
            pot.used,
            amount,
        ));
    }

    // The right line is always there, so the maximum always exists.
    let verdict = lines
        .iter()
        .map(|(_, v)| *v)
        .max()
        .unwrap_or(Verdict::OutsideMandate);
    let explanation = lines
        .into_iter()
        .map(|(mut line, demands)| {
            line.decisive = demands == verdict
                && (verdict != Verdict::WithinMandate
                    || matches!(line.rule, CheckRule::Right | CheckRule::PerDecisionLimit));
            line
        })
        .collect();

    CheckOutcome {
        verdict,
        explanation,
        remaining,
    }
}

/// The right line, then the thresholds that were consulted, each with the
/// verdict it demands on its own. Together they reproduce
/// `verdict_for_amount` exactly.
fn threshold_lines(
    rule: Option<&CategoryRule>,
    amount: Cents,
    lines: &mut Vec<(ExplanationLine, Verdict)>,
) {
    let Some(rule) = rule else {
        let text = "no rule for this category — outside mandate".to_owned();
        lines.push((
            right_line(LineOutcome::NotAllowed, amount, text),
            Verdict::OutsideMandate,
        ));
        return;
    };

    let (outcome, demands, text) = match rule.right {
        DecisionRight::Autonomous => (
            LineOutcome::Ok,
            Verdict::WithinMandate,
            "decision right: autonomous — may decide alone",
        ),
        DecisionRight::FourEyes => (
            LineOutcome::Escalates,
            Verdict::NeedsFourEyes,
            "decision right: four eyes — a colleague co-signs",
        ),
        DecisionRight::Approval => (
            LineOutcome::Escalates,
            Verdict::NeedsApproval,
            "decision right: approval — a team lead approves",
        ),
        DecisionRight::Forbidden => (
            LineOutcome::NotAllowed,
            Verdict::OutsideMandate,
            "decision right: forbidden — outside mandate",
        ),
    };
    lines.push((right_line(outcome, amount, text.to_owned()), demands));

    let approval_limit = match rule.right {
        // Nothing more to look at.
        DecisionRight::Forbidden => return,
        // The table gives needs_approval up to either threshold, so the
        // effective ceiling is the higher one (they differ only in terms
        // that `validate` rejects).
        DecisionRight::Approval => rule.autonomous_up_to.max(rule.approval_up_to),
        DecisionRight::Autonomous | DecisionRight::FourEyes => {
            let within = amount <= rule.autonomous_up_to;
            lines.push(threshold_line(
                CheckRule::PerDecisionLimit,
                "per-decision limit",
                rule.autonomous_up_to,
                amount,
                Verdict::NeedsApproval,
            ));
            if within {
                return;
            }
            // The amount is above the autonomous threshold here, so with
            // invalid terms (approval below autonomous) it is also above the
            // approval threshold, as in the table.
            rule.approval_up_to
        }
    };
    lines.push(threshold_line(
        CheckRule::ApprovalLimit,
        "approval limit",
        approval_limit,
        amount,
        Verdict::OutsideMandate,
    ));
}

fn right_line(outcome: LineOutcome, amount: Cents, text: String) -> ExplanationLine {
    ExplanationLine {
        rule: CheckRule::Right,
        limit: None,
        used: None,
        amount,
        remaining: None,
        outcome,
        decisive: false,
        text,
    }
}

/// A per-decision threshold (inclusive); `over` is what exceeding it demands.
fn threshold_line(
    rule: CheckRule,
    name: &str,
    limit: Cents,
    amount: Cents,
    over: Verdict,
) -> (ExplanationLine, Verdict) {
    let headroom = i128::from(limit.get()) - i128::from(amount.get());
    let exceeded = headroom < 0;
    let verdict = if exceeded {
        over
    } else {
        Verdict::WithinMandate
    };
    let text = if exceeded {
        let by = Cents::saturating_from_i128(-headroom);
        format!(
            "{name} {limit}: {amount} — exceeded by {by}, {}",
            over.phrase()
        )
    } else {
        format!("{name} {limit}: {amount} — ok")
    };
    let line = ExplanationLine {
        rule,
        limit: Some(limit),
        used: None,
        amount,
        remaining: Some(Cents::saturating_from_i128(headroom)),
        outcome: if exceeded {
            LineOutcome::Exceeded
        } else {
            LineOutcome::Ok
        },
        decisive: false,
        text,
    };
    (line, verdict)
}

/// A budget limit: exceeded when a positive amount takes `used` over it.
fn limit_line(
    rule: CheckRule,
    name: &str,
    limit: Cents,
    used: Cents,
    amount: Cents,
) -> (ExplanationLine, Verdict) {
    let left_before = i128::from(limit.get()) - i128::from(used.get());
    let left_after = left_before - i128::from(amount.get());
    let exceeded = amount.is_positive() && left_after < 0;

    let state = if left_before >= 0 {
        format!("{} left", Cents::saturating_from_i128(left_before))
    } else {
        format!("already {} over", Cents::saturating_from_i128(-left_before))
    };
    let text = if exceeded {
        let by = Cents::saturating_from_i128(-left_after);
        format!(
            "{name} {limit}: {used} used, {state} — exceeded by {by}, {}",
            Verdict::NeedsApproval.phrase()
        )
    } else {
        format!("{name} {limit}: {used} used, {state} — ok")
    };

    let line = ExplanationLine {
        rule,
        limit: Some(limit),
        used: Some(used),
        amount,
        remaining: Some(Cents::saturating_from_i128(left_after)),
        outcome: if exceeded {
            LineOutcome::Exceeded
        } else {
            LineOutcome::Ok
        },
        decisive: false,
        text,
    };
    let verdict = if exceeded {
        Verdict::NeedsApproval
    } else {
        Verdict::WithinMandate
    };
    (line, verdict)
}

fn left_before(limit: Cents, used: Cents) -> Cents {
    Cents::saturating_from_i128(i128::from(limit.get()) - i128::from(used.get()))
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, TimeDelta, Utc};

    use super::super::period::{PeriodKind, amsterdam_date};
    use super::super::rules::verdict_for_amount;
    use super::*;

    const HOUSING: Uuid = Uuid::from_u128(0x1);
    const DEBTS: Uuid = Uuid::from_u128(0x2);
    const UNKNOWN: Uuid = Uuid::from_u128(0x99);

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn rule(category_id: Uuid, right: DecisionRight, auto: i64, approval: i64) -> CategoryRule {
        CategoryRule {
            category_id,
            right,
            autonomous_up_to: Cents(auto),
            approval_up_to: Cents(approval),
            period_limit: None,
        }
    }

    fn bare_terms(rules: Vec<CategoryRule>) -> MandateTerms {
        MandateTerms {
            period: PeriodKind::Quarter,
            period_limit: None,
            per_client_year_limit: None,
            rules,
        }
    }

    fn run(
        terms: &MandateTerms,
        category: Uuid,
        amount: i64,
        totals: LedgerTotals,
    ) -> CheckOutcome {
        check(&CheckInput::on_date(
            terms,
            category,
            Cents(amount),
            d(2026, 5, 12),
            totals,
            None,
        ))
    }

    fn rules_of(outcome: &CheckOutcome) -> Vec<CheckRule> {
        outcome.explanation.iter().map(|l| l.rule).collect()
    }

    fn decisive_of(outcome: &CheckOutcome) -> Vec<CheckRule> {
        outcome.decisive_lines().map(|l| l.rule).collect()
    }

    #[test]
    fn every_right_at_and_over_its_thresholds() {
        use DecisionRight::*;
        use Verdict::*;
        let cases = [
            (
                Autonomous,
                [
                    WithinMandate,
                    WithinMandate,
                    NeedsApproval,
                    NeedsApproval,
                    OutsideMandate,
                ],
            ),
            (
                FourEyes,
                [
                    NeedsFourEyes,
                    NeedsFourEyes,
                    NeedsApproval,
                    NeedsApproval,
                    OutsideMandate,
                ],
            ),
            (
                Approval,
                [
                    NeedsApproval,
                    NeedsApproval,
                    NeedsApproval,
                    NeedsApproval,
                    OutsideMandate,
                ],
            ),
            (Forbidden, [OutsideMandate; 5]),
        ];
        let amounts = [0, 50_000, 50_001, 250_000, 250_001];
        for (right, expected) in cases {
            let terms = bare_terms(vec![rule(HOUSING, right, 50_000, 250_000)]);
            for (amount, want) in amounts.into_iter().zip(expected) {
                let got = run(&terms, HOUSING, amount, LedgerTotals::default());
                assert_eq!(got.verdict, want, "{right:?} amount {amount}");
                let table = verdict_for_amount(terms.rule_for(HOUSING), Cents(amount));
                assert_eq!(got.verdict, table, "check agrees with the table");
            }
        }
    }

    #[test]
    fn within_mandate_explanation() {
        let terms = bare_terms(vec![rule(
            HOUSING,
            DecisionRight::Autonomous,
            50_000,
            250_000,
        )]);
        let out = run(&terms, HOUSING, 35_000, LedgerTotals::default());
        assert_eq!(out.verdict, Verdict::WithinMandate);
        assert_eq!(
            rules_of(&out),
            [CheckRule::Right, CheckRule::PerDecisionLimit]
        );
        assert_eq!(
            decisive_of(&out),
            [CheckRule::Right, CheckRule::PerDecisionLimit]
        );
        assert_eq!(
            out.explanation[0].text,
            "decision right: autonomous — may decide alone"
        );
        assert_eq!(
            out.explanation[1].text,
            "per-decision limit €500,00: €350,00 — ok"
        );
        assert_eq!(out.explanation[1].remaining, Some(Cents(15_000)));
        assert_eq!(out.remaining, RemainingBudgets::default());
    }

    #[test]
    fn over_the_autonomous_threshold_needs_approval() {
        let terms = bare_terms(vec![rule(
            HOUSING,
            DecisionRight::Autonomous,
            50_000,
            250_000,
        )]);
        let out = run(&terms, HOUSING, 50_001, LedgerTotals::default());
        assert_eq!(out.verdict, Verdict::NeedsApproval);
        assert_eq!(
            rules_of(&out),
            [
                CheckRule::Right,
                CheckRule::PerDecisionLimit,
                CheckRule::ApprovalLimit
            ]
        );
        assert_eq!(decisive_of(&out), [CheckRule::PerDecisionLimit]);
        assert_eq!(out.explanation[1].outcome, LineOutcome::Exceeded);
        assert_eq!(
            out.explanation[1].text,
            "per-decision limit €500,00: €500,01 — exceeded by €0,01, needs approval"
        );
        assert_eq!(
            out.explanation[2].text,
            "approval limit €2.500,00: €500,01 — ok"
        );
    }

    #[test]
    fn over_the_approval_threshold_is_outside() {
        let terms = bare_terms(vec![rule(
            HOUSING,
            DecisionRight::FourEyes,
            50_000,
            250_000,
        )]);
        let out = run(&terms, HOUSING, 300_000, LedgerTotals::default());
        assert_eq!(out.verdict, Verdict::OutsideMandate);
        assert_eq!(decisive_of(&out), [CheckRule::ApprovalLimit]);
        assert_eq!(
            out.explanation[2].text,
            "approval limit €2.500,00: €3.000,00 — exceeded by €500,00, outside mandate"
        );
        assert_eq!(out.explanation[2].remaining, Some(Cents(-50_000)));
    }

    #[test]
    fn four_eyes_and_approval_rights_are_decisive_themselves() {
        let terms = bare_terms(vec![
            rule(HOUSING, DecisionRight::FourEyes, 50_000, 250_000),
            rule(DEBTS, DecisionRight::Approval, 50_000, 250_000),
        ]);
        let out = run(&terms, HOUSING, 10_000, LedgerTotals::default());
        assert_eq!(out.verdict, Verdict::NeedsFourEyes);
        assert_eq!(decisive_of(&out), [CheckRule::Right]);
        assert_eq!(out.explanation[0].outcome, LineOutcome::Escalates);

        let out = run(&terms, DEBTS, 10_000, LedgerTotals::default());
        assert_eq!(out.verdict, Verdict::NeedsApproval);
        // An approval right does not look at the autonomous threshold.
        assert_eq!(rules_of(&out), [CheckRule::Right, CheckRule::ApprovalLimit]);
        assert_eq!(decisive_of(&out), [CheckRule::Right]);
    }

    #[test]
    fn category_without_rule_or_forbidden() {
        let mut terms = bare_terms(vec![rule(
            HOUSING,
            DecisionRight::Forbidden,
            50_000,
            250_000,
        )]);
        terms.period_limit = Some(Cents(200_000));
        let out = run(&terms, UNKNOWN, 0, LedgerTotals::default());
        assert_eq!(out.verdict, Verdict::OutsideMandate);
        assert_eq!(
            rules_of(&out),
            [CheckRule::Right, CheckRule::TotalPeriodLimit]
        );
        assert_eq!(decisive_of(&out), [CheckRule::Right]);
        assert_eq!(out.explanation[0].outcome, LineOutcome::NotAllowed);
        assert_eq!(
            out.explanation[0].text,
            "no rule for this category — outside mandate"
        );

        let out = run(&terms, HOUSING, 100, LedgerTotals::default());
        assert_eq!(out.verdict, Verdict::OutsideMandate);
        assert_eq!(decisive_of(&out), [CheckRule::Right]);
        assert_eq!(
            out.explanation[0].text,
            "decision right: forbidden — outside mandate"
        );
    }

    #[test]
    fn the_example_from_the_domain_brief() {
        let terms = MandateTerms {
            period: PeriodKind::Quarter,
            period_limit: Some(Cents(200_000)),
            per_client_year_limit: None,
            rules: vec![rule(HOUSING, DecisionRight::Autonomous, 50_000, 250_000)],
        };
        let totals = LedgerTotals {
            total_period_used: Cents(182_000),
            ..LedgerTotals::default()
        };
        let out = run(&terms, HOUSING, 35_000, totals);
        assert_eq!(out.verdict, Verdict::NeedsApproval);
        assert_eq!(decisive_of(&out), [CheckRule::TotalPeriodLimit]);
        let line = &out.explanation[2];
        assert_eq!(
            line.text,
            "total quarter budget 2026-Q2 €2.000,00: €1.820,00 used, €180,00 left — exceeded by €170,00, needs approval"
        );
        assert_eq!(
            (
                line.limit,
                line.used,
                line.amount,
                line.remaining,
                line.outcome
            ),
            (
                Some(Cents(200_000)),
                Some(Cents(182_000)),
                Cents(35_000),
                Some(Cents(-17_000)),
                LineOutcome::Exceeded
            )
        );
        assert_eq!(out.remaining.total_period, Some(Cents(18_000)));
    }

    #[test]
    fn limits_are_inclusive_and_zero_never_exceeds() {
        let mut housing = rule(HOUSING, DecisionRight::Autonomous, 50_000, 250_000);
        housing.period_limit = Some(Cents(100_000));
        let terms = MandateTerms {
            period: PeriodKind::Month,
            period_limit: Some(Cents(200_000)),
            per_client_year_limit: Some(Cents(150_000)),
            rules: vec![housing],
        };
        let totals = LedgerTotals {
            category_period_used: Cents(60_000),
            total_period_used: Cents(160_000),
            client_year_used: Cents(110_000),
        };
        // Exactly reaching every limit is fine.
        let out = run(&terms, HOUSING, 40_000, totals);
        assert_eq!(out.verdict, Verdict::WithinMandate);
        assert!(out.explanation.iter().all(|l| l.outcome == LineOutcome::Ok));
        assert_eq!(
            rules_of(&out),
            [
                CheckRule::Right,
                CheckRule::PerDecisionLimit,
                CheckRule::CategoryPeriodLimit,
                CheckRule::TotalPeriodLimit,
                CheckRule::ClientYearLimit
            ]
        );
        assert_eq!(out.explanation[2].remaining, Some(Cents(0)));
        assert_eq!(
            out.explanation[2].text,
            "month budget for this category 2026-05 €1.000,00: €600,00 used, €400,00 left — ok"
        );
        // One cent more exceeds all three.
        let out = run(&terms, HOUSING, 40_001, totals);
        assert_eq!(out.verdict, Verdict::NeedsApproval);
        assert_eq!(
            decisive_of(&out),
            [
                CheckRule::CategoryPeriodLimit,
                CheckRule::TotalPeriodLimit,
                CheckRule::ClientYearLimit
            ]
        );

        // Overspent budgets do not block a non-financial decision.
        let over = LedgerTotals {
            category_period_used: Cents(120_000),
            total_period_used: Cents(250_000),
            client_year_used: Cents(150_001),
        };
        let out = run(&terms, HOUSING, 0, over);
        assert_eq!(out.verdict, Verdict::WithinMandate);
        assert_eq!(
            out.explanation[3].text,
            "total month budget 2026-05 €2.000,00: €2.500,00 used, already €500,00 over — ok"
        );
        assert_eq!(out.remaining.total_period, Some(Cents(-50_000)));
        // ...but any amount does.
        let out = run(&terms, HOUSING, 1, over);
        assert_eq!(out.verdict, Verdict::NeedsApproval);
    }

    #[test]
    fn limits_do_not_soften_worse_verdicts() {
        let mut terms = bare_terms(vec![rule(
            HOUSING,
            DecisionRight::Autonomous,
            50_000,
            250_000,
        )]);
        terms.period_limit = Some(Cents(10_000));
        // needs_approval from the threshold, and from the limit: both decisive.
        let out = run(&terms, HOUSING, 60_000, LedgerTotals::default());
        assert_eq!(out.verdict, Verdict::NeedsApproval);
        assert_eq!(
            decisive_of(&out),
            [CheckRule::PerDecisionLimit, CheckRule::TotalPeriodLimit]
        );
        // outside stays outside; the exceeded limit is listed but not decisive.
        let out = run(&terms, HOUSING, 300_000, LedgerTotals::default());
        assert_eq!(out.verdict, Verdict::OutsideMandate);
        assert_eq!(decisive_of(&out), [CheckRule::ApprovalLimit]);
        assert_eq!(out.explanation[3].outcome, LineOutcome::Exceeded);
        assert!(!out.explanation[3].decisive);
    }

    #[test]
    fn four_eyes_over_a_limit_needs_approval() {
        let mut terms = bare_terms(vec![rule(
            HOUSING,
            DecisionRight::FourEyes,
            50_000,
            250_000,
        )]);
        terms.per_client_year_limit = Some(Cents(100_000));
        let totals = LedgerTotals {
            client_year_used: Cents(90_000),
            ..LedgerTotals::default()
        };
        let out = run(&terms, HOUSING, 10_000, totals);
        assert_eq!(out.verdict, Verdict::NeedsFourEyes);
        let out = run(&terms, HOUSING, 10_001, totals);
        assert_eq!(out.verdict, Verdict::NeedsApproval);
        assert_eq!(decisive_of(&out), [CheckRule::ClientYearLimit]);
        assert_eq!(
            out.explanation[2].text,
            "per-client cap 2026 €1.000,00: €900,00 used, €100,00 left — exceeded by €0,01, needs approval"
        );
        assert_eq!(out.remaining.client_year, Some(Cents(10_000)));
    }

    #[test]
    fn per_client_cap_counts_the_calendar_year_not_the_period() {
        let mut terms = bare_terms(vec![rule(
            HOUSING,
            DecisionRight::Autonomous,
            50_000,
            250_000,
        )]);
        terms.per_client_year_limit = Some(Cents(50_000));
        // Ledger for one client: December 2025 and January 2026 (Amsterdam).
        let ledger = [
            (utc("2025-12-31T22:59:59Z"), 40_000),
            (utc("2025-12-31T23:00:00Z"), 10_000),
        ];
        let at = utc("2026-02-01T09:00:00Z");
        let year = Period::year_of(amsterdam_date(at));
        let used: i64 = ledger
            .iter()
            .filter(|(t, _)| year.start_instant() <= *t && *t < year.end_instant())
            .map(|(_, a)| a)
            .sum();
        assert_eq!(used, 10_000, "the 2025 entry falls outside 2026");
        let totals = LedgerTotals {
            client_year_used: Cents(used),
            ..LedgerTotals::default()
        };
        let input = CheckInput::on_date(
            &terms,
            HOUSING,
            Cents(40_000),
            amsterdam_date(at),
            totals,
            None,
        );
        assert_eq!(input.year, 2026);
        assert_eq!(check(&input).verdict, Verdict::WithinMandate);
        let input = CheckInput {
            amount: Cents(40_001),
            ..input
        };
        assert_eq!(check(&input).verdict, Verdict::NeedsApproval);
    }

    #[test]
    fn team_pot() {
        let terms = bare_terms(vec![rule(
            HOUSING,
            DecisionRight::Autonomous,
            50_000,
            250_000,
        )]);
        let pot_period = Period::containing(PeriodKind::Year, d(2026, 5, 12));
        let pot = TeamPot {
            limit: Cents(1_000_000),
            used: Cents(990_000),
            period: pot_period,
        };
        let input = CheckInput::on_date(
            &terms,
            HOUSING,
            Cents(10_000),
            d(2026, 5, 12),
            LedgerTotals::default(),
            Some(pot),
        );
        let out = check(&input);
        assert_eq!(out.verdict, Verdict::WithinMandate);
        assert_eq!(out.remaining.team_pot, Some(Cents(10_000)));
        assert_eq!(out.explanation[2].rule, CheckRule::TeamPot);
        assert_eq!(
            out.explanation[2].text,
            "team pot 2026 €10.000,00: €9.900,00 used, €100,00 left — ok"
        );

        let out = check(&CheckInput {
            amount: Cents(10_001),
            ..input
        });
        assert_eq!(out.verdict, Verdict::NeedsApproval);
        assert_eq!(decisive_of(&out), [CheckRule::TeamPot]);
        assert_eq!(out.explanation[2].remaining, Some(Cents(-1)));
    }

    /// A tiny in-memory ledger: sums entries in `[start_instant, end_instant)`
    /// of the Amsterdam period containing `at`, as the storage layer will.
    fn period_totals(
        entries: &[(DateTime<Utc>, i64)],
        kind: PeriodKind,
        at: DateTime<Utc>,
    ) -> (Period, LedgerTotals) {
        let period = Period::containing(kind, amsterdam_date(at));
        let used: i64 = entries
            .iter()
            .filter(|(t, _)| period.start_instant() <= *t && *t < period.end_instant())
            .map(|(_, a)| a)
            .sum();
        let totals = LedgerTotals {
            category_period_used: Cents(used),
            total_period_used: Cents(used),
            client_year_used: Cents::ZERO,
        };
        (period, totals)
    }

    /// A budget of €1.000 per `kind`, €900 spent at `spent_at`: deciding
    /// €200 at `at` needs approval iff both instants are in one period.
    fn verdict_with_spent(kind: PeriodKind, spent_at: &str, at: &str) -> (String, Verdict) {
        let mut housing = rule(HOUSING, DecisionRight::Autonomous, 50_000, 250_000);
        housing.period_limit = Some(Cents(100_000));
        let terms = MandateTerms {
            period: kind,
            period_limit: Some(Cents(100_000)),
            per_client_year_limit: None,
            rules: vec![housing],
        };
        let at = utc(at);
        let (period, totals) = period_totals(&[(utc(spent_at), 90_000)], kind, at);
        let input = CheckInput::on_date(
            &terms,
            HOUSING,
            Cents(20_000),
            amsterdam_date(at),
            totals,
            None,
        );
        assert_eq!(input.period, period);
        (period.label(), check(&input).verdict)
    }

    #[test]
    fn month_boundaries_in_amsterdam() {
        use Verdict::*;
        // First instant of March 2026 (CET) and last instant of March (CEST).
        let first = "2026-02-28T23:00:00Z";
        let last = "2026-03-31T21:59:59.999999999Z";
        assert_eq!(
            verdict_with_spent(PeriodKind::Month, first, last),
            ("2026-03".into(), NeedsApproval)
        );
        assert_eq!(
            verdict_with_spent(PeriodKind::Month, last, first),
            ("2026-03".into(), NeedsApproval)
        );
        // One nanosecond outside on either side is another month.
        assert_eq!(
            verdict_with_spent(PeriodKind::Month, "2026-02-28T22:59:59.999999999Z", last),
            ("2026-03".into(), WithinMandate)
        );
        assert_eq!(
            verdict_with_spent(PeriodKind::Month, first, "2026-03-31T22:00:00Z"),
            ("2026-04".into(), WithinMandate)
        );
    }

    #[test]
    fn quarter_boundaries_in_amsterdam() {
        use Verdict::*;
        // Q2 2026 runs 2026-03-31T22:00Z .. 2026-06-30T22:00Z (CEST throughout).
        let first = "2026-03-31T22:00:00Z";
        let last = "2026-06-30T21:59:59Z";
        assert_eq!(
            verdict_with_spent(PeriodKind::Quarter, first, last),
            ("2026-Q2".into(), NeedsApproval)
        );
        assert_eq!(
            verdict_with_spent(PeriodKind::Quarter, "2026-03-31T21:59:59Z", last),
            ("2026-Q2".into(), WithinMandate)
        );
        assert_eq!(
            verdict_with_spent(PeriodKind::Quarter, first, "2026-06-30T22:00:00Z"),
            ("2026-Q3".into(), WithinMandate)
        );
        // 22:30Z on March 31st is already April 1st, Q2, in Amsterdam.
        assert_eq!(
            verdict_with_spent(PeriodKind::Quarter, first, "2026-03-31T22:30:00Z"),
            ("2026-Q2".into(), NeedsApproval)
        );
    }

    #[test]
    fn year_boundaries_in_amsterdam() {
        use Verdict::*;
        let first = "2025-12-31T23:00:00Z";
        let last = "2026-12-31T22:59:59Z";
        assert_eq!(
            verdict_with_spent(PeriodKind::Year, first, last),
            ("2026".into(), NeedsApproval)
        );
        assert_eq!(
            verdict_with_spent(PeriodKind::Year, last, first),
            ("2026".into(), NeedsApproval)
        );
        assert_eq!(
            verdict_with_spent(PeriodKind::Year, "2025-12-31T22:59:59Z", last),
            ("2026".into(), WithinMandate)
        );
        assert_eq!(
            verdict_with_spent(PeriodKind::Year, first, "2026-12-31T23:00:00Z"),
            ("2027".into(), WithinMandate)
        );
    }

    #[test]
    fn dst_switch_days_2026() {
        use Verdict::*;
        // 29 March: 02:00 CET -> 03:00 CEST at 01:00Z. Spending just before
        // the switch and deciding just after stay in one month.
        assert_eq!(
            verdict_with_spent(
                PeriodKind::Month,
                "2026-03-29T00:59:59Z",
                "2026-03-29T01:00:00Z"
            ),
            ("2026-03".into(), NeedsApproval)
        );
        // 25 October: 03:00 CEST -> 02:00 CET at 01:00Z; 00:00-01:00Z is
        // 02:xx CEST and 01:00-02:00Z is 02:xx CET, both October 25th.
        assert_eq!(
            verdict_with_spent(
                PeriodKind::Month,
                "2026-10-25T00:30:00Z",
                "2026-10-25T01:30:00Z"
            ),
            ("2026-10".into(), NeedsApproval)
        );
        // The end of October is measured in CET after the switch: the last
        // instant of October is 22:59:59Z, not 21:59:59Z.
        assert_eq!(
            verdict_with_spent(
                PeriodKind::Month,
                "2026-10-25T01:30:00Z",
                "2026-10-31T22:59:59Z"
            ),
            ("2026-10".into(), NeedsApproval)
        );
        assert_eq!(
            verdict_with_spent(
                PeriodKind::Month,
                "2026-10-25T01:30:00Z",
                "2026-10-31T23:00:00Z"
            ),
            ("2026-11".into(), WithinMandate)
        );
        assert_eq!(
            amsterdam_date(utc("2026-10-25T01:30:00Z") + TimeDelta::hours(21)),
            d(2026, 10, 25)
        );
    }

    #[test]
    fn extreme_inputs_do_not_panic() {
        let mut housing = rule(HOUSING, DecisionRight::Autonomous, i64::MAX, i64::MIN);
        housing.period_limit = Some(Cents(i64::MIN));
        let terms = MandateTerms {
            period: PeriodKind::Year,
            period_limit: Some(Cents(i64::MAX)),
            per_client_year_limit: Some(Cents(i64::MIN)),
            rules: vec![housing],
        };
        let totals = LedgerTotals {
            category_period_used: Cents(i64::MAX),
            total_period_used: Cents(i64::MIN),
            client_year_used: Cents(i64::MAX),
        };
        for amount in [i64::MIN, -1, 0, 1, i64::MAX] {
            let out = run(&terms, HOUSING, amount, totals);
            assert!(out.decisive_lines().count() >= 1);
        }
        let out = run(&terms, HOUSING, i64::MAX, totals);
        assert_eq!(out.remaining.category_period, Some(Cents(i64::MIN)));
        assert_eq!(out.explanation[2].remaining, Some(Cents(i64::MIN)));
    }

    #[test]
    fn serialises_with_api_field_names() {
        let mut terms = bare_terms(vec![rule(
            HOUSING,
            DecisionRight::Autonomous,
            50_000,
            250_000,
        )]);
        terms.period_limit = Some(Cents(200_000));
        let totals = LedgerTotals {
            total_period_used: Cents(182_000),
            ..LedgerTotals::default()
        };
        let input =
            CheckInput::on_date(&terms, HOUSING, Cents(35_000), d(2026, 5, 12), totals, None);
        let out = check(&input);
        let json = serde_json::to_value(&out).unwrap();
        assert_eq!(json["verdict"], "needs_approval");
        assert_eq!(json["remaining"]["totalPeriodCents"], 18_000);
        assert_eq!(json["remaining"]["teamPotCents"], serde_json::Value::Null);
        let line = &json["explanation"][2];
        assert_eq!(line["rule"], "total_period_limit");
        assert_eq!(line["outcome"], "exceeded");
        assert_eq!(line["limitCents"], 200_000);
        assert_eq!(line["usedCents"], 182_000);
        assert_eq!(line["amountCents"], 35_000);
        assert_eq!(line["remainingCents"], -17_000);
        assert_eq!(line["decisive"], true);
        let back: CheckOutcome = serde_json::from_value(json).unwrap();
        assert_eq!(back, out);

        let json = serde_json::to_value(input).unwrap();
        assert_eq!(json["amountCents"], 35_000);
        assert_eq!(json["totals"]["totalPeriodUsedCents"], 182_000);
        assert_eq!(json["period"]["kind"], "quarter");
        assert_eq!(json["year"], 2026);
    }
}
