//! The caller's memory (`service::recent_callers`): a server remembers who a caller is for up to
//! two seconds. A change to people made on one server takes effect there on the next request;
//! another server on the same database notices it within that bound.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::harness::{Client, Server, start};

/// The documented bound (two seconds) and what a loaded CI machine may add to it.
const BOUND: Duration = Duration::from_secs(2);
const SLACK: Duration = Duration::from_millis(1500);

/// Asks `GET /me` on `client` until `done` holds for the answer, and says how long it took.
async fn until(client: &Client, done: impl Fn(&crate::harness::Reply) -> bool) -> Duration {
    let started = Instant::now();
    loop {
        let reply = client.get("/api/v1/me").await;
        if done(&reply) {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < BOUND + SLACK,
            "still {} after {:?}: {}",
            reply.status,
            started.elapsed(),
            reply.body
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_deactivation_counts_at_once_here_and_within_two_seconds_on_another_server() {
    let (db, _here, org) = start().await;
    let person = org.person("vertrekt", &["professional"], &[]).await;
    let there = Server::start(&db);
    let token = person.client.token.clone().unwrap();
    let there_client = Client::anonymous(&there).with_token(&token);
    // Both servers have just loaded (and so remember) the person.
    person.client.get("/api/v1/me").await.assert_status(200);
    there_client.get("/api/v1/me").await.assert_status(200);

    org.admin
        .patch(
            &format!("/api/v1/users/{}", person.id),
            json!({"active": false}),
        )
        .await
        .assert_status(200);

    // Here: the very next request.
    person.client.get("/api/v1/me").await.assert_problem(401);
    // There: within the bound, and from then on for good.
    let took = until(&there_client, |reply| reply.status == 401).await;
    assert!(took < BOUND + SLACK, "took {took:?}");
    for _ in 0..3 {
        there_client.get("/api/v1/me").await.assert_problem(401);
    }
}

#[tokio::test]
async fn a_role_taken_away_counts_at_once_here_and_within_two_seconds_on_another_server() {
    let (db, _here, org) = start().await;
    let team = org.team("Wijkteam Oost").await;
    let person = org
        .person("wisselt", &["professional", "controller"], &[team])
        .await;
    let there = Server::start(&db);
    let token = person.client.token.clone().unwrap();
    let there_client = Client::anonymous(&there).with_token(&token);
    let audit = "/api/v1/audit-events";
    person.client.get(audit).await.assert_status(200);
    there_client.get(audit).await.assert_status(200);

    org.admin
        .patch(
            &format!("/api/v1/users/{}", person.id),
            json!({"roles": ["professional"]}),
        )
        .await
        .assert_status(200);

    person.client.get(audit).await.assert_problem(403);
    let me_here = person.client.get("/api/v1/me").await;
    assert_eq!(me_here.body["roles"], json!(["professional"]));
    let took = until(&there_client, |reply| {
        reply.body["roles"] == json!(["professional"])
    })
    .await;
    assert!(took < BOUND + SLACK, "took {took:?}");
    there_client.get(audit).await.assert_problem(403);
}
