//! The shipped name lists (`assets/gazetteer/`), loaded once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub struct Gazetteer {
    /// Lower-cased spelling → canonical name: the hand list, then world cities.
    pub places: HashMap<String, &'static str>,
    /// First and last words (lower-cased) of multi-word places: "korea" of "South Korea".
    pub place_ends: HashSet<String>,
    pub orgs: HashMap<String, &'static str>,
    /// Demonym (lower-cased) → place.
    pub demonyms: HashMap<String, &'static str>,
    /// Titles and roles, lower-cased, single or multi-word.
    pub titles: HashSet<String>,
    pub org_words: HashSet<&'static str>,
    pub place_words: HashSet<&'static str>,
}

fn lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn aliases(file: &'static str) -> HashMap<String, &'static str> {
    let mut m = HashMap::new();
    for l in lines(file) {
        let mut parts = l.split('|');
        let Some(canon) = parts.next() else { continue };
        m.insert(canon.to_lowercase(), canon);
        for a in parts {
            m.insert(a.to_lowercase(), canon);
        }
    }
    m
}

impl Gazetteer {
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let mut places = aliases(include_str!("../../../assets/gazetteer/places.txt"));
            for (k, v) in aliases(include_str!("../../../assets/gazetteer/cities.txt")) {
                places.entry(k).or_insert(v);
            }
            let place_ends = places
                .keys()
                .filter_map(|k| k.split_once(' ').map(|_| k))
                .flat_map(|k| k.split(' ').take(1).chain(k.rsplit(' ').take(1)))
                .map(str::to_string)
                .collect();
            Gazetteer {
                places,
                place_ends,
                orgs: aliases(include_str!("../../../assets/gazetteer/organizations.txt")),
                demonyms: lines(include_str!("../../../assets/gazetteer/demonyms.txt"))
                    .filter_map(|l| l.split_once('|'))
                    .map(|(d, p)| (d.to_lowercase(), p))
                    .collect(),
                titles: lines(include_str!("../../../assets/gazetteer/titles.txt"))
                    .map(str::to_lowercase)
                    .collect(),
                org_words: lines(include_str!("../../../assets/gazetteer/org-words.txt")).collect(),
                place_words: lines(include_str!("../../../assets/gazetteer/place-words.txt"))
                    .collect(),
            }
        })
    }

    pub fn is_title(&self, words: &str) -> bool {
        self.titles.contains(&words.to_lowercase())
    }
}
