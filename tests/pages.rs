//! Whole-page text dumps (pages written for this repository, rendered with `w3m -dump` at 1024 and
//! 80 columns; sources in `tests/pages/html/`), and dumps of current sites written as text
//! (`northern-news`, `bund-zeitung`, `journal-paris`, `diario-madrid`, `moskva-vesti`,
//! `library-consent`: share
//! bars, listen buttons, paywall and newsletter prompts, consent dialogs and preference centres).
//! Each has the article text it should yield in `NAME.expected.txt`. This test scores body-token precision and recall of `clean` over them,
//! prints the table, and fails under the thresholds recorded in the README.

use std::collections::HashMap;
use std::path::Path;

use factlens::model::Corpus;

/// Lower-cased word tokens; each Han/kana/hangul character is one token (as the devset scorer does).
fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in s.chars() {
        let wide = unicode_width::UnicodeWidthChar::width(c) == Some(2) && c.is_alphanumeric();
        if wide {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() || c == '_' {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn bag(tokens: &[String]) -> HashMap<&str, usize> {
    let mut m = HashMap::new();
    for t in tokens {
        *m.entry(t.as_str()).or_insert(0) += 1;
    }
    m
}

/// (precision, recall) of `got` against `want`, as bags of tokens.
fn score(got: &str, want: &str) -> (f64, f64) {
    let (g, w) = (tokens(got), tokens(want));
    let (bg, bw) = (bag(&g), bag(&w));
    let hit: usize = bg
        .iter()
        .map(|(t, n)| (*n).min(*bw.get(t).unwrap_or(&0)))
        .sum();
    (
        hit as f64 / g.len().max(1) as f64,
        hit as f64 / w.len().max(1) as f64,
    )
}

#[test]
fn page_dumps_precision_and_recall() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut rows = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && !p.to_string_lossy().ends_with(".expected.txt")
        })
        .collect();
    names.sort();
    assert!(names.len() >= 6, "fixture pages missing");
    for page in &names {
        let corpus = Corpus::load(std::slice::from_ref(page));
        let article = &corpus.articles[0];
        // Body only: the headline is metadata, not part of the expected text.
        let got: String = article
            .kept()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let want = std::fs::read_to_string(page.with_extension("expected.txt")).unwrap();
        let (p, r) = score(&got, &want);
        rows.push((
            page.file_name().unwrap().to_string_lossy().to_string(),
            p,
            r,
        ));
    }
    println!("{:<32} {:>9} {:>9}", "page", "precision", "recall");
    for (n, p, r) in &rows {
        println!("{n:<32} {p:>9.3} {r:>9.3}");
    }
    let mean_p = rows.iter().map(|r| r.1).sum::<f64>() / rows.len() as f64;
    let mean_r = rows.iter().map(|r| r.2).sum::<f64>() / rows.len() as f64;
    println!("{:<32} {mean_p:>9.3} {mean_r:>9.3}", "mean");
    for (n, _, r) in &rows {
        assert!(
            *r >= 0.97,
            "{n}: recall {r:.3} < 0.97 — a body paragraph was dropped"
        );
    }
    assert!(mean_p >= 0.95, "mean precision {mean_p:.3} < 0.95");
}

#[test]
fn scorer_can_fail() {
    assert_eq!(score("a b", "a b"), (1.0, 1.0));
    let (p, r) = score("a x", "a b");
    assert!((p - 0.5).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
    assert_eq!(tokens("부산 Port"), ["부", "산", "port"]);
}

/// The pages of current sites (share bars, listen buttons, consent dialogs above and below the
/// article) name their headline, not the last tool above the text.
#[test]
fn current_site_pages_name_their_headline() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    for (page, headline) in [
        (
            "northern-news.txt",
            "Ministers agree on new flood defence plan after week of talks",
        ),
        (
            "bund-zeitung.txt",
            "Bundesregierung beschließt neues Klimapaket",
        ),
        (
            "journal-paris.txt",
            "Le gouvernement présente son plan pour l'hôpital",
        ),
        (
            "diario-madrid.txt",
            "El Gobierno aprueba un plan de vivienda de 5.000 millones",
        ),
    ] {
        let corpus = Corpus::load(&[dir.join(page)]);
        assert_eq!(
            corpus.articles[0].title.as_deref(),
            Some(headline),
            "{page}"
        );
    }
}
