//! Actors named earlier in the document: "it"/"they"/"its" to the closest
//! organisation or country before the pronoun, and "the two countries" /
//! "both sides" to the last two countries mentioned.

use sitrep_core::{Actor, ActorRole, Entity, EntityLabel};

use crate::view::SentenceView;
use crate::COUNTRIES;

/// The country an entity denotes, if it is a country, capital or demonym.
pub(crate) fn country_of(entity: &Entity, text: &str) -> Option<&'static str> {
    if entity.label == EntityLabel::Per {
        return None;
    }
    COUNTRIES
        .country_or_capital(&entity.canonical)
        .or_else(|| COUNTRIES.country_or_capital(text))
}

/// Entities that end before byte offset `at`, closest first.
pub(crate) fn before<'a>(view: &SentenceView<'a>, at: usize) -> impl Iterator<Item = &'a Entity> {
    let entities = &view.doc.layers.entities;
    let end = entities.partition_point(|e| e.span.start < at);
    entities[..end]
        .iter()
        .rev()
        .filter(move |e| e.span.end <= at)
}

/// "it"/"its"/"they"/"their" standing for an organisation or a country:
/// the closest organisation or country named before it.
pub(crate) fn pronoun(view: &SentenceView, i: usize, role: ActorRole) -> Option<Actor> {
    if view.upos(i) != "PRON" {
        return None;
    }
    let form = view.form(i).to_lowercase();
    if !matches!(form.as_str(), "it" | "its" | "they" | "their") {
        return None;
    }
    if let Some(actor) = reporter(view, i, role) {
        return Some(actor);
    }
    let at = view.tok(i).span.start;
    // "Russia supplied it with missiles": an object pronoun never stands
    // for its own clause's subject (as "he" in `nominal_actor::resolve`).
    let own_subject = matches!(view.rel(i), "obj" | "iobj")
        .then(|| view.head(i))
        .flatten()
        .and_then(|verb| clause_subject(view, verb))
        .and_then(|subject| view.entity(subject));
    let entity = before(view, at).find(|e| {
        own_subject.is_none_or(|s| s.span != e.span)
            && (e.label == EntityLabel::Org
                || (e.label == EntityLabel::Loc && country_of(e, view.doc.slice(e.span)).is_some()))
    })?;
    let text = view.doc.slice(entity.span);
    let country = country_of(entity, text);
    let name = match (entity.label, country) {
        (EntityLabel::Loc, Some(code)) => COUNTRIES
            .name_of(code)
            .unwrap_or(&entity.canonical)
            .to_string(),
        _ => entity.canonical.clone(),
    };
    Some(Actor {
        role,
        name,
        span: Some(entity.span),
        country: country.map(str::to_string),
        sector: None,
    })
}

/// "Lockheed said it had signed": the subject of a content clause under a
/// report verb, "it"/"they", is the reporter when the reporter is a name
/// that is not a titled person ("it" cannot stand for "Mr Straw"; a bare
/// one-word "person" is a company the recognizer mislabelled).
fn reporter(view: &SentenceView, i: usize, role: ActorRole) -> Option<Actor> {
    let form = view.form(i).to_lowercase();
    if view.rel(i) != "nsubj" || !matches!(form.as_str(), "it" | "they") {
        return None;
    }
    let clause = view.head(i)?;
    if view.rel(clause) != "ccomp" {
        return None;
    }
    let report = view.head(clause)?;
    if !crate::governing::is_report_verb(view.lemma(report)) {
        return None;
    }
    let subject = clause_subject(view, report)?;
    if view.upos(subject) == "PRON" {
        return None;
    }
    if let Some(entity) = view.entity(subject) {
        let text = view.doc.slice(entity.span);
        let titled = subject > view.lo
            && matches!(
                view.form(subject - 1),
                "Mr" | "Mrs" | "Ms" | "Dr" | "President" | "Minister" | "Secretary"
            );
        if entity.label == EntityLabel::Per
            && (titled || text.contains(' ') || text.starts_with("Mr"))
        {
            return None;
        }
    }
    // A "place" that says something is an organisation the recognizer
    // mislabelled ("Umbro said"); capitals resolve to their country above.
    crate::actors::resolve(view, subject, role).or_else(|| {
        view.entity(subject).map(|e| Actor {
            role,
            name: e.canonical.clone(),
            span: Some(e.span),
            country: None,
            sector: None,
        })
    })
}

/// The subject of a clause: its own, else for a verb conjoined to another
/// the first verb's ("Umbro, which lost deals …, said"), with a relative
/// pronoun standing for the noun its clause modifies.
pub(crate) fn clause_subject(view: &SentenceView, verb: usize) -> Option<usize> {
    let own = view.kids_by(verb, &["nsubj"]).next();
    let (subject, clause) = match own {
        Some(s) => (s, verb),
        None if view.rel(verb) == "conj" => {
            let first = view.head(verb)?;
            (view.kids_by(first, &["nsubj"]).next()?, first)
        }
        // No subject in the parse ("Umbro" read as an interjection): the
        // one word order gives.
        None => (crate::fallback::subject_before(view, verb)?, verb),
    };
    if matches!(view.lemma(subject), "which" | "who" | "that") {
        if view.rel(clause) == "acl" {
            return view.head(clause);
        }
        // The relative clause misparsed as the main one ("Kappa, which
        // lost deals …, said" with "said" conjoined to "lost"): the
        // nominal right before the pronoun.
        return crate::fallback::nominal_before(view, subject);
    }
    Some(subject)
}

/// Whether the nominal `i` is "the two countries", "both sides", "the two
/// governments": a pair named earlier.
pub(crate) fn is_pair_phrase(view: &SentenceView, i: usize) -> bool {
    if is_bare_pair(view, i) {
        return true;
    }
    if !view.is_common_noun(i) || view.entity(i).is_some() {
        return false;
    }
    // "two Su-30SM fighters" counts things, not parties.
    let lemma = view.lemma(i);
    let names_parties = crate::lexicon::is_company_noun(lemma)
        || is_generic_pair_noun(lemma)
        || is_state_noun(lemma);
    // "the sides agreed", "the parties discussed": with no number, the
    // two sides of the talks being reported.
    let the_sides = matches!(lemma, "side" | "party")
        && view.xpos(i) == "NNS"
        && view.kids_by(i, &["det"]).any(|d| view.lemma(d) == "the")
        && view
            .kids_by(i, &["amod", "nmod", "acl", "compound"])
            .next()
            .is_none();
    names_parties && (party_count(view, i).is_some() || the_sides)
}

/// "the two" or "both" standing alone for the two just named ("X met
/// Y, and the two signed a plan").
fn is_bare_pair(view: &SentenceView, i: usize) -> bool {
    let alone = view
        .kids(i)
        .iter()
        .all(|&k| matches!(view.rel(k), "det" | "punct" | "cc"));
    alone
        && matches!(view.rel(i), "nsubj" | "obj" | "conj")
        && match view.lemma(i) {
            "two" => {
                view.upos(i) == "NUM" && view.kids_by(i, &["det"]).any(|d| view.lemma(d) == "the")
            }
            "both" => matches!(view.upos(i), "DET" | "PRON"),
            _ => false,
        }
}

/// How many parties "the two countries", "both sides", "the three
/// countries" name.
fn party_count(view: &SentenceView, i: usize) -> Option<usize> {
    view.kids_by(i, &["nummod", "det", "amod"])
        .find_map(|k| match view.lemma(k) {
            "two" | "both" => Some(2),
            "three" => Some(3),
            "four" => Some(4),
            _ => None,
        })
}

/// Nouns of a pair of states and their governments ("the two countries",
/// "both governments", "the two armies").
fn is_state_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "country"
            | "nation"
            | "state"
            | "government"
            | "capital"
            | "neighbour"
            | "neighbor"
            | "ally"
            | "army"
            | "military"
            | "leader"
            | "president"
            | "minister"
            | "ministry"
            | "delegation"
            | "republic"
            | "power"
    )
}

/// Nouns of a pair that may be either ("both sides", "the two parties").
fn is_generic_pair_noun(lemma: &str) -> bool {
    matches!(lemma, "side" | "party" | "partner" | "rival" | "bidder")
}

/// "the two companies" / "both parties" naming organisations: the last two
/// distinct organisations named before token `i`.
fn organisation_pair(view: &SentenceView, i: usize, role: ActorRole) -> Vec<Actor> {
    let at = view.tok(i).span.start;
    let mut found: Vec<&Entity> = Vec::new();
    for entity in before(view, at) {
        // Companies are often labelled as persons or miscellaneous names by
        // the recognizer; a one-word "person" without a title is taken.
        let text = view.doc.slice(entity.span);
        let organisation_like = match entity.label {
            EntityLabel::Org | EntityLabel::Misc => true,
            EntityLabel::Per => !text.contains(' '),
            _ => false,
        };
        if organisation_like
            && country_of(entity, text).is_none()
            && COUNTRIES.countries_in(text).is_empty()
            && !found.iter().any(|e| e.canonical == entity.canonical)
        {
            found.push(entity);
        }
        if found.len() == 2 {
            break;
        }
    }
    if found.len() < 2 {
        return Vec::new();
    }
    found
        .into_iter()
        .rev()
        .map(|entity| Actor {
            role,
            name: entity.canonical.clone(),
            span: Some(entity.span),
            country: None,
            sector: None,
        })
        .collect()
}

/// Where the second of the last two distinct countries named before
/// token `i` starts (the closer the pair, the likelier the referent).
fn second_country_start(view: &SentenceView, at: usize) -> Option<usize> {
    let mut codes: Vec<&str> = Vec::new();
    for entity in before(view, at) {
        if let Some(code) = country_of(entity, view.doc.slice(entity.span)) {
            if !codes.contains(&code) {
                codes.push(code);
                if codes.len() == 2 {
                    return Some(entity.span.start);
                }
            }
        }
    }
    None
}

/// The last two distinct countries named before token `i` (in this or an
/// earlier sentence), as actors in order of mention; for "the two
/// companies" the last two organisations, and for "both sides" / "the two
/// parties" whichever pair was named more recently.
pub(crate) fn pair(view: &SentenceView, i: usize, role: ActorRole) -> Vec<Actor> {
    let lemma = view.lemma(i);
    // "the two" after a meeting of two: its participants.
    if is_bare_pair(view, i) {
        let pair = crate::descriptions::meeting_participants(view, role);
        if pair.len() == 2 {
            return pair;
        }
    }
    // "the talks …; the parties had agreed": with no number, the sides
    // are those of the meeting last reported, when it had two countries.
    if party_count(view, i).is_none() {
        let sides = sides_of_last_meeting(view, role);
        if !sides.is_empty() {
            return sides;
        }
    }
    let count = party_count(view, i).unwrap_or(2);
    if count != 2 {
        return last_countries(view, view.tok(i).span.start, count, role);
    }
    if crate::lexicon::is_company_noun(lemma) {
        return organisation_pair(view, i, role);
    }
    if is_generic_pair_noun(lemma) {
        let organisations = organisation_pair(view, i, role);
        let countries_from = second_country_start(view, view.tok(i).span.start);
        let organisations_from = organisations.first().and_then(|a| a.span).map(|s| s.start);
        if let (Some(o), c) = (organisations_from, countries_from) {
            if c.is_none_or(|c| o > c) {
                return organisations;
            }
        }
    }
    let at = view.tok(i).span.start;
    if let Some(pair) = coordinated_pair(view, at) {
        return pair
            .into_iter()
            .map(|(code, entity)| COUNTRIES.actor(code, Some(entity.span), role))
            .collect();
    }
    last_countries(view, at, 2, role)
}

/// The countries of the last meeting with countries reported in earlier
/// sentences, when there are exactly two.
fn sides_of_last_meeting(view: &SentenceView, role: ActorRole) -> Vec<Actor> {
    let Some(meeting) = view.earlier_events().find(|e| {
        e.kind == sitrep_core::EventKind::Meeting && e.actors.iter().any(|a| a.country.is_some())
    }) else {
        return Vec::new();
    };
    let mut codes: Vec<&str> = Vec::new();
    for code in meeting.actors.iter().filter_map(|a| a.country.as_deref()) {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    if codes.len() != 2 {
        return Vec::new();
    }
    codes
        .into_iter()
        .map(|code| COUNTRIES.actor(code, None, role))
        .collect()
}

/// The last `count` distinct countries named before `at`, in text order.
fn last_countries(view: &SentenceView, at: usize, count: usize, role: ActorRole) -> Vec<Actor> {
    let mut found: Vec<(&'static str, &Entity)> = Vec::new();
    for entity in before(view, at) {
        if let Some(code) = country_of(entity, view.doc.slice(entity.span)) {
            if !found.iter().any(|(c, _)| *c == code) {
                found.push((code, entity));
            }
        }
        if found.len() == count {
            break;
        }
    }
    if found.len() < count {
        return Vec::new();
    }
    found
        .into_iter()
        .rev()
        .map(|(code, entity)| COUNTRIES.actor(code, Some(entity.span), role))
        .collect()
}

/// The last two countries named together ("Belarus and Russia") within
/// the few sentences before `at`: "the two countries" takes up a pair the
/// text introduced as a pair, not whichever two countries came last
/// ("observers from the United States" in between).
fn coordinated_pair<'a>(
    view: &SentenceView<'a>,
    at: usize,
) -> Option<Vec<(&'static str, &'a Entity)>> {
    let countries: Vec<(&'static str, &Entity)> = before(view, at)
        .filter_map(|e| country_of(e, view.doc.slice(e.span)).map(|c| (c, e)))
        .take(8)
        .collect();
    countries.windows(2).find_map(|w| {
        let (later, earlier) = (w[0], w[1]);
        let between = view.doc.text.get(earlier.1.span.end..later.1.span.start)?;
        (later.0 != earlier.0 && matches!(between, " and " | " and the "))
            .then(|| vec![earlier, later])
    })
}
