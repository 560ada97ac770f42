//! Gold format and scorer (filled below).
