//! PostgreSQL: PostgreSQL's own `pg_dump` and `pg_restore`, which must be on the `PATH` in a
//! version at least the server's. `pg_dump` reads in one snapshot, so the dump is consistent
//! while the server writes; `pg_restore` runs as one transaction, so a failed restore changes
//! nothing. The password goes to them in `PGPASSWORD`, never on their command line.

use std::{path::Path, process::Stdio};

use tokio::process::Command;

use super::{partial, put_in_place};
use crate::config::DatabaseUrl;

pub async fn backup(database: &DatabaseUrl, file: &Path) -> Result<(), String> {
    let written = partial(file);
    let mut dump = tool("pg_dump", database);
    dump.arg("--format=custom").arg("--file").arg(&written);
    let progress = crate::progress::bytes(None, "backup");
    if let Err(error) = crate::progress::following(&progress, &written, run(dump)).await {
        let _ = std::fs::remove_file(&written);
        return Err(error);
    }
    put_in_place(&written, file)
}

pub async fn restore(database: &DatabaseUrl, file: &Path) -> Result<(), String> {
    let mut restore = tool("pg_restore", database);
    restore
        .args([
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
        ])
        .arg(file);
    let progress = crate::progress::working("restore");
    let restored = run(restore).await;
    progress.finish_and_clear();
    restored
}

/// `pg_dump` or `pg_restore` for the database, without asking for a password.
fn tool(name: &str, database: &DatabaseUrl) -> Command {
    let (url, password) = database.split_password();
    let mut command = Command::new(name);
    command
        .arg("--no-password")
        .arg("--dbname")
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    command
}

async fn run(mut command: Command) -> Result<(), String> {
    let name = command
        .as_std()
        .get_program()
        .to_string_lossy()
        .into_owned();
    let output = command.output().await.map_err(|error| {
        format!("cannot run {name} (PostgreSQL's client tools must be installed): {error}")
    })?;
    if output.status.success() {
        return Ok(());
    }
    let said = String::from_utf8_lossy(&output.stderr);
    Err(format!("{name} failed: {}", said.trim()))
}
