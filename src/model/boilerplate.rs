//! Boilerplate: decide which blocks are article text, and say why the others are not.
//!
//! Classification runs in four explainable passes over an article's blocks:
//! 1. **rules** ([`rules`]) look at one block and its neighbours: cue phrases from the shipped phrase
//!    lists (cookie banners, comment forms, share bars, newsletters, "related" headers…), photo
//!    credits, bylines, lone UI tokens, timestamps, menus;
//! 2. **runs**: boilerplate comes in runs — a cookie banner's paragraphs, the items of a "Most read"
//!    list — so evidence spreads to adjacent blocks that carry weaker evidence of the same kind,
//!    and to foreign-language blocks in the tail of the article;
//! 3. **duplicates**: a block repeating an earlier one (captions are often printed twice);
//! 4. **region** ([`region`]): in whole-page text dumps the article is the densest run of prose;
//!    what lies outside it (menus, teasers, footers, comments) is dropped as `outside-article`.
//!
//! Precision comes first: dropping a body paragraph is the worst error, so every rule is bounded by
//! length and shape, and each dropped block records the rule and the cue that fired.

mod cues;
mod features;
mod region;
mod rules;

use serde::Serialize;

pub use cues::{Cat, CueSet};
pub use features::Features;
pub use rules::{dated, doubled, iso_day_first, names_then_outlet};

/// Why a block is not article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    CookieBanner,
    PhotoCaption,
    CommentForm,
    Comments,
    UiChrome,
    Byline,
    Duplicate,
    RelatedLinks,
    Newsletter,
    Navigation,
    Advertisement,
    Copyright,
    Timestamp,
    OutsideArticle,
    /// The headline: moved into `Article::title`.
    Title,
    /// A `Source: …` line or e-mail footer: moved into `Article::source`.
    Source,
}

impl Reason {
    pub const ALL: [Reason; 16] = [
        Reason::CookieBanner,
        Reason::PhotoCaption,
        Reason::CommentForm,
        Reason::Comments,
        Reason::UiChrome,
        Reason::Byline,
        Reason::Duplicate,
        Reason::RelatedLinks,
        Reason::Newsletter,
        Reason::Navigation,
        Reason::Advertisement,
        Reason::Copyright,
        Reason::Timestamp,
        Reason::OutsideArticle,
        Reason::Title,
        Reason::Source,
    ];

    /// The kebab-case name used in JSON and in the reader.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::CookieBanner => "cookie-banner",
            Reason::PhotoCaption => "photo-caption",
            Reason::CommentForm => "comment-form",
            Reason::Comments => "comments",
            Reason::UiChrome => "ui-chrome",
            Reason::Byline => "byline",
            Reason::Duplicate => "duplicate",
            Reason::RelatedLinks => "related-links",
            Reason::Newsletter => "newsletter",
            Reason::Navigation => "navigation",
            Reason::Advertisement => "advertisement",
            Reason::Copyright => "copyright",
            Reason::Timestamp => "timestamp",
            Reason::OutsideArticle => "outside-article",
            Reason::Title => "title",
            Reason::Source => "source",
        }
    }

    /// Metadata blocks are not noise: their content moved into the article header.
    pub fn is_metadata(self) -> bool {
        matches!(self, Reason::Title | Reason::Source)
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A dropped block's explanation: the reason, the rule that decided, and the cue it saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Drop {
    pub reason: Reason,
    pub rule: &'static str,
    pub cue: String,
}

impl Drop {
    pub fn new(reason: Reason, rule: &'static str, cue: impl Into<String>) -> Drop {
        Drop {
            reason,
            rule,
            cue: cue.into(),
        }
    }
}

/// Classifies blocks (given as their texts plus layout hints). Returns one verdict per block:
/// `None` for article text, `Some(Drop)` otherwise.
pub fn classify(blocks: &[BlockView<'_>]) -> Vec<Option<Drop>> {
    classify_in(blocks, false)
}

/// [`classify`] for the blocks a web page's DOM kept: there was a page around them, so the
/// article region applies even when no block of chrome is left among them.
pub fn classify_page(blocks: &[BlockView<'_>]) -> Vec<Option<Drop>> {
    classify_in(blocks, true)
}

fn classify_in(blocks: &[BlockView<'_>], from_page: bool) -> Vec<Option<Drop>> {
    let feats: Vec<Features> = blocks.iter().map(|b| Features::of(b.text)).collect();
    let mut verdicts: Vec<Option<Drop>> = (0..blocks.len())
        .map(|i| rules::single(blocks, &feats, i))
        .collect();
    rules::spread_runs(blocks, &feats, &mut verdicts);
    rules::duplicates(blocks, &feats, &mut verdicts);
    rules::reworded_captions(&feats, &mut verdicts);
    rules::comment_signatures(&feats, &mut verdicts);
    rules::signature_lines(blocks, &feats, &mut verdicts);
    region::outside_article(blocks, &feats, &mut verdicts, from_page);
    rules::foreign_tail(blocks, &feats, &mut verdicts);
    verdicts
}

/// The verdict of the rules that look at one block alone, for `text` on its own: is it chrome,
/// a byline, a date line, a caption… wherever it stands?
pub fn alone(text: &str) -> Option<Drop> {
    alone_with(text, &Features::of(text))
}

/// [`alone`], for a caller that has the block's features already.
pub fn alone_with(text: &str, f: &Features) -> Option<Drop> {
    let view = BlockView {
        text,
        gap_before: 1,
        indent: 0,
    };
    rules::single(&[view], std::slice::from_ref(f), 0)
}

/// What the classifier needs to know about a block.
#[derive(Debug, Clone, Copy)]
pub struct BlockView<'a> {
    pub text: &'a str,
    /// Blank lines before the block.
    pub gap_before: usize,
    /// Indentation of its first line.
    pub indent: usize,
}

#[cfg(test)]
mod tests;
