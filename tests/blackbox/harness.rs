//! Starting the binary, a database per test, and typed helpers so tests read as scenarios.

use std::{
    io::{BufRead, BufReader},
    path::PathBuf,
    process::{Child, Command, Stdio},
};

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use uuid::Uuid;

pub const BIN: &str = env!("CARGO_BIN_EXE_mandaat");
pub const PASSWORD: &str = "een-goed-wachtwoord";

/// A database of its own for one test.
pub struct TestDb {
    pub url: String,
    _dir: tempfile::TempDir,
    postgres: Option<(String, String)>,
}

impl TestDb {
    pub async fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        match std::env::var("TEST_DATABASE_URL")
            .ok()
            .filter(|u| u.starts_with("postgres"))
        {
            Some(server_url) => {
                let name = format!("mandaat_t_{}", Uuid::new_v4().simple());
                let admin = sea_orm::Database::connect(&server_url)
                    .await
                    .expect("connect to TEST_DATABASE_URL");
                use sea_orm::ConnectionTrait;
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create test database");
                admin.close().await.ok();
                let (base, _) = server_url
                    .rsplit_once('/')
                    .expect("TEST_DATABASE_URL names a database");
                Self {
                    url: format!("{base}/{name}"),
                    _dir: dir,
                    postgres: Some((server_url, name)),
                }
            }
            None => {
                let url = format!(
                    "sqlite://{}?mode=rwc",
                    dir.path().join("mandaat.sqlite").display()
                );
                Self {
                    url,
                    _dir: dir,
                    postgres: None,
                }
            }
        }
    }
}

impl TestDb {
    /// Runs a statement on the test database directly, behind the server's back (to tamper).
    pub async fn execute(&self, sql: &str) {
        use sea_orm::ConnectionTrait;
        let db = sea_orm::Database::connect(&self.url)
            .await
            .expect("connect to the test database");
        db.execute_unprepared(sql).await.expect("statement runs");
        db.close().await.ok();
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((server_url, name)) = self.postgres.take() {
            // Dropping is async; run it on a runtime of its own so it works inside or outside one.
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                runtime.block_on(async {
                    use sea_orm::ConnectionTrait;
                    let admin = sea_orm::Database::connect(&server_url).await.ok()?;
                    admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await
                        .ok()?;
                    admin.close().await.ok()
                })
            })
            .join();
        }
    }
}

/// A UUID as a literal of the test database's SQL: text on PostgreSQL, a blob on SQLite.
pub fn id_literal(id: &str) -> String {
    if std::env::var("TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres")) {
        format!("'{id}'")
    } else {
        format!("X'{}'", id.replace('-', ""))
    }
}

/// Runs a command of the binary to completion against the database.
pub fn run_command(db: &TestDb, args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(args)
        .env("DATABASE_URL", &db.url)
        .env("LOG_LEVEL", "warn")
        .output()
        .expect("run mandaat")
}

/// A running server.
pub struct Server {
    child: Child,
    pub base: String,
    pub log: PathBuf,
}

impl Server {
    pub fn start(db: &TestDb) -> Self {
        Self::start_with(db, &[])
    }

    pub fn start_with(db: &TestDb, env: &[(&str, &str)]) -> Self {
        let log = db
            ._dir
            .path()
            .join(format!("server-{}.log", Uuid::new_v4().simple()));
        let mut command = Command::new(BIN);
        command
            .arg("serve")
            .env("DATABASE_URL", &db.url)
            .env("BIND", "127.0.0.1:0")
            .env("LOG_FORMAT", "json")
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).expect("log file"));
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command.spawn().expect("start mandaat serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read the listening line");
        let base = line
            .trim()
            .strip_prefix("Mandaat listening on ")
            .unwrap_or_else(|| {
                panic!(
                    "server did not start: {line:?}; log: {}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                )
            })
            .to_owned();
        Self { child, base, log }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits for the process to end by itself, up to `seconds`.
    pub fn wait_for_exit(&mut self, seconds: u64) -> Option<std::process::ExitStatus> {
        for _ in 0..seconds * 20 {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        None
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP response, read whole.
pub struct Reply {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
    pub text: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn id(&self) -> Uuid {
        self.body["id"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no id in {}", self.text))
    }

    /// Asserts an RFC 9457 problem with this status and returns the fields it names.
    pub fn assert_problem(&self, status: u16) -> Vec<String> {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; body: {}",
            self.text
        );
        assert_eq!(
            self.header("content-type"),
            Some("application/problem+json"),
            "body: {}",
            self.text
        );
        assert_eq!(self.body["status"], status);
        assert!(
            self.body["title"].is_string()
                && self.body["detail"].is_string()
                && self.body["type"].is_string()
        );
        self.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| e["field"].as_str().unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    #[track_caller]
    pub fn assert_status(&self, status: u16) -> &Self {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; body: {}",
            self.text
        );
        self
    }
}

/// reqwest with TLS by rustls needs its crypto provider installed first (the server does too).
pub fn http_client() -> reqwest::ClientBuilder {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
}

/// A client, optionally signed in.
#[derive(Clone)]
pub struct Client {
    pub base: String,
    pub token: Option<String>,
    http: reqwest::Client,
}

impl Client {
    pub fn anonymous(server: &Server) -> Self {
        Self {
            base: server.base.clone(),
            token: None,
            http: http_client().build().expect("an HTTP client"),
        }
    }

    /// A client whose connections come from `address`: on Linux every address of 127.0.0.0/8
    /// is the loopback, so `127.0.0.2` acts as another device.
    pub fn anonymous_from(server: &Server, address: &str) -> Self {
        let address: std::net::IpAddr = address.parse().expect("an IP address");
        Self {
            base: server.base.clone(),
            token: None,
            http: http_client()
                .local_address(address)
                .build()
                .expect("an HTTP client"),
        }
    }

    /// The same caller at another server (on the same database).
    pub fn at(&self, server: &Server) -> Self {
        Self {
            base: server.base.clone(),
            ..self.clone()
        }
    }

    pub fn with_token(&self, token: &str) -> Self {
        Self {
            token: Some(token.to_owned()),
            ..self.clone()
        }
    }

    pub async fn send(&self, method: Method, path: &str, body: Option<Value>) -> Reply {
        let mut request = self.http.request(method, format!("{}{}", self.base, path));
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        Self::read(request.send().await.expect("request sent")).await
    }

    pub async fn read(response: reqwest::Response) -> Reply {
        let status = response.status();
        let headers = response.headers().clone();
        let text = response.text().await.expect("body read");
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Reply {
            status,
            headers,
            body,
            text,
        }
    }

    pub fn raw(&self) -> &reqwest::Client {
        &self.http
    }

    /// Like `send`, but a refused or broken connection gives `None` instead of a panic.
    pub async fn try_post(&self, path: &str, body: Value) -> Option<Reply> {
        let mut request = self.http.post(format!("{}{}", self.base, path)).json(&body);
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.ok()?;
        let status = response.status();
        let headers = response.headers().clone();
        let text = response.text().await.ok()?;
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Some(Reply {
            status,
            headers,
            body,
            text,
        })
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.send(Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Reply {
        self.send(Method::POST, path, Some(body)).await
    }

    pub async fn patch(&self, path: &str, body: Value) -> Reply {
        self.send(Method::PATCH, path, Some(body)).await
    }

    pub async fn put(&self, path: &str, body: Value) -> Reply {
        self.send(Method::PUT, path, Some(body)).await
    }

    pub async fn login(&self, email: &str, password: &str) -> Reply {
        self.post(
            "/api/v1/auth/login",
            json!({"email": email, "password": password}),
        )
        .await
    }

    /// Signs in and returns a client carrying the token.
    pub async fn signed_in(&self, email: &str, password: &str) -> Self {
        let reply = self.login(email, password).await;
        reply.assert_status(200);
        self.with_token(reply.body["accessToken"].as_str().expect("accessToken"))
    }
}

/// An organisation with a running server, its admin, and one person per role.
pub struct Org {
    pub admin: Client,
    pub anonymous: Client,
    pub name: String,
}

pub struct Person {
    pub id: Uuid,
    pub email: String,
    pub client: Client,
}

impl Org {
    /// Bootstraps an organisation on the database behind `server` and signs its admin in.
    pub async fn bootstrap(db: &TestDb, server: &Server, name: &str) -> Self {
        let admin_email = format!("beheer@{}.test", slug(name));
        let output = run_command(
            db,
            &[
                "bootstrap",
                "--org",
                name,
                "--admin-email",
                &admin_email,
                "--admin-password",
                PASSWORD,
            ],
        );
        assert!(
            output.status.success(),
            "bootstrap failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let anonymous = Client::anonymous(server);
        let admin = anonymous.signed_in(&admin_email, PASSWORD).await;
        Self {
            admin,
            anonymous,
            name: name.to_owned(),
        }
    }

    pub async fn team(&self, name: &str) -> Uuid {
        self.admin
            .post("/api/v1/teams", json!({"name": name}))
            .await
            .assert_status(201)
            .id()
    }

    pub async fn category(&self, code: &str) -> Uuid {
        self.admin
            .post(
                "/api/v1/categories",
                json!({"code": code, "name": format!("Categorie {code}")}),
            )
            .await
            .assert_status(201)
            .id()
    }

    /// Adds a person with these roles and teams and signs them in.
    pub async fn person(&self, local: &str, roles: &[&str], teams: &[Uuid]) -> Person {
        let email = format!("{local}@{}.test", slug(&self.name));
        let reply = self
            .admin
            .post("/api/v1/users", json!({"name": local, "email": email, "roles": roles, "teamIds": teams, "password": PASSWORD}))
            .await;
        reply.assert_status(201);
        let client = self.anonymous.signed_in(&email, PASSWORD).await;
        Person {
            id: reply.id(),
            email,
            client,
        }
    }

    /// Makes `person` a lead of `team` (keeping the other members).
    pub async fn make_lead(&self, team: Uuid, person: Uuid) {
        let current = self.admin.get(&format!("/api/v1/teams/{team}")).await;
        let mut leads: Vec<Value> = current.body["leadIds"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        leads.push(json!(person));
        self.admin
            .patch(&format!("/api/v1/teams/{team}"), json!({"leadIds": leads}))
            .await
            .assert_status(200);
    }
}

pub fn slug(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

/// One server on a fresh database with one bootstrapped organisation.
pub async fn start() -> (TestDb, Server, Org) {
    let db = TestDb::new().await;
    let server = Server::start(&db);
    let org = Org::bootstrap(&db, &server, "Gemeente Test").await;
    (db, server, org)
}

/// Recomputes the running totals from the ledger entries and asserts they agree: per
/// professional, reserved and committed over all months.
pub async fn assert_ledger_consistent(db: &TestDb) {
    use sea_orm::{ConnectionTrait, Statement};
    use std::collections::HashMap;
    let conn = sea_orm::Database::connect(&db.url).await.expect("connect");
    let backend = conn.get_database_backend();
    let entries = conn
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT professional_id, kind, CAST(SUM(amount_cents) AS BIGINT) AS total FROM ledger_entries GROUP BY professional_id, kind",
        ))
        .await
        .expect("entries");
    let mut expected: HashMap<String, (i64, i64)> = HashMap::new();
    for row in entries {
        let professional: Uuid = row.try_get("", "professional_id").expect("professional");
        let kind: String = row.try_get("", "kind").expect("kind");
        let total: i64 = row.try_get("", "total").expect("total");
        let sums = expected
            .entry(format!("professional:{professional}"))
            .or_default();
        match kind.as_str() {
            "commitment" | "correction" => sums.1 += total,
            "reservation" | "release" => sums.0 += total,
            other => panic!("unexpected entry kind {other}"),
        }
    }
    let totals = conn
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT scope, CAST(SUM(reserved_cents) AS BIGINT) AS reserved, CAST(SUM(committed_cents) AS BIGINT) AS committed \
             FROM ledger_month_totals WHERE scope LIKE 'professional:%' AND scope NOT LIKE '%:category:%' GROUP BY scope",
        ))
        .await
        .expect("totals");
    let mut actual: HashMap<String, (i64, i64)> = HashMap::new();
    for row in totals {
        let scope: String = row.try_get("", "scope").expect("scope");
        actual.insert(
            scope,
            (
                row.try_get("", "reserved").expect("reserved"),
                row.try_get("", "committed").expect("committed"),
            ),
        );
    }
    conn.close().await.ok();
    assert_eq!(
        actual, expected,
        "running totals (reserved, committed) equal the entries"
    );
}
