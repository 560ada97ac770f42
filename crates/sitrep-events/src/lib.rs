//! Typed events with actors, place, date, status and PLOVER type.
