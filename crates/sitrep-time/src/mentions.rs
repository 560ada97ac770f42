//! Every number in a text, with no judgement about what it counts.

use sitrep_core::Span;

use crate::lex::{Kind, Scan};
use crate::numbers::number_at;

/// A number written in digits or words, cardinal or ordinal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberMention {
    pub span: Span,
    pub value: f64,
    pub ordinal: bool,
    /// A vague amount ("dozens", "several thousand") with a conventional value.
    pub vague: bool,
}

/// Lists the numbers of `text` left to right ("twenty-first" → 21, ordinal;
/// "60,000" → 60000; "a third" → 0.333…). Unlike [`crate::find_quantities`]
/// it keeps numbers inside dates and word ordinals.
pub fn find_numbers(text: &str) -> Vec<NumberMention> {
    let s = Scan::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if s.kind(i) == Some(Kind::Punct) {
            i += 1;
            continue;
        }
        match number_at(&s, i) {
            Some(m) if m.end > i => {
                // A leading minus sign glued to digits.
                let neg = m.digits
                    && i > 0
                    && s.is(i - 1, "-")
                    && s.glued(i)
                    && (i < 2 || s.toks[i - 1].space_before);
                let start = if neg {
                    s.toks[i - 1].start
                } else {
                    s.toks[i].start
                };
                let end = s.toks[m.end - 1].end;
                let value = if neg { -m.value } else { m.value };
                out.push(NumberMention {
                    span: Span::new(start, end),
                    value,
                    ordinal: m.ordinal,
                    vague: m.vague,
                });
                i = m.end;
            }
            _ => i += 1,
        }
    }
    out
}
