//! The mandate check alone, without I/O: `cargo bench --bench mandate_check`.
//!
//! A bench binary rather than criterion keeps the dependency tree small; it times batches of
//! checks and reports the median and the spread, so a noisy machine shows as a wide spread.

#![allow(
    clippy::expect_used,
    reason = "a benchmark stops at once on a bad fixture"
)]

use std::{hint::black_box, time::Instant};

use chrono::NaiveDate;
use mandaat::domain::mandate::{
    CategoryRule, Cents, CheckInput, DecisionRight, LedgerTotals, MandateTerms, Period, PeriodKind,
    TeamPot, check,
};
use uuid::Uuid;

const BATCHES: usize = 30;
const PER_BATCH: usize = 100_000;

fn main() {
    let categories: Vec<Uuid> = (0..8).map(|_| Uuid::now_v7()).collect();
    let rights = [
        DecisionRight::Autonomous,
        DecisionRight::FourEyes,
        DecisionRight::Approval,
        DecisionRight::Forbidden,
    ];
    let terms = MandateTerms {
        period: PeriodKind::Quarter,
        period_limit: Some(Cents::new(400_000)),
        per_client_year_limit: Some(Cents::new(150_000)),
        rules: categories
            .iter()
            .enumerate()
            .map(|(i, id)| CategoryRule {
                category_id: *id,
                right: rights[i % rights.len()],
                autonomous_up_to: Cents::new(50_000),
                approval_up_to: Cents::new(250_000),
                period_limit: Some(Cents::new(200_000)),
            })
            .collect(),
    };
    let decided_on = NaiveDate::from_ymd_opt(2026, 8, 14).expect("a date");
    let totals = LedgerTotals {
        category_period_used: Cents::new(120_000),
        total_period_used: Cents::new(310_000),
        client_year_used: Cents::new(40_000),
    };
    let pot = TeamPot {
        limit: Cents::new(1_000_000),
        used: Cents::new(640_000),
        period: Period::containing(PeriodKind::Quarter, decided_on),
    };
    let amounts = [0, 35_000, 50_000, 50_001, 120_000, 260_000];

    let mut per_check_ns = Vec::with_capacity(BATCHES);
    for batch in 0..BATCHES + 3 {
        let started = Instant::now();
        for i in 0..PER_BATCH {
            let input = CheckInput::on_date(
                &terms,
                categories[i % categories.len()],
                Cents::new(amounts[i % amounts.len()]),
                decided_on,
                totals,
                Some(pot),
            );
            black_box(check(black_box(&input)));
        }
        // The first batches warm caches and the allocator; they are not counted.
        if batch >= 3 {
            per_check_ns.push(started.elapsed().as_nanos() as f64 / PER_BATCH as f64);
        }
    }
    per_check_ns.sort_by(f64::total_cmp);
    let median = per_check_ns[BATCHES / 2];
    let (low, high) = (per_check_ns[0], per_check_ns[BATCHES - 1]);
    println!(
        "mandate check (8 rules, all limits, team pot): median {median:.0} ns/check, min {low:.0}, max {high:.0} ({BATCHES} batches of {PER_BATCH})"
    );
}
