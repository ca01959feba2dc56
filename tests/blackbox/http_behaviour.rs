//! Behaviour every response shares: problem+json errors, headers, limits, operations endpoints.

use reqwest::Method;
use serde_json::json;

use crate::harness::*;

#[tokio::test]
async fn every_response_carries_the_version_and_security_headers() {
    let (_db, server, org) = start().await;
    for reply in [
        org.admin.get("/api/v1/me").await,
        org.anonymous.get("/api/v1/me").await,
        org.anonymous.get("/healthz").await,
        org.anonymous.get("/").await,
        org.anonymous.get("/api/v1/no-such-thing").await,
    ] {
        assert_eq!(reply.header("api-version"), Some("1.0.0"));
        assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(reply.header("x-frame-options"), Some("DENY"));
        assert!(
            reply
                .header("content-security-policy")
                .unwrap()
                .contains("frame-ancestors 'none'")
        );
        assert!(
            reply.header("strict-transport-security").is_none(),
            "no HSTS over plain HTTP"
        );
    }
    assert_eq!(
        org.admin.get("/api/v1/me").await.header("cache-control"),
        Some("no-store")
    );
    drop(server);
}

#[tokio::test]
async fn hsts_is_sent_when_the_public_address_is_https() {
    let db = TestDb::new().await;
    let server = Server::start_with(&db, &[("PUBLIC_URL", "https://mandaat.rijnstede.nl")]);
    let reply = Client::anonymous(&server).get("/healthz").await;
    assert!(
        reply
            .header("strict-transport-security")
            .unwrap()
            .starts_with("max-age=")
    );
}

#[tokio::test]
async fn unknown_routes_and_trailing_slashes_are_404_problems() {
    let (_db, _server, org) = start().await;
    org.admin
        .get("/api/v1/no-such-thing")
        .await
        .assert_problem(404);
    let trailing = org.admin.get("/api/v1/teams/").await;
    trailing.assert_problem(404);
    assert!(trailing.header("location").is_none(), "never a redirect");
    org.admin
        .send(Method::DELETE, "/api/v1/teams", None)
        .await
        .assert_problem(405);
}

#[tokio::test]
async fn malformed_json_and_wrong_types_are_400_problems_naming_the_field() {
    let (_db, _server, org) = start().await;
    let reply = org
        .admin
        .raw()
        .post(format!("{}/api/v1/teams", org.admin.base))
        .bearer_auth(org.admin.token.as_ref().unwrap())
        .header("content-type", "application/json")
        .body("{\"name\": ")
        .send()
        .await
        .unwrap();
    Client::read(reply).await.assert_problem(400);

    let fields = org
        .admin
        .post(
            "/api/v1/users",
            json!({"name": "Ali", "email": "ali@test.nl", "roles": ["professional", "king"]}),
        )
        .await
        .assert_problem(400);
    assert_eq!(fields, ["roles[1]"]);
    let fields = org
        .admin
        .post(
            "/api/v1/teams",
            json!({"name": "Team", "memberIds": "nobody"}),
        )
        .await
        .assert_problem(400);
    assert_eq!(
        fields,
        ["memberIds"],
        "a wrong JSON type is reported against its field"
    );
    let fields = org
        .admin
        .get("/api/v1/teams/not-a-uuid")
        .await
        .assert_problem(400);
    assert_eq!(fields, ["id"]);
    let fields = org
        .admin
        .get("/api/v1/teams?limit=500&cursor=%21%21")
        .await
        .assert_problem(400);
    assert_eq!(fields, ["limit", "cursor"]);
}

#[tokio::test]
async fn bodies_over_the_limit_are_413_with_or_without_a_length() {
    let db = TestDb::new().await;
    let server = Server::start_with(&db, &[("MAX_BODY_BYTES", "2048")]);
    let org = Org::bootstrap(&db, &server, "Gemeente Groot").await;
    let big = json!({"name": "x".repeat(4096)});
    org.admin
        .post("/api/v1/teams", big.clone())
        .await
        .assert_problem(413);

    let status = post_chunked(&org.admin, "/api/v1/teams", &big.to_string()).await;
    assert_eq!(
        status, 413,
        "a chunked body without Content-Length is limited too"
    );
    org.admin
        .post("/api/v1/teams", json!({"name": "Klein team"}))
        .await
        .assert_status(201);
}

/// Sends a body with `Transfer-Encoding: chunked` (no Content-Length) over a plain socket and
/// returns the status code.
async fn post_chunked(client: &Client, path: &str, body: &str) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = client.base.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&address).await.unwrap();
    let mut request = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
        client.token.as_deref().unwrap()
    );
    for chunk in body.as_bytes().chunks(512) {
        request.push_str(&format!(
            "{:x}\r\n{}\r\n",
            chunk.len(),
            String::from_utf8_lossy(chunk)
        ));
    }
    request.push_str("0\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response).await;
    let text = String::from_utf8_lossy(&response);
    text.split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0)
}

#[tokio::test]
async fn health_readiness_metrics_and_docs_answer() {
    let (_db, _server, org) = start().await;
    let health = org.anonymous.get("/healthz").await;
    health.assert_status(200);
    assert_eq!(health.body["status"], "ok");
    let ready = org.anonymous.get("/readyz").await;
    ready.assert_status(200);
    assert_eq!(ready.body["status"], "ready");
    let metrics = org.anonymous.get("/metrics").await;
    metrics.assert_status(200);
    assert!(
        metrics
            .text
            .contains("mandaat_http_requests_total{status=\"2xx\"}")
    );
    assert!(metrics.text.contains("mandaat_database_up 1"));
    let docs = org.anonymous.get("/docs").await;
    docs.assert_status(200);
    assert!(
        docs.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    let pwa = org.anonymous.get("/").await;
    assert!(pwa.text.contains("Mandaat"));
}

#[tokio::test]
async fn sigterm_stops_the_server_gracefully() {
    let db = TestDb::new().await;
    let mut server = Server::start(&db);
    Client::anonymous(&server)
        .get("/healthz")
        .await
        .assert_status(200);
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &server.pid().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = server
        .wait_for_exit(15)
        .expect("the server stops after SIGTERM");
    assert!(
        status.success(),
        "clean exit: {status:?}\n{}",
        server.log_text()
    );
    assert!(server.log_text().contains("shutting down"));
}

#[tokio::test]
async fn logs_hold_no_passwords_or_tokens() {
    let (_db, server, org) = start().await;
    let person = org.person("geheimhouder", &["professional"], &[]).await;
    person.client.get("/api/v1/me").await.assert_status(200);
    org.anonymous
        .login(&person.email, "fout-wachtwoord-123")
        .await
        .assert_problem(401);
    let log = server.log_text();
    assert!(
        log.contains("\"path\":\"/api/v1/me\""),
        "requests are logged"
    );
    assert!(!log.contains(PASSWORD) && !log.contains("fout-wachtwoord-123"));
    assert!(!log.contains(person.client.token.as_deref().unwrap()));
    assert!(!log.contains(&person.email));
}

#[tokio::test]
async fn hashed_assets_are_cached_for_a_year_and_the_app_shell_is_revalidated() {
    let db = TestDb::new().await;
    let app = tempfile::tempdir().unwrap();
    std::fs::create_dir(app.path().join("assets")).unwrap();
    std::fs::write(
        app.path().join("index.html"),
        "<!doctype html><title>app</title>",
    )
    .unwrap();
    std::fs::write(
        app.path().join("sw.js"),
        "self.addEventListener('fetch', () => {});",
    )
    .unwrap();
    std::fs::write(app.path().join("assets/index-3f2a1b.js"), "export {};").unwrap();
    let server = Server::start_with(&db, &[("PWA_DIR", app.path().to_str().unwrap())]);
    let client = Client::anonymous(&server);
    let cache = |reply: &Reply| reply.header("cache-control").map(str::to_owned);
    let asset = client.get("/assets/index-3f2a1b.js").await;
    asset.assert_status(200);
    assert_eq!(
        cache(&asset).as_deref(),
        Some("public, max-age=31536000, immutable")
    );
    for shell in ["/", "/sw.js", "/beslissingen/nieuw"] {
        let reply = client.get(shell).await;
        reply.assert_status(200);
        assert_eq!(cache(&reply).as_deref(), Some("no-cache"), "{shell}");
    }
    // The API is never cached by this rule.
    let api = client.get("/api/v1/me").await;
    assert_ne!(cache(&api).as_deref(), Some("no-cache"));
}

/// The field app's files are sent precompressed as the browser accepts them (brotli, else gzip,
/// else as they are), and revalidated with their ETag.
#[tokio::test]
async fn the_app_is_sent_precompressed_and_revalidated_by_its_etag() {
    let db = TestDb::new().await;
    let app = tempfile::tempdir().unwrap();
    std::fs::create_dir(app.path().join("assets")).unwrap();
    let shell = "<!doctype html><title>app</title>".repeat(20);
    std::fs::write(app.path().join("index.html"), &shell).unwrap();
    std::fs::write(app.path().join("index.html.br"), b"brotli bytes").unwrap();
    std::fs::write(app.path().join("index.html.gz"), b"gzip bytes").unwrap();
    std::fs::write(app.path().join("assets/app-1a2b.js"), "export {};").unwrap();
    std::fs::write(app.path().join("assets/app-1a2b.js.gz"), b"gz").unwrap();
    let server = Server::start_with(&db, &[("PWA_DIR", app.path().to_str().unwrap())]);
    // No decompression in this client: the bytes on the wire are what is checked.
    let http = http_client().build().unwrap();
    let get = |path: &str, accept: &str| {
        http.get(format!("{}{path}", server.base))
            .header("accept-encoding", accept)
            .send()
    };
    let header = |response: &reqwest::Response, name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };

    let brotli = get("/", "gzip, deflate, br").await.unwrap();
    assert_eq!(header(&brotli, "content-encoding").as_deref(), Some("br"));
    assert_eq!(header(&brotli, "vary").as_deref(), Some("Accept-Encoding"));
    let etag = header(&brotli, "etag").expect("an ETag");
    assert_eq!(brotli.bytes().await.unwrap().as_ref(), b"brotli bytes");

    let gzip = get("/beslissingen/nieuw", "gzip").await.unwrap();
    assert_eq!(header(&gzip, "content-encoding").as_deref(), Some("gzip"));
    assert_eq!(gzip.bytes().await.unwrap().as_ref(), b"gzip bytes");

    let plain = get("/", "identity").await.unwrap();
    assert_eq!(header(&plain, "content-encoding"), None);
    assert_eq!(plain.text().await.unwrap(), shell);
    let refused = get("/", "br;q=0, gzip;q=0").await.unwrap();
    assert_eq!(header(&refused, "content-encoding"), None);

    // Revalidation: the same ETag answers 304 without a body.
    let again = http
        .get(format!("{}/", server.base))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert!(again.bytes().await.unwrap().is_empty());

    let asset = get("/assets/app-1a2b.js", "br, gzip").await.unwrap();
    assert_eq!(header(&asset, "content-encoding").as_deref(), Some("gzip"));
    assert_eq!(
        header(&asset, "cache-control").as_deref(),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(
        header(&asset, "content-type").as_deref(),
        Some("text/javascript; charset=utf-8")
    );
    // A missing hashed asset is a 404, never the app shell.
    assert_eq!(get("/assets/gone-9z.js", "br").await.unwrap().status(), 404);
}
