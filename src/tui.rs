//! The interactive reader (ratatui + crossterm): app state → actions → views. The library core
//! in [`crate::model`] knows nothing of this module.

pub mod app;
pub mod bench;
pub mod input;
pub mod keymap;
pub mod view;
pub mod wrap;

use std::io::stdout;
use std::time::Duration;

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind};
use crossterm::execute;

use crate::model::Corpus;
use crate::model::review::Review;
use crate::model::review::store::Store;
use app::App;

/// Leaves raw mode and the alternate screen, shows the cursor. Safe to call twice.
fn restore() {
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    let _ = execute!(stdout(), crossterm::cursor::Show);
}

/// Runs the reader until `q`, continuing `review` and saving it to `store`. The terminal is
/// restored on return, on error and on panic.
pub fn run(corpus: Corpus, review: Review, store: Option<Store>) -> anyhow::Result<()> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    let mut terminal = ratatui::try_init()?;
    let _ = execute!(stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, App::with_review(corpus, review, store));
    restore();
    result
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, mut app: App) -> anyhow::Result<()> {
    terminal.draw(|f| view::draw(f, &mut app))?;
    while !app.quit {
        // Block for the next event, then drain whatever queued up (resize storms, key repeat)
        // before drawing once.
        let mut dirty = false;
        if event::poll(Duration::from_millis(500))? {
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
