//! The client's privacy rights: a decision records when its personal fields were erased (on
//! request, or by the organisation's retention period), and a client's decisions and bookings
//! are found directly by the client reference. (Old decisions are found by the index on the
//! decision date that the report totals brought.)

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum Decisions {
    Table,
    OrganisationId,
    ClientRef,
    ErasedAt,
    Id,
}

#[derive(DeriveIden)]
enum LedgerEntries {
    Table,
    OrganisationId,
    ClientRef,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    RetentionYears,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Decisions::Table)
                .add_column(timestamp_with_time_zone_null(Decisions::ErasedAt))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Organisations::Table)
                .add_column(integer(Organisations::RetentionYears).default(7))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_decisions_organisation_client")
                .table(Decisions::Table)
                .col(Decisions::OrganisationId)
                .col(Decisions::ClientRef)
                .col(Decisions::Id)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_ledger_entries_organisation_client")
                .table(LedgerEntries::Table)
                .col(LedgerEntries::OrganisationId)
                .col(LedgerEntries::ClientRef)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (name, table) in [
            (
                "ix_ledger_entries_organisation_client",
                LedgerEntries::Table.into_iden(),
            ),
            (
                "ix_decisions_organisation_client",
                Decisions::Table.into_iden(),
            ),
        ] {
            m.drop_index(Index::drop().name(name).table(table).to_owned())
                .await?;
        }
        m.alter_table(
            Table::alter()
                .table(Organisations::Table)
                .drop_column(Organisations::RetentionYears)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Decisions::Table)
                .drop_column(Decisions::ErasedAt)
                .to_owned(),
        )
        .await
    }
}
