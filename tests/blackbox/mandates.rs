//! Mandates: versions with If-Match, who may read and write them, validation, templates and
//! team budget pots.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::harness::*;

/// An organisation with a team, its lead, two professionals of the team, one elsewhere, a
/// controller and three categories.
pub struct MandateOrg {
    pub org: Org,
    pub team: Uuid,
    pub other_team: Uuid,
    pub lead: Person,
    pub fatima: Person,
    pub joost: Person,
    pub sanne: Person,
    pub other_lead: Person,
    pub controller: Person,
    pub financial: Uuid,
    pub housing: Uuid,
    pub deviation: Uuid,
}

pub async fn mandate_org(db: &TestDb, server: &Server) -> MandateOrg {
    let org = Org::bootstrap(db, server, "Gemeente Mandaat").await;
    let team = org.team("Wijkteam Noord").await;
    let other_team = org.team("Wijkteam Zuid").await;
    let lead = org.person("ingrid", &["team_lead"], &[team]).await;
    org.make_lead(team, lead.id).await;
    let other_lead = org.person("ruben", &["team_lead"], &[other_team]).await;
    org.make_lead(other_team, other_lead.id).await;
    let fatima = org.person("fatima", &["professional"], &[team]).await;
    let joost = org.person("joost", &["professional"], &[team]).await;
    let sanne = org.person("sanne", &["professional"], &[other_team]).await;
    let controller = org.person("carla", &["controller"], &[]).await;
    let financial = org.category("financiele-ondersteuning").await;
    let housing = org.category("huisvesting").await;
    let deviation = org.category("afwijking-regel").await;
    MandateOrg {
        org,
        team,
        other_team,
        lead,
        fatima,
        joost,
        sanne,
        other_lead,
        controller,
        financial,
        housing,
        deviation,
    }
}

pub fn version(valid_from: &str, reason: &str, rules: Value) -> Value {
    json!({
        "validFrom": valid_from, "reason": reason, "period": "quarter",
        "periodLimitCents": 200000, "perClientYearLimitCents": 150000, "rules": rules,
    })
}

pub fn rule(
    category: Uuid,
    right: &str,
    alone: i64,
    approval: i64,
    period_limit: Option<i64>,
) -> Value {
    json!({"categoryId": category, "right": right, "autonomousUpToCents": alone, "approvalUpToCents": approval, "periodLimitCents": period_limit})
}

/// POSTs a version with an optional If-Match.
pub async fn post_version(
    client: &Client,
    user: Uuid,
    if_match: Option<&str>,
    body: Value,
) -> Reply {
    let mut request = client
        .raw()
        .post(format!(
            "{}/api/v1/users/{user}/mandate/versions",
            client.base
        ))
        .json(&body);
    if let Some(token) = &client.token {
        request = request.bearer_auth(token);
    }
    if let Some(tag) = if_match {
        request = request.header("If-Match", tag);
    }
    Client::read(request.send().await.unwrap()).await
}

#[tokio::test]
async fn a_lead_widens_a_mandate_in_steps_guarded_by_if_match() {
    let db = TestDb::new().await;
    let server = Server::start(&db);
    let m = mandate_org(&db, &server).await;

    let none = m.fatima.client.get("/api/v1/me/mandate").await;
    none.assert_status(200);
    assert_eq!(none.body["version"], Value::Null);
    assert!(none.header("etag").is_none());

    let first = post_version(
        &m.lead.client,
        m.fatima.id,
        None,
        version(
            "2026-01-01",
            "Start: alles met goedkeuring",
            json!([rule(m.financial, "approval", 0, 100000, None)]),
        ),
    )
    .await;
    first.assert_status(201);
    let tag1 = first.header("etag").unwrap().to_owned();
    assert_eq!(tag1, format!("\"{}\"", first.id()));
    assert_eq!(first.body["authorId"], json!(m.lead.id));

    let widened = version(
        "2026-04-01",
        "Eerste stap: financiële ondersteuning zelfstandig tot €350",
        json!([rule(m.financial, "autonomous", 35000, 150000, Some(100000))]),
    );
    post_version(&m.lead.client, m.fatima.id, None, widened.clone())
        .await
        .assert_problem(428);
    post_version(
        &m.lead.client,
        m.fatima.id,
        Some(&format!("\"{}\"", Uuid::now_v7())),
        widened.clone(),
    )
    .await
    .assert_problem(412);
    // "Any version" is no tag: it would let an edit of an old version overwrite a newer one.
    for wildcard in ["*", "W/*", "\"*\""] {
        post_version(&m.lead.client, m.fatima.id, Some(wildcard), widened.clone())
            .await
            .assert_problem(412);
    }
    let second = post_version(&m.lead.client, m.fatima.id, Some(&tag1), widened.clone()).await;
    second.assert_status(201);
    // The first tag is stale now: a second lead working from it is stopped.
    post_version(&m.lead.client, m.fatima.id, Some(&tag1), widened)
        .await
        .assert_problem(412);

    let versions = m
        .fatima
        .client
        .get(&format!("/api/v1/users/{}/mandate/versions", m.fatima.id))
        .await;
    versions.assert_status(200);
    let items = versions.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["id"], json!(second.id()), "newest first");
    assert_eq!(
        items[1]["validUntil"], "2026-04-01",
        "the first ends where the second starts"
    );
    assert_eq!(items[0]["validUntil"], Value::Null);

    let mine = m.fatima.client.get("/api/v1/me/mandate").await;
    assert_eq!(mine.body["version"]["id"], json!(second.id()));
    assert_eq!(mine.header("etag"), second.header("etag"));
    let category = &mine.body["categories"][0];
    assert_eq!(category["right"], "autonomous");
    assert_eq!(category["autonomousUpToCents"], 35000);
    assert_eq!(category["budget"]["limitCents"], 100000);
    assert_eq!(category["budget"]["usedCents"], 0);
    assert_eq!(category["budget"]["remainingCents"], 100000);
    assert_eq!(mine.body["totalBudget"]["remainingCents"], 200000);
    assert_eq!(mine.body["period"]["kind"], "quarter");
    let same = m
        .lead
        .client
        .get(&format!("/api/v1/users/{}/mandate", m.fatima.id))
        .await;
    assert_eq!(same.body, mine.body);
}

#[tokio::test]
async fn who_may_read_and_write_a_mandate() {
    let db = TestDb::new().await;
    let server = Server::start(&db);
    let m = mandate_org(&db, &server).await;
    let body = version(
        "2026-01-01",
        "Start",
        json!([rule(m.financial, "autonomous", 10000, 50000, None)]),
    );
    let path = format!("/api/v1/users/{}/mandate", m.fatima.id);

    // Writing: the own team's lead and admins; not the professional, a colleague, another
    // team's lead or a controller.
    for (who, client) in [
        ("self", &m.fatima.client),
        ("colleague", &m.joost.client),
        ("other lead", &m.other_lead.client),
        ("controller", &m.controller.client),
    ] {
        let reply = post_version(client, m.fatima.id, None, body.clone()).await;
        assert_eq!(
            reply.status.as_u16(),
            403,
            "{who} may not set the mandate: {}",
            reply.text
        );
    }
    post_version(&m.org.admin, m.fatima.id, None, body.clone())
        .await
        .assert_status(201);
    // Nobody sets their own, not even an admin who is a professional.
    let me = m.org.admin.get("/api/v1/me").await.id();
    m.org
        .admin
        .patch(
            &format!("/api/v1/users/{me}"),
            json!({"roles": ["admin", "professional"]}),
        )
        .await
        .assert_status(200);
    post_version(&m.org.admin, me, None, body.clone())
        .await
        .assert_problem(403);
    // A mandate is for professionals.
    post_version(&m.org.admin, m.controller.id, None, body.clone())
        .await
        .assert_problem(409);

    // Reading: self, own lead, controller, admin; not a colleague or another team's lead.
    for client in [
        &m.fatima.client,
        &m.lead.client,
        &m.controller.client,
        &m.org.admin,
    ] {
        client.get(&path).await.assert_status(200);
        client
            .get(&format!("{path}/versions"))
            .await
            .assert_status(200);
    }
    for client in [&m.joost.client, &m.other_lead.client, &m.sanne.client] {
        client.get(&path).await.assert_problem(403);
        client
            .get(&format!("{path}/versions"))
            .await
            .assert_problem(403);
    }

    // Another organisation sees nothing: 404, as for a person who does not exist.
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    other.admin.get(&path).await.assert_problem(404);
    other
        .admin
        .get(&format!("{path}/versions"))
        .await
        .assert_problem(404);
    post_version(&other.admin, m.fatima.id, None, body)
        .await
        .assert_problem(404);
    other
        .admin
        .get(&format!("/api/v1/users/{}/mandate", Uuid::now_v7()))
        .await
        .assert_problem(404);
}

#[tokio::test]
async fn invalid_versions_name_every_field_at_once() {
    let db = TestDb::new().await;
    let server = Server::start(&db);
    let m = mandate_org(&db, &server).await;
    let first = post_version(
        &m.lead.client,
        m.fatima.id,
        None,
        version("2026-03-01", "Start", json!([])),
    )
    .await;
    first.assert_status(201);
    let tag = first.header("etag").unwrap().to_owned();

    let bad = json!({
        "validFrom": "2026-02-01",
        "reason": "  ",
        "period": "week",
        "periodLimitCents": -1,
        "perClientYearLimitCents": 100,
        "rules": [
            {"categoryId": m.financial, "right": "autonomous", "autonomousUpToCents": 50000, "approvalUpToCents": 10000},
            {"categoryId": Uuid::now_v7(), "right": "sometimes", "autonomousUpToCents": -5, "approvalUpToCents": 0},
            {"categoryId": m.financial, "right": "approval", "autonomousUpToCents": 0, "approvalUpToCents": 0},
        ],
    });
    let fields = post_version(&m.lead.client, m.fatima.id, Some(&tag), bad)
        .await
        .assert_problem(400);
    for field in [
        "validFrom",
        "reason",
        "period",
        "periodLimitCents",
        "rules[0].approvalUpToCents",
        "rules[1].right",
        "rules[1].autonomousUpToCents",
        "rules[1].categoryId",
        "rules[2].categoryId",
    ] {
        assert!(
            fields.iter().any(|f| f == field),
            "{field} is named in {fields:?}"
        );
    }
    // Nothing was stored.
    let versions = m
        .lead
        .client
        .get(&format!("/api/v1/users/{}/mandate/versions", m.fatima.id))
        .await;
    assert_eq!(versions.body["items"].as_array().unwrap().len(), 1);
    // A category of another organisation is unknown here.
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    let foreign = other.category("vreemd").await;
    let fields = post_version(
        &m.lead.client,
        m.fatima.id,
        Some(&tag),
        version(
            "2026-03-01",
            "x",
            json!([rule(foreign, "autonomous", 0, 0, None)]),
        ),
    )
    .await
    .assert_problem(400);
    assert_eq!(fields, ["rules[0].categoryId"]);
}

#[tokio::test]
async fn templates_give_several_professionals_a_version_at_once() {
    let db = TestDb::new().await;
    let server = Server::start(&db);
    let m = mandate_org(&db, &server).await;
    let template = json!({
        "name": "Starter", "description": "Voor nieuwe consulenten", "period": "quarter",
        "periodLimitCents": 200000, "perClientYearLimitCents": 150000,
        "rules": [rule(m.financial, "approval", 0, 100000, None), rule(m.housing, "four_eyes", 25000, 75000, None)],
    });
    m.fatima
        .client
        .post("/api/v1/mandate-templates", template.clone())
        .await
        .assert_problem(403);
    let created = m
        .lead
        .client
        .post("/api/v1/mandate-templates", template.clone())
        .await;
    created.assert_status(201);
    let id = created.id();
    assert_eq!(created.body["rules"].as_array().unwrap().len(), 2);
    assert_eq!(
        m.lead
            .client
            .post("/api/v1/mandate-templates", template)
            .await
            .assert_problem(400),
        ["name"]
    );
    m.controller
        .client
        .get("/api/v1/mandate-templates")
        .await
        .assert_status(200);
    m.fatima
        .client
        .get("/api/v1/mandate-templates")
        .await
        .assert_problem(403);

    // Joost already has a version: applying needs its ETag.
    let existing = post_version(
        &m.lead.client,
        m.joost.id,
        None,
        version("2026-01-01", "Start", json!([])),
    )
    .await;
    let joost_tag = existing.header("etag").unwrap().to_owned();
    let apply = |targets: Value| json!({"validFrom": "2026-05-01", "reason": "Iedereen begint als Starter", "professionals": targets});
    let path = format!("/api/v1/mandate-templates/{id}/apply");
    m.lead
        .client
        .post(
            &path,
            apply(json!([{"userId": m.fatima.id}, {"userId": m.joost.id}])),
        )
        .await
        .assert_problem(428);
    // Sanne is not in the lead's team: all or none.
    m.lead.client.post(&path, apply(json!([{"userId": m.fatima.id}, {"userId": m.joost.id, "ifMatch": joost_tag}, {"userId": m.sanne.id}]))).await.assert_problem(403);
    assert_eq!(
        m.fatima.client.get("/api/v1/me/mandate").await.body["version"],
        Value::Null,
        "nothing was applied"
    );

    let applied = m
        .lead
        .client
        .post(
            &path,
            apply(json!([{"userId": m.fatima.id}, {"userId": m.joost.id, "ifMatch": joost_tag}])),
        )
        .await;
    applied.assert_status(201);
    let versions = applied.body["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert!(
        versions
            .iter()
            .all(|v| v["templateId"] == json!(id) && v["rules"].as_array().unwrap().len() == 2)
    );

    // Changing the template later does not change the versions already applied.
    let changed = m
        .lead
        .client
        .patch(
            &format!("/api/v1/mandate-templates/{id}"),
            json!({"name": "Starter 2027"}),
        )
        .await;
    changed.assert_status(200);
    assert_eq!(
        changed.body["rules"].as_array().unwrap().len(),
        2,
        "terms stay when not sent"
    );
    let fields = m
        .lead
        .client
        .patch(
            &format!("/api/v1/mandate-templates/{id}"),
            json!({"period": "decade", "rules": [rule(m.financial, "autonomous", 10, 5, None)]}),
        )
        .await
        .assert_problem(400);
    assert_eq!(fields, ["period", "rules[0].approvalUpToCents"]);
}

#[tokio::test]
async fn team_budget_pots_are_set_by_the_teams_lead_and_read_by_the_team() {
    let db = TestDb::new().await;
    let server = Server::start(&db);
    let m = mandate_org(&db, &server).await;
    let path = format!("/api/v1/teams/{}/budget-pots", m.team);
    let pot = json!({"period": "quarter", "startsOn": "2026-10-01", "limitCents": 1000000});
    m.fatima
        .client
        .post(&path, pot.clone())
        .await
        .assert_problem(403);
    m.other_lead
        .client
        .post(&path, pot.clone())
        .await
        .assert_problem(403);
    let created = m.lead.client.post(&path, pot.clone()).await;
    created.assert_status(201);
    assert_eq!(created.body["period"]["label"], "2026-Q4");
    assert_eq!(created.body["budget"]["remainingCents"], 1000000);
    let replaced = m
        .lead
        .client
        .post(
            &path,
            json!({"period": "quarter", "startsOn": "2026-10-01", "limitCents": 1200000}),
        )
        .await;
    replaced.assert_status(200);
    assert_eq!(replaced.id(), created.id());

    let fields = m
        .lead
        .client
        .post(
            &path,
            json!({"period": "quarter", "startsOn": "2026-11-01", "limitCents": -1}),
        )
        .await
        .assert_problem(400);
    assert_eq!(fields, ["startsOn", "limitCents"]);
    let fields = m
        .lead
        .client
        .post(
            &path,
            json!({"period": "year", "startsOn": "2026-01-01", "limitCents": 5}),
        )
        .await
        .assert_problem(400);
    assert_eq!(
        fields,
        ["startsOn"],
        "a year pot would overlap the quarter's"
    );

    let listed = m.fatima.client.get(&path).await;
    listed.assert_status(200);
    assert_eq!(listed.body["items"][0]["budget"]["limitCents"], 1200000);
    m.controller.client.get(&path).await.assert_status(200);
    m.sanne.client.get(&path).await.assert_problem(403);
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    other.admin.get(&path).await.assert_problem(404);
    other.admin.post(&path, pot).await.assert_problem(404);
}
