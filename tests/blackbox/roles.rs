//! What each role may and may not do in the organisation's set-up.

use serde_json::json;

use crate::harness::*;

#[tokio::test]
async fn only_admins_change_the_set_up() {
    let (_db, _server, org) = start().await;
    let team = org.team("Wijkteam West").await;
    let category = org.category("huisvesting").await;
    let professional = org.person("prof", &["professional"], &[team]).await;
    let lead = org.person("lead", &["team_lead"], &[team]).await;
    let controller = org.person("controller", &["controller"], &[]).await;

    for person in [&professional, &lead, &controller] {
        let client = &person.client;
        client
            .post("/api/v1/teams", json!({"name": "Eigen team"}))
            .await
            .assert_problem(403);
        client
            .patch(&format!("/api/v1/teams/{team}"), json!({"name": "Anders"}))
            .await
            .assert_problem(403);
        client
            .post(
                "/api/v1/users",
                json!({"name": "X", "email": "x@y.test", "roles": ["admin"], "password": PASSWORD}),
            )
            .await
            .assert_problem(403);
        client
            .patch(
                &format!("/api/v1/users/{}", person.id),
                json!({"roles": ["admin"]}),
            )
            .await
            .assert_problem(403);
        client
            .post(
                "/api/v1/categories",
                json!({"code": "nieuw", "name": "Nieuw"}),
            )
            .await
            .assert_problem(403);
        client
            .patch(
                &format!("/api/v1/categories/{category}"),
                json!({"name": "Anders"}),
            )
            .await
            .assert_problem(403);
        // ... but every role reads teams and categories.
        client.get("/api/v1/teams").await.assert_status(200);
        client
            .get(&format!("/api/v1/teams/{team}"))
            .await
            .assert_status(200);
        client.get("/api/v1/categories").await.assert_status(200);
    }
    let me = professional.client.get("/api/v1/me").await;
    assert_eq!(
        me.body["roles"],
        json!(["professional"]),
        "a refused change changed nothing"
    );
}

#[tokio::test]
async fn professionals_see_only_their_own_teams_people() {
    let (_db, _server, org) = start().await;
    let noord = org.team("Noord").await;
    let zuid = org.team("Zuid").await;
    let fatima = org.person("fatima", &["professional"], &[noord]).await;
    let joost = org.person("joost", &["professional"], &[noord]).await;
    let sanne = org.person("sanne", &["professional"], &[zuid]).await;
    let lead = org.person("ruben", &["team_lead"], &[zuid]).await;
    let controller = org.person("carla", &["controller"], &[]).await;

    let listed = fatima.client.get("/api/v1/users").await;
    let ids: Vec<String> = listed.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(ids.contains(&fatima.id.to_string()) && ids.contains(&joost.id.to_string()));
    assert!(!ids.contains(&sanne.id.to_string()));
    fatima
        .client
        .get(&format!("/api/v1/users/{}", joost.id))
        .await
        .assert_status(200);
    fatima
        .client
        .get(&format!("/api/v1/users/{}", sanne.id))
        .await
        .assert_problem(403);

    for wide in [&lead, &controller] {
        let all = wide.client.get("/api/v1/users?limit=200").await;
        assert_eq!(
            all.body["items"].as_array().unwrap().len(),
            6,
            "admin + five people"
        );
        wide.client
            .get(&format!("/api/v1/users/{}", fatima.id))
            .await
            .assert_status(200);
    }
}

#[tokio::test]
async fn unauthenticated_calls_are_401_everywhere() {
    let (_db, _server, org) = start().await;
    for path in [
        "/api/v1/me",
        "/api/v1/users",
        "/api/v1/teams",
        "/api/v1/categories",
        "/api/v1/identity-provider",
    ] {
        org.anonymous.get(path).await.assert_problem(401);
    }
    org.anonymous
        .post("/api/v1/teams", json!({"name": "x"}))
        .await
        .assert_problem(401);
}
