//! Dates: absolute ("June 4", "July 2014", "1992", "2025-10-31") and relative ("Tuesday",
//! "next year", "this November"), resolved against the article's date when it is known.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::text::Token;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// ISO 8601: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` when it cannot be resolved.
    pub value: Option<String>,
}

/// The month a capitalised month name or abbreviation stands for.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    // Month names are 3–9 ASCII letters and start with one of "JFMASOND", capitalised ("Mar",
    // "May" must be, to count): anything else is ruled out without lower-casing.
    if w.len() < 3
        || !matches!(
            w.as_bytes()[0],
            b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D'
        )
    {
        return None;
    }
    let m = match super::text::ascii_lower(w, &mut [0u8; 9])? {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// "Jan", "Sept", "Dec": a month abbreviation that takes a dot (not "May", "June" or "July").
pub fn is_month_abbreviation(word: &str) -> bool {
    word.len() <= 4 && !matches!(word, "May" | "June" | "July") && month_number(word).is_some()
}

/// A capitalised weekday or month name ("Sunday", "Jan.").
pub fn is_weekday_or_month(word: &str) -> bool {
    weekday(word).is_some() || month_number(word).is_some()
}

fn weekday(word: &str) -> Option<Weekday> {
    // (Six to nine bytes, capitalised: most words are ruled out before lower-casing.)
    if !(6..=9).contains(&word.len()) || !word.as_bytes()[0].is_ascii_uppercase() {
        return None;
    }
    let wd = match super::text::ascii_lower(word, &mut [0u8; 9])? {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    };
    // "Friday", or in headline capitals "FRIDAY"; never "friday" or "FriDay".
    let rest = &word.as_bytes()[1..];
    let capitalised = word.as_bytes()[0].is_ascii_uppercase()
        && (rest.iter().all(u8::is_ascii_lowercase) || rest.iter().all(u8::is_ascii_uppercase));
    capitalised.then_some(wd)
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1800..=2100).contains(y))
}

/// "1997-98", "2016-17", "2007-2008": a season or a fiscal year across two years (the second
/// the year after the first). It has no single year for a value.
fn season(word: &str) -> bool {
    // ("1997-98" to "2007-2008": seven to nine bytes opening with a figure.)
    if !(7..=9).contains(&word.len()) || !word.as_bytes()[0].is_ascii_digit() {
        return false;
    }
    let Some((a, b)) = word.split_once('-') else {
        return false;
    };
    let Some(first) = year(a) else {
        return false;
    };
    match b.len() {
        2 => b.parse::<i32>().is_ok_and(|n| n == (first + 1) % 100),
        4 => year(b) == Some(first + 1),
        _ => false,
    }
}

fn day(word: &str) -> Option<u32> {
    // (Most words are no day: a day opens with a digit.)
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Which way a weekday points: the tense of the clause it dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    /// The future seen from the past ("was set to headline Tuesday"): either way.
    Either,
}

/// The occurrence of `wd` the tense points at: on or before `base` in the past ("said Tuesday"),
/// on or after it in the future ("will vote on Tuesday"), else the nearest (ties go to the past,
/// as news reports the past).
fn weekday_date(base: NaiveDate, wd: Weekday, tense: Option<Tense>) -> NaiveDate {
    let diff = (wd.num_days_from_monday() as i64 - base.weekday().num_days_from_monday() as i64)
        .rem_euclid(7);
    let past = match tense {
        Some(Tense::Past) => true,
        Some(Tense::Future) => false,
        Some(Tense::Either) | None => diff > 3,
    };
    if diff == 0 {
        base
    } else if past {
        base - Duration::days(7 - diff)
    } else {
        base + Duration::days(diff)
    }
}

/// The tense of the clause around token `i`: the nearest marker before it in its clause (a past
/// verb, an auxiliary of the future), else the first one after it ("On Tuesday, Clinton said
/// …"). None when the clause shows none.
fn tense_at(tokens: &[Token<'_>], i: usize) -> Option<Tense> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text);
    let prev = |k: usize| k.checked_sub(1).map_or("", word);
    let marker = |k: usize| -> Option<Tense> {
        let w = word(k);
        let future = match w {
            "will" | "shall" | "scheduled" | "slated" | "expected" | "plans" | "planned"
            | "upcoming" | "intends" => true,
            "going" | "set" => word(k + 1) == "to",
            // "ahead of Monday's voting".
            "ahead" => word(k + 1) == "of",
            // "he'll" is "he", "'", "ll".
            "ll" => matches!(prev(k), "'" | "’"),
            _ => false,
        };
        if future {
            // "was scheduled to", "were expected to": the past's future.
            return Some(if matches!(prev(k), "was" | "were") {
                Tense::Either
            } else {
                Tense::Future
            });
        }
        match w {
            "was" | "were" if word(k + 1) == "to" => Some(Tense::Either),
            "said" | "told" | "was" | "were" | "had" | "did" | "met" | "spoke" | "took"
            | "gave" | "made" | "held" | "won" | "lost" | "went" | "came" | "saw" | "began"
            | "wrote" | "sent" | "left" | "ran" | "got" | "became" | "led" | "fell" | "rose"
            | "broke" | "sought" | "struck" | "brought" | "thought" | "felt" => Some(Tense::Past),
            // A verb in -ed is past, unless it is a participle: after a form of "be" ("will be
            // counted") or an adverb ("the most closely watched"), or before "by" or "for"
            // ("followed by", "the boost needed for"). ("hundred", "proceed" are no verbs in
            // the past.)
            _ if w.len() > 3
                && w.ends_with("ed")
                && !w.ends_with("eed")
                && !matches!(w, "hundred" | "kindred" | "sacred" | "naked" | "wicked")
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(prev(k), "be" | "been" | "being" | "is" | "are" | "am")
                && !prev(k).ends_with("ly")
                && !matches!(word(k + 1), "by" | "for") =>
            {
                Some(Tense::Past)
            }
            _ => None,
        }
    };
    // A clause ends at a word that opens another: "…, where Saturday afternoon he'll be
    // honored", "because of the slaying in Chicago on Friday".
    let opens_clause = |k: usize| {
        matches!(
            tokens[k].text,
            "where"
                | "when"
                | "while"
                | "because"
                | "which"
                | "who"
                | "whose"
                | "that"
                | "if"
                | "unless"
                | "although"
                | "though"
                | "after"
                | "before"
                | "since"
                | "until"
        )
    };
    let sentence = tokens[i].sentence;
    let before = (i.saturating_sub(12)..i)
        .rev()
        .take_while(|&k| tokens[k].sentence == sentence)
        .take_while(|&k| !opens_clause(k))
        .find_map(marker);
    // "reeling since Comey's Friday announcement": what came "since" a day is past.
    let since = || {
        (i.saturating_sub(12)..i)
            .rev()
            .take_while(|&k| tokens[k].sentence == sentence)
            .find(|&k| opens_clause(k))
            .filter(|&k| tokens[k].text == "since")
            .map(|_| Tense::Past)
    };
    let before = before.or_else(since);
    // After it, within its clause: "On Tuesday, Clinton said …" (not past a dash or a colon).
    before.or_else(|| {
        (i + 1..tokens.len().min(i + 9))
            .take_while(|&k| {
                tokens[k].sentence == sentence
                    && !opens_clause(k)
                    && !matches!(tokens[k].text, "-" | "—" | "–" | ";" | ":" | "(")
            })
            .find_map(marker)
    })
}

/// Finds dates in a block's tokens. `base` is the article's date.
pub fn find(tokens: &[Token<'_>], text: &str, base: Option<NaiveDate>) -> Vec<DateMention> {
    let mut out = Vec::new();
    let w = |i: usize| tokens.get(i).map(|t| t.text).unwrap_or("");
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // Most tokens open no date: a lower-case word that is none of the words below, a mark.
        if !may_open(t.text) {
            i += 1;
            continue;
        }
        let span = |a: usize, b: usize| {
            (
                tokens[a].start,
                tokens[b].end,
                text[tokens[a].bstart..tokens[b].bend].to_string(),
            )
        };
        // Where the last date found ends (char offset), for a year coordinated with it.
        let last_end = out.last().map(|d: &DateMention| d.end);
        let mut push = |a: usize, b: usize, value: Option<String>| {
            let (s, e, txt) = span(a, b);
            out.push(DateMention {
                start: s,
                end: e,
                text: txt,
                value,
            });
        };
        // "9/11": the attacks' day, in any story (not "9/11/2020", a day written in figures).
        if t.text == "9"
            && w(i + 1) == "/"
            && w(i + 2) == "11"
            && tokens[i + 1].bstart == t.bend
            && tokens[i + 2].bstart == tokens[i + 1].bend
            && !(w(i + 3) == "/" && tokens[i + 3].bstart == tokens[i + 2].bend)
        {
            push(i, i + 2, Some("2001-09-11".to_string()));
            i += 3;
            continue;
        }
        // A day in figures: "12/25/2016", "3/10/16" (month first, as American papers write
        // it, unless the first figure cannot be a month: "25/12/2016").
        if let Some(v) = slashed_day(tokens, i) {
            push(i, i + 4, v);
            i += 5;
            continue;
        }
        // "the 20th of January", "the 4th of July".
        if t.text.eq_ignore_ascii_case("the")
            && let Some(d) = ordinal_day(w(i + 1))
            && w(i + 2) == "of"
            && let Some(m) = month_number(w(i + 3))
        {
            let (end, y) = match year(w(i + 4)) {
                Some(y) => (i + 4, Some(y)),
                None => (i + 3, None),
            };
            push(i, end, day_value(y, m, d, base));
            i = end + 1;
            continue;
        }
        // ISO date.
        if t.text.len() == 10 && crate::model::article::is_iso_date(t.text) {
            push(i, i, Some(t.text.to_string()));
            i += 1;
            continue;
        }
        // Month-led: "June 4", "June 4, 2025", "July 2014", "June"; abbreviated with a dot as
        // news agencies write them: "Jan. 5, 2016", "Sept. 30".
        if let Some(m) = month_number(t.text) {
            let k = if is_month_abbreviation(t.text)
                && w(i + 1) == "."
                && tokens[i + 1].bstart == t.bend
            {
                i + 2
            } else {
                i + 1
            };
            // A range of days: "March 1-2", "September 27-28" (valued by its first day).
            let range_start = w(k)
                .split_once('-')
                .and_then(|(a, b)| day(a).zip(day(b)))
                .filter(|(a, b)| a < b)
                .map(|(a, _)| a);
            if let Some(d) = day(w(k)).or(range_start) {
                let (end, y) = if w(k + 1) == "," && year(w(k + 2)).is_some() {
                    (k + 2, year(w(k + 2)))
                } else if year(w(k + 1)).is_some() {
                    (k + 1, year(w(k + 1)))
                } else {
                    (k, None)
                };
                push(i, end, day_value(y, m, d, base));
                i = end + 1;
                continue;
            }
            if let Some(y) = year(w(k)) {
                push(i, k, Some(format!("{y:04}-{m:02}")));
                i = k + 1;
                continue;
            }
            // "February of 2005".
            if w(k) == "of"
                && let Some(y) = year(w(k + 1))
            {
                push(i, k + 1, Some(format!("{y:04}-{m:02}")));
                i = k + 2;
                continue;
            }
            // "January this year", "June last year".
            if w(k + 1) == "year"
                && let Some(delta) = match w(k) {
                    "last" => Some(-1),
                    "this" => Some(0),
                    _ => None,
                }
            {
                push(
                    i,
                    k + 1,
                    base.map(|b| format!("{:04}-{m:02}", b.year() + delta)),
                );
                i = k + 2;
                continue;
            }
            // "November of last year".
            if w(k) == "of" && w(k + 2) == "year" {
                let delta = match w(k + 1) {
                    "last" => Some(-1),
                    "this" => Some(0),
                    "next" => Some(1),
                    _ => None,
                };
                if let Some(delta) = delta {
                    push(
                        i,
                        k + 2,
                        base.map(|b| format!("{:04}-{m:02}", b.year() + delta)),
                    );
                    i = k + 3;
                    continue;
                }
            }
            // "this November", "last June", "next March"; a bare month name only with a modifier.
            let modifier = i.checked_sub(1).map(|p| tokens[p].text.to_lowercase());
            if let Some(mo) = modifier.as_deref().filter(|m| {
                matches!(
                    *m,
                    "this" | "last" | "next" | "in" | "early" | "late" | "mid"
                )
            }) {
                let y = base.map(|b| match mo {
                    "last" => {
                        if m >= b.month() {
                            b.year() - 1
                        } else {
                            b.year()
                        }
                    }
                    "next" => {
                        if m <= b.month() {
                            b.year() + 1
                        } else {
                            b.year()
                        }
                    }
                    // "in February", "early March": this year's, unless the clause's tense
                    // looks ahead or back past it ("will hold a contest in February" in
                    // December is next year's).
                    "this" => b.year(),
                    // "in February", "early March": the one nearest the article's date ("will
                    // hold a contest in February" in December is next year's; "rebuked Trump in
                    // December" in June is last year's).
                    // ("an early May run-off" in August is next year's vote.)
                    _ if vote_month(tokens, i) => month_year_in_window(b, m, -1..=10),
                    _ => month_year_in_tense(b, m, tense_at(tokens, i)),
                });
                let a = if matches!(mo, "this" | "last" | "next") {
                    i - 1
                } else {
                    i
                };
                push(a, i, y.map(|y| format!("{y:04}-{m:02}")));
            } else if bare_month(tokens, i) {
                // "since January", "September crude": the month nearest the article's date. "the
                // November election", "a hypothetical November contest": a vote news talks of
                // from the start of the year; only the month just gone is last year's.
                // ("won enough seats in a September election" in December: the clause tells
                // of one held.)
                let vote = vote_month(tokens, i);
                push(
                    i,
                    i,
                    base.map(|b| {
                        if vote {
                            month_in_window(b, m, -1..=10)
                        } else {
                            nearest_month(b, m)
                        }
                    }),
                );
            }
            i += 1;
            continue;
        }
        // Day-led: "4 June 2025", "14 March".
        if let Some(d) = day(t.text)
            && let Some(m) = month_number(w(i + 1))
        {
            let (end, y) = if year(w(i + 2)).is_some() {
                (i + 2, year(w(i + 2)))
            } else {
                (i + 1, None)
            };
            push(i, end, day_value(y, m, d, base));
            i = end + 1;
            continue;
        }
        // ("The Sunday Times", "Fox News Sunday", "Saturday Night Live": a paper's or a
        // programme's name.)
        if weekday(t.text).is_some()
            && super::gazetteer::weekday_in_media_name(text, t.bstart, t.text)
        {
            i += 1;
            continue;
        }
        // Weekdays.
        if let Some(wd) = weekday(t.text) {
            // "last Tuesday" is before the article's day, "next Tuesday" after it, "this
            // Friday" ahead unless its clause is in the past.
            let modifier = i
                .checked_sub(1)
                .filter(|&p| tokens[p].sentence == t.sentence)
                .and_then(|p| {
                    let mut buf = [0u8; 6];
                    let m = super::text::ascii_lower(tokens[p].text, &mut buf)?;
                    matches!(m, "last" | "next" | "this" | "coming").then_some((p, m == "last"))
                });
            let value = match modifier {
                // ("the last Friday in August" is no day counted from the article's.)
                Some((p, _)) if p > 0 && tokens[p - 1].text.eq_ignore_ascii_case("the") => None,
                Some((p, last)) => base.map(|b| {
                    let next = !last && tokens[p].text.eq_ignore_ascii_case("next");
                    let tense = if last || (!next && tense_at(tokens, i) == Some(Tense::Past)) {
                        Tense::Past
                    } else {
                        Tense::Future
                    };
                    let d = weekday_date(b, wd, Some(tense));
                    // "last Monday" on a Monday is a week ago, "next Monday" a week ahead.
                    match (d == b, last, next) {
                        (true, true, _) => b - Duration::days(7),
                        (true, _, true) => b + Duration::days(7),
                        _ => d,
                    }
                    .to_string()
                }),
                None => base.map(|b| weekday_date(b, wd, tense_at(tokens, i)).to_string()),
            };
            push(modifier.map_or(i, |(p, _)| p), i, value);
            i += 1;
            continue;
        }
        // Relative years and days.
        // The relative words are ASCII and at most nine letters ("yesterday").
        let mut buf = [0u8; 9];
        let lw = super::text::ascii_lower(t.text, &mut buf).unwrap_or("");
        // "this morning", "last night", "next season": parts of a day are resolved, the rest
        // keep their text.
        if matches!(lw, "this" | "last" | "next") && is_part_of_day(w(i + 1)) {
            let days = match lw {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            push(
                i,
                i + 1,
                base.map(|b| (b + Duration::days(days)).to_string()),
            );
            i += 2;
            continue;
        }
        // ("over the weekend": a weekend too, with no single day.)
        // ("last fall", not "this fall in prices".)
        let fall = w(i + 1) == "fall" && !matches!(w(i + 2), "of" | "in" | "from" | "to" | "on");
        if (matches!(lw, "this" | "last" | "next") && (is_period(w(i + 1)) || fall))
            || (lw == "the" && matches!(w(i + 1), "weekend" | "weekends"))
        {
            // A season is valued by its year: "next spring", "last summer".
            let year = base.and_then(|b| season_year(lw, w(i + 1), b.month(), b.year()));
            push(i, i + 1, year.map(|y| format!("{y:04}")));
            i += 2;
            continue;
        }
        // "the end of the year", "the start of next month": the part of a year or a month,
        // valued by that year or month ("at the end of the day" is an idiom, not a date).
        if lw == "the"
            && matches!(w(i + 1), "end" | "beginning" | "start" | "middle")
            && w(i + 2) == "of"
            && matches!(w(i + 3), "the" | "this" | "next" | "last")
            && matches!(w(i + 4), "year" | "month")
            && tokens[i + 4].sentence == t.sentence
        {
            let delta = match w(i + 3) {
                "next" => 1,
                "last" => -1,
                _ => 0,
            };
            let value = base.map(|b| {
                if w(i + 4) == "year" {
                    format!("{:04}", b.year() + delta)
                } else {
                    month_from(b, delta)
                }
            });
            push(i, i + 4, value);
            i += 5;
            continue;
        }
        // "later in the week", "earlier in the day", "later in the year": the article's own
        // day, month or year (a week has no value of those kinds).
        if matches!(lw, "later" | "earlier")
            && w(i + 1) == "in"
            && w(i + 2) == "the"
            && matches!(w(i + 3), "day" | "week" | "month" | "year")
            && tokens[i + 3].sentence == t.sentence
        {
            let value = base.and_then(|b| match w(i + 3) {
                "day" => Some(b.to_string()),
                "month" => Some(month_from(b, 0)),
                "year" => Some(format!("{:04}", b.year())),
                _ => None,
            });
            push(i, i + 3, value);
            i += 4;
            continue;
        }
        // "the end of 2017": the year's part, valued by the year.
        if lw == "the"
            && matches!(w(i + 1), "end" | "beginning" | "start" | "middle")
            && w(i + 2) == "of"
            && let Some(y) = year(w(i + 3))
            && tokens[i + 3].sentence == t.sentence
        {
            push(i, i + 3, Some(format!("{y:04}")));
            i += 4;
            continue;
        }
        // "over the summer", "since the spring", "in winter": a season after a preposition of
        // time, with no year to value it ("the fall of Saigon" is an event; "the summer of
        // 2016" is read with its year).
        // ("much of the summer", "the rest of the winter": "of" takes the article.)
        if is_season_preposition(lw) || (lw == "of" && w(i + 1) == "the") {
            let the = usize::from(w(i + 1) == "the");
            let s = w(i + 1 + the);
            let next = w(i + 2 + the);
            let verb_like = matches!(s, "fall" | "spring");
            if matches!(s, "spring" | "summer" | "fall" | "autumn" | "winter")
                && next != "of"
                && year(next).is_none()
                && !(verb_like && matches!(next, "in" | "from" | "to" | "on" | "off" | "back"))
            {
                push(i + 1, i + 1 + the, None);
                i += 2 + the;
                continue;
            }
        }
        // (Not "the last week of June": a part of June.)
        if matches!(lw, "this" | "last" | "next")
            && matches!(w(i + 1), "year" | "month" | "week")
            && !(w(i + 2) == "of"
                && i.checked_sub(1)
                    .is_some_and(|p| tokens[p].text.eq_ignore_ascii_case("the")))
        {
            let unit = w(i + 1);
            let value = base.map(|b| {
                let delta = match lw {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                match unit {
                    "year" => format!("{:04}", b.year() + delta),
                    "month" => month_from(b, delta),
                    _ => (b + Duration::weeks(delta as i64)).to_string(),
                }
            });
            push(i, i + 1, value);
            i += 2;
            continue;
        }
        // "in the new year": the coming year in the second half of the year it is written in,
        // that year in the first ("a new high early in the new year", written in December).
        if lw == "the"
            && w(i + 1) == "new"
            && matches!(w(i + 2), "year" | "year's" | "year’s")
            && tokens[i + 2].sentence == t.sentence
        {
            let value = base.map(|b| format!("{:04}", b.year() + i32::from(b.month() >= 7)));
            push(i, i + 2, value);
            i += 3;
            continue;
        }
        // "the past three decades", "recent years", "the next four years": a stretch of time
        // with no single value.
        if let Some(end) = stretch(tokens, i) {
            push(i, end, None);
            i = end + 1;
            continue;
        }
        // "for years", "after decades of…": a stretch with no count.
        if matches!(t.text, "years" | "decades" | "months" | "weeks")
            && i.checked_sub(1).is_some_and(|p| {
                tokens[p].sentence == t.sentence
                    && matches!(
                        tokens[p].text.to_ascii_lowercase().as_str(),
                        "for" | "after" | "in" | "over" | "within"
                    )
            })
            && w(i + 1) != "old"
        {
            push(i, i, None);
            i += 1;
            continue;
        }
        // "over the years", "through the decades": the same stretch with an article.
        if matches!(t.text, "years" | "decades" | "months")
            && i >= 2
            && tokens[i - 1].text == "the"
            && matches!(
                tokens[i - 2].text.to_ascii_lowercase().as_str(),
                "over" | "through" | "across" | "throughout"
            )
            && tokens[i - 2].sentence == t.sentence
        {
            push(i - 1, i, None);
            i += 1;
            continue;
        }
        // Named days: "Christmas", "Election Day", "New Year's Eve".
        if let Some((end, name, fixed)) = holiday(tokens, text, i) {
            let value = match fixed {
                Some((m, d)) => day_value(None, m, d, base),
                None => base.and_then(|b| floating_value(name, b)),
            };
            push(i, end, value);
            i = end + 1;
            continue;
        }
        // "two years ago", "three weeks ago".
        // ("ago" first: reading the number is the costly part.)
        let one = matches!(lw, "a" | "an").then_some(1.0);
        if w(i + 2).eq_ignore_ascii_case("ago")
            && let Some(n) = super::numbers::number(t.text)
                .or(one)
                .filter(|n| n.fract() == 0.0 && *n < 1e4)
            && let Some(unit) = ago_unit(w(i + 1))
        {
            push(i, i + 2, base.map(|b| ago(b, n as i32, unit)));
            i += 3;
            continue;
        }
        // "four years later", "six years earlier": a point in time, dated from the year the
        // sentence gave before it ("won the state in 2008 but lost it four years later").
        if matches!(w(i + 2), "later" | "earlier")
            && let Some(n) = super::numbers::number(t.text)
                .or(one)
                .filter(|n| n.fract() == 0.0 && *n < 1e4)
            && let Some(unit) = ago_unit(w(i + 1))
        {
            let sentence_start = tokens[..i]
                .iter()
                .rposition(|s| s.sentence != t.sentence)
                .map_or(0, |k| tokens[k + 1].start);
            let anchor = out
                .iter()
                .rev()
                .take_while(|d| d.start >= sentence_start)
                .find_map(|d| d.value.as_deref()?.get(..4)?.parse::<i32>().ok())
                .filter(|_| matches!(unit, 'y' | 'D'));
            let n = if unit == 'D' { 10 * n as i32 } else { n as i32 };
            let sign = if w(i + 2) == "later" { 1 } else { -1 };
            let (start, end, text) = span(i, i + 2);
            out.push(DateMention {
                start,
                end,
                text,
                value: anchor.map(|y| format!("{:04}", y + sign * n)),
            });
            i += 3;
            continue;
        }
        // "several years ago", "a few days ago", "decades ago": a point in time with no count
        // to date it by.
        let vague = if matches!(lw, "several" | "few" | "many" | "some") {
            Some(i + 1)
        } else if lw == "a" && w(i + 1) == "few" {
            Some(i + 2)
        } else if t.text.ends_with('s') && ago_unit(t.text).is_some() {
            Some(i)
        } else {
            None
        };
        if let Some(u) = vague
            && w(u).ends_with('s')
            && ago_unit(w(u)).is_some()
            && w(u + 1).eq_ignore_ascii_case("ago")
            && tokens[u + 1].sentence == t.sentence
        {
            push(i, u + 1, None);
            i = u + 2;
            continue;
        }
        // "that year", "the same day", "later that month": the time the paragraph gave last, at
        // its precision.
        if let Some(end) = matches!(lw, "later" | "earlier" | "the" | "that")
            .then(|| anaphoric(tokens, i))
            .flatten()
        {
            let unit = tokens[end].text;
            let anchor = out.iter().rev().find_map(|d| {
                let v = d.value.as_deref()?;
                match unit {
                    "year" => v.get(..4),
                    "month" => v.get(..7).filter(|_| v.len() >= 7),
                    "day" => (v.len() == 10).then_some(v),
                    _ => None,
                }
            });
            let value = anchor.map(str::to_string);
            let (start, end_char, text) = span(i, end);
            out.push(DateMention {
                start,
                end: end_char,
                text,
                value,
            });
            i = end + 1;
            continue;
        }
        // Centuries: "the 20th century", "the nineteenth century" (no single ISO value).
        if lw == "the"
            && w(i + 2).eq_ignore_ascii_case("century")
            && (ordinal_number(w(i + 1))
                || matches!(
                    w(i + 1).to_ascii_lowercase().as_str(),
                    "eighteenth" | "nineteenth" | "twentieth" | "twenty-first"
                ))
        {
            push(i, i + 2, None);
            i += 3;
            continue;
        }
        // A span of years: "1948-1982" (valued by its first year).
        if t.text.len() == 9
            && let Some((a, b)) = t.text.split_once('-')
            && let Some((ya, yb)) = year(a).zip(year(b))
            && ya < yb
            && !season(t.text)
        {
            push(i, i, Some(format!("{ya:04}")));
            i += 1;
            continue;
        }
        // A decade by its last two figures and an apostrophe: "the '80s". (Not "in the 60s",
        // "in the mid-30s": temperatures, scores, ages, rates.)
        if t.text.len() == 3
            && t.text.ends_with("0s")
            && t.text.as_bytes()[0].is_ascii_digit()
            && i > 0
            && matches!(tokens[i - 1].text, "'" | "’")
            && tokens[i - 1].bend == t.bstart
        {
            push(i - 1, i, None);
            i += 1;
            continue;
        }
        // Quarters: "the third quarter" (no single ISO value); with its year, "the first
        // quarter of 2016" and "the second half of 2015", valued by the year.
        if lw == "the"
            && matches!(
                w(i + 1),
                "first" | "second" | "third" | "fourth" | "final" | "last"
            )
            && matches!(w(i + 2), "quarter" | "half")
        {
            if w(i + 3) == "of"
                && let Some(y) = year(w(i + 4))
            {
                push(i, i + 4, Some(format!("{y:04}")));
                i += 5;
                continue;
            }
            if w(i + 2) == "quarter" {
                push(i, i + 2, None);
                i += 3;
                continue;
            }
        }
        // Decades: "the 1990s" (no single ISO value), and "the 1970's" (tokens "1970", "'", "s").
        if t.text.len() == 5 && t.text.ends_with("0s") && year(&t.text[..4]).is_some() {
            push(i, i, None);
            i += 1;
            continue;
        }
        if t.text.len() == 4
            && t.text.ends_with('0')
            && year(t.text).is_some()
            && matches!(w(i + 1), "'" | "’")
            && w(i + 2) == "s"
            && tokens[i].bend == tokens[i + 1].bstart
            && tokens[i + 1].bend == tokens[i + 2].bstart
        {
            push(i, i + 2, None);
            i += 3;
            continue;
        }
        // "mid-2020", "mid-March".
        let mid = t
            .text
            .strip_prefix("mid-")
            .or_else(|| t.text.strip_prefix("Mid-"));
        // "mid-1990s": a part of a decade.
        if let Some(d) = mid.filter(|d| d.len() == 5 && d.ends_with("0s"))
            && year(&d[..4]).is_some()
        {
            push(i, i, None);
            i += 1;
            continue;
        }
        if let Some(y) = mid.and_then(year) {
            push(i, i, Some(format!("{y:04}")));
            i += 1;
            continue;
        }
        if let Some(m) = mid.and_then(month_number) {
            let (end, value) = match year(w(i + 1)) {
                Some(y) => (i + 1, Some(format!("{y:04}-{m:02}"))),
                None => (i, base.map(|b| nearest_month(b, m))),
            };
            push(i, end, value);
            i = end + 1;
            continue;
        }
        // A season across two years: "the 1997-98 team", "the 2016-17 season", "from 2007-2008".
        if season(t.text) {
            push(i, i, None);
            i += 1;
            continue;
        }
        // ("USA TODAY" is a newspaper.)
        let outlet = lw == "today" && i > 0 && tokens[i - 1].text.eq_ignore_ascii_case("usa");
        if matches!(lw, "yesterday" | "today" | "tomorrow" | "tonight") && !outlet {
            let delta = match lw {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            push(i, i, base.map(|b| (b + Duration::days(delta)).to_string()));
            i += 1;
            continue;
        }
        // A year on its own, after a preposition: "in 1992", "since 2014"; or naming what it
        // dates: "the 1988 bombing", "its 1995 profits", "bonds due 2023".
        if let Some(y) = year(t.text) {
            let prev = i.checked_sub(1).map(|p| tokens[p].text.to_lowercase());
            let dates_what_follows = || {
                // "the 2000 workers" counts them: a round number after a determiner is not
                // taken for a year, unless what follows is dated ("the 2000 election", "Gore's
                // 2000 presidential campaign", "her 2000 Senate race").
                let dated = |n: &Token<'_>| {
                    matches!(
                        n.text,
                        "election"
                            | "elections"
                            | "campaign"
                            | "race"
                            | "presidential"
                            | "primary"
                            | "primaries"
                            | "Senate"
                            | "House"
                            | "census"
                            | "season"
                            | "Olympics"
                            | "Games"
                            | "convention"
                            | "debate"
                            | "recount"
                            | "midterms"
                            | "budget"
                            | "edition"
                            | "film"
                            | "book"
                            | "law"
                            | "report"
                            | "survey"
                            | "study"
                    )
                };
                tokens.get(i + 1).is_some_and(|n| {
                    n.sentence == t.sentence
                        && n.text.starts_with(char::is_alphabetic)
                        && (y % 100 != 0 || dated(n))
                })
            };
            // "in 2008 and 2012", "in 2020 rather than 2018": a year coordinated with one.
            let coordinated = || {
                i >= 2
                    && matches!(
                        prev.as_deref(),
                        Some("and" | "or" | "than" | "to" | "through" | "-" | "–")
                    )
                    && {
                        // "2020 rather than 2018".
                        let k = if prev.as_deref() == Some("than")
                            && tokens[i - 2].text == "rather"
                            && i >= 3
                        {
                            i - 3
                        } else {
                            i - 2
                        };
                        year(tokens[k].text).is_some() && last_end == Some(tokens[k].end)
                    }
            };
            // "that 2016 is going to be a national security election", "2008 was different": a
            // recent year as a clause's subject (not after a figure or a unit's word).
            let year_as_subject = || {
                (1900..=2100).contains(&y)
                    && y % 100 != 0
                    && matches!(
                        if matches!(w(i + 1), "“" | "\"") {
                            w(i + 2)
                        } else {
                            w(i + 1)
                        },
                        "is" | "was"
                            | "will"
                            | "would"
                            | "could"
                            | "has"
                            | "had"
                            | "marked"
                            | "marks"
                            | "saw"
                            | "brought"
                    )
                    && (t.sentence_start
                        || matches!(
                            prev.as_deref(),
                            Some("that" | "and" | "but" | "," | "because")
                        ))
            };
            // "(2005)" after a title or a slogan.
            let bracketed = || prev.as_deref() == Some("(") && w(i + 1) == ")";
            if prev.as_deref().is_some_and(|p| {
                is_date_preposition(p)
                    || matches!(
                        p,
                        "year"
                            | "early"
                            | "late"
                            | "due"
                            | "fiscal"
                            | "throughout"
                            | "circa"
                            | "mid-year"
                            | "midyear"
                            | "spring"
                            | "summer"
                            | "fall"
                            | "autumn"
                            | "winter"
                    )
                    || (p == "for" && y % 100 != 0)
                    || (matches!(p, "the" | "its" | "their" | "his" | "her" | "our" | "a")
                        && dates_what_follows())
                    // "Gore's 2000 presidential campaign", "Clinton's 2008 run".
                    || (p == "s"
                        && i >= 2
                        && matches!(tokens[i - 2].text, "'" | "’")
                        && dates_what_follows())
            }) || coordinated()
                || bracketed()
                || names_its_year(tokens, i, y)
                || year_as_subject()
            {
                push(i, i, Some(format!("{y:04}")));
            }
        }
        i += 1;
    }
    with_seasons(tokens, text, &mut out);
    out
}

/// A season before a year is part of that date: "fall 2014", "spring of 2015", "the summer of
/// 2016" (valued by the year).
/// Can a date open at this token? Figures may; of words only those [`find`] reads first:
/// months, weekdays and the first words of holidays, modifiers ("this", "The", "later"),
/// prepositions before a season or a year, counts ("a", "few", number words), units in the
/// plural ("for years", "decades ago"), the days around today and "mid-…". Marks and words in
/// other scripts open none. (A pre-filter: `find` skips the rest of its checks for a token
/// this rules out.)
fn may_open(word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    if first.is_ascii_digit() {
        return true;
    }
    if !first.is_ascii_alphabetic() {
        return false;
    }
    // (As `find` lower-cases them: ASCII words of at most nine letters.)
    let mut buf = [0u8; 9];
    let lw = super::text::ascii_lower(word, &mut buf).unwrap_or("");
    let opens = matches!(
        lw,
        "this"
            | "last"
            | "next"
            | "the"
            | "that"
            | "later"
            | "earlier"
            | "of"
            | "recent"
            | "past"
            | "coming"
            | "previous"
            | "following"
            | "a"
            | "an"
            | "several"
            | "few"
            | "many"
            | "some"
            | "years"
            | "decades"
            | "months"
            | "weeks"
            | "days"
            | "yesterday"
            | "today"
            | "tomorrow"
            | "tonight"
    ) || is_season_preposition(lw)
        || word.starts_with("mid-")
        || super::numbers::number(word).is_some();
    opens
        || (first.is_ascii_uppercase()
            && (month_number(word).is_some()
                || weekday(word).is_some()
                || opens_holiday(word)
                || word.starts_with("Mid-")))
}

/// The first word of a holiday's name ([`HOLIDAYS`]), up to its apostrophe.
fn opens_holiday(word: &str) -> bool {
    let head = word.split(['\'', '’']).next().unwrap_or(word);
    matches!(
        head,
        "New"
            | "Valentine"
            | "Christmas"
            | "Boxing"
            | "Halloween"
            | "Veterans"
            | "Election"
            | "Thanksgiving"
            | "Independence"
            | "Labor"
            | "Memorial"
            | "Easter"
            | "Super"
            | "Black"
            | "Cyber"
            | "Good"
            | "Mother"
            | "Father"
            | "Presidents"
            | "Martin"
            | "Columbus"
            | "Remembrance"
            | "Armistice"
            | "Yom"
            | "Rosh"
            | "Passover"
            | "Ramadan"
            | "Hanukkah"
            | "Diwali"
    )
}

fn with_seasons(tokens: &[Token<'_>], text: &str, out: &mut [DateMention]) {
    let is_season = |t: &str| {
        matches!(
            t.to_ascii_lowercase().as_str(),
            "spring" | "summer" | "fall" | "autumn" | "winter"
        )
    };
    for d in out.iter_mut().filter(|d| d.text.len() == 4) {
        // (Tokens are in text order: found by binary search, not a walk per year.)
        let k = tokens.partition_point(|t| t.start < d.start);
        if tokens.get(k).is_none_or(|t| t.start != d.start) {
            continue;
        }
        let season_at = match k {
            1.. if is_season(tokens[k - 1].text) => Some(k - 1),
            2.. if tokens[k - 1].text == "of" && is_season(tokens[k - 2].text) => Some(k - 2),
            _ => None,
        };
        if let Some(s) = season_at {
            d.start = tokens[s].start;
            d.text = text[tokens[s].bstart..tokens[k].bend].to_string();
        }
    }
}

/// A recent year (not a round number) before the word it dates, after any word: "that 2012
/// remark", "the party's 2012 nominee", "any 2016 presidential candidates". Not a count ("1987
/// people": a plural after it), a clock time ("1530 GMT"), an amount ("$2015") or a number in a
/// name or a table ("No. 1995", "12 1996").
fn names_its_year(tokens: &[Token<'_>], i: usize, y: i32) -> bool {
    if !(1900..=2039).contains(&y) || y % 100 == 0 {
        return false;
    }
    let Some(next) = tokens
        .get(i + 1)
        .filter(|n| n.sentence == tokens[i].sentence)
    else {
        return false;
    };
    let n = next.text;
    if !n.starts_with(char::is_alphabetic) {
        return false;
    }
    // ("2016 is going to be …": "is", "was" and "has" are no plurals.)
    let plural = (n.len() > 3
        && n.ends_with('s')
        && n.chars().all(|c| c.is_lowercase())
        && !n.ends_with("ss"))
        || matches!(
            n,
            "people" | "men" | "women" | "children" | "police" | "staff" | "feet"
        );
    let clock = matches!(
        n,
        "GMT"
            | "UTC"
            | "EST"
            | "EDT"
            | "CST"
            | "CDT"
            | "PST"
            | "PDT"
            | "CET"
            | "BST"
            | "ET"
            | "PT"
            | "hours"
            | "hrs"
            | "local"
            | "h"
    );
    // (The previous token may close a sentence: "No." ends one for the tokenizer.)
    let counted_before = i.checked_sub(1).is_some_and(|p| {
        let t = tokens[p].text;
        t.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                t,
                "$" | "€" | "£" | "¥" | "#" | "No" | "no" | "number" | "No."
            )
            || (t == "." && p >= 1 && tokens[p - 1].text == "No")
    });
    !plural && !clock && !counted_before
}

/// The last token of a stretch of time from token `i`: "the past three decades", "the last two
/// years", "the next few months", "recent weeks", "the past decade".
fn stretch(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let w = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.sentence == tokens[i].sentence)
            .map_or("", |t| t.text)
    };
    let mut k = i;
    let the = w(k).eq_ignore_ascii_case("the");
    if the {
        k += 1;
    }
    // (Lower-cased on the stack: this runs on every token.)
    let mut buf = [0u8; 9];
    let which = super::text::ascii_lower(w(k), &mut buf).unwrap_or("");
    let recent = which == "recent";
    if !(recent
        || matches!(
            which,
            "past" | "last" | "next" | "coming" | "previous" | "following"
        ))
    {
        return None;
    }
    // Without "the", only "recent" opens one ("in recent years"), or a count after "last",
    // "next" or "past" ("over the past" is handled with "the"; "last two years").
    k += 1;
    let mut counted = false;
    if w(k) == "few" || w(k) == "several" || w(k) == "many" {
        k += 1;
        counted = true;
    } else if w(k) == "couple" && w(k + 1) == "of" {
        k += 2;
        counted = true;
    } else if super::numbers::number(w(k)).is_some_and(|n| n > 1.0 && n.fract() == 0.0) {
        k += 1;
        counted = true;
    }
    let unit = w(k);
    let plural = matches!(
        unit,
        "days" | "weeks" | "months" | "years" | "decades" | "centuries" | "hours"
    );
    // "the past week", "the next day", "the following year" (not "the last week of June": a
    // part of what follows).
    let singular = matches!(unit, "decade" | "century")
        || (matches!(unit, "day" | "week" | "month" | "year") && w(k + 1) != "of");
    let ok = if counted || recent {
        plural
    } else {
        the && (plural || singular)
    };
    (ok && (the || recent || counted)).then_some(k)
}

/// The last token of a time the text has given before, from token `i`: "that year", "the same
/// day", "later that month", "earlier that week".
fn anaphoric(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let w = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.sentence == tokens[i].sentence)
            .map_or("", |t| t.text)
    };
    let mut k = i;
    if matches!(w(k), "later" | "Later" | "earlier" | "Earlier") {
        k += 1;
    }
    if matches!(w(k), "the" | "The") && w(k + 1) == "same" {
        k += 2;
    } else if matches!(w(k), "that" | "That") {
        k += 1;
    } else {
        return None;
    }
    // ("that day's events" too; not "that year-end": one token.)
    matches!(w(k), "year" | "month" | "week" | "day").then_some(k)
}

/// The day written in figures from token `i` (five tokens, nothing between them): its ISO day
/// where the order of day and month shows ("12/25/2016", "25/12/2016", "3/3/16"), `Some(None)`
/// where it cannot ("3/10/16" is March 10 in Washington and 3 October in London).
fn slashed_day(tokens: &[Token<'_>], i: usize) -> Option<Option<String>> {
    let t = tokens.get(i..i + 5)?;
    if t[1].text != "/" || t[3].text != "/" || t.windows(2).any(|p| p[0].bend != p[1].bstart) {
        return None;
    }
    let figures = |s: &str, n: std::ops::RangeInclusive<usize>| {
        (n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (a, b) = (figures(t[0].text, 1..=2)?, figures(t[2].text, 1..=2)?);
    let y = figures(t[4].text, 2..=4).filter(|_| t[4].text.len() != 3)?;
    let y = match t[4].text.len() {
        2 if y < 50 => 2000 + y,
        2 => 1900 + y,
        _ => y,
    };
    let (m, d) = match (a > 12, b > 12) {
        (true, false) => (b, a),
        (false, true) => (a, b),
        (false, false) if a == b => (a, b),
        (false, false) => return Some(None),
        (true, true) => return None,
    };
    NaiveDate::from_ymd_opt(y as i32, m, d).map(|d| Some(d.to_string()))
}

/// The day of an ordinal in figures or words: "20th", "4th", "first".
fn ordinal_day(word: &str) -> Option<u32> {
    if ordinal_number(word) {
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        return digits.parse().ok().filter(|d| (1..=31).contains(d));
    }
    None
}

/// An ordinal written in figures: "20th", "21st", "2nd".
fn ordinal_number(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// Does a date's text name a stretch of time ("recent years", "the past decade") rather than
/// a point in it?
pub fn is_stretch(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or(text);
    matches!(
        last,
        "years"
            | "decades"
            | "months"
            | "weeks"
            | "days"
            | "hours"
            | "decade"
            | "century"
            | "centuries"
    )
}

/// A month and a day of it.
type MonthDay = (u32, u32);

/// Named days, with their month and day when they have a fixed one.
const HOLIDAYS: &[(&str, Option<MonthDay>)] = &[
    ("New Year's Day", Some((1, 1))),
    ("New Year’s Day", Some((1, 1))),
    ("New Year's Eve", Some((12, 31))),
    ("New Year’s Eve", Some((12, 31))),
    ("Valentine's Day", Some((2, 14))),
    ("Valentine’s Day", Some((2, 14))),
    ("Christmas Eve", Some((12, 24))),
    ("Christmas Day", Some((12, 25))),
    ("Christmas", Some((12, 25))),
    ("Boxing Day", Some((12, 26))),
    ("Halloween", Some((10, 31))),
    ("Veterans Day", Some((11, 11))),
    ("Election Day", None),
    ("Thanksgiving Day", None),
    ("Thanksgiving", None),
    ("Independence Day", None),
    ("Labor Day", None),
    ("Memorial Day", None),
    ("Easter Sunday", None),
    ("Easter", None),
    ("Super Tuesday", None),
    ("Black Friday", None),
    ("Cyber Monday", None),
    ("Good Friday", None),
    ("Mother's Day", None),
    ("Mother’s Day", None),
    ("Father's Day", None),
    ("Father’s Day", None),
    ("Presidents Day", None),
    ("Presidents' Day", None),
    ("Presidents’ Day", None),
    ("Martin Luther King Day", None),
    ("Columbus Day", None),
    ("Remembrance Day", Some((11, 11))),
    ("Armistice Day", Some((11, 11))),
    ("Yom Kippur", None),
    ("Rosh Hashanah", None),
    ("Passover", None),
    ("Ramadan", None),
    ("Hanukkah", None),
    ("Diwali", None),
];

/// A named day at token `i`: its last token and its fixed month and day, if any.
fn holiday(
    tokens: &[Token<'_>],
    text: &str,
    i: usize,
) -> Option<(usize, &'static str, Option<MonthDay>)> {
    let first = tokens[i].text.as_bytes().first()?;
    if !matches!(
        first,
        b'N' | b'V'
            | b'C'
            | b'B'
            | b'H'
            | b'E'
            | b'T'
            | b'I'
            | b'L'
            | b'M'
            | b'S'
            | b'G'
            | b'F'
            | b'P'
            | b'R'
            | b'A'
            | b'Y'
            | b'D'
    ) {
        return None;
    }
    let rest = &text[tokens[i].bstart..];
    let (name, fixed) = HOLIDAYS.iter().find(|(h, _)| {
        rest.starts_with(h) && !rest[h.len()..].starts_with(|c: char| c.is_alphanumeric())
    })?;
    let end_byte = tokens[i].bstart + name.len();
    let end = (i..tokens.len()).find(|&k| tokens[k].bend == end_byte)?;
    Some((end, *name, *fixed))
}

/// The day a holiday without a fixed date falls on in `year`: the US ones by their rule
/// (Election Day, the first Tuesday after the first Monday of November; Thanksgiving, the fourth
/// Thursday of November; …) and Easter by the Gregorian computus. `None` for the others.
fn floating_day(name: &str, year: i32) -> Option<NaiveDate> {
    let nth = |m: u32, wd: Weekday, n: u8| NaiveDate::from_weekday_of_month_opt(year, m, wd, n);
    let thanksgiving = || nth(11, Weekday::Thu, 4);
    match name {
        "Election Day" => nth(11, Weekday::Mon, 1).map(|d| d + Duration::days(1)),
        "Thanksgiving" | "Thanksgiving Day" => thanksgiving(),
        "Black Friday" => thanksgiving().map(|d| d + Duration::days(1)),
        "Cyber Monday" => thanksgiving().map(|d| d + Duration::days(4)),
        "Labor Day" => nth(9, Weekday::Mon, 1),
        "Memorial Day" => nth(5, Weekday::Mon, 5).or_else(|| nth(5, Weekday::Mon, 4)),
        "Presidents Day" | "Presidents' Day" => nth(2, Weekday::Mon, 3),
        "Easter" | "Easter Sunday" => easter(year),
        "Good Friday" => easter(year).map(|d| d - Duration::days(2)),
        _ => None,
    }
}

/// Easter Sunday of `year` (the anonymous Gregorian algorithm).
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// A floating holiday's date nearest `base` (last year's, this year's or next year's). Election
/// Day is the year's own: news talks of the coming vote from January, and of the one just held
/// in December.
fn floating_value(name: &str, base: NaiveDate) -> Option<String> {
    let y = base.year();
    if name == "Election Day" {
        return floating_day(name, y).map(|d| d.to_string());
    }
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|yy| floating_day(name, yy))
        .min_by_key(|d| (*d - base).num_days().abs())
        .map(|d| d.to_string())
}

/// A preposition that puts a date after it: "in 1992", "since January", "until June 3".
fn is_date_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "of"
            | "from"
            | "to"
            | "before"
            | "after"
            | "during"
            | "through"
            | "between"
    )
}

/// The year of "this", "last" or "next" `season` said in `month` of `year`: "next spring" in
/// January is this year's, in June next year's; "last summer" in March is last year's. Winter
/// (December to February) is valued by the year it opens. `None` for other periods.
fn season_year(rel: &str, season: &str, month: u32, year: i32) -> Option<i32> {
    let (first, last) = match season {
        "spring" => (3, 5),
        "summer" => (6, 8),
        "fall" | "autumn" => (9, 11),
        "winter" => (12, 14),
        _ => return None,
    };
    // Months counted from the season's year: January and February belong to last winter.
    let (m, y) = if season == "winter" && month <= 2 {
        (month + 12, year - 1)
    } else {
        (month, year)
    };
    Some(match rel {
        "this" => y,
        "next" if m < first => y,
        "next" => y + 1,
        "last" if m > last => y,
        "last" => y - 1,
        _ => return None,
    })
}

/// A preposition of time before a season: "over the summer", "in winter".
fn is_season_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "over"
            | "during"
            | "since"
            | "through"
            | "throughout"
            | "until"
            | "till"
            | "by"
            | "before"
            | "after"
            | "into"
    )
}

/// A part of a day after "this", "last" or "next": "this morning", "last night".
fn is_part_of_day(word: &str) -> bool {
    matches!(word, "morning" | "afternoon" | "evening" | "night")
}

/// A period after "this", "last" or "next" with no single calendar value: "last season",
/// "this summer", "next weekend".
fn is_period(word: &str) -> bool {
    matches!(
        word,
        "season"
            | "weekend"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "quarter"
            | "decade"
            | "century"
    )
}

/// A month's name standing alone as a date: a full name (not an abbreviation, and never
/// "May", which is mostly the verb), "March" only after a word that introduces a date ("in",
/// "since", "the"…), and "April", "June" or "August" not before a capitalised word ("June
/// Carter").
fn bare_month(tokens: &[Token<'_>], i: usize) -> bool {
    let t = tokens[i].text;
    // "a March Bloomberg article", "her May comment", "Florida's March primary": a month after
    // a determiner or a possessive, before what it dates, whatever the month.
    let owned = i.checked_sub(1).is_some_and(|p| {
        tokens[p].sentence == tokens[i].sentence
            && (matches!(
                tokens[p].text,
                "a" | "A"
                    | "her"
                    | "Her"
                    | "his"
                    | "His"
                    | "their"
                    | "Their"
                    | "its"
                    | "our"
                    | "Our"
            ) || (tokens[p].text == "s" && p > 0 && matches!(tokens[p - 1].text, "'" | "’")))
    });
    let before_noun = tokens.get(i + 1).is_some_and(|n| {
        n.sentence == tokens[i].sentence && n.is_word() && !n.text.ends_with("ly")
    });
    if owned
        && before_noun
        && month_number(t).is_some()
        && (t == "May" || !is_month_abbreviation(t))
        && t.as_bytes()[0].is_ascii_uppercase()
        && !t.bytes().all(|b| b.is_ascii_uppercase())
    {
        return true;
    }
    // "until May", "from March through May": after a preposition that only a date follows,
    // "May" is no verb (not after "by" or "in": "written by May", "in May" is read before).
    if t == "May"
        && i.checked_sub(1).is_some_and(|p| {
            tokens[p].sentence == tokens[i].sentence
                && matches!(
                    tokens[p].text,
                    "until"
                        | "Until"
                        | "till"
                        | "since"
                        | "Since"
                        | "through"
                        | "during"
                        | "between"
                )
        })
    {
        return true;
    }
    if t.len() < 4 || t == "Sept" || t == "May" || !t.as_bytes()[0].is_ascii_uppercase() {
        return false;
    }
    // All capitals is a headline or a table heading.
    if t.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let prev = i
        .checked_sub(1)
        .filter(|&p| tokens[p].sentence == tokens[i].sentence)
        .map_or("", |p| tokens[p].text);
    let prev = prev.to_ascii_lowercase();
    let introduced =
        is_date_preposition(&prev) || matches!(prev.as_str(), "the" | "on" | "for" | "and" | "or");
    let next = tokens
        .get(i + 1)
        .filter(|n| n.sentence == tokens[i].sentence);
    let before_name = next.is_some_and(|n| {
        n.text.chars().next().is_some_and(char::is_uppercase)
            && !n.text.bytes().all(|b| b.is_ascii_uppercase())
    });
    match t {
        "March" => introduced,
        "April" | "June" | "August" => !before_name,
        _ => true,
    }
}

/// Whether the month at `i` names a vote ("the November election", "a hypothetical November
/// contest", "an early May run-off") that its clause does not tell as held: news talks of the
/// coming vote from the start of the year.
fn vote_month(tokens: &[Token<'_>], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|t| {
        matches!(
            t.text,
            "election"
                | "elections"
                | "contest"
                | "ballot"
                | "vote"
                | "referendum"
                | "midterms"
                | "runoff"
                | "run-off"
                | "primary"
                | "primaries"
                | "caucus"
                | "caucuses"
                | "general"
        )
    }) && !matches!(tense_at(tokens, i), Some(Tense::Past))
}

/// The month `m` a news article means: news looks back more than ahead, so the month within
/// the seven before `base` or the four after it.
fn nearest_month(base: NaiveDate, m: u32) -> String {
    format!("{:04}-{m:02}", nearest_month_year(base, m))
}

/// The year of month `m` half a year or so from `base` either way, where the nearest is a
/// guess: the clause's tense decides ("he'll be competitive in November" in May is this
/// year's), else [`nearest_month_year`].
fn month_year_in_tense(base: NaiveDate, m: u32, tense: Option<Tense>) -> i32 {
    let ahead = (m as i32 - 1 - base.month0() as i32).rem_euclid(12);
    match tense {
        Some(Tense::Future) if (5..=7).contains(&ahead) => {
            base.year() + i32::from(m <= base.month())
        }
        Some(Tense::Past) if (5..=7).contains(&(12 - ahead)) => {
            base.year() - i32::from(m > base.month())
        }
        _ => nearest_month_year(base, m),
    }
}

/// The year of [`nearest_month`].
fn nearest_month_year(base: NaiveDate, m: u32) -> i32 {
    month_year_in_window(base, m, -7..=4)
}

/// Month `m` within `window` months of `base`'s (12 months wide), as "YYYY-MM".
fn month_in_window(base: NaiveDate, m: u32, window: std::ops::RangeInclusive<i32>) -> String {
    format!("{:04}-{m:02}", month_year_in_window(base, m, window))
}

fn month_year_in_window(base: NaiveDate, m: u32, window: std::ops::RangeInclusive<i32>) -> i32 {
    let here = base.year() * 12 + base.month0() as i32;
    [base.year() - 1, base.year(), base.year() + 1]
        .into_iter()
        .find(|&y| window.contains(&(y * 12 + m as i32 - 1 - here)))
        .unwrap_or(base.year())
}

/// The calendar unit of "… ago": years, months, weeks or days.
pub(super) fn ago_unit(word: &str) -> Option<char> {
    Some(match word {
        "year" | "years" => 'y',
        "month" | "months" => 'm',
        "week" | "weeks" => 'w',
        "day" | "days" => 'd',
        "decade" | "decades" => 'D',
        _ => return None,
    })
}

/// The month `delta` months from `base`'s, as "YYYY-MM".
fn month_from(base: NaiveDate, delta: i32) -> String {
    let m0 = base.year() * 12 + base.month0() as i32 + delta;
    format!("{:04}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1)
}

/// `n` units before `base`, at the precision the unit gives: a year, a month or a day.
fn ago(base: NaiveDate, n: i32, unit: char) -> String {
    match unit {
        'y' => format!("{:04}", base.year() - n),
        'D' => format!("{:04}", base.year() - 10 * n),
        'm' => month_from(base, -n),
        'w' => (base - Duration::weeks(n as i64)).to_string(),
        _ => (base - Duration::days(n as i64)).to_string(),
    }
}

/// ISO day for month/day, with the stated year or else the one nearest the article date.
fn day_value(y: Option<i32>, m: u32, d: u32, base: Option<NaiveDate>) -> Option<String> {
    let y = y.or_else(|| base.map(|b| nearest_year(b, m, d)))?;
    NaiveDate::from_ymd_opt(y, m, d).map(|d| d.to_string())
}

/// The year that puts month/day nearest the base date (within six months).
fn nearest_year(base: NaiveDate, m: u32, d: u32) -> i32 {
    let y = base.year();
    let cands = [y - 1, y, y + 1];
    cands
        .into_iter()
        .filter_map(|yy| {
            NaiveDate::from_ymd_opt(yy, m, d).map(|dt| (yy, (dt - base).num_days().abs()))
        })
        .min_by_key(|(_, diff)| *diff)
        .map(|(yy, _)| yy)
        .unwrap_or(y)
}

#[cfg(test)]
mod tests {
    use super::super::text::tokenize;
    use super::*;

    #[test]
    fn a_weekday_in_a_papers_or_a_programmes_name_is_no_date() {
        let text = "The Sunday Times said on Sunday that Saturday Night Live and the Mail on \
                    Sunday would not air Monday.";
        let found = find(
            &tokenize(text),
            text,
            Some(NaiveDate::from_ymd_opt(2020, 6, 3).unwrap()),
        );
        let texts: Vec<_> = found.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["Sunday", "Monday"]);
        assert_eq!(found[0].start, "The Sunday Times said on ".len());
    }

    #[test]
    fn the_pre_filter_lets_every_opening_word_through_and_stops_plain_words() {
        for w in [
            "2016",
            "9",
            "June",
            "Tuesday",
            "Christmas",
            "The",
            "this",
            "the",
            "later",
            "in",
            "during",
            "of",
            "recent",
            "past",
            "a",
            "few",
            "several",
            "two",
            "dozens",
            "years",
            "decades",
            "yesterday",
            "tonight",
            "mid-March",
            "that",
        ] {
            assert!(may_open(w), "{w}");
        }
        for w in [
            "said",
            "government",
            "“",
            ",",
            "Москва",
            "iPhone",
            "ago",
            "year",
            "",
            "Obama",
            "Senate",
        ] {
            assert!(!may_open(w), "{w}");
        }
        // Every holiday opens at its first token.
        for (name, _) in HOLIDAYS {
            let first = tokenize(name)[0].text;
            assert!(may_open(first), "{name}");
        }
        // What the skipped words would have opened is still found from the word that opens it.
        let found = find(
            &tokenize("He left two years ago, during the summer, and returns later in the week."),
            "He left two years ago, during the summer, and returns later in the week.",
            Some(NaiveDate::from_ymd_opt(2020, 6, 3).unwrap()),
        );
        let texts: Vec<_> = found.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["two years ago", "the summer", "later in the week"]);
    }

    fn dates(s: &str, base: Option<&str>) -> Vec<(String, Option<String>)> {
        let base = base.map(|b| NaiveDate::parse_from_str(b, "%Y-%m-%d").unwrap());
        find(&tokenize(s), s, base)
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    #[test]
    fn days_in_figures_and_ordinal_days_of_a_month() {
        assert_eq!(
            dates(
                "on 12/25/2016, 25/12/2016, 3/3/16 and 3/10/16; on the 20th of January and \
                 the 4th of July 2015; 9/11 and a 50/50 split",
                Some("2016-03-10")
            ),
            [
                ("12/25/2016".into(), Some("2016-12-25".into())),
                ("25/12/2016".into(), Some("2016-12-25".into())),
                ("3/3/16".into(), Some("2016-03-03".into())),
                // (March 10 or 3 October: which, the figures do not say.)
                ("3/10/16".into(), None),
                ("the 20th of January".into(), Some("2016-01-20".into())),
                ("the 4th of July 2015".into(), Some("2015-07-04".into())),
                ("9/11".into(), Some("2001-09-11".into())),
            ]
        );
    }

    #[test]
    fn vague_ago_decades_centuries_spans_and_that_year() {
        let d = dates(
            "several years ago, a few days ago, decades ago, a decade ago and two decades ago; \
             in the mid-1990s and the '80s, in the 20th century, in 1948-1982 and the 2016-17 \
             season",
            Some("2016-03-10"),
        );
        assert_eq!(
            d,
            [
                ("several years ago".into(), None),
                ("a few days ago".into(), None),
                ("decades ago".into(), None),
                ("a decade ago".into(), Some("2006".into())),
                ("two decades ago".into(), Some("1996".into())),
                ("mid-1990s".into(), None),
                ("'80s".into(), None),
                ("the 20th century".into(), None),
                ("1948-1982".into(), Some("1948".into())),
                ("2016-17".into(), None),
            ]
        );
        // "that year", "later that day": the time given last, at the precision asked for.
        assert_eq!(
            dates(
                "He won in 2008, and that year he moved. On May 3, 2016, he spoke; later that \
                 day he left, and that month he quit.",
                None
            ),
            [
                ("2008".into(), Some("2008".into())),
                ("that year".into(), Some("2008".into())),
                ("May 3, 2016".into(), Some("2016-05-03".into())),
                ("later that day".into(), Some("2016-05-03".into())),
                ("that month".into(), Some("2016-05".into())),
            ]
        );
        // Temperatures, scores and ages are no decades.
        assert!(dates("temperatures in the 60s; she is in her mid-30s", None).is_empty());
        // A quarter or a half of a year named with it is one date, valued by the year.
        assert_eq!(
            dates(
                "in the first quarter of 2016 and the second half of 2015",
                None
            ),
            [
                ("the first quarter of 2016".into(), Some("2016".into())),
                ("the second half of 2015".into(), Some("2015".into())),
            ]
        );
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(
            dates(
                "on June 4 and in July 2014, ties since 1992",
                Some("2025-06-10")
            ),
            [
                ("June 4".into(), Some("2025-06-04".into())),
                ("July 2014".into(), Some("2014-07".into())),
                ("1992".into(), Some("1992".into())),
            ]
        );
        assert_eq!(
            dates("published 2025-10-31", None)[0].1.as_deref(),
            Some("2025-10-31")
        );
    }

    #[test]
    fn relative_dates_resolve_against_the_article_date() {
        // 2025-10-31 is a Friday.
        let d = dates(
            "from Thursday to Saturday; next year and last year; this November",
            Some("2025-10-31"),
        );
        let v: Vec<_> = d.iter().map(|x| x.1.clone().unwrap()).collect();
        assert_eq!(v, ["2025-10-30", "2025-11-01", "2026", "2024", "2025-11"]);
    }

    #[test]
    fn a_weekday_points_where_its_clause_s_tense_does() {
        // 2016-02-08 is a Monday.
        let v = |s: &str| -> Vec<String> {
            dates(s, Some("2016-02-08"))
                .into_iter()
                .map(|d| d.1.unwrap())
                .collect()
        };
        // The past: "said Tuesday" is last week's Tuesday, not tomorrow.
        assert_eq!(
            v("Clinton said Tuesday that she would win."),
            ["2016-02-02"]
        );
        assert_eq!(v("On Tuesday, Clinton said she would win."), ["2016-02-02"]);
        assert_eq!(
            v("Sanders campaigned in Concord on Thursday."),
            ["2016-02-04"]
        );
        // What came "since" a day is past: last Friday, not the nearer one ahead (2016-02-10
        // is a Wednesday).
        assert_eq!(
            dates(
                "The campaign has been reeling since Comey's Friday announcement.",
                Some("2016-02-10")
            ),
            [("Friday".into(), Some("2016-02-05".into()))]
        );
        // The future: "will … Friday" is this week's Friday, not last week's.
        assert_eq!(v("Voters will go to the polls on Friday."), ["2016-02-12"]);
        assert_eq!(v("He is scheduled to speak Saturday."), ["2016-02-13"]);
        // A participle is no past tense; "was to" looks ahead.
        assert_eq!(
            v("The first votes will be counted Tuesday."),
            ["2016-02-09"]
        );
        assert_eq!(
            v("He will speak in Cleveland on Monday, followed by Pittsburgh on Tuesday."),
            ["2016-02-08", "2016-02-09"]
        );
        assert_eq!(v("It was to report earnings on Wednesday."), ["2016-02-10"]);
        assert_eq!(
            v("The department plans to publicly post a few hundred more pages on Friday."),
            ["2016-02-12"]
        );
        assert_eq!(
            v("Nancy Reagan, who died Sunday at age 94, will be missed."),
            ["2016-02-07"]
        );
        assert_eq!(
            v("They kept going until nearly 2 a.m. Friday."),
            ["2016-02-05"]
        );
        // The past's future goes either way; a new clause has its own tense.
        assert_eq!(
            v("Trump was set to headline a fundraiser Tuesday."),
            ["2016-02-09"]
        );
        assert_eq!(v("It hurt Clinton ahead of Friday's vote."), ["2016-02-12"]);
        // "last", "next" and "this" say which way, and belong to the date.
        let d = dates(
            "The race of last Friday and next Friday; last Monday, next Monday; this Friday.",
            Some("2016-02-08"),
        );
        assert_eq!(
            d,
            [
                ("last Friday".into(), Some("2016-02-05".into())),
                ("next Friday".into(), Some("2016-02-12".into())),
                ("last Monday".into(), Some("2016-02-01".into())),
                ("next Monday".into(), Some("2016-02-15".into())),
                ("this Friday".into(), Some("2016-02-12".into())),
            ]
        );
        assert_eq!(v("This Tuesday the two met."), ["2016-02-02"]);
        assert_eq!(
            v("in mid-March and by mid-June 2015"),
            ["2016-03", "2015-06"]
        );
        assert_eq!(
            dates("He rested over the weekend.", Some("2016-02-08")),
            [("the weekend".into(), None)]
        );
        assert!(dates("he told USA TODAY's video series", Some("2016-02-08")).is_empty());
        assert_eq!(
            dates("on the last Friday in August", Some("2016-02-08"))[0],
            ("last Friday".into(), None)
        );
        assert_eq!(
            v("O'Ree said from Boston, where Saturday afternoon he'll be honored."),
            ["2016-02-13"]
        );
        assert_eq!(
            v("The pair were detained aboard the ship on Tuesday."),
            ["2016-02-02"]
        );
        // No tense: the nearest, as before.
        assert_eq!(v("Tuesday: the New Hampshire primary."), ["2016-02-09"]);
    }

    #[test]
    fn agency_style_abbreviations_decades_and_ago() {
        assert_eq!(
            dates(
                "on Jan. 5, 2016, in Sept. 2007 and on Feb. 3",
                Some("2016-03-10")
            ),
            [
                ("Jan. 5, 2016".into(), Some("2016-01-05".into())),
                ("Sept. 2007".into(), Some("2007-09".into())),
                ("Feb. 3".into(), Some("2016-02-03".into())),
            ]
        );
        let d = dates(
            "two years ago, 3 months ago and ten days ago; in the 1990s; by mid-2020 or late 2021; \
             since the 1970’s",
            Some("2016-03-10"),
        );
        assert_eq!(
            d,
            [
                ("two years ago".into(), Some("2014".into())),
                ("3 months ago".into(), Some("2015-12".into())),
                ("ten days ago".into(), Some("2016-02-29".into())),
                ("1990s".into(), None),
                ("mid-2020".into(), Some("2020".into())),
                ("2021".into(), Some("2021".into())),
                ("1970’s".into(), None),
            ]
        );
        // "four years later" is a point in time, dated from a year given before it in the
        // sentence; with none (or counted in days), it has no value.
        assert_eq!(
            dates(
                "Obama won the state in 2008 but lost it four years later. Five years earlier, \
                 it voted. Three days later, he left.",
                Some("2016-03-10")
            ),
            [
                ("2008".into(), Some("2008".into())),
                ("four years later".into(), Some("2012".into())),
                ("Five years earlier".into(), None),
                ("Three days later".into(), None),
            ]
        );
        // A sentence ending in a month's name is not an abbreviation.
        assert_eq!(
            dates("They met in May. 5 people came.", None),
            [("May".into(), None)]
        );
    }

    #[test]
    fn a_month_named_alone_is_the_one_nearest_the_article() {
        let d = dates(
            "Spending has been flat since January, before the November election; September crude fell.",
            Some("1996-08-30"),
        );
        assert_eq!(
            d,
            [
                ("January".into(), Some("1996-01".into())),
                ("November".into(), Some("1996-11".into())),
                ("September".into(), Some("1996-09".into())),
            ]
        );
        // A vote in that month is the coming one from January on ("a hypothetical November
        // contest" in May); in December, the one just gone.
        assert_eq!(
            dates(
                "Clinton would win a hypothetical November contest.",
                Some("2016-05-27")
            ),
            [("November".into(), Some("2016-11".into()))]
        );
        assert_eq!(
            dates(
                "Polls see Le Pen making it to an early May run-off.",
                Some("2016-08-31")
            ),
            [("May".into(), Some("2017-05".into()))]
        );
        assert_eq!(
            dates(
                "Since the November election, prices fell.",
                Some("2016-12-20")
            ),
            [("November".into(), Some("2016-11".into()))]
        );
        assert_eq!(
            dates(
                "Before the November election, prices will rise.",
                Some("2016-01-20")
            ),
            [("November".into(), Some("2016-11".into()))]
        );
        assert_eq!(
            dates("from November of last year", Some("1996-08-30")),
            [("November of last year".into(), Some("1995-11".into()))]
        );
        // "in", "early", "late": the nearest too ("this" is this year's).
        assert_eq!(
            dates(
                "The state will hold a contest in February. Ali rebuked Trump in December. \
                 It opens this November.",
                Some("2015-12-15"),
            ),
            [
                ("February".into(), Some("2016-02".into())),
                ("December".into(), Some("2015-12".into())),
                ("this November".into(), Some("2015-11".into())),
            ]
        );
        assert_eq!(
            dates(
                "He signed a truce in February of 2005. In January this year, 300 came.",
                Some("2007-12-31")
            ),
            [
                ("February of 2005".into(), Some("2005-02".into())),
                ("January this year".into(), Some("2007-01".into())),
            ]
        );
        // Half a year away either way, the tense decides.
        assert_eq!(
            dates(
                "Trump will be very competitive in November. He lost in November.",
                Some("2016-05-12")
            ),
            [
                ("November".into(), Some("2016-11".into())),
                ("November".into(), Some("2015-11".into())),
            ]
        );
        assert_eq!(
            dates("Ali rebuked Trump in early December.", Some("2016-06-05")),
            [("December".into(), Some("2015-12".into()))]
        );
        // "May" the verb, "March" the verb and "June" the given name are no dates.
        assert!(dates("Troops march on. Prices may fall. June Carter sang.", None).is_empty());
        assert_eq!(dates("in March", None).len(), 1);
        // A heading in capitals is left alone.
        assert!(dates("SEPTEMBER RESULTS", None).is_empty());
        // After a determiner or a possessive, before what it dates, any month is a date.
        assert_eq!(
            dates(
                "A March Bloomberg article cited her May comment and Florida's March primary.",
                Some("2016-07-03"),
            ),
            [
                ("March".into(), Some("2016-03".into())),
                ("May".into(), Some("2016-05".into())),
                ("March".into(), Some("2016-03".into())),
            ]
        );
        assert!(dates("Theresa May spoke; it may rain; a march began.", None).is_empty());
    }

    #[test]
    fn a_season_is_valued_by_its_year() {
        assert_eq!(season_year("next", "spring", 1, 2024), Some(2024));
        assert_eq!(season_year("next", "spring", 6, 2024), Some(2025));
        assert_eq!(season_year("last", "summer", 3, 2024), Some(2023));
        assert_eq!(season_year("last", "summer", 10, 2024), Some(2024));
        // Winter opens in December: in February, last winter opened the year before.
        assert_eq!(season_year("this", "winter", 2, 2024), Some(2023));
        assert_eq!(season_year("last", "winter", 3, 2024), Some(2023));
        assert_eq!(season_year("next", "winter", 3, 2024), Some(2024));
        assert_eq!(season_year("last", "season", 3, 2024), None);
        assert_eq!(
            dates(
                "Work begins next spring; last season was long.",
                Some("2024-07-01")
            ),
            [
                ("next spring".into(), Some("2025".into())),
                ("last season".into(), None)
            ]
        );
    }

    #[test]
    fn a_year_before_what_it_dates() {
        let d = dates(
            "the 1988 bombing, its 1995 profits, bonds due 2023 and guidance for 1997",
            None,
        );
        let v: Vec<&str> = d.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(v, ["1988", "1995", "2023", "1997"]);
        // A round number after a determiner counts something.
        assert!(dates("the 2000 workers and a 1500 metre race", None).is_empty());
        // Unless what follows is dated: an election, a campaign, a race.
        let d = dates(
            "by the 2000 election; Gore's 2000 presidential campaign; the firm's 1500 workers",
            None,
        );
        let v: Vec<&str> = d.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(v, ["2000", "2000"]);
    }

    #[test]
    fn ranges_quarters_capitals_and_a_week_ago() {
        let d = dates(
            "matches March 1-2, growth in the third quarter, RESULTS FRIDAY, seized a week ago",
            Some("1996-08-30"),
        );
        assert_eq!(
            d,
            [
                ("March 1-2".into(), Some("1996-03-01".into())),
                ("the third quarter".into(), None),
                ("FRIDAY".into(), Some("1996-08-30".into())),
                ("a week ago".into(), Some("1996-08-23".into())),
            ]
        );
        // Not a range of days, and not a capitalised word.
        assert!(dates("the score was March 2-1; FRIDAYS", None).is_empty());
        assert!(dates("a friday or FriDay sale", None).is_empty());
    }

    #[test]
    fn parts_of_days_and_periods() {
        let d = dates(
            "said this morning, after last night and tonight; last season and this summer",
            Some("2025-10-31"),
        );
        assert_eq!(
            d,
            [
                ("this morning".into(), Some("2025-10-31".into())),
                ("last night".into(), Some("2025-10-30".into())),
                ("tonight".into(), Some("2025-10-31".into())),
                ("last season".into(), None),
                ("this summer".into(), Some("2025".into())),
            ]
        );
    }

    #[test]
    fn nine_eleven_is_the_attacks_day() {
        assert_eq!(
            dates(
                "After the 9/11 attacks and since 9/11, on 9/11/2020.",
                Some("2016-05-03")
            ),
            [
                ("9/11".into(), Some("2001-09-11".into())),
                ("9/11".into(), Some("2001-09-11".into())),
                // (A day in figures, not the attacks': September 11 or 9 November.)
                ("9/11/2020".into(), None),
            ]
        );
    }

    #[test]
    fn the_end_of_a_year_or_a_month_is_valued_by_it() {
        let d = dates(
            "By the end of the year, at the start of next year and by the end of the month; \
             until the end of 2017. At the end of the day it won.",
            Some("2016-05-03"),
        );
        assert_eq!(
            d,
            [
                ("the end of the year".into(), Some("2016".into())),
                ("the start of next year".into(), Some("2017".into())),
                ("the end of the month".into(), Some("2016-05".into())),
                ("the end of 2017".into(), Some("2017".into())),
            ]
        );
    }

    #[test]
    fn a_season_after_a_preposition_of_time_has_no_year() {
        let d = dates(
            "Sales grew over the summer, fell in winter and rose since the spring.",
            Some("2025-10-31"),
        );
        assert_eq!(
            d,
            [
                ("the summer".into(), None),
                ("winter".into(), None),
                ("the spring".into(), None),
            ]
        );
        // "the fall of Saigon" is an event; "a fall in prices" a drop; "the summer of 2016" is
        // read with its year.
        assert!(dates("After the fall of Saigon, prices saw a fall in May.", None).len() == 1);
        assert_eq!(
            dates("For much of the summer and over the years he ran.", None),
            [("the summer".into(), None), ("the years".into(), None)]
        );
        assert!(dates("At the end of the fall of Rome.", None).is_empty());
        assert_eq!(
            dates(
                "Later in the week the vote comes; earlier in the day he spoke, and later in the \
                 year he retires.",
                Some("2016-05-27")
            ),
            [
                ("Later in the week".into(), None),
                ("earlier in the day".into(), Some("2016-05-27".into())),
                ("later in the year".into(), Some("2016".into())),
            ]
        );
        assert_eq!(
            dates("In the summer of 2016 he ran.", None),
            [("summer of 2016".into(), Some("2016".into()))]
        );
        // "May" after a preposition only a date follows; not the verb or the name.
        assert_eq!(
            dates(
                "He paid until May, from March through May.",
                Some("2016-08-01")
            ),
            [
                ("May".into(), Some("2016-05".into())),
                ("March".into(), Some("2016-03".into())),
                ("May".into(), Some("2016-05".into())),
            ]
        );
        assert!(dates("It was written by May. You may go.", None).is_empty());
    }

    #[test]
    fn unknown_base_keeps_text_without_value() {
        assert_eq!(dates("on Tuesday", None), [("Tuesday".into(), None)]);
    }

    #[test]
    fn may_as_a_verb_is_not_a_month() {
        assert!(dates("they may 4 times", Some("2025-01-01")).is_empty());
    }

    #[test]
    fn years_coordinated_bracketed_or_before_what_they_date() {
        let v = |s: &str| dates(s, None).into_iter().map(|d| d.0).collect::<Vec<_>>();
        assert_eq!(v("Obama in 2008 and 2012."), ["2008", "2012"]);
        assert_eq!(
            v("it takes effect in 2020 rather than 2018"),
            ["2020", "2018"]
        );
        assert_eq!(v("“Yes to minaret ban” (2009)."), ["2009"]);
        assert_eq!(v("held rates throughout 2016"), ["2016"]);
        assert_eq!(
            v("that 2012 remark by the party’s 2012 nominee and any 2016 presidential candidates"),
            ["2012", "2012", "2016"]
        );
        // Counts, clock times, amounts and numbers in a name are no years.
        assert_eq!(
            v("killed 1987 people at 1930 GMT; paid $ 2015 for No. 1995 and 12 1996 runs"),
            Vec::<String>::new()
        );
        assert!(v("the 2000 workers").is_empty());
        // A year as a clause's subject: "is" is no plural.
        assert_eq!(v("She added that 2016 is going to be hard."), ["2016"]);
    }

    #[test]
    fn a_season_across_two_years_is_a_date_with_no_single_year() {
        let d = dates(
            "since the 1997-98 team won; the 2016-17 season; from 2007-2008; in mid-year 2007; \
             a 2010-15 plan; the 1996-98 span; 1-0",
            Some("2016-01-01"),
        );
        let v: Vec<(&str, Option<&str>)> =
            d.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
        assert_eq!(
            v,
            [
                ("1997-98", None),
                ("2016-17", None),
                ("2007-2008", None),
                ("2007", Some("2007"))
            ]
        );
    }

    #[test]
    fn a_season_dates_its_year_and_last_fall_is_a_season() {
        let d = dates(
            "in fall 2014, the summer of 2015 and Spring 2012; voters this fall, testimony last \
             fall; this fall in prices",
            Some("2016-07-06"),
        );
        let v: Vec<(&str, Option<&str>)> =
            d.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
        assert_eq!(
            v,
            [
                ("fall 2014", Some("2014")),
                ("summer of 2015", Some("2015")),
                ("Spring 2012", Some("2012")),
                ("this fall", Some("2016")),
                ("last fall", Some("2015")),
            ]
        );
    }

    #[test]
    fn the_new_year_is_the_coming_year_late_in_a_year_and_this_year_early_in_one() {
        let late = dates(
            "a new high early in the new year; a new year begins",
            Some("2007-12-03"),
        );
        let v: Vec<(&str, Option<&str>)> = late
            .iter()
            .map(|x| (x.0.as_str(), x.1.as_deref()))
            .collect();
        assert_eq!(v, [("the new year", Some("2008"))]);
        let early = dates("plans for the new year", Some("2008-01-04"));
        assert_eq!(early[0].1.as_deref(), Some("2008"));
    }

    #[test]
    fn a_year_as_a_clauses_subject_is_a_date() {
        let d = dates(
            "He said that 2016 “is going to be a security election”. 2008 was different. \
             Only 2000 were sold, and 1500 is the limit.",
            None,
        );
        let v: Vec<&str> = d.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(v, ["2016", "2008"]);
    }

    #[test]
    fn stretches_of_time_have_no_value() {
        let d = dates(
            "over the past three decades, in recent years, for the next few months and the last two \
             years, after decades of work; the past decade",
            Some("2016-01-01"),
        );
        let v: Vec<&str> = d.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            v,
            [
                "the past three decades",
                "recent years",
                "the next few months",
                "the last two years",
                "decades",
                "the past decade"
            ]
        );
        assert!(d.iter().all(|x| x.1.is_none()));
        // A count of years is no stretch; nor is an age.
        assert!(dates("he served two years; 40 years old, in years old", None).is_empty());
        // "last year" keeps its value.
        assert_eq!(
            dates("last year", Some("2016-01-01")),
            [("last year".into(), Some("2015".into()))]
        );
        // "the past week", "over the last year", "the next day": times the calendar does not
        // give, whole; but "the last week of June" is a part of June.
        let d = dates(
            "over the past week and the last year; the next day; the last week of June",
            Some("2016-01-01"),
        );
        let v: Vec<(&str, Option<&str>)> =
            d.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
        assert_eq!(
            v,
            [
                ("the past week", None),
                ("the last year", None),
                ("the next day", None),
                ("June", Some("2015-06"))
            ]
        );
    }

    #[test]
    fn named_days() {
        let d = dates(
            "on Christmas Eve, by Election Day, after New Year’s Day and at Christmas; Easter",
            Some("2016-11-01"),
        );
        assert_eq!(
            d,
            [
                ("Christmas Eve".into(), Some("2016-12-24".into())),
                ("Election Day".into(), Some("2016-11-08".into())),
                ("New Year’s Day".into(), Some("2017-01-01".into())),
                ("Christmas".into(), Some("2016-12-25".into())),
                ("Easter".into(), Some("2017-04-16".into())),
            ]
        );
        // Not inside a longer word.
        assert!(dates("the Eastern front and Christmastime", None).is_empty());
        // Shopping days and the holidays of other faiths.
        let d = dates(
            "on Black Friday, during Ramadan, before Yom Kippur and on Remembrance Day",
            Some("2016-11-01"),
        );
        assert_eq!(
            d,
            [
                ("Black Friday".into(), Some("2016-11-25".into())),
                ("Ramadan".into(), None),
                ("Yom Kippur".into(), None),
                ("Remembrance Day".into(), Some("2016-11-11".into())),
            ]
        );
        // The US holidays without a fixed date fall by their rule; Easter by the computus.
        let d = dates(
            "by Thanksgiving, after Memorial Day, on Labor Day and at Good Friday",
            Some("2016-07-01"),
        );
        assert_eq!(
            d,
            [
                ("Thanksgiving".into(), Some("2016-11-24".into())),
                ("Memorial Day".into(), Some("2016-05-30".into())),
                ("Labor Day".into(), Some("2016-09-05".into())),
                ("Good Friday".into(), Some("2016-03-25".into())),
            ]
        );
        assert_eq!(easter(2024), NaiveDate::from_ymd_opt(2024, 3, 31));
        assert_eq!(easter(2025), NaiveDate::from_ymd_opt(2025, 4, 20));
        assert_eq!(
            floating_day("Election Day", 2020),
            NaiveDate::from_ymd_opt(2020, 11, 3)
        );
        assert_eq!(
            dates("before Election Day", Some("2016-02-18")),
            [("Election Day".into(), Some("2016-11-08".into()))]
        );
    }
}
