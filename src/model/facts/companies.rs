//! A company named in full once ("Johnson Controls Inc", "Jones Medical Industries Inc",
//! "Hindustan Copper Ltd") is named without its legal form after that ("Johnson Controls said",
//! "Jones Medical's shares"): those shorter names are the company too, not people.

use rustc_hash::FxHashSet;

use super::FactKind;
use super::entities::Paragraph;
use super::gazetteer::Gazetteer;

/// A company's legal form, ending its full name.
pub(super) fn legal_form(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Inc"
            | "Corp"
            | "Ltd"
            | "Plc"
            | "PLC"
            | "plc"
            | "SpA"
            | "S.A"
            | "SA"
            | "AG"
            | "NV"
            | "N.V"
            | "AB"
            | "GmbH"
            | "LLC"
            | "Co"
            | "Bhd"
            | "Pty"
    )
}

/// Retypes as organisations the people-like mentions that are a company's name without its
/// legal form, or the first words of it, in every paragraph (`tokens` with their mentions).
/// `surnames`: the surnames of people the story names in full (never a company's short name).
pub fn retype(paragraphs: &mut [Paragraph<'_, '_>], surnames: &FxHashSet<String>) {
    let g = Gazetteer::get();
    // Short names, as lower-case words: "Johnson Controls Inc" gives "johnson controls" and
    // "johnson".
    let mut short: Vec<Vec<String>> = Vec::new();
    for Paragraph { mentions, .. } in paragraphs.iter() {
        for m in mentions.iter() {
            let words: Vec<&str> = m.text.split(' ').collect();
            // (A company named for a person is that person without its legal form: "Bill
            // Clinton Inc.", "Charles Schwab Corp".)
            if m.kind != FactKind::Organization
                || words.len() < 2
                || !words.last().is_some_and(|w| legal_form(w))
                || g.given.contains_key(words[0])
            {
                continue;
            }
            for n in 1..words.len() {
                let key: Vec<String> = words[..n].iter().map(|w| w.to_lowercase()).collect();
                if !short.contains(&key) {
                    short.push(key);
                }
            }
        }
    }
    if short.is_empty() {
        return;
    }
    // (A word of a person's full name is that person's: "Jones" with "Paul Jones" in the story.)
    let mut people = surnames.clone();
    for Paragraph { mentions, .. } in paragraphs.iter() {
        for m in mentions.iter() {
            if m.kind == FactKind::Person
                && m.text.contains(' ')
                && !short.contains(&m.words_lower())
            {
                people.extend(m.text.split(' ').map(str::to_string));
            }
        }
    }
    for Paragraph { mentions, .. } in paragraphs.iter_mut() {
        for m in mentions.iter_mut() {
            if m.kind == FactKind::Person
                && m.title.is_none()
                && !people.contains(&m.text)
                && short.contains(&m.words_lower())
            {
                m.kind = FactKind::Organization;
                m.canonical = None;
                m.weak = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts the names of a story and their kinds after the pass.
    fn assert_kinds(paragraphs: &[&str], want: &[(&str, FactKind)]) {
        let got = super::super::story_pass(paragraphs, |view| retype(view, &FxHashSet::default()));
        let got: Vec<(&str, FactKind)> = got.iter().map(|m| (m.text.as_str(), m.kind)).collect();
        assert_eq!(got, want, "in {paragraphs:?}");
    }

    #[test]
    fn a_company_named_without_its_legal_form_is_the_company() {
        use FactKind::*;
        assert_kinds(
            &[
                "Jones Medical Industries Inc said profit rose.",
                "Analysts expect Jones Medical to raise its dividend, said Paul Smith.",
            ],
            &[
                ("Jones Medical Industries Inc", Organization),
                ("Jones Medical", Organization),
                ("Paul Smith", Person),
            ],
        );
        // A person who shares the name stays a person, and so does one a company is named for.
        assert_kinds(
            &[
                "He helped run what he called Bill Clinton Inc. for years.",
                "Aides to Bill Clinton declined to comment.",
            ],
            &[("Bill Clinton Inc", Organization), ("Bill Clinton", Person)],
        );
        assert_kinds(
            &[
                "Jones Medical Industries Inc said profit rose, according to Paul Jones.",
                "The chief executive, Jones, was pleased.",
            ],
            &[
                ("Jones Medical Industries Inc", Organization),
                ("Paul Jones", Person),
                ("Jones", Person),
            ],
        );
    }
}
