//! Machine clients: registered by admins, secrets shown once and rotated, deactivation that
//! stops a client's tokens at once, and the scopes that open operations to them.

use serde_json::{Value, json};

use crate::{
    decisions::{decision, log, setup},
    harness::*,
};

/// A registered machine client: its id and its secret.
pub struct Machine {
    pub id: String,
    pub secret: String,
}

pub async fn register(org: &Org, name: &str, scopes: &[&str]) -> Machine {
    let reply = org
        .admin
        .post(
            "/api/v1/api-clients",
            json!({"name": name, "scopes": scopes}),
        )
        .await;
    reply.assert_status(201);
    Machine {
        id: reply.body["clientId"].as_str().unwrap().to_owned(),
        secret: reply.body["clientSecret"].as_str().unwrap().to_owned(),
    }
}

/// `application/x-www-form-urlencoded` of these pairs.
pub fn form(pairs: &[(&str, &str)]) -> String {
    let encode = |value: &str| {
        value
            .bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                b' ' => "+".into(),
                b => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// `POST /auth/token` with `client_secret_basic`.
pub async fn token_request(client: &Client, id: &str, secret: &str, scope: Option<&str>) -> Reply {
    let mut pairs = vec![("grant_type", "client_credentials")];
    if let Some(scope) = scope {
        pairs.push(("scope", scope));
    }
    let response = client
        .raw()
        .post(format!("{}/api/v1/auth/token", client.base))
        .basic_auth(id, Some(secret))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form(&pairs))
        .send()
        .await
        .unwrap();
    Client::read(response).await
}

/// A client carrying a fresh machine token with these scopes.
pub async fn machine_client(org: &Org, machine: &Machine, scope: Option<&str>) -> Client {
    let reply = token_request(&org.anonymous, &machine.id, &machine.secret, scope).await;
    reply.assert_status(200);
    org.anonymous
        .with_token(reply.body["access_token"].as_str().unwrap())
}

#[tokio::test]
async fn admins_register_machine_clients_whose_secret_is_shown_once() {
    let (db, server, org) = start().await;
    let created = org
        .admin
        .post(
            "/api/v1/api-clients",
            json!({"name": "Zaaksysteem", "scopes": ["decisions:read", "reports:read"]}),
        )
        .await;
    created.assert_status(201);
    let id = created.id();
    assert_eq!(created.body["clientId"], json!(id.to_string()));
    assert_eq!(created.body["active"], true);
    assert_eq!(
        created.body["scopes"],
        json!(["decisions:read", "reports:read"])
    );
    let secret = created.body["clientSecret"].as_str().unwrap();
    assert!(secret.len() >= 43);

    let read = org.admin.get(&format!("/api/v1/api-clients/{id}")).await;
    read.assert_status(200);
    assert!(read.body.get("clientSecret").is_none(), "{}", read.text);
    assert!(!read.text.contains(secret));
    let list = org.admin.get("/api/v1/api-clients").await;
    list.assert_status(200);
    assert_eq!(list.body["items"][0]["name"], "Zaaksysteem");

    // Only its hash is stored.
    let conn = sea_orm::Database::connect(&db.url).await.unwrap();
    use sea_orm::{ConnectionTrait, Statement};
    let rows = conn
        .query_all_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT secret_hash FROM api_clients",
        ))
        .await
        .unwrap();
    let stored: String = rows[0].try_get("", "secret_hash").unwrap();
    assert_ne!(stored, secret);
    assert_eq!(stored.len(), 64);
    conn.close().await.ok();

    // Every bad field at once.
    let bad = org
        .admin
        .post(
            "/api/v1/api-clients",
            json!({"name": " ", "scopes": [], "jwks": {"keys": [{"kty": "oct", "k": "c2VjcmV0"}]}}),
        )
        .await;
    let fields = bad.assert_problem(400);
    assert!(fields.contains(&"name".to_owned()), "{fields:?}");
    assert!(fields.iter().any(|f| f.starts_with("jwks")), "{fields:?}");
    org.admin
        .post(
            "/api/v1/api-clients",
            json!({"name": "X", "scopes": ["decisions:write"]}),
        )
        .await
        .assert_problem(400);

    // People other than admins may not; another organisation's admin does not find it.
    let controller = org.person("carla", &["controller"], &[]).await;
    controller
        .client
        .get("/api/v1/api-clients")
        .await
        .assert_problem(403);
    controller
        .client
        .post(
            "/api/v1/api-clients",
            json!({"name": "Eigen koppeling", "scopes": []}),
        )
        .await
        .assert_problem(403);
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    let path = format!("/api/v1/api-clients/{id}");
    other.admin.get(&path).await.assert_problem(404);
    other
        .admin
        .patch(&path, json!({"active": false}))
        .await
        .assert_problem(404);
    other
        .admin
        .post(&format!("{path}/secret"), json!({}))
        .await
        .assert_problem(404);
    assert!(
        other.admin.get("/api/v1/api-clients").await.body["items"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_rotated_secret_replaces_the_old_one() {
    let (_db, _server, org) = start().await;
    let machine = register(&org, "HR-systeem", &["people:write"]).await;
    token_request(&org.anonymous, &machine.id, &machine.secret, None)
        .await
        .assert_status(200);
    let rotated = org
        .admin
        .post(
            &format!("/api/v1/api-clients/{}/secret", machine.id),
            json!({}),
        )
        .await;
    rotated.assert_status(200);
    let new_secret = rotated.body["clientSecret"].as_str().unwrap();
    assert_ne!(new_secret, machine.secret);
    let old = token_request(&org.anonymous, &machine.id, &machine.secret, None).await;
    old.assert_status(401);
    assert_eq!(old.body["error"], "invalid_client");
    token_request(&org.anonymous, &machine.id, new_secret, None)
        .await
        .assert_status(200);
}

#[tokio::test]
async fn a_deactivated_clients_tokens_stop_working_at_once() {
    let (_db, _server, org) = start().await;
    let machine = register(&org, "Financieel systeem", &["reports:read"]).await;
    let client = machine_client(&org, &machine, None).await;
    let path = "/api/v1/reports/budget-use";
    client.get(path).await.assert_status(200);
    org.admin
        .patch(
            &format!("/api/v1/api-clients/{}", machine.id),
            json!({"active": false}),
        )
        .await
        .assert_status(200);
    // The very next request, within the moment a caller is otherwise remembered.
    client.get(path).await.assert_problem(401);
    let refused = token_request(&org.anonymous, &machine.id, &machine.secret, None).await;
    refused.assert_status(401);
    assert_eq!(refused.body["error"], "invalid_client");

    org.admin
        .patch(
            &format!("/api/v1/api-clients/{}", machine.id),
            json!({"active": true}),
        )
        .await
        .assert_status(200);
    client.get(path).await.assert_status(200);
}

#[tokio::test]
async fn scopes_open_operations_to_machine_clients_and_their_reads_are_logged() {
    let (_db, _server, m) = setup().await;
    let logged = log(
        &m.fatima.client,
        decision(m.financial, 35000, "CASE-MACHINE"),
    )
    .await;
    logged.assert_status(201);
    let id = logged.id();

    let reader = register(&m.org, "Zaaksysteem", &["decisions:read"]).await;
    let reader_client = machine_client(&m.org, &reader, None).await;
    let read = reader_client.get(&format!("/api/v1/decisions/{id}")).await;
    read.assert_status(200);
    assert_eq!(read.body["title"], "Wasmachine voor gezin");
    reader_client
        .get("/api/v1/decisions")
        .await
        .assert_status(200);

    // Wrong scope: 403 with the scope it needs.
    let refused = reader_client.get("/api/v1/reports/budget-use").await;
    refused.assert_problem(403);
    assert!(
        refused.body["detail"]
            .as_str()
            .unwrap()
            .contains("reports:read")
    );
    reader_client
        .get("/api/v1/audit-events")
        .await
        .assert_problem(403);
    reader_client
        .post(
            "/api/v1/users",
            json!({"name": "X", "email": "x@x.test", "roles": []}),
        )
        .await
        .assert_problem(403);
    reader_client
        .get("/api/v1/api-clients")
        .await
        .assert_problem(403);

    // A machine client never logs or decides a decision, whatever its scopes.
    let everything = register(
        &m.org,
        "Alles",
        &[
            "decisions:read",
            "mandates:read",
            "mandates:write",
            "people:write",
            "reports:read",
            "audit:read",
            "webhooks:manage",
        ],
    )
    .await;
    let all = machine_client(&m.org, &everything, None).await;
    log(&all, decision(m.financial, 1000, "CASE-MACHINE-2"))
        .await
        .assert_problem(403);
    all.post(&format!("/api/v1/decisions/{id}/withdraw"), json!({}))
        .await
        .assert_problem(403);
    all.get("/api/v1/me").await.assert_problem(403);
    all.get("/api/v1/reports/verdict-mix")
        .await
        .assert_status(200);
    all.get("/api/v1/audit-events/verify")
        .await
        .assert_status(200);

    // A token asked for fewer scopes holds only those.
    let narrow = machine_client(&m.org, &everything, Some("reports:read")).await;
    narrow
        .get(&format!("/api/v1/decisions/{id}"))
        .await
        .assert_problem(403);

    // Its read is in the processing log like a person's, with the client as actor.
    let records = m
        .controller
        .client
        .get("/api/v1/processing-log?clientRef=CASE-MACHINE&limit=200")
        .await;
    records.assert_status(200);
    let items: Vec<Value> = records.body["items"].as_array().unwrap().clone();
    assert!(
        items
            .iter()
            .any(|r| r["actorId"] == json!(reader.id) && r["name"] != "decision.create"),
        "{}",
        records.text
    );

    // It acts for its own organisation only.
    let elsewhere = Org::bootstrap(&_db, &_server, "Gemeente Elders").await;
    let foreign = register(&elsewhere, "Zaaksysteem", &["decisions:read"]).await;
    let foreign_client = machine_client(&elsewhere, &foreign, None).await;
    foreign_client
        .get(&format!("/api/v1/decisions/{id}"))
        .await
        .assert_problem(404);
}

#[tokio::test]
async fn a_machine_client_over_its_rate_is_answered_429() {
    let db = TestDb::new().await;
    let server = Server::start_with(
        &db,
        &[("CLIENT_RATE_PER_MINUTE", "60"), ("CLIENT_RATE_BURST", "3")],
    );
    let org = Org::bootstrap(&db, &server, "Gemeente Test").await;
    let machine = register(&org, "Drukke koppeling", &["reports:read"]).await;
    let client = machine_client(&org, &machine, None).await;
    for _ in 0..3 {
        client
            .get("/api/v1/reports/budget-use")
            .await
            .assert_status(200);
    }
    let limited = client.get("/api/v1/reports/budget-use").await;
    limited.assert_problem(429);
    let wait: u64 = limited.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=2).contains(&wait), "{wait}");
    // Another client, and people, are not held back by it.
    let other = register(&org, "Rustige koppeling", &["reports:read"]).await;
    machine_client(&org, &other, None)
        .await
        .get("/api/v1/reports/budget-use")
        .await
        .assert_status(200);
    org.admin
        .get("/api/v1/reports/budget-use")
        .await
        .assert_status(200);
    tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
    client
        .get("/api/v1/reports/budget-use")
        .await
        .assert_status(200);
}
