//! The shipped name lists (`assets/gazetteer/`), loaded once.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use super::text::with_lower;

pub struct Gazetteer {
    /// Lower-cased spelling → canonical name: the hand list, then world cities.
    pub places: HashMap<String, &'static str>,
    /// First and last words (lower-cased) of multi-word places: "korea" of "South Korea".
    pub place_ends: HashSet<String>,
    /// Places listed in capitals ("UK", "UAE", "NSW"): the only ones a two- or three-letter
    /// acronym in the text may spell ("the ACU said" is no town called Açu).
    caps_places: HashSet<String>,
    pub orgs: HashMap<String, &'static str>,
    /// Demonym (lower-cased) → place.
    pub demonyms: HashMap<String, &'static str>,
    /// Titles and roles, lower-cased, single or multi-word.
    pub titles: HashSet<String>,
    /// Lower-case role words before a name ("economist", "striker").
    pub roles: HashSet<&'static str>,
    pub org_words: HashSet<&'static str>,
    pub place_words: HashSet<&'static str>,
    /// Given name → the gender it usually goes with (`None`: either).
    pub given: HashMap<&'static str, Option<Gender>>,
    /// East Asian surnames that open a person's name ("Wang", "Kim", "Nguyen").
    pub surnames_first: HashSet<&'static str>,
}

/// A person's grammatical gender, as far as a pronoun is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    /// "he" → male, "she" → female (any case); `None` for other words.
    pub fn of_pronoun(word: &str) -> Option<Gender> {
        if word.eq_ignore_ascii_case("he") {
            Some(Gender::Male)
        } else if word.eq_ignore_ascii_case("she") {
            Some(Gender::Female)
        } else {
            None
        }
    }

    /// What a title says of the person it precedes ("Mrs.", "Congressman", "Queen"); `None` for
    /// titles that fit anyone ("President", "Senator").
    pub fn of_title(title: &str) -> Option<Gender> {
        const FEMALE: &[&str] = &[
            "mrs",
            "ms",
            "miss",
            "madam",
            "madame",
            "dame",
            "lady",
            "queen",
            "princess",
            "empress",
            "sister",
            "mother",
            "congresswoman",
            "chairwoman",
            "spokeswoman",
            "first lady",
            "duchess",
            "baroness",
            "countess",
        ];
        const MALE: &[&str] = &[
            "mr",
            "sir",
            "lord",
            "king",
            "prince",
            "emperor",
            "pope",
            "father",
            "brother",
            "congressman",
            "chairman",
            "spokesman",
            "duke",
            "baron",
            "count",
            "sheikh",
        ];
        // The last word decides ("former Congresswoman", "Rep. Mr."); a trailing dot is ignored.
        let t = title.trim_end_matches('.').to_lowercase();
        let last = t.rsplit(' ').next().unwrap_or("");
        if FEMALE.contains(&t.as_str()) || FEMALE.contains(&last) {
            Some(Gender::Female)
        } else if MALE.contains(&t.as_str()) || MALE.contains(&last) {
            Some(Gender::Male)
        } else {
            None
        }
    }
}

/// Papers and programmes whose names hold a weekday: "The Sunday Times" is no Sunday, "Fox
/// News Sunday" no broadcaster and a day.
const MEDIA_WITH_WEEKDAYS: &[&str] = &[
    "Fox News Sunday",
    "Mail on Sunday",
    "Sunday Times",
    "Sunday Telegraph",
    "Sunday Mirror",
    "Sunday Express",
    "Sunday Herald",
    "Sunday People",
    "Sunday Post",
    "Sunday Independent",
    "Sunday Tribune",
    "Sunday World",
    "Sunday Star-Times",
    "Sunday Morning Futures",
    "CBS Sunday Morning",
    "Saturday Night Live",
    "Sunday Night Football",
    "Monday Night Football",
    "Thursday Night Football",
];

/// Can such a name open with this word? (A test keeps it in step with the list.)
pub fn opens_media_with_weekday(word: &str) -> bool {
    matches!(
        word,
        "Fox" | "Mail" | "CBS" | "Sunday" | "Saturday" | "Monday" | "Thursday"
    )
}

/// The paper or programme whose name starts at byte `at` of `text` ("Sunday Times said" →
/// "Sunday Times"), ending at a word's end.
pub fn media_with_weekday_at(text: &str, at: usize) -> Option<&'static str> {
    let rest = text.get(at..)?;
    MEDIA_WITH_WEEKDAYS.iter().copied().find(|name| {
        rest.starts_with(name) && !rest[name.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Is the weekday at bytes `at..` of `text` inside such a name ("The Sunday Times", "the Mail
/// on Sunday", "Saturday Night Live")?
pub fn weekday_in_media_name(text: &str, at: usize, weekday: &str) -> bool {
    // (Every such weekday has a capitalised word after it, or "News", "CBS" or "Mail on"
    // before it: most weekdays are ruled out without reading the list.)
    let (Some(before), Some(after)) = (text.get(..at), text.get(at + weekday.len()..)) else {
        return false;
    };
    let capital_after = after
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()));
    if !(capital_after
        || ["News ", "CBS ", "Mail on "]
            .iter()
            .any(|b| before.ends_with(b)))
    {
        return false;
    }
    MEDIA_WITH_WEEKDAYS.iter().any(|name| {
        name.match_indices(weekday).any(|(o, _)| {
            at >= o
                && text.is_char_boundary(at - o)
                && !text[..at - o].ends_with(|c: char| c.is_alphanumeric())
                && media_with_weekday_at(text, at - o) == Some(name)
        })
    })
}

fn lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn aliases(file: &'static str) -> HashMap<String, &'static str> {
    let mut m = HashMap::default();
    for l in lines(file) {
        let mut parts = l.split('|');
        let Some(canon) = parts.next() else { continue };
        // Keys are lower case with a straight apostrophe, as lookups are (`text::with_lower`).
        let key = |n: &str| n.to_lowercase().replace('’', "'");
        m.insert(key(canon), canon);
        for a in parts {
            m.insert(key(a), canon);
        }
    }
    m
}

impl Gazetteer {
    /// The canonical place `name` (any case) spells.
    pub fn place(&self, name: &str) -> Option<&'static str> {
        if self.unlisted_acronym(name) {
            return None;
        }
        with_lower(name, |l| self.places.get(l).copied())
    }

    pub fn is_place(&self, name: &str) -> bool {
        !self.unlisted_acronym(name) && with_lower(name, |l| self.places.contains_key(l))
    }

    /// Two or three capital letters that no place is listed as: an acronym, not a town's name
    /// written in capitals (but "SAN" may open "SAN DIEGO" in a headline).
    fn unlisted_acronym(&self, name: &str) -> bool {
        (2..=3).contains(&name.len())
            && name.bytes().all(|b| b.is_ascii_uppercase())
            && !self.caps_places.contains(name)
            && !with_lower(name, |l| self.place_ends.contains(l))
    }

    /// The canonical organisation `name` (any case) spells.
    pub fn org(&self, name: &str) -> Option<&'static str> {
        with_lower(name, |l| self.orgs.get(l).copied())
    }

    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let mut places = aliases(include_str!("../../../assets/gazetteer/places.txt"));
            for (k, v) in aliases(include_str!("../../../assets/gazetteer/cities.txt")) {
                places.entry(k).or_insert(v);
            }
            // "St. Louis", "St Louis" and "Saint Louis" are one place, however it is listed.
            let saints: Vec<(String, &'static str)> = places
                .iter()
                .filter_map(|(k, &v)| {
                    let rest = ["st. ", "st ", "saint "]
                        .iter()
                        .find_map(|p| k.strip_prefix(p))?;
                    Some(["st. ", "st ", "saint "].map(|p| (format!("{p}{rest}"), v)))
                })
                .flatten()
                .collect();
            for (k, v) in saints {
                places.entry(k).or_insert(v);
            }
            let place_ends = places
                .keys()
                .filter_map(|k| k.split_once(' ').map(|_| k))
                .flat_map(|k| k.split(' ').take(1).chain(k.rsplit(' ').take(1)))
                .map(str::to_string)
                .collect();
            // The hand list's short forms are abbreviations in any case ("VT", "Vt"); the world
            // cities' are names ("Aba", "San") unless written in capitals there.
            let hand = include_str!("../../../assets/gazetteer/places.txt");
            let cities = include_str!("../../../assets/gazetteer/cities.txt");
            let short =
                |n: &&str| (2..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_alphabetic());
            let caps_places = lines(hand)
                .flat_map(|l| l.split('|'))
                .filter(short)
                .map(str::to_ascii_uppercase)
                .chain(
                    lines(cities)
                        .flat_map(|l| l.split('|'))
                        .filter(|n| n.bytes().all(|b| b.is_ascii_uppercase()))
                        .map(str::to_string),
                )
                .collect();
            Gazetteer {
                places,
                place_ends,
                caps_places,
                orgs: aliases(include_str!("../../../assets/gazetteer/organizations.txt")),
                demonyms: lines(include_str!("../../../assets/gazetteer/demonyms.txt"))
                    .filter_map(|l| l.split_once('|'))
                    .map(|(d, p)| (d.to_lowercase(), p))
                    .collect(),
                // "Sen." is also "Sen": the tokenizer splits an abbreviation's dot off.
                titles: lines(include_str!("../../../assets/gazetteer/titles.txt"))
                    .map(str::to_lowercase)
                    .flat_map(|t| {
                        let bare = t.strip_suffix('.').map(str::to_string);
                        std::iter::once(t).chain(bare)
                    })
                    .collect(),
                roles: lines(include_str!("../../../assets/gazetteer/roles.txt")).collect(),
                org_words: lines(include_str!("../../../assets/gazetteer/org-words.txt")).collect(),
                place_words: lines(include_str!("../../../assets/gazetteer/place-words.txt"))
                    .collect(),
                surnames_first: lines(include_str!("../../../assets/gazetteer/surnames-first.txt"))
                    .collect(),
                given: lines(include_str!("../../../assets/gazetteer/given-names.txt"))
                    .chain(lines(include_str!(
                        "../../../assets/gazetteer/given-names-census.txt"
                    )))
                    .chain(lines(include_str!(
                        "../../../assets/gazetteer/given-names-more.txt"
                    )))
                    .filter_map(|l| match l.split_once('|')? {
                        (name, "f") => Some((name, Some(Gender::Female))),
                        (name, "m") => Some((name, Some(Gender::Male))),
                        (name, "u") => Some((name, None)),
                        _ => None,
                    })
                    .collect(),
            }
        })
    }

    pub fn is_title(&self, words: &str) -> bool {
        with_lower(words, |l| {
            self.titles.contains(l)
                // ("Vice-President", "Vice-Chairman": a title written with a hyphen.)
                || (l.contains('-') && self.titles.contains(&l.replace('-', " ")))
        })
    }

    /// A title, or a role written in lower case ("economist"): a word before a person's name.
    pub fn is_title_or_role(&self, word: &str) -> bool {
        self.roles.contains(word) || self.is_title(word)
    }

    /// The gender a person's name and title point to: the title first ("Mrs. Clinton"), then the
    /// given name ("Hillary Clinton"); `None` when neither tells.
    pub fn gender(&self, name: &str, title: Option<&str>) -> Option<Gender> {
        title.and_then(Gender::of_title).or_else(|| {
            let first = name.split([' ', '.']).next()?;
            self.given.get(first).copied().flatten()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_paper_named_for_a_weekday_is_found_where_it_opens_and_from_its_weekday() {
        const DAYS: [&str; 7] = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        for name in MEDIA_WITH_WEEKDAYS {
            let text = format!("He told {name} so.");
            let at = "He told ".len();
            assert!(
                opens_media_with_weekday(name.split(' ').next().unwrap()),
                "{name}"
            );
            assert_eq!(media_with_weekday_at(&text, at), Some(*name));
            let (o, day) = DAYS
                .iter()
                .find_map(|d| name.find(d).map(|o| (o, *d)))
                .expect("a weekday");
            assert!(weekday_in_media_name(&text, at + o, day), "{name}");
        }
        assert!(!weekday_in_media_name("He left on Sunday.", 11, "Sunday"));
        assert!(!weekday_in_media_name(
            "On Sunday Trump spoke.",
            3,
            "Sunday"
        ));
    }

    #[test]
    fn a_unisex_given_name_is_a_name_with_no_gender() {
        let g = Gazetteer::get();
        assert!(g.given.contains_key("Billie"));
        assert_eq!(g.gender("Billie Jean King", None), None);
        assert_eq!(g.gender("Pawel Kowalski", None), Some(Gender::Male));
        assert_eq!(g.gender("Hillary Clinton", None), Some(Gender::Female));
        assert_eq!(g.gender("Ольга Бондаренко", None), Some(Gender::Female));
        assert_eq!(g.gender("Γιώργος Παπανδρέου", None), Some(Gender::Male));
    }

    #[test]
    fn a_short_acronym_spells_a_place_only_when_the_place_is_listed_in_capitals() {
        let g = Gazetteer::get();
        assert_eq!(g.place("Acu"), Some("Açu"));
        assert_eq!(g.place("ACU"), None);
        assert!(!g.is_place("ACU") && g.is_place("Acu"));
        assert_eq!(g.place("UAE"), Some("United Arab Emirates"));
        assert_eq!(g.place("UK"), Some("United Kingdom"));
        assert_eq!(g.place("NSW"), Some("New South Wales"));
        assert_eq!(g.place("VT"), Some("Vermont"));
        // Longer words in capitals are headlines and datelines.
        assert_eq!(g.place("ROME"), Some("Rome"));
    }

    #[test]
    fn gender_from_title_then_given_name() {
        let g = Gazetteer::get();
        assert_eq!(g.gender("Hillary Clinton", None), Some(Gender::Female));
        assert_eq!(g.gender("Bernie Sanders", None), Some(Gender::Male));
        assert_eq!(g.gender("Clinton", Some("Mrs.")), Some(Gender::Female));
        assert_eq!(
            g.gender("Whitman", Some("former Congresswoman")),
            Some(Gender::Female)
        );
        assert_eq!(g.gender("Lee Jae-myung", Some("President")), None);
        // Unisex and surname-first names tell nothing.
        assert_eq!(g.gender("Jordan Peterson", None), None);
        assert_eq!(g.gender("Kim Jong Un", None), None);
        assert_eq!(Gender::of_pronoun("She"), Some(Gender::Female));
        assert_eq!(Gender::of_pronoun("they"), None);
    }

    #[test]
    fn newspapers_abroad_are_organisations_under_one_name() {
        let g = Gazetteer::get();
        assert_eq!(g.org("Sueddeutsche Zeitung"), Some("Süddeutsche Zeitung"));
        assert_eq!(g.org("The Times of India"), Some("Times of India"));
        assert!(g.org("Gazeta Wyborcza").is_some());
    }

    #[test]
    fn regions_without_their_country_are_places() {
        let g = Gazetteer::get();
        for name in [
            "Darfur",
            "Saxony-Anhalt",
            "West Bengal",
            "Baluchistan",
            "Balochistan",
        ] {
            assert!(g.is_place(name), "{name}");
        }
        // A county that names a cricket club is left to the story's words.
        assert!(!g.is_place("Yorkshire"));
    }

    #[test]
    fn saints_are_spelled_three_ways() {
        let g = Gazetteer::get();
        for name in [
            "St. Louis",
            "St Louis",
            "Saint Louis",
            "St Petersburg",
            "St. Petersburg",
        ] {
            assert!(g.is_place(name), "{name}");
        }
    }

    #[test]
    fn given_names_are_listed_once() {
        // Across the three lists: each leaves out what the others have.
        let names: Vec<&str> = lines(include_str!("../../../assets/gazetteer/given-names.txt"))
            .chain(lines(include_str!(
                "../../../assets/gazetteer/given-names-census.txt"
            )))
            .chain(lines(include_str!(
                "../../../assets/gazetteer/given-names-more.txt"
            )))
            .filter_map(|l| l.split_once('|'))
            .map(|p| p.0)
            .collect();
        let mut seen: HashSet<&str> = HashSet::default();
        for n in &names {
            assert!(seen.insert(n), "{n} is listed twice");
        }
        assert!(names.len() > 2500);
        // Names from beyond the English-speaking world are people too.
        let g = Gazetteer::get();
        for n in [
            "Jesper", "Zoltan", "Andriy", "Larisa", "Giuseppe", "João", "Kwame", "Shinzo",
        ] {
            assert!(g.given.contains_key(n), "{n}");
        }
    }

    #[test]
    fn demonyms_are_listed_once_with_their_peoples() {
        let text = include_str!("../../../assets/gazetteer/demonyms.txt");
        let words: Vec<String> = lines(text)
            .filter_map(|l| l.split_once('|'))
            .map(|p| p.0.to_lowercase())
            .collect();
        let unique: HashSet<&str> = words.iter().map(String::as_str).collect();
        assert_eq!(unique.len(), words.len(), "a demonym is listed twice");
        for w in ["iraqi", "iraqis", "south korean", "kurdish", "muslim"] {
            assert!(unique.contains(w), "{w} is missing");
        }
    }
}
