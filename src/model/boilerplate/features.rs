//! Cheap shape features of a block, computed once and shared by every rule.

use unicode_width::UnicodeWidthChar;

use super::cues::{CueSet, Hits};
use crate::model::blocks::starts_with_marker;

#[derive(Debug, Clone)]
pub struct Features {
    /// Word tokens in spaced scripts (runs of letters/digits).
    pub words: usize,
    /// Han, kana, hangul and other wide characters.
    pub wide: usize,
    /// Word equivalents: words + wide / 2 (two CJK characters carry about one English word).
    pub weq: f32,
    /// Ends like a sentence: `. ! ? 。 ！ ？ …` possibly followed by closing quotes/brackets.
    pub ends_sentence: bool,
    /// Sentence-final punctuation anywhere (counts sentences roughly).
    pub sentences: usize,
    /// Begins with a list bullet or a list number.
    pub bullet: bool,
    /// Share of words starting with an upper-case letter (menus and headlines are high).
    pub capitalised: f32,
    /// Number of `|` separators.
    pub pipes: usize,
    /// Contains an e-mail address.
    pub email: bool,
    /// Contains a URL or a bare domain.
    pub url: bool,
    /// Share of letters among non-space characters.
    pub letters: f32,
    /// Lower-cased text (for cue matching and duplicate detection).
    pub lower: String,
    /// Cue phrases found.
    pub hits: Hits,
}

impl Features {
    pub fn of(text: &str) -> Features {
        let mut words = 0usize;
        let mut caps = 0usize;
        let mut wide = 0usize;
        let mut in_word = false;
        let mut sentences = 0usize;
        let mut letters = 0usize;
        let mut nonspace = 0usize;
        let mut pipes = 0usize;
        // Where a lower-case letter runs straight into an upper-case one ("friendEmail",
        // "linksSTORY"): two links a page dump glued together, so a word boundary for the cues.
        let mut breaks: Vec<usize> = Vec::new();
        let mut prev_lower = false;
        for (at, c) in text.char_indices() {
            if c.is_uppercase() && prev_lower && breaks.len() < 32 {
                breaks.push(at);
            }
            prev_lower = c.is_lowercase();
            if c.is_ascii() {
                // Most text is ASCII: the same counts from byte tests, no Unicode tables.
                let b = c as u8;
                if !matches!(b, b' ' | b'\t'..=b'\r') {
                    nonspace += 1;
                }
                if b.is_ascii_alphanumeric() {
                    if b.is_ascii_alphabetic() {
                        letters += 1;
                    }
                    if !in_word {
                        words += 1;
                        if b.is_ascii_uppercase() {
                            caps += 1;
                        }
                    }
                    in_word = true;
                    continue;
                }
                if b != b'\'' && b != b'-' {
                    in_word = false;
                }
                match b {
                    b'.' | b'!' | b'?' | b';' => sentences += 1,
                    b'|' => pipes += 1,
                    _ => {}
                }
                continue;
            }
            if !c.is_whitespace() {
                nonspace += 1;
            }
            if c.is_alphabetic() {
                letters += 1;
            }
            // Only characters from U+1100 on can be wide.
            let is_wide =
                c >= '\u{1100}' && UnicodeWidthChar::width(c) == Some(2) && c.is_alphanumeric();
            if is_wide {
                wide += 1;
                in_word = false;
                continue;
            }
            if c.is_alphanumeric() {
                if !in_word {
                    words += 1;
                    if c.is_uppercase() {
                        caps += 1;
                    }
                }
                in_word = true;
            } else if c == '\'' || c == '’' || c == '-' {
                // keep apostrophes and hyphens inside words
            } else {
                in_word = false;
            }
            match c {
                '.' | '!' | '?' | '。' | '！' | '？' | ';' | '；' => sentences += 1,
                '|' | '│' | '¦' => pipes += 1,
                _ => {}
            }
        }
        let lower = text.to_lowercase();
        if lower.len() != text.len() {
            // Lower-casing changed some lengths: map the offsets (rare, and only with breaks).
            for b in &mut breaks {
                *b = text[..*b].to_lowercase().len();
            }
        }
        let hits = CueSet::get().scan_with_breaks(&lower, &breaks);
        Features {
            words,
            wide,
            weq: words as f32 + wide as f32 / 2.0,
            ends_sentence: ends_sentence(text),
            sentences,
            bullet: starts_with_marker(text),
            capitalised: if words == 0 {
                0.0
            } else {
                caps as f32 / words as f32
            },
            pipes,
            email: has_email(text),
            url: lower.contains("http://")
                || lower.contains("https://")
                || lower.contains("www.")
                || (names_a_domain(&lower) && lower.split_whitespace().any(looks_like_domain)),
            letters: if nonspace == 0 {
                0.0
            } else {
                letters as f32 / nonspace as f32
            },
            lower,
            hits,
        }
    }

    /// Reads like running text: a sentence of some length that is not a list item.
    pub fn prose(&self) -> bool {
        self.ends_sentence && self.weq >= 6.0 && self.letters > 0.5
    }
}

pub fn ends_sentence(text: &str) -> bool {
    // Short bracketed asides after the sentence — a web page's link markers and reference links
    // ("… in July 2014. [background] [3]") — do not end it.
    let mut t = text.trim_end();
    while let Some(open) = t.strip_suffix(']').and_then(|r| r.rfind('[')) {
        let before = t[..open].trim_end();
        if t.len() - open > 32 || before.is_empty() {
            break;
        }
        t = before;
    }
    let t = t.trim_end_matches(['"', '\'', '”', '’', '»', '」', '』', ')', '）', '*', ']']);
    t.ends_with(['.', '!', '?', '。', '！', '？', '…', ':', '：']) && !t.ends_with("...") // "Read more..." style links
}

fn has_email(text: &str) -> bool {
    text.contains('@')
        && text.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            match w.split_once('@') {
                Some((user, host)) => {
                    !user.is_empty() && host.contains('.') && !host.starts_with('.')
                }
                None => false,
            }
        })
}

/// Top-level domains a bare domain in a page's text ends with.
const TLDS: [&str; 11] = [
    ".com", ".org", ".net", ".co.uk", ".ru", ".pl", ".gr", ".cn", ".kr", ".de", ".fr",
];

/// Whether a top-level domain occurs anywhere in `lower`: most blocks name none, and they are
/// spared splitting into words ([`looks_like_domain`]).
fn names_a_domain(lower: &str) -> bool {
    lower.match_indices('.').any(|(i, _)| {
        let rest = &lower[i..];
        rest.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase)
            && TLDS.iter().any(|t| rest.starts_with(t))
    })
}

fn looks_like_domain(w: &str) -> bool {
    if w.len() <= 5 || !w.contains('.') {
        return false;
    }
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    w.len() > 5
        && w.contains('.')
        && !w.contains('@')
        && TLDS.iter().any(|t| {
            w.ends_with(t)
                || w.match_indices(t)
                    .any(|(i, _)| w[i + t.len()..].starts_with('/'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_and_wide() {
        let f = Features::of("Lee met Xi. 中国和韩国");
        assert_eq!(f.words, 3);
        assert_eq!(f.wide, 5);
        assert!(!f.ends_sentence);
    }

    #[test]
    fn sentence_end_through_quotes() {
        assert!(ends_sentence("“Yes,” he said.”"));
        assert!(ends_sentence("He said “no.”"));
        assert!(!ends_sentence("Read more..."));
        assert!(ends_sentence("He visited in July 2014. [background] [3]"));
        assert!(!ends_sentence("Photos [12]"));
        assert!(!ends_sentence("Home"));
    }

    #[test]
    fn a_domain_is_named_only_by_its_top_level_part() {
        assert!(names_a_domain("see heraldcorp.com/news"));
        assert!(names_a_domain("bbc.co.uk"));
        assert!(!names_a_domain("he said. then he left."));
        assert!(!names_a_domain("version 2.0 of the app. next"));
        assert!(Features::of("Read it at example.org/story").url);
        assert!(!Features::of("He said so. Then he left.").url);
    }

    #[test]
    fn email_and_domain() {
        assert!(Features::of("dagyumji@heraldcorp.com").email);
        assert!(Features::of("see www.example.com for more").url);
        assert!(!Features::of("Lee said @ noon").email);
    }
}
