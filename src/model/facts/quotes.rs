//! Quotes: text in straight or curly double quotes, with the speaker; and reported speech
//! ("Lee said that …").

use super::FactKind;
use super::entities::Mention;
use super::text::Token;

#[derive(Debug, Clone, PartialEq)]
pub struct QuoteMention {
    pub start: usize,
    pub end: usize,
    /// The quoted words, without the quote marks.
    pub text: String,
    pub reported: bool,
    /// The speaker: index into the block's mentions, or a pronoun to resolve.
    pub speaker: Speaker,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Speaker {
    Mention(usize),
    Pronoun,
    Unknown,
}

pub const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "noted",
    "explained",
    "stressed",
    "emphasized",
    "emphasised",
    "urged",
    "asked",
    "warned",
    "argued",
    "claimed",
    "insisted",
    "wrote",
    "tweeted",
    "announced",
    "acknowledged",
    "underscored",
    "highlighted",
    "remarked",
    "replied",
    "responded",
    "declared",
    "continued",
    "recalled",
    "admitted",
    "described",
    "called",
    "suggested",
    "observed",
    "reaffirmed",
    "praised",
    "pledged",
    "vowed",
    "promised",
    "confirmed",
    "cautioned",
    "countered",
    "conceded",
    "predicted",
    "estimated",
    "say",
    "tell",
    "according",
];

fn is_speech(t: &str) -> bool {
    SPEECH.contains(&t.to_lowercase().as_str())
}

fn is_pronoun(t: &str) -> bool {
    matches!(t.to_lowercase().as_str(), "he" | "she")
}

/// Quote-mark spans (char offsets of the marks) in a block.
fn spans(text: &str) -> Vec<(usize, usize, usize, usize)> {
    // (open byte, open char, close byte, close char); close may be the text end.
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, char)> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (ci, &(b, c)) in chars.iter().enumerate() {
        match (c, open) {
            ('“', None) => open = Some((b, ci, c)),
            ('"', None) => open = Some((b, ci, c)),
            ('”', Some((ob, oc, _))) | ('"', Some((ob, oc, '"'))) => {
                out.push((ob, oc, b, ci));
                open = None;
            }
            ('"', Some((ob, oc, '“'))) => {
                out.push((ob, oc, b, ci));
                open = None;
            }
            _ => {}
        }
    }
    if let Some((ob, oc, _)) = open {
        out.push((ob, oc, text.len(), chars.len()));
    }
    out
}

pub fn find(tokens: &[Token<'_>], text: &str, mentions: &[Mention]) -> Vec<QuoteMention> {
    let mut out = Vec::new();
    let quote_spans = spans(text);
    for &(ob, oc, cb, cc) in &quote_spans {
        // `ob` is the byte of the opening mark; skip the whole mark (curly quotes are 3 bytes).
        let after_mark = ob + text[ob..].chars().next().map_or(1, char::len_utf8);
        let inner = text[after_mark..cb.min(text.len()).max(after_mark)].trim();
        let inner = inner.trim_end_matches([',', ' ']);
        let words = inner.split_whitespace().count();
        // Token indices just outside the marks.
        let before = tokens.iter().rposition(|t| t.end <= oc);
        let after = tokens.iter().position(|t| t.start > cc);
        let speaker = attribute(tokens, mentions, before, after);
        let attached = !matches!(speaker, Speaker::Unknown);
        // Titles, nicknames and scare quotes are short and unattributed.
        if words < 3 || (words < 6 && !attached) {
            continue;
        }
        out.push(QuoteMention {
            start: oc + 1,
            end: cc.min(text.chars().count()),
            text: inner.to_string(),
            reported: false,
            speaker,
        });
    }
    // Reported speech in sentences without quote marks: NAME said (that) CLAUSE.
    for (mi, m) in mentions.iter().enumerate() {
        if !matches!(m.kind, FactKind::Person | FactKind::Organization) {
            continue;
        }
        let v = m.tok_end;
        let Some(verb) = tokens.get(v) else { continue };
        if !matches!(
            verb.text,
            "said"
                | "says"
                | "stated"
                | "noted"
                | "stressed"
                | "emphasized"
                | "added"
                | "explained"
                | "acknowledged"
                | "underscored"
                | "reaffirmed"
                | "warned"
                | "insisted"
                | "argued"
        ) {
            continue;
        }
        let sentence = verb.sentence;
        if tokens
            .iter()
            .any(|t| t.sentence == sentence && matches!(t.text, "\"" | "“" | "”"))
        {
            continue;
        }
        let mut c = v + 1;
        if tokens.get(c).is_some_and(|t| t.text == "that") {
            c += 1;
        }
        let Some(first) = tokens
            .get(c)
            .filter(|t| t.sentence == sentence && t.is_word())
        else {
            continue;
        };
        let last = tokens
            .iter()
            .rposition(|t| t.sentence == sentence)
            .unwrap_or(c);
        if last <= c + 3 {
            continue;
        }
        let end_tok = if tokens[last].is_word() {
            last
        } else {
            last.saturating_sub(1)
        };
        out.push(QuoteMention {
            start: first.start,
            end: tokens[end_tok].end,
            text: text[first.bstart..tokens[end_tok].bend].to_string(),
            reported: true,
            speaker: Speaker::Mention(mi),
        });
    }
    out.sort_by_key(|q| q.start);
    out
}

fn mention_at(mentions: &[Mention], tok: usize) -> Option<usize> {
    mentions.iter().position(|m| {
        m.tok_start <= tok
            && tok < m.tok_end
            && matches!(m.kind, FactKind::Person | FactKind::Organization)
    })
}

/// Who said the quote between tokens `before` and `after`?
fn attribute(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    before: Option<usize>,
    after: Option<usize>,
) -> Speaker {
    // After the quote: `," Kang said`, `," said Kang Yu-jung, a spokesperson`, `," he added`,
    // `," Xi told Lee`, `, according to X`.
    if let Some(a) = after {
        let window: Vec<usize> = (a..tokens.len().min(a + 8))
            .take_while(|&k| !matches!(tokens[k].text, "\"" | "“" | "”"))
            .collect();
        let sentence = tokens[a].sentence;
        for (n, &k) in window.iter().enumerate() {
            if tokens[k].sentence != sentence && n > 0 {
                break;
            }
            if is_speech(tokens[k].text) {
                // Name before the verb?
                for &j in window[..n].iter().rev() {
                    if let Some(m) = mention_at(mentions, j) {
                        return Speaker::Mention(m);
                    }
                    if is_pronoun(tokens[j].text) {
                        return Speaker::Pronoun;
                    }
                }
                // Name after the verb ("said Kang", "according to Mao Ning").
                for &j in window[n + 1..].iter() {
                    if let Some(m) = mention_at(mentions, j) {
                        return Speaker::Mention(m);
                    }
                }
                // Longer "according to" chains.
                for j in k + 1..tokens.len().min(k + 12) {
                    if let Some(m) =
                        mention_at(mentions, j).filter(|&m| mentions[m].kind == FactKind::Person)
                    {
                        return Speaker::Mention(m);
                    }
                }
            }
        }
    }
    // Before the quote: `Kang explained, "…"`, `Lee highlighted in a statement, "…"`.
    if let Some(b) = before {
        let sentence = tokens[b].sentence;
        let start = (0..=b)
            .rev()
            .take_while(|&k| tokens[k].sentence == sentence)
            .last()
            .unwrap_or(b);
        let has_verb = (start..=b).any(|k| {
            is_speech(tokens[k].text)
                || matches!(
                    tokens[k].text,
                    "expressed" | "hopes" | "for" | "called" | "highlighted"
                )
        });
        if has_verb {
            for (k, tok) in tokens.iter().enumerate().take(b + 1).skip(start) {
                if let Some(m) = mention_at(mentions, k) {
                    return Speaker::Mention(m);
                }
                if is_pronoun(tok.text) {
                    return Speaker::Pronoun;
                }
            }
        }
    }
    Speaker::Unknown
}

#[cfg(test)]
mod tests {
    use super::super::entities;
    use super::super::text::tokenize;
    use super::*;

    fn quotes(s: &str) -> Vec<(String, Option<String>, bool)> {
        let toks = tokenize(s);
        let ms = entities::find(&toks, s);
        find(&toks, s, &ms)
            .into_iter()
            .map(|q| {
                let sp = match q.speaker {
                    Speaker::Mention(i) => Some(ms[i].text.clone()),
                    Speaker::Pronoun => Some("PRONOUN".into()),
                    Speaker::Unknown => None,
                };
                (q.text, sp, q.reported)
            })
            .collect()
    }

    #[test]
    fn speaker_after_the_quote() {
        let q = quotes("\"The two leaders agreed to maintain close communication,\" Kang said.");
        assert_eq!(q[0].1.as_deref(), Some("Kang"));
        let q = quotes(
            "“Nobody wanted this strike to go on,” said Tomas Reyes, the union's secretary.",
        );
        assert_eq!(q[0].1.as_deref(), Some("Tomas Reyes"));
    }

    #[test]
    fn speaker_before_the_quote_and_told() {
        let q = quotes("Kang explained, \"Lee asked China to play a constructive role.\"");
        assert_eq!(q[0].1.as_deref(), Some("Kang"));
        let q = quotes(
            "China and South Korea \"are important close neighbors that cannot be moved away,\" Xi told Lee, according to spokeswoman Mao Ning.",
        );
        assert_eq!(q[0].1.as_deref(), Some("Xi"));
    }

    #[test]
    fn pronoun_speaker_and_scare_quotes() {
        let q =
            quotes("\"It can never be overstated how important regional security is,\" he added.");
        assert_eq!(q[0].1.as_deref(), Some("PRONOUN"));
        assert!(quotes("ties were described as being at their \"peak.\"").is_empty());
    }

    #[test]
    fn reported_speech() {
        let q = quotes(
            "Lee said that South Korea urgently needs China's constructive role in the peace process.",
        );
        assert_eq!(q.len(), 1);
        assert!(q[0].2);
        assert!(q[0].0.starts_with("South Korea urgently"));
    }
}
