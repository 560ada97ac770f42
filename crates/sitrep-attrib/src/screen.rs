//! Screening of found attributions that are not someone communicating.
//!
//! The learned cue model reads PolNeAR-style attribution, where a cue is
//! any word that reports a stance. A news product needs a speaker behind a
//! quote, so two patterns are screened here, per sentence, before the
//! document-level linking:
//!
//! - a passive characterisation ("ties that are described as pragmatic by
//!   senior diplomats", "the pact is framed as a calming force"): with a
//!   `by` agent the agent is the speaker and the content runs up to it;
//!   with no agent nobody is quoted (the sentence stays a hedged claim,
//!   see `claims::hedge_cue`);
//! - an evidential verb ("illustrate", "show", "demonstrate") whose
//!   subject is neither someone who can speak nor a record of speech or
//!   data ("joint exercises illustrate a broad approach"): a description
//!   of the world, not a quote.

use sitrep_core::{Doc, EntityLabel};

use crate::find::Found;
use crate::lexicon;
use crate::tree::SentenceTree;

/// Drops or repairs the attributions `found[first..]` of one sentence.
pub(crate) fn screen(doc: &Doc, tree: &SentenceTree, found: &mut Vec<Found>, first: usize) {
    for f in &mut found[first..] {
        rejoin_of_phrase(doc, tree, f);
    }
    let mut k = first;
    while k < found.len() {
        let keep = match found[k].cue_token.filter(|&c| tree.contains(c)) {
            Some(cue) => judge(doc, tree, cue, &mut found[k]),
            None => true,
        };
        if keep {
            k += 1;
        } else {
            found.remove(k);
        }
    }
}

/// "the Head of State said" parsed with "State" as the subject: a source
/// that opens with "of" belongs to the noun right before it, which heads
/// it.
fn rejoin_of_phrase(doc: &Doc, tree: &SentenceTree, f: &mut Found) {
    let Some(source) = f.source else { return };
    let Some(of) = (tree.start..tree.end).find(|&t| tree.tokens[t].span.start == source.start)
    else {
        return;
    };
    if of <= tree.start
        || !doc.slice(tree.tokens[of].span).eq_ignore_ascii_case("of")
        || !matches!(tree.upos(of - 1), "NOUN" | "PROPN")
    {
        return;
    }
    let noun = of - 1;
    let start = if noun > tree.start && tree.upos(noun - 1) == "DET" {
        noun - 1
    } else {
        noun
    };
    f.source = Some(sitrep_core::Span::new(
        tree.tokens[start].span.start,
        source.end,
    ));
    f.source_head = Some(noun);
}

/// Whether the attribution with cue head `cue` is kept; repairs the
/// source and content of a passive characterisation with an agent.
fn judge(doc: &Doc, tree: &SentenceTree, cue: usize, f: &mut Found) -> bool {
    let lemma = tree.lemma(cue).to_lowercase();
    if is_passive_characterization(tree, cue, &lemma) {
        let Some((by, agent)) = agent_of(tree, cue) else {
            return false;
        };
        let (_, hi) = tree.subtree_range(agent, &[]);
        let (Some(source), Some(content_end)) =
            (tree.span_of(by + 1, hi), tree.span_of(cue, by - 1))
        else {
            return false;
        };
        // The characterisation runs from the model's content start up to
        // the agent ("as pragmatic and mutually useful | by diplomats"):
        // the model often takes only the first conjunct.
        if f.content.start < content_end.end && f.content.start >= tree.tokens[cue].span.end {
            f.content = sitrep_core::Span::new(f.content.start, content_end.end);
        }
        f.source = Some(source);
        f.source_head = Some(agent);
        return true;
    }
    // "The parties reviewed the progress of the programme": going over a
    // thing is an activity, not a report of speech, unless a clause says
    // what was found.
    if is_inspection_verb(&lemma)
        && !tree
            .children(cue)
            .iter()
            .any(|&c| matches!(tree.base_rel(c), "ccomp" | "parataxis"))
    {
        return false;
    }
    // "if an exercise announced for later this month is held": a
    // participle misread as the verb of an event noun. Events say nothing.
    if f.source_head
        .filter(|&h| tree.contains(h))
        .is_some_and(|h| is_event_noun(&tree.lemma(h).to_lowercase()))
    {
        return false;
    }
    // "the work is proceeding according to plan": a norm followed, not
    // a source reporting.
    if lemma == "according"
        && f.source_head
            .filter(|&h| tree.contains(h))
            .is_some_and(|h| lexicon::is_norm_noun(&tree.lemma(h).to_lowercase()))
    {
        return false;
    }
    if is_evidential_verb(&lemma) {
        let subject = f.source_head.filter(|&h| tree.contains(h)).or_else(|| {
            tree.children(cue)
                .iter()
                .copied()
                .find(|&c| tree.base_rel(c) == "nsubj")
        });
        if let Some(h) = subject {
            return can_speak(doc, tree, h);
        }
    }
    true
}

/// "are described as", "is framed as", "seen as" (a participle modifying
/// a noun): a characterising verb in the passive.
fn is_passive_characterization(tree: &SentenceTree, cue: usize, lemma: &str) -> bool {
    if !lexicon::is_characterizing_verb(lemma) || tree.xpos(cue) != "VBN" {
        return false;
    }
    // A participle on a noun counts only with its "as" ("ties described
    // as pragmatic"): "The home secretary described how …" is sometimes
    // parsed as a participle too.
    let as_next = tree.contains(cue + 1)
        && tree
            .text
            .get(tree.tokens[cue + 1].span.start..tree.tokens[cue + 1].span.end)
            .is_some_and(|w| w.eq_ignore_ascii_case("as"));
    tree.children(cue)
        .iter()
        .any(|&c| matches!(tree.deprel(c), "aux:pass" | "nsubj:pass"))
        || tree.deprel(cue).starts_with("acl") && as_next
}

/// The agent of a passive cue: a "by" after the cue whose noun hangs, at
/// most three heads up, on the cue (the parse often attaches "by senior
/// officials" to the last adjective of the characterisation). Returns
/// `(by, noun)`.
fn agent_of(tree: &SentenceTree, cue: usize) -> Option<(usize, usize)> {
    let (_, hi) = tree.subtree_range(cue, &[]);
    (cue + 1..=hi).find_map(|by| {
        let word = tree
            .text
            .get(tree.tokens[by].span.start..tree.tokens[by].span.end)?;
        if !word.eq_ignore_ascii_case("by") || tree.deprel(by) != "case" {
            return None;
        }
        let noun = tree.head(by)?;
        // "by senior officials", "by Moscow", "by some", "by many".
        if !matches!(
            tree.upos(noun),
            "NOUN" | "PROPN" | "PRON" | "DET" | "ADJ" | "NUM"
        ) {
            return None;
        }
        let mut at = noun;
        for _ in 0..4 {
            at = tree.head(at)?;
            if at == cue {
                return Some((by, noun));
            }
        }
        None
    })
}

/// Verbs of going over something ("the parties discussed improvements to
/// joint systems"): the learned cue model takes them for cues because
/// PolNeAR's annotators sometimes did; the product wants what was said.
fn is_inspection_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "review" | "inspect" | "monitor" | "evaluate" | "audit" | "discuss"
    )
}

/// Verbs that report what something shows as well as what someone says.
fn is_evidential_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "illustrate"
            | "show"
            | "demonstrate"
            | "reflect"
            | "underscore"
            | "underline"
            | "highlight"
            | "signal"
            | "indicate"
            | "suggest"
            | "prove"
            | "reveal"
            | "confirm"
            | "exemplify"
            | "showcase"
            | "mean"
    )
}

/// Whether the subject headed by `h` can be a source: a name, a personal
/// pronoun, a person, group or organisation noun, or a record of what
/// was said or measured ("the poll shows", "the statement signaled").
fn can_speak(doc: &Doc, tree: &SentenceTree, h: usize) -> bool {
    let span = tree.tokens[h].span;
    let named =
        doc.layers.entities.iter().any(|e| {
            e.span.overlaps(span) && matches!(e.label, EntityLabel::Per | EntityLabel::Org)
        });
    if named {
        return true;
    }
    let lemma = tree.lemma(h).to_lowercase();
    let word = doc.slice(span).to_lowercase();
    match tree.upos(h) {
        // "a poll, which shows": the relative pronoun stands for its noun
        // (when the parse shows it; else nothing speaks against it).
        "PRON" | "DET" if matches!(word.as_str(), "which" | "that") && tree.xpos(h) == "WDT" => {
            match tree.head(h).and_then(|v| {
                tree.deprel(v)
                    .starts_with("acl")
                    .then(|| tree.head(v))
                    .flatten()
            }) {
                Some(noun) if noun != h => can_speak(doc, tree, noun),
                _ => true,
            }
        }
        // "This shows", "these illustrate": a situation, not a speaker
        // ("it" often stands for an organisation or a report).
        "PRON" | "DET" => !matches!(
            word.as_str(),
            "this" | "that" | "these" | "those" | "what" | "all"
        ),
        "NOUN" => {
            lexicon::is_title_noun(&lemma)
                || lexicon::is_org_noun(&lemma)
                || lexicon::is_vague_source_head(&lemma)
                || is_actor_noun(&lemma)
                || is_record_noun(&lemma)
                || looks_like_agent(&lemma)
                // "an average of polls", "a series of photos": the record
                // is the noun after "of".
                || tree.children(h).iter().any(|&c| {
                    tree.base_rel(c) == "nmod"
                        && tree.upos(c) == "NOUN"
                        && is_record_noun(&tree.lemma(c).to_lowercase())
                })
                // "Ms Robinson" headed by "Ms", "the judge presiding": the
                // name or title beside the head.
                || tree.children(h).iter().any(|&c| {
                    let l = tree.lemma(c).to_lowercase();
                    match tree.deprel(c) {
                        "flat" | "appos" | "nmod:desc" => tree.upos(c) == "PROPN",
                        "compound" => {
                            tree.upos(c) == "NOUN"
                                && (lexicon::is_title_noun(&l) || is_actor_noun(&l))
                        }
                        _ => false,
                    }
                })
        }
        // Names, and heads the parse got wrong ("the judge presiding"):
        // no evidence that nobody speaks.
        _ => true,
    }
}

/// Agent nouns by their ending ("teacher", "governor", "novelist",
/// "historian", "consultant", "employee"): a person more often than not.
/// Wrongly kept words ("border", "factor") only leave an attribution as
/// it was.
fn looks_like_agent(lemma: &str) -> bool {
    ["er", "or", "ist", "ian", "ant", "ee", "man", "woman"]
        .iter()
        .any(|end| lemma.len() > end.len() + 2 && lemma.ends_with(end))
}

/// People and bodies that act and speak, beyond titles and organisations.
fn is_actor_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "person"
            | "people"
            | "man"
            | "woman"
            | "voter"
            | "resident"
            | "citizen"
            | "supporter"
            | "opponent"
            | "member"
            | "lawmaker"
            | "legislator"
            | "politician"
            | "activist"
            | "worker"
            | "soldier"
            | "officer"
            | "student"
            | "parent"
            | "family"
            | "witness"
            | "leadership"
            | "authority"
            | "country"
            | "nation"
            | "state"
            | "side"
            | "military"
            | "army"
            | "navy"
            | "police"
            | "regime"
            | "coalition"
            | "panel"
            | "cabinet"
            | "board"
            | "jury"
            | "crew"
            | "inquiry"
            | "opposition"
            | "public"
            | "community"
            | "team"
            | "scientist"
            | "historian"
            | "scholar"
            | "journalist"
            | "democrat"
            | "republican"
            | "conservative"
            | "liberal"
    )
}

/// Records of speech, data and inquiry, which "show" and "suggest" as
/// their authors do.
fn is_record_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "poll"
            | "survey"
            | "study"
            | "report"
            | "data"
            | "figure"
            | "statistic"
            | "number"
            | "result"
            | "document"
            | "record"
            | "research"
            | "analysis"
            | "statement"
            | "remark"
            | "comment"
            | "letter"
            | "memo"
            | "email"
            | "e-mail"
            | "video"
            | "footage"
            | "photo"
            | "image"
            | "tweet"
            | "post"
            | "message"
            | "speech"
            | "interview"
            | "testimony"
            | "filing"
            | "evidence"
            | "review"
            | "audit"
            | "investigation"
            | "assessment"
            | "estimate"
            | "forecast"
            | "census"
            | "book"
            | "article"
            | "paper"
            | "ad"
            | "advertisement"
            | "exit"
            | "transcript"
            | "recording"
            | "intelligence"
            | "polling"
            | "file"
            | "average"
            | "photograph"
            | "picture"
            | "movie"
            | "film"
            | "chart"
            | "graph"
            | "map"
            | "model"
            | "item"
            | "tally"
            | "count"
            | "projection"
            | "finding"
            | "account"
            | "poster"
            | "table"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_and_people_can_speak_situations_cannot() {
        assert!(is_record_noun("poll") && is_record_noun("statement"));
        assert!(is_actor_noun("voter"));
        assert!(!is_record_noun("capability") && !is_actor_noun("capability"));
        assert!(is_evidential_verb("illustrate") && !is_evidential_verb("say"));
        assert!(looks_like_agent("teacher") && looks_like_agent("novelist"));
        assert!(!looks_like_agent("capability") && !looks_like_agent("dialogue"));
    }
}

/// Nouns for events, which can be announced but never speak.
fn is_event_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "exercise" | "drill" | "drills" | "manoeuvre" | "maneuver" | "meeting" | "talks" | "summit"
    )
}
