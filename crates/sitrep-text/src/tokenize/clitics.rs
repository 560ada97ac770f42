//! Clitics and contractions: which fused forms split where (`cannot`,
//! `dont`, `im`, `its a`), what follows a split-off apostrophe, and how the
//! split pieces group back into UD multiword tokens.

use sitrep_core::Token;

use super::is_word_char;

/// Clitic forms that the tokenizer splits off a word and UD English writes as
/// the second part of a multiword token (`don't` = `do` + `n't`).
const CLITICS: &[&str] = &[
    "'s", "'m", "'d", "'ll", "'re", "'ve", "n't", "’s", "’m", "’d", "’ll", "’re", "’ve", "n’t",
];

/// Groups of consecutive token indices that stand for one orthographic token
/// (a UD multiword token): a word followed, with no space, by a clitic the
/// tokenizer split off (`do`+`n't`, `John`+`'s`, `can`+`not`, `gon`+`na`).
pub fn multiword_groups(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut groups = Vec::new();
    let mut i = 0;
    while i + 1 < tokens.len() {
        let first = &tokens[i];
        let glued = !first.space_after && first.span.end == tokens[i + 1].span.start;
        let first_text = first.span.text(text).unwrap_or("");
        let second_text = tokens[i + 1].span.text(text).unwrap_or("");
        let first_is_word = first_text
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if glued && first_is_word && is_split_part(first_text, second_text) {
            groups.push((i, i + 2));
            i += 2;
        } else {
            i += 1;
        }
    }
    groups
}

/// Whether `second` is a piece the tokenizer splits off `first`.
fn is_split_part(first: &str, second: &str) -> bool {
    let lower = second.to_ascii_lowercase();
    if (second == "'" || second == "’") && first.ends_with(['s', 'S']) {
        return true; // plural possessive: `soldiers'`
    }
    if CLITICS.iter().any(|c| c.eq_ignore_ascii_case(second)) {
        return true;
    }
    let first_lower = first.to_ascii_lowercase();
    if first_lower == "it" && lower == "s" {
        return true; // `its` read as "it's" (see `its_means_it_is`)
    }
    if lower.len() <= 3 && lower.bytes().all(|b| b.is_ascii_alphabetic()) {
        let joined = format!("{first_lower}{lower}");
        return fused_split(&joined).is_some_and(|at| at == first.len());
    }
    false
}

/// Where a fused word splits in UD English (`cannot` -> `can` `not`, `dont`
/// -> `do` `nt`, `gonna` -> `gon` `na`, `im` -> `i` `m`, `thats` -> `that`
/// `s`), as a byte index, for ASCII words. EWT train splits these
/// apostrophe-less contractions nearly always (`im` 21 of 21, `ive` 11 of
/// 12, `thats` 8 of 8); ambiguous ones (`ill`, `id`, `lets`, `were`, `well`)
/// stay whole, and short all-capital forms (`IM`, `IVE`) are left alone as
/// likely acronyms.
pub(super) fn fused_split(word: &str) -> Option<usize> {
    const NT: &[&str] = &[
        "dont", "didnt", "doesnt", "isnt", "wasnt", "werent", "arent", "havent", "hasnt", "hadnt",
        "couldnt", "wouldnt", "shouldnt", "cant", "wont", "aint", "mustnt",
    ];
    /// Pronoun + clitic without an apostrophe, and where the clitic starts.
    const PRONOUN_CLITIC: &[(&str, usize)] = &[
        ("im", 1),
        ("ive", 1),
        ("youre", 3),
        ("youve", 3),
        ("youll", 3),
        ("theyre", 4),
        ("theyve", 4),
        ("theyll", 4),
        ("thats", 4),
        ("whats", 4),
        ("theres", 5),
        ("hes", 2),
        ("shes", 3),
    ];
    if word.len() > 8 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    match lower.as_str() {
        "cannot" => Some(3),
        "gonna" | "wanna" | "gotta" => Some(3),
        w if NT.contains(&w) => Some(w.len() - 2),
        w => {
            let &(_, at) = PRONOUN_CLITIC.iter().find(|(form, _)| *form == w)?;
            let shouted = word.len() <= 3 && word.bytes().all(|b| b.is_ascii_uppercase());
            (!shouted).then_some(at)
        }
    }
}

/// Words after which `its` can only be "it's" (`its a`, `its not`, `its
/// really`): articles, `not`, degree adverbs and verb forms that cannot follow
/// a possessive determiner. Edited text never writes these, so news keeps
/// its possessive `its`.
pub(super) fn its_means_it_is(next_word: &str) -> bool {
    const FOLLOWERS: &[&str] = &[
        "a",
        "an",
        "the",
        "not",
        "really",
        "very",
        "so",
        "too",
        "just",
        "still",
        "simply",
        "like",
        "been",
        "being",
        "getting",
        "going",
        "gonna",
        "also",
        "definitely",
        "probably",
        "actually",
        "always",
        "never",
        "pretty",
        "all",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "nothing",
        "called",
        "from",
        "for",
    ];
    FOLLOWERS.iter().any(|f| f.eq_ignore_ascii_case(next_word))
}

/// After an opening apostrophe: the length of `02` / `60s` (a year with its
/// century dropped) or `em` ("them") when that is the whole word.
pub(super) fn elided_year_or_them(rest: &str) -> Option<usize> {
    let word_len = rest
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(rest.len(), |(n, _)| n);
    let word = &rest[..word_len];
    let b = word.as_bytes();
    let year = b.len() >= 2
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && (b.len() == 2 || (b.len() == 3 && b[2] == b's'));
    (year || word == "em").then_some(word_len)
}

/// `s`, `m`, `d`, `ll`, `re`, `ve` (any case): what follows the apostrophe
/// of a split-off clitic.
pub(super) fn is_clitic_tail(letters: &str) -> bool {
    ["s", "m", "d", "ll", "re", "ve"]
        .iter()
        .any(|t| t.eq_ignore_ascii_case(letters))
}
