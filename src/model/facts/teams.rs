//! Sports teams named after places: "Leicestershire beat Somerset", "Surrey captain Chris Lewis",
//! "joined Newcastle", "the former Blackburn and Southampton skipper". In a sports story a town,
//! a county or an unknown word in such a place is a club — an organisation — and so is every
//! other mention of it in the story, the headline's capitals and a sentence's first word included.
//! Countries stay places (a national side is named for its country), and so does a word that is
//! the surname of someone the story names in full ("Sampras beat Ivanisevic").

use rustc_hash::FxHashSet;

use super::FactKind;
use super::entities::Mention;
use super::gazetteer::Gazetteer;
use super::text::{Token, lower};

/// Words that say a story is about sport. Three different ones make it one.
const SPORT_WORDS: &[&str] = &[
    "innings",
    "wicket",
    "wickets",
    "batsman",
    "bowler",
    "bowled",
    "goalkeeper",
    "striker",
    "midfielder",
    "defender",
    "half-time",
    "halftime",
    "penalty",
    "goals",
    "scored",
    "scorer",
    "league",
    "championship",
    "tournament",
    "semi-final",
    "semifinal",
    "semifinals",
    "quarter-final",
    "quarterfinal",
    "inning",
    "homer",
    "homers",
    "pitcher",
    "touchdown",
    "quarterback",
    "playoff",
    "playoffs",
    "rugby",
    "cricket",
    "soccer",
    "football",
    "footballer",
    "baseball",
    "basketball",
    "hockey",
    "squad",
    "fixture",
    "fixtures",
    "relegation",
    "relegated",
    "stadium",
    "referee",
    "unbeaten",
    "derby",
    "premiership",
    "coach",
    "skipper",
    "seasons",
    "season",
    "match",
    "matches",
    "club",
    "clubs",
];

/// Words after a team's name that make it one: a result...
const RESULTS: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "thrashed",
    "trounced",
    "routed",
    "crushed",
    "edged",
    "hammered",
    "overcame",
    "outclassed",
    "eliminated",
    "drew",
    "v",
    "vs",
];

/// ... or a member of its side.
const MEMBERS: &[&str] = &[
    "captain",
    "skipper",
    "coach",
    "manager",
    "boss",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "forward",
    "batsman",
    "bowler",
    "opener",
    "spinner",
    "pitcher",
    "catcher",
    "outfielder",
    "shortstop",
    "quarterback",
    "fly-half",
    "scrum-half",
    "flanker",
    "fans",
    "supporters",
    "teammate",
    "team-mate",
];

/// Words before a team's name that make it one.
const BEFORE: &[&str] = &[
    "beat",
    "beating",
    "beaten",
    "defeated",
    "defeating",
    "thrashed",
    "against",
    "v",
    "vs",
    "joined",
    "join",
    "joining",
];

/// After "win over", "victory over": the team beaten.
const WINS: &[&str] = &[
    "win",
    "wins",
    "victory",
    "victories",
    "winners",
    "triumph",
    "success",
];

/// Whether the story is about sport: three different sport words among its tokens.
fn is_sport(paragraphs: &[(&[Token<'_>], &mut Vec<Mention>)]) -> bool {
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    for (tokens, _) in paragraphs {
        for t in tokens.iter() {
            let l = lower(t.text);
            if let Some(w) = SPORT_WORDS.iter().find(|w| **w == l.as_ref()) {
                seen.insert(w);
                if seen.len() >= 3 {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether mention `m` may be a team: a place that is no country, an organisation, or a name
/// the rules took for a person without a title or a known given name.
fn may_be_team(m: &Mention, g: &Gazetteer, people: &FxHashSet<String>) -> bool {
    // ("a former All-Star pitcher": an honour, not a side.)
    if m.text.contains('-') {
        return false;
    }
    match m.kind {
        FactKind::Place => {
            let place = m.canonical.as_deref().unwrap_or(&m.text);
            !g.demonyms.values().any(|p| *p == place)
        }
        FactKind::Person => {
            m.title.is_none()
                && !people.contains(&m.text)
                && m.text
                    .split(' ')
                    .next()
                    .is_some_and(|w| !g.given.contains_key(w))
        }
        _ => false,
    }
}

/// A person the rules are sure of: titled, or with a known given name.
fn surely_a_person(m: &Mention, g: &Gazetteer) -> bool {
    m.kind == FactKind::Person
        && (m.title.is_some()
            || m.text.contains(' ')
                && m.text
                    .split(' ')
                    .next()
                    .is_some_and(|w| g.given.contains_key(w)))
}

/// Whether the tokens around mention `m` (one of the paragraph's `mentions`) say it is a team.
/// A result against a person is a player's ("Pete Sampras beat Goran Ivanisevic").
fn team_context(tokens: &[Token<'_>], mentions: &[Mention], m: &Mention) -> bool {
    let g = Gazetteer::get();
    let (s, e) = (m.tok_start, m.tok_end);
    // (A name the rules took for a person's full name is a team only as its side's member:
    // "Florian Rousseau (France) beat Ainars Kiksis (Latvia)".)
    let one_word = e == s + 1;
    // The person at token `k` (starting there, or ending there when `back`), past a bracket:
    // "Florian Rousseau (France) beat".
    let person_at = |k: usize, back: bool| {
        let k = if back && k > 0 && tokens[k - 1].text == ")" {
            (0..k).rev().find(|&j| tokens[j].text == "(").unwrap_or(k)
        } else {
            k
        };
        mentions.iter().any(|o| {
            (if back {
                o.tok_end == k
            } else {
                o.tok_start == k
            }) && surely_a_person(o, g)
        })
    };
    let word = |k: usize| tokens.get(k).map(|t| lower(t.text));
    // "Derbyshire's Australian captain": the possessive, then a member of the side.
    let mut after = e;
    if tokens
        .get(e)
        .is_some_and(|t| matches!(t.text, "'s" | "’s" | "'" | "’"))
    {
        after += 1;
        let members = (after..(after + 3).min(tokens.len()))
            .filter_map(word)
            .any(|w| MEMBERS.contains(&w.as_ref()));
        return members;
    }
    if word(after).is_some_and(|w| MEMBERS.contains(&w.as_ref())) {
        return true;
    }
    if !one_word {
        return false;
    }
    if word(after).is_some_and(|w| RESULTS.contains(&w.as_ref())) {
        return !person_at(after + 1, false);
    }
    let Some(p) = s.checked_sub(1) else {
        return false;
    };
    let prev = lower(tokens[p].text);
    if BEFORE.contains(&prev.as_ref()) {
        return !person_at(p, true);
    }
    // "nine-wicket winners over Worcestershire", "a 2-1 win over Leeds".
    if prev == "over" {
        return (p.saturating_sub(3)..p)
            .filter_map(word)
            .any(|w| WINS.contains(&w.as_ref()));
    }
    false
}

/// Retypes the teams of a sports story as organisations, in every paragraph (`tokens` with the
/// mentions found in them), and adds the mentions the name rules left out (a sentence's first
/// word, a headline in capitals). `surnames`: the surnames of people the story names in full.
pub fn retype(paragraphs: &mut [(&[Token<'_>], &mut Vec<Mention>)], surnames: &FxHashSet<String>) {
    if !is_sport(paragraphs) {
        return;
    }
    let g = Gazetteer::get();
    // The words of people's full names ("Jansher Khan": "defeated Jansher" is no team).
    let mut people = surnames.clone();
    for (_, mentions) in paragraphs.iter() {
        for m in mentions.iter() {
            if m.kind == FactKind::Person && m.text.contains(' ') {
                people.extend(m.text.split(' ').map(str::to_string));
            }
        }
    }
    let surnames = &people;
    let key = |m: &Mention| -> Vec<String> { m.text.split(' ').map(str::to_lowercase).collect() };
    // Teams, as lower-case words.
    let mut teams: Vec<Vec<String>> = Vec::new();
    for (tokens, mentions) in paragraphs.iter() {
        for m in mentions.iter() {
            if may_be_team(m, g, surnames) && team_context(tokens, mentions, m) {
                let words = key(m);
                if !teams.contains(&words) {
                    teams.push(words);
                }
            }
        }
    }
    if teams.is_empty() {
        return;
    }
    // "Essex, Derbyshire and Surrey all closed in": names listed with a team are teams (a list
    // ends in "and": "At the Oval, Surrey captain …" lists nothing).
    let key = |m: &Mention| -> Vec<String> { m.text.split(' ').map(str::to_lowercase).collect() };
    for (tokens, mentions) in paragraphs.iter() {
        let mut chain_start = 0;
        for i in 1..=mentions.len() {
            let joined = i < mentions.len() && {
                let between = &tokens[mentions[i - 1].tok_end..mentions[i].tok_start];
                !between.is_empty()
                    && between.len() <= 2
                    && between.iter().all(|t| matches!(t.text, "," | "and"))
            };
            if joined {
                continue;
            }
            let chain = &mentions[chain_start..i];
            chain_start = i;
            let ends_in_and = chain.len() >= 2 && {
                let (a, b) = (&chain[chain.len() - 2], &chain[chain.len() - 1]);
                tokens[a.tok_end..b.tok_start]
                    .iter()
                    .any(|t| t.text == "and")
            };
            if ends_in_and && chain.iter().any(|m| teams.contains(&key(m))) {
                for m in chain {
                    let k = key(m);
                    if !teams.contains(&k) && may_be_team(m, g, surnames) {
                        teams.push(k);
                    }
                }
            }
        }
    }
    for (tokens, mentions) in paragraphs.iter_mut() {
        // "MILAN 1996-08-30", "ARLINGTON, Texas 1996-08-31": a dateline names the place the
        // story was filed from.
        let dateline_paragraph = tokens.len() <= 6 && tokens.last().is_some_and(Token::is_number);
        let dateline = |s: usize, e: usize| {
            dateline_paragraph || (s == 0 && tokens.get(e).is_some_and(Token::is_number))
        };
        for m in mentions.iter_mut() {
            if teams.contains(&key(m))
                && m.kind != FactKind::Organization
                && !dateline(m.tok_start, m.tok_end)
            {
                m.kind = FactKind::Organization;
                m.canonical = None;
                m.weak = false;
            }
        }
        // The team's other mentions that no name rule took.
        let mut added = false;
        let mut k = 0;
        while k < tokens.len() {
            let found = teams.iter().find(|team| {
                tokens.len() >= k + team.len()
                    && team
                        .iter()
                        .zip(&tokens[k..])
                        .all(|(w, t)| t.is_capitalised() && lower(t.text) == w.as_str())
            });
            let Some(team) = found else {
                k += 1;
                continue;
            };
            let e = k + team.len();
            let covered = mentions.iter().any(|m| m.tok_start < e && k < m.tok_end);
            let glued = tokens
                .get(e)
                .is_some_and(|t| t.is_capitalised() && t.is_word())
                && tokens[e].sentence == tokens[k].sentence
                && !tokens[e].text.chars().all(char::is_uppercase);
            if !covered && !glued && !dateline(k, e) {
                let text = tokens[k..e]
                    .iter()
                    .map(|t| t.text)
                    .collect::<Vec<_>>()
                    .join(" ");
                mentions.push(Mention {
                    kind: FactKind::Organization,
                    text,
                    canonical: None,
                    title: None,
                    start: tokens[k].start,
                    end: tokens[e - 1].end,
                    tok_start: k,
                    tok_end: e,
                    weak: false,
                });
                added = true;
            }
            k = e;
        }
        if added {
            mentions.sort_by_key(|m| m.tok_start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::entities::find;
    use super::super::text::tokenize;
    use super::*;

    /// The organisations of a story given as paragraphs, after the team pass.
    fn orgs(paragraphs: &[&str]) -> Vec<String> {
        let toks: Vec<_> = paragraphs.iter().map(|p| tokenize(p)).collect();
        let mut found: Vec<Vec<Mention>> = paragraphs
            .iter()
            .zip(&toks)
            .map(|(p, t)| find(t, p))
            .collect();
        let mut view: Vec<(&[Token<'_>], &mut Vec<Mention>)> = toks
            .iter()
            .map(Vec::as_slice)
            .zip(found.iter_mut())
            .collect();
        // (The pipeline's surnames: the last word of a person's full name.)
        let surnames: FxHashSet<String> = view
            .iter()
            .flat_map(|(_, ms)| ms.iter())
            .filter(|m| m.kind == FactKind::Person)
            .filter_map(|m| m.text.rsplit_once(' ').map(|(_, s)| s.to_string()))
            .collect();
        retype(&mut view, &surnames);
        found
            .iter()
            .flatten()
            .filter(|m| m.kind == FactKind::Organization)
            .map(|m| m.text.clone())
            .collect()
    }

    #[test]
    fn clubs_named_for_places_are_organisations_in_a_sports_story() {
        assert_eq!(
            orgs(&[
                "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP",
                "Phil Simmons took four for 38 as Leicestershire beat Somerset by an innings.",
                "Title rivals Essex, Derbyshire and Surrey all closed in on victory.",
                "Somerset got a solid start to their second innings.",
                "At the Oval, Surrey captain Chris Lewis took three wickets on the county championship's last day.",
            ]),
            [
                "LEICESTERSHIRE",
                "Leicestershire",
                "Somerset",
                "Essex",
                "Derbyshire",
                "Surrey",
                "Somerset",
                "Surrey"
            ]
        );
        assert_eq!(
            orgs(&[
                "The striker, who joined Newcastle for 15 million pounds, scored twice in the league.",
                "The former Southampton skipper said the season had been long.",
            ]),
            ["Newcastle", "Southampton"]
        );
    }

    #[test]
    fn countries_surnames_and_stories_off_the_field_stay_as_they_are() {
        // A national side is its country; a player who beats another is a person.
        assert!(
            orgs(&[
                "England captain Mike Atherton scored 40 in the first innings of the match.",
                "Pete Sampras beat Goran Ivanisevic in the tournament. Sampras beat him again in the final, and the league and season are over.",
            ])
            .is_empty()
        );
        // No sport: a town that beat a rival to a factory stays a town.
        assert!(
            orgs(&["Boston beat Chicago to the new factory, officials in Chicago said."])
                .is_empty()
        );
    }
}
