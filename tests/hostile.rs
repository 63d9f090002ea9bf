//! Hostile and broken input at the corpus level: a huge one-line file, thousands of files, deep
//! nesting, symlink loops, unreadable and special files. Each ends in a clear warning with every
//! other article still loaded. (Byte-level cases — invalid UTF-8, BOM, CRLF, NUL, escapes — are
//! in `tests/cli.rs`, `tests/properties.rs` and `src/model/decode.rs`.)

use std::path::{Path, PathBuf};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use factlens::model::Corpus;
use factlens::model::facts::MAX_BLOCK_BYTES;
use factlens::tui::app::App;
use factlens::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn good(dir: &Path, name: &str) {
    std::fs::write(
        dir.join(name),
        "Lee meets Xi\n\nPresident Lee Jae-myung met Xi Jinping in Gyeongju on Saturday.\n",
    )
    .unwrap();
}

fn warned(c: &Corpus, file: &str, word: &str) -> bool {
    c.warnings
        .iter()
        .any(|w| w.path.contains(file) && w.message.contains(word))
}

#[test]
fn a_huge_file_on_one_line_is_bounded_and_readable() {
    let dir = tempfile::tempdir().unwrap();
    // 1.2 MB with no line break (the 50 MB case is in the README's reliability table: 2.6 s,
    // 350 MB peak, release build).
    let sentence = "Lee met Xi in Gyeongju on Tuesday and pledged $5 billion for 30 projects. ";
    let text = sentence.repeat(1_200_000 / sentence.len());
    std::fs::write(dir.path().join("one_line.txt"), &text).unwrap();
    good(dir.path(), "other.txt");
    let corpus = Corpus::load(&[dir.path().to_path_buf()]);
    assert_eq!(corpus.articles.len(), 2);
    assert!(
        warned(&corpus, "one_line.txt", "facts come from its first"),
        "{:?}",
        corpus.warnings
    );
    let huge = &corpus.articles[0];
    let limit = huge.blocks.iter().map(|b| b.text.len()).max().unwrap();
    assert!(limit > MAX_BLOCK_BYTES);
    for f in &huge.facts {
        assert!(
            f.end as usize <= MAX_BLOCK_BYTES,
            "fact beyond the extraction window: {f:?}"
        );
    }
    // The reader wraps it once and renders only what is visible.
    let mut app = App::new(corpus);
    let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
    term.draw(|f| view::draw(f, &mut app)).unwrap();
    for code in [
        KeyCode::Tab,
        KeyCode::Char('G'),
        KeyCode::Char('k'),
        KeyCode::Char('g'),
    ] {
        app.key(KeyEvent::new(code, KeyModifiers::NONE));
        term.draw(|f| view::draw(f, &mut app)).unwrap();
    }
    assert_eq!(app.scroll, 0);
}

#[test]
fn ten_thousand_files_in_one_folder() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10_000 {
        std::fs::write(
            dir.path().join(format!("{i:05}.txt")),
            format!("Item {i}\n\nShort note number {i}.\n"),
        )
        .unwrap();
    }
    let corpus = Corpus::load(&[dir.path().to_path_buf()]);
    assert_eq!(corpus.articles.len(), 10_000);
    assert!(corpus.warnings.is_empty(), "{:?}", &corpus.warnings[..1]);
    // Sorted by name.
    assert!(corpus.articles[9_999].path.ends_with("09999.txt"));
}

#[test]
fn deep_nesting_and_a_symlink_loop() {
    let dir = tempfile::tempdir().unwrap();
    let mut deep = dir.path().to_path_buf();
    for i in 0..100 {
        deep.push(format!("d{i}"));
    }
    std::fs::create_dir_all(&deep).unwrap();
    good(&deep, "deep.txt");
    good(dir.path(), "top.txt");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("d0/loop")).unwrap();
    let corpus = Corpus::load(&[dir.path().to_path_buf()]);
    let paths: Vec<&str> = corpus.articles.iter().map(|a| a.path.as_str()).collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(
        warned(&corpus, "loop", "symbolic link loop"),
        "{:?}",
        corpus.warnings
    );
}

#[test]
fn unreadable_dangling_and_special_files_warn() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    good(d, "a_good.txt");
    good(d, "b_locked.txt");
    let locked = d.join("b_locked.txt");
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    std::os::unix::fs::symlink(d.join("missing.txt"), d.join("c_dangling.txt")).unwrap();
    // A FIFO: opening it would block forever.
    let fifo = d.join("d_fifo.txt");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let corpus = Corpus::load(&[d.to_path_buf(), fifo.clone()]);
    let root = std::fs::read(&locked).is_ok(); // root reads through permissions
    let expected = if root { 2 } else { 1 };
    assert_eq!(corpus.articles.len(), expected, "{:?}", corpus.warnings);
    if !root {
        assert!(
            warned(&corpus, "b_locked.txt", "permission denied"),
            "{:?}",
            corpus.warnings
        );
    }
    assert!(
        warned(&corpus, "c_dangling.txt", "no such file"),
        "{:?}",
        corpus.warnings
    );
    assert!(
        warned(&corpus, "d_fifo.txt", "not a regular file"),
        "{:?}",
        corpus.warnings
    );
    let paths: Vec<PathBuf> = corpus
        .articles
        .iter()
        .map(|a| PathBuf::from(&a.path))
        .collect();
    assert!(paths[0].ends_with("a_good.txt"));
}
