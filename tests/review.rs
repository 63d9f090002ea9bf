//! Review: decisions made through the reader's keys, persisted and exported.

mod common;
use common::screen;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use factlens::model::export::{self, Format, Which};
use factlens::model::index::Index;
use factlens::model::review::store::Store;
use factlens::model::review::{Decision, Edit, Review, Status, Target};
use factlens::model::{Corpus, FactKind};
use factlens::tui::app::App;

fn seeds() -> Corpus {
    Corpus::load(&[PathBuf::from("seeds")])
}

fn fixed_clock() -> String {
    "2026-11-23T12:00:00Z".into()
}

fn app_with_state(path: &Path) -> App {
    let (store, review) = Store::open(path, vec!["seeds".into()]).expect("state opens");
    let mut app = App::with_review(seeds(), review, Some(store));
    app.clock = fixed_clock;
    app
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        app.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    app.key(KeyEvent::new(code, mods));
}

fn selected_id(app: &App) -> String {
    let (ai, fi) = app.selected().expect("a fact is selected");
    app.corpus.articles[ai].facts[fi].id.to_string()
}

#[test]
fn space_and_review_keys_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut ids = Vec::new();
    {
        let mut app = app_with_state(&path);
        for (k, _) in [
            ('a', Status::Accepted),
            ('x', Status::Rejected),
            ('!', Status::Flagged),
        ] {
            press(&mut app, " ");
            ids.push(selected_id(&app));
            press(&mut app, &k.to_string());
        }
        assert_eq!(app.progress().0, 3);
        assert_eq!(app.reviewed_in(0), 3);
        // Space skips what is reviewed: the next stop is a fourth, new fact.
        press(&mut app, " ");
        assert!(!ids.contains(&selected_id(&app)));
    }
    let app = app_with_state(&path);
    let statuses: Vec<Status> = ids.iter().map(|id| app.review.status(id)).collect();
    assert_eq!(
        statuses,
        [Status::Accepted, Status::Rejected, Status::Flagged]
    );
    assert_eq!(app.progress().0, 3);
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("2026-11-23T12:00:00Z"), "{saved}");
}

#[test]
fn undo_and_redo_across_articles() {
    let mut app = App::new(seeds());
    app.clock = fixed_clock;
    press(&mut app, " a");
    let first = selected_id(&app);
    // Down the article list, then review a fact of the second article.
    press(&mut app, "j");
    assert_eq!(app.article, 1);
    press(&mut app, " x");
    let second = selected_id(&app);
    assert_eq!(app.progress().0, 2);
    press(&mut app, "u");
    assert_eq!(app.review.status(&second), Status::Unreviewed);
    press(&mut app, "u");
    assert_eq!(app.review.status(&first), Status::Unreviewed);
    // Undo brings the changed fact into view.
    assert_eq!(app.article, 0);
    assert_eq!(app.progress().0, 0);
    press(&mut app, "u");
    assert!(app.message.contains("Nothing to undo"), "{}", app.message);
    key(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    key(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(app.review.status(&first), Status::Accepted);
    assert_eq!(app.review.status(&second), Status::Rejected);
    assert_eq!(app.article, 1);
    press(&mut app, "c");
    assert_eq!(app.review.status(&second), Status::Unreviewed);
}

#[test]
fn capital_a_accepts_every_mention_of_the_entity_in_the_article() {
    let mut app = App::new(seeds());
    // The first person in article 1 is Lee, mentioned many times.
    press(&mut app, " ");
    let (ai, fi) = app.selected().unwrap();
    let entity = app.corpus.articles[ai].facts[fi].entity.unwrap();
    let mentions = app.corpus.articles[ai]
        .facts
        .iter()
        .filter(|f| f.entity.as_ref() == Some(&entity))
        .count();
    assert!(mentions > 1);
    press(&mut app, "A");
    assert_eq!(app.progress().0, mentions);
    let row = &app.rows()[app.row];
    assert_eq!(row.status, Some(Status::Accepted));
    assert_eq!(row.reviewed, mentions);
    // One undo step takes them all back.
    press(&mut app, "u");
    assert_eq!(app.progress().0, 0);
}

#[test]
fn notes_are_written_with_the_usual_editing_keys() {
    let mut app = App::new(seeds());
    press(&mut app, " m");
    assert!(screen(&mut app, 120, 40).contains("note: ▏"));
    press(&mut app, "check the figre");
    key(&mut app, KeyCode::Left, KeyModifiers::NONE);
    key(&mut app, KeyCode::Left, KeyModifiers::NONE);
    press(&mut app, "u");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let id = selected_id(&app);
    assert_eq!(app.review.note(&id), "check the figure");
    // The note can be reopened and Esc leaves it unchanged.
    press(&mut app, "m");
    press(&mut app, "xx");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(app.review.note(&id), "check the figure");
    assert!(app.prompt.is_none());
    assert_eq!(app.message, "Cancelled");
    app.message.clear();
    let s = screen(&mut app, 160, 40);
    assert!(s.contains("note: check the figure"), "{s}");
}

#[test]
fn a_decision_shows_on_the_same_entity_in_other_articles() {
    let mut app = App::new(seeds());
    press(&mut app, " a");
    let (ai, fi) = app.selected().unwrap();
    let entity = app.corpus.articles[ai].facts[fi].entity.unwrap();
    // Jump to the same entity in the next article.
    press(&mut app, "n");
    assert_ne!(app.article, ai);
    let (bi, gi) = app.selected().unwrap();
    assert_eq!(
        app.corpus.articles[bi].facts[gi].entity.as_ref(),
        Some(&entity)
    );
    // Its own state is untouched; the sidebar and status bar say it was accepted elsewhere.
    assert_eq!(
        app.review
            .status(&app.corpus.articles[bi].facts[gi].id.as_str()),
        Status::Unreviewed
    );
    app.message.clear();
    let s = screen(&mut app, 160, 45);
    assert!(s.contains("≈✓"), "{s}");
    assert!(s.contains("accepted in 1 other article"), "{s}");
}

#[test]
fn review_marks_on_screen() {
    let mut app = App::new(seeds());
    app.clock = fixed_clock;
    press(&mut app, " a x ! ");
    app.message.clear();
    insta::assert_snapshot!(screen(&mut app, 140, 30));
}

#[test]
fn a_read_only_state_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    std::fs::write(&path, "{\"version\": 1, \"facts\": {").unwrap();
    let err = Store::open(&path, vec![]).unwrap_err();
    let (store, review) = Store::open_read_only(&path, err.to_string());
    let mut app = App::with_review(seeds(), review, Some(store));
    assert!(app.message.contains("READ-ONLY"), "{}", app.message);
    press(&mut app, " a");
    assert!(app.message.contains("Read-only"), "{}", app.message);
    assert_eq!(app.progress().0, 0);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{\"version\": 1, \"facts\": {"
    );
    assert!(screen(&mut app, 120, 40).contains("READ-ONLY"));
}

#[test]
fn export_from_the_reader_writes_the_chosen_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("review.csv");
    let corpus = seeds();
    let facts: usize = corpus.articles.iter().map(|a| a.facts.len()).sum();
    let mut app = App::new(corpus);
    press(&mut app, " a");
    press(&mut app, "E");
    // Replace the suggested name.
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    press(&mut app, out.to_str().unwrap());
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(
        app.message
            .starts_with(&format!("Exported {facts} facts (CSV)")),
        "{}",
        app.message
    );
    let mut r = csv::Reader::from_path(&out).unwrap();
    let accepted = r
        .records()
        .filter(|rec| &rec.as_ref().unwrap()[5] == "accepted")
        .count();
    assert_eq!(accepted, 1);
}

/// Scripted decisions on the seeds: one of each status, a note, and an orphan.
fn scripted(corpus: &Corpus) -> Review {
    let mut decisions = BTreeMap::new();
    decisions.insert(
        "f000000000000000".to_string(),
        Decision {
            status: Status::Flagged,
            note: "paragraph was edited".into(),
            at: "2026-11-01T09:00:00Z".into(),
            kind: "money".into(),
            text: "$1 billion".into(),
            article: "seeds/gone.txt".into(),
        },
    );
    let mut review = Review::from_decisions(decisions);
    // The first fact of a kind in the seeds, with its article's path.
    let pick = |kind: FactKind, nth: usize| {
        corpus
            .articles
            .iter()
            .flat_map(|a| a.facts.iter().map(move |f| (f, a.path.as_str())))
            .filter(|(f, _)| f.kind == kind)
            .nth(nth)
            .expect("seed has the fact")
    };
    let at = "2026-11-23T12:00:00Z";
    let mut set = |(fact, article), edit| {
        review.apply(&[Target { fact, article }], &edit, at);
    };
    set(pick(FactKind::Person, 0), Edit::Status(Status::Accepted));
    set(pick(FactKind::Date, 0), Edit::Status(Status::Rejected));
    set(pick(FactKind::Money, 0), Edit::Status(Status::Accepted));
    set(
        pick(FactKind::Money, 0),
        Edit::Note("matches the ministry's figure".into()),
    );
    set(pick(FactKind::Quote, 0), Edit::Status(Status::Flagged));
    review
}

fn export_text(which: Which, format: Format) -> String {
    let corpus = seeds();
    let index = Index::new(&corpus);
    let review = scripted(&corpus);
    let report = export::report(&corpus, &index, &review, which);
    let mut out = Vec::new();
    export::write(&report, format, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn export_goldens() {
    insta::assert_snapshot!("export_md", export_text(Which::Reviewed, Format::Markdown));
    insta::assert_snapshot!("export_csv", export_text(Which::Reviewed, Format::Csv));
    insta::assert_snapshot!("export_json", export_text(Which::Reviewed, Format::Json));
}

#[test]
fn csv_parses_back_with_every_fact_and_orphan() {
    let text = export_text(Which::All, Format::Csv);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, export::CSV_HEADER);
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    let corpus = seeds();
    let facts: usize = corpus.articles.iter().map(|a| a.facts.len()).sum();
    assert_eq!(rows.len(), facts + 1);
    let count = |s: &str| rows.iter().filter(|r| &r[5] == s).count();
    assert_eq!(
        (count("accepted"), count("rejected"), count("flagged")),
        (2, 1, 2)
    );
    assert_eq!(count("unreviewed"), facts - 4);
    // Quotes with commas, quotes and newlines survive the round trip.
    let quote = rows.iter().find(|r| &r[1] == "quote").unwrap();
    let original = corpus.articles[0]
        .facts
        .iter()
        .find(|f| f.kind == FactKind::Quote)
        .unwrap();
    assert_eq!(&quote[2], &*original.text);
    let orphan = rows.last().unwrap();
    assert_eq!(&orphan[0], "f000000000000000");
    assert!(orphan[13].starts_with("orphaned"));
}

#[test]
fn status_filter_keeps_only_that_status() {
    let text = export_text(Which::Only(Status::Flagged), Format::Json);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let facts = v["facts"].as_array().unwrap();
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0]["status"], "flagged");
    assert_eq!(v["orphaned"].as_array().unwrap().len(), 1);
    assert_eq!(v["summary"]["accepted"], 2);
}
