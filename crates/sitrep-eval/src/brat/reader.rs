//! Parsing `.ann` files.

use std::collections::HashMap;

use thiserror::Error;

use super::{Attribution, Fragments, Role};

#[derive(Debug, Error)]
pub enum BratError {
    #[error("line {line}: bad offsets in `{text}`")]
    Offsets { line: usize, text: String },
}

/// The attribution content of one `.ann` file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnnDoc {
    /// Attribution relations (one per `E` line).
    pub attributions: Vec<Attribution>,
    /// Every distinct role span in the file (a source shared by several
    /// attributions counts once), for span-level scoring.
    pub spans: Vec<(Role, Fragments)>,
    /// Event arguments that name no Source/Cue/Content annotation in the
    /// file (the released data has a few); they are left out.
    pub dangling: usize,
}

/// Parses brat standoff text. `T` lines of types other than Source, Cue
/// and Content (PolNeAR's `Attribution` trigger duplicates the cue) are
/// ignored, as are notes (`#`) and the continuation lines of surface texts
/// that contain line breaks.
pub fn parse_ann(ann: &str) -> Result<AnnDoc, BratError> {
    let mut spans: HashMap<String, (Role, Fragments)> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut events: Vec<Vec<(String, String)>> = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let line_no = n + 1;
        let mut fields = line.split('\t');
        let id = fields.next().unwrap_or("");
        let Some(body) = fields.next() else { continue };
        let numbered = |prefix: char| {
            id.starts_with(prefix) && id.len() > 1 && id[1..].bytes().all(|b| b.is_ascii_digit())
        };
        if numbered('T') {
            let (kind, offsets) = body.split_once(' ').unwrap_or((body, ""));
            let role = match kind {
                "Source" => Role::Source,
                "Cue" => Role::Cue,
                "Content" => Role::Content,
                _ => continue,
            };
            let fragments = parse_offsets(offsets).ok_or_else(|| BratError::Offsets {
                line: line_no,
                text: line.to_string(),
            })?;
            order.push(id.to_string());
            spans.insert(id.to_string(), (role, fragments));
        } else if numbered('E') {
            let args = body
                .split_whitespace()
                .filter_map(|arg| arg.split_once(':'))
                .map(|(role, target)| (role.to_string(), target.to_string()))
                .collect();
            events.push(args);
        }
    }
    let mut attributions = Vec::with_capacity(events.len());
    let mut dangling = 0;
    for args in events {
        let mut a = Attribution::default();
        for (role, target) in args {
            let slot = match role.as_str() {
                "Source" => &mut a.source,
                "Cue" => &mut a.cue,
                "Content" => &mut a.content,
                // The event's own trigger (`Attribution:T4`).
                _ => continue,
            };
            match spans.get(&target) {
                Some((_, fragments)) => *slot = Some(fragments.clone()),
                None => dangling += 1,
            }
        }
        attributions.push(a);
    }
    let spans = order
        .into_iter()
        .filter_map(|id| spans.remove(&id))
        .collect();
    Ok(AnnDoc {
        attributions,
        spans,
        dangling,
    })
}

/// `"12 20;25 30"` -> `[(12, 20), (25, 30)]`.
fn parse_offsets(s: &str) -> Option<Fragments> {
    let mut out = Vec::new();
    for part in s.split(';') {
        let mut nums = part.split_whitespace().map(str::parse::<usize>);
        let start = nums.next()?.ok()?;
        let end = nums.next()?.ok()?;
        if end < start || nums.next().is_some() {
            return None;
        }
        out.push((start, end));
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_roles_events_and_discontinuous_spans() {
        let ann = "T1\tCue 10 14\tsaid\nT2\tSource 15 18\tAnn\nT3\tContent 0 8;20 30\tx y\nT4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Content:T3 Source:T2 Cue:T1\nT5\tCue 40 52\tis expected\nT6\tContent 53 70\tto win\nwrapped surface line\nE2\tAttribution-no-source:T5 Content:T6 Cue:T5\n#1\tAnnotatorNotes T1\tnote\n";
        let doc = parse_ann(ann).unwrap();
        assert_eq!(doc.attributions.len(), 2);
        assert_eq!(doc.attributions[0].content, Some(vec![(0, 8), (20, 30)]));
        assert_eq!(doc.attributions[0].source, Some(vec![(15, 18)]));
        assert_eq!(doc.attributions[1].source, None);
        assert_eq!(doc.spans.len(), 5);
    }

    #[test]
    fn bad_offsets_are_errors_and_dangling_refs_are_counted() {
        assert!(matches!(
            parse_ann("T1\tCue 14 10\tx\n"),
            Err(BratError::Offsets { line: 1, .. })
        ));
        let doc = parse_ann("T1\tCue 1 2\tx\nE1\tCue:T1 Content:T9\n").unwrap();
        assert_eq!(doc.dangling, 1);
        assert_eq!(doc.attributions[0].content, None);
    }
}
