//! Verbs and nouns of military routine that are events only in a military
//! sense: drills practised, forces relocated or airlifted, officers
//! studying at or graduating from academies, and the parts of an exercise
//! (its stages, tactical episodes, live firing, a snap inspection).

use crate::agency;
use crate::lexicon;
use crate::view::SentenceView;

/// "crews are due to practise delivering strikes", "we are practising the
/// defence of a member state": forces rehearsing combat, not a doctor
/// practising medicine or a pianist practising scales.
pub(crate) fn practises_combat(view: &SentenceView, verb: usize) -> bool {
    // "practised the manoeuvres" is the noun's event.
    let names_event = view
        .kids_by(verb, &["obj"])
        .any(|o| lexicon::noun_trigger(view.lemma(o)).is_some());
    if names_event {
        return false;
    }
    let combat_object = view.kids_by(verb, &["obj", "xcomp", "ccomp"]).any(|o| {
        is_combat_action(view.lemma(o))
            || view
                .kids_by(o, &["obj"])
                .any(|n| is_combat_action(view.lemma(n)))
    });
    combat_object && military_sentence(view)
}

/// "the brigade relocated to the Brestsky training ground", "the
/// contingent was airlifted to Vitebsk": forces moved, not a company
/// relocating its headquarters.
pub(crate) fn moves_forces(view: &SentenceView, verb: usize) -> bool {
    agency::undergoers(view, verb)
        .into_iter()
        .chain(view.kids_by(verb, &["nsubj"]))
        .any(|x| {
            let x = agency::antecedent(view, x);
            lexicon::is_force_noun(view.lemma(x)) || is_force_part(view.lemma(x))
        })
}

/// "612 cadets are studying at Russian military universities", "graduated
/// from the Military Academy of the General Staff": military education.
pub(crate) fn studies_at_academy(view: &SentenceView, verb: usize) -> bool {
    let case_wanted: &[&str] = if view.lemma(verb) == "graduate" {
        &["from"]
    } else {
        &["at", "in"]
    };
    let at_school = view.kids_by(verb, &["obl", "nmod"]).any(|k| {
        view.case_of(k)
            .is_some_and(|c| case_wanted.contains(&c.as_str()))
            && is_school(view.lemma(k))
    });
    // "500 Belarusian cadets and officers are studying in Russia".
    let students = view.kids_by(verb, &["nsubj"]).any(|s| {
        matches!(
            view.lemma(agency::antecedent(view, s)),
            "cadet" | "officer" | "serviceman" | "servicemen" | "specialist"
        )
    });
    (at_school || students) && military_sentence(view)
}

/// "the active phase of the exercise", "the second stage" after an
/// exercise was reported, "tactical episodes", "live firing", "a snap
/// inspection of combat readiness".
pub(crate) fn exercise_part(view: &SentenceView, noun: usize) -> bool {
    let lemma = view.lemma(noun);
    // Asked of every noun: only the few it reads go on to their modifiers.
    if !names_exercise_part(lemma) {
        return false;
    }
    let modifiers: Vec<&str> = view
        .kids_by(noun, &["amod", "compound"])
        .map(|k| view.form(k))
        .collect();
    let has_modifier = |words: &[&str]| {
        modifiers
            .iter()
            .any(|m| words.iter().any(|w| m.eq_ignore_ascii_case(w)))
    };
    match lemma {
        "stage" | "phase" => {
            let of_exercise = view.kids_by(noun, &["nmod"]).any(|n| {
                view.case_of(n).as_deref() == Some("of")
                    && lexicon::noun_trigger(view.lemma(n))
                        == Some(sitrep_core::EventKind::Exercise)
            });
            let ordinal = has_modifier(&[
                "first",
                "second",
                "third",
                "fourth",
                "final",
                "active",
                "practical",
                "last",
                "concluding",
                "initial",
            ]);
            let exercise_before = view
                .earlier_events()
                .any(|e| e.kind == sitrep_core::EventKind::Exercise);
            of_exercise || ordinal && exercise_before
        }
        "episode" => has_modifier(&["tactical", "combat"]),
        "firing" | "firings" => has_modifier(&["live", "combat", "artillery"]),
        "inspection" | "check" => {
            has_modifier(&["snap", "sudden", "surprise", "readiness"])
                || view.kids_by(noun, &["nmod"]).any(|n| {
                    view.case_of(n).as_deref() == Some("of") && view.lemma(n) == "readiness"
                })
        }
        _ => false,
    }
}

/// The nouns `exercise_part` reads.
pub(crate) fn names_exercise_part(lemma: &str) -> bool {
    matches!(
        lemma,
        "stage" | "phase" | "episode" | "firing" | "firings" | "inspection" | "check"
    )
}

fn military_sentence(view: &SentenceView) -> bool {
    view.tokens().any(|t| {
        let lemma = view.lemma(t);
        lexicon::is_force_noun(lemma)
            || lexicon::is_military_modifier(lemma)
            || is_force_part(lemma)
            || matches!(lemma, "cadet" | "armed" | "army")
    })
}

fn is_combat_action(lemma: &str) -> bool {
    matches!(
        lemma,
        "strike"
            | "defence"
            | "defense"
            | "tactic"
            | "action"
            | "operation"
            | "assault"
            | "landing"
            | "interception"
            | "intercept"
            | "fire"
            | "attack"
            | "deliver"
            | "repel"
            | "destroy"
            | "capture"
            | "evacuation"
    )
}

fn is_force_part(lemma: &str) -> bool {
    matches!(
        lemma,
        "echelon" | "crew" | "detachment" | "company" | "grouping" | "group" | "formation"
    )
}

fn is_school(lemma: &str) -> bool {
    matches!(
        lemma,
        "academy" | "university" | "institution" | "school" | "college" | "institute"
    )
}
