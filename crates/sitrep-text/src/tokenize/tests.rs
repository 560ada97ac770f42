use super::*;

fn forms(text: &str) -> Vec<&str> {
    tokenize(text)
        .iter()
        .map(|t| &text[t.span.start..t.span.end])
        .collect()
}

fn check(text: &str, expected: &[&str]) {
    assert_eq!(forms(text), expected, "tokenizing {text:?}");
}

#[test]
fn military_titles_initials_and_product_names() {
    check(
        "Lt. Col. V. Ivanov said the Su-30SM and Polonez-M took part in West-2025.",
        &[
            "Lt.",
            "Col.",
            "V.",
            "Ivanov",
            "said",
            "the",
            "Su-30SM",
            "and",
            "Polonez-M",
            "took",
            "part",
            "in",
            "West-2025",
            ".",
        ],
    );
}

#[test]
fn clitics_are_split_ptb_style() {
    check("I don't know.", &["I", "do", "n't", "know", "."]);
    check("John's car", &["John", "'s", "car"]);
    check(
        "we'll see, I'm sure",
        &["we", "'ll", "see", ",", "I", "'m", "sure"],
    );
    check(
        "They can't, won't",
        &["They", "ca", "n't", ",", "wo", "n't"],
    );
    check("It’s Khrenin’s", &["It", "’s", "Khrenin", "’s"]);
    check("I cannot, gonna", &["I", "can", "not", ",", "gon", "na"]);
    check("O'Brien's", &["O'Brien", "'s"]);
}

#[test]
fn abbreviations_and_dotted_acronyms_keep_their_period() {
    check(
        "Gen. Smith, Mr. Li and Dr. Roe met on Jan. 5 in the U.S.",
        &[
            "Gen.", "Smith", ",", "Mr.", "Li", "and", "Dr.", "Roe", "met", "on", "Jan.", "5", "in",
            "the", "U.S.",
        ],
    );
    check("No. 7, e.g. this", &["No.", "7", ",", "e.g.", "this"]);
    check("at 5 p.m. today", &["at", "5", "p.m.", "today"]);
    check("He said so.", &["He", "said", "so", "."]);
    check("and I.", &["and", "I", "."]);
    check("etc...", &["etc", "..."]);
    check(
        "No. 5 but No. And No.",
        &["No.", "5", "but", "No", ".", "And", "No", "."],
    );
    check("Plan X.\nV. Ivanov", &["Plan", "X", ".", "V.", "Ivanov"]);
    check(
        "b/c w/o it, w/ him",
        &["b/c", "w/o", "it", ",", "w/", "him"],
    );
    check("Why.? Now!.", &["Why", ".?", "Now", "!."]);
}

#[test]
fn numbers_with_separators_stay_whole() {
    check("60,000 troops", &["60,000", "troops"]);
    check(
        "on 13.12.2023 at 10:30",
        &["on", "13.12.2023", "at", "10:30"],
    );
    check("3.5 km, 15%", &["3.5", "km", ",", "15", "%"]);
    check("$1,200.50", &["$", "1,200.50"]);
    check(
        "7,5 mm and 375mm, 70k",
        &["7,5", "mm", "and", "375", "mm", ",", "70", "k"],
    );
    check("call +1 555", &["call", "+1", "555"]);
    check("on 11/28/2000", &["on", "11/28/2000"]);
    check("at 3pm", &["at", "3", "pm"]);
    check("3days 16.3hh", &["3", "days", "16.3", "hh"]);
    check(
        "21st 1970s 80s 24C 4G",
        &["21st", "1970s", "80s", "24C", "4G"],
    );
    check("see .doc or .pdf", &["see", ".doc", "or", ".pdf"]);
}

#[test]
fn hyphens_follow_ewt_but_keep_product_names() {
    check("2026-2030", &["2026", "-", "2030"]);
    check("Mexican-American", &["Mexican", "-", "American"]);
    check("e-mail co-workers", &["e-mail", "co-workers"]);
    check("call 713-853-3989", &["call", "713-853-3989"]);
    check("F-16 MiG-29 COVID-19", &["F-16", "MiG-29", "COVID-19"]);
    check("a 24-hour shift", &["a", "24", "-", "hour", "shift"]);
}

#[test]
fn quotes_and_dashes_are_separate() {
    check("“Yes,” he said", &["“", "Yes", ",", "”", "he", "said"]);
    check(
        "«Нет» „ja“ ‘so’",
        &["«", "Нет", "»", "„", "ja", "“", "‘", "so", "’"],
    );
    check(
        "war—and peace – now -- then",
        &["war", "—", "and", "peace", "–", "now", "--", "then"],
    );
    check("\"Hi\"", &["\"", "Hi", "\""]);
    check("==---- a -> b *~*~*", &["==----", "a", "->", "b", "*~*~*"]);
    check("Wait... what?!", &["Wait", "...", "what", "?!"]);
    check("the parents' house", &["the", "parents", "'", "house"]);
    check(
        "‘’Yes’’ and ''no''",
        &["‘’", "Yes", "’’", "and", "''", "no", "''"],
    );
}

#[test]
fn urls_emails_handles_hashtags_emoticons() {
    check(
        "See https://mil.by/news/1.html, or write to press@mod.gov.by.",
        &[
            "See",
            "https://mil.by/news/1.html",
            ",",
            "or",
            "write",
            "to",
            "press@mod.gov.by",
            ".",
        ],
    );
    check("(www.example.com)", &["(", "www.example.com", ")"]);
    check(
        "@BelMOD_by posted #West2025 :) ok",
        &["@BelMOD_by", "posted", "#West2025", ":)", "ok"],
    );
    check("Nice:-)", &["Nice", ":-)"]);
    check("<mailto:a.b@c.com>", &["<", "mailto:a.b@c.com", ">"]);
}

#[test]
fn missing_space_after_period_splits() {
    check("the end.The next", &["the", "end", ".", "The", "next"]);
    check("example.com works", &["example.com", "works"]);
}

#[test]
fn abbreviations_glued_to_the_next_word_split_after_the_period() {
    check(
        "Dr.Michael met St.George at the P.O.Box on Nov.28",
        &[
            "Dr.", "Michael", "met", "St.", "George", "at", "the", "P.O.", "Box", "on", "Nov.",
            "28",
        ],
    );
    check(
        "a Ph.D student in the U.S.",
        &["a", "Ph.D", "student", "in", "the", "U.S."],
    );
    check(
        "v.2 and 3.5 in e.g.The",
        &["v.2", "and", "3.5", "in", "e.g.", "The"],
    );
    check("Acme Inc.. Then", &["Acme", "Inc.", ".", "Then"]);
}

#[test]
fn apostrophe_less_contractions_and_elided_years() {
    check(
        "im sure thats why Ive said youre late",
        &[
            "i", "m", "sure", "that", "s", "why", "I", "ve", "said", "you", "re", "late",
        ],
    );
    check("IM and ITS stay", &["IM", "and", "ITS", "stay"]);
    check(
        "its a pity, its own way",
        &["it", "s", "a", "pity", ",", "its", "own", "way"],
    );
    check(
        "the class of '02 and the '60s",
        &["the", "class", "of", "'02", "and", "the", "'60s"],
    );
    check("get 'em", &["get", "'em"]);
    check("the 80's and 1990’s", &["the", "80's", "and", "1990’s"]);
    check("2004's total", &["2004", "'s", "total"]);
    check(
        "Really...? Yes?... ok",
        &["Really", "...", "?", "Yes", "?", "...", "ok"],
    );
}

#[test]
fn space_after_and_offsets() {
    let text = "Hi, you.\n";
    let toks = tokenize(text);
    let flags: Vec<bool> = toks.iter().map(|t| t.space_after).collect();
    assert_eq!(flags, vec![false, true, false, true]);
    assert_eq!(toks[2].span, Span::new(4, 7));
    let no_trailing = tokenize("Hi.");
    assert!(!no_trailing[1].space_after);
}

#[test]
fn non_ascii_and_odd_whitespace() {
    check(
        "Минск,\u{00A0}Беларусь\u{200B}ok",
        &["Минск", ",", "Беларусь", "ok"],
    );
    check("café naïve", &["café", "naïve"]);
    check("👍🏽 fine 👨\u{200D}👩", &["👍🏽", "fine", "👨\u{200D}👩"]);
}

#[test]
fn multiword_groups_pair_clitics_with_their_host() {
    let text = "I don't think John's cannot, she said 'so'.";
    let toks = tokenize(text);
    let groups = multiword_groups(text, &toks);
    let grouped: Vec<String> = groups
        .iter()
        .map(|&(a, b)| text[toks[a].span.start..toks[b - 1].span.end].to_string())
        .collect();
    assert_eq!(grouped, vec!["don't", "John's", "cannot"]);

    let text = "im sure its a pity and thats it, its own";
    let toks = tokenize(text);
    let grouped: Vec<&str> = multiword_groups(text, &toks)
        .iter()
        .map(|&(a, b)| &text[toks[a].span.start..toks[b - 1].span.end])
        .collect();
    assert_eq!(grouped, vec!["im", "its", "thats"]);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn assert_invariants(text: &str) {
        let toks = tokenize(text);
        let mut last_end = 0;
        for t in &toks {
            assert!(t.span.start >= last_end, "overlap or disorder in {text:?}");
            assert!(t.span.end > t.span.start, "empty token in {text:?}");
            let slice = t.span.text(text).expect("span on char boundaries");
            assert!(
                !slice.chars().any(super::super::is_space),
                "whitespace in token {slice:?}"
            );
            last_end = t.span.end;
        }
        // Every non-space character is covered by some token.
        let covered: usize = toks.iter().map(|t| t.span.len()).sum();
        let non_space: usize = text
            .chars()
            .filter(|&c| !super::super::is_space(c))
            .map(char::len_utf8)
            .sum();
        assert_eq!(covered, non_space, "coverage in {text:?}");
    }

    proptest! {
        #[test]
        fn random_strings_keep_invariants(text in "\\PC{0,80}") {
            assert_invariants(&text);
        }

        #[test]
        fn punctuation_heavy_strings_keep_invariants(
            text in "[a-zA-Z0-9 .,'’\\-:/@#&_!?()“”«»\n]{0,60}"
        ) {
            assert_invariants(&text);
        }
    }
}
