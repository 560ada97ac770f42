#![allow(clippy::unwrap_used)]
//! Where deployments go, what a locative "there" stands for, named sites
//! inside their regions, and dates given as ranges or in a clause that
//! stages the event: invented sentences through the real tagger, parser,
//! NER and time stages.

use sitrep_core::EventKind;

mod support;

use support::last_of;

#[test]
fn a_deployment_takes_place_where_the_troops_are_sent() {
    let e = last_of(
        "Russia has redeployed an additional Iskander battalion to Belarus, \
         the ministry said on Monday.",
        EventKind::Deployment,
    );
    assert_eq!(e.place.as_deref(), Some("Belarus"), "{e:?}");
}

#[test]
fn a_border_is_named_by_its_other_side() {
    let e = last_of(
        "Estonia will send another 800 soldiers to its border with Russia.",
        EventKind::Deployment,
    );
    assert_eq!(e.place.as_deref(), Some("border with Russia"), "{e:?}");
}

#[test]
fn there_stands_for_the_place_named_before() {
    let e = last_of(
        "The first Oreshnik launchers arrived in Belarus in December. \
         Russia has deployed two more launchers there since then.",
        EventKind::Deployment,
    );
    assert_eq!(e.place.as_deref(), Some("Belarus"), "{e:?}");
}

#[test]
fn a_named_range_is_the_place_not_its_region() {
    let e = last_of(
        "The joint exercise ended on Friday at the Obuz-Lesnovsky training \
         ground in the Brest Region.",
        EventKind::Exercise,
    );
    let place = e.place.as_deref().unwrap_or_default();
    assert!(place.contains("Obuz-Lesnovsky"), "{e:?}");
}

#[test]
fn a_range_of_days_dates_the_event_by_its_start() {
    let e = last_of(
        "MINSK, 2 March 2026 (BelTA) - The joint exercise was held from 16 to \
         20 March at the Borisov training ground.",
        EventKind::Exercise,
    );
    assert_eq!(e.date.as_deref(), Some("2026-03-16"), "{e:?}");
}

#[test]
fn a_period_opened_by_from_alone_is_no_date() {
    let e = last_of(
        "MINSK, 2 March 2026 (BelTA) - Belarus has deployed extra air defence \
         units along the border from January.",
        EventKind::Deployment,
    );
    assert_ne!(e.date.as_deref(), Some("2026-01"), "{e:?}");
}

#[test]
fn a_clause_that_stages_the_exercise_dates_it() {
    let e = last_of(
        // (An unnamed exercise: whether "the joint exercise Union Shield"
        // after "includes" is an event at all is the trigger classifier's
        // call, and this test is about the date.)
        "12 May 2026. The plan includes a joint exercise, which Russia will \
         host in September.",
        EventKind::Exercise,
    );
    assert_eq!(e.date.as_deref(), Some("2026-09"), "{e:?}");
}

#[test]
fn a_threat_of_a_response_to_come_is_planned_and_on_a_condition_hypothetical() {
    use sitrep_core::{EventKind, EventStatus};
    let status_of = |text: &str| support::first(text, EventKind::Threat).status;
    assert_eq!(
        status_of("The Belarusian Foreign Ministry called the measures illegal and said Minsk would respond."),
        EventStatus::Planned
    );
    assert_eq!(
        status_of(
            "If Belarus tries to use the drills as cover for provocations, our response will \
             be immediate."
        ),
        EventStatus::Hypothetical
    );
}
