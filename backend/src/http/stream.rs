//! Bodies written while they are sent: an export is read in pages and each page is written out
//! as it comes, so the server's memory does not grow with the export's size. The bytes are the
//! same as those of the whole body built at once.
//!
//! A failure after the first bytes cannot change the status any more: the body then ends with
//! an error, so the client sees a broken transfer rather than a short export.

use std::{fmt::Display, io, marker::PhantomData};

use futures_util::{Stream, StreamExt, stream};
use poem::{Body, IntoResponse, Response};
use poem_openapi::{
    payload::Payload,
    registry::{MetaSchemaRef, Registry},
    types::{ToJSON, Type},
};
use serde::Serialize;
use serde_json::Value;

use super::csv::{CsvWriter, NotFlat};

/// A JSON body written while it is sent, documented as `T`.
pub struct JsonBody<T> {
    body: Body,
    schema: PhantomData<fn() -> T>,
}

impl<T> JsonBody<T> {
    pub fn new(body: Body) -> Self {
        Self {
            body,
            schema: PhantomData,
        }
    }
}

/// As `Json` answers.
const JSON: &str = "application/json; charset=utf-8";

impl<T: Type> Payload for JsonBody<T> {
    const CONTENT_TYPE: &'static str = JSON;

    fn schema_ref() -> MetaSchemaRef {
        T::schema_ref()
    }

    fn register(registry: &mut Registry) {
        T::register(registry);
    }
}

impl<T: Send> IntoResponse for JsonBody<T> {
    fn into_response(self) -> Response {
        Response::builder().content_type(JSON).body(self.body)
    }
}

/// The envelope is not an object with an array `field`: a programming error.
#[derive(Debug, thiserror::Error)]
#[error("the envelope of a streamed JSON body has no array {0:?}")]
pub struct NoRowsField(&'static str);

/// `envelope` as JSON, with the rows of `pages` in its (empty) array `field`.
pub fn json_rows<T, R, E>(
    envelope: &T,
    field: &'static str,
    pages: impl Stream<Item = Result<Vec<R>, E>> + Send + 'static,
) -> Result<Body, NoRowsField>
where
    T: ToJSON,
    R: ToJSON + 'static,
    E: Display + 'static,
{
    let (opening, closing) = split_at_rows(envelope, field)?;
    let mut first = true;
    let rows = pages.map(move |page| {
        let mut chunk = Vec::new();
        for row in page.map_err(aborted)? {
            if !std::mem::take(&mut first) {
                chunk.push(b',');
            }
            serde_json::to_writer(&mut chunk, &row.to_json()).map_err(aborted)?;
        }
        Ok::<_, io::Error>(chunk)
    });
    Ok(Body::from_bytes_stream(
        stream::iter([Ok(opening)])
            .chain(rows)
            .chain(stream::iter([Ok(closing)])),
    ))
}

/// The envelope's JSON up to the opening bracket of `field`'s array, and from its closing
/// bracket on, written as `serde_json` writes the whole object.
fn split_at_rows<T: ToJSON>(
    envelope: &T,
    field: &'static str,
) -> Result<(Vec<u8>, Vec<u8>), NoRowsField> {
    let Some(Value::Object(members)) = envelope.to_json() else {
        return Err(NoRowsField(field));
    };
    let mut opening = b"{".to_vec();
    let mut closing = Vec::new();
    let mut found = false;
    for (index, (name, value)) in members.iter().enumerate() {
        let part = if found { &mut closing } else { &mut opening };
        if index > 0 {
            part.push(b',');
        }
        serde_json::to_writer(&mut *part, name).map_err(|_| NoRowsField(field))?;
        part.push(b':');
        if name == field && value.as_array().is_some_and(Vec::is_empty) {
            part.push(b'[');
            closing.push(b']');
            found = true;
        } else {
            serde_json::to_writer(&mut *part, value).map_err(|_| NoRowsField(field))?;
        }
    }
    closing.push(b'}');
    if found {
        Ok((opening, closing))
    } else {
        Err(NoRowsField(field))
    }
}

/// A CSV table (see `http::csv`) of the rows of `pages`.
pub fn csv_rows<R, E>(
    pages: impl Stream<Item = Result<Vec<R>, E>> + Send + 'static,
) -> Result<Body, NotFlat>
where
    R: Serialize + Default + 'static,
    E: Display + 'static,
{
    let mut writer = CsvWriter::with_header::<R>()?;
    let header = writer.take();
    let rows = pages.map(move |page| {
        for row in page.map_err(aborted)? {
            writer.row(&row).map_err(aborted)?;
        }
        Ok::<_, io::Error>(writer.take())
    });
    Ok(Body::from_bytes_stream(
        stream::iter([Ok(header)]).chain(rows),
    ))
}

/// The rows of `pages` as NDJSON: one JSON object per line.
pub fn ndjson<R, E>(pages: impl Stream<Item = Result<Vec<R>, E>> + Send + 'static) -> Body
where
    R: Serialize + 'static,
    E: Display + 'static,
{
    Body::from_bytes_stream(pages.map(|page| {
        let mut chunk = Vec::new();
        for row in page.map_err(aborted)? {
            serde_json::to_writer(&mut chunk, &row).map_err(aborted)?;
            chunk.push(b'\n');
        }
        Ok::<_, io::Error>(chunk)
    }))
}

fn aborted(error: impl Display) -> io::Error {
    tracing::error!(error = %error, "a streamed body was cut off");
    io::Error::other(error.to_string())
}

#[cfg(test)]
mod tests {
    use poem_openapi::Object;

    use super::*;

    #[derive(Object, Serialize, Default, Clone)]
    #[oai(rename_all = "camelCase")]
    struct Row {
        decision_id: u32,
        deviates_from: Option<String>,
    }

    #[derive(Object)]
    #[oai(rename_all = "camelCase")]
    struct Export {
        year: i32,
        rows: Vec<Row>,
        rows_note: String,
    }

    fn rows(count: u32) -> Vec<Row> {
        (0..count)
            .map(|i| Row {
                decision_id: i,
                deviates_from: (i % 2 == 0).then(|| format!("art. {i}, \"lid\" 2")),
            })
            .collect()
    }

    fn pages(rows: &[Row], size: usize) -> impl Stream<Item = Result<Vec<Row>, String>> + use<> {
        let pages: Vec<Result<Vec<Row>, String>> =
            rows.chunks(size).map(|page| Ok(page.to_vec())).collect();
        stream::iter(pages)
    }

    async fn text(body: Body) -> String {
        body.into_string().await.unwrap()
    }

    fn export(rows: Vec<Row>) -> Export {
        Export {
            year: 2026,
            rows,
            rows_note: "\"rows\":[]".into(),
        }
    }

    #[tokio::test]
    async fn streamed_json_is_the_whole_body_built_at_once() {
        for count in [0, 1, 7] {
            let all = rows(count);
            let whole = export(all.clone()).to_json_string();
            for size in [1, 3, 10] {
                let body = json_rows(&export(Vec::new()), "rows", pages(&all, size)).unwrap();
                assert_eq!(text(body).await, whole, "{count} rows in pages of {size}");
            }
        }
    }

    #[tokio::test]
    async fn streamed_csv_is_the_whole_table_built_at_once() {
        for count in [0, 1, 7] {
            let all = rows(count);
            let whole = crate::http::csv::table(&all).unwrap();
            let body = csv_rows(pages(&all, 3)).unwrap();
            assert_eq!(text(body).await, whole, "{count} rows");
        }
    }

    #[tokio::test]
    async fn a_failing_page_breaks_the_body_off() {
        let failing = stream::iter([Ok(rows(2)), Err("database gone".to_owned())]);
        let body = csv_rows(failing).unwrap();
        assert!(body.into_bytes().await.is_err());
    }

    #[test]
    fn an_envelope_without_the_array_is_refused() {
        assert!(json_rows(&export(rows(1)), "rows", pages(&[], 1)).is_err());
        assert!(json_rows(&export(Vec::new()), "items", pages(&[], 1)).is_err());
    }
}
