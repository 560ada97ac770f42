#![allow(clippy::unwrap_used)] // tests may unwrap

use super::*;

fn sentences_of(text: &str) -> Vec<&str> {
    let (_, sentences) = tokenize_and_split(text);
    sentences
        .iter()
        .map(|s| &text[s.span.start..s.span.end])
        .collect()
}

fn check(text: &str, expected: &[&str]) {
    assert_eq!(sentences_of(text), expected, "splitting {text:?}");
}

#[test]
fn plain_sentences() {
    check(
        "The drills ended. Troops returned! Did they? Yes.",
        &["The drills ended.", "Troops returned!", "Did they?", "Yes."],
    );
}

#[test]
fn closing_quotes_after_the_period_belong_to_the_sentence() {
    check(
        "“We are ready.” Khrenin said so. «Это всё.» Then he left.",
        &[
            "“We are ready.”",
            "Khrenin said so.",
            "«Это всё.»",
            "Then he left.",
        ],
    );
    check(
        "He said: \"Go.\" They went.",
        &["He said: \"Go.\"", "They went."],
    );
    check(
        "Prosecutors said. \"He lied,\" he said.",
        &["Prosecutors said.", "\"He lied,\" he said."],
    );
    check("(See above.) Next.", &["(See above.)", "Next."]);
}

#[test]
fn speech_tags_after_a_closed_quotation_stay() {
    check(
        "“Who would pay?” he asks. “Nobody!” she said.",
        &["“Who would pay?” he asks.", "“Nobody!” she said."],
    );
}

#[test]
fn quotes_spanning_sentences_keep_inner_boundaries() {
    check(
        "“We met. We agreed,” he said. It rained.",
        &["“We met.", "We agreed,” he said.", "It rained."],
    );
}

#[test]
fn abbreviations_and_initials_do_not_end_sentences() {
    check(
        "Lt. Col. V. Ivanov met Gen. Smith on Jan. 5. They talked.",
        &[
            "Lt. Col. V. Ivanov met Gen. Smith on Jan. 5.",
            "They talked.",
        ],
    );
    check(
        "He moved to the U.S. The move was quick.",
        &["He moved to the U.S.", "The move was quick."],
    );
    check(
        "Troops from the U.S. Army came.",
        &["Troops from the U.S. Army came."],
    );
}

#[test]
fn headline_lines_without_final_punctuation_end_at_the_newline() {
    check(
        "Belarus and Russia hold talks\nMinsk hosted the meeting on Monday.\n\nSecond part here",
        &[
            "Belarus and Russia hold talks",
            "Minsk hosted the meeting on Monday.",
            "Second part here",
        ],
    );
    // A hard-wrapped sentence continues across the newline.
    check(
        "The minister said that\nthe talks went well.",
        &["The minister said that\nthe talks went well."],
    );
}

#[test]
fn lists_and_ellipses() {
    check("Items:\n- tanks\n- guns", &["Items:", "- tanks", "- guns"]);
    check(
        "Well... maybe not. We waited… The convoy never came.",
        &["Well... maybe not.", "We waited…", "The convoy never came."],
    );
    check(
        "\"Keep audiences growing... we need partners,\" he said.",
        &["\"Keep audiences growing... we need partners,\" he said."],
    );
}

#[test]
fn news_quotations_spanning_sentences_keep_the_closing_quote() {
    check(
        "“The drills are over. Troops will return to their bases,” the minister added. Talks resume on Monday.",
        &[
            "“The drills are over.",
            "Troops will return to their bases,” the minister added.",
            "Talks resume on Monday.",
        ],
    );
    check(
        "\"We have tried everything.\" The site closed. \"[It] will inspire us,\" she added.",
        &[
            "\"We have tried everything.\"",
            "The site closed.",
            "\"[It] will inspire us,\" she added.",
        ],
    );
}

#[test]
fn news_names_and_abbreviations_inside_sentences_stay_whole() {
    check(
        "China's Baoshan Iron and Steel Co. said it was delaying a share sale.",
        &["China's Baoshan Iron and Steel Co. said it was delaying a share sale."],
    );
    check(
        "Halo, The Sims and Burnout sold well. Poland - a large EU member - asked for time.",
        &[
            "Halo, The Sims and Burnout sold well.",
            "Poland - a large EU member - asked for time.",
        ],
    );
    check(
        "On the question of secrecy, Tory Foreign Secretary Jack Straw said nothing.",
        &["On the question of secrecy, Tory Foreign Secretary Jack Straw said nothing."],
    );
}

#[test]
fn the_model_file_round_trips_and_rejects_garbage() {
    let model = BoundaryModel::embedded().unwrap();
    assert!(model.non_zero() > 1000);
    let bytes = model.to_bytes();
    let back = BoundaryModel::from_bytes(&bytes).unwrap();
    assert_eq!(back.to_bytes(), bytes);
    assert!(matches!(
        BoundaryModel::from_bytes(b"NOTAMODEL"),
        Err(ModelError::BadMagic)
    ));
    assert!(matches!(
        BoundaryModel::from_bytes(&bytes[..bytes.len() - 3]),
        Err(ModelError::Truncated(_))
    ));
}

#[test]
fn token_ranges_cover_all_tokens() {
    let text = "One. Two three.\n\nFour";
    let (tokens, sentences) = tokenize_and_split(text);
    assert_eq!(sentences.first().map(|s| s.tokens.0), Some(0));
    assert_eq!(
        sentences.last().map(|s| s.tokens.1),
        Some(tokens.len() as u32)
    );
    for pair in sentences.windows(2) {
        assert_eq!(pair[0].tokens.1, pair[1].tokens.0);
    }
    assert!(split_sentences("", &[]).is_empty());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sentences_partition_the_tokens(text in "[a-zA-Z .,!?'\"“”()\n:;…-]{0,80}") {
            let (tokens, sentences) = tokenize_and_split(&text);
            let mut next = 0u32;
            for s in &sentences {
                prop_assert_eq!(s.tokens.0, next);
                prop_assert!(s.tokens.1 > s.tokens.0);
                prop_assert_eq!(s.span.start, tokens[s.tokens.0 as usize].span.start);
                prop_assert_eq!(s.span.end, tokens[s.tokens.1 as usize - 1].span.end);
                next = s.tokens.1;
            }
            prop_assert_eq!(next as usize, tokens.len());
        }
    }
}

#[test]
fn sentence_final_abbreviations_give_their_period_to_the_sentence() {
    let text = "Tanks, guns etc. The U.S. Army came at 5 p.m. Then Acme Inc. said no.";
    let (tokens, sentences) = tokenize_and_split(text);
    let forms: Vec<&str> = tokens
        .iter()
        .map(|t| &text[t.span.start..t.span.end])
        .collect();
    assert_eq!(&forms[..6], &["Tanks", ",", "guns", "etc", ".", "The"]);
    assert!(forms.contains(&"U.S."), "{forms:?}");
    let pm = forms.iter().position(|&f| f == "p.m").unwrap();
    assert_eq!(forms[pm + 1], ".");
    assert!(
        forms.contains(&"Inc."),
        "mid-sentence `Inc.` stays whole: {forms:?}"
    );
    let texts: Vec<&str> = sentences
        .iter()
        .map(|s| &text[s.span.start..s.span.end])
        .collect();
    assert_eq!(
        texts,
        [
            "Tanks, guns etc.",
            "The U.S. Army came at 5 p.m.",
            "Then Acme Inc. said no."
        ]
    );
    for s in &sentences {
        let (first, end) = (s.tokens.0 as usize, s.tokens.1 as usize);
        assert_eq!(tokens[first].span.start, s.span.start);
        assert_eq!(tokens[end - 1].span.end, s.span.end);
    }
}

#[test]
fn a_bare_period_before_a_capital_always_ends_the_sentence() {
    check(
        "Britain lost the contest 3-2. Henman had little luck. Scott was 5-2. Owen won.",
        &[
            "Britain lost the contest 3-2.",
            "Henman had little luck.",
            "Scott was 5-2.",
            "Owen won.",
        ],
    );
    check(
        "They reflect a truth through their art forms.'\" She said no.",
        &[
            "They reflect a truth through their art forms.'\"",
            "She said no.",
        ],
    );
}

#[test]
fn news_layouts_the_treebank_never_shows() {
    // A footnote marker stays with the sentence it annotates.
    check(
        "The drills began on May 4.[2] Kyiv protested on May 6.[3] \"We object,\" it said.",
        &[
            "The drills began on May 4.[2]",
            "Kyiv protested on May 6.[3]",
            "\"We object,\" it said.",
        ],
    );
    // A dash after a sentence end opens the next quoted sentence.
    check(
        "– We are ready, – the general said. – Our answer will be firm.",
        &[
            "– We are ready, – the general said.",
            "– Our answer will be firm.",
        ],
    );
    // “ closes a quotation opened with „.
    check(
        "„We build the parts here.“\n\nThe plant opened in May.",
        &["„We build the parts here.“", "The plant opened in May."],
    );
    // The bare wire dateline is part of the first sentence.
    check(
        "MINSK. 7 July (Interfax-West) - The agreement took effect.",
        &["MINSK. 7 July (Interfax-West) - The agreement took effect."],
    );
}
