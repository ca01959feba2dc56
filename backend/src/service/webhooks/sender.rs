//! Posting to another system (a signed webhook delivery, a ZGW besluit): no redirects followed,
//! no proxy from the environment, a time limit per attempt, and (unless private destinations
//! are allowed) a resolver that answers only with public addresses.

use std::time::Duration;

use reqwest::{header::RETRY_AFTER, redirect::Policy};

/// What the receiver answered.
pub struct Answer {
    pub status: u16,
    /// `Retry-After` in seconds, when the receiver asked to slow down.
    pub retry_after: Option<Duration>,
    /// The start of the answer's body (at most [`MOST_BODY`] bytes), as text.
    pub body: String,
}

/// How much of an answer's body is kept: enough for a problem's `invalidParams`.
const MOST_BODY: usize = 64 * 1024;

pub struct Sender {
    client: reqwest::Client,
    timeout: Duration,
}

impl Sender {
    /// `agent` names the caller in `User-Agent` (`Mandaat-Webhooks`).
    pub fn new(
        timeout: Duration,
        allow_private: bool,
        agent: &str,
    ) -> Result<Self, reqwest::Error> {
        // TLS through rustls with ring; a provider installed before is kept.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::Client::builder()
            .redirect(Policy::none())
            .no_proxy()
            .timeout(timeout)
            .connect_timeout(timeout)
            .user_agent(format!("{agent}/{}", env!("CARGO_PKG_VERSION")));
        if !allow_private {
            builder = builder.dns_resolver(super::destination::public_only());
        }
        Ok(Self {
            client: builder.build()?,
            timeout,
        })
    }

    /// Posts `body` as JSON with these headers; an error is a sentence for the delivery log.
    pub async fn post(
        &self,
        url: &str,
        headers: &[(&'static str, String)],
        body: String,
    ) -> Result<Answer, String> {
        let mut request = self
            .client
            .post(url)
            .header("content-type", "application/json")
            .body(body);
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        let timed_out = |error: reqwest::Error| {
            if error.is_timeout() {
                format!("no answer within {} s", self.timeout.as_secs())
            } else {
                chain(&error)
            }
        };
        let mut response = request.send().await.map_err(timed_out)?;
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let status = response.status().as_u16();
        let mut body = Vec::new();
        while body.len() < MOST_BODY {
            match response.chunk().await.map_err(timed_out)? {
                Some(chunk) => body.extend_from_slice(&chunk),
                None => break,
            }
        }
        body.truncate(MOST_BODY);
        Ok(Answer {
            status,
            retry_after,
            body: String::from_utf8_lossy(&body).into_owned(),
        })
    }
}

/// An error with its causes, which say what actually went wrong (refused, reset, resolver).
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
