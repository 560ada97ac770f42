//! BBC News articles (clean, furniture-free text): cleaning must lose
//! nothing but the headline, which becomes the title.

use std::io::Read;

use sitrep_clean::{clean, normalize::normalize, CleanOptions};
use sitrep_core::ContentKind;

use crate::shared::{raw, shared_path};

/// `(path, bytes)` of every article in the archive.
pub fn bbc_articles() -> Option<Vec<(String, Vec<u8>)>> {
    let path = shared_path("data/bbc-news/bbc-fulltext.tar.xz", "BBC test")?;
    let file = std::fs::File::open(path).ok()?;
    let mut archive = tar::Archive::new(xz2::read::XzDecoder::new(file));
    let mut out = Vec::new();
    for entry in archive.entries().ok()? {
        let mut entry = entry.ok()?;
        let name = entry.path().ok()?.to_string_lossy().into_owned();
        if !name.ends_with(".txt") || name.ends_with("README.TXT") {
            continue;
        }
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).ok()?;
        out.push((name, bytes));
    }
    Some(out)
}

#[test]
fn bbc_articles_lose_only_their_headline() {
    let Some(articles) = bbc_articles() else {
        return;
    };
    assert!(articles.len() > 2000, "{} articles", articles.len());
    let mut failures = Vec::new();
    let mut undecodable = 0;
    for (name, bytes) in &articles {
        let doc = match clean(
            raw(bytes.clone(), ContentKind::Text),
            &CleanOptions::default(),
        ) {
            Ok(doc) => doc,
            Err(e) if e.reason.contains("UTF-8") => {
                // The archive has a few bytes of a legacy encoding; refusing them is the contract.
                undecodable += 1;
                continue;
            }
            Err(e) => panic!("{name}: {e}"),
        };
        let lines: Vec<String> = String::from_utf8_lossy(bytes)
            .lines()
            .map(normalize)
            .filter(|l| !l.is_empty())
            .collect();
        let headline = lines.first().cloned().unwrap_or_default();
        if doc.meta.title.as_deref() != Some(headline.as_str()) {
            failures.push(format!(
                "{name}: title {:?} != headline {headline:?}",
                doc.meta.title
            ));
        }
        // A line holding only a full stop or dash is not content.
        for r in doc
            .removed
            .iter()
            .filter(|r| r.reason != "title" && r.reason != "separator")
        {
            failures.push(format!("{name}: removed [{}] {:?}", r.reason, r.text));
        }
        // `None` is allowed (a line-up is names, not language); a wrong code is not.
        if doc.meta.language.as_deref().is_some_and(|l| l != "en") {
            failures.push(format!("{name}: language {:?}", doc.meta.language));
        }
    }
    assert!(undecodable <= 2, "{undecodable} undecodable articles");
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
