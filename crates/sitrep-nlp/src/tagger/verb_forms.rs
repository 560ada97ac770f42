//! Verb forms the model misreads in clauses news writes more often than
//! web text.
//!
//! "Oil companies evacuated offshore facilities": after a plural noun the
//! tagger often reads a past form as the participle of a reduced relative
//! ("facilities evacuated last year"), which leaves the clause without a
//! finite verb and the parser without a root. A participle with no
//! auxiliary, right after its subject and right before the start of an
//! object, is the past tense; so is one coordinated with a past tense
//! ("condemned the attack and promised revenge").

use sitrep_core::shapes::{is_calendar_name, is_time_unit_noun};

use super::{is_perfect_or_passive_auxiliary, TagOut, Tagger};

impl Tagger {
    /// "Russia would station nuclear weapons in Belarus": a word the model
    /// calls a common noun right after a modal (an adverb may come between),
    /// or after the infinitive marker and before a noun phrase ("to station
    /// a grouping"), is the base verb: a modal is followed by a verb, and
    /// the noun reading comes from a word that is mostly a noun.
    pub(super) fn verbs_after_modals(&self, words: &[&str], tags: &mut [TagOut]) {
        let Some(base) = self.base_verb else {
            return;
        };
        let n = words.len().min(tags.len());
        // "Why would someone post …?", "How many days will speed post
        // take?": a question puts the subject after the modal.
        if words[..n].last() == Some(&"?") {
            return;
        }
        for i in 1..n {
            if self.xpos(tags[i]) != "NN"
                || !words[i].starts_with(|c: char| c.is_lowercase())
                || is_indefinite_pronoun(words[i])
            {
                continue;
            }
            let before = self.left_of_adverbs(tags, i);
            // "a must see": the modal used as a noun. "likely to station
            // a grouping", "intends to permanently station a unit": "to"
            // tagged TO (as PART or ADP alike) before a noun phrase that
            // opens right after the word.
            let opens_phrase = || {
                tags.get(i + 1)
                    .is_some_and(|t| matches!(self.xpos(*t), "DT" | "PRP$" | "PRP" | "JJ"))
            };
            let after_modal = before.is_some_and(|b| {
                self.xpos(tags[b]) == "MD"
                    && !matches!(words[b], "May" | "Will" | "Can")
                    && (b == 0 || self.xpos(tags[b - 1]) != "DT")
                    || self.xpos(tags[b]) == "TO" && opens_phrase()
            });
            if after_modal {
                tags[i] = base;
            }
        }
    }

    pub(super) fn finite_pasts(&self, words: &[&str], tags: &mut [TagOut]) {
        let (Some(past), Some(participle)) = (self.past_tense, self.past_participle) else {
            return;
        };
        let n = words.len().min(tags.len());
        for i in 1..n.saturating_sub(1) {
            if tags[i] != participle || is_naming_participle(words[i]) {
                continue;
            }
            if !self.opens_an_object(words, tags, i + 1) {
                continue;
            }
            let Some(before) = self.left_of_adverbs(tags, i) else {
                continue;
            };
            let finite = if is_perfect_or_passive_auxiliary(words[before]) {
                false
            } else if matches!(self.xpos(tags[before]), "CC") {
                self.coordinated_with_a_past(words, tags, before)
            } else {
                is_subject_end(self.xpos(tags[before]), words[before])
            };
            if finite {
                tags[i] = past;
            }
        }
    }

    /// "The Belarusian Defence Ministry plans to receive …": after a name
    /// or noun, "plans"/"aims"/"hopes" followed by "to" and a base verb is
    /// the clause's verb when the clause has no other finite verb; the
    /// model, reading a run of capitalised words, takes it for one more
    /// noun of the compound. "Russia's plans to …" (a possessive before)
    /// and "Government plans to cut taxes were shelved" (a finite verb
    /// after) keep the noun.
    pub(super) fn intentions_before_infinitives(&self, words: &[&str], tags: &mut [TagOut]) {
        let (Some(verb), Some(base)) = (self.present_third, self.base_verb) else {
            return;
        };
        let n = words.len().min(tags.len());
        for i in 1..n.saturating_sub(2) {
            if self.xpos(tags[i]) != "NNS"
                || !is_intention_noun(words[i])
                || words[i + 1] != "to"
                || tags[i + 2] != base
                || !self.is_noun(tags[i - 1])
            {
                continue;
            }
            let clause_end = (i + 3..n)
                .find(|&k| matches!(words[k], "," | ";" | "that" | "which" | "who" | "when"))
                .unwrap_or(n);
            let other_finite = tags[..i].iter().any(|&t| self.is_finite(t))
                || tags[i + 3..clause_end].iter().any(|&t| self.is_finite(t));
            if !other_finite {
                tags[i] = verb;
            }
        }
    }

    /// "The four aircraft, ferried from Irkutsk with two stops, were handed
    /// over": a past form set off by commas right after the subject, and
    /// followed by a preposition or adverb, is a participle when a finite
    /// verb comes after the closing comma; read as the past tense, it
    /// takes the subject from the clause's own verb. "Russia, said Peskov,
    /// has …" (a name after the verb) keeps the past tense.
    pub(super) fn interrupting_participles(&self, words: &[&str], tags: &mut [TagOut]) {
        let (Some(past), Some(participle)) = (self.past_tense, self.past_participle) else {
            return;
        };
        let n = words.len().min(tags.len());
        for i in 2..n.saturating_sub(2) {
            if tags[i] != past
                || words[i - 1] != ","
                || !self.is_noun(tags[i - 2])
                || !words[i].ends_with("ed")
                || !matches!(self.xpos(tags[i + 1]), "IN" | "RB")
                || tags[..i].iter().any(|&t| self.is_finite(t))
            {
                continue;
            }
            let Some(close) = (i + 1..n).find(|&k| words[k] == ",") else {
                continue;
            };
            let between_finite = tags[i + 1..close].iter().any(|&t| self.is_finite(t));
            let verb_after = tags.get(close + 1).is_some_and(|&t| self.is_finite(t));
            if !between_finite && verb_after {
                tags[i] = participle;
            }
        }
    }

    /// "The combat vehicles arrived at the brigade's base": a verb that
    /// takes no object has no passive, so its past form right after the
    /// subject, with no "have" before it, is the past tense; read as a
    /// participle it turns the clause into a noun phrase with a reduced
    /// relative and leaves it without a verb. "the newly arrived troops"
    /// (a determiner before) keeps the participle.
    pub(super) fn intransitive_pasts(&self, words: &[&str], tags: &mut [TagOut]) {
        let (Some(past), Some(participle)) = (self.past_tense, self.past_participle) else {
            return;
        };
        let n = words.len().min(tags.len());
        for i in 1..n {
            if tags[i] != participle || !takes_no_object(words[i]) {
                continue;
            }
            let Some(before) = self.left_of_adverbs(tags, i) else {
                continue;
            };
            let perfect = (before.saturating_sub(2)..=before)
                .any(|k| is_perfect_or_passive_auxiliary(words[k]));
            if !perfect && is_subject_end(self.xpos(tags[before]), words[before]) {
                tags[i] = past;
            }
        }
    }

    /// "the pilots underwent retraining": what one undergoes is a thing
    /// (a course, training, an inspection), never an act of one's own, so
    /// a form in -ing right after "undergo" is the noun.
    pub(super) fn gerunds_undergone(&self, words: &[&str], tags: &mut [TagOut]) {
        let Some(noun) = self.common_noun else {
            return;
        };
        let n = words.len().min(tags.len());
        for i in 1..n {
            if self.xpos(tags[i]) == "VBG"
                && matches!(
                    words[i - 1].to_ascii_lowercase().as_str(),
                    "undergo" | "undergoes" | "underwent" | "undergone" | "undergoing"
                )
            {
                tags[i] = noun;
            }
        }
    }

    /// "will train crews of the Su-30SM2 fighters delivered to Belarus": a
    /// past form right after a noun phrase that is the object of a
    /// preposition cannot have that phrase for its subject; in a clause
    /// whose verb came before, it is the participle of a reduced relative.
    pub(super) fn participles_after_objects(&self, words: &[&str], tags: &mut [TagOut]) {
        let (Some(past), Some(participle)) = (self.past_tense, self.past_participle) else {
            return;
        };
        let n = words.len().min(tags.len());
        for i in 2..n {
            if tags[i] != past
                || !words[i].ends_with("ed")
                || !self.is_noun(tags[i - 1])
                || takes_no_object(words[i])
            {
                continue;
            }
            // Back over the noun phrase to the word before it.
            let Some(before) = (0..i).rev().find(|&j| {
                !matches!(
                    self.xpos(tags[j]),
                    "NN" | "NNS" | "NNP" | "NNPS" | "JJ" | "DT" | "CD" | "PRP$" | "HYPH"
                )
            }) else {
                continue;
            };
            let preposition = self.xpos(tags[before]) == "IN"
                && matches!(
                    words[before].to_lowercase().as_str(),
                    "of" | "for" | "with" | "from" | "to" | "at" | "on" | "by" | "about" | "under"
                );
            // The clause's own verb: the nearest finite verb before, with
            // no conjunction, subordinator or comma after it ("was
            // airlifted …, while a company from Kazakhstan reached");
            // nor one that takes a small clause ("keep the crossing on
            // its border closed").
            let Some(verb) = (0..before).rev().find(|&j| self.is_finite(tags[j])) else {
                continue;
            };
            let clause_break = (verb + 1..i).any(|j| {
                matches!(self.xpos(tags[j]), "CC" | "WDT" | "WP" | "," | ":")
                    || matches!(
                        words[j].to_lowercase().as_str(),
                        "that"
                            | "while"
                            | "as"
                            | "after"
                            | "when"
                            | "because"
                            | "although"
                            | "since"
                            | "if"
                            | "whereas"
                            | "before"
                            | "until"
                    )
            });
            let small_clause = (verb..before).any(|j| {
                matches!(
                    words[j].to_lowercase().as_str(),
                    "keep"
                        | "keeps"
                        | "kept"
                        | "leave"
                        | "leaves"
                        | "left"
                        | "have"
                        | "has"
                        | "had"
                        | "want"
                        | "wants"
                        | "wanted"
                        | "get"
                        | "got"
                        | "see"
                        | "saw"
                )
            });
            if preposition && !clause_break && !small_clause {
                tags[i] = participle;
            }
        }
    }

    /// A finite verb or a modal: what gives a clause its tense.
    fn is_finite(&self, t: TagOut) -> bool {
        matches!(self.xpos(t), "VBD" | "VBZ" | "VBP" | "MD")
    }

    fn is_noun(&self, t: TagOut) -> bool {
        matches!(self.xpos(t), "NN" | "NNS" | "NNP" | "NNPS")
    }

    /// The nearest word left of `i` that is not an adverb or "not".
    fn left_of_adverbs(&self, tags: &[TagOut], i: usize) -> Option<usize> {
        (0..i)
            .rev()
            .find(|&j| !matches!(self.xpos(tags[j]), "RB" | "RBR" | "RBS"))
    }

    /// "condemned the assassination and promised": the nearest verb left of
    /// the conjunction at `cc` is a past tense with no auxiliary before it
    /// ("has expressed solidarity and said" is perfect throughout).
    fn coordinated_with_a_past(&self, words: &[&str], tags: &[TagOut], cc: usize) -> bool {
        // "new and modernised equipment" coordinates modifiers, not verbs.
        if cc == 0 || matches!(self.xpos(tags[cc - 1]), "JJ" | "JJR" | "JJS" | "VBN" | "DT") {
            return false;
        }
        for j in (0..cc).rev() {
            if is_perfect_or_passive_auxiliary(words[j]) || words[j] == "," && j + 1 == cc {
                return false;
            }
            match self.xpos(tags[j]) {
                "VBD" => {
                    return self
                        .left_of_adverbs(tags, j)
                        .is_none_or(|k| !is_perfect_or_passive_auxiliary(words[k]))
                }
                "VBN" | "VB" | "VBP" | "VBZ" | "VBG" | "MD" | "." | ":" => return false,
                _ => {}
            }
        }
        false
    }

    /// A determiner, possessive, number, adjective, noun or object pronoun
    /// at `i`, and not a time phrase ("delivered last year", "signed the
    /// same day").
    fn opens_an_object(&self, words: &[&str], tags: &[TagOut], i: usize) -> bool {
        let tag = self.xpos(tags[i]);
        let word = words[i].to_lowercase();
        let starts = match tag {
            "DT" => !matches!(word.as_str(), "that" | "which" | "all" | "both" | "each"),
            "PRP$" | "CD" | "JJ" | "JJR" | "JJS" | "NN" | "NNS" => true,
            "PRP" => matches!(word.as_str(), "him" | "them" | "me" | "us" | "her"),
            _ => false,
        };
        starts && !is_time_phrase(words, i)
    }
}

/// The last word of a likely subject: a noun or a subject pronoun; a
/// relative pronoun too ("which discriminated between").
fn is_subject_end(xpos: &str, word: &str) -> bool {
    match xpos {
        "NN" | "NNS" | "NNP" | "NNPS" | "WDT" => true,
        "PRP" => matches!(
            word.to_lowercase().as_str(),
            "he" | "she" | "they" | "we" | "i" | "it"
        ),
        "WP" => word.eq_ignore_ascii_case("who"),
        _ => false,
    }
}

/// "a group called Hamas", "a unit known as": naming participles take a
/// name, not an object.
fn is_naming_participle(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "called"
            | "named"
            | "dubbed"
            | "titled"
            | "entitled"
            | "known"
            | "labelled"
            | "labeled"
            | "termed"
            | "nicknamed"
            | "codenamed"
    )
}

/// "last year", "this week", "the same day", "the previous month": a time
/// phrase after a participle ("systems delivered last year").
fn is_time_phrase(words: &[&str], i: usize) -> bool {
    let word = |k: usize| words.get(k).map(|w| w.to_lowercase()).unwrap_or_default();
    let first = word(i);
    if is_time_noun(&first) || is_calendar_name(&first) {
        return true;
    }
    let modifier = matches!(
        first.as_str(),
        "last" | "next" | "this" | "earlier" | "early" | "late" | "every" | "previous"
    );
    if modifier || first == "the" {
        return (i + 1..(i + 3).min(words.len())).any(|k| is_time_noun(&word(k)));
    }
    false
}

fn is_time_noun(word: &str) -> bool {
    is_time_unit_noun(word)
        || matches!(
            word,
            "days"
                | "weeks"
                | "months"
                | "years"
                | "spring"
                | "summer"
                | "autumn"
                | "winter"
                | "fall"
                | "today"
                | "yesterday"
                | "tonight"
                | "decade"
                | "century"
                | "time"
        )
}

/// "someone", "anybody": treebank nouns that a modal question puts first.
fn is_indefinite_pronoun(word: &str) -> bool {
    matches!(
        word,
        "someone"
            | "somebody"
            | "anyone"
            | "anybody"
            | "everyone"
            | "everybody"
            | "nobody"
            | "something"
            | "anything"
            | "nothing"
            | "everything"
    )
}

/// Plural nouns that are also verbs taking an infinitive ("plans to").
fn is_intention_noun(word: &str) -> bool {
    matches!(
        word,
        "plans" | "aims" | "hopes" | "intends" | "seeks" | "wants" | "needs" | "pledges" | "vows"
    )
}

/// Past forms of verbs that take no object, so have no passive.
fn takes_no_object(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "arrived"
            | "occurred"
            | "happened"
            | "emerged"
            | "departed"
            | "disappeared"
            | "existed"
            | "died"
    )
}
