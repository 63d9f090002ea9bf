//! Word lists and word tests: what is never a name, what ends an organisation's or a place's
//! name, connectors, speech verbs, surname particles.

use super::*;

/// A set over a word list, built on first use (the lists are long; lookups are per token).
pub(super) fn set_of(
    cell: &'static std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
    words: &'static [&'static str],
) -> &'static rustc_hash::FxHashSet<&'static str> {
    cell.get_or_init(|| words.iter().copied().collect())
}

pub(super) static NOT_NAME_SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::OnceLock::new();
pub(super) static TIME_SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::OnceLock::new();

/// A word of seven letters or more with an adjective's or a participle's ending
/// ("Controversial", "Economic", "Limited", "Meaningful"), as no name is. (Not "-vic": "Djokovic".)
pub(super) fn is_adjectival(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "al", "ous", "ive", "ful", "less", "able", "ible", "ary", "ish", "ed", "ic",
    ];
    word_with_ending(word, 7, ENDINGS) && !word.ends_with("vic")
}

/// A word of `min` bytes or more, lower-case after its first letter, that ends in one of
/// `endings`: what English adjectives and adverbs are told by.
pub(super) fn word_with_ending(word: &str, min: usize, endings: &[&str]) -> bool {
    word.len() >= min
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && endings.iter().any(|e| word.ends_with(e))
}

/// Is the lower-cased word one that never starts or makes a name ("the", "said", "monday"…)?
/// A capitalised "-ing" word of six letters or more ("Calling", "Painting"), not one of the
/// names spelled so ("Sterling Brown", "Manning Marable", "Irving Berlin").
pub(super) fn is_gerund(word: &str) -> bool {
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
pub(super) fn arabic_article(word: &str) -> bool {
    ["al-", "el-", "al‑", "el‑"].iter().any(|p| {
        word.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// A word cut from its "n't" ("Don't", "Won't", "Didn't"): no name.
pub(super) fn contraction(tokens: &[Token<'_>], s: usize) -> bool {
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
pub(super) fn given_name_then_pronoun(tokens: &[Token<'_>], s: usize, g: &Gazetteer) -> bool {
    use super::super::gazetteer::Gender;
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
pub(super) fn state_after_town(tokens: &[Token<'_>], i: usize) -> Option<&'static str> {
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
    // (Every abbreviation is a capital and at most four more letters and dots, with its dot.)
    if t.text.len() > 6
        || !t
            .text
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_uppercase)
    {
        return None;
    }
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
pub(super) const MOVEMENT_HEADS: &[&str] = &[
    "Ansar", "Jabhat", "Harakat", "Hizb", "Jaish", "Lashkar", "Tehrik", "Jamaat", "Jemaah",
];

/// "4th", "170th", "2nd", "21st".
pub(super) fn ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

pub(super) fn is_not_name(lower: &str) -> bool {
    set_of(&NOT_NAME_SET, NOT_NAMES).contains(lower)
}

pub(super) const NOT_NAMES: &[&str] = &[
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
    // ("Half Clinton's State meetings were with donors", "Top Clinton adviser sent…".)
    "half",
    "top",
    // ("Follow Pam Key on Twitter @pamkeyNEN.")
    "follow",
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
    "women",
    "men",
    "children",
    // Cricket's "the third Test", "in Test history": a match, no place.
    "test",
];

/// Common nouns that, right before a name, say it is an organisation.
pub(super) const ORG_NOUNS: &[&str] = &[
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
pub(super) const CLUB_PLURALS: &[&str] = &[
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

/// Last words that name a law or a rule book ("the Consumer Credit Act", "the Data Protection
/// Regulations").
pub(super) const LAW_WORDS: &[&str] = &[
    "Act",
    "Regulation",
    "Regulations",
    "Directive",
    "Ordinance",
    "Statute",
];

/// Last words that make a capitalised phrase an event, a contest or a record, not a person
/// ("World Cup", "Grand Prix", "World Record").
pub(super) const NOT_PEOPLE_LAST: &[&str] = &[
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
    // ("Family Circle magazine's Presidential Cookie Poll", "the Times Daybreak Poll".)
    "Poll",
    // Products: "the RangeMax Wireless-N Gigabit Router", "Sony's Playstation Portable".
    "Router",
    "Adapter",
    "Ethernet",
    "Portable",
    "Console",
    "Edition",
    "Browser",
    "Tablet",
    "Smartphone",
    "Laptop",
    "Marathon",
    "Expo",
    // ("the Rose Parade", "Notting Hill Carnival", "Henley Royal Regatta".)
    "Parade",
    "Carnival",
    "Regatta",
    "Gala",
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
    "Regulation",
    "Regulations",
    "Directive",
    "Guidelines",
    "Ordinance",
    "Statute",
    // Games and contests: "the Rose Bowl", "the Memorial Classic".
    "Bowl",
    "Classic",
    "Invitational",
    "Tournament",
];

/// Words of accounts and tables that no person's name holds.
pub(super) const TABLE_WORDS: &[&str] = &[
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

pub(super) fn last_word(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// Acronyms that are common nouns, not organisations.
pub(super) const NOT_ORGS: &[&str] = &[
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
pub(super) const ZONES_AND_HONOURS: &[&str] = &[
    "EST", "EDT", "PST", "PDT", "CST", "CDT", "MST", "MDT", "AEDT", "AEST", "BST", "CET", "CEST",
    "JST", "KST", "HKT", "SGT", "MBE", "OBE", "CBE", "KBE", "DBE",
];

/// Presidents and leaders known by their initials: people, not organisations.
pub(super) const PEOPLE_BY_INITIALS: &[&str] = &["FDR", "JFK", "RFK", "LBJ", "MLK", "AOC", "RBG"];

pub(super) const TIME_WORDS: &[&str] = &[
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

pub(super) const CONNECTORS: &[&str] = &[
    "of", "de", "del", "della", "da", "di", "dos", "das", "van", "von", "der", "den", "ten", "ter",
    "al", "bin", "ibn", "la", "le", "du", "for", "&", "the",
];

/// Verbs that, right after a capitalised word, show it is someone acting (besides speech verbs).
pub(super) const ACTION_VERBS: &[&str] = &[
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

pub(super) fn speech(word: &str) -> bool {
    super::super::quotes::SPEECH.contains(&word)
}

/// A verb of speech at token `e`, perhaps after an adverb: "Lebed said", "Byrne also wrote",
/// "Stevens later told".
pub(in crate::model::facts) fn speech_follows(tokens: &[Token<'_>], e: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text);
    let adverb = super::super::quotes::SPEECH_ADVERBS.contains(&word(e));
    let verb = if adverb { e + 1 } else { e };
    // ("Sale claimed a 34-20 victory", "claimed responsibility": a claim that takes a thing
    // says nothing.)
    let takes_a_thing = matches!(word(verb), "claimed" | "claims" | "claim")
        && matches!(
            word(verb + 1),
            "a" | "an"
                | "the"
                | "his"
                | "her"
                | "their"
                | "its"
                | "victory"
                | "responsibility"
                | "credit"
                | "ownership"
        );
    (speech(word(e)) || (adverb && speech(word(e + 1)))) && !takes_a_thing
}

/// A particle of a surname, in lower case: "de Blasio", "von der Leyen", "ten Hag".
pub(in crate::model::facts) fn surname_particle(word: &str) -> bool {
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
pub(super) fn is_connector(word: &str) -> bool {
    word.len() <= 5 && with_lower(word, |l| CONNECTORS.contains(&l))
}

pub(super) fn lower<'a>(t: &Token<'a>) -> std::borrow::Cow<'a, str> {
    super::super::text::lower(t.text)
}

/// A function word or verb capitalised by headline case ("Obama Says Museum Will Tell", "Who
/// Once Mocked"): it is never part of a name, and splits a run of capitals. ("Will" and "May" are
/// names and months too, and are left alone.)
pub(super) fn headline_word(t: &Token<'_>) -> bool {
    const WORDS: &[&str] = &[
        "Says", "Said", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "To", "For", "With",
        "And", "Or", "But", "Not", "Once", "After", "Before", "Over", "Into", "From", "By", "As",
        "How", "Why", "What", "Who", "Vs", "About", "Against", "Amid", "Could", "Should", "Can",
        "Might", "Must", "Gets", "Takes", "Makes", "Wins", "Loses", "Slams", "Blasts", "Calls",
        "Wants", "Tells", "Warns", "Backs", "Its", "His", "Her", "Their", "Be", "Been", "Being",
    ];
    t.text.len() <= 7 && t.text.as_bytes()[0].is_ascii_uppercase() && WORDS.contains(&t.text)
}

pub(super) fn is_name_token(t: &Token<'_>) -> bool {
    // (Most tokens open with an ASCII byte, which decides without decoding a char: this runs
    // on every token.)
    let Some(&first) = t.text.as_bytes().first() else {
        return false;
    };
    if first.is_ascii_lowercase() {
        return matches!(first, b'a' | b'e') && arabic_article(t.text);
    }
    if first.is_ascii() && !first.is_ascii_uppercase() {
        return false;
    }
    // (Time words have three to nine letters.)
    if first.is_ascii_uppercase() && !(3..=9).contains(&t.text.len()) {
        return true;
    }
    if !t.is_word() || !(t.is_capitalised() || arabic_article(t.text)) {
        return false;
    }
    // Time words are ASCII and at most nine letters: anything else is not one.
    super::super::text::ascii_lower(t.text, &mut [0u8; 9])
        .is_none_or(|l| !set_of(&TIME_SET, TIME_WORDS).contains(l))
}
