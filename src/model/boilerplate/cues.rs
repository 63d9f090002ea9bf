//! The shipped phrase lists (`assets/boilerplate/`), compiled once into one Aho-Corasick automaton.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

/// What a cue phrase is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cat {
    Cookie,
    Consent,
    Comment,
    Newsletter,
    Share,
    Related,
    Copyright,
    /// Disclaimers and reprint notices: evidence for a whole paragraph.
    Notice,
    Ad,
}

const CATS: [Cat; 9] = [
    Cat::Cookie,
    Cat::Consent,
    Cat::Comment,
    Cat::Newsletter,
    Cat::Share,
    Cat::Related,
    Cat::Copyright,
    Cat::Notice,
    Cat::Ad,
];

impl Cat {
    fn parse(s: &str) -> Option<Cat> {
        Some(match s {
            "cookie" => Cat::Cookie,
            "consent" => Cat::Consent,
            "comment" => Cat::Comment,
            "newsletter" => Cat::Newsletter,
            "share" => Cat::Share,
            "related" => Cat::Related,
            "copyright" => Cat::Copyright,
            "notice" => Cat::Notice,
            "ad" => Cat::Ad,
            _ => return None,
        })
    }
    fn index(self) -> usize {
        CATS.iter().position(|&c| c == self).unwrap_or(0)
    }
}

struct Cue {
    cat: Cat,
    weight: u8,
    phrase: &'static str,
    /// Whole-word matching applies (the phrase starts and ends with a letter of a spaced script).
    word_start: bool,
    word_end: bool,
}

pub struct CueSet {
    ac: AhoCorasick,
    cues: Vec<Cue>,
    ui_tokens: HashSet<String>,
    credits: Vec<&'static str>,
    agencies: HashSet<&'static str>,
}

/// Evidence found in one block: per category, the summed weight of distinct phrases and the
/// strongest phrase (for the explanation shown to the user).
#[derive(Debug, Default, Clone)]
pub struct Hits {
    weight: [u8; 9],
    strong: [bool; 9],
    best: [Option<&'static str>; 9],
}

impl Hits {
    pub fn weight(&self, c: Cat) -> u8 {
        self.weight[c.index()]
    }
    /// True when a weight-3 phrase of this category matched.
    pub fn strong(&self, c: Cat) -> bool {
        self.strong[c.index()]
    }
    /// True when a weight-3 phrase of any category matched.
    pub fn any_strong(&self) -> bool {
        self.strong.iter().any(|&s| s)
    }
    pub fn cue(&self, c: Cat) -> &'static str {
        self.best[c.index()].unwrap_or("")
    }
}

const CUES_TSV: &str = include_str!("../../../assets/boilerplate/cues.tsv");
const UI_TOKENS: &str = include_str!("../../../assets/boilerplate/ui-tokens.txt");
const CREDITS: &str = include_str!("../../../assets/boilerplate/credits.txt");
const AGENCIES: &str = include_str!("../../../assets/boilerplate/agencies.txt");

fn data_lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn spaced_letter(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() && unicode_width::UnicodeWidthChar::width(c) != Some(2))
}

impl CueSet {
    pub fn get() -> &'static CueSet {
        static SET: OnceLock<CueSet> = OnceLock::new();
        SET.get_or_init(CueSet::build)
    }

    fn build() -> CueSet {
        let mut cues = Vec::new();
        let mut seen = HashSet::default();
        for line in data_lines(CUES_TSV) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [cat, _lang, weight, phrase] = cols[..] else {
                continue;
            };
            let (Some(cat), Ok(weight)) = (Cat::parse(cat), weight.parse::<u8>()) else {
                continue;
            };
            // The same phrase can be listed for several languages; keep the first.
            if !seen.insert((cat, phrase)) {
                continue;
            }
            cues.push(Cue {
                cat,
                weight,
                phrase,
                word_start: spaced_letter(phrase.chars().next()),
                word_end: spaced_letter(phrase.chars().last()),
            });
        }
        // A DFA: built once (a few milliseconds), scanned over every block of every article.
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(cues.iter().map(|c| c.phrase))
            .expect("cue phrases compile");
        CueSet {
            ac,
            cues,
            ui_tokens: data_lines(UI_TOKENS).map(str::to_string).collect(),
            credits: data_lines(CREDITS).collect(),
            agencies: data_lines(AGENCIES).collect(),
        }
    }

    /// Scans lower-cased text for cue phrases.
    #[cfg(test)]
    pub fn scan(&self, lower: &str) -> Hits {
        self.scan_with_breaks(lower, &[])
    }

    /// Scans lower-cased text for cue phrases; `breaks` are byte offsets that count as word
    /// boundaries although letters touch there (where the original case went from lower to upper).
    pub fn scan_with_breaks(&self, lower: &str, breaks: &[usize]) -> Hits {
        let mut hits = Hits::default();
        let mut counted: Vec<usize> = Vec::new();
        for m in self.ac.find_overlapping_iter(lower) {
            let cue = &self.cues[m.pattern().as_usize()];
            if cue.word_start
                && spaced_letter(lower[..m.start()].chars().next_back())
                && !breaks.contains(&m.start())
            {
                continue;
            }
            if cue.word_end
                && spaced_letter(lower[m.end()..].chars().next())
                && !breaks.contains(&m.end())
            {
                continue;
            }
            // "earn $5.55 per share this year": the finance idiom, not a share button.
            if cue.phrase.starts_with("share") && lower[..m.start()].ends_with("per ") {
                continue;
            }
            let id = m.pattern().as_usize();
            if counted.contains(&id) {
                continue;
            }
            counted.push(id);
            let i = cue.cat.index();
            hits.weight[i] = hits.weight[i].saturating_add(cue.weight);
            if cue.weight >= 3 {
                hits.strong[i] = true;
            }
            let better = match hits.best[i] {
                None => true,
                Some(b) => b.len() < cue.phrase.len(),
            };
            if better {
                hits.best[i] = Some(cue.phrase);
            }
        }
        hits
    }

    /// Is `lower` (trimmed, lower-cased, outer punctuation removed) a lone UI token?
    pub fn is_ui_token(&self, lower: &str) -> bool {
        self.ui_tokens.contains(lower)
    }

    /// Is `w` (lower-cased) a picture desk or an agency by name ("reuters", "getty images",
    /// "yonhap") — a credit list entry that is not a common word ("photo", "office")?
    pub fn is_credit_name(&self, w: &str) -> bool {
        const COMMON: &[&str] = &[
            "photo",
            "photos",
            "pictured",
            "picture",
            "pictures",
            "image",
            "images",
            "courtesy",
            "handout",
            "credit",
            "office",
            "ministry",
            "pic",
            "file photo",
            "foto",
            "fotos",
            "bild",
            "фото",
            "zdjęcie",
            "사진",
            "staff photographer",
        ];
        !COMMON.contains(&w) && self.credits.contains(&w)
    }

    /// Whether lower-cased `words` end with a news agency's name ("… ap", "staff and agencies").
    pub fn ends_with_agency(&self, words: &[&str]) -> bool {
        (1..=3.min(words.len())).any(|k| {
            let tail = words[words.len() - k..].join(" ");
            self.agencies.contains(tail.as_str())
        })
    }

    /// Is `inner` (lower-cased contents of a trailing parenthesis) a photo credit?
    pub fn is_credit(&self, inner: &str) -> bool {
        let words: Vec<&str> = inner
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() || words.len() > 8 {
            return false;
        }
        self.credits.iter().any(|credit| {
            let cw: Vec<&str> = credit.split(' ').collect();
            words.windows(cw.len()).any(|w| w == cw.as_slice())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        let set = CueSet::get();
        assert_eq!(set.scan("shareholders met").weight(Cat::Share), 0);
        assert!(set.scan("share this article").strong(Cat::Share));
    }

    #[test]
    fn cjk_phrases_match_inside_text() {
        let set = CueSet::get();
        assert!(set.scan("本网站使用cookie以改善体验").strong(Cat::Cookie));
    }

    #[test]
    fn turkish_cookie_phrase() {
        let set = CueSet::get();
        let h = set.scan("sitelerimizde reklam ve pazarlama faaliyetlerinin yürütülmesi amaçları ile çerezler kullanılmaktadır.");
        assert!(h.strong(Cat::Cookie));
        assert_eq!(h.cue(Cat::Cookie), "çerezler kullanılmaktadır");
    }

    #[test]
    fn credits() {
        let set = CueSet::get();
        assert!(set.is_credit("reuters"));
        assert!(set.is_credit("ap photo/ahn young-joon"));
        assert!(set.is_credit("presidential office"));
        assert!(!set.is_credit("the two countries"));
    }
}
