//! Every invalid field of a JSON body, named at once.
//!
//! poem-openapi reads a body into its type field by field and stops at the first it cannot read,
//! so a body with three fields missing would be answered with one error. When that happens, the
//! body is checked again here against the operation's schema in the OpenAPI document (the same
//! document clients read), and every field that does not fit is named with its JSON path
//! (`title`, `rules[2].right`).

use chrono::{DateTime, NaiveDate};
use poem::http::Method;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::domain::invalid::FieldError;

/// The request-body schemas of the document's operations.
pub struct BodySchemas {
    operations: Vec<Operation>,
    schemas: Map<String, Value>,
}

struct Operation {
    method: Method,
    /// The path's segments; `None` where the template has a parameter.
    segments: Vec<Option<String>>,
    schema: Value,
}

impl BodySchemas {
    /// From the OpenAPI document as served (paths relative to `/api/v1`).
    pub fn from_document(document: &str) -> Self {
        let document: Value = serde_json::from_str(document).unwrap_or_default();
        let mut operations = Vec::new();
        for (path, item) in document["paths"].as_object().into_iter().flatten() {
            for (method, operation) in item.as_object().into_iter().flatten() {
                let Ok(method) = method.to_uppercase().parse::<Method>() else {
                    continue;
                };
                let content = &operation["requestBody"]["content"];
                let Some(schema) = content
                    .as_object()
                    .and_then(|types| types.iter().find(|(kind, _)| kind.contains("json")))
                    .map(|(_, body)| body["schema"].clone())
                else {
                    continue;
                };
                operations.push(Operation {
                    method,
                    segments: segments(path)
                        .map(|s| (!s.starts_with('{')).then(|| s.to_owned()))
                        .collect(),
                    schema,
                });
            }
        }
        let schemas = document["components"]["schemas"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        Self {
            operations,
            schemas,
        }
    }

    /// Every field of `body` that does not fit the schema of the operation at `path` (relative
    /// to `/api/v1`); empty when the operation has no JSON body or the body fits.
    pub fn field_errors(&self, method: &Method, path: &str, body: &[u8]) -> Vec<FieldError> {
        let Some(operation) = self.operation(method, path) else {
            return Vec::new();
        };
        let Ok(value) = serde_json::from_slice::<Value>(body) else {
            return Vec::new();
        };
        let mut errors = Vec::new();
        self.check(&operation.schema, &value, "", &mut errors);
        errors
    }

    fn operation(&self, method: &Method, path: &str) -> Option<&Operation> {
        let wanted: Vec<&str> = segments(path).collect();
        self.operations.iter().find(|operation| {
            operation.method == method
                && operation.segments.len() == wanted.len()
                && operation
                    .segments
                    .iter()
                    .zip(&wanted)
                    .all(|(template, segment)| template.as_deref().is_none_or(|t| t == *segment))
        })
    }

    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        match schema["$ref"].as_str() {
            Some(reference) => reference
                .strip_prefix("#/components/schemas/")
                .and_then(|name| self.schemas.get(name))
                .unwrap_or(&Value::Null),
            None => schema,
        }
    }

    fn check(&self, schema: &Value, value: &Value, path: &str, errors: &mut Vec<FieldError>) {
        let schema = self.resolve(schema);
        if let Some(parts) = schema["allOf"].as_array() {
            for part in parts {
                self.check(part, value, path, errors);
            }
            return;
        }
        let field = || {
            if path.is_empty() {
                "body".to_owned()
            } else {
                path.to_owned()
            }
        };
        if let Some(problem) = kind_problem(schema, value) {
            errors.push(FieldError {
                field: field(),
                message: problem,
            });
            return;
        }
        match (schema["type"].as_str(), value) {
            (Some("object"), Value::Object(fields)) => {
                let required: Vec<&str> = schema["required"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                // In the schema's order of properties, so the answer is the same every time.
                for (name, property) in schema["properties"].as_object().into_iter().flatten() {
                    match fields.get(name) {
                        None | Some(Value::Null) if required.contains(&name.as_str()) => {
                            errors.push(FieldError {
                                field: join(path, name),
                                message: "is required".into(),
                            });
                        }
                        // An absent or null optional field is simply not given.
                        None | Some(Value::Null) => {}
                        Some(value) => self.check(property, value, &join(path, name), errors),
                    }
                }
            }
            (Some("array"), Value::Array(items)) => {
                for (index, item) in items.iter().enumerate() {
                    self.check(&schema["items"], item, &format!("{path}[{index}]"), errors);
                }
            }
            _ => {}
        }
    }
}

fn segments(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|s| !s.is_empty())
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// Why `value` is not of the schema's type, format or enumeration, if it is not.
fn kind_problem(schema: &Value, value: &Value) -> Option<String> {
    let fits = match schema["type"].as_str() {
        Some("object") => value.is_object(),
        Some("array") => value.is_array(),
        Some("boolean") => value.is_boolean(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("number") => value.is_number(),
        Some("string") => value.is_string(),
        // No type: anything goes (free JSON).
        _ => true,
    };
    if !fits {
        return Some(match schema["type"].as_str() {
            Some("object") => "must be an object".into(),
            Some("array") => "must be a list".into(),
            Some("boolean") => "must be true or false".into(),
            Some("integer") => "must be a whole number".into(),
            Some("number") => "must be a number".into(),
            _ => "must be a string".into(),
        });
    }
    let text = value.as_str()?;
    if let Some(allowed) = schema["enum"].as_array()
        && !allowed.iter().any(|a| a.as_str() == Some(text))
    {
        let names: Vec<&str> = allowed.iter().filter_map(Value::as_str).collect();
        return Some(format!("must be one of: {}", names.join(", ")));
    }
    match schema["format"].as_str() {
        Some("uuid") if Uuid::parse_str(text).is_err() => Some("must be a UUID".into()),
        Some("date-time") if DateTime::parse_from_rfc3339(text).is_err() => {
            Some("must be an RFC 3339 time, e.g. 2026-03-01T10:15:00+01:00".into())
        }
        Some("date" | "naive-date") if NaiveDate::parse_from_str(text, "%Y-%m-%d").is_err() => {
            Some("must be a date, YYYY-MM-DD".into())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schemas() -> BodySchemas {
        BodySchemas::from_document(
            &serde_json::json!({
                "paths": {
                    "/decisions/{id}/review": {"post": {"requestBody": {"content": {"application/json; charset=utf-8": {"schema": {"$ref": "#/components/schemas/Review"}}}}}},
                    "/versions": {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Version"}}}}}}
                },
                "components": {"schemas": {
                    "Review": {"type": "object", "required": ["outcome", "learning"], "properties": {
                        "outcome": {"type": "string", "enum": ["backed", "not_backed"]},
                        "learning": {"type": "string"},
                        "comment": {"type": "string"}
                    }},
                    "Version": {"type": "object", "required": ["validFrom", "rules"], "properties": {
                        "validFrom": {"type": "string", "format": "naive-date"},
                        "rules": {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}}
                    }},
                    "Rule": {"type": "object", "required": ["categoryId", "autonomousUpToCents"], "properties": {
                        "categoryId": {"type": "string", "format": "uuid"},
                        "autonomousUpToCents": {"type": "integer", "format": "int64"}
                    }}
                }}
            })
            .to_string(),
        )
    }

    fn fields(errors: Vec<FieldError>) -> Vec<String> {
        errors.into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn every_missing_or_mistyped_field_is_named_with_its_path() {
        let schemas = schemas();
        let review = schemas.field_errors(
            &Method::POST,
            "/decisions/0190a3c5-0000-7000-8000-000000000000/review",
            br#"{"outcome": "maybe", "comment": 3}"#,
        );
        assert_eq!(fields(review), ["comment", "learning", "outcome"]);
        let version = schemas.field_errors(
            &Method::POST,
            "/versions",
            br#"{"validFrom": "1 april", "rules": [{"categoryId": "x", "autonomousUpToCents": 1.5}, {}]}"#,
        );
        assert_eq!(
            fields(version),
            [
                "rules[0].autonomousUpToCents",
                "rules[0].categoryId",
                "rules[1].autonomousUpToCents",
                "rules[1].categoryId",
                "validFrom"
            ]
        );
    }

    #[test]
    fn a_fitting_body_or_an_unknown_operation_names_nothing() {
        let schemas = schemas();
        assert!(
            schemas
                .field_errors(
                    &Method::POST,
                    "/decisions/x/review",
                    br#"{"outcome": "backed", "learning": "Samen bellen.", "comment": null}"#
                )
                .is_empty()
        );
        assert!(
            schemas
                .field_errors(&Method::GET, "/versions", b"{}")
                .is_empty()
        );
        assert!(
            schemas
                .field_errors(&Method::POST, "/versions", b"not json")
                .is_empty()
        );
        assert_eq!(
            fields(schemas.field_errors(&Method::POST, "/versions", b"[1]")),
            ["body"]
        );
    }
}
