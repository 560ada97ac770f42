//! Sanctions written as lists and listings: firms added to a sanctions or
//! entity list, a list widened, people and firms sanctioned, designated or
//! barred. Each verb is a sanction only when what it falls on is a party
//! that can be sanctioned ("sanctioned 2,500 individuals and entities"),
//! never an action ("a resolution sanctioning military action") or a
//! person named to a post ("designated a successor").

use sitrep_core::EventKind;

use crate::agency;
use crate::view::SentenceView;

/// "added six enterprises and a logistics company to its sanctions list",
/// "added nine companies to its Entity List", "added to the blacklist":
/// the list may hang on the verb, on its object or on the object's last
/// conjunct.
pub(crate) fn onto_sanctions_list(view: &SentenceView, verb: usize) -> bool {
    let objects: Vec<usize> = view
        .kids_by(verb, &["obj", "nsubj:pass"])
        .flat_map(|o| std::iter::once(o).chain(view.kids_by(o, &["conj"])))
        .collect();
    view.kids_by(verb, &["obl"])
        .chain(objects.iter().flat_map(|&o| view.kids_by(o, &["nmod"])))
        .any(|l| {
            view.case_of(l).as_deref() == Some("to")
                && (is_sanctions_list(view, l)
                    // "added six entities to its list under the Special
                    // Economic Measures Regulations" in a sanctions story.
                    || view.lemma(l) == "list" && about_sanctions(view))
        })
}

/// "expanded its national sanctions list with 12 officials", "updated the
/// entity list": a sanctions list widened is a listing.
pub(crate) fn widens_sanctions_list(view: &SentenceView, verb: usize) -> bool {
    matches!(
        view.lemma(verb),
        "expand" | "extend" | "widen" | "update" | "supplement" | "enlarge"
    ) && view
        .kids_by(verb, &["obj", "nsubj:pass"])
        .any(|o| is_sanctions_list(view, o))
}

/// "its sanctions list", "the Entity List", "the blacklist", "the SDN
/// list".
fn is_sanctions_list(view: &SentenceView, noun: usize) -> bool {
    let lemma = view.lemma(noun).to_lowercase();
    lemma == "blacklist"
        || lemma == "list"
            && view.kids_by(noun, &["compound", "amod"]).any(|m| {
                matches!(
                    view.lemma(m).to_lowercase().as_str(),
                    "sanction" | "sanctions" | "entity" | "sdn" | "stop" | "control"
                )
            })
}

/// "has sanctioned more than 2,500 individuals and entities", "sanctioned
/// the plant": sanctions fall on people, firms or states. "a resolution
/// sanctioning military action" authorises a thing.
pub(crate) fn sanctions_parties(view: &SentenceView, verb: usize) -> bool {
    let undergoers = agency::undergoers(view, verb);
    undergoers.is_empty()
        || undergoers
            .iter()
            .any(|&u| is_listed_party(view, u) || agency::is_agentive(view, u))
}

/// "the bloc has listed more than 300 Belarusian officials", "listing 28
/// individuals and 17 entities": parties put on a list, not shares listed
/// on an exchange or items listed in a report.
pub(crate) fn lists_parties(view: &SentenceView, verb: usize) -> bool {
    about_sanctions(view)
        && agency::undergoers(view, verb)
            .into_iter()
            .flat_map(|u| {
                // "28 individuals": the number may head the phrase.
                std::iter::once(u).chain(view.kids_by(u, &["conj", "nmod"]))
            })
            // "listed the company" is most often a stock-market listing,
            // even in a story that mentions sanctions.
            .any(|u| is_listed_party(view, u) && view.lemma(u) != "company" || is_person(view, u))
}

/// "list" and "designate" are sanctions only in a story about them: a
/// sanction named in the sentence or told before ("they list Hague as a
/// supporter" is not one); so are assets frozen ("frozen by a court").
pub(crate) fn about_sanctions(view: &SentenceView) -> bool {
    view.tokens()
        .any(|t| crate::lexicon::noun_trigger(view.lemma(t)) == Some(EventKind::Sanction))
        || view.earlier_events().any(|e| e.kind == EventKind::Sanction)
}

fn is_person(view: &SentenceView, u: usize) -> bool {
    view.entity(u)
        .is_some_and(|e| e.label == sitrep_core::EntityLabel::Per)
}

/// "the department has designated more than 100 Belarusian entities",
/// "were designated by the Treasury": firms or people listed, not a
/// successor or a zone designated.
pub(crate) fn designates_parties(view: &SentenceView, verb: usize) -> bool {
    let as_post = view.kids_by(verb, &["obl", "xcomp"]).any(|k| {
        view.case_of(k).as_deref() == Some("as")
            && !matches!(view.lemma(k), "terrorist" | "organization" | "organisation")
    });
    !as_post
        && about_sanctions(view)
        && agency::undergoers(view, verb)
            .into_iter()
            .any(|u| is_listed_party(view, u))
}

/// "barred four Belarusian banks from the UK financial system": firms shut
/// out of a market, said in the active voice.
pub(crate) fn bars_from_market(view: &SentenceView, verb: usize) -> bool {
    let from_market = view.kids_by(verb, &["obl"]).any(|k| {
        view.case_of(k).as_deref() == Some("from")
            && matches!(
                view.lemma(k),
                "system" | "market" | "markets" | "swift" | "exchange" | "trade"
            )
    });
    from_market
        && view
            .kids_by(verb, &["obj"])
            .any(|o| is_listed_party(view, o))
}

/// Parties a sanctions listing names: firms (the company nouns of
/// `actor_words`), plants, people and officials.
fn is_listed_party(view: &SentenceView, noun: usize) -> bool {
    matches!(
        view.lemma(noun),
        "individual"
            | "individuals"
            | "entity"
            | "entities"
            | "enterprise"
            | "enterprises"
            | "companies"
            | "firms"
            | "banks"
            | "plant"
            | "plants"
            | "factory"
            | "factories"
            | "exporter"
            | "manufacturer"
            | "producer"
            | "official"
            | "officials"
            | "person"
            | "people"
            | "businessman"
            | "businessmen"
            | "oligarch"
            | "organisation"
            | "organization"
            | "supplier"
            | "suppliers"
            | "house"
    ) || crate::lexicon::is_company_noun(view.lemma(noun))
}
