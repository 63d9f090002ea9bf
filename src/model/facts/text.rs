//! Tokens and sentences with char offsets, shared by every extractor.

/// A word or punctuation token; offsets are chars into the block text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// Byte offsets, for slicing.
    pub bstart: usize,
    pub bend: usize,
    /// Index of the sentence it belongs to.
    pub sentence: usize,
    /// First token of its sentence.
    pub sentence_start: bool,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    pub fn is_number(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_ascii_digit())
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Abbreviated titles written before a name; their dot ends no sentence.
const HONORIFICS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Prof", "Rev", "Sgt",
    "Adm", "Maj", "Cmdr", "Supt", "Insp", "Hon", "Fr", "Messrs", "Mme", "Mlle", "Hr",
];

/// An abbreviated title whose dot ends no sentence ("Mr", "Sen", "Gov").
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word)
}

/// "St", "Mt" and the like: abbreviations that open a place's or a saint's name, whose dot ends
/// no sentence before it ("St. Louis", "Mt. Everest", "ST. LOUIS").
pub fn is_saint(word: &str) -> bool {
    matches!(word, "St" | "ST" | "Ste" | "Mt" | "MT" | "Ft" | "FT")
}

/// The characters of a text with their byte offsets, by index: a table for any text, or the
/// bytes themselves for ASCII (most articles), which needs no table.
trait CharSeq {
    fn len(&self) -> usize;
    /// The byte offset and the character at index `i` (< `len`).
    fn at(&self, i: usize) -> (usize, char);
    fn ch(&self, i: usize) -> char {
        self.at(i).1
    }
}

impl CharSeq for [(usize, char)] {
    fn len(&self) -> usize {
        <[(usize, char)]>::len(self)
    }
    fn at(&self, i: usize) -> (usize, char) {
        self[i]
    }
}

/// ASCII text: the character at index `i` is byte `i`.
struct Ascii<'a>(&'a [u8]);

impl CharSeq for Ascii<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn at(&self, i: usize) -> (usize, char) {
        (i, self.0[i] as char)
    }
}

/// A leading initial keeps its dot: "(J. Ratcliffe 63", "and M. Atherton". The capital letter
/// at `chars[i - 1]` opens a block or follows a bracket, a comma, a semicolon, "and", a closing
/// quotation mark or "said", and a capitalised word that is not a sentence opener follows ". ":
/// "grade of A. The next" is left alone.
fn leading_initial<C: CharSeq + ?Sized>(chars: &C, i: usize, prev: Option<&Token<'_>>) -> bool {
    let n = chars.len();
    if !(i + 3 < n
        && chars.ch(i) == '.'
        && chars.ch(i + 1) == ' '
        && chars.ch(i + 2).is_uppercase())
    {
        return false;
    }
    // (`," J. Gerald Hebert said`, `said H. Ross Perot`.)
    let opens = prev.is_none_or(|p| {
        matches!(
            p.text,
            "(" | "," | ";" | "and" | "by" | "\"" | "”" | "said" | "says" | "with" | "from"
        )
    });
    if !opens {
        return false;
    }
    name_follows(chars, i + 2)
}

/// Words that open sentences, never names: after "A." or "B." they mean the dot ended one.
const SENTENCE_OPENERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "In", "On", "At", "But", "And", "This",
    "That", "There", "If", "As", "For", "His", "Her",
];

/// A name starts at `chars[k]`: a word of two or more letters that does not open sentences.
fn name_follows<C: CharSeq + ?Sized>(chars: &C, k: usize) -> bool {
    let word: String = (k..chars.len())
        .map(|j| chars.ch(j))
        .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '-')
        .collect();
    word.chars().count() >= 2 && !SENTENCE_OPENERS.contains(&word.as_str())
}

/// The apostrophe at `chars[i]` is inside the capitalised word that starts at `chars[start]`:
/// after one capital letter before a capital ("O'Neill", "N'Golo", not "I'M"), or before lower-case
/// letters that are no contraction or possessive ("Eto'o", "Ya'alon"; "Xi's", "Don't", "We've"
/// split).
fn name_apostrophe<C: CharSeq + ?Sized>(chars: &C, start: usize, i: usize) -> bool {
    let first = chars.ch(start);
    let next = chars.ch(i + 1);
    if !first.is_uppercase() {
        return false;
    }
    if i - start == 1 {
        return first != 'I' && next.is_uppercase();
    }
    if !next.is_lowercase() {
        return false;
    }
    let mut tail = String::new();
    for j in i + 1..chars.len() {
        let c = chars.ch(j);
        if !c.is_alphabetic() {
            break;
        }
        if !c.is_lowercase() || tail.len() > 3 {
            return true;
        }
        tail.push(c);
    }
    !matches!(
        tail.as_str(),
        "s" | "t" | "re" | "ve" | "ll" | "d" | "m" | "n" | "em"
    )
}

/// Two names glued where a list lost its line breaks: "Barbara ComstockSen. Ben Sasse",
/// "Bill HaslamHugh Hewitt". The capital at `chars[i]` starts a new word when the word before
/// it (from `start`) is a capitalised word of four letters or more that is no given name nor a
/// surname's prefix, and what starts there is a lawmaker's title with its dot or a given name
/// followed by a capitalised word. ("MacArthur", "LeBron", "YouTube", "MaryAnn" stay whole.)
fn glued_names<C: CharSeq + ?Sized>(chars: &C, start: usize, i: usize) -> bool {
    if i - start < 4 || !chars.ch(start).is_uppercase() || !chars.ch(i - 1).is_lowercase() {
        return false;
    }
    if !(start + 1..i).all(|k| chars.ch(k).is_lowercase()) {
        return false;
    }
    let right_end = (i..chars.len())
        .find(|&k| !chars.ch(k).is_alphabetic())
        .unwrap_or(chars.len());
    if right_end - i < 3 || !(i + 1..right_end).all(|k| chars.ch(k).is_lowercase()) {
        return false;
    }
    let left: String = (start..i).map(|k| chars.ch(k)).collect();
    let right: String = (i..right_end).map(|k| chars.ch(k)).collect();
    let after = |k: usize| (k < chars.len()).then(|| chars.ch(k));
    if matches!(right.as_str(), "Sen" | "Rep" | "Gov" | "Sens" | "Reps") {
        return after(right_end) == Some('.');
    }
    let g = super::gazetteer::Gazetteer::get();
    g.given.contains_key(right.as_str())
        && after(right_end) == Some(' ')
        && after(right_end + 1).is_some_and(char::is_uppercase)
        && !g.given.contains_key(left.as_str())
        && !matches!(left.as_str(), "Fitz" | "Vander" | "Della")
}

/// Splits text into tokens: words (letters/digits, with inner `-`, the apostrophe of "O'Hanlon",
/// `.` in numbers and abbreviations) and single punctuation characters. Whitespace is skipped.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    if text.is_ascii() {
        return tokenize_chars(text, &Ascii(text.as_bytes()));
    }
    // Sized up front: ASCII has a char per byte (collecting would start at a quarter of that
    // and grow twice).
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
    chars.extend(text.char_indices());
    tokenize_chars(text, chars.as_slice())
}

fn tokenize_chars<'t, C: CharSeq + ?Sized>(text: &'t str, chars: &C) -> Vec<Token<'t>> {
    // Sized up front: a token per five bytes is typical of prose.
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let n = chars.len();
    let mut i = 0;
    let mut sentence = 0;
    let mut at_start = true;
    while i < n {
        let (b, c) = chars.at(i);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if is_word_char(c) {
            i += 1;
            while i < n {
                let ch = chars.ch(i);
                if is_word_char(ch) {
                    if ch.is_uppercase() && glued_names(chars, start, i) {
                        break;
                    }
                    i += 1;
                    continue;
                }
                // Inner joiners: Jae-myung, Xi's is split below, 48.9, 11:30, U.S.
                let next_word = i + 1 < n && is_word_char(chars.ch(i + 1));
                let joiner = match ch {
                    '-' | '–' if ch == '-' => next_word,
                    '.' | ',' | ':' => {
                        next_word
                            && chars.ch(i - 1).is_ascii_digit()
                            && chars.ch(i + 1).is_ascii_digit()
                    }
                    '&' => next_word && chars.ch(i - 1).is_uppercase(),
                    // Names with an apostrophe: O'Hanlon, O’Brien, D'Angelo, N'Golo, Eto'o,
                    // Ya'alon, Qur'an (possessives and contractions split: "Xi's", "don't",
                    // "They're").
                    '\'' | '’' => next_word && name_apostrophe(chars, start, i),
                    _ => false,
                };
                if joiner {
                    i += 1;
                } else {
                    break;
                }
            }
            // Abbreviations with dots: U.S., a.m., U.N., and a party and state: (D-N.Y.).
            let one_letter = i - start == 1 || (i - start >= 3 && chars.ch(i - 2) == '-');
            if i + 1 < n && chars.ch(i) == '.' && one_letter && chars.ch(i + 1).is_alphabetic() {
                let mut j = i;
                while j + 1 < n
                    && chars.ch(j) == '.'
                    && chars.ch(j + 1).is_alphabetic()
                    && (j + 2 >= n || !is_word_char(chars.ch(j + 2)))
                {
                    j += 2;
                }
                if j > i && j < n && chars.ch(j) == '.' {
                    i = j + 1;
                }
            }
            // An initial keeps its dot: in the middle of a name, "George W. Bush" (one capital
            // letter after a capitalised word and before one; the dot ends no sentence), or
            // leading one, "(J. Ratcliffe 63".
            let initial = i - start == 1 && chars.ch(start).is_ascii_uppercase();
            let middle = || {
                i + 2 < n
                    && chars.ch(i) == '.'
                    && chars.ch(i + 1) == ' '
                    && chars.ch(i + 2).is_uppercase()
                    && name_follows(chars, i + 2)
                    && out.last().is_some_and(|p: &Token<'_>| {
                        p.bend == b.saturating_sub(1)
                            && p.text.chars().next().is_some_and(char::is_uppercase)
                            && p.text.chars().count() >= 2
                            && p.text.chars().all(char::is_alphabetic)
                    })
            };
            if initial && (middle() || leading_initial(chars, i, out.last())) {
                i += 1;
            }
        } else {
            i += 1;
        }
        let bstart = b;
        let bend = if i < n { chars.at(i).0 } else { text.len() };
        let t = &text[bstart..bend];
        out.push(Token {
            text: t,
            start,
            end: i,
            bstart,
            bend,
            sentence,
            sentence_start: at_start,
        });
        at_start = false;
        if matches!(t, "." | "!" | "?" | "。" | "！" | "？") {
            // A sentence ends unless the next word is lower-case (abbreviation) or a digit.
            let next = (i..n)
                .map(|k| chars.at(k))
                .find(|(_, c)| !c.is_whitespace() && !matches!(c, '"' | '”' | '’' | '\'' | ')'));
            // Nor does the dot of an honorific: "Ms. Bigbee said".
            let before = (t == "." && out.len() >= 2 && out[out.len() - 2].bend == bstart)
                .then(|| out[out.len() - 2].text);
            let honorific = before.is_some_and(|w| HONORIFICS.contains(&w));
            // Nor that of a month before its day: "Jan. 5".
            let month = before.is_some_and(super::dates::is_month_abbreviation)
                && next.is_some_and(|(_, c)| c.is_ascii_digit());
            // Nor that of "St." or "Mt." before a name: "St. Louis", "Mt. Everest".
            let saint = before.is_some_and(is_saint) && next.is_some_and(|(_, c)| c.is_uppercase());
            let honorific = honorific || month || saint;
            // Nor one a comma follows ("Allentown, Pa., said").
            let clause_goes_on = next.is_some_and(|(_, c)| matches!(c, ',' | ';'));
            if !honorific && !clause_goes_on && next.is_none_or(|(_, c)| !c.is_lowercase()) {
                sentence += 1;
                at_start = true;
            }
        }
        // An abbreviation's own dot ends a sentence before a word that only opens one:
        // "in Washington D.C. This is…", "Decatur, Ill. He said…".
        if t.len() >= 3
            && t.ends_with('.')
            && t.chars().next().is_some_and(char::is_uppercase)
            && i + 1 < n
            && chars.ch(i) == ' '
        {
            // (The word after the space, read into a small buffer: openers are short ASCII.)
            let mut buf = [0u8; 6];
            let mut len = 0;
            let mut k = i + 1;
            while k < n && chars.ch(k).is_ascii_alphabetic() && len < buf.len() {
                buf[len] = chars.ch(k) as u8;
                len += 1;
                k += 1;
            }
            let whole = k >= n || !chars.ch(k).is_alphabetic();
            let word = std::str::from_utf8(&buf[..len]).unwrap_or_default();
            if whole && SENTENCE_OPENERS.contains(&word) {
                sentence += 1;
                at_start = true;
            }
        }
        // A wire dateline's dash ends it: "WASHINGTON — Supporters of …", "LONDON (AP) -- The …".
        if sentence == 0
            && matches!(t, "—" | "–" | "-")
            && out.len() <= 12
            && (i..n)
                .map(|k| chars.ch(k))
                .find(|c| !c.is_whitespace())
                .is_some_and(|c| !matches!(c, '-' | '—' | '–'))
            // (Prose follows, not a headline in capitals: "ATHLETICS - HARRISON, EDWARDS TO
            // MEET".)
            && (i..n).take(40).any(|k| chars.ch(k).is_lowercase())
            && is_dateline_head(&out)
        {
            sentence += 1;
            at_start = true;
        }
        // Quotes and brackets right after a sentence end still belong to the new sentence start.
        if at_start
            && matches!(t, "\"" | "“" | "”" | "'" | "‘" | "’" | "(" | ")")
            && let Some(last) = out.last_mut()
        {
            last.sentence_start = false;
        }
    }
    out
}

/// Do the tokens before a dash (the last one) read as a wire dateline: a place in capitals,
/// maybe its agency in brackets and a date ("WASHINGTON", "LOS ANGELES (Reuters)", "LONDON,
/// March 20 (AP)")?
fn is_dateline_head(out: &[Token<'_>]) -> bool {
    let Some((_, before)) = out.split_last() else {
        return false;
    };
    let caps = |t: &Token<'_>| {
        t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && t.text.chars().all(|c| !c.is_lowercase())
    };
    let place_end = before
        .iter()
        .position(|t| matches!(t.text, "," | "(" | "-" | "—" | "–"))
        .unwrap_or(before.len());
    place_end > 0
        && before[..place_end].iter().all(|t| caps(t) || t.text == ".")
        && before[..place_end]
            .iter()
            .any(|t| caps(t) && t.text.len() >= 3)
}

/// `f` applied to `s` lower-cased: no allocation when `s` is short ASCII (name lookups run on
/// every capitalised word).
pub fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    match ascii_lower(s, &mut [0u8; 64]) {
        Some(l) => f(l),
        // (The lists spell an apostrophe straight: "People’s Republic" is "people's republic".)
        None => {
            let l = s.to_lowercase();
            if l.contains('’') {
                f(&l.replace('’', "'"))
            } else {
                f(&l)
            }
        }
    }
}

/// `s` lower-cased, borrowed when it is lower-case ASCII already.
pub fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

/// `word` lower-cased into `buf`, without allocating: `None` unless it is ASCII and fits.
/// (Word-list lookups run on every token; most words are ruled out by this alone.)
pub fn ascii_lower<'b, const N: usize>(word: &'b str, buf: &'b mut [u8; N]) -> Option<&'b str> {
    if word.len() > N || !word.is_ascii() {
        return None;
    }
    // Most words are lower case already: no copy, no check of the copy.
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return Some(word);
    }
    for (b, c) in buf.iter_mut().zip(word.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..word.len()]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_glued_where_a_list_lost_its_breaks_come_apart() {
        let words =
            |s: &str| -> Vec<String> { tokenize(s).iter().map(|t| t.text.to_string()).collect() };
        assert_eq!(
            words("Barbara ComstockSen. Bill HaslamHugh Hewitt"),
            [
                "Barbara", "Comstock", "Sen", ".", "Bill", "Haslam", "Hugh", "Hewitt"
            ]
        );
        // Names with an inner capital stay whole.
        for s in [
            "Douglas MacArthur Jr",
            "LeBron James",
            "MaryAnn Smith",
            "YouTube",
            "McCain",
        ] {
            assert_eq!(words(s).join(" "), s);
        }
        // A title needs its dot: "GovTrack" is one word.
        assert_eq!(words("GovTrack users"), ["GovTrack", "users"]);
    }

    #[test]
    fn ascii_text_tokenizes_the_same_without_a_character_table() {
        for t in [
            "Lee Jae-myung met Xi in Gyeongju on Saturday. \"It's fine,\" Mr. Kang said.",
            "U.S. and U.N. officials (D-N.Y.) met at 11:30 a.m. on Jan. 5, spending $48.9 billion.",
            "George W. Bush, and J. Ratcliffe 63; O'Hanlon and AT&T. The end! A. Smith? grade of A. The",
            "",
            " . ",
        ] {
            let table: Vec<(usize, char)> = t.char_indices().collect();
            let slow = tokenize_chars(t, table.as_slice());
            let fast = tokenize_chars(t, &Ascii(t.as_bytes()));
            let key = |v: &[Token<'_>]| -> Vec<(String, usize, usize, usize, bool)> {
                v.iter()
                    .map(|k| {
                        (
                            k.text.to_string(),
                            k.start,
                            k.end,
                            k.sentence,
                            k.sentence_start,
                        )
                    })
                    .collect()
            };
            assert_eq!(key(&fast), key(&slow), "{t:?}");
        }
    }

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn a_leading_initial_keeps_its_dot_and_the_sentence() {
        let t = tokenize("(J. Ratcliffe 63, and M. Atherton) led. Plan B. The end.");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert!(words.contains(&"J.") && words.contains(&"M."), "{words:?}");
        // "B." before "The" ends the sentence: the dot is its own token.
        assert!(words.contains(&"B") && !words.contains(&"B."), "{words:?}");
        let ratcliffe = t.iter().find(|t| t.text == "Ratcliffe").unwrap();
        assert!(!ratcliffe.sentence_start);
    }

    #[test]
    fn words_and_punctuation() {
        assert_eq!(
            words("Lee Jae-myung met Xi's aide."),
            ["Lee", "Jae-myung", "met", "Xi", "'", "s", "aide", "."]
        );
        assert_eq!(
            words("US$48.9 billion at 11:30 a.m."),
            ["US", "$", "48.9", "billion", "at", "11:30", "a.m."]
        );
        assert_eq!(
            words("the U.S. and 1,200 people"),
            ["the", "U.S.", "and", "1,200", "people"]
        );
        // A party and state: one token, and its dots end no sentence.
        let toks = tokenize("Sen. Chuck Schumer (D-N.Y.) said it.");
        let w: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            w,
            [
                "Sen", ".", "Chuck", "Schumer", "(", "D-N.Y.", ")", "said", "it", "."
            ]
        );
        assert!(toks.iter().all(|t| t.sentence == 0));
        let toks = tokenize("A nurse in Allentown, Pa., said so.");
        assert!(toks.iter().all(|t| t.sentence == 0));
        let toks = tokenize("On Jan. 5 he spoke. Then in May. 5 people came.");
        let sentences: Vec<usize> = toks.iter().map(|t| t.sentence).collect();
        assert_eq!(sentences, [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    }

    #[test]
    fn a_saints_or_a_mounts_dot_ends_no_sentence() {
        let t = tokenize(
            "He flew from St. Louis to Mt. Everest. ST. LOUIS won. He lives on Main St. Then",
        );
        let starts: Vec<&str> = t
            .iter()
            .filter(|t| t.sentence_start)
            .map(|t| t.text)
            .collect();
        // ("Main St. Then": a street's dot before a capital is read the same way; rare.)
        assert_eq!(starts, ["He", "ST", "He"]);
    }

    #[test]
    fn a_wire_datelines_dash_ends_it() {
        fn starts(s: &str) -> Vec<&str> {
            tokenize(s)
                .into_iter()
                .filter(|t| t.sentence_start)
                .map(|t| t.text)
                .collect()
        }
        assert_eq!(
            starts("WASHINGTON — Supporters of Hillary Clinton met."),
            ["WASHINGTON", "Supporters"]
        );
        assert_eq!(
            starts("LOS ANGELES (Reuters) -- The talks ended."),
            ["LOS", "The"]
        );
        // A headline in capitals goes on; nor is a name before a dash a dateline.
        assert_eq!(
            starts("ATHLETICS - HARRISON, EDWARDS TO MEET."),
            ["ATHLETICS"]
        );
        assert_eq!(starts("Washington — Supporters met."), ["Washington"]);
    }

    #[test]
    fn irish_and_french_names_keep_their_apostrophe() {
        assert_eq!(
            words("Michael O'Hanlon, Bill O’Reilly and D'Angelo met Xi's aides, O'Neill's too."),
            [
                "Michael",
                "O'Hanlon",
                ",",
                "Bill",
                "O’Reilly",
                "and",
                "D'Angelo",
                "met",
                "Xi",
                "'",
                "s",
                "aides",
                ",",
                "O'Neill",
                "'",
                "s",
                "too",
                "."
            ]
        );
        // Only in capitalised words: "don't", "rock'n'roll" split as before.
        assert_eq!(words("don't"), ["don", "'", "t"]);
    }

    #[test]
    fn names_with_an_apostrophe_stay_whole_but_contractions_split() {
        assert_eq!(
            words("Eto'o, N'Golo Kante and Ya’alon read the Qur'an."),
            [
                "Eto'o",
                ",",
                "N'Golo",
                "Kante",
                "and",
                "Ya’alon",
                "read",
                "the",
                "Qur'an",
                "."
            ]
        );
        assert_eq!(words("Eto'o's goal"), ["Eto'o", "'", "s", "goal"]);
        for contraction in [
            "Don't", "They're", "We've", "He'll", "She'd", "I'm", "I'M", "DON'T",
        ] {
            assert_eq!(words(contraction).len(), 3, "{contraction}");
        }
    }

    #[test]
    fn lower_casing_helpers_agree_with_to_lowercase() {
        let long = "A".repeat(80);
        for w in ["Seoul", "seoul", "ÉCOLE", "Ὀδυσσεύς", "", long.as_str()] {
            assert_eq!(with_lower(w, str::to_string), w.to_lowercase(), "{w}");
            assert_eq!(lower(w), w.to_lowercase(), "{w}");
        }
        // Lower-case ASCII is borrowed, not copied.
        assert!(matches!(lower("seoul"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(lower("Seoul"), std::borrow::Cow::Owned(_)));
    }

    #[test]
    fn ascii_lower_fits_or_refuses() {
        assert_eq!(ascii_lower("SePt", &mut [0u8; 9]), Some("sept"));
        assert_eq!(ascii_lower("September!", &mut [0u8; 9]), None);
        assert_eq!(ascii_lower("Août", &mut [0u8; 9]), None);
    }

    #[test]
    fn a_middle_initial_keeps_its_dot_and_ends_no_sentence() {
        let t = tokenize("George W. Bush spoke. Then Vitamin C. Prices rose.");
        let texts: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert!(texts.contains(&"W."), "{texts:?}");
        let bush = t.iter().find(|t| t.text == "Bush").unwrap();
        assert_eq!(bush.sentence, 0);
        // A capital letter ending a sentence after a lower-case word stays a sentence end.
        let t = tokenize("He scored a B. Then he left.");
        assert!(t.iter().any(|t| t.text == "."));
        assert!(t.iter().find(|t| t.text == "Then").unwrap().sentence_start);
    }

    #[test]
    fn sentences_and_offsets() {
        let t = tokenize("Lee spoke. Xi listened. 한국 말");
        assert!(t[0].sentence_start);
        let xi = t.iter().find(|t| t.text == "Xi").unwrap();
        assert!(xi.sentence_start && xi.sentence == 1);
        let k = t.iter().find(|t| t.text == "한국").unwrap();
        assert_eq!(k.start, 24);
        assert_eq!(k.end, 26);
    }
}
