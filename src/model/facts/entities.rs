//! Proper-name mentions: people, organisations and places, from capitalisation, titles and roles,
//! gazetteers and context. Sentence-initial capitals, weekdays, months and function words are not
//! names.

use super::FactKind;
use super::gazetteer::Gazetteer;
use super::text::{Token, with_lower};

/// A name found in a block.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub kind: FactKind,
    /// The name as written (without title or possessive).
    pub text: String,
    /// Canonical form from a gazetteer, when known.
    pub canonical: Option<String>,
    /// Title or role written before it ("President"), if any.
    pub title: Option<String>,
    /// Char offsets in the block text.
    pub start: usize,
    pub end: usize,
    /// Token range of the name.
    pub tok_start: usize,
    pub tok_end: usize,
    /// An unknown single word: kept only if linking finds the full name it abbreviates.
    pub weak: bool,
}

/// One paragraph's text, its tokens and the names found in it: what the passes over a whole
/// story (teams, companies) read and retype.
pub struct Paragraph<'p, 't> {
    pub text: &'t str,
    pub tokens: &'p [Token<'t>],
    pub mentions: &'p mut Vec<Mention>,
}

/// A set over a word list, built on first use (the lists are long; lookups are per token).
fn set_of(
    cell: &'static std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
    words: &'static [&'static str],
) -> &'static rustc_hash::FxHashSet<&'static str> {
    cell.get_or_init(|| words.iter().copied().collect())
}

static NOT_NAME_SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::OnceLock::new();
static TIME_SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::OnceLock::new();

/// A word of seven letters or more with an adjective's or a participle's ending
/// ("Controversial", "Economic", "Limited", "Meaningful"), as no name is. (Not "-vic": "Djokovic".)
fn is_adjectival(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "al", "ous", "ive", "ful", "less", "able", "ible", "ary", "ish", "ed", "ic",
    ];
    word_with_ending(word, 7, ENDINGS) && !word.ends_with("vic")
}

/// A word of `min` bytes or more, lower-case after its first letter, that ends in one of
/// `endings`: what English adjectives and adverbs are told by.
fn word_with_ending(word: &str, min: usize, endings: &[&str]) -> bool {
    word.len() >= min
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && endings.iter().any(|e| word.ends_with(e))
}

/// Is the lower-cased word one that never starts or makes a name ("the", "said", "monday"…)?
/// A capitalised "-ing" word of six letters or more ("Calling", "Painting"), not one of the
/// names spelled so ("Sterling Brown", "Manning Marable", "Irving Berlin").
fn is_gerund(word: &str) -> bool {
    const NAMES: &[&str] = &[
        "Sterling",
        "Manning",
        "Harding",
        "Fleming",
        "Browning",
        "Channing",
        "Golding",
        "Redding",
        "Irving",
        "Pershing",
        "Kipling",
        "Cushing",
        "Dowling",
        "Keating",
        "Deming",
        "Darling",
        "Schilling",
        "Spalding",
        "Goering",
        "Gehring",
        "Bowring",
        "Hemming",
        "Cummings",
    ];
    !NAMES.contains(&word)
        && word.len() >= 6
        && word.ends_with("ing")
        && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && word[1..].bytes().all(|b| b.is_ascii_lowercase())
}

/// A name that opens with the Arabic article, written in small letters: "al-Qaeda",
/// "el-Sisi", "al-Shabab".
fn arabic_article(word: &str) -> bool {
    ["al-", "el-", "al‑", "el‑"].iter().any(|p| {
        word.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// A word cut from its "n't" ("Don't", "Won't", "Didn't"): no name.
fn contraction(tokens: &[Token<'_>], s: usize) -> bool {
    tokens
        .get(s + 1)
        .is_some_and(|t| matches!(t.text, "'" | "’"))
        && tokens.get(s + 2).is_some_and(|t| t.text == "t")
}

/// Does a capitalised word end like a plural noun for people or things ("Supporters",
/// "Observers", "Companies", "Millennials", "Allies", "Retirees")?
pub fn looks_plural(word: &str) -> bool {
    const ENDINGS: [&str; 11] = [
        "ers", "ors", "ants", "ents", "ists", "ians", "ies", "als", "ees", "ives", "ites",
    ];
    word.len() >= 5
        && word.chars().skip(1).all(char::is_lowercase)
        && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// A given name at `s` with a gender, followed in its sentence (not past a quote, within 30
/// tokens) by "he"/"his"/"him" or "she"/"her" of that gender.
fn given_name_then_pronoun(tokens: &[Token<'_>], s: usize, g: &Gazetteer) -> bool {
    use super::gazetteer::Gender;
    let Some(Some(gender)) = g.given.get(tokens[s].text) else {
        return false;
    };
    // Not a thing ("nominated for an Oscar for his role"), nor a contraction ("Don't").
    let article = s.checked_sub(1).is_some_and(|p| {
        matches!(
            tokens[p].text.to_ascii_lowercase().as_str(),
            "a" | "an" | "the"
        )
    });
    if article || contraction(tokens, s) {
        return false;
    }
    // (Within 30 tokens: a sentence of thousands of names stays linear.)
    tokens[s + 1..]
        .iter()
        .take(30)
        .take_while(|t| t.sentence == tokens[s].sentence && !matches!(t.text, "\"" | "“" | "”"))
        .filter_map(|t| match t.text.to_ascii_lowercase().as_str() {
            "he" | "his" | "him" | "himself" => Some(Gender::Male),
            "she" | "her" | "hers" | "herself" => Some(Gender::Female),
            _ => None,
        })
        .next()
        == Some(*gender)
}

/// The US state or Canadian province that token `i` abbreviates, in the news agencies' style,
/// when it follows a capitalised town and a comma ("Waycross, Ga.", "Bear Head, N.S.") or
/// stands in parentheses ("Sen. Ted Cruz (Tex.)").
/// (Alone, "Ga", "Miss." or "Pa" name nothing.)
fn state_after_town(tokens: &[Token<'_>], i: usize) -> Option<&'static str> {
    const STATES: &[(&str, &str)] = &[
        ("Ala", "Alabama"),
        ("Ariz", "Arizona"),
        ("Ark", "Arkansas"),
        ("Calif", "California"),
        ("Colo", "Colorado"),
        ("Conn", "Connecticut"),
        ("Del", "Delaware"),
        ("Fla", "Florida"),
        ("Ga", "Georgia"),
        ("Ill", "Illinois"),
        ("Ind", "Indiana"),
        ("Kan", "Kansas"),
        ("Kans", "Kansas"),
        ("Ky", "Kentucky"),
        ("La", "Louisiana"),
        ("Md", "Maryland"),
        ("Mass", "Massachusetts"),
        ("Mich", "Michigan"),
        ("Minn", "Minnesota"),
        ("Miss", "Mississippi"),
        ("Mo", "Missouri"),
        ("Mont", "Montana"),
        ("Neb", "Nebraska"),
        ("Nev", "Nevada"),
        ("N.H", "New Hampshire"),
        ("N.J", "New Jersey"),
        ("N.M", "New Mexico"),
        ("N.Y", "New York"),
        ("N.C", "North Carolina"),
        ("N.D", "North Dakota"),
        ("Okla", "Oklahoma"),
        ("Ore", "Oregon"),
        ("Pa", "Pennsylvania"),
        ("R.I", "Rhode Island"),
        ("S.C", "South Carolina"),
        ("S.D", "South Dakota"),
        ("Tenn", "Tennessee"),
        ("Tex", "Texas"),
        ("Vt", "Vermont"),
        ("Va", "Virginia"),
        ("Wash", "Washington"),
        ("W.Va", "West Virginia"),
        ("Wis", "Wisconsin"),
        ("Wyo", "Wyoming"),
        ("D.C", "District of Columbia"),
        ("Alta", "Alberta"),
        ("B.C", "British Columbia"),
        ("Man", "Manitoba"),
        ("N.B", "New Brunswick"),
        ("Nfld", "Newfoundland and Labrador"),
        ("N.S", "Nova Scotia"),
        ("Ont", "Ontario"),
        ("P.E.I", "Prince Edward Island"),
        ("Que", "Quebec"),
        ("Sask", "Saskatchewan"),
    ];
    let t = &tokens[i];
    // "Ga." is two tokens or one ("N.S."); the dot is what makes it an abbreviation.
    let (word, dotted) = match t.text.strip_suffix('.') {
        Some(w) => (w, true),
        None => (
            t.text,
            tokens
                .get(i + 1)
                .is_some_and(|n| n.text == "." && n.start == t.end),
        ),
    };
    let after_town = i >= 2
        && tokens[i - 1].text == ","
        && tokens[i - 2].is_capitalised()
        && tokens[i - 2].sentence == t.sentence;
    // "Sen. Ted Cruz (Tex.)": a lawmaker's state, in parentheses after the name.
    let close = if t.text.ends_with('.') { i + 1 } else { i + 2 };
    let in_parentheses =
        i >= 1 && tokens[i - 1].text == "(" && tokens.get(close).is_some_and(|c| c.text == ")");
    if !dotted || !(after_town || in_parentheses) {
        return None;
    }
    STATES
        .iter()
        .find(|(a, _)| *a == word)
        .map(|(_, name)| *name)
}

/// First words of the names of movements and armed groups.
const MOVEMENT_HEADS: &[&str] = &[
    "Ansar", "Jabhat", "Harakat", "Hizb", "Jaish", "Lashkar", "Tehrik", "Jamaat", "Jemaah",
];

/// "4th", "170th", "2nd", "21st".
fn ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

fn is_not_name(lower: &str) -> bool {
    set_of(&NOT_NAME_SET, NOT_NAMES).contains(lower)
}

const NOT_NAMES: &[&str] = &[
    // Greek and Russian articles and prepositions, capitalised opening a sentence: "Ο Θωμάς
    // Μοσχόπουλος", "Το ΚΕΕΛΠΝΟ", "В Харькове" (in Latin script a word such as "Le" or "La"
    // opens names: "Le Pen", "La Raza").
    "ο",
    "η",
    "το",
    "οι",
    "τα",
    "τον",
    "την",
    "τη",
    "του",
    "της",
    "των",
    "στο",
    "στη",
    "στην",
    "στον",
    "στα",
    "στις",
    "στους",
    "από",
    "για",
    "με",
    "σε",
    "και",
    "ένας",
    "μια",
    "ένα",
    "в",
    "на",
    "с",
    "по",
    "о",
    "об",
    "из",
    "к",
    "и",
    "у",
    "за",
    "от",
    "для",
    "во",
    "со",
    "при",
    "outside",
    "inside",
    "behind",
    "across",
    "amidst",
    "along",
    "around",
    "throughout",
    "via",
    "beneath",
    "below",
    "above",
    "underneath",
    "alongside",
    "onto",
    "between",
    "beyond",
    "unlike",
    "toward",
    "towards",
    "upon",
    "besides",
    "whereas",
    "several",
    "various",
    "numerous",
    "unless",
    "instead",
    "indeed",
    "perhaps",
    "maybe",
    "often",
    "whenever",
    "nor",
    "neither",
    "either",
    "whoever",
    "whatever",
    // An honorific after a title ("Maulvi Sahib"), no name.
    "sahib",
    // Sentence openers before a verb of speech or a name: "Having said that, …", "Simply
    // saying …", "Given how liberal he is", "Right? Not a serious candidate."
    "having",
    "being",
    "given",
    "simply",
    "frankly",
    "honestly",
    "clearly",
    "obviously",
    "basically",
    "seriously",
    "right",
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "nobody",
    "nothing",
    "everything",
    "something",
    "anything",
    "happened",
    "o.k.",
    "almost",
    "nearly",
    "otherwise",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "for",
    "to",
    "by",
    "with",
    "from",
    "as",
    "after",
    "before",
    "during",
    "while",
    "when",
    "if",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "what",
    "which",
    "who",
    "why",
    "how",
    "such",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    // "Much of Beck’s ire", "Few of Trump’s aides", "None of Clinton’s emails".
    "much",
    "few",
    "none",
    "any",
    "plenty",
    "lots",
    "other",
    "another",
    "one",
    "two",
    "three",
    "following",
    "according",
    "meanwhile",
    "however",
    "also",
    "since",
    "despite",
    "although",
    "under",
    "over",
    "against",
    "among",
    "amid",
    "noting",
    "addressing",
    "ahead",
    "regarding",
    "earlier",
    "later",
    "last",
    "next",
    "then",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "no",
    "not",
    "yes",
    "my",
    "your",
    "me",
    "him",
    "them",
    "us",
    "said",
    "says",
    "asked",
    "like",
    "just",
    "only",
    "even",
    "still",
    "more",
    "less",
    "because",
    "about",
    "into",
    "through",
    "until",
    "without",
    "within",
    "up",
    "down",
    "out",
    "off",
    "again",
    "further",
    "once",
    "every",
    "any",
    "few",
    "own",
    "same",
    "than",
    "too",
    "very",
    "can",
    "will",
    "would",
    "should",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "let",
    "where",
    "whether",
    "though",
    "thus",
    "therefore",
    "instead",
    "indeed",
    "perhaps",
    "please",
    "well",
    "oh",
    "dear",
    "yours",
    "sincerely",
    "chapter",
    "section",
    "figure",
    "table",
    "page",
    "note",
    "update",
    "read",
    "see",
    "watch",
    "click",
    "share",
    "photo",
    "video",
    "ok",
    "hi",
    "hello",
    "thanks",
    "thank",
    "sorry",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "new",
    "old",
    "first",
    "second",
    "third",
    "final",
    "former",
    "current",
    "live",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "editorial",
    "comment",
    "interview",
    "report",
    "story",
    "news",
    "today's",
    "tonight",
    "morning",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "years",
    "day",
    "days",
    "time",
    "ai",
    // The network itself is no name ("Internet addiction", "on the Web").
    "internet",
    // Units written in capitals ("a 2.8 GHz Quad-Core Xeon", "4 GB of memory").
    "ghz",
    "mhz",
    "khz",
    "gb",
    "tb",
    "mb",
    "mbps",
    "gbps",
    "kwh",
    // Number words.
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    // Plural common nouns that open sentences before a speech verb ("Analysts said").
    "analysts",
    "traders",
    "dealers",
    "officials",
    "witnesses",
    "eyewitnesses",
    "newspapers",
    "others",
    "sources",
    "police",
    "residents",
    "experts",
    "economists",
    "diplomats",
    "investors",
    "critics",
    "doctors",
    "workers",
    "officers",
    "soldiers",
    "rebels",
    "authorities",
    "aides",
    "organisers",
    "organizers",
    "protesters",
    "researchers",
    "scientists",
    "lawyers",
    "prosecutors",
    "players",
    "fans",
    "users",
    "parents",
    "students",
    "teachers",
    "voters",
    "people",
    "everyone",
    "someone",
    "nobody",
    "many",
    "some",
    "most",
    "both",
    "all",
];

/// Common nouns that, right before a name, say it is an organisation.
const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "giant",
    "agency",
    "distributor",
    "maker",
    "carmaker",
    "automaker",
    "retailer",
    "carrier",
    "airline",
    "bank",
    "lender",
    "insurer",
    "newspaper",
    "daily",
    "weekly",
    "broadcaster",
    "club",
    "team",
    "side",
    "publisher",
    "conglomerate",
    "chain",
    "operator",
    "developer",
    "brokerage",
    "manufacturer",
    "producer",
    "supplier",
    "exporter",
    "importer",
    "utility",
    "consortium",
    "network",
    "channel",
    "magazine",
    "journal",
    "tabloid",
    "website",
    "startup",
    "subsidiary",
    "outfit",
    "label",
    "studio",
    "franchise",
];

/// Plural nouns before a name of two words or more and no given name that make it a club, by
/// its place in a table or a fixture: "title contenders Deportivo Coruna", "visitors Lada
/// Togliatti" (not "rivals Ted Cruz and John Kasich").
const CLUB_PLURALS: &[&str] = &[
    "contenders",
    "rivals",
    "champions",
    "holders",
    "hosts",
    "visitors",
    "opponents",
    "neighbours",
    "strugglers",
    "newcomers",
];

/// Last words that make a capitalised phrase an event, a contest or a record, not a person
/// ("World Cup", "Grand Prix", "World Record").
const NOT_PEOPLE_LAST: &[&str] = &[
    "Cup",
    "Championship",
    "Championships",
    "Games",
    "Olympics",
    "Open",
    "Prix",
    "Record",
    "Tour",
    "Trophy",
    "Series",
    "Award",
    "Awards",
    "Prize",
    "Festival",
    "War",
    "Wars",
    "Act",
    "Treaty",
    "Accord",
    "Agreement",
    "Index",
    "Day",
    "Week",
    "Summit",
    "Conference",
    "Group",
    "Division",
    "Round",
    "Final",
    "Finals",
    "Standings",
    "Results",
    "Digest",
    // Events, laws, programmes and documents.
    "Convention",
    "Amendment",
    "Initiative",
    "Program",
    "Programme",
    "Project",
    "Show",
    "Recession",
    "Depression",
    "Crisis",
    "Revolution",
    "Election",
    "Elections",
    "Primary",
    "Caucuses",
    "Debate",
    "Doctrine",
    "Report",
    "Marathon",
    "Expo",
    "Policy",
    "Debates",
    "Book",
    "Tax",
    "Partnership",
    "Plan",
    "Strategy",
    "Memo",
    "Manifesto",
    "Platform",
    "Protocol",
    "Declaration",
    "Resolution",
    "Charter",
    "Pact",
    // Games and contests: "the Rose Bowl", "the Memorial Classic".
    "Bowl",
    "Classic",
    "Invitational",
    "Tournament",
];

/// Words of accounts and tables that no person's name holds.
const TABLE_WORDS: &[&str] = &[
    "Income",
    "Revenue",
    "Revenues",
    "Data",
    "Numbers",
    "Summary",
    "Amount",
    "Coupon",
    "Yield",
    "Profit",
    "Shares",
    "Per",
    "Total",
    "Average",
    "Overnight",
    "Except",
    "Earnings",
    "Dividend",
    "Dividends",
    "Quarter",
    "Forecast",
    "Estimates",
    "Net",
    "Figures",
];

fn last_word(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// Acronyms that are common nouns, not organisations.
const NOT_ORGS: &[&str] = &[
    "MOU", "MOUs", "AI", "CEO", "GDP", "TV", "PM", "AM", "COVID", "DNA", "ID", "IT", "VAT", "FTA",
    "OK", "CPI", "IPO", "EV", "EVs", "LNG", "GMT", "UTC", "US$", "AIDS", "HIV", "GNP", "CFO",
    "COO", "CTO", "DUI", "RNA", "PTSD", "MRI", "ICU", "SUV", "SUVs", "PC", "PCs", "TVs", "CEOs",
    "DVD", "CD", "GPS", "PDF", "URL", "USB", "WiFi", "Wi-Fi", "VIP", "VIPs", "MVP", "RBI", "ERA",
    "ATM", "ATMs", "LGBT", "LGBTQ", "HD", "HDTV", "LCD", "LED", "OLED", "CPU", "GPU", "RAM", "SSD",
    "OS", "SMS", "MP3", "API", "FAQ", "DIY", "HR", "PR", "QB", "TD", "TDs", "ER", "MBA", "PhD",
    "CV", "IQ", "IVF", "UFO", "UV", "FM", "3D", "3G", "4G", "5G", "LTE", "VR", "ETF", "ETFs",
    "EPS", "ROI", "DWI", "ADHD", "BMI", "HPV", "COPD", "VP", "POTUS", "FLOTUS", "HQ", "RSVP",
    "NDA", "GOTV", "PSA", "PPE", "GPA",
];

/// Time zones ("at 10pm AEDT") and honours ("was made an OBE"): codes, not organisations.
const ZONES_AND_HONOURS: &[&str] = &[
    "EST", "EDT", "PST", "PDT", "CST", "CDT", "MST", "MDT", "AEDT", "AEST", "BST", "CET", "CEST",
    "JST", "KST", "HKT", "SGT", "MBE", "OBE", "CBE", "KBE", "DBE",
];

/// Presidents and leaders known by their initials: people, not organisations.
const PEOPLE_BY_INITIALS: &[&str] = &["FDR", "JFK", "RFK", "LBJ", "MLK", "AOC", "RBG"];

const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "christmas",
    "easter",
    "ramadan",
];

const CONNECTORS: &[&str] = &[
    "of", "de", "del", "della", "da", "di", "dos", "das", "van", "von", "der", "den", "ten", "ter",
    "al", "bin", "ibn", "la", "le", "du", "for", "&", "the",
];

/// Verbs that, right after a capitalised word, show it is someone acting (besides speech verbs).
const ACTION_VERBS: &[&str] = &[
    "met",
    "visited",
    "spoke",
    "agreed",
    "invited",
    "held",
    "hopes",
    "hoped",
    "believes",
    "thinks",
    "sees",
    "expects",
    "wants",
    "was",
    "is",
    "has",
    "had",
    "will",
    "would",
    "welcomed",
    "expressed",
];

fn speech(word: &str) -> bool {
    super::quotes::SPEECH.contains(&word)
}

/// A verb of speech at token `e`, perhaps after an adverb: "Lebed said", "Byrne also wrote",
/// "Stevens later told".
pub(super) fn speech_follows(tokens: &[Token<'_>], e: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text);
    let adverb = super::quotes::SPEECH_ADVERBS.contains(&word(e));
    speech(word(e)) || (adverb && speech(word(e + 1)))
}

/// A particle of a surname, in lower case: "de Blasio", "von der Leyen", "ten Hag".
pub(super) fn surname_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "la"
            | "le"
            | "du"
            | "del"
            | "della"
            | "des"
            | "da"
            | "di"
            | "ten"
            | "ter"
    )
}

/// A word that joins the words of a name ("of", "de", "van", "&"), in any case.
fn is_connector(word: &str) -> bool {
    word.len() <= 5 && with_lower(word, |l| CONNECTORS.contains(&l))
}

fn lower<'a>(t: &Token<'a>) -> std::borrow::Cow<'a, str> {
    super::text::lower(t.text)
}

/// A function word or verb capitalised by headline case ("Obama Says Museum Will Tell", "Who
/// Once Mocked"): it is never part of a name, and splits a run of capitals. ("Will" and "May" are
/// names and months too, and are left alone.)
fn headline_word(t: &Token<'_>) -> bool {
    const WORDS: &[&str] = &[
        "Says", "Said", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "To", "For", "With",
        "And", "Or", "But", "Not", "Once", "After", "Before", "Over", "Into", "From", "By", "As",
        "How", "Why", "What", "Who", "Vs", "About", "Against", "Amid", "Could", "Should", "Can",
        "Might", "Must", "Gets", "Takes", "Makes", "Wins", "Loses", "Slams", "Blasts", "Calls",
        "Wants", "Tells", "Warns", "Backs", "Its", "His", "Her", "Their", "Be", "Been", "Being",
    ];
    t.text.len() <= 7 && t.text.as_bytes()[0].is_ascii_uppercase() && WORDS.contains(&t.text)
}

fn is_name_token(t: &Token<'_>) -> bool {
    if !t.is_word() || !(t.is_capitalised() || arabic_article(t.text)) {
        return false;
    }
    // Time words are ASCII and at most nine letters: anything else is not one.
    super::text::ascii_lower(t.text, &mut [0u8; 9])
        .is_none_or(|l| !set_of(&TIME_SET, TIME_WORDS).contains(l))
}

impl Mention {
    /// The name's words, lower-cased: how the passes over a whole story know a name again
    /// ("LEICESTERSHIRE", "Leicestershire").
    pub fn words_lower(&self) -> Vec<String> {
        self.text.split(' ').map(str::to_lowercase).collect()
    }

    /// The mention of tokens `s..e` (no title, not weak).
    pub(super) fn of(
        tokens: &[Token<'_>],
        text: &str,
        s: usize,
        e: usize,
        kind: FactKind,
        canonical: Option<String>,
    ) -> Mention {
        Mention {
            kind,
            text: text[tokens[s].bstart..tokens[e - 1].bend].to_string(),
            canonical,
            title: None,
            start: tokens[s].start,
            end: tokens[e - 1].end,
            tok_start: s,
            tok_end: e,
            weak: false,
        }
    }
}

/// A wire dateline's place ("Cleveland (AFP) – …", left in its paragraph) is a place, known to
/// the lists or not: the mention at the paragraph's start becomes one, or one is added.
pub fn dateline_place(tokens: &[Token<'_>], text: &str, place: &str, out: &mut Vec<Mention>) {
    if !text.starts_with(place) {
        return;
    }
    let e = tokens.iter().take_while(|t| t.bend <= place.len()).count();
    if e == 0 || tokens[e - 1].bend != place.len() {
        return;
    }
    let canonical = Gazetteer::get().place(place).map(str::to_string);
    match out.iter_mut().find(|m| m.tok_start == 0) {
        Some(m) if m.tok_end == e => {
            m.kind = FactKind::Place;
            m.weak = false;
            m.title = None;
            if canonical.is_some() {
                m.canonical = canonical;
            }
        }
        Some(_) => {}
        None => out.insert(
            0,
            Mention::of(tokens, text, 0, e, FactKind::Place, canonical),
        ),
    }
}

/// Adds the surnames that open a sentence ("Clinton received 38 percent."), which [`find`]
/// cannot tell from any capitalised word, when the article has named the person in full
/// before or in this paragraph (`surnames`, from "Hillary Clinton"). They are weak: linking
/// still has to resolve them to that full name.
pub fn add_known_surnames(
    tokens: &[Token<'_>],
    text: &str,
    mentions: &mut Vec<Mention>,
    surnames: &rustc_hash::FxHashSet<String>,
) {
    if surnames.is_empty() {
        return;
    }
    let mut added = false;
    for (k, t) in tokens.iter().enumerate() {
        if !is_name_token(t) || !surnames.contains(t.text) {
            continue;
        }
        // Mid-sentence, a surname no mention covers is one the name rules set aside as a title
        // ("Billie Jean King … said King"; "John Major … Major said"), unless it is the office
        // ("the King"). The first word of a quotation is capitalised as a sentence's is, when
        // the quotation goes on ("“Bush’s speech is…”, not a title: "“Unplugged,”").
        let quoted = opens_quote(tokens, text, k) && quotation_goes_on(tokens, k);
        if !(t.sentence_start || quoted)
            && (!Gazetteer::get().is_title(t.text)
                || k > 0 && matches!(tokens[k - 1].text, "the" | "The" | "a" | "A" | "an" | "An"))
        {
            continue;
        }
        // One word only: "Clinton Foundation" is another name. (A title after it is the
        // holder's: "Clinton Communications Director Jennifer Palmieri".)
        if tokens
            .get(k + 1)
            .is_some_and(|n| n.sentence == t.sentence && is_name_token(n))
            && !title_follows(tokens, k + 1)
        {
            continue;
        }
        if mentions.iter().any(|m| m.tok_start <= k && k < m.tok_end) {
            continue;
        }
        mentions.push(Mention {
            weak: true,
            ..Mention::of(tokens, text, k, k + 1, FactKind::Person, None)
        });
        added = true;
    }
    if added {
        mentions.sort_by_key(|m| m.tok_start);
    }
}

/// Finds the proper-name mentions in one block's tokens.
pub fn find(tokens: &[Token<'_>], text: &str) -> Vec<Mention> {
    let g = Gazetteer::get();
    let mut out = Vec::new();
    // Capitalised words that appear mid-sentence somewhere in this block: evidence that a
    // sentence-initial occurrence is a name too.
    let teams = score_lines(tokens, text, g);
    let title_case = is_title_case(tokens);
    let headline = title_case && has_headline_capitals(tokens);
    let mut i = 0;
    if let Some(end) = dateline_town(tokens, g) {
        out.push(Mention::of(tokens, text, 0, end, FactKind::Place, None));
        i = end;
    }
    while i < tokens.len() {
        // "Waycross, Ga.", "Moline, Ill.", "Halifax, N.S.", "(Tex.)": a state or province,
        // abbreviated after its town or a lawmaker's name.
        if let Some(state) = state_after_town(tokens, i) {
            let canonical = Some(state.to_string());
            // (With its dot: "Ga.".)
            let end = if tokens[i].text.ends_with('.') {
                i + 1
            } else {
                i + 2
            };
            out.push(Mention::of(
                tokens,
                text,
                i,
                end,
                FactKind::Place,
                canonical,
            ));
            i = end;
            continue;
        }
        // George "Jay" Keyworth, Hector "Macho" Camacho: a nickname in quotes between a given
        // name and a surname is the person's, one name.
        if let Some(end) = nicknamed(tokens, i, g) {
            out.push(Mention::of(tokens, text, i, end, FactKind::Person, None));
            i = end;
            continue;
        }
        // "al Qaeda": the article apart, before a name the list knows.
        if tokens[i].text == "al"
            && let Some(next) = tokens.get(i + 1).filter(|t| t.is_capitalised())
            && let Some(c) = g.org(&text[tokens[i].bstart..next.bend])
        {
            let canonical = Some(c.to_string());
            out.push(Mention::of(
                tokens,
                text,
                i,
                i + 2,
                FactKind::Organization,
                canonical,
            ));
            i += 2;
            continue;
        }
        // "told the Guardian", "the Economist reported": a one-word title the list writes with
        // "The", after a lower-case "the". ("the Hill", "the Sun", "the Atlantic": the paper only
        // where it is told, cited or reports.)
        if tokens[i].text == "the"
            && let Some(next) = tokens
                .get(i + 1)
                .filter(|t| t.is_capitalised() && t.sentence == tokens[i].sentence)
            && tokens
                .get(i + 2)
                .is_none_or(|t| t.sentence != next.sentence || !t.is_capitalised())
            && let Some(c) = g.org(&text[tokens[i].bstart..next.bend])
            && (!matches!(next.text, "Hill" | "Sun" | "Atlantic" | "Independent")
                || cites_a_paper(tokens, i))
        {
            out.push(Mention::of(
                tokens,
                text,
                i + 1,
                i + 2,
                FactKind::Organization,
                Some(c.to_string()),
            ));
            i += 2;
            continue;
        }
        // "Interstate 95", "Route 66", "Highway 1": a road named by its number.
        if matches!(tokens[i].text, "Interstate" | "Route" | "Highway")
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit()))
        {
            out.push(Mention::of(tokens, text, i, i + 2, FactKind::Place, None));
            i += 2;
            continue;
        }
        // "Channel 4", "Channel 9 News": a broadcaster named by its number.
        if tokens[i].text == "Channel"
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit()))
        {
            let end = if tokens.get(i + 2).is_some_and(|t| t.text == "News") {
                i + 3
            } else {
                i + 2
            };
            out.push(Mention::of(
                tokens,
                text,
                i,
                end,
                FactKind::Organization,
                None,
            ));
            i = end;
            continue;
        }
        if !is_name_token(&tokens[i]) || headline_word(&tokens[i]) || contraction(tokens, i) {
            i += 1;
            continue;
        }
        if let Some(&(_, end)) = teams.iter().find(|t| t.0 == i) {
            let name = &text[tokens[i].bstart..tokens[end - 1].bend];
            let canonical = g.org(name).map(|c| c.to_string());
            out.push(Mention::of(
                tokens,
                text,
                i,
                end,
                FactKind::Organization,
                canonical,
            ));
            i = end;
            continue;
        }
        // Grow a run of capitalised tokens, allowing connectors between them.
        let start = i;
        let mut end = i + 1;
        loop {
            if end < tokens.len()
                && is_name_token(&tokens[end])
                && !headline_word(&tokens[end])
                && tokens[end].sentence == tokens[start].sentence
                // (A table's columns: "Clinton        Obama      Edwards" are three names.)
                && !column_gap(&text[tokens[end - 1].bend..tokens[end].bstart])
            {
                end += 1;
                continue;
            }
            // "Sen. Bernie Sanders": an abbreviated title's dot does not end the name, nor does
            // a saint's or a mount's ("St. Louis", "Mt. Everest").
            if end + 1 < tokens.len()
                && tokens[end].text == "."
                && (super::text::is_honorific(tokens[end - 1].text)
                    || super::text::is_saint(tokens[end - 1].text))
                && is_name_token(&tokens[end + 1])
                && tokens[end + 1].sentence == tokens[start].sentence
            {
                end += 2;
                continue;
            }
            if end + 1 < tokens.len()
                && is_connector(tokens[end].text)
                && is_name_token(&tokens[end + 1])
                && tokens[end]
                    .text
                    .chars()
                    .all(|c| c.is_lowercase() || c == '&')
                // "Daniels Pharmaceuticals Inc of St. Louis": a company's suffix ends its name.
                && !super::companies::legal_form(tokens[end - 1].text)
                // "with Technion for China's first university": "for" a place's something is
                // the sentence's ("Democracy for America's director" is the group's: America
                // ends many a group's name).
                && !(tokens[end].text == "for"
                    && tokens[end + 1].text != "America"
                    && g.is_place(tokens[end + 1].text)
                    && text[tokens[end + 1].bend..].starts_with(['\'', '’']))
                // "left Penn State for Ohio State", "New York City for Boston": after a place's
                // word "for" is the sentence's (not "Secretary of State for Health").
                && !(tokens[end].text == "for"
                    && g.place_words.contains(tokens[end - 1].text)
                    && !tokens[start..end].iter().any(|t| t.text == "of"))
                // "Karlsruhe of Germany", "Prices of U.S. Treasury": one plain word "of" a
                // place is two names (not "Bank of England", "Duke of York", "Gulf of Mexico").
                // (Nor an acronym's chapter, "ACLU of Oregon", nor a company that goes on,
                // "First of Michigan Corp".)
                && !(tokens[end].text == "of"
                    && end == start + 1
                    && !all_caps(&tokens[start])
                    && !g.org_words.contains(tokens[start].text)
                    && !g.place_words.contains(tokens[start].text)
                    && !PLACE_HEADS.contains(&tokens[start].text)
                    && !g.is_title(tokens[start].text)
                    && !NOBLE.contains(&tokens[start].text)
                    && g.is_place(tokens[end + 1].text)
                    && !tokens
                        .get(end + 2)
                        .is_some_and(|t| t.sentence == tokens[end].sentence && is_name_token(t)))
            {
                end += 2;
                continue;
            }
            // "Rio Grande do Sul", "José do Nascimento": Portuguese "do" joins a known place's
            // name, or a given name to a surname (not English: "Did Trump do Anything").
            if end + 1 < tokens.len()
                && tokens[end].text == "do"
                && is_name_token(&tokens[end + 1])
                && tokens[end + 1].sentence == tokens[start].sentence
                && (g.given.contains_key(tokens[end - 1].text)
                    || (start..end)
                        .any(|a| g.is_place(&text[tokens[a].bstart..tokens[end + 1].bend])))
            {
                end += 2;
                continue;
            }
            // "Ursula von der Leyen", "Joost van der Westhuizen", "Oscar de la Hoya": two
            // particles join a given name to a surname.
            if end + 2 < tokens.len()
                && matches!(
                    tokens[end].text,
                    "van" | "von" | "de" | "di" | "da" | "bin" | "ibn"
                )
                && matches!(
                    tokens[end + 1].text,
                    "der" | "den" | "de" | "la" | "le" | "los" | "las" | "al" | "el"
                )
                && is_name_token(&tokens[end + 2])
                && tokens[end + 2].sentence == tokens[start].sentence
            {
                end += 3;
                continue;
            }
            // "Securities and Exchange Commission", "Organisation for Security and Cooperation
            // in Europe": a known organisation's name goes on through "and" or "in".
            if let Some(known) = known_org_through(tokens, text, (start, end), g) {
                end = known;
                continue;
            }
            // "Institute for the Study of Human Rights", "Museum of the Moving Image": an
            // institution's name goes on through "for the" / "of the".
            if end + 2 < tokens.len()
                && matches!(tokens[end].text, "of" | "for")
                && tokens[end + 1].text == "the"
                && is_name_token(&tokens[end + 2])
                && tokens[end + 2].sentence == tokens[start].sentence
                // ("… for the Protection of the Constitution": the name goes on.)
                && (start..end).any(|k| g.org_words.contains(tokens[k].text))
                // (Not a company "of the United States", nor a second body, "Directorate of
                // the Department of …".)
                && !super::companies::legal_form(tokens[end - 1].text)
                && !g.org_words.contains(tokens[end + 2].text)
                && !(end + 2..(end + 5).min(tokens.len()))
                    .any(|k| g.is_place(&text[tokens[end + 2].bstart..tokens[k].bend]))
            {
                end += 3;
                continue;
            }
            // "Pakistan People's Party", "Professional Footballers' Association": a plural's
            // possessive before an organisation's word is inside the name.
            if let Some(next) = plural_possessive_org(tokens, start, end, g) {
                end = next;
                continue;
            }
            // "Democratic People's Republic of Korea": a known name goes on through "'s".
            if let Some(known) = known_through_possessive(tokens, text, (start, end), g) {
                end = known;
                continue;
            }
            // "Institute for Science and International Security": an institution "for" or "of"
            // something goes on through "and" to a second capitalised field (not to a person:
            // "the Center for Science and Bill Smith").
            if end + 1 < tokens.len()
                && tokens[end].text == "and"
                && is_name_token(&tokens[end + 1])
                && tokens[end + 1].sentence == tokens[start].sentence
                && !g.given.contains_key(tokens[end + 1].text)
                // (Nor to a people, "the Center for American Progress and Americans for
                // Prosperity".)
                && !(tokens[end + 1].text.ends_with('s')
                    && with_lower(tokens[end + 1].text.trim_end_matches('s'), |l| {
                        g.demonyms.contains_key(l)
                    }))
                && {
                    // (Nor to a name the lists know: "the Center for Responsive Politics and USA
                    // TODAY".)
                    let last = (end + 1..tokens.len())
                        .take_while(|&j| is_name_token(&tokens[j]))
                        .last()
                        .unwrap_or(end + 1);
                    let after = &text[tokens[end + 1].bstart..tokens[last].bend];
                    g.org(after).is_none() && !g.is_place(after)
                }
                && (start + 1..end).any(|k| {
                    matches!(tokens[k].text, "for" | "of")
                        && g.org_words.contains(tokens[k - 1].text)
                        // (Not "Port Authority of New York and New Jersey", "… Union of Ohio
                        // and Demos": a place after "of" ends the name.)
                        && !(tokens[k].text == "of"
                            && k + 1 < end
                            && g.is_place(&text[tokens[k + 1].bstart..tokens[end - 1].bend]))
                })
            {
                end += 2;
                continue;
            }
            break;
        }
        // "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY IN OLYMPIC VILLAGE The team cited …": a
        // headline in capitals run into its text is headline case up to the first word that is
        // not in capitals.
        let caps_head = tokens[start..end]
            .iter()
            .take_while(|t| all_caps(t))
            .count();
        let start = if caps_head >= 3 && start + caps_head < end {
            known_in_caps(tokens, text, start, start + caps_head, g, &mut out);
            start + caps_head
        } else {
            start
        };
        // "post-World War II", "the pre-Civil War South": an era's name opens in the word
        // before; its tail ("War II") names nothing. Nor does a clock's zone: "all times
        // Eastern Daylight Time".
        let era = start > 0
            && (tokens[start - 1].text.starts_with("post-")
                || tokens[start - 1].text.starts_with("pre-"))
            && tokens[start - 1].text[4..]
                .trim_start_matches('-')
                .starts_with(char::is_uppercase);
        let zone = end - start >= 2
            && tokens[end - 1].text == "Time"
            && matches!(
                tokens[start].text,
                "Eastern"
                    | "Central"
                    | "Mountain"
                    | "Pacific"
                    | "Greenwich"
                    | "Atlantic"
                    | "British"
                    | "Korea"
                    | "Japan"
                    | "China"
                    | "Indian"
            );
        if era || zone {
            // (Nothing to name.)
        } else if end - start >= 2 && tokens[start..end].iter().all(all_caps) {
            known_in_caps(tokens, text, start, end, g, &mut out);
        } else if title_case {
            for (a, b) in headline_names(tokens, text, (start, end), headline, g) {
                split_run(tokens, text, a, b, g, &mut out);
            }
        } else {
            split_run(tokens, text, start, end, g, &mut out);
        }
        i = end;
    }
    // "the Party's platform", "the Committee", ", Inc.": the head of some organisation's name,
    // standing alone, names none. (Unless its field follows: "the Commission on Presidential
    // Debates" is one name, of which the head is the part found.)
    out.retain(|m| {
        let field_after = tokens
            .get(m.tok_end)
            .is_some_and(|t| matches!(t.text, "on" | "for"))
            && tokens
                .get(m.tok_end + 1)
                .is_some_and(|t| t.is_capitalised());
        !(m.kind == FactKind::Organization
            && m.tok_end == m.tok_start + 1
            && is_generic_head(&m.text)
            && g.org(&m.text).is_none()
            && !field_after)
    });
    coordinated_orgs(tokens, text, g, &mut out);
    joined_names(tokens, g, &mut out);
    out
}

/// "the EU-Turkey deal", "the Mexico-U.S. border": places or organisations the lists know,
/// joined by a hyphen in one word, are each named ("Guinea-Bissau", known whole, stays one).
fn joined_names(tokens: &[Token<'_>], g: &Gazetteer, out: &mut Vec<Mention>) {
    let mut added = false;
    for (k, t) in tokens.iter().enumerate() {
        if !t.text.contains('-')
            || !t.is_capitalised()
            || g.is_place(t.text)
            || out.iter().any(|m| m.tok_start <= k && k < m.tok_end)
        {
            continue;
        }
        let kind_of = |part: &str| {
            if g.is_place(part) {
                Some(FactKind::Place)
            } else if g.org(part).is_some() {
                Some(FactKind::Organization)
            } else {
                None
            }
        };
        let parts: Vec<&str> = t.text.split('-').collect();
        let kinds: Vec<Option<FactKind>> = parts.iter().map(|p| kind_of(p)).collect();
        // "Sen. Chris Murphy, D-Conn.", "(R-S.C.)": a party's letter, then the member's state.
        let party = parts.len() == 2
            && matches!(parts[0], "R" | "D" | "I")
            && kinds[1] == Some(FactKind::Place);
        if parts.len() < 2 || (kinds.iter().any(Option::is_none) && !party) {
            continue;
        }
        let mut char_at = t.start;
        for (n, (part, kind)) in parts.iter().zip(kinds).enumerate() {
            if party && n == 0 {
                char_at += part.chars().count() + 1;
                continue;
            }
            let kind = kind.unwrap_or(FactKind::Place);
            let canonical = match kind {
                FactKind::Place => g.place(part),
                _ => g.org(part),
            };
            let chars = part.chars().count();
            // "the South Korea-China partnership": the word before may open the first name.
            let wider = (n == 0 && k > 0 && tokens[k - 1].end + 1 == t.start)
                .then(|| format!("{} {part}", tokens[k - 1].text))
                .and_then(|w| g.place(&w).map(|c| (w, c)));
            if wider.is_some() {
                // (Not also that word alone.)
                out.retain(|m| !(m.tok_start == k - 1 && m.tok_end == k));
            }
            let mention = match wider {
                Some((w, c)) => Mention {
                    kind: FactKind::Place,
                    text: w,
                    canonical: Some(c.to_string()),
                    title: None,
                    start: tokens[k - 1].start,
                    end: char_at + chars,
                    tok_start: k - 1,
                    tok_end: k + 1,
                    weak: false,
                },
                None => Mention {
                    kind,
                    text: part.to_string(),
                    canonical: canonical.map(str::to_string),
                    title: None,
                    start: char_at,
                    end: char_at + chars,
                    tok_start: k,
                    tok_end: k + 1,
                    weak: false,
                },
            };
            out.push(mention);
            char_at += chars + 1;
        }
        added = true;
    }
    if added {
        out.sort_by_key(|m| m.start);
    }
}

/// "between Microsoft and Nintendo", "Google or Hulu": an unknown single word joined to an
/// organisation before it is one too, unless linking finds a person's name it abbreviates (it
/// would otherwise wait, weak, for a full name and be dropped without one). (Not before it:
/// "the Maritime and Coastguard Agency" is one name; nor after a comma: "Baylor University,
/// Starr".) After a name with a field ("Centers for Disease Control and Prevention",
/// "Committee on Parks and Recreation") the word ends that name.
fn coordinated_orgs(tokens: &[Token<'_>], text: &str, g: &Gazetteer, out: &mut Vec<Mention>) {
    let mut k = 1;
    while k < out.len() {
        let (known, m) = (&out[k - 1], &out[k]);
        if known.kind == FactKind::Organization
            && m.kind == FactKind::Person
            && m.title.is_none()
            && m.tok_end == m.tok_start + 1
            && m.tok_start == known.tok_end + 1
            && matches!(tokens[known.tok_end].text, "and" | "or" | "&")
            && tokens[known.tok_start].sentence == tokens[m.tok_start].sentence
        {
            // (A field, not a place or a person: "Union of Ohio and Demos", "Strategists
            // for Barack Obama and Clinton" are two.)
            let field = (known.tok_start + 1..known.tok_end)
                .rfind(|&p| matches!(tokens[p].text, "of" | "for" | "on"))
                .is_some_and(|p| {
                    tokens[p + 1..known.tok_end].iter().all(|t| {
                        !g.given.contains_key(t.text)
                            && with_lower(t.text, |l| !g.places.contains_key(l))
                    })
                });
            if field && tokens[known.tok_end].text == "and" {
                let (s, e) = (known.tok_start, m.tok_end);
                out[k - 1] = Mention::of(tokens, text, s, e, FactKind::Organization, None);
                out.remove(k);
                continue;
            }
            // (Still weak: linking makes it the person it abbreviates, if the article names
            // one, "Fox News and Trump".)
            if m.weak {
                out[k].kind = FactKind::Organization;
            }
        }
        k += 1;
    }
}

/// The town of a dateline no list knows, in capitals at a paragraph's start: "ESCHEN 1996-08-31",
/// "TOFTIR, Faroe Islands 1996-08-31", "MOENGO (Reuters) -". Returns the end of its tokens.
/// (A headline's capitals go on with words, or a dash: "SOCCER - SLOVAKIA BEAT FAROES".)
fn dateline_town(tokens: &[Token<'_>], g: &Gazetteer) -> Option<usize> {
    let caps = |t: &Token<'_>| {
        t.text.chars().count() >= 2
            && t.text.chars().any(char::is_uppercase)
            && t.text
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '\'' | '’' | '.' | '-'))
    };
    let end = tokens.iter().take(3).take_while(|t| caps(t)).count();
    // (A known place or organisation is left to the lists: "UNITED NATIONS 1996-08-30".)
    let name = tokens[..end]
        .iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ");
    if end == 0 || g.is_place(&name) || g.orgs.contains_key(&name.to_lowercase()) {
        return None;
    }
    let dated = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_number() && t.text.contains(['-', '/']))
            && tokens.get(k + 1).is_none()
    };
    let after = match tokens.get(end).map(|t| t.text) {
        // "ESCHEN 1996-08-31"
        Some(_) if dated(end) => true,
        // "TOFTIR, Faroe Islands 1996-08-31"
        Some(",") => {
            let k = (end + 1..tokens.len().min(end + 5))
                .find(|&k| !tokens[k].is_capitalised())
                .unwrap_or(tokens.len());
            k > end + 1 && dated(k)
        }
        // "MOENGO (Reuters) -"
        Some("(") => {
            tokens.get(end + 2).is_some_and(|t| t.text == ")")
                && tokens
                    .get(end + 3)
                    .is_some_and(|t| matches!(t.text, "-" | "—" | "–"))
        }
        _ => false,
    };
    after.then_some(end)
}

/// The end of a known organisation's name that starts in the run `[start, end)` and goes on
/// past it through "and" or "in" ("Food and Drug Administration"); `None` if there is none.
/// The end of a place or organisation the lists know that goes on through a possessive "'s"
/// after the run `[start, end)`: "Democratic People's Republic of Korea", "People's Republic of
/// China".
fn known_through_possessive(
    tokens: &[Token<'_>],
    text: &str,
    (start, end): (usize, usize),
    g: &Gazetteer,
) -> Option<usize> {
    if !matches!(tokens.get(end)?.text, "'" | "’")
        || tokens.get(end + 1)?.text != "s"
        || !is_name_token(tokens.get(end + 2)?)
    {
        return None;
    }
    let sentence = tokens[start].sentence;
    let last = (end + 2..tokens.len().min(end + 8))
        .take_while(|&k| {
            tokens[k].sentence == sentence
                && (is_name_token(&tokens[k]) || matches!(tokens[k].text, "of" | "and"))
        })
        .last()?;
    for b in start.max(end.saturating_sub(3))..end {
        for x in (end + 3..=last + 1).rev() {
            let name = text[tokens[b].bstart..tokens[x - 1].bend]
                .to_lowercase()
                .replace('’', "'");
            if g.places.contains_key(&name) || g.orgs.contains_key(&name) {
                return Some(x);
            }
        }
    }
    None
}

fn known_org_through(
    tokens: &[Token<'_>],
    text: &str,
    (start, end): (usize, usize),
    g: &Gazetteer,
) -> Option<usize> {
    if !matches!(tokens.get(end)?.text, "and" | "in") || !is_name_token(tokens.get(end + 1)?) {
        return None;
    }
    let sentence = tokens[start].sentence;
    let last = (end + 2..tokens.len().min(end + 10))
        .take_while(|&k| {
            tokens[k].sentence == sentence
                && (is_name_token(&tokens[k])
                    || matches!(tokens[k].text, "and" | "in" | "of" | "for" | "on" | "-"))
        })
        .last()
        .unwrap_or(end + 1);
    // (The longest name first; it starts at most three words before the connector.)
    for b in start.max(end.saturating_sub(3))..end {
        for x in (end + 2..=last + 1).rev() {
            if !is_name_token(&tokens[x - 1]) {
                continue;
            }
            let name = text[tokens[b].bstart..tokens[x - 1].bend].to_lowercase();
            if g.orgs.contains_key(&name) {
                return Some(x);
            }
        }
    }
    None
}

/// Is the block a headline in title case ("Donald Trump Ties Hillary Clinton With Michael
/// Bloomberg")? Then capitals do not end names: most words have one.
fn is_title_case(tokens: &[Token<'_>]) -> bool {
    let words = tokens.iter().filter(|t| t.text.len() > 3 && t.is_word());
    let (mut n, mut capitalised, mut shouted) = (0, 0, 0);
    for t in words {
        n += 1;
        if t.is_capitalised() && t.text.chars().any(char::is_lowercase) {
            capitalised += 1;
        } else if t.text.chars().all(|c| !c.is_lowercase())
            && t.text.chars().any(char::is_uppercase)
        {
            // A word in capitals for emphasis ("Named By Police BEFORE Obama's Briefing").
            shouted += 1;
        } else if !matches!(
            t.text,
            "with" | "from" | "into" | "over" | "than" | "upon" | "onto" | "amid" | "about"
        ) {
            // A longer word in lower case: prose, or sentence case.
            return false;
        }
    }
    // (A line mostly in capitals is another case: see `known_in_caps`.)
    n >= 4 && (capitalised + shouted) * 4 >= n * 3 && capitalised * 2 >= n
}

/// Whether "the" at token `k` opens a publication's name, by what is said around it: "told the
/// Hill", "according to the Hill", "an interview with the Sun", "the Atlantic reported".
fn cites_a_paper(tokens: &[Token<'_>], k: usize) -> bool {
    let at = |j: Option<usize>| {
        j.and_then(|j| tokens.get(j))
            .filter(|t| t.sentence == tokens[k].sentence)
            .map_or("", |t| t.text)
    };
    let before = at(k.checked_sub(1));
    let before2 = at(k.checked_sub(2));
    matches!(before, "told" | "tells")
        || (before == "to" && before2 == "according")
        || (before == "with" && before2 == "interview")
        || matches!(
            at(Some(k + 2)),
            "reported" | "reports" | "wrote" | "writes" | "published" | "first"
        )
}

/// A function word capitalised inside a sentence ("The", "And", "Between"): surely a headline's
/// title case, not prose full of names.
fn has_headline_capitals(tokens: &[Token<'_>]) -> bool {
    tokens.iter().any(|t| {
        !t.sentence_start
            && matches!(
                t.text,
                "The"
                    | "And"
                    | "To"
                    | "For"
                    | "With"
                    | "From"
                    | "Between"
                    | "Is"
                    | "Are"
                    | "Was"
                    | "Could"
                    | "Will"
                    | "Would"
                    | "Can"
                    | "Has"
                    | "Have"
                    | "Into"
                    | "Over"
                    | "About"
                    | "After"
                    | "Against"
                    | "If"
                    | "At"
                    | "On"
                    | "In"
                    | "Of"
                    | "By"
                    | "As"
                    | "Me"
                    | "Behind"
                    | "How"
                    | "Why"
                    | "What"
                    | "Not"
                    | "Just"
            )
    })
}

/// A word of a headline that tells a name: a place, organisation or people a list knows, a
/// title, or a word that names organisations or places ("Bank", "County").
fn listed_word(t: &Token<'_>, g: &Gazetteer) -> bool {
    with_lower(t.text, |l| {
        g.places.contains_key(l) || g.orgs.contains_key(l) || g.demonyms.contains_key(l)
    }) || g.is_title(t.text)
        || g.org_words.contains(t.text)
        || g.place_words.contains(t.text)
}

/// An acronym, or a brand's inner capital ("FDIC", "YouTube").
fn acronym_word(t: &Token<'_>) -> bool {
    !t.text.chars().skip(1).all(char::is_lowercase)
}

/// The names in a run of a title-case headline when [`is_title_case`] may be mistaken (no
/// function word is capitalised mid-sentence, so the block could be prose full of names): a
/// run is cut before a known given name that follows two words or more, the last a verb in -s
/// ("Donald Trump Ties | Hillary Clinton"), and a part that opens with a given name keeps it and
/// one more word ("Donald Trump", not "Donald Trump Ties").
fn cut_at_verbs(
    tokens: &[Token<'_>],
    start: usize,
    end: usize,
    g: &Gazetteer,
) -> Vec<(usize, usize)> {
    let given = |k: usize| g.given.contains_key(tokens[k].text);
    // A headline's verb: "Ties", "Beats", "Endorses", "Invited".
    let verb = |k: usize| {
        let v = tokens[k].text;
        v.len() > 3 && ((v.ends_with('s') && !v.ends_with("ss")) || v.ends_with("ed"))
    };
    let mut cuts = vec![start];
    for k in start + 2..end.saturating_sub(1) {
        // (Or any word, when the given name opens a two-word name in a run of more:
        // "Conservative Icon | Morton Blackwell Endorses".)
        if given(k)
            && !given(k - 1)
            && (verb(k - 1)
                || (tokens[k + 1].is_capitalised()
                    // (A title stays with its name: "Later Gov. Bill Richardson".)
                    && !tokens[k - 1].text.ends_with('.')
                    && !g.is_title_or_role(tokens[k - 1].text)))
            && k >= cuts[cuts.len() - 1] + 2
        {
            cuts.push(k);
        }
    }
    // "Donald Trump Rampages": a verb after a given name and a surname ends the name.
    // (Not after a middle initial or a second given name: "Richard S. Rogers".)
    let verb_after_name = |a: usize, b: usize| {
        given(a)
            && b - a > 2
            && verb(a + 2)
            && !given(a + 1)
            && tokens[a + 1].text.trim_end_matches('.').chars().count() > 1
    };
    if cuts.len() == 1 {
        return if verb_after_name(start, end) {
            vec![(start, start + 2)]
        } else {
            vec![(start, end)]
        };
    }
    cuts.push(end);
    let known = |k: usize| listed_word(&tokens[k], g) || acronym_word(&tokens[k]);
    cuts.windows(2)
        .filter(|w| given(w[0]) || (w[0]..w[1]).any(known))
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            if (b < end && given(a) && b - a > 2) || verb_after_name(a, b) {
                (a, a + 2)
            } else {
                (a, b)
            }
        })
        .collect()
}

/// The names in a run of a title-case headline, where capitals do not mark names
/// ("Flint Water Response Perfectly Captures The Difference Between Bernie Sanders And Hillary
/// Clinton"). Only when `headline` (the block [`has_headline_capitals`]); else [`cut_at_verbs`].
/// - the run is cut at function words ("The", "And", "Between") and before a known given name
///   that does not follow another ("Donald Trump Ties | Hillary Clinton");
/// - a part that opens with a given name keeps it and one more word ("Donald Trump", not
///   "Donald Trump Ties"), or two after a middle initial;
/// - a part that no list knows, with no title, given name or acronym ("Flint Water Response
///   Perfectly Captures", "Look"), names nothing: the article's text will name what matters.
fn headline_names(
    tokens: &[Token<'_>],
    text: &str,
    (start, end): (usize, usize),
    headline: bool,
    g: &Gazetteer,
) -> Vec<(usize, usize)> {
    if !headline {
        return cut_at_verbs(tokens, start, end, g);
    }
    let given = |k: usize| g.given.contains_key(tokens[k].text);
    let function = |k: usize| {
        let l = lower(&tokens[k]);
        is_not_name(&l)
            && !given(k)
            && !g.is_title(tokens[k].text)
            && known_prefix(tokens, text, k, end + 1, g) == k
    };
    // (An organisation's or a place's word tells a name where it ends one or "of" follows:
    // "Campaign Legal Center", "Department Of Homeland Security"; not "Makes Campaign
    // Announcement".)
    let listed_in = |k: usize, b: usize| {
        let t = &tokens[k];
        with_lower(t.text, |l| {
            g.places.contains_key(l) || g.orgs.contains_key(l) || g.demonyms.contains_key(l)
        }) || g.is_title(t.text)
            || ((k + 1 == b || matches!(tokens[k + 1].text, "Of" | "of" | "For" | "for"))
                && (g.org_words.contains(t.text) || g.place_words.contains(t.text)))
    };
    let acronym = |k: usize| acronym_word(&tokens[k]);
    // Two capitals or more and no small letter: "FDIC", "U.S." (not "R.").
    let shouted = |k: usize| {
        all_caps(&tokens[k])
            && tokens[k]
                .text
                .bytes()
                .filter(u8::is_ascii_uppercase)
                .count()
                >= 2
    };
    let mut parts = Vec::new();
    let mut a = start;
    while a < end {
        if function(a) {
            a += 1;
            continue;
        }
        // The part: up to a function word, or to a given name that does not follow another.
        let mut b = a + 1;
        while b < end && !function(b) && (!given(b) || given(b - 1)) {
            b += 1;
        }
        // A name the lists know opening the part ("The United States", "White House").
        let known = known_prefix(tokens, text, a, b + 1, g);
        if given(a) && b - a > 2 {
            let initial = tokens[a + 1].text.trim_end_matches('.').len() == 1;
            let keep = if initial && b - a > 3 { 3 } else { 2 };
            parts.push((a, a + keep));
        } else if !given(a) && !(a..b).any(|k| listed_in(k, b) || acronym(k)) {
            // Nothing tells a name from a capitalised word: none, or the known name alone
            // ("Former White House Doctor Says" names the White House).
            if known > a {
                parts.push((a, known));
            }
        } else if !given(a)
            && !(a..b).any(|k| listed_in(k, b))
            && known == a
            && (a..b).filter(|&k| acronym(k)).all(shouted)
        {
            // Only a word in capitals tells: it alone is the name ("FDIC Accused Of Covering Up
            // …" names the FDIC). (A middle initial is no such word: "Jaime R. Harrison".)
            parts.extend((a..b).filter(|&k| acronym(k)).map(|k| (k, k + 1)));
        } else {
            parts.push((a, b));
        }
        a = b;
    }
    parts
}

/// One word with a capital inside after two or more small letters ("EgyptAir", "YouTube",
/// "SiriusXM"): a brand. Surnames with a prefix ("McDonald", "DeSantis", "MacArthur") are not.
/// Nor are names written as one word ("HillaryClinton", "SpeakerRyan", as in a handle), or a
/// city run into its country ("SydneyAustralia").
fn camel_case_brand(name: &str, g: &Gazetteer) -> bool {
    let b = name.as_bytes();
    if b.len() < 5 || !b[0].is_ascii_uppercase() || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let head = 1 + b[1..].iter().take_while(|c| c.is_ascii_lowercase()).count();
    let prefix = &name[..head];
    head >= 3
        && head < b.len()
        && ![
            "Mac", "Van", "Von", "Del", "Des", "Dos", "Das", "Ten", "Ter", "Fitz", "Della", "Dela",
        ]
        .contains(&prefix)
        && !g.given.contains_key(prefix)
        && !g.is_title(prefix)
        && (!g.is_place(prefix) || !g.is_place(&name[head..]))
}

/// A capitalised word compounded from a trade the way only companies are named: "Microsystems",
/// "Biotech", "Infosoft", "Medtronic", "Genpharma" (a prefix of three letters at least, then the
/// trade in lower case).
fn corporate_compound(word: &str) -> bool {
    const TRADES: &[&str] = &[
        "systems",
        "networks",
        "technologies",
        "tech",
        "soft",
        "tronics",
        "tronic",
        "pharma",
        "dynamics",
        "genetics",
        "therapeutics",
        "sciences",
        "semiconductor",
        "telecom",
    ];
    let b = word.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && b[1..].iter().all(u8::is_ascii_lowercase)
        && TRADES
            .iter()
            .any(|t| b.len() >= t.len() + 3 && b.ends_with(t.as_bytes()))
}

/// An acronym that ends a brand's or a product's name ("XM", "XML", "SKG"), not a person's: no
/// roman numeral ("Benedict XVI") and no honour or degree ("QC", "MP", "PhD").
fn product_code(word: &str) -> bool {
    word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
        && !matches!(
            word,
            "QC" | "KC" | "MP" | "MEP" | "MD" | "JR" | "SR" | "MBE" | "OBE" | "CBE" | "KBE" | "DBE"
        )
}

/// The space between two words of a table's row: a tab or three spaces, which no name holds.
fn column_gap(gap: &str) -> bool {
    gap.contains('\t') || gap.contains("   ")
}

/// The word before "at" that makes what follows an employer or a school, not a place: "worked
/// at", "a job at", "an analyst at", "students at".
fn works_at(word: &str) -> bool {
    matches!(
        word,
        "work"
            | "works"
            | "worked"
            | "working"
            | "job"
            | "jobs"
            | "studied"
            | "studies"
            | "employed"
            | "career"
            | "stint"
            | "tenure"
            | "time"
            | "years"
            | "writer"
            | "reporter"
            | "editor"
            | "columnist"
            | "analyst"
            | "analysts"
            | "economist"
            | "economists"
            | "strategist"
            | "professor"
            | "researcher"
            | "fellow"
            | "executive"
            | "partner"
            | "student"
            | "students"
            | "official"
            | "officials"
            | "staff"
            | "employee"
            | "employees"
            | "manager"
            | "director"
    )
}

/// An English adverb by its ending, capitalised where it opens a sentence ("Unfortunately for
/// Clarkson", "Reportedly", "Ironically"); no surname ends so ("Connolly", "Daly", "Reilly").
fn adverb(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ately", "ically", "ingly", "edly", "ously", "ually", "ntly", "fully", "ially", "ably",
        "ibly",
    ];
    word_with_ending(word, 6, ENDINGS)
}

/// A sport whose governing body a country names after it ("Sri Lanka Cricket", "Rugby Canada").
fn sport_body(word: &str) -> bool {
    matches!(
        word,
        "Cricket"
            | "Football"
            | "Rugby"
            | "Hockey"
            | "Basketball"
            | "Tennis"
            | "Athletics"
            | "Swimming"
            | "Gymnastics"
            | "Cycling"
            | "Rowing"
            | "Golf"
            | "Baseball"
            | "Softball"
            | "Volleyball"
            | "Netball"
            | "Sailing"
            | "Boxing"
            | "Triathlon"
            | "Skiing"
    )
}

/// A word of kinship before a name: "his mother Karamia Wheaton", "her son Tama".
fn kinship(word: &str) -> bool {
    matches!(
        word,
        "mother"
            | "father"
            | "son"
            | "daughter"
            | "wife"
            | "husband"
            | "brother"
            | "sister"
            | "grandmother"
            | "grandfather"
            | "grandson"
            | "granddaughter"
            | "uncle"
            | "aunt"
            | "cousin"
            | "widow"
            | "widower"
            | "nephew"
            | "niece"
            | "stepfather"
            | "stepmother"
            | "fiancée"
            | "fiancé"
            | "fiance"
            | "girlfriend"
            | "boyfriend"
    )
}

/// What a word makes of the name it ends when a title opens that name: an institution or a
/// place named for someone ("Cardinal Newman High School", "King Street"). Not a word that is
/// also a surname ("Ambassador Samantha Power", "Sen. Frank Church").
fn named_for_someone(last: &str) -> Option<FactKind> {
    match last {
        "Institute" | "School" | "College" | "University" | "Hospital" | "Academy"
        | "Foundation" | "Center" | "Centre" | "Museum" | "Library" => Some(FactKind::Organization),
        "Airport" | "Stadium" | "Cathedral" | "Memorial" | "Square" | "Avenue" | "Boulevard"
        | "Street" | "Bridge" => Some(FactKind::Place),
        _ => None,
    }
}

/// What body a name is, said after it: "the Air Accidents Investigation branch", "the Black
/// Lives Matter movement".
fn body_noun(word: &str) -> bool {
    matches!(
        word,
        "branch" | "department" | "agency" | "ministry" | "bureau" | "movement"
    )
}

/// One word of capitalised names joined by an Arabic or Urdu particle: "Inzamam-ul-Haq",
/// "Ata-ur-Rehman", "Zia-ud-Din".
/// "Christmas-themed", "Republican-leaning", "Obama-era": a capitalised word joined to an
/// English participle or adjective. (Not a romanised given name: "Ban Ki-moon", "Park
/// Geun-hye", "Soong Mei-ling".)
fn hyphen_adjective(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.rsplit_once('-').is_some_and(|(_, tail)| {
            tail.chars().all(|c| c.is_ascii_lowercase())
                && ((tail.len() >= 3 && tail.ends_with("ed"))
                    // ("Li Ka-shing", "Ma Ying-jeou": a romanised syllable ending in "ing" is
                    // five letters at most.)
                    || (tail.len() >= 6 && tail.ends_with("ing"))
                    || matches!(
                        tail,
                        "style"
                            | "era"
                            | "born"
                            | "run"
                            | "made"
                            | "heavy"
                            | "friendly"
                            | "wide"
                            | "free"
                            | "like"
                            | "type"
                            | "bound"
                            | "centric"
                            | "proof"
                            | "specific"
                            | "related"
                            | "inspired"
                    ))
        })
}

/// A capitalised word before a person's name that says who they are: where they come from
/// ("Vermonter", "Ohioan", "Englishman"), a party's member ("Republicans Cory Gardner"), or an
/// epithet ("Crooked Hillary Clinton").
fn describes_someone(word: &str, g: &Gazetteer) -> bool {
    let from_place = ["ers", "er", "ans", "an", "men", "man", "ites", "ite"]
        .iter()
        .filter_map(|suffix| word.strip_suffix(suffix))
        .any(|stem| {
            stem.len() >= 3
                && (g.is_place(stem)
                    || g.is_place(&format!("{stem}a"))
                    || with_lower(stem, |l| g.demonyms.contains_key(l)))
        });
    from_place
        || with_lower(word, |l| g.demonyms.contains_key(l))
        || (word.len() > 4 && word.ends_with("ed"))
        || (word.len() > 4 && word.ends_with('s') && !word.ends_with("ss"))
}

fn joined_by_particle(name: &str) -> bool {
    let parts: Vec<&str> = name.split('-').collect();
    parts.len() == 3
        && matches!(
            parts[1],
            "ul" | "ur" | "ud" | "us" | "al" | "el" | "ad" | "ibn" | "bin"
        )
        && [parts[0], parts[2]].iter().all(|p| {
            p.chars().count() >= 2
                && p.chars().next().is_some_and(char::is_uppercase)
                && p.chars().skip(1).all(char::is_lowercase)
        })
}

/// Titles of nobility that hold a place's name: "Duke of Norfolk", "Prince of Wales".
const NOBLE: &[&str] = &[
    "Duke",
    "Duchess",
    "Earl",
    "Count",
    "Countess",
    "Marquis",
    "Prince",
    "Princess",
    "Lord",
    "Lady",
    "King",
    "Queen",
    "Emperor",
    "Bishop",
    "Archbishop",
];

/// Words that head a place named "of" something ("Republic of Korea", "Gulf of Mexico").
const PLACE_HEADS: &[&str] = &[
    "Republic",
    "Kingdom",
    "Principality",
    "Sultanate",
    "Emirate",
    "Emirates",
    "Duchy",
    "Gulf",
    "Bay",
    "Isle",
    "Island",
    "Islands",
    "Strait",
    "Straits",
    "Sea",
    "Lake",
    "Cape",
    "Province",
    "State",
    "City",
    "Port",
    "Mount",
    "Bank",
    "Coast",
    "Horn",
];

/// A name joined by "of" or "for" is not a person's name: a place when it is headed by a word
/// like "Republic" or "Gulf", else an organisation ("House of Representatives"). Names with
/// "de", "van" or "bin" are left to the other rules (they are mostly people).
fn of_phrase(name: &[Token<'_>]) -> Option<FactKind> {
    let of = name
        .iter()
        .position(|t| t.text == "of" || t.text == "for")?;
    if of == 0 {
        return None;
    }
    // "Bank of England" heads an organisation, "West Bank" ends a place: only the head counts.
    let head = name[of - 1].text;
    if PLACE_HEADS.contains(&head) && head != "Bank" {
        Some(FactKind::Place)
    } else {
        Some(FactKind::Organization)
    }
}

/// Whether a country in brackets follows token `e`: "(U.S.)", "(South Korea)".
fn country_follows(tokens: &[Token<'_>], e: usize, g: &Gazetteer) -> bool {
    if tokens.get(e).is_none_or(|t| t.text != "(") {
        return false;
    }
    let Some(close) = (e + 1..tokens.len().min(e + 5)).find(|&k| tokens[k].text == ")") else {
        return false;
    };
    close > e + 1
        && g.is_place(
            &tokens[e + 1..close]
                .iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
                .join(" "),
        )
}

/// "East Carolina", "Western Dakota": the side of a place another side names. "East Sussex",
/// "North Yorkshire": a compass point before a word that is no given name nor an organisation's
/// word names a region, not a person (no one's first name is "East"; "Western Union" is a firm).
fn compass_region(side: &str, word: &str, g: &Gazetteer) -> bool {
    if ["North", "South", "East", "West"]
        .iter()
        .any(|d| g.is_place(&format!("{d} {word}")))
    {
        return true;
    }
    matches!(
        side,
        "North" | "South" | "East" | "West" | "Northern" | "Southern" | "Eastern" | "Western"
    ) && !g.given.contains_key(word)
        && !g.org_words.contains(word)
        && !g.demonyms.contains_key(&word.to_lowercase())
        // ("Southern Baptist", "Northern Methodist": a church's people.)
        && !word.ends_with("ist")
        && word.chars().any(char::is_lowercase)
}

/// "Ohio State", "Penn State", "N.C. State", "Boise State": a US state's (or a college town's)
/// name and "State" are a university. New York and Washington State are states, and a state
/// elsewhere ("Rakhine State", "Lagos State") is one too.
fn state_university(name: &[Token<'_>]) -> bool {
    const STATES: &[&str] = &[
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Georgia",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Penn",
        "Tennessee",
        "Texas",
        "Utah",
        "Virginia",
        "Wisconsin",
        "Wyoming",
        "N.C.",
        "N.C",
        "NC",
        "Carolina",
        "Dakota",
        "Boise",
        "Fresno",
        "Kent",
        "Ball",
        "Wichita",
        "Weber",
        "Sacramento",
        "Portland",
        "Jackson",
        "Grambling",
        "Morehead",
        "Murray",
        "Appalachian",
        "Youngstown",
        "Sam",
        "Houston",
        "Cleveland",
        "Wayne",
    ];
    let [.., before, last] = name else {
        return false;
    };
    last.text == "State"
        && STATES.contains(&before.text)
        // ("South Dakota State" is; so is "North Carolina State".)
        && name.len() <= 3
}

/// Two or three words, one of them a known place, the others plain name words that are not a
/// direction or region ("South", "Greater", "Downtown"): a brand on a place. (An organisation
/// with more words, "APEC Economic Leaders", is the start of an event name, not a brand.)
fn place_with_brand(name: &[Token<'_>], g: &Gazetteer) -> bool {
    const REGION: &[&str] = &[
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Greater",
        "Upper",
        "Lower",
        "Downtown",
        "Metropolitan",
        "New",
        "Old",
        "Inner",
        "Outer",
        "Mid",
        "Northeast",
        "Northwest",
        "Southeast",
        "Southwest",
        "St",
        "Saint",
        "San",
        "Santa",
        "Port",
        "Fort",
        "Lake",
        "Mount",
    ];
    let known = |t: &Token<'_>| g.is_place(t.text);
    (2..=3).contains(&name.len())
        && name.iter().any(known)
        && name
            .iter()
            .filter(|t| !known(t))
            .all(|t| !REGION.contains(&t.text) && t.text.chars().all(char::is_alphabetic))
}

/// Words that open the names of clubs and companies named with a place ("Real Madrid",
/// "Athletic Bilbao", "Air France"), where a person's given name would stand.
const BRAND_HEADS: &[&str] = &[
    "Real",
    "Athletic",
    "Atletico",
    "Atlético",
    "Sporting",
    "Racing",
    "Dynamo",
    "Dinamo",
    "Olympique",
    "Inter",
    "Deportivo",
    "Borussia",
    "Eintracht",
    "Hertha",
    "Air",
    "Radio",
    "Statistics",
    "Club",
    "Union",
];

/// The end of the longest run of tokens from `s` (before `e`) that the lists know as a place or an
/// organisation; `s` when there is none.
fn known_prefix(tokens: &[Token<'_>], text: &str, s: usize, e: usize, g: &Gazetteer) -> usize {
    (s + 1..e)
        .rev()
        .find(|&p| {
            with_lower(&text[tokens[s].bstart..tokens[p - 1].bend], |l| {
                g.places.contains_key(l) || g.orgs.contains_key(l)
            })
        })
        .unwrap_or(s)
}

/// The words the texts write in lower case ("documentary", "fire"): what tells a capitalised
/// common word from a name.
fn lower_case_words<'t>(texts: impl Iterator<Item = &'t str>) -> rustc_hash::FxHashSet<&'t str> {
    texts
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect()
}

/// A headline run into a name: "Hillary Clinton Documentary Skips Collapse at 9/11 Ceremony."
/// A person's name the story writes on its own (or a given name and a surname it writes alone),
/// then capitalised words, the first of which it also writes in lower case ("documentary"):
/// the name ends where those words begin. (Not
/// "Martin Luther King" beside "king": the story never names "Martin Luther" alone.)
pub fn trim_headline_tails(paragraphs: &mut [Paragraph<'_, '_>]) {
    let candidate = |m: &Mention| {
        m.kind == FactKind::Person && m.canonical.is_none() && m.tok_end - m.tok_start >= 3
    };
    if !paragraphs.iter().any(|p| p.mentions.iter().any(candidate)) {
        return;
    }
    // The full names the story writes, and the surnames it writes alone ("Clinton").
    let names: rustc_hash::FxHashSet<String> = paragraphs
        .iter()
        .flat_map(|p| p.mentions.iter())
        .filter(|m| m.kind == FactKind::Person && !candidate(m))
        .map(|m| m.text.clone())
        .collect();
    let g = Gazetteer::get();
    let named = |name: &str| {
        names.contains(name)
            || name.split_once(' ').is_some_and(|(given, surname)| {
                g.given.contains_key(given) && !surname.contains(' ') && names.contains(surname)
            })
    };
    let lower = lower_case_words(paragraphs.iter().map(|p| p.text));
    for Paragraph {
        text,
        tokens,
        mentions,
    } in paragraphs.iter_mut()
    {
        for m in mentions.iter_mut().filter(|m| candidate(m)) {
            let (s, e) = (m.tok_start, m.tok_end);
            let Some(cut) = (s + 2..e).rev().find(|&j| {
                named(&text[tokens[s].bstart..tokens[j - 1].bend])
                    && with_lower(tokens[j].text, |l| lower.contains(l))
                    && tokens[j..e].iter().all(|t| {
                        t.is_capitalised()
                            && t.text.chars().skip(1).all(char::is_lowercase)
                            && !g.given.contains_key(t.text)
                            && !g.org_words.contains(t.text)
                    })
            }) else {
                continue;
            };
            *m = Mention {
                title: m.title.take(),
                weak: m.weak,
                ..Mention::of(tokens, text, s, cut, FactKind::Person, None)
            };
        }
    }
}

/// Drops the names that are common words. A person: a run of two or more capitalised words,
/// no title before it and no given name in it, each of which the story also writes in lower
/// case ("Fire Safety", "Air Bag Safety" on a sign, where "fire" and "safety" are in the text).
/// A person's
/// name seldom is ("Condoleezza Rice" beside "rice" is rare, and a given name keeps it). So are
/// the places no list knows that were read from "in" or "at" alone ("at State", "in Politics"
/// beside "state" and "politics"; not "the South"). The price: a town the lists leave out
/// because its name is a word ("Reading") is lost where the story writes that word too.
pub fn drop_common_word_names<'t, 'm>(
    paragraphs: impl Iterator<Item = &'m mut Vec<Mention>>,
    texts: impl Iterator<Item = &'t str> + Clone,
) {
    let g = Gazetteer::get();
    // (A place of several words only when none of them names a kind of place: "in Mental
    // Coverage", not "in Deer Creek".)
    let candidate = |m: &Mention| {
        (m.kind == FactKind::Person
            || (m.kind == FactKind::Place
                && !g.is_place(&m.text)
                && (!m.text.contains(' ')
                    || m.text.split(' ').all(|w| !g.place_words.contains(w)))
                && !matches!(m.text.as_str(), "North" | "South" | "East" | "West")))
            && m.title.is_none()
            && m.canonical.is_none()
            && (m.text.contains(' ') || m.kind == FactKind::Place)
            && m.text.split(' ').all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && !g.given.contains_key(w)
            })
    };
    let mut lower: Option<rustc_hash::FxHashSet<&'t str>> = None;
    for mentions in paragraphs {
        if !mentions.iter().any(&candidate) {
            continue;
        }
        let lower = lower.get_or_insert_with(|| lower_case_words(texts.clone()));
        mentions.retain(|m| {
            !candidate(m)
                || !m
                    .text
                    .split(' ')
                    .all(|w| with_lower(w, |l| lower.contains(l)))
        });
    }
}

/// A title in quotes ("No Country for Old Men," "There Will Be Blood"): a quoted run of
/// capitalised words (small words between them) names a work, not the organisation, person or
/// place no list knows inside it. A name a list knows, or that opens with a given name, stays.
pub fn drop_quoted_titles(tokens: &[Token<'_>], mentions: &mut Vec<Mention>) {
    if !tokens.iter().any(|t| matches!(t.text, "\"" | "“")) {
        return;
    }
    let g = Gazetteer::get();
    mentions.retain(|m| {
        if m.canonical.is_some()
            || m.title.is_some()
            || !(matches!(m.kind, FactKind::Organization | FactKind::Person)
                // ("Eastern Promises": a place no list knows is a title's words too.)
                || (m.kind == FactKind::Place && !g.is_place(&m.text)))
            || m.text
                .split(' ')
                .next()
                .is_some_and(|w| g.given.contains_key(w))
        {
            return true;
        }
        // Out from the name to the quote marks, over title-case words only.
        // (A number is a sequel's: "High School Musical 2".)
        let title_word = |t: &Token<'_>| {
            t.is_capitalised()
                || (t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit()))
                || matches!(
                    t.text,
                    "of" | "the" | "for" | "and" | "a" | "in" | "s" | "'" | "’"
                )
        };
        let mut a = m.tok_start;
        while a > 0 && title_word(&tokens[a - 1]) && a + 6 > m.tok_start {
            a -= 1;
        }
        let mut b = m.tok_end;
        while b < tokens.len() && title_word(&tokens[b]) && b < m.tok_end + 6 {
            b += 1;
        }
        if b < tokens.len() && matches!(tokens[b].text, "," | "." | "!" | "?") {
            b += 1;
        }
        // (Straight quotes alternate: an even number before one makes it an opening mark.)
        let straight_before = |k: usize| tokens[..k].iter().filter(|t| t.text == "\"").count();
        let opened = a > 0
            && match tokens[a - 1].text {
                "“" => true,
                "\"" => straight_before(a - 1) % 2 == 0,
                _ => false,
            };
        let closed = opened
            && b < tokens.len()
            && match tokens[b].text {
                "”" => true,
                "\"" => straight_before(b) % 2 == 1,
                _ => false,
            };
        // (A quote of a few words only: a sentence in quotes is speech, not a title.)
        !(opened && closed && b - a <= 8)
    });
}

/// What follows a name that only a person takes: ", who …" and an age (", 45,").
fn person_cue_after(tokens: &[Token<'_>], e: usize) -> bool {
    let text = |k: usize| tokens.get(k).map_or("", |t| t.text);
    text(e) == ","
        && (matches!(text(e + 1), "who" | "whose")
            || (text(e + 2) == ","
                && text(e + 1)
                    .parse::<u32>()
                    .is_ok_and(|n| (1..=120).contains(&n))))
}

pub(super) fn all_caps(t: &Token<'_>) -> bool {
    t.text.chars().any(char::is_alphabetic) && !t.text.chars().any(char::is_lowercase)
}

/// A run in capitals ("ESSEX AND KENT MADE TO SWEAT IN TITLE RACE") is headline case, where
/// capitals say nothing: only the places and organisations the lists know are names in it.
fn known_in_caps(
    tokens: &[Token<'_>],
    text: &str,
    start: usize,
    end: usize,
    g: &Gazetteer,
    out: &mut Vec<Mention>,
) {
    let mut k = start;
    while k < end {
        let found = (1..=3.min(end - k)).rev().find_map(|len| {
            let name = &text[tokens[k].bstart..tokens[k + len - 1].bend];
            let l = name.to_lowercase();
            let hit = g
                .places
                .get(&l)
                .map(|c| (FactKind::Place, *c))
                .or_else(|| g.orgs.get(&l).map(|c| (FactKind::Organization, *c)));
            hit.map(|(kind, c)| (len, kind, c))
        });
        let Some((len, kind, canonical)) = found else {
            k += 1;
            continue;
        };
        out.push(Mention::of(
            tokens,
            text,
            k,
            k + len,
            kind,
            Some(canonical.to_string()),
        ));
        k += len;
    }
}

/// Teams in results lines: "Wigan 42 Bradford Bulls 36", "Scunthorpe 4 2 1 1 3 3 7",
/// "Alba (Germany) 75 Red Star (Yugoslavia) 70", "Sussex 363 and 144, Lancashire 218". A line that
/// starts with a name and holds only names each followed by a score (a parenthesis may come
/// between), numbers and a few joining words is a results or standings line; its names are
/// teams (in a market table, companies): organisations. A lone multi-word name in such a line
/// may be a player ("Ian Woosnam 70 68 71"), so it counts only when it has a place or a club
/// word in it. Returns token ranges.
fn score_lines(tokens: &[Token<'_>], text: &str, g: &Gazetteer) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for k in 1..=tokens.len() {
        let new_line =
            k == tokens.len() || text[tokens[k - 1].bend..tokens[k].bstart].contains('\n');
        if new_line {
            out.extend(
                score_line(&tokens[line_start..k], g)
                    .into_iter()
                    .map(|(s, e)| (s + line_start, e + line_start)),
            );
            line_start = k;
        }
    }
    out
}

fn score_line(line: &[Token<'_>], g: &Gazetteer) -> Vec<(usize, usize)> {
    const JOINERS: &[&str] = &["and", "v", "vs", "at"];
    const CLUB_WORDS: &[&str] = &[
        "City",
        "United",
        "Town",
        "County",
        "Rovers",
        "Rangers",
        "Athletic",
        "Albion",
        "Wanderers",
        "Thistle",
        "Hotspur",
        "Villa",
        "Forest",
        "FC",
        "SC",
        "AC",
        "Sporting",
        "Real",
        "Dynamo",
        "Dinamo",
        "Red",
        "Star",
        "Bulls",
        "Giants",
        "Sox",
        "Cubs",
    ];
    // A label before a colon ("Postponed:", "Playing Sunday:") is not a team.
    let offset = match line.iter().position(|t| t.text == ":") {
        Some(c) if c <= 3 && line[..c].iter().all(|t| t.is_word()) => c + 1,
        _ => 0,
    };
    // Players' figures, not teams' scores: "Bowling: Wasim Akram 10-0-50-0, Waqar Younis
    // 9-0-54-1", "Scorers: …".
    let players_label = offset > 0
        && matches!(
            line[0].text.to_lowercase().as_str(),
            "bowling" | "batting" | "scorers" | "scorer" | "goalscorers"
        );
    let bowling_figures = line
        .iter()
        .any(|t| t.is_number() && t.text.matches('-').count() >= 3);
    if players_label || bowling_figures {
        return Vec::new();
    }
    let tokens = &line[offset..];
    let skip_paren = |mut j: usize| {
        if tokens.get(j).is_some_and(|t| t.text == "(") {
            while j < tokens.len() && tokens[j].text != ")" {
                j += 1;
            }
            j += 1;
        }
        j
    };
    if tokens.first().is_none_or(|t| !is_name_token(t)) {
        return Vec::new();
    }
    let versus = |k: usize| tokens.get(k).is_some_and(|t| matches!(t.text, "v" | "vs"));
    let (mut runs, mut numbers, mut fixtures, mut i) = (Vec::new(), 0, 0, 0);
    while i < tokens.len() {
        let t = &tokens[i];
        if is_name_token(t) {
            let s = i;
            while i < tokens.len() && is_name_token(&tokens[i]) {
                i += 1;
            }
            let j = skip_paren(i);
            // "East Fife v Clydebank": a fixture; the team after "v" may end the line or a list.
            let after_versus = s > 0 && versus(s - 1);
            if versus(j) || (after_versus && tokens.get(j).is_none_or(|t| t.text == ",")) {
                fixtures += 1;
            } else if !tokens.get(j).is_some_and(Token::is_number) {
                return Vec::new();
            }
            runs.push((s, i));
            i = j;
        } else if t.text == "(" {
            i = skip_paren(i);
        } else {
            if t.is_number() {
                numbers += 1;
            } else if t.is_word() && !JOINERS.contains(&t.text) {
                return Vec::new();
            }
            i += 1;
        }
    }
    // Fixtures: two pairs, or one under a label ("Playing Sunday: Queens Park Rangers v Bolton");
    // a lone "Roe v Wade" is a case name.
    let fixture_line = fixtures >= 4 || (offset > 0 && fixtures >= 2);
    if numbers < 2 && !fixture_line {
        return Vec::new();
    }
    let several = runs.len() >= 2;
    runs.retain(|&(s, e)| {
        e - s == 1
            || several
            || tokens[s..e]
                .iter()
                .any(|t| CLUB_WORDS.contains(&t.text) || g.is_place(t.text))
    });
    runs.into_iter()
        .map(|(s, e)| (s + offset, e + offset))
        .collect()
}

/// Splits a capitalised run at titles and demonyms ("South Korean President Lee Jae-myung") and
/// classifies what remains.
fn split_run(
    tokens: &[Token<'_>],
    text: &str,
    start: usize,
    end: usize,
    g: &Gazetteer,
    out: &mut Vec<Mention>,
) {
    let mut s = start;
    // A place or organisation the lists know from `s` on: "New Zealand", "New York Times".
    let known_from = |s: usize| known_prefix(tokens, text, s, end + 1, g) > s;
    // "analysts at First Albany Corp.", "the News Agency of Nigeria": mid-sentence, an
    // organisation's name may open with such a word.
    let opens_org = |s: usize| {
        matches!(
            tokens[s].text,
            "First" | "Second" | "Third" | "New" | "Old" | "News"
        ) && !tokens[s].sentence_start
            && !opens_quote(tokens, text, s)
            && (start..end).any(|k| g.org_words.contains(tokens[k].text))
    };
    // Sentence-initial function words and the like are not part of a name.
    // ("People's Party", "People's Daily": the possessive is the name's.)
    let possessive = |s: usize| {
        s + 2 < end
            && matches!(tokens[s + 1].text, "'" | "’")
            && tokens[s + 1].bstart == tokens[s].bend
    };
    // ("flew All Nippon Airways": mid-sentence, a capitalised quantifier may open a company's
    // name.)
    let quantifier_in_name = |s: usize| {
        s > 0
            && tokens[s - 1].is_word()
            && !tokens[s].sentence_start
            && matches!(
                tokens[s].text,
                "All"
                    | "Other"
                    | "Many"
                    | "Much"
                    | "Few"
                    | "None"
                    | "Any"
                    | "Some"
                    | "Most"
                    | "Each"
                    | "Both"
                    | "Plenty"
                    | "Lots"
                    | "Another"
                    | "One"
            )
            && ((start..end).any(|k| g.org_words.contains(tokens[k].text))
                // ("USA TODAY's One Nation initiative", "the group One Nation".)
                || (tokens[s].text == "One" && s + 1 < end))
    };
    // "Keep the B.C. carbon tax", "Meet the University of Illinois": a sentence's first word
    // before "the" is a verb, unless the lists know the whole ("Meet the Press") or it is a
    // given name ("Alexander the Great").
    let verb_before_the = |s: usize| {
        s + 2 < end
            && tokens[s + 1].text == "the"
            && (tokens[s].sentence_start
                || opens_quote(tokens, text, s)
                // ("Be specific: Meet the University of Illinois football team.")
                || (s > 0 && tokens[s - 1].text == ":")
                || (s > 0
                    && tokens[s - 1].sentence_start
                    && matches!(tokens[s - 1].text, "\"" | "“")))
            && !g.given.contains_key(tokens[s].text)
            && !g.is_title(tokens[s].text)
            && !known_from(s)
            // (One word no list knows after it is no name either: "Altering the Cadillac tax".)
            && (s + 3 < end || known_from(s + 2))
    };
    while s < end
        && (verb_before_the(s)
            || ((with_lower(tokens[s].text, is_not_name) || adverb(tokens[s].text))
                && !quantifier_in_name(s)
                && !g.is_title(tokens[s].text)
                && !known_from(s)
                && !opens_org(s)
                && !possessive(s))
            || tokens[s].text == "."
            || ((s > start || matches!(tokens[s].text, "of" | "for" | "&" | "the"))
                && CONNECTORS.contains(&tokens[s].text))
            // "All-American Tyler Hansbrough", "All-Pro Tom Brady": an honour before a given
            // name is no part of it.
            || (tokens[s].text.starts_with("All-")
                && tokens
                    .get(s + 1)
                    .is_some_and(|t| s + 1 < end && g.given.contains_key(t.text))))
    {
        s += 1;
    }
    let mut pending_title: Option<String> = None;
    // "former secretary of State Hillary Clinton", "then-Secretary of State John Kerry": the
    // run opens inside a title written before it; its field word is the title's, up to the
    // given name.
    if s == start
        && s >= 2
        && tokens[s - 1].text == "of"
        && g.is_title(
            tokens[s - 2]
                .text
                .trim_start_matches("then-")
                .trim_start_matches("ex-")
                .trim_start_matches("former-"),
        )
        && let Some(j) = (s..end)
            .find(|&j| !is_portfolio(tokens[j].text))
            .filter(|&j| j > s)
            .or_else(|| {
                (s + 1..(s + 3).min(end.saturating_sub(1)))
                    .find(|&j| g.given.contains_key(tokens[j].text))
            })
    {
        let field: Vec<&str> = tokens[s..j].iter().map(|t| t.text).collect();
        pending_title = Some(format!("{} of {}", tokens[s - 2].text, field.join(" ")));
        s = j;
    }
    let mut joined = String::new();
    let mut k = s;
    while k < end {
        // Longest title starting at k (up to 3 words). (The words are joined in one buffer, reused.)
        let mut title_len = 0;
        for len in (1..=3).rev() {
            if k + len <= end {
                joined.clear();
                for (n, t) in tokens[k..k + len].iter().enumerate() {
                    if n > 0 {
                        joined.push(' ');
                    }
                    joined.push_str(t.text);
                }
                if g.is_title(&joined) {
                    title_len = len;
                    break;
                }
            }
        }
        // "Mr. Prince", "Ms. Chancellor": after an honorific, a title word is the surname.
        // ("Mr. President", "Madam Speaker" address an office: no surname.)
        let after_honorific = pending_title.as_deref().is_some_and(|t| {
            matches!(
                t.trim_end_matches('.'),
                "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Mme"
            )
        }) && s == k
            && !matches!(
                tokens[k].text,
                "President"
                    | "Speaker"
                    | "Chairman"
                    | "Secretary"
                    | "Ambassador"
                    | "Mayor"
                    | "Governor"
                    | "Justice"
            );
        // "Pete King", "Stephen King": a title word after a given name, ending the name, is the
        // surname ("Virginia Sen. Tim Kaine" goes on).
        // So is one after a middle initial: "Peter T. King".
        let after_initial = k >= s + 2
            && tokens[k - 1]
                .text
                .strip_suffix('.')
                .is_some_and(|i| i.len() == 1 && i.bytes().all(|b| b.is_ascii_uppercase()));
        // ("Martin Luther King": the given name may come two words before a title word that is
        // also a common surname; "Frances Miller Chair" names a chair.)
        let surname_title = matches!(
            tokens[k].text,
            "King"
                | "Prince"
                | "Bishop"
                | "Major"
                | "Judge"
                | "Dean"
                | "Duke"
                | "Earl"
                | "Knight"
                | "Pope"
                | "Baron"
                | "Marshal"
                | "Sheriff"
                | "Chancellor"
        );
        // (A generational suffix may end the name: "Martin Luther King Jr.".)
        let suffix_after = k + 2 <= end
            && matches!(
                tokens[k + 1].text,
                "Jr" | "Jr." | "Sr" | "Sr." | "II" | "III" | "IV"
            )
            && tokens[k + 2..end].iter().all(|t| t.text == ".");
        let after_given = title_len == 1
            && k > s
            && (k + 1 == end || suffix_after)
            && (g.given.contains_key(tokens[k - 1].text)
                || (surname_title && k >= s + 2 && g.given.contains_key(tokens[k - 2].text))
                || after_initial);
        // "Justice Department", "Defense Ministry": a title word naming an organisation's
        // field, then the word that makes it one.
        // So is one after an organisation's word and "of": "Department of Justice", "European
        // Court of Justice".
        let names_an_org = title_len == 1
            && ((k + 2 == end && g.org_words.contains(tokens[k + 1].text))
                || (k >= s + 2
                    && tokens[k - 1].text == "of"
                    && g.org_words.contains(tokens[k - 2].text)));
        if after_honorific || after_given || names_an_org {
            title_len = 0;
        }
        // "Secretary of Homeland Security Jeh Johnson": the portfolio after "of" is the title's.
        if title_len > 0 && tokens.get(k + title_len).is_some_and(|t| t.text == "of") {
            let p = k + title_len + 1;
            let q = (p..end)
                .find(|&j| !is_portfolio(tokens[j].text))
                .unwrap_or(end);
            if q > p && q < end {
                title_len = q - k;
            } else if q == p {
                // "Director of Public Prosecutions", "Director of National Intelligence James
                // Clapper": an office's field no list knows, up to the given name (not a
                // place or a body: "President of Russia Vladimir Putin", "CEO of Acme Corp").
                let r = (p..end)
                    .find(|&j| g.given.contains_key(tokens[j].text))
                    .unwrap_or(end);
                let field = &tokens[p..r];
                if r > p
                    && r - p <= 3
                    && g.org(&text[tokens[p].bstart..tokens[r - 1].bend]).is_none()
                    && field.iter().all(|t| {
                        t.is_capitalised()
                            && !g.is_place(t.text)
                            && !g.org_words.contains(t.text)
                            && !g.place_words.contains(t.text)
                            && !super::companies::legal_form(t.text)
                            && !all_caps(t)
                    })
                    && field.last().is_some_and(|t| t.text.ends_with('s'))
                {
                    title_len = r - k;
                }
            }
        }
        // "Vice-President for Membership Elias Sayeh", "Secretary of State for Health Jeremy
        // Hunt": the field after "for" is the title's too, up to the given name (all of the
        // rest when none follows: "Ms Sayeh, Vice-President for Membership").
        if title_len > 0 && tokens.get(k + title_len).is_some_and(|t| t.text == "for") {
            let p = k + title_len + 1;
            let q = (p..end)
                .find(|&j| g.given.contains_key(tokens[j].text))
                .unwrap_or(end);
            if q > p {
                title_len = q - k;
            }
        }
        if title_len > 0 {
            // "Hong Kong Financial Secretary", "U.S. Assistant Secretary of State": a known place
            // or organisation, then words that belong to the title.
            let mut title_start = k;
            // "United Steelworkers Political Director Tim Waters", "AFL-CIO Legislative
            // Director": a field's word before the title is the title's.
            // (Not the last word of a name the lists know: "Associated Press Writer".)
            // ("Obama Education Secretary Arne Duncan": a minister's portfolio too.)
            let minister = matches!(tokens[k].text, "Secretary" | "Minister");
            while title_start > s
                && (is_title_field(tokens[title_start - 1].text)
                    || (minister && is_portfolio(tokens[title_start - 1].text)))
                && g.org(&text[tokens[s].bstart..tokens[title_start - 1].bend])
                    .is_none()
            {
                title_start -= 1;
            }
            if title_start < k {
                if title_start > s {
                    emit(tokens, text, s, title_start, pending_title.take(), g, out);
                }
            } else if k > s {
                let p = known_prefix(tokens, text, s, k, g);
                if p > s && p < k {
                    title_start = p;
                }
                emit(tokens, text, s, title_start, pending_title.take(), g, out);
            }
            // What comes before "Political Director" or "MP" employs or elects the holder: an
            // organisation ("Bloc Quebecois MP", not "Hillary Clinton Press Secretary Brian
            // Fallon": a given name opens a person's), or a party's adjective, no name at all
            // ("Conservative MP").
            out.retain_mut(|m| {
                if m.tok_start < s || m.kind != FactKind::Person || m.title.is_some() {
                    return true;
                }
                if m.tok_end - m.tok_start >= 2 && !g.given.contains_key(tokens[m.tok_start].text) {
                    m.kind = FactKind::Organization;
                }
                m.tok_end - m.tok_start >= 2 || !is_adjectival(&m.text)
            });
            let words: Vec<&str> = tokens[title_start..k + title_len]
                .iter()
                .map(|t| t.text)
                .collect();
            pending_title = Some(words.join(" "));
            k += title_len;
            // The dot of "Sen." (its own token).
            while k < end && tokens[k].text == "." {
                k += 1;
            }
            s = k;
            // "Director of the Emirates Centre", "Secretary for Security": what follows is the
            // title's organisation or office, not a person.
            if k < end && matches!(tokens[k].text, "of" | "for") {
                pending_title = None;
                k += 1;
                // ("Inspector General for the Intelligence Community".)
                if k + 1 < end && tokens[k].text == "the" {
                    k += 1;
                }
                s = k;
            }
            continue;
        }
        // "St. Louis-based Mercantile Bancorp": the place the rest is based in, then the rest.
        // So with the body or the country that leads or backs it: "a NATO-led coalition",
        // "GOP-backed bills", "Kremlin-funded media".
        // (Someone's: "Donald Trump-led" is read as names are.)
        if let Some((head, known)) = joined_participle(tokens[k].text).and_then(|(head, based)| {
            let place = &text[tokens[s].bstart..tokens[k].bstart + head.len()];
            let known = g.place(place).map(|c| (FactKind::Place, c)).or_else(|| {
                (!based)
                    .then(|| g.org(place).map(|c| (FactKind::Organization, c)))
                    .flatten()
            });
            (based || known.is_some()).then_some((head, known))
        }) {
            let place_end = tokens[k].bstart + head.len();
            let place = &text[tokens[s].bstart..place_end];
            if let Some((kind, c)) = known {
                out.push(Mention {
                    kind,
                    text: place.to_string(),
                    canonical: Some(c.to_string()),
                    title: None,
                    start: tokens[s].start,
                    end: tokens[k].start + head.chars().count(),
                    tok_start: s,
                    tok_end: k + 1,
                    weak: false,
                });
            }
            pending_title = None;
            k += 1;
            s = k;
            continue;
        }
        // Demonym (one or two words): "Chinese", "South Korean".
        let mut dem_len = 0;
        for len in (1..=2).rev() {
            if k + len <= end {
                joined.clear();
                for (n, t) in tokens[k..k + len].iter().enumerate() {
                    if n > 0 {
                        joined.push(' ');
                    }
                    joined.push_str(t.text);
                }
                if with_lower(&joined, |l| g.demonyms.contains_key(l)) {
                    dem_len = len;
                    break;
                }
            }
        }
        // "Christian Pardo", "Finn Russell": a given name first, not a faith or a people.
        if dem_len == 1 && k + 1 < end && g.given.contains_key(tokens[k].text) {
            dem_len = 0;
        }
        // "Mark Cuban", "Bill English", "Dawn French": after a given name, ending the run, a
        // people's name is a surname.
        if dem_len == 1
            && k == s + 1
            && k + 1 == end
            && g.given.contains_key(tokens[s].text)
            && with_lower(tokens[s].text, |l| !g.demonyms.contains_key(l))
        {
            dem_len = 0;
        }
        // A party before a person's name is a modifier too: "Republican Donald Trump",
        // "Democratic Sen. Tim Kaine" (not "Republican National Committee").
        if dem_len == 0
            && k + 1 < end
            && matches!(
                tokens[k].text,
                "Republican" | "Democrat" | "Democratic" | "GOP" | "Labour" | "Tory"
            )
            && (g.given.contains_key(tokens[k + 1].text) || g.is_title(tokens[k + 1].text))
        {
            dem_len = 1;
        }
        // ("Islamic State", "Catholic Church": a listed name the adjective opens.)
        if dem_len > 0 && known_prefix(tokens, text, k, end + 1, g) > k + dem_len {
            dem_len = 0;
        }
        // After an institution's "of" or "for" the adjective is the name's own: "Center for
        // American Women and Politics", "Museum of Chinese History" (not "Result of European").
        if dem_len > 0
            && k > s + 1
            && matches!(tokens[k - 1].text, "of" | "for")
            && g.org_words.contains(tokens[k - 2].text)
        {
            // ("National Museum of African American History": every adjective of the run.)
            k += dem_len;
            while k < end && with_lower(tokens[k].text, |l| g.demonyms.contains_key(l)) {
                k += 1;
            }
            continue;
        }
        if dem_len > 0
            && k + dem_len + 1 < end
            && tokens[k + dem_len].text == "for"
            && tokens[k + dem_len - 1].text.ends_with('s')
        {
            // "Americans for Prosperity", "Iraqis for Peace": a people "for" a cause names a
            // group.
            k += dem_len;
            continue;
        }
        if dem_len > 0
            && !g.places.contains_key(
                &tokens[k..end]
                    .iter()
                    .map(lower)
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        {
            // A demonym followed by more name words is a modifier; alone it is not an entity.
            // The name it modifies ends at the run's end or at a title: "Panamanian Boxing
            // Association President Ramon Manzanares".
            let name_end = (k + dem_len..end)
                .find(|&j| g.is_title(tokens[j].text))
                .unwrap_or(end);
            let rest_is_org =
                name_end > k + dem_len && g.org_words.contains(tokens[name_end - 1].text);
            if !rest_is_org {
                if k > s {
                    emit(tokens, text, s, k, pending_title.take(), g, out);
                }
                k += dem_len;
                // ("English for Misuse": the small word after the people's word opens nothing.)
                while k < end && matches!(tokens[k].text, "for" | "of" | "&" | "the" | "and") {
                    k += 1;
                }
                s = k;
                continue;
            }
        }
        k += 1;
    }
    // "Picture: James Bass Cindy Greenway, 64,": a given name, a surname, twice over, is two
    // people written side by side (not "George Herbert Walker Bush": two given names first).
    let given = |j: usize| g.given.contains_key(tokens[j].text);
    if end - s == 4
        && given(s)
        && !given(s + 1)
        && given(s + 2)
        && !given(s + 3)
        // ("Jamal Sanad Al Suwaidi": Arabic names go on through their particles.)
        && !matches!(
            tokens[s + 2].text,
            "Al" | "El" | "Abu" | "Bin" | "Ibn" | "Abdul" | "Abd" | "Ben" | "Ould"
        )
        && tokens[s..end].iter().all(|t| t.is_capitalised() && !all_caps(t))
    {
        emit(tokens, text, s, s + 2, pending_title, g, out);
        emit(tokens, text, s + 2, end, None, g, out);
        return;
    }
    if s < end {
        emit(tokens, text, s, end, pending_title, g, out);
    }
}

/// A name joined to a participle that says where something is based or who leads, backs or
/// owns it: "Chicago-based" (`true`: only a place is based), "NATO-led", "GOP-backed",
/// "Kremlin-funded". Returns the name's part and whether it was "-based".
fn joined_participle(word: &str) -> Option<(&str, bool)> {
    const SUFFIXES: &[&str] = &[
        "-based",
        "-led",
        "-backed",
        "-owned",
        "-funded",
        "-sponsored",
        "-brokered",
        "-dominated",
        "-controlled",
        "-allied",
        "-aligned",
        "-affiliated",
        "-supported",
        "-financed",
        "-run",
    ];
    if !word.contains('-') {
        return None;
    }
    SUFFIXES.iter().find_map(|suffix| {
        strip_suffix_ascii(word, suffix)
            .filter(|head| !head.is_empty())
            .map(|head| (head, *suffix == "-based"))
    })
}

/// `word` without `suffix`, compared ignoring ASCII case: ("Louis-based", "-based") → "Louis".
fn strip_suffix_ascii<'a>(word: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = word.len().checked_sub(suffix.len())?;
    (cut > 0 && word.is_char_boundary(cut) && word[cut..].eq_ignore_ascii_case(suffix))
        .then(|| &word[..cut])
}

/// Is the name at token `s` an item of a list that organisations open ("firms including
/// Mobil, Shell and Caltex", "banks such as HSBC")? Walks back over the list's names and
/// separators to "including", "like" or "such as", and checks the plural noun before it.
fn listed_after_org_noun(tokens: &[Token<'_>], s: usize) -> bool {
    let Some(sentence) = tokens.get(s).map(|t| t.sentence) else {
        return false;
    };
    let mut k = s;
    // At most a dozen names back: a list, not a paragraph.
    for _ in 0..40 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        let t = &tokens[p];
        if t.sentence != sentence {
            return false;
        }
        match t.text {
            "including" | "like" | "as" => {
                let noun_at = if t.text == "as" {
                    if p < 2 || tokens[p - 1].text != "such" {
                        return false;
                    }
                    p - 2
                } else {
                    let Some(n) = p.checked_sub(1) else {
                        return false;
                    };
                    n
                };
                let noun = tokens[noun_at].text.to_ascii_lowercase();
                let singular = noun
                    .strip_suffix("ies")
                    .map(|b| format!("{b}y"))
                    .or_else(|| noun.strip_suffix('s').map(str::to_string));
                return singular.is_some_and(|n| ORG_NOUNS.contains(&n.as_str()));
            }
            "," | "and" | "or" | "&" | "." => k = p,
            _ if t.is_capitalised() => k = p,
            _ => return false,
        }
    }
    false
}

/// Is the name at tokens `s..e` written right after a body's noun ("news agency Tanjug") or
/// set off by commas after one ("his firm, Teneo,")? (Not "side": "on the Democratic side
/// Pate backed…" is someone.)
pub(super) fn named_after_org_noun(tokens: &[Token<'_>], s: usize, e: usize) -> bool {
    s.checked_sub(1).is_some_and(|p| {
        tokens[p].sentence == tokens[s].sentence
            && tokens[p].text != "side"
            && ORG_NOUNS.contains(&tokens[p].text)
    }) || set_off_after_org_noun(tokens, s, e)
        || described_as_org(tokens, e)
}

/// A name (ending before token `e`) that the words after it, set off by a comma, call a body:
/// "Vantor, a Seattle-based startup, said", "Teneo, the consulting firm that…". The body's noun
/// must end its phrase ("Smith, a former bank executive," is someone).
fn described_as_org(tokens: &[Token<'_>], e: usize) -> bool {
    let Some(comma) = tokens.get(e).filter(|t| t.text == ",") else {
        return false;
    };
    let sentence = comma.sentence;
    let same = |k: usize| tokens.get(k).filter(|t| t.sentence == sentence);
    if !same(e + 1).is_some_and(|t| matches!(t.text, "a" | "an" | "the")) {
        return false;
    }
    for k in e + 2..e + 6 {
        let Some(t) = same(k) else { return false };
        // ("Oromos, a minority group": a people.)
        if !t.is_word() || matches!(t.text, "minority" | "ethnic" | "religious" | "age") {
            return false;
        }
        if ORG_NOUNS.contains(&t.text) && t.text != "side" {
            return same(k + 1).is_none_or(|n| {
                matches!(
                    n.text,
                    "," | "."
                        | ";"
                        | ")"
                        | "that"
                        | "which"
                        | "whose"
                        | "based"
                        | "in"
                        | "with"
                        | "and"
                        | "owned"
                        | "founded"
                        | "known"
                        | "headquartered"
                )
            });
        }
    }
    false
}

/// A name set off by commas after a body's noun: "his firm, Teneo, gave", "the company,
/// Zyphor." — the noun after a determiner or a possessive, the name closed by a comma or the
/// sentence's end ("the firm, Smith said" is someone).
fn set_off_after_org_noun(tokens: &[Token<'_>], s: usize, e: usize) -> bool {
    if s < 3 || tokens[s - 1].text != "," {
        return false;
    }
    let sentence = tokens[s].sentence;
    let noun = &tokens[s - 2];
    let det = &tokens[s - 3];
    let closed = tokens
        .get(e)
        .is_none_or(|t| t.sentence != sentence || matches!(t.text, "," | "." | ";"));
    noun.sentence == sentence
        && det.sentence == sentence
        && ORG_NOUNS.contains(&noun.text)
        && matches!(
            det.text.to_ascii_lowercase().as_str(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
        )
        && closed
}

/// Does token `k` open a quotation mid-sentence (right after “, ‘ or a straight quote with a
/// space before it)?
fn opens_quote(tokens: &[Token<'_>], text: &str, k: usize) -> bool {
    let Some(q) = k.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    match q.text {
        "“" | "‘" => true,
        "\"" | "'" => text[..q.bstart].ends_with(char::is_whitespace),
        _ => false,
    }
}

/// After the word at `k`, its sentence goes on with a lower-case word or a possessive ("Bush’s
/// speech", "Trump is"): not a closing quote, a comma or a contraction ("Don't").
fn quotation_goes_on(tokens: &[Token<'_>], k: usize) -> bool {
    let same = |j: usize| tokens.get(j).filter(|t| t.sentence == tokens[k].sentence);
    match same(k + 1).map(|t| t.text) {
        Some("’" | "'") => same(k + 2).is_some_and(|t| t.text == "s"),
        Some(w) => w.chars().next().is_some_and(char::is_lowercase),
        None => false,
    }
}

/// Where a run `[start, end)` ending in a plural goes on through its possessive to an
/// organisation's word: "People's Party", "Footballers' Association" (not "Clinton's Campaign":
/// only a plural, and only "People", "Children", "Women" and "Men" take "'s").
fn plural_possessive_org(
    tokens: &[Token<'_>],
    start: usize,
    end: usize,
    g: &Gazetteer,
) -> Option<usize> {
    let last = &tokens[end - 1];
    let irregular = matches!(last.text, "People" | "Children" | "Women" | "Men");
    let regular = last.text.len() > 3 && last.text.ends_with('s') && !last.text.ends_with("ss");
    let apostrophe = tokens.get(end)?;
    if !(irregular || regular)
        || !matches!(apostrophe.text, "'" | "’")
        || apostrophe.bstart != last.bend
    {
        return None;
    }
    let mut k = end + 1;
    if irregular {
        tokens
            .get(k)
            .filter(|t| t.text == "s" && t.bstart == apostrophe.bend)?;
        k += 1;
    }
    let word = tokens.get(k)?;
    (word.sentence == tokens[start].sentence
        && g.org_words.contains(word.text)
        && !super::companies::legal_form(word.text))
    .then_some(k + 1)
}

/// A word that says which field a title covers when written before it: "Political Director",
/// "Communications Director", "Deputy Chief".
/// A minister's or a secretary's portfolio, written after "of": "Secretary of State",
/// "minister of Foreign Affairs", "Secretary of Homeland Security".
fn is_portfolio(word: &str) -> bool {
    matches!(
        word,
        "State"
            | "Defense"
            | "Defence"
            | "Justice"
            | "Labor"
            | "Labour"
            | "Commerce"
            | "Energy"
            | "Education"
            | "Agriculture"
            | "Transportation"
            | "Transport"
            | "Treasury"
            | "Interior"
            | "Health"
            | "Finance"
            | "Trade"
            | "Housing"
            | "Homeland"
            | "Security"
            | "Veterans"
            | "Foreign"
            | "Home"
            | "Affairs"
            | "Economy"
            | "Environment"
            | "Culture"
            | "War"
            | "Navy"
            | "Army"
    )
}

fn is_title_field(word: &str) -> bool {
    matches!(
        word,
        "Political"
            | "Legislative"
            | "Communications"
            | "Communication"
            | "Executive"
            | "Press"
            | "Policy"
            | "Finance"
            | "Field"
            | "Digital"
            | "Research"
            | "Deputy"
            | "Senior"
            | "Managing"
            | "Regional"
            | "Interim"
            | "Acting"
            | "Associate"
            | "Creative"
            | "Technical"
            | "Legal"
            | "Medical"
            | "Editorial"
            | "Marketing"
            | "Outreach"
            | "Operations"
            | "Athletic"
            | "Artistic"
            // "Chief Strategy Officer", "Chief Operating Officer".
            | "Strategy"
            | "Operating"
            | "Technology"
            | "Financial"
            | "Information"
            | "Content"
            | "Product"
            | "Investment"
            | "Revenue"
            | "Compliance"
            // "Trump Campaign Manager Corey Lewandowski", "General Manager Brian Cashman".
            | "Campaign"
            | "Business"
            // "House Minority Leader Nancy Pelosi", "Senate Majority Whip".
            | "Majority"
            | "Minority"
    )
}

/// The end of a name with a nickname in quotes from `i`: a given name, a quote mark, one to
/// three capitalised words, the closing mark, then the surname's words (George "Jay" Keyworth).
fn nicknamed(tokens: &[Token<'_>], i: usize, g: &Gazetteer) -> Option<usize> {
    let t = &tokens[i];
    if !g.given.contains_key(t.text)
        || !tokens
            .get(i + 1)
            .is_some_and(|q| matches!(q.text, "\"" | "“"))
    {
        return None;
    }
    let sentence = t.sentence;
    let close =
        (i + 3..(i + 6).min(tokens.len())).find(|&k| matches!(tokens[k].text, "\"" | "”"))?;
    let words = &tokens[i + 2..close];
    if !words.iter().all(|w| w.is_capitalised() && w.sentence == sentence)
        // (The marks hug the nickname: `"Jay"`, not a quotation that opens after the name.)
        || tokens[i + 2].start != tokens[i + 1].end
        || tokens[close].start != tokens[close - 1].end
    {
        return None;
    }
    let surname = close + 1;
    let end = (surname..tokens.len())
        .find(|&k| !(is_name_token(&tokens[k]) && tokens[k].sentence == sentence))
        .unwrap_or(tokens.len());
    (end > surname && end - surname <= 2).then_some(end)
}

/// Do the words from `k` make a title someone's aide holds ("Communications Director",
/// "Senior Adviser"): a title's fields, then a title word, then a name. (Not a company's
/// officer: "Cofinec CEO Stephen Frater".)
fn title_follows(tokens: &[Token<'_>], k: usize) -> bool {
    let g = Gazetteer::get();
    let j = (k..tokens.len())
        .find(|&j| !is_title_field(tokens[j].text))
        .unwrap_or(tokens.len());
    tokens.get(j).is_some_and(|t| {
        t.is_capitalised()
            && g.is_title(t.text)
            && !matches!(
                t.text,
                "CEO"
                    | "CFO"
                    | "COO"
                    | "CTO"
                    | "CIO"
                    | "Chief"
                    | "Chairman"
                    | "Chairwoman"
                    | "Chair"
                    | "President"
                    | "Treasurer"
                    | "Controller"
                    | "Comptroller"
                    | "Auditor"
            )
    }) && tokens
        .get(j + 1)
        .is_some_and(|n| n.sentence == tokens[k].sentence && is_name_token(n))
}

/// "policy advocate for Public Citizen", "a lawyer for Smith Barney": what someone's role is
/// "for" (a name with no given name) is whom they work for.
fn works_for(tokens: &[Token<'_>], s: usize, g: &Gazetteer) -> bool {
    s >= 2
        && tokens[s - 1].text == "for"
        && (g.roles.contains(tokens[s - 2].text)
            || matches!(
                tokens[s - 2].text,
                "advocate"
                    | "official"
                    | "officer"
                    | "counsel"
                    | "director"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "staffer"
                    | "worker"
                    | "employee"
                    | "volunteer"
                    | "writer"
                    | "fellow"
            ))
}

/// Does a word of `s..e` end an organisation's name ("St. Thomas University")?
fn start_is_org_word(tokens: &[Token<'_>], s: usize, e: usize, g: &Gazetteer) -> bool {
    tokens[s..e].iter().any(|t| g.org_words.contains(t.text))
}

/// A chamber or a branch of state, or an adjective of one, that opens no person's name.
fn institution_word(word: &str) -> bool {
    matches!(
        word,
        "House"
            | "Senate"
            | "Congress"
            | "Congressional"
            | "Parliament"
            | "Parliamentary"
            | "Pentagon"
            | "Kremlin"
            | "Cabinet"
            | "Federal"
            | "National"
            | "International"
            | "Government"
            | "Legislative"
            | "Judicial"
            | "Supreme"
    )
}

/// A word that heads many organisations' names and, alone, names none of them.
fn is_generic_head(word: &str) -> bool {
    matches!(
        word,
        "Party"
            | "Committee"
            | "Subcommittee"
            | "Council"
            | "Commission"
            | "Board"
            | "Group"
            | "Company"
            | "Corporation"
            | "Inc"
            | "Inc."
            | "Ltd"
            | "Ltd."
            | "Corp"
            | "Corp."
            | "Co"
            | "Campaign"
            | "Union"
            | "Association"
            | "Agency"
            | "Department"
            | "Office"
            | "Bureau"
            | "Foundation"
            | "Fund"
            | "Institute"
            | "Society"
            | "Movement"
            | "Coalition"
            | "Alliance"
            | "Administration"
            | "Conference"
            | "Initiative"
            | "Insights"
            | "Lodge"
            | "Analytics"
            | "Consulting"
            | "Advisors"
            | "Advisers"
            | "Strategies"
            | "Research"
            // Trades and wares: "Oil prices", "work in Mining".
            | "Music"
            | "Records"
            | "Software"
            | "Labs"
            | "Solutions"
            | "Films"
            | "Foods"
            | "Stores"
            | "Mining"
            | "Steel"
            | "Oil"
            | "Railways"
            | "Shipping"
            | "Logistics"
            | "Cruises"
            | "Resorts"
            | "Hotels"
            | "Casinos"
            | "Brands"
            | "Networks"
            | "Cinemas"
            | "Restaurants"
            | "Power"
            | "Electric"
            | "Cement"
            | "Chemical"
            | "Chemicals"
            | "Utilities"
            | "Desk"
            | "Newsdesk"
            | "Newsroom"
    )
}

fn emit(
    tokens: &[Token<'_>],
    text: &str,
    s: usize,
    e: usize,
    title: Option<String>,
    g: &Gazetteer,
    out: &mut Vec<Mention>,
) {
    // Trim trailing connectors, and pronouns ("“Look I’ve made this clear”", "Decide If He";
    // "I" is no pronoun in a numeral: "World War I", "Elizabeth I").
    let mut e = e;
    // (A name a list knows keeps a last word that is also a connector: "El Al".)
    let known = e > s + 1 && g.org(&text[tokens[s].bstart..tokens[e - 1].bend]).is_some();
    while (e > s && !known && is_connector(tokens[e - 1].text))
        || (e > s + 1
            && tokens[e - 1].text == "I"
            && tokens[e - 2].text != "War"
            && !g.given.contains_key(tokens[e - 2].text))
        || (e > s + 1 && matches!(tokens[e - 1].text, "He" | "She" | "We" | "They" | "It"))
    {
        e -= 1;
    }
    // "Presumptive Democratic presidential nominee": a party's or a people's adjective ends no
    // name of a person; what is before it is a modifier too.
    if e - s >= 2
        && (matches!(
            tokens[e - 1].text,
            "Democratic" | "Republican" | "Presidential" | "Congressional" | "Gubernatorial"
        ) || (with_lower(tokens[e - 1].text, |l| g.demonyms.contains_key(l))
            // ("Mark Cuban", "Bill English": a surname.)
            && !(e - s == 2
                && g.given.contains_key(tokens[s].text)
                && with_lower(tokens[s].text, |l| !g.demonyms.contains_key(l)))))
        && tokens.get(e).is_some_and(|t| {
            t.sentence == tokens[s].sentence && t.text.chars().all(char::is_lowercase)
        })
    {
        // ("Iowa Republican voters": the place is still named.)
        emit(tokens, text, s, e - 1, title, g, out);
        return;
    }
    // "a Christmas-themed Web ad", "in Republican-leaning states", "Chicago-based": a capital
    // joined to a lower-case word by a hyphen makes an adjective, never part of a name.
    if e > s && hyphen_adjective(tokens[s].text) {
        emit(tokens, text, s + 1, e, title, g, out);
        return;
    }
    if e > s
        && hyphen_adjective(tokens[e - 1].text)
        && !(e - s >= 2 && g.given.contains_key(tokens[s].text))
    {
        // ("a Hong Kong-listed firm", "a United Nations-supervised vote": the name runs into
        // the adjective and cannot be cut from it; "Donald Trump-led" keeps its person.)
        if e - s >= 2 {
            return;
        }
        emit(tokens, text, s, e - 1, title, g, out);
        return;
    }
    if e <= s {
        return;
    }
    // "Article 33", "Section 5", "Flight 370", "Game 7": a numbered part of something, no name.
    if e - s == 1
        && matches!(
            tokens[s].text,
            "Article"
                | "Section"
                | "Chapter"
                | "Title"
                | "Proposition"
                | "Prop"
                | "Amendment"
                | "Rule"
                | "Part"
                | "Clause"
                | "Paragraph"
                | "Room"
                | "Gate"
                | "Flight"
                | "Game"
                | "Week"
                | "Phase"
                | "Level"
                | "Category"
                | "Stage"
                | "Round"
                | "Episode"
                | "Season"
                | "Volume"
                | "Page"
                | "Item"
                | "Grade"
                | "Platform"
        )
        && tokens.get(e).is_some_and(|t| {
            t.sentence == tokens[s].sentence
                && t.text.bytes().next().is_some_and(|b| b.is_ascii_digit())
        })
    {
        return;
    }
    // "voices on the Right", "the far Left": a side of politics, no one's name.
    if e - s == 1
        && matches!(tokens[s].text, "Right" | "Left")
        && s.checked_sub(1).is_some_and(|p| {
            matches!(
                tokens[p].text,
                "the" | "far" | "hard" | "alt" | "radical" | "new"
            )
        })
    {
        return;
    }
    // "Shares of Douglas & Lomason Co rose", "Representatives of First Bank said": a plural
    // common noun capitalised by its sentence, then "of", is no part of the name after it.
    // So is a relative or a friend ("Daughter of Henry VIII and his second wife").
    let kin = tokens[s].is_capitalised() && {
        let l = lower(&tokens[s]);
        kinship(&l) || l == "friend"
    };
    if e - s >= 3
        && tokens[s].sentence_start
        && tokens[s + 1].text == "of"
        && tokens[s + 2].is_capitalised()
        && ((tokens[s].text.len() > 3 && tokens[s].text.ends_with('s')) || kin)
        && tokens[s].text.chars().skip(1).all(char::is_lowercase)
    {
        let first = lower(&tokens[s]);
        let whole = text[tokens[s].bstart..tokens[e - 1].bend].to_lowercase();
        if !g.orgs.contains_key(&whole)
            && !g.org_words.contains(tokens[s].text)
            && !g.places.contains_key(first.as_ref())
            && !g.is_title_or_role(&first)
        {
            emit(tokens, text, s + 2, e, title, g, out);
            return;
        }
    }
    // "Calling Obama a failure", "Painting Trump as…": a gerund capitalised by its sentence is
    // no part of the name after it (unless the lists know it as a name or a place: "Sterling
    // Brown", "Reading").
    if e - s >= 2
        && tokens[s].sentence_start
        && is_gerund(tokens[s].text)
        && tokens[s + 1].is_capitalised()
        && !with_lower(tokens[s + 1].text, is_not_name)
        && !g.given.contains_key(tokens[s].text)
    {
        let first = lower(&tokens[s]);
        let whole = text[tokens[s].bstart..tokens[e - 1].bend].to_lowercase();
        let known = |w: &str| g.places.contains_key(w) || g.orgs.contains_key(w);
        if !known(first.as_ref()) && !known(&whole) && !is_not_name(first.as_ref()) {
            emit(tokens, text, s + 1, e, title, g, out);
            return;
        }
    }
    // "Of Clinton: “…”": a sentence's capital on "of" opens no name.
    if e - s >= 2 && tokens[s].sentence_start && tokens[s].text == "Of" {
        emit(tokens, text, s + 1, e, title, g, out);
        return;
    }
    // "Frontrunner Donald Trump", "Candidate Hillary Clinton": a sentence's capital on a word
    // that is no name, before a given name and a surname.
    // "Economist Joel Naroff", "Actress Eva Longoria": a role, capitalised by the sentence.
    if e - s >= 2
        && tokens[s].sentence_start
        && g.is_title_or_role(&lower(&tokens[s]))
        && !g.is_title(tokens[s].text)
    {
        emit(tokens, text, s + 1, e, title, g, out);
        return;
    }
    if e - s >= 3
        && tokens[s].sentence_start
        && g.given.contains_key(tokens[s + 1].text)
        && !g.given.contains_key(tokens[s].text)
        && tokens[s].text.chars().skip(1).all(char::is_lowercase)
    {
        let first = lower(&tokens[s]);
        if !g.places.contains_key(first.as_ref())
            && !g.orgs.contains_key(first.as_ref())
            && !g.demonyms.contains_key(first.as_ref())
        {
            emit(tokens, text, s + 1, e, title, g, out);
            return;
        }
    }
    // "a prominent New York Democrat", "an Ohio Republican": a party member from a place names
    // the place.
    if e - s >= 2
        && matches!(
            tokens[e - 1].text,
            "Democrat" | "Democrats" | "Republican" | "Republicans"
        )
        && g.is_place(&text[tokens[s].bstart..tokens[e - 2].bend])
    {
        emit(tokens, text, s, e - 1, title, g, out);
        return;
    }
    // "Gov. Bill Richardson of New Mexico", "Sen. Bernie Sanders of Vermont": a person (titled,
    // or with a known given name) from a known place is two names, not an organisation.
    if let Some(of) = (s + 1..e.saturating_sub(1)).find(|&k| tokens[k].text == "of") {
        let place = text[tokens[of + 1].bstart..tokens[e - 1].bend].to_lowercase();
        let person = title.is_some()
            || s.checked_sub(1)
                .is_some_and(|p| g.is_title_or_role(tokens[p].text))
            || (of - s >= 2
                && g.given.contains_key(tokens[s].text)
                && tokens[s..of].iter().all(|t| t.is_capitalised()));
        // "economist Lynn Reaser of Barnett Banks Inc": a person from an organisation, too.
        let org = g.orgs.contains_key(&place)
            || g.org_words.contains(tokens[e - 1].text)
            || tokens[of + 1..e].iter().any(|t| t.text == "&");
        // "Meenakshi Ganguly of Human Rights Watch": two or more name words before "of" that
        // make no organisation themselves ("Royal Bank of Scotland") name someone from it.
        let named = of - s >= 2
            && !matches!(
                tokens[s].text,
                "Republican" | "Republicans" | "Democrat" | "Democrats" | "Democratic"
            )
            && !g.demonyms.contains_key(lower(&tokens[s]).as_ref())
            && tokens[s..of]
                .iter()
                .all(|t| t.is_capitalised() && !g.org_words.contains(t.text))
            && !g.orgs.contains_key(&text[tokens[s].bstart..tokens[of - 1].bend].to_lowercase())
            // (A company's legal name is one name: "Gold Fields of South Africa Ltd".)
            && !super::companies::legal_form(tokens[e - 1].text);
        // "Donald Hartley of Madison, Alabama": a town the lists do not know, placed by the
        // state or country after it.
        let region_after = || {
            tokens.get(e).is_some_and(|t| t.text == ",")
                && (e + 1..(e + 4).min(tokens.len())).any(|k| {
                    tokens[e + 1..=k].iter().all(|t| t.is_capitalised())
                        && g.is_place(&text[tokens[e + 1].bstart..tokens[k].bend])
                })
                && tokens[of + 1..e]
                    .iter()
                    .all(|t| t.is_capitalised() && !g.org_words.contains(t.text))
        };
        // "Melissa Cronin of Gawker": a given name and a surname (no more) from somewhere the
        // lists do not know are still someone from there.
        let given_and_surname = of - s == 2
            && title.is_none()
            && g.given.contains_key(tokens[s].text)
            && !g.is_place(tokens[s].text)
            && !g.given.contains_key(tokens[s + 1].text)
            && tokens[s + 1].is_capitalised()
            && !g.org_words.contains(tokens[s + 1].text)
            && tokens[of + 1..e].iter().all(|t| t.is_capitalised());
        if (person && (g.places.contains_key(&place) || org || region_after()))
            || (named && org)
            || given_and_surname
        {
            emit(tokens, text, s, of, title, g, out);
            let from = out.len();
            emit(tokens, text, of + 1, e, None, g, out);
            // (Where someone is "of" is no person: "George Zornick of The Nation".)
            if given_and_surname {
                for m in &mut out[from..] {
                    if m.kind == FactKind::Person {
                        m.kind = FactKind::Organization;
                    }
                }
            }
            return;
        }
        // "Charles E. Grassley, Republican of Iowa": a party member from a place names the place.
        const PARTY: &[&str] = &["Republican", "Democrat", "Democratic", "Independent"];
        if of == s + 1 && PARTY.contains(&tokens[s].text) && g.places.contains_key(&place) {
            emit(tokens, text, of + 1, e, None, g, out);
            return;
        }
    }
    let name = &text[tokens[s].bstart..tokens[e - 1].bend];
    let lname = name.to_lowercase().replace('’', "'");
    // "the Clinton White House", "a Hillary Clinton White House": a known place or organisation
    // of two words or more ends the run, and what comes before it is another name. Not after a
    // connector ("Bank of New York").
    if e - s >= 3 && !g.places.contains_key(&lname) && !g.orgs.contains_key(&lname) {
        let known = |a: usize, b: usize| {
            with_lower(&text[tokens[a].bstart..tokens[b - 1].bend], |l| {
                (g.places.contains_key(l), g.orgs.contains_key(l))
            })
        };
        // (A known place, organisation or people before it, or opening what is before it, is a
        // modifier: "U.N. Security Council", "Scottish Labour Party", "New York State
        // Republican Party".)
        let modifier = |k: usize| {
            let (place, org) = known(s, k);
            let l = text[tokens[s].bstart..tokens[k - 1].bend].to_lowercase();
            place
                || org
                || g.demonyms.contains_key(&l)
                || known_prefix(tokens, text, s, k, g) > s
                || (k == s + 1
                    && (g.place_words.contains(tokens[s].text)
                        || g.org_words.contains(tokens[s].text)
                        || institution_word(tokens[s].text)))
        };
        if let Some(k) = (s + 1..=e - 2).find(|&k| {
            let (place, org) = known(k, e);
            // ("Keene State College" is a college, not Keene and the town of State College.)
            let org_named_for_place = place && !org && g.org_words.contains(tokens[e - 1].text);
            (place || org)
                && !org_named_for_place
                && !is_connector(tokens[k - 1].text)
                && !modifier(k)
        }) {
            emit(tokens, text, s, k, title, g, out);
            emit(tokens, text, k, e, None, g, out);
            return;
        }
    }
    // "Korea-China relations", "Seoul-Beijing ties": a compound of places is a modifier, and its
    // places are named on their own elsewhere.
    if name.contains('-') && !g.places.contains_key(&lname) && !g.orgs.contains_key(&lname) {
        let parts: Vec<&str> = name.split('-').collect();
        let place_part = parts.iter().any(|p| {
            let p = p.to_lowercase();
            g.places.contains_key(&p) || g.place_ends.contains(&p)
        });
        // (Not a person's double-barrelled surname after a given name: "Gilda Cobb-Hunter",
        // though "Hunter" ends a place's name.)
        let given_first = name.contains(' ')
            && name
                .split([' ', '-'])
                .next()
                .is_some_and(|w| g.given.contains_key(w));
        // (Nor a double given name, "Karine Jean-Pierre", though "Pierre" names a town.)
        let given_first = given_first
            || name
                .split(' ')
                .any(|w| w.contains('-') && g.given.contains_key(w))
            // (Nor a Chinese or Korean name after its surname: "Li Ka-Shing", "Tung Ka-Wah".)
            || name.split_once(' ').is_some_and(|(first, rest)| {
                g.surnames_first.contains(first) && !rest.contains(' ') && rest.contains('-')
            });
        // (Unless a place's word ends it: "Miami-Dade County", "Kitchener-Waterloo Region".)
        let place_word_last = e - s >= 2 && g.place_words.contains(tokens[e - 1].text);
        if place_part
            && !given_first
            && !place_word_last
            && parts
                .iter()
                .all(|p| p.chars().next().is_some_and(|c| !c.is_lowercase()))
        {
            return;
        }
    }
    let single = e - s == 1;
    let first = &tokens[s];
    // The first word of a quotation is capitalised like a sentence's: “Look, …”.
    let opens = first.sentence_start || opens_quote(tokens, text, s);
    // "South Florida", "Southern California", "North Philadelphia", "West Texas": a part of a
    // known place, named by its side, is a place.
    let side = |t: &Token<'_>| {
        matches!(
            t.text,
            "North"
                | "South"
                | "East"
                | "West"
                | "Northern"
                | "Southern"
                | "Eastern"
                | "Western"
                | "Central"
                | "Northeast"
                | "Northwest"
                | "Southeast"
                | "Southwest"
                | "Northeastern"
                | "Northwestern"
                | "Southeastern"
                | "Southwestern"
                | "Upper"
                | "Lower"
                | "Greater"
                | "Downtown"
        )
    };
    // (So is a city's side: "the South Side", "the Upper East Side", and the side of a place
    // another side names: "East Carolina", "Western Dakota".)
    if (2..=3).contains(&(e - s))
        && title.is_none()
        && side(first)
        && (g.is_place(&text[tokens[s + 1].bstart..tokens[e - 1].bend])
            || (tokens[e - 1].text == "Side" && tokens[s + 1..e - 1].iter().all(side))
            || (e - s == 2 && compass_region(first.text, tokens[s + 1].text, g)))
    {
        out.push(Mention::of(tokens, text, s, e, FactKind::Place, None));
        return;
    }
    // A lone sentence-initial word that no list knows is probably just a capitalised word.
    if single
        && opens
        && title.is_none()
        && !g.places.contains_key(&lname)
        && !g.orgs.contains_key(&lname)
    {
        let next_is_speech = speech_follows(tokens, e)
            || tokens
                .get(e)
                .is_some_and(|t| ACTION_VERBS.contains(&t.text));
        // ("Cynics suggested", "Skeptics argued", "Economists said": a plural of a kind of
        // people speaks; no surname ends so.)
        let kind_of_people = lname.len() > 5 && (lname.ends_with("ics") || lname.ends_with("ists"));
        // ("History suggests", "Data shows": an abstract noun shows, and names no one.)
        let abstract_noun = matches!(
            lname.as_str(),
            "history"
                | "data"
                | "research"
                | "evidence"
                | "science"
                | "experience"
                | "logic"
                | "reality"
                | "polls"
                | "surveys"
                | "studies"
                | "records"
                | "figures"
        );
        if kind_of_people
            || abstract_noun
            || (!next_is_speech && !person_cue_after(tokens, e) && !described_as_org(tokens, e))
        {
            return;
        }
    }
    // "US troops", "WHO experts": capitals amid lower-case words are an acronym, not "us" or
    // "who" in a headline's capitals.
    let acronym = name.len() >= 2
        && name.bytes().all(|b| b.is_ascii_uppercase())
        && [s.checked_sub(1), Some(e)].into_iter().flatten().any(|k| {
            tokens.get(k).is_some_and(|t| {
                t.sentence == first.sentence && t.text.chars().any(char::is_lowercase)
            })
        });
    // "He’s", "I’m": a function word with its contraction.
    let contracted = [
        "’s", "'s", "’m", "'m", "’ll", "'ll", "’d", "'d", "’re", "'re", "’ve", "'ve",
    ]
    .iter()
    .find_map(|c| lname.strip_suffix(c))
    .is_some_and(|base| base == "i" || is_not_name(base));
    // "super PACs", "NGOs", "CEOs": an acronym's plural is a kind of thing, not a name.
    if single
        && name.len() >= 3
        && name.ends_with('s')
        && name[..name.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_uppercase())
    {
        return;
    }
    // "World War II", "World War I": the war, numbered.
    if e - s >= 3 && matches!(last_word(name), "I" | "II") && tokens[e - 2].text == "War" {
        return;
    }
    // Party members are a group, not a person: "Democrats said yes". (Britain's
    // "Conservatives" and "Tories" name the party: the other rules type them.)
    let party = matches!(
        name,
        "Democrats" | "Republicans" | "Democrat" | "Republican" | "Independents" | "Democratic"
    );
    // A creed, a doctrine or a scripture is no person, place or organisation: "Nazism",
    // "Judaism", "Islam", "the Bible".
    let doctrine = (lname.len() >= 6 && lname.ends_with("ism") && !acronym)
        || matches!(
            lname.as_str(),
            "islam" | "christianity" | "bible" | "koran" | "quran" | "torah" | "talmud"
        );
    if single
        && ((is_not_name(&lname) && !acronym)
            || doctrine
            || contracted
            || party
            || name.chars().count() < 2
            || NOT_ORGS.contains(&name)
            || ZONES_AND_HONOURS.contains(&name))
    {
        return;
    }
    // A multi-word name that contains a known place or organisation but is neither (an event
    // or a document title: "APEC Economic Leaders", "Free Trade Agreement") is not a person.
    let contains_known = e - s >= 2
        && !g.places.contains_key(&lname)
        && !g.orgs.contains_key(&lname)
        && tokens[s..e].iter().any(|t| {
            with_lower(t.text, |l| {
                g.places.contains_key(l) || g.orgs.contains_key(l) || g.demonyms.contains_key(l)
            })
        });
    let prev = s.checked_sub(1).map(|p| lower(&tokens[p]));
    let prev2 = s.checked_sub(2).map(|p| lower(&tokens[p]));
    // ("Globes producer Dick Clark Productions": a role before a company's name.)
    let role_before = (s
        .checked_sub(1)
        .is_some_and(|p| g.is_title_or_role(tokens[p].text))
        && !g.org_words.contains(tokens[e - 1].text))
        || prev2
            .as_deref()
            .zip(prev.as_deref())
            .is_some_and(|(a, b)| g.is_title(&format!("{a} {b}")));
    // "Miss Universe Alicia Machado", "Vermonter Bernie Sanders": words no list knows before a
    // given name and a surname describe the person, and are no part of the name. (Not a place's
    // prefix: "Santa Monica", "Port Elizabeth"; not before a body's word: "Dick Clark
    // Productions"; the name keeps two words: "Hurricane Katrina" is one.)
    if e - s >= 3
        && title.is_none()
        && !contains_known
        && !g.org_words.contains(tokens[e - 1].text)
        && !g.given.contains_key(tokens[s].text)
        && !matches!(
            tokens[s].text,
            "St." | "St" | "Saint" | "San" | "Santa" | "Sao" | "São" | "Port" | "Fort" | "Lake"
                | "Mount" | "Mt." | "Cape" | "Glen" | "Grand" | "New" | "Old" | "Little"
        )
        && tokens[s..e].iter().all(|t| {
            t.text.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
        && let Some(k) = (s + 1..e - 1).find(|&k| g.given.contains_key(tokens[k].text))
        && tokens[s..k].iter().all(|t| {
            t.text.chars().skip(1).all(char::is_lowercase)
                && t.text.chars().count() > 2
                && !g.is_place(t.text)
        })
        && tokens[k + 1..e]
            .iter()
            .all(|t| !g.given.contains_key(t.text) || t.text.ends_with('.'))
        // (One word alone must say what it is: "Zulfikar Ali Bhutto", "Moner Mohammad
        // Abusalha" open with a given name no list knows.)
        && (k - s >= 2 || describes_someone(tokens[s].text, g))
    {
        emit(tokens, text, k, e, None, g, out);
        return;
    }
    let speech_after = speech_follows(tokens, e) || person_cue_after(tokens, e);
    let last = tokens[e - 1].text;
    let mut weak = false;
    // The mention's first token: `s`, or a word before it that the name takes in.
    let mut from = s;
    let (kind, canonical) = if let Some(c) = g.orgs.get(&lname) {
        (FactKind::Organization, Some(c.to_string()))
    } else if single
        && PEOPLE_BY_INITIALS.contains(&name)
        // ("landed at JFK": the airport.)
        && !(name == "JFK"
            && prev
                .as_deref()
                .is_some_and(|p| matches!(p, "at" | "to" | "from" | "into" | "via" | "near")))
    {
        (FactKind::Person, None)
    } else if e - s == 2
        && matches!(tokens[s].text, "House" | "Senate" | "Assembly")
        && (matches!(last, "Democrats" | "Republicans" | "GOP") || g.org(last).is_some())
    {
        // "House Democrats", "the Senate GOP": a chamber's party caucus.
        (FactKind::Organization, None)
    } else if e - s >= 3
        && institution_word(tokens[s].text)
        && g.org(&text[tokens[s + 1].bstart..tokens[e - 1].bend])
            .is_some()
    {
        // "the International Red Cross", "National Rifle Association": a body's name that an
        // adjective of state opens.
        (FactKind::Organization, None)
    } else if title.is_none()
        && !role_before
        && tokens.get(e).is_some_and(|t| {
            t.sentence == first.sentence
                && matches!(
                    t.text,
                    "airport"
                        | "river"
                        | "stadium"
                        | "valley"
                        | "island"
                        | "islands"
                        | "peninsula"
                        | "desert"
                        | "canyon"
                        | "glacier"
                        | "volcano"
                        | "mountains"
                )
        })
        // ("Deportivo's stadium": a possessive's thing.)
        && tokens.get(e + 1).is_none_or(|t| t.text != "s")
    {
        // "Charles de Gaulle airport", "the Clutha river", "Wembley stadium": a place.
        (FactKind::Place, g.place(name).map(str::to_string))
    } else if let Some(c) = g.place(name).filter(|_| title.is_none() && !role_before) {
        (FactKind::Place, Some(c.to_string()))
    } else if let Some(kind) = (title.is_some() && !single)
        .then(|| {
            named_for_someone(last).or_else(|| {
                // ("Prince Alwaleed Bin Talal Center for Muslim-Christian Understanding".)
                tokens[s..e]
                    .windows(2)
                    .find(|w| matches!(w[1].text, "for" | "of"))
                    .and_then(|w| named_for_someone(w[0].text))
            })
        })
        .flatten()
    {
        // "Bishop Noll Institute", "Cardinal Newman High School", "Queen Elizabeth Hospital",
        // "King Street": a place or an institution named for a titled person.
        (kind, None)
    } else if title.is_some() || role_before {
        (FactKind::Person, None)
    } else if e - s >= 3
        && super::text::is_saint(tokens[s].text)
        && tokens[s + 1].text == "."
        && !(start_is_org_word(tokens, s, e, g))
    {
        // "Ft. Worth", "Mt. Everest", "Port St. Lucie": a place named for a saint or a mount
        // ("St. Louis Rams", a plural last, is its team).
        let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss");
        if plural && e - s >= 4 {
            (FactKind::Organization, None)
        } else {
            (FactKind::Place, None)
        }
    } else if prev.as_deref().is_some_and(|p| {
        (ORG_NOUNS.contains(&p)
            // ("on the Democratic side Pate backed…": a party's side is no club.)
            && !(p == "side"
                && s >= 2
                && matches!(
                    tokens[s - 2].text,
                    "Democratic" | "Republican" | "Labour" | "Conservative" | "other" | "same"
                )))
                // ("Texas-based Matt Mackowiak" is a consultant.)
                || (p.ends_with("-based") && !g.given.contains_key(first.text))
    }) || listed_after_org_noun(tokens, s)
        || (!g.given.contains_key(first.text)
            && (set_off_after_org_noun(tokens, s, e)
                || described_as_org(tokens, e)
                || (!single && works_for(tokens, s, g) && !g.place_words.contains(last))
                || (!single && prev.as_deref().is_some_and(|p| CLUB_PLURALS.contains(&p)))))
    {
        // "news agency Interfax", "tyre giant Pirelli", "Spanish club Deportivo Coruna";
        // "firms including Mobil, Shell and Caltex"; "Ohio-based KeyCorp".
        (FactKind::Organization, None)
    } else if (g.org_words.contains(last)
        // (Alone, some are just words: "the middle of the Channel", "Spring Into Action".)
        && !(single && matches!(last, "Channel" | "Action" | "Review" | "Monitor")))
        // "Procter & Gamble", "A.G. Edwards & Sons": names joined by an ampersand.
        // (Not "Ann & I".)
        || (e - s >= 3
            && tokens[s + 1..e - 1].iter().any(|t| t.text == "&")
            && tokens[s..e].iter().all(|t| t.text != "I"))
        || tokens[s..e]
            .windows(2)
            .any(|w| g.org_words.contains(w[0].text) && CONNECTORS.contains(&lower(&w[1]).as_ref()))
        || tokens[s..e]
            .iter()
            .any(|t| t.text == "Ministry" || t.text == "University")
        // "Ansar al-Sharia", "Lashkar-e-Taiba", "Jabhat al-Nusra": Arabic and Urdu words for
        // "supporters", "army", "front", "movement", "party" open the names of groups.
        || (e - s >= 2 && MOVEMENT_HEADS.contains(&tokens[s].text))
        || ["Lashkar-", "Jaish-", "Tehrik-", "Hizb-"]
            .iter()
            .any(|p| tokens[s].text.starts_with(p))
    {
        (FactKind::Organization, None)
    } else if NOT_PEOPLE_LAST.contains(&last)
        // ("said Kristen Day", "Doris Day told": a given name and a surname that is also an
        // event's word, speaking, are a person.)
        && !(e - s == 2
            && g.given.contains_key(tokens[s].text)
            && (speech_after || s.checked_sub(1).is_some_and(|p| speech(tokens[p].text))))
    {
        // An event or a contest: not a person, place or organisation. A known place before a
        // day ("the U.S. Labor Day weekend", "Israel Independence Day") is still that place.
        let known = known_prefix(tokens, text, s, e, g);
        if matches!(last, "Day" | "Week") && known > s && known < e - 1 {
            let name = &text[tokens[s].bstart..tokens[known - 1].bend];
            if let Some(c) = g.place(name) {
                out.push(Mention::of(
                    tokens,
                    text,
                    s,
                    known,
                    FactKind::Place,
                    Some(c.to_string()),
                ));
            }
        }
        return;
    } else if matches!(prev.as_deref(), Some("a" | "an"))
        && (single || !g.given.contains_key(first.text))
        // ("a Neptune, N.J., native": a town and its state.)
        && !(tokens.get(e).is_some_and(|t| t.text == ",")
            && tokens.get(e + 1).is_some_and(|t| t.is_capitalised()))
        && !contains_known
        // (Nor a known name's brand, "a Des Moines Register poll", nor an acronym's team, "an
        // ACT Invitational XI".)
        && known_prefix(tokens, text, s, e, g) == s
        && !tokens[s..e].iter().any(all_caps)
        && tokens
            .get(e)
            .is_none_or(|t| t.sentence != tokens[s].sentence || !t.is_word())
    {
        // "to take home a Golden Globe", "drives a Toyota Camry", "would have gotten an Oscar":
        // a name after "a" that ends the phrase is a thing of that name, not someone. ("a Hillary Clinton presidency" goes on
        // to its noun; "a John Smith" opens with a given name.)
        return;
    } else if !single && tokens[s..e].iter().any(|t| TABLE_WORDS.contains(&t.text)) {
        // A table's or a report's heading in title case: "Net Income", "Financial Data",
        // "World Markets Overnight Summary", "Except Per Share Numbers".
        return;
    } else if prev.as_deref() == Some("the")
        && !contains_known
        && last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !g.demonyms.contains_key(lname.trim_end_matches('s'))
        // ("the Sanders campaign", "the Williams family": a person's surname that ends in s.)
        && !tokens.get(e).is_some_and(|t| {
            matches!(
                t.text,
                "campaign" | "family" | "administration" | "camp" | "era" | "presidency"
                    | "household" | "estate" | "children" | "brothers" | "sisters" | "case"
            )
        })
    {
        // "the Yankees", "the Springboks", "the White Sox": a team or a band, not a person.
        (FactKind::Organization, None)
    } else if e - s == 2 && first.text == "Team" && title.is_none() {
        // "Team Trump", "Team Sky", "Team USA": a side, a squad or a campaign.
        (FactKind::Organization, None)
    } else if state_university(&tokens[s..e]) {
        // "Ohio State", "Penn State", "N.C. State": the university (and its teams), not the
        // state ("Rakhine State", "New York State" stay places).
        (FactKind::Organization, None)
    } else if g.place_words.contains(last) {
        // A lone "Beach", "State" or "Falls" is a title's word ("Life's a Beach", "Secretary of
        // State", "Before Night Falls") unless it is the surname of someone the article names
        // ("President Park"): weak, as an unknown single word is. "the Gulf" and "Gulf waters"
        // are places; "Park said" is someone.
        // ("the 2nd District, who", "The (Vancouver) Province reported" are no one.)
        if single && speech_after && tokens[s].sentence_start {
            (FactKind::Person, None)
        } else if e - s == 2 && speech_after && g.given.contains_key(first.text) {
            // "Grace Park said", "Daniel Lake told…": a given name, then a surname that is also
            // a place's word, who speaks.
            (FactKind::Person, None)
        } else if single && name == "State" {
            // "his final State of the Union address", "pro-Islamic State accounts": a lone
            // "State" is left of a longer name, not a place.
            return;
        } else {
            // "170th Street", "the 4th District": the ordinal is part of the name.
            if single
                && s.checked_sub(1).is_some_and(|p| {
                    tokens[p].sentence == tokens[s].sentence && ordinal(tokens[p].text)
                })
            {
                from = s - 1;
            }
            // ("King's Park", "St. James' Park": a possessive names it too.)
            weak = single
                && from == s
                && prev.as_deref() != Some("the")
                && !text[..tokens[s].bstart]
                    .trim_end()
                    .trim_end_matches('s')
                    .ends_with(['\'', '’'])
                && !tokens.get(e).is_some_and(|t| {
                    t.sentence == tokens[s].sentence
                        && t.text.chars().next().is_some_and(char::is_lowercase)
                        && !is_not_name(t.text)
                });
            (FactKind::Place, None)
        }
    } else if single
        && name == "House"
        && ((prev.as_deref() == Some("the") && tokens.get(e).is_none_or(|t| !t.is_capitalised()))
            || tokens.get(e).is_some_and(|t| {
                t.sentence == tokens[s].sentence
                    && (g.is_title(t.text)
                        || matches!(
                            t.text,
                            "members"
                                | "leader"
                                | "leaders"
                                | "candidates"
                                | "candidate"
                                | "seat"
                                | "seats"
                                | "races"
                                | "race"
                                | "majority"
                                | "committee"
                                | "panel"
                                | "vote"
                                | "floor"
                                | "bill"
                                | "campaign"
                                | "campaigns"
                                | "primary"
                                | "primaries"
                                | "district"
                                | "districts"
                                | "Democrat"
                                | "Republican"
                        ))
            }))
    {
        // "the House passed the bill": the lower chamber, as the Senate is the upper one.
        // So is it before its members or an office: "House members", "House Speaker Paul
        // Ryan", "a top House leader".
        (FactKind::Organization, None)
    } else if single && name == "House" && title.is_none() {
        // ("by House Minority Leader Nancy Pelosi": the chamber, or a house's name; no person.)
        return;
    } else if single
        && prev.as_deref() == Some("the")
        && matches!(
            name,
            "North"
                | "South"
                | "East"
                | "West"
                | "Midwest"
                | "Northeast"
                | "Northwest"
                | "Southeast"
                | "Southwest"
        )
    {
        // "the South", "the Midwest": a region.
        (FactKind::Place, None)
    } else if single
        && matches!(
            name,
            "GMT"
                | "UTC"
                | "EDT"
                | "EST"
                | "CDT"
                | "CST"
                | "MDT"
                | "MST"
                | "PDT"
                | "PST"
                | "BST"
                | "CET"
                | "CEST"
                | "ET"
                | "PT"
        )
    {
        // A clock's time zone ("8 p.m. EDT").
        return;
    } else if single
        && name.len() >= 2
        && name.len() <= 6
        && name
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
    {
        (FactKind::Organization, None)
    } else if single
        && tokens.get(e).is_some_and(|t| t.text == ",")
        && tokens
            .get(e + 1)
            .is_some_and(|t| t.is_capitalised() && g.is_place(t.text) && !t.sentence_start)
        && tokens
            .get(e + 2)
            .is_none_or(|t| matches!(t.text, "," | "." | ";" | ")" | "(" | "—" | "–"))
    {
        // "Concord, N.H.", "Salem, Oregon,": a town named with its state or country.
        (FactKind::Place, None)
    } else if !single
        && matches!(
            last,
            "Republicans" | "Democrats" | "Conservatives" | "Liberals" | "Socialists" | "Greens"
        )
    {
        // "Congressional Republicans", "Senate Democrats": a party's members, not a person.
        (FactKind::Organization, None)
    } else if !single
        && matches!(last, "House" | "Senate" | "Assembly")
        && e - s <= 4
        && (matches!(
            tokens[e - 2].text,
            "Democratic" | "Republican" | "GOP" | "State" | "state"
        ) || g.is_place(&text[tokens[s].bstart..tokens[e - 2].bend]))
    {
        // "South Dakota House candidate", "a Democratic House majority": a state's or a
        // party's chamber, not a person.
        (FactKind::Organization, None)
    } else if e - s >= 2
        && ((sport_body(last) && g.is_place(&text[tokens[s].bstart..tokens[e - 2].bend]))
            || (e - s == 2 && sport_body(first.text) && g.is_place(last)))
    {
        // "Sri Lanka Cricket", "USA Gymnastics", "Cricket Australia": a country's governing
        // body of a sport.
        (FactKind::Organization, None)
    } else if !single
        && matches!(
            first.text,
            "Hurricane" | "Typhoon" | "Cyclone" | "Superstorm" | "Tropical"
        )
    {
        // "Hurricane Sandy", "Typhoon Haiyan", "Tropical Storm Hermine": a storm, no person.
        return;
    } else if corporate_compound(last) {
        // "Sun Microsystems", "Juniper Networks", "Medtronic", "Novartis Pharma": a word that
        // builds a company's name out of its trade.
        (FactKind::Organization, None)
    } else if !single && g.demonyms.contains_key(&lname) {
        // "Puerto Ricans", "Native Americans": a people.
        return;
    } else if !single && (s + 1..e - 1).any(|k| tokens[k].text == "for") {
        // "Partnership for Conservative Principles", "Concerned Veterans for America": no
        // person's name holds "for"; a body's often does (even before ", who").
        (FactKind::Organization, None)
    } else if speech_after && prev.as_deref() == Some("the") && !g.given.contains_key(first.text) {
        // "the Pentagon said", "Frank Klein of the Ritz said": news puts no article before a
        // person's name; what speaks after "the" is a body.
        (FactKind::Organization, None)
    } else if speech_after
        // ("PolitiFact says": a brand speaks, not a person; see below.)
        && !(single
            && camel_case_brand(name, g)
            && !text[..tokens[s].bstart].ends_with(['@', '#', '/']))
        // ("Real Madrid agreed", "Air France said": a brand before a known place speaks, as a
        // club or a company; not "Jordan Spieth said", a place first.)
        && !(contains_known
            && g.is_place(last)
            && (g.org(first.text).is_some() || BRAND_HEADS.contains(&first.text))
            && place_with_brand(&tokens[s..e], g))
    {
        (FactKind::Person, None)
    } else if prev.as_deref().is_some_and(|p| {
        matches!(
            p,
            "in" | "at" | "near" | "from" | "across" | "outside" | "inside"
        )
    }) && single
        // ("ninth in Pac-10", "in F-16s": a code with digits names no place.)
        && !name.bytes().any(|b| b.is_ascii_digit())
        // ("a stake in Vantor", "invested in Vantor": a company's.)
        && !prev2.as_deref().is_some_and(|p| {
            matches!(p, "stake" | "stakes" | "invested" | "investing" | "investment")
        })
    {
        if prev.as_deref() == Some("at") && prev2.as_deref().is_some_and(works_at) {
            // "worked at Carrier", "an executive at Carrier": an employer, not a place.
            (FactKind::Organization, None)
        } else {
            (FactKind::Place, None)
        }
    } else if (2..=3).contains(&(e - s))
        && !contains_known
        && (prev.as_deref().is_some_and(|p| matches!(p, "in" | "near"))
            || (prev.as_deref() == Some("at") && !prev2.as_deref().is_some_and(works_at)))
        && !g.given.contains_key(first.text)
        && !tokens
            .get(e)
            .is_some_and(|t| matches!(t.text, "'" | "’" | "'s" | "’s"))
        && !tokens[s.saturating_sub(4)..s].iter().any(|t| {
            matches!(
                t.text,
                "published"
                    | "appeared"
                    | "appears"
                    | "wrote"
                    | "writes"
                    | "written"
                    | "reported"
                    | "journal"
                    | "magazine"
                    | "issue"
                    | "edition"
                    | "interview"
                    | "column"
                    | "article"
                    | "op-ed"
                    | "essay"
            )
        })
        && !tokens[s..e].iter().any(|t| g.org_words.contains(t.text))
        && !prev2.as_deref().is_some_and(|p| g.is_title_or_role(p))
    {
        // "in Tunbridge Wells", "in Tanjung Priok", "the match at White Hart Lane": a name no
        // list knows, where something happens, is a place. (Not a person's, opening with a
        // given name; not after "at" where someone works or studies: "an analyst at Morgan
        // Stanley", "a writer at Vanity Fair", "worked at Acme Widgets"; not
        // before a possessive: "in Joleon Lescott's own goal"; not a publication: "published in
        // Nature Biotechnology".)
        (FactKind::Place, None)
    } else if contains_known
        && g.given.contains_key(first.text)
        && (e - s == 2 || (e - s == 3 && tokens[s + 1].text.trim_end_matches('.').len() == 1))
        && tokens[e - 1].text.chars().skip(1).all(char::is_lowercase)
    {
        // "Michael Bloomberg", "George Washington", "Jack London": a given name and a surname
        // that also names a company or a place.
        (FactKind::Person, None)
    } else if contains_known
        && (2..=3).contains(&(e - s))
        && g.surnames_first.contains(first.text)
        && !g.is_place(first.text)
        && tokens[s + 1..e]
            .iter()
            .all(|t| t.text.chars().skip(1).all(|c| c.is_lowercase() || c == '-'))
    {
        // "Wang Donghai", "Kim Jong-un": a surname that opens the name, then a given name that
        // also names a city.
        (FactKind::Person, None)
    } else if (2..=3).contains(&(e - s))
        && contains_known
        && country_follows(tokens, e, g)
        && tokens[s..e]
            .iter()
            .all(|t| t.text.chars().all(|c| c.is_alphabetic() || c == '-'))
    {
        // "MaliVai Washington (U.S.)", "Torrance Zellner (U.S.) 48.23 seconds": a results list
        // names an athlete with the country; a town in the name makes no club of it. (A team's
        // results line is read before: "Alba (Germany) 75 Red Star (Yugoslavia) 70".)
        (FactKind::Person, None)
    } else if (2..=3).contains(&(e - s))
        && contains_known
        && (s.checked_sub(1).is_some_and(|p| kinship(tokens[p].text))
            || tokens
                .get(e)
                .is_some_and(|t| matches!(t.text, "died" | "dies")))
    {
        // "His mother Karamia Wheaton", "Tama Galiere died": someone's kin, or who died, is a
        // person though a town ends or opens the name.
        (FactKind::Person, None)
    } else if let Some(true) = contains_known.then(|| place_with_brand(&tokens[s..e], g)) {
        // "Rotor Volgograd", "Real Madrid", "Air France", "Statistics Canada": a club or a
        // company named with a place.
        (FactKind::Organization, None)
    } else if let Some(kind) = (!single).then(|| of_phrase(&tokens[s..e])).flatten() {
        // "Federal Republic of Yugoslavia", "House of Representatives", "Party of God".
        (kind, None)
    } else if !single && g.org(last).is_some() && known_prefix(tokens, text, s, e, g) == e - 1 {
        // "the South Carolina GOP primary", "the New York NAACP chapter": a body's branch in a
        // place.
        (FactKind::Organization, None)
    } else if !single
        && prev.as_deref() == Some("the")
        && !g.given.contains_key(first.text)
        && tokens.get(e).is_some_and(|t| body_noun(t.text))
    {
        // "the Air Accidents Investigation branch", "the Black Lives Matter movement": a body's
        // name before what it is.
        (FactKind::Organization, None)
    } else if !single && prev.as_deref() == Some("the") && !g.given.contains_key(first.text) {
        // "the Great Recession", "the Rust Belt", "the Democratic National Convention": news
        // seldom puts an article before a person's name (titles and given names were checked
        // above), and what else it is cannot be told: not listed.
        return;
    } else if e - s >= 3
        // (No given name or initial anywhere: "J. Christopher Stevens", "Channing D. Phillips",
        // "Vermonter Bernie Sanders" are people.)
        && !tokens[s..e].iter().any(|t| {
            g.given.contains_key(t.text) || t.text.trim_end_matches('.').chars().count() == 1
        })
        && last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("is")
        && last.chars().skip(1).all(char::is_lowercase)
    {
        // "Red Hot Chili Peppers", "Black Eyed Peas": three words or more, no given name, a
        // plural last: a band or a team, not a person ("John Quincy Adams" has a given name,
        // "Reince Priebus" two words).
        (FactKind::Organization, None)
    } else if !single
        && !g.given.contains_key(first.text)
        && tokens.get(e).is_some_and(|t| {
            matches!(
                t.text,
                "troops"
                    | "forces"
                    | "officers"
                    | "soldiers"
                    | "protesters"
                    | "protestors"
                    | "activists"
                    | "supporters"
                    | "members"
                    | "volunteers"
                    | "fighters"
                    | "militants"
                    | "rebels"
                    | "agents"
                    | "employees"
                    | "workers"
                    | "staffers"
                    | "units"
                    | "teams"
                    // "France's far-right Front National party": the party's own name.
                    | "party"
                    | "campaign"
            ) || body_noun(t.text)
        })
    {
        // "Special Operations troops", "Black Lives Matter protesters", "Border Patrol agents":
        // a body whose members these are, not a person (a person's name opens with a given name:
        // "Bernie Sanders supporters").
        (FactKind::Organization, None)
    } else if !single
        && title.is_none()
        && !contains_known
        && is_adjectival(first.text)
        && !g.given.contains_key(first.text)
        && (opens || tokens[s..e].iter().all(|t| is_adjectival(t.text)))
    {
        // "Controversial IRA film screened…", "Classic Clinton, …": an adjective or a participle
        // capitalised by its sentence opens no name; what follows it may be one. Nor are
        // adjectives alone a name anywhere ("the Progressive Conservative government").
        if tokens[s + 1..e].iter().any(|t| !is_adjectival(t.text)) {
            emit(tokens, text, s + 1, e, title, g, out);
        }
        return;
    } else if !single
        && !contains_known
        && product_code(last)
        && tokens[s].text.bytes().any(|b| b.is_ascii_lowercase())
        // (Not a part list: "MHz DDR2 ECC FB-DIMM RAM".)
        && !tokens[s..e].iter().any(|t| t.text.bytes().any(|b| b.is_ascii_digit()))
    {
        // "Sirius XM", "Office Open XML", "Keystone XL": a person's name ends in no acronym (a
        // regnal numeral and a barrister's "QC" are not one).
        (FactKind::Organization, None)
    } else if !single
        && !contains_known
        // "the House Zika funding proposal", "a Senate Benghazi probe": a chamber's name before
        // an unknown word makes a modifier, not a person's name.
        && !institution_word(first.text)
        // "Altering the Cadillac", "Face the Nation": "the" inside, not after "of" or "for",
        // makes a phrase, not a person's name ("Alexander the Great" has a given name).
        && !(s + 1..e - 1).any(|k| {
            tokens[k].text == "the"
                && !is_connector(tokens[k - 1].text)
                && !(k == s + 1 && g.given.contains_key(tokens[s].text))
        })
        && tokens[s..e].iter().all(|t| {
            t.text
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’' || c == '.')
        })
    {
        (FactKind::Person, None)
    } else if single
        && camel_case_brand(name, g)
        && !text[..tokens[s].bstart].ends_with(['@', '#', '/'])
    {
        // "EgyptAir", "HuffPost", "LinkedIn", "KeyCorp": a brand's inner capital.
        (FactKind::Organization, None)
    } else if single && joined_by_particle(name) {
        // "Inzamam-ul-Haq", "Ata-ur-Rehman": a name joined by a particle is a person's.
        (FactKind::Person, None)
    } else if single
        && !opens
        && !name.bytes().any(|b| b.is_ascii_digit())
        // ("Sino-Japanese", "Franco-German": a people's or a place's word after a hyphen.)
        && !name.split('-').skip(1).any(|p| {
            g.is_place(p) || with_lower(p, |l| g.demonyms.contains_key(l))
        })
    {
        // An unknown single word ("Trump", "Ishiba"): a person only if it abbreviates one.
        // (Not a code with digits: "EB-5", "F-16".) A given name that a pronoun of its gender
        // follows in the sentence is someone the article knows by that name alone ("Diana
        // changed her number", "what Shaun is looking to do; he wants…").
        weak = !given_name_then_pronoun(tokens, s, g);
        (FactKind::Person, None)
    } else {
        // A name-like phrase we cannot type: not listed.
        return;
    };
    // "One Nation", "One Voice": no one's name opens with "One"; a group's or a campaign's does.
    let kind = if kind == FactKind::Person && !single && first.text == "One" && title.is_none() {
        FactKind::Organization
    } else {
        kind
    };
    // "the Senate Subcommittee on Consumer Protection", "the Task Force on Digital Trade": a
    // body's name goes on through "on" into its field; one organisation, not a person after it.
    // (Not into a place or another organisation: "Breitbart News Daily on SiriusXM".)
    // Its field may have two parts: "the Center on Budget and Policy Priorities", "the
    // Committee on Energy and Commerce".
    let field_goes_on = |last: &Mention| {
        tokens[s - 1].text == "and"
            && last.tok_end == s - 1
            && last.kind == FactKind::Organization
            && last.text.contains(" on ")
            && title.is_none()
            && matches!(kind, FactKind::Person | FactKind::Organization)
    };
    if let Some(last) = out.last_mut()
        && s >= 2
        && (field_goes_on(last)
            || (tokens[s - 1].text == "on"
                && last.tok_end == s - 1
                && last.kind == FactKind::Organization
                && g.org_words.contains(tokens[s - 2].text)
                && title.is_none()
                && (kind == FactKind::Person
                    // ("the Senate Committee on Homeland Security": a committee's field may
                    // be a department's name.)
                    || (kind == FactKind::Organization
                        && matches!(
                            tokens[s - 2].text,
                            "Committee" | "Subcommittee" | "Commission"
                        )))))
    {
        *last = Mention::of(
            tokens,
            text,
            last.tok_start,
            e,
            FactKind::Organization,
            None,
        );
        return;
    }
    // "the European Convention on Human Rights", "the Declaration on …": an instrument's field,
    // not a person.
    if kind == FactKind::Person
        && title.is_none()
        && s >= 2
        && tokens[s - 1].text == "on"
        && matches!(
            tokens[s - 2].text,
            "Convention"
                | "Treaty"
                | "Charter"
                | "Covenant"
                | "Protocol"
                | "Agreement"
                | "Declaration"
                | "Conference"
                | "Summit"
                | "Forum"
                | "Act"
                | "Law"
        )
    {
        return;
    }
    // "said de Blasio", "met von der Leyen": a surname takes in the particles before it.
    if kind == FactKind::Person && from == s && title.is_none() {
        let particle =
            |k: usize| surname_particle(tokens[k].text) && tokens[k].sentence == tokens[s].sentence;
        let mut k = s;
        while k > 0 && s - k < 2 && particle(k - 1) {
            k -= 1;
        }
        if k < s && (k == 0 || !is_name_token(&tokens[k - 1]) || tokens[k - 1].sentence_start) {
            from = k;
        }
    }
    out.push(Mention {
        title,
        weak,
        ..Mention::of(tokens, text, from, e, kind, canonical)
    });
}

#[cfg(test)]
mod tests {
    use super::super::text::tokenize;
    use super::*;

    fn names(s: &str) -> Vec<(String, FactKind, Option<String>)> {
        let toks = tokenize(s);
        find(&toks, s)
            .into_iter()
            .map(|m| (m.text, m.kind, m.title))
            .collect()
    }

    /// Asserts the names found in `s` and their kinds, in order.
    fn assert_names(s: &str, expected: &[(&str, FactKind)]) {
        let n = names(s);
        let got: Vec<(&str, FactKind)> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
        assert_eq!(got, expected, "in {s:?}");
    }

    #[test]
    fn a_headline_in_capitals_run_into_its_text_names_only_what_the_lists_know() {
        use FactKind::*;
        assert_names(
            "OLYMPIC TEAM REFUSES TO STAY IN FLORIDA The team cited blocked toilets.",
            &[("FLORIDA", Place)],
        );
        assert_names(
            "RUSSIANS SPARED FULL BAN FROM OLYMPICS The International Olympic Committee met.",
            &[("International Olympic Committee", Organization)],
        );
    }

    #[test]
    fn a_name_compounded_from_a_trade_is_a_company() {
        use FactKind::*;
        assert_names(
            "Oracle bought Sun Microsystems, and Medtronic hired Ken Watts.",
            &[
                ("Oracle", Organization),
                ("Sun Microsystems", Organization),
                ("Medtronic", Organization),
                ("Ken Watts", Person),
            ],
        );
        assert!(!corporate_compound("Systems") && !corporate_compound("Tech"));
    }

    #[test]
    fn a_name_ending_in_an_acronym_is_no_persons() {
        use FactKind::*;
        assert_names(
            "He listened to Sirius XM while Pope Benedict XVI spoke and Michael Mansfield QC sat.",
            &[
                ("Sirius XM", Organization),
                ("Benedict XVI", Person),
                ("Michael Mansfield QC", Person),
            ],
        );
    }

    #[test]
    fn a_tables_columns_are_names_apart() {
        use FactKind::*;
        assert_names(
            "Voters said:   Clinton        Obama\tEdwards",
            &[("Clinton", Person), ("Obama", Person), ("Edwards", Person)],
        );
    }

    #[test]
    fn a_verb_before_the_after_a_colon_opens_no_name() {
        use FactKind::*;
        assert_names(
            "So let me be specific: Meet the University of Illinois football team.",
            &[("University of Illinois", Organization)],
        );
    }

    #[test]
    fn a_jail_a_memorial_and_a_monument_are_places() {
        use FactKind::*;
        assert_names(
            "She served 84 minutes at Lynnwood Jail, then saw the Lincoln Memorial and the Fifth \
             Avenue Theatre.",
            &[
                ("Lynnwood Jail", Place),
                ("Lincoln Memorial", Place),
                ("Fifth Avenue Theatre", Place),
            ],
        );
    }

    #[test]
    fn where_someone_works_is_an_employer() {
        use FactKind::*;
        assert_names(
            "Mark Weddle started work at Carrier 24 years ago; he lives in Hanover.",
            &[
                ("Mark Weddle", Person),
                ("Carrier", Organization),
                ("Hanover", Place),
            ],
        );
    }

    #[test]
    fn a_states_or_a_partys_chamber_is_a_body() {
        use FactKind::*;
        assert_names(
            "She met South Dakota House candidate Clara Hart and a Democratic House candidate.",
            &[
                ("South Dakota House", Organization),
                ("Clara Hart", Person),
                ("Democratic House", Organization),
            ],
        );
    }

    #[test]
    fn a_given_name_of_either_gender_opens_a_persons_name() {
        use FactKind::*;
        assert_names(
            "Lindsey Graham of South Carolina and Courtney Paris voted.",
            &[
                ("Lindsey Graham", Person),
                ("South Carolina", Place),
                ("Courtney Paris", Person),
            ],
        );
    }

    #[test]
    fn a_small_word_after_a_peoples_word_opens_no_name() {
        use FactKind::*;
        let found = names("He wrote Queen's English for Mis-Use with American of Clinton fame.");
        assert!(
            found
                .iter()
                .all(|m| !m.0.starts_with("for ") && !m.0.starts_with("of "))
        );
        assert!(
            found.iter().any(|m| m.0 == "Clinton" && m.1 == Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_plural_kind_of_people_opening_a_sentence_is_no_one() {
        assert_names(
            "Cynics suggested it was a plot. Skeptics argued otherwise. Economists said no. \
             History suggests few fail. Data shows it.",
            &[],
        );
    }

    #[test]
    fn romanised_given_names_with_a_hyphen_and_hyphenated_titles() {
        use FactKind::*;
        assert_names(
            "Li Ka-shing met Li Ka-Shing's son. Ms Sayeh, Vice-President for Membership, and \
             the Obama-era rule.",
            &[
                ("Li Ka-shing", Person),
                ("Li Ka-Shing", Person),
                ("Sayeh", Person),
            ],
        );
        assert_names(
            "Vice-President for Membership Elias Sayeh left the Center for American Progress \
             and Americans for Prosperity.",
            &[
                ("Elias Sayeh", Person),
                ("Center for American Progress", Organization),
                ("Americans for Prosperity", Organization),
            ],
        );
    }

    #[test]
    fn styles_of_address_and_an_offices_field_after_of_name_no_one() {
        use FactKind::*;
        assert_names(
            "Her Royal Highness Princess Galyani Vadhana died. The National Director of Public \
             Prosecutions, Mokotedi Mpshe, spoke. It ran in the journal Diabetes Care.",
            &[
                ("Galyani Vadhana", Person),
                ("Mokotedi Mpshe", Person),
                ("Diabetes Care", Organization),
            ],
        );
    }

    #[test]
    fn two_full_names_side_by_side_are_two_people() {
        use FactKind::*;
        assert_names(
            "Picture: James Bass Cindy Greenway, 64, spoke. Jamal Sanad Al Suwaidi, 50, met \
             George Herbert Walker Bush.",
            &[
                ("James Bass", Person),
                ("Cindy Greenway", Person),
                ("Jamal Sanad Al Suwaidi", Person),
                ("George Herbert Walker Bush", Person),
            ],
        );
    }

    #[test]
    fn a_titled_persons_institution_for_a_cause_is_an_organisation() {
        use FactKind::*;
        assert_names(
            "He directs the Prince Alwaleed Bin Talal Center for Muslim-Christian Understanding.",
            &[(
                "Alwaleed Bin Talal Center for Muslim-Christian Understanding",
                Organization,
            )],
        );
    }

    #[test]
    fn a_team_of_someone_is_a_side_and_for_a_places_thing_joins_nothing() {
        use FactKind::*;
        assert_names(
            "Team Trump wants Tyson. He works with Technion for China's first university.",
            &[
                ("Team Trump", Organization),
                ("Tyson", Person),
                ("Technion", Person),
                ("China", Place),
            ],
        );
    }

    #[test]
    fn units_in_capitals_and_familiar_demonyms_open_no_name() {
        use FactKind::*;
        assert_names(
            "A 2.8 GHz chip and 4 GB of memory. Veteran Aussie Todd Louden and Brit Jenson \
             Button left.",
            &[("Todd Louden", Person), ("Jenson Button", Person)],
        );
    }

    #[test]
    fn an_all_star_honour_is_no_part_of_the_name() {
        use FactKind::*;
        assert_names(
            "By then All-American Tyler Hansbrough and All-Pro Tom Brady had spoken.",
            &[("Tyler Hansbrough", Person), ("Tom Brady", Person)],
        );
    }

    #[test]
    fn an_adverb_opening_a_sentence_opens_no_name() {
        use FactKind::*;
        assert_names(
            "Unfortunately for Clarkson, it failed. Connolly agreed.",
            &[("Clarkson", Person), ("Connolly", Person)],
        );
    }

    #[test]
    fn a_countrys_sport_names_its_governing_body() {
        use FactKind::*;
        assert_names(
            "Sri Lanka Cricket sacked him, and Cricket Australia and USA Gymnastics agreed.",
            &[
                ("Sri Lanka Cricket", Organization),
                ("Cricket Australia", Organization),
                ("USA Gymnastics", Organization),
            ],
        );
    }

    #[test]
    fn a_name_before_what_body_it_is_is_that_body() {
        use FactKind::*;
        assert_names(
            "Investigators from the Air Accidents Investigation branch and the Black Lives \
             Matter movement met the Bernie Sanders campaign.",
            &[
                ("Air Accidents Investigation", Organization),
                ("Black Lives Matter", Organization),
                ("Bernie Sanders", Person),
            ],
        );
    }

    #[test]
    fn kin_and_the_dead_are_people_though_a_town_names_them() {
        use FactKind::*;
        assert_names(
            "Tama Galiere died in June. His mother Karamia Wheaton took him home.",
            &[("Tama Galiere", Person), ("Karamia Wheaton", Person)],
        );
    }

    #[test]
    fn halls_affairs_and_internationals() {
        use FactKind::*;
        assert_names(
            "Arsenio Hall marched to City Hall; Starr International paid the Consular Affairs \
             office and Queensland Rail.",
            &[
                ("Arsenio Hall", Person),
                ("City Hall", Place),
                ("Starr International", Organization),
                ("Consular Affairs", Organization),
                ("Queensland Rail", Organization),
            ],
        );
    }

    #[test]
    fn a_storm_is_no_person() {
        use FactKind::*;
        assert_names(
            "He praised Chris Christie after Hurricane Sandy and Typhoon Haiyan.",
            &[("Chris Christie", Person)],
        );
    }

    #[test]
    fn outlets_and_groups_the_lists_know() {
        use FactKind::*;
        assert_names(
            "He told Sports Illustrated, Fox Business and Zero Hedge; Common Cause agreed.",
            &[
                ("Sports Illustrated", Organization),
                ("Fox Business", Organization),
                ("Zero Hedge", Organization),
                ("Common Cause", Organization),
            ],
        );
    }

    #[test]
    fn an_institution_named_for_a_titled_person_is_no_person() {
        use FactKind::*;
        let n = names(
            "They beat Bishop Noll Institute near Queen Elizabeth Hospital; Ambassador Samantha \
             Power spoke.",
        );
        let kinds: Vec<FactKind> = n.iter().map(|m| m.1).collect();
        assert_eq!(kinds, [Organization, Organization, Person], "{n:?}");
    }

    #[test]
    fn a_partys_acronym_that_a_title_also_abbreviates_is_the_party() {
        use FactKind::*;
        // "SVP" is a senior vice president in a company's press release, but "the SVP" a party.
        assert_names(
            "In 2003 the SVP swept national elections.",
            &[("SVP", Organization)],
        );
    }

    #[test]
    fn a_plan_or_a_pact_is_no_person_and_much_of_opens_no_name() {
        use FactKind::*;
        assert_names(
            "He liked Obama's Clean Power Plan and the Paris Pact.",
            &[("Obama", Person)],
        );
        assert_names(
            "Much of Beck’s ire fell on All Nippon Airways. None of Trump’s aides left.",
            &[
                ("Beck", Person),
                ("All Nippon Airways", Organization),
                ("Trump", Person),
            ],
        );
    }

    #[test]
    fn a_sentences_first_word_before_the_is_a_verb_not_a_name() {
        use FactKind::*;
        assert_names(
            "\"Keep the B.C. tax,\" it said. Meet the University of Illinois. Alexander the Great \
             won. Meet the Press aired.",
            &[
                ("B.C.", Place),
                ("University of Illinois", Organization),
                ("Alexander the Great", Person),
                ("Meet the Press", Organization),
            ],
        );
    }

    #[test]
    fn someone_of_somewhere_no_list_knows_is_two_names() {
        use FactKind::*;
        assert_names(
            "Melissa Cronin of Gawker wrote. Craig Holman of Public Citizen agreed.",
            &[
                ("Melissa Cronin", Person),
                ("Gawker", Organization),
                ("Craig Holman", Person),
                ("Public Citizen", Organization),
            ],
        );
        // A name opening with "One" is a group's, mid-sentence too.
        assert_names(
            "The group One Nation met One America News Network at the University of Texas.",
            &[
                ("One Nation", Organization),
                ("One America News Network", Organization),
                ("University of Texas", Organization),
            ],
        );
    }

    #[test]
    fn a_title_case_headline_names_what_the_lists_know_and_no_common_words() {
        use FactKind::*;
        assert_names(
            "Trump Makes Campaign Announcement For Speech Against Crooked Hillary Clinton",
            &[("Hillary Clinton", Person)],
        );
        assert_names(
            "Clinton Hid Health Problems From Public, Former White House Doctor Says",
            &[("White House", Organization)],
        );
        assert_names(
            "Carson: Clinton Not Fit To Serve As President Of The United States",
            &[("United States", Place)],
        );
    }

    #[test]
    fn what_a_role_is_for_is_an_organisation_unless_a_given_name_opens_it() {
        use FactKind::*;
        assert_names(
            "Bart Naylor, policy advocate for Public Citizen, and a spokesman for Hillary Clinton \
             agreed.",
            &[
                ("Bart Naylor", Person),
                ("Public Citizen", Organization),
                ("Hillary Clinton", Person),
            ],
        );
    }

    #[test]
    fn a_name_before_airport_river_or_stadium_is_a_place() {
        use FactKind::*;
        assert_names(
            "They marched at Charles de Gaulle airport; a body lay in the Clutha river near \
             Kosevo stadium.",
            &[
                ("Charles de Gaulle", Place),
                ("Clutha", Place),
                ("Kosevo", Place),
            ],
        );
    }

    #[test]
    fn a_club_named_by_its_place_in_a_table_is_an_organisation() {
        use FactKind::*;
        assert_names(
            "Real drew at title contenders Deportivo Coruna; he beat rivals Ted Cruz and John \
             Kasich.",
            &[
                ("Deportivo Coruna", Organization),
                ("Ted Cruz", Person),
                ("John Kasich", Person),
            ],
        );
    }

    #[test]
    fn a_nickname_in_quotes_is_part_of_the_name() {
        use FactKind::*;
        assert_names(
            "The physicist George \"Jay\" Keyworth met Bill “Jay” Smith.",
            &[
                ("George \"Jay\" Keyworth", Person),
                ("Bill “Jay” Smith", Person),
            ],
        );
    }

    #[test]
    fn leaders_known_by_their_initials_are_people_and_a_titles_acronym_is_no_one() {
        use FactKind::*;
        assert_names(
            "He voted for JFK, praised FDR and landed at JFK. Hillary's VP pick met POTUS at \
             9pm AEDT and was made an OBE.",
            &[("JFK", Person), ("FDR", Person), ("JFK", Organization)],
        );
    }

    #[test]
    fn an_acronym_is_no_small_town_written_in_capitals() {
        use FactKind::*;
        // Açu is a Brazilian town in the cities list; "ACU" is not it.
        assert_names(
            "The decision angered activists, the ACU said in a statement.",
            &[("ACU", Organization)],
        );
        // A state's abbreviation the hand list knows is still the state.
        assert_names(
            "He was getting schooled by a nutty VT socialist.",
            &[("VT", Place)],
        );
    }

    #[test]
    fn what_speaks_after_the_is_a_body() {
        use FactKind::*;
        assert_names(
            "Frank Klein of the Ritz said the couple left at midnight.",
            &[("Frank Klein", Person), ("Ritz", Organization)],
        );
        assert_names(
            "The professor was headed to Cairo, the Guardian reported.",
            &[("Cairo", Place), ("Guardian", Organization)],
        );
        // (A given name after "the" is still someone: "the Donald said".)
        assert_names("Nobody minded, the Donald said.", &[("Donald", Person)]);
    }

    #[test]
    fn a_capital_hyphened_to_a_participle_is_an_adjective() {
        use FactKind::*;
        assert_names(
            "The group aired a Christmas-themed ad in Republican-leaning states.",
            &[],
        );
        assert_names(
            "A Hong Kong-listed firm backed the Communist-led CGT unions.",
            &[("CGT", Organization)],
        );
        // (A romanised given name is no participle.)
        assert_names(
            "Ban Ki-moon met Park Geun-hye.",
            &[("Ban Ki-moon", Person), ("Park Geun-hye", Person)],
        );
    }

    #[test]
    fn a_body_is_named_with_for_and_its_field_with_on_and_and() {
        use FactKind::*;
        assert_names(
            "He is director of the Partnership for Conservative Principles, who spoke.",
            &[("Partnership for Conservative Principles", Organization)],
        );
        assert_names(
            "Jared Bernstein, a fellow at the Center on Budget and Policy Priorities, left.",
            &[
                ("Jared Bernstein", Person),
                ("Center on Budget and Policy Priorities", Organization),
            ],
        );
    }

    #[test]
    fn local_offices_are_titles_and_company_forms_make_companies() {
        use FactKind::*;
        assert_names(
            "He met Ohio Treasurer Kelly Mitchell and Maricopa County Recorder Helen Purcell.",
            &[
                ("Ohio", Place),
                ("Kelly Mitchell", Person),
                ("Maricopa County", Place),
                ("Helen Purcell", Person),
            ],
        );
        // (A given name that is also a title stays a name.)
        assert_names("Baron Davis scored.", &[("Baron Davis", Person)]);
        assert_names(
            "Americans for Prosperity sued Trump Restaurants LLC.",
            &[
                ("Americans for Prosperity", Organization),
                ("Trump Restaurants LLC", Organization),
            ],
        );
    }

    #[test]
    fn words_that_describe_someone_are_no_part_of_the_name() {
        use FactKind::*;
        assert_names(
            "Vermonter Bernie Sanders met Associated Press Writer Ibrahim Barzak.",
            &[
                ("Bernie Sanders", Person),
                ("Associated Press", Organization),
                ("Ibrahim Barzak", Person),
            ],
        );
        assert_names(
            "Officer Daniel Pantaleo left. She is co-founder and Chief Strategy Officer.",
            &[("Daniel Pantaleo", Person)],
        );
        // (A given name no list knows opens these: the whole is the name.)
        assert_names(
            "They mourned Zulfikar Ali Bhutto and Moner Mohammad Abusalha.",
            &[
                ("Zulfikar Ali Bhutto", Person),
                ("Moner Mohammad Abusalha", Person),
            ],
        );
    }

    #[test]
    fn a_code_with_digits_after_in_is_no_place() {
        use FactKind::*;
        assert_names(
            "Ellis Hobbs ranks ninth in Pac-10 scoring.",
            &[("Ellis Hobbs", Person)],
        );
        // (The rule leaves plain names alone: "ninth in Oregon".)
        assert_names(
            "Ellis Hobbs ranks ninth in Oregon scoring.",
            &[("Ellis Hobbs", Person), ("Oregon", Place)],
        );
    }

    #[test]
    fn sentence_openers_before_a_verb_of_speech_are_no_one() {
        use FactKind::*;
        assert_names(
            "\"Having said that, there are a lot of shows,\" said David Madden.",
            &[("David Madden", Person)],
        );
        assert_names("Simply saying that you stay home is a mistake.", &[]);
        // Creeds and scriptures.
        assert_names(
            "Jews unable to flee Nazism converted to Judaism; Islam and the Bible teach it.",
            &[],
        );
        assert_names("\"Right? Not a serious candidate,\" he said.", &[]);
        assert_names(
            "Given the fallout, Clark said nothing.",
            &[("Clark", Person)],
        );
    }

    #[test]
    fn a_sentence_opening_adjective_is_no_part_of_the_name_after_it() {
        use FactKind::*;
        let first = |s: &str| names(s).into_iter().next().map(|m| (m.0, m.1));
        assert_eq!(
            first("Controversial IRA film screened at Venice."),
            Some(("IRA".into(), Organization))
        );
        assert_eq!(
            first("Classic Clinton, they said."),
            Some(("Clinton".into(), Person))
        );
        // Adjectives alone are no name anywhere; a given name is one, whatever its ending.
        assert!(names("It was the Progressive Conservative government.").is_empty());
        assert_eq!(
            first("Mohammed Ali spoke."),
            Some(("Mohammed Ali".into(), Person))
        );
        // (Mid-sentence, the lists decide: "the Federal Reserve".)
        assert_names(
            "He met Goran Ivanisevic and Federal Reserve officials.",
            &[
                ("Goran Ivanisevic", Person),
                ("Federal Reserve", Organization),
            ],
        );
    }

    #[test]
    fn what_a_title_follows_is_the_holders_party_or_employer() {
        use FactKind::*;
        assert_names(
            "Conservative MP David Tilson and Bloc Quebecois MP Carole Lavallee met CTO Yuval \
             Ben-Itzhak.",
            &[
                ("David Tilson", Person),
                ("Bloc Quebecois", Organization),
                ("Carole Lavallee", Person),
                ("Yuval Ben-Itzhak", Person),
            ],
        );
        // An adviser, a counsel, a strategist, a manager: titles too, with their field.
        assert_names(
            "He met Clinton Senior Adviser Sidney Blumenthal and Trump Campaign Manager Corey \
             Lewandowski.",
            &[
                ("Clinton", Person),
                ("Sidney Blumenthal", Person),
                ("Trump", Person),
                ("Corey Lewandowski", Person),
            ],
        );
        let got = names("White House Counsel Don McGahn met Bulls Business Manager Ian Schwartz.");
        let titled = |n: &str| got.iter().find(|m| m.0 == n).and_then(|m| m.2.clone());
        assert_eq!(titled("Don McGahn").as_deref(), Some("Counsel"), "{got:?}");
        assert_eq!(
            titled("Ian Schwartz").as_deref(),
            Some("Business Manager"),
            "{got:?}"
        );
        // A minister's portfolio belongs to the title: "Obama" is someone.
        let got = names("He praised former Obama Education Secretary Arne Duncan.");
        assert!(got.iter().all(|m| m.0 != "Obama Education"), "{got:?}");
        assert!(got.iter().any(|m| m.0 == "Arne Duncan"), "{got:?}");
    }

    #[test]
    fn a_sentence_opening_gerund_or_neither_is_no_part_of_the_name_after_it() {
        use FactKind::*;
        let first = |s: &str| names(s).into_iter().next().map(|m| m.0);
        assert_eq!(
            first("Calling Obama a failure, the senator left.").as_deref(),
            Some("Obama")
        );
        assert_eq!(
            first("Neither Warren nor Sanders spoke.").as_deref(),
            Some("Warren")
        );
        // The lists know these: they stay whole.
        assert_names(
            "Morning Consult ran the poll.",
            &[("Morning Consult", Organization)],
        );
        // A given name that looks like a gerund is a name.
        assert_eq!(
            first("Sterling Brown said so.").as_deref(),
            Some("Sterling Brown")
        );
    }

    #[test]
    fn names_opening_with_the_arabic_article_and_armed_groups() {
        use FactKind::*;
        assert_names(
            "It was claimed by al-Qaeda and al Qaeda, not al-Shabab. Bashar al-Assad met \
             Nuri al-Maliki. Ansar al-Sharia and Lashkar-e-Taiba denied it.",
            &[
                ("al-Qaeda", Organization),
                ("al Qaeda", Organization),
                ("al-Shabab", Organization),
                ("Bashar al-Assad", Person),
                ("Nuri al-Maliki", Person),
                ("Ansar al-Sharia", Organization),
                ("Lashkar-e-Taiba", Organization),
            ],
        );
        // A small "al" before any other capital is a word, not a name's article.
        assert!(names("Tom al Gore").iter().all(|m| !m.0.starts_with("al")));
    }

    #[test]
    fn newsrooms_channels_and_corps_are_organisations() {
        use FactKind::*;
        assert_names(
            "He told the Des Moines Register and Fox News Channel that Democracy Corps and the \
             Revolutionary Guards agree.",
            &[
                ("Des Moines Register", Organization),
                ("Fox News Channel", Organization),
                ("Democracy Corps", Organization),
                ("Revolutionary Guards", Organization),
            ],
        );
        // A high school by its short name.
        assert_names(
            "Andrean High’s principal met a team from Perry High, a school.",
            &[("Andrean High", Organization), ("Perry High", Organization)],
        );
        // Alone, a channel is the sea's.
        let got = names("It sank in the middle of the Channel at dawn.");
        assert!(got.iter().all(|m| m.1 != Organization), "{got:?}");
    }

    #[test]
    fn a_title_word_inside_a_full_name_is_the_names() {
        use FactKind::*;
        assert_names(
            "Martin Luther King Jr. spoke, and King Salman listened.",
            &[("Martin Luther King Jr", Person), ("Salman", Person)],
        );
    }

    #[test]
    fn a_given_name_before_a_places_word_who_speaks_is_someone() {
        use FactKind::*;
        assert_names(
            "Grace Park said the show at Madison Square Garden sold out.",
            &[("Grace Park", Person), ("Madison Square Garden", Place)],
        );
    }

    #[test]
    fn a_name_the_words_after_it_call_a_body_is_one() {
        use FactKind::*;
        assert_names(
            "Opera, a Norwegian browser developer, complained; Mike Smith, a former bank \
             executive, agreed.",
            &[("Opera", Organization), ("Mike Smith", Person)],
        );
    }

    #[test]
    fn a_side_of_a_known_place_is_a_place() {
        use FactKind::*;
        assert_names(
            "Voters in South Florida, Southern California, North Philadelphia and on the Upper \
             East Side agree; South Korea does too.",
            &[
                ("South Florida", Place),
                ("Southern California", Place),
                ("North Philadelphia", Place),
                ("Upper East Side", Place),
                ("South Korea", Place),
            ],
        );
        assert_names("They moved to the Bay Area.", &[("Bay Area", Place)]);
        // A compound of places is a modifier, unless a place's word ends it.
        assert_names(
            "Korea-China relations matter in Miami-Dade County.",
            &[
                ("Korea", Place),
                ("China", Place),
                ("Miami-Dade County", Place),
            ],
        );
    }

    #[test]
    fn a_paper_named_with_a_small_the_is_the_paper() {
        use FactKind::*;
        assert_names(
            "He told the Guardian on Monday, and the Economist reported it. Boats crossed the \
             Atlantic, and the Hill reported that.",
            &[
                ("Guardian", Organization),
                ("Economist", Organization),
                ("Atlantic", Place),
                ("Hill", Organization),
            ],
        );
        // A common noun's paper only where it is cited: "up the Hill" is no paper.
        assert!(
            names("They walked up the Hill today.")
                .iter()
                .all(|m| m.1 != Organization)
        );
    }

    #[test]
    fn a_state_abbreviated_after_its_town_is_a_place() {
        use FactKind::*;
        assert_names(
            "He grew up in Waycross, Ga., and in Bear Head, N.S. The mill closed.",
            &[
                ("Waycross", Place),
                ("Ga.", Place),
                ("Bear Head", Place),
                ("N.S.", Place),
            ],
        );
        let n = names("Dunn, from Moline, Ill., spoke.");
        assert!(n.contains(&("Ill.".into(), Place, None)), "{n:?}");
        // Not without its town: "Pa." and "Miss." are no places there.
        let n = names("Ask Pa. Kim said so.");
        assert!(n.iter().all(|m| m.1 != Place), "{n:?}");
        // A lawmaker's state in parentheses.
        assert_names(
            "Sen. Ted Cruz (Tex.), a candidate, spoke.",
            &[("Ted Cruz", Person), ("Tex.", Place)],
        );
    }

    #[test]
    fn a_body_or_a_place_joined_to_a_participle_is_named() {
        use FactKind::*;
        assert_names(
            "They joined a NATO-led coalition and passed GOP-backed bills in Texas-based firms.",
            &[
                ("NATO", Organization),
                ("GOP", Organization),
                ("Texas", Place),
            ],
        );
        // Someone's name runs into it and is read as names are.
        let n = names("The Donald Trump-led party met.");
        assert!(n.iter().all(|m| m.1 != Organization), "{n:?}");
    }

    #[test]
    fn a_name_no_list_knows_after_at_is_where_something_happens() {
        use FactKind::*;
        assert_names(
            "The match at Tunbridge Wells ended.",
            &[("Tunbridge Wells", Place)],
        );
        // Not where someone works: "a writer at Zorba Quill" is an employer.
        let n = names("He worked at Zorba Quill. A writer at Zorba Quill said so.");
        assert!(n.iter().all(|m| m.1 != Place), "{n:?}");
    }

    #[test]
    fn the_third_world_is_a_region_not_someone_called_world() {
        use FactKind::*;
        assert_names(
            "Its Third World economy became a First World one.",
            &[("Third World", Place), ("First World", Place)],
        );
    }

    #[test]
    fn a_bodys_branch_in_a_place_is_an_organisation() {
        use FactKind::*;
        assert_names(
            "He won the South Carolina GOP primary and spoke to the United States Senate.",
            &[
                ("South Carolina GOP", Organization),
                ("United States Senate", Organization),
            ],
        );
    }

    #[test]
    fn a_known_place_before_a_holiday_is_that_place_and_the_holiday_is_none() {
        use FactKind::*;
        assert_names(
            "Trade slowed ahead of the U.S. Labor Day weekend.",
            &[("U.S.", Place)],
        );
        assert_names("Trade slowed ahead of the Labor Day weekend.", &[]);
    }

    #[test]
    fn a_portfolio_after_of_belongs_to_the_title_before_it() {
        use FactKind::*;
        assert_names(
            "Former secretary of State Hillary Clinton and then-Secretary of State Clinton \
             spoke. Secretary of Homeland Security Jeh Johnson met the minister of Foreign \
             Affairs Wang Yi.",
            &[
                ("Hillary Clinton", Person),
                ("Clinton", Person),
                ("Jeh Johnson", Person),
                ("Wang Yi", Person),
            ],
        );
    }

    #[test]
    fn a_relative_opening_a_sentence_is_no_part_of_the_name_after_it() {
        use FactKind::*;
        assert_names(
            "Daughter of Henry VIII and his second wife Anne Boleyn, she was queen.",
            &[("Henry VIII", Person), ("Anne Boleyn", Person)],
        );
    }

    #[test]
    fn religious_titles_stand_outside_the_name() {
        let n = names("Pastor Joseph Brown met Ayatollah Ruhollah Khomeini and Mullah Omar.");
        let got: Vec<(&str, Option<&str>)> =
            n.iter().map(|m| (m.0.as_str(), m.2.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("Joseph Brown", Some("Pastor")),
                ("Ruhollah Khomeini", Some("Ayatollah")),
                ("Omar", Some("Mullah")),
            ]
        );
        // An honorific after a title names no one.
        assert!(
            names("Maulvi Sahib: Peace be on you.")
                .iter()
                .all(|m| !m.0.contains("Sahib"))
        );
    }

    #[test]
    fn a_road_named_by_its_number_is_a_place() {
        use FactKind::*;
        assert_names(
            "Traffic stopped on Interstate 95 and Route 66.",
            &[("Interstate 95", Place), ("Route 66", Place)],
        );
    }

    #[test]
    fn a_numbered_part_of_something_is_no_name() {
        let n = names("It is set out in Article 33 of the treaty, in Section 5 and on Flight 370.");
        assert!(n.is_empty(), "{n:?}");
        // A surname before a figure is still a name ("Gough 4-40" in a scorecard).
        assert_eq!(names("Bowling: Darren Gough 4")[0].0, "Darren Gough");
    }

    #[test]
    fn a_publication_or_broadcaster_is_an_organisation() {
        use FactKind::*;
        assert_names(
            "She told the Palo Alto Weekly and Fox Broadcasting about it.",
            &[
                ("Palo Alto Weekly", Organization),
                ("Fox Broadcasting", Organization),
            ],
        );
    }

    #[test]
    fn a_listed_name_keeps_a_last_word_that_is_also_a_connector() {
        use FactKind::*;
        assert_names(
            "The evidence from El Al did not support it.",
            &[("El Al", Organization)],
        );
    }

    #[test]
    fn a_tower_a_plaza_or_a_building_is_a_place_not_its_owner() {
        use FactKind::*;
        assert_names(
            "Crowds gathered outside Trump Tower and Trump Plaza, near the Chrysler Building.",
            &[
                ("Trump Tower", Place),
                ("Trump Plaza", Place),
                ("Chrysler Building", Place),
            ],
        );
        assert_names(
            "They walked from Kensington Gardens to Canary Wharf by the Hudson Parkway.",
            &[
                ("Kensington Gardens", Place),
                ("Canary Wharf", Place),
                ("Hudson Parkway", Place),
            ],
        );
    }

    #[test]
    fn a_partys_members_a_people_and_a_body_before_its_members_are_no_person() {
        use FactKind::*;
        assert_names(
            "Congressional Republicans said no. Puerto Ricans voted. The plan relies on \
             Special Operations troops and Border Patrol agents, and Bernie Sanders supporters \
             cheered.",
            &[
                ("Congressional Republicans", Organization),
                ("Special Operations", Organization),
                ("Border Patrol", Organization),
                ("Bernie Sanders", Person),
            ],
        );
    }

    #[test]
    fn an_eras_tail_and_a_clocks_zone_name_nothing() {
        use FactKind::*;
        assert_names(
            "The post-World War II order held (all times Eastern Daylight Time). Homeland \
             Security Secretary Jeh Johnson wrote to the U.S. Senate Committee on Homeland \
             Security.",
            &[
                ("Homeland Security", Organization),
                ("Jeh Johnson", Person),
                ("U.S. Senate Committee on Homeland Security", Organization),
            ],
        );
    }

    #[test]
    fn known_names_joined_by_a_hyphen_are_each_named() {
        use FactKind::*;
        assert_names(
            "They built the South Korea-China partnership, the EU-Turkey deal and the \
             Mexico-U.S. border; Guinea-Bissau and the Sino-Japanese war stay whole.",
            &[
                ("South Korea", Place),
                ("China", Place),
                ("EU", Organization),
                ("Turkey", Place),
                ("Mexico", Place),
                ("U.S.", Place),
                ("Guinea-Bissau", Place),
            ],
        );
    }

    #[test]
    fn a_city_named_like_a_person_is_the_city_unless_a_given_name_opens_it() {
        use FactKind::*;
        assert_names(
            "After the Orlando shooting, Orlando Bloom flew to the Cleveland arena.",
            &[
                ("Orlando", Place),
                ("Orlando Bloom", Person),
                ("Cleveland", Place),
            ],
        );
    }

    #[test]
    fn a_continents_people_word_leaves_no_compass_place() {
        use FactKind::*;
        assert_names(
            "He opposed the North American Free Trade Agreement, as Southeast Asian leaders \
             did. In the North, people voted.",
            &[("North", Place)],
        );
    }

    #[test]
    fn a_compass_point_before_a_place_or_an_unknown_word_is_a_region() {
        use FactKind::*;
        assert_names(
            "They lost to East Carolina and beat Western Carolina. Floods hit East Sussex and \
             North Yorkshire, while Western Union paid.",
            &[
                ("East Carolina", Place),
                ("Western Carolina", Place),
                ("East Sussex", Place),
                ("North Yorkshire", Place),
                ("Western Union", Organization),
            ],
        );
    }

    #[test]
    fn a_us_state_and_state_is_a_university() {
        use FactKind::*;
        assert_names(
            "He left Penn State for Ohio State, then N.C. State. Rakhine State and New York \
             State voted.",
            &[
                ("Penn State", Organization),
                ("Ohio State", Organization),
                ("N.C. State", Organization),
                ("Rakhine State", Place),
                ("New York State", Place),
            ],
        );
    }

    #[test]
    fn an_instruments_field_after_on_is_no_person() {
        use FactKind::*;
        assert_names("They cited the European Convention on Human Rights.", &[]);
        assert_names(
            "He spoke at the Conference on Disarmament.",
            &[("Conference on Disarmament", Organization)],
        );
    }

    #[test]
    fn a_greek_or_russian_article_or_preposition_opens_no_name() {
        let n = names("Ο Θωμάς Μοσχόπουλος μίλησε. В Харькове прошёл митинг.");
        let texts: Vec<&str> = n.iter().map(|m| m.0.as_str()).collect();
        assert!(texts.contains(&"Θωμάς Μοσχόπουλος"), "{texts:?}");
        assert!(
            texts
                .iter()
                .all(|t| !t.starts_with("Ο ") && !t.starts_with("В ")),
            "{texts:?}"
        );
    }

    #[test]
    fn utilities_industries_and_news_desks_are_organisations() {
        use FactKind::*;
        assert_names(
            "Kansai Electric Power said so, Chittagong Cement agreed and the New York Energy \
             Desk reported it. Women in Power met.",
            &[
                ("Kansai Electric Power", Organization),
                ("Chittagong Cement", Organization),
                ("New York Energy Desk", Organization),
            ],
        );
    }

    #[test]
    fn a_chambers_party_caucus_is_an_organisation() {
        use FactKind::*;
        assert_names(
            "The Senate GOP is split. Then House Democrats spoke to senior House GOP leaders.",
            &[
                ("Senate GOP", Organization),
                ("House Democrats", Organization),
                ("House GOP", Organization),
            ],
        );
        // The chamber before its members or an office.
        let n = names("He met House members and House Speaker Paul Ryan.");
        let houses = n
            .iter()
            .filter(|m| m.0 == "House" && m.1 == Organization)
            .count();
        assert_eq!(houses, 2, "{n:?}");
    }

    #[test]
    fn a_leaders_chamber_role_is_the_titles_and_research_firms_are_organisations() {
        use FactKind::*;
        let n = names(
            "He met House Minority Leader Nancy Pelosi and Majority Whip Steve Scalise. Analysts \
             at Global Risk Insights and Pew Research agreed.",
        );
        let n: Vec<(&str, FactKind)> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
        for want in [
            ("Nancy Pelosi", Person),
            ("Steve Scalise", Person),
            ("Global Risk Insights", Organization),
            ("Pew Research", Organization),
        ] {
            assert!(n.contains(&want), "{want:?} in {n:?}");
        }
        assert!(n.iter().all(|m| !m.0.contains("Minority")), "{n:?}");
    }

    #[test]
    fn a_title_word_opening_a_cruise_line_or_a_hotel_chain_is_the_companys() {
        use FactKind::*;
        let n = names("\"We are sorry,\" Princess Cruises said, and Hilton Hotels agreed.");
        let n: Vec<(&str, FactKind)> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
        assert!(n.contains(&("Princess Cruises", Organization)), "{n:?}");
        assert!(n.contains(&("Hilton Hotels", Organization)), "{n:?}");
    }

    #[test]
    fn a_place_named_for_a_saint_or_a_mount_keeps_its_abbreviation() {
        use FactKind::*;
        let n =
            names("He flew to St. Louis, then Ft. Worth and Mt. Everest; the St. Louis Rams lost.");
        let n: Vec<(&str, FactKind)> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
        for want in [
            ("St. Louis", Place),
            ("Ft. Worth", Place),
            ("Mt. Everest", Place),
            ("St. Louis Rams", Organization),
        ] {
            assert!(n.contains(&want), "{want:?} in {n:?}");
        }
    }

    #[test]
    fn a_surname_in_s_before_a_persons_noun_is_no_team() {
        let n = names("The Sanders campaign did not reply, and the Yankees won.");
        assert!(
            n.iter()
                .all(|m| !(m.0 == "Sanders" && m.1 == FactKind::Organization)),
            "{n:?}"
        );
        assert!(
            n.contains(&("Yankees".into(), FactKind::Organization, None)),
            "{n:?}"
        );
    }

    #[test]
    fn three_words_with_a_plural_last_and_no_given_name_are_a_band_or_a_team() {
        use FactKind::*;
        let n = names(
            "Red Hot Chili Peppers played for Ambassador J. Christopher Stevens, and Reince \
             Priebus and John Quincy Adams listened.",
        );
        let n: Vec<(&str, FactKind)> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
        assert!(
            n.contains(&("Red Hot Chili Peppers", Organization)),
            "{n:?}"
        );
        assert!(n.contains(&("J. Christopher Stevens", Person)), "{n:?}");
        assert!(n.contains(&("John Quincy Adams", Person)), "{n:?}");
        assert!(
            n.iter()
                .all(|m| m.1 != Organization || m.0 == "Red Hot Chili Peppers"),
            "{n:?}"
        );
    }

    #[test]
    fn games_and_contests_are_no_people() {
        let n = names(
            "Illinois will play USC in the Rose Bowl. Mickelson won the Bob Hope Chrysler \
             Classic and skipped the Memorial Tournament.",
        );
        assert!(n.iter().all(|m| m.1 != FactKind::Person), "{n:?}");
    }

    #[test]
    fn organisations_go_on_through_a_plural_possessive_and_a_field_after_of() {
        let n = names(
            "Supporters of the Pakistan People's Party rioted. Gordon Taylor, chief executive of \
             the Professional Footballers' Association, spoke. It was returned by the Department \
             of Justice.",
        );
        let orgs: Vec<&str> = n
            .iter()
            .filter(|m| m.1 == FactKind::Organization)
            .map(|m| m.0.as_str())
            .collect();
        assert_eq!(
            orgs,
            [
                "Pakistan People's Party",
                "Professional Footballers' Association",
                "Department of Justice"
            ]
        );
        // Not a singular's possessive: "Clinton's Campaign" is no organisation's name.
        let n = names("Hillary Clinton's Campaign Office opened.");
        assert!(n.iter().all(|m| !m.0.contains("Clinton's")), "{n:?}");
    }

    #[test]
    fn an_institution_goes_on_through_for_the_and_of_the() {
        let n = names(
            "He studied at the Institute for the Study of Human Rights and the Federal Office \
             for the Protection of the Constitution. The Dow Chemical Co of the United States \
             will invest.",
        );
        let texts: Vec<&str> = n.iter().map(|m| m.0.as_str()).collect();
        assert!(
            texts.contains(&"Institute for the Study of Human Rights"),
            "{n:?}"
        );
        assert!(
            texts.contains(&"Federal Office for the Protection of the Constitution"),
            "{n:?}"
        );
        // A company's suffix and a place end the name.
        assert!(texts.contains(&"Dow Chemical Co"), "{n:?}");
        assert!(texts.contains(&"United States"), "{n:?}");
    }

    #[test]
    fn a_generic_head_alone_names_no_organisation() {
        let n = names(
            "For the first time, the Party's platform mentions it. The Committee met. Starr & \
             Company, Inc. gave money.",
        );
        assert!(
            n.iter()
                .all(|m| !matches!(m.0.as_str(), "Party" | "Committee" | "Inc")),
            "{n:?}"
        );
        // A name the lists know stays ("Congress"), and so does a whole one.
        let n = names("Congress and the Commission on Presidential Debates agreed.");
        assert!(n.iter().any(|m| m.0 == "Congress"), "{n:?}");
    }

    #[test]
    fn a_name_after_a_that_ends_its_phrase_is_a_thing_not_someone() {
        let n = names("She became the first Latina to take home a Golden Globe.");
        assert!(n.iter().all(|m| m.0 != "Golden Globe"), "{n:?}");
        let n = names("This is a Hail Mary pass, says a Des Moines Register poll.");
        assert!(n.iter().any(|m| m.0 == "Des Moines Register"), "{n:?}");
        // A name that goes on to its noun, or opens with a given name, stays.
        let n = names("It would be a Hillary Clinton presidency, not a John Smith.");
        assert!(n.iter().any(|m| m.0 == "Hillary Clinton"), "{n:?}");
        assert!(n.iter().any(|m| m.0 == "John Smith"), "{n:?}");
    }

    #[test]
    fn a_fields_word_before_a_title_is_the_titles() {
        let n = names("It was said by United Steelworkers Political Director Tim Waters today.");
        assert!(
            n.contains(&("United Steelworkers".into(), FactKind::Organization, None)),
            "{n:?}"
        );
        assert!(
            n.iter()
                .any(|m| m.0 == "Tim Waters" && m.1 == FactKind::Person),
            "{n:?}"
        );
        let n = names("Detective Senior Sergeant Greg Turner was alarmed.");
        assert!(n.iter().all(|m| !m.0.contains("Senior")), "{n:?}");
        // A person before a title stays a person.
        let n = names("It was said by Hillary Clinton Press Secretary Brian Fallon today.");
        assert!(
            n.iter()
                .any(|m| m.0 == "Hillary Clinton" && m.1 == FactKind::Person),
            "{n:?}"
        );
    }

    #[test]
    fn a_given_name_and_an_events_word_speaking_are_a_person() {
        let n = names("“It is over,” said Kristen Day, executive director of the group.");
        assert!(
            n.iter()
                .any(|m| m.0 == "Kristen Day" && m.1 == FactKind::Person),
            "{n:?}"
        );
        // Not speaking, it is an event or a day: "May Day", "Election Day".
        let n = names("Workers marched on May Day and voted on Election Day.");
        assert!(n.iter().all(|m| !m.0.ends_with("Day")), "{n:?}");
    }

    #[test]
    fn a_person_of_a_town_placed_by_its_state_is_two_names() {
        let n =
            names("“This is fantastic!” beamed Donald Hartley of Madison, Alabama, on the floor.");
        assert!(
            n.contains(&("Donald Hartley".into(), FactKind::Person, None)),
            "{n:?}"
        );
        assert!(
            n.iter().any(|m| m.0 == "Madison" && m.1 == FactKind::Place),
            "{n:?}"
        );
        // "Hall of Famer" is a title.
        let n = names("He was tackled by the likes of Hall of Famer Dick Butkus.");
        assert!(
            n.iter()
                .any(|m| m.0 == "Dick Butkus" && m.1 == FactKind::Person),
            "{n:?}"
        );
    }

    #[test]
    fn a_headline_with_a_word_in_capitals_is_still_a_headline() {
        // Before, "BEFORE" made it prose, and "Initial Briefing" a person.
        let n =
            names("San Bernardino Terror Suspect Named By Police BEFORE Obama’s Initial Briefing.");
        assert!(n.iter().all(|m| m.0 != "Initial Briefing"), "{n:?}");
        // An acronym alone tells a name in a headline: the words after it are no name.
        let n = names("FDIC Accused Of Covering Up China Hacking To Protect Chairman’s Job.");
        assert!(n.iter().all(|m| !m.0.contains("Accused")), "{n:?}");
        // A middle initial is no acronym: the name stays whole.
        let n = names(
            "Donors And Friends: Andrew Collins, Brady Quirk-Garvan, Jaime R. Harrison, Bob McAlister.",
        );
        assert!(n.iter().any(|m| m.0 == "Jaime R. Harrison"), "{n:?}");
    }

    #[test]
    fn a_known_name_goes_on_through_its_possessive_and_an_institution_through_and() {
        use FactKind::*;
        assert_names(
            "They urged the Democratic People’s Republic of Korea and the People's Republic of China to talk.",
            &[
                ("Democratic People’s Republic of Korea", Place),
                ("People's Republic of China", Place),
            ],
        );
        assert_names(
            "Experts at the Institute for Science and International Security said so.",
            &[(
                "Institute for Science and International Security",
                Organization,
            )],
        );
        // Not to a person after "and", nor after a place.
        let n = names("The Center for Science and Bill Smith said so.");
        assert!(n.iter().any(|m| m.0 == "Bill Smith"), "{n:?}");
        let n = names("The Port Authority of New York and New Jersey said so.");
        assert!(
            n.iter().any(|m| m.0 == "Port Authority of New York"),
            "{n:?}"
        );
    }

    #[test]
    fn outlets_are_organisations() {
        use FactKind::*;
        assert_names(
            "He wrote for National Review and later for The Daily Beast.",
            &[
                ("National Review", Organization),
                ("The Daily Beast", Organization),
            ],
        );
        // A past verb capitalised in a title names nobody ("Whatever Happened to the Party").
        assert!(
            names("Whatever Happened to the Party of the People?")
                .iter()
                .all(|m| m.0 != "Happened")
        );
    }

    #[test]
    fn a_role_before_a_companys_name_makes_no_person() {
        assert!(
            names("The show was iced after Globes producer Dick Clark Productions left.")
                .iter()
                .any(|m| m.0 == "Dick Clark Productions" && m.1 == FactKind::Organization)
        );
        assert!(
            names("The show was iced after film producer Dick Clark left.")
                .iter()
                .any(|m| m.0 == "Dick Clark" && m.1 == FactKind::Person)
        );
    }

    #[test]
    fn a_datelines_town_in_capitals_is_a_place_though_no_list_knows_it() {
        use FactKind::*;
        assert_names("ESCHEN 1996-08-31", &[("ESCHEN", Place)]);
        assert_names(
            "TOFTIR, Faroe Islands 1996-08-31",
            &[("TOFTIR", Place), ("Faroe Islands", Place)],
        );
        assert_names(
            "MOENGO (Reuters) - Rebels took the town.",
            &[("MOENGO", Place), ("Reuters", Organization)],
        );
        // A known organisation's dateline is the organisation's.
        assert_names(
            "UNITED NATIONS 1996-08-30",
            &[("UNITED NATIONS", Organization)],
        );
        // A headline's capitals, a label.
        assert_names(
            "SOCCER - SLOVAKIA BEAT FAROES.",
            &[("SLOVAKIA", Place), ("FAROES", Place)],
        );
        assert_names("NOTE 2", &[]);
    }

    #[test]
    fn an_athlete_named_with_a_country_in_brackets_is_a_person() {
        use FactKind::*;
        assert_names(
            "1. Torrance Zellner (U.S.) 48.23 seconds",
            &[("Torrance Zellner", Person), ("U.S.", Place)],
        );
        // So is one a sport role names.
        assert_names(
            "Wimbledon finalist MaliVai Washington lost.",
            &[("Wimbledon", Place), ("MaliVai Washington", Person)],
        );
        // A club on a place stays a club.
        assert_names(
            "Fans of Rotor Volgograd were locked out.",
            &[("Rotor Volgograd", Organization)],
        );
    }

    #[test]
    fn a_tables_headings_are_nobody() {
        use FactKind::*;
        assert_names("Net Income N 1.2 1.1", &[]);
        assert_names("World Markets Overnight Summary", &[]);
        assert_names(
            "Analysts at RBC Capital Markets agreed, said Tom Price.",
            &[("RBC Capital Markets", Organization), ("Tom Price", Person)],
        );
    }

    #[test]
    fn a_body_named_on_its_field_is_one_organisation() {
        use FactKind::*;
        assert_names(
            "He chairs the Senate Subcommittee on Consumer Protection and sits on the Council on \
             Foreign Relations.",
            &[
                ("Senate Subcommittee on Consumer Protection", Organization),
                ("Council on Foreign Relations", Organization),
            ],
        );
        assert_names(
            "Breitbart News Daily on SiriusXM aired it.",
            &[
                ("Breitbart News Daily", Organization),
                ("SiriusXM", Organization),
            ],
        );
    }

    #[test]
    fn teams_in_results_lines_are_organisations() {
        let orgs = |s: &str| -> Vec<String> {
            names(s)
                .into_iter()
                .filter(|n| n.1 == FactKind::Organization)
                .map(|n| n.0)
                .collect()
        };
        assert_eq!(
            orgs("Wigan 42 Bradford Bulls 36"),
            ["Wigan", "Bradford Bulls"]
        );
        assert_eq!(orgs("Scunthorpe 4 2 1 1 3 3 7"), ["Scunthorpe"]);
        assert_eq!(
            orgs("Alba (Germany) 75 Red Star (Yugoslavia) 70 (42-41)"),
            ["Alba", "Red Star"]
        );
        assert_eq!(
            orgs("Results:\nSussex 363 and 144, Lancashire 218 and 53-0."),
            ["Sussex", "Lancashire"]
        );
        // A player's line, a dateline, a sentence with a number: not teams.
        assert_eq!(
            orgs("Postponed: East Fife v Clydebank, St Johnstone v Celtic"),
            ["East Fife", "Clydebank", "St Johnstone", "Celtic"]
        );
        assert!(orgs("Ian Woosnam 70 68 71").is_empty());
        assert!(orgs("Bowling: Wasim Akram 10-0-50-0, Waqar Younis 9-0-54-1,").is_empty());
        assert!(orgs("Ata-ur-Rehman 6-0-40-1, Saqlain Mushtaq 10-0-59-1").is_empty());
        assert!(orgs("Roe v Wade").is_empty());
        assert!(orgs("LONDON 1996-08-30").is_empty());
        assert!(orgs("Wigan won 42 to 36 on Saturday.").is_empty());
        assert!(orgs("1. Michelle Freeman (Jamaica) 12.71 seconds").is_empty());
    }

    #[test]
    fn ampersand_names_listed_companies_and_based_firms_are_organisations() {
        use FactKind::*;
        assert_names(
            "Sales rose at Procter & Gamble, said James Weber of A.G. Edwards & Sons.",
            &[
                ("Procter & Gamble", Organization),
                ("James Weber", Person),
                ("A.G. Edwards & Sons", Organization),
            ],
        );
        assert_names(
            "Oil firms including Mobil, Shell and Caltex came to Tianjin.",
            &[
                ("Mobil", Organization),
                ("Shell", Organization),
                ("Caltex", Organization),
                ("Tianjin", Place),
            ],
        );
        assert_names(
            "They met bankers such as Ruth Porat, then Ohio-based KeyCorp.",
            &[
                ("Ruth Porat", Person),
                ("Ohio", Place),
                ("KeyCorp", Organization),
            ],
        );
        // A consultant based somewhere is still a person; a pronoun joined by "&" is no firm.
        assert_names(
            "Texas-based Matt Mackowiak said no to Ann & I.",
            &[
                ("Texas", Place),
                ("Matt Mackowiak", Person),
                ("Ann", Person),
            ],
        );
    }

    #[test]
    fn an_east_asian_surname_opens_a_person_whose_given_name_is_a_city() {
        use FactKind::*;
        // "Donghai" and "Zhangjiajie"-like given names are cities too; "Kim Jong Un" ends in "UN".
        assert_names(
            "China's Wang Donghai beat Kim Jong Un.",
            &[
                ("China", Place),
                ("Wang Donghai", Person),
                ("Kim Jong Un", Person),
            ],
        );
        // A place that a listed surname opens stays a place.
        assert_names("They flew to Lin County.", &[("Lin County", Place)]);
    }

    #[test]
    fn a_place_before_a_longer_title_is_a_place() {
        let n = names("Hong Kong Financial Secretary Donald Tsang said on Friday it had grown.");
        assert_eq!(n[0], ("Hong Kong".into(), FactKind::Place, None));
        assert_eq!(
            n[1],
            (
                "Donald Tsang".into(),
                FactKind::Person,
                Some("Financial Secretary".into())
            )
        );
    }

    #[test]
    fn a_brand_on_a_place_is_an_organisation() {
        let n =
            names("Fans of Rotor Volgograd and Real Madrid flew Air France to Greater Manchester.");
        let kinds: Vec<(&str, FactKind)> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
        assert!(
            kinds.contains(&("Rotor Volgograd", FactKind::Organization)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("Real Madrid", FactKind::Organization)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("Air France", FactKind::Organization)),
            "{kinds:?}"
        );
        assert!(
            !kinds
                .iter()
                .any(|k| k.0 == "Greater Manchester" && k.1 == FactKind::Organization)
        );
    }

    #[test]
    fn a_common_noun_before_a_name_can_make_it_an_organisation() {
        let n = names("The news agency Interfax said tyre giant Pirelli would buy it.");
        assert_eq!(n[0], ("Interfax".into(), FactKind::Organization, None));
        assert_eq!(n[1], ("Pirelli".into(), FactKind::Organization, None));
    }

    #[test]
    fn a_known_organisation_goes_on_through_and_or_in() {
        use FactKind::*;
        assert_names(
            "The Securities and Exchange Commission and the Food and Drug Administration declined to comment.",
            &[
                ("Securities and Exchange Commission", Organization),
                ("Food and Drug Administration", Organization),
            ],
        );
        assert_names(
            "Monitors from the Organisation for Security and Cooperation in Europe stayed.",
            &[(
                "Organisation for Security and Cooperation in Europe",
                Organization,
            )],
        );
        // Not two names that an unknown "and" joins.
        assert_names(
            "Mark Warner and Tim Kaine voted against it.",
            &[("Mark Warner", Person), ("Tim Kaine", Person)],
        );
    }

    #[test]
    fn an_organisation_mid_sentence_may_open_with_first_new_or_news() {
        use FactKind::*;
        assert_names(
            "He said analysts at First Albany Corp. and the News Agency of Nigeria agreed.",
            &[
                ("First Albany Corp", Organization),
                ("News Agency of Nigeria", Organization),
            ],
        );
        // Not a word that opens something other than an organisation.
        assert_names(
            "He met the new Albany Corp. chief.",
            &[("Albany Corp", Organization)],
        );
    }

    #[test]
    fn a_plural_noun_and_of_opening_a_sentence_is_no_part_of_the_name() {
        use FactKind::*;
        assert_names(
            "Shares of Douglas & Lomason Co rose 2 percent.",
            &[("Douglas & Lomason Co", Organization)],
        );
        assert_names(
            "Representatives of First Bank System Inc declined to comment.",
            &[("First Bank System Inc", Organization)],
        );
    }

    #[test]
    fn of_phrases_are_places_or_organisations() {
        let n = names(
            "The Federal Republic of Yugoslavia met the House of Representatives delegation.",
        );
        assert_eq!(
            n[0],
            (
                "Federal Republic of Yugoslavia".into(),
                FactKind::Place,
                None
            )
        );
        assert_eq!(n[1].1, FactKind::Organization, "{n:?}");
    }

    #[test]
    fn a_titled_person_of_a_place_is_a_person_and_a_place() {
        let n = names("Later Gov. Bill Richardson of New Mexico met Sen. Sanders of Vermont.");
        assert_eq!(n[0].0, "Bill Richardson");
        assert_eq!(n[0].1, FactKind::Person);
        assert_eq!((n[1].0.as_str(), n[1].1), ("New Mexico", FactKind::Place));
        assert_eq!(n[0].2.as_deref(), Some("Gov"));
        assert_eq!(n[2].0, "Sanders");
        assert_eq!(n[3].0, "Vermont");
        // A known given name does it without a title; an organisation's head does not.
        let n = names("Then Bernie Sanders of Vermont spoke at the Bank of England.");
        assert_eq!(n[0].0, "Bernie Sanders");
        assert_eq!(
            n[2],
            ("Bank of England".into(), FactKind::Organization, None)
        );
    }

    #[test]
    fn headline_case_verbs_split_a_run_of_capitals() {
        let n: Vec<String> =
            names("Read more: Obama Says African-American Museum Will Tell the story.")
                .into_iter()
                .map(|n| n.0)
                .collect();
        assert!(n.contains(&"Obama".to_string()), "{n:?}");
        assert!(n.iter().all(|x| !x.contains("Says")), "{n:?}");
        let n = names("The Judge Who Once Mocked Addicts ruled on Monday.");
        assert!(n.iter().all(|x| !x.0.contains("Once")), "{n:?}");
    }

    #[test]
    fn who_and_an_age_mark_a_person() {
        assert_eq!(
            names("Brunswijk, who led a rebel group, was freed.")[0],
            ("Brunswijk".into(), FactKind::Person, None)
        );
        assert_eq!(
            names("Later Duran, 45, takes on Ariel Cruz.")[0],
            ("Duran".into(), FactKind::Person, None)
        );
        // A place with a comma after it stays a place; "Paris, 2024," is not an age.
        assert_eq!(
            names("In Paris, 2024, was a year of games.")[0].1,
            FactKind::Place
        );
    }

    #[test]
    fn headline_capitals_name_only_what_the_lists_know() {
        assert_eq!(
            names("SOCCER - BELARUS BEAT ESTONIA IN WORLD CUP QUALIFIER."),
            [
                ("BELARUS".to_string(), FactKind::Place, None),
                ("ESTONIA".to_string(), FactKind::Place, None)
            ]
        );
        assert!(names("LEAGUE STANDINGS AFTER SATURDAY").is_empty());
    }

    #[test]
    fn leading_initials_and_particles_make_people() {
        let n = names(
            "Surrey 429 (J. Ratcliffe 63, D. Bicknell 55), and W. Hegg said Inzamam-ul-Haq scored.",
        );
        let people: Vec<&str> = n
            .iter()
            .filter(|m| m.1 == FactKind::Person)
            .map(|m| m.0.as_str())
            .collect();
        assert_eq!(
            people,
            ["J. Ratcliffe", "D. Bicknell", "W. Hegg", "Inzamam-ul-Haq"]
        );
        // A letter ending a sentence stays there.
        let n = names("They graded it A. The Treasury said so.");
        assert!(n.iter().all(|m| !m.0.starts_with("A.")), "{n:?}");
    }

    #[test]
    fn a_known_place_keeps_its_first_word_and_every_country_is_known() {
        assert_names(
            "The minister flew to New Zealand, then New York and Liechtenstein.",
            &[
                ("New Zealand", FactKind::Place),
                ("New York", FactKind::Place),
                ("Liechtenstein", FactKind::Place),
            ],
        );
        // "New" alone still opens no name.
        assert!(names("New rules came in.").is_empty());
        // New York's boroughs.
        assert_names(
            "She won in Manhattan, Queens and the Bronx.",
            &[
                ("Manhattan", FactKind::Place),
                ("Queens", FactKind::Place),
                ("Bronx", FactKind::Place),
            ],
        );
        let g = Gazetteer::get();
        // A US state as news datelines abbreviate it: "IRVINE, Calif.".
        assert_eq!(g.places.get("calif"), Some(&"California"));
        for c in [
            "chad",
            "burundi",
            "suriname",
            "surinam",
            "east timor",
            "yugoslavia",
            "fiji",
        ] {
            assert!(g.places.contains_key(c), "{c}");
        }
    }

    #[test]
    fn peoples_and_faiths_are_no_entities_but_modify_one() {
        assert_names(
            "Iraqis and Kurds fled, Moslem leaders said; the Muslim Brotherhood met, and Panamanian Boxing Association President Ramon Manzanares spoke.",
            &[
                ("Muslim Brotherhood", FactKind::Organization),
                ("Panamanian Boxing Association", FactKind::Organization),
                ("Ramon Manzanares", FactKind::Person),
            ],
        );
        // A given name that is also a faith's adjective opens a name.
        let christian = names("said Army Capt. Christian Pardo on Friday.");
        assert!(
            christian.iter().any(|m| m.0 == "Christian Pardo"),
            "{christian:?}"
        );
    }

    #[test]
    fn a_title_word_that_is_a_surname_ends_a_name() {
        assert_names(
            "He quoted Martin Luther King on Monday.",
            &[("Martin Luther King", FactKind::Person)],
        );
        // A given name of either gender counts too.
        assert_names(
            "The captain, Billie Jean King, said so.",
            &[("Billie Jean King", FactKind::Person)],
        );
        // A title word that is no common surname names an office: "Chair" stays out.
        assert_names(
            "She holds the Frances Miller Chair at the university.",
            &[("Frances Miller", FactKind::Person)],
        );
    }

    #[test]
    fn a_role_word_counts_in_lower_case_only() {
        assert_names(
            "said economist Lynn Reaser; Mr. Singer said so, and Singer Ltd agreed.",
            &[
                ("Lynn Reaser", FactKind::Person),
                ("Singer", FactKind::Person),
                ("Singer Ltd", FactKind::Organization),
            ],
        );
    }

    #[test]
    fn based_in_a_place_and_a_person_of_an_organisation() {
        assert_names(
            "Seoul-based Samsung Electronics Co rose, said economist Lynn Reaser of Barnett Banks Inc on Friday.",
            &[
                ("Seoul", FactKind::Place),
                ("Samsung Electronics Co", FactKind::Organization),
                ("Lynn Reaser", FactKind::Person),
                ("Barnett Banks Inc", FactKind::Organization),
            ],
        );
    }

    #[test]
    fn a_name_of_an_organisation_is_someone_from_it() {
        assert_names(
            "The vote did not count, said Meenakshi Ganguly of Human Rights Watch, who observed it.",
            &[
                ("Meenakshi Ganguly", FactKind::Person),
                ("Human Rights Watch", FactKind::Organization),
            ],
        );
        assert_names(
            "Economist Joel Naroff of First Union said so.",
            &[
                ("Joel Naroff", FactKind::Person),
                ("First Union", FactKind::Organization),
            ],
        );
        assert_names(
            "It was a victory, said Judicial Watch president Tom Fitton.",
            &[
                ("Judicial Watch", FactKind::Organization),
                ("Tom Fitton", FactKind::Person),
            ],
        );
        // A company's legal name stays whole.
        assert_names(
            "He sold Gold Fields of South Africa Ltd shares.",
            &[("Gold Fields of South Africa Ltd", FactKind::Organization)],
        );
    }

    #[test]
    fn a_title_word_after_a_middle_initial_is_the_surname() {
        assert_names(
            "Representative Peter T. King, Republican of New York, said no.",
            &[
                ("Peter T. King", FactKind::Person),
                ("New York", FactKind::Place),
            ],
        );
    }

    #[test]
    fn middle_initials_and_a_title_of_an_organisation() {
        let n = names(
            "President George W. Bush met Tariq Al Shaikh, Director of Abu Dhabi Ghantoot Centre for Consulting, on Monday.",
        );
        assert_eq!(
            n[0],
            (
                "George W. Bush".into(),
                FactKind::Person,
                Some("President".into())
            )
        );
        assert!(
            n.iter()
                .any(|m| m.0 == "Abu Dhabi Ghantoot Centre for Consulting"
                    && m.1 == FactKind::Organization),
            "{n:?}"
        );
        assert!(!n.iter().any(|m| m.0.starts_with("of ")), "{n:?}");
    }

    #[test]
    fn titles_and_demonyms_split_the_run() {
        let n = names(
            "He met South Korean President Lee Jae-myung and Chinese President Xi Jinping in Gyeongju.",
        );
        assert_eq!(
            n[0],
            (
                "Lee Jae-myung".into(),
                FactKind::Person,
                Some("President".into())
            )
        );
        assert_eq!(
            n[1],
            (
                "Xi Jinping".into(),
                FactKind::Person,
                Some("President".into())
            )
        );
        assert_eq!(n[2], ("Gyeongju".into(), FactKind::Place, None));
        // A compound of places names each ("Korea-China relations": the two countries); a
        // double-barrelled surname is no place, though "Smith" ends "Fort Smith".
        let n =
            names("Korea-China relations improved, said Gilda Cobb-Hunter and John Lee-Hunter.");
        let n: Vec<&str> = n.iter().map(|m| m.0.as_str()).collect();
        assert_eq!(
            n,
            ["Korea", "China", "Gilda Cobb-Hunter", "John Lee-Hunter"]
        );
        // After a given name, a people's name ending the run is a surname.
        let n = names(
            "The critic Mark Cuban sat down. Bill English said no. Many Cuban Americans came.",
        );
        let n: Vec<&str> = n.iter().map(|m| m.0.as_str()).collect();
        assert_eq!(n, ["Mark Cuban", "Bill English"]);
        // One plain word "of" a place is two names; a company's suffix ends its name; an
        // institution, a title of nobility, a place's head or an acronym's chapter holds on.
        let n = names(
            "He joined Karlsruhe of Germany, left Daniels Pharmaceuticals Inc of St. Louis, met \
             the Duke of Norfolk at the Bank of England, the Gulf of Mexico and ACLU of Oregon.",
        );
        let n: Vec<&str> = n.iter().map(|m| m.0.as_str()).collect();
        for want in [
            "Karlsruhe",
            "Germany",
            "Daniels Pharmaceuticals Inc",
            "Bank of England",
            "Gulf of Mexico",
            "ACLU of Oregon",
        ] {
            assert!(n.contains(&want), "{want}: {n:?}");
        }
        assert!(
            n.iter()
                .any(|m| m.contains("Norfolk") && m.contains("Duke")),
            "{n:?}"
        );
        // After "of" or "for" inside a name, a people's adjective belongs to the name.
        let n =
            names("said Debbie Walsh of the Center for American Women and Politics at Rutgers.");
        assert!(n.iter().all(|m| m.0 != "Women and Politics"), "{n:?}");
        assert!(
            n.iter()
                .any(|m| m.0 == "Center for American Women and Politics"),
            "{n:?}"
        );
        let n = names("He opened the National Museum of African American History and Culture.");
        assert_eq!(
            n[0].0, "National Museum of African American History and Culture",
            "{n:?}"
        );
    }

    #[test]
    fn sentence_initial_words_and_days_are_not_names() {
        let n = names("The talks were held on Saturday. Following the summit, they left.");
        assert!(n.is_empty(), "{n:?}");
        // A preposition opening a sentence is no part of the name after it.
        let n =
            names("Outside Carrier's plant, workers waited. Alongside Mozloom Terrah, they left.");
        assert!(
            n.iter()
                .all(|m| !m.0.starts_with("Outside") && !m.0.starts_with("Alongside")),
            "{n:?}"
        );
    }

    #[test]
    fn a_name_after_the_is_no_person_without_a_title_or_given_name() {
        assert_names(
            "It helped prevent the Great Recession from becoming worse, officials said.",
            &[],
        );
        // A given name, a title or a speech verb still makes a person.
        assert_names(
            "He praised the Hillary Clinton campaign and the President Barack Obama era.",
            &[
                ("Hillary Clinton", FactKind::Person),
                ("Barack Obama", FactKind::Person),
            ],
        );
        assert_names(
            "They invited the Rev. Mozloom Terrah.",
            &[("Mozloom Terrah", FactKind::Person)],
        );
        // A code with digits is no one-word name.
        assert_names("Investors in the EB-5 program met.", &[]);
        // A party member from a place names the place; a title word ending a given name is
        // its surname.
        assert_names(
            "A prominent New York Democrat met Pete King and Virginia Sen. Tim Kaine.",
            &[
                ("New York", FactKind::Place),
                ("Pete King", FactKind::Person),
                ("Virginia", FactKind::Place),
                ("Tim Kaine", FactKind::Person),
            ],
        );
        // Nor is an event or a programme named after people or places.
        assert_names(
            "Delegates left Mozloom Terrah Convention and the Jim Crow Show early.",
            &[],
        );
    }

    #[test]
    fn organisations_by_list_suffix_and_acronym() {
        let n = names("He told Xinhua News Agency and the Foreign Ministry that APEC would meet.");
        let kinds: Vec<_> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
        assert_eq!(
            kinds,
            [
                ("Xinhua News Agency", FactKind::Organization),
                ("Foreign Ministry", FactKind::Organization),
                ("APEC", FactKind::Organization)
            ]
        );
    }

    #[test]
    fn role_words_mark_people() {
        let n = names(
            "presidential spokesperson Kang Yu-jung said so, and spokeswoman Mao Ning agreed.",
        );
        assert_eq!(n[0].0, "Kang Yu-jung");
        assert_eq!(n[0].1, FactKind::Person);
        assert_eq!(n[1].0, "Mao Ning");
    }

    #[test]
    fn possessive_is_outside_the_name() {
        let n = names("They discussed Xi's first visit.");
        assert_eq!(n[0].0, "Xi");
    }

    #[test]
    fn acronyms_time_zones_dotted_states_and_departments() {
        use FactKind::*;
        assert_names(
            "It bars US assistance to Concord, N.H., at 8 p.m. EDT, said the Justice Department.",
            &[
                ("US", Place),
                ("Concord", Place),
                ("N.H.", Place),
                ("Justice Department", Organization),
            ],
        );
        // "us" is the pronoun; "Justice" before a name is still a title.
        assert_names("Let us pray, he told us.", &[]);
        assert_names(
            "The ruling came as Justice Antonin Scalia wrote.",
            &[("Antonin Scalia", Person)],
        );
        // Pollsters are organisations, not the towns named like them.
        assert_names("A new Gallup poll out.", &[("Gallup", Organization)]);
    }

    #[test]
    fn a_known_name_ending_a_run_is_split_from_the_name_before_it() {
        use FactKind::*;
        assert_names(
            "He worked in the Hillary Clinton White House.",
            &[("Hillary Clinton", Person), ("White House", Organization)],
        );
        // Not after a connector, a place, a people or a generic word, nor a college.
        assert_names(
            "the Bank of New York",
            &[("Bank of New York", Organization)],
        );
        assert_names(
            "the U.N. Security Council",
            &[("U.N. Security Council", Organization)],
        );
        assert_names(
            "the Scottish Labour Party",
            &[("Scottish Labour Party", Organization)],
        );
        assert_names(
            "at Keene State College",
            &[("Keene State College", Organization)],
        );
    }

    #[test]
    fn a_headline_in_title_case_names_only_what_tells_a_name() {
        use FactKind::*;
        // Function words in capitals: a headline. Its runs are cut at them and at given names,
        // and words no list knows name nothing.
        assert_names(
            "Flint Water Response Perfectly Captures The Difference Between Bernie Sanders And Hillary Clinton.",
            &[("Bernie Sanders", Person), ("Hillary Clinton", Person)],
        );
        assert_names(
            "The Biggest Blow To Obamacare Yet Could Come From Senate Democrats In Ohio.",
            &[("Senate Democrats", Organization), ("Ohio", Place)],
        );
    }

    #[test]
    fn a_quotation_opens_like_a_sentence_and_i_is_no_name() {
        // “Look, …” and “Look I’ve …”: the capital is the quotation's, "I" the speaker.
        assert_names(
            "He added, “Look I’ve made this clear to Smith.”",
            &[("Smith", FactKind::Person)],
        );
        assert_names(
            "Ryan said, “Look, the images have no place.”",
            &[("Ryan", FactKind::Person)],
        );
        // A regnal or war numeral stays.
        assert_names(
            "Since World War I, Queen Elizabeth I has been studied.",
            &[("Elizabeth I", FactKind::Person)],
        );
    }

    #[test]
    fn brands_programmes_and_plural_acronyms_are_no_people() {
        use FactKind::*;
        assert_names(
            "He flew with EgyptAir, posted on YouTube and cut Medicare and Social Security, said McDonald.",
            &[
                ("EgyptAir", Organization),
                ("YouTube", Organization),
                ("Medicare", Organization),
                ("Social Security", Organization),
                ("McDonald", Person),
            ],
        );
        // Also before a verb of speech.
        assert_names(
            "PolitiFact says the claim is false, McDonald said.",
            &[("PolitiFact", Organization), ("McDonald", Person)],
        );
        // A handle and a city run into its country are no brands; plural acronyms name nothing.
        let n = names("Follow @HillaryClinton from SydneyAustralia on super PACs and NGOs.");
        assert!(n.iter().all(|m| m.1 != Organization), "{n:?}");
        assert!(n.iter().all(|m| !m.0.ends_with('s')), "{n:?}");
        // "the" inside a phrase makes no person; a given name's epithet does. (The programme
        // is listed.)
        assert_names(
            "Altering the Cadillac tax was raised on Face the Nation by Alexander the Great.",
            &[
                ("Face the Nation", Organization),
                ("Alexander the Great", Person),
            ],
        );
        assert_names(
            "Altering the Cadillac tax was raised on Meet the Family by Alexander the Great.",
            &[("Alexander the Great", Person)],
        );
        // A party member from a place still names the place.
        assert_names(
            "Several Iowa Republican voters met Islamic State defectors.",
            &[("Iowa", Place), ("Islamic State", Organization)],
        );
        // A party's adjective ends no person's name; the American Legion is an organisation.
        assert_names(
            "Presumptive Democratic presidential nominee Hillary Clinton met the American Legion.",
            &[
                ("Hillary Clinton", Person),
                ("American Legion", Organization),
            ],
        );
    }

    #[test]
    fn the_house_is_a_chamber() {
        use FactKind::*;
        assert_names(
            "The House voted, then the House Judiciary Committee met. House prices rose.",
            &[
                ("House", Organization),
                ("House Judiciary Committee", Organization),
            ],
        );
    }

    #[test]
    fn a_title_case_headline_names_two_people() {
        use FactKind::*;
        assert_names(
            "Poll: Donald Trump Ties Hillary Clinton With Michael Bloomberg",
            &[
                ("Donald Trump", Person),
                ("Hillary Clinton", Person),
                ("Michael Bloomberg", Person),
            ],
        );
        assert!(is_title_case(&tokenize(
            "Poll: Donald Trump Ties Hillary Clinton"
        )));
        // A run cut before a given name that opens a two-word name; a part before it that no
        // list knows names nothing; a verb after a full name ends it.
        assert_names(
            "Conservative Icon Michael Blackwell Endorses Ted Cruz",
            &[("Michael Blackwell", Person), ("Ted Cruz", Person)],
        );
        assert_names("Poll: Donald Trump Rampages", &[("Donald Trump", Person)]);
        // Prose is not title case, and a run there is not cut at a given name.
        let prose = "Supporters of Hillary Clinton and Donald Trump gathered outside.";
        assert!(!is_title_case(&tokenize(prose)));
        // A given name before a surname that names a company or a place is a person.
        assert_names(
            "He met Michael Bloomberg and George Washington.",
            &[("Michael Bloomberg", Person), ("George Washington", Person)],
        );
    }

    #[test]
    fn offices_addressed_contractions_and_parties_are_no_people() {
        use FactKind::*;
        assert_names(
            "“Mr. President, will you pledge?” He’s bold, I’m told.",
            &[],
        );
        assert_names("Then 72 percent of Democrats said yes.", &[]);
        assert_names(
            "Former Attorney General Michael Mukasey spoke for Conservative Solutions PAC.",
            &[
                ("Michael Mukasey", Person),
                ("Conservative Solutions PAC", Organization),
            ],
        );
        // "Ms. Chancellor" is still a surname.
        assert_names("Then Ms. Chancellor said no.", &[("Chancellor", Person)]);
    }

    #[test]
    fn regions_wars_taxes_and_books_are_no_people() {
        use FactKind::*;
        assert_names(
            "She won across the South and the Midwest.",
            &[("South", Place), ("Midwest", Place)],
        );
        assert_names(
            "Since World War II, the Beige Book and the Presidential Debates.",
            &[],
        );
        // A pope's numeral is still his.
        assert_names("Then Pope John Paul II spoke.", &[("John Paul II", Person)]);
    }

    #[test]
    fn chambers_and_adjectives_of_state_open_bodies_not_people() {
        use FactKind::*;
        assert_names("He opposed the House Zika funding proposal.", &[]);
        assert_names(
            "After meeting his National Security Council, he flew out.",
            &[("National Security Council", Organization)],
        );
        assert_names(
            "He wrote to the International Red Cross in 1993.",
            &[("International Red Cross", Organization)],
        );
        assert_names(
            "Marine Le Pen leads the far-right Front National party.",
            &[("Marine Le Pen", Person), ("Front National", Organization)],
        );
        assert_names(
            "Two hotly contested House campaigns will decide it.",
            &[("House", Organization)],
        );
    }

    #[test]
    fn a_lone_state_is_left_of_a_longer_name_and_movements_are_bodies() {
        use FactKind::*;
        assert_names("In his final State of the Union address he spoke.", &[]);
        assert_names("The pro-Islamic State accounts grew.", &[]);
        assert_names(
            "Her support of Black Lives Matter was clear.",
            &[("Black Lives Matter", Organization)],
        );
    }

    #[test]
    fn particles_join_given_names_to_surnames_and_surnames_take_them_in() {
        use FactKind::*;
        assert_names(
            "Ursula von der Leyen met Joost van der Westhuizen and Luca di Montezemolo.",
            &[
                ("Ursula von der Leyen", Person),
                ("Joost van der Westhuizen", Person),
                ("Luca di Montezemolo", Person),
            ],
        );
        assert_names("Later de Blasio said no.", &[("de Blasio", Person)]);
        assert_names(
            "Coach Erik ten Hag praised his side. Later ten Hag said no.",
            &[("Erik ten Hag", Person), ("ten Hag", Person)],
        );
        // A thing after "an" that ends the phrase is no one; a town and its state is a place.
        assert_names("He would have gotten an Oscar, she said.", &[]);
        assert_names(
            "She is a Neptune, N.J., native.",
            &[("Neptune", Place), ("N.J.", Place)],
        );
    }

    #[test]
    fn portuguese_particles_join_places_and_names_not_english_verbs() {
        use FactKind::*;
        assert_names(
            "Rains in Rio Grande do Sul hit José do Nascimento. José dos Santos fled.",
            &[
                ("Rio Grande do Sul", Place),
                ("José do Nascimento", Person),
                ("José dos Santos", Person),
            ],
        );
        assert_names("Did Trump do Anything?", &[("Trump", Person)]);
    }

    #[test]
    fn a_cabinet_secretary_is_a_title_and_camp_david_a_place() {
        use FactKind::*;
        assert_names(
            "Chief Cabinet Secretary Yoshimasa Hayashi met them at Camp David.",
            &[("Yoshimasa Hayashi", Person), ("Camp David", Place)],
        );
    }

    #[test]
    fn a_club_named_with_its_town_speaks_as_a_club() {
        use FactKind::*;
        assert_names(
            "Real Madrid agreed to sign him. Jordan Spieth said yes.",
            &[("Real Madrid", Organization), ("Jordan Spieth", Person)],
        );
    }

    #[test]
    fn a_double_given_name_is_no_compound_of_towns() {
        use FactKind::*;
        assert_names(
            "Press secretary Karine Jean-Pierre said no.",
            &[("Karine Jean-Pierre", Person)],
        );
    }

    #[test]
    fn a_members_party_and_state_name_the_state() {
        use FactKind::*;
        assert_names(
            "Sen. Lindsey Graham, R-S.C., and Rep. Jane Doe (D-N.Y.) spoke.",
            &[
                ("Lindsey Graham", Person),
                ("S.C.", Place),
                ("Jane Doe", Person),
                ("N.Y.", Place),
            ],
        );
    }
}
