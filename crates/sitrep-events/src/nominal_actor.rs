//! The actor a single noun phrase names: an entity (with its title,
//! country and sector), a pronoun or definite description resolved to one
//! named before, a country word, a missed name or acronym, or an
//! institution noun ("the ministry").

use sitrep_core::{Actor, ActorRole, Entity, EntityLabel, EventKind};

use crate::lexicon;
use crate::lexicon::is_institution_noun;
use crate::modifiers::names_organisation;
use crate::titles::{
    carries_year, organisation_before_title, person_after_title, title_prefix_country,
};
use crate::view::SentenceView;
use crate::COUNTRIES;

/// Relations that stay inside a noun phrase's core.
pub(crate) const CORE: &[&str] = &["compound", "amod", "flat", "nmod:poss", "fixed"];
/// Relations for finding titles and nationality around a name.
const AROUND: &[&str] = &["compound", "amod", "flat", "nmod", "appos", "fixed"];

/// An actor for the nominal headed by `i`, if it names one.
pub(crate) fn resolve(view: &SentenceView, i: usize, role: ActorRole) -> Option<Actor> {
    // "Tuesday's Ecofin meeting": a day or month is no party.
    if sitrep_core::shapes::is_calendar_name(view.form(i)) {
        return None;
    }
    let around = view.phrase(i, AROUND);
    let around_text: String = around
        .iter()
        .map(|t| view.form(*t))
        .collect::<Vec<_>>()
        .join(" ");
    // The country the phrase around the head names, if any ("the Polish
    // delegation").
    let around_country = || {
        COUNTRIES
            .countries_in(&around_text)
            .first()
            .map(|c| c.to_string())
    };
    let words: Vec<String> = around.iter().map(|t| view.lemma(*t).to_string()).collect();
    let sector = lexicon::sector_of(&words);
    // A title the parser made the head of a name ("Deputy Foreign Minister
    // Anna Berg" headed by "Foreign"): the name's entity.
    let entity = view.entity(i).or_else(|| {
        let phrase = view.phrase(i, &["flat", "compound", "appos"]);
        let named = |label: EntityLabel| {
            phrase
                .iter()
                .find_map(|t| view.entity(*t).filter(|e| e.label == label))
        };
        named(EntityLabel::Per)
            .or_else(|| person_after_title(view, i))
            .or_else(|| named(EntityLabel::Org))
            .or_else(|| organisation_before_title(view, i))
    });
    // "EU Trade Commissioner Peter Mandelson" read as one name chain headed
    // by the organisation: the person the chain ends with is the actor.
    let entity = entity.map(|e| {
        if e.label == EntityLabel::Per {
            return e;
        }
        view.phrase(i, &["flat", "compound"])
            .into_iter()
            .filter_map(|t| view.entity(t))
            .find(|p| p.label == EntityLabel::Per && p.span.start >= e.span.end)
            .unwrap_or(e)
    });
    if let Some(entity) = entity {
        let text = view.doc.slice(entity.span);
        // "Brussels has sanctioned ...": the seat stands for the bloc, not
        // for Belgium.
        if text == "Brussels" {
            return Some(Actor {
                role,
                name: "European Union".to_string(),
                span: Some(entity.span),
                country: None,
                sector: None,
            });
        }
        let own = COUNTRIES
            .country_or_capital(&entity.canonical)
            .or_else(|| COUNTRIES.country_or_capital(text));
        // A place that is no country, or a named event ("Zapad-2025",
        // "Union Shield 2027"), is not a party.
        let event_name = entity.label != EntityLabel::Per && carries_year(text);
        if (entity.label == EntityLabel::Loc && !acts(view, i)
            || event_name
            || names_a_document(text))
            && own.is_none()
        {
            return None;
        }
        let country = own
            .or_else(|| COUNTRIES.countries_in(text).first().copied())
            .or_else(|| COUNTRIES.countries_in(&around_text).first().copied())
            .or_else(|| {
                (entity.label == EntityLabel::Per)
                    .then(|| title_prefix_country(view, &around))
                    .flatten()
            })
            .or_else(|| person_country(view, entity));
        // A capital or demonym as actor stands for its country.
        let name = match own {
            Some(code) if matches!(entity.label, EntityLabel::Loc | EntityLabel::Misc) => COUNTRIES
                .name_of(code)
                .unwrap_or(&entity.canonical)
                .to_string(),
            _ => entity.canonical.clone(),
        };
        return Some(Actor {
            role,
            name,
            span: Some(entity.span),
            country: country.map(str::to_string),
            sector: sector.map(str::to_string),
        });
    }
    // "it"/"they": the closest organisation or country named before it.
    if let Some(actor) = crate::coref::pronoun(view, i, role) {
        return Some(actor);
    }
    // "we" in a quote: the speaker's side.
    if let Some(actor) = crate::descriptions::speaker_side(view, i, role) {
        return Some(actor);
    }
    // "he"/"she": the closest person named before it in the document.
    if view.upos(i) == "PRON" && matches!(view.lemma(i), "he" | "she") {
        let at = view.tok(i).span.start;
        // "X will meet with him": an object pronoun is not its own
        // clause's subject.
        let own_subject = (view.rel(i) != "nsubj")
            .then(|| view.head(i))
            .flatten()
            .and_then(|verb| crate::coref::clause_subject(view, verb))
            .and_then(|subject| view.entity(subject));
        let person = view
            .doc
            .layers
            .entities
            .iter()
            .rev()
            .filter(|e| e.label == EntityLabel::Per && e.span.end <= at)
            .filter(|e| !names_plural(view, e))
            .find(|e| own_subject.is_none_or(|s| s.canonical != e.canonical))?;
        return Some(Actor {
            role,
            name: person.canonical.clone(),
            span: Some(person.span),
            country: person_country(view, person).map(str::to_string),
            sector: sector.map(str::to_string),
        });
    }
    let form = view.form(i);
    if let Some(code) = COUNTRIES.country_or_capital(form) {
        return Some(Actor {
            role,
            name: COUNTRIES.name_of(code).unwrap_or(form).to_string(),
            span: Some(view.tok(i).span),
            country: Some(code.to_string()),
            sector: sector.map(str::to_string),
        });
    }
    // A name the recognizer missed ("Mr Berg").
    if view.upos(i) == "PROPN" {
        let core = view.phrase(i, &["flat", "compound"]);
        let span = view.span_of(&core);
        let name = view
            .doc
            .slice(span)
            .trim_start_matches("Mr ")
            .trim_start_matches("Mrs ")
            .trim_start_matches("Ms ")
            .to_string();
        return Some(Actor {
            role,
            name,
            span: Some(span),
            country: around_country(),
            sector: sector.map(str::to_string),
        });
    }
    // An organisation's acronym the recognizer missed ("the G7").
    if names_organisation(view, i) {
        return Some(Actor {
            role,
            name: form.to_string(),
            span: Some(view.tok(i).span),
            country: None,
            sector: sector.map(str::to_string),
        });
    }
    // "the minister", "the company": the person or organisation named
    // shortly before.
    if let Some(entity) = crate::descriptions::definite_description(view, i) {
        let text = view.doc.slice(entity.span);
        return Some(Actor {
            role,
            name: entity.canonical.clone(),
            span: Some(entity.span),
            country: COUNTRIES
                .countries_in(text)
                .first()
                .copied()
                .or_else(|| COUNTRIES.countries_in(&around_text).first().copied())
                .or_else(|| person_country(view, entity))
                .map(str::to_string),
            sector: sector.map(str::to_string),
        });
    }
    // "North Korea's official newspaper", "China's state media": a body
    // a country's name owns acts for that country's side.
    let owned_by_country = view.upos(i) == "NOUN"
        && view.kids(i).iter().any(|&k| {
            view.full_rel(k) == "nmod:poss" && COUNTRIES.country_or_capital(view.form(k)).is_some()
                || view.full_rel(k) == "nmod:poss"
                    && view
                        .entity(k)
                        .is_some_and(|e| COUNTRIES.country_or_capital(&e.canonical).is_some())
        });
    // "senior union figures", "their lawyers": people named by role; "the
    // WTO's current members" act as the organisation that owns them.
    let people = crate::agency::is_people_noun(view.lemma(i)) || is_agent_noun(view, i);
    if people {
        let owner = view
            .kids(i)
            .iter()
            .copied()
            .filter(|k| view.full_rel(*k) == "nmod:poss")
            .find_map(|k| view.entity(k).filter(|e| e.label == EntityLabel::Org));
        if let Some(org) = owner {
            return Some(Actor {
                role,
                name: org.canonical.clone(),
                span: Some(org.span),
                country: None,
                sector: sector.map(str::to_string),
            });
        }
    }
    let formation = crate::modifiers::is_numbered_formation(view, i);
    if !is_institution_noun(view.lemma(i)) && !owned_by_country && !people && !formation {
        return None;
    }
    let mut core = view.phrase(i, CORE);
    // "their air forces", "his rival": the possessive pronoun names no one
    // ("Russia's military" keeps its owner).
    core.retain(|&t| !(view.upos(t) == "PRON" && view.full_rel(t) == "nmod:poss"));
    let span = view.span_of(&core);
    let name = view.doc.slice(span).trim_start_matches("the ").to_string();
    Some(Actor {
        role,
        name,
        span: Some(span),
        country: around_country(),
        sector: sector.map(str::to_string),
    })
}

/// A "person" whose last word is a plural proper noun ("Muslims") is a
/// group the recognizer mislabelled; "he" cannot stand for it.
fn names_plural(view: &SentenceView, e: &sitrep_core::Entity) -> bool {
    let tokens = &view.doc.layers.tokens;
    let at = tokens.partition_point(|t| t.span.end < e.span.end);
    tokens
        .get(at)
        .is_some_and(|t| t.span.end == e.span.end && t.xpos == "NNPS")
}

/// "the Strategic Military Partnership Program of the Republic of Belarus":
/// a name headed by a plan or programme is what was agreed, not a party.
fn names_a_document(name: &str) -> bool {
    let head = name.split(" of ").next().unwrap_or(name);
    let last = head.rsplit(' ').next().unwrap_or(head).to_lowercase();
    lexicon::is_plan_noun(&last)
}

/// A noun for doers by its suffix ("experts" aside: "prosecutors",
/// "directors", "officers"), but not a machine that shares the suffix
/// ("launchers", "fighters") or one named by a designation.
pub(crate) fn is_agent_noun(view: &SentenceView, i: usize) -> bool {
    let lemma = view.lemma(i);
    crate::agency::has_agent_suffix(lemma)
        && !lexicon::is_materiel_noun(lemma)
        && !lexicon::is_materiel_noun(view.form(i).to_lowercase().as_str())
        && !view.kids_by(i, &["compound", "amod"]).any(|m| {
            // "Patriot launchers" is a designation; "Belarusian suppliers"
            // are people of a country.
            view.entity(m).is_some_and(|e| {
                e.label == EntityLabel::Misc && COUNTRIES.country(view.doc.slice(e.span)).is_none()
            })
        })
}

/// "The Tories accuse Labour", with "Tories" taken for a place: a name
/// that is the active subject of a verb of speaking, judging, agreeing or
/// sanctioning acts, so it is no place. A wire dateline in capitals
/// ("BRUSSELS (AP) —") and a name with an article ("a Rochester rally")
/// are misparses, not subjects. The agent of the passive acts too ("the
/// figure announced by rival Google").
fn acts(view: &SentenceView, i: usize) -> bool {
    let agent = view.full_rel(i) == "obl:agent" && view.case_of(i).as_deref() == Some("by");
    (view.rel(i) == "nsubj" && view.full_rel(i) == "nsubj" || agent)
        && view.form(i).chars().any(|ch| ch.is_lowercase())
        && view
            .kids_by(i, &["det"])
            .all(|d| !matches!(view.lemma(d), "a" | "an"))
        && view.head(i).is_some_and(|h| {
            view.upos(h) == "VERB"
                && lexicon::verb_trigger(view.lemma(h)).is_some_and(|kind| {
                    matches!(
                        kind,
                        EventKind::Accusation
                            | EventKind::Threat
                            | EventKind::Statement
                            | EventKind::Agreement
                            | EventKind::Sanction
                    )
                })
        })
}

/// The country a person is introduced with anywhere in the document ("Polish
/// Defence Minister Władysław Kosiniak-Kamysz"), else the one the officials
/// list gives the name; `None` for anything but a person. "he" and "the
/// minister" read through to that person keep the country the name has.
fn person_country(view: &SentenceView, entity: &Entity) -> Option<&'static str> {
    if entity.label != EntityLabel::Per {
        return None;
    }
    crate::descriptions::introduced_country(view, entity, usize::MAX)
        .or_else(|| COUNTRIES.official(&entity.canonical))
}
