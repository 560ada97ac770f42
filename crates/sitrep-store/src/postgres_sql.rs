//! The SQL text of PostgreSQL's single-statement document insert.

/// Columns of each normalized table after `doc`, with their PostgreSQL types.
/// Each layer's rows arrive as one JSON array of row objects, unpacked with
/// `jsonb_to_recordset` inside [`put_doc_sql`]'s statement.
pub(crate) const LAYER_COLUMNS: [(&str, &[(&str, &str)]); 8] = [
    (
        "removed",
        &[("ord", "bigint"), ("text", "text"), ("reason", "text")],
    ),
    (
        "sentences",
        &[
            ("idx", "bigint"),
            ("start_byte", "bigint"),
            ("end_byte", "bigint"),
            ("token_start", "bigint"),
            ("token_end", "bigint"),
        ],
    ),
    (
        "entities",
        &[
            ("idx", "bigint"),
            ("start_byte", "bigint"),
            ("end_byte", "bigint"),
            ("label", "text"),
            ("canonical", "text"),
        ],
    ),
    (
        "times",
        &[
            ("idx", "bigint"),
            ("start_byte", "bigint"),
            ("end_byte", "bigint"),
            ("kind", "text"),
            ("value", "text"),
            ("anchor", "text"),
        ],
    ),
    (
        "quantities",
        &[
            ("idx", "bigint"),
            ("start_byte", "bigint"),
            ("end_byte", "bigint"),
            ("value", "double precision"),
            ("value_max", "double precision"),
            ("approx", "text"),
            ("unit", "text"),
            ("unit_start", "bigint"),
            ("unit_end", "bigint"),
        ],
    ),
    (
        "quotes",
        &[
            ("idx", "bigint"),
            ("start_byte", "bigint"),
            ("end_byte", "bigint"),
            ("content_start", "bigint"),
            ("content_end", "bigint"),
            ("direct", "boolean"),
            ("cue_start", "bigint"),
            ("cue_end", "bigint"),
            ("speaker", "text"),
            ("speaker_start", "bigint"),
            ("speaker_end", "bigint"),
            ("speaker_title", "text"),
            ("outlet", "text"),
        ],
    ),
    (
        "claims",
        &[
            ("idx", "bigint"),
            ("start_byte", "bigint"),
            ("end_byte", "bigint"),
            ("attribution", "text"),
            ("cue_start", "bigint"),
            ("cue_end", "bigint"),
        ],
    ),
    (
        "events",
        &[
            ("idx", "bigint"),
            ("kind", "text"),
            ("plover", "text"),
            ("trigger_start", "bigint"),
            ("trigger_end", "bigint"),
            ("start_byte", "bigint"),
            ("end_byte", "bigint"),
            ("sentence", "bigint"),
            ("date", "text"),
            ("date_start", "bigint"),
            ("date_end", "bigint"),
            ("place", "text"),
            ("place_start", "bigint"),
            ("place_end", "bigint"),
            ("status", "text"),
            ("stage", "text"),
            ("attributed_to", "text"),
            // Travels as a JSON string inside the row object, stored as jsonb.
            ("actors", "text"),
        ],
    ),
];

/// One statement that stores a whole document: the `documents` row and, only
/// if that row was new, every layer's rows. A single statement is atomic on
/// its own and costs one round trip; it returns 1 if the document was
/// inserted, 0 if it was a duplicate.
///
/// Parameters: `$1`..`$17` the documents columns, then one JSON array of row
/// objects per table of [`LAYER_COLUMNS`] (`$18`..`$25`).
pub(crate) fn put_doc_sql() -> String {
    let mut sql = String::from(
        "WITH d AS (INSERT INTO documents (id, content_hash, source_path, source_url, \
         source_format, source_record, title, published, published_basis, published_evidence, \
         language, authors, site_name, canonical_url, text, layers_json, diagnostics_json) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::text::jsonb, $13, $14, $15, \
         $16::text::jsonb, $17::text::jsonb) ON CONFLICT DO NOTHING RETURNING id)",
    );
    for (i, (table, columns)) in LAYER_COLUMNS.iter().enumerate() {
        let names: Vec<String> = columns.iter().map(|(c, _)| format!("\"{c}\"")).collect();
        let values: Vec<String> = columns
            .iter()
            .map(|(c, _)| {
                if *c == "actors" {
                    format!("r.\"{c}\"::jsonb")
                } else {
                    format!("r.\"{c}\"")
                }
            })
            .collect();
        let defs: Vec<String> = columns
            .iter()
            .map(|(c, t)| format!("\"{c}\" {t}"))
            .collect();
        sql.push_str(&format!(
            ", l{i} AS (INSERT INTO {table} (doc, {}) SELECT d.id, {} FROM d, \
             jsonb_to_recordset(${}::text::jsonb) AS r({}))",
            names.join(", "),
            values.join(", "),
            18 + i,
            defs.join(", ")
        ));
    }
    sql.push_str(" SELECT count(*) FROM d");
    sql
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_numbered_through_the_last_layer() {
        let sql = put_doc_sql();
        assert!(sql.contains("$25::text::jsonb"));
        assert!(!sql.contains("$26"));
        assert_eq!(sql.matches("INSERT INTO").count(), 1 + LAYER_COLUMNS.len());
    }
}
