//! Custom decisions (maatwerkbeslissingen), their events, and the idempotency keys phones use
//! to send them exactly once.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Decisions {
    Table,
    Id,
    OrganisationId,
    ProfessionalId,
    TeamId,
    CategoryId,
    ClientRef,
    AmountCents,
    Title,
    Situation,
    Solution,
    Rationale,
    DeviatesFrom,
    DecidedAt,
    DecidedOn,
    RecordedAt,
    Urgent,
    ClientVerdict,
    Verdict,
    Explanation,
    MandateVersionId,
    Status,
    CaseUrl,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DecisionEvents {
    Table,
    Id,
    OrganisationId,
    DecisionId,
    Kind,
    ActorId,
    At,
    Comment,
    Data,
}

#[derive(DeriveIden)]
enum IdempotencyKeys {
    Table,
    UserId,
    Key,
    RequestHash,
    State,
    ResponseStatus,
    ResponseBody,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Decisions::Table)
                .col(pk_uuid(Decisions::Id))
                .col(uuid(Decisions::OrganisationId))
                .col(uuid(Decisions::ProfessionalId))
                .col(uuid_null(Decisions::TeamId))
                .col(uuid(Decisions::CategoryId))
                .col(string_len(Decisions::ClientRef, 64))
                .col(big_integer(Decisions::AmountCents))
                .col(string_len(Decisions::Title, 200))
                .col(text(Decisions::Situation))
                .col(text(Decisions::Solution))
                .col(text(Decisions::Rationale))
                .col(string_len_null(Decisions::DeviatesFrom, 500))
                .col(timestamp_with_time_zone(Decisions::DecidedAt))
                .col(date(Decisions::DecidedOn))
                .col(timestamp_with_time_zone(Decisions::RecordedAt))
                .col(boolean(Decisions::Urgent))
                .col(string_len_null(Decisions::ClientVerdict, 32))
                .col(string_len(Decisions::Verdict, 32))
                .col(text(Decisions::Explanation))
                .col(uuid_null(Decisions::MandateVersionId))
                .col(string_len(Decisions::Status, 32))
                .col(string_len_null(Decisions::CaseUrl, 500))
                .col(timestamp_with_time_zone(Decisions::UpdatedAt))
                .to_owned(),
        )
        .await?;
        for (name, columns) in [
            (
                "ix_decisions_organisation_professional",
                vec![
                    Decisions::OrganisationId,
                    Decisions::ProfessionalId,
                    Decisions::Id,
                ],
            ),
            (
                "ix_decisions_organisation_team",
                vec![Decisions::OrganisationId, Decisions::TeamId, Decisions::Id],
            ),
            (
                "ix_decisions_organisation_status",
                vec![Decisions::OrganisationId, Decisions::Status, Decisions::Id],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(Decisions::Table);
            for column in columns {
                index.col(column);
            }
            m.create_index(index.to_owned()).await?;
        }

        m.create_table(
            Table::create()
                .table(DecisionEvents::Table)
                .col(pk_uuid(DecisionEvents::Id))
                .col(uuid(DecisionEvents::OrganisationId))
                .col(uuid(DecisionEvents::DecisionId))
                .col(string_len(DecisionEvents::Kind, 32))
                .col(uuid(DecisionEvents::ActorId))
                .col(timestamp_with_time_zone(DecisionEvents::At))
                .col(text_null(DecisionEvents::Comment))
                .col(text(DecisionEvents::Data))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_decision_events_decision")
                .table(DecisionEvents::Table)
                .col(DecisionEvents::DecisionId)
                .col(DecisionEvents::Id)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(IdempotencyKeys::Table)
                .col(uuid(IdempotencyKeys::UserId))
                .col(string_len(IdempotencyKeys::Key, 200))
                .col(string_len(IdempotencyKeys::RequestHash, 64))
                .col(string_len(IdempotencyKeys::State, 16))
                .col(integer_null(IdempotencyKeys::ResponseStatus))
                .col(text_null(IdempotencyKeys::ResponseBody))
                .col(timestamp_with_time_zone(IdempotencyKeys::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(IdempotencyKeys::UserId)
                        .col(IdempotencyKeys::Key),
                )
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            IdempotencyKeys::Table.into_iden(),
            DecisionEvents::Table.into_iden(),
            Decisions::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
