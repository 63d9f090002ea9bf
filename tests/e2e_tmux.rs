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
    let t = Tmux {
        socket: format!("factlens-e2e-{}", std::process::id()),
    };
    let bin = env!("CARGO_BIN_EXE_factlens");
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let out = t.cmd(&[
        "new-session",
        "-d",
        "-s",
        "t",
        "-x",
        "120",
        "-y",
        "40",
        &format!("{bin} {seeds}"),
    ]);
    assert!(out.status.success(), "{out:?}");
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
    let start = Instant::now();
    while t.alive() {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "factlens did not quit:\n{}",
            t.screen()
        );
        sleep(Duration::from_millis(50));
    }
}
