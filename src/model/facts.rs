//! Facts: people, organisations, places, dates, money, quantities, quotes and events, extracted
//! from an article's kept blocks with rules and the shipped gazetteers (no model is downloaded).
//! [`linking`] then merges entity spellings and relates facts across articles.

pub mod claims;
pub mod companies;
pub mod dates;
pub mod entities;
pub mod events;
pub mod gazetteer;
mod id;
pub mod linking;
pub mod numbers;
pub mod places;
pub mod quotes;
mod speakers;
pub mod teams;
pub mod text;
pub mod value;

use chrono::NaiveDate;
use serde::Serialize;

pub use id::{EntityId, FactId, IdStr, fact_id};
use speakers::*;
pub use value::{Amount, EventValue, FactValue};

use super::article::Article;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Person,
    Organization,
    Place,
    Date,
    Money,
    Quantity,
    Quote,
    Event,
}

impl FactKind {
    pub const ALL: [FactKind; 8] = [
        FactKind::Person,
        FactKind::Organization,
        FactKind::Place,
        FactKind::Date,
        FactKind::Money,
        FactKind::Quantity,
        FactKind::Quote,
        FactKind::Event,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Person => "person",
            FactKind::Organization => "organization",
            FactKind::Place => "place",
            FactKind::Date => "date",
            FactKind::Money => "money",
            FactKind::Quantity => "quantity",
            FactKind::Quote => "quote",
            FactKind::Event => "event",
        }
    }
    pub fn is_entity(self) -> bool {
        matches!(
            self,
            FactKind::Person | FactKind::Organization | FactKind::Place
        )
    }
}

impl std::fmt::Display for FactKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A quote in the speaker's words, or reported speech ("Lee said that …").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Reported,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Reported => "reported",
        }
    }
}

/// One fact in one article.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    /// Stable: derived from the kind, the span and its paragraph's text only.
    pub id: FactId,
    pub kind: FactKind,
    pub text: Box<str>,
    /// Normalised value: ISO date, `{currency, amount, amounts}`, `{number, unit}`, event details.
    pub value: Option<FactValue>,
    /// Index into the article's `blocks` (32 bits: a corpus holds millions of facts).
    pub block: u32,
    /// Char offsets into that block's text.
    pub start: u32,
    pub end: u32,
    /// Entity id (people, organisations, places).
    pub entity: Option<EntityId>,
    /// Entity id of the speaker (quotes).
    pub speaker: Option<EntityId>,
    /// Related facts (ids) in other articles.
    pub related: Box<[FactId]>,
    /// How many distinct articles report it (this one included).
    pub sources: u32,
    /// `direct` or `reported`, for quotes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<QuoteKind>,
    /// A quote's speaker named by a common noun ("a spokesman", "officials"), as written; named
    /// speakers are in `speaker`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_as_written: Option<Box<str>>,
    /// Another article reports the same claim with a different value.
    pub conflict: bool,
}

impl Fact {
    /// A fact found in block `block` at char offsets `[start, end)`, not yet linked.
    pub fn new(
        id: FactId,
        kind: FactKind,
        text: String,
        value: Option<FactValue>,
        block: usize,
        start: usize,
        end: usize,
    ) -> Fact {
        Fact {
            id,
            kind,
            text: text.into_boxed_str(),
            value,
            block: narrow(block),
            start: narrow(start),
            end: narrow(end),
            entity: None,
            speaker: None,
            related: Box::default(),
            sources: 1,
            quote: None,
            speaker_as_written: None,
            conflict: false,
        }
    }

    /// The normalised value in a few words: "2014-07", "KRW 70 trillion = USD 48.9 billion",
    /// "200 members", "meeting, 2025-10-30, Gyeongju"; empty when there is none.
    pub fn value_text(&self) -> String {
        let Some(v) = &self.value else {
            return String::new();
        };
        match v {
            FactValue::Date(d) => d.to_string(),
            FactValue::Money(amounts) => amounts
                .iter()
                .map(|a| format!("{} {}", a.currency, human(a.amount)))
                .collect::<Vec<_>>()
                .join(" = "),
            FactValue::Quantity { number, unit } if unit.is_empty() => human(*number),
            FactValue::Quantity { number, unit } => format!("{} {}", human(*number), unit),
            FactValue::Event(e) => {
                let mut parts = vec![e.kind.to_string()];
                parts.extend(e.when.iter().cloned());
                parts.extend(e.place.iter().cloned());
                parts.join(", ")
            }
        }
    }
}

/// An index or offset in 32 bits (a block is at most a few MB: the loader cuts huge files).
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// 70e12 → "70 trillion", 48.9e9 → "48.9 billion", 200 → "200".
pub fn human(n: f64) -> String {
    let trim = |x: f64| {
        let s = format!("{x:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    for (scale, word) in [(1e12, " trillion"), (1e9, " billion"), (1e6, " million")] {
        if n.abs() >= scale {
            return format!("{}{word}", trim(n / scale));
        }
    }
    trim(n)
}

/// What linking needs to know about a fact beyond its text. Kept beside the facts (not in them)
/// and dropped once the corpus is linked; small, since every fact has one.
#[derive(Debug, Clone, Default)]
pub struct Hint {
    /// Names around the fact, for the entity mentions and quotes that have any.
    names: Option<Box<HintNames>>,
    /// A one-word name kept only if it resolves to a full name.
    pub weak: bool,
    /// Content words around a date, amount, quantity or event (claim matching).
    pub context: Box<[u32]>,
}

#[derive(Debug, Clone, Default)]
struct HintNames {
    title: Option<Box<str>>,
    canonical: Option<Box<str>>,
    speaker_text: Option<Box<str>>,
}

impl Hint {
    /// An entity mention's hint: the title or role written before it, its gazetteer name.
    pub fn mention(title: Option<&str>, canonical: Option<&str>, weak: bool) -> Hint {
        let names = (title.is_some() || canonical.is_some()).then(|| {
            Box::new(HintNames {
                title: title.map(Into::into),
                canonical: canonical.map(Into::into),
                speaker_text: None,
            })
        });
        Hint {
            names,
            weak,
            ..Hint::default()
        }
    }

    /// A quote's hint: its speaker as written, or "he"/"she" resolved to a name.
    pub fn quote(speaker_text: Option<String>) -> Hint {
        Hint {
            names: speaker_text.map(|s| {
                Box::new(HintNames {
                    speaker_text: Some(s.into()),
                    ..HintNames::default()
                })
            }),
            ..Hint::default()
        }
    }

    /// Title or role written before a name.
    pub fn title(&self) -> Option<&str> {
        self.names.as_ref()?.title.as_deref()
    }

    /// Gazetteer canonical name.
    pub fn canonical(&self) -> Option<&str> {
        self.names.as_ref()?.canonical.as_deref()
    }

    /// Speaker: the name as written, or "he"/"she" for a pronoun.
    pub fn speaker_text(&self) -> Option<&str> {
        self.names.as_ref()?.speaker_text.as_deref()
    }
}

/// A person, organisation or place, however it is spelled.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    pub id: EntityId,
    pub kind: FactKind,
    pub name: String,
    pub aliases: Vec<String>,
    /// Articles (ids) that mention it.
    pub articles: Vec<String>,
    pub mentions: usize,
}

/// Facts are looked for in at most this many bytes of one paragraph. Real paragraphs are far
/// shorter; a 50 MB file on one line must not make extraction and memory explode.
pub const MAX_BLOCK_BYTES: usize = 256 * 1024;

/// The part of a paragraph that facts are extracted from: all of it, or its first
/// [`MAX_BLOCK_BYTES`] cut at a char boundary.
pub fn extractable(text: &str) -> &str {
    if text.len() <= MAX_BLOCK_BYTES {
        return text;
    }
    let mut end = MAX_BLOCK_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Extracts the facts of one article (entities unresolved: linking fills `entity`, `speaker`,
/// `related` and `sources`).
pub fn extract(article: &Article) -> Vec<Fact> {
    extract_with_hints(article).0
}

/// Is the article in German, which capitalises its nouns? A cheap look for its commonest
/// words first, so English articles pay nothing for the language check.
fn capitalises_nouns(article: &Article) -> bool {
    let mut sample = String::new();
    for b in article.kept() {
        sample.push_str(&b.text);
        sample.push(' ');
        if sample.len() > 1500 {
            break;
        }
    }
    let mut end = sample.len().min(1500);
    while !sample.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &sample[..end];
    [
        " und ", " der ", " die ", " das ", " ist ", " für ", " nicht ", " mit ", " den ",
    ]
    .iter()
    .filter(|w| sample.contains(*w))
    .count()
        >= 2
        && whatlang::detect(sample)
            .is_some_and(|i| i.lang() == whatlang::Lang::Deu && i.is_reliable())
}

/// Up to this much kept text, an article's tokens are made once and kept between the two passes
/// of [`extract_with_hints`]; a longer one tokenizes each paragraph twice and holds one at a time.
const KEEP_TOKENS_BYTES: usize = 256 * 1024;

/// The proper names of one paragraph. German capitalises every noun: a capitalised run is no
/// evidence of a name there ("Die Bundesregierung", "Der Mieterbund"), so in a German article only
/// names the lists know stay, and people whose first name is a known given name.
fn names_in(toks: &[text::Token<'_>], t: &str, nouns_capitalised: bool) -> Vec<entities::Mention> {
    let mut mentions = entities::find(toks, t);
    entities::drop_quoted_titles(toks, &mut mentions);
    if nouns_capitalised {
        let g = gazetteer::Gazetteer::get();
        // (Nor a sentence's first word that a list knows in capitals: "Mit" is no MIT.)
        const FUNCTION: &[&str] = &[
            "mit", "der", "die", "das", "im", "am", "um", "an", "auf", "in", "für", "von", "zu",
            "bei", "nach", "aus", "und", "es", "er", "sie", "wir",
        ];
        mentions.retain(|m| {
            let first_word =
                m.tok_end == m.tok_start + 1 && FUNCTION.contains(&m.text.to_lowercase().as_str());
            (m.canonical.is_some() && !first_word)
                || (m.kind == FactKind::Person
                    && !m.weak
                    && m.text
                        .split(' ')
                        .next()
                        .is_some_and(|w| g.given.contains_key(w)))
        });
    }
    mentions
}

/// [`extract`], with each fact's [`Hint`] for linking (same order).
pub fn extract_with_hints(article: &Article) -> (Vec<Fact>, Vec<Hint>) {
    let base = article
        .date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    // One list for the article (facts with their hints), sorted paragraph by paragraph and split
    // at the end into two lists of exact size: no per-paragraph list, no growing copies of both.
    let estimate = article.kept().map(|b| b.text.len()).sum::<usize>() / 24;
    let mut all: Vec<(Fact, Hint)> = Vec::with_capacity(estimate);
    // People named in earlier paragraphs (full names, in order), and what each surname's full
    // name said of its gender: a pronoun speaker resolves to the last one it agrees with.
    let mut people = People::default();
    // Who speaks on into the next paragraph: the speaker of the previous paragraph's last quote,
    // or the person a paragraph ending in ":" introduced ("Blackwell wrote:").
    // (Named, or as written: "the Spurs boss".)
    let mut carried: Option<(Option<String>, Option<Box<str>>)> = None;
    // The subject of the paragraph before, when that paragraph quotes no one.
    let mut handed: Option<String> = None;
    let nouns_capitalised = capitalises_nouns(article);
    // First each kept paragraph's tokens and names, then the rest: a sentence may open with the
    // last word of a full name given before it ("Clinton won"), or, when the name opens with a
    // known given name, anywhere in the article ("Yeltsin endorses …" heads a story that names
    // "Boris Yeltsin" below; "Add Men" in a table names nobody).
    // (A long article's tokens are made again in the second pass rather than all kept at once.)
    let keep_tokens = article.kept().map(|b| b.text.len()).sum::<usize>() <= KEEP_TOKENS_BYTES;
    type Named<'a> = (
        usize,
        &'a str,
        Option<Vec<text::Token<'a>>>,
        Vec<entities::Mention>,
    );
    let first_kept = article.blocks.iter().position(|b| b.kept);
    let named: Vec<Named<'_>> = article
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kept)
        .map(|(bi, block)| {
            let t = extractable(&block.text);
            let toks = text::tokenize(t);
            let mut mentions = names_in(&toks, t, nouns_capitalised);
            if let Some(place) = article.dateline.as_deref()
                && Some(bi) == first_kept
            {
                entities::dateline_place(&toks, t, place, &mut mentions);
            }
            (bi, t, keep_tokens.then_some(toks), mentions)
        })
        .collect();
    let mut named = named;
    // "Fire Safety", "Air Bag Safety": capitalised words the story also writes in lower case
    // are a slogan or a heading, not a person no list knows.
    entities::drop_common_word_names(
        named.iter_mut().map(|n| &mut n.3),
        article
            .blocks
            .iter()
            .filter(|b| b.kept)
            .map(|b| b.text.as_str()),
    );
    let mut surnames: rustc_hash::FxHashSet<String> = Default::default();
    let mut lone_surnames: rustc_hash::FxHashSet<String> = Default::default();
    let g = gazetteer::Gazetteer::get();
    for m in named
        .iter()
        .flat_map(|n| &n.3)
        .filter(|m| m.kind == FactKind::Person && !m.weak)
    {
        if let Some((given, surname)) = m.text.split_once(' ')
            && !surname.contains(' ')
            && g.given.contains_key(given)
            && !surnames.contains(surname)
        {
            surnames.insert(surname.to_string());
        }
        // "President Obama", "Obama said": a surname the text shows to be a person's, for the
        // sentence or the headline that opens with it ("Obama order opens door for outsider").
        // (Not for the retyping below: one wrong "Surrey said" must not keep a county a person.)
        if !m.text.contains(' ')
            && m.text.len() >= 3
            && m.text.chars().skip(1).all(char::is_lowercase)
            && !lone_surnames.contains(m.text.as_str())
        {
            lone_surnames.insert(m.text.clone());
        }
    }
    // A sports story's clubs named after places ("Leicestershire beat Somerset").
    let mut paragraphs: Vec<entities::Paragraph<'_, '_>> = named
        .iter_mut()
        .filter_map(|(_, text, toks, mentions)| {
            toks.as_deref().map(|tokens| entities::Paragraph {
                text,
                tokens,
                mentions,
            })
        })
        .collect();
    // "Hillary Clinton Documentary Skips Collapse": a headline run into a name.
    entities::trim_headline_tails(&mut paragraphs);
    teams::retype(&mut paragraphs, &surnames);
    // "the Clintons": a family, not a team.
    teams::families(&mut paragraphs, &surnames);
    // A company named in full once, then without its legal form ("Johnson Controls Inc" …
    // "Johnson Controls said").
    companies::retype(&mut paragraphs, &surnames);
    // A town shown once to be a place ("the crisis in Flint") is that place where nothing else
    // says so ("went to Flint").
    places::retype(&mut paragraphs, &surnames);
    // "Neil Jordan" … "Jordan said": the director, not the country.
    places::people_named_like_places(&mut paragraphs);
    surnames.extend(lone_surnames);
    for (bi, t, toks, mut mentions) in named {
        let toks = toks.unwrap_or_else(|| text::tokenize(t));
        let block_hash = xxhash_rust::xxh3::xxh3_64(t.as_bytes());
        for m in mentions.iter().filter(|m| m.kind == FactKind::Person) {
            if let Some((_, surname)) = m.text.rsplit_once(' ')
                && !surnames.contains(surname)
            {
                surnames.insert(surname.to_string());
            }
            // "Wang Dan", "Lee Jae-myung": an East Asian surname opens the name.
            if let Some((first, rest)) = m.text.split_once(' ')
                && !rest.contains(' ')
                && g.surnames_first.contains(first)
                && !surnames.contains(first)
            {
                surnames.insert(first.to_string());
            }
        }
        entities::add_known_surnames(&toks, t, &mut mentions, &surnames);
        // A transcript's speaker label ("PENCE: Well, …") names a person by surname, not an
        // organisation by acronym.
        if let Some(label) = transcript_label(t.trim_start_matches(['"', '“'])) {
            for m in mentions.iter_mut().filter(|m| m.text == label) {
                m.kind = FactKind::Person;
                m.canonical = None;
                m.weak = !label.contains(' ');
            }
        }
        let dates = dates::find(&toks, t, base);
        // A name inside a date is the date's: "Yom Kippur", "Ramadan", "Black Friday".
        if !dates.is_empty() {
            mentions.retain(|m| !dates.iter().any(|d| d.start <= m.start && m.end <= d.end));
        }
        // A number inside a date counts nothing: "the past three decades", "Feb. 1".
        let in_date =
            |start: usize, end: usize| dates.iter().any(|d| d.start < end && start < d.end);
        let numbers: Vec<_> = numbers::find(&toks, t)
            .into_iter()
            .filter(|n| !in_date(n.start, n.end))
            .collect();
        // A currency's country inside an amount is the amount's: "US$300 million", "HK$5".
        if numbers.iter().any(|n| n.money) {
            mentions.retain(|m| {
                !numbers
                    .iter()
                    .any(|n| n.money && n.start <= m.start && m.end <= n.end)
            });
        }
        people.learn(&mentions);
        let mk =
            |kind: FactKind, start: usize, end: usize, text: String, value: Option<FactValue>| {
                Fact::new(
                    fact_id(kind, block_hash, start, end),
                    kind,
                    text,
                    value,
                    bi,
                    start,
                    end,
                )
            };
        let first = all.len();
        let block_facts = &mut all;
        for m in &mentions {
            let f = mk(m.kind, m.start, m.end, m.text.clone(), None);
            let h = Hint::mention(
                m.title.as_deref(),
                m.canonical.as_deref(),
                m.weak || plural_subject(&toks, m),
            );
            block_facts.push((f, h));
        }
        for d in dates {
            let f = mk(
                FactKind::Date,
                d.start,
                d.end,
                d.text,
                d.value.map(|v| FactValue::Date(v.into())),
            );
            block_facts.push((f, Hint::default()));
        }
        for n in numbers {
            let kind = if n.money {
                FactKind::Money
            } else {
                FactKind::Quantity
            };
            let f = mk(kind, n.start, n.end, n.text, n.value);
            block_facts.push((f, Hint::default()));
        }
        // Quotes: a pronoun speaker is a person named before the quote who agrees with it (see
        // the `Pronoun` arm; measured better than "the last speaker" on the quotes devset).
        let mut next_carried: Option<(Option<String>, Option<Box<str>>)> = None;
        // The previous direct quote in this paragraph: its speaker (named, or as written).
        let mut previous: Option<(Option<String>, Option<Box<str>>)> = None;
        let found = quotes::find(&toks, t, &mentions);
        // Names inside this paragraph's direct quotes are quoted, not antecedents of "he"/"she".
        let quoted: Vec<(usize, usize)> = found
            .iter()
            .filter(|q| !q.reported)
            .map(|q| (q.start, q.end))
            .collect();
        for q in found {
            // `"The Art of the Deal"`, `"Monday Night Baseball"`: a title in quotes, with nobody
            // to say it, names a work; it quotes nobody.
            if !q.reported
                && (matches!(q.speaker, quotes::Speaker::Unknown)
                    || follows_a_work_word(t, q.start))
                && names_a_work(&q.text)
            {
                continue;
            }
            let mut f = mk(FactKind::Quote, q.start, q.end, q.text, None);
            f.quote = Some(if q.reported {
                QuoteKind::Reported
            } else {
                QuoteKind::Direct
            });
            if let quotes::Speaker::Nominal(s) = &q.speaker {
                f.speaker_as_written = Some(s.as_str().into());
            }
            // ("Chris Matthews: Seriously, …": a label in title case counts when an earlier
            // paragraph names that person in full, so "Step One:" is no speaker.)
            let label = (!q.reported)
                .then(|| {
                    transcript_label(&f.text).or_else(|| {
                        named_label(&f.text).filter(|l| people.named_before(l) && !names_a_group(l))
                    })
                })
                .flatten();
            let speaker_text = match (label, q.speaker) {
                // `"PENCE: Well, the question really should be …"`: a transcript names its
                // speaker, by surname, in capitals.
                (Some(label), _) => {
                    let named = people.full_name_ending(label, &mentions);
                    if named.is_none() {
                        f.speaker_as_written = Some(label.into());
                    }
                    named
                }
                (None, speaker) => match speaker {
                    quotes::Speaker::Mention(i) => {
                        // ("Demonstrators said": a group, as written, should linking find no
                        // one of that surname.)
                        if plural_subject(&toks, &mentions[i]) {
                            f.speaker_as_written = Some(mentions[i].text.as_str().into());
                        }
                        Some(mentions[i].text.clone())
                    }
                    quotes::Speaker::Pronoun(g) => {
                        people.resolve(&mentions, &toks, (q.start, &quoted), g)
                    }
                    // `"…," said Mozloom. "…"`: a quote after an attributed one in its paragraph is
                    // the same speaker's.
                    quotes::Speaker::Unknown if !q.reported && previous.is_some() => {
                        let (named, written) = previous.clone().unwrap_or_default();
                        f.speaker_as_written = written;
                        named
                    }
                    // `Sen. Bernie Sanders, who lost …, identified … "The younger people are …"`:
                    // a quote after a sentence of its paragraph is its subject's.
                    quotes::Speaker::Unknown
                        if !q.reported
                            && let Some(m) = mentions.iter().rev().find(|m| {
                                m.kind == FactKind::Person
                                    && !m.weak
                                    && m.end <= q.start
                                    && !in_spans(m, &quoted)
                                    && opens_sentence(&toks, m, &mentions)
                            }) =>
                    {
                        Some(m.text.clone())
                    }
                    // A quote whose paragraph names nobody continues the speaker before it (news
                    // names a speaker once, then gives more quotes in their own paragraphs).
                    // (A paragraph that is only a quote, after one that quotes no one, is its
                    // subject's: "Valastro praised Christie's leadership …" / "“We need …”".)
                    quotes::Speaker::Unknown
                        if !q.reported && carried.is_none() && q.start <= 1 && handed.is_some() =>
                    {
                        handed.clone()
                    }
                    quotes::Speaker::Unknown if !q.reported => {
                        let (named, written) = carried.clone().unwrap_or_default();
                        f.speaker_as_written = written;
                        named
                    }
                    quotes::Speaker::Nominal(_) | quotes::Speaker::Unknown => None,
                },
            };
            if !q.reported {
                previous = Some((speaker_text.clone(), f.speaker_as_written.clone()));
            }
            next_carried = (speaker_text.is_some() || f.speaker_as_written.is_some())
                .then(|| (speaker_text.clone(), f.speaker_as_written.clone()));
            let h = Hint::quote(speaker_text);
            block_facts.push((f, h));
        }
        for e in events::find(&toks, t) {
            let participants: Vec<String> = mentions
                .iter()
                .filter(|m| {
                    m.kind == FactKind::Person
                        && !m.weak
                        && m.tok_start >= e.tok_start
                        && m.tok_end <= e.tok_end
                })
                .map(|m| m.text.clone())
                .collect();
            let place = mentions
                .iter()
                .find(|m| {
                    m.kind == FactKind::Place
                        && m.tok_start >= e.tok_start
                        && m.tok_end <= e.tok_end
                        // (Not part of a compound: "Seoul-Beijing ties" happen nowhere.)
                        && toks[m.tok_start].start == m.start
                        && toks[m.tok_end - 1].end == m.end
                })
                .map(|m| m.text.clone());
            let when = block_facts[first..]
                .iter()
                .map(|(f, _)| f)
                .find(|f| {
                    f.kind == FactKind::Date
                        && f.start as usize >= toks[e.tok_start].start
                        && f.end as usize <= toks[e.tok_end - 1].end
                        // A stretch ("for years", "the next few months") dates no event.
                        && !(f.value.is_none() && dates::is_stretch(&f.text))
                })
                .map(|f| {
                    f.value
                        .as_ref()
                        .and_then(FactValue::as_date)
                        .unwrap_or(&f.text)
                        .to_string()
                });
            let f = mk(
                FactKind::Event,
                e.start,
                e.end,
                e.text,
                Some(FactValue::Event(Box::new(EventValue {
                    kind: e.kind,
                    who: participants,
                    when,
                    place,
                }))),
            );
            block_facts.push((f, Hint::default()));
        }
        let colon = t.trim_end().ends_with(':');
        let named = colon
            .then(|| quotes::colon_speaker(&toks, &mentions).map(|i| &mentions[i]))
            .flatten()
            .or_else(|| {
                mentions
                    .iter()
                    .rfind(|m| m.kind == FactKind::Person && !m.weak)
            });
        // "He then listed the qualities …:": a paragraph that introduces a quote by a pronoun
        // hands on the person it stands for.
        // So does a last sentence that opens with one ("Bolton also discussed … Hillary Clinton
        // did …. He said:"): the pronoun, resolved where it stands, not the last name.
        let opener = |k: usize| gazetteer::Gender::of_pronoun(toks[k].text).map(|g| (k, g));
        let last_opener = toks.last().and_then(|last| {
            let k = toks.iter().position(|t| t.sentence == last.sentence)?;
            opener(k).filter(|_| k > 0)
        });
        let introducer = |(k, g): (usize, gazetteer::Gender)| {
            people.resolve(&mentions, &toks, (toks[k].start, &quoted), g)
        };
        let (named, introduced) = match (colon, named, last_opener) {
            (false, named, _) => (named, None),
            (true, _, Some(p)) => (None, introducer(p)),
            (true, None, None) => (
                None,
                toks.first().and_then(|_| opener(0)).and_then(introducer),
            ),
            (true, named, None) => (named, None),
        };
        // "Valastro praised Christie's leadership …" before a paragraph that is only a quote:
        // a paragraph that quotes no one hands on its subject (see `handed`).
        let subject = (next_carried.is_none() && quoted.is_empty())
            .then(|| {
                mentions.iter().rfind(|m| {
                    m.kind == FactKind::Person && !m.weak && opens_sentence(&toks, m, &mentions)
                })
            })
            .flatten();
        people.remember(&mentions, &toks, &quoted);
        // (A quote ending in a colon, "Here they are:", hands on its own speaker.)
        carried = named
            .filter(|_| colon)
            .map(|m| m.text.clone())
            .or(introduced)
            .map(|n| (Some(n), None))
            .or(next_carried);
        handed = subject.map(|m| m.text.clone());
        let block_facts = &mut all[first..];
        if block_facts.iter().any(|(f, _)| claims::is_claim(f.kind)) {
            let keys = claims::TokenKeys::of(&toks);
            for (f, h) in block_facts.iter_mut() {
                if claims::is_claim(f.kind) {
                    h.context = claims::context(&toks, &keys, f.start as usize, f.end as usize)
                        .into_boxed_slice();
                }
            }
        }
        block_facts.sort_by_key(|(f, _)| (f.start, f.kind));
    }
    let mut facts = Vec::with_capacity(all.len());
    let mut hints = Vec::with_capacity(all.len());
    for (f, h) in all {
        facts.push(f);
        hints.push(h);
    }
    (facts, hints)
}

/// For tests of the passes over a whole story: finds each paragraph's names, lets `pass` read
/// and retype them, and returns them all in order.
#[cfg(test)]
fn story_pass(
    paragraphs: &[&str],
    pass: impl FnOnce(&mut [entities::Paragraph<'_, '_>]),
) -> Vec<entities::Mention> {
    let toks: Vec<_> = paragraphs.iter().map(|p| text::tokenize(p)).collect();
    let mut found: Vec<Vec<entities::Mention>> = paragraphs
        .iter()
        .zip(&toks)
        .map(|(p, t)| entities::find(t, p))
        .collect();
    let mut view: Vec<entities::Paragraph<'_, '_>> = paragraphs
        .iter()
        .zip(&toks)
        .zip(found.iter_mut())
        .map(|((text, tokens), mentions)| entities::Paragraph {
            text,
            tokens,
            mentions,
        })
        .collect();
    pass(&mut view);
    found.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name of the entity of the first fact in article `ai` written `text`.
    fn entity_name(c: &crate::model::Corpus, ai: usize, text: &str) -> Option<String> {
        let f = c.articles[ai].facts.iter().find(|f| &*f.text == text)?;
        let id = f.entity.as_ref()?;
        c.entities
            .iter()
            .find(|e| &e.id == id)
            .map(|e| e.name.clone())
    }

    #[test]
    fn a_surname_opening_a_title_case_headline_before_its_verb_is_the_person() {
        let c = corpus_of(
            "Clinton Says Russians Hacked DNC, Calls Remarks Troubling.\n\nWASHINGTON - \
             Democratic candidate Hillary Clinton said on Sunday that Russian intelligence \
             services hacked into the committee's computers.",
        );
        let people = texts_of(&c.articles[0], FactKind::Person);
        assert_eq!(people.first(), Some(&"Clinton"), "{people:?}");
        // (Not a name the surname opens: "Clinton Foundation Says …".)
        let c = corpus_of(
            "Clinton Foundation Says It Will Close.\n\nWASHINGTON - Hillary Clinton said on \
             Sunday that the foundation would stop taking foreign money next year.",
        );
        let people = texts_of(&c.articles[0], FactKind::Person);
        assert_eq!(people, ["Hillary Clinton"], "{people:?}");
    }

    /// A story named `name` with a title line, then `text`.
    fn story(name: &str, text: &str) -> crate::model::Article {
        crate::model::Article::from_text(name, format!("Story {name}\n\n{text}"))
    }

    /// The texts of an article's facts of one kind, in order.
    fn texts_of(a: &crate::model::Article, kind: FactKind) -> Vec<&str> {
        a.facts
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| &*f.text)
            .collect()
    }

    /// The kind of the first fact in article `ai` written `text`.
    fn kind_of(c: &crate::model::Corpus, ai: usize, text: &str) -> Option<FactKind> {
        c.articles[ai]
            .facts
            .iter()
            .find(|f| &*f.text == text)
            .map(|f| f.kind)
    }

    /// One article made of `text`, loaded as a corpus.
    fn corpus_of(text: &str) -> crate::model::Corpus {
        crate::model::Corpus::from_articles(
            vec![crate::model::Article::from_text("a.txt", text.to_string())],
            vec![],
        )
    }

    #[test]
    fn a_given_name_alone_that_a_pronoun_of_its_gender_follows_is_someone() {
        let c = corpus_of(
            "Inquest\n\nThere was no evidence that Diana was party to it. Months before her \
             death, Diana changed her phone number. Chelsea kept his side going. He was \
             nominated for an Oscar for his role. \"Don't shoot him,\" she said.",
        );
        let people = texts_of(&c.articles[0], FactKind::Person);
        assert_eq!(people, ["Diana", "Diana"]);
    }

    #[test]
    fn capitalised_words_the_story_writes_in_lower_case_are_no_person() {
        let c = corpus_of(
            "Signs\n\nThe boards read: \"Air Bag Safety: Everyone Buckled.\" Auto safety \
             groups say an air bag can hurt a child in a bag seat. Jane Safety said so, and \
             Mozloom Terrah agreed.",
        );
        let people = texts_of(&c.articles[0], FactKind::Person);
        // A given name keeps a person ("Jane Safety"); unknown words not written in lower
        // case keep one too.
        assert_eq!(people, ["Jane Safety", "Mozloom Terrah"]);
        // A place read from "in" alone, written in lower case too, is none; a known one stays.
        let c = corpus_of(
            "Politics\n\nShe works in Politics now. Politics is hard, and politics pays. He \
             moved to the South, then lived in Flint and in Boston. The fear of a world war, two \
             decades on, began in World War Two, and they fished in Deer Creek.",
        );
        let places = texts_of(&c.articles[0], FactKind::Place);
        // (Of several words too: "World War Two"; not one naming a kind of place.)
        assert_eq!(places, ["South", "Flint", "Boston", "Deer Creek"]);
    }

    #[test]
    fn a_surname_with_its_particles_is_the_full_names_person() {
        let c = corpus_of(
            "Brussels\n\nUrsula von der Leyen met Charles de Gaulle's heirs. Von der Leyen \
             said no. Later de Gaulle's heirs agreed, and De Gaulle's name was cited.",
        );
        let people = people_of(&c);
        assert_eq!(
            linked(&people, "Von der Leyen", "Ursula von der Leyen"),
            1,
            "{people:?}"
        );
        assert_eq!(
            linked(&people, "De Gaulle", "Charles de Gaulle"),
            1,
            "{people:?}"
        );
        assert_eq!(
            linked(&people, "de Gaulle", "Charles de Gaulle"),
            1,
            "{people:?}"
        );
    }

    #[test]
    fn a_title_in_quotes_owned_by_a_place_is_no_person() {
        let c = corpus_of(
            "Court\n\nAs Akhil Amar, the author of \"America's Unwritten Constitution,\" put it, \
             senators should compromise. They swore to protect the Constitution.",
        );
        let people = texts_of(&c.articles[0], FactKind::Person);
        assert_eq!(people, ["Akhil Amar"]);
    }

    #[test]
    fn a_wire_datelines_place_is_a_place_even_unlisted() {
        let c = corpus_of(
            "Cleveland (AFP) – The Trump troops embraced their hero as he came to the stage.",
        );
        let a = &c.articles[0];
        assert_eq!(a.dateline.as_deref(), Some("Cleveland"));
        let places = texts_of(a, FactKind::Place);
        assert_eq!(places, ["Cleveland"]);
    }

    #[test]
    fn a_word_listed_after_an_organisation_is_one_unless_it_abbreviates_a_person() {
        let c = corpus_of(
            "Games\n\nDonald Trump spoke. A fight broke out between Microsoft and Nintendo, and \
             between Fox News and Trump. The Centers for Disease Control and Prevention agreed.",
        );
        let kind_of = |text: &str| {
            c.articles[0]
                .facts
                .iter()
                .find(|f| &*f.text == text)
                .map(|f| f.kind)
        };
        assert_eq!(kind_of("Nintendo"), Some(FactKind::Organization));
        assert_eq!(kind_of("Trump"), Some(FactKind::Person));
        assert_eq!(
            kind_of("Centers for Disease Control and Prevention"),
            Some(FactKind::Organization)
        );
        assert_eq!(kind_of("Prevention"), None);
    }

    #[test]
    fn a_given_name_alone_is_the_person_the_corpus_writes_far_more_than_others() {
        let mut articles: Vec<_> = ["Ohio", "Iowa", "Utah", "Maine", "Texas"]
            .iter()
            .enumerate()
            .map(|(i, st)| {
                story(
                    &format!("{i}.txt"),
                    &format!("Hillary Clinton spoke in {st}."),
                )
            })
            .collect();
        articles.extend([
            story("h.txt", "Hillary Duff sang."),
            story("i.txt", "Crowds cheered when Hillary arrived."),
            story("j.txt", "David Cameron spoke. David Duke spoke."),
            story("k.txt", "Crowds cheered when David arrived."),
            story(
                "l.txt",
                "Bill Clinton spoke, and Hillary Clinton too. Voters moved away from Clinton.",
            ),
        ]);
        let c = crate::model::Corpus::from_articles(articles, vec![]);
        let entity_of = |ai: usize, text: &str| entity_name(&c, ai, text);
        assert_eq!(entity_of(6, "Hillary").as_deref(), Some("Hillary Clinton"));
        assert_eq!(entity_of(8, "David"), None);
        // A surname read as a town ("from Clinton") in a story naming two Clintons is a person.
        assert_eq!(kind_of(&c, 9, "Clinton"), Some(FactKind::Person));
    }

    #[test]
    fn an_unknown_place_that_is_a_surname_across_stories_is_that_person() {
        let c = crate::model::Corpus::from_articles(
            vec![
                story("a.txt", "Donald Trump spoke in Ohio."),
                story("b.txt", "Donald Trump spoke in Iowa."),
                story("c.txt", "Donald Trump spoke in Utah."),
                story("d.txt", "Republicans kept their distance from Trump."),
                story("e.txt", "Larry Zorblin spoke in Utah."),
                story("f.txt", "Supplies came from Zorblin and from Tavildara."),
            ],
            vec![],
        );
        let kind = |ai: usize, text: &str| kind_of(&c, ai, text);
        assert_eq!(kind(3, "Trump"), Some(FactKind::Person));
        assert_eq!(entity_name(&c, 3, "Trump").as_deref(), Some("Donald Trump"));
        // One story naming a Zorblin is not enough; an unknown town stays a town.
        assert_eq!(kind(5, "Zorblin"), Some(FactKind::Place));
        assert_eq!(kind(5, "Tavildara"), Some(FactKind::Place));
    }

    #[test]
    fn a_headline_read_as_a_name_does_not_hide_the_surname_it_opens() {
        let c = crate::model::Corpus::from_articles(
            vec![
                story("a.txt", "Hillary Clinton spoke in Ohio."),
                story("b.txt", "Hillary Clinton spoke in Iowa."),
                story("c.txt", "Hillary Clinton spoke in Utah."),
                story("d.txt", "They met Clinton Consulting in Ohio."),
                story("e.txt", "Crowds cheered when Clinton arrived."),
            ],
            vec![],
        );
        let entity_of = |ai: usize, text: &str| entity_name(&c, ai, text);
        assert_eq!(
            entity_of(3, "Clinton Consulting").as_deref(),
            Some("Clinton Consulting")
        );
        assert_eq!(entity_of(4, "Clinton").as_deref(), Some("Hillary Clinton"));
    }

    #[test]
    fn a_surname_alone_is_the_full_name_far_more_stories_write() {
        let c = crate::model::Corpus::from_articles(
            vec![
                story("a.txt", "Donald Trump spoke in Ohio."),
                story("b.txt", "Donald Trump spoke in Iowa."),
                story(
                    "c.txt",
                    "Donald Trump spoke in Utah. Ivanka Trump listened.",
                ),
                story("d.txt", "Crowds cheered when Trump arrived."),
                story("e.txt", "Joseph R. Biden Jr. spoke. Later Biden left."),
                story("f.txt", "Bill Clinton spoke, and so did Hillary Clinton."),
                story("g.txt", "Crowds cheered when Clinton arrived."),
                story("h.txt", "Joseph R. Biden Jr. spoke in Ohio."),
                story("i.txt", "Joseph R. Biden Jr. spoke in Iowa."),
                story("j.txt", "Beau Biden listened."),
                story("k.txt", "Crowds cheered when Biden arrived."),
                story("l.txt", "Zorbl Vandam said so, and Qwix Vandam agreed."),
                story("m.txt", "Crowds cheered when Vandam arrived."),
            ],
            vec![],
        );
        let entity_of = |ai: usize, text: &str| entity_name(&c, ai, text);
        assert_eq!(entity_of(3, "Trump").as_deref(), Some("Donald Trump"));
        // A generation's suffix is no surname.
        assert_eq!(entity_of(4, "Biden").as_deref(), Some("Joseph R. Biden Jr"));
        // Two names as often written: no one in particular, but someone, a person of its own.
        assert_eq!(entity_of(6, "Clinton").as_deref(), Some("Clinton"));
        // Not a word two names end in that open with no given name.
        assert_eq!(entity_of(12, "Vandam"), None);
        // A suffixed full name is still the surname's (three stories to Beau Biden's one).
        assert_eq!(
            entity_of(10, "Biden").as_deref(),
            Some("Joseph R. Biden Jr")
        );
    }

    #[test]
    fn a_place_word_ends_a_place_name_but_alone_names_a_place_only_after_the() {
        let c = corpus_of(
            "Storm\n\nThe pumping station at Airlie Beach flooded near the Bruce Highway. Fans \
             marched from 170th Street to the 4th District. Secretary of State Kerry went to \
             Life's a Beach, a show, and to Before Night Falls. Ships sailed in the Gulf and \
             through Gulf waters. Studies of Internet addiction grew. Park said it rained.",
        );
        let facts: Vec<(&str, FactKind)> = c.articles[0]
            .facts
            .iter()
            .filter(|f| f.kind.is_entity())
            .map(|f| (&*f.text, f.kind))
            .collect();
        for place in [
            "Airlie Beach",
            "Bruce Highway",
            "170th Street",
            "4th District",
            "Gulf",
        ] {
            assert!(
                facts.contains(&(place, FactKind::Place)),
                "{place}: {facts:?}"
            );
        }
        assert_eq!(
            facts.iter().filter(|(t, _)| *t == "Gulf").count(),
            2,
            "{facts:?}"
        );
        assert!(facts.contains(&("Park", FactKind::Person)), "{facts:?}");
        for nothing in ["State", "Beach", "Falls", "Internet"] {
            assert!(
                facts.iter().all(|(t, _)| *t != nothing),
                "{nothing}: {facts:?}"
            );
        }
    }

    #[test]
    fn a_one_word_name_stands_across_articles_for_a_surname_or_a_given_name_only() {
        let c = crate::model::Corpus::from_articles(
            vec![
                crate::model::Article::from_text(
                    "a.txt",
                    "Talks\n\nGold Bramwell said the plan works. Hillary Clinton agreed.".into(),
                ),
                crate::model::Article::from_text(
                    "b.txt",
                    "Mines\n\nThe miners struck Gold again, as Bramwell and Hillary had hoped. \
                     Melanie agreed."
                        .into(),
                ),
                crate::model::Article::from_text(
                    "c.txt",
                    "Votes\n\nHillary Clinton won, and Melanie Verbeck voted.".into(),
                ),
            ],
            vec![],
        );
        let entity_of = |text: &str| entity_name(&c, 1, text);
        assert_eq!(entity_of("Bramwell").as_deref(), Some("Gold Bramwell"));
        assert_eq!(entity_of("Hillary").as_deref(), Some("Hillary Clinton"));
        // "Gold" opens a full name elsewhere, but it is no given name: no one.
        assert_eq!(entity_of("Gold"), None);
        // A given name that opens one full name written once in the corpus is a person, not
        // surely that one.
        assert_eq!(entity_of("Melanie").as_deref(), Some("Melanie"));
    }

    #[test]
    fn a_given_name_read_as_a_place_is_the_person_the_story_names() {
        let c = corpus_of(
            "Arrest\n\nJessica Tamberlane was arrested on Friday.\n\nPolice found cocaine in \
             Jessica's purse, and the judge was not pleased.\n\nShe had lived in Tampa.",
        );
        assert_eq!(kind_of(&c, 0, "Jessica"), Some(FactKind::Person));
        assert_eq!(
            entity_name(&c, 0, "Jessica").as_deref(),
            Some("Jessica Tamberlane")
        );
        assert_eq!(kind_of(&c, 0, "Tampa"), Some(FactKind::Place));
    }

    #[test]
    fn a_headline_run_into_a_name_ends_where_the_name_does() {
        let c = corpus_of(
            "Film\n\nHillary Clinton Documentary Skips Collapse at 9/11 Ceremony.\n\nThe \
             Clinton campaign released a documentary. Martin Luther King spoke to the king.",
        );
        assert_eq!(kind_of(&c, 0, "Hillary Clinton"), Some(FactKind::Person));
        assert_eq!(
            kind_of(&c, 0, "Hillary Clinton Documentary Skips Collapse"),
            None
        );
        assert_eq!(kind_of(&c, 0, "Martin Luther King"), Some(FactKind::Person));
    }

    #[test]
    fn titles_in_quotes_broadcasters_and_sides_of_politics() {
        let c = corpus_of(
            "Awards\n\nThe nominees are George Clooney for \"Michael Clayton,\" Viggo Mortensen \
             for \"Eastern Promises\" and the film “No Country for Old Men.”\n\nThe host of \
             Channel 4's show spoke to voices on the Right.",
        );
        assert_eq!(kind_of(&c, 0, "Viggo Mortensen"), Some(FactKind::Person));
        assert_eq!(kind_of(&c, 0, "George Clooney"), Some(FactKind::Person));
        assert_eq!(kind_of(&c, 0, "Eastern Promises"), None);
        assert_eq!(kind_of(&c, 0, "Country for Old Men"), None);
        assert_eq!(kind_of(&c, 0, "Channel 4"), Some(FactKind::Organization));
        assert_eq!(kind_of(&c, 0, "Right"), None);
        // A sequel's number is the title's.
        let c = corpus_of("Charts\n\nThe \"High School Musical 2\" soundtrack was ninth.");
        assert_eq!(kind_of(&c, 0, "High School Musical"), None);
    }

    #[test]
    fn a_contraction_cut_from_its_t_is_no_given_name() {
        let c = crate::model::Corpus::from_articles(
            vec![
                story("a.txt", "Don Beyer spoke in Richmond."),
                story("b.txt", "Don Beyer spoke in Norfolk."),
                story(
                    "c.txt",
                    "His father wired: Dear Jack, Don't buy a single vote more.",
                ),
            ],
            vec![],
        );
        assert_eq!(kind_of(&c, 2, "Don"), None);
    }

    #[test]
    fn less_common_verbs_of_speech_attribute_quotes() {
        let c = corpus_of(
            "Merger\n\n\"Analysts said no, and she went ahead,\" remembered Roy Tavernel, the firm's \
             former spokesman.\n\nThe board met on Monday, with Dana Quillfeather adding: \"We \
             had no choice at all.\"\n\n\"Anyone claiming otherwise is wrong,\" Quillfeather sighed.",
        );
        assert_eq!(
            quote_in(&c, "went ahead").1.as_deref(),
            Some("Roy Tavernel")
        );
        assert_eq!(
            quote_in(&c, "no choice").1.as_deref(),
            Some("Dana Quillfeather")
        );
        assert_eq!(
            quote_in(&c, "otherwise is wrong").1.as_deref(),
            Some("Dana Quillfeather")
        );
        // A pronoun opening a sentence before a verb of speech names no one.
        assert_eq!(kind_of(&c, 0, "Anyone"), None);
    }

    #[test]
    fn a_plural_opening_a_sentence_before_a_verb_of_speech_is_a_group_not_a_person() {
        let c = corpus_of(
            "Wages\n\nSupporters say the move will reduce poverty. Demonstrators said they want \
             \"justice for all.\"\n\nFelicia Sanders spoke at the church. Sanders said: \"Hate \
             destroys those who harbor it.\"",
        );
        assert_eq!(kind_of(&c, 0, "Supporters"), None);
        assert_eq!(kind_of(&c, 0, "Demonstrators"), None);
        // The quote keeps its speaker as written.
        let (q, named) = quote_in(&c, "justice for all");
        assert_eq!(named, None);
        assert_eq!(q.speaker_as_written.as_deref(), Some("Demonstrators"));
        // A surname that ends like a plural is the person the story names in full.
        assert_eq!(kind_of(&c, 0, "Sanders"), Some(FactKind::Person));
        let (q, named) = quote_in(&c, "Hate destroys");
        assert_eq!(named.as_deref(), Some("Felicia Sanders"));
        assert_eq!(q.speaker_as_written, None);
    }

    #[test]
    fn he_said_stands_for_a_lone_surname_that_is_its_sentences_subject() {
        let c = corpus_of(
            "Debate\n\nWalter Brennick debated Helen Ardley.\n\nTom Ardley, a former president, \
             met Walter Brennick first.\n\nDuring the debate, Brennick labeled Ardley a fraud.\n\n\"It is just \
             words,\" he said.\n\nBrennick's aides met Tom Ardley later.\n\n\"It went well,\" \
             he said.",
        );
        // The subject, though written by surname only ("Ardley" is the last man named).
        assert_eq!(
            quote_in(&c, "just words").1.as_deref(),
            Some("Walter Brennick")
        );
        // A possessive surname is no subject.
        assert_eq!(quote_in(&c, "went well").1.as_deref(), Some("Tom Ardley"));
    }

    #[test]
    fn he_said_prefers_a_subject_of_unknown_gender_to_an_object_known_to_agree() {
        let c = corpus_of(
            "Rights\n\nCasey Quell, the governor, signed the order.\n\nAnticipating blowback, \
             Quell remarked that he had consulted Attorney General Mark Hering.\n\n\"I want to \
             be crystal clear,\" he said.",
        );
        assert_eq!(
            quote_in(&c, "crystal clear").1.as_deref(),
            Some("Casey Quell")
        );
    }

    #[test]
    fn he_said_stands_for_who_closed_the_attribution_before() {
        let c = corpus_of(
            "Rallies\n\nRobert Stovall joined Ted Cruz at rallies.\n\nCruz electrified the small \
             crowds with speeches, Stovall said.\n\n\"He was very articulate,\" he said.",
        );
        assert_eq!(
            quote_in(&c, "articulate").1.as_deref(),
            Some("Robert Stovall")
        );
    }

    #[test]
    fn a_paragraph_that_quotes_no_one_hands_its_subject_to_a_quote_after_it() {
        let c = corpus_of(
            "Town hall\n\n\"We will win here,\" said Gov. Chris Callan.\n\nCallan was joined by \
             the baker Buddy Valori.\n\nValori praised Callan's leadership after the storm.\n\n\
             \"We need someone who is going to cut through it all.\"",
        );
        assert_eq!(
            quote_in(&c, "cut through").1.as_deref(),
            Some("Buddy Valori")
        );
    }

    #[test]
    fn a_quote_after_a_sentence_of_its_paragraph_is_its_subjects() {
        let c = corpus_of(
            "Rally\n\n\"We will win,\" said Gov. Mark Pendle.\n\nSen. Bernard Quist (Vt.), who \
             lost the primaries, named young voters as a reason to vote. \"The younger people are \
             more open than any generation.\"\n\n\"It is over,\" Pendle added.\n\n\"We go on from here, all of us, and we will not stop.\"",
        );
        assert_eq!(
            quote_in(&c, "younger people").1.as_deref(),
            Some("Bernard Quist")
        );
        // A paragraph that names no one still continues the speaker before it.
        assert_eq!(quote_in(&c, "We go on").1.as_deref(), Some("Mark Pendle"));
    }

    #[test]
    fn he_said_stands_for_the_subject_after_an_opening_phrase_or_in_an_inverted_attribution() {
        let c = corpus_of(
            "Debate\n\nDuring the debate, Walter Brennick labeled Thomas Ardley a fraud.\n\n\
             \"It is just words,\" he said.\n\nDecide what you can do, Ardley says. That can make \
             people feel strong, adds the lawyer Peter Quell. \"You are not helpless,\" he says.\n\n\
             Brennick's lawyer, Paul Gardo, said Ardley was \"looking for free publicity.\" \
             \"We will see,\" he added.",
        );
        // "During the debate, Brennick labeled Ardley": the subject, not the last name.
        assert_eq!(
            quote_in(&c, "just words").1.as_deref(),
            Some("Walter Brennick")
        );
        // `…, adds the lawyer Peter Quell.`: the nearest speaker is the subject.
        assert_eq!(
            quote_in(&c, "not helpless").1.as_deref(),
            Some("Peter Quell")
        );
        // "Gardo, said Ardley was …": a name that goes on into its clause is no speaker.
        assert_eq!(quote_in(&c, "will see").1.as_deref(), Some("Paul Gardo"));
    }

    #[test]
    fn speakers_through_appositives_subordinate_verbs_and_colons() {
        let c = corpus_of(
            "Contracts\n\n“They’re not terminable at will,” Trump spokesperson Ron Lieberman told the Wall Street Journal in July, after de Blasio stated an interest in ending business with Trump. “These contracts are fully binding.”\n\n“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said as confetti fluttered down.\n\nFor many, that candidate is Trump. 81-year-old Parker Eaton, a nominal Republican who voted for JFK and Bill Clinton, said that given the crop of candidates on both sides:\n\n“There’s only one: Trump. He spends his own money.”",
        );
        // A verb in the clause after an attribution introduces no second speaker.
        assert_eq!(
            quote_in(&c, "fully binding").1.as_deref(),
            Some("Ron Lieberman")
        );
        // A place before a role, a name in quotes inside the appositive.
        assert_eq!(
            quote_in(&c, "successful conventions").1.as_deref(),
            Some("Bill Eastland")
        );
        // `said Hillary Clinton Press Secretary Brian Fallon`: the titled one speaks.
        let c2 = corpus_of("Fallon\n\n“Yes,” said Hillary Clinton Press Secretary Brian Fallon.");
        assert_eq!(quote_in(&c2, "Yes").1.as_deref(), Some("Brian Fallon"));
        // A colon's paragraph introduces the subject of its verb, not the last name in it.
        assert_eq!(quote_in(&c, "only one").1.as_deref(), Some("Parker Eaton"));
    }

    #[test]
    fn a_participle_goes_with_a_one_word_name_opening_its_sentence() {
        let c = corpus_of(
            "Flint\n\nClinton aides went to assist Flint Mayor Karen Weaver.\n\nWeaver didn’t seem impressed with Sanders’ comments Tuesday, telling reporters, “A lot of people said the governor should step down.”\n\nOmar Mateen prayed at the mosque, Adel Nefzi recalled.\n\nMateen didn't mingle but left as soon as prayers were finished, Nefzi said, adding, \"He was not very religious.\"",
        );
        assert_eq!(quote_in(&c, "step down").1.as_deref(), Some("Karen Weaver"));
        // Not past another verb of speech.
        assert_eq!(
            quote_in(&c, "not very religious").1.as_deref(),
            Some("Adel Nefzi")
        );
        // The comma before the participle may sit inside the closing mark.
        let c = corpus_of(
            "Romney\n\nDonald Trump spoke.\n\nTo wit, Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation,” adding, “He lost all of the Latino vote.”",
        );
        assert_eq!(
            quote_in(&c, "Latino vote").1.as_deref(),
            Some("Donald Trump")
        );
    }

    #[test]
    fn the_same_words_said_by_two_people_are_two_quotes() {
        let article = |name: &str, speaker: &str| {
            crate::model::Article::from_text(
                name,
                format!(
                    "Ties\n\n\"We will elevate the strategic cooperative partnership between our countries to a higher level,\" {speaker} said."
                ),
            )
        };
        let related = |articles| {
            let c = crate::model::Corpus::from_articles(articles, vec![]);
            let q = c.articles[0]
                .facts
                .iter()
                .find(|f| f.kind == FactKind::Quote)
                .expect("a quote");
            q.related.len()
        };
        // Reported by two outlets: one quote.
        assert_eq!(
            related(vec![
                article("a.txt", "Lee Jae-myung"),
                article("b.txt", "Lee Jae-myung")
            ]),
            1
        );
        // Said by two leaders: two quotes, however alike.
        assert_eq!(
            related(vec![
                article("a.txt", "Lee Jae-myung"),
                article("b.txt", "Xi Jinping")
            ]),
            0
        );
    }

    #[test]
    fn a_pronoun_introducing_a_quote_and_a_quote_ending_in_a_colon_hand_on_the_speaker() {
        let c = corpus_of(
            "Endorsement\n\n\"I have decided to endorse him,\" Morton Blackwell wrote.\n\nHe then listed the qualities a nominee needs:\n\n\"In the piece I wrote last November, I discussed several factors. Here they are:\n\n\"Has the candidate a record of personal activism?\n\n\"Would the candidate melt when the heat is on?\"",
        );
        for needle in ["In the piece", "personal activism", "melt when"] {
            let (_, speaker) = quote_in(&c, needle);
            assert_eq!(speaker.as_deref(), Some("Morton Blackwell"), "{needle}");
        }
        // The pronoun opens the paragraph's last sentence, after another name.
        let c = corpus_of(
            "Ambassador John Bolton spoke on the radio on Monday.\n\nBolton also discussed the lengths to which Hillary Clinton had gone. He said:\n\n\"In all the administrations I have served in, the rules applied to everyone.\"",
        );
        assert_eq!(
            quote_in(&c, "administrations").1.as_deref(),
            Some("John Bolton")
        );
    }

    #[test]
    fn a_name_opening_the_clause_before_a_colon_speaks() {
        let c = corpus_of(
            "Containment\n\nJeb Bush and Hillary Clinton reject the term containment.\n\nClinton: \"Our goal is not to deter or contain ISIS, but to defeat and destroy ISIS.\" Bush: \"The mission is to destroy ISIS -- not to contain it.\"",
        );
        assert_eq!(
            quote_in(&c, "Our goal").1.as_deref(),
            Some("Hillary Clinton")
        );
        assert_eq!(quote_in(&c, "The mission").1.as_deref(), Some("Jeb Bush"));
        // A name further into the clause introduces nothing.
        let c = corpus_of(
            "Rally\n\nHillary Clinton spoke last.\n\nThe debate ended late, and the signs in the hall backed Clinton: “Four more years, four more years.”",
        );
        assert_eq!(quote_in(&c, "Four more years").1, None);
    }

    /// The quote containing `needle`, and its speaker's entity name.
    fn quote_in<'c>(c: &'c crate::model::Corpus, needle: &str) -> (&'c Fact, Option<String>) {
        let q = c.articles[0]
            .facts
            .iter()
            .find(|f| f.kind == FactKind::Quote && f.text.contains(needle))
            .expect("the quote is found");
        let name = q
            .speaker
            .as_ref()
            .and_then(|id| c.entities.iter().find(|e| &e.id == id))
            .map(|e| e.name.clone());
        (q, name)
    }

    /// Each person mention's text and its entity's name, in order.
    fn people_of(c: &crate::model::Corpus) -> Vec<(String, String)> {
        c.articles[0]
            .facts
            .iter()
            .filter(|f| f.kind == FactKind::Person)
            .map(|f| {
                let name = f
                    .entity
                    .as_ref()
                    .and_then(|id| c.entities.iter().find(|e| &e.id == id))
                    .map_or(String::new(), |e| e.name.clone());
                (f.text.to_string(), name)
            })
            .collect()
    }

    /// How many of `people` (from [`people_of`]) are written `text` and linked to `name`.
    fn linked(people: &[(String, String)], text: &str, name: &str) -> usize {
        people.iter().filter(|p| p.0 == text && p.1 == name).count()
    }

    #[test]
    fn surnames_resolve_past_a_headline_read_as_one_name_and_open_sentences() {
        let c = corpus_of(
            "Poll: Donald Mozloom Ties Hillary Terrah With Rivals\n\nFrontrunner Donald Mozloom does better \
             against Hillary Terrah, a new poll says.\n\nMozloom received 37 percent and Terrah \
             had 36 percent.\n\nBetween Terrah and Mozloom, Terrah wins.",
        );
        let people = people_of(&c);
        let seen = |text: &str, name: &str| linked(&people, text, name);
        // The headline's run holds "Hillary Terrah": "Terrah" still abbreviates her.
        assert_eq!(seen("Terrah", "Hillary Terrah"), 3, "{people:?}");
        // "Mozloom" opens a sentence and is still the person named before.
        assert_eq!(seen("Mozloom", "Donald Mozloom"), 2, "{people:?}");
        // "Between" opens no name.
        assert!(
            people.iter().all(|p| !p.0.starts_with("Between")),
            "{people:?}"
        );
    }

    #[test]
    fn a_surname_opening_a_sentence_before_a_title_is_the_person_named_before() {
        let c = corpus_of(
            "Debate\n\nHillary Terrah spoke on Monday.\n\nTerrah Communications Director \
             Jennifer Palmieri said so. Terrah Foundation staff agreed.\n\nZorbex said on Monday \
             it would merge. Zorbex CEO Stephen Frater agreed.",
        );
        let people = people_of(&c);
        // Her employee's title follows her name; a foundation's name is another name.
        assert_eq!(linked(&people, "Terrah", "Hillary Terrah"), 1, "{people:?}");
        assert!(
            people.iter().any(|p| p.0 == "Jennifer Palmieri"),
            "{people:?}"
        );
        // A company's officer: the title makes no person of the company ("Zorbex said" alone
        // still reads as one).
        assert_eq!(
            people.iter().filter(|p| p.0 == "Zorbex").count(),
            1,
            "{people:?}"
        );
    }

    #[test]
    fn a_surname_opening_a_quotation_is_the_person_named_before() {
        let c = corpus_of(
            "Speech\n\nPresident George W. Bush spoke in Abu Dhabi.\n\nAn analyst said: \
             “Bush’s speech is mere propaganda.” Another said, “Bush wants support.” Bush \
             fans cheered. MTV brings back “Bush,” a show. “Don’t go,” said George Don.",
        );
        let people = people_of(&c);
        // Both quotations and "Bush fans"; not the show's title alone in quotes, nor "Don’t".
        assert_eq!(linked(&people, "Bush", "George W. Bush"), 3, "{people:?}");
        assert!(people.iter().all(|p| p.0 != "Don"), "{people:?}");
    }

    #[test]
    fn a_sentence_opening_with_of_names_no_one_of_that_name() {
        // "Of Clinton" read as a second Clinton had left every "Clinton" of the story unresolved.
        let c = corpus_of(
            "Florida\n\nA poll had Democratic nominee Hillary Clinton leading.\n\nOf Clinton: \
             \"I just do not believe a word she says.\" Sobin will vote for Clinton.",
        );
        let people = people_of(&c);
        assert!(people.iter().all(|p| !p.0.starts_with("Of")), "{people:?}");
        assert_eq!(
            linked(&people, "Clinton", "Hillary Clinton"),
            2,
            "{people:?}"
        );
    }

    #[test]
    fn an_east_asian_surname_opening_a_sentence_is_the_person_named_in_full() {
        let c = corpus_of(
            "Dissident\n\nPolice detained Wang Donghai on Monday.\n\nWang was jailed for two \
             years in 1990. Wang's family could not be reached.",
        );
        let people = people_of(&c);
        assert_eq!(linked(&people, "Wang", "Wang Donghai"), 2, "{people:?}");
    }

    #[test]
    fn a_headline_opening_with_a_surname_the_story_gives_in_full_names_that_person() {
        let c = corpus_of(
            "World news\n\nMozloom endorses peace plan.\n\nWomen voted in large numbers, officials \
             said.\n\nPresident Donald Mozloom backed the plan on Friday, his office said.\n\nAdd \
             Women",
        );
        let people = people_of(&c);
        assert!(
            people
                .iter()
                .any(|p| p.0 == "Mozloom" && p.1 == "Donald Mozloom"),
            "{people:?}"
        );
        // A name that opens with no given name lends its last word to no sentence before it.
        assert!(!people.iter().any(|p| p.0 == "Women"), "{people:?}");
    }

    #[test]
    fn a_headline_opening_with_a_surname_only_a_title_introduces_names_that_person() {
        // The story never gives a given name: "President Obenga" alone makes him a person.
        let c = corpus_of(
            "Politics\n\nObenga order opens door for outsider.\n\nPresident Obenga began \
             preparing for a transition, aides said on Monday.",
        );
        let people = people_of(&c);
        assert_eq!(linked(&people, "Obenga", "Obenga"), 2, "{people:?}");
    }

    #[test]
    fn a_name_inside_a_date_is_the_dates() {
        let c = corpus_of(
            "Holidays\n\nProtesters marched on Black Friday. Jews fasted on Yom Kippur, the \
             rabbi said.",
        );
        let facts = &c.articles[0].facts;
        let of = |kind: FactKind| {
            facts
                .iter()
                .filter(|f| f.kind == kind)
                .map(|f| &*f.text)
                .collect::<Vec<_>>()
        };
        assert_eq!(of(FactKind::Date), ["Black Friday", "Yom Kippur"]);
        assert!(
            of(FactKind::Person).is_empty(),
            "{:?}",
            of(FactKind::Person)
        );
    }

    #[test]
    fn a_currencys_country_inside_an_amount_is_the_amounts() {
        let c = corpus_of("Deals\n\nIt raised US$300 million and NZ$5 million in the US.");
        let a = &c.articles[0];
        assert_eq!(
            texts_of(a, FactKind::Money),
            ["US$300 million", "NZ$5 million"]
        );
        // (The country named on its own stays.)
        assert_eq!(texts_of(a, FactKind::Place), ["US"]);
        assert!(texts_of(a, FactKind::Organization).is_empty());
    }

    #[test]
    fn he_after_a_role_word_is_the_person_it_names_not_the_name_before_it() {
        let c = corpus_of(
            "Campaign\n\nBarack Mozloom won the state.\n\nMozloom consultant Cornell Terrah \
             picked up the thread. \u{201c}Voters are beginning to see it,\u{201d} he said.",
        );
        let (_, speaker) = quote_in(&c, "beginning to see");
        assert_eq!(speaker.as_deref(), Some("Cornell Terrah"));
    }

    #[test]
    fn a_surname_that_is_a_title_word_names_the_person_mid_sentence() {
        let c = corpus_of(
            "Hearing\n\nNew York Congressman Pete King spoke to reporters.\n\nThe hearing was \
             closed, and King said the testimony differed. The King of Spain was not there.",
        );
        let people = people_of(&c);
        assert!(
            people.iter().any(|p| p.0 == "King" && p.1 == "Pete King"),
            "{people:?}"
        );
        // "The King" is an office.
        assert_eq!(
            people.iter().filter(|p| p.0 == "King").count(),
            1,
            "{people:?}"
        );
    }

    #[test]
    fn two_people_sharing_a_surname_leave_it_unresolved() {
        let c = corpus_of(
            "Family\n\nBill Terrah and Hillary Terrah spoke.\n\nLater, Terrah left the room.",
        );
        let people = people_of(&c);
        // Someone, but neither of them: a person of its own.
        let terrah: Vec<&(String, String)> = people.iter().filter(|p| p.0 == "Terrah").collect();
        assert_eq!(terrah.len(), 1, "{people:?}");
        assert_eq!(terrah[0].1, "Terrah", "{people:?}");
    }

    #[test]
    fn a_surname_means_the_full_name_the_article_writes_far_more_often() {
        let c = corpus_of(
            "Campaign\n\nHillary Terrah won Iowa. Bill Terrah spoke for her.\n\nHillary Terrah \
             then flew to Ohio.\n\nLater, Terrah left the room.",
        );
        let people = people_of(&c);
        assert!(
            people.contains(&("Terrah".to_string(), "Hillary Terrah".to_string())),
            "{people:?}"
        );
    }

    #[test]
    fn a_place_that_is_a_named_persons_surname_is_that_person() {
        let c = corpus_of(
            "Campaign\n\nCharlie Mozloom won the primary.\n\nMoney came from Mozloom donors, and \
             the lead in Flint's water stayed.",
        );
        let kind_of = |text: &str| {
            c.articles[0]
                .facts
                .iter()
                .find(|f| &*f.text == text)
                .map(|f| f.kind)
        };
        assert_eq!(kind_of("Mozloom"), Some(FactKind::Person));
        let people = people_of(&c);
        assert!(
            people.contains(&("Mozloom".to_string(), "Charlie Mozloom".to_string())),
            "{people:?}"
        );
        // Nobody named Flint: it stays a place.
        assert_eq!(kind_of("Flint"), Some(FactKind::Place));
    }

    #[test]
    fn a_party_before_a_name_is_no_part_of_it() {
        let c = corpus_of(
            "Race\n\nRepublican Donald Mozloom won, and Democratic Sen. Tim Terrah spoke to the \
             Republican National Committee.",
        );
        let people = people_of(&c);
        let texts: Vec<&str> = people.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(texts, ["Donald Mozloom", "Tim Terrah"]);
        assert!(
            c.articles[0]
                .facts
                .iter()
                .any(|f| f.text.as_ref() == "Republican National Committee")
        );
    }

    #[test]
    fn a_transcript_label_is_the_person_it_names() {
        let c = corpus_of(
            "Debate\n\nGov. Mike Mozloom spoke on Sunday.\n\n\"MOZLOOM: Well, look, the question is \
             different.\"\n\n\"RAMOS: Secretary, did you lie?\"",
        );
        let people = people_of(&c);
        assert!(
            people.contains(&("MOZLOOM".to_string(), "Mike Mozloom".to_string())),
            "{people:?}"
        );
        // No organisation from a label; an unknown one names nobody.
        assert!(
            !c.articles[0]
                .facts
                .iter()
                .any(|f| f.kind == FactKind::Organization),
            "{:?}",
            c.articles[0].facts
        );
    }

    #[test]
    fn a_title_in_quotes_names_a_work() {
        for t in [
            "The Art of the Deal.",
            "Destiny and Power",
            "Billions",
            "Crippled America: How to Make America Great Again",
        ] {
            assert!(names_a_work(t), "{t}");
        }
        for t in [
            "Don't you do it",
            "Is Dalton Brody off Conn or Wisconsin?",
            "Hey, hey! Ho, ho! Rahm Emanuel's got to go!",
            "It's Our Time.",
            "We will win this state, and then we will win the nomination.",
            "great",
        ] {
            assert!(!names_a_work(t), "{t}");
        }
    }

    #[test]
    fn a_title_after_a_work_word_quotes_nobody_even_beside_a_speaker() {
        let c = corpus_of(
            "Deals\n\nMr. Trump said he bought the company, according to his book \"The Art of the Deal.\" The analyst, who worked on \"Monday Night Baseball,\" was dismissed. \"We will win this state,\" Mr. Trump said. \"We will see,\" Mr. Christie told ABC's \"This Week with George Stephanopoulos.\" In his autobiography, \"A Time for Truth,\" Mr. Cruz wrote of his father.",
        );
        let quotes = texts_of(&c.articles[0], FactKind::Quote);
        assert!(
            !quotes
                .iter()
                .any(|q| ["The Art", "Monday", "This Week", "A Time"]
                    .iter()
                    .any(|t| q.starts_with(t))),
            "{quotes:?}"
        );
        assert!(
            quotes.iter().any(|q| q.starts_with("We will win"))
                && quotes.iter().any(|q| q.starts_with("We will see")),
            "{quotes:?}"
        );
    }

    #[test]
    fn an_entity_is_named_as_written_not_by_its_title_alias() {
        let c =
            corpus_of("Talks\n\nMr. Mozloom arrived on Monday. Mozloom met the press and left.");
        let e = c
            .entities
            .iter()
            .find(|e| e.name.contains("Mozloom"))
            .expect("Mozloom is an entity");
        // "Mr. Mozloom" is how readers search (an alias), but the text never writes it as one
        // name: the entity is called what the text writes.
        assert_eq!(e.name, "Mozloom");
        assert!(e.aliases.iter().any(|a| a.starts_with("Mr")), "{e:?}");
    }

    #[test]
    fn a_quote_paragraph_naming_nobody_continues_the_speaker_before_it() {
        let c = corpus_of(
            "Morton Blackwell, a conservative activist, wrote to supporters on Sunday:\n\n\"Has the candidate a record of personal activism and leadership for conservative principles?\"\n\nThe letter went to thousands of donors.\n\n\"Is the candidate surrounded by people notable for their commitment?\"",
        );
        let speaker_of = |needle: &str| quote_in(&c, needle).1;
        assert_eq!(
            speaker_of("personal activism").as_deref(),
            Some("Morton Blackwell")
        );
        // A paragraph between that names nobody and quotes nothing ends the carry.
        assert_eq!(speaker_of("surrounded by people"), None);
    }

    #[test]
    fn a_quote_after_an_attributed_one_in_its_paragraph_is_the_same_speakers() {
        let c = corpus_of(
            "Tariffs\n\n\"They are not terminable at will,\" Trump spokesperson Ron Lieberman told the Wall Street Journal in July. \"These contracts are fully binding.\"\n\n\"Several questions remain open,\" a senior official said. \"We expect an answer by Friday.\"",
        );
        let speaker_of = |needle: &str| quote_in(&c, needle).1;
        assert_eq!(speaker_of("terminable").as_deref(), Some("Ron Lieberman"));
        assert_eq!(
            speaker_of("fully binding").as_deref(),
            Some("Ron Lieberman")
        );
        // A speaker named by a common noun carries over as written.
        let (answer, name) = quote_in(&c, "answer by Friday");
        assert_eq!(name, None);
        assert_eq!(
            answer.speaker_as_written.as_deref(),
            Some("a senior official")
        );
    }

    #[test]
    fn a_speaker_named_by_a_common_noun_carries_into_the_next_paragraph() {
        let c = corpus_of(
            "Spurs\n\n\"He made a great contribution,\" said the Spurs boss.\n\n\"He is a very valuable player for us.\"",
        );
        let (next, name) = quote_in(&c, "valuable player");
        assert_eq!(name, None);
        assert_eq!(next.speaker_as_written.as_deref(), Some("the Spurs boss"));
    }

    #[test]
    fn a_name_inside_a_quote_is_no_antecedent_of_a_pronoun() {
        let c = corpus_of(
            "Visas\n\nAngelique Mozloom, a developer, said the program works.\n\n\"We hired Jane Terrah in May,\" she said. \"It is hard to convince them.\"\n\n\"It was worth it,\" she added.",
        );
        let speaker_of = |needle: &str| quote_in(&c, needle).1;
        assert_eq!(
            speaker_of("hired Jane").as_deref(),
            Some("Angelique Mozloom")
        );
        assert_eq!(
            speaker_of("hard to convince").as_deref(),
            Some("Angelique Mozloom")
        );
        // Nor is it filed as a person named in an earlier paragraph.
        assert_eq!(speaker_of("worth it").as_deref(), Some("Angelique Mozloom"));
    }

    #[test]
    fn a_pronoun_speaker_is_the_last_person_it_agrees_with() {
        let c = corpus_of(
            "Hillary Clinton spoke in Ohio on Monday.\n\nLater Bernie Sanders arrived at the rally.\n\n\"We will win this state,\" she said.\n\nMs. Warren met Sanders. \"The fight goes on,\" he said.\n\n\"Unity matters,\" Clinton said. \"It always has,\" she added.",
        );
        let speaker_of = |needle: &str| quote_in(&c, needle).1;
        // "she" skips Bernie Sanders, named last, for Hillary Clinton.
        assert_eq!(
            speaker_of("win this state").as_deref(),
            Some("Hillary Clinton")
        );
        // "he" skips Ms. Warren (her title says she is not "he").
        assert_eq!(
            speaker_of("fight goes on").as_deref(),
            Some("Bernie Sanders")
        );
        // A surname alone takes the gender of its full name: "she" is Clinton, not Sanders.
        assert_eq!(speaker_of("always has").as_deref(), Some("Hillary Clinton"));
    }

    #[test]
    fn a_pronoun_speaker_is_no_group_named_like_a_person() {
        let c = corpus_of(
            "Climate\n\n\"We need green financing,\" said Heidi Cullen, chief scientist for the nonprofit environmental organization Climate Central, adding that it will take public money. \"It's going to take actors from every level,\" she said.",
        );
        let speaker = quote_in(&c, "actors from every level").1;
        // Climate Central was named last; a name ending like a group is no "she".
        assert_eq!(speaker.as_deref(), Some("Heidi Cullen"));
        assert!(names_a_group("College Republicans") && names_a_group("Climate Central"));
        assert!(!names_a_group("Heidi Cullen") && !names_a_group("Cullen"));
    }

    #[test]
    fn german_nouns_are_not_names() {
        let c = corpus_of(
            "Neue Regeln für Mieter\n\nDie Bundesregierung hat am Dienstag neue Regeln für Mieter beschlossen, sagte Anna Neumann in Berlin. Mit den Regeln sollen die Mieten langsamer steigen.\n\nDer Mieterbund hält die Pläne für unzureichend und fordert mehr.",
        );
        let names: Vec<(FactKind, &str)> = c.articles[0]
            .facts
            .iter()
            .filter(|f| f.kind.is_entity())
            .map(|f| (f.kind, f.text.as_ref()))
            .collect();
        assert_eq!(
            names,
            [
                (FactKind::Person, "Anna Neumann"),
                (FactKind::Place, "Berlin")
            ],
            "{names:?}"
        );
    }

    #[test]
    fn a_pronoun_speaker_prefers_a_sentence_subject_to_a_name_in_its_object() {
        let c = corpus_of(
            "Senator Ted Cruz criticized Donald Trump on Sunday. \"He is not ready,\" he said.\n\nGovernor John Kasich praised Marco Rubio in Ohio.\n\n\"We need a steady hand,\" he said.",
        );
        let speaker_of = |needle: &str| quote_in(&c, needle).1;
        assert_eq!(speaker_of("not ready").as_deref(), Some("Ted Cruz"));
        assert_eq!(speaker_of("steady hand").as_deref(), Some("John Kasich"));
        // A subject after its title's dot ("Mr. Obama"), and a name that modifies a role is no
        // subject ("Clinton spokeswoman Jennifer Palmieri").
        let c = corpus_of(
            "President Barack Obama met Secretary of State John Kerry on Monday.\n\nMr. Obama said he had instructed Mr. Kerry to keep negotiating with Russia.\n\n\"The faster we can offer relief, the better,\" he said.\n\nHillary Clinton spoke in Ohio. Clinton spokeswoman Jennifer Palmieri dismissed the report. \"Nice try, not true,\" she said.",
        );
        let speaker_of = |needle: &str| quote_in(&c, needle).1;
        assert_eq!(speaker_of("faster").as_deref(), Some("Barack Obama"));
        assert_eq!(speaker_of("Nice try").as_deref(), Some("Jennifer Palmieri"));
    }

    #[test]
    fn a_pronoun_speaker_prefers_a_name_whose_gender_agrees_to_one_no_list_knows() {
        // No subject opens the sentence: Stephanie Ruhle (she) before Carter Page (unknown).
        let c = corpus_of(
            "Stephanie Ruhle interviewed Michael Flynn.\n\nEarlier in the interview, Ruhle pressed Flynn on Russia, citing reports that Carter Page had been investigated. \"It seems so unusual,\" she said.",
        );
        assert_eq!(
            quote_in(&c, "so unusual").1.as_deref(),
            Some("Stephanie Ruhle")
        );
        // From an earlier paragraph: the known woman before a name the lists do not know.
        let c = corpus_of(
            "State Rep. Gilda Cobb-Hunter met the organiser Raynard Jackson on Monday.\n\n\"The black vote is not a monolith,\" she said.",
        );
        assert_eq!(
            quote_in(&c, "monolith").1.as_deref(),
            Some("Gilda Cobb-Hunter")
        );
    }

    #[test]
    fn a_transcript_label_names_the_speaker() {
        assert_eq!(transcript_label("PENCE: Well, look."), Some("PENCE"));
        assert_eq!(transcript_label("JOHN KING: Governor?"), Some("JOHN KING"));
        assert_eq!(transcript_label("VIDEO: the debate"), None);
        assert_eq!(transcript_label("Pence: well"), None);
        assert_eq!(transcript_label("A: yes"), None);
        assert_eq!(transcript_label("no label here"), None);
        let c = corpus_of(
            "Chris Wallace interviewed Mike Pence on Sunday.\n\n\"WALLACE: Do you see those two as equivalent?\"\n\n\"PENCE: Well, the question really should be why.\"\n\n\"RAMOS: Did you lie to them?\"",
        );
        assert_eq!(
            quote_in(&c, "equivalent").1.as_deref(),
            Some("Chris Wallace")
        );
        assert_eq!(
            quote_in(&c, "really should").1.as_deref(),
            Some("Mike Pence")
        );
        // Nobody of that name: the label is kept as written.
        let (q, name) = quote_in(&c, "lie to them");
        assert_eq!(
            (name, q.speaker_as_written.as_deref()),
            (None, Some("RAMOS"))
        );
        // In title case, a label counts when an earlier paragraph names that person in full.
        assert_eq!(named_label("Step One: the plan"), Some("Step One"));
        assert_eq!(named_label("Chris Matthews:Seriously"), None);
        let c = corpus_of(
            "Panel\n\nChris Matthews asked the panel about free college, and Luciana Lopez answered.\n\n\"Chris Matthews: Seriously, how will he pay for the free tuitions at all the great state universities?\"\n\n\"Step One: the plan needs a tax on Wall Street speculation to pay for it all,\" Lopez said.",
        );
        assert_eq!(
            quote_in(&c, "free tuitions").1.as_deref(),
            Some("Chris Matthews")
        );
        assert_eq!(
            quote_in(&c, "tax on Wall Street").1.as_deref(),
            Some("Luciana Lopez")
        );
    }

    #[test]
    fn fact_ids_hash_the_documented_key() {
        for (start, end, h) in [(0, 4, 0u64), (17, 1234, 0xdead_beef), (9, 10, u64::MAX)] {
            let key = format!("date\u{1f}{start}\u{1f}{end}\u{1f}{h:016x}");
            assert_eq!(
                fact_id(FactKind::Date, h, start, end),
                FactId::from_hash(xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
            );
        }
        let id = fact_id(FactKind::Quote, 7, 1, 2);
        assert_eq!(id.as_str().len(), 16);
        assert!(id.as_str().starts_with('f'));
        assert_eq!(FactId::from(&*id.as_str()), id);
    }

    #[test]
    fn ids_read_back_from_their_text() {
        for h in [0u64, 1, 16, 0xdead_beef, u64::MAX] {
            for id in [FactId::from_hash(h), FactId::entity_from_hash(h)] {
                let text = id.to_string();
                assert_eq!(text.len(), 16);
                assert_eq!(FactId::from(text.as_str()), id, "{text}");
            }
        }
        assert_eq!(
            FactId::from_hash(0xdead_beef << 4).to_string(),
            "f0000000deadbeef"
        );
        assert_eq!(
            FactId::entity_from_hash(u64::MAX).to_string(),
            "efffffffffffffff"
        );
        // Short ids written by hand keep their text; longer ones become a hash id.
        for short in ["f1", "x", "", "abcdefg"] {
            assert_eq!(FactId::from(short).to_string(), short);
        }
        let long = FactId::from("custom id");
        assert!(long.to_string().starts_with('x'));
        assert_eq!(long, FactId::from("custom id"));
        assert_ne!(long, FactId::from("custom id2"));
        // Not hex, or a capital: not a hash id.
        assert_ne!(
            FactId::from("f000000000000000g").to_string(),
            "f000000000000000g"
        );
        assert!(
            FactId::from("F0000000deadbeef")
                .to_string()
                .starts_with('x')
        );
    }

    #[test]
    fn id_keys_are_distinct_and_ordered_like_the_ids() {
        let mut ids: Vec<FactId> = [0u64, 1, 16, 17, 0xdead_beef, u64::MAX, u64::MAX - 16]
            .iter()
            .flat_map(|&h| [FactId::from_hash(h), FactId::entity_from_hash(h)])
            .collect();
        ids.sort_by_key(|id| id.to_string());
        ids.dedup();
        // 0 and 1, 16 and 17 share their top 60 bits: five ids per prefix.
        assert_eq!(ids.len(), 10);
        let keys: Vec<u64> = ids.iter().map(FactId::key).collect();
        assert!(keys.is_sorted(), "{ids:?}");
        // Ids compare like their keys.
        assert!(ids.is_sorted());
        let hand = ["x1", "custom id", ""].map(FactId::from);
        assert!(hand.iter().all(|h| h.key() > *keys.last().unwrap()));
    }
}
