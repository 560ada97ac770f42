//! Character- and whitespace-level normalization of decoded text.
//!
//! The cleaned text is what every span of every later stage points into, so
//! it is normalized once, here, and never touched again:
//!
//! * Unicode NFC (so `й` is one code point whichever way the page wrote it,
//!   and dictionary lookups downstream match);
//! * `\r\n`, `\r`, U+2028 and U+2029 become `\n`; tabs, no-break and other
//!   Unicode spaces become a plain space, runs of spaces one space;
//! * zero-width characters, soft hyphens, BOMs and other control characters
//!   are dropped (they split words invisibly and break matching);
//! * lines are trimmed at both ends; more than one blank line in a row
//!   becomes one, and the text has no blank lines at its ends.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalizes `text` as described in the module documentation.
///
/// ```
/// let t = sitrep_clean::normalize::normalize("  A\u{a0}line \r\n\r\n\r\n\r\nNext\u{200b}one\t\t!  ");
/// assert_eq!(t, "A line\n\nNextone !");
/// ```
pub fn normalize(text: &str) -> String {
    let composed;
    let text = if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text
    } else {
        composed = text.nfc().collect::<String>();
        composed.as_str()
    };

    let mut out = String::with_capacity(text.len());
    let mut line = String::new();
    let mut pending_blank = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                '\n'
            }
            '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}' => '\n',
            _ => c,
        };
        if c == '\n' {
            push_line(&mut out, &line, &mut pending_blank);
            line.clear();
            continue;
        }
        if is_space_like(c) {
            if !line.is_empty() && !line.ends_with(' ') {
                line.push(' ');
            }
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        line.push(c);
    }
    push_line(&mut out, &line, &mut pending_blank);
    out
}

/// Appends one line, trimmed, turning any number of blank lines between two
/// non-blank ones into exactly one blank line.
fn push_line(out: &mut String, line: &str, pending_blank: &mut bool) {
    let line = line.trim_end_matches(' ');
    if line.is_empty() {
        *pending_blank = !out.is_empty();
        return;
    }
    if !out.is_empty() {
        out.push('\n');
        if *pending_blank {
            out.push('\n');
        }
    }
    *pending_blank = false;
    out.push_str(line);
}

/// Characters rendered as (or standing for) a plain space.
fn is_space_like(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Characters with no visible form that only get in the way of matching:
/// zero-width spaces and joiners, soft hyphens, BOMs, bidi controls, C0/C1
/// controls and private-use noncharacters.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{FFFE}'
            | '\u{FFFF}'
    ) || c.is_control()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_and_blank_runs() {
        assert_eq!(normalize("a\r\nb\rc\n\n\n\nd\n\n"), "a\nb\nc\n\nd");
        assert_eq!(normalize("\n\n  \nfirst"), "first");
        assert_eq!(normalize(""), "");
        assert_eq!(normalize(" \n \t \n"), "");
    }

    #[test]
    fn spaces_and_invisibles() {
        assert_eq!(normalize("a \u{2009} b\u{00AD}c\u{200D}d\u{7}"), "a bcd");
        assert_eq!(normalize("trailing   \nx"), "trailing\nx");
    }

    #[test]
    fn composes_to_nfc() {
        // "й" as и + combining breve.
        assert_eq!(normalize("\u{0438}\u{0306}"), "\u{0439}");
    }

    #[test]
    fn is_idempotent() {
        let once = normalize("A\u{a0}\u{a0}b \r\n\r\n\r\nc\u{FEFF}");
        assert_eq!(normalize(&once), once);
    }
}
