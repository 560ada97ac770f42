//! Forces or weapons put on combat duty: "the battalion took up combat
//! duty", "the Oreshnik system has been on combat duty since December",
//! "the air defence system, which has been on duty since 2016", "its duty
//! forces have been standing on combat duty since 2016". Going on
//! duty is a deployment with "duty" as its trigger (the domain gold's
//! convention); trade duties are measures, not this.

use sitrep_core::EventKind;

use crate::detect::Candidate;
use crate::lexicon;
use crate::view::SentenceView;

/// A deployment on duty at token `i`, if `i` is one.
pub(crate) fn deployment(view: &SentenceView, i: usize) -> Option<Candidate> {
    if view.lemma(i) != "duty" || view.upos(i) != "NOUN" || view.form(i) == "duties" {
        return None;
    }
    let combat = view
        .kids_by(i, &["amod", "compound"])
        .any(|m| matches!(view.lemma(m), "combat" | "alert" | "operational"));
    // "had assumed combat duty": the tagger may read "combat" as a verb
    // taking "duty" for its object; the phrase is still the noun's, and
    // the verb it hangs on is the one taking up the duty.
    let combat_as_verb = view.head(i).filter(|&h| {
        h + 1 == i && view.form(h).eq_ignore_ascii_case("combat") && view.rel(i) == "obj"
    });
    let combat = combat || combat_as_verb.is_some();
    let on = view.case_of(i).as_deref() == Some("on");
    // Hung that way, "combat" may itself hang on anything; the verb taking
    // up the duty is the word right before it.
    let verb = combat_as_verb
        .map_or(view.head(i), |c| c.checked_sub(1).filter(|&v| v >= view.lo))
        .filter(|&h| {
            view.upos(h) == "VERB"
                && matches!(
                    view.lemma(h),
                    "take"
                    | "assume"
                    | "go"
                    | "put"
                    | "place"
                    | "enter"
                    | "begin"
                    | "start"
                    | "remain"
                    | "stand"
                    | "serve"
                    | "stay"
                    // "will carry out combat duty", "perform alert duty".
                    | "carry"
                    | "perform"
                )
        });
    // "has been on (combat) duty": the noun heads its copular clause.
    let predicate = on && view.kids_by(i, &["cop"]).next().is_some();
    let anchor = if predicate { Some(i) } else { verb }?;
    // Plain "on duty" needs forces or weapons as the ones on it.
    let armed = |s: usize| {
        let s = crate::agency::antecedent(view, s);
        lexicon::is_force_noun(view.lemma(s)) || lexicon::is_materiel_noun(view.lemma(s))
    };
    let subject_armed = view
        .kids_by(anchor, &["nsubj", "nsubj:pass", "obj"])
        .any(armed)
        || view.full_rel(anchor) == "acl:relcl" && view.head(anchor).is_some_and(armed);
    (combat || subject_armed).then(|| Candidate {
        kind: EventKind::Deployment,
        trigger: i,
        anchor,
        nouns: vec![i],
    })
}
