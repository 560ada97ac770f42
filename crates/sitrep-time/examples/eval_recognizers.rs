//! Microsoft Recognizers-Text English specs, in-scope families.
//!
//! `cargo run --release -p sitrep-time --example eval_recognizers -- [PATH.tar.xz] [--errors]`
//!
//! Default path: `$SITREP_SHARED/data/recognizers-text/recognizers-text-specs-en.tar.xz`.
//! Each expected mention of an in-scope type is one item: it is resolved when
//! an expression we find overlaps it and our value equals the expected one
//! (see `docs/bench/time.md` for the comparison rules and what is out of scope).

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::io::Read;

use serde_json::Value;
use sitrep_time::{find_numbers, find_quantities, find_times, Anchor};

const FILES: &[(&str, &str)] = &[
    ("DateTime/English/DateTimeModel.json", "datetime"),
    ("Number/English/NumberModel.json", "number"),
    ("Number/English/OrdinalModel.json", "ordinal"),
    ("Number/English/PercentModel.json", "percentage"),
];

fn shared_dir() -> std::path::PathBuf {
    match std::env::var_os("SITREP_SHARED") {
        Some(p) => p.into(),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
}

/// The scope decision for one expected mention: `Some(family)` when scored.
fn scope(type_name: &str, timex: Option<&str>) -> Option<&'static str> {
    Some(match type_name {
        "datetimeV2.date" => "date",
        "datetimeV2.time" => "time",
        "datetimeV2.datetime" => "datetime",
        "datetimeV2.duration" => "duration",
        "datetimeV2.set" => "set",
        // Periods with a single TIMEX3 value ("this month" → 2016-11, "summer" → XXXX-SU) are in scope;
        // explicit intervals "(start,end,duration)" are not: TIMEX3 has no interval value.
        "datetimeV2.daterange" if timex.is_some_and(|t| !t.starts_with('(')) => "daterange",
        "number" => "number",
        "ordinal" => "ordinal",
        "percentage" => "percentage",
        _ => return None,
    })
}

fn char_to_byte(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

/// Seconds in a TIMEX3 duration, for comparing `P1W` with `P7D`.
fn duration_seconds(v: &str) -> Option<f64> {
    let rest = v.strip_prefix('P')?;
    let mut total = 0.0;
    let mut num = String::new();
    let mut in_time = false;
    for c in rest.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' | '.' => num.push(c),
            _ => {
                let n: f64 = num.parse().ok()?;
                num.clear();
                total += n * match (c, in_time) {
                    // Calendar units: a year is 12 months and a quarter 3
                    // (so P1Y = P12M, P1Q = P3M).
                    ('Y', _) => 360.0 * 86400.0,
                    ('Q', _) => 90.0 * 86400.0,
                    ('M', false) => 30.0 * 86400.0,
                    ('W', _) => 7.0 * 86400.0,
                    ('D', _) => 86400.0,
                    ('H', _) => 3600.0,
                    ('M', true) => 60.0,
                    ('S', _) => 1.0,
                    _ => return None,
                };
            }
        }
    }
    num.is_empty().then_some(total)
}

/// Canonical form of a TIMEX3 value: hours get minutes (`T10` → `T10:00`), seconds are dropped.
fn canon(v: &str) -> String {
    if let Some((date, time)) = v.split_once('T') {
        if date.starts_with('P') {
            return v.to_string();
        }
        let mut parts: Vec<&str> = time.split(':').collect();
        if parts.len() == 1 && parts[0].chars().all(|c| c.is_ascii_digit()) {
            return format!("{date}T{}:00", parts[0]);
        }
        parts.truncate(2);
        return format!("{date}T{}", parts.join(":"));
    }
    v.to_string()
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days(y: i64, m: i64, d: i64) -> i64 {
    let y = y - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

fn iso_days(v: &str) -> Option<i64> {
    let mut p = v.get(..10)?.split('-');
    let y = p.next()?.parse().ok()?;
    let m = p.next()?.parse().ok()?;
    let d = p.next()?.parse().ok()?;
    Some(days(y, m, d))
}

/// The days [start, end) a resolved TIMEX3 date value covers (year, month,
/// ISO week, weekend, day), to compare with a period's listed start and end.
fn period(v: &str) -> Option<(i64, i64)> {
    let parts: Vec<&str> = v.split('-').collect();
    let y: i64 = parts
        .first()?
        .parse()
        .ok()
        .filter(|_| parts[0].len() == 4)?;
    match parts.as_slice() {
        [_] => Some((days(y, 1, 1), days(y + 1, 1, 1))),
        [_, w] if w.starts_with('W') => {
            let n: i64 = w[1..].parse().ok()?;
            let jan4 = days(y, 1, 4);
            let monday = jan4 - (jan4 + 3).rem_euclid(7) + 7 * (n - 1);
            Some((monday, monday + 7))
        }
        [_, w, we] if w.starts_with('W') && *we == "WE" => {
            let (monday, _) = period(&format!("{y}-{w}"))?;
            Some((monday + 5, monday + 7))
        }
        [_, m] => {
            let m: i64 = m.parse().ok()?;
            let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            Some((days(y, m, 1), days(ny, nm, 1)))
        }
        [_, _, _] => iso_days(v).map(|d| (d, d + 1)),
        _ => None,
    }
}

fn time_matches(
    ours: &str,
    expected_timex: &str,
    resolved: &[String],
    periods: &[(i64, i64)],
    years: &[String],
) -> bool {
    if period(ours).is_some_and(|p| periods.contains(&p)) {
        return true;
    }
    let ours_c = canon(ours);
    let exp_c = canon(expected_timex);
    if ours_c == exp_c {
        return true;
    }
    // Time-only expectations ("T10:00"): compare our clock part.
    if exp_c.starts_with('T') {
        if let Some(pos) = ours_c.find('T') {
            if ours_c[pos..] == exp_c {
                return true;
            }
        }
    }
    if let (Some(a), Some(b)) = (duration_seconds(ours), duration_seconds(expected_timex)) {
        return (a - b).abs() < 1e-6;
    }
    // An expectation without a year ("XXXX-08", "since August") lists the
    // candidate years in its resolutions: the value with one of them filled
    // in counts (TIMEX3 resolves the year; a modifier such as "since" is a
    // signal outside the value).
    if let Some(rest) = exp_c.strip_prefix("XXXX") {
        if years.iter().any(|y| ours_c == format!("{y}{rest}")) {
            return true;
        }
    }
    // Ambiguous expectations (XXXX-WXX-1) list their resolutions: accept any.
    resolved.iter().any(|r| {
        let r = r.replace(' ', "T");
        canon(&r) == ours_c || r == ours_c
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_errors = args.iter().any(|a| a == "--errors");
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            shared_dir().join("data/recognizers-text/recognizers-text-specs-en.tar.xz")
        });
    let file = std::fs::File::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut archive = tar::Archive::new(xz2::read::XzDecoder::new(file));
    let mut specs: BTreeMap<String, String> = BTreeMap::new();
    for entry in archive.entries()? {
        let mut entry = entry?;
        let name = entry.path()?.to_string_lossy().to_string();
        if let Some((f, _)) = FILES.iter().find(|(f, _)| name.ends_with(f)) {
            let mut s = String::new();
            entry.read_to_string(&mut s)?;
            specs.insert(f.to_string(), s.trim_start_matches('\u{feff}').to_string());
        }
    }
    let mut per_family: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut out_of_scope: BTreeMap<String, usize> = BTreeMap::new();
    for (file, kind) in FILES {
        let Some(json) = specs.get(*file) else {
            return Err(format!("{file} missing from the archive").into());
        };
        let cases: Vec<Value> = serde_json::from_str(json)?;
        for case in &cases {
            let input = case["Input"].as_str().unwrap_or("");
            let reference = case["Context"]["ReferenceDateTime"].as_str();
            let results = case["Results"].as_array().cloned().unwrap_or_default();
            let times = if *kind == "datetime" {
                find_times(input, reference.and_then(Anchor::parse).as_ref())
            } else {
                Vec::new()
            };
            let numbers = if *kind == "datetime" {
                Vec::new()
            } else {
                find_numbers(input)
            };
            let quantities = if *kind == "percentage" {
                find_quantities(input, &[])
            } else {
                Vec::new()
            };
            for r in &results {
                let type_name = r["TypeName"].as_str().unwrap_or("");
                let resolution = &r["Resolution"];
                let values = resolution["values"].as_array().cloned().unwrap_or_default();
                let timex = values
                    .first()
                    .and_then(|v| v["timex"].as_str())
                    .map(str::to_string);
                let Some(family) = scope(type_name, timex.as_deref()) else {
                    *out_of_scope.entry(type_name.to_string()).or_default() += 1;
                    continue;
                };
                let start = char_to_byte(input, r["Start"].as_u64().unwrap_or(0) as usize);
                let end = char_to_byte(input, r["End"].as_u64().unwrap_or(0) as usize + 1);
                let overlaps = |a: usize, b: usize| a < end && start < b;
                let ok = match *kind {
                    "datetime" => {
                        let resolved: Vec<String> = values
                            .iter()
                            .filter_map(|v| v["value"].as_str().map(str::to_string))
                            .collect();
                        // Periods list their resolutions as start and end days.
                        let periods: Vec<(i64, i64)> = values
                            .iter()
                            .filter_map(|v| {
                                let a = iso_days(v["start"].as_str()?)?;
                                let b = iso_days(v["end"].as_str()?)?;
                                Some((a, b))
                            })
                            .collect();
                        // Years of the listed resolutions, for expectations without one.
                        let years: Vec<String> = values
                            .iter()
                            .flat_map(|v| ["start", "end", "value"].map(|k| v[k].as_str()))
                            .flatten()
                            .filter_map(|d| d.get(..4))
                            .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
                            .map(str::to_string)
                            .collect();
                        let expected = timex.clone().unwrap_or_default();
                        times
                            .iter()
                            .filter(|t| overlaps(t.span.start, t.span.end))
                            .any(|t| time_matches(&t.value, &expected, &resolved, &periods, &years))
                    }
                    "percentage" => {
                        let expected: Option<f64> = resolution["value"]
                            .as_str()
                            .and_then(|v| v.trim_end_matches('%').parse().ok());
                        quantities
                            .iter()
                            .filter(|q| {
                                overlaps(q.span.start, q.span.end) && q.unit.as_deref() == Some("%")
                            })
                            .any(|q| {
                                expected
                                    .is_some_and(|e| (q.value - e).abs() <= 1e-9 * e.abs().max(1.0))
                            })
                    }
                    _ => {
                        let expected: Option<f64> =
                            resolution["value"].as_str().and_then(|v| v.parse().ok());
                        let want_ordinal = *kind == "ordinal";
                        numbers
                            .iter()
                            .filter(|n| {
                                overlaps(n.span.start, n.span.end) && n.ordinal == want_ordinal
                            })
                            .any(|n| {
                                expected
                                    .is_some_and(|e| (n.value - e).abs() <= 1e-6 * e.abs().max(1.0))
                            })
                    }
                };
                let slot = per_family.entry(family).or_default();
                slot.0 += 1;
                if ok {
                    slot.1 += 1;
                } else if show_errors {
                    // What we produced over the expected span, to read the miss.
                    let ours: Vec<String> = match *kind {
                        "datetime" => times
                            .iter()
                            .filter(|t| overlaps(t.span.start, t.span.end))
                            .map(|t| format!("{}={}", &input[t.span.start..t.span.end], t.value))
                            .collect(),
                        "percentage" => quantities
                            .iter()
                            .filter(|q| overlaps(q.span.start, q.span.end))
                            .map(|q| format!("{}{}", q.value, q.unit.as_deref().unwrap_or("")))
                            .collect(),
                        _ => numbers
                            .iter()
                            .filter(|n| overlaps(n.span.start, n.span.end))
                            .map(|n| n.value.to_string())
                            .collect(),
                    };
                    println!(
                        "FAIL\t{family}\t{input}\t{}\t{}\tref {}\tours [{}]",
                        r["Text"].as_str().unwrap_or(""),
                        timex
                            .as_deref()
                            .or(resolution["value"].as_str())
                            .unwrap_or(""),
                        reference.unwrap_or(""),
                        ours.join("; ")
                    );
                }
            }
        }
    }
    let (mut total, mut correct) = (0, 0);
    for (family, (n, ok)) in &per_family {
        println!(
            "{family:<11} {ok:>4} / {n:>4} = {:.1} %",
            100.0 * *ok as f64 / (*n).max(1) as f64
        );
        total += n;
        correct += ok;
    }
    println!(
        "in scope    {correct:>4} / {total:>4} = {:.1} %",
        100.0 * correct as f64 / total.max(1) as f64
    );
    for (t, n) in &out_of_scope {
        println!("out of scope: {t} ({n})");
    }
    Ok(())
}
