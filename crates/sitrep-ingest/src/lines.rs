//! Line reading with a hard cap on what is kept in memory.

use std::io::{self, BufRead};

/// What [`read_capped_line`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Line {
    /// The input had no more bytes.
    Eof,
    /// A whole line is in the buffer (without its `\n` or `\r\n`).
    Complete,
    /// The line was longer than the cap; it was read to its end and dropped.
    /// `len` is its full length in bytes.
    TooLong { len: u64 },
}

/// Reads the next line into `buf`, keeping at most `cap` bytes of it.
///
/// A longer line is consumed up to and including its newline without being
/// stored, so a 200 MB line costs a few buffers of memory, not 200 MB.
pub(crate) fn read_capped_line<R: BufRead + ?Sized>(
    reader: &mut R,
    cap: usize,
    buf: &mut Vec<u8>,
) -> io::Result<Line> {
    buf.clear();
    let mut total: u64 = 0;
    let mut saw_bytes = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(chunk) => chunk,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        if chunk.is_empty() {
            if !saw_bytes {
                return Ok(Line::Eof);
            }
            return Ok(finish(buf, total, cap));
        }
        saw_bytes = true;
        let (line_part, found_newline) = match memchr::memchr(b'\n', chunk) {
            Some(at) => (at, true),
            None => (chunk.len(), false),
        };
        let room = cap.saturating_sub(buf.len());
        if (total as usize) <= cap {
            // Keep one byte past the cap at most, never the rest of the line.
            let keep = line_part.min(room);
            buf.extend_from_slice(&chunk[..keep]);
        }
        total += line_part as u64;
        reader.consume(line_part + usize::from(found_newline));
        if found_newline {
            return Ok(finish(buf, total, cap));
        }
    }
}

fn finish(buf: &mut Vec<u8>, total: u64, cap: usize) -> Line {
    if total > cap as u64 {
        buf.clear();
        return Line::TooLong { len: total };
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Line::Complete
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_dropped_and_reading_goes_on() {
        let mut input: &[u8] = b"short\r\nthis line is too long\nok\nlast";
        let mut buf = Vec::new();
        assert_eq!(
            read_capped_line(&mut input, 8, &mut buf).unwrap(),
            Line::Complete
        );
        assert_eq!(buf, b"short");
        assert_eq!(
            read_capped_line(&mut input, 8, &mut buf).unwrap(),
            Line::TooLong { len: 21 }
        );
        assert_eq!(
            read_capped_line(&mut input, 8, &mut buf).unwrap(),
            Line::Complete
        );
        assert_eq!(buf, b"ok");
        assert_eq!(
            read_capped_line(&mut input, 8, &mut buf).unwrap(),
            Line::Complete
        );
        assert_eq!(buf, b"last");
        assert_eq!(
            read_capped_line(&mut input, 8, &mut buf).unwrap(),
            Line::Eof
        );
    }
}
