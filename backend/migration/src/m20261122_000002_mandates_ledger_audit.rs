//! Mandate versions and templates, team budget pots, the budget ledger with its monthly running
//! totals, and the hash-chained audit trail.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Teams {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum MandateVersions {
    Table,
    Id,
    OrganisationId,
    UserId,
    ValidFrom,
    Reason,
    AuthorId,
    Period,
    PeriodLimitCents,
    PerClientYearLimitCents,
    Rules,
    TemplateId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MandateTemplates {
    Table,
    Id,
    OrganisationId,
    Name,
    Description,
    Period,
    PeriodLimitCents,
    PerClientYearLimitCents,
    Rules,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum TeamBudgetPots {
    Table,
    Id,
    OrganisationId,
    TeamId,
    Period,
    StartsOn,
    LimitCents,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum LedgerEntries {
    Table,
    Id,
    OrganisationId,
    DecisionId,
    ProfessionalId,
    TeamId,
    CategoryId,
    ClientRef,
    Kind,
    AmountCents,
    BookedOn,
    CreatedAt,
}

#[derive(DeriveIden)]
enum LedgerMonthTotals {
    Table,
    OrganisationId,
    Scope,
    Month,
    ReservedCents,
    CommittedCents,
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    OrganisationId,
    Seq,
    OccurredAt,
    ActorId,
    Action,
    EntityType,
    EntityId,
    Details,
    PrevHash,
    Hash,
}

#[derive(DeriveIden)]
enum AuditChainHeads {
    Table,
    OrganisationId,
    LastSeq,
    LastHash,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(MandateVersions::Table)
                .col(pk_uuid(MandateVersions::Id))
                .col(uuid(MandateVersions::OrganisationId))
                .col(uuid(MandateVersions::UserId))
                .col(date(MandateVersions::ValidFrom))
                .col(text(MandateVersions::Reason))
                .col(uuid(MandateVersions::AuthorId))
                .col(string_len(MandateVersions::Period, 16))
                .col(big_integer_null(MandateVersions::PeriodLimitCents))
                .col(big_integer_null(MandateVersions::PerClientYearLimitCents))
                // The rules per category as JSON: a version is written once and read whole.
                .col(text(MandateVersions::Rules))
                .col(uuid_null(MandateVersions::TemplateId))
                .col(timestamp_with_time_zone(MandateVersions::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(MandateVersions::Table, MandateVersions::UserId)
                        .to(Users::Table, Users::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(MandateVersions::Table, MandateVersions::AuthorId)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_mandate_versions_user_valid_from")
                .table(MandateVersions::Table)
                .col(MandateVersions::UserId)
                .col(MandateVersions::ValidFrom)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(MandateTemplates::Table)
                .col(pk_uuid(MandateTemplates::Id))
                .col(uuid(MandateTemplates::OrganisationId))
                .col(string_len(MandateTemplates::Name, 200))
                .col(text_null(MandateTemplates::Description))
                .col(string_len(MandateTemplates::Period, 16))
                .col(big_integer_null(MandateTemplates::PeriodLimitCents))
                .col(big_integer_null(MandateTemplates::PerClientYearLimitCents))
                .col(text(MandateTemplates::Rules))
                .col(uuid(MandateTemplates::CreatedBy))
                .col(timestamp_with_time_zone(MandateTemplates::CreatedAt))
                .col(timestamp_with_time_zone(MandateTemplates::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_mandate_templates_organisation_name")
                .table(MandateTemplates::Table)
                .col(MandateTemplates::OrganisationId)
                .col(MandateTemplates::Name)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(TeamBudgetPots::Table)
                .col(pk_uuid(TeamBudgetPots::Id))
                .col(uuid(TeamBudgetPots::OrganisationId))
                .col(uuid(TeamBudgetPots::TeamId))
                .col(string_len(TeamBudgetPots::Period, 16))
                .col(date(TeamBudgetPots::StartsOn))
                .col(big_integer(TeamBudgetPots::LimitCents))
                .col(uuid(TeamBudgetPots::CreatedBy))
                .col(timestamp_with_time_zone(TeamBudgetPots::CreatedAt))
                .col(timestamp_with_time_zone(TeamBudgetPots::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(TeamBudgetPots::Table, TeamBudgetPots::TeamId)
                        .to(Teams::Table, Teams::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_team_budget_pots_team_start")
                .table(TeamBudgetPots::Table)
                .col(TeamBudgetPots::TeamId)
                .col(TeamBudgetPots::StartsOn)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(LedgerEntries::Table)
                .col(pk_uuid(LedgerEntries::Id))
                .col(uuid(LedgerEntries::OrganisationId))
                .col(uuid_null(LedgerEntries::DecisionId))
                .col(uuid(LedgerEntries::ProfessionalId))
                .col(uuid_null(LedgerEntries::TeamId))
                .col(uuid(LedgerEntries::CategoryId))
                .col(string_len(LedgerEntries::ClientRef, 64))
                .col(string_len(LedgerEntries::Kind, 16))
                .col(big_integer(LedgerEntries::AmountCents))
                .col(date(LedgerEntries::BookedOn))
                .col(timestamp_with_time_zone(LedgerEntries::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_ledger_entries_decision")
                .table(LedgerEntries::Table)
                .col(LedgerEntries::DecisionId)
                .to_owned(),
        )
        .await?;

        // Running sums per scope (a professional's total, a professional's category, a client,
        // a team) and calendar month. A check reads at most twelve rows per scope, however long
        // the ledger grows.
        m.create_table(
            Table::create()
                .table(LedgerMonthTotals::Table)
                .col(uuid(LedgerMonthTotals::OrganisationId))
                .col(string_len(LedgerMonthTotals::Scope, 120))
                .col(date(LedgerMonthTotals::Month))
                .col(big_integer(LedgerMonthTotals::ReservedCents))
                .col(big_integer(LedgerMonthTotals::CommittedCents))
                .primary_key(
                    Index::create()
                        .col(LedgerMonthTotals::OrganisationId)
                        .col(LedgerMonthTotals::Scope)
                        .col(LedgerMonthTotals::Month),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AuditEvents::Table)
                .col(pk_uuid(AuditEvents::Id))
                .col(uuid(AuditEvents::OrganisationId))
                .col(big_integer(AuditEvents::Seq))
                .col(timestamp_with_time_zone(AuditEvents::OccurredAt))
                .col(uuid_null(AuditEvents::ActorId))
                .col(string_len(AuditEvents::Action, 64))
                .col(string_len(AuditEvents::EntityType, 64))
                .col(uuid_null(AuditEvents::EntityId))
                .col(text(AuditEvents::Details))
                .col(string_len(AuditEvents::PrevHash, 64))
                .col(string_len(AuditEvents::Hash, 64))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_audit_events_organisation_seq")
                .table(AuditEvents::Table)
                .col(AuditEvents::OrganisationId)
                .col(AuditEvents::Seq)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AuditChainHeads::Table)
                .col(uuid(AuditChainHeads::OrganisationId).primary_key())
                .col(big_integer(AuditChainHeads::LastSeq))
                .col(string_len(AuditChainHeads::LastHash, 64))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditChainHeads::Table.into_iden(),
            AuditEvents::Table.into_iden(),
            LedgerMonthTotals::Table.into_iden(),
            LedgerEntries::Table.into_iden(),
            TeamBudgetPots::Table.into_iden(),
            MandateTemplates::Table.into_iden(),
            MandateVersions::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
