//! Trigger lexicons and cue words. Lemmas are lower-case (the lemmatizer's
//! output is lower-cased before lookup).

use sitrep_core::{AgreementStage, EventKind};

pub use crate::actor_words::sector_of;
pub(crate) use crate::actor_words::{is_company_noun, is_institution_noun};
pub use crate::military_words::{
    is_civilian_goods, is_force_noun, is_materiel_noun, is_military_modifier, is_troop_noun,
};
pub use crate::occurrence_words::{
    describes_event, is_meeting_outcome_verb, is_occurrence_verb, is_taking_place,
};
pub use crate::sense_words::{
    deliver_is_not_shipment, is_character_noun, is_contempt_word, is_figurative_deployable,
    is_security_noun, is_visitor_noun, is_words_noun,
};

/// A verb that itself reports an event.
pub fn verb_trigger(lemma: &str) -> Option<EventKind> {
    use EventKind::*;
    Some(match lemma {
        // "talk" only with a partner (see `senses::talk_is_meeting`).
        "meet" | "visit" | "negotiate" | "confer" | "talk" | "convene" => Meeting,
        // Only by phone with someone (`senses::spoke_by_phone`): "spoke by
        // phone with his Polish counterpart", "phoned Putin".
        "speak" | "phone" | "telephone" => Meeting,
        // Only partners briefed (`senses::briefs_partners`): "briefed its
        // NATO allies"; briefing reporters is how something was said.
        "brief" => Meeting,
        // Only a diplomat summoned (`senses::falls_on_diplomat`).
        "summon" => Meeting,
        // Only with a guest for object (`senses::receives_visitor`).
        "host" => Meeting,
        "sign" | "ratify" | "agree" | "conclude" | "endorse" | "approve" | "adopt" => Agreement,
        // Only an offer or a deal accepted ("accepted the Paris Club offer").
        "accept" => Agreement,
        // Only a joint venture founded ("intend to set up a joint venture
        // in Belarus"); the other readings stay with the classifier.
        "set" | "establish" | "found" | "create" | "register" => Agreement,
        "deploy" | "redeploy" | "station" | "send" | "dispatch" | "move" | "position" | "post" => {
            Deployment
        }
        // Only forces or a border for object ("reinforced their borders",
        // "build up forces along our borders"; `verbal`).
        "reinforce" | "build" => Deployment,
        // Only troops arriving ("a brigade that arrived by rail in August").
        "arrive" => Deployment,
        "deliver" | "supply" | "ship" | "transfer" | "provide" | "sell" => Delivery,
        // Only a batch or named hardware landing ("a new batch of Su-30SM2
        // fighters landed at Baranovichi"; `verb_senses`); the other
        // readings stay with the classifier (`claims_one_reading`).
        "land" => Delivery,
        // Seen from the recipient ("Belarus received Su-30SM fighters") or
        // a phrasal verb ("handed over eight launchers"): the object decides.
        "receive" | "hand" => Delivery,
        // Arms given, exported or donated: the object decides.
        "give" | "export" | "donate" => Delivery,
        "train" | "retrain" => Training,
        // Only in a military sense (`military_acts`): "cadets studying at
        // Russian academies", "crews practising strikes", "the contingent
        // was airlifted to Vitebsk".
        "study" | "graduate" => Training,
        "practise" | "practice" | "rehearse" => Exercise,
        "relocate" | "airlift" | "transport" | "withdraw" => Deployment,
        // Only forces or aircraft on patrol (`military_acts::patrols_as_forces`).
        "patrol" => Deployment,
        // Only forces for argument (`military_acts::gathers_forces`):
        // "massed troops near the border", "units rotate every three
        // months", "the regiment based near Grodno".
        "rotate" | "mass" | "amass" | "concentrate" | "garrison" | "base" | "place" => Deployment,
        // Only forces reaching or staying at a place
        // (`military_acts::forces_at_place`): "the soldiers will reach the
        // border", "units could stay in Belarus for the winter".
        "reach" | "enter" | "stay" | "remain" => Deployment,
        // Only troops going home or on their way (`forces_at_place`): "the
        // contingents will start returning to their permanent bases".
        "return" | "leave" | "travel" => Deployment,
        // Only a military presence or forces grown
        // (`military_acts::grows_presence`): "expanded its missile presence
        // in Belarus", "increased the number of troops".
        "expand" | "increase" | "boost" | "bolster" | "strengthen" => Deployment,
        "announce" | "declare" | "proclaim" => Statement,
        // Only with an official document for object (`publishes_document`):
        // "published guidance", "launched its strategy".
        "publish" | "launch" | "unveil" | "issue" => Statement,
        // Only "joining forces" (`verbal`): two sides allied.
        "join" => Agreement,
        // Only a speech or a budget presented ("presenting his budget").
        "present" => Statement,
        "accuse" | "blame" | "condemn" | "criticise" | "criticize" | "denounce" | "rebuke"
        | "lambast" | "lambaste" | "castigate" | "berate" | "blast" | "slam" | "allege" => {
            Accusation
        }
        // Legal accusations: "charged him with fraud", "was indicted".
        "charge" | "indict" => Accusation,
        // Verbs of disparaging someone in words.
        "mock" | "ridicule" | "insult" | "scold" | "chastise" | "excoriate" | "vilify"
        | "disparage" | "belittle" | "pillory" | "assail" | "lampoon" | "decry" | "censure"
        | "reproach" | "admonish" | "upbraid" | "chide" | "skewer" | "fault" | "smear"
        | "reprimand" | "deplore" | "denigrate" | "demonise" | "demonize" | "deride" | "malign"
        | "impugn" | "slander" | "savage" => Accusation,
        // In words only: with a person or a policy for object ("attacked the
        // judge", "lashed out at the policies", "went after the minister",
        // "pounding his rival", "clashed with the mayor", "piled on").
        "attack" | "lash" | "go" | "pound" | "clash" | "pile" | "sound" => Accusation,
        // Only someone's words ("rejects Trump's remarks").
        "reject" => Accusation,
        // Only someone's character ("questioned his decency").
        "question" => Accusation,
        // Only with a pejorative or quoted label ("called him a political
        // opportunist", "called the report 'outrageous'").
        "call" | "brand" | "dub" | "label" => Accusation,
        // Only with a judgement of contempt in an "as" phrase ("portrayed
        // him as a flip-flopper", "knocked Walker as weak").
        "knock" | "portray" | "paint" | "dismiss" | "cast" => Accusation,
        // "trashed Comey": a person for object (`senses::attack_in_words`).
        "trash" => Accusation,
        // "pointing fingers at", "railing against", "hammered his rival",
        // "unloaded on Clinton" (`senses::attack_in_words`).
        "point" | "rail" | "hammer" | "unload" => Accusation,
        // "The crowd jeered the minister".
        "jeer" | "heckle" | "boo" => Accusation,
        // "panned Colorado for using the system", "needled the reporter":
        // only with someone for object (`senses::attack_in_words`).
        "pan" | "needle" => Accusation,
        // "sparred with Clinton over ...", like "clashed with".
        "spar" => Accusation,
        // Only about someone ("employees complain of Mr Kim's silence").
        "complain" => Accusation,
        // "laid into the government's record", "tore into his rival",
        // "rounded on his critics": only with such a target.
        "lay" | "tear" | "rip" | "round" => Accusation,
        // "warn" only when the warning names a consequence the speaker's
        // side controls (see `senses::warning_is_threat`).
        "threaten" | "warn" => Threat,
        "sanction" | "embargo" | "blacklist" | "boycott" => Sanction,
        // Only a diplomat expelled (`senses::falls_on_diplomat`).
        "expel" => Sanction,
        // Only onto a sanctions list ("added eight enterprises to its
        // sanctions list"; `listings::onto_sanctions_list`).
        "add" => Sanction,
        // Only firms or people listed ("has designated more than 100
        // Belarusian entities", "listed 28 individuals"; `listings`).
        "designate" | "list" => Sanction,
        // Only a border or its crossings for object (`closes_border`):
        // "closed all crossings on its border with Belarus".
        "close" | "shut" | "seal" => Sanction,
        // Only a restriction kept or widened, or assets frozen, or firms
        // barred from trade (`verbal::restricts`): "extended the border
        // regime", "extends an export ban", "assets will be frozen".
        "freeze" | "extend" | "widen" | "broaden" | "prolong" | "tighten" | "bar" => Sanction,
        // Only trade, transit or travel banned (`sanction_verbs::bans_trade`):
        // "banned exports of dual-use goods to Belarus".
        "ban" | "prohibit" => Sanction,
        _ => return None,
    })
}

/// Words that put an event on the calendar ("scheduled for", "due in",
/// "the talks planned for May").
pub fn is_scheduling_word(lemma: &str) -> bool {
    matches!(
        lemma,
        "schedule" | "plan" | "set" | "slate" | "due" | "expect"
    )
}

/// Verbs of a clause on an event noun that only stage it ("the exercise,
/// which is scheduled for September", "which Russia will host", "the
/// session, which took place in Moscow", "which began on Saturday"): the
/// clause's date and place are the event's own.
pub fn stages_event(lemma: &str) -> bool {
    is_scheduling_word(lemma)
        || matches!(
            lemma,
            "host" | "hold" | "conduct" | "take" | "stage" | "begin" | "start"
        )
}

/// Verbs of going on and beginning, whose complement is the event ("will
/// continue to supply", "began to deploy").
pub fn is_aspect_verb(lemma: &str) -> bool {
    matches!(lemma, "continue" | "keep" | "begin" | "start" | "resume")
}

/// Nouns for a border and its crossings: what a state closes to another.
pub fn is_border_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "border"
            | "borders"
            | "frontier"
            | "checkpoint"
            | "checkpoints"
            | "crossing"
            | "crossings"
            | "airspace"
    )
}

/// Trigger verbs the rules claim in one reading only, leaving a declined
/// mention to the trigger classifier instead of ruling it out: "landed"
/// is a delivery for the rules only when a batch or named hardware lands,
/// "set up" an agreement only when a joint venture is founded.
pub fn claims_one_reading(lemma: &str) -> bool {
    matches!(
        lemma,
        "land" | "set" | "establish" | "found" | "create" | "register"
    )
}

/// A noun that names an event.
pub fn noun_trigger(lemma: &str) -> Option<EventKind> {
    use EventKind::*;
    Some(match lemma {
        "meeting" | "talk" | "talks" | "summit" | "session" | "negotiation" | "negotiations"
        | "consultation" | "consultations" | "visit" | "discussion" | "discussions" | "trip"
        // A news or press conference is how something was said (`detect`).
        | "conference" | "conferences" => Meeting,
        "exercise" | "exercises" | "drill" | "drills" | "manoeuvre" | "manoeuvres" | "maneuver"
        | "maneuvers" | "wargame" => Exercise,
        "agreement" | "treaty" | "deal" | "accord" | "pact" | "memorandum" | "contract"
        | "protocol" | "settlement" | "compromise" | "ceasefire" | "truce" | "armistice" => {
            Agreement
        }
        "deployment" | "redeployment" | "reinforcement" | "reinforcements" | "airlift" => {
            Deployment
        }
        "delivery" | "deliveries" | "shipment" | "shipments" => Delivery,
        "training" | "retraining" => Training,
        "statement" | "announcement" | "declaration" | "communique" => Statement,
        "accusation" | "accusations" | "criticism" | "criticisms" | "allegation"
        | "allegations" | "rebuke" | "rebukes" | "insult" | "insults" | "mockery" | "broadside"
        | "barb" | "barbs" | "jab" | "jabs" | "broadsides" | "condemnation" | "denunciation"
        | "tirade" | "diatribe" | "swipe" | "jibe" | "jibes" => Accusation,
        "threat" | "threats" | "ultimatum" => Threat,
        "sanction" | "sanctions" | "embargo" | "boycott" => Sanction,
        _ => return None,
    })
}

/// Verbs whose object names the event ("held talks", "conducted an
/// exercise", "imposed sanctions", "took part in the drills").
pub fn is_light_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "hold"
            // "the crews underwent conversion training".
            | "undergo"
            | "conduct"
            | "arrange"
            | "chair"
            | "co-chair"
            | "cochair"
            | "convene"
            | "stage"
            | "carry"
            | "host"
            | "organise"
            | "organize"
            | "launch"
            | "begin"
            | "start"
            | "resume"
            | "reopen"
            | "complete"
            | "finish"
            | "attend"
            | "participate"
            | "join"
            | "impose"
            | "issue"
            | "make"
            | "have"
            | "plan"
            | "prepare"
            | "schedule"
            | "open"
            | "continue"
            | "extend"
            | "reach"
            | "strike"
            | "seal"
            | "broker"
            | "unveil"
            | "release"
            | "take"
            | "involve"
            | "practise"
            | "practice"
            | "perform"
            | "run"
            | "postpone"
            | "cancel"
            | "call"
            | "level"
            | "expand"
            | "tighten"
            | "announce"
            | "sign"
            | "ratify"
            | "approve"
            | "endorse"
            | "adopt"
            | "conclude"
            | "agree"
            | "deliver"
            | "hand"
            | "receive"
            | "negotiate"
            | "wrap"
            | "hammer"
            // "entered into an agreement with L2".
            | "enter"
            // "paid an official visit to Beijing".
            | "pay"
    )
}

/// Verbs that make a speech-act noun the clause's event ("voiced its
/// criticism", "intensified its accusations", "renewed the threat"), but
/// not an exercise or a training ("intensified training" is a trend).
pub fn is_speech_light_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "voice"
            | "express"
            | "intensify"
            | "renew"
            | "repeat"
            | "step"
            // "shouted insults at the chairman", "heaped criticism on the
            // president", "unleashed a tirade".
            | "shout"
            | "heap"
            | "unleash"
            // Received by their subject ("faced criticism from consumer
            // groups", "came under fire from Republicans"): the subject is
            // the target (`receives_speech`).
            | "face"
            | "come"
            // "drew rebukes from the Pentagon", "traded insults", "the plan
            // sparked criticism" ("faced criticism" is left out: its
            // subject is the target, not the source).
            | "draw"
            | "attract"
            | "hurl"
            | "trade"
            | "spark"
            | "provoke"
            | "stir"
            | "generate"
    )
}

/// Units of a calendar cycle ("every year", "each summer").
pub fn is_period_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "season"
            | "quarter"
            | "time"
    )
}

/// What is delivered as a speech, not shipped: "delivered the Budget",
/// "delivered a speech", "delivered its verdict" are statements.
pub fn is_speech_object(lemma: &str) -> bool {
    matches!(
        lemma,
        // Formal acts of office only: "delivered the Budget", "presented
        // a statement to parliament". Speeches, lectures and talks given
        // (often for a fee) are no statements.
        "address" | "budget" | "statement" | "declaration" | "communique"
    )
}

/// Official documents whose publication or launch is an announcement:
/// "published guidance", "launched its strategy", "unveiled a white paper".
pub fn is_official_document(lemma: &str) -> bool {
    matches!(
        lemma,
        "guidance"
            | "guideline"
            | "guidelines"
            | "strategy"
            | "manifesto"
            | "blueprint"
            | "leaflet"
            | "initiative"
            | "paper"
            | "white"
            | "doctrine"
            | "roadmap"
            | "communique"
            | "decree"
            // "unveiled plans to reform pensions", "published its report".
            | "plan"
            | "plans"
            | "report"
            // "unveiling the budget".
            | "budget"
    )
}

/// Words that measure out an event ("a round of talks", "a series of
/// drills", "the first stage of the exercise").
pub fn is_event_measure(lemma: &str) -> bool {
    matches!(
        lemma,
        "round" | "series" | "cycle" | "stage" | "phase" | "package" | "wave"
    )
}

/// Words that count or bundle out what follows their "of" ("tens of
/// thousands of fuses", "a batch of fighters", "a set of measures"): the
/// thing is in the "of" phrase.
pub fn is_quantity_word(lemma: &str) -> bool {
    matches!(
        lemma,
        "ten"
            | "hundred"
            | "thousand"
            | "million"
            | "dozen"
            | "batch"
            | "lot"
            | "set"
            | "number"
            | "package"
            | "series"
            | "list"
            | "range"
    )
}

/// Nouns of geography a national adjective can place an event on ("near
/// the Ukrainian border"), as against "on Indonesian steel".
pub fn is_geographic_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "border"
            | "frontier"
            | "coast"
            | "territory"
            | "airspace"
            | "waters"
            | "region"
            | "side"
            | "soil"
            | "capital"
    )
}

/// Verbs whose subject is the recipient of a delivery, not its sender.
pub fn is_receiving_verb(lemma: &str) -> bool {
    matches!(lemma, "receive" | "obtain" | "acquire" | "get")
}

/// Trade and other restrictive measures that are sanctions when imposed
/// ("imposed anti-dumping duties", "slapped tariffs on", "imposed an arms
/// ban"), not when merely discussed.
pub fn is_trade_measure(lemma: &str) -> bool {
    matches!(
        lemma,
        "duty" | "duties" | "tariff" | "tariffs" | "levy" | "levies" | "ban" | "bans"
    )
}

/// What a state imposes on another: a trade measure, or controls and
/// restrictions ("imposed sweeping export controls on Belarus").
pub fn is_imposable_measure(lemma: &str) -> bool {
    is_trade_measure(lemma) || is_restriction_noun(lemma) && lemma != "regime"
}

/// What a border regime restricts with ("extended the border regime",
/// "tightened border controls").
pub fn is_restriction_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "regime" | "control" | "controls" | "restriction" | "restrictions"
    )
}

/// Holdings a sanction freezes.
pub fn is_frozen_holding(lemma: &str) -> bool {
    matches!(
        lemma,
        "asset" | "assets" | "account" | "accounts" | "fund" | "funds"
    )
}

/// Verbs that make public or adopt a measure, and so report it
/// ("announced sanctions", "adopted a sanctions package").
pub fn unveils_measure(lemma: &str) -> bool {
    matches!(lemma, "announce" | "unveil" | "adopt" | "approve")
}

/// Verbs that weigh or draft a measure not yet taken ("was considering a
/// ban", "is preparing a ban"): a possible or planned measure.
pub fn weighs_measure(lemma: &str) -> bool {
    considers(lemma) || matches!(lemma, "prepare" | "draft")
}

/// Verbs of weighing what may be done ("was considering a ban"): what
/// they hold is possible, not decided.
pub fn considers(lemma: &str) -> bool {
    matches!(lemma, "consider" | "weigh" | "mull" | "contemplate")
}

/// Verbs that put a trade measure in place.
pub fn imposes_measure(lemma: &str) -> bool {
    matches!(lemma, "impose" | "slap" | "level" | "introduce")
}

/// Places named after what is done there ("training grounds", "training
/// range"): a gerund modifying them names no event.
pub fn is_facility_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "ground"
            | "grounds"
            | "range"
            | "ranges"
            | "centre"
            | "center"
            | "facility"
            | "area"
            | "camp"
            | "base"
            | "site"
            | "field"
            | "school"
            | "academy"
            | "aircraft"
            | "ship"
            | "vessel"
    )
}

/// Objects that make "meet" mean "satisfy" rather than "hold a meeting".
pub fn meet_is_satisfy(object_lemma: &str) -> bool {
    matches!(
        object_lemma,
        "requirement"
            | "target"
            | "demand"
            | "deadline"
            | "standard"
            | "need"
            | "criterion"
            | "criteria"
            | "expectation"
            | "cost"
            | "goal"
            | "condition"
            | "challenge"
            | "obligation"
            | "commitment"
            | "end"
            | "fate"
            | "threshold"
            | "rule"
            | "rules"
            | "promise"
            | "pledge"
            | "forecast"
    )
}

/// Agreement stage a verb lemma sets.
pub fn stage_of_verb(lemma: &str) -> Option<AgreementStage> {
    Some(match lemma {
        // "struck", "sealed", "reached" a deal: informal, no stage.
        "sign" | "conclude" | "ink" => AgreementStage::Signed,
        "ratify" => AgreementStage::Ratified,
        "approve" | "endorse" | "adopt" => AgreementStage::Approved,
        "agree" | "propose" | "negotiate" | "draft" | "discuss" | "plan" | "prepare" | "offer"
        | "seek" | "want" | "consider" => AgreementStage::Proposed,
        _ => return None,
    })
}

/// Nouns an agreement verb ("approved", "adopted") needs as object to be an
/// agreement event rather than, say, approving a budget.
pub fn is_agreement_object(lemma: &str) -> bool {
    noun_trigger(lemma) == Some(EventKind::Agreement)
        || is_plan_noun(lemma)
        || matches!(
            lemma,
            "merger"
                | "takeover"
                | "buyout"
                | "acquisition"
                | "sale"
                | "proposal"
                | "resolution"
                | "bid"
                | "document"
                | "package"
                | "convention"
                | "charter"
                | "compromise"
                | "settlement"
                | "arrangement"
                | "ceasefire"
                | "truce"
        )
}

/// Nouns heading the name of a plan ("the Strategic Military Partnership
/// Programme", "the Military Doctrine"): what is adopted, never a party.
pub fn is_plan_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "programme" | "program" | "plan" | "roadmap" | "doctrine" | "concept" | "strategy"
    )
}

/// Verbs whose subject, accused, answers an accusation ("Minsk rejected
/// the accusations", "denied the allegations"): the noun is the accusation,
/// made by someone else.
pub fn rebuts_speech(lemma: &str) -> bool {
    matches!(
        lemma,
        "reject" | "deny" | "dismiss" | "refute" | "rebuff" | "dispute" | "rebut"
    )
}

/// Light verbs whose subject receives the speech act rather than making it
/// ("the plan drew criticism from X", "she came under fire from Y").
pub fn receives_speech(lemma: &str) -> bool {
    matches!(
        lemma,
        "draw" | "attract" | "face" | "come" | "receive" | "spark" | "provoke"
    )
}
