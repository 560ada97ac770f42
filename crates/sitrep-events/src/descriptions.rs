//! Actors the text names by description rather than by name: "the
//! cardinal" / "the company" for the person or organisation introduced with
//! that noun, "the ministers" for every person introduced with it, "the
//! participants" for the parties of the meeting reported just before, and
//! "we" inside a quote for the speaker's side.

use sitrep_core::{Actor, ActorRole, Doc, Entity, EntityLabel, EventKind};

use crate::coref::before;
use crate::view::SentenceView;
use crate::COUNTRIES;

/// How far back (bytes) a description looks for its referent.
const DESCRIPTION_REACH: usize = 1500;
/// How far (bytes) around a mention its title may stand.
const TITLE_REACH: usize = 80;

fn is_definite(view: &SentenceView, i: usize) -> bool {
    view.kids_by(i, &["det"]).any(|k| view.lemma(k) == "the")
}

/// "the cardinal", "the judge", "the company": the closest person or
/// organisation, named within a few sentences before, that some earlier
/// mention introduced with that noun ("Cardinal Cormac Murphy-O'Connor",
/// "Judge Arthur Engoron", "the oil company Norvale", "Berg, the
/// minister,"). The noun itself is not listed anywhere: the introduction in
/// the text is the evidence.
pub(crate) fn definite_description<'a>(view: &SentenceView<'a>, i: usize) -> Option<&'a Entity> {
    let lemma = view.lemma(i);
    let singular = view.form(i).eq_ignore_ascii_case(lemma);
    if view.upos(i) != "NOUN" || !singular || !is_definite(view, i) || view.entity(i).is_some() {
        return None;
    }
    let at = view.tok(i).span.start;
    before(view, at)
        .take_while(|e| e.span.end + DESCRIPTION_REACH >= at)
        .find(|e| {
            matches!(e.label, EntityLabel::Per | EntityLabel::Org)
                && introduced_with(view, e, lemma, at)
        })
        // "Standard Life, Europe's largest mutual insurer, ... Last year,
        // the company announced".
        .or_else(|| {
            crate::lexicon::is_company_noun(lemma)
                .then(|| salient_company(view, at))
                .flatten()
        })
        // "the bloc", "the alliance": the closest union of states named
        // before ("the European Union ... The bloc first imposed").
        .or_else(|| {
            matches!(lemma, "bloc" | "alliance")
                .then(|| {
                    before(view, at)
                        .take_while(|e| e.span.end + DESCRIPTION_REACH >= at)
                        .find(|e| {
                            e.label == EntityLabel::Org
                                && crate::modifiers::names_union_of_states(&e.canonical)
                        })
                })
                .flatten()
        })
}

/// The organisation a story is about so far: the one named most often
/// before `at` within reach, the latest on a tie; no country or place.
fn salient_company<'a>(view: &SentenceView<'a>, at: usize) -> Option<&'a Entity> {
    let mut best: Option<(&Entity, usize)> = None;
    for e in before(view, at).take_while(|e| e.span.end + DESCRIPTION_REACH >= at) {
        if e.label != EntityLabel::Org || COUNTRIES.country_or_capital(&e.canonical).is_some() {
            continue;
        }
        let count = mentions(view, e, at).count();
        // `before` walks back from `at`: a later mention wins a tie.
        if best.is_none_or(|(_, n)| count > n) {
            best = Some((e, count));
        }
    }
    best.map(|(e, _)| e)
}

/// "the ministers" after "Defence Minister of Belarus Viktor Khrenin and
/// Russian Defence Minister Andrei Belousov": every person named within
/// reach that was introduced with the noun (two at least, or the plural
/// means someone else); "the participants": the parties of the closest
/// meeting reported before.
pub(crate) fn group(view: &SentenceView, i: usize, role: ActorRole) -> Vec<Actor> {
    let lemma = view.lemma(i);
    let plural = !view.form(i).eq_ignore_ascii_case(lemma) && view.xpos(i) == "NNS";
    let both = view.kids_by(i, &["det"]).any(|k| view.lemma(k) == "both");
    if view.upos(i) != "NOUN"
        || !plural
        || !(is_definite(view, i) || both)
        || view.entity(i).is_some()
    {
        return Vec::new();
    }
    if lemma == "participant" {
        return meeting_participants(view, role);
    }
    let lemma = office_of_heads(view, i).unwrap_or(lemma);
    let at = view.tok(i).span.start;
    let mut found: Vec<Actor> = Vec::new();
    // "Defence Minister X received his Belarusian counterpart Y": Y holds
    // the same office, so "the ministers" are both once X is found.
    let mut counterparts: Vec<Actor> = Vec::new();
    for e in before(view, at).take_while(|e| e.span.end + DESCRIPTION_REACH >= at) {
        if e.label != EntityLabel::Per
            || found
                .iter()
                .chain(&counterparts)
                .any(|a| a.name == e.canonical)
        {
            continue;
        }
        let with_title = introduced_with(view, e, lemma, at);
        if with_title || introduced_with(view, e, "counterpart", at) {
            let actor = Actor {
                role,
                name: e.canonical.clone(),
                span: Some(e.span),
                country: introduced_country(view, e, at).map(str::to_string),
                sector: None,
            };
            if with_title {
                found.push(actor);
            } else {
                counterparts.push(actor);
            }
        }
    }
    if !found.is_empty() {
        found.append(&mut counterparts);
    }
    if found.len() < 2 {
        // "the two commanders", "the two officials": the people of the
        // meeting reported just before.
        let pair = view.kids_by(i, &["nummod"]).any(|k| view.lemma(k) == "two") || both;
        if pair {
            let people: Vec<Actor> = meeting_participants(view, role)
                .into_iter()
                .filter(|a| is_person(view, a))
                .collect();
            if people.len() == 2 {
                return people;
            }
        }
        return Vec::new();
    }
    found.reverse();
    found
}

/// Whether an actor stands for a person named in the document.
fn is_person(view: &SentenceView, a: &Actor) -> bool {
    view.doc
        .layers
        .entities
        .iter()
        .any(|e| e.label == EntityLabel::Per && e.canonical == a.name)
}

/// "the heads of the military departments" / "of the defence ministries":
/// the ministers; "the heads of state": the presidents.
fn office_of_heads(view: &SentenceView, i: usize) -> Option<&'static str> {
    if !matches!(view.lemma(i), "head" | "chief" | "leader") {
        return None;
    }
    view.kids_by(i, &["nmod"])
        .find_map(|k| match view.lemma(k) {
            "department" | "ministry" => Some("minister"),
            "state" => Some("president"),
            _ => None,
        })
}

/// The participants of the closest meeting reported before, within reach
/// ("The meeting was chaired by X and Y. The participants approved …").
pub(crate) fn meeting_participants(view: &SentenceView, role: ActorRole) -> Vec<Actor> {
    let here = view.doc.layers.sentences[view.index].span.start;
    let Some(meeting) = view.earlier_events().find(|e| {
        e.kind == EventKind::Meeting
            && e.trigger.end + DESCRIPTION_REACH >= here
            && e.actors.iter().any(|a| a.role == ActorRole::Participant)
    }) else {
        return Vec::new();
    };
    meeting
        .actors
        .iter()
        .filter(|a| a.role == ActorRole::Participant)
        .map(|a| Actor { role, ..a.clone() })
        .collect()
}

/// "we"/"our"/"us" inside a quote whose speaker is a named person or
/// organisation: the speaker's side, named by the speaker, with the
/// country the text introduced them with ("Defence Minister of Belarus
/// Viktor Khrenin" → BLR).
pub(crate) fn speaker_side(view: &SentenceView, i: usize, role: ActorRole) -> Option<Actor> {
    if view.upos(i) != "PRON"
        || !matches!(
            view.form(i).to_lowercase().as_str(),
            "we" | "our" | "us" | "ours"
        )
    {
        return None;
    }
    let span = view.tok(i).span;
    let quote = view
        .doc
        .layers
        .quotes
        .iter()
        .find(|q| q.content.contains(span) && q.speaker_span.is_some())?;
    let speaker_span = quote.speaker_span?;
    let is_party = |e: &&Entity| matches!(e.label, EntityLabel::Per | EntityLabel::Org);
    // The name at the speaker's place, or for a pronoun speaker ("he told
    // reporters") the closest earlier mention of the name attribution
    // resolved it to.
    let entity = view
        .doc
        .layers
        .entities
        .iter()
        .filter(is_party)
        .find(|e| e.span.overlaps(speaker_span))
        .or_else(|| {
            let name = quote.speaker.as_deref()?;
            before(view, speaker_span.start)
                .filter(is_party)
                .find(|e| e.canonical == name)
        })?;
    let at = entity.span.end.max(span.end);
    let country = introduced_country(view, entity, at).or_else(|| {
        quote
            .speaker_title
            .as_deref()
            .and_then(|title| COUNTRIES.countries_in(title).first().copied())
    });
    Some(Actor {
        role,
        name: entity.canonical.clone(),
        span: Some(entity.span),
        country: country.map(str::to_string),
        sector: None,
    })
}

/// Whether a mention of `entity` before `at` carries `lemma` as its
/// title: as its own first word, right before it, or in an apposition
/// right after it.
fn introduced_with(view: &SentenceView, entity: &Entity, lemma: &str, at: usize) -> bool {
    let text = &view.doc.text;
    mentions(view, entity, at).any(|m| {
        let lo = floor_boundary(text, m.span.start.saturating_sub(TITLE_REACH));
        let hi = floor_boundary(text, (m.span.end + TITLE_REACH).min(at)).max(m.span.end);
        own_title(view.doc.slice(m.span), lemma)
            || title_before(&text[lo..m.span.start], lemma)
            || title_after(&text[m.span.end..hi], lemma)
    })
}

/// The country a mention of `entity` before `at` is introduced with: the
/// title words right before the name ("Russian Defence Minister Andrei
/// Belousov", "Defence Minister of Belarus Viktor Khrenin") or a short
/// apposition right after it ("Viktor Khrenin, the Belarusian defence
/// minister,"); another person's name ends the title.
pub(crate) fn introduced_country(
    view: &SentenceView,
    entity: &Entity,
    at: usize,
) -> Option<&'static str> {
    let doc = view.doc;
    let tokens = &doc.layers.tokens;
    let word = |t: usize| doc.slice(tokens[t].span);
    let title_word = |t: usize, own: &Entity| is_title_word(doc, t, own);
    mentions(view, entity, at).find_map(|m| {
        let first = tokens.partition_point(|t| t.span.end <= m.span.start);
        let end = tokens.partition_point(|t| t.span.start < m.span.end);
        let mut before: Vec<&str> = (first.saturating_sub(6)..first)
            .rev()
            .take_while(|&t| title_word(t, m))
            .map(word)
            .collect();
        before.reverse();
        let after: Vec<&str> = if end < tokens.len() && word(end) == "," {
            (end + 1..(end + 9).min(tokens.len()))
                .take_while(|&t| title_word(t, m) || tokens[t].xpos == "POS")
                .map(word)
                .collect()
        } else {
            Vec::new()
        };
        let titled = COUNTRIES.countries_in(&before.join(" ")).last().copied();
        paired_country(view, m, first, end)
            .or(titled)
            .or_else(|| COUNTRIES.countries_in(&after.join(" ")).first().copied())
    })
}

/// "Defence ministers of Russia and Belarus Oleg Saltykov and Pavel
/// Muravsky": two names joined under one title naming two countries take
/// them in order. `first..end` are the tokens of the mention.
fn paired_country(
    view: &SentenceView,
    m: &Entity,
    first: usize,
    end: usize,
) -> Option<&'static str> {
    let doc = view.doc;
    let tokens = &doc.layers.tokens;
    let word = |t: usize| doc.slice(tokens[t].span);
    let person_at = |t: usize| other_person_at(doc, t, m);
    // Ranks before a name ("Army General", "Major General").
    let rank = |t: usize| {
        tokens[t].upos == "PROPN"
            && person_at(t).is_none()
            && COUNTRIES.country_or_capital(word(t)).is_none()
    };
    let mut lead = first;
    while lead > 0 && first - lead < 3 && rank(lead - 1) {
        lead -= 1;
    }
    let next_person = (end + 1..(end + 4).min(tokens.len()))
        .take_while(|&t| t == end + 1 || rank(t - 1))
        .any(|t| person_at(t).is_some());
    // The pair's first token and this name's place in it.
    let (start, place) = if end < tokens.len() && word(end) == "and" && next_person {
        (lead, 0)
    } else if lead >= 2 && word(lead - 1) == "and" {
        let other = person_at(lead - 2)?;
        let mut start = tokens.partition_point(|t| t.span.end <= other.span.start);
        while start > 0 && lead - start < 8 && rank(start - 1) {
            start -= 1;
        }
        (start, 1)
    } else {
        return None;
    };
    // The title, up to the comma of an apposition ("the chiefs of the
    // General Staffs of Russia and Belarus, Army General …").
    let title: Vec<&str> = (start.saturating_sub(10)..start)
        .rev()
        .take_while(|&t| {
            is_title_word(doc, t, m) || word(t) == "and" || word(t) == "," && t + 1 == start
        })
        .map(word)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let countries = COUNTRIES.countries_in(&title.join(" "));
    (countries.len() == 2).then(|| countries[place])
}

/// The person, other than `own`, whose name token `t` is part of.
fn other_person_at<'a>(doc: &'a Doc, t: usize, own: &Entity) -> Option<&'a Entity> {
    let token = doc.layers.tokens[t].span;
    let entities = &doc.layers.entities;
    let k = entities.partition_point(|e| e.span.end <= token.start);
    entities
        .get(k)
        .filter(|e| e.label == EntityLabel::Per && e.span != own.span && e.span.overlaps(token))
}

/// Whether token `t` can be a word of the title around `own`'s mention
/// ("Defence Minister of the Republic of Belarus"): a content word or
/// "of"/"the" that is no part of another person's name.
fn is_title_word(doc: &Doc, t: usize, own: &Entity) -> bool {
    let token = &doc.layers.tokens[t];
    (matches!(token.upos.as_str(), "ADJ" | "PROPN" | "NOUN")
        || matches!(doc.slice(token.span), "of" | "the"))
        && other_person_at(doc, t, own).is_none()
}

/// Mentions of the same entity (same label and canonical name) that start
/// before `at`, in text order.
fn mentions<'a>(
    view: &SentenceView<'a>,
    entity: &'a Entity,
    at: usize,
) -> impl Iterator<Item = &'a Entity> {
    view.doc
        .layers
        .entities
        .iter()
        .take_while(move |m| m.span.start < at)
        .filter(move |m| m.label == entity.label && m.canonical == entity.canonical)
}

/// "Cardinal Cormac Murphy-O'Connor" recognised with its title.
fn own_title(mention: &str, lemma: &str) -> bool {
    let mut words = mention.split_whitespace();
    words.next().is_some_and(|w| w.to_lowercase() == lemma) && words.next().is_some()
}

/// "Chancellor of the Exchequer Gordon Brown", "the oil company Norvale":
/// the title ends the words right before the name, followed only by
/// capitalised words and "of"/"the".
fn title_before(before: &str, lemma: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    // The title and the words after it end with a letter — a full stop
    // between them and the name is a sentence break — except for the
    // comma of an apposition right before the name ("the company, UPS").
    let last = words.len().saturating_sub(1);
    let Some(at) = words.iter().enumerate().rposition(|(n, w)| {
        let w = w.to_lowercase();
        let w = w.trim_start_matches(|c: char| !c.is_alphabetic());
        let w = if n == last {
            w.trim_end_matches(',')
        } else {
            w
        };
        w == lemma || is_plural_of(w, lemma)
    }) else {
        return false;
    };
    // "Defence ministers of Russia and Belarus Oleg Saltykov and Pavel
    // Muravsky": a plural title heads a pair of names.
    let plural = {
        let w = words[at].to_lowercase();
        is_plural_of(w.trim_matches(|c: char| !c.is_alphabetic()), lemma)
    };
    // "the Minister of Defence of the Russian Federation, Army General
    // Pavel Lukyanov": a rank after a comma still leads to the name.
    words[at + 1..].iter().all(|w| {
        let w = w.strip_suffix(',').unwrap_or(w);
        let capitalised = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().last().is_some_and(char::is_alphanumeric);
        matches!(w, "of" | "the") || capitalised || plural && w == "and"
    })
}

/// "ministers" for "minister", "secretaries" for "secretary".
fn is_plural_of(word: &str, lemma: &str) -> bool {
    word.strip_suffix('s').is_some_and(|stem| stem == lemma)
        || word
            .strip_suffix("ies")
            .zip(lemma.strip_suffix('y'))
            .is_some_and(|(a, b)| a == b)
}

/// "Anna Berg, the foreign minister,": the title in an apposition right
/// after the name, within a few words of its comma.
fn title_after(after: &str, lemma: &str) -> bool {
    let Some(rest) = after.trim_start().strip_prefix(',') else {
        return false;
    };
    rest.split([',', '.', ';'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(5)
        .any(|w| w.to_lowercase().trim_matches(|c: char| !c.is_alphabetic()) == lemma)
}

/// The closest char boundary at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// "The exercise will be held in September", "the drills", "the second
/// stage" with no party named: the same exercise or meeting as the last
/// one reported with its parties, so those parties. Only for a definite
/// or part-of noun, and only within a few sentences.
pub(crate) fn parties_of_last_mention(
    view: &SentenceView,
    c: &crate::detect::Candidate,
) -> Vec<Actor> {
    if !matches!(c.kind, EventKind::Exercise | EventKind::Meeting) || view.upos(c.trigger) != "NOUN"
    {
        return Vec::new();
    }
    let definite = view
        .kids_by(c.trigger, &["det"])
        .any(|d| matches!(view.lemma(d), "the" | "this" | "that"));
    let part = crate::military_acts::names_exercise_part(view.lemma(c.trigger));
    if !definite && !part {
        return Vec::new();
    }
    let here = view.index as u32;
    // Named parties only: "troops" carries nothing over.
    let named = |a: &&Actor| a.country.is_some() || a.name.starts_with(char::is_uppercase);
    view.earlier_events()
        .filter(|e| e.kind == c.kind && e.sentence + 3 >= here)
        .find(|e| e.actors.iter().any(|a| named(&a)))
        .map(|e| {
            e.actors
                .iter()
                .filter(named)
                .map(|a| Actor {
                    role: ActorRole::Participant,
                    ..a.clone()
                })
                .collect()
        })
        .unwrap_or_default()
}
