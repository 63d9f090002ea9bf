//! Passes over a whole story: headline tails, names that are common words elsewhere in the story,
//! quoted titles.

use super::*;

/// The words the texts write in lower case ("documentary", "fire"): what tells a capitalised
/// common word from a name.
pub(super) fn lower_case_words<'t>(
    texts: impl Iterator<Item = &'t str>,
) -> rustc_hash::FxHashSet<&'t str> {
    texts
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect()
}

/// A headline run into a name: "Hillary Clinton Documentary Skips Collapse at 9/11 Ceremony."
/// A person's name the story writes on its own (or a given name and a surname it writes alone),
/// then capitalised words, the first of which it also writes in lower case ("documentary"):
/// the name ends where those words begin. (Not
/// "Martin Luther King" beside "king": the story never names "Martin Luther" alone.)
pub fn trim_headline_tails(paragraphs: &mut [Paragraph<'_, '_>]) {
    let candidate = |m: &Mention| {
        m.kind == FactKind::Person && m.canonical.is_none() && m.tok_end - m.tok_start >= 3
    };
    if !paragraphs.iter().any(|p| p.mentions.iter().any(candidate)) {
        return;
    }
    // The full names the story writes, and the surnames it writes alone ("Clinton").
    let names: rustc_hash::FxHashSet<String> = paragraphs
        .iter()
        .flat_map(|p| p.mentions.iter())
        .filter(|m| m.kind == FactKind::Person && !candidate(m))
        .map(|m| m.text.clone())
        .collect();
    let g = Gazetteer::get();
    let named = |name: &str| {
        names.contains(name)
            || name.split_once(' ').is_some_and(|(given, surname)| {
                g.given.contains_key(given) && !surname.contains(' ') && names.contains(surname)
            })
    };
    let lower = lower_case_words(paragraphs.iter().map(|p| p.text));
    for Paragraph {
        text,
        tokens,
        mentions,
    } in paragraphs.iter_mut()
    {
        for m in mentions.iter_mut().filter(|m| candidate(m)) {
            let (s, e) = (m.tok_start, m.tok_end);
            let Some(cut) = (s + 2..e).rev().find(|&j| {
                named(&text[tokens[s].bstart..tokens[j - 1].bend])
                    && with_lower(tokens[j].text, |l| lower.contains(l))
                    && tokens[j..e].iter().all(|t| {
                        t.is_capitalised()
                            && t.text.chars().skip(1).all(char::is_lowercase)
                            && !g.given.contains_key(t.text)
                            && !g.org_words.contains(t.text)
                    })
            }) else {
                continue;
            };
            *m = Mention {
                title: m.title.take(),
                weak: m.weak,
                ..Mention::of(tokens, text, s, cut, FactKind::Person, None)
            };
        }
    }
}

/// Drops the names that are common words. A person: a run of two or more capitalised words,
/// no title before it and no given name in it, each of which the story also writes in lower
/// case ("Fire Safety", "Air Bag Safety" on a sign, where "fire" and "safety" are in the text).
/// A person's
/// name seldom is ("Condoleezza Rice" beside "rice" is rare, and a given name keeps it). So are
/// the places no list knows that were read from "in" or "at" alone ("at State", "in Politics"
/// beside "state" and "politics"; not "the South"). The price: a town the lists leave out
/// because its name is a word ("Reading") is lost where the story writes that word too.
pub fn drop_common_word_names<'t, 'm>(
    paragraphs: impl Iterator<Item = &'m mut Vec<Mention>>,
    texts: impl Iterator<Item = &'t str> + Clone,
) {
    let g = Gazetteer::get();
    // (A place of several words only when none of them names a kind of place: "in Mental
    // Coverage", not "in Deer Creek".)
    // (And a lone word taken for a name only because it opens a sentence: "Markets opened…".)
    let candidate = |m: &Mention| {
        m.opening
            || ((m.kind == FactKind::Person
                || (m.kind == FactKind::Place
                    && !g.is_place(&m.text)
                    && (!m.text.contains(' ')
                        || m.text.split(' ').all(|w| !g.place_words.contains(w)))
                    && !matches!(m.text.as_str(), "North" | "South" | "East" | "West")))
                && m.title.is_none()
                && m.canonical.is_none()
                && (m.text.contains(' ') || m.kind == FactKind::Place)
                && m.text.split(' ').all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().skip(1).all(char::is_lowercase)
                        && !g.given.contains_key(w)
                }))
    };
    let mut paragraphs: Vec<&mut Vec<Mention>> = paragraphs.collect();
    // "the Commission" stays where the story names a body it ends ("the European Commission").
    // It is that body where the story names only one such ("the Commission" links to it).
    if paragraphs.iter().any(|p| p.iter().any(|m| m.generic)) {
        let mut heads: rustc_hash::FxHashMap<String, Vec<String>> = Default::default();
        for m in paragraphs
            .iter()
            .flat_map(|p| p.iter())
            .filter(|m| !m.generic && m.kind == FactKind::Organization)
        {
            if let Some((_, last)) = m.text.rsplit_once(' ') {
                let full = m.canonical.clone().unwrap_or_else(|| m.text.clone());
                let bodies = heads.entry(last.to_string()).or_default();
                if !bodies.contains(&full) {
                    bodies.push(full);
                }
            }
        }
        for p in paragraphs.iter_mut() {
            p.retain_mut(|m| {
                if !m.generic {
                    return true;
                }
                let Some(bodies) = heads.get(&m.text) else {
                    return false;
                };
                if let [one] = bodies.as_slice() {
                    m.canonical = Some(one.clone());
                }
                true
            });
        }
    }
    // A word taken for a name only because it opens a sentence before a verb ("Xi has…",
    // "Trade slowed…"), and no given name, stays only where another name of the story opens or
    // ends with it ("Xi Jinping", "Mattel Inc").
    if paragraphs.iter().any(|p| p.iter().any(|m| m.opening)) {
        let mut ends: rustc_hash::FxHashSet<String> = Default::default();
        for m in paragraphs
            .iter()
            .flat_map(|p| p.iter())
            .filter(|m| !m.opening)
        {
            ends.insert(m.text.split(' ').next().unwrap_or_default().to_string());
            ends.insert(m.text.rsplit(' ').next().unwrap_or_default().to_string());
        }
        for p in paragraphs.iter_mut() {
            p.retain(|m| {
                !m.opening || g.given.contains_key(m.text.as_str()) || ends.contains(&m.text)
            });
        }
    }
    // A run-in heading's name of several words, no title, no given name first and no list's
    // ("Veto Power Impedes Peace Efforts: …", "The Gap Goes On: …"): half of its words or more
    // written in lower case in the story make it a heading's words.
    let heading = |m: &Mention| {
        m.head
            && m.text.contains(' ')
            && m.title.is_none()
            && m.canonical.is_none()
            && m.text
                .split(' ')
                .next()
                .is_some_and(|w| !g.given.contains_key(w))
    };
    // The words of the names outside headings.
    let named_words: rustc_hash::FxHashSet<String> =
        if paragraphs.iter().any(|p| p.iter().any(heading)) {
            paragraphs
                .iter()
                .flat_map(|p| p.iter())
                .filter(|m| !m.head)
                .flat_map(|m| m.text.split(' ').map(str::to_string))
                .collect()
        } else {
            Default::default()
        };
    let mut lower: Option<rustc_hash::FxHashSet<&'t str>> = None;
    for mentions in paragraphs {
        if !mentions.iter().any(|m| candidate(m) || heading(m)) {
            continue;
        }
        let lower = lower.get_or_insert_with(|| lower_case_words(texts.clone()));
        let common = |w: &str| with_lower(w, |l| lower.contains(l));
        mentions.retain(|m| {
            let words = m.text.split(' ').filter(|w| w.len() > 1);
            let (n, written) = words.fold((0, 0), |(n, c), w| (n + 1, c + usize::from(common(w))));
            // (Unless a word of it that is no common word names someone or something in the
            // story's text: "Hacker Guccifer", "Trump Campaign".)
            let named = || {
                m.text
                    .split(' ')
                    .any(|w| !common(w) && named_words.contains(w))
            };
            !(candidate(m) && m.text.split(' ').all(common)
                || heading(m) && 2 * written >= n && !named())
        });
    }
}

/// A title in quotes ("No Country for Old Men," "There Will Be Blood"): a quoted run of
/// capitalised words (small words between them) names a work, not the organisation, person or
/// place no list knows inside it. A name a list knows, or that opens with a given name, stays.
pub fn drop_quoted_titles(tokens: &[Token<'_>], mentions: &mut Vec<Mention>) {
    if !tokens.iter().any(|t| matches!(t.text, "\"" | "“")) {
        return;
    }
    let g = Gazetteer::get();
    mentions.retain(|m| {
        if m.canonical.is_some()
            || m.title.is_some()
            || !(matches!(m.kind, FactKind::Organization | FactKind::Person)
                // ("Eastern Promises": a place no list knows is a title's words too.)
                || (m.kind == FactKind::Place && !g.is_place(&m.text)))
            || m.text
                .split(' ')
                .next()
                .is_some_and(|w| g.given.contains_key(w))
        {
            return true;
        }
        // Out from the name to the quote marks, over title-case words only.
        // (A number is a sequel's: "High School Musical 2".)
        let title_word = |t: &Token<'_>| {
            t.is_capitalised()
                || (t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit()))
                || matches!(
                    t.text,
                    "of" | "the" | "for" | "and" | "a" | "in" | "s" | "'" | "’"
                )
        };
        let mut a = m.tok_start;
        while a > 0 && title_word(&tokens[a - 1]) && a + 6 > m.tok_start {
            a -= 1;
        }
        let mut b = m.tok_end;
        while b < tokens.len() && title_word(&tokens[b]) && b < m.tok_end + 6 {
            b += 1;
        }
        if b < tokens.len() && matches!(tokens[b].text, "," | "." | "!" | "?") {
            b += 1;
        }
        // (Straight quotes alternate: an even number before one makes it an opening mark.)
        let straight_before = |k: usize| tokens[..k].iter().filter(|t| t.text == "\"").count();
        let opened = a > 0
            && match tokens[a - 1].text {
                "“" => true,
                "\"" => straight_before(a - 1) % 2 == 0,
                _ => false,
            };
        let closed = opened
            && b < tokens.len()
            && match tokens[b].text {
                "”" => true,
                "\"" => straight_before(b) % 2 == 1,
                _ => false,
            };
        // (A quote of a few words only: a sentence in quotes is speech, not a title.)
        !(opened && closed && b - a <= 8)
    });
}
