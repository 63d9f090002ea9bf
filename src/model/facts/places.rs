//! A town no list knows, shown to be a place once in a story ("the crisis in Flint"), is the
//! same place where nothing else says so ("went to Flint", "the people of Flint"): those bare
//! mentions would otherwise wait, weak, for a full person's name they abbreviate, and go.

use rustc_hash::FxHashSet;

use super::FactKind;
use super::entities::{Mention, Paragraph};

/// Words before a one-word name that make it a place beyond doubt. ("at" is not one: "worked
/// at Carrier" names an employer.)
/// ("from" is not one either: "from Bernie", "from Trump supporters".)
const PLACE_PREPOSITIONS: &[&str] = &["in", "near", "outside", "across", "throughout"];

/// Words that may follow a place's name where it ends its phrase ("in Flint last week", "in
/// Flint, where"); a noun there makes the name its modifier ("in Carrier furnaces", "in Fox
/// forum").
fn ends_phrase(next: Option<&super::text::Token<'_>>, sentence: usize) -> bool {
    next.is_none_or(|t| {
        t.sentence != sentence
            || !t.is_word()
            || matches!(
                t.text,
                "and"
                    | "or"
                    | "but"
                    | "last"
                    | "this"
                    | "next"
                    | "on"
                    | "to"
                    | "for"
                    | "with"
                    | "where"
                    | "when"
                    | "after"
                    | "before"
                    | "since"
                    | "as"
                    | "at"
                    | "by"
                    | "is"
                    | "was"
                    | "were"
                    | "are"
                    | "has"
                    | "had"
                    | "have"
                    | "will"
                    | "would"
                    | "that"
                    | "which"
                    | "who"
            )
    })
}

/// Common nouns for a settlement or a division of a country, which "of" and a name follow: "the
/// town of Tavildara", "the village of Mahala", "the outskirts of Arbil".
const PLACE_NOUNS: &[&str] = &[
    "town",
    "village",
    "city",
    "province",
    "region",
    "district",
    "county",
    "capital",
    "port",
    "island",
    "township",
    "municipality",
    "suburb",
    "hamlet",
    "settlement",
    "enclave",
    "oblast",
    "prefecture",
    "neighborhood",
    "neighbourhood",
    "outskirts",
];

/// Is the name at token `k` written after a place noun and "of", in its sentence?
fn named_as_a_place(tokens: &[super::text::Token<'_>], k: usize) -> bool {
    k >= 2
        && tokens[k - 1].text == "of"
        && tokens[k - 2].sentence == tokens[k].sentence
        && PLACE_NOUNS.contains(&tokens[k - 2].text)
}

/// Retypes as places the weak one-word "people" whose word the story shows, elsewhere, to be a
/// place: after a place preposition, not before a possessive ("in Christie's blank stare" is
/// about someone) and not a surname of someone it names in full (`surnames`).
pub fn retype(paragraphs: &mut [Paragraph<'_, '_>], surnames: &FxHashSet<String>) {
    let mut places: FxHashSet<String> = FxHashSet::default();
    // "the town of Tavildara", "the Kurdish city of Arbil": a place, whatever else it could be.
    for Paragraph {
        text,
        tokens,
        mentions,
    } in paragraphs.iter_mut()
    {
        for m in mentions.iter_mut() {
            if m.kind == FactKind::Person
                && m.title.is_none()
                && m.tok_end - m.tok_start <= 3
                && named_as_a_place(tokens, m.tok_start)
                && !text[tokens[m.tok_end - 1].bend..].starts_with(['\'', '’'])
            {
                m.kind = FactKind::Place;
                m.weak = false;
                if m.tok_end == m.tok_start + 1 {
                    places.insert(m.text.clone());
                }
            }
        }
    }
    for Paragraph {
        text,
        tokens,
        mentions,
    } in paragraphs.iter()
    {
        for m in mentions.iter() {
            let single = m.tok_end == m.tok_start + 1;
            if m.kind != FactKind::Place || !single || m.weak || surnames.contains(&m.text) {
                continue;
            }
            let sentence = tokens[m.tok_start].sentence;
            let after_preposition = m.tok_start.checked_sub(1).is_some_and(|p| {
                tokens[p].sentence == sentence && PLACE_PREPOSITIONS.contains(&tokens[p].text)
            });
            let possessive = text[tokens[m.tok_start].bend..].starts_with(['\'', '’']);
            if !after_preposition || possessive || !ends_phrase(tokens.get(m.tok_end), sentence) {
                continue;
            }
            // (Not a headline's words: "Why Sexual Harassment Persists in Politics". Tokens are
            // in sentence order: the sentence's are found by binary search.)
            let lo = tokens.partition_point(|t| t.sentence < sentence);
            let hi = tokens.partition_point(|t| t.sentence <= sentence);
            let headline = tokens[lo..hi]
                .iter()
                .filter(|t| t.is_word())
                .all(|t| !t.text.starts_with(char::is_lowercase) || t.text.len() <= 3);
            if !headline {
                places.insert(m.text.clone());
            }
        }
    }
    if places.is_empty() {
        return;
    }
    for Paragraph {
        text,
        tokens,
        mentions,
    } in paragraphs.iter_mut()
    {
        for m in mentions.iter_mut() {
            if m.kind == FactKind::Person
                && m.weak
                && m.title.is_none()
                && m.tok_end == m.tok_start + 1
                && places.contains(&m.text)
            {
                m.kind = FactKind::Place;
                m.weak = false;
            }
        }
        // Where no rule took the word for a name at all ("Tavildara is now empty": a sentence's
        // first word), it is the place too — alone, not a part of a longer name.
        let mut added = false;
        for (k, t) in tokens.iter().enumerate() {
            let alone = |j: Option<usize>| {
                j.and_then(|j| tokens.get(j))
                    .is_none_or(|n| n.sentence != t.sentence || !n.is_capitalised())
            };
            // (Not a league's "Pac-10", nor a party to a case: "Plessy v. Ferguson".)
            let versus = |j: usize| matches!(tokens[j].text, "v" | "v." | "vs" | "vs.");
            let case = match k.checked_sub(1) {
                Some(p) if tokens[p].text == "." => p >= 1 && versus(p - 1),
                Some(p) => versus(p),
                None => false,
            };
            if t.is_capitalised()
                && t.text.chars().all(char::is_alphabetic)
                && !case
                && places.contains(t.text)
                && alone(k.checked_sub(1).filter(|_| !t.sentence_start))
                && alone(Some(k + 1))
                && !mentions.iter().any(|m| m.tok_start <= k && k < m.tok_end)
            {
                mentions.push(Mention::of(tokens, text, k, k + 1, FactKind::Place, None));
                added = true;
            }
        }
        if added {
            mentions.sort_by_key(|m| m.tok_start);
        }
    }
}

/// Words before a name that put the place, not a person, there: "in Jordan", "flew to
/// Washington", "the people of Jordan".
const LOCATIVE: &[&str] = &[
    "in",
    "near",
    "outside",
    "across",
    "throughout",
    "to",
    "from",
    "into",
    "at",
    "of",
];

/// A person the story names in full after a place ("director Neil Jordan", "finalist MaliVai
/// Washington") is that person where the surname stands alone and the story never uses the word
/// as a place ("Jordan said", "said Washington"): the gazetteer's country or city gives way.
/// The story must show it once beyond doubt (a speech verb beside the bare name, or "Jordan,
/// who …"), and a single "in Washington" anywhere keeps every bare mention a place: a story that
/// names George Washington is most often about the city too.
pub fn people_named_like_places(paragraphs: &mut [Paragraph<'_, '_>]) {
    let mut full: FxHashSet<String> = FxHashSet::default();
    for p in paragraphs.iter() {
        for m in p.mentions.iter() {
            if m.kind == FactKind::Person
                && !m.weak
                && let Some((_, last)) = m.text.rsplit_once(' ')
                && !full.contains(last)
            {
                full.insert(last.to_string());
            }
        }
    }
    if full.is_empty() {
        return;
    }
    let bare = |m: &Mention| {
        m.kind == FactKind::Place && m.tok_end == m.tok_start + 1 && full.contains(&m.text)
    };
    let mut shown: FxHashSet<String> = FxHashSet::default();
    let mut placed: FxHashSet<String> = FxHashSet::default();
    for Paragraph {
        text,
        tokens,
        mentions,
    } in paragraphs.iter()
    {
        for m in mentions.iter().filter(|m| bare(m)) {
            let k = m.tok_start;
            let sentence = tokens[k].sentence;
            let same = |j: usize| tokens.get(j).is_some_and(|t| t.sentence == sentence);
            // ("the lead role in Jordan's film" is about someone.)
            let possessive = text[tokens[k].bend..].starts_with(['\'', '’']);
            let locative =
                k > 0 && same(k - 1) && LOCATIVE.contains(&tokens[k - 1].text) && !possessive;
            if locative {
                placed.insert(m.text.clone());
                continue;
            }
            let speaks = (same(k + 1) && super::quotes::speech_at(tokens, k + 1))
                || (k > 0 && same(k - 1) && super::quotes::speech_at(tokens, k - 1));
            let who = same(k + 2)
                && tokens[k + 1].text == ","
                && matches!(tokens[k + 2].text, "who" | "whose");
            // "Paris had 23 points", "Jordan scored 30": a player's line in a sports story.
            let plays = same(k + 2)
                && (matches!(
                    tokens[k + 1].text,
                    "scored" | "added" | "grabbed" | "pitched" | "netted" | "rushed"
                ) || (tokens[k + 1].text == "had"
                    && tokens[k + 2].text.starts_with(|c: char| c.is_ascii_digit())));
            if speaks || who || plays {
                shown.insert(m.text.clone());
            }
        }
    }
    shown.retain(|w| !placed.contains(w));
    if shown.is_empty() {
        return;
    }
    for p in paragraphs.iter_mut() {
        for m in p.mentions.iter_mut() {
            if m.kind == FactKind::Place && m.tok_end == m.tok_start + 1 && shown.contains(&m.text)
            {
                m.kind = FactKind::Person;
                m.canonical = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Fact;
    use crate::model::{Article, Corpus};

    fn kinds(text: &str) -> Vec<(String, super::FactKind)> {
        let c = Corpus::from_articles(vec![Article::from_text("a.txt", text.into())], vec![]);
        c.articles[0]
            .facts
            .iter()
            .filter(|f: &&Fact| f.kind.is_entity())
            .map(|f| (f.text.to_string(), f.kind))
            .collect()
    }

    #[test]
    fn a_town_shown_once_to_be_a_place_is_that_place_again() {
        use super::FactKind::Place;
        let k = kinds(
            "Water\n\nIt is a crisis in Flint. Aides went to Flint last week to help the \
             people of Flint.",
        );
        assert_eq!(
            k,
            [
                ("Flint".into(), Place),
                ("Flint".into(), Place),
                ("Flint".into(), Place)
            ]
        );
    }

    #[test]
    fn a_name_after_town_of_or_city_of_is_a_place_there_and_elsewhere() {
        use super::FactKind::Place;
        let k = kinds(
            "Fighting\n\nTroops took control of the strategically vital town of Tavildara after \
             driving out rebels. Tavildara is now empty. Shelling hit the Kurdish city of Khan \
             Younis. The city of Smith's dreams is gone. Both played in Pac-10, and the Pac-10 \
             season ended. Tavildara v. Smith and Smith v. Tavildara were heard.",
        );
        assert_eq!(
            k,
            [
                ("Tavildara".into(), Place),
                ("Tavildara".into(), Place),
                ("Khan Younis".into(), Place),
                // ("in Pac-10" names no place: a code with a digit is a league, a
                // visa, a jet; and it spreads nowhere else either.)
                ("Tavildara".into(), Place)
            ]
        );
    }

    #[test]
    fn an_employer_or_someone_after_in_is_no_such_place() {
        // "at" names an employer; "in Christie's stare" is about someone.
        let k = kinds(
            "Jobs\n\nShe has worked at Carrier for years, and Carrier is moving. It showed in \
             Christie's stare, and Christie left.",
        );
        // (Each is read where it stands, "at Carrier" and "in Christie's" included; what it
        // is elsewhere does not follow from there.)
        let places = |name: &str| {
            k.iter()
                .filter(|(t, kind)| t == name && *kind == super::FactKind::Place)
                .count()
        };
        assert!(places("Carrier") <= 1, "{k:?}");
        assert!(places("Christie") <= 1, "{k:?}");
    }

    #[test]
    fn a_person_named_like_a_place_is_that_person_where_the_story_shows_it() {
        use super::FactKind::{Person, Place};
        let k = kinds(
            "Film\n\nDirector Neil Jordan says he never lost sleep. \"It was hard,\" Jordan \
             said. Liam Neeson plays the lead in Jordan's film.",
        );
        assert_eq!(
            k,
            [
                ("Neil Jordan".into(), Person),
                ("Jordan".into(), Person),
                ("Liam Neeson".into(), Person),
                ("Jordan".into(), Person)
            ],
            "{k:?}"
        );
        // One "in Washington" keeps the city a city, "said Washington" or not.
        let k = kinds(
            "Capital\n\nGeorge Washington built it. Lawmakers in Washington voted, said \
             Washington.",
        );
        let places = k
            .iter()
            .filter(|(t, kind)| t == "Washington" && *kind == Place);
        assert_eq!(places.count(), 2, "{k:?}");
        // A player's line shows it too.
        let k = kinds("Sooners\n\nCourtney Paris scored early. Paris had 23 points for Oklahoma.");
        assert!(k.contains(&("Paris".into(), Person)), "{k:?}");
    }
}
