//! Webhooks: subscriptions (admins, per organisation), the SSRF guard, signed deliveries from
//! the outbox with retries across a restart, 410, ping and redeliver, and two servers on one
//! database never sending one delivery at once. The receiver is a small HTTP server of the
//! test's own on loopback that verifies every signature as a subscriber would.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use base64::{Engine, engine::general_purpose::STANDARD};
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpListener,
    task::JoinHandle,
};
use uuid::Uuid;

use crate::{
    decisions::decision,
    harness::*,
    mandates::{MandateOrg, mandate_org, post_version, rule},
};

/// Private destinations allowed (the receiver is on loopback), a fast worker and a short
/// retry schedule.
const FAST: &[(&str, &str)] = &[
    ("WEBHOOKS_ALLOW_PRIVATE", "true"),
    ("WEBHOOK_POLL_MILLISECONDS", "100"),
    ("WEBHOOK_TIMEOUT_SECONDS", "3"),
    (
        "WEBHOOK_RETRY_SCHEDULE",
        "0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3",
    ),
];

/// What the receiver was sent, one entry per request.
#[derive(Clone, Debug)]
struct Received {
    id: String,
    body: Value,
    /// The signature verified with the subscription's secret, and the timestamp within 5 min.
    valid: bool,
    /// What the receiver answered.
    answered: u16,
}

#[derive(Default)]
struct ReceiverState {
    secret: Option<String>,
    answer: u16,
    delay: Duration,
    received: Vec<Received>,
    in_flight: HashMap<String, usize>,
    /// Ids that were being received twice at the same moment.
    overlaps: Vec<String>,
}

/// A webhook receiver on a fixed loopback port that can be stopped and started again.
struct Receiver {
    port: u16,
    state: Arc<Mutex<ReceiverState>>,
    task: Option<JoinHandle<()>>,
}

impl Receiver {
    /// A port that nobody listens on yet.
    fn down() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        Self {
            port,
            state: Arc::new(Mutex::new(ReceiverState {
                answer: 200,
                ..ReceiverState::default()
            })),
            task: None,
        }
    }

    async fn up() -> Self {
        let mut receiver = Self::down();
        receiver.start().await;
        receiver
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/hook", self.port)
    }

    fn set_secret(&self, secret: &str) {
        self.state.lock().unwrap().secret = Some(secret.to_owned());
    }

    fn answer(&self, status: u16) {
        self.state.lock().unwrap().answer = status;
    }

    fn received(&self) -> Vec<Received> {
        self.state.lock().unwrap().received.clone()
    }

    async fn start(&mut self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await.unwrap();
        let state = self.state.clone();
        self.task = Some(tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                tokio::spawn(serve(stream, state.clone()));
            }
        }));
    }

    fn stop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One HTTP/1.1 request: read, verified, recorded and answered; the connection then closes.
async fn serve(mut stream: tokio::net::TcpStream, state: Arc<Mutex<ReceiverState>>) {
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
    let id = header(&head, "webhook-id").unwrap_or_default();
    let timestamp = header(&head, "webhook-timestamp").unwrap_or_default();
    let signature = header(&head, "webhook-signature").unwrap_or_default();
    let (answer, delay, valid) = {
        let mut state = state.lock().unwrap();
        let valid = state
            .secret
            .as_deref()
            .is_some_and(|secret| verify(secret, &id, &timestamp, &body, &signature));
        let in_flight = state.in_flight.entry(id.clone()).or_default();
        *in_flight += 1;
        if *in_flight > 1 {
            state.overlaps.push(id.clone());
        }
        // A receiver refuses what it cannot verify.
        let answer = if valid { state.answer } else { 401 };
        (answer, state.delay, valid)
    };
    tokio::time::sleep(delay).await;
    {
        let mut state = state.lock().unwrap();
        if let Some(count) = state.in_flight.get_mut(&id) {
            *count -= 1;
        }
        state.received.push(Received {
            id,
            body: serde_json::from_str(&body).unwrap_or(Value::Null),
            valid,
            answered: answer,
        });
    }
    let reply = format!("HTTP/1.1 {answer} X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
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

/// What a subscriber does with the three headers (Standard Webhooks).
fn verify(secret: &str, id: &str, timestamp: &str, body: &str, signatures: &str) -> bool {
    let Ok(sent_at) = timestamp.parse::<i64>() else {
        return false;
    };
    if (chrono::Utc::now().timestamp() - sent_at).abs() > 300 {
        return false;
    }
    let key = STANDARD
        .decode(secret.strip_prefix("whsec_").unwrap_or_default())
        .unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{id}.{timestamp}.{body}").as_bytes());
    signatures.split(' ').any(|candidate| {
        candidate
            .strip_prefix("v1,")
            .and_then(|b64| STANDARD.decode(b64).ok())
            .is_some_and(|sent| mac.clone().verify_slice(&sent).is_ok())
    })
}

async fn subscribe(admin: &Client, url: &str, types: &[&str]) -> Reply {
    admin
        .post(
            "/api/v1/webhook-subscriptions",
            json!({"url": url, "eventTypes": types, "description": "Zaaksysteem"}),
        )
        .await
}

/// Waits until `done` holds for the subscription's deliveries, and returns them.
async fn deliveries_when(
    admin: &Client,
    subscription: Uuid,
    seconds: u64,
    done: impl Fn(&[Value]) -> bool,
) -> Vec<Value> {
    let path = format!("/api/v1/webhook-subscriptions/{subscription}/deliveries");
    let mut last = Vec::new();
    for _ in 0..seconds * 10 {
        let reply = admin.get(&path).await;
        reply.assert_status(200);
        last = reply.body["items"].as_array().cloned().unwrap_or_default();
        if done(&last) {
            return last;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("deliveries did not get there in {seconds} s: {last:#?}");
}

fn all_in(state: &'static str, count: usize) -> impl Fn(&[Value]) -> bool {
    move |items| items.len() == count && items.iter().all(|d| d["state"] == state)
}

/// Fatima may spend on financial support alone; the lead approves more.
async fn webhook_org(db: &TestDb, server: &Server) -> MandateOrg {
    let m = mandate_org(db, server).await;
    let terms = json!({
        "validFrom": "2026-01-01", "reason": "start", "period": "quarter",
        "rules": [rule(m.financial, "autonomous", 50000, 250000, None)],
    });
    post_version(&m.lead.client, m.fatima.id, None, terms)
        .await
        .assert_status(201);
    // The set-up's own event is fanned out (to nobody) before anyone subscribes.
    tokio::time::sleep(Duration::from_millis(500)).await;
    m
}

#[tokio::test]
async fn subscriptions_are_for_admins_of_their_own_organisation() {
    let db = TestDb::new().await;
    let server = Server::start_with(&db, FAST);
    let ours = Org::bootstrap(&db, &server, "Gemeente Een").await;
    let theirs = Org::bootstrap(&db, &server, "Gemeente Twee").await;
    let professional = ours.person("piet", &["professional"], &[]).await;

    let created = subscribe(
        &ours.admin,
        "http://127.0.0.1:9/hook",
        &["decision.created"],
    )
    .await;
    created.assert_status(201);
    let id = created.id();
    let secret = created.body["secret"].as_str().unwrap();
    let key = STANDARD
        .decode(secret.strip_prefix("whsec_").unwrap())
        .unwrap();
    assert_eq!(key.len(), 32);
    assert_eq!(created.body["active"], true);
    assert_eq!(created.body["eventTypes"], json!(["decision.created"]));

    // The secret is shown once.
    let read = ours
        .admin
        .get(&format!("/api/v1/webhook-subscriptions/{id}"))
        .await;
    read.assert_status(200);
    assert!(read.body.get("secret").is_none(), "{}", read.text);
    let list = ours.admin.get("/api/v1/webhook-subscriptions").await;
    assert_eq!(list.body["items"].as_array().unwrap().len(), 1);
    assert!(list.body["items"][0].get("secret").is_none());

    let changed = ours
        .admin
        .patch(
            &format!("/api/v1/webhook-subscriptions/{id}"),
            json!({"eventTypes": ["decision.created", "mandate.version_created"], "active": false, "description": null}),
        )
        .await;
    changed.assert_status(200);
    assert_eq!(changed.body["active"], false);
    assert_eq!(changed.body["description"], Value::Null);
    assert_eq!(changed.body["eventTypes"].as_array().unwrap().len(), 2);

    // Another organisation's admin cannot tell it exists.
    let path = format!("/api/v1/webhook-subscriptions/{id}");
    theirs.admin.get(&path).await.assert_problem(404);
    theirs
        .admin
        .patch(&path, json!({"active": true}))
        .await
        .assert_problem(404);
    theirs
        .admin
        .get(&format!("{path}/deliveries"))
        .await
        .assert_problem(404);
    theirs
        .admin
        .post(&format!("{path}/ping"), json!({}))
        .await
        .assert_problem(404);
    theirs
        .admin
        .send(reqwest::Method::DELETE, &path, None)
        .await
        .assert_problem(404);
    let their_list = theirs.admin.get("/api/v1/webhook-subscriptions").await;
    assert_eq!(their_list.body["items"], json!([]));

    // Someone without the admin role is refused.
    let client = &professional.client;
    client
        .get("/api/v1/webhook-subscriptions")
        .await
        .assert_problem(403);
    subscribe(client, "http://127.0.0.1:9/hook", &["decision.created"])
        .await
        .assert_problem(403);
    client.get(&path).await.assert_problem(403);

    // Every bad field at once.
    let fields = ours
        .admin
        .post(
            "/api/v1/webhook-subscriptions",
            json!({"url": "ftp://example.org/x", "eventTypes": ["decision.created", "decision.eaten"]}),
        )
        .await
        .assert_problem(400);
    assert_eq!(fields, ["url", "eventTypes[1]"]);
    let fields = subscribe(&ours.admin, "not a url", &[])
        .await
        .assert_problem(400);
    assert_eq!(fields, ["url", "eventTypes"]);

    ours.admin
        .send(reqwest::Method::DELETE, &path, None)
        .await
        .assert_status(204);
    ours.admin.get(&path).await.assert_problem(404);
}

#[tokio::test]
async fn internal_destinations_are_refused_unless_allowed() {
    let (_db, _server, org) = start().await;
    for url in [
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[fd00:ec2::254]/latest",
        "http://[::1]:9000/hook",
        "http://100.64.0.1/hook",
        "http://[::ffff:127.0.0.1]/hook",
    ] {
        let reply = subscribe(&org.admin, url, &["decision.created"]).await;
        assert_eq!(reply.assert_problem(400), ["url"], "{url}");
    }
    let list = org.admin.get("/api/v1/webhook-subscriptions").await;
    assert_eq!(list.body["items"], json!([]));
}

#[tokio::test]
async fn events_arrive_signed_once_each_after_the_receiver_returns_and_the_server_restarts() {
    let db = TestDb::new().await;
    let server = Server::start_with(&db, FAST);
    let m = webhook_org(&db, &server).await;
    let mut receiver = Receiver::down();
    let created = subscribe(
        &m.org.admin,
        &receiver.url(),
        &[
            "decision.created",
            "decision.approved",
            "mandate.version_created",
        ],
    )
    .await;
    created.assert_status(201);
    let subscription = created.id();
    receiver.set_secret(created.body["secret"].as_str().unwrap());

    // Three events while the receiver is down: a decision within the mandate, one that needs
    // approval and its approval; and a new mandate version.
    let within = decision(m.financial, 20000, "CASE-W1");
    let first = m.fatima.client.post("/api/v1/decisions", within).await;
    first.assert_status(201);
    let waiting = decision(m.financial, 90000, "CASE-W2");
    let second = m.fatima.client.post("/api/v1/decisions", waiting).await;
    assert_eq!(second.body["status"], "awaiting_approval");
    m.lead
        .client
        .post(
            &format!("/api/v1/decisions/{}/approve", second.id()),
            json!({}),
        )
        .await
        .assert_status(200);
    let terms = json!({"validFrom": "2026-01-01", "reason": "start", "period": "quarter", "rules": [rule(m.housing, "autonomous", 1000, 2000, None)]});
    post_version(&m.lead.client, m.joost.id, None, terms)
        .await
        .assert_status(201);

    // Tried and failing, then the server stops.
    let failing = deliveries_when(&m.org.admin, subscription, 20, |items| {
        items.len() == 4
            && items
                .iter()
                .all(|d| d["attempts"].as_i64() >= Some(2) && d["state"] == "pending")
    })
    .await;
    assert!(failing[0]["lastError"].is_string(), "{failing:#?}");
    assert!(failing[0]["nextAttemptAt"].is_string());
    drop(server);

    // The receiver returns, then a new server on the same database delivers what was left.
    receiver.start().await;
    let server = Server::start_with(&db, FAST);
    let admin = m.org.admin.at(&server);
    let done = deliveries_when(&admin, subscription, 30, all_in("delivered", 4)).await;
    for delivery in &done {
        assert_eq!(delivery["lastStatusCode"], 200);
        assert!(delivery["deliveredAt"].is_string());
        assert_eq!(delivery["nextAttemptAt"], Value::Null);
    }

    let received = receiver.received();
    assert!(received.iter().all(|r| r.valid && r.answered == 200));
    let mut per_id: HashMap<&str, usize> = HashMap::new();
    for r in &received {
        *per_id.entry(&r.id).or_default() += 1;
    }
    assert_eq!(per_id.len(), 4, "{received:#?}");
    assert!(per_id.values().all(|n| *n == 1), "{per_id:?}");
    let mut types: Vec<&str> = received
        .iter()
        .map(|r| r.body["type"].as_str().unwrap())
        .collect();
    types.sort_unstable();
    assert_eq!(
        types,
        [
            "decision.approved",
            "decision.created",
            "decision.created",
            "mandate.version_created"
        ]
    );
    let approved = received
        .iter()
        .find(|r| r.body["type"] == "decision.approved")
        .unwrap();
    assert_eq!(approved.body["data"]["decisionId"], json!(second.id()));
    assert_eq!(approved.body["data"]["status"], "approved");
    assert_eq!(approved.body["data"]["previousStatus"], "awaiting_approval");
    assert!(approved.body["timestamp"].as_str().unwrap().ends_with('Z'));
    // No client reference or free text leaves in an event.
    for r in &received {
        let text = r.body.to_string();
        assert!(
            !text.contains("CASE-W") && !text.contains("Wasmachine"),
            "{text}"
        );
    }
}

#[tokio::test]
async fn ping_redeliver_and_410_gone() {
    let db = TestDb::new().await;
    let server = Server::start_with(&db, FAST);
    let org = Org::bootstrap(&db, &server, "Gemeente Ping").await;
    let receiver = Receiver::up().await;
    let created = subscribe(&org.admin, &receiver.url(), &["decision.created"]).await;
    let id = created.id();
    receiver.set_secret(created.body["secret"].as_str().unwrap());
    let path = format!("/api/v1/webhook-subscriptions/{id}");

    let ping = org.admin.post(&format!("{path}/ping"), json!({})).await;
    ping.assert_status(202);
    assert_eq!(ping.body["eventType"], "ping");
    let delivered = deliveries_when(&org.admin, id, 10, all_in("delivered", 1)).await;
    let first = receiver.received();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].body["type"], "ping");
    assert_eq!(first[0].id, delivered[0]["eventId"].as_str().unwrap());

    // Sent again: the same event under the same webhook-id.
    let delivery = delivered[0]["id"].as_str().unwrap();
    org.admin
        .post(
            &format!("{path}/deliveries/{delivery}/redeliver"),
            json!({}),
        )
        .await
        .assert_status(202);
    deliveries_when(&org.admin, id, 10, |items| {
        items.len() == 1 && items[0]["attempts"] == 2 && items[0]["state"] == "delivered"
    })
    .await;
    let again = receiver.received();
    assert_eq!(again.len(), 2);
    assert_eq!(again[0].id, again[1].id);
    assert_eq!(again[0].body, again[1].body);
    org.admin
        .post(
            &format!("{path}/deliveries/{}/redeliver", Uuid::now_v7()),
            json!({}),
        )
        .await
        .assert_problem(404);

    // 410 Gone switches the subscription off and the delivery fails at once.
    receiver.answer(410);
    org.admin
        .post(&format!("{path}/ping"), json!({}))
        .await
        .assert_status(202);
    deliveries_when(&org.admin, id, 10, |items| {
        items.len() == 2 && items[1]["state"] == "failed" && items[1]["lastStatusCode"] == 410
    })
    .await;
    let subscription = org.admin.get(&path).await;
    assert_eq!(subscription.body["active"], false);
    assert!(subscription.body["disabledReason"].is_string());
    org.admin
        .post(&format!("{path}/ping"), json!({}))
        .await
        .assert_problem(409);
}

/// Two servers on one database, a slow receiver and many events: no delivery is ever being
/// sent twice at the same time, and each arrives once.
#[tokio::test]
async fn two_servers_never_send_one_delivery_at_once() {
    let db = TestDb::new().await;
    let one = Server::start_with(&db, FAST);
    let org = Org::bootstrap(&db, &one, "Gemeente Lease").await;
    let two = Server::start_with(&db, FAST);
    let receiver = Receiver::up().await;
    receiver.state.lock().unwrap().delay = Duration::from_millis(400);
    let created = subscribe(&org.admin, &receiver.url(), &["decision.created"]).await;
    let id = created.id();
    receiver.set_secret(created.body["secret"].as_str().unwrap());
    let path = format!("/api/v1/webhook-subscriptions/{id}/ping");
    let admin_two = org.admin.at(&two);
    for round in 0..6 {
        let admin = if round % 2 == 0 {
            &org.admin
        } else {
            &admin_two
        };
        admin.post(&path, json!({})).await.assert_status(202);
        admin.post(&path, json!({})).await.assert_status(202);
    }
    deliveries_when(&org.admin, id, 30, all_in("delivered", 12)).await;
    let state = receiver.state.lock().unwrap();
    assert!(
        state.overlaps.is_empty(),
        "sent at once: {:?}",
        state.overlaps
    );
    let mut ids: Vec<&str> = state.received.iter().map(|r| r.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 12);
    assert_eq!(state.received.len(), 12);
}

/// 80 % and 100 % of a period limit are each announced once in the period, also when the use
/// falls back below and passes again.
#[tokio::test]
async fn budget_thresholds_are_announced_once_per_limit_and_period() {
    let db = TestDb::new().await;
    let server = Server::start_with(&db, FAST);
    let m = mandate_org(&db, &server).await;
    let terms = json!({
        "validFrom": "2026-01-01", "reason": "start", "period": "quarter",
        "rules": [rule(m.financial, "autonomous", 100000, 250000, Some(100000))],
    });
    post_version(&m.lead.client, m.fatima.id, None, terms)
        .await
        .assert_status(201);
    let receiver = Receiver::up().await;
    let created = subscribe(&m.org.admin, &receiver.url(), &["budget.threshold_reached"]).await;
    let subscription = created.id();
    receiver.set_secret(created.body["secret"].as_str().unwrap());

    let fatima = &m.fatima.client;
    for (amount, client) in [(70000, "CASE-T1"), (15000, "CASE-T2"), (10000, "CASE-T3")] {
        let reply = fatima
            .post("/api/v1/decisions", decision(m.financial, amount, client))
            .await;
        assert_eq!(reply.body["status"], "recorded", "{}", reply.text);
    }
    // Past the limit: it waits for approval, reserved; rejected, the use falls back to 95 %.
    let over = fatima
        .post("/api/v1/decisions", decision(m.financial, 10000, "CASE-T4"))
        .await;
    assert_eq!(over.body["status"], "awaiting_approval");
    m.lead
        .client
        .post(
            &format!("/api/v1/decisions/{}/reject", over.id()),
            json!({}),
        )
        .await
        .assert_status(200);
    let again = fatima
        .post("/api/v1/decisions", decision(m.financial, 10000, "CASE-T5"))
        .await;
    assert_eq!(again.body["status"], "awaiting_approval");

    deliveries_when(&m.org.admin, subscription, 10, all_in("delivered", 2)).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    let received = receiver.received();
    assert_eq!(received.len(), 2, "{received:#?}");
    // Deliveries are not ordered among themselves.
    let mut data: Vec<&Value> = received.iter().map(|r| &r.body["data"]).collect();
    data.sort_by_key(|d| d["thresholdPercent"].as_i64());
    assert_eq!(data[0]["thresholdPercent"], 80);
    assert_eq!(data[0]["usedCents"], 85000);
    assert_eq!(data[1]["thresholdPercent"], 100);
    assert_eq!(data[1]["usedCents"], 105000);
    for d in data {
        assert_eq!(d["limit"], "category_period");
        assert_eq!(d["limitCents"], 100000);
        assert_eq!(d["categoryId"], json!(m.financial));
        assert_eq!(d["professionalId"], json!(m.fatima.id));
        assert!(d["periodStart"].is_string() && d["periodEnd"].is_string());
    }
    assert!(
        received
            .iter()
            .all(|r| r.valid && r.body["type"] == "budget.threshold_reached")
    );
}

/// Every change of a decision is announced, each in the transaction of the change.
#[tokio::test]
async fn every_decision_change_is_announced() {
    let db = TestDb::new().await;
    let server = Server::start_with(&db, FAST);
    let m = mandate_org(&db, &server).await;
    let fatima = json!({
        "validFrom": "2026-01-01", "reason": "stap", "period": "quarter",
        "rules": [
            rule(m.financial, "autonomous", 50000, 250000, None),
            rule(m.housing, "four_eyes", 50000, 100000, None),
            rule(m.deviation, "approval", 0, 0, None),
        ],
    });
    post_version(&m.lead.client, m.fatima.id, None, fatima)
        .await
        .assert_status(201);
    let joost = json!({"validFrom": "2026-01-01", "reason": "senior", "period": "quarter", "rules": [rule(m.housing, "autonomous", 100000, 200000, None)]});
    post_version(&m.lead.client, m.joost.id, None, joost)
        .await
        .assert_status(201);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let receiver = Receiver::up().await;
    let all = [
        "decision.created",
        "decision.cosigned",
        "decision.approved",
        "decision.rejected",
        "decision.withdrawn",
        "decision.reviewed",
        "decision.corrected",
    ];
    let created = subscribe(&m.org.admin, &receiver.url(), &all).await;
    let subscription = created.id();
    receiver.set_secret(created.body["secret"].as_str().unwrap());

    let fatima = &m.fatima.client;
    let log = |amount, category, client: &'static str| {
        fatima.post("/api/v1/decisions", decision(category, amount, client))
    };
    let recorded = log(30000, m.financial, "CASE-E1").await.id();
    let reject_me = log(70000, m.financial, "CASE-E2").await.id();
    let withdraw_me = log(80000, m.financial, "CASE-E3").await.id();
    let cosign_me = log(20000, m.housing, "CASE-E4").await.id();
    let mut urgent = decision(m.deviation, 0, "CASE-E5");
    urgent["urgent"] = json!(true);
    let review_me = fatima.post("/api/v1/decisions", urgent).await.id();
    let step = |id: Uuid, step: &str| format!("/api/v1/decisions/{id}/{step}");
    m.lead
        .client
        .post(&step(reject_me, "reject"), json!({}))
        .await
        .assert_status(200);
    fatima
        .post(&step(withdraw_me, "withdraw"), json!({}))
        .await
        .assert_status(200);
    m.joost
        .client
        .post(&step(cosign_me, "cosign"), json!({}))
        .await
        .assert_status(200);
    m.lead
        .client
        .post(
            &step(review_me, "review"),
            json!({"outcome": "backed", "learning": "Vooraf bellen."}),
        )
        .await
        .assert_status(200);
    fatima
        .post(
            &step(recorded, "corrections"),
            json!({"amountCents": 28000, "reason": "Aanbieding."}),
        )
        .await
        .assert_status(201);

    deliveries_when(&m.org.admin, subscription, 15, all_in("delivered", 10)).await;
    let received = receiver.received();
    let mut seen: Vec<(String, String)> = received
        .iter()
        .map(|r| {
            (
                r.body["type"].as_str().unwrap().to_owned(),
                r.body["data"]["decisionId"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    seen.sort();
    let mut expected: Vec<(String, String)> = [
        ("decision.created", recorded),
        ("decision.created", reject_me),
        ("decision.created", withdraw_me),
        ("decision.created", cosign_me),
        ("decision.created", review_me),
        ("decision.rejected", reject_me),
        ("decision.withdrawn", withdraw_me),
        ("decision.cosigned", cosign_me),
        ("decision.reviewed", review_me),
        ("decision.corrected", recorded),
    ]
    .into_iter()
    .map(|(t, id)| (t.to_owned(), id.to_string()))
    .collect();
    expected.sort();
    assert_eq!(seen, expected);
    let corrected = received
        .iter()
        .find(|r| r.body["type"] == "decision.corrected")
        .unwrap();
    assert_eq!(corrected.body["data"]["amountCents"], 28000);
    assert_eq!(corrected.body["data"]["previousAmountCents"], 30000);
    let reviewed = received
        .iter()
        .find(|r| r.body["type"] == "decision.reviewed")
        .unwrap();
    assert_eq!(reviewed.body["data"]["outcome"], "backed");
    assert!(!reviewed.body.to_string().contains("Vooraf bellen"));
}
