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
