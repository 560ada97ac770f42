//! How each asserting sentence is sourced (contract `claims`), on invented
//! sentences through the full pipeline. The rules follow the annotation
//! guidelines of `gold/claims/README.md`.

use sitrep_core::{Attribution, Doc};

#[path = "support/polnear.rs"]
#[allow(dead_code)]
mod polnear;

#[path = "support/analyze.rs"]
#[allow(dead_code)]
mod support_analyze;
use support_analyze::analyze;

/// `(attribution, cue words)` of the claim on the sentence that contains
/// `needle`, or `None` when that sentence carries no claim.
fn claim_on<'d>(doc: &'d Doc, needle: &str) -> Option<(Attribution, &'d str)> {
    let at = doc.text.find(needle)?;
    doc.layers
        .claims
        .iter()
        .find(|c| c.span.start <= at && at < c.span.end)
        .map(|c| (c.attribution, c.cue.map(|s| doc.slice(s)).unwrap_or("")))
}

#[test]
fn a_hedge_inside_a_named_speakers_report_is_theirs() {
    let doc = analyze(
        "The embargo on drone exports is likely to be lifted by June, Trade Minister Ilse Berg has said.\n",
    );
    let claim = claim_on(&doc, "embargo").map(|c| c.0);
    assert_eq!(claim, Some(Attribution::Source), "{:?}", doc.layers.claims);
}

#[test]
fn epistemic_modals_in_the_writers_voice_hedge() {
    let doc =
        analyze("The new levy could cost farmers 2 billion euros. The council will meet in May.\n");
    assert_eq!(claim_on(&doc, "levy"), Some((Attribution::Hedged, "could")));
    // "May" the month is no modal.
    assert_ne!(
        claim_on(&doc, "council").map(|c| c.0),
        Some(Attribution::Hedged)
    );
}

#[test]
fn anticipated_things_and_emerging_news_are_hedged() {
    let doc = analyze(
        "The expected merger comes as shipping rates fell. It emerged on Friday that the port had closed.\n",
    );
    assert_eq!(
        claim_on(&doc, "merger").map(|c| c.0),
        Some(Attribution::Hedged)
    );
    assert_eq!(
        claim_on(&doc, "port").map(|c| c.0),
        Some(Attribution::Hedged)
    );
}

#[test]
fn passive_events_and_effort_verbs_do_not_source_a_sentence() {
    let doc = analyze(
        "The tariff was imposed after the border dispute. The coach tried to calm the players before the final.\n",
    );
    assert_eq!(claim_on(&doc, "tariff"), None, "{:?}", doc.layers.claims);
    assert_ne!(
        claim_on(&doc, "coach").map(|c| c.0),
        Some(Attribution::Source),
        "{:?}",
        doc.layers.claims
    );
}

#[test]
fn a_named_bodys_verdict_is_sourced() {
    let doc = analyze("The Supreme Court ruled that the contract was void.\n");
    assert_eq!(
        claim_on(&doc, "contract").map(|c| c.0),
        Some(Attribution::Source)
    );
}

#[test]
fn imputed_purposes_and_certain_predictions_are_the_writers_claims() {
    let doc = analyze(
        "The minister's tour is designed to showcase the new rail link. \
         The two depots are going to be merged by a joint board.\n",
    );
    assert_eq!(
        claim_on(&doc, "tour"),
        Some((Attribution::Unattributed, "designed"))
    );
    assert_eq!(
        claim_on(&doc, "depots"),
        Some((Attribution::Unattributed, "going"))
    );
}

#[test]
fn impersonal_reports_hedge_with_their_own_verb() {
    let doc = analyze("It is understood that the treaty will be signed in June.\n");
    let (attribution, cue) = claim_on(&doc, "treaty").unwrap();
    assert_eq!(attribution, Attribution::Hedged);
    assert!(cue.contains("understood"), "{cue}");
}

#[test]
fn seeing_things_talks_as_nouns_and_conditionals_report_nothing() {
    let doc = analyze(
        "The minister will see a new hospital in Dodoma. \
         Talks aimed at averting a strike will take place this weekend. \
         The deployment would involve 500 troops.\n",
    );
    assert_ne!(
        claim_on(&doc, "hospital").map(|c| c.0),
        Some(Attribution::Source),
        "{:?}",
        doc.layers.claims
    );
    assert_ne!(
        claim_on(&doc, "averting").map(|c| c.0),
        Some(Attribution::Hedged),
        "{:?}",
        doc.layers.claims
    );
    assert_eq!(
        claim_on(&doc, "deployment"),
        None,
        "{:?}",
        doc.layers.claims
    );
}
