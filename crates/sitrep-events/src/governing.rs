//! Actors from outside the event's own clause: the subject of the clause
//! that governs an event with no actor of its own.

use sitrep_core::{Actor, ActorRole};

use crate::actors::PushActor;
use crate::detect::Candidate;
use crate::view::SentenceView;

/// Verbs whose subject reports an event rather than taking part in it.
pub(crate) fn is_report_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "say"
            | "tell"
            | "report"
            | "announce"
            | "state"
            | "claim"
            | "add"
            | "note"
            | "write"
            | "argue"
            | "insist"
            | "warn"
    )
}

/// An event with no actor of its own takes the subject of the clause that
/// governs it ("Tokyo pressed for a summit", "the unions want the meeting
/// soon"), climbing at most a few clauses and never past a report verb,
/// whose subject is the source of the news, not a party to the event.
pub(crate) fn governing_subject(
    view: &SentenceView,
    c: &Candidate,
    role: ActorRole,
    out: &mut Vec<Actor>,
    push: impl PushActor,
) {
    let mut at = c.anchor;
    for _ in 0..5 {
        let Some(up) = view.head(at) else {
            return;
        };
        // A content clause ("argued that …") reports the event: its
        // governing subject is a source, not a party.
        if is_report_verb(view.lemma(up)) || view.rel(at) == "ccomp" {
            return;
        }
        at = up;
        if view.upos(at) != "VERB" {
            continue;
        }
        let passive = view.is_passive(at);
        let subjects: Vec<usize> = view
            .kids(at)
            .iter()
            .copied()
            .filter(|k| match view.full_rel(*k) {
                "nsubj" => true,
                "nsubj:pass" => !passive,
                "obl:agent" => passive,
                _ => false,
            })
            .filter(|k| *k != c.trigger && !c.nouns.contains(k))
            .collect();
        if subjects.is_empty() {
            continue;
        }
        for k in subjects {
            push(view, k, role, out);
        }
        return;
    }
}
