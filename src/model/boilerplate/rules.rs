//! Block rules: each looks at one block (and sometimes its neighbours) and names a reason and cue.

use rustc_hash::FxHashMap as HashMap;

use super::cues::{Cat, CueSet};
use super::features::Features;
use super::{BlockView, Drop, Reason};

/// Rules that decide from one block alone. The order is the precedence.
pub fn single(blocks: &[BlockView<'_>], feats: &[Features], i: usize) -> Option<Drop> {
    let text = blocks[i].text.trim();
    let f = &feats[i];
    let set = CueSet::get();

    if f.words == 0 && f.wide == 0 {
        return Some(Drop::new(Reason::UiChrome, "no-words", shorten(text)));
    }
    let bare = bare(&f.lower);
    if set.is_ui_token(bare) {
        if f.hits.strong(Cat::Related) {
            return Some(Drop::new(
                Reason::RelatedLinks,
                "related-header",
                f.hits.cue(Cat::Related),
            ));
        }
        return Some(Drop::new(Reason::UiChrome, "ui-token", text));
    }
    // A lone letter — a close button, or "Â", the mojibake of a no-break space — is no text.
    let mut letters = text.chars();
    if f.wide == 0 && letters.next().is_some_and(char::is_alphabetic) && letters.next().is_none() {
        return Some(Drop::new(Reason::UiChrome, "lone-letter", text));
    }
    if let Some(d) = placeholder(text) {
        return Some(d);
    }
    // "Summer Report Logo.", "TengriNews Logo": an image's alternative text.
    if f.wide == 0 && f.words <= 5 && bare.rsplit(' ').next().is_some_and(|w| w == "logo") {
        return Some(Drop::new(Reason::UiChrome, "image-alt", text));
    }
    if let Some(d) = photo_caption(text, f) {
        return Some(d);
    }
    // "Mayor Park speaks to reporters. Mayor Park speaks to reporters.": an image's alternative
    // text and its caption, printed on one line.
    if f.weq <= 80.0 && doubled(text).is_some() {
        return Some(Drop::new(
            Reason::Duplicate,
            "repeated-in-line",
            "the same words twice",
        ));
    }
    if let Some(d) = byline(text, f) {
        return Some(d);
    }
    if let Some(d) = cookie(f) {
        return Some(d);
    }
    if let Some(d) = comment(f) {
        return Some(d);
    }
    let h = &f.hits;
    if (h.strong(Cat::Newsletter)
        && (f.weq <= 15.0
            || (!f.prose() && f.weq <= 40.0)
            || (call_to_action(text) && f.weq <= 30.0)))
        || (h.weight(Cat::Newsletter) >= 2 && f.weq <= 30.0 && !f.prose())
        // "Get today's headlines and news - Sign up now!": two weak cues and an exclamation.
        || (h.weight(Cat::Newsletter) >= 2 && f.weq <= 20.0 && call_to_action(text))
    {
        return Some(Drop::new(
            Reason::Newsletter,
            "newsletter-cue",
            h.cue(Cat::Newsletter),
        ));
    }
    if (h.strong(Cat::Share) && f.weq <= 12.0 && !long_prose(f))
        || (h.weight(Cat::Share) >= 2 && f.weq <= 8.0 && !f.prose())
        || (h.weight(Cat::Share) >= 4 && f.weq <= 20.0)
    {
        return Some(Drop::new(
            Reason::UiChrome,
            "share-tools",
            h.cue(Cat::Share),
        ));
    }
    if f.words <= 5 && share_button(text) {
        return Some(Drop::new(Reason::UiChrome, "share-tools", text));
    }
    // (A longer one announces its list with a colon: "Other stories from this category that
    // may interest you:".)
    let announces = text.trim_end().ends_with([':', '：']) && f.weq <= 14.0;
    if h.strong(Cat::Related) && ((f.weq <= 8.0 && !f.prose()) || announces) {
        return Some(Drop::new(
            Reason::RelatedLinks,
            "related-header",
            h.cue(Cat::Related),
        ));
    }
    // "Read more: How climate change is making floods more frequent", "À lire aussi : …": the
    // label opens the line and a colon hands over to the linked headline.
    if h.strong(Cat::Related) && f.weq <= 20.0 {
        let cue = h.cue(Cat::Related);
        let opened = f.lower.trim_start_matches(|c: char| !c.is_alphanumeric());
        if opened
            .strip_prefix(cue)
            .is_some_and(|rest| rest.trim_start().starts_with([':', '：']))
        {
            return Some(Drop::new(Reason::RelatedLinks, "related-link", cue));
        }
    }
    if let Some(d) = copyright(text, f) {
        return Some(d);
    }
    if let Some(d) = page_meta(text, f) {
        return Some(d);
    }
    if h.strong(Cat::Ad) && f.weq <= 4.0 {
        return Some(Drop::new(Reason::Advertisement, "ad-label", h.cue(Cat::Ad)));
    }
    if let Some(d) = timestamp(f) {
        return Some(d);
    }
    // "Eurosport - Sat, 29 Dec 15:58:00 2007", "Globe Staff / December 31, 2007": an outlet or
    // a desk, then the date.
    if f.weq <= 12.0 && !f.prose() {
        let t = text.trim();
        let split = [" - ", " / ", " | ", " — "]
            .iter()
            .find_map(|sep| t.split_once(sep));
        if let Some((who, when)) = split
            && (1..=3).contains(&who.split_whitespace().count())
            && who
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && dated(&when.to_lowercase())
            && timestamp(&Features::of(when)).is_some()
        {
            return Some(Drop::new(Reason::Timestamp, "source-and-date", t));
        }
    }
    // "2024-03-12 18:32  来源：新华社  作者：王明": a date line that also names the source.
    if f.weq <= 20.0 && iso_day_first(text.trim()) && !f.prose() {
        return Some(Drop::new(Reason::Timestamp, "date-line", text.trim()));
    }
    let t = text.trim_end();
    if (t.ends_with('»') || t.ends_with('›') || t.ends_with(">>")) && f.weq <= 8.0 && !f.prose()
    {
        return Some(Drop::new(
            Reason::RelatedLinks,
            "related-header",
            "link arrow",
        ));
    }
    if let Some(d) = navigation(text, f) {
        return Some(d);
    }
    None
}

/// "Juliet O'Neill and Jack Aubry, CanWest News Service", "Jane Doe, The Daily Star": writers'
/// names, a comma, and an outlet whose last word says it is one, or an outlet and its place
/// ("Andrew Hendry, Computerworld Australia"). With `place_alone`, a place alone will do ("Roland
/// Parry, Washington"): no headline reads so, but a list of winners and their towns does.
pub fn names_then_outlet(text: &str, place_alone: bool) -> bool {
    const OUTLET: &[&str] = &[
        "service",
        "news",
        "press",
        "wire",
        "agency",
        "agencies",
        "media",
        "network",
        "times",
        "post",
        "herald",
        "journal",
        "telegraph",
        "tribune",
        "gazette",
        "daily",
        "magazine",
        "bureau",
        "mail",
        "express",
        "chronicle",
        "observer",
        "guardian",
        "independent",
    ];
    if !text.contains(',') {
        return false;
    }
    let t = if text.contains(['\u{a0}', 'Â']) {
        std::borrow::Cow::Owned(text.replace(['\u{a0}', 'Â'], " "))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let Some((who, outlet)) = t.trim().trim_end_matches('.').rsplit_once(',') else {
        return false;
    };
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let small = |w: &&str| matches!(*w, "of" | "the" | "and" | "&");
    // A Russian region's kind, written in lower case after its name: "Краснодарский край".
    let region = |w: &&str| {
        matches!(
            w.trim_end_matches('.'),
            "край" | "область" | "обл" | "район" | "округ" | "республика"
        )
    };
    let outlet: Vec<&str> = outlet.split_whitespace().collect();
    let names: Vec<Vec<&str>> = who
        .split(" and ")
        .flat_map(|p| p.split(" & "))
        .map(|p| p.split_whitespace().collect())
        .collect();
    let g = crate::model::facts::gazetteer::Gazetteer::get();
    // "Roland Parry, Washington", "Andrew Hendry, Computerworld Australia": a writer with a known
    // given name, then where they write from.
    let from_place = names
        .first()
        .and_then(|n| n.first())
        .is_some_and(|first| g.given.contains_key(first))
        && (outlet.len() >= 2 || place_alone)
        && outlet
            .last()
            .is_some_and(|w| g.is_place(w.trim_end_matches('.')) || region(w));
    (1..=5).contains(&outlet.len())
        && outlet.iter().all(|w| capital(w) || small(w) || region(w))
        && (outlet
            .last()
            .is_some_and(|w| OUTLET.contains(&w.to_lowercase().as_str()))
            || from_place)
        && names.len() <= 3
        && names.iter().all(|n| {
            (2..=3).contains(&n.len())
                && n.iter().all(|w| {
                    capital(w)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
                })
        })
}

/// "Share on Tumblr", "Follow us on Mastodon", "Send to Kindle": a button for a network or a
/// service, whichever it names. After "post to" or "send to" the service is capitalised ("Sent
/// to prison" heads a paragraph).
fn share_button(text: &str) -> bool {
    let t = text.trim_matches(|c: char| !c.is_alphanumeric());
    let any_case = [
        "share on ",
        "share via ",
        "share to ",
        "share with ",
        "follow us on ",
        "follow on ",
    ];
    let named = ["post to ", "send to "];
    let strip = |p: &str| {
        t.get(..p.len())
            .filter(|head| head.eq_ignore_ascii_case(p))
            .map(|_| &t[p.len()..])
    };
    let rest = any_case.iter().find_map(|p| strip(p)).or_else(|| {
        named
            .iter()
            .find_map(|p| strip(p))
            .filter(|r| r.starts_with(|c: char| c.is_uppercase()) || r.starts_with("the "))
    });
    rest.is_some_and(|r| {
        let n = r.split_whitespace().count();
        (1..=2).contains(&n) && !r.contains(|c: char| c.is_ascii_digit() || c == ',')
    })
}

/// A headline never carries a time of day or a full date ("Kounteya Sinha, TNN Jan 10, 2012,
/// 02.33AM IST", "Jan 14 2008 by Andy Howell"): a clock, or a month's name next to a year
/// (lower-cased text).
pub fn dated(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == ':' || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let clock = words.iter().any(|w| {
        let w = w.trim_end_matches("am").trim_end_matches("pm");
        w.split_once([':', '.']).is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
                && h.parse::<u8>().is_ok_and(|h| h < 24)
        })
    });
    let year = |w: &str| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.chars().all(|c| c.is_ascii_digit())
    };
    let month = |w: &str| MONTHS.contains(&w) || crate::model::dateline::is_month_name(w);
    let full_date = words.iter().enumerate().any(|(i, w)| {
        month(w)
            && words[i + 1..]
                .iter()
                .take(2)
                .chain(words[..i].iter().rev().take(2))
                .any(|x| year(x))
    });
    (clock && words.iter().any(|w| year(w) || month(w))) || full_date
}

/// Ends with an exclamation (a link reference after it allowed): "Sign up to our newsletter!".
fn call_to_action(text: &str) -> bool {
    let t = text.trim_end();
    let t = match t.strip_suffix(']') {
        Some(r)
            if r.rfind('[')
                .is_some_and(|i| r[i + 1..].chars().all(|c| c.is_ascii_digit())) =>
        {
            r[..r.rfind('[').unwrap_or(0)].trim_end()
        }
        _ => t,
    };
    t.ends_with('!') || t.ends_with('！')
}

fn long_prose(f: &Features) -> bool {
    f.prose() && f.weq >= 8.0
}

/// Does the line open with a full ISO day ("2024-03-12 …", "2024/03/12 …")?
pub fn iso_day_first(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && matches!(b[4], b'-' | b'/')
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b[4]
        && b[8..10].iter().all(u8::is_ascii_digit)
        && b.get(10).is_none_or(|c| !c.is_ascii_digit())
}

/// Stand-ins for a player or an embed the dump could not show (listed as ad cues too).
const PLACEHOLDERS: &[&str] = &[
    "your browser does not support",
    "enable javascript",
    "javascript is disabled",
    "javascript enabled",
    "not available due to your privacy",
    "this content is not available",
    "this video is not available",
    "this video is no longer available",
    "this embed is not available",
    "please update your browser",
];

/// What a page says about itself, in a short line: how long it takes to read, which picture of a
/// gallery this is, how to reach the writer, what stands in for a video the dump could not show.
fn page_meta(text: &str, f: &Features) -> Option<Drop> {
    if f.weq > 20.0 {
        return None;
    }
    let lower = f.lower.trim();
    // "What stands in for": a player or an embed the dump could not show. (The phrases are
    // ad cues, found by the one scan of the block; here they name the block at any length.)
    if f.hits.strong(Cat::Ad) && PLACEHOLDERS.contains(&f.hits.cue(Cat::Ad)) {
        return Some(Drop::new(
            Reason::UiChrome,
            "placeholder",
            f.hits.cue(Cat::Ad),
        ));
    }
    // The rest need a digit (reading time, gallery counter), an address (contact line) or a
    // credit's opening words; most lines have none, and nothing is built for them.
    let maybe = lower.contains('@')
        || lower.bytes().any(|b| b.is_ascii_digit())
        || lower.starts_with("follow ")
        || lower.contains("with ")
        || lower.contains("reporting by");
    // (A "Follow … on Twitter at @handle" footer may describe its writer at length: "Follow
    // Breitbart News investigative reporter and Citizen Journalism School founder Lee Stranahan
    // on Twitter at @Stranahan.")
    let long_follow = f.weq <= 25.0
        && lower.starts_with("follow ")
        && lower
            .split_whitespace()
            .last()
            .is_some_and(|w| w.starts_with('@'));
    if (f.weq > 14.0 && !long_follow) || !maybe {
        return None;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '@' && c != '.')
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| w.chars().all(|c| c.is_ascii_digit() || c == ':');
    // "2 min read", "5-minute read", "Listen · 4:32 min", "Lecture 4 min.", "Lesezeit: 3 Min."
    let reading = words.len() <= 6
        && words.iter().any(|w| number(w))
        && words
            .iter()
            .any(|w| matches!(*w, "min" | "mins" | "minute" | "minutes" | "мин"))
        && words.iter().any(|w| {
            matches!(
                *w,
                "read"
                    | "listen"
                    | "lecture"
                    | "lesezeit"
                    | "lectura"
                    | "lettura"
                    | "czytania"
                    | "чтения"
            )
        });
    if reading {
        return Some(Drop::new(Reason::UiChrome, "reading-time", text.trim()));
    }
    // "Image 1 of 12", "Photo 3 of 20", "Slide 2 of 9".
    if words.len() == 4
        && matches!(
            words[0],
            "image" | "photo" | "picture" | "slide" | "foto" | "bild"
        )
        && number(words[1])
        && words[2] == "of"
        && number(words[3])
    {
        return Some(Drop::new(Reason::UiChrome, "gallery-counter", text.trim()));
    }
    // "Contact the author at jdoe@example.com", "Follow her on Twitter @janedoe", "Write to Jane
    // Doe at jane.doe@wsj.com", "Have a news tip? Email us at tips@…".
    let reach = [
        "contact", "write", "email", "e-mail", "follow", "reach", "send", "have", "got", "tips",
    ]
    .iter()
    .any(|w| lower.starts_with(w));
    let address = words
        .iter()
        .any(|w| w.len() > 2 && (w.starts_with('@') || (w.contains('@') && w.contains('.'))));
    // ("Follow the money, he said on Twitter" reports.)
    let social = lower.starts_with("follow ")
        && (words.len() <= 8 || long_follow)
        && !reports(lower)
        && [
            " on twitter",
            " on x",
            " on instagram",
            " on facebook",
            " on linkedin",
            " on bluesky",
            " on threads",
        ]
        .iter()
        .any(|n| lower.contains(n));
    if (reach && address) || social {
        return Some(Drop::new(Reason::Byline, "contact-line", text.trim()));
    }
    // "— With assistance from Kim Lee", "With reporting by …" (Bloomberg, Reuters).
    let credit = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    if [
        "with assistance from ",
        "with reporting by ",
        "additional reporting by ",
    ]
    .iter()
    .any(|p| credit.starts_with(p))
    {
        return Some(Drop::new(Reason::Byline, "credit-line", text.trim()));
    }
    None
}

/// The first half of a line that says the same thing twice ("X. X."), if it does: three words
/// at least, split at a space in the middle.
pub fn doubled(text: &str) -> Option<&str> {
    let t = text.trim();
    let mid = t.len() / 2;
    // The halves are equal, so the space sits at the middle give or take the spaces around it.
    (mid.saturating_sub(2)..=(mid + 2).min(t.len()))
        .filter(|&i| t.is_char_boundary(i) && t[i..].starts_with(char::is_whitespace))
        .map(|i| (t[..i].trim(), t[i..].trim()))
        .find(|(a, b)| a == b && a.split_whitespace().count() >= 3)
        .map(|(a, _)| a)
}

/// Lower-cased text without surrounding bullets, brackets and punctuation.
fn bare(lower: &str) -> &str {
    lower.trim_matches(|c: char| !c.is_alphanumeric())
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// `[image]`, `[      ]` form fields, `[Submit]` buttons, lone image file names.
fn placeholder(text: &str) -> Option<Drop> {
    let t = text
        .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '[')
        .trim();
    // Everything outside brackets, if anything, is a short label (most blocks have no bracket).
    if t.contains('[') {
        let mut outside = String::new();
        let mut depth = 0i32;
        let mut groups = 0;
        let mut empty_group = false;
        let mut inside = String::new();
        for c in t.chars() {
            match c {
                '[' => {
                    depth += 1;
                    inside.clear();
                }
                ']' if depth > 0 => {
                    depth -= 1;
                    groups += 1;
                    if inside.trim().is_empty() {
                        empty_group = true;
                    }
                }
                _ if depth > 0 => inside.push(c),
                _ => outside.push(c),
            }
        }
        let outside_words = outside.split_whitespace().count();
        if groups > 0 && (outside_words == 0 || (empty_group && outside_words <= 6)) {
            let rule = if empty_group {
                "form-field"
            } else {
                "placeholder"
            };
            return Some(Drop::new(Reason::UiChrome, rule, shorten(text)));
        }
    }
    if t.contains(' ') {
        return None;
    }
    let lower = t.to_lowercase();
    [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"]
        .iter()
        .any(|e| lower.ends_with(e))
        .then(|| Drop::new(Reason::UiChrome, "image-file", t))
}

/// A caption ends with a credit in parentheses, or is a credit line.
fn photo_caption(text: &str, f: &Features) -> Option<Drop> {
    let set = CueSet::get();
    let t = text.trim_end();
    if f.weq <= 70.0 {
        if let Some(inner) = trailing_paren(t) {
            let lower = inner.to_lowercase();
            if set.is_credit(&lower) {
                return Some(Drop::new(
                    Reason::PhotoCaption,
                    "credit-in-parentheses",
                    format!("({inner})"),
                ));
            }
        }
        let lower = &f.lower;
        // One pass finds every marker; each keeps its last position (as `rfind` would).
        // (Most paragraphs hold none: one quick look for any first.)
        let mut last = [None; CAPTION_MARKERS.len()];
        if caption_markers().is_match(lower.as_str()) {
            for m in caption_markers().find_overlapping_iter(lower.as_str()) {
                last[m.pattern().as_usize()] = Some(m.start());
            }
        }
        let (credit, position) = last.split_at(CREDIT_MARKERS);
        for (k, (marker, pos)) in CAPTION_MARKERS.iter().zip(credit).enumerate() {
            if let Some(pos) = *pos {
                let tail = lower[pos + marker.len()..].trim();
                // After a label ("Foto: Michael Kappeler"), a name is credit enough; after a
                // bare separator (" / "), the credit must name an agency or a picture word.
                let labelled = k >= SEPARATORS
                    && text
                        .get(pos + marker.len()..)
                        .is_some_and(|t| names_only(t.trim().trim_end_matches('.')));
                if tail.split_whitespace().count() <= 6 && (labelled || set.is_credit(tail)) {
                    return Some(Drop::new(
                        Reason::PhotoCaption,
                        "credit-line",
                        text[pos..].trim(),
                    ));
                }
            }
        }
        // Where people stand in the picture: only captions say it. (Not a party's letter in
        // American news: "Michigan Gov. Rick Snyder (R) to resign", "Research (D) and … (R)".)
        if f.weq <= 60.0
            && let Some(i) = position.iter().enumerate().position(|(k, at)| {
                at.is_some_and(|at| !party_letter(lower, CAPTION_MARKERS[CREDIT_MARKERS + k], at))
            })
        {
            return Some(Drop::new(
                Reason::PhotoCaption,
                "caption-position",
                CAPTION_MARKERS[CREDIT_MARKERS + i].trim_matches([' ', ',', ':']),
            ));
        }
        // "… in this Sept. 30, 2007 file photo", "… in this undated handout image": the
        // picture's own description.
        if f.weq <= 60.0
            && let Some(at) = lower.find("in this ")
        {
            let rest = &lower[at + "in this ".len()..];
            let near: String = rest
                .split_whitespace()
                .take(6)
                .collect::<Vec<_>>()
                .join(" ");
            if [
                "photo",
                "image",
                "picture",
                "video grab",
                "screenshot",
                "handout",
            ]
            .iter()
            .any(|w| near.contains(w))
            {
                return Some(Drop::new(
                    Reason::PhotoCaption,
                    "caption-in-this-photo",
                    shorten(&text[at..]),
                ));
            }
        }
        if let Some(d) = trailing_credit(text) {
            return Some(d);
        }
        if lower.trim_end_matches('.').ends_with("getty images") {
            return Some(Drop::new(
                Reason::PhotoCaption,
                "credit-line",
                "Getty Images",
            ));
        }
    }
    let lower = &f.lower;
    let credit_starts = [
        "photo:",
        "photo by",
        "photograph:",
        "photos:",
        "image:",
        "credit:",
        "photo credit",
        "foto:",
        "fotos:",
        "bild:",
        "crédit photo",
        "photo :",
        "imagen:",
        "immagine:",
        "фото:",
        "фото ",
        "图片来源",
        "图片：",
        "图：",
        "사진=",
        "사진 =",
        "写真：",
        "写真=",
        "zdjęcie:",
        "fot.",
        "φωτογραφία:",
        "photo illustration",
        "illustration by",
        "illustration:",
        "graphic:",
        "graphic by",
        "photo courtesy",
        "courtesy of",
        "courtesy photo",
        "image caption,",
        "media caption,",
        "image source,",
    ];
    // Chinese captions: "图为会议现场。新华社记者 李想 摄", "（资料图）".
    if f.weq <= 60.0 {
        // (No full stop: "…是去年拍摄。" ends a sentence, not a credit.)
        let t = text.trim().trim_end_matches(['）', ')', ' ']);
        let opens = ["图为", "圖為", "图片为", "上图", "下图", "资料图", "資料圖"]
            .iter()
            .any(|p| text.trim().trim_start_matches(['（', '(']).starts_with(p));
        let shot = [
            " 摄",
            "/摄",
            "／摄",
            " 攝",
            "/攝",
            "供图",
            "供圖",
            "资料图",
            "資料圖",
        ]
        .iter()
        .any(|e| t.ends_with(e))
            || (t.ends_with(['摄', '攝']) && (t.contains("记者") || t.contains("記者")));
        if opens || (shot && f.wide > 0) {
            return Some(Drop::new(
                Reason::PhotoCaption,
                "caption-zh",
                shorten(text.trim()),
            ));
        }
    }
    // "AP Photo/Duane Burleson, File", "AFP Photo/Jim Watson": an agency's photo credit.
    let agency_photo = f.weq <= 8.0
        && lower
            .split_once(" photo/")
            .is_some_and(|(agency, _)| set.is_credit(agency.trim()));
    if agency_photo || (f.weq <= 12.0 && credit_starts.iter().any(|s| lower.starts_with(s))) {
        return Some(Drop::new(
            Reason::PhotoCaption,
            "credit-line",
            shorten(text),
        ));
    }
    None
}

/// A caption's last words credit its picture: "… 2025. REUTERS/Kim Hong-Ji", "EFE/Juan Carlos
/// Hidalgo", "Lee and Xi at the summit. Yonhap", "… on Saturday. [AFP]". The credit is the whole
/// line or follows its last full stop, and is an agency or a picture desk — alone, or before a
/// slash and the photographer's name.
fn trailing_credit(text: &str) -> Option<Drop> {
    let set = CueSet::get();
    let t = text.trim();
    let tail = match t.trim_end_matches('.').rfind(". ") {
        Some(i) => &t[i + 2..],
        None => t,
    };
    let tail = tail.trim().trim_matches(['[', ']', '(', ')']);
    // A whole line is a credit only with a slash; a credit is short and capitalised.
    if tail.is_empty()
        || (tail.len() == t.len() && !tail.contains('/'))
        || tail.len() > 80
        || !tail.starts_with(|c: char| c.is_uppercase() || c == '/' || c == '©')
        || tail.split_whitespace().count() > 6
    {
        return None;
    }
    let lower = tail.to_lowercase();
    let lower = lower.trim_end_matches('.');
    let known = |w: &str| {
        let w = w.trim();
        let words: Vec<&str> = w.split_whitespace().collect();
        !words.is_empty()
            && (set.is_credit_name(w) || set.ends_with_agency(&words) && words.len() <= 3)
    };
    let credit = match lower.split_once('/') {
        // "EPA-EFE/…": each of the desks before the slash.
        Some((desk, who)) => {
            let (desk_text, who_text) = tail.split_once('/').unwrap_or_default();
            (desk.split(['-', ' ']).filter(|d| !d.is_empty()).all(known)
                && names_only(who_text.trim())
                && !who.trim().is_empty())
                // "Nick Procaylo/Postmedia News": a photographer, then the outlet.
                || (tail.len() == t.len()
                    && photographer(desk_text)
                    && names_only(who_text.trim())
                    && !who_text.trim().is_empty())
        }
        // ("… by the U.S. agriculture agencies.": a credit is written in capitals.)
        None => tail != t && names_only(tail.trim_end_matches('.')) && known(lower),
    };
    credit.then(|| Drop::new(Reason::PhotoCaption, "credit-line", tail))
}

/// "Nick Procaylo", "Carlos A. Rodriguez": two or three capitalised words, the first a known
/// given name.
fn photographer(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let g = crate::model::facts::gazetteer::Gazetteer::get();
    (2..=3).contains(&words.len())
        && g.given.contains_key(words[0])
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// Words of a credit after a label: capitalised names, agency initials, slashes and the few
/// small words credits use ("Michael Kappeler/dpa", "Getty Images for TIME").
fn names_only(t: &str) -> bool {
    let mut words = 0;
    for w in t.split([' ', '/']).filter(|w| !w.is_empty()) {
        words += 1;
        let small = matches!(
            w,
            "via" | "for" | "of" | "and" | "de" | "von" | "van" | "der" | "di" | "du" | "la" | "le"
        );
        if !small
            && !w
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '©')
        {
            return false;
        }
    }
    (1..=6).contains(&words)
}

/// How many of [`CAPTION_MARKERS`] are bare separators (the rest of the credit markers label
/// the credit).
const SEPARATORS: usize = 2;
/// How many of [`CAPTION_MARKERS`] come before a credit (the rest say where people stand).
const CREDIT_MARKERS: usize = 22;

/// Markers of a photo caption, in precedence order: before a credit ("… / Reuters"), then where
/// people stand in the picture.
const CAPTION_MARKERS: [&str; 36] = [
    " / ",
    " | ",
    "photo: ",
    "photo by ",
    "photograph: ",
    "picture: ",
    "image: ",
    "credit: ",
    "photo : ",
    "crédit photo : ",
    "foto: ",
    "fotos: ",
    "bild: ",
    "foto di ",
    "imagen: ",
    "immagine: ",
    "фото: ",
    "zdjęcie: ",
    "fot. ",
    "φωτογραφία: ",
    "photo credit: ",
    "image credit: ",
    "second from left",
    "second from right",
    "third from left",
    "third from right",
    " (center)",
    " (centre)",
    " (left)",
    " (right)",
    " (l)",
    " (r)",
    ", left, ",
    ", right, ",
    " from left: ",
    " from left, ",
];

/// Is the caption marker `marker` at byte `at` of `lower` a party's letter ("Gov. Rick Snyder
/// (R)"), not where someone stands? Only for " (r)" and " (l)": a title before it, a "(D)" or a
/// "(R-Texas)" in the paragraph, or what follows ("(R) to resign", "(R) and", "(R), a leader")
/// say so; a caption's marker is followed by what the person does ("(R) shakes hands").
fn party_letter(lower: &str, marker: &str, at: usize) -> bool {
    if !matches!(marker, " (r)" | " (l)") {
        return false;
    }
    let before = &lower[lower.floor_char_boundary(at.saturating_sub(40))..at];
    let after = lower[at + marker.len()..].trim_start();
    let titled = [
        "gov.",
        "sen.",
        "rep.",
        "governor ",
        "senator ",
        "congressman ",
        "congresswoman ",
    ]
    .iter()
    .any(|t| before.contains(t));
    let parties = [" (d)", " (d-", " (r-", " (i-"]
        .iter()
        .any(|p| lower.contains(p));
    let clause = after.starts_with([',', ';'])
        || ["to ", "and ", "who ", "said", "says"]
            .iter()
            .any(|w| after.starts_with(w));
    titled || parties || clause
}

fn caption_markers() -> &'static aho_corasick::AhoCorasick {
    static AC: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(CAPTION_MARKERS).expect("fixed patterns build")
    });
    &AC
}

/// The contents of a parenthesis that closes the text, if any.
fn trailing_paren(t: &str) -> Option<&str> {
    let t = t.strip_suffix(')').or_else(|| t.strip_suffix('）'))?;
    let open = t.rfind(['(', '（'])?;
    let inner = &t[open + t[open..].chars().next()?.len_utf8()..];
    (!inner.contains(')')).then_some(inner.trim())
}

fn byline(text: &str, f: &Features) -> Option<Drop> {
    let lower = &f.lower;
    if f.email && f.weq <= 6.0 {
        return Some(Drop::new(Reason::Byline, "email-line", text));
    }
    // Chinese, Japanese and Korean credits: "责任编辑：王明", "（记者 张三）", "홍길동 기자
    // hong@example.co.kr".
    if f.weq <= 12.0 {
        let opened = lower.trim_start_matches(['(', '（', '【', '[', ' ']);
        const CJK_CREDITS: &[&str] = &[
            "责任编辑",
            "責任編輯",
            "编辑：",
            "編輯：",
            "编辑:",
            "编辑 ",
            "记者",
            "記者",
            "通讯员",
            "通訊員",
            "文/",
            "文／",
            "撰文",
            "作者：",
        ];
        let korean = lower.contains("기자") && (f.email || lower.trim_end().ends_with("기자"));
        if korean || CJK_CREDITS.iter().any(|c| opened.starts_with(c)) {
            return Some(Drop::new(Reason::Byline, "byline", text));
        }
    }
    if f.weq <= 20.0 {
        for p in [
            "source:",
            "sources:",
            "source -",
            "quelle:",
            "fuente:",
            "fonte:",
            "источник:",
            "źródło:",
            "πηγή:",
            "来源：",
            "来源:",
            "出處：",
            "출처:",
        ] {
            if lower.starts_with(p) {
                return Some(Drop::new(Reason::Source, "source-line", text));
            }
        }
    }
    // "AP Sports Writer Howard Fendrich contributed to this report."
    let end = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    if f.weq <= 20.0
        && ["contributed to this report", "contributed reporting"]
            .iter()
            .any(|e| end.ends_with(e))
        || (f.weq <= 12.0 && !f.prose() && lower.contains("with files from "))
    {
        return Some(Drop::new(Reason::Byline, "byline", text));
    }
    // "Filed under: NHL, Toronto Maple Leafs", "Posted in Sony, News by Darrin Olson on …"
    if f.weq <= 25.0 && !f.prose() {
        for p in [
            "filed under:",
            "tags:",
            "tagged:",
            "tagged with:",
            "posted in ",
            // In other languages.
            "теги:",
            "метки:",
            "tagi:",
            "ετικέτες:",
            "schlagwörter:",
            "mots-clés:",
            "etiquetas:",
            "标签：",
            "標籤：",
        ] {
            if lower.starts_with(p) || (p.ends_with(':') && lower.contains(&format!(" {p}"))) {
                return Some(Drop::new(Reason::Navigation, "tag-line", p.trim()));
            }
        }
    }
    // A byline with the agency and the time may run to 16 words; never a sentence.
    if f.weq > 16.0 || f.prose() && f.weq > 8.0 {
        return None;
    }
    let starts = [
        "reviewed by ",
        "by:",
        "by ",
        "posted by ",
        "posted by:",
        "written by ",
        "from correspondents in ",
        "special to ",
        "from our correspondent",
        "from a correspondent",
        "reporting by ",
        "reported by ",
        "editing by ",
        "edited by ",
        "compiled by ",
        "additional reporting by ",
        "story by ",
        "words by ",
        "author:",
        "authors:",
        "reporter:",
        "von ",
        "par ",
        "por ",
        "di ",
        "door ",
        "автор:",
        "автор ",
        "текст:",
        "autor:",
        "συντάκτης:",
        "作者：",
        "作者:",
        "记者 ",
        "記者 ",
        "기자",
    ];
    // "김민수 기자", "Jane Doe, Reporter": a short name followed by the role.
    let t = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    if f.weq <= 6.0
        && [
            "기자",
            "記者",
            "记者",
            "특파원",
            "reporter",
            "correspondent",
            "staff writer",
        ]
        .iter()
        .any(|r| t.ends_with(r))
    {
        return Some(Drop::new(Reason::Byline, "byline", text));
    }
    // "Staff and agencies", "Hugh Gentry, Reuters", "AP Golf Writer", "Senior Features Writer":
    // a short line that ends with a news agency or a writer's role credits the article.
    if f.weq <= 6.0 && !f.ends_sentence {
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        let role = words.last().is_some_and(|w| {
            ["writer", "editor", "columnist", "reporter", "correspondent"].contains(w)
        });
        if role || super::cues::CueSet::get().ends_with_agency(&words) {
            return Some(Drop::new(Reason::Byline, "credit-line", text));
        }
    }
    if f.weq <= 14.0 && !f.ends_sentence && names_then_outlet(text, false) {
        return Some(Drop::new(Reason::Byline, "credit-line", text));
    }
    for s in starts {
        if let Some(rest) = lower.strip_prefix(s) {
            // "By the way, …" is not a byline: the rest must look like a name (capitalised words).
            let orig_rest = &text.trim_start()
                [text.trim_start().len() - rest.len().min(text.trim_start().len())..];
            let names = orig_rest
                .split_whitespace()
                .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
                .collect::<Vec<_>>();
            let capital = names
                .iter()
                .filter(|w| {
                    w.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || !c.is_lowercase())
                })
                .count();
            if !names.is_empty() && capital * 2 >= names.len() {
                return Some(Drop::new(Reason::Byline, "byline", text));
            }
        }
    }
    None
}

/// Words that report what someone said or did: news about cookies ("The CNIL said visitors
/// needed several clicks to reject all cookies"), not a banner, which speaks for the site.
const REPORTING: &[&str] = &[
    " said",
    " says",
    " saying",
    " told",
    "according to",
    " sagte",
    " sagt ",
    " erklärte",
    " kritisierte",
    " a déclaré",
    " a dit",
    " selon ",
    " dijo",
    " afirmó",
    " según ",
    " ha detto",
    " secondo ",
    " disse",
    " заявил",
    " сказал",
    " по словам",
    " powiedział",
    " według ",
];

/// Does a block report (a reporting verb) rather than speak to the reader? (Quotation marks
/// say nothing: a banner quotes its own buttons, 'By clicking "Accept All Cookies"'.)
fn reports(lower: &str) -> bool {
    REPORTING.iter().any(|w| lower.contains(w))
}

fn cookie(f: &Features) -> Option<Drop> {
    let h = &f.hits;
    let cookie = h.weight(Cat::Cookie);
    let consent = h.weight(Cat::Consent);
    if cookie + consent == 0 || (f.weq > 12.0 && reports(&f.lower)) {
        return None;
    }
    // "Performance Cookies", "Cookie Settings": a heading of a consent dialog.
    if cookie >= 1 && f.weq <= 4.0 && !f.prose() {
        return Some(Drop::new(
            Reason::CookieBanner,
            "cookie-label",
            h.cue(Cat::Cookie),
        ));
    }
    if h.strong(Cat::Cookie) && f.weq <= 120.0 {
        return Some(Drop::new(
            Reason::CookieBanner,
            "cookie-phrase",
            h.cue(Cat::Cookie),
        ));
    }
    if h.strong(Cat::Consent) && cookie >= 1 && f.weq <= 120.0 {
        return Some(Drop::new(
            Reason::CookieBanner,
            "consent-phrase",
            h.cue(Cat::Consent),
        ));
    }
    if cookie >= 1 && consent >= 2 && f.weq <= 100.0 {
        return Some(Drop::new(
            Reason::CookieBanner,
            "cookie-and-consent",
            format!("{} + {}", h.cue(Cat::Cookie), h.cue(Cat::Consent)),
        ));
    }
    None
}

fn comment(f: &Features) -> Option<Drop> {
    let h = &f.hits;
    let lower = bare(&f.lower);
    // "7 Comments", "Comments (12)", "12 comments »"
    // At most four words are looked at: a count line has three at most.
    let counted = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .collect::<Vec<_>>();
    if counted.len() <= 3
        && counted
            .iter()
            .any(|w| w.chars().all(|c| c.is_ascii_digit()))
        && counted.iter().any(|w| {
            w.starts_with("comment")
                || w.starts_with("reaction")
                || w.starts_with("respon")
                || w.starts_with("коммент")
                || w.starts_with("komentar")
                || *w == "评论"
                || *w == "σχόλια"
        })
    {
        return Some(Drop::new(Reason::Comments, "comment-count", lower));
    }
    // "0人参与0条评论打印转发": a count glued to its word in a toolbar (no spaces in Chinese).
    let cjk_count = f.weq <= 12.0
        && ["条评论", "條評論", "人参与", "人參與", "条跟帖", "條跟帖"]
            .iter()
            .any(|p| {
                lower
                    .match_indices(p)
                    .any(|(i, _)| lower[..i].ends_with(|c: char| c.is_ascii_digit()))
            });
    if cjk_count {
        return Some(Drop::new(Reason::Comments, "comment-count", lower));
    }
    if h.strong(Cat::Comment) && f.weq <= 12.0 {
        let cue = h.cue(Cat::Comment);
        let form = [
            "leave",
            "post",
            "add",
            "submit",
            "publish",
            "required",
            "log in",
            "logged in",
            "your",
            "write",
            "дать",
            "добав",
            "остав",
            "dodaj",
            "发表",
            "發表",
            "yap",
            "yaz",
        ];
        let reason = if form.iter().any(|w| cue.contains(w)) {
            Reason::CommentForm
        } else {
            Reason::Comments
        };
        return Some(Drop::new(reason, "comment-cue", cue));
    }
    None
}

fn copyright(text: &str, f: &Features) -> Option<Drop> {
    let h = &f.hits;
    let symbol = text.contains('©') || f.lower.contains("(c) 1") || f.lower.contains("(c) 2");
    if symbol && f.weq <= 40.0 {
        return Some(Drop::new(Reason::Copyright, "copyright-symbol", "©"));
    }
    // A legal notice paragraph: "Copyright Thomson Financial 2007. All rights reserved. The
    // copying, republication or redistribution … is expressly prohibited."
    let notice = f.lower.starts_with("copyright ")
        || f.lower.contains("all rights reserved")
        || h.strong(Cat::Notice);
    if notice && f.weq <= 80.0 {
        return Some(Drop::new(
            Reason::Copyright,
            "legal-notice",
            if h.strong(Cat::Notice) {
                h.cue(Cat::Notice)
            } else {
                h.cue(Cat::Copyright)
            },
        ));
    }
    if h.strong(Cat::Copyright) && f.weq <= 40.0 && (!f.prose() || f.weq <= 15.0) {
        return Some(Drop::new(
            Reason::Copyright,
            "legal-line",
            h.cue(Cat::Copyright),
        ));
    }
    None
}

/// Month and weekday names, time zones and the labels of date lines, in the shipped languages.
const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "mon",
    "monday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "est",
    "edt",
    "pst",
    "pdt",
    "bst",
    "cet",
    "kst",
    "updated",
    "published",
    "posted",
    "last",
    "modified",
    "on",
    "at",
    "date",
    "time",
    "st",
    "nd",
    "rd",
    "th",
    "of",
    "uhr",
    "aktualisiert",
    "veröffentlicht",
    "um",
    "publié",
    "le",
    "mis",
    "à",
    "jour",
    "publicado",
    "el",
    "pubblicato",
    "il",
    "gepubliceerd",
    "op",
    "yayınlanma",
    "güncelleme",
    "tarihi",
    "опубликовано",
    "обновлено",
    "в",
    "opublikowano",
    "aktualizacja",
    "publikacja",
    "dodano",
    "δημοσίευση",
    "δημοσιεύτηκε",
    "ενημερώθηκε",
    "ενημέρωση",
    "дата",
    "публикации",
    "hrs",
    "ct",
    "입력",
    "수정",
    "기사입력",
    "최종수정",
    "发布时间",
    "发布",
    "发表时间",
    "更新",
    "时间",
    "來源",
    "发稿时间",
    "online",
    "update",
    "first",
    "et",
    "ist",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "hkt",
    "jst",
    "sgt",
    "aest",
    "aedt",
    "ημερομηνία",
    "δημοσίευσης",
    "data",
    "dodania",
    "ostatnia",
    "τελευταία",
    "ενημέρωση",
    "ενημερώθηκε",
    "actualizado",
    "actualización",
    "fecha",
    "aggiornato",
    "modifié",
    "stand",
    "erstellt",
    "datum",
    "bijgewerkt",
    "güncellendi",
    "дата",
    "публикации",
    "обновления",
    "г",
    "года",
    "de",
    "del",
    "du",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
    "poniedziałek",
    "wtorek",
    "środa",
    "czwartek",
    "piątek",
    "sobota",
    "niedziela",
];

/// A line that is only a date and/or time, with labels such as "Updated:".
fn timestamp(f: &Features) -> Option<Drop> {
    if f.weq > 16.0 || f.prose() && f.words > 6 {
        return None;
    }
    let mut digits = false;
    let mut other = 0;
    for w in f.lower.split(|c: char| !(c.is_alphanumeric() || c == '.')) {
        let w = w.trim_matches('.');
        // ("Ã‚Â", "Â": a no-break space decoded twice as Latin-1 is no word.)
        if w.is_empty() || w.chars().all(|c| matches!(c, 'Â' | 'Ã' | '‚' | 'â' | 'ã')) {
            continue;
        }
        if w.chars().all(|c| c.is_ascii_digit() || c == '.') {
            digits = true;
        } else if w.chars().any(|c| c.is_ascii_digit())
            && (w.len() <= 6 || w.chars().all(|c| c.is_ascii_digit() || is_cjk_date_char(c)))
        {
            digits = true; // 6:00pm, 1st, 2008年, 2024年3月14日 …
        } else if !MONTHS.contains(&w)
            && !crate::model::dateline::is_month_name(w)
            && !is_cjk_date_word(w)
        {
            other += 1;
        }
    }
    (digits && other == 0).then(|| Drop::new(Reason::Timestamp, "date-only", f.lower.trim()))
}

fn is_cjk_date_word(w: &str) -> bool {
    w.chars().all(is_cjk_date_char)
}

fn is_cjk_date_char(c: char) -> bool {
    matches!(
        c,
        '年' | '月'
            | '日'
            | '时'
            | '時'
            | '分'
            | '秒'
            | '点'
            | '星'
            | '期'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '天'
    )
}

fn navigation(text: &str, f: &Features) -> Option<Drop> {
    if f.prose() && f.weq >= 8.0 {
        return None;
    }
    if f.pipes >= 2 && f.weq / (f.pipes as f32 + 1.0) <= 5.0 {
        return Some(Drop::new(Reason::Navigation, "pipe-menu", shorten(text)));
    }
    // "Previous: Out on a High Note | Next: New Year, New Low for Bush"
    if f.weq <= 25.0
        && (f.lower.starts_with("previous:") || f.lower.starts_with("« previous"))
        && f.lower.contains("next")
    {
        return Some(Drop::new(Reason::Navigation, "prev-next", shorten(text)));
    }
    let crumbs =
        text.matches(" » ").count() + text.matches(" > ").count() + text.matches(" › ").count();
    if crumbs >= 1 && f.weq <= 15.0 {
        return Some(Drop::new(Reason::Navigation, "breadcrumb", shorten(text)));
    }
    None
}

/// Spreads cookie-banner and related-links evidence along runs of adjacent blocks.
pub fn spread_runs(blocks: &[BlockView<'_>], feats: &[Features], verdicts: &mut [Option<Drop>]) {
    // Cookie banners: paragraphs next to a banner paragraph that carry any cookie/consent word.
    let n = blocks.len();
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..n {
            if verdicts[i].is_some() {
                continue;
            }
            let h = &feats[i].hits;
            if h.weight(Cat::Cookie) + h.weight(Cat::Consent) == 0
                || feats[i].weq > 150.0
                || reports(&feats[i].lower)
            {
                continue;
            }
            let near_banner = neighbours(verdicts, i).any(|j| {
                verdicts[j]
                    .as_ref()
                    .is_some_and(|d| d.reason == Reason::CookieBanner)
            });
            if near_banner {
                let cue = if h.weight(Cat::Cookie) > 0 {
                    h.cue(Cat::Cookie)
                } else {
                    h.cue(Cat::Consent)
                };
                verdicts[i] = Some(Drop::new(
                    Reason::CookieBanner,
                    "continues-cookie-banner",
                    cue,
                ));
                changed = true;
            }
        }
    }
    // "Related"/"Most read" headers: the list items that follow.
    let mut i = 0;
    while i < n {
        let header = verdicts[i]
            .as_ref()
            .is_some_and(|d| d.reason == Reason::RelatedLinks && d.rule == "related-header");
        if !header {
            i += 1;
            continue;
        }
        let cue = verdicts[i]
            .as_ref()
            .map(|d| d.cue.clone())
            .unwrap_or_default();
        let mut j = i + 1;
        let mut items = 0;
        while j < n && items < 25 {
            let f = &feats[j];
            if verdicts[j].is_some() {
                if verdicts[j]
                    .as_ref()
                    .is_some_and(|d| matches!(d.reason, Reason::UiChrome | Reason::Timestamp))
                {
                    j += 1;
                    continue;
                }
                break;
            }
            let item = f.bullet || (!f.prose() && f.weq <= 20.0);
            // A short sentence that a paragraph follows opens the article ("ANAHEIM — So, meet
            // Illinois." after "• Baseball summoned to answer again").
            let list_ended = items > 0
                && feats[j - 1].bullet
                && !f.bullet
                && f.ends_sentence
                && feats
                    .get(j + 1)
                    .is_some_and(|g| g.prose() && g.weq >= 15.0 && verdicts[j + 1].is_none());
            if !item || list_ended || (blocks[j].gap_before >= 2 && items > 0) {
                break;
            }
            verdicts[j] = Some(Drop::new(
                Reason::RelatedLinks,
                "related-list-item",
                format!("follows '{cue}'"),
            ));
            items += 1;
            j += 1;
        }
        i = j.max(i + 1);
    }
}

/// Indices of the nearest blocks before and after `i`, looking through lone UI tokens.
fn neighbours(verdicts: &[Option<Drop>], i: usize) -> impl Iterator<Item = usize> + '_ {
    let skip = |j: usize| {
        verdicts[j]
            .as_ref()
            .is_some_and(|d| d.reason == Reason::UiChrome)
    };
    let before = (0..i).rev().find(|&j| !skip(j));
    let after = (i + 1..verdicts.len()).find(|&j| !skip(j));
    before.into_iter().chain(after)
}

/// "Posted by: Suzanne | January 14, 2008 07:05 PM", again and again: signatures of a comment
/// thread, not the article's byline. Two or more turn those bylines into comment markers (the
/// article region then ends before the thread).
pub fn comment_signatures(feats: &[Features], verdicts: &mut [Option<Drop>]) {
    const SIGNED: &[&str] = &["posted by", "submitted by", "comment by", "written by:"];
    let signature = |i: usize| {
        verdicts[i]
            .as_ref()
            .is_some_and(|d| d.reason == Reason::Byline)
            && SIGNED
                .iter()
                .any(|s| feats[i].lower.trim_start().starts_with(s))
    };
    let signed: Vec<usize> = (0..verdicts.len()).filter(|&i| signature(i)).collect();
    if signed.len() < 2 {
        return;
    }
    for i in signed {
        if let Some(d) = verdicts[i].as_mut() {
            d.reason = Reason::Comments;
            d.rule = "comment-signature";
        }
    }
}

/// "Dave, Truro, Cornwall", "Andrew Milner, Yokohama, Japan": readers' comments signed with a
/// name and a home town. Three or more such lines, each after a paragraph of its own (not a
/// list of names), are a comment thread's signatures: comment markers, as above.
/// "TonyZ (6 days ago)": two or more names with the age of their post are too.
pub fn signature_lines(
    blocks: &[BlockView<'_>],
    feats: &[Features],
    verdicts: &mut [Option<Drop>],
) {
    let short = |i: usize| verdicts[i].is_none() && feats[i].weq <= 10.0;
    let placed: Vec<bool> = (0..blocks.len())
        .map(|i| short(i) && name_and_place(blocks[i].text))
        .collect();
    let lone: Vec<usize> = (0..blocks.len())
        .filter(|&i| {
            placed[i] && (i == 0 || !placed[i - 1]) && !placed.get(i + 1).copied().unwrap_or(false)
        })
        .collect();
    let aged: Vec<usize> = (0..blocks.len())
        .filter(|&i| short(i) && name_and_age(&feats[i].lower))
        .collect();
    let timed: Vec<usize> = (0..blocks.len())
        .filter(|&i| short(i) && time_and_date(&feats[i].lower))
        .collect();
    for (signed, min, cue) in [
        (lone, 3, "a name and a home town"),
        (aged, 2, "a name and the age of the post"),
        (timed, 3, "the time and date of the post"),
    ] {
        if signed.len() < min {
            continue;
        }
        for i in signed {
            verdicts[i] = Some(Drop::new(Reason::Comments, "comment-signature", cue));
        }
    }
}

/// "tonyz (6 days ago)", "me (an hour ago)": words, then the age of a post in brackets
/// (lower-cased text).
pub(super) fn name_and_age(lower: &str) -> bool {
    let Some(inner) = lower.trim().strip_suffix("ago)") else {
        return false;
    };
    let Some((name, age)) = inner.rsplit_once('(') else {
        return false;
    };
    let age: Vec<&str> = age.split_whitespace().collect();
    let count = |w: &str| w.chars().all(|c| c.is_ascii_digit()) || matches!(w, "a" | "an");
    let unit = |w: &str| {
        let w = w.strip_suffix('s').unwrap_or(w);
        matches!(
            w,
            "second" | "minute" | "hour" | "day" | "week" | "month" | "year"
        )
    };
    // "Updated (2 hours ago)" dates the article itself.
    let label = name.split_whitespace().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "updated" | "posted" | "published" | "edited" | "modified" | "added"
        )
    });
    !name.trim().is_empty() && !label && age.len() == 2 && count(age[0]) && unit(age[1])
}

/// "12:31 pm, 12-Jan-2012Harry Paterson", "2:10 pm, 12-Jan-2012 Lisa": a post's time of day and
/// date, and at most a name (lower-cased text). A label ("Updated 1:13 pm, …") dates the article.
pub(super) fn time_and_date(lower: &str) -> bool {
    let t = lower.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 || t.contains(". ") {
        return false;
    }
    let b = t.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let clock = (1..=2).contains(&digits)
        && b.get(digits) == Some(&b':')
        && b.len() > digits + 2
        && b[digits + 1].is_ascii_digit()
        && b[digits + 2].is_ascii_digit();
    // A year of four digits on its own: "2012", not part of "120125".
    let year = b.windows(4).enumerate().any(|(i, w)| {
        (w.starts_with(b"19") || w.starts_with(b"20"))
            && w.iter().all(u8::is_ascii_digit)
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
    });
    let label = words.iter().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "updated" | "posted" | "published" | "edited" | "modified" | "added" | "last"
        )
    });
    clock && year && !label
}

/// "Name, Town[, Country]": a name of one to four words, then one to three parts of which the
/// last is a known place (any case); no digits, no sentence.
fn name_and_place(text: &str) -> bool {
    let t = text.trim().trim_end_matches(',');
    if t.ends_with(['.', '!', '?', ':']) || t.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let parts: Vec<&str> = t.split(',').map(str::trim).collect();
    if !(2..=4).contains(&parts.len()) || parts.iter().any(|p| p.is_empty()) {
        return false;
    }
    let name_words = parts[0].split_whitespace().count();
    let g = crate::model::facts::gazetteer::Gazetteer::get();
    (1..=4).contains(&name_words)
        && parts[0]
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
        && !g.is_place(parts[0])
        && parts.last().is_some_and(|p| g.is_place(p))
}

/// Captions printed twice: the first copy is a caption, the second a duplicate. The copies are
/// adjacent, or a photo credit sits between them ("Photo by Mark Jones", "AP"): the credit is
/// the caption's too.
pub fn duplicates(blocks: &[BlockView<'_>], feats: &[Features], verdicts: &mut [Option<Drop>]) {
    // A credit: a caption rule said so, or a photographer and an outlet with a slash between
    // ("John Smith/The Daily Star"), which only a credit writes.
    let credited: Vec<bool> = (0..blocks.len())
        .map(|k| {
            verdicts[k]
                .as_ref()
                .is_some_and(|d| d.reason == Reason::PhotoCaption)
                || (feats[k].weq <= 8.0
                    && blocks[k].text.contains('/')
                    && names_only(blocks[k].text.trim()))
        })
        .collect();
    let photo_credit = |k: usize| credited[k];
    for i in 1..blocks.len() {
        if feats[i].weq < 3.0 {
            continue;
        }
        // The earlier copy: the block before, or one at most two short credit lines back.
        let credit_between = |k: usize| feats[k].weq <= 4.0 || photo_credit(k);
        let Some(prev) = (i.saturating_sub(3)..i)
            .rev()
            .take_while(|&k| k + 1 == i || credit_between(k + 1))
            .find(|&k| same_words(&feats[i].lower, &feats[k].lower))
        else {
            continue;
        };
        let between = prev + 1..i;
        if !between.is_empty() && !between.clone().any(photo_credit) {
            // Two short lines alone between the copies say nothing of a photo.
            continue;
        }
        if verdicts[i].is_none() {
            verdicts[i] = Some(Drop::new(
                Reason::Duplicate,
                "repeated-block",
                format!("repeats block {}", prev + 1),
            ));
        }
        if verdicts[prev].is_none() && feats[prev].weq <= 70.0 {
            verdicts[prev] = Some(Drop::new(
                Reason::PhotoCaption,
                "printed-twice",
                if between.is_empty() {
                    "repeated immediately".to_string()
                } else {
                    "repeated after its credit".to_string()
                },
            ));
        }
        for k in between {
            // ("AP" alone reads as the article's credit elsewhere; here it is the photo's.)
            if verdicts[k]
                .as_ref()
                .is_none_or(|d| d.reason == Reason::Byline)
            {
                verdicts[k] = Some(Drop::new(
                    Reason::PhotoCaption,
                    "credit-between-copies",
                    format!("between the two copies of block {}", prev + 1),
                ));
            }
        }
    }
}

/// A photo captioned twice in other words, between paragraphs of the article: two short
/// adjacent lines, neither a sentence, that share most of their words ("Mothers in Brighton who
/// staged a breastfeeding flashmob demonstration" / "Mothers feed their babies during the
/// breastfeeding flashmob in Brighton"). Two subheads in a row do not repeat each other.
pub fn reworded_captions(feats: &[Features], verdicts: &mut [Option<Drop>]) {
    let line: Vec<bool> = (0..feats.len())
        .map(|k| {
            let f = &feats[k];
            verdicts[k].is_none()
                && !f.ends_sentence
                && !f.bullet
                && (4..=25).contains(&f.words)
                && f.wide == 0
                && f.letters > 0.6
        })
        .collect();
    let prose: Vec<bool> = (0..feats.len())
        .map(|k| verdicts[k].is_none() && feats[k].prose() && feats[k].weq >= 15.0)
        .collect();
    // Kept running text within three blocks of `k`, before it or after it.
    let prose_near = |k: usize, before: bool| {
        (1..=3).any(|d| {
            let j = if before {
                k.checked_sub(d)
            } else {
                Some(k + d)
            };
            j.and_then(|j| prose.get(j)).is_some_and(|&p| p)
        })
    };
    let mut i = 1;
    while i < feats.len() {
        if !(line[i - 1] && line[i] && prose_near(i - 1, true) && prose_near(i, false)) {
            i += 1;
            continue;
        }
        let (a, b) = (
            caption_words(&feats[i - 1].lower),
            caption_words(&feats[i].lower),
        );
        let shared = a.iter().filter(|w| b.contains(w)).count();
        if shared >= 3 && shared * 2 >= a.len().min(b.len()) {
            for k in [i - 1, i] {
                verdicts[k] = Some(Drop::new(
                    Reason::PhotoCaption,
                    "caption-reworded",
                    format!("blocks {} and {} describe one photo", i, i + 1),
                ));
            }
            i += 2;
        } else {
            i += 1;
        }
    }
}

/// The distinct words of three letters or more of a lower-cased line, function words left out.
fn caption_words(lower: &str) -> Vec<&str> {
    const FUNCTION: &[&str] = &[
        "the", "and", "for", "with", "who", "that", "this", "from", "was", "were", "are", "his",
        "her", "their", "its", "has", "had", "have", "into", "during", "after", "before", "over",
        "about", "than", "but", "not", "they", "she", "him", "them", "which", "while",
    ];
    let mut out: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && !FUNCTION.contains(w))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Later copies of a kept prose paragraph (a standfirst or teaser printed again), dropped after
/// the region pass so a teaser outside the article never shadows the body. Short lines — subheads,
/// table rows the article itself repeats — are left alone.
pub fn later_duplicates(feats: &[Features], verdicts: &mut [Option<Drop>]) {
    // Keyed by a hash of the words; a hit is confirmed word by word.
    let mut seen: HashMap<u64, usize> = HashMap::default();
    for i in 0..feats.len() {
        if verdicts[i].is_some() || feats[i].weq < 8.0 || !feats[i].prose() {
            continue;
        }
        let key = words_hash(&feats[i].lower);
        let first = seen.get(&key).copied();
        if let Some(first) = first.filter(|&f| same_words(&feats[f].lower, &feats[i].lower)) {
            verdicts[i] = Some(Drop::new(
                Reason::Duplicate,
                "repeated-block",
                format!("repeats block {}", first + 1),
            ));
        } else {
            seen.insert(key, i);
        }
    }
}

/// The same words in the same order, whatever the spacing.
fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// A hash of the words of `s`, whatever the spacing.
/// A hash of `s`'s words joined by single spaces. (Most text is spaced so already: it is hashed
/// in one call, not word by word.)
fn words_hash(s: &str) -> u64 {
    let t = s.trim();
    let spaced = !t
        .as_bytes()
        .windows(2)
        .any(|w| w[1].is_ascii_whitespace() && (w[0].is_ascii_whitespace() || w[1] != b' '))
        && (t.is_ascii() || !t.contains(|c: char| !c.is_ascii() && c.is_whitespace()));
    if spaced {
        xxhash_rust::xxh3::xxh3_64(t.as_bytes())
    } else {
        xxhash_rust::xxh3::xxh3_64(
            t.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .as_bytes(),
        )
    }
}

/// Language detection reads at most this much of a block, and twice this of the article sample
/// (its cost grows with the length; a few hundred bytes of prose identify the language).
const DETECT_BYTES: usize = 600;
/// The words of this much of an article's prose are what a last block is compared with before
/// any detection (a hash set of a few thousand words costs far less than detecting once).
const KNOWN_WORDS_BYTES: usize = 8 * 1024;

/// The first `n` bytes of `s`, cut back to a character boundary.
fn head(s: &str, n: usize) -> &str {
    &s[..s.floor_char_boundary(n.min(s.len()))]
}

/// Whether `block` reads as the language of `sample`, judged from words alone (lower-cased
/// text): at least 40% of its first 100 words (8 at least) occur in `sample`, or at least a
/// fifth of them (3 at least) are words that make one in 200 of the sample's words — function
/// words in any language ("the", "of", "und", "и"), which a block in another language rarely
/// shares. Scripts without spaces never pass (their "words" are whole clauses).
#[cfg(test)]
pub(super) fn shares_words(block: &str, sample: &str) -> bool {
    shares_lower_words(&block.to_lowercase(), &[&sample.to_lowercase()])
}

/// [`shares_words`] for text lower-cased already (a block's features hold it so), the sample
/// in parts: only the block's words are counted in it, and the count stops as soon as enough of
/// them are known.
fn shares_lower_words(block: &str, sample: &[&str]) -> bool {
    fn words(s: &str) -> impl Iterator<Item = &str> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    }
    let mine: Vec<&str> = words(block).take(100).collect();
    if mine.len() < 5 {
        return false;
    }
    let mut counts: rustc_hash::FxHashMap<&str, u32> = mine.iter().map(|&w| (w, 0)).collect();
    let count =
        |counts: &rustc_hash::FxHashMap<&str, u32>, w: &&str| counts.get(w).copied().unwrap_or(0);
    let enough_known = |counts: &rustc_hash::FxHashMap<&str, u32>| {
        let known = mine.iter().filter(|w| count(counts, w) > 0).count();
        mine.len() >= 8 && known * 5 >= mine.len() * 2
    };
    let mut total = 0u32;
    for part in sample {
        for w in words(part) {
            total += 1;
            if let Some(n) = counts.get_mut(w) {
                *n += 1;
            }
        }
        if enough_known(&counts) {
            return true;
        }
    }
    let frequent = mine
        .iter()
        .filter(|w| count(&counts, w) >= 2 && count(&counts, w) * 200 >= total)
        .count();
    frequent >= 3 && frequent * 5 >= mine.len()
}

/// Kept blocks at the very end that are in another language than the article and sit next to
/// boilerplate: a banner or footer in the site's language.
pub fn foreign_tail(blocks: &[BlockView<'_>], feats: &[Features], verdicts: &mut [Option<Drop>]) {
    later_duplicates(feats, verdicts);
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| verdicts[i].is_none())
        .collect();
    if kept.len() < 3 {
        return;
    }
    // Language detection is the costly part: only when the last kept block could qualify
    // (prose-sized, next to a dropped block).
    let last = kept[kept.len() - 1];
    let beside_dropped = |i: usize| {
        i + 1 >= blocks.len() || verdicts[i + 1].is_some() || (i > 0 && verdicts[i - 1].is_some())
    };
    if feats[last].weq < 5.0 || !beside_dropped(last) {
        return;
    }
    // The article's prose before the last block: its words, and a sample for detection.
    let prose: Vec<usize> = kept[..kept.len() - 1]
        .iter()
        .copied()
        .filter(|&i| feats[i].prose())
        .scan(0, |bytes, i| {
            let before = *bytes;
            *bytes += feats[i].lower.len() + 1;
            (before <= KNOWN_WORDS_BYTES).then_some(i)
        })
        .collect();
    // Most of the last block's words occur in the article: same language, no detection needed.
    let parts: Vec<&str> = prose.iter().map(|&i| feats[i].lower.as_str()).collect();
    if prose.is_empty() || shares_lower_words(&feats[last].lower, &parts) {
        return;
    }
    let mut sample = String::new();
    for &i in &prose {
        if sample.len() > 2 * DETECT_BYTES {
            break;
        }
        sample.push_str(blocks[i].text);
        sample.push('\n');
    }
    // The last block alone first: when its language is not clear, nothing here can qualify.
    // (Detection costs about a thousand instructions a byte: the walk below reuses this one.)
    let mut last_info =
        whatlang::detect(head(blocks[last].text, DETECT_BYTES)).filter(|i| i.is_reliable());
    if last_info.is_none() {
        return;
    }
    let Some(article_lang) = whatlang::detect(head(&sample, DETECT_BYTES))
        .filter(|i| i.is_reliable())
        .map(|i| i.lang())
    else {
        return;
    };
    // Walk back from the end over kept blocks; stop at the first block in the article's language.
    let mut tail: Vec<usize> = Vec::new();
    for &i in kept.iter().rev() {
        let detected = if i == last {
            last_info.take()
        } else {
            whatlang::detect(head(blocks[i].text, DETECT_BYTES))
        };
        let Some(info) = detected else {
            break;
        };
        if info.lang() == article_lang || !info.is_reliable() || feats[i].weq < 5.0 {
            break;
        }
        let next_dropped = i + 1 >= blocks.len() || verdicts[i + 1].is_some();
        let prev_dropped = i > 0 && verdicts[i - 1].is_some();
        if !(next_dropped || prev_dropped) {
            break;
        }
        let reason = [i + 1, i.wrapping_sub(1)]
            .iter()
            .filter_map(|&j| verdicts.get(j).and_then(|v| v.as_ref()))
            .map(|d| d.reason)
            .find(|r| *r != Reason::UiChrome && *r != Reason::OutsideArticle)
            .unwrap_or(Reason::OutsideArticle);
        verdicts[i] = Some(Drop::new(
            reason,
            "foreign-language-tail",
            format!(
                "{} in a {} article",
                info.lang().eng_name(),
                article_lang.eng_name()
            ),
        ));
        tail.push(i);
    }
    // A "tail" holding most of the kept text is the article, and what came before it the page
    // around it (site notices in another language): it stays.
    let size = |i: &usize| blocks[*i].text.len();
    if 2 * tail.iter().map(size).sum::<usize>() > kept.iter().map(size).sum::<usize>() {
        for i in tail {
            verdicts[i] = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::words_hash;

    #[test]
    fn a_words_hash_is_the_same_however_the_words_are_spaced() {
        let one = words_hash("the minister said on tuesday");
        for spaced in [
            "the  minister said on tuesday",
            " the minister\tsaid on\ntuesday ",
            "the\u{a0}minister said on tuesday",
        ] {
            assert_eq!(words_hash(spaced), one, "{spaced:?}");
        }
        assert_ne!(words_hash("the minister said on wednesday"), one);
    }
}
