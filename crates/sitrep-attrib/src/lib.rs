//! Quotes, speakers, claims and hedges.
