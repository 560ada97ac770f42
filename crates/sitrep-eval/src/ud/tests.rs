#![allow(clippy::unwrap_used)] // tests unwrap their fixtures

use super::*;

fn parse(text: &str) -> Vec<ConlluSentence> {
    read_conllu(text.as_bytes()).unwrap()
}

/// Builds a sentence from `(form, upos, head, deprel)` rows; `"a b"` in a
/// form with `+` (`do+n't`) makes a multiword token of the parts.
fn conllu(sentences: &[&[(&str, &str, u32, &str)]]) -> String {
    let mut out = String::new();
    for rows in sentences {
        let mut id = 1;
        let mut body = String::new();
        for &(form, upos, head, deprel) in rows.iter() {
            let parts: Vec<&str> = form.split('+').collect();
            if parts.len() > 1 {
                let surface: String = parts.concat();
                body.push_str(&format!(
                    "{id}-{}\t{surface}\t_\t_\t_\t_\t_\t_\t_\t_\n",
                    id + parts.len() - 1
                ));
                for (k, part) in parts.iter().enumerate() {
                    let head = if k == 0 { head } else { id as u32 };
                    body.push_str(&format!(
                        "{}\t{part}\t{part}\t{upos}\t_\t_\t{head}\t{deprel}\t_\t_\n",
                        id + k
                    ));
                }
                id += parts.len();
            } else {
                body.push_str(&format!(
                    "{id}\t{form}\t{form}\t{upos}\tX\t_\t{head}\t{deprel}\t_\t_\n"
                ));
                id += 1;
            }
        }
        out.push_str(&body);
        out.push('\n');
    }
    out
}

fn f1(s: Score) -> f64 {
    (s.f1() * 1000.0).round() / 1000.0
}

const GOLD: &[&[(&str, &str, u32, &str)]] = &[
    &[
        ("I", "PRON", 2, "nsubj"),
        ("like", "VERB", 0, "root"),
        ("ice-cream", "NOUN", 2, "obj"),
        (".", "PUNCT", 2, "punct"),
    ],
    &[
        ("It", "PRON", 2, "nsubj"),
        ("rained", "VERB", 0, "root"),
        ("today", "NOUN", 2, "obl:tmod"),
    ],
    &[("We", "PRON", 2, "nsubj"), ("left", "VERB", 0, "root")],
];

#[test]
fn identical_files_score_100_everywhere() {
    let gold = parse(&conllu(GOLD));
    let scores = evaluate(&gold, &gold).unwrap();
    for (name, score) in scores.rows() {
        assert_eq!(score.f1(), 1.0, "{name}");
    }
    assert_eq!(scores.tokens.gold, 9);
    assert_eq!(scores.sentences.gold, 3);
}

#[test]
fn a_token_split_differently() {
    let gold = parse(&conllu(GOLD));
    let mut sys_rows: Vec<Vec<(&str, &str, u32, &str)>> = GOLD.iter().map(|s| s.to_vec()).collect();
    sys_rows[0] = vec![
        ("I", "PRON", 2, "nsubj"),
        ("like", "VERB", 0, "root"),
        ("ice", "NOUN", 2, "obj"),
        ("-", "PUNCT", 5, "punct"),
        ("cream", "NOUN", 3, "compound"),
        (".", "PUNCT", 2, "punct"),
    ];
    let refs: Vec<&[(&str, &str, u32, &str)]> = sys_rows.iter().map(|s| s.as_slice()).collect();
    let system = parse(&conllu(&refs));
    let scores = evaluate(&gold, &system).unwrap();
    // Gold 9 tokens, system 11, 8 identical.
    assert_eq!(
        (
            scores.tokens.gold,
            scores.tokens.system,
            scores.tokens.correct
        ),
        (9, 11, 8)
    );
    assert_eq!(f1(scores.tokens), 0.8);
    assert_eq!(scores.words.correct, 8);
    assert_eq!(scores.sentences.f1(), 1.0);
    // All 8 aligned words keep their heads: `like` is aligned in both files.
    assert_eq!(scores.uas.correct, 8);
    assert_eq!(scores.uas.aligned_accuracy(), Some(1.0));
}

#[test]
fn a_sentence_boundary_placed_differently() {
    let gold = parse(&conllu(GOLD));
    let merged: Vec<(&str, &str, u32, &str)> = GOLD[1]
        .iter()
        .copied()
        .chain(
            GOLD[2]
                .iter()
                .map(|&(f, u, h, d)| (f, u, if h == 0 { 2 } else { h + 3 }, d)),
        )
        .collect();
    let system = parse(&conllu(&[GOLD[0], &merged]));
    let scores = evaluate(&gold, &system).unwrap();
    assert_eq!(
        (
            scores.sentences.gold,
            scores.sentences.system,
            scores.sentences.correct
        ),
        (3, 2, 1)
    );
    assert_eq!(f1(scores.sentences), 0.4);
    assert_eq!(scores.tokens.f1(), 1.0);
    // `left` now hangs off `rained`: one head and one label wrong.
    assert_eq!(scores.uas.correct, 8);
    assert_eq!(scores.las.correct, 8);
}

#[test]
fn multiword_tokens_align_their_words() {
    let gold = parse(&conllu(&[&[
        ("I", "PRON", 4, "nsubj"),
        ("do+n't", "AUX", 4, "aux"),
        ("know", "VERB", 0, "root"),
    ]]));
    let system = parse(&conllu(&[&[
        ("I", "PRON", 4, "nsubj"),
        ("do", "AUX", 4, "aux"),
        ("n't", "AUX", 4, "advmod"),
        ("know", "VERB", 0, "root"),
    ]]));
    let scores = evaluate(&gold, &system).unwrap();
    // Tokens: gold `don't` is one token, the system has two.
    assert_eq!(
        (
            scores.tokens.gold,
            scores.tokens.system,
            scores.tokens.correct
        ),
        (3, 4, 2)
    );
    // Words: all four align (`do`, `n't` by LCS inside the multiword token).
    assert_eq!(scores.words.correct, 4);
    assert_eq!(scores.words.f1(), 1.0);
    // Gold `n't` hangs off `do` (word 2); the system's off `know`.
    assert_eq!(scores.uas.correct, 3);
}

#[test]
fn las_compares_universal_deprels_and_lemma_underscore_matches() {
    let gold = parse(
        "1\tHi\t_\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tnow\tnow\tADV\tRB\t_\t1\tobl:tmod\t_\t_\n\n",
    );
    let system =
        parse("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tnow\tnow\tADV\tRB\t_\t1\tobl\t_\t_\n\n");
    let scores = evaluate(&gold, &system).unwrap();
    assert_eq!(scores.las.f1(), 1.0);
    assert_eq!(scores.lemmas.f1(), 1.0);
}

#[test]
fn different_texts_are_an_error() {
    let gold = parse("1\tHi\t_\t_\t_\t_\t0\troot\t_\t_\n\n");
    let system = parse("1\tHo\t_\t_\t_\t_\t0\troot\t_\t_\n\n");
    assert!(matches!(
        evaluate(&gold, &system),
        Err(UdError::TextMismatch { index: 1, .. })
    ));
}

#[test]
fn reader_keeps_comments_multiword_tokens_and_round_trips() {
    let text = "# newdoc id = d1\n# sent_id = s1\n# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    let sentences = parse(text);
    assert_eq!(sentences.len(), 1);
    let s = &sentences[0];
    assert!(s.newdoc && !s.newpar);
    assert_eq!(s.sent_id.as_deref(), Some("s1"));
    assert_eq!(s.text.as_deref(), Some("I don't."));
    assert_eq!(s.words.len(), 4);
    assert_eq!(s.multiword_tokens[0].form, "don't");
    assert_eq!(
        s.surface_tokens(),
        vec![("I", false), ("don't", true), (".", false)]
    );
    let mut written = Vec::new();
    write_conllu(&mut written, &sentences).unwrap();
    let again = read_conllu(written.as_slice()).unwrap();
    assert_eq!(again, sentences);
}

#[test]
fn reader_reports_malformed_lines() {
    assert!(matches!(
        read_conllu("1\tonly\n\n".as_bytes()),
        Err(ConlluError::Columns { line: 1, found: 2 })
    ));
    let bad_head = "1\tHi\t_\t_\t_\t_\tx\troot\t_\t_\n";
    assert!(matches!(
        read_conllu(bad_head.as_bytes()),
        Err(ConlluError::Field { what: "head", .. })
    ));
}
