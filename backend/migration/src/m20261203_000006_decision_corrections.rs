//! Corrections of a decision's amount, each with the mandate check of what it adds: one that
//! raises the amount beyond the mandate waits for a team lead here, holding a reservation, until
//! it is approved or rejected. Applied corrections stay as the decision's history.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum DecisionCorrections {
    Table,
    Id,
    OrganisationId,
    DecisionId,
    ProfessionalId,
    TeamId,
    RequestedBy,
    RequestedAt,
    FromCents,
    ToCents,
    Reason,
    Verdict,
    Explanation,
    MandateVersionId,
    State,
    DecidedBy,
    DecidedAt,
    DecisionComment,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(DecisionCorrections::Table)
                .col(pk_uuid(DecisionCorrections::Id))
                .col(uuid(DecisionCorrections::OrganisationId))
                .col(uuid(DecisionCorrections::DecisionId))
                .col(uuid(DecisionCorrections::ProfessionalId))
                .col(uuid_null(DecisionCorrections::TeamId))
                .col(uuid(DecisionCorrections::RequestedBy))
                .col(timestamp_with_time_zone(DecisionCorrections::RequestedAt))
                .col(big_integer(DecisionCorrections::FromCents))
                .col(big_integer(DecisionCorrections::ToCents))
                .col(text(DecisionCorrections::Reason))
                .col(string_len_null(DecisionCorrections::Verdict, 32))
                .col(text(DecisionCorrections::Explanation))
                .col(uuid_null(DecisionCorrections::MandateVersionId))
                .col(string_len(DecisionCorrections::State, 16))
                .col(uuid_null(DecisionCorrections::DecidedBy))
                .col(timestamp_with_time_zone_null(
                    DecisionCorrections::DecidedAt,
                ))
                .col(text_null(DecisionCorrections::DecisionComment))
                .to_owned(),
        )
        .await?;
        for (name, columns) in [
            (
                "ix_decision_corrections_decision",
                vec![DecisionCorrections::DecisionId, DecisionCorrections::Id],
            ),
            (
                "ix_decision_corrections_waiting",
                vec![
                    DecisionCorrections::OrganisationId,
                    DecisionCorrections::State,
                    DecisionCorrections::TeamId,
                    DecisionCorrections::Id,
                ],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(DecisionCorrections::Table);
            for column in columns {
                index.col(column);
            }
            m.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(DecisionCorrections::Table).to_owned())
            .await
    }
}
