//! Bytes → clean article text.
//!
//! Everything an article file contains passes through [`decode`] before any other code sees it:
//! a UTF-8 BOM is stripped, CRLF and lone CR become LF, invalid UTF-8 is replaced (lossily) and
//! reported with the offset of the first bad byte, NUL bytes mark a binary file, and terminal
//! control sequences are removed so that article text can never drive the terminal.

/// Result of decoding one file's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The normalised text: valid UTF-8, LF line ends, no control characters but `\n` and `\t`.
    pub text: String,
    /// Problems found on the way, each a complete sentence (the caller prefixes the path).
    pub warnings: Vec<String>,
}

/// Why a file could not be decoded at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejected {
    /// The bytes contain NUL: a binary file, not an article.
    Binary { offset: usize },
}

/// Decodes `bytes` into article text. See the module docs for what is normalised.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Rejected> {
    if let Some(offset) = memchr_nul(bytes) {
        return Err(Rejected::Binary { offset });
    }
    let mut warnings = Vec::new();
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(body) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(e) => {
            let offset = e.valid_up_to() + (bytes.len() - body.len());
            warnings.push(format!(
                "invalid UTF-8 at byte {offset}; bad bytes were replaced with U+FFFD"
            ));
            String::from_utf8_lossy(body)
        }
    };
    // (Before the controls go: text read as Latin-1 holds C1 characters that are bytes of it.)
    let (text, repaired) = repair_mojibake(&text);
    if repaired > 0 {
        warnings.push(format!(
            "repaired {repaired} mis-decoded character sequence(s) (UTF-8 that had been read as Windows-1252, such as \"PeÃ±a\" for \"Peña\")"
        ));
    }
    let (clean, removed) = normalise(&text);
    if removed > 0 {
        warnings.push(format!(
            "removed {removed} terminal control character(s) or escape sequence(s)"
        ));
    }
    Ok(Decoded {
        text: clean,
        warnings,
    })
}

/// UTF-8 that was once read as Windows-1252 (or Latin-1) and written out again — "PeÃ±a",
/// "donâ€™t", twice over "donÃ¢â‚¬â„¢t" — read again as UTF-8: "Peña", "don’t". Each run of
/// non-ASCII characters changes only when every character in it stands for one byte and those
/// bytes are valid UTF-8, which text that was never mis-decoded almost never is ("é" alone is
/// byte E9, no UTF-8). Returns the text and how many runs were repaired.
pub fn repair_mojibake(text: &str) -> (std::borrow::Cow<'_, str>, usize) {
    use std::borrow::Cow;
    // A mis-decoded lead byte C2–F4 is a character U+00C2–U+00F4: UTF-8 C3 82 … C3 B4.
    // ("Ã" and "Â" may have been decomposed since: "A" and a combining tilde, U+0303, or
    // circumflex, U+0302 — UTF-8 CC 83 and CC 82.)
    let b = text.as_bytes();
    if !b
        .windows(2)
        .any(|w| w[0] == 0xc3 && (0x82..=0xb4).contains(&w[1]))
        && !b
            .windows(3)
            .any(|w| w[0] == b'A' && w[1] == 0xcc && (w[2] == 0x82 || w[2] == 0x83))
    {
        return (Cow::Borrowed(text), 0);
    }
    let mut out = String::new();
    let mut copied = 0;
    let mut repaired = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_ascii() {
            continue;
        }
        let mut end = start + c.len_utf8();
        // (An "A" with a combining mark after it is a decomposed "Ã" or "Â": in the run.)
        let decomposed = |i: usize| text[i + 1..].starts_with(['\u{302}', '\u{303}']);
        while let Some(&(i, d)) = chars.peek() {
            if d.is_ascii() && !(d == 'A' && decomposed(i)) {
                break;
            }
            end = i + d.len_utf8();
            chars.next();
        }
        // A decomposed "Ã" or "Â" opens the run with the "A" before it.
        let start = if matches!(c, '\u{302}' | '\u{303}') && text[..start].ends_with('A') {
            start - 1
        } else {
            start
        };
        let run = composed_mojibake(&text[start..end]);
        // Twice over at most: text mis-decoded two times is still read.
        let mut fixed: Option<String> = None;
        for _ in 0..2 {
            match as_utf8(fixed.as_deref().unwrap_or(&run)) {
                Some(s) => fixed = Some(s),
                None => break,
            }
        }
        if let Some(s) = fixed {
            out.push_str(&text[copied..start]);
            out.push_str(&s);
            copied = end;
            repaired += 1;
        }
    }
    if repaired == 0 {
        return (Cow::Borrowed(text), 0);
    }
    out.push_str(&text[copied..]);
    (Cow::Owned(out), repaired)
}

/// A run with its decomposed "Ã" and "Â" composed again. And where text mis-decoded twice lost
/// the control character after an "Ã" ("Ã\u{83}Â±", UTF-8 of "Ã±", itself "ñ" mis-decoded),
/// the character that stood for byte 83 is put back: in a mis-decoded run, "Ã" right before
/// "Â" or "Ã" stood for lead byte C3, and only a lost 83 makes it so.
fn composed_mojibake(run: &str) -> std::borrow::Cow<'_, str> {
    if !run.contains(['\u{302}', '\u{303}']) && !run.contains("ÃÂ") && !run.contains("ÃÃ") {
        return std::borrow::Cow::Borrowed(run);
    }
    let composed = run.replace("A\u{303}", "Ã").replace("A\u{302}", "Â");
    let mut out = String::with_capacity(composed.len() + 2);
    let mut chars = composed.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == 'Ã' && matches!(chars.peek(), Some('Â' | 'Ã')) {
            out.push('ƒ');
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `run` (non-ASCII characters) read back as the bytes Windows-1252 gives them, when those are
/// UTF-8 of fewer characters.
fn as_utf8(run: &str) -> Option<String> {
    if !run.chars().any(|c| ('\u{c2}'..='\u{f4}').contains(&c)) {
        return None;
    }
    let bytes: Vec<u8> = run.chars().map(cp1252_byte).collect::<Option<_>>()?;
    String::from_utf8(bytes)
        .ok()
        .filter(|s| s.chars().count() < run.chars().count())
}

/// The Windows-1252 byte a character decodes from (Latin-1 for the rest of 0x80–0xFF, so C1
/// characters of text read as Latin-1 count too).
fn cp1252_byte(c: char) -> Option<u8> {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match c as u32 {
        0x80..=0xff => Some(c as u32 as u8),
        _ => HIGH.iter().position(|&h| h == c).map(|i| 0x80 + i as u8),
    }
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

/// Converts line ends to LF and strips terminal escape sequences and control characters.
/// Returns the text and how many sequences/characters were removed.
///
/// ESC starts a sequence that is removed whole: CSI (`ESC [` … final byte 0x40–0x7E), OSC, DCS,
/// SOS, PM and APC strings (up to BEL or ST), and two-character escapes. The C1 forms (U+009B CSI,
/// U+009D OSC, …) are handled the same way. Any other C0/C1 control except `\n` and `\t` is dropped.
pub fn normalise(input: &str) -> (String, usize) {
    // Most files have nothing to remove or rewrite: one pass over the bytes, then a copy.
    if !needs_normalising(input) {
        return (input.to_string(), 0);
    }
    let mut out = String::with_capacity(input.len());
    let mut removed = 0usize;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' => {
                out.push('\n');
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
            }
            '\u{1b}' => {
                removed += 1;
                match chars.peek().copied() {
                    Some('[') => {
                        chars.next();
                        skip_csi(&mut chars);
                    }
                    Some(']' | 'P' | 'X' | '^' | '_') => {
                        chars.next();
                        skip_string(&mut chars);
                    }
                    // Two-character escape (ESC c, ESC 7, ESC ( B …): drop the next char too,
                    // unless it is a line end we must keep.
                    Some(n) if n != '\n' && n != '\r' => {
                        chars.next();
                        if matches!(n, '(' | ')' | '*' | '+' | '#' | '%')
                            && chars.peek().is_some_and(|c| c.is_ascii_graphic())
                        {
                            chars.next();
                        }
                    }
                    _ => {}
                }
            }
            '\u{9b}' => {
                removed += 1;
                skip_csi(&mut chars);
            }
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => {
                removed += 1;
                skip_string(&mut chars);
            }
            c if is_control(c) => removed += 1,
            c => out.push(c),
        }
    }
    (out, removed)
}

/// Whether `input` holds a character [`normalise`] removes or rewrites: a C0 control other than
/// LF and TAB (CR and ESC among them), DEL, or a C1 control (UTF-8 `C2 80`–`C2 9F`).
fn needs_normalising(input: &str) -> bool {
    let b = input.as_bytes();
    b.iter().enumerate().any(|(i, &x)| {
        (x < 0x20 && x != b'\n' && x != b'\t')
            || x == 0x7f
            || (x == 0xc2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    })
}

/// True for characters that must never reach the terminal: C0 (except LF, TAB), DEL, C1, and the
/// bidi/format controls that can reorder what a terminal shows are kept (they are text), so only
/// the ISO 6429 control ranges count here.
pub fn is_control(c: char) -> bool {
    let u = c as u32;
    (u < 0x20 && c != '\n' && c != '\t') || (0x7f..=0x9f).contains(&u)
}

fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    // Parameter and intermediate bytes 0x20–0x3F, final byte 0x40–0x7E. Stop at anything else so a
    // malformed sequence cannot swallow the article.
    for c in chars.by_ref() {
        let u = c as u32;
        if (0x40..=0x7e).contains(&u) {
            return;
        }
        if !(0x20..=0x3f).contains(&u) {
            return;
        }
    }
}

fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    // Up to BEL, ST (ESC \) or C1 ST; a line end also ends it so one bad OSC cannot eat the file.
    while let Some(&c) = chars.peek() {
        match c {
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\u{1b}' => {
                chars.next();
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            '\n' | '\r' => return,
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        decode(bytes).expect("decodes").text
    }

    #[test]
    fn mis_decoded_utf8_is_read_again() {
        let d = decode("Enrique PeÃ±a Nieto donâ€™t; in espaÃ±ol, franÃ§ais".as_bytes()).unwrap();
        assert_eq!(d.text, "Enrique Peña Nieto don’t; in español, français");
        assert!(d.warnings[0].contains("repaired 4"), "{:?}", d.warnings);
        // Twice over, and read as Latin-1 (a C1 character among the bytes).
        assert_eq!(text("donÃ¢â‚¬â„¢t".as_bytes()), "don’t");
        assert_eq!(text("donâ\u{80}\u{99}t".as_bytes()), "don’t");
        assert_eq!(text("RaÃºl".as_bytes()), "Raúl");
        // Text that was never mis-decoded stays: accents, symbols, CJK, and a legitimate word
        // beside a repaired one.
        for ok in [
            "café, Ärger, Straße, São Paulo",
            "£5 — “quoted” …",
            "李在明",
            "Zürich’s",
        ] {
            let d = decode(ok.as_bytes()).unwrap();
            assert_eq!(d.text, ok);
            assert!(d.warnings.is_empty(), "{ok}: {:?}", d.warnings);
        }
        assert_eq!(text("PeÃ±a’s".as_bytes()), "Peña’s");
        // Decomposed since ("Ã" as "A" and a combining tilde), and twice over with the control
        // character after "Ã" lost.
        assert_eq!(
            text("JosA\u{303}© AndrA\u{303}©s".as_bytes()),
            "José Andrés"
        );
        assert_eq!(
            text("Enrique PeA\u{303}Â±a Nieto".as_bytes()),
            "Enrique Peña Nieto"
        );
        assert_eq!(
            text("FranA\u{303}\u{83}A\u{302}§ois".as_bytes()),
            "François"
        );
        // A real "Ã" with a tilde over a capital A, and "Ñ" decomposed, stay.
        assert_eq!(text("SÃO PAULO".as_bytes()), "SÃO PAULO");
        assert_eq!(text("ESPAN\u{303}A".as_bytes()), "ESPAN\u{303}A");
    }

    #[test]
    fn strips_bom() {
        assert_eq!(text(b"\xEF\xBB\xBFHello"), "Hello");
        assert!(decode(b"\xEF\xBB\xBFHello").unwrap().warnings.is_empty());
    }

    #[test]
    fn clean_text_is_copied_and_every_control_kind_is_still_seen() {
        let clean = "plain — ünïcode £5 \u{a0}nbsp\n\tindented";
        assert_eq!(normalise(clean), (clean.to_string(), 0));
        for (dirty, want) in [
            ("a\u{85}b", "ab"),
            ("a\u{7f}b", "ab"),
            ("a\u{1}b", "ab"),
            ("a\rb", "a\nb"),
            ("a\u{1b}[2Jb", "ab"),
        ] {
            assert_eq!(normalise(dirty).0, want, "{dirty:?}");
        }
    }

    #[test]
    fn normalises_line_ends() {
        assert_eq!(text(b"a\r\nb\rc\n\rd"), "a\nb\nc\n\nd");
    }

    #[test]
    fn invalid_utf8_is_lossy_with_offset() {
        let d = decode(b"abc\xffdef").unwrap();
        assert_eq!(d.text, "abc\u{fffd}def");
        assert_eq!(d.warnings.len(), 1);
        assert!(d.warnings[0].contains("byte 3"), "{:?}", d.warnings);
    }

    #[test]
    fn invalid_utf8_offset_counts_the_bom() {
        let d = decode(b"\xEF\xBB\xBFab\xc3").unwrap();
        assert!(d.warnings[0].contains("byte 5"), "{:?}", d.warnings);
    }

    #[test]
    fn nul_means_binary() {
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00"),
            Err(Rejected::Binary { offset: 4 })
        );
    }

    #[test]
    fn removes_csi_osc_and_c1() {
        let d = decode(
            "a\x1b[2Jb\x1b]52;c;aGVsbG8=\x07c\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\d\u{9b}31me\x07f"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(d.text, "abclinkdef");
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn keeps_tabs_newlines_and_unicode() {
        let s = "한국어\t中文 — “quotes” עברית\n";
        assert_eq!(text(s.as_bytes()), s);
    }

    #[test]
    fn unterminated_osc_stops_at_line_end() {
        assert_eq!(text(b"a\x1b]0;title\nbody"), "a\nbody");
    }

    #[test]
    fn empty_and_one_byte() {
        assert_eq!(text(b""), "");
        assert_eq!(text(b"x"), "x");
    }
}
