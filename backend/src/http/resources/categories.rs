//! `/categories`: the organisation's kinds of custom decision (soorten maatwerk).

use poem::web::Data;
use poem_openapi::{
    ApiResponse, Object, OpenApi,
    param::{Path, Query},
    payload::Json,
    types::MaybeUndefined,
};
use uuid::Uuid;

use super::{
    common::{Tag, item_page},
    users::maybe,
};
use crate::{
    http::timestamp::Timestamp,
    http::{problem::ApiError, security::Auth, state::AppState},
    service::{self, categories::CategoryDraft, page::PageRequest},
    store::entities::category,
};

#[derive(Default)]
pub struct CategoriesApi;

item_page!(CategoryPage, Category);

/// A kind of custom decision (soort maatwerk), e.g. financial support or a rule deviation.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Category {
    pub id: Uuid,
    /// A stable code for integrations: lower-case letters, digits, `-` and `_`.
    pub code: String,
    pub name: String,
    /// The law or regulation the category relates to (wettelijke grondslag).
    pub legal_basis: Option<String>,
    pub description: Option<String>,
    /// Inactive categories are kept for history but offered for no new decisions.
    pub active: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl From<category::Model> for Category {
    fn from(model: category::Model) -> Self {
        Self {
            id: model.id,
            code: model.code,
            name: model.name,
            legal_basis: model.legal_basis,
            description: model.description,
            active: model.active,
            created_at: model.created_at.into(),
            updated_at: model.updated_at.into(),
        }
    }
}

/// A new category.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct CreateCategoryRequest {
    /// 1 to 64 of `a-z`, `0-9`, `-`, `_`; unique in the organisation.
    pub code: String,
    /// 1 to 200 characters.
    pub name: String,
    pub legal_basis: Option<String>,
    pub description: Option<String>,
    pub active: Option<bool>,
}

/// Changes to a category; absent fields stay as they are, `null` clears.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct UpdateCategoryRequest {
    pub code: Option<String>,
    pub name: Option<String>,
    pub legal_basis: MaybeUndefined<String>,
    pub description: MaybeUndefined<String>,
    pub active: Option<bool>,
}

#[derive(ApiResponse)]
pub enum CategoryListResponse {
    /// A page of categories.
    #[oai(status = 200)]
    Ok(Json<CategoryPage>),
}

#[derive(ApiResponse)]
pub enum CategoryResponse {
    /// The category.
    #[oai(status = 200)]
    Ok(Json<Category>),
}

#[derive(ApiResponse)]
pub enum CategoryCreatedResponse {
    /// The category was created.
    #[oai(status = 201)]
    Created(Json<Category>),
}

#[OpenApi(tag = "Tag::Organisation")]
impl CategoriesApi {
    /// List the categories.
    #[oai(path = "/categories", method = "get", operation_id = "listCategories")]
    async fn list(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// Page size, 1 to 200 (default 50).
        limit: Query<Option<i64>>,
        /// `nextCursor` of the previous page.
        cursor: Query<Option<String>>,
    ) -> Result<CategoryListResponse, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let page = service::categories::list(&state.db, &auth.0, page).await?;
        Ok(CategoryListResponse::Ok(Json(CategoryPage::from_page(
            page,
            Category::from,
        ))))
    }

    /// Define a category (admin).
    #[oai(path = "/categories", method = "post", operation_id = "createCategory")]
    async fn create(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        body: Json<CreateCategoryRequest>,
    ) -> Result<CategoryCreatedResponse, ApiError> {
        let body = body.0;
        let draft = CategoryDraft {
            code: Some(body.code),
            name: Some(body.name),
            legal_basis: body.legal_basis.map(Some),
            description: body.description.map(Some),
            active: body.active,
        };
        let category = service::categories::create(&state.db, &auth.0, draft).await?;
        Ok(CategoryCreatedResponse::Created(Json(category.into())))
    }

    /// One category.
    #[oai(path = "/categories/:id", method = "get", operation_id = "getCategory")]
    async fn get(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<CategoryResponse, ApiError> {
        Ok(CategoryResponse::Ok(Json(
            service::categories::get(&state.db, &auth.0, id.0)
                .await?
                .into(),
        )))
    }

    /// Change a category (admin).
    #[oai(
        path = "/categories/:id",
        method = "patch",
        operation_id = "updateCategory"
    )]
    async fn update(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<UpdateCategoryRequest>,
    ) -> Result<CategoryResponse, ApiError> {
        let body = body.0;
        let draft = CategoryDraft {
            code: body.code,
            name: body.name,
            legal_basis: maybe(body.legal_basis),
            description: maybe(body.description),
            active: body.active,
        };
        Ok(CategoryResponse::Ok(Json(
            service::categories::update(&state.db, &auth.0, id.0, draft)
                .await?
                .into(),
        )))
    }
}
