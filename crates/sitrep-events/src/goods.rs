//! What a delivery carries: materiel named by a weapons word, a
//! designation ("Tor-M2"), a batch of a delivery told before or the
//! products of the defence industry; read for the verbs of giving,
//! receiving, arriving and handing over (`verb_senses`).

use sitrep_core::shapes::is_hardware_designation;
use sitrep_core::{EntityLabel, EventKind};

use crate::agency;
use crate::handover::handed_over;
use crate::lexicon;
use crate::military_acts;
use crate::view::SentenceView;

/// Whether a verb's object (or the "of" phrase of a measure word, "a
/// batch of fighters") is materiel or a named weapon system.
pub(crate) fn carries_materiel(view: &SentenceView, i: usize) -> bool {
    // "were delivered ... and were shipped by rail": a conjunct shares
    // the first verb's goods.
    let shared = view
        .shares_subject_of(i)
        .into_iter()
        .flat_map(|first| view.kids_by(first, &["nsubj"]).collect::<Vec<_>>());
    let objects: Vec<usize> = view
        .kids(i)
        .iter()
        .copied()
        // An `obl` with no preposition is an object the parser misread
        // ("received at least one more brigade set").
        // "provided Minsk with missile systems": the goods in a `with`.
        .filter(|k| {
            matches!(view.full_rel(*k), "obj" | "nsubj:pass" | "iobj")
                || view.rel(*k) == "obl"
                    && matches!(view.case_of(*k).as_deref(), None | Some("with"))
                // "handed over four helicopters" with the particle read as
                // the goods' preposition.
                || view.rel(*k) == "obl" && handed_over(view, i) && view.case_of(*k).as_deref() == Some("over")
        })
        .chain(shared)
        .chain(crate::objects::hardware_of_participle(view, i))
        // "the fifth battalion set that Belarus has received".
        .map(|k| agency::antecedent(view, k))
        .collect();
    // "the next batch will be sent": the rest of a delivery told before.
    let batch_of_delivery = |o: usize| {
        matches!(
            view.lemma(o),
            "batch" | "consignment" | "shipment" | "lot" | "set"
        ) && view.earlier_events().any(|e| e.kind == EventKind::Delivery)
    };
    objects.iter().any(|&o| {
        // "tens of thousands of fuses": up to two measure words deep.
        let of_phrases = |x: usize| view.of_phrases(x).collect::<Vec<_>>();
        let first = of_phrases(o);
        let second: Vec<usize> = first
            .iter()
            .filter(|&&x| lexicon::is_quantity_word(view.lemma(x)))
            .flat_map(|&x| of_phrases(x))
            .collect();
        let with_of = std::iter::once(o).chain(first).chain(second);
        batch_of_delivery(o)
            || with_of.into_iter().any(|x| {
                is_materiel(view, x)
                // "Polonez launchers" read as a name; "Reynolds shares" are
                // no goods.
                || !lexicon::is_security_noun(view.lemma(x))
                    && view
                        .kids_by(x, &["compound"])
                        .any(|m| view.entity(m).is_some_and(|e| e.label == EntityLabel::Misc))
            })
    })
}

/// The subject of "arrive" is hardware named by its designation or a
/// batch of it ("Four Yak-130 aircraft", "the first batch of S-400
/// systems"), not a plane carrying a delegation; or, once a delivery has
/// been reported, the rest of it ("the remaining vehicles are due to
/// arrive").
pub(crate) fn arrives_as_goods(view: &SentenceView, verb: usize) -> bool {
    let delivery_before = || view.earlier_events().any(|e| e.kind == EventKind::Delivery);
    agency::acting_subject(view, verb).into_iter().any(|s| {
        let s = agency::antecedent(view, s);
        let phrase = view.phrase(s, &["compound", "amod", "nummod", "nmod", "flat", "conj"]);
        let named = phrase
            .iter()
            .any(|&t| is_hardware_designation(view.form(t)));
        // "a new battalion set of Tor-M2 systems has arrived"; "two
        // battalion sets of launchers arrived" may be forces moving.
        let set_of_materiel = lexicon::is_quantity_word(view.lemma(s))
            && view.of_phrases(s).any(|n| is_materiel(view, n));
        let batch = matches!(view.lemma(s), "batch" | "shipment" | "consignment")
            || set_of_materiel && (named || delivery_before());
        let carrier = matches!(view.lemma(s), "plane" | "aircraft" | "jet" | "helicopter");
        // "aboard Y-20 military transport aircraft, which landed": named,
        // but the plane carries the goods or troops.
        let transport = carrier
            && phrase.iter().any(|&t| {
                matches!(
                    view.lemma(t),
                    "transport" | "cargo" | "passenger" | "airlift"
                )
            });
        // "four aircraft had already arrived" after a delivery was
        // reported: a counted fleet is the goods, a lone plane may carry a
        // delegation.
        let fleet = carrier
            && view
                .kids_by(s, &["nummod"])
                .any(|n| !matches!(view.lemma(n), "one" | "1"));
        batch
            || is_materiel(view, s)
                && !transport
                && (named || (!carrier || fleet) && delivery_before())
    })
}

/// Whether the noun `x` is materiel: "unit" and "system" are so only as
/// military ones ("a tank unit", "air defence systems"); "sold its key
/// production unit" is a business.
pub(crate) fn is_materiel(view: &SentenceView, x: usize) -> bool {
    let lemma = view.lemma(x);
    // "received another NASAMS air defence battery": a battery of weapons,
    // as a military system is one.
    let battery = matches!(lemma, "battery" | "batteries");
    if !lexicon::is_materiel_noun(lemma) && !battery {
        return is_hardware_designation(view.form(x)) || defence_goods(view, x);
    }
    // "given legal force", "a driving force", "an educated labour force":
    // force as power or workers, not troops.
    if matches!(lemma, "force" | "forces")
        && view.kids_by(x, &["amod", "compound"]).any(|m| {
            matches!(
                view.lemma(m),
                "labour"
                    | "labor"
                    | "work"
                    | "sales"
                    | "legal"
                    | "driving"
                    | "political"
                    | "moral"
                    | "economic"
                    | "market"
                    | "spent"
                    | "guiding"
                    | "creative"
                    | "dominant"
                    | "major"
                    | "full"
            )
        })
    {
        return false;
    }
    if !matches!(lemma, "unit" | "units" | "system" | "systems") && !battery {
        return true;
    }
    // "The systems were handed over": the systems named before.
    if named_before_as_materiel(view, x) {
        return true;
    }
    // "Tor-M2 systems", the designation read as a number or a name.
    view.kids(x).iter().any(|&m| {
        matches!(view.rel(m), "amod" | "compound")
            && (lexicon::is_military_modifier(view.lemma(m))
                || lexicon::is_force_noun(view.lemma(m))
                || lexicon::is_materiel_noun(view.lemma(m)))
            || matches!(view.rel(m), "nummod" | "compound" | "amod")
                && is_hardware_designation(view.form(m))
    })
}

/// "products of the Belarusian defence industry were shipped to 41
/// countries", "military products": goods of the arms trade by their
/// maker. (A batch after a delivery is `carries_materiel`'s.)
fn defence_goods(view: &SentenceView, x: usize) -> bool {
    let military = |m: usize| military_acts::is_military_modifier_at(view, m);
    matches!(view.lemma(x), "product" | "products" | "goods" | "output")
        && (view.kids_by(x, &["amod", "compound"]).any(military)
            || view
                .of_phrases(x)
                .any(|n| view.kids_by(n, &["amod", "compound"]).any(military)))
}

/// "The systems were then handed over", "the batteries": a definite
/// "system", "unit" or "battery" of a story that named it earlier with a
/// designation or a weapons word ("Tor-M2 short-range air defence missile
/// systems").
fn named_before_as_materiel(view: &SentenceView, x: usize) -> bool {
    let definite = view
        .kids_by(x, &["det"])
        .any(|d| matches!(view.lemma(d), "the" | "these" | "those"));
    if !definite {
        return false;
    }
    let tokens = &view.doc.layers.tokens;
    let here = view.lo;
    let lemma = view.lemma(x);
    (0..here).any(|t| {
        tokens[t].lemma.eq_ignore_ascii_case(lemma)
            && (t.saturating_sub(4)..t).any(|m| {
                let form = view.doc.slice(tokens[m].span);
                is_hardware_designation(form)
                    || lexicon::is_materiel_noun(&tokens[m].lemma.to_lowercase())
            })
    })
}
