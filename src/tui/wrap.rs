//! Wrapping by display width: CJK and emoji take two columns, a grapheme is never split, lines
//! break at spaces when they can and anywhere between graphemes when they cannot (CJK, long URLs).
//! Offsets are kept so the reader can highlight facts (char offsets into the block).

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// One visual line of a paragraph: char and byte ranges into the paragraph's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub char_start: usize,
    pub char_end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

/// Display width of a grapheme; controls (already stripped by the loader) count as zero.
fn width(g: &str) -> usize {
    if g == "\t" { 4 } else { g.width() }
}

/// Splits `text` into visual lines of at most `cols` columns (at least one column).
pub fn wrap(text: &str, cols: usize) -> Vec<Piece> {
    let cols = cols.max(1);
    let mut out = Vec::new();
    // Current line: start, and the last place we may break (after a space).
    let (mut line_b, mut line_c) = (0usize, 0usize);
    let mut used = 0usize;
    let mut brk: Option<(usize, usize, usize)> = None; // (byte, char, width used up to it)
    let mut c = 0usize;
    for (b, g) in text.grapheme_indices(true) {
        if g == "\n" {
            out.push(piece(line_b, line_c, b, c));
            c += 1;
            line_b = b + g.len();
            line_c = c;
            used = 0;
            brk = None;
            continue;
        }
        let w = width(g);
        if used + w > cols && c > line_c {
            // Break after the last space on the line, when there is one…
            if let Some((bb, bc, bw)) = brk.filter(|&(bb, _, _)| bb > line_b) {
                out.push(piece(line_b, line_c, bb, bc));
                line_b = bb;
                line_c = bc;
                used -= bw;
            }
            brk = None;
            // …and cut right before this grapheme if it still does not fit (no space to break
            // at, or a wide grapheme after the break).
            if used + w > cols && c > line_c {
                out.push(piece(line_b, line_c, b, c));
                line_b = b;
                line_c = c;
                used = 0;
            }
            // A space at the start of a wrapped line is swallowed.
            if g.chars().all(char::is_whitespace) && used == 0 {
                c += g.chars().count();
                line_b = b + g.len();
                line_c = c;
                continue;
            }
        }
        used += w;
        c += g.chars().count();
        if g.chars().all(char::is_whitespace) {
            brk = Some((b + g.len(), c, used));
        }
    }
    if line_b < text.len() || out.is_empty() {
        out.push(piece(line_b, line_c, text.len(), c));
    }
    out
}

/// The line from (byte, char) `start` to `end`.
fn piece(start_b: usize, start_c: usize, end_b: usize, end_c: usize) -> Piece {
    Piece {
        char_start: start_c,
        char_end: end_c,
        byte_start: start_b,
        byte_end: end_b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lines(text: &str, cols: usize) -> Vec<&str> {
        wrap(text, cols)
            .iter()
            .map(|p| &text[p.byte_start..p.byte_end])
            .collect()
    }

    #[test]
    fn breaks_at_spaces() {
        assert_eq!(
            lines("Lee met Xi in Gyeongju on Saturday", 12),
            ["Lee met Xi ", "in Gyeongju ", "on Saturday"]
        );
    }

    #[test]
    fn cjk_takes_two_columns_and_breaks_between_characters() {
        let l = lines("中国和韩国领导人会谈", 6);
        assert_eq!(l, ["中国和", "韩国领", "导人会", "谈"]);
    }

    #[test]
    fn never_splits_a_grapheme() {
        // e + combining acute, family emoji with zero-width joiners.
        let text = "cafe\u{301} 👨‍👩‍👧 ok";
        for cols in 1..8 {
            for l in lines(text, cols) {
                assert!(!l.starts_with('\u{301}') && !l.starts_with('\u{200d}'));
            }
        }
    }

    #[test]
    fn a_wide_grapheme_after_a_break_still_fits() {
        // Found by the property test: breaking at the space left 23 columns + a 2-column char.
        let text = format!(" {}𛅐", "a".repeat(23));
        for l in lines(&text, 24) {
            assert!(l.width() <= 24, "{l:?}");
        }
    }

    #[test]
    fn a_zero_width_grapheme_does_not_pull_a_wide_one_onto_its_line() {
        // Found by the property test: a lone combining mark, then a CJK radical, in one column.
        assert_eq!(lines("\u{11d3f}⺛", 1), ["\u{11d3f}", "⺛"]);
    }

    #[test]
    fn long_words_are_cut() {
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    proptest! {
        #[test]
        fn lines_fit_and_cover_the_text(text in "\\PC{0,200}", cols in 1usize..40) {
            let pieces = wrap(&text, cols);
            let mut last = 0;
            for p in &pieces {
                let s = &text[p.byte_start..p.byte_end];
                // Only a single grapheme wider than the pane may overflow (one wide char in 1 col).
                let w = s.width();
                prop_assert!(w <= cols || s.graphemes(true).count() == 1, "{s:?} is {w} > {cols}");
                prop_assert!(p.byte_start >= last);
                last = p.byte_end;
                prop_assert_eq!(s.chars().count(), p.char_end - p.char_start);
            }
        }
    }
}
