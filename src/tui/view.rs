//! Drawing: article list | reading pane | facts sidebar, status bar, popups. Only what is visible
//! is styled, so a huge article costs one wrap (cached) and a screenful of spans per frame.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Clear, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, Wrap,
};
use unicode_width::UnicodeWidthStr;

use crate::model::FactKind;
use crate::model::review::Status;

use super::app::{App, Focus, LineKind, Overlay, PromptKind, Row, list_offset};
use super::keymap::{KEYMAP, describe};

/// Smallest usable screen; below it a short message is shown instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// Below this width the sidebar is hidden until `s` shows it.
pub const SIDEBAR_WIDTH: u16 = 100;

/// One restrained colour per kind of fact.
pub fn kind_style(kind: FactKind) -> Style {
    let c = match kind {
        FactKind::Person => Color::Cyan,
        FactKind::Organization => Color::Magenta,
        FactKind::Place => Color::Green,
        FactKind::Date => Color::Yellow,
        FactKind::Money => Color::LightGreen,
        FactKind::Quantity => Color::LightBlue,
        FactKind::Quote => Color::LightCyan,
        FactKind::Event => Color::LightRed,
    };
    let s = Style::default().fg(c);
    if kind == FactKind::Quote {
        s.add_modifier(Modifier::ITALIC)
    } else {
        s
    }
}

/// The selected row of a list (articles, facts).
fn row_style(selected: bool) -> Style {
    if selected {
        Style::default()
            .fg(Color::Black)
            .bg(Color::Cyan)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::default()
    }
}

fn pane_block(title: String, focused: bool) -> Block<'static> {
    let style = if focused {
        Style::default()
            .fg(Color::White)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::default().fg(Color::DarkGray)
    };
    Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(Span::styled(title, style))
}

/// Cuts `s` to at most `cols` display columns, with an ellipsis when cut.
pub fn fit(s: &str, cols: usize) -> String {
    if s.width() <= cols {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if used + w + 1 > cols {
            break;
        }
        used += w;
        out.push(ch);
    }
    if cols > 0 {
        out.push('…');
    }
    out
}

pub fn draw(f: &mut Frame, app: &mut App) {
    let area = f.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        app.areas = Default::default();
        let msg = format!(
            "Terminal too small ({}x{}). factlens needs {MIN_WIDTH}x{MIN_HEIGHT}; q quits.",
            area.width, area.height
        );
        f.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
        return;
    }
    let [main, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let wide = main.width >= SIDEBAR_WIDTH;
    let sidebar = app.sidebar.unwrap_or(wide);
    let (list_w, facts_w) = match (wide, sidebar) {
        (true, true) => (main.width * 22 / 100, main.width * 30 / 100),
        (true, false) => (main.width * 25 / 100, 0),
        (false, true) => (0, main.width * 42 / 100),
        (false, false) => (main.width * 30 / 100, 0),
    };
    let [list, reader, facts] = Layout::horizontal([
        Constraint::Length(list_w),
        Constraint::Min(10),
        Constraint::Length(facts_w),
    ])
    .areas(main);
    app.areas.list = list;
    app.areas.reader = reader;
    app.areas.facts = facts;
    if app.focus == Focus::Facts && facts.width == 0 {
        app.focus = Focus::Reader;
    }
    if app.focus == Focus::List && list.width == 0 {
        app.focus = Focus::Reader;
    }
    if list.width > 0 {
        draw_list(f, app, list);
    }
    draw_reader(f, app, reader);
    if facts.width > 0 {
        draw_facts(f, app, facts);
    }
    draw_status(f, app, status);
    match app.overlay.clone() {
        Overlay::None => {}
        Overlay::Help => draw_help(f, app, area),
        Overlay::Messages => draw_messages(f, app, area),
        Overlay::Mentions {
            entity,
            items,
            selected,
        } => draw_mentions(f, app, area, entity, &items, selected),
    }
}

fn draw_list(f: &mut Frame, app: &App, area: Rect) {
    let n = app.corpus.articles.len();
    let block = pane_block(
        format!(
            " Articles {}/{}{} ",
            (app.article + 1).min(n),
            n,
            if app.loading.is_some() {
                "+, loading"
            } else {
                ""
            }
        ),
        app.focus == Focus::List,
    );
    let inner = block.inner(area);
    f.render_widget(block, area);
    let per_page = (inner.height as usize / 2).max(1);
    let first = list_offset(app.article, per_page);
    let cols = inner.width as usize;
    let mut lines = Vec::new();
    for (i, a) in app
        .corpus
        .articles
        .iter()
        .enumerate()
        .skip(first)
        .take(per_page)
    {
        let selected = i == app.article;
        let title_style = row_style(selected);
        let marker = if selected { "▌" } else { " " };
        let title = fit(&a.display_title(), cols.saturating_sub(1));
        let pad = cols.saturating_sub(title.width() + 1);
        lines.push(Line::from(vec![
            Span::styled(marker, Style::default().fg(Color::Cyan)),
            Span::styled(format!("{title}{}", " ".repeat(pad)), title_style),
        ]));
        // Review progress first, so a narrow list still shows it.
        let mut meta = Vec::new();
        let reviewed = app.reviewed_in(i);
        match reviewed {
            0 => {}
            r if r == a.facts.len() => meta.push(format!("✓ all {r} reviewed")),
            r => meta.push(format!("{r}/{} reviewed", a.facts.len())),
        }
        if let Some(s) = &a.source {
            meta.push(s.clone());
        }
        if let Some(d) = &a.date {
            meta.push(d.clone());
        }
        if reviewed == 0 {
            meta.push(format!("{} facts", a.facts.len()));
        }
        lines.push(Line::from(vec![
            Span::styled(marker, Style::default().fg(Color::Cyan)),
            Span::styled(
                fit(&meta.join(" · "), cols.saturating_sub(1)),
                Style::default().fg(Color::DarkGray),
            ),
        ]));
    }
    f.render_widget(Paragraph::new(lines), inner);
}

fn draw_reader(f: &mut Frame, app: &mut App, area: Rect) {
    let focused = app.focus == Focus::Reader;
    let n = app.corpus.articles.len();
    let block = pane_block(
        format!(
            " [{}/{}]{} ",
            (app.article + 1).min(n),
            n,
            if app.show_dropped {
                " +boilerplate"
            } else {
                ""
            }
        ),
        focused,
    );
    let inner = block.inner(area);
    f.render_widget(block, area);
    if inner.width < 2 || inner.height == 0 {
        return;
    }
    // One column for the scrollbar.
    let text_w = inner.width.saturating_sub(1) as usize;
    app.page = inner.height as usize;
    let total = app.doc(text_w).lines.len();
    app.scroll = app.scroll.min(total.saturating_sub(1));
    let Some(article) = app.corpus.articles.get(app.article) else {
        f.render_widget(Paragraph::new("No article loaded."), inner);
        return;
    };
    let doc = app.doc.as_ref().expect("built above");
    let facts = &article.facts;
    let hits: Vec<(usize, usize, usize, bool)> = app
        .search
        .as_ref()
        .map(|s| {
            s.hits
                .iter()
                .enumerate()
                .filter(|(_, h)| h.article == app.article)
                .map(|(i, h)| (h.block, h.start, h.end, i == s.current))
                .collect()
        })
        .unwrap_or_default();
    let mut lines: Vec<Line> = Vec::with_capacity(inner.height as usize);
    for vl in doc
        .lines
        .iter()
        .skip(app.scroll)
        .take(inner.height as usize)
    {
        let line = match vl.kind {
            LineKind::Title => Line::from(Span::styled(
                doc.title[vl.piece.byte_start..vl.piece.byte_end].to_string(),
                Style::default().add_modifier(Modifier::BOLD),
            )),
            LineKind::Meta => Line::from(Span::styled(
                doc.meta[vl.piece.byte_start..vl.piece.byte_end].to_string(),
                Style::default().fg(Color::DarkGray),
            )),
            LineKind::Blank => Line::default(),
            LineKind::Link => Line::from(Span::styled(
                doc.meta[vl.piece.byte_start..vl.piece.byte_end].to_string(),
                Style::default().fg(Color::Blue),
            )),
            LineKind::DropNote => {
                let b = &article.blocks[vl.block];
                let reason = b.reason.map(|r| r.to_string()).unwrap_or_default();
                let cue = b
                    .cue
                    .as_deref()
                    .map(|c| format!(" “{}”", fit(c, 30)))
                    .unwrap_or_default();
                Line::from(Span::styled(
                    fit(&format!("┄ dropped: {reason}{cue} ┄"), text_w),
                    Style::default()
                        .fg(Color::DarkGray)
                        .add_modifier(Modifier::ITALIC),
                ))
            }
            LineKind::Dropped => Line::from(Span::styled(
                article.blocks[vl.block].text[vl.piece.byte_start..vl.piece.byte_end].to_string(),
                Style::default()
                    .fg(Color::DarkGray)
                    .add_modifier(Modifier::DIM),
            )),
            LineKind::Text => {
                let text = &article.blocks[vl.block].text[vl.piece.byte_start..vl.piece.byte_end];
                let (cs, ce) = (vl.piece.char_start, vl.piece.char_end);
                let mut styles = vec![Style::default(); ce - cs];
                let mut paint = |start: usize, end: usize, style: Style| {
                    let (a, b) = (start.max(cs), end.min(ce));
                    for s in styles
                        .iter_mut()
                        .take(b.saturating_sub(cs))
                        .skip(a.saturating_sub(cs))
                    {
                        *s = s.patch(style);
                    }
                };
                // Quotes first (long, subtle), then names and values over them.
                for pass in [true, false] {
                    for ft in facts.iter().filter(|ft| {
                        ft.block as usize == vl.block && (ft.kind == FactKind::Quote) == pass
                    }) {
                        let (start, end) = (ft.start as usize, ft.end as usize);
                        if end > cs && start < ce {
                            paint(start, end, kind_style(ft.kind));
                        }
                    }
                }
                // Review state over the kind colours: accepted underlined, flagged bold
                // yellow and underlined, rejected struck through.
                if !app.review.decisions().is_empty() {
                    for ft in facts.iter().filter(|ft| ft.block as usize == vl.block) {
                        let (start, end) = (ft.start as usize, ft.end as usize);
                        if end > cs && start < ce {
                            let st = match app.review.status(&ft.id.as_str()) {
                                Status::Unreviewed => continue,
                                Status::Accepted => Style::default()
                                    .add_modifier(Modifier::UNDERLINED)
                                    .underline_color(Color::Green),
                                Status::Flagged => Style::default()
                                    .fg(Color::Yellow)
                                    .add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
                                Status::Rejected => Style::default()
                                    .fg(Color::DarkGray)
                                    .add_modifier(Modifier::CROSSED_OUT),
                            };
                            paint(start, end, st);
                        }
                    }
                }
                if let Some(sel) = app.fact.and_then(|i| facts.get(i))
                    && sel.block as usize == vl.block
                {
                    paint(
                        sel.start as usize,
                        sel.end as usize,
                        Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
                    );
                }
                for &(b, s, e, current) in &hits {
                    if b == vl.block {
                        let bg = if current {
                            Color::LightYellow
                        } else {
                            Color::Yellow
                        };
                        paint(s, e, Style::default().bg(bg).fg(Color::Black));
                    }
                }
                spans_by_style(text, &styles)
            }
        };
        lines.push(line);
    }
    let text_area = Rect {
        width: text_w as u16,
        ..inner
    };
    f.render_widget(Paragraph::new(lines), text_area);
    if total > inner.height as usize {
        let mut state =
            ScrollbarState::new(total.saturating_sub(inner.height as usize)).position(app.scroll);
        f.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None),
            inner,
            &mut state,
        );
    }
}

/// Groups consecutive chars of equal style into spans.
fn spans_by_style(text: &str, styles: &[Style]) -> Line<'static> {
    let mut spans = Vec::new();
    let mut cur = String::new();
    let mut cur_style = styles.first().copied().unwrap_or_default();
    for (ch, st) in text.chars().zip(styles.iter().copied()) {
        if st != cur_style && !cur.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut cur), cur_style));
        }
        cur_style = st;
        cur.push(ch);
    }
    if !cur.is_empty() {
        spans.push(Span::styled(cur, cur_style));
    }
    Line::from(spans)
}

/// The sidebar as lines: a header per kind, then its rows. `Some(row)` marks a row's line.
fn sidebar_lines(app: &App, cols: usize) -> (Vec<(Option<usize>, Line<'static>)>, usize) {
    let rows = app.rows();
    let mut out = Vec::new();
    let mut selected_line = 0;
    let mut last_kind = None;
    for (ri, r) in rows.iter().enumerate() {
        if last_kind != Some(r.kind) {
            let n = rows.iter().filter(|x| x.kind == r.kind).count();
            out.push((
                None,
                Line::from(Span::styled(
                    format!("{} ({n})", r.kind.as_str().to_uppercase()),
                    kind_style(r.kind).add_modifier(Modifier::BOLD),
                )),
            ));
            last_kind = Some(r.kind);
        }
        let selected = app.fact.is_some() && ri == app.row;
        if selected {
            selected_line = out.len();
        }
        let mut tail = String::new();
        if r.count > 1 {
            tail.push_str(&format!(" {}×", r.count));
        }
        if r.sources > 1 {
            tail.push_str(&format!(" ⧉{}", r.sources));
        }
        if r.conflict {
            tail.push_str(" ⚠");
        }
        if let Some(s) = [Status::Accepted, Status::Flagged, Status::Rejected]
            .into_iter()
            .find(|s| r.elsewhere.iter().any(|e| e.1 == *s))
        {
            tail.push_str(&format!(" ≈{}", s.mark()));
        }
        let mark = match r.status {
            Some(s) => s.mark(),
            None => "◐",
        };
        let mark = if mark == "·" { " " } else { mark };
        let label = row_label(r);
        let room = cols.saturating_sub(tail.width() + 2);
        let body = fit(&label, room);
        let pad = room.saturating_sub(body.width());
        let style = row_style(selected);
        out.push((
            Some(ri),
            Line::from(vec![
                Span::styled(format!("{mark} "), status_style(r.status)),
                Span::styled(format!("{body}{}", " ".repeat(pad)), style),
                Span::styled(
                    tail,
                    if r.conflict {
                        Style::default().fg(Color::Red)
                    } else {
                        Style::default().fg(Color::DarkGray)
                    },
                ),
            ]),
        ));
    }
    (out, selected_line)
}

fn status_style(s: Option<Status>) -> Style {
    match s {
        Some(Status::Accepted) => Style::default().fg(Color::Green),
        Some(Status::Rejected) => Style::default().fg(Color::Red),
        Some(Status::Flagged) => Style::default().fg(Color::Yellow),
        _ => Style::default().fg(Color::DarkGray),
    }
}

/// The sidebar row on the `line`-th visible line (mouse clicks).
pub fn sidebar_row_at(app: &App, line: usize) -> Option<usize> {
    let area = app.areas.facts;
    let height = area.height.saturating_sub(2) as usize;
    let (lines, selected) = sidebar_lines(app, area.width.saturating_sub(2) as usize);
    let first = list_offset(selected, height.max(1));
    lines.get(first + line).and_then(|(r, _)| *r)
}

fn draw_facts(f: &mut Frame, app: &App, area: Rect) {
    let filter = app
        .filter
        .map(|k| format!(" · {k} only"))
        .unwrap_or_default();
    let total = app.current_facts().len();
    let block = pane_block(
        format!(" Facts {total}{filter} "),
        app.focus == Focus::Facts,
    );
    let inner = block.inner(area);
    f.render_widget(block, area);
    let (lines, selected) = sidebar_lines(app, inner.width as usize);
    if lines.is_empty() {
        f.render_widget(
            Paragraph::new(Span::styled(
                "No facts here.",
                Style::default().fg(Color::DarkGray),
            )),
            inner,
        );
        return;
    }
    let first = list_offset(selected, (inner.height as usize).max(1));
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(first)
        .take(inner.height as usize)
        .map(|(_, l)| l)
        .collect();
    f.render_widget(Paragraph::new(visible), inner);
}

fn draw_status(f: &mut Frame, app: &App, area: Rect) {
    let mode = match (&app.overlay, &app.search) {
        _ if app.prompt.is_some() => match app.prompt.as_ref().map(|p| p.kind) {
            Some(PromptKind::Note) => "NOTE",
            _ => "EXPORT",
        },
        (Overlay::Help, _) => "HELP",
        (Overlay::Messages, _) => "MESSAGES",
        (Overlay::Mentions { .. }, _) => "MENTIONS",
        (_, Some(s)) if s.editing => "SEARCH",
        _ => match app.focus {
            Focus::List => "LIST",
            Focus::Reader => "READ",
            Focus::Facts => "FACTS",
        },
    };
    let left = Span::styled(
        format!(" {mode} "),
        Style::default()
            .fg(Color::Black)
            .bg(Color::Cyan)
            .add_modifier(Modifier::BOLD),
    );
    let middle =
        if let Some(p) = &app.prompt {
            let text = p.edit.text();
            let (before, after): (String, String) = {
                let chars: Vec<char> = text.chars().collect();
                let c = p.edit.cursor().min(chars.len());
                (chars[..c].iter().collect(), chars[c..].iter().collect())
            };
            match p.kind {
                PromptKind::Note => format!(" note: {before}▏{after}   (Enter saves, Esc cancels)"),
                PromptKind::Export => format!(
                    " export to: {before}▏{after}   (.md, .json or .csv; Enter writes, Esc cancels)"
                ),
            }
        } else if let Some(s) = app.search.as_ref().filter(|s| s.editing) {
            format!(" /{}▏ {} match(es)", s.query, s.hits.len())
        } else if !app.message.is_empty() {
            // A message does not hide that the corpus is still loading.
            match &app.loading {
                Some(loading) => format!(" {} · {loading}", app.message),
                None => format!(" {}", app.message),
            }
        } else {
            let total = app.doc.as_ref().map_or(0, |d| d.lines.len());
            let pct = if total <= app.page {
                100
            } else {
                (app.scroll + app.page).min(total) * 100 / total
            };
            let fact =
                app.fact
                    .and_then(|i| app.current_facts().get(i).map(|f| (i, f)))
                    .map(|(i, f)| {
                        let mut s = format!(" · fact {}/{}", i + 1, app.current_facts().len());
                        if let Some(d) = app.review.get(&f.id.as_str()) {
                            s.push_str(&format!(" {} {}", d.status.mark(), d.status));
                            if !d.note.is_empty() {
                                s.push_str(&format!(" — note: {}", d.note));
                            }
                        }
                        let elsewhere = crate::model::index::describe_elsewhere(
                            &app.index
                                .elsewhere(&app.corpus, &app.review, app.article, i),
                        );
                        if !elsewhere.is_empty() {
                            s.push_str(&format!(" · {elsewhere}"));
                        }
                        s
                    })
                    .unwrap_or_default();
            let (done, all) = app.progress();
            let warn = if app.corpus.warnings.is_empty() {
                String::new()
            } else {
                format!(" · {} warning(s) (w)", app.corpus.warnings.len())
            };
            match &app.loading {
                Some(loading) => format!(
                    " article {}/{} · {pct}%{fact} · {loading}",
                    (app.article + 1).min(app.corpus.articles.len()),
                    app.corpus.articles.len()
                ),
                None => format!(
                    " article {}/{} · {pct}%{fact} · {done}/{all} reviewed{warn}",
                    (app.article + 1).min(app.corpus.articles.len()),
                    app.corpus.articles.len()
                ),
            }
        };
    let hints = " ?:help Space:next a/x/!:review n:related /:search q:quit ";
    let read_only = app.store.as_ref().is_some_and(|s| s.read_only.is_some());
    let left = if read_only {
        Span::styled(
            format!("{}READ-ONLY ", left.content),
            Style::default()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
        )
    } else {
        left
    };
    // A long message wins over the key hints.
    let hints = if middle.width() + left.content.width() + hints.width() > area.width as usize
        && middle.width() > 40
    {
        ""
    } else {
        hints
    };
    let room = (area.width as usize).saturating_sub(left.content.width() + hints.width());
    let middle = fit(&middle, room);
    let pad = room.saturating_sub(middle.width());
    let line = Line::from(vec![
        left,
        Span::raw(format!("{middle}{}", " ".repeat(pad))),
        Span::styled(hints, Style::default().fg(Color::DarkGray)),
    ]);
    f.render_widget(Paragraph::new(line), area);
}

fn popup(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width.saturating_sub(2)).max(1);
    let h = h.min(area.height.saturating_sub(2)).max(1);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// The help screen, generated from the keymap: one block of lines per section.
pub fn help_sections(app: &App) -> Vec<Vec<Line<'static>>> {
    let mut sections: Vec<Vec<Line<'static>>> = Vec::new();
    let mut section = "";
    for b in KEYMAP {
        if b.section != section {
            section = b.section;
            sections.push(vec![Line::from(Span::styled(
                section.to_string(),
                Style::default().add_modifier(Modifier::BOLD),
            ))]);
        }
        if let Some(s) = sections.last_mut() {
            s.push(Line::from(vec![
                Span::styled(
                    format!("  {:<18}", describe(b.keys)),
                    Style::default().fg(Color::Cyan),
                ),
                Span::raw(b.help.to_string()),
            ]));
        }
    }
    let mut legend = vec![Line::from(Span::styled(
        "Colours",
        Style::default().add_modifier(Modifier::BOLD),
    ))];
    for half in FactKind::ALL.chunks(4) {
        let mut kinds = vec![Span::raw("  ")];
        for &k in half {
            kinds.push(Span::styled(k.as_str().to_string(), kind_style(k)));
            kinds.push(Span::raw("  "));
        }
        legend.push(Line::from(kinds));
    }
    for l in [
        "  ⧉N  reported by N articles",
        "  N×  mentions in this article",
        "  ⚠   another article gives another value",
        "  ✓ ✗ ! ◐  accepted, rejected, flagged, mixed",
        "  ≈✓  reviewed in another article",
    ] {
        legend.push(Line::from(Span::styled(
            l,
            Style::default().fg(Color::DarkGray),
        )));
    }
    sections.push(legend);
    let dim = Style::default().fg(Color::DarkGray);
    let mut state = vec![Line::from(Span::styled(
        "Review state",
        Style::default().add_modifier(Modifier::BOLD),
    ))];
    match &app.store {
        Some(s) => {
            // The file name matters most: cut long paths at the front.
            let path = s.path.display().to_string();
            let n = path.chars().count();
            let shown = if n > 54 {
                format!("…{}", path.chars().skip(n - 53).collect::<String>())
            } else {
                path
            };
            state.push(Line::from(Span::styled(format!("  {shown}"), dim)));
            if let Some(why) = &s.read_only {
                state.push(Line::from(Span::styled(
                    format!("  read-only: {why}"),
                    Style::default().fg(Color::Yellow),
                )));
            }
        }
        None => state.push(Line::from(Span::styled(
            "  in memory only (not saved)",
            dim,
        ))),
    }
    let (done, all) = app.progress();
    state.push(Line::from(Span::styled(
        format!("  {done}/{all} facts reviewed"),
        dim,
    )));
    sections.push(state);
    sections
}

fn draw_help(f: &mut Frame, app: &App, area: Rect) {
    // Two columns, split at the section boundary that makes the taller column shortest.
    let sections = help_sections(app);
    let heights: Vec<usize> = sections.iter().map(|s| s.len() + 1).collect();
    let total: usize = heights.iter().sum();
    let split = (0..=sections.len())
        .min_by_key(|&i| {
            let l: usize = heights[..i].iter().sum();
            l.max(total - l)
        })
        .unwrap_or(0);
    let mut left: Vec<Line> = Vec::new();
    let mut right: Vec<Line> = Vec::new();
    for (i, s) in sections.into_iter().enumerate() {
        let col = if i < split { &mut left } else { &mut right };
        if !col.is_empty() {
            col.push(Line::default());
        }
        col.extend(s);
    }
    let h = left.len().max(right.len()) as u16 + 2;
    let r = popup(area, 118, h);
    f.render_widget(Clear, r);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" factlens — keys (any key closes) ");
    let inner = block.inner(r);
    f.render_widget(block, r);
    let [a, b] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(inner);
    f.render_widget(Paragraph::new(left), a);
    f.render_widget(Paragraph::new(right), b);
}

fn draw_messages(f: &mut Frame, app: &App, area: Rect) {
    let mut lines: Vec<Line> = app
        .corpus
        .warnings
        .iter()
        .map(|w| Line::from(w.to_string()))
        .collect();
    if lines.is_empty() {
        lines.push(Line::from("No warnings: every file loaded cleanly."));
    }
    if let Some(s) = &app.store {
        lines.push(Line::from(format!("Review state: {}", s.path.display())));
        if let Some(why) = &s.read_only {
            lines.push(Line::from(format!("Read-only: {why}")));
        }
    }
    if app.orphans > 0 {
        lines.push(Line::from(format!(
            "{} decision(s) are for facts no longer in these articles (the files changed). They stay in the state file and in exports:",
            app.orphans
        )));
        for (id, d) in app
            .review
            .orphans(&|id| app.index.home(id.into()).is_some())
            .into_iter()
            .take(20)
        {
            lines.push(Line::from(format!(
                "  {id} {} {} “{}” in {}",
                d.status, d.kind, d.text, d.article
            )));
        }
    }
    // Long messages wrap: the box is as tall as their wrapped rows (plus one, as ratatui may
    // break a row earlier than our wrapper), so no message is cut.
    let w = area.width.saturating_sub(8);
    let inner = usize::from(w.saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            super::wrap::wrap(&text, inner).len().max(1)
        })
        .sum();
    let r = popup(area, w, (rows + 3).min(usize::from(u16::MAX)) as u16);
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Loading messages "),
        ),
        r,
    );
}

fn draw_mentions(
    f: &mut Frame,
    app: &App,
    area: Rect,
    entity: crate::model::FactId,
    items: &[(usize, usize)],
    selected: usize,
) {
    let r = popup(
        area,
        area.width.saturating_sub(10),
        area.height.saturating_sub(6),
    );
    let inner_h = r.height.saturating_sub(2) as usize;
    let cols = r.width.saturating_sub(2) as usize;
    let first = list_offset(selected, inner_h.max(1));
    let mut lines = Vec::new();
    for (i, &(ai, fi)) in items.iter().enumerate().skip(first).take(inner_h) {
        let a = &app.corpus.articles[ai];
        let fact = &a.facts[fi];
        let block = &a.blocks[fact.block as usize].text;
        // A little context around the mention.
        let chars: Vec<char> = block.chars().collect();
        let from = (fact.start as usize).saturating_sub(30);
        let to = (fact.end as usize + 40).min(chars.len());
        let ctx: String = chars[from..to]
            .iter()
            .collect::<String>()
            .replace('\n', " ");
        let text = format!("[{}] {} — …{}…", ai + 1, a.display_title(), ctx);
        let style = if i == selected {
            Style::default().fg(Color::Black).bg(Color::Cyan)
        } else {
            Style::default()
        };
        lines.push(Line::from(Span::styled(fit(&text, cols), style)));
    }
    let name = app
        .entity_name(entity)
        .map_or_else(|| entity.to_string(), str::to_string);
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines).block(Block::default().borders(Borders::ALL).title(format!(
            " {name}: {} mention(s) — Enter jumps, Esc closes ",
            items.len()
        ))),
        r,
    );
}
/// A sidebar row's text: "Thursday = 2025-10-30"; a value that only repeats the text is not
/// repeated ("1992", "Meeting, 2025-10-30, Gyeongju"); a quote after its speaker, in quote
/// marks when it is direct speech.
fn row_label(r: &Row) -> String {
    if r.detail.is_empty() {
        return r.label.clone();
    }
    if r.kind == FactKind::Quote {
        return if r.reported {
            format!("{}: {}", r.detail, r.label)
        } else {
            format!("{} — “{}”", r.detail, r.label)
        };
    }
    let (label, detail) = (r.label.to_lowercase(), r.detail.to_lowercase());
    if detail == label {
        return r.label.clone();
    }
    match detail.strip_prefix(&label) {
        Some(rest) if rest.starts_with(", ") && r.detail.is_char_boundary(r.label.len()) => {
            format!("{}{}", r.label, &r.detail[r.label.len()..])
        }
        _ => format!("{} = {}", r.label, r.detail),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(kind: FactKind, label: &str, detail: &str, reported: bool) -> String {
        row_label(&Row {
            kind,
            fact: 0,
            label: label.into(),
            detail: detail.into(),
            count: 1,
            members: vec![0],
            sources: 1,
            conflict: false,
            status: None,
            reviewed: 0,
            elsewhere: Vec::new(),
            reported,
        })
    }

    #[test]
    fn a_row_shows_a_value_once() {
        assert_eq!(
            row(FactKind::Date, "Thursday", "2025-10-30", false),
            "Thursday = 2025-10-30"
        );
        assert_eq!(row(FactKind::Date, "1992", "1992", false), "1992");
        assert_eq!(
            row(
                FactKind::Event,
                "Meeting",
                "meeting, 2025-10-30, Gyeongju",
                false
            ),
            "Meeting, 2025-10-30, Gyeongju"
        );
        assert_eq!(
            row(FactKind::Event, "state visit", "visit, 2025-10-30", false),
            "state visit = visit, 2025-10-30"
        );
        assert_eq!(row(FactKind::Person, "Xi Jinping", "", false), "Xi Jinping");
    }

    #[test]
    fn direct_quotes_are_in_quote_marks_and_reported_speech_is_not() {
        assert_eq!(
            row(FactKind::Quote, "We will win", "Hillary Clinton", false),
            "Hillary Clinton — “We will win”"
        );
        assert_eq!(
            row(
                FactKind::Quote,
                "he will work with Xi",
                "Lee Jae Myung",
                true
            ),
            "Lee Jae Myung: he will work with Xi"
        );
    }
}
