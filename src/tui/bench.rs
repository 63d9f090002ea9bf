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
    /// App state built and the first frame drawn (the corpus already loaded), milliseconds.
    pub first_frame_ms: f64,
    /// Key handling + redraw, over a scripted mix of keys, milliseconds.
    pub mean_ms: f64,
    pub max_ms: f64,
    pub keys: usize,
}

/// Time from launch to the reader's first frame on `paths`, milliseconds, as `factlens PATH...`
/// does it: find the files, load the first articles (a large corpus) or all of them (a small
/// one), build the reader and draw at 160x45. The rest of a large corpus would load behind it.
pub fn first_frame_from_launch(paths: &[std::path::PathBuf]) -> f64 {
    let start = Instant::now();
    let (sources, warnings) = Corpus::discover(paths);
    let corpus = super::first_articles(&sources).unwrap_or_else(|| {
        Corpus::from_sources(&sources, warnings, &crate::model::Progress::default()).0
    });
    let mut app = App::new(corpus);
    let mut term = Terminal::new(TestBackend::new(160, 45)).expect("test backend");
    term.draw(|f| view::draw(f, &mut app)).expect("draw");
    let ms = start.elapsed().as_secs_f64() * 1e3;
    // Freeing the first articles is not part of what a user waits for.
    std::mem::forget(app);
    ms
}

/// Builds the reader on `corpus` at 160x45 and times a scripted session of keystrokes.
pub fn redraw(corpus: Corpus, launch_to_first_frame_ms: f64) -> Redraw {
    let start = Instant::now();
    let mut app = App::new(corpus);
    let mut term = Terminal::new(TestBackend::new(160, 45)).expect("test backend");
    let mut draw = |app: &mut App| {
        term.draw(|f| view::draw(f, app)).expect("draw");
    };
    draw(&mut app);
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
        first_frame_ms: first.as_secs_f64() * 1e3,
        mean_ms: total.as_secs_f64() * 1e3 / times.len() as f64,
        max_ms: times.iter().max().map_or(0.0, |d| d.as_secs_f64() * 1e3),
        keys: times.len(),
    }
}
