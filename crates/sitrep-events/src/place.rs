//! Where a detected event happened: the place phrase the anchor, the
//! event noun or their arguments govern.

use sitrep_core::{EntityLabel, EventKind, Span};

use crate::detect::Candidate;
use crate::fields::participle_governors;
use crate::lexicon;
use crate::view::SentenceView;
use crate::COUNTRIES;
use sitrep_core::shapes::is_calendar_name;

/// The place governed by the anchor or the event noun ("in Moscow", "at
/// the Borisov training ground").
pub(crate) fn place(view: &SentenceView, c: &Candidate) -> Option<(String, Span)> {
    // "visited Chile's largest port", "a visit to Asia", "a trip to Iraq".
    if c.kind == EventKind::Meeting && matches!(view.lemma(c.trigger), "visit" | "trip") {
        for k in view.kids(c.trigger).to_vec() {
            let obj = view.full_rel(k) == "obj"
                || (view.rel(k) == "nmod" && view.case_of(k).as_deref() == Some("to"));
            if !obj {
                continue;
            }
            let tokens = view.phrase(k, &["compound", "amod", "flat", "nmod:poss", "nmod"]);
            if let Some(e) = tokens
                .iter()
                .find_map(|t| view.entity(*t).filter(|e| e.label == EntityLabel::Loc))
            {
                return Some((e.canonical.clone(), e.span));
            }
        }
    }
    let mut heads = vec![c.anchor, c.trigger];
    heads.extend(c.nouns.iter().copied());
    // One level down as a fallback: "signed by the delegates in Oslo" where
    // the parser hangs the place on the agent.
    let arguments: Vec<usize> = view
        .kids(c.anchor)
        .iter()
        .copied()
        .filter(|k| matches!(view.rel(*k), "obj" | "nsubj" | "obl"))
        .collect();
    // "received a delegation headed by the deputy minister in Minsk",
    // with the place hung on the head of the delegation.
    let members: Vec<usize> = arguments
        .iter()
        .flat_map(|&a| view.kids_by(a, &["acl"]).collect::<Vec<_>>())
        .filter(|&k| view.describes_members(k))
        .flat_map(|k| std::iter::once(k).chain(view.kids_by(k, &["obl"]).collect::<Vec<_>>()))
        .collect();
    heads.extend(arguments);
    heads.extend(members);
    // "a meeting of the defence ministries in Moscow" with the place hung
    // on the event noun's "of" phrase.
    // "the session of the CSTO Council of Defence Ministers in Moscow":
    // down the chain of "of" phrases, three deep.
    let of_phrases = std::iter::once(c.trigger)
        .chain(c.nouns.iter().copied())
        .flat_map(|n| view.of_chain(n, 3));
    heads.extend(of_phrases);
    heads.extend(participle_governors(view, c));
    // "the exercise, which is scheduled for September on the territory of
    // Russia": where the clause on the event noun puts it.
    heads.extend(crate::fields::staging_verbs(view, c));
    let own_heads = 2 + c.nouns.len();
    let heads_len = heads.len();
    for (n, h) in heads.into_iter().enumerate() {
        // "deployed an Iskander battalion to Belarus": where troops or
        // weapons go is where the deployment is, before any place their
        // description carries ("troops of the brigade in Pskov").
        if n == own_heads {
            if let Some(found) = destination(view, c) {
                return Some(found);
            }
        }
        // "former directors at WorldCom": where a person works is no venue.
        let of_people = h != c.anchor
            && h != c.trigger
            && (crate::agency::is_people_noun(view.lemma(h))
                || crate::nominal_actor::is_agent_noun(view, h));
        for k in view.kids(h) {
            let k = *k;
            if of_people && view.entity(k).is_none_or(|e| e.label != EntityLabel::Loc) {
                continue;
            }
            if !matches!(view.rel(k), "obl" | "nmod" | "advmod") {
                continue;
            }
            if k == c.trigger || c.nouns.contains(&k) {
                continue;
            }
            let case = view.case_of(k).unwrap_or_default();
            // "patrolled along the border", "flew over the Grodno region":
            // where forces move is where they are deployed.
            let route = matches!(case.as_str(), "along" | "over" | "across")
                && c.kind == EventKind::Deployment;
            if !route
                && !matches!(
                    case.as_str(),
                    "in" | "at" | "near" | "on" | "inside" | "outside"
                )
            {
                continue;
            }
            // "a ban on China": the country a sanction is on is its target.
            if case == "on" && c.kind == EventKind::Sanction {
                continue;
            }
            // "on board Il-76 aircraft": a vehicle is no place.
            if lexicon::is_materiel_noun(view.lemma(k)) {
                continue;
            }
            if let Some(found) = place_phrase(view, k) {
                return Some(found);
            }
        }
    }
    // With argument heads the destination was already asked at the first.
    let unasked = if heads_len > own_heads {
        None
    } else {
        destination(view, c)
    };
    unasked.or_else(|| there(view, c))
}

/// The "to"/"into" phrase of a deployment's verb or noun.
fn destination(view: &SentenceView, c: &Candidate) -> Option<(String, Span)> {
    if c.kind != EventKind::Deployment {
        return None;
    }
    // "send 2,000 soldiers to its border" with the phrase hung on the
    // soldiers.
    let objects = view.kids_by(c.anchor, &["obj"]).collect::<Vec<_>>();
    // "reached Brest by rail", "is due to leave Baranovichi": the verb's
    // object is where the forces go or stand.
    if matches!(view.lemma(c.trigger), "reach" | "enter" | "leave") {
        if let Some(place) = objects.iter().find_map(|&o| place_phrase(view, o)) {
            return Some(place);
        }
    }
    // "transported from Baranovichi airfield to Dushanbe" with the "to"
    // phrase hung on the starting point.
    let origins: Vec<usize> = view
        .kids_by(c.anchor, &["obl"])
        .filter(|k| view.case_of(*k).as_deref() == Some("from"))
        .collect();
    [c.anchor, c.trigger]
        .iter()
        .chain(objects.iter())
        .chain(origins.iter())
        .flat_map(|h| view.kids_by(*h, &["obl", "nmod"]).collect::<Vec<_>>())
        .filter(|k| {
            matches!(
                view.case_of(*k).as_deref(),
                Some("to" | "into" | "towards" | "toward")
            )
        })
        .find_map(|k| place_phrase(view, k))
}

/// "deployed tactical nuclear weapons there": the place a locative "there"
/// stands for is the last place the text gave with a preposition of place,
/// earlier in this sentence or in the one before.
fn there(view: &SentenceView, c: &Candidate) -> Option<(String, Span)> {
    let there = view
        .kids_by(c.anchor, &["advmod"])
        .find(|k| view.form(*k).eq_ignore_ascii_case("there"))?;
    let at = view.tok(there).span.start;
    let window_start = view.previous_sentence_start();
    let text = &view.doc.text;
    view.doc
        .layers
        .entities
        .iter()
        .rev()
        .filter(|e| e.span.start >= window_start && e.span.end <= at)
        .filter(|e| {
            e.label == EntityLabel::Loc
                || COUNTRIES
                    .country_or_capital(view.doc.slice(e.span))
                    .is_some()
        })
        .find(|e| {
            let before = text.get(..e.span.start).unwrap_or("").trim_end();
            let word = before.rsplit(|ch: char| !ch.is_alphabetic()).next();
            matches!(word, Some("in" | "to" | "into" | "at" | "from"))
        })
        .map(|e| (e.canonical.clone(), e.span))
}

fn place_phrase(view: &SentenceView, k: usize) -> Option<(String, Span)> {
    // "in April", "on Friday" are times, not places, also when no time
    // expression was resolved (an undated document) and the recognizer
    // took the month for a place.
    let k_span = view.tok(k).span;
    if view
        .doc
        .layers
        .times
        .iter()
        .any(|t| t.span.overlaps(k_span))
        || is_calendar_name(view.form(k))
    {
        return None;
    }
    if let Some(found) = border_with(view, k) {
        return Some(found);
    }
    let phrase = view.phrase(k, &["compound", "amod", "flat"]);
    let loc = phrase.iter().find_map(|t| {
        view.entity(*t).filter(|e| {
            let name = view.doc.slice(e.span);
            // "on the territory of both states": a common noun the
            // recognizer or the country table took for a name.
            name.starts_with(char::is_uppercase)
                && (matches!(e.label, EntityLabel::Loc)
                    || COUNTRIES.country_or_capital(name).is_some())
        })
    });
    match loc {
        // "in Moscow": the place is the location itself; "at the Borisov
        // training ground": the whole named site.
        Some(e) if view.entity(k) == Some(e) => Some((e.canonical.clone(), e.span)),
        // A national adjective ("near the Ukrainian border", "on Indonesian
        // steel") places the event only on a geographic noun, and then the
        // place is the phrase, not the adjective.
        Some(e) if e.label == EntityLabel::Misc => {
            if !lexicon::is_geographic_noun(view.lemma(k)) {
                return None;
            }
            let core = view.phrase(k, &["compound", "amod", "flat"]);
            let span = view.span_of(&core);
            Some((view.doc.slice(span).to_string(), span))
        }
        Some(_) | None => {
            // "sounded off on Trump": a person is never a place.
            if view.entity(k).is_some_and(|e| e.label == EntityLabel::Per) {
                return None;
            }
            // "in a US district court in Manhattan": the named place
            // inside the venue; "on the territory of Russia", "on
            // Belarusian soil": the land named.
            let core = view.phrase(k, &["compound", "amod", "flat"]);
            // "at the Losvido training ground in the Vitebsk Region": a
            // site with a name of its own is the place, not its region.
            // (A lower-case "proper noun" is a tagging slip: "both states".)
            let proper =
                |t: usize| view.upos(t) == "PROPN" && view.form(t).starts_with(char::is_uppercase);
            let named_site = core.iter().any(|t| {
                proper(*t)
                    && view.entity(*t).is_none_or(|e| {
                        e.label != EntityLabel::Org
                            && COUNTRIES
                                .country_or_capital(view.doc.slice(e.span))
                                .is_none()
                    })
            });
            if loc.is_none() && !named_site {
                let land = matches!(view.lemma(k), "territory" | "soil" | "land");
                let inner = view
                    .kids_by(k, &["nmod"])
                    .filter(|n| {
                        let case = view.case_of(*n);
                        case.as_deref() == Some("in") || land && case.as_deref() == Some("of")
                    })
                    .find_map(|n| place_phrase(view, n));
                if inner.is_some() {
                    return inner;
                }
            }
            let named = core.iter().any(|t| proper(*t));
            if !named {
                return loc.map(|e| (e.canonical.clone(), e.span));
            }
            let span = view.span_of(&core);
            Some((view.doc.slice(span).to_string(), span))
        }
    }
}

/// "to its border with Belarus": the border named by its other side.
fn border_with(view: &SentenceView, k: usize) -> Option<(String, Span)> {
    if !matches!(view.lemma(k), "border" | "frontier") {
        return None;
    }
    let other = view
        .kids_by(k, &["nmod"])
        .find(|n| view.case_of(*n).as_deref() == Some("with"))?;
    let land = view.entity(other).filter(|e| {
        e.label == EntityLabel::Loc
            || COUNTRIES
                .country_or_capital(view.doc.slice(e.span))
                .is_some()
    })?;
    let core = view.phrase(k, &["compound", "amod", "flat"]);
    let start = view.span_of(&core).start;
    let span = Span::new(start, land.span.end);
    Some((view.doc.slice(span).to_string(), span))
}
