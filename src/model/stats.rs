//! Corpus statistics for `factlens stats`: counts, phase times, throughput and peak memory.

use serde::Serialize;

use super::{Corpus, FactKind, Timings};

#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub articles: usize,
    /// Bytes of article text after decoding.
    pub bytes: usize,
    pub blocks: usize,
    pub kept_blocks: usize,
    pub facts: usize,
    /// Facts per kind, in [`FactKind::ALL`] order.
    pub facts_by_kind: Vec<(FactKind, usize)>,
    pub entities: usize,
    pub related_pairs: usize,
    pub conflicts: usize,
    pub warnings: usize,
    pub threads: usize,
    pub seconds: Phases,
    /// Extraction + linking throughput, MB of article text per second per thread.
    pub facts_mb_per_s_per_thread: f64,
    /// Whole pipeline, MB per second (all threads).
    pub pipeline_mb_per_s: f64,
    /// Peak resident memory of the process (Linux `VmHWM`), bytes.
    pub peak_rss: Option<u64>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Phases {
    pub discover: f64,
    pub load: f64,
    pub extract: f64,
    pub link: f64,
    pub total: f64,
}

pub fn compute(corpus: &Corpus, t: &Timings) -> Stats {
    let bytes: usize = corpus.articles.iter().map(|a| a.text_len).sum();
    let facts: Vec<&super::Fact> = corpus.articles.iter().flat_map(|a| &a.facts).collect();
    let secs = Phases {
        discover: t.discover.as_secs_f64(),
        load: t.load.as_secs_f64(),
        extract: t.extract.as_secs_f64(),
        link: t.link.as_secs_f64(),
        total: (t.discover + t.load + t.extract + t.link).as_secs_f64(),
    };
    let threads = rayon::current_num_threads();
    let mb = bytes as f64 / 1e6;
    Stats {
        articles: corpus.articles.len(),
        bytes,
        blocks: corpus.articles.iter().map(|a| a.blocks.len()).sum(),
        kept_blocks: corpus.articles.iter().map(|a| a.kept().count()).sum(),
        facts: facts.len(),
        facts_by_kind: FactKind::ALL
            .iter()
            .map(|&k| (k, facts.iter().filter(|f| f.kind == k).count()))
            .collect(),
        entities: corpus.entities.len(),
        related_pairs: facts.iter().map(|f| f.related.len()).sum::<usize>() / 2,
        conflicts: facts.iter().filter(|f| f.conflict).count(),
        warnings: corpus.warnings.len(),
        threads,
        seconds: secs,
        facts_mb_per_s_per_thread: mb / ((secs.extract * threads as f64) + secs.link).max(1e-9),
        pipeline_mb_per_s: mb / secs.total.max(1e-9),
        peak_rss: peak_rss(),
    }
}

/// Peak resident set size from `/proc/self/status` (Linux); `None` elsewhere.
pub fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
