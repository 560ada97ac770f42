#![allow(clippy::unwrap_used)]
//! The country a measure is aimed at when the clause gives it no object:
//! in the measure's own phrase, in a country modifier, or, for a measure
//! that names none, the country the closest earlier measure was aimed at.
//! Invented texts through the real tagger, parser, NER and time stages.

use sitrep_core::{ActorRole, EventKind};

mod support;
use support::{events, last_of};

fn target_countries(
    text: &str,
    pick: impl Fn(&str, EventKind) -> sitrep_core::Event,
) -> Vec<String> {
    pick(text, EventKind::Sanction)
        .actors
        .iter()
        .filter(|a| a.role == ActorRole::Target)
        .filter_map(|a| a.country.clone())
        .collect()
}

#[test]
fn a_package_against_a_country_is_aimed_at_it() {
    let (_, all) = events(
        "The Council of the European Union on Thursday adopted a new sanctions package \
         against Belarus.",
    );
    let sanction = all.iter().find(|e| e.kind == EventKind::Sanction).unwrap();
    assert!(
        sanction
            .actors
            .iter()
            .any(|a| a.role == ActorRole::Target && a.country.as_deref() == Some("BLR")),
        "{sanction:?}"
    );
}

#[test]
fn exports_banned_to_a_country_are_aimed_at_it() {
    assert_eq!(
        target_countries(
            "The bloc also banned the export to Belarus of machine tools and chemical \
             precursors.",
            last_of
        ),
        vec!["BLR"]
    );
}

#[test]
fn a_later_measure_naming_no_one_keeps_the_earlier_target() {
    let text = "The EU imposed sanctions on Belarus in 2020. In 2022 the bloc also froze \
                the assets of several banks.";
    assert_eq!(target_countries(text, last_of), vec!["BLR"]);
}

#[test]
fn the_source_is_never_its_own_target() {
    let text = "Lithuania imposed sanctions on Belarus in 2021. Lithuania later banned \
                the entry of trucks registered in Lithuania's neighbour.";
    let targets = target_countries(text, last_of);
    assert!(!targets.contains(&"LTU".to_string()), "{targets:?}");
}

#[test]
fn people_or_firms_of_a_country_make_it_the_target() {
    assert_eq!(
        target_countries(
            "The European Union on March 20 imposed sanctions on 17 Belarusian judges and \
             prison officials over the persecution of political prisoners.",
            last_of
        ),
        vec!["BLR"]
    );
    assert_eq!(
        target_countries(
            "The European Union on Thursday adopted a new package of sanctions targeting 11 \
             Belarusian defense-industry companies.",
            last_of
        ),
        vec!["BLR"]
    );
}
