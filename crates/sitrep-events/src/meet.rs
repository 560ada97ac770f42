//! When "meet" is a meeting: people meeting people, once. Not satisfying
//! a target ("met the demands", "a target he has now met"), not a
//! reception ("met with applause"), not a person alone ("he has now met"),
//! not an idiom ("make ends meet") or a policy ("will meet with any
//! candidate").

use sitrep_core::EntityLabel;

use crate::agency;
use crate::lexicon;
use crate::view::SentenceView;

/// Whether the verb "meet" at `verb`, with the lemmas of its objects,
/// reports a meeting.
pub(crate) fn is_meeting(view: &SentenceView, verb: usize, objects: &[&str]) -> bool {
    let satisfied = objects.iter().any(|o| lexicon::meet_is_satisfy(o))
        || relative_noun(view, verb).is_some_and(|n| lexicon::meet_is_satisfy(view.lemma(n)));
    !satisfied
        && !alone(view, verb)
        && meet_is_gathering(view, verb)
        && !makes_ends_meet(view, verb)
        && !meets_anyone(view, verb)
}

/// "a target he says he has now met": with no object of its own, what is
/// met is the noun of the relative clause the verb stands in.
fn relative_noun(view: &SentenceView, verb: usize) -> Option<usize> {
    if view.kids_by(verb, &["obj"]).next().is_some() {
        return None;
    }
    std::iter::successors(Some(verb), |&v| {
        matches!(view.rel(v), "ccomp" | "xcomp")
            .then(|| view.head(v))
            .flatten()
    })
    .find(|&v| view.full_rel(v) == "acl:relcl")
    .and_then(|v| view.head(v))
}

/// "he has now met": a single person meets no one; "the board met", "the
/// two leaders met" do. A name right after the verb is its partner, however
/// the parser hung it.
fn alone(view: &SentenceView, verb: usize) -> bool {
    let partner = view
        .kids(verb)
        .iter()
        .any(|&k| view.rel(k) != "nsubj" && agency::is_agentive(view, k))
        || (verb + 1..view.hi.min(verb + 7)).any(|t| {
            view.entity(t)
                .is_some_and(|e| matches!(e.label, EntityLabel::Per | EntityLabel::Org))
        });
    !partner
        && view.kids_by(verb, &["nsubj"]).any(|s| {
            view.kids_by(s, &["conj"]).next().is_none()
                && (matches!(view.lemma(s), "he" | "she" | "i")
                    || view.entity(s).is_some_and(|e| e.label == EntityLabel::Per))
        })
}

/// "to make ends meet".
fn makes_ends_meet(view: &SentenceView, verb: usize) -> bool {
    view.head(verb).is_some_and(|h| {
        view.lemma(h) == "make" && view.kids_by(h, &["obj"]).any(|o| view.lemma(o) == "end")
    })
}

/// "will meet with any candidate who requests a meeting": a policy.
fn meets_anyone(view: &SentenceView, verb: usize) -> bool {
    view.kids_by(verb, &["obl", "obj"])
        .any(|o| view.kids_by(o, &["det"]).any(|d| view.lemma(d) == "any"))
}

/// "meet" is a meeting when whoever is met can take part in one; an
/// object or passive subject that is a thing makes it "satisfy" or
/// "encounter" ("the bill had been met", "met a cool reception").
fn meet_is_gathering(view: &SentenceView, verb: usize) -> bool {
    // "was met with applause": a reception, unless someone is met with.
    let passive = view.is_passive(verb);
    let met_with_thing = view
        .kids_by(verb, &["obl"])
        .any(|k| view.case_of(k).as_deref() == Some("with") && !agency::is_agentive(view, k));
    if passive && met_with_thing {
        return false;
    }
    agency::undergoers(view, verb)
        .into_iter()
        .all(|u| agency::is_agentive(view, u))
}
