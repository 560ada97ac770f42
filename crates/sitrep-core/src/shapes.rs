//! Word shapes more than one stage reads: the recognizer tags weapon
//! designations as names, the event extractor counts them as materiel.

/// `Su-30SM`, `MiG-29`, `S-400`, `T-72B3`, `Mi-8MTV-5`: letters, hyphen, digits,
/// optional suffix and variant.
/// `Iskander-M`, `Tor-M2`: a name, hyphen, one capital and optional digits.
pub fn is_hardware_designation(s: &str) -> bool {
    let Some((head, tail)) = s.split_once('-') else {
        return false;
    };
    if head.is_empty()
        || tail.is_empty()
        || head.len() > 8
        || tail.len() > 8
        || !head.is_ascii()
        || !tail.is_ascii()
    {
        return false;
    }
    let head_ok =
        head.as_bytes()[0].is_ascii_uppercase() && head.bytes().all(|b| b.is_ascii_alphabetic());
    if !head_ok {
        return false;
    }
    let t = tail.as_bytes();
    if t[0].is_ascii_digit() {
        let digits = t.iter().take_while(|b| b.is_ascii_digit()).count();
        // A bare year after a long name is an event ("Zapad-2025"), not hardware.
        let year_like = digits == 4 && digits == t.len() && head.len() > 3;
        // "Mi-8MTV-5": a variant may carry one more short hyphenated part.
        let (suffix, variant) = match t[digits..].iter().position(|&b| b == b'-') {
            Some(at) => t[digits..].split_at(at),
            None => (&t[digits..], &[][..]),
        };
        let variant_ok = variant.is_empty()
            || (2..=4).contains(&variant.len())
                && variant[1..].iter().all(|b| b.is_ascii_alphanumeric());
        digits <= 4 && !year_like && suffix.iter().all(|b| b.is_ascii_alphanumeric()) && variant_ok
    } else {
        head.len() >= 3
            && t[0].is_ascii_uppercase()
            && t.len() <= 3
            && t[1..]
                .iter()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
    }
}

/// Month and weekday names, in any case ("March", "monday").
pub fn is_calendar_name(word: &str) -> bool {
    let word = word.to_lowercase();
    is_weekday_name(&word)
        || matches!(
            word.as_str(),
            "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
        )
}

/// English weekday names, lower case ("monday").
pub fn is_weekday_name(word: &str) -> bool {
    matches!(
        word,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Nouns of a stretch of calendar time that date a clause when bare ("last
/// week", "that morning"), singular and lower case.
pub fn is_time_unit_noun(word: &str) -> bool {
    matches!(
        word,
        "day" | "week" | "weekend" | "month" | "year" | "morning" | "evening" | "night"
    )
}
