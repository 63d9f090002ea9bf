//! Command-line interface (clap derive). `factlens PATH...` opens the reader; the subcommands run
//! without a terminal, for scripts and tests.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "factlens",
    version,
    about = "A terminal reader for news articles: clean text, linked facts, review.",
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Article files or directories (recursive); `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub state: StateArgs,

    /// Never write the review state (decisions are kept in memory for this session only).
    #[arg(long)]
    pub read_only: bool,
}

#[derive(Debug, Args)]
pub struct StateArgs {
    /// The review state file (default: one per set of paths under the platform data
    /// directory, e.g. ~/.local/share/factlens/reviews/).
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    Json,
    Md,
    Csv,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum StatusFilter {
    All,
    Reviewed,
    Accepted,
    Rejected,
    Flagged,
    Unreviewed,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "md")]
    pub format: ExportFormat,
    /// Which facts to include.
    #[arg(long, value_enum, default_value = "all")]
    pub status: StatusFilter,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub state: StateArgs,
    #[command(flatten)]
    pub inputs: Inputs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the whole model (articles, blocks, facts, entities, warnings) as one JSON document.
    Dump(DumpArgs),
    /// Print the kept text of one article: title first, paragraphs separated by a blank line.
    Clean(CleanArgs),
    /// Print a one-line summary per article.
    List(Inputs),
    /// Print the facts as a readable table, grouped by entity, with their sources.
    Facts(Inputs),
    /// Run the whole pipeline and print counts, the time of each phase and peak memory.
    Stats(StatsArgs),
    /// Export the facts with their review state (Markdown report, JSON or CSV).
    Export(ExportArgs),
}

#[derive(Debug, Args)]
pub struct Inputs {
    /// Article files or directories (recursive); `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DumpArgs {
    /// Print JSON (the only format; accepted for clarity in scripts).
    #[arg(long)]
    pub json: bool,
    /// Pretty-print the JSON.
    #[arg(long)]
    pub pretty: bool,
    #[command(flatten)]
    pub inputs: Inputs,
}

#[derive(Debug, Args)]
pub struct CleanArgs {
    /// Also print dropped blocks, each prefixed with `[dropped: REASON]`.
    #[arg(long)]
    pub show_dropped: bool,
    /// The article file (`-` for standard input).
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also time the reader: first frame and redraw after a keystroke (off-screen, 160x45).
    #[arg(long)]
    pub redraw: bool,
    /// Worker threads (default: one per core). `--threads 1` measures per-core throughput.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    #[command(flatten)]
    pub inputs: Inputs,
}
