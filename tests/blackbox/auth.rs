//! Sign-in and token verification of Mandaat's own tokens.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::json;

use crate::harness::*;

#[tokio::test]
async fn login_gives_a_bearer_token_that_opens_me() {
    let (_db, _server, org) = start().await;
    let reply = org
        .anonymous
        .login("Beheer@GemeenteTest.test", PASSWORD)
        .await;
    reply.assert_status(200);
    assert_eq!(reply.body["tokenType"], "Bearer");
    assert!(reply.body["expiresIn"].as_u64().unwrap() > 0);
    let me = org
        .anonymous
        .with_token(reply.body["accessToken"].as_str().unwrap())
        .get("/api/v1/me")
        .await;
    me.assert_status(200);
    assert_eq!(me.body["email"], "beheer@gemeentetest.test");
    assert_eq!(me.body["roles"], json!(["admin"]));
    assert_eq!(me.body["organisation"]["name"], "Gemeente Test");
}

#[tokio::test]
async fn wrong_credentials_unknown_addresses_and_deactivated_people_get_the_same_401() {
    let (_db, _server, org) = start().await;
    let person = org.person("vertrokken", &["professional"], &[]).await;
    let wrong = org
        .anonymous
        .login(&person.email, "niet-het-wachtwoord")
        .await;
    wrong.assert_problem(401);
    let unknown = org.anonymous.login("niemand@nergens.test", PASSWORD).await;
    unknown.assert_problem(401);
    assert_eq!(
        wrong.body, unknown.body,
        "nothing tells whether the address exists"
    );
    org.anonymous.login("", "").await.assert_problem(401);

    org.admin
        .patch(
            &format!("/api/v1/users/{}", person.id),
            json!({"active": false}),
        )
        .await
        .assert_status(200);
    org.anonymous
        .login(&person.email, PASSWORD)
        .await
        .assert_problem(401);
    person.client.get("/api/v1/me").await.assert_problem(401);
}

#[tokio::test]
async fn tokens_survive_a_restart() {
    let db = TestDb::new().await;
    let server = Server::start(&db);
    let org = Org::bootstrap(&db, &server, "Gemeente Herstart").await;
    let token = org.admin.token.clone().unwrap();
    drop(server);
    let server = Server::start(&db);
    Client::anonymous(&server)
        .with_token(&token)
        .get("/api/v1/me")
        .await
        .assert_status(200);
}

/// The admin's id and organisation id, the `sub` and `org` of their tokens.
async fn admin_identity(org: &Org) -> (String, String) {
    let me = org.admin.get("/api/v1/me").await;
    let id = |value: &serde_json::Value| value.as_str().unwrap().to_owned();
    (id(&me.body["id"]), id(&me.body["organisation"]["id"]))
}

fn claims(sub: &str, org: &str) -> serde_json::Value {
    let now = jsonwebtoken::get_current_timestamp();
    json!({"sub": sub, "org": org, "iss": "mandaat", "aud": "mandaat-api", "iat": now, "exp": now + 600})
}

#[tokio::test]
async fn forged_tokens_are_refused() {
    let (_db, _server, org) = start().await;
    let (sub, org_id) = admin_identity(&org).await;
    let good = claims(&sub, &org_id);
    let b64 = |v: &serde_json::Value| {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
    };
    let wrong_key = EncodingKey::from_secret(b"not the server's key, not at all!");
    let sign = |claims: &serde_json::Value| {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &wrong_key).unwrap()
    };

    let mut forged = vec![
        (
            "alg none",
            format!(
                "{}.{}.",
                b64(&json!({"alg": "none", "typ": "JWT"})),
                b64(&good)
            ),
        ),
        ("wrong key", sign(&good)),
        ("garbage", "not.a.token".to_owned()),
    ];
    // A genuine signature over altered claims.
    let genuine = org.admin.token.clone().unwrap();
    let parts: Vec<&str> = genuine.split('.').collect();
    let mut altered = good.clone();
    altered["exp"] = json!(jsonwebtoken::get_current_timestamp() + 10_000_000);
    forged.push((
        "altered claims",
        format!("{}.{}.{}", parts[0], b64(&altered), parts[2]),
    ));

    for (what, token) in forged {
        org.anonymous
            .with_token(&token)
            .get("/api/v1/me")
            .await
            .assert_problem(401);
        println!("refused: {what}");
    }
}

#[tokio::test]
async fn expired_wrong_audience_and_wrong_issuer_tokens_are_refused() {
    // Tokens signed with the server's real key, read from its database, but with bad claims.
    let (db, _server, org) = start().await;
    let (sub, org_id) = admin_identity(&org).await;
    let secret = server_secret(&db).await;
    let key = EncodingKey::from_secret(&secret);
    let sign = |claims: &serde_json::Value| {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &key).unwrap()
    };

    let good = claims(&sub, &org_id);
    org.anonymous
        .with_token(&sign(&good))
        .get("/api/v1/me")
        .await
        .assert_status(200);

    let now = jsonwebtoken::get_current_timestamp();
    let mut expired = good.clone();
    expired["exp"] = json!(now - 3600);
    let mut audience = good.clone();
    audience["aud"] = json!("another-api");
    let mut issuer = good.clone();
    issuer["iss"] = json!("somebody-else");
    let mut no_exp = good.clone();
    no_exp.as_object_mut().unwrap().remove("exp");
    for bad in [expired, audience, issuer, no_exp] {
        org.anonymous
            .with_token(&sign(&bad))
            .get("/api/v1/me")
            .await
            .assert_problem(401);
    }
    let hs512 = jsonwebtoken::encode(&Header::new(Algorithm::HS512), &good, &key).unwrap();
    org.anonymous
        .with_token(&hs512)
        .get("/api/v1/me")
        .await
        .assert_problem(401);
}

async fn server_secret(db: &TestDb) -> Vec<u8> {
    use base64::Engine;
    use sea_orm::{ConnectionTrait, Statement};
    let conn = sea_orm::Database::connect(&db.url).await.unwrap();
    let row = conn
        .query_one_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT secret FROM signing_keys",
        ))
        .await
        .unwrap()
        .expect("a signing key exists");
    let secret: String = row.try_get("", "secret").unwrap();
    conn.close().await.ok();
    base64::engine::general_purpose::STANDARD
        .decode(secret)
        .unwrap()
}

#[tokio::test]
async fn tokens_issued_or_valid_from_the_future_are_refused_beyond_the_leeway() {
    let (db, _server, org) = start().await;
    let (sub, org_id) = admin_identity(&org).await;
    let key = EncodingKey::from_secret(&server_secret(&db).await);
    let sign = |claims: &serde_json::Value| {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &key).unwrap()
    };
    let now = jsonwebtoken::get_current_timestamp();
    let with = |claim: &str, value: u64| {
        let mut claims = claims(&sub, &org_id);
        claims[claim] = json!(value);
        sign(&claims)
    };
    // A clock a few seconds ahead is within the 30 s leeway.
    for fine in [
        with("iat", now + 10),
        with("nbf", now + 10),
        with("nbf", now),
    ] {
        org.anonymous
            .with_token(&fine)
            .get("/api/v1/me")
            .await
            .assert_status(200);
    }
    for future in [with("iat", now + 120), with("nbf", now + 120)] {
        org.anonymous
            .with_token(&future)
            .get("/api/v1/me")
            .await
            .assert_problem(401);
    }
}

/// Seconds a 429 asks to wait, after checking it is a problem with `Retry-After`.
fn retry_after(reply: &Reply) -> u64 {
    reply.assert_problem(429);
    let seconds = reply
        .header("retry-after")
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("Retry-After in seconds: {:?}", reply.headers));
    assert!((1..=900).contains(&seconds), "{seconds}");
    seconds
}

async fn wait_out(seconds: u64) {
    tokio::time::sleep(std::time::Duration::from_millis(seconds * 1000 + 100)).await;
}

#[tokio::test]
async fn the_sixth_quick_wrong_password_waits_and_the_right_one_works_after_the_wait() {
    let (_db, _server, org) = start().await;
    let person = org.person("fatima", &["professional"], &[]).await;
    for _ in 0..5 {
        let wrong = org
            .anonymous
            .login(&person.email, "niet-het-wachtwoord")
            .await;
        wrong.assert_problem(401);
        assert_eq!(wrong.body["detail"], "Wrong e-mail address or password.");
        assert!(
            !wrong.text.to_lowercase().contains("bearer"),
            "{}",
            wrong.text
        );
    }
    let sixth = org
        .anonymous
        .login(&person.email, "niet-het-wachtwoord")
        .await;
    let wait = retry_after(&sixth);
    assert!(sixth.body["detail"].as_str().unwrap().contains("Try again"));
    // While the wait runs even the right password is not tried.
    retry_after(&org.anonymous.login(&person.email, PASSWORD).await);
    wait_out(wait).await;
    org.anonymous
        .login(&person.email, PASSWORD)
        .await
        .assert_status(200);
    // The right password forgets the failures: five more tries before the next wait.
    for _ in 0..5 {
        org.anonymous
            .login(&person.email, "nog-steeds-fout")
            .await
            .assert_problem(401);
    }
    retry_after(&org.anonymous.login(&person.email, "nog-steeds-fout").await);
}

#[tokio::test]
async fn unknown_addresses_are_limited_exactly_like_accounts() {
    let (_db, server, org) = start().await;
    let person = org.person("joost", &["professional"], &[]).await;
    // From a device neither has signed in from, so the account's own count applies.
    let device = Client::anonymous_from(&server, "127.0.0.5");
    for email in [person.email.as_str(), "niemand@nergens.test"] {
        let mut statuses = Vec::new();
        for _ in 0..6 {
            statuses.push(device.login(email, "fout-wachtwoord").await);
        }
        for reply in &statuses[..5] {
            reply.assert_problem(401);
        }
        retry_after(&statuses[5]);
        assert_eq!(statuses[0].body, statuses[1].body);
    }
}

#[tokio::test]
async fn one_addresses_failures_block_neither_other_addresses_nor_the_owners_usual_device() {
    let (_db, server, org) = start().await;
    // Signed in once from 127.0.0.1: that is her usual device from now on.
    let owner = org.person("owner", &["professional"], &[]).await;
    let other = org.person("collega", &["professional"], &[]).await;
    let attacker = Client::anonymous_from(&server, "127.0.0.2");
    for _ in 0..5 {
        attacker
            .login(&owner.email, "geraden")
            .await
            .assert_problem(401);
    }
    retry_after(&attacker.login(&owner.email, "geraden").await);
    // From a new device the account waits too: guessing from many addresses gains nothing.
    retry_after(
        &Client::anonymous_from(&server, "127.0.0.3")
            .login(&owner.email, PASSWORD)
            .await,
    );
    // Her usual device is not locked out by someone else's guesses.
    org.anonymous
        .login(&owner.email, PASSWORD)
        .await
        .assert_status(200);

    // An address that fails for many accounts waits for every account...
    for n in 0..15 {
        attacker
            .login(&format!("gok{n}@nergens.test"), "geraden")
            .await
            .assert_problem(401);
    }
    retry_after(&attacker.login(&other.email, PASSWORD).await);
    // ...while other addresses sign in to any of them.
    Client::anonymous_from(&server, "127.0.0.4")
        .login(&other.email, PASSWORD)
        .await
        .assert_status(200);
    Client::anonymous_from(&server, "127.0.0.4")
        .login("gok1@nergens.test", "geraden")
        .await
        .assert_problem(401);
}

#[tokio::test]
async fn x_forwarded_for_names_the_client_only_behind_a_trusted_proxy() {
    let failures = |client: Client, forwarded: &'static str, n: usize| async move {
        let mut last = None;
        for i in 0..n {
            let request = client
                .raw()
                .post(format!("{}/api/v1/auth/login", client.base))
                .header("X-Forwarded-For", forwarded)
                .json(&json!({"email": format!("gok{i}@nergens.test"), "password": "geraden"}));
            last = Some(Client::read(request.send().await.unwrap()).await);
        }
        last.expect("at least one attempt")
    };

    // Behind a trusted proxy every client address counts on its own.
    let db = TestDb::new().await;
    let server = Server::start_with(&db, &[("TRUSTED_PROXIES", "127.0.0.1")]);
    let proxy = Client::anonymous(&server);
    failures(proxy.clone(), "203.0.113.7", 20)
        .await
        .assert_problem(401);
    retry_after(&failures(proxy.clone(), "203.0.113.7", 1).await);
    failures(proxy.clone(), "198.51.100.1, 203.0.113.8", 1)
        .await
        .assert_problem(401);
    // What the client wrote before the proxy's entry is not believed.
    retry_after(&failures(proxy, "203.0.113.8, 203.0.113.7", 1).await);

    // Without it the header is ignored: writing another address escapes nothing.
    let db = TestDb::new().await;
    let server = Server::start(&db);
    let direct = Client::anonymous(&server);
    failures(direct.clone(), "203.0.113.7", 20)
        .await
        .assert_problem(401);
    retry_after(&failures(direct, "203.0.113.8", 1).await);
}
