//! The Standard Webhooks signature: HMAC-SHA256 over `{id}.{timestamp}.{body}`, keyed with the
//! base64-decoded part of the secret after `whsec_`, sent as `v1,<base64>`.

use base64::{Engine, engine::general_purpose::STANDARD};
use hmac::{Hmac, Mac};
use sha2::Sha256;

pub const SECRET_PREFIX: &str = "whsec_";

/// A secret as the subscriber is shown it, from 32 random bytes.
pub fn secret_from(bytes: &[u8; 32]) -> String {
    format!("{SECRET_PREFIX}{}", STANDARD.encode(bytes))
}

/// The `webhook-signature` header's value, or `None` when the secret is not one we issue.
pub fn sign(secret: &str, id: &str, timestamp: i64, body: &str) -> Option<String> {
    let key = STANDARD.decode(secret.strip_prefix(SECRET_PREFIX)?).ok()?;
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).ok()?;
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body.as_bytes());
    Some(format!(
        "v1,{}",
        STANDARD.encode(mac.finalize().into_bytes())
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the Standard Webhooks reference libraries.
    #[test]
    fn signs_as_the_reference_libraries_do() {
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        let id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        let body = r#"{"test": 2432232314}"#;
        assert_eq!(
            sign(secret, id, 1_614_265_330, body).as_deref(),
            Some("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
        );
    }

    #[test]
    fn a_secret_without_the_prefix_or_not_base64_signs_nothing() {
        assert_eq!(sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "x", 1, "{}"), None);
        assert_eq!(sign("whsec_not base64!", "x", 1, "{}"), None);
    }

    #[test]
    fn issued_secrets_carry_32_bytes() {
        let secret = secret_from(&[7; 32]);
        let key = STANDARD
            .decode(secret.strip_prefix(SECRET_PREFIX).unwrap_or_default())
            .unwrap_or_default();
        assert_eq!(key.len(), 32);
        assert!(sign(&secret, "a", 2, "b").is_some());
    }
}
