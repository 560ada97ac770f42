//! Checks on the shared sample corpus (skipped when the shared folder is absent).

#![allow(clippy::unwrap_used)]

use sitrep_core::{Approx, Doc, Published, PublishedBasis, Source, SourceFormat, Stage, TimeType};
use sitrep_time::{infer_document_year, TimeStage};

fn shared() -> std::path::PathBuf {
    match std::env::var_os("SITREP_SHARED") {
        Some(p) => p.into(),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
}

fn doc(text: String) -> Doc {
    let source = Source {
        path: "000.txt".into(),
        url: None,
        format: SourceFormat::Text,
        record: 0,
    };
    Doc::new("d".into(), source, String::new(), text)
}

fn read(name: &str) -> Option<String> {
    let path = shared().join("corpus").join(name);
    match std::fs::read_to_string(&path) {
        Ok(t) => Some(t),
        Err(e) => {
            eprintln!("skipping: {} unavailable ({e})", path.display());
            None
        }
    }
}

#[test]
fn dateline_without_year_resolves_from_content() {
    let Some(text) = read("000_c1b9d8535207b91c.txt") else {
        return;
    };
    let (year, evidence) = infer_document_year(&text).expect("a year");
    assert_eq!(year, 2025);
    assert!(evidence.contains("2025"), "evidence {evidence:?}");

    // No publication date at all: the year comes from the text.
    let mut d = doc(text.clone());
    TimeStage.run(&mut d);
    let mentions: Vec<_> = d
        .layers
        .times
        .iter()
        .filter(|t| d.slice(t.span) == "15 October")
        .collect();
    let starts: Vec<usize> = mentions.iter().map(|t| t.span.start).collect();
    assert_eq!(
        starts,
        vec![56, 275],
        "byte offsets of the dateline and the body mention"
    );
    for t in &mentions {
        assert_eq!(t.kind, TimeType::Date);
        assert_eq!(t.value, "2025-10-15");
        assert_eq!(t.anchor, "text", "resolved against an inferred year");
    }
    assert!(d
        .layers
        .times
        .iter()
        .any(|t| d.slice(t.span) == "17:34" && t.kind == TimeType::Time));

    // With the cleaner's inferred dateline as `published`.
    let mut d = doc(text);
    d.meta.published = Some(Published {
        value: "2025-10-15T17:34:00".into(),
        basis: PublishedBasis::Inferred,
        evidence: Some("17:34, 15 October".into()),
    });
    TimeStage.run(&mut d);
    let body = d
        .layers
        .times
        .iter()
        .find(|t| t.span.start == 275)
        .expect("body date");
    assert_eq!(body.value, "2025-10-15");
    let this_year = d
        .layers
        .times
        .iter()
        .find(|t| d.slice(t.span).eq_ignore_ascii_case("this year"))
        .expect("this year");
    assert_eq!(this_year.value, "2025");
}

#[test]
fn quantities_in_the_defence_report() {
    let Some(text) = read("000_c1b9d8535207b91c.txt") else {
        return;
    };
    let mut d = doc(text);
    TimeStage.run(&mut d);
    let find = |value: f64| {
        d.layers
            .quantities
            .iter()
            .find(|q| q.value == value)
            .unwrap_or_else(|| panic!("no quantity {value}"))
    };
    let q = find(400.0);
    assert_eq!(
        (q.approx, q.unit.as_deref()),
        (Approx::MoreThan, Some("specialists"))
    );
    let q = find(60000.0);
    assert_eq!(
        (q.approx, q.unit.as_deref()),
        (Approx::About, Some("troops"))
    );
    let q = find(2.0);
    assert_eq!(q.unit.as_deref(), Some("tank battalions"));
    let q = find(49.0);
    assert_eq!(q.unit.as_deref(), Some("instructors"));
}

#[test]
fn ratio_in_the_aggregator_report() {
    let Some(text) = read("001_4de72731fce87457.txt") else {
        return;
    };
    let mut d = doc(text);
    TimeStage.run(&mut d);
    let q = d
        .layers
        .quantities
        .iter()
        .find(|q| q.value == 300.0)
        .expect("300");
    assert_eq!(
        (q.approx, q.unit.as_deref()),
        (Approx::MoreThan, Some("events"))
    );
    assert!(d
        .layers
        .quantities
        .iter()
        .any(|q| q.value == 623.0 && q.unit.as_deref() == Some("events")));
}
