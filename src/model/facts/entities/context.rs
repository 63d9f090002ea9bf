//! What the words around a candidate say: an organisation noun before it, a title after it,
//! an opening quote, a portfolio or a nickname.

use super::*;

/// What follows a name that only a person takes: ", who …" and an age (", 45,").
pub(super) fn person_cue_after(tokens: &[Token<'_>], e: usize) -> bool {
    let text = |k: usize| tokens.get(k).map_or("", |t| t.text);
    text(e) == ","
        && (matches!(text(e + 1), "who" | "whose")
            || (text(e + 2) == ","
                && text(e + 1)
                    .parse::<u32>()
                    .is_ok_and(|n| (1..=120).contains(&n))))
}

/// A name joined to a participle that says where something is based or who leads, backs or
/// owns it: "Chicago-based" (`true`: only a place is based), "NATO-led", "GOP-backed",
/// "Kremlin-funded". Returns the name's part and whether it was "-based".
pub(super) fn joined_participle(word: &str) -> Option<(&str, bool)> {
    const SUFFIXES: &[&str] = &[
        "-based",
        "-led",
        "-backed",
        "-owned",
        "-funded",
        "-sponsored",
        "-brokered",
        "-dominated",
        "-controlled",
        "-allied",
        "-aligned",
        "-affiliated",
        "-supported",
        "-financed",
        "-run",
    ];
    if !word.contains('-') {
        return None;
    }
    SUFFIXES.iter().find_map(|suffix| {
        strip_suffix_ascii(word, suffix)
            .filter(|head| !head.is_empty())
            .map(|head| (head, *suffix == "-based"))
    })
}

/// `word` without `suffix`, compared ignoring ASCII case: ("Louis-based", "-based") → "Louis".
pub(super) fn strip_suffix_ascii<'a>(word: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = word.len().checked_sub(suffix.len())?;
    (cut > 0 && word.is_char_boundary(cut) && word[cut..].eq_ignore_ascii_case(suffix))
        .then(|| &word[..cut])
}

/// Is the name at token `s` an item of a list that organisations open ("firms including
/// Mobil, Shell and Caltex", "banks such as HSBC")? Walks back over the list's names and
/// separators to "including", "like" or "such as", and checks the plural noun before it.
pub(super) fn listed_after_org_noun(tokens: &[Token<'_>], s: usize) -> bool {
    let Some(sentence) = tokens.get(s).map(|t| t.sentence) else {
        return false;
    };
    let mut k = s;
    // At most a dozen names back: a list, not a paragraph.
    for _ in 0..40 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        let t = &tokens[p];
        if t.sentence != sentence {
            return false;
        }
        match t.text {
            "including" | "like" | "as" => {
                let noun_at = if t.text == "as" {
                    if p < 2 || tokens[p - 1].text != "such" {
                        return false;
                    }
                    p - 2
                } else {
                    let Some(n) = p.checked_sub(1) else {
                        return false;
                    };
                    n
                };
                let noun = tokens[noun_at].text.to_ascii_lowercase();
                let singular = noun
                    .strip_suffix("ies")
                    .map(|b| format!("{b}y"))
                    .or_else(|| noun.strip_suffix('s').map(str::to_string));
                return singular.is_some_and(|n| ORG_NOUNS.contains(&n.as_str()));
            }
            "," | "and" | "or" | "&" | "." => k = p,
            _ if t.is_capitalised() => k = p,
            _ => return false,
        }
    }
    false
}

/// Is the name at tokens `s..e` written right after a body's noun ("news agency Tanjug") or
/// set off by commas after one ("his firm, Teneo,")? (Not "side": "on the Democratic side
/// Pate backed…" is someone.)
pub(in crate::model::facts) fn named_after_org_noun(
    tokens: &[Token<'_>],
    s: usize,
    e: usize,
) -> bool {
    s.checked_sub(1).is_some_and(|p| {
        tokens[p].sentence == tokens[s].sentence
            && tokens[p].text != "side"
            && ORG_NOUNS.contains(&tokens[p].text)
    }) || set_off_after_org_noun(tokens, s, e)
        || described_as_org(tokens, e)
}

/// A name (ending before token `e`) that the words after it, set off by a comma, call a body:
/// "Vantor, a Seattle-based startup, said", "Teneo, the consulting firm that…". The body's noun
/// must end its phrase ("Smith, a former bank executive," is someone).
pub(super) fn described_as_org(tokens: &[Token<'_>], e: usize) -> bool {
    let Some(comma) = tokens.get(e).filter(|t| t.text == ",") else {
        return false;
    };
    let sentence = comma.sentence;
    let same = |k: usize| tokens.get(k).filter(|t| t.sentence == sentence);
    if !same(e + 1).is_some_and(|t| matches!(t.text, "a" | "an" | "the")) {
        return false;
    }
    for k in e + 2..e + 6 {
        let Some(t) = same(k) else { return false };
        // ("Oromos, a minority group": a people.)
        if !t.is_word() || matches!(t.text, "minority" | "ethnic" | "religious" | "age") {
            return false;
        }
        if ORG_NOUNS.contains(&t.text) && t.text != "side" {
            return same(k + 1).is_none_or(|n| {
                matches!(
                    n.text,
                    "," | "."
                        | ";"
                        | ")"
                        | "that"
                        | "which"
                        | "whose"
                        | "based"
                        | "in"
                        | "with"
                        | "and"
                        | "owned"
                        | "founded"
                        | "known"
                        | "headquartered"
                )
            });
        }
    }
    false
}

/// A name set off by commas after a body's noun: "his firm, Teneo, gave", "the company,
/// Zyphor." — the noun after a determiner or a possessive, the name closed by a comma or the
/// sentence's end ("the firm, Smith said" is someone).
pub(super) fn set_off_after_org_noun(tokens: &[Token<'_>], s: usize, e: usize) -> bool {
    if s < 3 || tokens[s - 1].text != "," {
        return false;
    }
    let sentence = tokens[s].sentence;
    let noun = &tokens[s - 2];
    let det = &tokens[s - 3];
    let closed = tokens
        .get(e)
        .is_none_or(|t| t.sentence != sentence || matches!(t.text, "," | "." | ";"));
    noun.sentence == sentence
        && det.sentence == sentence
        && ORG_NOUNS.contains(&noun.text)
        && matches!(
            det.text.to_ascii_lowercase().as_str(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
        )
        && closed
}

/// Does token `k` open a quotation mid-sentence (right after “, ‘ or a straight quote with a
/// space before it)?
pub(super) fn opens_quote(tokens: &[Token<'_>], text: &str, k: usize) -> bool {
    let Some(q) = k.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    match q.text {
        "“" | "‘" => true,
        "\"" | "'" => text[..q.bstart].ends_with(char::is_whitespace),
        _ => false,
    }
}

/// After the word at `k`, its sentence goes on with a lower-case word or a possessive ("Bush’s
/// speech", "Trump is"): not a closing quote, a comma or a contraction ("Don't").
pub(super) fn quotation_goes_on(tokens: &[Token<'_>], k: usize) -> bool {
    let same = |j: usize| tokens.get(j).filter(|t| t.sentence == tokens[k].sentence);
    match same(k + 1).map(|t| t.text) {
        Some("’" | "'") => same(k + 2).is_some_and(|t| t.text == "s"),
        Some(w) => w.chars().next().is_some_and(char::is_lowercase),
        None => false,
    }
}

/// The token after a possessive written onto the word before `end` ("People's", "Footballers'",
/// "James'"), and whether it had its "s".
fn past_possessive(tokens: &[Token<'_>], end: usize) -> Option<(usize, bool)> {
    let apostrophe = tokens.get(end)?;
    if !matches!(apostrophe.text, "'" | "’") || apostrophe.bstart != tokens[end - 1].bend {
        return None;
    }
    let with_s = tokens
        .get(end + 1)
        .is_some_and(|t| t.text == "s" && t.bstart == apostrophe.bend);
    Some((end + 1 + usize::from(with_s), with_s))
}

/// Where a run `[start, end)` ending in a plural goes on through its possessive to an
/// organisation's word: "People's Party", "Footballers' Association" (not "Clinton's Campaign":
/// only a plural, and only "People", "Children", "Women" and "Men" take "'s").
pub(super) fn plural_possessive_org(
    tokens: &[Token<'_>],
    start: usize,
    end: usize,
    g: &Gazetteer,
) -> Option<usize> {
    let last = &tokens[end - 1];
    let irregular = matches!(last.text, "People" | "Children" | "Women" | "Men");
    let regular = last.text.len() > 3 && last.text.ends_with('s') && !last.text.ends_with("ss");
    let (k, with_s) = past_possessive(tokens, end)?;
    if !(irregular && with_s || regular && !with_s) {
        return None;
    }
    let word = tokens.get(k)?;
    (word.sentence == tokens[start].sentence
        && g.org_words.contains(word.text)
        && !super::super::companies::legal_form(word.text))
    .then_some(k + 1)
}

/// Where a saint's or a sovereign's name goes on through its possessive to a building's,
/// a park's or an institution's word: "St. James' Park", "St Mary's Hospital", "St. Peter's
/// Church", "King's College", "Queen's Park" (not "Brighton's Kensington Gardens": only a saint,
/// a king or a queen before it).
pub(super) fn saint_possessive(
    tokens: &[Token<'_>],
    start: usize,
    end: usize,
    g: &Gazetteer,
) -> Option<usize> {
    let first = tokens[start].text;
    let saint = super::super::text::is_saint(first) || first == "Saint";
    let sovereign = end == start + 1 && matches!(first, "King" | "Queen");
    // "St James", "St. James" (the dot is a token of its own).
    let saint_name = saint
        && match end - start {
            2 => true,
            3 => tokens[start + 1].text == ".",
            _ => false,
        };
    if !(saint_name || sovereign) {
        return None;
    }
    let (k, with_s) = past_possessive(tokens, end)?;
    if !with_s && !tokens[end - 1].text.ends_with('s') {
        return None;
    }
    let word = tokens.get(k)?;
    (word.sentence == tokens[start].sentence
        && (g.org_words.contains(word.text)
            || g.place_words.contains(word.text)
            || matches!(word.text, "Basilica" | "Abbey" | "Chapel")))
    .then_some(k + 1)
}

/// A word that says which field a title covers when written before it: "Political Director",
/// "Communications Director", "Deputy Chief".
/// A minister's or a secretary's portfolio, written after "of": "Secretary of State",
/// "minister of Foreign Affairs", "Secretary of Homeland Security".
pub(super) fn is_portfolio(word: &str) -> bool {
    matches!(
        word,
        "State"
            | "Defense"
            | "Defence"
            | "Justice"
            | "Labor"
            | "Labour"
            | "Commerce"
            | "Energy"
            | "Education"
            | "Agriculture"
            | "Transportation"
            | "Transport"
            | "Treasury"
            | "Interior"
            | "Health"
            | "Finance"
            | "Trade"
            | "Housing"
            | "Homeland"
            | "Security"
            | "Veterans"
            | "Foreign"
            | "Home"
            | "Affairs"
            | "Economy"
            | "Environment"
            | "Culture"
            | "War"
            | "Navy"
            | "Army"
    )
}

pub(super) fn is_title_field(word: &str) -> bool {
    matches!(
        word,
        "Political"
            | "Legislative"
            | "Communications"
            | "Communication"
            | "Executive"
            | "Press"
            | "Policy"
            | "Finance"
            | "Field"
            | "Digital"
            | "Research"
            | "Deputy"
            | "Senior"
            | "Managing"
            | "Regional"
            | "Interim"
            | "Acting"
            | "Associate"
            | "Creative"
            | "Technical"
            | "Legal"
            | "Medical"
            | "Editorial"
            | "Marketing"
            | "Outreach"
            | "Operations"
            | "Athletic"
            | "Artistic"
            // "Chief Strategy Officer", "Chief Operating Officer".
            | "Strategy"
            | "Operating"
            | "Technology"
            | "Financial"
            | "Information"
            | "Content"
            | "Product"
            | "Investment"
            | "Revenue"
            | "Compliance"
            // "Trump Campaign Manager Corey Lewandowski", "General Manager Brian Cashman".
            | "Campaign"
            | "Business"
            // "House Minority Leader Nancy Pelosi", "Senate Majority Whip".
            | "Majority"
            | "Minority"
    )
}

/// The end of a name with a nickname in quotes from `i`: a given name, a quote mark, one to
/// three capitalised words, the closing mark, then the surname's words (George "Jay" Keyworth).
pub(super) fn nicknamed(tokens: &[Token<'_>], i: usize, g: &Gazetteer) -> Option<usize> {
    let t = &tokens[i];
    if !g.given.contains_key(t.text) {
        return None;
    }
    // (Middle initials may come first: Robert C. "Bobby" Scott.)
    let mut open = i + 1;
    while open - i <= 4
        && tokens.get(open).is_some_and(|w| {
            let l = w.text.trim_end_matches('.');
            (l.len() == 1 && l.bytes().all(|b| b.is_ascii_uppercase())) || w.text == "."
        })
    {
        open += 1;
    }
    if !tokens
        .get(open)
        .is_some_and(|q| matches!(q.text, "\"" | "“"))
    {
        return None;
    }
    // (An initial's dot before the quotation mark reads as a sentence's end: the nickname's
    // sentence is the name's.)
    let sentence = if open > i + 1 {
        tokens.get(open + 1)?.sentence
    } else {
        t.sentence
    };
    let close =
        (open + 2..(open + 5).min(tokens.len())).find(|&k| matches!(tokens[k].text, "\"" | "”"))?;
    let words = &tokens[open + 1..close];
    if !words.iter().all(|w| w.is_capitalised() && w.sentence == sentence)
        // (The marks hug the nickname: `"Jay"`, not a quotation that opens after the name.)
        || tokens[open + 1].start != tokens[open].end
        || tokens[close].start != tokens[close - 1].end
    {
        return None;
    }
    let surname = close + 1;
    let end = (surname..tokens.len())
        .find(|&k| !(is_name_token(&tokens[k]) && tokens[k].sentence == sentence))
        .unwrap_or(tokens.len());
    (end > surname && end - surname <= 2).then_some(end)
}

/// Do the words from `k` make a title someone's aide holds ("Communications Director",
/// "Senior Adviser"): a title's fields, then a title word, then a name. (Not a company's
/// officer: "Cofinec CEO Stephen Frater".)
pub(super) fn title_follows(tokens: &[Token<'_>], k: usize) -> bool {
    let g = Gazetteer::get();
    let j = (k..tokens.len())
        .find(|&j| !is_title_field(tokens[j].text))
        .unwrap_or(tokens.len());
    tokens.get(j).is_some_and(|t| {
        t.is_capitalised()
            && g.is_title(t.text)
            && !matches!(
                t.text,
                "CEO"
                    | "CFO"
                    | "COO"
                    | "CTO"
                    | "CIO"
                    | "Chief"
                    | "Chairman"
                    | "Chairwoman"
                    | "Chair"
                    | "President"
                    | "Treasurer"
                    | "Controller"
                    | "Comptroller"
                    | "Auditor"
            )
    }) && tokens
        .get(j + 1)
        .is_some_and(|n| n.sentence == tokens[k].sentence && is_name_token(n))
}

/// "policy advocate for Public Citizen", "a lawyer for Smith Barney": what someone's role is
/// "for" (a name with no given name) is whom they work for.
pub(super) fn works_for(tokens: &[Token<'_>], s: usize, g: &Gazetteer) -> bool {
    s >= 2
        && tokens[s - 1].text == "for"
        && (g.roles.contains(tokens[s - 2].text)
            || matches!(
                tokens[s - 2].text,
                "advocate"
                    | "official"
                    | "officer"
                    | "counsel"
                    | "director"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "staffer"
                    | "worker"
                    | "employee"
                    | "volunteer"
                    | "writer"
                    | "fellow"
            ))
}

/// Does a word of `s..e` end an organisation's name ("St. Thomas University")?
pub(super) fn start_is_org_word(tokens: &[Token<'_>], s: usize, e: usize, g: &Gazetteer) -> bool {
    tokens[s..e].iter().any(|t| g.org_words.contains(t.text))
}

/// A chamber or a branch of state, or an adjective of one, that opens no person's name.
pub(super) fn institution_word(word: &str) -> bool {
    matches!(
        word,
        "House"
            | "Senate"
            | "Congress"
            | "Congressional"
            | "Parliament"
            | "Parliamentary"
            | "Pentagon"
            | "Kremlin"
            | "Cabinet"
            | "Federal"
            | "National"
            | "International"
            | "Government"
            | "Legislative"
            | "Judicial"
            | "Supreme"
    )
}

/// A word that heads many organisations' names and, alone, names none of them.
pub(super) fn is_generic_head(word: &str) -> bool {
    matches!(
        word,
        "Party"
            | "Committee"
            | "Subcommittee"
            | "Council"
            | "Commission"
            | "Board"
            | "Group"
            | "Company"
            | "Corporation"
            | "Inc"
            | "Inc."
            | "Ltd"
            | "Ltd."
            | "Corp"
            | "Corp."
            | "Co"
            | "Campaign"
            | "Union"
            | "Association"
            | "Agency"
            | "Department"
            | "Office"
            | "Bureau"
            | "Foundation"
            | "Fund"
            | "Institute"
            | "Society"
            | "Movement"
            | "Coalition"
            | "Alliance"
            | "Administration"
            | "Conference"
            | "Initiative"
            | "Insights"
            | "Lodge"
            | "Analytics"
            | "Consulting"
            | "Advisors"
            | "Advisers"
            | "Strategies"
            | "Research"
            // Trades and wares: "Oil prices", "work in Mining".
            | "Music"
            | "Records"
            | "Software"
            | "Labs"
            | "Solutions"
            | "Films"
            | "Foods"
            | "Stores"
            | "Mining"
            | "Steel"
            | "Oil"
            | "Railways"
            | "Shipping"
            | "Logistics"
            | "Cruises"
            | "Resorts"
            | "Hotels"
            | "Casinos"
            | "Brands"
            | "Networks"
            | "Cinemas"
            | "Restaurants"
            | "Power"
            | "Electric"
            | "Cement"
            | "Chemical"
            | "Chemicals"
            | "Utilities"
            | "Desk"
            | "Newsdesk"
            | "Newsroom"
    )
}
