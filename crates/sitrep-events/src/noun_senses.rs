//! Senses of event words that need the sentence around them: an attack
//! made in words, a hearing a committee holds, retraining of forces, an
//! exercise that is a military one.

use sitrep_core::shapes::is_hardware_designation;
use sitrep_core::{EntityLabel, EventKind};

use crate::lexicon;
use crate::view::SentenceView;

/// The noun "attack" (or "assault", "onslaught") made in words: verbal or
/// rhetorical, or on a person in a sentence with no fighting in it.
pub(crate) fn is_attack_in_words(view: &SentenceView, i: usize) -> bool {
    let verbal = view.kids_by(i, &["amod"]).any(|m| {
        matches!(
            view.lemma(m),
            "verbal"
                | "rhetorical"
                | "personal"
                | "scathing"
                | "blistering"
                | "withering"
                | "stinging"
                | "vitriolic"
                | "sharp"
        )
    });
    let fighting = view.tokens().any(|t| {
        lexicon::is_force_noun(view.lemma(t))
            || lexicon::is_military_modifier(view.lemma(t))
            || lexicon::is_materiel_noun(view.lemma(t))
    });
    let person = |k: usize| {
        view.entity(k).is_some_and(|e| e.label == EntityLabel::Per)
            || crate::agency::is_people_noun(view.lemma(k))
    };
    // "attacks on Cruz", "attacks from Bush", "a Trump attack", "her
    // attacks"; the phrase may hang on the verb whose object the noun is
    // ("stepped up her attacks on Cruz").
    let from_or_on = |k: usize| {
        matches!(
            view.case_of(k).as_deref(),
            Some("on" | "against" | "from" | "by")
        ) && person(k)
    };
    let on_the_verb = view
        .head(i)
        .filter(|_| view.rel(i) == "obj")
        .is_some_and(|h| view.kids_by(h, &["obl"]).any(from_or_on));
    let between_people = view.kids_by(i, &["nmod"]).any(from_or_on)
        || on_the_verb
        || view
            .kids_by(i, &["compound", "nmod:poss"])
            .any(|k| person(k) || matches!(view.lemma(k), "he" | "she"));
    // "Rubio faced fresh attacks", "came under attack": a person
    // receives it.
    let on_the_subject = view.head(i).is_some_and(|h| {
        lexicon::receives_speech(view.lemma(h))
            && view
                .kids_by(h, &["nsubj"])
                .any(|s| view.with_conjuncts(s).into_iter().any(person))
    });
    // "a political attack", "partisan attacks".
    let political = view
        .kids_by(i, &["amod"])
        .any(|m| matches!(view.lemma(m), "political" | "partisan"));
    verbal || (between_people || on_the_subject || political) && !fighting
}

/// A hearing a committee, panel or chamber holds: named in a compound
/// ("committee hearing", "Senate hearing") or as the subject of "held".
pub(crate) fn committee_hearing(view: &SentenceView, i: usize) -> bool {
    let body = |t: usize| {
        matches!(
            view.lemma(t).to_lowercase().as_str(),
            "committee"
                | "subcommittee"
                | "panel"
                | "senate"
                | "house"
                | "congressional"
                | "parliamentary"
                | "commission"
                | "inquiry"
        )
    };
    let court = |t: usize| {
        matches!(
            view.lemma(t).to_lowercase().as_str(),
            "court" | "bail" | "custody" | "sentencing" | "extradition" | "appeal" | "tribunal"
        )
    };
    let modifiers: Vec<usize> = view.kids_by(i, &["compound", "amod", "nmod"]).collect();
    if modifiers.iter().any(|&m| court(m)) {
        return false;
    }
    modifiers
        .iter()
        .any(|&m| body(m) || view.kids_by(m, &["compound"]).any(body))
        || view.head(i).is_some_and(|h| {
            view.rel(i) == "obj" && view.lemma(h) == "hold" && view.kids_by(h, &["nsubj"]).any(body)
        })
}

/// "arrived to attend a joint board of the defence ministries", "the next
/// joint board … is to be held in Russia": a joint board (a collegium)
/// held or attended is the sitting, a meeting; the board that approves a
/// plan is the body.
pub(crate) fn board_sitting(view: &SentenceView, i: usize) -> bool {
    if !matches!(view.lemma(i), "board" | "collegium") || view.upos(i) != "NOUN" {
        return false;
    }
    let joint = view.kids_by(i, &["amod"]).any(|m| view.lemma(m) == "joint");
    let held = |v: usize| matches!(view.lemma(v), "hold" | "convene" | "attend");
    let held_as_object = view.head(i).is_some_and(|h| {
        matches!(view.full_rel(i), "obj" | "nsubj:pass" | "nsubj:outer") && held(h)
    });
    let held_in_own_clause = view
        .kids_by(i, &["acl", "acl:relcl"])
        .any(|v| view.lemma(v) == "hold");
    joint && (held_as_object || held_in_own_clause)
}

/// "crews completed their retraining on the Mi-35M", "nine instructors
/// were retrained on the Yak-130": retraining is military training when
/// the sentence names forces, materiel or a weapon designation;
/// "relocation and retraining to help staff move" is civilian.
pub(crate) fn retraining_is_military(view: &SentenceView) -> bool {
    view.tokens()
        .any(|t| lexicon::is_materiel_noun(view.lemma(t)) || is_hardware_designation(view.form(t)))
}

/// "a command-staff training of the joint group of forces", "a joint
/// staff training", "the anti-terrorist training Eagle Assault-2026": a
/// staff or field exercise, not instruction; and "the training will last
/// until 22 April" once such a training was told.
pub(crate) fn is_staff_exercise(view: &SentenceView, noun: usize) -> bool {
    if view.lemma(noun) != "training" {
        return false;
    }
    // "command - staff training": "command" may hang on "staff".
    let modifiers = view
        .kids_by(noun, &["compound", "amod"])
        .flat_map(|m| std::iter::once(m).chain(view.kids_by(m, &["compound", "amod"])));
    let mut retold = false;
    for m in modifiers {
        match view.lemma(m).to_lowercase().as_str() {
            "command-staff" | "command-post" | "staff-command" | "staff" | "anti-terrorist"
            | "counter-terrorist" | "antiterrorist" => return true,
            // "a similar staff training", "the previous training".
            "similar" | "previous" | "next" | "such" => retold = true,
            _ => {}
        }
    }
    let named = view
        .kids_by(noun, &["appos", "flat", "compound", "nmod:desc"])
        .chain(std::iter::once(noun))
        .any(|k| {
            view.entity(k).is_some_and(|e| {
                e.label != EntityLabel::Per && crate::titles::carries_year(view.doc.slice(e.span))
            })
        });
    // "The training will last until 22 April", "taking part in the
    // training": the article's training told before was an exercise.
    let the = view
        .kids_by(noun, &["det"])
        .any(|d| matches!(view.lemma(d), "the" | "this"));
    named || (retold || the) && exercise_called_training_before(view)
}

/// Whether an exercise told earlier in the document was called a training.
fn exercise_called_training_before(view: &SentenceView) -> bool {
    view.earlier_events().any(|e| {
        e.kind == EventKind::Exercise
            && view
                .doc
                .slice(e.trigger)
                .to_lowercase()
                .contains("training")
    })
}

/// "more than forty exercises since January", "some 30 meetings": a tally
/// of many occurrences, which the gold leaves out, not one of them. The
/// time and quantity stage has read the number and the noun it counts.
pub(crate) fn counts_many(view: &SentenceView, noun: usize) -> bool {
    if view.xpos(noun) != "NNS" {
        return false;
    }
    let span = view.tok(noun).span;
    view.doc.layers.quantities.iter().any(|q| {
        q.unit_span.is_some_and(|u| u.overlaps(span))
            // A year is a name ("the 2026 exercises"), not a count.
            && q.value >= 3.0
            && !(1900.0..=2100.0).contains(&q.value)
    })
}

/// "a telephone conversation with Putin", "a phone call on 2 March", and
/// "the conversation lasted about an hour" after a call was reported
/// (meetings by phone are only ever reported as such): a call
/// between two sides is a meeting (the gold's convention); "our
/// conversation" with a reporter is an interview, no meeting.
pub(crate) fn phone_conversation(view: &SentenceView, noun: usize) -> bool {
    let lemma = view.lemma(noun);
    if !matches!(lemma, "conversation" | "call") || view.upos(noun) != "NOUN" {
        return false;
    }
    let by_phone = view.kids_by(noun, &["amod", "compound"]).any(|m| {
        matches!(
            view.lemma(m).to_lowercase().as_str(),
            "phone" | "telephone" | "video" | "telephonic"
        )
    });
    // A call between named sides: "with"/"between" someone, or had by a
    // named person ("Lukashenko had a telephone conversation"); "you
    // receive a phone call", "I don't receive phone calls" are no talks.
    let partner = view
        .kids_by(noun, &["nmod"])
        .any(|k| matches!(view.case_of(k).as_deref(), Some("with" | "between")));
    let named_caller = view.head(noun).is_some_and(|h| {
        view.kids_by(h, &["nsubj"]).any(|s| {
            view.entity(s).is_some()
                || view
                    .phrase(s, &["compound", "flat"])
                    .iter()
                    .any(|&t| view.entity(t).is_some())
        })
    });
    if by_phone && view.xpos(noun) == "NN" && (partner || named_caller) {
        return true;
    }
    let definite = view.kids_by(noun, &["det"]).any(|d| view.lemma(d) == "the");
    lemma == "conversation"
        && definite
        && view.earlier_events().any(|e| {
            e.kind == EventKind::Meeting
                && matches!(
                    view.doc.slice(e.trigger).to_lowercase().as_str(),
                    "conversation" | "call" | "spoke" | "phoned" | "telephoned"
                )
        })
}

/// "exercise" is also "a cost-cutting exercise" or "the exercise of
/// power": the noun `i` is a military exercise with a military or
/// national modifier or a name, forces in its phrase or (plural) in the
/// sentence, or as a definite mention of one reported before.
pub(crate) fn is_military_exercise(view: &SentenceView, i: usize) -> bool {
    let military = view.kids(i).iter().any(|k| {
        crate::military_acts::is_military_modifier_at(view, *k)
            || view
                .entity(*k)
                // A name the NER took for an organisation ("the
                // Union Shield exercise", "a CSTO exercise") too.
                .is_some_and(|e| {
                    matches!(
                        e.label,
                        EntityLabel::Misc | EntityLabel::Loc | EntityLabel::Org
                    )
                })
            || crate::COUNTRIES.country(view.form(*k)).is_some()
    }) || view.entity(i).is_some_and(|e| e.label == EntityLabel::Misc);
    // "the command and staff exercise of the regional grouping of
    // forces": a force named inside the noun's own phrase.
    let forces_in_phrase = || {
        view.tokens().any(|t| {
            t != i
                && view.descends_from(t, i)
                && view.rel(t) != "acl"
                && lexicon::is_force_noun(view.lemma(t))
        })
    };
    if military || forces_in_phrase() {
        return true;
    }
    let forces_in_sentence = view.tokens().any(|t| {
        lexicon::is_force_noun(view.lemma(t)) && t != i
            || view.entity(t).is_some_and(|e| e.canonical == "NATO")
    });
    // Plural "exercises" in a sentence about forces ("recent exercises
    // near the border involved 5,000 troops").
    if view.form(i).ends_with('s') && forces_in_sentence {
        return true;
    }
    // "the exercise was held in China" after a military exercise was
    // reported: the same sense again, named by its head noun alone.
    let definite = view
        .kids_by(i, &["det"])
        .any(|d| matches!(view.lemma(d), "the" | "this" | "that" | "these" | "those"));
    // Only where the clause tells it happened ("was held", "took part
    // in", "conducted"); "the exercise will focus on" or "included"
    // describes the one reported before.
    let happens = view.head(i).is_some_and(|h| {
        let lemma = view.lemma(h);
        match view.rel(i) {
            // "the next such exercise is planned to be held in 2027".
            "nsubj" => {
                lexicon::is_taking_place(lemma)
                    || lexicon::is_scheduling_word(lemma)
                    || matches!(lemma, "hold" | "conduct" | "stage" | "run" | "complete")
            }
            "obj" => lexicon::is_light_verb(lemma),
            "obl" => {
                lemma == "part"
                    || lemma == "take" && view.kids_by(h, &["obj"]).any(|o| view.lemma(o) == "part")
            }
            _ => false,
        }
    }) || view
        .kids_by(i, &["acl"])
        .any(|k| lexicon::stages_event(view.lemma(k)));
    // Last, as it reads the whole document so far.
    let exercise_before = || {
        view.earlier_events().any(|e| e.kind == EventKind::Exercise)
            || crate::military_acts::exercise_named_before(view)
    };
    // "an exercise in futility", "the exercise of power".
    let of_something = || {
        view.kids_by(i, &["nmod"])
            .any(|n| matches!(view.case_of(n).as_deref(), Some("of" | "in")))
    };
    // "NATO allies will hold a large exercise near the Suwalki gap": held,
    // with forces in the sentence, it is theirs.
    happens && forces_in_sentence && !of_something() || happens && definite && exercise_before()
}
