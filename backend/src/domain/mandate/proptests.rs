//! Property tests for the invariants of the mandate check.

use chrono::{DateTime, NaiveDate, Utc};
use proptest::prelude::*;
use uuid::Uuid;

use super::check::{
    CheckInput, CheckOutcome, CheckRule, LedgerTotals, LineOutcome, TeamPot, check,
};
use super::money::Cents;
use super::period::{Period, PeriodKind, amsterdam_date};
use super::rules::{
    CategoryRule, DecisionRight, MAX_AMOUNT, MandateTerms, Verdict, validate, verdict_for_amount,
};

const CATEGORY: Uuid = Uuid::from_u128(0xA);
const OTHER: Uuid = Uuid::from_u128(0xB);

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 5, 12).unwrap_or_default()
}

/// Mostly realistic figures around typical thresholds, with the extremes
/// mixed in so overflow paths are exercised too.
fn cents() -> impl Strategy<Value = Cents> {
    prop_oneof![
        4 => -1_000i64..400_000,
        1 => Just(0i64),
        1 => any::<i64>(),
        1 => prop_oneof![Just(i64::MIN), Just(i64::MAX), Just(i64::MAX - 1), Just(i64::MIN + 1)],
    ]
    .prop_map(Cents)
}

/// Non-negative amounts to widen a mandate by.
fn widening() -> impl Strategy<Value = Cents> {
    prop_oneof![3 => 0i64..300_000, 1 => any::<i64>().prop_map(|v| v.saturating_abs())]
        .prop_map(Cents)
}

fn right() -> impl Strategy<Value = DecisionRight> {
    prop_oneof![
        Just(DecisionRight::Autonomous),
        Just(DecisionRight::FourEyes),
        Just(DecisionRight::Approval),
        Just(DecisionRight::Forbidden),
    ]
}

fn period_kind() -> impl Strategy<Value = PeriodKind> {
    prop_oneof![
        Just(PeriodKind::Month),
        Just(PeriodKind::Quarter),
        Just(PeriodKind::Year)
    ]
}

fn rule_for(category_id: Uuid) -> impl Strategy<Value = CategoryRule> {
    (right(), cents(), cents(), proptest::option::of(cents())).prop_map(
        move |(right, autonomous_up_to, approval_up_to, period_limit)| CategoryRule {
            category_id,
            right,
            autonomous_up_to,
            approval_up_to,
            period_limit,
        },
    )
}

/// Terms where the checked category has a rule most of the time.
fn terms() -> impl Strategy<Value = MandateTerms> {
    (
        period_kind(),
        proptest::option::of(cents()),
        proptest::option::of(cents()),
        proptest::option::weighted(0.8, rule_for(CATEGORY)),
        proptest::option::of(rule_for(OTHER)),
    )
        .prop_map(
            |(period, period_limit, per_client_year_limit, mine, other)| MandateTerms {
                period,
                period_limit,
                per_client_year_limit,
                rules: other.into_iter().chain(mine).collect(),
            },
        )
}

fn totals() -> impl Strategy<Value = LedgerTotals> {
    (cents(), cents(), cents()).prop_map(|(c, t, y)| LedgerTotals {
        category_period_used: c,
        total_period_used: t,
        client_year_used: y,
    })
}

fn team_pot() -> impl Strategy<Value = Option<TeamPot>> {
    proptest::option::of((cents(), cents()).prop_map(|(limit, used)| TeamPot {
        limit,
        used,
        period: Period::containing(PeriodKind::Quarter, date()),
    }))
}

fn run(
    terms: &MandateTerms,
    amount: Cents,
    totals: LedgerTotals,
    pot: Option<TeamPot>,
) -> CheckOutcome {
    check(&CheckInput::on_date(
        terms,
        CATEGORY,
        amount,
        date(),
        totals,
        pot,
    ))
}

/// Widens a limit: a higher figure, or no limit at all (the widest).
fn widen_limit(limit: Option<Cents>, by: Cents, drop: bool) -> Option<Cents> {
    if drop {
        None
    } else {
        limit.map(|l| l.saturating_add(by))
    }
}

/// Independent oracle: would this (positive) amount take `used` over `limit`?
fn over(limit: Cents, used: Cents, amount: Cents) -> bool {
    amount.get() > 0 && i128::from(used.get()) + i128::from(amount.get()) > i128::from(limit.get())
}

/// Independent oracle for the whole check.
fn expected_verdict(
    terms: &MandateTerms,
    amount: Cents,
    totals: LedgerTotals,
    pot: Option<TeamPot>,
) -> Verdict {
    let rule = terms.rule_for(CATEGORY);
    let base = verdict_for_amount(rule, amount);
    let mut limits = Vec::new();
    if let Some(l) = rule.and_then(|r| r.period_limit) {
        limits.push((l, totals.category_period_used));
    }
    if let Some(l) = terms.period_limit {
        limits.push((l, totals.total_period_used));
    }
    if let Some(l) = terms.per_client_year_limit {
        limits.push((l, totals.client_year_used));
    }
    if let Some(p) = pot {
        limits.push((p.limit, p.used));
    }
    let any_over = limits.iter().any(|&(l, u)| over(l, u, amount));
    if any_over && base <= Verdict::NeedsFourEyes {
        Verdict::NeedsApproval
    } else {
        base
    }
}

/// Whether a decisive line can, by its rule and outcome, have produced
/// `verdict`.
fn line_explains(
    rule: CheckRule,
    outcome: LineOutcome,
    right: Option<DecisionRight>,
    verdict: Verdict,
) -> bool {
    use CheckRule as R;
    use LineOutcome as O;
    match verdict {
        Verdict::WithinMandate => {
            matches!((rule, outcome), (R::Right | R::PerDecisionLimit, O::Ok))
                && (rule != R::Right || right == Some(DecisionRight::Autonomous))
        }
        Verdict::NeedsFourEyes => {
            rule == R::Right && outcome == O::Escalates && right == Some(DecisionRight::FourEyes)
        }
        Verdict::NeedsApproval => match (rule, outcome) {
            (R::Right, O::Escalates) => right == Some(DecisionRight::Approval),
            (R::PerDecisionLimit, O::Exceeded) => true,
            (
                R::CategoryPeriodLimit | R::TotalPeriodLimit | R::ClientYearLimit | R::TeamPot,
                O::Exceeded,
            ) => true,
            _ => false,
        },
        Verdict::OutsideMandate => {
            matches!(
                (rule, outcome),
                (R::Right, O::NotAllowed) | (R::ApprovalLimit, O::Exceeded)
            )
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn check_matches_the_independent_oracle(
        terms in terms(), amount in cents(), totals in totals(), pot in team_pot()
    ) {
        let out = run(&terms, amount, totals, pot);
        prop_assert_eq!(out.verdict, expected_verdict(&terms, amount, totals, pot));
    }

    #[test]
    fn without_limits_the_check_is_the_verdict_table(rule in rule_for(CATEGORY), amount in cents()) {
        let terms = MandateTerms {
            period: PeriodKind::Quarter,
            period_limit: None,
            per_client_year_limit: None,
            rules: vec![CategoryRule { period_limit: None, ..rule }],
        };
        let out = run(&terms, amount, LedgerTotals::default(), None);
        prop_assert_eq!(out.verdict, verdict_for_amount(terms.rules.first(), amount));
    }

    #[test]
    fn raising_the_amount_never_improves_the_verdict(
        terms in terms(), a in cents(), b in cents(), totals in totals(), pot in team_pot()
    ) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let v_low = run(&terms, low, totals, pot).verdict;
        let v_high = run(&terms, high, totals, pot).verdict;
        prop_assert!(v_low <= v_high, "{:?} for {:?} but {:?} for {:?}", v_low, low, v_high, high);
    }

    #[test]
    fn a_wider_mandate_never_worsens_the_verdict(
        narrow in terms(),
        amount in cents(),
        totals in totals(),
        pot in team_pot(),
        wider_right in right(),
        add_rule in any::<bool>(),
        by in proptest::array::uniform6(widening()),
        drop in proptest::array::uniform4(any::<bool>()),
    ) {
        let mut wide = narrow.clone();
        wide.period_limit = widen_limit(narrow.period_limit, by[0], drop[0]);
        wide.per_client_year_limit = widen_limit(narrow.per_client_year_limit, by[1], drop[1]);
        match wide.rules.iter_mut().find(|r| r.category_id == CATEGORY) {
            Some(rule) => {
                if wider_right.permissiveness() >= rule.right.permissiveness() {
                    rule.right = wider_right;
                }
                rule.autonomous_up_to = rule.autonomous_up_to.saturating_add(by[2]);
                rule.approval_up_to = rule.approval_up_to.saturating_add(by[3]);
                rule.period_limit = widen_limit(rule.period_limit, by[4], drop[2]);
            }
            // No rule is as narrow as forbidden: any rule is at least as wide.
            None if add_rule => wide.rules.push(CategoryRule {
                category_id: CATEGORY,
                right: wider_right,
                autonomous_up_to: by[2],
                approval_up_to: by[3],
                period_limit: None,
            }),
            None => {}
        }
        let wide_pot = pot.and_then(|p| {
            widen_limit(Some(p.limit), by[5], drop[3]).map(|limit| TeamPot { limit, ..p })
        });

        let v_narrow = run(&narrow, amount, totals, pot).verdict;
        let v_wide = run(&wide, amount, totals, wide_pot).verdict;
        prop_assert!(v_wide <= v_narrow, "narrow {:?}, wide {:?}", v_narrow, v_wide);
    }

    #[test]
    fn the_explanation_is_complete_and_names_what_decided(
        terms in terms(), amount in cents(), totals in totals(), pot in team_pot()
    ) {
        let out = run(&terms, amount, totals, pot);
        let rule = terms.rule_for(CATEGORY);
        let right = rule.map(|r| r.right);

        prop_assert!(out.decisive_lines().count() >= 1, "no decisive line: {:?}", out);
        for line in out.decisive_lines() {
            prop_assert!(
                line_explains(line.rule, line.outcome, right, out.verdict),
                "{:?} cannot explain {:?}", line, out.verdict
            );
        }
        // Conversely, every line that could explain the verdict is marked
        // decisive (under within_mandate, limits with room are not).
        for line in out.explanation.iter().filter(|l| !l.decisive) {
            prop_assert!(
                out.verdict == Verdict::WithinMandate
                    || !line_explains(line.rule, line.outcome, right, out.verdict),
                "{:?} should be decisive for {:?}", line, out.verdict
            );
        }

        // The right is always first; every line is about this amount.
        prop_assert_eq!(out.explanation.first().map(|l| l.rule), Some(CheckRule::Right));
        prop_assert!(out.explanation.iter().all(|l| l.amount == amount && !l.text.is_empty()));

        // A line per configured limit, none for an unconfigured one, and the
        // remaining budgets mirror them.
        let has = |r: CheckRule| out.explanation.iter().filter(|l| l.rule == r).count();
        let category_limit = rule.and_then(|r| r.period_limit);
        prop_assert_eq!(has(CheckRule::CategoryPeriodLimit), usize::from(category_limit.is_some()));
        prop_assert_eq!(has(CheckRule::TotalPeriodLimit), usize::from(terms.period_limit.is_some()));
        prop_assert_eq!(has(CheckRule::ClientYearLimit), usize::from(terms.per_client_year_limit.is_some()));
        prop_assert_eq!(has(CheckRule::TeamPot), usize::from(pot.is_some()));
        prop_assert_eq!(out.remaining.category_period.is_some(), category_limit.is_some());
        prop_assert_eq!(out.remaining.total_period.is_some(), terms.period_limit.is_some());
        prop_assert_eq!(out.remaining.client_year.is_some(), terms.per_client_year_limit.is_some());
        prop_assert_eq!(out.remaining.team_pot.is_some(), pot.is_some());
        if let (Some(limit), Some(left)) = (terms.period_limit, out.remaining.total_period) {
            let exact = i128::from(limit.get()) - i128::from(totals.total_period_used.get());
            if let Ok(exact) = i64::try_from(exact) {
                prop_assert_eq!(left, Cents(exact));
            }
        }
    }

    #[test]
    fn reaching_a_limit_exactly_is_fine_one_cent_more_is_not(
        which in 0usize..4,
        limit in 0i64..=MAX_AMOUNT.get(),
        used_share in 0.0f64..1.0,
        right in prop_oneof![Just(DecisionRight::Autonomous), Just(DecisionRight::FourEyes)],
    ) {
        // Truncation is intended: any `used` in 0..limit will do.
        let used = Cents((limit as f64 * used_share) as i64);
        let left = Cents(limit - used.get());
        let limit = Cents(limit);
        let mut terms = MandateTerms {
            period: PeriodKind::Month,
            period_limit: None,
            per_client_year_limit: None,
            rules: vec![CategoryRule {
                category_id: CATEGORY,
                right,
                autonomous_up_to: MAX_AMOUNT,
                approval_up_to: MAX_AMOUNT,
                period_limit: None,
            }],
        };
        let mut totals = LedgerTotals::default();
        let mut pot = None;
        match which {
            0 => {
                terms.rules[0].period_limit = Some(limit);
                totals.category_period_used = used;
            }
            1 => {
                terms.period_limit = Some(limit);
                totals.total_period_used = used;
            }
            2 => {
                terms.per_client_year_limit = Some(limit);
                totals.client_year_used = used;
            }
            _ => {
                pot = Some(TeamPot { limit, used, period: Period::containing(PeriodKind::Year, date()) });
            }
        }
        let base = verdict_for_amount(terms.rules.first(), left);
        prop_assert_eq!(run(&terms, left, totals, pot).verdict, base);
        let out = run(&terms, left.saturating_add(Cents(1)), totals, pot);
        prop_assert_eq!(out.verdict, Verdict::NeedsApproval);
        prop_assert!(out.decisive_lines().all(|l| l.remaining == Some(Cents(-1))));
    }

    #[test]
    fn thresholds_are_inclusive(rule in rule_for(CATEGORY)) {
        let terms = MandateTerms {
            period: PeriodKind::Quarter,
            period_limit: None,
            per_client_year_limit: None,
            rules: vec![CategoryRule { period_limit: None, ..rule }],
        };
        let at = |amount: Cents| run(&terms, amount, LedgerTotals::default(), None).verdict;
        let column1 = match rule.right {
            DecisionRight::Autonomous => Verdict::WithinMandate,
            DecisionRight::FourEyes => Verdict::NeedsFourEyes,
            DecisionRight::Approval => Verdict::NeedsApproval,
            DecisionRight::Forbidden => Verdict::OutsideMandate,
        };
        prop_assert_eq!(at(rule.autonomous_up_to), column1);
        if rule.right != DecisionRight::Forbidden && rule.autonomous_up_to < rule.approval_up_to {
            prop_assert_eq!(at(rule.autonomous_up_to.saturating_add(Cents(1))), Verdict::NeedsApproval);
            prop_assert_eq!(at(rule.approval_up_to), Verdict::NeedsApproval);
        }
        if rule.approval_up_to.max(rule.autonomous_up_to) < Cents(i64::MAX) {
            let above = rule.approval_up_to.max(rule.autonomous_up_to).saturating_add(Cents(1));
            prop_assert_eq!(at(above), Verdict::OutsideMandate);
        }
    }

    #[test]
    fn zero_never_exceeds_a_limit(terms in terms(), totals in totals(), pot in team_pot()) {
        let out = run(&terms, Cents::ZERO, totals, pot);
        let budget_exceeded = out.explanation.iter().any(|l| {
            l.outcome == LineOutcome::Exceeded
                && !matches!(l.rule, CheckRule::PerDecisionLimit | CheckRule::ApprovalLimit)
        });
        prop_assert!(!budget_exceeded, "{:?}", out);
    }

    #[test]
    fn check_never_panics_for_any_i64(
        amount in any::<i64>(),
        used in proptest::array::uniform4(any::<i64>()),
        limits in proptest::array::uniform6(any::<i64>()),
        present in proptest::array::uniform5(any::<bool>()),
        right in right(),
        kind in period_kind(),
        year in any::<i32>(),
    ) {
        let pick = |on: bool, v: i64| on.then_some(Cents(v));
        let terms = MandateTerms {
            period: kind,
            period_limit: pick(present[0], limits[0]),
            per_client_year_limit: pick(present[1], limits[1]),
            rules: vec![CategoryRule {
                category_id: CATEGORY,
                right,
                autonomous_up_to: Cents(limits[2]),
                approval_up_to: Cents(limits[3]),
                period_limit: pick(present[2], limits[4]),
            }],
        };
        let input = CheckInput {
            terms: &terms,
            category_id: if present[3] { CATEGORY } else { OTHER },
            amount: Cents(amount),
            period: Period::containing(kind, date()),
            year,
            totals: LedgerTotals {
                category_period_used: Cents(used[0]),
                total_period_used: Cents(used[1]),
                client_year_used: Cents(used[2]),
            },
            team_pot: present[4].then_some(TeamPot {
                limit: Cents(limits[5]),
                used: Cents(used[3]),
                period: Period::containing(PeriodKind::Month, date()),
            }),
        };
        let out = check(&input);
        prop_assert!(out.decisive_lines().count() >= 1);
        let _ = validate(&terms);
    }

    #[test]
    fn valid_terms_are_sane(terms in terms()) {
        let problems = validate(&terms);
        let in_range = |c: Cents| (Cents::ZERO..=MAX_AMOUNT).contains(&c);
        let sane = terms.period_limit.is_none_or(in_range)
            && terms.per_client_year_limit.is_none_or(in_range)
            && terms.rules.iter().all(|r| {
                in_range(r.autonomous_up_to)
                    && in_range(r.approval_up_to)
                    && r.autonomous_up_to <= r.approval_up_to
                    && r.period_limit.is_none_or(in_range)
            })
            && terms.rules.iter().filter(|r| r.category_id == CATEGORY).count() <= 1;
        prop_assert_eq!(problems.is_empty(), sane, "{:?}", problems);
    }

    #[test]
    fn dutch_notation_round_trips(v in any::<i64>()) {
        let text = Cents(v).dutch();
        let negative = text.starts_with('-');
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let magnitude: i128 = digits.parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(if negative { -magnitude } else { magnitude }, i128::from(v));
        prop_assert_eq!(text.matches(',').count(), 1);
        prop_assert!(text.split(',').nth(1).is_some_and(|c| c.len() == 2));
    }

    #[test]
    fn an_instant_lies_in_the_period_amsterdam_puts_it_in(
        secs in -2_208_988_800i64..7_258_118_400, // 1900-01-01 .. 2200-01-01
        nanos in 0u32..1_000_000_000,
        kind in period_kind(),
    ) {
        let Some(t) = DateTime::<Utc>::from_timestamp(secs, nanos) else {
            return Err(TestCaseError::reject("not representable"));
        };
        let period = Period::containing(kind, amsterdam_date(t));
        prop_assert!(period.start_instant() <= t && t < period.end_instant(), "{} not in {:?}", t, period);
        prop_assert!(period.start < period.end);
        prop_assert_eq!(amsterdam_date(period.start_instant()), period.start);
        prop_assert_eq!(amsterdam_date(period.end_instant()), period.end);
    }
}
