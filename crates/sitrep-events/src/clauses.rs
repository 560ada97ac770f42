//! Actors in clauses around the event verb that the parser attaches in
//! ways the argument reader in `actors` does not follow: the verb the
//! event verb governs ("agreed to merge with X"), an "of"-clause read as
//! a content clause ("accused X of lying"), and the noun a passive
//! participle modifies ("a board member accused by Y").

use sitrep_core::{Actor, ActorRole, EntityLabel, EventKind};

use crate::actors::PushActor;
use crate::detect::Candidate;
use crate::view::SentenceView;

/// "agreed to merge with Gazprom", "threatened to sue the government":
/// the partners and targets of the verb the event verb governs.
pub(crate) fn governed_verb_arguments(
    view: &SentenceView,
    c: &Candidate,
    out: &mut Vec<Actor>,
    push: impl PushActor,
) {
    if c.kind == EventKind::Threat {
        caused_clause_subjects(view, c, out, &push);
    }
    if c.kind == EventKind::Agreement {
        deal_counterparties(view, c, out, &push);
        document_of_countries(view, c, out);
    }
    for x in view.kids_by(c.anchor, &["xcomp"]).collect::<Vec<_>>() {
        if view.upos(x) != "VERB" {
            continue;
        }
        for k in view.kids(x).to_vec() {
            let case = view.case_of(k).unwrap_or_default();
            match (c.kind, view.rel(k), case.as_str()) {
                (EventKind::Agreement | EventKind::Meeting, "obl", "with") => {
                    push(view, k, ActorRole::Participant, out)
                }
                (EventKind::Threat, "obj", _) => push(view, k, ActorRole::Target, out),
                _ => {}
            }
        }
    }
}

/// "threatened to have Peter Lund removed": the subject of an unmarked
/// clause the threat (or the verb it governs) brings about, wherever the
/// parser hung that clause; a marked one ("if Russia invades") is a
/// condition, not the act.
fn caused_clause_subjects(
    view: &SentenceView,
    c: &Candidate,
    out: &mut Vec<Actor>,
    push: &impl PushActor,
) {
    let mut heads = vec![c.anchor];
    heads.extend(view.kids_by(c.anchor, &["xcomp"]));
    for h in heads {
        for clause in view
            .kids_by(h, &["xcomp", "ccomp", "advcl"])
            .collect::<Vec<_>>()
        {
            let unmarked = view.kids_by(clause, &["mark"]).next().is_none();
            if clause < c.anchor || view.upos(clause) != "VERB" || !unmarked {
                continue;
            }
            for s in view
                .kids_by(clause, &["nsubj", "nsubj:pass"])
                .filter(|s| view.entity(*s).is_some())
                .collect::<Vec<_>>()
            {
                push(view, s, ActorRole::Target, out);
            }
        }
    }
}

/// The object that controls a subjectless clause: "blamed Seoul for
/// conducting drills" (a "for" gerund), "urged Britain to sign" (a "to"
/// infinitive) take the object of the verb they hang on as their subject,
/// when that object can name a party ("promise" keeps its own subject).
pub(crate) fn controlling_object(view: &SentenceView, clause: usize) -> Option<usize> {
    if view
        .kids_by(clause, &["nsubj", "nsubj:pass"])
        .next()
        .is_some()
    {
        return None;
    }
    let head = view.head(clause)?;
    let marks: Vec<String> = view
        .kids_by(clause, &["mark"])
        .map(|m| view.lemma(m).to_string())
        .collect();
    let controlled = match view.rel(clause) {
        "advcl" => {
            (marks.iter().any(|m| m == "for") && view.xpos(clause) == "VBG")
                || marks.iter().any(|m| m == "to")
        }
        "xcomp" => marks.iter().any(|m| m == "to"),
        _ => false,
    };
    if !controlled || view.upos(head) != "VERB" || view.lemma(head) == "promise" {
        return None;
    }
    view.kids_by(head, &["obj", "iobj"])
        .find(|o| o < &clause && crate::actors::resolve(view, *o, ActorRole::Target).is_some())
}

/// "accused the Tories of running scared" parsed with the accused as the
/// subject of an "of"-clause: the accused is the target.
pub(crate) fn accused_of_clause(
    view: &SentenceView,
    c: &Candidate,
    out: &mut Vec<Actor>,
    push: impl PushActor,
) {
    for clause in view
        .kids_by(c.anchor, &["ccomp", "advcl"])
        .collect::<Vec<_>>()
    {
        let marked_of = view
            .kids_by(clause, &["mark"])
            .any(|m| matches!(view.form(m), "of" | "for"));
        if marked_of {
            for k in view.kids_by(clause, &["nsubj"]).collect::<Vec<_>>() {
                push(view, k, ActorRole::Target, out);
            }
        }
    }
}

/// "a board member accused by Anil": a passive participle's noun is its
/// patient; a noun apposed to a name stands for the name.
pub(crate) fn passive_participle_patient(
    view: &SentenceView,
    c: &Candidate,
    out: &mut Vec<Actor>,
    push: impl PushActor,
) {
    let anchor = c.anchor;
    let passive_participle = view.rel(anchor) == "acl"
        && view.xpos(anchor) == "VBN"
        && view.kids_by(anchor, &["obj", "nsubj"]).next().is_none();
    if !passive_participle {
        return;
    }
    let Some(noun) = view.head(anchor) else {
        return;
    };
    let named_head = view
        .head(noun)
        .filter(|h| view.rel(noun) == "appos" && view.entity(*h).is_some());
    let patient = named_head.unwrap_or(noun);
    if patient != c.trigger && !c.nouns.contains(&patient) {
        push(view, patient, ActorRole::Target, out);
    }
}

/// "agreed to buy its former parent AT&T", "signed a deal to acquire 36
/// planes from ATR", "agreed to a buyout by Verizon", "agreed a package
/// with partner Mitsubishi Motors": the other side of a deal is a named
/// party bought, bought from, sold to or bought by inside what was
/// agreed. Only names count; a noun there is goods or terms.
fn deal_counterparties(
    view: &SentenceView,
    c: &Candidate,
    out: &mut Vec<Actor>,
    push: &impl PushActor,
) {
    // What was agreed: the verb governed, the deal noun and its clause,
    // four steps down at most so that a later clause is not read.
    let mut frontier = vec![c.anchor];
    for _ in 0..4 {
        let mut next = Vec::new();
        for &h in &frontier {
            for k in view.kids(h).to_vec() {
                let rel = view.full_rel(k);
                let case = view.case_of(k).unwrap_or_default();
                let named = view.entity(k).is_some_and(|e| {
                    matches!(e.label, EntityLabel::Org | EntityLabel::Per)
                        || crate::COUNTRIES.country(&e.canonical).is_some()
                });
                let governed_verb = h != c.anchor && view.upos(h) == "VERB";
                let party = match rel {
                    "obj" => governed_verb,
                    "obl" | "nmod" => matches!(case.as_str(), "from" | "to" | "by" | "with"),
                    _ => false,
                };
                if party && (named || governed_verb && describes_a_name(view, k)) {
                    push(view, k, ActorRole::Participant, out);
                    continue;
                }
                if matches!(rel, "xcomp" | "obj" | "obl" | "acl" | "nmod")
                    && matches!(view.upos(k), "VERB" | "NOUN")
                {
                    next.push(k);
                }
            }
        }
        frontier = next;
    }
}

/// "its former parent and phone trailblazer AT&T": a description whose
/// apposition is a name.
fn describes_a_name(view: &SentenceView, i: usize) -> bool {
    view.upos(i) == "NOUN"
        && view
            .kids_by(i, &["appos"])
            .any(|a| view.entity(a).is_some_and(|e| e.label == EntityLabel::Org))
}

/// "the Strategic Military Partnership Programme of Belarus and Russia
/// was approved": countries the agreement belongs to are its parties.
fn document_of_countries(view: &SentenceView, c: &Candidate, out: &mut Vec<Actor>) {
    let documents = std::iter::once(c.trigger)
        .chain(c.nouns.iter().copied())
        .chain(view.kids_by(c.anchor, &["obj", "nsubj:pass"]))
        .filter(|&n| view.upos(n) == "NOUN" || view.upos(n) == "PROPN");
    let mut owners = Vec::new();
    for d in documents.collect::<Vec<_>>() {
        owners.extend(
            view.of_phrases(d)
                .filter(|&k| crate::COUNTRIES.country(view.form(k)).is_some()),
        );
    }
    // Read as countries, not through `push`: the recognizer often takes
    // the whole title for one name, which would be the event's own.
    for k in owners {
        crate::modifiers::national_modifiers(view, k, ActorRole::Participant, out);
    }
}
