//! Tokens of an organisation's own OpenID Connect provider, with a key pair made here.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p256::{
    ecdsa::SigningKey,
    pkcs8::{EncodePrivateKey, LineEnding},
};
use serde_json::{Value, json};

use crate::harness::*;

const ISSUER: &str = "https://login.gemeentetest.test/realms/medewerkers";
const AUDIENCE: &str = "mandaat";

struct Provider {
    key: EncodingKey,
    jwks: Value,
}

fn provider(kid: &str) -> Provider {
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
    Provider {
        key: EncodingKey::from_ec_pem(pem.as_bytes()).unwrap(),
        jwks,
    }
}

fn token(provider: &Provider, kid: &str, claims: Value) -> String {
    signed(provider, Some(kid), claims)
}

fn signed(provider: &Provider, kid: Option<&str>, claims: Value) -> String {
    let mut header = Header::new(Algorithm::ES256);
    header.kid = kid.map(str::to_owned);
    jsonwebtoken::encode(&header, &claims, &provider.key).unwrap()
}

/// Makes `idp` the organisation's identity provider, mapping people by `user_claim`.
async fn use_provider(org: &Org, idp: &Provider, user_claim: &str) {
    org.admin
        .put(
            "/api/v1/identity-provider",
            json!({"issuer": ISSUER, "audience": AUDIENCE, "jwks": idp.jwks, "userClaim": user_claim}),
        )
        .await
        .assert_status(200);
}

fn claims(email: &str, sub: &str) -> Value {
    let now = jsonwebtoken::get_current_timestamp();
    json!({"iss": ISSUER, "aud": AUDIENCE, "sub": sub, "email": email, "iat": now, "exp": now + 300})
}

#[tokio::test]
async fn tokens_of_the_organisations_provider_sign_people_in_by_email() {
    let (_db, _server, org) = start().await;
    let person = org.person("extern", &["professional"], &[]).await;
    let idp = provider("k1");
    use_provider(&org, &idp, "email").await;
    let stored = org.admin.get("/api/v1/identity-provider").await;
    assert_eq!(stored.body["issuer"], ISSUER);

    let good = token(&idp, "k1", claims(&person.email.to_uppercase(), "abc"));
    let me = org.anonymous.with_token(&good).get("/api/v1/me").await;
    me.assert_status(200);
    assert_eq!(me.body["id"], json!(person.id));

    let mut wrong_audience = claims(&person.email, "abc");
    wrong_audience["aud"] = json!("another-app");
    let mut expired = claims(&person.email, "abc");
    expired["exp"] = json!(jsonwebtoken::get_current_timestamp() - 3600);
    let stranger = claims("onbekend@gemeentetest.test", "abc");
    for bad in [wrong_audience, expired, stranger] {
        org.anonymous
            .with_token(&token(&idp, "k1", bad))
            .get("/api/v1/me")
            .await
            .assert_problem(401);
    }
    let other_key = provider("k1");
    org.anonymous
        .with_token(&token(&other_key, "k1", claims(&person.email, "abc")))
        .get("/api/v1/me")
        .await
        .assert_problem(401);
    org.anonymous
        .with_token(&token(&idp, "unknown-kid", claims(&person.email, "abc")))
        .get("/api/v1/me")
        .await
        .assert_problem(401);
}

#[tokio::test]
async fn people_can_be_mapped_by_subject() {
    let (_db, _server, org) = start().await;
    let reply = org
        .admin
        .post("/api/v1/users", json!({"name": "Zonder Wachtwoord", "email": "zw@gemeentetest.test", "roles": ["controller"], "externalSubject": "f3a1-77"}))
        .await;
    reply.assert_status(201);
    assert_eq!(reply.body["hasPassword"], false);
    let idp = provider("k2");
    use_provider(&org, &idp, "sub").await;
    let me = org
        .anonymous
        .with_token(&token(&idp, "k2", claims("wie@dan.ook", "f3a1-77")))
        .get("/api/v1/me")
        .await;
    me.assert_status(200);
    assert_eq!(me.body["email"], "zw@gemeentetest.test");
    org.anonymous
        .with_token(&token(&idp, "k2", claims("zw@gemeentetest.test", "other")))
        .get("/api/v1/me")
        .await
        .assert_problem(401);
}

#[tokio::test]
async fn provider_settings_are_validated_admin_only_and_per_tenant() {
    let (db, server, org) = start().await;
    let fields = org
        .admin
        .put(
            "/api/v1/identity-provider",
            json!({"issuer": "", "audience": "", "jwks": {"keys": []}, "userClaim": "email"}),
        )
        .await
        .assert_problem(400);
    assert_eq!(fields, ["issuer", "audience", "jwks.keys"]);
    org.admin
        .put(
            "/api/v1/identity-provider",
            json!({"issuer": "mandaat", "audience": "x", "jwks": {"nope": 1}, "userClaim": "sub"}),
        )
        .await
        .assert_problem(400);

    let professional = org.person("prof", &["professional"], &[]).await;
    let idp = provider("k3");
    let body =
        json!({"issuer": ISSUER, "audience": AUDIENCE, "jwks": idp.jwks, "userClaim": "email"});
    professional
        .client
        .put("/api/v1/identity-provider", body.clone())
        .await
        .assert_problem(403);
    professional
        .client
        .get("/api/v1/identity-provider")
        .await
        .assert_problem(403);
    org.admin
        .get("/api/v1/identity-provider")
        .await
        .assert_problem(404);
    org.admin
        .put("/api/v1/identity-provider", body.clone())
        .await
        .assert_status(200);

    let other = Org::bootstrap(&db, &server, "Gemeente Anders").await;
    other
        .admin
        .get("/api/v1/identity-provider")
        .await
        .assert_problem(404);
    let taken = other.admin.put("/api/v1/identity-provider", body).await;
    assert_eq!(taken.assert_problem(400), ["issuer"]);
    assert!(
        !taken.text.contains("Gemeente Test"),
        "never names another tenant"
    );
}

#[tokio::test]
async fn tokens_without_kid_or_from_the_future_are_refused() {
    let (_db, _server, org) = start().await;
    let person = org.person("extern", &["professional"], &[]).await;
    let idp = provider("k4");
    use_provider(&org, &idp, "email").await;
    let me = |token: String| {
        let client = org.anonymous.with_token(&token);
        async move { client.get("/api/v1/me").await }
    };
    me(token(&idp, "k4", claims(&person.email, "abc")))
        .await
        .assert_status(200);

    // The set holds one key, and still a token must name it.
    me(signed(&idp, None, claims(&person.email, "abc")))
        .await
        .assert_problem(401);

    let now = jsonwebtoken::get_current_timestamp();
    let with = |claim: &str, value: u64| {
        let mut claims = claims(&person.email, "abc");
        claims[claim] = json!(value);
        token(&idp, "k4", claims)
    };
    // Within the leeway of 30 seconds: a provider's clock slightly ahead.
    me(with("iat", now + 10)).await.assert_status(200);
    me(with("nbf", now + 10)).await.assert_status(200);
    me(with("iat", now + 120)).await.assert_problem(401);
    me(with("nbf", now + 120)).await.assert_problem(401);
    let mut odd = claims(&person.email, "abc");
    odd["iat"] = json!("yesterday");
    me(token(&idp, "k4", odd)).await.assert_problem(401);
}

#[tokio::test]
async fn a_key_set_whose_keys_have_no_kid_is_refused() {
    let (_db, _server, org) = start().await;
    let mut jwks = provider("k5").jwks;
    jwks["keys"][0].as_object_mut().unwrap().remove("kid");
    let fields = org
        .admin
        .put(
            "/api/v1/identity-provider",
            json!({"issuer": ISSUER, "audience": AUDIENCE, "jwks": jwks, "userClaim": "email"}),
        )
        .await
        .assert_problem(400);
    assert_eq!(fields, ["jwks.keys[0].kid"]);
}
