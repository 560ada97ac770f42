//! Language identification, tokenizer (UD English conventions) and sentence splitter, keeping exact offsets.
