//! `mandaat backup` while the server runs and writes, `mandaat restore` into a new database,
//! and the refusal to restore under a running server. On PostgreSQL these run `pg_dump` and
//! `pg_restore`; without them on the `PATH` only the refusal is checked there.

use std::{
    path::Path,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use uuid::Uuid;

use crate::{
    decisions::{decision, setup},
    harness::*,
};

/// Runs `mandaat backup|restore FILE` against a database without blocking the runtime, so
/// that requests go on meanwhile.
async fn run(database: &TestDb, command: &str, file: &Path) -> std::process::Output {
    tokio::process::Command::new(BIN)
        .arg(command)
        .arg(file)
        .env("DATABASE_URL", &database.url)
        .env("LOG_LEVEL", "warn")
        .output()
        .await
        .expect("run mandaat")
}

#[track_caller]
fn assert_success(output: &std::process::Output) {
    assert!(
        output.status.success(),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// False on PostgreSQL when its client tools are missing: the round trip needs them there.
fn can_dump(database: &TestDb) -> bool {
    let postgres = database.url.starts_with("postgres");
    let tools = std::process::Command::new("pg_dump")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if postgres && !tools {
        println!("pg_dump is not installed: the backup and restore round trip is skipped");
    }
    !postgres || tools
}

#[tokio::test]
async fn a_backup_taken_while_decisions_are_logged_restores_every_acknowledged_one() {
    let (db, server, m) = setup().await;
    if !can_dump(&db) {
        return;
    }
    let backups = tempfile::tempdir().expect("a directory");
    let file = backups.path().join("mandaat.backup");

    // Two phones keep logging decisions; each one acknowledged is noted with the moment its
    // answer arrived.
    let stop = Arc::new(AtomicBool::new(false));
    let acknowledged = Arc::new(Mutex::new(Vec::<(Uuid, Instant)>::new()));
    let writers: Vec<_> = (0..2)
        .map(|writer| {
            let (client, stop, acknowledged) =
                (m.fatima.client.clone(), stop.clone(), acknowledged.clone());
            let category = m.financial;
            tokio::spawn(async move {
                let mut n = 0;
                while !stop.load(Ordering::SeqCst) {
                    n += 1;
                    let body = decision(category, 0, &format!("CASE-B{writer}-{n}"));
                    let reply = client.post("/api/v1/decisions", body).await;
                    reply.assert_status(201);
                    acknowledged
                        .lock()
                        .unwrap()
                        .push((reply.id(), Instant::now()));
                }
            })
        })
        .collect();
    // Some decisions are acknowledged before the backup starts.
    for _ in 0..200 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        if acknowledged.lock().unwrap().len() >= 5 {
            break;
        }
    }

    let started = Instant::now();
    let output = run(&db, "backup", &file).await;
    let finished = Instant::now();
    // Writes go on after the backup: wait for one (a loaded machine may take a while).
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if acknowledged
            .lock()
            .unwrap()
            .iter()
            .any(|(_, at)| *at > finished)
        {
            break;
        }
    }
    stop.store(true, Ordering::SeqCst);
    for writer in writers {
        writer.await.expect("the writer ran");
    }
    assert_success(&output);
    assert!(file.is_file(), "the backup is written");
    assert!(
        !backups.path().join("mandaat.backup.partial").exists(),
        "nothing half-written is left behind"
    );

    let acknowledged = acknowledged.lock().unwrap().clone();
    let before: Vec<Uuid> = acknowledged
        .iter()
        .filter(|(_, at)| *at < started)
        .map(|(id, _)| *id)
        .collect();
    let after = acknowledged.iter().filter(|(_, at)| *at > finished).count();
    let during = acknowledged.len() - before.len() - after;
    println!(
        "acknowledged: {} before the backup, {during} while it ran, {after} after",
        before.len()
    );
    assert!(before.len() >= 5, "decisions before the backup: {before:?}");
    assert!(after > 0, "writes went on after the backup");
    drop(server);

    let restored = TestDb::new().await;
    assert_success(&run(&restored, "restore", &file).await);
    let server = Server::start(&restored);
    let fatima = Client::anonymous(&server)
        .signed_in(&m.fatima.email, PASSWORD)
        .await;
    for id in &before {
        fatima
            .get(&format!("/api/v1/decisions/{id}"))
            .await
            .assert_status(200);
    }
    let controller = Client::anonymous(&server)
        .signed_in(&m.controller.email, PASSWORD)
        .await;
    let verified = controller.get("/api/v1/audit-events/verify").await;
    verified.assert_status(200);
    assert_eq!(verified.body["valid"], true, "{}", verified.text);
    assert!(verified.body["checked"].as_u64().unwrap_or(0) >= before.len() as u64);
}

#[tokio::test]
async fn restore_is_refused_while_a_server_runs_on_the_database() {
    let (db, mut server, org) = start().await;
    let backups = tempfile::tempdir().expect("a directory");
    let file = backups.path().join("mandaat.backup");
    let round_trip = can_dump(&db);
    if round_trip {
        assert_success(&run(&db, "backup", &file).await);
    } else {
        std::fs::write(&file, b"not used: the refusal comes first").expect("a file");
    }
    let team = org.team("Na de back-up").await;

    let refused = run(&db, "restore", &file).await;
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("server is running") && said.contains("nothing was changed"),
        "{said}"
    );
    // The running server and its data are untouched.
    org.admin
        .get(&format!("/api/v1/teams/{team}"))
        .await
        .assert_status(200);

    // Stopped, it may be restored: the team made after the backup is gone again.
    std::process::Command::new("kill")
        .args(["-TERM", &server.pid().to_string()])
        .status()
        .expect("kill runs");
    server
        .wait_for_exit(10)
        .expect("the server stops after SIGTERM");
    if !round_trip {
        return;
    }
    let garbage = backups.path().join("garbage.backup");
    std::fs::write(&garbage, b"this is no backup").expect("a file");
    let refused = run(&db, "restore", &garbage).await;
    assert!(!refused.status.success(), "a file that is no backup");
    assert_success(&run(&db, "restore", &file).await);
    let server = Server::start(&db);
    let admin = Client::anonymous(&server)
        .signed_in("beheer@gemeentetest.test", PASSWORD)
        .await;
    admin
        .get(&format!("/api/v1/teams/{team}"))
        .await
        .assert_problem(404);
    admin.get("/api/v1/me").await.assert_status(200);
}
