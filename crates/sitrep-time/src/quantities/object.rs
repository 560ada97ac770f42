//! The counted object of a number.
//!
//! With a dependency parse: the noun the number attaches to as `nummod`
//! (climbing through number compounds such as "5 million"), or for partitives
//! ("300 of the 623 events", "dozens of soldiers") the `nmod` introduced by
//! "of"; the object is that noun with its `compound` dependents ("tank
//! battalions"), not its adjectives ("reinforced"). Without a parse: the
//! noun phrase that follows, up to its first plural-looking head, with
//! leading adjective-like words dropped.

use sitrep_core::{Span, Token};

use crate::lex::{Kind, Scan};
use crate::numbers::NumMatch;

/// Object text (lowercase), its span, and the scan token after it.
type Found = (String, Span, usize);

pub(super) fn from_parse(
    s: &Scan,
    num_start: usize,
    num_end: usize,
    tokens: &[Token],
) -> Option<Found> {
    let (a, b) = (
        s.toks.get(num_start)?.start,
        s.toks.get(num_end.checked_sub(1)?)?.end,
    );
    let first = tokens.partition_point(|t| t.span.end <= a);
    let mut t = first;
    while t + 1 < tokens.len() && tokens[t + 1].span.start < b {
        t += 1;
    }
    if !tokens.get(t)?.span.overlaps(Span::new(a, b)) {
        return None;
    }
    // "5 million": climb from "5" to "million".
    let mut guard = 0;
    while guard < 4 {
        guard += 1;
        let tok = &tokens[t];
        let Some(h) = tok.head.map(|h| h as usize).filter(|h| *h < tokens.len()) else {
            break;
        };
        if matches!(
            tok.deprel.as_str(),
            "compound" | "flat" | "nummod" | "fixed"
        ) && tokens[h].upos == "NUM"
        {
            t = h;
        } else {
            break;
        }
    }
    let tok = &tokens[t];
    // "several thousand soldiers" with "thousand" tagged as an adjective:
    // a number word modifying the noun right after it counts that noun.
    let number_as_modifier = matches!(tok.deprel.as_str(), "amod" | "det")
        && tok.head.is_some_and(|h| h as usize == t + 1);
    let noun = if tok.deprel.starts_with("nummod") || number_as_modifier {
        tok.head.map(|h| h as usize).filter(|h| *h < tokens.len())?
    } else {
        partitive(s.text, tokens, t)?
    };
    if !matches!(
        tokens[noun].upos.as_str(),
        "NOUN" | "PROPN" | "SYM" | "X" | "ADJ"
    ) {
        return None;
    }
    // Contiguous compound dependents to the left of the noun.
    let mut left = noun;
    // A name before the noun says whose or which ("49 Belarusian Armed
    // Forces instructors", "six Airbus A321 aircraft"): not what is counted.
    while left > 0
        && tokens[left - 1].head == Some(noun as u32)
        && tokens[left - 1].deprel == "compound"
        && !matches!(tokens[left - 1].upos.as_str(), "NUM" | "PROPN")
    {
        left -= 1;
    }
    let span = Span::new(tokens[left].span.start, tokens[noun].span.end);
    let text = object_case(s.text.get(span.start..span.end)?);
    let tok_end = s.toks.partition_point(|x| x.start < span.end);
    Some((text, span, tok_end))
}

/// The counted object in lower case, except words that lower case would
/// garble: designations and acronyms ("Su-30SM fighters", "IRIS-T
/// systems", "NATO troops").
fn object_case(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let designation = word.chars().skip(1).any(char::is_uppercase)
                || word.chars().any(|c| c.is_ascii_digit());
            if designation {
                word.to_string()
            } else {
                word.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "300 of the events": the noun attached to the number with a case "of".
fn partitive(text: &str, tokens: &[Token], t: usize) -> Option<usize> {
    let is_of = |k: usize| {
        tokens[k].lemma.eq_ignore_ascii_case("of")
            || text
                .get(tokens[k].span.start..tokens[k].span.end)
                .is_some_and(|w| w.eq_ignore_ascii_case("of"))
    };
    let lo = t + 1;
    let hi = (t + 8).min(tokens.len());
    (lo..hi).find(|&c| {
        tokens[c].head == Some(t as u32)
            && (tokens[c].deprel.starts_with("nmod") || tokens[c].deprel.starts_with("obl"))
            && (lo..c)
                .any(|k| tokens[k].head == Some(c as u32) && tokens[k].deprel == "case" && is_of(k))
    })
}

/// Words that end a noun phrase.
fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "of" | "in"
            | "at"
            | "on"
            | "for"
            | "from"
            | "to"
            | "with"
            | "by"
            | "and"
            | "or"
            | "but"
            | "who"
            | "that"
            | "which"
            | "were"
            | "was"
            | "are"
            | "is"
            | "be"
            | "have"
            | "has"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "per"
            | "a"
            | "an"
            | "the"
            | "this"
            | "these"
            | "those"
            | "their"
            | "its"
            | "his"
            | "her"
            | "our"
            | "than"
            | "as"
            | "into"
            | "across"
            | "during"
            | "since"
            | "after"
            | "before"
            | "under"
            | "over"
            | "said"
            | "says"
            | "each"
            | "also"
            | "not"
            | "being"
            | "been"
            | "took"
            | "take"
            | "including"
            | "it"
            | "they"
            | "we"
            | "he"
            | "she"
            | "there"
            | "here"
            | "when"
            | "where"
            | "while"
            | "if"
            | "so"
            | "did"
            | "do"
            | "does"
            | "all"
            | "both"
            | "only"
            | "just"
            | "about"
            | "around"
            | "out"
            | "up"
            | "down"
            | "off"
            | "against"
            | "between"
            | "among"
            | "through"
            | "via"
            | "ago"
            | "later"
            | "earlier"
            | "away"
            | "old"
            | "times"
            | "percent"
            | "cent"
    )
}

/// Nouns whose plural does not end in -s, or that are mass nouns counted in news.
fn is_collective(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "personnel"
            | "staff"
            | "police"
            | "aircraft"
            | "children"
            | "men"
            | "women"
            | "infantry"
            | "artillery"
            | "cattle"
            | "sheep"
            | "equipment"
            | "ammunition"
            | "hardware"
            | "data"
            | "media"
            | "crew"
            | "military"
            | "youth"
            | "spacecraft"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "fish"
            | "deer"
            | "livestock"
            | "population"
            | "workforce"
            | "servicemen"
            | "militia"
    )
}

fn looks_plural(w: &str) -> bool {
    w.len() >= 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
}

/// Leading words of a noun phrase that are modifiers, not the counted thing.
fn is_modifier(s: &Scan, i: usize) -> bool {
    let w = s.w(i);
    let capital = s.toks[i].capital;
    // Names and model codes before a common noun ("Airbus A321 aircraft", "Las Vegas style resorts").
    let name_like = capital || w.bytes().any(|b| b.is_ascii_digit());
    name_like
        || (w.len() > 4 && w.ends_with("est"))
        || matches!(w, "worst" | "best" | "hit" | "style" | "most" | "least")
        || matches!(
            w,
            "more"
                | "additional"
                | "other"
                | "extra"
                | "new"
                | "further"
                | "different"
                | "various"
                | "foreign"
                | "military"
                | "civilian"
                | "armed"
                | "local"
                | "young"
                | "old"
                | "senior"
                | "junior"
                | "former"
                | "active"
                | "main"
                | "major"
                | "small"
                | "large"
                | "big"
                | "key"
                | "top"
                | "modern"
                | "advanced"
                | "heavy"
                | "light"
                | "special"
                | "regular"
                | "professional"
                | "total"
                | "separate"
                | "joint"
                | "fellow"
                | "unique"
                | "daily"
                | "annual"
                | "monthly"
                | "weekly"
                | "registered"
                | "known"
                | "full"
                | "own"
                | "few"
                | "last"
                | "next"
                | "first"
                | "top-level"
                | "high"
                | "low"
                | "highest"
                | "lowest"
                | "largest"
                | "biggest"
                | "such"
                | "remaining"
                | "confirmed"
                | "reported"
        )
        || w.ends_with("ed")
        || (w.ends_with("ing") && w.len() > 5)
        || (capital
            && (w.ends_with("ian")
                || w.ends_with("ese")
                || w.ends_with("ish")
                || w.ends_with("can")
                || w.ends_with("ean")))
        || ((w.ends_with("al")
            || w.ends_with("ic")
            || w.ends_with("ive")
            || w.ends_with("ous")
            || w.ends_with("ful")
            || w.ends_with("ary"))
            && !is_collective(w))
}

/// The noun phrase after the number (token `k` onwards), without a parse.
pub(super) fn following(s: &Scan, k: usize, m: &NumMatch) -> Option<Found> {
    let mut k = k;
    // "four out of five issues"
    if s.is(k, "out") && s.is(k + 1, "of") {
        k += 1;
    }
    // Partitives and ratios: "300 of the 623 events", "half of the troops", "dozens of soldiers".
    if s.is(k, "of") {
        k += 1;
        if s.is(k, "all") {
            k += 1;
        }
        if matches!(
            s.w(k),
            "the"
                | "these"
                | "those"
                | "their"
                | "its"
                | "his"
                | "her"
                | "our"
                | "them"
                | "us"
                | "whom"
                | "which"
        ) {
            if matches!(s.w(k), "them" | "us" | "whom" | "which") {
                return None;
            }
            k += 1;
        }
        if let Some(m2) = crate::numbers::number_at(s, k).filter(|m2| m2.digits || !m2.ordinal) {
            k = m2.end;
        }
    } else if m.fraction {
        return None;
    }
    // Collect the run of words.
    let mut run: Vec<usize> = Vec::new();
    let mut j = k;
    while j < s.len() && run.len() < 5 {
        match s.kind(j) {
            Some(Kind::Word) if !is_stop(s.w(j)) => {
                if j > k && !run.is_empty() && !s.toks[j].space_before && !s.is(j - 1, "-") {
                    break;
                }
                run.push(j);
                j += 1;
            }
            // "long-range", "air-defence": hyphen joins words.
            Some(Kind::Punct)
                if s.w(j) == "-"
                    && !run.is_empty()
                    && s.glued(j)
                    && s.kind(j + 1) == Some(Kind::Word)
                    && s.glued(j + 1) =>
            {
                j += 1
            }
            _ => break,
        }
    }
    if run.is_empty() {
        return None;
    }
    // "1.5 million more": a comparative, not an object.
    if run.len() == 1 && matches!(s.w(run[0]), "more" | "less" | "fewer") {
        return None;
    }
    // Head: the first plural-looking word (or collective noun), preferring a
    // lowercase one over the plural of a name ("Armed Forces instructors");
    // a count of one may be singular.
    let plural = |&t: &usize| looks_plural(s.w(t)) || is_collective(s.w(t));
    let head_pos = run
        .iter()
        .position(|t| plural(t) && !s.toks[*t].capital)
        .or_else(|| run.iter().position(plural));
    let head_pos = match head_pos {
        Some(p) => p,
        None if m.value <= 1.0 || m.ordinal || m.fraction => {
            // Singular head: the first word that is not a modifier.
            (0..run.len())
                .find(|&p| !is_modifier(s, run[p]))
                .unwrap_or(run.len() - 1)
        }
        None => {
            // A single noun-like word right after the number (e.g. "400 personnel" handled above);
            // singular count nouns with a plural number are usually headlines: take one word.
            if run.len() == 1 && !s.w(run[0]).ends_with("ed") && !s.toks[run[0]].capital && m.digits
            {
                0
            } else {
                return None;
            }
        }
    };
    let mut first = 0;
    // Modifiers, and words hyphenated onto one ("Russian-made").
    while first < head_pos
        && (is_modifier(s, run[first])
            || (first > 0 && s.is(run[first] - 1, "-") && s.glued(run[first])))
    {
        first += 1;
    }
    let (a, b) = (s.toks[run[first]].start, s.toks[run[head_pos]].end);
    let text = object_case(s.text.get(a..b)?);
    Some((text, Span::new(a, b), run[head_pos] + 1))
}
