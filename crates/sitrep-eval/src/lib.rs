//! Scorers for the public gold sets: CoNLL 2018 UD, conlleval, TempEval-3, brat attribution, snippet/token overlap, hand-built claims gold.

pub mod brat;
pub mod claims;
pub mod conll;
pub mod conllu;
pub mod html;
pub mod speakers;
pub mod timeml;
pub mod ud;
