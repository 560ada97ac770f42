//! Date, status, agreement stage, attribution and PLOVER type of a
//! detected event.

use sitrep_core::{AgreementStage, EntityLabel, EventKind, EventStatus, TimeExpr};

use crate::detect::Candidate;
use crate::lexicon;
use crate::view::SentenceView;

/// An event is dated by its day: "2026-05-21TNI" ("on the night of 21
/// May") and "2026-11-26T24:00" are 2026-05-21 and 2026-11-26; the time
/// of day stays in the time layer.
pub(crate) fn calendar_day(value: &str) -> &str {
    match value.split_once('T') {
        Some((day, _)) if day.len() == 10 && day.as_bytes()[4] == b'-' => day,
        _ => value,
    }
}

/// The DATE/TIME expression attached to the event: the one whose head
/// lies closest below the anchor or the event noun.
pub(crate) fn date<'a>(
    view: &SentenceView<'a>,
    c: &Candidate,
    sole_event: bool,
) -> Option<&'a TimeExpr> {
    let mut best: Option<(usize, &TimeExpr)> = None;
    let mut eligible: Vec<&TimeExpr> = Vec::new();
    // "MINSK, 27 November (BelTA) - ... on Wednesday": the dateline dates
    // the report; the event takes it only when the sentence dates nothing else.
    let dateline_end = crate::dateline::dateline_end(view);
    let mut from_dateline: Option<&TimeExpr> = None;
    // A sentence that dates anything itself ("by the end of the year")
    // never falls back to the dateline, even when that date is a period.
    let mut dated_in_sentence = false;
    let staging = staging_verbs(view, c);
    for t in view.dates() {
        if dateline_end.is_some_and(|end| t.span.end <= end) {
            from_dateline.get_or_insert(t);
            continue;
        }
        dated_in_sentence |= t.value != "PRESENT_REF";
        if t.value == "PRESENT_REF"
            || view
                .doc
                .layers
                .entities
                .iter()
                .any(|e| e.span.contains(t.span) && e.label != EntityLabel::Loc)
        {
            continue;
        }
        let covered = view.tokens_in(t.span);
        let Some(head) = covered
            .iter()
            .copied()
            .find(|x| view.head(*x).is_none_or(|h| !covered.contains(&h)))
        else {
            continue;
        };
        // "for 2026-2030", "until 2030": a period the event concerns, not
        // when it happened.
        // The preposition is read from the parse, or from the word right
        // before the expression when the parser hung it elsewhere.
        let before = covered
            .first()
            .and_then(|first| first.checked_sub(1))
            .filter(|b| *b >= view.lo)
            .map(|b| view.form(b).to_lowercase())
            .unwrap_or_default();
        // "2026-2030": the year after the range dash ends the period the
        // first year opened, so it takes that year's preposition.
        let mut back = view
            .doc
            .text
            .get(..t.span.start)
            .unwrap_or("")
            .chars()
            .rev();
        let ends_a_range = matches!(back.next(), Some('-' | '–'))
            && back.next().is_some_and(|c| c.is_ascii_digit());
        if ends_a_range {
            continue;
        }
        // "The document, signed on 17 October, took effect": the
        // agreement's own dates are not those of its entry into force.
        if crate::in_force::says_in_force(view, c.anchor)
            && c.nouns.iter().any(|&n| view.descends_from(head, n))
        {
            continue;
        }
        let case = view.case_of(head).unwrap_or(before.clone());
        // "scheduled for September", "set for 14 May": the date planned.
        // The parser may hang the date on a phrase after it ("scheduled
        // for September 2027 on the territory of Kazakhstan").
        let scheduled_for = case == "for"
            && std::iter::successors(view.head(head), |h| view.head(*h))
                .take(2)
                .any(|h| is_scheduling_word_of(view, h));
        // "held from 14 to 18 September": the range dates the event by its
        // start; only a "from" with nothing after it opens a mere period.
        // "will close the crossings from 1 April": what is yet to happen
        // starts on the date "from" gives.
        let starts_from =
            case == "from" && view.head(head) == Some(c.anchor) && prospective(view, c.anchor);
        let opens_a_range = case == "from" && (range_follows(view, t) || starts_from);
        // "has been on combat duty since 2016", "have stayed in Belarus
        // since 2022": a standing deployment is dated by its start.
        let standing_since = case == "since"
            && c.kind == EventKind::Deployment
            && view
                .head(head)
                .is_some_and(|h| h == c.anchor || h == c.trigger);
        if !scheduled_for
            && !opens_a_range
            && !standing_since
            && [case.as_str(), before.as_str()].iter().any(|c| {
                matches!(
                    *c,
                    "for"
                        | "until"
                        | "till"
                        | "through"
                        | "by"
                        | "since"
                        | "before"
                        | "after"
                        | "from"
                        | "to"
                        | "of"
                )
            })
        {
            continue;
        }
        // "since its approach in December": a date inside a phrase that
        // itself marks a period belongs to that phrase, not to the event.
        let in_period_phrase = std::iter::successors(view.head(head), |h| view.head(*h))
            .take_while(|h| *h != c.anchor && *h != c.trigger)
            .take(6)
            .any(|h| {
                view.case_of(h).is_some_and(|c| {
                    matches!(c.as_str(), "since" | "until" | "till" | "before" | "after")
                })
            });
        if in_period_phrase {
            continue;
        }
        let on_speech = (0..8)
            .try_fold(head, |at, _| {
                view.head(at)
                    .filter(|_| !SPEECH_VERBS.contains(&view.lemma(at)))
            })
            .is_none();
        // Only a date of the main clause may go to an event elsewhere in
        // the sentence ("…, which led to filings last autumn" may not).
        let in_subclause = {
            let mut at = head;
            let mut inside = false;
            while let Some(h) = view.head(at) {
                if matches!(
                    view.rel(at),
                    "acl" | "advcl" | "ccomp" | "parataxis" | "csubj"
                ) && !view.describes_members(at)
                {
                    inside = true;
                    break;
                }
                at = h;
            }
            inside
        };
        if !on_speech && !in_subclause {
            eligible.push(t);
        }
        // "Ministers met in Moscow on 14 October" parsed as a noun root
        // with "met" as its participle: the root noun stands for the clause.
        let verbless_root = view
            .head(c.anchor)
            .filter(|h| view.rel(c.anchor) == "acl" && view.head(*h).is_none());
        let depth = [Some(c.anchor), Some(c.trigger), verbless_root]
            .iter()
            .flatten()
            .filter_map(|a| view.depth_below(head, *a))
            .min();
        // "Tuesday, the senator opened a rally blasting Clinton": a
        // participle clause happens when its governing clause does; a date
        // hung straight on the governing verb dates it too.
        let on_governor = participle_governors(view, c)
            .iter()
            .any(|&g| view.head(head) == Some(g) && view.xpos(g).starts_with("VB"));
        // "the joint exercise Union Shield, which Russia will host in
        // September", with the clause on the name the noun describes.
        let named = view
            .head(c.trigger)
            .filter(|n| matches!(view.rel(c.trigger), "nmod" | "compound") && c.trigger < *n)
            .filter(|n| hosted_in(view, head, *n));
        let shared = shares_the_date(view, c, head)
            || staging
                .iter()
                .any(|&g| view.depth_below(head, g).is_some_and(|d| d <= 4));
        let depth = depth
            .or(closes_participle(view, c, &covered).then_some(2))
            .or(on_governor.then_some(2))
            .or(named.and(Some(2)))
            .or(shared.then_some(2));
        if let Some(d) = depth {
            // Dates inside a nested clause with its own verb belong to it.
            // A date hung straight on the event noun is the noun's own,
            // even when the parser made that noun a clause ("imposed its
            // arms ban on Syria in 2011" with "ban" read as a verb).
            let on_the_noun = view.descends_from(head, c.trigger)
                && (!path_has_clause(view, head, c.trigger) || hosted_in(view, head, c.trigger));
            let on_the_noun = on_the_noun || named.is_some();
            let crosses_clause =
                path_has_clause(view, head, c.anchor) && !on_the_noun && !on_governor && !shared;
            if !crosses_clause && best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, t));
            }
        }
    }
    // The parser may attach the date elsewhere; with one event and one
    // date in the sentence (not the date of a "said"), they go together.
    match best {
        Some((_, t)) => Some(t),
        None if sole_event && eligible.len() == 1 => eligible.first().copied(),
        None if eligible.is_empty() && !dated_in_sentence => from_dateline,
        None => None,
    }
}

/// "under a contract concluded with the Russian side in 2023": a date
/// phrase that closes the sentence right after a participle's phrase is
/// the participle's, wherever the parser hung it.
fn closes_participle(view: &SentenceView, c: &Candidate, date: &[usize]) -> bool {
    let (Some(&first), Some(&last)) = (date.first(), date.last()) else {
        return false;
    };
    if c.anchor != c.trigger || view.rel(c.anchor) != "acl" || view.upos(c.anchor) != "VERB" {
        return false;
    }
    let phrase_end = view.tokens_in(view.subtree_span(c.anchor)).last().copied();
    let preposition = first.checked_sub(1).filter(|&p| view.upos(p) == "ADP");
    // The last participle before the date: "delivered under a contract
    // concluded in 2023" dates the contract, not the delivery.
    let closes = (last + 1..view.tokens().end).all(|t| view.upos(t) == "PUNCT")
        && (c.anchor + 1..first).all(|t| view.upos(t) != "VERB");
    closes && phrase_end.is_some_and(|end| Some(end + 1) == preposition.or(Some(first)))
}

/// A date the sentence gives the event's clause from outside it: "The
/// government on Thursday approved a ban and extended the regime" (a date
/// before the first of two joined verbs dates both), "On Wednesday, he is
/// scheduled to visit the command post" (the date of a scheduling word is
/// that of the visit), and "Officers of the General Staffs on Wednesday
/// completed talks" with the date hung on the subject before the verb.
fn shares_the_date(view: &SentenceView, c: &Candidate, date_head: usize) -> bool {
    let verb_of = |d: usize| -> Option<usize> {
        let h = view.head(d)?;
        if view.rel(d) == "obl" {
            return Some(h);
        }
        // The date right before the verb, hung on the verb's subject.
        let verb = view.head(h).filter(|_| view.rel(h) == "nsubj")?;
        let between = (d + 1..verb).all(|t| matches!(view.upos(t), "ADV" | "PUNCT"));
        (view.rel(d) == "nmod" && d < verb && between).then_some(verb)
    };
    let Some(verb) = verb_of(date_head) else {
        return false;
    };
    if verb == c.anchor {
        return true;
    }
    if view.head(c.anchor) != Some(verb) {
        return false;
    }
    match view.rel(c.anchor) {
        // Only a verb sharing the first one's subject: "In 2022, forces
        // launched the invasion, and Russia has deployed weapons there".
        "conj" => date_head < verb && view.shares_subject_of(c.anchor).is_some(),
        "xcomp" => is_scheduling_word_of(view, verb),
        _ => false,
    }
}

/// Verbs that only stage an event noun: "the exercise is due to take
/// place in September", "the exercise, which is scheduled to take place in
/// Russia". Their date and place are the event's.
pub(crate) fn staging_verbs(view: &SentenceView, c: &Candidate) -> Vec<usize> {
    let noun = c.trigger;
    if !matches!(view.upos(noun), "NOUN" | "PROPN") {
        return Vec::new();
    }
    let stages = |g: usize| lexicon::stages_event(view.lemma(g)) || view.lemma(g) == "due";
    let mut out: Vec<usize> = view
        .kids_by(noun, &["acl"])
        .filter(|&k| stages(k))
        .collect();
    if matches!(view.rel(noun), "nsubj") {
        out.extend(view.head(noun).filter(|&g| stages(g)));
    }
    let complements: Vec<usize> = out
        .iter()
        .flat_map(|&g| view.kids_by(g, &["xcomp", "csubj"]).collect::<Vec<_>>())
        .filter(|&k| stages(k))
        .collect();
    out.extend(complements);
    out
}

/// "will close", "decided to close": a verb of what is yet to happen.
fn prospective(view: &SentenceView, verb: usize) -> bool {
    let will = view
        .kids_by(verb, &["aux"])
        .any(|a| matches!(view.lemma(a), "will" | "shall"));
    let planned_to = view.rel(verb) == "xcomp"
        && view.head(verb).is_some_and(|h| {
            matches!(view.lemma(h), "decide" | "plan" | "intend" | "agree")
                || is_scheduling_word_of(view, h)
        });
    will || planned_to
}

fn is_scheduling_word_of(view: &SentenceView, verb: usize) -> bool {
    lexicon::is_scheduling_word(view.lemma(verb)) && matches!(view.upos(verb), "VERB" | "ADJ")
}

/// What a participle clause ("blasting Clinton") hangs on: the verb, or
/// the noun and that noun's verb ("opened a rally blasting Clinton"). The
/// participle's event happens when and where they do.
pub(crate) fn participle_governors(view: &SentenceView, c: &Candidate) -> Vec<usize> {
    let participle =
        view.xpos(c.anchor) == "VBG" && matches!(view.rel(c.anchor), "advcl" | "acl" | "xcomp");
    let Some(h) = view.head(c.anchor).filter(|_| participle) else {
        return Vec::new();
    };
    let mut out = vec![h];
    if view.upos(h) == "NOUN" && view.rel(h) == "obj" {
        out.extend(view.head(h));
    }
    out
}

fn path_has_clause(view: &SentenceView, mut i: usize, top: usize) -> bool {
    while i != top {
        if matches!(view.rel(i), "ccomp" | "advcl" | "acl" | "parataxis")
            && view.head(i).is_some()
            && !view.describes_members(i)
        {
            // A clause boundary below the anchor.
            if view.head(i) != Some(top) || view.rel(i) != "acl" {
                return true;
            }
        }
        match view.head(i) {
            Some(h) => i = h,
            None => return false,
        }
    }
    false
}

/// "14 to 18 September" after "from": the expression is followed by a
/// "to"/"till"/"until"/"through" or a dash and another date.
fn range_follows(view: &SentenceView, t: &TimeExpr) -> bool {
    let rest = view.doc.text.get(t.span.end..).unwrap_or("").trim_start();
    let after_link = ["to ", "till ", "until ", "through ", "-", "–"]
        .iter()
        .find_map(|link| rest.strip_prefix(link));
    let Some(after_link) = after_link else {
        return false;
    };
    // `after_link` is a suffix of the text, so its length gives its offset.
    let next_start = view.doc.text.len() - after_link.trim_start().len();
    view.dates().iter().any(|d| d.span.start == next_start)
}

/// "Union Shield-2027, which Russia will host in September 2027", "the
/// exercise, which is scheduled for September": a clause on the event noun
/// whose verb only stages it dates the event itself.
fn hosted_in(view: &SentenceView, mut i: usize, noun: usize) -> bool {
    while let Some(h) = view.head(i) {
        if h == noun {
            return view.rel(i) == "acl" && lexicon::stages_event(view.lemma(i));
        }
        i = h;
    }
    false
}

/// Agreement stage from the anchor verb and the noun's modifiers.
pub(crate) fn stage(
    view: &SentenceView,
    c: &Candidate,
    status: EventStatus,
) -> Option<AgreementStage> {
    if c.kind != EventKind::Agreement {
        return None;
    }
    let noun_mods: Vec<&str> = c
        .nouns
        .iter()
        .flat_map(|n| view.kids_by(*n, &["amod", "compound"]))
        .map(|k| view.lemma(k))
        .collect();
    if noun_mods
        .iter()
        .any(|m| matches!(*m, "draft" | "proposed" | "possible" | "future"))
    {
        return Some(AgreementStage::Proposed);
    }
    // "intend to set up a joint venture": a firm founded is no document,
    // whatever its status (the gold's convention: stage null).
    let venture = std::iter::once(c.trigger)
        .chain(c.nouns.iter().copied())
        .chain(view.kids_by(c.anchor, &["obj", "nsubj:pass"]))
        .any(|t| view.lemma(t) == "venture");
    if venture {
        return None;
    }
    if matches!(
        status,
        EventStatus::Planned | EventStatus::Hypothetical | EventStatus::Negated
    ) {
        return Some(AgreementStage::Proposed);
    }
    // In force: the ratification procedures are complete.
    if crate::in_force::says_in_force(view, c.anchor) {
        return Some(AgreementStage::Ratified);
    }
    // "The House ratified the document, and the Council approved it": the
    // upper chamber's approval completes the ratification.
    if matches!(view.lemma(c.anchor), "approve" | "endorse")
        && (view.lo..c.anchor).any(|t| view.lemma(t) == "ratify")
    {
        return Some(AgreementStage::Ratified);
    }
    lexicon::stage_of_verb(view.lemma(c.anchor)).or_else(|| {
        crate::status::governing(view, c.anchor).and_then(|g| lexicon::stage_of_verb(view.lemma(g)))
    })
}

/// PLOVER event type; statements have none (PLOVER drops plain statements).
pub(crate) fn plover(
    kind: EventKind,
    stage: Option<AgreementStage>,
    countries: usize,
    joint: bool,
) -> &'static str {
    match kind {
        EventKind::Meeting => "CONSULT",
        EventKind::Agreement => match stage {
            Some(AgreementStage::Proposed) | None => "AGREE",
            Some(_) => "SUPPORT",
        },
        // Training is one side teaching another's personnel (the gold
        // codes every training COOPERATE); a force drilling alone is an
        // exercise.
        EventKind::Training => "COOPERATE",
        EventKind::Exercise if joint || countries >= 2 => "COOPERATE",
        EventKind::Exercise => "MOBILIZE",
        EventKind::Deployment => "MOBILIZE",
        EventKind::Delivery => "AID",
        EventKind::Accusation => "ACCUSE",
        EventKind::Threat => "THREATEN",
        EventKind::Sanction => "SANCTION",
        EventKind::Statement | EventKind::Other => "",
    }
}

pub(crate) const SPEECH_VERBS: &[&str] = &[
    "say",
    "tell",
    "state",
    "announce",
    "report",
    "claim",
    "note",
    "add",
    "stress",
    "explain",
    "confirm",
    "emphasize",
    "emphasise",
    "insist",
    "write",
    "declare",
    "assert",
    "believe",
    "allege",
    "argue",
    "warn",
    "reveal",
    "disclose",
    "suggest",
    "indicate",
    "point",
];

/// Who the event is known through: the speaker of a quote containing the
/// trigger, the subject of a speech verb whose complement holds it, or X
/// of "according to X".
pub(crate) fn attributed_to(view: &SentenceView, c: &Candidate) -> Option<String> {
    let trigger_span = view.tok(c.trigger).span;
    let anchor_span = view.tok(c.anchor).span;
    for q in &view.doc.layers.quotes {
        // "The EU imposed new sanctions": when the attribution's cue is the
        // event's own verb, the "speaker" is the actor, not a reporter.
        if q.cue.is_some_and(|cue| cue.overlaps(anchor_span)) {
            continue;
        }
        if q.content.contains(trigger_span) {
            if let Some(speaker) = q.speaker.as_ref().filter(|s| plausible_speaker(view, s)) {
                return Some(speaker.clone());
            }
        }
    }
    let mut at = c.anchor;
    for _ in 0..6 {
        let Some(h) = view.head(at) else { break };
        if matches!(view.rel(at), "ccomp" | "parataxis") && SPEECH_VERBS.contains(&view.lemma(h)) {
            if let Some(subject) = view.kids_by(h, &["nsubj"]).next() {
                return Some(speaker_name(view, subject));
            }
        }
        at = h;
    }
    // A trailing "…, the minister added" hangs on the main verb.
    let mut at = c.anchor;
    for _ in 0..6 {
        for k in view.kids_by(at, &["parataxis", "conj"]) {
            if k > c.anchor
                && SPEECH_VERBS.contains(&view.lemma(k))
                && !view.descends_from(c.anchor, k)
            {
                if let Some(subject) = view.kids_by(k, &["nsubj"]).next() {
                    return Some(speaker_name(view, subject));
                }
            }
        }
        match view.head(at) {
            Some(h) => at = h,
            None => break,
        }
    }
    if let Some(speaker) = trailing_speaker(view, c) {
        return Some(speaker);
    }
    for t in view.tokens() {
        if view.rel(t) == "case" && view.form(t).eq_ignore_ascii_case("according") {
            if let Some(source) = view.head(t) {
                return Some(speaker_name(view, source));
            }
        }
    }
    None
}

/// "…, the press service told BelTA." / "…," said Mr Blair.": a speech
/// verb after the event, set off by a comma, read from the surface so that
/// a misattached verb still counts.
fn trailing_speaker(view: &SentenceView, c: &Candidate) -> Option<String> {
    let last = c.anchor.max(c.trigger);
    let verb = (last + 1..view.hi)
        .rev()
        .find(|t| SPEECH_VERBS.contains(&view.lemma(*t)) && view.upos(*t) == "VERB")?;
    let comma = (last + 1..verb)
        .rev()
        .find(|t| matches!(view.form(*t), "," | "”" | "\""))?;
    // The speaker sits between the comma and the verb, or after the verb
    // in the inverted order.
    // Nothing clausal may follow: "…, X said the side agreed …" is not a
    // trailing attribution.
    if (verb + 1..view.hi).any(|t| matches!(view.upos(t), "VERB" | "AUX" | "SCONJ")) {
        return None;
    }
    let (from, to) = if verb - comma > 1 && (comma + 1..verb).all(|t| view.form(t) != ",") {
        (comma + 1, verb)
    } else {
        (verb + 1, view.hi)
    };
    let tokens: Vec<usize> = (from..to)
        .filter(|t| !matches!(view.upos(*t), "PUNCT"))
        .take_while(|t| !matches!(view.upos(*t), "VERB" | "ADP") || view.rel(*t) == "case")
        .collect();
    if !tokens
        .iter()
        .any(|t| matches!(view.upos(*t), "NOUN" | "PROPN"))
    {
        return None;
    }
    let entity = tokens
        .iter()
        .filter_map(|t| view.entity(*t))
        .find(|e| e.label == EntityLabel::Per)
        .or_else(|| tokens.iter().find_map(|t| view.entity(*t)));
    if let Some(e) = entity {
        return Some(e.canonical.clone());
    }
    let head = tokens
        .iter()
        .copied()
        .find(|t| view.head(*t).is_none_or(|h| !tokens.contains(&h)))?;
    Some(speaker_name(view, head))
}

/// A quote's speaker we trust: a named person or organisation of the
/// document, or a phrase headed by an office ("the minister").
fn plausible_speaker(view: &SentenceView, speaker: &str) -> bool {
    let named =
        view.doc.layers.entities.iter().any(|e| {
            matches!(e.label, EntityLabel::Per | EntityLabel::Org) && e.canonical == speaker
        });
    let words: Vec<String> = speaker.split_whitespace().map(str::to_lowercase).collect();
    named || (words.len() <= 6 && lexicon::sector_of(&words).is_some())
}

fn speaker_name(view: &SentenceView, t: usize) -> String {
    // "Trade Minister Anna Berg of the EU": the person, wherever the
    // parser put the head.
    let around = view.phrase(t, &["compound", "flat", "appos", "amod"]);
    let person = around
        .iter()
        .filter_map(|x| view.entity(*x))
        .find(|e| e.label == EntityLabel::Per);
    if let Some(e) = person.or_else(|| view.entity(t)) {
        return e.canonical.clone();
    }
    let core = view.phrase(t, &["compound", "amod", "flat", "nmod:poss"]);
    view.doc
        .slice(view.span_of(&core))
        .trim_start_matches("the ")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::calendar_day;

    #[test]
    fn an_event_is_dated_by_its_day() {
        assert_eq!(calendar_day("2026-05-21TNI"), "2026-05-21");
        assert_eq!(calendar_day("2026-11-26T24:00"), "2026-11-26");
        assert_eq!(calendar_day("2026-05"), "2026-05");
        assert_eq!(calendar_day("XXXX-WXX"), "XXXX-WXX");
        assert_eq!(calendar_day("2027-FA"), "2027-FA");
    }
}
