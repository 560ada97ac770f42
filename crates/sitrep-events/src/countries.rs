//! Country names, demonyms and seats of government mapped to ISO 3166-1
//! alpha-3 codes. `countries.tsv` is generated from GeoNames (CC BY 4.0) by
//! `scripts/gen_countries.py`; `aliases.tsv` is hand-written.

use std::collections::HashMap;

use sitrep_core::{Actor, ActorRole, Span};

const COUNTRIES_TSV: &str = include_str!("countries.tsv");
const ALIASES_TSV: &str = include_str!("aliases.tsv");
const OFFICIALS_TSV: &str = include_str!("officials.tsv");

/// Lookup from a name as written to a country code.
#[derive(Debug, Clone)]
pub struct CountryTable {
    /// Country names and aliases (demonyms, short forms, metonyms).
    names: HashMap<String, &'static str>,
    /// Capitals, which name a place and, as actors, their country.
    capitals: HashMap<String, &'static str>,
    /// Code -> English short name (the first name of the code in
    /// `countries.tsv`).
    short_names: HashMap<&'static str, &'static str>,
    /// Surnames of public office holders (`officials.tsv`).
    officials: HashMap<&'static str, &'static str>,
    /// Longest alias in tokens, to bound multi-token lookups.
    max_tokens: usize,
}

impl Default for CountryTable {
    fn default() -> Self {
        CountryTable::new()
    }
}

impl CountryTable {
    /// The embedded table.
    pub fn new() -> CountryTable {
        let mut names = HashMap::new();
        let mut capitals = HashMap::new();
        let mut short_names = HashMap::new();
        for line in COUNTRIES_TSV.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let (Some(name), Some(code)) = (cols.next(), cols.next()) else {
                continue;
            };
            names.insert(name.to_string(), code);
            short_names.entry(code).or_insert(name);
            // "Korea, Republic of" style names never occur in prose; the
            // table holds common names, plus "the X" forms are stripped by
            // the caller.
            if let Some(capital) = cols.next().filter(|c| !c.is_empty()) {
                capitals.insert(capital.to_string(), code);
            }
        }
        for line in ALIASES_TSV.lines().filter(|l| !l.starts_with('#')) {
            if let Some((alias, code)) = line.split_once('\t') {
                names.insert(alias.trim().to_string(), code.trim());
            }
        }
        let max_tokens = names
            .keys()
            .chain(capitals.keys())
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1);
        let officials = OFFICIALS_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some((cols.next()?.trim(), cols.next()?.trim()))
            })
            .collect();
        CountryTable {
            names,
            capitals,
            short_names,
            officials,
            max_tokens,
        }
    }

    /// The country a public office holder serves, from the last word of
    /// their name ("Viktor Khrenin", "Khrenin").
    pub fn official(&self, person: &str) -> Option<&'static str> {
        let surname = person.split_whitespace().last()?;
        self.officials.get(surname).copied()
    }

    /// The country a name, demonym or metonym denotes (not capitals).
    pub fn country(&self, name: &str) -> Option<&'static str> {
        let name = name.strip_prefix("the ").unwrap_or(name);
        let name = name.strip_prefix("The ").unwrap_or(name);
        if let Some(code) = self.names.get(name) {
            return Some(code);
        }
        // Official forms ("the Republic of Belarus", "the Kyrgyz
        // Republic", "People's Republic of China"): the common name or
        // the demonym inside.
        const OFFICIAL: &[&str] = &[
            "Republic of ",
            "People's Republic of ",
            "Federal Republic of ",
            "Kingdom of ",
            "State of ",
            "Islamic Republic of ",
        ];
        OFFICIAL
            .iter()
            .find_map(|prefix| name.strip_prefix(prefix))
            .or_else(|| name.strip_suffix(" Republic"))
            .filter(|inner| !inner.is_empty())
            .and_then(|inner| self.names.get(inner).copied())
    }

    /// The country whose capital `name` is.
    pub fn capital(&self, name: &str) -> Option<&'static str> {
        self.capitals.get(name).copied()
    }

    /// A country name or a capital (as metonym for its government).
    pub fn country_or_capital(&self, name: &str) -> Option<&'static str> {
        self.country(name).or_else(|| self.capital(name))
    }

    /// Every country named inside `text` (a phrase), on whole words, in
    /// order of first mention; hyphenated compounds such as
    /// "Belarusian-Russian" name both.
    pub fn countries_in(&self, text: &str) -> Vec<&'static str> {
        // "pro-Russian separatists", "inter-Korean affairs", "anti-American
        // protests": a demonym after one of these prefixes names no party.
        let text: String = text
            .split_inclusive(char::is_whitespace)
            .filter(|w| !has_relational_prefix(w))
            .collect();
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == '-' || c == '/' || c == ',')
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
            .map(|w| w.trim_end_matches("'s").trim_end_matches('.'))
            .filter(|w| !w.is_empty())
            .collect();
        let mut found = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut matched = 0;
            for n in (1..=self.max_tokens.min(words.len() - i)).rev() {
                let candidate = words[i..i + n].join(" ");
                if let Some(code) = self.country_or_capital(&candidate) {
                    if !found.contains(&code) {
                        found.push(code);
                    }
                    matched = n;
                    break;
                }
            }
            i += matched.max(1);
        }
        found
    }

    /// The table's own copy of the code `code`, for callers holding it
    /// in an actor's string.
    pub fn code(&self, code: &str) -> Option<&'static str> {
        self.short_names
            .get_key_value(code)
            .map(|(known, _)| *known)
    }

    /// The country's English short name, for actors named only by a
    /// demonym ("Belarusian" -> "Belarus").
    pub fn name_of(&self, code: &str) -> Option<&'static str> {
        self.short_names.get(code).copied()
    }

    /// The country `code` as an actor in `role`, named by its short name
    /// and found at `span` (none when it was inferred, not written).
    pub fn actor(&self, code: &str, span: Option<Span>, role: ActorRole) -> Actor {
        Actor {
            role,
            name: self.name_of(code).unwrap_or(code).to_string(),
            span,
            country: Some(code.to_string()),
            sector: None,
        }
    }
}

/// A word like "pro-Russian" or "inter-Korean": a prefix that turns a
/// demonym into a relation or stance.
fn has_relational_prefix(word: &str) -> bool {
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some((prefix, _)) = word.split_once('-') else {
        return false;
    };
    matches!(
        prefix.to_lowercase().as_str(),
        "pro" | "anti" | "inter" | "intra" | "pan" | "non" | "trans" | "ex" | "post" | "pre"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_demonyms_and_capitals() {
        let table = CountryTable::new();
        assert_eq!(table.country("Belarus"), Some("BLR"));
        assert_eq!(table.country("Belarusian"), Some("BLR"));
        assert_eq!(table.country_or_capital("Moscow"), Some("RUS"));
        assert_eq!(table.country("Moscow"), None);
        assert_eq!(table.countries_in("Belarusian-Russian"), vec!["BLR", "RUS"]);
        assert_eq!(
            table.countries_in("the United States and Iran"),
            vec!["USA", "IRN"]
        );
        assert_eq!(table.name_of("BLR"), Some("Belarus"));
    }
}
