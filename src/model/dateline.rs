//! The day a date line names, in the ways news pages of many languages write it: "14.03.2024,
//! 18.32 Uhr", "14. März 2024", "Publié le 14 mars 2024", "14 de marzo de 2024", "12 марта 2024",
//! "2024年3月14日 18:32", "2024년 3월 14일", "2024.03.14". English lines go through the date finder
//! of the facts; this serves the rest, so an article in any language gets its date (and the list
//! its order).

use chrono::NaiveDate;

/// Month names (lower case) in the languages whose date lines the boilerplate rules drop, with
/// their number. Genitive forms where a language writes the day before the month that way.
const MONTH_NAMES: &[(&str, u32)] = &[
    // German
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    // Italian
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("dezembro", 12),
    // Dutch, Swedish, Danish, Norwegian
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("april", 4),
    ("mei", 5),
    ("maj", 5),
    ("augustus", 8),
    ("augusti", 8),
    ("august", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("december", 12),
    ("desember", 12),
    ("marts", 3),
    // Polish (genitive)
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    // Polish (nominative)
    ("styczeń", 1),
    ("luty", 2),
    ("marzec", 3),
    ("kwiecień", 4),
    ("czerwiec", 6),
    ("lipiec", 7),
    ("sierpień", 8),
    ("wrzesień", 9),
    ("październik", 10),
    ("listopad", 11),
    ("grudzień", 12),
    // Greek (genitive, and the short forms)
    ("ιανουαρίου", 1),
    ("φεβρουαρίου", 2),
    ("μαρτίου", 3),
    ("απριλίου", 4),
    ("μαΐου", 5),
    ("ιουνίου", 6),
    ("ιουλίου", 7),
    ("αυγούστου", 8),
    ("σεπτεμβρίου", 9),
    ("οκτωβρίου", 10),
    ("νοεμβρίου", 11),
    ("δεκεμβρίου", 12),
    // (and the nominative a date line may print: "Δεκέμβριος 20 2011")
    ("ιανουάριος", 1),
    ("φεβρουάριος", 2),
    ("μάρτιος", 3),
    ("απρίλιος", 4),
    ("μάιος", 5),
    ("ιούνιος", 6),
    ("ιούλιος", 7),
    ("αύγουστος", 8),
    ("σεπτέμβριος", 9),
    ("οκτώβριος", 10),
    ("νοέμβριος", 11),
    ("δεκέμβριος", 12),
    ("ιαν", 1),
    ("φεβ", 2),
    ("μαρ", 3),
    ("απρ", 4),
    ("μαΐ", 5),
    ("μαϊ", 5),
    ("ιουν", 6),
    ("ιουλ", 7),
    ("αυγ", 8),
    ("σεπ", 9),
    ("οκτ", 10),
    ("νοε", 11),
    ("δεκ", 12),
    // Russian (genitive)
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    // Ukrainian (genitive)
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
    // Turkish
    ("ocak", 1),
    ("şubat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("eylül", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("aralık", 12),
];

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTH_NAMES.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

/// Is `lower` (lower case) a month's name in one of these languages? (The boilerplate rules
/// allow them in a date line.)
pub fn is_month_name(lower: &str) -> bool {
    MONTH_NAMES.iter().any(|(n, _)| *n == lower)
}

/// A real calendar day from 1900 to 2099, as ISO 8601.
fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    let y = i32::try_from(y).ok().filter(|y| (1900..2100).contains(y))?;
    NaiveDate::from_ymd_opt(y, m, d).map(|day| day.format("%Y-%m-%d").to_string())
}

fn number(s: &str, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (digits.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// The first day `line` names in one of the forms above, as "YYYY-MM-DD".
pub fn day(line: &str) -> Option<String> {
    // Words and numbers, with the CJK date signs as separators that mark what came before.
    let mut parts: Vec<&str> = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        let sign = matches!(c, '年' | '月' | '日' | '년' | '월' | '일');
        if c.is_alphanumeric() && !sign {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            parts.push(&line[s..i]);
        }
        if sign {
            parts.push(&line[i..i + c.len_utf8()]);
        } else if c == '.' {
            parts.push(".");
        }
    }
    if let Some(s) = start {
        parts.push(&line[s..]);
    }
    let at = |i: usize| parts.get(i).copied().unwrap_or("");
    for i in 0..parts.len() {
        // YYYY年M月D日, YYYY년 M월 D일.
        if let Some(y) = number(at(i), 4..=4)
            && matches!(at(i + 1), "年" | "년")
            && let Some(m) = number(at(i + 2), 1..=2)
            && matches!(at(i + 3), "月" | "월")
            && let Some(d) = number(at(i + 4), 1..=2)
            && let Some(day) = iso(y, m, d)
        {
            return Some(day);
        }
        // DD.MM.YYYY and YYYY.MM.DD.
        if at(i + 1) == "." && at(i + 3) == "." {
            let (a, b, c) = (at(i), at(i + 2), at(i + 4));
            if let (Some(d), Some(m), Some(y)) =
                (number(a, 1..=2), number(b, 1..=2), number(c, 4..=4))
                && let Some(day) = iso(y, m, d)
            {
                return Some(day);
            }
            if let (Some(y), Some(m), Some(d)) =
                (number(a, 4..=4), number(b, 1..=2), number(c, 1..=2))
                && let Some(day) = iso(y, m, d)
            {
                return Some(day);
            }
        }
        // D[.] [de] Month [de|del] YYYY ("1er avril 2024" too).
        if let Some(d) = number(at(i), 1..=2).or_else(|| (at(i) == "1er").then_some(1)) {
            let mut j = i + 1;
            if matches!(at(j), "." | "de") {
                j += 1;
            }
            let Some(m) = month(at(j)) else { continue };
            j += 1;
            if matches!(at(j), "." | "de" | "del") {
                j += 1;
            }
            if let Some(y) = number(at(j), 4..=4)
                && let Some(day) = iso(y, m, d)
            {
                return Some(day);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines_in_many_languages() {
        for (line, want) in [
            ("14.03.2024, 18.32 Uhr", "2024-03-14"),
            ("Stand: 4.3.2024", "2024-03-04"),
            ("14. März 2024, 18:32 Uhr", "2024-03-14"),
            ("Publié le 14 mars 2024 à 18h32", "2024-03-14"),
            ("Mis à jour le 1er avril 2024", "2024-04-01"),
            ("14 de marzo de 2024 - 18:32 CET", "2024-03-14"),
            ("Pubblicato il 14 marzo 2024", "2024-03-14"),
            ("14 de março de 2024", "2024-03-14"),
            ("14 maart 2024 18:32", "2024-03-14"),
            ("12 марта 2024, 14:05", "2024-03-12"),
            ("12 Μαρτίου 2024", "2024-03-12"),
            ("Opublikowano: 14 marca 2024", "2024-03-14"),
            ("14 Mart 2024 18:32", "2024-03-14"),
            ("2024年3月14日 18:32", "2024-03-14"),
            ("입력 2024년 3월 14일 18:32", "2024-03-14"),
            ("2024.03.14 18:32", "2024-03-14"),
        ] {
            assert_eq!(day(line).unwrap_or_default(), want, "{line}");
        }
    }

    #[test]
    fn not_a_day() {
        for line in [
            "31.02.2024",
            "14.13.2024",
            "14 mars",
            "mars 2024",
            "12.5 million",
            "2024年",
            "40 de marzo de 2024",
        ] {
            assert_eq!(day(line), None, "{line}");
        }
    }
}
