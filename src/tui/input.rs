//! A one-line text input with the usual editing keys (notes, the export file name).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key did to the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Editing,
    Submit,
    Cancel,
}

/// Text and a cursor (in chars).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEdit {
    chars: Vec<char>,
    cursor: usize,
}

impl LineEdit {
    pub fn new(text: &str) -> LineEdit {
        let chars: Vec<char> = text.chars().collect();
        LineEdit {
            cursor: chars.len(),
            chars,
        }
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Left/Right, Home/End (Ctrl-a/e), Backspace/Delete, Ctrl-w (word), Ctrl-u (to start),
    /// Ctrl-k (to end), Alt-b/f (word moves); Enter submits, Esc cancels.
    pub fn key(&mut self, ev: &KeyEvent) -> Outcome {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        match ev.code {
            KeyCode::Enter => return Outcome::Submit,
            KeyCode::Esc => return Outcome::Cancel,
            KeyCode::Left => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Right => self.cursor = (self.cursor + 1).min(self.chars.len()),
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = self.chars.len(),
            KeyCode::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                self.chars.remove(self.cursor);
            }
            KeyCode::Delete if self.cursor < self.chars.len() => {
                self.chars.remove(self.cursor);
            }
            KeyCode::Char('a') if ctrl => self.cursor = 0,
            KeyCode::Char('e') if ctrl => self.cursor = self.chars.len(),
            KeyCode::Char('u') if ctrl => {
                self.chars.drain(..self.cursor);
                self.cursor = 0;
            }
            KeyCode::Char('k') if ctrl => self.chars.truncate(self.cursor),
            KeyCode::Char('w') if ctrl => {
                let start = self.word_start();
                self.chars.drain(start..self.cursor);
                self.cursor = start;
            }
            KeyCode::Char('b') if alt => self.cursor = self.word_start(),
            KeyCode::Char('f') if alt => self.cursor = self.word_end(),
            KeyCode::Char(c) if !ctrl && !alt && !c.is_control() => {
                self.chars.insert(self.cursor, c);
                self.cursor += 1;
            }
            _ => {}
        }
        Outcome::Editing
    }

    fn word_start(&self) -> usize {
        let mut i = self.cursor;
        while i > 0 && self.chars[i - 1].is_whitespace() {
            i -= 1;
        }
        while i > 0 && !self.chars[i - 1].is_whitespace() {
            i -= 1;
        }
        i
    }

    fn word_end(&self) -> usize {
        let mut i = self.cursor;
        let n = self.chars.len();
        while i < n && self.chars[i].is_whitespace() {
            i += 1;
        }
        while i < n && !self.chars[i].is_whitespace() {
            i += 1;
        }
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(e: &mut LineEdit, code: KeyCode, mods: KeyModifiers) -> Outcome {
        e.key(&KeyEvent::new(code, mods))
    }

    fn typed(e: &mut LineEdit, s: &str) {
        for c in s.chars() {
            press(e, KeyCode::Char(c), KeyModifiers::NONE);
        }
    }

    #[test]
    fn editing_keys() {
        let none = KeyModifiers::NONE;
        let mut e = LineEdit::new("check");
        typed(&mut e, " figure");
        assert_eq!(e.text(), "check figure");
        press(&mut e, KeyCode::Char('w'), KeyModifiers::CONTROL);
        assert_eq!(e.text(), "check ");
        press(&mut e, KeyCode::Home, none);
        typed(&mut e, "re");
        assert_eq!(e.text(), "recheck ");
        press(&mut e, KeyCode::Delete, none);
        assert_eq!(e.text(), "reheck ");
        press(&mut e, KeyCode::Backspace, none);
        assert_eq!(e.text(), "rheck ");
        press(&mut e, KeyCode::Char('e'), KeyModifiers::CONTROL);
        press(&mut e, KeyCode::Left, none);
        press(&mut e, KeyCode::Char('k'), KeyModifiers::CONTROL);
        assert_eq!(e.text(), "rheck");
        press(&mut e, KeyCode::Left, none);
        press(&mut e, KeyCode::Char('u'), KeyModifiers::CONTROL);
        assert_eq!((e.text().as_str(), e.cursor()), ("k", 0));
        typed(&mut e, "한글 ");
        assert_eq!(e.text(), "한글 k");
        assert_eq!(press(&mut e, KeyCode::Enter, none), Outcome::Submit);
        assert_eq!(press(&mut e, KeyCode::Esc, none), Outcome::Cancel);
    }

    #[test]
    fn never_panics_at_the_edges() {
        let none = KeyModifiers::NONE;
        let mut e = LineEdit::new("");
        for code in [
            KeyCode::Backspace,
            KeyCode::Delete,
            KeyCode::Left,
            KeyCode::Right,
        ] {
            press(&mut e, code, none);
        }
        press(&mut e, KeyCode::Char('w'), KeyModifiers::CONTROL);
        press(&mut e, KeyCode::Char('b'), KeyModifiers::ALT);
        press(&mut e, KeyCode::Char('f'), KeyModifiers::ALT);
        assert_eq!(e.text(), "");
    }
}
