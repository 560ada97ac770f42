use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's cleaned text.
///
/// Invariant: both ends lie on UTF-8 character boundaries of the text the
/// span was made for. Constructors do not check this (they cannot see the
/// text); [`Span::text`] returns `None` instead of panicking when it is
/// violated, so a buggy stage cannot crash the pipeline.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The slice of `text` this span covers, or `None` if it does not fit.
    pub fn text<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Converts byte offsets of one text into Unicode code-point offsets.
///
/// Built once per document at the output edge; lookups are a binary search
/// over the positions of multi-byte characters, so ASCII-heavy news text
/// costs almost nothing.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// Byte offsets of every non-ASCII character, with the number of extra
    /// bytes accumulated *after* that character.
    wide: Vec<(usize, usize)>,
    len_bytes: usize,
}

impl CharMap {
    pub fn new(text: &str) -> CharMap {
        let mut wide = Vec::new();
        let mut extra = 0usize;
        for (i, c) in text.char_indices() {
            let n = c.len_utf8();
            if n > 1 {
                extra += n - 1;
                wide.push((i, extra));
            }
        }
        CharMap {
            wide,
            len_bytes: text.len(),
        }
    }

    /// Code-point offset of the byte offset `byte` (clamped to the text).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        // Characters starting strictly before `byte` contribute their extra bytes.
        let idx = self.wide.partition_point(|&(pos, _)| pos < byte);
        let extra = if idx == 0 { 0 } else { self.wide[idx - 1].1 };
        byte - extra
    }

    /// Both ends of a span in code points.
    pub fn char_span(&self, span: Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }

    /// Byte offset of a code-point offset (inverse of [`CharMap::char_offset`]).
    pub fn byte_offset(&self, chars: usize) -> usize {
        // Walk the wide characters; the byte offset is chars + extra bytes of
        // every wide character that starts before it.
        let mut extra = 0usize;
        for &(pos, acc) in &self.wide {
            let prev_extra = extra;
            // The code-point index of this wide char is pos - prev_extra.
            if pos - prev_extra >= chars {
                break;
            }
            extra = acc;
        }
        (chars + extra).min(self.len_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ascii_is_identity() {
        let m = CharMap::new("hello world");
        assert_eq!(m.char_offset(5), 5);
        assert_eq!(m.byte_offset(5), 5);
    }

    #[test]
    fn curly_quotes_shift_offsets() {
        let text = "“Hi,” he said. Минск";
        let m = CharMap::new(text);
        let byte = text.find("he").unwrap_or(0);
        assert_eq!(m.char_offset(byte), 6);
        let byte = text.find("Минск").unwrap_or(0);
        assert_eq!(m.char_offset(byte), 15);
        assert_eq!(m.char_offset(text.len()), text.chars().count());
    }

    proptest! {
        #[test]
        fn char_offsets_match_char_indices(s in "\\PC{0,40}") {
            let m = CharMap::new(&s);
            for (ci, (bi, _)) in s.char_indices().enumerate() {
                prop_assert_eq!(m.char_offset(bi), ci);
                prop_assert_eq!(m.byte_offset(ci), bi);
            }
            prop_assert_eq!(m.char_offset(s.len()), s.chars().count());
        }
    }
}
