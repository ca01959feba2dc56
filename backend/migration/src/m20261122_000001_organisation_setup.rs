//! Organisations (tenants), their people, teams and categories, the server's signing keys and
//! each organisation's own identity provider.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
    Name,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    OrganisationId,
    Name,
    Email,
    PasswordHash,
    ExternalSubject,
    Active,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum UserRoles {
    Table,
    UserId,
    Role,
}

#[derive(DeriveIden)]
enum Teams {
    Table,
    Id,
    OrganisationId,
    Name,
    Description,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum TeamMembers {
    Table,
    TeamId,
    UserId,
    IsLead,
}

#[derive(DeriveIden)]
enum Categories {
    Table,
    Id,
    OrganisationId,
    Code,
    Name,
    LegalBasis,
    Description,
    Active,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SigningKeys {
    Table,
    Kid,
    Secret,
    CreatedAt,
}

#[derive(DeriveIden)]
enum IdentityProviders {
    Table,
    OrganisationId,
    Issuer,
    Audience,
    Jwks,
    UserClaim,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Organisations::Table)
                .col(pk_uuid(Organisations::Id))
                .col(string_len_uniq(Organisations::Name, 200))
                .col(timestamp_with_time_zone(Organisations::CreatedAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(pk_uuid(Users::Id))
                .col(uuid(Users::OrganisationId))
                .col(string_len(Users::Name, 200))
                // Stored lower-cased: sign-in and uniqueness are case-insensitive.
                .col(string_len(Users::Email, 254))
                .col(string_len_null(Users::PasswordHash, 200))
                .col(string_len_null(Users::ExternalSubject, 255))
                .col(boolean(Users::Active))
                .col(timestamp_with_time_zone(Users::CreatedAt))
                .col(timestamp_with_time_zone(Users::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Users::Table, Users::OrganisationId)
                        .to(Organisations::Table, Organisations::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_users_organisation_email")
                .table(Users::Table)
                .col(Users::OrganisationId)
                .col(Users::Email)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_users_email")
                .table(Users::Table)
                .col(Users::Email)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(UserRoles::Table)
                .col(uuid(UserRoles::UserId))
                .col(string_len(UserRoles::Role, 32))
                .primary_key(Index::create().col(UserRoles::UserId).col(UserRoles::Role))
                .foreign_key(
                    ForeignKey::create()
                        .from(UserRoles::Table, UserRoles::UserId)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Teams::Table)
                .col(pk_uuid(Teams::Id))
                .col(uuid(Teams::OrganisationId))
                .col(string_len(Teams::Name, 200))
                .col(text_null(Teams::Description))
                .col(timestamp_with_time_zone(Teams::CreatedAt))
                .col(timestamp_with_time_zone(Teams::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Teams::Table, Teams::OrganisationId)
                        .to(Organisations::Table, Organisations::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_teams_organisation_name")
                .table(Teams::Table)
                .col(Teams::OrganisationId)
                .col(Teams::Name)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(TeamMembers::Table)
                .col(uuid(TeamMembers::TeamId))
                .col(uuid(TeamMembers::UserId))
                .col(boolean(TeamMembers::IsLead))
                .primary_key(
                    Index::create()
                        .col(TeamMembers::TeamId)
                        .col(TeamMembers::UserId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(TeamMembers::Table, TeamMembers::TeamId)
                        .to(Teams::Table, Teams::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(TeamMembers::Table, TeamMembers::UserId)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_team_members_user")
                .table(TeamMembers::Table)
                .col(TeamMembers::UserId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Categories::Table)
                .col(pk_uuid(Categories::Id))
                .col(uuid(Categories::OrganisationId))
                .col(string_len(Categories::Code, 64))
                .col(string_len(Categories::Name, 200))
                .col(string_len_null(Categories::LegalBasis, 500))
                .col(text_null(Categories::Description))
                .col(boolean(Categories::Active))
                .col(timestamp_with_time_zone(Categories::CreatedAt))
                .col(timestamp_with_time_zone(Categories::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Categories::Table, Categories::OrganisationId)
                        .to(Organisations::Table, Organisations::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_categories_organisation_code")
                .table(Categories::Table)
                .col(Categories::OrganisationId)
                .col(Categories::Code)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(SigningKeys::Table)
                .col(string_len(SigningKeys::Kid, 64).primary_key())
                .col(text(SigningKeys::Secret))
                .col(timestamp_with_time_zone(SigningKeys::CreatedAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(IdentityProviders::Table)
                .col(uuid(IdentityProviders::OrganisationId).primary_key())
                // The issuer selects the organisation for an incoming token, so it is unique.
                .col(string_len_uniq(IdentityProviders::Issuer, 500))
                .col(string_len(IdentityProviders::Audience, 500))
                .col(text(IdentityProviders::Jwks))
                .col(string_len(IdentityProviders::UserClaim, 16))
                .col(timestamp_with_time_zone(IdentityProviders::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(IdentityProviders::Table, IdentityProviders::OrganisationId)
                        .to(Organisations::Table, Organisations::Id),
                )
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            IdentityProviders::Table.into_iden(),
            SigningKeys::Table.into_iden(),
            Categories::Table.into_iden(),
            TeamMembers::Table.into_iden(),
            Teams::Table.into_iden(),
            UserRoles::Table.into_iden(),
            Users::Table.into_iden(),
            Organisations::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
