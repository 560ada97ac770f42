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

/// Lowercase heads after the name of an exercise ("the Union Shield
/// exercise", "Zapad drills").
const EXERCISE_HEADS: &[&str] = &[
    "exercise",
    "exercises",
    "drill",
    "drills",
    "manoeuvres",
    "maneuvers",
    "wargame",
    "wargames",
];

/// Lowercase plural nouns for people of a nation: a single capitalized
/// word before them that is a country's adjective, or neither a known
/// place nor a known person name, is a nationality ("Kazakh troops",
/// "Uzbek officers"), MISC as in CoNLL, not a person or a town (Kazakh is
/// also a town in Azerbaijan).
pub(crate) const NATIONALITY_HEADS: &[&str] = &[
    "troops",
    "soldiers",
    "servicemen",
    "officers",
    "officials",
    "diplomats",
    "delegation",
    "delegates",
    "counterparts",
    "citizens",
    "nationals",
    "authorities",
    "pilots",
    "sailors",
    "paratroopers",
    "peacekeepers",
    "personnel",
    "military",
    "forces",
];

/// Last words of an organisation's name: "the Northern Fleet exercise" is
/// the fleet's exercise, not its name.
const BODY_ENDINGS: &[&str] = &[
    "Organization",
    "Organisation",
    "Ministry",
    "Forces",
    "Force",
    "Army",
    "Navy",
    "Command",
    "District",
    "Fleet",
    "Alliance",
    "Guard",
    "Staff",
];

/// An exercise name: a title-case name (no bare acronym, such as NATO or
/// CSTO, which names the organiser) ending in no body's head word.
fn names_exercise(words: &[&str], s: &TokenSpan) -> bool {
    let name = &words[s.start..s.end];
    let acronym = name.len() == 1
        && name[0].chars().filter(|c| c.is_alphabetic()).count() >= 2
        && name[0]
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase());
    !acronym && name.last().is_some_and(|w| !BODY_ENDINGS.contains(w))
}

/// The label a cue noun after span `s` gives it, if it changes anything.
/// `known[t]` says whether token `t` lies in a known place name (empty when
/// no gazetteer is at hand).
pub(super) fn relabel(words: &[&str], known: &[super::Known], s: &TokenSpan) -> Option<usize> {
    let head = *words.get(s.end)?;
    if NATIONALITY_HEADS.contains(&head) && matches!(s.type_index, LOC | PER) {
        let k = known.get(s.start).copied().unwrap_or_default();
        let nationality = k.nationality || !(k.place || k.person);
        return (s.end - s.start == 1 && nationality).then_some(MISC);
    }
    let exercise = EXERCISE_HEADS.contains(&head);
    let relabelable = matches!(s.type_index, LOC | PER) || exercise && s.type_index == ORG;
    if !relabelable {
        return None;
    }
    let new = if exercise {
        if !names_exercise(words, s) {
            return None;
        }
        MISC
    } else if PRODUCT_HEADS.contains(&head) {
        MISC
    } else if OUTLET_HEADS.contains(&head) {
        ORG
    } else {
        return None;
    };
    let place = (s.start..s.end).any(|t| known.get(t).is_some_and(|k| k.place));
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
    fn an_exercise_is_named_by_the_words_before_exercise() {
        let org = |start, end| TokenSpan {
            start,
            end,
            type_index: ORG,
        };
        let w: Vec<&str> = "the previous Union Shield exercise was"
            .split(' ')
            .collect();
        assert_eq!(relabel(&w, &[], &org(2, 4)), Some(MISC));
        // The organiser stays an organisation.
        let w: Vec<&str> = "a NATO exercise in".split(' ').collect();
        assert_eq!(relabel(&w, &[], &org(1, 2)), None);
        let w: Vec<&str> = "the Northern Fleet exercise in".split(' ').collect();
        assert_eq!(relabel(&w, &[], &org(1, 3)), None);
    }

    #[test]
    fn a_known_place_keeps_its_label() {
        let w: Vec<&str> = "a Kharkiv drone attack".split(' ').collect();
        let place = super::super::Known {
            place: true,
            ..Default::default()
        };
        let places = [
            Default::default(),
            place,
            Default::default(),
            Default::default(),
        ];
        assert_eq!(relabel(&w, &places, &loc(1, 2)), None);
        // No cue noun: nothing to say.
        let w: Vec<&str> = "troops in Zircon said".split(' ').collect();
        assert_eq!(relabel(&w, &[], &loc(2, 3)), None);
    }

    #[test]
    fn a_lone_unknown_name_before_troops_is_a_nationality() {
        let w: Vec<&str> = "Kazakh troops arrived".split(' ').collect();
        assert_eq!(relabel(&w, &[], &loc(0, 1)), Some(MISC));
        let per = TokenSpan {
            type_index: PER,
            ..loc(0, 1)
        };
        assert_eq!(relabel(&w, &[], &per), Some(MISC));
        // A known place or person keeps its label: "Minsk officials".
        let w: Vec<&str> = "Minsk officials said".split(' ').collect();
        let place = super::super::Known {
            place: true,
            ..Default::default()
        };
        assert_eq!(relabel(&w, &[place], &loc(0, 1)), None);
        let person = super::super::Known {
            person: true,
            ..Default::default()
        };
        assert_eq!(relabel(&w, &[person], &per), None);
        // A country's adjective wins over a town of the same name.
        let w: Vec<&str> = "Kazakh troops arrived".split(' ').collect();
        let both = super::super::Known {
            place: true,
            nationality: true,
            ..Default::default()
        };
        assert_eq!(relabel(&w, &[both], &loc(0, 1)), Some(MISC));
    }
}
