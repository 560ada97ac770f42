//! One canonical name per entity within a document.
//!
//! - Whitespace is normalized and a trailing possessive dropped.
//! - Transliteration variants unify through a small table of Russian,
//!   Belarusian and Ukrainian names ("Sergey" -> "Sergei", "Kiev" -> "Kyiv").
//! - A person mentioned by surname only ("Khrenin") takes the full name
//!   mentioned elsewhere in the document ("Viktor Khrenin") when exactly one
//!   full name ends that way; organizations likewise take the one longer
//!   name they are the tail of ("Defense Ministry" -> "Belarusian Defense Ministry").
//! - A name written in capitals ("MINSK" in a wire dateline) takes the
//!   canonical name of the same name in ordinary case in the document.
//! - An abbreviation defined in the text takes its expansion's canonical name
//!   (for that document only).

use sitrep_core::{Entity, EntityLabel, Span};

use super::rules::{propagate_abbreviations, Found};

/// (variant, canonical form). Canonical forms follow current English-language
/// news usage (BBC/Reuters style); variants are other common romanizations.
const VARIANTS: &[(&str, &str)] = &[
    ("Sergey", "Sergei"),
    ("Serguei", "Sergei"),
    ("Sergiy", "Serhiy"),
    ("Dmitri", "Dmitry"),
    ("Dmitriy", "Dmitry"),
    ("Yuriy", "Yuri"),
    ("Yury", "Yuri"),
    ("Aleksandr", "Alexander"),
    ("Alexandr", "Alexander"),
    ("Aleksander", "Alexander"),
    ("Alexey", "Alexei"),
    ("Aleksei", "Alexei"),
    ("Aleksey", "Alexei"),
    ("Andrey", "Andrei"),
    ("Nikolay", "Nikolai"),
    ("Evgeny", "Yevgeny"),
    ("Evgeniy", "Yevgeny"),
    ("Yevgeniy", "Yevgeny"),
    ("Gennadiy", "Gennady"),
    ("Gennadi", "Gennady"),
    ("Vasiliy", "Vasily"),
    ("Vasili", "Vasily"),
    ("Anatoliy", "Anatoly"),
    ("Anatoli", "Anatoly"),
    ("Valeriy", "Valery"),
    ("Valeri", "Valery"),
    ("Grigoriy", "Grigory"),
    ("Vitaliy", "Vitaly"),
    ("Vitali", "Vitaly"),
    ("Mikhael", "Mikhail"),
    ("Maksim", "Maxim"),
    ("Matvei", "Matvey"),
    ("Viktar", "Viktor"),
    ("Victor", "Viktor"),
    ("Aliaksandr", "Alexander"),
    ("Lukashenka", "Lukashenko"),
    ("Zelenskiy", "Zelensky"),
    ("Zelenskyy", "Zelensky"),
    ("Zelenski", "Zelensky"),
    ("Shoygu", "Shoigu"),
    ("Kiev", "Kyiv"),
    ("Kharkov", "Kharkiv"),
    ("Odessa", "Odesa"),
    ("Lvov", "Lviv"),
    ("Nikolaev", "Mykolaiv"),
    ("Zaporozhye", "Zaporizhzhia"),
    ("Zaporizhia", "Zaporizhzhia"),
    ("Byelorussia", "Belarus"),
    ("Belorussia", "Belarus"),
    ("Moldavia", "Moldova"),
    ("Defence", "Defense"),
    ("Programme", "Program"),
    ("Organisation", "Organization"),
];

/// Common East Slavic given names, in their canonical spellings above
/// (a variant such as "Sergey" or "Aleksandr" is read through
/// [`VARIANTS`] first).
const SLAVIC_GIVEN_NAMES: &[&str] = &[
    "Alexander",
    "Alexei",
    "Anatoly",
    "Andrei",
    "Andriy",
    "Anton",
    "Arkady",
    "Artyom",
    "Boris",
    "Denis",
    "Dmitry",
    "Dmytro",
    "Fyodor",
    "Gennady",
    "Grigory",
    "Igor",
    "Ihor",
    "Ivan",
    "Kirill",
    "Konstantin",
    "Leonid",
    "Maxim",
    "Mikhail",
    "Mykhailo",
    "Mykola",
    "Nikolai",
    "Oleg",
    "Oleh",
    "Oleksandr",
    "Oleksiy",
    "Pavel",
    "Pavlo",
    "Pyotr",
    "Roman",
    "Ruslan",
    "Serhiy",
    "Sergei",
    "Stanislav",
    "Stepan",
    "Taras",
    "Vadim",
    "Valentin",
    "Valery",
    "Vasily",
    "Viktor",
    "Vitaly",
    "Vladimir",
    "Vladislav",
    "Volodymyr",
    "Vyacheslav",
    "Yevgeny",
    "Yuri",
    "Yurii",
    "Anna",
    "Irina",
    "Lyudmila",
    "Maria",
    "Natalia",
    "Olga",
    "Svetlana",
    "Tatiana",
    "Yelena",
    "Yulia",
];

/// Whether `word` is a common East Slavic given name in any of the
/// spellings English-language wires use.
pub(crate) fn is_slavic_given_name(word: &str) -> bool {
    SLAVIC_GIVEN_NAMES.contains(&canonical_token(word))
}

fn canonical_token(token: &str) -> &str {
    VARIANTS
        .iter()
        .find(|(v, _)| *v == token)
        .map_or(token, |(_, c)| c)
}

/// The surface form as [`assign`] spells it: transliteration variants
/// unified ("Aleksandr Lukashenko" -> "Alexander Lukashenko"), a trailing
/// possessive dropped, words joined by single spaces. Public for comparing
/// a name from outside a document (a gold annotation) with sitrep's.
pub fn canonical_spelling(surface: &str) -> String {
    let trimmed = surface
        .strip_suffix("'s")
        .or_else(|| surface.strip_suffix("’s"))
        .unwrap_or(surface);
    let mut out = String::with_capacity(trimmed.len());
    for (n, word) in trimmed.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        // Variants may sit inside hyphenated forms ("Kiev-based" is not an entity, "Zapad-2025" keeps its digits).
        out.push_str(canonical_token(word));
    }
    out
}

/// A name written wholly in capitals ("MINSK", "NEW YORK"): at least two
/// letters and no lowercase one.
fn is_all_caps(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !name.chars().any(char::is_lowercase)
}

/// "NEW YORK" -> "New York" (each word: first letter kept, the rest lowercased).
fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_string() + &chars.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Ranks and forms of address the recognizer may take into a person's
/// span ("Major General Muraveiko"): not part of the name, so "Major
/// General Muraveiko" and "Pavel Muraveiko" are one person.
const RANKS: &[&str] = &[
    "Major",
    "General",
    "Colonel",
    "Lieutenant",
    "Lieutenant-General",
    "Major-General",
    "Colonel-General",
    "Admiral",
    "Vice-Admiral",
    "Rear",
    "Vice",
    "Captain",
    "Sergeant",
    "Marshal",
    "Brigadier",
    "Commander",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
];

/// The name without leading ranks, keeping at least one word.
fn without_rank(name: &str) -> &str {
    let mut rest = name;
    while let Some((first, tail)) = rest.split_once(' ') {
        if !RANKS.contains(&first) {
            break;
        }
        rest = tail;
    }
    rest
}

fn ends_with_words(long: &str, short: &str) -> bool {
    long.len() > short.len()
        && long.ends_with(short)
        && long.as_bytes()[long.len() - short.len() - 1] == b' '
}

/// Turns found entities into the document's entity layer with canonical names.
/// `tokens` are all token spans of the document.
pub fn assign(text: &str, tokens: &[Span], found: &[Found]) -> Vec<Entity> {
    let mut found = found.to_vec();
    let abbreviations = propagate_abbreviations(text, tokens, &mut found);
    let names: Vec<String> = found
        .iter()
        .map(|f| {
            let name = canonical_spelling(f.span.text(text).unwrap_or(""));
            match f.label {
                EntityLabel::Per => without_rank(&name).to_string(),
                _ => name,
            }
        })
        .collect();

    let mut canonical = names.clone();
    for (i, f) in found.iter().enumerate() {
        if !matches!(f.label, EntityLabel::Per | EntityLabel::Org) {
            continue;
        }
        let mut longer = found
            .iter()
            .zip(&names)
            .filter(|(g, n)| g.label == f.label && ends_with_words(n, &names[i]))
            .map(|(_, n)| n.as_str());
        if let Some(first) = longer.next() {
            // Take the longest when all candidates agree with each other.
            let mut best = first;
            let mut consistent = true;
            for n in longer {
                if ends_with_words(n, best) {
                    best = n;
                } else if !ends_with_words(best, n) && n != best {
                    consistent = false;
                }
            }
            if consistent {
                canonical[i] = best.to_string();
            }
        }
    }
    // "MINSK, 12 March (BelTA) -": a wire dateline or a headline in capitals
    // names the same thing as the ordinary spelling in the body.
    for i in 0..found.len() {
        if !is_all_caps(&names[i]) {
            continue;
        }
        let ordinary = canonical_spelling(&title_case(&names[i]));
        let same = |j: &usize| *j != i && !is_all_caps(&names[*j]) && names[*j] == ordinary;
        let partner = (0..found.len())
            .filter(same)
            .find(|&j| found[j].label == found[i].label)
            .or_else(|| (0..found.len()).find(same));
        if let Some(j) = partner {
            canonical[i] = canonical[j].clone();
        }
    }
    for a in &abbreviations {
        let expansion = canonical.get(a.expansion).cloned().unwrap_or_default();
        for (i, f) in found.iter().enumerate() {
            if f.tokens == 1 && f.span.text(text) == Some(a.short.as_str()) {
                canonical[i] = expansion.clone();
            }
        }
    }
    found
        .into_iter()
        .zip(canonical)
        .map(|(f, canonical)| Entity {
            span: f.span,
            label: f.label,
            canonical,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Token spans of a text whose tokens are separated by single spaces.
    fn space_tokens(text: &str) -> Vec<Span> {
        let mut at = 0;
        text.split(' ')
            .map(|w| {
                let s = Span::new(at, at + w.len());
                at += w.len() + 1;
                s
            })
            .collect()
    }

    #[test]
    fn surname_takes_full_name_and_variants_unify() {
        let text = "Viktor Khrenin met Sergey Shoigu . Khrenin and Shoigu spoke in Kiev";
        let tokens = space_tokens(text);
        let entity = |first: usize, n: usize, label| Found {
            span: Span::new(tokens[first].start, tokens[first + n - 1].end),
            first_token: first,
            tokens: n,
            label,
        };
        let found = [
            entity(0, 2, EntityLabel::Per),
            entity(3, 2, EntityLabel::Per),
            entity(6, 1, EntityLabel::Per),
            entity(8, 1, EntityLabel::Per),
            entity(11, 1, EntityLabel::Loc),
        ];
        let entities = assign(text, &tokens, &found);
        let names: Vec<&str> = entities.iter().map(|e| e.canonical.as_str()).collect();
        assert_eq!(
            names,
            [
                "Viktor Khrenin",
                "Sergei Shoigu",
                "Viktor Khrenin",
                "Sergei Shoigu",
                "Kyiv"
            ]
        );
    }

    #[test]
    fn ambiguous_surnames_stay_as_written() {
        let text = "Anna Smith met John Smith . Smith left";
        let tokens: Vec<Span> = [
            (0, 4),
            (5, 10),
            (11, 14),
            (15, 19),
            (20, 25),
            (26, 27),
            (28, 33),
            (34, 38),
        ]
        .iter()
        .map(|&(a, b)| Span::new(a, b))
        .collect();
        let found = [
            Found {
                span: Span::new(0, 10),
                first_token: 0,
                tokens: 2,
                label: EntityLabel::Per,
            },
            Found {
                span: Span::new(15, 25),
                first_token: 3,
                tokens: 2,
                label: EntityLabel::Per,
            },
            Found {
                span: Span::new(28, 33),
                first_token: 6,
                tokens: 1,
                label: EntityLabel::Per,
            },
        ];
        let entities = assign(text, &tokens, &found);
        assert_eq!(entities[2].canonical, "Smith");
    }

    #[test]
    fn capitalized_names_join_their_ordinary_spelling() {
        let text = "ODESA , 2 May - NATO ships left Odessa . Nato said";
        let tokens = space_tokens(text);
        let one = |i: usize, label| Found {
            span: tokens[i],
            first_token: i,
            tokens: 1,
            label,
        };
        let found = [
            one(0, EntityLabel::Loc),
            one(5, EntityLabel::Org),
            one(8, EntityLabel::Loc),
            one(10, EntityLabel::Org),
        ];
        let entities = assign(text, &tokens, &found);
        let names: Vec<&str> = entities.iter().map(|e| e.canonical.as_str()).collect();
        assert_eq!(names, ["Odesa", "Nato", "Odesa", "Nato"]);
    }
}
