//! The decisions waiting in a team, found directly: a team lead's turnaround report lists the
//! longest-waiting ones, and without this index it walked all of the organisation's waiting
//! decisions by status until it had found enough of the lead's teams.

use sea_orm_migration::prelude::*;

#[derive(DeriveIden)]
enum Decisions {
    Table,
    Id,
    OrganisationId,
    TeamId,
    Status,
}

const NAME: &str = "ix_decisions_organisation_team_status";

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name(NAME)
                .table(Decisions::Table)
                .col(Decisions::OrganisationId)
                .col(Decisions::TeamId)
                .col(Decisions::Status)
                .col(Decisions::Id)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name(NAME).table(Decisions::Table).to_owned())
            .await
    }
}
