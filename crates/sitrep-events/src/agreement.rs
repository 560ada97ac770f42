//! Agreement between two annotations of the same documents: how far apart
//! two careful annotators following `gold/events/README.md` land, the
//! ceiling against which the system's scores on that gold should be read.
//!
//! Events are paired as the scorer pairs system events with gold ones:
//! within a sentence (by its start offset), overlapping triggers first,
//! then the same kind. The first annotation plays the gold.

use crate::eval::{dates_agree, names_agree, pair_events, GoldActor, GoldDoc, GoldEvent, Ratio};

/// Counts over all documents both annotations cover.
#[derive(Debug, Clone, Default)]
pub struct Agreement {
    pub documents: usize,
    pub first: usize,
    pub second: usize,
    pub matched: usize,
    pub kind_agrees: usize,
    pub actors: Ratio,
    pub date: Ratio,
    pub place: Ratio,
    pub status: Ratio,
    pub stage: Ratio,
    pub attribution: Ratio,
}

impl Agreement {
    /// Kind F1 of the second annotation scored against the first (the
    /// measure is symmetric: precision and recall swap).
    pub fn kind_f1(&self) -> f64 {
        let both = self.kind_agrees as f64;
        if both == 0.0 {
            return 0.0;
        }
        2.0 * both / (self.first + self.second) as f64
    }

    /// Adds one document annotated twice.
    pub fn add(&mut self, first: &GoldDoc, second: &GoldDoc) {
        self.documents += 1;
        self.first += first.events.len();
        self.second += second.events.len();
        for (a, b) in pairs(&first.events, &second.events) {
            let (a, b) = (&first.events[a], &second.events[b]);
            self.matched += 1;
            self.kind_agrees += usize::from(a.kind == b.kind);
            self.actors.add(
                a.actors
                    .iter()
                    .all(|x| b.actors.iter().any(|y| same_actor(x, y))),
            );
            self.date
                .add(dates_agree(a.date.as_deref(), b.date.as_deref()));
            self.place
                .add(names_agree(a.place.as_deref(), b.place.as_deref()));
            self.status.add(a.status == b.status);
            if a.kind == "agreement" {
                self.stage.add(a.stage == b.stage);
            }
            self.attribution.add(names_agree(
                a.attributed_to.as_deref(),
                b.attributed_to.as_deref(),
            ));
        }
    }
}

fn same_actor(a: &GoldActor, b: &GoldActor) -> bool {
    a.country.is_some() && a.country == b.country || names_agree(Some(&a.name), Some(&b.name))
}

/// The scorer's pairing, on two annotations' code-point offsets.
fn pairs(first: &[GoldEvent], second: &[GoldEvent]) -> Vec<(usize, usize)> {
    pair_events(
        first,
        second,
        |_, a, b| a.sentence_start == b.sentence_start && a.start < b.end && b.start < a.end,
        |_, a, b| a.sentence_start == b.sentence_start && a.kind == b.kind,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(start: usize, trigger: &str, kind: &str, status: &str) -> GoldEvent {
        GoldEvent {
            sentence: 0,
            sentence_start: 0,
            sentence_end: 100,
            trigger: trigger.into(),
            start,
            end: start + trigger.len(),
            kind: kind.into(),
            plover: String::new(),
            status: status.into(),
            stage: None,
            date: None,
            place: None,
            actors: vec![GoldActor {
                name: "Viktor Khrenin".into(),
                country: Some("BLR".into()),
                role: "source".into(),
            }],
            attributed_to: None,
        }
    }

    fn doc(events: Vec<GoldEvent>) -> GoldDoc {
        GoldDoc {
            source: "corpus/x.txt".into(),
            member: None,
            split: "dev".into(),
            events,
        }
    }

    #[test]
    fn two_annotations_pair_by_trigger_and_count_what_differs() {
        let first = doc(vec![
            event(10, "met", "meeting", "occurred"),
            event(40, "signed", "agreement", "occurred"),
        ]);
        let second = doc(vec![
            event(10, "met", "meeting", "planned"),
            event(70, "warned", "threat", "occurred"),
        ]);
        let mut agreement = Agreement::default();
        agreement.add(&first, &second);
        assert_eq!((agreement.first, agreement.second), (2, 2));
        assert_eq!(agreement.matched, 1);
        assert_eq!(agreement.kind_agrees, 1);
        assert!((agreement.kind_f1() - 0.5).abs() < 1e-9);
        assert_eq!((agreement.status.correct, agreement.status.total), (0, 1));
        assert_eq!((agreement.actors.correct, agreement.actors.total), (1, 1));
    }
}
