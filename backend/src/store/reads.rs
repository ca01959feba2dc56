//! Several independent queries sent to the database together; the read-side counterpart of
//! [`super::batch::Batch`].
//!
//! On SQLite the queries become one text of several statements, so they cost one round trip to
//! the connection's worker thread instead of one each. Each statement's rows are told apart by
//! a leading column holding the query's number. On PostgreSQL the queries run one after
//! another on the same connection.

use std::marker::PhantomData;

use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, EntityTrait, FromQueryResult, QueryResult, QueryTrait,
    Select, Statement, Value, Values,
};

/// The column that numbers the queries of a joined text.
const PART: &str = "read_part";

pub struct Reads {
    backend: DbBackend,
    statements: Vec<Statement>,
}

/// Where one query's rows will be, typed by what they read into.
pub struct Part<M>(usize, PhantomData<M>);

impl<M> Clone for Part<M> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<M> Copy for Part<M> {}

pub struct ReadResults(Vec<Vec<QueryResult>>);

impl Reads {
    pub fn new(backend: DbBackend) -> Self {
        Self {
            backend,
            statements: Vec::new(),
        }
    }

    pub fn add<E: EntityTrait>(&mut self, select: Select<E>) -> Part<E::Model> {
        self.statements.push(select.build(self.backend));
        Part(self.statements.len() - 1, PhantomData)
    }

    /// A query of some columns only, read into `M`.
    pub fn add_as<E: EntityTrait, M: FromQueryResult>(&mut self, select: Select<E>) -> Part<M> {
        self.statements.push(select.build(self.backend));
        Part(self.statements.len() - 1, PhantomData)
    }

    pub async fn run(self, conn: &impl ConnectionTrait) -> Result<ReadResults, DbErr> {
        let mut parts: Vec<Vec<QueryResult>> = self.statements.iter().map(|_| Vec::new()).collect();
        if self.backend != DbBackend::Sqlite || self.statements.len() <= 1 {
            for (part, statement) in parts.iter_mut().zip(self.statements) {
                *part = conn.query_all_raw(statement).await?;
            }
            return Ok(ReadResults(parts));
        }
        let mut sql = String::new();
        let mut values: Vec<Value> = Vec::new();
        for (index, statement) in self.statements.into_iter().enumerate() {
            let Some(rest) = statement.sql.strip_prefix("SELECT ") else {
                return Err(DbErr::Custom(format!("not a query: {}", statement.sql)));
            };
            sql.push_str(&format!("SELECT {index} AS \"{PART}\", {rest};\n"));
            if let Some(Values(part)) = statement.values {
                values.extend(part);
            }
        }
        let rows = conn
            .query_all_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                sql,
                values,
            ))
            .await?;
        for row in rows {
            let index: i64 = row.try_get("", PART)?;
            let part = usize::try_from(index)
                .ok()
                .and_then(|index| parts.get_mut(index))
                .ok_or_else(|| DbErr::Custom(format!("no query numbered {index}")))?;
            part.push(row);
        }
        Ok(ReadResults(parts))
    }
}

impl ReadResults {
    pub fn all<M: FromQueryResult>(&self, part: Part<M>) -> Result<Vec<M>, DbErr> {
        self.0[part.0]
            .iter()
            .map(|row| M::from_query_result(row, ""))
            .collect()
    }

    pub fn one<M: FromQueryResult>(&self, part: Part<M>) -> Result<Option<M>, DbErr> {
        self.0[part.0]
            .first()
            .map(|row| M::from_query_result(row, ""))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use uuid::Uuid;

    use super::*;
    use crate::{
        config::DatabaseUrl,
        store::{db, entities::organisation, organisations},
    };

    /// Each query gets its own rows back, also when it finds none or several.
    #[tokio::test]
    async fn joined_queries_return_each_its_own_rows() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = DatabaseUrl(format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("reads.sqlite").display()
        ));
        let db = db::connect_and_migrate(&url).await.expect("database");
        let mut ids = Vec::new();
        for name in ["Rijnstede", "Zandvoort", "Almere"] {
            let id = Uuid::now_v7();
            organisations::insert(
                db.conn(),
                organisation::Model {
                    id,
                    name: name.into(),
                    created_at: Utc::now(),
                    retention_years: 7,
                },
            )
            .await
            .expect("organisation");
            ids.push(id);
        }
        let mut reads = Reads::new(DbBackend::Sqlite);
        let one = reads.add(organisation::Entity::find_by_id(ids[1]));
        let none = reads.add(organisation::Entity::find_by_id(Uuid::now_v7()));
        let all = reads.add(organisation::Entity::find());
        let results = reads.run(db.conn()).await.expect("reads");
        assert_eq!(
            results.one(one).expect("row").map(|o| o.name),
            Some("Zandvoort".into())
        );
        assert!(results.one(none).expect("no row").is_none());
        let mut names: Vec<String> = results
            .all(all)
            .expect("rows")
            .into_iter()
            .map(|o| o.name)
            .collect();
        names.sort();
        assert_eq!(names, ["Almere", "Rijnstede", "Zandvoort"]);
    }
}
