//! factlens: a terminal reader for news articles that drops boilerplate (never silently),
//! extracts facts and links them across articles.
//!
//! The [`model`] is the library core and knows nothing of terminals:
//!
//! ```
//! use factlens::model::Article;
//! let a = Article::from_text("demo.txt", "Leaders meet in Seoul\n\nThe two leaders met on Tuesday in Seoul for talks.\n\nShare\n".into());
//! assert_eq!(a.title.as_deref(), Some("Leaders meet in Seoul"));
//! assert_eq!(a.kept().count(), 1);
//! ```

pub mod model;
pub mod tui;
