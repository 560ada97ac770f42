//! Training copies of EWT sentences with hyphenated codes glued into one
//! word, as `sitrep-text` tokenizes them for news.
//!
//! EWT splits product and model codes at the hyphen (`F - 16`, `AK - 47`),
//! but the tokenizer keeps them whole (`F-16`, `Su-30SM`, `Zapad-2025`),
//! so without these copies the tagger never sees such a word and guesses
//! from its digit suffix (`Shield-2027` as a number, `Tor-M2K` as a
//! preposition).

use crate::corpus::{TreeSentence, TreeWord};

/// UD tags of a glued code: a name (`F-16` is a proper noun).
const CODE_UPOS: &str = "PROPN";
const CODE_XPOS: &str = "NNP";

/// A copy of `sentence` with every `Name - code` triple written without
/// spaces in its text glued into one word, or `None` when it has none.
pub(crate) fn glue_hyphenated_codes(sentence: &TreeSentence) -> Option<TreeSentence> {
    let text = sentence.text.as_deref()?;
    let words = &sentence.words;
    let mut out = Vec::with_capacity(words.len());
    let mut glued = false;
    let mut i = 0;
    while i < words.len() {
        if let [left, hyphen, right, ..] = &words[i..] {
            let joined = format!("{}-{}", left.form, right.form);
            if hyphen.form == "-" && is_code(&left.form, &right.form) && text.contains(&joined) {
                out.push(TreeWord {
                    form: joined,
                    lemma: String::new(),
                    upos: CODE_UPOS.into(),
                    xpos: CODE_XPOS.into(),
                    head: left.head,
                    deprel: left.deprel.clone(),
                });
                glued = true;
                i += 3;
                continue;
            }
        }
        out.push(words[i].clone());
        i += 1;
    }
    glued.then(|| TreeSentence {
        text: sentence.text.clone(),
        words: out,
    })
}

/// `F` + `16`, `Union` + `2027`, `Tor` + `M2K`: a capitalised alphanumeric
/// left part and an alphanumeric right part with a digit (what the
/// tokenizer keeps whole).
fn is_code(left: &str, right: &str) -> bool {
    let alnum = |s: &str| !s.is_empty() && s.chars().all(char::is_alphanumeric);
    alnum(left)
        && alnum(right)
        && left.chars().next().is_some_and(char::is_uppercase)
        && right.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(form: &str, upos: &str) -> TreeWord {
        TreeWord {
            form: form.into(),
            upos: upos.into(),
            ..TreeWord::default()
        }
    }

    #[test]
    fn glues_codes_written_without_spaces() {
        let sentence = TreeSentence {
            text: Some("an F-16 and a 2 - 3 win".into()),
            words: ["an", "F", "-", "16", "and", "a", "2", "-", "3", "win"]
                .iter()
                .map(|f| word(f, "X"))
                .collect(),
        };
        let glued = glue_hyphenated_codes(&sentence).map(|s| {
            s.words
                .iter()
                .map(|w| format!("{}/{}", w.form, w.upos))
                .collect::<Vec<_>>()
        });
        let expected = [
            "an/X",
            "F-16/PROPN",
            "and/X",
            "a/X",
            "2/X",
            "-/X",
            "3/X",
            "win/X",
        ];
        assert_eq!(
            glued,
            Some(expected.iter().map(|s| s.to_string()).collect())
        );
        let spaced = TreeSentence {
            text: Some("F - 16".into()),
            words: ["F", "-", "16"].iter().map(|f| word(f, "X")).collect(),
        };
        assert_eq!(glue_hyphenated_codes(&spaced), None);
    }
}
