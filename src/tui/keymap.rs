//! Key bindings, declared as data. The event loop looks keys up here and the help screen is
//! generated from the same table, so the two can never disagree.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Everything a key can ask the reader to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    FocusNext,
    FocusPrev,
    Down,
    Up,
    Top,
    Bottom,
    PageDown,
    PageUp,
    HalfDown,
    HalfUp,
    Open,
    NextRelated,
    PrevRelated,
    Back,
    EntityMentions,
    ToggleBoilerplate,
    Search,
    FilterKind,
    ToggleSidebar,
    Messages,
    NextFact,
    PrevFact,
    Cancel,
    Accept,
    Reject,
    Flag,
    Clear,
    Note,
    AcceptEntity,
    Undo,
    Redo,
    NextUnreviewed,
    Export,
    OpenUrl,
    OpenLink(u8),
}

/// A key with its modifiers, comparable to crossterm's events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub section: &'static str,
    pub help: &'static str,
}

/// The default keymap. Order is the order of the help screen.
pub const KEYMAP: &[Binding] = &[
    Binding {
        keys: &[key('j'), code(KeyCode::Down)],
        action: Action::Down,
        section: "Move",
        help: "down (article, line or fact)",
    },
    Binding {
        keys: &[key('k'), code(KeyCode::Up)],
        action: Action::Up,
        section: "Move",
        help: "up",
    },
    Binding {
        keys: &[key('g'), code(KeyCode::Home)],
        action: Action::Top,
        section: "Move",
        help: "top",
    },
    Binding {
        keys: &[key('G'), code(KeyCode::End)],
        action: Action::Bottom,
        section: "Move",
        help: "bottom",
    },
    Binding {
        keys: &[code(KeyCode::PageDown)],
        action: Action::PageDown,
        section: "Move",
        help: "page down",
    },
    Binding {
        keys: &[code(KeyCode::PageUp)],
        action: Action::PageUp,
        section: "Move",
        help: "page up",
    },
    Binding {
        keys: &[ctrl('d')],
        action: Action::HalfDown,
        section: "Move",
        help: "half a page down",
    },
    Binding {
        keys: &[ctrl('u')],
        action: Action::HalfUp,
        section: "Move",
        help: "half a page up",
    },
    Binding {
        keys: &[code(KeyCode::Tab)],
        action: Action::FocusNext,
        section: "Panes",
        help: "focus the next pane",
    },
    Binding {
        keys: &[code(KeyCode::BackTab)],
        action: Action::FocusPrev,
        section: "Panes",
        help: "focus the previous pane",
    },
    Binding {
        keys: &[code(KeyCode::Enter)],
        action: Action::Open,
        section: "Panes",
        help: "open the selected article or fact",
    },
    Binding {
        keys: &[key('s')],
        action: Action::ToggleSidebar,
        section: "Panes",
        help: "show or hide the facts sidebar",
    },
    Binding {
        keys: &[key(']')],
        action: Action::NextFact,
        section: "Facts",
        help: "next fact in this article",
    },
    Binding {
        keys: &[key('[')],
        action: Action::PrevFact,
        section: "Facts",
        help: "previous fact in this article",
    },
    Binding {
        keys: &[key('n')],
        action: Action::NextRelated,
        section: "Facts",
        help: "next related fact (or search hit)",
    },
    Binding {
        keys: &[key('N')],
        action: Action::PrevRelated,
        section: "Facts",
        help: "previous related fact (or hit)",
    },
    Binding {
        keys: &[code(KeyCode::Backspace), ctrl('o')],
        action: Action::Back,
        section: "Facts",
        help: "go back along the jump history",
    },
    Binding {
        keys: &[key('e')],
        action: Action::EntityMentions,
        section: "Facts",
        help: "all mentions of the entity",
    },
    Binding {
        keys: &[key('f')],
        action: Action::FilterKind,
        section: "Facts",
        help: "filter the sidebar by kind (cycles)",
    },
    Binding {
        keys: &[key(' ')],
        action: Action::NextUnreviewed,
        section: "Review",
        help: "next unreviewed fact, in any article",
    },
    Binding {
        keys: &[key('a')],
        action: Action::Accept,
        section: "Review",
        help: "accept the selected fact",
    },
    Binding {
        keys: &[key('x')],
        action: Action::Reject,
        section: "Review",
        help: "reject it",
    },
    Binding {
        keys: &[key('!')],
        action: Action::Flag,
        section: "Review",
        help: "flag it for follow-up",
    },
    Binding {
        keys: &[key('c')],
        action: Action::Clear,
        section: "Review",
        help: "clear its review status",
    },
    Binding {
        keys: &[key('m')],
        action: Action::Note,
        section: "Review",
        help: "write a note on it (Enter saves)",
    },
    Binding {
        keys: &[key('A')],
        action: Action::AcceptEntity,
        section: "Review",
        help: "accept its entity's mentions here",
    },
    Binding {
        keys: &[key('u')],
        action: Action::Undo,
        section: "Review",
        help: "undo (many levels)",
    },
    Binding {
        keys: &[ctrl('r')],
        action: Action::Redo,
        section: "Review",
        help: "redo",
    },
    Binding {
        keys: &[key('E')],
        action: Action::Export,
        section: "Review",
        help: "export (.md, .json or .csv)",
    },
    Binding {
        keys: &[key('o')],
        action: Action::OpenUrl,
        section: "View",
        help: "open the page's URL ($BROWSER)",
    },
    Binding {
        keys: &[key('1')],
        action: Action::OpenLink(1),
        section: "View",
        help: "1-9: open link [n] of the page",
    },
    Binding {
        keys: &[key('b')],
        action: Action::ToggleBoilerplate,
        section: "View",
        help: "show dropped boilerplate and why",
    },
    Binding {
        keys: &[key('/')],
        action: Action::Search,
        section: "View",
        help: "search all articles, incrementally",
    },
    Binding {
        keys: &[key('w')],
        action: Action::Messages,
        section: "View",
        help: "messages and warnings from loading",
    },
    Binding {
        keys: &[key('?')],
        action: Action::Help,
        section: "View",
        help: "this help",
    },
    Binding {
        keys: &[code(KeyCode::Esc)],
        action: Action::Cancel,
        section: "View",
        help: "close a popup, clear the search",
    },
    Binding {
        keys: &[key('q'), ctrl('c')],
        action: Action::Quit,
        section: "View",
        help: "quit",
    },
];

/// The action bound to a key event, if any. Shift on a character is part of the character.
pub fn lookup(ev: &KeyEvent) -> Option<Action> {
    // `1` is in the table (for the help screen); 2–9 follow it.
    if let KeyCode::Char(c @ '2'..='9') = ev.code
        && (ev.modifiers - KeyModifiers::SHIFT).is_empty()
    {
        return Some(Action::OpenLink(c as u8 - b'0'));
    }
    let mods = match ev.code {
        KeyCode::Char(_) => ev.modifiers - KeyModifiers::SHIFT,
        KeyCode::BackTab => KeyModifiers::NONE,
        _ => ev.modifiers,
    };
    KEYMAP
        .iter()
        .find(|b| b.keys.iter().any(|k| k.code == ev.code && k.mods == mods))
        .map(|b| b.action)
}

/// "j, Down" — how the help screen writes a binding's keys.
pub fn describe(keys: &[Key]) -> String {
    keys.iter()
        .map(|k| {
            let name = match k.code {
                KeyCode::Char(' ') => "Space".to_string(),
                KeyCode::Char(c) => c.to_string(),
                KeyCode::Down => "Down".into(),
                KeyCode::Up => "Up".into(),
                KeyCode::Home => "Home".into(),
                KeyCode::End => "End".into(),
                KeyCode::PageDown => "PgDn".into(),
                KeyCode::PageUp => "PgUp".into(),
                KeyCode::Tab => "Tab".into(),
                KeyCode::BackTab => "Shift-Tab".into(),
                KeyCode::Enter => "Enter".into(),
                KeyCode::Backspace => "Backspace".into(),
                KeyCode::Esc => "Esc".into(),
                other => format!("{other:?}"),
            };
            if k.mods.contains(KeyModifiers::CONTROL) {
                format!("Ctrl-{name}")
            } else {
                name
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_bound_once() {
        let mut seen = Vec::new();
        for b in KEYMAP {
            for k in b.keys {
                assert!(!seen.contains(k), "{k:?} bound twice");
                seen.push(*k);
            }
        }
    }

    #[test]
    fn shifted_characters_and_control_keys() {
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(lookup(&ev), Some(Action::Bottom));
        let ev = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(lookup(&ev), Some(Action::HalfDown));
        let ev = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::NONE);
        assert_eq!(lookup(&ev), None);
        assert_eq!(describe(KEYMAP[0].keys), "j, Down");
    }
}
