//! Reports: each figure against a small hand-computed set, who sees what, CSV, bad filters.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    decisions::{decision, log, setup},
    harness::*,
    mandates::MandateOrg,
};

fn path(id: Uuid, step: &str) -> String {
    format!("/api/v1/decisions/{id}/{step}")
}

/// This month, in team Noord, Fatima logs: A €300 within her mandate; B €600 deviating from a
/// regulation, approved; C €700
/// rejected; D €200 housing co-signed by Joost; E an urgent deviation (€0) the lead backs; F
/// €800 still waiting for approval; and reflects on A (it worked). In team Zuid, Sanne (no
/// mandate) logs G €100, waiting for approval.
async fn logged() -> (TestDb, Server, MandateOrg) {
    let (db, server, m) = setup().await;
    let f = &m.fatima.client;
    let a = log(f, decision(m.financial, 30000, "CASE-A")).await.id();
    let mut deviating = decision(m.financial, 60000, "CASE-B");
    deviating["deviatesFrom"] = json!("Participatiewet art. 22a (kostendelersnorm)");
    let b = log(f, deviating).await.id();
    let c = log(f, decision(m.financial, 70000, "CASE-C")).await.id();
    let d = log(f, decision(m.housing, 20000, "CASE-D")).await.id();
    let mut urgent = decision(m.deviation, 0, "CASE-E");
    urgent["urgent"] = json!(true);
    let e = log(f, urgent).await.id();
    log(f, decision(m.financial, 80000, "CASE-F"))
        .await
        .assert_status(201);
    log(&m.sanne.client, decision(m.financial, 10000, "CASE-G"))
        .await
        .assert_status(201);
    let lead = &m.lead.client;
    lead.post(&path(b, "approve"), json!({}))
        .await
        .assert_status(200);
    lead.post(&path(c, "reject"), json!({}))
        .await
        .assert_status(200);
    m.joost
        .client
        .post(&path(d, "cosign"), json!({}))
        .await
        .assert_status(200);
    lead.post(
        &path(e, "review"),
        json!({"outcome": "backed", "learning": "Goed gedaan."}),
    )
    .await
    .assert_status(200);
    f.post(
        &path(a, "reflections"),
        json!({"outcome": "Het hielp.", "worked": true}),
    )
    .await
    .assert_status(201);
    (db, server, m)
}

/// The decisions of all rows of a report.
fn decisions_in(report: &Value) -> i64 {
    report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["decisions"].as_i64().unwrap())
        .sum()
}

/// A report asked for as CSV.
async fn get_csv(client: &Client, path: &str) -> reqwest::Response {
    client
        .raw()
        .get(format!("{}{path}", client.base))
        .bearer_auth(client.token.as_deref().unwrap())
        .header("Accept", "text/csv")
        .send()
        .await
        .unwrap()
}

/// The row of this period's last month (the current one) for `key`.
fn this_month<'a>(report: &'a Value, key: &str, value: &str) -> &'a Value {
    let month = report["period"]["to"].as_str().unwrap();
    report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["month"] == month && r[key] == value)
        .unwrap_or_else(|| panic!("no row {key}={value} for {month} in {report}"))
}

#[tokio::test]
async fn every_report_adds_up_to_the_hand_computed_set() {
    let (_db, _server, m) = logged().await;
    let lead = &m.lead.client;

    let mix = lead.get("/api/v1/reports/verdict-mix").await;
    mix.assert_status(200);
    for (verdict, decisions, amount) in [
        ("within_mandate", 1, 30000),
        ("needs_four_eyes", 1, 20000),
        ("needs_approval", 3, 210000),
        ("outside_mandate", 0, 0),
        ("urgent", 1, 0),
    ] {
        let row = this_month(&mix.body, "verdict", verdict);
        assert_eq!(
            (row["decisions"].as_i64(), row["amountCents"].as_i64()),
            (Some(decisions), Some(amount)),
            "{verdict}"
        );
    }

    let budget = lead.get("/api/v1/reports/budget-use").await;
    let month = budget.body["period"]["to"].clone();
    let row = budget.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["month"] == month)
        .unwrap();
    // Committed: A, B (approved), D (co-signed), E (urgent, €0); reserved: F; C released.
    assert_eq!(row["committedCents"], 110000);
    assert_eq!(row["reservedCents"], 80000);
    assert_eq!(row["decisions"], 5);

    let turnaround = lead.get("/api/v1/reports/turnaround").await;
    let steps: Vec<(String, i64)> = turnaround.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["step"].as_str().unwrap().to_owned(),
                r["steps"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            ("cosign".to_owned(), 1),
            ("approval".to_owned(), 2),
            ("review".to_owned(), 1)
        ]
    );
    // Everything happened within the hour.
    assert_eq!(turnaround.body["rows"][1]["medianHours"], 0);
    // The lead sees F waiting, not Sanne's G in another team.
    let waiting = turnaround.body["longestWaiting"].as_array().unwrap();
    assert_eq!(waiting.len(), 1, "{}", turnaround.text);
    assert_eq!(waiting[0]["professionalId"], json!(m.fatima.id));

    let urgent = lead.get("/api/v1/reports/urgent-reviews").await;
    let month = urgent.body["period"]["to"].clone();
    let row = urgent.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["month"] == month)
        .unwrap();
    assert_eq!(
        (
            &row["urgentDecisions"],
            &row["awaitingReview"],
            &row["backed"],
            &row["notBacked"]
        ),
        (&json!(1), &json!(0), &json!(1), &json!(0))
    );

    let reflections = lead.get("/api/v1/reports/reflections").await;
    assert_eq!(reflections.body["reflections"], 1);
    assert_eq!(reflections.body["worked"], 1);

    let uses = lead.get("/api/v1/reports/professional-use").await;
    let rows = uses.body["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "only Fatima decided in Noord: {}", uses.text);
    assert_eq!(rows[0]["professionalId"], json!(m.fatima.id));
    assert_eq!(rows[0]["decisions"], 6);
    assert_eq!(rows[0]["withinMandate"], 1);
    assert_eq!(rows[0]["needsApproval"], 3);
    assert_eq!(rows[0]["urgent"], 1);
    assert_eq!(rows[0]["withinPercent"], 16);
    // A, B, D, E committed and F reserved; C was rejected.
    assert_eq!(rows[0]["usedCents"], 190000);

    // The controller sees the whole organisation: Sanne's waiting decision too.
    let all = m.controller.client.get("/api/v1/reports/verdict-mix").await;
    assert_eq!(decisions_in(&all.body), 7);
    let waiting = m.controller.client.get("/api/v1/reports/turnaround").await;
    assert_eq!(waiting.body["longestWaiting"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn reports_show_only_what_the_caller_may_see() {
    let (db, server, m) = logged().await;
    // A lead asking for another team's report.
    m.lead
        .client
        .get(&format!(
            "/api/v1/reports/verdict-mix?teamId={}",
            m.other_team
        ))
        .await
        .assert_problem(403);
    // A professional sees their own decisions only, and may not ask for a colleague's.
    let own = m
        .fatima
        .client
        .get("/api/v1/reports/professional-use")
        .await;
    assert_eq!(own.body["rows"].as_array().unwrap().len(), 1);
    assert_eq!(own.body["rows"][0]["professionalId"], json!(m.fatima.id));
    m.fatima
        .client
        .get(&format!(
            "/api/v1/reports/verdict-mix?professionalId={}",
            m.joost.id
        ))
        .await
        .assert_problem(403);
    let joost = m.joost.client.get("/api/v1/reports/verdict-mix").await;
    assert!(
        joost.body["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["decisions"] == 0),
        "{}",
        joost.text
    );
    // Another organisation sees none of it, and cannot name this one's team.
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    let reports = other.admin.get("/api/v1/reports/verdict-mix").await;
    assert!(
        reports.body["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["decisions"] == 0)
    );
    let fields = other
        .admin
        .get(&format!("/api/v1/reports/budget-use?teamId={}", m.team))
        .await
        .assert_problem(400);
    assert_eq!(fields, ["teamId"]);
    // Without a sign-in, nothing.
    Client::anonymous(&server)
        .get("/api/v1/reports/verdict-mix")
        .await
        .assert_problem(401);
}

/// Every role is refused what it may not see, rather than quietly answered with less: a
/// professional asking for a team reads like one asking for a colleague.
#[tokio::test]
async fn a_professional_asking_for_a_team_is_refused_like_one_asking_for_a_colleague() {
    let (_db, _server, m) = logged().await;
    let fatima = &m.fatima.client;
    for report in ["verdict-mix", "turnaround", "professional-use"] {
        // Another team, and even her own: a team's report is not hers to read.
        for team in [m.other_team, m.team] {
            fatima
                .get(&format!("/api/v1/reports/{report}?teamId={team}"))
                .await
                .assert_problem(403);
        }
        fatima
            .get(&format!(
                "/api/v1/reports/{report}?professionalId={}",
                m.joost.id
            ))
            .await
            .assert_problem(403);
    }
    // Naming herself is allowed, and shows what asking nothing shows.
    let named = fatima
        .get(&format!(
            "/api/v1/reports/professional-use?professionalId={}",
            m.fatima.id
        ))
        .await;
    named.assert_status(200);
    let rows = named.body["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{}", named.text);
    assert_eq!(rows[0]["professionalId"], json!(m.fatima.id));
    assert_eq!(rows[0]["decisions"], 6);
    let unnamed = fatima.get("/api/v1/reports/professional-use").await;
    assert_eq!(unnamed.body["rows"], named.body["rows"]);
    // A lead naming the team they lead is answered; the same request from a professional
    // of that team was refused above.
    let team = m
        .lead
        .client
        .get(&format!("/api/v1/reports/verdict-mix?teamId={}", m.team))
        .await;
    team.assert_status(200);
    assert_eq!(
        decisions_in(&team.body),
        6,
        "Fatima's six in Noord, not Sanne's in Zuid"
    );
}

#[tokio::test]
async fn reports_come_as_csv_when_asked() {
    let (_db, _server, m) = logged().await;
    let response = get_csv(&m.lead.client, "/api/v1/reports/professional-use").await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let body = response.text().await.unwrap();
    let lines: Vec<&str> = body.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "professional_id,name,decisions,within_mandate,needs_four_eyes,needs_approval,outside_mandate,urgent,within_percent,used_cents"
    );
    assert!(lines[1].starts_with(&m.fatima.id.to_string()), "{body}");
    assert!(lines[1].ends_with(",6,1,1,3,0,1,16,190000"), "{body}");
    assert_eq!(lines[2], "", "one row and a final line end");
}

#[tokio::test]
async fn bad_report_filters_are_named() {
    let (_db, _server, m) = setup().await;
    let fields = m
        .controller
        .client
        .get("/api/v1/reports/verdict-mix?from=2026-13&to=2026-1")
        .await
        .assert_problem(400);
    assert_eq!(fields, ["from", "to"]);
    let fields = m
        .controller
        .client
        .get("/api/v1/reports/verdict-mix?from=2026-06&to=2026-01")
        .await
        .assert_problem(400);
    assert_eq!(fields, ["to"]);
    let fields = m
        .controller
        .client
        .get(&format!(
            "/api/v1/reports/verdict-mix?categoryId={}",
            Uuid::now_v7()
        ))
        .await
        .assert_problem(400);
    assert_eq!(fields, ["categoryId"]);
}

#[tokio::test]
async fn the_accountability_export_lists_the_years_deviations_with_who_approved() {
    let (_db, _server, m) = logged().await;
    let year = chrono::Utc::now().format("%Y").to_string();
    let path = format!("/api/v1/reports/accountability?year={year}");
    m.lead.client.get(&path).await.assert_problem(403);
    m.fatima.client.get(&path).await.assert_problem(403);
    let export = m.controller.client.get(&path).await;
    export.assert_status(200);
    let rows = export.body["rows"].as_array().unwrap();
    let refs: Vec<&str> = rows
        .iter()
        .map(|r| r["clientRef"].as_str().unwrap())
        .collect();
    // B deviates from a regulation, E was urgent; A, C, D and F were within the rules.
    assert!(
        refs.contains(&"CASE-B") && refs.contains(&"CASE-E"),
        "{refs:?}"
    );
    for absent in ["CASE-A", "CASE-C", "CASE-D", "CASE-F"] {
        assert!(!refs.contains(&absent), "{absent} in {refs:?}");
    }
    let b = rows.iter().find(|r| r["clientRef"] == "CASE-B").unwrap();
    assert_eq!(b["approval"], "approved");
    assert!(b["approvalBy"].as_str().is_some_and(|n| !n.is_empty()));
    assert!(b["approvalAt"].is_string());
    assert_eq!(b["amountCents"], 60000);
    assert!(b["mandateVersionId"].is_string());
    let e = rows.iter().find(|r| r["clientRef"] == "CASE-E").unwrap();
    assert_eq!(e["review"], "backed");
    assert_eq!(e["status"], "reviewed");

    let csv = get_csv(&m.controller.client, &path)
        .await
        .text()
        .await
        .unwrap();
    let mut lines = csv.split("\r\n");
    // The stable columns in their order; the columns of a raise beyond the mandate follow.
    assert_eq!(
        lines.next().unwrap(),
        "decision_id,decided_on,professional_name,team_name,category_code,category_name,client_ref,amount_cents,verdict,status,urgent,deviates_from,rationale,mandate_version_id,cosigned_by,cosigned_at,approval,approval_by,approval_at,review,review_by,review_at\
         ,correction,correction_to_cents,correction_verdict,correction_by,correction_at"
    );
    assert_eq!(lines.filter(|l| !l.is_empty()).count(), rows.len());

    m.controller
        .client
        .get("/api/v1/reports/accountability?year=1850")
        .await
        .assert_problem(400);
}

/// The export as JSON and as CSV.
async fn accountability(carla: &Client, year: i32) -> (Value, String) {
    let path = format!("/api/v1/reports/accountability?year={year}");
    let json = carla.get(&path).await;
    json.assert_status(200);
    let csv = get_csv(carla, &path).await.text().await.unwrap();
    (json.body, csv)
}

/// `lower_snake` as the JSON field's camelCase.
fn camel(column: &str) -> String {
    let mut parts = column.split('_');
    let mut name = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        let mut chars = part.chars();
        name.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        name.push_str(chars.as_str());
    }
    name
}

/// Asserts that the CSV holds the JSON's rows, field by field and in the same order, and that
/// the rows come in the order of their date and id, each once. Returns the number of rows.
fn assert_same_rows(json: &Value, csv: &str) -> usize {
    let rows = json["rows"].as_array().unwrap();
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let columns: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), rows.len());
    for (record, row) in records.iter().zip(rows) {
        for (column, field) in columns.iter().zip(record.iter()) {
            let text = match &row[camel(column)] {
                Value::Null => String::new(),
                Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            // Text a spreadsheet would run gets an apostrophe in CSV only.
            let neutral = text.starts_with(['=', '+', '@'])
                || (text.starts_with('-') && text.parse::<f64>().is_err());
            let expected = if neutral { format!("'{text}") } else { text };
            assert_eq!(field, expected, "{column} of {row}");
        }
    }
    let keys: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["decidedOn"].as_str().unwrap(),
                r["decisionId"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(
        keys.windows(2).all(|pair| pair[0] < pair[1]),
        "rows in the order of date and id, none twice"
    );
    rows.len()
}

/// The export is read in pages while it is written: with more deviations than a page holds it
/// still lists each once, in order, the same in JSON and CSV, and as many as the database has.
#[tokio::test]
async fn the_accountability_export_streams_every_deviation_of_a_busy_year() {
    let db = TestDb::new().await;
    assert!(run_command(&db, &["demo"]).status.success());
    let seeded = run_command(&db, &["seed", "--decisions", "8000"]);
    assert!(
        seeded.status.success(),
        "{}",
        String::from_utf8_lossy(&seeded.stderr)
    );
    let server = Server::start(&db);
    let anonymous = Client::anonymous(&server);
    let carla = anonymous
        .signed_in("carla@rijnstede.demo", "demo-wachtwoord")
        .await;
    let fatima = anonymous
        .signed_in("fatima@rijnstede.demo", "demo-wachtwoord")
        .await;
    // Text a spreadsheet would run, with a comma and quotes, in this year's export.
    let categories = fatima.get("/api/v1/categories").await;
    let category: Uuid = serde_json::from_value(categories.body["items"][0]["id"].clone()).unwrap();
    let mut formula = decision(category, 0, "CASE-FORMULA");
    formula["rationale"] = json!("=HYPERLINK(\"https://x\"), bis");
    formula["deviatesFrom"] = json!("Beleidsregel 4");
    log(&fatima, formula).await.assert_status(201);

    let this_year: i32 = chrono::Utc::now().format("%Y").to_string().parse().unwrap();
    let (json, csv) = accountability(&carla, this_year).await;
    assert_same_rows(&json, &csv);
    let line = csv
        .split("\r\n")
        .find(|l| l.contains("CASE-FORMULA"))
        .unwrap();
    assert!(
        line.contains(",\"'=HYPERLINK(\"\"https://x\"\"), bis\","),
        "{line}"
    );

    // Last year is wholly seeded: more rows than one page of the export.
    let last_year = this_year - 1;
    let (json, csv) = accountability(&carla, last_year).await;
    let listed = assert_same_rows(&json, &csv);
    use sea_orm::{ConnectionTrait, Statement};
    let conn = sea_orm::Database::connect(&db.url).await.unwrap();
    let stored = conn
        .query_one_raw(Statement::from_string(
            conn.get_database_backend(),
            format!(
                "SELECT COUNT(*) FROM decisions WHERE decided_on BETWEEN '{last_year}-01-01' AND \
                 '{last_year}-12-31' AND (deviates_from IS NOT NULL OR verdict = 'outside_mandate' \
                 OR status IN ('recorded_urgent', 'reviewed'))"
            ),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<i64>(0)
        .unwrap();
    conn.close().await.ok();
    assert_eq!(listed as i64, stored);
    assert!(listed > 500, "{listed} rows fit in one page");
}
