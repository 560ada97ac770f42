//! Abbreviations defined in the text ("the Collective Security Treaty
//! Organization (CSTO)"): which letters may spell which names, and binding
//! every later use of the abbreviation to its expansion for that document.

use sitrep_core::{EntityLabel, Span};

use super::{is_capitalized, Found};

/// An abbreviation defined in the text, and the entity it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Abbreviation {
    pub short: String,
    /// Index in the entity list of the expansion.
    pub expansion: usize,
}

/// Whether `short` abbreviates `long`: its letters, in order, are the
/// initials of `long`'s words, optionally followed by further letters of
/// the same word ("BelTA": *Bel*arusian *T*elegraph *A*gency). Lowercase
/// words may be skipped (function words: "State Authority for Military
/// Industry" is SAMI; "Organizatsiya Dogovora o Kollektivnoy Bezopasnosti"
/// is ODKB) and a trailing complement may be left out ("... Industry of
/// Belarus" is still SAMI), but every capitalized word up to the last one
/// used must give a letter.
pub(super) fn initials_match(short: &str, long: &str) -> bool {
    let letters: Vec<char> = short
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let words: Vec<Vec<char>> = long
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().flat_map(char::to_lowercase).collect())
        .collect();
    let capitalized: Vec<bool> = long
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(is_capitalized)
        .collect();
    letters.len() >= 2 && spells_from(&letters, &words, &capitalized, 0, 0, false)
}

/// Whether `letters[li..]` can be spelled from `words[wi..]` (see [`initials_match`]).
///
/// `inner` records that a letter came from inside a word rather than from
/// its start ("Eur*a*sian"); such a looser spelling must use the whole name,
/// with no trailing complement, or "SAI" would spell "State Author*i*ty for
/// Military Industry".
fn spells_from(
    letters: &[char],
    words: &[Vec<char>],
    capitalized: &[bool],
    li: usize,
    wi: usize,
    inner: bool,
) -> bool {
    if li == letters.len() {
        // Nothing left, or only a complement that opens with a lowercase word.
        return wi == words.len() || !inner && !capitalized[wi];
    }
    for w in wi..words.len() {
        if words[w].first() == Some(&letters[li]) {
            if spells_from(letters, words, capitalized, li + 1, w + 1, inner) {
                return true;
            }
            // Further letters from the same word, in order: its start
            // ("Bel"TA) or a later letter ("E"ur"a"sian Economic Union,
            // EAEU), at most two more per word.
            let mut l = li + 1;
            let mut pos = 1;
            let mut inner_here = inner;
            while l < letters.len() && l <= li + 2 {
                let Some(skip) = words[w]
                    .get(pos..)
                    .and_then(|rest| rest.iter().position(|c| *c == letters[l]))
                else {
                    break;
                };
                inner_here |= skip > 0;
                pos += skip + 1;
                l += 1;
                if spells_from(letters, words, capitalized, l, w + 1, inner_here) {
                    return true;
                }
            }
        }
        if capitalized[w] {
            return false;
        }
    }
    false
}

/// Whether "Expansion (SHORT)" defines `short` although its letters do not
/// spell the expansion: an all-capital acronym after a multi-word
/// organisation name usually stands for the name in its own language
/// ("Federal Security Service (FSB)", "Main Intelligence Directorate (GRU)").
///
/// When the letters and the name's initials share an ending ("Exchange
/// Commission (SEC)", "North American Court of Arbitration for Sport (CAS)")
/// the name found is a fragment or an extension of the real expansion, and
/// nothing is bound.
fn foreign_acronym(short: &str, expansion: &Found, long: &str) -> bool {
    if !(expansion.label == EntityLabel::Org
        && expansion.tokens >= 2
        && (2..=6).contains(&short.len())
        && short.bytes().all(|b| b.is_ascii_uppercase()))
    {
        return false;
    }
    let initials: String = long
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| is_capitalized(w))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    let shared_end = short
        .chars()
        .rev()
        .zip(initials.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    shared_end < 2
}

/// Finds "Expansion (ABBR)" definitions among the found entities, labels
/// the abbreviation like its expansion, and adds every later bare use of the
/// abbreviation the model missed. `tokens` are all token spans of the document.
pub fn propagate_abbreviations(
    text: &str,
    tokens: &[Span],
    found: &mut Vec<Found>,
) -> Vec<Abbreviation> {
    let word = |i: usize| tokens.get(i).and_then(|s| s.text(text)).unwrap_or("");
    let mut defined = Vec::new();
    for (e, entity) in found.iter().enumerate() {
        let after = entity.first_token + entity.tokens;
        if word(after) != "(" || word(after + 2) != ")" {
            continue;
        }
        let short = word(after + 1);
        let long = entity.span.text(text).unwrap_or("");
        let looks_short =
            short.chars().filter(|c| c.is_uppercase()).count() >= 2 && !short.contains(' ');
        // "Andy Roddick (US)": a bracketed place code after a name is a
        // nationality, never an acronym of the name.
        let names_a_place = found
            .iter()
            .any(|f| f.label == EntityLabel::Loc && f.span.text(text) == Some(short));
        if looks_short
            && (initials_match(short, long)
                || (!names_a_place && foreign_acronym(short, entity, long)))
        {
            defined.push(Abbreviation {
                short: short.to_string(),
                expansion: e,
            });
        }
    }
    let expansion_starts: Vec<usize> = defined
        .iter()
        .map(|a| found[a.expansion].first_token)
        .collect();
    for abbreviation in &defined {
        let label = found[abbreviation.expansion].label;
        for (i, span) in tokens.iter().enumerate() {
            if word(i) != abbreviation.short {
                continue;
            }
            match found
                .iter_mut()
                .find(|f| f.first_token <= i && i < f.first_token + f.tokens)
            {
                Some(f) if f.tokens == 1 => f.label = label,
                Some(_) => {}
                None => found.push(Found {
                    span: *span,
                    first_token: i,
                    tokens: 1,
                    label,
                }),
            }
        }
    }
    found.sort_by_key(|f| f.first_token);
    // Indices moved with the sort: re-point each definition at its expansion.
    let mut rebound = Vec::new();
    for (a, first_token) in defined.into_iter().zip(expansion_starts) {
        if let Some(e) = found.iter().position(|f| f.first_token == first_token) {
            rebound.push(Abbreviation {
                short: a.short,
                expansion: e,
            });
        }
    }
    rebound
}
