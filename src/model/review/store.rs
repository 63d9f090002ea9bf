//! The review state on disk: versioned JSON, saved atomically (temporary file in the same
//! directory, flushed and fsynced, renamed over the old one), guarded by a lock file so two
//! factlens processes never clobber each other. A file that cannot be read is never overwritten.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Decision, Review};

/// The state file format this factlens reads and writes.
pub const VERSION: u64 = 1;

#[derive(Debug, Serialize, Deserialize)]
pub struct StateFile {
    pub version: u64,
    /// The paths factlens was opened on (informative).
    #[serde(default)]
    pub corpus: Vec<String>,
    #[serde(default)]
    pub facts: BTreeMap<String, Decision>,
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("cannot read the review state {}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("the review state {} is not a valid factlens state file ({detail}); it was left untouched", path.display())]
    Corrupt { path: PathBuf, detail: String },
    #[error("the review state {} has version {found}, but this factlens reads version {VERSION}; it was left untouched", path.display())]
    Version { path: PathBuf, found: String },
    #[error("another factlens is using the review state {} (lock {})", path.display(), lock.display())]
    Locked { path: PathBuf, lock: PathBuf },
    #[error("cannot save the review state {}: {source}", path.display())]
    Save { path: PathBuf, source: io::Error },
}

/// Reads the decisions in `path`; a missing file is an empty state.
pub fn read(path: &Path) -> Result<BTreeMap<String, Decision>, StateError> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(source) => {
            return Err(StateError::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    parse(path, &bytes)
}

fn parse(path: &Path, bytes: &[u8]) -> Result<BTreeMap<String, Decision>, StateError> {
    let corrupt = |detail: String| StateError::Corrupt {
        path: path.to_path_buf(),
        detail,
    };
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| corrupt(format!("invalid JSON: {e}")))?;
    let version = value
        .get("version")
        .ok_or_else(|| corrupt("no \"version\" field".into()))?;
    if version.as_u64() != Some(VERSION) {
        return Err(StateError::Version {
            path: path.to_path_buf(),
            found: version.to_string(),
        });
    }
    let file: StateFile =
        serde_json::from_value(value).map_err(|e| corrupt(format!("unexpected content: {e}")))?;
    Ok(file.facts)
}

/// Where the state of a corpus lives when `--state` is not given: one file per set of input
/// paths under the platform data directory (`$XDG_DATA_HOME/factlens/reviews/` on Linux).
pub fn default_path(inputs: &[PathBuf]) -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "factlens")?;
    Some(dirs.data_dir().join("reviews").join(file_name_for(inputs)))
}

/// `NAME-HASH.json`: readable, and distinct for every set of (canonical) input paths.
fn file_name_for(inputs: &[PathBuf]) -> String {
    let mut key = String::new();
    for p in inputs {
        let p = fs::canonicalize(p).unwrap_or_else(|_| p.clone());
        key.push_str(&p.to_string_lossy());
        key.push('\n');
    }
    let name: String = inputs
        .first()
        .and_then(|p| fs::canonicalize(p).ok().or_else(|| Some(p.clone())))
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "stdin".into())
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    format!(
        "{name}-{:012x}.json",
        xxhash_rust::xxh3::xxh3_64(key.as_bytes()) >> 16
    )
}

/// An open state file. Changes are saved with [`Store::save`] unless it is read-only.
#[derive(Debug)]
pub struct Store {
    pub path: PathBuf,
    /// Why nothing is saved (`None`: every change is saved).
    pub read_only: Option<String>,
    corpus: Vec<String>,
    /// Held for as long as the store lives; the OS releases it if the process dies.
    _lock: Option<File>,
}

impl Store {
    /// Opens `path` for review: takes the lock and reads the decisions (none when the file does
    /// not exist yet). Creates the directory if needed.
    pub fn open(path: &Path, corpus: Vec<String>) -> Result<(Store, Review), StateError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(|source| StateError::Io {
                path: path.to_path_buf(),
                source,
            })?;
        }
        let lock_path = lock_path(path);
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|source| StateError::Io {
                path: lock_path.clone(),
                source,
            })?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                return Err(StateError::Locked {
                    path: path.to_path_buf(),
                    lock: lock_path,
                });
            }
            Err(fs::TryLockError::Error(source)) => {
                return Err(StateError::Io {
                    path: lock_path,
                    source,
                });
            }
        }
        let decisions = read(path)?;
        Ok((
            Store {
                path: path.to_path_buf(),
                read_only: None,
                corpus,
                _lock: Some(lock),
            },
            Review::from_decisions(decisions),
        ))
    }

    /// Opens `path` without ever writing it: the decisions it holds when it can be read, none
    /// otherwise. `why` is shown to the user.
    pub fn open_read_only(path: &Path, why: String) -> (Store, Review) {
        let decisions = read(path).unwrap_or_default();
        (
            Store {
                path: path.to_path_buf(),
                read_only: Some(why),
                corpus: Vec::new(),
                _lock: None,
            },
            Review::from_decisions(decisions),
        )
    }

    /// Writes every decision (orphans included) atomically. A read-only store writes nothing.
    pub fn save(&self, review: &Review) -> Result<(), StateError> {
        if self.read_only.is_some() {
            return Ok(());
        }
        let file = StateFile {
            version: VERSION,
            corpus: self.corpus.clone(),
            facts: review.decisions().clone(),
        };
        let mut bytes = serde_json::to_vec_pretty(&file).expect("state serialises");
        bytes.push(b'\n');
        write_atomic(&self.path, &bytes).map_err(|source| StateError::Save {
            path: self.path.clone(),
            source,
        })
    }
}

fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

/// The temporary file a save of `path` writes first (same directory, so rename is atomic).
fn temp_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!(".tmp{}", std::process::id()));
    path.with_file_name(name)
}

/// Step one of an atomic write: the new content, flushed to disk, beside `path`.
pub fn write_temp(path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    let tmp = temp_path(path);
    let mut f = File::create(&tmp)?;
    f.write_all(bytes)?;
    f.sync_all()?;
    Ok(tmp)
}

/// Step two: the temporary file replaces `path` in one rename, and the directory entry is
/// flushed too.
pub fn commit(tmp: &Path, path: &Path) -> io::Result<()> {
    fs::rename(tmp, path)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // Not every platform can open a directory; the rename itself is already atomic.
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

/// Replaces `path` with `bytes` so that a crash at any moment leaves either the old or the new
/// content, never a torn file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = write_temp(path, bytes)?;
    commit(&tmp, path).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::review::{Edit, Status, Target};
    use crate::model::{Fact, FactKind};

    fn reviewed(ids: &[&str]) -> Review {
        let mut r = Review::default();
        for id in ids {
            let f = Fact::new((*id).into(), FactKind::Date, "1992".into(), None, 0, 0, 4);
            r.apply(
                &[Target {
                    fact: &f,
                    article: "a.txt",
                }],
                &Edit::Status(Status::Accepted),
                "2026-11-23T00:00:00Z",
            );
        }
        r
    }

    #[test]
    fn round_trip_through_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/state.json");
        {
            let (store, review) = Store::open(&path, vec!["seeds".into()]).unwrap();
            assert!(review.decisions().is_empty());
            store.save(&reviewed(&["f1", "f2"])).unwrap();
        }
        let (_store, review) = Store::open(&path, vec![]).unwrap();
        assert_eq!(review.status("f2"), Status::Accepted);
        assert_eq!(review.decisions().len(), 2);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"version\": 1"), "{text}");
    }

    #[test]
    fn a_save_interrupted_before_the_rename_leaves_the_old_state() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let (store, _) = Store::open(&path, vec![]).unwrap();
        store.save(&reviewed(&["old"])).unwrap();
        let before = fs::read(&path).unwrap();
        // The crash: the new content reached its temporary file, the rename never happened.
        let tmp = write_temp(&path, b"{\"version\":1,\"facts\":{\"torn").unwrap();
        assert!(tmp.exists());
        assert_eq!(fs::read(&path).unwrap(), before);
        drop(store);
        let (_store, review) = Store::open(&path, vec![]).unwrap();
        assert_eq!(review.status("old"), Status::Accepted);
        // The next save replaces the leftover temporary file too.
        write_atomic(&path, b"{\"version\":1}").unwrap();
        assert!(!tmp.exists());
    }

    #[test]
    fn readers_never_see_a_torn_file_while_saves_run() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let (store, _) = Store::open(&path, vec![]).unwrap();
        let ids: Vec<String> = (0..300).map(|i| format!("f{i}")).collect();
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let big = reviewed(&refs);
        store.save(&big).unwrap();
        std::thread::scope(|s| {
            s.spawn(|| {
                for i in 0..40 {
                    let r = if i % 2 == 0 {
                        reviewed(&refs[..10])
                    } else {
                        big.clone()
                    };
                    store.save(&r).unwrap();
                }
            });
            for _ in 0..200 {
                let n = read(&path).unwrap().len();
                assert!(n == 10 || n == 300, "torn read: {n} decisions");
            }
        });
    }

    #[test]
    fn corrupt_truncated_and_future_files_are_errors_and_stay_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let cases: [(&str, &[u8]); 5] = [
            ("garbage", b"this is not json"),
            ("truncated", b"{\"version\":1,\"facts\":{\"f1\":{\"sta"),
            ("future", b"{\"version\":2,\"facts\":{}}"),
            ("noversion", b"{\"facts\":{}}"),
            ("badshape", b"{\"version\":1,\"facts\":[1,2]}"),
        ];
        for (name, bytes) in cases {
            let path = dir.path().join(format!("{name}.json"));
            fs::write(&path, bytes).unwrap();
            let err = Store::open(&path, vec![]).unwrap_err();
            let msg = err.to_string();
            assert!(msg.contains(&path.display().to_string()), "{msg}");
            assert!(msg.contains("left untouched"), "{msg}");
            if name == "future" {
                assert!(matches!(err, StateError::Version { .. }), "{err:?}");
            } else {
                assert!(matches!(err, StateError::Corrupt { .. }), "{err:?}");
            }
            // Read-only use never writes.
            let (store, review) = Store::open_read_only(&path, msg);
            assert!(review.decisions().is_empty());
            store.save(&reviewed(&["x"])).unwrap();
            assert_eq!(fs::read(&path).unwrap(), bytes, "{name} was modified");
        }
    }

    #[test]
    fn a_second_process_cannot_take_the_same_state() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let (first, _) = Store::open(&path, vec![]).unwrap();
        let err = Store::open(&path, vec![]).unwrap_err();
        assert!(matches!(err, StateError::Locked { .. }), "{err:?}");
        assert!(err.to_string().contains("another factlens"));
        drop(first);
        assert!(Store::open(&path, vec![]).is_ok());
    }

    #[test]
    fn default_paths_differ_per_corpus_and_are_readable() {
        let a = file_name_for(&[PathBuf::from("/tmp/news a")]);
        let b = file_name_for(&[PathBuf::from("/tmp/other")]);
        assert_ne!(a, b);
        assert!(a.starts_with("news_a-") && a.ends_with(".json"), "{a}");
        assert_eq!(a, file_name_for(&[PathBuf::from("/tmp/news a")]));
    }
}
