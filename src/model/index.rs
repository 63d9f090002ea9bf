//! Lookups over a loaded corpus: where a fact id lives, every mention of an entity, an entity by
//! id, and what reviewers decided about a fact's counterparts in other articles. Keys are the
//! ids' 64-bit words, so building the index copies no strings (a 10k-article corpus has ~1.5M
//! facts).

use rustc_hash::FxHashMap as HashMap;

use super::review::{Review, Status};
use super::{Corpus, Entity, Fact, FactId};

fn key(id: FactId) -> u64 {
    id.key()
}

#[derive(Debug, Default)]
pub struct Index {
    /// Fact id → (article, fact) of its first occurrence.
    homes: HashMap<u64, (usize, usize)>,
    /// Entity id → every mention (article, fact), in reading order.
    mentions: HashMap<u64, Vec<(usize, usize)>>,
    /// Entity id → index into `corpus.entities`.
    entities: HashMap<u64, usize>,
}

impl Index {
    pub fn new(corpus: &Corpus) -> Index {
        let n: usize = corpus.articles.iter().map(|a| a.facts.len()).sum();
        let mut homes = HashMap::with_capacity_and_hasher(n, Default::default());
        let mut mentions: HashMap<u64, Vec<(usize, usize)>> = HashMap::default();
        for (ai, a) in corpus.articles.iter().enumerate() {
            for (fi, f) in a.facts.iter().enumerate() {
                homes.entry(key(f.id)).or_insert((ai, fi));
                if let Some(e) = f.entity {
                    mentions.entry(key(e)).or_default().push((ai, fi));
                }
            }
        }
        let entities = corpus
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (key(e.id), i))
            .collect();
        Index {
            homes,
            mentions,
            entities,
        }
    }

    /// (article, fact) of fact `id`, if it is in the corpus.
    pub fn home(&self, id: FactId) -> Option<(usize, usize)> {
        self.homes.get(&key(id)).copied()
    }

    pub fn mentions(&self, entity: FactId) -> &[(usize, usize)] {
        self.mentions.get(&key(entity)).map_or(&[], Vec::as_slice)
    }

    pub fn entity<'c>(&self, corpus: &'c Corpus, id: FactId) -> Option<&'c Entity> {
        self.entities.get(&key(id)).map(|&i| &corpus.entities[i])
    }

    /// Reviewed counterparts of fact `fi` of article `ai` in *other* articles — the same entity,
    /// or a related fact — as (article, status), one per article (the first found). Cost is
    /// bounded by the smaller of the counterparts and the decisions.
    pub fn elsewhere(
        &self,
        corpus: &Corpus,
        review: &Review,
        ai: usize,
        fi: usize,
    ) -> Vec<(usize, Status)> {
        let Some(f) = corpus.articles.get(ai).and_then(|a| a.facts.get(fi)) else {
            return Vec::new();
        };
        if review.decisions().is_empty() {
            return Vec::new();
        }
        let mut out: Vec<(usize, Status)> = Vec::new();
        let mut add = |place: (usize, usize), status: Status| {
            if place.0 != ai && status != Status::Unreviewed && !out.iter().any(|o| o.0 == place.0)
            {
                out.push((place.0, status));
            }
        };
        let fact_at = |(a, i): (usize, usize)| -> &Fact { &corpus.articles[a].facts[i] };
        if let Some(e) = f.entity {
            let mentions = self.mentions(e);
            if mentions.len() <= review.decisions().len() {
                for &m in mentions {
                    add(m, review.status(&fact_at(m).id.as_str()));
                }
            } else {
                for (id, d) in review.decisions() {
                    if let Some(m) = self.home(FactId::from(id.as_str()))
                        && fact_at(m).entity == Some(e)
                    {
                        add(m, d.status);
                    }
                }
            }
        } else {
            for &id in &f.related {
                if let Some(m) = self.home(id) {
                    add(m, review.status(&id.as_str()));
                }
            }
        }
        out.sort_unstable_by_key(|o| o.0);
        out
    }
}

/// "accepted in 2 other articles, rejected in 1" — for the sidebar and exports.
pub fn describe_elsewhere(found: &[(usize, Status)]) -> String {
    let mut parts = Vec::new();
    for s in [Status::Accepted, Status::Flagged, Status::Rejected] {
        let n = found.iter().filter(|f| f.1 == s).count();
        if n > 0 {
            parts.push(format!("{s} in {n}"));
        }
    }
    if parts.is_empty() {
        return String::new();
    }
    let n = found.len();
    format!(
        "{} other article{}",
        parts.join(", "),
        if n == 1 { "" } else { "s" }
    )
}
