//! The library core: loading articles, dropping boilerplate, (later) facts and review state.
//! Nothing here knows about terminals.

pub mod article;
pub mod blocks;
pub mod boilerplate;
pub mod dateline;
pub mod decode;
pub mod export;
pub mod facts;
pub mod html;
pub mod index;
pub mod loader;
pub mod review;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::Serialize;

pub use article::{Article, Block};
pub use boilerplate::Reason;
pub use facts::{Entity, Fact, FactId, FactKind};
pub use loader::Warning;

pub mod stats;

/// Every article loaded from the command line's paths, with the warnings loading produced.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    /// People, organisations and places across all articles.
    pub entities: Vec<Entity>,
    pub warnings: Vec<Warning>,
}

/// Wall time of each phase of [`Corpus::load_timed`].
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Timings {
    /// Finding the files.
    pub discover: Duration,
    /// Reading, decoding, splitting into blocks and dropping boilerplate.
    pub load: Duration,
    /// Fact extraction (per article, in parallel).
    pub extract: Duration,
    /// Entity merging and cross-article relations.
    pub link: Duration,
}

/// Loading progress, updated by [`Corpus::load_with_progress`] and read by a display thread.
#[derive(Debug, Default)]
pub struct Progress {
    /// Files found.
    pub total: std::sync::atomic::AtomicUsize,
    /// Files read, decoded and cleaned.
    pub loaded: std::sync::atomic::AtomicUsize,
    /// Loading is done; facts are being extracted and linked.
    pub extracting: std::sync::atomic::AtomicBool,
}

impl Corpus {
    /// Loads files and directories (recursively, sorted); `-` reads standard input.
    pub fn load(paths: &[PathBuf]) -> Corpus {
        Corpus::load_timed(paths).0
    }

    /// [`Corpus::load`], with the wall time of each phase.
    pub fn load_timed(paths: &[PathBuf]) -> (Corpus, Timings) {
        Corpus::load_with_progress(paths, &Progress::default())
    }

    /// [`Corpus::load_timed`], reporting progress for a display on another thread.
    pub fn load_with_progress(paths: &[PathBuf], progress: &Progress) -> (Corpus, Timings) {
        let clock = Instant::now();
        let (sources, warnings) = Corpus::discover(paths);
        let discover = clock.elapsed();
        let (corpus, mut t) = Corpus::from_sources(&sources, warnings, progress);
        t.discover = discover;
        (corpus, t)
    }

    /// The files `paths` name, in reading order, and warnings for what was skipped. Fast: no
    /// article is read.
    pub fn discover(paths: &[PathBuf]) -> (Vec<loader::Source>, Vec<Warning>) {
        let mut warnings = Vec::new();
        let sources = loader::discover(paths, &mut warnings);
        (sources, warnings)
    }

    /// Reads, cleans, extracts and links `sources` (from [`Corpus::discover`]); `warnings` are
    /// kept first.
    pub fn from_sources(
        sources: &[loader::Source],
        mut warnings: Vec<Warning>,
        progress: &Progress,
    ) -> (Corpus, Timings) {
        use std::sync::atomic::Ordering::Relaxed;
        let mut t = Timings::default();
        progress.total.store(sources.len(), Relaxed);
        let clock = Instant::now();
        let articles = loader::load_all_counted(sources, &mut warnings, &progress.loaded);
        t.load = clock.elapsed();
        progress.extracting.store(true, Relaxed);
        let corpus = Corpus::build(articles, warnings, &mut t);
        (corpus, t)
    }

    /// Builds a corpus from articles already made (tests, generators).
    pub fn from_articles(articles: Vec<Article>, warnings: Vec<Warning>) -> Corpus {
        Corpus::build(articles, warnings, &mut Timings::default())
    }

    fn build(mut articles: Vec<Article>, mut warnings: Vec<Warning>, t: &mut Timings) -> Corpus {
        for a in &articles {
            if let Some((i, b)) = a
                .blocks
                .iter()
                .enumerate()
                .find(|(_, b)| b.kept && b.text.len() > facts::MAX_BLOCK_BYTES)
            {
                warnings.push(Warning {
                    path: a.path.clone(),
                    message: format!(
                        "paragraph {} is {:.1} MB long; facts come from its first {} KB only (every paragraph that long is treated the same)",
                        i + 1,
                        b.text.len() as f64 / 1e6,
                        facts::MAX_BLOCK_BYTES / 1024
                    ),
                });
            }
        }
        // Two files with the same content share a content id; keep ids unique and stable.
        let mut seen: HashMap<String, usize> = HashMap::default();
        for a in &mut articles {
            let n = seen.entry(a.id.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                a.id = format!("{}-{}", a.id, n);
            }
        }
        // Facts per article in parallel, then linking across the corpus.
        use rayon::prelude::*;
        let clock = Instant::now();
        let extracted: Vec<(Vec<Fact>, Vec<facts::Hint>)> =
            articles.par_iter().map(facts::extract_with_hints).collect();
        let mut hints = Vec::with_capacity(extracted.len());
        let mut pairs: Vec<(String, Vec<Fact>)> = Vec::with_capacity(extracted.len());
        for (a, (fs, hs)) in articles.iter().zip(extracted) {
            pairs.push((a.id.clone(), fs));
            hints.push(hs);
        }
        t.extract = clock.elapsed();
        let clock = Instant::now();
        unique_fact_ids(&mut pairs);
        let years: Vec<Option<i32>> = articles
            .iter()
            .map(|a| facts::claims::year_of(a.date.as_deref()))
            .collect();
        // (Linking frees the extraction hints once they have served.)
        let entities = facts::linking::link(&mut pairs, hints, &years);
        articles
            .par_iter_mut()
            .zip(pairs)
            .for_each(|(a, (_, mut fs))| {
                // Weak one-word names that resolved to nobody are not facts.
                fs.retain(|f| !f.kind.is_entity() || f.entity.is_some());
                a.facts = fs;
            });
        t.link = clock.elapsed();
        Corpus {
            articles,
            entities,
            warnings,
        }
    }
}

/// Makes fact ids unique in the corpus (syndicated copies share paragraphs): the first fact in
/// corpus order keeps its id, a later one with the same id derives another from it (stable from
/// run to run). Sorting finds the repeats: no hash set of a million ids.
fn unique_fact_ids(pairs: &mut [(String, Vec<Fact>)]) {
    use rayon::prelude::*;
    // (id key, article, fact): 16 bytes each.
    let n = pairs.iter().map(|(_, fs)| fs.len()).sum();
    let mut all: Vec<(u64, u32, u32)> = Vec::with_capacity(n);
    for (ai, (_, fs)) in pairs.iter().enumerate() {
        all.extend(
            fs.iter()
                .enumerate()
                .map(|(fi, f)| (f.id.key(), ai as u32, fi as u32)),
        );
    }
    all.par_sort_unstable();
    // Each run of equal ids, in corpus order: the first keeps it, the next ones walk the chain
    // id → next(id) → … once, skipping ids already in use. A new id is 60 bits of hash: it is
    // all but never in use, so the chains are walked unchecked first (a binary search per
    // rename cost a third of a second on 10k articles), then checked together in one merge.
    let renames = |check: bool| {
        let taken = |id: &FactId, extra: &HashSet<FactId>| {
            let key = id.key();
            let p = all.partition_point(|e| e.0 < key);
            extra.contains(id) || all.get(p).is_some_and(|e| e.0 == key)
        };
        let mut extra: HashSet<FactId> = HashSet::default();
        let mut renamed: Vec<(u32, u32, FactId)> = Vec::new();
        for run in all.chunk_by(|a, b| a.0 == b.0).filter(|r| r.len() > 1) {
            let (_, ai, fi) = run[0];
            let mut id = pairs[ai as usize].1[fi as usize].id;
            for &(_, ai, fi) in &run[1..] {
                id = id.next();
                while check && taken(&id, &extra) {
                    id = id.next();
                }
                if check {
                    extra.insert(id);
                }
                renamed.push((ai, fi, id));
            }
        }
        renamed
    };
    let mut renamed = renames(false);
    let mut new_keys: Vec<u64> = renamed.iter().map(|r| r.2.key()).collect();
    new_keys.par_sort_unstable();
    let clash = new_keys.windows(2).any(|w| w[0] == w[1]) || {
        let mut old = all.iter().map(|e| e.0).peekable();
        new_keys.iter().any(|&k| {
            while old.next_if(|&o| o < k).is_some() {}
            old.peek() == Some(&k)
        })
    };
    if clash {
        renamed = renames(true);
    }
    for (ai, fi, id) in renamed {
        pairs[ai as usize].1[fi as usize].id = id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_fact_ids_are_made_unique_and_the_first_copy_keeps_its_own() {
        let text = "Lee Jae-myung met Xi Jinping in Gyeongju on Saturday, officials said.\n\nThe two leaders signed seven agreements worth $4 billion.";
        let one =
            Corpus::from_articles(vec![Article::from_text("a.txt", text.to_string())], vec![]);
        let copies: Vec<Article> = (0..3)
            .map(|i| Article::from_text(format!("{i}.txt"), text.to_string()))
            .collect();
        let three = Corpus::from_articles(copies, vec![]);
        let ids = |c: &Corpus, a: usize| -> Vec<String> {
            c.articles[a]
                .facts
                .iter()
                .map(|f| f.id.to_string())
                .collect()
        };
        assert!(!ids(&one, 0).is_empty());
        assert_eq!(ids(&three, 0), ids(&one, 0));
        let mut all: Vec<String> = (0..3).flat_map(|a| ids(&three, a)).collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n, "fact ids repeat");
        // Stable from run to run.
        let again = Corpus::from_articles(
            (0..3)
                .map(|i| Article::from_text(format!("{i}.txt"), text.to_string()))
                .collect(),
            vec![],
        );
        assert_eq!(ids(&again, 2), ids(&three, 2));
    }

    #[test]
    fn a_new_fact_id_already_in_use_is_skipped() {
        let fact = |id: FactId| Fact::new(id, FactKind::Date, "Monday".into(), None, 0, 0, 6);
        let id = FactId::from_hash(7);
        // The second copy of `id` would become `id.next()`, which a third fact already holds.
        let mut pairs = vec![
            ("a".to_string(), vec![fact(id), fact(id.next())]),
            ("b".to_string(), vec![fact(id)]),
        ];
        unique_fact_ids(&mut pairs);
        assert_eq!(pairs[0].1[0].id, id);
        assert_eq!(pairs[0].1[1].id, id.next());
        assert_eq!(pairs[1].1[0].id, id.next().next());
        // No clash: the copy takes the next id.
        let mut pairs = vec![
            ("a".to_string(), vec![fact(id)]),
            ("b".to_string(), vec![fact(id)]),
        ];
        unique_fact_ids(&mut pairs);
        assert_eq!(pairs[1].1[0].id, id.next());
    }
}
