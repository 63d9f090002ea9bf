//! Sports teams named after places: "Leicestershire beat Somerset", "Surrey captain Chris Lewis",
//! "joined Newcastle", "the former Blackburn and Southampton skipper". In a sports story a town,
//! a county or an unknown word in such a place is a club — an organisation — and so is every
//! other mention of it in the story, the headline's capitals and a sentence's first word included.
//! Countries stay places (a national side is named for its country), and so does a word that is
//! the surname of someone the story names in full ("Sampras beat Ivanisevic").

use rustc_hash::FxHashSet;

use super::FactKind;
use super::entities::{Mention, Paragraph};
use super::gazetteer::Gazetteer;
use super::text::{Token, lower};

/// Whether `word` (lower-case, singular) says a story is about sport: `Some(true)` for a word
/// of sport alone ("innings", "striker", "stadium"), `Some(false)` for one that other news uses
/// too ("season", "club", "league"). (A match compiles to a switch: no list is scanned per token.)
fn sport_word(word: &str) -> Option<bool> {
    match word {
        "innings" | "wicket" | "batsman" | "bowler" | "bowled" | "goalkeeper" | "striker"
        | "midfielder" | "defender" | "half-time" | "halftime" | "penalty" | "goal" | "scorer"
        | "semi-final" | "semifinal" | "quarter-final" | "quarterfinal" | "inning" | "homer"
        | "homered" | "pitcher" | "touchdown" | "quarterback" | "playoff" | "rugby" | "cricket"
        | "soccer" | "football" | "footballer" | "baseball" | "basketball" | "hockey" | "squad"
        | "fixture" | "relegation" | "relegated" | "stadium" | "referee" | "unbeaten" | "derby"
        | "premiership" | "skipper" | "full-back" | "fullback" | "fly-half" | "scrum-half"
        | "flanker" | "scrum" | "lineout" | "sin-bin" | "try-scorer" | "tackle" => Some(true),
        "coach" | "season" | "match" | "club" | "league" | "championship" | "tournament"
        | "scored" | "team" | "player" => Some(false),
        _ => None,
    }
}

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
    "won",
    "lost",
    "tied",
    "rallied",
    "clinched",
    "trailed",
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
    "playmaker",
    "batsman",
    "bowler",
    "all-rounder",
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
    "squad",
    "players",
    "player",
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
    "champions",
    "holders",
    "leaders",
    "rivals",
    "hosts",
    "visitors",
    "opponents",
    "face",
    "faces",
    "facing",
];

/// A preposition before a team's name, and the words before it that make it one: "a 2-1 win
/// over Leeds", "lost to Guingamp", "homered for Cleveland", "joined Milan from Torino", "his
/// former coach at Torino", "drew with Celtic".
const PREPOSITIONS: &[(&str, &[&str])] = &[
    (
        "over",
        &[
            "win",
            "wins",
            "victory",
            "victories",
            "winners",
            "triumph",
            "success",
        ],
    ),
    (
        "to",
        &[
            "defeat", "defeats", "loss", "lost", "losing", "beaten", "draw", "move", "moved",
            "transfer", "switch",
        ],
    ),
    (
        "for",
        &[
            "homered",
            "scored",
            "scores",
            "played",
            "plays",
            "playing",
            "signed",
            "signing",
            "pitched",
            "starred",
            "debut",
            "goal",
            "goals",
            "win",
            "victory",
            "success",
            "successes",
        ],
    ),
    (
        "from",
        &[
            "signed", "joined", "bought", "transfer", "move", "moved", "arrived", "loan", "loaned",
        ],
    ),
    ("at", MEMBERS),
    ("with", &["drew", "draw", "tie", "tied", "contract"]),
];

/// Whether the story is about sport: its headline is filed under one, or it has sport words —
/// two different ones and one that other news uses too, or one and three such ("club" and
/// "scored" in a primary's results are not enough).
fn is_sport(paragraphs: &[Paragraph<'_, '_>]) -> bool {
    // "CRICKET - 1997 ASHES ITINERARY", "Soccer: …": a headline filed under a sport.
    const SPORTS: &[&str] = &[
        "cricket",
        "rugby",
        "soccer",
        "football",
        "basketball",
        "baseball",
        "hockey",
    ];
    if let Some(Paragraph { tokens, .. }) = paragraphs.first()
        && tokens.len() >= 2
        && SPORTS.contains(&lower(tokens[0].text).as_ref())
        && matches!(tokens[1].text, "-" | ":" | "–" | "—" | "|")
    {
        return true;
    }
    let (mut sure, mut maybe): (FxHashSet<String>, FxHashSet<String>) = Default::default();
    for Paragraph { tokens, .. } in paragraphs {
        for t in tokens.iter() {
            if t.text.len() < 4 {
                continue;
            }
            let mut buf = [0u8; 13];
            let Some(l) = super::text::ascii_lower(t.text, &mut buf) else {
                continue;
            };
            // The word, or its singular: "goals", "matches".
            let Some((w, is_sure)) = [Some(l), l.strip_suffix('s'), l.strip_suffix("es")]
                .into_iter()
                .flatten()
                .find_map(|w| sport_word(w).map(|s| (w, s)))
            else {
                continue;
            };
            let set = if is_sure { &mut sure } else { &mut maybe };
            if !set.contains(w) {
                set.insert(w.to_string());
            }
            if 2 * sure.len() + maybe.len() >= 5 {
                return true;
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
        FactKind::Place => !is_country(m.canonical.as_deref().unwrap_or(&m.text), g),
        FactKind::Person => {
            // ("Kent made up for lost time": a given name alone may be a county.)
            m.title.is_none()
                && !people.contains(&m.text)
                && m.text
                    .split_once(' ')
                    .is_none_or(|(w, _)| !g.given.contains_key(w))
        }
        _ => false,
    }
}

/// "Manchester City", "Norwich City", "Leeds United", "Bristol Rovers": a town's name and a
/// club's word, taken for a place, that no list knows as a place ("Mexico City" is one).
fn club_by_town(m: &Mention, g: &Gazetteer) -> bool {
    m.kind == FactKind::Place
        && m.text.rsplit_once(' ').is_some_and(|(town, word)| {
            matches!(
                word,
                "City" | "United" | "Rovers" | "Wanderers" | "Albion" | "Athletic" | "Hotspur"
            ) && g.place(town).is_some_and(|c| !is_country(c, g))
        })
        && g.place(&m.text).is_none()
}

/// Whether `place` (canonical) is a country: a people is named for it ("Faroese").
fn is_country(place: &str, g: &Gazetteer) -> bool {
    static COUNTRIES: std::sync::OnceLock<FxHashSet<String>> = std::sync::OnceLock::new();
    let countries =
        COUNTRIES.get_or_init(|| g.demonyms.values().map(|p| p.to_lowercase()).collect());
    super::text::with_lower(place, |l| countries.contains(l))
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
    let member_at = |k: usize| word(k).is_some_and(|w| MEMBERS.contains(&w.as_ref()));
    // "Derbyshire's Australian captain", "Everton's Duncan Ferguson": the possessive, then a
    // member of the side or a player named in full.
    if tokens
        .get(e)
        .is_some_and(|t| matches!(t.text, "'s" | "’s" | "'" | "’"))
    {
        // (The tokenizer splits "Everton's" into "Everton", "'", "s".)
        let after = if tokens.get(e + 1).is_some_and(|t| t.text == "s") {
            e + 2
        } else {
            e + 1
        };
        return (after..(after + 3).min(tokens.len())).any(member_at)
            || mentions.iter().any(|o| {
                o.tok_start == after
                    && o.kind == FactKind::Person
                    && o.title.is_none()
                    && o.text.contains(' ')
            });
    }
    // "Surrey captain", "Chelsea central defender", "the Saracens side".
    // (One adjective between: "central", not "World Cups as players".)
    let lower_word = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| !t.is_capitalised() && t.is_word() && !super::linking::is_stop(t.text))
    };
    if member_at(e) || (lower_word(e) && member_at(e + 1)) {
        return true;
    }
    // A standings or results row: "NEW YORK 74 59 .556", "Detroit 4 Toronto 3"; the visiting side
    // of a fixture in capitals: "NEW YORK AT CALIFORNIA".
    let number = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.sentence == tokens[s].sentence && t.text.parse::<u32>().is_ok())
    };
    let place_at = |k: usize| {
        mentions
            .iter()
            .any(|o| o.tok_start == k && o.kind != FactKind::Person)
    };
    if number(e) && (number(e + 1) || place_at(e + 1)) {
        return true;
    }
    // (The one after "AT" is where they play.)
    if tokens.get(e).is_some_and(|t| t.text == "AT") && place_at(e + 1) {
        return true;
    }
    if !one_word {
        return false;
    }
    // "Leicestershire beat Somerset", "Milwaukee has won 10 of its last 15".
    let verb = if word(e).is_some_and(|w| matches!(w.as_ref(), "has" | "have" | "had")) {
        e + 1
    } else {
        e
    };
    if word(verb).is_some_and(|w| RESULTS.contains(&w.as_ref())) {
        return !person_at(verb + 1, false);
    }
    let Some(p) = s.checked_sub(1) else {
        return false;
    };
    let prev = lower(tokens[p].text);
    if BEFORE.contains(&prev.as_ref()) {
        return !person_at(p, true);
    }
    if let Some((w, before)) = PREPOSITIONS.iter().find(|(w, _)| *w == prev.as_ref()) {
        // ("The 22 players who were at Kapalua": a member of the side right before "at".)
        let from = if *w == "at" {
            p.saturating_sub(1)
        } else {
            p.saturating_sub(3)
        };
        return (from..p)
            .filter_map(word)
            .any(|w| before.contains(&w.as_ref()));
    }
    false
}

/// Words after a paper's name that say it is one.
const OUTLETS: &[&str] = &[
    "newspaper",
    "newspapers",
    "daily",
    "weekly",
    "magazine",
    "tabloid",
    "broadsheet",
];

/// Whether the word after mention `m` says it names a paper: "Liberte newspaper", "Zycie
/// Warszawy daily", "Kyodo news agency".
fn outlet_context(tokens: &[Token<'_>], m: &Mention) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text);
    // ("the Vatican's official newspaper, L'Osservatore Romano", "the daily Haaretz": after;
    // not after a paper's name, "told Time magazine, Khan said".)
    let before = m.tok_start.checked_sub(1).map_or("", |p| {
        if word(p) == "," {
            p.checked_sub(2)
                .filter(|&q| !tokens[q].is_capitalised())
                .map_or("", |_| word(p - 1))
        } else {
            word(p)
        }
    });
    OUTLETS.contains(&word(m.tok_end))
        || (word(m.tok_end) == "news" && word(m.tok_end + 1) == "agency")
        || OUTLETS.contains(&before)
}

/// Capitalised words right before "magazine", "newspaper" or "news agency" that no name rule
/// took ("wrote Time magazine"), or took for an unknown place: the paper's name, an organisation. Not a function word, a
/// weekday, a people or a known place ("The newspaper", "a Sunday newspaper", "a British
/// daily", "a Baton Rouge newspaper"), nor a lone word opening its sentence ("Local newspapers").
fn outlets_no_rule_named(p: &mut Paragraph<'_, '_>, g: &Gazetteer) {
    let tokens = p.tokens;
    // ("Family Circle magazine": a place word, but no place the lists know.)
    for m in p.mentions.iter_mut() {
        if m.kind == FactKind::Place && outlet_context(tokens, m) && g.place(&m.text).is_none() {
            m.kind = FactKind::Organization;
            m.canonical = None;
        }
    }
    let mut added = false;
    for k in 1..tokens.len() {
        let outlet = OUTLETS.contains(&tokens[k].text)
            || (tokens[k].text == "news" && tokens.get(k + 1).is_some_and(|t| t.text == "agency"));
        if !outlet || !tokens[k - 1].is_capitalised() {
            continue;
        }
        let mut s = k - 1;
        while s > 0
            && k - s < 3
            && tokens[s - 1].is_capitalised()
            && tokens[s - 1].sentence == tokens[k].sentence
        {
            s -= 1;
        }
        let words = &tokens[s..k];
        let name = &p.text[words[0].bstart..words[words.len() - 1].bend];
        let common = words.iter().any(|t| {
            t.text.contains('-')
                || super::dates::is_weekday_or_month(t.text)
                || g.is_place(t.text)
                || super::text::with_lower(t.text, |l| {
                    super::linking::is_stop(l)
                        || matches!(l, "his" | "her" | "my" | "your" | "if" | "but" | "every")
                        || g.demonyms.contains_key(l)
                })
        });
        if common
            || g.is_place(name)
            || (words.len() == 1 && words[0].sentence_start)
            || p.mentions.iter().any(|m| m.tok_start < k && s < m.tok_end)
        {
            continue;
        }
        p.mentions.push(Mention::of(
            tokens,
            p.text,
            s,
            k,
            FactKind::Organization,
            None,
        ));
        added = true;
    }
    if added {
        p.mentions.sort_by_key(|m| m.tok_start);
    }
}

/// Retypes the teams of a sports story as organisations, in every paragraph (`tokens` with the
/// mentions found in them), and adds the mentions the name rules left out (a sentence's first
/// word, a headline in capitals). `surnames`: the surnames of people the story names in full.
pub fn retype(paragraphs: &mut [Paragraph<'_, '_>], surnames: &FxHashSet<String>) {
    let g = Gazetteer::get();
    // (Whether the story is about sport is asked only when a name stands where a team would, or
    // a results line names a town: most stories have neither, and the question reads every word.)
    let town_team = |m: &Mention| {
        (m.kind == FactKind::Organization
            && m.canonical.is_none()
            && g.place(&m.text).is_some_and(|c| !is_country(c, g)))
            || club_by_town(m, g)
    };
    let hint = paragraphs.iter().any(
        |Paragraph {
             tokens, mentions, ..
         }| {
            mentions.iter().any(|m| {
                (matches!(m.kind, FactKind::Place | FactKind::Person)
                    && team_context(tokens, mentions, m))
                    || town_team(m)
            })
        },
    );
    let sport = hint && is_sport(paragraphs);
    // Any story: a name taken for a person's before the word that says it is a paper ("Zycie
    // Warszawy daily said", "Liberte newspaper") is an organisation, and so is its every other
    // mention.
    let mut teams: Vec<Vec<String>> = Vec::new();
    for Paragraph {
        tokens, mentions, ..
    } in paragraphs.iter()
    {
        for m in mentions.iter() {
            // (Not a place: "a Baton Rouge newspaper" is published there.)
            if m.kind == FactKind::Person
                && outlet_context(tokens, m)
                && may_be_team(m, g, surnames)
            {
                let words = m.words_lower();
                if !teams.contains(&words) {
                    teams.push(words);
                }
            }
        }
    }
    for p in paragraphs.iter_mut() {
        outlets_no_rule_named(p, g);
    }
    if !sport && teams.is_empty() {
        return;
    }
    // The words of people's full names ("Jansher Khan": "defeated Jansher" is no team).
    let mut people = surnames.clone();
    for Paragraph { mentions, .. } in paragraphs.iter() {
        for m in mentions.iter() {
            if m.kind == FactKind::Person && m.text.contains(' ') {
                people.extend(m.text.split(' ').map(str::to_string));
            }
        }
    }
    // Teams do not speak: "Choi said", "said Choi" name a person.
    for Paragraph {
        tokens, mentions, ..
    } in paragraphs.iter()
    {
        for m in mentions.iter() {
            let said_before = m
                .tok_start
                .checked_sub(1)
                .is_some_and(|p| super::quotes::SPEECH.contains(&tokens[p].text));
            if said_before || super::entities::speech_follows(tokens, m.tok_end) {
                people.insert(m.text.clone());
            }
        }
    }
    let surnames = &people;
    let key = Mention::words_lower;
    // Teams, as lower-case words.
    for Paragraph {
        tokens, mentions, ..
    } in paragraphs.iter().filter(|_| sport)
    {
        for m in mentions.iter() {
            // (A results line's teams are organisations already: "Orrell 13 Bath 56" makes the
            // "Bath" of "champions Bath" one too. Only a town: a scorecard's players are
            // organisations there too.)
            if town_team(m) || (team_context(tokens, mentions, m) && may_be_team(m, g, surnames)) {
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
    for Paragraph {
        tokens, mentions, ..
    } in paragraphs.iter()
    {
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
    for Paragraph {
        text,
        tokens,
        mentions,
    } in paragraphs.iter_mut()
    {
        // "MILAN 1996-08-30", "ARLINGTON, Texas 1996-08-31": a dateline names the place the
        // story was filed from.
        let dateline_paragraph = tokens.len() <= 6 && tokens.last().is_some_and(Token::is_number);
        let dateline = |s: usize, e: usize| {
            dateline_paragraph || (s == 0 && tokens.get(e).is_some_and(Token::is_number))
        };
        for m in mentions.iter_mut() {
            // "In Montreal, Scott Sanders allowed one hit": the town, where a place is said;
            // "Bergamo-based Atalanta".
            let place_said = m.kind == FactKind::Place
                && (m.tok_start.checked_sub(1).is_some_and(|p| {
                    matches!(tokens[p].text, "in" | "In" | "at" | "At" | "near" | "Near")
                }) || tokens[m.tok_end - 1].text.len()
                    != m.text.rsplit(' ').next().map_or(0, str::len));
            if teams.contains(&key(m))
                && m.kind != FactKind::Organization
                && !dateline(m.tok_start, m.tok_end)
                && !place_said
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
                mentions.push(Mention::of(
                    tokens,
                    text,
                    k,
                    e,
                    FactKind::Organization,
                    None,
                ));
                added = true;
            }
            k = e;
        }
        if added {
            mentions.sort_by_key(|m| m.tok_start);
        }
    }
}

/// "the Clintons", "the Obamas", "the Bushes": the plural of a surname of someone the story
/// names in full (`surnames`) is that family, people, not a team as "the Yankees" is. So is
/// such a surname ending in "s" before a noun: "the Sanders claim", "the Sanders rapid-response
/// director" (the person's).
pub fn families(paragraphs: &mut [Paragraph<'_, '_>], surnames: &FxHashSet<String>) {
    // (A surname with its title is named as fully: "President Clinton" … "the Clintons".)
    let titled: FxHashSet<String> = paragraphs
        .iter()
        .flat_map(|p| p.mentions.iter())
        .filter(|m| m.kind == FactKind::Person && m.title.is_some() && !m.text.contains(' '))
        .map(|m| m.text.clone())
        .collect();
    let known = |w: &str| surnames.contains(w) || titled.contains(w);
    if surnames.is_empty() && titled.is_empty() {
        return;
    }
    for p in paragraphs.iter_mut() {
        for m in p.mentions.iter_mut() {
            let k = m.tok_start;
            if m.kind != FactKind::Organization
                || m.canonical.is_some()
                || m.tok_end != k + 1
                || k == 0
                || !matches!(p.tokens[k - 1].text, "the" | "The")
            {
                continue;
            }
            let plural = [m.text.strip_suffix("es"), m.text.strip_suffix('s')]
                .into_iter()
                .flatten()
                .any(known);
            let before_noun = known(&m.text)
                && p.tokens.get(k + 1).is_some_and(|t| {
                    t.sentence == p.tokens[k].sentence
                        && t.text.starts_with(|c: char| c.is_lowercase())
                        && !matches!(t.text, "of" | "and" | "or" | "in" | "to" | "for")
                });
            if plural || before_noun {
                m.kind = FactKind::Person;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plural_of_a_surname_the_story_names_in_full_is_the_family() {
        let kinds = super::super::story_pass(
            &[
                "Hillary Clinton and Jeb Bush spoke.",
                "The Clintons and the Bushes left; the Yankees won. The Smiths sang.",
                "The Sanders claim was false; the Sanders beat the Yankees.",
                "President Obama and the Obamas waved.",
            ],
            |view| {
                let surnames: FxHashSet<String> = ["Clinton", "Bush", "Sanders"]
                    .map(String::from)
                    .into_iter()
                    .collect();
                families(view, &surnames);
            },
        );
        let kind = |n: &str| kinds.iter().find(|m| m.text == n).map(|m| m.kind);
        assert_eq!(kind("Clintons"), Some(FactKind::Person), "{kinds:?}");
        assert_eq!(kind("Bushes"), Some(FactKind::Person), "{kinds:?}");
        assert_eq!(kind("Yankees"), Some(FactKind::Organization), "{kinds:?}");
        assert_eq!(kind("Smiths"), Some(FactKind::Organization), "{kinds:?}");
        assert_eq!(kind("Obamas"), Some(FactKind::Person), "{kinds:?}");
        let sanders: Vec<_> = kinds.iter().filter(|m| m.text == "Sanders").collect();
        assert_eq!(sanders.len(), 2, "{kinds:?}");
        assert_eq!(sanders[0].kind, FactKind::Person, "{kinds:?}");
    }

    /// The organisations of a story given as paragraphs, after the team pass.
    fn orgs(paragraphs: &[&str]) -> Vec<String> {
        super::super::story_pass(paragraphs, |view| {
            // (The pipeline's surnames: the last word of a person's full name.)
            let surnames: FxHashSet<String> = view
                .iter()
                .flat_map(|p| p.mentions.iter())
                .filter(|m| m.kind == FactKind::Person)
                .filter_map(|m| m.text.rsplit_once(' ').map(|(_, s)| s.to_string()))
                .collect();
            retype(view, &surnames);
        })
        .into_iter()
        .filter(|m| m.kind == FactKind::Organization)
        .map(|m| m.text)
        .collect()
    }

    #[test]
    fn a_name_before_magazine_newspaper_or_news_agency_is_the_paper() {
        assert_eq!(
            orgs(&["\"The Cruz train has left the station,\" wrote Time magazine."]),
            ["Time"]
        );
        assert_eq!(
            orgs(&["The story ran in Family Circle magazine, not in The newspaper."]),
            ["Family Circle"]
        );
        // Where a paper is published, or in what language, is no paper's name.
        assert!(
            orgs(&[
                "An English-language Beijing newspaper, a British daily and a Sunday newspaper."
            ])
            .is_empty()
        );
    }

    #[test]
    fn a_name_after_newspaper_and_a_comma_is_the_paper() {
        assert_eq!(
            orgs(&[
                "An article in the official newspaper, L'Osservatore Romano, accused her.",
                "L'Osservatore Romano goes on to accuse her.",
            ]),
            ["L'Osservatore Romano", "L'Osservatore Romano"]
        );
        // (Not after the paper's own name.)
        assert!(
            orgs(&["In an interview with Time magazine, Smith said he would go."])
                .iter()
                .all(|o| o != "Smith")
        );
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
        // Results, prepositions, a possessive before a player, a results line's town.
        assert_eq!(
            orgs(&[
                "Jim Thome homered for Cleveland in the ninth inning as the league leaders won again.",
                "Nice were sacked after a home defeat to Guingamp, and Everton's Duncan Ferguson went close.",
                "Milwaukee has won 10 of its last 15. In Milwaukee, the pitcher allowed one hit.",
                "Orrell 13 Bath 56",
                "There were emphatic victories for champions Bath.",
            ]),
            [
                "Cleveland",
                "Guingamp",
                "Everton",
                "Milwaukee",
                "Orrell",
                "Bath",
                "Bath"
            ]
        );
    }

    #[test]
    fn a_club_that_claims_a_victory_does_not_speak() {
        // Rugby's words say the story is sport; "Sale claimed a victory" is no one speaking,
        // so "against Sale" makes the town's club an organisation everywhere.
        assert_eq!(
            orgs(&[
                "Lee Thomas scored twice as Sale claimed a 34-20 victory.",
                "A penalty from full-back Leigh Hinton came at half-time; the flanker left.",
                "The crowd hoped for a first victory against Sale in 12 attempts.",
            ]),
            ["Sale", "Sale"]
        );
    }

    #[test]
    fn a_towns_name_and_a_clubs_word_are_the_club_in_a_sports_story() {
        assert_eq!(
            orgs(&[
                "SOCCER - NORWICH CITY WIN",
                "The striker scored a penalty as Norwich City beat Leeds United in the league.",
                "The goalkeeper flew home to Mexico City after the derby.",
            ]),
            ["Norwich City", "Leeds United"]
        );
        // Off the field a city's name stays the city's.
        assert!(orgs(&["He moved to Manchester City centre to work for a bank."]).is_empty());
    }

    #[test]
    fn a_standings_row_or_a_visiting_side_names_a_club() {
        assert_eq!(
            orgs(&[
                "BASEBALL - MAJOR LEAGUE STANDINGS AFTER THURSDAY'S GAMES",
                "The pitcher threw a no-hitter in the baseball game.",
                "W L PCT GB",
                "BALTIMORE 70 63 .526 4",
                "St Mirren 3 1 1 1 5 4 4",
                "SEATTLE AT OAKLAND",
            ]),
            ["BALTIMORE", "St Mirren", "SEATTLE"]
        );
    }

    #[test]
    fn a_paper_named_as_one_is_an_organisation_in_any_story() {
        assert_eq!(
            orgs(&[
                "But Le Matin newspaper, quoting witnesses, said the bomb was hidden in a car.",
                "Le Matin said the police had closed the road.",
            ]),
            ["Le Matin", "Le Matin"]
        );
        // A place before "newspaper" is where it is published.
        assert!(
            orgs(&["The Advocate, a Baton Rouge newspaper, said the mayor resigned."])
                .iter()
                .all(|o| o != "Baton Rouge")
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
        // Teams do not speak; players at a course are not a side's.
        assert!(
            orgs(&[
                "Choi beat the field by two shots in the tournament, the league's best this season.",
                "\"I can't remember a harder round,\" Choi said. The 22 players who were at Kapalua \
                 said the fairways were wide.",
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
