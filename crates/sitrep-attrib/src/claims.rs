//! Claims and hedges: how each asserting sentence is sourced.
//!
//! The rule, per sentence (one claim at most):
//! 1. **hedged** when the sentence carries an attribution to an unnamed
//!    group ("experts note", "some observers say", "according to sources"),
//!    an attribution with no source at all ("is expected to"), a hedging
//!    adverb outside quotation marks ("reportedly", "likely", "allegedly"),
//!    or an impersonal report ("it is believed that", "X is said to").
//!    The cue is the phrase that hedges.
//! 2. **source** when it carries an attribution whose source resolved to a
//!    named or described speaker; the cue is the reporting cue.
//! 3. **unattributed** when it has none of these, has a verb, and asserts
//!    an evaluation or prediction: an evaluative adjective/adverb/verb or a
//!    modal ("crucial", "stabilizing", "will", "is meant to") outside
//!    quotation marks. The cue is that predicate word. Plain factual
//!    sentences with no evaluative word are not flagged.

use sitrep_core::{Attribution, Claim, Doc, Span};

use crate::find::Found;
use crate::lexicon;
use crate::speaker::Resolved;
use crate::tree::SentenceTree;

/// One claim per sentence that asserts something, by the rule above.
pub(crate) fn claims(doc: &Doc, found: &[Found], resolved: &[Resolved]) -> Vec<Claim> {
    let mut out = Vec::new();
    for (si, s) in doc.layers.sentences.iter().enumerate() {
        let tree = SentenceTree::new(doc, s.tokens.0 as usize, s.tokens.1 as usize);
        let has_verb = (tree.start..tree.end).any(|i| matches!(tree.upos(i), "VERB" | "AUX"));
        if !has_verb {
            continue;
        }
        let sentence_span = s.span;
        let here: Vec<usize> = (0..found.len())
            .filter(|&k| {
                found[k].cue.is_some_and(|c| sentence_span.contains(c))
                    || found[k].content.overlaps(sentence_span)
                        && found[k]
                            .content
                            .contains(first_word(&tree).unwrap_or(sentence_span))
            })
            .collect();
        let sourceless = |k: usize| found[k].source.is_none() && found[k].continues.is_none();
        // A passive with no agent that does not report ("was imposed", "has
        // been locked in talks") is an event, not a claim about one.
        // The learned cue finder also marks stance and effort verbs
        // ("tried to pin him down", "took the answer"), as PolNeAR does;
        // a sentence is sourced only by a reporting verb, a quotation or a
        // phrase such as "according to".
        let content_has_verb = |k: usize| {
            (tree.start..tree.end).any(|t| {
                found[k].content.contains(tree.tokens[t].span)
                    && matches!(tree.upos(t), "VERB" | "AUX")
            })
        };
        let reports = |k: usize| {
            if found[k].direct || found[k].continues.is_some() {
                return true;
            }
            // "He will see an orphanage": perceiving a thing is no belief
            // about a state of affairs.
            if found[k].kind == lexicon::CueKind::Cognition && !content_has_verb(k) {
                return false;
            }
            let Some(c) = found[k].cue_token else {
                return true;
            };
            if doc
                .slice(tree.tokens[c].span)
                .eq_ignore_ascii_case("according")
            {
                return true;
            }
            if !matches!(tree.upos(c), "VERB" | "AUX") {
                // A noun cue speaks only for a source ("the ministry's
                // statement"), an adverb only when it hedges ("reportedly");
                // "Talks aimed at ..." reports nothing.
                let word = doc.slice(tree.tokens[c].span).to_lowercase();
                return found[k].source.is_some() || lexicon::is_hedge_word(&word);
            }
            let lemma = tree.lemma(c).to_lowercase();
            lexicon::cue_kind(&lemma).is_some() || lexicon::is_stance_verb(&lemma)
        };
        let here: Vec<usize> = here
            .into_iter()
            .filter(|&k| reports(k))
            .filter(|&k| {
                !sourceless(k) || found[k].cue_token.is_none_or(|c| !plain_passive(&tree, c))
            })
            .collect();
        // "…, asking Trump to confirm": the participle's speaker is the
        // subject of the clause it hangs on, which the resolver did not reach;
        // the sentence is still sourced, not hedged.
        let participle =
            |k: usize| sourceless(k) && found[k].cue_token.is_some_and(|c| tree.xpos(c) == "VBG");
        let vague = here
            .iter()
            .copied()
            .find(|&k| resolved[k].vague || sourceless(k) && !participle(k));
        let in_quotes = |span: Span| crate::link::in_direct_quote(found, span);
        // "X is likely to go, the minister said": the hedge is the named
        // speaker's, inside what they are reported to say, not the writer's.
        let reported = |span: Span| {
            in_quotes(span)
                || here.iter().any(|&k| {
                    found[k].source.is_some()
                        && !resolved[k].vague
                        && found[k].content.contains(span)
                })
        };
        let claim = if let Some(k) = vague {
            let cue = match (found[k].source, found[k].cue) {
                (Some(src), Some(cue)) if resolved[k].vague && src.end <= cue.start => {
                    Some(src.cover(cue))
                }
                (_, cue) => cue,
            };
            Some((Attribution::Hedged, cue))
        } else if let Some(cue) = hedge_cue(doc, &tree, &reported) {
            Some((Attribution::Hedged, Some(cue)))
        } else if let Some(&k) = here.first() {
            let cue = found[k].cue.or_else(|| {
                found[k]
                    .continues
                    .and_then(|p| found.get(p))
                    .and_then(|p| p.cue)
            });
            Some((Attribution::Source, cue))
        } else {
            evaluative_cue(doc, &tree, &in_quotes).map(|cue| (Attribution::Unattributed, Some(cue)))
        };
        if let Some((attribution, cue)) = claim {
            out.push(Claim {
                span: sentence_span,
                attribution,
                cue,
            });
        }
        let _ = si;
    }
    out
}

/// "are going to be regulated", "is set to rise": a prediction stated as
/// certain, like "will".
fn predicts(tree: &SentenceTree, i: usize, word: &str) -> bool {
    matches!(word, "going" | "set")
        && tree.children(i).iter().any(|&c| {
            tree.deprel(c) == "xcomp"
                && tree
                    .children(c)
                    .iter()
                    .any(|&m| tree.lemma(m).eq_ignore_ascii_case("to"))
        })
        && tree
            .children(i)
            .iter()
            .any(|&c| tree.lemma(c).eq_ignore_ascii_case("be"))
}

/// A passive participle with no agent whose verb does not report or hedge.
fn plain_passive(tree: &SentenceTree, i: usize) -> bool {
    let passive = tree.xpos(i) == "VBN"
        && tree
            .children(i)
            .iter()
            .any(|&c| tree.deprel(c) == "aux:pass");
    let agent = tree
        .children(i)
        .iter()
        .any(|&c| tree.deprel(c) == "obl:agent");
    passive && !agent && !lexicon::is_hedge_verb(&tree.lemma(i).to_lowercase())
}

fn first_word(tree: &SentenceTree) -> Option<Span> {
    (tree.start..tree.end).map(|i| tree.tokens[i].span).next()
}

/// A hedging adverb, an impersonal report, or a vague subject of a
/// reporting verb ("Analysts also point to").
fn hedge_cue(doc: &Doc, tree: &SentenceTree, in_quotes: &dyn Fn(Span) -> bool) -> Option<Span> {
    for i in tree.start..tree.end {
        let span = tree.tokens[i].span;
        if in_quotes(span) {
            continue;
        }
        let word = doc.slice(span).to_lowercase();
        if lexicon::is_hedge_word(&word)
            || tree.xpos(i) == "MD" && lexicon::is_epistemic_modal(&word)
        {
            return Some(span);
        }
        let lemma = tree.lemma(i).to_lowercase();
        // "the expected deal", "the rumoured merger": the writer presents
        // the thing as anticipated or talked about, not as fact.
        if tree.xpos(i) == "VBN"
            && tree.deprel(i) == "amod"
            && matches!(lemma.as_str(), "expect" | "rumor" | "rumour" | "allege")
        {
            return Some(span);
        }
        // "it emerged that", "it transpired that": news with no source.
        if matches!(lemma.as_str(), "emerge" | "transpire")
            && tree.children(i).iter().any(|&c| {
                tree.deprel(c) == "expl"
                    || doc.slice(tree.tokens[c].span).eq_ignore_ascii_case("it")
                        && tree.base_rel(c) == "nsubj"
            })
        {
            return Some(span);
        }
        if tree.upos(i) == "VERB" && lexicon::is_hedge_verb(&lemma) {
            // "it is believed that" / "he is said to have": a passive report with no agent.
            let impersonal = tree
                .children(i)
                .iter()
                .any(|&c| tree.deprel(c) == "expl" || tree.deprel(c) == "nsubj:pass");
            let agent = tree
                .children(i)
                .iter()
                .any(|&c| tree.deprel(c) == "obl:agent");
            if impersonal && !agent && tree.xpos(i) == "VBN" {
                let start = tree
                    .children(i)
                    .iter()
                    .copied()
                    .filter(|&c| matches!(tree.deprel(c), "expl" | "aux:pass"))
                    .map(|c| tree.tokens[c].span.start)
                    .min()
                    .unwrap_or(span.start);
                return Some(Span::new(start.min(span.start), span.end));
            }
            if matches!(lemma.as_str(), "seem" | "appear")
                && tree.children(i).iter().any(|&c| tree.deprel(c) == "xcomp")
            {
                return Some(span);
            }
        }
        // "is framed as", "described as … by senior officials": a passive
        // characterisation whose agent is absent or unnamed.
        let passive = tree
            .children(i)
            .iter()
            .any(|&c| tree.deprel(c) == "aux:pass")
            || tree.deprel(i).starts_with("acl");
        if tree.xpos(i) == "VBN" && passive && lexicon::is_characterizing_verb(&lemma) {
            let agent = tree
                .children(i)
                .iter()
                .copied()
                .find(|&c| tree.deprel(c) == "obl:agent");
            let named_agent = agent
                .is_some_and(|a| !lexicon::is_vague_source_head(&tree.lemma(a).to_lowercase()));
            if !named_agent {
                return Some(span);
            }
        }
        // "Analysts point to", "Experts warn": a vague group as subject of a report.
        if tree.upos(i) == "VERB" && (lexicon::cue_kind(&lemma).is_some()) {
            for &c in tree.children(i) {
                if tree.base_rel(c) == "nsubj"
                    && lexicon::is_vague_source_head(&tree.lemma(c).to_lowercase())
                    && !tree.children(c).iter().any(|&d| {
                        tree.deprel(d) == "det" && tree.lemma(d).eq_ignore_ascii_case("the")
                    })
                {
                    return Some(tree.tokens[c].span.cover(span));
                }
            }
        }
    }
    None
}

/// The first evaluative or predictive word outside quotation marks.
fn evaluative_cue(
    doc: &Doc,
    tree: &SentenceTree,
    in_quotes: &dyn Fn(Span) -> bool,
) -> Option<Span> {
    // A word inside a name ("the Strategic Military Partnership Program",
    // "Operation Decisive Storm") names something; it evaluates nothing.
    let in_name = |i: usize, span: Span| {
        tree.upos(i) == "PROPN" || doc.layers.entities.iter().any(|e| e.span.overlaps(span))
    };
    (tree.start..tree.end)
        .map(|i| (i, tree.tokens[i].span))
        .find(|&(i, span)| {
            let word = doc.slice(span).to_lowercase();
            !in_quotes(span)
                && (lexicon::is_evaluative(&word) || predicts(tree, i, &word))
                && !in_name(i, span)
        })
        .map(|(_, span)| span)
}
