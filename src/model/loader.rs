//! Finding article files and reading them, one warning per problem, never stopping at a bad file.

use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use super::article::Article;
use super::decode::{self, Rejected};

/// Files larger than this are skipped: an article is kilobytes, not hundreds of megabytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A problem with one input, reported and never fatal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub path: String,
    pub message: String,
}

impl Warning {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Warning {
        Warning {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// One input to read: a file or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Stdin,
}

/// Is this a file name factlens reads as a text article?
pub fn is_text_name(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        None => true,
        Some(ext) => matches!(
            ext.to_ascii_lowercase().as_str(),
            "txt" | "text" | "md" | "html" | "htm" | "xhtml" | "shtml"
        ),
    }
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

/// Expands the command-line paths into the files to read, in order: each argument in turn,
/// directories recursively in sorted order. Unreadable paths and skipped files become warnings.
pub fn discover(args: &[PathBuf], warnings: &mut Vec<Warning>) -> Vec<Source> {
    let mut out = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let meta = match std::fs::metadata(arg) {
            Ok(m) => m,
            Err(e) => {
                warnings.push(Warning::new(display(arg), io_message(&e)));
                continue;
            }
        };
        if meta.is_file() {
            // A file named explicitly is read whatever its extension, unless it is clearly not text.
            if is_text_name(arg) {
                out.push(Source::File(arg.clone()));
            } else {
                warnings.push(Warning::new(display(arg), skipped_message(arg)));
            }
            continue;
        }
        if !meta.is_dir() {
            // A FIFO, socket or device: opening it could block forever or never end.
            warnings.push(Warning::new(
                display(arg),
                "skipped: not a regular file or directory",
            ));
            continue;
        }
        let walker = walkdir::WalkDir::new(arg)
            .follow_links(true)
            .sort_by_file_name();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    let name = e.file_name().to_string_lossy();
                    if name.starts_with('.') {
                        continue;
                    }
                    if is_text_name(e.path()) {
                        out.push(Source::File(e.into_path()));
                    } else {
                        warnings.push(Warning::new(display(e.path()), skipped_message(e.path())));
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    let path = e.path().map(display).unwrap_or_else(|| display(arg));
                    let msg = if e.loop_ancestor().is_some() {
                        "symbolic link loop; not followed".to_string()
                    } else if let Some(io) = e.io_error() {
                        io_message(io)
                    } else {
                        e.to_string()
                    };
                    warnings.push(Warning::new(path, msg));
                }
            }
        }
    }
    out
}

fn skipped_message(path: &Path) -> String {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    format!(
        "skipped: '.{ext}' files are not articles factlens reads (text: .txt, .text, .md, no extension; pages: .html, .htm, .xhtml)"
    )
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Reads, decodes and models one source. `None` (with a warning) when it cannot be used.
pub fn load_one(src: &Source, warnings: &mut Vec<Warning>) -> Option<Article> {
    let (name, bytes) = match src {
        Source::Stdin => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut buf)
            {
                warnings.push(Warning::new("-", io_message(&e)));
                return None;
            }
            ("-".to_string(), buf)
        }
        Source::File(p) => {
            let name = display(p);
            match read_limited(p) {
                Ok(b) => (name, b),
                Err(msg) => {
                    warnings.push(Warning::new(name, msg));
                    return None;
                }
            }
        }
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        warnings.push(Warning::new(
            name,
            format!("skipped: larger than {} MiB", MAX_FILE_BYTES >> 20),
        ));
        return None;
    }
    article_from_bytes(name, &bytes, warnings)
}

/// Decodes bytes into an article; warnings name `name`.
pub fn article_from_bytes(
    name: String,
    bytes: &[u8],
    warnings: &mut Vec<Warning>,
) -> Option<Article> {
    if super::html::is_html(Path::new(&name), bytes) {
        return Some(page_from_bytes(name, bytes, warnings));
    }
    match decode::decode(bytes) {
        Err(Rejected::Binary { offset }) => {
            warnings.push(Warning::new(
                name,
                format!("skipped: binary file (NUL byte at offset {offset})"),
            ));
            None
        }
        Ok(d) => {
            for w in d.warnings {
                warnings.push(Warning::new(name.clone(), w));
            }
            if d.text.trim().is_empty() {
                warnings.push(Warning::new(name, "skipped: empty file"));
                return None;
            }
            Some(Article::from_text(name, d.text))
        }
    }
}

/// A saved web page: decoded by its declared or detected charset, the article extracted.
fn page_from_bytes(name: String, bytes: &[u8], warnings: &mut Vec<Warning>) -> Article {
    let d = super::html::charset::decode(bytes);
    if d.had_errors {
        warnings.push(Warning::new(
            name.clone(),
            format!(
                "some bytes are not valid {}; they show as �",
                d.encoding.name()
            ),
        ));
    }
    let page = super::html::extract(&d.text);
    let a = Article::from_page(name.clone(), page);
    if a.kept().next().is_none() {
        warnings.push(Warning::new(
            name,
            "no article text found in this page (press b in the reader to see what was dropped)",
        ));
    }
    a
}

fn read_limited(p: &Path) -> Result<Vec<u8>, String> {
    let f = std::fs::File::open(p).map_err(|e| io_message(&e))?;
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    if len > MAX_FILE_BYTES {
        return Err(format!(
            "skipped: {} MiB is larger than the {} MiB limit",
            len >> 20,
            MAX_FILE_BYTES >> 20
        ));
    }
    let mut buf = Vec::with_capacity(len as usize);
    f.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|e| io_message(&e))?;
    Ok(buf)
}

/// Loads every source in parallel, keeping input order; warnings are in input order too.
pub fn load_all(sources: &[Source], warnings: &mut Vec<Warning>) -> Vec<Article> {
    load_all_counted(sources, warnings, &std::sync::atomic::AtomicUsize::new(0))
}

/// [`load_all`], counting finished files in `done` (for a progress display).
pub fn load_all_counted(
    sources: &[Source],
    warnings: &mut Vec<Warning>,
    done: &std::sync::atomic::AtomicUsize,
) -> Vec<Article> {
    let results: Vec<(Option<Article>, Vec<Warning>)> = sources
        .par_iter()
        .map(|s| {
            let mut w = Vec::new();
            let a = load_one(s, &mut w);
            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            (a, w)
        })
        .collect();
    let mut articles = Vec::with_capacity(results.len());
    for (a, w) in results {
        warnings.extend(w);
        articles.extend(a);
    }
    articles
}
