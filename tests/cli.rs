//! The command-line contract: `dump --json`, `clean`, the summary, exit codes and warnings.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_factlens"))
}

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("runs")
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn dump_json_contract() {
    let out = run(&["dump", "--json", seeds().to_str().unwrap()]);
    assert!(out.status.success());
    let v = json(&out);
    let articles = v["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    for a in articles {
        for key in ["id", "path", "title", "date", "source", "blocks", "facts"] {
            assert!(a.get(key).is_some(), "article lacks '{key}'");
        }
        for b in a["blocks"].as_array().unwrap() {
            for key in ["text", "kept", "reason"] {
                assert!(b.get(key).is_some(), "block lacks '{key}'");
            }
            assert_eq!(b["kept"].as_bool().unwrap(), b["reason"].is_null());
        }
    }
    assert!(v["entities"].is_array());
    assert!(v["warnings"].as_array().unwrap().is_empty());
    assert_eq!(articles[0]["date"], "2025-10-31");
}

#[test]
fn ids_are_stable_across_runs_and_paths() {
    let a = json(&run(&["dump", seeds().to_str().unwrap()]));
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path().join("renamed.txt");
    std::fs::copy(seeds().join("003_1ba02bf7ce922df6.txt"), &copy).unwrap();
    let b = json(&run(&["dump", copy.to_str().unwrap()]));
    assert_eq!(a["articles"][3]["id"], b["articles"][0]["id"]);
}

#[test]
fn clean_prints_title_then_paragraphs() {
    let out = run(&[
        "clean",
        seeds().join("001_69854c8e9be16728.txt").to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let paras: Vec<&str> = text.trim_end().split("\n\n").collect();
    assert_eq!(
        paras[0],
        "China and South Korea Emphasize Mutual Respect and Shared Prosperity"
    );
    assert_eq!(paras.len(), 8);
    assert!(!text.contains("Leave a Reply") && !text.contains("Source:"));
    assert!(!text.contains("\n\n\n"));
}

#[test]
fn clean_show_dropped_marks_reasons() {
    let out = run(&[
        "clean",
        "--show-dropped",
        seeds().join("004_2c47240ee14d3b05.txt").to_str().unwrap(),
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[dropped: ui-chrome] X\n"));
    assert_eq!(text.matches("[dropped: cookie-banner]").count(), 4);
}

#[test]
fn summary_without_subcommand() {
    let out = run(&[seeds().to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 5);
}

#[test]
fn stdin_is_read_with_dash() {
    let mut child = bin()
        .args(["clean", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"A headline here\n\nThe body of the article is one sentence long.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "A headline here\n\nThe body of the article is one sentence long.\n"
    );
}

#[test]
fn exit_codes() {
    assert_eq!(run(&[]).status.code(), Some(2), "usage error");
    assert_eq!(run(&["dump", "--no-such-flag", "x"]).status.code(), Some(2));
    let out = run(&["dump", "/no/such/path"]);
    assert_eq!(out.status.code(), Some(1), "nothing loaded");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("/no/such/path") && err.contains("no such file"),
        "{err}"
    );
}

#[test]
fn bad_files_warn_and_others_still_load() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(
        d.join("a_good.txt"),
        "Good headline\n\nA perfectly ordinary paragraph of article text.\n",
    )
    .unwrap();
    std::fs::write(d.join("b_binary.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00").unwrap();
    std::fs::write(d.join("c_latin1.txt"), b"Caf\xe9 owners protest\n\nThe owners of the caf\xe9 said they would appeal the decision.\n").unwrap();
    std::fs::write(d.join("d_empty.txt"), b"").unwrap();
    std::fs::write(d.join("e_image.jpg"), b"not an article").unwrap();
    std::fs::write(d.join("f_escape.txt"), b"Title\n\nText with \x1b[2J a clear-screen and \x1b]52;c;aGk=\x07 a clipboard write in it.\n").unwrap();
    let out = run(&["dump", d.to_str().unwrap()]);
    assert!(out.status.success());
    let v = json(&out);
    let paths: Vec<String> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths.len(), 3, "{paths:?}");
    let warnings: Vec<String> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| format!("{} {}", w["path"], w["message"]))
        .collect();
    let has = |file: &str, word: &str| {
        warnings
            .iter()
            .any(|w| w.contains(file) && w.contains(word))
    };
    assert!(has("b_binary.txt", "binary"), "{warnings:?}");
    assert!(
        has("c_latin1.txt", "invalid UTF-8 at byte 3"),
        "{warnings:?}"
    );
    assert!(has("d_empty.txt", "empty"), "{warnings:?}");
    assert!(has("e_image.jpg", "skipped"), "{warnings:?}");
    assert!(has("f_escape.txt", "control"), "{warnings:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.contains('\u{1b}') && !text.contains("\\u001b"),
        "escape leaked"
    );
    // Warnings also go to stderr, one line each, naming the file.
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.lines().any(|l| l.contains("b_binary.txt")));
}

#[test]
fn bom_and_crlf_are_normalised() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("crlf.txt");
    std::fs::write(&f, b"\xEF\xBB\xBFA headline\r\n\r\nFirst paragraph of the story.\r\n\r\nSecond paragraph of it.\r\n").unwrap();
    let out = run(&["clean", f.to_str().unwrap()]);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "A headline\n\nFirst paragraph of the story.\n\nSecond paragraph of it.\n"
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn facts_table_groups_by_entity_with_sources() {
    let out = run(&["facts", seeds().to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lee = text
        .lines()
        .find(|l| l.contains("person") && l.contains("Lee Jae Myung"))
        .expect("one line for Lee");
    assert!(lee.contains("×5 [1][2][3][4][5]"), "{lee}");
    for alias in ["Lee Jae-myung", "Lee Jaemyung", "President Lee"] {
        assert!(lee.contains(alias), "{alias} missing: {lee}");
    }
    // The quote Xi said in two outlets is listed under Xi with its corroboration.
    let xi = text.find("person        Xi Jinping").unwrap();
    let neighbours = text.find("close neighbors who cannot move apart").unwrap();
    assert!(neighbours > xi);
    assert!(text.contains("Dates\n") && text.contains("2014-07"));
    assert!(text.contains("KRW 70 trillion = USD 48.9 billion"));
}

#[test]
fn stats_reports_counts_phases_and_redraw() {
    let out = run(&["stats", "--json", seeds().to_str().unwrap()]);
    assert!(out.status.success());
    let v = json(&out);
    assert_eq!(v["articles"], 5);
    assert!(v["facts"].as_u64().unwrap() > 100);
    for phase in ["discover", "load", "extract", "link", "total"] {
        assert!(v["seconds"][phase].as_f64().is_some(), "{phase}");
    }
    let out = run(&["stats", "--redraw", seeds().to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("redraw after a key: mean"), "{text}");
    // With --json, one document carries both.
    let out = run(&["stats", "--json", "--redraw", seeds().to_str().unwrap()]);
    let v = json(&out);
    assert_eq!(v["articles"], 5);
    assert_eq!(v["redraw"]["keys"], 300);
}

#[test]
fn stats_on_an_empty_folder_prints_no_ratio_to_no_text() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["stats", dir.path().to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("articles"), "{text}");
    assert!(!text.contains("x the text"), "{text}");
    // With text, the ratio is printed.
    let out = run(&["stats", seeds().to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("x the text"), "{text}");
}

#[test]
fn export_reads_the_state_and_filters_by_status() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    // A decision on the first fact of the dump.
    let dump = json(&run(&["dump", "--json", seeds().to_str().unwrap()]));
    let id = dump["articles"][0]["facts"][0]["id"].as_str().unwrap();
    let body = serde_json::json!({"version": 1, "facts": {id: {"status": "accepted", "note": "ok, \"checked\"", "at": "2026-11-23T00:00:00Z"}}});
    std::fs::write(&state, body.to_string()).unwrap();
    let s = state.to_str().unwrap();
    let out = run(&[
        "export",
        "--format",
        "csv",
        "--status",
        "accepted",
        "--state",
        s,
        seeds().to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], id);
    assert_eq!(&rows[0][6], "ok, \"checked\"");
    // Markdown to a file.
    let md = dir.path().join("report.md");
    let out = run(&[
        "export",
        "--state",
        s,
        "-o",
        md.to_str().unwrap(),
        seeds().to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.starts_with("# factlens review"), "{text}");
    assert!(text.contains("1 accepted"), "{text}");
}

#[test]
fn export_refuses_a_corrupt_state_and_leaves_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    std::fs::write(&state, "{\"version\": 1, \"facts\": {\"f1\": ").unwrap();
    let out = run(&[
        "export",
        "--state",
        state.to_str().unwrap(),
        seeds().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(state.to_str().unwrap()) && err.contains("left untouched"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(
        std::fs::read_to_string(&state).unwrap(),
        "{\"version\": 1, \"facts\": {\"f1\": "
    );
    let future = dir.path().join("future.json");
    std::fs::write(&future, "{\"version\": 7}").unwrap();
    let out = run(&[
        "export",
        "--state",
        future.to_str().unwrap(),
        seeds().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("version 7"));
}
