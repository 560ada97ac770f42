//! Meetings and exercises named in a prepositional phrase that sets them
//! in place or time ("at their meeting in London", "ahead of a meeting of
//! the finance ministers on Monday", "during a visit to Britain", "during
//! the Zapad-2025 exercise in September 2025"), or as the dated subject of
//! a verb about them ("the exercise in September 2025 confirmed …"). Such
//! nouns are normally background ("at the meeting"), but one given its own
//! place or date is reported there for the first time: the gold's stated
//! exception, and the common way news mentions a meeting in passing. So
//! is a stage of an exercise given its own dates ("At the first stage, on
//! 7-8 September, …").

use sitrep_core::{EntityLabel, EventKind, TimeType};

use crate::detect::Candidate;
use crate::lexicon;
use crate::view::SentenceView;

/// The token the fields of a meeting noun `noun` in a prepositional phrase
/// hang on — the verb of the clause the phrase belongs to, or the noun
/// itself — when the noun carries its own place or date.
pub(crate) fn meeting_in_phrase(view: &SentenceView, noun: usize, head_of: usize) -> Option<usize> {
    // "approved at a session of the joint board", "discussed at a
    // session of the commission on 10 February": a sitting of a named
    // body is a meeting wherever the clause that uses it is dated.
    if let Some(verb) = sitting_of_body(view, noun, head_of) {
        return Some(verb);
    }
    // Nouns that name a gathering in any use; "session" (of trading) or
    // "consultation" (of the public) need a verb that holds them.
    if !matches!(
        view.lemma(noun),
        "meeting"
            | "talk"
            | "talks"
            | "summit"
            | "visit"
            | "trip"
            | "negotiation"
            | "negotiations"
            // "during a phone conversation on 2 March" (a call, by
            // `noun_kind`), "during consultations in Moscow on 22
            // September": with their own date or place, as below.
            | "conversation"
            | "consultation"
            | "consultations"
            // "during the joint strategic exercise Zapad-2025 in September
            // 2025": a military exercise (the noun passed `noun_kind`).
            | "exercise"
            | "exercises"
            | "drill"
            | "drills"
    ) {
        return None;
    }
    // "the Zapad-2025 strategic exercise in September 2025 confirmed …":
    // a dated or placed subject of a verb that says something about it.
    // A copula only describes it ("Thursday's meeting was only a first
    // step", "the meeting at a hotel was the first in a tour").
    if view.full_rel(head_of) == "nsubj" {
        let predicate = view.head(head_of)?;
        let copular =
            view.upos(predicate) != "VERB" || view.kids_by(predicate, &["cop"]).next().is_some();
        return (!copular && carries_own_setting(view, noun)).then_some(noun);
    }
    if !matches!(view.rel(head_of), "obl" | "nmod") {
        return None;
    }
    let head = view.head(head_of)?;
    // "on", "about", "over", "of" make the meeting a topic ("a report on
    // the talks"), "with" a companion ("with talks in Geneva"); "ahead of"
    // sets it in time.
    let case = view.case_of(head_of).unwrap_or_default();
    // The parser reads "ahead of" as an adverb with its "of", or as one
    // two-word preposition.
    let ahead_of = case == "of" && view.lemma(head) == "ahead" || case == "ahead";
    // "arrived in Minsk on a working visit": the visit is what happened.
    if case == "on"
        && matches!(view.lemma(noun), "visit" | "trip")
        && matches!(
            view.lemma(head),
            "arrive" | "come" | "travel" | "fly" | "go" | "be"
        )
    {
        return Some(head);
    }
    if !ahead_of
        && matches!(
            case.as_str(),
            "of" | "on" | "about" | "over" | "with" | "like"
        )
    {
        return None;
    }
    if !carries_own_setting(view, noun) {
        return None;
    }
    let clause = if ahead_of {
        view.head(head).unwrap_or(head)
    } else {
        head
    };
    let verb = (view.upos(clause) == "VERB").then_some(clause);
    Some(verb.unwrap_or(noun))
}

/// The clause verb a "session of <body>" in an "at" phrase hangs on, when
/// the session or that clause has its own date or place ("summed up at
/// an extended session of the Collegium" on 28 May).
fn sitting_of_body(view: &SentenceView, noun: usize, head_of: usize) -> Option<usize> {
    if !matches!(view.lemma(noun), "session" | "sitting") || head_of != noun {
        return None;
    }
    if view.rel(noun) != "obl" || view.case_of(noun).as_deref() != Some("at") {
        return None;
    }
    let body = view.of_phrases(noun).next()?;
    if !matches!(
        view.lemma(body),
        "council"
            | "commission"
            | "board"
            | "collegium"
            | "collegiums"
            | "committee"
            | "parliament"
            | "assembly"
            | "cabinet"
            | "government"
            | "presidium"
            | "senate"
            | "duma"
    ) {
        return None;
    }
    let verb = view.head(noun).filter(|&v| view.upos(v) == "VERB")?;
    // On the session itself, in a clause on it ("scheduled for
    // December") or on the verb; a clause deeper in the of-chain ("of the
    // two countries that was held in Moscow") stages the session on its
    // own (`staged_by_own_clause`).
    let in_own_clause = |t: usize| {
        view.kids_by(noun, &["acl"])
            .any(|k| view.descends_from(t, k))
    };
    let dated = carries_own_setting(view, noun)
        || view.tokens().any(|t| {
            t != noun
                && view.descends_from(t, verb)
                && (!view.descends_from(t, noun) || in_own_clause(t))
                && sets_place_or_date(view, t)
        });
    dated.then_some(verb)
}

/// "the results of the joint exercise Interaction-2026, which was held in
/// Kyrgyzstan in September", "Zapad-2025, held in September 2025 at the
/// Obuz-Lesnovsky range": a clause on a meeting or exercise noun that
/// stages it, with its own date or place, reports it wherever the noun
/// stands. Only where the noun's own place in the sentence reported
/// nothing (the caller's fallback).
pub(crate) fn staged_by_own_clause(view: &SentenceView, noun: usize) -> Option<Candidate> {
    let (clause, before_name) = staging_clause(view, noun)?;
    let kind = match before_name {
        Some(_) => lexicon::noun_trigger(view.lemma(noun))?,
        None => crate::detect::noun_kind(view, noun)?,
    };
    let fits = match kind {
        EventKind::Meeting | EventKind::Exercise => !puts_in_place(view, clause),
        EventKind::Sanction => puts_in_place(view, clause),
        _ => false,
    };
    if !fits {
        return None;
    }
    Some(Candidate {
        kind,
        trigger: noun,
        anchor: clause,
        // "the EU's sanctions package": the measure's owner is the noun's.
        nouns: std::iter::once(noun)
            .chain(before_name.filter(|&m| lexicon::is_event_measure(view.lemma(m))))
            .collect(),
    })
}

/// The clause that stages the noun with its own date or place, and the
/// name the noun stands before, if any (see [`staged_by_own_clause`]).
pub(crate) fn staging_clause(view: &SentenceView, noun: usize) -> Option<(usize, Option<usize>)> {
    // A noun before a name ("the joint strategic exercise Zapad-2025")
    // has its modifiers on the name: the name and the clause make it one.
    // So does a noun before its measure ("the 20th sanctions package,
    // adopted in February").
    let before_name = view.head(noun).filter(|&name| {
        view.rel(noun) == "compound"
            && name > noun
            && (view.form(name).starts_with(char::is_uppercase)
                || lexicon::is_event_measure(view.lemma(name)))
    });
    let phrase_end = match before_name {
        Some(name) => name,
        None if matches!(view.rel(noun), "compound" | "flat") => return None,
        None => noun,
    };
    let stages_with_setting = |k: usize| {
        let stages = lexicon::stages_event(view.lemma(k))
            || puts_in_place(view, k)
            || view
                .kids_by(k, &["xcomp"])
                .any(|x| lexicon::stages_event(view.lemma(x)));
        stages
            && view
                .tokens()
                .any(|t| t != k && view.descends_from(t, k) && sets_place_or_date(view, t))
    };
    // The clause first: the noun's sense is read only for a noun that
    // has one (this runs on every noun no other reading claimed).
    // "a session of the collegiums held in Moscow", "the session of the
    // joint board of the ministries that was held in October": the
    // parser hangs the clause on the last body of the of-chain.
    let clause = std::iter::once(noun)
        .chain(view.of_chain(noun, 3))
        .flat_map(|n| view.kids_by(n, &["acl"]))
        .find(|&k| stages_with_setting(k))
        .or_else(|| clause_after_comma(view, phrase_end).filter(|&k| stages_with_setting(k)))?;
    Some((clause, before_name))
}

/// "sanctions, which were first introduced in October 2020": a measure
/// put in place by its own clause.
pub(crate) fn puts_in_place(view: &SentenceView, k: usize) -> bool {
    lexicon::imposes_measure(view.lemma(k)) || lexicon::unveils_measure(view.lemma(k))
}

/// The relative clause or participle right after a noun phrase and its
/// comma, wherever the parser attached it ("Zapad-2025, held in
/// September 2025" hung on the sentence's verb).
fn clause_after_comma(view: &SentenceView, phrase_end: usize) -> Option<usize> {
    let (comma, first) = (phrase_end + 1, phrase_end + 2);
    if first >= view.tokens().end || view.form(comma) != "," {
        return None;
    }
    if matches!(view.lemma(first), "which" | "that") && view.rel(first) == "nsubj" {
        return view.head(first).filter(|&k| view.rel(k) == "acl");
    }
    (view.xpos(first) == "VBN" && matches!(view.rel(first), "acl" | "advcl")).then_some(first)
}

/// Whether a place name (in/at/to a location) or a date (a time
/// expression, "Tuesday's meeting") hangs on the noun within its own
/// phrase, not through a clause of its own.
pub(crate) fn carries_own_setting(view: &SentenceView, noun: usize) -> bool {
    view.tokens().any(|t| {
        if t == noun || !view.descends_from(t, noun) || through_clause(view, t, noun) {
            return false;
        }
        sets_place_or_date(view, t)
    })
}

/// Whether token `t` is part of a place name with its own "in"/"at"/"to"
/// or of a date.
fn sets_place_or_date(view: &SentenceView, t: usize) -> bool {
    // The place name's own preposition ("talks with the government in
    // Copenhagen" hangs the place on the partner, still the talks' place).
    let place = view.entity(t).is_some_and(|e| e.label == EntityLabel::Loc)
        && view
            .case_of(t)
            .is_some_and(|c| matches!(c.as_str(), "in" | "at" | "to"));
    let span = view.tok(t).span;
    // "at the moment" is the present, not the meeting's date.
    let date = view.doc.layers.times.iter().any(|x| {
        x.kind == TimeType::Date
            && x.value != "PRESENT_REF"
            && x.span.start <= span.start
            && span.end <= x.span.end
    });
    // "last week" with no publication date to resolve it against: the
    // time layer has no expression, the parse still marks a bare time noun.
    let time_noun = matches!(
        view.full_rel(t),
        "obl:unmarked" | "obl:tmod" | "nmod:tmod" | "nmod:unmarked"
    ) && sitrep_core::shapes::is_time_unit_noun(view.lemma(t));
    place || date || time_noun
}

/// Whether the path from `t` up to `noun` passes a clause ("a meeting
/// that ended on Monday" dates the ending, in its relative clause). A
/// clause on the noun that only says it takes place ("the session, which
/// took place in Moscow on Thursday") sets the noun itself.
fn through_clause(view: &SentenceView, mut t: usize, noun: usize) -> bool {
    while let Some(h) = view.head(t) {
        let stages_noun = h == noun && view.rel(t) == "acl" && lexicon::stages_event(view.lemma(t));
        if !stages_noun
            && matches!(
                view.rel(t),
                "acl" | "advcl" | "ccomp" | "xcomp" | "parataxis"
            )
        {
            return true;
        }
        if h == noun {
            return false;
        }
        t = h;
    }
    false
}

/// "…, and a joint session of the boards … will be held during it" with
/// the noun hung on the clause before as a conjunct: the verb group right
/// after the noun's phrase, when it is a passive "be held" / "be
/// conducted" or a verb of taking place that has no subject of its own,
/// is the noun's clause.
pub(crate) fn verb_after_phrase(view: &SentenceView, noun: usize) -> Option<usize> {
    if matches!(view.rel(noun), "nsubj" | "nsubj:pass") {
        return None;
    }
    let end = view.subtree_span(noun).end;
    let mut t = view.tokens().find(|&t| view.tok(t).span.start >= end)?;
    while view.tokens().contains(&t) && (view.upos(t) == "AUX" || view.upos(t) == "ADV") {
        t += 1;
    }
    if !view.tokens().contains(&t) || view.upos(t) != "VERB" || view.descends_from(t, noun) {
        return None;
    }
    let passive = view.is_passive(t);
    let takes_place = lexicon::is_occurrence_verb(view.lemma(t))
        || passive && lexicon::is_light_verb(view.lemma(t));
    let subjectless = !view
        .kids(t)
        .iter()
        .any(|&k| matches!(view.rel(k), "nsubj" | "csubj" | "expl"));
    (takes_place && subjectless).then_some(t)
}

/// The token the fields of stage `i` hang on, when the stage of an
/// exercise is given its own dates: "At the first stage, on 7-8
/// September, the headquarters will relocate", "the final stage,
/// scheduled for 17-19 July, will end" are told wherever they stand;
/// "during the first stage, units conducted ..." only frames its clause,
/// and "to observe the active phase" watches a stage told before. `head`
/// is the word the stage's phrase hangs on.
pub(crate) fn dated_stage(view: &SentenceView, i: usize, head: usize) -> Option<usize> {
    if !matches!(view.lemma(i), "stage" | "phase")
        || view
            .head(i)
            .is_some_and(|h| matches!(view.lemma(h), "watch" | "observe" | "monitor" | "sum"))
    {
        return None;
    }
    let own = view.tok(i).span;
    let reach = view.tok((i + 5).min(view.hi - 1)).span.end;
    let dated = view
        .dates()
        .iter()
        .any(|d| d.span.start >= own.start && d.span.start < reach);
    // Its fields hang on the clause's verb, or on the stage itself ("the
    // second stage is under way").
    dated.then(|| {
        if crate::detect::is_verb(view, head) {
            head
        } else {
            i
        }
    })
}
