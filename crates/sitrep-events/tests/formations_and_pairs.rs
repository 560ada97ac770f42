#![allow(clippy::unwrap_used)]
//! Actors drawn from the thirty-second session's dev misses: bodies "of
//! the two countries" act for the pair named before, and a force moved
//! is the formation it belongs to, named or numbered. Invented texts
//! through the real pipeline.

use sitrep_core::{ActorRole, EventKind};

mod support;
use support::{countries, first, names_in_role};

#[test]
fn ministries_of_the_two_countries_act_for_the_pair() {
    let signed = first(
        "The defence ministers of Latvia and Estonia met in Riga on Monday. In June, the \
         defence ministries of the two countries signed a protocol on joint air policing.",
        EventKind::Agreement,
    );
    assert_eq!(countries(&signed), ["EST", "LVA"], "{signed:?}");
}

#[test]
fn boards_of_the_two_ministries_act_for_the_pair() {
    let text = "Armenia and Kazakhstan held talks on military cooperation in Yerevan on \
                Friday. The next joint session of the boards of the two defence ministries \
                will take place in Astana in 2027.";
    let (doc, all) = support::events(text);
    let session = all
        .iter()
        .find(|e| e.kind == EventKind::Meeting && doc.slice(e.trigger) == "session")
        .unwrap();
    assert_eq!(countries(session), ["ARM", "KAZ"], "{session:?}");
}

#[test]
fn a_battalion_moved_is_its_numbered_brigade() {
    let sources = names_in_role(
        "A motorised rifle battalion of the 6th separate mechanised brigade was moved by rail \
         to the Brest training ground on Tuesday.",
        EventKind::Deployment,
        ActorRole::Source,
    );
    assert!(
        sources
            .iter()
            .any(|name| name.contains("6th") && name.contains("brigade")),
        "{sources:?}"
    );
}
