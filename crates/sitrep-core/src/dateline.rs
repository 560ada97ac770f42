//! Wire datelines ("MINSK, 27 November (BelTA) -", "SEOUL, March 14
//! (Yonhap) --"): shared by the parser, which analyses the dateline apart
//! from the sentence it opens, and the events stage, which dates a report
//! by it but never takes it for a fact of its events.

/// The dash tokens that close a dateline.
const DASHES: [&str; 4] = ["-", "–", "—", "--"];

/// How many words a dateline may take before its dash.
const MAX_DATELINE_WORDS: usize = 12;

/// Index of the dash that ends a wire dateline opening a sentence, given
/// its words: an upper-case place name, then a comma or the dash itself,
/// a date or a bracketed agency, and the dash within the first words, with
/// words after it.
pub fn dateline_dash<S: AsRef<str>>(words: &[S]) -> Option<usize> {
    let place = words.first()?.as_ref();
    let upper_place = place.chars().count() >= 3
        && place.chars().any(char::is_alphabetic)
        && place.chars().all(|ch| ch.is_uppercase() || ch == '-');
    let second = words.get(1).map(AsRef::as_ref);
    if !upper_place || !second.is_some_and(|w| w == "," || DASHES.contains(&w)) {
        return None;
    }
    let dash = words
        .iter()
        .take(MAX_DATELINE_WORDS)
        .position(|w| DASHES.contains(&w.as_ref()))?;
    // Between the place and the dash: nothing, a date or an agency in
    // brackets ("NATO, the alliance - which ..." is an apposition).
    let dated_or_credited = dash == 1
        || words[1..dash].iter().any(|w| {
            let w = w.as_ref();
            w == "(" || w.chars().any(|ch| ch.is_ascii_digit())
        });
    (dated_or_credited && dash + 1 < words.len()).then_some(dash)
}

#[cfg(test)]
mod tests {
    use super::dateline_dash;

    fn words(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    #[test]
    fn wire_datelines_end_at_their_dash() {
        let w = words("RIGA , 4 June ( LETA ) - Latvia will buy radars .");
        assert_eq!(dateline_dash(&w), Some(7));
        assert_eq!(dateline_dash(&words("OSLO -- The talks ended .")), Some(1));
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        for s in [
            "NATO , the alliance - which has 32 members - grew .",
            "Riga , 4 June - Latvia will buy radars .",
            "UK - based firms grew .",
            "MINSK , 27 November -",
        ] {
            let w = words(s);
            assert_eq!(dateline_dash(&w), None, "{s}");
        }
    }
}
