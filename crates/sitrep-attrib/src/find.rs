//! Parse-driven attribution finding: cue verbs with clausal complements,
//! "according to", and quotations linked to the cue next to them.
//!
//! Everything here works on token indices; spans are made at the end. The
//! parse is the primary evidence (a reporting verb's `ccomp`/`parataxis` is
//! the content, its `nsubj` the source); where the parse gives no
//! complement, quote marks and the words next to them decide.

use sitrep_core::{Doc, Span};

use crate::lexicon::{self, CueKind};
use crate::quotes::QuoteRegion;
use crate::tree::SentenceTree;

/// One attribution as found, before speaker resolution.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub sentence: usize,
    /// Cue head token, and the cue's character span.
    pub cue_token: Option<usize>,
    pub cue: Option<Span>,
    /// Source noun phrase: head token and character span.
    pub source_head: Option<usize>,
    pub source: Option<Span>,
    pub content: Span,
    pub direct: bool,
    pub kind: CueKind,
    /// Token of a relay outlet ("told BelTA").
    pub outlet_token: Option<usize>,
    /// For quotations with no cue of their own: the attribution they continue.
    pub continues: Option<usize>,
}

impl Found {
    /// An indirect report framed by a phrase ("according to X", "in his
    /// words", "in a CNN poll"): cue token and span, source head and
    /// span, content.
    fn reported_by_phrase(
        sentence: usize,
        (cue_token, cue): (usize, Span),
        (source_head, source): (usize, Span),
        content: Span,
    ) -> Found {
        Found {
            sentence,
            cue_token: Some(cue_token),
            cue: Some(cue),
            source_head: Some(source_head),
            source: Some(source),
            content,
            direct: false,
            kind: CueKind::Speech,
            outlet_token: None,
            continues: None,
        }
    }
}

/// The lemma used for lexicon lookups: the tagger's lemma, falling back to
/// the lower-cased word when the lemmatizer left it odd.
fn cue_kind_of(tree: &SentenceTree, i: usize) -> Option<CueKind> {
    let t = &tree.tokens[i];
    if !(t.upos == "VERB" || t.xpos.starts_with("VB")) {
        return None;
    }
    lexicon::cue_kind(&t.lemma.to_lowercase())
}

/// All attributions with a reporting-verb cue in one sentence.
pub(crate) fn verb_attributions(
    doc: &Doc,
    tree: &SentenceTree,
    sentence: usize,
    regions: &[QuoteRegion],
    out: &mut Vec<Found>,
) {
    for i in tree.start..tree.end {
        let Some(kind) = cue_kind_of(tree, i) else {
            continue;
        };
        let lemma = tree.lemma(i).to_lowercase();
        let content = complement(tree, i, &lemma, kind, regions);
        let Some((lo, hi, root)) = content else {
            continue;
        };
        let Some(content_span) = tree.span_of(lo, hi) else {
            continue;
        };
        let quoted = regions.iter().any(|r| r.span.overlaps(content_span));
        let nominal = matches!(tree.base_rel(root), "obj" | "obl" | "xcomp");
        if !quoted && !nominal && !(lo..=hi).any(|t| matches!(tree.upos(t), "VERB" | "AUX")) {
            continue;
        }
        let (source_head, source) = source_of(tree, i);
        let outlet_token = outlet_of(doc, tree, i);
        let mut cue = cue_span(tree, i);
        // "called for X": the preposition between cue and content joins the cue.
        if lo > i + 1
            && (i + 1..lo).all(|t| tree.deprel(t) == "case" || tree.deprel(t) == "compound:prt")
        {
            cue = cue.cover(tree.tokens[lo - 1].span);
        }
        out.push(Found {
            sentence,
            cue_token: Some(i),
            cue: Some(cue),
            source_head,
            source,
            content: content_span,
            direct: false,
            kind,
            outlet_token,
            continues: None,
        });
    }
}

/// The cue's span: the verb with a particle ("point out") when present.
pub(crate) fn cue_span(tree: &SentenceTree, i: usize) -> Span {
    let mut span = tree.tokens[i].span;
    for &c in tree.children(i) {
        if tree.deprel(c) == "compound:prt" && c == i + 1 {
            span = span.cover(tree.tokens[c].span);
        }
    }
    span
}

/// Content tokens `(lo, hi, root)` of the cue at `i`, from the parse.
pub(crate) fn complement(
    tree: &SentenceTree,
    i: usize,
    lemma: &str,
    kind: CueKind,
    regions: &[QuoteRegion],
) -> Option<(usize, usize, usize)> {
    let in_quote = |t: usize| {
        let span = tree.tokens[t].span;
        regions.iter().any(|r| r.span.contains(span))
    };
    // Clausal complement: the standard "X said (that) Y".
    if let Some(&c) = tree.children_with(i, &["ccomp"]).first() {
        let (lo, hi) = tree.subtree_range(c, &[]);
        if lo > i || hi < i {
            return Some((lo, hi, c));
        }
        // A ccomp wrapping the cue means a broken parse; keep the side away from the cue.
        return Some(if c > i {
            (i + 1, hi, c)
        } else {
            (lo, i.saturating_sub(1), c)
        });
    }
    // Reported speech after a colon or inside quotes attached as parataxis.
    for &c in tree.children_with(i, &["parataxis"]).iter() {
        let (lo, hi) = tree.subtree_range(c, &[]);
        let colon_between = (i + 1..lo).any(|t| {
            tree.text
                .get(tree.tokens[t].span.start..tree.tokens[t].span.end)
                == Some(":")
        });
        if in_quote(c) || colon_between {
            return Some((lo, hi, c));
        }
    }
    // "“…,” he said" / "X happened, the ministry told BelTA": the speech
    // verb hangs off the reported clause (parataxis, or conj after a comma).
    let own_subject = !tree.children_with(i, &["nsubj"]).is_empty();
    if matches!(tree.deprel(i), "parataxis" | "conj") || tree.deprel(i) == "ccomp" && own_subject {
        if let Some(h) = tree.head(i) {
            if h < i {
                let (lo, _) = tree.subtree_range(h, &[]);
                // The content stops where the cue's own subject begins.
                let (cue_lo, _) = tree.subtree_range(i, &[]);
                let cue_lo = (cue_lo..i).find(|&t| tree.upos(t) != "PUNCT").unwrap_or(i);
                let before_cue = tree
                    .text
                    .get(tree.tokens[lo].span.start..tree.tokens[cue_lo.max(lo)].span.start)
                    .unwrap_or("");
                let comma_before = before_cue.trim_end().ends_with(',')
                    || before_cue.trim_end().ends_with(",\u{201d}")
                    || before_cue.trim_end().ends_with(",\"");
                if cue_lo > lo && (in_quote(h) || comma_before) {
                    return Some((lo, cue_lo - 1, h));
                }
            }
        }
    }
    // Infinitival complements of intention verbs ("plans to", "is expected to", "urged X to").
    if kind == CueKind::Cognition
        || matches!(
            lemma,
            "promise"
                | "pledge"
                | "vow"
                | "threaten"
                | "urge"
                | "ask"
                | "demand"
                | "expect"
                | "claim"
                | "deny"
        )
    {
        if let Some(&c) = tree.children_with(i, &["xcomp"]).first() {
            let (lo, hi) = tree.subtree_range(c, &[]);
            if lo > i && tree.upos(c) == "VERB" {
                // "urged X to": the object is part of the content.
                let lo = tree
                    .children_with(i, &["obj"])
                    .first()
                    .map_or(lo, |&o| o.min(lo));
                return Some((lo, hi, c));
            }
        }
    }
    if lexicon::needs_clause(lemma) && !matches!(lemma, "describe" | "call" | "ask" | "want") {
        return None;
    }
    object_complement(tree, i, lemma)
}

/// Nominal content of a stance or speech verb: its object with what
/// completes it ("calling Trump a fascist", "criticized Clinton for her
/// ties"), or a prepositional object ("called for the deportation").
fn object_complement(tree: &SentenceTree, i: usize, lemma: &str) -> Option<(usize, usize, usize)> {
    let listener = lexicon::object_is_listener(lemma);
    let mut parts: Vec<usize> = Vec::new();
    for &c in tree.children(i) {
        if c < i {
            continue;
        }
        let rel = tree.deprel(c);
        let object = matches!(rel, "obj") && !listener && tree.upos(c) != "PRON"
            || rel == "obj"
                && tree.upos(c) == "PRON"
                && !listener
                && matches!(
                    lemma,
                    "support"
                        | "endorse"
                        | "praise"
                        | "criticize"
                        | "attack"
                        | "defend"
                        | "blame"
                        | "back"
                        | "oppose"
                );
        let clause = matches!(rel, "xcomp") && !parts.is_empty();
        let prepositional = tree.base_rel(c) == "obl"
            && tree.children(c).iter().any(|&k| {
                tree.deprel(k) == "case"
                    && k < c
                    && lexicon::content_preposition(&tree.lemma(k).to_lowercase())
            });
        if object || clause || prepositional && (parts.is_empty() || !listener) {
            parts.push(c);
        }
    }
    let first = *parts.first()?;
    let mut lo = usize::MAX;
    let mut hi = 0;
    for &p in &parts {
        let (a, b) = tree.subtree_range(p, &[]);
        lo = lo.min(a);
        hi = hi.max(b);
    }
    // A preposition opening the content belongs to the cue ("called for").
    while lo < hi && tree.deprel(lo) == "case" {
        lo += 1;
    }
    Some((lo, hi, first))
}

/// Source of the cue at `i`: its subject, or the subject it shares.
pub(crate) fn source_of(tree: &SentenceTree, i: usize) -> (Option<usize>, Option<Span>) {
    let subject = |v: usize| tree.children_with(v, &["nsubj", "csubj"]).first().copied();
    let mut head = subject(i);
    if head.is_none() {
        match tree.base_rel(i) {
            // "…, adding that": the subject of the verb the participle hangs on;
            // "stood and said": the first conjunct's subject.
            "advcl" | "conj" | "xcomp" => head = tree.head(i).and_then(subject),
            // "officials who said": the noun the relative clause modifies.
            "acl" => {
                head = tree.head(i);
            }
            _ => {}
        }
        if head.is_none() && tree.deprel(i) == "acl:relcl" {
            head = tree.head(i);
        }
    }
    let Some(h) = head else { return (None, None) };
    if let Some((lo, hi)) = misread_modifier_source(tree, i, h) {
        return (Some(h), tree.span_of(lo, hi));
    }
    if tree.upos(h) == "PRON" && matches!(tree.lemma(h), "who" | "that" | "which") {
        // "who said": the antecedent is the relative clause's head noun.
        if let Some(verb_head) = tree.head(i) {
            return np_span(tree, verb_head, Some(i));
        }
    }
    np_span(tree, h, None)
}

/// "Sources close to the government said": a tagger that reads "close"
/// as a verb makes the cue its conjunct and "Sources" their shared subject.
/// A conjunct with neither a conjunction nor a comma before it is no real
/// coordination: everything from the subject up to the cue names the
/// source. Returns the source's token range.
pub(crate) fn misread_modifier_source(
    tree: &SentenceTree,
    cue: usize,
    subject: usize,
) -> Option<(usize, usize)> {
    if tree.base_rel(cue) != "conj" || !tree.children_with(cue, &["nsubj"]).is_empty() {
        return None;
    }
    let first = tree.head(cue)?;
    if !(subject < first && first < cue) {
        return None;
    }
    let joined = (first + 1..cue).any(|k| matches!(tree.upos(k), "CCONJ" | "PUNCT"));
    if joined {
        return None;
    }
    let (lo, _) = tree.subtree_range(subject, &[first]);
    Some((lo, cue - 1))
}

/// Span of the noun phrase headed by `h`, leaving out a clause rooted at `skip`.
fn np_span(tree: &SentenceTree, h: usize, skip: Option<usize>) -> (Option<usize>, Option<Span>) {
    let exclude: Vec<usize> = skip.into_iter().collect();
    let (lo, hi) = tree.subtree_range(h, &exclude);
    (Some(h), tree.span_of(lo, hi))
}

/// An outlet the statement was relayed through: the object of "tell" when
/// it is an organisation or a news word, or "in an interview with X".
pub(crate) fn outlet_of(doc: &Doc, tree: &SentenceTree, i: usize) -> Option<usize> {
    let is_outlet = |t: usize| {
        names_outlet(doc, tree.tokens[t].span).unwrap_or_else(|| {
            tree.upos(t) == "PROPN" && tree.lemma(i).eq_ignore_ascii_case("tell")
        })
    };
    if tree.lemma(i).eq_ignore_ascii_case("tell") {
        for &c in tree.children(i) {
            if matches!(tree.deprel(c), "obj" | "iobj") && is_outlet(c) {
                return Some(c);
            }
        }
    }
    for &c in tree.children(i) {
        if tree.base_rel(c) != "obl" {
            continue;
        }
        // "in an interview with X", "to X", "on X's programme".
        let mut candidates = vec![c];
        candidates.extend(
            tree.children(c)
                .iter()
                .copied()
                .filter(|&n| tree.base_rel(n) == "nmod"),
        );
        for n in candidates {
            let case_ok = tree.children(n).iter().any(|&k| {
                tree.deprel(k) == "case"
                    && matches!(tree.lemma(k).to_lowercase().as_str(), "with" | "to" | "on")
            });
            if case_ok && is_outlet(n) {
                return Some(n);
            }
        }
    }
    None
}

/// Whether the word at `span` names an outlet: an organisation or other
/// name ("BelTA", "TASS"), or with no name there, a news word ("the
/// newspaper"). `None` for a word that is neither a name nor a news word.
pub(crate) fn names_outlet(doc: &Doc, span: Span) -> Option<bool> {
    match doc.layers.entities.iter().find(|e| e.span.overlaps(span)) {
        Some(e) => Some(matches!(
            e.label,
            sitrep_core::EntityLabel::Org | sitrep_core::EntityLabel::Misc
        )),
        None => lexicon::is_outlet_noun(&doc.slice(span).to_lowercase()).then_some(true),
    }
}

/// "according to X, Y": source X, content the rest of the clause.
pub(crate) fn according_to(tree: &SentenceTree, sentence: usize, out: &mut Vec<Found>) {
    for i in tree.start..tree.end.saturating_sub(1) {
        let word = tree
            .text
            .get(tree.tokens[i].span.start..tree.tokens[i].span.end)
            .unwrap_or("");
        let next = tree
            .text
            .get(tree.tokens[i + 1].span.start..tree.tokens[i + 1].span.end)
            .unwrap_or("");
        if !word.eq_ignore_ascii_case("according") || !next.eq_ignore_ascii_case("to") {
            continue;
        }
        // The source runs from after "to" to the next comma or sentence end:
        // word order is a steadier guide here than the parse, which often
        // attaches the phrase to the wrong noun.
        let source_end = (i + 2..tree.end)
            .find(|&t| {
                matches!(
                    tree.text
                        .get(tree.tokens[t].span.start..tree.tokens[t].span.end),
                    Some("," | "." | ";" | ":")
                )
            })
            .unwrap_or(tree.end);
        if source_end <= i + 2 {
            continue;
        }
        let Some(source) = tree.span_of(i + 2, source_end - 1) else {
            continue;
        };
        // The head of the source: its last noun-like word before any "of".
        let source_head = (i + 2..source_end)
            .take_while(|&t| !tree.lemma(t).eq_ignore_ascii_case("of"))
            .filter(|&t| matches!(tree.upos(t), "PROPN" | "NOUN" | "PRON"))
            .last()
            .unwrap_or(i + 2);
        // "proceeding according to plan": a norm followed, no source.
        if lexicon::is_norm_noun(&tree.lemma(source_head).to_lowercase()) {
            continue;
        }
        // Content: the rest of the sentence on the other side of the phrase.
        let content = if i == tree.start || tree.span_of(tree.start, i - 1).is_none() {
            tree.span_of(source_end + 1, tree.end - 1)
        } else {
            tree.span_of(tree.start, i - 1)
        };
        let Some(content) = content else { continue };
        let cue = tree.tokens[i].span.cover(tree.tokens[i + 1].span);
        out.push(Found::reported_by_phrase(
            sentence,
            (i, cue),
            (source_head, source),
            content,
        ));
    }
}

/// "In his words, the systems will be on duty next year", "In the words
/// of the minister, …", "In her view, …": the owner of the words is the source, the clause
/// after the comma the content, "In … words" the cue.
pub(crate) fn in_words(tree: &SentenceTree, sentence: usize, out: &mut Vec<Found>) {
    let word = |k: usize| {
        tree.text
            .get(tree.tokens[k].span.start..tree.tokens[k].span.end)
            .unwrap_or("")
    };
    let i = tree.start;
    if tree.end < i + 5 || !word(i).eq_ignore_ascii_case("in") {
        return;
    }
    let Some(comma) = (i + 2..tree.end.min(i + 12)).find(|&t| word(t) == ",") else {
        return;
    };
    // "In his words," or "In the words of X,"; "In her view," "In the
    // opinion of X," likewise.
    let framing = |k: usize| {
        matches!(
            word(k),
            "words" | "view" | "opinion" | "assessment" | "estimation" | "judgement" | "judgment"
        )
    };
    let (source_lo, source_hi, cue_end) = if comma == i + 3 && framing(i + 2) {
        (i + 1, i + 1, i + 2)
    } else if word(i + 1).eq_ignore_ascii_case("the")
        && framing(i + 2)
        && word(i + 3) == "of"
        && comma > i + 4
    {
        (i + 4, comma - 1, i + 3)
    } else {
        return;
    };
    if source_lo == i + 1 && !matches!(word(i + 1), "his" | "her" | "their") {
        return;
    }
    let source_head = (source_lo..=source_hi)
        .take_while(|&t| !tree.lemma(t).eq_ignore_ascii_case("of") || t == source_lo)
        .filter(|&t| matches!(tree.upos(t), "PROPN" | "NOUN" | "PRON"))
        .last()
        .unwrap_or(source_lo);
    let (Some(source), Some(content)) = (
        tree.span_of(source_lo, source_hi),
        tree.span_of(comma + 1, tree.end - 1),
    ) else {
        return;
    };
    let cue = tree.tokens[i].span.cover(tree.tokens[cue_end].span);
    out.push(Found::reported_by_phrase(
        sentence,
        (i + 2, cue),
        (source_head, source),
        content,
    ));
}

/// "In a CNN poll released Monday, Clinton led by five points": a poll or
/// survey framing a clause is that clause's source, with "In" as the cue
/// (as PolNeAR annotates it). Word order, as for "according to", because
/// the parse often hangs the phrase on the wrong word ("released" as the
/// main verb): the phrase opens the sentence and ends at its comma, the
/// clause after it is the content; or it follows a comma and closes the
/// sentence, and the clause before is the content. "Leads in the polls"
/// in mid-sentence is left alone: PolNeAR marks it only now and then.
pub(crate) fn in_poll(tree: &SentenceTree, sentence: usize, out: &mut Vec<Found>, first: usize) {
    let word = |k: usize| {
        tree.text
            .get(tree.tokens[k].span.start..tree.tokens[k].span.end)
            .unwrap_or("")
    };
    let is_poll = |k: usize| {
        matches!(tree.upos(k), "NOUN" | "PROPN")
            && matches!(
                word(k).to_lowercase().as_str(),
                "poll" | "polls" | "survey" | "surveys"
            )
    };
    for i in tree.start..tree.end {
        if !word(i).eq_ignore_ascii_case("in") {
            continue;
        }
        let opening = i == tree.start;
        if !opening && word(i - 1) != "," {
            continue;
        }
        // The phrase: up to the next comma (or the sentence end when closing).
        let stop = (i + 1..tree.end)
            .find(|&k| matches!(word(k), "," | "." | ";" | ":"))
            .unwrap_or(tree.end);
        if stop > i + 13 || !(i + 1..stop).any(is_poll) {
            continue;
        }
        let content = if opening {
            if stop >= tree.end || word(stop) != "," {
                continue;
            }
            tree.span_of(stop + 1, tree.end - 1)
        } else {
            if stop + 1 < tree.end {
                continue;
            }
            tree.span_of(tree.start, i - 1)
        };
        let Some(noun) = (i + 1..stop).rev().find(|&k| is_poll(k)) else {
            continue;
        };
        // The clause is already someone's ("In a survey, Gallup found that …").
        let verb = tree.head(noun);
        if verb.is_some() && out[first..].iter().any(|f| f.cue_token == verb) {
            continue;
        }
        let (Some(content), Some(source)) = (content, tree.span_of(i + 1, stop - 1)) else {
            continue;
        };
        out.push(Found::reported_by_phrase(
            sentence,
            (i, tree.tokens[i].span),
            (noun, source),
            content,
        ));
    }
}

/// A transcript line, "MATTHEWS: Well, speculation is bad": a person's
/// name opening the sentence, then a colon, then what they said. Only a
/// name the entity layer calls a person (not "Update:", not a dateline
/// place), outside the headline, whose colon the model did not take.
pub(crate) fn transcript_line(
    doc: &Doc,
    tree: &SentenceTree,
    sentence: usize,
    out: &mut Vec<Found>,
    first: usize,
) {
    if sentence == 0 {
        return;
    }
    let start = tree.start;
    let Some(colon) = (start + 1..tree.end.min(start + 5)).find(|&k| {
        tree.text
            .get(tree.tokens[k].span.start..tree.tokens[k].span.end)
            == Some(":")
    }) else {
        return;
    };
    let name = Span::new(
        tree.tokens[start].span.start,
        tree.tokens[colon - 1].span.end,
    );
    // The name here, or its last word in a person named elsewhere in the
    // document ("MATTHEWS:" after "Chris Matthews").
    let surname = tree
        .text
        .get(tree.tokens[colon - 1].span.start..tree.tokens[colon - 1].span.end)
        .unwrap_or("")
        .to_lowercase();
    let person = doc.layers.entities.iter().any(|e| {
        e.label == sitrep_core::EntityLabel::Per
            && (e.span.contains(name)
                || doc
                    .slice(e.span)
                    .to_lowercase()
                    .split_whitespace()
                    .any(|w| w == surname))
    });
    if !person
        // Sentence-initial names are sometimes tagged as nouns.
        || !(start..colon).all(|k| {
            matches!(tree.upos(k), "PROPN" | "NOUN")
                && tree
                    .text
                    .get(tree.tokens[k].span.start..tree.tokens[k].span.end)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        })
        || out[first..].iter().any(|f| f.cue_token == Some(colon))
    {
        return;
    }
    let Some(content) = tree.span_of(colon + 1, tree.end.saturating_sub(1)) else {
        return;
    };
    out.push(Found {
        sentence,
        cue_token: Some(colon),
        cue: Some(tree.tokens[colon].span),
        source_head: Some(colon - 1),
        source: Some(name),
        content,
        direct: false,
        kind: CueKind::Speech,
        outlet_token: None,
        continues: None,
    });
}
