//! Feature extraction for the entity tagger.
//!
//! Every feature is a 64-bit key from [`sitrep_model::FeatureHasher`], built
//! from byte slices of the words and small per-token summaries computed once
//! per document ([`TokenInfo`]); nothing allocates per token. The templates
//! follow the classic perceptron NER recipe (Ratinov & Roth 2009): the word
//! and its context window, shapes and affixes, gazetteer matches, and
//! document-level evidence about how the same word is written elsewhere.

use std::collections::HashMap;

use sitrep_model::{BuildKeyHasher, FeatureHasher};

use super::data::label_parts;
use super::gazetteer::GazetteerHits;

/// Feature template ids. Changing a value invalidates trained models.
mod t {
    pub const BIAS: u32 = 1;
    pub const WORD: u32 = 2;
    pub const LOWER: u32 = 3;
    pub const PREFIX: u32 = 4;
    pub const SUFFIX: u32 = 5;
    pub const SHAPE: u32 = 6;
    pub const SHORT_SHAPE: u32 = 7;
    pub const FLAGS: u32 = 8;
    pub const INITIAL_CAP: u32 = 9;
    pub const CONTEXT_WORD: u32 = 10;
    pub const CONTEXT_SHAPE: u32 = 11;
    pub const BIGRAM_LEFT: u32 = 12;
    pub const BIGRAM_RIGHT: u32 = 13;
    pub const SHAPE_TRIGRAM: u32 = 14;
    pub const GAZETTEER: u32 = 15;
    pub const GAZETTEER_CAP: u32 = 16;
    pub const CONTEXT_GAZETTEER: u32 = 17;
    pub const DOC_LOWER_ELSEWHERE: u32 = 18;
    pub const DOC_TITLE_ELSEWHERE: u32 = 19;
    pub const HEADLINE: u32 = 20;
    pub const LENGTH: u32 = 21;
    pub const WORD_SHAPE_RIGHT: u32 = 22;
    pub const HISTORY: u32 = 23;
    pub const HISTORY_CONTEXT: u32 = 24;
    pub const PREVIOUS_LABEL: u32 = 25;
}

const FLAG_INITIAL_CAP: u16 = 1;
const FLAG_ALL_CAPS: u16 = 2;
const FLAG_HAS_DIGIT: u16 = 4;
const FLAG_HAS_HYPHEN: u16 = 8;
const FLAG_HAS_PERIOD: u16 = 16;
const FLAG_NO_LETTER: u16 = 32;
const FLAG_ALL_DIGITS: u16 = 64;
const FLAG_SENTENCE_INITIAL: u16 = 128;
const FLAG_MIXED_CAPS: u16 = 256;

/// Per-token summary computed once per document.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokenInfo {
    /// Hash of the word as written.
    pub exact: u64,
    /// Hash of the lowercased word with digits folded to `0`.
    pub lower: u64,
    /// Hash of the shape with runs capped at four (`Xxxxx` -> `Xxxx`, `dd-dd`).
    pub shape: u64,
    /// Hash of the shape with runs collapsed (`Xx`, `X`, `d-d`).
    pub short_shape: u64,
    pub flags: u16,
    /// Length of the word in characters, capped at 15.
    pub length: u8,
}

impl TokenInfo {
    pub fn is_capitalized(&self) -> bool {
        self.flags & (FLAG_INITIAL_CAP | FLAG_ALL_CAPS) != 0
    }
}

/// Lowercases `word` into `scratch` with digits folded to `0`.
pub fn normalize_into(word: &str, scratch: &mut String) {
    scratch.clear();
    for c in word.chars() {
        if c.is_ascii_digit() {
            scratch.push('0');
        } else if c.is_ascii() {
            scratch.push(c.to_ascii_lowercase());
        } else {
            scratch.extend(c.to_lowercase());
        }
    }
}

/// The hash of a normalized (lowercased, digit-folded) word; gazetteer keys
/// are built from the same hash.
pub fn lower_hash(normalized: &str) -> u64 {
    FeatureHasher::new(0).str(normalized).finish()
}

fn shape_class(c: char) -> u8 {
    if c.is_uppercase() {
        b'X'
    } else if c.is_lowercase() {
        b'x'
    } else if c.is_numeric() {
        b'd'
    } else if c.is_ascii() {
        c as u8
    } else {
        b'o'
    }
}

/// Computes the summary of one word. `scratch` is reused between calls.
pub fn token_info(word: &str, sentence_initial: bool, scratch: &mut String) -> TokenInfo {
    let mut flags = 0u16;
    let (mut upper, mut lower_count, mut digits, mut chars) = (0usize, 0usize, 0usize, 0usize);
    let mut shape = [0u8; 24];
    let mut short = [0u8; 12];
    let (mut shape_len, mut short_len, mut run) = (0usize, 0usize, 0usize);
    for (i, c) in word.chars().enumerate() {
        chars += 1;
        if c.is_uppercase() {
            upper += 1;
            if i == 0 {
                flags |= FLAG_INITIAL_CAP;
            }
        } else if c.is_lowercase() {
            lower_count += 1;
        } else if c.is_ascii_digit() {
            digits += 1;
        } else if c == '-' {
            flags |= FLAG_HAS_HYPHEN;
        } else if c == '.' {
            flags |= FLAG_HAS_PERIOD;
        }
        let class = shape_class(c);
        let same = shape_len > 0 && shape[shape_len - 1] == class;
        run = if same { run + 1 } else { 1 };
        if run <= 4 && shape_len < shape.len() {
            shape[shape_len] = class;
            shape_len += 1;
        }
        if !same && short_len < short.len() && (short_len == 0 || short[short_len - 1] != class) {
            short[short_len] = class;
            short_len += 1;
        }
    }
    if upper > 0 && lower_count == 0 {
        flags |= FLAG_ALL_CAPS;
    }
    if upper > 0 && lower_count > 0 && flags & FLAG_INITIAL_CAP == 0 || upper > 1 && lower_count > 0
    {
        flags |= FLAG_MIXED_CAPS;
    }
    if digits > 0 {
        flags |= FLAG_HAS_DIGIT;
        if digits == chars {
            flags |= FLAG_ALL_DIGITS;
        }
    }
    if upper + lower_count == 0 {
        flags |= FLAG_NO_LETTER;
    }
    if sentence_initial {
        flags |= FLAG_SENTENCE_INITIAL;
    }
    normalize_into(word, scratch);
    TokenInfo {
        exact: FeatureHasher::new(0).str(word).finish(),
        lower: lower_hash(scratch),
        shape: FeatureHasher::new(0).bytes(&shape[..shape_len]).finish(),
        short_shape: FeatureHasher::new(0).bytes(&short[..short_len]).finish(),
        flags,
        length: chars.min(15) as u8,
    }
}

/// How a word (by its lowercased hash) is written across one document.
#[derive(Debug, Clone, Copy, Default)]
struct DocWordUse {
    /// Seen all-lowercase somewhere.
    lowercase: bool,
    /// Seen capitalized away from sentence starts and all-caps headlines.
    title_mid_sentence: bool,
}

/// Document-level evidence for every token of a document.
#[derive(Debug, Default)]
pub struct DocEvidence {
    uses: HashMap<u64, DocWordUse, BuildKeyHasher>,
}

impl DocEvidence {
    /// Collects how each word is written in the document. `headline[s]` marks
    /// sentences written in capitals, whose case says nothing.
    pub fn collect(infos: &[Vec<TokenInfo>], headline: &[bool]) -> DocEvidence {
        let mut uses: HashMap<u64, DocWordUse, BuildKeyHasher> = HashMap::default();
        for (s, sentence) in infos.iter().enumerate() {
            let caps_sentence = headline.get(s).copied().unwrap_or(false);
            for info in sentence {
                if info.flags & FLAG_NO_LETTER != 0 {
                    continue;
                }
                let entry = uses.entry(info.lower).or_default();
                if !info.is_capitalized() {
                    entry.lowercase = true;
                } else if !caps_sentence && info.flags & FLAG_SENTENCE_INITIAL == 0 {
                    entry.title_mid_sentence = true;
                }
            }
        }
        DocEvidence { uses }
    }
}

/// Whether a sentence is written mostly in capitals (a news headline).
pub fn is_headline(infos: &[TokenInfo]) -> bool {
    let letters = infos
        .iter()
        .filter(|i| i.flags & FLAG_NO_LETTER == 0)
        .count();
    let caps = infos
        .iter()
        .filter(|i| i.flags & FLAG_ALL_CAPS != 0 && i.length > 1)
        .count();
    letters >= 2 && caps * 10 >= letters * 8
}

/// Everything feature extraction needs about one sentence.
pub struct SentenceContext<'a> {
    pub words: &'a [&'a str],
    pub infos: &'a [TokenInfo],
    pub gazetteer: &'a [GazetteerHits],
    pub headline: bool,
    pub evidence: &'a DocEvidence,
    /// First-pass entity-type votes for each token's word elsewhere in the
    /// document (`None` in the first pass).
    pub history: Option<&'a [u8]>,
}

fn prefix_suffix_bounds(word: &str) -> ([usize; 4], [usize; 4], usize) {
    // Byte offsets of the ends of the first 1..=4 characters and starts of the last 1..=4.
    let mut prefixes = [word.len(); 4];
    let mut suffixes = [0usize; 4];
    let mut count = 0usize;
    for (n, (i, _)) in word.char_indices().enumerate() {
        if (1..=4).contains(&n) {
            prefixes[n - 1] = i;
        }
        count = n + 1;
    }
    for (n, (i, _)) in word.char_indices().rev().enumerate().take(4) {
        suffixes[n] = i;
    }
    (prefixes, suffixes, count)
}

/// The stand-in [`TokenInfo`] for positions outside the sentence.
pub const OUTSIDE_INFO: TokenInfo = TokenInfo {
    exact: 1,
    lower: 1,
    shape: 1,
    short_shape: 1,
    flags: 0,
    length: 0,
};

/// Offsets of the context-window features, in cache-slot order.
pub const CONTEXT_OFFSETS: [isize; 4] = [-2, -1, 1, 2];

/// Appends the emission features of token `i` to `out`: the features of
/// its own word ([`word_features`]), of its neighbours' words
/// ([`context_word_features`]) and the rest ([`contextual_features`]).
/// `scratch` holds the normalized word between calls.
pub fn emission_features(
    ctx: &SentenceContext<'_>,
    i: usize,
    scratch: &mut String,
    out: &mut Vec<u64>,
) {
    word_features(ctx.words[i], &ctx.infos[i], scratch, out);
    for (slot, &k) in CONTEXT_OFFSETS.iter().enumerate() {
        let j = i as isize + k;
        let c = if j < 0 || j as usize >= ctx.infos.len() {
            OUTSIDE_INFO
        } else {
            ctx.infos[j as usize]
        };
        context_word_features(slot, &c, out);
    }
    contextual_features(ctx, i, out);
}

/// Features that depend only on the word itself and whether it starts the
/// sentence: the same for every occurrence, so decoders cache their scores
/// per word type.
pub fn word_features(word: &str, info: &TokenInfo, scratch: &mut String, out: &mut Vec<u64>) {
    let f = FeatureHasher::new;
    out.push(f(t::BIAS).finish());
    out.push(f(t::WORD).key(info.exact).finish());
    out.push(f(t::LOWER).key(info.lower).finish());
    out.push(f(t::SHAPE).key(info.shape).finish());
    out.push(f(t::SHORT_SHAPE).key(info.short_shape).finish());
    out.push(f(t::FLAGS).int(u64::from(info.flags)).finish());
    out.push(f(t::LENGTH).int(u64::from(info.length)).finish());
    if info.flags & FLAG_SENTENCE_INITIAL != 0 {
        out.push(
            f(t::INITIAL_CAP)
                .int(u64::from(info.is_capitalized()))
                .finish(),
        );
    }
    // Affixes of the normalized word.
    normalize_into(word, scratch);
    let (prefixes, suffixes, chars) = prefix_suffix_bounds(scratch);
    for n in 0..4.min(chars.saturating_sub(1)) {
        out.push(
            f(t::PREFIX)
                .int(n as u64)
                .str(&scratch[..prefixes[n]])
                .finish(),
        );
        out.push(
            f(t::SUFFIX)
                .int(n as u64)
                .str(&scratch[suffixes[n]..])
                .finish(),
        );
    }
}

/// Features of a neighbouring word `c` seen from offset
/// `CONTEXT_OFFSETS[slot]`; they depend on that word alone.
pub fn context_word_features(slot: usize, c: &TokenInfo, out: &mut Vec<u64>) {
    let k = CONTEXT_OFFSETS[slot];
    let f = FeatureHasher::new;
    out.push(f(t::CONTEXT_WORD).int(k as u64).key(c.lower).finish());
    out.push(
        f(t::CONTEXT_SHAPE)
            .int(k as u64)
            .key(c.short_shape)
            .finish(),
    );
}

/// Features that depend on more than one word or on the document: headline,
/// bigrams, gazetteer matches, document evidence, first-pass history.
pub fn contextual_features(ctx: &SentenceContext<'_>, i: usize, out: &mut Vec<u64>) {
    let info = ctx.infos[i];
    let at = |k: isize| -> TokenInfo {
        let j = i as isize + k;
        if j < 0 || j as usize >= ctx.infos.len() {
            OUTSIDE_INFO
        } else {
            ctx.infos[j as usize]
        }
    };
    let f = FeatureHasher::new;
    if ctx.headline {
        out.push(f(t::HEADLINE).key(info.lower).finish());
        out.push(f(t::HEADLINE).int(u64::from(info.length)).finish());
    }
    let (left, right) = (at(-1), at(1));
    out.push(f(t::BIGRAM_LEFT).key(left.lower).key(info.lower).finish());
    out.push(f(t::BIGRAM_RIGHT).key(info.lower).key(right.lower).finish());
    out.push(
        f(t::SHAPE_TRIGRAM)
            .key(left.short_shape)
            .key(info.short_shape)
            .key(right.short_shape)
            .finish(),
    );
    out.push(
        f(t::WORD_SHAPE_RIGHT)
            .key(info.lower)
            .key(right.short_shape)
            .finish(),
    );

    // Gazetteer matches at this token and its neighbours.
    let hits = ctx.gazetteer[i];
    let capitalized = info.is_capitalized();
    for code in hits.codes() {
        out.push(f(t::GAZETTEER).int(u64::from(code)).finish());
        out.push(
            f(t::GAZETTEER_CAP)
                .int(u64::from(code))
                .int(u64::from(capitalized))
                .finish(),
        );
    }
    for k in [-1isize, 1] {
        let j = i as isize + k;
        if j >= 0 && (j as usize) < ctx.gazetteer.len() {
            for code in ctx.gazetteer[j as usize].codes() {
                out.push(
                    f(t::CONTEXT_GAZETTEER)
                        .int(k as u64)
                        .int(u64::from(code))
                        .finish(),
                );
            }
        }
    }

    // How the same word is written elsewhere in the document.
    if let Some(uses) = ctx.evidence.uses.get(&info.lower) {
        if capitalized {
            out.push(
                f(t::DOC_LOWER_ELSEWHERE)
                    .int(u64::from(uses.lowercase))
                    .finish(),
            );
        }
        let case_uninformative = ctx.headline || info.flags & FLAG_SENTENCE_INITIAL != 0;
        if case_uninformative {
            out.push(
                f(t::DOC_TITLE_ELSEWHERE)
                    .int(u64::from(uses.title_mid_sentence))
                    .finish(),
            );
        }
    }

    // Second pass: what the first pass made of this word elsewhere in the document.
    if let Some(history) = ctx.history {
        let vote = history[i];
        out.push(f(t::HISTORY).int(u64::from(vote)).finish());
        out.push(
            f(t::HISTORY_CONTEXT)
                .int(u64::from(vote))
                .key(info.short_shape)
                .finish(),
        );
        let left_vote = if i > 0 { history[i - 1] } else { 255 };
        let right_vote = history.get(i + 1).copied().unwrap_or(255);
        out.push(
            f(t::HISTORY_CONTEXT)
                .int(u64::from(vote))
                .int(u64::from(left_vote))
                .int(u64::from(right_vote))
                .finish(),
        );
    }
}

/// Document-level votes from a first tagging pass: for each token, what the
/// same word (by lowercased hash) was labelled elsewhere in the document.
/// 0: not seen elsewhere; 1: seen only outside entities; 2 + type index:
/// the entity type it most often had.
pub fn history_votes(infos: &[Vec<TokenInfo>], labels: &[Vec<u8>]) -> Vec<Vec<u8>> {
    // Per word: [outside, PER, ORG, LOC, MISC] counts.
    let mut counts: HashMap<u64, [u16; 5], BuildKeyHasher> = HashMap::default();
    let class_of = |label: u8| label_parts(label).map_or(0, |(_, t)| t + 1);
    for (sentence, sentence_labels) in infos.iter().zip(labels) {
        for (info, &label) in sentence.iter().zip(sentence_labels) {
            if info.flags & FLAG_NO_LETTER == 0 {
                let c = &mut counts.entry(info.lower).or_default()[class_of(label)];
                *c = c.saturating_add(1);
            }
        }
    }
    infos
        .iter()
        .zip(labels)
        .map(|(sentence, sentence_labels)| {
            sentence
                .iter()
                .zip(sentence_labels)
                .map(|(info, &label)| {
                    let Some(all) = counts.get(&info.lower) else {
                        return 0;
                    };
                    let mut others = *all;
                    let own = &mut others[class_of(label)];
                    *own = own.saturating_sub(1);
                    if others.iter().all(|&c| c == 0) {
                        return 0;
                    }
                    let (best, &n) = others[1..]
                        .iter()
                        .enumerate()
                        .max_by_key(|&(i, n)| (n, std::cmp::Reverse(i)))
                        .unwrap_or((0, &0));
                    if n == 0 {
                        1
                    } else {
                        2 + best as u8
                    }
                })
                .collect()
        })
        .collect()
}

/// The feature key carrying the transition weight from label `previous`
/// (`None` at the sentence start) into the current label.
pub fn previous_label_feature(previous: Option<u8>) -> u64 {
    FeatureHasher::new(t::PREVIOUS_LABEL)
        .int(previous.map_or(255, u64::from))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_flags() {
        let mut s = String::new();
        let a = token_info("Khrenin", false, &mut s);
        let b = token_info("Shoigu", false, &mut s);
        assert_eq!(a.short_shape, b.short_shape);
        assert_ne!(a.shape, token_info("Xi", false, &mut s).shape);
        assert!(a.is_capitalized());
        let digits = token_info("2025", true, &mut s);
        assert!(digits.flags & FLAG_ALL_DIGITS != 0 && digits.flags & FLAG_SENTENCE_INITIAL != 0);
        assert_eq!(token_info("1996", false, &mut s).lower, digits.lower);
        assert!(token_info("CSTO", false, &mut s).flags & FLAG_ALL_CAPS != 0);
        assert!(token_info("Su-30SM", false, &mut s).flags & FLAG_HAS_HYPHEN != 0);
    }

    #[test]
    fn affixes_respect_char_boundaries() {
        let (p, s, n) = prefix_suffix_bounds("Łódź");
        assert_eq!(n, 4);
        assert!("Łódź".is_char_boundary(p[0]) && "Łódź".is_char_boundary(s[3]));
    }
}
