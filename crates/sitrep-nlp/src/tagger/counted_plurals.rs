//! Plural nouns after a counted compound: "the two border checkpoints",
//! "two more Tor-M2 battalion sets". After a singular noun the model often
//! reads a word in -s as a verb ("the army sets"), but a number before the
//! phrase asks for a plural head, so the -s word ends the noun phrase.

use super::{is_name_code, TagOut, Tagger};

impl Tagger {
    pub(super) fn counted_plurals(&self, words: &[&str], tags: &mut [TagOut]) {
        let Some(plural) = self.plural_noun else {
            return;
        };
        let n = words.len().min(tags.len());
        for i in 2..n {
            // "300 Orlan-10 drones": a model code counts as the compound.
            let code_before = self.xpos(tags[i - 1]) == "NNP" && is_name_code(words[i - 1]);
            let compound_before = self.xpos(tags[i - 1]) == "NN"
                && words[i - 1].starts_with(|c: char| c.is_lowercase());
            if self.xpos(tags[i]) != "VBZ"
                || !(compound_before || code_before)
                || !words[i].ends_with('s')
                || !words[i].starts_with(|c: char| c.is_lowercase())
                // "the 7-table restaurant is": auxiliaries end in -s too.
                || matches!(words[i], "is" | "has" | "was" | "does" | "says")
            {
                continue;
            }
            // "two years later the board sets a date": a verb with its
            // object after it stays a verb ("the checkpoints it shut" has
            // a subject pronoun after the plural).
            let object_follows = tags.get(i + 1).is_some_and(|t| {
                matches!(self.xpos(*t), "DT" | "PRP$" | "CD")
                    || self.xpos(*t) == "PRP"
                        && words.get(i + 1).is_some_and(|w| {
                            matches!(
                                w.to_lowercase().as_str(),
                                "him" | "her" | "them" | "me" | "us"
                            )
                        })
            });
            if !object_follows && self.counted_phrase_before(words, tags, i - 1) {
                tags[i] = plural;
            }
        }
    }

    /// Whether the noun phrase ending at `last` opens with a number above
    /// one ("two", "3", "several"), only modifiers between.
    fn counted_phrase_before(&self, words: &[&str], tags: &[TagOut], last: usize) -> bool {
        for j in (0..last).rev() {
            match self.xpos(tags[j]) {
                "CD" => return counts_many(words[j]),
                "DT" if matches!(
                    words[j].to_lowercase().as_str(),
                    "several" | "both" | "many"
                ) =>
                {
                    return true
                }
                "JJ" | "JJR" | "NN" | "NNP" | "HYPH" | "VBN" => continue,
                _ => return false,
            }
        }
        false
    }
}

/// A cardinal that counts more than one thing: not "one", not a year
/// ("the 2026 budget sets limits").
fn counts_many(word: &str) -> bool {
    let lower = word.to_lowercase();
    if matches!(lower.as_str(), "one" | "1") {
        return false;
    }
    let year = word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("19") || word.starts_with("20"));
    !year
}

#[cfg(test)]
mod tests {
    use super::counts_many;

    #[test]
    fn years_and_one_count_no_plural() {
        assert!(counts_many("two"));
        assert!(counts_many("400"));
        assert!(!counts_many("one"));
        assert!(!counts_many("2026"));
    }
}
