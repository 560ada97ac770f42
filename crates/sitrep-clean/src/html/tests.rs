//! Behaviour tests on small hand-written pages.

use super::*;

const ARTICLE_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en-GB"><head>
<title>Flood waters recede in the valley | Valley Herald</title>
<meta property="og:site_name" content="Valley Herald">
<meta property="article:published_time" content="2025-10-15T17:34:00+02:00">
<meta name="author" content="Jane Doe">
<meta name="description" content="Residents return home.">
<link rel="canonical" href="/news/flood">
<script>var tracking = "Do not extract this";</script>
<style>.x { color: red }</style>
</head><body>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<header><div class="logo">Valley Herald</div></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>Flood waters recede in the valley</h1>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
<p>The river fell below its warning level on Tuesday morning, officials said, and residents began returning to their homes.</p>
<p>About 1,200 people had been evacuated from low-lying streets, according to the county, which opened two shelters.</p>
<h2>Damage assessment</h2>
<p>Engineers will inspect the bridges, roads and the old mill before traffic is allowed back.</p>
<ul><li>Main Street remains closed.</li><li>Schools reopen on Monday.</li></ul>
<p>“We were lucky,” said one resident.</p>
<div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Storm warning issued for the coast</a></li><li><a href="/b">Rainfall record broken again</a></li></ul></div>
</article></main>
<section id="comments"><h3>3 comments</h3><p>First! This is such a long comment about the flood and I have opinions, really.</p></section>
<footer><p>© 2025 Valley Herald. All rights reserved. Contact us for licensing.</p></footer>
</body></html>"##;

#[test]
fn article_text_without_boilerplate() {
    let result = extract(ARTICLE_PAGE, Some("https://herald.example/news/flood?x=1"));
    let text = &result.text;
    assert!(
        text.contains("The river fell below its warning level"),
        "{text}"
    );
    assert!(text.contains("Damage assessment"), "{text}");
    assert!(text.contains("Main Street remains closed."), "{text}");
    assert!(
        text.contains("“We were lucky,” said one resident."),
        "{text}"
    );
    for boilerplate in [
        "cookies",
        "Home",
        "Share on Facebook",
        "Storm warning",
        "First!",
        "All rights reserved",
        "tracking",
        "color",
    ] {
        assert!(
            !text.contains(boilerplate),
            "{boilerplate:?} leaked into {text}"
        );
    }
    // One block per line, headings on their own line.
    assert!(text.lines().any(|line| line == "Damage assessment"));
    let reasons: Vec<&str> = result.removed.iter().map(|r| r.reason.as_str()).collect();
    for reason in [
        "cookie-notice",
        "navigation",
        "share-widget",
        "related-links",
        "comments",
    ] {
        assert!(reasons.contains(&reason), "missing {reason} in {reasons:?}");
    }
}

#[test]
fn article_metadata() {
    let result = extract(ARTICLE_PAGE, Some("https://herald.example/news/flood?x=1"));
    assert_eq!(
        result.title.as_deref(),
        Some("Flood waters recede in the valley")
    );
    let published = result.published.expect("date");
    assert_eq!(published.value, "2025-10-15T17:34:00+02:00");
    assert_eq!(published.evidence, "meta article:published_time");
    assert_eq!(result.authors, vec!["Jane Doe"]);
    assert_eq!(result.site_name.as_deref(), Some("Valley Herald"));
    assert_eq!(
        result.canonical_url.as_deref(),
        Some("https://herald.example/news/flood")
    );
    assert_eq!(result.language.as_deref(), Some("en-GB"));
    assert_eq!(
        result.description.as_deref(),
        Some("Residents return home.")
    );
}

#[test]
fn json_ld_date_author_and_headline() {
    let page = r#"<html><head><title>Something else entirely - Site</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
{"@type":"NewsArticle","headline":"Council approves budget","datePublished":"2024-03-05T09:00:00Z",
"author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}],"publisher":{"@type":"Organization","name":"Example News"}}]}</script>
</head><body><p>Short.</p></body></html>"#;
    let result = extract(page, None);
    assert_eq!(result.title.as_deref(), Some("Council approves budget"));
    assert_eq!(
        result.published.as_ref().map(|d| d.value.as_str()),
        Some("2024-03-05T09:00:00Z")
    );
    assert_eq!(
        result.published.as_ref().map(|d| d.evidence.as_str()),
        Some("json-ld datePublished")
    );
    assert_eq!(result.authors, vec!["Ann Lee", "Bo Chan"]);
    assert_eq!(result.site_name.as_deref(), Some("Example News"));
}

#[test]
fn meta_and_time_dates() {
    let meta_page =
        r#"<html><head><meta name="pubdate" content="2023-11-06"></head><body></body></html>"#;
    let date = extract(meta_page, None).published.expect("meta date");
    assert_eq!(
        (date.value.as_str(), date.evidence.as_str()),
        ("2023-11-06", "meta pubdate")
    );
    let time_page = r#"<html><body><article><time datetime="2022-01-31T08:15">Jan 31</time><p>Text.</p></article></body></html>"#;
    let date = extract(time_page, None).published.expect("time date");
    assert_eq!(
        (date.value.as_str(), date.evidence.as_str()),
        ("2022-01-31T08:15:00", "time datetime")
    );
}

#[test]
fn url_date_is_last_resort() {
    let result = extract(
        "<html><body><p>No dates here.</p></body></html>",
        Some("https://x.example/2021/07/04/parade/"),
    );
    let date = result.published.expect("url date");
    assert_eq!(
        (date.value.as_str(), date.evidence.as_str()),
        ("2021-07-04", "url path")
    );
}

#[test]
fn title_suffix_is_stripped_without_metadata() {
    let page = "<html><head><title>Mayor opens the new library downtown | City Paper</title></head><body></body></html>";
    assert_eq!(
        extract(page, None).title.as_deref(),
        Some("Mayor opens the new library downtown")
    );
}

#[test]
fn fallback_collects_dense_paragraphs() {
    let paragraph = "This sentence is long enough to count as real prose, with a comma or two, and a full stop.";
    let page = format!("<html><body><table><tr><td>{paragraph}</td></tr></table><div><span>{paragraph} Again.</span></div></body></html>");
    let result = extract(&page, None);
    assert!(result.text.contains("Again."), "{}", result.text);
}

#[test]
fn deep_and_broken_markup_does_not_panic() {
    let sentence =
        "A sentence deep inside the markup, long enough to count as prose for the extractor.";
    let deep = "<div>".repeat(5000) + sentence + &"</div>".repeat(10);
    assert!(extract(&deep, None).text.contains(sentence));
    let broken = "<p>unclosed <b>bold <i>both</p> tail</b><table><td>cell<p>x";
    let _ = extract(broken, None);
    let _ = extract("", None);
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]
        #[test]
        fn never_panics_on_random_strings(input in "\\PC{0,400}") {
            let _ = extract(&input, Some("https://x.example/2020/01/02/a"));
        }

        #[test]
        fn never_panics_on_tag_soup(parts in proptest::collection::vec(prop_oneof![
            Just("<div class=\"share\">".to_string()), Just("</div>".to_string()), Just("<p>".to_string()),
            Just("<a href=x>".to_string()), Just("<br>".to_string()), Just("<meta property=\"article:published_time\" content=\"2020-02-30\">".to_string()),
            Just("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":[[[{}]]]}</script>".to_string()),
            "[a-z ,.]{0,30}".prop_map(|s| s),
        ], 0..60)) {
            let _ = extract(&parts.concat(), None);
        }
    }
}

/// Three paragraphs of article prose for the layout tests below.
const PROSE: &str = "<p>The council approved the new budget on Monday evening, after a debate that lasted almost four hours and ended with a narrow vote.</p>\
<p>Opposition members said the plan cut too deeply into library funding, while the mayor argued that the savings were needed to repair the roads.</p>\
<p>The budget takes effect in January, and a first review of its spending is planned for the spring, officials said.</p>";

#[test]
fn layout_wrapper_named_sidebar_keeps_its_article() {
    let page = format!(
        "<html><body><div class='container_wrap sidebar_right'><main><div class='text'>{PROSE}</div></main>\
         <div class='widget'><ul><li><a href='/a'>Archive</a></li><li><a href='/b'>Events calendar</a></li>\
         <li><a href='/c'>Contact the newsroom</a></li></ul></div></div></body></html>"
    );
    let text = extract(&page, None).text;
    assert!(text.contains("approved the new budget"), "{text}");
    assert!(!text.contains("Events calendar"), "{text}");
}

#[test]
fn commentary_is_an_article_genre_not_comments() {
    let page = format!(
        "<html><body><div class='news commentary'><article>{PROSE}</article></div>\
         <section id='comments'><p>I disagree with this commentary and have said so for years, truly.</p></section></body></html>"
    );
    let text = extract(&page, None).text;
    assert!(text.contains("Opposition members said"), "{text}");
    assert!(!text.contains("I disagree"), "{text}");
}

#[test]
fn article_only_in_noscript_or_template_is_found() {
    let noscript = format!(
        "<html><body><div id='app'></div><noscript><div class='post'>{PROSE}</div></noscript></body></html>"
    );
    let text = extract(&noscript, None).text;
    assert!(text.contains("approved the new budget"), "{text}");
    let template = format!(
        "<html><body><div class='post-body'><script type='text/template'>{PROSE}</script></div></body></html>"
    );
    let text = extract(&template, None).text;
    assert!(text.contains("first review of its spending"), "{text}");
}

#[test]
fn link_roll_post_keeps_its_links() {
    let items: String = (0..12)
        .map(|i| format!("<li><p><a href='/l{i}'>Linked story number {i} about the press</a></p><p>via <a href='/s{i}'>source {i}</a></p></li>"))
        .collect();
    let page = format!("<html><body><main><article><div class='entry'><ul>{items}</ul></div></article></main></body></html>");
    let text = extract(&page, None).text;
    assert!(
        text.contains("Linked story number 3 about the press"),
        "{text}"
    );
}
