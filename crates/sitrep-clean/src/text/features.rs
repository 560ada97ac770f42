//! Per-line features for the plain-text boilerplate classifier.
//!
//! Everything here is cheap, language-light surface statistics: word and
//! letter counts, how the line ends, how many words are capitalized, how many
//! are function words, whether a verb-like word occurs, which script the
//! letters are in. The vocabulary families live in [`super::vocab`].

use sitrep_text::lang::{script_of_char, Script};

/// How a line ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// `.`, `!`, `?`, `;`, possibly followed by closing quotes or brackets.
    Sentence,
    /// `...` or `…`: teasers and promos trail off like this, prose rarely.
    Ellipsis,
    /// `:` — a label or the lead-in of a list.
    Colon,
    /// Anything else (a letter, a digit, a closing bracket after a word).
    Open,
}

/// Surface features of one non-blank line.
#[derive(Debug, Clone)]
pub struct LineFeatures<'a> {
    pub text: &'a str,
    /// The line lower-cased, for phrase lookups.
    pub lower: String,
    /// Words: whitespace-separated chunks with surrounding punctuation
    /// stripped, keeping only chunks with a letter or digit.
    pub words: Vec<&'a str>,
    /// `words`, lower-cased.
    pub lower_words: Vec<String>,
    pub letters: usize,
    pub digits: usize,
    pub ending: Ending,
    /// Share of content words (not function words, 2+ letters) that start
    /// with a capital letter; 0.0 when there are none.
    pub title_ratio: f32,
    /// Share of words that are function words (English and Russian).
    pub stop_ratio: f32,
    /// A finite-verb-like word occurs (auxiliaries, reporting verbs, `-ed`).
    pub has_verb: bool,
    /// Starts with a list bullet (`-`, `•`, `*`, `–`).
    pub bullet: bool,
    /// The most frequent script of the line's letters and its share.
    pub script: Option<(Script, f32)>,
}

impl<'a> LineFeatures<'a> {
    pub fn new(text: &'a str) -> LineFeatures<'a> {
        let lower = text.to_lowercase();
        let words: Vec<&str> = text
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        let lower_words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();

        let mut letters = 0;
        let mut digits = 0;
        let mut script_counts: [(Option<Script>, usize); 4] = [(None, 0); 4];
        for c in text.chars() {
            if c.is_ascii_digit() {
                digits += 1;
            } else if let Some(script) = script_of_char(c) {
                letters += 1;
                if let Some(slot) = script_counts
                    .iter_mut()
                    .find(|(s, _)| s.is_none() || *s == Some(script))
                {
                    slot.0 = Some(script);
                    slot.1 += 1;
                }
            }
        }
        let script = script_counts
            .iter()
            .filter_map(|&(s, n)| s.map(|s| (s, n)))
            .max_by_key(|&(_, n)| n)
            .map(|(s, n)| (s, n as f32 / letters.max(1) as f32));

        let stop = lower_words.iter().filter(|w| is_function_word(w)).count();
        let content: Vec<&&str> = words
            .iter()
            .zip(&lower_words)
            .filter(|(w, lw)| {
                w.chars().count() >= 2
                    && !is_function_word(lw)
                    && w.chars().any(char::is_alphabetic)
            })
            .map(|(w, _)| w)
            .collect();
        let capitalized = content
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        let title_ratio = if content.is_empty() {
            0.0
        } else {
            capitalized as f32 / content.len() as f32
        };
        let stop_ratio = if words.is_empty() {
            0.0
        } else {
            stop as f32 / words.len() as f32
        };
        let has_verb = words
            .iter()
            .zip(&lower_words)
            .any(|(w, lw)| is_verb_like(w, lw));
        let bullet = text.starts_with(['-', '•', '*', '–', '—', '·', '▪', '►']);

        LineFeatures {
            text,
            lower,
            words,
            lower_words,
            letters,
            digits,
            ending: ending_of(text),
            title_ratio,
            stop_ratio,
            has_verb,
            bullet,
            script,
        }
    }

    pub fn n_words(&self) -> usize {
        self.words.len()
    }

    /// Whether the lower-cased line contains `phrase` starting at a word
    /// boundary (so `"log in"` does not match `"catalog in"`).
    pub fn has_phrase(&self, phrase: &str) -> bool {
        let mut from = 0;
        while let Some(pos) = self.lower[from..].find(phrase) {
            let at = from + pos;
            let before_ok = self.lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = at + phrase.len();
            let after_ok = self.lower[after..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                return true;
            }
            from = at + phrase.len().max(1);
            while from < self.lower.len() && !self.lower.is_char_boundary(from) {
                from += 1;
            }
        }
        false
    }

    /// Number of `phrases` present (see [`Self::has_phrase`]).
    pub fn count_phrases(&self, phrases: &[&str]) -> usize {
        phrases.iter().filter(|p| self.has_phrase(p)).count()
    }

    /// Looks like a headline: 2–25 words, not ending like a sentence (a
    /// question or exclamation is allowed when the line is title-cased),
    /// not a label ending in `:` and not a bulleted list item.
    pub fn headline_like(&self) -> bool {
        let n = self.n_words();
        if !(2..=25).contains(&n) || self.bullet || self.letters < 4 {
            return false;
        }
        match self.ending {
            Ending::Open => !self.text.ends_with(','),
            Ending::Sentence => {
                self.text
                    .trim_end_matches(['"', '”', '’', '»', ')'])
                    .ends_with(['?', '!'])
                    && self.title_ratio >= 0.5
            }
            Ending::Ellipsis | Ending::Colon => false,
        }
    }

    /// Looser than [`Self::headline_like`], for the first line of a text,
    /// where a headline may be a sentence-case question ("Can rivals catch
    /// up?") or trail off ("Rivals of the new phone...").
    pub fn title_like(&self) -> bool {
        let n = self.n_words();
        if !(2..=25).contains(&n) || self.bullet || self.letters < 4 {
            return false;
        }
        match self.ending {
            Ending::Open => !self.text.ends_with(','),
            Ending::Sentence => self
                .text
                .trim_end_matches(['"', '”', '’', '\'', '»', ')'])
                .ends_with(['?', '!']),
            Ending::Ellipsis => true,
            Ending::Colon => false,
        }
    }
}

fn ending_of(text: &str) -> Ending {
    let core = text.trim_end_matches(['"', '”', '’', '\'', '»', ')', ']', '*']);
    if core.ends_with("...") || core.ends_with('…') {
        Ending::Ellipsis
    } else if core.ends_with(['.', '!', '?', ';', '。', '！', '？']) {
        Ending::Sentence
    } else if core.ends_with(':') {
        Ending::Colon
    } else {
        Ending::Open
    }
}

/// English and Russian function words: their density separates running
/// prose (a quarter or more of the words) from labels, names and headlines.
pub fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "from"
            | "with"
            | "and"
            | "or"
            | "but"
            | "as"
            | "that"
            | "this"
            | "these"
            | "those"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "our"
            | "your"
            | "which"
            | "who"
            | "whom"
            | "what"
            | "when"
            | "where"
            | "while"
            | "not"
            | "no"
            | "if"
            | "than"
            | "then"
            | "also"
            | "into"
            | "about"
            | "over"
            | "after"
            | "before"
            | "between"
            | "under"
            | "during"
            | "all"
            | "more"
            | "most"
            | "some"
            | "such"
            | "there"
            | "here"
            | "so"
            | "up"
            | "out"
            | "и"
            | "в"
            | "во"
            | "на"
            | "не"
            | "что"
            | "с"
            | "со"
            | "по"
            | "к"
            | "о"
            | "об"
            | "из"
            | "за"
            | "от"
            | "для"
            | "это"
            | "как"
            | "а"
            | "но"
            | "у"
            | "до"
            | "же"
            | "он"
            | "она"
            | "они"
            | "мы"
            | "его"
            | "ее"
            | "их"
    ) || is_auxiliary(lower)
}

fn is_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
    )
}

/// A word that is probably a finite verb: an auxiliary, a common reporting
/// or news verb, a lower-case `-ed` form, or a Russian past/present verb
/// ending. Over-generous on purpose: it only lends weight to "this is prose".
fn is_verb_like(word: &str, lower: &str) -> bool {
    if is_auxiliary(lower) {
        return true;
    }
    if matches!(
        lower,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "stated"
            | "noted"
            | "added"
            | "announced"
            | "reported"
            | "took"
            | "take"
            | "takes"
            | "made"
            | "make"
            | "makes"
            | "became"
            | "become"
            | "remains"
            | "remain"
            | "held"
            | "met"
            | "meets"
            | "plans"
            | "wants"
            | "went"
            | "goes"
            | "gave"
            | "gives"
            | "got"
            | "gets"
            | "came"
            | "comes"
            | "won"
            | "lost"
            | "left"
            | "sent"
            | "began"
            | "begins"
            | "saw"
            | "sees"
            | "knew"
            | "thinks"
            | "thought"
            | "found"
            | "finds"
            | "put"
            | "set"
            | "needs"
            | "seems"
            | "keeps"
            | "kept"
            | "shows"
            | "showed"
            | "calls"
    ) {
        return true;
    }
    let lower_case_word = word.chars().next().is_some_and(char::is_lowercase);
    if lower_case_word && lower.len() >= 5 && lower.is_ascii() && lower.ends_with("ed") {
        return true;
    }
    if lower_case_word && !lower.is_ascii() && lower.chars().count() >= 4 {
        return [
            "ал", "ял", "ил", "ла", "ли", "ло", "ет", "ит", "ют", "ят", "ется", "ится", "ает",
        ]
        .iter()
        .any(|end| lower.ends_with(end));
    }
    false
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn prose_line_features() {
        let f = LineFeatures::new("The delegation arrived in Minsk on Tuesday, officials said.");
        assert_eq!(f.ending, Ending::Sentence);
        assert!(f.has_verb);
        assert!(f.stop_ratio > 0.2);
        assert!(!f.headline_like());
    }

    #[test]
    fn headline_features() {
        let f = LineFeatures::new("Drills Resume Near The Border After Two-Year Pause");
        assert!(f.headline_like());
        assert!(f.title_ratio > 0.8);
        let q = LineFeatures::new("Why Did The Talks Stall?");
        assert!(q.headline_like());
        let sentence_case = LineFeatures::new("Ministers agree new training plan");
        assert!(sentence_case.headline_like());
    }

    #[test]
    fn phrases_match_at_word_boundaries() {
        let f = LineFeatures::new("Please log in to comment");
        assert!(f.has_phrase("log in"));
        let g = LineFeatures::new("The catalog includes items");
        assert!(!g.has_phrase("log"));
        assert_eq!(
            LineFeatures::new("Ещё по теме").script.map(|s| s.0),
            Some(Script::Cyrillic)
        );
    }

    #[test]
    fn endings() {
        assert_eq!(ending_of("and much more..."), Ending::Ellipsis);
        assert_eq!(ending_of("He said: “No.”"), Ending::Sentence);
        assert_eq!(ending_of("Read also:"), Ending::Colon);
        assert_eq!(ending_of("Share on VK"), Ending::Open);
    }
}
