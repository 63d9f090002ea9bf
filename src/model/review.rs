//! Review decisions on facts: accept / reject / flag, a note, undo and redo. Decisions are keyed by
//! the stable fact id, so they survive restarts and edits elsewhere in an article; a decision whose
//! fact is gone (an "orphan") is kept, never dropped. Persistence lives in [`store`].

pub mod store;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Fact;

/// The review state of one fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Unreviewed,
    Accepted,
    Rejected,
    Flagged,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Accepted,
        Status::Rejected,
        Status::Flagged,
        Status::Unreviewed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unreviewed => "unreviewed",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
            Status::Flagged => "flagged",
        }
    }

    /// One-column mark for the sidebar and the reading pane.
    pub fn mark(self) -> &'static str {
        match self {
            Status::Unreviewed => "·",
            Status::Accepted => "✓",
            Status::Rejected => "✗",
            Status::Flagged => "!",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the reviewer decided about one fact. The fact's text, kind and article are copied in so
/// that an orphaned decision still says what it was about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    #[serde(default)]
    pub status: Status,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When it was last changed (RFC 3339, UTC).
    #[serde(default)]
    pub at: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Path of the article the fact was reviewed in.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub article: String,
}

impl Decision {
    /// Nothing worth keeping: no status and no note.
    fn is_empty(&self) -> bool {
        self.status == Status::Unreviewed && self.note.is_empty()
    }
}

/// One fact's decision before and after a change.
#[derive(Debug, Clone)]
struct Change {
    id: String,
    before: Option<Decision>,
    after: Option<Decision>,
}

/// What a change does to a fact.
#[derive(Debug, Clone)]
pub enum Edit {
    Status(Status),
    Note(String),
}

/// A fact being changed, with where it lives (copied into its decision).
pub struct Target<'a> {
    pub fact: &'a Fact,
    pub article: &'a str,
}

/// Every decision, plus the undo and redo history of this session.
#[derive(Debug, Clone, Default)]
pub struct Review {
    decisions: BTreeMap<String, Decision>,
    undo: Vec<Vec<Change>>,
    redo: Vec<Vec<Change>>,
}

/// At most this many steps can be undone.
pub const MAX_UNDO: usize = 1000;

impl Review {
    pub fn from_decisions(decisions: BTreeMap<String, Decision>) -> Review {
        let decisions = decisions
            .into_iter()
            .filter(|(_, d)| !d.is_empty())
            .collect();
        Review {
            decisions,
            ..Review::default()
        }
    }

    pub fn decisions(&self) -> &BTreeMap<String, Decision> {
        &self.decisions
    }

    pub fn get(&self, id: &str) -> Option<&Decision> {
        self.decisions.get(id)
    }

    pub fn status(&self, id: &str) -> Status {
        self.decisions
            .get(id)
            .map_or(Status::Unreviewed, |d| d.status)
    }

    pub fn note(&self, id: &str) -> &str {
        self.decisions.get(id).map_or("", |d| d.note.as_str())
    }

    /// Applies `edit` to every target as one undo step, stamped `at`. Returns the ids whose
    /// decision changed (none when the edit changes nothing).
    pub fn apply(&mut self, targets: &[Target], edit: &Edit, at: &str) -> Vec<String> {
        let mut step = Vec::new();
        for t in targets {
            let id = t.fact.id.as_str();
            let id: &str = &id;
            if step.iter().any(|c: &Change| c.id == id) {
                continue;
            }
            let before = self.decisions.get(id).cloned();
            let mut d = before.clone().unwrap_or_else(|| Decision {
                status: Status::Unreviewed,
                note: String::new(),
                at: String::new(),
                kind: t.fact.kind.as_str().to_string(),
                text: t.fact.text.to_string(),
                article: t.article.to_string(),
            });
            match edit {
                Edit::Status(s) => d.status = *s,
                Edit::Note(n) => d.note = n.trim().to_string(),
            }
            if before
                .as_ref()
                .is_some_and(|b| b.status == d.status && b.note == d.note)
                || (before.is_none() && d.is_empty())
            {
                continue;
            }
            d.at = at.to_string();
            let after = (!d.is_empty()).then_some(d);
            step.push(Change {
                id: id.to_string(),
                before,
                after,
            });
        }
        let ids = step.iter().map(|c| c.id.clone()).collect();
        if !step.is_empty() {
            self.put(&step, true);
            self.undo.push(step);
            if self.undo.len() > MAX_UNDO {
                self.undo.remove(0);
            }
            self.redo.clear();
        }
        ids
    }

    fn put(&mut self, step: &[Change], forward: bool) {
        for c in step {
            let value = if forward { &c.after } else { &c.before };
            match value {
                Some(d) => self.decisions.insert(c.id.clone(), d.clone()),
                None => self.decisions.remove(&c.id),
            };
        }
    }

    /// Undoes the last step; returns the ids it changed back (`None`: nothing to undo).
    pub fn undo(&mut self) -> Option<Vec<String>> {
        let step = self.undo.pop()?;
        self.put(&step, false);
        let ids = step.iter().map(|c| c.id.clone()).collect();
        self.redo.push(step);
        Some(ids)
    }

    /// Redoes the last undone step.
    pub fn redo(&mut self) -> Option<Vec<String>> {
        let step = self.redo.pop()?;
        self.put(&step, true);
        let ids = step.iter().map(|c| c.id.clone()).collect();
        self.undo.push(step);
        Some(ids)
    }

    /// Decisions whose fact is not among `known` (the corpus changed since they were made).
    pub fn orphans<'a>(&'a self, known: &dyn Fn(&str) -> bool) -> Vec<(&'a str, &'a Decision)> {
        self.decisions
            .iter()
            .filter(|(id, _)| !known(id))
            .map(|(id, d)| (id.as_str(), d))
            .collect()
    }
}

/// Now, as RFC 3339 UTC to the second.
pub fn now() -> String {
    chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now())
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FactKind;

    fn fact(id: &str) -> Fact {
        Fact::new(id.into(), FactKind::Person, "Lee".into(), None, 0, 0, 3)
    }

    fn status(r: &mut Review, f: &Fact, s: Status) -> Vec<String> {
        r.apply(
            &[Target {
                fact: f,
                article: "a.txt",
            }],
            &Edit::Status(s),
            "T",
        )
    }

    #[test]
    fn accept_undo_redo_many_levels() {
        let (a, b) = (fact("fa"), fact("fb"));
        let mut r = Review::default();
        status(&mut r, &a, Status::Accepted);
        status(&mut r, &b, Status::Rejected);
        status(&mut r, &a, Status::Flagged);
        assert_eq!(r.status("fa"), Status::Flagged);
        assert_eq!(r.undo(), Some(vec!["fa".to_string()]));
        assert_eq!(r.status("fa"), Status::Accepted);
        r.undo();
        assert_eq!(r.status("fb"), Status::Unreviewed);
        r.undo();
        assert_eq!(r.status("fa"), Status::Unreviewed);
        assert!(r.decisions().is_empty());
        assert_eq!(r.undo(), None);
        r.redo();
        r.redo();
        assert_eq!(
            (r.status("fa"), r.status("fb")),
            (Status::Accepted, Status::Rejected)
        );
        // A new change forgets what could be redone.
        status(&mut r, &b, Status::Accepted);
        assert_eq!(r.redo(), None);
        assert_eq!(r.get("fa").unwrap().text, "Lee");
        assert_eq!(r.get("fa").unwrap().article, "a.txt");
    }

    #[test]
    fn no_op_changes_are_not_undo_steps() {
        let a = fact("fa");
        let mut r = Review::default();
        assert!(status(&mut r, &a, Status::Unreviewed).is_empty());
        status(&mut r, &a, Status::Accepted);
        assert!(status(&mut r, &a, Status::Accepted).is_empty());
        r.undo();
        assert_eq!(r.undo(), None);
    }

    #[test]
    fn clearing_keeps_a_note_and_empty_decisions_vanish() {
        let a = fact("fa");
        let mut r = Review::default();
        let t = [Target {
            fact: &a,
            article: "a.txt",
        }];
        r.apply(&t, &Edit::Status(Status::Flagged), "T");
        r.apply(&t, &Edit::Note("  check the figure ".into()), "T");
        r.apply(&t, &Edit::Status(Status::Unreviewed), "T");
        assert_eq!(r.note("fa"), "check the figure");
        r.apply(&t, &Edit::Note(String::new()), "T");
        assert!(r.get("fa").is_none());
    }

    #[test]
    fn one_step_for_many_facts() {
        let (a, b) = (fact("fa"), fact("fb"));
        let mut r = Review::default();
        let t = [
            Target {
                fact: &a,
                article: "x",
            },
            Target {
                fact: &b,
                article: "x",
            },
            Target {
                fact: &a,
                article: "x",
            },
        ];
        assert_eq!(r.apply(&t, &Edit::Status(Status::Accepted), "T").len(), 2);
        r.undo();
        assert!(r.decisions().is_empty());
    }

    #[test]
    fn orphans_are_listed_and_kept() {
        let mut m = BTreeMap::new();
        for id in ["fa", "gone"] {
            m.insert(
                id.to_string(),
                Decision {
                    status: Status::Accepted,
                    note: String::new(),
                    at: "T".into(),
                    kind: "person".into(),
                    text: "Lee".into(),
                    article: "a.txt".into(),
                },
            );
        }
        let r = Review::from_decisions(m);
        let o = r.orphans(&|id| id == "fa");
        assert_eq!(o.len(), 1);
        assert_eq!(o[0].0, "gone");
        assert_eq!(r.decisions().len(), 2);
    }

    #[test]
    fn status_words() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(now().len(), 20);
    }
}
