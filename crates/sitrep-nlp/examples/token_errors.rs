//! Lists where the raw-text tokenizer disagrees with EWT's tokens (dev only).
//! `cargo run --release -p sitrep-nlp --example token_errors [-- SPLIT]`
use std::collections::BTreeSet;
use std::io::BufReader;

use sitrep_nlp::corpus::shared_dir;
use sitrep_nlp::treebank_text;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let split = std::env::args().nth(1).unwrap_or_else(|| "dev".into());
    let data = shared_dir().join("data/ud-english-ewt");
    let file = std::fs::File::open(data.join(format!("en_ewt-ud-{split}.conllu")))?;
    let gold = sitrep_eval::conllu::read_conllu(BufReader::new(file))?;
    let text = treebank_text(&gold);
    // Gold surface tokens in order.
    let mut forms: Vec<String> = Vec::new();
    for s in &gold {
        let mut i = 0;
        while i < s.words.len() {
            let id = s.words[i].id;
            if let Some(m) = s.multiword_tokens.iter().find(|m| m.first == id) {
                forms.push(m.form.clone());
                i += (m.last - m.first + 1) as usize;
            } else {
                forms.push(s.words[i].form.clone());
                i += 1;
            }
        }
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut gold_spans = BTreeSet::new();
    let mut ci = 0;
    for f in &forms {
        while ci < chars.len() && chars[ci].1.is_whitespace() {
            ci += 1;
        }
        let start = chars[ci].0;
        let n = f.chars().filter(|c| !c.is_whitespace()).count();
        let mut taken = 0;
        while taken < n {
            if !chars[ci].1.is_whitespace() {
                taken += 1;
            }
            ci += 1;
        }
        let end = if ci < chars.len() {
            chars[ci].0
        } else {
            text.len()
        };
        gold_spans.insert((start, end));
    }
    let tokens = sitrep_text::tokenize::tokenize(&text);
    let groups = sitrep_text::tokenize::multiword_groups(&text, &tokens);
    let mut sys_spans = BTreeSet::new();
    let mut t = 0;
    while t < tokens.len() {
        if let Some(&(a, b)) = groups.iter().find(|&&(a, b)| a == t && b > a + 1) {
            sys_spans.insert((tokens[a].span.start, tokens[b - 1].span.end));
            t = b;
        } else {
            sys_spans.insert((tokens[t].span.start, tokens[t].span.end));
            t += 1;
        }
    }
    let ctx = |s: usize, e: usize| {
        let a = text.floor_char_boundary(s.saturating_sub(25));
        let b = text.ceil_char_boundary((e + 25).min(text.len()));
        text[a..b].replace('\n', "¶")
    };
    println!("gold {} sys {}", gold_spans.len(), sys_spans.len());
    for &(s, e) in gold_spans.difference(&sys_spans) {
        println!("MISSED\t{:?}\t{}", &text[s..e], ctx(s, e));
    }
    for &(s, e) in sys_spans.difference(&gold_spans) {
        println!("EXTRA\t{:?}\t{}", &text[s..e], ctx(s, e));
    }
    Ok(())
}
