//! Several writes sent to the database together.
//!
//! On SQLite every statement is a round trip to the connection's worker thread, and those
//! hand-offs (not SQLite itself) are most of what a write costs. SQLite runs a text of several
//! statements in one go, binding the `?` parameters in order across them, so a batch becomes a
//! single round trip there. PostgreSQL's extended protocol takes one statement at a time; the
//! batch runs them one after another on the same connection.
//!
//! A batch is not atomic by itself: run it inside a transaction (a [`super::db::Write`]), whose
//! rollback takes back whatever part of it ran before a failing statement.

use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, IdenStatic, IntoActiveModel,
    QueryTrait, Statement, StatementBuilder, Value, Values,
    sea_query::{Expr, ExprTrait, OnConflict},
};

/// Rows per insert statement, so that their columns stay under SQLite's bound-parameter limit.
const ROWS_PER_STATEMENT: usize = 500;

pub struct Batch {
    backend: DbBackend,
    statements: Vec<Statement>,
}

impl Batch {
    pub fn new(backend: DbBackend) -> Self {
        Self {
            backend,
            statements: Vec::new(),
        }
    }

    /// Adds a write built with sea-orm (an insert, an update, a delete).
    pub fn push(&mut self, query: impl QueryTrait) {
        self.statements.push(query.build(self.backend));
    }

    /// Adds a statement built with sea-query itself (an `INSERT … SELECT`, say).
    pub fn push_statement(&mut self, statement: &impl StatementBuilder) {
        self.statements.push(self.backend.build(statement));
    }

    /// Adds rows to a table of running totals: a row whose `keys` are new is inserted, an
    /// existing one has each of its `counters` raised by the new row's value. The rows must have
    /// distinct keys (PostgreSQL refuses to touch a row twice in one statement).
    pub fn add_to_totals<E, A>(
        &mut self,
        rows: Vec<E::Model>,
        keys: &[E::Column],
        counters: &[E::Column],
    ) where
        E: EntityTrait<ActiveModel = A> + Default,
        A: ActiveModelTrait<Entity = E>,
        E::Model: IntoActiveModel<A> + Clone,
    {
        let mut on_conflict = OnConflict::columns(keys.iter().copied());
        for counter in counters {
            on_conflict.value(
                *counter,
                Expr::col((E::default(), *counter))
                    .add(Expr::cust(format!("excluded.{}", counter.as_str()))),
            );
        }
        for chunk in rows.chunks(ROWS_PER_STATEMENT) {
            self.push(
                E::insert_many(
                    chunk
                        .iter()
                        .cloned()
                        .map(IntoActiveModel::into_active_model),
                )
                .on_conflict(on_conflict.clone()),
            );
        }
    }

    /// Adds rows as plain inserts, a few hundred per statement.
    pub fn insert<E, A>(&mut self, rows: Vec<E::Model>)
    where
        E: EntityTrait<ActiveModel = A>,
        A: ActiveModelTrait<Entity = E>,
        E::Model: IntoActiveModel<A> + Clone,
    {
        for chunk in rows.chunks(ROWS_PER_STATEMENT) {
            self.push(E::insert_many(
                chunk
                    .iter()
                    .cloned()
                    .map(IntoActiveModel::into_active_model),
            ));
        }
    }

    /// Adds rows as inserts that skip a row whose `key` is already stored.
    pub fn insert_or_skip<E, A>(&mut self, rows: Vec<E::Model>, key: E::Column)
    where
        E: EntityTrait<ActiveModel = A>,
        A: ActiveModelTrait<Entity = E>,
        E::Model: IntoActiveModel<A> + Clone,
    {
        for chunk in rows.chunks(ROWS_PER_STATEMENT) {
            self.push(
                E::insert_many(
                    chunk
                        .iter()
                        .cloned()
                        .map(IntoActiveModel::into_active_model),
                )
                .on_conflict(OnConflict::column(key).do_nothing().to_owned()),
            );
        }
    }

    pub async fn run(self, conn: &impl ConnectionTrait) -> Result<(), DbErr> {
        if self.backend != DbBackend::Sqlite {
            for statement in self.statements {
                conn.execute_raw(statement).await?;
            }
            return Ok(());
        }
        if let Some(joined) = joined(self.statements) {
            conn.execute_raw(joined).await?;
        }
        Ok(())
    }

    /// Runs the batch all or nothing inside a transaction that also holds other work (SQLite's
    /// shared group transaction): in a savepoint opened and released in the same round trip,
    /// rolled back when a statement fails.
    pub async fn run_in_savepoint(mut self, conn: &impl ConnectionTrait) -> Result<(), DbErr> {
        if self.backend != DbBackend::Sqlite || self.statements.is_empty() {
            return self.run(conn).await;
        }
        self.statements
            .insert(0, Statement::from_string(self.backend, "SAVEPOINT batch"));
        self.statements
            .push(Statement::from_string(self.backend, "RELEASE batch"));
        let result = self.run(conn).await;
        if result.is_err() {
            conn.execute_unprepared("ROLLBACK TO batch; RELEASE batch")
                .await?;
        }
        result
    }
}

/// The statements as one text with their parameters in order. sea-query writes SQLite's
/// parameters as plain `?`, which SQLite numbers by position across the whole text.
fn joined(statements: Vec<Statement>) -> Option<Statement> {
    if statements.len() <= 1 {
        return statements.into_iter().next();
    }
    let mut sql = String::new();
    let mut values: Vec<Value> = Vec::new();
    for statement in statements {
        sql.push_str(&statement.sql);
        sql.push_str(";\n");
        if let Some(Values(part)) = statement.values {
            values.extend(part);
        }
    }
    Some(Statement::from_sql_and_values(
        DbBackend::Sqlite,
        sql,
        values,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{config::DatabaseUrl, store::db};

    /// Values bind to their own statement however many each statement has, and a failing
    /// statement fails the batch.
    #[tokio::test]
    async fn a_joined_batch_binds_each_statement_its_own_values() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = DatabaseUrl(format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("batch.sqlite").display()
        ));
        let conn = db::connect(&url).await.expect("connect");
        conn.execute_unprepared("CREATE TABLE pair (a INTEGER PRIMARY KEY, b TEXT NOT NULL)")
            .await
            .expect("table");
        let insert = |a: i64, b: &str| {
            Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "INSERT INTO pair (a, b) VALUES (?, ?)",
                [a.into(), b.into()],
            )
        };
        let mut batch = Batch::new(DbBackend::Sqlite);
        batch.statements.push(insert(1, "een"));
        batch.statements.push(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "UPDATE pair SET b = ? WHERE a = ?",
            ["eerste".into(), 1i64.into()],
        ));
        batch.statements.push(insert(2, "twee"));
        batch.run(&conn).await.expect("batch");
        let rows = conn
            .query_all_raw(Statement::from_string(
                DbBackend::Sqlite,
                "SELECT a, b FROM pair ORDER BY a",
            ))
            .await
            .expect("rows");
        let pairs: Vec<(i64, String)> = rows
            .iter()
            .map(|r| (r.try_get("", "a").unwrap(), r.try_get("", "b").unwrap()))
            .collect();
        assert_eq!(pairs, [(1, "eerste".into()), (2, "twee".into())]);

        let mut failing = Batch::new(DbBackend::Sqlite);
        failing.statements.push(insert(3, "drie"));
        failing.statements.push(insert(1, "dubbel"));
        let error = failing.run(&conn).await.expect_err("a duplicate key");
        assert!(matches!(
            error.sql_err(),
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
        ));
    }
}
