//! Linking: one entity however it is spelled, and related facts across articles.
//!
//! * Names are keyed by their letters only (case, hyphens, spaces and dots removed), so
//!   "Lee Jaemyung", "Lee Jae-myung" and "Lee Jae Myung" share a key.
//! * A one-word mention ("Lee", "President Lee", "Xi's") joins the full name in the same article
//!   whose first or last word it is — only when exactly one full name fits, or when one of the
//!   full names its surname fits is written at least twice as often as the others; otherwise,
//!   the one full name in the corpus that fits, if it is unique. Two people who share a surname
//!   stay two.
//! * An acronym joins the organisation whose initials it spells ("APEC").
//! * Facts relate across articles through indexes — entity, normalised value, quote shingles —
//!   never by comparing all pairs.

use std::borrow::Cow;
use std::collections::BTreeMap;

// Fx hashing: these maps are keyed by our own strings and ids, not by untrusted input that could
// aim for collisions at scale; SipHash cost 7% of the pipeline.
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::claims;
use super::{Entity, EntityId, Fact, FactId, FactKind, Hint};

/// Letters and digits only, lower-cased: the spelling-insensitive key of a name.
pub fn name_key(name: &str) -> String {
    let n = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .unwrap_or(name);
    n.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Is `key` (a lower-cased word) a given name or a surname that opens East Asian names?
fn opens_names(g: &super::gazetteer::Gazetteer, key: &str) -> bool {
    let mut chars = key.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    let word: String = c.to_uppercase().chain(chars).collect();
    g.given.contains_key(word.as_str()) || g.surnames_first.contains(word.as_str())
}

/// Generation suffixes, keyed: no surname.
const GENERATIONS: [&str; 5] = ["jr", "sr", "ii", "iii", "iv"];

/// A full name's key without its generation's suffix ("josephrbidenjr" → "josephrbiden").
fn without_generation(key: &str) -> &str {
    GENERATIONS
        .iter()
        .find_map(|g| key.strip_suffix(g).filter(|rest| rest.len() > 2))
        .unwrap_or(key)
}

/// A name's words, keyed; a generation's suffix is no surname ("Joseph R. Biden Jr." ends in
/// "biden").
fn words(name: &str) -> Vec<String> {
    let mut ws: Vec<String> = name
        .split([' ', '-'])
        .filter(|w| !w.is_empty())
        .map(name_key)
        .filter(|w| !w.is_empty())
        .collect();
    if ws.len() > 2 && ws.last().is_some_and(|w| GENERATIONS.contains(&w.as_str())) {
        ws.pop();
    }
    ws
}

/// How many words `words` would return, without building them.
fn word_count(name: &str) -> usize {
    name.split([' ', '-'])
        .filter(|w| {
            let n = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            n.chars().any(char::is_alphanumeric)
        })
        .count()
}

/// The surname of a name written as particles and a surname ("Von der Leyen", "De Gaulle",
/// "van der Westhuizen"), keyed; `None` for any other name ("Van Morrison": a given name).
fn surname_after_particles(name: &str) -> Option<String> {
    // (Most names hold no particle: no word list is built for them.)
    let (head, last) = name.rsplit_once(' ')?;
    let before: Vec<&str> = head.split(' ').filter(|w| !w.is_empty()).collect();
    let g = super::gazetteer::Gazetteer::get();
    let particle = |w: &&str| {
        super::text::ascii_lower(w, &mut [0u8; 5]).is_some_and(super::entities::surname_particle)
    };
    (!before.is_empty()
        && before.iter().all(particle)
        && !g.given.contains_key(before[0])
        && last.chars().next().is_some_and(char::is_uppercase))
    .then(|| name_key(last))
}

fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

fn family(kind: FactKind) -> u8 {
    match kind {
        FactKind::Person => 0,
        FactKind::Organization => 1,
        FactKind::Place => 2,
        _ => 3,
    }
}

/// Links the facts of every article (given with their article ids) and returns the entities.
/// At most this many related facts per fact (the reader jumps through them one by one).
const MAX_RELATED: usize = 50;
/// Entity mentions list at most this many mentions in other articles (the first in each): the
/// entity itself (`articles`, and `e` in the reader) is the full list.
const MAX_ENTITY_RELATED: usize = 10;
/// Quote words shared by more quotes than this are not used to compare quotes.
const MAX_POSTING: usize = 64;

/// `hints[i]` are the hints of article `i`'s facts; `years[i]` is the year of its date, when known
/// (durations resolve against it).
/// Takes the extraction hints and frees them (on another thread) as soon as they have served:
/// a corpus's related lists are built in the memory they held.
pub fn link(
    articles: &mut [(String, Vec<Fact>)],
    hints: Vec<Vec<Hint>>,
    years: &[Option<i32>],
) -> Vec<Entity> {
    // 1. Resolve each entity mention to a key, within its article first.
    //    key = (family, name key); full names anchor one-word mentions.
    //    Per article in parallel; the corpus-wide word → full-name map is merged after.
    let per_article: Vec<ArticleKeys> = articles
        .par_iter()
        .zip(&hints)
        .map(|((_, facts), hs)| article_keys(facts, hs))
        .collect();
    let mut keys: Vec<Vec<Option<(u8, String)>>> = Vec::with_capacity(articles.len());
    let mut corpus_full: HashMap<String, HashSet<String>> = HashMap::default(); // word → full person keys
    let g = super::gazetteer::Gazetteer::get();
    // Full person key → how many articles write it, and whether it opens with a given name.
    let mut full_articles: HashMap<String, (usize, bool)> = HashMap::default();
    for (ks, anchors) in per_article {
        let mut own: HashSet<&String> = HashSet::default();
        for (k, ws) in &anchors {
            if own.insert(k) {
                match full_articles.get_mut(k) {
                    Some((n, _)) => *n += 1,
                    None => {
                        let given = ws.len() >= 2 && opens_names(g, &ws[0]);
                        full_articles.insert(k.clone(), (1, given));
                    }
                }
            }
        }
        for (k, ws) in anchors {
            for w in ws.iter().take(1).chain(ws.iter().last()) {
                // Most names recur: look them up before copying them.
                match corpus_full.get_mut(w) {
                    Some(fulls) if fulls.contains(&k) => {}
                    Some(fulls) => {
                        fulls.insert(k.clone());
                    }
                    None => {
                        corpus_full.insert(w.clone(), HashSet::from_iter([k.clone()]));
                    }
                }
            }
        }
        keys.push(ks);
    }
    // 2. Corpus-wide: one-word person keys that fit exactly one full name anywhere.
    let full_keys: HashSet<&String> = corpus_full.values().flatten().collect();
    let full_keys: HashSet<String> = full_keys.into_iter().cloned().collect();
    for ks in keys.iter_mut() {
        for slot in ks.iter_mut() {
            let Some(k) = slot else { continue };
            if let Some(bare) = k.1.strip_prefix('!') {
                let bare = bare.to_string();
                let person = place_as_surname(&bare, &corpus_full, &full_articles);
                match person {
                    Some(p) => *k = (0, p),
                    None => k.1 = bare,
                }
                continue;
            }
            let weak = k.1.starts_with('?');
            let bare = k.1.trim_start_matches('?').to_string();
            // Across articles a one-word name stands for a full name's surname, or for its first
            // word when that opens people's names ("Hillary", "Xi"): not for any first word
            // ("Woman" is not "Woman Steps Forward", a headline read as a name).
            // (A name opening with a word that opens no one's name is no candidate: "Clinton
            // Campaign", a headline read as a name, does not make "Clinton" ambiguous.)
            let opens = opens_names(g, &bare);
            let fits: Option<Vec<&String>> = (k.0 == 0
                && !bare.is_empty()
                && !full_keys.contains(&bare))
            .then(|| corpus_full.get(&bare))
            .flatten()
            .map(|s| {
                s.iter()
                    .filter(|full| !full.starts_with(&bare) || full.ends_with(&bare) || opens)
                    .collect()
            });
            // (With such names left out, only a name that opens with a given name is one the
            // word can stand for: "Right" is not "Alt Right" beside "Right Now".)
            let left_out = fits.as_ref().is_some_and(|f| {
                corpus_full
                    .get(&bare)
                    .is_some_and(|all| all.len() > f.len())
            });
            let given = |f: &String| full_articles.get(f).is_some_and(|&(_, g)| g);
            let fits = fits
                .map(|s| {
                    if left_out {
                        s.into_iter().filter(|f| given(f)).collect()
                    } else {
                        s
                    }
                })
                .filter(|s| !s.is_empty());
            let count = |f: &String| full_articles.get(f).map_or(0, |&(n, _)| n);
            let is_surname = |f: &String| without_generation(f).ends_with(&bare);
            // One full name, or one written in far more articles than any other with that
            // word ("Trump" in a story that never writes the first name: Donald Trump, not
            // Ivanka or Melania Trump).
            let full = fits.as_ref().and_then(|s| {
                // (A given name alone is someone's across stories only when the corpus writes
                // that full name more than once: one "Melanie Verveer" does not make every "Melanie"
                // hers.)
                if s.len() == 1 && !left_out && (is_surname(s[0]) || count(s[0]) >= 2) {
                    return Some(s[0]);
                }
                // (Surnames only: "David" or "Joe" alone is no one's across stories; a name it
                // opens competes with the surnames.)
                let mut by_count: Vec<(&String, usize)> = s
                    .iter()
                    .filter(|f| is_surname(f))
                    .map(|f| (*f, count(f)))
                    .collect();
                by_count.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
                if by_count.is_empty() && opens {
                    // A given name alone stands for one person only when the corpus writes
                    // that person's full name far more than any other it opens: "Hillary" in
                    // a year of campaign stories; not "David".
                    let mut firsts: Vec<(&String, usize)> =
                        s.iter().map(|f| (*f, count(f))).collect();
                    firsts.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
                    let (top, n) = firsts[0];
                    let second = firsts.get(1).map_or(0, |x| x.1);
                    return (n >= 5 && n >= 5 * second).then_some(top);
                }
                let &(top, n) = by_count.first()?;
                // (Names left out above compete too: "Fox" is no more "Vicente Fox" than it is
                // "Fox Business".)
                let second = corpus_full
                    .get(&bare)
                    .into_iter()
                    .flatten()
                    .filter(|f| *f != top)
                    .map(count)
                    .max()
                    .unwrap_or(0);
                (n >= 3 && n >= 3 * second).then_some(top)
            });
            if let Some(full) = full {
                k.1 = full.clone();
                continue;
            }
            // The surname of two people or more ("Clinton": Bill, Hillary) is someone's, but
            // not which one's: a person of its own. (Two of them opening with a given name:
            // "Human Rights" and "Civil Rights" make no surname.)
            let surname_of_many = fits.as_ref().is_some_and(|s| {
                s.iter().filter(|f| given(f)).count() >= 2 && s.iter().all(|f| is_surname(f))
            });
            // (A given name that opens one full name written once in the corpus is a person,
            // just not surely that one: "Saddam", "Melanie".)
            let given_alone = opens && fits.as_ref().is_some_and(|s| s.len() == 1);
            if surname_of_many || given_alone {
                k.1 = bare;
            } else if weak {
                *slot = None; // no full name to abbreviate: not an entity
            }
        }
    }
    // 3. Acronyms join the organisation whose initials they spell.
    // (Gathered per stretch of articles in parallel, then merged: a set per initials.)
    let org_by_initials: HashMap<String, HashSet<String>> = articles
        .par_iter()
        .zip(&keys)
        .zip(&hints)
        .fold(
            HashMap::<String, HashSet<String>>::default,
            |mut acc, (((_, facts), ks), hs)| {
                for ((f, k), h) in facts.iter().zip(ks).zip(hs) {
                    if let Some((1, key)) = k
                        && word_count(&f.text) >= 2
                    {
                        let init = initials(h.canonical().unwrap_or(&f.text));
                        if init.chars().count() >= 2 {
                            acc.entry(init.to_lowercase())
                                .or_default()
                                .insert(key.clone());
                        }
                    }
                }
                acc
            },
        )
        .reduce(HashMap::default, |a, b| {
            claims::merge_maps(a, b, HashSet::extend)
        });
    for ks in keys.iter_mut() {
        for k in ks.iter_mut().flatten() {
            let full = (k.0 == 1)
                .then(|| org_by_initials.get(&k.1).filter(|s| s.len() == 1))
                .flatten();
            if let Some(full) = full {
                k.1 = full.iter().next().cloned().unwrap_or_default();
            }
        }
    }
    // 4. Build entities: each article's mentions are tallied per key on their own, names
    //    borrowed; the tallies are merged in parallel, stretch by stretch, and the stretches
    //    joined in article order (a merge keeps the earlier stretch's articles and names first).
    struct Acc<'a> {
        kind_votes: [usize; 8],
        names: BTreeMap<Cow<'a, str>, usize>,
        articles: Vec<&'a str>,
        mentions: usize,
        canonical: Option<&'a str>,
    }
    impl<'a> Acc<'a> {
        fn absorb(&mut self, other: Acc<'a>) {
            for (total, n) in self.kind_votes.iter_mut().zip(other.kind_votes) {
                *total += n;
            }
            for (name, n) in other.names {
                *self.names.entry(name).or_default() += n;
            }
            self.articles.extend(other.articles);
            self.mentions += other.mentions;
            self.canonical = self.canonical.or(other.canonical);
        }
    }
    type Accs<'k, 'a> = HashMap<&'k Key, Acc<'a>>;
    fn add<'k, 'a>(accs: &mut Accs<'k, 'a>, k: &'k Key, acc: Acc<'a>) {
        match accs.get_mut(k) {
            Some(mine) => mine.absorb(acc),
            None => {
                accs.insert(k, acc);
            }
        }
    }
    fn merge<'k, 'a>(mut a: Accs<'k, 'a>, b: Accs<'k, 'a>) -> Accs<'k, 'a> {
        for (k, acc) in b {
            add(&mut a, k, acc);
        }
        a
    }
    let acc: Accs<'_, '_> = articles
        .par_iter()
        .zip(&keys)
        .zip(&hints)
        .fold(Accs::default, |mut accs, (((aid, facts), ks), hs)| {
            let mut slot: HashMap<&Key, usize> = HashMap::default();
            let mut out: Vec<(&Key, Acc<'_>)> = Vec::new();
            let mut names: Vec<Vec<(Cow<'_, str>, usize)>> = Vec::new();
            for ((f, k), h) in facts.iter().zip(ks).zip(hs) {
                let Some(k) = k else { continue };
                let i = *slot.entry(k).or_insert_with(|| {
                    out.push((
                        k,
                        Acc {
                            kind_votes: [0; 8],
                            names: BTreeMap::new(),
                            articles: vec![aid.as_str()],
                            mentions: 0,
                            canonical: None,
                        },
                    ));
                    names.push(Vec::new());
                    out.len() - 1
                });
                let t = &mut out[i].1;
                t.kind_votes[f.kind as usize] += 1;
                tally_name(&mut names[i], Cow::Borrowed(&f.text), 1);
                if let (Some(title), 1) = (h.title(), word_count(&f.text)) {
                    // "President Lee" is how readers search; list it as an alias.
                    tally_name(&mut names[i], Cow::Owned(format!("{title} {}", f.text)), 0);
                }
                t.mentions += 1;
                if t.canonical.is_none() {
                    t.canonical = h.canonical();
                }
            }
            for ((k, mut t), ns) in out.into_iter().zip(names) {
                t.names = ns.into_iter().collect();
                add(&mut accs, k, t);
            }
            accs
        })
        .reduce(Accs::default, merge);
    let mut acc: Vec<(&Key, Acc<'_>)> = acc.into_iter().collect();
    acc.sort_unstable_by(|x, y| x.0.cmp(y.0));
    let mut entities = Vec::with_capacity(acc.len());
    let mut id_of: HashMap<&Key, EntityId> = HashMap::default();
    for (k, a) in acc {
        // The most votes; a tie goes to the later kind in `FactKind` order.
        let kind = FactKind::ALL
            .into_iter()
            .zip(a.kind_votes)
            .filter(|&(_, n)| n > 0)
            .max_by_key(|&(_, n)| n)
            .map(|(k, _)| k)
            .unwrap_or(FactKind::Person);
        // Canonical: the gazetteer's, else the most frequent multi-word spelling the text writes
        // (not a title alias such as "Mr Singer"), else the most frequent.
        let name = a.canonical.map(str::to_string).unwrap_or_else(|| {
            a.names
                .iter()
                .max_by_key(|(n, c)| (**c > 0 && word_count(n) >= 2, **c, n.len()))
                .map(|(n, _)| n.to_string())
                .unwrap_or_default()
        });
        let id = EntityId::entity_from_hash(xxhash_rust::xxh3::xxh3_64(
            format!("{}\u{1f}{}", k.0, k.1).as_bytes(),
        ));
        id_of.insert(k, id);
        let aliases = a
            .names
            .into_keys()
            .filter(|n| *n != name)
            .map(Cow::into_owned)
            .collect();
        entities.push(Entity {
            id,
            kind,
            name,
            aliases,
            articles: a.articles.into_iter().map(str::to_string).collect(),
            mentions: a.mentions,
        });
    }
    // 5. Fill entity ids, speakers.
    articles
        .par_iter_mut()
        .zip(&keys)
        .zip(&hints)
        .for_each(|(((_, facts), ks), hs)| {
            // Speakers are named by the text of a mention in the same article (the last such).
            let speakers: Vec<Option<EntityId>> = {
                let by_text: HashMap<&str, EntityId> = facts
                    .iter()
                    .zip(ks)
                    .filter_map(|(f, k)| {
                        k.as_ref()
                            .and_then(|k| id_of.get(k))
                            .map(|id| (&*f.text, *id))
                    })
                    .collect();
                hs.iter()
                    .map(|h| h.speaker_text().and_then(|s| by_text.get(s).copied()))
                    .collect()
            };
            for ((f, k), speaker) in facts.iter_mut().zip(ks).zip(speakers) {
                if let Some(k) = k {
                    f.entity = id_of.get(k).copied();
                    // (A one-word "place" that is a person's surname is that person.)
                    if k.0 == 0 && matches!(f.kind, FactKind::Place | FactKind::Organization) {
                        f.kind = FactKind::Person;
                    }
                }
                // (A speaker as written is for quotes no one named says.)
                if speaker.is_some() {
                    f.speaker_as_written = None;
                }
                f.speaker = speaker;
            }
        });
    // The keys and name maps are done with; free them (on another thread: a million small
    // strings) before relating builds its own tables.
    drop(id_of);
    rayon::spawn(move || drop((keys, corpus_full, full_keys, org_by_initials)));
    relate(articles, hints, &entities, years);
    entities
}

/// Adds `n` to `name`'s count (a handful of names per entity in an article: a list will do).
fn tally_name<'a>(names: &mut Vec<(Cow<'a, str>, usize)>, name: Cow<'a, str>, n: usize) {
    match names.iter_mut().find(|(m, _)| *m == name) {
        Some((_, c)) => *c += n,
        None => names.push((name, n)),
    }
}

/// An entity key: (family, spelling-insensitive name).
type Key = (u8, String);
/// Each fact's key, and the article's full person names (key, words).
type ArticleKeys = (Vec<Option<Key>>, Vec<(String, Vec<String>)>);
/// (article, fact) indexes.
type FactRef = (u32, u32);

/// The [`FactRef`] of fact `fi` of article `ai`.
fn fact_ref(ai: usize, fi: usize) -> FactRef {
    (ai as u32, fi as u32)
}

/// Step 1 of [`link`] for one article: each fact's entity key (`None` for other kinds; weak
/// one-word names prefixed with `?`) and the article's full person names with their words.
fn article_keys(facts: &[Fact], hs: &[Hint]) -> ArticleKeys {
    let mut ks = Vec::with_capacity(facts.len());

    let anchors: Vec<(String, Vec<String>)> = facts
        .iter()
        // ("Von der Leyen" is a surname, not a full name.)
        .filter(|f| {
            f.kind == FactKind::Person
                && word_count(&f.text) >= 2
                && surname_after_particles(&f.text).is_none()
        })
        .map(|f| (name_key(&f.text), words(&f.text)))
        .collect();
    // First or last word of a full name → the full names (keys) it can abbreviate.
    let mut by_word: HashMap<&String, HashSet<&String>> = HashMap::default();
    for (k, ws) in &anchors {
        for w in ws.iter().take(1).chain(ws.iter().last()) {
            by_word.entry(w).or_default().insert(k);
        }
    }
    let words_of: HashMap<&String, &[String]> =
        anchors.iter().map(|(k, ws)| (k, ws.as_slice())).collect();
    // How often the article writes each full name.
    let mut written: HashMap<&String, usize> = HashMap::default();
    for (k, _) in &anchors {
        *written.entry(k).or_default() += 1;
    }
    // One-word names the text itself shows to be people ("Lebed said", "Duran, 45,"): their
    // other, weaker mentions in the article are the same person.
    let strong_single: HashSet<String> = facts
        .iter()
        .zip(hs)
        .filter(|(f, h)| f.kind == FactKind::Person && !h.weak && word_count(&f.text) == 1)
        .map(|(f, _)| name_key(&f.text))
        .collect();
    for (f, h) in facts.iter().zip(hs) {
        if !f.kind.is_entity() {
            ks.push(None);
            continue;
        }
        let base = h.canonical().unwrap_or(&f.text);
        let mut key = name_key(base);
        let mut fam = family(f.kind);
        let mut resolved = false;
        // "in Clinton's decline", "at Trump's club": a word the extractor took for a place
        // ("in", "at") that is the surname of a person the article names in full is that
        // person ("in Flint's water" names nobody: it stays a place).
        // ("Von der Leyen", "De Gaulle": a surname with its particles is one word here.)
        let particled = h.canonical().is_none() && f.kind == FactKind::Person;
        let particled = particled
            .then(|| surname_after_particles(&f.text))
            .flatten();
        let one_word = h.canonical().is_none() && (word_count(&f.text) == 1 || particled.is_some());
        let w = if let Some(last) = particled {
            last
        } else if one_word {
            name_key(&f.text)
        } else {
            String::new()
        };
        let surname_of = |full: &String| words_of.get(full).and_then(|ws| ws.last()) == Some(&w);
        let first_of = |full: &String| words_of.get(full).and_then(|ws| ws.first()) == Some(&w);
        let g = super::gazetteer::Gazetteer::get();
        // (So is a given name no list knows as a place, "in Jessica's purse" in a story about
        // Jessica Sierra.)
        let place_surname = one_word
            && f.kind == FactKind::Place
            && by_word
                .get(&w)
                .is_some_and(|fits| fits.iter().any(|k| surname_of(k)));
        let place_given = one_word
            && f.kind == FactKind::Place
            && !place_surname
            && opens_names(g, &w)
            && !g.is_place(&f.text)
            && by_word
                .get(&w)
                .is_some_and(|fits| fits.iter().any(|k| first_of(k)));
        // (A weak organisation, an unknown word listed with one, "Trump and Fox News", is
        // the person it abbreviates when the article names one.)
        let weak_org = h.weak && f.kind == FactKind::Organization;
        if one_word
            && (f.kind == FactKind::Person || place_surname || place_given || weak_org)
            && let Some(fits) = by_word.get(&w).and_then(|fits| {
                only_fit(fits, &words_of).or_else(|| {
                    // (As a surname only: "Bundy" is no abbreviation of "Bundy Ranch".)
                    let surnames: HashSet<&String> =
                        fits.iter().copied().filter(|k| surname_of(k)).collect();
                    dominant(&surnames, &written)
                })
            })
        {
            key = fits.clone();
            fam = 0;
            resolved = true;
        }
        // Weak one-word names wait for the corpus-wide pass; mark them with a prefix.
        if h.weak && !resolved && !weak_org && !strong_single.contains(&key) {
            key = format!("?{key}");
        } else if place_surname && !resolved {
            // ("away from Clinton" in a story naming Bill and Hillary Clinton: one of them,
            // which one the corpus may tell; no town.)
            key = format!("?{w}");
            fam = 0;
        } else if one_word
            && f.kind == FactKind::Place
            && !resolved
            && !super::gazetteer::Gazetteer::get().is_place(&f.text)
        {
            // A word no list knows as a place, read as one from "in", "at" or "from" alone
            // ("distance from Trump", "at Hillary town hall"): the corpus may know it as a
            // person's surname; marked for that pass, a place otherwise.
            key = format!("!{w}");
        }
        ks.push(Some((fam, key)));
    }
    (ks, anchors)
}

/// The person a word read as an unknown place stands for: the surname of full names that open
/// with given names only (none that the word opens), one written in at least three stories and
/// three times as many as any other ("distance from Trump": Donald Trump).
fn place_as_surname(
    bare: &str,
    corpus_full: &HashMap<String, HashSet<String>>,
    full_articles: &HashMap<String, (usize, bool)>,
) -> Option<String> {
    let fulls = corpus_full.get(bare)?;
    let count = |f: &String| full_articles.get(f).map_or((0, false), |&c| c);
    let mut surnames: Vec<(&String, usize)> = fulls
        .iter()
        .filter(|f| count(f).1 && without_generation(f).ends_with(bare))
        .map(|f| (f, count(f).0))
        .collect();
    surnames.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let &(top, n) = surnames.first()?;
    // (Any other name with the word competes: "Trump Tower" as much as "Ivanka Trump".)
    let second = fulls
        .iter()
        .filter(|f| *f != top)
        .map(|f| count(f).0)
        .max()
        .unwrap_or(0);
    (n >= 3 && n >= 3 * second).then(|| top.clone())
}

/// Among several full names a one-word surname fits, the one the article is about: written at
/// least twice, and at least twice as often as any other ("Hillary Clinton" five times, "Bill
/// Clinton" once: "Clinton" is Hillary Clinton). Two names written as often leave it unresolved.
fn dominant<'a>(
    fits: &HashSet<&'a String>,
    written: &HashMap<&String, usize>,
) -> Option<&'a String> {
    let mut counts: Vec<(usize, &'a String)> = fits
        .iter()
        .map(|&k| (written.get(k).copied().unwrap_or(0), k))
        .collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    let (top, name) = *counts.first()?;
    let second = counts.get(1).map_or(0, |c| c.0);
    (top >= 2 && top >= 2 * second).then_some(name)
}

/// The one full name a one-word name abbreviates, among those it begins or ends: a name that
/// holds another ("Donald Trump Ties Hillary Clinton", a headline read as one name, holds
/// "Hillary Clinton") is not another candidate. Two different names ("Bill Clinton",
/// "Hillary Clinton") leave it unresolved.
fn only_fit<'a>(
    fits: &HashSet<&'a String>,
    words_of: &HashMap<&String, &[String]>,
) -> Option<&'a String> {
    if fits.len() == 1 {
        return fits.iter().next().copied();
    }
    let holds = |a: &String, b: &String| {
        let (wa, wb) = (words_of.get(a), words_of.get(b));
        wa.zip(wb)
            .is_some_and(|(wa, wb)| wa.len() > wb.len() && wa.windows(wb.len()).any(|w| w == *wb))
    };
    let mut inner = fits.iter().filter(|a| !fits.iter().any(|b| holds(a, b)));
    let one = inner.next()?;
    inner.next().is_none().then_some(*one)
}

/// Relates facts across articles and counts their sources.
fn relate(
    articles: &mut [(String, Vec<Fact>)],
    hints: Vec<Vec<Hint>>,
    entities: &[Entity],
    years: &[Option<i32>],
) {
    let n_articles: HashMap<EntityId, usize> =
        entities.iter().map(|e| (e.id, e.articles.len())).collect();
    // Index: relation key → (article index, fact index) of the first such fact in each article.
    let mut index: HashMap<u64, Vec<FactRef>> = HashMap::default();
    let mut seen: HashSet<u64> = HashSet::default();
    for (ai, (_, facts)) in articles.iter().enumerate() {
        seen.clear();
        for (fi, f) in facts.iter().enumerate() {
            if let Some(key) = relation_key(f)
                && seen.insert(key)
            {
                index.entry(key).or_default().push(fact_ref(ai, fi));
            }
        }
    }
    // Quote shingles: content-word sets (made in parallel), indexed by word, compared only when
    // they share words.
    let sets: Vec<(FactRef, Vec<u64>, Option<EntityId>)> = articles
        .par_iter()
        .enumerate()
        .flat_map_iter(|(ai, (_, facts))| {
            facts
                .iter()
                .enumerate()
                .filter(|(_, f)| f.kind == FactKind::Quote)
                .map(move |(fi, f)| (fact_ref(ai, fi), content_keys(&f.text), f.speaker))
        })
        .collect();
    let mut quote_words: HashMap<u64, Vec<u32>> = HashMap::default();
    for (qi, (_, s, _)) in sets.iter().enumerate() {
        for &w in s {
            quote_words.entry(w).or_default().push(qi as u32);
        }
    }
    // Directed (fact, related fact) pairs, gathered from every source and sorted once: each
    // fact's list is then a run of the sorted pairs (no map of a million lists).
    // A pair is two fact numbers across the corpus (article `ai`'s facts are numbered from
    // `first[ai]`): 8 bytes a pair, where millions of them are held at once.
    let first: Vec<u32> = std::iter::once(0)
        .chain(articles.iter().scan(0u32, |n, (_, fs)| {
            *n += fs.len() as u32;
            Some(*n)
        }))
        .collect();
    let number = |(a, f): FactRef| first[a as usize] + f;
    let mut related: Vec<(u32, u32)> = Vec::new();
    let pair = |a: FactRef, b: FactRef| (number(a), number(b));
    for members in index.values() {
        if members.len() < 2 {
            continue;
        }
        // Bounded: a key shared by thousands of articles links each fact to the first few;
        // the entity view (`e` in the reader) still lists every mention.
        for &m in members {
            related.extend(
                members
                    .iter()
                    .filter(|o| o.0 != m.0)
                    .take(MAX_ENTITY_RELATED)
                    .map(|&o| pair(m, o)),
            );
        }
    }
    // Quotes: words shared by more than MAX_POSTING quotes are too common to compare on.
    quote_words.retain(|_, v| v.len() <= MAX_POSTING);
    let found: Vec<(FactRef, Vec<FactRef>)> = (0..sets.len())
        .into_par_iter()
        .map_init(HashMap::<u32, usize>::default, |counts, qi| {
            let (q, s, speaker) = &sets[qi];
            counts.clear();
            for w in s {
                for &o in quote_words.get(w).into_iter().flatten() {
                    if sets[o as usize].0.0 != q.0 {
                        *counts.entry(o).or_default() += 1;
                    }
                }
            }
            let mut found: Vec<FactRef> = counts
                .iter()
                .filter(|&(&o, &shared)| {
                    let (_, other, other_speaker) = &sets[o as usize];
                    same_quote(shared, s.len(), other.len())
                        && (speaker.is_none()
                            || other_speaker.is_none()
                            || speaker == other_speaker)
                })
                .map(|(&o, _)| sets[o as usize].0)
                .collect();
            found.sort_unstable();
            found.truncate(MAX_RELATED);
            (*q, found)
        })
        .collect();
    for (q, f) in found {
        related.extend(f.into_iter().map(|o| pair(q, o)));
    }
    // Dates, amounts, quantities and events: the same claim in other words, or a conflict.
    let mut conflicts: HashSet<FactRef> = HashSet::default();
    {
        let claim_facts: Vec<claims::ClaimFact<'_>> = articles
            .par_iter()
            .enumerate()
            .zip(&hints)
            .flat_map_iter(|((ai, (_, facts)), hs)| {
                facts
                    .iter()
                    .zip(hs)
                    .enumerate()
                    .filter(|(_, (f, _))| claims::is_claim(f.kind))
                    .map(move |(fi, (f, h))| claims::ClaimFact {
                        article: ai,
                        index: fi,
                        fact: f,
                        context: &h.context,
                        figure: claims::figure_key(f),
                        year: years.get(ai).copied().flatten(),
                    })
            })
            .collect();
        for (i, j, verdict) in claims::pairs(&claim_facts) {
            let a = fact_ref(claim_facts[i].article, claim_facts[i].index);
            let b = fact_ref(claim_facts[j].article, claim_facts[j].index);
            related.push(pair(a, b));
            related.push(pair(b, a));
            if verdict == claims::Verdict::Conflict {
                conflicts.insert(a);
                conflicts.insert(b);
            }
        }
    }
    // What served the pairing goes before the lists are made, so they reuse its memory. (A
    // million hints take a while to free: another thread does it.)
    rayon::spawn(move || drop(hints));
    drop((sets, quote_words));
    related.par_sort_unstable();
    // Its growth slack would sit beside the million related lists made next.
    related.shrink_to_fit();
    let ids: Vec<FactId> = articles
        .iter()
        .flat_map(|(_, fs)| fs.iter().map(|f| f.id))
        .collect();
    // The fact a number stands for.
    let fact_of = |n: u32| -> FactRef {
        let a = first.partition_point(|&s| s <= n) - 1;
        (a as u32, n - first[a])
    };
    // Each article's facts take their lists on their own: in parallel, reading the shared maps.
    articles
        .par_iter_mut()
        .enumerate()
        .for_each(|(ai, (_, facts))| {
            // This article's pairs, then each fact's run within them.
            let at = |n: u32| related.partition_point(|p| p.0 < n);
            let mine = &related[at(first[ai])..at(first[ai + 1])];
            for (fi, f) in facts.iter_mut().enumerate() {
                let key = number(fact_ref(ai, fi));
                let from = mine.partition_point(|p| p.0 < key);
                let to = from + mine[from..].partition_point(|p| p.0 == key);
                let mut rel: Vec<FactRef> = mine[from..to].iter().map(|p| fact_of(p.1)).collect();
                // Entity mentions relate through their entity even when not first in the article.
                let members = f
                    .entity
                    .filter(|_| rel.is_empty() && f.kind.is_entity())
                    .and_then(|e| index.get(&entity_key(e)));
                if let Some(members) = members {
                    rel.extend(
                        members
                            .iter()
                            .filter(|o| o.0 as usize != ai)
                            .take(MAX_ENTITY_RELATED),
                    );
                }
                rel.sort_unstable();
                rel.dedup();
                rel.truncate(MAX_RELATED);
                f.sources = 1 + distinct_others(&rel, ai) as u32;
                if let Some(e) = f.entity {
                    f.sources = f.sources.max(n_articles.get(&e).map_or(1, |&n| n as u32));
                }
                f.conflict = conflicts.contains(&fact_ref(ai, fi));
                f.related = rel.into_iter().map(|r| ids[number(r) as usize]).collect();
            }
        });
}

/// Do two quotes of `a` and `b` distinct content words, `shared` of them in common, report the
/// same words? Four shared and half of the shorter, or the same two or three ("tangible results"
/// in two outlets).
fn same_quote(shared: usize, a: usize, b: usize) -> bool {
    (shared >= 4 && shared * 2 >= a.min(b)) || (shared >= 2 && shared == a && shared == b)
}

/// How many articles other than `own` the sorted `rel` points into.
fn distinct_others(rel: &[FactRef], own: usize) -> usize {
    let own = own as u32;
    let mut n = 0;
    let mut last = None;
    for &(a, _) in rel {
        if a != own && last != Some(a) {
            n += 1;
            last = Some(a);
        }
    }
    n
}

/// The key that relates a fact to others of its kind through the index: its entity, for now.
fn relation_key(f: &Fact) -> Option<u64> {
    f.entity.filter(|_| f.kind.is_entity()).map(entity_key)
}

/// An entity's key among the relation keys (which are hashes: hashed too, not to collide).
fn entity_key(id: EntityId) -> u64 {
    xxhash_rust::xxh3::xxh3_64(&id.key().to_le_bytes())
}

pub(super) fn is_stop(w: &str) -> bool {
    // A match on the words compiles to a switch on length and bytes: no scan of a list.
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "of"
            | "to"
            | "in"
            | "on"
            | "for"
            | "with"
            | "that"
            | "who"
            | "which"
            | "is"
            | "are"
            | "be"
            | "been"
            | "was"
            | "were"
            | "it"
            | "its"
            | "as"
            | "at"
            | "by"
            | "from"
            | "this"
            | "these"
            | "we"
            | "our"
            | "us"
            | "they"
            | "their"
            | "can"
            | "will"
            | "would"
            | "should"
            | "not"
            | "all"
            | "both"
    )
}

/// Lower-cased content words, crudely stemmed (plural and past endings), for quote matching.
pub fn content_words(text: &str) -> HashSet<String> {
    let mut out = HashSet::default();
    each_content_word(text, |w| {
        out.insert(w.to_string());
    });
    out
}

/// The content words of `text` as sorted, distinct 64-bit keys: what the claim and quote
/// indexes compare (no string per word survives extraction).
pub fn content_keys(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    each_content_word(text, |w| out.push(xxhash_rust::xxh3::xxh3_64(w.as_bytes())));
    out.sort_unstable();
    out.dedup();
    out
}

/// Calls `f` with the 32-bit key of each content word of `text`.
/// `buf` is scratch space, reused across calls (one per paragraph, not one per token).
pub fn each_content_key(text: &str, buf: &mut String, mut f: impl FnMut(u32)) {
    content_words_into(text, buf, |w| {
        f(xxhash_rust::xxh3::xxh3_64(w.as_bytes()) as u32)
    });
}

/// Calls `f` with each lower-cased, crudely stemmed content word of `text` (one reused buffer).
fn each_content_word(text: &str, f: impl FnMut(&str)) {
    content_words_into(text, &mut String::new(), f);
}

fn content_words_into(text: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    // Most calls get one token: a short ASCII word, or a punctuation mark. Those need no split.
    let bytes = text.as_bytes();
    if bytes.len() <= 2 && bytes.iter().all(|b| b.is_ascii()) {
        return; // (A word of two letters or less is no content word; nor is punctuation.)
    }
    if bytes.iter().all(u8::is_ascii_alphanumeric) {
        buf.clear();
        buf.push_str(text);
        buf.make_ascii_lowercase();
        if !is_stop(buf) {
            f(stem(buf));
        }
        return;
    }
    for raw in text.split(|c: char| !c.is_alphanumeric()) {
        if raw.is_empty() {
            continue;
        }
        buf.clear();
        if raw.is_ascii() {
            // (One copy, lower-cased in place: not a push per byte.)
            buf.push_str(raw);
            buf.make_ascii_lowercase();
        } else {
            buf.extend(raw.chars().flat_map(char::to_lowercase));
        }
        if buf.len() <= 2 || is_stop(buf) {
            continue;
        }
        f(stem(buf));
    }
}

/// A lower-cased word without a plural or past ending, when four letters are left.
fn stem(w: &str) -> &str {
    for suf in ["ed", "s"] {
        if let Some(s) = w.strip_suffix(suf)
            && s.len() >= 4
        {
            return s;
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_holding_another_is_no_second_candidate() {
        let names = [
            (
                "headline",
                vec!["donald", "trump", "ties", "hillary", "clinton"],
            ),
            ("hillary", vec!["hillary", "clinton"]),
            ("bill", vec!["bill", "clinton"]),
        ];
        let keys: Vec<String> = names.iter().map(|n| n.0.to_string()).collect();
        let words: Vec<Vec<String>> = names
            .iter()
            .map(|n| n.1.iter().map(|w| w.to_string()).collect())
            .collect();
        let words_of: HashMap<&String, &[String]> = keys
            .iter()
            .zip(&words)
            .map(|(k, w)| (k, w.as_slice()))
            .collect();
        let fits = |ks: &[usize]| -> HashSet<&String> { ks.iter().map(|&i| &keys[i]).collect() };
        assert_eq!(only_fit(&fits(&[0, 1]), &words_of), Some(&keys[1]));
        assert_eq!(only_fit(&fits(&[1]), &words_of), Some(&keys[1]));
        // Two different people share the surname: unresolved.
        assert_eq!(only_fit(&fits(&[1, 2]), &words_of), None);
        assert_eq!(only_fit(&fits(&[0, 1, 2]), &words_of), None);
    }

    #[test]
    fn a_name_written_far_more_often_is_the_one_a_surname_means() {
        let (hillary, bill) = ("hillaryclinton".to_string(), "billclinton".to_string());
        let fits: HashSet<&String> = [&hillary, &bill].into_iter().collect();
        let written = |h: usize, b: usize| -> HashMap<&String, usize> {
            [(&hillary, h), (&bill, b)].into_iter().collect()
        };
        assert_eq!(dominant(&fits, &written(4, 1)), Some(&hillary));
        assert_eq!(dominant(&fits, &written(2, 1)), Some(&hillary));
        assert_eq!(dominant(&fits, &written(3, 2)), None);
        assert_eq!(dominant(&fits, &written(1, 1)), None);
        assert_eq!(dominant(&fits, &written(1, 0)), None);
    }

    #[test]
    fn romanisation_variants_share_a_key() {
        assert_eq!(name_key("Lee Jaemyung"), name_key("Lee Jae-myung"));
        assert_eq!(name_key("Lee Jae Myung"), name_key("Lee Jae-myung"));
        assert_eq!(name_key("Xi's"), "xi");
    }

    #[test]
    fn quotes_are_the_same_when_most_or_all_their_words_are() {
        assert!(same_quote(4, 8, 20));
        assert!(!same_quote(4, 9, 20));
        assert!(same_quote(2, 2, 2));
        assert!(!same_quote(2, 2, 3));
        assert!(!same_quote(1, 1, 1));
    }

    #[test]
    fn sources_count_distinct_other_articles() {
        assert_eq!(distinct_others(&[(0, 1), (2, 0), (2, 5), (4, 1)], 0), 2);
        assert_eq!(distinct_others(&[], 3), 0);
    }

    #[test]
    fn word_count_matches_words() {
        for n in [
            "Lee Jae-myung",
            "Xi's",
            "Lee  Jae Myung",
            "- -",
            "O'Brien",
            "Xi’s Jinping",
        ] {
            assert_eq!(word_count(n), words(n).len(), "{n}");
        }
    }

    #[test]
    fn acronym_initials() {
        assert_eq!(initials("Asia-Pacific Economic Cooperation"), "APEC");
    }

    #[test]
    fn the_one_word_fast_path_finds_what_the_split_finds() {
        for t in [
            "Lee",
            "the",
            "Meetings",
            "signed",
            "US",
            "a",
            ",",
            "“",
            "2014",
            "Jae-myung",
            "U.S.",
            "Gyeongju",
            "Xi's",
            "café",
            "ABC",
            "agreements",
            "ed",
            "bed",
            "abcdefghijklmnopqrstuvwxyz0123456789",
        ] {
            let mut fast = Vec::new();
            content_words_into(t, &mut String::new(), |w| fast.push(w.to_string()));
            // The general path: each piece on its own (a piece never takes the fast path twice).
            let mut slow = Vec::new();
            for raw in t
                .split(|c: char| !c.is_alphanumeric())
                .filter(|r| !r.is_empty())
            {
                let w: String = raw.chars().flat_map(char::to_lowercase).collect();
                if w.len() > 2 && !is_stop(&w) {
                    slow.push(stem(&w).to_string());
                }
            }
            assert_eq!(fast, slow, "{t:?}");
        }
    }

    #[test]
    fn reworded_quotes_share_content_words() {
        let a = content_words(
            "close neighbors who cannot move apart and inseparable partners in cooperation",
        );
        let b = content_words(
            "are important close neighbors that cannot be moved away, and cooperation partners that cannot be separated",
        );
        let shared = a.intersection(&b).count();
        assert!(
            shared >= 4 && shared * 2 >= a.len().min(b.len()),
            "{a:?} {b:?}"
        );
        // The keys are the same words, hashed.
        let ka = content_keys(
            "close neighbors who cannot move apart and inseparable partners in cooperation",
        );
        assert_eq!(ka.len(), a.len());
        let kb = content_keys(
            "are important close neighbors that cannot be moved away, and cooperation partners that cannot be separated",
        );
        assert_eq!(
            ka.iter().filter(|k| kb.binary_search(k).is_ok()).count(),
            shared
        );
    }
}
