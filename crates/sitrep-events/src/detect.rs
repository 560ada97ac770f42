//! Trigger detection: verbs and event nouns from the lexicons, filtered by
//! the dependency parse, merged so one event is reported once per sentence.

use sitrep_core::{EntityLabel, EventKind};

use crate::carriers;
use crate::framed;
use crate::lexicon;
use crate::noun_senses::{committee_hearing, is_attack_in_words};
use crate::senses;
use crate::verbal::{regular_stems, verbal};
use crate::view::SentenceView;

/// A trigger found in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub kind: EventKind,
    /// The trigger token (verb or event noun).
    pub trigger: usize,
    /// The clause's verb the fields hang on: the trigger itself for verbs,
    /// the light or occurrence verb for nouns ("held" for "held talks").
    pub anchor: usize,
    /// Nominal event heads related to the event (the object of "signed"),
    /// read for actors and stage.
    pub nouns: Vec<usize>,
}

/// Every event trigger of the sentence, in text order.
pub(crate) fn candidates(view: &SentenceView) -> Vec<Candidate> {
    let mut found: Vec<Candidate> = Vec::new();
    for i in view.tokens() {
        let candidate = if is_verb(view, i) {
            // The misread noun first: "held talks/VBZ with" is not the
            // verb "talk".
            crate::misread::noun_read_as_verb(view, i)
                .or_else(|| crate::in_force::entry_into_force(view, i))
                .or_else(|| verbal(view, i))
                .or_else(|| crate::retaliation::threat(view, i))
        } else if matches!(view.upos(i), "NOUN" | "PROPN") {
            nominal(view, i)
                .or_else(|| framed::staged_by_own_clause(view, i))
                .or_else(|| crate::retaliation::threat(view, i))
                .or_else(|| crate::combat_duty::deployment(view, i))
        } else if view.upos(i) == "ADJ" {
            crate::sanction_verbs::closed_by(view, i)
                .map(|holder| Candidate {
                    kind: EventKind::Sanction,
                    trigger: i,
                    anchor: holder,
                    nouns: Vec::new(),
                })
                .or_else(|| {
                    senses::critical_of(view, i).then_some(Candidate {
                        kind: EventKind::Accusation,
                        trigger: i,
                        anchor: i,
                        nouns: Vec::new(),
                    })
                })
        } else {
            None
        };
        if let Some(c) = candidate {
            found.push(c);
        }
    }
    let mut kept = merge(view, found);
    kept.retain(|c| crate::occurrence::reports_one_occurrence(view, c));
    kept
}

/// "a news conference", "the press conference": how something was said,
/// not a gathering of parties.
pub(crate) fn is_press_conference(view: &SentenceView, i: usize) -> bool {
    view.lemma(i).starts_with("conference")
        && view
            .kids_by(i, &["compound", "amod"])
            .any(|k| matches!(view.lemma(k), "news" | "press" | "media"))
}

pub(crate) fn is_verb(view: &SentenceView, i: usize) -> bool {
    view.upos(i) == "VERB" || (view.xpos(i).starts_with("VB") && view.upos(i) != "AUX")
}

pub(crate) fn noun_kind(view: &SentenceView, i: usize) -> Option<EventKind> {
    let lemma = view.lemma(i);
    let form = view.form(i).to_lowercase();
    if lemma == "talk" && form != "talks" {
        return None;
    }
    // "took direct aim at Mr Trump": attacked in words.
    if lemma == "aim"
        && view.head(i).is_some_and(|h| {
            view.lemma(h) == "take"
                && (view.kids_by(h, &["obl"]).chain(view.kids_by(i, &["nmod"])))
                    .any(|k| view.case_of(k).as_deref() == Some("at"))
        })
    {
        return Some(EventKind::Accusation);
    }
    // "his rhetorical onslaught against Trump", "the candidate's latest
    // attacks on Cruz": an attack in words, on a person, in a sentence
    // with no fighting in it ("the drone attack on Kyiv" is none).
    if matches!(lemma, "attack" | "attacks" | "assault" | "onslaught")
        && is_attack_in_words(view, i)
    {
        return Some(EventKind::Accusation);
    }
    // "came under fire from Republicans": attacked in words.
    if lemma == "fire"
        && view.case_of(i).as_deref() == Some("under")
        && view.head(i).is_some_and(|h| view.lemma(h) == "come")
    {
        return Some(EventKind::Accusation);
    }
    // "the platform committee hearing", "the committee held its
    // hearing": a body's session; a court hearing is no meeting.
    if lemma == "hearing" && committee_hearing(view, i)
        || crate::noun_senses::phone_conversation(view, i)
        || crate::noun_senses::board_sitting(view, i)
    {
        return Some(EventKind::Meeting);
    }
    if crate::military_acts::exercise_part(view, i) {
        return Some(EventKind::Exercise);
    }
    if crate::military_acts::military_course(view, i) {
        return Some(EventKind::Training);
    }
    if crate::military_acts::force_movement(view, i) || crate::military_acts::air_patrol(view, i) {
        return Some(EventKind::Deployment);
    }
    let kind = lexicon::noun_trigger(lemma).or_else(|| lexicon::noun_trigger(&form))?;
    // "the initial planning conference" is a gathering; a news, press or
    // media conference is how something was said.
    if is_press_conference(view, i) {
        return None;
    }
    if kind == EventKind::Training && crate::noun_senses::is_staff_exercise(view, i) {
        return Some(EventKind::Exercise);
    }
    // "held a joint training session", "a training exercise" is training
    // for the contract when no force fights a scenario: a session of
    // training is training, not a meeting.
    if kind == EventKind::Meeting
        && lemma == "session"
        && view
            .kids_by(i, &["compound", "amod"])
            .any(|k| view.lemma(k) == "training")
    {
        return Some(EventKind::Training);
    }
    // "reached a settlement" is an agreement; "a settlement near the
    // border" is a place: the noun needs a verb that makes or reaches it.
    if matches!(lemma, "settlement" | "compromise")
        && !view
            .head(i)
            .is_some_and(|h| view.rel(i) == "obj" && lexicon::is_light_verb(view.lemma(h)))
    {
        return None;
    }
    // "makes a mockery of the commitment": undermines it, mocks no one.
    if lemma == "mockery" && view.head(i).is_some_and(|h| view.lemma(h) == "make") {
        return None;
    }
    // "exercise" is also "a cost-cutting exercise" or "the exercise of
    // power": it needs a military or national modifier or a name.
    // "such a maneuver would go against the popular vote": a manoeuvre is
    // an exercise only in a sentence about forces or with a military word.
    if lemma.starts_with("manoeuvre") || lemma.starts_with("maneuver") {
        let military = view.tokens().any(|t| {
            t != i
                && (lexicon::is_force_noun(view.lemma(t))
                    || lexicon::is_military_modifier(view.lemma(t)))
        });
        if !military {
            return None;
        }
    }
    if lemma.starts_with("retrain") && !crate::noun_senses::retraining_is_military(view) {
        return None;
    }
    if lemma.starts_with("exercise") && !crate::noun_senses::is_military_exercise(view, i) {
        return None;
    }
    Some(kind)
}

/// "According to Valery Revenko, the next meeting ... is scheduled" parsed
/// with the event noun as an apposition of the source's name: the name's
/// place in the clause is the noun's.
fn misparsed_after_according(view: &SentenceView, i: usize) -> Option<usize> {
    let h = view.head(i).filter(|_| view.rel(i) == "appos")?;
    view.kids(h)
        .iter()
        .any(|&k| view.lemma(k) == "accord" && k < h)
        .then_some(h)
}

fn nominal(view: &SentenceView, i: usize) -> Option<Candidate> {
    let according_head = misparsed_after_according(view, i);
    // "a new sanctions package": the event noun names the package the
    // clause holds.
    let measured = view
        .head(i)
        .filter(|&h| view.rel(i) == "compound" && lexicon::is_event_measure(view.lemma(h)));
    if matches!(view.rel(i), "compound" | "flat" | "appos")
        && according_head.is_none()
        && measured.is_none()
    {
        return None;
    }
    // The verb a sanction in force hangs on, kept when it gave the kind.
    let mut in_force = None;
    let kind = noun_kind(view, i)
        .or_else(|| named_exercise(view, i))
        .or_else(|| imposed_measure(view, i))
        .or_else(|| {
            in_force = crate::sanction_verbs::measure_in_force(view, i);
            in_force.map(|_| EventKind::Sanction)
        })?;
    // "negotiations on an agreement", "talks about a treaty": the
    // agreement is the topic of another event, not signed here.
    if kind == EventKind::Agreement
        && matches!(
            view.case_of(i).as_deref(),
            Some("on" | "about" | "over" | "regarding")
        )
    {
        return None;
    }
    // A conjunct shares the first conjunct's relation ("talks and a dinner").
    let mut head_of = view.first_conjunct(according_head.or(measured).unwrap_or(i));
    // "held a new round of talks": the measure word stands in for the
    // event noun in the clause.
    if view.rel(head_of) == "nmod" && view.case_of(head_of).as_deref() == Some("of") {
        if let Some(h) = view.head(head_of) {
            if lexicon::is_event_measure(view.lemma(h)) {
                head_of = h;
            }
        }
    }
    let mut name_head = None;
    // "conduct the Union Shield joint exercises" parsed with the name's
    // first word as the object and the event noun hung on it without a
    // preposition: the name's head stands in for the event noun.
    if view.rel(head_of) == "nmod" && view.case_of(head_of).is_none() {
        if let Some(h) = view.head(head_of) {
            let name_word = h < head_of
                && (h..head_of).all(|t| {
                    matches!(view.upos(t), "NOUN" | "PROPN" | "ADJ")
                        && view.form(t).starts_with(|ch: char| ch.is_uppercase())
                        || view.head(t) == Some(head_of)
                });
            if name_word && view.rel(h) == "obj" {
                name_head = Some(h);
                head_of = h;
            }
        }
    }
    // "in talks with the lenders", "locked in talks": a state of negotiating.
    let in_talks = kind == EventKind::Meeting
        && matches!(
            view.lemma(i),
            "talk" | "talks" | "negotiation" | "negotiations"
        )
        && view.case_of(i).as_deref() == Some("in");
    if in_talks {
        let anchor = view
            .head(head_of)
            .filter(|h| is_verb(view, *h))
            .unwrap_or(i);
        return Some(Candidate {
            kind,
            trigger: i,
            anchor,
            nouns: vec![i],
        });
    }
    let anchor = match view.head(head_of) {
        // A headline-like root noun whose verb the parser made a conjunct
        // ("Talks ... will take place").
        None => view
            .kids_by(i, &["conj", "acl"])
            .find(|k| is_verb(view, *k) && lexicon::is_occurrence_verb(view.lemma(*k)))
            .unwrap_or(i),
        Some(h) => {
            let rel = view.full_rel(head_of);
            // The lemmatizer can miss a regular form ("chaired" -> "chaire"):
            // the form's regular stems are tried too.
            let h_lemma = view.lemma(h);
            let h_stems = regular_stems(view.form(h));
            let any_of =
                |test: fn(&str) -> bool| test(h_lemma) || h_stems.iter().any(|stem| test(stem));
            // "called for talks", "pressed for the embargo to stay":
            // asking for an event is not holding it.
            // "announced shortly after the meeting", "spoke at the summit":
            // a phrase of time, place or topic around the verb is not what
            // the verb holds.
            let asked_for = rel == "obl"
                && matches!(
                    view.case_of(head_of).as_deref(),
                    Some(
                        "for"
                            | "after"
                            | "before"
                            | "at"
                            | "during"
                            | "following"
                            | "since"
                            | "until"
                            | "from"
                            | "over"
                            | "about"
                            | "despite"
                            | "amid"
                            | "by"
                    )
                );
            // "obl:unmarked": a bare noun phrase the parser took for an
            // adverbial ("wrap up their weekslong joint exercise").
            // "entered into an agreement" reports one; "need to enter into
            // negotiations" is a requirement of a kind, not a plan.
            let entering_in_general =
                h_lemma == "enter" && view.kids_by(h, &["mark"]).any(|m| view.lemma(m) == "to");
            // "had a more succinct statement": having words is no issuing.
            // "obliges executives to sign a statement": an attestation.
            // "called his statements \"childish\"": judging words, not issuing them.
            let had_words =
                kind == EventKind::Statement && matches!(h_lemma, "have" | "sign" | "call");
            // "making changes with minimal consultation": the verb's own
            // object is what it makes; the noun is a circumstance.
            let other_object = rel == "obl"
                && view
                    .kids_by(h, &["obj"])
                    .any(|o| o != head_of && view.lemma(o) != "part");
            // "worked out an accord with McCain".
            let worked_out = h_lemma == "work"
                && view
                    .kids(h)
                    .iter()
                    .any(|&p| view.full_rel(p) == "compound:prt" && view.lemma(p) == "out");
            let light = matches!(rel, "obj" | "obl" | "obl:unmarked" | "nsubj:pass" | "xcomp")
                && !asked_for
                && !other_object
                && !entering_in_general
                && !had_words
                && (any_of(lexicon::is_light_verb)
                    || worked_out
                    // "were flying a joint air patrol"
                    || h_lemma == "fly" && crate::military_acts::air_patrol(view, i)
                    // "are to watch live firing": observers see it happen
                    // ("to observe the active phase" of drills told before
                    // names no new one).
                    || kind == EventKind::Exercise
                        && view.head(i).is_some_and(|v| {
                            matches!(view.lemma(v), "watch" | "observe" | "monitor")
                        })
                        && !matches!(view.lemma(i), "stage" | "phase")
                    || kind == EventKind::Sanction
                        && (lexicon::imposes_measure(h_lemma)
                            || lexicon::unveils_measure(h_lemma)
                            || lexicon::weighs_measure(h_lemma))
                    // "Minsk rejected the accusations": the accusation
                    // stands, answered.
                    || kind == EventKind::Accusation && rel == "obj" && any_of(lexicon::rebuts_speech)
                    || matches!(kind, EventKind::Accusation | EventKind::Threat)
                        && any_of(lexicon::is_speech_light_verb)
                        // "both countries face a common threat": a danger.
                        && !(kind == EventKind::Threat && any_of(lexicon::receives_speech)));
            // Meetings as the subject of a verb of their course or outcome
            // report that they took place ("the talks failed", "the talks
            // dragged on"); other predicates describe a meeting named
            // before ("the meeting will assess", "the summit would be
            // remembered as").
            // A statement as subject is quoted, not issued ("his statements
            // included disclaimers", "the statement said").
            // Verbs that describe what an event brought ("the agreement
            // will see debt converted", "the trip follows claims") report
            // a meeting or deal named before; for exercises and
            // deployments they still tell it happened ("the drills
            // involved 5,000 troops").
            let descriptive = lexicon::describes_event(h_lemma)
                && !matches!(
                    kind,
                    EventKind::Exercise
                        | EventKind::Training
                        | EventKind::Deployment
                        | EventKind::Delivery
                );
            // "the announcement came before the deadline" reports one.
            let statement_came = kind == EventKind::Statement && h_lemma == "come";
            let occurring = matches!(rel, "nsubj" | "nsubj:pass" | "nsubj:outer")
                && (kind != EventKind::Statement || statement_came)
                && !descriptive
                && (any_of(lexicon::is_occurrence_verb)
                    || kind == EventKind::Meeting && any_of(lexicon::is_meeting_outcome_verb)
                    // "the session was co-chaired by", "the drills were
                    // organised by": what a light verb does to the noun,
                    // said in the passive.
                    || rel == "nsubj:pass" && any_of(lexicon::is_light_verb));
            // "took part in the exercise": the noun hangs on "part".
            let part =
                view.lemma(h) == "part" && view.head(h).is_some_and(|g| view.lemma(g) == "take");
            if part {
                view.head(h)?
            } else if (light || occurring) && is_verb(view, h) {
                h
            } else if let Some(verb) = (kind != EventKind::Statement)
                .then(|| carriers::carrying_verb(view, i, head_of))
                .flatten()
            {
                verb
            } else if let Some(verb) = (kind == EventKind::Deployment)
                .then(|| crate::military_acts::reported_force_movement(view, i))
                .flatten()
            {
                verb
            } else if let Some(verb) = (kind == EventKind::Sanction)
                .then(|| in_force.or_else(|| crate::sanction_verbs::measure_in_force(view, i)))
                .flatten()
            {
                verb
            } else if matches!(kind, EventKind::Meeting | EventKind::Exercise) {
                framed::meeting_in_phrase(view, i, head_of)
                    .or_else(|| framed::verb_after_phrase(view, i))
                    .or_else(|| framed::dated_stage(view, i, h))?
            } else {
                return None;
            }
        }
    };
    // "arrived to attend a joint session …, which was held in Minsk on
    // Wednesday": the clause that stages the gathering tells when, where
    // and whether it happened, not the purpose of attending it.
    let attending = anchor != i && view.lemma(anchor) == "attend";
    let anchor = match kind {
        EventKind::Meeting | EventKind::Exercise if attending => framed::staging_clause(view, i)
            .map(|(clause, _)| clause)
            .filter(|&clause| !framed::puts_in_place(view, clause))
            .unwrap_or(anchor),
        _ => anchor,
    };
    Some(Candidate {
        kind,
        trigger: i,
        anchor,
        nouns: std::iter::once(i).chain(name_head).collect(),
    })
}

/// "imposed anti-dumping duties on steel", "imposed export controls": a
/// trade measure or restriction that is the object of an imposing verb is
/// a sanction.
fn imposed_measure(view: &SentenceView, i: usize) -> Option<EventKind> {
    let head = view.head(i)?;
    ((lexicon::is_imposable_measure(view.lemma(i))
        || crate::sanction_verbs::restrictive_measure(view, i))
        && matches!(view.full_rel(i), "obj" | "nsubj:pass")
        && lexicon::imposes_measure(view.lemma(head))
        || crate::sanction_verbs::decided_trade_ban(view, i)
        || crate::sanction_verbs::asset_freeze(view, i))
    .then_some(EventKind::Sanction)
}

/// A named exercise the NER found as MISC ("Zapad 2025", "Union Shield-2023"):
/// a name with a year, heading the phrase.
fn named_exercise(view: &SentenceView, i: usize) -> Option<EventKind> {
    let entity = view.entity(i)?;
    if entity.label != EntityLabel::Misc {
        return None;
    }
    if !crate::titles::carries_year(view.doc.slice(entity.span)) {
        return None;
    }
    // "the State Programme for Armaments 2027-2034", "the 2005 Six
    // Nations", "Windows 2000": a dated name is an exercise only when it
    // names no plan or agreement and the sentence is about forces.
    let names_a_document = view
        .tokens_in(entity.span)
        .into_iter()
        .any(|t| lexicon::is_agreement_object(&view.lemma(t).to_lowercase()));
    let about_forces = view.tokens().any(|t| {
        let lemma = view.lemma(t).to_lowercase();
        lexicon::is_force_noun(&lemma)
            || lexicon::is_military_modifier(&lemma)
            || lexicon::noun_trigger(&lemma) == Some(EventKind::Exercise)
    });
    if names_a_document || !about_forces {
        return None;
    }
    // "the Union Shield-2027 joint exercise": the common noun after the
    // name is the trigger, however the parser hung the name on it.
    let last = view.tokens_in(entity.span).into_iter().max()?;
    let mut next = last + 1;
    while next < view.tokens().end && matches!(view.upos(next), "ADJ" | "PUNCT") {
        next += 1;
    }
    let noun_follows = view.tokens().contains(&next)
        && view.upos(next) == "NOUN"
        && noun_kind(view, next) == Some(EventKind::Exercise);
    (!noun_follows).then_some(EventKind::Exercise)
}

/// One event per trigger group: a noun whose anchor is a verb trigger of a
/// compatible kind folds into it ("signed an agreement"); a statement verb
/// that announces a nominal event gives way to it ("announced sanctions").
fn merge(view: &SentenceView, found: Vec<Candidate>) -> Vec<Candidate> {
    let mut keep: Vec<Candidate> = Vec::new();
    for c in found.iter() {
        // The verb's event, by its anchor or by the nouns it claims ("the
        // agreement ... entered into force" with the parse split apart);
        // "delivered under a contract concluded in 2023": the contract is
        // the participle's, whatever the clause's verb delivered.
        let folded = found.iter().any(|v| {
            v.trigger != c.trigger
                && (v.trigger == c.anchor || v.nouns.contains(&c.trigger))
                && (v.kind == c.kind || compatible(v.kind, c.kind))
        });
        if folded {
            continue;
        }
        // "conducted live firing and a tactical episode": joined nouns
        // of one kind are two acts, unless one word is repeated; a name
        // after its noun ("the exercise, Zapad-2025") and the items of an
        // "including" list are not.
        let joined = |k: &Candidate| {
            view.rel(c.trigger) == "conj"
                && view.head(c.trigger) == Some(k.trigger)
                && view.lemma(c.trigger) != view.lemma(k.trigger)
                && [c.trigger, k.trigger]
                    .iter()
                    .all(|&t| view.upos(t) == "NOUN" && view.entity(t).is_none())
                && view.kids_by(c.trigger, &["cc"]).next().is_some()
                && !matches!(
                    view.case_of(view.first_conjunct(k.trigger)).as_deref(),
                    Some("including" | "include" | "like" | "as")
                )
        };
        // The same noun reached twice, or one named exercise spread over
        // several tokens.
        if keep.iter().any(|k| {
            k.kind == c.kind
                && (k.anchor == c.anchor && k.anchor != k.trigger && !joined(k)
                    || view.entity(k.trigger).is_some()
                        && view.entity(k.trigger) == view.entity(c.trigger))
        }) {
            continue;
        }
        keep.push(c.clone());
    }
    // A statement whose object is another event reports that event.
    let announced: Vec<usize> = keep
        .iter()
        .filter(|c| c.kind != EventKind::Statement && c.anchor != c.trigger)
        .map(|c| c.anchor)
        .collect();
    keep.retain(|c| !(c.kind == EventKind::Statement && announced.contains(&c.trigger)));
    keep
}

fn compatible(verb: EventKind, noun: EventKind) -> bool {
    use EventKind::*;
    matches!(
        (verb, noun),
        (Agreement, _) | (Meeting, Meeting) | (Delivery, Delivery) | (Deployment, Deployment)
    ) && !matches!((verb, noun), (Agreement, Meeting | Exercise | Sanction))
}
