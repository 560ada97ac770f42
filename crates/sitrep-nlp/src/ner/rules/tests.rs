use super::*;

fn spans_of(words: &[&str]) -> Vec<Span> {
    let mut at = 0;
    words
        .iter()
        .map(|w| {
            let s = Span::new(at, at + w.len());
            at += w.len() + 1;
            s
        })
        .collect()
}

fn run(sentence: &str) -> Vec<(String, usize)> {
    let words: Vec<&str> = sentence.split(' ').collect();
    let offsets = spans_of(&words);
    apply(sentence, &words, &offsets, Vec::new())
        .into_iter()
        .map(|s| (words[s.start..s.end].join(" "), s.type_index))
        .collect()
}

#[test]
fn institutions_span_the_name_only() {
    assert_eq!(
        run("the press service of the Belarusian Defense Ministry told BelTA"),
        [("Belarusian Defense Ministry".to_string(), ORG)]
    );
    assert_eq!(
        run("the Ministry of Defence of the Russian Federation said"),
        [(
            "Ministry of Defence of the Russian Federation".to_string(),
            ORG
        )]
    );
}

#[test]
fn a_place_found_by_the_model_stays_out_of_an_exercise_name() {
    let sentence = "forces of Belarus and Russia Zapad 2025 showed readiness";
    let words: Vec<&str> = sentence.split(' ').collect();
    let offsets = spans_of(&words);
    let loc = |i| TokenSpan {
        start: i,
        end: i + 1,
        type_index: 2,
    };
    let found = apply(sentence, &words, &offsets, vec![loc(2), loc(4)]);
    let names: Vec<(String, usize)> = found
        .iter()
        .map(|s| (words[s.start..s.end].join(" "), s.type_index))
        .collect();
    assert!(names.contains(&("Russia".to_string(), 2)), "{names:?}");
    assert!(
        names.contains(&("Zapad 2025".to_string(), MISC)),
        "{names:?}"
    );
}

#[test]
fn events_documents_and_hardware() {
    assert_eq!(
        run("the Zapad 2025 exercise"),
        [("Zapad 2025".to_string(), MISC)]
    );
    assert_eq!(
        run("during Zapad-2025 ."),
        [("Zapad-2025".to_string(), MISC)]
    );
    assert_eq!(
        run("the Union Shield 2023 drills"),
        [("Union Shield 2023".to_string(), MISC)]
    );
    assert_eq!(run("In 2025 it rained"), []);
    assert_eq!(
        run("the Treaty on Security Guarantees was signed"),
        [("Treaty on Security Guarantees".to_string(), MISC)]
    );
    assert_eq!(
        run("the Union State programme of military cooperation for 2026-2030 was adopted"),
        [(
            "Union State programme of military cooperation for 2026-2030".to_string(),
            MISC
        )]
    );
    assert_eq!(
        run("new Su-30SM and Polonez-M systems"),
        [
            ("Su-30SM".to_string(), MISC),
            ("Polonez-M".to_string(), MISC)
        ]
    );
    assert!(
        is_hardware_designation("Iskander-M")
            && is_hardware_designation("S-400")
            && is_hardware_designation("MiG-29")
            && is_hardware_designation("Mi-8MTV-5")
    );
    assert!(
        !is_hardware_designation("Zapad-2025")
            && !is_hardware_designation("well-known")
            && !is_hardware_designation("Al-Assad")
            && !is_hardware_designation("Su-30-")
            && !is_hardware_designation("Zapad-2025-West")
    );
}

#[test]
fn hardware_split_by_tokenizer_is_joined() {
    let text = "the Su-30SM jets";
    let words = ["the", "Su", "-", "30SM", "jets"];
    let offsets = [
        Span::new(0, 3),
        Span::new(4, 6),
        Span::new(6, 7),
        Span::new(7, 11),
        Span::new(12, 16),
    ];
    let out = apply(text, &words, &offsets, Vec::new());
    assert_eq!(
        out,
        [TokenSpan {
            start: 1,
            end: 4,
            type_index: MISC
        }]
    );
}

#[test]
fn abbreviation_binds_to_expansion() {
    let text = "the Collective Security Treaty Organization ( CSTO ) met . CSTO said";
    let words: Vec<&str> = text.split(' ').collect();
    let tokens = spans_of(&words);
    let mut found = vec![Found {
        span: Span::new(4, 43),
        first_token: 1,
        tokens: 4,
        label: EntityLabel::Org,
    }];
    let defined = propagate_abbreviations(text, &tokens, &mut found);
    assert_eq!(defined.len(), 1);
    assert_eq!(defined[0].short, "CSTO");
    assert_eq!(found.len(), 3);
    assert!(found.iter().all(|f| f.label == EntityLabel::Org));
}

#[test]
fn abbreviation_letters_may_skip_function_words_and_a_trailing_complement() {
    assert!(initials_match(
        "SAMI",
        "State Authority for Military Industry of Belarus"
    ));
    assert!(initials_match("BelTA", "Belarusian Telegraph Agency"));
    assert!(initials_match(
        "ODKB",
        "Organizatsiya Dogovora o Kollektivnoy Bezopasnosti"
    ));
    assert!(initials_match("MoD", "Ministry of Defence"));
    // A later letter of a word may spell too, in order.
    assert!(initials_match("EAEU", "Eurasian Economic Union"));
    assert!(!initials_match("EU", "Eurasian Economic Union"));
    assert!(!initials_match("EAU", "Eurasian Economic Union"));
    // A capitalized word that gives no letter breaks the match.
    assert!(!initials_match(
        "SAI",
        "State Authority for Military Industry"
    ));
    assert!(!initials_match("UK", "Reuters"));
}

#[test]
fn acronym_of_a_name_in_another_language_binds_to_the_organisation() {
    let text = "the Federal Security Service ( FSB ) said . FSB officers came";
    let words: Vec<&str> = text.split(' ').collect();
    let tokens = spans_of(&words);
    let mut found = vec![Found {
        span: Span::new(tokens[1].start, tokens[3].end),
        first_token: 1,
        tokens: 3,
        label: EntityLabel::Org,
    }];
    let defined = propagate_abbreviations(text, &tokens, &mut found);
    assert_eq!(defined.len(), 1);
    assert_eq!(found[defined[0].expansion].first_token, 1);
    assert_eq!(found.len(), 3, "{found:?}");
    // A fragment of the real name ("Exchange Commission (SEC)") binds nothing.
    let text = "the Exchange Commission ( SEC ) said";
    let words: Vec<&str> = text.split(' ').collect();
    let tokens = spans_of(&words);
    let mut found = vec![Found {
        span: Span::new(tokens[1].start, tokens[2].end),
        first_token: 1,
        tokens: 2,
        label: EntityLabel::Org,
    }];
    assert!(propagate_abbreviations(text, &tokens, &mut found).is_empty());
    // A lone capitalized word before a bracket is not taken as an expansion.
    let text = "met Reuters ( UK ) staff";
    let words: Vec<&str> = text.split(' ').collect();
    let tokens = spans_of(&words);
    let mut found = vec![Found {
        span: tokens[1],
        first_token: 1,
        tokens: 1,
        label: EntityLabel::Org,
    }];
    assert!(propagate_abbreviations(text, &tokens, &mut found).is_empty());
}

#[test]
fn title_portfolios_are_dropped_and_named_things_relabelled() {
    let sentence = "said First Deputy Interior Minister Oleg Ivanov about the Zircon system";
    let words: Vec<&str> = sentence.split(' ').collect();
    let offsets = spans_of(&words);
    let span = |start, end, type_index| TokenSpan {
        start,
        end,
        type_index,
    };
    let model = vec![span(1, 4, ORG), span(5, 7, 0), span(9, 10, 2)];
    let out = apply(sentence, &words, &offsets, model);
    assert_eq!(out, [span(5, 7, 0), span(9, 10, MISC)]);
}

#[test]
fn a_bracketed_place_code_after_a_name_is_not_an_acronym() {
    let text = "Andy Smith ( US ) beat a US rival";
    let words: Vec<&str> = text.split(' ').collect();
    let tokens = spans_of(&words);
    let mut found = vec![
        Found {
            span: Span::new(tokens[0].start, tokens[1].end),
            first_token: 0,
            tokens: 2,
            label: EntityLabel::Org,
        },
        Found {
            span: tokens[7],
            first_token: 7,
            tokens: 1,
            label: EntityLabel::Loc,
        },
    ];
    assert!(propagate_abbreviations(text, &tokens, &mut found).is_empty());
    assert_eq!(found[1].label, EntityLabel::Loc);
}

#[test]
fn a_new_organisation_name_followed_by_a_year_is_a_dated_name() {
    let label = |sentence: &str, model: Vec<TokenSpan>, known: &[Known]| {
        let words: Vec<&str> = sentence.split(' ').collect();
        let offsets = spans_of(&words);
        apply_with_places(sentence, &words, &offsets, model, known)
            .into_iter()
            .map(|s| (words[s.start..s.end].join(" "), s.type_index))
            .collect::<Vec<_>>()
    };
    let org = |start, end| TokenSpan {
        start,
        end,
        type_index: ORG,
    };
    // No exercise word in the sentence: the year still makes it a name.
    assert_eq!(
        label(
            "Northern Shield 2027 will involve 5,000 servicemen",
            vec![org(0, 2)],
            &[]
        ),
        [("Northern Shield 2027".to_string(), MISC)]
    );
    // An organisation the training data knows, or one with an institutional
    // head, keeps its label and the year stays out.
    let known = Known {
        organization: true,
        ..Default::default()
    };
    assert_eq!(
        label(
            "the European Commission 2004 report",
            vec![org(1, 3)],
            &[Known::default(), known, known]
        ),
        [("European Commission".to_string(), ORG)]
    );
    assert_eq!(
        label("the Defence Ministry 2025 budget", vec![org(1, 3)], &[]),
        [("Defence Ministry".to_string(), ORG)]
    );
    // One word: "Labour 2005" is a party and a year, not a name.
    assert_eq!(
        label("Labour 2005 manifesto", vec![org(0, 1)], &[]),
        [("Labour".to_string(), ORG)]
    );
}
