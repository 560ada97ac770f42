//! Word-order fallbacks for a quotation whose cue the parse left without
//! a subject: the speaker is read from the noun phrase around the cue.

use sitrep_core::{Doc, Span};

use crate::find::Found;

/// Word-order fallback for a poor parse: a quotation's cue with no subject
/// takes the noun phrase between the quotation and the cue (“…,” the
/// minister added), or the one right after the cue (“…,” said the
/// minister), or for a cue before the quotation the one right before it
/// (the minister said: “…”).
pub(crate) fn fill_missing_sources(doc: &Doc, found: &mut [Found]) {
    for f in found.iter_mut() {
        fill_source(doc, f);
    }
}

/// [`fill_missing_sources`] for one direct quotation.
pub(crate) fn fill_source(doc: &Doc, f: &mut Found) {
    let tokens = &doc.layers.tokens;
    if f.source.is_some() || !f.direct {
        return;
    }
    let Some(cue) = f.cue else { return };
    let Some(s) = doc.layers.sentences.get(f.sentence) else {
        return;
    };
    let (start, end) = (s.tokens.0 as usize, (s.tokens.1 as usize).min(tokens.len()));
    let is_np_word = |i: usize| {
        matches!(
            tokens[i].upos.as_str(),
            "NOUN" | "PROPN" | "PRON" | "DET" | "ADJ"
        ) && !crate::quotes::is_quote_mark_text(doc.slice(tokens[i].span))
    };
    let after: Vec<usize> = (start..end)
        .skip_while(|&i| tokens[i].span.start < cue.end)
        .take_while(|&i| is_np_word(i))
        .collect();
    let range: Vec<usize> = if f.content.end <= cue.start {
        let between: Vec<usize> = (start..end)
            .filter(|&i| tokens[i].span.start >= f.content.end && tokens[i].span.end <= cue.start)
            .collect();
        // Nothing between the quotation and the cue: “…,” said NAME (the
        // parse sometimes makes the name part of a complement).
        if between.iter().any(|&i| is_np_word(i)) {
            between
        } else {
            after
        }
    } else {
        if after.is_empty() && cue.end <= f.content.start {
            // The noun phrase right before a cue that opens the quotation,
            // or before the comma closing its apposition ("Speaking at the
            // session, the Chief of the Joint Staff, Colonel General
            // Viktor Lebedinsky, said:").
            let mut before: Vec<usize> = (start..end)
                .filter(|&i| tokens[i].span.end <= cue.start)
                .rev()
                .skip_while(|&i| {
                    doc.slice(tokens[i].span) == "," && tokens[i].span.end + 1 >= cue.start
                })
                .take_while(|&i| is_np_word(i))
                .collect();
            before.reverse();
            before
        } else {
            after
        }
    };
    let words: Vec<usize> = range.iter().copied().filter(|&i| is_np_word(i)).collect();
    let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
        return;
    };
    if last - first > 8 {
        between_with_apposition(doc, f, &range);
        return;
    }
    let head = words
        .iter()
        .rev()
        .copied()
        .find(|&i| matches!(tokens[i].upos.as_str(), "NOUN" | "PROPN" | "PRON"));
    if head.is_some() {
        f.source = Some(Span::new(tokens[first].span.start, tokens[last].span.end));
        f.source_head = head;
    }
}

/// “…,” Andris Liepa, refugee director at the Baltic Aid Network, said:
/// the whole stretch between a quotation and its cue is the source (as
/// PolNeAR marks it, apposition and relative clause included) when it
/// opens with a name or noun phrase and its first comma closes that
/// phrase; the head is the phrase's last noun.
fn between_with_apposition(doc: &Doc, f: &mut Found, range: &[usize]) {
    let tokens = &doc.layers.tokens;
    let Some(cue) = f.cue else { return };
    if f.content.end > cue.start || range.len() > 40 {
        return;
    }
    let mut words = range.iter().copied().skip_while(|&i| {
        tokens[i].upos == "PUNCT" || crate::quotes::is_quote_mark_text(doc.slice(tokens[i].span))
    });
    let Some(first) = words.next() else { return };
    let phrase: Vec<usize> = std::iter::once(first)
        .chain(words)
        .take_while(|&i| doc.slice(tokens[i].span) != ",")
        .collect();
    let nominal = phrase.iter().all(|&i| {
        matches!(
            tokens[i].upos.as_str(),
            "PROPN" | "NOUN" | "DET" | "ADJ" | "NUM"
        )
    });
    let head = phrase
        .iter()
        .rev()
        .copied()
        .find(|&i| matches!(tokens[i].upos.as_str(), "PROPN" | "NOUN"));
    let (Some(head), Some(&last)) = (head, range.last()) else {
        return;
    };
    if !nominal || phrase.len() > 6 {
        return;
    }
    // Trailing commas and quote marks are not the source's.
    let last = (first..=last)
        .rev()
        .find(|&i| tokens[i].upos != "PUNCT")
        .unwrap_or(last);
    f.source = Some(Span::new(tokens[first].span.start, tokens[last].span.end));
    f.source_head = Some(head);
}
