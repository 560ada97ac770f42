//! Actors read from the surface where the parse gives none: the noun
//! phrase right before a clause verb the parser left without a subject,
//! and the names listed after "talks with" / "a meeting between".
//!
//! News sentences with long coordinations, appositions and names the
//! tagger mistakes for verbs ("Boeing announced", "Beijing has been
//! threatened") often come out of the parser with the subject attached
//! elsewhere or the partners hung on a comma. Word order still says who
//! acts: English puts the subject right before its verb group, and the
//! partners of a meeting right after its `with`/`between`.

use crate::view::SentenceView;

/// Whether `verb` heads a finite clause of its own (a tensed verb or one
/// with auxiliaries), not an infinitive, gerund or participle modifier,
/// whose subject is legitimately elsewhere.
fn is_finite_clause(view: &SentenceView, verb: usize) -> bool {
    if matches!(view.rel(verb), "acl" | "amod" | "xcomp" | "csubj") {
        return false;
    }
    if view
        .kids_by(verb, &["mark"])
        .any(|k| view.lemma(k) == "to" || view.upos(k) == "SCONJ")
    {
        return false;
    }
    matches!(view.xpos(verb), "VBD" | "VBZ" | "VBP")
        || view
            .kids_by(verb, &["aux"])
            .any(|k| !matches!(view.lemma(k), "to"))
}

/// Whether the parse gives `verb` any subject.
pub(crate) fn has_subject(view: &SentenceView, verb: usize) -> bool {
    view.kids(verb)
        .iter()
        .any(|k| matches!(view.rel(*k), "nsubj" | "csubj" | "expl"))
}

/// Whether token `i` can end a subject noun phrase: a noun, a name or a
/// pronoun, or any token inside a recognised name (taggers read "Boeing"
/// or "Beijing" as verbs).
fn is_nominal(view: &SentenceView, i: usize) -> bool {
    matches!(view.upos(i), "NOUN" | "PROPN" | "PRON") || view.entity(i).is_some()
}

/// The head token of the subject a finite `verb` without a parsed subject
/// has in the text: the nominal right before its verb group (auxiliaries,
/// adverbs, negation), across at most one comma that closes an
/// interjected phrase ("India, along with China and Russia, has been
/// invited"). A nominal inside a prepositional phrase ("On Monday,") or a
/// time expression is no subject. Coordinated subjects ("India, along
/// with China, Brazil and Russia") come back as the first conjunct, whose
/// `conj` dependents the caller reads.
pub(crate) fn subject_before(view: &SentenceView, verb: usize) -> Option<usize> {
    if !is_finite_clause(view, verb) || has_subject(view, verb) {
        return None;
    }
    // "Umbro, which recently lost deals with Chelsea and Celtic, said": a
    // relative clause between commas right before the verb group; the
    // subject is the nominal before it, not the clause's last noun.
    if let Some(antecedent) = before_relative_clause(view, verb) {
        return Some(antecedent);
    }
    let mut at = verb;
    let mut commas = 0;
    let mut candidate = None;
    while at > view.lo {
        at -= 1;
        let t = at;
        // Part of the verb group ("has also been") — keep going left.
        // Adverbs count wherever the parser hung them ("Beijing also has
        // been threatened" with "also" on the mis-tagged name).
        let in_group = view.entity(t).is_none()
            && ((view.head(t) == Some(verb) && matches!(view.rel(t), "aux" | "advmod"))
                || matches!(view.upos(t), "ADV" | "AUX")
                || view.lemma(t) == "not");
        if in_group {
            continue;
        }
        if view.form(t) == "," && commas == 0 {
            commas += 1;
            continue;
        }
        if is_nominal(view, t) {
            candidate = Some(t);
        }
        break;
    }
    let found = candidate?;
    // A phrase head: climb inside the noun phrase to the token the rest
    // hangs on, but not past a preposition's object or into the verb.
    let mut head = found;
    for _ in 0..4 {
        let Some(h) = view.head(head) else { break };
        if h == verb || !matches!(view.rel(head), "compound" | "flat" | "fixed") {
            break;
        }
        head = h;
    }
    // "Euronext, which runs the Paris bourse, also began" / "Menatep, the
    // shareholders' group, has threatened": the comma closes a relative
    // clause or an apposition; the subject is the nominal they describe.
    // The described nominal must be able to act: "the meeting, India's
    // finance minister, lashed out" is a misparse, not an apposition.
    if commas == 1 {
        if let Some(described) =
            described_by(view, head, verb).filter(|d| crate::agency::is_agentive(view, *d))
        {
            head = described;
        }
    }
    // "armoured units of the 11th Division were redeployed" with "units"
    // hung elsewhere: the of-phrase belongs to the noun right before it.
    for _ in 0..2 {
        match view.head(head) {
            Some(h)
                if h < head
                    && is_nominal(view, h)
                    && view.case_of(head).as_deref() == Some("of") =>
            {
                head = h
            }
            _ => break,
        }
    }
    if view.case_of(head).is_some_and(|c| c != "'s" && c != "’s") || in_time(view, head) {
        return None;
    }
    // "India, along with China, …, Russia": the list's first conjunct
    // when the parser hung the others on it, unless that first conjunct
    // is itself another verb's argument (a bad `conj` across clauses).
    let mut first = head;
    while view.rel(first) == "conj" {
        let Some(h) = view.head(first) else { break };
        if matches!(view.rel(h), "obj" | "obl" | "nmod" | "iobj")
            || h == verb
            || !is_nominal(view, h)
        {
            break;
        }
        first = h;
    }
    Some(first)
}

/// The nominal before ", which/who …," when that comma-closed relative
/// clause ends right before `verb` (adverbs and auxiliaries aside).
fn before_relative_clause(view: &SentenceView, verb: usize) -> Option<usize> {
    let mut at = verb.checked_sub(1)?;
    while at > view.lo && (matches!(view.upos(at), "ADV" | "AUX") || view.lemma(at) == "not") {
        at -= 1;
    }
    if view.form(at) != "," {
        return None;
    }
    // Back to the comma that opens the clause, which must start with a
    // relative pronoun; no other comma or clause verb's subject between.
    let mut open = at;
    loop {
        open = open.checked_sub(1).filter(|o| *o > view.lo)?;
        if view.form(open) == "," {
            break;
        }
    }
    let relative = open + 1;
    if !matches!(view.lemma(relative), "which" | "who" | "whose") {
        return None;
    }
    let antecedent = open - 1;
    is_nominal(view, antecedent).then_some(antecedent)
}

/// The nominal that a relative clause or an apposition containing `t`
/// describes, where it stands before that phrase and outside `verb`.
fn described_by(view: &SentenceView, t: usize, verb: usize) -> Option<usize> {
    let mut at = t;
    for _ in 0..6 {
        let h = view.head(at)?;
        if h == verb {
            return None;
        }
        if matches!(view.full_rel(at), "acl:relcl" | "appos") && h < at && is_nominal(view, h) {
            return Some(h);
        }
        at = h;
    }
    None
}

/// The nominal right before token `i`, across one comma: the antecedent
/// of a relative pronoun the parser did not attach to it.
pub(crate) fn nominal_before(view: &SentenceView, i: usize) -> Option<usize> {
    let mut at = i;
    if at > view.lo && view.form(at - 1) == "," {
        at -= 1;
    }
    let t = at.checked_sub(1).filter(|t| *t >= view.lo)?;
    is_nominal(view, t).then_some(t)
}

/// The antecedent of relative pronoun `pronoun` hanging on a clause whose
/// parser head is `head`: the head when it is a nominal, except that a
/// name right before ", which" wins over a common noun ("the trade gap
/// with China, which has been accused of ..."): the name is what the
/// clause speaks about far more often than the noun it is nested in.
pub(crate) fn relative_antecedent(
    view: &SentenceView,
    head: Option<usize>,
    pronoun: usize,
) -> Option<usize> {
    let head = head.filter(|h| matches!(view.upos(*h), "NOUN" | "PROPN" | "PRON"));
    let named_before = nominal_before(view, pronoun)
        .filter(|&t| view.form(pronoun - 1) == "," && view.entity(t).is_some());
    match (head, named_before) {
        (Some(h), Some(t)) if view.entity(h).is_none() && view.upos(h) == "NOUN" => Some(t),
        (Some(h), _) => Some(h),
        (None, t) => t.or_else(|| nominal_before(view, pronoun)),
    }
}

/// Whether token `i` lies in a time expression ("On Monday").
fn in_time(view: &SentenceView, i: usize) -> bool {
    let span = view.tok(i).span;
    view.doc
        .layers
        .times
        .iter()
        .any(|t| t.span.start <= span.start && span.end <= t.span.end)
}

/// Tokens of the named partners listed right after `with` / `between`
/// following a meeting or agreement noun ("talks with his Israeli
/// counterpart, Ariel Sharon, and the Palestinian leader, Mahmoud Abbas";
/// "a meeting between Gazprom chairman Aleksey Miller and India's
/// petroleum minister"): one token per recognised name, read left to
/// right until the list ends (a verb, a clause marker, a preposition
/// other than "of", or the sentence's end).
pub(crate) fn partners_after(view: &SentenceView, noun: usize) -> Vec<usize> {
    let Some(marker) = (noun + 1..view.hi).next() else {
        return Vec::new();
    };
    if !matches!(
        view.form(marker).to_lowercase().as_str(),
        "with" | "between"
    ) {
        return Vec::new();
    }
    let mut names = Vec::new();
    let mut last_entity = None;
    for t in marker + 1..view.hi {
        if let Some(e) = view.entity(t) {
            if last_entity != Some(e.span) {
                last_entity = Some(e.span);
                names.push(t);
            }
            continue;
        }
        // A name the recognizer missed: the last word of a run of proper
        // nouns ("rival Euronext").
        if view.upos(t) == "PROPN" {
            let run_ends =
                t + 1 >= view.hi || view.upos(t + 1) != "PROPN" || view.entity(t + 1).is_some();
            if run_ends {
                names.push(t);
            }
            continue;
        }
        let form = view.form(t);
        let continues = matches!(view.upos(t), "DET" | "ADJ" | "NOUN" | "NUM")
            || matches!(form, "," | "and" | "'s" | "’s" | "of" | "-")
            || (view.upos(t) == "PRON" && view.xpos(t) == "PRP$")
            // "state-owned Hindustan Aeronautics", "its listed rival"
            || (view.upos(t) == "VERB" && matches!(view.xpos(t), "VBN" | "VBG")
                && t + 1 < view.hi
                && matches!(view.upos(t + 1), "PROPN" | "NOUN" | "ADJ"));
        if !continues {
            break;
        }
    }
    names
}

/// "chaired by Minister of Defence of Belarus Viktor Khrenin and Minister
/// of Defence of the Russian Federation Andrei Belousov" with the second
/// title hung as a conjunct deep inside the first one's "of" chain: the
/// person named in each `and` conjunct below the argument `i`, when a
/// person is named in `i` before it or the conjunct repeats the
/// argument's head word — the list is a list of people, so its later
/// items are co-arguments, not parts of the first one's title.
pub(crate) fn nested_person_conjuncts(view: &SentenceView, i: usize) -> Vec<usize> {
    let is_person = |t: usize| {
        view.entity(t)
            .is_some_and(|e| e.label == sitrep_core::EntityLabel::Per)
    };
    let mut found = Vec::new();
    for c in view.tokens() {
        let nested = c != i
            && view.rel(c) == "conj"
            && view.head(c) != Some(i)
            && view.descends_from(c, i)
            && view.kids_by(c, &["cc"]).any(|k| view.lemma(k) == "and");
        if !nested {
            continue;
        }
        // Evidence that the list is of people: a person named before the
        // conjunct, or the conjunct repeating the argument's head word
        // ("Minister … and Minister …").
        let first_before = view
            .tokens()
            .any(|t| t < c && is_person(t) && view.descends_from(t, i));
        let parallel = view.lemma(c) == view.lemma(i);
        if !(first_before || parallel) {
            continue;
        }
        let person = view
            .tokens()
            .filter(|t| *t >= c && view.descends_from(*t, c))
            .find(|t| is_person(*t));
        match person {
            Some(p) => found.push(p),
            None if parallel => found.push(c),
            None => {}
        }
    }
    found
}

/// Whether `t` hangs below `anchor`'s object (or a bare oblique the
/// parser made of it) through noun phrases only.
pub(crate) fn inside_goods(view: &SentenceView, mut t: usize, anchor: usize) -> bool {
    for _ in 0..12 {
        let Some(h) = view.head(t) else {
            return false;
        };
        if h == anchor {
            // A later item of the goods may hang on the verb as a conjunct.
            let goods = |g: usize| {
                matches!(view.rel(g), "obj" | "obl") && view.case_of(g).as_deref() != Some("to")
            };
            return goods(t)
                || view.rel(t) == "conj" && view.kids(anchor).iter().any(|&g| g < t && goods(g));
        }
        if !matches!(view.rel(t), "nmod" | "conj") {
            return false;
        }
        t = h;
    }
    false
}

/// Whether `t` hangs below the "of" phrase of the event noun `noun`
/// through noun phrases only ("the delivery of a batch of fighters").
pub(crate) fn inside_goods_of_noun(view: &SentenceView, mut t: usize, noun: usize) -> bool {
    if view.upos(noun) != "NOUN" {
        return false;
    }
    for _ in 0..12 {
        let Some(h) = view.head(t) else {
            return false;
        };
        if !matches!(view.rel(t), "nmod" | "conj") {
            return false;
        }
        if h == noun {
            return view.case_of(t).as_deref() == Some("of");
        }
        t = h;
    }
    false
}

/// A name in apposition that the parser hung on something else: the
/// `appos` right after the comma that closes the phrase headed by `k`.
pub(crate) fn detached_apposition(view: &SentenceView, k: usize) -> Option<usize> {
    let comma = (k + 1..view.hi).find(|&t| view.form(t) == ",")?;
    let inside = view.descends_from(comma, k) || view.head(comma).is_some_and(|h| h > k);
    // The name's head: "Victor Lang" may come as `compound` + head.
    let mut name = comma + 1;
    while name < view.hi && matches!(view.rel(name), "compound" | "flat") {
        match view.head(name) {
            Some(h) if h > name => name = h,
            _ => break,
        }
    }
    // An apposition the parser labelled `nmod` carries no preposition.
    let apposed = view.rel(name) == "appos"
        || view.rel(name) == "nmod" && view.case_of(name).is_none() && view.head(name) == Some(k);
    (name < view.hi && inside && apposed).then_some(name)
}

/// "The chiefs of the General Staffs of Russia and Belarus, Army General
/// Yevgeny Tarasov and Major General Dmitry Kovalenko,": the people a
/// plural description ends with, after its comma, however the parser hung
/// them. One token per person.
pub(crate) fn apposed_people(view: &SentenceView, k: usize) -> Vec<usize> {
    if view.xpos(k) != "NNS" || view.entity(k).is_some() {
        return Vec::new();
    }
    let span = view.subtree_span(k);
    let inside: Vec<usize> = (k + 1..view.hi)
        .take_while(|&t| view.tok(t).span.end <= span.end)
        .collect();
    let Some(comma) = inside.iter().position(|&t| view.form(t) == ",") else {
        return Vec::new();
    };
    let tail = inside[comma + 1..]
        .iter()
        .copied()
        .take_while(|&t| view.form(t) != ",")
        .collect::<Vec<_>>();
    let named = |t: usize| {
        view.entity(t)
            .is_some_and(|e| e.label == sitrep_core::EntityLabel::Per)
    };
    let fits = tail
        .iter()
        .all(|&t| named(t) || view.upos(t) == "PROPN" || view.lemma(t) == "and");
    if !fits {
        return Vec::new();
    }
    // The last token of each name.
    tail.iter()
        .copied()
        .filter(|&t| named(t) && !(t + 1 < view.hi && same_entity(view, t, t + 1)))
        .collect()
}

/// Whether the noun phrase headed by `k` follows a comma (a list item).
pub(crate) fn after_comma(view: &SentenceView, k: usize) -> bool {
    let first = view
        .phrase(k, &["det", "compound", "amod", "flat"])
        .into_iter()
        .min()
        .unwrap_or(k);
    first > view.lo && view.form(first - 1) == ","
}

fn same_entity(view: &SentenceView, a: usize, b: usize) -> bool {
    matches!((view.entity(a), view.entity(b)), (Some(x), Some(y)) if x.span == y.span)
}

/// The dependents of `h`, and the `with` phrases the parser hung on a
/// date or place among them: "held talks on Tuesday with President
/// Lukashenko", "held talks in Minsk on Tuesday with State Secretary …".
pub(crate) fn kids_past_dates(view: &SentenceView, h: usize) -> Vec<usize> {
    let mut kids = view.kids(h).to_vec();
    // (the phrase hung on, the with-phrase): rare, so the sentence's dates
    // are only looked up when there is one.
    let hung: Vec<(usize, usize)> = kids
        .iter()
        .filter(|&&k| matches!(view.rel(k), "obl" | "nmod"))
        .flat_map(|&k| view.kids_by(k, &["nmod"]).map(move |w| (k, w)))
        .filter(|&(_, w)| w > h && view.case_of_name(w).as_deref() == Some("with"))
        .collect();
    if hung.is_empty() {
        return kids;
    }
    let dates = view.dates();
    let on_date_or_place = |k: usize| {
        dates.iter().any(|d| d.span.contains(view.tok(k).span))
            || view
                .entity(k)
                .is_some_and(|e| e.label == sitrep_core::EntityLabel::Loc)
    };
    kids.extend(
        hung.into_iter()
            .filter(|&(k, _)| on_date_or_place(k))
            .map(|(_, w)| w),
    );
    kids
}
