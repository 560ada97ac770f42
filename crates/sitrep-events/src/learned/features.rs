//! Features of one token for the trigger classifier: the word, its place
//! in the tree and the words around it. Everything is read from the
//! sentence view, so training and run time see the same parse.

use sitrep_model::FeatureHasher;

use crate::view::SentenceView;

/// Relations of a candidate's children whose words are features
/// ("the recent visit", "Putin's visit", "will meet").
const CHILD_WORDS: &[&str] = &[
    "det", "amod", "nmod", "case", "aux", "advmod", "nummod", "compound", "mark", "cop",
];

/// Whether the classifier considers the token at all: content words only.
pub(crate) fn is_candidate(view: &SentenceView, i: usize) -> bool {
    matches!(view.upos(i), "NOUN" | "VERB" | "PROPN" | "ADJ")
}

/// Tokens inside the sentence's date expressions, looked up once per
/// sentence for [`features`].
pub(crate) fn date_tokens(view: &SentenceView) -> Vec<usize> {
    view.dates()
        .iter()
        .flat_map(|t| view.tokens_in(t.span))
        .collect()
}

/// The hashed features of token `i`; `dates` are the sentence's
/// [`date_tokens`].
pub(crate) fn features(view: &SentenceView, i: usize, dates: &[usize], out: &mut Vec<u64>) {
    out.clear();
    let mut template = 0u32;
    let mut add = |parts: &[&str]| {
        template += 1;
        let mut h = FeatureHasher::new(template);
        for p in parts {
            h = h.str(p);
        }
        out.push(h.finish());
    };
    let lemma = view.lemma(i);
    let upos = view.upos(i);
    let rel = view.full_rel(i);
    let form = view.form(i);
    let lower = form.to_lowercase();
    let suffix: String = {
        let chars: Vec<char> = lemma.chars().collect();
        chars[chars.len().saturating_sub(3)..].iter().collect()
    };
    add(&["bias"]);
    add(&[lemma]);
    add(&[lemma, upos]);
    add(&[&lower]);
    add(&[view.xpos(i)]);
    add(&[upos, rel]);
    add(&[lemma, rel]);
    add(&[&suffix, upos]);
    let capitalised = form.starts_with(|c: char| c.is_uppercase());
    let first = i == view.lo;
    add(&[upos, if capitalised && !first { "cap" } else { "low" }]);
    add(&[lemma, view.case_of(i).as_deref().unwrap_or("-")]);
    match view.head(i) {
        Some(h) => {
            let head_lemma = view.lemma(h);
            add(&["head", head_lemma]);
            add(&["head", head_lemma, rel]);
            add(&["head", head_lemma, lemma]);
            add(&["head pos", view.upos(h), rel]);
            add(&["head rel", view.full_rel(h), rel]);
        }
        None => add(&["root", upos]),
    }
    for &k in view.kids(i) {
        let kid_rel = view.full_rel(k);
        add(&["kid", kid_rel]);
        add(&["kid", kid_rel, lemma]);
        if CHILD_WORDS.contains(&view.rel(k)) {
            add(&["kid word", kid_rel, view.lemma(k)]);
        }
        if let Some(e) = view.entity(k) {
            add(&["kid entity", kid_rel, e.label.as_str()]);
            add(&["kid entity", kid_rel, e.label.as_str(), lemma]);
        }
        if view.upos(k) == "PRON" {
            add(&["kid pron", kid_rel]);
        }
    }
    // Dates below the word ("the 2000 deal", "met on Monday").
    let dated = dates.iter().any(|&d| d != i && view.descends_from(d, i));
    add(&["dated", if dated { "y" } else { "n" }, upos]);
    let word = |t: Option<usize>| t.map_or("<s>", |t| view.lemma(t));
    let before = (i > view.lo).then(|| i - 1);
    let after = (i + 1 < view.hi).then_some(i + 1);
    let before2 = (i > view.lo + 1).then(|| i - 2);
    add(&["w-1", word(before)]);
    add(&["w+1", word(after)]);
    add(&["w-1 w0", word(before), lemma]);
    add(&["w0 w+1", lemma, word(after)]);
    add(&["w-2 w-1", word(before2), word(before)]);
    add(&["p-1", before.map_or("<s>", |t| view.upos(t)), upos]);
}
