//! factlens binary: parse the command line, run the subcommand, map failures to exit codes
//! (0 success, warnings allowed; 1 nothing could be loaded; 2 usage error).

mod cli;
mod output;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command, ExportFormat, StatusFilter};
use factlens::model::review::store::{self, Store};
use factlens::model::review::{Review, Status};
use factlens::model::{Corpus, export};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`factlens dump … | head`) is not an error.
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("factlens: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Loads for a one-shot command. The corpus lives until the process exits and is never dropped:
/// freeing a gigabyte of facts piece by piece took seconds on 100,000 articles, for nothing.
fn load(paths: &[std::path::PathBuf]) -> &'static Corpus {
    let corpus = Corpus::load(paths);
    for w in &corpus.warnings {
        eprintln!("factlens: warning: {w}");
    }
    Box::leak(Box::new(corpus))
}

/// Exit code 1 with one clear line when nothing could be loaded.
fn nothing_loaded(corpus: &Corpus) -> Option<ExitCode> {
    if corpus.articles.is_empty() {
        eprintln!("factlens: no article could be loaded (see the warnings above)");
        Some(ExitCode::from(1))
    } else {
        None
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cli.command {
        Some(Command::Dump(args)) => {
            let corpus = load(&args.inputs.paths);
            if let Some(code) = nothing_loaded(corpus) {
                return Ok(code);
            }
            let doc = output::dump(corpus);
            if args.pretty {
                serde_json::to_writer_pretty(&mut out, &doc)?;
            } else {
                serde_json::to_writer(&mut out, &doc)?;
            }
            writeln!(out)?;
        }
        Some(Command::Clean(args)) => {
            let corpus = load(std::slice::from_ref(&args.path));
            if let Some(code) = nothing_loaded(corpus) {
                return Ok(code);
            }
            for a in &corpus.articles {
                out.write_all(output::clean(a, args.show_dropped).as_bytes())?;
            }
        }
        Some(Command::List(inputs)) => return list(&inputs.paths, &mut out),
        Some(Command::Stats(args)) => {
            if let Some(n) = args.threads {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build_global()?;
            }
            // Measured first, on its own: the reader's launch, before the whole pipeline runs.
            let launch = args
                .redraw
                .then(|| factlens::tui::bench::launch(&args.inputs.paths));
            let (corpus, timings) = Corpus::load_timed(&args.inputs.paths);
            let stats = factlens::model::stats::compute(&corpus, &timings);
            let empty = corpus.articles.is_empty();
            let redraw = if args.redraw && !empty {
                Some(factlens::tui::bench::redraw(
                    corpus,
                    launch.unwrap_or_default(),
                ))
            } else {
                std::mem::forget(corpus); // as in `load`: the process is about to exit
                None
            };
            if args.json {
                // One document: the pipeline figures, and the reader's under "redraw".
                let mut doc = serde_json::to_value(&stats)?;
                if let (Some(r), Some(obj)) = (&redraw, doc.as_object_mut()) {
                    obj.insert("redraw".into(), serde_json::to_value(r)?);
                }
                serde_json::to_writer_pretty(&mut out, &doc)?;
                writeln!(out)?;
            } else {
                out.write_all(output::stats_table(&stats).as_bytes())?;
                if let Some(r) = &redraw {
                    let swap = r
                        .swap_ms
                        .map(|ms| format!(" · whole corpus swapped in {ms:.0} ms"))
                        .unwrap_or_default();
                    writeln!(
                        out,
                        "\nreader        launch to first frame {:.0} ms{swap} · redraw after a key: mean {:.2} ms, max {:.2} ms ({} keys)",
                        r.launch_to_first_frame_ms, r.mean_ms, r.max_ms, r.keys
                    )?;
                }
            }
            if empty {
                eprintln!("factlens: no article could be loaded (see the warnings above)");
                return Ok(ExitCode::from(1));
            }
        }
        Some(Command::Export(args)) => {
            let paths = &args.inputs.paths;
            let Some(path) = state_path(paths, args.state.state.clone()) else {
                anyhow::bail!("no data directory to find the review state in; pass --state FILE");
            };
            let review = Review::from_decisions(store::read(&path)?);
            let corpus = load(paths);
            if let Some(code) = nothing_loaded(corpus) {
                return Ok(code);
            }
            let which = match args.status {
                StatusFilter::All => export::Which::All,
                StatusFilter::Reviewed => export::Which::Reviewed,
                StatusFilter::Accepted => export::Which::Only(Status::Accepted),
                StatusFilter::Rejected => export::Which::Only(Status::Rejected),
                StatusFilter::Flagged => export::Which::Only(Status::Flagged),
                StatusFilter::Unreviewed => export::Which::Only(Status::Unreviewed),
            };
            let format = match args.format {
                ExportFormat::Json => export::Format::Json,
                ExportFormat::Md => export::Format::Markdown,
                ExportFormat::Csv => export::Format::Csv,
            };
            let index = factlens::model::index::Index::new(corpus);
            let report = export::report(corpus, &index, &review, which);
            match &args.output {
                Some(file) => {
                    let mut bytes = Vec::new();
                    export::write(&report, format, &mut bytes)?;
                    store::write_atomic(file, &bytes)
                        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", file.display()))?;
                    eprintln!(
                        "factlens: exported {} facts to {}",
                        report.facts.len(),
                        file.display()
                    );
                }
                None => export::write(&report, format, &mut out)?,
            }
        }
        Some(Command::Facts(inputs)) => {
            let corpus = load(&inputs.paths);
            if let Some(code) = nothing_loaded(corpus) {
                return Ok(code);
            }
            out.write_all(output::facts_table(corpus).as_bytes())?;
        }
        None => {
            drop(out);
            return reader(&cli);
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Loads with a progress line on stderr (files read, then the facts phase), so a large folder
/// never looks frozen. The line is erased when loading ends.
fn load_showing_progress(
    sources: &[factlens::model::loader::Source],
    warnings: Vec<factlens::model::Warning>,
) -> Corpus {
    use std::sync::atomic::Ordering::Relaxed;
    let progress = factlens::model::Progress::default();
    let done = std::sync::atomic::AtomicBool::new(false);
    let corpus = std::thread::scope(|s| {
        s.spawn(|| {
            let start = std::time::Instant::now();
            let mut shown = false;
            while !done.load(Relaxed) {
                std::thread::sleep(std::time::Duration::from_millis(100));
                if start.elapsed().as_millis() < 300 || done.load(Relaxed) {
                    continue;
                }
                let (n, total) = (progress.loaded.load(Relaxed), progress.total.load(Relaxed));
                let line = if progress.extracting.load(Relaxed) {
                    format!("factlens: {total} files read; extracting and linking facts…")
                } else {
                    format!("factlens: reading {n}/{total} files…")
                };
                eprint!("\r{line}\x1b[K");
                shown = true;
            }
            if shown {
                eprint!("\r\x1b[K");
            }
        });
        let (corpus, _) = factlens::model::Corpus::from_sources(sources, warnings, &progress);
        done.store(true, Relaxed);
        corpus
    });
    for w in &corpus.warnings {
        eprintln!("factlens: warning: {w}");
    }
    corpus
}

/// `--state FILE`, else the per-corpus file under the platform data directory.
fn state_path(
    paths: &[std::path::PathBuf],
    given: Option<std::path::PathBuf>,
) -> Option<std::path::PathBuf> {
    given.or_else(|| store::default_path(paths))
}

/// Opens the review state for the reader. A state that cannot be used (corrupt, newer version,
/// no permission, locked by another factlens) is never overwritten: factlens says why in one
/// line and asks whether to continue read-only. `None` means the user declined.
fn open_state(cli: &Cli) -> anyhow::Result<Option<(Review, Option<Store>)>> {
    let Some(path) = state_path(&cli.paths, cli.state.state.clone()) else {
        eprintln!(
            "factlens: no data directory for the review state; pass --state FILE to keep decisions"
        );
        return Ok(Some((Review::default(), None)));
    };
    if cli.read_only {
        if let Err(e) = store::read(&path) {
            eprintln!("factlens: {e}");
        }
        let (store, review) = Store::open_read_only(&path, "--read-only".into());
        return Ok(Some((review, Some(store))));
    }
    let corpus: Vec<String> = cli
        .paths
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    match Store::open(&path, corpus) {
        Ok((store, review)) => Ok(Some((review, Some(store)))),
        Err(e) => {
            eprintln!("factlens: {e}");
            eprint!("Continue read-only (nothing will be saved)? [y/N] ");
            std::io::stderr().flush()?;
            let mut answer = String::new();
            std::io::stdin().read_line(&mut answer)?;
            if !answer.trim().eq_ignore_ascii_case("y") {
                return Ok(None);
            }
            let (store, review) = Store::open_read_only(&path, e.to_string());
            Ok(Some((review, Some(store))))
        }
    }
}

/// `factlens PATH...`: the interactive reader when stdout is a terminal, the summary otherwise
/// (so `factlens seeds/ | head` still works in scripts).
fn reader(cli: &Cli) -> anyhow::Result<ExitCode> {
    use std::io::IsTerminal;
    let paths = &cli.paths;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return list(paths, &mut std::io::stdout().lock());
    }
    let Some((review, store)) = open_state(cli)? else {
        return Ok(ExitCode::from(1));
    };
    // A large corpus opens on its first articles at once; the rest loads behind them.
    let (sources, warnings) = Corpus::discover(paths);
    if let Some(first) = factlens::tui::first_articles(&sources) {
        let background = factlens::tui::Background::spawn(sources, warnings)?;
        factlens::tui::run(first, review, store, Some(background))?;
        return Ok(ExitCode::SUCCESS);
    }
    let corpus = load_showing_progress(&sources, warnings);
    if let Some(code) = nothing_loaded(&corpus) {
        return Ok(code);
    }
    factlens::tui::run(corpus, review, store, None)?;
    Ok(ExitCode::SUCCESS)
}

fn list(paths: &[std::path::PathBuf], out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let corpus = load(paths);
    if let Some(code) = nothing_loaded(corpus) {
        return Ok(code);
    }
    for a in &corpus.articles {
        writeln!(out, "{}", output::summary_line(a))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The pipeline allocates many small strings per token and per fact; mimalloc is markedly faster
/// than the system allocator at that (measured in the README's performance table).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
