//! Verbs whose subject is an event: what says it takes place, begins or
//! ends, and what tells of its course or outcome ("the talks took place",
//! "the drills began", "the talks failed").

/// Verbs that say an event takes place, begins or ends, without
/// describing it ("the talks began", as against "the deal will see",
/// "agreements covering mining").
pub fn is_taking_place(lemma: &str) -> bool {
    matches!(
        lemma,
        "take"
            | "begin"
            | "start"
            | "end"
            | "open"
            | "close"
            | "resume"
            | "conclude"
            | "finish"
            | "last"
            | "happen"
            | "occur"
            | "continue"
            | "proceed"
    )
}

/// Verbs whose subject is the event ("the talks took place", "the drills
/// began", "the meeting was held"): those that only say it takes place,
/// and those that also say something of its course or content.
pub fn is_occurrence_verb(lemma: &str) -> bool {
    is_taking_place(lemma)
        || matches!(
            lemma,
            "run"
                | "kick"
                | "hold"
                | "involve"
                | "focus"
                | "come"
                | "follow"
                | "see"
                | "bring"
                | "include"
                | "cover"
                | "conduct"
                | "stage"
                | "schedule"
                | "plan"
                | "sign"
                | "ratify"
                | "approve"
                | "provide"
                | "allow"
                | "enter"
                | "expire"
                | "deploy"
                | "carry"
                | "complete"
                | "finalise"
                | "finalize"
                | "go"
        )
}

/// Occurrence verbs that describe an event's content or consequence more
/// than its taking place ("the deal will see", "the trip follows").
pub fn describes_event(lemma: &str) -> bool {
    matches!(
        lemma,
        "see" | "follow" | "bring" | "include" | "cover" | "focus" | "allow" | "provide"
    )
}

/// Verbs of a meeting's course or outcome: with the meeting as subject
/// they report that it took place ("the talks failed", "the talks made
/// progress", "the talks dragged on").
pub fn is_meeting_outcome_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "fail"
            | "collapse"
            | "stall"
            | "break"
            | "succeed"
            | "progress"
            | "make"
            | "drag"
            | "yield"
            | "agree"
            | "reach"
            | "produce"
            | "adjourn"
    )
}
