//! Tokenizer following UD English (EWT) conventions, keeping exact offsets.
//!
//! What it does: cuts text into syntactic words (`do` `n't`, `John` `'s`,
//! `can` `not`), splits punctuation, keeps abbreviations (`Gen.`, `U.S.`),
//! initials (`V.`), numbers with separators (`60,000`, `13.12.2023`, `3.5`),
//! product names with hyphens (`Su-30SM`, `Polonez-M`, `West-2025`), URLs,
//! e-mails, `@handles`, `#hashtags` and emoticons whole.
//!
//! How: one pass over whitespace-delimited chunks; inside a chunk a
//! character scanner decides at each connector (`.`, `,`, `-`, `'` ...)
//! whether the word goes on. No regex, no allocation per token: every token
//! is a byte span into the input.
//!
//! Hyphens follow the data: EWT splits most hyphenated words (`Mexican - American`,
//! `24 - hour`, `200 - 300`) but keeps prefixes (`e-mail`, `co-workers`,
//! `non-human`) and codes (`713-853-3989`). We also keep names whose second
//! part carries a digit or is a short capital suffix (`Su-30SM`, `Polonez-M`),
//! which EWT rarely has and news needs whole.
//!
//! Apostrophe-less contractions split like their spelled forms (`im` ->
//! `i` `m`, `dont` -> `do` `nt`; see `clitics`); `its` only before a word
//! that a possessive cannot precede (`its a`, `its not`). Runs of `.?!`
//! are one token except an ellipsis next to `?`/`!` (`...` `?`); separator
//! lines and arrows (`==----`, `->`) are one token.
//!
//! Known failure modes: a lone capital letter before a period is taken for an
//! initial (`Plan B.` keeps `B.`); `its` meaning "it's" before an adjective
//! (`its illegal`) stays whole; typos fused in the source (`alot`) stay whole.

mod abbrev;
mod clitics;
mod special;
#[cfg(test)]
mod tests;

use sitrep_core::{Span, Token};

pub use abbrev::{is_dotted_acronym, keeps_period, lookup as abbreviation_kind, AbbrevKind};
pub use clitics::multiword_groups;
use clitics::{elided_year_or_them, fused_split, is_clitic_tail, its_means_it_is};

/// Splits `text` into tokens (syntactic words). Only `span` and `space_after`
/// are filled; spans are byte offsets into `text`, in order, never
/// overlapping, never empty and never containing whitespace.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut pos = 0;
    while pos < text.len() {
        pos = skip_space(text, pos);
        if pos >= text.len() {
            break;
        }
        let end = chunk_end(text, pos);
        let before = out.len();
        Chunk {
            text: &text[pos..end],
            following: &text[end..],
            base: pos,
            out: &mut out,
        }
        .run();
        if out.len() > before {
            if let Some(last) = out.last_mut() {
                last.space_after = end < text.len();
            }
        }
        pos = end;
    }
    out
}

/// Whether `token` is an emoticon the tokenizer keeps whole (`:)`, `:-(`).
pub fn is_emoticon(token: &str) -> bool {
    special::emoticon(token) == Some(token.len())
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

fn skip_space(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        let b = bytes[pos];
        if b < 0x80 {
            if !b.is_ascii_whitespace() && b != 0x0B {
                return pos;
            }
            pos += 1;
        } else {
            match text[pos..].chars().next() {
                Some(c) if is_space(c) => pos += c.len_utf8(),
                _ => return pos,
            }
        }
    }
    pos
}

fn chunk_end(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        let b = bytes[pos];
        if b < 0x80 {
            if b.is_ascii_whitespace() || b == 0x0B {
                return pos;
            }
            pos += 1;
        } else {
            match text[pos..].chars().next() {
                Some(c) if is_space(c) => return pos,
                Some(c) => pos += c.len_utf8(),
                None => return pos,
            }
        }
    }
    pos
}

/// Letters, digits and the marks that belong inside a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        || c == '\u{00AD}'
}

/// Prefixes after which EWT keeps the hyphen inside the word.
const HYPHEN_PREFIXES: &[&str] = &[
    "e", "co", "pre", "post", "non", "re", "semi", "pro", "multi", "mid", "anti", "ex", "inter",
    "intra", "sub", "un", "vice", "counter", "micro", "neo", "ultra", "mega", "de", "bi", "tri",
    "quasi", "pseudo", "cyber", "mini", "over", "cross", "psycho", "socio",
];

/// The tokenizer of one whitespace-delimited chunk.
struct Chunk<'t, 'o> {
    text: &'t str,
    /// The text after the chunk, for look-ahead.
    following: &'t str,
    base: usize,
    out: &'o mut Vec<Token>,
}

impl Chunk<'_, '_> {
    fn emit(&mut self, start: usize, end: usize) {
        if end > start {
            self.out.push(Token {
                span: Span::new(self.base + start, self.base + end),
                ..Token::default()
            });
        }
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    fn char_before(&self, i: usize) -> Option<char> {
        self.text.get(..i).and_then(|s| s.chars().next_back())
    }

    fn run(&mut self) {
        let has_at = self.text.as_bytes().contains(&b'@');
        let mut p = 0;
        while p < self.text.len() {
            let rest = &self.text[p..];
            let glued_to_word = self.char_before(p).is_some_and(is_word_char);
            let special = if glued_to_word {
                // `Nice:-)`: only emoticons with a nose are safe right after a word.
                special::emoticon(rest).filter(|&n| rest[..n].contains('-') && n == 3)
            } else {
                special::url(rest)
                    .or_else(|| if has_at { special::email(rest) } else { None })
                    .or_else(|| special::handle_or_hashtag(rest))
                    .or_else(|| special::emoticon(rest))
                    .or_else(|| {
                        if p == 0 {
                            special::file_extension(rest)
                        } else {
                            None
                        }
                    })
            };
            if let Some(n) = special {
                self.emit(p, p + n);
                p += n;
                continue;
            }
            let Some(c) = rest.chars().next() else { break };
            p = if is_word_char(c) {
                self.word(p)
            } else {
                self.punct(p, c)
            };
        }
    }

    /// Length of the run of word characters starting at `i`.
    fn alnum_run(&self, i: usize) -> usize {
        let rest = self.text.get(i..).unwrap_or("");
        rest.char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(rest.len(), |(n, _)| n)
    }

    /// Scans a word starting at `start`, emits it (and any piece split off
    /// it), and returns the position after it.
    fn word(&mut self, start: usize) -> usize {
        let mut i = start;
        let mut segment_start = start;
        loop {
            i += self.alnum_run(i);
            let Some(c) = self.char_at(i) else { break };
            let after = i + c.len_utf8();
            let next = self.char_at(after);
            let prev = self.char_before(i);
            let next_is_word = next.is_some_and(is_word_char);
            let prev_digit = prev.is_some_and(|p| p.is_ascii_digit());
            let next_digit = next.is_some_and(|n| n.is_ascii_digit());
            let joins = match c {
                '.' => {
                    next_is_word
                        && !self.looks_like_missing_space(i)
                        && !self.abbreviation_glued_to_next(start, i)
                }
                // `60,000` and, as EWT has them, decimal commas (`7,5`).
                ',' => prev_digit && next_digit,
                ':' => prev_digit && next_digit,
                '/' => {
                    let segment = &self.text[segment_start..i];
                    let short_pair = segment.chars().count() == 1
                        && self.text[after..after + self.alnum_run(after)]
                            .chars()
                            .count()
                            == 1;
                    if !next_is_word && (segment == "w" || segment == "W") {
                        // `w/` for "with".
                        i = after;
                        break;
                    }
                    (prev_digit && next_digit) || short_pair
                }
                // `Warner@ENRON`: internal mail addresses without a domain.
                '@' => next_is_word,
                '&' => prev.is_some_and(char::is_uppercase) && next.is_some_and(char::is_uppercase),
                '_' => next_is_word,
                '-' | '\u{2010}' | '\u{2011}' => {
                    next_is_word && self.keeps_hyphen(segment_start, i, after)
                }
                '\'' | '’' => return self.apostrophe(start, i, c),
                _ => false,
            };
            if !joins {
                break;
            }
            i = after;
            segment_start = after;
        }
        // A final period stays with abbreviations and initials, unless it
        // starts an ellipsis (`etc...`).
        let word = &self.text[start..i];
        if self.char_at(i) == Some('.')
            && self.char_at(i + 1) != Some('.')
            && keeps_period(word)
            && self.period_stays(word, i + 1)
        {
            self.emit(start, i + 1);
            return i + 1;
        }
        // `Inc..`, `etc..`: the abbreviation keeps one period and the
        // second is the sentence's own (EWT: `Inc.` `.`), unlike `etc...`.
        let two_periods = self.char_at(i) == Some('.')
            && self.char_at(i + 1) == Some('.')
            && self.char_at(i + 2) != Some('.');
        if two_periods && word.chars().count() > 1 && keeps_period(word) {
            self.emit(start, i + 1);
            return i + 1;
        }
        if i == self.text.len() && word.len() == 3 && matches!(word, "its" | "Its") {
            if let Some(next) = self.next_word_after_chunk() {
                if its_means_it_is(next) {
                    self.emit(start, start + 2);
                    self.emit(start + 2, i);
                    return i;
                }
            }
        }
        self.emit_word(start, i);
        i
    }

    /// The next whitespace-delimited word after this chunk when it is made
    /// of letters only, on the same line (`its a`, not `its e-mail`).
    fn next_word_after_chunk(&self) -> Option<&str> {
        let rest = self.following.trim_start_matches([' ', '\t']);
        let len = rest
            .bytes()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let ends_cleanly = rest[len..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '.' | '!' | '?' | ';' | ':'));
        (len > 0 && ends_cleanly).then(|| &rest[..len])
    }

    /// Context checks for an abbreviation-like `word` whose period ends at
    /// `after`: `No.` keeps it only before a number, and a lone capital
    /// (`X.`) only when more text follows on the line (an initial).
    fn period_stays(&self, word: &str, after: usize) -> bool {
        if word == "I" {
            return false;
        }
        let next = self.next_visible_char(after);
        if abbrev::needs_number_after(word) {
            return next.is_some_and(|c| c.is_ascii_digit());
        }
        let single_upper = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if single_upper {
            return next.is_some_and(|c| c.is_alphanumeric());
        }
        true
    }

    /// The first character after `pos` that is not a space or tab, if it is
    /// on the same line.
    fn next_visible_char(&self, pos: usize) -> Option<char> {
        let rest = match self.text.get(pos..) {
            Some(r) if !r.is_empty() => r,
            _ => self.following,
        };
        rest.chars()
            .find(|&c| c != ' ' && c != '\t' && c != '\u{A0}')
            .filter(|&c| c != '\n' && c != '\r')
    }

    /// Emits `text[start..end]`, splitting fused forms (`cannot`, `gonna`,
    /// `dont`) and a trailing `am`/`pm` after digits (`3pm`).
    fn emit_word(&mut self, start: usize, end: usize) {
        let word = &self.text[start..end];
        if let Some(at) = fused_split(word) {
            self.emit(start, start + at);
            self.emit(start + at, end);
            return;
        }
        let bytes = word.as_bytes();
        if let [.., digit, a_or_p, m] = bytes {
            let is_am_pm = matches!(a_or_p, b'a' | b'A' | b'p' | b'P') && matches!(m, b'm' | b'M');
            if digit.is_ascii_digit() && is_am_pm {
                self.emit(start, end - 2);
                self.emit(end - 2, end);
                return;
            }
        }
        if let Some(at) = number_unit_split(word) {
            self.emit(start, start + at);
            self.emit(start + at, end);
            return;
        }
        self.emit(start, end);
    }

    /// `Dr.Michael`, `St.George`, `P.O.Box`, `Nov.28`: an abbreviation, an
    /// initial or a dotted acronym glued to a capitalised word or a number
    /// lost the space after its period (EWT splits them). `Ph.D`, `U.S` and
    /// `e.g` stay whole: what follows is a single letter.
    fn abbreviation_glued_to_next(&self, start: usize, dot: usize) -> bool {
        let after = dot + 1;
        let next_run = &self.text[after..after + self.alnum_run(after)];
        let mut next_chars = next_run.chars();
        let next_is_name = next_chars.next().is_some_and(char::is_uppercase)
            && next_run
                .chars()
                .skip(1)
                .filter(|c| c.is_lowercase())
                .count()
                >= 2
            && next_chars.all(char::is_alphabetic);
        let next_is_number = next_run.bytes().all(|b| b.is_ascii_digit()) && !next_run.is_empty();
        if !next_is_name && !next_is_number {
            return false;
        }
        let word = &self.text[start..dot];
        let segment = word.rsplit('.').next().unwrap_or(word);
        let listed = abbrev::lookup(segment).is_some();
        let initial_or_acronym = !next_is_number
            && (segment.chars().count() == 1 && segment.chars().all(char::is_uppercase)
                || is_dotted_acronym(word));
        listed || initial_or_acronym
    }

    /// `end.The`: a period between a lower-case word and a capitalised one is
    /// a missing space, not part of a name (`Ph.D` and `U.S` stay whole).
    fn looks_like_missing_space(&self, dot: usize) -> bool {
        let prev_lower = self.char_before(dot).is_some_and(char::is_lowercase);
        let prev2_lower = self
            .char_before(dot)
            .and_then(|p| self.char_before(dot - p.len_utf8()))
            .is_some_and(char::is_lowercase);
        let next = self.char_at(dot + 1);
        let next_upper = next.is_some_and(char::is_uppercase);
        let next2_lower = next
            .and_then(|n| self.char_at(dot + 1 + n.len_utf8()))
            .is_some_and(char::is_lowercase);
        prev_lower && prev2_lower && next_upper && next2_lower
    }

    /// Whether the hyphen at `hyphen` joins the segment before it
    /// (`text[segment_start..hyphen]`) with the one after (starting at `after`).
    fn keeps_hyphen(&self, segment_start: usize, hyphen: usize, after: usize) -> bool {
        let left = &self.text[segment_start..hyphen];
        let right_end = after + self.alnum_run(after);
        let right = &self.text[after..right_end];
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if all_digits(left) && all_digits(right) {
            // Codes and phone numbers stay whole, ranges (`2026-2030`) split.
            let continues = self.char_at(right_end) == Some('-')
                && self
                    .char_at(right_end + 1)
                    .is_some_and(|c| c.is_ascii_digit());
            let glued_before = segment_start > 0 && self.char_before(segment_start) == Some('-');
            return continues
                || glued_before
                || (left.len() >= 3 && right.len() >= 4 && left.len() != right.len());
        }
        if all_digits(left) {
            return false;
        }
        let left_lower = left.to_lowercase();
        if HYPHEN_PREFIXES.contains(&left_lower.as_str()) {
            return true;
        }
        let right_has_digit = right.bytes().any(|b| b.is_ascii_digit());
        let left_has_digit = left.bytes().any(|b| b.is_ascii_digit());
        let short_caps_suffix = right.chars().count() <= 2
            && right.chars().next().is_some_and(char::is_uppercase)
            && right
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit());
        right_has_digit || short_caps_suffix || (left_has_digit && left.len() > 1)
    }

    /// Handles an apostrophe at `at` inside the word that began at `start`:
    /// splits clitics (`do` `n't`, `John` `'s`), keeps names (`O'Brien`).
    fn apostrophe(&mut self, start: usize, at: usize, quote: char) -> usize {
        let letters_start = at + quote.len_utf8();
        let letters_end = letters_start + self.alnum_run(letters_start);
        let after = &self.text[letters_start..letters_end];
        let word = &self.text[start..at];
        if after.eq_ignore_ascii_case("t") && word.len() > 1 && word.ends_with(['n', 'N']) {
            // `don't` -> `do` `n't`; `can't` -> `ca` `n't`.
            self.emit(start, at - 1);
            self.emit(at - 1, letters_end);
            return letters_end;
        }
        // `80's`, `1590's`: a decade's plural, one token (16 of 17 digit
        // + `'s` tokens in EWT are whole). `2004's total` is a possessive.
        let decade = after.eq_ignore_ascii_case("s")
            && word.bytes().all(|b| b.is_ascii_digit())
            && word.ends_with('0');
        if decade {
            self.emit(start, letters_end);
            return letters_end;
        }
        if is_clitic_tail(after) {
            self.emit_word(start, at);
            self.emit(at, letters_end);
            return letters_end;
        }
        if !after.is_empty() && !after.bytes().all(|b| b.is_ascii_digit()) {
            // `O'Brien`, `rock'n'roll`: the apostrophe is part of the word.
            return self.word_continuing(start, letters_start);
        }
        self.emit_word(start, at);
        at
    }

    /// Continues a word after an inner apostrophe (re-entering the scanner).
    fn word_continuing(&mut self, start: usize, from: usize) -> usize {
        let before = self.out.len();
        let end = self.word(from);
        // Merge what `word` emitted for `from..` with `start..from`.
        if self.out.len() > before {
            let first = &mut self.out[before];
            first.span.start = self.base + start;
        }
        end
    }

    /// Punctuation and symbols at `p` (`c` is the character there).
    fn punct(&mut self, p: usize, c: char) -> usize {
        let after = p + c.len_utf8();
        match c {
            '\'' | '’' => {
                let letters_end = after + self.alnum_run(after);
                let glued = self.char_before(p).is_some_and(is_word_char);
                if glued && is_clitic_tail(&self.text[after..letters_end]) {
                    self.emit(p, letters_end);
                    return letters_end;
                }
                if !glued {
                    if let Some(n) = elided_year_or_them(&self.text[after..]) {
                        // `'02`, `'60s`, `'em`: one token, as in EWT.
                        self.emit(p, after + n);
                        return after + n;
                    }
                }
                if let Some(end) = self.doubled_single_quote(p, c) {
                    self.emit(p, end);
                    return end;
                }
                self.emit(p, after);
                after
            }
            '‘' => {
                let end = self.doubled_single_quote(p, c).unwrap_or(after);
                self.emit(p, end);
                end
            }
            '.' | '!' | '?' => {
                // `...`, `?!`, `.?`: one token, as in EWT; but an ellipsis
                // and a question or exclamation mark are two (`...?`, `!...`).
                let end = self.run_of(p, |c| matches!(c, '.' | '!' | '?'));
                let end = ellipsis_boundary(&self.text[p..end]).map_or(end, |n| p + n);
                self.emit(p, end);
                end
            }
            '+' if self.char_at(after).is_some_and(|n| n.is_ascii_digit())
                && !self.char_before(p).is_some_and(is_word_char) =>
            {
                // `+1` (a phone prefix or a signed number).
                self.word_continuing(p, after)
            }
            '-' | '=' | '~' | '*' | '+' | '<' | '>' | '|' | '^' | '_'
                if self.char_at(after).is_some_and(is_line_art) =>
            {
                // `---->`, `==----`, `*~*~*`, `<-`: one token, as in EWT.
                let end = self.run_of(p, is_line_art);
                self.emit(p, end);
                end
            }
            '-' | '—' | '–' | '…' | '*' | '=' | '_' | '~' | '#' | '+' | '<' | '>' | '^' | '`'
            | '/' | '$' | '\\' => {
                let end = self.run_of(p, |x| x == c);
                self.emit(p, end);
                end
            }
            _ => {
                // A symbol, with any emoji modifiers and joined emoji after it.
                let mut end = after;
                while let Some(m) = self.char_at(end) {
                    let is_modifier =
                        matches!(m as u32, 0xFE0E | 0xFE0F | 0x20E3 | 0x1F3FB..=0x1F3FF);
                    if is_modifier {
                        end += m.len_utf8();
                    } else if m == '\u{200D}' {
                        end += m.len_utf8();
                        if let Some(joined) = self.char_at(end) {
                            end += joined.len_utf8();
                        }
                    } else {
                        break;
                    }
                }
                self.emit(p, end);
                end
            }
        }
    }

    /// `''`, `’’`, `‘’`: two single quotes standing for a double one are
    /// one token (as EWT has them); returns where the pair ends.
    fn doubled_single_quote(&self, p: usize, c: char) -> Option<usize> {
        let after = p + c.len_utf8();
        let second = self.char_at(after)?;
        let pair = matches!((c, second), ('\'', '\''))
            || (matches!(c, '\'' | '’' | '‘') && matches!(second, '’' | '‘'));
        pair.then(|| after + second.len_utf8())
    }

    /// End of the run of characters matching `pred` starting at `p`.
    fn run_of(&self, p: usize, pred: impl Fn(char) -> bool) -> usize {
        let rest = &self.text[p..];
        rest.char_indices()
            .find(|&(_, c)| !pred(c))
            .map_or(self.text.len(), |(n, _)| p + n)
    }
}

/// ASCII symbols that make up separator lines and arrows (`---->`, `=-=-`).
fn is_line_art(c: char) -> bool {
    matches!(c, '-' | '=' | '~' | '*' | '+' | '<' | '>' | '|' | '^' | '_')
}

/// Where a run of `.`, `?` and `!` splits: between an ellipsis (two or more
/// periods) and the marks around it, as a byte offset into `run`.
fn ellipsis_boundary(run: &str) -> Option<usize> {
    let bytes = run.as_bytes();
    let dots = bytes.iter().take_while(|&&b| b == b'.').count();
    if dots >= 2 {
        return (dots < bytes.len()).then_some(dots);
    }
    let marks = bytes.iter().take_while(|&&b| b != b'.').count();
    let dots_after = bytes[marks..].iter().take_while(|&&b| b == b'.').count();
    (marks > 0 && dots_after >= 2).then_some(marks)
}

/// Units and magnitudes that EWT writes apart from a number (`375 mm`, `70 k`).
const UNITS: &[&str] = &[
    "k", "K", "m", "M", "mm", "cm", "km", "kg", "g", "mg", "lb", "lbs", "ft", "mph", "kph", "kmh",
    "GB", "MB", "TB", "KB", "kb", "ml", "bn", "mn", "mln", "bln", "kt", "kW", "MW", "GW", "kWh",
    "Hz", "MHz", "GHz", "sec", "min", "hrs", "yrs", "mi",
];

/// Lowercase tails that stay glued to a number: ordinals (`21st`) and
/// plurals (`1970s`, `80s`).
const NUMBER_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "s"];

/// Where a number glued to a unit or word splits (`375mm`, `3days`
/// -> after the digits), if it does. EWT writes a number apart from a
/// lowercase word glued to it (about 150 of 160 such cases in train), but
/// keeps ordinals, plurals and codes with capitals (`24C`, `4G`) whole.
fn number_unit_split(word: &str) -> Option<usize> {
    let digits = word
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',')
        .count();
    let starts_with_digit = word.bytes().next().is_some_and(|b| b.is_ascii_digit());
    if !starts_with_digit || digits == word.len() || !word.as_bytes()[digits - 1].is_ascii_digit() {
        return None;
    }
    let tail = &word[digits..];
    let lowercase_word =
        tail.bytes().all(|b| b.is_ascii_lowercase()) && !NUMBER_SUFFIXES.contains(&tail);
    (UNITS.contains(&tail) || lowercase_word).then_some(digits)
}
