//! A fronted adjunct that swallowed the sentence.
//!
//! "On 20 April, a command-staff exercise … began in …": news wires open
//! sentences with a date or place phrase far more often than the web text
//! the parser learned from, and the greedy parser sometimes makes the
//! number or noun of that phrase the root, hanging the real clause off it
//! (the verb as a relative clause of the subject). When the root lies in
//! an opening prepositional phrase closed by a comma and the words after
//! the comma hold a verb, the clause after the comma is parsed on
//! its own and the phrase attached to its root, as UD attaches a fronted
//! adjunct.

use super::Arc;

/// Words after a comma that continue the opening phrase instead of
/// starting the clause ("During the stage, which began …, the units …").
fn continues_phrase(word: &str, xpos: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "which" | "who" | "whom" | "whose" | "where" | "when" | "that"
    ) || matches!(xpos, "VBN" | "VBG")
}

/// Where the opening phrase ends: the comma after it, when the sentence
/// opens with a preposition and the comma comes early.
fn phrase_end(words: &[&str], upos: &[&str], xpos: &[&str]) -> Option<usize> {
    // "According to X," is a fronted phrase too, though "according" is
    // tagged as a verb.
    let according = words.len() > 2
        && words[0].eq_ignore_ascii_case("according")
        && words[1].eq_ignore_ascii_case("to");
    if upos.first() != Some(&"ADP") && !according {
        return None;
    }
    let comma_from = |from: usize| (from..words.len().min(26)).find(|&i| words[i] == ",");
    let first = comma_from(1).filter(|&c| c < 10)?;
    match words.get(first + 1) {
        Some(next) if continues_phrase(next, xpos[first + 1]) => comma_from(first + 1),
        _ => Some(first),
    }
}

/// The span of words `(comma + 1)..n` to parse again, when the parse in
/// `arcs` put its root before the comma that closes an opening phrase,
/// on a word that is not a verb.
pub(crate) fn clause_to_reparse(
    words: &[&str],
    upos: &[&str],
    xpos: &[&str],
    arcs: &[Arc<'_>],
) -> Option<usize> {
    let comma = phrase_end(words, upos, xpos)?;
    let root = arcs
        .iter()
        .position(|a| a.head.is_none() && a.deprel == "root")?;
    // Any verb will do: the tagger takes many a past tense for a participle
    // ("the units conducted live firing").
    let finite = xpos[comma + 1..]
        .iter()
        .any(|x| x.starts_with("VB") || *x == "MD");
    let clause_words = words.len() - comma - 1;
    let root_in_phrase = root < comma && !matches!(upos[root], "VERB" | "AUX");
    // "In the advert he declares, '…'": a clause of its own before the
    // comma, whose quotation rightly hangs on it.
    let verbless_phrase = !(2..comma).any(|i| matches!(upos[i], "VERB" | "AUX"));
    let glued = verbless_phrase && glued_to_phrase(upos, arcs, comma);
    (finite && clause_words >= 3 && (root_in_phrase || glued)).then_some(comma)
}

/// The clause after the comma hangs on the phrase, or the phrase holds the
/// clause's subject or object: "According to Sytnyk, units … are returning"
/// parsed with "Sytnyk" as the subject and "units" as its conjunct.
fn glued_to_phrase(upos: &[&str], arcs: &[Arc<'_>], comma: usize) -> bool {
    let in_phrase = |h: Option<u32>| h.is_some_and(|h| (h as usize) < comma);
    let clause_hangs_on_phrase =
        (comma + 1..arcs.len()).any(|i| upos[i] != "PUNCT" && in_phrase(arcs[i].head));
    let phrase_is_argument = (0..comma).any(|i| {
        !in_phrase(arcs[i].head)
            && matches!(arcs[i].deprel, "nsubj" | "nsubj:pass" | "obj" | "conj")
    });
    clause_hangs_on_phrase || phrase_is_argument
}

/// Joins the opening phrase's own arcs (`arcs[..comma]`) with the clause
/// parsed alone (`clause`, heads relative to `comma + 1`): the phrase's
/// head becomes an `obl` (or `advcl`, `advmod`) of the clause's root, the
/// comma its `punct`.
pub(crate) fn join<'p>(
    arcs: &[Arc<'p>],
    clause: &[Arc<'p>],
    comma: usize,
    upos: &[&str],
) -> Vec<Arc<'p>> {
    let offset = comma as u32 + 1;
    let Some(clause_root) = clause
        .iter()
        .position(|a| a.head.is_none() && a.deprel == "root")
    else {
        return arcs.to_vec();
    };
    let new_root = offset + clause_root as u32;
    let in_phrase = |h: Option<u32>| h.is_some_and(|h| (h as usize) < comma);
    // The phrase's head: the old root, or the word whose head left the phrase.
    let phrase_head = (0..comma).find(|&i| !in_phrase(arcs[i].head)).unwrap_or(0);
    let mut out = Vec::with_capacity(arcs.len());
    for (i, arc) in arcs.iter().enumerate().take(comma) {
        out.push(if i == phrase_head {
            let deprel = match upos[i] {
                "NOUN" | "PROPN" | "NUM" | "PRON" => "obl",
                "VERB" => "advcl",
                _ => "advmod",
            };
            Arc {
                head: Some(new_root),
                deprel,
            }
        } else if in_phrase(arc.head) {
            *arc
        } else {
            Arc {
                head: Some(phrase_head as u32),
                deprel: arc.deprel,
            }
        });
    }
    out.push(Arc {
        head: Some(new_root),
        deprel: "punct",
    });
    let clause_start = out.len();
    out.extend(clause.iter().map(|a| Arc {
        head: a.head.map(|h| h + offset),
        deprel: a.deprel,
    }));
    number_before_subject(&mut out[clause_start..], &upos[clause_start..], offset);
    out
}

/// "eight Polonez-M launchers were handed over" parsed alone, with "eight"
/// as a second subject of the verb: a clause has one subject, and a number
/// right before it counts it. `clause` holds the clause's arcs, whose heads
/// count from `offset` words before it.
fn number_before_subject(clause: &mut [Arc<'_>], upos: &[&str], offset: u32) {
    let subject = |a: &Arc<'_>| matches!(a.deprel, "nsubj" | "nsubj:pass");
    let Some(first) = clause.first().copied() else {
        return;
    };
    if upos.first() != Some(&"NUM") || !subject(&first) {
        return;
    }
    let second =
        (1..clause.len().min(5)).find(|&i| subject(&clause[i]) && clause[i].head == first.head);
    if let Some(noun) = second {
        clause[0] = Arc {
            head: Some(offset + noun as u32),
            deprel: "nummod",
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arc(head: Option<u32>, deprel: &'static str) -> Arc<'static> {
        Arc { head, deprel }
    }

    #[test]
    fn a_root_in_the_opening_phrase_sends_the_clause_to_be_parsed_again() {
        let words = ["On", "Monday", ",", "the", "unit", "arrived", "."];
        let upos = ["ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"];
        let xpos = ["IN", "NNP", ",", "DT", "NN", "VBD", "."];
        let bad = [
            arc(Some(1), "case"),
            arc(None, "root"),
            arc(Some(1), "punct"),
            arc(Some(4), "det"),
            arc(Some(1), "appos"),
            arc(Some(4), "acl:relcl"),
            arc(Some(1), "punct"),
        ];
        assert_eq!(clause_to_reparse(&words, &upos, &xpos, &bad), Some(2));
        let clause = [
            arc(Some(1), "det"),
            arc(Some(2), "nsubj"),
            arc(None, "root"),
            arc(Some(2), "punct"),
        ];
        let joined = join(&bad, &clause, 2, &upos);
        let heads: Vec<Option<u32>> = joined.iter().map(|a| a.head).collect();
        assert_eq!(
            heads,
            [Some(1), Some(5), Some(5), Some(4), Some(5), None, Some(5)]
        );
        assert_eq!(joined[1].deprel, "obl");
        // A good parse is left alone.
        let good = [
            arc(Some(1), "case"),
            arc(Some(5), "obl"),
            arc(Some(5), "punct"),
            arc(Some(4), "det"),
            arc(Some(5), "nsubj"),
            arc(None, "root"),
            arc(Some(5), "punct"),
        ];
        assert_eq!(clause_to_reparse(&words, &upos, &xpos, &good), None);
    }

    #[test]
    fn an_according_to_phrase_holding_the_subject_is_parsed_apart() {
        let words = [
            "According",
            "to",
            "Ivanov",
            ",",
            "units",
            "are",
            "returning",
            ".",
        ];
        let upos = [
            "VERB", "ADP", "PROPN", "PUNCT", "NOUN", "AUX", "VERB", "PUNCT",
        ];
        let xpos = ["VBG", "IN", "NNP", ",", "NNS", "VBP", "VBG", "."];
        // "Ivanov" read as the subject and "units" as its conjunct.
        let glued = [
            arc(Some(2), "case"),
            arc(Some(0), "fixed"),
            arc(Some(6), "nsubj"),
            arc(Some(4), "punct"),
            arc(Some(2), "conj"),
            arc(Some(6), "aux"),
            arc(None, "root"),
            arc(Some(6), "punct"),
        ];
        assert_eq!(clause_to_reparse(&words, &upos, &xpos, &glued), Some(3));
        // A clause before the comma keeps its own parse ("In the advert he
        // declares, ...").
        let words = [
            "In", "it", "he", "declares", ",", "we", "must", "serve", ".",
        ];
        let upos = [
            "ADP", "PRON", "PRON", "VERB", "PUNCT", "PRON", "AUX", "VERB", "PUNCT",
        ];
        let xpos = ["IN", "PRP", "PRP", "VBZ", ",", "PRP", "MD", "VB", "."];
        let clause_first = [
            arc(Some(1), "case"),
            arc(Some(3), "obl"),
            arc(Some(3), "nsubj"),
            arc(None, "root"),
            arc(Some(3), "punct"),
            arc(Some(7), "nsubj"),
            arc(Some(7), "aux"),
            arc(Some(3), "ccomp"),
            arc(Some(3), "punct"),
        ];
        assert_eq!(clause_to_reparse(&words, &upos, &xpos, &clause_first), None);
    }

    #[test]
    fn a_number_read_as_a_second_subject_counts_the_subject() {
        // "eight launchers were handed over"
        let upos = ["NUM", "NOUN", "AUX", "VERB", "ADP"];
        let clause = [
            arc(Some(3), "nsubj:pass"),
            arc(Some(3), "nsubj:pass"),
            arc(Some(3), "aux:pass"),
            arc(None, "root"),
            arc(Some(3), "compound:prt"),
        ];
        let mut fixed = clause;
        number_before_subject(&mut fixed, &upos, 0);
        assert_eq!((fixed[0].head, fixed[0].deprel), (Some(1), "nummod"));
        assert_eq!(fixed[1..], clause[1..]);
    }

    #[test]
    fn a_relative_clause_after_the_first_comma_belongs_to_the_phrase() {
        let words = [
            "During", "the", "stage", ",", "which", "began", ",", "units", "fired", ".",
        ];
        let upos = [
            "ADP", "DET", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT",
        ];
        let xpos = ["IN", "DT", "NN", ",", "WDT", "VBD", ",", "NNS", "VBD", "."];
        assert_eq!(phrase_end(&words, &upos, &xpos), Some(6));
        // No opening preposition, nothing to repair.
        assert_eq!(phrase_end(&words[1..], &upos[1..], &xpos[1..]), None);
    }
}
