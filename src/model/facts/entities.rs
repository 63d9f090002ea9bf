//! Proper-name mentions: people, organisations and places, from capitalisation, titles and roles,
//! gazetteers and context. Sentence-initial capitals, weekdays, months and function words are not
//! names.

use super::FactKind;
use super::gazetteer::Gazetteer;
use super::text::{Token, with_lower};

mod context;
mod emit;
mod headlines;
mod passes;
mod shapes;
mod split;
#[cfg(test)]
mod tests;
mod words;

pub(super) use context::named_after_org_noun;
use context::*;
use emit::*;
pub(super) use headlines::all_caps;
use headlines::*;
pub use passes::{drop_common_word_names, drop_quoted_titles, trim_headline_tails};
use shapes::*;
use split::*;
pub use words::looks_plural;
use words::*;
pub(super) use words::{speech_follows, surname_particle};

/// A name found in a block.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub kind: FactKind,
    /// The name as written (without title or possessive).
    pub text: String,
    /// Canonical form from a gazetteer, when known.
    pub canonical: Option<String>,
    /// Title or role written before it ("President"), if any.
    pub title: Option<String>,
    /// Char offsets in the block text.
    pub start: usize,
    pub end: usize,
    /// Token range of the name.
    pub tok_start: usize,
    pub tok_end: usize,
    /// An unknown single word: kept only if linking finds the full name it abbreviates.
    pub weak: bool,
    /// A one-word name taken only because it opens a sentence before a verb ("Xi has…"): a
    /// common word the story also writes in lower case ("Markets opened…") is dropped.
    pub opening: bool,
    /// Inside a run-in heading that opens its block ("Veto Power Impedes Peace Efforts: …"),
    /// where capitals mark no name.
    pub head: bool,
    /// A body's generic head standing alone after "the" ("the Commission", "the Party"): kept
    /// only where the story names a body it ends ("the European Commission").
    pub generic: bool,
}

/// One paragraph's text, its tokens and the names found in it: what the passes over a whole
/// story (teams, companies) read and retype.
pub struct Paragraph<'p, 't> {
    pub text: &'t str,
    pub tokens: &'p [Token<'t>],
    pub mentions: &'p mut Vec<Mention>,
}

impl Mention {
    /// The name's words, lower-cased: how the passes over a whole story know a name again
    /// ("LEICESTERSHIRE", "Leicestershire").
    pub fn words_lower(&self) -> Vec<String> {
        self.text.split(' ').map(str::to_lowercase).collect()
    }

    /// The mention of tokens `s..e` (no title, not weak).
    pub(super) fn of(
        tokens: &[Token<'_>],
        text: &str,
        s: usize,
        e: usize,
        kind: FactKind,
        canonical: Option<String>,
    ) -> Mention {
        Mention {
            kind,
            text: text[tokens[s].bstart..tokens[e - 1].bend].to_string(),
            canonical,
            title: None,
            start: tokens[s].start,
            end: tokens[e - 1].end,
            tok_start: s,
            tok_end: e,
            weak: false,
            opening: false,
            head: false,
            generic: false,
        }
    }
}

/// A wire dateline's place ("Cleveland (AFP) – …", left in its paragraph) is a place, known to
/// the lists or not: the mention at the paragraph's start becomes one, or one is added.
pub fn dateline_place(tokens: &[Token<'_>], text: &str, place: &str, out: &mut Vec<Mention>) {
    if !text.starts_with(place) {
        return;
    }
    let e = tokens.iter().take_while(|t| t.bend <= place.len()).count();
    if e == 0 || tokens[e - 1].bend != place.len() {
        return;
    }
    let canonical = Gazetteer::get().place(place).map(str::to_string);
    match out.iter_mut().find(|m| m.tok_start == 0) {
        Some(m) if m.tok_end == e => {
            m.kind = FactKind::Place;
            m.weak = false;
            m.title = None;
            if canonical.is_some() {
                m.canonical = canonical;
            }
        }
        Some(_) => {}
        None => out.insert(
            0,
            Mention::of(tokens, text, 0, e, FactKind::Place, canonical),
        ),
    }
}

/// Adds the surnames that open a sentence ("Clinton received 38 percent."), which [`find`]
/// cannot tell from any capitalised word, when the article has named the person in full
/// before or in this paragraph (`surnames`, from "Hillary Clinton"). They are weak: linking
/// still has to resolve them to that full name.
pub fn add_known_surnames(
    tokens: &[Token<'_>],
    text: &str,
    mentions: &mut Vec<Mention>,
    surnames: &rustc_hash::FxHashSet<String>,
) {
    if surnames.is_empty() {
        return;
    }
    let mut added = false;
    for (k, t) in tokens.iter().enumerate() {
        if !is_name_token(t) || !surnames.contains(t.text) {
            continue;
        }
        // Mid-sentence, a surname no mention covers is one the name rules set aside as a title
        // ("Billie Jean King … said King"; "John Major … Major said"), unless it is the office
        // ("the King"). The first word of a quotation is capitalised as a sentence's is, when
        // the quotation goes on ("“Bush’s speech is…”, not a title: "“Unplugged,”").
        let quoted = opens_quote(tokens, text, k) && quotation_goes_on(tokens, k);
        if !(t.sentence_start || quoted)
            && (!Gazetteer::get().is_title(t.text)
                || k > 0 && matches!(tokens[k - 1].text, "the" | "The" | "a" | "A" | "an" | "An"))
        {
            continue;
        }
        // One word only: "Clinton Foundation" is another name. (A title after it is the
        // holder's: "Clinton Communications Director Jennifer Palmieri"; a headline's verb
        // names nothing: "Clinton Says Russians Hacked DNC".)
        if tokens
            .get(k + 1)
            .is_some_and(|n| n.sentence == t.sentence && is_name_token(n) && !headline_word(n))
            && !title_follows(tokens, k + 1)
        {
            continue;
        }
        if mentions.iter().any(|m| m.tok_start <= k && k < m.tok_end) {
            continue;
        }
        mentions.push(Mention {
            weak: true,
            ..Mention::of(tokens, text, k, k + 1, FactKind::Person, None)
        });
        added = true;
    }
    if added {
        mentions.sort_by_key(|m| m.tok_start);
    }
}

/// Finds the proper-name mentions in one block's tokens.
pub fn find(tokens: &[Token<'_>], text: &str) -> Vec<Mention> {
    let g = Gazetteer::get();
    let mut out = Vec::new();
    // Capitalised words that appear mid-sentence somewhere in this block: evidence that a
    // sentence-initial occurrence is a name too.
    let teams = score_lines(tokens, text, g);
    let title_case = is_title_case(tokens);
    let headline = title_case && has_headline_capitals(tokens);
    // (A nickname needs its quotation marks: without them, no token is looked at for one.)
    let nicknames = text.contains(['"', '“']);
    // (Nor a paper named for a weekday without one: "The Sunday Times".)
    let weekday_media = text.contains("day");
    let mut i = 0;
    if let Some(end) = dateline_town(tokens, g) {
        out.push(Mention::of(tokens, text, 0, end, FactKind::Place, None));
        i = end;
    }
    while i < tokens.len() {
        // "Waycross, Ga.", "Moline, Ill.", "Halifax, N.S.", "(Tex.)": a state or province,
        // abbreviated after its town or a lawmaker's name.
        if let Some(state) = state_after_town(tokens, i) {
            let canonical = Some(state.to_string());
            // (With its dot: "Ga.".)
            let end = if tokens[i].text.ends_with('.') {
                i + 1
            } else {
                i + 2
            };
            out.push(Mention::of(
                tokens,
                text,
                i,
                end,
                FactKind::Place,
                canonical,
            ));
            i = end;
            continue;
        }
        // George "Jay" Keyworth, Hector "Macho" Camacho: a nickname in quotes between a given
        // name and a surname is the person's, one name.
        if nicknames && let Some(end) = nicknamed(tokens, i, g) {
            out.push(Mention::of(tokens, text, i, end, FactKind::Person, None));
            i = end;
            continue;
        }
        // (After a title: Rep. Robert C. "Bobby" Scott.)
        if nicknames && g.is_title(tokens[i].text) {
            let j = if tokens.get(i + 1).is_some_and(|t| t.text == ".") {
                i + 2
            } else {
                i + 1
            };
            if j < tokens.len()
                && let Some(end) = nicknamed(tokens, j, g)
            {
                out.push(Mention {
                    title: Some(tokens[i].text.to_string()),
                    ..Mention::of(tokens, text, j, end, FactKind::Person, None)
                });
                i = end;
                continue;
            }
        }
        // "The Sunday Times", "the Mail on Sunday", "Fox News Sunday": a paper or a programme
        // whose name holds a weekday.
        if weekday_media
            && super::gazetteer::opens_media_with_weekday(tokens[i].text)
            && let Some(name) = super::gazetteer::media_with_weekday_at(text, tokens[i].bstart)
            && let Some(end) =
                (i..tokens.len()).find(|&k| tokens[k].bend == tokens[i].bstart + name.len())
        {
            out.push(Mention::of(
                tokens,
                text,
                i,
                end + 1,
                FactKind::Organization,
                Some(name.to_string()),
            ));
            i = end + 1;
            continue;
        }
        // "al Qaeda": the article apart, before a name the list knows.
        if tokens[i].text == "al"
            && let Some(next) = tokens.get(i + 1).filter(|t| t.is_capitalised())
            && let Some(c) = g.org(&text[tokens[i].bstart..next.bend])
        {
            let canonical = Some(c.to_string());
            out.push(Mention::of(
                tokens,
                text,
                i,
                i + 2,
                FactKind::Organization,
                canonical,
            ));
            i += 2;
            continue;
        }
        // "told the Guardian", "the Economist reported": a one-word title the list writes with
        // "The", after a lower-case "the". ("the Hill", "the Sun", "the Atlantic": the paper only
        // where it is told, cited or reports.)
        if tokens[i].text == "the"
            && let Some(next) = tokens
                .get(i + 1)
                .filter(|t| t.is_capitalised() && t.sentence == tokens[i].sentence)
            && tokens
                .get(i + 2)
                .is_none_or(|t| t.sentence != next.sentence || !t.is_capitalised())
            && let Some(c) = g.org(&text[tokens[i].bstart..next.bend])
            && (!matches!(next.text, "Hill" | "Sun" | "Atlantic" | "Independent")
                || cites_a_paper(tokens, i))
        {
            out.push(Mention::of(
                tokens,
                text,
                i + 1,
                i + 2,
                FactKind::Organization,
                Some(c.to_string()),
            ));
            i += 2;
            continue;
        }
        // "Interstate 95", "Route 66", "Highway 1": a road named by its number.
        if matches!(tokens[i].text, "Interstate" | "Route" | "Highway")
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit()))
        {
            out.push(Mention::of(tokens, text, i, i + 2, FactKind::Place, None));
            i += 2;
            continue;
        }
        // "Channel 4", "Channel 9 News": a broadcaster named by its number.
        if tokens[i].text == "Channel"
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit()))
        {
            let end = if tokens.get(i + 2).is_some_and(|t| t.text == "News") {
                i + 3
            } else {
                i + 2
            };
            out.push(Mention::of(
                tokens,
                text,
                i,
                end,
                FactKind::Organization,
                None,
            ));
            i = end;
            continue;
        }
        if !is_name_token(&tokens[i]) || headline_word(&tokens[i]) || contraction(tokens, i) {
            i += 1;
            continue;
        }
        if let Some(&(_, end)) = teams.iter().find(|t| t.0 == i) {
            let name = &text[tokens[i].bstart..tokens[end - 1].bend];
            let canonical = g.org(name).map(|c| c.to_string());
            out.push(Mention::of(
                tokens,
                text,
                i,
                end,
                FactKind::Organization,
                canonical,
            ));
            i = end;
            continue;
        }
        // Grow a run of capitalised tokens, allowing connectors between them.
        let start = i;
        let mut end = i + 1;
        loop {
            if end < tokens.len()
                && is_name_token(&tokens[end])
                && !headline_word(&tokens[end])
                && tokens[end].sentence == tokens[start].sentence
                // (A table's columns: "Clinton        Obama      Edwards" are three names.)
                && !column_gap(&text[tokens[end - 1].bend..tokens[end].bstart])
                // (Nor do two words glued where a list lost its breaks, "Bill HaslamHugh
                // Hewitt", make one name.)
                && !(tokens[end].bstart == tokens[end - 1].bend
                    && tokens[end - 1].text.ends_with(char::is_lowercase))
            {
                end += 1;
                continue;
            }
            // "Sen. Bernie Sanders": an abbreviated title's dot does not end the name, nor does
            // a saint's or a mount's ("St. Louis", "Mt. Everest").
            if end + 1 < tokens.len()
                && tokens[end].text == "."
                && (super::text::is_honorific(tokens[end - 1].text)
                    || super::text::is_saint(tokens[end - 1].text))
                && is_name_token(&tokens[end + 1])
                && tokens[end + 1].sentence == tokens[start].sentence
            {
                end += 2;
                continue;
            }
            if end + 1 < tokens.len()
                && is_connector(tokens[end].text)
                && is_name_token(&tokens[end + 1])
                && tokens[end]
                    .text
                    .chars()
                    .all(|c| c.is_lowercase() || c == '&')
                // "Daniels Pharmaceuticals Inc of St. Louis": a company's suffix ends its name.
                && !super::companies::legal_form(tokens[end - 1].text)
                // "with Technion for China's first university": "for" a place's something is
                // the sentence's ("Democracy for America's director" is the group's: America
                // ends many a group's name).
                && !(tokens[end].text == "for"
                    && tokens[end + 1].text != "America"
                    && g.is_place(tokens[end + 1].text)
                    && text[tokens[end + 1].bend..].starts_with(['\'', '’']))
                // "left Penn State for Ohio State", "New York City for Boston": after a place's
                // word "for" is the sentence's (not "Secretary of State for Health").
                && !(tokens[end].text == "for"
                    && g.place_words.contains(tokens[end - 1].text)
                    && !tokens[start..end].iter().any(|t| t.text == "of"))
                // "Karlsruhe of Germany", "Prices of U.S. Treasury": one plain word "of" a
                // place is two names (not "Bank of England", "Duke of York", "Gulf of Mexico").
                // (Nor an acronym's chapter, "ACLU of Oregon", nor a company that goes on,
                // "First of Michigan Corp".)
                && !(tokens[end].text == "of"
                    && end == start + 1
                    && !all_caps(&tokens[start])
                    && !g.org_words.contains(tokens[start].text)
                    && !g.place_words.contains(tokens[start].text)
                    && !PLACE_HEADS.contains(&tokens[start].text)
                    && !g.is_title(tokens[start].text)
                    && !NOBLE.contains(&tokens[start].text)
                    && g.is_place(tokens[end + 1].text)
                    && !tokens
                        .get(end + 2)
                        .is_some_and(|t| t.sentence == tokens[end].sentence && is_name_token(t)))
            {
                end += 2;
                continue;
            }
            // "Rio Grande do Sul", "José do Nascimento": Portuguese "do" joins a known place's
            // name, or a given name to a surname (not English: "Did Trump do Anything").
            if end + 1 < tokens.len()
                && tokens[end].text == "do"
                && is_name_token(&tokens[end + 1])
                && tokens[end + 1].sentence == tokens[start].sentence
                && (g.given.contains_key(tokens[end - 1].text)
                    || (start..end)
                        .any(|a| g.is_place(&text[tokens[a].bstart..tokens[end + 1].bend])))
            {
                end += 2;
                continue;
            }
            // "Ursula von der Leyen", "Joost van der Westhuizen", "Oscar de la Hoya": two
            // particles join a given name to a surname.
            if end + 2 < tokens.len()
                && matches!(
                    tokens[end].text,
                    "van" | "von" | "de" | "di" | "da" | "bin" | "ibn"
                )
                && matches!(
                    tokens[end + 1].text,
                    "der" | "den" | "de" | "la" | "le" | "los" | "las" | "al" | "el"
                )
                && is_name_token(&tokens[end + 2])
                && tokens[end + 2].sentence == tokens[start].sentence
            {
                end += 3;
                continue;
            }
            // "Securities and Exchange Commission", "Organisation for Security and Cooperation
            // in Europe": a known organisation's name goes on through "and" or "in".
            if let Some(known) = known_org_through(tokens, text, (start, end), g) {
                end = known;
                continue;
            }
            // "Institute for the Study of Human Rights", "Museum of the Moving Image": an
            // institution's name goes on through "for the" / "of the".
            if end + 2 < tokens.len()
                && matches!(tokens[end].text, "of" | "for")
                && tokens[end + 1].text == "the"
                && is_name_token(&tokens[end + 2])
                && tokens[end + 2].sentence == tokens[start].sentence
                // ("… for the Protection of the Constitution": the name goes on.)
                && (start..end).any(|k| g.org_words.contains(tokens[k].text))
                // (Not a company "of the United States", nor a second body, "Directorate of
                // the Department of …".)
                && !super::companies::legal_form(tokens[end - 1].text)
                && !g.org_words.contains(tokens[end + 2].text)
                && !(end + 2..(end + 5).min(tokens.len()))
                    .any(|k| g.is_place(&text[tokens[end + 2].bstart..tokens[k].bend]))
            {
                end += 3;
                continue;
            }
            // "the Maritime and Coastguard Agency", "the Fish and Wildlife Service": after "the",
            // one field's word, "and", and a second field ending in a body's word are one name.
            // (The run may hold the sentence's "The", or a chamber: "House Ways and Means
            // Committee", "House Oversight and Government Reform Committee".)
            let chamber = |t: &Token<'_>| matches!(t.text, "House" | "Senate" | "Assembly");
            let field = start + usize::from(tokens[start].text == "The" || chamber(&tokens[start]));
            if end == field + 1
                && field > 0
                && (tokens[field - 1].text.eq_ignore_ascii_case("the")
                    || (field > start && chamber(&tokens[field - 1])))
                && end + 2 < tokens.len()
                && tokens[end].text == "and"
                && !g.given.contains_key(tokens[field].text)
                && g.org(tokens[field].text).is_none()
                && !g.is_place(tokens[field].text)
                && with_lower(tokens[field].text, |l| !g.demonyms.contains_key(l))
                && let Some(last) = (end + 1..(end + 4).min(tokens.len()))
                    .take_while(|&j| {
                        is_name_token(&tokens[j]) && tokens[j].sentence == tokens[start].sentence
                    })
                    // (Or the body's word before its officer's title: "House Ways and Means
                    // Committee Chairman Charles Rangel".)
                    .take_while(|&j| {
                        j == end + 1
                            || !g.is_title(tokens[j].text)
                            || !g.org_words.contains(tokens[j - 1].text)
                    })
                    .last()
                && g.org_words.contains(tokens[last].text)
                && (end + 1..last).all(|j| !g.org_words.contains(tokens[j].text))
            {
                end = last + 1;
                continue;
            }
            // "Secretary of the Navy Ray Mabus", "Speaker of the House Paul Ryan": a title "of the"
            // a body, then a person's given name, is one run.
            if end + 3 < tokens.len()
                && end == start + 1
                && g.is_title(tokens[start].text)
                && tokens[end].text == "of"
                && tokens[end + 1].text == "the"
                && is_name_token(&tokens[end + 2])
                && g.given.contains_key(tokens[end + 3].text)
                && tokens[end + 3].sentence == tokens[start].sentence
            {
                end += 3;
                continue;
            }
            // "Pakistan People's Party", "Professional Footballers' Association": a plural's
            // possessive before an organisation's word is inside the name.
            if let Some(next) = plural_possessive_org(tokens, start, end, g)
                .or_else(|| saint_possessive(tokens, start, end, g))
            {
                end = next;
                continue;
            }
            // "Democratic People's Republic of Korea": a known name goes on through "'s".
            if let Some(known) = known_through_possessive(tokens, text, (start, end), g) {
                end = known;
                continue;
            }
            // "Institute for Science and International Security": an institution "for" or "of"
            // something goes on through "and" to a second capitalised field (not to a person:
            // "the Center for Science and Bill Smith").
            if end + 1 < tokens.len()
                && tokens[end].text == "and"
                && is_name_token(&tokens[end + 1])
                && tokens[end + 1].sentence == tokens[start].sentence
                && !g.given.contains_key(tokens[end + 1].text)
                // (Nor past a place's last word: "University of Phoenix Stadium and Bank of
                // America Stadium" are two.)
                && !g.place_words.contains(tokens[end - 1].text)
                // (Nor to a people, "the Center for American Progress and Americans for
                // Prosperity".)
                && !(tokens[end + 1].text.ends_with('s')
                    && with_lower(tokens[end + 1].text.trim_end_matches('s'), |l| {
                        g.demonyms.contains_key(l)
                    }))
                && {
                    // (Nor to a name the lists know: "the Center for Responsive Politics and USA
                    // TODAY".)
                    let last = (end + 1..tokens.len())
                        .take_while(|&j| is_name_token(&tokens[j]))
                        .last()
                        .unwrap_or(end + 1);
                    let after = &text[tokens[end + 1].bstart..tokens[last].bend];
                    g.org(after).is_none() && !g.is_place(after)
                }
                && (start + 1..end).any(|k| {
                    matches!(tokens[k].text, "for" | "of")
                        && g.org_words.contains(tokens[k - 1].text)
                        // (Not "Port Authority of New York and New Jersey", "… Union of Ohio
                        // and Demos": a place after "of" ends the name.)
                        && !(tokens[k].text == "of"
                            && k + 1 < end
                            && g.is_place(&text[tokens[k + 1].bstart..tokens[end - 1].bend]))
                })
            {
                end += 2;
                continue;
            }
            break;
        }
        // "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY IN OLYMPIC VILLAGE The team cited …": a
        // headline in capitals run into its text is headline case up to the first word that is
        // not in capitals.
        let caps_head = tokens[start..end]
            .iter()
            .take_while(|t| all_caps(t))
            .count();
        let start = if caps_head >= 3 && start + caps_head < end {
            known_in_caps(tokens, text, start, start + caps_head, g, &mut out);
            start + caps_head
        } else {
            start
        };
        // "post-World War II", "the pre-Civil War South": an era's name opens in the word
        // before; its tail ("War II") names nothing. Nor does a clock's zone: "all times
        // Eastern Daylight Time".
        let era = start > 0
            && (tokens[start - 1].text.starts_with("post-")
                || tokens[start - 1].text.starts_with("pre-"))
            && tokens[start - 1].text[4..]
                .trim_start_matches('-')
                .starts_with(char::is_uppercase);
        let zone = end - start >= 2
            && tokens[end - 1].text == "Time"
            && matches!(
                tokens[start].text,
                "Eastern"
                    | "Central"
                    | "Mountain"
                    | "Pacific"
                    | "Greenwich"
                    | "Atlantic"
                    | "British"
                    | "Korea"
                    | "Japan"
                    | "China"
                    | "Indian"
            );
        if era || zone {
            // (Nothing to name.)
        } else if end - start >= 2 && tokens[start..end].iter().all(all_caps) {
            known_in_caps(tokens, text, start, end, g, &mut out);
        } else if title_case {
            for (a, b) in headline_names(tokens, text, (start, end), headline, g) {
                split_run(tokens, text, a, b, g, &mut out);
            }
        } else {
            split_run(tokens, text, start, end, g, &mut out);
        }
        i = end;
    }
    // "the Party's platform", "the Committee", ", Inc.": the head of some organisation's name,
    // standing alone, names none. (Unless its field follows: "the Commission on Presidential
    // Debates" is one name, of which the head is the part found.)
    out.retain_mut(|m| {
        let field_after = tokens
            .get(m.tok_end)
            .is_some_and(|t| matches!(t.text, "on" | "for"))
            && tokens
                .get(m.tok_end + 1)
                .is_some_and(|t| t.is_capitalised());
        let generic = m.kind == FactKind::Organization
            && m.tok_end == m.tok_start + 1
            && is_generic_head(&m.text)
            && g.org(&m.text).is_none()
            && !field_after;
        // (After "the" it may stand for a body the story names in full: the story pass decides.)
        // (Not a name's own "of the": "his State of the Union address".)
        let after_the = m.tok_start > 0
            && tokens[m.tok_start - 1].text.eq_ignore_ascii_case("the")
            && !(m.tok_start >= 3
                && tokens[m.tok_start - 2].text == "of"
                && tokens[m.tok_start - 3].is_capitalised());
        if generic && after_the {
            m.generic = true;
            m.weak = true;
        }
        !generic || after_the
    });
    coordinated_orgs(tokens, text, g, &mut out);
    joined_names(tokens, g, &mut out);
    // (A headline in title case is a heading too.)
    if let Some(end) = title_case
        .then_some(tokens.len())
        .or_else(|| run_in_head(tokens))
    {
        for m in out.iter_mut().filter(|m| m.tok_end <= end) {
            m.head = true;
        }
    }
    out
}

/// "the EU-Turkey deal", "the Mexico-U.S. border": places or organisations the lists know,
/// joined by a hyphen in one word, are each named ("Guinea-Bissau", known whole, stays one).
fn joined_names(tokens: &[Token<'_>], g: &Gazetteer, out: &mut Vec<Mention>) {
    let mut added = false;
    for (k, t) in tokens.iter().enumerate() {
        if !t.text.contains('-')
            || !t.is_capitalised()
            || g.is_place(t.text)
            || out.iter().any(|m| m.tok_start <= k && k < m.tok_end)
        {
            continue;
        }
        let kind_of = |part: &str| {
            if g.is_place(part) {
                Some(FactKind::Place)
            } else if g.org(part).is_some() {
                Some(FactKind::Organization)
            } else {
                None
            }
        };
        let parts: Vec<&str> = t.text.split('-').collect();
        let kinds: Vec<Option<FactKind>> = parts.iter().map(|p| kind_of(p)).collect();
        // "Sen. Chris Murphy, D-Conn.", "(R-S.C.)": a party's letter, then the member's state.
        let party = parts.len() == 2
            && matches!(parts[0], "R" | "D" | "I")
            && kinds[1] == Some(FactKind::Place);
        if parts.len() < 2 || (kinds.iter().any(Option::is_none) && !party) {
            continue;
        }
        let mut char_at = t.start;
        for (n, (part, kind)) in parts.iter().zip(kinds).enumerate() {
            if party && n == 0 {
                char_at += part.chars().count() + 1;
                continue;
            }
            let kind = kind.unwrap_or(FactKind::Place);
            let canonical = match kind {
                FactKind::Place => g.place(part),
                _ => g.org(part),
            };
            let chars = part.chars().count();
            // "the South Korea-China partnership": the word before may open the first name.
            let wider = (n == 0 && k > 0 && tokens[k - 1].end + 1 == t.start)
                .then(|| format!("{} {part}", tokens[k - 1].text))
                .and_then(|w| g.place(&w).map(|c| (w, c)));
            if wider.is_some() {
                // (Not also that word alone.)
                out.retain(|m| !(m.tok_start == k - 1 && m.tok_end == k));
            }
            let mention = match wider {
                Some((w, c)) => Mention {
                    kind: FactKind::Place,
                    text: w,
                    canonical: Some(c.to_string()),
                    title: None,
                    start: tokens[k - 1].start,
                    end: char_at + chars,
                    tok_start: k - 1,
                    tok_end: k + 1,
                    weak: false,
                    opening: false,
                    head: false,
                    generic: false,
                },
                None => Mention {
                    kind,
                    text: part.to_string(),
                    canonical: canonical.map(str::to_string),
                    title: None,
                    start: char_at,
                    end: char_at + chars,
                    tok_start: k,
                    tok_end: k + 1,
                    weak: false,
                    opening: false,
                    head: false,
                    generic: false,
                },
            };
            out.push(mention);
            char_at += chars + 1;
        }
        added = true;
    }
    if added {
        out.sort_by_key(|m| m.start);
    }
}

/// "between Microsoft and Nintendo", "Google or Hulu": an unknown single word joined to an
/// organisation before it is one too, unless linking finds a person's name it abbreviates (it
/// would otherwise wait, weak, for a full name and be dropped without one). (Not before it:
/// "the Maritime and Coastguard Agency" is one name; nor after a comma: "Baylor University,
/// Starr".) After a name with a field ("Centers for Disease Control and Prevention",
/// "Committee on Parks and Recreation") the word ends that name.
fn coordinated_orgs(tokens: &[Token<'_>], text: &str, g: &Gazetteer, out: &mut Vec<Mention>) {
    let mut k = 1;
    while k < out.len() {
        let (known, m) = (&out[k - 1], &out[k]);
        if known.kind == FactKind::Organization
            && m.kind == FactKind::Person
            && m.title.is_none()
            && m.tok_end == m.tok_start + 1
            && m.tok_start == known.tok_end + 1
            && matches!(tokens[known.tok_end].text, "and" | "or" | "&")
            && tokens[known.tok_start].sentence == tokens[m.tok_start].sentence
        {
            // (A field, not a place or a person: "Union of Ohio and Demos", "Strategists
            // for Barack Obama and Clinton" are two.)
            let field = (known.tok_start + 1..known.tok_end)
                .rfind(|&p| matches!(tokens[p].text, "of" | "for" | "on"))
                .is_some_and(|p| {
                    tokens[p + 1..known.tok_end].iter().all(|t| {
                        !g.given.contains_key(t.text)
                            && with_lower(t.text, |l| !g.places.contains_key(l))
                    })
                });
            if field && tokens[known.tok_end].text == "and" {
                let (s, e) = (known.tok_start, m.tok_end);
                out[k - 1] = Mention::of(tokens, text, s, e, FactKind::Organization, None);
                out.remove(k);
                continue;
            }
            // (Still weak: linking makes it the person it abbreviates, if the article names
            // one, "Fox News and Trump".)
            if m.weak {
                out[k].kind = FactKind::Organization;
            }
        }
        k += 1;
    }
}

/// The town of a dateline no list knows, in capitals at a paragraph's start: "ESCHEN 1996-08-31",
/// "TOFTIR, Faroe Islands 1996-08-31", "MOENGO (Reuters) -". Returns the end of its tokens.
/// (A headline's capitals go on with words, or a dash: "SOCCER - SLOVAKIA BEAT FAROES".)
fn dateline_town(tokens: &[Token<'_>], g: &Gazetteer) -> Option<usize> {
    let caps = |t: &Token<'_>| {
        t.text.chars().count() >= 2
            && t.text.chars().any(char::is_uppercase)
            && t.text
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '\'' | '’' | '.' | '-'))
    };
    let end = tokens.iter().take(3).take_while(|t| caps(t)).count();
    // (A known place or organisation is left to the lists: "UNITED NATIONS 1996-08-30".)
    let name = tokens[..end]
        .iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ");
    if end == 0 || g.is_place(&name) || g.orgs.contains_key(&name.to_lowercase()) {
        return None;
    }
    let dated = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_number() && t.text.contains(['-', '/']))
            && tokens.get(k + 1).is_none()
    };
    let after = match tokens.get(end).map(|t| t.text) {
        // "ESCHEN 1996-08-31"
        Some(_) if dated(end) => true,
        // "TOFTIR, Faroe Islands 1996-08-31"
        Some(",") => {
            let k = (end + 1..tokens.len().min(end + 5))
                .find(|&k| !tokens[k].is_capitalised())
                .unwrap_or(tokens.len());
            k > end + 1 && dated(k)
        }
        // "MOENGO (Reuters) -"
        Some("(") => {
            tokens.get(end + 2).is_some_and(|t| t.text == ")")
                && tokens
                    .get(end + 3)
                    .is_some_and(|t| matches!(t.text, "-" | "—" | "–"))
        }
        _ => false,
    };
    after.then_some(end)
}

/// The end of a known organisation's name that starts in the run `[start, end)` and goes on
/// past it through "and" or "in" ("Food and Drug Administration"); `None` if there is none.
/// The end of a place or organisation the lists know that goes on through a possessive "'s"
/// after the run `[start, end)`: "Democratic People's Republic of Korea", "People's Republic of
/// China".
fn known_through_possessive(
    tokens: &[Token<'_>],
    text: &str,
    (start, end): (usize, usize),
    g: &Gazetteer,
) -> Option<usize> {
    if !matches!(tokens.get(end)?.text, "'" | "’")
        || tokens.get(end + 1)?.text != "s"
        || !is_name_token(tokens.get(end + 2)?)
    {
        return None;
    }
    let sentence = tokens[start].sentence;
    let last = (end + 2..tokens.len().min(end + 8))
        .take_while(|&k| {
            tokens[k].sentence == sentence
                && (is_name_token(&tokens[k]) || matches!(tokens[k].text, "of" | "and"))
        })
        .last()?;
    for b in start.max(end.saturating_sub(3))..end {
        for x in (end + 3..=last + 1).rev() {
            let name = text[tokens[b].bstart..tokens[x - 1].bend]
                .to_lowercase()
                .replace('’', "'");
            if g.places.contains_key(&name) || g.orgs.contains_key(&name) {
                return Some(x);
            }
        }
    }
    None
}

fn known_org_through(
    tokens: &[Token<'_>],
    text: &str,
    (start, end): (usize, usize),
    g: &Gazetteer,
) -> Option<usize> {
    if !matches!(tokens.get(end)?.text, "and" | "in") || !is_name_token(tokens.get(end + 1)?) {
        return None;
    }
    let sentence = tokens[start].sentence;
    let last = (end + 2..tokens.len().min(end + 10))
        .take_while(|&k| {
            tokens[k].sentence == sentence
                && (is_name_token(&tokens[k])
                    || matches!(tokens[k].text, "and" | "in" | "of" | "for" | "on" | "-"))
        })
        .last()
        .unwrap_or(end + 1);
    // (The longest name first; it starts at most three words before the connector.)
    for b in start.max(end.saturating_sub(3))..end {
        for x in (end + 2..=last + 1).rev() {
            if !is_name_token(&tokens[x - 1]) {
                continue;
            }
            let name = text[tokens[b].bstart..tokens[x - 1].bend].to_lowercase();
            if g.orgs.contains_key(&name) {
                return Some(x);
            }
        }
    }
    None
}
