//! Nationality adjectives the model took for names: "in April Belarusian
//! and Russian aviators", "the staffs of the Belarusian and Russian armed
//! forces". Web text rarely puts a nationality word before another
//! nationality or a common noun, news about alliances does so all the
//! time; read as a name, the word drags the phrase into a bad parse.

use super::{TagOut, Tagger};

/// Endings of nationality words ("Belarusian", "Chinese", "Polish",
/// "Korean", "American") that few given names or places share.
const DEMONYM_ENDINGS: &[&str] = &["ian", "ese", "ish", "ean", "can"];

/// A capitalised word with a nationality ending: "Belarusian", not
/// "BELARUSIAN" (a headline) nor "Ian".
fn looks_like_demonym(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.len() >= 6
        && chars.all(|c| c.is_ascii_lowercase())
        && DEMONYM_ENDINGS.iter().any(|ending| word.ends_with(ending))
}

impl Tagger {
    pub(super) fn coordinated_demonyms(&self, words: &[&str], tags: &mut [TagOut]) {
        let Some(adjective) = self.adjective else {
            return;
        };
        let n = words.len().min(tags.len());
        for i in 0..n.saturating_sub(1) {
            if self.xpos(tags[i]) != "NNP" || !looks_like_demonym(words[i]) {
                continue;
            }
            // "Belarusian and Russian aviators": a nationality coordinated
            // with one the model already reads as an adjective.
            let coordinated = matches!(words[i + 1], "and" | "or")
                && i + 2 < n
                && self.xpos(tags[i + 2]) == "JJ"
                && looks_like_demonym(words[i + 2]);
            // "Belarusian aviators": right before a common noun.
            let modifies = words[i + 1].starts_with(|c: char| c.is_lowercase())
                && matches!(self.xpos(tags[i + 1]), "NN" | "NNS");
            if coordinated || modifies {
                tags[i] = adjective;
            }
        }
    }
}
