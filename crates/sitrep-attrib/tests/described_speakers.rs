//! Speakers named by a description or a pronoun that the thirty-first
//! session's dev articles showed going wrong, on invented text through the
//! full pipeline: an office read as an organisation, a person whose title
//! names a body, a participle clause before the speaker, a chief and his
//! deputy, a counterpart, and a name mentioned inside the last speaker's
//! own clause.
// The shared PolNeAR support module exports more than these tests use.
#![allow(clippy::unwrap_used, unused_imports, dead_code)]

#[path = "support/polnear.rs"]
mod polnear;

#[path = "support/analyze.rs"]
mod support_analyze;
use support_analyze::speaker_of;

#[test]
fn a_chairman_whose_body_runs_into_his_name_is_the_chairman() {
    let text =
        "Arms exports grew by a fifth, Chairman of the State Committee for Defence Industry \
                Oleg Vaskovich said on Tuesday.\n\n\
                \"Our partners keep ordering chassis and optics,\" the chairman stressed.\n";
    assert_eq!(
        speaker_of(text, "keep ordering").as_deref(),
        Some("Oleg Vaskovich")
    );
}

#[test]
fn a_diplomat_is_the_ambassador_named_before() {
    let text = "The minister received Russian Ambassador to Belarus Pyotr Kalinin on Monday. \
                Later he met Deputy Defence Minister Colonel General Ivan Orlov.\n\n\
                \"Our alliance is closer than ever,\" the diplomat said.\n";
    assert_eq!(
        speaker_of(text, "closer than ever").as_deref(),
        Some("Pyotr Kalinin")
    );
}

#[test]
fn an_mp_is_the_deputy_just_quoted() {
    let text = "Roman Zolotov, deputy chairman of the Duma Committee on Defence, recalled the \
                ratification of the treaty.\n\n\
                \"The law only records what the troops already do,\" the MP told reporters.\n";
    assert_eq!(
        speaker_of(text, "already do").as_deref(),
        Some("Roman Zolotov")
    );
}

#[test]
fn the_chief_of_a_staff_is_the_person_holding_the_office() {
    let text = "Colonel General Viktor Ostrovsky, Chief of the Joint Staff of the CSTO, visited the \
                range on Wednesday.\n\n\
                “We have brought the episodes as close as possible to what we see today: drones, \
                electronic warfare, a fluid line of contact,” the Chief of the Joint Staff stressed.\n";
    assert_eq!(
        speaker_of(text, "fluid line of contact").as_deref(),
        Some("Viktor Ostrovsky")
    );
}

#[test]
fn a_participle_clause_is_no_part_of_the_speaker() {
    let text = "Belarusian President Alexander Lukashenko met the governor of the Kaluga region \
                in Minsk on Monday.\n\n\
                Opening the talks, the head of state said: \"Our plants are bound by thousands \
                of threads.\"\n";
    assert_eq!(
        speaker_of(text, "thousands of threads").as_deref(),
        Some("Alexander Lukashenko")
    );
}

#[test]
fn the_chief_goes_before_his_first_deputy() {
    let text = "The Belarusian side was led by Chief of the General Staff and First Deputy Defence \
                Minister Major General Igor Morozov. The Russian delegation was headed by Colonel \
                General Anton Lebed, First Deputy Chief of the General Staff of the Russian \
                Armed Forces.\n\n\
                \"We will check how the staffs work together,\" the chief of the General Staff added.\n";
    assert_eq!(
        speaker_of(text, "staffs work together").as_deref(),
        Some("Igor Morozov")
    );
}

#[test]
fn a_counterpart_keeps_the_nationality_he_was_given() {
    let text = "Russian Defence Minister Viktor Sedykh and his Belarusian counterpart Pavel \
                Lisovsky chaired the joint session.\n\n\
                \"Instructors will come to the air base in advance,\" the Belarusian minister added.\n";
    assert_eq!(
        speaker_of(text, "in advance").as_deref(),
        Some("Pavel Lisovsky")
    );
}

#[test]
fn a_place_named_in_the_speakers_clause_is_not_the_next_he() {
    // The tagger reads "Vilnius" as a person in both sentences.
    let text = "Belarusian Foreign Ministry spokesman Andrei Korol called Vilnius's decision a \
                provocation aimed at cutting the last transport links.\n\n\
                'Minsk will answer every unfriendly step. Vilnius itself bears the blame for the \
                queues of trucks,' he said in a comment to state television.\n";
    assert_eq!(
        speaker_of(text, "unfriendly step").as_deref(),
        Some("Andrei Korol")
    );
}

#[test]
fn a_speaker_in_apposition_before_the_cue_is_found_by_word_order() {
    let text = "The council approved the plan of joint exercises for next year.\n\n\
                Speaking at the session, the Chief of the CSTO Joint Staff, Colonel General \
                Nikolai Osipenko, said: \"The plan we have approved is realistic.\"\n";
    assert_eq!(
        speaker_of(text, "plan we have approved").as_deref(),
        Some("Nikolai Osipenko")
    );
}
