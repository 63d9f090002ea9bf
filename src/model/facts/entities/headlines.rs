//! Headline case and capitals: lines whose every word is capitalised, and names inside them.

use super::*;

/// Is the block a headline in title case ("Donald Trump Ties Hillary Clinton With Michael
/// Bloomberg")? Then capitals do not end names: most words have one.
pub(super) fn is_title_case(tokens: &[Token<'_>]) -> bool {
    let words = tokens.iter().filter(|t| t.text.len() > 3 && t.is_word());
    let (mut n, mut capitalised, mut shouted) = (0, 0, 0);
    for t in words {
        n += 1;
        if t.is_capitalised() && t.text.chars().any(char::is_lowercase) {
            capitalised += 1;
        } else if t.text.chars().all(|c| !c.is_lowercase())
            && t.text.chars().any(char::is_uppercase)
        {
            // A word in capitals for emphasis ("Named By Police BEFORE Obama's Briefing").
            shouted += 1;
        } else if !matches!(
            t.text,
            "with" | "from" | "into" | "over" | "than" | "upon" | "onto" | "amid" | "about"
        ) {
            // A longer word in lower case: prose, or sentence case.
            return false;
        }
    }
    // (A line mostly in capitals is another case: see `known_in_caps`.)
    n >= 4 && (capitalised + shouted) * 4 >= n * 3 && capitalised * 2 >= n
}

/// A run-in heading that opens the block: title-case words up to a colon ("Little Relief for
/// Refugees: The refugee crisis…", "Veto Power Impedes Peace Efforts: …"). Returns the colon's
/// token index. Capitals there say nothing more than in a headline; a speaker's label ("Sen.
/// John McCain: …") is a name that [`headline_names`] keeps.
pub(super) fn run_in_head(tokens: &[Token<'_>]) -> Option<usize> {
    const SMALL: &[&str] = &[
        "of", "for", "to", "by", "on", "the", "a", "an", "and", "in", "at", "with", "from", "over",
        "into", "as", "vs",
    ];
    let c = tokens.iter().take(11).position(|t| t.text == ":")?;
    let head = &tokens[..c];
    if c < 3 || head.iter().any(|t| t.sentence != tokens[0].sentence) || !tokens[0].is_capitalised()
    {
        return None;
    }
    let (mut capitalised, mut small) = (0, 0);
    for t in head.iter().filter(|t| t.is_word()) {
        if t.is_capitalised() {
            capitalised += 1;
        } else if SMALL.contains(&t.text) {
            small += 1;
        } else {
            return None;
        }
    }
    (capitalised >= 4 || (capitalised >= 2 && small >= 1 && capitalised + small >= 3)).then_some(c)
}

/// Whether "the" at token `k` opens a publication's name, by what is said around it: "told the
/// Hill", "according to the Hill", "an interview with the Sun", "the Atlantic reported".
pub(super) fn cites_a_paper(tokens: &[Token<'_>], k: usize) -> bool {
    let at = |j: Option<usize>| {
        j.and_then(|j| tokens.get(j))
            .filter(|t| t.sentence == tokens[k].sentence)
            .map_or("", |t| t.text)
    };
    let before = at(k.checked_sub(1));
    let before2 = at(k.checked_sub(2));
    matches!(before, "told" | "tells")
        || (before == "to" && before2 == "according")
        || (before == "with" && before2 == "interview")
        || matches!(
            at(Some(k + 2)),
            "reported" | "reports" | "wrote" | "writes" | "published" | "first"
        )
}

/// A function word capitalised inside a sentence ("The", "And", "Between"): surely a headline's
/// title case, not prose full of names.
pub(super) fn has_headline_capitals(tokens: &[Token<'_>]) -> bool {
    tokens.iter().any(|t| {
        !t.sentence_start
            && matches!(
                t.text,
                "The"
                    | "And"
                    | "To"
                    | "For"
                    | "With"
                    | "From"
                    | "Between"
                    | "Is"
                    | "Are"
                    | "Was"
                    | "Could"
                    | "Will"
                    | "Would"
                    | "Can"
                    | "Has"
                    | "Have"
                    | "Into"
                    | "Over"
                    | "About"
                    | "After"
                    | "Against"
                    | "If"
                    | "At"
                    | "On"
                    | "In"
                    | "Of"
                    | "By"
                    | "As"
                    | "Me"
                    | "Behind"
                    | "How"
                    | "Why"
                    | "What"
                    | "Not"
                    | "Just"
            )
    })
}

/// A word of a headline that tells a name: a place, organisation or people a list knows, a
/// title, or a word that names organisations or places ("Bank", "County").
pub(super) fn listed_word(t: &Token<'_>, g: &Gazetteer) -> bool {
    with_lower(t.text, |l| {
        g.places.contains_key(l) || g.orgs.contains_key(l) || g.demonyms.contains_key(l)
    }) || g.is_title(t.text)
        || g.org_words.contains(t.text)
        || g.place_words.contains(t.text)
}

/// An acronym, or a brand's inner capital ("FDIC", "YouTube").
pub(super) fn acronym_word(t: &Token<'_>) -> bool {
    !t.text.chars().skip(1).all(char::is_lowercase)
}

/// The names in a run of a title-case headline when [`is_title_case`] may be mistaken (no
/// function word is capitalised mid-sentence, so the block could be prose full of names): a
/// run is cut before a known given name that follows two words or more, the last a verb in -s
/// ("Donald Trump Ties | Hillary Clinton"), and a part that opens with a given name keeps it and
/// one more word ("Donald Trump", not "Donald Trump Ties").
pub(super) fn cut_at_verbs(
    tokens: &[Token<'_>],
    start: usize,
    end: usize,
    g: &Gazetteer,
) -> Vec<(usize, usize)> {
    let given = |k: usize| g.given.contains_key(tokens[k].text);
    // A headline's verb: "Ties", "Beats", "Endorses", "Invited".
    let verb = |k: usize| {
        let v = tokens[k].text;
        v.len() > 3 && ((v.ends_with('s') && !v.ends_with("ss")) || v.ends_with("ed"))
    };
    let mut cuts = vec![start];
    for k in start + 2..end.saturating_sub(1) {
        // (Or any word, when the given name opens a two-word name in a run of more:
        // "Conservative Icon | Morton Blackwell Endorses".)
        if given(k)
            && !given(k - 1)
            && (verb(k - 1)
                || (tokens[k + 1].is_capitalised()
                    // (A title stays with its name: "Later Gov. Bill Richardson".)
                    && !tokens[k - 1].text.ends_with('.')
                    && !g.is_title_or_role(tokens[k - 1].text)))
            && k >= cuts[cuts.len() - 1] + 2
        {
            cuts.push(k);
        }
    }
    // "Donald Trump Rampages": a verb after a given name and a surname ends the name.
    // (Not after a middle initial or a second given name: "Richard S. Rogers".)
    let verb_after_name = |a: usize, b: usize| {
        given(a)
            && b - a > 2
            && verb(a + 2)
            && !given(a + 1)
            && tokens[a + 1].text.trim_end_matches('.').chars().count() > 1
    };
    if cuts.len() == 1 {
        return if verb_after_name(start, end) {
            vec![(start, start + 2)]
        } else {
            vec![(start, end)]
        };
    }
    cuts.push(end);
    let known = |k: usize| listed_word(&tokens[k], g) || acronym_word(&tokens[k]);
    cuts.windows(2)
        .filter(|w| given(w[0]) || (w[0]..w[1]).any(known))
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            if (b < end && given(a) && b - a > 2) || verb_after_name(a, b) {
                (a, a + 2)
            } else {
                (a, b)
            }
        })
        .collect()
}

/// The names in a run of a title-case headline, where capitals do not mark names
/// ("Flint Water Response Perfectly Captures The Difference Between Bernie Sanders And Hillary
/// Clinton"). Only when `headline` (the block [`has_headline_capitals`]); else [`cut_at_verbs`].
/// - the run is cut at function words ("The", "And", "Between") and before a known given name
///   that does not follow another ("Donald Trump Ties | Hillary Clinton");
/// - a part that opens with a given name keeps it and one more word ("Donald Trump", not
///   "Donald Trump Ties"), or two after a middle initial;
/// - a part that no list knows, with no title, given name or acronym ("Flint Water Response
///   Perfectly Captures", "Look"), names nothing: the article's text will name what matters.
pub(super) fn headline_names(
    tokens: &[Token<'_>],
    text: &str,
    (start, end): (usize, usize),
    headline: bool,
    g: &Gazetteer,
) -> Vec<(usize, usize)> {
    if !headline {
        return cut_at_verbs(tokens, start, end, g);
    }
    let given = |k: usize| g.given.contains_key(tokens[k].text);
    let function = |k: usize| {
        let l = lower(&tokens[k]);
        is_not_name(&l)
            && !given(k)
            && !g.is_title(tokens[k].text)
            && known_prefix(tokens, text, k, end + 1, g) == k
    };
    // (An organisation's or a place's word tells a name where it ends one or "of" follows:
    // "Campaign Legal Center", "Department Of Homeland Security"; not "Makes Campaign
    // Announcement".)
    let listed_in = |k: usize, b: usize| {
        let t = &tokens[k];
        with_lower(t.text, |l| {
            g.places.contains_key(l) || g.orgs.contains_key(l) || g.demonyms.contains_key(l)
        }) || g.is_title(t.text)
            || ((k + 1 == b || matches!(tokens[k + 1].text, "Of" | "of" | "For" | "for"))
                && (g.org_words.contains(t.text) || g.place_words.contains(t.text)))
    };
    let acronym = |k: usize| acronym_word(&tokens[k]);
    // Two capitals or more and no small letter: "FDIC", "U.S." (not "R.").
    let shouted = |k: usize| {
        all_caps(&tokens[k])
            && tokens[k]
                .text
                .bytes()
                .filter(u8::is_ascii_uppercase)
                .count()
                >= 2
    };
    let mut parts = Vec::new();
    let mut a = start;
    while a < end {
        if function(a) {
            a += 1;
            continue;
        }
        // The part: up to a function word, or to a given name that does not follow another.
        let mut b = a + 1;
        while b < end && !function(b) && (!given(b) || given(b - 1)) {
            b += 1;
        }
        // A name the lists know opening the part ("The United States", "White House").
        let known = known_prefix(tokens, text, a, b + 1, g);
        if given(a) && b - a > 2 {
            let initial = tokens[a + 1].text.trim_end_matches('.').len() == 1;
            let keep = if initial && b - a > 3 { 3 } else { 2 };
            parts.push((a, a + keep));
        } else if !given(a) && !(a..b).any(|k| listed_in(k, b) || acronym(k)) {
            // Nothing tells a name from a capitalised word: none, or the known name alone
            // ("Former White House Doctor Says" names the White House).
            if known > a {
                parts.push((a, known));
            }
        } else if !given(a)
            && !(a..b).any(|k| listed_in(k, b))
            && known == a
            && (a..b).filter(|&k| acronym(k)).all(shouted)
        {
            // Only a word in capitals tells: it alone is the name ("FDIC Accused Of Covering Up
            // …" names the FDIC). (A middle initial is no such word: "Jaime R. Harrison".)
            parts.extend((a..b).filter(|&k| acronym(k)).map(|k| (k, k + 1)));
        } else {
            parts.push((a, b));
        }
        a = b;
    }
    parts
}

pub(in crate::model::facts) fn all_caps(t: &Token<'_>) -> bool {
    t.text.chars().any(char::is_alphabetic) && !t.text.chars().any(char::is_lowercase)
}

/// A run in capitals ("ESSEX AND KENT MADE TO SWEAT IN TITLE RACE") is headline case, where
/// capitals say nothing: only the places and organisations the lists know are names in it.
pub(super) fn known_in_caps(
    tokens: &[Token<'_>],
    text: &str,
    start: usize,
    end: usize,
    g: &Gazetteer,
    out: &mut Vec<Mention>,
) {
    let mut k = start;
    while k < end {
        let found = (1..=3.min(end - k)).rev().find_map(|len| {
            let name = &text[tokens[k].bstart..tokens[k + len - 1].bend];
            let l = name.to_lowercase();
            let hit = g
                .places
                .get(&l)
                .map(|c| (FactKind::Place, *c))
                .or_else(|| g.orgs.get(&l).map(|c| (FactKind::Organization, *c)));
            hit.map(|(kind, c)| (len, kind, c))
        });
        let Some((len, kind, canonical)) = found else {
            k += 1;
            continue;
        };
        out.push(Mention::of(
            tokens,
            text,
            k,
            k + len,
            kind,
            Some(canonical.to_string()),
        ));
        k += len;
    }
}

/// Teams in results lines: "Wigan 42 Bradford Bulls 36", "Scunthorpe 4 2 1 1 3 3 7",
/// "Alba (Germany) 75 Red Star (Yugoslavia) 70", "Sussex 363 and 144, Lancashire 218". A line that
/// starts with a name and holds only names each followed by a score (a parenthesis may come
/// between), numbers and a few joining words is a results or standings line; its names are
/// teams (in a market table, companies): organisations. A lone multi-word name in such a line
/// may be a player ("Ian Woosnam 70 68 71"), so it counts only when it has a place or a club
/// word in it. Returns token ranges.
pub(super) fn score_lines(tokens: &[Token<'_>], text: &str, g: &Gazetteer) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for k in 1..=tokens.len() {
        let new_line =
            k == tokens.len() || text[tokens[k - 1].bend..tokens[k].bstart].contains('\n');
        if new_line {
            out.extend(
                score_line(&tokens[line_start..k], g)
                    .into_iter()
                    .map(|(s, e)| (s + line_start, e + line_start)),
            );
            line_start = k;
        }
    }
    out
}

pub(super) fn score_line(line: &[Token<'_>], g: &Gazetteer) -> Vec<(usize, usize)> {
    const JOINERS: &[&str] = &["and", "v", "vs", "at"];
    const CLUB_WORDS: &[&str] = &[
        "City",
        "United",
        "Town",
        "County",
        "Rovers",
        "Rangers",
        "Athletic",
        "Albion",
        "Wanderers",
        "Thistle",
        "Hotspur",
        "Villa",
        "Forest",
        "FC",
        "SC",
        "AC",
        "Sporting",
        "Real",
        "Dynamo",
        "Dinamo",
        "Red",
        "Star",
        "Bulls",
        "Giants",
        "Sox",
        "Cubs",
    ];
    // A label before a colon ("Postponed:", "Playing Sunday:") is not a team.
    let offset = match line.iter().position(|t| t.text == ":") {
        Some(c) if c <= 3 && line[..c].iter().all(|t| t.is_word()) => c + 1,
        _ => 0,
    };
    // Players' figures, not teams' scores: "Bowling: Wasim Akram 10-0-50-0, Waqar Younis
    // 9-0-54-1", "Scorers: …".
    let players_label = offset > 0
        && matches!(
            line[0].text.to_lowercase().as_str(),
            "bowling" | "batting" | "scorers" | "scorer" | "goalscorers"
        );
    let bowling_figures = line
        .iter()
        .any(|t| t.is_number() && t.text.matches('-').count() >= 3);
    if players_label || bowling_figures {
        return Vec::new();
    }
    let tokens = &line[offset..];
    let skip_paren = |mut j: usize| {
        if tokens.get(j).is_some_and(|t| t.text == "(") {
            while j < tokens.len() && tokens[j].text != ")" {
                j += 1;
            }
            j += 1;
        }
        j
    };
    if tokens.first().is_none_or(|t| !is_name_token(t)) {
        return Vec::new();
    }
    let versus = |k: usize| tokens.get(k).is_some_and(|t| matches!(t.text, "v" | "vs"));
    let (mut runs, mut numbers, mut fixtures, mut i) = (Vec::new(), 0, 0, 0);
    while i < tokens.len() {
        let t = &tokens[i];
        if is_name_token(t) {
            let s = i;
            while i < tokens.len() && is_name_token(&tokens[i]) {
                i += 1;
            }
            let j = skip_paren(i);
            // "East Fife v Clydebank": a fixture; the team after "v" may end the line or a list.
            let after_versus = s > 0 && versus(s - 1);
            if versus(j) || (after_versus && tokens.get(j).is_none_or(|t| t.text == ",")) {
                fixtures += 1;
            } else if !tokens.get(j).is_some_and(Token::is_number) {
                return Vec::new();
            }
            runs.push((s, i));
            i = j;
        } else if t.text == "(" {
            i = skip_paren(i);
        } else {
            if t.is_number() {
                numbers += 1;
            } else if t.is_word() && !JOINERS.contains(&t.text) {
                return Vec::new();
            }
            i += 1;
        }
    }
    // Fixtures: two pairs, or one under a label ("Playing Sunday: Queens Park Rangers v Bolton");
    // a lone "Roe v Wade" is a case name.
    let fixture_line = fixtures >= 4 || (offset > 0 && fixtures >= 2);
    if numbers < 2 && !fixture_line {
        return Vec::new();
    }
    let several = runs.len() >= 2;
    runs.retain(|&(s, e)| {
        e - s == 1
            || several
            || tokens[s..e]
                .iter()
                .any(|t| CLUB_WORDS.contains(&t.text) || g.is_place(t.text))
            // ("St Mirren 3 1 1 1 5 4 4", "East Fife 2 …": a saint's or a side's name is no
            // player's.)
            || super::super::text::is_saint(tokens[s].text)
            || matches!(tokens[s].text, "East" | "West" | "North" | "South")
    });
    runs.into_iter()
        .map(|(s, e)| (s + offset, e + offset))
        .collect()
}
