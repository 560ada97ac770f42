//! Quotes, speakers, claims and hedges.
//!
//! [`AttributionStage`] reads the token, sentence, parse and entity layers
//! and fills `quotes` (who said what: cue, content, speaker, title, outlet)
//! and `claims` (each asserting sentence marked `source`, `hedged` or
//! `unattributed`, see the rule in [`claims`](crate::claims)).
//!
//! Finding is parse-driven: a reporting verb (by lemma) with a clausal
//! complement is a cue, its complement the content and its subject the
//! source. Quote marks add direct quotations the parse misses and widen
//! contents to whole multi-sentence quotations; "according to X" is its own
//! pattern. Speakers are then resolved through the document: names to their
//! canonical form, titles and appositions recorded, descriptions ("the
//! minister") and pronouns to the most recent compatible speaker.

mod claims;
mod find;
mod interview;
mod lexicon;
mod link;
mod quotes;
mod relay;
pub mod roles;
mod screen;
mod source_order;
mod speaker;
mod speaker_phrases;
mod title_words;
mod tree;

use sitrep_core::{Doc, Layer, Quote, Stage};

use crate::find::Found;
use crate::speaker::{Resolved, Resolver};
use crate::tree::SentenceTree;

/// The attribution stage: fills `Doc.layers.quotes` and `Doc.layers.claims`.
///
/// Works best with the `Tags` and `Parse` layers; without them it still
/// finds quotations by their marks and cues by word form.
#[derive(Debug, Clone, Copy, Default)]
pub struct AttributionStage;

impl Stage for AttributionStage {
    fn name(&self) -> &'static str {
        "attribution"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences, Layer::Entities]
    }

    fn provides(&self) -> &'static [Layer] {
        &[Layer::Quotes, Layer::Claims]
    }

    fn languages(&self) -> Option<&'static [&'static str]> {
        Some(&["en"])
    }

    fn run(&self, doc: &mut Doc) {
        let (quotes, claims) = analyze(doc);
        doc.layers.quotes = quotes;
        doc.layers.claims = claims;
    }
}

/// Quotes and claims of a document, without modifying it.
pub fn analyze(doc: &Doc) -> (Vec<Quote>, Vec<sitrep_core::Claim>) {
    analyze_with(doc, roles::RoleModel::embedded())
}

/// [`analyze`] with a given roles model (`None`: rules only); for training
/// and development scoring of a model that is not embedded.
pub fn analyze_with(
    doc: &Doc,
    model: Option<&roles::RoleModel>,
) -> (Vec<Quote>, Vec<sitrep_core::Claim>) {
    if doc.layers.tokens.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let regions = quotes::find_regions(&doc.text);
    let mut found: Vec<Found> = Vec::new();
    for (si, s) in doc.layers.sentences.iter().enumerate() {
        let tree = SentenceTree::new(doc, s.tokens.0 as usize, s.tokens.1 as usize);
        let first = found.len();
        if model.is_none() {
            find::verb_attributions(doc, &tree, si, &regions, &mut found);
        }
        find::according_to(&tree, si, &mut found);
        find::in_words(&tree, si, &mut found);
        if let Some(model) = model {
            let taken: Vec<usize> = found[first..].iter().filter_map(|f| f.cue_token).collect();
            let ctx = roles::context(doc, &tree, si, &regions);
            roles::find(doc, model, &ctx, si, &taken, &mut found);
        }
        find::in_poll(&tree, si, &mut found, first);
        find::transcript_line(doc, &tree, si, &mut found, first);
        if let Some(q) = interview::question(doc, si, (tree.start, tree.end), &found) {
            found.push(q);
        }
        screen::screen(doc, &tree, &mut found, first);
        relay::speaker_by_cue(doc, &tree, &mut found, first);
        relay::as_reported_opening(&tree, si, &mut found, first);
    }
    link::colon_content(doc, &mut found, &regions);
    link::absorb_regions(doc, &mut found, &regions);
    source_order::fill_missing_sources(doc, &mut found);
    link::link_regions(doc, &regions, &mut found);
    link::link_open_paragraphs(doc, &regions, &mut found);
    interview::link_answers(doc, &regions, &mut found);
    link::trim_datelines(doc, &mut found);
    link::unsourced_hedges(doc, &mut found);
    let found = link::keep_top_level(doc, found);
    let resolved = resolve_all(doc, &found);
    let quotes = found
        .iter()
        .zip(&resolved)
        .map(|(f, r)| to_quote(doc, f, r))
        .collect();
    let claims = claims::claims(doc, &found, &resolved);
    (quotes, claims)
}

/// Speakers in text order, so that descriptions and pronouns see the
/// speakers before them; continuations copy their quotation's speaker.
fn resolve_all(doc: &Doc, found: &[Found]) -> Vec<Resolved> {
    let mut resolver = Resolver::new(doc);
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&k| {
        found[k]
            .cue
            .or(found[k].source)
            .unwrap_or(found[k].content)
            .start
    });
    let mut out = vec![Resolved::default(); found.len()];
    for &k in &order {
        let f = &found[k];
        if f.continues.is_some() {
            continue;
        }
        let (Some(head), Some(span)) = (f.source_head, f.source) else {
            continue;
        };
        let Some(s) = doc.layers.sentences.get(f.sentence) else {
            continue;
        };
        let tree = SentenceTree::new(doc, s.tokens.0 as usize, s.tokens.1 as usize);
        if tree.contains(head) {
            out[k] = resolver.resolve(&tree, head, span);
        } else if let Some(hs) = doc
            .sentence_of(doc.layers.tokens[head].span.start)
            .and_then(|i| doc.layers.sentences.get(i))
        {
            let tree = SentenceTree::new(doc, hs.tokens.0 as usize, hs.tokens.1 as usize);
            out[k] = resolver.resolve(&tree, head, span);
        }
    }
    // Continuations point at the first quotation of their chain.
    for k in order {
        if let Some(prev) = found[k].continues.filter(|&p| p != k && p < out.len()) {
            out[k] = out[prev].clone();
        }
    }
    // A speaker's title stated elsewhere in the document still describes them.
    for r in out.iter_mut() {
        if r.title.is_none() {
            if let Some(name) = &r.name {
                if let Some((title, span)) = resolver.title_of(name) {
                    r.title = Some(title);
                    r.title_span = span;
                }
            }
        }
    }
    out
}

fn to_quote(doc: &Doc, f: &Found, r: &Resolved) -> Quote {
    // A quotation with no cue of its own (a paragraph continuing another,
    // an interview answer) names its speaker elsewhere: its span is the
    // quotation alone, the speaker's mention stays in `speaker_span`.
    let span = match f.cue {
        Some(cue) => f
            .source
            .map_or(f.content.cover(cue), |s| f.content.cover(cue).cover(s)),
        None => f.content,
    };
    let outlet = f
        .outlet_token
        .and_then(|t| doc.layers.tokens.get(t))
        .map(|t| {
            doc.layers
                .entities
                .iter()
                .find(|e| e.span.overlaps(t.span))
                .map(|e| e.canonical.clone())
                .unwrap_or_else(|| doc.slice(t.span).to_string())
        });
    Quote {
        span,
        content: f.content,
        direct: f.direct,
        cue: f.cue,
        speaker: r.name.clone(),
        speaker_span: f.source,
        speaker_title: r.title.clone(),
        speaker_title_span: r.title_span,
        outlet,
    }
}
