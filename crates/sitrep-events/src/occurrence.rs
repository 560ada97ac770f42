//! Whether a trigger reports one occurrence: a question asks whether an
//! event happens, a habit repeats one, a gerund before the clause's act
//! orders a step already told, and an activity named as a subject is no
//! happening. Applied to every candidate, the rules' and the classifier's.

use sitrep_core::EventKind;

use crate::detect::Candidate;
use crate::view::SentenceView;

/// Questions, habits and activities named as subjects are no events,
/// whoever proposed the trigger.
pub(crate) fn reports_one_occurrence(view: &SentenceView, c: &Candidate) -> bool {
    // "delivering aid and recovering the dead remain priorities": a
    // gerund as subject names an activity, not an occurrence.
    !is_question(view, c.anchor)
        && !is_habitual(view, c)
        && !is_prior_step(view, c)
        && !crate::noun_senses::counts_many(view, c.trigger)
        && (view.rel(c.anchor) != "csubj" || view.xpos(c.anchor) != "VBG")
}

/// "Before receiving the equipment, the crews underwent retraining": a
/// gerund that only orders the clause's act against a delivery or course
/// names a step already reported, unless it carries its own date ("after
/// receiving the first batch in 2024"). Meetings and words so placed
/// ("after visiting the plant", "after criticising him") are news.
fn is_prior_step(view: &SentenceView, c: &Candidate) -> bool {
    let verb = c.anchor;
    matches!(c.kind, EventKind::Delivery | EventKind::Training)
        && verb == c.trigger
        && view.xpos(verb) == "VBG"
        && view
            .kids_by(verb, &["mark"])
            .any(|m| matches!(view.lemma(m), "before" | "after" | "upon"))
        && !view.dates().iter().any(|d| {
            view.tokens_in(d.span)
                .iter()
                .any(|&t| view.descends_from(t, verb))
        })
}

/// What happens every year or regularly ("tourists who visit Cuba every
/// year", "one visit every three years", "the sides meet regularly") is a
/// habit, not one occurrence: the gold leaves habitual descriptions out.
fn is_habitual(view: &SentenceView, c: &Candidate) -> bool {
    // A named series ("conduct the Union Shield exercises every year") is
    // a specific event, held again and again.
    let named = view.upos(c.trigger) == "NOUN"
        && (c.trigger.saturating_sub(4).max(view.lo)..c.trigger)
            .rev()
            .take_while(|&t| !matches!(view.upos(t), "VERB" | "AUX" | "ADP" | "PUNCT"))
            .any(|t| view.upos(t) == "PROPN");
    if named {
        return false;
    }
    // "the daily rise in deaths announced on Friday": a routine figure.
    let routine_figure = view.rel(c.anchor) == "acl"
        && std::iter::successors(view.head(c.anchor), |&h| {
            (view.rel(h) == "nmod").then(|| view.head(h)).flatten()
        })
        .take(2)
        .any(|h| {
            view.kids_by(h, &["amod"]).any(|m| {
                matches!(
                    view.lemma(m),
                    "daily" | "weekly" | "monthly" | "annual" | "yearly" | "quarterly"
                )
            })
        });
    if routine_figure {
        return true;
    }
    // "When you meet him, you see something special": anyone, any time.
    let generic_you = view
        .kids_by(c.anchor, &["nsubj"])
        .any(|s| view.lemma(s) == "you")
        && view
            .kids_by(c.anchor, &["mark", "advmod"])
            .any(|m| matches!(view.lemma(m), "when" | "whenever" | "once"));
    if generic_you {
        return true;
    }
    let periodic = |k: usize| {
        matches!(
            view.lemma(k),
            "annually"
                | "yearly"
                | "regularly"
                // "frequently meets with members of Congress", "everywhere
                // he visits".
                | "frequently"
                | "often"
                | "usually"
                | "typically"
                | "habitually"
                | "everywhere"
                | "wherever"
                | "whenever"
                | "routinely"
                | "monthly"
                | "weekly"
                | "daily"
                | "nightly"
        ) && view.upos(k) == "ADV"
            || view.kids_by(k, &["det"]).any(|d| {
                matches!(view.lemma(d), "every" | "each")
                    && crate::lexicon::is_period_noun(view.lemma(k))
            })
    };
    // A clause hung on the event has its own habits: "the session was held
    // in Minsk in 2001; since then the boards have met every year".
    [c.anchor, c.trigger]
        .into_iter()
        .flat_map(|h| view.kids(h).iter().copied())
        .filter(|&k| view.upos(k) != "VERB")
        .any(|k| periodic(k) || view.kids_by(k, &["nmod", "obl"]).any(periodic))
}

/// A yes/no question ("Should the United Kingdom approve the treaty?")
/// asks whether an event happens; it asserts, plans or supposes none. Read
/// as an auxiliary before the clause's subject and a question mark closing
/// the clause.
fn is_question(view: &SentenceView, verb: usize) -> bool {
    let kids = view.kids(verb);
    // Any subject counts: a misparse can hang a framing clause's subject
    // on the verb too ("It will be: 'Should the UK approve ...?'").
    let inverted = kids.iter().any(|&subject| {
        view.rel(subject) == "nsubj"
            && kids.iter().any(|&k| {
                k < subject && matches!(view.rel(k), "aux" | "cop") && view.upos(k) == "AUX"
            })
    });
    // The question mark is the clause's own punctuation, or follows it.
    let last = view
        .tokens()
        .filter(|t| *t == verb || view.descends_from(*t, verb))
        .max()
        .unwrap_or(verb);
    let asked = view.tokens().any(|t| {
        view.form(t) == "?"
            && t > verb
            && (t <= last + 1)
            && (t > last || view.descends_from(t, verb))
    });
    inverted && asked
}
