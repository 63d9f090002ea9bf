//! One test per rule, each with a counter-example that must stay kept.

use super::*;

/// Blocks separated by one blank line each, not indented.
fn views<S: AsRef<str>>(texts: &[S]) -> Vec<BlockView<'_>> {
    texts
        .iter()
        .map(|t| BlockView {
            text: t.as_ref(),
            gap_before: 1,
            indent: 0,
        })
        .collect()
}

/// Classifies a tidy article: `body` paragraphs plus `extra` inserted at `at`; returns the verdict
/// of each extra block, in order.
fn verdicts_for(extra: &[&str], at: usize) -> Vec<Option<Drop>> {
    let body = [
        "The two leaders met in Seoul on Tuesday for talks on trade, security and the environment, officials said.",
        "They agreed to hold regular meetings of their finance ministers and to expand exchanges between students.",
        "The next summit is expected to take place in Beijing next year, according to the foreign ministry.",
        "Analysts said the meeting marked a turning point after several years of strained relations between them.",
    ];
    let mut texts: Vec<&str> = body.to_vec();
    for (k, e) in extra.iter().enumerate() {
        texts.insert(at + k, e);
    }
    let views = views(&texts);
    let all = classify(&views);
    all[at..at + extra.len()].to_vec()
}

fn reason(extra: &str, at: usize) -> Option<Reason> {
    verdicts_for(&[extra], at)[0].as_ref().map(|d| d.reason)
}

/// Each line, put alone at `at` in the tidy article, is dropped for `want`.
fn each_is(lines: &[&str], at: usize, want: Reason) {
    for line in lines {
        assert_eq!(reason(line, at), Some(want), "{line}");
    }
}

#[test]
fn cookie_banner_in_english_and_others() {
    assert_eq!(
        reason(
            "We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.",
            4
        ),
        Some(Reason::CookieBanner)
    );
    assert_eq!(
        reason(
            "Wir verwenden Cookies, um Inhalte zu personalisieren. Mit „Alle akzeptieren“ stimmen Sie zu.",
            4
        ),
        Some(Reason::CookieBanner)
    );
    assert_eq!(
        reason(
            "이 웹사이트는 쿠키를 사용합니다. 계속 이용하시면 동의하는 것으로 간주됩니다.",
            4
        ),
        Some(Reason::CookieBanner)
    );
    assert_eq!(
        reason(
            "本网站使用cookie以改善您的浏览体验，继续浏览即表示您同意。",
            4
        ),
        Some(Reason::CookieBanner)
    );
}

/// Banners in the middle of the article (no region to fall outside of), in languages the
/// devsets do not cover.
#[test]
fn cookie_banners_mid_article_in_many_languages() {
    each_is(
        &[
            "Käytämme evästeitä parantaaksemme käyttökokemustasi. Jatkamalla selaamista hyväksyt evästeiden käytön.",
            "Weboldalunk sütiket használ a jobb felhasználói élmény érdekében. Az oldal használatával elfogadja a sütik használatát.",
            "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה שלך.",
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui penggunaan cookie.",
            "Koristimo kolačiće kako bismo poboljšali vaše iskustvo. Nastavkom pregledavanja prihvaćate njihovu upotrebu.",
            "Naudojame slapukus, kad pagerintume jūsų patirtį. Tęsdami naršymą sutinkate su slapukų naudojimu.",
            "Tento web používá soubory cookie. Pokračováním souhlasíte s jejich používáním.",
            "Vi använder cookies för att ge dig en bättre upplevelse. Genom att fortsätta godkänner du detta.",
            "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.",
            "By clicking \"Accept All Cookies\", you agree to the storing of cookies on your device to enhance site navigation.",
            "Do Not Sell or Share My Personal Information",
            "Your privacy choices",
        ],
        2,
        Reason::CookieBanner,
    );
}

/// A consent manager's preference centre, printed whole by the dump: headings, category
/// texts that say "these cookies" or only "your browser", and its buttons.
#[test]
fn a_consent_preference_centre_is_dropped_whole() {
    let out = classify_lines(&[
        &[
            "The city council approved on Tuesday a budget of 14 million dollars for a new central library, Mayor Ellen Park said at a press conference.",
        ],
        &[
            "Construction is expected to start next spring and take two years. The library will replace a building that closed in 2019.",
        ],
        &[
            "The opposition members said the money should go to road repairs instead, and promised to raise the issue again at the next meeting.",
        ],
        &["Privacy Preference Center"],
        &[
            "When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies.",
        ],
        &["Strictly Necessary Cookies"],
        &["Always Active"],
        &[
            "These cookies are necessary for the website to function and cannot be switched off in our systems.",
        ],
        &["Targeting Cookies"],
        &[
            "They may be used by those companies to build a profile of your interests and show you relevant adverts on other sites.",
        ],
        &["Confirm My Choices"],
        &["Allow All"],
    ]);
    assert_eq!(texts(&out, false).len(), 3, "{out:?}");
}

/// A story about cookie banners reports what was said; it is not one, nor are its neighbours.
#[test]
fn counter_example_news_about_cookie_consent_is_kept() {
    let story = [
        "France's data protection regulator fined Google 150 million euros for making it harder to refuse cookies than to accept them, the watchdog said.",
        "The CNIL said visitors needed several clicks to reject all cookies, while a single button let them accept. Websites must obtain consent before placing tracking cookies on a user's device.",
        "Privacy campaigners welcomed the decision, saying consent banners were designed to push users into accepting.",
    ];
    for v in verdicts_for(&story, 2) {
        assert_eq!(v, None);
    }
}

#[test]
fn counter_example_cookie_sentence_in_a_tech_article_is_kept() {
    assert_eq!(
        reason(
            "Google said Chrome would stop supporting third-party cookies next year, a change that advertisers have long opposed.",
            2
        ),
        None
    );
    assert_eq!(
        reason(
            "Regulators said the cookies used by the site to track readers across the web had not been disclosed properly.",
            2
        ),
        None
    );
}

#[test]
fn photo_caption_with_credit() {
    assert_eq!(
        reason(
            "Container cranes stand idle at the northern terminal on Monday. (Reuters)",
            1
        ),
        Some(Reason::PhotoCaption)
    );
    assert_eq!(
        reason(
            "President Lee speaks by phone with President Xi in Seoul, Tuesday. (Presidential office)",
            1
        ),
        Some(Reason::PhotoCaption)
    );
    assert_eq!(
        reason(
            "Protesters gather outside parliament. (AP Photo/Ahn Young-joon)",
            1
        ),
        Some(Reason::PhotoCaption)
    );
    assert_eq!(
        reason("Photo: Jane Smith/Getty Images", 1),
        Some(Reason::PhotoCaption)
    );
    assert_eq!(
        reason("AP Photo/Duane Burleson, File", 1),
        Some(Reason::PhotoCaption)
    );
    assert_eq!(
        reason(
            "Coach Mike Martz watches a game against the Chicago Bears in this Sept. 30, 2007 file photo.",
            1
        ),
        Some(Reason::PhotoCaption)
    );
    // A story that says "in this" keeps its paragraph.
    assert_eq!(
        reason(
            "Nobody in this town expected the vote to pass, said the mayor, who had campaigned against it for a year.",
            1
        ),
        None
    );
}

/// A label names the photographer; a name after it is credit enough, in any language.
#[test]
fn caption_with_a_labelled_credit() {
    each_is(
        &[
            "Bundeskanzler Olaf Scholz bei einer Pressekonferenz in Berlin. Foto: Michael Kappeler/dpa",
            "Flood barriers in York were overwhelmed in January. Photo: Christopher Furlong",
            "Le ministre de la Santé à Paris, le 14 mars. Photo : Ludovic Marin",
            "Президент на встрече с губернаторами в Москве. Фото: Иван Петров",
            "Premier podczas konferencji w Warszawie. Fot. Jan Kowalski",
        ],
        1,
        Reason::PhotoCaption,
    );
    // A label in a sentence, followed by what is no name, is text.
    assert_eq!(
        reason(
            "The company described the photo: a dozen workers standing in the rain outside the plant gates.",
            1
        ),
        None
    );
}

/// What a page says about itself: reading time, gallery counters, how to reach the writer,
/// stand-ins for players, paywall prompts, republication notes.
#[test]
fn page_meta_lines() {
    for (line, want) in [
        ("2 min read", Reason::UiChrome),
        ("Listen · 4:32 min", Reason::UiChrome),
        ("Image 1 of 12", Reason::UiChrome),
        (
            "Your browser does not support the video tag.",
            Reason::UiChrome,
        ),
        (
            "This content is not available due to your privacy preferences.",
            Reason::UiChrome,
        ),
        ("Contact the author at jdoe@example.com", Reason::Byline),
        ("Follow her on Twitter @janedoe", Reason::Byline),
        (
            "Follow Breitbart News investigative reporter and Citizen Journalism School founder Lee Stranahan on Twitter at @Stranahan.",
            Reason::Byline,
        ),
        ("Write to Jane Doe at jane.doe@wsj.com", Reason::Byline),
        ("— With assistance from Kim Lee", Reason::Byline),
        (
            "You have reached your limit of free articles.",
            Reason::Newsletter,
        ),
        (
            "This article was originally published on The Conversation.",
            Reason::Copyright,
        ),
        ("Photo illustration by The Daily Star", Reason::PhotoCaption),
    ] {
        assert_eq!(reason(line, 2), Some(want), "{line}");
    }
}

#[test]
fn counter_example_minutes_and_handles_in_sentences_are_kept() {
    for line in [
        "Follow the money, he said on Twitter, and you will find who paid for the campaign.",
        "Follow the money, the senator wrote on Twitter to @realDonaldTrump, and you will find who paid.",
        "The deal gives the company unlimited access to the port for the next ten years.",
        "It took rescuers 20 minutes to read the names of the missing aloud at the ceremony.",
        "Image rights were at the heart of the case, the judge said.",
    ] {
        assert_eq!(reason(line, 2), None, "{line}");
    }
}

/// Mid-article labels in other languages: related links with their headline, credits of
/// Chinese and Korean papers, follow prompts.
#[test]
fn related_links_and_credits_in_other_languages() {
    for (line, want) in [
        (
            "Lesen Sie auch: Bundesregierung plant neue Steuer",
            Reason::RelatedLinks,
        ),
        (
            "À lire aussi : Le gouvernement veut réformer les retraites pour la troisième fois",
            Reason::RelatedLinks,
        ),
        (
            "Read more: How climate change is making floods more frequent in northern England",
            Reason::RelatedLinks,
        ),
        (
            "Lee también: El Gobierno aprueba el presupuesto",
            Reason::RelatedLinks,
        ),
        ("Läs också", Reason::RelatedLinks),
        ("责任编辑：王明", Reason::Byline),
        ("（记者 张三）", Reason::Byline),
        ("홍길동 기자 hong@example.co.kr", Reason::Byline),
        ("Подписывайтесь на наш канал в Telegram", Reason::UiChrome),
    ] {
        assert_eq!(reason(line, 2), Some(want), "{line}");
    }
    // A sentence that mentions reading more is text.
    assert_eq!(
        reason(
            "Readers who want to read more about the plan can find the full report on the council website, the mayor said.",
            2
        ),
        None
    );
}

/// Credits that close a caption with no label: an agency alone, or desks and a photographer.
#[test]
fn caption_closed_by_a_bare_credit() {
    for caption in [
        "President Lee Jae-myung speaks during a news conference in Seoul, South Korea, October 30, 2025. REUTERS/Kim Hong-Ji",
        "EPA-EFE/JEON HEON-KYUN",
        "Xinhua/Li Xin",
        "Demonstrators gather outside parliament. EPA",
        "A woman walks past a screen showing the summit in Seoul on Saturday. [AFP]",
        "Image caption, President Lee met Xi in Gyeongju on Saturday",
        "Photo courtesy of the White House",
        "toggle caption",
    ] {
        assert!(
            matches!(
                reason(caption, 1),
                Some(Reason::PhotoCaption | Reason::UiChrome)
            ),
            "{caption}"
        );
    }
    // A sentence that ends on agencies in lower case names no desk.
    assert_eq!(
        reason(
            "Growers would have to abide by strict rules established by the Mexican and U.S. agriculture agencies.",
            1
        ),
        None
    );
}

/// Chinese captions name the photographer with 摄 or open with 图为; a date line may carry the
/// source and the writer.
#[test]
fn chinese_captions_and_date_lines() {
    assert_eq!(
        reason("图为会议现场。新华社记者 李想 摄", 2),
        Some(Reason::PhotoCaption)
    );
    assert_eq!(
        reason("2024-03-12 18:32  来源：新华社  作者：王明", 2),
        Some(Reason::Timestamp)
    );
    // A sentence that ends on 拍摄 is text.
    assert_eq!(
        reason("他说，这些照片都是去年夏天在北京郊外的一个村子里拍摄。", 2),
        None
    );
}

#[test]
fn caption_saying_where_people_stand() {
    assert_eq!(
        reason(
            "Mohammed Jabarah, second from right, a Canadian who briefly became an informant, is seen in a court sketch.",
            1
        ),
        Some(Reason::PhotoCaption)
    );
    assert_eq!(
        reason(
            "Khalil Khatri (center) prayed with fellow worshippers at the Islamic Center on Friday.",
            1
        ),
        Some(Reason::PhotoCaption)
    );
    assert_eq!(
        reason(
            "Mothers in Brighton staged a demonstration in the city centre (Pic: PA)",
            1
        ),
        Some(Reason::PhotoCaption)
    );
}

#[test]
fn a_partys_letter_is_no_place_in_a_picture() {
    assert_eq!(
        reason(
            "Nicolas Sarkozy (L) shakes hands with Hosni Mubarak at the palace in Cairo.",
            1
        ),
        Some(Reason::PhotoCaption)
    );
    for sentence in [
        "On Saturday, Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign.",
        "It was a significant victory for Gov. Scott Walker (R) and conservative groups.",
        "A poll by Anderson Robbins Research (D) and Shaw & Company Research (R) shows a tie.",
        "State Rep. Wendy Nanney (R), a leader of the coalition, suggested otherwise.",
    ] {
        assert_eq!(reason(sentence, 1), None, "{sentence}");
    }
}

#[test]
fn counter_example_left_and_right_in_a_sentence_are_kept() {
    assert_eq!(
        reason(
            "The coalition drew support from left and right, and the vote passed by a wide margin on Friday.",
            1
        ),
        None
    );
}

#[test]
fn counter_example_body_citing_an_agency_is_kept() {
    assert_eq!(
        reason(
            "Lee said he expects talks with the North to resume soon, according to Yonhap News Agency.",
            1
        ),
        None
    );
    assert_eq!(
        reason(
            "The ministry said the figures were preliminary (and could still be revised).",
            1
        ),
        None
    );
}

#[test]
fn caption_printed_twice() {
    let cap = "A woman walks past a closed shop in the city centre on Friday afternoon.";
    let v = verdicts_for(&[cap, cap], 1);
    assert_eq!(v[0].as_ref().map(|d| d.reason), Some(Reason::PhotoCaption));
    assert_eq!(v[1].as_ref().map(|d| d.reason), Some(Reason::Duplicate));
}

/// Around a photographer's credit ("Name/Outlet", no agency named), and twice on one line.
#[test]
fn caption_printed_twice_around_a_named_credit_or_on_one_line() {
    let cap = "A woman walks past a closed shop in the city centre on Friday afternoon.";
    let v = verdicts_for(&[cap, "John Smith/The Daily Star", cap], 1);
    let reasons: Vec<Option<Reason>> = v.iter().map(|d| d.as_ref().map(|d| d.reason)).collect();
    assert_eq!(
        reasons,
        [
            Some(Reason::PhotoCaption),
            Some(Reason::PhotoCaption),
            Some(Reason::Duplicate)
        ]
    );
    assert_eq!(reason(&format!("{cap} {cap}"), 1), Some(Reason::Duplicate));
    assert_eq!(doubled(&format!("{cap}  {cap}")), Some(cap));
    // Two sentences that only start alike are not a line said twice.
    assert_eq!(doubled("The talks went well. The talks went on."), None);
}

#[test]
fn comment_form() {
    assert_eq!(reason("Leave a Reply", 4), Some(Reason::CommentForm));
    assert_eq!(
        reason(
            "Your email address will not be published. Required fields are marked *",
            4
        ),
        Some(Reason::CommentForm)
    );
    assert_eq!(reason("12 Comments", 4), Some(Reason::Comments));
}

#[test]
fn counter_example_earnings_per_share_are_kept() {
    assert_eq!(
        reason(
            "Analysts surveyed by FactSet expect Novartis to earn $5.55 per share this year.",
            4
        ),
        None
    );
    assert!(reason("Share this article", 4).is_some());
}

/// Comment prompts of current sites and in other languages.
#[test]
fn comment_prompts_of_current_sites() {
    for line in [
        "Comments powered by Disqus",
        "What do you think? Tell us in the comments below.",
        "Commenting is disabled for this article.",
        "Réagir à cet article",
        "Reageer",
    ] {
        assert!(reason(line, 2).is_some(), "{line}");
    }
}

#[test]
fn counter_example_body_about_comments_is_kept() {
    assert_eq!(
        reason(
            "The minister declined to comment on the report, saying the comments made by her deputy were his own.",
            2
        ),
        None
    );
}

#[test]
fn lone_ui_tokens() {
    for t in [
        "X",
        "Share",
        "Advertisement",
        "Read more",
        "[image]",
        "[        ] [Search]",
        "photo.jpg",
        // "Read more", "See also", "My subscriptions", "Photo" in other languages.
        "Διαβάστε περισσότερα ..",
        "• Zobacz również:",
        "Lire la suite",
        "• Мои подписки",
        "φωτογραφία",
        "Podziel się",
        "Czytaj również",
        "Zamknij",
        "Теги: Здоровье, Опрос",
    ] {
        assert!(reason(t, 4).is_some(), "{t} should be dropped");
    }
}

#[test]
fn counter_example_one_sentence_body_paragraph_is_kept() {
    assert_eq!(reason("He declined to say more.", 2), None);
    assert_eq!(
        reason(
            "It can never be overstated how important regional security is, he added.",
            2
        ),
        None
    );
}

#[test]
fn bylines_and_email_footers() {
    assert_eq!(reason("By Maria Okonkwo", 0), Some(Reason::Byline));
    assert_eq!(reason("dagyumji@heraldcorp.com", 4), Some(Reason::Byline));
    assert_eq!(reason("김민수 기자", 0), Some(Reason::Byline));
    assert_eq!(
        reason("Source: China Media Group.", 4),
        Some(Reason::Source)
    );
}

#[test]
fn counter_example_by_in_a_sentence_is_kept() {
    assert_eq!(
        reason(
            "By the end of the year, the government expects exports to grow by five percent.",
            2
        ),
        None
    );
}

#[test]
fn newsletter_and_related() {
    assert_eq!(
        reason("Sign up for our newsletter", 4),
        Some(Reason::Newsletter)
    );
    let v = verdicts_for(
        &[
            "Related articles",
            "• Port strike enters second week",
            "• Carmakers warn of shortages",
        ],
        4,
    );
    assert!(
        v.iter()
            .all(|d| d.as_ref().is_some_and(|d| d.reason == Reason::RelatedLinks)),
        "{v:?}"
    );
}

#[test]
fn account_dialogs_in_several_languages() {
    each_is(
        &[
            "Forgot your password?",
            "Учётная запись не активирована",
            "Введён неправильный адрес E-mail.",
            "На указанный вами email выслана ссылка, по которой необходимо проследовать для указания нового пароля.",
            "Passwort vergessen?",
            "Mot de passe oublié ?",
        ],
        4,
        Reason::Newsletter,
    );
    // Counter-example: a story about a password.
    assert_eq!(
        reason(
            "Hackers stole the data after an employee reused a password on several sites, the company said in a filing on Monday.",
            2
        ),
        None
    );
}

#[test]
fn counter_example_newsletter_in_body_is_kept() {
    assert_eq!(
        reason(
            "The company said it would close its weekly newsletter business and cut 40 jobs by the end of the year, a spokesman said in a statement.",
            2
        ),
        None
    );
}

#[test]
fn copyright_and_timestamps() {
    assert_eq!(
        reason("© 2025 The Harbour Courier. All rights reserved.", 4),
        Some(Reason::Copyright)
    );
    assert_eq!(
        reason("Published 14 March 2025, 09:12 GMT", 0),
        Some(Reason::Timestamp)
    );
}

#[test]
fn a_legal_notice_paragraph() {
    assert_eq!(
        reason(
            "Copyright Thomson Financial News Limited 2007. All rights reserved. The copying, republication or redistribution of Thomson Financial News content is expressly prohibited without the prior written consent of Thomson Financial News.",
            4
        ),
        Some(Reason::Copyright)
    );
}

#[test]
fn disclaimers_in_several_languages() {
    each_is(
        &[
            "These news feeds are provided by an independent third party and the Harbour Courier is not responsible or liable to you for the same.",
            "This story is sourced direct from an overseas news agency as an additional service to readers. Spelling follows North American usage.",
            "凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点，也不代表本网对其真实性负责。",
            "Мнение редакции может не совпадать с мнением автора статьи.",
            "Żadna część jak i całość utworów zawartych w dzienniku nie może być powielana i rozpowszechniana bez zgody wydawcy.",
            "(內容由新浪北京提供。未經授權，不得轉載。)",
            "Riproduzione riservata",
            "Все права на материалы и новости, опубликованные на сайте «NR2.Ru», охраняются в соответствии с законодательством РФ и международным правом.",
            "Допускается цитирование материалов сайта без согласования с редакцией не более 50% от объема оригинального материала.",
            "No part of this article may be copied, stored or sent on without prior written permission from the publisher, whose lawyers watch closely.",
        ],
        4,
        Reason::Copyright,
    );
}

#[test]
fn counter_example_a_practice_that_must_not_be_copied_is_kept() {
    assert_eq!(
        reason(
            "Minister powiedział, że ta praktyka nie może być powielana w innych szpitalach, bo zagraża pacjentom.",
            2
        ),
        None
    );
}

#[test]
fn counter_example_responsibility_in_the_story_is_kept() {
    assert_eq!(
        reason(
            "The ministry said it was not responsible for the delays, which it blamed on the weather and on a strike at the port.",
            2
        ),
        None
    );
}

#[test]
fn date_lines_in_several_languages() {
    each_is(
        &[
            "Data dodania: 2012-01-03 16:10:06 Ostatnia aktualizacja: 2012-01-04 00:28:49",
            "Δημοσίευση: 04 Ιαν. 2012, 11:28 | Τελευταία ενημέρωση: 04 Ιαν. 2012, 13:04",
            "Last Update: 12/30/2007 11:25 am",
            "Updated: January 11, 2008, 7:12 PM ET",
            "Publicado el 5 de enero de 2012, 10:30",
            "Publikacja: 03.01.2012 08:29 | Aktualizacja: 26.05.2012 05:26",
            "Δημοσιεύτηκε: Δεκέμβριος 20 2011 20:01 Ενημερώθηκε: Δεκέμβριος 20 2011 21:08",
            "Last Updated: Thursday, December 27, 2007 | 10:56 AM CT",
            "Published:Ã‚Â Tuesday, January 08, 2008",
            "Eurosport - Sat, 29 Dec 15:58:00 2007",
            "Globe Staff / December 31, 2007",
        ],
        0,
        Reason::Timestamp,
    );
    // A date in a short sentence is not a date line, nor a figure after a label.
    assert_eq!(reason("Talks resume on 12 January 2012.", 2), None);
    assert_eq!(reason("Attendance - 18,661", 2), None);
}

#[test]
fn tag_lines_credits_and_prev_next() {
    assert_eq!(
        reason("Filed Under: NHL, NHL Northeast, Toronto Maple Leafs", 4),
        Some(Reason::Navigation)
    );
    assert_eq!(
        reason(
            "Previous: Out on a High Note | Next: New Year, New Low for Bush",
            4
        ),
        Some(Reason::Navigation)
    );
    assert_eq!(
        reason(
            "AP Sports Writer Howard Fendrich contributed to this report.",
            4
        ),
        Some(Reason::Byline)
    );
    assert_eq!(
        reason("By: Murray Brewster, THE CANADIAN PRESS", 0),
        Some(Reason::Byline)
    );
    assert_eq!(
        reason("Ottawa Citizen with files from Norma Greenaway", 4),
        Some(Reason::Byline)
    );
    // A sentence about a report someone contributed to stays.
    assert_eq!(
        reason(
            "Three universities contributed to the report, which was published by the ministry on Monday after a year of delays.",
            2
        ),
        None
    );
}

#[test]
fn a_newsletter_call_to_action_and_a_send_to_friend_form() {
    assert_eq!(
        reason(
            "Codziennie rano najświeższe informacje z Lublina i okolic na Twoją skrzynkę mailową. Zapisz się do newslettera! [3]",
            4
        ),
        Some(Reason::Newsletter)
    );
    assert_eq!(
        reason(
            "To send a link to this page to a friend, simply enter their email address below.",
            4
        ),
        Some(Reason::UiChrome)
    );
}

#[test]
fn counter_example_copyright_case_in_body_is_kept() {
    assert_eq!(
        reason(
            "The court ruled on Monday that the copyright claims brought by the publishers against the start-up were invalid.",
            2
        ),
        None
    );
}

#[test]
fn foreign_language_tail_next_to_a_banner() {
    let v = verdicts_for(
        &[
            "X",
            "Sitelerimizde reklam ve pazarlama faaliyetlerinin yürütülmesi amaçları ile çerezler kullanılmaktadır.",
            "Bu teknolojiler, kullanıcıların ziyaretlerini hatırlamamızı ve sayfalarımızı geliştirmemizi sağlar.",
        ],
        4,
    );
    assert!(v.iter().all(Option::is_some), "{v:?}");
    assert_eq!(v[1].as_ref().unwrap().reason, Reason::CookieBanner);
}

#[test]
fn a_short_articles_foreign_tail_is_not_compared_with_itself() {
    // The whole article is shorter than the detection sample: the tail's own words must not
    // count as the article's.
    let v = verdicts_for(
        &[
            "Newsletter",
            "Unsere Redaktion wählt jeden Morgen die wichtigsten Nachrichten des Tages für Sie aus und schickt sie Ihnen kostenlos.",
        ],
        4,
    );
    assert!(
        v[1].as_ref()
            .is_some_and(|d| d.rule == "foreign-language-tail"),
        "{v:?}"
    );
}

#[test]
fn a_foreign_tail_holding_most_of_the_text_is_the_article() {
    // A Russian article after the site's English notices: the notices are no article to measure
    // the language by. (Long enough that the notices alone fill the sample of known words.)
    let notice = "The newspaper can delete any advertisement from the website if any of the rules are broken by its author, and all postings remain the property of their authors. ".repeat(60);
    let russian = [
        "Ровно тридцать лет назад Центр по борьбе с инфекционными заболеваниями впервые упомянул об одной из самых страшных болезней современности. ",
        "Точных данных о погибших за прошедшие три десятилетия нет, однако по неофициальной статистике жертвами заболевания стали миллионы человек. ",
        "В Соединённых Штатах на сегодняшний день насчитывается более миллиона инфицированных, и эффективного метода лечения до сих пор нет. ",
    ]
    .map(|p| p.repeat(25));
    let mut texts = vec![notice, "X".to_string()];
    texts.extend(russian);
    let v = classify(&views(&texts));
    assert!(v[1].is_some(), "{v:?}");
    assert!(v[2..].iter().all(Option::is_none), "{v:?}");
}

#[test]
fn every_drop_explains_itself() {
    let v = verdicts_for(&["Share", "Leave a Reply", "© 2025 Example News"], 4);
    for d in v.into_iter().flatten() {
        assert!(!d.rule.is_empty() && !d.cue.is_empty(), "{d:?}");
    }
}

/// Blocks of lines: a blank line before each entry of `paragraphs`, none between its lines.
fn classify_lines(paragraphs: &[&[&str]]) -> Vec<(String, Option<Reason>)> {
    let views: Vec<BlockView<'_>> = paragraphs
        .iter()
        .flat_map(|p| {
            p.iter().enumerate().map(|(k, t)| BlockView {
                text: t,
                gap_before: usize::from(k == 0),
                indent: 0,
            })
        })
        .collect();
    let v = classify(&views);
    views
        .iter()
        .zip(v)
        .map(|(b, d)| (b.text.to_string(), d.map(|d| d.reason)))
        .collect()
}

/// The texts of the kept (or the dropped) blocks of a [`classify_lines`] result.
fn texts(out: &[(String, Option<Reason>)], dropped: bool) -> Vec<&str> {
    out.iter()
        .filter(|o| o.1.is_some() == dropped)
        .map(|o| o.0.as_str())
        .collect()
}

#[test]
fn a_results_table_the_article_announces_is_kept() {
    let out = classify_lines(&[
        &[
            "Wigan beat Bradford Bulls in a thrilling semifinal on Saturday, with both sides scoring freely before a record crowd.",
        ],
        &[
            "Results of the English rugby league premiership semifinals played on Saturday:",
            "Wigan 42 Bradford Bulls 36",
            "St Helens 25 Warrington 16",
            "6-2",
        ],
    ]);
    let kept = texts(&out, false);
    assert!(kept.contains(&"Wigan 42 Bradford Bulls 36"), "{out:?}");
    assert!(kept.contains(&"St Helens 25 Warrington 16"), "{out:?}");
}

#[test]
fn counter_example_a_list_after_a_comment_marker_is_not_the_article() {
    let out = classify_lines(&[
        &[
            "Wigan beat Bradford Bulls in a thrilling semifinal on Saturday, with both sides scoring freely before a record crowd.",
        ],
        &[
            "They meet St Helens in the final at Old Trafford next weekend, the league said in a statement on Sunday.",
        ],
        &[
            "Leave a Reply",
            "Your email address will not be published.",
            "Comment 12",
            "Name 4",
        ],
    ]);
    let dropped = texts(&out, true);
    assert!(
        dropped.contains(&"Comment 12") && dropped.contains(&"Name 4"),
        "{out:?}"
    );
}

#[test]
fn comment_section_phrases_and_sort_tokens() {
    assert!(reason("Add your comments", 4).is_some());
    assert!(
        reason(
            "Here's what other readers have said. Why not add your thoughts?",
            4
        )
        .is_some()
    );
    assert!(reason("The comments below have not been moderated.", 4).is_some());
    for t in ["• Newest", "Oldest", "Best rated", "Digg it", "TrackBack"] {
        assert_eq!(reason(t, 4), Some(Reason::UiChrome), "{t}");
    }
}

#[test]
fn a_comment_thread_longer_than_the_article_is_dropped() {
    let comment = "I have followed this race closely for months and I honestly think the pollsters are missing what voters in my town are saying about the economy, the war and the candidates themselves, and nobody in the media seems to want to hear it. My neighbours have lost their jobs, their savings and their patience, and they will vote for whoever listens to them first. That is not a question of race or gender at all, whatever the crosstabs say.";
    let mut paragraphs: Vec<Vec<&str>> = vec![
        vec![
            "Race and gender are this week's central flash-points in the race for the Democratic nomination, according to a new national poll.",
        ],
        vec![
            "A month ago both white and black women favored Clinton by wide margins, but there has been a big shift since the primary in South Carolina.",
        ],
        vec![
            "The poll was conducted by telephone among a random national sample of 1,130 adults, and the results have a margin of error of three points.",
        ],
        vec!["Comments"],
        vec!["Please email us to report offensive comments."],
    ];
    for name in ["Lucky", "Suzanne", "jim", "stat", "Alex", "MadeleineFL"] {
        paragraphs.push(vec![comment]);
        paragraphs.push(vec![if name == "Lucky" {
            "Posted by: Lucky | January 14, 2008 06:24 PM"
        } else {
            "Posted by: Suzanne | January 14, 2008 07:05 PM"
        }]);
    }
    let refs: Vec<&[&str]> = paragraphs.iter().map(Vec::as_slice).collect();
    let out = classify_lines(&refs);
    let kept = texts(&out, false);
    assert_eq!(kept.len(), 3, "{kept:?}");
    assert!(kept.iter().all(|t| !t.contains("pollsters are missing")));
    // The signatures say why: they are comments, not bylines.
    assert!(
        out.iter()
            .any(|o| o.0.starts_with("Posted by") && o.1 == Some(Reason::Comments))
    );
}

#[test]
fn shared_words_tell_one_language_from_another() {
    let article = "The two leaders met in Seoul on Tuesday for talks on trade and security. They agreed to hold regular meetings of their ministers, officials said.";
    assert!(rules::shares_words(
        "The next summit is expected to take place in Beijing next year, the officials said.",
        article
    ));
    assert!(!rules::shares_words(
        "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten und Inhalte zu personalisieren.",
        article
    ));
    // Too short to say.
    assert!(!rules::shares_words("The leaders met.", article));
    // Few words in common, but the article's own function words ("the", "of", "to", "in").
    let long = "The leaders of the two countries met in the capital to talk about the future of the region. The talks in the capital were the first of their kind in a decade, and the two sides agreed to meet again.";
    assert!(rules::shares_words(
        "Prices of rice rose by a third in the north owing to drought.",
        long
    ));
    assert!(!rules::shares_words(
        "Preise für Reis stiegen im Norden wegen der Dürre um ein Drittel.",
        long
    ));
}

#[test]
fn a_tidy_article_keeps_its_tables() {
    // No menu, share bar or banner anywhere: the standings are the article, not a page around it.
    let out = classify_lines(&[
        &["BASEBALL - MAJOR LEAGUE STANDINGS AFTER THURSDAY'S GAMES."],
        &["NEW YORK 1996-08-30"],
        &[
            "Major League Baseball",
            "AMERICAN LEAGUE",
            "W L PCT GB",
            "NEW YORK 74 59 .556 -",
            "BALTIMORE 70 63 .526 4",
            "BOSTON 69 65 .515 5 1/2",
        ],
    ]);
    let kept = texts(&out, false);
    assert!(kept.contains(&"BALTIMORE 70 63 .526 4"), "{out:?}");
}

#[test]
fn counter_example_a_page_dump_with_a_menu_still_has_a_region() {
    let out = classify_lines(&[
        &["Home | World | Business | Sport | Culture"],
        &["Top 10 | Latest | Most read"],
        &[
            "Wigan beat Bradford Bulls in a thrilling semifinal on Saturday, with both sides scoring freely before a record crowd of thousands.",
        ],
        &[
            "They meet St Helens in the final at Old Trafford next weekend, the league said in a statement released on Sunday morning.",
        ],
        &["Weather", "Horoscopes", "Puzzles"],
    ]);
    let dropped = texts(&out, true);
    assert!(dropped.contains(&"Horoscopes"), "{out:?}");
}

#[test]
fn comment_rules_longer_than_the_article_are_not_the_article() {
    let rules = [
        "Users agree to treat other participants in the discussion with respect, and not to break the laws of the country in which the site is published.",
        "Comments are published only in the languages in which the main content of the page is presented, and the editors may shorten them.",
        "A comment is removed if it is off topic, spreads hatred, insults other users or the editors, or advertises goods and services.",
        "The administration may block a user's access to the page without warning if the user breaks these rules more than once.",
        "A user may ask for access to be restored by writing to the editors and explaining what was wrong with the comments that were removed.",
        "If the moderators find that access can be restored, it will be; after a second block it cannot be restored again.",
    ];
    let mut paragraphs: Vec<Vec<&str>> = vec![
        vec!["• Home", "• World", "• Business", "• Sport"],
        // The article's toolbar counts its comments: that opens no comment section.
        vec!["Comments: 0"],
        vec![
            "Thirty-eight freight wagons loaded with gravel left the rails in the Khabarovsk region on Wednesday afternoon, a railway spokesman said.",
        ],
        vec![
            "The accident happened at 16:40 Moscow time in the Amur district, 65 kilometres from Komsomolsk-on-Amur, and nobody was hurt.",
        ],
        vec!["He added that trains were running without delays."],
        vec!["• Rate this article", "• Share"],
        vec![
            "• Politics",
            "• Economy",
            "• World",
            "• Incidents",
            "• Science",
            "• Culture",
            "• Sport",
            "• Tourism",
            "• Weather",
            "• Archive",
            "• About us",
            "• Contacts",
        ],
        vec!["COMMENT RULES"],
    ];
    for rule in rules {
        paragraphs.push(vec![rule]);
    }
    let refs: Vec<&[&str]> = paragraphs.iter().map(Vec::as_slice).collect();
    let out = classify_lines(&refs);
    let kept = texts(&out, false);
    assert!(
        kept.iter()
            .any(|t| t.starts_with("Thirty-eight freight wagons")),
        "{out:?}"
    );
    assert!(
        kept.iter().all(|t| !t.starts_with("Users agree")),
        "{out:?}"
    );
}

/// A short article, a factbox of long dashed items, then readers' comments signed with a name
/// and a home town.
fn article_box_and_signed_comments(signatures: &[&str]) -> Vec<(String, Option<Reason>)> {
    let comments = [
        "I got a similar bug on a cruise a couple of years ago and I doubt that I will ever book one again, whatever the brochures promise about hygiene on board.",
        "I was on the maiden voyage of the ship and did not see one person use the antiseptic gel at the door of the restaurant, so none of this surprises me at all.",
        "Nothing to do with the bottle not breaking or any curse; it is what happens when three thousand people share the same buffet for a fortnight at sea.",
        "It is bad enough that Britain cannot design and build decent ships any more without blaming the duchess for a virus that every cruise line knows well.",
    ];
    let mut paragraphs: Vec<Vec<&str>> = vec![
        vec![
            "A cruise ship launched by the Duchess of Cornwall less than a month ago has been hit by a potentially lethal stomach bug, the operator said on Friday.",
        ],
        vec![
            "At least 78 passengers have been struck down by norovirus, and the crew have been told to clean every handrail on board twice a day until the ship docks.",
        ],
        vec![
            "The company said that affected passengers would not be compensated, because the virus is common and had not come from the ship itself.",
        ],
        vec!["Ill-starred voyages"],
        vec![
            "— At the naming ceremony for the Aurora seven years ago, the champagne failed to shatter, and the ship broke down on her maiden voyage",
        ],
        vec![
            "— Norovirus on board the Van Gogh in June last year claimed the life of a former teacher and led to the collapse of the cruise operator",
        ],
        vec!["Have your say"],
    ];
    for (c, s) in comments.iter().zip(signatures) {
        paragraphs.push(vec![c]);
        paragraphs.push(vec![s]);
    }
    let refs: Vec<&[&str]> = paragraphs.iter().map(Vec::as_slice).collect();
    classify_lines(&refs)
}

#[test]
fn readers_signing_with_a_home_town_mark_a_comment_thread() {
    let out = article_box_and_signed_comments(&[
        "Blake B, los angeles,",
        "Frances McErlane, Mallorca, Spain",
        "Dave, Truro, Cornwall",
        "Andrew Milner, Yokohama, Japan",
    ]);
    let kept = texts(&out, false);
    assert!(
        kept.iter().all(|t| !t.contains("doubt that I will ever")),
        "{out:?}"
    );
    assert!(
        out.iter()
            .any(|o| o.0 == "Andrew Milner, Yokohama, Japan" && o.1 == Some(Reason::Comments)),
        "{out:?}"
    );
    // The factbox's long items are the article's, though they end without a full stop.
    assert!(
        kept.iter().any(|t| t.starts_with("— Norovirus on board")),
        "{out:?}"
    );
}

#[test]
fn names_with_the_age_of_their_post_are_comment_signatures() {
    let out = classify_lines(&[
        &[
            "Apple's new Mac Pro has eight cores, room for four drives and a case that many buyers will find far too big for a desk.",
        ],
        &[
            "The machine goes on sale next week at a price of $2,799, the company said in a statement on Tuesday.",
        ],
        &["The Mac Pro is too big."],
        &["TonyZ (6 days ago)"],
        &["What happened to Apple's minimalism philosophy?"],
        &["Me (an hour ago)"],
        &["Â"],
    ]);
    for t in ["TonyZ (6 days ago)", "Me (an hour ago)"] {
        assert!(
            out.iter()
                .any(|o| o.0 == t && o.1 == Some(Reason::Comments)),
            "{out:?}"
        );
    }
    assert!(texts(&out, true).contains(&"Â"), "{out:?}");
    // One dated line is no thread.
    assert!(!rules::name_and_age("updated (last week)"));
    assert!(!rules::name_and_age("last updated (2 hours ago)"));
    assert!(rules::name_and_age("me (an hour ago)"));
}

#[test]
fn a_time_and_date_heading_each_comment_are_comment_signatures() {
    let out = classify_lines(&[
        &[
            "For the last week or so I have kept quiet as assorted commentators have argued in the media about the implants and who should pay to remove them.",
        ],
        &[
            "What I find both fascinating and repulsive is that most of the people making these comments are women, and that few of them have read the reports.",
        ],
        &["12:31 pm, 12-Jan-2012Harry Paterson"],
        &["Well argued and fair play to you. I'm a man, though."],
        &["1:13 pm, 12-Jan-2012Robert"],
        &["You're quite right. I know a couple of girls who got their act together."],
        &["2:10 pm, 12-Jan-2012 Lisa"],
        &["Well done, I am glad someone took a stance."],
    ]);
    assert!(
        out.iter()
            .any(|o| o.0 == "1:13 pm, 12-Jan-2012Robert" && o.1 == Some(Reason::Comments)),
        "{out:?}"
    );
    assert!(
        texts(&out, false).iter().all(|t| !t.contains("fair play")),
        "{out:?}"
    );
    assert!(rules::time_and_date("12:10pm on 16th jan, 2008"));
    // The article's own timestamps, a time alone, a sentence.
    assert!(!rules::time_and_date("updated 1:13 pm, 12-jan-2012"));
    assert!(!rules::time_and_date("12:01 am"));
    assert!(!rules::time_and_date(
        "at 10:30 pm on 12 jan 2012 the police closed the road. nobody was hurt"
    ));
}

#[test]
fn counter_example_names_with_places_in_a_list_or_alone_are_no_signatures() {
    // Adjacent lines are a list (winners and their towns), not signatures.
    let out = classify_lines(&[
        &[
            "The winners of this year's regional poetry prize were announced in a ceremony at the town hall on Saturday evening.",
        ],
        &[
            "Mary Jones, Leeds",
            "Peter Smith, Dundee, Scotland",
            "Anna Kowalski, Warsaw, Poland",
        ],
        &[
            "Each of them receives a cheque and a place at a week-long writing course in the spring, the organisers said.",
        ],
    ]);
    assert!(texts(&out, true).is_empty(), "{out:?}");
    // Fewer than three signatures are not a thread.
    let out =
        article_box_and_signed_comments(&["Dave, Truro, Cornwall", "Well said", "Agreed", "Yes"]);
    assert!(
        out.iter()
            .all(|o| o.1 != Some(Reason::Comments) || !o.0.contains("Truro")),
        "{out:?}"
    );
}

#[test]
fn a_short_last_sentence_ends_the_article() {
    let out = classify_lines(&[
        &["• Home", "• News", "• Sport", "• Showbiz"],
        &[
            "Princess Diana would be alive today if she had kept her police bodyguards, the former head of the Metropolitan Police told the inquest on Friday.",
        ],
        &[
            "Lord Condon said he had strenuously opposed her decision to give up her protection, and had told her so at a meeting at Kensington Palace.",
        ],
        &["The hearing goes on."],
        &["Share this story", "Email to a friend", "Sponsored links"],
        &["• Top stories", "• Latest news", "• Weather"],
    ]);
    assert!(
        texts(&out, false).contains(&"The hearing goes on."),
        "{out:?}"
    );
    assert!(texts(&out, true).contains(&"• Weather"), "{out:?}");
}

#[test]
fn caption_printed_twice_around_its_credit() {
    let cap = "A woman walks past a closed shop in the city centre on Friday afternoon.";
    let v = verdicts_for(&[cap, "Photo by Mark Jones", "AP", cap], 1);
    let reasons: Vec<Option<Reason>> = v.iter().map(|d| d.as_ref().map(|d| d.reason)).collect();
    assert_eq!(
        reasons,
        [
            Some(Reason::PhotoCaption),
            Some(Reason::PhotoCaption),
            Some(Reason::PhotoCaption),
            Some(Reason::Duplicate)
        ]
    );
}

#[test]
fn counter_example_a_repeated_line_around_a_subhead_is_no_caption() {
    // Two short lines without a credit between the copies say nothing of a photo.
    let line = "Officials said more talks were planned for the spring.";
    let v = verdicts_for(&[line, "What next", "Analysis", line], 1);
    assert_eq!(v[0], None);
}

/// A page with a menu (so the article region applies), the article, and `tail` after it.
fn page_with_tail(tail: &[&str]) -> Vec<(String, Option<Reason>)> {
    let mut paragraphs: Vec<&[&str]> = vec![
        &["Home | World | Business | Sport | Culture"],
        &[
            "Wigan beat Bradford Bulls in a thrilling semifinal on Saturday, with both sides scoring freely before a record crowd of thousands.",
        ],
        &[
            "They meet St Helens in the final at Old Trafford next weekend, the league said in a statement released on Sunday morning.",
        ],
    ];
    paragraphs.push(tail);
    paragraphs.push(&[
        "The coach said his players would rest on Monday and return to training later in the week before the final.",
    ]);
    classify_lines(&paragraphs)
}

#[test]
fn short_bulleted_links_inside_the_article_are_dropped() {
    let out = page_with_tail(&[
        "• Former rivals courting new challenges",
        "• Making golf fun to learn, play",
        "• Baseball summoned to answer again",
    ]);
    let dropped = texts(&out, true);
    assert!(
        dropped.contains(&"• Making golf fun to learn, play"),
        "{out:?}"
    );
    assert!(
        texts(&out, false)
            .iter()
            .any(|t| t.starts_with("The coach said")),
        "{out:?}"
    );
}

#[test]
fn a_bulleted_list_whose_first_item_another_rule_dropped_is_still_a_list() {
    let out = page_with_tail(&[
        "● Post to del.icio.us",
        "● E-mail Article ● Print-Friendly Version ● Subscribe to News RSS Feed",
    ]);
    let dropped = texts(&out, true);
    assert!(dropped.contains(&"● Post to del.icio.us"), "{out:?}");
    assert!(
        dropped.contains(&"● E-mail Article ● Print-Friendly Version ● Subscribe to News RSS Feed"),
        "{out:?}"
    );
}

#[test]
fn counter_example_bulleted_sentences_of_the_article_are_kept() {
    let out = page_with_tail(&[
        "• Brodacid is a lacquer applied with a stick; it holds lactic and salicylic acid and works in weeks.",
        "• Duofilm is the alternative to Brodacid and holds the same two acids in a liquid form.",
    ]);
    let kept = texts(&out, false);
    assert!(kept.iter().any(|t| t.starts_with("• Duofilm")), "{out:?}");
}

#[test]
fn a_short_sentence_opening_the_article_is_kept() {
    let out = classify_lines(&[
        &["Home | World | Business | Sport | Culture"],
        &["Photo by Mark Jones"],
        &["ANAHEIM — So, meet Illinois."],
        &[
            "Wigan beat Bradford Bulls in a thrilling semifinal on Saturday, with both sides scoring freely before a record crowd of thousands.",
        ],
        &[
            "They meet St Helens in the final at Old Trafford next weekend, the league said in a statement released on Sunday morning.",
        ],
    ]);
    assert!(
        texts(&out, false).contains(&"ANAHEIM — So, meet Illinois."),
        "{out:?}"
    );
}

#[test]
fn credit_lines_naming_an_agency_or_a_role() {
    each_is(
        &[
            "Staff and agencies",
            "Hugh Gentry, Reuters",
            "The Associated Press",
            "AP Golf Writer",
            "Senior Features Writer",
            "Article from: AAP",
            "eb, pap",
        ],
        4,
        Reason::Byline,
    );
}

#[test]
fn counter_example_a_sentence_ending_with_an_agency_is_kept() {
    assert_eq!(reason("The figures were confirmed by Reuters.", 2), None);
    assert_eq!(reason("Bloomberg", 4), None);
}

#[test]
fn links_a_page_dump_glued_together_still_match_their_cues() {
    assert!(
        reason(
            "Email to a friendEmail to a friendPrinter friendlyPrinter friendly",
            4
        )
        .is_some()
    );
    assert_eq!(
        reason("related linksMore from Sports", 4),
        Some(Reason::RelatedLinks)
    );
    assert!(reason("Click on thumbnail to view image", 4).is_some());
    // Without the case change the letters touch: no word boundary, no cue.
    assert_eq!(
        reason(
            "Shares of YouTube's owner rose after the sharecropping report, the company said on Tuesday.",
            2
        ),
        None
    );
}

#[test]
fn a_chinese_disclaimer_paragraph() {
    assert_eq!(
        reason(
            "【免责声明】本文仅代表作者本人观点，与本网无关。本网站对文中陈述、观点判断保持中立，不对所包含内容的准确性、可靠性或完整性提供任何明示或暗示的保证。请读者仅作参考，并请自行承担全部责任。",
            4
        ),
        Some(Reason::Copyright)
    );
}

#[test]
fn a_chinese_comment_count_in_a_toolbar() {
    let v = verdicts_for(&["0人参与0条评论打印转发"], 0);
    let d = v[0].as_ref().expect("dropped");
    assert_eq!((d.reason, d.rule), (Reason::Comments, "comment-count"));
    // A sentence about comments is no count.
    assert_eq!(
        reason(
            "外交部发言人在记者会上回应了有关评论，并表示双方将继续保持沟通。",
            2
        ),
        None
    );
}

#[test]
fn a_related_header_announcing_its_list() {
    let out = page_with_tail(&[
        "Other stories from this category that may interest you:",
        "Comeback kid Joyce",
        "Blues back in the hunt",
    ]);
    let dropped = texts(&out, true);
    assert!(dropped.contains(&"Comeback kid Joyce"), "{out:?}");
    assert_eq!(reason("PRZECZYTAJ TAKŻE:", 4), Some(Reason::RelatedLinks));
    // A sentence of the article that ends in a colon is no header.
    assert_eq!(
        reason(
            "The ministry listed the other stories it had investigated this year, among them:",
            2
        ),
        None
    );
}

#[test]
fn an_image_alt_text_naming_a_logo() {
    assert_eq!(reason("Summer Report Logo.", 4), Some(Reason::UiChrome));
    assert_eq!(reason("TengriNews Logo", 4), Some(Reason::UiChrome));
    assert_eq!(
        reason(
            "The company unveiled a new logo on Tuesday, its first change in thirty years.",
            2
        ),
        None
    );
}

#[test]
fn comment_and_login_prompts() {
    for line in [
        "No comments at the moment.",
        "Only members of the Club can enter comments.",
        "Log in or register for the club. Registration is free.",
        "Send to e-mail: [Write e-mail address] [Send]",
    ] {
        assert!(reason(line, 4).is_some(), "{line}");
    }
    assert_eq!(
        reason(
            "The minister had no comments on the report, his spokesman said on Friday evening.",
            2
        ),
        None
    );
}

#[test]
fn a_share_button_for_any_network() {
    each_is(
        &[
            "Share on Tumblr",
            "Follow us on Mastodon",
            "Send to Kindle",
            "Post to the Mailbox!",
        ],
        2,
        Reason::UiChrome,
    );
    // Counter-examples: a subhead; a sentence that begins with the words.
    assert_eq!(reason("Send to prison", 2), None);
    assert_eq!(
        reason(
            "Share on the open market fell by a third after the company warned that profits would slip.",
            2
        ),
        None
    );
}

#[test]
fn a_photographer_and_an_outlet_with_a_slash_are_a_credit() {
    each_is(
        &[
            "Nick Procaylo/Postmedia News",
            "Carlos Rodriguez/Wildlife Conservation Society",
            "Gary Cameron/Reuters.",
        ],
        2,
        Reason::PhotoCaption,
    );
    // Counter-examples: no given name before the slash; a headline-like pair.
    assert_eq!(reason("Fruit Juice/Soft Drinks", 2), None);
    assert_eq!(reason("Obama/Clinton ticket gains steam", 2), None);
}

#[test]
fn writers_and_their_outlet_are_a_byline() {
    each_is(
        &[
            "Juliet O'Neill and Jack Aubry, CanWest News Service",
            "Jane Doe, The Daily Telegraph",
            "Mary Ann Smith & Tom Brown, Associated Press",
            "From correspondents in Karachi, Pakistan",
            "Andrew Hendry, Computerworld Australia",
        ],
        2,
        Reason::Byline,
    );
    // Counter-example: a short sentence with a comma.
    assert_eq!(
        reason(
            "Police and firefighters, officials said, arrived within minutes of the first call.",
            2
        ),
        None
    );
}

#[test]
fn a_line_with_a_clock_or_a_full_date_is_dated() {
    for d in [
        "kounteya sinha, tnn jan 10, 2012, 02.33am ist",
        "agencies : washington, thu jan 12 2012, 16:21 hrs",
        "jan 14 2008 by andy howell, western mail",
        "δημοσιεύτηκε: δεκέμβριος 20 2011 20:01",
    ] {
        assert!(dated(d), "{d}");
    }
    for h in [
        "ministers agree on new flood defence plan",
        "70% of milk in delhi, country is adulterated",
        "the 1992 riots, 30 years on",
        "may day marchers fill the streets",
    ] {
        assert!(!dated(h), "{h}");
    }
}

#[test]
fn a_sign_up_call_and_a_lone_form_label() {
    assert_eq!(
        reason(
            "Get today's manufacturing headlines and news - Sign up now!",
            2
        ),
        Some(Reason::Newsletter)
    );
    assert_eq!(reason("Email address", 2), Some(Reason::UiChrome));
    assert_eq!(
        reason(
            "You need to have javascript enabled to view this page correctly",
            2
        ),
        Some(Reason::UiChrome)
    );
    each_is(
        &[
            "To read this article in full you must be registered with the site.",
            "To send a link to this page to a friend, you must be logged in.",
        ],
        2,
        Reason::Newsletter,
    );
    assert_eq!(
        reason(
            "To vote in the primary, you must be registered as a Republican by Friday.",
            2
        ),
        None
    );
    // Counter-example: a sentence about signing up.
    assert_eq!(
        reason(
            "Thousands of residents rushed to sign up for the scheme after the headlines about rising bills last week.",
            2
        ),
        None
    );
}

#[test]
fn teasers_for_other_stories_after_the_article_go() {
    let teasers = [
        "Advertisement",
        "Ads by Google",
        "Golden Globes winners",
        "The Golden Globes ceremony may have been more low-key than usual, but it was still full of surprises.",
        "Dead hearts beat again",
        "U.S. researchers have coaxed a rat's heart back from the dead. Many hope it may lead to new organs.",
    ];
    let got = verdicts_for(&teasers, 4);
    for (line, v) in teasers.iter().zip(&got).skip(2) {
        assert_eq!(
            v.as_ref().map(|d| d.reason),
            Some(Reason::OutsideArticle),
            "{line}"
        );
    }
}

#[test]
fn a_lone_paragraph_past_a_latest_news_heading_after_the_article_goes() {
    let tail = [
        "Latest news",
        "• Ten killed in storm",
        "• Markets fall again",
        "• New mayor sworn in",
        "The death of the disgraced oligarch gave rise to many rumours, and some experts doubt that he died at all, saying so in interviews this week, while others point to his debts and to the quarrels with his former partners in London.",
    ];
    // A short article (a rate report) outweighs a lone paragraph by little.
    let mut texts = vec![
        "Kiev, January 6 – The European currency fell against the hryvnia on the interbank market on Friday, traders said, after the central bank set its official rates for the day and the dollar held steady against most other currencies in thin holiday trading across the region.",
        "100 dollars – 798.98 hryvnia.",
        "100 euros – 1025.25 hryvnia.",
        "On January 5 the central bank set the following rates.",
    ];
    texts.extend(tail);
    let all = classify(&views(&texts));
    assert_eq!(all[0], None);
    assert_eq!(all[4].as_ref().map(|d| d.rule), Some("related-header"));
    assert_eq!(
        all[8].as_ref().map(|d| d.reason),
        Some(Reason::OutsideArticle)
    );
    // Counter-example: the article goes on after a box of links, in two paragraphs or more.
    let inline = [
        "Latest news",
        "• Ten killed in storm",
        "• Markets fall again",
        "The ministers will meet again in March to sign the trade deal, and the fisheries accord is due to follow in the summer, officials said.",
        "Defence talks were put off until the autumn because both sides wanted more time to prepare, and the delay was agreed in a friendly spirit.",
    ];
    let got = verdicts_for(&inline, 4);
    assert_eq!(got[3], None);
    assert_eq!(got[4], None);
}

#[test]
fn counter_example_subheads_over_long_paragraphs_after_a_caption_are_kept() {
    let part = [
        "Advertisement",
        "Ads by Google",
        "Trade first",
        "The ministers will meet again in March to sign the trade deal. Fisheries come next. The talks on tariffs for steel and cars are set for the summer, officials said on Tuesday.",
        "Security later",
        "Defence talks were put off until the autumn. Both sides want more time. Officials said the delay was agreed in a friendly spirit and would not harm the relationship.",
    ];
    let got = verdicts_for(&part, 2);
    for (line, v) in part.iter().zip(&got).skip(2) {
        assert_eq!(v, &None, "{line}");
    }
}

/// A page of thousands of teasers between ads costs a few teaser checks, not one per block: the
/// cut looks only past the article's last long paragraph, at a few places at most.
#[test]
fn thousands_of_teasers_cost_a_few_checks() {
    let mut texts: Vec<String> = vec![
        "Share on Facebook".into(),
        "The two leaders met in Seoul on Tuesday for talks on trade, security and the environment, and agreed to meet again soon. Officials said the talks went well. Analysts agreed that it was a turning point after years of strain.".into(),
    ];
    for i in 0..3000 {
        texts.push(format!("Story number {i} headline here"));
        texts.push(format!(
            "The council said on Tuesday that item {i} would be reviewed next week by officials."
        ));
        texts.push("Ads by Google".into());
        texts.push("Advertisement".into());
    }
    let views = views(&texts);
    super::region::TEASER_CHECKS.with(|c| c.set(0));
    classify(&views);
    let checks = super::region::TEASER_CHECKS.with(|c| c.get());
    assert!(checks <= 20, "{checks} teaser checks");
}

#[test]
fn a_photo_captioned_twice_in_other_words_between_paragraphs() {
    let v = verdicts_for(
        &[
            "Mothers in Brighton who staged a breastfeeding flashmob demonstration in the city centre",
            "Mothers feed their babies during the breastfeeding flashmob in Brighton",
        ],
        2,
    );
    for d in &v {
        assert_eq!(
            d.as_ref().map(|d| (d.reason, d.rule)),
            Some((Reason::PhotoCaption, "caption-reworded"))
        );
    }
    // Two subheads in a row share no words: kept.
    let v = verdicts_for(
        &["Trade and security", "A new round of student exchanges"],
        2,
    );
    assert!(v.iter().all(Option::is_none), "{v:?}");
    // Nor is a line that repeats another's words a caption when it ends a sentence.
    let v = verdicts_for(
        &[
            "Mothers in Brighton staged a breastfeeding flashmob demonstration in the city centre.",
            "Mothers fed their babies during the breastfeeding flashmob in Brighton.",
        ],
        2,
    );
    assert!(v.iter().all(Option::is_none), "{v:?}");
}
