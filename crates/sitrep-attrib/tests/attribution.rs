//! Quote, speaker and claim tests on invented text run through the full
//! pipeline, and fact checks on the shared sample corpus (skipped when the
//! shared folder is absent).

#[path = "support/polnear.rs"]
mod polnear;

use sitrep_core::{Attribution, Stage};

// The shared helpers include `speaker_of`, which other test files use.
#[allow(dead_code)]
#[path = "support/analyze.rs"]
mod support_analyze;
use support_analyze::{analyze, quotes};

/// An invented two-minister report: every direct quote belongs to the
/// minister the text introduces, through "the minister", "he" and the name.
const TWO_MINISTERS: &str = "Finnish Defence Minister Anna Virtanen met her Estonian counterpart in Tallinn on Monday, the press service of the Finnish Defence Ministry told Yle.\n\
Anna Virtanen stressed that the two navies train together every spring. \u{201c}Our crews know each other well. We will hold a larger drill next year,\u{201d} the minister added. \u{201c}The Baltic Sea is our shared responsibility.\u{201d}\n\
Estonian Defence Minister Peeter Kask said that the drill would involve 3,000 sailors. \u{201c}We have never been closer,\u{201d} he said.\n\
According to Peeter Kask, the new radar will be ready by June.\n";

#[test]
fn direct_quotes_get_their_speakers() {
    let doc = analyze(TWO_MINISTERS);
    let q = quotes(&doc);
    let direct: Vec<_> = q.iter().filter(|(_, d, _)| *d).collect();
    assert_eq!(direct.len(), 3, "{q:#?}");
    assert_eq!(direct[0].0.as_deref(), Some("Anna Virtanen"));
    assert!(direct[0].2.starts_with('\u{201c}') && direct[0].2.contains("next year"));
    // The quotation with no cue continues the minister's words.
    assert_eq!(direct[1].0.as_deref(), Some("Anna Virtanen"));
    assert!(direct[1].2.contains("Baltic Sea"));
    assert_eq!(direct[2].0.as_deref(), Some("Peeter Kask"));
}

#[test]
fn indirect_quotes_titles_outlets_and_according_to() {
    let doc = analyze(TWO_MINISTERS);
    let relayed = doc
        .layers
        .quotes
        .iter()
        .find(|q| q.outlet.is_some())
        .expect("a relayed statement");
    assert_eq!(relayed.outlet.as_deref(), Some("Yle"));
    assert!(
        relayed
            .speaker
            .as_deref()
            .is_some_and(|s| s.starts_with("press service of")),
        "{relayed:?}"
    );
    assert_eq!(relayed.cue.map(|c| doc.slice(c)), Some("told"));
    let stressed = doc
        .layers
        .quotes
        .iter()
        .find(|q| q.cue.is_some_and(|c| doc.slice(c).starts_with("stressed")))
        .expect("stressed");
    assert!(!stressed.direct);
    // The complementizer belongs to the cue or to the content, depending
    // on how the parser read "the two navies train together".
    let content = doc.slice(stressed.content);
    assert!(
        content.starts_with("that the two navies") || content.starts_with("the two navies"),
        "{content}"
    );
    assert_eq!(
        stressed.speaker_title.as_deref(),
        Some("Finnish Defence Minister")
    );
    let said = doc
        .layers
        .quotes
        .iter()
        .find(|q| q.cue.is_some_and(|c| doc.slice(c) == "said") && !q.direct)
        .expect("said that");
    assert_eq!(said.speaker.as_deref(), Some("Peeter Kask"));
    assert_eq!(
        said.speaker_title.as_deref(),
        Some("Estonian Defence Minister")
    );
    let according = doc
        .layers
        .quotes
        .iter()
        .find(|q| q.cue.is_some_and(|c| doc.slice(c) == "According to"))
        .expect("according to");
    assert_eq!(according.speaker.as_deref(), Some("Peeter Kask"));
    assert!(doc.slice(according.content).starts_with("the new radar"));
}

#[test]
fn apposition_gives_the_title() {
    let doc = analyze("Marek Nowak, head of the International Cooperation Department, said the talks had been useful.\n");
    let q = &doc.layers.quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("Marek Nowak"));
    assert_eq!(
        q.speaker_title.as_deref(),
        Some("head of the International Cooperation Department")
    );
    assert!(doc.slice(q.content).starts_with("the talks"));
}

#[test]
fn quote_marks_of_other_styles() {
    let doc = analyze("The general said: \u{00ab}We are ready for any scenario.\u{00bb}\nThe colonel replied: \"Nobody will cross this border again.\"\n");
    let q = quotes(&doc);
    assert_eq!(q.iter().filter(|(_, d, _)| *d).count(), 2, "{q:#?}");
    assert!(q
        .iter()
        .any(|(_, _, c)| c.contains("ready for any scenario")));
    assert!(q.iter().any(|(_, _, c)| c.contains("cross this border")));
}

#[test]
fn hedges_and_unattributed_claims() {
    let doc = analyze("Experts note that the alliance has grown stronger. The deal will reportedly be signed in May. The partnership is a crucial factor for stability. The delegation arrived on Tuesday.\n");
    let claims: Vec<(Attribution, &str)> = doc
        .layers
        .claims
        .iter()
        .map(|c| (c.attribution, c.cue.map(|s| doc.slice(s)).unwrap_or("")))
        .collect();
    assert_eq!(claims.len(), 3, "{claims:?}");
    assert_eq!(claims[0], (Attribution::Hedged, "Experts note"));
    assert_eq!(claims[1], (Attribution::Hedged, "reportedly"));
    assert_eq!(claims[2].0, Attribution::Unattributed);
}

#[test]
fn evaluative_words_inside_names_are_not_claims() {
    // "Strategic" and "Critical" name a programme and an agency here; only
    // the last sentence evaluates.
    let doc = analyze("The ministers approved the Strategic Defence Partnership Programme for 2027-2031. The Critical Infrastructure Agency opened an office in Riga. The programme is crucial for the region.\n");
    let cues: Vec<&str> = doc
        .layers
        .claims
        .iter()
        .map(|c| c.cue.map(|s| doc.slice(s)).unwrap_or(""))
        .collect();
    assert_eq!(cues, ["crucial"], "{cues:?}");
}

#[test]
fn empty_and_unparsed_input_do_not_panic() {
    let mut doc = polnear::doc_for("empty", "");
    sitrep_attrib::AttributionStage.run(&mut doc);
    assert!(doc.layers.quotes.is_empty());
    let mut doc = polnear::doc_for("raw", "\u{201c}Unclosed quote with no tokens");
    sitrep_attrib::AttributionStage.run(&mut doc);
    assert!(doc.layers.quotes.is_empty());
}

fn corpus_file(prefix: &str) -> Option<String> {
    let dir = polnear::shared_dir().join("corpus");
    let entry = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok())
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
    std::fs::read_to_string(entry.path()).ok()
}

#[test]
fn corpus_000_direct_quotes_belong_to_the_two_ministers() {
    let Some(text) = corpus_file("000_") else {
        eprintln!(
            "skipped: shared corpus 000 not found under {}",
            polnear::shared_dir().display()
        );
        return;
    };
    let doc = analyze(&text);
    let direct: Vec<&sitrep_core::Quote> = doc.layers.quotes.iter().filter(|q| q.direct).collect();
    // Five quotations open with a curly mark: three by Khrenin, three by Belousov
    // counting the uncued continuation of each minister's first quotation.
    let openers = text.matches('\u{201c}').count();
    assert_eq!(direct.len(), openers, "{:#?}", quotes(&doc));
    let speakers: Vec<&str> = direct
        .iter()
        .map(|q| q.speaker.as_deref().unwrap_or(""))
        .collect();
    let khrenin_until = text.find("Russian Defense Minister").unwrap();
    for q in &direct {
        let expected = if q.content.start < khrenin_until {
            "Viktor Khrenin"
        } else {
            "Andrei Belousov"
        };
        assert_eq!(q.speaker.as_deref(), Some(expected), "{speakers:?}");
        // The content starts at the opening mark.
        assert!(text[q.content.start..].starts_with('\u{201c}'));
    }
    let relayed = doc
        .layers
        .quotes
        .iter()
        .find(|q| q.outlet.is_some())
        .expect("the relayed statement");
    assert_eq!(relayed.outlet.as_deref(), Some("BelTA"));
}

#[test]
fn corpus_001_expert_claims_are_hedged() {
    let Some(text) = corpus_file("001_") else {
        eprintln!(
            "skipped: shared corpus 001 not found under {}",
            polnear::shared_dir().display()
        );
        return;
    };
    let doc = analyze(&text);
    let experts = text.find("Experts note").unwrap();
    let claim = doc
        .layers
        .claims
        .iter()
        .find(|c| c.span.start == experts)
        .expect("a claim on the experts sentence");
    assert_eq!(claim.attribution, Attribution::Hedged);
    assert_eq!(claim.cue.map(|c| doc.slice(c)), Some("Experts note"));
    let analysts = text.find("Analysts also point").unwrap();
    let claim = doc
        .layers
        .claims
        .iter()
        .find(|c| c.span.start == analysts)
        .expect("a claim on the analysts sentence");
    assert_eq!(claim.attribution, Attribution::Hedged);
    // Revenko, introduced with his title, speaks through "According to Revenko" and "He".
    let revenko = doc
        .layers
        .quotes
        .iter()
        .filter(|q| q.speaker.as_deref() == Some("Valery Revenko"))
        .count();
    assert!(revenko >= 3, "{:#?}", quotes(&doc));
}

#[test]
fn polnear_dev_stays_above_the_measured_floor() {
    let dir = polnear::shared_dir().join("data/polnear/dev");
    if !dir.join("attributions").is_dir() {
        eprintln!("skipped: PolNeAR dev not found at {}", dir.display());
        return;
    }
    let articles = polnear::load_split(&dir).unwrap();
    let pipeline = sitrep_pipeline::Pipeline::standard(sitrep_pipeline::Depth::Full).unwrap();
    let counts = polnear::evaluate(&pipeline, &articles);
    // Floors a little under the figures in docs/bench/attrib.md.
    assert!(
        counts.source.overlap.f1() >= 0.72,
        "source {}",
        polnear::table(&counts)
    );
    assert!(
        counts.content.overlap.f1() >= 0.75,
        "content {}",
        polnear::table(&counts)
    );
    assert!(
        counts.attribution.f1() >= 0.62,
        "attribution {}",
        polnear::table(&counts)
    );
}

/// Defence-news phrasing: "according to the press service", "told BelTA",
/// a title-only speaker after a quotation, and hedged claims.
#[test]
fn defence_news_speakers_outlets_and_hedges() {
    let doc = analyze("The exercise will involve 500 troops, according to the press service of the Belarusian Defense Ministry.\n\
\"We are ready to repel any aggression,\" Major General Ivan Petrov told BelTA. He added that the drills would end on Friday.\n\
Analysts suggest that the drills are a signal to NATO. The brigade has reportedly moved to the border.\n\
\"This is a routine exercise,\" the general said.\n");
    let q = &doc.layers.quotes;
    let according = q
        .iter()
        .find(|x| x.cue.is_some_and(|c| doc.slice(c) == "according to"))
        .expect("according to");
    assert!(according
        .speaker_span
        .is_some_and(|s| doc.slice(s).starts_with("the press service")));
    assert!(doc.slice(according.content).starts_with("The exercise"));
    let told = q
        .iter()
        .find(|x| x.cue.is_some_and(|c| doc.slice(c) == "told"))
        .expect("told");
    assert!(told.direct);
    assert_eq!(told.speaker.as_deref(), Some("Ivan Petrov"));
    assert_eq!(told.outlet.as_deref(), Some("BelTA"));
    let added = q
        .iter()
        .find(|x| x.cue.is_some_and(|c| doc.slice(c) == "added"))
        .expect("added");
    assert_eq!(added.speaker.as_deref(), Some("Ivan Petrov"));
    let general = q
        .iter()
        .find(|x| x.direct && doc.slice(x.content).contains("routine"))
        .expect("routine");
    assert_eq!(general.speaker.as_deref(), Some("Ivan Petrov"));
    let hedged: Vec<&str> = doc
        .layers
        .claims
        .iter()
        .filter(|c| c.attribution == Attribution::Hedged)
        .filter_map(|c| c.cue.map(|s| doc.slice(s)))
        .collect();
    assert!(hedged.contains(&"Analysts suggest"), "{hedged:?}");
    assert!(hedged.contains(&"reportedly"), "{hedged:?}");
}

/// The speaker's title is cited by its span in the text, not only copied.
#[test]
fn a_speakers_title_comes_with_its_span() {
    let doc = analyze(TWO_MINISTERS);
    let q = doc
        .layers
        .quotes
        .iter()
        .find(|q| q.speaker.as_deref() == Some("Peeter Kask") && q.speaker_title.is_some())
        .expect("a quote of the Estonian minister with a title");
    let span = q.speaker_title_span.expect("the title's span");
    assert_eq!(Some(doc.slice(span)), q.speaker_title.as_deref());
    assert!(doc.slice(span).contains("Minister"), "{}", doc.slice(span));
}
