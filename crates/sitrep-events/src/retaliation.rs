//! Threats made by announcing a response: "Minsk would respond", "we will
//! retaliate with mirror measures", "every unfriendly step will receive an
//! adequate response". The trigger is the response threatened, and the
//! threat is made when it is said.

use sitrep_core::{EntityLabel, EventKind};

use crate::detect::Candidate;
use crate::view::SentenceView;
use crate::COUNTRIES;

/// Words whose threatened response is the threat; "measure" and "step"
/// only as retaliatory ones ([`threat`] checks their modifiers).
pub(crate) fn is_retaliation_word(lemma: &str) -> bool {
    matches!(
        lemma,
        "respond"
            | "retaliate"
            | "response"
            | "retaliation"
            | "answer"
            | "measure"
            | "step"
            | "countermeasure"
    )
}

/// Verbs that commit to a response to come: "vowed to respond", "promised
/// a mirror response".
pub(crate) fn is_promise_verb(lemma: &str) -> bool {
    matches!(lemma, "vow" | "promise" | "pledge" | "threaten")
}

/// A threat of response at token `i`, if `i` is one.
pub(crate) fn threat(view: &SentenceView, i: usize) -> Option<Candidate> {
    let lemma = view.lemma(i);
    let threatened = match lemma {
        "respond" | "retaliate" => {
            view.upos(i) == "VERB"
                && future(view, i)
                && side_speaks(view, i)
                && answers_a_move(view, i)
        }
        "response" | "retaliation" | "answer" => view.upos(i) == "NOUN" && firm_response(view, i),
        // "would take retaliatory measures": the measures are the response.
        "measure" | "step" | "countermeasure" => {
            view.upos(i) == "NOUN"
                && (lemma == "countermeasure"
                    || view
                        .kids_by(i, &["amod", "compound"])
                        .any(|m| matches!(view.lemma(m), "retaliatory" | "mirror" | "response")))
                && firm_response(view, i)
        }
        _ => false,
    };
    threatened.then(|| Candidate {
        kind: EventKind::Threat,
        trigger: i,
        anchor: i,
        nouns: Vec::new(),
    })
}

/// "will respond", "would retaliate", "vowed to respond", "will be forced
/// to respond", "is ready to retaliate", "reserves the right to respond".
pub(crate) fn future(view: &SentenceView, verb: usize) -> bool {
    let will = |v: usize| has_will(view, v);
    let bound = |h: usize| match view.lemma(h) {
        "ready" | "prepared" => true,
        "force" | "compel" | "oblige" | "have" | "need" => will(h),
        lemma => is_promise_verb(lemma),
    };
    let right_reserved = || {
        view.head(verb).is_some_and(|r| {
            view.lemma(r) == "right" && view.head(r).is_some_and(|v| view.lemma(v) == "reserve")
        })
    };
    will(verb)
        || view.rel(verb) == "xcomp" && view.head(verb).is_some_and(bound)
        || view.rel(verb) == "acl" && right_reserved()
}

/// A state, its government or forces, or "we" responds: not a company
/// answering questions.
pub(crate) fn side_speaks(view: &SentenceView, verb: usize) -> bool {
    // "If anyone dares to attack Belarus, Russia will respond" read with
    // "Russia" as a conjunct of "Belarus": the name right before the verb.
    let subject = view
        .kids_by(verb, &["nsubj"])
        .next()
        .or_else(|| {
            (view.rel(verb) == "xcomp")
                .then(|| view.head(verb))
                .flatten()
                .and_then(|h| view.kids_by(h, &["nsubj"]).next())
        })
        // "Minsk reserves the right to respond".
        .or_else(|| {
            (view.rel(verb) == "acl")
                .then(|| view.head(verb).and_then(|right| view.head(right)))
                .flatten()
                .and_then(|v| view.kids_by(v, &["nsubj"]).next())
        })
        .or_else(|| crate::fallback::subject_before(view, verb));
    subject.is_some_and(|s| {
        let form = view.form(s);
        matches!(
            view.lemma(s),
            "we" | "government" | "ministry" | "army" | "side"
        ) || COUNTRIES.country_or_capital(form).is_some()
            || view.entity(s).is_some_and(|e| {
                e.label == EntityLabel::Org
                    && !COUNTRIES.countries_in(view.doc.slice(e.span)).is_empty()
            })
    })
}

/// No object, "with" measures, or "to" a hostile move: "respond to
/// questions" answers, it does not threaten.
pub(crate) fn answers_a_move(view: &SentenceView, verb: usize) -> bool {
    view.kids_by(verb, &["obj", "obl", "ccomp"]).all(|k| {
        match view.case_of(k).as_deref() {
            Some("with") => true,
            // "will respond to any violation of our airspace".
            Some("to") if view.kids_by(k, &["det"]).any(|d| view.lemma(d) == "any") => true,
            Some("to") => matches!(
                view.lemma(k),
                "provocation"
                    | "aggression"
                    | "step"
                    | "measure"
                    | "sanction"
                    | "action"
                    | "deployment"
                    | "threat"
                    | "move"
                    | "decision"
                    | "attack"
            ),
            // "respond in kind", "respond decisively in the autumn".
            Some("in") => true,
            _ => view.rel(k) == "obl" && view.case_of(k).is_none() && view.upos(k) == "ADV",
        }
    })
}

/// "an adequate response", "a mirror response", "a tough retaliation"
/// that something will receive or meet, or that a side promises; or a
/// side's own response to come ("our response will be immediate").
fn firm_response(view: &SentenceView, noun: usize) -> bool {
    let firm = matches!(view.lemma(noun), "measure" | "step" | "countermeasure")
        || view
            .kids_by(noun, &["amod", "compound"])
            .any(|m| is_firm_word(view.lemma(m)));
    let will = |h: usize| {
        view.kids_by(h, &["aux"])
            .any(|a| matches!(view.lemma(a), "will" | "would"))
    };
    let Some(h) = view.head(noun) else {
        return false;
    };
    // "every step will receive an adequate response", "would take
    // retaliatory measures".
    let met = matches!(
        view.lemma(h),
        "receive" | "meet" | "face" | "get" | "follow" | "provoke" | "take" | "adopt"
    ) && will(h);
    // "promised a mirror response", "vowed retaliatory measures".
    let promised = view.full_rel(noun) == "obj" && is_promise_verb(view.lemma(h));
    // "Our response will be mirror-like": the side's own response to come.
    let own = view.rel(noun) == "nsubj"
        && will(h)
        && view
            .kids(noun)
            .iter()
            .any(|&p| view.full_rel(p) == "nmod:poss" && matches!(view.lemma(p), "we" | "our"));
    // "if someone crosses the line, the response will be immediate": a
    // response to come, described as swift or harsh.
    let described = view.rel(noun) == "nsubj"
        && will(h)
        && view.kids_by(h, &["cop"]).next().is_some()
        && is_firm_word(view.lemma(h));
    firm && (met || promised) || own || described
}

/// Words that make a response a threat, before it ("an adequate
/// response") or as its predicate ("the response will be immediate").
fn is_firm_word(lemma: &str) -> bool {
    matches!(
        lemma,
        "adequate"
            | "appropriate"
            | "mirror"
            | "tough"
            | "harsh"
            | "firm"
            | "decisive"
            | "proportionate"
            | "asymmetric"
            | "symmetrical"
            | "military"
            | "retaliatory"
            | "immediate"
            | "swift"
            | "severe"
            | "resolute"
    )
}

/// "will respond", "would retaliate": a verb with a future modal.
fn has_will(view: &SentenceView, verb: usize) -> bool {
    view.kids_by(verb, &["aux"])
        .any(|a| matches!(view.lemma(a), "will" | "would" | "shall" | "'ll"))
}

/// What a warning says will be done by force or in answer: "would not go
/// unanswered", "will take all necessary measures", "will be shot down",
/// "every metre will be defended". The content clause `content` of a
/// warning verb, with its modal.
pub(crate) fn warns_of_force(view: &SentenceView, content: usize) -> bool {
    let in_content = |t: usize| t == content || view.descends_from(t, content);
    // "would not go unanswered", "will not remain without a response".
    let unanswered = view
        .tokens()
        .any(|t| in_content(t) && view.lemma(t) == "unanswered");
    if unanswered {
        return true;
    }
    let modal = has_will(view, content);
    let forceful = matches!(
        view.lemma(content),
        "shoot" | "destroy" | "defend" | "neutralise" | "neutralize" | "repel" | "strike"
    );
    // "would take all necessary measures", "will take steps".
    let measures = view.lemma(content) == "take"
        && view
            .kids_by(content, &["obj"])
            .any(|o| matches!(view.lemma(o), "measure" | "step" | "action"));
    modal && (forceful || measures)
}
