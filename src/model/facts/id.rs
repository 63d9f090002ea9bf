//! Fact and entity ids: 64-bit words that print as "f…"/"e…" and 15 hex digits, stable across
//! runs.

use super::*;

/// A fact id: "f" and 15 hex digits, held in one 64-bit word (a corpus holds millions of ids, in
/// facts and in their related lists): the top 4 bits say which kind of id it is, the rest are its
/// digits. Ids compare and sort by that word, which orders hashed ids like their text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FactId(std::num::NonZeroU64);

/// An entity id: "e" and 15 hex digits, a [`FactId`] with another tag (every mention of an
/// entity, and every quote's speaker, holds one).
pub type EntityId = FactId;

/// Top-4-bit tags of a [`FactId`]'s word.
const TAG_ENTITY: u64 = 0x1;
const TAG_FACT: u64 = 0x2;
/// A short id written by hand ("f1"): its length in the low 3 bits of the top byte, its bytes below.
const TAG_INLINE: u64 = 0xf;
/// A longer id that is no hash id ("custom id"): kept as a hash, shown as "x" and 15 hex digits.
const TAG_OTHER: u64 = 0xe;

impl FactId {
    /// The fact id for a 64-bit hash.
    pub fn from_hash(h: u64) -> FactId {
        FactId::tagged(TAG_FACT, h >> 4)
    }

    /// The entity id for a 64-bit hash.
    pub fn entity_from_hash(h: u64) -> EntityId {
        FactId::tagged(TAG_ENTITY, h >> 4)
    }

    fn tagged(tag: u64, digits: u64) -> FactId {
        let word = tag << 60 | (digits & ((1 << 60) - 1));
        FactId(std::num::NonZeroU64::new(word).expect("tag is never 0"))
    }

    fn tag(self) -> u64 {
        self.0.get() >> 60
    }

    /// Another id derived from this one (two facts must never share an id).
    pub fn next(self) -> FactId {
        // Hashes the id's text padded to 16 bytes with NULs (the format ids were first kept in).
        let mut b = [0u8; 16];
        let s = self.as_str();
        b[..s.len()].copy_from_slice(s.as_bytes());
        FactId::from_hash(xxhash_rust::xxh3::xxh3_64(&b))
    }

    /// The id as one 64-bit number (fast sorting): distinct ids map to distinct numbers, hashed
    /// ids ordered like their text, entity ids before fact ids, hand-written ids after both.
    pub fn key(&self) -> u64 {
        self.0.get()
    }

    /// The id's text, on the stack.
    pub fn as_str(&self) -> IdStr {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let w = self.0.get();
        let mut b = [0u8; 16];
        let prefix = match self.tag() {
            TAG_ENTITY => b'e',
            TAG_FACT => b'f',
            TAG_INLINE => {
                let n = ((w >> 56) & 0x7) as usize;
                for (i, slot) in b[..n].iter_mut().enumerate() {
                    *slot = (w >> (8 * (6 - i))) as u8;
                }
                return IdStr {
                    bytes: b,
                    len: n as u8,
                };
            }
            _ => b'x',
        };
        b[0] = prefix;
        for (i, slot) in b[1..].iter_mut().enumerate() {
            *slot = HEX[((w >> (4 * (14 - i))) & 0xf) as usize];
        }
        IdStr { bytes: b, len: 16 }
    }
}

/// A [`FactId`]'s text: at most 16 bytes of ASCII, kept on the stack; reads as a `&str`.
#[derive(Clone, Copy)]
pub struct IdStr {
    bytes: [u8; 16],
    len: u8,
}

impl std::ops::Deref for IdStr {
    type Target = str;
    fn deref(&self) -> &str {
        // Only ASCII is ever written into it.
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or("")
    }
}

impl std::fmt::Display for IdStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

/// Ids read back from text: "f"/"e" and 15 hex digits exactly; a short hand-written id (tests,
/// tools: up to 7 bytes of ASCII) as written; anything else by its hash.
impl From<&str> for FactId {
    fn from(s: &str) -> FactId {
        let b = s.as_bytes();
        if b.len() == 16
            && let Some(tag) = match b[0] {
                b'e' => Some(TAG_ENTITY),
                b'f' => Some(TAG_FACT),
                _ => None,
            }
            && let Ok(digits) = u64::from_str_radix(&s[1..], 16)
            && b[1..]
                .iter()
                .all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'))
        {
            return FactId::tagged(tag, digits);
        }
        if b.len() <= 7 && b.is_ascii() && !b.contains(&0) {
            let mut w = (TAG_INLINE << 4 | b.len() as u64) << 56;
            for (i, &c) in b.iter().enumerate() {
                w |= (c as u64) << (8 * (6 - i));
            }
            return FactId(std::num::NonZeroU64::new(w).expect("tag is never 0"));
        }
        FactId::tagged(TAG_OTHER, xxhash_rust::xxh3::xxh3_64(b))
    }
}

impl Default for FactId {
    fn default() -> FactId {
        FactId::from_hash(0)
    }
}

impl std::fmt::Display for FactId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.as_str())
    }
}

impl std::fmt::Debug for FactId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", &*self.as_str())
    }
}

impl Serialize for FactId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.as_str())
    }
}

impl PartialEq<str> for FactId {
    fn eq(&self, other: &str) -> bool {
        *self.as_str() == *other
    }
}

impl PartialEq<&str> for FactId {
    fn eq(&self, other: &&str) -> bool {
        *self.as_str() == **other
    }
}

/// The stable id of a fact: its kind, its span and its paragraph's text (hashed once per
/// paragraph, so a paragraph with many facts costs one pass over its text, not one per fact).
pub fn fact_id(kind: FactKind, block_hash: u64, start: usize, end: usize) -> FactId {
    // The key is "{kind}\u{1f}{start}\u{1f}{end}\u{1f}{block_hash:016x}", written into a stack
    // buffer (ids are made for every fact of a corpus; the format must never change).
    let mut buf = [0u8; 80];
    let mut n = 0;
    let mut put = |bytes: &[u8]| {
        buf[n..n + bytes.len()].copy_from_slice(bytes);
        n += bytes.len();
    };
    put(kind.as_str().as_bytes());
    put(&[0x1f]);
    put(decimal(start, &mut [0u8; 20]));
    put(&[0x1f]);
    put(decimal(end, &mut [0u8; 20]));
    put(&[0x1f]);
    let mut hex = [0u8; 16];
    for (i, h) in hex.iter_mut().enumerate() {
        *h = b"0123456789abcdef"[((block_hash >> (4 * (15 - i))) & 0xf) as usize];
    }
    put(&hex);
    FactId::from_hash(xxhash_rust::xxh3::xxh3_64(&buf[..n]))
}

/// `n` in decimal digits, written at the end of `buf`.
fn decimal(mut n: usize, buf: &mut [u8; 20]) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[i..]
}
