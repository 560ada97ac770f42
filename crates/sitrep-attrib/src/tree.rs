//! Dependency-tree helpers over one sentence of the token layer.
//!
//! Heads in `Token::head` are document-wide indices; a [`SentenceTree`]
//! keeps the sentence's token range and each token's children so that
//! subtrees (the noun phrase of a subject, the clause of a complement) can be
//! turned into character spans.

use sitrep_core::{Doc, Span, Token};

/// Children lists and token range of one sentence.
pub(crate) struct SentenceTree<'d> {
    pub text: &'d str,
    pub tokens: &'d [Token],
    /// First token index (document-wide) of the sentence.
    pub start: usize,
    /// One past the last token index.
    pub end: usize,
    children: Vec<Vec<usize>>,
    /// Tokens read as `ccomp` whatever their label (see [`that_clause`]).
    complement: Vec<bool>,
}

impl<'d> SentenceTree<'d> {
    pub fn new(doc: &'d Doc, start: usize, end: usize) -> SentenceTree<'d> {
        let tokens = &doc.layers.tokens;
        let end = end.min(tokens.len());
        let start = start.min(end);
        let mut children = vec![Vec::new(); end - start];
        for i in start..end {
            if let Some(h) = tokens[i].head {
                let h = h as usize;
                // Heads outside the sentence come from malformed input; ignore them.
                if h >= start && h < end && h != i {
                    children[h - start].push(i);
                }
            }
        }
        let complement = (start..end)
            .map(|i| that_clause(doc, &children[i - start], i))
            .collect();
        SentenceTree {
            text: &doc.text,
            tokens,
            start,
            end,
            children,
            complement,
        }
    }

    pub fn contains(&self, i: usize) -> bool {
        i >= self.start && i < self.end
    }

    pub fn children(&self, i: usize) -> &[usize] {
        if self.contains(i) {
            &self.children[i - self.start]
        } else {
            &[]
        }
    }

    /// The head of `i` when it lies in this sentence.
    pub fn head(&self, i: usize) -> Option<usize> {
        let h = self.tokens.get(i)?.head? as usize;
        (self.contains(h) && h != i).then_some(h)
    }

    pub fn deprel(&self, i: usize) -> &str {
        if self.contains(i) && self.complement[i - self.start] {
            return "ccomp";
        }
        self.tokens.get(i).map(|t| t.deprel.as_str()).unwrap_or("")
    }

    /// The base relation without its subtype (`nsubj:pass` -> `nsubj`).
    pub fn base_rel(&self, i: usize) -> &str {
        let rel = self.deprel(i);
        rel.split(':').next().unwrap_or(rel)
    }

    pub fn lemma(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.lemma.as_str()).unwrap_or("")
    }

    pub fn xpos(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.xpos.as_str()).unwrap_or("")
    }

    pub fn upos(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.upos.as_str()).unwrap_or("")
    }

    /// Children of `i` whose relation (with subtype) is one of `rels`.
    pub fn children_with(&self, i: usize, rels: &[&str]) -> Vec<usize> {
        self.children(i)
            .iter()
            .copied()
            .filter(|&c| rels.contains(&self.deprel(c)))
            .collect()
    }

    /// The smallest and largest token index in the subtree of `i`, skipping
    /// the subtrees rooted at `exclude`. Guarded against cycles.
    pub fn subtree_range(&self, i: usize, exclude: &[usize]) -> (usize, usize) {
        let mut lo = i;
        let mut hi = i;
        let mut stack = vec![i];
        let mut seen = 0usize;
        while let Some(n) = stack.pop() {
            seen += 1;
            if seen > self.end - self.start {
                break;
            }
            lo = lo.min(n);
            hi = hi.max(n);
            for &c in self.children(n) {
                if !exclude.contains(&c) {
                    stack.push(c);
                }
            }
        }
        (lo, hi)
    }

    /// Character span of tokens `lo..=hi`, trimming punctuation at both ends
    /// unless it is a quotation mark that belongs to the span.
    pub fn span_of(&self, lo: usize, hi: usize) -> Option<Span> {
        let (lo, hi) = self.trim_punct(lo, hi)?;
        Some(Span::new(
            self.tokens[lo].span.start,
            self.tokens[hi].span.end,
        ))
    }

    /// Drops leading/trailing commas, periods, colons and dashes; keeps quote
    /// marks only when the span holds their partner.
    pub fn trim_punct(&self, mut lo: usize, mut hi: usize) -> Option<(usize, usize)> {
        if hi >= self.tokens.len() || lo > hi {
            return None;
        }
        while lo <= hi && is_edge_punct(self.text, &self.tokens[lo]) {
            lo += 1;
        }
        while hi >= lo && hi > 0 && is_edge_punct(self.text, &self.tokens[hi]) {
            hi -= 1;
        }
        (lo <= hi && !is_edge_punct(self.text, &self.tokens[lo])).then_some((lo, hi))
    }
}

/// Punctuation that never begins or ends an attribution span.
fn is_edge_punct(text: &str, t: &Token) -> bool {
    let word = t.span.text(text).unwrap_or("");
    if crate::quotes::is_quote_mark_text(word) {
        return false;
    }
    t.upos == "PUNCT"
        || matches!(
            word,
            "," | "." | ":" | ";" | "--" | "\u{2014}" | "\u{2013}" | "-"
        )
}

/// "suspected that the depot was under attack" labelled `advcl`: a
/// clause a verb governs through a bare "that" is its complement (an
/// adverbial clause takes "so that", "now that", "given that"), so the
/// attribution rules read it as `ccomp` whichever label the parser chose.
fn that_clause(doc: &Doc, children: &[usize], i: usize) -> bool {
    let tokens = &doc.layers.tokens;
    let Some(token) = tokens.get(i) else {
        return false;
    };
    if token.deprel != "advcl" {
        return false;
    }
    let verb_head = token
        .head
        .and_then(|h| tokens.get(h as usize))
        .is_some_and(|h| h.upos == "VERB");
    let mut marks = children.iter().filter(|&&c| tokens[c].deprel == "mark");
    let (Some(&mark), None) = (marks.next(), marks.next()) else {
        return false;
    };
    // "so that", "now that": a word glued before the mark makes it adverbial.
    let compound_mark = mark > 0
        && matches!(
            doc.slice(tokens[mark - 1].span)
                .to_ascii_lowercase()
                .as_str(),
            "so" | "now" | "given" | "such" | "except" | "provided" | "in"
        );
    verb_head && doc.slice(tokens[mark].span).eq_ignore_ascii_case("that") && !compound_mark
}
