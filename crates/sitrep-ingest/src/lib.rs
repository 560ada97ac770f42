//! Readers for every input form sitrep accepts: text, HTML, WARC/WET, RSS/Atom, JSONL, directories, stdin.
