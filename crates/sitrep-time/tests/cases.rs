//! The table-driven suite: every row of `cases.tsv` (expression in a
//! sentence, document date, expected extent, type and TIMEX3 value; or for
//! quantities the expected value, range, qualifier and unit) must pass.

#![allow(clippy::unwrap_used)]

use sitrep_core::{Approx, TimeType};
use sitrep_time::{find_quantities, find_times, Anchor};

fn kind_name(k: TimeType) -> &'static str {
    match k {
        TimeType::Date => "DATE",
        TimeType::Time => "TIME",
        TimeType::Duration => "DURATION",
        TimeType::Set => "SET",
    }
}

fn approx_name(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "exact",
        Approx::MoreThan => "more_than",
        Approx::LessThan => "less_than",
        Approx::About => "about",
        Approx::AtLeast => "at_least",
        Approx::AtMost => "at_most",
        Approx::Range => "range",
    }
}

fn check_time(text: &str, anchor: &str, span: &str, typ: &str, value: &str) -> Result<(), String> {
    let anchor = Anchor::parse(anchor);
    let times = find_times(text, anchor.as_ref());
    let found: Vec<String> = times
        .iter()
        .map(|t| {
            format!(
                "{:?}={}:{}",
                &text[t.span.start..t.span.end],
                kind_name(t.kind),
                t.value
            )
        })
        .collect();
    let hit = times
        .iter()
        .find(|t| text[t.span.start..t.span.end].eq_ignore_ascii_case(span));
    match hit {
        Some(t) if kind_name(t.kind) == typ && t.value == value => Ok(()),
        _ => Err(format!("want {span:?}={typ}:{value}, got {found:?}")),
    }
}

fn check_quantity(text: &str, span: &str, values: &str, approx_unit: &str) -> Result<(), String> {
    let (value, value_max) = values.split_once('|').ok_or("bad value column")?;
    let (approx, unit) = approx_unit.split_once('|').ok_or("bad approx column")?;
    let value: f64 = value.parse().map_err(|_| "bad value")?;
    let value_max: Option<f64> = if value_max == "-" {
        None
    } else {
        Some(value_max.parse().map_err(|_| "bad max")?)
    };
    let unit = if unit == "-" { None } else { Some(unit) };
    let start = text.find(span).ok_or("span not in text")?;
    let qs = find_quantities(text, &[]);
    let found: Vec<String> = qs
        .iter()
        .map(|q| {
            format!(
                "{:?}={} {:?} {} {:?}",
                &text[q.span.start..q.span.end],
                q.value,
                q.value_max,
                approx_name(q.approx),
                q.unit
            )
        })
        .collect();
    let ok = qs.iter().any(|q| {
        q.span.start == start
            && (q.value - value).abs() < 1e-6 * value.abs().max(1.0)
            && q.value_max == value_max
            && approx_name(q.approx) == approx
            && q.unit.as_deref() == unit
    });
    if ok {
        Ok(())
    } else {
        Err(format!(
            "want {span:?}={value} {value_max:?} {approx} {unit:?}, got {found:?}"
        ))
    }
}

#[test]
fn every_case_in_the_table_passes() {
    let table = include_str!("cases.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    let mut families = std::collections::BTreeSet::new();
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 6, "line {}: {line}", n + 1);
        count += 1;
        families.insert(cols[0]);
        let result = if cols[0] == "qty" {
            check_quantity(cols[1], cols[3], cols[4], cols[5])
        } else {
            check_time(cols[1], cols[2], cols[3], cols[4], cols[5])
        };
        if let Err(e) = result {
            failures.push(format!("line {} [{}] {}: {e}", n + 1, cols[0], cols[1]));
        }
    }
    assert!(count >= 300, "only {count} cases");
    assert!(families.len() >= 20, "families: {families:?}");
    assert!(
        failures.is_empty(),
        "{} of {count} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Words that look like times but are not annotated as such in TimeML news:
/// "previously" orders events; "Sun," is the company or the newspaper; ages,
/// ordinals and fractions are not durations; titles are not times.
#[test]
fn look_alikes_are_not_times() {
    for text in [
        "The offensive began as previously planned.",
        "Sun, Hewlett-Packard and others say the chips are late.",
        "Mr. Reupke, 52 years old, resigned.",
        "A second group of directors backed the plan.",
        "The funds hold more than a quarter of the market.",
        "Three quarters of the market fell.",
        "The poster showed a still from the film High Noon.",
        "Baker said on ABC's \"This Week\" that the request was valid.",
        "Gonzalez said on CBS's 60 Minutes that the boy was mistreated.",
    ] {
        let found = find_times(text, Anchor::parse("1989-10-27").as_ref());
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// A heading date followed by a colon and a line break is still a day
/// ("on Monday, Oct. 26:"), not "Oct." with a clock time.
#[test]
fn heading_date_before_a_line_break() {
    let text = "The Times said in an editorial on Monday, Oct. 26:\nThe murder was depraved.";
    let found = find_times(text, Anchor::parse("1998-10-25").as_ref());
    let got: Vec<(&str, &str)> = found
        .iter()
        .map(|t| (&text[t.span.start..t.span.end], t.value.as_str()))
        .collect();
    assert_eq!(got, vec![("Monday, Oct. 26", "1998-10-26")]);
}

/// With no document date and no year in the text, a month is still a
/// month, its year unknown ("in May" must not become a place downstream);
/// the modal "may" stays a verb.
#[test]
fn a_month_without_any_year_is_kept_with_the_year_unknown() {
    let text = "The alliance will hold drills in May. Officials may cancel them.";
    let found = find_times(text, None);
    let got: Vec<(&str, &str)> = found
        .iter()
        .map(|t| (&text[t.span.start..t.span.end], t.value.as_str()))
        .collect();
    assert_eq!(got, vec![("May", "XXXX-05")]);
}

/// "from 12 to 16 September.": both days, in the month named after the
/// second; the sentence's full stop is not part of "September".
#[test]
fn a_day_range_before_its_month_gives_both_days() {
    let text = "The exercise took place from 12 to 16 September.";
    let found = find_times(text, Anchor::parse("2025-11-27").as_ref());
    let got: Vec<(&str, &str)> = found
        .iter()
        .map(|t| (&text[t.span.start..t.span.end], t.value.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![("12", "2025-09-12"), ("16 September", "2025-09-16")]
    );
}

/// "the first half of 2026" is TIMEX3's half-year, not the whole year.
#[test]
fn halves_of_a_year_are_half_years() {
    let text =
        "Deliveries will end in the first half of 2026 and resume in the second half of 2027.";
    let found = find_times(text, Anchor::parse("2025-11-27").as_ref());
    let values: Vec<&str> = found.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, vec!["2026-H1", "2027-H2"]);
}

/// Without a document date, "last week" and "this weekend" are still a week
/// and a weekend, their position unknown (the events stage dates with them).
#[test]
fn weeks_of_an_undated_document_keep_unknown_positions() {
    let text = "The unions held talks last week. More talks will take place this weekend.";
    let found = find_times(text, None);
    let values: Vec<&str> = found.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, vec!["XXXX-WXX", "XXXX-WXX-WE"]);
}
