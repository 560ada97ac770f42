//! Candidate positions and their features for the learned boundary
//! classifier.
//!
//! A [`Walker`] visits every token once, in order, and keeps the context
//! that does not depend on earlier decisions (distance to the previous and
//! next terminal punctuation or line break, whether a quotation is open), so
//! training and splitting see exactly the same features.
//!
//! Features are 64-bit keys: a template id mixed with hashes of the word
//! forms (lower-cased), shapes (`Xxx`, `d/d/d`, `URL`) and small classes
//! around the gap. No allocation per token.

use sitrep_core::Token;

use super::rules::{gap_after, is_closing, is_terminal, token_text, Gap};
use crate::tokenize::{abbreviation_kind, is_dotted_acronym, is_emoticon, AbbrevKind};

/// Most features one candidate produces.
pub(super) const MAX_FEATURES: usize = 32;

/// The feature keys of one candidate.
pub(super) struct Features {
    pub(super) keys: [u64; MAX_FEATURES],
    pub(super) len: usize,
}

impl Features {
    pub(super) fn new() -> Self {
        Features {
            keys: [0; MAX_FEATURES],
            len: 0,
        }
    }

    pub(super) fn keys(&self) -> &[u64] {
        &self.keys[..self.len]
    }

    fn push(&mut self, template: u64, a: u64, b: u64, c: u64) {
        if self.len < MAX_FEATURES {
            self.keys[self.len] = combine(template, a, b, c);
            self.len += 1;
        }
    }
}

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// Folds a template id and up to three part hashes into one key. The
/// model takes the key's top bits as the slot, so one multiply per part
/// mixes enough.
fn combine(template: u64, a: u64, b: u64, c: u64) -> u64 {
    let h = (template + 1).wrapping_mul(MIX) ^ a;
    let h = h.rotate_left(29).wrapping_mul(MIX) ^ b;
    let h = h.rotate_left(29).wrapping_mul(MIX) ^ c;
    (h ^ (h >> 31)).wrapping_mul(MIX)
}

/// FNV-1a over the ASCII-lower-cased bytes of `word`, at most 24 of them.
fn lower_hash(word: &str) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for &b in word.as_bytes().iter().take(24) {
        h ^= u64::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(0x0100_0000_01B3);
    }
    h
}

/// Shape class of one character: `X`, `x`, `d`, ASCII punctuation as
/// itself, typographic quotes and dashes folded to their ASCII kin.
fn char_class(c: char) -> u8 {
    if c.is_ascii() {
        let b = c as u8;
        return if b.is_ascii_uppercase() {
            b'X'
        } else if b.is_ascii_lowercase() {
            b'x'
        } else if b.is_ascii_digit() {
            b'd'
        } else {
            b
        };
    }
    match c {
        '“' | '”' | '«' | '»' | '„' => b'"',
        '‘' | '’' | '‹' | '›' => b'\'',
        '…' => b'.',
        '–' | '—' => b'-',
        _ if c.is_uppercase() => b'X',
        _ if c.is_lowercase() => b'x',
        _ if c.is_numeric() => b'd',
        _ if c.is_alphabetic() => b'x',
        _ => b'*',
    }
}

/// Hash of the word's shape: runs of one class collapsed (`Xx`, `d/d/d`),
/// at most five classes, with URLs, e-mail addresses and emoticons as
/// classes of their own.
fn shape_hash(word: &str) -> u64 {
    if word.contains("://") || word.starts_with("www.") {
        return 1;
    }
    if word.len() > 3 && word.as_bytes()[1..].contains(&b'@') {
        return 2;
    }
    if word.len() > 1 && is_emoticon(word) {
        return 3;
    }
    let mut h: u64 = 0x8422_2325_CBF2_9CE4;
    let (mut last, mut classes) = (0u8, 0);
    for c in word.chars() {
        let class = char_class(c);
        if class == last {
            continue;
        }
        last = class;
        classes += 1;
        if classes > 5 {
            h ^= u64::from(b'+');
            h = h.wrapping_mul(0x0100_0000_01B3);
            break;
        }
        h ^= u64::from(class);
        h = h.wrapping_mul(0x0100_0000_01B3);
    }
    h
}

/// Coarse kind of the token before the gap.
fn token_kind(word: &str) -> u64 {
    let Some(first) = word.chars().next() else {
        return 0;
    };
    if is_terminal(word) {
        return match word {
            "." => 1,
            "?" => 2,
            "!" => 3,
            _ if word.contains('?') || word.contains('!') => 4,
            _ => 5, // ellipsis
        };
    }
    if is_closing(word) {
        return 6;
    }
    if word.len() > 1 && word.ends_with('.') {
        return 7;
    }
    if word.len() > 1 && is_emoticon(word) {
        return 8;
    }
    if first.is_alphabetic() {
        return if first.is_uppercase() { 9 } else { 10 };
    }
    if first.is_numeric() {
        return 11;
    }
    12 + u64::from(char_class(first))
}

/// Class of the first character of the token after the gap.
fn initial_class(word: &str) -> u64 {
    word.chars().next().map_or(0, |c| u64::from(char_class(c)))
}

/// What kind of abbreviation, if any, a word ending in a period is.
fn abbreviation_class(word: &str) -> u64 {
    let Some(stem) = word.strip_suffix('.') else {
        return 0;
    };
    if stem.bytes().all(|b| b == b'.') {
        return 1; // a period or an ellipsis (`..`), not an abbreviation
    }
    if stem.chars().count() == 1 {
        let letter = stem.chars().all(char::is_alphabetic);
        return if letter { 2 } else { 6 }; // an initial, or `?.`
    }
    match abbreviation_kind(stem) {
        Some(AbbrevKind::Title) => 3,
        Some(AbbrevKind::Ordinary) => 4,
        None if is_dotted_acronym(stem) => 5,
        None => 6,
    }
}

/// Whether a period after `word` can only be a title or an initial
/// (`Gen.`, `V.`), which never end a sentence within a line.
pub(super) fn is_title_or_initial(word: &str) -> bool {
    matches!(abbreviation_class(word), 2 | 3)
}

fn distance_bucket(distance: usize) -> u64 {
    match distance {
        0..=3 => distance as u64,
        4..=5 => 4,
        6..=8 => 5,
        9..=13 => 6,
        14..=20 => 7,
        21..=30 => 8,
        _ => 9,
    }
}

/// Whether the gap after `tok` is a place a sentence might end, before the
/// features are computed (keeps the classifier off most word pairs).
pub(super) fn is_candidate(tok: &str, next: &str, gap: Gap) -> bool {
    if gap != Gap::Space && gap != Gap::None {
        return true;
    }
    let Some(first) = tok.chars().next() else {
        return false;
    };
    if is_terminal(tok) || is_closing(tok) || tok.ends_with('.') || is_emoticon(tok) {
        return true;
    }
    if gap == Gap::None {
        return false;
    }
    let Some(next_first) = next.chars().next() else {
        return false;
    };
    if next_first.is_uppercase() || next_first.is_numeric() {
        return true;
    }
    if next_first.is_lowercase() {
        // After a symbol, a number or a URL (`AM || have`, `: || http`).
        return !first.is_alphabetic() && tok != ",";
    }
    !matches!(next_first, ',' | ';' | ':' | ')' | ']' | '}' | '%') && !is_terminal(next)
}

/// What the features need of one token, computed once per token.
#[derive(Clone, Copy, Default)]
struct TokenInfo {
    lower: u64,
    shape: u64,
    kind: u64,
}

impl TokenInfo {
    fn of(word: &str) -> Self {
        TokenInfo {
            lower: lower_hash(word),
            shape: shape_hash(word),
            kind: token_kind(word),
        }
    }
}

/// Context for the candidates of one text, updated token by token.
pub(super) struct Walker<'t> {
    /// `TokenInfo` of recently seen tokens, by token index modulo 4.
    cache: [(usize, TokenInfo); 4],
    text: &'t str,
    tokens: &'t [Token],
    /// First token after the last terminal punctuation or line break.
    clause_start: usize,
    /// Next token (after the current one) that is terminal punctuation or
    /// is followed by a line break, or the token count.
    next_stop: usize,
    in_quote: bool,
}

impl<'t> Walker<'t> {
    pub(super) fn new(text: &'t str, tokens: &'t [Token]) -> Self {
        Walker {
            cache: [(usize::MAX, TokenInfo::default()); 4],
            text,
            tokens,
            clause_start: 0,
            next_stop: 0,
            in_quote: false,
        }
    }

    fn is_stop(&self, j: usize) -> bool {
        is_terminal(token_text(self.text, self.tokens, j))
            || matches!(
                gap_after(self.text, self.tokens, j),
                Gap::Newline | Gap::BlankLine
            )
    }

    /// The `TokenInfo` of token `k` (that of an empty token past the end).
    fn info(&mut self, k: usize) -> TokenInfo {
        let slot = k % 4;
        if self.cache[slot].0 != k {
            let word = token_text(self.text, self.tokens, k);
            self.cache[slot] = (k, TokenInfo::of(word));
        }
        self.cache[slot].1
    }

    /// Moves to token `i` (called for every token in order) and fills
    /// `out` with the features of the gap after it, given the gap and the
    /// rules' verdict. Call [`Walker::finish_token`] afterwards.
    pub(super) fn features(&mut self, i: usize, gap: Gap, rule: bool, out: &mut Features) {
        if self.next_stop <= i {
            let mut j = i + 1;
            while j < self.tokens.len() && !self.is_stop(j) {
                j += 1;
            }
            self.next_stop = j;
        }
        let w0 = token_text(self.text, self.tokens, i);
        let w1 = token_text(self.text, self.tokens, i + 1);
        let t0 = self.info(i);
        let t1 = self.info(i + 1);
        let t2 = self.info(i + 2);
        let tp = if i > 0 {
            self.info(i - 1)
        } else {
            TokenInfo {
                kind: 99,
                ..TokenInfo::of("")
            }
        };
        let (l0, l1, l2, lp) = (t0.lower, t1.lower, t2.lower, tp.lower);
        let (s0, s1, s2, sp) = (t0.shape, t1.shape, t2.shape, tp.shape);
        let (kind0, kindp) = (t0.kind, tp.kind);
        let cap1 = initial_class(w1);
        let gap_class = gap as u64;
        let glued_before = i > 0 && self.tokens[i - 1].span.end == self.tokens[i].span.start;
        let back = distance_bucket(i - self.clause_start);
        let ahead = distance_bucket(self.next_stop - i);
        let rule = u64::from(rule);

        out.len = 0;
        out.push(0, 0, 0, 0);
        out.push(1, rule, kind0, 0);
        out.push(2, l0, 0, 0);
        out.push(3, l1, 0, 0);
        out.push(4, lp, 0, 0);
        out.push(5, l2, 0, 0);
        out.push(6, l0, l1, 0);
        out.push(7, lp, l0, 0);
        out.push(8, l1, l2, 0);
        out.push(9, s0, 0, 0);
        out.push(10, s1, 0, 0);
        out.push(11, sp, s0, 0);
        out.push(12, s0, s1, 0);
        out.push(13, s1, s2, 0);
        out.push(14, sp, s0, s1);
        out.push(15, abbreviation_class(w0), cap1, 0);
        out.push(16, gap_class, cap1, u64::from(glued_before));
        out.push(17, back, ahead, 0);
        out.push(18, back, cap1, 0);
        out.push(19, ahead, kind0, 0);
        out.push(20, l0, s1, 0);
        out.push(21, s0, l1, 0);
        out.push(22, u64::from(self.in_quote), kind0, cap1);
        out.push(23, rule, cap1, gap_class);
        out.push(24, kindp, kind0, cap1);
        out.push(25, lp, l0, l1);
        out.push(26, back, kind0, cap1);
    }

    /// Updates the context after the decision for the gap after token `i`.
    pub(super) fn finish_token(&mut self, i: usize, gap: Gap) {
        let tok = token_text(self.text, self.tokens, i);
        match tok {
            "“" | "«" => self.in_quote = true,
            "”" | "»" => self.in_quote = false,
            "\"" => self.in_quote = !self.in_quote,
            _ => {}
        }
        if gap == Gap::BlankLine {
            self.in_quote = false;
        }
        if is_terminal(tok) || matches!(gap, Gap::Newline | Gap::BlankLine) {
            self.clause_start = i + 1;
        }
    }
}
