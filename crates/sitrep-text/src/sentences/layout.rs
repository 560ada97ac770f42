//! Layouts of news copy the treebank never shows, decided by rule before
//! the classifier sees them: footnote markers after a sentence ("on April
//! 20.[5] Ukrainian officials"), a dash that opens the next sentence of a
//! dash-quoted interview ("– Vasilenko explained. – But our response"),
//! the low-high quotes „…“ whose “ closes, and the bare wire dateline
//! "MINSK. 7 July (Interfax-West) - ...".

use sitrep_core::Token;

use super::rules::{gap_after, is_bullet, is_opening, is_terminal, token_text, Gap};

/// `Some(ends)` when the gap after token `i` follows one of these layouts.
pub(super) fn layout_verdict(text: &str, tokens: &[Token], i: usize, gap: Gap) -> Option<bool> {
    let tok = token_text(text, tokens, i);
    let next = token_text(text, tokens, i + 1);
    let prev = i.checked_sub(1).map_or("", |p| token_text(text, tokens, p));
    if gap == Gap::None && is_terminal(tok) && footnote_at(text, tokens, i + 1) {
        return Some(false);
    }
    if tok == "]"
        && i >= 3
        && footnote_at(text, tokens, i - 2)
        && is_terminal(token_text(text, tokens, i - 3))
    {
        let opens = next.chars().next().is_some_and(char::is_uppercase) || is_opening(next);
        return (gap == Gap::Space && opens).then_some(true);
    }
    if is_bullet(tok) && gap == Gap::Space && is_terminal(prev) {
        return Some(false);
    }
    if gap == Gap::None
        && is_terminal(tok)
        && next == "“"
        && closes_low_high_quote(text, tokens, i + 1)
    {
        return Some(false);
    }
    let opens_line = i < 2
        || matches!(
            gap_after(text, tokens, i - 2),
            Gap::Newline | Gap::BlankLine
        );
    let wire_city = prev.chars().count() >= 3 && prev.chars().all(|c| c.is_uppercase());
    if tok == "."
        && opens_line
        && wire_city
        && next.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return Some(false);
    }
    None
}

/// A footnote marker `[5]` starting at token `i`, glued to what precedes it.
fn footnote_at(text: &str, tokens: &[Token], i: usize) -> bool {
    token_text(text, tokens, i) == "["
        && i > 0
        && gap_after(text, tokens, i - 1) == Gap::None
        && token_text(text, tokens, i + 1)
            .bytes()
            .all(|b| b.is_ascii_digit())
        && !token_text(text, tokens, i + 1).is_empty()
        && token_text(text, tokens, i + 2) == "]"
}

/// “ at token `i` closes a quotation opened with „ earlier in the line.
fn closes_low_high_quote(text: &str, tokens: &[Token], i: usize) -> bool {
    let before = &text[..tokens[i].span.start];
    let line = before.rsplit('\n').next().unwrap_or(before);
    line.rfind('„')
        .is_some_and(|open| !line[open..].contains('“'))
}
