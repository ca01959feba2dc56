use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::store::columns::JsonText;

/// A category's besluittype in the organisation's catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Besluittype {
    pub category_id: Uuid,
    pub besluittype_url: String,
}

/// The organisation's ZGW Besluiten API.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "zgw_connections")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organisation_id: Uuid,
    pub besluiten_api_url: String,
    pub client_id: String,
    /// The shared HS256 secret: kept as given, since every call is signed with it.
    pub secret: Option<String>,
    pub rsin: String,
    pub bestuursorgaan: String,
    pub besluittypen: JsonText<Vec<Besluittype>>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
