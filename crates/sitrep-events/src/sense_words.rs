//! Words that decide a trigger verb's sense from its arguments: objects
//! that make "deliver" a speech or a payout, guests that make "receive" a
//! meeting, abstractions that make "deploy" a figure of speech. Lemmas are
//! lower-case.

/// Objects that make "deliver" a statement or a result, not a shipment.
pub fn deliver_is_not_shipment(object_lemma: &str) -> bool {
    matches!(
        object_lemma,
        "speech"
            | "address"
            | "verdict"
            | "message"
            | "lecture"
            | "statement"
            | "blow"
            | "strike"
            | "result"
            | "report"
            | "judgment"
            | "judgement"
            | "ruling"
            | "promise"
            | "budget"
            | "growth"
            | "return"
            | "service"
            | "performance"
            | "saving"
            | "savings"
            | "value"
            | "victory"
            | "improvement"
            | "boost"
            | "benefit"
            | "benefits"
            | "change"
            | "warning"
            | "sermon"
            // "cuts would deliver less than 6% of the savings": an amount.
            | "less"
            | "more"
            | "%"
            | "percent"
            | "keynote"
            | "eulogy"
            | "talk"
            | "talks"
            | "speeches"
            | "remarks"
            | "lectures"
            | "view"
            // "supply bottlenecks", "supply chains": a noun compound the
            // tagger read as verb and object.
            | "bottleneck"
            | "bottlenecks"
            | "chain"
            | "chains"
            | "shortage"
            | "shortages"
            | "disruption"
            | "disruptions"
            // Financial results: "deliver a payout", "delivering net income".
            | "payout"
            | "income"
            | "profit"
            | "profits"
            | "earnings"
            | "dividend"
            | "revenue"
            | "returns"
            | "results"
            // "supplying technology to oil companies": services, not goods
            // shipped.
            | "technology"
            | "software"
            | "electricity"
            | "power"
            | "water"
            | "data"
            | "violence"
    )
}

/// Guests a host receives ("received the Russian delegation", "hosted the
/// premier"): people by office, not things.
pub fn is_visitor_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "delegation"
            | "delegations"
            | "minister"
            | "ministers"
            | "president"
            | "premier"
            | "counterpart"
            | "counterparts"
            | "chancellor"
            | "envoy"
            | "envoys"
            | "ambassador"
            | "leader"
            | "leaders"
            | "king"
            | "queen"
            | "prince"
            | "pope"
            | "secretary"
            | "governor"
            | "mayor"
            | "chairman"
            | "head"
            | "heads"
            | "guest"
            | "guests"
            | "visitor"
            | "visitors"
            | "emissary"
            | "commander"
    )
}

/// Abstract things that are "deployed" as a figure of speech ("Solomon's
/// wisdom needs to be deployed", "deployed every argument").
pub fn is_figurative_deployable(lemma: &str) -> bool {
    matches!(
        lemma,
        "wisdom"
            | "skill"
            | "skills"
            | "argument"
            | "arguments"
            | "tactic"
            | "tactics"
            | "rhetoric"
            | "charm"
            | "talent"
            | "talents"
            | "capital"
            | "cash"
            | "money"
            | "fund"
            | "funds"
            | "technology"
            | "software"
            | "language"
            | "strategy"
    )
}

/// Labels of contempt that make "called X a ..." an attack in words.
pub fn is_contempt_word(lemma: &str) -> bool {
    matches!(
        lemma,
        "liar"
            | "lie"
            | "fraud"
            | "disgrace"
            | "hypocrite"
            | "racist"
            | "traitor"
            | "failure"
            | "joke"
            | "bigot"
            | "clown"
            | "loser"
            | "idiot"
            | "opportunist"
            | "sham"
            | "farce"
            | "scandal"
            | "nonsense"
            | "insult"
            | "outrageous"
            | "disgraceful"
            | "dishonest"
            | "incompetent"
            | "irresponsible"
            | "reckless"
            | "shameful"
            | "pathetic"
            | "ridiculous"
            | "absurd"
            | "hypocritical"
            | "dangerous"
            | "unfit"
            | "crook"
            | "coward"
            | "extremist"
            | "demagogue"
            | "selfish"
            | "flip-flopper"
            | "weak"
            | "corrupt"
            | "greedy"
            | "ineffective"
            | "inappropriate"
            | "unqualified"
            | "misleading"
            | "inaccurate"
            | "deceptive"
            | "untrue"
            | "failing"
            | "lapse"
            | "unacceptable"
            | "false"
            | "abuse"
            | "divisive"
            | "stupid"
            // General pejoratives of person and conduct.
            | "childish"
            | "disappointment"
            | "embarrassment"
            | "blowhard"
            | "bully"
            | "buffoon"
            | "charlatan"
            | "demagogic"
            | "phony"
            | "puppet"
            | "lightweight"
            | "arrogant"
            | "cowardly"
            | "despicable"
            | "deplorable"
            | "shameless"
            | "appalling"
            | "offensive"
            | "insulting"
            | "ignorant"
            | "laughable"
            | "delusional"
            | "unhinged"
            | "sexist"
            | "xenophobic"
            // A state's verdict on another's measures ("called the
            // sanctions illegal", "branded the drills a provocation").
            | "illegal"
            | "unlawful"
            | "illegitimate"
            | "provocation"
            | "provocative"
            | "hostile"
            | "unfriendly"
            | "propaganda"
            | "fabrication"
            | "void"
            | "discriminatory"
            | "premature"
            | "sabotage"
            | "disinformation"
            | "fake"
            | "baseless"
            | "groundless"
            | "unfounded"
            | "aggressive"
            | "destructive"
            | "blackmail"
            | "interference"
    )
}

/// What someone said, which rejecting disapproves of ("rejects Trump's
/// remarks").
pub fn is_words_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "remark"
            | "remarks"
            | "comment"
            | "comments"
            | "claim"
            | "claims"
            | "accusation"
            | "accusations"
            | "allegation"
            | "allegations"
            | "statement"
            | "statements"
            | "rhetoric"
            | "criticism"
    )
}

/// A person's character or fitness, which questioning attacks ("questioned
/// his decency").
pub fn is_character_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "decency"
            | "judgment"
            | "judgement"
            | "integrity"
            | "motive"
            | "motives"
            | "honesty"
            | "patriotism"
            | "competence"
            | "credibility"
            | "fitness"
            | "character"
            | "qualification"
            | "qualifications"
            | "sincerity"
            | "loyalty"
            | "eligibility"
            | "truthfulness"
            | "leadership"
            | "readiness"
            | "values"
            | "temperament"
    )
}

/// Financial securities, which a company name before them does not make
/// goods ("sent Reynolds shares up 4.5%").
pub fn is_security_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "share" | "shares" | "stock" | "stocks" | "bond" | "bonds" | "stake" | "security"
    )
}
