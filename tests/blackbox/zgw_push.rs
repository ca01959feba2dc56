//! ZGW Besluiten push: final decisions become besluiten in the organisation's Besluiten API,
//! in the background, with the HS256 client JWT, retried on a server error and kept failed on a
//! refusal; pushed again on request (admins, the team's leads); never on the decision's own
//! request path. The Besluiten API is a small HTTP server of the test's own on loopback that
//! checks every token and validates every body against the API's own OpenAPI schema (a copy in
//! `tests/zgw/`).

use std::{
    collections::VecDeque,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde_json::{Value, json};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpListener,
    task::JoinHandle,
};
use uuid::Uuid;

use crate::{
    api_clients::{machine_client, register},
    decisions::decision,
    harness::*,
    mandates::{MandateOrg, mandate_org, post_version, rule},
};

/// Private destinations allowed (the API is on loopback), a fast worker, short retries.
const FAST: &[(&str, &str)] = &[
    ("WEBHOOKS_ALLOW_PRIVATE", "true"),
    ("WEBHOOK_POLL_MILLISECONDS", "100"),
    ("WEBHOOK_TIMEOUT_SECONDS", "3"),
    ("WEBHOOK_RETRY_SCHEDULE", "0.3,0.3,0.3,0.3,0.3"),
];

const SECRET: &str = "een-gedeeld-geheim-van-ten-minste-16";
const CLIENT_ID: &str = "mandaat-test";
const RSIN: &str = "002220647";
const BESLUITTYPE: &str = "https://catalogi.test/api/v1/besluittypen/4c2d";

/// The Besluiten API's OpenAPI document, trimmed (see `tests/zgw/LICENCE.md`).
const OPENAPI: &str = include_str!("../zgw/besluiten-openapi.json");

/// One `POST /besluiten` as the receiver saw it.
#[derive(Clone, Debug)]
struct Received {
    path: String,
    /// The token's claims, when its HS256 signature verified with the shared secret.
    claims: Option<Value>,
    body: Value,
    /// What is wrong with the body by the Besluiten API's schema (empty: valid).
    schema_errors: Vec<String>,
}

#[derive(Default)]
struct ApiState {
    /// Answers to give first, in order: status and body. Afterwards: `201` with the besluit.
    script: VecDeque<(u16, Value)>,
    /// How long to wait before answering.
    stall: Duration,
    /// Requests that arrived (counted before any stall).
    arrived: usize,
    received: Vec<Received>,
    /// Besluiten being received right now, by `identificatie`.
    in_flight: Vec<String>,
    /// Those that were being received twice at the same moment.
    overlaps: Vec<String>,
}

/// A Besluiten API on a loopback port.
struct BesluitenApi {
    port: u16,
    state: Arc<Mutex<ApiState>>,
    task: JoinHandle<()>,
}

impl BesluitenApi {
    async fn up() -> Self {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(ApiState::default()));
        let shared = state.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                tokio::spawn(serve(stream, shared.clone(), port));
            }
        });
        Self { port, state, task }
    }

    /// The API's root, as the connection names it.
    fn root(&self) -> String {
        format!("http://127.0.0.1:{}/besluiten/api/v1", self.port)
    }

    fn then_answer(&self, status: u16, body: Value) {
        self.state.lock().unwrap().script.push_back((status, body));
    }

    fn stall(&self, wait: Duration) {
        self.state.lock().unwrap().stall = wait;
    }

    fn arrived(&self) -> usize {
        self.state.lock().unwrap().arrived
    }

    fn received(&self) -> Vec<Received> {
        self.state.lock().unwrap().received.clone()
    }

    fn received_for(&self, decision: Uuid) -> Vec<Received> {
        self.received()
            .into_iter()
            .filter(|r| r.body["identificatie"] == decision.to_string())
            .collect()
    }
}

impl Drop for BesluitenApi {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// One HTTP/1.1 request: read, checked, recorded and answered; the connection then closes.
async fn serve(mut stream: tokio::net::TcpStream, state: Arc<Mutex<ApiState>>, port: u16) {
    let mut data = Vec::new();
    let mut buffer = [0u8; 4096];
    let (head, body) = loop {
        let Ok(n) = stream.read(&mut buffer).await else {
            return;
        };
        if n == 0 {
            return;
        }
        data.extend_from_slice(&buffer[..n]);
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end]).to_string();
            let length: usize = header(&head, "content-length")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            while data.len() < end + 4 + length {
                let Ok(n) = stream.read(&mut buffer).await else {
                    return;
                };
                if n == 0 {
                    return;
                }
                data.extend_from_slice(&buffer[..n]);
            }
            let body = String::from_utf8_lossy(&data[end + 4..end + 4 + length]).to_string();
            break (head, body);
        }
    };
    let body: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    let identificatie = body["identificatie"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let stall = {
        let mut state = state.lock().unwrap();
        state.arrived += 1;
        if state.in_flight.contains(&identificatie) {
            state.overlaps.push(identificatie.clone());
        }
        state.in_flight.push(identificatie.clone());
        state.stall
    };
    tokio::time::sleep(stall).await;
    let path = head
        .lines()
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .unwrap_or_default()
        .to_owned();
    let claims = header(&head, "authorization")
        .and_then(|value| value.strip_prefix("Bearer ").map(str::to_owned))
        .and_then(|token| verify_token(&token));
    let schema_errors = validate_besluit(&body);
    let (status, answer) = {
        let mut state = state.lock().unwrap();
        if let Some(at) = state.in_flight.iter().position(|i| *i == identificatie) {
            state.in_flight.remove(at);
        }
        let scripted = state.script.pop_front();
        state.received.push(Received {
            path,
            claims: claims.clone(),
            body: body.clone(),
            schema_errors: schema_errors.clone(),
        });
        match scripted {
            // A real API refuses what it cannot authenticate or validate.
            _ if claims.is_none() => (403, json!({"title": "Geen geldig token"})),
            _ if !schema_errors.is_empty() => (
                400,
                json!({"title": "Invalid input.", "invalidParams": schema_errors.iter().map(|e| json!({"name": "body", "code": "invalid", "reason": e})).collect::<Vec<_>>()}),
            ),
            Some(scripted) => scripted,
            None => {
                let mut besluit = body.clone();
                besluit["url"] = json!(format!(
                    "http://127.0.0.1:{port}/besluiten/api/v1/besluiten/{}",
                    Uuid::new_v4()
                ));
                (201, besluit)
            }
        }
    };
    let text = answer.to_string();
    let kind = if status == 201 {
        "application/json"
    } else {
        "application/problem+json"
    };
    let reply = format!(
        "HTTP/1.1 {status} X\r\ncontent-type: {kind}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{text}",
        text.len()
    );
    let _ = stream.write_all(reply.as_bytes()).await;
    let _ = stream.shutdown().await;
}

fn header(head: &str, name: &str) -> Option<String> {
    head.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.trim()
            .eq_ignore_ascii_case(name)
            .then(|| value.trim().to_owned())
    })
}

/// The token as Open Zaak checks it: HS256 with the shared secret, the client named in `iss`
/// and `client_id`, `iat` recent, a user named.
fn verify_token(token: &str) -> Option<Value> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.required_spec_claims.clear();
    validation.validate_exp = false;
    let data = jsonwebtoken::decode::<Value>(
        token,
        &DecodingKey::from_secret(SECRET.as_bytes()),
        &validation,
    )
    .ok()?;
    let claims = data.claims;
    let iat = claims["iat"].as_i64()?;
    let fresh = (chrono::Utc::now().timestamp() - iat).abs() <= 60;
    let named = claims["iss"] == CLIENT_ID
        && claims["client_id"] == CLIENT_ID
        && claims["user_id"].as_str().is_some_and(|s| !s.is_empty())
        && claims["user_representation"]
            .as_str()
            .is_some_and(|s| !s.is_empty());
    (fresh && named).then_some(claims)
}

/// What is wrong with `body` as the `BesluitRequest` of the Besluiten API's OpenAPI document:
/// required fields, no fields the schema does not have, types, lengths, date and URI formats,
/// enumerations; and the RSIN's eleven-test, which the API checks beyond its schema.
fn validate_besluit(body: &Value) -> Vec<String> {
    let document: Value = serde_json::from_str(OPENAPI).unwrap();
    let schemas = &document["components"]["schemas"];
    let reference = document["paths"]["/besluiten"]["post"]["requestBody"]["content"]
        ["application/json"]["schema"]["$ref"]
        .as_str()
        .unwrap();
    let schema = resolve(schemas, reference);
    let mut errors = Vec::new();
    let Some(object) = body.as_object() else {
        return vec!["the body is not an object".into()];
    };
    for name in schema["required"].as_array().unwrap() {
        let name = name.as_str().unwrap();
        if !object.contains_key(name) {
            errors.push(format!("{name} is required"));
        }
    }
    let properties = schema["properties"].as_object().unwrap();
    for (name, value) in object {
        match properties.get(name) {
            None => errors.push(format!("{name} is not a field of the besluit")),
            Some(property) => check_value(schemas, name, property, value, &mut errors),
        }
    }
    if let Some(rsin) = object
        .get("verantwoordelijkeOrganisatie")
        .and_then(Value::as_str)
        && !eleven_test(rsin)
    {
        errors.push("verantwoordelijkeOrganisatie is not an RSIN".into());
    }
    errors
}

fn resolve<'a>(schemas: &'a Value, reference: &str) -> &'a Value {
    &schemas[reference.trim_start_matches("#/components/schemas/")]
}

fn check_value(
    schemas: &Value,
    name: &str,
    schema: &Value,
    value: &Value,
    errors: &mut Vec<String>,
) {
    if schema["readOnly"] == true {
        errors.push(format!("{name} is read-only"));
        return;
    }
    if value.is_null() {
        if schema["nullable"] != true {
            errors.push(format!("{name} may not be null"));
        }
        return;
    }
    if let Some(options) = schema["oneOf"].as_array() {
        let fits = options.iter().any(|option| {
            let mut inner = Vec::new();
            let option = match option["$ref"].as_str() {
                Some(reference) => resolve(schemas, reference),
                None => option,
            };
            check_value(schemas, name, option, value, &mut inner);
            inner.is_empty()
        });
        if !fits {
            errors.push(format!("{name} fits none of its options"));
        }
        return;
    }
    if let Some(allowed) = schema["enum"].as_array()
        && !allowed.contains(value)
    {
        errors.push(format!("{name} is not one of {allowed:?}"));
    }
    if schema["type"] == "string" || schema["enum"].is_array() {
        let Some(text) = value.as_str() else {
            errors.push(format!("{name} is not a string"));
            return;
        };
        let length = text.chars().count() as u64;
        if schema["maxLength"]
            .as_u64()
            .is_some_and(|most| length > most)
        {
            errors.push(format!("{name} is longer than {}", schema["maxLength"]));
        }
        if schema["minLength"]
            .as_u64()
            .is_some_and(|least| length < least)
        {
            errors.push(format!("{name} is shorter than {}", schema["minLength"]));
        }
        match schema["format"].as_str() {
            Some("date") if chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_err() => {
                errors.push(format!("{name} is not a date"));
            }
            Some("uri") if url::Url::parse(text).is_err() => {
                errors.push(format!("{name} is not a URI"));
            }
            _ => {}
        }
    }
}

/// Nine digits whose weighted sum (9..2, and -1 for the last) divides by eleven.
fn eleven_test(rsin: &str) -> bool {
    let digits: Vec<i64> = rsin
        .chars()
        .filter_map(|c| c.to_digit(10).map(i64::from))
        .collect();
    if rsin.len() != 9 || digits.len() != 9 {
        return false;
    }
    let sum: i64 = (0..8).map(|i| digits[i] * (9 - i as i64)).sum::<i64>() - digits[8];
    sum % 11 == 0
}

#[test]
fn the_schema_check_catches_what_the_api_would_refuse() {
    let good = json!({
        "identificatie": "x", "verantwoordelijkeOrganisatie": RSIN, "besluittype": BESLUITTYPE,
        "datum": "2026-03-01", "ingangsdatum": "2026-03-01", "bestuursorgaan": "College",
        "toelichting": "t", "zaak": "https://zaken.test/zaken/1",
    });
    assert_eq!(validate_besluit(&good), Vec::<String>::new());
    let bad = json!({
        "identificatie": "x".repeat(51), "verantwoordelijkeOrganisatie": "123456789",
        "besluittype": "geen url", "datum": "1-3-2026", "bestuursorgaan": "b".repeat(51),
        "url": "https://x.test", "clientRef": "CASE-1", "vervalreden": "weg",
    });
    let errors = validate_besluit(&bad);
    for expected in [
        "ingangsdatum is required",
        "identificatie is longer",
        "verantwoordelijkeOrganisatie is not an RSIN",
        "besluittype is not a URI",
        "datum is not a date",
        "bestuursorgaan is longer",
        "url is not a field",
        "clientRef is not a field",
        "vervalreden fits none",
    ] {
        assert!(
            errors.iter().any(|e| e.starts_with(expected)),
            "{expected} in {errors:?}"
        );
    }
}

/// Fatima decides on financial support alone up to €500 and a lead approves up to €2,500; on
/// housing she decides alone. Only financial support has a besluittype.
async fn zgw_org(db: &TestDb, server: &Server, api: &BesluitenApi) -> MandateOrg {
    let m = mandate_org(db, server).await;
    let terms = json!({
        "validFrom": "2026-01-01", "reason": "start", "period": "quarter",
        "rules": [
            rule(m.financial, "autonomous", 50000, 250000, None),
            rule(m.housing, "autonomous", 100000, 200000, None),
        ],
    });
    post_version(&m.lead.client, m.fatima.id, None, terms)
        .await
        .assert_status(201);
    let connection = json!({
        "besluitenApiUrl": api.root(),
        "clientId": CLIENT_ID,
        "secret": SECRET,
        "rsin": RSIN,
        "bestuursorgaan": "College van B&W",
        "besluittypen": [{"categoryId": m.financial, "besluittypeUrl": BESLUITTYPE}],
    });
    m.org
        .admin
        .put("/api/v1/zgw-connection", connection)
        .await
        .assert_status(200);
    m
}

/// Waits until the decision's push is in `state`, and returns the decision.
async fn push_when(client: &Client, id: Uuid, state: &str, seconds: u64) -> Value {
    let path = format!("/api/v1/decisions/{id}");
    let mut last = Value::Null;
    for _ in 0..seconds * 10 {
        let reply = client.get(&path).await;
        reply.assert_status(200);
        last = reply.body.clone();
        if last["zgw"]["state"] == state {
            return last;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "the push did not get to {state} in {seconds} s: {:#}",
        last["zgw"]
    );
}

fn push_path(id: Uuid) -> String {
    format!("/api/v1/decisions/{id}/zgw-push")
}

#[tokio::test]
async fn an_approved_decision_becomes_a_besluit_with_a_valid_body_and_token() {
    let db = TestDb::new().await;
    let server = Server::start_with(&db, FAST);
    let api = BesluitenApi::up().await;
    let m = zgw_org(&db, &server, &api).await;
    let theirs = Org::bootstrap(&db, &server, "Gemeente Anders").await;

    let mut body = decision(m.financial, 70000, "CASE-Z1");
    body["caseUrl"] = json!("https://zaken.test/api/v1/zaken/77");
    let logged = m.fatima.client.post("/api/v1/decisions", body).await;
    logged.assert_status(201);
    assert_eq!(logged.body["status"], "awaiting_approval");
    assert_eq!(logged.body["zgw"]["state"], "not_applicable");
    let id = logged.id();
    // Not final yet: nothing to push again.
    m.org
        .admin
        .post(&push_path(id), json!({}))
        .await
        .assert_problem(409);

    let approved = m
        .lead
        .client
        .post(&format!("/api/v1/decisions/{id}/approve"), json!({}))
        .await;
    approved.assert_status(200);
    // Queued with the approval (the worker may already have taken it).
    assert_ne!(approved.body["zgw"]["state"], "not_applicable");
    let pushed = push_when(&m.fatima.client, id, "pushed", 15).await;
    assert_eq!(pushed["zgw"]["attempts"], 1);
    assert!(pushed["zgw"]["lastError"].is_null());

    let sent = api.received_for(id);
    assert_eq!(sent.len(), 1);
    let sent = &sent[0];
    assert_eq!(sent.path, "/besluiten/api/v1/besluiten");
    assert_eq!(sent.schema_errors, Vec::<String>::new());
    let claims = sent.claims.as_ref().expect("a valid token");
    assert_eq!(claims["user_id"], m.fatima.id.to_string());
    assert_eq!(claims["user_representation"], "fatima");
    let decided_on = pushed["decidedOn"].as_str().unwrap();
    assert_eq!(
        sent.body,
        json!({
            "identificatie": id.to_string(),
            "verantwoordelijkeOrganisatie": RSIN,
            "besluittype": BESLUITTYPE,
            "datum": decided_on,
            "ingangsdatum": decided_on,
            "zaak": "https://zaken.test/api/v1/zaken/77",
            "toelichting": "Categorie financiele-ondersteuning: Wasmachine voor gezin",
            "bestuursorgaan": "College van B&W",
        })
    );
    assert!(!sent.body.to_string().contains("CASE-Z1"));
    let besluit_url = pushed["zgw"]["besluitUrl"].as_str().unwrap();
    assert!(besluit_url.starts_with(&format!("{}/besluiten/", api.root())));

    // A category without a besluittype is never pushed, and cannot be.
    let housing = m
        .fatima
        .client
        .post("/api/v1/decisions", decision(m.housing, 20000, "CASE-Z2"))
        .await;
    housing.assert_status(201);
    assert_eq!(housing.body["status"], "recorded");
    assert_eq!(housing.body["zgw"]["state"], "not_applicable");
    m.org
        .admin
        .post(&push_path(housing.id()), json!({}))
        .await
        .assert_problem(409);

    // Who may push again: not the author, not a controller, not a lead of another team, not
    // another organisation.
    m.fatima
        .client
        .post(&push_path(id), json!({}))
        .await
        .assert_problem(403);
    m.controller
        .client
        .post(&push_path(id), json!({}))
        .await
        .assert_problem(403);
    m.other_lead
        .client
        .post(&push_path(id), json!({}))
        .await
        .assert_problem(403);
    theirs
        .admin
        .post(&push_path(id), json!({}))
        .await
        .assert_problem(404);
    // A machine client that may only read decisions may not push them.
    let reader = register(&m.org, "Zaaksysteem lezer", &["decisions:read"]).await;
    machine_client(&m.org, &reader, None)
        .await
        .post(&push_path(id), json!({}))
        .await
        .assert_problem(403);
    assert_eq!(api.received_for(id).len(), 1);

    // The team's lead pushes it again: a second besluit request with the same identificatie.
    let again = m.lead.client.post(&push_path(id), json!({})).await;
    again.assert_status(202);
    assert_ne!(again.body["zgw"]["state"], "failed");
    push_when(&m.fatima.client, id, "pushed", 15).await;
    let sent = api.received_for(id);
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[1].body, sent[0].body);
    assert!(sent[1].claims.is_some());

    // So may the integration's own machine client (`webhooks:manage`).
    let integration = register(&m.org, "Zaaksysteem", &["webhooks:manage"]).await;
    machine_client(&m.org, &integration, None)
        .await
        .post(&push_path(id), json!({}))
        .await
        .assert_status(202);
    for _ in 0..100 {
        if api.received_for(id).len() == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    push_when(&m.fatima.client, id, "pushed", 15).await;
    assert_eq!(api.received_for(id).len(), 3);
    assert_eq!(
        api.received().len(),
        3,
        "the housing decision was never sent"
    );
}

#[tokio::test]
async fn a_server_error_is_retried_and_a_refusal_is_kept_until_pushed_again() {
    let db = TestDb::new().await;
    let server = Server::start_with(&db, FAST);
    let api = BesluitenApi::up().await;
    let m = zgw_org(&db, &server, &api).await;

    api.then_answer(500, json!({"title": "Interne fout"}));
    let first = m
        .fatima
        .client
        .post("/api/v1/decisions", decision(m.financial, 30000, "CASE-R1"))
        .await;
    first.assert_status(201);
    assert_eq!(first.body["status"], "recorded");
    assert_eq!(first.body["zgw"]["state"], "pending");
    let pushed = push_when(&m.fatima.client, first.id(), "pushed", 15).await;
    assert_eq!(pushed["zgw"]["attempts"], 2);
    assert_eq!(api.received_for(first.id()).len(), 2);

    api.then_answer(
        400,
        json!({
            "type": "https://besluiten.test/ref/fouten/ValidationError/",
            "code": "invalid", "title": "Invalid input.", "status": 400,
            "invalidParams": [{"name": "besluittype", "code": "no_match", "reason": "Het besluittype hoort niet bij het zaaktype."}],
        }),
    );
    let second = m
        .fatima
        .client
        .post("/api/v1/decisions", decision(m.financial, 30000, "CASE-R2"))
        .await;
    second.assert_status(201);
    let failed = push_when(&m.fatima.client, second.id(), "failed", 15).await;
    assert_eq!(failed["zgw"]["attempts"], 1);
    assert!(failed["zgw"]["besluitUrl"].is_null());
    let error = failed["zgw"]["lastError"].as_str().unwrap();
    assert!(
        error.contains("besluittype: Het besluittype hoort niet bij het zaaktype."),
        "{error}"
    );
    // A refusal is not retried.
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(api.received_for(second.id()).len(), 1);

    // Put right on the other side, an admin pushes it again.
    let again = m.org.admin.post(&push_path(second.id()), json!({})).await;
    again.assert_status(202);
    assert!(again.body["zgw"]["lastError"].is_null());
    let pushed = push_when(&m.fatima.client, second.id(), "pushed", 15).await;
    assert_eq!(pushed["zgw"]["attempts"], 1);
    assert_eq!(api.received_for(second.id()).len(), 2);
}

#[tokio::test]
async fn logging_a_decision_never_waits_for_the_besluiten_api() {
    let db = TestDb::new().await;
    let server = Server::start_with(&db, FAST);
    let api = BesluitenApi::up().await;
    let m = zgw_org(&db, &server, &api).await;
    api.stall(Duration::from_secs(20));

    let started = Instant::now();
    let logged = m
        .fatima
        .client
        .post("/api/v1/decisions", decision(m.financial, 30000, "CASE-S1"))
        .await;
    let took = started.elapsed();
    logged.assert_status(201);
    assert_eq!(logged.body["zgw"]["state"], "pending");
    // While the API holds the push, the next decision is logged as quickly.
    for _ in 0..50 {
        if api.arrived() > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(api.arrived(), 1, "the push was sent");
    let started = Instant::now();
    m.fatima
        .client
        .post("/api/v1/decisions", decision(m.financial, 30000, "CASE-S2"))
        .await
        .assert_status(201);
    let took_while_stalled = started.elapsed();
    assert!(
        took < Duration::from_secs(2) && took_while_stalled < Duration::from_secs(2),
        "{took:?}, {took_while_stalled:?}"
    );
    let read = m
        .fatima
        .client
        .get(&format!("/api/v1/decisions/{}", logged.id()))
        .await;
    assert_eq!(read.body["zgw"]["state"], "pending");
}

/// Two servers on one database and a slow Besluiten API: no decision is ever being pushed twice
/// at the same time, and each becomes one besluit.
#[tokio::test]
async fn two_servers_never_push_one_decision_at_once() {
    let db = TestDb::new().await;
    let one = Server::start_with(&db, FAST);
    let api = BesluitenApi::up().await;
    let m = zgw_org(&db, &one, &api).await;
    let two = Server::start_with(&db, FAST);
    api.stall(Duration::from_millis(400));
    let fatima_two = m.fatima.client.at(&two);
    let mut ids = Vec::new();
    for round in 0..6 {
        let client = if round % 2 == 0 {
            &m.fatima.client
        } else {
            &fatima_two
        };
        let logged = client
            .post(
                "/api/v1/decisions",
                decision(m.financial, 10000, &format!("CASE-L{round}")),
            )
            .await;
        logged.assert_status(201);
        ids.push(logged.id());
    }
    for id in &ids {
        push_when(&m.fatima.client, *id, "pushed", 30).await;
    }
    let state = api.state.lock().unwrap();
    assert!(
        state.overlaps.is_empty(),
        "pushed at once: {:?}",
        state.overlaps
    );
    assert_eq!(state.received.len(), ids.len());
    for id in &ids {
        let count = state
            .received
            .iter()
            .filter(|r| r.body["identificatie"] == id.to_string())
            .count();
        assert_eq!(count, 1, "{id}");
    }
}

/// When the retries run out on server errors the push fails, saying what the API answered.
#[tokio::test]
async fn a_push_fails_when_its_retries_run_out() {
    let db = TestDb::new().await;
    let mut env = FAST.to_vec();
    env.retain(|(key, _)| *key != "WEBHOOK_RETRY_SCHEDULE");
    env.push(("WEBHOOK_RETRY_SCHEDULE", "0.2"));
    let server = Server::start_with(&db, &env);
    let api = BesluitenApi::up().await;
    let m = zgw_org(&db, &server, &api).await;
    api.then_answer(503, json!({"title": "Onderhoud"}));
    api.then_answer(502, json!({"title": "Onderhoud"}));
    let logged = m
        .fatima
        .client
        .post("/api/v1/decisions", decision(m.financial, 30000, "CASE-F1"))
        .await;
    logged.assert_status(201);
    let failed = push_when(&m.fatima.client, logged.id(), "failed", 15).await;
    assert_eq!(failed["zgw"]["attempts"], 2);
    assert_eq!(failed["zgw"]["lastError"], "the Besluiten API answered 502");
    assert_eq!(api.received_for(logged.id()).len(), 2);
}
