//! Exports of the facts with their review state: JSON, a Markdown report grouped by entity, CSV.
//! The same code serves `factlens export` and the reader's `E`.

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

use super::index::{Index, describe_elsewhere};
use super::review::{Decision, Review, Status};
use super::{Article, Corpus, FactKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Markdown,
    Csv,
}

impl Format {
    /// From a file name's extension: `.json`, `.csv`, anything else is Markdown.
    pub fn for_path(path: &std::path::Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
        {
            Some(e) if e == "json" => Format::Json,
            Some(e) if e == "csv" => Format::Csv,
            _ => Format::Markdown,
        }
    }
}

/// Which facts an export includes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    All,
    /// Accepted, rejected or flagged.
    Reviewed,
    Only(Status),
}

impl Which {
    pub fn parse(s: &str) -> Option<Which> {
        match s {
            "all" => Some(Which::All),
            "reviewed" => Some(Which::Reviewed),
            _ => Status::parse(s).map(Which::Only),
        }
    }

    fn admits(self, s: Status) -> bool {
        match self {
            Which::All => true,
            Which::Reviewed => s != Status::Unreviewed,
            Which::Only(x) => x == s,
        }
    }
}

/// An article that reports a fact.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Source {
    pub path: String,
    pub title: String,
    pub source: Option<String>,
    pub date: Option<String>,
}

impl Source {
    fn of(a: &Article) -> Source {
        Source {
            path: a.path.clone(),
            title: a.display_title(),
            source: a.source.clone(),
            date: a.date.clone(),
        }
    }
}

/// One exported fact.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub id: String,
    pub kind: FactKind,
    pub text: String,
    pub value: String,
    /// Entity name (people, organisations, places) or the speaker's name (quotes).
    pub entity: String,
    pub entity_id: Option<String>,
    pub status: Status,
    pub note: String,
    pub reviewed_at: String,
    /// The article it was found in.
    pub article: Source,
    /// Every article that reports it (this one first).
    pub reported_by: Vec<Source>,
    /// Decisions on the same fact in other articles.
    pub elsewhere: String,
    pub conflict: bool,
}

/// A decision whose fact is no longer in the corpus (kept, and exported so it is not lost).
#[derive(Debug, Clone, Serialize)]
pub struct Orphan {
    pub id: String,
    #[serde(flatten)]
    pub decision: Decision,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub version: u32,
    pub articles: usize,
    /// Counts over every fact, whatever the filter.
    pub summary: Summary,
    pub facts: Vec<Row>,
    pub orphaned: Vec<Orphan>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub facts: usize,
    pub accepted: usize,
    pub rejected: usize,
    pub flagged: usize,
    pub unreviewed: usize,
}

/// Builds the report: every fact admitted by `which`, in corpus order.
pub fn report(corpus: &Corpus, index: &Index, review: &Review, which: Which) -> Report {
    let mut summary = Summary::default();
    let mut facts = Vec::new();
    for (ai, a) in corpus.articles.iter().enumerate() {
        for (fi, f) in a.facts.iter().enumerate() {
            let d = review.get(&f.id.as_str());
            let status = d.map_or(Status::Unreviewed, |d| d.status);
            summary.facts += 1;
            match status {
                Status::Accepted => summary.accepted += 1,
                Status::Rejected => summary.rejected += 1,
                Status::Flagged => summary.flagged += 1,
                Status::Unreviewed => summary.unreviewed += 1,
            }
            if !which.admits(status) {
                continue;
            }
            let entity_ref = f.entity.or(f.speaker);
            let entity_id = entity_ref.map(|id| id.to_string());
            let entity = entity_ref
                .and_then(|e| index.entity(corpus, e))
                .map(|e| e.name.clone())
                .or_else(|| f.speaker_as_written.as_deref().map(str::to_string))
                .unwrap_or_default();
            let mut reported_by = vec![Source::of(a)];
            for &id in &f.related {
                if let Some((other, _)) = index.home(id) {
                    let s = Source::of(&corpus.articles[other]);
                    if !reported_by.contains(&s) {
                        reported_by.push(s);
                    }
                }
            }
            facts.push(Row {
                id: f.id.to_string(),
                kind: f.kind,
                text: f.text.to_string(),
                value: f.value_text(),
                entity,
                entity_id,
                status,
                note: d.map(|d| d.note.clone()).unwrap_or_default(),
                reviewed_at: d.map(|d| d.at.clone()).unwrap_or_default(),
                article: Source::of(a),
                reported_by,
                elsewhere: describe_elsewhere(&index.elsewhere(corpus, review, ai, fi)),
                conflict: f.conflict,
            });
        }
    }
    let orphaned = review
        .orphans(&|id| index.home(id.into()).is_some())
        .into_iter()
        .filter(|(_, d)| which.admits(d.status))
        .map(|(id, d)| Orphan {
            id: id.to_string(),
            decision: d.clone(),
        })
        .collect();
    Report {
        version: 1,
        articles: corpus.articles.len(),
        summary,
        facts,
        orphaned,
    }
}

pub fn write(report: &Report, format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, report)?;
            writeln!(out)
        }
        Format::Csv => write_csv(report, out),
        Format::Markdown => out.write_all(markdown(report).as_bytes()),
    }
}

/// The CSV header; one row per fact, then one per orphaned decision (empty `article`).
pub const CSV_HEADER: [&str; 15] = [
    "id",
    "kind",
    "text",
    "value",
    "entity",
    "status",
    "note",
    "reviewed_at",
    "article",
    "title",
    "source",
    "date",
    "sources",
    "elsewhere",
    "conflict",
];

fn write_csv(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_HEADER)?;
    for r in &report.facts {
        let sources = r.reported_by.len().to_string();
        w.write_record([
            r.id.as_str(),
            r.kind.as_str(),
            &r.text,
            &r.value,
            &r.entity,
            r.status.as_str(),
            &r.note,
            &r.reviewed_at,
            &r.article.path,
            &r.article.title,
            r.article.source.as_deref().unwrap_or(""),
            r.article.date.as_deref().unwrap_or(""),
            &sources,
            &r.elsewhere,
            if r.conflict { "yes" } else { "" },
        ])?;
    }
    for o in &report.orphaned {
        let d = &o.decision;
        w.write_record([
            o.id.as_str(),
            &d.kind,
            &d.text,
            "",
            "",
            d.status.as_str(),
            &d.note,
            &d.at,
            "",
            "",
            "",
            "",
            "0",
            "orphaned: the fact is no longer in these articles",
            "",
        ])?;
    }
    w.flush()
}

/// Escapes what Markdown would otherwise interpret, and keeps everything on one line.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn md_source(s: &Source) -> String {
    let mut meta = Vec::new();
    if let Some(x) = &s.source {
        meta.push(md(x));
    }
    if let Some(x) = &s.date {
        meta.push(md(x));
    }
    meta.push(format!("`{}`", s.path.replace('`', "'")));
    format!("*{}* ({})", md(&s.title), meta.join(", "))
}

/// The Markdown report: a section per entity (its mentions and the quotes it speaks), then the
/// other facts by kind, then orphaned decisions.
pub fn markdown(report: &Report) -> String {
    let s = &report.summary;
    let mut out = format!(
        "# factlens review\n\n{} articles · {} facts: {} accepted, {} rejected, {} flagged, {} unreviewed.\n",
        report.articles, s.facts, s.accepted, s.rejected, s.flagged, s.unreviewed
    );
    if report.facts.len() < s.facts {
        out.push_str(&format!(
            "This report lists {} of them.\n",
            report.facts.len()
        ));
    }
    // Groups in order of first appearance.
    let mut groups: Vec<(Option<&str>, Vec<&Row>)> = Vec::new();
    let mut group_of: HashMap<Option<&str>, usize> = HashMap::new();
    for r in &report.facts {
        let g = r.entity_id.as_deref();
        let i = *group_of.entry(g).or_insert_with(|| {
            groups.push((g, Vec::new()));
            groups.len() - 1
        });
        groups[i].1.push(r);
    }
    // Facts without an entity come last.
    groups.sort_by_key(|(g, _)| g.is_none());
    for (g, rows) in &groups {
        match g {
            Some(_) => {
                let first = rows[0];
                let kind = rows
                    .iter()
                    .find(|r| r.kind.is_entity())
                    .map_or("speaker", |r| r.kind.as_str());
                out.push_str(&format!("\n## {} ({kind})\n\n", md(&first.entity)));
            }
            None => out.push_str("\n## Other facts\n\n"),
        }
        for r in rows {
            out.push_str(&md_row(r));
        }
    }
    if !report.orphaned.is_empty() {
        out.push_str("\n## Orphaned decisions\n\nTheir facts are no longer in these articles (the files changed); the decisions are kept.\n\n");
        for o in &report.orphaned {
            let d = &o.decision;
            out.push_str(&format!(
                "- **{}** · {} “{}” — was in `{}`\n",
                d.status,
                md(&d.kind),
                md(&d.text),
                d.article.replace('`', "'")
            ));
            if !d.note.is_empty() {
                out.push_str(&format!("  - note: {}\n", md(&d.note)));
            }
        }
    }
    out
}

fn md_row(r: &Row) -> String {
    let mut line = format!("- **{}** · {} “{}”", r.status, r.kind, md(&r.text));
    if !r.value.is_empty() && r.value != r.text {
        line.push_str(&format!(" = {}", md(&r.value)));
    }
    if r.conflict {
        line.push_str(" · ⚠ another article gives another value");
    }
    line.push('\n');
    let by: Vec<String> = r.reported_by.iter().map(md_source).collect();
    line.push_str(&format!("  - reported by: {}\n", by.join("; ")));
    if !r.note.is_empty() {
        line.push_str(&format!("  - note: {}\n", md(&r.note)));
    }
    if !r.elsewhere.is_empty() {
        line.push_str(&format!("  - elsewhere: {}\n", r.elsewhere));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_and_flattens() {
        assert_eq!(md("a *b* [c]\n#d|e"), "a \\*b\\* \\[c\\] \\#d\\|e");
        assert_eq!(md("bell\u{7}"), "bell");
    }

    #[test]
    fn formats_and_filters() {
        assert_eq!(Format::for_path(std::path::Path::new("x.CSV")), Format::Csv);
        assert_eq!(
            Format::for_path(std::path::Path::new("x.json")),
            Format::Json
        );
        assert_eq!(
            Format::for_path(std::path::Path::new("report")),
            Format::Markdown
        );
        assert_eq!(Which::parse("flagged"), Some(Which::Only(Status::Flagged)));
        assert_eq!(Which::parse("reviewed"), Some(Which::Reviewed));
        assert_eq!(Which::parse("nope"), None);
        assert!(Which::Reviewed.admits(Status::Rejected));
        assert!(!Which::Reviewed.admits(Status::Unreviewed));
    }
}
