//! The verb path of trigger detection: a verb from the trigger lexicon,
//! kept or dropped by the sense its arguments give it ("met the demands"
//! is no meeting, "received the delegation" is one, "provided Minsk with
//! missile systems" is a delivery).

use sitrep_core::EventKind;

use crate::detect::Candidate;
use crate::lexicon;
use crate::objects::object_lemmas;
use crate::verb_senses::{self, VerbReading};
use crate::view::SentenceView;

pub(crate) fn verbal(view: &SentenceView, i: usize) -> Option<Candidate> {
    // Participial adjectives ("the ratified agreement", "a negotiated
    // deal") name a state, not a new event. A participle with its own
    // auxiliary or infinitive marker ("likely to be signed") is a clause
    // the parser misattached, not a modifier.
    let clausal = view
        .kids(i)
        .iter()
        .any(|&k| matches!(view.full_rel(k), "aux" | "aux:pass" | "mark"));
    if view.rel(i) == "amod" && !clausal {
        return None;
    }
    // The lemmatizer can miss a rare regular verb ("rebuked" -> "rebuk"):
    // the form's regular stems are tried too.
    let stems = regular_stems(view.form(i));
    let lemma = match lexicon::verb_trigger(view.lemma(i)) {
        Some(_) => view.lemma(i),
        None => stems
            .iter()
            .map(String::as_str)
            .find(|stem| lexicon::verb_trigger(stem).is_some())
            .unwrap_or(view.lemma(i)),
    };
    let kind = lexicon::verb_trigger(lemma)?;
    let objects = object_lemmas(view, i);
    let reading = VerbReading::of(view, i, lemma);
    let accepted = verb_senses::accepts(view, i, lemma, &objects, &reading);
    // "life-threatening", "record-breaking": the second half of a compound
    // modifier.
    let compound_modifier = i > view.lo + 1
        && view.form(i - 1) == "-"
        && view.tok(i - 2).span.end == view.tok(i - 1).span.start
        && view.tok(i - 1).span.end == view.tok(i).span.start;
    if !accepted
        || compound_modifier
        || matches!(kind, EventKind::Accusation | EventKind::Threat) && is_adjectival(view, i)
    {
        return None;
    }
    // "delivered the Budget": a speech given, not goods shipped.
    let kind = if lemma == "deliver"
        && (objects.iter().any(|o| lexicon::is_speech_object(o)) || delivers_one_speech(view, i))
    {
        EventKind::Statement
    } else if reading.receives_guest || reading.official_visits {
        EventKind::Meeting
    } else if reading.materiel_arrives {
        EventKind::Delivery
    } else if reading.hosts_forces || reading.transfers_forces {
        EventKind::Deployment
    } else if reading.sends_goods {
        EventKind::Delivery
    } else if reading.widens_sanctions {
        EventKind::Sanction
    } else {
        kind
    };
    let nouns = view
        .kids(i)
        .iter()
        .copied()
        .filter(|k| matches!(view.rel(*k), "obj" | "nsubj" | "obl"))
        .filter(|k| lexicon::noun_trigger(view.lemma(*k)).is_some())
        // The idiom's noun belongs to the trigger, not to the parties.
        .chain(joined_forces(view, i))
        // "spoke by phone with his counterparts": the partners may hang
        // on the phone.
        .chain(view.kids_by(i, &["obl"]).filter(|k| {
            kind == EventKind::Meeting && matches!(view.lemma(*k), "phone" | "telephone")
        }))
        // "a contract concluded with the Russian side": the participle's
        // noun is the document it concludes.
        .chain(
            view.head(i)
                .into_iter()
                .chain(crate::objects::noun_before_participle(view, i))
                .filter(|&h| {
                    kind == EventKind::Agreement
                        && view.rel(i) == "acl"
                        && lexicon::noun_trigger(view.lemma(h)) == Some(EventKind::Agreement)
                }),
        )
        // "a contract ... worth $200 million was concluded", the subject
        // lost in the parse.
        .chain(
            (kind == EventKind::Agreement && view.kids_by(i, &["obj"]).next().is_none())
                .then(|| crate::sanction_verbs::document_before(view, i))
                .flatten(),
        )
        .collect();
    Some(Candidate {
        kind,
        trigger: i,
        anchor: i,
        nouns,
    })
}

/// "it's a little insulting to them", "his remarks were insulting": a
/// participle used as an adjective judges something, it reports no act.
fn is_adjectival(view: &SentenceView, i: usize) -> bool {
    // "people are very threatened": a degree word makes a participle a
    // state of mind.
    let degree = view.kids_by(i, &["advmod"]).any(|m| {
        matches!(
            view.lemma(m),
            "very" | "so" | "too" | "extremely" | "deeply" | "increasingly" | "less" | "more"
        )
    });
    if view.xpos(i) == "VBN" && degree {
        return true;
    }
    if view.xpos(i) != "VBG" {
        return false;
    }
    let has_cop = |x: usize| view.kids(x).iter().any(|&k| view.full_rel(k) == "cop");
    has_cop(i)
        || matches!(view.rel(i), "acl" | "amod")
            && view
                .head(i)
                .is_some_and(|h| has_cop(h) && view.kids_by(i, &["obj"]).next().is_none())
}

/// Stems of a regular verb form: "chaired" -> "chair", "scheduled" ->
/// "schedule", "stalls" -> "stall", "carried" -> "carry".
pub(crate) fn regular_stems(form: &str) -> Vec<String> {
    let word = form.to_lowercase();
    let mut stems = Vec::new();
    if let Some(base) = word.strip_suffix("ied") {
        stems.push(format!("{base}y"));
    }
    for suffix in ["ed", "d", "ing", "s"] {
        if let Some(base) = word.strip_suffix(suffix) {
            if base.len() >= 3 {
                stems.push(base.to_string());
                // "slamming" -> "slamm" -> "slam".
                let mut last_two = base.chars().rev().take(2);
                if suffix != "s" && last_two.next() == last_two.next() {
                    stems.push(base[..base.len() - 1].to_string());
                }
            }
        }
    }
    stems
}

/// "delivered a rousing speech to the conference": one speech given is a
/// statement; "delivered paid speeches" (plural, for a fee) is a trade.
pub(crate) fn delivers_one_speech(view: &SentenceView, verb: usize) -> bool {
    view.kids_by(verb, &["obj"]).any(|o| {
        view.form(o).eq_ignore_ascii_case("speech")
            && !view.kids_by(o, &["amod"]).any(|m| view.lemma(m) == "paid")
    })
}

/// "Hitachi and Matsushita are joining forces": the bare object "forces"
/// of "join" ("joined the forces of the coalition" is no idiom).
pub(crate) fn joined_forces(view: &SentenceView, verb: usize) -> Option<usize> {
    if view.lemma(verb) != "join" {
        return None;
    }
    view.kids_by(verb, &["obj"]).find(|&o| {
        view.form(o) == "forces"
            && view
                .kids_by(o, &["det", "nmod:poss", "amod"])
                .next()
                .is_none()
    })
}
