//! Sentence splitter over the tokenizer's output: hand-written rules that
//! propose and pre-judge boundaries, and a small learned classifier that
//! decides the uncertain ones.
//!
//! What it does: a blank line always ends a sentence; a single newline ends
//! one when the line before looks like a heading or list item (no final
//! punctuation, next line capitalised or bulleted); titles and initials
//! (`Gen.`, `V.`) never end one within a line. Every other candidate gap —
//! after terminal punctuation (`.`, `!`, `?`, `...`, `…`), closing quotes and
//! brackets, abbreviations, emoticons and symbols, and between words where
//! the next one is capitalised, a number or a symbol — goes to a binary
//! averaged perceptron ([`BoundaryModel`]) trained on UD English EWT, whose
//! features are the surrounding word forms and shapes, abbreviation classes,
//! distances to the previous and next punctuation, an open quotation, and
//! the rules' own verdict. The model is embedded (`models/sentences.bin`);
//! see `docs/models/sentences.md` for how it was trained and how it scores.
//! The classifier cannot overrule a bare `.`, `?` or `!` (or `."`) before a
//! capitalised word, which ends a sentence unless it closes a list number.
//! [`tokenize_and_split`] then gives the period of a sentence-final `etc.`
//! to the sentence (`etc` `.`), as UD English does.
//!
//! Known failure modes: web text that runs sentences together without
//! punctuation or capitals; e-mail headers and signatures.

mod features;
mod layout;
mod model;
mod rules;
#[cfg(test)]
mod tests;
pub mod training;

use sitrep_core::{Sentence, Span, Token};

use crate::tokenize::{abbreviation_kind, is_dotted_acronym, tokenize, AbbrevKind};
use features::{is_candidate, is_title_or_initial, Features, Walker};
pub use model::{BoundaryModel, ModelError};
use rules::{gap_after, token_text, Gap};

/// Tokenizes `text` and splits it into sentences. An abbreviation that ends
/// a sentence gives its period to the sentence (`etc.` -> `etc` `.`), as UD
/// English writes it.
pub fn tokenize_and_split(text: &str) -> (Vec<Token>, Vec<Sentence>) {
    tokenize_and_split_with(BoundaryModel::embedded(), text)
}

/// [`tokenize_and_split`] with a given boundary model; `None` uses the
/// rules alone.
pub fn tokenize_and_split_with(
    model: Option<&BoundaryModel>,
    text: &str,
) -> (Vec<Token>, Vec<Sentence>) {
    let mut tokens = tokenize(text);
    let mut sentences = split_sentences_with(model, text, &tokens);
    detach_final_periods(text, &mut tokens, &mut sentences);
    (tokens, sentences)
}

/// Whether the period of `tok`, the last token of a sentence, is the
/// sentence's own: ordinary abbreviations (`etc.`, `Inc.`) and lower-case
/// dotted ones (`p.m.`). EWT train splits 63 of 65 sentence-final
/// abbreviations; capitalised acronyms and initials (`U.S.`, `V.`) keep
/// their period here all the same, since later stages look names up whole.
fn final_period_detaches(tok: &str) -> bool {
    let Some(stem) = tok.strip_suffix('.') else {
        return false;
    };
    if stem.chars().count() < 2 || !stem.chars().all(|c| c.is_alphabetic() || c == '.') {
        return false;
    }
    let lower_acronym =
        is_dotted_acronym(stem) && stem.chars().next().is_some_and(char::is_lowercase);
    lower_acronym || abbreviation_kind(stem) == Some(AbbrevKind::Ordinary)
}

/// Splits the period off sentence-final abbreviations (see
/// [`final_period_detaches`]) and renumbers the sentences' token ranges.
fn detach_final_periods(text: &str, tokens: &mut Vec<Token>, sentences: &mut [Sentence]) {
    let detaches = |s: &Sentence| {
        let last = (s.tokens.1 as usize).wrapping_sub(1);
        final_period_detaches(token_text(text, tokens, last))
    };
    if !sentences.iter().any(detaches) {
        return;
    }
    let mut out = Vec::with_capacity(tokens.len() + 4);
    let mut shift = 0u32;
    for sentence in sentences.iter_mut() {
        let (first, end) = (sentence.tokens.0 as usize, sentence.tokens.1 as usize);
        let split = detaches(sentence);
        out.extend_from_slice(&tokens[first..end]);
        if split {
            if let Some(last) = out.last_mut() {
                let period = Token {
                    span: Span::new(last.span.end - 1, last.span.end),
                    space_after: last.space_after,
                    ..Token::default()
                };
                last.span.end -= 1;
                last.space_after = false;
                out.push(period);
            }
        }
        sentence.tokens.0 += shift;
        shift += u32::from(split);
        sentence.tokens.1 += shift;
    }
    *tokens = out;
}

/// Groups `tokens` (as produced by [`tokenize`] for `text`) into sentences.
/// Every token belongs to exactly one sentence; `Sentence::span` runs from
/// the first token's start to the last token's end.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    split_sentences_with(BoundaryModel::embedded(), text, tokens)
}

/// [`split_sentences`] with a given boundary model; `None` uses the rules
/// alone.
pub fn split_sentences_with(
    model: Option<&BoundaryModel>,
    text: &str,
    tokens: &[Token],
) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut walker = Walker::new(text, tokens);
    let mut features = Features::new();
    let mut first = 0usize;
    for i in 0..tokens.len() {
        let is_last = i + 1 == tokens.len();
        let gap = gap_after(text, tokens, i);
        let ends = is_last
            || match verdict(text, tokens, i, gap) {
                Verdict::Fixed(ends) => ends,
                // The classifier is trained on these gaps too (its
                // calibration relies on the easy cases), but cannot
                // overrule a bare period before a capital.
                Verdict::Learned { .. } if period_before_capital(text, tokens, i, gap) => true,
                Verdict::Learned { rule } => match model {
                    Some(model) => {
                        walker.features(i, gap, rule, &mut features);
                        model.decides_boundary(&features)
                    }
                    None => rule,
                },
            };
        walker.finish_token(i, gap);
        if ends {
            let span = Span::new(tokens[first].span.start, tokens[i].span.end);
            sentences.push(Sentence {
                span,
                tokens: (first as u32, (i + 1) as u32),
            });
            first = i + 1;
        }
    }
    sentences
}

/// Who decides the gap after a token.
enum Verdict {
    /// The rules alone.
    Fixed(bool),
    /// The classifier, told what the rules would say.
    Learned { rule: bool },
}

fn verdict(text: &str, tokens: &[Token], i: usize, gap: Gap) -> Verdict {
    if gap == Gap::BlankLine {
        return Verdict::Fixed(true);
    }
    if let Some(ends) = layout::layout_verdict(text, tokens, i, gap) {
        return Verdict::Fixed(ends);
    }
    let tok = token_text(text, tokens, i);
    let next = token_text(text, tokens, i + 1);
    let rule = rules::ends_sentence(text, tokens, i, gap);
    if !is_candidate(tok, next, gap) {
        return Verdict::Fixed(rule);
    }
    if gap == Gap::Newline {
        // Headings, list items and hard-wrapped lines: the training texts
        // (UD and CoNLL rebuilt from their sentences) have no real line
        // breaks to learn them from.
        return Verdict::Fixed(rule);
    }
    if keeps_news_convention(text, tokens, i, tok, next, gap) {
        return Verdict::Fixed(false);
    }
    if is_title_or_initial(tok) {
        return Verdict::Fixed(false);
    }
    Verdict::Learned { rule }
}

/// A bare `.`, `?` or `!` (not an ellipsis, not an abbreviation's period)
/// followed by a capitalised word ends a sentence: 9,762 of 9,827 times in
/// EWT train+dev, and nearly all the exceptions are list numbers (`: 1 .
/// In Section ...`), which stay with the classifier. So does a period with
/// closing quotes or a bracket glued to it (`." She`, `.'" She`, `.) Then`:
/// 129 of 130 in EWT; the exception was an ellipsis); after `?"` and `!"`
/// a capital may be a speech tag (`"Why?" Smith asked`), left to the
/// classifier. Left to the classifier, the rare misses were news sentences
/// (`at 5-2. Scott ...`, `art forms.'" She said`).
fn period_before_capital(text: &str, tokens: &[Token], i: usize, gap: Gap) -> bool {
    let next = token_text(text, tokens, i + 1);
    if gap != Gap::Space || !next.chars().next().is_some_and(char::is_uppercase) || i == 0 {
        return false;
    }
    let tok = token_text(text, tokens, i);
    if rules::is_closing(tok) {
        return closed_after_period(text, tokens, i);
    }
    let bare_terminal = matches!(tok, "." | "?" | "!" | "?!" | "!?" | "!!" | "??");
    if !bare_terminal {
        return false;
    }
    let prev = token_text(text, tokens, i - 1);
    let prev_is_number = prev.bytes().all(|b| b.is_ascii_digit());
    if !prev_is_number {
        return true;
    }
    // `1 .` opening a line or following a clause end is a list number.
    let list_number = i < 2
        || matches!(
            gap_after(text, tokens, i - 2),
            Gap::Newline | Gap::BlankLine
        )
        || {
            let before = token_text(text, tokens, i - 2);
            rules::is_terminal(before) || matches!(before, ":" | ";" | ")" | "\"")
        };
    !list_number
}

/// Whether the closing token `i` (with at most one more closer before it)
/// is glued to a bare `.`: `."`, `.'"`, `.)`.
fn closed_after_period(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    while j > 0 && i - j < 2 && rules::is_closing(token_text(text, tokens, j)) {
        if tokens[j - 1].span.end != tokens[j].span.start {
            return false;
        }
        j -= 1;
    }
    j < i && token_text(text, tokens, j) == "."
}

/// Gaps the classifier must not split, whatever web text taught it: a
/// lower-case word after an ellipsis (`growing... we need`) or an
/// abbreviation (`Steel Co. said`), a number after an abbreviation
/// (`Jan. 5`), a speech tag
/// after a closed quotation (`?" he asked`), a dash before a lower-case
/// word (`Poland - a large member`), a token glued to the word after it
/// (an opening quote: `"[It] will`), punctuation that cannot open a
/// sentence, and a list bullet at the start of a line.
fn keeps_news_convention(
    text: &str,
    tokens: &[Token],
    i: usize,
    tok: &str,
    next: &str,
    gap: Gap,
) -> bool {
    let Some(next_first) = next.chars().next() else {
        return false;
    };
    if gap == Gap::None {
        return !rules::is_terminal(tok)
            && (next_first.is_alphanumeric() || rules::is_opening(next));
    }
    if matches!(next_first, ',' | ';' | ':' | ')' | ']' | '}' | '%') || rules::is_terminal(next) {
        return true; // no sentence starts with these (`"... 2005" .`)
    }
    let at_line_start = i == 0
        || matches!(
            gap_after(text, tokens, i - 1),
            Gap::Newline | Gap::BlankLine
        );
    if at_line_start && rules::is_bullet(tok) {
        return true; // `- What is ...`: a list item's bullet
    }
    let abbreviation = tok.len() > 1 && tok.ends_with('.') && !rules::is_terminal(tok);
    if abbreviation && next_first.is_numeric() {
        return true; // `on Jan. 5`
    }
    if !next_first.is_lowercase() {
        return false;
    }
    let is_ellipsis = |t: &str| t.contains('…') || t.len() > 1 && t.bytes().all(|b| b == b'.');
    let after_closed_quotation = rules::is_closing(tok)
        && i > 0
        && rules::is_terminal(token_text(text, tokens, i - 1))
        && tokens[i - 1].span.end == tokens[i].span.start;
    is_ellipsis(tok) || after_closed_quotation || rules::is_bullet(tok) || abbreviation
}
