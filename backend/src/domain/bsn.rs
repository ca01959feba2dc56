//! The BSN (*burgerservicenummer*) never enters Mandaat: not as a client reference and not
//! pasted into a free text. This finds one wherever it stands in a text, in the ways people
//! write it.
//!
//! A candidate is a sequence of digits bounded by non-digits, in which a single separator
//! (a space, a no-break space, `.`, `-` or a dash) may stand between two digits: `111222333`,
//! `1112.22.333`, `111 222 333`, `BSN111222333`, `bsn:123456782/2026`, `123456782-a`. It is a
//! BSN when it passes the eleven test (*elfproef*) and has nine digits, or eight written
//! without separators (an old BSN without its leading zero). When spaces join a longer
//! sequence, each part of nine digits between them is a candidate too
//! (`BSN 111222333 12 maart`).
//!
//! Not a BSN, whatever the eleven test says: eight digits with separators (a date such as
//! `2026-03-01`, a case number such as `ZAAK-2026-0106`) or forming a date (`20260301`); an
//! amount after a euro sign or with decimals (`€ 123.456.789`, `123.456.789,00`); any sequence
//! of fewer than 8 or more than 9 digits (telephone numbers, IBANs, amounts in cents); and
//! eight digits between spaces in a longer sequence (a telephone number `06 12345672`).

/// What a refused text is told; it never repeats the number.
const FOUND: &str = "contains a number that looks like a BSN: leave it out and name the \
                     client only by the client reference";

/// `Ok` when the text holds nothing that could be a BSN; for [`super::invalid::Invalid::check`].
pub fn absent(text: &str) -> Result<(), String> {
    if contains_bsn(text) {
        Err(FOUND.into())
    } else {
        Ok(())
    }
}

/// Whether any number in the text could be a BSN.
pub fn contains_bsn(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let is_bsn = |groups: &[Group]| {
        Candidate {
            chars: &chars,
            groups,
        }
        .is_bsn()
    };
    runs(&chars).any(|run| {
        is_bsn(&run)
            || (run.iter().any(|group| group.after_space)
                && space_free_parts(&run).any(|part| digits_in(part) == 9 && is_bsn(part)))
    })
}

fn digits_in(groups: &[Group]) -> usize {
    groups.iter().map(|g| g.end - g.start).sum()
}

/// The eleven test: digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, not
/// all zero. Eight digits are checked as nine with a leading zero.
pub fn passes_eleven_test(digits: &[u32]) -> bool {
    if !(8..=9).contains(&digits.len()) {
        return false;
    }
    let padded = std::iter::repeat_n(0, 9 - digits.len()).chain(digits.iter().copied());
    let sum: i64 = padded
        .zip([9, 8, 7, 6, 5, 4, 3, 2, -1])
        .map(|(digit, weight)| weight * i64::from(digit))
        .sum();
    sum % 11 == 0 && digits.iter().any(|d| *d != 0)
}

fn is_separator(c: char) -> bool {
    is_space(c) || matches!(c, '.' | '-' | '\u{2010}' | '\u{2013}')
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Consecutive digits: `start..end` in the text's characters.
#[derive(Clone, Copy, Debug)]
struct Group {
    start: usize,
    end: usize,
    /// Whether a space joins it to the group before.
    after_space: bool,
}

/// The maximal sequences of digit groups joined by single separators.
fn runs(chars: &[char]) -> impl Iterator<Item = Vec<Group>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < chars.len() && !chars[at].is_ascii_digit() {
            at += 1;
        }
        if at >= chars.len() {
            return None;
        }
        let mut run = Vec::new();
        let mut after_space = false;
        loop {
            let start = at;
            while at < chars.len() && chars[at].is_ascii_digit() {
                at += 1;
            }
            run.push(Group {
                start,
                end: at,
                after_space,
            });
            let joined =
                at + 1 < chars.len() && is_separator(chars[at]) && chars[at + 1].is_ascii_digit();
            if !joined {
                return Some(run);
            }
            after_space = is_space(chars[at]);
            at += 1;
        }
    })
}

/// The parts of a run between its spaces.
fn space_free_parts(run: &[Group]) -> impl Iterator<Item = &[Group]> {
    let mut rest = run;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest[1..]
            .iter()
            .position(|group| group.after_space)
            .map_or(rest.len(), |i| i + 1);
        let (part, tail) = rest.split_at(end);
        rest = tail;
        Some(part)
    })
}

/// `YYYYMMDD` or `DDMMYYYY` with a year from 1900 to 2099.
fn is_compact_date(digits: &[u32]) -> bool {
    let number = |range: std::ops::Range<usize>| digits[range].iter().fold(0, |n, d| n * 10 + d);
    let date = |year: u32, month: u32, day: u32| {
        (1900..=2099).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day)
    };
    digits.len() == 8
        && (date(number(0..4), number(4..6), number(6..8))
            || date(number(4..8), number(2..4), number(0..2)))
}

/// Groups of a run considered as one number, in the text they stand in.
struct Candidate<'a> {
    chars: &'a [char],
    groups: &'a [Group],
}

impl Candidate<'_> {
    fn is_bsn(&self) -> bool {
        let digits: Vec<u32> = self
            .groups
            .iter()
            .flat_map(|g| self.chars[g.start..g.end].iter())
            .filter_map(|c| c.to_digit(10))
            .collect();
        let written_whole = self.groups.len() == 1;
        let plausible = match digits.len() {
            9 => true,
            // Eight digits are an old BSN written bare; with separators they are far more often
            // a date (`2026-03-01`) or a case number (`2026-0107`).
            8 => written_whole && !is_compact_date(&digits),
            _ => false,
        };
        plausible && passes_eleven_test(&digits) && !self.is_amount()
    }

    /// After a euro sign, or followed by decimals (`,00`, `,-`).
    fn is_amount(&self) -> bool {
        let (Some(first), Some(last)) = (self.groups.first(), self.groups.last()) else {
            return false;
        };
        let before = self.chars[..first.start]
            .iter()
            .rev()
            .find(|c| !is_space(**c));
        let after = &self.chars[last.end..];
        before == Some(&'€')
            || matches!(after, [',', next, ..] if next.is_ascii_digit() || *next == '-')
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn bsns_are_found_in_every_common_notation() {
        // 111222333 and 123456782 pass the eleven test; 12345672 is 012345672, which does too.
        for text in [
            "111222333",
            "12345672",
            "BSN123456782",
            "bsn-1234.56.782",
            "123456782-a",
            "1112.22.333",
            "111-222-333",
            "111 222 333",
            "111\u{a0}222\u{a0}333",
            "client (bsn: 123456782), moeder",
            "BSN 111222333 2026 aangevraagd",
            "BSN 111222333 12 maart",
            "bsn:123456782/2026",
            "nummer 123456782.",
        ] {
            assert!(contains_bsn(text), "{text:?} holds a BSN");
            assert!(absent(text).is_err());
        }
    }

    #[test]
    fn ordinary_numbers_are_not_bsns() {
        for text in [
            "Op 2026-03-01 besproken, € 1.500,00 betaald.",
            "ZAAK-2026-0106",
            "20260301",
            "01032026",
            "1234.56.72",
            "€ 111.222.333",
            "111.222.333,00",
            "2026-03-01",
            "01-03-2026",
            "01.03.2026 om 12:30",
            "€ 12.345.678",
            "12.345.678,00 euro",
            "111.222.333,- euro",
            "Bel 06-12345678 of 020-1234567.",
            "IBAN NL91ABNA0417164300",
            "zaak Z-2026-00123",
            "123456789",
            "1234567",
            "1234567890",
            "huur 850 euro, 3 kinderen, 12 weken",
            "mobiel 06 12345672",
            "2026/03/01",
            "",
        ] {
            assert!(!contains_bsn(text), "{text:?} holds no BSN");
            assert!(absent(text).is_ok());
        }
    }

    #[test]
    fn the_eleven_test() {
        assert!(passes_eleven_test(&[1, 1, 1, 2, 2, 2, 3, 3, 3]));
        assert!(passes_eleven_test(&[1, 2, 3, 4, 5, 6, 7, 2]));
        assert!(!passes_eleven_test(&[1, 2, 3, 4, 5, 6, 7, 8, 9]));
        assert!(!passes_eleven_test(&[0; 9]), "all zeros is no number");
        assert!(!passes_eleven_test(&[1, 1, 1, 2, 2, 2, 3]));
    }

    /// Nine digits that pass the eleven test: eight free digits and the check digit they imply.
    fn bsn() -> impl Strategy<Value = Vec<u32>> {
        proptest::collection::vec(0u32..10, 8)
            .prop_map(|mut digits| {
                let sum: u32 = digits.iter().zip((2..=9).rev()).map(|(d, w)| d * w).sum();
                digits.push(sum % 11);
                digits
            })
            .prop_filter("a check digit, not 10", |digits| {
                digits[8] < 10 && digits.iter().any(|d| *d != 0)
            })
    }

    /// Writes digits with a separator (or none) after each, as a person might.
    fn written(digits: &[u32], separators: &[Option<char>]) -> String {
        let mut text = String::new();
        for (i, digit) in digits.iter().enumerate() {
            text.push(char::from_digit(*digit, 10).unwrap_or('0'));
            if i + 1 < digits.len()
                && let Some(Some(separator)) = separators.get(i)
            {
                text.push(*separator);
            }
        }
        text
    }

    fn separators() -> impl Strategy<Value = Vec<Option<char>>> {
        proptest::collection::vec(
            proptest::option::weighted(0.3, proptest::sample::select(vec![' ', '.', '-'])),
            8,
        )
    }

    /// Text around a number that cannot continue it: starts and ends with a letter.
    fn surroundings() -> impl Strategy<Value = String> {
        proptest::option::of("[a-zA-Z]([a-zA-Z (),:]{0,12}[a-zA-Z])?")
            .prop_map(|text| text.map(|t| format!("{t} ")).unwrap_or_default())
    }

    proptest! {
        #[test]
        fn a_bsn_is_found_however_it_is_written_and_wherever_it_stands(
            digits in bsn(),
            separators in separators(),
            before in surroundings(),
            after in surroundings(),
        ) {
            let number = written(&digits, &separators);
            let text = format!("{before}{number} {after}");
            prop_assert!(contains_bsn(&text), "{text:?}");
            let eight = written(&digits[1..], &[]);
            if digits[0] == 0 && !is_compact_date(&digits[1..]) {
                // Without its leading zero, as eight digits written whole.
                let text = format!("{before}{eight} {after}");
                prop_assert!(contains_bsn(&text), "{text:?}");
            }
        }

        #[test]
        fn numbers_failing_the_eleven_test_are_accepted(
            digits in proptest::collection::vec(0u32..10, 8..=9),
            separators in separators(),
            before in surroundings(),
        ) {
            prop_assume!(!passes_eleven_test(&digits));
            let text = format!("{before}{}", written(&digits, &separators));
            // Nine digits between spaces may pass on their own, and are then a BSN.
            prop_assume!(!text
                .split(' ')
                .map(|part| part.chars().filter_map(|c| c.to_digit(10)).collect::<Vec<_>>())
                .any(|part| part.len() == 9 && passes_eleven_test(&part)));
            prop_assert!(!contains_bsn(&text), "{text:?}");
        }

        #[test]
        fn shorter_and_longer_numbers_are_never_bsns(
            digits in prop_oneof![
                proptest::collection::vec(0u32..10, 1..=7),
                proptest::collection::vec(0u32..10, 10..=20),
            ],
            before in surroundings(),
        ) {
            let text = format!("{before}{}", written(&digits, &[]));
            prop_assert!(!contains_bsn(&text), "{text:?}");
        }

        #[test]
        fn dates_and_amounts_are_never_bsns(
            year in 1900u32..=2099,
            month in 1u32..=12,
            day in 1u32..=31,
            separator in proptest::sample::select(vec!['-', '.', '/', ' ']),
            euros in 0u64..1_000_000_000,
            cents in 0u64..100,
        ) {
            let iso = format!("op {year:04}{separator}{month:02}{separator}{day:02} besproken");
            let dutch = format!("op {day:02}{separator}{month:02}{separator}{year:04} besproken");
            let grouped = euros
                .to_string()
                .as_bytes()
                .rchunks(3)
                .rev()
                .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
                .collect::<Vec<_>>()
                .join(".");
            let amount = format!("betaald: € {grouped},{cents:02} en € {grouped}");
            prop_assert!(!contains_bsn(&iso), "{iso:?}");
            prop_assert!(!contains_bsn(&dutch), "{dutch:?}");
            prop_assert!(!contains_bsn(&amount), "{amount:?}");
        }
    }
}
