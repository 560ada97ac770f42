//! Who can act: whether a noun phrase names a person, group, institution
//! or country, as against a thing or an abstraction. Verbs such as "meet"
//! and "threaten" name an event only with such participants ("met the
//! minister", "threatened the rebels") — with things they mean something
//! else ("met the demands", "a dispute that threatened the economy").

use sitrep_core::EntityLabel;

use crate::lexicon;
use crate::view::SentenceView;

/// Nouns for people and groups of people that the institution list does
/// not hold (roles, relations, crowds).
pub(crate) fn is_people_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "counterpart"
            | "counterparts"
            | "boss"
            | "bosses"
            | "chief"
            | "chiefs"
            | "executive"
            | "executives"
            | "head"
            | "heads"
            | "member"
            | "members"
            | "delegate"
            | "delegates"
            | "representative"
            | "representatives"
            | "relative"
            | "relatives"
            | "family"
            | "families"
            | "people"
            | "person"
            | "man"
            | "men"
            | "woman"
            | "women"
            | "union"
            | "unions"
            | "board"
            | "team"
            | "staff"
            | "colleague"
            | "colleagues"
            | "friend"
            | "friends"
            | "judge"
            | "attorney"
            | "lawyer"
            | "lawyers"
            | "critic"
            | "critics"
            | "victim"
            | "victims"
            | "patient"
            | "patients"
            | "public"
            | "crowd"
            | "audience"
            | "chairman"
            | "chairwoman"
            | "figure"
            | "figures"
            | "pm"
            | "ally"
            | "allies"
            | "partner"
            | "partners"
            | "party"
            | "parties"
            | "expert"
            | "experts"
            | "rival"
            | "rivals"
            | "veteran"
            | "veterans"
            | "media"
            | "press"
            | "candidate"
            | "candidates"
            | "contender"
            | "contenders"
            | "nominee"
            | "mogul"
            | "tycoon"
            | "billionaire"
            | "magnate"
            | "front-runner"
            | "frontrunner"
            | "newspaper"
            | "newspapers"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "wife"
            | "husband"
            | "widow"
            | "son"
            | "daughter"
            | "father"
            | "mother"
            | "brother"
            | "sister"
            | "police"
            | "school"
            | "schools"
    )
}

/// Agent nouns by their suffix ("worker", "investor", "economist",
/// "politician", "participant", "president"), a productive class no list
/// keeps up with; "-ment" nouns ("requirement", "payment") are results.
pub(crate) fn has_agent_suffix(lemma: &str) -> bool {
    if lemma.len() < 5 || lemma.ends_with("ment") || lemma.ends_with("ments") {
        return false;
    }
    let singular = lemma.strip_suffix('s').unwrap_or(lemma);
    ["er", "or", "ist", "ian", "ant", "ent"]
        .iter()
        .any(|suffix| singular.ends_with(suffix))
        // Common "-er" nouns that name things, not doers.
        && !matches!(
            singular,
            "order" | "border" | "number" | "letter" | "matter" | "power" | "paper" | "water"
                | "offer" | "answer" | "chapter" | "quarter" | "cancer" | "corner" | "error"
                | "factor" | "sector" | "vendor" | "floor" | "door" | "content" | "event"
                | "extent" | "talent" | "percent" | "incident" | "moment" | "comment"
                | "intent" | "accident" | "element" | "argument" | "instrument"
        )
}

/// The token a relative pronoun ("that", "which", "who") stands for: the
/// noun its clause modifies; any other token is itself.
pub(crate) fn antecedent(view: &SentenceView, i: usize) -> usize {
    let relative =
        matches!(view.xpos(i), "WDT" | "WP") || view.lemma(i) == "that" && view.upos(i) == "PRON";
    if !relative {
        return i;
    }
    let mut at = i;
    for _ in 0..3 {
        let Some(h) = view.head(at) else { break };
        if view.full_rel(h) == "acl:relcl" {
            return view.head(h).unwrap_or(i);
        }
        at = h;
    }
    // "Andrei Belousov, who arrived in Minsk" parsed with the relative
    // clause as a conjunct of the sentence: the word before the comma.
    if view.xpos(i) == "WP" && i >= view.lo + 2 && view.form(i - 1) == "," {
        return i - 2;
    }
    i
}

/// Whether the phrase headed by `i` names someone able to take part in an
/// event: a name (person, organisation, place standing for its
/// government), a personal pronoun, a country word, or a noun for people
/// or institutions. A relative pronoun is judged by its antecedent.
pub(crate) fn is_agentive(view: &SentenceView, i: usize) -> bool {
    let i = antecedent(view, i);
    if view.entity(i).is_some_and(|e| {
        matches!(
            e.label,
            EntityLabel::Per | EntityLabel::Org | EntityLabel::Loc
        )
    }) {
        return true;
    }
    // A name the NER missed, or a title before one ("LSE chief executive
    // Clara Furse" has the name as a flat or compound part).
    if view.upos(i) == "PROPN"
        || view
            .kids_by(i, &["flat", "compound", "appos"])
            .any(|k| view.entity(k).is_some_and(|e| e.label == EntityLabel::Per))
    {
        return true;
    }
    if view.upos(i) == "PRON" {
        return !matches!(
            view.lemma(i),
            "something" | "nothing" | "anything" | "everything"
        );
    }
    let lemma = view.lemma(i);
    crate::COUNTRIES.country(view.form(i)).is_some()
        || lexicon::is_institution_noun(lemma)
        || is_people_noun(lemma)
        || has_agent_suffix(lemma)
}

/// The participants a verb names as object or, when passive, as subject
/// (what "met" was met by: "the demands were not met").
pub(crate) fn undergoers(view: &SentenceView, verb: usize) -> Vec<usize> {
    let passive = view.is_passive(verb);
    view.kids(verb)
        .iter()
        .copied()
        .filter(|&k| match view.full_rel(k) {
            "obj" => !misread_oblique(view, k),
            // A passive subject without a passive auxiliary is a subject
            // the parser mislabelled ("European stock market Euronext has
            // met with ...").
            "nsubj:pass" => passive,
            _ => false,
        })
        .collect()
}

/// An "object" carrying a preposition the tagger took for an adjective
/// ("to meet amid talk that ...") is an oblique phrase, not what is met.
fn misread_oblique(view: &SentenceView, object: usize) -> bool {
    view.kids(object).iter().any(|&k| {
        k < object
            && matches!(
                view.lemma(k),
                "amid" | "amidst" | "despite" | "during" | "following" | "ahead" | "after"
            )
    })
}

/// The doer a verb names: its subject, or the `by` agent when passive.
pub(crate) fn doers(view: &SentenceView, verb: usize) -> Vec<usize> {
    view.kids(verb)
        .iter()
        .copied()
        .filter(|k| matches!(view.full_rel(*k), "nsubj" | "obl:agent"))
        .collect()
}

/// Who holds the thing `t` names: its possessor or its "of"/"by" phrase
/// ("Trump's remarks", "the policies of the G7", "the decision by the
/// court").
pub(crate) fn holders<'v>(view: &'v SentenceView, t: usize) -> impl Iterator<Item = usize> + 'v {
    view.kids_by(t, &["nmod"]).filter(move |o| {
        view.full_rel(*o) == "nmod:poss" || matches!(view.case_of(*o).as_deref(), Some("of" | "by"))
    })
}

/// Whether someone able to act holds the thing `t` names.
pub(crate) fn has_agentive_holder(view: &SentenceView, t: usize) -> bool {
    holders(view, t).any(|o| is_agentive(view, o))
}

/// Who does what `verb` says: its own subject or, where it has none, the
/// subject of the clause it completes or continues, up to two clauses up
/// ("the remaining vehicles are due to arrive", "fighter pairs will take
/// turns patrolling", with "patrolling" read on "turns").
pub(crate) fn acting_subject(view: &SentenceView, verb: usize) -> Option<usize> {
    let mut clause = verb;
    let mut subject = view.kids_by(clause, &["nsubj"]).next();
    for _ in 0..2 {
        if subject.is_some() || !matches!(view.rel(clause), "xcomp" | "advcl" | "conj" | "acl") {
            break;
        }
        let h = view.head(clause)?;
        clause = match view.head(h) {
            Some(g) if view.rel(clause) == "acl" && view.rel(h) == "obj" => g,
            _ => h,
        };
        subject = view.kids_by(clause, &["nsubj"]).next();
    }
    subject
}
