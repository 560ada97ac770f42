#![allow(clippy::unwrap_used)]
//! Courses undergone, hardware arriving and the like, told in the words
//! wire copy uses: "the pilots underwent retraining", "a retraining
//! course". Invented texts through the real tagger, parser, NER and time
//! stages.

use sitrep_core::EventKind;

mod support;
use support::assert_each_has;

#[test]
fn a_course_undergone_is_training() {
    assert_each_has(
        EventKind::Training,
        &[
            "Belarusian pilots underwent retraining at an aviation centre in Russia in spring.",
            "Thirty Belarusian deminers underwent a retraining course in Kstovo in the spring.",
        ],
    );
}
