//! CoNLL 2018 shared task evaluation of UD parses (the `conll18_ud_eval.py`
//! metrics), written from its published definition.
//!
//! Gold and system files must spell the same characters once whitespace is
//! removed; tokenization and sentence splitting may differ.
//!
//! - Tokens, Sentences: exact character-span matches, P/R/F1.
//! - Words: words aligned (see [`align`]): identical spans outside multiword
//!   tokens, LCS of lower-cased forms inside multiword regions.
//! - UPOS, XPOS, UFeats, AllTags, Lemmas, UAS, LAS, CLAS: over aligned words;
//!   precision = correct / system words, recall = correct / gold words, and
//!   `aligned_accuracy` = correct / aligned words. UFeats keeps only universal
//!   features; DEPREL is compared by its universal part (before `:`); a gold
//!   lemma `_` matches anything; a head matches when the system head word is
//!   aligned to the gold head word (or both are the root).

mod align;
#[cfg(test)]
mod tests;

pub use crate::conllu::{
    read_conllu, write_conllu, ConlluError, ConlluSentence, ConlluWord, MultiwordToken,
};

use align::{align_words, AlignWord};

/// Why two files cannot be evaluated against each other.
#[derive(Debug, thiserror::Error)]
pub enum UdError {
    #[error(
        "gold and system texts differ (whitespace ignored) at character {index}: \
         gold {gold:?}, system {system:?}"
    )]
    TextMismatch {
        index: usize,
        gold: String,
        system: String,
    },
    #[error("{side} sentence {sentence}: word {word} has head {head} beyond the sentence")]
    HeadOutOfRange {
        side: &'static str,
        sentence: usize,
        word: u32,
        head: u32,
    },
    #[error("{side} sentence {sentence}: multiword token {first}-{last} covers missing words")]
    BadMultiword {
        side: &'static str,
        sentence: usize,
        first: u32,
        last: u32,
    },
    #[error("{side} sentence {sentence}: word {word} has an empty form")]
    EmptyForm {
        side: &'static str,
        sentence: usize,
        word: u32,
    },
}

/// Counts behind one metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    pub gold: usize,
    pub system: usize,
    pub correct: usize,
    /// Aligned words considered (metrics over aligned words only).
    pub aligned: Option<usize>,
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.system)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        ratio(2 * self.correct, self.gold + self.system)
    }
    /// Correct over aligned words, for the metrics that have it.
    pub fn aligned_accuracy(&self) -> Option<f64> {
        self.aligned.map(|a| ratio(self.correct, a))
    }
}

/// All CoNLL 2018 metrics but MLAS and BLEX.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UdScores {
    pub tokens: Score,
    pub sentences: Score,
    pub words: Score,
    pub upos: Score,
    pub xpos: Score,
    pub ufeats: Score,
    pub alltags: Score,
    pub lemmas: Score,
    pub uas: Score,
    pub las: Score,
    pub clas: Score,
}

impl UdScores {
    /// Metric names and scores, in the evaluator's order.
    pub fn rows(&self) -> [(&'static str, Score); 11] {
        [
            ("Tokens", self.tokens),
            ("Sentences", self.sentences),
            ("Words", self.words),
            ("UPOS", self.upos),
            ("XPOS", self.xpos),
            ("UFeats", self.ufeats),
            ("AllTags", self.alltags),
            ("Lemmas", self.lemmas),
            ("UAS", self.uas),
            ("LAS", self.las),
            ("CLAS", self.clas),
        ]
    }

    /// A table like the official script's verbose output (percentages).
    pub fn table(&self) -> String {
        let mut out = String::from(
            "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n\
             -----------+-----------+-----------+-----------+-----------\n",
        );
        for (name, s) in self.rows() {
            let acc = s
                .aligned_accuracy()
                .map_or(String::new(), |a| format!("{:>9.2}", 100.0 * a));
            out.push_str(&format!(
                "{name:<11}|{:>10.2} |{:>10.2} |{:>10.2} | {acc}\n",
                100.0 * s.precision(),
                100.0 * s.recall(),
                100.0 * s.f1()
            ));
        }
        out
    }
}

/// Features the UFeats metric keeps (the UD universal features).
const UNIVERSAL_FEATURES: &[&str] = &[
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number",
    "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident",
    "Polarity", "Person", "Polite",
];

/// Relations counted by CLAS (content words).
const CONTENT_DEPRELS: &[&str] = &[
    "nsubj",
    "obj",
    "iobj",
    "csubj",
    "ccomp",
    "xcomp",
    "obl",
    "vocative",
    "expl",
    "dislocated",
    "advcl",
    "advmod",
    "discourse",
    "nmod",
    "appos",
    "nummod",
    "acl",
    "amod",
    "conj",
    "fixed",
    "flat",
    "compound",
    "list",
    "parataxis",
    "orphan",
    "goeswith",
    "reparandum",
    "root",
    "dep",
];

/// A word's syntactic head within one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    Root,
    Word(usize),
    /// `_` in the file: never matches.
    Missing,
}

/// What the metrics compare for one word.
struct EvalWord<'a> {
    word: &'a ConlluWord,
    head: Head,
    universal_deprel: &'a str,
    universal_feats: String,
}

/// One file flattened: whitespace-free characters, token and sentence spans, words.
struct Flat<'a> {
    chars: Vec<char>,
    tokens: Vec<(usize, usize)>,
    sentences: Vec<(usize, usize)>,
    align: Vec<AlignWord>,
    words: Vec<EvalWord<'a>>,
}

fn push_form(chars: &mut Vec<char>, form: &str) -> (usize, usize) {
    let start = chars.len();
    chars.extend(form.chars().filter(|c| !c.is_whitespace()));
    (start, chars.len())
}

fn flatten<'a>(sentences: &'a [ConlluSentence], side: &'static str) -> Result<Flat<'a>, UdError> {
    let mut flat = Flat {
        chars: Vec::new(),
        tokens: Vec::new(),
        sentences: Vec::new(),
        align: Vec::new(),
        words: Vec::new(),
    };
    for (sentence_index, sentence) in sentences.iter().enumerate() {
        let first_token = flat.tokens.len();
        let word_base = flat.words.len();
        let n = sentence.words.len();
        let mut mwts = sentence.multiword_tokens.iter().peekable();
        let mut i = 0;
        while i < n {
            let word = &sentence.words[i];
            if let Some(m) = mwts.next_if(|m| m.first == word.id) {
                let last = m.last as usize;
                if last > n || m.last < m.first {
                    let (first, last) = (m.first, m.last);
                    return Err(UdError::BadMultiword {
                        side,
                        sentence: sentence_index,
                        first,
                        last,
                    });
                }
                let (start, end) = push_form(&mut flat.chars, &m.form);
                if start == end {
                    let word = m.first;
                    return Err(UdError::EmptyForm {
                        side,
                        sentence: sentence_index,
                        word,
                    });
                }
                flat.tokens.push((start, end));
                for w in &sentence.words[i..last] {
                    flat.align.push(AlignWord {
                        start,
                        end,
                        is_multiword: true,
                        form_lower: w.form.to_lowercase(),
                    });
                }
                i = last;
            } else {
                let (start, end) = push_form(&mut flat.chars, &word.form);
                if start == end {
                    let word = word.id;
                    return Err(UdError::EmptyForm {
                        side,
                        sentence: sentence_index,
                        word,
                    });
                }
                flat.tokens.push((start, end));
                flat.align.push(AlignWord {
                    start,
                    end,
                    is_multiword: false,
                    form_lower: word.form.to_lowercase(),
                });
                i += 1;
            }
        }
        for word in &sentence.words {
            let head = match word.head {
                None => Head::Missing,
                Some(0) => Head::Root,
                Some(h) if (h as usize) <= n => Head::Word(word_base + h as usize - 1),
                Some(head) => {
                    let (sentence, word) = (sentence_index, word.id);
                    return Err(UdError::HeadOutOfRange {
                        side,
                        sentence,
                        word,
                        head,
                    });
                }
            };
            let universal_deprel = word.deprel.split(':').next().unwrap_or("");
            let mut feats: Vec<&str> = word
                .feats
                .split('|')
                .filter(|f| {
                    let name = f.split('=').next().unwrap_or("");
                    UNIVERSAL_FEATURES.contains(&name)
                })
                .collect();
            feats.sort_unstable();
            flat.words.push(EvalWord {
                word,
                head,
                universal_deprel,
                universal_feats: feats.join("|"),
            });
        }
        if flat.tokens.len() > first_token {
            let start = flat.tokens[first_token].0;
            let end = flat.tokens[flat.tokens.len() - 1].1;
            flat.sentences.push((start, end));
        }
    }
    Ok(flat)
}

/// Counts exact span matches between two ordered span lists.
fn spans_score(gold: &[(usize, usize)], system: &[(usize, usize)]) -> Score {
    let (mut gi, mut si, mut correct) = (0, 0, 0);
    while gi < gold.len() && si < system.len() {
        if system[si].0 < gold[gi].0 {
            si += 1;
        } else if gold[gi].0 < system[si].0 {
            gi += 1;
        } else {
            correct += usize::from(gold[gi].1 == system[si].1);
            gi += 1;
            si += 1;
        }
    }
    Score {
        gold: gold.len(),
        system: system.len(),
        correct,
        aligned: None,
    }
}

/// The head of a word expressed in gold word indices, for comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeadKey {
    Root,
    Gold(usize),
    /// Unaligned system head or missing head: equals nothing on the gold side.
    NoMatch,
    /// Missing gold head.
    GoldMissing,
}

/// Evaluates `system` against `gold` with the CoNLL 2018 metrics.
pub fn evaluate(gold: &[ConlluSentence], system: &[ConlluSentence]) -> Result<UdScores, UdError> {
    let g = flatten(gold, "gold")?;
    let s = flatten(system, "system")?;
    if g.chars != s.chars {
        let index = g
            .chars
            .iter()
            .zip(&s.chars)
            .take_while(|(a, b)| a == b)
            .count();
        let context = |chars: &[char]| chars.iter().skip(index).take(20).collect::<String>();
        return Err(UdError::TextMismatch {
            index,
            gold: context(&g.chars),
            system: context(&s.chars),
        });
    }
    let system_of_gold = align_words(&g.align, &s.align);
    let mut gold_of_system = vec![None; s.words.len()];
    for (gi, si) in system_of_gold.iter().enumerate() {
        if let Some(si) = si {
            gold_of_system[*si] = Some(gi);
        }
    }
    let pairs: Vec<(usize, usize)> = system_of_gold
        .iter()
        .enumerate()
        .filter_map(|(gi, si)| si.map(|si| (gi, si)))
        .collect();

    let gold_head = |gw: &EvalWord| match gw.head {
        Head::Root => HeadKey::Root,
        Head::Word(h) => HeadKey::Gold(h),
        Head::Missing => HeadKey::GoldMissing,
    };
    let system_head = |sw: &EvalWord| match sw.head {
        Head::Root => HeadKey::Root,
        Head::Word(h) => gold_of_system[h].map_or(HeadKey::NoMatch, HeadKey::Gold),
        Head::Missing => HeadKey::NoMatch,
    };

    let score = |matches: &dyn Fn(&EvalWord, &EvalWord) -> bool,
                 counts: &dyn Fn(&EvalWord) -> bool| {
        let mut aligned = 0;
        let mut correct = 0;
        for &(gi, si) in &pairs {
            let (gw, sw) = (&g.words[gi], &s.words[si]);
            if counts(gw) {
                aligned += 1;
                correct += usize::from(matches(gw, sw));
            }
        }
        Score {
            gold: g.words.iter().filter(|w| counts(w)).count(),
            system: s.words.iter().filter(|w| counts(w)).count(),
            correct,
            aligned: Some(aligned),
        }
    };
    let all = |_: &EvalWord| true;
    let content = |w: &EvalWord| CONTENT_DEPRELS.contains(&w.universal_deprel);
    let las = |gw: &EvalWord, sw: &EvalWord| {
        gold_head(gw) == system_head(sw) && gw.universal_deprel == sw.universal_deprel
    };

    Ok(UdScores {
        tokens: spans_score(&g.tokens, &s.tokens),
        sentences: spans_score(&g.sentences, &s.sentences),
        words: Score {
            gold: g.words.len(),
            system: s.words.len(),
            correct: pairs.len(),
            aligned: None,
        },
        upos: score(&|gw, sw| gw.word.upos == sw.word.upos, &all),
        xpos: score(&|gw, sw| gw.word.xpos == sw.word.xpos, &all),
        ufeats: score(&|gw, sw| gw.universal_feats == sw.universal_feats, &all),
        alltags: score(
            &|gw, sw| {
                gw.word.upos == sw.word.upos
                    && gw.word.xpos == sw.word.xpos
                    && gw.universal_feats == sw.universal_feats
            },
            &all,
        ),
        lemmas: score(
            &|gw, sw| gw.word.lemma == "_" || gw.word.lemma == sw.word.lemma,
            &all,
        ),
        uas: score(&|gw, sw| gold_head(gw) == system_head(sw), &all),
        las: score(&las, &all),
        clas: score(&las, &content),
    })
}
