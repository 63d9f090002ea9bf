//! Helpers shared by the reader's integration tests.

use factlens::tui::app::App;
use factlens::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The screen a user would see at `w`x`h`, as text (wide characters once, trailing blanks cut).
pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(f, app)).unwrap();
    let buf = term.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let mut line = String::new();
        let mut x = 0;
        while x < w {
            // A wide character fills two cells; the second is a placeholder.
            let sym = buf[(x, y)].symbol();
            line.push_str(sym);
            x += unicode_width::UnicodeWidthStr::width(sym).max(1) as u16;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
