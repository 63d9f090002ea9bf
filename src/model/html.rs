//! Saved web pages (`.html`, `.htm`, `.xhtml`, or HTML by content): the main article is found by
//! dom_smoothie (a port of Mozilla Readability, chosen on the boilerplate devset: token F1 0.942 at
//! 263 pages/s, against 0.838 at 58 pages/s for rs-trafilatura). factlens then walks the whole
//! page itself, so every block Readability left out is kept as a dropped block ("outside the
//! article"), and DOM signals Readability misses — `<figcaption>`, credit lines, elements whose
//! class, id or label says cookie/consent, share, newsletter, related, comments — drop blocks
//! even inside the article, each with its reason.

pub mod charset;

use dom_query::{Document, NodeRef};
use rustc_hash::FxHashMap as HashMap;

use super::boilerplate::Reason;

/// Is this a saved web page? By extension, else by its first bytes.
pub fn is_html(path: &std::path::Path, bytes: &[u8]) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if matches!(ext.as_deref(), Some("html" | "htm" | "xhtml" | "shtml")) {
        return true;
    }
    sniff(bytes)
}

/// HTML by content: the first tag (after a BOM, blanks and comments) is a doctype or `<html>`,
/// `<head>`, `<body>` or `<meta>`.
pub fn sniff(bytes: &[u8]) -> bool {
    let head: Vec<u8> = bytes
        .iter()
        .take(1024)
        .map(u8::to_ascii_lowercase)
        .collect();
    let text = String::from_utf8_lossy(&head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<?xml",
    ]
    .iter()
    .any(|p| t.starts_with(p))
        || (t.starts_with("<!--") && t.contains("<html"))
}

/// One block of the page in document order, and why it is not article text.
#[derive(Debug, Clone, PartialEq)]
pub struct PageBlock {
    pub text: String,
    pub drop: Option<(Reason, &'static str, String)>,
    /// The signal of a large element around this block (too large to trust on its own): the
    /// element's number and the signal. It applies when that element turns out not to hold the
    /// article (see [`held_signals`]).
    pub held: Option<(usize, Signal)>,
}

/// A DOM signal: reason, rule, cue.
pub type Signal = (Reason, &'static str, String);

/// What factlens takes from a page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub title: Option<String>,
    /// ISO date (`YYYY-MM-DD`) of publication.
    pub date: Option<String>,
    pub author: Option<String>,
    pub site: Option<String>,
    pub lang: Option<String>,
    pub url: Option<String>,
    pub blocks: Vec<PageBlock>,
    /// Links inside the article, numbered from 1 in the text (`[1]`).
    pub links: Vec<String>,
}

const SKIP: &[&str] = &[
    "script", "style", "noscript", "svg", "math", "template", "head", "iframe", "object", "embed",
    "select", "option", "button", "input", "textarea", "canvas", "video", "audio", "map",
];

const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "nav",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "form",
    "address",
    "hr",
    "details",
    "summary",
    "caption",
    "center",
    "body",
    "fieldset",
    "legend",
    "br",
];

/// The DOM signal of one element and whether the element is large (more text than chrome has).
fn signal(node: &NodeRef<'_>, name: &str) -> Option<(Signal, bool)> {
    let by_tag = match name {
        "figcaption" => Some((Reason::PhotoCaption, "figcaption")),
        "nav" => Some((Reason::Navigation, "nav-element")),
        "footer" => Some((Reason::OutsideArticle, "footer-element")),
        "aside" => Some((Reason::RelatedLinks, "aside-element")),
        _ => None,
    };
    // Chrome is small: a container with a lot of text is the page or the article itself,
    // whatever its class says (ASP.NET wraps whole pages in one <form>; themes put "comments"
    // or "advert" in the article wrapper's classes).
    let big = || node.text().len() > MAX_CHROME_BYTES;
    if let Some((r, rule)) = by_tag {
        let big = name != "figcaption" && big();
        return Some(((r, rule, format!("<{name}>")), big));
    }
    let mut names = String::new();
    for a in ["class", "id", "aria-label", "role", "data-testid"] {
        if let Some(v) = node.attr(a) {
            names.push_str(&v.to_ascii_lowercase());
            names.push(' ');
        }
    }
    if names.is_empty() {
        return None;
    }
    const SUBSTRINGS: &[(&str, Reason)] = &[
        ("cookie", Reason::CookieBanner),
        ("consent", Reason::CookieBanner),
        ("gdpr", Reason::CookieBanner),
        ("caption", Reason::PhotoCaption),
        ("credit", Reason::PhotoCaption),
        ("comment", Reason::Comments),
        ("coment", Reason::Comments),   // es, pt: comentarios
        ("koment", Reason::Comments),   // pl, cs, sk: komentarze
        ("komment", Reason::Comments),  // de, sv, no, da, ru (translit.): kommentar
        ("reacties", Reason::Comments), // nl
        ("yorum", Reason::Comments),    // tr
        ("disqus", Reason::Comments),
        ("newsletter", Reason::Newsletter),
        ("subscribe", Reason::Newsletter),
        ("signup", Reason::Newsletter),
        ("related", Reason::RelatedLinks),
        ("recommend", Reason::RelatedLinks),
        ("outbrain", Reason::RelatedLinks),
        ("taboola", Reason::RelatedLinks),
        ("share", Reason::UiChrome),
        ("social", Reason::UiChrome),
        ("breadcrumb", Reason::Navigation),
        ("advert", Reason::Advertisement),
        ("sponsor", Reason::Advertisement),
        ("byline", Reason::Byline),
        ("copyright", Reason::Copyright),
    ];
    let found = SUBSTRINGS
        .iter()
        .find(|(word, _)| names.contains(word))
        .map(|(word, reason)| (*reason, (*word).to_string()))
        .or_else(|| {
            // Short words only as whole tokens ("ad" is in "header" and "read").
            names
                .split(|c: char| !c.is_ascii_alphanumeric())
                .find_map(|token| {
                    let reason = match token {
                        "ad" | "ads" | "adv" | "promo" => Reason::Advertisement,
                        "menu" | "navbar" | "navigation" => Reason::Navigation,
                        "author" => Reason::Byline,
                        _ => return None,
                    };
                    Some((reason, token.to_string()))
                })
        })?;
    Some(((found.0, "dom-attribute", found.1), big()))
}

/// Text of an element above which its class or tag is not taken as a sign of chrome.
const MAX_CHROME_BYTES: usize = 1500;

/// Walks a DOM into blocks, iteratively (a 100,000-deep page must not overflow the stack).
/// With `links`, anchors get a `[n]` marker and their targets are collected.
fn walk(root: &NodeRef<'_>, mut links: Option<&mut Vec<String>>) -> Vec<PageBlock> {
    /// What an element passes to its children: a signal to apply, a signal held by a large
    /// element (with the element's number).
    #[derive(Clone, Default)]
    struct Ctx {
        drop: Option<Signal>,
        held: Option<(usize, Signal)>,
    }
    enum Step<'a> {
        Enter(NodeRef<'a>, Ctx),
        Exit(bool, Option<String>),
    }
    let mut out: Vec<PageBlock> = Vec::new();
    let mut cur = String::new();
    let mut cur_ctx = Ctx::default();
    // Bytes of the current block's text not under a drop signal, and under one: an inline
    // element with a chrome class holding a tenth of the text at most (a comment counter "0"
    // opening each paragraph) does not take the paragraph.
    let mut signalled = [0usize; 2];
    let mut large = 0usize;
    let mut numbered: HashMap<String, usize> = HashMap::default();
    let flush = |cur: &mut String,
                 cur_ctx: &mut Ctx,
                 signalled: &mut [usize; 2],
                 out: &mut Vec<PageBlock>| {
        let text = collapse(cur);
        let mut ctx = std::mem::take(cur_ctx);
        if signalled[1] * 10 <= signalled[0] {
            ctx.drop = None;
        }
        *signalled = [0, 0];
        if !text.is_empty() {
            out.push(PageBlock {
                text,
                drop: ctx.drop,
                held: ctx.held,
            });
        }
        cur.clear();
    };
    let mut stack = vec![Step::Enter(*root, Ctx::default())];
    while let Some(step) = stack.pop() {
        match step {
            Step::Exit(block, link) => {
                if let (Some(href), Some(links)) = (link, links.as_deref_mut()) {
                    let n = *numbered.entry(href.clone()).or_insert_with(|| {
                        links.push(href);
                        links.len()
                    });
                    cur.push_str(&format!(" [{n}]"));
                }
                if block {
                    flush(&mut cur, &mut cur_ctx, &mut signalled, &mut out);
                }
            }
            Step::Enter(node, inherited) => {
                if node.is_text() {
                    if cur.is_empty() || cur_ctx.drop.is_none() {
                        cur_ctx.drop = inherited.drop.clone().or(cur_ctx.drop.take());
                    }
                    if cur.is_empty() || cur_ctx.held.is_none() {
                        cur_ctx.held = inherited.held.clone().or(cur_ctx.held.take());
                    }
                    let text = node.text();
                    signalled[usize::from(inherited.drop.is_some())] += text.trim().len();
                    cur.push_str(&text);
                    continue;
                }
                if !(node.is_element() || node.is_document() || node.is_fragment()) {
                    continue;
                }
                let name = node
                    .node_name()
                    .map(|n| n.to_ascii_lowercase())
                    .unwrap_or_default();
                if SKIP.contains(&name.as_str()) || node.attr("hidden").is_some() {
                    continue;
                }
                let block = BLOCK.contains(&name.as_str());
                if block {
                    flush(&mut cur, &mut cur_ctx, &mut signalled, &mut out);
                } else if matches!(name.as_str(), "a" | "button")
                    && !cur.ends_with(char::is_whitespace)
                    && node.prev_sibling().is_some_and(|p| {
                        p.is_element()
                            && p.node_name()
                                .is_some_and(|n| matches!(&*n.to_ascii_lowercase(), "a" | "button"))
                    })
                {
                    // `<a>Facebook</a><a>X</a>`: links or buttons side by side are separate
                    // words ("Facebook X", not "FacebookX").
                    cur.push(' ');
                }
                let mut ctx = inherited;
                if node.is_element() && ctx.drop.is_none() {
                    match signal(&node, &name) {
                        Some((sig, false)) => ctx.drop = Some(sig),
                        Some((sig, true)) => {
                            large += 1;
                            ctx.held = Some((large, sig));
                        }
                        None => {}
                    }
                }
                let link = (name == "a")
                    .then(|| node.attr("href"))
                    .flatten()
                    .map(|h| h.to_string())
                    .filter(|h| h.starts_with("http://") || h.starts_with("https://"));
                stack.push(Step::Exit(block, link));
                let children = node.children();
                for child in children.into_iter().rev() {
                    stack.push(Step::Enter(child, ctx.clone()));
                }
            }
        }
    }
    flush(&mut cur, &mut cur_ctx, &mut signalled, &mut out);
    out
}

/// Whitespace collapsed to single spaces, trimmed.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The publication date as `YYYY-MM-DD`, from the start of an ISO timestamp.
fn iso_day(s: &str) -> Option<String> {
    let s = s.trim();
    let day = s.get(..10)?;
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// Nesting deeper than this is flattened before parsing: html5ever's tree builder scans the
/// stack of open elements for every start tag, so a 100,000-deep page would take hours.
const MAX_DEPTH: usize = 512;

/// `html` with the start tags that would nest deeper than `limit` removed (their text stays;
/// the parser ignores the then-unmatched end tags). Pages within the limit are returned as is.
fn flatten_deep(html: &str, limit: usize) -> std::borrow::Cow<'_, str> {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param",
    ];
    let b = html.as_bytes();
    let mut depth = 0usize;
    let mut cut: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(off) = memchr_lt(&b[i..]) {
        let at = i + off;
        let rest = &b[at..];
        if rest.starts_with(b"<!--") {
            i = find_from(b, at + 4, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        let Some(end) = find_from(b, at, b">") else {
            break;
        };
        let tag = &html[at + 1..end];
        i = end + 1;
        if let Some(name) = tag.strip_prefix('/') {
            let _ = name;
            depth = depth.saturating_sub(1);
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() || VOID.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            i = find_ci(b, i, close.as_bytes()).unwrap_or(b.len());
            continue;
        }
        depth += 1;
        if depth > limit {
            cut.push((at, end + 1));
            depth -= 1;
        }
    }
    if cut.is_empty() {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (a, e) in cut {
        out.push_str(&html[from..a]);
        from = e;
    }
    out.push_str(&html[from..]);
    std::borrow::Cow::Owned(out)
}

/// `html` with its `<title>` closed where the title text ends. The parser reads a title as raw
/// text up to a proper `</title>`; saved pages with a mangled end tag (`</titlevalue="true" -->`,
/// `</titavaScript" src=…`) would otherwise put the whole page into the title and leave no text.
fn close_title(html: &str) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    let head = &b[..b.len().min(64 * 1024)];
    let Some(open) = find_ci(head, 0, b"<title") else {
        return html.into();
    };
    let Some(text_start) = find_from(head, open, b">").map(|e| e + 1) else {
        return html.into();
    };
    let Some(lt) = memchr_lt(&b[text_start..]).map(|p| text_start + p) else {
        return html.into();
    };
    let rest = &b[lt..];
    let closed = rest.len() >= 8
        && rest[..7].eq_ignore_ascii_case(b"</title")
        && matches!(
            rest[7],
            b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'
        );
    if closed {
        return html.into();
    }
    let mut out = String::with_capacity(html.len() + 8);
    out.push_str(&html[..lt]);
    out.push_str("</title>");
    out.push_str(&html[lt..]);
    out.into()
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'<')
}

fn find_from(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

/// Extracts the article, its metadata and every other block of the page.
pub fn extract(html: &str) -> Page {
    let html = close_title(html);
    let html = flatten_deep(&html, MAX_DEPTH);
    let html = html.as_ref();
    let doc = Document::from(html);
    let page_blocks = walk(&doc.root(), None);
    let canonical = doc
        .select("link[rel=canonical]")
        .attr("href")
        .map(|s| s.to_string())
        .filter(|u| u.starts_with("http"));
    let time_attr = doc
        .select("time[datetime]")
        .attr("datetime")
        .map(|s| s.to_string());
    // Readability works on the same parsed document (it rewrites it; the walk is done).
    let cfg = dom_smoothie::Config {
        max_elements_to_parse: 200_000,
        ..Default::default()
    };
    let parsed = dom_smoothie::Readability::with_document(doc, canonical.as_deref(), Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok());
    let mut page = Page::default();
    let mut content: Vec<PageBlock> = Vec::new();
    if let Some(a) = &parsed {
        let fragment = Document::from(a.content.as_ref());
        content = walk(&fragment.root(), Some(&mut page.links));
        page.title = Some(collapse(&a.title)).filter(|t| !t.is_empty());
        page.author = a
            .byline
            .as_deref()
            .map(|b| author_name(&collapse(b)))
            .filter(|t| !t.is_empty());
        page.site = a
            .site_name
            .as_deref()
            .map(collapse)
            .filter(|t| !t.is_empty());
        page.lang = a.lang.clone();
        page.url = a.url.clone().or(canonical.clone());
        page.date = a.published_time.as_deref().and_then(iso_day);
    }
    if page.date.is_none() {
        page.date = time_attr.as_deref().and_then(iso_day);
    }
    if page.url.is_none() {
        page.url = canonical;
    }
    // "Headline - Section - Site": the page's own headline block is the better title.
    if let Some(t) = page.title.clone() {
        let headline = page_blocks
            .iter()
            .map(|b| b.text.as_str())
            .filter(|h| h.len() >= 10 && h.len() < t.len())
            .find(|h| {
                const SEP: [char; 7] = ['-', '|', '–', '—', ':', '·', '/'];
                // "Headline - Site" or "Site - Section | Headline".
                t.strip_prefix(h)
                    .is_some_and(|rest| rest.trim_start().starts_with(SEP))
                    || t.strip_suffix(h)
                        .is_some_and(|rest| rest.trim_end().ends_with(SEP))
            });
        if let Some(h) = headline {
            page.title = Some(h.to_string());
        }
    }
    let page_blocks = held_signals(page_blocks, &content);
    page.blocks = merge(&page_blocks, content, page.title.as_deref());
    page
}

/// The article's blocks in order, with the page's other blocks (dropped) where they stood.
/// Every article block is kept unless the DOM says otherwise; a page block matched to an article
/// block lends it its DOM signal (the article copy has lost its classes).
/// Text without the `[n]` link markers of the article copy (what matching compares).
fn unmarked(s: &str) -> String {
    let mut k = String::new();
    let mut rest = s;
    while let Some(open) = rest.find(" [") {
        let close = rest[open..].find(']').map(|c| open + c);
        let is_marker = close.is_some_and(|c| {
            rest[open + 2..c].chars().all(|ch| ch.is_ascii_digit()) && c > open + 2
        });
        let c = close.unwrap_or(rest.len() - 1);
        k.push_str(&rest[..if is_marker { open } else { c + 1 }]);
        rest = &rest[c + 1..];
    }
    k.push_str(rest);
    k
}

/// A large element whose class says comments, related, share… is chrome when it does not hold
/// the start of the article: its signal then applies to its blocks. ("material-komentarze" around
/// nineteen comments is; an article wrapper with "has-comments" in its class is not.)
fn held_signals(mut page: Vec<PageBlock>, content: &[PageBlock]) -> Vec<PageBlock> {
    let Some(start) = content
        .iter()
        .find(|b| b.drop.is_none() && b.text.chars().count() >= 80)
        .or(content.first())
    else {
        return page;
    };
    let probe: String = unmarked(&start.text).chars().take(60).collect();
    let holds_article: rustc_hash::FxHashSet<usize> = page
        .iter()
        .filter(|b| b.text.starts_with(&probe))
        .filter_map(|b| b.held.as_ref().map(|h| h.0))
        .collect();
    for b in &mut page {
        if let Some((n, sig)) = b.held.take()
            && b.drop.is_none()
            && !holds_article.contains(&n)
        {
            b.drop = Some((sig.0, "dom-attribute-large", sig.2));
        }
    }
    page
}

/// The writer's name from a byline: "By Jane Doe · March 12, 2024" → "Jane Doe".
pub(crate) fn author_name(byline: &str) -> String {
    let first = byline
        .split(['·', '|', '•'])
        .next()
        .unwrap_or(byline)
        .trim();
    let lower = first.to_lowercase();
    let named = ["by ", "von ", "par ", "por ", "di ", "door "]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map_or(first, |p| &first[p.len()..]);
    named.trim().to_string()
}

fn merge(page: &[PageBlock], content: Vec<PageBlock>, title: Option<&str>) -> Vec<PageBlock> {
    let key = unmarked;
    let mut position: HashMap<String, usize> = HashMap::default();
    for (i, b) in content.iter().enumerate() {
        position.entry(key(&b.text)).or_insert(i);
    }
    let mut out: Vec<PageBlock> = Vec::new();
    let mut content: Vec<Option<PageBlock>> = content.into_iter().map(Some).collect();
    let mut next = 0usize;
    // Outside the article; named more precisely when the one-block rules know the block (a
    // cookie banner after the article reads "cookie-banner" in the reader, not "outside").
    let outside = |text: &str| match crate::model::boilerplate::alone(text) {
        Some(d) => (d.reason, d.rule, d.cue),
        None => (
            Reason::OutsideArticle,
            "outside-readability",
            "not in the article".to_string(),
        ),
    };
    for b in page {
        match position.get(&key(&b.text)) {
            Some(&i) if i >= next => {
                for slot in content.iter_mut().take(i + 1).skip(next) {
                    if let Some(mut c) = slot.take() {
                        if c.drop.is_none() && key(&c.text) == key(&b.text) {
                            c.drop = b.drop.clone();
                        }
                        out.push(c);
                    }
                }
                next = i + 1;
            }
            _ => {
                let is_title = title.is_some_and(|t| collapse(t) == b.text);
                let drop = if is_title {
                    (Reason::Title, "page-title", b.text.clone())
                } else {
                    b.drop.clone().unwrap_or_else(|| outside(&b.text))
                };
                out.push(PageBlock {
                    text: b.text.clone(),
                    drop: Some(drop),
                    held: None,
                });
            }
        }
    }
    out.extend(content.into_iter().flatten());
    // The article's first block repeating the headline is the title, not text.
    if let Some(t) = title.map(collapse)
        && let Some(first) = out.iter_mut().find(|b| b.drop.is_none())
        && key(&first.text) == t
    {
        first.drop = Some((Reason::Title, "page-title", t));
    }
    coalesce(out)
}

/// Runs of short dropped blocks with the same reason and rule (menu items, link lists) become
/// one block, so `b` in the reader shows "Home · World · Sport", not one line per item.
fn coalesce(blocks: Vec<PageBlock>) -> Vec<PageBlock> {
    const SHORT: usize = 80;
    let mut out: Vec<PageBlock> = Vec::with_capacity(blocks.len());
    for b in blocks {
        if let Some(last) = out.last_mut()
            && let (Some(d), Some(e)) = (&last.drop, &b.drop)
            && d.0 == e.0
            && d.1 == e.1
            && d.0 != Reason::Title
            && b.text.len() <= SHORT
            && last.text.len() < 2000
            && (last.text.len() <= SHORT || last.text.contains(" · "))
        {
            last.text.push_str(" · ");
            last.text.push_str(&b.text);
            continue;
        }
        out.push(b);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head>
<title>Leaders meet in Gyeongju | Example News</title>
<meta property="og:title" content="Leaders meet in Gyeongju">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-11-01T09:30:00+09:00">
<link rel="canonical" href="https://news.example/world/leaders-meet">
<script>var tracking = "do not read me";</script>
<style>p { color: red }</style>
</head><body>
<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a></nav>
<div id="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
<article>
<h1>Leaders meet in Gyeongju</h1>
<p class="byline">By Jane Reporter</p>
<p>President Lee Jae-myung met Chinese President Xi Jinping in Gyeongju on Saturday, the first summit between the two leaders since Lee took office in June.</p>
<figure><img src="a.jpg"><figcaption>Lee and Xi shake hands before their talks. (Yonhap)</figcaption></figure>
<p>The two sides signed seven memorandums of understanding, covering trade, culture and the environment, according to <a href="https://www.president.go.kr/briefing">the presidential office</a>.</p>
<div class="share-tools">Share on Facebook Share on X</div>
<p>Xi last visited South Korea in July 2014, when he met then-President Park Geun-hye in Seoul and the two leaders agreed to expand trade between the two countries.</p>
</article>
<aside class="related-stories"><h3>Related</h3><ul><li><a href="/x">Markets rally after summit</a></li></ul></aside>
<div class="comments"><h3>Leave a Reply</h3><form><textarea></textarea></form></div>
<footer>© 2025 Example News. All rights reserved.</footer>
</body></html>"#;

    fn kept(p: &Page) -> Vec<&str> {
        p.blocks
            .iter()
            .filter(|b| b.drop.is_none())
            .map(|b| b.text.as_str())
            .collect()
    }

    fn reason_of<'a>(p: &'a Page, needle: &str) -> Option<&'a Reason> {
        p.blocks
            .iter()
            .find(|b| b.text.contains(needle))
            .and_then(|b| b.drop.as_ref().map(|d| &d.0))
    }

    #[test]
    fn article_metadata_and_dropped_blocks_with_reasons() {
        let p = extract(PAGE);
        assert_eq!(p.title.as_deref(), Some("Leaders meet in Gyeongju"));
        assert_eq!(p.date.as_deref(), Some("2025-11-01"));
        assert_eq!(p.site.as_deref(), Some("Example News"));
        assert_eq!(p.lang.as_deref(), Some("en"));
        assert_eq!(
            p.url.as_deref(),
            Some("https://news.example/world/leaders-meet")
        );
        let k = kept(&p);
        assert_eq!(k.len(), 3, "{k:#?}");
        assert!(k[0].starts_with("President Lee Jae-myung met"));
        assert!(k[1].ends_with("the presidential office [1]."), "{}", k[1]);
        assert_eq!(p.links, ["https://www.president.go.kr/briefing"]);
        assert_eq!(reason_of(&p, "shake hands"), Some(&Reason::PhotoCaption));
        assert_eq!(reason_of(&p, "We use cookies"), Some(&Reason::CookieBanner));
        assert_eq!(reason_of(&p, "Share on Facebook"), Some(&Reason::UiChrome));
        assert_eq!(reason_of(&p, "Leave a Reply"), Some(&Reason::Comments));
        assert_eq!(reason_of(&p, "Markets rally"), Some(&Reason::RelatedLinks));
        assert_eq!(reason_of(&p, "Home World"), Some(&Reason::Navigation));
        assert!(reason_of(&p, "All rights reserved").is_some());
        assert!(!p.blocks.iter().any(|b| b.text.contains("tracking")));
        assert!(!p.blocks.iter().any(|b| b.text.contains("color: red")));
    }

    /// A banner the article pass leaves outside keeps the name the one-block rules give it.
    #[test]
    fn outside_blocks_are_named_by_the_block_rules() {
        let page = PAGE.replace(
            "</body>",
            "<div id=\"onetrust-banner-sdk\"><div>We use cookies to personalise content and ads, and to analyse our traffic.</div><button>Accept All Cookies</button></div></body>",
        );
        let p = extract(&page);
        assert_eq!(reason_of(&p, "We use cookies"), Some(&Reason::CookieBanner));
    }

    #[test]
    fn the_author_is_the_name_in_the_byline() {
        assert_eq!(author_name("By Jane Doe · March 12, 2024"), "Jane Doe");
        assert_eq!(author_name("Von Anna Berger | 14.03.2024"), "Anna Berger");
        assert_eq!(author_name("Jane Doe"), "Jane Doe");
    }

    #[test]
    fn a_site_prefixed_title_yields_the_headline_and_its_repeat_is_not_text() {
        let body = "<p>Arab leaders gave a mixed response on Sunday to the speech, which called on them to press for reform, while officials in Riyadh said they would study it.</p>".repeat(4);
        let html = format!(
            "<html><head><title>Khaleej Times Online - Bush speech draws mixed response</title></head><body><div><h2>Bush speech draws mixed response</h2>{body}</div></body></html>"
        );
        let p = extract(&html);
        assert_eq!(p.title.as_deref(), Some("Bush speech draws mixed response"));
        let k = kept(&p);
        assert!(k.iter().all(|t| t.starts_with("Arab leaders")), "{k:#?}");
    }

    #[test]
    fn a_large_comment_section_goes_but_a_large_article_wrapper_with_a_chrome_class_stays() {
        let para = |i: usize| {
            format!(
                "<p>Paragraph {i} of the report: the two leaders met in Gyeongju on Saturday and agreed to expand exchanges between their peoples, officials said afterwards.</p>"
            )
        };
        let comment = |i: usize| {
            format!(
                "<div class=\"wpis\"><p>Czytelnik {i} (gość), 03.01.12</p><p>Dajcie już spokój {i}, to się robi męczące, nagonka na klub.</p></div>"
            )
        };
        let html = format!(
            "<html><head><title>Leaders meet</title></head><body><div class=\"post newsletter-signup-enabled\"><h1>Leaders meet</h1>{}</div><section id=\"material-komentarze\"><h2>Komentarze</h2>{}</section></body></html>",
            (0..12).map(para).collect::<String>(),
            (0..25).map(comment).collect::<String>()
        );
        let p = extract(&html);
        let k = kept(&p);
        assert_eq!(k.len(), 12, "{k:#?}");
        assert!(k.iter().all(|t| t.starts_with("Paragraph")), "{k:#?}");
        let dropped = p
            .blocks
            .iter()
            .find(|b| b.text.contains("nagonka"))
            .and_then(|b| b.drop.clone());
        assert!(
            dropped.as_ref().is_some_and(|d| d.0 == Reason::Comments),
            "{dropped:?}"
        );
    }

    #[test]
    fn a_comment_counter_opening_a_paragraph_does_not_take_it() {
        let html = "<html><body><div class=\"article-text\"><p><a class=\"comments_count\" title=\"Leave a comment\">0</a>Former Greek prime minister George Papandreou plans to step down as leader of the governing party, Greek media reported on Wednesday.</p><p><span class=\"comment-author\">Maria K.</span> I agree.</p></div></body></html>";
        let p = extract(html);
        assert_eq!(
            reason_of(&p, "Former Greek prime minister"),
            None,
            "{:#?}",
            p.blocks
        );
        // A block mostly inside the chrome element stays dropped.
        assert_eq!(reason_of(&p, "Maria K."), Some(&Reason::Comments));
    }

    #[test]
    fn a_mangled_title_end_tag_does_not_swallow_the_page() {
        let html = "<html><head><title id=\"t\">Bush to Saudis</titlevalue=\"true\" -->\n</head><body><p>President Bush is urging OPEC nations to put more oil into the world market, he told reporters in Riyadh on Tuesday.</p></body></html>";
        let p = extract(html);
        assert!(
            kept(&p).iter().any(|t| t.starts_with("President Bush")),
            "{:#?}",
            p.blocks
        );
        // A proper title is left alone.
        assert_eq!(
            close_title("<title>A</title><p>x</p>"),
            "<title>A</title><p>x</p>"
        );
        assert!(matches!(
            close_title("<title>A</title >"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn links_side_by_side_are_separate_words() {
        let page = extract(
            "<html><body><article><p>The council approved the library plan on Tuesday after a long debate, the mayor said.</p><p>The new branch will open next year in the old post office building downtown.</p></article><div class=\"x\"><a href=\"#\">Facebook</a><a href=\"#\">X</a><button>Email</button></div><p>See <a href=\"#\">Lee</a>'s plan.</p></body></html>",
        );
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.iter().any(|t| t.contains("Facebook X")), "{texts:?}");
        // A link inside a sentence stays glued to the text around it.
        assert!(
            texts.iter().any(|t| t.contains("See Lee's plan.")),
            "{texts:?}"
        );
    }

    #[test]
    fn sniffing() {
        assert!(sniff(b"  <!DOCTYPE html><html>"));
        assert!(sniff(b"\xef\xbb\xbf<html lang=en>"));
        assert!(sniff(b"<!-- saved from url --><html>"));
        assert!(!sniff(b"Lee met Xi <b>today</b>"));
        assert!(is_html(std::path::Path::new("a.HTM"), b"x"));
    }

    #[test]
    fn hostile_pages_do_not_hang_or_crash() {
        // Deep nesting, unclosed tags, a huge script, inline SVG.
        let deep = format!(
            "<html><body>{}<p>deep text</p></body></html>",
            "<div>".repeat(100_000)
        );
        let p = extract(&deep);
        assert!(p.blocks.iter().any(|b| b.text == "deep text"));
        let broken = "<html><body><p>one <b>two <i>three</p><p>four</div></span><p>five";
        let p = extract(broken);
        let all: String = p
            .blocks
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            all.contains("one two three") && all.contains("five"),
            "{all}"
        );
        let script = format!(
            "<html><body><script>{}</script><svg><text>svg text</text></svg><p>body</p></body></html>",
            "x=1;".repeat(500_000)
        );
        let p = extract(&script);
        assert!(
            p.blocks
                .iter()
                .all(|b| !b.text.contains("x=1") && !b.text.contains("svg text"))
        );
        assert!(extract("").blocks.is_empty());
    }

    #[test]
    fn a_ten_megabyte_page_loads() {
        let mut html = String::from("<html><head><title>Big</title></head><body><article>");
        let mut i = 0;
        while html.len() < 10_000_000 {
            html.push_str(&format!(
                "<div class=\"c{}\"><p>Paragraph {i}: Lee met Xi in Gyeongju on Saturday and they talked about trade.</p><span>menu</span></div>\n",
                i % 50
            ));
            i += 1;
        }
        html.push_str("</article></body></html>");
        let p = extract(&html);
        let last = format!("Paragraph {}:", i - 1);
        assert!(p.blocks.iter().any(|b| b.text.contains(&last)));
        assert!(p.blocks.iter().any(|b| b.text.contains("Paragraph 0:")));
    }
}
