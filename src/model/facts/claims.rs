//! Claims: dates, amounts, quantities and events that report the same thing in two articles.
//!
//! Two such facts are related when the words around them say the same thing (their *context*:
//! content words of the clause, the fact's own words excluded) and their values agree — equal, or
//! compatible at different precision ("2014" / "July 2014"), or a duration that points at the same
//! year ("first visit in 11 years" / "first visit since July 2014"). When the context is clearly the
//! same claim but the values differ, both facts are marked as a `conflict`.
//!
//! Scaling: facts are indexed by context word; words shared by more than [`MAX_POSTING`] facts are
//! too common to identify a claim and are not indexed, so no all-pairs comparison happens.

use rustc_hash::FxHashMap as HashMap;

use chrono::Datelike;

use super::value::Amount;
use super::{Fact, FactKind};

/// Posting lists longer than this are dropped (the word is too common to identify a claim).
const MAX_POSTING: usize = 64;

/// A figure printed in more places than this is no longer distinctive in the corpus (a corpus
/// of look-alike articles prints the same "$145.5 billion" in unrelated stories).
const MAX_FIGURE_POSTING: usize = 8;

/// A fact that can carry a claim, seen by the linker.
pub struct ClaimFact<'a> {
    pub article: usize,
    pub index: usize,
    pub fact: &'a Fact,
    /// Content words around the fact (its [`super::Hint`]'s context).
    pub context: &'a [u32],
    /// Its [`figure_key`]: facts printing the same distinctive figure are compared even when no
    /// rare word surrounds both.
    pub figure: Option<u32>,
    /// The year of the article's date, when known (durations resolve against it).
    pub year: Option<i32>,
}

/// The outcome of comparing two facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Same,
    Conflict,
}

/// Two maps made in parallel, as one: the smaller is poured into the larger, `add` joining the
/// values of a key both hold.
pub(super) fn merge_maps<K: Eq + std::hash::Hash, V: Default>(
    a: HashMap<K, V>,
    b: HashMap<K, V>,
    mut add: impl FnMut(&mut V, V),
) -> HashMap<K, V> {
    let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    for (k, v) in small {
        add(big.entry(k).or_default(), v);
    }
    big
}

/// Related (and conflicting) pairs among `facts`, as indexes into `facts`.
pub fn pairs(facts: &[ClaimFact<'_>]) -> Vec<(usize, usize, Verdict)> {
    // Posting lists: words are counted first (in parallel), and only the words rare enough to
    // identify a claim get a list — in a large corpus that is a small share of them.
    use rayon::prelude::*;
    let counts: HashMap<u32, usize> = facts
        .par_chunks(4096)
        .map(|chunk| {
            let mut counts: HashMap<u32, usize> = HashMap::default();
            for w in chunk.iter().flat_map(|c| c.context) {
                *counts.entry(*w).or_default() += 1;
            }
            counts
        })
        .reduce(HashMap::default, |a, b| merge_maps(a, b, |n, m| *n += m));
    // Only the rare words get a list. When none is rare (a corpus of look-alike articles) there
    // is nothing to pair.
    let mut rare = counts;
    rare.retain(|_, n| *n <= MAX_POSTING);
    // Figures printed in a few places of the corpus ("1,237 delegates"), with where.
    let mut figures: HashMap<u32, Vec<usize>> = HashMap::default();
    for (i, c) in facts.iter().enumerate() {
        if let Some(k) = c.figure {
            figures.entry(k).or_default().push(i);
        }
    }
    figures.retain(|_, v| (2..=MAX_FIGURE_POSTING).contains(&v.len()));
    if rare.is_empty() && figures.is_empty() {
        return Vec::new();
    }
    // The lists are built in parallel, chunk by chunk, and joined (their order does not matter:
    // each fact's candidates are counted, and the pairs sorted, below).
    const CHUNK: usize = 4096;
    let posting: HashMap<u32, Vec<usize>> = facts
        .par_chunks(CHUNK)
        .enumerate()
        .map(|(ci, chunk)| {
            let mut posting: HashMap<u32, Vec<usize>> = HashMap::default();
            for (k, c) in chunk.iter().enumerate() {
                for w in c.context {
                    if rare.contains_key(w) {
                        posting.entry(*w).or_default().push(ci * CHUNK + k);
                    }
                }
            }
            posting
        })
        .reduce(HashMap::default, |a, b| merge_maps(a, b, Vec::extend));
    drop(rare);
    // Each fact's candidates are counted on their own: in parallel, one count map per worker.
    let mut out: Vec<(usize, usize, Verdict)> = (0..facts.len())
        .into_par_iter()
        .map_init(HashMap::<usize, usize>::default, |counts, i| {
            let c = &facts[i];
            counts.clear();
            for w in c.context {
                for &j in posting.get(w).into_iter().flatten() {
                    if j > i && facts[j].article != c.article {
                        *counts.entry(j).or_default() += 1;
                    }
                }
            }
            // The same distinctive figure: a candidate even with no word in common.
            for &j in c.figure.and_then(|k| figures.get(&k)).into_iter().flatten() {
                if j > i && facts[j].article != c.article {
                    counts.entry(j).or_default();
                }
            }
            counts
                .iter()
                .filter_map(|(&j, &shared)| {
                    let (a, b) = (c, &facts[j]);
                    let size = a.context.len() + b.context.len();
                    let dice = 2.0 * shared as f64 / size.max(1) as f64;
                    let same_figure =
                        a.figure.is_some_and(|k| figures.contains_key(&k)) && a.figure == b.figure;
                    compare(a, b, shared, dice, same_figure).map(|v| (i, j, v))
                })
                .collect::<Vec<_>>()
        })
        .flatten_iter()
        .collect();
    out.sort_unstable_by_key(|p| (p.0, p.1));
    out
}

/// Does a context hold a word of a poll's method ("margin of sampling error of plus or minus
/// three percentage points", "surveying 1,008 adults")? Such sentences read alike in every poll
/// story; their figures differ from poll to poll and conflict with nothing.
fn methodology(context: &[u32]) -> bool {
    static KEYS: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        let mut keys = Vec::new();
        let mut buf = String::new();
        super::linking::each_content_key(
            "margin sampling error surveyed surveying respondents polled sample interviewed",
            &mut buf,
            |k| keys.push(k),
        );
        keys.sort_unstable();
        keys
    });
    context.iter().any(|k| keys.binary_search(k).is_ok())
}

/// The verdict on two facts whose contexts share `shared` rare words (`dice` of them);
/// `same_figure`: both print one figure that only a few facts of the corpus print.
fn compare(
    a: &ClaimFact<'_>,
    b: &ClaimFact<'_>,
    shared: usize,
    dice: f64,
    same_figure: bool,
) -> Option<Verdict> {
    use FactKind::*;
    let (fa, fb) = (a.fact, b.fact);
    let same_claim =
        shared >= 4 && dice >= 0.4 && !methodology(a.context) && !methodology(b.context);
    // "1,237 delegates needed" in two articles: the figure and two words around it, however
    // common, name the claim.
    if same_figure && common_words(a.context, b.context) >= 2 {
        return Some(Verdict::Same);
    }
    match (fa.kind, fb.kind) {
        (Date, Date) => match (date(fa), date(fb)) {
            (Some(x), Some(y)) if x.starts_with(y) || y.starts_with(x) => {
                (shared >= 2).then_some(Verdict::Same)
            }
            // ("last week" is valued as a day of a stretch of seven: it conflicts with none.)
            (Some(x), Some(y))
                if x.len() == y.len()
                    && shared >= 5
                    && dice >= 0.5
                    && ![fa, fb].iter().any(|f| f.text.contains("week")) =>
            {
                Some(Verdict::Conflict)
            }
            (None, None) if fa.text.eq_ignore_ascii_case(&fb.text) => {
                (shared >= 3 && dice >= 0.3).then_some(Verdict::Same)
            }
            _ => None,
        },
        (Date, Quantity) => since(b, a, shared, dice),
        (Quantity, Date) => since(a, b, shared, dice),
        (Quantity, Quantity) => {
            let (x, y) = (quantity(fa)?, quantity(fb)?);
            if x.1 != y.1 {
                return None;
            }
            if (x.0 - y.0).abs() < 1e-9 {
                (shared >= 3).then_some(Verdict::Same)
            } else {
                same_claim.then_some(Verdict::Conflict)
            }
        }
        (Money, Money) => {
            let (x, y) = (amounts(fa), amounts(fb));
            let same = x.iter().any(|a| {
                y.iter().any(|b| {
                    a.currency == b.currency
                        && (a.amount - b.amount).abs() <= 0.005 * a.amount.abs().max(b.amount.abs())
                })
            });
            let comparable = x.iter().any(|a| y.iter().any(|b| a.currency == b.currency));
            if same {
                (shared >= 2).then_some(Verdict::Same)
            } else if comparable && same_claim {
                Some(Verdict::Conflict)
            } else {
                None
            }
        }
        (Event, Event) => {
            let (x, y) = (fa.value.as_ref()?.event()?, fb.value.as_ref()?.event()?);
            (x.kind == y.kind && shared >= 3 && dice >= 0.25).then_some(Verdict::Same)
        }
        _ => None,
    }
}

/// A duration in years ("in 11 years") and a date ("since July 2014") about the same claim.
fn since(dur: &ClaimFact<'_>, when: &ClaimFact<'_>, shared: usize, dice: f64) -> Option<Verdict> {
    let (n, unit) = quantity(dur.fact)?;
    if unit != "year" || shared < 4 || dice < 0.3 {
        return None;
    }
    // Only a date written with its year ("July 2014", not "next year") anchors a duration, and it
    // must lie in the past of the article that reports it.
    if !when
        .fact
        .text
        .split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4)
    {
        return None;
    }
    let y: i32 = date(when.fact)?.get(..4)?.parse().ok()?;
    if when.year.is_some_and(|base| y > base) {
        return None;
    }
    match dur.year {
        // With the article's year known, the duration must point at the date's year.
        Some(base) => ((base - n as i32 - y).abs() <= 1).then_some(Verdict::Same),
        None => Some(Verdict::Same),
    }
}

fn date(f: &Fact) -> Option<&str> {
    f.value.as_ref()?.as_date()
}

fn quantity(f: &Fact) -> Option<(f64, &str)> {
    f.value.as_ref()?.quantity()
}

fn amounts(f: &Fact) -> &[Amount] {
    f.value.as_ref().map_or(&[], |v| v.amounts())
}

/// A figure precise enough to name one claim wherever it is printed: three significant digits
/// or more ("1,237 delegates", "$48.9 billion"; not "270", "two", "$5 million").
fn distinctive(x: f64) -> bool {
    let mut v = x.abs();
    if !v.is_finite() || v == 0.0 || v >= 1e18 {
        return false;
    }
    // The digits as an integer (decimals shifted up), its trailing zeros dropped.
    for _ in 0..6 {
        if (v - v.round()).abs() < 1e-6 {
            break;
        }
        v *= 10.0;
    }
    let mut n = v.round() as u64;
    while n > 0 && n.is_multiple_of(10) {
        n /= 10;
    }
    n >= 100
}

/// How many keys two sorted contexts share.
fn common_words(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// A key for a distinctive figure and what it counts or its currency ("1,237 delegates",
/// "USD 48.9e9"), the same wherever it is printed.
pub fn figure_key(f: &Fact) -> Option<u32> {
    let key = match f.kind {
        FactKind::Quantity => {
            let (n, unit) = quantity(f)?;
            // (A share, "two-thirds of voters", is a rounded fraction: no figure to match.)
            (distinctive(n) && n >= 1.0).then(|| format!("\u{1f}quantity {n} {unit}"))?
        }
        FactKind::Money => {
            let a = amounts(f).first()?;
            distinctive(a.amount).then(|| format!("\u{1f}money {} {}", a.amount, a.currency))?
        }
        _ => return None,
    };
    Some(xxhash_rust::xxh3::xxh3_64(key.as_bytes()) as u32)
}

/// Does this kind of fact carry a claim to compare?
pub fn is_claim(kind: FactKind) -> bool {
    matches!(
        kind,
        FactKind::Date | FactKind::Money | FactKind::Quantity | FactKind::Event
    )
}

/// The year of an ISO article date.
pub fn year_of(date: Option<&str>) -> Option<i32> {
    date.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(|d| d.year())
}

/// Each token's content-word keys (none for stop words, short words and punctuation; two for
/// "Jae-myung"), computed once per paragraph: the contexts of a paragraph's facts overlap.
pub struct TokenKeys {
    keys: Vec<u32>,
    /// Token `k`'s keys are `keys[ends[k - 1]..ends[k]]`.
    ends: Vec<u32>,
}

impl TokenKeys {
    pub fn of(tokens: &[super::text::Token<'_>]) -> TokenKeys {
        let mut keys = Vec::new();
        let mut ends = Vec::with_capacity(tokens.len());
        let mut buf = String::new();
        for t in tokens {
            super::linking::each_content_key(t.text, &mut buf, |k| keys.push(k));
            ends.push(keys.len() as u32);
        }
        TokenKeys { keys, ends }
    }

    fn of_token(&self, k: usize) -> &[u32] {
        let lo = if k == 0 { 0 } else { self.ends[k - 1] as usize };
        &self.keys[lo..self.ends[k] as usize]
    }
}

/// Content words of the clause around `[start, end)` (char offsets), the fact's own words excluded,
/// as sorted distinct keys; `keys` are those of `tokens`.
pub fn context(
    tokens: &[super::text::Token<'_>],
    keys: &TokenKeys,
    start: usize,
    end: usize,
) -> Vec<u32> {
    const WINDOW: usize = 12;
    // Tokens are in order and do not overlap: binary search, so a huge paragraph with many
    // facts stays linear.
    let first = tokens.partition_point(|t| t.end <= start);
    if first == tokens.len() {
        return Vec::new();
    }
    let last = first + tokens[first..].partition_point(|t| t.start < end);
    let sentence = tokens[first].sentence;
    let lo = first.saturating_sub(WINDOW);
    let hi = (last + WINDOW).min(tokens.len());
    let mut out: Vec<u32> = (lo..hi)
        .filter(|&k| (k < first || k >= last) && tokens[k].sentence == sentence)
        .flat_map(|k| keys.of_token(k).iter().copied())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::super::text::tokenize;
    use super::super::value::FactValue;
    use super::*;

    fn qty(number: f64, unit: &str) -> FactValue {
        FactValue::Quantity {
            number,
            unit: unit.into(),
        }
    }

    fn fact(kind: FactKind, sentence: &str, span: &str, value: FactValue) -> (Fact, Vec<u32>) {
        let toks = tokenize(sentence);
        let start = sentence[..sentence.find(span).unwrap()].chars().count();
        let end = start + span.chars().count();
        let f = Fact::new(
            Default::default(),
            kind,
            span.to_string(),
            Some(value),
            0,
            start,
            end,
        );
        let context = context(&toks, &TokenKeys::of(&toks), start, end);
        (f, context)
    }

    fn verdicts(facts: &[(usize, (Fact, Vec<u32>))]) -> Vec<(usize, usize, Verdict)> {
        let cs: Vec<ClaimFact<'_>> = facts
            .iter()
            .enumerate()
            .map(|(i, (a, (f, context)))| ClaimFact {
                article: *a,
                index: i,
                fact: f,
                context,
                figure: figure_key(f),
                year: None,
            })
            .collect();
        pairs(&cs)
    }

    #[test]
    fn a_duration_and_a_date_report_the_same_visit() {
        let a = fact(
            FactKind::Date,
            "expectations rise for Xi's first visit to South Korea since July 2014, on the occasion of the summit.",
            "July 2014",
            FactValue::Date("2014-07".into()),
        );
        let b = fact(
            FactKind::Quantity,
            "Lee welcomed Xi's first visit to South Korea in 11 years to attend the summit.",
            "11 years",
            qty(11.0, "year"),
        );
        assert_eq!(verdicts(&[(0, a), (1, b)]), [(0, 1, Verdict::Same)]);
    }

    #[test]
    fn a_distinctive_figure_printed_in_a_few_places_names_one_claim() {
        let delegates = |s: &str| {
            fact(
                FactKind::Quantity,
                s,
                "1,237 delegates",
                qty(1237.0, "delegates"),
            )
        };
        let a =
            delegates("Trump is on a glide path to reaching the 1,237 delegates needed to win.");
        let b = delegates("His rivals hope to keep him from the 1,237 delegates needed to win.");
        assert_eq!(verdicts(&[(0, a.clone()), (1, b)]), [(0, 1, Verdict::Same)]);
        // Not a round or a short figure ("270", "$5 million"), nor words alone.
        assert!(distinctive(1237.0) && distinctive(48.9e9) && distinctive(267.6));
        assert!(!distinctive(270.0) && !distinctive(5e6) && !distinctive(70e12));
        let c = delegates("The 1,237 delegates were counted by hand in the hall.");
        assert!(verdicts(&[(0, a.clone()), (1, c)]).is_empty());
        // Printed in more places than a few, the figure is the corpus's, not one claim's.
        let names = [
            "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
        ];
        let many: Vec<(usize, (Fact, Vec<u32>))> = names
            .iter()
            .chain(&["India"])
            .enumerate()
            .map(|(k, n)| {
                (
                    k,
                    delegates(&format!("{n} needs the 1,237 delegates to win.")),
                )
            })
            .collect();
        assert_eq!(verdicts(&many[..2]).len(), 1);
        assert!(many.len() > MAX_FIGURE_POSTING);
        assert!(verdicts(&many).is_empty(), "{:?}", verdicts(&many));
    }

    #[test]
    fn words_every_article_shares_pair_nothing_and_rare_ones_still_do() {
        // The same sentence in 70 articles: every context word is in more lists than
        // MAX_POSTING allows, so none identifies a claim.
        let s = "Lee and Xi held a 30-minute phone call on Tuesday to discuss the summit.";
        let many: Vec<(usize, (Fact, Vec<u32>))> = (0..70)
            .map(|a| {
                (
                    a,
                    fact(FactKind::Quantity, s, "30-minute", qty(30.0, "minute")),
                )
            })
            .collect();
        assert!(verdicts(&many).is_empty(), "{:?}", verdicts(&many));
        // Two of them alone pair, with more than one chunk of other facts between them (the
        // lists are built chunk by chunk, in parallel).
        let other = fact(
            FactKind::Quantity,
            "It rained for 40 days.",
            "40 days",
            qty(40.0, "day"),
        );
        let mut two = vec![many[0].clone()];
        two.extend((0..5000u32).map(|k| (2 + k as usize, (other.0.clone(), vec![1_000_000 + k]))));
        two.push(many[1].clone());
        assert_eq!(verdicts(&two), [(0, 5001, Verdict::Same)]);
    }

    #[test]
    fn same_claim_with_different_figures_is_a_conflict() {
        let s1 = "Lee and Xi held a 30-minute phone call on Tuesday to discuss the summit.";
        let s2 = "Lee and Xi held a 20-minute phone call on Tuesday to discuss the summit.";
        let a = fact(FactKind::Quantity, s1, "30-minute", qty(30.0, "minute"));
        let b = fact(FactKind::Quantity, s2, "20-minute", qty(20.0, "minute"));
        assert_eq!(verdicts(&[(0, a), (1, b)]), [(0, 1, Verdict::Conflict)]);
    }

    #[test]
    fn two_polls_methods_do_not_conflict() {
        let s1 = "The poll of registered voters has a margin of sampling error of plus or minus three percentage points.";
        let s2 = "The poll of registered voters has a margin of sampling error of plus or minus four percentage points.";
        let a = fact(
            FactKind::Quantity,
            s1,
            "three percentage points",
            qty(3.0, "percentage points"),
        );
        let b = fact(
            FactKind::Quantity,
            s2,
            "four percentage points",
            qty(4.0, "percentage points"),
        );
        assert!(verdicts(&[(0, a), (1, b)]).is_empty());
    }

    #[test]
    fn a_week_valued_as_a_day_conflicts_with_no_day() {
        let date = |v: &str| FactValue::Date(v.into());
        let s1 = "Comey made the surprise announcement about the emails of the campaign on Friday.";
        let s2 = "Comey made the surprise announcement about the emails of the campaign last week.";
        let a = fact(FactKind::Date, s1, "Friday", date("2016-10-28"));
        let b = fact(FactKind::Date, s2, "last week", date("2016-10-27"));
        assert!(verdicts(&[(0, a.clone()), (1, b)]).is_empty());
        // A day against another day is one.
        let c = fact(
            FactKind::Date,
            "Comey made the surprise announcement about the emails of the campaign on Thursday.",
            "Thursday",
            date("2016-10-27"),
        );
        assert_eq!(verdicts(&[(0, a), (1, c)]), [(0, 1, Verdict::Conflict)]);
    }

    #[test]
    fn equal_values_about_different_things_are_not_related() {
        let a = fact(
            FactKind::Quantity,
            "The union said two countries signed the steel accord.",
            "two countries",
            qty(2.0, "countries"),
        );
        let b = fact(
            FactKind::Quantity,
            "Floods hit two countries in the monsoon season.",
            "two countries",
            qty(2.0, "countries"),
        );
        assert!(verdicts(&[(0, a), (1, b)]).is_empty());
    }

    #[test]
    fn facts_in_one_article_are_not_paired() {
        let s = "Lee and Xi held a 30-minute phone call on Tuesday to discuss the summit.";
        let a = fact(FactKind::Quantity, s, "30-minute", qty(30.0, "minute"));
        let b = a.clone();
        assert!(verdicts(&[(0, a), (0, b)]).is_empty());
    }
}
