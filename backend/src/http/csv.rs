//! CSV bodies (RFC 4180): a header row, comma-separated fields, CRLF line ends, and fields
//! quoted when they hold a comma, quote or line break. Fields that a spreadsheet would run as a
//! formula are prefixed with an apostrophe, since free text comes from users.

pub struct Csv {
    body: String,
}

impl Csv {
    pub fn new(header: &[&str]) -> Self {
        let mut csv = Self {
            body: String::new(),
        };
        csv.row(header.iter().map(|h| h.to_string()));
        csv
    }

    pub fn row(&mut self, fields: impl IntoIterator<Item = String>) {
        for (index, field) in fields.into_iter().enumerate() {
            if index > 0 {
                self.body.push(',');
            }
            self.body.push_str(&escape(&field));
        }
        self.body.push_str("\r\n");
    }

    pub fn finish(self) -> String {
        self.body
    }
}

fn escape(field: &str) -> String {
    let neutral = match field.chars().next() {
        Some('=' | '+' | '@' | '\t' | '\r') => format!("'{field}"),
        // A minus sign starts a formula too, but also every negative amount: only text is
        // neutralised.
        Some('-') if field.parse::<f64>().is_err() => format!("'{field}"),
        _ => field.to_owned(),
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed_and_formulas_neutralised() {
        let mut csv = Csv::new(&["a", "b"]);
        csv.row(["plain".to_string(), "with, comma".to_string()]);
        csv.row(["say \"hi\"".to_string(), "-1200".to_string()]);
        csv.row(["=SUM(A1)".to_string(), "-x".to_string()]);
        assert_eq!(
            csv.finish(),
            "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",-1200\r\n'=SUM(A1),'-x\r\n"
        );
    }
}
