//! Machine clients (municipal systems calling the API with OAuth 2.0 client credentials) and
//! the `jti` of every client assertion they used, so an assertion cannot be replayed.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum ApiClients {
    Table,
    Id,
    OrganisationId,
    Name,
    Scopes,
    Active,
    Jwks,
    SecretHash,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ClientAssertions {
    Table,
    ClientId,
    Jti,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ApiClients::Table)
                .col(pk_uuid(ApiClients::Id))
                .col(uuid(ApiClients::OrganisationId))
                .col(string_len(ApiClients::Name, 200))
                // Space-separated, as OAuth writes scopes.
                .col(string_len(ApiClients::Scopes, 500))
                .col(boolean(ApiClients::Active))
                .col(text_null(ApiClients::Jwks))
                // Hex SHA-256 of the current secret.
                .col(string_len(ApiClients::SecretHash, 64))
                .col(timestamp_with_time_zone(ApiClients::CreatedAt))
                .col(timestamp_with_time_zone(ApiClients::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(ApiClients::Table, ApiClients::OrganisationId)
                        .to(Organisations::Table, Organisations::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_api_clients_organisation")
                .table(ApiClients::Table)
                .col(ApiClients::OrganisationId)
                .col(ApiClients::Id)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ClientAssertions::Table)
                .col(uuid(ClientAssertions::ClientId))
                .col(string_len(ClientAssertions::Jti, 200))
                .col(timestamp_with_time_zone(ClientAssertions::ExpiresAt))
                .primary_key(
                    Index::create()
                        .col(ClientAssertions::ClientId)
                        .col(ClientAssertions::Jti),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_client_assertions_expiry")
                .table(ClientAssertions::Table)
                .col(ClientAssertions::ExpiresAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ClientAssertions::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(ApiClients::Table).to_owned())
            .await
    }
}
