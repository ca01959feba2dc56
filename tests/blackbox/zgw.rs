//! ZGW Besluiten: the organisation's connection (admins only, per organisation, the secret never
//! read back, every bad field named).

use serde_json::json;

use crate::harness::*;

const SECRET: &str = "een-gedeeld-geheim-van-ten-minste-16";

fn connection(url: &str, category: uuid::Uuid) -> serde_json::Value {
    json!({
        "besluitenApiUrl": url,
        "clientId": "mandaat",
        "secret": SECRET,
        "rsin": "002220647",
        "bestuursorgaan": "College van B&W",
        "besluittypen": [{"categoryId": category, "besluittypeUrl": "https://catalogi.test/api/v1/besluittypen/1"}],
    })
}

#[tokio::test]
async fn the_zgw_connection_is_an_admins_per_organisation_and_its_secret_is_never_read_back() {
    let db = TestDb::new().await;
    let server = Server::start_with(&db, &[("WEBHOOKS_ALLOW_PRIVATE", "true")]);
    let ours = Org::bootstrap(&db, &server, "Gemeente Zgw").await;
    let theirs = Org::bootstrap(&db, &server, "Gemeente Anders").await;
    let category = ours.category("wmo").await;
    let team = ours.team("Wijkteam").await;
    let professional = ours.person("prof", &["professional"], &[team]).await;

    ours.admin
        .get("/api/v1/zgw-connection")
        .await
        .assert_problem(404);
    let body = connection("http://127.0.0.1:9/api/v1/", category);
    professional
        .client
        .put("/api/v1/zgw-connection", body.clone())
        .await
        .assert_problem(403);
    professional
        .client
        .get("/api/v1/zgw-connection")
        .await
        .assert_problem(403);

    let saved = ours.admin.put("/api/v1/zgw-connection", body).await;
    saved.assert_status(200);
    assert_eq!(saved.body["besluitenApiUrl"], "http://127.0.0.1:9/api/v1");
    assert_eq!(saved.body["secretSet"], true);
    assert!(!saved.text.contains(SECRET));
    let read = ours.admin.get("/api/v1/zgw-connection").await;
    read.assert_status(200);
    assert!(!read.text.contains(SECRET));
    assert!(read.body.get("secret").is_none());
    assert_eq!(read.body["besluittypen"][0]["categoryId"], json!(category));

    // Leaving the secret out keeps it.
    let mut again = connection("http://127.0.0.1:9/api/v1", category);
    again.as_object_mut().unwrap().remove("secret");
    let kept = ours.admin.put("/api/v1/zgw-connection", again).await;
    kept.assert_status(200);
    assert_eq!(kept.body["secretSet"], true);

    // Another organisation has none of it, and cannot name our category.
    theirs
        .admin
        .get("/api/v1/zgw-connection")
        .await
        .assert_problem(404);
    let fields = theirs
        .admin
        .put(
            "/api/v1/zgw-connection",
            connection("http://127.0.0.1:9", category),
        )
        .await
        .assert_problem(400);
    assert!(
        fields.contains(&"besluittypen[0].categoryId".to_owned()),
        "{fields:?}"
    );

    let fields = ours
        .admin
        .put(
            "/api/v1/zgw-connection",
            json!({
                "besluitenApiUrl": "ftp://x",
                "clientId": "",
                "secret": "kort",
                "rsin": "123456789",
                "bestuursorgaan": "",
                "besluittypen": [{"categoryId": category, "besluittypeUrl": "geen url"}],
            }),
        )
        .await
        .assert_problem(400);
    for field in [
        "besluitenApiUrl",
        "clientId",
        "secret",
        "rsin",
        "bestuursorgaan",
        "besluittypen[0].besluittypeUrl",
    ] {
        assert!(fields.contains(&field.to_owned()), "{field} in {fields:?}");
    }
}
