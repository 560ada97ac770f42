//! Scores `sitrep_clean::html::extract` (and optionally trafilatura's
//! outputs, produced by `scripts/trafilatura-baseline.sh`) on the shared
//! HTML gold sets.
//!
//! ```text
//! cargo run --release -p sitrep-clean --example eval_html -- [--trafilatura-json FILE] [--failures N]
//! ```
//! `--failures N` prints the first N training-split pages with missed or
//! leaked snippets (tuning looks at the training split only).

mod common;

use common::{is_held_out, load_newspaper4k, load_trafilatura_eval, NewsPage, SnippetPage};
use serde_json::Value;
use sitrep_clean::html::extract;
use sitrep_eval::html::{
    author_prf, count_snippets, same_date, title_matches, token_prf, Prf, SnippetCounts,
};
use std::time::Instant;

struct Options {
    trafilatura_json: Option<String>,
    failures: usize,
    page: Option<String>,
    /// With `--failures`: only pages where trafilatura's counts beat ours.
    only_worse: bool,
    /// Writes sitrep's trafilatura-eval texts as a JSON object (file → text).
    dump: Option<String>,
}

fn parse_options() -> Result<Options, String> {
    let mut options = Options {
        trafilatura_json: None,
        failures: 0,
        page: None,
        only_worse: false,
        dump: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--trafilatura-json" => {
                options.trafilatura_json =
                    Some(args.next().ok_or("--trafilatura-json needs a file")?)
            }
            "--failures" => {
                options.failures = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("--failures needs a number")?
            }
            "--worse" => options.only_worse = true,
            "--dump" => options.dump = Some(args.next().ok_or("--dump needs a file")?),
            "--page" => options.page = Some(args.next().ok_or("--page needs a file name")?),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(options)
}

fn main() {
    let options = match parse_options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("eval_html: {message}");
            std::process::exit(2);
        }
    };
    let baseline: Option<Value> = options.trafilatura_json.as_ref().and_then(|path| {
        let parsed = std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok());
        if parsed.is_none() {
            eprintln!("eval_html: cannot read {path}; scoring sitrep only");
        }
        parsed
    });
    if let Some(name) = &options.page {
        show_page(name);
        return;
    }
    match load_trafilatura_eval() {
        Ok(pages) => snippet_eval(&pages, baseline.as_ref(), &options),
        Err(message) => eprintln!("eval_html: trafilatura-eval skipped: {message}"),
    }
    match load_newspaper4k() {
        Ok(pages) => newspaper_eval(&pages, baseline.as_ref()),
        Err(message) => eprintln!("eval_html: newspaper4k skipped: {message}"),
    }
}

fn snippet_eval(pages: &[SnippetPage], baseline: Option<&Value>, options: &Options) {
    let failures = options.failures;
    let mut ours = [SnippetCounts::default(); 3];
    let mut theirs = [SnippetCounts::default(); 3];
    let mut shown = 0;
    let started = Instant::now();
    let mut extracted = Vec::with_capacity(pages.len());
    for page in pages {
        extracted.push(extract(&page.html, Some(&page.url)).text);
    }
    let elapsed = started.elapsed().as_secs_f64();
    if let Some(path) = &options.dump {
        let texts: serde_json::Map<String, Value> = pages
            .iter()
            .zip(&extracted)
            .map(|(page, text)| (page.file.clone(), Value::String(text.clone())))
            .collect();
        if let Err(error) = std::fs::write(path, Value::Object(texts).to_string()) {
            eprintln!("eval_html: cannot write {path}: {error}");
        }
    }
    for (page, text) in pages.iter().zip(&extracted) {
        let split = if is_held_out(&page.url) { 2 } else { 1 };
        let counts = count_snippets(&page.with, &page.without, Some(text));
        for index in [0, split] {
            ours[index].add(counts);
        }
        let mut their_net = None;
        if let Some(baseline) = baseline {
            let their_text = baseline
                .get("trafilatura-eval")
                .and_then(|m| m.get(&page.file))
                .and_then(Value::as_str);
            let their_counts = count_snippets(&page.with, &page.without, their_text);
            for index in [0, split] {
                theirs[index].add(their_counts);
            }
            their_net =
                Some(their_counts.true_positives as i64 - their_counts.false_positives as i64);
        }
        let our_net = counts.true_positives as i64 - counts.false_positives as i64;
        let worse = their_net.is_some_and(|net| net > our_net);
        if shown < failures
            && split == 1
            && (counts.false_negatives > 0 || counts.false_positives > 0)
            && (!options.only_worse || worse)
        {
            shown += 1;
            print_failure(page, text);
        }
    }
    let total_bytes: usize = pages.iter().map(|p| p.bytes).sum();
    println!(
        "## trafilatura-eval ({} pages; with/without snippets)\n",
        pages.len()
    );
    println!("| system | split | pages | TP | FP | FN | TN | precision | recall | accuracy | F1 |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    let splits = ["all", "train (70%)", "held-out (30%)"];
    let sizes = [
        pages.len(),
        pages.iter().filter(|p| !is_held_out(&p.url)).count(),
        pages.iter().filter(|p| is_held_out(&p.url)).count(),
    ];
    for (index, split) in splits.iter().enumerate() {
        print_counts("sitrep", split, sizes[index], &ours[index]);
        if baseline.is_some() {
            print_counts("trafilatura", split, sizes[index], &theirs[index]);
        }
    }
    println!(
        "\nsitrep extract throughput (single thread, this run): {} pages, {:.1} MB in {:.2} s = {:.1} docs/s, {:.2} MB/s\n",
        pages.len(),
        total_bytes as f64 / 1e6,
        elapsed,
        pages.len() as f64 / elapsed,
        total_bytes as f64 / 1e6 / elapsed
    );
}

fn print_counts(system: &str, split: &str, pages: usize, counts: &SnippetCounts) {
    println!(
        "| {system} | {split} | {pages} | {} | {} | {} | {} | {:.4} | {:.4} | {:.4} | {:.4} |",
        counts.true_positives,
        counts.false_positives,
        counts.false_negatives,
        counts.true_negatives,
        counts.precision(),
        counts.recall(),
        counts.accuracy(),
        counts.f1()
    );
}

fn print_failure(page: &SnippetPage, text: &str) {
    let normalized = sitrep_eval::html::normalize_whitespace(text);
    println!(
        "--- {} ({}) extracted {} chars",
        page.file,
        page.url,
        text.chars().count()
    );
    for snippet in &page.with {
        if !normalized.contains(&sitrep_eval::html::normalize_whitespace(snippet)) {
            println!("  MISSED: {snippet}");
        }
    }
    for snippet in &page.without {
        if normalized.contains(&sitrep_eval::html::normalize_whitespace(snippet)) {
            println!("  LEAKED: {snippet}");
        }
    }
}

#[derive(Default)]
struct NewsScores {
    text: Vec<Prf>,
    titles: (usize, usize),
    authors: Vec<Prf>,
    dates: (usize, usize),
}

impl NewsScores {
    fn add(
        &mut self,
        page: &NewsPage,
        text: Option<&str>,
        title: Option<&str>,
        authors: &[String],
        date: Option<&str>,
    ) {
        if let Some(gold) = &page.gold_text {
            self.text.push(token_prf(text.unwrap_or(""), gold));
        }
        if !page.has_metadata {
            return;
        }
        self.titles.1 += 1;
        if title_matches(title, page.title.as_deref()) {
            self.titles.0 += 1;
        }
        if !page.authors.is_empty() {
            self.authors.push(author_prf(authors, &page.authors));
        }
        if page.date.is_some() {
            self.dates.1 += 1;
            if same_date(date, page.date.as_deref()) {
                self.dates.0 += 1;
            }
        }
    }

    fn print(&self, system: &str) {
        let text = Prf::mean(&self.text);
        let authors = Prf::mean(&self.authors);
        println!(
            "| {system} | {} | {:.4} | {:.4} | {:.4} | {}/{} = {:.3} | {:.3} ({} pages) | {}/{} = {:.3} |",
            self.text.len(),
            text.precision,
            text.recall,
            text.f1,
            self.titles.0,
            self.titles.1,
            ratio(self.titles.0, self.titles.1),
            authors.f1,
            self.authors.len(),
            self.dates.0,
            self.dates.1,
            ratio(self.dates.0, self.dates.1)
        );
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn newspaper_eval(pages: &[NewsPage], baseline: Option<&Value>) {
    let mut ours = NewsScores::default();
    let mut theirs = NewsScores::default();
    for page in pages {
        let result = extract(&page.html, page.url.as_deref());
        let date = result.published.as_ref().map(|d| d.value.as_str());
        ours.add(
            page,
            Some(&result.text),
            result.title.as_deref(),
            &result.authors,
            date,
        );
        if let Some(entry) = baseline
            .and_then(|b| b.get("newspaper4k"))
            .and_then(|m| m.get(&page.name))
        {
            let field = |key: &str| entry.get(key).and_then(Value::as_str);
            let authors: Vec<String> = field("author")
                .map(|a| {
                    a.split(';')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            theirs.add(page, field("text"), field("title"), &authors, field("date"));
        }
    }
    println!("## newspaper4k test pages (token P/R/F1 = mean over pages with gold text)\n");
    println!("| system | text pages | token P | token R | token F1 | title exact | author-set F1 | date equal |");
    println!("|---|---|---|---|---|---|---|---|");
    ours.print("sitrep");
    if baseline.is_some() {
        theirs.print("trafilatura");
    }
    println!();
}

/// Prints the full extraction of one trafilatura-eval page (debugging aid).
fn show_page(name: &str) {
    let pages = load_trafilatura_eval().unwrap_or_default();
    for page in pages.iter().filter(|p| p.file == name) {
        let result = extract(&page.html, Some(&page.url));
        println!("{:#?}", HtmlExtractView(&result));
        println!("TEXT:\n{}", result.text);
        print_failure(page, &result.text);
        let normalized = sitrep_eval::html::normalize_whitespace(&result.text);
        for snippet in page.with.iter().chain(&page.without) {
            let snippet_normalized = sitrep_eval::html::normalize_whitespace(snippet);
            let expected = page.with.contains(snippet);
            if normalized.contains(&snippet_normalized) != expected {
                println!(
                    "WHY {snippet:?}:\n{}",
                    sitrep_clean::html::explain(&page.html, snippet)
                );
            }
        }
    }
}

struct HtmlExtractView<'a>(&'a sitrep_clean::html::HtmlExtract);

impl std::fmt::Debug for HtmlExtractView<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let r = self.0;
        f.debug_struct("HtmlExtract")
            .field("title", &r.title)
            .field("published", &r.published)
            .field("authors", &r.authors)
            .field("site_name", &r.site_name)
            .field("language", &r.language)
            .field(
                "removed",
                &r.removed
                    .iter()
                    .map(|x| format!("{}: {}", x.reason, x.text))
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}
