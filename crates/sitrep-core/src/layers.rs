//! Annotation layers. Each is filled by one stage and read by later ones.
//!
//! Every annotation carries a [`Span`] into `Doc::text`; derived values
//! (lemmas, canonical names, normalized dates) are data *about* the span,
//! not copies of the text.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// The layers a stage may require or provide; the pipeline checks that every
/// stage's requirements are provided by an earlier stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Layer {
    Text,
    Language,
    Tokens,
    Sentences,
    Tags,
    Lemmas,
    Parse,
    Entities,
    Times,
    Quantities,
    Quotes,
    Claims,
    Events,
}

/// A pipeline component: reads some layers of a [`crate::Doc`], adds others.
///
/// Components never do IO and never panic on odd input; problems go to
/// `Doc::diagnostics`.
pub trait Stage: Send + Sync {
    fn name(&self) -> &'static str;
    fn requires(&self) -> &'static [Layer];
    fn provides(&self) -> &'static [Layer];
    fn run(&self, doc: &mut crate::Doc);
    /// The languages (ISO 639-1) the stage's models and rules were built
    /// for; `None` when it works on any text. The pipeline skips a stage
    /// for a document detected as another language, rather than fill the
    /// contract with English rules misreading German or Russian.
    fn languages(&self) -> Option<&'static [&'static str]> {
        None
    }
}

/// All annotation layers of one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Layers {
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub entities: Vec<Entity>,
    pub times: Vec<TimeExpr>,
    pub quantities: Vec<Quantity>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    /// Index of the first token of the sentence in `Layers::tokens`, and one
    /// past its last (empty when tokens are not computed).
    pub tokens: (u32, u32),
}

/// One syntactic word. Fields past `span` are filled by later stages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Token {
    pub span: Span,
    /// Universal POS tag (`NOUN`, `PROPN` ...), empty until tagged.
    pub upos: String,
    /// Language-specific POS tag (Penn Treebank for English).
    pub xpos: String,
    pub lemma: String,
    /// Index (within the document) of the syntactic head; `None` for the root
    /// or when unparsed.
    pub head: Option<u32>,
    /// UD dependency relation, empty when unparsed.
    pub deprel: String,
    /// Whether whitespace follows the token in the text (`SpaceAfter`).
    pub space_after: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityLabel {
    #[serde(rename = "PER")]
    Per,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityLabel {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }

    pub fn parse(s: &str) -> Option<EntityLabel> {
        Some(match s {
            "PER" => EntityLabel::Per,
            "ORG" => EntityLabel::Org,
            "LOC" => EntityLabel::Loc,
            "MISC" => EntityLabel::Misc,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub span: Span,
    pub label: EntityLabel,
    /// One name per real-world entity within the document.
    pub canonical: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeType {
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "TIME")]
    Time,
    #[serde(rename = "DURATION")]
    Duration,
    #[serde(rename = "SET")]
    Set,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpr {
    pub span: Span,
    pub kind: TimeType,
    /// TIMEX3 value: `2025-10-15`, `2025-09`, `P5Y`, `XXXX-XX-XX`.
    pub value: String,
    /// What the value was resolved against, for audit: `published`, `text`,
    /// `anchor:<byte offset>`, or `absolute`.
    pub anchor: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    Exact,
    MoreThan,
    LessThan,
    About,
    AtLeast,
    AtMost,
    Range,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub span: Span,
    pub value: f64,
    /// Upper bound for ranges (`2026-2030`, `between 10 and 20`).
    pub value_max: Option<f64>,
    pub approx: Approx,
    /// The counted object or unit, normalized (`specialists`, `%`, `USD`).
    pub unit: Option<String>,
    pub unit_span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub span: Span,
    pub content: Span,
    pub direct: bool,
    pub cue: Option<Span>,
    pub speaker: Option<String>,
    pub speaker_span: Option<Span>,
    /// The speaker's office or title as stated in the text.
    pub speaker_title: Option<String>,
    /// Where that title stands in the text, to cite it.
    #[serde(default)]
    pub speaker_title_span: Option<Span>,
    /// Outlet the statement was relayed through ("told BelTA").
    pub outlet: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Attribution {
    Unattributed,
    Source,
    Hedged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub span: Span,
    pub attribution: Attribution,
    pub cue: Option<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Meeting,
    Exercise,
    Agreement,
    Deployment,
    Delivery,
    Training,
    Statement,
    Accusation,
    Threat,
    Sanction,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    Occurred,
    Planned,
    Ongoing,
    Negated,
    Hypothetical,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AgreementStage {
    Signed,
    Ratified,
    Approved,
    Proposed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorRole {
    Source,
    Target,
    Participant,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub role: ActorRole,
    pub name: String,
    pub span: Option<Span>,
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    /// `government`, `military`, `legislature`, `media` ...
    pub sector: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub kind: EventKind,
    pub plover: String,
    pub trigger: Span,
    /// The span of the clause the event was read from.
    pub span: Span,
    pub sentence: u32,
    pub actors: Vec<Actor>,
    pub place: Option<String>,
    pub place_span: Option<Span>,
    pub date: Option<String>,
    pub date_span: Option<Span>,
    pub status: EventStatus,
    pub stage: Option<AgreementStage>,
    pub attributed_to: Option<String>,
}
