//! Abbreviations that keep their final period (`Gen.`, `Jan.`, `etc.`).
//!
//! The list was compiled by hand for news text, checked against the tokens
//! ending in a period in UD English EWT train (`Dr.`, `Mr.`, `St.`, `vs.`,
//! `Sept.` ... are the frequent ones there). Single letters (`V.`) and dotted
//! acronyms (`U.S.`, `a.m.`) are recognised by rule, not listed.

/// How an abbreviation behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevKind {
    /// Precedes a name or number and never ends a sentence (`Mr.`, `Gen.`, `No.`).
    Title,
    /// May end a sentence (`etc.`, `Inc.`, `Jan.`).
    Ordinary,
}

/// Titles and other prefixes that are followed by a name or a number.
const TITLES: &[&str] = &[
    "Adm", "Amb", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Comdr", "Cpl", "Cpt", "Dr", "Drs", "Fr",
    "Gen", "Gov", "Hon", "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Msgr", "Mt", "No", "Nos",
    "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Sr", "St", "Supt", "Ft",
    "Art", "Fig", "Vol", "Para", "Sec", "Spec", "Pfc", "Insp", "Lieut", "Gens", "Ass't", "vs",
    "Vs", "Attn", "Mme", "Mlle", "Dept",
];

/// Abbreviations that can also end a sentence.
const ORDINARY: &[&str] = &[
    // Months and days.
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
    // Companies and organisations.
    "Inc", "Corp", "Co", "Ltd", "Bros", "Assn", "Assoc", "Univ", "Govt", "Dist", "Div", "Est",
    // Name suffixes and degrees.
    "Jr", "Esq", "PhD", "Ph", "Mx", // US states as written in news agency style.
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
    "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
    "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    // Places and addresses.
    "Ave", "Blvd", "Rd", "Sq", "Hwy", "Ste", "Apt", // Common lower-case abbreviations.
    "etc", "approx", "dept", "est", "ext", "fig", "incl", "max", "min", "mins", "misc", "mln",
    "bln", "mn", "bn", "pp", "pg", "sq", "vol", "yr", "yrs", "hr", "hrs", "km", "cf", "al", "esp",
    "info", "tel", "viz", "ca", "oz", "lb", "lbs", "ft", "rep", "govt", "appt", "dept", "Tel",
    "Fax", "Ext", "Esp", "Approx", "Ref", "ref", "Jour", "Gaz", "Intl", "Natl", "Nat'l", "Int'l",
    "Mil", "mil", "cit", "op", "ed", "eds", "trans", "abbr", "aka", "Bldg", "Rte",
];

/// Abbreviations that keep their period only before a number (`No. 5`,
/// `Art. 3`), since the bare word is common too (`No.`, `art.`).
const BEFORE_NUMBER: &[&str] = &[
    "No", "no", "Nos", "nos", "Art", "art", "Fig", "fig", "Vol", "vol", "Para", "Sec", "pp", "pg",
    "Ch",
];

/// Whether `word` keeps its period only when a number follows.
pub fn needs_number_after(word: &str) -> bool {
    BEFORE_NUMBER.contains(&word)
}

/// Looks up a word (without its period) in the abbreviation lists.
pub fn lookup(word: &str) -> Option<AbbrevKind> {
    if TITLES.contains(&word) || BEFORE_NUMBER.contains(&word) {
        return Some(AbbrevKind::Title);
    }
    if ORDINARY.contains(&word) {
        return Some(AbbrevKind::Ordinary);
    }
    None
}

/// Whether `word` (without its final period) keeps the period: a listed
/// abbreviation, a single letter (an initial, `V.`), or a dotted acronym
/// (`U.S`, `e.g`, `a.m`).
pub fn keeps_period(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => return c.is_alphabetic(),
        (None, _) => return false,
        _ => {}
    }
    if is_dotted_acronym(word) {
        return true;
    }
    lookup(word).is_some()
}

/// `U.S`, `e.g`, `a.k.a`, `Ph.D`: single letters (or short letter groups)
/// joined by periods.
pub fn is_dotted_acronym(word: &str) -> bool {
    let mut groups = 0;
    for part in word.split('.') {
        let n = part.chars().count();
        if n == 0 || n > 2 || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        groups += 1;
    }
    groups >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_acronyms_and_initials_keep_their_period() {
        assert!(keeps_period("U.S"));
        assert!(keeps_period("e.g"));
        assert!(keeps_period("V"));
        assert!(keeps_period("Gen"));
        assert!(!keeps_period("said"));
        assert!(!keeps_period("2025"));
        assert!(!is_dotted_acronym("example.com"));
    }

    #[test]
    fn titles_are_told_apart_from_ordinary_abbreviations() {
        assert_eq!(lookup("Lt"), Some(AbbrevKind::Title));
        assert_eq!(lookup("Inc"), Some(AbbrevKind::Ordinary));
        assert_eq!(lookup("the"), None);
    }
}
