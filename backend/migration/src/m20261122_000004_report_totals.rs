//! Monthly totals the reports read instead of the decisions themselves, so a report costs the
//! same with a thousand decisions as with millions. Kept in the transaction of every change.
//! Workflow steps are counted twice: per month by kind and outcome, and, for the steps whose
//! speed is reported, by the hours they took, pre-summed for every combination of the report
//! filters so a turnaround report reads a few hundred rows. And an index by date for the
//! yearly accountability export.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DecisionMonthTotals {
    Table,
    OrganisationId,
    Month,
    /// The other columns joined into one text, the row's identity within the month.
    Dimensions,
    TeamId,
    ProfessionalId,
    CategoryId,
    Verdict,
    Urgent,
    Status,
    Decisions,
    AmountCents,
}

#[derive(DeriveIden)]
enum DecisionStepTotals {
    Table,
    OrganisationId,
    Month,
    Dimensions,
    TeamId,
    ProfessionalId,
    CategoryId,
    Step,
    Outcome,
    Steps,
}

#[derive(DeriveIden)]
enum DecisionStepDurations {
    Table,
    OrganisationId,
    Month,
    /// Which filter combination the row counts for, e.g. `t:<team>|c:<category>`; empty for the
    /// whole organisation.
    Scope,
    Step,
    Hours,
    Steps,
}

#[derive(DeriveIden)]
enum Decisions {
    Table,
    OrganisationId,
    DecidedOn,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(DecisionMonthTotals::Table)
                .col(uuid(DecisionMonthTotals::OrganisationId))
                .col(date(DecisionMonthTotals::Month))
                .col(string_len(DecisionMonthTotals::Dimensions, 200))
                .col(uuid_null(DecisionMonthTotals::TeamId))
                .col(uuid(DecisionMonthTotals::ProfessionalId))
                .col(uuid(DecisionMonthTotals::CategoryId))
                .col(string_len(DecisionMonthTotals::Verdict, 32))
                .col(boolean(DecisionMonthTotals::Urgent))
                .col(string_len(DecisionMonthTotals::Status, 32))
                .col(big_integer(DecisionMonthTotals::Decisions))
                .col(big_integer(DecisionMonthTotals::AmountCents))
                .primary_key(
                    Index::create()
                        .col(DecisionMonthTotals::OrganisationId)
                        .col(DecisionMonthTotals::Month)
                        .col(DecisionMonthTotals::Dimensions),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(DecisionStepTotals::Table)
                .col(uuid(DecisionStepTotals::OrganisationId))
                .col(date(DecisionStepTotals::Month))
                .col(string_len(DecisionStepTotals::Dimensions, 200))
                .col(uuid_null(DecisionStepTotals::TeamId))
                .col(uuid(DecisionStepTotals::ProfessionalId))
                .col(uuid(DecisionStepTotals::CategoryId))
                .col(string_len(DecisionStepTotals::Step, 32))
                .col(string_len(DecisionStepTotals::Outcome, 32))
                .col(big_integer(DecisionStepTotals::Steps))
                .primary_key(
                    Index::create()
                        .col(DecisionStepTotals::OrganisationId)
                        .col(DecisionStepTotals::Month)
                        .col(DecisionStepTotals::Dimensions),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(DecisionStepDurations::Table)
                .col(uuid(DecisionStepDurations::OrganisationId))
                .col(date(DecisionStepDurations::Month))
                .col(string_len(DecisionStepDurations::Scope, 120))
                .col(string_len(DecisionStepDurations::Step, 32))
                .col(big_integer(DecisionStepDurations::Hours))
                .col(big_integer(DecisionStepDurations::Steps))
                .primary_key(
                    Index::create()
                        .col(DecisionStepDurations::OrganisationId)
                        .col(DecisionStepDurations::Scope)
                        .col(DecisionStepDurations::Month)
                        .col(DecisionStepDurations::Step)
                        .col(DecisionStepDurations::Hours),
                )
                .to_owned(),
        )
        .await?;
        // The accountability export reads a year of decisions by their date.
        m.create_index(
            Index::create()
                .name("ix_decisions_organisation_decided_on")
                .table(Decisions::Table)
                .col(Decisions::OrganisationId)
                .col(Decisions::DecidedOn)
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("ix_decisions_organisation_decided_on")
                .table(Decisions::Table)
                .to_owned(),
        )
        .await?;
        for table in [
            DecisionStepDurations::Table.into_iden(),
            DecisionStepTotals::Table.into_iden(),
            DecisionMonthTotals::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
