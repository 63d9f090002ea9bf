//! Splitting decoded text into blocks (paragraphs), rejoining hard-wrapped lines.
//!
//! A block is one paragraph as a reader sees it. In a tidy article file that is a line, or a run of
//! lines separated from the next by a blank line. Text saved from a browser or a terminal browser
//! (`w3m -dump`, `lynx -dump`) comes in two shapes:
//! * unwrapped (one block element per line, menus one item per line): every line is a block;
//! * hard-wrapped at 72–80 columns: a paragraph spans several lines. We detect the wrap width and
//!   join a line to the next one when the next line's first word would not have fitted on it —
//!   the test a wrapping program applies — so menus and lists stay separate lines.
//!
//! Every block keeps the byte and char range of its lines in the decoded text.

use unicode_width::UnicodeWidthStr;

/// One paragraph of the decoded text, before classification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBlock {
    /// The paragraph text: lines joined with one space (none between CJK characters or after a
    /// line-final hyphen), leading indentation and trailing spaces removed.
    pub text: String,
    /// Byte range of the block's lines in the decoded text.
    pub start: usize,
    pub end: usize,
    /// Number of source lines joined into this block.
    pub lines: usize,
    /// Indentation (display columns) of the first line.
    pub indent: usize,
    /// Blank lines before the block (0 means it directly follows the previous block's line).
    pub gap_before: usize,
}

struct Line<'a> {
    text: &'a str,
    start: usize,
    width: usize,
}

/// Splits `text` into blocks. `text` must already be decoded (LF line ends).
pub fn split(text: &str) -> Vec<RawBlock> {
    let lines: Vec<Line<'_>> = {
        let mut v = Vec::new();
        let mut pos = 0;
        for l in text.split('\n') {
            let trimmed = l.trim_end();
            v.push(Line {
                text: trimmed,
                start: pos,
                width: if trimmed.len() > 4096 {
                    // Display width only matters for wrap detection of short lines.
                    4096
                } else if trimmed.bytes().all(|b| (0x20..0x7f).contains(&b)) {
                    // Printable ASCII: a column per byte, no width tables.
                    trimmed.len()
                } else {
                    UnicodeWidthStr::width(trimmed)
                },
            });
            pos += l.len() + 1;
        }
        v
    };
    let wrap = wrap_width(&lines);
    let mut blocks = Vec::new();
    let mut gap = 0usize;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if line.text.trim().is_empty() {
            gap += 1;
            i += 1;
            continue;
        }
        let mut j = i;
        if let Some(w) = wrap {
            // The run of consecutive non-blank lines may sit in a narrower table column than the
            // page: wrap at the narrower of the two widths.
            let run_end = (i..lines.len())
                .find(|&k| lines[k].text.trim().is_empty())
                .unwrap_or(lines.len());
            // Trust the run's own width only when several of its lines reach it (a real column).
            let local = lines[i..run_end].iter().map(|l| l.width).max().unwrap_or(0);
            let near_local = lines[i..run_end]
                .iter()
                .filter(|l| l.width + 12 >= local)
                .count();
            let w = if local < w && near_local >= 2 && run_end - i >= 3 {
                local
            } else {
                w
            };
            if w >= 30 {
                while j + 1 < run_end && continues(&lines[j], &lines[j + 1], w) {
                    j += 1;
                }
            }
        }
        let mut joined = String::with_capacity(lines[i..=j].iter().map(|l| l.text.len() + 1).sum());
        for l in &lines[i..=j] {
            append_line(&mut joined, l.text.trim());
        }
        let indent =
            UnicodeWidthStr::width(&line.text[..line.text.len() - line.text.trim_start().len()]);
        blocks.push(RawBlock {
            text: joined,
            start: lines[i].start + (line.text.len() - line.text.trim_start().len()),
            end: lines[j].start + lines[j].text.len(),
            lines: j - i + 1,
            indent,
            gap_before: if blocks.is_empty() { 0 } else { gap },
        });
        gap = 0;
        i = j + 1;
    }
    blocks
}

fn append_line(joined: &mut String, piece: &str) {
    if joined.is_empty() {
        joined.push_str(piece);
        return;
    }
    let last = joined.chars().last().unwrap_or(' ');
    let first = piece.chars().next().unwrap_or(' ');
    let before_last = joined.chars().rev().nth(1).unwrap_or(' ');
    let no_space = (is_wide(last) && is_wide(first))
        || (last == '-' && before_last.is_alphabetic() && first.is_alphabetic());
    let glue = if no_space { "" } else { " " };
    joined.push_str(glue);
    joined.push_str(piece);
}

fn is_wide(c: char) -> bool {
    unicode_width::UnicodeWidthChar::width(c) == Some(2)
}

/// Detects a hard wrap and returns its width. Layout lines (table rows with runs of spaces) and
/// lines holding an unbreakable token are ignored; of the rest, the widest width that several
/// lines end close to, with hardly any line past it, must be 40 to 100 columns.
fn wrap_width(lines: &[Line<'_>]) -> Option<usize> {
    // (width, ends like a sentence) of each line that could have been wrapped.
    let mut widths: Vec<(usize, bool)> = lines
        .iter()
        .filter(|l| {
            let t = l.text.trim();
            // (Wide characters break anywhere: a line of Chinese is no unbreakable token.)
            !t.is_empty()
                && !t.contains("   ")
                && t.split(' ')
                    .all(|w| w.len() <= 30 || w.chars().any(is_wide))
        })
        .map(|l| {
            // A line set far right — a right-aligned link, a centred heading, a table column —
            // counts its text only: the margin before it is layout, not wrapping.
            let indent = l.text.len() - l.text.trim_start().len();
            let width = if indent <= 12 {
                l.width
            } else {
                l.width - indent
            };
            let t = l.text.trim_end_matches(['"', '\'', '”', '’', ')']);
            (width, t.ends_with(['.', '!', '?', '。', '！', '？']))
        })
        .collect();
    if widths.len() < 4 {
        return None;
    }
    widths.sort_unstable_by_key(|x| std::cmp::Reverse(x.0));
    // The widest width that several lines end close to, with hardly a line past it (2% of
    // them, or one): on a page of menus a short article's lines are a few among hundreds, so
    // no percentile finds them; and breakable lines far past a width were never wrapped at it
    // (an unwrapped dump whose short lines happen to end near one width). Wrapped lines end
    // mid-sentence: lines that end near one width with a full stop are sentences, one a line.
    let outliers = widths.len() / 50 + 1;
    let w = (0..widths.len().min(outliers + 1)).find_map(|k| {
        let w = widths[k].0;
        let near: Vec<bool> = widths[k..]
            .iter()
            .take_while(|x| x.0 + 6 >= w)
            .map(|x| x.1)
            .collect();
        let sentences = near.iter().filter(|&&s| s).count();
        let far = widths[..k].iter().filter(|x| x.0 > w + 20).count();
        (near.len() >= 3 && far < 2 && sentences * 2 < near.len()).then_some(w)
    })?;
    (40..=100).contains(&w).then_some(w)
}

/// Would a wrapping program have put `next`'s first word on `cur` if it had fitted?
fn continues(cur: &Line<'_>, next: &Line<'_>, wrap: usize) -> bool {
    let nt = next.text.trim_start();
    if nt.is_empty() || cur.text.trim().is_empty() {
        return false;
    }
    if starts_with_marker(nt) {
        return false;
    }
    // A line far past the width (a link set at the right margin) was not wrapped at it.
    if cur.width > wrap + 12 {
        return false;
    }
    let next_indent = next.text.len() - nt.len();
    let cur_indent = cur.text.len() - cur.text.trim_start().len();
    // A continuation line sits at the paragraph's indentation, the list item's text column, or
    // a dozen columns in (the lines beside a floated picture).
    if next_indent > cur_indent + 12 {
        return false;
    }
    let first_word = nt.split_whitespace().next().unwrap_or("");
    let first_word_w = if first_word.chars().next().is_some_and(is_wide) {
        2
    } else {
        UnicodeWidthStr::width(first_word)
    };
    cur.width + 1 + first_word_w > wrap
}

/// Bullets and list numbers that start a new item rather than continue a paragraph.
pub fn starts_with_marker(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(
            '•' | '□' | '◦' | '▪' | '■' | '●' | '○' | '►' | '▶' | '·' | '*' | '–' | '—' | '+' | '>'
            | '[',
        ) => true,
        Some('-') => chars.next() == Some(' '),
        Some(c) if c.is_ascii_digit() => {
            let rest: String = s
                .chars()
                .skip_while(|c| c.is_ascii_digit())
                .take(2)
                .collect();
            rest.starts_with(". ") || rest.starts_with(") ")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        split(s).into_iter().map(|b| b.text).collect()
    }

    /// One paragraph, for the wrapping tests.
    const SWAP_DEAL: &str = "The central banks of the two countries renewed their currency swap deal \
                             worth seventy trillion won, officials said on Saturday after the summit \
                             talks in the southeastern city, which lasted for more than ninety \
                             minutes and covered trade, security and culture.";

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(
            texts("One.\n\nTwo.\n\n\nThree."),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn unwrapped_lines_stay_separate() {
        let b = split("Home\nNews\nSport\n\nA long paragraph of text that goes on.");
        assert_eq!(b.len(), 4);
        assert_eq!(b[1].gap_before, 0);
        assert_eq!(b[3].gap_before, 1);
    }

    #[test]
    fn ranges_point_into_source() {
        let src = "  Title\n\nBody text here.\n";
        for b in split(src) {
            assert_eq!(&src[b.start..b.end], b.text);
        }
    }

    #[test]
    fn rejoins_hard_wrapped_paragraphs_but_not_menus() {
        let para = SWAP_DEAL;
        let wrapped = textwrap_simple(para, 72);
        let src = format!("Home\nWorld\nBusiness\n\n{wrapped}\n\n{wrapped}\n");
        let t = texts(&src);
        assert_eq!(t, ["Home", "World", "Business", para, para]);
    }

    #[test]
    fn right_aligned_links_do_not_hide_the_wrap() {
        let para = SWAP_DEAL;
        let wrapped = textwrap_simple(para, 78);
        let right = |t: &str| format!("{}{t}", " ".repeat(100));
        let src = format!(
            "{}\n{}\n{}\n\n{wrapped}\n\n{wrapped}\n",
            right("Subscribe to this paper"),
            right("Printer friendly page"),
            right("Home")
        );
        let t = texts(&src);
        assert_eq!(t[3..], [para, para]);
    }

    #[test]
    fn hard_wrapped_chinese_is_rejoined() {
        // 38 wide characters a line (76 columns), as a terminal browser wraps at 80.
        let sentence = "外交部发言人在例行记者会上表示，中方愿同各方一道努力，推动地区局势缓和，维护和平稳定。";
        let para: String = sentence.repeat(4);
        let chars: Vec<char> = para.chars().collect();
        let wrapped: Vec<String> = chars.chunks(38).map(|c| c.iter().collect()).collect();
        let src = format!(
            "首页\n新闻中心\n\n{}\n\n{}\n",
            wrapped.join("\n"),
            wrapped.join("\n")
        );
        let t = texts(&src);
        assert_eq!(t[2..], [para.clone(), para]);
    }

    #[test]
    fn an_unwrapped_dump_with_short_table_rows_is_not_wrapped() {
        let long = "Researchers in London followed the memory of seven thousand civil servants for ten years and found that it began to decline from the age of forty-five, much earlier than was thought.";
        let row = |a: &str| format!("{a:<40}Kazakhstan{:<30}22:30 Hockey", "");
        // Rows without runs of spaces that end near one width, and prose far past it.
        let rows: Vec<String> = (0..6)
            .map(|k| {
                format!("Volleyball. Women's league, group A, round {k}: Kyzylzhar against Taraz")
            })
            .collect();
        let src = format!(
            "{}\n{}\n\n{long}\n{long}\n{long}\n",
            rows.join("\n"),
            row("Slovenia")
        );
        let t = texts(&src);
        assert_eq!(t.len(), 10, "{t:?}");
    }

    #[test]
    fn lines_beside_a_picture_continue_the_paragraph() {
        let para = "The central banks of the two countries renewed their currency swap deal worth \
                    seventy trillion won, officials said on Saturday after the summit talks in the \
                    southeastern city, which lasted for more than ninety minutes and covered trade, \
                    security and culture, and agreed to meet again next year in the capital.";
        // The first line at the margin, the rest eleven columns in, all ending near column 79.
        let first = textwrap_simple(para, 79)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string();
        let rest: Vec<String> = textwrap_simple(&para[first.len() + 1..], 68)
            .lines()
            .map(|l| format!("{}{l}", " ".repeat(11)))
            .collect();
        let src = format!(
            "{first}\n{}\n\nThe end of the story was told in one more line.\n",
            rest.join("\n")
        );
        let t = texts(&src);
        assert_eq!(t[0], para, "{t:?}");
    }

    #[test]
    fn one_sentence_a_line_is_not_a_wrap() {
        let src = "The talks in Seoul ended on Tuesday with a joint statement on trade.\n\
                   Both leaders agreed to meet again in Beijing early next year, aides said.\n\
                   The finance ministers will hold regular meetings on currency swaps.\n\
                   Students and researchers will get more exchange places next autumn.\n";
        assert_eq!(texts(src).len(), 4);
    }

    #[test]
    fn joins_cjk_without_spaces_and_hyphens_without_space() {
        let mut a = RawBlock {
            text: String::new(),
            start: 0,
            end: 0,
            lines: 0,
            indent: 0,
            gap_before: 0,
        }
        .text;
        append_line(&mut a, "中国和韩国");
        append_line(&mut a, "是邻国");
        assert_eq!(a, "中国和韩国是邻国");
        let mut b = String::from("Lee Jae-");
        append_line(&mut b, "myung said");
        assert_eq!(b, "Lee Jae-myung said");
    }

    #[test]
    fn list_items_are_not_joined() {
        let long = "x ".repeat(35);
        let src = format!("{long}\n{long}\n{long}\n  • item one\n  • item two\n");
        let t = texts(&src);
        assert!(t.iter().any(|s| s == "• item one"), "{t:?}");
    }

    /// Greedy wrap, as w3m and fmt do.
    pub(crate) fn textwrap_simple(s: &str, width: usize) -> String {
        let mut out = String::new();
        let mut line = String::new();
        for w in s.split_whitespace() {
            if !line.is_empty() && line.len() + 1 + w.len() > width {
                out.push_str(&line);
                out.push('\n');
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(w);
        }
        out.push_str(&line);
        out
    }
}
