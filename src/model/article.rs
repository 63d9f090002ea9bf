//! The article model: decoded text, metadata, and classified blocks.

use serde::Serialize;

use super::blocks::{self, RawBlock};
use super::boilerplate::{self, BlockView, Drop, Reason};

/// One article, as every other part of factlens sees it.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// Stable id: a hash of the decoded text (same file → same id on every run and machine).
    pub id: String,
    /// Where it was loaded from (`-` for stdin).
    pub path: String,
    pub title: Option<String>,
    /// Publication date, ISO 8601 (`YYYY-MM-DD`), when the article states it.
    pub date: Option<String>,
    /// The outlet, agency or author credit.
    pub source: Option<String>,
    /// Place name of a dateline that opened the first paragraph ("Gyeongju: …").
    pub dateline: Option<String>,
    pub blocks: Vec<Block>,
    /// Facts found in the kept blocks (filled when the article joins a corpus).
    pub facts: Vec<super::facts::Fact>,
    /// Bytes of the decoded, normalised text that block ranges point into. The text itself is
    /// not kept: every block holds its own, and a corpus would otherwise store it twice.
    #[serde(skip)]
    pub text_len: usize,
    /// The page's address (saved web pages: canonical URL).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The language a web page declares (`<html lang>`, `og:locale`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Links inside the article (web pages), referenced as `[1]`, `[2]`… in its text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
}

/// A paragraph and its classification.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub text: String,
    pub kept: bool,
    /// Why the block is not article text (`None` when kept).
    pub reason: Option<Reason>,
    /// The rule that fired and the cue it saw.
    pub rule: Option<&'static str>,
    pub cue: Option<String>,
    /// Byte range in the decoded text.
    pub start: usize,
    pub end: usize,
    /// Char range in the decoded text.
    pub char_start: usize,
    pub char_end: usize,
}

impl Block {
    pub fn drop(&self) -> Option<Drop> {
        self.reason.map(|reason| Drop {
            reason,
            rule: self.rule.unwrap_or(""),
            cue: self.cue.clone().unwrap_or_default(),
        })
    }
}

impl Article {
    /// Builds an article from decoded text.
    pub fn from_text(path: impl Into<String>, text: String) -> Article {
        let mut raw = blocks::split(&text);
        let date = take_date_marker(&text, &mut raw);
        let views: Vec<BlockView<'_>> = raw
            .iter()
            .map(|b| BlockView {
                text: &b.text,
                gap_before: b.gap_before,
                indent: b.indent,
            })
            .collect();
        let mut verdicts = boilerplate::classify(&views);
        let title = find_title(&raw, &mut verdicts);
        let mut source = None;
        let mut blocks: Vec<Block> = Vec::with_capacity(raw.len());
        let mut chars = CharCounter::new(&text);
        for (b, v) in raw.into_iter().zip(verdicts) {
            if let (Some(d), None) = (&v, &source) {
                source = source_from(d.reason, &b.text);
            }
            let char_start = chars.at(b.start);
            let char_end = chars.at(b.end);
            blocks.push(Block {
                kept: v.is_none(),
                reason: v.as_ref().map(|d| d.reason),
                rule: v.as_ref().map(|d| d.rule),
                cue: v.map(|d| d.cue),
                text: b.text,
                start: b.start,
                end: b.end,
                char_start,
                char_end,
            });
        }
        let (dateline, agency) = take_dateline(&text, &mut blocks, &mut chars).unzip();
        // "WASHINGTON (Reuters) -": the agency the dateline credits.
        let source = source.or(agency.flatten());
        let date = date.or_else(|| published(&blocks));
        let path = path.into();
        let date = date.or_else(|| date_in_path(&path));
        Article {
            id: content_id(&text),
            path,
            title,
            date,
            source,
            dateline,
            blocks,
            facts: Vec::new(),
            text_len: text.len(),
            url: None,
            lang: None,
            links: Vec::new(),
        }
    }

    /// Builds an article from a saved web page. Blocks keep the page's order; the DOM's verdict
    /// comes first, then the plain-text rules drop what they recognise inside the article
    /// (captions, bylines, cookie text printed as paragraphs…) — but not whole regions, which the
    /// DOM knows better.
    pub fn from_page(path: impl Into<String>, page: super::html::Page) -> Article {
        let mut text = String::new();
        let mut spans = Vec::with_capacity(page.blocks.len());
        for b in &page.blocks {
            let (clean, _) = super::decode::normalise(&b.text);
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            text.push_str(clean.trim());
            spans.push((start, text.len()));
        }
        // The text rules see the article as the DOM left it (the blocks it kept, in order): that
        // is the shape they work best on, and a page's hundreds of menu items cost nothing.
        let candidates: Vec<usize> = (0..spans.len())
            .filter(|&i| page.blocks[i].drop.is_none())
            .collect();
        let views: Vec<BlockView<'_>> = candidates
            .iter()
            .map(|&i| BlockView {
                text: &text[spans[i].0..spans[i].1],
                gap_before: 1,
                indent: 0,
            })
            .collect();
        let mut by_text: Vec<Option<Drop>> = vec![None; spans.len()];
        for (&i, v) in candidates.iter().zip(boilerplate::classify_page(&views)) {
            by_text[i] = v;
        }
        let mut chars = CharCounter::new(&text);
        let mut blocks = Vec::with_capacity(spans.len());
        for ((b, &(start, end)), v) in page.blocks.iter().zip(&spans).zip(by_text) {
            let verdict = match &b.drop {
                Some((reason, rule, cue)) => Some(Drop::new(*reason, rule, cue.clone())),
                // Readability chose the region; the text's own region only trims its ends:
                // everything after the article, and labels and menu words before it (a
                // standfirst or a lead paragraph before it stays).
                None => v.filter(|d| {
                    d.reason != Reason::OutsideArticle
                        || d.cue == "after the article"
                        || (d.cue == "before the article"
                            && b.text.split_whitespace().count() < 5
                            && b.text.chars().count() < 30)
                }),
            };
            blocks.push(Block {
                kept: verdict.is_none(),
                reason: verdict.as_ref().map(|d| d.reason),
                rule: verdict.as_ref().map(|d| d.rule),
                cue: verdict.map(|d| d.cue),
                text: text[start..end].to_string(),
                start,
                end,
                char_start: chars.at(start),
                char_end: chars.at(end),
            });
        }
        let source = page.site.clone().or(page.author.clone());
        let path = path.into();
        let date = page.date.or_else(|| date_in_path(&path));
        Article {
            id: content_id(&text),
            path,
            title: page.title,
            date,
            source,
            dateline: None,
            blocks,
            facts: Vec::new(),
            text_len: text.len(),
            url: page.url,
            lang: page.lang,
            links: page.links,
        }
    }

    /// Kept blocks, in order.
    pub fn kept(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.kept)
    }

    /// The title, or the first words of the text.
    pub fn display_title(&self) -> String {
        if let Some(t) = &self.title {
            return t.clone();
        }
        let first = self
            .kept()
            .next()
            .map(|b| b.text.as_str())
            .unwrap_or("(empty)");
        let mut words: Vec<&str> = first.split_whitespace().take(10).collect();
        if first.split_whitespace().count() > 10 {
            words.push("…");
        }
        words.join(" ")
    }
}

/// A 64-bit content hash as 16 hex digits.
pub fn content_id(text: &str) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()))
}

/// Byte offset → char offset, for increasing offsets.
struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    fn new(text: &'a str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }
    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

/// A leading `date YYYY-MM-DD` marker: removed from the first block, returned as the date.
/// The publication date a page prints near its top ("Posted: 12 January 2012", "First Posted:
/// Jan 12, 2012 7:18am", "2011-12-09"): the first full day in a dropped date line before the
/// article's third paragraph. Lines further down date other stories (related links, comments).
fn published(blocks: &[Block]) -> Option<String> {
    let mut kept = 0;
    for b in blocks {
        if b.kept {
            kept += 1;
            if kept >= 3 {
                return None;
            }
            continue;
        }
        if b.rule == Some("date-line") && boilerplate::iso_day_first(&b.text) {
            let day = b.text[..10].replace('/', "-");
            if is_iso_date(&day) {
                return Some(day);
            }
        }
        if !matches!(b.rule, Some("date-only" | "date-line")) {
            continue;
        }
        let toks = super::facts::text::tokenize(&b.text);
        let day = super::facts::dates::find(&toks, &b.text, None)
            .into_iter()
            .find_map(|d| d.value.filter(|v| v.len() == 10))
            // "14.03.2024, 18.32 Uhr", "12 марта 2024", "2024年3月14日".
            .or_else(|| super::dateline::day(&b.text));
        if day.is_some() {
            return day;
        }
    }
    None
}

/// A date written in the file's path, as archives and scrapers name files
/// ("breitbart_2016-01-23_poll.txt", "2016/01/23/story.html", "20160123-poll.txt"): the last
/// one, for an article the text does not date. Years 1990–2099 only, and a real calendar day.
pub fn date_in_path(path: &str) -> Option<String> {
    let b = path.as_bytes();
    let digits = |i: usize, n: usize| b.get(i..i + n).filter(|d| d.iter().all(u8::is_ascii_digit));
    let num = |d: &[u8]| d.iter().fold(0u32, |v, c| v * 10 + u32::from(c - b'0'));
    let mut found = None;
    for i in 0..b.len() {
        if i > 0 && b[i - 1].is_ascii_digit() {
            continue;
        }
        let Some(y) = digits(i, 4) else { continue };
        // YYYY-MM-DD, YYYY_MM_DD, YYYY/MM/DD, YYYY.MM.DD, or YYYYMMDD.
        let (m, d, end) = match b.get(i + 4) {
            Some(&sep @ (b'-' | b'_' | b'/' | b'.')) if b.get(i + 7) == Some(&sep) => {
                match (digits(i + 5, 2), digits(i + 8, 2)) {
                    (Some(m), Some(d)) => (m, d, i + 10),
                    _ => continue,
                }
            }
            _ => match (digits(i + 4, 2), digits(i + 6, 2)) {
                (Some(m), Some(d)) => (m, d, i + 8),
                _ => continue,
            },
        };
        if b.get(end).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let (y, m, d) = (num(y), num(m), num(d));
        if (1990..2100).contains(&y)
            && let Some(day) = chrono::NaiveDate::from_ymd_opt(y as i32, m, d)
        {
            found = Some(day.to_string());
        }
    }
    found
}

fn take_date_marker(text: &str, raw: &mut [RawBlock]) -> Option<String> {
    let first = raw.first_mut()?;
    let t = &text[first.start..first.end];
    let rest = t
        .strip_prefix("date ")
        .or_else(|| t.strip_prefix("Date: "))
        .or_else(|| t.strip_prefix("date: "))?;
    let date = rest.get(..10)?;
    if !is_iso_date(date) {
        return None;
    }
    let after = &rest[10..];
    let skip = t.len() - after.trim_start().len();
    first.start += skip;
    first.text =
        first.text[first.text.len().saturating_sub(after.trim_start().len())..].to_string();
    Some(date.to_string())
}

pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
}

fn headline_like(text: &str) -> bool {
    headline_like_with(text, &boilerplate::Features::of(text))
}

/// [`headline_like`], for a caller that has the line's features already.
fn headline_like_with(text: &str, f: &boilerplate::Features) -> bool {
    let t = text.trim_end();
    f.weq >= 2.0
        && f.weq <= 30.0
        && !f.bullet
        && !t.ends_with(['.', ',', ';', ':', '。', '，', '；', '：'])
        // "首頁＞頭條新聞", "Home > World": a breadcrumb.
        && !t.contains(['>', '＞', '›'])
        // "調整字體︰大中小": a tool's label and its choices.
        && !t.contains(['︰'])
        && !f.email
        && f.letters > 0.6
        // "You are fully responsible for": a line cut from a paragraph ends on a function word.
        && !t.rsplit(' ').next().is_some_and(|w| {
            ["for", "the", "of", "and", "to", "a", "an", "in", "on", "with", "by", "or", "at", "from", "that"]
                .contains(&w)
        })
        // "» Links to this article": an arrow or a symbol opens a link, not a headline.
        // ("full rules governing": a line cut from a paragraph starts in lower case; "iPhone
        // sales surge" is a brand.)
        // ("« Back to NHL Home": a guillemet and a space point back; one that opens a quote
        // touches its first word.)
        && !t.trim_start().strip_prefix('«').is_some_and(|r| r.starts_with(char::is_whitespace))
        && (t.trim_start().chars().nth(1).is_some_and(char::is_uppercase)
            || t.trim_start().chars().next().is_some_and(|c| {
            c.is_uppercase() || (c.is_alphanumeric() && !c.is_lowercase()) || matches!(c, '"' | '\'' | '`' | '“' | '‘' | '«' | '„' | '(' | '¿' | '¡')
        }))
}

/// The headline: the first block when it reads like one and text follows it, or, in a page dump,
/// the nearest headline-like line before the article region.
fn find_title(raw: &[RawBlock], verdicts: &mut [Option<Drop>]) -> Option<String> {
    let first_kept = verdicts.iter().position(Option::is_none)?;
    let has_more = verdicts[first_kept + 1..].iter().any(Option::is_none);
    if has_more
        && headline_like(&raw[first_kept].text)
        && !raw[first_kept].text.trim_end().ends_with('.')
    {
        let first_is_prose = boilerplate::Features::of(&raw[first_kept].text).prose();
        if !first_is_prose {
            verdicts[first_kept] = Some(Drop::new(Reason::Title, "headline", "first line"));
            return Some(raw[first_kept].text.clone());
        }
    }
    // Look back from the region for a headline the region pass left outside: the nearest one
    // that a byline or a date follows, as they follow headlines; else the nearest one.
    // (A byline or a date right under a line read as a related link shows it is the headline:
    // "Home News Top Stories", then "Mums stage breastfeeding flashmob demonstration in
    // Brighton", then "By Mirror.co.uk 15/12/2011".)
    let signed_below = |j: usize| {
        verdicts[j + 1..(j + 3).min(first_kept)].iter().any(|v| {
            v.as_ref()
                .is_some_and(|d| matches!(d.reason, Reason::Byline | Reason::Timestamp))
        })
    };
    let candidates: Vec<usize> = (first_kept.saturating_sub(12)..first_kept)
        .rev()
        .filter(|&j| {
            let outside = verdicts[j].as_ref().is_some_and(|d| {
                matches!(d.reason, Reason::OutsideArticle | Reason::Duplicate)
                    || (d.reason == Reason::RelatedLinks
                        && d.rule == "related-list-item"
                        && signed_below(j))
            });
            if !outside {
                return false;
            }
            let text = &raw[j].text;
            let f = boilerplate::Features::of(text);
            // ("(From the last 12 hours)[rss]": a link's label in brackets is no headline.)
            headline_like_with(text, &f)
                && !text.trim_start().starts_with('(')
                && !text.contains("[rss]")
                && (text.split_whitespace().count() >= 3 || f.wide >= 6)
                && !chrome_like(text, &f)
                && !title_chrome(text, &f)
                && !boilerplate::dated(&f.lower)
        })
        .collect();
    // (A three-word line over a byline names a section or a paper: "Local Sports Wire", "From
    // The Times".)
    let signed = |j: usize| {
        raw[j].text.split_whitespace().count() >= 4
            && !raw[j].text.contains(['•', '|'])
            && verdicts[j + 1..(j + 4).min(first_kept)].iter().any(|v| {
                v.as_ref()
                    .is_some_and(|d| matches!(d.reason, Reason::Byline | Reason::Timestamp))
            })
    };
    let j = candidates
        .iter()
        .copied()
        .find(|&j| signed(j))
        .or(candidates.first().copied())?;
    verdicts[j] = Some(Drop::new(
        Reason::Title,
        "headline",
        "line before the article",
    ));
    // (A headline printed twice on its line is named once.)
    let text = &raw[j].text;
    Some(boilerplate::doubled(text).unwrap_or(text).to_string())
}

/// A line the region pass left outside that is no story's headline: a form field ("Adres email:
/// [      ]"), or what the one-block rules drop wherever it stands — a cue phrase ("Gift this
/// article"), a date line, a byline, a credit.
fn chrome_like(text: &str, f: &boilerplate::Features) -> bool {
    text.contains("[ ") || f.hits.any_strong() || boilerplate::alone_with(text, f).is_some()
}

/// What a page prints near its headline that no headline says: two share words ("Digg it
/// del.icio.us AIM"), a short sign-up call ("Sign up now"), a link's instruction ("Click for the
/// gallery"), a site's address ("\"Российская газета\" - www.rg.ru"), a toolbar's label that
/// runs into a separator ("Μοιραστείτε το |"), a list.
fn title_chrome(text: &str, f: &boilerplate::Features) -> bool {
    use boilerplate::Cat;
    let t = text.trim();
    f.hits.weight(Cat::Share) >= 2
        || (f.hits.weight(Cat::Newsletter) >= 1 && f.words <= 4)
        || f.lower.trim_start().starts_with("click ")
        || f.lower.contains("www.")
        || t.ends_with('|')
        // "The Rolling Stones 50 Cent,Celine Dion,Elton John,…": a list of tags.
        || t.matches(',').count() >= 3
        // "Roland Parry, Washington": a writer and where they write from.
        || boilerplate::names_then_outlet(t, true)
}

fn source_from(reason: Reason, text: &str) -> Option<String> {
    let t = text.trim();
    match reason {
        Reason::Source => {
            let (_, rest) = t.split_once([':', '：']).or_else(|| t.split_once(" - "))?;
            let s = rest.trim().trim_end_matches('.').trim();
            (!s.is_empty()).then(|| s.to_string())
        }
        Reason::Byline if t.contains('@') && !t.contains(' ') => t
            .split_once('@')
            .map(|(_, host)| host.trim_end_matches('.').to_string()),
        // "By Jane Doe and John Smith", "Von Anna Berger": the writers.
        Reason::Byline
            if t.split_whitespace().count() <= 12
                && ["by ", "von ", "par ", "por ", "di ", "door "]
                    .iter()
                    .any(|p| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))) =>
        {
            let name = super::html::author_name(t);
            let name = name.trim_end_matches(['.', ',']).trim();
            (!name.is_empty() && name.starts_with(char::is_uppercase)).then(|| name.to_string())
        }
        _ => None,
    }
}

/// "Gyeongju: President Lee …", "OTTAWA - The …": the place moves to `dateline`.
/// The dateline opening the first kept paragraph: its place, moved out of the paragraph
/// ("Gyeongju: …"), or its place and the agency it credits, left in ("WASHINGTON (Reuters) -").
fn take_dateline(
    text: &str,
    blocks: &mut [Block],
    chars: &mut CharCounter<'_>,
) -> Option<(String, Option<String>)> {
    let b = blocks.iter_mut().find(|b| b.kept)?;
    let (place, agency, body) = split_dateline(&b.text)?;
    let skip = b.text.len() - body.len();
    let place = place.to_string();
    let agency = agency.map(str::to_string);
    // A wire dateline stays in its paragraph: the place and the agency are facts there.
    if agency.is_some() {
        return Some((place, agency));
    }
    b.text = body.to_string();
    // Only move the range if the block text is a verbatim slice of the source.
    if text
        .get(b.start..b.start + skip)
        .is_some_and(|p| p.trim_end().len() <= skip)
    {
        b.start += skip;
        b.char_start = chars.at(b.start);
    }
    Some((place, agency))
}

/// Splits "Gyeongju: President Lee …", "WASHINGTON (Reuters) - The Federal …" or "LONDON,
/// March 20 (AP) — …" into the place, the agency in brackets, and the paragraph.
fn split_dateline(t: &str) -> Option<(&str, Option<&str>, &str)> {
    const NOT_PLACES: &[&str] = &[
        "update",
        "updated",
        "breaking",
        "analysis",
        "note",
        "editor's note",
        "watch",
        "opinion",
        "exclusive",
        "live",
        "video",
        "photos",
        "photo",
        "q",
        "a",
        "warning",
        "correction",
        "related",
        "read more",
        "source",
        "by",
        "summary",
        "background",
        "context",
        "why",
        "what",
        "how",
    ];
    let window = t.get(..t.char_indices().nth(48).map_or(t.len(), |(i, _)| i))?;
    let (cut, sep_len) = [": ", " — ", " – ", " - ", " -- "]
        .iter()
        .filter_map(|s| window.find(s).map(|p| (p, s.len())))
        .min_by_key(|(p, _)| *p)?;
    let mut place = t[..cut].trim();
    let body = &t[cut + sep_len..];
    // "(Reuters)", "(AP)" after the place; a date may come between ("LONDON, March 20").
    let mut agency = None;
    if let Some(open) = place
        .strip_suffix(')')
        .and_then(|p| p.rfind(" (").map(|i| (p, i)))
    {
        let (p, i) = open;
        let name = &p[i + 2..];
        let words = name.split_whitespace().count();
        if (1..=3).contains(&words) && name.starts_with(|c: char| c.is_uppercase()) {
            agency = Some(name);
            place = p[..i].trim();
            if let Some((before, date)) = place.split_once(", ")
                && date.split_whitespace().count() <= 4
                && date.chars().any(|c| c.is_ascii_digit())
            {
                place = before;
            }
        }
    }
    let words: Vec<&str> = place.split_whitespace().collect();
    let first_word = words.first()?;
    let name_like = words.len() <= 3
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && first_word.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    let body_ok = body
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '“' || c == '"')
        && body.split_whitespace().count() >= 8;
    (name_like && body_ok && !NOT_PLACES.contains(&place.to_lowercase().as_str()))
        .then_some((place, agency, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_marker_is_removed() {
        let text = "date 2025-10-31 Lee said he will go to the summit in Gyeongju this week.\n\nXi also came to the city for talks with him.";
        let a = Article::from_text("x", text.into());
        assert_eq!(a.date.as_deref(), Some("2025-10-31"));
        assert!(a.blocks[0].text.starts_with("Lee said"));
        assert_eq!(&text[a.blocks[0].start..a.blocks[0].end], a.blocks[0].text);
        assert_eq!(a.text_len, text.len());
    }

    #[test]
    fn a_byline_names_the_source() {
        let body = "The two leaders agreed on Tuesday to meet again next year in Seoul, officials said.\n\nThey also signed seven agreements on trade and culture at the summit.";
        for (byline, who) in [
            ("By Jane Doe and John Smith", "Jane Doe and John Smith"),
            ("Von Anna Berger", "Anna Berger"),
            ("By JANE DOE · March 12, 2024", "JANE DOE"),
        ] {
            let a = Article::from_text(
                "x",
                format!("Leaders agree to meet again\n\n{byline}\n\n{body}"),
            );
            assert_eq!(a.source.as_deref(), Some(who), "{byline}");
        }
    }

    #[test]
    fn a_printed_publication_date_dates_the_article() {
        let body = "The two leaders agreed on Tuesday to meet again next year in Seoul, officials said.\n\nThey also signed seven agreements on trade and culture at the summit.\n\nA third paragraph follows with more detail about the talks and the visit.";
        let a = Article::from_text(
            "x",
            format!(
                "Leaders agree to meet again\n\nPublished: Jan. 11, 2012 at 11:27 AM\n\n{body}"
            ),
        );
        assert_eq!(a.date.as_deref(), Some("2012-01-11"));
        // A date line that also names the source and the writer.
        let a = Article::from_text(
            "x",
            format!(
                "Leaders agree to meet again\n\n2012/01/11 18:32  来源：新华社  作者：王明\n\n{body}"
            ),
        );
        assert_eq!(a.date.as_deref(), Some("2012-01-11"));
        // A date line after the article's opening paragraphs dates something else.
        let a = Article::from_text("x", format!("{body}\n\nJanuary 18, 2008"));
        assert_eq!(a.date, None);
    }

    #[test]
    fn a_date_line_in_another_language_dates_the_article() {
        for (head, line, body, day) in [
            (
                "Neue Regeln für Mieter",
                "14.03.2024, 18.32 Uhr",
                "Die Bundesregierung hat am Dienstag neue Regeln für Mieter beschlossen, sagte die Ministerin in Berlin.\n\nKritiker halten die Pläne für unzureichend und fordern weitergehende Schritte.",
                "2024-03-14",
            ),
            (
                "Новые правила для арендаторов",
                "12 марта 2024, 14:05",
                "Правительство во вторник утвердило новые правила для арендаторов, заявил министр в Москве.\n\nКритики считают планы недостаточными и требуют большего.",
                "2024-03-12",
            ),
            (
                "Nieuwe regels voor huurders",
                "14 maart 2024 18:32",
                "Het kabinet heeft dinsdag nieuwe regels voor huurders goedgekeurd, zei de minister in Den Haag.\n\nCritici vinden de plannen onvoldoende en willen meer.",
                "2024-03-14",
            ),
            (
                "租户新规出台",
                "2024年3月14日 18:32",
                "政府周二通过了保护租户的新规定。部长在北京表示，租金上涨将放缓。\n\n批评者认为这些计划还不够。",
                "2024-03-14",
            ),
        ] {
            let a = Article::from_text("x", format!("{head}\n\n{line}\n\n{body}"));
            assert_eq!(a.date.as_deref(), Some(day), "{line}");
            assert!(a.kept().all(|b| b.text != line), "{line} kept as text");
        }
    }

    #[test]
    fn lines_that_are_no_headline() {
        assert!(headline_like("Cop kicked in head as hundreds brawl in bar"));
        assert!(headline_like("iPhone sales surge in China"));
        assert!(headline_like("“Atonement” up for British film awards"));
        assert!(!headline_like("» Links to this article"));
        assert!(!headline_like("« Back to NHL Home"));
        assert!(headline_like("«Atonement» up for British film awards"));
        assert!(!headline_like("full rules governing"));
        assert!(!headline_like("You are fully responsible for"));
    }

    #[test]
    fn a_credit_line_is_no_title() {
        let a = Article::from_text(
            "x",
            "Staff and agencies\n\nThai market bombing injures 39\n\nA bomb exploded in a crowded market in southern Thailand on Sunday, injuring 39 people, police said.\n".into(),
        );
        assert_eq!(a.title.as_deref(), Some("Thai market bombing injures 39"));
    }

    /// The title of a page dump: a menu, `top` (headline, bylines, chrome), then a short article.
    fn title_of_page(top: &str) -> Option<String> {
        let body = "Government ministers have agreed on a flood defence programme for northern England after a week of talks with local councils, the environment secretary said on Thursday.\n\nThe plan, which will fund 120 new schemes over the next six years, follows the worst winter flooding in the region for a decade, officials said.\n\nCouncil leaders welcomed the announcement but said the funding fell short of what they had asked for in talks with ministers.";
        let page = format!("Skip to main content\nWorld\nBusiness\nPolitics\n\n{top}\n\n{body}");
        Article::from_text("x", page).title
    }

    /// A page dump: menus, the headline, its byline and date, then tools the region pass leaves
    /// outside too ("Gift this article", "Ajouter à vos sélections") right above the article.
    #[test]
    fn the_headline_a_byline_follows_beats_nearer_chrome() {
        for tool in [
            "Gift this article",
            "Reading list for later",
            "Ajouter à vos sélections",
        ] {
            let top = format!(
                "Ministers agree on new flood defence plan\n\nBy Sarah Whitfield\nPublished 14 March 2024\n\nShare on Facebook\nCopy link\n{tool}"
            );
            assert_eq!(
                title_of_page(&top).as_deref(),
                Some("Ministers agree on new flood defence plan"),
                "{tool}"
            );
        }
    }

    /// One line of chrome between the headline and the article: the headline is the title, not
    /// the nearer line.
    #[test]
    fn chrome_between_the_headline_and_the_article_is_no_title() {
        for chrome in [
            // A dated byline, a share button, a photo credit.
            "Kounteya Sinha, TNN Jan 10, 2012, 02.33AM IST",
            "Share on Tumblr",
            "Nick Procaylo/Postmedia News",
            // Share words, a sign-up call, a link, a site's address, a toolbar label, tags, a
            // writer and a place.
            "Digg it del.icio.us AIM",
            "Sign up now",
            "Click for the Rolling Stones Gallery",
            "\"Российская газета\" - www.rg.ru",
            "Μοιραστείτε το |",
            "The Rolling Stones 50 Cent,Celine Dion,Elton John,P Diddy",
            "Roland Parry, Washington",
            "Ольга Бондаренко, Краснодарский край",
        ] {
            let top = format!("Government orders culling of poultry\n\n{chrome}");
            assert_eq!(
                title_of_page(&top).as_deref(),
                Some("Government orders culling of poultry"),
                "{chrome}"
            );
        }
    }

    /// A headline the region pass read as a related link is still the title when a byline
    /// follows it; a link's label in brackets never is.
    #[test]
    fn a_headline_under_a_related_header_with_a_byline_below_is_the_title() {
        let body = "A group of mothers braved the cold to stage a breastfeeding flashmob protest in the city centre on Wednesday, organisers said.\n\nAround forty women took part in the demonstration, which followed complaints that a cafe had asked a mother to stop feeding her baby.\n\nThe cafe's owner said she had apologised and that all mothers were welcome.";
        let page = format!(
            "Skip to main content\nNews\nSport\nCelebs\n\nHome News Top Stories\nMums stage breastfeeding flashmob demonstration in Brighton\nBy Mirror.co.uk 15/12/2011\n\n{body}"
        );
        let a = Article::from_text("x", page);
        assert_eq!(
            a.title.as_deref(),
            Some("Mums stage breastfeeding flashmob demonstration in Brighton")
        );
        let page = format!(
            "Skip to main content\nNews\nSport\nCelebs\n\nMost read\n(From the last 12 hours)[rss]\n\n{body}"
        );
        let a = Article::from_text("x", page);
        assert_ne!(a.title.as_deref(), Some("(From the last 12 hours)[rss]"));
    }

    #[test]
    fn headline_becomes_title() {
        let a = Article::from_text("x", "Leaders agree to meet again\n\nThe two leaders agreed on Tuesday to meet again next year in Seoul.\n".into());
        assert_eq!(a.title.as_deref(), Some("Leaders agree to meet again"));
        assert_eq!(a.kept().count(), 1);
    }

    #[test]
    fn dateline_moves_to_metadata() {
        assert_eq!(
            split_dateline(
                "Gyeongju: President Lee Jae Myung held his first summit talks with Chinese President Xi Jinping on Saturday."
            ),
            Some((
                "Gyeongju",
                None,
                "President Lee Jae Myung held his first summit talks with Chinese President Xi Jinping on Saturday."
            ))
        );
        // A wire dateline credits its agency.
        let body = "The Federal Reserve held interest rates steady on Wednesday, officials said.";
        for (line, place, agency) in [
            ("WASHINGTON (Reuters) - ", "WASHINGTON", "Reuters"),
            ("LONDON, March 20 (AP) — ", "LONDON", "AP"),
            (
                "PARIS (Agence France-Presse) -- ",
                "PARIS",
                "Agence France-Presse",
            ),
        ] {
            assert_eq!(
                split_dateline(&format!("{line}{body}")),
                Some((place, Some(agency), body)),
                "{line}"
            );
        }
        let a = Article::from_text(
            "x",
            format!(
                "Rates held\n\nWASHINGTON (Reuters) - {body}\n\nA second paragraph follows with more detail about the decision."
            ),
        );
        assert_eq!(a.dateline.as_deref(), Some("WASHINGTON"));
        assert_eq!(a.source.as_deref(), Some("Reuters"));
        assert!(
            a.kept()
                .next()
                .is_some_and(|b| b.text == format!("WASHINGTON (Reuters) - {body}"))
        );
        assert_eq!(
            split_dateline(
                "Update: The story was changed to add details about the meeting on Monday."
            ),
            None
        );
        assert_eq!(
            split_dateline("He said: the talks went well and both sides agreed to continue soon."),
            None
        );
    }

    #[test]
    fn ids_are_stable_and_content_derived() {
        assert_eq!(content_id("abc"), content_id("abc"));
        assert_ne!(content_id("abc"), content_id("abd"));
        assert_eq!(content_id("abc").len(), 16);
    }

    #[test]
    fn char_ranges_count_chars() {
        let text = "한국 기사 제목\n\n이것은 본문입니다. 매우 긴 문장이 여기에 있습니다.";
        let a = Article::from_text("x", text.into());
        let b = a.blocks.last().unwrap();
        assert_eq!(
            text.chars()
                .skip(b.char_start)
                .take(b.char_end - b.char_start)
                .collect::<String>(),
            b.text
        );
    }

    #[test]
    fn a_date_in_the_file_name_dates_an_undated_article() {
        for (path, date) in [
            (
                "docs/breitbart_2016-01-23_poll-donald.txt",
                Some("2016-01-23"),
            ),
            ("archive/2016/01/23/story.html", Some("2016-01-23")),
            ("20160123-poll.txt", Some("2016-01-23")),
            ("2016_1_23.txt", None),
            ("report-2016-13-40.txt", None),
            ("id-1234567890123.txt", None),
            ("seeds/001_69854c8e9be16728.txt", None),
        ] {
            assert_eq!(date_in_path(path).as_deref(), date, "{path}");
        }
        let a = Article::from_text("a/2016-01-23-x.txt", "Title\n\nHe spoke on Friday.".into());
        assert_eq!(a.date.as_deref(), Some("2016-01-23"));
        // A date the text prints wins over the file name's.
        let a = Article::from_text(
            "a/2016-01-23-x.txt",
            "date 2025-10-31\nTitle\n\nBody.".into(),
        );
        assert_eq!(a.date.as_deref(), Some("2025-10-31"));
    }
}
