//! Organisations (tenants).

use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::entities::organisation::{self, Entity as Organisations};

pub async fn find(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<organisation::Model>, DbErr> {
    Organisations::find_by_id(id).one(conn).await
}

/// Every organisation, for work the server does for each (retention).
pub async fn all(conn: &impl ConnectionTrait) -> Result<Vec<organisation::Model>, DbErr> {
    Organisations::find().all(conn).await
}

/// Sets how many years decisions keep their personal fields.
pub async fn set_retention_years(
    conn: &impl ConnectionTrait,
    id: Uuid,
    years: i32,
) -> Result<(), DbErr> {
    Organisations::update_many()
        .col_expr(
            organisation::Column::RetentionYears,
            sea_orm::sea_query::Expr::value(years),
        )
        .filter(organisation::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn find_by_name(
    conn: &impl ConnectionTrait,
    name: &str,
) -> Result<Option<organisation::Model>, DbErr> {
    Organisations::find()
        .filter(organisation::Column::Name.eq(name))
        .one(conn)
        .await
}

pub async fn insert(conn: &impl ConnectionTrait, model: organisation::Model) -> Result<(), DbErr> {
    let row = organisation::ActiveModel {
        id: Set(model.id),
        name: Set(model.name),
        created_at: Set(model.created_at),
        retention_years: Set(model.retention_years),
    };
    Organisations::insert(row)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Locks the organisation's row until the transaction ends (PostgreSQL; SQLite's single writer
/// already serialises). Budget checks take it: team pots and client caps are shared by many
/// professionals, so two decisions must not read the same totals and both book against them.
pub async fn lock(conn: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    use sea_orm::QuerySelect;
    // SQLite has no row locks and needs none: its writes already run one at a time.
    if conn.get_database_backend() == sea_orm::DbBackend::Sqlite {
        return Ok(());
    }
    Organisations::find_by_id(id)
        .lock_exclusive()
        .one(conn)
        .await?;
    Ok(())
}
