//! Typed events with actors, place, date, status and PLOVER type.
//!
//! [`EventStage`] reads the tokens, tags, lemmas and dependency parse of
//! each sentence, the entities and the time expressions, and fills
//! `Doc.layers.events`. Triggers come from lemma lexicons filtered by the
//! parse (verbs such as "met", "signed", "deployed"; event nouns such as
//! "talks", "exercise", "agreement" when a light verb or an occurrence verb
//! makes them the clause's event: "held talks", "the drills began");
//! fields hang on the trigger's verb:
//!
//! - actors: subjects, objects, `with`/`between`/`of` phrases and national
//!   modifiers, resolved to entities (canonical names) and ISO 3166-1
//!   alpha-3 codes through country names, demonyms and capitals;
//! - place: a location in an `in`/`at` phrase of the verb or noun;
//! - date: the TIMEX3 value of the DATE expression attached below the verb
//!   (never the publication date unless the text says "today");
//! - status: negation, condition and modal auxiliaries, "will", planning
//!   verbs and "upcoming", progressive aspect, a date after publication;
//! - agreement stage from the verb (signed, ratified, approved, proposed);
//! - `attributed_to`: the speaker of a quote holding the trigger, the
//!   subject of a speech verb whose complement holds it, or "according to X".
//!
//! The PLOVER mapping and its reasoning are in `docs/bench/events.md`.

mod actor_words;
mod actors;
mod agency;
pub mod agreement;
mod approvals;
mod carriers;
mod clauses;
mod combat_duty;
mod coref;
mod countries;
mod dateline;
mod descriptions;
mod detect;
pub mod eval;
mod fallback;
mod fields;
mod framed;
mod goods;
mod governing;
mod handover;
mod in_force;
pub mod learned;
mod lexicon;
mod listings;
mod meet;
mod military_acts;
mod military_words;
mod misread;
mod modifiers;
mod nominal_actor;
mod noun_senses;
mod objects;
mod occurrence;
mod occurrence_words;
mod origins;
mod partners;
mod place;
mod retaliation;
mod sanction_targets;
mod sanction_verbs;
mod sense_words;
mod senses;
mod shared_parties;
mod status;
mod titles;
mod verb_senses;
mod verbal;
mod view;

use std::sync::Arc;

use once_cell::sync::Lazy;
use sitrep_core::{Doc, Event, EventKind, Layer, Stage};

pub use countries::CountryTable;
pub use learned::TriggerModel;

/// The embedded country table, shared by every stage instance.
pub(crate) static COUNTRIES: Lazy<CountryTable> = Lazy::new(CountryTable::new);

/// The events stage. Holds no per-document state; the country and actor
/// tables and the trigger model are embedded and loaded once.
#[derive(Debug, Clone)]
pub struct EventStage {
    /// Adds the triggers the rules miss (see [`learned`]); rules alone
    /// when `None`.
    triggers: Option<Arc<TriggerModel>>,
}

impl Default for EventStage {
    fn default() -> Self {
        EventStage::new()
    }
}

impl EventStage {
    /// A stage with the embedded tables and trigger model.
    pub fn new() -> EventStage {
        Lazy::force(&COUNTRIES);
        EventStage {
            triggers: TriggerModel::embedded(),
        }
    }

    /// The same stage with another trigger model, or rules alone.
    pub fn with_triggers(self, triggers: Option<Arc<TriggerModel>>) -> EventStage {
        EventStage { triggers }
    }

    /// The country table the stage resolves actors with.
    pub fn countries(&self) -> &'static CountryTable {
        &COUNTRIES
    }

    /// Events of one document, in text order.
    pub fn extract(&self, doc: &Doc) -> Vec<Event> {
        let published = doc.meta.published.as_ref().map(|p| p.value.as_str());
        let mut events = Vec::new();
        for index in 0..doc.layers.sentences.len() {
            let Some(view) = view::SentenceView::new(doc, index) else {
                continue;
            };
            let mut view = view.with_prior(&events);
            let mut candidates = detect::candidates(&view);
            if let Some(model) = &self.triggers {
                let learned = model.candidates(&view, &candidates);
                candidates.extend(learned);
                candidates.sort_by_key(|c| c.trigger);
            }
            let sole_event = candidates.len() == 1;
            // Each event is built knowing those before it in the sentence.
            for c in &candidates {
                let event = build(&view, c, published, sole_event);
                view.record(event);
            }
            let built = view.into_events();
            events.extend(built);
        }
        events
    }
}

fn build(
    view: &view::SentenceView,
    c: &detect::Candidate,
    published: Option<&str>,
    sole_event: bool,
) -> Event {
    let mut actors = actors::actors(view, c);
    // The wire dateline ("MINSK, 27 November (BelTA) -") names the filing
    // place, date and agency, never a party to the event; a misparse can
    // still hang its words on the event.
    if let (Some(end), Some(first)) = (dateline::dateline_end(view), view.tokens().next()) {
        let start = view.tok(first).span.start;
        actors.retain(|a| !a.span.is_some_and(|s| s.start >= start && s.end <= end));
    }
    if actors.is_empty() {
        actors = descriptions::parties_of_last_mention(view, c);
    }
    if actors.is_empty() {
        actors = shared_parties::parties_in_clause(view, c);
    }
    if actors.is_empty() {
        actors = shared_parties::inspected_forces(view, c);
    }
    if actors.is_empty() {
        actors = shared_parties::pair_of_the_sentence(view, c);
    }
    let date = fields::date(view, c, sole_event);
    let status = status::status(view, c, date, published);
    let stage = fields::stage(view, c, status);
    let place = place::place(view, c);
    let mut countries: Vec<&str> = actors.iter().filter_map(|a| a.country.as_deref()).collect();
    countries.sort_unstable();
    countries.dedup();
    // "the final stage of the joint exercise": the event noun a part
    // belongs to speaks for it.
    let whole = view.kids_by(c.trigger, &["nmod"]).filter(|&n| {
        view.case_of(n).as_deref() == Some("of")
            && crate::lexicon::noun_trigger(view.lemma(n)).is_some()
    });
    let joint = c
        .nouns
        .iter()
        .copied()
        .chain([c.trigger, c.anchor])
        .chain(whole)
        .flat_map(|n| view.kids(n))
        .any(|k| {
            matches!(
                view.lemma(*k),
                "joint" | "together" | "jointly" | "bilateral"
            )
        });
    // An alliance's forces exercise together: "the CSTO Collective Rapid
    // Reaction Forces", "a NATO exercise".
    let alliance = c.kind == EventKind::Exercise
        && actors
            .iter()
            .any(|a| crate::modifiers::names_union_of_states(&a.name));
    // "the drills", "the previous Union Shield drills", "tactical
    // episodes" after a joint exercise was reported: the same exercise or
    // a part of it, still joint.
    let joint = joint
        || alliance
        || c.kind == EventKind::Exercise
            && countries.len() < 2
            && (view
                .kids(c.trigger)
                .iter()
                .any(|&k| view.lemma(k) == "the" || view.rel(k) == "compound")
                || crate::military_acts::names_exercise_part(view.lemma(c.trigger)))
            && view
                .earlier_events()
                .any(|e| e.kind == EventKind::Exercise && e.plover == "COOPERATE");
    let plover = fields::plover(c.kind, stage, countries.len(), joint).to_string();
    let attributed_to = fields::attributed_to(view, c)
        .filter(|speaker| !speaker_is_source(c.kind, &actors, speaker));
    Event {
        kind: c.kind,
        plover,
        trigger: view.tok(c.trigger).span,
        span: view.subtree_span(c.anchor),
        sentence: view.index as u32,
        actors,
        place: place.as_ref().map(|p| p.0.clone()),
        place_span: place.map(|p| p.1),
        date: date.map(|d| fields::calendar_day(&d.value).to_string()),
        date_span: date.map(|d| d.span),
        status,
        stage,
        attributed_to,
    }
}

/// A speech act reported through its own speaker ("Mr Trump spoke for an
/// hour, criticising his rivals") is that speaker's act, not news known
/// only through what someone said.
fn speaker_is_source(kind: EventKind, actors: &[sitrep_core::Actor], speaker: &str) -> bool {
    let speech_act = matches!(
        kind,
        EventKind::Accusation | EventKind::Threat | EventKind::Statement
    );
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 3 && !matches!(*w, "the" | "The"))
            .map(str::to_lowercase)
            .collect()
    };
    let speaker_words = words(speaker);
    speech_act
        && actors.iter().any(|a| {
            a.role == sitrep_core::ActorRole::Source
                && words(&a.name).iter().any(|w| speaker_words.contains(w))
        })
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events"
    }

    /// Quotes are read when present (for `attributed_to`) but not required,
    /// so the stage also runs in pipelines without attribution.
    fn requires(&self) -> &'static [Layer] {
        &[
            Layer::Tokens,
            Layer::Sentences,
            Layer::Tags,
            Layer::Parse,
            Layer::Entities,
            Layer::Times,
        ]
    }

    fn provides(&self) -> &'static [Layer] {
        &[Layer::Events]
    }

    fn languages(&self) -> Option<&'static [&'static str]> {
        Some(&["en"])
    }

    fn run(&self, doc: &mut Doc) {
        doc.layers.events = self.extract(doc);
    }
}

/// Whether an event kind is one the gold and the scorer know.
pub fn kind_name(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Meeting => "meeting",
        EventKind::Exercise => "exercise",
        EventKind::Agreement => "agreement",
        EventKind::Deployment => "deployment",
        EventKind::Delivery => "delivery",
        EventKind::Training => "training",
        EventKind::Statement => "statement",
        EventKind::Accusation => "accusation",
        EventKind::Threat => "threat",
        EventKind::Sanction => "sanction",
        EventKind::Other => "other",
    }
}
