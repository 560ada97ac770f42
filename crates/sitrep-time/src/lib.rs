//! Time expressions (TIMEX3) and quantities, recognized and normalized against the document date.
