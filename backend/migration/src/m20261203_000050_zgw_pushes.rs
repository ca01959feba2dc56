//! Where each final decision's push to the organisation's ZGW Besluiten API stands: one row per
//! decision that has (had) a besluittype, written in the decision's own transaction.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum ZgwPushes {
    Table,
    DecisionId,
    OrganisationId,
    State,
    BesluitUrl,
    Attempts,
    LastStatusCode,
    LastError,
    NextAttemptAt,
    LeaseUntil,
    LeaseOwner,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ZgwPushes::Table)
                .col(pk_uuid(ZgwPushes::DecisionId))
                .col(uuid(ZgwPushes::OrganisationId))
                .col(string_len(ZgwPushes::State, 16))
                .col(string_len_null(ZgwPushes::BesluitUrl, 2000))
                .col(integer(ZgwPushes::Attempts))
                .col(integer_null(ZgwPushes::LastStatusCode))
                .col(string_len_null(ZgwPushes::LastError, 500))
                .col(timestamp_with_time_zone_null(ZgwPushes::NextAttemptAt))
                .col(timestamp_with_time_zone_null(ZgwPushes::LeaseUntil))
                .col(uuid_null(ZgwPushes::LeaseOwner))
                .col(timestamp_with_time_zone(ZgwPushes::CreatedAt))
                .col(timestamp_with_time_zone(ZgwPushes::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_zgw_pushes_due")
                .table(ZgwPushes::Table)
                .col(ZgwPushes::State)
                .col(ZgwPushes::NextAttemptAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ZgwPushes::Table).to_owned())
            .await
    }
}
