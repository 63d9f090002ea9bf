//! Text and JSON renderings of the model for the non-interactive subcommands.

use std::fmt::Write as _;

use serde::Serialize;

use factlens::model::{Article, Corpus, Warning};

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
