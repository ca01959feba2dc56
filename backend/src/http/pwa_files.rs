//! The field app's files, served from memory: read once at start with the brotli and gzip
//! variants the build wrote beside them (`file.br`, `file.gz`), so a phone on a slow line gets
//! the smallest body its browser accepts, and nothing is compressed per request.
//!
//! Built assets carry a content hash in their names (`/assets/…`), so browsers may keep them for
//! a year; everything else (`index.html`, the service worker, the manifest) is revalidated with
//! its `ETag`, or a phone could hold on to an old app. Any other path that names no file gets
//! `index.html`, so the app's own routes load.

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::Arc,
};

use bytes::Bytes;
use poem::{
    Body, Endpoint, Request, Response, Result,
    http::{HeaderValue, Method, StatusCode, header},
};
use sha2::{Digest, Sha256};

/// One file with its variants.
struct File {
    content_type: &'static str,
    etag: String,
    identity: Bytes,
    brotli: Option<Bytes>,
    gzip: Option<Bytes>,
}

/// The app's files by their path (`/index.html`, `/assets/index-3f2a1b.js`).
pub struct PwaFiles {
    files: HashMap<String, Arc<File>>,
}

impl PwaFiles {
    /// Reads every file under `dir`; a directory that cannot be read serves nothing but 404s.
    pub fn load(dir: &Path) -> Self {
        let mut files = HashMap::new();
        let mut pending = vec![dir.to_path_buf()];
        while let Some(folder) = pending.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    pending.push(path);
                } else if !is_variant(&path)
                    && let Some(file) = read_file(&path)
                    && let Some(route) = route_of(dir, &path)
                {
                    files.insert(route, Arc::new(file));
                }
            }
        }
        if files.is_empty() {
            tracing::warn!(dir = %dir.display(), "no PWA files to serve");
        }
        Self { files }
    }

    fn find(&self, path: &str) -> Option<(&Arc<File>, bool)> {
        if let Some(file) = self.files.get(path) {
            return Some((file, path.starts_with("/assets/")));
        }
        if path.ends_with('/') {
            return self
                .files
                .get(&format!("{path}index.html"))
                .map(|file| (file, false));
        }
        // A missing hashed asset is a 404, not the app shell (a stale page must not run HTML
        // as a script); any other path is one of the app's own routes.
        if path.starts_with("/assets/") {
            return None;
        }
        self.files.get("/index.html").map(|file| (file, false))
    }
}

fn is_variant(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("br" | "gz"))
}

fn route_of(dir: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(dir).ok()?;
    let mut route = String::new();
    for part in relative.components() {
        route.push('/');
        route.push_str(part.as_os_str().to_str()?);
    }
    Some(route)
}

fn read_file(path: &Path) -> Option<File> {
    let identity = Bytes::from(std::fs::read(path).ok()?);
    let variant = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        std::fs::read(PathBuf::from(name)).ok().map(Bytes::from)
    };
    let digest = Sha256::digest(&identity);
    let etag = format!(
        "\"{}\"",
        digest[..12]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    );
    Some(File {
        content_type: content_type(path),
        etag,
        brotli: variant(".br"),
        gzip: variant(".gz"),
        identity,
    })
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Which encodings `Accept-Encoding` allows (a `q=0` refuses one).
fn accepts(request: &Request, coding: &str) -> bool {
    request
        .header(header::ACCEPT_ENCODING)
        .unwrap_or("")
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let name = pieces.next()?.trim();
            let refused = pieces.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q == 0.0)
            });
            (!refused).then_some(name)
        })
        .any(|name| name.eq_ignore_ascii_case(coding) || name == "*")
}

impl Endpoint for PwaFiles {
    type Output = Response;

    async fn call(&self, request: Request) -> Result<Response> {
        if !matches!(*request.method(), Method::GET | Method::HEAD) {
            return Ok(StatusCode::METHOD_NOT_ALLOWED.into());
        }
        let path = request.uri().path().to_owned();
        if path.split('/').any(|part| part == "..") {
            return Ok(StatusCode::NOT_FOUND.into());
        }
        let Some((file, immutable)) = self.find(&path) else {
            return Ok(StatusCode::NOT_FOUND.into());
        };
        let cache = if immutable {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        let mut response = Response::builder()
            .header(header::CACHE_CONTROL, cache)
            .header(header::ETAG, file.etag.as_str())
            .header(header::VARY, "Accept-Encoding");
        let unchanged = request
            .header(header::IF_NONE_MATCH)
            .is_some_and(|tags| tags.split(',').any(|tag| tag.trim() == file.etag));
        if unchanged {
            return Ok(response.status(StatusCode::NOT_MODIFIED).finish());
        }
        let (body, coding) = match (&file.brotli, &file.gzip) {
            (Some(brotli), _) if accepts(&request, "br") => (brotli, Some("br")),
            (_, Some(gzip)) if accepts(&request, "gzip") => (gzip, Some("gzip")),
            _ => (&file.identity, None),
        };
        if let Some(coding) = coding {
            response = response.header(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
        let response = response
            .content_type(file.content_type)
            .header(header::CONTENT_LENGTH, body.len());
        Ok(if request.method() == Method::HEAD {
            response.finish()
        } else {
            response.body(Body::from_bytes(body.clone()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(accept: &str) -> Request {
        Request::builder()
            .header(header::ACCEPT_ENCODING, accept)
            .finish()
    }

    #[test]
    fn encodings_are_chosen_from_accept_encoding() {
        assert!(accepts(&request("gzip, deflate, br"), "br"));
        assert!(accepts(&request("gzip;q=1.0, br;q=0.5"), "br"));
        assert!(!accepts(&request("gzip, br;q=0"), "br"));
        assert!(accepts(&request("*"), "gzip"));
        assert!(!accepts(&request(""), "gzip"));
    }
}
