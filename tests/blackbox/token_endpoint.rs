//! `POST /auth/token`: client credentials with `client_secret_basic` and `private_key_jwt`,
//! OAuth-shaped errors, single-use assertions, and the OpenAPI document's account of it.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p256::{
    ecdsa::SigningKey,
    pkcs8::{EncodePrivateKey, LineEnding},
};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    api_clients::{form, register, token_request},
    harness::*,
};

struct KeyPair {
    key: EncodingKey,
    jwks: Value,
}

fn key_pair(kid: &str) -> KeyPair {
    let signing = SigningKey::random(&mut rand_core::OsRng);
    let point = signing.verifying_key().to_encoded_point(false);
    let b64 = |bytes: &[u8]| {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    };
    let jwks = json!({"keys": [{
        "kty": "EC", "crv": "P-256", "kid": kid, "use": "sig", "alg": "ES256",
        "x": b64(point.x().unwrap()), "y": b64(point.y().unwrap()),
    }]});
    let pem = signing.to_pkcs8_pem(LineEnding::LF).unwrap();
    KeyPair {
        key: EncodingKey::from_ec_pem(pem.as_bytes()).unwrap(),
        jwks,
    }
}

fn assertion(keys: &KeyPair, kid: &str, claims: &Value) -> String {
    let mut header = Header::new(Algorithm::ES256);
    header.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&header, claims, &keys.key).unwrap()
}

fn claims(client_id: &str, audience: &str) -> Value {
    let now = jsonwebtoken::get_current_timestamp();
    json!({"iss": client_id, "sub": client_id, "aud": audience, "iat": now, "exp": now + 120,
           "jti": Uuid::new_v4().to_string()})
}

async fn post_form(client: &Client, body: String) -> Reply {
    let response = client
        .raw()
        .post(format!("{}/api/v1/auth/token", client.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    Client::read(response).await
}

async fn with_assertion(client: &Client, assertion: &str) -> Reply {
    post_form(
        client,
        form(&[
            ("grant_type", "client_credentials"),
            (
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ),
            ("client_assertion", assertion),
        ]),
    )
    .await
}

#[track_caller]
fn assert_oauth_error(reply: &Reply, status: u16, error: &str) {
    assert_eq!(reply.status.as_u16(), status, "{}", reply.text);
    assert_eq!(reply.body["error"], error, "{}", reply.text);
    assert!(reply.body["error_description"].is_string());
}

#[tokio::test]
async fn client_secret_basic_gives_a_token_for_the_scopes_asked() {
    let (_db, _server, org) = start().await;
    let machine = register(&org, "Zaaksysteem", &["decisions:read", "reports:read"]).await;

    let all = token_request(&org.anonymous, &machine.id, &machine.secret, None).await;
    all.assert_status(200);
    assert_eq!(all.body["token_type"], "Bearer");
    assert_eq!(all.body["expires_in"], 3600);
    assert_eq!(all.body["scope"], "decisions:read reports:read");
    assert!(all.body["access_token"].is_string());
    assert_eq!(all.header("cache-control"), Some("no-store"));

    let some = token_request(
        &org.anonymous,
        &machine.id,
        &machine.secret,
        Some("reports:read"),
    )
    .await;
    some.assert_status(200);
    assert_eq!(some.body["scope"], "reports:read");

    let not_held = token_request(
        &org.anonymous,
        &machine.id,
        &machine.secret,
        Some("audit:read"),
    )
    .await;
    assert_oauth_error(&not_held, 400, "invalid_scope");
    let unknown = token_request(&org.anonymous, &machine.id, &machine.secret, Some("admin")).await;
    assert_oauth_error(&unknown, 400, "invalid_scope");

    let wrong = token_request(&org.anonymous, &machine.id, "not-the-secret", None).await;
    assert_oauth_error(&wrong, 401, "invalid_client");
    assert!(wrong.header("www-authenticate").is_some());
    let nobody = token_request(
        &org.anonymous,
        &Uuid::now_v7().to_string(),
        &machine.secret,
        None,
    )
    .await;
    assert_oauth_error(&nobody, 401, "invalid_client");

    let unauthenticated = post_form(
        &org.anonymous,
        form(&[("grant_type", "client_credentials")]),
    )
    .await;
    assert_oauth_error(&unauthenticated, 401, "invalid_client");
    let in_body = post_form(
        &org.anonymous,
        form(&[
            ("grant_type", "client_credentials"),
            ("client_id", &machine.id),
            ("client_secret", &machine.secret),
        ]),
    )
    .await;
    assert_oauth_error(&in_body, 401, "invalid_client");

    // JSON is not a token request.
    let json_body = org
        .anonymous
        .post(
            "/api/v1/auth/token",
            json!({"grant_type": "client_credentials"}),
        )
        .await;
    json_body.assert_problem(415);

    let password_grant = org
        .anonymous
        .raw()
        .post(format!("{}/api/v1/auth/token", org.anonymous.base))
        .basic_auth(&machine.id, Some(&machine.secret))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form(&[("grant_type", "password")]))
        .send()
        .await
        .unwrap();
    let password_grant = Client::read(password_grant).await;
    assert_oauth_error(&password_grant, 400, "unsupported_grant_type");

    // A parameter given twice is OAuth's invalid_request, in OAuth's shape too.
    let repeated = post_form(
        &org.anonymous,
        "grant_type=client_credentials&scope=a&scope=b".into(),
    )
    .await;
    assert_oauth_error(&repeated, 400, "invalid_request");

    // A machine token opens only what its scopes list.
    let token = all.body["access_token"].as_str().unwrap();
    org.anonymous
        .with_token(token)
        .get("/api/v1/users")
        .await
        .assert_problem(403);
}

#[tokio::test]
async fn private_key_jwt_assertions_are_verified_and_single_use() {
    let (_db, server, org) = start().await;
    let keys = key_pair("k1");
    let created = org
        .admin
        .post(
            "/api/v1/api-clients",
            json!({"name": "Zaaksysteem", "scopes": ["decisions:read"], "jwks": keys.jwks}),
        )
        .await;
    created.assert_status(201);
    assert_eq!(created.body["jwks"], keys.jwks);
    let id = created.body["clientId"].as_str().unwrap().to_owned();
    let audience = format!("{}/api/v1/auth/token", server.base);

    let good = assertion(&keys, "k1", &claims(&id, &audience));
    let granted = with_assertion(&org.anonymous, &good).await;
    granted.assert_status(200);
    assert_eq!(granted.body["scope"], "decisions:read");
    org.anonymous
        .with_token(granted.body["access_token"].as_str().unwrap())
        .get("/api/v1/decisions")
        .await
        .assert_status(200);

    // The same assertion again: its jti was used.
    assert_oauth_error(
        &with_assertion(&org.anonymous, &good).await,
        401,
        "invalid_client",
    );

    let mut other_audience = claims(&id, "https://elders.test/api/v1/auth/token");
    let refused = with_assertion(&org.anonymous, &assertion(&keys, "k1", &other_audience)).await;
    assert_oauth_error(&refused, 401, "invalid_client");
    other_audience["aud"] = json!(audience);
    other_audience["sub"] = json!(Uuid::now_v7().to_string());
    let refused = with_assertion(&org.anonymous, &assertion(&keys, "k1", &other_audience)).await;
    assert_oauth_error(&refused, 401, "invalid_client");

    let mut expired = claims(&id, &audience);
    expired["exp"] = json!(jsonwebtoken::get_current_timestamp() - 600);
    let refused = with_assertion(&org.anonymous, &assertion(&keys, "k1", &expired)).await;
    assert_oauth_error(&refused, 401, "invalid_client");

    let mut no_jti = claims(&id, &audience);
    no_jti.as_object_mut().unwrap().remove("jti");
    let refused = with_assertion(&org.anonymous, &assertion(&keys, "k1", &no_jti)).await;
    assert_oauth_error(&refused, 401, "invalid_client");

    let stranger = key_pair("k1");
    let refused = with_assertion(
        &org.anonymous,
        &assertion(&stranger, "k1", &claims(&id, &audience)),
    )
    .await;
    assert_oauth_error(&refused, 401, "invalid_client");
    let refused = with_assertion(
        &org.anonymous,
        &assertion(&keys, "k2", &claims(&id, &audience)),
    )
    .await;
    assert_oauth_error(&refused, 401, "invalid_client");

    // Without the assertion type it is not a client authentication.
    let typeless = post_form(
        &org.anonymous,
        form(&[
            ("grant_type", "client_credentials"),
            (
                "client_assertion",
                &assertion(&keys, "k1", &claims(&id, &audience)),
            ),
        ]),
    )
    .await;
    assert_oauth_error(&typeless, 400, "invalid_request");

    // A client without keys cannot use assertions.
    let secret_only = register(&org, "Alleen geheim", &["decisions:read"]).await;
    let refused = with_assertion(
        &org.anonymous,
        &assertion(&keys, "k1", &claims(&secret_only.id, &audience)),
    )
    .await;
    assert_oauth_error(&refused, 401, "invalid_client");
}

#[tokio::test]
async fn the_document_declares_the_token_endpoint_and_every_operations_scopes() {
    let (_db, _server, org) = start().await;
    let document = org.anonymous.get("/openapi.json").await;
    document.assert_status(200);
    let doc = &document.body;
    let scheme = &doc["components"]["securitySchemes"]["clientCredentials"];
    assert_eq!(scheme["type"], "oauth2");
    assert_eq!(
        scheme["flows"]["clientCredentials"]["tokenUrl"],
        "/api/v1/auth/token"
    );
    assert!(scheme["flows"]["clientCredentials"]["scopes"]["people:write"].is_string());
    let security = doc["paths"]["/decisions/{id}"]["get"]["security"]
        .as_array()
        .unwrap();
    assert!(security.contains(&json!({"clientCredentials": ["decisions:read"]})));
    assert!(security.iter().any(|r| r.get("Auth").is_some()));
    // Logging a decision is a person's: no scope opens it.
    let create = doc["paths"]["/decisions"]["post"]["security"]
        .as_array()
        .unwrap();
    assert!(create.iter().all(|r| r.get("clientCredentials").is_none()));
    assert!(doc["paths"]["/reports/budget-use"]["get"]["responses"]["429"].is_object());
    let token = &doc["paths"]["/auth/token"]["post"];
    assert!(token["requestBody"]["content"]["application/x-www-form-urlencoded"].is_object());
    assert!(token["responses"]["415"].is_object());
    assert!(doc["paths"]["/imports/people"]["post"]["responses"]["415"].is_object());
    for status in ["400", "401"] {
        let content = &token["responses"][status]["content"];
        assert!(content["application/json"].is_object(), "{status}");
        assert!(content["application/problem+json"].is_object(), "{status}");
    }
}
