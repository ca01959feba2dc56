//! Dutch words for search: text split into words and each word reduced to its stem, so that
//! *aanvraag* and *aanvragen*, *kind* and *kinderen*... find each other.
//!
//! The stemmer follows the Snowball Dutch algorithm (Martin Porter's): accents removed, the
//! regions R1 and R2, then plural and inflection endings (`-en`, `-s`, `-e`), `-heid`, and the
//! derivational endings (`-end`, `-ing`, `-ig`, `-lijk`, `-baar`, `-bar`), with doubled
//! consonants and vowels undoubled (*aanvraag* → *aanvrag*, *brood* → *brod*). One addition:
//! the plural `-s` after `-e` (*wasmachines*), which Snowball keeps. It is pure and
//! deterministic: the same text gives the same stems on every database. Stems are not words;
//! they are only ever compared with other stems.

/// Words too common to search by: they would match nearly every text.
const STOP_WORDS: &[&str] = &[
    "aan", "al", "als", "bij", "dan", "dat", "de", "die", "dit", "door", "een", "en", "er", "het",
    "hij", "in", "is", "je", "maar", "met", "na", "naar", "niet", "nog", "of", "om", "op", "ook",
    "te", "tot", "uit", "van", "voor", "was", "wat", "we", "wel", "werd", "wie", "wij", "zij",
    "zijn", "ze", "zo",
];

/// The stems of a text's words, in order, stop words and repeats left out.
pub fn stems(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let lower = word.to_lowercase();
        if STOP_WORDS.contains(&lower.as_str()) {
            continue;
        }
        let stem = stem(&lower);
        if !stem.is_empty() && !out.contains(&stem) {
            out.push(stem);
        }
    }
    out
}

/// What a search for `text` looks for, word by word: each word's stem, and the word itself
/// (accents removed) when it differs. A stored stem that begins with either is a match: the
/// stem finds the other forms (*aanvragen* for *aanvraag*), the word finds the compounds it
/// begins, whose stems keep its spelling (*huurachterstand* for *huur*, whose own stem is
/// *hur*).
pub fn search_terms(text: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let lower = word.to_lowercase();
        if STOP_WORDS.contains(&lower.as_str()) {
            continue;
        }
        let stem = stem(&lower);
        let folded: String = lower.chars().map(fold).collect();
        let mut alternatives = vec![stem];
        if !alternatives.contains(&folded) {
            alternatives.push(folded);
        }
        if !out.contains(&alternatives) {
            out.push(alternatives);
        }
    }
    out
}

/// The stems as one searchable text: each stem between spaces (`" aanvrag huur "`), so that
/// `LIKE '% stem%'` finds a stem, or a longer one it begins (a compound), on any database.
pub fn index(stems: &[String]) -> String {
    if stems.is_empty() {
        return String::new();
    }
    format!(" {} ", stems.join(" "))
}

/// A letter without its accent (Snowball's first step).
fn fold(c: char) -> char {
    match c {
        'ä' | 'á' | 'à' | 'â' => 'a',
        'ë' | 'é' | 'ê' => 'e',
        'ï' | 'í' | 'î' => 'i',
        'ö' | 'ó' | 'ô' => 'o',
        'ü' | 'ú' | 'û' => 'u',
        other => other,
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'è')
}

/// The stem of one lower-case word.
pub fn stem(word: &str) -> String {
    let mut w: Vec<char> = word.chars().map(fold).collect();
    if w.len() < 3 || w.iter().any(|c| c.is_ascii_digit()) {
        return w.into_iter().collect();
    }
    // Initial y and y after a vowel are consonants (Y); i between vowels is a consonant (I).
    for i in 0..w.len() {
        let after_vowel = i > 0 && is_vowel(w[i - 1]);
        if w[i] == 'y' && (i == 0 || after_vowel) {
            w[i] = 'Y';
        } else if w[i] == 'i' && after_vowel && w.get(i + 1).is_some_and(|c| is_vowel(*c)) {
            w[i] = 'I';
        }
    }
    // R2 is sought from R1 as found, before R1 is moved to leave at least three letters.
    let found_r1 = region_start(&w, 0);
    let r1 = found_r1.max(3);
    let r2 = region_start(&w, found_r1 + 1);

    // Step 1: plural and inflection endings.
    if ends_with(&w, "heden") {
        if w.len() - 5 >= r1 {
            w.truncate(w.len() - 5);
            w.extend("heid".chars());
        }
    } else if ends_with(&w, "ene") || ends_with(&w, "en") {
        let n = if ends_with(&w, "ene") { 3 } else { 2 };
        if w.len() - n >= r1 && valid_en_ending(&w[..w.len() - n]) {
            w.truncate(w.len() - n);
            undouble(&mut w);
        }
    } else if ends_with(&w, "se") || ends_with(&w, "s") {
        let n = if ends_with(&w, "se") { 2 } else { 1 };
        let before = &w[..w.len() - n];
        if w.len() - n >= r1 && (valid_s_ending(before) || (n == 1 && loan_plural(before))) {
            w.truncate(w.len() - n);
        }
    }

    // Step 2: a final e after a non-vowel.
    let e_removed = step_2(&mut w, r1);

    // Step 3a: -heid.
    if ends_with(&w, "heid") && w.len() - 4 >= r2 && w[w.len() - 5] != 'c' {
        w.truncate(w.len() - 4);
        if ends_with(&w, "en") && w.len() - 2 >= r1 && valid_en_ending(&w[..w.len() - 2]) {
            w.truncate(w.len() - 2);
            undouble(&mut w);
        }
    }

    // Step 3b: derivational endings.
    if ends_with(&w, "end") || ends_with(&w, "ing") {
        if w.len() - 3 >= r2 {
            w.truncate(w.len() - 3);
            if ends_with(&w, "ig") && w.len() - 2 >= r2 && w[w.len() - 3] != 'e' {
                w.truncate(w.len() - 2);
            } else {
                undouble(&mut w);
            }
        }
    } else if ends_with(&w, "ig") {
        if w.len() - 2 >= r2 && w.len() > 2 && w[w.len() - 3] != 'e' {
            w.truncate(w.len() - 2);
        }
    } else if ends_with(&w, "lijk") {
        if w.len() - 4 >= r2 {
            w.truncate(w.len() - 4);
            step_2(&mut w, r1);
        }
    } else if ends_with(&w, "baar") {
        if w.len() - 4 >= r2 {
            w.truncate(w.len() - 4);
        }
    } else if ends_with(&w, "bar") && w.len() - 3 >= r2 && e_removed {
        w.truncate(w.len() - 3);
    }

    // Step 4: a doubled vowel before a final consonant is undoubled (maan → man).
    let n = w.len();
    if n >= 4 {
        let (c, v1, v2, d) = (w[n - 4], w[n - 3], w[n - 2], w[n - 1]);
        if !is_vowel(c)
            && v1 == v2
            && matches!(v1, 'a' | 'e' | 'o' | 'u')
            && !is_vowel(d)
            && d != 'I'
        {
            w.remove(n - 2);
        }
    }
    w.into_iter().map(|c| c.to_ascii_lowercase()).collect()
}

fn ends_with(w: &[char], suffix: &str) -> bool {
    let suffix: Vec<char> = suffix.chars().collect();
    w.len() >= suffix.len() && w[w.len() - suffix.len()..] == suffix[..]
}

/// Where the region after the first non-vowel that follows a vowel, from `from` on, begins.
fn region_start(w: &[char], from: usize) -> usize {
    let mut i = from.max(1);
    while i < w.len() {
        if !is_vowel(w[i]) && is_vowel(w[i - 1]) {
            return i + 1;
        }
        i += 1;
    }
    w.len()
}

fn valid_s_ending(before: &[char]) -> bool {
    before.last().is_some_and(|c| !is_vowel(*c) && *c != 'j')
}

/// The plural `-s` of a word ending in `-e` after a consonant (*machines*, *garages*), which
/// Snowball keeps; removed here so that step 2 meets the singular's stem.
fn loan_plural(before: &[char]) -> bool {
    let n = before.len();
    n >= 2 && before[n - 1] == 'e' && !is_vowel(before[n - 2])
}

fn valid_en_ending(before: &[char]) -> bool {
    before.last().is_some_and(|c| !is_vowel(*c)) && !ends_with(before, "gem")
}

fn undouble(w: &mut Vec<char>) {
    if ends_with(w, "kk") || ends_with(w, "dd") || ends_with(w, "tt") {
        w.pop();
    }
}

fn step_2(w: &mut Vec<char>, r1: usize) -> bool {
    let n = w.len();
    if n >= 2 && w[n - 1] == 'e' && n > r1 && !is_vowel(w[n - 2]) {
        w.pop();
        undouble(w);
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_forms_share_a_stem() {
        for forms in [
            ["aanvraag", "aanvragen"],
            ["woning", "woningen"],
            ["uitkering", "uitkeringen"],
            ["schuld", "schulden"],
            ["huisbezoek", "huisbezoeken"],
            ["wasmachine", "wasmachines"],
            ["mogelijkheid", "mogelijkheden"],
            ["brood", "broden"],
            ["maand", "maanden"],
        ] {
            assert_eq!(stem(forms[0]), stem(forms[1]), "{forms:?}");
        }
    }

    #[test]
    fn known_stems_of_the_snowball_vocabulary() {
        for (word, expected) in [
            ("aanvraag", "aanvrag"),
            ("aanvragen", "aanvrag"),
            ("lichamelijk", "licham"),
            ("opheffing", "opheff"),
            ("huizen", "huiz"),
            ("gemeenten", "gemeent"),
            ("ogen", "ogen"),
            ("café", "caf"),
        ] {
            assert_eq!(stem(word), expected, "{word}");
        }
    }

    #[test]
    fn different_words_stay_apart() {
        assert_ne!(stem("huur"), stem("huis"));
        assert_ne!(stem("schuld"), stem("school"));
    }

    #[test]
    fn texts_give_their_stems_without_stop_words_or_repeats() {
        assert_eq!(
            stems("De aanvraag van de aanvragen: een wasmachine!"),
            vec!["aanvrag", "wasmachin"]
        );
        assert_eq!(stems(""), Vec::<String>::new());
        assert_eq!(stems("ZAAK-2026-0106"), vec!["zak", "2026", "0106"]);
    }

    #[test]
    fn a_search_looks_for_the_stem_and_the_word() {
        assert_eq!(
            search_terms("Huur de aanvragen, café"),
            vec![
                vec!["hur".to_owned(), "huur".to_owned()],
                vec!["aanvrag".to_owned(), "aanvragen".to_owned()],
                vec!["caf".to_owned(), "cafe".to_owned()],
            ]
        );
        assert_eq!(search_terms("schuld"), vec![vec!["schuld".to_owned()]]);
        assert!(search_terms("de het een").is_empty());
    }

    #[test]
    fn the_index_puts_every_stem_between_spaces() {
        assert_eq!(index(&stems("Huur en schulden")), " hur schuld ");
        assert_eq!(index(&[]), "");
    }

    #[test]
    fn short_and_odd_words_do_not_break_it() {
        for word in [
            "a", "ee", "yy", "iii", "eeeeen", "s", "én", "heden", "ene", "bar",
        ] {
            let _ = stem(word);
        }
        assert_eq!(stem("ja"), "ja");
    }
}
