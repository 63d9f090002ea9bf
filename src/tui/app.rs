//! Reader state and what every action does to it. No terminal here: tests drive [`App::act`] and
//! [`App::key`] directly and render with ratatui's `TestBackend`.

use std::collections::HashMap;
use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;

use crate::model::export;
use crate::model::facts::{EntityId, QuoteKind};
use crate::model::index::Index;
use crate::model::review::store::Store;
use crate::model::review::{self, Edit, Review, Status, Target};
use crate::model::{Corpus, Fact, FactKind};

use super::input::{LineEdit, Outcome};
use super::keymap::{self, Action};
use super::wrap::{self, Piece};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Reader,
    Facts,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    Messages,
    /// Every mention of an entity: (article, fact) pairs, and the selected one.
    Mentions {
        entity: EntityId,
        items: Vec<(usize, usize)>,
        selected: usize,
    },
}

/// What a line of the reading pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Title,
    Meta,
    Blank,
    Text,
    /// "dropped: reason" header before a dropped block shown with `b`.
    DropNote,
    Dropped,
    /// A numbered link of a web page (its text is in `Doc::meta`, after the meta line).
    Link,
}

/// One visual line of the reading pane.
#[derive(Debug, Clone, Copy)]
pub struct VLine {
    pub kind: LineKind,
    /// Block index (Text, Dropped, DropNote).
    pub block: usize,
    pub piece: Piece,
}

/// The wrapped article, cached per (article, width, boilerplate shown).
pub struct Doc {
    pub article: usize,
    pub width: usize,
    pub dropped: bool,
    pub title: String,
    pub meta: String,
    pub lines: Vec<VLine>,
}

/// A row of the facts sidebar: an entity (all its mentions in this article) or one fact.
#[derive(Debug, Clone)]
pub struct Row {
    pub kind: FactKind,
    /// The fact selected when the row is: the first mention for an entity.
    pub fact: usize,
    pub label: String,
    pub detail: String,
    /// Mentions in this article (entities; a date, amount or quantity written alike), 1
    /// otherwise.
    pub count: usize,
    /// The facts of the row (indexes into the article's facts): `fact` first.
    pub members: Vec<usize>,
    /// Articles that report it.
    pub sources: usize,
    pub conflict: bool,
    /// The review status shared by every fact of the row (`None`: they differ).
    pub status: Option<Status>,
    /// Facts of the row that are reviewed.
    pub reviewed: usize,
    /// Decisions on the same entity or fact in other articles: (article, status).
    pub elsewhere: Vec<(usize, Status)>,
    /// Reported speech ("Lee said that …"), not words in quote marks.
    pub reported: bool,
}

/// What the one-line input at the bottom is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Note,
    Export,
}

#[derive(Debug, Clone)]
pub struct Prompt {
    pub kind: PromptKind,
    pub edit: LineEdit,
    /// The fact a note is for: (article, fact).
    pub target: (usize, usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub article: usize,
    pub fact: Option<usize>,
    pub scroll: usize,
}

/// A search hit: article, block, char range in the block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub article: usize,
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Search {
    pub query: String,
    pub hits: Vec<Hit>,
    pub current: usize,
    /// Still typing the query.
    pub editing: bool,
}

/// Screen areas from the last draw, for the mouse.
#[derive(Debug, Clone, Copy, Default)]
pub struct Areas {
    pub list: Rect,
    pub reader: Rect,
    pub facts: Rect,
}

/// At most this many search hits are collected (the status bar says when there are more).
pub const MAX_HITS: usize = 10_000;

pub struct App {
    pub corpus: Corpus,
    pub article: usize,
    pub focus: Focus,
    pub scroll: usize,
    pub fact: Option<usize>,
    pub row: usize,
    pub filter: Option<FactKind>,
    pub show_dropped: bool,
    /// User's choice for the sidebar; `None` = automatic (shown when wide enough).
    pub sidebar: Option<bool>,
    pub overlay: Overlay,
    pub search: Option<Search>,
    pub history: Vec<Place>,
    pub message: String,
    pub quit: bool,
    pub areas: Areas,
    /// Rows of text the reading pane showed at the last draw.
    pub page: usize,
    pub doc: Option<Doc>,
    pub index: Index,
    pub review: Review,
    /// Where decisions are saved (`None`: kept in memory only).
    pub store: Option<Store>,
    pub prompt: Option<Prompt>,
    /// Reviewed facts per article, and in all.
    done: Vec<usize>,
    done_total: usize,
    /// Decisions whose fact is not in these articles (kept in the state file).
    pub orphans: usize,
    /// Timestamps for decisions (tests fix it).
    pub clock: fn() -> String,
    /// A URL the user asked to open; the event loop hands it to the browser.
    pub open_request: Option<String>,
    /// While the rest of a large corpus loads behind the first articles: what the status bar
    /// says about it ("reading 2300/10000 files…").
    pub loading: Option<String>,
}

impl App {
    /// A reader with an empty review kept in memory.
    pub fn new(corpus: Corpus) -> App {
        App::with_review(corpus, Review::default(), None)
    }

    /// A reader continuing `review`, saving every change to `store` when there is one.
    pub fn with_review(corpus: Corpus, review: Review, store: Option<Store>) -> App {
        let index = Index::new(&corpus);
        let orphans = review.orphans(&|id| index.home(id.into()).is_some()).len();
        let mut message = if corpus.warnings.is_empty() {
            String::new()
        } else {
            format!(
                "{} warning(s) while loading — press w to read them",
                corpus.warnings.len()
            )
        };
        if let Some(why) = store.as_ref().and_then(|s| s.read_only.as_ref()) {
            message = format!("READ-ONLY, decisions will not be saved: {why}");
        } else if orphans > 0 {
            message = format!(
                "{orphans} saved decision(s) are for facts no longer in these articles; they are kept (see w)"
            );
        }
        let mut app = App {
            corpus,
            article: 0,
            focus: Focus::List,
            scroll: 0,
            fact: None,
            row: 0,
            filter: None,
            show_dropped: false,
            sidebar: None,
            overlay: Overlay::None,
            search: None,
            history: Vec::new(),
            message,
            quit: false,
            areas: Areas::default(),
            page: 20,
            doc: None,
            index,
            review,
            store,
            prompt: None,
            done: Vec::new(),
            done_total: 0,
            orphans,
            clock: review::now,
            open_request: None,
            loading: None,
        };
        app.recount_all();
        app
    }

    /// Swaps in the whole corpus once it is loaded behind the first articles (the reader opened
    /// on those). The first articles are its first articles, in the same order, so the place in
    /// the reader is kept; the selected fact is found again by its id (linking across the whole
    /// corpus can keep one-word names the first articles alone dropped).
    pub fn replace_corpus(&mut self, loaded: super::Loaded) {
        let fact_id = |app: &App, ai: usize, fi: Option<usize>| {
            fi.and_then(|fi| app.corpus.articles.get(ai)?.facts.get(fi))
                .map(|f| f.id)
        };
        let current = fact_id(self, self.article, self.fact);
        let history: Vec<(Place, Option<crate::model::FactId>)> = self
            .history
            .iter()
            .map(|p| (*p, fact_id(self, p.article, p.fact)))
            .collect();
        let note_for = self
            .prompt
            .as_ref()
            .filter(|p| p.kind == PromptKind::Note)
            .map(|p| (p.target.0, fact_id(self, p.target.0, Some(p.target.1))));
        // The preview is small; freeing it and its index is quick.
        self.corpus = loaded.corpus;
        self.index = loaded.index;
        let find = |app: &App, ai: usize, id: Option<crate::model::FactId>| {
            let id = id?;
            app.corpus
                .articles
                .get(ai)?
                .facts
                .iter()
                .position(|f| f.id == id)
        };
        self.article = self
            .article
            .min(self.corpus.articles.len().saturating_sub(1));
        self.fact = find(self, self.article, current);
        self.history = history
            .into_iter()
            .filter(|(p, _)| p.article < self.corpus.articles.len())
            .map(|(p, id)| Place {
                fact: find(self, p.article, id),
                ..p
            })
            .collect();
        if let Some((ai, id)) = note_for {
            match find(self, ai, id) {
                Some(fi) => {
                    if let Some(p) = self.prompt.as_mut() {
                        p.target = (ai, fi);
                    }
                }
                None => self.prompt = None,
            }
        }
        if matches!(self.overlay, Overlay::Mentions { .. }) {
            self.overlay = Overlay::None;
        }
        self.doc = None;
        self.orphans = self
            .review
            .orphans(&|id| self.index.home(id.into()).is_some())
            .len();
        self.recount_all();
        if self.search.is_some() {
            self.search_update();
        }
        self.loading = None;
        self.message = if self.corpus.warnings.is_empty() {
            format!(
                "All {} articles loaded; facts linked across them",
                self.corpus.articles.len()
            )
        } else {
            format!(
                "All {} articles loaded; {} warning(s) — press w to read them",
                self.corpus.articles.len(),
                self.corpus.warnings.len()
            )
        };
    }

    /// Reviewed facts per article, from the decisions (fact ids are unique in a corpus, so each
    /// decision counts once, in its fact's article): proportional to the decisions, not to the
    /// million facts of a large corpus.
    fn recount_all(&mut self) {
        let mut done = vec![0; self.corpus.articles.len()];
        for (id, d) in self.review.decisions() {
            if d.status != Status::Unreviewed
                && let Some((ai, _)) = self.index.home(id.as_str().into())
            {
                done[ai] += 1;
            }
        }
        self.done_total = done.iter().sum();
        self.done = done;
    }

    fn count_done(&self, ai: usize) -> usize {
        if self.review.decisions().is_empty() {
            return 0;
        }
        self.corpus.articles[ai]
            .facts
            .iter()
            .filter(|f| self.review.status(&f.id.as_str()) != Status::Unreviewed)
            .count()
    }

    /// Reviewed facts in article `ai`.
    pub fn reviewed_in(&self, ai: usize) -> usize {
        self.done.get(ai).copied().unwrap_or(0)
    }

    /// Reviewed facts, and all facts, in the corpus.
    pub fn progress(&self) -> (usize, usize) {
        let total = self.corpus.articles.iter().map(|a| a.facts.len()).sum();
        (self.done_total, total)
    }

    pub fn current_facts(&self) -> &[Fact] {
        self.corpus
            .articles
            .get(self.article)
            .map_or(&[], |a| a.facts.as_slice())
    }

    pub fn entity_name(&self, id: EntityId) -> Option<&str> {
        self.index.entity(&self.corpus, id).map(|e| e.name.as_str())
    }

    /// The wrapped lines of the current article at `width` columns (cached).
    pub fn doc(&mut self, width: usize) -> &Doc {
        let fresh = self.doc.as_ref().is_some_and(|d| {
            d.article == self.article && d.width == width && d.dropped == self.show_dropped
        });
        if !fresh {
            self.doc = Some(self.build_doc(width));
        }
        self.doc.as_ref().expect("just built")
    }

    fn build_doc(&self, width: usize) -> Doc {
        let width = width.max(1);
        let mut lines = Vec::new();
        let Some(a) = self.corpus.articles.get(self.article) else {
            return Doc {
                article: self.article,
                width,
                dropped: self.show_dropped,
                title: String::new(),
                meta: String::new(),
                lines,
            };
        };
        let title = a.display_title();
        for piece in wrap::wrap(&title, width) {
            lines.push(VLine {
                kind: LineKind::Title,
                block: 0,
                piece,
            });
        }
        let mut meta = Vec::new();
        if let Some(s) = &a.source {
            meta.push(s.clone());
        }
        // A dateline moved out of the first paragraph ("Gyeongju: …") shows here instead.
        if let Some(p) = &a.dateline
            && a.kept()
                .next()
                .is_none_or(|b| !b.text.starts_with(p.as_str()))
        {
            meta.push(p.clone());
        }
        if let Some(d) = &a.date {
            meta.push(d.clone());
        }
        meta.push(a.path.clone());
        let mut meta = meta.join(" · ");
        for piece in wrap::wrap(&meta, width) {
            lines.push(VLine {
                kind: LineKind::Meta,
                block: 0,
                piece,
            });
        }
        let blank = VLine {
            kind: LineKind::Blank,
            block: 0,
            piece: Piece {
                char_start: 0,
                char_end: 0,
                byte_start: 0,
                byte_end: 0,
            },
        };
        lines.push(blank);
        for (bi, b) in a.blocks.iter().enumerate() {
            let kind = if b.kept {
                LineKind::Text
            } else if self.show_dropped && b.reason.is_none_or(|r| r != crate::model::Reason::Title)
            {
                lines.push(VLine {
                    kind: LineKind::DropNote,
                    block: bi,
                    ..blank
                });
                LineKind::Dropped
            } else {
                continue;
            };
            for piece in wrap::wrap(&b.text, width) {
                lines.push(VLine {
                    kind,
                    block: bi,
                    piece,
                });
            }
            lines.push(VLine { block: bi, ..blank });
        }
        // Links of a web page, numbered as in the text: "[1] https://…".
        let mut refs = String::new();
        for (i, l) in a.links.iter().enumerate() {
            if !refs.is_empty() {
                refs.push('\n');
            }
            refs.push_str(&format!("[{}] {l}", i + 1));
        }
        if !refs.is_empty() {
            let offset = meta.len() + 1;
            for piece in wrap::wrap(&refs, width) {
                lines.push(VLine {
                    kind: LineKind::Link,
                    block: 0,
                    piece: Piece {
                        byte_start: piece.byte_start + offset,
                        byte_end: piece.byte_end + offset,
                        ..piece
                    },
                });
            }
            meta.push('\n');
            meta.push_str(&refs);
        }
        Doc {
            article: self.article,
            width,
            dropped: self.show_dropped,
            title,
            meta,
            lines,
        }
    }

    /// The line of the cached doc that shows fact `fi` of the current article.
    fn line_of_fact(&self, fi: usize) -> Option<usize> {
        let f = self.current_facts().get(fi)?;
        let doc = self.doc.as_ref()?;
        doc.lines.iter().position(|l| {
            matches!(l.kind, LineKind::Text | LineKind::Dropped)
                && l.block == f.block as usize
                && l.piece.char_start <= f.start as usize
                && (f.start as usize) < l.piece.char_end.max(l.piece.char_start + 1)
        })
    }

    fn line_of_hit(&self, hit: &Hit) -> Option<usize> {
        let doc = self.doc.as_ref()?;
        doc.lines.iter().position(|l| {
            matches!(l.kind, LineKind::Text | LineKind::Dropped)
                && l.block == hit.block
                && l.piece.char_start <= hit.start
                && hit.start < l.piece.char_end.max(l.piece.char_start + 1)
        })
    }

    /// Makes `line` visible, a third of the way down the page when it has to move.
    fn reveal(&mut self, line: usize) {
        let page = self.page.max(1);
        if line < self.scroll || line >= self.scroll + page {
            self.scroll = line.saturating_sub(page / 3);
        }
    }

    fn reveal_fact(&mut self) {
        let width = self.doc.as_ref().map_or(80, |d| d.width);
        self.doc(width);
        if let Some(line) = self.fact.and_then(|fi| self.line_of_fact(fi)) {
            self.reveal(line);
        }
    }

    fn max_scroll(&self) -> usize {
        let n = self.doc.as_ref().map_or(0, |d| d.lines.len());
        n.saturating_sub(self.page.max(1))
    }

    /// The sidebar rows of the current article (filtered).
    pub fn rows(&self) -> Vec<Row> {
        let facts = self.current_facts();
        let mut rows: Vec<Row> = Vec::new();
        let mut entity_row: HashMap<EntityId, usize> = HashMap::new();
        // A date, amount or quantity written alike ("this year", "This year") with one value is
        // one row, as an entity's mentions are.
        let mut value_row: HashMap<(FactKind, String, String), usize> = HashMap::new();
        for kind in FactKind::ALL {
            if self.filter.is_some_and(|k| k != kind) {
                continue;
            }
            for (fi, f) in facts.iter().enumerate().filter(|(_, f)| f.kind == kind) {
                let status = self.review.status(&f.id.as_str());
                let reviewed = usize::from(status != Status::Unreviewed);
                if let Some(e) = f.entity {
                    if let Some(&r) = entity_row.get(&e) {
                        let row = &mut rows[r];
                        row.count += 1;
                        row.members.push(fi);
                        row.reviewed += reviewed;
                        if row.status != Some(status) {
                            row.status = None;
                        }
                        continue;
                    }
                    entity_row.insert(e, rows.len());
                    let name = self.entity_name(e).unwrap_or(&f.text).to_string();
                    let sources = self
                        .index
                        .entity(&self.corpus, e)
                        .map_or(1, |x| x.articles.len());
                    rows.push(Row {
                        kind,
                        fact: fi,
                        label: name,
                        detail: String::new(),
                        count: 1,
                        members: vec![fi],
                        sources,
                        conflict: false,
                        status: Some(status),
                        reviewed,
                        elsewhere: Vec::new(),
                        reported: false,
                    });
                    continue;
                }
                let detail = match (kind, &f.speaker) {
                    (FactKind::Quote, Some(s)) => self.entity_name(*s).unwrap_or("").to_string(),
                    (FactKind::Quote, None) => f
                        .speaker_as_written
                        .as_deref()
                        .unwrap_or_default()
                        .to_string(),
                    _ => f.value_text(),
                };
                if matches!(kind, FactKind::Date | FactKind::Money | FactKind::Quantity) {
                    let key = (kind, f.text.to_lowercase(), detail.clone());
                    if let Some(&r) = value_row.get(&key) {
                        let row = &mut rows[r];
                        row.count += 1;
                        row.members.push(fi);
                        row.reviewed += reviewed;
                        row.sources = row.sources.max(f.sources as usize);
                        row.conflict |= f.conflict;
                        if row.status != Some(status) {
                            row.status = None;
                        }
                        continue;
                    }
                    value_row.insert(key, rows.len());
                }
                rows.push(Row {
                    kind,
                    fact: fi,
                    label: f.text.to_string(),
                    detail,
                    count: 1,
                    members: vec![fi],
                    sources: f.sources as usize,
                    conflict: f.conflict,
                    status: Some(status),
                    reviewed,
                    elsewhere: Vec::new(),
                    reported: f.quote == Some(QuoteKind::Reported),
                });
            }
        }
        for r in &mut rows {
            r.elsewhere = self
                .index
                .elsewhere(&self.corpus, &self.review, self.article, r.fact);
        }
        rows
    }

    /// The row that contains fact `fi` (an entity row contains every mention of its entity).
    fn row_of_fact(&self, fi: usize) -> Option<usize> {
        self.rows().iter().position(|r| r.members.contains(&fi))
    }

    fn open_article(&mut self, i: usize) {
        if self.corpus.articles.is_empty() {
            return;
        }
        let i = i.min(self.corpus.articles.len() - 1);
        if i != self.article {
            self.article = i;
            self.scroll = 0;
            self.fact = None;
            self.row = 0;
        }
    }

    fn place(&self) -> Place {
        Place {
            article: self.article,
            fact: self.fact,
            scroll: self.scroll,
        }
    }

    /// Goes to fact `fi` of article `ai`, remembering where we were.
    fn jump(&mut self, ai: usize, fi: usize) {
        self.history.push(self.place());
        self.go(ai, Some(fi));
    }

    fn go(&mut self, ai: usize, fi: Option<usize>) {
        self.open_article(ai);
        self.fact = fi;
        if let Some(fi) = fi {
            if let Some(r) = self.row_of_fact(fi) {
                self.row = r;
            }
            self.reveal_fact();
        }
    }

    fn select_row(&mut self, r: usize) {
        let rows = self.rows();
        if rows.is_empty() {
            self.fact = None;
            return;
        }
        self.row = r.min(rows.len() - 1);
        self.fact = Some(rows[self.row].fact);
        self.reveal_fact();
    }

    /// Facts related to the selected one, in corpus order: for an entity, its first mention in
    /// every other article; otherwise the fact's `related` list.
    fn related_targets(&self) -> Vec<(usize, usize)> {
        let Some(f) = self.fact.and_then(|fi| self.current_facts().get(fi)) else {
            return Vec::new();
        };
        let mut out: Vec<(usize, usize)> = if let Some(e) = f.entity {
            let mut firsts: Vec<(usize, usize)> = Vec::new();
            for &(ai, fi) in self.index.mentions(e) {
                if ai != self.article && firsts.last().is_none_or(|l| l.0 != ai) {
                    firsts.push((ai, fi));
                }
            }
            firsts
        } else {
            f.related
                .iter()
                .filter_map(|&id| self.index.home(id))
                .filter(|(ai, _)| *ai != self.article)
                .collect()
        };
        out.sort_unstable();
        out.dedup_by_key(|t| t.0);
        out
    }

    fn jump_related(&mut self, forward: bool) {
        if self.fact.is_none() {
            self.message =
                "Select a fact first: ] and [ move through facts, or use the sidebar".into();
            return;
        }
        let targets = self.related_targets();
        if targets.is_empty() {
            self.message = "No related fact in another article".into();
            return;
        }
        let here = self.article;
        let pick = if forward {
            targets.iter().find(|t| t.0 > here).or(targets.first())
        } else {
            targets.iter().rev().find(|t| t.0 < here).or(targets.last())
        };
        let &(ai, fi) = pick.expect("targets is not empty");
        let n = targets.iter().position(|t| t.0 == ai).unwrap_or(0) + 1;
        self.jump(ai, fi);
        self.focus = Focus::Reader;
        self.message = format!(
            "Related {n}/{} — {} (Backspace goes back)",
            targets.len(),
            self.corpus.articles[ai].display_title()
        );
    }

    fn step_fact(&mut self, forward: bool) {
        let facts = self.current_facts();
        let visible: Vec<usize> = (0..facts.len())
            .filter(|&i| self.filter.is_none_or(|k| facts[i].kind == k))
            .collect();
        if visible.is_empty() {
            return;
        }
        let next = match self.fact {
            None => visible[0],
            Some(cur) if forward => *visible.iter().find(|&&i| i > cur).unwrap_or(&visible[0]),
            Some(cur) => *visible
                .iter()
                .rev()
                .find(|&&i| i < cur)
                .unwrap_or(visible.last().expect("not empty")),
        };
        self.go(self.article, Some(next));
    }

    fn search_update(&mut self) {
        let Some(search) = self.search.as_mut() else {
            return;
        };
        search.hits.clear();
        search.current = 0;
        let q = search.query.to_lowercase();
        if q.is_empty() {
            return;
        }
        let here = self.article;
        'outer: for (ai, a) in self.corpus.articles.iter().enumerate() {
            for (bi, b) in a.blocks.iter().enumerate() {
                if !b.kept && !self.show_dropped {
                    continue;
                }
                let lower = b.text.to_lowercase();
                // Lower-casing can change byte lengths; map through char offsets of the original.
                if lower.len() != b.text.len() {
                    continue_search_unicode(&b.text, &q, ai, bi, &mut search.hits);
                } else {
                    for (byte, _) in lower.match_indices(&q) {
                        let start = b.text[..byte].chars().count();
                        let end = start + b.text[byte..byte + q.len()].chars().count();
                        search.hits.push(Hit {
                            article: ai,
                            block: bi,
                            start,
                            end,
                        });
                    }
                }
                if search.hits.len() >= MAX_HITS {
                    break 'outer;
                }
            }
        }
        search.current = search
            .hits
            .iter()
            .position(|h| h.article >= here)
            .unwrap_or(0);
    }

    fn goto_hit(&mut self) {
        let Some(search) = &self.search else { return };
        let Some(&hit) = search.hits.get(search.current) else {
            self.message = format!("No match for “{}”", search.query);
            return;
        };
        let n = search.hits.len();
        let pos = search.current + 1;
        if hit.article != self.article {
            self.history.push(self.place());
        }
        self.open_article(hit.article);
        let width = self.doc.as_ref().map_or(80, |d| d.width);
        self.doc(width);
        if let Some(line) = self.line_of_hit(&hit) {
            self.reveal(line);
        }
        let more = if n >= MAX_HITS { "+" } else { "" };
        self.message = format!("Match {pos}/{n}{more} — n/N next/previous, Esc clears");
    }

    fn search_step(&mut self, forward: bool) {
        if let Some(s) = self.search.as_mut()
            && !s.hits.is_empty()
        {
            let n = s.hits.len();
            s.current = if forward {
                (s.current + 1) % n
            } else {
                (s.current + n - 1) % n
            };
        }
        self.goto_hit();
    }

    fn searching(&self) -> bool {
        self.search.as_ref().is_some_and(|s| !s.hits.is_empty())
    }

    /// Handles a key: the note/export input, popups and the search line first, then the keymap.
    pub fn key(&mut self, ev: KeyEvent) {
        if let Some(p) = self.prompt.as_mut() {
            match p.edit.key(&ev) {
                Outcome::Editing => {}
                Outcome::Cancel => {
                    self.prompt = None;
                    self.message = "Cancelled".into();
                }
                Outcome::Submit => {
                    if let Some(p) = self.prompt.take() {
                        self.submit(p);
                    }
                }
            }
            return;
        }
        if let Some(s) = self.search.as_mut()
            && s.editing
        {
            match ev.code {
                KeyCode::Esc => {
                    self.search = None;
                    self.message.clear();
                }
                KeyCode::Enter => {
                    s.editing = false;
                    self.goto_hit();
                }
                KeyCode::Backspace => {
                    s.query.pop();
                    self.search_update();
                }
                KeyCode::Char(c) if !ev.modifiers.contains(KeyModifiers::CONTROL) => {
                    s.query.push(c);
                    self.search_update();
                }
                _ => {}
            }
            return;
        }
        let action = keymap::lookup(&ev);
        if matches!(self.overlay, Overlay::Help | Overlay::Messages) {
            // Any key closes these popups; q still quits.
            self.overlay = Overlay::None;
            self.quit = action == Some(Action::Quit);
            return;
        }
        let Some(action) = action else {
            return;
        };
        self.act(action);
    }

    /// Does what an action says. Popups take movement keys for themselves.
    pub fn act(&mut self, action: Action) {
        if !matches!(action, Action::NextRelated | Action::PrevRelated) {
            self.message.clear();
        }
        match &mut self.overlay {
            Overlay::Help | Overlay::Messages => {
                if matches!(action, Action::Quit) {
                    self.quit = true;
                } else {
                    self.overlay = Overlay::None;
                }
                return;
            }
            Overlay::Mentions {
                items, selected, ..
            } => {
                let n = items.len();
                match action {
                    Action::Down => *selected = (*selected + 1).min(n.saturating_sub(1)),
                    Action::Up => *selected = selected.saturating_sub(1),
                    Action::Top => *selected = 0,
                    Action::Bottom => *selected = n.saturating_sub(1),
                    Action::Open => {
                        let (ai, fi) = items[*selected];
                        self.overlay = Overlay::None;
                        self.jump(ai, fi);
                        self.focus = Focus::Reader;
                    }
                    Action::Quit => self.quit = true,
                    _ => self.overlay = Overlay::None,
                }
                return;
            }
            Overlay::None => {}
        }
        let page = self.page.max(1);
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.overlay = Overlay::Help,
            Action::Messages => self.overlay = Overlay::Messages,
            Action::Cancel => {
                self.search = None;
            }
            Action::FocusNext | Action::FocusPrev => {
                let order = [Focus::List, Focus::Reader, Focus::Facts];
                let i = order.iter().position(|f| *f == self.focus).unwrap_or(0);
                let step = if action == Action::FocusNext { 1 } else { 2 };
                self.focus = order[(i + step) % 3];
                if self.focus == Focus::Facts && self.sidebar == Some(false) {
                    self.focus = order[(i + step * 2) % 3];
                }
            }
            Action::Down
            | Action::Up
            | Action::PageDown
            | Action::PageUp
            | Action::HalfDown
            | Action::HalfUp
            | Action::Top
            | Action::Bottom => {
                let delta: isize = match action {
                    Action::Down => 1,
                    Action::Up => -1,
                    Action::PageDown => page as isize,
                    Action::PageUp => -(page as isize),
                    Action::HalfDown => (page / 2).max(1) as isize,
                    Action::HalfUp => -((page / 2).max(1) as isize),
                    Action::Top => isize::MIN / 2,
                    _ => isize::MAX / 2,
                };
                self.move_by(delta);
            }
            Action::Open => match self.focus {
                Focus::List => self.focus = Focus::Reader,
                Focus::Facts => {
                    self.reveal_fact();
                    self.focus = Focus::Reader;
                }
                Focus::Reader => {}
            },
            Action::NextRelated | Action::PrevRelated => {
                let forward = action == Action::NextRelated;
                if self.searching() {
                    self.search_step(forward);
                } else {
                    self.jump_related(forward);
                }
            }
            Action::NextFact => self.step_fact(true),
            Action::PrevFact => self.step_fact(false),
            Action::Back => match self.history.pop() {
                Some(p) => {
                    self.open_article(p.article);
                    self.fact = p.fact;
                    if let Some(fi) = p.fact
                        && let Some(r) = self.row_of_fact(fi)
                    {
                        self.row = r;
                    }
                    self.scroll = p.scroll;
                    self.message = "Back".into();
                }
                None => self.message = "Nothing to go back to".into(),
            },
            Action::EntityMentions => {
                let entity = self
                    .fact
                    .and_then(|fi| self.current_facts().get(fi))
                    .and_then(|f| f.entity);
                match entity {
                    Some(e) => {
                        let items = self.index.mentions(e).to_vec();
                        let here = (self.article, self.fact.unwrap_or(0));
                        let selected = items.iter().position(|&x| x == here).unwrap_or(0);
                        self.overlay = Overlay::Mentions {
                            entity: e,
                            items,
                            selected,
                        };
                    }
                    None => {
                        self.message = "Select a person, organisation or place first".into();
                    }
                }
            }
            Action::FilterKind => {
                self.filter = match self.filter {
                    None => Some(FactKind::ALL[0]),
                    Some(k) => {
                        let i = FactKind::ALL.iter().position(|x| *x == k).unwrap_or(0);
                        FactKind::ALL.get(i + 1).copied()
                    }
                };
                self.row = 0;
                self.message = match self.filter {
                    Some(k) => format!("Showing {k} facts (f for the next kind)"),
                    None => "Showing every kind of fact".into(),
                };
            }
            Action::ToggleBoilerplate => {
                self.show_dropped = !self.show_dropped;
                let n = self
                    .corpus
                    .articles
                    .get(self.article)
                    .map_or(0, |a| a.blocks.iter().filter(|b| !b.kept).count());
                self.message = if self.show_dropped {
                    format!("Showing {n} dropped block(s), dimmed, with their reasons")
                } else {
                    "Hiding dropped blocks".into()
                };
            }
            Action::ToggleSidebar => {
                let shown = self.sidebar.unwrap_or(self.areas.facts.width > 0);
                self.sidebar = Some(!shown);
                if shown && self.focus == Focus::Facts {
                    self.focus = Focus::Reader;
                }
            }
            Action::Search => {
                self.search = Some(Search {
                    editing: true,
                    ..Search::default()
                });
            }
            Action::Accept => self.set_status(Status::Accepted),
            Action::Reject => self.set_status(Status::Rejected),
            Action::Flag => self.set_status(Status::Flagged),
            Action::Clear => self.set_status(Status::Unreviewed),
            Action::AcceptEntity => self.accept_entity(),
            Action::Note => match self.selected() {
                Some(target) => {
                    let note = self
                        .review
                        .note(&self.current_facts()[target.1].id.as_str());
                    self.prompt = Some(Prompt {
                        kind: PromptKind::Note,
                        edit: LineEdit::new(note),
                        target,
                    });
                }
                None => self.message = NO_FACT.into(),
            },
            Action::Undo => self.undo_redo(true),
            Action::Redo => self.undo_redo(false),
            Action::NextUnreviewed => self.next_unreviewed(),
            Action::OpenUrl => {
                let url = self
                    .corpus
                    .articles
                    .get(self.article)
                    .and_then(|a| a.url.clone());
                match url {
                    Some(u) => {
                        self.message = format!("Opening {u}");
                        self.open_request = Some(u);
                    }
                    None => {
                        self.message = "This article has no URL (only saved web pages do)".into()
                    }
                }
            }
            Action::OpenLink(n) => {
                let link = self
                    .corpus
                    .articles
                    .get(self.article)
                    .and_then(|a| a.links.get(usize::from(n).saturating_sub(1)).cloned());
                match link {
                    Some(u) => {
                        self.message = format!("Opening [{n}] {u}");
                        self.open_request = Some(u);
                    }
                    None => self.message = format!("No link [{n}] in this article"),
                }
            }
            // An export is a report on the whole corpus: not while only its first articles are in.
            Action::Export if self.loading.is_some() => {
                self.message =
                    "Export waits for the whole corpus: it is still loading (see the status bar)"
                        .into();
            }
            Action::Export => {
                self.prompt = Some(Prompt {
                    kind: PromptKind::Export,
                    edit: LineEdit::new("factlens-review.md"),
                    target: (self.article, 0),
                });
            }
        }
    }

    /// The selected fact as (article, fact).
    pub fn selected(&self) -> Option<(usize, usize)> {
        self.fact
            .filter(|&fi| fi < self.current_facts().len())
            .map(|fi| (self.article, fi))
    }

    /// Applies `edit` to the facts at `places` as one undo step and saves. Returns how many
    /// decisions changed.
    fn change(&mut self, places: &[(usize, usize)], edit: Edit) -> usize {
        if let Some(why) = self.store.as_ref().and_then(|s| s.read_only.as_ref()) {
            self.message = format!("Read-only: {why}");
            return 0;
        }
        let at = (self.clock)();
        let targets: Vec<Target> = places
            .iter()
            .map(|&(ai, fi)| {
                let a = &self.corpus.articles[ai];
                Target {
                    fact: &a.facts[fi],
                    article: &a.path,
                }
            })
            .collect();
        let ids = self.review.apply(&targets, &edit, &at);
        self.after_change(&ids);
        ids.len()
    }

    /// Recounts progress where `ids` live and saves the state.
    fn after_change(&mut self, ids: &[String]) {
        if ids.is_empty() {
            return;
        }
        let mut arts: Vec<usize> = ids
            .iter()
            .filter_map(|id| self.index.home(id.as_str().into()).map(|h| h.0))
            .collect();
        arts.push(self.article);
        arts.sort_unstable();
        arts.dedup();
        for ai in arts {
            if ai < self.done.len() {
                let n = self.count_done(ai);
                self.done_total = self.done_total + n - self.done[ai];
                self.done[ai] = n;
            }
        }
        if let Some(store) = &self.store
            && let Err(e) = store.save(&self.review)
        {
            self.message = format!("NOT SAVED: {e}");
        }
    }

    fn saved_message(&mut self, msg: String) {
        // A save error already took the message line; keep it visible.
        if !self.message.starts_with("NOT SAVED") && !self.message.starts_with("Read-only") {
            self.message = msg;
        }
    }

    fn progress_text(&self) -> String {
        let (done, total) = self.progress();
        format!("{done}/{total} reviewed")
    }

    fn set_status(&mut self, status: Status) {
        let Some(place) = self.selected() else {
            self.message = NO_FACT.into();
            return;
        };
        let n = self.change(&[place], Edit::Status(status));
        let f = &self.current_facts()[place.1];
        let what = format!("{} “{}”", f.kind, crate::tui::view::fit(&f.text, 40));
        let msg = if n == 0 {
            format!("{what} is already {status}")
        } else {
            format!(
                "{} {status} {what} · {} · u undoes",
                status.mark(),
                self.progress_text()
            )
        };
        self.saved_message(msg);
    }

    fn accept_entity(&mut self) {
        let Some((ai, fi)) = self.selected() else {
            self.message = NO_FACT.into();
            return;
        };
        let facts = self.current_facts();
        let Some(e) = facts[fi].entity else {
            self.message =
                "A accepts every mention of a person, organisation or place; use a for this fact"
                    .into();
            return;
        };
        let places: Vec<(usize, usize)> = facts
            .iter()
            .enumerate()
            .filter(|(_, f)| f.entity.as_ref() == Some(&e))
            .map(|(i, _)| (ai, i))
            .collect();
        let n = self.change(&places, Edit::Status(Status::Accepted));
        let name = self.entity_name(e).unwrap_or("").to_string();
        let msg = format!(
            "✓ accepted {n} mention(s) of {name} in this article · {} · u undoes",
            self.progress_text()
        );
        self.saved_message(msg);
    }

    fn undo_redo(&mut self, undo: bool) {
        if let Some(why) = self.store.as_ref().and_then(|s| s.read_only.as_ref()) {
            self.message = format!("Read-only: {why}");
            return;
        }
        let ids = if undo {
            self.review.undo()
        } else {
            self.review.redo()
        };
        let Some(ids) = ids else {
            self.message = if undo {
                "Nothing to undo".into()
            } else {
                "Nothing to redo".into()
            };
            return;
        };
        self.after_change(&ids);
        // Show what changed back.
        if let Some((ai, fi)) = ids
            .first()
            .and_then(|id| self.index.home(id.as_str().into()))
            && self.selected() != Some((ai, fi))
        {
            self.go(ai, Some(fi));
        }
        let verb = if undo { "Undone" } else { "Redone" };
        let msg = match ids.as_slice() {
            [one] => {
                let st = self.review.status(one);
                let text = self
                    .index
                    .home(one.as_str().into())
                    .map(|(a, f)| self.corpus.articles[a].facts[f].text.clone())
                    .unwrap_or_default();
                format!(
                    "{verb}: “{}” is {st} · {}",
                    crate::tui::view::fit(&text, 40),
                    self.progress_text()
                )
            }
            many => format!(
                "{verb}: {} facts changed back · {}",
                many.len(),
                self.progress_text()
            ),
        };
        self.saved_message(msg);
    }

    /// Goes to the next unreviewed fact in reading order (of the filtered kind, when the
    /// sidebar is filtered), across articles, wrapping around once.
    fn next_unreviewed(&mut self) {
        let n = self.corpus.articles.len();
        if n == 0 {
            return;
        }
        let start = self.fact.map_or(0, |f| f + 1);
        let mut found = None;
        'search: for step in 0..=n {
            let ai = (self.article + step) % n;
            let facts = &self.corpus.articles[ai].facts;
            let from = if step == 0 { start } else { 0 };
            let to = if step == n {
                start.min(facts.len())
            } else {
                facts.len()
            };
            for (fi, f) in facts.iter().enumerate().take(to).skip(from) {
                if self.filter.is_none_or(|k| f.kind == k)
                    && self.review.status(&f.id.as_str()) == Status::Unreviewed
                {
                    found = Some((ai, fi));
                    break 'search;
                }
            }
        }
        let Some((ai, fi)) = found else {
            self.message = match self.filter {
                Some(k) => format!("Every {k} fact is reviewed · {}", self.progress_text()),
                None => format!("Every fact is reviewed · {}", self.progress_text()),
            };
            return;
        };
        self.go(ai, Some(fi));
        let f = &self.corpus.articles[ai].facts[fi];
        self.message = format!(
            "{} “{}” — a accept · x reject · ! flag · m note · {}",
            f.kind,
            crate::tui::view::fit(&f.text, 40),
            self.progress_text()
        );
    }

    fn submit(&mut self, p: Prompt) {
        let text = p.edit.text();
        match p.kind {
            PromptKind::Note => {
                let n = self.change(&[p.target], Edit::Note(text.clone()));
                let msg = match (n, text.trim().is_empty()) {
                    (0, _) => "Note unchanged".to_string(),
                    (_, true) => "Note removed · u undoes".to_string(),
                    (_, false) => "Note saved · u undoes".to_string(),
                };
                self.saved_message(msg);
            }
            PromptKind::Export => {
                let name = text.trim();
                if name.is_empty() {
                    self.message = "Export cancelled: no file name".into();
                    return;
                }
                let path = expand_home(name);
                let format = export::Format::for_path(&path);
                let report =
                    export::report(&self.corpus, &self.index, &self.review, export::Which::All);
                let mut bytes = Vec::new();
                let written = export::write(&report, format, &mut bytes)
                    .and_then(|()| review::store::write_atomic(&path, &bytes));
                self.message = match written {
                    Ok(()) => format!(
                        "Exported {} facts ({}) to {}",
                        report.facts.len(),
                        match format {
                            export::Format::Json => "JSON",
                            export::Format::Csv => "CSV",
                            export::Format::Markdown => "Markdown",
                        },
                        path.display()
                    ),
                    Err(e) => format!("Export failed: {}: {e}", path.display()),
                };
            }
        }
    }

    fn move_by(&mut self, delta: isize) {
        let shift = |v: usize, max: usize| -> usize {
            (v as isize).saturating_add(delta).clamp(0, max as isize) as usize
        };
        match self.focus {
            Focus::List => {
                let n = self.corpus.articles.len();
                let i = shift(self.article, n.saturating_sub(1));
                self.open_article(i);
            }
            Focus::Reader => {
                let width = self.doc.as_ref().map_or(80, |d| d.width);
                self.doc(width);
                self.scroll = shift(self.scroll, self.max_scroll());
            }
            Focus::Facts => {
                let n = self.rows().len();
                // The first move only selects the current row.
                let r = if self.fact.is_none() {
                    self.row
                } else {
                    shift(self.row, n.saturating_sub(1))
                };
                self.select_row(r);
            }
        }
    }

    /// Mouse: the wheel scrolls the pane under the pointer, a click selects.
    pub fn mouse(&mut self, ev: MouseEvent) {
        let at = |r: Rect| {
            ev.column >= r.x
                && ev.column < r.x + r.width
                && ev.row >= r.y
                && ev.row < r.y + r.height
        };
        let pane = if at(self.areas.list) {
            Focus::List
        } else if at(self.areas.reader) {
            Focus::Reader
        } else if at(self.areas.facts) {
            Focus::Facts
        } else {
            return;
        };
        match ev.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let saved = self.focus;
                self.focus = pane;
                let step = if pane == Focus::Reader { 3 } else { 1 };
                let d = if ev.kind == MouseEventKind::ScrollDown {
                    step
                } else {
                    -step
                };
                self.move_by(d);
                self.focus = saved;
            }
            MouseEventKind::Down(_) => {
                self.focus = pane;
                match pane {
                    Focus::List => {
                        // Two lines per article, inside the border; the list scrolls with the
                        // selection (see the view), so clicks map through the same offset.
                        let r = self.areas.list;
                        let row = (ev.row.saturating_sub(r.y + 1)) as usize / 2;
                        let per_page = (r.height.saturating_sub(2) as usize / 2).max(1);
                        let first = list_offset(self.article, per_page);
                        self.open_article(first + row);
                    }
                    Focus::Facts => {
                        let r = self.areas.facts;
                        let line = (ev.row.saturating_sub(r.y + 1)) as usize;
                        if let Some(row) = super::view::sidebar_row_at(self, line) {
                            self.select_row(row);
                        }
                    }
                    Focus::Reader => {}
                }
            }
            _ => {}
        }
    }
}

const NO_FACT: &str =
    "Select a fact first: Space goes to the next unreviewed one, ] and [ step through facts";

/// `~/x` → the home directory's `x`.
fn expand_home(name: &str) -> PathBuf {
    if let Some(rest) = name.strip_prefix("~/")
        && let Some(dirs) = directories::BaseDirs::new()
    {
        return dirs.home_dir().join(rest);
    }
    PathBuf::from(name)
}

/// First article shown in a list page that keeps `selected` visible.
pub fn list_offset(selected: usize, per_page: usize) -> usize {
    (selected / per_page.max(1)) * per_page.max(1)
}

/// Search where lower-casing changes byte lengths (e.g. "İ"): compare char by char.
fn continue_search_unicode(text: &str, q: &str, ai: usize, bi: usize, hits: &mut Vec<Hit>) {
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<String> = chars.iter().map(|c| c.to_lowercase().collect()).collect();
    let qn = q.chars().count();
    if qn == 0 || chars.len() < qn {
        return;
    }
    for start in 0..=chars.len() - qn {
        let window: String = lower[start..start + qn].concat();
        if window == q {
            hits.push(Hit {
                article: ai,
                block: bi,
                start,
                end: start + qn,
            });
        }
    }
}
