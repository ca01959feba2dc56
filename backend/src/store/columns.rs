//! Domain values stored in text columns, read back as the domain's own types.
//!
//! The domain knows nothing of SQL, so the column traits sea-orm needs are implemented here
//! rather than derived there. A stored value that does not parse fails the read with a typed
//! error (logged by the service, answered as a problem), never a silent default.

use std::sync::Arc;

use sea_orm::{
    ColIdx, DbErr, QueryResult, TryGetError, TryGetable, Value,
    sea_query::{ArrayType, ColumnType, Nullable, StringLen, ValueType, ValueTypeErr},
};
use serde::{Serialize, de::DeserializeOwned};

use crate::domain::{
    decision::{CorrectionState, EventKind, Status},
    ledger::EntryKind,
    mandate::{PeriodKind, Verdict},
    processing::StatusCode,
    story::StoryStatus,
    webhook::DeliveryState,
    zgw::PushState,
};

/// Why a stored text is not a value of its column's type.
#[derive(Debug, thiserror::Error)]
#[error("the stored text {text:?} is not a {type_name}")]
struct NotA {
    text: String,
    type_name: &'static str,
}

fn not_a(text: String, type_name: &'static str) -> TryGetError {
    TryGetError::DbErr(DbErr::TryIntoErr {
        from: "String",
        into: type_name,
        source: Arc::new(NotA { text, type_name }),
    })
}

/// A domain enumeration stored as its wire name: `as_str` writes it, `parse` reads it.
macro_rules! text_column {
    ($($type:ty),* $(,)?) => {$(
        impl From<$type> for Value {
            fn from(value: $type) -> Self {
                value.as_str().into()
            }
        }

        impl TryGetable for $type {
            fn try_get_by<I: ColIdx>(res: &QueryResult, idx: I) -> Result<Self, TryGetError> {
                let text = String::try_get_by(res, idx)?;
                <$type>::parse(&text).ok_or_else(|| not_a(text, stringify!($type)))
            }
        }

        impl ValueType for $type {
            fn try_from(value: Value) -> Result<Self, ValueTypeErr> {
                let text = <String as ValueType>::try_from(value)?;
                <$type>::parse(&text).ok_or(ValueTypeErr)
            }

            fn type_name() -> String {
                stringify!($type).to_owned()
            }

            fn array_type() -> ArrayType {
                ArrayType::String
            }

            fn column_type() -> ColumnType {
                ColumnType::String(StringLen::None)
            }
        }

        impl Nullable for $type {
            fn null() -> Value {
                Value::String(None)
            }
        }

        // Needed to be part of a composite primary key; never called for text keys.
        impl sea_orm::TryFromU64 for $type {
            fn try_from_u64(_: u64) -> Result<Self, DbErr> {
                Err(DbErr::ConvertFromU64(stringify!($type)))
            }
        }

        impl sea_orm::IntoActiveValue<$type> for $type {
            fn into_active_value(self) -> sea_orm::ActiveValue<$type> {
                sea_orm::ActiveValue::Set(self)
            }
        }
    )*};
}

text_column!(
    Status,
    Verdict,
    EventKind,
    EntryKind,
    PeriodKind,
    CorrectionState,
    StatusCode,
    DeliveryState,
    StoryStatus,
    PushState
);

/// A value stored as JSON in a text column (both databases store it as text, so it is bound as
/// a string rather than as PostgreSQL's `json`).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct JsonText<T>(pub T);

impl<T: Serialize> From<JsonText<T>> for Value {
    fn from(value: JsonText<T>) -> Self {
        // Serialising plain data (structs of strings, numbers and enums) cannot fail.
        serde_json::to_string(&value.0)
            .unwrap_or_else(|_| "null".into())
            .into()
    }
}

impl<T: DeserializeOwned> TryGetable for JsonText<T> {
    fn try_get_by<I: ColIdx>(res: &QueryResult, idx: I) -> Result<Self, TryGetError> {
        let text = String::try_get_by(res, idx)?;
        serde_json::from_str(&text)
            .map(JsonText)
            .map_err(|_| not_a(text, std::any::type_name::<T>()))
    }
}

impl<T: DeserializeOwned> ValueType for JsonText<T> {
    fn try_from(value: Value) -> Result<Self, ValueTypeErr> {
        let text = <String as ValueType>::try_from(value)?;
        serde_json::from_str(&text)
            .map(JsonText)
            .map_err(|_| ValueTypeErr)
    }

    fn type_name() -> String {
        format!("JsonText<{}>", std::any::type_name::<T>())
    }

    fn array_type() -> ArrayType {
        ArrayType::String
    }

    fn column_type() -> ColumnType {
        ColumnType::Text
    }
}

impl<T> Nullable for JsonText<T> {
    fn null() -> Value {
        Value::String(None)
    }
}

impl<T: Serialize> sea_orm::IntoActiveValue<JsonText<T>> for JsonText<T> {
    fn into_active_value(self) -> sea_orm::ActiveValue<JsonText<T>> {
        sea_orm::ActiveValue::Set(self)
    }
}
