//! Language identification, tokenizer (UD English conventions) and sentence splitter, keeping exact offsets.

pub mod lang;
pub mod sentences;
pub mod tokenize;
