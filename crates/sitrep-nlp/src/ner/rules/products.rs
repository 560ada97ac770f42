//! Names of things are not places or people.
//!
//! "the Oreshnik system", "Kinzhal missiles", "his Telegram channel", "the
//! Signal messenger": a capitalized word the model has not seen is often
//! tagged LOC (unknown foreign-looking words resemble towns), but the
//! common noun right after it says what it names: a weapon system, a
//! product or platform (MISC), or a media outlet ("the Izvestia
//! newspaper", ORG). The cue is overruled by evidence that the word is a
//! place: a gazetteer place (country, city, region) keeps its LOC ("a
//! Ukraine drone attack", "the Moscow metro system").

use super::super::data::TokenSpan;

const ORG: usize = 1;
const LOC: usize = 2;
const MISC: usize = 3;
const PER: usize = 0;

/// Lowercase heads after a product, weapon or platform name ("complex" is
/// left out: "the Carrington complex" is a training ground).
const PRODUCT_HEADS: &[&str] = &[
    "system",
    "systems",
    "missile",
    "missiles",
    "launcher",
    "launchers",
    "rocket",
    "rockets",
    "warhead",
    "warheads",
    "drone",
    "drones",
    "howitzer",
    "howitzers",
    "tank",
    "tanks",
    "jet",
    "jets",
    "bomber",
    "bombers",
    "helicopter",
    "helicopters",
    "frigate",
    "frigates",
    "submarine",
    "submarines",
    "rifle",
    "rifles",
    "app",
    "apps",
    "application",
    "messenger",
    "channel",
    "channels",
    "account",
    "accounts",
    "platform",
    "website",
    "browser",
    "software",
    "smartphone",
    "smartphones",
];

/// Lowercase heads after the name of a media outlet.
const OUTLET_HEADS: &[&str] = &[
    "newspaper",
    "newspapers",
    "daily",
    "weekly",
    "magazine",
    "tabloid",
    "broadcaster",
    "outlet",
    "portal",
];

/// The label a cue noun after span `s` gives it, if it changes anything.
/// `known_place[t]` says whether token `t` lies in a known place name
/// (empty when no gazetteer is at hand).
pub(super) fn relabel(words: &[&str], known_place: &[bool], s: &TokenSpan) -> Option<usize> {
    if !matches!(s.type_index, LOC | PER) {
        return None;
    }
    let head = *words.get(s.end)?;
    let new = if PRODUCT_HEADS.contains(&head) {
        MISC
    } else if OUTLET_HEADS.contains(&head) {
        ORG
    } else {
        return None;
    };
    let place = (s.start..s.end).any(|t| known_place.get(t).copied().unwrap_or(false));
    if place && s.type_index == LOC {
        return None;
    }
    Some(new)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(start: usize, end: usize) -> TokenSpan {
        TokenSpan {
            start,
            end,
            type_index: LOC,
        }
    }

    #[test]
    fn the_noun_after_a_name_says_it_is_a_thing() {
        let w: Vec<&str> = "they deployed the Zircon system near".split(' ').collect();
        assert_eq!(relabel(&w, &[], &loc(3, 4)), Some(MISC));
        let w: Vec<&str> = "they deployed the Zircon missiles near"
            .split(' ')
            .collect();
        assert_eq!(relabel(&w, &[], &loc(3, 4)), Some(MISC));
        let w: Vec<&str> = "she posted on her Viber channel".split(' ').collect();
        assert_eq!(relabel(&w, &[], &loc(4, 5)), Some(MISC));
        let w: Vec<&str> = "told the Vedomosti newspaper on".split(' ').collect();
        assert_eq!(relabel(&w, &[], &loc(2, 3)), Some(ORG));
    }

    #[test]
    fn a_known_place_keeps_its_label() {
        let w: Vec<&str> = "a Kharkiv drone attack".split(' ').collect();
        let places = [false, true, false, false];
        assert_eq!(relabel(&w, &places, &loc(1, 2)), None);
        // No cue noun: nothing to say.
        let w: Vec<&str> = "troops in Zircon said".split(' ').collect();
        assert_eq!(relabel(&w, &[], &loc(2, 3)), None);
    }
}
