//! End to end: the real binary in a real terminal (tmux), driven with `send-keys` and read back
//! with `capture-pane`. `.ci/run` installs tmux and sets FACTLENS_REQUIRE_TMUX=1 so the test cannot
//! silently skip there; on a machine without tmux it says so and passes.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("tmux runs")
    }
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.cmd(&args);
    }
    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", "t"]).stdout).into_owned()
    }
    /// Waits until the screen contains `needle` and has stopped changing: the reader redraws
    /// asynchronously, and a capture can land in the middle of a frame being written.
    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(needle) {
                sleep(Duration::from_millis(40));
                if self.screen() == s {
                    return s;
                }
                continue;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("timed out waiting for {needle:?}; screen:\n{s}");
            }
            sleep(Duration::from_millis(50));
        }
    }
    fn alive(&self) -> bool {
        self.cmd(&["has-session", "-t", "t"]).status.success()
    }
    /// A fresh server running `command` in a 120x40 terminal.
    fn start(name: &str, command: &str) -> Tmux {
        let t = Tmux {
            socket: format!("factlens-e2e-{name}-{}", std::process::id()),
        };
        let out = t.cmd(&[
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            "120",
            "-y",
            "40",
            command,
        ]);
        assert!(out.status.success(), "{out:?}");
        t
    }
    fn wait_until_gone(&self) {
        let start = Instant::now();
        while self.alive() {
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "factlens did not quit:\n{}",
                self.screen()
            );
            sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

fn tmux_available() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok && std::env::var_os("FACTLENS_REQUIRE_TMUX").is_some() {
        panic!("tmux is required (FACTLENS_REQUIRE_TMUX is set) but not installed");
    }
    if !ok {
        eprintln!("skipping: tmux is not installed");
    }
    ok
}

#[test]
fn reader_in_a_real_terminal_panes_jump_help_and_quit() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start("read", &reader_command(&dir.path().join("state.json")));
    // Three panes.
    let s = t.wait_for("Articles 1/5");
    assert!(s.contains("[1/5]") && s.contains("Facts "), "{s}");
    assert!(s.contains("PERSON"), "sidebar groups by kind:\n{s}");
    // Focus the sidebar, select the first person (Lee), jump to the next article naming him.
    t.keys(&["Tab", "Tab", "j"]);
    t.wait_for(" FACTS ");
    t.keys(&["n"]);
    let s = t.wait_for("[2/5]");
    assert!(s.contains("Related 1/4"), "{s}");
    assert!(s.contains("Lee"), "{s}");
    t.keys(&["BSpace"]);
    t.wait_for("[1/5]");
    // Help, generated from the keymap; any key closes it.
    t.keys(&["?"]);
    let s = t.wait_for("factlens — keys");
    assert!(s.contains("go back along the jump history"), "{s}");
    t.keys(&["Escape"]);
    let start = Instant::now();
    while t.screen().contains("factlens — keys") {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "help did not close"
        );
        sleep(Duration::from_millis(50));
    }
    // A clean quit ends the program (and with it the tmux session).
    t.keys(&["q"]);
    t.wait_until_gone();
}

/// The reader on the seeds with its review state in `state` (never the user's data directory).
fn reader_command(state: &std::path::Path) -> String {
    let bin = env!("CARGO_BIN_EXE_factlens");
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    format!("{bin} --state {} {seeds}", state.display())
}

/// Facts in the seeds, and in the first article: what the reader's progress counts are out of.
fn seed_fact_counts() -> (usize, usize) {
    let out = Command::new(env!("CARGO_BIN_EXE_factlens"))
        .args([
            "dump",
            "--json",
            concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"),
        ])
        .output()
        .expect("factlens dump runs");
    let dump: serde_json::Value = serde_json::from_slice(&out.stdout).expect("dump is JSON");
    let counts: Vec<usize> = dump["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| a["facts"].as_array().map_or(0, Vec::len))
        .collect();
    (counts.iter().sum(), counts[0])
}

#[test]
fn review_three_facts_quit_restart_and_see_them() {
    if !tmux_available() {
        return;
    }
    let (all, first) = seed_fact_counts();
    assert!(
        all > 300 && first > 50,
        "the seeds have facts: {all}, {first}"
    );
    let (total, in_first) = (format!("3/{all} reviewed"), format!("3/{first} reviewed"));
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let t = Tmux::start("review", &reader_command(&state));
    t.wait_for("Articles 1/5");
    for (i, k) in ["a", "x", "!"].into_iter().enumerate() {
        t.keys(&["Space"]);
        t.wait_for(" a accept ");
        t.keys(&[k]);
        t.wait_for(&format!("{}/{all} reviewed · u undoes", i + 1));
    }
    let s = t.wait_for(&total);
    assert!(
        s.contains(&in_first),
        "list shows per-article progress:\n{s}"
    );
    // While it runs, a second factlens on the same state is refused the lock and offered
    // read-only use.
    let second = Tmux::start("second", &reader_command(&state));
    second.wait_for("another factlens is using the review state");
    second.keys(&["y", "Enter"]);
    let s = second.wait_for("READ-ONLY");
    assert!(s.contains(&in_first), "{s}");
    second.keys(&["q"]);
    second.wait_until_gone();
    t.keys(&["q"]);
    t.wait_until_gone();
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let statuses: Vec<&str> = saved["facts"]
        .as_object()
        .unwrap()
        .values()
        .map(|d| d["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses.len(), 3, "{saved}");
    for s in ["accepted", "rejected", "flagged"] {
        assert!(statuses.contains(&s), "{saved}");
    }
    // Restart: the three decisions are back.
    let t = Tmux::start("restart", &reader_command(&state));
    let s = t.wait_for(&total);
    assert!(s.contains(&in_first), "{s}");
    t.keys(&["q"]);
    t.wait_until_gone();
}

/// An article full of terminal escape sequences must not drive the terminal: every byte the
/// reader writes is captured with `pipe-pane` and searched for the sequences' payloads.
#[test]
fn escape_sequences_in_articles_never_reach_the_terminal() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("escapes.txt");
    std::fs::write(
        &article,
        b"Escapes everywhere\n\nBefore\x1b[2JAfter the clear. Clip\x1b]52;c;aGVsbG8=\x07board write. \
Link \x1b]8;;http://evil.example/\x1b\\text\x1b]8;;\x1b\\ end. C1\xc2\x9b31m red. Bell\x07 ring. \
Title\x1b]0;pwned\x07 set. Cursor\x1b[10;10H moved.\n",
    )
    .unwrap();
    let bytes = dir.path().join("bytes.out");
    let bin = env!("CARGO_BIN_EXE_factlens");
    let state = dir.path().join("state.json");
    // Start after a pause so that pipe-pane is attached before the first frame.
    let t = Tmux::start(
        "escapes",
        &format!(
            "sleep 0.5; exec {bin} --state {} {}",
            state.display(),
            article.display()
        ),
    );
    t.cmd(&[
        "pipe-pane",
        "-o",
        "-t",
        "t",
        &format!("cat > {}", bytes.display()),
    ]);
    let s = t.wait_for("BeforeAfter the clear");
    assert!(
        s.contains("Clipboard write") && s.contains("Link text end"),
        "{s}"
    );
    // Scroll, show boilerplate, open the help: more frames, same rule.
    t.keys(&["Tab", "j", "b", "?"]);
    t.wait_for("factlens — keys");
    t.keys(&["q"]);
    t.wait_until_gone();
    let out = std::fs::read(&bytes).unwrap();
    assert!(out.len() > 1000, "pipe-pane captured too little");
    let has = |needle: &[u8]| out.windows(needle.len()).any(|w| w == needle);
    for (needle, what) in [
        (&b"\x1b]52"[..], "OSC 52 clipboard write"),
        (b"\x1b]8;", "OSC 8 hyperlink"),
        (b"\x1b]0;", "OSC 0 title"),
        (b"evil.example", "hyperlink target"),
        (b"pwned", "title payload"),
        (b"\x07", "BEL"),
        (b"\xc2\x9b", "C1 CSI"),
        (b"Before\x1b", "CSI inside the text"),
    ] {
        assert!(!has(needle), "{what} reached the terminal");
    }
}

/// A resize storm, down to a 1x1 terminal, while keys arrive: the reader keeps running and
/// draws the full layout again at the end.
#[test]
fn the_reader_survives_a_resize_storm() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start("resize", &reader_command(&dir.path().join("state.json")));
    t.wait_for("Articles 1/5");
    let sizes = [
        (1, 1),
        (30, 8),
        (200, 60),
        (80, 24),
        (2, 50),
        (160, 3),
        (41, 10),
    ];
    for i in 0..60 {
        let (w, h) = sizes[i % sizes.len()];
        t.cmd(&[
            "resize-window",
            "-t",
            "t",
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
        ]);
        if i % 5 == 0 {
            t.keys(&["j"]);
        }
    }
    t.cmd(&["resize-window", "-t", "t", "-x", "30", "-y", "8"]);
    t.wait_for("Terminal too small (30x8)");
    t.cmd(&["resize-window", "-t", "t", "-x", "120", "-y", "40"]);
    let s = t.wait_for("Facts ");
    assert!(s.contains("Articles ") && s.contains("/5]"), "{s}");
    assert!(t.alive());
    t.keys(&["q"]);
    t.wait_until_gone();
}

/// More files than the reader loads before its first frame: it opens on the first ones, says the
/// rest is loading, then swaps the whole corpus in without moving the reader.
#[test]
fn a_large_folder_opens_at_once_and_the_rest_loads_behind() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let seeds: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    let n = factlens::tui::PREVIEW_ARTICLES + 40;
    for i in 0..n {
        let text = format!("Report number {i}\n\n{}", seeds[i % seeds.len()]);
        std::fs::write(corpus.join(format!("{i:04}.txt")), text).unwrap();
    }
    let bin = env!("CARGO_BIN_EXE_factlens");
    let state = dir.path().join("state.json");
    let t = Tmux::start(
        "large",
        &format!("{bin} --state {} {}", state.display(), corpus.display()),
    );
    t.wait_for("corpus/0000.txt");
    t.keys(&["j"]);
    let s = t.wait_for(&format!("All {n} articles loaded"));
    assert!(s.contains(&format!("Articles 2/{n} ")), "{s}");
    assert!(s.contains("corpus/0001.txt"), "{s}");
    t.keys(&["G"]);
    t.wait_for(&format!("corpus/{:04}.txt", n - 1));
    t.keys(&["q"]);
    t.wait_until_gone();
}

/// A panic in the reader must leave the terminal as it found it: the alternate screen left, the
/// cursor shown, mouse reporting off, canonical mode back — and the panic message readable.
#[test]
fn a_panic_in_the_reader_restores_the_terminal() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let command = format!(
        "FACTLENS_TEST_PANIC=1 {}; echo reader-exited-$?; stty -a | tr ' ' '\\n' | grep -x -- '-\\?icanon'; sleep 30",
        reader_command(&dir.path().join("state.json"))
    );
    let t = Tmux::start("panic", &command);
    let s = t.wait_for("reader-exited-");
    assert!(s.contains("FACTLENS_TEST_PANIC is set"), "{s}");
    assert!(
        !s.contains("reader-exited-0"),
        "a panic is a failure exit:\n{s}"
    );
    assert!(
        s.lines().any(|l| l.trim() == "icanon"),
        "canonical mode is back:\n{s}"
    );
    let flags = t.cmd(&[
        "display-message",
        "-p",
        "-t",
        "t",
        "#{alternate_on} #{cursor_flag} #{mouse_any_flag}",
    ]);
    assert_eq!(
        String::from_utf8_lossy(&flags.stdout).trim(),
        "0 1 0",
        "alternate screen, cursor, mouse:\n{s}"
    );
}
