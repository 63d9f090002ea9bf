//! The article region of a whole-page text dump.
//!
//! Each block gets a score: prose scores its length in word equivalents, short non-prose lines
//! (menu items, labels) cost a little, blocks already dropped by a rule cost more, and the markers
//! that open a comment section or a "related" list cost a lot. The article is the contiguous run of
//! blocks with the largest total (maximum-sum segment), which spans short subheads and a caption
//! between paragraphs but not a menu or a comment section. Blocks outside it are dropped.
//!
//! On a tidy article file every block is prose, so the region is the whole article and nothing
//! is dropped here.

use super::features::Features;
use super::{BlockView, Drop, Reason};

pub fn score(
    f: &Features,
    verdict: Option<&Drop>,
    isolated: bool,
    under_headline: bool,
    beside_paragraph: bool,
) -> f32 {
    if let Some(d) = verdict {
        return match d.reason {
            Reason::Comments | Reason::CommentForm => -40.0,
            Reason::RelatedLinks
            | Reason::Copyright
            | Reason::Newsletter
            | Reason::CookieBanner => -10.0 - f.weq.min(20.0),
            Reason::Navigation => -5.0 - f.weq.min(20.0),
            Reason::Duplicate | Reason::PhotoCaption | Reason::UiChrome | Reason::Advertisement => {
                -3.0
            }
            _ => -3.0 - f.weq.min(10.0) * 0.3,
        };
    }
    // Paragraphs are set off by blank lines; teasers, captions and list items mostly are not.
    let weight = if isolated { 1.0 } else { 0.35 };
    if f.bullet {
        // A long item reads like text however it ends ("— Norovirus on board the Van Gogh
        // claimed the life of…"); menu items and teaser links are short.
        return if f.prose() && f.weq >= 12.0 {
            f.weq * 0.5 * weight
        } else if f.weq >= 20.0 && f.letters > 0.5 && !columns(&f.lower) {
            f.weq * 0.25 * weight
        } else {
            -3.0
        };
    }
    if f.prose() {
        if under_headline && f.weq <= 60.0 {
            // A one-paragraph lead right under a headline: a teaser for another story.
            return (f.weq * 0.3).min(4.0);
        }
        return if f.weq >= 8.0 {
            f.weq.min(150.0) * weight
        } else {
            1.0
        };
    }
    if f.weq >= 20.0 {
        return f.weq * 0.25 * weight;
    }
    // A short sentence right after a paragraph — "The hearing goes on." — ends many an
    // article, and one right before a paragraph ("ANAHEIM — So, meet Illinois.") opens many;
    // menu items and labels end without a full stop.
    if beside_paragraph
        && f.ends_sentence
        && f.weq >= 3.0
        && f.letters > 0.5
        && !f.lower.trim_end().ends_with(':')
    {
        return 0.5;
    }
    -(2.0 + f.weq * 0.2)
}

/// Several items laid out side by side: wide gaps, or a second bullet on the line.
fn columns(lower: &str) -> bool {
    lower.trim().contains("   ") || lower.matches(['•', '·', '▪', '■']).count() > 1
}

/// A short capitalised line without final punctuation: a headline or a subhead.
fn headline_like(f: &Features, text: &str) -> bool {
    !f.ends_sentence
        && (3.0..=20.0).contains(&f.weq)
        && !f.bullet
        && text.trim_start().chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || c == '\'' || c == '‘' || c == '"' || c == '“'
        })
}

#[cfg(test)]
thread_local! {
    /// How many runs [`teasers`] looked at: the tests bound it.
    pub static TEASER_CHECKS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Whether blocks `s..=e` are teasers for other stories — each paragraph two sentences at most,
/// and two of them, and half at least, under a headline ("Surfers' paradise" / "West of Sumatra are waves
/// so spectacular…") — rather than more of the article.
fn teasers(
    blocks: &[BlockView<'_>],
    feats: &[Features],
    verdicts: &[Option<Drop>],
    s: usize,
    e: usize,
) -> bool {
    #[cfg(test)]
    TEASER_CHECKS.with(|c| c.set(c.get() + 1));
    let kept = |k: usize| verdicts[k].is_none();
    let prose: Vec<usize> = (s..=e).filter(|&k| kept(k) && feats[k].prose()).collect();
    let short = prose
        .iter()
        .all(|&k| sentences(blocks[k].text) <= 2 && feats[k].weq <= 60.0);
    // (A headline, a byline or an image marker may come between: "Andrew Wilkie". The headline
    // may be a question, or dropped as a link: "Will banks refuse to follow the rate cut?")
    let headline = |h: usize| {
        headline_like(&feats[h], blocks[h].text)
            || (blocks[h].text.trim_end().ends_with('?')
                && (3.0..=20.0).contains(&feats[h].weq)
                && sentences(blocks[h].text) == 1)
    };
    let headed = prose
        .iter()
        .filter(|&&k| (k.saturating_sub(3)..k).any(headline))
        .count();
    short && headed >= 2 && headed * 2 >= prose.len()
}

/// Sentences in `text`: runs of `. ! ? …` at its end or before a space and a capital ("U.S.
/// researchers" is one sentence, "A new hotel built from shipping..." too).
fn sentences(text: &str) -> usize {
    let mut n = 0;
    let mut chars = text.trim_end().chars().peekable();
    while let Some(c) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        while chars
            .next_if(|c| matches!(c, '.' | '!' | '?' | '…' | '"' | '”' | '\'' | '’' | ')'))
            .is_some()
        {}
        match chars.peek() {
            None => n += 1,
            Some(' ') => {
                chars.next();
                if chars
                    .peek()
                    .is_some_and(|c| c.is_uppercase() || *c == '"' || *c == '“')
                {
                    n += 1;
                }
            }
            _ => {}
        }
    }
    n
}

fn is_comment_marker(d: Option<&Drop>) -> bool {
    d.is_some_and(|d| matches!(d.reason, Reason::Comments | Reason::CommentForm))
}

/// Marks blocks outside the article region(s) as `outside-article`.
///
/// The best segment is the article. Other strong segments join it when a sidebar or an inline
/// list split the article, unless a comment section lies between them.
pub fn outside_article(
    blocks: &[BlockView<'_>],
    feats: &[Features],
    verdicts: &mut [Option<Drop>],
    from_page: bool,
) {
    let n = blocks.len();
    // A tidy article file — not one block of site chrome found by the rules (menus, share bars,
    // cookie, related, comments…) — has no page around it: its tables and lists are its own.
    // (Blocks a web page's DOM kept did have a page around them.)
    let chrome = verdicts.iter().flatten().any(|d| {
        !matches!(
            d.reason,
            Reason::Title | Reason::Timestamp | Reason::Byline | Reason::Source | Reason::Duplicate
        )
    });
    if !chrome && !from_page {
        return;
    }
    // Does this document set paragraphs off with blank lines? Then isolation is a signal.
    let isolated: Vec<bool> = (0..n)
        .map(|i| blocks[i].gap_before >= 1 && blocks.get(i + 1).is_none_or(|b| b.gap_before >= 1))
        .collect();
    let prose: Vec<usize> = (0..n)
        .filter(|&i| verdicts[i].is_none() && feats[i].prose())
        .collect();
    let blank_style = prose.iter().filter(|&&i| isolated[i]).count() * 2 >= prose.len();
    let scores: Vec<f32> = (0..n)
        .map(|i| {
            let under_headline = i > 0
                && blocks[i].gap_before == 0
                && verdicts[i - 1].is_none()
                && headline_like(&feats[i - 1], blocks[i - 1].text);
            let paragraph =
                |k: usize| verdicts[k].is_none() && feats[k].prose() && feats[k].weq >= 15.0;
            let beside_paragraph = (i > 0 && paragraph(i - 1)) || (i + 1 < n && paragraph(i + 1));
            score(
                &feats[i],
                verdicts[i].as_ref(),
                isolated[i] || !blank_style,
                under_headline,
                beside_paragraph,
            )
        })
        .collect();
    if std::env::var_os("FACTLENS_DEBUG_REGION").is_some() {
        for (i, sc) in scores.iter().enumerate() {
            eprintln!(
                "{i} {sc:.1} {}",
                &feats[i].lower.chars().take(60).collect::<String>()
            );
        }
    }
    // Candidate segments: the best one, then the best of what remains, a few times.
    let mut cands: Vec<(usize, usize, f32)> = Vec::new();
    let mut masked = scores.clone();
    while cands.len() < 6 {
        let Some((s, e, sum)) = best_segment(&masked) else {
            break;
        };
        if !cands.is_empty() && sum < 25.0 {
            break;
        }
        cands.push((s, e, sum));
        masked[s..=e]
            .iter_mut()
            .for_each(|x| *x = f32::NEG_INFINITY);
    }
    let Some(&(mut start, mut end, mut best)) = cands.first() else {
        return;
    };
    // The article comes before its comments: if the best run follows a comment-section marker,
    // prefer a substantial run before the first marker. A run right under a comment section's
    // heading ("Comment rules", "Комментарии") is that section — comments, or the rules for
    // them — however much prose it holds: prefer a substantial run before the heading. (A comment
    // count, "Comments: 0", opens no section: it sits in a toolbar or under a teaser.)
    // (A comment count right above the run is the article's own toolbar: "0人参与0条评论".)
    let first_marker = (0..n).find(|&k| {
        is_comment_marker(verdicts[k].as_ref())
            && !(k < start
                && k + 3 >= start
                && verdicts[k]
                    .as_ref()
                    .is_some_and(|d| d.rule == "comment-count"))
    });
    let heading = (start.saturating_sub(2)..start).rev().find(|&k| {
        is_comment_marker(verdicts[k].as_ref())
            && verdicts[k]
                .as_ref()
                .is_some_and(|d| d.rule != "comment-count")
    });
    let before = |m: usize| cands.iter().find(|c| c.1 < m && c.2 >= 0.2 * best);
    let earlier = first_marker
        .filter(|&m| m < start)
        .and_then(before)
        .or_else(|| heading.and_then(before));
    if let Some(&(s, e, sum)) = earlier {
        (start, end, best) = (s, e, sum);
    }
    // A run that spans a comment thread (it outweighed the markers: three or more, the header
    // and the signatures or rating lines) is cut at the first marker: the article is the best
    // run before it, when there is a substantial one. (One marker can be a box of selected
    // comments beside an article that goes on.)
    let markers: Vec<usize> = (start + 1..=end)
        .filter(|&k| is_comment_marker(verdicts[k].as_ref()))
        .collect();
    if let [m, _, _, ..] = markers[..]
        && let Some((s, e, sum)) = best_segment(&scores[start..m])
        && sum >= 0.2 * best
    {
        (start, end, best) = (start + s, start + e, sum);
    }
    // The run may go on past the page's chrome after the article into teasers for other
    // stories ("• next page", "Ads by Google", then headline / one-line summary pairs): it ends
    // before them.
    // (Only after the run's last long paragraph, and a few places at most: a page of ten
    // thousand one-line paragraphs must not cost ten thousand squared.)
    let long = |i: usize| {
        verdicts[i].is_none()
            && feats[i].prose()
            && (feats[i].weq > 60.0 || sentences(blocks[i].text) > 2)
    };
    let tail = (start..=end)
        .rev()
        .find(|&i| long(i))
        .map_or(start, |i| i + 1);
    if let Some(k) = (tail.max(start + 2)..=end)
        .filter(|&k| verdicts[k - 1].is_some() && verdicts[k - 2].is_some())
        .take(8)
        .find(|&k| {
            teasers(blocks, feats, verdicts, k, end)
                && scores[start..k].iter().sum::<f32>() >= 0.5 * best
        })
    {
        end = k - 1;
    }
    let mut inside = vec![false; n];
    inside[start..=end].iter_mut().for_each(|x| *x = true);
    // Secondary runs join when they read like article paragraphs (set off, prose) or are strong,
    // and no comment section lies between them and the article.
    for &(s2, e2, sum2) in &cands {
        // (The chosen run itself, or the run it was cut from.)
        if s2 <= end && e2 >= start {
            continue;
        }
        let dense: f32 = (s2..=e2)
            .filter(|&k| verdicts[k].is_none() && feats[k].prose() && (isolated[k] || !blank_style))
            .map(|k| scores[k].max(0.0))
            .sum();
        let paragraphs = (s2..=e2)
            .filter(|&k| verdicts[k].is_none() && feats[k].prose() && feats[k].weq >= 15.0)
            .count();
        let article_like = paragraphs >= 2 && dense >= 0.7 * sum2 && sum2 >= 40.0;
        if !(article_like || sum2 >= 0.5 * best) {
            continue;
        }
        if s2 > end && teasers(blocks, feats, verdicts, s2, e2) {
            continue;
        }
        let (lo, hi) = if e2 < start { (e2, start) } else { (end, s2) };
        if (lo..hi).any(|k| is_comment_marker(verdicts[k].as_ref())) {
            continue;
        }
        // A lone paragraph past a "Latest news" or "Readers' poll" heading after the article is
        // a teaser or the site's small print, not more of the article.
        if s2 > end
            && !article_like
            && (lo..hi).any(|k| {
                verdicts[k]
                    .as_ref()
                    .is_some_and(|d| d.rule == "related-header")
            })
        {
            continue;
        }
        inside[s2..=e2].iter_mut().for_each(|x| *x = true);
    }
    announced_lists(blocks, feats, verdicts, &mut inside);
    short_bullet_lists(blocks, feats, verdicts, &mut inside);
    let first = inside.iter().position(|&x| x).unwrap_or(0);
    let last = inside.iter().rposition(|&x| x).unwrap_or(0);
    for (i, v) in verdicts.iter_mut().enumerate() {
        if v.is_none() && !inside[i] {
            let side = if i < first {
                "before the article"
            } else if i > last {
                "after the article"
            } else {
                "between article parts"
            };
            *v = Some(Drop::new(Reason::OutsideArticle, "outside-region", side));
        }
    }
}

/// A list or table the article announces ("Leading results at the meeting on Friday:") belongs to
/// the article however little prose it holds: results, standings, line-ups. The run goes on over
/// lines set close together (at most one blank line apart), passes over lines a rule already
/// dropped as a lone date or UI token, and ends at any other boilerplate.
fn announced_lists(
    blocks: &[BlockView<'_>],
    feats: &[Features],
    verdicts: &[Option<Drop>],
    inside: &mut [bool],
) {
    let n = blocks.len();
    let mut i = 0;
    while i < n {
        let announces = inside[i]
            && verdicts[i].is_none()
            && feats[i].prose()
            && blocks[i].text.trim_end().ends_with([':', '：']);
        i += 1;
        if !announces {
            continue;
        }
        while i < n && blocks[i].gap_before <= 1 {
            match &verdicts[i] {
                None => inside[i] = true,
                Some(d) if matches!(d.reason, Reason::Timestamp | Reason::UiChrome) => {}
                Some(_) => break,
            }
            i += 1;
        }
    }
}

/// Two or more short items in a row, each opened by a bullet glyph ("• Former rivals courting new
/// challenges", "• E-mail story"), on a page with chrome around the article: a list of links —
/// related stories, sections, tools. An article's own list items are sentences, or long.
fn short_bullet_lists(
    blocks: &[BlockView<'_>],
    feats: &[Features],
    verdicts: &mut [Option<Drop>],
    inside: &mut [bool],
) {
    let glyph = |i: usize| {
        blocks[i]
            .text
            .trim_start()
            .starts_with(['•', '◦', '▪', '■', '●', '○', '►', '▶', '·'])
    };
    let short = |i: usize| feats[i].weq <= 15.0 && !(feats[i].prose() && feats[i].weq >= 10.0);
    let n = blocks.len();
    let mut i = 0;
    while i < n {
        // (An item another rule dropped still counts: "● Post to del.icio.us" is a share button,
        // and the list goes on.)
        if !(glyph(i) && (verdicts[i].is_some() || (inside[i] && short(i)))) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && glyph(j) && (verdicts[j].is_some() || short(j)) {
            j += 1;
        }
        let items = (i..j).filter(|&k| verdicts[k].is_none()).count();
        let starts_inside = (i..j)
            .find(|&k| verdicts[k].is_none())
            .is_some_and(|k| inside[k]);
        if j > i + 1 && (j >= n || !glyph(j)) && items > 0 && starts_inside {
            for k in i..j {
                if verdicts[k].is_none() {
                    inside[k] = false;
                    verdicts[k] = Some(Drop::new(
                        Reason::Navigation,
                        "short-bullet-list",
                        format!("one of {items} short bulleted items"),
                    ));
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// Maximum-sum contiguous segment (Kadane): `(start, end, sum)`. `None` when nothing scores positive.
pub fn best_segment(scores: &[f32]) -> Option<(usize, usize, f32)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut cur = 0.0f32;
    let mut cur_start = 0;
    for (i, &s) in scores.iter().enumerate() {
        if cur <= 0.0 {
            cur = s;
            cur_start = i;
        } else {
            cur += s;
        }
        if cur > 0.0 && best.is_none_or(|(b, _, _)| cur > b) {
            best = Some((cur, cur_start, i));
        }
    }
    best.map(|(sum, s, e)| (s, e, sum))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kadane_spans_small_dips() {
        assert_eq!(
            best_segment(&[-3.0, 40.0, -3.0, 30.0, -50.0, 20.0]),
            Some((1, 3, 67.0))
        );
    }

    #[test]
    fn nothing_positive() {
        assert_eq!(best_segment(&[-1.0, -2.0]), None);
        assert_eq!(best_segment(&[]), None);
    }
}
