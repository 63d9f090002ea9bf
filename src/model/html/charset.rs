//! Bytes of a saved page → text, the way browsers decide: a byte-order mark, then a declared
//! charset (`<meta charset>` or `http-equiv` content-type) in the first bytes, then valid UTF-8,
//! then a statistical guess (chardetng). Decoding tables are encoding_rs's.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// How many bytes are searched for a declared charset (the HTML standard says 1024; pages put
/// long `<head>`s first, so a little more).
const PRESCAN: usize = 4096;

/// The text, the encoding used, and whether some bytes were not valid in it.
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub had_errors: bool,
}

pub fn decode(bytes: &[u8]) -> Decoded {
    let (encoding, skip) = match Encoding::for_bom(bytes) {
        Some((enc, len)) => (enc, len),
        None => (choose(bytes), 0),
    };
    let (mut text, mut had_errors) = encoding.decode_without_bom_handling(&bytes[skip..]);
    // A page re-saved as UTF-8 keeps its old declaration ("gb2312" over UTF-8 text): when the
    // declared encoding fails on the bytes and they are valid UTF-8, they are UTF-8.
    let mut encoding = encoding;
    if had_errors
        && encoding != UTF_8
        && let Ok(utf8) = std::str::from_utf8(&bytes[skip..])
    {
        (text, had_errors, encoding) = (utf8.into(), false, UTF_8);
    }
    Decoded {
        text: text.into_owned(),
        encoding,
        had_errors,
    }
}

fn choose(bytes: &[u8]) -> &'static Encoding {
    if let Some(enc) = declared(&bytes[..bytes.len().min(PRESCAN)]) {
        // A page that could be read as ASCII cannot really be UTF-16 (HTML standard).
        return if enc == UTF_16LE || enc == UTF_16BE {
            UTF_8
        } else {
            enc
        };
    }
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    // factlens never runs scripts, so ISO-2022-JP may be guessed; UTF-8 was ruled out above.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// The charset a page declares in its first bytes: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">` (and the XML declaration's
/// `encoding="…"` for XHTML).
pub fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for key in [&b"charset"[..], b"encoding"] {
        let mut from = 0;
        while let Some(pos) = find(&lower[from..], key) {
            let mut i = from + pos + key.len();
            from = i;
            while i < lower.len() && lower[i].is_ascii_whitespace() {
                i += 1;
            }
            if lower.get(i) != Some(&b'=') {
                continue;
            }
            i += 1;
            while i < lower.len() && matches!(lower[i], b' ' | b'"' | b'\'') {
                i += 1;
            }
            let start = i;
            while i < lower.len()
                && (lower[i].is_ascii_alphanumeric()
                    || matches!(lower[i], b'-' | b'_' | b':' | b'.'))
            {
                i += 1;
            }
            if let Some(enc) = Encoding::for_label(&lower[start..i]) {
                return Some(enc);
            }
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utf8_page_with_a_stale_legacy_declaration_reads_as_utf8() {
        let page = "<html><head><meta charset=\"gb2312\"></head><body><p>备受追捧，历时十多年的乙肝疫苗研制。</p></body></html>";
        let d = decode(page.as_bytes());
        assert_eq!(d.encoding, UTF_8);
        assert!(!d.had_errors);
        assert!(d.text.contains("备受追捧"));
        // A real GBK page with the same declaration stays GBK.
        let (gbk, _, _) = encoding_rs::GBK.encode(page);
        let d = decode(&gbk);
        assert_eq!(d.encoding, encoding_rs::GBK);
        assert!(d.text.contains("备受追捧"));
    }

    #[test]
    fn declared_charsets() {
        let page = b"<html><head><meta charset=\"EUC-KR\"><title>x</title>";
        assert_eq!(declared(page).unwrap().name(), "EUC-KR");
        let page = b"<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>";
        assert_eq!(declared(page).unwrap().name(), "GBK");
        let page = b"<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><html>";
        assert_eq!(declared(page).unwrap().name(), "Shift_JIS");
        assert!(declared(b"<p>charset is a word</p>").is_none());
    }

    #[test]
    fn decodes_declared_bom_and_guessed_encodings() {
        // EUC-KR bytes for "한국" with a declaration.
        let mut page = b"<meta charset=euc-kr><p>".to_vec();
        page.extend_from_slice(&[0xc7, 0xd1, 0xb1, 0xb9]);
        assert!(decode(&page).text.ends_with("한국"));
        // A UTF-8 BOM wins over a wrong declaration.
        let mut page = vec![0xef, 0xbb, 0xbf];
        page.extend_from_slice("<meta charset=latin1><p>café".as_bytes());
        assert!(decode(&page).text.ends_with("café"));
        // Undeclared windows-1252 is guessed, not mangled.
        let page =
            b"<p>The caf\xe9 owners said \x93no\x94 to the plan, and the caf\xe9 closed.</p>";
        let d = decode(page);
        assert!(
            d.text.contains("café") && d.text.contains("“no”"),
            "{}",
            d.text
        );
        // A page declaring UTF-16 in ASCII is read as UTF-8.
        assert_eq!(decode(b"<meta charset=utf-16><p>x").encoding, UTF_8);
    }
}
