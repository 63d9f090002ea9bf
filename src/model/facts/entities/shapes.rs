//! The shape of a name: brands, corporate compounds, hyphenated adjectives, "X of Y", regions,
//! universities — what a candidate's own words say about its kind.

use super::*;

/// One word with a capital inside after two or more small letters ("EgyptAir", "YouTube",
/// "SiriusXM"): a brand. Surnames with a prefix ("McDonald", "DeSantis", "MacArthur") are not.
/// Nor are names written as one word ("HillaryClinton", "SpeakerRyan", as in a handle), or a
/// city run into its country ("SydneyAustralia").
pub(super) fn camel_case_brand(name: &str, g: &Gazetteer) -> bool {
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
pub(super) fn corporate_compound(word: &str) -> bool {
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
pub(super) fn product_code(word: &str) -> bool {
    word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
        && !matches!(
            word,
            "QC" | "KC" | "MP" | "MEP" | "MD" | "JR" | "SR" | "MBE" | "OBE" | "CBE" | "KBE" | "DBE"
        )
}

/// The space between two words of a table's row: a tab or three spaces, which no name holds.
pub(super) fn column_gap(gap: &str) -> bool {
    gap.contains('\t') || gap.contains("   ")
}

/// The word before "at" that makes what follows an employer or a school, not a place: "worked
/// at", "a job at", "an analyst at", "students at".
pub(super) fn works_at(word: &str) -> bool {
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
pub(super) fn adverb(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ately", "ically", "ingly", "edly", "ously", "ually", "ntly", "fully", "ially", "ably",
        "ibly",
    ];
    word_with_ending(word, 6, ENDINGS)
}

/// A sport whose governing body a country names after it ("Sri Lanka Cricket", "Rugby Canada").
pub(super) fn sport_body(word: &str) -> bool {
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
pub(super) fn kinship(word: &str) -> bool {
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
pub(super) fn named_for_someone(last: &str) -> Option<FactKind> {
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
/// An abstract noun by its ending ("Approval", "Removal", "Election", "Treatment",
/// "Popularity", "Awareness", "Acceptance", "Dependence"), not a body's word that ends so
/// ("Confederation", "Community", "Convention").
pub(super) fn abstract_noun(word: &str) -> bool {
    word.len() > 6
        && word.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && ["al", "tion", "sion", "ment", "ity", "ness", "ance", "ence"]
            .iter()
            .any(|x| word.ends_with(x))
        && !matches!(
            word,
            "Confederation"
                | "Community"
                | "Fraternity"
                | "Municipality"
                | "Presidency"
                | "Convention"
                | "Institution"
                | "Settlement"
                | "Congregation"
                | "Tribunal"
                | "Cardinal"
                | "Admiral"
                | "General"
                | "Marshal"
                | "Principal"
                | "Hospital"
                | "Festival"
                | "Capital"
                | "Portal"
                | "Journal"
                | "Arsenal"
                | "Liberal"
                | "National"
                | "Central"
                | "Royal"
        )
}

/// "Q-school", "X-ray", "T-shirt", "U-turn", "A-list": one capital letter, a hyphen and a
/// lower-case word make a common noun, never a name.
pub(super) fn letter_compound(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && b[0].is_ascii_uppercase()
        && b[1] == b'-'
        && b[2..].iter().all(u8::is_ascii_lowercase)
}

pub(super) fn body_noun(word: &str) -> bool {
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
pub(super) fn hyphen_adjective(word: &str) -> bool {
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
pub(super) fn describes_someone(word: &str, g: &Gazetteer) -> bool {
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

pub(super) fn joined_by_particle(name: &str) -> bool {
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
pub(super) const NOBLE: &[&str] = &[
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
pub(super) const PLACE_HEADS: &[&str] = &[
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
pub(super) fn of_phrase(name: &[Token<'_>]) -> Option<FactKind> {
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
pub(super) fn country_follows(tokens: &[Token<'_>], e: usize, g: &Gazetteer) -> bool {
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
pub(super) fn compass_region(side: &str, word: &str, g: &Gazetteer) -> bool {
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
pub(super) fn state_university(name: &[Token<'_>]) -> bool {
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
pub(super) fn place_with_brand(name: &[Token<'_>], g: &Gazetteer) -> bool {
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
pub(super) const BRAND_HEADS: &[&str] = &[
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
pub(super) fn known_prefix(
    tokens: &[Token<'_>],
    text: &str,
    s: usize,
    e: usize,
    g: &Gazetteer,
) -> usize {
    (s + 1..e)
        .rev()
        .find(|&p| {
            with_lower(&text[tokens[s].bstart..tokens[p - 1].bend], |l| {
                g.places.contains_key(l) || g.orgs.contains_key(l)
            })
        })
        .unwrap_or(s)
}
