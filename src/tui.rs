//! The interactive reader (ratatui + crossterm): app state → actions → views. The library core
//! in [`crate::model`] knows nothing of this module.

pub mod app;
pub mod bench;
pub mod input;
pub mod keymap;
pub mod view;
pub mod wrap;

use std::io::stdout;
use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::mpsc;
use std::time::Duration;

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind};
use crossterm::execute;

use crate::model::index::Index;
use crate::model::loader::Source;
use crate::model::review::Review;
use crate::model::review::store::Store;
use crate::model::{Corpus, Progress, Warning};
use app::App;

/// Leaves raw mode and the alternate screen, shows the cursor. Safe to call twice.
fn restore() {
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    let _ = execute!(stdout(), crossterm::cursor::Show);
}

/// A large corpus opens on at most this many of its first articles; the rest loads behind them.
pub const PREVIEW_ARTICLES: usize = 200;

/// The reader's first articles when `sources` are many or large: the reader opens on them while
/// a [`Background`] loads the whole. `None` when the corpus is small enough to load before the
/// first frame, reads standard input (which can be read only once), or its first files hold no
/// article.
pub fn first_articles(sources: &[Source]) -> Option<Corpus> {
    if sources.contains(&Source::Stdin) {
        return None;
    }
    let sizes = sources.iter().map(|s| match s {
        Source::File(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
        Source::Stdin => 0,
    });
    let n = preview_len(sizes);
    if n >= sources.len() {
        return None;
    }
    let progress = Progress::default();
    let (first, _) = Corpus::from_sources(&sources[..n], Vec::new(), &progress);
    (!first.articles.is_empty()).then_some(first)
}

/// The first articles also stop at this many bytes of files (a folder of large pages opens at
/// once too); one file at least.
pub const PREVIEW_BYTES: u64 = 8 << 20;

/// How many of the files (given by size, in order) the reader opens on.
fn preview_len(sizes: impl Iterator<Item = u64>) -> usize {
    let mut total = 0u64;
    let mut n = 0;
    for size in sizes.take(PREVIEW_ARTICLES) {
        total = total.saturating_add(size);
        if total > PREVIEW_BYTES && n > 0 {
            break;
        }
        n += 1;
    }
    n
}

/// The name of the thread that loads the rest of a large corpus.
const LOADER_THREAD: &str = "factlens-load";

/// The rest of a large corpus, loading on another thread while the reader shows its first
/// articles.
pub struct Background {
    progress: Arc<Progress>,
    /// The whole corpus, or why it could not be loaded (a bug: the pipeline does not fail on
    /// input).
    done: mpsc::Receiver<Result<Loaded, String>>,
}

/// A whole corpus and its index, both built off the reader's thread (on 100k articles the index
/// alone takes seconds).
pub struct Loaded {
    pub corpus: Corpus,
    pub index: Index,
}

impl Loaded {
    pub fn new(corpus: Corpus) -> Loaded {
        let index = Index::new(&corpus);
        Loaded { corpus, index }
    }
}

impl Background {
    /// Loads, extracts and links all of `sources` on a new thread.
    pub fn spawn(sources: Vec<Source>, warnings: Vec<Warning>) -> std::io::Result<Background> {
        let progress = Arc::new(Progress::default());
        let (tx, done) = mpsc::channel();
        let shared = Arc::clone(&progress);
        std::thread::Builder::new()
            .name(LOADER_THREAD.into())
            .spawn(move || {
                let result = std::panic::catch_unwind(|| {
                    let (corpus, _) = Corpus::from_sources(&sources, warnings, &shared);
                    Loaded::new(corpus)
                })
                .map_err(|panic| {
                    panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "a panic".into())
                });
                // The reader may have quit meanwhile; then nobody is listening.
                if let Err(mpsc::SendError(loaded)) = tx.send(result) {
                    std::mem::forget(loaded);
                }
            })?;
        Ok(Background { progress, done })
    }

    /// Blocks until the whole corpus is ready (tests, scripts); an error if loading failed.
    pub fn wait(self) -> Result<Loaded, String> {
        self.done
            .recv()
            .unwrap_or_else(|_| Err("the loading thread ended".into()))
    }

    /// What the status bar says while it runs.
    pub fn status(&self) -> String {
        let total = self.progress.total.load(Relaxed);
        if self.progress.extracting.load(Relaxed) {
            format!("{total} files read; linking facts across them…")
        } else {
            let n = self.progress.loaded.load(Relaxed);
            format!("reading {n}/{total} files…")
        }
    }
}

/// Runs the reader until `q`, continuing `review` and saving it to `store`; `background`, when
/// given, is the rest of the corpus, swapped in when it is ready. The terminal is restored on
/// return, on error and on panic.
pub fn run(
    corpus: Corpus,
    review: Review,
    store: Option<Store>,
    background: Option<Background>,
) -> anyhow::Result<()> {
    let hook = std::panic::take_hook();
    let reader_thread = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        // A panic on the reader's thread ends the reader and must leave a usable terminal. One
        // elsewhere — the loading thread or its workers — ends the loading, not the reader: it
        // is caught there and the status bar names it (printing it would garble the screen).
        if std::thread::current().id() == reader_thread {
            restore();
            hook(info);
        }
    }));
    let mut terminal = ratatui::try_init()?;
    let _ = execute!(stdout(), EnableMouseCapture);
    let mut app = App::with_review(corpus, review, store);
    app.loading = background.as_ref().map(Background::status);
    let result = event_loop(&mut terminal, app, background);
    restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    mut app: App,
    mut background: Option<Background>,
) -> anyhow::Result<()> {
    terminal.draw(|f| view::draw(f, &mut app))?;
    // The end-to-end test that a panic leaves a usable terminal sets this.
    if std::env::var_os("FACTLENS_TEST_PANIC").is_some() {
        panic!("FACTLENS_TEST_PANIC is set");
    }
    while !app.quit {
        // Block for the next event, then drain whatever queued up (resize storms, key repeat)
        // before drawing once. While the corpus loads, wake up to show its progress.
        let mut dirty = false;
        let wait = if background.is_some() { 100 } else { 500 };
        if event::poll(Duration::from_millis(wait))? {
            loop {
                match event::read()? {
                    Event::Key(k) if k.kind != KeyEventKind::Release => app.key(k),
                    Event::Mouse(m) => app.mouse(m),
                    Event::Resize(_, _) => {}
                    _ => {}
                }
                dirty = true;
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        if let Some(bg) = &background {
            match bg.done.try_recv() {
                Ok(Ok(loaded)) => {
                    app.replace_corpus(loaded);
                    background = None;
                    dirty = true;
                }
                Ok(Err(why)) => {
                    app.loading = None;
                    app.message = format!(
                        "Loading the rest of the corpus failed ({why}); showing the first {} articles only",
                        app.corpus.articles.len()
                    );
                    background = None;
                    dirty = true;
                }
                Err(mpsc::TryRecvError::Empty) => {
                    let status = bg.status();
                    if app.loading.as_ref() != Some(&status) {
                        app.loading = Some(status);
                        dirty = true;
                    }
                }
                Err(mpsc::TryRecvError::Disconnected) => {
                    app.loading = None;
                    app.message = format!(
                        "Loading the rest of the corpus failed; showing the first {} articles only",
                        app.corpus.articles.len()
                    );
                    background = None;
                    terminal.clear()?;
                    dirty = true;
                }
            }
        }
        if let Some(url) = app.open_request.take() {
            open_in_browser(&url, &mut app);
        }
        if dirty && !app.quit {
            terminal.draw(|f| view::draw(f, &mut app))?;
        }
    }
    // Quitting must be instant: the process exits next, and dropping a large corpus piece by
    // piece takes seconds. Review state is already on disk (every change is saved as made).
    std::mem::forget(app);
    Ok(())
}

/// Hands `url` to `$BROWSER` (else `xdg-open`) without blocking the reader: the child gets no
/// terminal, and a thread waits for it so it leaves no zombie.
fn open_in_browser(url: &str, app: &mut App) {
    use std::process::{Command, Stdio};
    let browser = std::env::var("BROWSER")
        .ok()
        .filter(|b| !b.trim().is_empty())
        .unwrap_or_else(|| "xdg-open".into());
    let mut parts = browser.split_whitespace();
    let Some(program) = parts.next() else { return };
    let spawned = Command::new(program)
        .args(parts)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match spawned {
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(e) => app.message = format!("Cannot open {url} with {program}: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_articles_stop_at_a_count_or_a_size() {
        // Small files: the count decides.
        assert_eq!(
            preview_len(std::iter::repeat_n(5_000, 1000)),
            PREVIEW_ARTICLES
        );
        // Fewer files than the count: all of them (the caller then loads the corpus whole).
        assert_eq!(preview_len(std::iter::repeat_n(5_000, 3)), 3);
        // Large files: the size decides, and one file is always taken.
        assert_eq!(preview_len(std::iter::repeat_n(3 << 20, 10)), 2);
        assert_eq!(preview_len(std::iter::repeat_n(50 << 20, 10)), 1);
        assert_eq!(preview_len(std::iter::empty()), 0);
    }
}
