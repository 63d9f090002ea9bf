//! Who is speaking: transcript labels, titles of works in quotes, and the people an article has
//! named so far, for resolving "he said" and "said Sanders" to a full name.

use super::*;

/// "Supporters say …", "Observers said …": a one-word "person" opening its sentence that ends
/// like a plural names a group, unless linking finds the full name it is the surname of
/// ("Sanders said"). Weak for linking only: the quote is still its speaker's until then.
pub(super) fn plural_subject(toks: &[text::Token<'_>], m: &entities::Mention) -> bool {
    m.kind == FactKind::Person
        && m.tok_end == m.tok_start + 1
        && m.title.is_none()
        && m.canonical.is_none()
        && toks[m.tok_start].sentence_start
        && entities::looks_plural(&m.text)
        && !gazetteer::Gazetteer::get()
            .given
            .contains_key(m.text.as_str())
}

/// Is mention `m` its sentence's subject: does it open the sentence (after its title, if any),
/// or follow an opening phrase and its comma ("During the debate, Trump labeled …",
/// "Anticipating blowback, McAuliffe remarked …")? A sentence's subject is the likelier
/// antecedent of a later "he said" than a name in its object.
pub(super) fn opens_sentence(
    toks: &[text::Token<'_>],
    m: &entities::Mention,
    mentions: &[entities::Mention],
) -> bool {
    let mut k = m.tok_start;
    // (Across a title's dot too: "Mr. Obama said …".)
    while k > 0
        && !toks[k].sentence_start
        && (toks[k - 1].is_capitalised()
            || (toks[k - 1].text == "." && k >= 2 && text::is_honorific(toks[k - 2].text)))
    {
        k -= 1;
    }
    toks[k].sentence_start
        || after_opening_phrase(toks, k, m, mentions)
        || after_speech_verb(toks, k, m)
        || closing_attribution(toks, k, m)
}

/// Does the name at token `k` close its sentence's attribution ("Cruz electrified the crowds,
/// Stovall said.")? The one who says it is the subject, not the one the sentence opens with.
pub(super) fn closing_attribution(
    toks: &[text::Token<'_>],
    k: usize,
    m: &entities::Mention,
) -> bool {
    k >= 1
        && matches!(toks[k - 1].text, "," | "”" | "\"")
        && toks.get(m.tok_end).is_some_and(|t| {
            matches!(
                t.text,
                "said" | "says" | "added" | "adds" | "wrote" | "writes"
            )
        })
        && toks
            .get(m.tok_end + 1)
            .is_none_or(|t| matches!(t.text, "." | "," | ";"))
}

/// Does the name at token `k` follow a verb of speech after a comma, its role between them
/// ("…, adds psychologist Mary Alvord.", "…, said Sen. Bob Corker, a Republican")? The speaker
/// of an inverted attribution is its sentence's subject.
pub(super) fn after_speech_verb(toks: &[text::Token<'_>], k: usize, m: &entities::Mention) -> bool {
    let g = gazetteer::Gazetteer::get();
    let mut j = k;
    while j > 0
        && k - j < 4
        && !toks[j - 1].is_capitalised()
        && (g.is_title_or_role(toks[j - 1].text)
            || matches!(
                toks[j - 1].text,
                "the" | "a" | "an" | "his" | "her" | "their"
            ))
    {
        j -= 1;
    }
    // (The name ends the clause: in "Alan Garten, said Nunberg was …" Nunberg is no speaker.)
    if toks
        .get(m.tok_end)
        .is_some_and(|t| !matches!(t.text, "." | "," | ";"))
    {
        return false;
    }
    // (Not a verb whose object is the one spoken to: "…, telling Keyworth".)
    let verb = toks.get(j.wrapping_sub(1)).map_or("", |t| t.text);
    j >= 2
        && quotes::speech_at(toks, j - 1)
        && !verb.ends_with("ing")
        && !matches!(verb, "told" | "tells" | "tell")
        && matches!(toks[j - 2].text, "," | "”" | "\"")
}

/// Does the name at token `k` follow an opening phrase of its sentence and its comma, and come
/// before a verb in lower case? The phrase names no one ("Sanders, Clinton and Trump" opens
/// with a name) and has no other comma or capitalised word past its first.
pub(super) fn after_opening_phrase(
    toks: &[text::Token<'_>],
    k: usize,
    m: &entities::Mention,
    mentions: &[entities::Mention],
) -> bool {
    if k < 3 || toks[k - 1].text != "," {
        return false;
    }
    // (Looked for within the phrase's longest: a paragraph of ten thousand commas and no
    // sentence break costs no scan back to its start for each name.)
    let Some(open) = (k.saturating_sub(17)..k - 1)
        .rev()
        .find(|&j| toks[j].sentence_start)
    else {
        return false;
    };
    let phrase = &toks[open..k - 1];
    let verb_after = toks
        .get(m.tok_end)
        .is_some_and(|t| t.text.chars().next().is_some_and(char::is_lowercase));
    verb_after
        && (2..=15).contains(&phrase.len())
        && phrase[1..]
            .iter()
            .all(|t| !t.is_capitalised() && !matches!(t.text, "," | ";" | ":"))
        && !mentions
            .iter()
            .any(|n| n.tok_start >= open && n.tok_start < k - 1)
}

/// The speaker label opening a transcript line: "PENCE" of "PENCE: Well, …", "JOHN KING" of
/// "JOHN KING: …". One to three words in capitals (two letters or more), then a colon; words
/// that label media ("VIDEO:", "UPDATE:") are not speakers.
/// A speaker's name in title case opening a transcript line: two or three capitalised words
/// before a colon ("Chris Matthews: Seriously, …").
pub(super) fn named_label(text: &str) -> Option<&str> {
    let (label, rest) = text.split_once(':')?;
    let words: Vec<&str> = label.split(' ').collect();
    let name_word = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .skip(1)
                .all(|c| c.is_lowercase() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    ((2..=3).contains(&words.len()) && words.iter().all(|w| name_word(w)) && rest.starts_with(' '))
        .then_some(label)
}

pub(super) fn transcript_label(text: &str) -> Option<&str> {
    const NOT_SPEAKERS: &[&str] = &[
        "VIDEO",
        "AUDIO",
        "PHOTO",
        "NOTE",
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "EXCLUSIVE",
        "WATCH",
        "READ",
        "LISTEN",
        "RELATED",
        "CORRECTION",
        "EDITOR'S NOTE",
        "SOURCE",
        "SOURCES",
        "TRANSCRIPT",
    ];
    let (label, _) = text.split_once(':')?;
    let words: Vec<&str> = label.split(' ').collect();
    let capitals = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    (words.len() <= 3 && words.iter().all(|w| capitals(w)) && !NOT_SPEAKERS.contains(&label))
        .then_some(label)
}

/// Is a quoted text a title in title case ("Destiny and Power", "Super Lives of the Super
/// Rich.", "Billions"): at most ten words, every word of four letters or more capitalised, and
/// no sentence inside?
pub(super) fn names_a_work(text: &str) -> bool {
    let t = text.trim_end_matches(['.', ',', '!', '?', ' ']);
    let words: Vec<&str> = t.split_whitespace().collect();
    // Speech has questions, exclamations and contractions ("Don't you do it").
    let spoken = text.contains(['!', '?'])
        || words.iter().any(|w| {
            let w = w.to_lowercase().replace('’', "'");
            ["n't", "'re", "'ll", "'ve", "'m"]
                .iter()
                .any(|c| w.ends_with(c))
                || matches!(w.as_str(), "it's" | "that's" | "i" | "we" | "you")
        });
    !spoken
        && !words.is_empty()
        && words.len() <= 10
        && !t.contains(". ")
        && words.iter().any(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().all(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            letters < 4
                || w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
                // Titles keep their longer prepositions low: "This Week with George
                // Stephanopoulos".
                || matches!(*w, "with" | "from" | "into" | "onto" | "upon" | "over" | "about")
        })
        // A one-word quote in capitals is a term; one in lower case may be a word someone said.
        && (words.len() > 1 || t.chars().skip(1).all(char::is_lowercase))
}

/// Does the quote starting at char `start` of `text` follow a word that introduces a title —
/// his book "The Art of the Deal", the anthem "A Change Is Gonna Come", analysis on "Monday
/// Night Baseball", the author of "Destiny and Power"? Then it names a work even where a
/// speaker is near.
pub(super) fn follows_a_work_word(text: &str, start: usize) -> bool {
    let Some((b, _)) = text.char_indices().nth(start) else {
        return false;
    };
    let before = text[..b].trim_end_matches(['"', '“', '\'', '‘', ' ']);
    // A broadcaster's or a publisher's title: ABC's "Good Morning America", CNN's "State of the
    // Union".
    let owner = before
        .strip_suffix("'s")
        .or_else(|| before.strip_suffix("’s"))
        .and_then(|o| o.rsplit(' ').next())
        .is_some_and(|o| o.chars().next().is_some_and(char::is_uppercase));
    if owner {
        return true;
    }
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    matches!(
        word.as_str(),
        "on" | "of"
            | "titled"
            | "entitled"
            | "called"
            | "book"
            | "novel"
            | "memoir"
            | "autobiography"
            | "biography"
            | "podcast"
            | "episode"
            | "sitcom"
            | "film"
            | "movie"
            | "documentary"
            | "show"
            | "program"
            | "programme"
            | "series"
            | "song"
            | "anthem"
            | "album"
            | "column"
            | "play"
            | "musical"
            | "opera"
            | "poem"
            | "essay"
            | "report"
            | "headline"
    )
}

/// Is mention `m` inside one of `spans` (char offsets: a paragraph's direct quotes)?
pub(super) fn in_spans(m: &entities::Mention, spans: &[(usize, usize)]) -> bool {
    spans.iter().any(|&(s, e)| m.start >= s && m.end <= e)
}

/// A full name met in an earlier paragraph.
pub(super) struct Named {
    name: String,
    /// What its title or given name tells.
    gender: Option<gazetteer::Gender>,
    /// It opens its sentence ([`opens_sentence`]).
    subject: bool,
    paragraph: usize,
}

/// The people an article has named so far, for resolving "he said" / "she said".
#[derive(Default)]
pub(super) struct People {
    /// Full names from earlier paragraphs, in order.
    named: Vec<Named>,
    /// Paragraphs filed so far.
    paragraph: usize,
    /// Surname → gender, from full names whose gender is known ("Hillary Clinton" → Clinton).
    surnames: rustc_hash::FxHashMap<String, gazetteer::Gender>,
    /// The last words of the full names in `named`.
    named_surnames: rustc_hash::FxHashSet<String>,
}

impl People {
    pub(super) fn gender_of(&self, m: &entities::Mention) -> Option<gazetteer::Gender> {
        gazetteer::Gazetteer::get()
            .gender(&m.text, m.title.as_deref())
            .or_else(|| self.surnames.get(m.text.rsplit(' ').next()?).copied())
    }

    /// Could the pronoun of gender `g` stand for `m`? Yes unless `m` is known to be the other.
    pub(super) fn agrees(&self, m: &entities::Mention, g: gazetteer::Gender) -> bool {
        self.gender_of(m).is_none_or(|mg| mg == g) && !names_a_group(&m.text)
    }

    /// Learns the surnames of a paragraph's full names of known gender (before its quotes are
    /// resolved, so "Hillary Clinton … Clinton … she said" agrees).
    pub(super) fn learn(&mut self, mentions: &[entities::Mention]) {
        let g = gazetteer::Gazetteer::get();
        for m in mentions.iter().filter(|m| m.kind == FactKind::Person) {
            if let (Some((_, surname)), Some(gender)) = (
                m.text.rsplit_once(' '),
                g.gender(&m.text, m.title.as_deref()),
            ) {
                self.surnames.insert(surname.to_string(), gender);
            }
        }
    }

    /// Files a paragraph's full names once its quotes are resolved.
    pub(super) fn remember(
        &mut self,
        mentions: &[entities::Mention],
        toks: &[text::Token<'_>],
        quoted: &[(usize, usize)],
    ) {
        self.paragraph += 1;
        for m in mentions
            .iter()
            .filter(|m| m.kind == FactKind::Person && !in_spans(m, quoted))
        {
            let subject = opens_sentence(toks, m, mentions);
            // (A lone surname, weak until linking, counts as the subject of its sentence when
            // the article has named its person in full: "During the debate, Trump labeled
            // Clinton …")
            if m.weak && !(subject && self.surname_of_named(m, mentions, toks)) {
                continue;
            }
            let gender = self.gender_of(m);
            if let Some((_, last)) = m.text.rsplit_once(' ') {
                self.named_surnames.insert(last.to_string());
            }
            self.named.push(Named {
                name: m.text.clone(),
                gender,
                subject,
                paragraph: self.paragraph,
            });
        }
    }

    /// Is `m` (one word, not followed by a possessive) the surname of a full name named before or
    /// in this paragraph?
    pub(super) fn surname_of_named(
        &self,
        m: &entities::Mention,
        mentions: &[entities::Mention],
        toks: &[text::Token<'_>],
    ) -> bool {
        let possessive = toks
            .get(m.tok_end)
            .is_some_and(|t| matches!(t.text, "'" | "’" | "'s" | "’s"));
        !possessive
            && !m.text.contains(' ')
            && (self.named_surnames.contains(m.text.as_str())
                || mentions.iter().filter(|n| !n.weak).any(|n| {
                    n.text.contains(' ') && n.text.rsplit(' ').next() == Some(m.text.as_str())
                }))
    }

    /// Who "he"/"she" (gender `g`) before char `at` of this paragraph stands for: the subject of
    /// a sentence before it in this paragraph (not inside one of its `quoted` spans), else the
    /// last person named before it, else one from an earlier paragraph
    /// ([`People::last_agreeing`]); all must agree with the pronoun.
    pub(super) fn resolve(
        &self,
        mentions: &[entities::Mention],
        toks: &[text::Token<'_>],
        (at, quoted): (usize, &[(usize, usize)]),
        g: gazetteer::Gender,
    ) -> Option<String> {
        let here: Vec<&entities::Mention> = mentions
            .iter()
            .rev()
            .filter(|m| {
                m.kind == FactKind::Person
                    && m.end <= at
                    && !in_spans(m, quoted)
                    && self.agrees(m, g)
            })
            .collect();
        let Some(last) = here.first() else {
            return self.last_agreeing(g);
        };
        let Some(i) = here.iter().position(|m| opens_sentence(toks, m, mentions)) else {
            // No subject opens a sentence: the last name whose gender is known to agree, before
            // one no list knows ("Ruhle pressed Flynn …, citing … Carter Page …. “…,” she said").
            let known = here.iter().find(|m| self.gender_of(m).is_some());
            return Some(known.unwrap_or(last).text.clone());
        };
        // "Obama consultant Cornell Belcher …", "Brennick's lawyer, Paul Gardo, …": a name that
        // modifies a role before another name is not the subject; the name after the role is.
        let subject = here[..i]
            .iter()
            .rev()
            .find(|n| {
                let m = here[i];
                n.tok_start > m.tok_end
                    && n.tok_start <= m.tok_end + 4
                    && toks[m.tok_end..n.tok_start].iter().all(|t| {
                        matches!(t.text, "'" | "’" | "s" | ",")
                            || (t.text.chars().all(char::is_lowercase)
                                && gazetteer::Gazetteer::get().is_title_or_role(t.text))
                    })
            })
            .unwrap_or(&here[i]);
        Some(subject.text.clone())
    }

    /// The full name, in this paragraph or an earlier one, whose surname is `label`'s last word
    /// ("PENCE" → "Mike Pence").
    pub(super) fn full_name_ending(
        &self,
        label: &str,
        mentions: &[entities::Mention],
    ) -> Option<String> {
        let surname = label.rsplit(' ').next()?;
        let ends = |name: &str| {
            name.contains(' ')
                && name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(surname))
        };
        mentions
            .iter()
            .filter(|m| m.kind == FactKind::Person && !m.weak)
            .map(|m| &m.text)
            .chain(self.named.iter().rev().map(|n| &n.name))
            .find(|name| ends(name))
            .cloned()
    }

    /// Was `name` written, in full, as a person's in an earlier paragraph?
    pub(super) fn named_before(&self, name: &str) -> bool {
        self.named.iter().any(|n| n.name == name)
    }

    /// The last full name of an earlier paragraph that a pronoun of gender `g` agrees with.
    pub(super) fn last_agreeing(&self, g: gazetteer::Gender) -> Option<String> {
        // The subject of a sentence in the last paragraph naming someone who agrees, else the last.
        let mut agreeing = self
            .named
            .iter()
            .rev()
            .filter(|p| p.gender.is_none_or(|pg| pg == g));
        let last = agreeing.next()?;
        let paragraph: Vec<&Named> = std::iter::once(last)
            .chain(agreeing.take_while(|p| p.paragraph == last.paragraph))
            .collect();
        // A subject whose gender is known to agree first, then any subject ("Anticipating
        // blowback, McAuliffe remarked that he had consulted Attorney General Mark Herring"),
        // then any name known to agree, then the last.
        let pick = paragraph
            .iter()
            .find(|p| p.subject && p.gender.is_some())
            .or_else(|| paragraph.iter().find(|p| p.subject))
            .or_else(|| paragraph.iter().find(|p| p.gender.is_some()))
            .copied()
            .unwrap_or(last);
        Some(pick.name.clone())
    }
}

/// A name taken for a person's that ends like a group's ("College Republicans", "Climate
/// Central", "Democracy Alliance"): no "he" or "she" stands for it.
pub(super) fn names_a_group(name: &str) -> bool {
    let g = gazetteer::Gazetteer::get();
    let Some(last) = name.rsplit(' ').next().filter(|_| name.contains(' ')) else {
        return false;
    };
    g.org_words.contains(last)
        || matches!(
            last,
            "Republicans" | "Democrats" | "Conservatives" | "Liberals" | "Central"
        )
        || (last.len() > 4
            && last.ends_with('s')
            && text::with_lower(last, |l| g.demonyms.contains_key(l)))
}
