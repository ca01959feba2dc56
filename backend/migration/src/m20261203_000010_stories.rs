//! The casebook (casusboek): stories, with the stems and tags they are found by; and an index
//! to find a decision's reflections and reviews by kind (for the inbox and precedents).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum Stories {
    Table,
    Id,
    OrganisationId,
    AuthorId,
    TeamId,
    DecisionId,
    CategoryId,
    Title,
    Body,
    Learning,
    Tags,
    TagIndex,
    SearchStems,
    Status,
    Version,
    CreatedAt,
    UpdatedAt,
    PublishedAt,
    PublishedBy,
}

#[derive(DeriveIden)]
enum DecisionEvents {
    Table,
    OrganisationId,
    Kind,
    DecisionId,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Stories::Table)
                .col(pk_uuid(Stories::Id))
                .col(uuid(Stories::OrganisationId))
                .col(uuid(Stories::AuthorId))
                .col(uuid_null(Stories::TeamId))
                .col(uuid_null(Stories::DecisionId))
                .col(uuid_null(Stories::CategoryId))
                .col(string_len(Stories::Title, 200))
                .col(text(Stories::Body))
                .col(text_null(Stories::Learning))
                .col(text(Stories::Tags))
                .col(text(Stories::TagIndex))
                .col(text(Stories::SearchStems))
                .col(string_len(Stories::Status, 16))
                .col(big_integer(Stories::Version))
                .col(timestamp_with_time_zone(Stories::CreatedAt))
                .col(timestamp_with_time_zone(Stories::UpdatedAt))
                .col(timestamp_with_time_zone_null(Stories::PublishedAt))
                .col(uuid_null(Stories::PublishedBy))
                .to_owned(),
        )
        .await?;
        for (name, columns) in [
            (
                "ix_stories_organisation",
                vec![Stories::OrganisationId, Stories::Id],
            ),
            (
                "ix_stories_organisation_decision",
                vec![Stories::OrganisationId, Stories::DecisionId],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(Stories::Table);
            for column in columns {
                index.col(column);
            }
            m.create_index(index.to_owned()).await?;
        }
        m.create_index(
            Index::create()
                .name("ix_decision_events_organisation_kind")
                .table(DecisionEvents::Table)
                .col(DecisionEvents::OrganisationId)
                .col(DecisionEvents::Kind)
                .col(DecisionEvents::DecisionId)
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("ix_decision_events_organisation_kind")
                .table(DecisionEvents::Table)
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table(Stories::Table).to_owned())
            .await?;
        Ok(())
    }
}
