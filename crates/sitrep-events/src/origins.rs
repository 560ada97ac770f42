//! Countries a group of people or a body is "of" or "from": "officers of
//! the general staffs of Russia and Belarus", "servicemen and equipment
//! from Belarus, Kazakhstan and Tajikistan", "the joint board of the
//! defence ministries of Belarus and Russia". The generic noun acts for
//! every country its phrase names, so each country is an actor.

use sitrep_core::{Actor, ActorRole};

use crate::view::SentenceView;
use crate::COUNTRIES;

/// How many "of" phrases down a generic noun is followed ("officers" ->
/// "staffs" -> "Russia").
const NESTING: usize = 3;

/// The countries `t` (a word that names no one) is of or from, when every
/// item of the phrase is a country; empty otherwise, so that "leaders of
/// the EU and Russia" keeps its bloc.
pub(crate) fn nations_of(view: &SentenceView, t: usize, role: ActorRole) -> Vec<Actor> {
    if view.entity(t).is_some() || view.upos(t) != "NOUN" {
        return Vec::new();
    }
    let mut found = Vec::new();
    if !collect(view, t, NESTING, &mut found) {
        return Vec::new();
    }
    found
        .into_iter()
        .map(|(code, k)| COUNTRIES.actor(code, Some(view.tok(k).span), role))
        .collect()
}

/// Adds the countries under `t`'s of/from phrases (and, for "from", those
/// hung on a conjunct: "servicemen and equipment from …"); false when an
/// item there is a name that is no country.
fn collect(
    view: &SentenceView,
    t: usize,
    depth: usize,
    found: &mut Vec<(&'static str, usize)>,
) -> bool {
    let holders = view.with_conjuncts(t);
    for (n, &h) in holders.iter().enumerate() {
        for k in view.kids_by(h, &["nmod"]).collect::<Vec<_>>() {
            let case = view.case_of(k).unwrap_or_default();
            let follows = case == "from" || case == "of" && n == 0;
            if !follows {
                continue;
            }
            let deeper = depth > 1 && case == "of";
            for item in view.with_conjuncts(k) {
                // "the defence ministries of the two countries": the pair
                // named before, when both of it are countries.
                if crate::coref::is_pair_phrase(view, item) {
                    let pair = crate::coref::pair(view, item, ActorRole::Participant);
                    let codes: Vec<&'static str> = pair
                        .iter()
                        .filter_map(|a| a.country.as_deref())
                        .filter_map(|code| COUNTRIES.code(code))
                        .collect();
                    if codes.len() < 2 || codes.len() < pair.len() {
                        return false;
                    }
                    for code in codes {
                        if !found.iter().any(|(c, _)| *c == code) {
                            found.push((code, item));
                        }
                    }
                    continue;
                }
                let Some(e) = view.entity(item) else {
                    let body = matches!(view.upos(item), "NOUN" | "PROPN");
                    if deeper && body && !collect(view, item, depth - 1, found) {
                        return false;
                    }
                    continue;
                };
                // "the chiefs of the General Staffs of the armed forces of
                // Belarus and Russia": a body named for its countries
                // further down.
                let named_body = deeper && view.of_phrases(item).next().is_some();
                if named_body && collect(view, item, depth - 1, found) {
                    continue;
                }
                let Some(code) = crate::coref::country_of(e, view.doc.slice(e.span)) else {
                    return false;
                };
                if !found.iter().any(|(c, _)| *c == code) {
                    found.push((code, item));
                }
            }
        }
    }
    true
}
