//! The terms of one mandate version: decision rights, thresholds, limits;
//! their validation, and the per-amount verdict table of API.md.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::money::Cents;
use super::period::PeriodKind;

/// The highest amount or limit a mandate may name: €100,000,000.00. Far above
/// any social-domain budget, so a larger figure is a typing error; it also
/// keeps all ledger arithmetic far from i64 overflow.
pub const MAX_AMOUNT: Cents = Cents(10_000_000_000);

/// What a professional may do in a category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionRight {
    /// Decide alone (up to the autonomous threshold).
    Autonomous,
    /// A colleague co-signs.
    FourEyes,
    /// A team lead approves.
    Approval,
    /// Not within this mandate at all.
    Forbidden,
}

impl DecisionRight {
    /// The API value.
    pub const fn as_str(self) -> &'static str {
        match self {
            DecisionRight::Autonomous => "autonomous",
            DecisionRight::FourEyes => "four_eyes",
            DecisionRight::Approval => "approval",
            DecisionRight::Forbidden => "forbidden",
        }
    }

    /// How much freedom the right gives: forbidden (0) < approval (1) <
    /// four_eyes (2) < autonomous (3). Deliberately not `Ord`, because
    /// "greater" is ambiguous for a right; a wider mandate has a higher rank.
    pub const fn permissiveness(self) -> u8 {
        match self {
            DecisionRight::Forbidden => 0,
            DecisionRight::Approval => 1,
            DecisionRight::FourEyes => 2,
            DecisionRight::Autonomous => 3,
        }
    }
}

/// The outcome of a mandate check. Ordered best to worst, so `max` of two
/// verdicts is the worse one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    WithinMandate,
    NeedsFourEyes,
    NeedsApproval,
    OutsideMandate,
}

impl Verdict {
    /// The API value.
    pub const fn as_str(self) -> &'static str {
        match self {
            Verdict::WithinMandate => "within_mandate",
            Verdict::NeedsFourEyes => "needs_four_eyes",
            Verdict::NeedsApproval => "needs_approval",
            Verdict::OutsideMandate => "outside_mandate",
        }
    }

    /// The verdict with this API value.
    pub fn parse(value: &str) -> Option<Verdict> {
        [
            Verdict::WithinMandate,
            Verdict::NeedsFourEyes,
            Verdict::NeedsApproval,
            Verdict::OutsideMandate,
        ]
        .into_iter()
        .find(|v| v.as_str() == value)
    }

    /// English phrase for explanation text.
    pub const fn phrase(self) -> &'static str {
        match self {
            Verdict::WithinMandate => "within mandate",
            Verdict::NeedsFourEyes => "needs four eyes",
            Verdict::NeedsApproval => "needs approval",
            Verdict::OutsideMandate => "outside mandate",
        }
    }
}

/// The rule for one category of decisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CategoryRule {
    pub category_id: Uuid,
    pub right: DecisionRight,
    /// Up to and including this amount the right applies as is.
    #[serde(rename = "autonomousUpToCents")]
    pub autonomous_up_to: Cents,
    /// Up to and including this amount a team lead can approve; above it the
    /// decision is outside the mandate.
    #[serde(rename = "approvalUpToCents")]
    pub approval_up_to: Cents,
    /// Budget for this category per mandate period, if any.
    #[serde(rename = "periodLimitCents")]
    pub period_limit: Option<Cents>,
}

/// The terms of one mandate version (the part the check needs; validity
/// start, author and reason belong to the stored version).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MandateTerms {
    /// The calendar period the period limits run over.
    pub period: PeriodKind,
    /// Total budget over all categories per period, if any.
    #[serde(rename = "periodLimitCents")]
    pub period_limit: Option<Cents>,
    /// Cap per client per calendar year over all categories, if any.
    #[serde(rename = "perClientYearLimitCents")]
    pub per_client_year_limit: Option<Cents>,
    pub rules: Vec<CategoryRule>,
}

impl MandateTerms {
    /// The rule for a category. With duplicates (which [`validate`] rejects)
    /// the first one counts, so the result is still deterministic.
    pub fn rule_for(&self, category_id: Uuid) -> Option<&CategoryRule> {
        self.rules.iter().find(|r| r.category_id == category_id)
    }
}

/// One problem in a set of terms, in the API's `{field, message}` shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TermsViolation {
    /// JSON path in the mandate version body, e.g. `rules[2].approvalUpToCents`.
    pub field: String,
    /// English explanation.
    pub message: String,
}

impl TermsViolation {
    fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        TermsViolation {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Checks terms and returns *all* problems at once (empty when valid), in
/// the order of the fields in the request body.
pub fn validate(terms: &MandateTerms) -> Vec<TermsViolation> {
    let mut out = Vec::new();
    check_amount(&mut out, "periodLimitCents".to_owned(), terms.period_limit);
    check_amount(
        &mut out,
        "perClientYearLimitCents".to_owned(),
        terms.per_client_year_limit,
    );

    for (i, rule) in terms.rules.iter().enumerate() {
        let path = |field: &str| format!("rules[{i}].{field}");

        if let Some(first) = terms.rules[..i]
            .iter()
            .position(|r| r.category_id == rule.category_id)
        {
            out.push(TermsViolation::new(
                path("categoryId"),
                format!(
                    "category {} already has a rule at rules[{first}]; one rule per category",
                    rule.category_id
                ),
            ));
        }

        let auto_ok = check_amount(
            &mut out,
            path("autonomousUpToCents"),
            Some(rule.autonomous_up_to),
        );
        let approval_ok = check_amount(
            &mut out,
            path("approvalUpToCents"),
            Some(rule.approval_up_to),
        );
        // Only compare two amounts that are each valid, so one typo is not
        // reported twice.
        if auto_ok && approval_ok && rule.approval_up_to < rule.autonomous_up_to {
            out.push(TermsViolation::new(
                path("approvalUpToCents"),
                format!(
                    "must not be below autonomousUpToCents ({} cents, {})",
                    rule.autonomous_up_to.get(),
                    rule.autonomous_up_to
                ),
            ));
        }
        check_amount(&mut out, path("periodLimitCents"), rule.period_limit);
    }
    out
}

/// Pushes a violation for a negative or too large amount; `true` if fine.
fn check_amount(out: &mut Vec<TermsViolation>, field: String, amount: Option<Cents>) -> bool {
    match amount {
        Some(a) if a.is_negative() => {
            out.push(TermsViolation::new(field, "must not be negative"));
            false
        }
        Some(a) if a > MAX_AMOUNT => {
            out.push(TermsViolation::new(
                field,
                format!(
                    "must be at most {} cents ({})",
                    MAX_AMOUNT.get(),
                    MAX_AMOUNT
                ),
            ));
            false
        }
        _ => true,
    }
}

/// The verdict table of API.md for one amount, before any budget limit.
///
/// | right | ≤ autonomousUpTo | ≤ approvalUpTo | above |
/// |---|---|---|---|
/// | autonomous | within_mandate | needs_approval | outside_mandate |
/// | four_eyes | needs_four_eyes | needs_approval | outside_mandate |
/// | approval | needs_approval | needs_approval | outside_mandate |
/// | forbidden, or no rule | outside_mandate | outside_mandate | outside_mandate |
///
/// Thresholds are inclusive. Invalid terms (approval below autonomous) still
/// give a deterministic answer: the first matching column wins.
pub fn verdict_for_amount(rule: Option<&CategoryRule>, amount: Cents) -> Verdict {
    let Some(rule) = rule else {
        return Verdict::OutsideMandate;
    };
    if rule.right == DecisionRight::Forbidden {
        Verdict::OutsideMandate
    } else if amount <= rule.autonomous_up_to {
        match rule.right {
            DecisionRight::Autonomous => Verdict::WithinMandate,
            DecisionRight::FourEyes => Verdict::NeedsFourEyes,
            DecisionRight::Approval | DecisionRight::Forbidden => Verdict::NeedsApproval,
        }
    } else if amount <= rule.approval_up_to {
        Verdict::NeedsApproval
    } else {
        Verdict::OutsideMandate
    }
}

/// Whether a colleague with this rule may co-sign a decision of `amount` in its category (the
/// *vier-ogenprincipe*: a second competent colleague, not a superior): their own right is
/// `autonomous` or `four_eyes`, and their alone-limit covers the amount.
pub fn may_cosign(rule: Option<&CategoryRule>, amount: Cents) -> bool {
    rule.is_some_and(|rule| {
        matches!(
            rule.right,
            DecisionRight::Autonomous | DecisionRight::FourEyes
        ) && amount <= rule.autonomous_up_to
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(right: DecisionRight, auto: i64, approval: i64) -> CategoryRule {
        CategoryRule {
            category_id: Uuid::from_u128(1),
            right,
            autonomous_up_to: Cents(auto),
            approval_up_to: Cents(approval),
            period_limit: None,
        }
    }

    fn v(r: &CategoryRule, amount: i64) -> Verdict {
        verdict_for_amount(Some(r), Cents(amount))
    }

    #[test]
    fn autonomous_thresholds() {
        let r = rule(DecisionRight::Autonomous, 50_000, 250_000);
        assert_eq!(v(&r, 0), Verdict::WithinMandate);
        assert_eq!(v(&r, 49_999), Verdict::WithinMandate);
        assert_eq!(v(&r, 50_000), Verdict::WithinMandate);
        assert_eq!(v(&r, 50_001), Verdict::NeedsApproval);
        assert_eq!(v(&r, 250_000), Verdict::NeedsApproval);
        assert_eq!(v(&r, 250_001), Verdict::OutsideMandate);
    }

    #[test]
    fn four_eyes_thresholds() {
        let r = rule(DecisionRight::FourEyes, 50_000, 250_000);
        assert_eq!(v(&r, 0), Verdict::NeedsFourEyes);
        assert_eq!(v(&r, 50_000), Verdict::NeedsFourEyes);
        assert_eq!(v(&r, 50_001), Verdict::NeedsApproval);
        assert_eq!(v(&r, 250_000), Verdict::NeedsApproval);
        assert_eq!(v(&r, 250_001), Verdict::OutsideMandate);
    }

    #[test]
    fn approval_thresholds() {
        let r = rule(DecisionRight::Approval, 50_000, 250_000);
        assert_eq!(v(&r, 0), Verdict::NeedsApproval);
        assert_eq!(v(&r, 50_000), Verdict::NeedsApproval);
        assert_eq!(v(&r, 50_001), Verdict::NeedsApproval);
        assert_eq!(v(&r, 250_000), Verdict::NeedsApproval);
        assert_eq!(v(&r, 250_001), Verdict::OutsideMandate);
    }

    #[test]
    fn forbidden_and_missing_rule_are_outside() {
        let r = rule(DecisionRight::Forbidden, 50_000, 250_000);
        for amount in [0, 1, 50_000, 250_000, 250_001] {
            assert_eq!(v(&r, amount), Verdict::OutsideMandate);
            assert_eq!(
                verdict_for_amount(None, Cents(amount)),
                Verdict::OutsideMandate
            );
        }
    }

    #[test]
    fn zero_thresholds() {
        // Alone: only non-financial decisions (amount 0).
        let r = rule(DecisionRight::Autonomous, 0, 0);
        assert_eq!(v(&r, 0), Verdict::WithinMandate);
        assert_eq!(v(&r, 1), Verdict::OutsideMandate);
        let r = rule(DecisionRight::Autonomous, 0, 10_000);
        assert_eq!(v(&r, 1), Verdict::NeedsApproval);
    }

    #[test]
    fn extreme_amounts() {
        let r = rule(DecisionRight::Autonomous, i64::MAX, i64::MAX);
        assert_eq!(v(&r, i64::MAX), Verdict::WithinMandate);
        let r = rule(DecisionRight::Autonomous, 0, 0);
        assert_eq!(v(&r, i64::MIN), Verdict::WithinMandate);
    }

    #[test]
    fn verdict_order_best_to_worst() {
        assert!(Verdict::WithinMandate < Verdict::NeedsFourEyes);
        assert!(Verdict::NeedsFourEyes < Verdict::NeedsApproval);
        assert!(Verdict::NeedsApproval < Verdict::OutsideMandate);
        assert_eq!(
            Verdict::NeedsFourEyes.max(Verdict::NeedsApproval),
            Verdict::NeedsApproval
        );
    }

    #[test]
    fn permissiveness_order() {
        use DecisionRight::*;
        assert!(Forbidden.permissiveness() < Approval.permissiveness());
        assert!(Approval.permissiveness() < FourEyes.permissiveness());
        assert!(FourEyes.permissiveness() < Autonomous.permissiveness());
    }

    #[test]
    fn rule_for_takes_the_first_match() {
        let mut second = rule(DecisionRight::Forbidden, 0, 0);
        second.category_id = Uuid::from_u128(1);
        let terms = MandateTerms {
            period: PeriodKind::Quarter,
            period_limit: None,
            per_client_year_limit: None,
            rules: vec![rule(DecisionRight::Autonomous, 1, 2), second],
        };
        assert_eq!(
            terms.rule_for(Uuid::from_u128(1)).map(|r| r.right),
            Some(DecisionRight::Autonomous)
        );
        assert!(terms.rule_for(Uuid::from_u128(2)).is_none());
    }

    fn valid_terms() -> MandateTerms {
        MandateTerms {
            period: PeriodKind::Quarter,
            period_limit: Some(Cents(200_000)),
            per_client_year_limit: Some(Cents(150_000)),
            rules: vec![
                CategoryRule {
                    period_limit: Some(Cents(100_000)),
                    ..rule(DecisionRight::Autonomous, 50_000, 250_000)
                },
                CategoryRule {
                    category_id: Uuid::from_u128(2),
                    ..rule(DecisionRight::Forbidden, 0, 0)
                },
            ],
        }
    }

    #[test]
    fn valid_terms_have_no_violations() {
        assert!(validate(&valid_terms()).is_empty());
        let mut t = valid_terms();
        t.period_limit = Some(MAX_AMOUNT);
        t.rules[0].approval_up_to = MAX_AMOUNT;
        t.rules[0].autonomous_up_to = MAX_AMOUNT;
        assert!(
            validate(&t).is_empty(),
            "the maximum itself and equal thresholds are fine"
        );
    }

    #[test]
    fn validation_reports_everything_at_once() {
        let mut t = valid_terms();
        t.period_limit = Some(Cents(-1));
        t.per_client_year_limit = Some(Cents(MAX_AMOUNT.get() + 1));
        t.rules[0].approval_up_to = Cents(40_000); // below autonomous 50_000
        t.rules[1].period_limit = Some(Cents(-5));
        t.rules[1].autonomous_up_to = Cents(-10);
        t.rules.push(CategoryRule {
            category_id: Uuid::from_u128(1),
            ..rule(DecisionRight::Approval, 0, 10)
        });

        let got = validate(&t);
        let fields: Vec<&str> = got.iter().map(|v| v.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "periodLimitCents",
                "perClientYearLimitCents",
                "rules[0].approvalUpToCents",
                "rules[1].autonomousUpToCents",
                "rules[1].periodLimitCents",
                "rules[2].categoryId",
            ]
        );
        assert_eq!(got[0].message, "must not be negative");
        assert_eq!(
            got[1].message,
            "must be at most 10000000000 cents (€100.000.000,00)"
        );
        assert_eq!(
            got[2].message,
            "must not be below autonomousUpToCents (50000 cents, €500,00)"
        );
        assert!(got[5].message.contains("rules[0]"), "{}", got[5].message);
    }

    #[test]
    fn one_bad_threshold_is_reported_once() {
        let mut t = valid_terms();
        t.rules[0].autonomous_up_to = Cents(i64::MAX);
        let got = validate(&t);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].field, "rules[0].autonomousUpToCents");
    }

    #[test]
    fn serde_matches_the_api_shape() {
        let json = serde_json::json!({
            "period": "quarter",
            "periodLimitCents": 200000,
            "perClientYearLimitCents": 150000,
            "rules": [
                { "categoryId": "00000000-0000-0000-0000-000000000001", "right": "four_eyes",
                  "autonomousUpToCents": 50000, "approvalUpToCents": 250000,
                  "periodLimitCents": 100000 }
            ]
        });
        let t: MandateTerms = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(t.rules[0].right, DecisionRight::FourEyes);
        assert_eq!(t.rules[0].autonomous_up_to, Cents(50_000));
        assert_eq!(serde_json::to_value(&t).unwrap(), json);
        assert_eq!(
            serde_json::to_value(Verdict::NeedsFourEyes).unwrap(),
            "needs_four_eyes"
        );
        assert_eq!(
            serde_json::to_value(DecisionRight::FourEyes).unwrap(),
            "four_eyes"
        );
    }

    #[test]
    fn a_peer_with_four_eyes_or_more_up_to_the_amount_may_cosign() {
        let amount = Cents::new(40_000);
        for (right, alone, may) in [
            (DecisionRight::Autonomous, 40_000, true),
            (DecisionRight::FourEyes, 50_000, true),
            (DecisionRight::FourEyes, 39_999, false),
            (DecisionRight::Approval, 100_000, false),
            (DecisionRight::Forbidden, 100_000, false),
        ] {
            let rule = rule(right, alone, alone * 2);
            assert_eq!(
                may_cosign(Some(&rule), amount),
                may,
                "{right:?} up to {alone}"
            );
        }
        assert!(!may_cosign(None, Cents::new(0)), "no rule, no co-sign");
    }
}
