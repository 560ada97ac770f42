//! Speakers named by a description ("the minister", "the Lithuanian
//! minister", "the defence minister", "the ministry"): the person or
//! organisation the document named before with a fitting title or name.

use sitrep_core::{EntityLabel, Span};

use super::{Known, Resolver};
use crate::lexicon;
use crate::speaker_phrases::{holds_office, strip_article};
use crate::tree::SentenceTree;

impl Resolver<'_> {
    /// The person a description headed by a title noun stands for: "the
    /// minister", "the Lithuanian minister", "the defence minister", "the
    /// commander of the district", "the head of state".
    pub(super) fn person_described(
        &self,
        tree: &SentenceTree,
        head: usize,
        span: Span,
    ) -> Option<String> {
        let doc = self.doc;
        let head_lemma = tree.lemma(head).to_lowercase();
        let head_word = doc.slice(tree.tokens[head].span).to_lowercase();
        if !(lexicon::is_title_noun(&head_lemma) || lexicon::is_title_noun(&head_word)) {
            return None;
        }
        // "the Lithuanian minister": a nationality before the title.
        let nationality = tree
            .children(head)
            .iter()
            .copied()
            .find(|&c| {
                let word = doc.slice(tree.tokens[c].span);
                // "the Belarusian minister" with the demonym read as a compound.
                let demonym_compound = tree.deprel(c) == "compound" && is_demonym(word);
                (tree.deprel(c) == "amod" || demonym_compound)
                    && word.chars().next().is_some_and(char::is_uppercase)
            })
            .map(|c| doc.slice(tree.tokens[c].span).to_lowercase());
        // "the defence minister" among a defence and an interior
        // minister: the portfolio word picks the person.
        // "the commander of the district": the "of" noun too.
        let of_noun = |c: usize| {
            tree.deprel(c) == "nmod"
                && tree
                    .children_with(c, &["case"])
                    .into_iter()
                    .any(|k| tree.lemma(k).eq_ignore_ascii_case("of"))
        };
        let portfolio: Vec<String> = tree
            .children(head)
            .iter()
            .copied()
            .filter(|&c| matches!(tree.deprel(c), "compound" | "amod") || of_noun(c))
            .map(|c| doc.slice(tree.tokens[c].span).to_lowercase())
            .filter(|w| Some(w) != nationality.as_ref())
            .collect();
        let head_of_state = portfolio.iter().any(|p| p == "state")
            || doc.slice(span).to_lowercase().ends_with("head of state");
        let office = match head_lemma.as_str() {
            "head" if head_of_state => "head of state",
            other => other,
        };
        let with_portfolio = (!portfolio.is_empty() && office == head_lemma)
            .then(|| self.by_portfolio(&head_lemma, &portfolio, span.start))
            .flatten();
        with_portfolio.or_else(|| self.by_title(office, nationality.as_deref(), span.start))
    }

    /// Latest sighting of `k` before `at`: as a speaker or as a mention.
    fn last_sighting(&self, k: &Known, at: usize) -> Option<usize> {
        let mention = self
            .entities
            .iter()
            .filter(|e| e.canonical == k.name && e.span.end <= at)
            .map(|e| e.span.start)
            .next_back();
        let spoke = (k.last_seen > 0 && k.last_seen < at).then_some(k.last_seen);
        mention.max(spoke)
    }

    /// The person most recently seen whose title contains `noun`; the most
    /// recent titled person when none does.
    fn by_title(&self, noun: &str, qualifier: Option<&str>, at: usize) -> Option<String> {
        let last_mention = |k: &Known| self.last_sighting(k, at);
        let people: Vec<(usize, &Known)> = self
            .known
            .iter()
            .filter(|k| k.label == EntityLabel::Per)
            .filter_map(|k| last_mention(k).map(|at| (at, k)))
            .collect();
        // A nationality in the description must fit the person: "the
        // Lithuanian minister" is not the head of the Polish delegation.
        // A title that states no nationality ("defence minister") fits any.
        let states_nationality = |t: &String| t.split(' ').any(is_demonym);
        let fits = |k: &Known| {
            qualifier.is_none_or(|q| {
                k.titles.iter().any(|t| t.contains(q)) || !k.titles.iter().any(states_nationality)
            })
        };
        let matching = people
            .iter()
            .filter(|(_, k)| k.titles.iter().any(|t| holds_office(t, noun)) && fits(k))
            .max_by_key(|(at, _)| *at);
        // No title holds the word: a person whose title states the
        // description's nationality ("the Belarusian leader"), else the
        // latest titled person or speaker it does not contradict.
        let stated = || {
            let q = qualifier?;
            people
                .iter()
                .filter(|(_, k)| k.titles.iter().any(|t| t.contains(q)))
                .max_by_key(|(at, _)| *at)
        };
        let titled = || {
            people
                .iter()
                .filter(|(_, k)| {
                    let spoke = k.last_seen > 0 && k.last_seen < at;
                    (!k.titles.is_empty() || spoke) && fits(k)
                })
                .max_by_key(|(at, _)| *at)
        };
        matching
            .or_else(stated)
            .or_else(titled)
            .map(|(_, k)| k.name.clone())
    }

    /// The person most recently seen whose title holds `noun` and every
    /// word of `portfolio` ("defence" for "the defence minister").
    fn by_portfolio(&self, noun: &str, portfolio: &[String], at: usize) -> Option<String> {
        self.known
            .iter()
            .filter(|k| k.label == EntityLabel::Per)
            .filter(|k| {
                k.titles.iter().any(|t| {
                    let t = t.replace("defense", "defence");
                    t.contains(noun)
                        && portfolio
                            .iter()
                            .all(|p| t.contains(&p.replace("defense", "defence")))
                })
            })
            .filter_map(|k| self.last_sighting(k, at).map(|when| (when, k)))
            // "the chief of the General Staff" is the chief before his
            // first deputy, whoever was named last.
            .max_by_key(|(when, k)| (!deputy_of(k, noun), *when))
            .map(|(_, k)| k.name.clone())
    }

    /// An organisation speaker or entity whose name holds the description's
    /// head noun ("the ministry" -> "Belarusian Defense Ministry").
    pub(super) fn by_org_word(&self, phrase: &str, noun: &str, at: usize) -> Option<String> {
        let phrase = strip_article(phrase).to_lowercase();
        let speaker = self
            .known
            .iter()
            .filter(|k| {
                k.label == EntityLabel::Org
                    && k.last_seen > 0
                    && k.last_seen < at
                    && k.name.to_lowercase().contains(&phrase)
            })
            .max_by_key(|k| k.last_seen);
        if let Some(k) = speaker {
            return Some(k.name.clone());
        }
        if let Some(e) = self.entities.iter().rfind(|e| {
            e.label == EntityLabel::Org
                && e.span.end <= at
                && e.canonical.to_lowercase().contains(noun)
        }) {
            return Some(e.canonical.clone());
        }
        // "the Defence Intelligence of Ukraine (HUR) says. … the agency
        // said": a name that does not hold the noun; the organisation that
        // spoke last stands for it, when its name holds a qualifier of the
        // description ("the intelligence agency") or the description has
        // none. Only nouns any kind of body may be called: "the bloc", "the
        // government" or "the press service" name one kind.
        if !matches!(
            noun,
            "agency" | "institute" | "organisation" | "organization" | "watchdog"
        ) {
            return None;
        }
        let qualifiers: Vec<&str> = phrase
            .split_whitespace()
            .filter(|w| *w != noun && !noun.starts_with(*w))
            .collect();
        self.known
            .iter()
            .filter(|k| k.label == EntityLabel::Org && k.last_seen > 0 && k.last_seen < at)
            .max_by_key(|k| k.last_seen)
            .filter(|k| {
                let name = k.name.to_lowercase();
                qualifiers.is_empty() || qualifiers.iter().any(|q| name.contains(q))
            })
            .map(|k| k.name.clone())
    }
}

/// Whether a word has the shape of a nationality ("Belarusian", "Polish",
/// "Chinese", "French").
fn is_demonym(word: &str) -> bool {
    ["ian", "ish", "ese", "an", "ch"]
        .iter()
        .any(|end| word.to_lowercase().ends_with(end))
}

/// Whether every title of `k` holding `noun` makes them a deputy of that
/// office ("First Deputy Chief of the General Staff" for "chief").
fn deputy_of(k: &Known, noun: &str) -> bool {
    let deputy = format!("deputy {noun}");
    k.titles
        .iter()
        .filter(|t| t.contains(noun))
        .all(|t| t.contains(&deputy))
}
