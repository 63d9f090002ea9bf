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

pub fn score(f: &Features, verdict: Option<&Drop>) -> f32 {
    if let Some(d) = verdict {
        return match d.reason {
            Reason::Comments | Reason::CommentForm => -40.0,
            Reason::RelatedLinks | Reason::Copyright | Reason::Newsletter | Reason::CookieBanner => {
                -10.0 - f.weq.min(20.0)
            }
            Reason::Navigation => -5.0 - f.weq.min(20.0),
            Reason::Duplicate | Reason::PhotoCaption | Reason::UiChrome | Reason::Advertisement => -3.0,
            _ => -3.0 - f.weq.min(10.0) * 0.3,
        };
    }
    if f.bullet {
        return if f.prose() && f.weq >= 12.0 { f.weq * 0.5 } else { -3.0 };
    }
    if f.prose() {
        return if f.weq >= 8.0 { f.weq.min(150.0) } else { 1.0 };
    }
    if f.weq >= 20.0 {
        return f.weq * 0.25;
    }
    -(2.0 + f.weq * 0.2)
}

/// Marks blocks outside the best region as `outside-article`.
pub fn outside_article(_blocks: &[BlockView<'_>], feats: &[Features], verdicts: &mut [Option<Drop>]) {
    let scores: Vec<f32> = feats
        .iter()
        .zip(verdicts.iter())
        .map(|(f, v)| score(f, v.as_ref()))
        .collect();
    let Some((start, end)) = best_segment(&scores) else {
        return;
    };
    for (i, v) in verdicts.iter_mut().enumerate() {
        if v.is_none() && (i < start || i > end) {
            let side = if i < start { "before" } else { "after" };
            *v = Some(Drop::new(
                Reason::OutsideArticle,
                "outside-region",
                format!("{side} the article (blocks {}–{})", start + 1, end + 1),
            ));
        }
    }
}

/// Maximum-sum contiguous segment (Kadane). `None` when no block scores positive.
pub fn best_segment(scores: &[f32]) -> Option<(usize, usize)> {
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
    best.map(|(_, s, e)| (s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kadane_spans_small_dips() {
        assert_eq!(best_segment(&[-3.0, 40.0, -3.0, 30.0, -50.0, 20.0]), Some((1, 3)));
    }

    #[test]
    fn nothing_positive() {
        assert_eq!(best_segment(&[-1.0, -2.0]), None);
        assert_eq!(best_segment(&[]), None);
    }
}
