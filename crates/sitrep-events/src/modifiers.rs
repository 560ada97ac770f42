//! What the modifiers of a noun say about its actors: an organisation
//! named by an entity or acronym ("NATO exercises"), countries named by
//! demonyms or capitals ("Belarusian-Russian drills").

use sitrep_core::{Actor, ActorRole, EntityLabel, EventKind};

use crate::lexicon::{self, is_institution_noun};
use crate::view::SentenceView;
use crate::COUNTRIES;

/// Whether a modifier names an organisation: an organisation entity or
/// an acronym ("G7", "NATO", "EU"), never a country or an event name.
pub(crate) fn names_organisation(view: &SentenceView, k: usize) -> bool {
    if let Some(entity) = view.entity(k) {
        return entity.label == EntityLabel::Org
            && COUNTRIES
                .country_or_capital(view.doc.slice(entity.span))
                .is_none();
    }
    let form = view.form(k);
    form.len() >= 2
        && form.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && form
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && COUNTRIES.country_or_capital(form).is_none()
}

/// "European Union", "NATO", "the CSTO Collective Rapid Reaction Forces":
/// a body of states or its forces, by an acronym or a word of its name.
pub(crate) fn names_union_of_states(name: &str) -> bool {
    const ACRONYMS: &[&str] = &[
        "EU", "NATO", "CSTO", "SCO", "CIS", "EAEU", "ASEAN", "BRICS", "OSCE", "G7", "G20",
    ];
    name.split_whitespace().any(|w| {
        ACRONYMS.contains(&w)
            || matches!(
                w,
                "Union" | "Alliance" | "Commonwealth" | "Treaty" | "Community"
            )
    }) && COUNTRIES.country_or_capital(name).is_none()
}

/// "Belarusian and Russian air defence crews" parsed with "Belarusian"
/// outside the phrase: a noun left with an `and` of its own but no
/// conjunct, preceded by a national word, coordinates that word with its
/// own modifiers.
pub(crate) fn orphaned_national_conjunct(view: &SentenceView, i: usize) -> Option<usize> {
    let cc = view
        .kids_by(i, &["cc"])
        .find(|&k| k < i && view.lemma(k) == "and")?;
    if view.kids_by(i, &["conj"]).next().is_some() {
        return None;
    }
    let before = cc.checked_sub(1).filter(|&b| b >= view.lo)?;
    (!view.descends_from(before, i) && COUNTRIES.country(view.form(before)).is_some())
        .then_some(before)
}

/// Countries named by a modifier ("Belarusian-Russian", "Russian").
pub(crate) fn national_modifiers(
    view: &SentenceView,
    i: usize,
    role: ActorRole,
    out: &mut Vec<Actor>,
) {
    let mut tokens = view.phrase(i, &["amod", "compound", "conj", "cc", "punct"]);
    tokens.retain(|t| !matches!(view.upos(*t), "PUNCT" | "CCONJ") || *t == i);
    tokens.extend(orphaned_national_conjunct(view, i));
    for t in tokens {
        if view
            .entity(t)
            .is_some_and(|e| e.label != EntityLabel::Loc && e.label != EntityLabel::Misc)
        {
            continue;
        }
        // A capital modifying an ordinary noun names a place, not a
        // government: "the London exchange", "a Paris court".
        if t != i
            && COUNTRIES.country(view.form(t)).is_none()
            && COUNTRIES.capital(view.form(t)).is_some()
            && !is_institution_noun(view.lemma(i))
        {
            continue;
        }
        for code in COUNTRIES.countries_in(view.form(t)) {
            let actor = COUNTRIES.actor(code, Some(view.tok(t).span), role);
            crate::actors::add_actor(out, actor);
        }
    }
}

/// "shut all crossings on the Belarusian border", "extended the regime on
/// the Latvian-Belarusian border": the neighbour a border measure is aimed
/// at, named by the border's national modifiers. Of two nations the one
/// that is not the measure's source is the target; without a known source,
/// the second (news names its own side of a border first).
pub(crate) fn border_neighbour(view: &SentenceView, anchor: usize, out: &mut Vec<Actor>) {
    if out.iter().any(|a| a.role == ActorRole::Target) {
        return;
    }
    let own: Vec<String> = out
        .iter()
        .filter(|a| a.role == ActorRole::Source)
        .filter_map(|a| a.country.clone())
        .collect();
    let borders = view
        .kids_by(anchor, &["obj", "nsubj", "obl"])
        .flat_map(|k| std::iter::once(k).chain(view.kids_by(k, &["nmod"])))
        .filter(|&k| lexicon::is_border_noun(view.lemma(k)) && view.lemma(k) != "crossing");
    for border in borders {
        let mut named = Vec::new();
        national_modifiers(view, border, ActorRole::Target, &mut named);
        let target = if own.is_empty() {
            named.pop()
        } else {
            named
                .into_iter()
                .find(|a| a.country.as_ref().is_none_or(|c| !own.contains(c)))
        };
        if let Some(target) = target {
            out.push(target);
            return;
        }
    }
}

/// "sanctioned Belarusian suppliers", "accused Russian officers": the
/// nation of the people or firms a measure or charge is aimed at is its
/// target. Goods keep their maker's nationality out of it ("delivered
/// Russian jets").
pub(crate) fn singles_out_a_nation(view: &SentenceView, kind: EventKind, t: usize) -> bool {
    matches!(
        kind,
        EventKind::Sanction | EventKind::Accusation | EventKind::Threat
    ) && view.upos(t) == "NOUN"
        && !lexicon::is_materiel_noun(view.lemma(t))
        && !lexicon::is_restriction_noun(view.lemma(t))
        && !lexicon::is_trade_measure(view.lemma(t))
}

/// "crews of a missile brigade of the Armed Forces of Belarus": an
/// of-phrase that names only an unnamed formation passes to the phrase
/// that owns it, so the people act for the first name up the chain.
pub(crate) fn through_unnamed_formations(view: &SentenceView, k: usize) -> Vec<usize> {
    let mut at = k;
    for _ in 0..3 {
        let unnamed_formation = view.entity(at).is_none()
            && view.upos(at) == "NOUN"
            && crate::military_words::is_troop_noun(view.lemma(at));
        if !unnamed_formation {
            break;
        }
        let Some(owner) = view.of_phrases(at).next() else {
            break;
        };
        at = owner;
    }
    view.with_conjuncts(at)
}

/// "Units of the 11th Armoured Cavalry Division", "a battalion of the
/// 19th separate mechanised brigade": the formation a moved force belongs
/// to, named (an organisation) or numbered (a troop noun with an ordinal,
/// written in lower case in many releases).
/// The closest one down a chain of "of" phrases counts ("a battalion of
/// S-400 systems of the 15th Brigade").
pub(crate) fn owning_formations(view: &SentenceView, k: usize) -> Vec<usize> {
    view.of_chain(k, 3)
        .into_iter()
        .filter(|&u| match view.entity(u) {
            Some(e) => e.label == EntityLabel::Org,
            None => is_numbered_formation(view, u),
        })
        .take(1)
        .collect()
}

/// "the 19th separate mechanised brigade": a troop noun with an ordinal
/// names one formation, as a name would.
pub(crate) fn is_numbered_formation(view: &SentenceView, u: usize) -> bool {
    view.upos(u) == "NOUN"
        && crate::military_words::is_troop_noun(view.lemma(u))
        && view
            .kids_by(u, &["amod", "nummod"])
            .any(|m| view.form(m).starts_with(|c: char| c.is_ascii_digit()))
}
