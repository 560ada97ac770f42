//! Participles that are adjectives before a noun in military text:
//! "24 BTR-82A armoured personnel carriers", "32 Tigr-M armoured
//! vehicles". The web text the model learned from rarely has them (and
//! not in British spelling), so after a name or number it reads them as
//! a past-tense verb, and the parse then makes the vehicles an object of
//! "armoured" and loses the sentence's real verb.

use super::{TagOut, Tagger};

/// Participles that describe equipment and units, never the past tense
/// of a clause when a noun follows.
const EQUIPMENT_PARTICIPLES: &[&str] = &[
    "armoured",
    "armored",
    "mechanised",
    "mechanized",
    "motorised",
    "motorized",
    "guided",
    "unguided",
    "unmanned",
    "self-propelled",
    "tracked",
    "wheeled",
];

impl Tagger {
    pub(super) fn equipment_participles(&self, words: &[&str], tags: &mut [TagOut]) {
        let Some(adjective) = self.adjective else {
            return;
        };
        let n = words.len().min(tags.len());
        // Tags first: the word list is read only for the rare VBD before
        // a noun, so the tagger's hot loop allocates nothing here.
        for i in 0..n.saturating_sub(1) {
            if self.xpos(tags[i]) == "VBD"
                && matches!(self.upos(tags[i + 1]), "NOUN" | "PROPN")
                && EQUIPMENT_PARTICIPLES
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(words[i]))
            {
                tags[i] = adjective;
            }
        }
    }
}
