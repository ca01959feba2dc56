//! Setting up an organisation: teams, people and categories, with validation and pagination.

use serde_json::json;

use crate::harness::*;

#[tokio::test]
async fn an_admin_sets_up_teams_people_and_categories() {
    let (_db, _server, org) = start().await;
    let noord = org.team("Wijkteam Noord").await;
    let lead = org
        .person("ingrid", &["team_lead", "professional"], &[noord])
        .await;
    let worker = org.person("fatima", &["professional"], &[noord]).await;
    org.make_lead(noord, lead.id).await;

    let team = org.admin.get(&format!("/api/v1/teams/{noord}")).await;
    team.assert_status(200);
    assert_eq!(team.body["leadIds"], json!([lead.id]));
    let members = team.body["memberIds"].as_array().unwrap();
    assert!(members.contains(&json!(lead.id)) && members.contains(&json!(worker.id)));
    let created_at = team.body["createdAt"].as_str().unwrap();
    assert!(
        created_at.ends_with('Z'),
        "times are UTC with Z: {created_at}"
    );

    let me = lead.client.get("/api/v1/me").await;
    assert_eq!(me.body["leadTeamIds"], json!([noord]));
    assert_eq!(me.body["teamIds"], json!([noord]));

    let category = org
        .admin
        .post("/api/v1/categories", json!({"code": "afwijking-regel", "name": "Afwijken van een regel", "legalBasis": "Participatiewet art. 22a"}))
        .await;
    category.assert_status(201);
    assert_eq!(category.body["active"], true);
    let id = category.id();
    let changed = org
        .admin
        .patch(
            &format!("/api/v1/categories/{id}"),
            json!({"legalBasis": null, "active": false}),
        )
        .await;
    changed.assert_status(200);
    assert_eq!(changed.body["legalBasis"], serde_json::Value::Null);
    assert_eq!(changed.body["active"], false);
    assert_eq!(
        changed.body["code"], "afwijking-regel",
        "absent fields stay"
    );
    worker
        .client
        .get(&format!("/api/v1/categories/{id}"))
        .await
        .assert_status(200);

    let renamed = org
        .admin
        .patch(
            &format!("/api/v1/users/{}", worker.id),
            json!({"name": "Fatima el Amrani", "roles": ["professional", "team_lead"]}),
        )
        .await;
    renamed.assert_status(200);
    assert_eq!(renamed.body["roles"], json!(["professional", "team_lead"]));
    assert_eq!(
        renamed.body["teamIds"],
        json!([noord]),
        "teams stay when not named"
    );
    let moved = org
        .admin
        .patch(
            &format!("/api/v1/users/{}", worker.id),
            json!({"teamIds": []}),
        )
        .await;
    assert_eq!(moved.body["teamIds"], json!([]));
}

#[tokio::test]
async fn invalid_input_names_every_field_at_once() {
    let (_db, _server, org) = start().await;
    let fields = org
        .admin
        .post("/api/v1/users", json!({"name": " ", "email": "geen-adres", "roles": [], "password": "kort", "teamIds": ["0190c1a0-0000-7000-8000-000000000000"]}))
        .await
        .assert_problem(400);
    assert_eq!(fields, ["name", "email", "roles", "password", "teamIds[0]"]);

    let fields = org
        .admin
        .post(
            "/api/v1/categories",
            json!({"code": "Met Spatie", "name": "", "legalBasis": "x".repeat(501)}),
        )
        .await
        .assert_problem(400);
    assert_eq!(fields, ["code", "name", "legalBasis"]);

    let worker = org.person("zonder-rol", &["professional"], &[]).await;
    let fields = org
        .admin
        .post("/api/v1/teams", json!({"name": "x".repeat(201), "leadIds": [worker.id, "0190c1a0-0000-7000-8000-000000000000"]}))
        .await
        .assert_problem(400);
    assert_eq!(fields, ["name", "leadIds[1]", "leadIds[0]"]);
}

#[tokio::test]
async fn names_codes_and_addresses_are_unique_per_organisation() {
    let (_db, _server, org) = start().await;
    org.team("Wijkteam Oost").await;
    let fields = org
        .admin
        .post("/api/v1/teams", json!({"name": "Wijkteam Oost"}))
        .await
        .assert_problem(400);
    assert_eq!(fields, ["name"]);
    org.category("schulden").await;
    assert_eq!(
        org.admin
            .post(
                "/api/v1/categories",
                json!({"code": "schulden", "name": "Dubbel"})
            )
            .await
            .assert_problem(400),
        ["code"]
    );
    let person = org.person("uniek", &["professional"], &[]).await;
    let again = org.admin.post("/api/v1/users", json!({"name": "Ander", "email": person.email.to_uppercase(), "roles": ["professional"]})).await;
    assert_eq!(again.assert_problem(400), ["email"]);
}

#[tokio::test]
async fn lists_are_paged_with_a_cursor() {
    let (_db, _server, org) = start().await;
    for n in 0..5 {
        org.category(&format!("cat-{n}")).await;
    }
    let mut seen = Vec::new();
    let mut path = "/api/v1/categories?limit=2".to_owned();
    loop {
        let page = org.admin.get(&path).await;
        page.assert_status(200);
        let items = page.body["items"].as_array().unwrap();
        assert!(items.len() <= 2);
        seen.extend(items.iter().map(|c| c["code"].as_str().unwrap().to_owned()));
        match page.body["nextCursor"].as_str() {
            Some(cursor) => path = format!("/api/v1/categories?limit=2&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(
        seen,
        ["cat-0", "cat-1", "cat-2", "cat-3", "cat-4"],
        "every item once, in creation order"
    );
    let all = org.admin.get("/api/v1/categories").await;
    assert_eq!(all.body["nextCursor"], serde_json::Value::Null);
}

#[tokio::test]
async fn an_admin_cannot_lock_themselves_out() {
    let (_db, _server, org) = start().await;
    let me = org.admin.get("/api/v1/me").await.id();
    let fields = org
        .admin
        .patch(
            &format!("/api/v1/users/{me}"),
            json!({"roles": ["controller"], "active": false}),
        )
        .await
        .assert_problem(400);
    assert_eq!(fields, ["roles", "active"]);
    org.admin.get("/api/v1/me").await.assert_status(200);
}
