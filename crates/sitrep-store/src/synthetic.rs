//! Deterministic synthetic documents with every layer filled, for the
//! store's tests, crash-resume checks and throughput benchmarks.
//!
//! Document `n` is always the same document, so a test can rebuild what a
//! killed child process was writing and compare field by field. The text
//! mixes ASCII with Cyrillic and curly quotes so that byte offsets differ from
//! character offsets.

use sitrep_core::*;

const CITIES: [&str; 5] = ["MINSK", "MOSCOW", "VILNIUS", "WARSAW", "Гродно"];
const PEOPLE: [(&str, &str); 4] = [
    ("Viktor Khrenin", "Defence Minister"),
    ("Sergei Shoigu", "Secretary of the Security Council"),
    ("Alexander Volfovich", "State Secretary"),
    ("Andrei Ravkov", "Ambassador"),
];
const ORGS: [&str; 3] = ["CSTO", "Belarusian Defence Ministry", "Union State"];

/// The span of the first `needle` at or after byte `from`, or an empty span
/// at `from` when absent (cannot happen for the texts built here).
fn find(text: &str, needle: &str, from: usize) -> Span {
    match text.get(from..).and_then(|rest| rest.find(needle)) {
        Some(at) => Span::new(from + at, from + at + needle.len()),
        None => Span::new(from, from),
    }
}

/// Synthetic document number `n`: about 600 bytes of text, 4 sentences with
/// tokens, and entities, times, quantities, a quote, claims, events, removed
/// lines, metadata and a diagnostic.
pub fn synthetic_doc(n: u64) -> Doc {
    let city = CITIES[(n % CITIES.len() as u64) as usize];
    let (person, title) = PEOPLE[(n % PEOPLE.len() as u64) as usize];
    let org = ORGS[(n % ORGS.len() as u64) as usize];
    let day = 1 + n % 28;
    let troops = 1000 + n * 7;
    let share = (n % 100) as f64 / 8.0;
    let text = format!(
        "{city}, Oct {day} (BelTA) – {person} met {org} officials on Tuesday to discuss the \
         joint exercise, the ministry said.\n\n“We agreed to hold {k} joint drills near Минск \
         before 2026,” {person} told BelTA.\n\nAbout {troops} troops and {share}% of the \
         reserve will take part, according to the ministry.\n\nReport number {n} allegedly \
         mentions sanctions.",
        k = 3 + n % 5,
    );
    let bytes = format!("synthetic raw document {n}\n{text}");
    let hash = content_hash(bytes.as_bytes());
    let url = format!("https://example.org/news/{n}");
    let id = doc_id(Some(&url), &hash);
    let source = Source {
        path: format!("corpus/part-{}.warc.gz", n / 100),
        url: Some(url.clone()),
        format: if n.is_multiple_of(2) {
            SourceFormat::Warc
        } else {
            SourceFormat::Html
        },
        record: n % 100,
    };
    let mut doc = Doc::new(id, source, hash, text);
    let t = doc.text.clone();

    doc.meta = Metadata {
        title: Some(format!("{person} meets {org} ({n})")),
        published: Some(Published {
            value: format!("2025-10-{day:02}T17:34:00"),
            basis: if n.is_multiple_of(3) {
                PublishedBasis::Dateline
            } else {
                PublishedBasis::Metadata
            },
            evidence: (n.is_multiple_of(3)).then(|| format!("{city}, Oct {day}")),
        }),
        authors: if n.is_multiple_of(2) {
            vec!["BelTA".into(), "Staff".into()]
        } else {
            Vec::new()
        },
        site_name: Some("BelTA".into()),
        canonical_url: Some(url),
        language: if n % 10 == 9 { None } else { Some("en".into()) },
    };
    doc.removed = vec![
        Removed {
            text: "Share on Telegram".into(),
            reason: "boilerplate".into(),
        },
        Removed {
            text: format!("Read also: item {n}"),
            reason: "related-links".into(),
        },
    ];

    // Sentences split at blank lines; tokens at whitespace.
    let mut sentences = Vec::new();
    let mut tokens = Vec::new();
    let mut start = 0;
    for part in t.split("\n\n") {
        let first_token = tokens.len() as u32;
        let mut pos = start;
        for word in part.split_whitespace() {
            let span = find(&t, word, pos);
            pos = span.end;
            tokens.push(Token {
                span,
                upos: if word.chars().next().is_some_and(char::is_uppercase) {
                    "PROPN".into()
                } else {
                    "NOUN".into()
                },
                xpos: "NN".into(),
                lemma: word.to_lowercase(),
                head: if tokens.len() as u32 == first_token {
                    None
                } else {
                    Some(first_token)
                },
                deprel: "dep".into(),
                space_after: true,
            });
        }
        sentences.push(Sentence {
            span: Span::new(start, start + part.len()),
            tokens: (first_token, tokens.len() as u32),
        });
        start += part.len() + 2;
    }
    let second = sentences.get(1).map_or(0, |s| s.span.start);
    let third = sentences.get(2).map_or(0, |s| s.span.start);

    let person_1 = find(&t, person, 0);
    let person_2 = find(&t, person, second);
    let org_span = find(&t, org, 0);
    let minsk = find(&t, "Минск", 0);
    doc.layers.entities = vec![
        Entity {
            span: person_1,
            label: EntityLabel::Per,
            canonical: person.into(),
        },
        Entity {
            span: org_span,
            label: EntityLabel::Org,
            canonical: org.into(),
        },
        Entity {
            span: minsk,
            label: EntityLabel::Loc,
            canonical: "Minsk".into(),
        },
        Entity {
            span: person_2,
            label: EntityLabel::Per,
            canonical: person.into(),
        },
        Entity {
            span: find(&t, "BelTA", 0),
            label: EntityLabel::Org,
            canonical: "BelTA".into(),
        },
    ];
    let tuesday = find(&t, "Tuesday", 0);
    let year = find(&t, "2026", 0);
    doc.layers.times = vec![
        TimeExpr {
            span: find(&t, &format!("Oct {day}"), 0),
            kind: TimeType::Date,
            value: format!("2025-10-{day:02}"),
            anchor: "published".into(),
        },
        TimeExpr {
            span: tuesday,
            kind: TimeType::Date,
            value: "2025-10-14".into(),
            anchor: "published".into(),
        },
        TimeExpr {
            span: year,
            kind: TimeType::Date,
            value: "2026".into(),
            anchor: "absolute".into(),
        },
    ];
    let troops_span = find(&t, &format!("About {troops} troops"), third);
    let share_span = find(&t, &format!("{share}%"), third);
    doc.layers.quantities = vec![
        Quantity {
            span: troops_span,
            value: troops as f64,
            value_max: None,
            approx: Approx::About,
            unit: Some("troops".into()),
            unit_span: Some(find(&t, "troops", troops_span.start)),
        },
        Quantity {
            span: share_span,
            value: share,
            // A value that only survives JSON with correctly rounded parsing.
            value_max: Some(share + 0.1 + 0.2 + 1e-13 * n as f64),
            approx: Approx::Range,
            unit: Some("%".into()),
            unit_span: Some(Span::new(share_span.end - 1, share_span.end)),
        },
    ];
    let open = find(&t, "“", second);
    let close = find(&t, "”", second);
    let told = find(&t, "told", second);
    doc.layers.quotes = vec![Quote {
        span: Span::new(open.start, told.end),
        content: Span::new(open.end, close.start),
        direct: true,
        cue: Some(told),
        speaker: Some(person.into()),
        speaker_span: Some(person_2),
        speaker_title: Some(title.into()),
        speaker_title_span: None,
        outlet: Some("BelTA".into()),
    }];
    let said = find(&t, "said", 0);
    let according = find(&t, "according to", third);
    let allegedly = find(&t, "allegedly", third);
    doc.layers.claims = vec![
        Claim {
            span: sentences[0].span,
            attribution: Attribution::Source,
            cue: Some(said),
        },
        Claim {
            span: sentences[2].span,
            attribution: Attribution::Source,
            cue: Some(according),
        },
        Claim {
            span: sentences[3].span,
            attribution: Attribution::Hedged,
            cue: Some(allegedly),
        },
    ];
    let met = find(&t, "met", 0);
    let agreed = find(&t, "agreed", second);
    doc.layers.events = vec![
        Event {
            kind: EventKind::Meeting,
            plover: "CONSULT".into(),
            trigger: met,
            span: sentences[0].span,
            sentence: 0,
            actors: vec![
                Actor {
                    role: ActorRole::Source,
                    name: person.into(),
                    span: Some(person_1),
                    country: Some("BLR".into()),
                    sector: Some("government".into()),
                },
                Actor {
                    role: ActorRole::Target,
                    name: org.into(),
                    span: Some(org_span),
                    country: None,
                    sector: None,
                },
            ],
            place: Some(city.into()),
            place_span: Some(find(&t, city, 0)),
            date: Some("2025-10-14".into()),
            date_span: Some(tuesday),
            status: EventStatus::Occurred,
            stage: None,
            attributed_to: Some("the ministry".into()),
        },
        Event {
            kind: EventKind::Agreement,
            plover: "AGREE".into(),
            trigger: agreed,
            span: sentences[1].span,
            sentence: 1,
            actors: Vec::new(),
            place: Some("Minsk".into()),
            place_span: Some(minsk),
            date: Some("2026".into()),
            date_span: Some(year),
            status: if n.is_multiple_of(2) {
                EventStatus::Planned
            } else {
                EventStatus::Hypothetical
            },
            stage: Some(AgreementStage::Approved),
            attributed_to: Some(person.into()),
        },
    ];
    doc.layers.sentences = sentences;
    doc.layers.tokens = tokens;
    doc.diagnostics = vec![Diagnostic {
        stage: "synthetic".into(),
        severity: Severity::Info,
        message: format!("built synthetic document {n}"),
    }];
    doc
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn spans_point_at_the_intended_text() {
        for n in 0..20 {
            let doc = synthetic_doc(n);
            assert_eq!(doc.layers.sentences.len(), 4);
            assert_eq!(doc.slice(doc.layers.entities[2].span), "Минск");
            assert_eq!(doc.slice(doc.layers.events[0].trigger), "met");
            assert!(doc
                .slice(doc.layers.quotes[0].content)
                .starts_with("We agreed"));
            assert!(doc
                .slice(doc.layers.quantities[0].span)
                .starts_with("About "));
            for token in &doc.layers.tokens {
                assert!(!doc.slice(token.span).is_empty());
            }
        }
        assert_ne!(synthetic_doc(1).id, synthetic_doc(2).id);
        assert_eq!(synthetic_doc(7), synthetic_doc(7));
    }
}
