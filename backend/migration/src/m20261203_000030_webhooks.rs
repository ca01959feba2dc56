//! Webhooks: the outbox of events (written in the transaction of their cause), the
//! organisation's subscriptions, and one delivery per event and subscription with its state.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum OutboxEvents {
    Table,
    Id,
    OrganisationId,
    EventType,
    Body,
    CreatedAt,
    Dispatched,
}

#[derive(DeriveIden)]
enum WebhookSubscriptions {
    Table,
    Id,
    OrganisationId,
    Url,
    EventTypes,
    Description,
    Active,
    Secret,
    DisabledReason,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum WebhookDeliveries {
    Table,
    Id,
    OrganisationId,
    SubscriptionId,
    EventId,
    EventType,
    State,
    Attempts,
    LastStatusCode,
    LastError,
    NextAttemptAt,
    LeaseUntil,
    LeaseOwner,
    CreatedAt,
    DeliveredAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(OutboxEvents::Table)
                .col(pk_uuid(OutboxEvents::Id))
                .col(uuid(OutboxEvents::OrganisationId))
                .col(string_len(OutboxEvents::EventType, 64))
                .col(text(OutboxEvents::Body))
                .col(timestamp_with_time_zone(OutboxEvents::CreatedAt))
                .col(boolean(OutboxEvents::Dispatched))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_outbox_events_undispatched")
                .table(OutboxEvents::Table)
                .col(OutboxEvents::Dispatched)
                .col(OutboxEvents::Id)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(WebhookSubscriptions::Table)
                .col(pk_uuid(WebhookSubscriptions::Id))
                .col(uuid(WebhookSubscriptions::OrganisationId))
                .col(string_len(WebhookSubscriptions::Url, 2000))
                .col(text(WebhookSubscriptions::EventTypes))
                .col(string_len_null(WebhookSubscriptions::Description, 500))
                .col(boolean(WebhookSubscriptions::Active))
                .col(string_len(WebhookSubscriptions::Secret, 100))
                .col(string_len_null(WebhookSubscriptions::DisabledReason, 500))
                .col(timestamp_with_time_zone(WebhookSubscriptions::CreatedAt))
                .col(timestamp_with_time_zone(WebhookSubscriptions::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_webhook_subscriptions_organisation")
                .table(WebhookSubscriptions::Table)
                .col(WebhookSubscriptions::OrganisationId)
                .col(WebhookSubscriptions::Id)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(WebhookDeliveries::Table)
                .col(pk_uuid(WebhookDeliveries::Id))
                .col(uuid(WebhookDeliveries::OrganisationId))
                .col(uuid(WebhookDeliveries::SubscriptionId))
                .col(uuid(WebhookDeliveries::EventId))
                .col(string_len(WebhookDeliveries::EventType, 64))
                .col(string_len(WebhookDeliveries::State, 16))
                .col(integer(WebhookDeliveries::Attempts))
                .col(integer_null(WebhookDeliveries::LastStatusCode))
                .col(string_len_null(WebhookDeliveries::LastError, 500))
                .col(timestamp_with_time_zone_null(
                    WebhookDeliveries::NextAttemptAt,
                ))
                .col(timestamp_with_time_zone_null(WebhookDeliveries::LeaseUntil))
                .col(uuid_null(WebhookDeliveries::LeaseOwner))
                .col(timestamp_with_time_zone(WebhookDeliveries::CreatedAt))
                .col(timestamp_with_time_zone_null(
                    WebhookDeliveries::DeliveredAt,
                ))
                .to_owned(),
        )
        .await?;
        for (name, columns) in [
            (
                "ix_webhook_deliveries_due",
                vec![WebhookDeliveries::State, WebhookDeliveries::NextAttemptAt],
            ),
            (
                "ix_webhook_deliveries_subscription",
                vec![WebhookDeliveries::SubscriptionId, WebhookDeliveries::Id],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(WebhookDeliveries::Table);
            for column in columns {
                index.col(column);
            }
            m.create_index(index.to_owned()).await?;
        }
        // One delivery per event and subscription, also when two servers fan out at once.
        m.create_index(
            Index::create()
                .name("ux_webhook_deliveries_event_subscription")
                .table(WebhookDeliveries::Table)
                .col(WebhookDeliveries::EventId)
                .col(WebhookDeliveries::SubscriptionId)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            WebhookDeliveries::Table.into_iden(),
            WebhookSubscriptions::Table.into_iden(),
            OutboxEvents::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
