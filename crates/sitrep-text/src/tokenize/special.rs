//! Recognisers for tokens that the ordinary rules would cut apart: URLs,
//! e-mail addresses, `@handles`, `#hashtags` and emoticons.
//!
//! Each takes the rest of a whitespace-delimited chunk (`rest`) and returns
//! the byte length of the token at its start, or `None`.

/// Emoticons kept as one token, longest first where one is a prefix of another.
const EMOTICONS: &[&str] = &[
    ":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ":'(", ";-)", "^_^", "^^", "-_-", ":)", ":(", ":D",
    ":P", ":p", ":/", ":O", ":o", ";)", ";D", ";P", "=)", "=(", "=D", "<3", "XD", "xD", ":3",
];

/// Characters that end a URL or e-mail when they are its last character.
fn is_trailing_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '\''
            | '"'
            | ')'
            | ']'
            | '}'
            | '>'
            | '»'
            | '”'
            | '’'
            | '“'
            | '‘'
            | '*'
    )
}

/// A URL starting with a scheme (`http://`, `mailto:` ...) or `www.`, up to the end of the chunk less
/// trailing punctuation (a closing parenthesis stays when the URL opened one).
pub fn url(rest: &str) -> Option<usize> {
    let head = rest
        .get(..8.min(rest.len()))
        .unwrap_or(rest)
        .to_ascii_lowercase();
    let has_scheme = head.starts_with("http://")
        || head.starts_with("https://")
        || head.starts_with("ftp://")
        || head.starts_with("www.")
        || head.starts_with("mailto:");
    if !has_scheme || rest.len() <= 7 {
        return None;
    }
    Some(trim_trailing(rest))
}

/// Length of `s` without trailing punctuation, keeping balanced parentheses.
fn trim_trailing(s: &str) -> usize {
    let mut end = s.len();
    while let Some(c) = s[..end].chars().next_back() {
        if !is_trailing_punct(c) {
            break;
        }
        if c == ')' {
            let body = &s[..end];
            let opens = body.bytes().filter(|&b| b == b'(').count();
            let closes = body.bytes().filter(|&b| b == b')').count();
            if opens >= closes {
                break;
            }
        }
        end -= c.len_utf8();
    }
    end
}

fn is_email_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

/// `name@example.org`: an ASCII local part, `@`, and a dotted domain.
pub fn email(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let first = *bytes.first()?;
    if !first.is_ascii_alphanumeric() {
        return None;
    }
    let at = bytes.iter().position(|&b| !is_email_local(b))?;
    if bytes[at] != b'@' || at == 0 {
        return None;
    }
    let domain_len = bytes[at + 1..]
        .iter()
        .take_while(|&&b| is_domain_char(b))
        .count();
    let domain = &rest[at + 1..at + 1 + domain_len];
    let domain = domain.trim_end_matches(['.', '-']);
    let dot = domain.rfind('.')?;
    let tld = &domain[dot + 1..];
    if dot == 0 || tld.len() < 2 || !tld.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    Some(at + 1 + domain.len())
}

/// `@handle` or `#hashtag` (the tag must start with a letter, so `#1` stays apart).
pub fn handle_or_hashtag(rest: &str) -> Option<usize> {
    let mut chars = rest.char_indices();
    let (_, sigil) = chars.next()?;
    if sigil != '@' && sigil != '#' {
        return None;
    }
    let (_, first) = chars.next()?;
    if !(first.is_alphabetic() || (sigil == '@' && (first.is_ascii_digit() || first == '_'))) {
        return None;
    }
    let mut end = 1 + first.len_utf8();
    for (i, c) in chars {
        if c.is_alphanumeric() || c == '_' {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    Some(end)
}

/// A file extension or domain written on its own (`.doc`, `.pdf`, `.com`):
/// a period and 2-4 lowercase letters or digits (the first a letter), then
/// the end of the chunk or trailing punctuation. Callers check that it
/// starts a chunk (`file.doc` is one word).
pub fn file_extension(rest: &str) -> Option<usize> {
    let name = rest.strip_prefix('.')?;
    let len = name
        .bytes()
        .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        .count();
    let starts_with_letter = name.bytes().next().is_some_and(|b| b.is_ascii_lowercase());
    let ends = name[len..].chars().all(is_trailing_punct);
    (starts_with_letter && (2..=4).contains(&len) && ends).then_some(1 + len)
}

/// An emoticon not glued to a following letter or digit.
pub fn emoticon(rest: &str) -> Option<usize> {
    // Called at nearly every token: reject on the first byte before trying
    // the whole list.
    let first = *rest.as_bytes().first()?;
    if !EMOTICONS.iter().any(|e| e.as_bytes()[0] == first) {
        return None;
    }
    for e in EMOTICONS {
        if let Some(after) = rest.strip_prefix(e) {
            let glued = after.chars().next().is_some_and(char::is_alphanumeric);
            if !glued {
                return Some(e.len());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_drops_trailing_punctuation_but_keeps_balanced_parens() {
        assert_eq!(
            url("https://example.org/a.html)."),
            Some("https://example.org/a.html".len())
        );
        assert_eq!(url("http://en.wikipedia.org/wiki/X_(y),"), Some(34));
        assert_eq!(url("www."), None);
        assert_eq!(url("hello"), None);
    }

    #[test]
    fn email_needs_a_dotted_domain() {
        assert_eq!(email("press@mod.gov.by."), Some("press@mod.gov.by".len()));
        assert_eq!(email("a@b"), None);
        assert_eq!(email("@b.com"), None);
    }

    #[test]
    fn handles_hashtags_and_emoticons() {
        assert_eq!(handle_or_hashtag("@BelMOD,"), Some(7));
        assert_eq!(handle_or_hashtag("#West2025!"), Some(9));
        assert_eq!(handle_or_hashtag("#1"), None);
        assert_eq!(emoticon(":-) ok"), Some(3));
        assert_eq!(emoticon(":Dave"), None);
    }

    #[test]
    fn file_extensions_stand_alone() {
        assert_eq!(file_extension(".doc"), Some(4));
        assert_eq!(file_extension(".pdf),"), Some(4));
        assert_eq!(file_extension(".mp3"), Some(4));
        assert_eq!(file_extension(".Doc"), None);
        assert_eq!(file_extension(".documents"), None);
        assert_eq!(file_extension("...so"), None);
        assert_eq!(file_extension(".5"), None);
    }
}
