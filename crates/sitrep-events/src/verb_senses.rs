//! Whether a verb of the trigger lexicon is used in its event sense: its
//! objects, subject and particles decide ("met the demands" is no meeting,
//! "provided Minsk with missile systems" is a delivery, "joining forces"
//! is no exercise).

use sitrep_core::{EntityLabel, EventKind};

use crate::agency;
use crate::goods::{arrives_as_goods, carries_materiel, is_materiel};
use crate::handover::{self, handed_over};
use crate::lexicon;
use crate::listings;
use crate::meet;
use crate::military_acts;
use crate::objects::{noun_of_clause, object_lemmas, objects_of};
use crate::sanction_verbs;
use crate::senses;
use crate::verbal::{delivers_one_speech, joined_forces};
use crate::view::SentenceView;

/// Readings of a verb that change the event's kind as well as accept it.
pub(crate) struct VerbReading {
    /// A guest received is a meeting, goods received a delivery.
    pub(crate) receives_guest: bool,
    /// "Four Yak-130 aircraft arrived in Belarus": named hardware arriving
    /// is delivered, troops arriving are deployed.
    pub(crate) materiel_arrives: bool,
    /// "Poland's decision to host additional US troops".
    pub(crate) hosts_forces: bool,
    /// "transferred two battalions to Belarus", "600 servicemen and 150
    /// vehicles were delivered to Belarus": forces moved, not arms
    /// delivered.
    pub(crate) transfers_forces: bool,
    /// "expanded its national sanctions list with 12 officials".
    pub(crate) widens_sanctions: bool,
    /// "had sent at least 40,000 components to Russia": goods sent are
    /// delivered, forces sent deployed.
    pub(crate) sends_goods: bool,
    /// "Defence Minister Andrei Belousov, who arrived in the Belarusian
    /// capital on Tuesday": an official arriving somewhere is visiting,
    /// a meeting; troops arriving are deployed.
    pub(crate) official_visits: bool,
}

impl VerbReading {
    pub(crate) fn of(view: &SentenceView, i: usize, lemma: &str) -> Self {
        VerbReading {
            receives_guest: lemma == "receive" && senses::receives_visitor(view, i),
            materiel_arrives: matches!(lemma, "arrive" | "land") && arrives_as_goods(view, i),
            hosts_forces: lemma == "host"
                && view
                    .kids_by(i, &["obj"])
                    .any(|o| lexicon::is_force_noun(view.lemma(o))),
            // "the last echelon … was unloaded at the railway station".
            transfers_forces: lemma == "transfer" && military_acts::gathers_forces(view, i)
                || matches!(lemma, "deliver" | "ship" | "unload")
                    && view
                        .kids_by(i, &["obj", "nsubj:pass"])
                        .next()
                        .is_some_and(|o| crate::military_words::is_troop_noun(view.lemma(o))),
            widens_sanctions: lemma == "expand" && listings::widens_sanctions_list(view, i),
            sends_goods: lemma == "send"
                && carries_materiel(view, i)
                && !objects_of(view, i, false)
                    .iter()
                    .any(|o| lexicon::is_force_noun(o)),
            official_visits: lemma == "arrive" && official_arrives(view, i),
        }
    }
}

/// The one arriving is a named person or a visitor by office ("the
/// minister", "the delegation"), and arrives somewhere: in, at or to a
/// place.
fn official_arrives(view: &SentenceView, verb: usize) -> bool {
    let Some(subject) = agency::acting_subject(view, verb) else {
        return false;
    };
    // "Defence Minister Andrei Belousov arrived": the parser may head the
    // name with its title (the phrase below takes it in).
    let subject = agency::antecedent(view, subject);
    // "Wagner Group fighters", "four Eurofighters of the Spanish Air
    // Force": forces or a counted fleet, whatever the recognizer called
    // the name.
    let forces = lexicon::is_force_noun(view.lemma(subject))
        || lexicon::is_materiel_noun(view.lemma(subject))
        || view.kids_by(subject, &["nummod"]).next().is_some();
    let official = !forces
        && view
            .phrase(subject, &["flat", "compound", "nmod:desc"])
            .into_iter()
            .any(|t| senses::is_visitor(view, t));
    // "as Ms Kelly arrived at the school": the arrival only times another
    // event. "arrived in Minsk on a working visit", "arrives in Indonesia
    // for a summit meeting": the visit or meeting named is the event.
    let background = view.kids_by(verb, &["mark"]).any(|m| {
        matches!(
            view.lemma(m),
            "as" | "when" | "while" | "after" | "before" | "until"
        )
    });
    let purpose_named = view
        .kids_by(verb, &["obl"])
        .any(|o| lexicon::noun_trigger(view.lemma(o)) == Some(EventKind::Meeting));
    official
        && !background
        && !purpose_named
        && view.kids_by(verb, &["obl"]).any(|o| {
            matches!(view.case_of(o).as_deref(), Some("in" | "at" | "to"))
                && !lexicon::is_period_noun(view.lemma(o))
        })
}

/// Whether the verb at `i` (lemma `lemma`, object lemmas `objects`) is
/// used in the sense that makes it an event trigger.
pub(crate) fn accepts(
    view: &SentenceView,
    i: usize,
    lemma: &str,
    objects: &[&str],
    reading: &VerbReading,
) -> bool {
    match lemma {
        "meet" => meet::is_meeting(view, i, objects),
        "agree" => senses::agree_is_decision(view, i),
        "threaten" => senses::threaten_has_agent(view, i),
        "warn" => senses::warning_is_threat(view, i),
        "talk" => senses::talk_is_meeting(view, i) || senses::spoke_by_phone(view, i),
        "speak" | "phone" | "telephone" => senses::spoke_by_phone(view, i),
        "brief" => senses::briefs_partners(view, i),
        "summon" | "expel" => senses::falls_on_diplomat(view, i),
        "confer" => senses::confer_is_meeting(view, i),
        // "the board convened for a conference call"; "convened a meeting"
        // is the noun's event.
        "convene" => view.kids_by(i, &["obj"]).next().is_none(),
        // "negotiating lower fees", "negotiate for better terms": bargaining
        // over a price, not talks between parties; "negotiated a treaty" or
        // "negotiate with the rebels" are.
        "negotiate" => {
            !view
                .kids_by(i, &["obj"])
                .any(|o| !lexicon::is_agreement_object(view.lemma(o)))
                && !view
                    .kids_by(i, &["obl"])
                    .any(|o| view.case_of(o).as_deref() == Some("for"))
        }
        "unload" if reading.transfers_forces => true,
        "attack" | "lash" | "go" | "pound" | "clash" | "pile" | "sound" | "complain" | "lay"
        | "tear" | "rip" | "round" | "spar" | "knock" | "portray" | "paint" | "dismiss"
        | "point" | "rail" | "hammer" | "unload" | "cast" | "trash" | "pan" | "needle" => {
            senses::attack_in_words(view, i)
        }
        "publish" | "launch" | "unveil" | "issue" => {
            senses::publishes_document(view, i)
                // "has yet to issue its official response".
                || lemma == "issue"
                    && objects
                        .iter()
                        .any(|o| matches!(*o, "response" | "reply" | "rebuttal"))
        }
        // "Hitachi and Matsushita are joining forces"; "joined the
        // exercise" is the exercise's.
        "join" => joined_forces(view, i).is_some(),
        "present" => objects.iter().any(|o| lexicon::is_speech_object(o)),
        // "were partly to blame for the rise": responsible, not blamed.
        "blame"
            if view.kids_by(i, &["mark"]).any(|m| view.lemma(m) == "to")
                && view.kids_by(i, &["obj"]).next().is_none() =>
        {
            false
        }
        // "deployed his pastor father as a surrogate": a person sent on an
        // errand, not forces.
        "deploy" | "redeploy"
            if agency::undergoers(view, i).into_iter().any(|u| {
                let person = |x: usize| view.entity(x).is_some_and(|e| e.label == EntityLabel::Per);
                person(u)
                    || view.kids_by(u, &["appos"]).any(person)
                    || matches!(
                        view.lemma(u),
                        "father"
                            | "mother"
                            | "son"
                            | "daughter"
                            | "wife"
                            | "husband"
                            | "brother"
                            | "sister"
                            | "surrogate"
                            | "surrogates"
                            | "spouse"
                    )
            }) =>
        {
            false
        }
        "deploy" | "redeploy" => {
            // "wisdom needs to be deployed": the raised subject too.
            let raised: Vec<usize> = view
                .head(i)
                .filter(|_| view.rel(i) == "xcomp")
                .map(|h| view.kids_by(h, &["nsubj"]).collect())
                .unwrap_or_default();
            !agency::undergoers(view, i)
                .into_iter()
                .chain(raised)
                .any(|u| lexicon::is_figurative_deployable(view.lemma(u)))
        }
        // "a resolution sanctioning military action": authorising a thing;
        // sanctions fall on someone.
        "sanction" if view.upos(i) == "VERB" => listings::sanctions_parties(view, i),
        // "alleges that the bank hid losses" accuses; "is alleged to have
        // told", "which it alleges to be the leader" hedge a report.
        "allege" => {
            !view
                .kids(i)
                .iter()
                .any(|&k| matches!(view.full_rel(k), "aux:pass" | "xcomp"))
                && (view.kids_by(i, &["ccomp"]).next().is_some()
                    // "allege that the executives responded", the parser
                    // having hung "that" and the subject on the verb.
                    || view.kids(i).iter().any(|&k| view.lemma(k) == "that" && k == i + 1))
        }
        "send" if reading.sends_goods => true,
        "send" | "dispatch" | "move" | "station" | "position" | "post" => {
            objects_of(view, i, false)
                .iter()
                .any(|o| lexicon::is_force_noun(o))
                || lemma == "move" && military_acts::forces_move_to(view, i)
                // "would station new launchers in Belarus": hardware
                // stationed is deployed, not delivered.
                || matches!(lemma, "station" | "position")
                    && view
                        .kids_by(i, &["obj", "nsubj:pass"])
                        .any(|o| is_materiel(view, o))
                // "the German brigade stationed in Lithuania".
                || view.rel(i) == "acl"
                    && view.xpos(i) == "VBN"
                    && matches!(lemma, "station" | "position" | "post")
                    && view.head(i).is_some_and(|h| lexicon::is_force_noun(view.lemma(h)))
        }
        "arrive" | "land" if reading.materiel_arrives => true,
        "arrive" if reading.official_visits => true,
        "land" => false,
        "set" | "establish" | "found" | "create" | "register" => founds_joint_venture(view, i),
        "arrive" => agency::acting_subject(view, i).into_iter().any(|s| {
            let s = military_acts::forces_referent(view, s);
            // "Officers of the Belarusian General Staff, who arrived in
            // Pskov": officers of a military body; police officers arriving
            // at a scene are no deployment.
            let military_officers = view.lemma(s) == "officer"
                && view.kids_by(s, &["nmod", "amod", "compound"]).any(|k| {
                    military_acts::is_military_modifier_at(view, k) || {
                        let l = view.lemma(k).to_lowercase();
                        matches!(l.as_str(), "staff" | "army" | "forces" | "ministry")
                    }
                });
            military_officers ||
            // "a battery of HIMARS launchers arrived": the unit, not goods.
            // "the Russian crews had arrived", "the headquarters arrived".
            (lexicon::is_force_noun(view.lemma(s))
                || matches!(view.lemma(s), "battery" | "crew" | "headquarters"))
                && !matches!(
                    view.lemma(s),
                    "jet"
                        | "fighter"
                        | "aircraft"
                        | "missile"
                        | "system"
                        | "weapon"
                        | "warhead"
                        | "tank"
                        | "ship"
                        | "warship"
                        | "vessel"
                        | "submarine"
                        | "bomber"
                        | "police"
                        | "observer"
                        | "officer"
                )
        }),
        "retrain" => crate::noun_senses::retraining_is_military(view),
        "practise" | "practice" | "rehearse" => military_acts::practises_combat(view, i),
        "relocate" | "airlift" | "transport" => military_acts::moves_forces(view, i),
        "withdraw" => military_acts::withdraws_forces(view, i),
        "patrol" => military_acts::patrols_as_forces(view, i),
        "rotate" | "mass" | "amass" | "concentrate" | "garrison" | "base" | "place" => {
            military_acts::gathers_forces(view, i)
        }
        "reach" | "enter" | "stay" | "remain" | "return" | "leave" | "travel" => {
            military_acts::forces_at_place(view, i)
        }
        "expand" if reading.widens_sanctions => true,
        "expand" | "increase" | "boost" | "bolster" | "strengthen" => {
            military_acts::grows_presence(view, i)
        }
        "transfer" if reading.transfers_forces => true,
        "study" | "graduate" => military_acts::studies_at_academy(view, i),
        // "the bloc added dozens of Belarusian military officials".
        "add" => listings::onto_sanctions_list(view, i) || listings::lists_parties(view, i),
        "designate" => listings::designates_parties(view, i),
        "list" => listings::lists_parties(view, i),
        "reinforce" => objects
            .iter()
            .any(|o| lexicon::is_force_noun(o) || lexicon::is_border_noun(o)),
        "build" => {
            let up = view
                .kids(i)
                .iter()
                .any(|p| view.full_rel(*p) == "compound:prt" && view.lemma(*p) == "up")
                || i + 1 < view.hi && view.lemma(i + 1) == "up";
            // "build up forces", "continues to build up its military
            // presence near our borders".
            up && objects
                .iter()
                .any(|o| lexicon::is_force_noun(o) || *o == "presence")
        }
        // "the defence services unit was sold": a business sold.
        "sell"
            if objects
                .iter()
                .any(|o| matches!(*o, "unit" | "units" | "division" | "arm")) =>
        {
            false
        }
        "provide" | "sell" | "transfer" | "ship" | "give" | "export" | "donate" => {
            carries_materiel(view, i)
        }
        // "rejects Trump's remarks about Muslims": disapproving of what
        // someone said.
        "reject" => senses::rejects_words(view, i),
        "question" => senses::questions_character(view, i),
        "call" | "brand" | "dub" | "label" => senses::calls_names(view, i),
        "accept" => objects.iter().any(|o| {
            matches!(
                *o,
                "offer"
                    | "deal"
                    | "proposal"
                    | "terms"
                    | "settlement"
                    | "bid"
                    | "compromise"
                    | "buyout"
                    | "takeover"
                    | "merger"
                    | "loan"
            )
        }),
        // "charged him with fraud": the legal sense needs a `with` phrase
        // or a passive subject ("was charged"); charging a fee is not.
        "charge" => {
            let with = |k: usize| view.case_of(k).as_deref() == Some("with");
            view.kids_by(i, &["obl"]).any(with)
                // "charged the former mayor with fraud", the phrase hung
                // on the object.
                || view
                    .kids_by(i, &["obj"])
                    .any(|o| view.kids_by(o, &["nmod"]).any(with))
                // "the buyers were not charged": people charged, not fees.
                || view.is_passive(i)
                    && view.kids_by(i, &["nsubj"]).any(|s| {
                        !matches!(
                            view.lemma(s),
                            "fee" | "fees" | "price" | "prices" | "rate" | "rates" | "tax"
                                | "interest" | "battery" | "batteries" | "amount" | "sum"
                                | "cost" | "costs" | "vat" | "it" | "this"
                        )
                    })
        }
        // "a set of Tor-M2 systems delivered to Belarus": a participle on
        // the goods themselves.
        "deliver" | "supply" if view.rel(i) == "acl" && view.xpos(i) == "VBN" => {
            view.head(i).is_some_and(|h| {
                is_materiel(view, h) || view.of_phrases(h).any(|n| is_materiel(view, n))
            })
        }
        // "we delivered to Russian customers more than 600 chassis", the
        // goods read as a bare oblique after the recipient.
        "deliver" | "supply"
            if objects.is_empty()
                && view
                    .kids_by(i, &["obl"])
                    .any(|o| view.case_of(o).is_none() && is_materiel(view, o)) =>
        {
            true
        }
        // "which delivers in the third term", "would deliver them": no
        // goods named.
        "deliver" if objects.is_empty() || objects.iter().all(|o| is_pronoun_lemma(o)) => false,
        // "delivered a pair of paid speeches": the measure word's "of".
        "deliver" | "supply"
            if view.kids_by(i, &["obj"]).any(|o| {
                view.of_phrases(o)
                    .any(|n| lexicon::deliver_is_not_shipment(view.lemma(n)))
            }) =>
        {
            false
        }
        "deliver" | "supply" => {
            !objects.iter().any(|o| lexicon::deliver_is_not_shipment(o))
                || lemma == "deliver" && objects.iter().any(|o| lexicon::is_speech_object(o))
                || lemma == "deliver" && delivers_one_speech(view, i)
        }
        "close" | "shut" | "seal" => sanction_verbs::closes_border(view, i),
        "ban" | "prohibit" => sanction_verbs::bans_trade(view, i),
        "freeze" | "extend" | "widen" | "broaden" | "prolong" | "tighten" | "bar" => {
            sanction_verbs::restricts(view, i, objects)
                || listings::widens_sanctions_list(view, i)
                || lemma == "bar" && listings::bars_from_market(view, i)
        }
        "host" => senses::receives_visitor(view, i) || reading.hosts_forces,
        // A guest received or hosted is a meeting (below).
        "receive" if reading.receives_guest => true,
        // Received civilian goods are trade or subsidy, not deliveries.
        "receive" => {
            carries_materiel(view, i)
                && !object_lemmas(view, i)
                    .iter()
                    .any(|o| lexicon::is_civilian_goods(o))
        }
        "hand" => {
            handed_over(view, i) && carries_materiel(view, i) || handover::hands_over_goods(view, i)
        }
        // "at training grounds": the parser's gerund with a place object.
        "train" => {
            !(view.xpos(i) == "VBG"
                && view
                    .kids_by(i, &["obj"])
                    .any(|o| o == i + 1 && lexicon::is_facility_noun(view.lemma(o))))
        }
        // "adopted a new package of sanctions" is the sanction (read from
        // the noun); "the Federation Council approved it" after the
        // agreement it stands for.
        "approve" | "endorse" | "adopt" | "conclude" => {
            // "the roadmap … until 2030 was approved": the document lost in
            // the parse, read from word order.
            // "concluded" alone also ends talks or exercises: only its
            // passive concludes a document.
            let document_before = (lemma != "conclude" || view.is_passive(i))
                && view.kids_by(i, &["obj"]).next().is_none()
                && sanction_verbs::approves_document_before(view, i);
            // "a contract concluded with the Russian side": the partner's
            // with-phrase is no object, the noun the clause is on is. "the
            // sanctions package, which was adopted": a sanction, not a deal.
            let mut participle_nouns = noun_of_clause(view, i)
                .into_iter()
                .chain(
                    crate::objects::noun_before_participle(view, i).filter(|_| lemma == "conclude"),
                )
                .filter(|&h| !sanction_verbs::names_sanctions(view, h));
            (document_before
                || objects.iter().any(|o| lexicon::is_agreement_object(o))
                || participle_nouns.any(|h| lexicon::is_agreement_object(view.lemma(h))))
                && !sanction_verbs::adopts_sanctions(view, i)
                || sanction_verbs::approves_agreement_named_before(view, i)
                || crate::approvals::approves_agreement_stage(view, i)
        }
        // "signed the striker" is a transfer; a "person" with "the" before
        // it is a document the recognizer mislabelled ("signed the Charter").
        // "signed over his shares" hands property over.
        // "a petition, signed by 45,000 people", "signed a letter": no
        // deal between parties; "signed a joint declaration" is one.
        "sign"
            if !signs_joint_declaration(view, i)
                && objects.iter().any(|o| {
                    matches!(
                        *o,
                        "petition"
                            | "petitions"
                            | "statement"
                            | "statements"
                            | "declaration"
                            | "declarations"
                            | "letter"
                            | "letters"
                            | "form"
                            | "forms"
                            | "book"
                            | "books"
                            | "autograph"
                            | "autographs"
                            | "register"
                            | "cheque"
                            | "check"
                    )
                })
                || view.rel(i) == "acl"
                    && view
                        .head(i)
                        .is_some_and(|h| matches!(view.lemma(h), "petition" | "letter")) =>
        {
            false
        }
        "sign" => {
            !view.kids_by(i, &["obj"]).any(|o| {
                view.entity(o).is_some_and(|e| e.label == EntityLabel::Per)
                    && !view.kids_by(o, &["det"]).any(|d| view.lemma(d) == "the")
            }) && !view.kids(i).iter().any(|&p| {
                // "signed over his shares"; "signed up for the mock
                // elections" enrols, "signed up to the deal" joins one.
                view.full_rel(p) == "compound:prt"
                    && (view.lemma(p) == "over"
                        || view.lemma(p) == "up"
                            // (The deal may be misparsed: any agreement
                            // noun in the next words counts.)
                            && !view.kids_by(i, &["obl"]).any(|o| view.upos(o) == "PRON")
                            && !(i + 1..view.hi.min(i + 9))
                                .any(|w| lexicon::is_agreement_object(view.lemma(w))))
            })
        }
        // "could declare it bankrupt", "declared him the winner": a ruling
        // on someone or something, whose predicate follows the object; a
        // declaration issued declares a thing ("declared a ceasefire").
        // "declared that he plans to repeal", "in which he declares, '...'":
        // saying so, not a declaration.
        "declare"
            if view.kids_by(i, &["ccomp", "parataxis"]).next().is_some()
                && view.kids_by(i, &["obj"]).next().is_none() =>
        {
            false
        }
        "declare" => !view.kids(i).iter().any(|&k| {
            let object = matches!(view.full_rel(k), "obj" | "iobj");
            // "declared a state of emergency": a proclamation, whatever
            // "state" may mean as an actor.
            if object
                && view.lemma(k) == "state"
                && view
                    .kids_by(k, &["nmod"])
                    .any(|n| matches!(view.lemma(n), "emergency" | "war" | "siege" | "alert"))
            {
                return false;
            }
            // "declared his innocence": a plea, not a declaration issued.
            if object && matches!(view.lemma(k), "innocence" | "guilt") {
                return true;
            }
            let predicate_follows =
                k + 1 < view.hi && (view.upos(k + 1) == "ADJ" || view.lemma(k + 1) == "bankrupt");
            object && (crate::agency::is_agentive(view, k) || predicate_follows)
        }),
        _ => true,
    }
}

/// Object lemmas that are personal pronouns ("deliver them").
fn is_pronoun_lemma(lemma: &str) -> bool {
    matches!(
        lemma,
        "it" | "they" | "them" | "this" | "that" | "these" | "those"
    )
}

/// "intend to set up a joint venture", "established a joint venture with
/// Almaz-Antey": two parties founding a firm together.
fn founds_joint_venture(view: &SentenceView, i: usize) -> bool {
    let particle_up = || {
        view.kids(i)
            .iter()
            .any(|&k| view.full_rel(k) == "compound:prt" && view.lemma(k) == "up")
    };
    (view.lemma(i) != "set" || particle_up())
        && view.kids_by(i, &["obj", "nsubj:pass"]).any(|o| {
            view.lemma(o) == "venture"
                && view
                    .kids_by(o, &["amod", "compound"])
                    .any(|m| view.lemma(m) == "joint")
        })
}

/// "The ministers signed a joint declaration": a declaration of parties is
/// a document agreed between them, not a personal statement signed.
fn signs_joint_declaration(view: &SentenceView, i: usize) -> bool {
    view.kids_by(i, &["obj"]).any(|o| {
        matches!(view.lemma(o), "declaration" | "statement")
            && view.kids_by(o, &["amod"]).any(|m| view.lemma(m) == "joint")
    })
}
