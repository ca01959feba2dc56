//! Nothing crosses organisations: another tenant's objects are indistinguishable from absent ones.

use serde_json::json;
use uuid::Uuid;

use crate::harness::*;

#[tokio::test]
async fn another_organisation_gets_404_for_every_object_and_sees_none_in_lists() {
    let (db, server, first) = start().await;
    let team = first.team("Wijkteam Centrum").await;
    let category = first.category("wmo-voorziening").await;
    let person = first.person("an", &["professional"], &[team]).await;

    let second = Org::bootstrap(&db, &server, "Stichting Welzijn Elders").await;
    let outsider = second
        .person("bob", &["team_lead", "controller"], &[])
        .await;
    let absent = Uuid::now_v7();
    for client in [&second.admin, &outsider.client] {
        for path in [
            format!("/api/v1/teams/{team}"),
            format!("/api/v1/users/{}", person.id),
            format!("/api/v1/categories/{category}"),
        ] {
            let foreign = client.get(&path).await;
            foreign.assert_problem(404);
            let missing = client
                .get(&path.replace(
                    &path.rsplit('/').next().unwrap().to_owned(),
                    &absent.to_string(),
                ))
                .await;
            assert_eq!(
                foreign.body, missing.body,
                "foreign and absent look the same"
            );
        }
    }
    second
        .admin
        .patch(
            &format!("/api/v1/teams/{team}"),
            json!({"name": "Overgenomen"}),
        )
        .await
        .assert_problem(404);
    second
        .admin
        .patch(
            &format!("/api/v1/users/{}", person.id),
            json!({"active": false}),
        )
        .await
        .assert_problem(404);
    second
        .admin
        .patch(
            &format!("/api/v1/categories/{category}"),
            json!({"active": false}),
        )
        .await
        .assert_problem(404);

    // Nor can objects of the first organisation be attached to the second's.
    let fields = second
        .admin
        .post(
            "/api/v1/teams",
            json!({"name": "Mix", "memberIds": [person.id]}),
        )
        .await
        .assert_problem(400);
    assert_eq!(fields, ["memberIds[0]"]);
    let fields = second.admin.post("/api/v1/users", json!({"name": "C", "email": "c@elders.test", "roles": ["professional"], "teamIds": [team]})).await.assert_problem(400);
    assert_eq!(fields, ["teamIds[0]"]);

    for path in ["/api/v1/teams", "/api/v1/users", "/api/v1/categories"] {
        let list = second.admin.get(path).await;
        assert!(
            !list.text.contains(&team.to_string())
                && !list.text.contains(&person.id.to_string())
                && !list.text.contains(&category.to_string())
        );
    }
    // The same e-mail address may exist in both organisations independently.
    second.admin.post("/api/v1/users", json!({"name": "An Elders", "email": person.email, "roles": ["professional"], "password": "ander-wachtwoord-1"})).await.assert_status(201);
    let first_login = first.anonymous.signed_in(&person.email, PASSWORD).await;
    assert_eq!(
        first_login.get("/api/v1/me").await.body["id"],
        json!(person.id)
    );
    let second_login = first
        .anonymous
        .signed_in(&person.email, "ander-wachtwoord-1")
        .await;
    assert_eq!(
        second_login.get("/api/v1/me").await.body["organisation"]["name"],
        "Stichting Welzijn Elders"
    );
    // The renamed team of the first organisation is untouched.
    assert_eq!(
        first.admin.get(&format!("/api/v1/teams/{team}")).await.body["name"],
        "Wijkteam Centrum"
    );
}
