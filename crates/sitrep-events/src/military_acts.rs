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
        .chain(shared_subjects(view, verb))
        .any(|x| {
            let x = forces_referent(view, x);
            is_forces(view.lemma(x)) || units_own_equipment(view, x)
        })
}

/// "the heavy equipment was transported by rail", "its armoured vehicles
/// were airlifted": a unit's own hardware moved with it in a military
/// report, not goods shipped to a buyer.
fn units_own_equipment(view: &SentenceView, x: usize) -> bool {
    matches!(
        view.lemma(x),
        "equipment" | "vehicle" | "vehicles" | "hardware"
    ) && view
        .kids_by(x, &["amod", "compound", "nmod:poss"])
        .any(|m| {
            matches!(
                view.lemma(m),
                "heavy" | "military" | "armoured" | "armored" | "its" | "their"
            )
        })
        && military_sentence(view)
}

/// "have withdrawn most of their personnel", "withdrew from Belarus":
/// forces pulled out, with what is pulled out named or a country left
/// ("withdrew from their permanent points and relocated to the areas" is
/// one move, told by where it went; "withdrew from the treaty" none).
pub(crate) fn withdraws_forces(view: &SentenceView, verb: usize) -> bool {
    moves_forces(view, verb)
        && (view
            .kids_by(verb, &["obj", "obl:unmarked"])
            .next()
            .is_some()
            || view.kids_by(verb, &["obl"]).any(|o| {
                view.case_of(o).as_deref() == Some("from")
                    && crate::COUNTRIES.country_or_capital(view.form(o)).is_some()
            }))
}

/// "units of the brigade moved to designated areas": forces moving
/// themselves somewhere, not "the talks moved to Minsk".
pub(crate) fn forces_move_to(view: &SentenceView, verb: usize) -> bool {
    let towards = |w: &str| matches!(w, "to" | "into" | "towards" | "toward");
    // (Or by word order: "moved to designated areas" with "to" misparsed.)
    let destination = view
        .kids_by(verb, &["obl"])
        .any(|o| view.case_of(o).as_deref().is_some_and(towards))
        || verb + 1 < view.hi && towards(view.lemma(verb + 1));
    destination
        && agency::acting_subject(view, verb)
            .is_some_and(|s| is_forces(view.lemma(forces_referent(view, s))))
}

/// "the contingents were airlifted to Tajikistan and concentrated in the
/// designated areas": a conjoined verb with no subject of its own shares
/// the first verb's.
fn shared_subjects(view: &SentenceView, verb: usize) -> Vec<usize> {
    match view.shares_subject_of(verb) {
        Some(h) if view.upos(h) == "VERB" => view.kids_by(h, &["nsubj", "nsubj:pass"]).collect(),
        _ => Vec::new(),
    }
}

/// "Moscow massed troops near the border", "the battalions rotate every
/// three months", "the S-400 regiment based near Grodno", "transferred two
/// battalions to Belarus": forces gathered, rotated, based or moved, not
/// "concentrated its efforts" or "transferred the shares". Hardware moved
/// by "transfer" is a delivery, so that verb wants people.
pub(crate) fn gathers_forces(view: &SentenceView, verb: usize) -> bool {
    let troops_only = view.lemma(verb) == "transfer";
    let wanted = |x: usize| moved(view.lemma(forces_referent(view, x)), troops_only);
    let acl_on_forces =
        view.rel(verb) == "acl" && view.xpos(verb) == "VBN" && view.head(verb).is_some_and(wanted);
    let passive = view.is_passive(verb);
    let arguments = agency::undergoers(view, verb)
        .into_iter()
        .chain(view.kids_by(verb, &["nsubj"]).filter(|_| !passive))
        .chain(shared_subjects(view, verb))
        // "units are likely rotating": a raised subject moves itself only
        // when nothing else is moved ("her group is working to place
        // officials").
        .chain(
            agency::acting_subject(view, verb)
                .filter(|_| view.kids_by(verb, &["obj"]).next().is_none()),
        )
        .any(wanted);
    // "based" only as a place of service: "based in", "based at".
    let based_somewhere = view.lemma(verb) != "base"
        || view.kids_by(verb, &["obl"]).any(|o| {
            matches!(
                view.case_of(o).as_deref(),
                Some("in" | "at" | "near" | "on")
            )
        });
    (arguments || acl_on_forces) && based_somewhere
}

/// "the new soldiers will reach the border", "Russian units could stay in
/// Belarus for the winter", "the battalion entered Belarusian territory":
/// forces going to or staying at a place, not "reached an agreement" or
/// "remained in service".
pub(crate) fn forces_at_place(view: &SentenceView, verb: usize) -> bool {
    let lemma = view.lemma(verb);
    // Going home or leaving is said of people; "the aircraft will leave"
    // is a flight.
    let travelling = matches!(lemma, "return" | "leave" | "travel");
    // "the battalion is due to leave", "the contingents will start
    // returning": the raised subject.
    let raised = view
        .head(verb)
        .filter(|_| view.rel(verb) == "xcomp")
        .filter(|_| {
            view.kids_by(verb, &["nsubj", "nsubj:pass"])
                .next()
                .is_none()
        });
    let subjects = view
        .kids_by(verb, &["nsubj", "nsubj:pass"])
        .chain(raised.into_iter().flat_map(|h| view.kids_by(h, &["nsubj"])));
    // "the crews had been deployed to Belarus … and would return to their
    // base": a subject shared with the first verb, and whoever that verb
    // deployed is forces.
    let deployed_first = view.shares_subject_of(verb).is_some_and(|first| {
        matches!(
            view.lemma(first),
            "deploy" | "redeploy" | "send" | "relocate"
        )
    });
    let forces = deployed_first
        || subjects
            .into_iter()
            .chain(shared_subjects(view, verb))
            .any(|s| {
                let s = forces_referent(view, s);
                moved(view.lemma(s), travelling)
                    || military_company(view, s)
                    || view.lemma(s) == "they" && troops_subject_before(view, s)
            });
    let place = |k: usize| {
        view.entity(k)
            .is_some_and(|e| e.label == sitrep_core::EntityLabel::Loc)
            || crate::COUNTRIES.country(view.form(k)).is_some()
            || lexicon::is_border_noun(view.lemma(k))
            || matches!(
                view.lemma(k),
                "territory"
                    | "base"
                    | "bases"
                    | "region"
                    | "ground"
                    | "country"
                    | "airfield"
                    | "area"
                    | "range"
                    | "camp"
                    | "district"
            )
    };
    let somewhere = match lemma {
        "reach" | "enter" => view.kids_by(verb, &["obj"]).any(place),
        // "will start returning to their permanent bases", "is due to
        // leave Baranovichi by air", "will travel back by rail".
        _ if travelling => {
            view.kids_by(verb, &["obj"]).any(place)
                || view.kids_by(verb, &["obl"]).any(|o| {
                    matches!(
                        view.case_of(o).as_deref(),
                        Some("to" | "from" | "into" | "toward" | "towards" | "for")
                    )
                })
                || view.kids(verb).iter().any(|&k| {
                    matches!(view.rel(k), "advmod" | "compound")
                        && matches!(view.lemma(k), "home" | "back" | "in")
                })
        }
        _ => view.kids_by(verb, &["obl"]).any(|o| {
            matches!(
                view.case_of(o).as_deref(),
                Some("in" | "on" | "at" | "near")
            ) && (place(o) || view.lemma(o) == "duty")
        }),
    };
    forces && somewhere
}

/// The phrase's referent as forces see it, a relative pronoun read through
/// its antecedent and a collective or a share through its members: "an
/// operational group of the Airborne Forces", "part of the troops", "the
/// rest of the battalion", "several thousand of the servicemen".
pub(crate) fn forces_referent(view: &SentenceView, x: usize) -> usize {
    let x = agency::antecedent(view, x);
    let collective = matches!(
        view.lemma(x),
        "group"
            | "part"
            | "element"
            | "elements"
            | "column"
            | "some"
            | "most"
            | "half"
            | "rest"
            | "remainder"
            | "bulk"
            | "majority"
            | "thousand"
            | "thousands"
            | "hundred"
            | "hundreds"
            | "dozen"
            | "dozens"
    );
    if !collective {
        return x;
    }
    view.kids_by(x, &["nmod"])
        .find(|&n| view.case_of(n).as_deref() == Some("of") && is_forces(view.lemma(n)))
        .unwrap_or(x)
}

/// "The units are performing planned tasks, and after the exercise they
/// will return": "they" after troops that are an earlier clause's subject.
fn troops_subject_before(view: &SentenceView, pronoun: usize) -> bool {
    (view.lo..pronoun).any(|t| view.rel(t) == "nsubj" && is_troop_noun(view.lemma(t)))
}

/// "an air assault company", "a battalion tactical group": a company or
/// group named by its arm is a unit, not a business or a crowd.
fn military_company(view: &SentenceView, x: usize) -> bool {
    matches!(view.lemma(x), "company" | "group")
        && view.kids_by(x, &["amod", "compound"]).any(|k| {
            matches!(
                view.lemma(k),
                "assault"
                    | "rifle"
                    | "tank"
                    | "tactical"
                    | "airborne"
                    | "artillery"
                    | "reconnaissance"
                    | "engineer"
                    | "motorised"
                    | "motorized"
                    | "battalion"
                    | "sapper"
                    | "marine"
            )
        })
}

/// "expanded its missile presence in Belarus", "increased the number of
/// troops", "bolstered its forces": more forces put in place, not
/// "boosted its presence in the US market" or "increased its budget".
pub(crate) fn grows_presence(view: &SentenceView, verb: usize) -> bool {
    view.kids_by(verb, &["obj", "nsubj:pass"]).any(|o| {
        let presence = view.lemma(o) == "presence" && military_sentence(view);
        let number_of_forces = matches!(view.lemma(o), "number" | "size")
            && view.kids_by(o, &["nmod"]).any(|n| is_forces(view.lemma(n)));
        // "strengthen the air defence system" improves it: only people
        // and formations are added.
        // "assist in strengthening the Belarusian army": building the
        // army up, not forces sent anywhere.
        presence || number_of_forces || is_troop_noun(view.lemma(o)) && view.lemma(o) != "army"
    })
}

/// Event nouns of forces on the move: "the rotation of the contingent",
/// "a troop buildup", "the relocation of the brigade", "troop movements",
/// "the arrival of Russian units", "the placement of nuclear weapons". The
/// noun needs forces in its own phrase; "the arrival of the delegation" is
/// a visit and "the transfer of S-400 systems" a delivery, so those two
/// want people.
pub(crate) fn force_movement(view: &SentenceView, noun: usize) -> bool {
    let lemma = view.lemma(noun);
    if !names_force_movement(lemma) {
        return false;
    }
    let troops_only = matches!(lemma, "arrival" | "transfer");
    let wanted = |t: usize| moved(view.lemma(t), troops_only);
    // Forces below the noun, not inside a clause on it ("the movement
    // that the troops had announced" names no forces moving).
    let in_phrase = view.tokens().any(|t| {
        t != noun && wanted(t) && {
            let mut x = t;
            loop {
                if matches!(view.rel(x), "acl" | "advcl" | "ccomp") {
                    break false;
                }
                match view.head(x) {
                    Some(h) if h == noun => break true,
                    Some(h) => x = h,
                    None => break false,
                }
            }
        }
    });
    let military_modifier = !troops_only
        && view
            .kids_by(noun, &["amod", "compound"])
            .any(|k| matches!(view.lemma(k), "military" | "troop" | "force" | "forces"));
    in_phrase || military_modifier
}

/// "does not provide for the deployment of additional air defence units",
/// "holds them responsible for the stationing of nuclear weapons", "we
/// observed the arrival of four echelons": forces named on the move are an
/// event under whatever verb reports them, except as a topic ("talks on
/// the deployment of missiles") or as what a drill's programme covers.
/// Returns the verb the fields hang on when the noun is its argument.
pub(crate) fn reported_force_movement(view: &SentenceView, noun: usize) -> Option<usize> {
    let head = view.head(noun)?;
    // "in the presence of" is a setting, not forces placed.
    if !force_movement(view, noun) || view.lemma(noun) == "presence" {
        return None;
    }
    let topic = matches!(
        view.case_of(noun).as_deref(),
        Some("on" | "about" | "over" | "regarding" | "to")
    ) && !matches!(view.lemma(head), "devote" | "dedicate");
    let talked_over = matches!(
        view.lemma(head),
        "discuss" | "talk" | "negotiate" | "consider" | "debate" | "cover" | "include"
    );
    if topic || talked_over {
        return None;
    }
    let argument = matches!(view.rel(noun), "obj" | "obl" | "nsubj:pass")
        && crate::detect::is_verb(view, head);
    Some(if argument { head } else { noun })
}

fn names_force_movement(lemma: &str) -> bool {
    matches!(
        lemma,
        "rotation"
            | "rotations"
            | "buildup"
            | "build-up"
            | "relocation"
            | "movement"
            | "movements"
            | "transfer"
            | "arrival"
            | "concentration"
            | "stationing"
            | "basing"
            | "placement"
            | "massing"
    )
}

/// People and formations, and the parts of a formation that move as one.
fn is_troop_noun(lemma: &str) -> bool {
    lexicon::is_troop_noun(lemma)
        // "120 Russian officers and sergeants left Belarus by rail", "the
        // crews will return to their home airfield": people who go home.
        || matches!(
            lemma,
            "detachment" | "grouping" | "echelon" | "officer" | "sergeant" | "crew" | "crews"
        )
}

/// Forces of any kind: troops, their hardware, the parts of a formation.
fn is_forces(lemma: &str) -> bool {
    lexicon::is_force_noun(lemma) || is_force_part(lemma)
}

/// What a verb or noun of moving needs: people only where hardware would
/// make it a delivery or a flight ("transferred S-400 systems", "the
/// aircraft will leave"), else any forces.
fn moved(lemma: &str, troops_only: bool) -> bool {
    if troops_only {
        is_troop_noun(lemma)
    } else {
        is_forces(lemma)
    }
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
    // "500 Belarusian cadets and officers are studying in Russia",
    // "twelve pilots studied the design of the aircraft".
    let students = view.kids_by(verb, &["nsubj"]).any(|s| {
        matches!(
            view.lemma(agency::antecedent(view, s)),
            "cadet"
                | "officer"
                | "serviceman"
                | "servicemen"
                | "specialist"
                | "pilot"
                | "crew"
                | "trainee"
                | "navigator"
                | "technician"
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
    if !names_exercise_part(lemma) && !matches!(lemma, "launch" | "launches") {
        return false;
    }
    let modifiers: Vec<String> = view
        .kids_by(noun, &["amod", "compound"])
        .map(|k| {
            view.hyphenated(k)
                .unwrap_or_else(|| view.form(k).to_string())
        })
        .collect();
    let has_modifier = |words: &[&str]| {
        modifiers
            .iter()
            .any(|m| words.iter().any(|w| m.eq_ignore_ascii_case(w)))
    };
    match lemma {
        "stage" | "phase" => {
            // "the second stage of the exercise", "the active phase of
            // Union Shield-2027" (an exercise's name: a name with a year).
            let of_exercise = view.of_phrases(noun).any(|n| {
                lexicon::noun_trigger(view.lemma(n)) == Some(sitrep_core::EventKind::Exercise)
                    || view.entity(n).is_some_and(|e| {
                        e.label != sitrep_core::EntityLabel::Per
                            && crate::titles::carries_year(view.doc.slice(e.span))
                    }) && (exercise_named_before(view) || military_sentence(view))
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
                .any(|e| e.kind == sitrep_core::EventKind::Exercise)
                || exercise_named_before(view);
            of_exercise || ordinal && exercise_before
        }
        "episode" => has_modifier(&["tactical", "combat"]),
        // "a joint command-staff war game on maps".
        "game" | "games" => has_modifier(&["war"]),
        "firing" | "firings" => has_modifier(&["live", "combat", "artillery"]),
        "inspection" | "check" => {
            has_modifier(&["snap", "sudden", "surprise", "readiness"])
                || view.of_phrases(noun).any(|n| view.lemma(n) == "readiness")
                || another_check_held(view, noun)
        }
        // "the crews carried out live launches".
        "launch" | "launches" => {
            has_modifier(&["live", "training", "practice", "electronic", "combat"])
        }
        _ => false,
    }
}

/// "In February, a similar check was held in the Western Operational
/// Command", "the previous large-scale inspection of the army took place
/// in January 2025": another check held, after an exercise was reported.
fn another_check_held(view: &SentenceView, noun: usize) -> bool {
    let held = view.head(noun).is_some_and(|h| match view.rel(noun) {
        "nsubj" => {
            lexicon::is_taking_place(view.lemma(h))
                || matches!(view.lemma(h), "hold" | "conduct" | "carry")
        }
        "obj" => matches!(view.lemma(h), "hold" | "conduct" | "carry" | "launch"),
        _ => false,
    });
    held && view
        .earlier_events()
        .any(|e| e.kind == sitrep_core::EventKind::Exercise)
}

/// "the joint exercise Union Shield-2027" earlier in the text, even where
/// it was only the topic of talks: a later "the exercise will be held" is
/// that exercise.
pub(crate) fn exercise_named_before(view: &SentenceView) -> bool {
    let tokens = &view.doc.layers.tokens;
    let here = view.tok(view.lo).span.start;
    view.doc.layers.entities.iter().any(|e| {
        if e.span.end > here
            || e.label != sitrep_core::EntityLabel::Misc
            || !crate::titles::carries_year(view.doc.slice(e.span))
        {
            return false;
        }
        // An exercise noun within a few words of the name, before or
        // after it ("the joint exercise Union Shield-2027", "Zapad-2025
        // drills").
        let first = tokens.partition_point(|t| t.span.end <= e.span.start);
        let last = tokens.partition_point(|t| t.span.start < e.span.end);
        tokens[first.saturating_sub(6)..(last + 3).min(tokens.len())]
            .iter()
            .filter(|t| t.span.end <= here)
            .any(|t| {
                lexicon::noun_trigger(&t.lemma.to_lowercase())
                    == Some(sitrep_core::EventKind::Exercise)
            })
    })
}

/// The nouns `exercise_part` reads.
pub(crate) fn names_exercise_part(lemma: &str) -> bool {
    matches!(
        lemma,
        "stage"
            | "phase"
            | "episode"
            | "firing"
            | "firings"
            | "inspection"
            | "check"
            | "game"
            | "games"
    )
}

/// A military modifier, whole or split at its hyphen ("live-fire",
/// "large-scale").
pub(crate) fn is_military_modifier_at(view: &SentenceView, k: usize) -> bool {
    lexicon::is_military_modifier(view.lemma(k))
        || view
            .hyphenated(k)
            .is_some_and(|w| lexicon::is_military_modifier(&w))
}

pub(crate) fn military_sentence(view: &SentenceView) -> bool {
    view.tokens().any(|t| {
        let lemma = view.lemma(t);
        is_forces(lemma)
            || is_military_modifier_at(view, t)
            || matches!(
                lemma,
                "cadet" | "armed" | "army" | "pilot" | "sapper" | "serviceman"
            )
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
        // Not "company", which is mostly a business.
        "echelon" | "crew" | "detachment" | "grouping" | "group" | "formation"
    )
}

fn is_school(lemma: &str) -> bool {
    matches!(
        lemma,
        "academy" | "university" | "institution" | "school" | "college" | "institute"
    )
}

/// "carried out a joint air patrol", "flying a combat air patrol": aircraft
/// of the forces on patrol are on duty, a deployment; a police patrol or
/// a patrol of volunteers is not.
pub(crate) fn air_patrol(view: &SentenceView, noun: usize) -> bool {
    let modifiers = || view.kids_by(noun, &["amod", "compound"]);
    let patrol = match view.lemma(noun) {
        // "air patrols", "a joint patrol", "flew a patrol".
        "patrol" | "patrols" => {
            modifiers().any(|k| matches!(view.lemma(k), "air" | "combat" | "joint"))
                || view.head(noun).is_some_and(|h| view.lemma(h) == "fly")
        }
        // "flew a joint patrol mission".
        "mission" => modifiers().any(|k| matches!(view.lemma(k), "patrol" | "patrolling")),
        _ => false,
    };
    patrol && military_sentence(view)
}

/// "fighter pairs will take turns patrolling along the border", "Su-30SM
/// jets patrolled the airspace": aircraft or forces on patrol.
pub(crate) fn patrols_as_forces(view: &SentenceView, verb: usize) -> bool {
    let subject = agency::acting_subject(view, verb);
    // "police officers patrolled the square": no military force.
    let by_forces = subject.is_some_and(|s| {
        let s = agency::antecedent(view, s);
        let lemma = view.lemma(s);
        if view
            .phrase(s, &["compound", "amod"])
            .iter()
            .any(|&t| view.lemma(t) == "police")
        {
            return false;
        }
        is_forces(lemma)
            || lexicon::is_materiel_noun(lemma)
            || matches!(lemma, "pair" | "crew" | "pilot")
    });
    by_forces && military_sentence(view)
}

/// "completed a two-week course at a Russian training centre", "will
/// undergo a retraining course": a course taken by soldiers is training.
/// "Of course", "the course of the talks" and a course in a sentence with
/// no forces are not.
pub(crate) fn military_course(view: &SentenceView, noun: usize) -> bool {
    if view.lemma(noun) != "course" || view.full_rel(noun) != "obj" {
        return false;
    }
    let taken = view.head(noun).is_some_and(|h| {
        matches!(
            view.lemma(h),
            "complete"
                | "attend"
                | "take"
                | "undergo"
                | "finish"
                | "pass"
                | "begin"
                | "start"
                | "follow"
        )
    });
    taken && military_sentence(view)
}
