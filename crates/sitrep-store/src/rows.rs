//! Backend-neutral flattening of a [`Doc`] into table rows, and back.
//!
//! Both backends write the same rows; only the SQL differs. Row structs
//! serialize with their column names so PostgreSQL can insert a whole layer
//! from one JSON array (`jsonb_to_recordset`).

use serde::Serialize;
use sitrep_core::{
    Diagnostic, Doc, Layers, Metadata, Published, PublishedBasis, Removed, Source, SourceFormat,
    Span,
};

use crate::error::{Context, StoreError};
use crate::MIN_PREFIX_LEN;

/// The name serde gives a unit enum variant (`"occurred"`, `"PER"` ...), so
/// the text columns match the JSON contract's spelling.
pub(crate) fn variant_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// Byte offsets and counts are `usize`/`u64` in the model and signed 64-bit
/// integers in both databases.
pub(crate) fn to_i64(value: u64, doc_id: &str, what: &str) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| StoreError::InvalidDocument {
        id: doc_id.to_string(),
        reason: format!("{what} {value} exceeds the 64-bit signed range"),
    })
}

fn offset(value: usize, doc_id: &str) -> Result<i64, StoreError> {
    to_i64(value as u64, doc_id, "offset")
}

fn opt_span(span: Option<Span>, doc_id: &str) -> Result<(Option<i64>, Option<i64>), StoreError> {
    match span {
        Some(s) => Ok((Some(offset(s.start, doc_id)?), Some(offset(s.end, doc_id)?))),
        None => Ok((None, None)),
    }
}

/// The `documents` row of a document.
#[derive(Debug)]
pub(crate) struct DocRow<'a> {
    pub id: &'a str,
    pub content_hash: &'a str,
    pub source_path: &'a str,
    pub source_url: Option<&'a str>,
    pub source_format: &'static str,
    pub source_record: i64,
    pub title: Option<&'a str>,
    pub published: Option<&'a str>,
    pub published_basis: String,
    pub published_evidence: Option<&'a str>,
    pub language: Option<&'a str>,
    pub authors_json: String,
    pub site_name: Option<&'a str>,
    pub canonical_url: Option<&'a str>,
    pub text: &'a str,
    pub layers_json: String,
    pub diagnostics_json: String,
}

impl<'a> DocRow<'a> {
    pub fn from_doc(doc: &'a Doc) -> Result<DocRow<'a>, StoreError> {
        check_floats(doc)?;
        let published = doc.meta.published.as_ref();
        Ok(DocRow {
            id: &doc.id,
            content_hash: &doc.content_hash,
            source_path: &doc.source.path,
            source_url: doc.source.url.as_deref(),
            source_format: doc.source.format.as_str(),
            source_record: to_i64(doc.source.record, &doc.id, "source record")?,
            title: doc.meta.title.as_deref(),
            published: published.map(|p| p.value.as_str()),
            published_basis: variant_name(
                &published.map(|p| p.basis).unwrap_or(PublishedBasis::None),
            ),
            published_evidence: published.and_then(|p| p.evidence.as_deref()),
            language: doc.meta.language.as_deref(),
            authors_json: serde_json::to_string(&doc.meta.authors).ctx("encoding authors")?,
            site_name: doc.meta.site_name.as_deref(),
            canonical_url: doc.meta.canonical_url.as_deref(),
            text: &doc.text,
            layers_json: serde_json::to_string(&doc.layers).ctx("encoding layers")?,
            diagnostics_json: serde_json::to_string(&doc.diagnostics)
                .ctx("encoding diagnostics")?,
        })
    }
}

/// JSON has no NaN or infinity: serde_json would write `null` and the
/// document could then not be read back. Refuse it up front instead.
fn check_floats(doc: &Doc) -> Result<(), StoreError> {
    for q in &doc.layers.quantities {
        let max_ok = q.value_max.is_none_or(f64::is_finite);
        if !q.value.is_finite() || !max_ok {
            return Err(StoreError::InvalidDocument {
                id: doc.id.clone(),
                reason: format!("quantity at byte {} has a non-finite value", q.span.start),
            });
        }
    }
    Ok(())
}

/// The documents row as read back, before it becomes a [`Doc`] again.
pub(crate) struct StoredDoc {
    pub id: String,
    pub content_hash: String,
    pub source_path: String,
    pub source_url: Option<String>,
    pub source_format: String,
    pub source_record: i64,
    pub title: Option<String>,
    pub published: Option<String>,
    pub published_basis: String,
    pub published_evidence: Option<String>,
    pub language: Option<String>,
    pub authors_json: String,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    pub text: String,
    pub layers_json: String,
    pub diagnostics_json: String,
}

/// The column list matching [`StoredDoc`]'s fields, in order.
pub(crate) const DOC_COLUMNS: &str = "id, content_hash, source_path, source_url, source_format, \
     source_record, title, published, published_basis, published_evidence, language, authors, \
     site_name, canonical_url, text, layers_json, diagnostics_json";

impl StoredDoc {
    pub fn into_doc(self, removed: Vec<Removed>) -> Result<Doc, StoreError> {
        let corrupt = |reason: String| StoreError::Corrupt {
            id: self.id.clone(),
            reason,
        };
        let format: SourceFormat = serde_json::from_value(self.source_format.clone().into())
            .map_err(|e| corrupt(format!("source_format {:?}: {e}", self.source_format)))?;
        let basis: PublishedBasis = serde_json::from_value(self.published_basis.clone().into())
            .map_err(|e| corrupt(format!("published_basis {:?}: {e}", self.published_basis)))?;
        let record = u64::try_from(self.source_record)
            .map_err(|_| corrupt(format!("negative source_record {}", self.source_record)))?;
        let authors: Vec<String> = serde_json::from_str(&self.authors_json)
            .map_err(|e| corrupt(format!("authors: {e}")))?;
        let layers: Layers = serde_json::from_str(&self.layers_json)
            .map_err(|e| corrupt(format!("layers_json: {e}")))?;
        let diagnostics: Vec<Diagnostic> = serde_json::from_str(&self.diagnostics_json)
            .map_err(|e| corrupt(format!("diagnostics_json: {e}")))?;
        Ok(Doc {
            id: self.id,
            source: Source {
                path: self.source_path,
                url: self.source_url,
                format,
                record,
            },
            content_hash: self.content_hash,
            meta: Metadata {
                title: self.title,
                published: self.published.map(|value| Published {
                    value,
                    basis,
                    evidence: self.published_evidence,
                }),
                authors,
                site_name: self.site_name,
                canonical_url: self.canonical_url,
                language: self.language,
            },
            text: self.text,
            removed,
            layers,
            diagnostics,
        })
    }
}

#[derive(Debug, Serialize)]
pub(crate) struct RemovedRow<'a> {
    pub ord: i64,
    pub text: &'a str,
    pub reason: &'a str,
}

#[derive(Debug, Serialize)]
pub(crate) struct SentenceRow {
    pub idx: i64,
    pub start_byte: i64,
    pub end_byte: i64,
    pub token_start: i64,
    pub token_end: i64,
}

#[derive(Debug, Serialize)]
pub(crate) struct EntityRow<'a> {
    pub idx: i64,
    pub start_byte: i64,
    pub end_byte: i64,
    pub label: &'static str,
    pub canonical: &'a str,
}

#[derive(Debug, Serialize)]
pub(crate) struct TimeRow<'a> {
    pub idx: i64,
    pub start_byte: i64,
    pub end_byte: i64,
    pub kind: String,
    pub value: &'a str,
    pub anchor: &'a str,
}

#[derive(Debug, Serialize)]
pub(crate) struct QuantityRow<'a> {
    pub idx: i64,
    pub start_byte: i64,
    pub end_byte: i64,
    pub value: f64,
    pub value_max: Option<f64>,
    pub approx: String,
    pub unit: Option<&'a str>,
    pub unit_start: Option<i64>,
    pub unit_end: Option<i64>,
}

#[derive(Debug, Serialize)]
pub(crate) struct QuoteRow<'a> {
    pub idx: i64,
    pub start_byte: i64,
    pub end_byte: i64,
    pub content_start: i64,
    pub content_end: i64,
    pub direct: bool,
    pub cue_start: Option<i64>,
    pub cue_end: Option<i64>,
    pub speaker: Option<&'a str>,
    pub speaker_start: Option<i64>,
    pub speaker_end: Option<i64>,
    pub speaker_title: Option<&'a str>,
    pub outlet: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ClaimRow {
    pub idx: i64,
    pub start_byte: i64,
    pub end_byte: i64,
    pub attribution: String,
    pub cue_start: Option<i64>,
    pub cue_end: Option<i64>,
}

#[derive(Debug, Serialize)]
pub(crate) struct EventRow<'a> {
    pub idx: i64,
    pub kind: String,
    pub plover: &'a str,
    pub trigger_start: i64,
    pub trigger_end: i64,
    pub start_byte: i64,
    pub end_byte: i64,
    pub sentence: i64,
    pub date: Option<&'a str>,
    pub date_start: Option<i64>,
    pub date_end: Option<i64>,
    pub place: Option<&'a str>,
    pub place_start: Option<i64>,
    pub place_end: Option<i64>,
    pub status: String,
    pub stage: Option<String>,
    pub attributed_to: Option<&'a str>,
    /// The actors as a JSON array (text in SQLite, `jsonb` in PostgreSQL).
    pub actors: String,
}

/// Every normalized row of one document.
#[derive(Debug, Default)]
pub(crate) struct LayerRows<'a> {
    pub removed: Vec<RemovedRow<'a>>,
    pub sentences: Vec<SentenceRow>,
    pub entities: Vec<EntityRow<'a>>,
    pub times: Vec<TimeRow<'a>>,
    pub quantities: Vec<QuantityRow<'a>>,
    pub quotes: Vec<QuoteRow<'a>>,
    pub claims: Vec<ClaimRow>,
    pub events: Vec<EventRow<'a>>,
}

impl<'a> LayerRows<'a> {
    pub fn from_doc(doc: &'a Doc) -> Result<LayerRows<'a>, StoreError> {
        let id = doc.id.as_str();
        let idx = |i: usize| to_i64(i as u64, id, "index");
        let l = &doc.layers;
        let mut rows = LayerRows::default();
        for (i, r) in doc.removed.iter().enumerate() {
            rows.removed.push(RemovedRow {
                ord: idx(i)?,
                text: &r.text,
                reason: &r.reason,
            });
        }
        for (i, s) in l.sentences.iter().enumerate() {
            rows.sentences.push(SentenceRow {
                idx: idx(i)?,
                start_byte: offset(s.span.start, id)?,
                end_byte: offset(s.span.end, id)?,
                token_start: i64::from(s.tokens.0),
                token_end: i64::from(s.tokens.1),
            });
        }
        for (i, e) in l.entities.iter().enumerate() {
            rows.entities.push(EntityRow {
                idx: idx(i)?,
                start_byte: offset(e.span.start, id)?,
                end_byte: offset(e.span.end, id)?,
                label: e.label.as_str(),
                canonical: &e.canonical,
            });
        }
        for (i, t) in l.times.iter().enumerate() {
            rows.times.push(TimeRow {
                idx: idx(i)?,
                start_byte: offset(t.span.start, id)?,
                end_byte: offset(t.span.end, id)?,
                kind: variant_name(&t.kind),
                value: &t.value,
                anchor: &t.anchor,
            });
        }
        for (i, q) in l.quantities.iter().enumerate() {
            let (unit_start, unit_end) = opt_span(q.unit_span, id)?;
            rows.quantities.push(QuantityRow {
                idx: idx(i)?,
                start_byte: offset(q.span.start, id)?,
                end_byte: offset(q.span.end, id)?,
                value: q.value,
                value_max: q.value_max,
                approx: variant_name(&q.approx),
                unit: q.unit.as_deref(),
                unit_start,
                unit_end,
            });
        }
        for (i, q) in l.quotes.iter().enumerate() {
            let (cue_start, cue_end) = opt_span(q.cue, id)?;
            let (speaker_start, speaker_end) = opt_span(q.speaker_span, id)?;
            rows.quotes.push(QuoteRow {
                idx: idx(i)?,
                start_byte: offset(q.span.start, id)?,
                end_byte: offset(q.span.end, id)?,
                content_start: offset(q.content.start, id)?,
                content_end: offset(q.content.end, id)?,
                direct: q.direct,
                cue_start,
                cue_end,
                speaker: q.speaker.as_deref(),
                speaker_start,
                speaker_end,
                speaker_title: q.speaker_title.as_deref(),
                outlet: q.outlet.as_deref(),
            });
        }
        for (i, c) in l.claims.iter().enumerate() {
            let (cue_start, cue_end) = opt_span(c.cue, id)?;
            rows.claims.push(ClaimRow {
                idx: idx(i)?,
                start_byte: offset(c.span.start, id)?,
                end_byte: offset(c.span.end, id)?,
                attribution: variant_name(&c.attribution),
                cue_start,
                cue_end,
            });
        }
        for (i, e) in l.events.iter().enumerate() {
            let (date_start, date_end) = opt_span(e.date_span, id)?;
            let (place_start, place_end) = opt_span(e.place_span, id)?;
            rows.events.push(EventRow {
                idx: idx(i)?,
                kind: variant_name(&e.kind),
                plover: &e.plover,
                trigger_start: offset(e.trigger.start, id)?,
                trigger_end: offset(e.trigger.end, id)?,
                start_byte: offset(e.span.start, id)?,
                end_byte: offset(e.span.end, id)?,
                sentence: i64::from(e.sentence),
                date: e.date.as_deref(),
                date_start,
                date_end,
                place: e.place.as_deref(),
                place_start,
                place_end,
                status: variant_name(&e.status),
                stage: e.stage.as_ref().map(variant_name),
                attributed_to: e.attributed_to.as_deref(),
                actors: serde_json::to_string(&e.actors).ctx("encoding event actors")?,
            });
        }
        Ok(rows)
    }
}

/// How [`crate::Store::get`] should look a key up once the exact id missed.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum PrefixQuery {
    /// Ids in `[low, high)` share the prefix: hex ids sort below `prefix + "g"`.
    Range { low: String, high: String },
    /// Hex, but fewer digits than [`MIN_PREFIX_LEN`].
    TooShort,
    /// Not a hex prefix at all: nothing can match.
    NotHex,
}

/// Normalizes a user-typed id or prefix (trimmed, lower-case).
pub(crate) fn normalize_key(key: &str) -> String {
    key.trim().to_ascii_lowercase()
}

pub(crate) fn prefix_query(key: &str) -> PrefixQuery {
    if key.is_empty() || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        PrefixQuery::NotHex
    } else if key.len() < MIN_PREFIX_LEN {
        PrefixQuery::TooShort
    } else {
        PrefixQuery::Range {
            low: key.to_string(),
            high: format!("{key}g"),
        }
    }
}

/// Turns the ids found for a prefix (at most a few) into the answer.
pub(crate) fn resolve_prefix(
    prefix: &str,
    mut found: Vec<String>,
) -> Result<Option<String>, StoreError> {
    match found.len() {
        0 => Ok(None),
        1 => Ok(found.pop()),
        _ => Err(StoreError::Ambiguous {
            prefix: prefix.to_string(),
            candidates: found,
        }),
    }
}

/// How many candidate ids to fetch for an ambiguous prefix's message.
pub(crate) const AMBIGUOUS_SHOWN: i64 = 10;

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn prefix_queries() {
        assert_eq!(prefix_query("ab12"), PrefixQuery::TooShort);
        assert_eq!(prefix_query("xyz123"), PrefixQuery::NotHex);
        assert_eq!(prefix_query(""), PrefixQuery::NotHex);
        assert_eq!(
            prefix_query("abc123"),
            PrefixQuery::Range {
                low: "abc123".into(),
                high: "abc123g".into()
            }
        );
        assert!("abc123ffffffffff" < "abc123g" && "abc124" > "abc123g");
    }

    #[test]
    fn variant_names_follow_serde() {
        assert_eq!(
            variant_name(&sitrep_core::EventStatus::Occurred),
            "occurred"
        );
        assert_eq!(variant_name(&sitrep_core::TimeType::Duration), "DURATION");
        assert_eq!(variant_name(&sitrep_core::Approx::MoreThan), "more_than");
    }

    #[test]
    fn non_finite_quantities_are_refused() {
        let mut doc = crate::synthetic::synthetic_doc(1);
        doc.layers.quantities[0].value = f64::NAN;
        assert!(matches!(
            DocRow::from_doc(&doc),
            Err(StoreError::InvalidDocument { .. })
        ));
    }
}
