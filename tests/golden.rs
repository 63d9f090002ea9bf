//! Golden files for the seed articles: exactly which blocks are kept and which are dropped, with
//! the reason, rule and cue; plus the metadata. A change in the classifier shows as a readable diff
//! (`cargo insta review`).

use factlens::model::Corpus;
use serde_json::json;

#[test]
fn seeds_blocks_and_metadata() {
    insta::glob!("../seeds", "*.txt", |path| {
        let corpus = Corpus::load(&[path.to_path_buf()]);
        assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
        let a = &corpus.articles[0];
        let blocks: Vec<_> = a
            .blocks
            .iter()
            .map(|b| {
                let head: String = b.text.chars().take(60).collect();
                match b.reason {
                    None => json!({"kept": head}),
                    Some(r) => json!({"dropped": head, "reason": r, "rule": b.rule, "cue": b.cue}),
                }
            })
            .collect();
        insta::assert_json_snapshot!(json!({
            "id": a.id,
            "title": a.title,
            "date": a.date,
            "source": a.source,
            "dateline": a.dateline,
            "blocks": blocks,
        }));
    });
}

/// Every body paragraph of the seeds is kept: the paragraphs a reader sees are exactly these.
#[test]
fn seed_body_paragraph_counts() {
    let corpus = Corpus::load(&[std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds"
    ))]);
    let counts: Vec<usize> = corpus.articles.iter().map(|a| a.kept().count()).collect();
    assert_eq!(counts, [19, 7, 22, 6, 15]);
}
