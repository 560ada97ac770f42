//! Language identification and writing-script helpers.
//!
//! [`detect`] wraps `whatlang` (trigram profiles over 69 languages) and adds
//! the checks a pipeline needs before trusting it: a minimum amount of
//! letters, and whatlang's own reliability flag or, for sentence-length
//! input where that flag is strict, a confidence floor. A wrong
//! language code is worse than none (it would route a document to the wrong
//! models), so anything doubtful is `None`.
//!
//! The script helpers ([`Script`], [`script_of_char`], [`script_profile`])
//! are plain Unicode-block lookups. The cleaner uses them to spot stray lines
//! written in another script than the document (a Russian line left in an
//! English page), which needs no language model at all.

/// Fewer letters than this and [`detect`] does not guess: trigram statistics
/// over a headline-sized string are noise.
pub const MIN_LETTERS: usize = 20;

/// Without whatlang's reliability flag, an answer is taken when the text
/// has at least a sentence's worth of letters and this confidence.
const MIN_CONFIDENCE: f64 = 0.5;
const SENTENCE_LETTERS: usize = 50;

/// At most this many bytes are looked at: language does not change halfway
/// through a news report, and whatlang's cost grows with the input.
const SAMPLE_BYTES: usize = 2048;

/// The ISO 639-1 code of the text's language, or `None` when the text is too
/// short or the guess is unreliable.
///
/// ```
/// let text = "The minister said on Tuesday that the talks would continue next week in Moscow.";
/// assert_eq!(sitrep_text::lang::detect(text).as_deref(), Some("en"));
/// assert_eq!(sitrep_text::lang::detect("Hello"), None);
/// ```
pub fn detect(text: &str) -> Option<String> {
    let sample = prefix_at_char_boundary(text, SAMPLE_BYTES);
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
    if letters < MIN_LETTERS {
        return None;
    }
    let info = whatlang::detect(sample)?;
    // whatlang's own flag is strict on sentence-length input; a clear
    // margin over a full sentence's worth of letters is good enough.
    let trusted =
        info.is_reliable() || (letters >= SENTENCE_LETTERS && info.confidence() >= MIN_CONFIDENCE);
    if !trusted {
        return None;
    }
    iso639_1(info.lang()).map(str::to_string)
}

/// The longest prefix of `text` no longer than `max` bytes that ends on a
/// character boundary.
fn prefix_at_char_boundary(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Maps whatlang's ISO 639-3 languages to ISO 639-1 (all of whatlang's
/// languages have a two-letter code except a few, which yield `None`).
fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Epo => "eo",
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        #[allow(unreachable_patterns)]
        _ => return None,
    })
}

/// A writing system, as far as the cleaner needs to tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Georgian,
    Hebrew,
    Arabic,
    Devanagari,
    Thai,
    /// Han, Hiragana, Katakana and Hangul together: CJK pages mix them.
    Cjk,
    /// Any other letter-bearing script.
    Other,
}

/// The script of a letter, or `None` for digits, punctuation, spaces and
/// symbols (which every script shares).
pub fn script_of_char(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        return None;
    }
    let cp = c as u32;
    Some(match cp {
        0x0041..=0x024F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xFF21..=0xFF5A => {
            Script::Latin
        }
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0530..=0x058F => Script::Armenian,
        0x0590..=0x05FF => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x0900..=0x097F => Script::Devanagari,
        0x0E00..=0x0E7F => Script::Thai,
        0x10A0..=0x10FF | 0x2D00..=0x2D2F => Script::Georgian,
        0x1100..=0x11FF
        | 0x3040..=0x30FF
        | 0x3130..=0x318F
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF
        | 0x20000..=0x2FA1F => Script::Cjk,
        _ => Script::Other,
    })
}

/// Letter counts per script in a text, most frequent first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScriptProfile {
    /// `(script, letters)` pairs, sorted by count descending.
    pub counts: Vec<(Script, usize)>,
    /// Total letters counted.
    pub letters: usize,
}

impl ScriptProfile {
    /// The most frequent script, if the text has any letters.
    pub fn dominant(&self) -> Option<Script> {
        self.counts.first().map(|&(s, _)| s)
    }

    /// Share of the letters written in `script` (0.0 for no letters).
    pub fn share(&self, script: Script) -> f64 {
        if self.letters == 0 {
            return 0.0;
        }
        let n = self
            .counts
            .iter()
            .find(|(s, _)| *s == script)
            .map_or(0, |&(_, n)| n);
        n as f64 / self.letters as f64
    }
}

/// Counts the letters of each script in `text`.
pub fn script_profile(text: &str) -> ScriptProfile {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    let mut letters = 0;
    for script in text.chars().filter_map(script_of_char) {
        letters += 1;
        match counts.iter_mut().find(|(s, _)| *s == script) {
            Some(entry) => entry.1 += 1,
            None => counts.push((script, 1)),
        }
    }
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    ScriptProfile { counts, letters }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn detects_common_news_languages() {
        let en = "The defence ministers met in the capital on Wednesday and agreed to hold joint exercises next year.";
        let ru = "Министры обороны встретились в столице в среду и договорились провести совместные учения в следующем году.";
        let de = "Die Verteidigungsminister trafen sich am Mittwoch in der Hauptstadt und vereinbarten gemeinsame Übungen.";
        assert_eq!(detect(en).as_deref(), Some("en"));
        assert_eq!(detect(ru).as_deref(), Some("ru"));
        assert_eq!(detect(de).as_deref(), Some("de"));
    }

    #[test]
    fn short_or_letterless_text_is_none() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("Minsk"), None);
        assert_eq!(detect("12:30 15.10.2025 — 42 / 7"), None);
    }

    #[test]
    fn long_text_is_sampled_on_a_char_boundary() {
        let text = "Совместные учения прошли успешно. ".repeat(400);
        assert!(text.len() > SAMPLE_BYTES);
        assert_eq!(detect(&text).as_deref(), Some("ru"));
    }

    #[test]
    fn scripts_of_letters() {
        assert_eq!(script_of_char('a'), Some(Script::Latin));
        assert_eq!(script_of_char('é'), Some(Script::Latin));
        assert_eq!(script_of_char('Ж'), Some(Script::Cyrillic));
        assert_eq!(script_of_char('λ'), Some(Script::Greek));
        assert_eq!(script_of_char('中'), Some(Script::Cjk));
        assert_eq!(script_of_char('7'), None);
        assert_eq!(script_of_char('—'), None);
    }

    #[test]
    fn profile_finds_the_dominant_script() {
        let p = script_profile("Minsk (Минск) is the capital");
        assert_eq!(p.dominant(), Some(Script::Latin));
        assert!(p.share(Script::Cyrillic) > 0.1 && p.share(Script::Cyrillic) < 0.5);
        assert_eq!(script_profile("123").dominant(), None);
    }
}
