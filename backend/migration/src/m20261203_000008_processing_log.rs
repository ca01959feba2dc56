//! The processing log (Logboek Dataverwerkingen): one record per processing of a client's data,
//! found by organisation, by client and by actor, in the order they were made.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum ProcessingLog {
    Table,
    Id,
    OrganisationId,
    TraceId,
    SpanId,
    ParentSpanId,
    Name,
    StartTime,
    EndTime,
    StatusCode,
    ProcessingActivityId,
    DataSubjectId,
    DataSubjectIdType,
    ActorId,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ProcessingLog::Table)
                .col(pk_uuid(ProcessingLog::Id))
                .col(uuid(ProcessingLog::OrganisationId))
                .col(string_len(ProcessingLog::TraceId, 32))
                .col(string_len(ProcessingLog::SpanId, 16))
                .col(string_len_null(ProcessingLog::ParentSpanId, 16))
                .col(string_len(ProcessingLog::Name, 64))
                .col(timestamp_with_time_zone(ProcessingLog::StartTime))
                .col(timestamp_with_time_zone(ProcessingLog::EndTime))
                .col(string_len(ProcessingLog::StatusCode, 8))
                .col(string_len(ProcessingLog::ProcessingActivityId, 200))
                .col(string_len(ProcessingLog::DataSubjectId, 64))
                .col(string_len(ProcessingLog::DataSubjectIdType, 32))
                .col(uuid_null(ProcessingLog::ActorId))
                .to_owned(),
        )
        .await?;
        for (name, columns) in [
            (
                "ix_processing_log_organisation",
                vec![ProcessingLog::OrganisationId, ProcessingLog::Id],
            ),
            (
                "ix_processing_log_subject",
                vec![
                    ProcessingLog::OrganisationId,
                    ProcessingLog::DataSubjectId,
                    ProcessingLog::Id,
                ],
            ),
            (
                "ix_processing_log_actor",
                vec![
                    ProcessingLog::OrganisationId,
                    ProcessingLog::ActorId,
                    ProcessingLog::Id,
                ],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(ProcessingLog::Table);
            for column in columns {
                index.col(column);
            }
            m.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ProcessingLog::Table).to_owned())
            .await
    }
}
