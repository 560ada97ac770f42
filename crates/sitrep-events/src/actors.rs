//! Actors of an event from the parse: subjects, objects and `with`/`between`
//! phrases of the anchor verb, national modifiers of event nouns
//! ("Belarusian-Russian drills"), resolved to entities and countries.

use sitrep_core::{Actor, ActorRole, EntityLabel, EventKind};

use crate::detect::Candidate;
use crate::lexicon;
use crate::lexicon::is_institution_noun;
use crate::modifiers::{names_organisation, national_modifiers, singles_out_a_nation};
use crate::titles::names_the_exercise;
use crate::view::SentenceView;
use crate::COUNTRIES;

pub(crate) use crate::nominal_actor::{resolve, CORE};

/// How the helpers of this module add the actor a token stands for, in a
/// role: the `push` closure of [`actors`], handed down.
pub(crate) trait PushActor: Fn(&SentenceView, usize, ActorRole, &mut Vec<Actor>) {}
impl<F: Fn(&SentenceView, usize, ActorRole, &mut Vec<Actor>)> PushActor for F {}

/// Adds `actor` unless an actor of that name is already there.
pub(crate) fn add_actor(out: &mut Vec<Actor>, actor: Actor) {
    if !out.iter().any(|a| a.name == actor.name) {
        out.push(actor);
    }
}

/// "the Trump meeting", "the Putin-Lukashenko talks": a person named in a
/// meeting noun is one of its sides.
fn names_a_meeting_side(view: &SentenceView, c: &Candidate, k: usize) -> bool {
    c.kind == EventKind::Meeting && view.entity(k).is_some_and(|e| e.label == EntityLabel::Per)
}

fn symmetric(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Meeting | EventKind::Exercise | EventKind::Agreement | EventKind::Training
    )
}

/// Every actor of a candidate event, deduplicated by name.
pub(crate) fn actors(view: &SentenceView, c: &Candidate) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    let subject_role = if symmetric(c.kind) {
        ActorRole::Participant
    } else if c.kind == EventKind::Delivery && lexicon::is_receiving_verb(view.lemma(c.anchor))
        || c.kind == EventKind::Accusation
            && c.anchor != c.trigger
            && (lexicon::receives_speech(view.lemma(c.anchor))
                || lexicon::rebuts_speech(view.lemma(c.anchor)))
        // "Belarus has faced Western sanctions", "the firm was hit by U.S.
        // sanctions": the one the measures fall on.
        || c.kind == EventKind::Sanction
            && c.anchor != c.trigger
            && matches!(view.lemma(c.anchor), "face" | "hit" | "affect" | "target")
    {
        // "Belarus received fighters from Russia": the subject is the
        // recipient; "the plan drew criticism from the Pentagon": its target.
        ActorRole::Target
    } else {
        ActorRole::Source
    };
    // A capital in a wire dateline ("MINSK, 27 November (BelTA) -") stands
    // for its country but is no party; dropped before it can shadow the
    // real actor of that country.
    let dateline = crate::dateline::dateline_end(view)
        .zip(view.tokens().next())
        .map(|(end, first)| (view.tok(first).span.start, end));
    let in_dateline = |a: &Actor| {
        dateline
            .is_some_and(|(start, end)| a.span.is_some_and(|s| s.start >= start && s.end <= end))
    };
    let push = |view: &SentenceView, token: usize, role: ActorRole, out: &mut Vec<Actor>| {
        // "The chiefs of the General Staffs …, Army General Yevgeny Tarasov
        // and Major General Dmitry Kovalenko": the people named.
        let people = crate::fallback::apposed_people(view, token);
        if !people.is_empty() {
            for t in people {
                if let Some(actor) = resolve(view, t, role) {
                    add_actor(out, actor);
                }
            }
            return;
        }
        let mut tokens = view.with_conjuncts(token);
        tokens.extend(crate::fallback::nested_person_conjuncts(view, token));
        // "the new face of the party, Donald J. Trump": a description that
        // names no one stands for the name in apposition to it.
        if view.entity(token).is_none() && resolve(view, token, role).is_none() {
            let named: Vec<usize> = view
                .kids_by(token, &["appos"])
                .chain(crate::fallback::detached_apposition(view, token))
                .filter(|&a| view.entity(a).is_some_and(|e| e.label != EntityLabel::Misc))
                .collect();
            tokens.extend(named);
        }
        for t in tokens {
            if t == c.trigger || c.nouns.contains(&t) {
                continue;
            }
            // "the two countries", "both sides": the last pair named; "the
            // defence ministers of the two countries" act for that pair.
            let pair_phrase = if crate::coref::is_pair_phrase(view, t) {
                Some(t)
            } else {
                view.of_phrases(t).find(|&k| {
                    crate::coref::is_pair_phrase(view, k)
                        && crate::nominal_actor::is_agent_noun(view, t)
                })
            };
            if let Some(p) = pair_phrase {
                let pair = crate::coref::pair(view, p, role);
                if !pair.is_empty() {
                    for actor in pair {
                        add_actor(out, actor);
                    }
                    continue;
                }
            }
            // "the ministers", "the participants": the group named before.
            let group = crate::descriptions::group(view, t, role);
            if !group.is_empty() {
                for actor in group {
                    add_actor(out, actor);
                }
                continue;
            }
            let nations = crate::origins::nations_of(view, t, role);
            if nations.len() >= 2 {
                for actor in nations {
                    add_actor(out, actor);
                }
                continue;
            }
            // "the foreign ministries of Poland and Lithuania", "the
            // sheikhdom of Qatar": the countries.
            // "Officers of the Collective Security Treaty Organization":
            // people of a body act for the body.
            // "Belarusian suppliers of Russian drone makers": the noun's
            // own nationality comes before its of-phrase's.
            let own_nation = view
                .kids_by(t, &["amod"])
                .any(|m| COUNTRIES.country(view.form(m)).is_some());
            if view.entity(t).is_none()
                && view.upos(t) == "NOUN"
                && !own_nation
                && (is_institution_noun(view.lemma(t))
                    || crate::nominal_actor::is_agent_noun(view, t)
                    || resolve(view, t, role).is_none())
            {
                // "attacked Labour's taxes": a thing that names no actor
                // stands for its owner.
                let names_none = resolve(view, t, role).is_none();
                // "criticised the Labour stance": a named owner given as a
                // modifier, when the thing is what was spoken against.
                let owner_modifier = names_none && role == ActorRole::Target;
                let of_countries: Vec<Actor> = view
                    .kids_by(t, &["nmod", "compound"])
                    .filter(|k| {
                        view.rel(*k) == "nmod"
                            && (view.case_of(*k).as_deref() == Some("of")
                                || names_none && view.full_rel(*k) == "nmod:poss")
                            || owner_modifier
                                && view.rel(*k) == "compound"
                                && view.entity(*k).is_some_and(|e| {
                                    matches!(e.label, EntityLabel::Org | EntityLabel::Per)
                                })
                    })
                    .flat_map(|k| crate::modifiers::through_unnamed_formations(view, k))
                    // A country, or a named bloc or organisation ("finance
                    // ministers of the G8", "members of NATO"); a person
                    // only as the owner of a thing ("rejects Trump's
                    // remarks"), never of people ("Putin's wife").
                    .filter(|k| {
                        view.entity(*k).is_none_or(|e| e.label != EntityLabel::Per)
                            || names_none && view.full_rel(*k) == "nmod:poss"
                    })
                    .filter_map(|k| resolve(view, k, role))
                    .filter(|a| {
                        a.country.is_some()
                            || a.span.is_some_and(|span| {
                                view.doc.layers.entities.iter().any(|e| {
                                    e.span == span
                                        && (matches!(e.label, EntityLabel::Org | EntityLabel::Misc)
                                            || names_none && e.label == EntityLabel::Per)
                                })
                            })
                    })
                    .collect();
                if !of_countries.is_empty() {
                    for actor in of_countries {
                        add_actor(out, actor);
                    }
                    continue;
                }
            }
            if let Some(actor) = resolve(view, t, role).filter(|a| !in_dateline(a)) {
                // "Belarusian and Russian defence ministers": one actor per
                // country named in the phrase.
                let nations = if view.entity(t).is_none() {
                    let mut core = view.phrase(t, CORE);
                    core.extend(crate::modifiers::orphaned_national_conjunct(view, t));
                    COUNTRIES.countries_in(view.doc.slice(view.span_of(&core)))
                } else {
                    Vec::new()
                };
                if nations.len() >= 2 {
                    for code in nations {
                        let nation = Actor {
                            sector: actor.sector.clone(),
                            ..COUNTRIES.actor(code, actor.span, role)
                        };
                        add_actor(out, nation);
                    }
                    continue;
                }
                // "The Russian and Belarusian Armed Forces": a nationality
                // coordinated before a name belongs to a second party.
                if let Some(span) = actor.span.filter(|_| view.entity(t).is_some()) {
                    let modifiers: Vec<usize> = view
                        .kids_by(t, &["amod"])
                        .flat_map(|m| view.with_conjuncts(m))
                        .filter(|&m| !span.contains(view.tok(m).span))
                        .collect();
                    for m in modifiers {
                        let Some(code) = COUNTRIES.country(view.form(m)) else {
                            continue;
                        };
                        let nation = Actor {
                            sector: actor.sector.clone(),
                            ..COUNTRIES.actor(code, Some(view.tok(m).span), role)
                        };
                        let known = actor.country.as_deref() == Some(code)
                            || out.iter().any(|a| a.name == nation.name);
                        if !known {
                            out.push(nation);
                        }
                    }
                }
                add_actor(out, actor);
            } else if role != ActorRole::Target || singles_out_a_nation(view, c.kind, t) {
                // "Belarusian and Russian troops": national modifiers.
                national_modifiers(view, t, role, out);
            }
        }
    };
    let anchor = c.anchor;
    // Subject of the anchor, or of the verb it is an xcomp of ("agreed to
    // hold talks", "plans to deploy").
    // Subjectless clauses take the subject of the clause they hang on:
    // "moving the brigade, Warsaw also sent", "struck a deal to
    // supply".
    let mut subject_of = anchor;
    // "blamed Seoul for conducting drills", "urged Britain to sign": a
    // clause controlled by the object of the verb it hangs on.
    let mut controller = None;
    // "keep the crossing on its border with Belarus closed" read with
    // "Belarus" as the subject of "closed": a subject marked by a
    // preposition is a misparsed oblique, no subject.
    let marked = |k: usize| view.case_of(k).as_deref() == Some("with");
    for _ in 0..4 {
        if view
            .kids_by(subject_of, &["nsubj", "nsubj:pass"])
            .any(|k| !marked(k))
        {
            break;
        }
        let Some(h) = view.head(subject_of) else {
            break;
        };
        if let Some(object) = crate::clauses::controlling_object(view, subject_of) {
            controller = Some(object);
            break;
        }
        match view.rel(subject_of) {
            "xcomp" | "conj" | "advcl" => subject_of = h,
            // "Unveiling the budget, Mr Manuel said": a fronted participle
            // the parser took for the subject of a clause that has one.
            "nsubj" | "csubj"
                if view.xpos(subject_of) == "VBG"
                    && view.kids_by(h, &["nsubj"]).any(|k| k != subject_of) =>
            {
                subject_of = h
            }
            // "Euronext is due to hold talks": a `to` infinitive the parser
            // labelled `ccomp` is still controlled by the clause above.
            "ccomp"
                if view
                    .kids_by(subject_of, &["mark"])
                    .any(|m| view.lemma(m) == "to") =>
            {
                subject_of = h
            }
            "acl" if view.xpos(subject_of) == "VB" => match view.head(h) {
                Some(g) if matches!(view.rel(h), "obj" | "nsubj") => subject_of = g,
                _ => break,
            },
            _ => break,
        }
    }
    // "the delegates who met the minister" / "unions met ..." parsed as a
    // participle: the modified noun is the subject.
    // Likewise "defence ministers met in Moscow" with "met" read as a
    // participle on the noun: for a symmetric event the noun takes part
    // whichever reading is right.
    // "the five unions meeting the minister": an active participle's noun
    // is its subject.
    let relative_head = matches!(view.rel(anchor), "acl")
        && (view.kids_by(anchor, &["obj"]).next().is_some()
            || view.xpos(anchor) == "VBG"
            || (symmetric(c.kind)
                && matches!(view.xpos(anchor), "VBN" | "VBD")
                && view.head(anchor).is_some_and(|h| h < anchor)))
        && view.xpos(anchor) != "VB";
    // The parser sometimes labels an active subject `nsubj:pass` (no
    // passive auxiliary) or an object `xcomp`: read by what they are.
    // Passive: a passive auxiliary, or a past participle with a "by"
    // agent whose auxiliary the parser dropped ("a member accused by X").
    let passive = view.kids(subject_of).iter().any(|k| {
        view.full_rel(*k) == "aux:pass"
            || (view.xpos(subject_of) == "VBN"
                && view.full_rel(*k) == "obl:agent"
                && view.case_of(*k).as_deref() == Some("by"))
    });
    // "Minsk will be forced to respond": the passive subject above an
    // active infinitive is the infinitive's own subject.
    let raised_from_active = view.rel(anchor) == "xcomp"
        && view.head(anchor) == Some(subject_of)
        && !view.is_passive(anchor);
    let relation = |k: usize| -> &str {
        match view.full_rel(k) {
            "nsubj:pass" if !passive || raised_from_active => "nsubj",
            "xcomp" if matches!(view.upos(k), "PROPN" | "NOUN" | "PRON") => "obj",
            other => other,
        }
    };
    if let Some(object) = controller {
        push(view, object, subject_role, &mut out);
    }
    // No subject in the parse ("Boeing announced a deal" with "Boeing"
    // tagged as an auxiliary): the noun phrase right before the verb, read
    // as the subject the parse missed.
    let missed_subject = crate::fallback::subject_before(view, subject_of)
        .filter(|&k| k != c.trigger && !c.nouns.contains(&k))
        .map(|k| (k, if passive { "nsubj:pass" } else { "nsubj" }));
    let arguments: Vec<(usize, &str)> = view
        .kids(subject_of)
        .iter()
        .map(|&k| (k, relation(k)))
        .chain(missed_subject)
        .collect();
    for (k, rel) in arguments {
        match rel {
            "nsubj" if matches!(view.lemma(k), "which" | "who" | "that") => {
                // The antecedent: the relative clause's head, or where the
                // parser hung the clause elsewhere, the name right before
                // the pronoun ("Jack Straw, who accused …").
                let antecedent = crate::fallback::relative_antecedent(view, view.head(anchor), k);
                if let Some(h) = antecedent {
                    push(view, h, subject_role, &mut out);
                }
            }
            "nsubj" if marked(k) && c.kind == EventKind::Sanction => {
                push(view, k, ActorRole::Target, &mut out)
            }
            "nsubj" if marked(k) => {}
            "nsubj" => push(view, k, subject_role, &mut out),
            // A subjectless clause hanging on a passive one takes its
            // agent: "arms used by China to threaten Taiwan".
            "obl:agent" if passive && subject_of != anchor => push(view, k, subject_role, &mut out),
            // "a Russian contingent was deployed": the force's nation sends
            // it (a named force is itself the actor, below).
            "nsubj:pass"
                if k != c.trigger
                    && matches!(c.kind, EventKind::Deployment | EventKind::Delivery)
                    && lexicon::is_materiel_noun(view.lemma(k))
                    && view.entity(k).is_none_or(|e| e.label != EntityLabel::Org) =>
            {
                national_modifiers(view, k, ActorRole::Source, &mut out);
                // "Units of the 11th Brigade were redeployed": the named
                // formation moved.
                if c.kind == EventKind::Deployment {
                    for u in crate::modifiers::owning_formations(view, k) {
                        push(view, u, ActorRole::Source, &mut out);
                    }
                }
            }
            // "The 11th Brigade was redeployed": the force moved is the
            // deployment's source, as in the active voice.
            "nsubj:pass"
                if k != c.trigger
                    && c.kind == EventKind::Deployment
                    && view.entity(k).is_some_and(|e| e.label == EntityLabel::Org) =>
            {
                push(view, k, ActorRole::Source, &mut out);
            }
            "nsubj:pass" if k != c.trigger => {
                let role = if symmetric(c.kind) {
                    ActorRole::Participant
                } else {
                    ActorRole::Target
                };
                // "the owners of Rover, who have been accused by unions":
                // the relative pronoun stands for its antecedent.
                let patient = if matches!(view.lemma(k), "which" | "who" | "that") {
                    crate::fallback::relative_antecedent(view, view.head(anchor), k)
                } else {
                    Some(k)
                };
                if let Some(p) = patient {
                    push(view, p, role, &mut out);
                }
            }
            _ => {}
        }
    }
    crate::clauses::governed_verb_arguments(view, c, &mut out, push);
    if !symmetric(c.kind) {
        crate::clauses::accused_of_clause(view, c, &mut out, push);
        if c.kind != EventKind::Deployment {
            crate::clauses::passive_participle_patient(view, c, &mut out, push);
        }
    }
    if relative_head && view.kids_by(anchor, &["nsubj"]).next().is_none() {
        if let Some(h) = view.head(anchor) {
            push(view, h, subject_role, &mut out);
        }
    }
    let mut heads = vec![anchor];
    heads.extend(c.nouns.iter().copied());
    for &h in &heads {
        for k in crate::fallback::kids_past_dates(view, h) {
            let rel = if h == subject_of {
                relation(k)
            } else {
                view.full_rel(k)
            };
            // "We expect to sign it", "delivered them on time": the object
            // pronoun is the document or the goods, never a party.
            // "supplied it with missiles": then the pronoun is the recipient.
            let equips = c.kind == EventKind::Delivery
                && view
                    .kids_by(h, &["obl"])
                    .any(|o| view.case_of(o).as_deref() == Some("with"));
            if matches!(rel, "obj" | "iobj")
                && matches!(c.kind, EventKind::Agreement | EventKind::Delivery)
                && matches!(view.lemma(k), "it" | "this" | "that" | "them" | "which")
            {
                // Read as the goods (`c.nouns`), so resolved here.
                let recipient = equips
                    .then(|| resolve(view, k, ActorRole::Target))
                    .flatten();
                if let Some(actor) = recipient {
                    add_actor(&mut out, actor);
                }
                continue;
            }
            // "extended the border regime", "froze their assets": the
            // measure, not a party.
            if matches!(rel, "obj" | "nsubj:pass")
                && c.kind == EventKind::Sanction
                && c.anchor == c.trigger
                && (lexicon::is_restriction_noun(view.lemma(k))
                    || lexicon::is_trade_measure(view.lemma(k))
                    || lexicon::is_frozen_holding(view.lemma(k)))
            {
                continue;
            }
            // "the Union Shield-2027 exercise": the event's own name.
            if view.upos(h) == "NOUN"
                && matches!(rel, "compound" | "nmod:poss" | "appos" | "flat" | "nmod")
                && crate::titles::names_the_event(view, k)
            {
                continue;
            }
            let case = if view.upos(k) == "PROPN" {
                view.case_of_name(k)
            } else {
                view.case_of(k)
            }
            .unwrap_or_default();
            let role = match (rel, case.as_str()) {
                ("obj", _) | ("iobj", _)
                    if h == anchor && h != c.trigger || c.kind == EventKind::Meeting =>
                {
                    if symmetric(c.kind) {
                        ActorRole::Participant
                    } else {
                        ActorRole::Target
                    }
                }
                ("obj", _) | ("iobj", _) => ActorRole::Target,
                // An agent needs its "by" ("accused of al-Qaeda links"
                // is no agent, whatever the parser says).
                ("obl:agent", "by" | "") | (_, "by") => subject_role,
                ("obl:agent", _) => continue,
                // "clashed with the mayor", "his assault on Mr Bush": the
                // one spoken against.
                (_, "with") if c.kind == EventKind::Accusation => ActorRole::Target,
                // "closed the crossing with Belarus": the neighbour shut out.
                (_, "with") if c.kind == EventKind::Sanction => ActorRole::Target,
                // ... but "trashed Comey on MSNBC": with an object, "on"
                // is where it was said.
                (_, "on")
                    if c.kind == EventKind::Accusation
                        && view.kids_by(h, &["obj"]).next().is_none() =>
                {
                    ActorRole::Target
                }
                // "critical of the FBI", "complain of Mr Kim's silence".
                (_, "of" | "about") if c.kind == EventKind::Accusation && h == anchor => {
                    ActorRole::Target
                }
                (_, "with") | (_, "between") | (_, "among") => ActorRole::Participant,
                ("nmod", "of") | ("nmod:poss", _) if h != anchor => subject_role,
                // "Minsk's response will be adequate": a noun event's owner.
                // ("its active phase" is the exercise's.)
                ("nmod:poss", _) if view.upos(h) == "NOUN" && view.upos(k) != "PRON" => {
                    subject_role
                }
                (_, "against") => ActorRole::Target,
                (_, "at" | "after") if c.kind == EventKind::Accusation => ActorRole::Target,
                // "imposed its arms ban on China", "sanctions on Iran".
                (_, "on") if c.kind == EventKind::Sanction => ActorRole::Target,
                (_, "to")
                    if matches!(
                        c.kind,
                        EventKind::Delivery
                            | EventKind::Sanction
                            | EventKind::Threat
                            | EventKind::Accusation
                    ) =>
                {
                    ActorRole::Target
                }
                // "the announcement from Mr Leslie".
                (_, "from")
                    if h == c.trigger
                        && view.upos(h) == "NOUN"
                        && matches!(c.kind, EventKind::Statement | EventKind::Threat) =>
                {
                    ActorRole::Source
                }
                (_, "from")
                    if c.kind == EventKind::Delivery
                        || c.kind == EventKind::Accusation && subject_role == ActorRole::Target =>
                {
                    ActorRole::Source
                }
                // "talks with Deputy Prime Minister John Prescott" parsed
                // with the name as the event noun's apposition.
                ("appos", _)
                    if h != anchor
                        && view.entity(k).is_some_and(|e| {
                            matches!(e.label, EntityLabel::Per | EntityLabel::Org)
                        }) =>
                {
                    subject_role
                }
                // "the G7 meeting", "a NATO exercise": an organisation
                // named in the event noun takes part.
                ("compound", _)
                    if h != anchor
                        && view.upos(h) == "NOUN"
                        && symmetric(c.kind)
                        && (names_organisation(view, k) || names_a_meeting_side(view, c, k))
                        && !names_the_exercise(view, c, k) =>
                {
                    ActorRole::Participant
                }
                ("amod" | "compound", _) if h != anchor || h == c.trigger => {
                    national_modifiers(view, k, subject_role, &mut out);
                    continue;
                }
                _ => continue,
            };
            push(view, k, role, &mut out);
        }
    }
    // "criticised by environmental groups and the Liberal Democrats" with
    // the second name parsed as a conjunct of the verb: it shares the role
    // of the argument before it.
    // Likewise a name hung on the verb as an `obl` with no preposition
    // ("accused Gazprom, the Russian Federation and …").
    let kids = view.kids(anchor).to_vec();
    for (n, &k) in kids.iter().enumerate() {
        let unmarked_name = view.full_rel(k) == "obl"
            && view.case_of(k).is_none()
            && view.entity(k).is_some_and(|e| e.label != EntityLabel::Misc)
            && crate::fallback::after_comma(view, k);
        if !(view.rel(k) == "conj" || unmarked_name) || !matches!(view.upos(k), "PROPN" | "NOUN") {
            continue;
        }
        let Some(&previous) = kids[..n]
            .iter()
            .rev()
            .find(|p| matches!(view.upos(**p), "PROPN" | "NOUN" | "PRON"))
        else {
            continue;
        };
        let role = match (view.full_rel(previous), view.case_of(previous).as_deref()) {
            ("nsubj", _) | ("obl:agent", _) | (_, Some("by")) => subject_role,
            (_, Some("with" | "between")) => ActorRole::Participant,
            ("obj", _) if symmetric(c.kind) => ActorRole::Participant,
            ("obj", _) => ActorRole::Target,
            _ => continue,
        };
        push(view, k, role, &mut out);
    }
    // "Contingents of Belarus, the Republic of Kazakhstan … and Tajikistan
    // took part" with the first item hung on the verb as a bare `obl`:
    // it heads the subject list.
    if let Some(subject) = view.kids_by(anchor, &["nsubj"]).next() {
        let bare: Vec<usize> = view
            .kids_by(anchor, &["obl"])
            .filter(|&k| {
                k < subject && view.case_of(k).is_none() && matches!(view.upos(k), "NOUN" | "PROPN")
            })
            .collect();
        // The subject phrase's first word, right after a comma.
        let subject_start = (!bare.is_empty())
            .then(|| {
                let first = view.subtree_span(subject).start;
                view.tokens().find(|&t| view.tok(t).span.start == first)
            })
            .flatten()
            .filter(|&s| s >= view.lo + 2 && view.form(s - 1) == ",");
        if let Some(s) = subject_start {
            for k in bare {
                let phrase = view.subtree_span(k);
                let touches = view.tok(s - 2).span.end == phrase.end
                    || view.tok(s - 1).span.end == phrase.end;
                if touches && view.dates().iter().all(|d| !d.span.overlaps(phrase)) {
                    push(view, k, subject_role, &mut out);
                }
            }
        }
    }
    // "met LSE chief Clara Furse amid rumours …", "unions which met Mr
    // Prescott want …", "unions meeting Mr Prescott want …": the parser read the meeting verb's object as the
    // subject of the next clause. A subject that starts right after the
    // objectless verb is its partner.
    if c.kind == EventKind::Meeting
        && view.upos(anchor) == "VERB"
        && view.kids_by(anchor, &["obj"]).next().is_none()
    {
        let subjects: Vec<usize> = view
            .tokens()
            .filter(|t| view.rel(*t) == "nsubj" && view.head(*t) != Some(anchor))
            .filter(|t| view.phrase(*t, CORE).into_iter().min() == Some(anchor + 1))
            .collect();
        for subject in subjects {
            push(view, subject, ActorRole::Participant, &mut out);
        }
    }
    // "delivered 40 jets to UPS" with "to UPS" hung on the goods, or on
    // the last item of a list of goods ("four fighters, a set of systems
    // and a number of helicopters to Belarus"), or on a delivery noun's
    // goods ("the delivery of a batch of fighters to Belarus").
    if c.kind == EventKind::Delivery && !out.iter().any(|a| a.role == ActorRole::Target) {
        let recipient = view.tokens().filter(|&t| {
            view.rel(t) == "nmod"
                && view.case_of(t).as_deref() == Some("to")
                && (t > anchor && crate::fallback::inside_goods(view, t, anchor)
                    || t > c.trigger && crate::fallback::inside_goods_of_noun(view, t, c.trigger))
        });
        for k in recipient.collect::<Vec<_>>() {
            push(view, k, ActorRole::Target, &mut out);
        }
    }
    if c.kind == EventKind::Sanction {
        crate::sanction_targets::add(view, c, &mut out, push);
    }
    // "British troops deployed in Iraq": a participle on the force it
    // moves; the force's nation sends it.
    if view.rel(anchor) == "acl" && matches!(c.kind, EventKind::Deployment | EventKind::Delivery) {
        if let Some(force) = view.head(anchor) {
            if lexicon::is_materiel_noun(view.lemma(force)) {
                national_modifiers(view, force, ActorRole::Source, &mut out);
            }
        }
    }
    if out.is_empty() {
        crate::governing::governing_subject(view, c, subject_role, &mut out, push);
    }
    crate::partners::sender_after_goods(view, c, &mut out, push);
    crate::partners::guides_of_training(view, c, &mut out, push);
    crate::partners::maker_of_goods(view, c, &mut out);
    crate::partners::after_event_nouns(view, c, &mut out, push);
    out
}
