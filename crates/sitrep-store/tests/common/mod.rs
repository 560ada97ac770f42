//! The behaviour suite every backend must pass, written once against
//! `&mut dyn Store`.
#![allow(dead_code)]

use sitrep_core::*;
use sitrep_store::synthetic::synthetic_doc;
use sitrep_store::{PutOutcome, Store, StoreError};

/// A document built field by field: every layer present, non-ASCII text so
/// byte and character offsets differ, and floats that need exact JSON.
pub fn hand_built_doc() -> Doc {
    let text = "МИНСК, 15 октября – “Мы готовы,” said Viktor Khrenin. Over 2,500 troops.";
    let at = |needle: &str| {
        let start = text.find(needle).unwrap();
        Span::new(start, start + needle.len())
    };
    let hash = content_hash(b"hand built raw bytes");
    let mut doc = Doc::new(
        doc_id(None, &hash),
        Source {
            path: "-".into(),
            url: None,
            format: SourceFormat::Text,
            record: u64::from(u32::MAX) + 5,
        },
        hash,
        text.to_string(),
    );
    doc.meta = Metadata {
        title: Some("Хренин: “Мы готовы”".into()),
        published: Some(Published {
            value: "2025-10-15".into(),
            basis: PublishedBasis::Inferred,
            evidence: Some("МИНСК, 15 октября".into()),
        }),
        authors: vec!["Анна Иванова".into()],
        site_name: None,
        canonical_url: Some("https://example.org/c".into()),
        language: Some("ru".into()),
    };
    doc.removed = vec![Removed {
        text: "Подписаться".into(),
        reason: "boilerplate".into(),
    }];
    let first = at("МИНСК, 15 октября – “Мы готовы,” said Viktor Khrenin.");
    let second = at("Over 2,500 troops.");
    doc.layers.sentences = vec![
        Sentence {
            span: first,
            tokens: (0, 2),
        },
        Sentence {
            span: second,
            tokens: (2, 2),
        },
    ];
    doc.layers.tokens = vec![
        Token {
            span: at("МИНСК"),
            upos: "PROPN".into(),
            lemma: "минск".into(),
            ..Token::default()
        },
        Token {
            span: at(","),
            upos: "PUNCT".into(),
            head: Some(0),
            ..Token::default()
        },
    ];
    doc.layers.entities = vec![
        Entity {
            span: at("МИНСК"),
            label: EntityLabel::Loc,
            canonical: "Minsk".into(),
        },
        Entity {
            span: at("Viktor Khrenin"),
            label: EntityLabel::Per,
            canonical: "Viktor Khrenin".into(),
        },
    ];
    doc.layers.times = vec![TimeExpr {
        span: at("15 октября"),
        kind: TimeType::Date,
        value: "2025-10-15".into(),
        anchor: "published".into(),
    }];
    doc.layers.quantities = vec![Quantity {
        span: at("Over 2,500 troops"),
        value: 2500.0,
        value_max: Some(0.1 + 0.2),
        approx: Approx::MoreThan,
        unit: Some("troops".into()),
        unit_span: Some(at("troops")),
    }];
    doc.layers.quotes = vec![Quote {
        span: at("“Мы готовы,” said Viktor Khrenin"),
        content: at("Мы готовы,"),
        direct: true,
        cue: Some(at("said")),
        speaker: Some("Viktor Khrenin".into()),
        speaker_span: Some(at("Viktor Khrenin")),
        speaker_title: None,
        speaker_title_span: None,
        outlet: None,
    }];
    doc.layers.claims = vec![Claim {
        span: second,
        attribution: Attribution::Unattributed,
        cue: None,
    }];
    doc.layers.events = vec![Event {
        kind: EventKind::Statement,
        plover: "CONSULT".into(),
        trigger: at("said"),
        span: first,
        sentence: 0,
        actors: vec![Actor {
            role: ActorRole::Source,
            name: "Viktor Khrenin".into(),
            span: Some(at("Viktor Khrenin")),
            country: Some("BLR".into()),
            sector: Some("military".into()),
        }],
        place: None,
        place_span: None,
        date: Some("2025-10-15".into()),
        date_span: Some(at("15 октября")),
        status: EventStatus::Occurred,
        stage: None,
        attributed_to: None,
    }];
    doc.diagnostics = vec![Diagnostic {
        stage: "clean".into(),
        severity: Severity::Warning,
        message: "short".into(),
    }];
    doc
}

/// The barest document: no metadata, no layers, empty text.
pub fn bare_doc() -> Doc {
    let hash = content_hash(b"");
    Doc::new(
        doc_id(None, &hash),
        Source {
            path: "empty.txt".into(),
            url: None,
            format: SourceFormat::Jsonl,
            record: 0,
        },
        hash,
        String::new(),
    )
}

/// A copy of `doc` with a chosen id and fresh content hash.
pub fn with_id(doc: &Doc, id: &str) -> Doc {
    let mut copy = doc.clone();
    copy.id = id.to_string();
    copy.content_hash = content_hash(id.as_bytes());
    copy
}

pub fn round_trip(store: &mut dyn Store) {
    for doc in [hand_built_doc(), synthetic_doc(3), bare_doc()] {
        assert_eq!(store.put(&doc).unwrap(), PutOutcome::Inserted);
        let back = store
            .get(&doc.id)
            .unwrap()
            .expect("stored document is found");
        assert_eq!(back, doc);
        // Floats survive bit for bit.
        for (a, b) in back.layers.quantities.iter().zip(&doc.layers.quantities) {
            assert_eq!(a.value.to_bits(), b.value.to_bits());
            assert_eq!(a.value_max.map(f64::to_bits), b.value_max.map(f64::to_bits));
        }
    }
    assert_eq!(store.ids().unwrap().len(), 3);
    assert!(store.get("0123456789abcdef").unwrap().is_none());
}

pub fn duplicates_are_no_ops(store: &mut dyn Store) {
    let doc = synthetic_doc(11);
    assert!(!store.contains_content(&doc.content_hash).unwrap());
    assert_eq!(store.put(&doc).unwrap(), PutOutcome::Inserted);
    assert!(store.contains_content(&doc.content_hash).unwrap());
    let before = store.stats().unwrap();
    assert_eq!(store.put(&doc).unwrap(), PutOutcome::Duplicate);

    // Same content under another id: still a duplicate (content is the key).
    let mut same_content = synthetic_doc(12);
    same_content.content_hash = doc.content_hash.clone();
    assert_eq!(store.put(&same_content).unwrap(), PutOutcome::Duplicate);
    // Same id with different content: a duplicate too, and the first wins.
    let mut same_id = synthetic_doc(13);
    same_id.id = doc.id.clone();
    assert_eq!(store.put(&same_id).unwrap(), PutOutcome::Duplicate);

    let after = store.stats().unwrap();
    assert_eq!(after.documents, 1);
    assert_eq!(after.entities, before.entities, "no layer rows were added");
    assert_eq!(after.removed_lines, before.removed_lines);
    assert_eq!(store.get(&doc.id).unwrap(), Some(doc));
    assert!(!store.contains_content(&same_id.content_hash).unwrap());
}

pub fn batches(store: &mut dyn Store) {
    let docs = vec![
        synthetic_doc(20),
        synthetic_doc(21),
        synthetic_doc(20),
        synthetic_doc(22),
    ];
    let outcomes = store.put_many(&docs).unwrap();
    use PutOutcome::*;
    assert_eq!(outcomes, vec![Inserted, Inserted, Duplicate, Inserted]);
    let again = store.put_many(&docs[1..]).unwrap();
    assert_eq!(again, vec![Duplicate, Duplicate, Duplicate]);
    assert_eq!(store.stats().unwrap().documents, 3);
    assert_eq!(store.get(&docs[3].id).unwrap().as_ref(), Some(&docs[3]));
}

pub fn prefix_lookup(store: &mut dyn Store) {
    let base = synthetic_doc(30);
    let a = with_id(&base, "abcdef0000000001");
    let b = with_id(&base, "abcdef0000000002");
    let c = with_id(&base, "abcd120000000000");
    for doc in [&a, &b, &c] {
        assert_eq!(store.put(doc).unwrap(), PutOutcome::Inserted);
    }
    assert_eq!(store.get("abcdef0000000001").unwrap().as_ref(), Some(&a));
    assert_eq!(
        store.get("ABCDEF0000000002").unwrap().as_ref(),
        Some(&b),
        "case-insensitive"
    );
    assert_eq!(
        store.get("abcd12").unwrap().as_ref(),
        Some(&c),
        "unique 6-digit prefix"
    );
    assert_eq!(
        store.get(" abcd1200 ").unwrap().as_ref(),
        Some(&c),
        "trimmed"
    );
    match store.get("abcdef") {
        Err(StoreError::Ambiguous { prefix, candidates }) => {
            assert_eq!(prefix, "abcdef");
            assert_eq!(candidates, vec![a.id.clone(), b.id.clone()]);
        }
        other => panic!("expected Ambiguous, got {other:?}"),
    }
    assert!(matches!(
        store.get("abcdef000000000"),
        Err(StoreError::Ambiguous { .. })
    ));
    assert!(matches!(
        store.get("abcd1"),
        Err(StoreError::PrefixTooShort { .. })
    ));
    assert!(store.get("abcdef1").unwrap().is_none());
    assert!(store.get("abcdeg").unwrap().is_none(), "not hex");
    assert!(store.get("").unwrap().is_none());
    // `g` sorts after every hex digit; make sure the range does not leak.
    assert!(store.get("abcdee").unwrap().is_none());
}

pub fn stats_and_ids(store: &mut dyn Store) {
    let empty = store.stats().unwrap();
    assert_eq!(empty.documents, 0);
    assert_eq!(empty.first_published, None);
    let docs: Vec<Doc> = (0..10).map(synthetic_doc).collect();
    for doc in &docs {
        store.put(doc).unwrap();
    }
    let stats = store.stats().unwrap();
    assert_eq!(stats.documents, 10);
    assert_eq!(stats.by_format.get("warc"), Some(&5));
    assert_eq!(stats.by_format.get("html"), Some(&5));
    assert_eq!(stats.by_language.get("en"), Some(&9));
    assert_eq!(stats.by_language.get("unknown"), Some(&1));
    let total = |f: fn(&Layers) -> usize| docs.iter().map(|d| f(&d.layers) as u64).sum::<u64>();
    assert_eq!(
        stats.removed_lines,
        docs.iter().map(|d| d.removed.len() as u64).sum::<u64>()
    );
    assert_eq!(stats.sentences, total(|l| l.sentences.len()));
    assert_eq!(stats.entities, total(|l| l.entities.len()));
    assert_eq!(stats.times, total(|l| l.times.len()));
    assert_eq!(stats.quantities, total(|l| l.quantities.len()));
    assert_eq!(stats.quotes, total(|l| l.quotes.len()));
    assert_eq!(stats.claims, total(|l| l.claims.len()));
    assert_eq!(stats.events, total(|l| l.events.len()));
    assert_eq!(
        stats.first_published.as_deref(),
        Some("2025-10-01T17:34:00")
    );
    assert_eq!(stats.last_published.as_deref(), Some("2025-10-10T17:34:00"));
    assert!(stats.db_size_bytes.unwrap_or(0) > 0);

    let mut expected: Vec<String> = docs.iter().map(|d| d.id.clone()).collect();
    expected.sort();
    assert_eq!(store.ids().unwrap(), expected);
}

pub fn failures_are_logged(store: &mut dyn Store) {
    assert!(store.failures().unwrap().is_empty());
    store
        .record_failure("corpus/bad.warc.gz", "truncated gzip stream")
        .unwrap();
    store
        .record_failure("corpus/bad.warc.gz", "truncated gzip stream")
        .unwrap();
    store
        .record_failure("feed.xml", "not a feed: unexpected <html>")
        .unwrap();
    let failures = store.failures().unwrap();
    assert_eq!(failures.len(), 3, "a log: repeats are kept");
    assert_eq!(failures[2].input, "feed.xml");
    assert_eq!(failures[2].reason, "not a feed: unexpected <html>");
    assert!(failures[0].recorded_at.starts_with("20") && failures[0].recorded_at.ends_with('Z'));
    assert_eq!(store.stats().unwrap().failures, 3);
    assert_eq!(store.stats().unwrap().documents, 0);
}

pub fn invalid_documents_are_refused(store: &mut dyn Store) {
    let mut doc = synthetic_doc(40);
    doc.layers.quantities[0].value = f64::INFINITY;
    assert!(matches!(
        store.put(&doc),
        Err(StoreError::InvalidDocument { .. })
    ));
    assert_eq!(store.stats().unwrap().documents, 0);
    // The store is still usable after a refused document.
    assert_eq!(store.put(&synthetic_doc(41)).unwrap(), PutOutcome::Inserted);
}
