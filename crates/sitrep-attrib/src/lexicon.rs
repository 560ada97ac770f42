//! Word lists: reporting verbs, hedge cues, titles and evaluative words.
//!
//! Lists are by lemma (the tagger's lemmatizer output, lower-cased) so that
//! "said", "says" and "saying" are one entry.

/// How a cue verb relates a source to content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// Speech or writing: a statement someone made.
    Speech,
    /// Belief, intention or perception: attributed but not said.
    Cognition,
}

/// Verbs that report speech or writing.
const SPEECH_VERBS: &[&str] = &[
    "say",
    "tell",
    "state",
    "note",
    "emphasize",
    "emphasise",
    "stress",
    "add",
    "announce",
    "warn",
    "claim",
    "report",
    "insist",
    "argue",
    "explain",
    "confirm",
    "deny",
    "accuse",
    "write",
    "tweet",
    "reply",
    "respond",
    "answer",
    "suggest",
    "declare",
    "acknowledge",
    "admit",
    "assert",
    "contend",
    "maintain",
    "predict",
    "promise",
    "pledge",
    "vow",
    "recall",
    "reveal",
    "indicate",
    "mention",
    "observe",
    "remark",
    "comment",
    "conclude",
    "concede",
    "caution",
    "complain",
    "charge",
    "allege",
    "testify",
    "urge",
    "underline",
    "highlight",
    "reiterate",
    "assure",
    "inform",
    "elaborate",
    "outline",
    "affirm",
    "estimate",
    "post",
    "joke",
    "boast",
    "counter",
    "retort",
    "proclaim",
    "speculate",
    "quip",
    "signal",
    "hint",
    "imply",
    "point",
    "continue",
    "ask",
    "describe",
    "announce",
    "underscore",
    "clarify",
    "specify",
    "recount",
    "lament",
    "demand",
    "propose",
    "recommend",
    "threaten",
    "insinuate",
    "add",
    "acknowledge",
    "disclose",
    "brag",
    "muse",
    "shout",
    "scream",
    "whisper",
    "cry",
    "exclaim",
    "concur",
    "dispute",
    "stipulate",
    "notify",
    "relay",
    "show",
    "find",
];

/// Verbs that attribute a belief, wish or perception.
const COGNITION_VERBS: &[&str] = &[
    "think",
    "believe",
    "feel",
    "know",
    "expect",
    "hope",
    "want",
    "doubt",
    "fear",
    "worry",
    "wonder",
    "realize",
    "understand",
    "suspect",
    "assume",
    "anticipate",
    "agree",
    "disagree",
    "wish",
    "consider",
    "guess",
    "reckon",
    "figure",
    "see",
    "learn",
    "decide",
    "plan",
    "intend",
    "prefer",
    "recognize",
    "imagine",
    "insist",
];

/// Verbs of public judgement or verdict ("ruled", "blamed", "likened",
/// "classed"): not reporting verbs for quote finding, but a sentence whose
/// named subject judges something is sourced, not the writer's claim.
pub(crate) fn is_stance_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "rule"
            | "determine"
            | "class"
            | "classify"
            | "liken"
            | "compare"
            | "call"
            | "question"
            | "blame"
            | "criticise"
            | "criticize"
            | "attack"
            | "condemn"
            | "praise"
            | "welcome"
            | "reject"
            | "defend"
            | "dismiss"
            | "rail"
            | "slam"
            | "blast"
            | "label"
            | "brand"
            | "hail"
            | "weigh"
    )
}

/// The kind of cue `lemma` is, if it is a reporting verb.
pub(crate) fn cue_kind(lemma: &str) -> Option<CueKind> {
    let lemma = lemma.to_ascii_lowercase();
    if SPEECH_VERBS.contains(&lemma.as_str()) {
        Some(CueKind::Speech)
    } else if COGNITION_VERBS.contains(&lemma.as_str()) {
        Some(CueKind::Cognition)
    } else {
        None
    }
}

/// Verbs whose object is the listener, not the content ("told reporters").
pub(crate) fn object_is_listener(lemma: &str) -> bool {
    matches!(
        lemma,
        "tell" | "ask" | "assure" | "inform" | "remind" | "notify" | "email" | "address" | "warn"
    )
}

/// Prepositions that introduce the content of a stance verb ("called for",
/// "talked about", "pointed to", "railed against").
pub(crate) fn content_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "for" | "about" | "to" | "on" | "against" | "of" | "at"
    )
}

/// Verbs whose bare complement (no quote, no ccomp) is too weak a signal on
/// its own: they need a clausal complement or an adjacent quotation.
pub(crate) fn needs_clause(lemma: &str) -> bool {
    matches!(
        lemma,
        "see"
            | "know"
            | "find"
            | "show"
            | "learn"
            | "continue"
            | "point"
            | "add"
            | "figure"
            | "decide"
            | "plan"
            | "consider"
            | "understand"
            | "feel"
            | "want"
            | "prefer"
            | "intend"
            | "ask"
            | "post"
            | "describe"
            | "charge"
            | "counter"
            | "signal"
    )
}

/// Subjects that make an attribution vague: the source is an unnamed group.
const VAGUE_SOURCE_HEADS: &[&str] = &[
    "analyst",
    "expert",
    "observer",
    "source",
    "critic",
    "commentator",
    "official",
    "insider",
    "specialist",
    "researcher",
    "some",
    "many",
    "others",
    "people",
    "report",
    "media",
    "pundit",
    "watcher",
    "diplomat",
    "scholar",
    "economist",
    "strategist",
    "aide",
    "resident",
    "witness",
];

/// Whether the head noun of a source (lemma) names an unnamed group.
pub(crate) fn is_vague_source_head(lemma: &str) -> bool {
    VAGUE_SOURCE_HEADS.contains(&lemma.to_ascii_lowercase().as_str())
}

/// Words that hedge the assertion of the clause they are in.
const HEDGE_WORDS: &[&str] = &[
    "reportedly",
    "allegedly",
    "apparently",
    "presumably",
    "supposedly",
    "likely",
    "unlikely",
    "possibly",
    "perhaps",
    "probably",
    "seemingly",
    "purportedly",
    "ostensibly",
    "apparent",
];

/// Epistemic modals: in the writer's voice ("could cost £1bn", "may have
/// to accept") they state a possibility, not an assertion.
pub(crate) fn is_epistemic_modal(lower: &str) -> bool {
    matches!(lower, "could" | "may" | "might")
}

/// Verbs that hedge when they govern the clause ("appears to", "is believed").
const HEDGE_VERBS: &[&str] = &[
    "seem",
    "appear",
    "believe",
    "think",
    "say",
    "rumor",
    "rumour",
    "expect",
    "suggest",
    "understand",
    "report",
    "claim",
    "allege",
    "estimate",
];

/// Verbs that characterise rather than report; passive with no named agent
/// ("is framed as", "is seen as") they hedge the sentence.
pub(crate) fn is_characterizing_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "describe"
            | "frame"
            | "present"
            | "portray"
            | "characterize"
            | "characterise"
            | "view"
            | "see"
            | "consider"
            | "regard"
            | "perceive"
            | "deem"
            | "rumor"
            | "rumour"
    )
}

pub(crate) fn is_hedge_word(lower: &str) -> bool {
    HEDGE_WORDS.contains(&lower)
}

pub(crate) fn is_hedge_verb(lemma: &str) -> bool {
    HEDGE_VERBS.contains(&lemma)
}

pub(crate) use crate::title_words::is_title_noun;

/// Nouns that describe an organisation speaking ("the ministry", "the press
/// service"), resolved to the most recent compatible organisation.
const ORG_NOUNS: &[&str] = &[
    "ministry",
    "service",
    "department",
    "agency",
    "government",
    "office",
    "administration",
    "committee",
    "council",
    "campaign",
    "company",
    "party",
    "alliance",
    "bloc",
    "embassy",
    "command",
    "staff",
    "kremlin",
    "organization",
    "organisation",
    "union",
    "court",
    "parliament",
    "commission",
    "group",
    "firm",
    "spokesperson",
];

pub(crate) fn is_org_noun(lower: &str) -> bool {
    ORG_NOUNS.contains(&lower)
}

/// News outlets named as relays are recognised by entity label and these
/// words ("told the newspaper", "in an interview with the agency").
const OUTLET_NOUNS: &[&str] = &[
    "newspaper",
    "agency",
    "channel",
    "broadcaster",
    "radio",
    "television",
    "tv",
    "magazine",
    "outlet",
    "daily",
    "network",
    "website",
    "paper",
    "station",
];

pub(crate) fn is_outlet_noun(lower: &str) -> bool {
    OUTLET_NOUNS.contains(&lower)
}

/// Predicates that evaluate or predict rather than report: an assertion with
/// one of these and no source is an unattributed claim.
const EVALUATIVE_WORDS: &[&str] = &[
    "crucial",
    "vital",
    "key",
    "important",
    "significant",
    "critical",
    "essential",
    "successful",
    "successfully",
    "effective",
    "stabilizing",
    "stabilising",
    "destabilizing",
    "threat",
    "threatening",
    "aggressive",
    "hostile",
    "bellicose",
    "massive",
    "dangerous",
    "clear",
    "clearly",
    "undoubtedly",
    "certainly",
    "obviously",
    "unprecedented",
    "historic",
    "exemplary",
    "robust",
    "comprehensive",
    "strong",
    "weak",
    "provocative",
    "unlikely",
    "likely",
    "must",
    "should",
    "will",
    "best",
    "worst",
    "better",
    "worse",
    "remarkable",
    "notable",
    "solid",
    "reliable",
    "mutually",
    "constructively",
    "decisively",
    "underscore",
    "underscores",
    "signal",
    "signals",
    "illustrate",
    "illustrates",
    "reflect",
    "reflects",
    "framed",
    "presented",
    "described",
    "complement",
    "complements",
    "enhance",
    "enhances",
    "strengthen",
    "strengthens",
    "deter",
    "boost",
    "meant",
    // A purpose or effort the writer imputes ("is designed to highlight",
    // "is trying to diversify") and a cause the writer asserts.
    "designed",
    "intended",
    "trying",
    "contributed",
    "undermined",
    "high-stakes",
];

pub(crate) fn is_evaluative(lower: &str) -> bool {
    EVALUATIVE_WORDS.contains(&lower)
}

/// Personal pronouns that can stand for a speaker, with the label they need.
pub(crate) fn pronoun_class(lower: &str) -> Option<PronounClass> {
    match lower {
        "he" | "she" | "him" | "her" | "his" | "i" => Some(PronounClass::Person),
        "they" | "we" | "them" | "their" | "it" => Some(PronounClass::Group),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PronounClass {
    Person,
    Group,
}

/// Verbs that report what was *done* (signed, ratified, deployed, delivered)
/// rather than what was said. News writes "Moscow and Minsk signed an
/// agreement"; that is an event for `sitrep-events`, not a statement, even
/// though PolNeAR-style annotation sometimes treats such verbs as attitude
/// cues. They count as cues only with a clausal complement ("agreed that
/// ...", "confirmed that ...").
pub(crate) fn is_action_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "sign"
            | "ratify"
            | "approve"
            | "adopt"
            | "provide"
            | "supply"
            | "deliver"
            | "deploy"
            | "station"
            | "transfer"
            | "hand"
            | "conduct"
            | "hold"
            | "host"
            | "agree"
            | "create"
            | "establish"
            // Doing, going and watching: "laid a wreath", "returned to
            // serve", "invited attachés", "was observed by", "answering a
            // question".
            | "lay"
            | "return"
            | "invite"
            | "send"
            | "visit"
            | "attend"
            | "receive"
            | "observe"
            | "answer"
    )
}

/// Verbs of beginning and going on: with an infinitive or gerund
/// they describe an action ("continued to monitor", "began to deploy").
pub(crate) fn is_aspect_verb(lemma: &str) -> bool {
    matches!(lemma, "continue" | "begin" | "start" | "keep" | "resume")
}

/// Objects that announce what follows a colon ("issued the following:",
/// "sent a message:", "tweeted this:").
pub(crate) fn announces_speech(lower: &str) -> bool {
    matches!(
        lower,
        "following"
            | "statement"
            | "message"
            | "words"
            | "note"
            | "tweet"
            | "post"
            | "remarks"
            | "comment"
            | "comments"
            | "question"
            | "line"
            | "warning"
            | "this"
            | "it"
            | "reply"
            | "response"
    )
}

/// What things go "according to": a plan or a rule, not a speaker.
pub(crate) fn is_norm_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "plan"
            | "schedule"
            | "timetable"
            | "scenario"
            | "script"
            | "procedure"
            | "tradition"
            | "custom"
            | "rule"
            | "rules"
            | "regulation"
            | "standard"
            | "design"
            | "protocol"
    )
}
