//! Money and quantities: amounts with currency, numbers with a unit or a counted noun.

use super::text::Token;
use super::value::{Amount, FactValue};

#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    pub money: bool,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `None` for an amount with no figure ("millions of dollars").
    pub value: Option<FactValue>,
    /// Token range, for linking a quantity to its subject.
    pub tok_end: usize,
}

/// The value of a number word, lower-cased: "twelve" → 12, "dozens" → 24.
fn small(lower: &str) -> Option<f64> {
    // A match compiles to a switch on the length and the bytes: no hashing per word.
    Some(match lower {
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "hundred" => 100.0,
        "dozen" => 12.0,
        "dozens" => 24.0,
        "hundreds" => 200.0,
        "thousands" => 2000.0,
        "millions" => 2e6,
        "billions" => 2e9,
        _ => return None,
    })
}

fn scale(word: &str) -> Option<f64> {
    Some(match super::text::ascii_lower(word, &mut [0u8; 12])? {
        // ("three dozen engineers": 36 engineers.)
        "dozen" => 12.0,
        "thousand" => 1e3,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        "million" | "mn" | "m" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

/// Does the word hold a hyphen? (A byte loop: words are short, and this runs on every one.)
fn has_dash(w: &str) -> bool {
    w.bytes().any(|b| b == b'-')
}

/// Lower-case words, joined by hyphens or not: the unit of "30-minute", "5,125-square-foot",
/// "7,600-foot-high", "two-year-olds". Joined words must open with a measure and hold no
/// function word: "one-on-one", "20-hour-a-day", "two-and-a-half", "five-under-par" and
/// "two-million-person" are no number and its unit.
fn lower_compound(u: &str) -> bool {
    if u.is_empty() || !u.chars().all(|c| c.is_lowercase() || c == '-') {
        return false;
    }
    let mut parts = u.split('-');
    let first = parts.next().unwrap_or("");
    if first.len() == u.len() {
        return true;
    }
    (matches!(
        first,
        "square" | "cubic" | "percentage" | "story" | "storey" | "year"
    ) || (is_measure(first) && scale(first).is_none()))
        && parts.all(|p| {
            p.len() > 1 && !matches!(p, "an" | "and" | "per" | "in" | "on" | "to" | "of" | "by")
        })
}

/// `w.split_once('-')` for a short word.
fn split_dash(w: &str) -> Option<(&str, &str)> {
    let i = w.bytes().position(|b| b == b'-')?;
    Some((&w[..i], &w[i + 1..]))
}

/// Can a number word open with this byte? (Every word [`small`] knows opens with one of
/// "bdefhmnost", in either case: most words are ruled out before any other look.)
fn opens_number_word(first: u8) -> bool {
    matches!(
        first | 0x20,
        b'b' | b'd' | b'e' | b'f' | b'h' | b'm' | b'n' | b'o' | b's' | b't'
    ) && first.is_ascii_alphabetic()
}

/// A number written in digits ("1,200", "48.9") or words ("seven", "dozens").
pub(super) fn number(w: &str) -> Option<f64> {
    let first = *w.as_bytes().first()?;
    if first.is_ascii_digit() {
        if !w
            .bytes()
            .all(|c| c.is_ascii_digit() || c == b',' || c == b'.')
        {
            return None;
        }
        return if w.contains(',') {
            // "1,237" and "1,000,000" group thousands; a single comma followed by other than
            // three digits is a decimal comma, as most of Europe writes it: "803,51" is 803.51,
            // "2,4816" is 2.4816.
            let (head, tail) = w.rsplit_once(',').unwrap_or((w, ""));
            if w.matches(',').count() == 1 && !w.contains('.') && tail.len() != 3 {
                format!("{head}.{tail}").parse().ok()
            } else {
                w.replace(',', "").parse().ok()
            }
        } else {
            w.parse().ok()
        };
    }
    if !opens_number_word(first) || !(3..=15).contains(&w.len()) {
        return None;
    }
    // "twenty-four", "Sixty-six".
    if let Some((tens, unit)) = split_dash(w) {
        let t = number(tens).filter(|t| (20.0..=90.0).contains(t) && t % 10.0 == 0.0)?;
        let u = number(unit)
            .filter(|u| (1.0..=9.0).contains(u) && !unit.starts_with(char::is_uppercase))?;
        return Some(t + u);
    }
    // Number words are 3–9 ASCII letters: lower-cased on the stack, then matched.
    small(super::text::ascii_lower(w, &mut [0u8; 9])?)
}

/// A number, with the scale of a short suffix glued to it: "500m" → (500, 1e6), "3bn" → (3,
/// 1e9), "300k" → (300, 1e3), "175million" → (175, 1e6), "48.9" → (48.9, none); or hyphenated,
/// as Canadian papers write money: "1.1-million" → (1.1, 1e6).
fn suffixed(w: &str) -> Option<(f64, Option<f64>)> {
    let cut = w.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(w.len());
    let (digits, suffix) = w.split_at(cut);
    if let Some(digits) = digits.strip_suffix('-')
        && matches!(suffix, "million" | "billion" | "trillion")
    {
        return Some((number(digits)?, scale(suffix)));
    }
    let n = number(digits)?;
    match suffix {
        "" => Some((n, None)),
        "k" | "K" => Some((n, Some(1e3))),
        "m" | "mn" | "bn" | "b" | "tn" | "M" | "B" | "Bn" => Some((n, scale(suffix))),
        // "$175million", "5billion": the scale's word glued on, as hurried copy writes it.
        "million" | "billion" | "trillion" => Some((n, scale(suffix))),
        _ => None,
    }
}

/// "weighs 236 pounds", "lost 30 pounds", "five pounds heavier": a weight, not sterling.
/// (`i` is the number's token, `j` the unit's.)
fn weighed_in_pounds(tokens: &[Token<'_>], i: usize, j: usize) -> bool {
    let unit = tokens[j].text;
    if !unit.eq_ignore_ascii_case("pounds") && !unit.eq_ignore_ascii_case("pound") {
        return false;
    }
    let before = i
        .checked_sub(1)
        .map(|k| tokens[k].text.to_ascii_lowercase())
        .unwrap_or_default();
    let after = tokens
        .get(j + 1)
        .map(|t| t.text.to_ascii_lowercase())
        .unwrap_or_default();
    matches!(
        before.as_str(),
        "weighs"
            | "weigh"
            | "weighed"
            | "weighing"
            | "lost"
            | "lose"
            | "losing"
            | "gained"
            | "gain"
            | "gaining"
            | "shed"
    ) || matches!(
        after.as_str(),
        "heavier" | "lighter" | "overweight" | "underweight"
    )
}

fn currency_word(word: &str) -> Option<&'static str> {
    Some(match word.to_lowercase().as_str() {
        "won" => "KRW",
        "dollar" | "dollars" | "usd" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "yuan" | "renminbi" | "rmb" | "cny" => "CNY",
        "yen" | "jpy" => "JPY",
        "pound" | "pounds" | "sterling" | "gbp" => "GBP",
        "rupee" | "rupees" => "INR",
        "ruble" | "rubles" | "roubles" => "RUB",
        "krw" => "KRW",
        "franc" | "francs" | "chf" => "CHF",
        "peso" | "pesos" => "MXN",
        "rand" => "ZAR",
        "lira" | "liras" => "TRY",
        "naira" => "NGN",
        "riyal" | "riyals" => "SAR",
        "dirham" | "dirhams" => "AED",
        "shekel" | "shekels" => "ILS",
        "hryvnia" | "hryvnias" => "UAH",
        "guilder" | "guilders" => "NLG",
        "peseta" | "pesetas" => "ESP",
        "baht" => "THB",
        "ringgit" => "MYR",
        "rupiah" => "IDR",
        "zloty" | "zlotys" => "PLN",
        "forint" | "forints" => "HUF",
        // (Not "real": "10 real problems".)
        "reais" | "brl" => "BRL",
        "krona" | "kronor" | "sek" => "SEK",
        "dong" => "VND",
        "taka" => "BDT",
        "cedi" | "cedis" => "GHS",
        "rial" | "rials" => "IRR",
        "lei" => "RON",
        "kyat" | "kyats" => "MMK",
        "tenge" => "KZT",
        "lari" => "GEL",
        "bolivar" | "bolivars" => "VES",
        "soles" => "PEN",
        _ => return None,
    })
}

/// A currency named by its country's adjective and its unit, from token `j`: "Swiss francs",
/// "Canadian dollars", "Hong Kong dollars", "South African rand". Returns the ISO code and the
/// unit's token.
fn national_currency(tokens: &[Token<'_>], j: usize) -> Option<(&'static str, usize)> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text);
    // Two-word countries first: "Hong Kong", "New Zealand", "South Korean".
    let (country, unit_at) = match (word(j), word(j + 1)) {
        ("Hong", "Kong")
        | ("New", "Zealand")
        | ("South", "Korean")
        | ("South", "African")
        | ("New", "Taiwan") => (tokens[j + 1].text, j + 2),
        (c, _) => (c, j + 1),
    };
    // Most numbers are followed by a lower-case word: no country there.
    if !country.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let unit = word(unit_at).to_ascii_lowercase();
    let unit = unit.strip_suffix('s').unwrap_or(&unit);
    let code = match (country, unit) {
        ("Swiss", "franc") => "CHF",
        ("French", "franc") => "FRF",
        ("Belgian", "franc") => "BEF",
        ("Luxembourg", "franc") => "LUF",
        ("US" | "U.S." | "American", "dollar") => "USD",
        ("Canadian", "dollar") => "CAD",
        ("Australian", "dollar") => "AUD",
        ("Kong", "dollar") => "HKD",
        ("Zealand", "dollar") => "NZD",
        ("Singapore", "dollar") => "SGD",
        ("Taiwan", "dollar") => "TWD",
        ("Japanese", "yen") => "JPY",
        ("Chinese", "yuan") => "CNY",
        ("Korean", "won") => "KRW",
        ("Indian", "rupee") => "INR",
        ("Pakistani", "rupee") => "PKR",
        ("Mexican", "peso") => "MXN",
        ("Philippine", "peso") => "PHP",
        ("Argentine", "peso") => "ARS",
        ("Chilean", "peso") => "CLP",
        ("Russian", "rouble" | "ruble") => "RUB",
        ("British", "pound") => "GBP",
        ("Egyptian", "pound") => "EGP",
        ("Turkish", "lira") => "TRY",
        ("Italian", "lira") => "ITL",
        ("German", "mark") => "DEM",
        ("Finnish", "markka") => "FIM",
        ("Danish", "crown" | "krone" | "kroner") => "DKK",
        ("Norwegian", "crown" | "krone" | "kroner") => "NOK",
        ("Swedish", "crown" | "krona" | "kronor") => "SEK",
        ("Dutch", "guilder") => "NLG",
        ("Spanish", "peseta") => "ESP",
        ("Brazilian", "real") => "BRL",
        ("African", "rand") => "ZAR",
        _ => return None,
    };
    Some((code, unit_at))
}

/// A currency written as a code or abbreviation before the amount: "USD 5 million",
/// "Rs 500 crore", "RMB 3 billion".
fn code_before(word: &str) -> Option<&'static str> {
    Some(match word {
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "KRW" => "KRW",
        "INR" | "Rs" => "INR",
        "CHF" => "CHF",
        "AUD" => "AUD",
        "CAD" => "CAD",
        "HKD" => "HKD",
        _ => return None,
    })
}

fn symbol(tokens: &[Token<'_>], i: usize) -> Option<(&'static str, usize)> {
    // "$", "US$", "€", "£", "¥", "₩", "HK$" … Returns the currency and the first token of the sign.
    let t = tokens.get(i)?.text;
    let cur = match t {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₩" => "KRW",
        _ => return None,
    };
    if cur == "USD" && i > 0 && tokens[i - 1].bend == tokens[i].bstart {
        let p = tokens[i - 1].text;
        let c = match p {
            "US" => Some("USD"),
            "HK" => Some("HKD"),
            "A" | "AU" => Some("AUD"),
            "C" | "CA" => Some("CAD"),
            "NZ" => Some("NZD"),
            "S" => Some("SGD"),
            _ => None,
        };
        if let Some(c) = c {
            return Some((c, i - 1));
        }
    }
    Some((cur, i))
}

/// The last token of an amount given without a figure, from token `i`: "millions of dollars",
/// "tens of billions of euros", "hundreds of thousands of pounds".
fn vague_amount(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text);
    // (Lower-cased on the stack: this runs on every token.)
    let mut buf = [0u8; 9];
    let first = super::text::ascii_lower(word(i), &mut buf).unwrap_or("");
    let k = if matches!(first, "tens" | "hundreds") && word(i + 1) == "of" {
        i + 2
    } else {
        i
    };
    // "hundreds of dollars", "tens of euros" ("hundreds of pounds" is as often a weight).
    if k == i + 2 && currency_word(word(k)).is_some() && !word(k).starts_with("pound") {
        return Some(k);
    }
    // "several million dollars", "a few billion euros", "many thousands of dollars".
    let k = match first {
        "a" if word(i + 1) == "few" => i + 2,
        "several" | "few" | "many" | "some" => i + 1,
        _ => k,
    };
    if k > i
        && k <= i + 2
        && matches!(word(k), "thousand" | "million" | "billion" | "trillion")
        && currency_word(word(k + 1)).is_some()
    {
        return Some(k + 1);
    }
    let mut buf = [0u8; 9];
    let many = super::text::ascii_lower(word(k), &mut buf).unwrap_or("");
    let counted = matches!(many, "thousands" | "millions" | "billions" | "trillions");
    (counted && word(k + 1) == "of" && currency_word(word(k + 2)).is_some()).then_some(k + 2)
}

/// A count with no figure: "dozens", "hundreds", "thousands", "millions", "billions".
fn vague_plural(word: &str) -> bool {
    let mut buf = [0u8; 9];
    matches!(
        super::text::ascii_lower(word, &mut buf),
        Some("dozens" | "hundreds" | "thousands" | "millions" | "billions")
    )
}

/// The noun a count without a figure counts, from the count at token `i`: "thousands of
/// protesters", "dozens of people", "hundreds of police" — a plural in small letters right
/// after "of".
fn vague_count_of(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let mut buf = [0u8; 9];
    let count = super::text::ascii_lower(tokens[i].text, &mut buf)?;
    if !matches!(
        count,
        "dozens" | "scores" | "hundreds" | "thousands" | "millions" | "billions"
    ) {
        return None;
    }
    let same = |k: usize| tokens.get(k).filter(|t| t.sentence == tokens[i].sentence);
    same(i + 1).filter(|t| t.text == "of")?;
    let noun = same(i + 2)?;
    let plural = (noun.text.len() > 3 && noun.text.ends_with('s') && !noun.text.ends_with("ss"))
        || matches!(
            noun.text,
            "people" | "police" | "men" | "women" | "children"
        );
    // ("hundreds of thousands of people": the count goes on; "hundreds of pounds" is money.)
    let counts_on = matches!(noun.text, "dozens" | "hundreds" | "thousands" | "millions");
    // "millions of Americans", "thousands of Syrians": a people, capitalised, alone (not
    // "thousands of Facebook users", nor "dozens of Ways Forward").
    let people = noun.text.chars().next().is_some_and(char::is_uppercase)
        && noun.text.chars().skip(1).all(char::is_lowercase)
        && same(i + 3).is_none_or(|n| !n.is_capitalised());
    (plural
        && !counts_on
        && (people || noun.text.chars().all(char::is_lowercase))
        && !is_not_unit(noun.text)
        && currency_word(noun.text).is_none())
    .then_some(i + 2)
}

const APPROX: &[&str] = &[
    "nearly",
    "about",
    "around",
    "almost",
    "roughly",
    "approximately",
    "some",
    "over",
    "more",
    "less",
    "fewer",
    "up",
    "at",
    "least",
    "than",
    "to",
];

/// "a"/"an" at token `i` before a unit of time, measured by the words before it: "nearly a
/// decade", "more than a year", "less than an hour", "half a century" (0.5). Returns the first
/// token, the unit and the number. Alone, "a year" is too often a rate ("twice a year") or part
/// of a date ("a year ago") to count.
fn measured_single_span(tokens: &[Token<'_>], i: usize) -> Option<(usize, &'static str, f64)> {
    let t = &tokens[i];
    if !matches!(t.text, "a" | "an") || i == 0 {
        return None;
    }
    let unit = tokens.get(i + 1).filter(|u| u.sentence == t.sentence)?;
    let unit = match unit.text {
        "second" => "second",
        "minute" => "minute",
        "hour" => "hour",
        "day" => "day",
        "week" => "week",
        "month" => "month",
        "year" => "year",
        "decade" => "decade",
        "century" => "century",
        _ => return None,
    };
    // Not "more than a year ago" (a date) nor "a year earlier".
    if tokens.get(i + 2).is_some_and(|n| {
        n.sentence == t.sentence
            && matches!(
                n.text,
                "ago" | "earlier" | "later" | "before" | "after" | "old" | "or" | "and"
            )
    }) {
        return None;
    }
    let same = |k: usize| tokens[k].sentence == t.sentence;
    let word = |k: usize| tokens[k].text.to_ascii_lowercase();
    let p = i - 1;
    if !same(p) {
        return None;
    }
    match word(p).as_str() {
        "nearly" | "almost" | "roughly" | "about" | "approximately" | "barely" | "over" => {
            Some((p, unit, 1.0))
        }
        "half" => Some((p, unit, 0.5)),
        "than" if p >= 1 && same(p - 1) && matches!(word(p - 1).as_str(), "more" | "less") => {
            Some((p - 1, unit, 1.0))
        }
        "least" if p >= 1 && same(p - 1) && word(p - 1) == "at" => Some((p - 1, unit, 1.0)),
        _ => None,
    }
}

/// Where a quantity at token `i` starts, with the approximation before it: "nearly 200
/// members", "up to 200", "more than 200", "at least 200" — but "rose to 2.5 million barrels"
/// starts at the number.
fn approximation_start(tokens: &[Token<'_>], i: usize) -> usize {
    let word = |k: usize| tokens[k].text.to_lowercase();
    if i == 0 || tokens[i - 1].sentence != tokens[i].sentence {
        return i;
    }
    let prev = word(i - 1);
    // "a dozen", "nearly a dozen".
    if prev == "a" && tokens[i].text.eq_ignore_ascii_case("dozen") {
        return approximation_start(tokens, i - 1);
    }
    if !APPROX.contains(&prev.as_str()) {
        return i;
    }
    // A second word makes these approximations: "up to", "more than", "at least".
    let partner: &[&str] = match prev.as_str() {
        "to" => &["up"],
        "than" => &["more", "less", "fewer"],
        "least" | "most" => &["at"],
        "up" | "at" | "more" | "less" | "fewer" => return i,
        _ => return i - 1,
    };
    if i >= 2 && partner.contains(&word(i - 2).as_str()) {
        i - 2
    } else {
        i
    }
}

/// Finds money amounts and quantities.
pub fn find(tokens: &[Token<'_>], text: &str) -> Vec<NumberMention> {
    let mut out: Vec<NumberMention> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // Most tokens open no amount: a lower-case word that is no count, a mark.
        if !may_open(tokens, i) {
            i += 1;
            continue;
        }
        let slice = |a: usize, b: usize| text[tokens[a].bstart..tokens[b].bend].to_string();
        // Shares and ratios: "more than half of Americans", "one in five voters".
        if let Some((m, e)) = share_at(tokens, text, i) {
            // (An approximation's words may have been read as part of something before.)
            out.retain(|o| o.end <= m.start);
            out.push(m);
            i = e + 1;
            continue;
        }
        // "a magnitude 7.8 earthquake": an earthquake's size on its scale.
        if i > 0
            && tokens[i - 1].text.eq_ignore_ascii_case("magnitude")
            && tokens[i - 1].sentence == tokens[i].sentence
            && tokens[i].is_number()
            && let Some(n) = number(tokens[i].text).filter(|n| (0.0..10.0).contains(n))
        {
            out.push(NumberMention {
                money: false,
                start: tokens[i - 1].start,
                end: tokens[i].end,
                text: slice(i - 1, i),
                value: Some(FactValue::Quantity {
                    number: n,
                    unit: "magnitude".into(),
                }),
                tok_end: i,
            });
            i += 1;
            continue;
        }
        // Money with a sign: $267.6 billion, US$48.9 billion, and the short forms €500m, £3bn.
        if let Some((cur, sign_start)) = symbol(tokens, i)
            && let Some(t) = tokens.get(i + 1).filter(|t| t.is_number())
            && let Some((n, glued)) = suffixed(t.text)
        {
            {
                let (mut end, mut amount) = (i + 1, n);
                if let Some(s) = glued {
                    amount = scaled(amount, s);
                } else if let Some(s) = tokens.get(i + 2).and_then(|t| scale(t.text)) {
                    amount = scaled(amount, s);
                    end = i + 2;
                }
                push_money(
                    &mut out,
                    tokens,
                    sign_start,
                    end,
                    cur,
                    amount,
                    slice(sign_start, end),
                );
                i = end + 1;
                continue;
            }
        }
        // "a $15-an-hour wage", "$10-a-share": the amount is the figure before the hyphen.
        if let Some((cur, sign_start)) = symbol(tokens, i)
            && let Some(t) = tokens.get(i + 1).filter(|t| t.is_number())
            && let Some((head, _)) = split_dash(t.text)
            && let Some(amount) = number(head)
        {
            let before = out.len();
            push_money(
                &mut out,
                tokens,
                sign_start,
                i + 1,
                cur,
                amount,
                text[tokens[sign_start].bstart..t.bstart + head.len()].to_string(),
            );
            if out.len() > before
                && let Some(m) = out.last_mut()
            {
                m.end = t.start + head.chars().count();
            }
            i += 2;
            continue;
        }
        // Code, number [scale]: "USD 5 million", "Rs. 500 crore".
        if let Some(cur) = code_before(tokens[i].text) {
            let k = if tokens.get(i + 1).is_some_and(|t| t.text == ".") {
                i + 2
            } else {
                i + 1
            };
            if let Some((n, glued)) = tokens
                .get(k)
                .filter(|t| t.is_number())
                .and_then(|t| suffixed(t.text))
            {
                let (mut end, mut amount) = (k, n);
                if let Some(s) = glued {
                    amount = scaled(amount, s);
                } else if let Some(s) = tokens.get(k + 1).and_then(|t| scale(t.text)) {
                    amount = scaled(amount, s);
                    end = k + 1;
                }
                push_money(&mut out, tokens, i, end, cur, amount, slice(i, end));
                i = end + 1;
                continue;
            }
        }
        // "a million dollars", "a billion euros".
        if tokens[i].text.eq_ignore_ascii_case("a")
            && let Some(s) = tokens.get(i + 1).and_then(|t| scale(t.text))
            && let Some(cur) = tokens.get(i + 2).and_then(|t| currency_word(t.text))
        {
            push_money(&mut out, tokens, i, i + 2, cur, s, slice(i, i + 2));
            i += 3;
            continue;
        }
        // "nearly a decade", "more than a year", "half a century": one span of time, measured.
        if let Some((start, unit, n)) = measured_single_span(tokens, i) {
            out.push(NumberMention {
                money: false,
                start: tokens[start].start,
                end: tokens[i + 1].end,
                text: slice(start, i + 1),
                value: Some(FactValue::Quantity {
                    number: n,
                    unit: unit.into(),
                }),
                tok_end: i + 1,
            });
            i += 2;
            continue;
        }
        // No figure: "millions of dollars", "tens of billions of euros".
        if let Some(end) = vague_amount(tokens, i) {
            out.push(NumberMention {
                money: true,
                start: tokens[i].start,
                end: tokens[end].end,
                text: slice(i, end),
                value: None,
                tok_end: end,
            });
            i = end + 1;
            continue;
        }
        // Number [scale] currency-word: 70 trillion won; glued, "75bn euros".
        if let Some((n, glued)) = Some(&tokens[i])
            .filter(|t| t.is_number() || t.text.starts_with(|c: char| c.is_ascii_digit()))
            .and_then(|t| suffixed(t.text))
        {
            let mut j = i + 1;
            let mut amount = n;
            if let Some(s) = glued {
                amount = scaled(amount, s);
            } else if let Some(s) = tokens.get(j).and_then(|t| scale(t.text)) {
                amount = scaled(amount, s);
                j += 1;
            }
            if let Some(cur) = tokens.get(j).and_then(|t| currency_word(t.text))
                && !weighed_in_pounds(tokens, i, j)
            {
                push_money(&mut out, tokens, i, j, cur, amount, slice(i, j));
                i = j + 1;
                continue;
            }
            // "50 cents" (of a dollar; "per cent" is a percentage).
            if j == i + 1
                && tokens
                    .get(j)
                    .is_some_and(|t| matches!(t.text, "cents" | "cent"))
            {
                // (Rounded like a scale: 62.85 cents is 0.6285, not 0.62850000000000001.)
                let dollars = (amount * 1e7).round() / 1e9;
                push_money(&mut out, tokens, i, j, "USD", dollars, slice(i, j));
                i = j + 1;
                continue;
            }
            // With the country's adjective: "25,000 Swiss francs", "2.1 million Hong Kong
            // dollars".
            if let Some((cur, end)) = national_currency(tokens, j) {
                push_money(&mut out, tokens, i, end, cur, amount, slice(i, end));
                i = end + 1;
                continue;
            }
        }
        // Quantities: number (digits or words) + unit or counted noun.
        let t = tokens[i].text;
        // "twenty-four" is one number; "30-minute" a number and its unit.
        let compound = has_dash(t) && !t.starts_with(|c: char| c.is_ascii_digit());
        let whole = if compound { number(t) } else { None };
        let head = if whole.is_some() {
            t
        } else {
            split_dash(t).map_or(t, |(a, _)| a)
        };
        let head_number = whole.or_else(|| number(head));
        // A number word in lower case, or capitalised to open a sentence ("Two people…",
        // "Forty-one percent"), where it must count a plural or a measure ("One key…" is
        // "one of them").
        let opens_sentence = tokens[i].sentence_start
            && !tokens[i].is_number()
            && head.chars().next().is_some_and(char::is_uppercase)
            && head.chars().skip(1).all(|c| c.is_lowercase() || c == '-');
        let word_case = head.chars().all(|c| c.is_lowercase() || c == '-') || opens_sentence;
        let is_num = tokens[i].is_number() || (head_number.is_some() && word_case);
        if let Some(n) = head_number.filter(|_| is_num) {
            // Skip years, times and ordinals.
            let t = tokens[i].text;
            let is_year = t.len() == 4 && (1800..=2100).contains(&(n as i64));
            let prev = if i > 0 && tokens[i - 1].sentence == tokens[i].sentence {
                tokens[i - 1].text
            } else {
                ""
            };
            // "the two countries" refers back; it does not count anything. ("The 4.8 percent
            // rise" measures; "the 1,237 delegates needed" is a figure: digits past a handful.)
            let measured = t.contains('.')
                || (tokens[i].is_number() && n >= 10.0)
                || tokens
                    .get(i + 1)
                    .is_some_and(|u| matches!(u.text, "percent" | "%" | "per"));
            let anaphoric = matches!(
                prev.to_lowercase().as_str(),
                "the" | "these" | "those" | "their" | "its" | "his" | "her" | "our" | "both"
            ) && !has_dash(t)
                && !measured;
            // "June 3 snap election", "a Feb. 1 letter", "the 9/11 attacks": the number belongs
            // to a date.
            let in_date = super::dates::month_number(prev).is_some()
                || (prev == "."
                    && i >= 2
                    && super::dates::month_number(tokens[i - 2].text).is_some())
                || (prev == "/" && tokens[i - 1].bend == tokens[i].bstart);
            // "one-China policy", "G-20": a number inside a name.
            // "Euro 96 striking partner", "Boeing 747 jets", "Lewis 80 not out": digits right
            // after a name belong to it, unless a unit follows ("Olympic 100 metres").
            // "a Group of 20 meeting": digits after a name's "of" are the name's.
            let of_name = prev == "of"
                && tokens[i].is_number()
                && i >= 2
                && tokens[i - 2].is_capitalised()
                && !tokens[i - 2].sentence_start
                && super::dates::month_number(tokens[i - 2].text).is_none();
            let in_name = of_name
                || t.split_once('-')
                    .is_some_and(|(_, u)| !(lower_compound(u) || is_age(u)))
                || (i > 0
                    && !prev.is_empty()
                    && tokens[i].is_number()
                    && prev.chars().next().is_some_and(char::is_uppercase)
                    // ("S&P 500", "FTSE 100": an index's name in capitals.)
                    && (prev.chars().any(char::is_lowercase)
                        || (prev.len() >= 3 && prev.chars().all(|c| c.is_ascii_uppercase() || c == '&')))
                    && !tokens[i - 1].sentence_start
                    && !tokens.get(i + 1).is_some_and(|u| is_measure(u.text)));
            // ".333 hitter": a decimal written without its zero.
            let after_dot =
                i > 0 && tokens[i - 1].text == "." && tokens[i - 1].bend == tokens[i].bstart;
            if !is_year && !t.contains(':') && !anaphoric && !in_date && !in_name && !after_dot {
                let mut j = i + 1;
                let mut value = n;
                // ("two dozen" with nothing counted after it stays 2 dozen.)
                let counted_after = |j: usize| {
                    !tokens[j].text.eq_ignore_ascii_case("dozen")
                        || tokens.get(j + 1).is_some_and(|u| {
                            u.is_word()
                                && u.text.chars().all(|c| c.is_lowercase())
                                && !is_not_unit(u.text)
                        })
                        || named_plural(tokens, j + 1).is_some()
                };
                if let Some(s) = tokens
                    .get(j)
                    .filter(|_| counted_after(j))
                    .and_then(|t| scale(t.text))
                {
                    value = scaled(value, s);
                    j += 1;
                }
                // "30-minute": the unit is joined by a hyphen inside the token (tokenizer keeps it).
                let mut named_unit = false;
                let unit = if let Some((num, unit)) = t
                    .split_once('-')
                    .filter(|_| whole.is_none())
                    .filter(|(a, u)| number(a).is_some() && (lower_compound(u) || is_age(u)))
                {
                    value = number(num).unwrap_or(value);
                    Some((unit.to_string(), i))
                } else if tokens.get(j).is_some_and(|u| u.text == "%") {
                    Some(("percent".to_string(), j))
                } else if tokens.get(j).is_some_and(|u| u.text == "per")
                    && tokens.get(j + 1).is_some_and(|u| u.text == "cent")
                {
                    Some(("percent".to_string(), j + 1))
                } else if let Some(noun) = vague_count_of(tokens, i) {
                    // "thousands of protesters", "dozens of people", "millions of Americans".
                    named_unit = tokens[noun].is_capitalised();
                    Some((tokens[noun].text.to_string(), noun))
                } else if vague_plural(t) {
                    // "worth millions", "thousands left": what is counted is not said.
                    None
                } else if let Some(noun) = tokens
                    .get(j)
                    .filter(|m| {
                        matches!(m.text, "more" | "other" | "additional" | "fewer" | "extra")
                    })
                    .and_then(|_| plural_at(tokens, j + 1).or_else(|| named_plural(tokens, j + 1)))
                {
                    // "14 million more jobs", "two other Democratic senators": what is counted
                    // follows the word that compares it.
                    named_unit = tokens[j + 1..=noun].iter().any(|t| t.is_capitalised());
                    Some((slice(j, noun), noun))
                } else if let Some(noun) = named_plural(tokens, j).filter(|_| value != 1.0) {
                    // "two Israeli hikers", "16 major West Bank checkpoints" (the names keep
                    // their capitals in the unit).
                    named_unit = true;
                    Some((slice(j, noun), noun))
                } else {
                    tokens
                        .get(j)
                        .filter(|u| {
                            u.is_word() && u.text.chars().all(|c| c.is_lowercase() || c == '-')
                        })
                        .map(|u| (u.text.to_string(), j))
                };
                // "10,000 manufacturing jobs", "four remaining candidates": a verb's -ing form
                // before a plural noun describes what is counted.
                let unit = unit.map(|(unit, end)| {
                    let plural_next = tokens.get(end + 1).filter(|n| {
                        n.sentence == tokens[end].sentence
                            && n.text.len() > 3
                            && n.text.ends_with('s')
                            && !n.text.ends_with("ss")
                            && n.text.chars().all(|c| c.is_lowercase())
                            && !is_not_unit(n.text)
                    });
                    // "40 degrees Celsius", "98.6 degrees F": the scale is the unit's.
                    let scale_next = tokens
                        .get(end + 1)
                        .filter(|_| matches!(unit.as_str(), "degrees" | "degree"))
                        .and_then(|n| match n.text {
                            "Celsius" | "C" | "centigrade" => Some("Celsius"),
                            "Fahrenheit" | "F" => Some("Fahrenheit"),
                            _ => None,
                        });
                    // "60,000 square feet", "5 sq ft": an area's or a volume's unit is two words;
                    // so is "0.25 percentage point".
                    let area_next = tokens.get(end + 1).filter(|n| match unit.as_str() {
                        "square" | "cubic" | "sq" => matches!(
                            n.text,
                            "feet" | "foot" | "ft" | "km" | "m" | "mi" | "yards" | "inches"
                        ),
                        "percentage" => matches!(n.text, "point" | "points"),
                        _ => false,
                    });
                    // "320 million monthly active users": two words describe the plural.
                    let plural_after_two = (plural_next.is_none()
                        && end == j
                        && tokens.get(end + 1).is_some_and(|n| {
                            n.sentence == tokens[end].sentence
                                && n.is_word()
                                && n.text.chars().all(|c| c.is_lowercase() || c == '-')
                                && !n.text.ends_with('s')
                                && !is_not_unit(n.text)
                                && !matches!(
                                    n.text,
                                    "their"
                                        | "his"
                                        | "her"
                                        | "its"
                                        | "our"
                                        | "your"
                                        | "my"
                                        | "the"
                                        | "a"
                                        | "an"
                                        | "this"
                                        | "that"
                                        | "these"
                                        | "those"
                                        | "each"
                                        | "every"
                                )
                                && (!n.text.ends_with("ly") || ly_adjective(n.text))
                                && number(n.text).is_none()
                        }))
                    .then(|| plural_at(tokens, end + 2))
                    .flatten()
                    .filter(|&k| tokens[k].sentence == tokens[end].sentence);
                    match plural_next {
                        _ if area_next.is_some() => (
                            format!("{unit} {}", area_next.map_or("", |n| n.text)),
                            end + 1,
                        ),
                        _ if scale_next.is_some() => (
                            format!("{unit} {}", scale_next.unwrap_or_default()),
                            end + 1,
                        ),
                        Some(n) if end == j && unit.ends_with("ing") && !counts(value, &unit) => {
                            (format!("{unit} {}", n.text), end + 1)
                        }
                        // "270 electoral votes", "76,981 registered voters", "40 laid-off
                        // workers": a word that is no plural itself describes the plural after it.
                        None if plural_after_two.is_some()
                            && value > 1.0
                            && !unit.ends_with('s')
                            && !unit.ends_with("men")
                            && !matches!(unit.as_str(), "people" | "children")
                            && (!unit.ends_with("ly") || ly_adjective(&unit))
                            && !is_not_unit(&unit)
                            && !is_measure(&unit)
                            && !unit.ends_with("est") =>
                        {
                            let k = plural_after_two.unwrap_or(end);
                            (slice(j, k), k)
                        }
                        Some(n)
                            if end == j
                                && value > 1.0
                                && !unit.ends_with('s')
                                && (!unit.ends_with("ly") || ly_adjective(&unit))
                                && !unit.ends_with("est")
                                && !is_not_unit(&unit)
                                && !is_measure(&unit)
                                && !matches!(
                                    unit.as_str(),
                                    "people" | "men" | "women" | "children"
                                ) =>
                        {
                            (format!("{unit} {}", n.text), end + 1)
                        }
                        _ => (unit, end),
                    }
                });
                if let Some((unit, end)) = unit
                    && !is_not_unit(&unit)
                    && !modifier_only(&unit)
                    && unit.chars().count() > 1
                    // ("27 σε Έλληνες", "45 до 70 лет": another language's preposition or
                    // conjunction is not what a number counts.)
                    && !foreign_function_word(&unit)
                    && counts(value, &unit)
                    && (!opens_sentence
                        || is_measure(&unit)
                        || unit == "percent"
                        || (value > 1.0
                            && ((unit.ends_with('s') && !unit.ends_with("ss"))
                                || unit.ends_with("men")
                                || matches!(
                                    unit.as_str(),
                                    "people" | "men" | "women" | "children"
                                ))))
                {
                    // "two years ago" is a date; so is "four years later".
                    let next = tokens.get(end + 1).map_or("", |t| t.text);
                    if next.eq_ignore_ascii_case("ago")
                        || (matches!(next, "later" | "earlier")
                            && end == j
                            && super::dates::ago_unit(&unit).is_some())
                    {
                        i = end + 1;
                        continue;
                    }
                    let a = approximation_start(tokens, i);
                    // "memorandums of understanding": keep "of X" with the noun.
                    let mut end = end;
                    if tokens.get(end + 1).is_some_and(|t| t.text == "of")
                        && tokens
                            .get(end + 2)
                            .is_some_and(|t| t.text == "understanding")
                    {
                        end += 2;
                    }
                    // (A temperature's scale is written out: "degrees F" is degrees fahrenheit.)
                    let unit_text = if end > j && !unit.starts_with("degree") {
                        // ("thousands of protesters" counts protesters.)
                        let written = slice(j, end);
                        match written.strip_prefix("of ") {
                            Some(noun) => noun.to_string(),
                            None => written,
                        }
                    } else {
                        unit.clone()
                    };
                    out.push(NumberMention {
                        money: false,
                        start: tokens[a].start,
                        end: tokens[end].end,
                        text: slice(a, end),
                        value: Some(FactValue::Quantity {
                            number: value,
                            unit: if named_unit {
                                unit_text.into()
                            } else {
                                normalise_unit(&unit_text).into()
                            },
                        }),
                        tok_end: end,
                    });
                    i = end + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    elliptical(tokens, text, &mut out);
    out
}

/// Can an amount or a quantity open at token `i`? Figures and currency signs may; of words only
/// number words ("seven", "Twenty-four"), hyphenated words ("two-thirds"), "half", "a", "one",
/// the counts without a figure ("hundreds", "several", "millions") and currency codes ("USD").
/// (A pre-filter: `find` skips the rest of its checks for a token this rules out.)
fn may_open(tokens: &[Token<'_>], i: usize) -> bool {
    let word = tokens[i].text;
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    if first.is_ascii_digit() {
        return true;
    }
    if !first.is_ascii_alphabetic() {
        return symbol(tokens, i).is_some();
    }
    let mut buf = [0u8; 9];
    let lw = super::text::ascii_lower(word, &mut buf).unwrap_or("");
    matches!(
        lw,
        "half"
            | "a"
            | "an"
            | "one"
            | "tens"
            | "hundreds"
            | "thousands"
            | "millions"
            | "billions"
            | "trillions"
            | "several"
            | "few"
            | "many"
            | "some"
    ) || has_dash(word)
        || number(word).is_some()
        || code_before(word).is_some()
}

/// "two Israeli hikers", "two US frigates", "16 major West Bank checkpoints": names (and
/// adjectives before them) between a number and the plural it counts. Returns the plural's
/// index. At least one name, no weekday or month ("5 May reports"), all in one sentence.
fn named_plural(tokens: &[Token<'_>], j: usize) -> Option<usize> {
    let sentence = tokens.get(j)?.sentence;
    let first = tokens[j].text;
    if is_measure(first)
        || first.ends_with("meter")
        || first.ends_with("metre")
        || matches!(
            first,
            "Hz" | "kHz"
                | "MHz"
                | "GHz"
                | "KB"
                | "MB"
                | "GB"
                | "TB"
                | "Mbps"
                | "Gbps"
                | "kW"
                | "MW"
                | "GW"
                | "kWh"
                | "MWh"
                | "GWh"
                | "mph"
                | "kph"
                | "mm"
                | "cm"
        )
    {
        // ("45 nanometer Xeon processors", "3.0 GHz Intel chips": a measure's.)
        return None;
    }
    let mut named = false;
    for k in j..(j + 5).min(tokens.len()) {
        let t = &tokens[k];
        if t.sentence != sentence {
            return None;
        }
        if t.is_capitalised() {
            if t.sentence_start
                || super::dates::is_weekday_or_month(t.text)
                || !t
                    .text
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '&'))
            {
                return None;
            }
            // "665,000 Republicans", "two Americans": a people or a party's members, counted.
            let next_lower = tokens
                .get(k + 1)
                .is_none_or(|n| n.sentence != sentence || !n.is_capitalised());
            if k == j && next_lower && people_plural(t.text) {
                return Some(k);
            }
            // "1.2 billion Roman Catholics", "two Supreme Court Justices": a name whose last
            // word is a plural.
            if named
                && next_lower
                && plural_word(t.text)
                && t.text.chars().skip(1).all(|c| c.is_lowercase())
                && plural_at(tokens, k + 1).is_none()
                && !super::gazetteer::Gazetteer::get().org_words.contains(t.text)
                // ("64 Bob Estes": a score, then a player.)
                && !super::gazetteer::Gazetteer::get()
                    .given
                    .contains_key(tokens[j].text)
            {
                return Some(k);
            }
            named = true;
        } else if t.text == "." && k > j && tokens[k - 1].bend == t.bstart && named {
            // "U.S." split before its last dot.
        } else if !t.is_word() || !t.text.chars().all(|c| c.is_lowercase() || c == '-') {
            return None;
        } else if named {
            if plural_at(tokens, k).is_some() {
                return Some(k);
            }
            // "12 million American factory workers": a noun may describe the plural after the
            // names.
            if is_not_unit(t.text) || number(t.text).is_some() || t.text.ends_with("ly") {
                return None;
            }
        } else if is_not_unit(t.text)
            || t.text.ends_with('s')
            || t.text.ends_with("men")
            || matches!(t.text, "people" | "children" | "police" | "staff")
            || number(t.text).is_some()
        {
            // An adjective may come before the names; a function word, a plural or another
            // number may not ("two gunmen killed two Israeli hikers").
            return None;
        }
    }
    None
}

/// A word with a plural's ending: "jobs", "Catholics" (not "class", "famous", "bus").
fn plural_word(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous")
}

/// The plural noun at token `k`, in lower case: "jobs", "voters", "men", "people".
fn plural_at(tokens: &[Token<'_>], k: usize) -> Option<usize> {
    let t = tokens.get(k)?;
    let lower = t.is_word() && t.text.chars().all(|c| c.is_lowercase() || c == '-');
    let plural =
        plural_word(t.text) || t.text.ends_with("men") || matches!(t.text, "people" | "children");
    (lower && plural && !is_not_unit(t.text)).then_some(k)
}

/// The value of a fraction's words at token `i` and the token after them: "half" (0.5), "a
/// third", "a quarter", "two-thirds", "one-fifth".
fn fraction(tokens: &[Token<'_>], i: usize) -> Option<(f64, usize)> {
    let mut buf = [0u8; 14];
    let w = super::text::ascii_lower(tokens[i].text, &mut buf)?;
    let joined = |w: &str| {
        Some(match w {
            "half" | "one-half" => 0.5,
            "one-third" => 1.0 / 3.0,
            "two-thirds" => 2.0 / 3.0,
            "one-quarter" | "one-fourth" => 0.25,
            "three-quarters" | "three-fourths" => 0.75,
            "one-fifth" => 0.2,
            "one-tenth" => 0.1,
            _ => return None,
        })
    };
    if let Some(v) = joined(w) {
        return Some((v, i + 1));
    }
    // "a third", "one quarter".
    if !matches!(w, "a" | "one") {
        return None;
    }
    let v = match tokens.get(i + 1)?.text {
        "third" => 1.0 / 3.0,
        "quarter" => 0.25,
        "fifth" => 0.2,
        "tenth" => 0.1,
        _ => return None,
    };
    Some((v, i + 2))
}

/// The plural a share or a ratio counts, from token `k`: "workers", "all workers", "the
/// delegates", "Americans", "likely Democratic voters". Returns its first and last tokens.
fn counted_noun(tokens: &[Token<'_>], k: usize) -> Option<(usize, usize)> {
    let sentence = tokens.get(k)?.sentence;
    let k = if matches!(
        tokens[k].text,
        "all" | "the" | "its" | "their" | "his" | "her" | "our" | "your" | "those" | "these"
    ) {
        k + 1
    } else {
        k
    };
    let t = tokens.get(k).filter(|t| t.sentence == sentence)?;
    let next_capital = tokens
        .get(k + 1)
        .is_some_and(|n| n.sentence == sentence && n.is_capitalised());
    if people_plural(t.text) && !next_capital {
        return Some((k, k));
    }
    if let Some(e) = plural_at(tokens, k).or_else(|| named_plural(tokens, k)) {
        return Some((k, e));
    }
    // One describing word: "likely voters", "registered Republicans".
    let describes = t.is_word()
        && t.text.chars().all(|c| c.is_lowercase() || c == '-')
        && !is_not_unit(t.text)
        && number(t.text).is_none();
    let e = plural_at(tokens, k + 1)
        .or_else(|| {
            let n = tokens.get(k + 1)?;
            people_plural(n.text).then_some(k + 1)
        })
        .filter(|&e| describes && tokens[e].sentence == sentence)?;
    Some((k, e))
}

/// A share or a ratio of a counted plural from token `i`: "more than half of Americans",
/// "nearly half the voters", "a third of the delegates", "one in five voters" (0.2 of them).
/// What they count is the plural's words; the number is the share. Returns it and its last
/// token.
fn share_at(tokens: &[Token<'_>], text: &str, i: usize) -> Option<(NumberMention, usize)> {
    // (Most words open neither: a share is "half", a hyphenated word or "a"/"one" before
    // "third"…; a ratio has "in" after its figure. Cheap tests first: this reads every word.)
    let w = tokens[i].text;
    let opens = matches!(w, "half" | "Half")
        || tokens.get(i + 1).is_some_and(|n| {
            n.text == "in"
                || (matches!(w, "a" | "A" | "one" | "One")
                    && matches!(n.text, "third" | "quarter" | "fifth" | "tenth"))
        })
        || has_dash(w);
    if !opens {
        return None;
    }
    let sentence = tokens[i].sentence;
    let same = |k: usize| tokens.get(k).filter(|t| t.sentence == sentence);
    // "one in five voters".
    let ratio = (|| {
        same(i + 1).filter(|t| t.text == "in")?;
        let a = number(tokens[i].text)?;
        let b = number(same(i + 2)?.text)?;
        (a >= 1.0 && b > a && a.fract() == 0.0 && b.fract() == 0.0).then_some(())?;
        let (k, e) = counted_noun(tokens, i + 3)?;
        // ("six in 20 years" is a rate of something else.)
        (!is_time_unit(tokens[e].text)).then_some(())?;
        Some((a / b, k, e))
    })();
    // ("the first half of the year" is a part of it, not a share.)
    let part = i > 0
        && same(i - 1).is_some_and(|p| {
            matches!(
                p.text,
                "first" | "second" | "latter" | "back" | "front" | "other"
            )
        });
    let share = ratio.or_else(|| {
        let (v, after) = fraction(tokens, i).filter(|_| !part)?;
        // "half of all workers", "half the voters".
        let of = same(after).is_some_and(|t| t.text == "of");
        let k = if of { after + 1 } else { after };
        if !of && same(after).is_none_or(|t| t.text != "the") {
            return None;
        }
        counted_noun(tokens, k)
            .or_else(|| {
                // "two-thirds of the vote", "half of the country": a whole, after "of".
                let d = same(k).filter(|t| matches!(t.text, "the" | "its" | "their"))?;
                let n = same(k + 1)?;
                let noun = of
                    && d.is_word()
                    && n.is_word()
                    && n.text.len() > 2
                    && n.text.chars().all(char::is_lowercase)
                    && !is_not_unit(n.text)
                    // ("half of the state's voters" counts voters.)
                    && same(k + 2).is_none_or(|t| !matches!(t.text, "'" | "’" | "'s" | "’s"))
                    // ("a fifth of its monthly income": the noun is further on.)
                    && !n.text.ends_with("ly")
                    && plural_at(tokens, k + 2).is_none();
                noun.then_some((k + 1, k + 1))
            })
            .map(|(k, e)| (v, k, e))
    });
    // "about two-thirds": a share written as one word counts what the sentence counts.
    let bare = || {
        (has_dash(w) && !part)
            .then(|| fraction(tokens, i).filter(|&(_, after)| after == i + 1))
            .flatten()
            .map(|(v, _)| (v, i + 1, i))
    };
    let (value, noun_start, e) = share.or_else(bare)?;
    let a = approximation_start(tokens, i);
    let unit = if noun_start > e {
        ""
    } else {
        &text[tokens[noun_start].bstart..tokens[e].bend]
    };
    let m = NumberMention {
        money: false,
        start: tokens[a].start,
        end: tokens[e].end,
        text: text[tokens[a].bstart..tokens[e].bend].to_string(),
        value: Some(FactValue::Quantity {
            number: (value * 1e4).round() / 1e4,
            unit: unit.into(),
        }),
        tok_end: e,
    };
    Some((m, e))
}

/// A people's or a party's members in the plural: "Americans", "Syrians", "Republicans".
fn people_plural(w: &str) -> bool {
    w.len() > 4
        && w.ends_with('s')
        && (matches!(
            w,
            "Republicans" | "Democrats" | "Independents" | "Conservatives" | "Liberals"
        ) || super::text::with_lower(w, |l| {
            super::gazetteer::Gazetteer::get().demonyms.contains_key(l)
        }))
}

/// "Ted Cruz has 370 delegates, Marco Rubio has 163 and John Kasich has 63": a bare figure that
/// something has, wins or needs counts what a quantity beside it counts (in its sentence or the
/// next or previous one), and is a quantity of that unit.
fn elliptical(tokens: &[Token<'_>], text: &str, out: &mut Vec<NumberMention>) {
    // The counted quantities, by sentence: a time ("has 20 minutes") or an age counts no one.
    let donors: Vec<(usize, usize, &str)> = out
        .iter()
        .filter(|m| !m.money)
        .filter_map(|m| {
            let (_, unit) = m.value.as_ref()?.quantity()?;
            let time = unit.ends_with(" old")
                || is_time_unit(unit)
                || unit.trim_end_matches('s') == "time";
            // What is counted is plural ("delegates", "people"; not "a two-man race").
            let last = unit.rsplit(' ').next().unwrap_or(unit);
            let plural = (last.ends_with('s') && !last.ends_with("ss"))
                || matches!(last, "people" | "percent" | "men" | "women" | "children");
            (plural && !time).then(|| (tokens[m.tok_end].sentence, m.tok_end, unit))
        })
        .collect();
    if donors.is_empty() {
        return;
    }
    // Both are looked up by binary search: a paragraph of thousands of figures stays linear.
    let mut donors = donors;
    donors.sort_by_key(|d| d.1);
    let mut spans: Vec<(usize, usize)> = out.iter().map(|m| (m.start, m.end)).collect();
    spans.sort_unstable();
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_number() || i == 0 || tokens[i - 1].sentence != t.sentence {
            continue;
        }
        let Some(n) = number(t.text).filter(|n| n.fract() == 0.0 && *n >= 2.0) else {
            continue;
        };
        let is_year = t.text.len() == 4 && (1800..=2100).contains(&(n as i64));
        let mut buf = [0u8; 8];
        let prev = super::text::ascii_lower(tokens[i - 1].text, &mut buf).unwrap_or("");
        let having = matches!(
            prev,
            "has"
                | "have"
                | "had"
                | "with"
                | "won"
                | "win"
                | "wins"
                | "gain"
                | "gains"
                | "gained"
                | "takes"
                | "take"
                | "needs"
                | "need"
                | "needed"
                | "earned"
                | "got"
                | "gets"
                | "least"
                | "most"
                | "nearly"
                | "about"
                | "roughly"
                | "only"
        );
        // The figure ends its clause: "has 163 and …", "takes 2,383 to win.", "has 568."
        let ends = tokens.get(i + 1).is_none_or(|u| {
            u.sentence != t.sentence
                || matches!(
                    u.text,
                    "," | "." | ";" | ")" | "and" | "to" | "while" | "but" | "so" | "—"
                )
        });
        // ("about 8 to 10 percent" is a range, the unit's own.)
        let range = tokens.get(i + 1).is_some_and(|u| u.text == "to")
            && tokens.get(i + 2).is_some_and(|u| u.is_number());
        if is_year || !having || !ends || range || t.text.contains([':', '/']) {
            continue;
        }
        // (Mentions do not overlap: only the first one ending after the figure's start can.)
        let p = spans.partition_point(|&(_, end)| end <= t.start);
        if spans.get(p).is_some_and(|&(start, _)| start < t.end) {
            continue;
        }
        // The nearest donor in this sentence or the next or previous one: the last before the
        // figure or the first after it (the earlier when both are as near).
        let window = {
            let lo = donors.partition_point(|d| d.0 + 1 < t.sentence);
            let hi = donors.partition_point(|d| d.0 <= t.sentence + 1);
            &donors[lo..hi]
        };
        let q = window.partition_point(|d| d.1 < i);
        let donor = [q.checked_sub(1), Some(q)]
            .into_iter()
            .flatten()
            .filter_map(|k| window.get(k))
            .min_by_key(|d| d.1.abs_diff(i));
        if let Some(&(_, _, unit)) = donor {
            let a = approximation_start(tokens, i);
            found.push(NumberMention {
                money: false,
                start: tokens[a].start,
                end: t.end,
                text: text[tokens[a].bstart..t.bend].to_string(),
                value: Some(FactValue::Quantity {
                    number: n,
                    unit: unit.into(),
                }),
                tok_end: i,
            });
        }
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|m| m.start);
    }
}

/// Words after a number that count nothing: function words, verbs and adverbs ("80 not out",
/// "one said", "100 points lower" is fine but "two of").
fn is_not_unit(w: &str) -> bool {
    matches!(
        w,
        "of" | "and"
            // A fraction's own words: "two-thirds", "one tenth" (see `shares`).
            | "thirds"
            | "fourths"
            | "fifths"
            | "tenth"
            | "tenths"
            | "halves"
            | "or"
            | "to"
            | "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "as"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "that"
            | "which"
            | "who"
            | "not"
            | "no"
            | "said"
            | "says"
            | "say"
            | "must"
            | "can"
            | "could"
            | "will"
            | "would"
            | "should"
            | "may"
            | "might"
            | "do"
            | "does"
            | "did"
            | "has"
            | "had"
            | "have"
            | "out"
            | "up"
            | "down"
            | "off"
            | "into"
            | "than"
            | "if"
            | "so"
            | "but"
            | "too"
            | "very"
            | "also"
            | "still"
            | "just"
            | "only"
            | "even"
            | "then"
            | "there"
            | "this"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "you"
            | "i"
            | "after"
            | "before"
            | "about"
            | "while"
            | "when"
            | "where"
            | "what"
            | "all"
            | "each"
            | "another"
            | "other"
            | "such"
            | "more"
            | "most"
            | "less"
            | "already"
            | "needed"
            | "over"
            | "under"
            | "away"
            | "back"
            | "behind"
            | "ahead"
            | "again"
            | "against"
            | "between"
            | "among"
            | "single"
            | "put"
            | "plus"
            | "now"
            // Market verbs: "the FTSE 100 rose", "Nikkei 225 fell".
            | "rose"
            | "fell"
            | "gained"
            | "climbed"
            | "dropped"
            | "slipped"
            | "jumped"
            | "slid"
            | "rallied"
            | "closed"
            | "ended"
            | "added"
            | "lost"
            // Verbs in -s after an age or a figure: "a bid at age 78 seems improbable".
            | "seems"
            | "remains"
            | "appears"
            | "looks"
            | "goes"
            | "comes"
    )
}

/// Adjectives in -ly, which may describe what a number counts ("447 likely voters", "three
/// early defeats"); other words in -ly are adverbs ("three nearly equal parts").
fn ly_adjective(w: &str) -> bool {
    matches!(
        w,
        "likely"
            | "early"
            | "elderly"
            | "deadly"
            | "costly"
            | "weekly"
            | "daily"
            | "monthly"
            | "yearly"
            | "quarterly"
            | "friendly"
            | "lonely"
            | "unlikely"
    )
}

/// A word that describes or modifies, never what a number counts when nothing follows it:
/// an adverb in -ly ("two starkly", "one shortly"; nouns in -ly are listed), "former", "ever".
fn modifier_only(w: &str) -> bool {
    (w.ends_with("ly")
        && !matches!(
            w,
            "family"
                | "ally"
                | "rally"
                | "assembly"
                | "supply"
                | "reply"
                | "anomaly"
                | "monopoly"
                | "fly"
                | "belly"
                | "bully"
                | "lily"
                | "butterfly"
                | "jelly"
                | "tally"
                | "homily"
        ))
        || matches!(
            w,
            "former"
                | "super"
                | "rather"
                | "never"
                | "ever"
                | "stronger"
                | "tougher"
                | "better"
                | "worse"
                | "bigger"
                | "smaller"
                | "larger"
        )
}

/// Can `unit`, a lower-case word after the number `n`, be what it counts? Not a verb: after
/// one, a word in -s is one ("No one controls…"); after any number, a word in -ing is a verb or
/// an adjective ("one saying that…", "this one shining moment") unless it names a thing.
fn counts(n: f64, unit: &str) -> bool {
    if is_measure(unit) {
        return true;
    }
    if let Some(stem) = unit.strip_suffix("ing") {
        let noun = matches!(
            unit,
            "meeting"
                | "building"
                | "hearing"
                | "briefing"
                | "wedding"
                | "sibling"
                | "bombing"
                | "shooting"
                | "killing"
                | "ruling"
                | "filing"
                | "finding"
                | "opening"
                | "reading"
                | "painting"
                | "recording"
                | "crossing"
                | "landing"
                | "inning"
                | "offering"
                | "setting"
                | "evening"
                | "morning"
                | "ending"
                | "spring"
                | "string"
                | "thing"
                | "king"
                | "ring"
                | "wing"
        );
        return noun || stem.len() < 2;
    }
    let singular = n == 1.0;
    let third_person = unit.ends_with('s')
        && !["ss", "us", "is", "ics", "ies", "news"]
            .iter()
            .any(|e| unit.ends_with(e));
    !(singular && third_person)
}

/// Prepositions and conjunctions of the other languages news comes in, which follow a number
/// without counting anything ("27 σε Έλληνες", "от 45 до 70 лет", "57 και").
fn foreign_function_word(w: &str) -> bool {
    matches!(
        w,
        // Greek
        "σε" | "και" | "να" | "με" | "για" | "από" | "στο" | "στη" | "στα" | "στις" | "στους"
            | "ή" | "έως" | "ως"
            // Russian, Ukrainian
            | "до" | "в" | "на" | "и" | "из" | "по" | "за" | "от" | "с" | "к" | "о" | "у" | "или"
            | "та" | "і" | "й"
            // Polish
            | "w" | "z" | "i" | "na" | "do" | "od" | "po" | "za" | "lub" | "oraz"
            // German, French, Spanish, Italian, Portuguese
            | "und" | "mit" | "von" | "bis" | "oder" | "et" | "ou" | "de" | "du" | "des" | "la"
            | "le" | "les" | "en" | "y" | "e" | "o" | "di" | "da" | "del" | "und/oder"
    )
}

/// A unit of time, singular or plural: "second" … "century".
fn is_time_unit(w: &str) -> bool {
    matches!(
        w.trim_end_matches('s'),
        "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century"
    )
}

/// A unit after a number: "100 metres", "56 miles", "one stroke".
fn is_measure(w: &str) -> bool {
    if is_time_unit(w) {
        return true;
    }
    let w = w.trim_end_matches('s');
    matches!(
        w,
        "percent"
            | "point"
            | "stroke"
            | "goal"
            | "run"
            | "game"
            | "match"
            | "seat"
            | "vote"
            | "time"
            | "dollar"
            | "cent"
            | "euro"
            | "pound"
            | "mile"
            | "kilometre"
            | "kilometer"
            | "metre"
            | "meter"
            | "ton"
            | "tonne"
            | "barrel"
            | "share"
            | "million"
            | "billion"
            | "trillion"
            | "person"
            | "member"
            | "child"
            | "country"
            | "term"
            | "km"
            | "kg"
            | "gram"
            | "litre"
            | "liter"
            | "acre"
            | "hectare"
            | "foot"
            | "feet"
            | "inche"
            | "yard"
            | "shot"
            | "lap"
    )
}

/// `n × scale` without binary noise (267.6 × 1e9 = 267600000000, not …00003).
fn scaled(n: f64, scale: f64) -> f64 {
    (n * scale).round()
}

/// The unit of an age ("year-old" of "20-year-old").
fn is_age(u: &str) -> bool {
    matches!(u, "year-old" | "month-old" | "week-old" | "day-old")
}

fn normalise_unit(u: &str) -> String {
    let u = u.to_lowercase();
    // An age: "20-year-old" is 20 years old.
    if is_age(&u) {
        return u.replacen("-old", "s old", 1);
    }
    for (plural, single) in [
        ("minutes", "minute"),
        ("years", "year"),
        ("hours", "hour"),
        ("days", "day"),
        ("weeks", "week"),
        ("months", "month"),
        ("memorandums", "memorandum"),
        ("memoranda", "memorandum"),
    ] {
        if let Some(rest) = u.strip_prefix(plural) {
            return format!("{single}{rest}");
        }
    }
    u
}

fn push_money(
    out: &mut Vec<NumberMention>,
    tokens: &[Token<'_>],
    a: usize,
    b: usize,
    cur: &str,
    amount: f64,
    text: String,
) {
    // "70 trillion won (US$48.9 billion)": the bracketed conversion joins the previous amount.
    // ("$102 million ($174 a vote)": a bracket that goes on after the amount says something else.)
    if let Some(prev) = out.last_mut() {
        let adjacent = prev.money
            && a >= 1
            && prev.tok_end + 2 == a
            && tokens[a - 1].text == "("
            && tokens.get(b + 1).is_some_and(|t| t.text == ")");
        if adjacent {
            if let Some(FactValue::Money(amounts)) = &mut prev.value {
                let mut v = std::mem::take(amounts).into_vec();
                v.push(Amount {
                    currency: cur.into(),
                    amount,
                });
                *amounts = v.into_boxed_slice();
            }
            let close = b + 1;
            prev.end = tokens[close].end;
            prev.text = format!("{} ({})", prev.text, text);
            prev.tok_end = close;
            return;
        }
    }
    out.push(NumberMention {
        money: true,
        start: tokens[a].start,
        end: tokens[b].end,
        text,
        value: Some(FactValue::Money(Box::new([Amount {
            currency: cur.into(),
            amount,
        }]))),
        tok_end: b,
    });
}

#[cfg(test)]
mod tests {
    use super::super::text::tokenize;
    use super::*;
    use serde_json::{Value, json};

    /// Each quantity's text, number and unit.
    fn counted(f: &[(String, Value)]) -> Vec<(&str, f64, &str)> {
        f.iter()
            .map(|x| {
                (
                    x.0.as_str(),
                    x.1["number"].as_f64().unwrap_or(0.0),
                    x.1["unit"].as_str().unwrap_or(""),
                )
            })
            .collect()
    }

    fn found(s: &str) -> Vec<(String, Value)> {
        find(&tokenize(s), s)
            .into_iter()
            .map(|m| (m.text, m.value.map_or(Value::Null, |v| v.to_json())))
            .collect()
    }

    #[test]
    fn the_pre_filter_lets_every_opening_word_through_and_stops_plain_words() {
        let opens = |w: &str| may_open(&tokenize(w), 0);
        for w in [
            "$",
            "€",
            "£",
            "¥",
            "₩",
            "USD",
            "Rs",
            "Two",
            "200",
            "seven",
            "twenty-four",
            "two-thirds",
            "Half",
            "half",
            "a",
            "A",
            "one",
            "hundreds",
            "several",
            "millions",
        ] {
            assert!(opens(w), "{w}");
        }
        for w in [
            "said",
            "government",
            ",",
            "(",
            "iPhone",
            "dollars",
            "Obama",
            "Москва",
        ] {
            assert!(!opens(w), "{w}");
        }
    }

    #[test]
    fn every_number_word_passes_the_first_letter_filter() {
        for w in [
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
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "dozen",
            "dozens",
            "hundreds",
            "thousands",
            "millions",
            "billions",
        ] {
            assert!(number(w).is_some(), "{w}");
            let capital = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
            assert!(number(&capital).is_some(), "{capital}");
        }
        assert_eq!(number("Seventy-seven"), Some(77.0));
        assert_eq!(number("ninety-nine"), Some(99.0));
        for w in ["zero", "said", "the", "Obama", "a", "tons"] {
            assert_eq!(number(w), None, "{w}");
        }
    }

    #[test]
    fn an_adjective_in_ly_describes_the_plural_and_an_adverb_counts_nothing() {
        let texts = |s: &str| -> Vec<String> { found(s).into_iter().map(|f| f.0).collect() };
        assert_eq!(
            texts("It polled 447 likely voters after three early defeats."),
            ["447 likely voters", "three early defeats"]
        );
        // Adverbs and modifiers with nothing counted after them.
        assert!(
            texts(
                "two starkly disparate views; one former aide said; no one stronger; \
                 one shortly; three nearly equal parts"
            )
            .is_empty()
        );
        // A noun in -ly still counts.
        assert_eq!(
            texts("At one rally, 300 people came."),
            ["one rally", "300 people"]
        );
    }

    #[test]
    fn money_with_conversion_is_one_fact() {
        let f = found("a currency swap deal worth 70 trillion won (US$48.9 billion) was renewed");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "70 trillion won (US$48.9 billion)");
        let amounts = f[0].1["amounts"].as_array().unwrap();
        assert_eq!(amounts[0], json!({"currency": "KRW", "amount": 70e12}));
        assert_eq!(amounts[1], json!({"currency": "USD", "amount": 48.9e9}));
        // A bracket that goes on after the amount is no conversion.
        let f = found("despite spending $102 million ($174 a vote).");
        let texts: Vec<&str> = f.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(texts, ["$102 million", "$174"]);
    }

    #[test]
    fn an_amount_before_a_hyphen_and_a_percentage_point() {
        let f = found("a $15-an-hour wage, a 0.25 percentage point rise");
        let texts: Vec<&str> = f.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(texts, ["$15", "0.25 percentage point"]);
        assert_eq!(f[0].1["amount"], json!(15.0));
        assert_eq!(f[1].1["unit"], json!("percentage point"));
        let f = found("a magnitude 7.8 earthquake struck");
        assert_eq!(counted(&f), [("magnitude 7.8", 7.8, "magnitude")]);
    }

    #[test]
    fn a_bare_figure_beside_a_count_counts_the_same() {
        let texts = |s: &str| -> Vec<(String, Value)> {
            found(s)
                .into_iter()
                .map(|(t, v)| (t, v["unit"].clone()))
                .collect()
        };
        assert_eq!(
            texts("He now has 568. Ted Cruz has 370 delegates, Rubio has 163 and Kasich has 63."),
            [
                ("568".to_string(), json!("delegates")),
                ("370 delegates".to_string(), json!("delegates")),
                ("163".to_string(), json!("delegates")),
                ("63".to_string(), json!("delegates")),
            ]
        );
        assert_eq!(
            texts("With 107 delegates at stake, she will win at least 56.")[1],
            ("at least 56".to_string(), json!("delegates"))
        );
        // A time, an age or a singular counts no one; a figure that goes on is no ellipsis; a
        // year is a date; a range is the unit's own.
        for s in [
            "He spoke for 20 minutes. She has 15.",
            "It was a two-man race. Rubio has 151.",
            "Trump has 370 delegates. Cruz has 2016 ads.",
            "Trump has 370 delegates and won in 2016.",
            "She has 8 to 10 percent.",
        ] {
            assert_eq!(texts(s).len(), 1, "{s}: {:?}", texts(s));
        }
        // Thousands of figures in one sentence: each finds its donor (by binary search).
        let long = format!(
            "Cruz has 370 delegates{}.",
            (0..3000)
                .map(|k| format!(", B{k} has {}", 10 + k % 900))
                .collect::<String>()
        );
        let f = texts(&long);
        assert_eq!(f.len(), 3001);
        assert!(f.iter().all(|(_, unit)| unit == "delegates"));
        // Not across a paragraph's other sentences.
        assert_eq!(
            texts("Cruz has 370 delegates. The race goes on. Rubio has 163.").len(),
            1
        );
    }

    #[test]
    fn dollar_amount() {
        let f = found("Bilateral trade reached $267.6 billion in 2024.");
        assert_eq!(f[0].1["currency"], "USD");
        assert_eq!(f[0].1["amount"], 267.6e9);
    }

    #[test]
    fn pounds_a_person_weighs_are_no_money() {
        let f = found("He weighs 236 pounds and lost 15 pounds; the fund raised 500 pounds.");
        let kinds: Vec<(&str, bool)> = f
            .iter()
            .map(|x| (x.0.as_str(), x.1.get("currency").is_some()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("236 pounds", false),
                ("15 pounds", false),
                ("500 pounds", true)
            ]
        );
    }

    #[test]
    fn short_scales_glued_to_the_number() {
        let f = found(
            "It lost €500m, then £3bn, then $300k, paid $20 million and won a $1.1-million grant.",
        );
        let v: Vec<(&str, f64)> = f
            .iter()
            .map(|x| (x.0.as_str(), x.1["amount"].as_f64().unwrap()))
            .collect();
        assert_eq!(
            v,
            [
                ("€500m", 500e6),
                ("£3bn", 3e9),
                ("$300k", 300e3),
                ("$20 million", 20e6),
                ("$1.1-million", 1.1e6)
            ]
        );
        assert_eq!(f[0].1["currency"], "EUR");
    }

    #[test]
    fn currency_codes_and_indian_scales() {
        let f = found("It raised Rs 500 crore, USD 5 million and 20 million pesos.");
        let v: Vec<(&str, &str, f64)> = f
            .iter()
            .map(|x| {
                let cur = x.1["currency"].as_str().unwrap();
                (x.0.as_str(), cur, x.1["amount"].as_f64().unwrap())
            })
            .collect();
        assert_eq!(
            v,
            [
                ("Rs 500 crore", "INR", 5e9),
                ("USD 5 million", "USD", 5e6),
                ("20 million pesos", "MXN", 20e6)
            ]
        );
    }

    #[test]
    fn a_country_adjective_names_the_currency() {
        let f = found(
            "fined 25,000 Swiss francs, a profit of 2.1 million French francs, 3 billion Hong Kong dollars, 5,200 forints and 40 Swiss watches",
        );
        let v: Vec<(&str, &str)> = f
            .iter()
            .filter(|x| x.1.get("currency").is_some())
            .map(|x| (x.0.as_str(), x.1["currency"].as_str().unwrap()))
            .collect();
        assert_eq!(
            v,
            [
                ("25,000 Swiss francs", "CHF"),
                ("2.1 million French francs", "FRF"),
                ("3 billion Hong Kong dollars", "HKD"),
                ("5,200 forints", "HUF"),
            ]
        );
    }

    #[test]
    fn approximations_and_what_is_not_one() {
        let t = |s: &str| found(s).into_iter().map(|x| x.0).collect::<Vec<_>>();
        assert_eq!(
            t("Output rose to 2.5 million barrels."),
            ["2.5 million barrels"]
        );
        assert_eq!(t("It took up to 200 workers."), ["up to 200 workers"]);
        assert_eq!(
            t("It took more than 200 workers."),
            ["more than 200 workers"]
        );
        assert_eq!(t("It took nearly 200 workers."), ["nearly 200 workers"]);
        // "two years ago" is a date, not a quantity.
        assert!(t("It happened two years ago.").is_empty());
        // So is "four years later", but not "two hours later" (no calendar unit).
        assert!(t("He won four years later.").is_empty());
        assert_eq!(t("He won two hours later."), ["two hours"]);
        // A decimal comma: "803,51" is 803.51; "1,237" and "1,000,000" group thousands.
        assert_eq!(number("803,51"), Some(803.51));
        assert_eq!(number("2,4816"), Some(2.4816));
        assert_eq!(number("1,237"), Some(1237.0));
        assert_eq!(number("1,000,000"), Some(1e6));
        assert_eq!(number("1,234.5"), Some(1234.5));
        // A short word of another script is a preposition: "27 σε Έλληνες".
        assert!(t("27 σε Έλληνες").is_empty());
        // A name's number counts nothing: "a Group of 20 meeting".
        assert!(t("They met at a Group of 20 meeting.").is_empty());
    }

    #[test]
    fn one_span_of_time_measured_by_the_words_before_it() {
        let f = found("He served nearly a decade, more than a year abroad and half an hour a day.");
        assert_eq!(
            counted(&f),
            [
                ("nearly a decade", 1.0, "decade"),
                ("more than a year", 1.0, "year"),
                ("half an hour", 0.5, "hour"),
            ]
        );
        // Alone it is a rate or part of a date: "twice a year", "more than a year ago".
        assert!(found("He goes twice a year. He left more than a year ago.").is_empty());
        assert!(found("It is about a week or two. At least a day later it came.").is_empty());
    }

    #[test]
    fn peoples_nouns_before_the_plural_and_joined_measures_count() {
        let f = found(
            "Like the 12 million American factory workers, more than 665,000 Republicans and \
             four Americans rented a 5,125-square-foot space in a 7,600-foot-high town.",
        );
        assert_eq!(
            counted(&f),
            [
                (
                    "12 million American factory workers",
                    12e6,
                    "American factory workers"
                ),
                ("more than 665,000 Republicans", 665_000.0, "Republicans"),
                ("four Americans", 4.0, "Americans"),
                ("5,125-square-foot", 5125.0, "square-foot"),
                ("7,600-foot-high", 7600.0, "foot-high"),
            ]
        );
        // A name whose last word is a plural; not a player after a score.
        assert_eq!(
            counted(&found(
                "the 1.2 billion Roman Catholics, after 64 Bob Estes"
            )),
            [("1.2 billion Roman Catholics", 1.2e9, "Roman Catholics")]
        );
        // Joined words with a function word in them are no number and its unit.
        assert!(
            found("a one-on-one talk, 20-hour-a-day shifts, two-and-a-half, five-under-par")
                .is_empty()
        );
    }

    #[test]
    fn comparing_words_and_two_descriptions_before_the_plural_count() {
        let texts = |s: &str| -> Vec<String> { found(s).into_iter().map(|f| f.0).collect() };
        assert_eq!(
            texts(
                "It has 320 million monthly active users and nearly 14 million more jobs; \
                 nearly a dozen other Democratic senators cost over 1,000 people their jobs."
            ),
            [
                "320 million monthly active users",
                "nearly 14 million more jobs",
                "nearly a dozen other Democratic senators",
                "over 1,000 people",
            ]
        );
    }

    #[test]
    fn shares_and_ratios_count_their_plural() {
        let f = found(
            "More than half of Americans, nearly half the voters, a third of its members and \
             about one in five voters agree; two-thirds of the vote came in the first half of \
             the year, and about two-thirds said so. Six in 20 years is a rate.",
        );
        assert_eq!(
            counted(&f),
            [
                ("More than half of Americans", 0.5, "Americans"),
                ("nearly half the voters", 0.5, "voters"),
                ("a third of its members", 0.3333, "members"),
                ("about one in five voters", 0.2, "voters"),
                ("two-thirds of the vote", 0.6667, "vote"),
                ("about two-thirds", 0.6667, ""),
                ("20 years", 20.0, "year"),
            ]
        );
    }

    #[test]
    fn names_between_a_number_and_its_plural_belong_to_the_unit() {
        let f = found(
            "Two gunmen killed two Israeli hikers near two US frigates and 16 major West Bank \
             checkpoints; more than two dozen Post reporters came. In one case Internet \
             activists left. It runs 45 nanometer Xeon processors. On 5 May reports said so.",
        );
        let t = counted(&f);
        assert_eq!(
            t,
            [
                ("Two gunmen", 2.0, "gunmen"),
                ("two Israeli hikers", 2.0, "Israeli hikers"),
                ("two US frigates", 2.0, "US frigates"),
                (
                    "16 major West Bank checkpoints",
                    16.0,
                    "major West Bank checkpoints"
                ),
                ("more than two dozen Post reporters", 24.0, "Post reporters"),
                // (One counts no plural; a measure keeps its own unit; a month is no name.)
                ("one case", 1.0, "case"),
                ("45 nanometer", 45.0, "nanometer"),
            ]
        );
        // "police" and "staff" describe a plural after them, as "electoral" does.
        let f = found("Two police officers and 40 staff members came.");
        let t: Vec<&str> = f.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(t, ["Two police officers", "40 staff members"]);
    }

    #[test]
    fn a_count_without_a_figure_counts_the_plural_after_of() {
        let f = found(
            "Thousands of protesters marched and dozens of people were hurt; hundreds of \
             thousands of fans came. It cost hundreds of pounds. Dozens of them left.",
        );
        let t = counted(&f);
        assert_eq!(
            t,
            [
                ("Thousands of protesters", 2000.0, "protesters"),
                ("dozens of people", 24.0, "people"),
                ("thousands of fans", 2000.0, "fans")
            ]
        );
        // Millions and billions too, and a people in capitals; with nothing counted after
        // it, a count is no quantity ("thousands left", "worth millions").
        let f = found(
            "It hurt millions of Americans and billions of people. Thousands left; a tycoon \
             worth millions said so. Dozens of Facebook users wrote.",
        );
        let t = counted(&f);
        assert_eq!(
            t,
            [
                ("millions of Americans", 2e6, "Americans"),
                ("billions of people", 2e9, "people"),
            ]
        );
    }

    #[test]
    fn a_temperature_keeps_its_scale() {
        let f = found("It reached 40 degrees Celsius, or 104 degrees F, and then 30 degrees.");
        let t: Vec<(&str, &str)> = f
            .iter()
            .map(|x| (x.0.as_str(), x.1["unit"].as_str().unwrap_or("")))
            .collect();
        assert_eq!(
            t,
            [
                ("40 degrees Celsius", "degrees celsius"),
                ("104 degrees F", "degrees fahrenheit"),
                ("30 degrees", "degrees")
            ]
        );
    }

    #[test]
    fn dozens_multiply_what_they_count() {
        let f = found("The firm hired three dozen engineers; two dozen of them left.");
        let t: Vec<(&str, f64, &str)> = f
            .iter()
            .map(|x| {
                let n = x.1["number"].as_f64().unwrap_or(f64::NAN);
                (x.0.as_str(), n, x.1["unit"].as_str().unwrap_or(""))
            })
            .collect();
        assert_eq!(
            t,
            [
                ("three dozen engineers", 36.0, "engineers"),
                ("two dozen", 2.0, "dozen")
            ]
        );
    }

    #[test]
    fn quantities_with_words_and_units() {
        let f = found(
            "a 30-minute phone call with nearly 200 members; seven memorandums of understanding in 11 years after 20 minutes",
        );
        let t: Vec<&str> = f.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            t,
            [
                "30-minute",
                "nearly 200 members",
                "seven memorandums of understanding",
                "11 years",
                "20 minutes"
            ]
        );
        assert_eq!(f[2].1["number"], 7.0);
        assert_eq!(f[0].1["unit"], "minute");
    }

    #[test]
    fn function_words_names_and_bare_decimals_count_nothing() {
        let t = |s: &str| found(s).into_iter().map(|x| x.0).collect::<Vec<_>>();
        assert!(
            t("Lewis 80 not out, and one said the Euro 96 striking partner was a .333 hitter")
                .is_empty()
        );
        // A unit after a name's number still counts; so does a counted noun after "one".
        assert_eq!(
            t("the Olympic 100 metres champion, and one man was hurt"),
            ["100 metres", "one man"]
        );
    }

    #[test]
    fn years_and_times_are_not_quantities() {
        assert!(found("in 2014 at 11:30 a.m.").is_empty());
        assert!(found("after the June 3 snap election").is_empty());
    }

    #[test]
    fn references_and_names_are_not_quantities() {
        assert!(found("the two countries and the one-China policy").is_empty());
        // A counted noun without a determiner is a quantity.
        assert_eq!(found("two countries signed").len(), 1);
        // An index's number is part of its name; a market verb counts nothing.
        let f = found("The S&P 500 rose 0.9% and the FTSE 100 fell.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "0.9%");
        // An age is a quantity; "one-on-one" is not.
        let f = found("The 20-year-old striker held a one-on-one meeting.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].1["unit"], "years old");
        // A measure after "the" is one too.
        assert_eq!(found("after the 4.8 percent rise in July").len(), 1);
        assert_eq!(found("the 3 % cut").len(), 1);
        // A figure in digits after "the" counts; a handful in words or digits refers back.
        let f = found("reaching the 1,237 delegates needed, and the 300 workers");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].1["number"], 1237.0);
        assert!(found("the 3 men and the two leaders").is_empty());
        // An area's unit is two words.
        let f = found("It covers 60,000 square feet, or 5 sq ft more.");
        let units: Vec<&str> = f.iter().map(|f| f.1["unit"].as_str().unwrap()).collect();
        assert_eq!(units, ["square feet", "sq ft"], "{f:?}");
        // An adjective before the plural counted belongs to the unit; "needed" is no unit.
        let f = found("won 270 electoral votes among 76,981 registered voters, 30 needed");
        let units: Vec<&str> = f.iter().map(|f| f.1["unit"].as_str().unwrap()).collect();
        assert_eq!(units, ["electoral votes", "registered voters"], "{f:?}");
    }

    #[test]
    fn amounts_in_words_and_cents() {
        let f = found(
            "spent a billion dollars, then 50 cents, and millions of dollars; tens of billions of euros",
        );
        assert_eq!(
            f[0],
            (
                "a billion dollars".into(),
                json!({"currency": "USD", "amount": 1e9, "amounts": [{"currency": "USD", "amount": 1e9}]})
            )
        );
        assert_eq!(f[1].0, "50 cents");
        assert_eq!(f[1].1["amount"], 0.5);
        assert_eq!(found("62.85 cents")[0].1["amount"], 0.6285);
        // No figure, no value.
        assert_eq!(f[2], ("millions of dollars".into(), Value::Null));
        assert_eq!(f[3], ("tens of billions of euros".into(), Value::Null));
        assert_eq!(f.len(), 4);
        // "per cent" stays a percentage; "millions of people" is no amount (a quantity).
        assert_eq!(found("5 per cent")[0].1["number"], 5.0);
        assert_eq!(found("millions of people")[0].1["unit"], "people");
        // A scale with a vague count before a currency's word.
        let t: Vec<String> = found(
            "several million dollars, only a few million dollars, hundreds of dollars; lost \
             hundreds of pounds; several million people",
        )
        .into_iter()
        .map(|x| x.0)
        .collect();
        assert_eq!(
            t,
            [
                "several million dollars",
                "a few million dollars",
                "hundreds of dollars"
            ]
        );
        // The scale's word glued to the figure, after a sign or before a currency's word.
        let f = found("raised $175million, then 75bn euros and 75billion euros");
        let amounts: Vec<f64> = f.iter().map(|x| x.1["amount"].as_f64().unwrap()).collect();
        assert_eq!(amounts, [175e6, 75e9, 75e9], "{f:?}");
        // Currencies of Brazil, Romania, Sweden, Bangladesh.
        let codes: Vec<String> = found("1.5 billion reais, 420 billion lei, 3 kronor, 133 taka")
            .iter()
            .map(|x| x.1["currency"].as_str().unwrap_or("").to_string())
            .collect();
        assert_eq!(codes, ["BRL", "RON", "SEK", "BDT"]);
    }

    #[test]
    fn verbs_and_dates_after_a_number_count_nothing() {
        let t = |s: &str| found(s).into_iter().map(|x| x.0).collect::<Vec<_>>();
        assert!(
            t("No one controls the vote; one saying that; a Feb. 1 letter; the 9/11 attacks")
                .is_empty()
        );
        assert!(t("one among millions, one single point, since Jan. 1 put us, 78 now").is_empty());
        // Nouns in -s and -ing still count.
        assert_eq!(
            t("one meeting, two buildings, one bus and three shootings"),
            ["one meeting", "two buildings", "one bus", "three shootings"]
        );
    }

    #[test]
    fn compound_number_words_and_capitals_that_open_a_sentence() {
        assert_eq!(number("twenty-four"), Some(24.0));
        assert_eq!(number("Sixty-six"), Some(66.0));
        assert_eq!(number("forty-Four"), None);
        let f = found("Forty-one percent said so. Two people died. One key issue remains.");
        let t: Vec<&str> = f.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(t, ["Forty-one percent", "Two people"]);
        assert_eq!(f[0].1["number"], 41.0);
        // Mid-sentence, a capitalised number word is a name's ("Apollo Eleven crew").
        assert!(found("the Apollo Eleven crew").is_empty());
    }
}
