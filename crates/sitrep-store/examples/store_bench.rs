//! Insert throughput of a store with synthetic documents (every layer filled).
//!
//! ```text
//! cargo run --release -p sitrep-store --example store_bench -- sqlite [DOCS] [BATCH]
//! cargo run --release -p sitrep-store --example store_bench -- postgres://... [DOCS] [BATCH]
//! ```
//!
//! SQLite writes to a fresh file in a temporary folder; PostgreSQL writes to a
//! fresh schema `bench_<pid>` that is dropped afterwards. Documents are built
//! before the clock starts. Reported: documents per second for `put` (one
//! transaction per document), for re-putting the same documents (all
//! duplicates, what a resumed ingest pays), for `put_many` in batches of
//! BATCH, and for `get` by full id.

use std::time::Instant;

use sitrep_core::Doc;
use sitrep_store::synthetic::synthetic_doc;
use sitrep_store::{PostgresStore, PutOutcome, SqliteStore, Store};

type Opened = (Box<dyn Store>, Box<dyn FnOnce()>);

fn open_fresh(spec: &str, label: &str) -> Result<Opened, Box<dyn std::error::Error>> {
    if sitrep_store::is_postgres_url(spec) {
        let schema = format!("bench_{}_{label}", std::process::id());
        let store = PostgresStore::connect_with_schema(spec, &schema)?;
        let url = spec.to_string();
        let cleanup = move || {
            if let Ok(mut client) = postgres::Client::connect(&url, postgres::NoTls) {
                let _ = client.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
            }
        };
        Ok((Box::new(store), Box::new(cleanup)))
    } else {
        let dir = tempfile::tempdir()?;
        let store = SqliteStore::open(&dir.path().join("bench.db"))?;
        Ok((Box::new(store), Box::new(move || drop(dir))))
    }
}

fn rate(count: usize, started: Instant) -> f64 {
    count as f64 / started.elapsed().as_secs_f64()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(spec) = args.first() else {
        eprintln!("usage: store_bench sqlite|postgres://URL [DOCS] [BATCH]");
        std::process::exit(2);
    };
    let count: u64 = args.get(1).map_or(Ok(5000), |s| s.parse())?;
    let batch: usize = args.get(2).map_or(Ok(100), |s| s.parse())?;
    let docs: Vec<Doc> = (0..count).map(synthetic_doc).collect();
    let json_bytes: usize = docs
        .iter()
        .map(|d| serde_json::to_vec(d).map_or(0, |v| v.len()))
        .sum();
    println!(
        "backend: {}  documents: {count}  avg document JSON: {} bytes",
        if sitrep_store::is_postgres_url(spec) {
            "postgres"
        } else {
            "sqlite"
        },
        json_bytes / docs.len().max(1)
    );

    let (mut store, cleanup) = open_fresh(spec, "single")?;
    let started = Instant::now();
    for doc in &docs {
        if store.put(doc)? != PutOutcome::Inserted {
            return Err(format!("{} was not inserted", doc.id).into());
        }
    }
    println!(
        "put, 1 doc per transaction:      {:>9.0} docs/s",
        rate(docs.len(), started)
    );
    let started = Instant::now();
    for doc in &docs {
        if store.put(doc)? != PutOutcome::Duplicate {
            return Err(format!("{} was stored twice", doc.id).into());
        }
    }
    println!(
        "put again (all duplicates):      {:>9.0} docs/s",
        rate(docs.len(), started)
    );
    let started = Instant::now();
    for doc in &docs {
        if store.get(&doc.id)?.is_none() {
            return Err(format!("{} not found", doc.id).into());
        }
    }
    println!(
        "get by id:                       {:>9.0} docs/s",
        rate(docs.len(), started)
    );
    let stats = store.stats()?;
    if let Some(bytes) = stats.db_size_bytes {
        println!(
            "store size: {} bytes ({} per document)",
            bytes,
            bytes / count.max(1)
        );
    }
    drop(store);
    cleanup();

    let (mut store, cleanup) = open_fresh(spec, "batch")?;
    let started = Instant::now();
    for chunk in docs.chunks(batch.max(1)) {
        store.put_many(chunk)?;
    }
    println!(
        "put_many, {batch} docs per transaction: {:>9.0} docs/s",
        rate(docs.len(), started)
    );
    if store.stats()?.documents != count {
        return Err("batched store lost documents".into());
    }
    drop(store);
    cleanup();
    Ok(())
}
