//! The public JSON shape of `sitrep extract` (see `CONTRACT.md` section 1).
//!
//! Fields may be added, never renamed or removed. Offsets are converted here,
//! and only here, from internal byte offsets to Unicode code points.

use serde::Serialize;

use crate::doc::{Doc, PublishedBasis};
use crate::layers::*;
use crate::span::{CharMap, Span};

/// Optional extras beyond the contract's fixed fields.
#[derive(Debug, Clone, Copy, Default)]
pub struct ContractOptions {
    /// Include the `tokens` layer (`--layers tokens`).
    pub tokens: bool,
}

#[derive(Serialize)]
pub struct DocJson {
    pub id: String,
    pub source: SourceJson,
    pub title: Option<String>,
    pub published: Option<String>,
    pub published_basis: PublishedBasis,
    pub language: Option<String>,
    pub text: String,
    pub removed: Vec<RemovedJson>,
    pub sentences: Vec<SentenceJson>,
    pub entities: Vec<EntityJson>,
    pub times: Vec<TimeJson>,
    pub quantities: Vec<QuantityJson>,
    pub quotes: Vec<QuoteJson>,
    pub claims: Vec<ClaimJson>,
    pub events: Vec<EventJson>,
    // Additions beyond the contract's original fields.
    pub authors: Vec<String>,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    pub content_hash: String,
    /// What a stage wants the reader to know without failing the document
    /// (an encoding guessed, English-only stages skipped for another
    /// language).
    pub diagnostics: Vec<crate::doc::Diagnostic>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenJson>>,
}

#[derive(Serialize)]
pub struct SourceJson {
    pub path: String,
    pub url: Option<String>,
    pub format: &'static str,
    pub record: u64,
}

#[derive(Serialize)]
pub struct RemovedJson {
    pub text: String,
    pub reason: String,
}

#[derive(Serialize)]
pub struct SentenceJson {
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct TokenJson {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub upos: String,
    pub xpos: String,
    pub lemma: String,
    /// Index of the head token in this list, `null` for the root.
    pub head: Option<u32>,
    pub deprel: String,
}

#[derive(Serialize)]
pub struct EntityJson {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub label: &'static str,
    pub canonical: String,
}

#[derive(Serialize)]
pub struct TimeJson {
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: TimeType,
    pub value: String,
    pub anchor: String,
}

#[derive(Serialize)]
pub struct QuantityJson {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    pub approx: Approx,
    pub unit: Option<String>,
}

#[derive(Serialize)]
pub struct QuoteJson {
    pub start: usize,
    pub end: usize,
    pub content: String,
    pub content_start: usize,
    pub content_end: usize,
    pub direct: bool,
    pub cue: Option<String>,
    pub speaker: Option<String>,
    pub speaker_span: Option<[usize; 2]>,
    pub speaker_title: Option<String>,
    pub outlet: Option<String>,
    /// Added field: code-point span of `speaker_title` in `text`.
    pub speaker_title_span: Option<[usize; 2]>,
}

#[derive(Serialize)]
pub struct ClaimJson {
    pub start: usize,
    pub end: usize,
    pub attribution: Attribution,
    pub cue: Option<String>,
}

#[derive(Serialize)]
pub struct ActorJson {
    pub role: ActorRole,
    pub name: String,
    pub country: Option<String>,
    pub sector: Option<String>,
}

#[derive(Serialize)]
pub struct EventJson {
    pub kind: EventKind,
    pub plover: String,
    pub trigger: String,
    pub start: usize,
    pub end: usize,
    pub sentence: u32,
    pub actors: Vec<ActorJson>,
    pub place: Option<String>,
    pub date: Option<String>,
    pub status: EventStatus,
    pub stage: Option<AgreementStage>,
    pub attributed_to: Option<String>,
}

impl DocJson {
    pub fn from_doc(doc: &Doc, opts: ContractOptions) -> DocJson {
        let map = CharMap::new(&doc.text);
        let cs = |s: Span| map.char_span(s);
        let text_of = |s: Span| doc.slice(s).to_string();
        let l = &doc.layers;
        DocJson {
            id: doc.id.clone(),
            source: SourceJson {
                path: doc.source.path.clone(),
                url: doc.source.url.clone(),
                format: doc.source.format.as_str(),
                record: doc.source.record,
            },
            title: doc.meta.title.clone(),
            published: doc.meta.published.as_ref().map(|p| p.value.clone()),
            published_basis: doc
                .meta
                .published
                .as_ref()
                .map(|p| p.basis)
                .unwrap_or_default(),
            language: doc.meta.language.clone(),
            text: doc.text.clone(),
            removed: doc
                .removed
                .iter()
                .map(|r| RemovedJson {
                    text: r.text.clone(),
                    reason: r.reason.clone(),
                })
                .collect(),
            sentences: l
                .sentences
                .iter()
                .map(|s| {
                    let (start, end) = cs(s.span);
                    SentenceJson { start, end }
                })
                .collect(),
            entities: l
                .entities
                .iter()
                .map(|e| {
                    let (start, end) = cs(e.span);
                    EntityJson {
                        text: text_of(e.span),
                        start,
                        end,
                        label: e.label.as_str(),
                        canonical: e.canonical.clone(),
                    }
                })
                .collect(),
            times: l
                .times
                .iter()
                .map(|t| {
                    let (start, end) = cs(t.span);
                    TimeJson {
                        text: text_of(t.span),
                        start,
                        end,
                        kind: t.kind,
                        value: t.value.clone(),
                        anchor: t.anchor.clone(),
                    }
                })
                .collect(),
            quantities: l
                .quantities
                .iter()
                .map(|q| {
                    let (start, end) = cs(q.span);
                    QuantityJson {
                        text: text_of(q.span),
                        start,
                        end,
                        value: q.value,
                        value_max: q.value_max,
                        approx: q.approx,
                        unit: q.unit.clone(),
                    }
                })
                .collect(),
            quotes: l
                .quotes
                .iter()
                .map(|q| {
                    let (start, end) = cs(q.span);
                    let (content_start, content_end) = cs(q.content);
                    QuoteJson {
                        start,
                        end,
                        content: text_of(q.content),
                        content_start,
                        content_end,
                        direct: q.direct,
                        cue: q.cue.map(text_of),
                        speaker: q.speaker.clone(),
                        speaker_span: q.speaker_span.map(|s| {
                            let (a, b) = cs(s);
                            [a, b]
                        }),
                        speaker_title: q.speaker_title.clone(),
                        outlet: q.outlet.clone(),
                        speaker_title_span: q.speaker_title_span.map(|s| {
                            let (a, b) = cs(s);
                            [a, b]
                        }),
                    }
                })
                .collect(),
            claims: l
                .claims
                .iter()
                .map(|c| {
                    let (start, end) = cs(c.span);
                    ClaimJson {
                        start,
                        end,
                        attribution: c.attribution,
                        cue: c.cue.map(text_of),
                    }
                })
                .collect(),
            events: l
                .events
                .iter()
                .map(|e| {
                    let (start, end) = cs(e.span);
                    EventJson {
                        kind: e.kind,
                        plover: e.plover.clone(),
                        trigger: text_of(e.trigger),
                        start,
                        end,
                        sentence: e.sentence,
                        actors: e
                            .actors
                            .iter()
                            .map(|a| ActorJson {
                                role: a.role,
                                name: a.name.clone(),
                                country: a.country.clone(),
                                sector: a.sector.clone(),
                            })
                            .collect(),
                        place: e.place.clone(),
                        date: e.date.clone(),
                        status: e.status,
                        stage: e.stage,
                        attributed_to: e.attributed_to.clone(),
                    }
                })
                .collect(),
            authors: doc.meta.authors.clone(),
            site_name: doc.meta.site_name.clone(),
            canonical_url: doc.meta.canonical_url.clone(),
            content_hash: doc.content_hash.clone(),
            diagnostics: doc.diagnostics.clone(),
            tokens: opts.tokens.then(|| {
                l.tokens
                    .iter()
                    .map(|t| {
                        let (start, end) = cs(t.span);
                        TokenJson {
                            start,
                            end,
                            text: text_of(t.span),
                            upos: t.upos.clone(),
                            xpos: t.xpos.clone(),
                            lemma: t.lemma.clone(),
                            head: t.head,
                            deprel: t.deprel.clone(),
                        }
                    })
                    .collect()
            }),
        }
    }
}
