//! Splitting a run of capitalised words into the names it holds.

use super::*;

/// The number of words (at most `max`) of the longest phrase opening `tokens` that `is` accepts,
/// 0 if none. The words are joined with spaces in `buf`, reused across calls.
fn longest_phrase(
    tokens: &[Token<'_>],
    max: usize,
    buf: &mut String,
    is: impl Fn(&str) -> bool,
) -> usize {
    (1..=max.min(tokens.len()))
        .rev()
        .find(|&len| {
            buf.clear();
            for (n, t) in tokens[..len].iter().enumerate() {
                if n > 0 {
                    buf.push(' ');
                }
                buf.push_str(t.text);
            }
            is(buf)
        })
        .unwrap_or(0)
}

/// Splits a capitalised run at titles and demonyms ("South Korean President Lee Jae-myung") and
/// classifies what remains.
pub(super) fn split_run(
    tokens: &[Token<'_>],
    text: &str,
    start: usize,
    end: usize,
    g: &Gazetteer,
    out: &mut Vec<Mention>,
) {
    let mut s = start;
    // A place or organisation the lists know from `s` on: "New Zealand", "New York Times".
    let known_from = |s: usize| known_prefix(tokens, text, s, end + 1, g) > s;
    // "analysts at First Albany Corp.", "the News Agency of Nigeria": mid-sentence, an
    // organisation's name may open with such a word.
    let opens_org = |s: usize| {
        matches!(
            tokens[s].text,
            "First" | "Second" | "Third" | "New" | "Old" | "News"
        ) && !tokens[s].sentence_start
            && !opens_quote(tokens, text, s)
            && (start..end).any(|k| g.org_words.contains(tokens[k].text))
    };
    // Sentence-initial function words and the like are not part of a name.
    // ("People's Party", "People's Daily": the possessive is the name's.)
    let possessive = |s: usize| {
        s + 2 < end
            && matches!(tokens[s + 1].text, "'" | "’")
            && tokens[s + 1].bstart == tokens[s].bend
    };
    // ("flew All Nippon Airways": mid-sentence, a capitalised quantifier may open a company's
    // name.)
    let quantifier_in_name = |s: usize| {
        s > 0
            && tokens[s - 1].is_word()
            && !tokens[s].sentence_start
            && matches!(
                tokens[s].text,
                "All"
                    | "Other"
                    | "Many"
                    | "Much"
                    | "Few"
                    | "None"
                    | "Any"
                    | "Some"
                    | "Most"
                    | "Each"
                    | "Both"
                    | "Plenty"
                    | "Lots"
                    | "Another"
                    | "One"
            )
            && ((start..end).any(|k| g.org_words.contains(tokens[k].text))
                // ("USA TODAY's One Nation initiative", "the group One Nation".)
                || (tokens[s].text == "One" && s + 1 < end))
    };
    // "Keep the B.C. carbon tax", "Meet the University of Illinois": a sentence's first word
    // before "the" is a verb, unless the lists know the whole ("Meet the Press") or it is a
    // given name ("Alexander the Great").
    let verb_before_the = |s: usize| {
        s + 2 < end
            && tokens[s + 1].text == "the"
            && (tokens[s].sentence_start
                || opens_quote(tokens, text, s)
                // ("Be specific: Meet the University of Illinois football team.")
                || (s > 0 && tokens[s - 1].text == ":")
                || (s > 0
                    && tokens[s - 1].sentence_start
                    && matches!(tokens[s - 1].text, "\"" | "“")))
            && !g.given.contains_key(tokens[s].text)
            && !g.is_title(tokens[s].text)
            && !known_from(s)
            // (One word no list knows after it is no name either: "Altering the Cadillac tax".)
            && (s + 3 < end || known_from(s + 2))
    };
    while s < end
        && (verb_before_the(s)
            || ((with_lower(tokens[s].text, is_not_name) || adverb(tokens[s].text))
                && !quantifier_in_name(s)
                // ("St Mary Church", "St. Mary's Hospital": a saint's abbreviation opens the
                // name.)
                && (s + 1 >= end || !super::super::text::is_saint(tokens[s].text))
                && !g.is_title(tokens[s].text)
                && !known_from(s)
                && !opens_org(s)
                && !possessive(s))
            || tokens[s].text == "."
            || ((s > start || matches!(tokens[s].text, "of" | "for" | "&" | "the"))
                && CONNECTORS.contains(&tokens[s].text))
            // "All-American Tyler Hansbrough", "All-Pro Tom Brady": an honour before a given
            // name is no part of it.
            || (tokens[s].text.starts_with("All-")
                && tokens
                    .get(s + 1)
                    .is_some_and(|t| s + 1 < end && g.given.contains_key(t.text))))
    {
        s += 1;
    }
    let mut pending_title: Option<String> = None;
    // "former secretary of State Hillary Clinton", "then-Secretary of State John Kerry": the
    // run opens inside a title written before it; its field word is the title's, up to the
    // given name.
    if s == start
        && s >= 2
        && tokens[s - 1].text == "of"
        && g.is_title(
            tokens[s - 2]
                .text
                .trim_start_matches("then-")
                .trim_start_matches("ex-")
                .trim_start_matches("former-"),
        )
        && let Some(j) = (s..end)
            .find(|&j| !is_portfolio(tokens[j].text))
            .filter(|&j| j > s)
            .or_else(|| {
                (s + 1..(s + 3).min(end.saturating_sub(1)))
                    .find(|&j| g.given.contains_key(tokens[j].text))
            })
    {
        let field: Vec<&str> = tokens[s..j].iter().map(|t| t.text).collect();
        pending_title = Some(format!("{} of {}", tokens[s - 2].text, field.join(" ")));
        s = j;
    }
    let mut joined = String::new();
    let mut k = s;
    while k < end {
        // Longest title starting at k (up to 3 words).
        let mut title_len = longest_phrase(&tokens[k..end], 3, &mut joined, |p| g.is_title(p));
        // "Mr. Prince", "Ms. Chancellor": after an honorific, a title word is the surname.
        // ("Mr. President", "Madam Speaker" address an office: no surname.)
        let after_honorific = pending_title.as_deref().is_some_and(|t| {
            matches!(
                t.trim_end_matches('.'),
                "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Mme"
            )
        }) && s == k
            && !matches!(
                tokens[k].text,
                "President"
                    | "Speaker"
                    | "Chairman"
                    | "Secretary"
                    | "Ambassador"
                    | "Mayor"
                    | "Governor"
                    | "Justice"
            );
        // "Pete King", "Stephen King": a title word after a given name, ending the name, is the
        // surname ("Virginia Sen. Tim Kaine" goes on).
        // So is one after a middle initial: "Peter T. King".
        let after_initial = k >= s + 2
            && tokens[k - 1]
                .text
                .strip_suffix('.')
                .is_some_and(|i| i.len() == 1 && i.bytes().all(|b| b.is_ascii_uppercase()));
        // ("Martin Luther King": the given name may come two words before a title word that is
        // also a common surname; "Frances Miller Chair" names a chair.)
        let surname_title = matches!(
            tokens[k].text,
            "King"
                | "Prince"
                | "Bishop"
                | "Major"
                | "Judge"
                | "Dean"
                | "Duke"
                | "Earl"
                | "Knight"
                | "Pope"
                | "Baron"
                | "Marshal"
                | "Sheriff"
                | "Chancellor"
        );
        // (A generational suffix may end the name: "Martin Luther King Jr.".)
        let suffix_after = k + 2 <= end
            && matches!(
                tokens[k + 1].text,
                "Jr" | "Jr." | "Sr" | "Sr." | "II" | "III" | "IV"
            )
            && tokens[k + 2..end].iter().all(|t| t.text == ".");
        let after_given = title_len == 1
            && k > s
            && (k + 1 == end || suffix_after)
            && (g.given.contains_key(tokens[k - 1].text)
                || (surname_title && k >= s + 2 && g.given.contains_key(tokens[k - 2].text))
                || after_initial);
        // "Justice Department", "Defense Ministry": a title word naming an organisation's
        // field, then the word that makes it one.
        // So is one after an organisation's word and "of": "Department of Justice", "European
        // Court of Justice".
        let names_an_org = title_len == 1
            && ((k + 2 == end && g.org_words.contains(tokens[k + 1].text))
                || (k >= s + 2
                    && tokens[k - 1].text == "of"
                    && g.org_words.contains(tokens[k - 2].text)));
        // "Khalid Sheikh Mohammed": "Sheikh" between a given name and a name is the name's.
        let inside_name = title_len == 1
            && matches!(tokens[k].text, "Sheikh" | "Sheik")
            && k > s
            && k + 1 < end
            && g.given.contains_key(tokens[k - 1].text);
        // "King's College", "Queen's Park": a sovereign's possessive before a building's or a
        // body's word is the name's.
        let possessive_name = title_len == 1
            && k == s
            && super::context::saint_possessive(tokens, k, k + 1, g).is_some();
        if after_honorific || after_given || names_an_org || inside_name || possessive_name {
            title_len = 0;
        }
        // "Secretary of Homeland Security Jeh Johnson": the portfolio after "of" is the title's.
        // A place or a body there ("President of Russia Vladimir Putin", "Secretary of the Navy
        // Ray Mabus", "Speaker of the House Paul Ryan") is the title's too, and named.
        let mut field_named: Option<Mention> = None;
        if title_len > 0 && tokens.get(k + title_len).is_some_and(|t| t.text == "of") {
            let the = usize::from(
                tokens
                    .get(k + title_len + 1)
                    .is_some_and(|t| t.text == "the"),
            );
            let r = (k + title_len + 1 + the..end)
                .find(|&j| g.given.contains_key(tokens[j].text))
                .filter(|&r| r + 1 < end);
            let p = k + title_len + 1 + the;
            if let Some(r) = r.filter(|&r| r > p && r - p <= 3)
                && tokens[p..r].iter().all(|t| t.is_capitalised())
            {
                let span = &text[tokens[p].bstart..tokens[r - 1].bend];
                let known = g
                    .place(span)
                    .map(|c| (FactKind::Place, Some(c.to_string())))
                    .or_else(|| {
                        g.org(span)
                            .map(|c| (FactKind::Organization, Some(c.to_string())))
                    })
                    .or_else(|| {
                        (r == p + 1
                            && matches!(tokens[p].text, "House" | "Senate" | "Navy" | "Army"))
                        .then_some((FactKind::Organization, None))
                    });
                if let Some((kind, canonical)) = known {
                    field_named = Some(Mention::of(tokens, text, p, r, kind, canonical));
                    title_len = r - k;
                }
            }
        }
        if field_named.is_none()
            && title_len > 0
            && tokens.get(k + title_len).is_some_and(|t| t.text == "of")
        {
            let p = k + title_len + 1;
            let q = (p..end)
                .find(|&j| !is_portfolio(tokens[j].text))
                .unwrap_or(end);
            if q > p && q < end {
                title_len = q - k;
            } else if q == p {
                // "Director of Public Prosecutions", "Director of National Intelligence James
                // Clapper": an office's field no list knows, up to the given name (not a
                // place or a body: "President of Russia Vladimir Putin", "CEO of Acme Corp").
                let r = (p..end)
                    .find(|&j| g.given.contains_key(tokens[j].text))
                    .unwrap_or(end);
                let field = &tokens[p..r];
                if r > p
                    && r - p <= 3
                    && g.org(&text[tokens[p].bstart..tokens[r - 1].bend]).is_none()
                    && field.iter().all(|t| {
                        t.is_capitalised()
                            && !g.is_place(t.text)
                            && !g.org_words.contains(t.text)
                            && !g.place_words.contains(t.text)
                            && !super::super::companies::legal_form(t.text)
                            && !all_caps(t)
                    })
                    && field.last().is_some_and(|t| t.text.ends_with('s'))
                {
                    title_len = r - k;
                }
            }
        }
        // "Vice-President for Membership Elias Sayeh", "Secretary of State for Health Jeremy
        // Hunt": the field after "for" is the title's too, up to the given name (all of the
        // rest when none follows: "Ms Sayeh, Vice-President for Membership").
        // "the Association for Justice", "the Department of Justice": a title word that ends the
        // run after "for" or "of" names a body's field, and no one follows it.
        if title_len > 0
            && k + title_len == end
            && k >= s + 2
            && matches!(tokens[k - 1].text, "for" | "of")
        {
            title_len = 0;
        }
        if title_len > 0 && tokens.get(k + title_len).is_some_and(|t| t.text == "for") {
            let p = k + title_len + 1;
            let q = (p..end)
                .find(|&j| g.given.contains_key(tokens[j].text))
                .unwrap_or(end);
            if q > p {
                title_len = q - k;
            }
        }
        if title_len > 0 {
            // "Hong Kong Financial Secretary", "U.S. Assistant Secretary of State": a known place
            // or organisation, then words that belong to the title.
            let mut title_start = k;
            // "United Steelworkers Political Director Tim Waters", "AFL-CIO Legislative
            // Director": a field's word before the title is the title's.
            // (Not the last word of a name the lists know: "Associated Press Writer".)
            // ("Obama Education Secretary Arne Duncan": a minister's portfolio too.)
            let minister = matches!(tokens[k].text, "Secretary" | "Minister");
            while title_start > s
                && (is_title_field(tokens[title_start - 1].text)
                    || (minister && is_portfolio(tokens[title_start - 1].text)))
                && g.org(&text[tokens[s].bstart..tokens[title_start - 1].bend])
                    .is_none()
            {
                title_start -= 1;
            }
            // "Assistant U.S. Attorney Jennifer Rodgers": a title, a known place or body, a
            // title: one title, and the place is no person.
            // (Pushed as the lists know it: the title before it would make it a person.)
            let span = &text[tokens[s].bstart..tokens[k.max(s + 1) - 1].bend];
            let known = (pending_title.is_some() && k > s)
                .then(|| {
                    g.place(span)
                        .map(|c| (FactKind::Place, c))
                        .or_else(|| g.org(span).map(|c| (FactKind::Organization, c)))
                })
                .flatten();
            let carried = known.and_then(|_| pending_title.take());
            if let Some((kind, c)) = known {
                out.push(Mention::of(tokens, text, s, k, kind, Some(c.to_string())));
                title_start = k;
            } else if title_start < k {
                if title_start > s {
                    emit(tokens, text, s, title_start, pending_title.take(), g, out);
                }
            } else if k > s {
                let p = known_prefix(tokens, text, s, k, g);
                if p > s && p < k {
                    title_start = p;
                }
                emit(tokens, text, s, title_start, pending_title.take(), g, out);
            }
            // What comes before "Political Director" or "MP" employs or elects the holder: an
            // organisation ("Bloc Quebecois MP", not "Hillary Clinton Press Secretary Brian
            // Fallon": a given name opens a person's), or a party's adjective, no name at all
            // ("Conservative MP").
            out.retain_mut(|m| {
                if m.tok_start < s || m.kind != FactKind::Person || m.title.is_some() {
                    return true;
                }
                if m.tok_end - m.tok_start >= 2 && !g.given.contains_key(tokens[m.tok_start].text) {
                    m.kind = FactKind::Organization;
                }
                m.tok_end - m.tok_start >= 2 || !is_adjectival(&m.text)
            });
            out.extend(field_named);
            let words: Vec<&str> = carried
                .as_deref()
                .into_iter()
                .chain(tokens[title_start..k + title_len].iter().map(|t| t.text))
                .collect();
            pending_title = Some(words.join(" "));
            k += title_len;
            // The dot of "Sen." (its own token).
            while k < end && tokens[k].text == "." {
                k += 1;
            }
            s = k;
            // "Director of the Emirates Centre", "Secretary for Security": what follows is the
            // title's organisation or office, not a person.
            if k < end && matches!(tokens[k].text, "of" | "for") {
                pending_title = None;
                k += 1;
                // ("Inspector General for the Intelligence Community".)
                if k + 1 < end && tokens[k].text == "the" {
                    k += 1;
                }
                s = k;
            }
            continue;
        }
        // "St. Louis-based Mercantile Bancorp": the place the rest is based in, then the rest.
        // So with the body or the country that leads or backs it: "a NATO-led coalition",
        // "GOP-backed bills", "Kremlin-funded media".
        // (Someone's: "Donald Trump-led" is read as names are.)
        if let Some((head, known)) = joined_participle(tokens[k].text).and_then(|(head, based)| {
            let place = &text[tokens[s].bstart..tokens[k].bstart + head.len()];
            let known = g.place(place).map(|c| (FactKind::Place, c)).or_else(|| {
                (!based)
                    .then(|| g.org(place).map(|c| (FactKind::Organization, c)))
                    .flatten()
            });
            (based || known.is_some()).then_some((head, known))
        }) {
            let place_end = tokens[k].bstart + head.len();
            let place = &text[tokens[s].bstart..place_end];
            if let Some((kind, c)) = known {
                out.push(Mention {
                    kind,
                    text: place.to_string(),
                    canonical: Some(c.to_string()),
                    title: None,
                    start: tokens[s].start,
                    end: tokens[k].start + head.chars().count(),
                    tok_start: s,
                    tok_end: k + 1,
                    weak: false,
                    opening: false,
                    head: false,
                    generic: false,
                });
            }
            pending_title = None;
            k += 1;
            s = k;
            continue;
        }
        // Demonym (one or two words): "Chinese", "South Korean".
        let mut dem_len = longest_phrase(&tokens[k..end], 2, &mut joined, |p| {
            with_lower(p, |l| g.demonyms.contains_key(l))
        });
        // "Christian Pardo", "Finn Russell": a given name first, not a faith or a people.
        if dem_len == 1 && k + 1 < end && g.given.contains_key(tokens[k].text) {
            dem_len = 0;
        }
        // "Mark Cuban", "Bill English", "Dawn French": after a given name, ending the run, a
        // people's name is a surname.
        if dem_len == 1
            && k == s + 1
            && k + 1 == end
            && g.given.contains_key(tokens[s].text)
            && with_lower(tokens[s].text, |l| !g.demonyms.contains_key(l))
        {
            dem_len = 0;
        }
        // A party before a person's name is a modifier too: "Republican Donald Trump",
        // "Democratic Sen. Tim Kaine" (not "Republican National Committee").
        if dem_len == 0
            && k + 1 < end
            && matches!(
                tokens[k].text,
                "Republican" | "Democrat" | "Democratic" | "GOP" | "Labour" | "Tory"
            )
            && (g.given.contains_key(tokens[k + 1].text)
                || g.is_title(tokens[k + 1].text)
                // ("Republican Indiana Gov. Mike Pence": a state before the title.)
                || (k + 2 < end
                    && g.is_place(tokens[k + 1].text)
                    && g.is_title(tokens[k + 2].text)))
        {
            dem_len = 1;
        }
        // ("Islamic State", "Catholic Church": a listed name the adjective opens.)
        if dem_len > 0 && known_prefix(tokens, text, k, end + 1, g) > k + dem_len {
            dem_len = 0;
        }
        // ("United Arab Emirates", "Royal Dutch Shell": a listed name the adjective is inside.)
        if dem_len > 0 && k > s && known_prefix(tokens, text, s, end + 1, g) >= k + dem_len {
            dem_len = 0;
        }
        // After an institution's "of" or "for" the adjective is the name's own: "Center for
        // American Women and Politics", "Museum of Chinese History" (not "Result of European").
        if dem_len > 0
            && k > s + 1
            && matches!(tokens[k - 1].text, "of" | "for")
            && g.org_words.contains(tokens[k - 2].text)
        {
            // ("National Museum of African American History": every adjective of the run.)
            k += dem_len;
            while k < end && with_lower(tokens[k].text, |l| g.demonyms.contains_key(l)) {
                k += 1;
            }
            continue;
        }
        if dem_len > 0
            && k + dem_len + 1 < end
            && tokens[k + dem_len].text == "for"
            && tokens[k + dem_len - 1].text.ends_with('s')
        {
            // "Americans for Prosperity", "Iraqis for Peace": a people "for" a cause names a
            // group.
            k += dem_len;
            continue;
        }
        if dem_len > 0
            && !g.places.contains_key(
                &tokens[k..end]
                    .iter()
                    .map(lower)
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        {
            // A demonym followed by more name words is a modifier; alone it is not an entity.
            // The name it modifies ends at the run's end or at a title: "Panamanian Boxing
            // Association President Ramon Manzanares".
            let name_end = (k + dem_len..end)
                .find(|&j| g.is_title(tokens[j].text))
                .unwrap_or(end);
            // ("Islamic Center of Boston", "American Association for Justice": an
            // organisation's word before its "of" or "for" heads the name too.)
            let rest_is_org = name_end > k + dem_len
                && (g.org_words.contains(tokens[name_end - 1].text)
                    || (k + dem_len..name_end - 1).any(|j| {
                        g.org_words.contains(tokens[j].text)
                            && matches!(tokens[j + 1].text, "of" | "for")
                            // (Not a state's: "the Iraqi Government of Prime Minister …".)
                            && !matches!(tokens[j].text, "Government" | "Administration" | "Cabinet")
                    }));
            if !rest_is_org {
                if k > s {
                    emit(tokens, text, s, k, pending_title.take(), g, out);
                }
                k += dem_len;
                // ("English for Misuse": the small word after the people's word opens nothing.)
                while k < end && matches!(tokens[k].text, "for" | "of" | "&" | "the" | "and") {
                    k += 1;
                }
                s = k;
                continue;
            }
        }
        k += 1;
    }
    // "Picture: James Bass Cindy Greenway, 64,": a given name, a surname, twice over, is two
    // people written side by side (not "George Herbert Walker Bush": two given names first).
    let given = |j: usize| g.given.contains_key(tokens[j].text);
    if end - s == 4
        && given(s)
        && !given(s + 1)
        && given(s + 2)
        && !given(s + 3)
        // ("Jamal Sanad Al Suwaidi": Arabic names go on through their particles.)
        && !matches!(
            tokens[s + 2].text,
            "Al" | "El" | "Abu" | "Bin" | "Ibn" | "Abdul" | "Abd" | "Ben" | "Ould"
        )
        && tokens[s..end].iter().all(|t| t.is_capitalised() && !all_caps(t))
    {
        emit(tokens, text, s, s + 2, pending_title, g, out);
        emit(tokens, text, s + 2, end, None, g, out);
        return;
    }
    if s < end {
        emit(tokens, text, s, end, pending_title, g, out);
    }
}
