//! Property tests: the loader and the classifier accept anything without panicking, never let a
//! control character through, and keep every offset on a char boundary.

use factlens::model::loader::article_from_bytes;
use proptest::prelude::*;

/// Bytes that look like article text with hostile bits mixed in.
fn articleish() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"The minister said on Tuesday that talks would resume. ".to_vec()),
        Just(b"\n\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"Share\n".to_vec()),
        Just(b"\x1b[2J\x1b]52;c;aGk=\x07".to_vec()),
        Just(
            "한국어 中文 “quote” — é\u{301} 👩‍👩‍👧 עברית"
                .as_bytes()
                .to_vec()
        ),
        Just(b"\xff\xfe\xc3".to_vec()),
        Just(b"(Reuters)\n".to_vec()),
        Just(
            "“Quote,” Kang said. \"Open quote Lee said that it"
                .as_bytes()
                .to_vec()
        ),
        Just(
            b"$267.6 billion 70 trillion won (US$48.9 billion) 30-minute June 4 Tuesday ".to_vec()
        ),
        Just(b"spent $102 million ($174 a vote) in  two\tyears. ".to_vec()),
        Just(
            "President Lee Jae-myung met Chinese President Xi Jinping in Gyeongju. "
                .as_bytes()
                .to_vec()
        ),
        Just(b"\xc2\x9b31m".to_vec()),
        // This session's rules: weekdays with a tense or "last"/"next", "mid-March", quote
        // fragments sharing an attribution, "has said", datelines, double-barrelled names.
        Just(
            "date 2016-02-08\nCAIRO (AFP) -- last Friday, next Monday, mid-March; it was set to \
             vote Tuesday. to \"enhance it,\" and \"inject more,\" Gilda Cobb-Hunter said. "
                .as_bytes()
                .to_vec()
        ),
        Just(
            "Clinton has said repeatedly that the 1,237 delegates, 270 electoral votes. he'll "
                .as_bytes()
                .to_vec()
        ),
        // Session 23: decomposed mojibake, party letters, the Arabic article, states after
        // towns, ordinals before place words, given names and pronouns, chambers.
        Just(
            "JosA\u{303}© PeA\u{303}Â±a FranA\u{303}\u{83}A\u{302}§ A\u{303} Gov. Rick Snyder (R) to \
             al-Qaeda al Qaeda Waycross, Ga., N.S. 170th Street Diana changed her House Speaker \
             Microsoft and Nintendo, the Sanders campaign, in Flint. went to Flint $1.1-million"
                .as_bytes()
                .to_vec()
        ),
        // Mis-decoded UTF-8, once, twice and as Latin-1 (C1 bytes), cut anywhere.
        Just(
            "PeÃ±a donâ€™t Ã¢â‚¬â„¢ â\u{80}\u{99} Ã 798,9800 грн 27 σε 2,5 miliona"
                .as_bytes()
                .to_vec()
        ),
        // Bare figures beside a count ("Rubio has 163 and …"), quotes by two speakers.
        Just(
            "He has 568. Cruz has 370 delegates, Rubio has 163 and Kasich has at least 6 in 2008 \
             but four years later, in the 1970’s, a week earlier"
                .as_bytes()
                .to_vec()
        ),
        prop::collection::vec(any::<u8>(), 0..20),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

fn check(bytes: &[u8]) {
    let mut w = Vec::new();
    if let Some(a) = article_from_bytes("p".into(), bytes, &mut w) {
        // The decoded text the blocks point into (plain text; a page builds its own).
        let decoded = factlens::model::decode::decode(bytes)
            .map(|d| d.text)
            .ok()
            .filter(|t| t.len() == a.text_len);
        if let Some(text) = &decoded {
            assert!(
                !text.chars().any(factlens::model::decode::is_control),
                "control char in text"
            );
        }
        for b in &a.blocks {
            if let Some(text) = &decoded {
                assert!(text.is_char_boundary(b.start) && text.is_char_boundary(b.end));
            }
            assert!(b.start <= b.end && b.end <= a.text_len);
            assert!(b.char_start <= b.char_end);
            assert!(!b.text.chars().any(factlens::model::decode::is_control));
        }
        // Facts: offsets inside their block, on char boundaries by construction (char offsets);
        // a fact's text is its span's (a quote's is without its marks and line breaks).
        for f in factlens::model::facts::extract(&a) {
            let block = &a.blocks[f.block as usize].text;
            let len = block.chars().count();
            assert!(
                f.start <= f.end && f.end as usize <= len,
                "fact {f:?} outside block of {len} chars"
            );
            if f.kind != factlens::model::facts::FactKind::Quote {
                let span: String = block
                    .chars()
                    .skip(f.start as usize)
                    .take((f.end - f.start) as usize)
                    .collect();
                assert_eq!(span, &*f.text, "fact {f:?} in {block:?}");
            }
        }
        // Blocks are in order and do not overlap.
        for pair in a.blocks.windows(2) {
            assert!(pair[0].end <= pair[1].start);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn loader_never_panics_on_articleish_bytes(bytes in articleish()) {
        check(&bytes);
    }

    #[test]
    fn loader_never_panics_on_random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes);
    }

    #[test]
    fn decode_is_idempotent(s in "\\PC{0,200}") {
        let once = factlens::model::decode::decode(s.as_bytes()).map(|d| d.text);
        if let Ok(t) = once {
            let twice = factlens::model::decode::decode(t.as_bytes()).unwrap().text;
            prop_assert_eq!(t, twice);
        }
    }
}
