//! No BSN in any form: not as a client reference, not pasted into a decision's or a workflow
//! step's text. Ordinary numbers (amounts, dates, telephone numbers) pass.

use serde_json::{Value, json};

use crate::{
    decisions::{decision, log, setup},
    harness::*,
};

/// 123456782 and 111222333 pass the eleven test; 12345672 is 012345672, which does too.
const BSN_FORMS: [&str; 7] = [
    "123456782",
    "12345672",
    "BSN123456782",
    "bsn-1234.56.782",
    "123456782-a",
    "111.222.333",
    "zaak:111222333",
];

#[tokio::test]
async fn a_bsn_in_any_form_is_refused_as_client_reference() {
    let (_db, _server, m) = setup().await;
    for bsn in BSN_FORMS {
        let fields = log(&m.fatima.client, decision(m.financial, 100, bsn))
            .await
            .assert_problem(400);
        assert_eq!(fields, ["clientRef"], "decision with {bsn}");
        let check = json!({"categoryId": m.financial, "amountCents": 100, "clientRef": bsn});
        let fields = m
            .fatima
            .client
            .post("/api/v1/mandate-checks", check)
            .await
            .assert_problem(400);
        assert_eq!(fields, ["clientRef"], "mandate check with {bsn}");
    }
    // Case numbers whose digits fail the eleven test are what a client reference should be.
    for case in [
        "CASE-2026-0042",
        "123456789",
        "Z-2026-00123",
        "ZAAK-2026-0106",
    ] {
        log(&m.fatima.client, decision(m.financial, 100, case))
            .await
            .assert_status(201);
    }
}

#[tokio::test]
async fn a_bsn_pasted_into_a_decisions_text_is_refused_with_the_field_named() {
    let (_db, _server, m) = setup().await;
    let mut body = decision(m.financial, 100, "CASE-7");
    body["rationale"] = json!("Moeder (BSN 1234.56.782) kan de huur niet betalen.");
    let reply = log(&m.fatima.client, body).await;
    assert_eq!(reply.assert_problem(400), ["rationale"]);
    assert!(
        !reply.text.contains("782"),
        "the number is not repeated: {}",
        reply.text
    );

    let mut everywhere = decision(m.financial, 100, "CASE-7");
    for (field, text) in [
        ("title", "Wasmachine voor 111222333"),
        ("situation", "Gezin, bsn: 123456782, wasmachine kapot."),
        ("solution", "Gekocht voor BSN123456782."),
        ("rationale", "Zie 111 222 333."),
        ("deviatesFrom", "Regel 4 voor 12345672"),
    ] {
        everywhere[field] = json!(text);
    }
    let fields = log(&m.fatima.client, everywhere).await.assert_problem(400);
    assert_eq!(
        fields,
        [
            "title",
            "situation",
            "solution",
            "rationale",
            "deviatesFrom"
        ]
    );
}

#[tokio::test]
async fn ordinary_numbers_in_texts_are_accepted() {
    let (_db, _server, m) = setup().await;
    let mut body = decision(m.financial, 100, "CASE-8");
    body["situation"] =
        json!("Op 2026-03-01 (01-03-2026, 20260301) huisbezoek; huurachterstand € 1.500,00.");
    body["solution"] = json!("Bel moeder op 06-12345678 of 020 1234567; betaald € 12.345.678,00.");
    body["rationale"] = json!("Zaak Z-2026-00123, polis 123456789, IBAN NL91ABNA0417164300.");
    body["deviatesFrom"] = json!("Beleidsregel 2026.03.01 artikel 12");
    log(&m.fatima.client, body).await.assert_status(201);
}

#[tokio::test]
async fn a_bsn_in_a_workflow_steps_text_is_refused_with_the_field_named() {
    let (_db, _server, m) = setup().await;
    let id = log(&m.fatima.client, decision(m.financial, 100, "CASE-9"))
        .await
        .assert_status(201)
        .id();
    let path = |step: &str| format!("/api/v1/decisions/{id}/{step}");
    let step = |client: &Client, step: &'static str, body: Value| {
        let client = client.clone();
        let path = path(step);
        async move { client.post(&path, body).await }
    };

    let reflection = step(
        &m.fatima.client,
        "reflections",
        json!({"outcome": "Werkte, bsn-1234.56.782 is geholpen.", "worked": true}),
    )
    .await;
    assert_eq!(reflection.assert_problem(400), ["outcome"]);
    let review = step(
        &m.lead.client,
        "review",
        json!({"outcome": "backed", "learning": "Voor 123456782 vooraf bellen."}),
    )
    .await;
    assert_eq!(review.assert_problem(400), ["learning"]);
    let withdrawal = step(
        &m.fatima.client,
        "withdraw",
        json!({"comment": "Dubbel ingevoerd voor 111222333."}),
    )
    .await;
    assert_eq!(withdrawal.assert_problem(400), ["comment"]);

    step(
        &m.fatima.client,
        "reflections",
        json!({"outcome": "Werkte: op 2026-03-01 € 1.500,00 terugbetaald.", "worked": true}),
    )
    .await
    .assert_status(201);
}
