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

fn claims(sub: &str, org: &str) -> serde_json::Value {
    let now = jsonwebtoken::get_current_timestamp();
    json!({"sub": sub, "org": org, "iss": "mandaat", "aud": "mandaat-api", "iat": now, "exp": now + 600})
}

#[tokio::test]
async fn forged_tokens_are_refused() {
    let (_db, _server, org) = start().await;
    let me = org.admin.get("/api/v1/me").await;
    let sub = me.body["id"].as_str().unwrap().to_owned();
    let org_id = me.body["organisation"]["id"].as_str().unwrap().to_owned();
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
    let me = org.admin.get("/api/v1/me").await;
    let sub = me.body["id"].as_str().unwrap().to_owned();
    let org_id = me.body["organisation"]["id"].as_str().unwrap().to_owned();
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
    let me = org.admin.get("/api/v1/me").await;
    let sub = me.body["id"].as_str().unwrap().to_owned();
    let org_id = me.body["organisation"]["id"].as_str().unwrap().to_owned();
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
