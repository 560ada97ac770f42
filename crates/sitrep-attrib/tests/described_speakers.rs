//! Speakers named by a description or a pronoun that the thirty-first
//! session's dev articles showed going wrong, on invented text through the
//! full pipeline: an office read as an organisation, a person whose title
//! names a body, a participle clause before the speaker, a chief and his
//! deputy, a counterpart, and a name mentioned inside the last speaker's
//! own clause; and (thirty-third session) "the agency" after a body whose
//! name does not hold the word.
// The shared PolNeAR support module exports more than these tests use.
#![allow(clippy::unwrap_used, unused_imports, dead_code)]

#[path = "support/polnear.rs"]
mod polnear;

#[path = "support/analyze.rs"]
mod support_analyze;
use support_analyze::speaker_of;

/// Fails unless the quotation holding `words` is given to `speaker`.
fn assert_speaker(text: &str, words: &str, speaker: &str) {
    assert_eq!(speaker_of(text, words).as_deref(), Some(speaker), "{text}");
}

#[test]
fn a_chairman_whose_body_runs_into_his_name_is_the_chairman() {
    let text =
        "Arms exports grew by a fifth, Chairman of the State Committee for Defence Industry \
                Oleg Vaskovich said on Tuesday.\n\n\
                \"Our partners keep ordering chassis and optics,\" the chairman stressed.\n";
    assert_speaker(text, "keep ordering", "Oleg Vaskovich");
}

#[test]
fn a_diplomat_is_the_ambassador_named_before() {
    let text = "The minister received Russian Ambassador to Belarus Pyotr Kalinin on Monday. \
                Later he met Deputy Defence Minister Colonel General Ivan Orlov.\n\n\
                \"Our alliance is closer than ever,\" the diplomat said.\n";
    assert_speaker(text, "closer than ever", "Pyotr Kalinin");
}

#[test]
fn an_mp_is_the_deputy_just_quoted() {
    let text = "Roman Zolotov, deputy chairman of the Duma Committee on Defence, recalled the \
                ratification of the treaty.\n\n\
                \"The law only records what the troops already do,\" the MP told reporters.\n";
    assert_speaker(text, "already do", "Roman Zolotov");
}

#[test]
fn the_chief_of_a_staff_is_the_person_holding_the_office() {
    let text = "Colonel General Viktor Ostrovsky, Chief of the Joint Staff of the CSTO, visited the \
                range on Wednesday.\n\n\
                “We have brought the episodes as close as possible to what we see today: drones, \
                electronic warfare, a fluid line of contact,” the Chief of the Joint Staff stressed.\n";
    assert_speaker(text, "fluid line of contact", "Viktor Ostrovsky");
}

#[test]
fn a_participle_clause_is_no_part_of_the_speaker() {
    let text = "Belarusian President Alexander Lukashenko met the governor of the Kaluga region \
                in Minsk on Monday.\n\n\
                Opening the talks, the head of state said: \"Our plants are bound by thousands \
                of threads.\"\n";
    assert_speaker(text, "thousands of threads", "Alexander Lukashenko");
}

#[test]
fn the_chief_goes_before_his_first_deputy() {
    let text = "The Belarusian side was led by Chief of the General Staff and First Deputy Defence \
                Minister Major General Igor Morozov. The Russian delegation was headed by Colonel \
                General Anton Lebed, First Deputy Chief of the General Staff of the Russian \
                Armed Forces.\n\n\
                \"We will check how the staffs work together,\" the chief of the General Staff added.\n";
    assert_speaker(text, "staffs work together", "Igor Morozov");
}

#[test]
fn a_counterpart_keeps_the_nationality_he_was_given() {
    let text = "Russian Defence Minister Viktor Sedykh and his Belarusian counterpart Pavel \
                Lisovsky chaired the joint session.\n\n\
                \"Instructors will come to the air base in advance,\" the Belarusian minister added.\n";
    assert_speaker(text, "in advance", "Pavel Lisovsky");
}

#[test]
fn a_place_named_in_the_speakers_clause_is_not_the_next_he() {
    // The tagger reads "Vilnius" as a person in both sentences.
    let text = "Belarusian Foreign Ministry spokesman Andrei Korol called Vilnius's decision a \
                provocation aimed at cutting the last transport links.\n\n\
                'Minsk will answer every unfriendly step. Vilnius itself bears the blame for the \
                queues of trucks,' he said in a comment to state television.\n";
    assert_speaker(text, "unfriendly step", "Andrei Korol");
}

#[test]
fn a_speaker_in_apposition_before_the_cue_is_found_by_word_order() {
    let text = "The council approved the plan of joint exercises for next year.\n\n\
                Speaking at the session, the Chief of the CSTO Joint Staff, Colonel General \
                Nikolai Osipenko, said: \"The plan we have approved is realistic.\"\n";
    assert_speaker(text, "plan we have approved", "Nikolai Osipenko");
}

#[test]
fn an_mp_is_no_deputy_minister() {
    let text =
        "Roman Zolotov, deputy chairman of the Duma Committee on Defence, backed the treaty. \
                Deputy Defence Minister Colonel General Ivan Orlov attended the vote.\n\n\
                \"The law only records what the troops already do,\" the MP told reporters.\n";
    assert_speaker(text, "already do", "Roman Zolotov");
}

#[test]
fn the_agency_is_the_body_that_spoke_last() {
    let text = "Georgia's customs have seized a shipment of drone engines bound for Russia, the \
                Foreign Intelligence Service of Georgia (GFIS) said on Monday.\n\n\
                \"The engines were declared as spare parts for agricultural machinery,\" the \
                agency said in a statement.\n";
    assert_speaker(
        text,
        "agricultural machinery",
        "Foreign Intelligence Service of Georgia",
    );
}

#[test]
fn the_government_is_not_whichever_body_spoke_last() {
    let text = "Georgia's customs have seized a shipment of drone engines bound for Russia, the \
                Foreign Intelligence Service of Georgia said on Monday.\n\n\
                \"We will tighten controls at every crossing,\" the government said.\n";
    assert_ne!(
        speaker_of(text, "tighten controls").as_deref(),
        Some("Foreign Intelligence Service of Georgia"),
        "{text}"
    );
}
