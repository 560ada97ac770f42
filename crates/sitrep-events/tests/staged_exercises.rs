#![allow(clippy::unwrap_used)]
//! Exercises told by the clause that stages them: a hyphenated military
//! modifier the tokenizer split, a named exercise whose staging clause
//! the parser hung elsewhere, an exercise "planned to be held". Invented
//! texts through the real tagger, parser, NER and time stages.

use sitrep_core::EventKind;

mod support;
use support::{assert_each_has, assert_none_has, last_of};

#[test]
fn split_hyphenated_modifiers_still_make_the_exercise_military() {
    assert_each_has(
        EventKind::Exercise,
        &[
            "NATO allies will hold a large-scale exercise near the Suwalki gap next spring.",
            "The battalion conducted a live-fire exercise on Tuesday.",
            "NATO allies will hold a large exercise near the border next spring.",
        ],
    );
    assert_none_has(
        EventKind::Exercise,
        &[
            "The government launched a large cost-cutting exercise in the spring.",
            "The whole process was an exercise in futility, the minister said.",
        ],
    );
}

#[test]
fn a_named_exercise_staged_in_its_own_clause_is_reported() {
    let text = "The sides summed up the results of the joint strategic exercise Vostok-2025, \
                held in September 2025 at the Chebarkul training ground.";
    let exercise = last_of(text, EventKind::Exercise);
    assert_eq!(exercise.date.as_deref(), Some("2025-09"), "{exercise:?}");
    let text = "The members considered the results of the joint exercise Rubezh-2026, which \
                was held in Tajikistan in October.";
    let exercise = last_of(text, EventKind::Exercise);
    assert_eq!(exercise.date.as_deref(), Some("2026-10"), "{exercise:?}");
    // A topic of talks with no staging clause stays background.
    assert_none_has(
        EventKind::Exercise,
        &["The sides summed up the results of the joint strategic exercise Vostok-2025."],
    );
}

#[test]
fn an_exercise_planned_to_be_held_is_planned() {
    let text = "The CSTO held its Rubezh exercise in Tajikistan in 2025. He noted that the \
                next such exercise is planned to be held in Kyrgyzstan in 2027.";
    let exercise = last_of(text, EventKind::Exercise);
    assert_eq!(exercise.date.as_deref(), Some("2027"), "{exercise:?}");
}

#[test]
fn a_session_staged_by_a_clause_on_its_bodies_is_a_meeting() {
    let text = "The ministers signed the plan at a joint session of the collegiums held in Moscow \
                on 3 December.";
    let session = last_of(text, EventKind::Meeting);
    assert_eq!(session.place.as_deref(), Some("Moscow"), "{session:?}");
    let text = "They reviewed decisions taken at the session of the joint board of the defence \
                ministries of the two countries that was held in Moscow in October.";
    let session = last_of(text, EventKind::Meeting);
    assert_eq!(session.place.as_deref(), Some("Moscow"), "{session:?}");
}

#[test]
fn a_session_hung_on_the_clause_before_takes_the_verb_after_it() {
    let text = "According to the press service, the visit is due to take place in October, and a \
                joint session of the boards of the defence ministries of Belarus and Russia will \
                be held during it.";
    let kinds = support::kinds(text);
    let meetings = kinds.iter().filter(|k| **k == EventKind::Meeting).count();
    assert_eq!(meetings, 2, "{kinds:?}");
}

#[test]
fn joined_exercise_nouns_are_two_acts_but_a_name_after_its_noun_is_one() {
    let text = "On 24 September, the troops conducted live firing and a tactical \
                episode to free a captured village.";
    let exercises = support::kinds(text)
        .into_iter()
        .filter(|k| *k == EventKind::Exercise)
        .count();
    assert_eq!(exercises, 2, "{text}");
    let text = "The previous joint exercise, Zapad-2025, was held at the Borisov \
                training ground in September 2025.";
    let exercises = support::kinds(text)
        .into_iter()
        .filter(|k| *k == EventKind::Exercise)
        .count();
    assert_eq!(exercises, 1, "{text}");
}
