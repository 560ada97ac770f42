//! Cleans files and prints what was kept and removed, for inspecting the
//! boilerplate classifier: `cargo run -p sitrep-clean --example clean_file -- FILE...`

use sitrep_core::{ContentKind, RawDocument, RawMetadata, Source, SourceFormat};

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let raw = RawDocument {
            source: Source {
                path: path.clone(),
                url: None,
                format: SourceFormat::Text,
                record: 0,
            },
            kind: ContentKind::Unknown,
            bytes,
            meta: RawMetadata::default(),
        };
        println!("=== {path}");
        match sitrep_clean::clean(raw, &sitrep_clean::CleanOptions::default()) {
            Ok(doc) => {
                println!("title: {:?}", doc.meta.title);
                println!("published: {:?}", doc.meta.published);
                println!(
                    "language: {:?}  authors: {:?}",
                    doc.meta.language, doc.meta.authors
                );
                for r in &doc.removed {
                    println!("  - [{}] {}", r.reason, r.text);
                }
                for line in doc.text.lines() {
                    let shown: String = line.chars().take(100).collect();
                    println!("  + {shown}");
                }
                for d in &doc.diagnostics {
                    println!("  ! {}", d.message);
                }
            }
            Err(e) => println!("error: {e}"),
        }
    }
}
