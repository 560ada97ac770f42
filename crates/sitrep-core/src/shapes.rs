//! Word shapes more than one stage reads: the recognizer tags weapon
//! designations as names, the event extractor counts them as materiel.

/// `Su-30SM`, `MiG-29`, `S-400`, `T-72B3`: letters, hyphen, digits, optional suffix.
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
        digits <= 4 && !year_like && t[digits..].iter().all(|b| b.is_ascii_alphanumeric())
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
    matches!(
        word.to_lowercase().as_str(),
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
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}
