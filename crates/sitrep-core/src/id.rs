use sha2::{Digest, Sha256};

/// Hex SHA-256 of the raw content bytes: the store's de-duplication key.
pub fn content_hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The stable document id: 16 hex digits of SHA-256 over the source URL (when
/// the container named one) and the content hash.
///
/// The file path is deliberately left out: moving a corpus to another folder
/// must not change its ids, while the same bytes served under two URLs are two
/// documents an analyst may want to tell apart.
pub fn doc_id(url: Option<&str>, content_hash: &str) -> String {
    let mut h = Sha256::new();
    h.update(url.unwrap_or("").as_bytes());
    h.update([0u8]);
    h.update(content_hash.as_bytes());
    hex(&h.finalize()[..8])
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_short() {
        let h = content_hash(b"abc");
        assert_eq!(
            h,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let id = doc_id(None, &h);
        assert_eq!(id.len(), 16);
        assert_eq!(id, doc_id(None, &h));
        assert_ne!(id, doc_id(Some("https://example.org/a"), &h));
    }
}
