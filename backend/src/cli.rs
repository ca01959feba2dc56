//! Command line: parses the arguments, sets up logging and hands over to the right command.

use std::{path::PathBuf, process::ExitCode};

use clap::{Parser, Subcommand};

use crate::{app, backup, config::Config, demo, seed, service, store, telemetry};

#[derive(Parser)]
#[command(
    name = "mandaat",
    version,
    about = "Mandate frameworks and custom-decision logging"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run migrations, then serve the API and the PWA.
    Serve,
    /// Create an organisation and its first admin (idempotent for the same org and e-mail).
    Bootstrap {
        #[arg(long)]
        org: String,
        #[arg(long)]
        admin_email: String,
        #[arg(long, env = "MANDAAT_ADMIN_PASSWORD", hide_env_values = true)]
        admin_password: String,
    },
    /// Load a realistic demo organisation and print its log-in details.
    Demo,
    /// Print the OpenAPI document (the same one `GET /openapi.json` serves).
    Openapi,
    /// Write a consistent copy of the database to FILE, also while a server runs and writes.
    Backup {
        /// Where to write the backup (replaced whole once the copy is complete).
        file: PathBuf,
    },
    /// Replace the database with the backup in FILE; refused while a server runs on it.
    Restore {
        /// A file written by `mandaat backup`.
        file: PathBuf,
    },
    /// Add synthetic data to the demo organisation, for benchmarks.
    Seed {
        /// How many budget-ledger entries (without decisions) to add.
        #[arg(long, default_value_t = 0)]
        ledger_entries: u64,
        /// How many decisions of the past two years to add, with their events and bookings.
        #[arg(long, default_value_t = 0)]
        decisions: u64,
    },
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    if let Command::Openapi = cli.command {
        println!("{}", crate::http::spec::document());
        return ExitCode::SUCCESS;
    }
    telemetry::init(&config.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let outcome = runtime.block_on(async move {
        match cli.command {
            Command::Serve => app::serve(config).await,
            Command::Bootstrap {
                org,
                admin_email,
                admin_password,
            } => {
                let db = store::db::connect_and_migrate(&config.database_url).await?;
                let outcome =
                    service::organisations::bootstrap(&db, &org, &admin_email, &admin_password)
                        .await?;
                println!(
                    "organisation {} ({}) with admin {}: {}",
                    org,
                    outcome.organisation_id,
                    admin_email.trim().to_lowercase(),
                    if outcome.created {
                        "created"
                    } else {
                        "already present"
                    }
                );
                Ok(())
            }
            Command::Demo => {
                let db = store::db::connect_and_migrate(&config.database_url).await?;
                demo::load(&db).await?;
                // Writes what the demo's decisions left in the processing log.
                db.close().await?;
                Ok(())
            }
            Command::Seed {
                ledger_entries,
                decisions,
            } => {
                let db = store::db::connect_and_migrate(&config.database_url).await?;
                if ledger_entries == 0 && decisions == 0 {
                    return Err("say what to add: --ledger-entries N and/or --decisions N".into());
                }
                if ledger_entries > 0 {
                    seed::ledger(&db, ledger_entries).await?;
                }
                if decisions > 0 {
                    seed::decisions(&db, decisions).await?;
                }
                Ok(())
            }
            Command::Backup { file } => {
                backup::backup(&config.database_url, &file).await?;
                println!(
                    "backup of {} written to {}",
                    config.database_url,
                    file.display()
                );
                Ok(())
            }
            Command::Restore { file } => {
                backup::restore(&config.database_url, &file).await?;
                println!("{} restored into {}", file.display(), config.database_url);
                Ok(())
            }
            Command::Openapi => Ok(()),
        }
    });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(error = %error, "command failed");
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
