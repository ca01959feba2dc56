//! `POST /imports/people`: people and teams from a CSV file (admins, and machine clients with
//! `people:write`).

use poem::{FromRequest, Request, RequestBody, web::Data};
use poem_openapi::{
    ApiResponse, Enum, Object, OpenApi, impl_apirequest_for_payload,
    param::Query,
    payload::{Json, ParsePayload, Payload},
    registry::{MetaSchema, MetaSchemaRef},
};
use uuid::Uuid;

use super::common::Tag;
use crate::{
    http::{problem::ApiError, security::Auth, state::AppState},
    service::{
        self,
        people_import::{ImportResult, Outcome},
    },
};

#[derive(Default)]
pub struct ImportsApi;

/// A `text/csv` request body, read as UTF-8 text.
pub struct CsvText(pub String);

impl Payload for CsvText {
    const CONTENT_TYPE: &'static str = "text/csv";

    fn check_content_type(content_type: &str) -> bool {
        content_type
            .split(';')
            .next()
            .is_some_and(|kind| kind.trim().eq_ignore_ascii_case("text/csv"))
    }

    fn schema_ref() -> MetaSchemaRef {
        MetaSchemaRef::Inline(Box::new(MetaSchema {
            description: Some(
                "A header row `name,email,roles,teams,leads`, then one person per row; several \
                 roles or teams in one cell are separated by `;`.",
            ),
            ..MetaSchema::new("string")
        }))
    }
}

impl ParsePayload for CsvText {
    const IS_REQUIRED: bool = true;

    async fn from_request(request: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        String::from_request(request, body).await.map(Self)
    }
}

impl_apirequest_for_payload!(CsvText);

/// What the import does (or, in a dry run, would do) with a row.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "lowercase")]
pub enum RowOutcome {
    Created,
    Updated,
    Unchanged,
}

/// One row of the file.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ImportedRow {
    /// The row's index after the header, from 0 (as in `rows[N]` of an error).
    pub row: u32,
    pub email: String,
    pub outcome: RowOutcome,
    /// The person's id (in a dry run, for a new person, the id they would have got).
    pub user_id: Uuid,
}

/// The result of an import of people.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct PeopleImport {
    /// `true` when nothing was changed.
    pub dry_run: bool,
    pub rows: Vec<ImportedRow>,
    /// Names of the teams made for the file.
    pub teams_created: Vec<String>,
}

impl From<ImportResult> for PeopleImport {
    fn from(result: ImportResult) -> Self {
        Self {
            dry_run: result.dry_run,
            rows: result
                .rows
                .into_iter()
                .map(|r| ImportedRow {
                    row: u32::try_from(r.row).unwrap_or(u32::MAX),
                    email: r.email,
                    outcome: match r.outcome {
                        Outcome::Created => RowOutcome::Created,
                        Outcome::Updated => RowOutcome::Updated,
                        Outcome::Unchanged => RowOutcome::Unchanged,
                    },
                    user_id: r.user_id,
                })
                .collect(),
            teams_created: result.teams_created,
        }
    }
}

#[derive(ApiResponse)]
pub enum ImportResponse {
    /// Imported, or with `dryRun=true` what an import would do.
    #[oai(status = 200)]
    Ok(Json<PeopleImport>),
}

#[OpenApi(tag = "Tag::Organisation")]
impl ImportsApi {
    /// Import people and teams from CSV (admin), all or nothing.
    ///
    /// A person is matched by e-mail address: new ones are added without a password, known
    /// ones get the file's name, roles and teams (`teams` they belong to, `leads` the teams
    /// they lead; leading needs the role `team_lead`). Teams that do not exist yet are made.
    /// Every bad cell is named as `rows[N].column`.
    #[oai(
        path = "/imports/people",
        method = "post",
        operation_id = "importPeople"
    )]
    async fn import_people(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// `true`: answer what would change, change nothing.
        #[oai(name = "dryRun")]
        dry_run: Query<Option<bool>>,
        body: CsvText,
    ) -> Result<ImportResponse, ApiError> {
        let result =
            service::people_import::import(&state.db, &auth.0, &body.0, dry_run.0.unwrap_or(false))
                .await?;
        Ok(ImportResponse::Ok(Json(result.into())))
    }
}
