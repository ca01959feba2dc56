//! RFC 9457 problem details: the one error body of the whole API.
//!
//! Handlers return `ApiError` (declared in every operation's responses); anything that fails
//! before a handler runs (unknown route, unparsable JSON, a missing bearer token) is turned
//! into the same body by `catch_all`. Causes stay in the log; clients get a safe `detail`.

use poem::{Response, http::StatusCode};
use poem_openapi::{ApiResponse, Object, payload::Json};

use crate::{domain::invalid::FieldError, service::ServiceError};

pub const PROBLEM_JSON: &str = "application/problem+json";

/// A problem with one field of the request.
#[derive(Object, Clone, Debug)]
#[oai(rename = "FieldError")]
pub struct FieldErrorBody {
    /// The JSON path of the field, e.g. `name` or `rules[2].approvalUpToCents`.
    pub field: String,
    pub message: String,
}

/// An RFC 9457 problem details object.
#[derive(Object, Clone, Debug)]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[oai(rename = "type")]
    pub kind: String,
    /// A short, human-readable summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong in this occurrence.
    pub detail: String,
    /// Every invalid field at once (only for invalid input; absent otherwise).
    #[oai(skip_serializing_if_is_empty, default)]
    pub errors: Vec<FieldErrorBody>,
}

impl Problem {
    pub fn new(status: StatusCode, slug: &str, title: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: format!("urn:mandaat:problem:{slug}"),
            title: title.into(),
            status: status.as_u16(),
            detail: detail.into(),
            errors: Vec::new(),
        }
    }

    pub fn invalid(errors: Vec<FieldError>) -> Self {
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        let mut problem = Self::new(
            StatusCode::BAD_REQUEST,
            "invalid-input",
            "Invalid input",
            format!("The request has invalid fields: {}.", fields.join(", ")),
        );
        problem.errors = errors
            .into_iter()
            .map(|e| FieldErrorBody {
                field: e.field,
                message: e.message,
            })
            .collect();
        problem
    }
}

/// Every error an operation can answer with.
#[derive(ApiResponse, Debug)]
pub enum ApiError {
    /// Invalid input: the body names every invalid field at once.
    #[oai(status = 400, content_type = "application/problem+json")]
    BadRequest(Json<Problem>),
    /// No valid bearer token (missing, expired, forged, or of an unknown issuer).
    #[oai(status = 401, content_type = "application/problem+json")]
    Unauthorized(Json<Problem>),
    /// The caller's role does not allow this on an object of their own organisation.
    #[oai(status = 403, content_type = "application/problem+json")]
    Forbidden(Json<Problem>),
    /// No such object in the caller's organisation.
    #[oai(status = 404, content_type = "application/problem+json")]
    NotFound(Json<Problem>),
    /// The request conflicts with the current state.
    #[oai(status = 409, content_type = "application/problem+json")]
    Conflict(Json<Problem>),
    /// `If-Match` names a version that is no longer current (versioned resources only).
    #[oai(status = 412, content_type = "application/problem+json")]
    PreconditionFailed(Json<Problem>),
    /// The body is larger than the server accepts.
    #[oai(status = 413, content_type = "application/problem+json")]
    PayloadTooLarge(Json<Problem>),
    /// The request cannot be processed as sent: an `Idempotency-Key` reused with another body.
    #[oai(status = 422, content_type = "application/problem+json")]
    Unprocessable(Json<Problem>),
    /// `If-Match` is required and missing (versioned resources only).
    #[oai(status = 428, content_type = "application/problem+json")]
    PreconditionRequired(Json<Problem>),
    /// Something failed on the server; the cause is logged, not sent.
    #[oai(status = 500, content_type = "application/problem+json")]
    Internal(Json<Problem>),
}

impl ApiError {
    pub fn from_problem(problem: Problem) -> Self {
        let json = Json(problem);
        match json.0.status {
            400 => Self::BadRequest(json),
            401 => Self::Unauthorized(json),
            403 => Self::Forbidden(json),
            404 => Self::NotFound(json),
            409 => Self::Conflict(json),
            412 => Self::PreconditionFailed(json),
            413 => Self::PayloadTooLarge(json),
            422 => Self::Unprocessable(json),
            428 => Self::PreconditionRequired(json),
            _ => Self::Internal(json),
        }
    }

    /// An error of the server itself: the cause is logged here, the client hears no more.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "internal error");
        Self::from_problem(internal_problem())
    }

    pub fn unauthorized() -> Self {
        Self::from_problem(Problem::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "Not signed in",
            "A valid bearer token is required.",
        ))
    }
}

impl From<ServiceError> for ApiError {
    fn from(error: ServiceError) -> Self {
        Self::from_problem(match error {
            ServiceError::Invalid(errors) => Problem::invalid(errors),
            ServiceError::Unauthenticated => return Self::unauthorized(),
            ServiceError::Forbidden(reason) => {
                Problem::new(StatusCode::FORBIDDEN, "forbidden", "Forbidden", reason)
            }
            ServiceError::NotFound => Problem::new(
                StatusCode::NOT_FOUND,
                "not-found",
                "Not found",
                "There is no such object.",
            ),
            ServiceError::Conflict(reason) => {
                Problem::new(StatusCode::CONFLICT, "conflict", "Conflict", reason)
            }
            ServiceError::Unprocessable(reason) => Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "idempotency-key-reused",
                "Idempotency-Key reused",
                reason,
            ),
            ServiceError::PreconditionFailed(reason) => Problem::new(
                StatusCode::PRECONDITION_FAILED,
                "stale-version",
                "The version has changed",
                reason,
            ),
            ServiceError::PreconditionRequired(reason) => Problem::new(
                StatusCode::PRECONDITION_REQUIRED,
                "if-match-required",
                "If-Match required",
                reason,
            ),
            ServiceError::Internal => internal_problem(),
        })
    }
}

pub fn internal_problem() -> Problem {
    Problem::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "Internal error",
        "Something went wrong on the server. It has been logged; please try again.",
    )
}

/// A problem as a response with any status, serialised exactly as the operations' `ApiError`.
pub fn problem_response(problem: Problem) -> Response {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    Response::builder()
        .status(status)
        .content_type(PROBLEM_JSON)
        .body(poem_openapi::types::ToJSON::to_json_string(&problem))
}

/// Turns any error that escaped the handlers into a problem response.
pub async fn catch_all(error: poem::Error) -> Response {
    let status = error.status();
    let message = error.to_string();
    let field = error
        .downcast_ref::<poem_openapi::error::ParseParamError>()
        .map(|e| e.name.to_owned())
        // Every path parameter of this API is an object id.
        .or_else(|| {
            error
                .downcast_ref::<poem_openapi::error::ParsePathError>()
                .map(|_| "id".to_owned())
        })
        .or_else(|| {
            error
                .downcast_ref::<poem_openapi::error::ParseRequestPayloadError>()
                .map(|_| field_in(&message))
        });
    let response = error.into_response();
    if response
        .content_type()
        .is_some_and(|ct| ct.starts_with(PROBLEM_JSON))
    {
        return response;
    }
    problem_response(problem_for(status, &message, field))
}

fn problem_for(status: StatusCode, message: &str, field: Option<String>) -> Problem {
    match status {
        StatusCode::BAD_REQUEST => {
            let field = field.unwrap_or_else(|| "body".into());
            Problem::invalid(vec![FieldError {
                field,
                message: message.into(),
            }])
        }
        StatusCode::UNAUTHORIZED => Problem::new(
            status,
            "unauthorized",
            "Not signed in",
            "A valid bearer token is required.",
        ),
        StatusCode::NOT_FOUND => Problem::new(
            status,
            "not-found",
            "Not found",
            "There is nothing at this address.",
        ),
        StatusCode::METHOD_NOT_ALLOWED => Problem::new(
            status,
            "method-not-allowed",
            "Method not allowed",
            "This address does not accept this method.",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => {
            Problem::new(status, "payload-too-large", "Payload too large", message)
        }
        StatusCode::UNSUPPORTED_MEDIA_TYPE => Problem::new(
            status,
            "unsupported-media-type",
            "Unsupported media type",
            "Send the body in the media type the operation names: application/json, except \
             for a token request (application/x-www-form-urlencoded) and an import (text/csv).",
        ),
        StatusCode::NOT_ACCEPTABLE => {
            Problem::new(status, "not-acceptable", "Not acceptable", message)
        }
        s if s.is_server_error() => {
            tracing::error!(
                status = s.as_u16(),
                error = message,
                "unhandled server error"
            );
            internal_problem()
        }
        s => Problem::new(s, "error", s.canonical_reason().unwrap_or("Error"), message),
    }
}

/// poem-openapi names the offending field as ``field `name` `` in its parse messages.
fn field_in(message: &str) -> String {
    message
        .split("field `")
        .nth(1)
        .and_then(|rest| rest.split('`').next())
        .map(str::to_owned)
        .unwrap_or_else(|| "body".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_field_in_a_parse_message() {
        assert_eq!(
            field_in("parse error: field `name` verification failed"),
            "name"
        );
        assert_eq!(field_in("expected value at line 1 column 2"), "body");
    }

    #[test]
    fn invalid_names_every_field() {
        let problem = Problem::invalid(vec![
            FieldError {
                field: "name".into(),
                message: "must not be empty".into(),
            },
            FieldError {
                field: "email".into(),
                message: "must be an e-mail address".into(),
            },
        ]);
        assert_eq!(problem.status, 400);
        assert_eq!(problem.errors.len(), 2);
        assert!(problem.detail.contains("name, email"));
    }
}
