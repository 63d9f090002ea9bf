//! Text and JSON renderings of the model for the non-interactive subcommands.

use std::fmt::Write as _;

use serde::Serialize;

use std::collections::HashMap;

use factlens::model::{Article, Corpus, Fact, FactKind, Warning};

/// The `dump --json` document. Field names are a contract: add fields, never rename.
#[derive(Serialize)]
pub struct Dump<'a> {
    pub articles: &'a [Article],
    pub entities: &'a [factlens::model::Entity],
    pub warnings: &'a [Warning],
}

pub fn dump(corpus: &Corpus) -> Dump<'_> {
    Dump {
        articles: &corpus.articles,
        entities: &corpus.entities,
        warnings: &corpus.warnings,
    }
}

/// `clean`: title, then kept paragraphs, separated by one blank line.
pub fn clean(a: &Article, show_dropped: bool) -> String {
    let mut out = String::new();
    if let Some(t) = &a.title {
        out.push_str(t);
        out.push_str("\n\n");
    }
    for b in &a.blocks {
        match b.reason {
            None => {
                out.push_str(&b.text);
                out.push_str("\n\n");
            }
            Some(r) if show_dropped && r != factlens::model::Reason::Title => {
                let _ = write!(out, "[dropped: {r}] {}\n\n", b.text);
            }
            Some(_) => {}
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

/// One line per article: id, date, source, kept/dropped counts, title.
pub fn summary_line(a: &Article) -> String {
    let kept = a.kept().count();
    let dropped = a
        .blocks
        .iter()
        .filter(|b| !b.kept && !b.reason.is_some_and(|r| r.is_metadata()))
        .count();
    format!(
        "{}  {:<10}  {:<24}  {:>3} kept {:>3} dropped  {}",
        a.id,
        a.date.as_deref().unwrap_or("-"),
        truncate(a.source.as_deref().unwrap_or("-"), 24),
        kept,
        dropped,
        a.display_title()
    )
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

/// `facts`: a legend of articles, then each entity with the quotes it said, then dates, amounts,
/// quantities and events. `[n]` refers to the legend; `×k` is how many articles report a fact;
/// `CONFLICT` marks a claim another article reports with a different value.
pub fn facts_table(corpus: &Corpus) -> String {
    let mut out = String::new();
    let label: HashMap<&str, usize> = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i + 1))
        .collect();
    out.push_str("Articles\n");
    for (i, a) in corpus.articles.iter().enumerate() {
        let _ = writeln!(
            out,
            "  [{}] {}  {}",
            i + 1,
            truncate(&a.path, 40),
            a.display_title()
        );
    }
    let facts: Vec<(&Article, &Fact)> = corpus
        .articles
        .iter()
        .flat_map(|a| a.facts.iter().map(move |f| (a, f)))
        .collect();
    let refs = |mut arts: Vec<usize>| -> String {
        arts.sort_unstable();
        arts.dedup();
        arts.iter()
            .map(|n| format!("[{n}]"))
            .collect::<Vec<_>>()
            .join("")
    };
    let mut entities: Vec<&factlens::model::Entity> = corpus.entities.iter().collect();
    entities.sort_by(|a, b| {
        (b.articles.len(), b.mentions)
            .cmp(&(a.articles.len(), a.mentions))
            .then_with(|| a.name.cmp(&b.name))
    });
    out.push_str("\nEntities\n");
    for e in entities {
        let arts = e
            .articles
            .iter()
            .filter_map(|id| label.get(id.as_str()).copied())
            .collect();
        let _ = write!(
            out,
            "  {:<13} {}  ×{} {}  {} mentions",
            e.kind.as_str(),
            e.name,
            e.articles.len(),
            refs(arts),
            e.mentions
        );
        let aliases: Vec<&str> = e
            .aliases
            .iter()
            .map(String::as_str)
            .filter(|a| *a != e.name)
            .collect();
        if !aliases.is_empty() {
            let _ = write!(out, "  (also: {})", aliases.join(", "));
        }
        out.push('\n');
        for (a, f) in facts
            .iter()
            .filter(|(_, f)| f.kind == FactKind::Quote && f.speaker == Some(e.id))
        {
            let _ = writeln!(
                out,
                "      {} “{}”  [{}]{}",
                f.quote.map_or("quote", |q| q.as_str()),
                truncate(&f.text, 100),
                label[a.id.as_str()],
                corroboration(f)
            );
        }
    }
    for kind in [
        FactKind::Date,
        FactKind::Money,
        FactKind::Quantity,
        FactKind::Event,
        FactKind::Quote,
    ] {
        let of_kind: Vec<&(&Article, &Fact)> = facts
            .iter()
            .filter(|(_, f)| f.kind == kind && (kind != FactKind::Quote || f.speaker.is_none()))
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        let title = match kind {
            FactKind::Date => "Dates",
            FactKind::Money => "Money",
            FactKind::Quantity => "Quantities",
            FactKind::Event => "Events",
            _ => "Quotes without a speaker",
        };
        let _ = writeln!(out, "\n{title}");
        for (a, f) in of_kind {
            let _ = writeln!(
                out,
                "  {:<40} {:<36} [{}]{}",
                truncate(&f.text, 40),
                truncate(&f.value_text(), 36),
                label[a.id.as_str()],
                corroboration(f)
            );
        }
    }
    out
}

fn corroboration(f: &Fact) -> String {
    let mut s = String::new();
    if f.sources > 1 {
        let _ = write!(s, "  ×{}", f.sources);
    }
    if f.conflict {
        s.push_str("  CONFLICT");
    }
    s
}

/// `stats`: counts, then phase times and throughput.
pub fn stats_table(s: &factlens::model::stats::Stats) -> String {
    let mut out = String::new();
    let mb = s.bytes as f64 / 1e6;
    let _ = writeln!(
        out,
        "articles      {:>10}   ({mb:.1} MB of text)",
        s.articles
    );
    let _ = writeln!(
        out,
        "blocks        {:>10}   ({} kept)",
        s.blocks, s.kept_blocks
    );
    let _ = writeln!(out, "facts         {:>10}", s.facts);
    for (k, n) in &s.facts_by_kind {
        let _ = writeln!(out, "  {:<12}{:>10}", k.as_str(), n);
    }
    let _ = writeln!(out, "entities      {:>10}", s.entities);
    let _ = writeln!(
        out,
        "related pairs {:>10}   ({} facts in conflict)",
        s.related_pairs, s.conflicts
    );
    let _ = writeln!(out, "warnings      {:>10}", s.warnings);
    let p = &s.seconds;
    let _ = writeln!(out, "\ntime (s, {} threads)", s.threads);
    for (name, v) in [
        ("discover", p.discover),
        ("load+clean", p.load),
        ("extract", p.extract),
        ("link", p.link),
        ("total", p.total),
    ] {
        let _ = writeln!(out, "  {name:<12}{v:>10.3}");
    }
    let _ = writeln!(out, "\npipeline      {:>10.1} MB/s", s.pipeline_mb_per_s);
    let _ = writeln!(
        out,
        "facts+links   {:>10.1} MB/s per thread",
        s.facts_mb_per_s_per_thread
    );
    if let Some(rss) = s.peak_rss {
        let _ = write!(out, "peak memory   {:>10.1} MB", rss as f64 / 1e6);
        // A ratio to no text at all means nothing (an empty folder).
        let _ = match s.bytes {
            0 => writeln!(out),
            n => writeln!(out, "   ({:.1}x the text)", rss as f64 / n as f64),
        };
    }
    out
}
