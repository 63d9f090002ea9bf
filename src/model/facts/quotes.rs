//! Quotes: text in straight or curly double quotes, with the speaker; and reported speech
//! ("Lee said that …").

use std::borrow::Cow;

use super::FactKind;
use super::entities::Mention;
use super::gazetteer::Gender;
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
    /// "he" or "she": resolved later to a person the pronoun agrees with.
    Pronoun(Gender),
    /// A speaker named by a common noun phrase, as written: "a spokesman", "the campaign",
    /// "officials".
    Nominal(String),
    Unknown,
}

const DETERMINERS: &[&str] = &[
    "a", "an", "the", "one", "two", "three", "several", "some", "another", "his", "her", "their",
];

/// Bare plural speakers that need no determiner.
const BARE: &[&str] = &[
    "officials",
    "aides",
    "sources",
    "analysts",
    "experts",
    "critics",
    "supporters",
    "organizers",
    "organisers",
    "police",
    "prosecutors",
    "authorities",
    "witnesses",
    "residents",
];

/// A common-noun speaker in `toks` (the words between the quote and the speech verb, or after
/// the verb): a determiner and up to five lower-case words ("a senior administration official",
/// "the campaign"), or a bare plural ("officials"). Stops at a comma, a name or the sentence end.
fn nominal(tokens: &[Token<'_>], idx: &[usize]) -> Option<String> {
    // A possessive stays on its word: "the ad’s narrator", "the company's spokesman".
    let mut merged: Vec<Cow<'_, str>> = Vec::with_capacity(idx.len());
    for &k in idx {
        let apostrophe = k >= 1 && matches!(tokens[k - 1].text, "'" | "’");
        match merged.last_mut() {
            Some(prev)
                if tokens[k].text == "s" && apostrophe && k >= 2 && idx.contains(&(k - 2)) =>
            {
                *prev = Cow::Owned(format!("{prev}{}s", tokens[k - 1].text));
            }
            _ => merged.push(Cow::Borrowed(tokens[k].text)),
        }
    }
    let mut words: Vec<&str> = merged.iter().map(|w| w.as_ref()).collect();
    // "As one employee told …": a conjunction opening the clause is no part of the speaker.
    if words.len() > 2 && matches!(words[0], "As" | "as" | "And" | "But" | "So") {
        words.remove(0);
    }
    // `," one said. "…," another said`: one of a group just described speaks.
    if let [w] = words[..]
        && matches!(w, "one" | "another")
    {
        return Some(w.to_string());
    }
    // "the editorial board recently wrote", "the senator is said to", "the two-term president
    // will say": the adverb or the auxiliary is not part of the speaker.
    // Nor is a time after the noun ("a study last year").
    loop {
        let n = words.len();
        if n > 3
            && matches!(words[n - 2], "last" | "this" | "next")
            && matches!(words[n - 1], "year" | "week" | "month")
        {
            words.truncate(n - 2);
            continue;
        }
        let trailing = words
            .last()
            .is_some_and(|w| is_adverb(w) || is_auxiliary(w));
        if n > 2 && trailing {
            words.pop();
        } else {
            break;
        }
    }
    // "a spokesman for Disney", "one longtime adviser to Bill Clinton", "a person close to the
    // Clintons": a noun phrase, then whose it is — a name after a preposition.
    if let Some(p) = (2..words.len()).find(|&p| OF_WHOM.contains(&words[p])) {
        let mut names = &words[p + 1..];
        if words[p] == "close" {
            names = names.strip_prefix(&["to"]).unwrap_or(&[]);
        }
        if let Some(rest) = names.strip_prefix(&["the"]) {
            names = rest;
        }
        let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        return (!names.is_empty()
            && names.len() <= 5
            && names.iter().all(capitalised)
            && nominal_words(&words[..p]))
        .then(|| words.join(" "));
    }
    nominal_words(&words).then(|| words.join(" "))
}

/// Words a speaker's noun phrase stops before: a relative clause, a conjunction, a verb or an
/// adverb ("one source who identified …", "the editorial board recently …").
fn ends_phrase(w: &str) -> bool {
    matches!(
        w,
        "who"
            | "whom"
            | "whose"
            | "which"
            | "that"
            | "and"
            | "but"
            | "or"
            | "in"
            | "on"
            | "may"
            | "might"
            | "will"
            | "would"
            | "could"
            | "can"
            | "has"
            | "had"
            | "have"
            | "is"
            | "was"
    ) || is_adverb(w)
}

/// An auxiliary verb before a speech verb ("is said", "will say", "has told").
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "was" | "are" | "were" | "will" | "would" | "has" | "had" | "have" | "may" | "might"
    )
}

/// Prepositions that attach a name to a common-noun speaker ("a spokesman for Disney").
const OF_WHOM: &[&str] = &["for", "to", "of", "at", "with", "from", "close"];

/// [`nominal`] without a name attached: `words` are a determiner and lower-case words, or a bare
/// plural.
fn nominal_words(words: &[&str]) -> bool {
    let Some(&first) = words.first() else {
        return false;
    };
    let lower = first.to_ascii_lowercase();
    if BARE.contains(&lower.as_str()) && words.len() == 1 {
        return true;
    }
    if !DETERMINERS.contains(&lower.as_str()) || words.len() < 2 || words.len() > 6 {
        return false;
    }
    let rest = &words[1..];
    // Prepositions and conjunctions a speaker's noun phrase does not hold ("the star as",
    // "two hours after news outlets"); those that attach whose it is are handled by `nominal`.
    const NOT_IN_PHRASE: &[&str] = &[
        "as", "after", "before", "when", "while", "since", "because", "if", "than", "during", "by",
        "about", "into", "over", "under", "through", "against", "without", "where", "then", "and",
        "or", "but", "that", "who", "which", "not",
    ];
    let plain = |w: &&str| {
        w.chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '’' | '\''))
            && w.chars().any(char::is_lowercase)
            && !SPEECH.contains(w)
            && !is_pronoun(w)
            && !NOT_IN_PHRASE.contains(w)
    };
    // The head noun is lower-case; words before it may name who it belongs to ("the Russian
    // leader", "a White House official").
    let Some((head, modifiers)) = rest.split_last() else {
        return false;
    };
    // "a New Hampshire Republican": a party member is a common noun with a capital.
    let party = matches!(
        *head,
        "Republican" | "Democrat" | "Republicans" | "Democrats"
    );
    (plain(head) || party)
        && modifiers.iter().all(|w| {
            plain(w)
                || (w.chars().next().is_some_and(char::is_uppercase)
                    && !SPEECH.contains(&w.to_lowercase().as_str()))
        })
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
    "reported",
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
    // Present tense (features, live blogs) and the participle of `…, saying, "…"`.
    "saying",
    "adds",
    "notes",
    "explains",
    "writes",
    "tweets",
    "asks",
    "argues",
    "insists",
    "warns",
    "tells",
    "recalls",
    "concluded",
    "joked",
    "quipped",
    "answered",
    "fumed",
    "complained",
    "shouted",
    "exclaimed",
    "lamented",
    "boasted",
    "scoffed",
    "retorted",
    "asserted",
    "contended",
    "maintained",
    "testified",
    "wondered",
    "agreed",
    "replies",
    "answers",
    "continues",
    "concedes",
    "acknowledges",
    // Documents speak too: `," the statement read.`
    "read",
    "reads",
    "chanted",
    "posted",
    "advised",
    "advises",
    // Participles of `…, adding: "…"` and `…, telling reporters, "…"`.
    "adding",
    "telling",
    "noting",
    "asking",
    "explaining",
    "arguing",
    "warning",
    "insisting",
    "declaring",
    "recalling",
    "remarking",
    "writing",
    "tweeting",
    "claiming",
    "asserting",
    "stressing",
    "answering",
    "replying",
    "responding",
    "concluding",
    "complaining",
    "joking",
    // Less common verbs of speech, past and present.
    "remembered",
    "remembers",
    "recounted",
    "recounts",
    "reiterated",
    "reiterates",
    "repeated",
    "elaborated",
    "echoed",
    "mused",
    "muses",
    "surmised",
    "gushed",
    "sighed",
    "laughed",
    "yelled",
    "screamed",
    "whispered",
    "interjected",
    "snapped",
    "barked",
    "retaliated",
    "deadpanned",
    "confided",
    "reasoned",
    "opined",
    "marveled",
    "marvelled",
    "bragged",
    "boomed",
    "thundered",
    "griped",
    "grumbled",
    "groused",
    "protested",
    "vented",
    "implored",
    "pleaded",
    "demanded",
    "proclaimed",
    "affirmed",
    "affirms",
    "emailed",
    "texted",
    "reacted",
    "responds",
    "concludes",
    "suggests",
    "declares",
    "stresses",
    "predicts",
];

/// The speech verbs are ASCII: compared without a lower-cased copy per token (attribution asks
/// this of every word in a 20-token window).
fn is_speech(t: &str) -> bool {
    SPEECH.iter().any(|v| v.eq_ignore_ascii_case(t))
}

/// A verb of speech at token `k` ("pointed out" too); "read" only as a document's ("the
/// statement read"), not a reader's ("who has not read the book").
pub(super) fn speech_at(tokens: &[Token<'_>], k: usize) -> bool {
    let t = tokens[k].text;
    // "pointed out", "points out".
    if matches!(t, "pointed" | "points") {
        return tokens.get(k + 1).is_some_and(|n| n.text == "out");
    }
    // "shot back", "fired back", "hit back", "chimed in".
    if matches!(t, "shot" | "fired" | "hit" | "fires" | "hits") {
        return tokens.get(k + 1).is_some_and(|n| n.text == "back");
    }
    if matches!(t, "chimed" | "chimes") {
        return tokens.get(k + 1).is_some_and(|n| n.text == "in");
    }
    // `," reacted Trump`, not "reacted to the film".
    if t == "reacted" {
        return tokens
            .get(k + 1)
            .is_none_or(|n| !matches!(n.text, "to" | "with" | "by" | "against"));
    }
    is_speech(t)
        && !(matches!(t, "read" | "reads")
            && k.checked_sub(1).is_some_and(|p| {
                matches!(
                    tokens[p].text.to_ascii_lowercase().as_str(),
                    "has"
                        | "have"
                        | "had"
                        | "not"
                        | "to"
                        | "will"
                        | "would"
                        | "could"
                        | "can"
                        | "did"
                        | "never"
                        | "be"
                        | "i"
                        | "we"
                        | "you"
                        | "they"
                        | "he"
                        | "she"
                        | "and"
                        | "also"
                        | "who"
                )
            }))
}

/// The longest common-noun phrase right after the speech verb at `v`, within tokens up to
/// `last`: "said a person close to the Clintons", "said one district GOP leader". A title
/// before a name is no speaker ("added his campaign manager Jeff Weaver").
fn phrase_after_verb(tokens: &[Token<'_>], v: usize, last: usize) -> Option<String> {
    let phrase: Vec<usize> = (v + 1..=last)
        .take_while(|&j| tokens[j].is_word() && !ends_phrase(tokens[j].text))
        .collect();
    let (l, s) = (1..=phrase.len())
        .rev()
        .find_map(|l| Some((l, nominal(tokens, &phrase[..l])?)))?;
    // ("said the men had been plotting": a clause's subject, not a speaker; "said the base
    // chief known as Bob": the name speaks.)
    let end = phrase[l - 1] + 1;
    let next = tokens.get(end);
    let named_next = next.is_some_and(|t| {
        t.is_capitalised()
            || (matches!(t.text, "as" | "named" | "called" | ",")
                && tokens.get(end + 1).is_some_and(|n| n.is_capitalised()))
    });
    (!named_next
        && next.is_none_or(|t| !is_auxiliary(t.text) && !matches!(t.text, "could" | "can")))
    .then_some(s)
}

/// A common-noun subject set off by a relative clause at the start of `from..to`: "the
/// spokesman, who asked not to be identified, told Reuters", "A Warren adviser, who spoke on
/// the condition of anonymity, said".
fn appositive_nominal(tokens: &[Token<'_>], from: usize, to: usize) -> Option<String> {
    let comma = (from..to).find(|&k| !tokens[k].is_word())?;
    if tokens[comma].text != ","
        || !tokens
            .get(comma + 1)
            .is_some_and(|t| matches!(t.text, "who" | "which"))
    {
        return None;
    }
    let words: Vec<usize> = (from..comma).collect();
    nominal(tokens, &words)
}

/// The common-noun phrase a name is attached to by a preposition, ending with the name: "a
/// spokesman for Bernie Sanders", "one longtime adviser to Bill Clinton".
fn attached_phrase(tokens: &[Token<'_>], m: &Mention) -> Option<String> {
    // Nouns for people who speak for someone ("an endorsement from Mike Lee" is no speaker).
    const AGENTS: &[&str] = &[
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "aide",
        "aides",
        "adviser",
        "advisor",
        "advisers",
        "advisors",
        "official",
        "officials",
        "source",
        "sources",
        "person",
        "people",
        "member",
        "members",
        "friend",
        "friends",
        "ally",
        "allies",
        "staffer",
        "staffers",
        "representative",
        "representatives",
        "operative",
        "supporter",
        "supporters",
        "associate",
        "associates",
        "confidant",
        "executive",
        "employee",
        "assistant",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "strategist",
    ];
    let p = m.tok_start.checked_sub(1)?;
    let head = p.checked_sub(1)?;
    if !OF_WHOM.contains(&tokens[p].text) || !AGENTS.contains(&tokens[head].text) {
        return None;
    }
    // Back over up to five lower-case words to a determiner.
    let det = (p.saturating_sub(6)..p)
        .rev()
        .take_while(|&k| tokens[k].is_word() && !tokens[k].is_capitalised())
        .find(|&k| DETERMINERS.contains(&tokens[k].text))?;
    let words: Vec<usize> = (det..m.tok_end).filter(|&k| tokens[k].is_word()).collect();
    nominal(tokens, &words)
}

/// A verb inside a relative clause whose object is a name ("a former chairman who has advised
/// Mrs. Clinton"): it describes someone; it introduces no quote. ("Mike Lee, who declared in
/// the spin room, “…”" does.)
fn in_relative_clause(tokens: &[Token<'_>], k: usize) -> bool {
    if !tokens.get(k + 1).is_some_and(|t| t.is_capitalised()) {
        return false;
    }
    let mut j = k;
    // Over an auxiliary or an adverb or two: "who has long advised", "which had said".
    for _ in 0..3 {
        let Some(p) = j.checked_sub(1) else {
            return false;
        };
        j = p;
        match tokens[j].text {
            "who" | "which" => return true,
            "has" | "have" | "had" | "is" | "was" | "once" | "also" | "long" | "often"
            | "previously" | "recently" => {}
            _ => return false,
        }
    }
    false
}

/// Words that open a clause after a speech verb ("said his …", "said that …", "said it …"):
/// what follows is what was said, not who said it.
fn opens_clause(t: &str) -> bool {
    const CLAUSE: &[&str] = &[
        "that", "his", "her", "their", "its", "it", "he", "she", "they", "we", "i", "you", "this",
        "these", "those", "there", "our", "my",
    ];
    CLAUSE.iter().any(|w| w.eq_ignore_ascii_case(t))
}

/// Whether a word may open a clause after a verb of speech without "that" ("said he will",
/// "said millions lost …"): not a preposition ("said in an interview", "said about Latinos"), an
/// object pronoun ("warned us about"), an object ("said little", "said nothing") or a verb whose
/// subject went before ("which she has said was a mistake").
fn opens_subject(t: &Token<'_>) -> bool {
    const NOT_SUBJECT: &[&str] = &[
        "in", "on", "at", "during", "of", "to", "for", "over", "about", "with", "by", "from",
        "into", "after", "before", "as", "through", "under", "without", "within", "among", "while",
        "since", "when", "us", "him", "them", "me", "little", "nothing", "much", "so", "was", "is",
        "were", "are", "has", "had", "have", "would", "will", "could", "should", "can", "may",
        "might", "must", "be", "been", "not", "almost",
    ];
    t.is_word() && !NOT_SUBJECT.contains(&t.text)
}

/// A verb that makes the word before it a clause's subject: "Dodi called", "Lee was", "it
/// would".
fn finite_verb(t: &Token<'_>) -> bool {
    let w = t.text;
    is_auxiliary(w)
        || matches!(w, "could" | "should" | "can" | "did" | "does" | "must")
        || (w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()))
}

fn is_ly_adverb(t: &str) -> bool {
    t.len() > 4 && t.ends_with("ly") && t.bytes().all(|b| b.is_ascii_lowercase())
}

fn is_pronoun(t: &str) -> bool {
    Gender::of_pronoun(t).is_some()
}

/// Quote-mark spans (char offsets of the marks) in a block.
fn spans(text: &str) -> Vec<(usize, usize, usize, usize)> {
    // (open byte, open char, close byte, close char); close may be the text end.
    let mut out = Vec::new();
    // (Most paragraphs quote nobody: three searches, no list of their characters.)
    if !text.as_bytes().contains(&b'"') && !text.contains(['“', '”']) {
        return out;
    }
    let mut open: Option<(usize, usize, char)> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    for (ci, &(b, c)) in chars.iter().enumerate() {
        // "6'3\"": feet and inches, no quote mark.
        let inches = matches!(c, '"' | '”')
            && ci >= 3
            && at(ci - 1).is_some_and(|c| c.is_ascii_digit())
            && (at(ci - 2).is_some_and(|c| matches!(c, '\'' | '’'))
                && at(ci - 3).is_some_and(|c| c.is_ascii_digit())
                || at(ci - 2).is_some_and(|c| c.is_ascii_digit())
                    && at(ci - 3).is_some_and(|c| matches!(c, '\'' | '’')));
        if inches {
            continue;
        }
        // An opening mark typed for a closing one: it ends a word and a space follows
        // ("an “expedited review“ of Flint’s").
        let closes_word = c == '“'
            && ci > 0
            && at(ci - 1)
                .is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | ',' | '!' | '?'))
            && at(ci + 1).is_none_or(char::is_whitespace);
        match (c, open) {
            ('“', Some((ob, oc, _))) if closes_word => {
                out.push((ob, oc, b, ci));
                open = None;
            }
            ('“', None) => open = Some((b, ci, c)),
            // A closing mark typed for an opening one, opening the paragraph ("” … in the case
            // of Wyoming,” wrote Time magazine).
            ('”', None) if text[..b].trim().is_empty() => open = Some((b, ci, c)),
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
    let quote_spans = spans(text);
    let chars = text.chars().count();
    // Each span's verdict, last to first: a fragment may take the speaker of the one after it.
    let mut verdicts: Vec<Verdict> = Vec::with_capacity(quote_spans.len());
    for &(ob, oc, cb, cc) in quote_spans.iter().rev() {
        // `ob` is the byte of the opening mark; skip the whole mark (curly quotes are 3 bytes).
        let after_mark = ob + text[ob..].chars().next().map_or(1, char::len_utf8);
        let raw = text[after_mark..cb.min(text.len()).max(after_mark)].trim();
        // Token indices just outside the marks.
        let before = tokens.iter().rposition(|t| t.end <= oc);
        let after = tokens.iter().position(|t| t.start > cc);
        // `"… physical violence." Ohio Gov. John Kasich said he would have fired him`: a quote
        // that ends its sentence, then a sentence reporting what someone else said, is not
        // attributed by that sentence.
        let reports_anew = raw.ends_with(['.', '!', '?'])
            && after.is_some_and(|a| {
                let sentence = tokens[a].sentence;
                (a..tokens.len().min(a + 12))
                    .take_while(|&k| tokens[k].sentence == sentence)
                    .any(|k| {
                        k > a
                            && speech_at(tokens, k)
                            && tokens.get(k + 1).is_some_and(|t| opens_clause(t.text))
                    })
            });
        let attributed_after = if reports_anew { None } else { after };
        let mut speaker = attribute(tokens, mentions, &quote_spans, before, attributed_after);
        // `to "enhance communication, deepen cooperation," advance … and "inject more positive
        // energy …," Xi said`: a fragment inside a sentence shares the named speaker of the
        // quote that follows it in that sentence, when that quote's attribution comes after it
        // (or it shares one itself). (`"…." He said` ends a sentence before its attribution:
        // not one to share.)
        let mut inherited = false;
        if speaker == Speaker::Unknown
            && !raw.ends_with(['.', '!', '?'])
            && let Some(next) = verdicts.last()
            && next.quote.is_some()
            && matches!(next.speaker, Speaker::Mention(_) | Speaker::Pronoun(_))
            && let (Some(a), Some(b)) = (after, next.before)
            && a <= b
            && tokens[a..=b]
                .iter()
                .all(|t| t.sentence == tokens[a].sentence && !matches!(t.text, "." | "!" | "?"))
            && (next.inherited
                || (!next.ends_with_period
                    && attribute(tokens, mentions, &quote_spans, None, next.after)
                        != Speaker::Unknown))
        {
            speaker = next.speaker.clone();
            inherited = true;
        }
        verdicts.push(Verdict::of(
            tokens,
            raw,
            (oc + 1, cc.min(chars)),
            (before, after),
            speaker,
            inherited,
        ));
    }
    verdicts.reverse();
    let mut titles: Vec<(usize, usize)> = Vec::new();
    let mut out = Vec::new();
    for v in verdicts {
        if v.title {
            // Still no reported speech around it: "said on ABC's “Good Morning America” …".
            titles.push(v.span);
        }
        if let Some(q) = v.quote {
            titles.push((q.start, q.end));
            out.push(q);
        }
    }
    titles.sort_unstable();
    let reported = reported(tokens, text, mentions, &titles);
    out.extend(reported);
    out.sort_by_key(|q| q.start);
    out
}

/// What one span of text in quote marks is.
struct Verdict {
    /// The quote, unless the span is a title, a scare quote or a link.
    quote: Option<QuoteMention>,
    /// A title (no reported speech may cover it).
    title: bool,
    span: (usize, usize),
    /// The tokens just before the opening mark and just after the closing one.
    before: Option<usize>,
    after: Option<usize>,
    speaker: Speaker,
    /// The speaker came from a later fragment of the sentence.
    inherited: bool,
    ends_with_period: bool,
}

impl Verdict {
    fn of(
        tokens: &[Token<'_>],
        raw: &str,
        span: (usize, usize),
        (before, after): (Option<usize>, Option<usize>),
        speaker: Speaker,
        inherited: bool,
    ) -> Verdict {
        let inner = raw.trim_end_matches([',', ' ']);
        let words = inner.split_whitespace().count();
        let attached = !matches!(speaker, Speaker::Unknown);
        // Titles, nicknames and scare quotes are short and unattributed; a short utterance
        // ends in its own punctuation and has a speaker (`"It's fine," Trump said`).
        // (A name at a sentence's end, `told CNN's "New Day."`, is a title, not an utterance.)
        let titled = title_case(inner);
        // It stands alone: it opens its sentence (a fragment inside one, `Xi said they should
        // achieve "tangible results."`, belongs to the sentence's reported speech).
        // So does one its speaker introduces: `Doe said, "nothing changed."`, `According to
        // Doe, a spokesman, "nothing changed."`.
        let introduced = before.is_some_and(|b| {
            tokens[b].text == ","
                && b > 0
                && (speech_at(tokens, b - 1)
                    || tokens[..b]
                        .iter()
                        .rev()
                        .take_while(|t| t.sentence == tokens[b].sentence)
                        .any(|t| t.text.eq_ignore_ascii_case("according")))
        });
        let alone =
            introduced || before.is_none_or(|b| matches!(tokens[b].text, "." | "!" | "?" | ":"));
        let utterance = attached
            && alone
            && (raw.ends_with([',', '!', '?']) || (raw.ends_with('.') && !titled));
        // A link in quotes ("http://nyti.ms/1RHiWiu.") is no utterance.
        let link = words == 1 && (inner.starts_with("http") || inner.starts_with("www."));
        // Every word capitalised, inside a sentence: a show's or a book's title ("told “Fox
        // News Sunday.”").
        // ("Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard": a book's
        // subtitle makes a longer one.)
        let title = titled && !alone && (words <= 8 || (inner.contains(':') && words <= 14));
        let short = (words < 3 && !utterance) || (words < 6 && !attached);
        let kept = !(short || link || title);
        Verdict {
            quote: kept.then(|| QuoteMention {
                start: span.0,
                end: span.1,
                text: inner.to_string(),
                reported: false,
                speaker: speaker.clone(),
            }),
            title: title && !short,
            span,
            before,
            after,
            speaker,
            inherited,
            ends_with_period: raw.ends_with('.'),
        }
    }
}

/// Whether `inner` is written as a title: every word capitalised but the small words of English
/// titles ("Guardians of the Galaxy", "Fox and Friends"), its first and last words included.
fn title_case(inner: &str) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(|c| !c.is_lowercase());
    let mut words = inner.split_whitespace().peekable();
    let Some(first) = words.next() else {
        return false;
    };
    let mut last = first;
    let all = capital(first)
        && words.all(|w| {
            last = w;
            capital(w)
                || matches!(
                    w,
                    "a" | "an"
                        | "the"
                        | "and"
                        | "or"
                        | "nor"
                        | "but"
                        | "of"
                        | "in"
                        | "on"
                        | "at"
                        | "to"
                        | "for"
                        | "with"
                        | "by"
                        | "from"
                        | "vs."
                        | "as"
                )
        });
    all && capital(last)
}

/// Verbs that introduce reported speech after their subject ("Lee said he will …").
const REPORTING: &[&str] = &[
    "said",
    "says",
    "stated",
    "noted",
    "stressed",
    "emphasized",
    "emphasised",
    "added",
    "explained",
    "acknowledged",
    "underscored",
    "reaffirmed",
    "warned",
    "insisted",
    "argued",
    "observed",
    "claimed",
    "announced",
    "confirmed",
    "predicted",
    "believes",
    "argues",
    "notes",
    "adds",
];

/// Verbs that take a clause without "that" ("said he will …"); the others need "that".
fn bare_clause(verb: &str) -> bool {
    matches!(
        verb,
        "said" | "says" | "added" | "adds" | "believes" | "warned"
    )
}

/// Adverbs that may sit between a speaker and the verb of speech ("Lee further said", "Byrne
/// also wrote").
pub(super) const SPEECH_ADVERBS: &[&str] = &[
    "also",
    "further",
    "then",
    "again",
    "later",
    "previously",
    "earlier",
    "once",
    "recently",
];

/// Words that may sit between a subject and its verb ("Lee further said", "Lee has said"):
/// those adverbs, others in -ly, and a perfect's auxiliary.
fn is_adverb(t: &str) -> bool {
    SPEECH_ADVERBS.contains(&t) || matches!(t, "has" | "had" | "have") || is_ly_adverb(t)
}

/// Words after "said" that say when or where, not what ("said Saturday he expects").
fn is_time_word(t: &str) -> bool {
    matches!(
        t,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "today"
            | "yesterday"
            | "Today"
            | "Yesterday"
            | "earlier"
            | "later"
    )
}

/// A span of tokens `[a, b]` (inclusive) as a reported quote.
fn clause(
    tokens: &[Token<'_>],
    text: &str,
    mut a: usize,
    mut b: usize,
    speaker: Speaker,
) -> Option<QuoteMention> {
    while a <= b && !tokens[a].is_word() {
        a += 1;
    }
    // A dateline opening the paragraph is no part of what was said: "CAIRO (AFP) — France will
    // …", "WASHINGTON, D.C. -- The …".
    // (A word in capitals, two letters or more, as a dateline's town is written.)
    if a <= b
        && super::entities::all_caps(&tokens[a])
        && tokens[a].text.chars().filter(|c| c.is_alphabetic()).count() >= 2
    {
        let dash = (a + 1..=b.min(a + 10))
            .take_while(|&k| {
                let t = tokens[k].text;
                !tokens[k].is_word() || t.starts_with(|c: char| c.is_uppercase())
            })
            .find(|&k| matches!(tokens[k].text, "—" | "–" | "-" | "--"));
        if let Some(d) = dash {
            a = d + 1;
            while a <= b && (!tokens[a].is_word() || matches!(tokens[a].text, "-")) {
                a += 1;
            }
        }
    }
    while b > a && !tokens[b].is_word() && !matches!(tokens[b].text, "”" | "\"" | ")") {
        b -= 1;
    }
    let words = (a..=b).filter(|&k| tokens[k].is_word()).count();
    if a > b || words < 4 {
        return None;
    }
    Some(QuoteMention {
        start: tokens[a].start,
        end: tokens[b].end,
        text: text[tokens[a].bstart..tokens[b].bend].to_string(),
        reported: true,
        speaker,
    })
}

/// Reported speech: an attribution (subject + reporting verb, or "said" + subject) and the clause
/// it governs — after it ("Lee said that …", "Lee further said he …"), before it ("…, Lee said.",
/// "…, said Lee, adding …") or around it ("The two countries, he explained, are …"). Sentences
/// whose words are already a direct quote are left to it.
fn reported(
    tokens: &[Token<'_>],
    text: &str,
    mentions: &[Mention],
    direct: &[(usize, usize)],
) -> Vec<QuoteMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let sentence = tokens[i].sentence;
        let mut j = i;
        while j < tokens.len() && tokens[j].sentence == sentence {
            j += 1;
        }
        if let Some(q) = reported_in(tokens, text, mentions, i, j) {
            let covered = direct
                .iter()
                .any(|&(start, end)| start < q.end && q.start < end);
            if !covered {
                out.push(q);
            }
        }
        i = j;
    }
    out
}

/// The reported quote of the sentence `tokens[s..e]`, if it has an attribution.
fn reported_in(
    tokens: &[Token<'_>],
    text: &str,
    mentions: &[Mention],
    s: usize,
    e: usize,
) -> Option<QuoteMention> {
    let last = e - 1;
    for v in s..e {
        let verb = tokens[v].text;
        if !REPORTING.contains(&verb) {
            continue;
        }
        // Subject before the verb, skipping adverbs: a person/organisation or he/she.
        let mut k = v;
        while k > s && is_adverb(tokens[k - 1].text) {
            k -= 1;
        }
        let pronoun = (k > s)
            .then(|| Gender::of_pronoun(tokens[k - 1].text))
            .flatten();
        let (speaker, attr_start) = if let Some(g) = pronoun {
            (Speaker::Pronoun(g), k - 1)
        } else if let Some(m) = (k > s).then(|| mention_ending_at(mentions, k)).flatten() {
            // Role words before the name belong to the attribution ("spokesperson Kang said"),
            // and so does a title ("…, President Lee said, is …").
            let g = super::gazetteer::Gazetteer::get();
            let mut a = mentions[m].tok_start;
            while a > s
                && tokens[a - 1].is_word()
                && (!tokens[a - 1].is_capitalised() || g.is_title(tokens[a - 1].text))
            {
                a -= 1;
                if a > s && tokens[a - 1].text == "," {
                    break;
                }
            }
            if tokens[a..mentions[m].tok_start]
                .iter()
                .any(|t| t.text == "that")
            {
                a = mentions[m].tok_start;
            }
            (Speaker::Mention(m), a)
        } else if v > s && tokens[v - 1].text == "," {
            // Inverted: ", said Lee" / ", said Kang, the spokesperson". (Not a name that a verb
            // follows: "Frank Klein, Ritz president, said Dodi called him" reports Dodi's call.)
            match mention_at(mentions, v + 1) {
                Some(m) if !tokens.get(mentions[m].tok_end).is_some_and(finite_verb) => {
                    (Speaker::Mention(m), v)
                }
                _ => continue,
            }
        } else {
            continue;
        };
        let attr_end = match speaker {
            Speaker::Mention(m) if attr_start == v => mentions[m].tok_end - 1,
            _ => v,
        };
        let before_comma = attr_start > s && tokens[attr_start - 1].text == ",";
        let mut r = attr_end + 1;
        // The clause after the verb.
        while r <= last && is_time_word(tokens[r].text) {
            r += 1;
        }
        let rest_is_end = r > last
            || tokens[r..=last].iter().all(|t| !t.is_word())
            || (before_comma
                && matches!(
                    tokens[r].text,
                    "in" | "at"
                        | "on"
                        | "during"
                        | "to"
                        | "after"
                        | "before"
                        | "via"
                        | "when"
                        | "while"
                        | "according"
                ));
        if before_comma && rest_is_end {
            // "…, Lee said." — the clause is what came before.
            return clause(tokens, text, s, attr_start - 1, speaker);
        }
        if r <= last && tokens[r].text == "," {
            let next = tokens.get(r + 1).map_or("", |t| t.text);
            if before_comma && !next.ends_with("ing") {
                // Parenthetical: "The two countries, he explained, are …" — the whole sentence.
                return clause(tokens, text, s, last, speaker);
            }
            if before_comma {
                // "…, he said, stressing that …": the clause before, then what it adds.
                return clause(tokens, text, s, last, speaker);
            }
            continue;
        }
        if r > last {
            continue;
        }
        if tokens[r].text == "that" {
            return clause(tokens, text, r + 1, last, speaker);
        }
        // "said on Tuesday that …", "said in a statement that …": when or where it was said,
        // then the clause.
        if matches!(
            tokens[r].text,
            "on" | "in" | "at" | "during" | "last" | "this" | "earlier" | "late" | "after"
        ) && let Some(t) = (r + 1..=last.min(r + 8))
            .take_while(|&k| tokens[k].is_word())
            .find(|&k| tokens[k].text == "that")
        {
            return clause(tokens, text, t + 1, last, speaker);
        }
        if tokens[r].text == "the" && tokens.get(r + 1).is_some_and(|t| t.text == "need") {
            return clause(tokens, text, r, last, speaker);
        }
        // "said repeatedly that …".
        while r < last && is_ly_adverb(tokens[r].text) {
            r += 1;
        }
        if tokens[r].text == "that" {
            return clause(tokens, text, r + 1, last, speaker);
        }
        // A clause without "that" opens with its subject ("said he will", "said the talks …");
        // not "said about Latinos", "warned us about", "said little", "said was a mistake".
        // ("Hammond added a jumper", "Lee added his second": a score, not words; "warned Iran
        // of" is its object.)
        let object = matches!(verb, "added" | "adds")
            && matches!(
                tokens[r].text,
                "a" | "an" | "another" | "his" | "her" | "their" | "its" | "two" | "three"
            );
        if bare_clause(verb) && opens_subject(&tokens[r]) && !object {
            return clause(tokens, text, r, last, speaker);
        }
    }
    None
}

/// The token after a name's generational suffix ("Jr.", "Sr", "III") from token `k`, or `k`.
fn past_suffix(tokens: &[Token<'_>], mut k: usize) -> usize {
    let at = |k: usize| tokens.get(k).map_or("", |t| t.text);
    if matches!(at(k), "Jr" | "Jr." | "Sr" | "Sr." | "II" | "III" | "IV") {
        k += 1;
    }
    if k > 0 && at(k) == "." && matches!(at(k - 1), "Jr" | "Sr") {
        k += 1;
    }
    k
}

/// The person or organisation whose name ends just before token `k`.
fn mention_ending_at(mentions: &[Mention], k: usize) -> Option<usize> {
    mentions
        .iter()
        .position(|m| m.tok_end == k && matches!(m.kind, FactKind::Person | FactKind::Organization))
}

fn mention_at(mentions: &[Mention], tok: usize) -> Option<usize> {
    mentions.iter().position(|m| {
        m.tok_start <= tok
            && tok < m.tok_end
            && matches!(m.kind, FactKind::Person | FactKind::Organization)
    })
}

/// The speaker among tokens `ks`, scanned nearest the verb first: the first person named in full
/// (or by a strong one-word name), or a pronoun met before any name; failing those, the first
/// one-word name or organisation met ("Robert Shrum, a veteran Democratic strategist, said":
/// Shrum, not "Democratic").
fn subject(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    ks: impl IntoIterator<Item = usize>,
) -> Option<Speaker> {
    let mut fallback = None;
    let mut person = None;
    for (n, k) in ks.into_iter().enumerate() {
        match mention_at(mentions, k) {
            Some(m) if mentions[m].kind == FactKind::Person && !mentions[m].weak => {
                return Some(Speaker::Mention(first_of_pair(tokens, mentions, m)));
            }
            // "After Brown criticized Bill Clinton, Hillary shot back": a given name alone right
            // next to the verb is its subject, not a full name further away.
            Some(m)
                if n == 0
                    && mentions[m].kind == FactKind::Person
                    && super::gazetteer::Gazetteer::get()
                        .given
                        .contains_key(mentions[m].text.as_str()) =>
            {
                return Some(Speaker::Mention(m));
            }
            Some(m) => {
                fallback = fallback.or(Some(m));
                // `Mr. Mahaney, of RBC Capital Markets, said`: a one-word person, then an
                // organisation in an appositive.
                if mentions[m].kind == FactKind::Person
                    && let Some(o) = fallback.filter(|&o| o != m)
                    && mentions[m].tok_end < mentions[o].tok_start
                    && tokens[mentions[m].tok_end].text == ","
                {
                    person = person.or(Some(m));
                }
            }
            None if fallback.is_none() => {
                if let Some(g) = Gender::of_pronoun(tokens[k].text) {
                    return Some(Speaker::Pronoun(g));
                }
            }
            None => {}
        }
    }
    person.or(fallback).map(Speaker::Mention)
}

/// "Cummings and Conyers wrote": of two people who speak together, the first named is the
/// speaker (news style names the lead author first).
fn first_of_pair(tokens: &[Token<'_>], mentions: &[Mention], m: usize) -> usize {
    let (start, end) = (mentions[m].tok_start, mentions[m].tok_end);
    // (Only as the verb's subject: not "Patti LaBelle and Stevie Wonder, who joked".)
    let verb_next = end < tokens.len()
        && (speech_at(tokens, end) || SPEECH_ADVERBS.contains(&tokens[end].text));
    let and = start
        .checked_sub(1)
        .filter(|&k| verb_next && tokens[k].text == "and");
    and.and_then(|k| {
        mentions
            .iter()
            .position(|p| p.tok_end == k && p.kind == FactKind::Person)
    })
    .unwrap_or(m)
}

/// `said Hillary Clinton Press Secretary Brian Fallon`: a name right before a title in
/// capitals is the titled person's employer; the titled person speaks.
fn titled_after(tokens: &[Token<'_>], mentions: &[Mention], s: Speaker) -> Speaker {
    let Speaker::Mention(m) = s else {
        return s;
    };
    let end = mentions[m].tok_end;
    mentions
        .iter()
        .position(|n| {
            n.kind == FactKind::Person
                && n.title.is_some()
                && n.tok_start > end
                && n.tok_start <= end + 4
                && tokens[end..n.tok_start].iter().all(|t| {
                    t.is_capitalised()
                        && t.sentence == tokens[end].sentence
                        && !super::text::is_honorific(t.text)
                })
        })
        .map_or(Speaker::Mention(m), Speaker::Mention)
}

/// Who a paragraph ending in a colon introduces as the speaker of the quotes after it: the
/// subject of the verb of speech in its last sentence (`81-year-old Parker Eaton, a nominal
/// Republican who voted for JFK and Bill Clinton, said that given the crop of candidates:` is
/// Eaton's, not Clinton's), a person named in full right before it or before its appositive.
pub fn colon_speaker(tokens: &[Token<'_>], mentions: &[Mention]) -> Option<usize> {
    let last = tokens.last()?.sentence;
    let start = tokens.iter().position(|t| t.sentence == last)?;
    let v = (start..tokens.len()).find(|&k| speech_at(tokens, k))?;
    let person = |m: &Mention| m.kind == FactKind::Person && !m.weak;
    // (Right before the verb, perhaps after an adverb: "Blackwell also wrote:".)
    let end = if v > start && SPEECH_ADVERBS.contains(&tokens[v - 1].text) {
        v - 1
    } else {
        v
    };
    if let Some(m) = mentions
        .iter()
        .position(|m| m.tok_end == end && m.tok_start >= start && person(m))
    {
        return Some(m);
    }
    // "Name, appositive, said": the first name of the sentence that a comma closes.
    (end > start && tokens[end - 1].text == ",")
        .then(|| {
            mentions.iter().position(|m| {
                person(m)
                    && m.tok_start >= start
                    && m.tok_end < end - 1
                    && tokens[m.tok_end].text == ","
            })
        })
        .flatten()
}

/// Who said the quote between tokens `before` and `after`? `quote_spans` are the block's quotes
/// (names inside them are quoted, not speaking).
fn attribute(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    quote_spans: &[(usize, usize, usize, usize)],
    before: Option<usize>,
    after: Option<usize>,
) -> Speaker {
    // After the quote: `," Kang said`, `," said Kang Yu-jung, a spokesperson`, `," he added`,
    // `," Xi told Lee`, `, according to X`.
    if let Some(a) = after {
        // Long enough for an appositive: `," Doug Usher, director of research at Widmeyer
        // Communications, said`.
        // (A short name or title in quotes inside it is part of it: `," Texas delegate Bill
        // Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said`.)
        let mut window: Vec<usize> = Vec::new();
        let mut k = a;
        while k < tokens.len().min(a + 30) {
            if matches!(tokens[k].text, "\"" | "“" | "”") {
                let close = (k + 2..tokens.len().min(k + 6))
                    .find(|&j| matches!(tokens[j].text, "\"" | "”" | "“"));
                let named = |c: usize| {
                    tokens[k + 1..c]
                        .iter()
                        .all(|t| !t.is_word() || t.is_capitalised())
                };
                match close {
                    Some(c) if tokens[k].text != "”" && tokens[c].text != "“" && named(c) => {
                        window.extend(k..=c);
                        k = c + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            window.push(k);
            k += 1;
        }
        let sentence = tokens[a].sentence;
        for (n, &k) in window.iter().enumerate() {
            if tokens[k].sentence != sentence && n > 0 {
                break;
            }
            if speech_at(tokens, k) {
                // A name right after the quote, then the verb or an appositive, is the speaker
                // (`," Michael Ahrens, a Rubio spokesman, said`).
                // Role words may come first: `," the economist Jared Bernstein, a former
                // adviser in the Obama White House, wrote`.
                // A title's abbreviation comes first too: `," Mr. Kaplan, a screenwriter, said`.
                let from = match tokens.get(a) {
                    Some(t) if super::text::is_honorific(t.text) => {
                        a + 1 + usize::from(tokens.get(a + 1).is_some_and(|t| t.text == "."))
                    }
                    _ => a,
                };
                // (A party's or a people's adjective may open the role: `," Republican pollster
                // Bill McInturff, part of …, told NBC`.)
                let g = super::gazetteer::Gazetteer::get();
                // (So may a place before a role in lower case: `," Texas delegate Bill
                // Eastland, …, said`.)
                let adjective = |j: usize| {
                    matches!(tokens[j].text, "Republican" | "Democratic" | "Democrat")
                        || super::text::with_lower(tokens[j].text, |l| g.demonyms.contains_key(l))
                        || (g.is_place(tokens[j].text)
                            && tokens.get(j + 1).is_some_and(|t| {
                                t.is_word() && t.text.chars().all(char::is_lowercase)
                            }))
                };
                let lead = (from..tokens.len().min(from + 4))
                    .find(|&j| {
                        !tokens[j].is_word() || (tokens[j].is_capitalised() && !adjective(j))
                    })
                    .unwrap_or(from);
                // (Not a name a preposition attaches: "a spokesman for Disney said".)
                let attached = (a..lead).any(|j| OF_WHOM.contains(&tokens[j].text));
                if let Some(m) = mention_at(mentions, lead).filter(|&m| {
                    !attached
                        && mentions[m].tok_start == lead
                        && mentions[m].kind == FactKind::Person
                        && {
                            // ("James B. Comey Jr., the director of …, said".)
                            let end = past_suffix(tokens, mentions[m].tok_end);
                            end == k || tokens.get(end).is_some_and(|t| t.text == ",")
                        }
                }) {
                    return Speaker::Mention(m);
                }
                // `," since so many cases were decided by 5-to-4 votes, said Lee Epstein, who
                // teaches …`: a full name right after a verb that follows a comma is an
                // inverted subject, however long the clause before it.
                // (A role in lower case may come first: "says psychologist Nancy Molitor".)
                let named_from = (k + 1..tokens.len().min(k + 3))
                    .find(|&j| !g.roles.contains(tokens[j].text))
                    .unwrap_or(k + 1);
                let inverted = mention_at(mentions, named_from).filter(|&m| {
                    let m = &mentions[m];
                    m.tok_start == named_from && m.kind == FactKind::Person && !m.weak
                });
                if let Some(m) = inverted.filter(|_| n > 10 && tokens[k - 1].text == ",") {
                    return Speaker::Mention(m);
                }
                if n > 10 {
                    break;
                }
                // `," a spokesman said` / `," officials said` / `," a Twitter spokesman said`.
                let words: Vec<usize> = window[..n]
                    .iter()
                    .copied()
                    .filter(|&j| tokens[j].is_word())
                    .collect();
                let common = nominal(tokens, &words).or_else(|| appositive_nominal(tokens, a, k));
                // Name before the verb? (A name inside the noun phrase, "Twitter" of "a Twitter
                // spokesman" or "Trump" of "one Trump campaign source", does not speak: the
                // phrase does.)
                match subject(tokens, mentions, window[..n].iter().rev().copied()) {
                    Some(Speaker::Mention(_)) if common.is_some() => {}
                    Some(s) => return s,
                    None => {}
                }
                if let Some(s) = common {
                    return Speaker::Nominal(s);
                }
                // `," and said his supporters were upset with the Republican Party`: a clause
                // follows the verb, not its subject; names in it do not speak. (Right after the
                // quote, "added his campaign manager Jeff Weaver" is an inverted subject.)
                if n > 0 && tokens.get(k + 1).is_some_and(|t| opens_clause(t.text)) {
                    break;
                }
                // `," said a person close to the Clintons.`, `," said a spokesman for the
                // campaign.`: a noun phrase speaks (the longest one), not a name attached to it.
                // (`," according to a transcript of the show`: the phrase after "to".)
                let v = if tokens[k].text == "according"
                    && tokens.get(k + 1).is_some_and(|t| t.text == "to")
                {
                    k + 1
                } else {
                    k
                };
                if let Some(s) = phrase_after_verb(tokens, v, window[window.len() - 1]) {
                    return Speaker::Nominal(s);
                }
                // Name after the verb ("said Kang", "according to Mao Ning"), in its sentence.
                let after_verb = window[n + 1..]
                    .iter()
                    .copied()
                    .take_while(|&j| tokens[j].sentence == tokens[k].sentence);
                if let Some(s) = subject(
                    tokens,
                    mentions,
                    after_verb.filter(|&j| !is_pronoun(tokens[j].text)),
                ) {
                    return titled_after(tokens, mentions, s);
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
    // Before the quote: `Kang explained, "…"`, `Lee highlighted in a statement, "…"`, and a
    // sentence ending in its attribution (`…, consultant Phil Musser says. "…"`).
    if let Some(b) = before {
        let sentence = tokens[b].sentence;
        let start = (0..=b)
            .rev()
            .take_while(|&k| tokens[k].sentence == sentence)
            .last()
            .unwrap_or(b);
        let quoted = |k: usize| {
            let t = &tokens[k];
            quote_spans
                .iter()
                .any(|&(_, oc, _, cc)| t.start > oc && t.end <= cc)
        };
        // A verb of speech, else a word that introduces a quote less surely ("expressed hope
        // for", "Bart Naylor, advocate for Public Citizen: …"): `said Dennis B. Ross, a former
        // adviser to Mr. Obama who is now a fellow at the Institute for Near East Policy. "…"`
        // is Ross's, not Obama's.
        let speech = (start..=b).rev().find(|&k| {
            !quoted(k)
                && !in_relative_clause(tokens, k)
                && (speech_at(tokens, k)
                    // "As Jeff Weiner put it in his memo, "…""
                    || (tokens[k].text == "put" && tokens.get(k + 1).is_some_and(|t| t.text == "it")))
        });
        let verb = speech.or_else(|| {
            (start..=b).rev().find(|&k| {
                !quoted(k)
                    && matches!(
                        tokens[k].text,
                        "expressed" | "hopes" | "for" | "called" | "highlighted"
                    )
            })
        });
        // `"…," Ron Lieberman told the Journal, after de Blasio stated an interest in …. "…"`:
        // a sentence that opens with a quote attributes that one; a verb inside it, far from
        // the next quote, does not introduce the next, which goes on in the same voice.
        // (`"…," he said, and Lee replied: "…"` still does.)
        if matches!(tokens[start].text, "\"" | "“")
            && verb.is_some_and(|v| v + 2 < b)
            && let Some(&(_, _, _, cc)) = quote_spans
                .iter()
                .find(|&&(_, oc, _, _)| oc == tokens[start].start)
            && let Some(a) = tokens.iter().position(|t| t.start > cc).filter(|&a| a <= b)
        {
            let first = attribute(tokens, mentions, quote_spans, None, Some(a));
            if first != Speaker::Unknown {
                return first;
            }
        }
        if let Some(v) = verb {
            // `Madeleine Albright recently urged women to vote for Hillary Clinton, saying, "…"`:
            // a participle after a comma goes with the sentence's subject, not a name in its
            // object.
            let participle = matches!(
                tokens[v].text,
                "saying"
                    | "adding"
                    | "noting"
                    | "writing"
                    | "explaining"
                    | "arguing"
                    | "insisting"
                    | "telling"
                    | "asking"
                    | "declaring"
                    | "warning"
                    | "claiming"
                    | "stressing"
                    | "recalling"
            ) && v > start
                // (`…,” adding, “…”`: the comma may sit inside the closing mark.)
                && (tokens[v - 1].text == ","
                    || (matches!(tokens[v - 1].text, "”" | "\"")
                        && v >= start + 2
                        && tokens[v - 2].text == ","));
            // (A one-word name opening the sentence is its subject too: "Weaver didn't seem
            // impressed, telling reporters, …".)
            // (Not a possessive, nor when another verb of speech comes first: "Mateen didn't
            // mingle, Nefzi said, adding, …".)
            let opener = |m: &Mention| {
                m.tok_start == start
                    && tokens
                        .get(m.tok_end)
                        .is_none_or(|t| !matches!(t.text, "'" | "’"))
                    && !(m.tok_end..v).any(|j| speech_at(tokens, j))
            };
            let opening_subject = (start..v.min(start + 6)).find_map(|k| {
                mention_at(mentions, k).filter(|&m| {
                    mentions[m].kind == FactKind::Person
                        && (!mentions[m].weak || opener(&mentions[m]))
                        && !quoted(k)
                })
            });
            if let Some(m) = opening_subject.filter(|_| participle) {
                return Speaker::Mention(m);
            }
            // `…, said Bart Naylor, an advocate for Public Citizen. "…"`, `"…," said Doyle,
            // whose home state …. "…"`: a name right after a verb that follows a comma is the
            // inverted subject.
            let after_comma = (start..v)
                .rev()
                .find(|&k| !matches!(tokens[k].text, "\"" | "”" | "“"))
                .is_some_and(|k| tokens[k].text == "," && k + 3 >= v);
            // (Not a name that modifies another: "said Clinton ally James Carville".)
            let inverted = mention_at(mentions, v + 1).filter(|&m| {
                let m = &mentions[m];
                m.tok_start == v + 1
                    && m.kind == FactKind::Person
                    && tokens
                        .get(m.tok_end)
                        .is_some_and(|t| matches!(t.text, "," | "." | ":" | "\"" | "“"))
            });
            if let Some(m) = inverted.filter(|_| after_comma && speech == Some(v)) {
                return Speaker::Mention(m);
            }
            // `Benjamin J. Rhodes, Mr. Obama's deputy adviser, said: "…"`: an appositive ends
            // right before the verb; the name it describes speaks, not a name inside it.
            if v > start && tokens[v - 1].text == "," {
                let head = (start..v).filter(|&k| !quoted(k)).find_map(|k| {
                    mention_at(mentions, k).filter(|&m| {
                        let m = &mentions[m];
                        m.tok_start == k
                            && m.kind == FactKind::Person
                            && !m.weak
                            && m.tok_end < v - 1
                            && tokens[m.tok_end].text == ","
                    })
                });
                if let Some(m) = head {
                    return Speaker::Mention(m);
                }
            }
            // `…," a Twitter spokesman said. "…"`: the noun phrase right before the verb speaks
            // on, not the name inside it (as after a quote, below).
            // After an opening phrase and its comma, the subject starts anew: "In a statement
            // for this story, a State Department official said, "…"".
            // (Not the comma after a name: "Sam Lau, the communications director for the Iowa
            // Democratic Party said" is Lau's appositive.)
            let opening = (start..v)
                .rev()
                .find(|&k| {
                    quoted(k)
                        || matches!(tokens[k].text, "\"" | "”" | "“")
                        || (tokens[k].text == ","
                            && k + 1 < v
                            && !mentions
                                .iter()
                                .any(|m| m.tok_end == k && m.kind == FactKind::Person))
                })
                .map_or(start, |k| k + 1);
            // (Only a bare phrase: no clause, no comma between it and the verb.)
            let bare = (opening..v).all(|k| {
                let t = tokens[k].text;
                (tokens[k].is_word() && !ends_phrase(t) && !is_speech(t)) || matches!(t, "'" | "’")
            });
            let words: Vec<usize> = (opening..v).filter(|&k| tokens[k].is_word()).collect();
            let common = nominal(tokens, &words)
                .filter(|_| bare)
                .or_else(|| appositive_nominal(tokens, start, v));
            // The subject nearest the verb: a person, else a pronoun, else an organisation
            // ("Jack Mozloom, a spokesman for the NFIB, said: …"); a phrase holding the name
            // ("a spokesman for Bernie Sanders could only quip: …").
            match subject(tokens, mentions, (start..v).rev().filter(|&k| !quoted(k))) {
                Some(Speaker::Mention(_)) if common.is_some() => {}
                Some(Speaker::Mention(m)) => {
                    return attached_phrase(tokens, &mentions[m])
                        .map_or(Speaker::Mention(m), Speaker::Nominal);
                }
                Some(s) => return s,
                None => {}
            }
            if let Some(s) = common {
                return Speaker::Nominal(s);
            }
            // `…," said one district GOP leader. "…"`: a noun phrase after a verb that follows
            // a quote speaks, not the party inside it. (Elsewhere it is the verb's object: "has
            // said the same thing".)
            let after_quote = v > start && matches!(tokens[v - 1].text, "\"" | "”");
            if let Some(s) =
                phrase_after_verb(tokens, v, b).filter(|_| after_quote && speech == Some(v))
            {
                return Speaker::Nominal(s);
            }
            // "Said Trump: …", `…," said the Rev. Peter Wherry. "…"`
            let after_verb = (v + 1..=b).filter(|&k| !is_pronoun(tokens[k].text));
            match subject(tokens, mentions, after_verb) {
                Some(Speaker::Mention(m)) => {
                    return attached_phrase(tokens, &mentions[m])
                        .map_or(Speaker::Mention(m), Speaker::Nominal);
                }
                Some(s) => return s,
                None => {}
            }
        } else if tokens[b].text == ":" {
            // `Mark Mahaney, technology analyst at RBC, agreed: "…"`: the clause before a colon
            // introduces the quote; its subject opens it.
            let named = (start..b).filter(|&k| !quoted(k)).find_map(|k| {
                mention_at(mentions, k)
                    .filter(|&m| mentions[m].kind == FactKind::Person && !mentions[m].weak)
            });
            if let Some(m) = named {
                // `a spokesman for Bernie Sanders could only quip: "…"`: the noun phrase that
                // holds the name speaks.
                return attached_phrase(tokens, &mentions[m])
                    .map_or(Speaker::Mention(m), Speaker::Nominal);
            }
            // `Clinton: "Our goal is …"`, `Politico reveals a few relevant facts: "…"`: a name
            // that opens the clause, however weak, or an organisation.
            let opening = (start..b.min(start + 3))
                .find_map(|k| mention_at(mentions, k).filter(|&m| mentions[m].tok_start == k));
            if let Some(m) = opening {
                return Speaker::Mention(m);
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
                    Speaker::Pronoun(_) => Some("PRONOUN".into()),
                    Speaker::Nominal(s) => Some(s),
                    Speaker::Unknown => None,
                };
                (q.text, sp, q.reported)
            })
            .collect()
    }

    /// The speaker of the first quote found in `s` (the test fails if there is none).
    fn speaker(s: &str) -> Option<String> {
        quotes(s)[0].1.clone()
    }

    #[test]
    fn an_inch_mark_is_no_quote_mark_and_an_opening_mark_may_close() {
        let texts = |s: &str| -> Vec<String> {
            spans(s)
                .iter()
                .map(|&(ob, _, cb, _)| {
                    let after = ob + s[ob..].chars().next().map_or(1, char::len_utf8);
                    s[after..cb].to_string()
                })
                .collect()
        };
        assert!(texts("Trump is 6'3\" tall and weighs 236 pounds, the letter said.").is_empty());
        assert_eq!(
            texts("“He is like 6’2”, and I am not,” Trump said."),
            ["He is like 6’2”, and I am not,"]
        );
        assert_eq!(
            texts("FEMA should conduct an “expedited review“ of Flint’s water, she said."),
            ["expedited review"]
        );
        // An opening mark before a word opens.
        assert_eq!(texts("He said “yes” and “no”."), ["yes", "no"]);
        // A closing mark opening the paragraph opens.
        assert_eq!(
            texts("” … the Cruz train has left,” wrote Time magazine."),
            [" … the Cruz train has left,"]
        );
    }

    #[test]
    fn speech_verbs_are_lower_case_ascii_and_match_any_case() {
        // `is_speech` compares ASCII case-insensitively: the list must stay lower-case ASCII.
        for v in SPEECH {
            assert!(v.bytes().all(|b| b.is_ascii_lowercase()), "{v}");
        }
        assert!(is_speech("Said") && is_speech("SAYS") && !is_speech("sai"));
        assert!(is_pronoun("He") && is_pronoun("she") && !is_pronoun("they"));
    }

    #[test]
    fn speaker_after_the_quote() {
        assert_eq!(
            speaker("\"The two leaders agreed to maintain close communication,\" Kang said.")
                .as_deref(),
            Some("Kang")
        );
        assert_eq!(
            speaker(
                "“Nobody wanted this strike to go on,” said Tomas Reyes, the union's secretary.",
            )
            .as_deref(),
            Some("Tomas Reyes")
        );
    }

    #[test]
    fn a_sentence_reporting_someone_else_after_a_quote_does_not_attribute_it() {
        let qs = quotes(
            "\"It's a very sad development,\" Cruz told reporters. \"This is the consequence of \
             the culture of the campaign.\" Ohio Gov. John Kasich said he would have fired him.",
        );
        assert_eq!(qs[1].1.as_deref(), Some("Cruz"), "{qs:?}");
        // Its own attribution, after a full stop, still counts.
        assert_eq!(
            speaker("\"That has no place in a campaign.\" Kasich said.").as_deref(),
            Some("Kasich")
        );
    }

    #[test]
    fn shot_back_barked_and_chimed_in_are_verbs_of_speech() {
        assert_eq!(
            speaker(
                "After Jerry Brown criticized Bill Clinton, Hillary shot back, \"I could have \
                 stayed home and baked cookies.\""
            )
            .as_deref(),
            Some("Hillary")
        );
        assert_eq!(
            speaker("\"Maybe razor,\" chimed in Ovechkin, who arrived unshaved.").as_deref(),
            Some("Ovechkin")
        );
        assert_eq!(
            speaker("\"That is not who we are,\" an angry Hollande retaliated.").as_deref(),
            Some("Hollande")
        );
    }

    #[test]
    fn speaker_before_the_quote_and_told() {
        assert_eq!(
            speaker("Kang explained, \"Lee asked China to play a constructive role.\"").as_deref(),
            Some("Kang")
        );
        assert_eq!(speaker("China and South Korea \"are important close neighbors that cannot be moved away,\" Xi told Lee, according to spokeswoman Mao Ning.").as_deref(), Some("Xi"));
    }

    #[test]
    fn speaker_after_an_appositive_or_an_honorific() {
        // The verb comes 11 words after the quote; the name right after it speaks.
        assert_eq!(speaker("“Iowa was the inflection point,” Doug Usher, director of research at Widmeyer Communications, said at the time.").as_deref(), Some("Doug Usher"));
        // A name inside the appositive does not: the one before the comma does.
        assert_eq!(speaker("“Murphy owes Floridians an explanation,” Michael Ahrens, a Rubio spokesman, said in a statement.").as_deref(), Some("Michael Ahrens"));
        // "Ms." ends no sentence.
        assert_eq!(
            speaker("\"It will be extremely hard to find a job,\" Ms. Bigbee said.").as_deref(),
            Some("Bigbee")
        );
        // Role words before the name.
        assert_eq!(speaker("\"Wages may finally rise,\" the economist Jared Bernstein, a former adviser in the Obama White House, wrote on his blog.").as_deref(), Some("Jared Bernstein"));
    }

    #[test]
    fn the_name_an_appositive_describes_speaks() {
        assert_eq!(speaker("Benjamin J. Rhodes, Mr. Obama's deputy national security adviser, said: \"The further introduction of troops is not on the table.\"").as_deref(), Some("Benjamin J. Rhodes"));
        // A clause may run on after the quote before its speaker is named.
        assert_eq!(speaker("\"It's time for us to work on getting her a supporting cast in place\" and enact her legislative agenda, Mr. Clyburn said.").as_deref(), Some("Clyburn"));
        assert_eq!(
            speaker("\"We're still talking about that guy?\" Mr. Burton fumed.").as_deref(),
            Some("Burton")
        );
    }

    #[test]
    fn a_noun_phrase_with_a_name_in_it_speaks_as_written() {
        assert_eq!(
            speaker("\"Violent threats break our rules,\" a Twitter spokesman said.").as_deref(),
            Some("a Twitter spokesman")
        );
        assert_eq!(
            speaker("\"There is no doubt that he is very bright,\" the Russian leader said.")
                .as_deref(),
            Some("the Russian leader")
        );
        // A person named in the phrase still speaks.
        assert_eq!(
            speaker("\"We will appeal,\" the lawyer Jane Roe said.").as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn a_noun_phrase_speaks_not_the_name_it_belongs_to() {
        for (text, who) in [
            (
                "\"A deal this size warrants scrutiny,\" a spokesman for Disney said.",
                "a spokesman for Disney",
            ),
            (
                "\"The drop is directly attributable to the emails,\" said a person close to the Clintons.",
                "a person close to the Clintons",
            ),
            (
                "\"This is eerily similar to 2000,\" said one longtime adviser to Bill Clinton.",
                "one longtime adviser to Bill Clinton",
            ),
            (
                "\"It's the nominee's party,\" one Trump campaign source said.",
                "one Trump campaign source",
            ),
            (
                "\"We did not care,\" said one district GOP leader.",
                "one district GOP leader",
            ),
            (
                "\"Trump will be defeated,\" said a New Hampshire Republican.",
                "a New Hampshire Republican",
            ),
            (
                "\"It was a mistake,\" the company’s spokesman said.",
                "the company’s spokesman",
            ),
            (
                "\"We will win,\" said a spokesman for the campaign.",
                "a spokesman",
            ),
            // The phrase stops before a relative clause or an adverb.
            (
                "\"He was there,\" said one source who identified Sullivan.",
                "one source",
            ),
            (
                "\"Trade is a lifeline,\" the editorial board recently wrote.",
                "the editorial board",
            ),
        ] {
            assert_eq!(speaker(text).as_deref(), Some(who), "{text}");
        }
        // The phrase speaks on in the next quote.
        let q = quotes(
            "\"Threats have no place here,\" a Twitter spokesman said. \"We have teams around the world investigating reports.\"",
        );
        assert_eq!(q[1].1.as_deref(), Some("a Twitter spokesman"));
        // A name right after the verb still speaks.
        assert_eq!(
            speaker("\"We will win,\" said Kang Yu-jung, a spokesperson for the office.")
                .as_deref(),
            Some("Kang Yu-jung")
        );
    }

    #[test]
    fn a_short_utterance_with_a_speaker_is_a_quote() {
        let q = quotes("\"It's fine,\" Trump said as he left the stage.");
        assert_eq!(q[0].0, "It's fine");
        assert_eq!(q[0].1.as_deref(), Some("Trump"));
        assert_eq!(quotes("\"Really?\" she asked.")[0].0, "Really?");
        // Titles stay out, attributed or not.
        assert!(quotes("Cruz told CNN's \"New Day.\"").is_empty());
        assert!(quotes("The show \"Morning Joe\" aired.").is_empty());
        // A fragment inside a sentence is part of its reported speech.
        let q = quotes("Xi said the two sides should achieve \"tangible results.\"");
        assert!(q.iter().all(|q| q.0 != "tangible results."), "{q:?}");
    }

    #[test]
    fn a_long_clause_then_said_and_a_name() {
        assert_eq!(speaker("\"To see the number of cases that could change is stunning,\" since so many of the most important cases were decided by 5-to-4 votes, said Lee Epstein, who teaches law.").as_deref(), Some("Lee Epstein"));
        assert_eq!(speaker("\"I just don't think she's been completely truthful,\" Cecelia Purner, 67, a retired nurse in Allentown, Pa., said in an interview.").as_deref(), Some("Cecelia Purner"));
    }

    #[test]
    fn as_someone_put_it() {
        assert_eq!(speaker("As the chief executive, Jeff Weiner, put it in his memo, \"Imagine a world where we are one of them.\"").as_deref(), Some("Jeff Weiner"));
        // "put" alone is no speech verb.
        let q = quotes("Jeff Weiner put the memo on the table: \"Imagine a world.\"");
        assert_ne!(q.first().and_then(|q| q.1.as_deref()), Some("PRONOUN"));
    }

    #[test]
    fn a_clause_after_the_verb_names_nobody() {
        let q = quotes(
            "He repeated that \"the media is rigging the polls against us, every single day\" and said his supporters were angry with the Republican Party.",
        );
        // "repeated" is the verb: its subject speaks, not a name after "and said".
        assert_eq!(q[0].1.as_deref(), Some("PRONOUN"));
        // Right after the quote, a possessive opens an inverted subject.
        assert_eq!(
            speaker("\"We will win,\" added his campaign manager Jeff Weaver.").as_deref(),
            Some("Jeff Weaver")
        );
    }

    #[test]
    fn reacted_is_a_verb_of_speech_only_when_it_reacts_to_nothing() {
        assert_eq!(
            speaker("\"Is he profiling?\" reacted Donald Trump.").as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(
            quotes("Ilia Calderon reacted to \"Planet of the Apes\" with a laugh.")
                .first()
                .and_then(|q| q.1.clone()),
            None
        );
    }

    #[test]
    fn a_conjunction_opening_the_clause_is_no_part_of_a_common_noun_speaker() {
        let q = quotes(
            "As one employee told Palo Alto Weekly, \"She wants to put fear in our hearts.\"",
        );
        assert_eq!(q[0].1.as_deref(), Some("one employee"));
    }

    #[test]
    fn two_people_who_write_together_are_led_by_the_first_named() {
        assert_eq!(
            speaker("\"We request a full accounting,\" Elijah Cummings and John Conyers wrote.")
                .as_deref(),
            Some("Elijah Cummings")
        );
        // A relative clause belongs to the last of a list.
        assert_eq!(
            speaker("Guests included Patti LaBelle and Stevie Wonder, who joked, \"I haven't seen it yet.\"")
                .as_deref(),
            Some("Stevie Wonder")
        );
    }

    #[test]
    fn speaker_before_the_quote_is_the_subject_of_the_verb() {
        // Not the first name of the sentence: the one nearest the verb.
        assert_eq!(speaker("Or maybe Jeb Bush, digital consultant Phil Musser says. \"Several surveys suggest a second look is occurring.\"").as_deref(), Some("Phil Musser"));
        assert_eq!(speaker("In a speech to the National Assembly, Kim Min-seok said, \"We will restore the budget in full.\"").as_deref(), Some("Kim Min-seok"));
        // `…, saying, "…"`.
        assert_eq!(speaker("Elizabeth Warren endorsed the governor on Thursday, saying, “Having a fighter in the lead is exactly what this state needs.”").as_deref(), Some("Elizabeth Warren"));
    }

    #[test]
    fn a_sentence_ending_in_its_attribution_names_the_next_quote_s_speaker() {
        // The verb of speech, not "for" in the appositive, heads the attribution.
        let q = quotes(
            "\"The cost of inaction matters,\" said Dennis B. Ross, a former adviser to Mr. Obama who is now a fellow at the Institute for Near East Policy. \"President Obama has been more inclined to the cost of action.\"",
        );
        assert_eq!(q[1].1.as_deref(), Some("Dennis B. Ross"));
        // A name right after "said" that follows a comma is its subject.
        let q = quotes(
            "If Obama acts now, members could push to replace Mary Jo White with a more liberal member, said Bart Naylor, financial policy advocate for Public Citizen. \"It would avoid a big Senate fight.\"",
        );
        let direct = |q: &[(String, Option<String>, bool)]| {
            q.iter().find(|q| !q.2).and_then(|q| q.1.clone())
        };
        assert_eq!(direct(&q).as_deref(), Some("Bart Naylor"));
        // Not a name that modifies the speaker's title.
        let q = quotes(
            "The campaign was tough, said Clinton ally James Carville. \"He has a different role.\"",
        );
        assert_eq!(direct(&q).as_deref(), Some("James Carville"));
    }

    #[test]
    fn a_name_with_a_suffix_an_initial_or_a_long_appositive_speaks() {
        for (text, who) in [
            (
                "\"It works as a way to sell murder,\" James B. Comey Jr., the director of the Federal Bureau of Investigation, said at a news conference.",
                "James B. Comey Jr",
            ),
            (
                "\"Things are changing in the courts,\" J. Gerald Hebert, executive director of the Campaign Legal Center, said in an interview.",
                "J. Gerald Hebert",
            ),
            (
                "\"We find the labels of criminal,\" Malkia Cyril, the executive director at the Center of Media Justice who is also featured in the film, told reporters.",
                "Malkia Cyril",
            ),
            (
                "\"The polls are clear on this point,\" analyst David Byler pointed out.",
                "David Byler",
            ),
        ] {
            assert_eq!(speaker(text).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn documents_speak_and_readers_do_not() {
        assert_eq!(
            speaker("\"We are disappointed and will appeal,\" the statement read.").as_deref(),
            Some("the statement")
        );
        assert_eq!(
            speaker("\"The committee reviewed every request in good faith,\" the letter reads.")
                .as_deref(),
            Some("the letter")
        );
        // "read" after an auxiliary is someone reading, not a text speaking.
        let q = quotes(
            "\"I think it can work,\" said Louisa Ermelino, the reviews director at Publishers Weekly, who has not read the book. \"Even though she is rich, she is still an underdog.\"",
        );
        assert_eq!(q[1].1.as_deref(), Some("Louisa Ermelino"));
    }

    #[test]
    fn a_one_word_person_speaks_before_the_organisation_in_its_appositive() {
        let q = quotes(
            "Santilli never meant to threaten anyone, Mr. Coan, of Baker Legal Partners, said. \"His intent was to put this in a spot where it had the best chance.\"",
        );
        assert_eq!(q[0].1.as_deref(), Some("Coan"));
        // An organisation alone still speaks.
        assert_eq!(
            speaker("\"We take these reports seriously,\" Microsoft said.").as_deref(),
            Some("Microsoft")
        );
    }

    #[test]
    fn a_full_name_speaks_before_a_one_word_name_near_the_verb() {
        // "Democratic" looks like a one-word name; Shrum is the speaker.
        assert_eq!(speaker("\"Nobody saw it coming,\" Robert Shrum, a veteran Democratic strategist, said, naming a few.").as_deref(), Some("Robert Shrum"));
        assert_eq!(speaker("\"Our days of attacking him were behind us,\" said Democratic pollster Geoff Garin, who advised the campaign.").as_deref(), Some("Geoff Garin"));
        let q = quotes(
            "\"The city will never go back to normal,\" said the Rev. Peter Wherry, of Mayfield Memorial Church. \"What appeared normal was only normal for some.\"",
        );
        assert_eq!(q[0].1.as_deref(), Some("Peter Wherry"));
        assert_eq!(q[1].1.as_deref(), Some("Peter Wherry"));
    }

    #[test]
    fn the_subject_of_a_clause_ending_in_a_colon_speaks() {
        assert_eq!(speaker("Mark Mahaney, technology analyst at RBC Capital Markets, agreed: \"They have a great brand and a large platform.\"").as_deref(), Some("Mark Mahaney"));
    }

    #[test]
    fn names_inside_an_earlier_quote_do_not_speak() {
        let q = quotes(
            "\"Our members are frustrated with Secretary Perez,\" said Jack Mozloom, a spokesman for the federation, which represents small firms. \"He has been very aggressive with the overtime rule.\"",
        );
        assert_eq!(q[0].1.as_deref(), Some("Jack Mozloom"));
        // The second quote has no attribution of its own (the paragraph gives it the first
        // quote's speaker); it must not be Perez, named inside the first quote.
        assert_ne!(q[1].1.as_deref(), Some("Perez"));
        assert_ne!(q[1].1.as_deref(), Some("Secretary Perez"));
    }

    #[test]
    fn nominal_speakers_as_written() {
        let s = "\"We will not back down from this fight,\" a senior campaign official said.";
        assert_eq!(
            quotes(s)[0].1.as_deref(),
            Some("a senior campaign official")
        );
        let s = "\"The numbers speak for themselves here,\" said a spokesman for the governor.";
        assert_eq!(quotes(s)[0].1.as_deref(), Some("a spokesman"));
        let s = "\"There is no evidence of that at all,\" officials said on Monday.";
        assert_eq!(quotes(s)[0].1.as_deref(), Some("officials"));
        // Not a speaker: "the" + a name, or a verb phrase.
        let s = "\"We will win this race in November,\" the Clinton campaign said.";
        assert_ne!(quotes(s)[0].1.as_deref(), Some("the"));
        // One of a group just described.
        let s = "Students Tucker McClendon and others laughed. \"It is funny, but it should not \
                 be,\" one said. \"I did not think it would come to this,\" another said.";
        let q = quotes(s);
        assert_eq!(q[0].1.as_deref(), Some("one"), "{q:?}");
        assert_eq!(q[1].1.as_deref(), Some("another"), "{q:?}");
        // "according to" a common noun.
        let s = "\"I meant he is the founder of ISIS,\" according to a transcript of the show.";
        assert_eq!(quotes(s)[0].1.as_deref(), Some("a transcript"));
        let s = "\"The talks will resume soon,\" according to a senior official.";
        assert_eq!(quotes(s)[0].1.as_deref(), Some("a senior official"));
        let s = "\"Effects would be negligible overall,\" according to a study last year.";
        assert_eq!(quotes(s)[0].1.as_deref(), Some("a study"));
    }

    #[test]
    fn one_word_speakers_an_adverb_away_and_surnames_that_are_titles() {
        assert_eq!(
            speaker("In the cable, Stevens reported, \u{201c}Conditions continue to be unpredictable for everyone.\u{201d}").as_deref(),
            Some("Stevens")
        );
        assert_eq!(
            speaker("Byrne also wrote, saying, \u{201c}They didn\u{2019}t happen every day, but we learned about them.\u{201d}").as_deref(),
            Some("Byrne")
        );
        assert_eq!(
            speaker("\"It's particularly risky to take a bunch of tech companies into politics,\" Mr. Prince said.").as_deref(),
            Some("Prince")
        );
    }

    #[test]
    fn pronoun_speaker_and_scare_quotes() {
        let q =
            quotes("\"It can never be overstated how important regional security is,\" he added.");
        assert_eq!(q[0].1.as_deref(), Some("PRONOUN"));
        assert!(quotes("ties were described as being at their \"peak.\"").is_empty());
        // A short utterance its speaker introduces is a quote.
        let q = quotes("Bernie Sanders had said, \u{201c}We\u{2019}ll see,\u{201d} when asked.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1.as_deref(), Some("Bernie Sanders"));
        let q = quotes("According to John Doe, a spokesman for the company, \"nothing changed.\"");
        assert_eq!(q.len(), 1, "{q:?}");
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

    #[test]
    fn reported_speech_after_an_auxiliary_or_an_adverb_and_only_from_a_subject() {
        let reported = |s: &str| -> Vec<(String, Option<String>)> {
            quotes(s)
                .into_iter()
                .filter(|q| q.2)
                .map(|q| (q.0, q.1))
                .collect()
        };
        let q = reported("Hillary Clinton has said she would not raise taxes on families.");
        assert_eq!(
            q,
            [(
                "she would not raise taxes on families".into(),
                Some("Hillary Clinton".into())
            )]
        );
        let q = reported("Bernie Sanders said millions lost their homes because of greed.");
        assert_eq!(q[0].0, "millions lost their homes because of greed");
        // A score is no speech, and a name that a verb follows is the clause's subject.
        assert!(reported("Rose Hammond added a jumper to give Oklahoma the lead.").is_empty());
        assert!(reported("Thomas added his second on the hour mark.").is_empty());
        assert!(
            reported("Frank Klein, the hotel's president, said Dodi called him two weeks before.")
                .iter()
                .all(|q| q.1.as_deref() != Some("Dodi"))
        );
        let q = reported(
            "The objective of his China visit, President Lee Jae-myung said, is to reduce or \
             resolve these misunderstandings.",
        );
        assert_eq!(q[0].1.as_deref(), Some("Lee Jae-myung"));
        assert!(q[0].0.starts_with("The objective"), "{q:?}");
        // A dateline is no part of what was said.
        for s in [
            "CAIRO (AFP) — France will have no more contact with Syria, President Nicolas Sarkozy \
             said on Sunday.",
            "WASHINGTON, D.C. -- France will have no more contact with Syria, Nicolas Sarkozy said.",
        ] {
            let q = reported(s);
            assert!(q[0].0.starts_with("France will"), "{q:?}");
        }
        let q =
            reported("Bernie Sanders has said repeatedly that he plans to support the nominee.");
        assert_eq!(q[0].0, "he plans to support the nominee");
        // What follows the verb is no clause: where it was said, an object, a verb whose subject
        // went before.
        for s in [
            "Felipe Calderon said in an interview with CNBC that week.",
            "Donald Trump has said about Latinos in the last year.",
            "Donald Trump has warned us about those Mexican rapists.",
            "Hillary Clinton has said little about the plan in recent months.",
            "The vote, which Hillary Clinton has repeatedly said was a mistake, hurt her.",
        ] {
            assert_eq!(reported(s), [], "{s}");
        }
    }

    #[test]
    fn fragments_of_one_sentence_share_the_attribution_that_ends_it() {
        let q = quotes(
            "Beijing stands ready to work with Seoul to \"enhance communication, deepen \
             cooperation,\" advance the partnership and \"inject more positive energy into \
             regional peace,\" Xi Jinping said.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].0, "enhance communication, deepen cooperation");
        assert_eq!(q[0].1.as_deref(), Some("Xi Jinping"));
        assert_eq!(q[1].1.as_deref(), Some("Xi Jinping"));
        // Not across a sentence's end.
        let q = quotes(
            "Japan branded North Korea an \"outlaw nation in the neighborhood.\" \
             \"We will respond with force,\" Kim Jong Un said.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        // Nor from a quote that ends its sentence before its attribution.
        let q = quotes(
            "They promised \"a new start for the region\" and \"an end to the war.\" He \
             said nothing more.",
        );
        assert_eq!(q[0].0, "a new start for the region");
        assert_eq!(q[0].1, None, "{q:?}");
    }

    #[test]
    fn a_title_inside_a_sentence_is_no_quote() {
        let q = quotes(
            "“We know that Russian intelligence services hacked into the DNC,” Clinton said in an interview with “Fox News Sunday.”",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].0.starts_with("We know"));
        // Small words may be lower-case in a title; a subtitle makes it longer.
        for s in [
            "He loved the film “Guardians of the Galaxy” and told “Fox and Friends” so.",
            "She wrote the book “Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard.”",
        ] {
            assert!(quotes(s).is_empty(), "{s}");
        }
        // The same capitals opening the sentence, with a speaker, are said.
        let q = quotes("“Make America Great Again,” Trump said.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].0, "Make America Great Again");
    }

    #[test]
    fn a_link_in_quotes_is_no_quote() {
        assert!(quotes("Read it here, Lee said: \"http://nyti.ms/1RHiWiu.\"").is_empty());
        assert!(quotes("Read it here, Lee said: \"nyti.ms is fine.\"").len() == 1);
    }

    #[test]
    fn reported_speech_after_when_or_where_it_was_said() {
        for s in [
            "The Interior Ministry said on Tuesday that KeyCorp would be fined heavily.",
            "Mr. Stenger announced in a statement this month that KeyCorp would be fined heavily.",
            "Lee said at a news conference last week that KeyCorp would be fined heavily.",
        ] {
            let q = quotes(s);
            assert_eq!(q.len(), 1, "in {s:?}");
            assert!(q[0].2);
            assert_eq!(q[0].0, "KeyCorp would be fined heavily", "in {s:?}");
        }
    }

    #[test]
    fn reported_speech_after_before_and_around_the_attribution() {
        // Trailing: the clause is what came before.
        let q = quotes("China remains South Korea's largest trading partner, Lee said.");
        assert_eq!(q.len(), 1);
        assert_eq!(
            q[0].0,
            "China remains South Korea's largest trading partner"
        );
        assert_eq!(q[0].1.as_deref(), Some("Lee"));
        // Role words and a place after the verb.
        let q = quotes(
            "Lee and Xi agreed on close cooperation, presidential spokesperson Kang Yu-jung said in a briefing.",
        );
        assert_eq!(q[0].0, "Lee and Xi agreed on close cooperation");
        assert_eq!(q[0].1.as_deref(), Some("Kang Yu-jung"));
        // Parenthetical: the whole sentence, with a pronoun to resolve.
        let q =
            quotes("The two countries, he explained, are closely interconnected across history.");
        assert!(q[0].0.contains("are closely interconnected"));
        assert_eq!(q[0].1.as_deref(), Some("PRONOUN"));
        // Adverb and a weekday between the subject, the verb and the clause.
        let q =
            quotes("Lee Jae-myung further said Saturday he expects to resume the dialogue soon.");
        assert_eq!(q[0].0, "he expects to resume the dialogue soon");
        // Verbs other than "said" need "that".
        assert!(quotes("He emphasized the importance of regional security.").is_empty());
        assert_eq!(
            quotes("He emphasized that regional security matters most.").len(),
            1
        );
    }

    #[test]
    fn a_titled_name_with_an_appositive_before_the_verb_speaks() {
        assert_eq!(
            speaker(
                "\"I would not discount the commercial motivations,\" Mr. Kaplan, a screenwriter and former studio executive, said dryly."
            )
            .as_deref(),
            Some("Kaplan")
        );
    }

    #[test]
    fn a_quote_after_its_attribution_sentence_keeps_the_speaker() {
        let qs = quotes(
            "\"Bill Clinton is well aware that the economy has changed,\" said Alan B. Krueger, a professor at Princeton University and a former chairman of Mr. Obama's Council of Economic Advisers who has advised Mrs. Clinton. \"He would recommend policies that would strengthen the economy.\"",
        );
        assert_eq!(qs.len(), 2);
        assert_eq!(qs[0].1.as_deref(), Some("Alan B. Krueger"));
        assert_eq!(qs[1].1.as_deref(), Some("Alan B. Krueger"));
        // A relative clause that introduces the quote still does.
        assert_eq!(
            speaker("Cruz won an endorsement from Mike Lee, who declared in the spin room, \"I am sending the signal that it is time to unite.\"")
                .as_deref(),
            Some("Mike Lee")
        );
    }

    #[test]
    fn a_common_noun_speaker_stops_before_its_verb() {
        assert_eq!(
            speaker("\"It is all political ricochet.\" The senator is said to have made his peace with it.")
                .as_deref(),
            Some("The senator")
        );
    }

    #[test]
    fn a_role_may_come_between_the_verb_and_its_inverted_subject() {
        assert_eq!(
            speaker("It may be saying something like, \"We have got to take this one day at a time,\" agreeing to disagree on a subject or offering your own tips, says psychologist Nancy Molitor.")
                .as_deref(),
            Some("Nancy Molitor")
        );
    }

    #[test]
    fn a_phrase_holding_a_name_before_a_colon_speaks() {
        assert_eq!(
            speaker("The scheduling was so odd that a spokesman for Bernie Sanders could only quip: \"I guess Christmas Eve was booked.\"")
                .as_deref(),
            Some("a spokesman for Bernie Sanders")
        );
        assert_eq!(
            speaker("Bernie Sanders could only quip: \"I guess Christmas Eve was booked.\"")
                .as_deref(),
            Some("Bernie Sanders")
        );
    }

    #[test]
    fn a_common_noun_set_off_by_a_relative_clause_speaks() {
        assert_eq!(
            speaker("\"Iraqi forces began an artillery attack on the outskirts of Arbil,\" the spokesman, who asked not to be identified, told Reuters in a telephone call.")
                .as_deref(),
            Some("the spokesman")
        );
        assert_eq!(
            speaker("A Warren adviser, who spoke on the condition of anonymity to speak candidly, said of the senator, \"She takes the threat of Trump very seriously and she takes it to heart.\"")
                .as_deref(),
            Some("A Warren adviser")
        );
    }

    #[test]
    fn a_phrase_after_the_verb_is_no_speaker_when_a_name_or_a_clause_follows() {
        assert_eq!(
            speaker("\"There never was a stand-down order,\" said the base chief known as Bob, speaking publicly for the first time.")
                .as_deref(),
            Some("Bob")
        );
        assert_eq!(
            speaker("\"It is hard to know what comes next,\" said one district GOP leader.")
                .as_deref(),
            Some("one district GOP leader")
        );
        assert_eq!(
            speaker("\"The biggest danger is that things snowball,\" said one Western diplomat in Tehran.")
                .as_deref(),
            Some("one Western diplomat")
        );
        assert_eq!(
            speaker("\"What if he had elocution lessons?\" the 43-year-old asked in the video's description.")
                .as_deref(),
            Some("the 43-year-old")
        );
        assert_eq!(
            speaker("\"We let them go wherever they want,\" said the tourist, Khaled Hijazi, 37.")
                .as_deref(),
            Some("Khaled Hijazi")
        );
    }

    #[test]
    fn a_party_before_the_role_and_a_participle_after_the_subject() {
        assert_eq!(
            speaker("\"Trump is in a weaker position than our September track,\" Republican pollster Bill McInturff, part of the bipartisan team conducting the survey, told NBC.")
                .as_deref(),
            Some("Bill McInturff")
        );
        assert_eq!(
            speaker("Former Secretary of State Madeleine Albright recently urged women to vote for Hillary Clinton, saying, \"There is a special place in hell for women who do not help each other.\"")
                .as_deref(),
            Some("Madeleine Albright")
        );
    }
}
