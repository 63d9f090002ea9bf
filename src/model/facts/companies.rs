//! A company named in full once ("Johnson Controls Inc", "Jones Medical Industries Inc",
//! "Hindustan Copper Ltd") is named without its legal form after that ("Johnson Controls said",
//! "Jones Medical's shares"): those shorter names are the company too, not people.

use rustc_hash::FxHashSet;

use super::FactKind;
use super::entities::{self, Paragraph};
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

/// The last word of an investment firm's or a group's full name, which the story drops after
/// naming it once ("Terra Firma Capital Partners" … "Terra Firma"; "Blackstone Group" …
/// "Blackstone").
fn investment_firm(word: &str) -> bool {
    matches!(
        word,
        "Partners"
            | "Holdings"
            | "Group"
            | "Management"
            | "Ventures"
            | "Investments"
            | "Industries"
    )
}

/// Retypes as organisations the people-like mentions that are a company's name without its
/// legal form, or the first words of it, in every paragraph (`tokens` with their mentions).
/// `surnames`: the surnames of people the story names in full (never a company's short name).
pub fn retype(paragraphs: &mut [Paragraph<'_, '_>], surnames: &FxHashSet<String>) {
    without_legal_form(paragraphs, surnames);
    by_business_words(paragraphs, surnames);
}

/// Words after a name and its possessive that only a business has: "Pirelli's cables
/// division", "Magna's shares", "Petofi's board".
const BUSINESS_NOUNS: &[&str] = &[
    "shares",
    "stock",
    "board",
    "subsidiary",
    "subsidiaries",
    "unit",
    "units",
    "division",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "earnings",
    "shareholders",
    "headquarters",
    "factory",
    "plant",
    "GDRs",
];

/// Whether the one-word name at token `k` stands where only a business does: before "CEO" (or
/// another chief officer's "CFO", "CTO"…) or
/// "chief executive", before its possessive and a business noun (one word may come between:
/// "Pirelli's cables division"), or before "said its" ("Comelf said its exports rose").
fn business_context(tokens: &[super::text::Token<'_>], k: usize) -> bool {
    let same = |j: usize| {
        tokens
            .get(j)
            .filter(|t| t.sentence == tokens[k].sentence)
            .map_or("", |t| t.text)
    };
    let business = |w: &str| BUSINESS_NOUNS.contains(&w);
    let before = |j: usize| {
        k.checked_sub(j)
            .and_then(|p| tokens.get(p))
            .filter(|t| t.sentence == tokens[k].sentence)
            .map_or("", |t| t.text)
    };
    // "shares of Vantor", "a unit of Vantor", "a stake in Vantor".
    let owned = (before(1) == "of"
        && matches!(
            before(2),
            "shares" | "stock" | "unit" | "subsidiary" | "division" | "owner" | "parent"
        ))
        || (before(1) == "in" && matches!(before(2), "stake" | "shares"));
    owned
        || match same(k + 1) {
            "CEO" | "CFO" | "COO" | "CTO" | "CIO" => true,
            "chief" => same(k + 2) == "executive",
            "said" | "says" => same(k + 2) == "its",
            // "Vantor shares fell" ("Obama shares a laugh" is someone).
            "shares" | "stock" => matches!(
                same(k + 2),
                "fell"
                    | "rose"
                    | "jumped"
                    | "dropped"
                    | "slid"
                    | "gained"
                    | "climbed"
                    | "tumbled"
                    | "surged"
                    | "soared"
                    | "plunged"
                    | "closed"
                    | "ended"
                    | "traded"
                    | "sank"
            ),
            "'" | "’" if same(k + 2) == "s" => {
                business(same(k + 3))
                    || business(same(k + 4))
                    || (same(k + 3) == "chief" && same(k + 4) == "executive")
            }
            _ => false,
        }
}

/// Retypes as organisations the one-word "people" whose name the story writes, once at least,
/// where only a business stands ([`business_context`]); every mention of it. Not a surname of
/// someone the story names in full, nor a titled name.
fn by_business_words(paragraphs: &mut [Paragraph<'_, '_>], surnames: &FxHashSet<String>) {
    let g = Gazetteer::get();
    let mut firms: FxHashSet<String> = FxHashSet::default();
    for Paragraph {
        tokens, mentions, ..
    } in paragraphs.iter()
    {
        for m in mentions.iter() {
            let single = m.tok_end == m.tok_start + 1;
            if !single || surnames.contains(&m.text) {
                continue;
            }
            // Or that the story calls a firm, a company, an agency… ("the consulting firm
            // Teneo", "his firm, Teneo,"), one no list knows (a listed one is known everywhere
            // already).
            let shown_a_body = m.kind == FactKind::Organization
                && !m.weak
                && m.text.chars().skip(1).all(char::is_lowercase)
                && g.org(&m.text).is_none()
                && entities::named_after_org_noun(tokens, m.tok_start, m.tok_end);
            if shown_a_body
                || (m.kind == FactKind::Person
                    && m.title.is_none()
                    && business_context(tokens, m.tok_start))
            {
                firms.insert(m.text.clone());
            }
        }
    }
    if firms.is_empty() {
        return;
    }
    // (A word of a person's full name, one that opens with a given name, is that person's:
    // "Paul Jones". "Pirelli Cables" is the firm's.)
    let given = |m: &super::entities::Mention| {
        m.text
            .split_once(' ')
            .is_some_and(|(first, _)| g.given.contains_key(first))
    };
    for Paragraph { mentions, .. } in paragraphs.iter() {
        for m in mentions.iter() {
            if m.kind == FactKind::Person && given(m) {
                for w in m.text.split(' ') {
                    firms.remove(w);
                }
            }
        }
    }
    let opens_with_firm = |m: &super::entities::Mention| {
        firms.contains(&m.text)
            || m.text
                .split_once(' ')
                .is_some_and(|(first, _)| firms.contains(first) && !given(m))
    };
    for Paragraph { mentions, .. } in paragraphs.iter_mut() {
        for m in mentions.iter_mut() {
            if m.kind == FactKind::Person && m.title.is_none() && opens_with_firm(m) {
                m.kind = FactKind::Organization;
                m.canonical = None;
                m.weak = false;
            }
        }
    }
}

/// The pass for names written without their company's legal form.
fn without_legal_form(paragraphs: &mut [Paragraph<'_, '_>], surnames: &FxHashSet<String>) {
    let g = Gazetteer::get();
    // Short names, as lower-case words: "Johnson Controls Inc" gives "johnson controls" and
    // "johnson".
    let mut short: Vec<Vec<String>> = Vec::new();
    for Paragraph { mentions, .. } in paragraphs.iter() {
        for m in mentions.iter() {
            let words: Vec<&str> = m.text.split(' ').collect();
            // (A company named for a person is that person without its legal form: "Bill
            // Clinton Inc.", "Charles Schwab Corp".)
            let firm = words.last().is_some_and(|w| investment_firm(w));
            if m.kind != FactKind::Organization
                || words.len() < 2
                || !(firm || words.last().is_some_and(|w| legal_form(w)))
                || (!firm && g.given.contains_key(words[0]))
            {
                continue;
            }
            // (A firm's first word may be a given name, but not alone: "Terra Firma".)
            let from = if firm && g.given.contains_key(words[0]) {
                2
            } else {
                1
            };
            for n in from..words.len() {
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
    fn an_investment_firm_is_named_without_its_last_words() {
        use FactKind::*;
        assert_kinds(
            &[
                "EMI's new owner, Terra Firma Capital Partners, will cut jobs.",
                "Terra Firma bought EMI for 2.4 billion pounds.",
            ],
            &[
                ("Terra Firma Capital Partners", Organization),
                ("Terra Firma", Organization),
                ("EMI", Organization),
            ],
        );
    }

    #[test]
    fn a_name_where_only_a_business_stands_is_one() {
        use FactKind::*;
        assert_kinds(
            &[
                "The move marks a further move by Pirelli's cables division to expand abroad.",
                "Pirelli Cables has global sales of over $3.5 billion, Mark Rossi said.",
                "Analysts said Tasker will have management control.",
                "He met Finjan CTO Yuval Ben-Itzhak.",
                "Then shares of Vantor rose, and Zyxor shares fell.",
                "It bought a stake in Quobix last year.",
            ],
            &[
                ("Pirelli", Organization),
                ("Pirelli Cables", Organization),
                ("Mark Rossi", Person),
                ("Tasker", Person),
                ("Finjan", Organization),
                ("Yuval Ben-Itzhak", Person),
                ("Vantor", Organization),
                ("Zyxor", Organization),
                ("Quobix", Organization),
            ],
        );
        // Not a surname of someone named in full.
        assert_kinds(
            &[
                "Paul Jones spoke for the firm.",
                "Later, Jones said its plant would close.",
            ],
            &[("Paul Jones", Person), ("Jones", Person)],
        );
    }

    #[test]
    fn a_name_the_story_calls_a_firm_is_the_firm_everywhere() {
        use FactKind::*;
        assert_kinds(
            &[
                "Clients of his firm, Teneo, gave money.",
                "But Teneo issued a statement, Mark Rossi said.",
            ],
            &[
                ("Teneo", Organization),
                ("Teneo", Organization),
                ("Mark Rossi", Person),
            ],
        );
        // "side" is no firm's noun: "on the Democratic side Pate backed" is someone.
        assert_kinds(
            &[
                "On the Democratic side Pate backed Dodd.",
                "Pate said no, Mark Rossi said.",
            ],
            &[
                ("Pate", Person),
                ("Dodd", Person),
                ("Pate", Person),
                ("Mark Rossi", Person),
            ],
        );
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
