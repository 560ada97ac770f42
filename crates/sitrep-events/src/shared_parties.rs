//! Parties of a joint event that names none in its own arguments but says
//! whose it is elsewhere in its clause: "an intergovernmental agreement",
//! "held on the territory of both states", "at training grounds of Belarus
//! and Russia", "the agreement on … of Belarus and Russia was signed".
//!
//! Defence-cooperation reporting names the two states once and then
//! speaks of their agreements and exercises as belonging to "both
//! countries"; an event left without actors would lose the pair the
//! sentence itself points to.

use sitrep_core::{Actor, ActorRole, EntityLabel, EventKind};

use crate::detect::Candidate;
use crate::view::SentenceView;
use crate::COUNTRIES;

/// Modifiers that make an event the affair of two states.
fn names_two_states(lemma: &str) -> bool {
    matches!(lemma, "intergovernmental" | "interstate" | "bilateral")
}

/// Whether the event is of a kind two states share as equals.
fn shared_kind(view: &SentenceView, c: &Candidate) -> bool {
    match c.kind {
        EventKind::Agreement | EventKind::Exercise | EventKind::Meeting | EventKind::Training => {
            true
        }
        // "the joint air defence system has been on combat duty".
        EventKind::Deployment => view.lemma(c.trigger) == "duty",
        _ => false,
    }
}

/// The country a token names, when its entity is a country or capital.
fn country_at(view: &SentenceView, t: usize) -> Option<&'static str> {
    let entity = view.entity(t)?;
    crate::coref::country_of(entity, view.doc.slice(entity.span))
}

/// The parties of an event of a shared kind that found none: the pair a
/// two-state modifier of its noun, a pair phrase in its clause or two
/// coordinated countries in its clause point to.
pub(crate) fn parties_in_clause(view: &SentenceView, c: &Candidate) -> Vec<Actor> {
    if !shared_kind(view, c) {
        return Vec::new();
    }
    let role = ActorRole::Participant;
    // "an intergovernmental agreement signed in 2009": a participle's noun
    // is the event's too.
    let participle_noun = [c.trigger, c.anchor]
        .into_iter()
        .filter(|&t| view.rel(t) == "acl")
        .filter_map(|t| view.head(t));
    let heads: Vec<usize> = [c.trigger, c.anchor]
        .into_iter()
        .chain(c.nouns.iter().copied())
        .chain(participle_noun)
        .collect();
    let inside = |t: usize| heads.iter().any(|&h| view.descends_from(t, h));
    // Two countries joined by "and" inside the event's own phrases.
    for t in view.tokens().filter(|&t| inside(t)) {
        let Some(first) = country_at(view, t) else {
            continue;
        };
        let second = view
            .kids_by(t, &["conj"])
            .filter_map(|k| country_at(view, k).map(|code| (k, code)))
            .find(|(_, code)| *code != first);
        if let Some((k, code)) = second {
            return vec![
                COUNTRIES.actor(first, Some(view.tok(t).span), role),
                COUNTRIES.actor(code, Some(view.tok(k).span), role),
            ];
        }
    }
    let pair_phrase = view
        .tokens()
        .find(|&t| inside(t) && crate::coref::is_pair_phrase(view, t));
    let two_states = heads
        .iter()
        .flat_map(|&h| view.kids_by(h, &["amod", "compound"]))
        .find(|&m| names_two_states(view.lemma(m)));
    match pair_phrase.or(two_states) {
        Some(p) => crate::coref::pair(view, p, role),
        None => Vec::new(),
    }
}

/// Nouns of a check of forces, which name what they check rather than who
/// checks.
fn is_check_noun(lemma: &str) -> bool {
    matches!(lemma, "inspection" | "check" | "checkup" | "review")
}

/// The forces a snap inspection checks, which take part in it: "an
/// inspection of combat readiness of the North-Western operational
/// command", "an inspection held in the 6th brigade", "began in the units
/// of the Western command", "the contingent underwent an inspection".
pub(crate) fn inspected_forces(view: &SentenceView, c: &Candidate) -> Vec<Actor> {
    let noun = c.trigger;
    if c.kind != EventKind::Exercise || !is_check_noun(view.lemma(noun)) {
        return Vec::new();
    }
    let role = ActorRole::Participant;
    let of = |t: usize| view.of_phrases(t).next();
    let mut checked: Vec<usize> = Vec::new();
    // "of combat readiness of X": past what is checked to whose it is.
    let mut at = of(noun);
    while let Some(t) = at {
        if matches!(view.lemma(t), "readiness" | "preparedness") {
            at = of(t);
            continue;
        }
        checked.push(t);
        break;
    }
    // "held in the 6th brigade": the verb staging the check.
    let stager = match view.rel(noun) {
        "nsubj" | "nsubj:pass" | "obj" => view.head(noun),
        _ => None,
    };
    if let Some(verb) = stager.filter(|&v| view.upos(v) == "VERB") {
        checked.extend(
            view.kids_by(verb, &["obl"])
                .filter(|&o| view.case_of(o).as_deref() == Some("in")),
        );
        // "the contingent underwent an inspection".
        if view.lemma(verb) == "undergo" && view.rel(noun) == "obj" {
            checked.extend(view.kids_by(verb, &["nsubj"]));
        }
    }
    let mut out = Vec::new();
    for t in checked {
        let forces = view.entity(t).is_some_and(|e| e.label == EntityLabel::Org)
            || view.upos(t) == "NOUN" && crate::military_words::is_troop_noun(view.lemma(t));
        if !forces {
            continue;
        }
        for k in crate::modifiers::through_unnamed_formations(view, t) {
            match crate::nominal_actor::resolve(view, k, role) {
                Some(actor) => crate::actors::add_actor(&mut out, actor),
                None => crate::modifiers::national_modifiers(view, k, role, &mut out),
            }
        }
    }
    out
}

/// "The Unified Regional Air Defence System of Belarus and Russia was
/// created under an agreement signed in Moscow in 2009": an agreement
/// that names no party, even in its clause, is between the two countries
/// its sentence names, when it names exactly two.
pub(crate) fn pair_of_the_sentence(view: &SentenceView, c: &Candidate) -> Vec<Actor> {
    if c.kind != EventKind::Agreement {
        return Vec::new();
    }
    let body_start = crate::dateline::dateline_end(view).unwrap_or(0);
    let mut pair: Vec<Actor> = Vec::new();
    for t in view.tokens() {
        let span = view.tok(t).span;
        let place = view.entity(t).is_some_and(|e| e.label == EntityLabel::Loc);
        let Some(code) = COUNTRIES.country(view.form(t)).filter(|_| place) else {
            continue;
        };
        let named = pair.iter().any(|a| a.country.as_deref() == Some(code));
        if span.start >= body_start && !named {
            pair.push(COUNTRIES.actor(code, Some(span), ActorRole::Participant));
        }
    }
    if pair.len() == 2 {
        pair
    } else {
        Vec::new()
    }
}
