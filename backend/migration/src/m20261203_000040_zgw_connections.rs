//! The organisation's connection to a ZGW Besluiten API (one per organisation).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum ZgwConnections {
    Table,
    OrganisationId,
    BesluitenApiUrl,
    ClientId,
    Secret,
    Rsin,
    Bestuursorgaan,
    Besluittypen,
    UpdatedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ZgwConnections::Table)
                .col(pk_uuid(ZgwConnections::OrganisationId))
                .col(string_len(ZgwConnections::BesluitenApiUrl, 2000))
                .col(string_len(ZgwConnections::ClientId, 200))
                .col(string_len_null(ZgwConnections::Secret, 500))
                .col(string_len(ZgwConnections::Rsin, 9))
                .col(string_len(ZgwConnections::Bestuursorgaan, 50))
                .col(text(ZgwConnections::Besluittypen))
                .col(timestamp_with_time_zone(ZgwConnections::UpdatedAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ZgwConnections::Table).to_owned())
            .await
    }
}
