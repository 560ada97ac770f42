//! Status of an event: occurred, ongoing, planned, hypothetical or
//! negated, from tense, modality, negation, the verbs that govern the
//! trigger and cue words; a date later than the publication date makes a
//! non-past event planned.

use sitrep_core::{EventKind, EventStatus, TimeExpr};

use crate::detect::Candidate;
use crate::fields::SPEECH_VERBS;
use crate::lexicon;
use crate::view::SentenceView;

const PLAN_VERBS: &[&str] = &[
    "plan", "intend", "expect", "schedule", "prepare", "aim", "hope", "want", "seek", "propose",
    "decide", "promise", "pledge", "vow", "go", "due", "set", "ready", "agree", "offer", "wish",
    "try", "mean", "hold", "be", "close",
];
const HYPOTHETICAL_AUX: &[&str] = &["could", "would", "might", "may", "should", "can"];
const NEGATORS: &[&str] = &["not", "n't", "never", "no"];
const FAILURE_VERBS: &[&str] = &[
    "fail", "refuse", "decline", "reject", "cancel", "postpone", "deny",
];
/// Verbs that undo an event they govern as subject ("the meeting was
/// cancelled"); "the talks failed" still happened.
const UNDOING_VERBS: &[&str] = &["refuse", "decline", "reject", "cancel", "postpone"];

/// Status from tense, modality, negation and cue words; a date later than
/// the publication date makes a non-past event planned.
pub(crate) fn status(
    view: &SentenceView,
    c: &Candidate,
    date: Option<&TimeExpr>,
    published: Option<&str>,
) -> EventStatus {
    let a = c.anchor;
    let kid_lemmas = |i: usize, rels: &[&str]| -> Vec<String> {
        view.kids_by(i, rels)
            .map(|k| view.lemma(k).to_string())
            .collect()
    };
    let aux = kid_lemmas(a, &["aux"]);
    // "Russia will continue to supply": the future or modality of the verb
    // whose complement the trigger is.
    let governing_aux: Vec<String> = governing(view, a)
        .filter(|g| lexicon::is_aspect_verb(view.lemma(*g)))
        .map(|g| kid_lemmas(g, &["aux"]))
        .unwrap_or_default();
    let adv = kid_lemmas(a, &["advmod"]);
    // Forms as well as lemmas: "the expected deal" has the lemma "expect".
    let noun_det: Vec<String> = [c.trigger]
        .iter()
        .flat_map(|n| {
            view.kids_by(*n, &["det", "amod", "advmod"])
                .flat_map(|k| [view.lemma(k).to_string(), view.form(k).to_lowercase()])
        })
        .collect();
    // Negation on the verb, a "no" on the event noun, or "failed to".
    if adv
        .iter()
        .chain(&aux)
        .any(|w| NEGATORS.contains(&w.as_str()))
        || noun_det.iter().any(|w| w == "no")
        || governing(view, a).is_some_and(|g| FAILURE_VERBS.contains(&view.lemma(g)))
        || (c.anchor != c.trigger
            && UNDOING_VERBS.contains(&view.lemma(a))
            // "rejected the accusations": made, and answered.
            && !(c.kind == EventKind::Accusation && lexicon::rebuts_speech(view.lemma(a))))
    {
        return EventStatus::Negated;
    }
    // "agreed on a sanctions package": agreed to impose, still to come.
    if c.kind == EventKind::Sanction && c.anchor != c.trigger && view.lemma(a) == "agree" {
        return EventStatus::Planned;
    }
    // A threat of a response: "if Belarus tries ..., our response will be
    // immediate" holds only on its condition; "Minsk will respond" is the
    // response to come, as the gold codes it; "every step will receive an
    // adequate response" is the threat made.
    if c.kind == EventKind::Threat && crate::retaliation::is_retaliation_word(view.lemma(c.trigger))
    {
        let t = c.trigger;
        // The condition may hang on the noun's predicate ("our response
        // will be immediate").
        if [Some(t), view.head(t)]
            .into_iter()
            .flatten()
            .any(|x| conditioned(view, x))
        {
            return EventStatus::Hypothetical;
        }
        // "promised a mirror response", "our response will be mirror-like",
        // "would take retaliatory measures": the response is yet to come.
        let promised_noun = view.upos(t) == "NOUN"
            && view.head(t).is_some_and(|h| {
                crate::retaliation::is_promise_verb(view.lemma(h))
                    || crate::retaliation::future(view, h)
            });
        return if view.upos(t) == "VERB" && crate::retaliation::future(view, t) || promised_noun {
            EventStatus::Planned
        } else {
            EventStatus::Occurred
        };
    }
    // "unwillingness to sign", "refusal to sign" (by the parse, or by word
    // order when the parser hung the infinitive elsewhere).
    let refusal_noun = |i: usize| {
        matches!(
            view.lemma(i),
            "unwillingness" | "refusal" | "failure" | "reluctance"
        )
    };
    let word_before_to = view
        .kids_by(a, &["mark"])
        .find(|&m| view.lemma(m) == "to")
        .and_then(|m| m.checked_sub(1))
        .filter(|&b| b >= view.lo);
    if view.head(a).is_some_and(refusal_noun) || word_before_to.is_some_and(refusal_noun) {
        return EventStatus::Negated;
    }
    let conditioned = conditioned(view, a);
    // "Shoigu said Moscow would hold a staff training": the future of a
    // past report, a plan rather than a possibility.
    // The parser may hang the clause on the speech verb's object ("told
    // reporters that ..." read as a relative clause): up to two steps.
    // "would be held": the passive's "be" does not count against it.
    let reported_future = aux.iter().any(|w| w == "would")
        && aux
            .iter()
            .filter(|w| !matches!(w.as_str(), "be" | "been"))
            .count()
            == 1
        && matches!(view.rel(a), "ccomp" | "acl")
        && std::iter::successors(view.head(a), |h| view.head(*h))
            .take(2)
            .any(|h| SPEECH_VERBS.contains(&view.lemma(h)) && view.xpos(h) == "VBD");
    if !conditioned && !in_condition(view, a) && reported_future {
        return EventStatus::Planned;
    }
    // "arms that China could use to threaten Taiwan": an infinitive of
    // purpose or complement under a modal verb is as possible as that verb.
    let under_modal = view.kids_by(a, &["mark"]).any(|m| view.lemma(m) == "to")
        && view.head(a).is_some_and(|h| {
            view.kids_by(h, &["aux"])
                .any(|x| matches!(view.lemma(x), "could" | "might" | "may"))
        });
    // "was considering a ban on transit": a measure weighed, not taken.
    let weighed = c.anchor != c.trigger && lexicon::considers(view.lemma(a));
    if conditioned
        || in_condition(view, a)
        || under_modal
        || weighed
        || aux
            .iter()
            .chain(&governing_aux)
            .any(|w| HYPOTHETICAL_AUX.contains(&w.as_str()))
    {
        return EventStatus::Hypothetical;
    }
    let past = view.xpos(a) == "VBD"
        || (view.xpos(a) == "VBN" && !aux.iter().any(|w| w == "will"))
        || aux.iter().any(|w| w == "have" || w == "do") && !aux.iter().any(|w| w == "will");
    // A to-infinitive is not (yet) realized, except after verbs that say
    // it was ("managed to", "began to"); "is to hold talks" is a plan.
    // "likely to be signed": a passive infinitive.
    let passive_infinitive = view.xpos(a) == "VBN"
        && view
            .kids(a)
            .iter()
            .any(|k| view.full_rel(*k) == "aux:pass" && view.form(*k) == "be");
    let infinitive = (view.xpos(a) == "VB" || passive_infinitive)
        && view.kids_by(a, &["mark"]).any(|m| view.lemma(m) == "to")
        && !view.head(a).is_some_and(|h| {
            realizes_infinitive(view.lemma(h))
                // "used a Christmas message to denounce": the parser hangs
                // the infinitive on the object of the realizing verb.
                || view.rel(a) == "acl"
                    && view.rel(h) == "obj"
                    && view.head(h).is_some_and(|v| realizes_infinitive(view.lemma(v)))
        });
    // A present-tense verb with a date is a schedule ("the summit begins
    // on 16 December").
    let scheduled = matches!(view.xpos(a), "VBZ" | "VBP")
        && aux.is_empty()
        && date.is_some_and(|d| !d.value.ends_with("_REF"));
    // "ahead of talks with the LSE on Friday", "before the summit": an
    // event named as what the clause comes before is still to come, unless
    // its own date lies before the publication ("deployed ahead of the
    // exercise in September 2025", read a year later).
    let dated_before_publication =
        date.is_some_and(|d| published.is_some_and(|p| is_after(p, &d.value)));
    let awaited = !dated_before_publication
        && view.case_of(c.trigger).is_some_and(|case| {
            matches!(case.as_str(), "before" | "ahead")
                || case == "of"
                    && view
                        .head(c.trigger)
                        .is_some_and(|h| view.lemma(h) == "ahead")
        });
    // "a few hours before visiting the community", "before he meets
    // Putin": a clause the main one comes before is still to come.
    let before_clause = |v: usize| {
        matches!(view.xpos(v), "VBG" | "VBP" | "VBZ" | "VB")
            && view
                .kids_by(v, &["mark", "case"])
                .any(|m| matches!(view.lemma(m), "before" | "ahead"))
    };
    let awaited = awaited
        || before_clause(a)
        || governing(view, a)
            .is_some_and(|g| before_clause(g) && PLAN_VERBS.contains(&view.lemma(g)));
    // "ministers are meeting on Thursday": the progressive with a named
    // day (or a date still to come) is an arrangement, not an activity
    // under way ("is meeting officials this week" stays ongoing).
    let arranged = view.xpos(a) == "VBG"
        && aux.iter().any(|w| w == "be")
        && date.is_some_and(|d| {
            d.value.contains("-WXX-") || published.is_some_and(|p| is_after(&d.value, p))
        });
    if aux
        .iter()
        .chain(&governing_aux)
        .any(|w| w == "will" || w == "shall" || w == "'ll" || w == "must")
        || scheduled_by_clause(view, c.trigger)
        || planned_as_subject(view, c.trigger)
        || awaited
        || arranged
        || infinitive
        || scheduled
        || noun_det.iter().any(|w| {
            matches!(
                w.as_str(),
                "upcoming"
                    | "planned"
                    | "forthcoming"
                    | "future"
                    | "next"
                    | "proposed"
                    | "scheduled"
                    | "possible"
                    | "potential"
                    | "expected"
                    | "prospective"
            )
        })
        || governing(view, a).is_some_and(|g| {
            PLAN_VERBS.contains(&view.lemma(g)) && !matches!(view.lemma(g), "hold")
        })
        || (c.anchor != c.trigger
            && matches!(view.lemma(a), "plan" | "schedule" | "prepare")
            && !past)
    {
        return EventStatus::Planned;
    }
    let in_talks = c.kind == EventKind::Meeting
        && view.case_of(c.trigger).as_deref() == Some("in")
        && view.xpos(a) != "VBD";
    if in_talks
        || (view.xpos(a) == "VBG" && aux.iter().any(|w| w == "be"))
        // "is being held", "are being conducted": the present progressive
        // passive.
        || (view.xpos(a) == "VBN"
            && view.kids(a).iter().any(|&k| view.form(k).eq_ignore_ascii_case("being"))
            && view
                .kids(a)
                .iter()
                .any(|&k| view.rel(k) == "aux" && matches!(view.xpos(k), "VBZ" | "VBP")))
        || noun_det
            .iter()
            .any(|w| matches!(w.as_str(), "ongoing" | "current"))
        || (c.anchor != c.trigger
            && lexicon::is_aspect_verb(view.lemma(a))
            && view.xpos(a) != "VBD")
        // "continue to build up forces": the present of going on.
        || governing(view, a).is_some_and(|g| {
            let present = matches!(view.xpos(g), "VBP" | "VBZ")
                // A finite "continue" the tagger read as a base form.
                || view.xpos(g) == "VB"
                    && view.kids_by(g, &["nsubj"]).next().is_some()
                    && view.kids_by(g, &["aux", "mark"]).next().is_none();
            matches!(view.lemma(g), "continue" | "keep") && present
        })
        // "the German brigade stationed in Lithuania", "are still
        // stationed there", "is deployed in Belarus": forces in place now,
        // told by a bare participle on them or a present passive.
        || (c.kind == EventKind::Deployment
            && view.xpos(a) == "VBN"
            && matches!(view.lemma(a), "station" | "position" | "post" | "deploy" | "base")
            && (view.rel(a) == "acl" && aux.is_empty()
                || view.kids(a).iter().any(|&k| {
                    view.full_rel(k) == "aux:pass" && matches!(view.xpos(k), "VBP" | "VBZ")
                })))
        // "is on a visit to Moscow", "are on combat duty", "remains on
        // combat duty": an event noun predicated in the present.
        || (c.anchor == c.trigger
            && view
                .kids_by(a, &["cop"])
                .any(|k| matches!(view.xpos(k), "VBP" | "VBZ")))
        || (view.lemma(a) == "remain" && matches!(view.xpos(a), "VBP" | "VBZ"))
        // "have conducted the exercises since 2006", "conduct them every
        // year since 2006", "has been on combat duty since 2016" (the
        // event noun heading its copular clause): a series or a state
        // still going on.
        || (matches!(view.xpos(a), "VBP" | "VBZ")
            || aux.iter().any(|w| w == "have")
                && (view.xpos(a) == "VBN" || view.kids_by(a, &["cop"]).next().is_some()))
            && view
                .kids_by(a, &["obl"])
                .any(|k| view.case_of(k).as_deref() == Some("since"))
        // "also began talks with the LSE": talks begun and not reported
        // ended are under way.
        || (c.anchor != c.trigger
            && matches!(view.lemma(a), "begin" | "start")
            && c.kind == EventKind::Meeting
            && view.xpos(a) == "VBD")
    {
        return EventStatus::Ongoing;
    }
    if !past {
        if let (Some(d), Some(p)) = (date, published) {
            if is_after(&d.value, p) {
                return EventStatus::Planned;
            }
        }
    }
    EventStatus::Occurred
}

/// "the exercise, which is scheduled for September", "an exercise
/// announced for later this month", "talks that will take place in May":
/// a clause on the event noun that puts it in the future.
fn scheduled_by_clause(view: &SentenceView, noun: usize) -> bool {
    view.kids_by(noun, &["acl"]).any(|k| {
        let lemma = view.lemma(k);
        lexicon::is_scheduling_word(lemma) && matches!(view.xpos(k), "VBN" | "JJ")
            || lemma == "announce"
                && view
                    .kids_by(k, &["obl"])
                    .any(|o| view.case_of(o).as_deref() == Some("for"))
            || view.kids_by(k, &["aux"]).any(|x| view.lemma(x) == "will")
    })
}

/// "Joint live firing is planned at the tank range", "the talks are
/// scheduled for May": the event noun is what a present passive of a
/// scheduling verb puts in the future.
fn planned_as_subject(view: &SentenceView, noun: usize) -> bool {
    if view.full_rel(noun) != "nsubj:pass" {
        return false;
    }
    view.head(noun).is_some_and(|h| {
        lexicon::is_scheduling_word(view.lemma(h))
            && view
                .kids_by(h, &["aux"])
                .any(|x| matches!(view.form(x).to_lowercase().as_str(), "is" | "are"))
    })
}

/// Verbs whose infinitive complement happened when they did ("managed to
/// sign", "used the visit to announce", "forced the ministry to cancel").
fn realizes_infinitive(lemma: &str) -> bool {
    matches!(
        lemma,
        "manage"
            | "help"
            | "begin"
            | "start"
            | "continue"
            | "succeed"
            | "use"
            | "prompt"
            | "force"
            | "compel"
            | "cause"
    )
}

/// The verb `a` is an open complement of ("plans to hold", "failed to sign").
pub(crate) fn governing(view: &SentenceView, a: usize) -> Option<usize> {
    let mut at = a;
    for _ in 0..2 {
        if view.rel(at) == "xcomp" {
            return view.head(at);
        }
        if view.rel(at) == "conj" {
            at = view.head(at)?;
            continue;
        }
        return None;
    }
    None
}

/// Whether `a` sits in an "if"/"unless" clause.
fn in_condition(view: &SentenceView, a: usize) -> bool {
    let mut at = a;
    for _ in 0..4 {
        if view.kids_by(at, &["mark"]).any(|m| {
            matches!(
                view.lemma(m),
                "if" | "unless" | "whether" | "providing" | "provided"
            )
        }) {
            return true;
        }
        match view.head(at) {
            Some(h) if matches!(view.rel(at), "xcomp" | "conj") => at = h,
            _ => return false,
        }
    }
    false
}

/// Whether TIMEX3 value `date` (a calendar date or month) lies after the
/// publication date `published` (ISO 8601), comparing what both state.
fn is_after(date: &str, published: &str) -> bool {
    let valid = |s: &str| s.len() >= 4 && s[..4].chars().all(|c| c.is_ascii_digit());
    if !valid(date) || !valid(published) {
        return false;
    }
    let n = date.len().min(published.len()).min(10);
    date.get(..n) > published.get(..n)
}

/// "if Minsk agrees", "unless the talks fail": an adverbial clause of
/// condition on `x`.
fn conditioned(view: &SentenceView, x: usize) -> bool {
    view.kids_by(x, &["advcl"]).any(|k| {
        view.kids_by(k, &["mark"]).any(|m| {
            matches!(
                view.lemma(m),
                "if" | "unless" | "providing" | "provided" | "should"
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn future_dates_compare_on_common_precision() {
        assert!(is_after("2025-11-03", "2025-10-15"));
        assert!(!is_after("2025-10-15", "2025-10-15T17:34:00"));
        assert!(!is_after("2009", "2025-10-15"));
        assert!(is_after("2026", "2025-10-15"));
        assert!(!is_after("PRESENT_REF", "2025-10-15"));
    }
}
