//! The library core: loading articles, dropping boilerplate, (later) facts and review state.
//! Nothing here knows about terminals.

pub mod article;
pub mod blocks;
pub mod boilerplate;
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
        use std::sync::atomic::Ordering::Relaxed;
        let mut t = Timings::default();
        let mut warnings = Vec::new();
        let clock = Instant::now();
        let sources = loader::discover(paths, &mut warnings);
        t.discover = clock.elapsed();
        progress.total.store(sources.len(), Relaxed);
        let clock = Instant::now();
        let articles = loader::load_all_counted(&sources, &mut warnings, &progress.loaded);
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
        // Fact ids must be unique in the corpus (syndicated copies share paragraphs): a repeated id
        // is derived again from itself, in corpus order (stable from run to run).
        let n: usize = pairs.iter().map(|(_, fs)| fs.len()).sum();
        let mut seen: HashSet<FactId> = HashSet::with_capacity_and_hasher(n, Default::default());
        for (_, fs) in &mut pairs {
            for f in fs {
                while !seen.insert(f.id) {
                    f.id = f.id.next();
                }
            }
        }
        drop(seen);
        let years: Vec<Option<i32>> = articles
            .iter()
            .map(|a| facts::claims::year_of(a.date.as_deref()))
            .collect();
        let entities = facts::linking::link(&mut pairs, &hints, &years);
        // Extraction hints served linking; the reader keeps the corpus for hours.
        drop(hints);
        for (a, (_, mut fs)) in articles.iter_mut().zip(pairs) {
            // Weak one-word names that resolved to nobody are not facts.
            fs.retain(|f| !f.kind.is_entity() || f.entity.is_some());
            a.facts = fs;
        }
        t.link = clock.elapsed();
        Corpus {
            articles,
            entities,
            warnings,
        }
    }
}
