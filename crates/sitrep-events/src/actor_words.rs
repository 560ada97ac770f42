//! Words about actors rather than events: the sector an actor's phrase
//! names and the nouns that stand for an institution or group able to act.
//! Lemmas are lower-case.

/// Sector of an actor from the words of its phrase; the first match wins,
/// so more specific words come first.
pub fn sector_of(words: &[String]) -> Option<&'static str> {
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if has(&[
        "parliament",
        "house",
        "senate",
        "duma",
        "mp",
        "mps",
        "lawmaker",
        "lawmakers",
        "legislature",
        "assembly",
        "congress",
        "congressman",
        "senator",
        "deputy",
        "deputies",
        "commons",
        "lords",
        "peer",
        "peers",
    ]) && !has(&["white"])
    {
        return Some("legislature");
    }
    if has(&[
        "army",
        "military",
        "troops",
        "troop",
        "forces",
        "force",
        "defence",
        "defense",
        "general",
        "navy",
        "naval",
        "soldier",
        "soldiers",
        "commander",
        "officer",
        "officers",
        "armed",
        "battalion",
        "brigade",
        "staff",
        "marines",
        "colonel",
        "admiral",
    ]) {
        return Some("military");
    }
    if has(&[
        "agency",
        "newspaper",
        "tv",
        "television",
        "broadcaster",
        "radio",
        "news",
        "journalist",
        "reporter",
        "reporters",
        "media",
        "belta",
        "tass",
        "ria",
        "sputnik",
        "reuters",
        "bbc",
        "press",
    ]) {
        return Some("media");
    }
    if has(&[
        "company",
        "firm",
        "corp",
        "group",
        "bank",
        "plc",
        "inc",
        "ltd",
        "shareholders",
        "investors",
        "airline",
        "maker",
        "manufacturer",
        "chief",
        "executive",
        "ceo",
    ]) {
        return Some("business");
    }
    if has(&[
        "minister",
        "ministry",
        "government",
        "president",
        "prime",
        "secretary",
        "official",
        "officials",
        "cabinet",
        "chancellor",
        "department",
        "kremlin",
        "administration",
        "embassy",
        "ambassador",
        "diplomat",
        "diplomats",
        "council",
        "commission",
        "state",
        "leader",
        "leaders",
        "premier",
        "mayor",
        "governor",
        "authorities",
        "treasury",
        "office",
        "foreign",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
    ]) {
        return Some("government");
    }
    if has(&[
        "party",
        "labour",
        "conservative",
        "conservatives",
        "tory",
        "tories",
        "liberal",
    ]) {
        return Some("party");
    }
    None
}

/// Nouns business news uses for a company, whatever noun introduced it
/// ("the firm", "both exchanges", "the carrier").
pub(crate) fn is_company_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "company"
            | "firm"
            | "group"
            | "corporation"
            | "bank"
            | "exchange"
            | "carrier"
            | "airline"
            | "business"
    )
}

/// Nouns that stand for an institution or group able to act.
pub(crate) fn is_institution_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "ministry"
            | "government"
            | "army"
            | "military"
            | "troops"
            | "troop"
            | "force"
            | "forces"
            | "parliament"
            | "president"
            | "minister"
            | "official"
            | "officials"
            | "delegation"
            | "side"
            | "sides"
            | "country"
            | "countries"
            | "leader"
            | "leaders"
            | "navy"
            | "authorities"
            | "authority"
            | "administration"
            | "cabinet"
            | "kremlin"
            | "department"
            | "committee"
            | "council"
            | "commission"
            | "company"
            | "firm"
            | "union"
            | "party"
            | "opposition"
            | "court"
            | "tribunal"
            | "soldier"
            | "soldiers"
            | "serviceman"
            | "servicemen"
            | "military-man"
            | "chancellor"
            | "premier"
            | "diplomat"
            | "diplomats"
            | "envoy"
            | "ambassador"
            | "secretary"
            | "lawmaker"
            | "lawmakers"
            | "mp"
            | "mps"
            | "unit"
            | "units"
            | "state"
            | "states"
            | "nation"
            | "nations"
            | "ally"
            | "allies"
            | "regime"
            | "rebel"
            | "rebels"
            | "group"
            | "bank"
            | "agency"
            | "office"
    )
}
