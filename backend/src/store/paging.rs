//! Keyset pagination shared by the lists: rows after a given id, in id order. Ids are UUIDv7,
//! so id order is creation order and the query stays an index range scan however deep the page.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

pub async fn after_id<E: EntityTrait>(
    conn: &impl ConnectionTrait,
    query: Select<E>,
    id: E::Column,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<E::Model>, DbErr> {
    page_query(query, id, after, limit).all(conn).await
}

/// The query of one page, to run alone or joined with others (see [`super::reads`]).
pub fn page_query<E: EntityTrait>(
    query: Select<E>,
    id: E::Column,
    after: Option<Uuid>,
    limit: u64,
) -> Select<E> {
    let query = match after {
        Some(after) => query.filter(id.gt(after)),
        None => query,
    };
    query.order_by_asc(id).limit(limit)
}
