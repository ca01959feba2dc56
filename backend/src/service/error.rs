//! What can go wrong in a use case, in terms a client may be told. Causes of internal errors
//! are logged where they happen and never leave the server.

use sea_orm::DbErr;

use crate::domain::invalid::FieldError;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    #[error("not authenticated")]
    Unauthenticated,
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// Absent, or of another organisation: the two are indistinguishable on purpose.
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(String),
    /// The request cannot be processed as sent (an idempotency key reused for another body).
    #[error("unprocessable: {0}")]
    Unprocessable(String),
    /// `If-Match` names a version that is no longer the latest.
    #[error("precondition failed")]
    PreconditionFailed(String),
    /// `If-Match` is required here and was not sent.
    #[error("precondition required")]
    PreconditionRequired(String),
    #[error("internal error")]
    Internal,
}

impl ServiceError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Self::Invalid(vec![FieldError {
            field: field.into(),
            message: message.into(),
        }])
    }

    pub fn forbidden(reason: impl Into<String>) -> Self {
        Self::Forbidden(reason.into())
    }
}

impl From<DbErr> for ServiceError {
    fn from(error: DbErr) -> Self {
        tracing::error!(error = %error, "database error");
        Self::Internal
    }
}

impl From<Vec<FieldError>> for ServiceError {
    fn from(errors: Vec<FieldError>) -> Self {
        Self::Invalid(errors)
    }
}
