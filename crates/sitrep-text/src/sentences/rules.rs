//! The hand-written boundary rules. They decide blank lines and single
//! newlines outright and feed their verdict as a feature to the learned
//! classifier everywhere else.

use sitrep_core::Token;

use crate::tokenize::{abbreviation_kind, is_dotted_acronym, is_emoticon, AbbrevKind};

pub(super) fn token_text<'t>(text: &'t str, tokens: &[Token], i: usize) -> &'t str {
    tokens.get(i).and_then(|t| t.span.text(text)).unwrap_or("")
}

/// What lies between token `i` and the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gap {
    None,
    Space,
    Newline,
    BlankLine,
}

pub(super) fn gap_after(text: &str, tokens: &[Token], i: usize) -> Gap {
    let start = tokens[i].span.end;
    let end = tokens.get(i + 1).map_or(text.len(), |t| t.span.start);
    let between = text.get(start..end).unwrap_or("");
    if between.is_empty() {
        return Gap::None;
    }
    let newlines =
        between.bytes().filter(|&b| b == b'\n').count() + between.matches('\u{2029}').count() * 2;
    match newlines {
        0 => Gap::Space,
        1 => Gap::Newline,
        _ => Gap::BlankLine,
    }
}

pub(super) fn is_terminal(tok: &str) -> bool {
    !tok.is_empty() && tok.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

pub(super) fn is_closing(tok: &str) -> bool {
    matches!(
        tok,
        "”" | "»" | "’" | "\"" | "'" | "''" | "’’" | ")" | "]" | "}" | "›"
    )
}

pub(super) fn is_opening(tok: &str) -> bool {
    matches!(
        tok,
        "“" | "«" | "„" | "‘" | "‘‘" | "\"" | "'" | "``" | "(" | "[" | "{" | "‹"
    )
}

pub(super) fn is_bullet(tok: &str) -> bool {
    matches!(tok, "-" | "*" | "•" | "–" | "—" | "·" | "▪" | "►")
}

/// Whether a token can open a sentence: capitalised, a number, an opening
/// quote or bracket, a bullet, or a symbol.
fn can_start_sentence(tok: &str) -> bool {
    match tok.chars().next() {
        Some(c) if c.is_alphabetic() => c.is_uppercase() || !c.is_lowercase(),
        Some(c) if c.is_numeric() => true,
        Some(_) => is_opening(tok) || is_bullet(tok) || !is_terminal(tok),
        None => false,
    }
}

/// Capitalised words that typically open a sentence, used after an
/// abbreviation that may or may not end one.
fn is_sentence_opener(tok: &str) -> bool {
    const OPENERS: &[&str] = &[
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "But",
        "And",
        "In",
        "On",
        "At",
        "For",
        "As",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "However",
        "Meanwhile",
        "According",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "My",
        "What",
        "Who",
        "Why",
        "How",
        "Some",
        "Many",
        "Most",
        "All",
        "No",
        "So",
        "Then",
        "Also",
        "Earlier",
        "Later",
        "Officials",
        "Russian",
        "Its",
    ];
    OPENERS.contains(&tok)
}

/// The rules' verdict on whether a sentence ends after token `i`, given
/// the gap that follows it.
pub(super) fn ends_sentence(text: &str, tokens: &[Token], i: usize, gap: Gap) -> bool {
    if gap == Gap::BlankLine {
        return true;
    }
    let tok = token_text(text, tokens, i);
    let next = token_text(text, tokens, i + 1);

    if is_terminal(tok) {
        // Closing quotes and brackets after the period belong to this sentence.
        if gap == Gap::None && is_closing(next) {
            return false;
        }
        return next_starts_sentence(text, tokens, i, gap, tok);
    }
    if is_closing(tok) && i > 0 {
        let prev = token_text(text, tokens, i - 1);
        let glued_to_terminal = is_terminal(prev) && tokens[i - 1].span.end == tokens[i].span.start;
        if glued_to_terminal {
            if gap == Gap::None && is_closing(next) {
                return false;
            }
            // `?" he asked.`: after a closed quotation a lower-case word
            // continues the sentence (a speech tag).
            let next_lower = next.chars().next().is_some_and(char::is_lowercase);
            return !next_lower && next_starts_sentence(text, tokens, i, gap, prev);
        }
    }
    if is_emoticon(tok) && i > 0 && gap != Gap::None {
        // `I love her. :) I have ...`: the emoticon closes the sentence.
        return next.chars().next().is_some_and(char::is_uppercase);
    }
    if let Some(word) = tok.strip_suffix('.') {
        if ends_with_abbreviation(word, next) {
            return true;
        }
    }
    if gap == Gap::Newline {
        return line_break_ends_sentence(tok, next);
    }
    false
}

/// After terminal punctuation (`terminal`), whether the next token opens a
/// new sentence. Counts over EWT train guided the choices: after `.`, `?`,
/// `!` even a lower-case word starts a new sentence (229 of 240 times),
/// after an ellipsis only a capitalised one does (49 of 67; lower-case: 7
/// of 112); emoticons and closing punctuation stay with the sentence.
fn next_starts_sentence(text: &str, tokens: &[Token], i: usize, gap: Gap, terminal: &str) -> bool {
    let next = token_text(text, tokens, i + 1);
    let Some(first) = next.chars().next() else {
        return true;
    };
    if is_emoticon(next) {
        return false;
    }
    let is_ellipsis =
        terminal.contains('…') || terminal.bytes().all(|b| b == b'.') && terminal.len() > 1;
    if first.is_uppercase() {
        return true;
    }
    if first.is_lowercase() {
        return !is_ellipsis && gap != Gap::None;
    }
    if first.is_numeric() {
        return !is_ellipsis && gap != Gap::None;
    }
    // A straight quote after a space and glued to the next word opens a quotation.
    let ambiguous_quote = matches!(next, "\"" | "'");
    let glued_forward = tokens
        .get(i + 2)
        .is_some_and(|after| after.span.start == tokens[i + 1].span.end);
    if ambiguous_quote && gap != Gap::None && glued_forward {
        return true;
    }
    let continues =
        matches!(next, "," | ";" | ":" | "*" | ">>" | "%") || is_closing(next) || is_terminal(next);
    !continues
}

/// An abbreviation's period may also end the sentence (`... in the U.S. The`).
fn ends_with_abbreviation(word: &str, next: &str) -> bool {
    if word.chars().count() <= 1 {
        return false; // initials
    }
    let may_end = match abbreviation_kind(word) {
        Some(AbbrevKind::Title) => false,
        Some(AbbrevKind::Ordinary) => true,
        None => is_dotted_acronym(word),
    };
    may_end && (is_sentence_opener(next) || next.is_empty())
}

/// A single newline ends a sentence when the line before reads like a
/// heading or list item and the next line can open a sentence.
pub(super) fn line_break_ends_sentence(tok: &str, next: &str) -> bool {
    let continues = matches!(tok, "," | ";" | "-" | "–" | "—" | "(" | "“" | "«" | "&")
        || tok.chars().next().is_some_and(char::is_lowercase) && next_is_lowercase(next);
    if continues {
        return false;
    }
    can_start_sentence(next) || is_bullet(next)
}

fn next_is_lowercase(next: &str) -> bool {
    next.chars().next().is_some_and(char::is_lowercase)
}
