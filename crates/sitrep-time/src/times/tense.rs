//! The direction a clause points to in time, read from its words: the
//! tense cues that decide between the day gone by and the one to come.

use crate::lex::{Kind, Scan};

/// Direction suggested by the tense around token `i`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

impl Tense {
    /// This tense, or the fallback's when nothing was found.
    pub fn or_else(self, fallback: impl FnOnce() -> Tense) -> Tense {
        match self {
            Tense::Unknown => fallback(),
            t => t,
        }
    }
}

/// The direction the clause around token `i` points to, read from the
/// nearest cue before the expression (the governing verb group is usually
/// the closest one), else from "will" just after it.
///
/// Future: modals and plans ("will", "plans", "scheduled", "is to resume
/// Tuesday", "set to meet Monday", "expected to vote Friday"), deadlines
/// ("until 9 a.m. Tuesday", "as soon as Tuesday"). Past: auxiliaries
/// ("was", "had", "did"), "ago", "since".
pub(crate) fn tense_near(s: &Scan, i: usize) -> Tense {
    // Twelve words back; punctuation ("a.m.", quotes) does not count.
    let mut words = 0;
    let mut k = i;
    while k > 0 && words < 12 {
        k -= 1;
        if s.kind(k) != Some(Kind::Punct) {
            words += 1;
        }
        if s.sentence_end(k) || s.is(k, ";") {
            break;
        }
        match s.w(k) {
            "will" | "shall" | "ll" | "upcoming" | "coming" | "scheduled" | "plans" | "planned"
            | "planning" | "next" => return Tense::Future,
            // A deadline, unless it opens the sentence ("Until Thursday, they had not ...").
            "until" | "till" if deadline_reaches(s, k, i) && !s.toks[k].capital => {
                return Tense::Future
            }
            "soon" | "early" if s.is(k + 1, "as") => return Tense::Future,
            // "would be traveling Thursday"; but "Wednesday's ruling" is one already made.
            "would" if !possessive_at(s, i + 1) => return Tense::Future,
            // "Wednesday's loss": a day with a possessive names a past event.
            "to" if k > 0
                && prospective_before_to(s.w(k - 1))
                && s.kind(k + 1) == Some(Kind::Word) =>
            {
                return Tense::Future
            }
            // A passive infinitive ("talks to be held in September") points
            // ahead of the time it is told from; not in "used to be", "turned
            // out to be", "the third housemate to be voted out".
            "to" if s.is(k + 1, "be") && passive_infinitive_of_plan(s, k) => return Tense::Future,
            "was" | "were" | "had" | "did" | "last" | "ago" | "since" | "been" => {
                return Tense::Past
            }
            // "said Friday", "said on Friday": the day of the saying, which
            // news reports after the fact.
            "said" | "told" | "announced" if i - k <= 2 => return Tense::Past,
            // A quotation ends here: its tense is not the reporting clause's.
            "\"" | "''" | "\u{201d}" => break,
            // "The ministers met in Minsk on 22 April", "took place on": a
            // simple past governs the date.
            w if is_past_form(w) => {
                // "He added that in November the units would relocate": the
                // date is the reported clause's; its own verb comes after.
                if s.is(k + 1, "that") {
                    break;
                }
                // "decided to admit them in March" plans; "will be held on"
                // leaves the decision to the words before; "a still
                // unspecified date" describes.
                let planned_or_described = s.is(k + 1, "to")
                    || k > 0
                        && matches!(
                            s.w(k - 1),
                            "be" | "being"
                                | "a"
                                | "an"
                                | "the"
                                | "still"
                                | "yet"
                                | "newly"
                                | "its"
                                | "their"
                        );
                if !planned_or_described {
                    return Tense::Past;
                }
            }
            // "a new office, effective Feb. 1": from a day to come.
            "effective" if i - k <= 1 => return Tense::Future,
            _ => {}
        }
    }
    // "On Wednesday, the delegation is scheduled to visit ...": a date
    // that opens its clause takes the tense of the verb group after it.
    for k in i + 1..(i + 9).min(s.len()) {
        if s.sentence_end(k) || s.is(k, ";") {
            break;
        }
        match s.w(k) {
            "will" | "shall" if k < i + 4 => return Tense::Future,
            "scheduled" | "due" | "set" | "expected" | "plans" | "intends" if s.is(k + 1, "to") => {
                return Tense::Future
            }
            // A past verb comes first ("In September, it announced plans to").
            "was" | "were" | "had" | "did" | "said" => break,
            w if w.ends_with("ed") => break,
            _ => {}
        }
    }
    Tense::Unknown
}

/// A verb form that tells of the past: a common irregular past, or a
/// regular one in "-ed" that is no adjective or number ("hundred") and no
/// participle of planning ("the scheduled talks").
fn is_past_form(w: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "met", "took", "held", "went", "came", "began", "gave", "sent", "spoke", "made", "left",
        "brought", "saw", "won", "lost", "fought", "flew", "paid", "sold", "bought", "struck",
        "ran", "became",
    ];
    // Words in "-ed" of five letters or more that are no simple past.
    const NOT_PAST: &[&str] = &[
        "hundred",
        "kindred",
        "sacred",
        "naked",
        "wicked",
        "rugged",
        "beloved",
        "united",
        "limited",
        "advanced",
        "armed",
        "based",
        "planned",
        "scheduled",
        "expected",
        "proposed",
        "intended",
        "anticipated",
        "slated",
        "supposed",
        "required",
        "needed",
        "prepared",
        "tasked",
        "designed",
        "dedicated",
        "devoted",
        "related",
        "concerned",
        "interested",
        "involved",
        "detailed",
        "updated",
        "extended",
        "combined",
    ];
    IRREGULAR.contains(&w)
        || w.len() >= 5
            && w.ends_with("ed")
            && !w.ends_with("eed")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !NOT_PAST.contains(&w)
}

/// Words that make a following "to + verb" a plan or prospect, also when
/// reported in the past ("was likely to sign", "were to meet", "hopes to
/// hold"): the action lies after the time of telling.
fn prospective_before_to(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "set"
            | "expected"
            | "plan"
            | "going"
            | "ready"
            | "likely"
            | "unlikely"
            | "slated"
            | "poised"
            | "hope"
            | "hopes"
            | "hoped"
            | "aim"
            | "aims"
            | "aimed"
            | "intend"
            | "intends"
            | "intended"
            | "supposed"
    )
}

/// Whether "to be" at `k` introduces a planned event rather than a habit,
/// an appearance ("seemed to be"), hearsay ("was said to be") or a rank
/// ("the first ... to be").
fn passive_infinitive_of_plan(s: &Scan, k: usize) -> bool {
    let before = if k > 0 { s.w(k - 1) } else { "" };
    if matches!(
        before,
        "used"
            | "seem"
            | "seems"
            | "seemed"
            | "appear"
            | "appears"
            | "appeared"
            | "out"
            | "proved"
            | "proves"
            | "happen"
            | "happens"
            | "happened"
            | "likes"
            | "liked"
            | "want"
            | "wants"
            | "wanted"
            | "said"
            | "thought"
            | "believed"
            | "reported"
            | "understood"
            | "known"
            | "claimed"
            | "alleged"
            | "rumoured"
            | "rumored"
    ) {
        return false;
    }
    let ranked = (k.saturating_sub(4)..k).any(|j| {
        matches!(
            s.w(j),
            "first"
                | "second"
                | "third"
                | "fourth"
                | "fifth"
                | "last"
                | "only"
                | "latest"
                | "youngest"
                | "oldest"
                | "next"
        ) || s.w(j).ends_with("est")
    });
    !ranked
}

/// Whether "until" at `k` governs the expression at `i`: adjacent, or with
/// only a clock time between ("until 9 a.m. EST Tuesday").
fn deadline_reaches(s: &Scan, k: usize, i: usize) -> bool {
    i - k <= 2
        || (k + 1..i).all(|j| {
            let w = s.w(j);
            s.kind(j) == Some(Kind::Num)
                || matches!(
                    w,
                    "a" | "p"
                        | "m"
                        | "am"
                        | "pm"
                        | "a.m"
                        | "p.m"
                        | "."
                        | ":"
                        | ","
                        | "on"
                        | "noon"
                        | "midnight"
                        | "gmt"
                        | "utc"
                        | "est"
                        | "edt"
                        | "pst"
                        | "pdt"
                        | "cst"
                        | "cdt"
                )
        })
}

/// Whether a possessive "'s" starts at token `k`.
fn possessive_at(s: &Scan, k: usize) -> bool {
    s.is(k, "'s")
        || s.is(k, "\u{2019}s")
        || ((s.is(k, "'") || s.is(k, "\u{2019}")) && s.is(k + 1, "s"))
}
