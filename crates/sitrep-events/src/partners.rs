//! Partners of a meeting or an agreement named after its noun ("talks
//! with Russia", "an agreement between the ministries") where the parser
//! hung the phrase somewhere else, and the sender named after the goods of
//! a delivery ("received 16 aircraft from Russia") or the instructors of a
//! training ("under the guidance of Russian instructors").

use sitrep_core::{Actor, ActorRole, EventKind};

use crate::actors::resolve;
use crate::actors::PushActor;
use crate::detect::Candidate;
use crate::view::SentenceView;

/// Adds the partners listed after a meeting or agreement noun's
/// `with`/`between`, named or not.
pub(crate) fn after_event_nouns(
    view: &SentenceView,
    c: &Candidate,
    out: &mut Vec<Actor>,
    push: impl PushActor,
) {
    if !matches!(c.kind, EventKind::Meeting | EventKind::Agreement) {
        return;
    }
    // "talks with Russia" where the parser hung the phrase elsewhere, or
    // split a list of titled names over commas: the names listed right
    // after a meeting or agreement noun's `with`/`between` are its partners.
    let nouns = std::iter::once(c.trigger)
        .chain(c.nouns.iter().copied())
        .filter(|n| view.upos(*n) == "NOUN");
    for noun in nouns.collect::<Vec<_>>() {
        for t in crate::fallback::partners_after(view, noun) {
            // A partner is no place: a name the recognizer took for a
            // location ("talks with Euronext") is an organisation.
            let actor = resolve(view, t, ActorRole::Participant).or_else(|| {
                view.entity(t).map(|e| Actor {
                    role: ActorRole::Participant,
                    name: e.canonical.clone(),
                    span: Some(e.span),
                    country: None,
                    sector: None,
                })
            });
            if let Some(actor) = actor {
                let known = out.iter().any(|a| {
                    a.name == actor.name
                        || (a.country.is_some()
                            && a.country == actor.country
                            && a.span == actor.span)
                });
                if !known {
                    out.push(actor);
                }
            }
        }
    }
    topic_with_partner(view, c, out, &push);
    // An unnamed partner ("talks with the unions") the parser hung
    // elsewhere: the nominal the `with` marks.
    if view.upos(c.trigger) == "NOUN"
        && c.trigger + 1 < view.hi
        && matches!(view.form(c.trigger + 1), "with" | "between")
    {
        if let Some(marked) = view.head(c.trigger + 1) {
            if marked != c.trigger
                && view.head(marked) != Some(c.trigger)
                && matches!(view.upos(marked), "PROPN" | "NOUN")
            {
                push(view, marked, ActorRole::Participant, out);
            }
        }
    }
}

/// "discussed the election campaign with Mr Blair": the parser hangs the
/// partner on the topic. A topic that is itself a relation ("discussed
/// cooperation with Russia", "ties with China") keeps its phrase: there
/// the named side is what was discussed, not necessarily who discussed it.
fn topic_with_partner(
    view: &SentenceView,
    c: &Candidate,
    out: &mut Vec<Actor>,
    push: &impl PushActor,
) {
    if c.kind != EventKind::Meeting || view.upos(c.anchor) != "VERB" {
        return;
    }
    for topic in view.kids_by(c.anchor, &["obj"]).collect::<Vec<_>>() {
        if is_relation_noun(view.lemma(topic)) {
            continue;
        }
        let partners: Vec<usize> = view
            .kids_by(topic, &["nmod"])
            .filter(|&k| view.case_of(k).as_deref() == Some("with"))
            .filter(|&k| view.entity(k).is_some() || crate::nominal_actor::is_agent_noun(view, k))
            .collect();
        for k in partners {
            push(view, k, ActorRole::Participant, out);
        }
    }
}

/// Nouns naming a relation between sides, whose "with" phrase names the
/// other side of the relation.
fn is_relation_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "cooperation"
            | "co-operation"
            | "relation"
            | "relationship"
            | "tie"
            | "partnership"
            | "trade"
            | "contact"
            | "integration"
            | "alliance"
            | "dialogue"
            | "interaction"
            | "agreement"
            | "deal"
            | "treaty"
            | "dispute"
            | "conflict"
            | "row"
            | "border"
    )
}

/// "Belarus has received 16 Yak-130 aircraft from Russia", "a set of
/// S-400 systems from Russia": the parser hangs the sender on the goods
/// rather than on the verb; a name there sends them.
pub(crate) fn sender_after_goods(
    view: &SentenceView,
    c: &Candidate,
    out: &mut Vec<Actor>,
    push: impl PushActor,
) {
    if c.kind != EventKind::Delivery || view.upos(c.anchor) != "VERB" {
        return;
    }
    let mut goods: Vec<usize> = view.kids_by(c.anchor, &["obj"]).collect();
    let mut depth = 0;
    while !goods.is_empty() && depth < 3 {
        let mut next = Vec::new();
        for g in goods {
            for k in view.kids(g).to_vec() {
                match view.rel(k) {
                    "conj" => next.push(k),
                    "nmod" if view.case_of(k).as_deref() == Some("from") => {
                        let named = view
                            .entity(k)
                            .is_some_and(|e| e.label != sitrep_core::EntityLabel::Misc);
                        if named {
                            push(view, k, ActorRole::Source, out);
                        }
                    }
                    "nmod" if view.case_of(k).as_deref() == Some("of") => next.push(k),
                    _ => {}
                }
            }
        }
        goods = next;
        depth += 1;
    }
}

/// "studied the materiel under the guidance of Russian instructors",
/// "completed retraining under the supervision of Russian specialists":
/// those who guide a training take part in it.
pub(crate) fn guides_of_training(
    view: &SentenceView,
    c: &Candidate,
    out: &mut Vec<Actor>,
    push: impl PushActor,
) {
    if c.kind != EventKind::Training {
        return;
    }
    for u in view.tokens() {
        let guidance = matches!(
            view.lemma(u),
            "guidance" | "supervision" | "direction" | "mentorship" | "leadership"
        );
        if !guidance || view.case_of(u).as_deref() != Some("under") {
            continue;
        }
        let near = view.depth_below(u, c.anchor).is_some_and(|d| d <= 2)
            || view.depth_below(u, c.trigger).is_some_and(|d| d <= 2);
        if !near {
            continue;
        }
        for k in view.of_phrases(u).collect::<Vec<_>>() {
            push(view, k, ActorRole::Participant, out);
        }
    }
}

/// "A new batch of Russian-built Su-30SM2 fighters landed", "handed over
/// Russian-made Tor-M2 systems": with no sender named, the country that
/// built the goods sent them. The tokenizer splits "Russian-built" at the
/// hyphen, so the words are read in a row rather than from the parse.
pub(crate) fn maker_of_goods(view: &SentenceView, c: &Candidate, out: &mut Vec<Actor>) {
    if c.kind != EventKind::Delivery
        || view.upos(c.anchor) != "VERB"
        || out.iter().any(|a| a.role == ActorRole::Source)
    {
        return;
    }
    for t in view.lo..view.hi.saturating_sub(2) {
        let made = matches!(
            view.lemma(t + 2),
            "build" | "make" | "produce" | "manufacture"
        ) && view.ends_hyphenated(t + 2);
        if !made {
            continue;
        }
        for code in crate::COUNTRIES.countries_in(view.form(t)) {
            let actor = crate::COUNTRIES.actor(code, Some(view.tok(t).span), ActorRole::Source);
            crate::actors::add_actor(out, actor);
        }
    }
}
