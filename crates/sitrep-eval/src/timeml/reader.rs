//! A reader for TimeML files: the plain text of `<TEXT>` with every TIMEX3
//! inside it as a byte extent into that text, plus the document creation time.

use std::fmt;

/// One TIMEX3: byte extent into [`TimemlDoc::text`], type and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    pub value: String,
    /// Whether this is the document creation time.
    pub creation_time: bool,
}

/// A TimeML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimemlDoc {
    pub id: String,
    /// The value of the creation-time TIMEX3 (the anchor), if any.
    pub dct: Option<String>,
    /// The text of `<TEXT>` with markup removed and entities decoded.
    pub text: String,
    /// The TIMEX3s inside `<TEXT>` (the DCT excluded).
    pub timexes: Vec<Timex>,
}

/// Why a TimeML file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimemlError {
    pub message: String,
    /// Byte offset in the XML where it went wrong.
    pub at: usize,
}

impl fmt::Display for TimemlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TimeML: {} (at byte {})", self.message, self.at)
    }
}

impl std::error::Error for TimemlError {}

fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(pos) = rest.find(name) {
        let before_ok = pos == 0 || rest.as_bytes()[pos - 1].is_ascii_whitespace();
        let after = &rest[pos + name.len()..];
        let after_trim = after.trim_start();
        if before_ok && after_trim.starts_with('=') {
            let v = after_trim[1..].trim_start();
            let quote = v.chars().next()?;
            if quote == '"' || quote == '\'' {
                let body = &v[1..];
                let close = body.find(quote)?;
                return Some(decode(&body[..close]));
            }
        }
        rest = &rest[pos + name.len()..];
    }
    None
}

fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Reads one TimeML document.
pub fn read_timeml(xml: &str) -> Result<TimemlDoc, TimemlError> {
    let id = xml.find("<DOCID>").and_then(|a| {
        let rest = &xml[a + 7..];
        rest.find("</DOCID>").map(|b| rest[..b].trim().to_string())
    });
    let mut dct = None;
    let mut text = String::new();
    let mut timexes = Vec::new();
    let mut in_text = false;
    let mut open: Option<(usize, String, String, bool)> = None;
    let mut i = 0;
    while i < xml.len() {
        let rest = &xml[i..];
        if rest.starts_with('<') {
            let close = rest.find('>').ok_or(TimemlError {
                message: "unclosed tag".into(),
                at: i,
            })?;
            let tag = &rest[1..close];
            let name = tag
                .trim_start_matches('/')
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or("");
            let closing = tag.starts_with('/');
            match (name, closing) {
                ("TEXT", false) => in_text = true,
                ("TEXT", true) => in_text = false,
                ("TIMEX3", false) => {
                    let kind = attr(tag, "type").unwrap_or_default();
                    let value = attr(tag, "value").unwrap_or_default();
                    let creation =
                        attr(tag, "functionInDocument").is_some_and(|f| f == "CREATION_TIME");
                    if creation && dct.is_none() {
                        dct = Some(value.clone());
                    }
                    if tag.ends_with('/') {
                        // An empty TIMEX3 (no extent) cannot be matched; skip it.
                    } else {
                        open = Some((text.len(), kind, value, creation));
                    }
                }
                ("TIMEX3", true) => {
                    if let Some((start, kind, value, creation)) = open.take() {
                        if in_text && !creation {
                            timexes.push(Timex {
                                start,
                                end: text.len(),
                                kind,
                                value,
                                creation_time: false,
                            });
                        }
                    }
                }
                _ => {}
            }
            i += close + 1;
            continue;
        }
        let next = rest.find('<').unwrap_or(rest.len());
        if in_text {
            text.push_str(&decode(&rest[..next]));
        }
        i += next;
    }
    // Trim extents to the text they cover (annotations sometimes include spaces).
    for t in &mut timexes {
        while t.start < t.end
            && text
                .as_bytes()
                .get(t.start)
                .is_some_and(u8::is_ascii_whitespace)
        {
            t.start += 1;
        }
        while t.end > t.start
            && text
                .as_bytes()
                .get(t.end - 1)
                .is_some_and(u8::is_ascii_whitespace)
        {
            t.end -= 1;
        }
    }
    Ok(TimemlDoc {
        id: id.unwrap_or_default(),
        dct,
        text,
        timexes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_timexes_and_dct() {
        let xml = r#"<TimeML><DOCID>X1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>Sales &amp; profit fell <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3>, <EVENT eid="e1">said</EVENT> the firm.</TEXT></TimeML>"#;
        let d = read_timeml(xml).unwrap();
        assert_eq!(d.id, "X1");
        assert_eq!(d.dct.as_deref(), Some("1998-01-08"));
        assert_eq!(d.timexes.len(), 1);
        let t = &d.timexes[0];
        assert_eq!(&d.text[t.start..t.end], "last year");
        assert_eq!(t.value, "1997");
        assert!(d.text.starts_with("Sales & profit"));
    }
}
