//! What a trigger verb acts on: the lemmas of its objects, read through
//! the parser's habits (a passive infinitive's raised subject, a measure
//! word's "of" phrase, the noun a relative clause hangs on).

use crate::lexicon;
use crate::view::SentenceView;

/// Lemmas of the verb's objects, and of `with` phrases ("provided Minsk
/// with missile systems").
pub(crate) fn object_lemmas<'v>(view: &'v SentenceView, i: usize) -> Vec<&'v str> {
    objects_of(view, i, true)
}

/// The verb's objects, with or without its `with` phrases: "with these
/// aircraft, our lieutenants will move to combat types" moves no aircraft.
pub(crate) fn objects_of<'v>(view: &'v SentenceView, i: usize, with_phrases: bool) -> Vec<&'v str> {
    let mut objects: Vec<&str> = view
        .kids(i)
        .iter()
        .filter(|k| {
            matches!(view.full_rel(**k), "obj" | "nsubj:pass" | "iobj")
                || (with_phrases
                    && view.rel(**k) == "obl"
                    && view.case_of(**k).as_deref() == Some("with"))
                // "have weapons stationed": the small clause's subject.
                || (view.full_rel(**k) == "nsubj" && view.xpos(i) == "VBN")
        })
        .map(|k| view.lemma(*k))
        .collect();
    // "approved a set of measures", "the ratification law": the measure
    // word's "of" phrase and a compound say what the object is.
    let inner: Vec<&str> = view
        .kids(i)
        .iter()
        .filter(|k| matches!(view.full_rel(**k), "obj" | "nsubj:pass"))
        .flat_map(|&o| {
            let of_phrase = view.of_phrases(o).filter(move |_| {
                lexicon::is_quantity_word(view.lemma(o)) || is_partitive(view.lemma(o))
            });
            of_phrase
                .chain(view.kids_by(o, &["compound"]))
                .collect::<Vec<_>>()
        })
        .map(|k| formation_of(view, k).unwrap_or(view.lemma(k)))
        .collect();
    objects.extend(inner);
    // "the plan is expected to be approved": a passive infinitive's
    // object is the subject of the verb it completes.
    let raised_passive = view.rel(i) == "xcomp"
        && view.is_passive(i)
        && view.kids_by(i, &["nsubj", "nsubj:pass"]).next().is_none();
    if let Some(h) = view.head(i).filter(|_| raised_passive) {
        if crate::carriers::is_raising(view.lemma(h)) {
            objects.extend(
                view.kids_by(h, &["nsubj", "nsubj:pass"])
                    .map(|k| view.lemma(k)),
            );
        }
    }
    objects
}

/// "the plan we adopted", "the Plan, which had been approved by the
/// collegia", "the Plan approved by the Council": the noun a clause on it
/// acts on, the clause having no object of its own (or a relative one).
/// By word order too, where the parser read the clause as one of its own
/// ("the checkpoints it closed last year"): the noun right before the
/// verb's pronoun subject.
pub(crate) fn noun_of_clause(view: &SentenceView, i: usize) -> Option<usize> {
    let objects = objects_of(view, i, false);
    let relative = objects.iter().any(|o| matches!(*o, "which" | "that"));
    let on_noun = view
        .head(i)
        .filter(|_| view.rel(i) == "acl" && (objects.is_empty() || relative));
    let contact_clause = || {
        view.kids_by(i, &["nsubj"])
            .find(|&s| view.upos(s) == "PRON" && s > view.lo && view.upos(s - 1) == "NOUN")
            .map(|s| s - 1)
            .filter(|_| objects.is_empty())
    };
    on_noun.or_else(contact_clause)
}

/// "handed over the complexes to the Russian forces under a contract
/// concluded in 2024": a participle right after a noun may modify that
/// noun however far up the parser hung it.
pub(crate) fn noun_before_participle(view: &SentenceView, i: usize) -> Option<usize> {
    (view.xpos(i) == "VBN" && view.rel(i) == "acl" && i > view.lo)
        .then(|| i - 1)
        .filter(|&n| view.upos(n) == "NOUN" && view.head(i) != Some(n))
}

/// "the first fighters received by Belarus in 2024": the goods of a
/// participle are the noun it modifies. Hardware only: "officers sent to
/// the hunts" and "state aid received by Airbus" are no arms delivered.
pub(crate) fn hardware_of_participle(view: &SentenceView, i: usize) -> Option<usize> {
    noun_of_clause(view, i).filter(|&n| {
        let lemma = view.lemma(n);
        view.xpos(i) == "VBN"
            && !crate::military_words::is_troop_noun(lemma)
            && !matches!(
                lemma,
                "officer" | "observer" | "instructor" | "police" | "aid" | "assistance"
            )
    })
}

/// "some of the troops", "elements of the RGF", "part of the forces": a
/// share of what the verb acts on.
fn is_partitive(lemma: &str) -> bool {
    matches!(
        lemma,
        "some"
            | "most"
            | "part"
            | "element"
            | "many"
            | "all"
            | "several"
            | "rest"
            | "remainder"
            | "half"
            | "majority"
            | "bulk"
    )
}

/// A named formation ("the RGF", "the Regional Grouping of Forces") read
/// as forces.
fn formation_of(view: &SentenceView, k: usize) -> Option<&'static str> {
    let e = view.entity(k)?;
    let formation = e.canonical.split_whitespace().any(|w| {
        matches!(
            w,
            "Forces" | "Army" | "Brigade" | "Division" | "Regiment" | "Grouping" | "Battalion"
        )
    });
    formation.then_some("forces")
}
