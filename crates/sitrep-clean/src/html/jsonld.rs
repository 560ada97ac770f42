//! Reads article metadata from schema.org JSON-LD blocks.

use serde_json::Value;

/// Fields of the first article-like JSON-LD object (and page-level
/// fallbacks from any object).
#[derive(Debug, Clone, Default)]
pub struct JsonLdArticle {
    pub headline: Option<String>,
    pub date_published: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub article_body: Option<String>,
    pub language: Option<String>,
    pub description: Option<String>,
}

/// schema.org types whose `headline`/`datePublished` describe the page.
const ARTICLE_TYPES: &[&str] = &[
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "report",
    "scholarlyarticle",
    "techarticle",
    "liveblogposting",
    "backgroundnewsarticle",
    "socialmediaposting",
    "webpage",
    "posting",
    "creativework",
    "videoobject",
    "review",
];

/// Merges all JSON-LD script bodies into one article description.
pub fn read(scripts: &[String]) -> JsonLdArticle {
    let mut parsed = Vec::new();
    for script in scripts {
        // Some CMSs wrap JSON-LD in CDATA or HTML comments.
        let body = script
            .trim()
            .trim_start_matches("<!--")
            .trim_end_matches("-->")
            .trim();
        let body = body
            .trim_start_matches("//<![CDATA[")
            .trim_end_matches("//]]>")
            .trim();
        if let Ok(value) = serde_json::from_str::<Value>(body) {
            parsed.push(value);
        }
    }
    let mut objects = Vec::new();
    for value in &parsed {
        flatten(value, &mut objects, 0);
    }
    // Prefer real article types over generic WebPage.
    objects.sort_by_key(|object| type_rank(object));
    let mut article = JsonLdArticle::default();
    for object in objects
        .iter()
        .filter(|o| type_rank(o) < ARTICLE_TYPES.len())
    {
        fill(&mut article, object);
    }
    article
}

fn type_rank(object: &Value) -> usize {
    let types: Vec<String> = match object.get("@type") {
        Some(Value::String(t)) => vec![t.to_lowercase()],
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_lowercase)
            .collect(),
        _ => Vec::new(),
    };
    types
        .iter()
        .filter_map(|t| ARTICLE_TYPES.iter().position(|a| a == t))
        .min()
        .unwrap_or(ARTICLE_TYPES.len())
}

fn flatten<'a>(value: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 6 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|item| flatten(item, out, depth + 1)),
        Value::Object(map) => {
            out.push(value);
            if let Some(graph) = map.get("@graph") {
                flatten(graph, out, depth + 1);
            }
            if let Some(entity) = map.get("mainEntity") {
                flatten(entity, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn fill(article: &mut JsonLdArticle, object: &Value) {
    if article.headline.is_none() {
        article.headline =
            string_field(object, "headline").or_else(|| string_field(object, "name"));
    }
    if article.date_published.is_none() {
        article.date_published =
            string_field(object, "datePublished").or_else(|| string_field(object, "dateCreated"));
    }
    if article.authors.is_empty() {
        if let Some(author) = object.get("author").or_else(|| object.get("creator")) {
            collect_names(author, &mut article.authors, 0);
        }
    }
    if article.publisher.is_none() {
        if let Some(publisher) = object.get("publisher") {
            let mut names = Vec::new();
            collect_names(publisher, &mut names, 0);
            article.publisher = names.into_iter().next();
        }
    }
    if article.article_body.is_none() {
        article.article_body =
            string_field(object, "articleBody").or_else(|| string_field(object, "text"));
    }
    if article.language.is_none() {
        article.language = string_field(object, "inLanguage");
    }
    if article.description.is_none() {
        article.description = string_field(object, "description");
    }
}

fn string_field(object: &Value, key: &str) -> Option<String> {
    match object.get(key)? {
        Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_string()),
        Value::Array(items) => items
            .iter()
            .find_map(Value::as_str)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        _ => None,
    }
}

fn collect_names(value: &Value, out: &mut Vec<String>, depth: usize) {
    if depth > 4 {
        return;
    }
    match value {
        Value::String(name) => push_name(out, name),
        Value::Array(items) => items
            .iter()
            .for_each(|item| collect_names(item, out, depth + 1)),
        Value::Object(map) => {
            if let Some(Value::String(name)) = map.get("name") {
                push_name(out, name);
            }
        }
        _ => {}
    }
}

fn push_name(out: &mut Vec<String>, name: &str) {
    let name = name.trim();
    if !name.is_empty() && !name.starts_with("http") && !out.iter().any(|n| n == name) {
        out.push(name.to_string());
    }
}
