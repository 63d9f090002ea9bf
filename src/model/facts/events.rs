//! Events: meetings and summits, phone calls, visits, agreements signed, invitations — with who,
//! with whom, when and where when the sentence says so.

use super::text::Token;

#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    pub kind: &'static str,
    /// The sentence the event was found in (token index range).
    pub tok_start: usize,
    pub tok_end: usize,
    /// The trigger word(s), char offsets.
    pub start: usize,
    pub end: usize,
    pub text: String,
}

const TRIGGERS: &[(&[&str], &str)] = &[
    (&["summit"], "meeting"),
    (&["summits"], "meeting"),
    (&["met"], "meeting"),
    (&["meeting"], "meeting"),
    (&["talks"], "meeting"),
    (&["phone", "call"], "phone-call"),
    (&["phone", "calls"], "phone-call"),
    (&["by", "phone"], "phone-call"),
    (&["visit"], "visit"),
    (&["visited"], "visit"),
    (&["visiting"], "visit"),
    (&["state", "visit"], "visit"),
    (&["signed"], "agreement"),
    (&["agreement"], "agreement"),
    (&["memorandums", "of", "understanding"], "agreement"),
    (&["invited"], "invitation"),
    (&["invitation"], "invitation"),
];

/// Is `word` (any case) the first word of a trigger? Most words are ruled out by a set lookup.
fn starts_trigger(word: &str) -> bool {
    static FIRST: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    let first = FIRST.get_or_init(|| TRIGGERS.iter().map(|(w, _)| w[0]).collect());
    super::text::ascii_lower(word, &mut [0u8; 12]).is_some_and(|w| first.contains(w))
}

/// "the South Korea-China Free Trade Agreement", "the Paris Agreement": an agreement's name after
/// a capitalised word is a document, not an agreement signed ("the agreement was signed" and
/// "signed the Paris Agreement" still are, at their other trigger).
fn names_a_document(tokens: &[Token<'_>], i: usize, kind: &str) -> bool {
    kind == "agreement"
        && tokens[i].text.starts_with(char::is_uppercase)
        && i > 0
        && tokens[i - 1].sentence == tokens[i].sentence
        && tokens[i - 1].text.starts_with(char::is_uppercase)
}

/// "the world's highest summit Mount Everest", "made it to the summit 29,028 feet above sea
/// level": a summit in a paragraph about climbing is a mountain's top, not a meeting.
fn a_mountains_top(tokens: &[Token<'_>], i: usize) -> bool {
    tokens[i]
        .text
        .get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("summit"))
        && tokens.iter().any(|t| {
            let mut buf = [0u8; 16];
            let Some(w) = super::text::ascii_lower(t.text, &mut buf) else {
                return false;
            };
            w.starts_with("climb")
                || w.starts_with("mountain")
                || matches!(
                    w,
                    "everest"
                        | "peak"
                        | "altitude"
                        | "expedition"
                        | "ascent"
                        | "sherpa"
                        | "highest"
                )
        })
}

/// One event per sentence and kind, at its first trigger.
pub fn find(tokens: &[Token<'_>], text: &str) -> Vec<EventMention> {
    let mut out: Vec<EventMention> = Vec::new();
    for i in 0..tokens.len() {
        // Every trigger starts with a lower-case ASCII letter; skip everything else fast.
        let first = tokens[i].text.as_bytes()[0];
        if !first.is_ascii_alphabetic() || !starts_trigger(tokens[i].text) {
            continue;
        }
        for (words, kind) in TRIGGERS {
            if i + words.len() > tokens.len() {
                continue;
            }
            let hit = words
                .iter()
                .enumerate()
                .all(|(k, w)| tokens[i + k].text.eq_ignore_ascii_case(w));
            if !hit || names_a_document(tokens, i, kind) || a_mountains_top(tokens, i) {
                continue;
            }
            let sentence = tokens[i].sentence;
            if out
                .iter()
                .any(|e| e.kind == *kind && tokens[e.tok_start].sentence == sentence)
            {
                continue;
            }
            // Tokens are in sentence order: the sentence's bounds by binary search.
            let s = tokens.partition_point(|t| t.sentence < sentence);
            let e = tokens.partition_point(|t| t.sentence <= sentence);
            let last = i + words.len() - 1;
            out.push(EventMention {
                kind,
                tok_start: s,
                tok_end: e,
                start: tokens[i].start,
                end: tokens[last].end,
                text: text[tokens[i].bstart..tokens[last].bend].to_string(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::text::tokenize;
    use super::*;

    fn kinds(text: &str) -> Vec<(&'static str, String)> {
        find(&tokenize(text), text)
            .into_iter()
            .map(|e| (e.kind, e.text))
            .collect()
    }

    #[test]
    fn one_event_per_sentence_and_kind_at_its_first_trigger() {
        assert_eq!(
            kinds("Lee held a summit with Xi. The summit followed talks. Xi met Lee by phone."),
            [
                ("meeting", "summit".to_string()),
                ("meeting", "summit".to_string()),
                ("meeting", "met".to_string()),
                ("phone-call", "by phone".to_string()),
            ]
        );
    }

    #[test]
    fn a_summit_in_a_paragraph_about_climbing_is_no_meeting() {
        assert!(
            kinds("Hillary conquered the world's highest summit, Mount Everest, in 1953.")
                .is_empty()
        );
        assert_eq!(
            kinds("The leaders' summit in Gyeongju ended."),
            [("meeting", "summit".to_string())]
        );
    }

    #[test]
    fn an_agreement_named_is_a_document_not_a_signing() {
        assert!(kinds("They discussed the South Korea-China Free Trade Agreement.").is_empty());
        assert_eq!(
            kinds("Both sides signed the Paris Agreement."),
            [("agreement", "signed".to_string())]
        );
        assert_eq!(
            kinds("Agreement was reached on Monday."),
            [("agreement", "Agreement".to_string())]
        );
        assert_eq!(
            kinds("The agreement covers trade."),
            [("agreement", "agreement".to_string())]
        );
    }
}
