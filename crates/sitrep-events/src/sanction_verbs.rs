//! Senses of the verbs that restrict or adopt measures: a border closed,
//! a restriction extended or widened, assets frozen, firms barred from
//! trade; a package of sanctions adopted (a sanction, not an agreement)
//! and an agreement approved through a pronoun.

use sitrep_core::EventKind;

use crate::lexicon;
use crate::view::SentenceView;

/// A restriction extended, widened or tightened ("extended the border
/// regime", "extends an export ban", "widened them" after sanctions),
/// assets frozen, or firms barred from doing business.
pub(crate) fn restricts(view: &SentenceView, verb: usize, objects: &[&str]) -> bool {
    let lemma = view.lemma(verb);
    // Assets frozen by a court are no sanction: sanctions must be in the
    // sentence or reported earlier in the document.
    if lemma == "freeze" {
        let about_sanctions = crate::listings::about_sanctions(view);
        // "any assets they may hold in the country will be frozen", the
        // subject lost in the parse: holdings named before a passive.
        let held_before = view.is_passive(verb)
            && objects.is_empty()
            && (view.lo..verb).any(|t| lexicon::is_frozen_holding(view.lemma(t)));
        return about_sanctions
            && (held_before || objects.iter().any(|o| lexicon::is_frozen_holding(o)));
    }
    if lemma == "bar" {
        // "was barred", "remains barred from EU airspace".
        let passive = view
            .kids(verb)
            .iter()
            .any(|&k| matches!(view.full_rel(k), "aux:pass" | "cop"))
            || view.rel(verb) == "xcomp"
                && view
                    .head(verb)
                    .is_some_and(|h| matches!(view.lemma(h), "remain" | "stay"));
        // "The package also bars Belavia from EU airspace": barred by
        // the sanctions themselves.
        let by_sanctions = view.kids_by(verb, &["nsubj"]).any(|s| {
            lexicon::noun_trigger(view.lemma(s)) == Some(EventKind::Sanction)
                || lexicon::is_event_measure(view.lemma(s))
                    && view.earlier_events().any(|e| e.kind == EventKind::Sanction)
        });
        // "Minsk barred 14 Lithuanian transport companies from operating
        // in Belarus": a state shutting others out.
        let by_state = view.kids_by(verb, &["nsubj"]).any(|s| {
            matches!(view.lemma(s), "government" | "authorities")
                || crate::COUNTRIES.country_or_capital(view.form(s)).is_some()
        });
        return (passive || by_sanctions || by_state) && barred_from_trade(view, verb);
    }
    // "imposed restrictive measures on Belarus in 2004 and broadened
    // them": measures called restrictive are sanctions too.
    // "They were widened in June 2021" after a paragraph on sanctions:
    // the measures may have been told in an earlier sentence.
    let sanctions_before = (view.lo..verb).any(|t| {
        lexicon::noun_trigger(view.lemma(t)) == Some(EventKind::Sanction)
            || restrictive_measure(view, t)
    }) || view.earlier_events().any(|e| e.kind == EventKind::Sanction);
    let restriction = |k: usize| {
        let object = view.lemma(k);
        lexicon::is_trade_measure(object)
            // "prolonged the restrictive measures for a further 12 months".
            || restrictive_measure(view, k)
            // The light-verb rule reads "extended the sanctions" from the
            // noun; verbs outside it take them here.
            || !lexicon::is_light_verb(lemma)
                && lexicon::noun_trigger(object) == Some(EventKind::Sanction)
            // "whether to tighten its own measures" after sanctions.
            || matches!(object, "it" | "they" | "them" | "measure" | "measures")
                && sanctions_before
            || lexicon::is_restriction_noun(object)
                && view
                    .kids_by(k, &["compound", "amod", "nmod"])
                    .chain(phrase_after(view, verb, k))
                    .any(|m| {
                        lexicon::is_border_noun(view.lemma(m))
                            // "prolonged the Belarus sanctions regime".
                            || lexicon::noun_trigger(view.lemma(m)) == Some(EventKind::Sanction)
                    })
    };
    restricted(view, verb).into_iter().any(restriction)
}

/// What a restricting verb falls on: its object or passive subject, a
/// relative pronoun read as the noun it stands for ("the sanctions, which
/// the EU widened in February"), and for a joined verb with none of its
/// own, its first verb's ("which were first introduced in 2020 and
/// widened in 2022").
fn restricted(view: &SentenceView, verb: usize) -> Vec<usize> {
    let own = |v: usize| -> Vec<usize> {
        view.kids(v)
            .iter()
            .copied()
            // "which the European Union widened", the pronoun mislabelled.
            .filter(|&k| {
                matches!(view.full_rel(k), "obj" | "nsubj:pass")
                    || view.xpos(k) == "WDT" && view.rel(k) != "nsubj"
            })
            .flat_map(|k| {
                let antecedent = crate::agency::antecedent(view, k);
                // The parser may hang the relative clause on a noun
                // further back ("individuals under EU sanctions, which
                // were introduced"): the noun right before the pronoun is
                // a reading too.
                let before = (antecedent != k && k >= view.lo + 2 && view.form(k - 1) == ",")
                    .then(|| k - 2)
                    .filter(|&n| view.upos(n) == "NOUN");
                std::iter::once(antecedent).chain(before)
            })
            .collect()
    };
    let found = own(verb);
    match view.head(verb) {
        Some(first) if found.is_empty() && view.rel(verb) == "conj" => own(first),
        _ => found,
    }
}

/// "The new restrictions take effect on Friday", "further restrictions
/// followed in 2022", "was first hit by U.S. sanctions", "has faced
/// Western sanctions since 2020", "sanctions imposed by the EU had not
/// stopped the work": measures said to start, follow or bite are
/// sanctions in force, whatever verb the sentence hangs them on. Returns
/// the verb the fields hang on.
pub(crate) fn measure_in_force(view: &SentenceView, noun: usize) -> Option<usize> {
    let lemma = view.lemma(noun);
    let named_so = lexicon::noun_trigger(lemma) == Some(EventKind::Sanction)
        || restrictive_measure(view, noun);
    // A ban or a restriction is a sanction among sanctions, not "a ban on
    // smoking".
    let among_sanctions = matches!(
        lemma,
        "restriction"
            | "restrictions"
            | "ban"
            | "bans"
            | "freeze"
            | "freezes"
            | "listing"
            | "listings"
    ) && crate::listings::about_sanctions(view);
    if !named_so && !among_sanctions {
        return None;
    }
    let imposed_on_it = view
        .kids_by(noun, &["acl"])
        .find(|&p| view.xpos(p) == "VBN" && lexicon::imposes_measure(view.lemma(p)));
    if imposed_on_it.is_some() {
        return imposed_on_it;
    }
    let head = view.head(noun)?;
    let has_obj = |lemma: &str| view.kids_by(head, &["obj"]).any(|o| view.lemma(o) == lemma);
    let starts = view.rel(noun) == "nsubj"
        && match view.lemma(head) {
            "follow" => true,
            "take" => has_obj("effect"),
            "come" | "enter" => view
                .kids_by(head, &["obl"])
                .any(|o| matches!(view.lemma(o), "force" | "effect")),
            _ => false,
        };
    let suffered = view.full_rel(noun) == "obj" && view.lemma(head) == "face";
    let hit_by = view.rel(noun) == "obl"
        && view.case_of(noun).as_deref() == Some("by")
        && matches!(view.lemma(head), "hit" | "affect" | "target");
    (starts || suffered || hit_by).then_some(head)
}

/// "restrictive measures", "punitive measures": sanctions by another name.
pub(crate) fn restrictive_measure(view: &SentenceView, noun: usize) -> bool {
    matches!(view.lemma(noun), "measure" | "measures")
        && view
            .kids_by(noun, &["amod"])
            .any(|m| matches!(view.lemma(m), "restrictive" | "punitive"))
}

/// "banned exports of dual-use goods to Belarus", "Belarusian trucks are
/// banned from entering", "prohibited the transit of fertiliser": trade,
/// travel or transit cut off, not "banned smoking in bars".
pub(crate) fn bans_trade(view: &SentenceView, verb: usize) -> bool {
    view.kids_by(verb, &["obj", "nsubj:pass"])
        .any(|o| is_traded(view.lemma(o)) || names_trade(view, o))
        || barred_from_trade(view, verb)
}

/// A phrase about trade by its modifiers: "an export ban", "the import of
/// fertiliser", "a ban on exports".
pub(crate) fn names_trade(view: &SentenceView, noun: usize) -> bool {
    view.kids_by(noun, &["compound", "amod", "nmod"])
        .any(|k| is_traded(view.lemma(k)))
}

/// "are banned from entering the EU", "barred from doing business with
/// them", "barred from trading".
fn barred_from_trade(view: &SentenceView, verb: usize) -> bool {
    // "bars Belavia and two cargo airlines from EU airspace" with the
    // phrase hung on the last object.
    let on_objects = view
        .kids_by(verb, &["obj"])
        .flat_map(|o| view.with_conjuncts(o))
        .flat_map(|o| view.kids_by(o, &["nmod"]).collect::<Vec<_>>());
    view.kids_by(verb, &["advcl", "obl"])
        .chain(on_objects)
        .any(|k| {
            view.kids_by(k, &["mark", "case"])
                .any(|m| view.lemma(m) == "from")
                && (is_traded(view.lemma(k))
                    || matches!(
                        view.lemma(k),
                        "enter"
                            | "trade"
                            | "do"
                            | "cross"
                            | "business"
                            | "export"
                            | "import"
                            | "airspace"
                            | "operate"
                            | "leave"
                            | "fly"
                            | "land"
                            | "airport"
                            | "airports"
                            | "port"
                            | "ports"
                            | "market"
                    ))
        })
}

fn is_traded(lemma: &str) -> bool {
    matches!(
        lemma,
        "export"
            | "exports"
            | "import"
            | "imports"
            | "transit"
            | "entry"
            | "flight"
            | "flights"
            | "truck"
            | "trucks"
            | "lorry"
            | "lorries"
            | "goods"
            | "shipment"
            | "shipments"
            | "trade"
            | "overflight"
            | "overflights"
            | "carrier"
            | "carriers"
    )
}

/// "will face an asset freeze", "an account freeze": holdings frozen, not
/// "a hiring freeze".
pub(crate) fn asset_freeze(view: &SentenceView, noun: usize) -> bool {
    view.lemma(noun) == "freeze"
        && view
            .kids_by(noun, &["compound", "amod"])
            .any(|k| lexicon::is_frozen_holding(view.lemma(k)))
}

/// "approved a ban on exports of dual-use goods", "adopted an export ban":
/// a ban on trade put in place by a decision.
pub(crate) fn decided_trade_ban(view: &SentenceView, noun: usize) -> bool {
    let decided = view.head(noun).is_some_and(|h| {
        matches!(view.full_rel(noun), "obj" | "nsubj:pass")
            && (matches!(
                view.lemma(h),
                "approve" | "adopt" | "announce" | "enact" | "decide" | "order" | "extend"
            ) || lexicon::weighs_measure(view.lemma(h)))
    });
    decided
        && matches!(view.lemma(noun), "ban" | "bans")
        && (names_trade(view, noun)
            || view.head(noun).is_some_and(|verb| {
                phrase_after(view, verb, noun).any(|k| is_traded(view.lemma(k)))
            }))
}

/// "approved a ban on the entry of ...", "extended the regime on the
/// border" with the parser hanging the noun's phrase on the verb: the
/// verb's obliques that start right after the noun's own words.
fn phrase_after<'v>(
    view: &'v SentenceView,
    verb: usize,
    noun: usize,
) -> impl Iterator<Item = usize> + 'v {
    let end = view.subtree_span(noun).end;
    view.kids_by(verb, &["obl"]).filter(move |&k| {
        let start = view.subtree_span(k).start;
        view.case_of(k).as_deref() == Some("on")
            && view
                .doc
                .text
                .get(end..start)
                .is_some_and(|between| between.trim().is_empty())
    })
}

/// "a new sanctions package", "the sanctions": a noun phrase that names
/// sanctions, by its head or a modifier.
pub(crate) fn names_sanctions(view: &SentenceView, noun: usize) -> bool {
    std::iter::once(noun)
        .chain(view.kids_by(noun, &["compound", "nmod"]))
        .any(|n| lexicon::noun_trigger(view.lemma(n)) == Some(EventKind::Sanction))
}

/// "closed the border", "shut the Medininkai checkpoints", "closed all
/// crossing points with Belarus", "the border was sealed": a state closing
/// its border to another, the measure border disputes are fought with.
pub(crate) fn closes_border(view: &SentenceView, verb: usize) -> bool {
    // "the two checkpoints it shut last year": the clause's object is the
    // crossing it describes. A bare participle ("the crossing, closed
    // since 2023") may only describe its state: one more right on the
    // domain dev set, one more spurious on the general test set.
    let relative = view.full_rel(verb) != "acl"
        && crate::objects::noun_of_clause(view, verb).is_some_and(|n| is_crossing(view, n));
    closed_by(view, verb).is_some()
        || relative
        || view
            .kids(verb)
            .iter()
            .any(|&k| matches!(view.full_rel(k), "obj" | "nsubj:pass") && is_crossing(view, k))
        || crossing_right_after(view, verb)
}

/// "will keep the Bobrowniki crossing closed", "the crossing ... will
/// remain shut", "will stay closed for trucks", "has kept all but one of
/// its crossings closed": a crossing held closed, however the parser read
/// "closed" (hung on "keep", an adjective after "remain", a conjunct of
/// "all"). Returns the "keep", "remain" or "stay" that holds it: the tense
/// and the modal are on that verb.
pub(crate) fn closed_by(view: &SentenceView, word: usize) -> Option<usize> {
    if !matches!(view.form(word).to_lowercase().as_str(), "closed" | "shut") {
        return None;
    }
    let holds = |h: usize| matches!(view.lemma(h), "keep" | "remain" | "stay");
    // The parse read it: the crossing is what the holder keeps or what
    // remains.
    let parsed = view.head(word).filter(|&h| {
        holds(h)
            && view
                .kids_by(h, &["obj", "nsubj"])
                .any(|o| is_crossing(view, o))
    });
    if parsed.is_some() {
        return parsed;
    }
    // Else by word order.
    let holder = (view.lo..word).rev().take(12).find(|&t| holds(t))?;
    // "kept all but one of its crossings closed": the crossing between;
    // "the crossing ... will remain shut": the clause's subject before.
    let between = (holder + 1..word).any(|t| is_crossing(view, t));
    let right_after = holder + 1 == word;
    let subject_before = (view.lo..holder)
        .any(|t| matches!(view.rel(t), "nsubj" | "nsubj:pass") && is_crossing(view, t));
    (between || right_after && subject_before).then_some(holder)
}

/// A border, checkpoint or crossing, or "crossing points".
fn is_crossing(view: &SentenceView, k: usize) -> bool {
    lexicon::is_border_noun(view.lemma(k))
        || matches!(view.lemma(k), "point" | "points")
            && view
                .kids_by(k, &["compound", "amod"])
                .any(|m| lexicon::is_border_noun(view.lemma(m)))
}

/// "may close its remaining checkpoints", "shut two of its six
/// crossings" with the object lost in the parse: the first noun after the
/// verb, past determiners, numbers and modifiers, is a crossing.
fn crossing_right_after(view: &SentenceView, verb: usize) -> bool {
    if view.upos(verb) != "VERB" {
        return false;
    }
    let first_noun = (verb + 1..view.hi.min(verb + 8)).find(|&t| {
        !(matches!(view.upos(t), "DET" | "PRON" | "NUM" | "ADJ")
            || view.upos(t) == "VERB" && view.xpos(t) == "VBG"
            || matches!(view.lemma(t), "of" | "but" | "all"))
    });
    // "shut all but one of its road checkpoints": a compound's head.
    first_noun.is_some_and(|t| {
        view.upos(t) == "NOUN"
            && (is_crossing(view, t)
                || view.rel(t) == "compound" && view.head(t).is_some_and(|h| is_crossing(view, h)))
    })
}

/// "adopted a package of sanctions", "adopted a new sanctions package",
/// "approved new sanctions": the
/// measures adopted are sanctions, not an agreement.
pub(crate) fn adopts_sanctions(view: &SentenceView, i: usize) -> bool {
    view.kids_by(i, &["obj", "nsubj:pass"])
        // "adopted a new sanctions package".
        .flat_map(|o| std::iter::once(o).chain(view.kids_by(o, &["nmod", "compound"])))
        .any(|o| lexicon::noun_trigger(view.lemma(o)) == Some(EventKind::Sanction))
}

/// "ratified the agreement on 21 October, and the Federation Council
/// approved it": an object pronoun after an agreement named in the
/// sentence.
pub(crate) fn approves_agreement_named_before(view: &SentenceView, i: usize) -> bool {
    let pronoun = view
        .kids_by(i, &["obj", "nsubj:pass"])
        .any(|o| matches!(view.lemma(o), "it" | "them"));
    pronoun
        && (view.lo..i).any(|t| {
            view.upos(t) == "NOUN"
                && (lexicon::noun_trigger(view.lemma(t)) == Some(EventKind::Agreement)
                    // "ratified the document …, and the Council approved it".
                    || lexicon::is_agreement_object(view.lemma(t))
                        && view
                            .head(t)
                            .is_some_and(|h| matches!(view.lemma(h), "ratify" | "sign")))
        })
}

/// "the roadmap of military-technical cooperation until 2030 was
/// approved", "the Plan of joint … activities for 2026 approved by the
/// Council": a passive participle whose document the parser lost in a
/// long noun phrase. Word order still names it: the noun phrase right
/// before the participle group (auxiliaries, adverbs, "which" and a comma
/// skipped), read leftwards through its own modifiers and "of"/"for"
/// phrases to an agreement noun; a sanction noun, a clause break or a
/// new coordinated phrase ends the search.
pub(crate) fn approves_document_before(view: &SentenceView, i: usize) -> bool {
    document_before(view, i).is_some()
}

/// The document noun `approves_document_before` finds.
pub(crate) fn document_before(view: &SentenceView, i: usize) -> Option<usize> {
    if view.xpos(i) != "VBN" {
        return None;
    }
    let mut in_phrase = false;
    let mut t = i;
    while t > view.lo && i - t < 20 {
        t -= 1;
        let (upos, lemma) = (view.upos(t), view.lemma(t));
        if !in_phrase {
            match upos {
                "AUX" | "ADV" | "PART" => continue,
                "PRON" if matches!(lemma, "which" | "that") => continue,
                "PUNCT" if view.form(t) == "," => continue,
                "NOUN" | "PROPN" | "NUM" => in_phrase = true,
                _ => return None,
            }
        }
        match upos {
            "NOUN" if lexicon::noun_trigger(lemma) == Some(EventKind::Sanction) => return None,
            // "the 20th sanctions package, which was adopted".
            "NOUN" if lexicon::is_agreement_object(lemma) => {
                let sanctions_package = t > view.lo
                    && lexicon::noun_trigger(view.lemma(t - 1)) == Some(EventKind::Sanction);
                return (!sanctions_package).then_some(t);
            }
            "NOUN" | "PROPN" | "NUM" | "ADJ" | "DET" => {}
            // "a contract ... worth about $200 million was concluded".
            "SYM" => {}
            "ADV"
                if matches!(
                    lemma,
                    "about" | "around" | "nearly" | "almost" | "roughly" | "some"
                ) => {}
            "ADP" if matches!(lemma, "of" | "for" | "until" | "on" | "between" | "in") => {}
            "PUNCT" if view.xpos(t) == "HYPH" => {}
            // "operational and combat training": coordinated modifiers,
            // not a second phrase ("and the budget").
            "CCONJ" if view.upos(t + 1) != "DET" => {}
            // "combat" read as a verb inside such a coordination.
            "VERB" if t > view.lo && matches!(view.upos(t - 1), "CCONJ" | "ADJ") => {}
            _ => return None,
        }
    }
    None
}
