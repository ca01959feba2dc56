//! The binary's commands: bootstrap, demo, openapi, seed (`script`, from util-linux, gives
//! one test a terminal).

use crate::harness::*;

#[tokio::test]
async fn bootstrap_is_idempotent_for_the_same_organisation_and_email() {
    let db = TestDb::new().await;
    let args = [
        "bootstrap",
        "--org",
        "Gemeente Idem",
        "--admin-email",
        "Beheer@Idem.test",
        "--admin-password",
        PASSWORD,
    ];
    let first = run_command(&db, &args);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let second = run_command(&db, &args);
    assert!(second.status.success());
    let first = String::from_utf8_lossy(&first.stdout).to_string();
    let second = String::from_utf8_lossy(&second.stdout).to_string();
    assert!(first.contains("created"), "{first}");
    assert!(second.contains("already present"), "{second}");
    let id = |out: &str| out.split(['(', ')']).nth(1).map(str::to_owned);
    assert_eq!(id(&first), id(&second), "the same organisation both times");

    let server = Server::start(&db);
    let admin = Client::anonymous(&server)
        .signed_in("beheer@idem.test", PASSWORD)
        .await;
    let users = admin.get("/api/v1/users").await;
    assert_eq!(
        users.body["items"].as_array().map(Vec::len),
        Some(1),
        "no second admin: {}",
        users.text
    );
}

#[tokio::test]
async fn bootstrap_refuses_bad_input_without_creating_anything() {
    let db = TestDb::new().await;
    let output = run_command(
        &db,
        &[
            "bootstrap",
            "--org",
            " ",
            "--admin-email",
            "geen-adres",
            "--admin-password",
            "kort",
        ],
    );
    assert!(!output.status.success());
    let server = Server::start(&db);
    Client::anonymous(&server)
        .login("geen-adres", "kort")
        .await
        .assert_problem(401);
}

#[tokio::test]
async fn demo_loads_an_organisation_whose_people_can_sign_in() {
    let db = TestDb::new().await;
    let output = run_command(&db, &["demo"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8_lossy(&output.stdout).to_string();
    for role in ["professional", "team_lead", "controller", "admin"] {
        assert!(
            printed.contains(role),
            "the log-in details name a {role}: {printed}"
        );
    }
    assert!(
        run_command(&db, &["demo"]).status.success(),
        "demo can run twice"
    );

    let server = Server::start(&db);
    let anonymous = Client::anonymous(&server);
    let lead = anonymous
        .signed_in("ingrid@rijnstede.demo", "demo-wachtwoord")
        .await;
    let me = lead.get("/api/v1/me").await;
    assert!(
        me.body["roles"]
            .as_array()
            .unwrap()
            .contains(&"team_lead".into())
    );
    assert_eq!(me.body["leadTeamIds"].as_array().map(Vec::len), Some(1));
    let teams = lead.get("/api/v1/teams").await;
    assert!(teams.body["items"].as_array().unwrap().len() >= 2);
    let categories = lead.get("/api/v1/categories").await;
    assert!(categories.body["items"].as_array().unwrap().len() >= 5);
    let controller = anonymous
        .signed_in("carla@rijnstede.demo", "demo-wachtwoord")
        .await;
    controller.get("/api/v1/users").await.assert_status(200);
}

#[tokio::test]
async fn the_committed_openapi_document_is_current_and_served_at_both_addresses() {
    let output = std::process::Command::new(BIN)
        .arg("openapi")
        .output()
        .expect("run mandaat openapi");
    assert!(output.status.success());
    let generated = String::from_utf8(output.stdout).unwrap();
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../openapi/openapi.json"
    ))
    .expect("openapi/openapi.json is committed");
    assert!(
        generated.trim_end() == committed.trim_end(),
        "openapi/openapi.json is stale: run `cargo run -q -- openapi > openapi/openapi.json`"
    );

    let (_db, server, _org) = start().await;
    let anonymous = Client::anonymous(&server);
    let root = anonymous.get("/openapi.json").await;
    let versioned = anonymous.get("/api/v1/openapi.json").await;
    root.assert_status(200);
    assert_eq!(root.header("access-control-allow-origin"), Some("*"));
    assert_eq!(root.text, versioned.text);
    assert_eq!(root.text.trim_end(), committed.trim_end());
    assert_eq!(root.body["info"]["version"], "1.0.0");
}

#[tokio::test]
async fn seeding_the_ledger_keeps_the_running_totals_equal_to_the_entries() {
    let db = TestDb::new().await;
    assert!(run_command(&db, &["demo"]).status.success());
    let output = run_command(&db, &["seed", "--ledger-entries", "2500"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("2500 ledger entries"));

    use sea_orm::{ConnectionTrait, Statement};
    let conn = sea_orm::Database::connect(&db.url).await.unwrap();
    let number = |sql: &'static str| {
        let conn = &conn;
        async move {
            let row = conn
                .query_one_raw(Statement::from_string(conn.get_database_backend(), sql))
                .await
                .unwrap()
                .unwrap();
            row.try_get_by_index::<i64>(0).unwrap()
        }
    };
    assert_eq!(
        number("SELECT COUNT(*) FROM ledger_entries WHERE client_ref LIKE 'SEED-%'").await,
        2500
    );
    // Every scope's totals add up to the same committed amount as the entries.
    let committed = number(
        "SELECT CAST(SUM(amount_cents) AS BIGINT) FROM ledger_entries WHERE kind = 'commitment'",
    )
    .await;
    for (what, sql) in [
        (
            "categories",
            "SELECT CAST(SUM(committed_cents) AS BIGINT) FROM ledger_month_totals WHERE scope LIKE '%:category:%'",
        ),
        (
            "clients",
            "SELECT CAST(SUM(committed_cents) AS BIGINT) FROM ledger_month_totals WHERE scope LIKE 'client:%'",
        ),
    ] {
        assert_eq!(
            number(sql).await,
            committed,
            "the {what} totals add up to the entries"
        );
    }
    conn.close().await.ok();
    assert_ledger_consistent(&db).await;

    // The mandate shows what was used this period.
    let server = Server::start(&db);
    let fatima = Client::anonymous(&server)
        .signed_in("fatima@rijnstede.demo", "demo-wachtwoord")
        .await;
    let mandate = fatima.get("/api/v1/me/mandate").await;
    assert!(
        mandate.body["totalBudget"]["committedCents"]
            .as_i64()
            .unwrap()
            > 0,
        "{}",
        mandate.text
    );
    let remaining = mandate.body["totalBudget"]["remainingCents"]
        .as_i64()
        .unwrap();
    let limit = mandate.body["totalBudget"]["limitCents"].as_i64().unwrap();
    assert_eq!(
        remaining,
        limit - mandate.body["totalBudget"]["usedCents"].as_i64().unwrap()
    );
}

#[tokio::test]
async fn seeding_decisions_fills_every_status_with_consistent_bookings() {
    let db = TestDb::new().await;
    assert!(run_command(&db, &["demo"]).status.success());
    let output = run_command(&db, &["seed", "--decisions", "3000"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("3000 decisions"));
    assert_ledger_consistent(&db).await;

    use sea_orm::{ConnectionTrait, Statement};
    let conn = sea_orm::Database::connect(&db.url).await.unwrap();
    let rows = conn
        .query_all_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT status, COUNT(*) AS n FROM decisions WHERE client_ref LIKE 'SEED-%' GROUP BY status",
        ))
        .await
        .unwrap();
    let statuses: Vec<String> = rows
        .iter()
        .map(|row| row.try_get::<String>("", "status").unwrap())
        .collect();
    for status in [
        "recorded",
        "awaiting_cosign",
        "awaiting_approval",
        "recorded_urgent",
        "approved",
        "rejected",
        "withdrawn",
        "reviewed",
    ] {
        assert!(
            statuses.iter().any(|s| s == status),
            "no {status} among {statuses:?}"
        );
    }
    // Every seeded decision has its "created" event, and every settled one the step after it.
    let missing = conn
        .query_one_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT COUNT(*) FROM decisions d WHERE d.client_ref LIKE 'SEED-%' AND NOT EXISTS \
             (SELECT 1 FROM decision_events e WHERE e.decision_id = d.id AND e.kind = 'created')",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<i64>(0)
        .unwrap();
    assert_eq!(missing, 0);
    // The reports' monthly totals count every decision once, in its current status.
    let counted = |sql: &'static str| {
        let conn = &conn;
        async move {
            conn.query_one_raw(Statement::from_string(conn.get_database_backend(), sql))
                .await
                .unwrap()
                .unwrap()
                .try_get_by_index::<i64>(0)
                .unwrap()
        }
    };
    assert_eq!(
        counted("SELECT CAST(SUM(decisions) AS BIGINT) FROM decision_month_totals WHERE status = 'approved'").await,
        counted("SELECT COUNT(*) FROM decisions WHERE status = 'approved'").await
    );
    assert_eq!(
        counted("SELECT CAST(SUM(decisions) AS BIGINT) FROM decision_month_totals").await,
        counted("SELECT COUNT(*) FROM decisions").await
    );
    conn.close().await.ok();

    // The seeded decisions are ordinary decisions to the API: a controller lists them.
    let server = Server::start(&db);
    let carla = Client::anonymous(&server)
        .signed_in("carla@rijnstede.demo", "demo-wachtwoord")
        .await;
    let page = carla.get("/api/v1/decisions?status=rejected&limit=5").await;
    assert_eq!(page.status, 200, "{}", page.text);
    assert_eq!(page.body["items"].as_array().unwrap().len(), 5);
}

/// `seed` shows a bar with the rate and the time left on a terminal (run here under `script`,
/// which gives it a pseudo-terminal) and prints nothing of it when its output is a pipe.
#[tokio::test]
async fn long_commands_show_their_progress_on_a_terminal_only() {
    let db = TestDb::new().await;
    assert!(run_command(&db, &["demo"]).status.success());
    let piped = run_command(&db, &["seed", "--decisions", "2000"]);
    assert!(piped.status.success());
    let stderr = String::from_utf8_lossy(&piped.stderr);
    assert!(!stderr.contains("left"), "a bar in a pipe: {stderr}");
    assert!(
        !stderr.contains('\r'),
        "terminal control in a pipe: {stderr}"
    );

    let on_terminal = std::process::Command::new("script")
        .args([
            "-qefc",
            &format!("{BIN} seed --decisions 5000"),
            "/dev/null",
        ])
        .env("DATABASE_URL", &db.url)
        .env("LOG_LEVEL", "warn")
        .output()
        .expect("run mandaat under script");
    assert!(on_terminal.status.success());
    let screen = String::from_utf8_lossy(&on_terminal.stdout);
    assert!(
        screen.contains("decisions") && screen.contains("left") && screen.contains("/s"),
        "no bar on the terminal: {screen}"
    );
    assert!(screen.contains("5000 decisions added"));
}
