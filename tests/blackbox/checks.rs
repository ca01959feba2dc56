//! `POST /mandate-checks`: verdicts with their explanation, over HTTP.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    harness::*,
    mandates::{MandateOrg, mandate_org, post_version, rule},
};

async fn check(client: &Client, body: Value) -> Reply {
    client.post("/api/v1/mandate-checks", body).await
}

fn proposal(category: Uuid, amount: i64, on: &str) -> Value {
    json!({"categoryId": category, "amountCents": amount, "clientRef": "CASE-2026-0042", "decidedOn": on})
}

/// Fatima: from January financial support alone up to €500 (approval to €2,500); from July up
/// to €750; housing needs a co-signer; deviations need approval; no rule for anything else.
async fn setup() -> (TestDb, Server, MandateOrg, Uuid, Uuid) {
    let db = TestDb::new().await;
    let server = Server::start(&db);
    let m = mandate_org(&db, &server).await;
    let rules = |alone: i64| {
        json!([
            rule(m.financial, "autonomous", alone, 250000, Some(300000)),
            rule(m.housing, "four_eyes", 50000, 100000, None),
            rule(m.deviation, "approval", 0, 0, None),
        ])
    };
    let body = |from: &str, alone: i64| json!({"validFrom": from, "reason": "stap", "period": "quarter", "periodLimitCents": 400000, "perClientYearLimitCents": 150000, "rules": rules(alone)});
    let first = post_version(&m.lead.client, m.fatima.id, None, body("2026-01-01", 50000)).await;
    first.assert_status(201);
    let second = post_version(
        &m.lead.client,
        m.fatima.id,
        first.header("etag"),
        body("2026-07-01", 75000),
    )
    .await;
    second.assert_status(201);
    let (v1, v2) = (first.id(), second.id());
    (db, server, m, v1, v2)
}

#[tokio::test]
async fn verdicts_follow_the_right_the_thresholds_and_the_version_in_force() {
    let (_db, _server, m, v1, v2) = setup().await;
    let me = &m.fatima.client;
    let cases = [
        (m.financial, 50000, "2026-03-01", "within_mandate", Some(v1)),
        (m.financial, 50001, "2026-03-01", "needs_approval", Some(v1)),
        (m.financial, 50001, "2026-08-01", "within_mandate", Some(v2)),
        (
            m.financial,
            250000,
            "2026-08-01",
            "needs_approval",
            Some(v2),
        ),
        (
            m.financial,
            250001,
            "2026-08-01",
            "outside_mandate",
            Some(v2),
        ),
        (m.financial, 0, "2026-08-01", "within_mandate", Some(v2)),
        (m.housing, 100, "2026-08-01", "needs_four_eyes", Some(v2)),
        (m.housing, 100001, "2026-08-01", "outside_mandate", Some(v2)),
        (m.deviation, 0, "2026-08-01", "needs_approval", Some(v2)),
        (m.financial, 100, "2025-12-31", "outside_mandate", None),
    ];
    for (category, amount, on, verdict, version) in cases {
        let reply = check(me, proposal(category, amount, on)).await;
        reply.assert_status(200);
        assert_eq!(
            reply.body["verdict"], verdict,
            "{amount} on {on}: {}",
            reply.text
        );
        assert_eq!(
            reply.body["mandateVersionId"],
            json!(version),
            "{amount} on {on}"
        );
        let lines = reply.body["explanation"].as_array().unwrap();
        assert!(
            lines.iter().any(|l| l["decisive"] == true),
            "a decisive line: {}",
            reply.text
        );
        assert!(
            lines
                .iter()
                .all(|l| l["text"].as_str().is_some_and(|t| !t.is_empty()))
        );
    }

    // A category without a rule is outside the mandate, and says so.
    let unruled = m.org.category("wmo-voorziening").await;
    let reply = check(me, proposal(unruled, 100, "2026-08-01")).await;
    assert_eq!(reply.body["verdict"], "outside_mandate");
    assert_eq!(reply.body["explanation"][0]["outcome"], "not_allowed");

    // Every limit looked at is explained with its figures; remaining budgets come back.
    let reply = check(me, proposal(m.financial, 35000, "2026-08-01")).await;
    let rules: Vec<&str> = reply.body["explanation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["rule"].as_str().unwrap())
        .collect();
    for expected in [
        "right",
        "per_decision_limit",
        "category_period_limit",
        "total_period_limit",
        "client_year_limit",
    ] {
        assert!(rules.contains(&expected), "{expected} in {rules:?}");
    }
    assert_eq!(reply.body["remaining"]["categoryPeriodCents"], 300000);
    assert_eq!(reply.body["remaining"]["totalPeriodCents"], 400000);
    assert_eq!(reply.body["remaining"]["clientYearCents"], 150000);
    assert_eq!(reply.body["period"]["label"], "2026-Q3");
}

#[tokio::test]
async fn the_team_pot_is_part_of_the_check() {
    let (_db, _server, m, _, _) = setup().await;
    m.lead
        .client
        .post(
            &format!("/api/v1/teams/{}/budget-pots", m.team),
            json!({"period": "quarter", "startsOn": "2026-07-01", "limitCents": 40000}),
        )
        .await
        .assert_status(201);
    let within = check(&m.fatima.client, proposal(m.financial, 40000, "2026-08-01")).await;
    assert_eq!(within.body["verdict"], "within_mandate");
    assert_eq!(within.body["teamId"], json!(m.team));
    assert_eq!(within.body["remaining"]["teamPotCents"], 40000);
    let over = check(&m.fatima.client, proposal(m.financial, 40001, "2026-08-01")).await;
    assert_eq!(
        over.body["verdict"], "needs_approval",
        "the pot is exceeded by one cent: {}",
        over.text
    );
    let line = over.body["explanation"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["rule"] == "team_pot")
        .cloned()
        .unwrap();
    assert_eq!(line["outcome"], "exceeded");
    assert_eq!(line["decisive"], true);
    assert_eq!(line["remainingCents"], -1);
    // Outside the pot's quarter the pot does not apply.
    let later = check(&m.fatima.client, proposal(m.financial, 40001, "2026-10-01")).await;
    assert_eq!(later.body["remaining"]["teamPotCents"], Value::Null);
}

#[tokio::test]
async fn checks_are_validated_authorised_and_change_nothing() {
    let (db, server, m, _, _) = setup().await;
    let before = m.fatima.client.get("/api/v1/me/mandate").await;
    let fields = check(&m.fatima.client, json!({"categoryId": Uuid::now_v7(), "amountCents": -1, "clientRef": "111222333", "teamId": m.other_team})).await.assert_problem(400);
    assert_eq!(fields, ["clientRef", "amountCents", "categoryId", "teamId"]);
    let fields = check(&m.fatima.client, json!({"categoryId": m.financial, "amountCents": 100, "clientRef": "CASE-1", "professionalId": Uuid::now_v7()})).await.assert_problem(400);
    assert_eq!(fields, ["professionalId"]);

    // A lead checks for a team member; a colleague may not.
    let for_fatima = json!({"categoryId": m.financial, "amountCents": 100, "clientRef": "CASE-1", "decidedOn": "2026-08-01", "professionalId": m.fatima.id});
    let by_lead = check(&m.lead.client, for_fatima.clone()).await;
    by_lead.assert_status(200);
    assert_eq!(by_lead.body["professionalId"], json!(m.fatima.id));
    check(&m.joost.client, for_fatima.clone())
        .await
        .assert_problem(403);
    check(&m.other_lead.client, for_fatima.clone())
        .await
        .assert_problem(403);
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    let fields = check(&other.admin, for_fatima).await.assert_problem(400);
    assert_eq!(
        fields,
        ["professionalId", "categoryId"],
        "another organisation's people and categories do not exist there"
    );

    let after = m.fatima.client.get("/api/v1/me/mandate").await;
    assert_eq!(before.body, after.body, "a check records nothing");
}
