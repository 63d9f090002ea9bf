//! Redraw cost, measured off-screen with ratatui's `TestBackend` (used by `factlens stats --redraw`).

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde::Serialize;

use super::app::App;
use super::keymap::Action;
use super::view;
use crate::model::Corpus;

#[derive(Debug, Clone, Serialize)]
pub struct Redraw {
    /// From launch to the first frame: files found, first articles loaded, drawn (milliseconds).
    pub launch_to_first_frame_ms: f64,
    /// A large corpus: the reader's pause when the whole corpus, loaded and indexed behind the
    /// first articles, is swapped in and drawn (milliseconds); `None` for a small corpus.
    pub swap_ms: Option<f64>,
    /// The reader built on the whole corpus (its index included) and drawn, milliseconds.
    pub first_frame_ms: f64,
    /// Key handling + redraw, over a scripted mix of keys, milliseconds.
    pub mean_ms: f64,
    pub max_ms: f64,
    pub keys: usize,
}

/// The reader as `factlens PATH...` opens it, timed from launch to its first frame (drawn at
/// 160x45): find the files, load the first articles (a large corpus) or all of them (a small
/// one), build the reader, draw. Returns the milliseconds, and the reader when the rest of the
/// corpus is still to come.
pub fn launch(paths: &[std::path::PathBuf]) -> (f64, Option<App>) {
    let start = Instant::now();
    let (sources, warnings) = Corpus::discover(paths);
    let first = super::first_articles(&sources);
    let staged = first.is_some();
    let corpus = first.unwrap_or_else(|| {
        Corpus::from_sources(&sources, warnings, &crate::model::Progress::default()).0
    });
    let mut app = App::new(corpus);
    let mut term = Terminal::new(TestBackend::new(160, 45)).expect("test backend");
    term.draw(|f| view::draw(f, &mut app)).expect("draw");
    let ms = start.elapsed().as_secs_f64() * 1e3;
    if staged {
        return (ms, Some(app));
    }
    // Freeing the corpus is not part of what a user waits for.
    std::mem::forget(app);
    (ms, None)
}

/// Puts the whole `corpus` in the reader (swapped into the launched one, as the event loop does,
/// or built on it) at 160x45 and times a scripted session of keystrokes.
pub fn redraw(corpus: Corpus, launched: (f64, Option<App>)) -> Redraw {
    let mut term = Terminal::new(TestBackend::new(160, 45)).expect("test backend");
    let mut draw = |app: &mut App| {
        term.draw(|f| view::draw(f, app)).expect("draw");
    };
    let (launch_to_first_frame_ms, first_app) = launched;
    let start = Instant::now();
    let (mut app, swap_ms) = match first_app {
        Some(mut app) => {
            let loaded = super::Loaded::new(corpus);
            let swap = Instant::now();
            app.replace_corpus(loaded);
            draw(&mut app);
            (app, Some(swap.elapsed().as_secs_f64() * 1e3))
        }
        None => {
            let mut app = App::new(corpus);
            draw(&mut app);
            (app, None)
        }
    };
    let first = start.elapsed();
    // Walk the list, read, step through facts, jump, go back, search-free.
    let script = [
        Action::Down,
        Action::Down,
        Action::Bottom,
        Action::Top,
        Action::FocusNext,
        Action::PageDown,
        Action::NextFact,
        Action::NextFact,
        Action::NextRelated,
        Action::Back,
        Action::FocusNext,
        Action::Down,
        Action::ToggleBoilerplate,
        Action::ToggleBoilerplate,
        Action::FocusNext,
    ];
    let mut times: Vec<Duration> = Vec::new();
    for round in 0..20 {
        for &a in &script {
            let t = Instant::now();
            app.act(a);
            draw(&mut app);
            times.push(t.elapsed());
        }
        if round % 2 == 0 {
            app.act(Action::Down);
        }
    }
    let total: Duration = times.iter().sum();
    Redraw {
        launch_to_first_frame_ms,
        swap_ms,
        first_frame_ms: first.as_secs_f64() * 1e3,
        mean_ms: total.as_secs_f64() * 1e3 / times.len() as f64,
        max_ms: times.iter().max().map_or(0.0, |d| d.as_secs_f64() * 1e3),
        keys: times.len(),
    }
}
