//! Finding quotation regions from quote marks alone.
//!
//! Handles curly (“ ” ‘ ’), low (`„`), guillemets (« » and › ‹ reversed),
//! straight (`"`), doubled apostrophes (`''`, `` `` ``), and dialogue dashes at
//! the start of a paragraph. A quotation left open at a paragraph end closes
//! there; when the next paragraph opens with a quote mark the quotation
//! continues (the typographic convention for multi-paragraph quotes), and the
//! continued part is reported as its own region flagged `continued`.

use sitrep_core::Span;

/// A quotation found from marks: `span` includes the marks, `inner` not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct QuoteRegion {
    pub span: Span,
    pub inner: Span,
    /// Opened at a paragraph start after an unclosed quotation in the
    /// previous paragraph.
    pub continued: bool,
    /// Whether a closing mark was found (false: closed by paragraph end).
    pub closed: bool,
}

/// Whether a token's text is a quote mark.
pub(crate) fn is_quote_mark_text(word: &str) -> bool {
    matches!(
        word,
        "\"" | "''"
            | "``"
            | "\u{201c}"
            | "\u{201d}"
            | "\u{201e}"
            | "\u{00ab}"
            | "\u{00bb}"
            | "\u{2018}"
            | "\u{2019}"
            | "'"
            | "\u{201a}"
            | "\u{2039}"
            | "\u{203a}"
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// Opens only (“ „ « ``).
    Open,
    /// Closes only (” »).
    Close,
    /// Straight or doubled-apostrophe marks: direction from context.
    Either,
}

/// One quote mark occurrence: byte length, role, and whether it is a single
/// mark (‘ ’ '), which only pairs with single marks.
fn mark_at(text: &str, i: usize) -> Option<(usize, Mark, bool)> {
    let rest = &text[i..];
    let c = rest.chars().next()?;
    let next_is_word = |skip: usize| {
        rest[skip..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    };
    Some(match c {
        '\u{201c}' | '\u{201e}' | '\u{00ab}' => (c.len_utf8(), Mark::Open, false),
        '\u{201d}' | '\u{00bb}' => (c.len_utf8(), Mark::Close, false),
        '"' => (1, Mark::Either, false),
        '`' if rest.starts_with("``") => (2, Mark::Open, false),
        '\'' if rest.starts_with("''") => (2, Mark::Either, false),
        '\u{2018}' => (c.len_utf8(), Mark::Open, true),
        // An apostrophe inside a word (don’t, it's) is never a closing mark.
        '\u{2019}' | '\'' if !next_is_word(c.len_utf8()) => (c.len_utf8(), Mark::Close, true),
        '\'' if next_is_word(1) => (1, Mark::Open, true),
        _ => return None,
    })
}

/// Whether the character before `i` allows an opening mark (space, start,
/// bracket, dash or colon before it).
fn can_open(text: &str, i: usize) -> bool {
    match text[..i].chars().next_back() {
        None => true,
        Some(p) => {
            p.is_whitespace() || matches!(p, '(' | '[' | '\u{2014}' | '\u{2013}' | '-' | ':' | '/')
        }
    }
}

/// Every quotation region in `text`, in order, non-overlapping.
pub(crate) fn find_regions(text: &str) -> Vec<QuoteRegion> {
    let mut regions = Vec::new();
    // Byte offset of the current opening mark and the length of that mark.
    let mut open: Option<(usize, usize, bool)> = None;
    // Whether the open quotation began with a single mark.
    let mut open_single = false;
    let mut carried_over = false;
    let mut i = 0usize;
    let bytes = text.as_bytes();
    while i < text.len() {
        if bytes[i] == b'\n' {
            if let Some((start, len, continued)) = open.take() {
                // Unclosed at paragraph end: the quotation ends with the paragraph.
                let end = trim_end(text, i);
                if end > start + len {
                    regions.push(QuoteRegion {
                        span: Span::new(start, end),
                        inner: Span::new(start + len, end),
                        continued,
                        closed: false,
                    });
                }
                carried_over = true;
            } else if !text[..i].ends_with('\n') {
                carried_over = false;
            }
            i += 1;
            continue;
        }
        let Some((len, mark, single)) = mark_at(text, i) else {
            i += text[i..].chars().next().map(char::len_utf8).unwrap_or(1);
            continue;
        };
        // Single marks nested in a double quotation are part of its content;
        // a single closer with nothing open is an apostrophe (the students’).
        if single && (open.is_some() && !open_single || open.is_none() && mark != Mark::Open) {
            i += len;
            continue;
        }
        if !single && open.is_some() && open_single {
            i += len;
            continue;
        }
        match (open, mark) {
            (None, Mark::Open) | (None, Mark::Either) if can_open(text, i) => {
                let at_para_start =
                    i == 0 || text[..i].trim_end_matches([' ', '\t']).ends_with('\n');
                open = Some((i, len, carried_over && at_para_start));
                open_single = single;
                carried_over = false;
            }
            (Some((start, open_len, continued)), Mark::Close)
            | (Some((start, open_len, continued)), Mark::Either) => {
                regions.push(QuoteRegion {
                    span: Span::new(start, i + len),
                    inner: Span::new(start + open_len, i),
                    continued,
                    closed: true,
                });
                open = None;
                carried_over = false;
            }
            // German style „…“: the closer is the English opener.
            (Some((start, open_len, continued)), Mark::Open)
                if text[start..].starts_with('\u{201e}') =>
            {
                regions.push(QuoteRegion {
                    span: Span::new(start, i + len),
                    inner: Span::new(start + open_len, i),
                    continued,
                    closed: true,
                });
                open = None;
                carried_over = false;
            }
            (Some((_, _, continued)), Mark::Open) => {
                // A second opener inside an open quotation: the first was stray.
                open = Some((i, len, continued));
            }
            // «… (paragraph end) | Next year we plan …,» the commander
            // said: the writer did not reopen the quotation in the new
            // paragraph, but its closer shows it runs on from the start.
            (None, Mark::Close) if carried_over && !single => {
                let line = text[..i].rfind('\n').map_or(0, |n| n + 1);
                let start = line + (text[line..i].len() - text[line..i].trim_start().len());
                if start < i {
                    regions.push(QuoteRegion {
                        span: Span::new(start, i + len),
                        inner: Span::new(start, trim_end(text, i)),
                        continued: true,
                        closed: true,
                    });
                }
                carried_over = false;
            }
            _ => {}
        }
        i += len;
    }
    if let Some((start, len, continued)) = open {
        let end = trim_end(text, text.len());
        if end > start + len {
            regions.push(QuoteRegion {
                span: Span::new(start, end),
                inner: Span::new(start + len, end),
                continued,
                closed: false,
            });
        }
    }
    regions.extend(dialogue_dash_regions(text));
    regions.sort_by_key(|r| r.span.start);
    regions
}

/// An em or en dash between spaces: where a dialogue-dash quotation ends
/// and its attribution begins.
const SPACED_DASHES: [&str; 2] = [" \u{2014} ", " \u{2013} "];

/// Paragraphs opening with a dash followed by speech: “— We are ready, —
/// said the minister.” The quotation runs to the next spaced dash or the
/// paragraph end.
fn dialogue_dash_regions(text: &str) -> Vec<QuoteRegion> {
    let mut out = Vec::new();
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let indent = body.len() - body.trim_start().len();
        let trimmed = &body[indent..];
        let dash_len = ['\u{2014}', '\u{2013}']
            .iter()
            .find(|d| trimmed.starts_with(**d))
            .map(|d| d.len_utf8());
        // A hyphen stands for the dash in plain-text wires ("- We are
        // ready, - the minister said"), but also opens list items: it
        // counts only with a closing ", -" before the speaker.
        let hyphen = dash_len.is_none()
            && trimmed.starts_with("- ")
            && [", - ", "? - ", "! - "]
                .iter()
                .any(|sep| trimmed.contains(sep));
        let dash_len = dash_len.or(hyphen.then_some(1));
        if let Some(dash_len) = dash_len {
            let after = &trimmed[dash_len..];
            if after.starts_with(' ') && after.trim().len() > 1 {
                let inner_start = line_start + indent + dash_len + 1;
                let rest = &text[inner_start..line_start + body.len()];
                let separators: &[&str] = if hyphen {
                    &[", - ", "? - ", "! - "]
                } else {
                    &SPACED_DASHES
                };
                // The hyphen separator keeps its comma in the content.
                let inner_len = separators
                    .iter()
                    .filter_map(|sep| rest.find(sep).map(|at| if hyphen { at + 1 } else { at }))
                    .min()
                    .unwrap_or(rest.len());
                let inner_end = trim_end(text, inner_start + inner_len);
                if inner_end > inner_start {
                    out.push(QuoteRegion {
                        span: Span::new(line_start + indent, inner_end),
                        inner: Span::new(inner_start, inner_end),
                        continued: false,
                        closed: inner_len < rest.len(),
                    });
                }
                if !hyphen && inner_len < rest.len() {
                    let after_words = inner_start + inner_len;
                    resumed_dash_regions(text, after_words, line_start + body.len(), &mut out);
                }
            }
        }
        line_start += line.len();
    }
    out
}

/// "– We hit every target, – the commander said. – Together with our
/// allies we answer for the sky.": after the attribution's full stop a
/// spaced dash resumes the speech, up to the next spaced dash or the
/// paragraph end.
fn resumed_dash_regions(
    text: &str,
    mut from: usize,
    paragraph_end: usize,
    out: &mut Vec<QuoteRegion>,
) {
    const RESUME: [&str; 2] = [". \u{2013} ", ". \u{2014} "];
    // The attribution itself starts at a separator: skip past it.
    from += SPACED_DASHES
        .iter()
        .find(|sep| text[from..paragraph_end].starts_with(**sep))
        .map_or(0, |sep| sep.len());
    while from < paragraph_end {
        let rest = &text[from..paragraph_end];
        let Some((at, marker)) = RESUME
            .iter()
            .filter_map(|m| rest.find(m).map(|at| (at, m.len())))
            .min()
        else {
            return;
        };
        let dash_start = from + at + 2;
        let inner_start = from + at + marker;
        let tail = &text[inner_start..paragraph_end];
        let inner_len = SPACED_DASHES
            .iter()
            .filter_map(|sep| tail.find(sep))
            .min()
            .unwrap_or(tail.len());
        let inner_end = trim_end(text, inner_start + inner_len);
        if inner_end > inner_start {
            out.push(QuoteRegion {
                span: Span::new(dash_start, inner_end),
                inner: Span::new(inner_start, inner_end),
                continued: false,
                closed: inner_len < tail.len(),
            });
        }
        if inner_len == tail.len() {
            return;
        }
        from = inner_start + inner_len + 1;
    }
}

/// `end` moved left past trailing whitespace.
fn trim_end(text: &str, end: usize) -> usize {
    text[..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner<'t>(text: &'t str, r: &QuoteRegion) -> &'t str {
        &text[r.inner.start..r.inner.end]
    }

    #[test]
    fn curly_guillemets_and_low_marks() {
        let text = "He said: “We are ‘ready’.” She replied «Never», and „Gut“ was heard. ‘Fine,’ Jo’s aide said.";
        let r = find_regions(text);
        let got: Vec<&str> = r.iter().map(|x| inner(text, x)).collect();
        assert_eq!(got, vec!["We are ‘ready’.", "Never", "Gut", "Fine,"]);
        assert!(r.iter().all(|x| x.closed));
    }

    #[test]
    fn a_dash_after_the_attribution_resumes_the_speech() {
        let text = "\u{2013} We hit every target, \u{2013} the commander said. \u{2013} Together we answer for the sky.\n\nNext paragraph.";
        let r = find_regions(text);
        let got: Vec<&str> = r.iter().map(|x| inner(text, x)).collect();
        assert_eq!(
            got,
            vec!["We hit every target,", "Together we answer for the sky."]
        );
    }

    #[test]
    fn straight_and_doubled_apostrophes() {
        let text =
            "''We won,'' said Ann. Then \"more\" came; don't split it's 'mine' or the boys' toys.";
        let r = find_regions(text);
        let got: Vec<&str> = r.iter().map(|x| inner(text, x)).collect();
        assert_eq!(got, vec!["We won,", "more", "mine"]);
    }

    #[test]
    fn a_quotation_runs_on_into_a_paragraph_that_only_closes_it() {
        let text = "«The range is as close to combat as it gets.\n\nNext year we go again,» the colonel said. A «word».";
        let r = find_regions(text);
        let got: Vec<&str> = r.iter().map(|x| inner(text, x)).collect();
        assert_eq!(
            got,
            vec![
                "The range is as close to combat as it gets.",
                "Next year we go again,",
                "word"
            ]
        );
        assert!(r[1].continued && r[1].closed);
        // A closer with no quotation left open before it is no quotation.
        let text = "Plain paragraph.\n\nNext year we go again,» the colonel said.";
        assert!(find_regions(text).is_empty());
    }

    #[test]
    fn open_quote_closes_at_paragraph_and_continues() {
        let text = "The envoy said: “First part of the speech.\n“Second part,” he added.\nDone.";
        let r = find_regions(text);
        assert_eq!(r.len(), 2);
        assert_eq!(inner(text, &r[0]), "First part of the speech.");
        assert!(!r[0].closed && !r[0].continued);
        assert_eq!(inner(text, &r[1]), "Second part,");
        assert!(r[1].continued && r[1].closed);
    }

    #[test]
    fn hyphen_dialogue_needs_closing_separator() {
        let text =
            "Intro.\n- The bridge is closed, - a police officer said.\n- Share this page\nEnd.";
        let r = find_regions(text);
        assert_eq!(r.len(), 1);
        assert_eq!(inner(text, &r[0]), "The bridge is closed,");
        assert!(r[0].closed);
    }

    #[test]
    fn dialogue_dash_paragraph() {
        let text = "Intro.\n\u{2014} We will respond, \u{2014} the general said.\nNext.";
        let r = find_regions(text);
        assert_eq!(r.len(), 1);
        assert_eq!(inner(text, &r[0]), "We will respond,");
    }
}
