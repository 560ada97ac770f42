//! Whom a measure is aimed at when the clause does not say it as an
//! object: the neighbour a border is shared with ("closed its border with
//! Belarus"), a country the measure's phrase points to ("a sanctions
//! package against Belarus", "banned exports of dual-use goods to
//! Belarus", "the Belarus sanctions regime").

use sitrep_core::{Actor, ActorRole, EntityLabel, EventKind};

use crate::actors::{resolve, PushActor};
use crate::detect::Candidate;
use crate::modifiers::{border_neighbour, national_modifiers};
use crate::view::SentenceView;

/// Adds the targets of sanction `c` that the clause's arguments left out.
pub(crate) fn add(view: &SentenceView, c: &Candidate, out: &mut Vec<Actor>, push: impl PushActor) {
    let anchor = c.anchor;
    // "closed its border with Belarus", "crossing points with Belarus":
    // the neighbour the border is shared with is the target.
    for closed in view
        .kids_by(anchor, &["obj", "nsubj:pass"])
        .collect::<Vec<_>>()
    {
        let phrases: Vec<usize> = view
            .kids_by(closed, &["nmod"])
            .flat_map(|n| std::iter::once(n).chain(view.kids_by(n, &["nmod"])))
            .collect();
        for k in phrases {
            if view.case_of(k).as_deref() == Some("with") {
                push(view, k, ActorRole::Target, out);
            }
        }
    }
    border_neighbour(view, anchor, out);
    if !out.iter().any(|a| a.role == ActorRole::Target) {
        pointed_country(view, c, out);
    }
    if !out.iter().any(|a| a.role == ActorRole::Target) {
        earlier_target(view, out);
    }
}

/// How far back (bytes) a measure looks for the country an earlier one
/// was aimed at.
const TARGET_REACH: usize = 1200;

/// "The EU imposed sanctions on Belarus … It also banned the export of
/// machine tools": a measure that names no target is aimed at the
/// country the closest earlier measure was, when that one had a country
/// target other than this measure's source.
fn earlier_target(view: &SentenceView, out: &mut Vec<Actor>) {
    let here = view.doc.layers.sentences[view.index].span.start;
    let target = view
        .earlier_events()
        .take_while(|e| e.trigger.end + TARGET_REACH >= here)
        .filter(|e| e.kind == EventKind::Sanction)
        .find_map(|e| {
            e.actors
                .iter()
                .find(|a| a.role == ActorRole::Target && a.country.is_some())
        });
    let Some(target) = target else {
        return;
    };
    let own = out
        .iter()
        .any(|a| a.country.is_some() && a.country == target.country);
    if !own {
        out.push(target.clone());
    }
}

/// The measure's own phrase names the country it is aimed at: a phrase
/// "against / on / to" a country under the measure noun, the noun it
/// modifies ("sanctions package against …") or the verb's object
/// ("banned exports of goods to Belarus"), or a country modifier of those
/// ("the entire Belarus sanctions regime"). Only a country other than
/// the measure's own source counts.
fn pointed_country(view: &SentenceView, c: &Candidate, out: &mut Vec<Actor>) {
    let own: Vec<String> = out
        .iter()
        .filter(|a| a.role == ActorRole::Source)
        .filter_map(|a| a.country.clone())
        .collect();
    let mut holders = vec![c.trigger];
    if view.rel(c.trigger) == "compound" {
        holders.extend(view.head(c.trigger));
    }
    holders.extend(view.kids_by(c.anchor, &["obj", "nsubj:pass"]));
    // "a new package of sanctions targeting 11 Belarusian companies".
    let targeted: Vec<usize> = holders
        .iter()
        .flat_map(|&h| view.kids_by(h, &["acl", "nmod"]).collect::<Vec<_>>())
        .filter(|&v| view.lemma(v) == "target")
        .flat_map(|v| view.kids_by(v, &["obj"]).collect::<Vec<_>>())
        .collect();
    let mut found: Vec<Actor> = Vec::new();
    for &h in &holders {
        let phrases = view
            .kids_by(h, &["nmod", "obl"])
            .flat_map(|n| std::iter::once(n).chain(view.kids_by(n, &["nmod"])));
        for k in phrases.collect::<Vec<_>>() {
            // "on 17 Belarusian judges" with "on" hung on the number.
            let aimed = matches!(
                view.case_of_name(k).as_deref(),
                Some("against" | "on" | "to")
            );
            if !aimed {
                continue;
            }
            match view.entity(k) {
                Some(e) if e.label != EntityLabel::Per => {
                    found.extend(resolve(view, k, ActorRole::Target))
                }
                // "imposed sanctions on 17 Belarusian judges and prison
                // officials": the country of the people or firms named.
                None if view.upos(k) == "NOUN" => {
                    national_modifiers(view, k, ActorRole::Target, &mut found)
                }
                _ => {}
            }
        }
        if h != c.trigger {
            national_modifiers(view, h, ActorRole::Target, &mut found);
        }
    }
    for &t in &targeted {
        national_modifiers(view, t, ActorRole::Target, &mut found);
    }
    for actor in found {
        let Some(code) = actor.country.as_deref() else {
            continue;
        };
        if !own.iter().any(|o| o == code) && !out.iter().any(|a| a.country.as_deref() == Some(code))
        {
            out.push(actor);
        }
    }
}
