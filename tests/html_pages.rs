//! Saved web pages, written for factlens (`tests/pages_html/make.py`): news-site chrome around an
//! article in six languages and five encodings (UTF-8, UTF-8 with BOM and no declaration,
//! undeclared windows-1252, EUC-KR, GBK, Shift_JIS). Scores the kept text against the expected
//! article (token precision and recall) and checks that no chrome — cookie banner, photo caption,
//! share bar, related links, comment form — is kept.

use std::path::{Path, PathBuf};

use factlens::model::{Corpus, Reason};

const PAGES: &[&str] = &[
    "en_utf8",
    "de_cp1252_undeclared",
    "ko_euckr",
    "zh_gbk",
    "ja_sjis",
    "ru_utf8_bom_nodecl",
];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages_html")
}

/// Lower-cased words; every Han, kana or Hangul syllable is a token of its own.
fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in s.chars() {
        let cjk = matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x9fff | 0xac00..=0xd7af);
        if c.is_alphanumeric() && !cjk {
            word.extend(c.to_lowercase());
            continue;
        }
        if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        if cjk {
            out.push(c.to_string());
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Bag-of-tokens precision and recall of `got` against `want`.
fn score(got: &str, want: &str) -> (f64, f64) {
    use std::collections::HashMap;
    let mut bag: HashMap<String, i64> = HashMap::new();
    let want = tokens(want);
    for t in &want {
        *bag.entry(t.clone()).or_default() += 1;
    }
    let got = tokens(got);
    let mut hit = 0;
    for t in &got {
        if let Some(n) = bag.get_mut(t)
            && *n > 0
        {
            *n -= 1;
            hit += 1;
        }
    }
    let p = if got.is_empty() {
        0.0
    } else {
        hit as f64 / got.len() as f64
    };
    (p, hit as f64 / want.len().max(1) as f64)
}

#[test]
fn pages_in_six_languages_and_five_encodings() {
    let (mut sp, mut sr) = (0.0, 0.0);
    for name in PAGES {
        let path = dir().join(format!("{name}.html"));
        let corpus = Corpus::load(std::slice::from_ref(&path));
        assert!(corpus.warnings.is_empty(), "{name}: {:?}", corpus.warnings);
        let a = &corpus.articles[0];
        let kept: Vec<&str> = a.kept().map(|b| b.text.as_str()).collect();
        let kept = kept.join("\n\n");
        let want = std::fs::read_to_string(dir().join(format!("{name}.expected.txt"))).unwrap();
        let (p, r) = score(&kept, &want);
        println!("{name:<24} P {p:.3} R {r:.3}");
        assert!(p >= 0.95 && r >= 0.98, "{name}: P {p:.3} R {r:.3}\n{kept}");
        sp += p;
        sr += r;
        // No chrome in what is kept.
        let chrome = std::fs::read_to_string(dir().join(format!("{name}.chrome.txt"))).unwrap();
        for line in chrome.lines().filter(|l| !l.is_empty()) {
            let head: String = line.chars().take(30).collect();
            assert!(!kept.contains(&head), "{name}: chrome kept: {line}");
        }
        // Every dropped block says why; captions and consent text are named as such.
        let reasons: Vec<Reason> = a.blocks.iter().filter_map(|b| b.reason).collect();
        assert!(
            reasons.contains(&Reason::PhotoCaption),
            "{name}: {reasons:?}"
        );
        assert!(
            reasons.contains(&Reason::CookieBanner),
            "{name}: {reasons:?}"
        );
        assert!(a.blocks.iter().all(|b| b.kept == b.reason.is_none()));
        // Metadata.
        let title = a.title.as_deref().unwrap_or("");
        assert!(
            !title.is_empty() && !title.contains('|'),
            "{name}: title {title:?}"
        );
        assert_eq!(a.date.as_deref(), Some("2025-11-01"), "{name}");
        assert_eq!(
            a.url.as_deref(),
            Some("https://news.example/2025/11/01/summit"),
            "{name}"
        );
        assert_eq!(a.links, ["https://example.org/background"], "{name}");
        assert!(a.source.is_some(), "{name}");
        let lang = name.split('_').next().unwrap();
        assert_eq!(a.lang.as_deref(), Some(lang), "{name}");
        // Scripts and styles never become text.
        let text = all_text(a);
        assert!(!text.contains("tracking-payload") && !text.contains("display:none"));
    }
    let n = PAGES.len() as f64;
    println!("mean                     P {:.3} R {:.3}", sp / n, sr / n);
}

#[test]
fn html_is_found_by_content_when_the_extension_lies() {
    let tmp = tempfile::tempdir().unwrap();
    let src = std::fs::read(dir().join("en_utf8.html")).unwrap();
    let lying = tmp.path().join("article.txt");
    std::fs::write(&lying, src).unwrap();
    let corpus = Corpus::load(&[lying]);
    let a = &corpus.articles[0];
    assert_eq!(
        a.title.as_deref(),
        Some("Leaders agree to expand exchanges")
    );
    assert!(!all_text(a).contains("<p>"));
}

/// Every block's text, kept or dropped: all the text the page gave the article.
fn all_text(a: &factlens::model::Article) -> String {
    a.blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn facts_come_from_pages_too() {
    let corpus = Corpus::load(&[dir().join("en_utf8.html")]);
    let a = &corpus.articles[0];
    let names: Vec<&str> = a.facts.iter().map(|f| &*f.text).collect();
    assert!(
        names.iter().any(|n| n.contains("Lee Jae-myung")),
        "{names:?}"
    );
    // The page's date resolves "Saturday".
    let saturday = a
        .facts
        .iter()
        .find(|f| &*f.text == "Saturday")
        .expect("date fact");
    assert_eq!(
        saturday.value.as_ref().and_then(|v| v.as_date()),
        Some("2025-11-01")
    );
}

#[test]
fn the_reader_lists_links_and_opens_them_without_blocking() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use factlens::tui::app::App;
    let corpus = Corpus::load(&[dir().join("en_utf8.html")]);
    let mut app = App::new(corpus);
    let press =
        |app: &mut App, c: char| app.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    term.draw(|f| factlens::tui::view::draw(f, &mut app))
        .unwrap();
    let screen = format!("{:?}", term.backend().buffer());
    assert!(
        screen.contains("[1] https://example.org/background"),
        "{screen}"
    );
    press(&mut app, '1');
    assert_eq!(
        app.open_request.as_deref(),
        Some("https://example.org/background")
    );
    app.open_request = None;
    press(&mut app, 'o');
    assert_eq!(
        app.open_request.as_deref(),
        Some("https://news.example/2025/11/01/summit")
    );
    app.open_request = None;
    press(&mut app, '2');
    assert!(app.open_request.is_none());
    assert!(app.message.contains("No link [2]"), "{}", app.message);
}
