//! Senses of trigger verbs that name no event ("meet" has its own module,
//! `meet.rs`): "agree" as sharing a view ("we
//! agreed that there is cause for optimism", "did not agree with the
//! judge"), "threaten" with a cause for subject ("a dispute that
//! threatened the economy"). Each reads the verb's arguments in the parse.

use sitrep_core::EntityLabel;

use crate::agency;
use crate::lexicon;
use crate::view::SentenceView;

/// "confer" is a meeting when people confer (with someone); conferring a
/// thing ("confer benefits on the affluent") grants it.
pub(crate) fn confer_is_meeting(view: &SentenceView, verb: usize) -> bool {
    view.kids_by(verb, &["obj"]).next().is_none()
}

/// "threaten" is a threat when its doer can act; a cause as subject or
/// agent ("a dispute that threatened the economy", "threatened by a
/// campaign of violence") endangers, it does not threaten.
pub(crate) fn threaten_has_agent(view: &SentenceView, verb: usize) -> bool {
    // "respond to any attempt to threaten the Union State": a hostile move
    // imagined, not a threat made.
    let attempted = view.rel(verb) == "acl"
        && view
            .head(verb)
            .is_some_and(|h| matches!(view.lemma(h), "attempt" | "effort" | "bid"));
    !attempted
        && agency::doers(view, verb)
            .into_iter()
            .all(|d| agency::is_agentive(view, d))
}

/// "agree" is an agreement when something is agreed: an infinitive ("agreed
/// to cut tariffs"), an object ("agreed a deal"), a topic ("agreed on the
/// price"), a passive ("it was agreed"), a decision clause ("agreed the
/// issue can be tackled later") or a participle on what was agreed ("the
/// plans agreed in Lisbon"). Agreeing with someone, or that something is
/// so, shares a view and decides nothing.
pub(crate) fn agree_is_decision(view: &SentenceView, verb: usize) -> bool {
    if matches!(view.rel(verb), "acl" | "amod") {
        return true;
    }
    // "seemed to agree the race remains wide open": the parser took the
    // content clause's subject for the object and hung its verb higher up.
    // Or hung on "agree" itself, with no subject of its own after the
    // "object".
    let object_before = |t: usize| view.kids_by(verb, &["obj"]).any(|o| o < t);
    let stray_clause = (verb + 1..view.hi).find(|&t| {
        view.rel(t) == "ccomp"
            && matches!(view.xpos(t), "VBZ" | "VBP" | "VBD")
            && view.head(t).is_some_and(|h| {
                h != verb && view.descends_from(verb, h)
                    || h == verb && object_before(t) && view.kids_by(t, &["nsubj"]).next().is_none()
            })
    });
    if let Some(clause) = stray_clause {
        return !states_a_view(view, clause);
    }
    let kids = view.kids(verb);
    let decided = kids.iter().any(|&k| {
        matches!(
            view.full_rel(k),
            "xcomp" | "obj" | "iobj" | "nsubj:pass" | "aux:pass"
        ) || view.rel(k) == "obl"
            && match view.case_of(k).as_deref() {
                // "agreed on one thing": a shared view, not a decision.
                // "agreed on a sanctions package": the sanction is the
                // event, read from its noun.
                Some("on" | "upon") => {
                    !matches!(
                        view.lemma(k),
                        "thing" | "point" | "something" | "nothing" | "much" | "little"
                    ) && !sitrep_core::shapes::is_calendar_name(view.form(k))
                        && !crate::sanction_verbs::names_sanctions(view, k)
                }
                Some("to") => lexicon::is_agreement_object(view.lemma(k)),
                // "agreed with an airline the sale of ten planes": the
                // object the parser hung, unmarked, on the partner.
                Some("with") => view
                    .kids_by(k, &["nmod"])
                    .any(|n| view.full_rel(n) == "nmod:unmarked" && view.upos(n) == "NOUN"),
                _ => false,
            }
    });
    if decided {
        return true;
    }
    kids.iter()
        .any(|&k| view.full_rel(k) == "ccomp" && !states_a_view(view, k))
}

/// A content clause of being without a modal ("that there is some cause
/// for optimism", "that the important thing is to see it through")
/// describes how things are: agreeing to it is sharing an opinion. A
/// modal or an action ("that the talks should resume") is a decision.
fn states_a_view(view: &SentenceView, clause: usize) -> bool {
    let kids = view.kids(clause);
    // "will be incremental" predicts how things will be; "should", "must"
    // and "shall" decide.
    let modal = kids.iter().any(|&k| {
        view.rel(k) == "aux"
            && view.xpos(k) == "MD"
            && matches!(view.lemma(k), "should" | "must" | "shall" | "ought")
    });
    let being = matches!(view.lemma(clause), "be" | "remain" | "seem" | "appear")
        || kids.iter().any(|&k| matches!(view.rel(k), "cop" | "expl"));
    being && !modal
}

/// "attack", "lash out", "go after" are accusations when words are the
/// weapon: someone attacks a person or body ("attacked the judge", "went
/// after the attorney general") or what a named person or body holds
/// ("attacked Labour's taxes", "lashed out at the trade policies of the G7
/// nations"). Armed forces attacking, or places and forces attacked, are
/// fighting, which the gold does not count.
pub(crate) fn attack_in_words(view: &SentenceView, verb: usize) -> bool {
    let fighting = |t: usize| {
        let t = agency::antecedent(view, t);
        lexicon::is_force_noun(view.lemma(t))
            || matches!(
                view.lemma(t),
                "rebel"
                    | "rebels"
                    | "militant"
                    | "militants"
                    | "gunman"
                    | "gunmen"
                    | "protester"
                    | "protesters"
                    | "demonstrator"
                    | "demonstrators"
                    | "rioter"
                    | "rioters"
                    | "police"
                    | "intruder"
                    | "intruders"
                    | "burglar"
                    | "burglars"
            )
            || view.entity(t).is_some_and(|e| e.label == EntityLabel::Loc)
    };
    if agency::doers(view, verb).into_iter().any(fighting) {
        return false;
    }
    // The parser may hang a stranded particle as an adverb or a bare
    // preposition ("have piled on."): the word right after the verb counts.
    let particle = |word: &str| {
        view.kids(verb).iter().any(|&p| {
            view.lemma(p) == word
                && (view.full_rel(p) == "compound:prt" || p == verb + 1 && view.kids(p).is_empty())
        })
    };
    let targets: Vec<usize> = match view.lemma(verb) {
        // "attacked the program as a violation of free markets", "knocked
        // him as weak": a judgement in an "as" phrase is words.
        "attack" | "knock" | "portray" | "paint" | "dismiss" | "cast"
            if view.kids_by(verb, &["obj"]).next().is_some()
                && view.kids_by(verb, &["obl", "advcl", "xcomp"]).any(|k| {
                    view.kids(k).iter().any(|&m| view.lemma(m) == "as")
                        && (view.lemma(verb) == "attack" || scorns(view, k))
                }) =>
        {
            return true
        }
        // "cast the candidate as 'divisive, stupid and wrong'" with the
        // "as" phrase hung on the object: a person judged in contempt.
        "cast" => {
            return view.kids_by(verb, &["obj"]).any(|o| {
                agency::is_agentive(view, o)
                    && (o + 1..view.hi)
                        .take(6)
                        .skip_while(|&t| view.lemma(t) != "as")
                        .skip(1)
                        .any(|t| lexicon::is_contempt_word(view.lemma(t)))
            })
        }
        // "trashed Comey", "ripped the FBI director for ...": a person
        // torn apart in words ("ripped up the contract" is no attack).
        "trash" | "needle" => view.kids_by(verb, &["obj"]).collect(),
        // "knocked Cruz for not reporting loans", "panning Colorado for
        // using the system": someone faulted for something.
        "knock" | "pan"
            if view.kids_by(verb, &["advcl", "obl"]).any(|k| {
                view.kids(k)
                    .iter()
                    .any(|&m| view.lemma(m) == "for" && m < k)
            }) =>
        {
            view.kids_by(verb, &["obj"]).collect()
        }
        // "ripped up the contract", "ripped off customers": no words.
        "rip" if particle("up") || particle("off") => return false,
        // "We are not going to attack anybody": no one in particular is
        // attacked in words; that is armed attack disclaimed.
        "attack" => view
            .kids_by(verb, &["obj"])
            .filter(|&o| {
                !matches!(
                    view.lemma(o),
                    "anybody" | "anyone" | "nobody" | "somebody" | "someone" | "everybody"
                )
            })
            .collect(),
        "lash" if particle("out") => {
            let at: Vec<usize> = view
                .kids_by(verb, &["obl"])
                .filter(|k| view.case_of(*k).as_deref() == Some("at"))
                .collect();
            // "lashed out" alone is still an outburst against someone.
            if at.is_empty() {
                return true;
            }
            at
        }
        // "went on the offensive", "went fully on the attack".
        "go" if view.kids_by(verb, &["obl"]).any(|k| {
            view.case_of(k).as_deref() == Some("on")
                && matches!(view.lemma(k), "offensive" | "attack")
        }) =>
        {
            return true
        }
        "go" => view
            .kids_by(verb, &["obl"])
            .filter(|k| view.case_of(*k).as_deref() == Some("after"))
            .collect(),
        "pound" => view.kids_by(verb, &["obj"]).collect(),
        // "pointing fingers at each other", "point the finger at".
        "point"
            if view
                .kids_by(verb, &["obj"])
                .any(|o| matches!(view.lemma(o), "finger" | "fingers")) =>
        {
            return true
        }
        "point" => return false,
        "rail" => view
            .kids_by(verb, &["obl"])
            .filter(|k| view.case_of(*k).as_deref() == Some("against"))
            .collect(),
        // "hammered Clinton"; "hammered out a deal" is an agreement's.
        "hammer" if particle("out") => return false,
        "hammer" => view.kids_by(verb, &["obj"]).collect(),
        "unload" => view
            .kids_by(verb, &["obl"])
            .filter(|k| view.case_of(*k).as_deref() == Some("on"))
            .collect(),
        "lay" | "tear" | "rip" => view
            .kids_by(verb, &["obl"])
            .filter(|k| view.case_of(*k).as_deref() == Some("into"))
            // "ripped the FBI director for acting as judge": the person.
            .chain(
                view.kids_by(verb, &["obj"])
                    .filter(|_| view.lemma(verb) == "rip"),
            )
            .collect(),
        "round" => view
            .kids_by(verb, &["obl"])
            .filter(|k| view.case_of(*k).as_deref() == Some("on"))
            .collect(),
        "complain" => view
            .kids_by(verb, &["obl"])
            .filter(|k| matches!(view.case_of(*k).as_deref(), Some("of" | "about")))
            // "they can complain about it": about a thing.
            .filter(|k| !matches!(view.lemma(*k), "it" | "this" | "that"))
            .collect(),
        // An object too: the parser can hang "with Governor Dan Price" as
        // an object with a stray preposition.
        // Two sides clash with no "with" ("Snowden, WikiLeaks clash over
        // DNC emails", "the Republicans had sparred over immigration").
        "clash" | "spar"
            if view.kids_by(verb, &["nsubj"]).any(|s| {
                (view.kids_by(s, &["conj"]).next().is_some() || view.xpos(s).ends_with('S'))
                    && agency::is_agentive(view, s)
                    // "two are now sparring", "the two clashed".
                    || matches!(view.lemma(s).to_lowercase().as_str(), "two" | "both")
            }) && !view
                .kids_by(verb, &["obl"])
                .any(|k| view.case_of(k).as_deref() == Some("with")) =>
        {
            return true
        }
        "clash" | "spar" => view
            .kids_by(verb, &["obl", "obj"])
            .filter(|k| view.case_of(*k).as_deref() == Some("with") || view.rel(*k) == "obj")
            .collect(),
        // "piled on", "sounded off": outbursts whose target may go unsaid.
        // (People do it: "trips all piling on to its carbon footprint"
        // is adding up.)
        "pile" if particle("on") => {
            let doers = agency::doers(view, verb);
            return !doers.is_empty() && doers.into_iter().all(|d| agency::is_agentive(view, d));
        }
        "sound" if particle("off") => return true,
        _ => return false,
    };
    targets.into_iter().any(|t| {
        // "attacked the decision by Britain's highest court".
        let held_by_someone =
            agency::holders(view, t).any(|o| agency::is_agentive(view, o) && !fighting(o));
        (agency::is_agentive(view, t) && !fighting(t)) || held_by_someone
    })
}

/// "publish", "launch", "unveil" announce when what comes out is an
/// official document ("published guidance", "the leaflet, published by
/// police", "launched its strategy"); launching talks, products or attacks
/// is something else.
pub(crate) fn publishes_document(view: &SentenceView, verb: usize) -> bool {
    let mut objects: Vec<usize> = view
        .kids(verb)
        .iter()
        .copied()
        .filter(|&k| matches!(view.full_rel(k), "obj" | "nsubj:pass"))
        .collect();
    if view.rel(verb) == "acl" {
        objects.extend(view.head(verb));
    }
    objects.into_iter().any(|o| {
        lexicon::is_official_document(view.lemma(o))
            || view
                .kids_by(o, &["compound", "amod"])
                .any(|m| lexicon::is_official_document(view.lemma(m)) && view.lemma(m) == "white")
    })
}

/// A warning is a threat when what is warned of is an act someone can
/// choose, made conditional ("could strike if ministers scrap the
/// scheme", "there could be further walkouts unless there is a rethink")
/// or a promised retribution ("will pay dearly"); forecasts ("warned
/// that prices could rise if rates stay high") have no one to act.
pub(crate) fn warning_is_threat(view: &SentenceView, verb: usize) -> bool {
    let mut contents: Vec<usize> = view.kids_by(verb, &["ccomp"]).collect();
    // "Workers could strike if ..., warn union leaders": the quoted
    // content comes first and the parser hangs the speech verb on it.
    if let Some(head) = view.head(verb) {
        if head < verb && matches!(view.rel(verb), "conj" | "parataxis") {
            contents.push(head);
        }
    }
    contents.into_iter().any(|content| {
        let in_content = |t: usize| t == content || view.descends_from(t, content);
        let modal = view
            .kids_by(content, &["aux"])
            .any(|a| matches!(view.lemma(a), "will" | "would" | "could" | "may" | "might"));
        let conditional = view.tokens().any(|t| {
            in_content(t) && view.rel(t) == "mark" && matches!(view.lemma(t), "if" | "unless")
        });
        let retribution = view.lemma(content) == "pay";
        // "warned that Vilnius was ready to go further".
        let readiness = matches!(view.lemma(content), "ready" | "prepared")
            && view.kids_by(content, &["xcomp"]).next().is_some();
        let someone_acts = view.kids(content).iter().any(|&k| {
            view.rel(k) == "expl"
                || view.rel(k) == "nsubj"
                    && (agency::is_agentive(view, k)
                        || view
                            .kids_by(k, &["nmod"])
                            .any(|o| agency::is_agentive(view, o)))
        });
        // "'… Russia and Belarus will respond,' he warned": the response
        // is the threat, already found; the warning repeats it.
        let response_inside = view.tokens().any(|t| {
            in_content(t)
                && crate::retaliation::is_retaliation_word(view.lemma(t))
                && crate::retaliation::threat(view, t).is_some()
        });
        someone_acts && !response_inside && (modal && (conditional || retribution) || readiness)
            || !response_inside && crate::retaliation::warns_of_force(view, content)
    }) || warned_against(view, verb)
}

/// "warned Minsk and Moscow against any provocations": a party told what
/// not to do.
fn warned_against(view: &SentenceView, verb: usize) -> bool {
    let party = view.kids_by(verb, &["obj"]).any(|o| {
        view.entity(o).is_some_and(|e| {
            matches!(
                e.label,
                sitrep_core::EntityLabel::Loc | sitrep_core::EntityLabel::Org
            )
        })
    });
    party
        && view
            .kids_by(verb, &["obl"])
            .any(|k| view.case_of(k).as_deref() == Some("against"))
}

/// "talk" is a meeting with a partner: a `with` phrase ("no intention to
/// talk with the South") or a subject of two sides ("the two leaders had
/// talked about Kashmir", "Paris and Berlin talked"); talking about
/// something to the press is speech.
pub(crate) fn talk_is_meeting(view: &SentenceView, verb: usize) -> bool {
    let with_partner = view
        .kids_by(verb, &["obl"])
        .any(|k| view.case_of(k).as_deref() == Some("with"));
    with_partner || two_sided_subject(view, verb)
}

/// A subject of two sides: "the two leaders", "both ministers", "Paris
/// and Berlin" (a passive subject too, where the tagger took "spoke" for
/// a participle).
fn two_sided_subject(view: &SentenceView, verb: usize) -> bool {
    view.kids_by(verb, &["nsubj"]).any(|s| {
        view.kids_by(s, &["conj"]).next().is_some()
            || view
                .kids(s)
                .iter()
                .any(|&m| matches!(view.lemma(m), "two" | "both"))
    })
}

/// A conversation on the telephone with someone is a meeting: "spoke by
/// phone with his Latvian counterpart", "talked over the telephone with",
/// "phoned the Chancellor". Speaking to reporters is speech.
pub(crate) fn spoke_by_phone(view: &SentenceView, verb: usize) -> bool {
    let phone = |w: &str| matches!(w, "phone" | "telephone" | "videoconference" | "video");
    let lemma = view.lemma(verb);
    if matches!(lemma, "phone" | "telephone") {
        return view.kids_by(verb, &["obj"]).any(|o| is_partner(view, o));
    }
    let by_phone = view
        .kids_by(verb, &["obl", "obl:unmarked", "advmod"])
        .any(|k| {
            phone(view.lemma(k))
                && matches!(
                    view.case_of(k).as_deref(),
                    Some("by" | "on" | "over") | None
                )
        });
    let partner = view
        .kids_by(verb, &["obl"])
        .any(|k| view.case_of(k).as_deref() == Some("with") && is_partner(view, k))
        // "spoke with X by phone": the partner phrase hung on "phone".
        || view.kids_by(verb, &["obl"]).filter(|k| phone(view.lemma(*k))).any(|p| {
            view.kids_by(p, &["nmod"])
                .any(|k| view.case_of(k).as_deref() == Some("with") && is_partner(view, k))
        });
    by_phone && (partner || two_sided_subject(view, verb))
}

/// "briefed its NATO allies", "briefed the Polish and Latvian ministers":
/// a briefing of partners or officials is a meeting with them; briefing
/// reporters, the press or "the public" is how something was said.
pub(crate) fn briefs_partners(view: &SentenceView, verb: usize) -> bool {
    let briefed = agency::undergoers(view, verb);
    !briefed.is_empty()
        && briefed.into_iter().all(|b| {
            is_partner(view, b)
                && !matches!(
                    view.lemma(b),
                    "reporter"
                        | "reporters"
                        | "journalist"
                        | "journalists"
                        | "press"
                        | "media"
                        | "public"
                )
        })
}

/// Someone one meets: a person, a visitor by office, an ally or a partner,
/// or a state or body by name.
fn is_partner(view: &SentenceView, k: usize) -> bool {
    view.with_conjuncts(k)
        .into_iter()
        .any(|k| is_one_partner(view, k))
}

fn is_one_partner(view: &SentenceView, k: usize) -> bool {
    let k = agency::antecedent(view, k);
    view.entity(k).is_some_and(|e| {
        matches!(
            e.label,
            EntityLabel::Per | EntityLabel::Org | EntityLabel::Loc
        )
    }) || lexicon::is_visitor_noun(view.lemma(k))
        || matches!(
            view.lemma(k),
            "ally" | "allies" | "partner" | "partners" | "colleague" | "colleagues"
        )
}

/// A named person or a visitor by office ("the minister", "Defence
/// Minister", "the delegation"): who travels on a visit rather than being
/// deployed.
pub(crate) fn is_visitor(view: &SentenceView, t: usize) -> bool {
    let lemma = view.lemma(t);
    view.entity(t).is_some_and(|e| e.label == EntityLabel::Per)
        || lexicon::is_visitor_noun(lemma)
        || lemma.starts_with(char::is_uppercase) && lexicon::is_visitor_noun(&lemma.to_lowercase())
}

/// "received", "hosted" are a meeting when the guest is a person or a
/// delegation ("Lukashenko received the Russian defence minister", "was
/// hosted by the Chancellor"); receiving or hosting a thing is not.
pub(crate) fn receives_visitor(view: &SentenceView, verb: usize) -> bool {
    let guests = agency::undergoers(view, verb);
    !guests.is_empty()
        && guests.into_iter().all(|g| {
            let g = agency::antecedent(view, g);
            // "the exercise Union Shield, which Russia will host": a name
            // an event noun describes is the event's, whatever the NER
            // made of it.
            let names_an_event = view
                .kids_by(g, &["nmod", "compound", "appos"])
                .any(|k| lexicon::noun_trigger(view.lemma(k)).is_some());
            !names_an_event && view.entity(g).is_some_and(|e| e.label == EntityLabel::Per)
                || lexicon::is_visitor_noun(view.lemma(g))
        })
}

/// "rejects Trump's remarks", "rejected the minister's claims": rejecting
/// what a named person or body said disapproves of them, where rejecting
/// a plan or an offer does not.
pub(crate) fn rejects_words(view: &SentenceView, verb: usize) -> bool {
    view.kids_by(verb, &["obj"])
        .any(|o| lexicon::is_words_noun(view.lemma(o)) && agency::has_agentive_holder(view, o))
}

/// "was highly critical of the FBI", "critical of Clinton's handling": an
/// adjective predicate that disapproves of a person or body, or of what
/// one holds; "critical of the plan" with no one behind it, or "a critical
/// moment", is not.
pub(crate) fn critical_of(view: &SentenceView, adjective: usize) -> bool {
    view.lemma(adjective) == "critical"
        && view
            .kids_by(adjective, &["obl", "nmod"])
            .filter(|k| view.case_of(*k).as_deref() == Some("of"))
            .any(|t| agency::is_agentive(view, t) || agency::has_agentive_holder(view, t))
}

/// "called him a political opportunist", "called the report
/// 'outrageous'": naming someone or something with a word of contempt.
/// "called it a day", "called him a friend" and "called for talks" are not.
pub(crate) fn calls_names(view: &SentenceView, verb: usize) -> bool {
    if view.kids_by(verb, &["obj"]).next().is_none() {
        return false;
    }
    // A quoted label alone is not enough ("called the issue a 'red
    // line'", "called it a 'quiet revolution'"): the word must scorn, and
    // scorn someone or what someone did ("calling it a joke" is a verdict).
    let named = view
        .kids_by(verb, &["obj"])
        .all(|o| !matches!(view.lemma(o), "it" | "this" | "that"));
    named
        && (view.kids(verb).iter().any(|&k| {
            let label = matches!(view.full_rel(k), "xcomp" | "obj" | "ccomp" | "obl:unmarked")
                && view.kids_by(verb, &["obj"]).any(|o| o < k);
            label && scorns(view, k)
        }) || label_after_object_scorns(view, verb)
            // "called the measures illegal" with the label parsed as a
            // modifier after the object.
            || view.kids_by(verb, &["obj"]).any(|o| {
                view.kids_by(o, &["amod"])
                    .any(|m| m > o && lexicon::is_contempt_word(view.lemma(m)))
            }))
}

/// "called Trump a \"blowhard\"", "called his statements \"childish\"": a
/// quoted label right after the object, read by word order because the
/// parser often hangs a quoted word anywhere. Unquoted, the label must
/// follow at once ("called the decision unfriendly and legally void",
/// "called the NATO build-up a deliberate provocation"); "an attempt to
/// justify ..." scorns by what it says the act is for.
fn label_after_object_scorns(view: &SentenceView, verb: usize) -> bool {
    let Some(object_end) = view
        .kids_by(verb, &["obj"])
        .map(|o| view.phrase(o, &["det", "amod", "compound", "nmod:poss", "case", "flat"]))
        .filter_map(|p| p.into_iter().max())
        .max()
    else {
        return false;
    };
    let mut quoted = false;
    for t in object_end + 1..(object_end + 8).min(view.hi) {
        // Quotation marks of any style carry the Penn quote tags.
        if matches!(view.xpos(t), "``" | "''") {
            quoted = true;
            continue;
        }
        let form = view.form(t);
        // "the NATO build-up": a hyphenated word is still the object.
        let hyphenated = view.ends_hyphenated(t) || t + 2 < view.hi && view.ends_hyphenated(t + 2);
        if matches!(form, "," | ";" | ":") || view.upos(t) == "VERB" && !hyphenated {
            return false;
        }
        let word = form.to_lowercase();
        let near = quoted || t <= object_end + 4;
        if near && (lexicon::is_contempt_word(&word) || states_bad_purpose(view, t)) {
            return true;
        }
    }
    false
}

/// "an attempt to justify the militarisation", "a campaign to discredit
/// Minsk": a label that says what an act is really for.
fn states_bad_purpose(view: &SentenceView, t: usize) -> bool {
    matches!(
        view.lemma(t),
        "attempt" | "campaign" | "pretext" | "excuse" | "ploy"
    ) && t + 2 < view.hi
        && view.form(t + 1) == "to"
        && matches!(
            view.lemma(t + 2),
            "justify"
                | "discredit"
                | "distract"
                | "mislead"
                | "provoke"
                | "undermine"
                | "destabilize"
                | "destabilise"
                | "cover"
                | "whitewash"
                | "intimidate"
        )
}

/// "questioned Mr Trump's judgment", "questioned his decency": doubting a
/// named person's character or fitness, not asking a question or
/// questioning a figure.
pub(crate) fn questions_character(view: &SentenceView, verb: usize) -> bool {
    view.kids_by(verb, &["obj"]).any(|o| {
        view.with_conjuncts(o).into_iter().any(|x| {
            lexicon::is_character_noun(view.lemma(x)) && agency::has_agentive_holder(view, x)
        })
    })
}

/// Whether the word `k`, or an adjective or noun on it, is a word of
/// contempt ("a liar", "a selfish corporate titan").
fn scorns(view: &SentenceView, k: usize) -> bool {
    lexicon::is_contempt_word(view.lemma(k))
        || view
            .kids_by(k, &["amod", "compound"])
            .any(|m| lexicon::is_contempt_word(view.lemma(m)))
}

/// "summoned the chargé d'affaires of Belarus", "the ambassador was
/// summoned to the foreign ministry": a diplomat called in to hear a
/// protest meets the ministry; "summoned the courage", "summoned to
/// court" are not meetings. "Expelled a Belarusian diplomat" is a
/// sanction; "expelled from school" is not.
pub(crate) fn falls_on_diplomat(view: &SentenceView, verb: usize) -> bool {
    // Any case ("summoned Ambassador X"); "chargé" may come with its
    // "d'affaires" in one token.
    const DIPLOMATS: &[&str] = &[
        "ambassador",
        "envoy",
        "charge",
        "diplomat",
        "attaché",
        "attache",
        "consul",
        "counsellor",
        "counselor",
    ];
    let diplomat = |x: usize| {
        let lemma = view.lemma(x);
        DIPLOMATS.iter().any(|d| lemma.eq_ignore_ascii_case(d))
            || lemma
                .get(.."chargé".len())
                .is_some_and(|p| p.eq_ignore_ascii_case("chargé"))
    };
    agency::undergoers(view, verb).into_iter().any(|o| {
        diplomat(o)
            || view
                .kids_by(o, &["appos", "compound", "nmod"])
                .any(diplomat)
            || view
                .head(o)
                .is_some_and(|h| view.rel(o) == "appos" && diplomat(h))
    })
}
