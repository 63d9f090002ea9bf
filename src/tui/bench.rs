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
    /// App state built and the first frame drawn (the corpus already loaded), milliseconds.
    pub first_frame_ms: f64,
    /// Key handling + redraw, over a scripted mix of keys, milliseconds.
    pub mean_ms: f64,
    pub max_ms: f64,
    pub keys: usize,
}

/// Builds the reader on `corpus` at 160x45 and times a scripted session of keystrokes.
pub fn redraw(corpus: Corpus) -> Redraw {
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
        first_frame_ms: first.as_secs_f64() * 1e3,
        mean_ms: total.as_secs_f64() * 1e3 / times.len() as f64,
        max_ms: times.iter().max().map_or(0.0, |d| d.as_secs_f64() * 1e3),
        keys: times.len(),
    }
}
