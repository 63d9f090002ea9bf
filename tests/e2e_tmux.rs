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
    /// Waits until the screen contains `needle` (the reader redraws asynchronously).
    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(needle) {
                return s;
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

#[test]
fn review_three_facts_quit_restart_and_see_them() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let t = Tmux::start("review", &reader_command(&state));
    t.wait_for("Articles 1/5");
    for (i, k) in ["a", "x", "!"].into_iter().enumerate() {
        t.keys(&["Space"]);
        t.wait_for(" a accept ");
        t.keys(&[k]);
        t.wait_for(&format!("{}/358 reviewed · u undoes", i + 1));
    }
    let s = t.wait_for("3/358 reviewed");
    assert!(
        s.contains("3/75 reviewed"),
        "list shows per-article progress:\n{s}"
    );
    // While it runs, a second factlens on the same state is refused the lock and offered
    // read-only use.
    let second = Tmux::start("second", &reader_command(&state));
    second.wait_for("another factlens is using the review state");
    second.keys(&["y", "Enter"]);
    let s = second.wait_for("READ-ONLY");
    assert!(s.contains("3/75 reviewed"), "{s}");
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
    let s = t.wait_for("3/358 reviewed");
    assert!(s.contains("3/75 reviewed"), "{s}");
    t.keys(&["q"]);
    t.wait_until_gone();
}
