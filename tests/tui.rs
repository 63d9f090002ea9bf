//! The reader, without a terminal: screens rendered with ratatui's `TestBackend` (insta snapshots)
//! and key sequences driven through the app state.

mod common;
use common::screen;
use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use factlens::model::{Corpus, FactKind};
use factlens::tui::app::{App, Focus, Overlay};

fn seeds() -> Corpus {
    // Relative, so paths in the snapshots do not depend on where the repository lives
    // (cargo runs tests from the package root).
    Corpus::load(&[PathBuf::from("seeds")])
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        app.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

fn key(app: &mut App, code: KeyCode) {
    app.key(KeyEvent::new(code, KeyModifiers::NONE));
}

#[test]
fn main_screen_120x40() {
    let mut app = App::new(seeds());
    insta::assert_snapshot!(screen(&mut app, 120, 40));
}

#[test]
fn main_screen_80x24_hides_the_sidebar_until_s() {
    let mut app = App::new(seeds());
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("Facts "), "{s}");
    insta::assert_snapshot!("main_80x24", s);
    press(&mut app, "s");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Facts "), "{s}");
}

#[test]
fn help_screen_lists_every_binding() {
    let mut app = App::new(seeds());
    press(&mut app, "?");
    let s = screen(&mut app, 120, 40);
    for b in factlens::tui::keymap::KEYMAP {
        assert!(s.contains(b.help), "help lacks {:?}", b.help);
    }
    insta::assert_snapshot!(s);
    press(&mut app, "x");
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn boilerplate_view_shows_dropped_blocks_with_reasons() {
    let mut app = App::new(seeds());
    // Seed 002 ends with a photo caption pair and an e-mail footer.
    press(&mut app, "jj");
    key(&mut app, KeyCode::Tab);
    press(&mut app, "b");
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("┄ dropped: photo-caption"), "{s}");
    insta::assert_snapshot!(s);
    press(&mut app, "G");
    assert!(app.scroll > 0, "G scrolls the reading pane to the bottom");
    press(&mut app, "b");
    press(&mut app, "g");
    let s = screen(&mut app, 120, 40);
    assert!(!s.contains("┄ dropped: "));
}

#[test]
fn too_small_and_tiny_terminals_do_not_panic() {
    let mut app = App::new(seeds());
    let s = screen(&mut app, 39, 9);
    assert!(s.contains("Terminal too small"), "{s}");
    insta::assert_snapshot!(s);
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 5),
        (40, 10),
        (41, 11),
        (99, 30),
        (100, 30),
        (300, 5),
    ] {
        screen(&mut app, w, h);
    }
}

#[test]
fn n_jumps_from_lee_to_lee_in_another_article_and_backspace_returns() {
    let mut app = App::new(seeds());
    // Article 2 (001) names "Lee Jae-myung"; select the person row in the sidebar.
    press(&mut app, "j");
    screen(&mut app, 120, 40);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Focus::Facts);
    press(&mut app, "j");
    let start = (app.article, app.fact.unwrap());
    let lee = app.current_facts()[start.1].entity.unwrap();
    assert_eq!(app.entity_name(lee), Some("Lee Jae Myung"));
    press(&mut app, "n");
    assert_ne!(app.article, start.0, "n stays in the same article");
    let landed = app.current_facts()[app.fact.unwrap()].clone();
    assert_eq!(landed.entity, Some(lee));
    assert_eq!(landed.kind, FactKind::Person);
    // The landing fact is on screen.
    let s = screen(&mut app, 120, 40);
    assert!(
        s.contains(&*landed.text),
        "{} not visible:\n{s}",
        landed.text
    );
    key(&mut app, KeyCode::Backspace);
    assert_eq!((app.article, app.fact.unwrap()), start);
}

#[test]
fn n_on_a_claim_follows_its_related_fact() {
    let mut app = App::new(seeds());
    // "July 2014" in seed 002 relates to "11 years" in 003 and 004.
    press(&mut app, "jj");
    press(&mut app, "f");
    press(&mut app, "fff"); // person → organization → place → date
    assert_eq!(app.filter, Some(FactKind::Date));
    let july = app
        .current_facts()
        .iter()
        .position(|f| &*f.text == "July 2014")
        .unwrap();
    while app.fact != Some(july) {
        press(&mut app, "]");
    }
    press(&mut app, "n");
    let landed = &app.current_facts()[app.fact.unwrap()];
    assert!(
        ["11 years", "2014"].contains(&&*landed.text),
        "{}",
        landed.text
    );
}

#[test]
fn search_is_incremental_and_n_moves_between_hits() {
    let mut app = App::new(seeds());
    screen(&mut app, 120, 40);
    press(&mut app, "/");
    press(&mut app, "gyeong");
    let hits = app.search.as_ref().unwrap().hits.len();
    assert!(hits >= 5, "{hits}");
    key(&mut app, KeyCode::Enter);
    let first = app.article;
    press(&mut app, "n");
    press(&mut app, "n");
    press(&mut app, "n");
    assert!(app.search.as_ref().unwrap().current == 3);
    assert!(app.article >= first);
    key(&mut app, KeyCode::Esc);
    assert!(app.search.is_none());
}

#[test]
fn e_lists_every_mention_of_the_entity() {
    let mut app = App::new(seeds());
    screen(&mut app, 120, 40);
    press(&mut app, "]");
    press(&mut app, "e");
    let Overlay::Mentions { items, .. } = &app.overlay else {
        panic!("no mentions popup");
    };
    let articles: std::collections::BTreeSet<usize> = items.iter().map(|m| m.0).collect();
    assert_eq!(articles.len(), 5, "Lee is in every seed");
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Lee Jae Myung:"), "{s}");
    press(&mut app, "j");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay, Overlay::None);
    key(&mut app, KeyCode::Backspace);
    assert_eq!(app.article, 0);
}

#[test]
fn wide_and_cjk_text_never_overflows_the_reading_pane() {
    use factlens::model::Article;
    let text = "한국과 중국 정상회담\n\n이재명 대통령은 시진핑 국가주석과 경주에서 회담했다. 😀👨‍👩‍👧 emoji and \u{5d0}\u{5d1}\u{5d2} right-to-left, cafe\u{301}.\n".repeat(3);
    let corpus = Corpus::from_articles(vec![Article::from_text("cjk.txt", text)], vec![]);
    let mut app = App::new(corpus);
    for w in [40u16, 57, 80, 121] {
        let s = screen(&mut app, w, 20);
        for line in s.lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= w as usize,
                "{line}"
            );
        }
    }
}

#[test]
fn a_large_corpus_opens_on_its_first_articles_and_the_rest_swaps_in_at_the_same_place() {
    use factlens::model::Progress;
    let (sources, warnings) = Corpus::discover(&[PathBuf::from("seeds")]);
    assert_eq!(sources.len(), 5);
    let (first, _) = Corpus::from_sources(&sources[..2], Vec::new(), &Progress::default());
    let mut app = App::new(first);
    app.loading = Some("reading 2/5 files…".into());
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Articles 1/2+, loading"), "{s}");
    assert!(s.contains("reading 2/5 files…"), "{s}");
    // The second article, its second fact, accepted.
    press(&mut app, "j  a");
    assert_eq!(app.article, 1);
    let fi = app.fact.expect("a fact is selected");
    let id = app.current_facts()[fi].id;
    assert_eq!(app.progress().0, 1);

    // Exporting the first articles alone would be a partial report: refused while loading.
    press(&mut app, "E");
    assert!(app.prompt.is_none());
    assert!(app.message.contains("still loading"), "{}", app.message);
    let s = screen(&mut app, 160, 40);
    assert!(
        s.contains("reading 2/5 files…"),
        "a message keeps the loading count:\n{s}"
    );
    // A search finds nothing yet: the name is only in an article still loading.
    press(&mut app, "/ishiba");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.search.as_ref().unwrap().hits.len(), 0);

    let background = factlens::tui::Background::spawn(sources, warnings).unwrap();
    let full = background.wait().unwrap();
    app.replace_corpus(full);
    assert_eq!(app.loading, None);
    assert_eq!(app.article, 1, "same article");
    // The search ran again over the whole corpus.
    let hits = &app.search.as_ref().unwrap().hits;
    assert!(
        !hits.is_empty() && hits.iter().all(|h| h.article == 2),
        "{hits:?}"
    );
    let fi = app.fact.expect("the fact is found again");
    assert_eq!(app.current_facts()[fi].id, id, "same fact, by id");
    let all: usize = app.corpus.articles.iter().map(|a| a.facts.len()).sum();
    assert_eq!(
        app.progress(),
        (1, all),
        "the decision counts in the whole corpus"
    );
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Articles 2/5"), "{s}");
    assert!(s.contains("All 5 articles loaded"), "{s}");
    key(&mut app, KeyCode::Esc);
    press(&mut app, "E");
    assert!(
        app.prompt.is_some(),
        "export is offered once the corpus is whole"
    );
}

#[test]
fn a_dateline_moved_out_of_the_text_shows_in_the_header() {
    let mut app = App::new(seeds());
    // The fourth seed opens "Gyeongju: President Lee Jae Myung held …".
    press(&mut app, "jjj");
    let s = screen(&mut app, 160, 40);
    assert!(s.contains("Lee and Xi Discuss"), "{s}");
    assert!(
        s.contains("Gyeongju · seeds/003_1ba02bf7ce922df6.txt"),
        "{s}"
    );
}

#[test]
fn a_date_written_twice_alike_is_one_sidebar_row_holding_both_facts() {
    let mut app = App::new(seeds());
    screen(&mut app, 160, 45);
    let rows = app.rows();
    let this_year: Vec<_> = rows
        .iter()
        .filter(|r| r.kind == FactKind::Date && r.label.eq_ignore_ascii_case("this year"))
        .collect();
    assert_eq!(
        this_year.len(),
        1,
        "one row for \"this year\" and \"This year\""
    );
    let row = this_year[0];
    assert_eq!(row.count, 2);
    assert_eq!(row.members.len(), 2);
    let s = screen(&mut app, 160, 45);
    assert!(s.contains("this year = 2025") && s.contains(" 2×"), "{s}");
    // Stepping through the article's facts reaches each of them, on that row.
    let want = row.members[1];
    for _ in 0..200 {
        if app.fact == Some(want) {
            break;
        }
        press(&mut app, "]");
    }
    assert_eq!(app.fact, Some(want));
    let r = app.row;
    assert_eq!(app.rows()[r].members, this_year[0].members);
}

#[test]
fn a_long_loading_message_wraps_whole_in_its_box() {
    use factlens::model::{Article, Warning};
    let article = Article::from_text("a.txt", "Title\n\nSome text.".into());
    let message = "repaired 1 mis-decoded character sequence(s) (UTF-8 that had been read as \
                   Windows-1252, such as \"PeÃ±a\" for \"Peña\"); the end of this message is here";
    let corpus = Corpus::from_articles(
        vec![article],
        vec![Warning::new("some/long/path/to/an/article.txt", message)],
    );
    let mut app = App::new(corpus);
    press(&mut app, "w");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Loading messages"), "{s}");
    // Every word of it is on screen, the last one too.
    assert!(s.contains("here"), "{s}");
}
