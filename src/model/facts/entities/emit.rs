//! Deciding one candidate span: trimming it, rejecting what is no name, and typing the rest
//! (person, organisation or place).

use super::*;

/// Types the capitalised span `s..e` and adds the names it holds to `out`: trims and re-splits
/// it, rejects what is no name, types the rest and attaches it to the name before when they are
/// one.
pub(super) fn emit(
    tokens: &[Token<'_>],
    text: &str,
    s: usize,
    e: usize,
    title: Option<String>,
    g: &Gazetteer,
    out: &mut Vec<Mention>,
) {
    let Some((e, lname)) = narrow(tokens, text, s, e, &title, g, out) else {
        return;
    };
    let Some(c) = screen(tokens, text, s, e, lname, title, g, out) else {
        return;
    };
    let Some(typed) = classify(&c, out) else {
        return;
    };
    attach(c, typed, out);
}

/// Is the word at `k` a role in small letters ("negotiator", "envoy") or those who hold one
/// ("official", "delegation", "lawmakers")?
fn names_a_role(tokens: &[Token<'_>], k: usize, g: &Gazetteer) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.text.starts_with(|c: char| c.is_ascii_lowercase())
            && (g.is_title_or_role(t.text)
                || matches!(
                    t.text,
                    "official" | "officials" | "delegation" | "lawmakers" | "troops" | "forces"
                ))
    })
}

/// A span that survived [`narrow`] and [`screen`], with what its words and neighbours say.
struct Candidate<'c, 't> {
    tokens: &'c [Token<'t>],
    text: &'t str,
    s: usize,
    e: usize,
    title: Option<String>,
    g: &'c Gazetteer,
    name: &'t str,
    lname: String,
    single: bool,
    opens: bool,
    /// A lone word opening a sentence that may be a name: a given name, or a word before a verb.
    opening: bool,
    /// ... and nothing else (no speech after it) says it is one.
    uncued: bool,
    contains_known: bool,
    prev: Option<std::borrow::Cow<'t, str>>,
    prev2: Option<std::borrow::Cow<'t, str>>,
    role_before: bool,
}

/// What [`classify`] decided: the kind, the canonical name, whether the mention is weak, and the
/// token it starts at (a word before `s` the name takes in).
struct Typed {
    kind: FactKind,
    canonical: Option<String>,
    weak: bool,
    from: usize,
}

/// Trims connectors and pronouns off the span's ends and re-splits spans that hold more than
/// one name (emitting the parts itself). Returns the trimmed end and the lower-cased name when
/// the span goes on as one candidate.
fn narrow(
    tokens: &[Token<'_>],
    text: &str,
    s: usize,
    e: usize,
    title: &Option<String>,
    g: &Gazetteer,
    out: &mut Vec<Mention>,
) -> Option<(usize, String)> {
    // "King Street", "Princes Street", "the Presidents Cup", "Queen Mary University": a title
    // before one word that names a kind of place, contest or body is part of that name.
    if let Some(t) = title.as_deref()
        && e == s + 1
        && s >= 1
        && tokens[s - 1].text == t
        && (g.place_words.contains(tokens[s].text)
            || NOT_PEOPLE_LAST.contains(&tokens[s].text)
            || g.org_words.contains(tokens[s].text))
    {
        emit(tokens, text, s - 1, e, None, g, out);
        return None;
    }
    // Trim trailing connectors, and pronouns ("“Look I’ve made this clear”", "Decide If He";
    // "I" is no pronoun in a numeral: "World War I", "Elizabeth I").
    let mut e = e;
    // (A name a list knows keeps a last word that is also a connector: "El Al".)
    let known = e > s + 1 && g.org(&text[tokens[s].bstart..tokens[e - 1].bend]).is_some();
    while (e > s && !known && is_connector(tokens[e - 1].text))
        || (e > s + 1
            && tokens[e - 1].text == "I"
            && tokens[e - 2].text != "War"
            && !g.given.contains_key(tokens[e - 2].text))
        || (e > s + 1 && matches!(tokens[e - 1].text, "He" | "She" | "We" | "They" | "It"))
    {
        e -= 1;
    }
    // "Democrat U.S. senators", "Republican U.S. House Speaker", "GOP Israel supporters": a
    // party's word before a place is the people's, no part of a name. (Not "Democratic National
    // Committee", "Republican Party of Texas": what follows is no place.)
    if e - s >= 2
        && title.is_none()
        && matches!(
            tokens[s].text,
            "Democrat" | "Democratic" | "Republican" | "GOP" | "Labour" | "Tory" | "Conservative"
        )
        && (g.place(tokens[s + 1].text).is_some()
            || g.place(&text[tokens[s + 1].bstart..tokens[e - 1].bend])
                .is_some())
    {
        emit(tokens, text, s + 1, e, None, g, out);
        return None;
    }
    // "Presumptive Democratic presidential nominee": a party's or a people's adjective ends no
    // name of a person; what is before it is a modifier too.
    if e - s >= 2
        && (matches!(
            tokens[e - 1].text,
            "Democratic" | "Republican" | "Presidential" | "Congressional" | "Gubernatorial"
        ) || (with_lower(tokens[e - 1].text, |l| g.demonyms.contains_key(l))
            // ("Mark Cuban", "Bill English": a surname.)
            && !(e - s == 2
                && g.given.contains_key(tokens[s].text)
                && with_lower(tokens[s].text, |l| !g.demonyms.contains_key(l)))))
        && tokens.get(e).is_some_and(|t| {
            t.sentence == tokens[s].sentence && t.text.chars().all(char::is_lowercase)
        })
    {
        // ("Iowa Republican voters": the place is still named.)
        emit(tokens, text, s, e - 1, title.clone(), g, out);
        return None;
    }
    // "a Christmas-themed Web ad", "in Republican-leaning states", "Chicago-based": a capital
    // joined to a lower-case word by a hyphen makes an adjective, never part of a name.
    if e > s && hyphen_adjective(tokens[s].text) {
        emit(tokens, text, s + 1, e, title.clone(), g, out);
        return None;
    }
    if e > s
        && hyphen_adjective(tokens[e - 1].text)
        && !(e - s >= 2 && g.given.contains_key(tokens[s].text))
    {
        // ("a Hong Kong-listed firm", "a United Nations-supervised vote": the name runs into
        // the adjective and cannot be cut from it; "Donald Trump-led" keeps its person, below.)
        if e - s >= 2 {
            return None;
        }
        emit(tokens, text, s, e - 1, title.clone(), g, out);
        return None;
    }
    // "a Donald Trump-led effort", "a Lindsey Graham-type": a given name and a surname run into
    // the adjective; the person is named without it.
    if e - s >= 2
        && hyphen_adjective(tokens[e - 1].text)
        && let Some((head, _)) = tokens[e - 1].text.rsplit_once('-')
        && head.chars().count() >= 2
    {
        // (A body's or a contest's name does not run on so into a person: "Ivy League-trained".)
        if g.org_words.contains(head) || NOT_PEOPLE_LAST.contains(&head) {
            return None;
        }
        let last = &tokens[e - 1];
        out.push(Mention {
            text: text[tokens[s].bstart..last.bstart + head.len()].to_string(),
            end: last.start + head.chars().count(),
            title: title.clone(),
            ..Mention::of(tokens, text, s, e, FactKind::Person, None)
        });
        return None;
    }
    if e <= s {
        return None;
    }
    // "Article 33", "Section 5", "Flight 370", "Game 7": a numbered part of something, no name.
    if e - s == 1
        && matches!(
            tokens[s].text,
            "Article"
                | "Section"
                | "Chapter"
                | "Title"
                | "Proposition"
                | "Prop"
                | "Amendment"
                | "Rule"
                | "Part"
                | "Clause"
                | "Paragraph"
                | "Room"
                | "Gate"
                | "Flight"
                | "Game"
                | "Week"
                | "Phase"
                | "Level"
                | "Category"
                | "Stage"
                | "Round"
                | "Episode"
                | "Season"
                | "Volume"
                | "Page"
                | "Item"
                | "Grade"
                | "Platform"
        )
        && tokens.get(e).is_some_and(|t| {
            t.sentence == tokens[s].sentence
                && t.text.bytes().next().is_some_and(|b| b.is_ascii_digit())
        })
    {
        return None;
    }
    // "voices on the Right", "the far Left": a side of politics, no one's name.
    if e - s == 1
        && matches!(tokens[s].text, "Right" | "Left")
        && s.checked_sub(1).is_some_and(|p| {
            matches!(
                tokens[p].text,
                "the" | "far" | "hard" | "alt" | "radical" | "new"
            )
        })
    {
        return None;
    }
    // "Shares of Douglas & Lomason Co rose", "Representatives of First Bank said": a plural
    // common noun capitalised by its sentence, then "of", is no part of the name after it.
    // So is a relative or a friend ("Daughter of Henry VIII and his second wife"), and an
    // abstract noun ("Approval of Cruz, while still a net negative…", "Removal of Assad").
    let kin = tokens[s].is_capitalised() && {
        let l = lower(&tokens[s]);
        kinship(&l) || l == "friend"
    };
    if e - s >= 3
        && tokens[s].sentence_start
        && tokens[s + 1].text == "of"
        && tokens[s + 2].is_capitalised()
        && ((tokens[s].text.len() > 3 && tokens[s].text.ends_with('s'))
            || kin
            || abstract_noun(tokens[s].text))
        && tokens[s].text.chars().skip(1).all(char::is_lowercase)
    {
        let first = lower(&tokens[s]);
        let whole = text[tokens[s].bstart..tokens[e - 1].bend].to_lowercase();
        if !g.orgs.contains_key(&whole)
            && !g.org_words.contains(tokens[s].text)
            && !g.places.contains_key(first.as_ref())
            && !g.is_title_or_role(&first)
        {
            emit(tokens, text, s + 2, e, title.clone(), g, out);
            return None;
        }
    }
    // "Calling Obama a failure", "Painting Trump as…": a gerund capitalised by its sentence is
    // no part of the name after it (unless the lists know it as a name or a place: "Sterling
    // Brown", "Reading").
    if e - s >= 2
        && tokens[s].sentence_start
        && is_gerund(tokens[s].text)
        && tokens[s + 1].is_capitalised()
        && !with_lower(tokens[s + 1].text, is_not_name)
        && !g.given.contains_key(tokens[s].text)
    {
        let first = lower(&tokens[s]);
        let whole = text[tokens[s].bstart..tokens[e - 1].bend].to_lowercase();
        let known = |w: &str| g.places.contains_key(w) || g.orgs.contains_key(w);
        if !known(first.as_ref()) && !known(&whole) && !is_not_name(first.as_ref()) {
            emit(tokens, text, s + 1, e, title.clone(), g, out);
            return None;
        }
    }
    // "Local GOP leaders", "Three-in-five GOP insiders", "Senior FBI officials": a sentence's
    // capital on a word no list knows before a body's acronym the lists know is no part of its
    // name.
    if e - s == 2
        && tokens[s].sentence_start
        && tokens[s]
            .text
            .chars()
            .skip(1)
            .all(|c| c.is_lowercase() || c == '-')
        && !g.given.contains_key(tokens[s].text)
        && with_lower(tokens[s].text, |l| {
            !g.places.contains_key(l) && !g.orgs.contains_key(l) && !g.demonyms.contains_key(l)
        })
        && tokens[s + 1].text.len() >= 2
        && tokens[s + 1].text.bytes().all(|b| b.is_ascii_uppercase())
        && g.org(tokens[s + 1].text).is_some()
        && g.org(&text[tokens[s].bstart..tokens[s + 1].bend]).is_none()
    {
        emit(tokens, text, s + 1, e, title.clone(), g, out);
        return None;
    }
    // "Of Clinton: “…”": a sentence's capital on "of" opens no name.
    if e - s >= 2 && tokens[s].sentence_start && tokens[s].text == "Of" {
        emit(tokens, text, s + 1, e, title.clone(), g, out);
        return None;
    }
    // "Frontrunner Donald Trump", "Candidate Hillary Clinton": a sentence's capital on a word
    // that is no name, before a given name and a surname.
    // "Economist Joel Naroff", "Actress Eva Longoria": a role, capitalised by the sentence.
    if e - s >= 2
        && tokens[s].sentence_start
        && g.is_title_or_role(&lower(&tokens[s]))
        && !g.is_title(tokens[s].text)
    {
        emit(tokens, text, s + 1, e, title.clone(), g, out);
        return None;
    }
    if e - s >= 3
        && tokens[s].sentence_start
        && g.given.contains_key(tokens[s + 1].text)
        && !g.given.contains_key(tokens[s].text)
        && tokens[s].text.chars().skip(1).all(char::is_lowercase)
    {
        let first = lower(&tokens[s]);
        if !g.places.contains_key(first.as_ref())
            && !g.orgs.contains_key(first.as_ref())
            && !g.demonyms.contains_key(first.as_ref())
        {
            emit(tokens, text, s + 1, e, title.clone(), g, out);
            return None;
        }
    }
    // "a prominent New York Democrat", "an Ohio Republican": a party member from a place names
    // the place.
    if e - s >= 2
        && matches!(
            tokens[e - 1].text,
            "Democrat" | "Democrats" | "Republican" | "Republicans"
        )
        && g.is_place(&text[tokens[s].bstart..tokens[e - 2].bend])
    {
        emit(tokens, text, s, e - 1, title.clone(), g, out);
        return None;
    }
    // "Gov. Bill Richardson of New Mexico", "Sen. Bernie Sanders of Vermont": a person (titled,
    // or with a known given name) from a known place is two names, not an organisation.
    if let Some(of) = (s + 1..e.saturating_sub(1)).find(|&k| tokens[k].text == "of") {
        let place = text[tokens[of + 1].bstart..tokens[e - 1].bend].to_lowercase();
        let person = title.is_some()
            || s.checked_sub(1)
                .is_some_and(|p| g.is_title_or_role(tokens[p].text))
            || (of - s >= 2
                && g.given.contains_key(tokens[s].text)
                && tokens[s..of].iter().all(|t| t.is_capitalised()));
        // "economist Lynn Reaser of Barnett Banks Inc": a person from an organisation, too.
        let org = g.orgs.contains_key(&place)
            || g.org_words.contains(tokens[e - 1].text)
            || tokens[of + 1..e].iter().any(|t| t.text == "&");
        // "Meenakshi Ganguly of Human Rights Watch": two or more name words before "of" that
        // make no organisation themselves ("Royal Bank of Scotland") name someone from it.
        let named = of - s >= 2
            && !matches!(
                tokens[s].text,
                "Republican" | "Republicans" | "Democrat" | "Democrats" | "Democratic"
            )
            && !g.demonyms.contains_key(lower(&tokens[s]).as_ref())
            && tokens[s..of]
                .iter()
                .all(|t| t.is_capitalised() && !g.org_words.contains(t.text))
            && !g.orgs.contains_key(&text[tokens[s].bstart..tokens[of - 1].bend].to_lowercase())
            // (A company's legal name is one name: "Gold Fields of South Africa Ltd".)
            && !super::super::companies::legal_form(tokens[e - 1].text);
        // "Donald Hartley of Madison, Alabama": a town the lists do not know, placed by the
        // state or country after it.
        let region_after = || {
            tokens.get(e).is_some_and(|t| t.text == ",")
                && (e + 1..(e + 4).min(tokens.len())).any(|k| {
                    tokens[e + 1..=k].iter().all(|t| t.is_capitalised())
                        && g.is_place(&text[tokens[e + 1].bstart..tokens[k].bend])
                })
                && tokens[of + 1..e]
                    .iter()
                    .all(|t| t.is_capitalised() && !g.org_words.contains(t.text))
        };
        // "Melissa Cronin of Gawker": a given name and a surname (no more) from somewhere the
        // lists do not know are still someone from there.
        let given_and_surname = of - s == 2
            && title.is_none()
            && g.given.contains_key(tokens[s].text)
            && !g.is_place(tokens[s].text)
            && !g.given.contains_key(tokens[s + 1].text)
            && tokens[s + 1].is_capitalised()
            && !g.org_words.contains(tokens[s + 1].text)
            && tokens[of + 1..e].iter().all(|t| t.is_capitalised());
        if (person && (g.places.contains_key(&place) || org || region_after()))
            || (named && org)
            || given_and_surname
        {
            emit(tokens, text, s, of, title.clone(), g, out);
            let from = out.len();
            emit(tokens, text, of + 1, e, None, g, out);
            // (Where someone is "of" is no person: "George Zornick of The Nation".)
            if given_and_surname {
                for m in &mut out[from..] {
                    if m.kind == FactKind::Person {
                        m.kind = FactKind::Organization;
                    }
                }
            }
            return None;
        }
        // "Charles E. Grassley, Republican of Iowa": a party member from a place names the place.
        const PARTY: &[&str] = &["Republican", "Democrat", "Democratic", "Independent"];
        if of == s + 1 && PARTY.contains(&tokens[s].text) && g.places.contains_key(&place) {
            emit(tokens, text, of + 1, e, None, g, out);
            return None;
        }
    }
    let name = &text[tokens[s].bstart..tokens[e - 1].bend];
    let lname = name.to_lowercase().replace('’', "'");
    // "the Clinton White House", "a Hillary Clinton White House": a known place or organisation
    // of two words or more ends the run, and what comes before it is another name. Not after a
    // connector ("Bank of New York").
    if e - s >= 3 && !g.places.contains_key(&lname) && !g.orgs.contains_key(&lname) {
        let known = |a: usize, b: usize| {
            with_lower(&text[tokens[a].bstart..tokens[b - 1].bend], |l| {
                (g.places.contains_key(l), g.orgs.contains_key(l))
            })
        };
        // (A known place, organisation or people before it, or opening what is before it, is a
        // modifier: "U.N. Security Council", "Scottish Labour Party", "New York State
        // Republican Party".)
        let modifier = |k: usize| {
            let (place, org) = known(s, k);
            let l = text[tokens[s].bstart..tokens[k - 1].bend].to_lowercase();
            place
                || org
                || g.demonyms.contains_key(&l)
                || known_prefix(tokens, text, s, k, g) > s
                || (k == s + 1
                    && (g.place_words.contains(tokens[s].text)
                        || g.org_words.contains(tokens[s].text)
                        || institution_word(tokens[s].text)))
        };
        if let Some(k) = (s + 1..=e - 2).find(|&k| {
            let (place, org) = known(k, e);
            // ("Keene State College" is a college, not Keene and the town of State College.)
            let org_named_for_place = place && !org && g.org_words.contains(tokens[e - 1].text);
            (place || org)
                && !org_named_for_place
                && !is_connector(tokens[k - 1].text)
                && !modifier(k)
        }) {
            emit(tokens, text, s, k, title.clone(), g, out);
            emit(tokens, text, k, e, None, g, out);
            return None;
        }
    }
    // "Korea-China relations", "Seoul-Beijing ties": a compound of places is a modifier, and its
    // places are named on their own elsewhere.
    if name.contains('-') && !g.places.contains_key(&lname) && !g.orgs.contains_key(&lname) {
        let parts: Vec<&str> = name.split('-').collect();
        let place_part = parts.iter().any(|p| {
            let p = p.to_lowercase();
            g.places.contains_key(&p) || g.place_ends.contains(&p)
        });
        // (Not a person's double-barrelled surname after a given name: "Gilda Cobb-Hunter",
        // though "Hunter" ends a place's name.)
        let given_first = name.contains(' ')
            && name
                .split([' ', '-'])
                .next()
                .is_some_and(|w| g.given.contains_key(w));
        // (Nor a double given name, "Karine Jean-Pierre", though "Pierre" names a town.)
        let given_first = given_first
            || name
                .split(' ')
                .any(|w| w.contains('-') && g.given.contains_key(w))
            // (Nor a Chinese or Korean name after its surname: "Li Ka-Shing", "Tung Ka-Wah".)
            || name.split_once(' ').is_some_and(|(first, rest)| {
                g.surnames_first.contains(first) && !rest.contains(' ') && rest.contains('-')
            });
        // (Unless a place's word ends it: "Miami-Dade County", "Kitchener-Waterloo Region".)
        let place_word_last = e - s >= 2 && g.place_words.contains(tokens[e - 1].text);
        if place_part
            && !given_first
            && !place_word_last
            && parts
                .iter()
                .all(|p| p.chars().next().is_some_and(|c| !c.is_lowercase()))
        {
            return None;
        }
    }
    let name = &text[tokens[s].bstart..tokens[e - 1].bend];
    let lname = name.to_lowercase().replace('’', "'");
    Some((e, lname))
}

/// Rejects what is no name (a lone capitalised word opening a sentence, creeds, parties, an
/// acronym's plural) and settles a few shapes outright (a compass side of a place, a description
/// before a full name). Returns the candidate when it is still to be typed.
#[allow(clippy::too_many_arguments)]
fn screen<'c, 't>(
    tokens: &'c [Token<'t>],
    text: &'t str,
    s: usize,
    e: usize,
    lname: String,
    title: Option<String>,
    g: &'c Gazetteer,
    out: &mut Vec<Mention>,
) -> Option<Candidate<'c, 't>> {
    let name = &text[tokens[s].bstart..tokens[e - 1].bend];
    let single = e - s == 1;
    let first = &tokens[s];
    // The first word of a quotation is capitalised like a sentence's: “Look, …”.
    let opens = first.sentence_start || opens_quote(tokens, text, s);
    // "South Florida", "Southern California", "North Philadelphia", "West Texas": a part of a
    // known place, named by its side, is a place.
    let side = |t: &Token<'_>| {
        matches!(
            t.text,
            "North"
                | "South"
                | "East"
                | "West"
                | "Northern"
                | "Southern"
                | "Eastern"
                | "Western"
                | "Central"
                | "Northeast"
                | "Northwest"
                | "Southeast"
                | "Southwest"
                | "Northeastern"
                | "Northwestern"
                | "Southeastern"
                | "Southwestern"
                | "Upper"
                | "Lower"
                | "Greater"
                | "Downtown"
        )
    };
    // (So is a city's side: "the South Side", "the Upper East Side", and the side of a place
    // another side names: "East Carolina", "Western Dakota".)
    if (2..=3).contains(&(e - s))
        && title.is_none()
        && side(first)
        && (g.is_place(&text[tokens[s + 1].bstart..tokens[e - 1].bend])
            || (tokens[e - 1].text == "Side" && tokens[s + 1..e - 1].iter().all(side))
            || (e - s == 2 && compass_region(first.text, tokens[s + 1].text, g)))
    {
        out.push(Mention::of(tokens, text, s, e, FactKind::Place, None));
        return None;
    }
    // A lone sentence-initial word that no list knows is probably just a capitalised word.
    let (mut opening, mut uncued) = (false, false);
    if single
        && opens
        && title.is_none()
        && !g.places.contains_key(&lname)
        && !g.orgs.contains_key(&lname)
    {
        let next_is_speech = speech_follows(tokens, e);
        let action_after = tokens
            .get(e)
            .is_some_and(|t| ACTION_VERBS.contains(&t.text));
        // ("Cynics suggested", "Skeptics argued", "Economists said": a plural of a kind of
        // people speaks; no surname ends so.)
        let kind_of_people = lname.len() > 5 && (lname.ends_with("ics") || lname.ends_with("ists"));
        // ("History suggests", "Data shows": an abstract noun shows, and names no one.)
        let abstract_noun = matches!(
            lname.as_str(),
            "history"
                | "data"
                | "research"
                | "evidence"
                | "science"
                | "experience"
                | "logic"
                | "reality"
                | "polls"
                | "surveys"
                | "studies"
                | "records"
                | "figures"
        );
        // ("“Hillary is my next choice…”", "Xi has…", "Abbas won…": a given name, or a word
        // before a verb, opening a sentence or a quotation may be someone the story names in
        // full; weak, linking decides, and a word the story also writes in lower case is
        // dropped ("Markets opened…"). Not before a capital, "Charlotte Mayor Jennifer
        // Roberts"; not after an abbreviation's dot, "St. Louis", "Roe v. Wade".)
        let verb_after = tokens.get(e).is_some_and(|t| {
            matches!(
                t.text,
                "is" | "was"
                    | "has"
                    | "had"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "did"
                    | "does"
                    | "also"
                    | "then"
                    | "later"
                    | "himself"
                    | "herself"
                    | "won"
                    | "lost"
                    | "made"
                    | "took"
                    | "went"
                    | "told"
                    | "wants"
                    | "needs"
            ) || (t.text.len() > 4 && t.text.ends_with("ed"))
        });
        let name_opening = !is_not_name(&lname)
            && (g.given.contains_key(name)
                || (verb_after
                    && name.chars().skip(1).all(char::is_lowercase)
                    && !is_adjectival(name)
                    && !is_gerund(name)
                    && !looks_plural(name)))
            && tokens.get(e).is_some_and(|t| {
                t.text.starts_with(char::is_lowercase) || matches!(t.text, "," | "'s" | "’s")
            })
            && !tokens[s.saturating_sub(2)..s].iter().any(|t| {
                matches!(
                    t.text.rsplit('-').next(),
                    Some("St." | "St" | "v." | "v" | "vs." | "vs" | "Mt." | "Ft.")
                )
            });
        let cued = next_is_speech || person_cue_after(tokens, e) || described_as_org(tokens, e);
        if kind_of_people || abstract_noun || !(cued || action_after || name_opening) {
            return None;
        }
        opening = name_opening;
        uncued = name_opening && !cued;
    }
    // "US troops", "WHO experts": capitals amid lower-case words are an acronym, not "us" or
    // "who" in a headline's capitals.
    let acronym = name.len() >= 2
        && name.bytes().all(|b| b.is_ascii_uppercase())
        && [s.checked_sub(1), Some(e)].into_iter().flatten().any(|k| {
            tokens.get(k).is_some_and(|t| {
                t.sentence == first.sentence && t.text.chars().any(char::is_lowercase)
            })
        });
    // "He’s", "I’m": a function word with its contraction.
    let contracted = [
        "’s", "'s", "’m", "'m", "’ll", "'ll", "’d", "'d", "’re", "'re", "’ve", "'ve",
    ]
    .iter()
    .find_map(|c| lname.strip_suffix(c))
    .is_some_and(|base| base == "i" || is_not_name(base));
    // "super PACs", "NGOs", "CEOs": an acronym's plural is a kind of thing, not a name.
    if single
        && name.len() >= 3
        && name.ends_with('s')
        && name[..name.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_uppercase())
    {
        return None;
    }
    // "Republican Presidents", "Supreme Court Justices": a title's plural ends no name; it names
    // a kind of people, and what is before it may be a body's name.
    // (Not a body named for its members, "Federation of Teachers", "National Association of
    // Criminal Defense Lawyers", "White House Correspondents' Association".)
    if e - s >= 2
        && title.is_none()
        && g.org(name).is_none()
        && !tokens[s..e]
            .iter()
            .any(|t| is_connector(t.text) || g.org_words.contains(t.text))
        && !tokens
            .get(e)
            .is_some_and(|t| matches!(t.text, "'" | "’" | "'s" | "’s"))
        && let Some(one) = tokens[e - 1].text.strip_suffix('s')
        && one.len() >= 4
        && one.chars().skip(1).all(char::is_lowercase)
        && with_lower(one, |l| {
            g.is_title_or_role(l)
                // (Firms are named so: "Federated Investors", "Apollo Global Managers".)
                && !matches!(
                    l,
                    "investor" | "manager" | "partner" | "adviser" | "advisor" | "associate"
                        | "consultant" | "trustee" | "broker" | "planner"
                )
        })
    {
        emit(tokens, text, s, e - 1, None, g, out);
        return None;
    }
    // "World War II", "World War I": the war, numbered.
    if e - s >= 3 && matches!(last_word(name), "I" | "II") && tokens[e - 2].text == "War" {
        return None;
    }
    // Party members are a group, not a person: "Democrats said yes". (Britain's
    // "Conservatives" and "Tories" name the party: the other rules type them.)
    let party = matches!(
        name,
        "Democrats" | "Republicans" | "Democrat" | "Republican" | "Independents" | "Democratic"
    );
    // A creed, a doctrine or a scripture is no person, place or organisation: "Nazism",
    // "Judaism", "Islam", "the Bible".
    let doctrine = (lname.len() >= 6 && lname.ends_with("ism") && !acronym)
        || matches!(
            lname.as_str(),
            "islam" | "christianity" | "bible" | "koran" | "quran" | "torah" | "talmud"
        );
    if single
        && ((is_not_name(&lname) && !acronym)
            || doctrine
            || contracted
            || party
            || name.chars().count() < 2
            || NOT_ORGS.contains(&name)
            || ZONES_AND_HONOURS.contains(&name)
            || letter_compound(name))
    {
        return None;
    }
    // A multi-word name that contains a known place or organisation but is neither (an event
    // or a document title: "APEC Economic Leaders", "Free Trade Agreement") is not a person.
    let contains_known = e - s >= 2
        && !g.places.contains_key(&lname)
        && !g.orgs.contains_key(&lname)
        && tokens[s..e].iter().any(|t| {
            with_lower(t.text, |l| {
                g.places.contains_key(l) || g.orgs.contains_key(l) || g.demonyms.contains_key(l)
            })
        });
    let prev = s.checked_sub(1).map(|p| lower(&tokens[p]));
    let prev2 = s.checked_sub(2).map(|p| lower(&tokens[p]));
    // ("Globes producer Dick Clark Productions": a role before a company's name.)
    let role_before = (s
        .checked_sub(1)
        .is_some_and(|p| g.is_title_or_role(tokens[p].text))
        && !g.org_words.contains(tokens[e - 1].text))
        || prev2
            .as_deref()
            .zip(prev.as_deref())
            .is_some_and(|(a, b)| g.is_title(&format!("{a} {b}")));
    // "Miss Universe Alicia Machado", "Vermonter Bernie Sanders": words no list knows before a
    // given name and a surname describe the person, and are no part of the name. (Not a place's
    // prefix: "Santa Monica", "Port Elizabeth"; not before a body's word: "Dick Clark
    // Productions"; the name keeps two words: "Hurricane Katrina" is one.)
    if e - s >= 3
        && title.is_none()
        && !contains_known
        && !g.org_words.contains(tokens[e - 1].text)
        && !g.given.contains_key(tokens[s].text)
        && !matches!(
            tokens[s].text,
            "St." | "St" | "Saint" | "San" | "Santa" | "Sao" | "São" | "Port" | "Fort" | "Lake"
                | "Mount" | "Mt." | "Cape" | "Glen" | "Grand" | "New" | "Old" | "Little"
        )
        && tokens[s..e].iter().all(|t| {
            t.text.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
        && let Some(k) = (s + 1..e - 1).find(|&k| g.given.contains_key(tokens[k].text))
        && tokens[s..k].iter().all(|t| {
            t.text.chars().skip(1).all(char::is_lowercase)
                && t.text.chars().count() > 2
                && !g.is_place(t.text)
        })
        && tokens[k + 1..e]
            .iter()
            .all(|t| !g.given.contains_key(t.text) || t.text.ends_with('.'))
        // (One word alone must say what it is: "Zulfikar Ali Bhutto", "Moner Mohammad
        // Abusalha" open with a given name no list knows.)
        && (k - s >= 2 || describes_someone(tokens[s].text, g))
    {
        emit(tokens, text, k, e, None, g, out);
        return None;
    }
    Some(Candidate {
        tokens,
        text,
        s,
        e,
        title,
        g,
        name,
        lname,
        single,
        opens,
        opening,
        uncued,
        contains_known,
        prev,
        prev2,
        role_before,
    })
}

/// Decides whether the candidate names a person, an organisation or a place; `None` when it is
/// no name (or when it re-emitted a part of itself).
fn classify(c: &Candidate<'_, '_>, out: &mut Vec<Mention>) -> Option<Typed> {
    let Candidate {
        tokens,
        text,
        s,
        e,
        ref title,
        g,
        name,
        ref lname,
        single,
        opens,
        opening,
        uncued: _,
        contains_known,
        ref prev,
        ref prev2,
        role_before,
    } = *c;
    let first = &tokens[s];
    let speech_after = speech_follows(tokens, e) || person_cue_after(tokens, e);
    let last = tokens[e - 1].text;
    let mut weak = false;
    // The mention's first token: `s`, or a word before it that the name takes in.
    let mut from = s;
    if model_year_before(tokens, s, e) {
        // "his 2001 Chevrolet Astro van", "drove a 2008 Toyota Camry.": a make and model.
        return None;
    }
    if e - s >= 2
        && matches!(
            first.text,
            "MV" | "HMS" | "USS" | "RMS" | "SS" | "MS" | "HMAS"
        )
    {
        // "P&O's MV Aurora", "the USS Cole", "HMS Victory": a ship, no one.
        return None;
    }
    if title.is_none()
        && !g.given.contains_key(first.text)
        && g.place(name).is_none()
        // (One word must be a firm the lists know: "Political analyst David Bositis" opens a
        // sentence with an adjective.)
        && !(single && g.org(name).is_none())
        && tokens.get(e).is_some_and(|t| {
            t.sentence == first.sentence
                && matches!(t.text, "analyst" | "analysts" | "economist" | "strategist")
        })
        && tokens
            .get(e + 1)
            .is_some_and(|t| t.sentence == first.sentence && g.given.contains_key(t.text))
    {
        // "Leerink Swann analyst Seamus Fernandez", "Barclays economist Jane Foley": the firm
        // before a market job and its holder's name.
        return Some(Typed {
            kind: FactKind::Organization,
            canonical: g.org(name).map(str::to_string),
            weak: false,
            from: s,
        });
    }
    if single
        && matches!(name, "Western" | "Eastern" | "Northern" | "Southern")
        && tokens
            .get(e)
            .is_some_and(|t| t.sentence == first.sentence && t.text.starts_with(char::is_lowercase))
    {
        // "cracks in Western unity", "Eastern attitudes": an adjective before its noun.
        return None;
    }
    if e - s == 2
        && title.is_none()
        && last.len() == 1
        && last.bytes().all(|b| b.is_ascii_uppercase())
        && !g.given.contains_key(first.text)
        // ("Lesława K., byłego piłkarza": a surname's initial, as Polish papers write the
        // accused, with the sentence going on after it.)
        && !(tokens
            .get(e)
            .is_some_and(|t| t.text == "." && t.bstart == tokens[e - 1].bend)
            && tokens.get(e + 1).is_some_and(|t| {
                t.sentence == first.sentence && !t.text.starts_with(char::is_uppercase)
            }))
    {
        // "there is no Plan B", "Type A", "Group C": a label and its letter, no one ("Malcolm
        // X" opens with a given name).
        return None;
    }
    if e - s >= 2
        && last == "One"
        && matches!(
            tokens[e - 2].text,
            "Formula" | "Force" | "Marine" | "Navy" | "Army"
        )
    {
        // "the former Formula One champion", "aboard Air Force One": a sport, an aircraft.
        return None;
    }
    if prev.as_deref().is_some_and(|p| {
        matches!(
            p,
            "series"
                | "sitcom"
                | "documentary"
                | "film"
                | "movie"
                | "programme"
                | "novel"
                | "album"
                | "song"
                | "musical"
                | "opera"
                | "singing"
                | "sang"
        )
    }) && title.is_none()
        && !g.given.contains_key(first.text)
        && !contains_known
        && g.org(name).is_none()
        && g.place(name).is_none()
    {
        // "the recent Channel 4 series Bringing Up Baby", "the film Eastern Promises": a work's
        // title. ("the documentary Michael Moore made" opens with a given name.)
        return None;
    }
    let (kind, canonical) = if single
        && s >= 2
        && tokens[s - 1].text == ","
        && name.len() == 2
        && US_POSTAL_CODES.contains(&name)
        && out
            .last()
            .is_some_and(|m| m.tok_end == s - 1 && m.kind == FactKind::Place)
    {
        // "Liberty University in Lynchburg, VA", "Austin, TX": a state's postal code after its
        // town.
        (FactKind::Place, None)
    } else if let Some(c) = g.orgs.get(lname) {
        (FactKind::Organization, Some(c.to_string()))
    } else if e - s >= 3
        && matches!(
            first.text,
            "Republic" | "Kingdom" | "Commonwealth" | "Emirate" | "Sultanate"
        )
        && tokens[s + 1].text == "of"
        && g.is_place(&text[tokens[s + 2].bstart..tokens[e - 1].bend])
    {
        // "the Islamic Republic of Pakistan", "the Kingdom of Saudi Arabia": a state's style.
        (FactKind::Place, None)
    } else if title.is_none()
        && !contains_known
        && g.place(name).is_none()
        && !g.given.contains_key(first.text)
        && published_in(tokens, s)
    {
        // "the study published in Nature Biotechnology", "The study appears in Science
        // Translational Medicine": where a study is published is a journal.
        (FactKind::Organization, None)
    } else if single
        && PEOPLE_BY_INITIALS.contains(&name)
        // ("landed at JFK": the airport.)
        && !(name == "JFK"
            && prev
                .as_deref()
                .is_some_and(|p| matches!(p, "at" | "to" | "from" | "into" | "via" | "near")))
    {
        (FactKind::Person, None)
    } else if e - s == 2
        && matches!(tokens[s].text, "House" | "Senate" | "Assembly")
        && (matches!(last, "Democrats" | "Republicans" | "GOP") || g.org(last).is_some())
    {
        // "House Democrats", "the Senate GOP": a chamber's party caucus.
        (FactKind::Organization, None)
    } else if e - s >= 3
        && institution_word(tokens[s].text)
        && g.org(&text[tokens[s + 1].bstart..tokens[e - 1].bend])
            .is_some()
    {
        // "the International Red Cross", "National Rifle Association": a body's name that an
        // adjective of state opens.
        (FactKind::Organization, None)
    } else if title.is_none()
        && !role_before
        && tokens.get(e).is_some_and(|t| {
            t.sentence == first.sentence
                && matches!(
                    t.text,
                    "airport"
                        | "river"
                        | "stadium"
                        | "valley"
                        | "island"
                        | "islands"
                        | "peninsula"
                        | "desert"
                        | "canyon"
                        | "glacier"
                        | "volcano"
                        | "mountains"
                )
        })
        // ("Deportivo's stadium": a possessive's thing.)
        && tokens.get(e + 1).is_none_or(|t| t.text != "s")
    {
        // "Charles de Gaulle airport", "the Clutha river", "Wembley stadium": a place.
        (FactKind::Place, g.place(name).map(str::to_string))
    } else if let Some(c) = g
        .place(name)
        .filter(|_| title.is_none() && (!role_before || names_a_role(tokens, e, g)))
    {
        // ("the chief U.S. negotiator", "a senior Mexico official": between a role's words, a
        // place says whose role it is.)
        (FactKind::Place, Some(c.to_string()))
    } else if single && name == "States" && prev.as_deref() == Some("the") {
        // "while in the States": the United States.
        (
            FactKind::Place,
            g.place("United States").map(str::to_string),
        )
    } else if title.is_none()
        && !single
        && (last == "States"
            || tokens[s + 1..e]
                .windows(2)
                .any(|w| w[0].text == "States" && w[1].text == "of"))
        && g.org(tokens[s].text).is_none()
    {
        // "the Gulf States", "the Baltic States", "the Federated States of Micronesia": a group
        // of states or a federation is a place.
        (FactKind::Place, None)
    } else if let Some(kind) = (title.is_some() && !single)
        .then(|| {
            named_for_someone(last).or_else(|| {
                // ("Prince Alwaleed Bin Talal Center for Muslim-Christian Understanding".)
                tokens[s..e]
                    .windows(2)
                    .find(|w| matches!(w[1].text, "for" | "of"))
                    .and_then(|w| named_for_someone(w[0].text))
            })
        })
        .flatten()
    {
        // "Bishop Noll Institute", "Cardinal Newman High School", "Queen Elizabeth Hospital",
        // "King Street": a place or an institution named for a titled person.
        (kind, None)
    } else if title.is_some() || role_before {
        (FactKind::Person, None)
    } else if super::super::text::is_saint(tokens[s].text)
        // ("St Mirren", "St Mary's hospital": written without the dot too.)
        && (e - s >= 3 && tokens[s + 1].text == "." || e - s >= 2 && tokens[s + 1].text != ".")
        && !(start_is_org_word(tokens, s, e, g))
    {
        // "Ft. Worth", "Mt. Everest", "Port St. Lucie": a place named for a saint or a mount
        // ("St. Louis Rams", a plural last, is its team).
        let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss");
        if plural && e - s >= 4 {
            (FactKind::Organization, None)
        } else {
            (FactKind::Place, None)
        }
    } else if prev.as_deref().is_some_and(|p| {
        (ORG_NOUNS.contains(&p)
            // ("on the Democratic side Pate backed…": a party's side is no club.)
            && !(p == "side"
                && s >= 2
                && matches!(
                    tokens[s - 2].text,
                    "Democratic" | "Republican" | "Labour" | "Conservative" | "other" | "same"
                )))
                // ("Texas-based Matt Mackowiak" is a consultant.)
                || (p.ends_with("-based") && !g.given.contains_key(first.text))
    }) || listed_after_org_noun(tokens, s)
        || (!g.given.contains_key(first.text)
            && (set_off_after_org_noun(tokens, s, e)
                || described_as_org(tokens, e)
                || (!single && works_for(tokens, s, g) && !g.place_words.contains(last))
                || (!single && prev.as_deref().is_some_and(|p| CLUB_PLURALS.contains(&p)))))
    {
        // "news agency Interfax", "tyre giant Pirelli", "Spanish club Deportivo Coruna";
        // "firms including Mobil, Shell and Caltex"; "Ohio-based KeyCorp".
        (FactKind::Organization, None)
    } else if e - s == 2
        && g.org_words.contains(last)
        && g.given.contains_key(first.text)
        && (speech_after || s.checked_sub(1).is_some_and(|p| speech(tokens[p].text)))
    {
        // "Brian Church reported from London", "said Charlotte Church": a given name and a
        // surname that is also a body's word, speaking, are a person.
        (FactKind::Person, None)
    } else if (g.org_words.contains(last)
        // (Alone, some are just words: "the middle of the Channel", "Spring Into Action".)
        && !(single && matches!(last, "Channel" | "Action" | "Review" | "Monitor")))
        // "Procter & Gamble", "A.G. Edwards & Sons": names joined by an ampersand.
        // (Not "Ann & I".)
        || (e - s >= 3
            && tokens[s + 1..e - 1].iter().any(|t| t.text == "&")
            && tokens[s..e].iter().all(|t| t.text != "I"))
        // ("University of Phoenix Stadium" is a place; "University Hospital" a body.)
        || (!matches!(last, "Stadium" | "Arena" | "Airport" | "Mall" | "Bridge" | "Station")
            && (tokens[s..e].windows(2).any(|w| {
                g.org_words.contains(w[0].text) && CONNECTORS.contains(&lower(&w[1]).as_ref())
            }) || tokens[s..e]
                .iter()
                .any(|t| t.text == "Ministry" || t.text == "University")))
        // "Ansar al-Sharia", "Lashkar-e-Taiba", "Jabhat al-Nusra": Arabic and Urdu words for
        // "supporters", "army", "front", "movement", "party" open the names of groups.
        || (e - s >= 2 && MOVEMENT_HEADS.contains(&tokens[s].text))
        || ["Lashkar-", "Jaish-", "Tehrik-", "Hizb-"]
            .iter()
            .any(|p| tokens[s].text.starts_with(p))
    {
        (FactKind::Organization, None)
    } else if (NOT_PEOPLE_LAST.contains(&last)
        // ("Rose Bowls aren't kind to…": the plural too; "Weeks" is a surname.)
        // (Not a team's or a firm's: "the Expos", "Sony Pictures Classics".)
        || (last != "Weeks"
            && !single
            && !tokens[s..e - 1].iter().any(|t| g.org(t.text).is_some())
            && last
                .strip_suffix('s')
                .is_some_and(|one| NOT_PEOPLE_LAST.contains(&one))))
        // ("said Kristen Day", "Doris Day told": a given name and a surname that is also an
        // event's word, speaking, are a person.)
        && !(e - s == 2
            && g.given.contains_key(tokens[s].text)
            && (speech_after || s.checked_sub(1).is_some_and(|p| speech(tokens[p].text))))
    {
        // An event or a contest: not a person, place or organisation. A known place before a
        // day ("the U.S. Labor Day weekend", "Israel Independence Day") is still that place.
        let known = known_prefix(tokens, text, s, e, g);
        // ("Unfair Terms in Consumer Contracts Regulations": a law's title runs on through "in",
        // and what is before it is no one's name.)
        if LAW_WORDS.contains(&last)
            && s >= 2
            && tokens[s - 1].text == "in"
            && let Some(before) = out.last()
            && before.tok_end == s - 1
            && before.title.is_none()
            && before.canonical.is_none()
            && !g.given.contains_key(tokens[before.tok_start].text)
        {
            out.pop();
        }
        // ("a Washington Post Poll": the paper that ran it.)
        if last == "Poll" && known > s && known < e {
            let name = &text[tokens[s].bstart..tokens[known - 1].bend];
            if let Some(c) = g.org(name) {
                let canonical = Some(c.to_string());
                out.push(Mention::of(
                    tokens,
                    text,
                    s,
                    known,
                    FactKind::Organization,
                    canonical,
                ));
            }
        }
        if matches!(last, "Day" | "Week") && known > s && known < e - 1 {
            let name = &text[tokens[s].bstart..tokens[known - 1].bend];
            if let Some(c) = g.place(name) {
                out.push(Mention::of(
                    tokens,
                    text,
                    s,
                    known,
                    FactKind::Place,
                    Some(c.to_string()),
                ));
            }
        }
        return None;
    } else if matches!(prev.as_deref(), Some("a" | "an"))
        && (single || !g.given.contains_key(first.text))
        // ("a Neptune, N.J., native": a town and its state.)
        && !(tokens.get(e).is_some_and(|t| t.text == ",")
            && tokens.get(e + 1).is_some_and(|t| t.is_capitalised()))
        && !contains_known
        // (Nor a known name's brand, "a Des Moines Register poll", nor an acronym's team, "an
        // ACT Invitational XI".)
        && known_prefix(tokens, text, s, e, g) == s
        && !tokens[s..e].iter().any(all_caps)
        && tokens
            .get(e)
            .is_none_or(|t| t.sentence != tokens[s].sentence || !t.is_word())
    {
        // "to take home a Golden Globe", "drives a Toyota Camry", "would have gotten an Oscar":
        // a name after "a" that ends the phrase is a thing of that name, not someone. ("a Hillary Clinton presidency" goes on
        // to its noun; "a John Smith" opens with a given name.)
        return None;
    } else if !single && tokens[s..e].iter().any(|t| TABLE_WORDS.contains(&t.text)) {
        // A table's or a report's heading in title case: "Net Income", "Financial Data",
        // "World Markets Overnight Summary", "Except Per Share Numbers".
        return None;
    } else if prev.as_deref() == Some("the")
        && !contains_known
        && last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !g.demonyms.contains_key(lname.trim_end_matches('s'))
        // ("the Cayman Islands", "the Golan Heights": a place's plural word.)
        && !g.place_words.contains(last)
        // ("the Sanders campaign", "the Williams family": a person's surname that ends in s.)
        && !tokens.get(e).is_some_and(|t| {
            matches!(
                t.text,
                "campaign" | "family" | "administration" | "camp" | "era" | "presidency"
                    | "household" | "estate" | "children" | "brothers" | "sisters" | "case"
            )
        })
    {
        // "the Yankees", "the Springboks", "the White Sox": a team or a band, not a person.
        (FactKind::Organization, None)
    } else if e - s == 2
        && all_caps(first)
        && first.text.len() >= 2
        && matches!(last, "West" | "East" | "North" | "South" | "Central")
        // (Not a place played at: "a 67 at PGA West".)
        && !matches!(prev.as_deref(), Some("at" | "in"))
    {
        // "their NFC West rival", "won the AFC East", "the AL Central": a league's division.
        (FactKind::Organization, None)
    } else if e - s >= 2
        && title.is_none()
        && matches!(
            first.text,
            "Lake" | "Mount" | "Mt." | "Fort" | "Ft." | "Cape" | "Loch"
        )
        && !tokens[s + 1].text.starts_with(|c: char| c.is_ascii_digit())
    {
        // "Lake Murray", "Mount Kenya", "Cape Cod": a lake, a mountain, a fort or a cape.
        (FactKind::Place, None)
    } else if e - s == 2 && first.text == "Team" && title.is_none() {
        // "Team Trump", "Team Sky", "Team USA": a side, a squad or a campaign.
        (FactKind::Organization, None)
    } else if state_university(&tokens[s..e]) {
        // "Ohio State", "Penn State", "N.C. State": the university (and its teams), not the
        // state ("Rakhine State", "New York State" stay places).
        (FactKind::Organization, None)
    } else if g.place_words.contains(last) {
        // A lone "Beach", "State" or "Falls" is a title's word ("Life's a Beach", "Secretary of
        // State", "Before Night Falls") unless it is the surname of someone the article names
        // ("President Park"): weak, as an unknown single word is. "the Gulf" and "Gulf waters"
        // are places; "Park said" is someone.
        // ("the 2nd District, who", "The (Vancouver) Province reported" are no one.)
        if single && speech_after && tokens[s].sentence_start {
            (FactKind::Person, None)
        } else if e - s == 2 && speech_after && g.given.contains_key(first.text) {
            // "Grace Park said", "Daniel Lake told…": a given name, then a surname that is also
            // a place's word, who speaks.
            (FactKind::Person, None)
        } else if single && name == "State" {
            // "his final State of the Union address", "pro-Islamic State accounts": a lone
            // "State" is left of a longer name, not a place.
            return None;
        } else {
            // "170th Street", "the 4th District": the ordinal is part of the name.
            if single
                && s.checked_sub(1).is_some_and(|p| {
                    tokens[p].sentence == tokens[s].sentence && ordinal(tokens[p].text)
                })
            {
                from = s - 1;
            }
            // ("King's Park", "St. James' Park": a possessive names it too.)
            weak = single
                && from == s
                && prev.as_deref() != Some("the")
                && !text[..tokens[s].bstart]
                    .trim_end()
                    .trim_end_matches('s')
                    .ends_with(['\'', '’'])
                && !tokens.get(e).is_some_and(|t| {
                    t.sentence == tokens[s].sentence
                        && t.text.chars().next().is_some_and(char::is_lowercase)
                        && !is_not_name(t.text)
                });
            (FactKind::Place, None)
        }
    } else if single
        && name == "House"
        && ((prev.as_deref() == Some("the") && tokens.get(e).is_none_or(|t| !t.is_capitalised()))
            || tokens.get(e).is_some_and(|t| {
                t.sentence == tokens[s].sentence
                    && (g.is_title(t.text)
                        || matches!(
                            t.text,
                            "members"
                                | "leader"
                                | "leaders"
                                | "candidates"
                                | "candidate"
                                | "seat"
                                | "seats"
                                | "races"
                                | "race"
                                | "majority"
                                | "committee"
                                | "panel"
                                | "vote"
                                | "floor"
                                | "bill"
                                | "campaign"
                                | "campaigns"
                                | "primary"
                                | "primaries"
                                | "district"
                                | "districts"
                                | "Democrat"
                                | "Republican"
                        ))
            }))
    {
        // "the House passed the bill": the lower chamber, as the Senate is the upper one.
        // So is it before its members or an office: "House members", "House Speaker Paul
        // Ryan", "a top House leader".
        (FactKind::Organization, None)
    } else if single && name == "House" && title.is_none() {
        // ("by House Minority Leader Nancy Pelosi": the chamber, or a house's name; no person.)
        return None;
    } else if single
        && prev.as_deref() == Some("the")
        && matches!(
            name,
            "North"
                | "South"
                | "East"
                | "West"
                | "Midwest"
                | "Northeast"
                | "Northwest"
                | "Southeast"
                | "Southwest"
        )
    {
        // "the South", "the Midwest": a region.
        (FactKind::Place, None)
    } else if single
        && matches!(
            name,
            "GMT"
                | "UTC"
                | "EDT"
                | "EST"
                | "CDT"
                | "CST"
                | "MDT"
                | "MST"
                | "PDT"
                | "PST"
                | "BST"
                | "CET"
                | "CEST"
                | "ET"
                | "PT"
        )
    {
        // A clock's time zone ("8 p.m. EDT").
        return None;
    } else if single
        && name.len() >= 2
        && name.len() <= 6
        && name
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
    {
        (FactKind::Organization, None)
    } else if single
        && tokens.get(e).is_some_and(|t| t.text == ",")
        && tokens
            .get(e + 1)
            .is_some_and(|t| t.is_capitalised() && g.is_place(t.text) && !t.sentence_start)
        && tokens
            .get(e + 2)
            .is_none_or(|t| matches!(t.text, "," | "." | ";" | ")" | "(" | "—" | "–"))
    {
        // "Concord, N.H.", "Salem, Oregon,": a town named with its state or country.
        (FactKind::Place, None)
    } else if !single
        && matches!(
            last,
            "Republicans" | "Democrats" | "Conservatives" | "Liberals" | "Socialists" | "Greens"
        )
    {
        // "Congressional Republicans", "Senate Democrats": a party's members, not a person.
        (FactKind::Organization, None)
    } else if !single
        && matches!(last, "House" | "Senate" | "Assembly")
        && e - s <= 4
        && (matches!(
            tokens[e - 2].text,
            "Democratic" | "Republican" | "GOP" | "State" | "state"
        ) || g.is_place(&text[tokens[s].bstart..tokens[e - 2].bend]))
    {
        // "South Dakota House candidate", "a Democratic House majority": a state's or a
        // party's chamber, not a person.
        (FactKind::Organization, None)
    } else if e - s >= 2
        && ((sport_body(last) && g.is_place(&text[tokens[s].bstart..tokens[e - 2].bend]))
            || (e - s == 2 && sport_body(first.text) && g.is_place(last)))
    {
        // "Sri Lanka Cricket", "USA Gymnastics", "Cricket Australia": a country's governing
        // body of a sport.
        (FactKind::Organization, None)
    } else if !single
        && matches!(
            first.text,
            "Hurricane" | "Typhoon" | "Cyclone" | "Superstorm" | "Tropical"
        )
    {
        // "Hurricane Sandy", "Typhoon Haiyan", "Tropical Storm Hermine": a storm, no person.
        return None;
    } else if corporate_compound(last) {
        // "Sun Microsystems", "Juniper Networks", "Medtronic", "Novartis Pharma": a word that
        // builds a company's name out of its trade.
        (FactKind::Organization, None)
    } else if !single && g.demonyms.contains_key(lname) {
        // "Puerto Ricans", "Native Americans": a people.
        return None;
    } else if !single && (s + 1..e - 1).any(|k| tokens[k].text == "for") {
        // "Partnership for Conservative Principles", "Concerned Veterans for America": no
        // person's name holds "for"; a body's often does (even before ", who").
        (FactKind::Organization, None)
    } else if speech_after && prev.as_deref() == Some("the") && !g.given.contains_key(first.text) {
        // "the Pentagon said", "Frank Klein of the Ritz said": news puts no article before a
        // person's name; what speaks after "the" is a body.
        (FactKind::Organization, None)
    } else if speech_after
        // ("PolitiFact says": a brand speaks, not a person; see below.)
        && !(single
            && camel_case_brand(name, g)
            && !text[..tokens[s].bstart].ends_with(['@', '#', '/']))
        // ("Real Madrid agreed", "Air France said": a brand before a known place speaks, as a
        // club or a company; not "Jordan Spieth said", a place first.)
        && !(contains_known
            && g.is_place(last)
            && (g.org(first.text).is_some() || BRAND_HEADS.contains(&first.text))
            && place_with_brand(&tokens[s..e], g))
    {
        (FactKind::Person, None)
    } else if prev.as_deref().is_some_and(|p| {
        matches!(
            p,
            "in" | "at" | "near" | "from" | "across" | "outside" | "inside"
        )
    }) && single
        // ("ninth in Pac-10", "in F-16s": a code with digits names no place.)
        && !name.bytes().any(|b| b.is_ascii_digit())
        // ("a stake in Vantor", "invested in Vantor": a company's.)
        && !prev2.as_deref().is_some_and(|p| {
            matches!(p, "stake" | "stakes" | "invested" | "investing" | "investment")
        })
        // ("in Ravens history", "in Labour circles": a word before such a noun says whose, not
        // where.)
        && !tokens.get(e).is_some_and(|t| {
            t.sentence == first.sentence
                && matches!(
                    t.text,
                    "history" | "record" | "records" | "annals" | "lore" | "circles" | "terms"
                )
        })
    {
        if prev.as_deref() == Some("at") && prev2.as_deref().is_some_and(works_at) {
            // "worked at Carrier", "an executive at Carrier": an employer, not a place.
            (FactKind::Organization, None)
        } else {
            (FactKind::Place, None)
        }
    } else if (2..=3).contains(&(e - s))
        && !contains_known
        && (prev.as_deref().is_some_and(|p| matches!(p, "in" | "near"))
            || (prev.as_deref() == Some("at") && !prev2.as_deref().is_some_and(works_at)))
        && !g.given.contains_key(first.text)
        && !tokens
            .get(e)
            .is_some_and(|t| matches!(t.text, "'" | "’" | "'s" | "’s"))
        && !tokens[s.saturating_sub(4)..s].iter().any(|t| {
            matches!(
                t.text,
                "published"
                    | "appeared"
                    | "appears"
                    | "wrote"
                    | "writes"
                    | "written"
                    | "reported"
                    | "journal"
                    | "magazine"
                    | "issue"
                    | "edition"
                    | "interview"
                    | "column"
                    | "article"
                    | "op-ed"
                    | "essay"
            )
        })
        && !tokens[s..e].iter().any(|t| g.org_words.contains(t.text))
        && !prev2.as_deref().is_some_and(|p| g.is_title_or_role(p))
    {
        // "in Tunbridge Wells", "in Tanjung Priok", "the match at White Hart Lane": a name no
        // list knows, where something happens, is a place. (Not a person's, opening with a
        // given name; not after "at" where someone works or studies: "an analyst at Morgan
        // Stanley", "a writer at Vanity Fair", "worked at Acme Widgets"; not
        // before a possessive: "in Joleon Lescott's own goal"; not a publication: "published in
        // Nature Biotechnology".)
        (FactKind::Place, None)
    } else if contains_known
        && g.given.contains_key(first.text)
        && (e - s == 2 || (e - s == 3 && tokens[s + 1].text.trim_end_matches('.').len() == 1))
        && tokens[e - 1].text.chars().skip(1).all(char::is_lowercase)
    {
        // "Michael Bloomberg", "George Washington", "Jack London": a given name and a surname
        // that also names a company or a place.
        (FactKind::Person, None)
    } else if contains_known
        && (2..=3).contains(&(e - s))
        && g.surnames_first.contains(first.text)
        && !g.is_place(first.text)
        && tokens[s + 1..e]
            .iter()
            .all(|t| t.text.chars().skip(1).all(|c| c.is_lowercase() || c == '-'))
    {
        // "Wang Donghai", "Kim Jong-un": a surname that opens the name, then a given name that
        // also names a city.
        (FactKind::Person, None)
    } else if (2..=3).contains(&(e - s))
        && contains_known
        && country_follows(tokens, e, g)
        && tokens[s..e]
            .iter()
            .all(|t| t.text.chars().all(|c| c.is_alphabetic() || c == '-'))
    {
        // "MaliVai Washington (U.S.)", "Torrance Zellner (U.S.) 48.23 seconds": a results list
        // names an athlete with the country; a town in the name makes no club of it. (A team's
        // results line is read before: "Alba (Germany) 75 Red Star (Yugoslavia) 70".)
        (FactKind::Person, None)
    } else if (2..=3).contains(&(e - s))
        && contains_known
        && (s.checked_sub(1).is_some_and(|p| kinship(tokens[p].text))
            || tokens
                .get(e)
                .is_some_and(|t| matches!(t.text, "died" | "dies")))
    {
        // "His mother Karamia Wheaton", "Tama Galiere died": someone's kin, or who died, is a
        // person though a town ends or opens the name.
        (FactKind::Person, None)
    } else if let Some(true) = contains_known.then(|| place_with_brand(&tokens[s..e], g)) {
        // "Rotor Volgograd", "Real Madrid", "Air France", "Statistics Canada": a club or a
        // company named with a place.
        (FactKind::Organization, None)
    } else if let Some(kind) = (!single).then(|| of_phrase(&tokens[s..e])).flatten() {
        // "Federal Republic of Yugoslavia", "House of Representatives", "Party of God".
        (kind, None)
    } else if !single
        && g.org(last).is_some()
        && (known_prefix(tokens, text, s, e, g) == e - 1
            || (e - s >= 3
                && last.bytes().all(|b| b.is_ascii_uppercase())
                && g.place_words.contains(tokens[e - 2].text)))
    {
        // "the South Carolina GOP primary", "the New York NAACP chapter": a body's branch in a
        // place ("the Cuyahoga County GOP": a county the lists do not know).
        (FactKind::Organization, None)
    } else if !single
        && title.is_none()
        && last.len() >= 7
        && (last.ends_with("tion") || last.ends_with("sion"))
        && last.chars().skip(1).all(char::is_lowercase)
        // (A body's field after "on" is read with the body: "the Senate Subcommittee on
        // Consumer Protection".)
        && prev.as_deref() != Some("on")
    {
        // "the Marine Accident Investigation branch", "the Great Migration": no person's name
        // ends in an abstract noun ("-tion", "-sion"); a body's does when a body's noun follows.
        if tokens.get(e).is_some_and(|t| body_noun(t.text)) {
            (FactKind::Organization, None)
        } else {
            return None;
        }
    } else if !single
        && prev.as_deref() == Some("the")
        && !g.given.contains_key(first.text)
        && tokens.get(e).is_some_and(|t| body_noun(t.text))
    {
        // "the Air Accidents Investigation branch", "the Black Lives Matter movement": a body's
        // name before what it is.
        (FactKind::Organization, None)
    } else if !single && prev.as_deref() == Some("the") && !g.given.contains_key(first.text) {
        // "the Great Recession", "the Rust Belt", "the Democratic National Convention": news
        // seldom puts an article before a person's name (titles and given names were checked
        // above), and what else it is cannot be told: not listed.
        return None;
    } else if e - s >= 3
        // (No given name or initial anywhere: "J. Christopher Stevens", "Channing D. Phillips",
        // "Vermonter Bernie Sanders" are people.)
        && !tokens[s..e].iter().any(|t| {
            g.given.contains_key(t.text) || t.text.trim_end_matches('.').chars().count() == 1
        })
        && last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("is")
        && last.chars().skip(1).all(char::is_lowercase)
    {
        // "Red Hot Chili Peppers", "Black Eyed Peas": three words or more, no given name, a
        // plural last: a band or a team, not a person ("John Quincy Adams" has a given name,
        // "Reince Priebus" two words).
        (FactKind::Organization, None)
    } else if !single
        && !g.given.contains_key(first.text)
        && tokens.get(e).is_some_and(|t| {
            matches!(
                t.text,
                "troops"
                    | "forces"
                    | "officers"
                    | "soldiers"
                    | "protesters"
                    | "protestors"
                    | "activists"
                    | "supporters"
                    | "members"
                    | "volunteers"
                    | "fighters"
                    | "militants"
                    | "rebels"
                    | "agents"
                    | "employees"
                    | "workers"
                    | "staffers"
                    | "units"
                    | "teams"
                    // "France's far-right Front National party": the party's own name.
                    | "party"
                    | "campaign"
            ) || body_noun(t.text)
        })
    {
        // "Special Operations troops", "Black Lives Matter protesters", "Border Patrol agents":
        // a body whose members these are, not a person (a person's name opens with a given name:
        // "Bernie Sanders supporters").
        (FactKind::Organization, None)
    } else if !single
        && title.is_none()
        && !contains_known
        && is_adjectival(first.text)
        && !g.given.contains_key(first.text)
        && (opens || tokens[s..e].iter().all(|t| is_adjectival(t.text)))
    {
        // "Controversial IRA film screened…", "Classic Clinton, …": an adjective or a participle
        // capitalised by its sentence opens no name; what follows it may be one. Nor are
        // adjectives alone a name anywhere ("the Progressive Conservative government").
        if tokens[s + 1..e].iter().any(|t| !is_adjectival(t.text)) {
            emit(tokens, text, s + 1, e, title.clone(), g, out);
        }
        return None;
    } else if !single
        && !contains_known
        && product_code(last)
        && tokens[s].text.bytes().any(|b| b.is_ascii_lowercase())
        // (Not a part list: "MHz DDR2 ECC FB-DIMM RAM".)
        && !tokens[s..e].iter().any(|t| t.text.bytes().any(|b| b.is_ascii_digit()))
    {
        // "Sirius XM", "Office Open XML", "Keystone XL": a person's name ends in no acronym (a
        // regnal numeral and a barrister's "QC" are not one).
        (FactKind::Organization, None)
    } else if !single && !contains_known && acronym_then_words(&tokens[s..e], g) {
        // "DLA Piper", "ACE Cash Express", "OFK Beograd", "RTL Info": an acronym of three
        // letters or more opens a firm's, a club's or a brand's name; a person's opens with a
        // given name or initials ("DJ Trahan").
        (FactKind::Organization, None)
    } else if !single
        && !contains_known
        // "the House Zika funding proposal", "a Senate Benghazi probe": a chamber's name before
        // an unknown word makes a modifier, not a person's name.
        && !institution_word(first.text)
        // "Altering the Cadillac", "Face the Nation": "the" inside, not after "of" or "for",
        // makes a phrase, not a person's name ("Alexander the Great" has a given name).
        && !(s + 1..e - 1).any(|k| {
            tokens[k].text == "the"
                && !is_connector(tokens[k - 1].text)
                && !(k == s + 1 && g.given.contains_key(tokens[s].text))
        })
        && tokens[s..e].iter().all(|t| {
            t.text
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’' || c == '.')
        })
    {
        (FactKind::Person, None)
    } else if single
        && camel_case_brand(name, g)
        && !text[..tokens[s].bstart].ends_with(['@', '#', '/'])
    {
        // "EgyptAir", "HuffPost", "LinkedIn", "KeyCorp": a brand's inner capital.
        (FactKind::Organization, None)
    } else if single && joined_by_particle(name) {
        // "Inzamam-ul-Haq", "Ata-ur-Rehman": a name joined by a particle is a person's.
        (FactKind::Person, None)
    } else if single
        && (!opens || opening)
        && !name.bytes().any(|b| b.is_ascii_digit())
        // ("Sino-Japanese", "Franco-German": a people's or a place's word after a hyphen.)
        && !name.split('-').skip(1).any(|p| {
            g.is_place(p) || with_lower(p, |l| g.demonyms.contains_key(l))
        })
    {
        // An unknown single word ("Trump", "Ishiba"): a person only if it abbreviates one.
        // (Not a code with digits: "EB-5", "F-16".) A given name that a pronoun of its gender
        // follows in the sentence is someone the article knows by that name alone ("Diana
        // changed her number", "what Shaun is looking to do; he wants…").
        weak = !given_name_then_pronoun(tokens, s, g);
        (FactKind::Person, None)
    } else {
        // A name-like phrase we cannot type: not listed.
        return None;
    };
    Some(Typed {
        kind,
        canonical,
        weak,
        from,
    })
}

/// Adds the typed candidate to `out`, or joins it to the organisation before it when the two are
/// one name ("the Senate Subcommittee on Consumer Protection").
fn attach(c: Candidate<'_, '_>, typed: Typed, out: &mut Vec<Mention>) {
    let Candidate {
        tokens,
        text,
        s,
        e,
        title,
        g,
        single,
        uncued,
        ..
    } = c;
    let Typed {
        kind,
        canonical,
        weak,
        mut from,
    } = typed;
    let first = &tokens[s];
    // "One Nation", "One Voice": no one's name opens with "One"; a group's or a campaign's does.
    let kind = if kind == FactKind::Person && !single && first.text == "One" && title.is_none() {
        FactKind::Organization
    } else {
        kind
    };
    // "the Senate Subcommittee on Consumer Protection", "the Task Force on Digital Trade": a
    // body's name goes on through "on" into its field; one organisation, not a person after it.
    // (Not into a place or another organisation: "Breitbart News Daily on SiriusXM".)
    // Its field may have two parts: "the Center on Budget and Policy Priorities", "the
    // Committee on Energy and Commerce".
    let field_goes_on = |last: &Mention| {
        tokens[s - 1].text == "and"
            && last.tok_end == s - 1
            && last.kind == FactKind::Organization
            && last.text.contains(" on ")
            && title.is_none()
            && matches!(kind, FactKind::Person | FactKind::Organization)
    };
    if let Some(last) = out.last_mut()
        && s >= 2
        && (field_goes_on(last)
            || (tokens[s - 1].text == "on"
                && last.tok_end == s - 1
                && last.kind == FactKind::Organization
                && g.org_words.contains(tokens[s - 2].text)
                && title.is_none()
                && (kind == FactKind::Person
                    // ("the Senate Committee on Homeland Security": a committee's field may
                    // be a department's name.)
                    || (kind == FactKind::Organization
                        && matches!(
                            tokens[s - 2].text,
                            "Committee" | "Subcommittee" | "Commission"
                        )))))
    {
        *last = Mention::of(
            tokens,
            text,
            last.tok_start,
            e,
            FactKind::Organization,
            None,
        );
        return;
    }
    // "the European Convention on Human Rights", "the Declaration on …": an instrument's field,
    // not a person.
    if kind == FactKind::Person
        && title.is_none()
        && s >= 2
        && tokens[s - 1].text == "on"
        && matches!(
            tokens[s - 2].text,
            "Convention"
                | "Treaty"
                | "Charter"
                | "Covenant"
                | "Protocol"
                | "Agreement"
                | "Declaration"
                | "Conference"
                | "Summit"
                | "Forum"
                | "Act"
                | "Law"
        )
    {
        return;
    }
    // "said de Blasio", "met von der Leyen": a surname takes in the particles before it.
    if kind == FactKind::Person && from == s && title.is_none() {
        let particle =
            |k: usize| surname_particle(tokens[k].text) && tokens[k].sentence == tokens[s].sentence;
        let mut k = s;
        while k > 0 && s - k < 2 && particle(k - 1) {
            k -= 1;
        }
        if k < s && (k == 0 || !is_name_token(&tokens[k - 1]) || tokens[k - 1].sentence_start) {
            from = k;
        }
    }
    out.push(Mention {
        title,
        weak,
        opening: uncued,
        ..Mention::of(tokens, text, from, e, kind, canonical)
    });
}

/// A model year between a determiner and a name that ends its phrase or comes before a
/// vehicle's noun: "his 2001 Chevrolet Astro van", "a 2008 Toyota Camry." — a make and a model,
/// no one's name.
fn model_year_before(tokens: &[Token<'_>], s: usize, e: usize) -> bool {
    let Some(year) = s.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    let is_year = year.text.len() == 4
        && year.text.bytes().all(|b| b.is_ascii_digit())
        && (1900..2040).contains(&year.text.parse::<u16>().unwrap_or(0));
    if !is_year {
        return false;
    }
    let mut buf = [0u8; 8];
    let before = s
        .checked_sub(2)
        .and_then(|p| super::super::text::ascii_lower(tokens[p].text, &mut buf));
    let possessive = matches!(
        before,
        Some("a" | "his" | "her" | "their" | "its" | "my" | "our" | "your")
    );
    let after = tokens.get(e).filter(|t| t.sentence == tokens[s].sentence);
    let vehicle = after.is_some_and(|t| {
        matches!(
            t.text,
            "van"
                | "minivan"
                | "truck"
                | "pickup"
                | "sedan"
                | "SUV"
                | "car"
                | "coupe"
                | "hatchback"
                | "convertible"
                | "wagon"
                | "motorcycle"
                | "jeep"
        )
    });
    // ("won the 2004 Masters.": after "the", only before a vehicle's noun.)
    is_year
        && (vehicle && (possessive || before == Some("the"))
            || possessive && after.is_none_or(|t| !t.is_word()))
}

/// A name-like run that opens with an acronym of three capitals or more and goes on in mixed
/// case ("DLA Piper", "ACE Cash Express", "OFK Beograd"), with no given name or title in it.
/// (Two capitals are often initials: "DJ Trahan", "CL Keedy"; a run all in capitals is a
/// headline's.) `rest` is not empty: `any` found a word in it.
fn acronym_then_words(name: &[Token<'_>], g: &Gazetteer) -> bool {
    let [first, rest @ ..] = name else {
        return false;
    };
    first.text.len() >= 3
        && first.text.bytes().all(|b| b.is_ascii_uppercase())
        && !g.is_title_or_role(first.text)
        && rest
            .iter()
            .any(|t| t.text.bytes().any(|b| b.is_ascii_lowercase()))
        && !rest.iter().any(|t| g.is_title_or_role(t.text))
        // (A given name with a surname after it is someone's: "NBC Nightly News Lester Holt";
        // a given name last is a partner's surname: "DLA Piper".)
        && !rest[..rest.len() - 1]
            .iter()
            .any(|t| g.given.contains_key(t.text))
}

/// A study's journal before `s`: "… published in [the journal] ", "… appears in ", with a word for a
/// study earlier in the sentence ("The study, published in …"; not "published in 1960").
fn published_in(tokens: &[Token<'_>], s: usize) -> bool {
    let mut k = s;
    if k >= 1 && tokens[k - 1].text == "journal" {
        k -= 1;
        if k >= 1 && tokens[k - 1].text == "the" {
            k -= 1;
        }
    }
    if k < 2
        || tokens[k - 1].text != "in"
        || !matches!(tokens[k - 2].text, "published" | "appears" | "appeared")
    {
        return false;
    }
    let sentence = tokens[s].sentence;
    tokens[..k - 2]
        .iter()
        .rev()
        .take_while(|t| t.sentence == sentence)
        .any(|t| {
            matches!(
                t.text,
                "study"
                    | "studies"
                    | "paper"
                    | "research"
                    | "findings"
                    | "trial"
                    | "analysis"
                    | "report"
                    | "results"
                    | "survey"
                    | "review"
                    | "article"
            )
        })
}

/// The US Postal Service's codes for the states and the capital.
const US_POSTAL_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
];
