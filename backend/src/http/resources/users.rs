//! `/users`: the people of the organisation (medewerkers).

use poem::web::Data;
use poem_openapi::{
    ApiResponse, Enum, Object, OpenApi,
    param::{Path, Query},
    payload::Json,
    types::MaybeUndefined,
};
use uuid::Uuid;

use super::common::{Tag, item_page};
use crate::{
    domain::role::Role,
    http::timestamp::Timestamp,
    http::{problem::ApiError, security::Auth, state::AppState},
    service::{
        self,
        page::PageRequest,
        users::{NewUser, UserChanges, UserView},
    },
};

#[derive(Default)]
pub struct UsersApi;

item_page!(UserPage, User);

/// A role a person holds; one person may hold several.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum RoleName {
    Professional,
    TeamLead,
    Controller,
    Admin,
}

impl From<Role> for RoleName {
    fn from(role: Role) -> Self {
        match role {
            Role::Professional => Self::Professional,
            Role::TeamLead => Self::TeamLead,
            Role::Controller => Self::Controller,
            Role::Admin => Self::Admin,
        }
    }
}

/// A person of the organisation (medewerker).
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct User {
    pub id: Uuid,
    pub name: String,
    pub email: String,
    pub roles: Vec<RoleName>,
    pub team_ids: Vec<Uuid>,
    pub active: bool,
    /// Whether the person has a built-in password (else they sign in through the identity provider).
    pub has_password: bool,
    /// The identity provider's subject, when people are mapped by `sub`.
    pub external_subject: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl From<UserView> for User {
    fn from(view: UserView) -> Self {
        Self {
            id: view.user.id,
            name: view.user.name,
            email: view.user.email,
            roles: view.roles.into_iter().map(RoleName::from).collect(),
            team_ids: view.team_ids,
            active: view.user.active,
            has_password: view.user.password_hash.is_some(),
            external_subject: view.user.external_subject,
            created_at: view.user.created_at.into(),
            updated_at: view.user.updated_at.into(),
        }
    }
}

/// A new person. `password` creates a built-in account; leave it out when the organisation
/// signs in through its own identity provider.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct CreateUserRequest {
    /// 1 to 200 characters.
    pub name: String,
    pub email: String,
    /// At least one of `professional`, `team_lead`, `controller`, `admin`.
    pub roles: Vec<String>,
    #[oai(default)]
    pub team_ids: Vec<Uuid>,
    /// At least 10 characters.
    pub password: Option<String>,
    pub external_subject: Option<String>,
    /// Defaults to `true`.
    pub active: Option<bool>,
}

/// Changes to a person; absent fields stay as they are.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct UpdateUserRequest {
    pub name: Option<String>,
    pub email: Option<String>,
    /// Replaces the roles: at least one of `professional`, `team_lead`, `controller`, `admin`.
    pub roles: Option<Vec<String>>,
    pub team_ids: Option<Vec<Uuid>>,
    /// Sets a new password for the built-in account.
    pub password: Option<String>,
    /// `null` removes the mapping.
    pub external_subject: MaybeUndefined<String>,
    pub active: Option<bool>,
}

#[derive(ApiResponse)]
pub enum UserListResponse {
    /// A page of people.
    #[oai(status = 200)]
    Ok(Json<UserPage>),
}

#[derive(ApiResponse)]
pub enum UserResponse {
    /// The person.
    #[oai(status = 200)]
    Ok(Json<User>),
}

#[derive(ApiResponse)]
pub enum UserCreatedResponse {
    /// The person was added.
    #[oai(status = 201)]
    Created(Json<User>),
}

#[OpenApi(tag = "Tag::Organisation")]
impl UsersApi {
    /// List people (medewerkers): everyone for admins, controllers and team leads; the members
    /// of the own teams for professionals.
    #[oai(path = "/users", method = "get", operation_id = "listUsers")]
    async fn list(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// Page size, 1 to 200 (default 50).
        limit: Query<Option<i64>>,
        /// `nextCursor` of the previous page.
        cursor: Query<Option<String>>,
    ) -> Result<UserListResponse, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let page = service::users::list(&state.db, &auth.0, page).await?;
        Ok(UserListResponse::Ok(Json(UserPage::from_page(
            page,
            User::from,
        ))))
    }

    /// Add a person (admin).
    #[oai(path = "/users", method = "post", operation_id = "createUser")]
    async fn create(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        body: Json<CreateUserRequest>,
    ) -> Result<UserCreatedResponse, ApiError> {
        let body = body.0;
        let new = NewUser {
            name: body.name,
            email: body.email,
            roles: body.roles,
            team_ids: body.team_ids,
            password: body.password,
            external_subject: body.external_subject,
            active: body.active.unwrap_or(true),
        };
        let user = service::users::create(&state.db, &auth.0, new).await?;
        Ok(UserCreatedResponse::Created(Json(user.into())))
    }

    /// One person.
    #[oai(path = "/users/:id", method = "get", operation_id = "getUser")]
    async fn get(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<UserResponse, ApiError> {
        let user = service::users::get(&state.db, &auth.0, id.0).await?;
        Ok(UserResponse::Ok(Json(user.into())))
    }

    /// Change a person (admin): name, e-mail, roles, teams, password, active.
    #[oai(path = "/users/:id", method = "patch", operation_id = "updateUser")]
    async fn update(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<UpdateUserRequest>,
    ) -> Result<UserResponse, ApiError> {
        let body = body.0;
        let changes = UserChanges {
            name: body.name,
            email: body.email,
            roles: body.roles,
            team_ids: body.team_ids,
            password: body.password,
            external_subject: maybe(body.external_subject),
            active: body.active,
        };
        let user = service::users::update(&state.db, &auth.0, id.0, changes).await?;
        Ok(UserResponse::Ok(Json(user.into())))
    }
}

/// `MaybeUndefined` as the service layer's "absent / cleared / set".
pub fn maybe<T>(value: MaybeUndefined<T>) -> Option<Option<T>> {
    match value {
        MaybeUndefined::Undefined => None,
        MaybeUndefined::Null => Some(None),
        MaybeUndefined::Value(v) => Some(Some(v)),
    }
}
