use super::super::text::tokenize;
use super::*;

/// The names found in `s`, less the words taken only for opening a sentence before a verb
/// ("Trade slowed") and a body's generic head ("the Commission"): the story pass keeps those
/// only where another name holds them (tested on their own below).
fn names(s: &str) -> Vec<(String, FactKind, Option<String>)> {
    let toks = tokenize(s);
    find(&toks, s)
        .into_iter()
        .filter(|m| !m.opening && !m.generic)
        .map(|m| (m.text, m.kind, m.title))
        .collect()
}

/// Asserts the names found in `s` and their kinds, in order.
fn assert_names(s: &str, expected: &[(&str, FactKind)]) {
    let n = names(s);
    let got: Vec<(&str, FactKind)> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
    assert_eq!(got, expected, "in {s:?}");
}

#[test]
fn a_headline_in_capitals_run_into_its_text_names_only_what_the_lists_know() {
    use FactKind::*;
    assert_names(
        "OLYMPIC TEAM REFUSES TO STAY IN FLORIDA The team cited blocked toilets.",
        &[("FLORIDA", Place)],
    );
    assert_names(
        "RUSSIANS SPARED FULL BAN FROM OLYMPICS The International Olympic Committee met.",
        &[("International Olympic Committee", Organization)],
    );
}

#[test]
fn a_name_compounded_from_a_trade_is_a_company() {
    use FactKind::*;
    assert_names(
        "Oracle bought Sun Microsystems, and Medtronic hired Ken Watts.",
        &[
            ("Oracle", Organization),
            ("Sun Microsystems", Organization),
            ("Medtronic", Organization),
            ("Ken Watts", Person),
        ],
    );
    assert!(!corporate_compound("Systems") && !corporate_compound("Tech"));
}

#[test]
fn a_name_ending_in_an_acronym_is_no_persons() {
    use FactKind::*;
    assert_names(
        "He listened to Sirius XM while Pope Benedict XVI spoke and Michael Mansfield QC sat.",
        &[
            ("Sirius XM", Organization),
            ("Benedict XVI", Person),
            ("Michael Mansfield QC", Person),
        ],
    );
}

#[test]
fn a_tables_columns_are_names_apart() {
    use FactKind::*;
    assert_names(
        "Voters said:   Clinton        Obama\tEdwards",
        &[("Clinton", Person), ("Obama", Person), ("Edwards", Person)],
    );
}

#[test]
fn a_verb_before_the_after_a_colon_opens_no_name() {
    use FactKind::*;
    assert_names(
        "So let me be specific: Meet the University of Illinois football team.",
        &[("University of Illinois", Organization)],
    );
}

#[test]
fn a_jail_a_memorial_and_a_monument_are_places() {
    use FactKind::*;
    assert_names(
        "She served 84 minutes at Lynnwood Jail, then saw the Lincoln Memorial and the Fifth \
         Avenue Theatre.",
        &[
            ("Lynnwood Jail", Place),
            ("Lincoln Memorial", Place),
            ("Fifth Avenue Theatre", Place),
        ],
    );
}

#[test]
fn where_someone_works_is_an_employer() {
    use FactKind::*;
    assert_names(
        "Mark Weddle started work at Carrier 24 years ago; he lives in Hanover.",
        &[
            ("Mark Weddle", Person),
            ("Carrier", Organization),
            ("Hanover", Place),
        ],
    );
}

#[test]
fn a_states_or_a_partys_chamber_is_a_body() {
    use FactKind::*;
    assert_names(
        "She met South Dakota House candidate Clara Hart and a Democratic House candidate.",
        &[
            ("South Dakota House", Organization),
            ("Clara Hart", Person),
            ("Democratic House", Organization),
        ],
    );
}

#[test]
fn a_given_name_of_either_gender_opens_a_persons_name() {
    use FactKind::*;
    assert_names(
        "Lindsey Graham of South Carolina and Courtney Paris voted.",
        &[
            ("Lindsey Graham", Person),
            ("South Carolina", Place),
            ("Courtney Paris", Person),
        ],
    );
}

#[test]
fn a_small_word_after_a_peoples_word_opens_no_name() {
    use FactKind::*;
    let found = names("He wrote Queen's English for Mis-Use with American of Clinton fame.");
    assert!(
        found
            .iter()
            .all(|m| !m.0.starts_with("for ") && !m.0.starts_with("of "))
    );
    assert!(
        found.iter().any(|m| m.0 == "Clinton" && m.1 == Person),
        "{found:?}"
    );
}

#[test]
fn a_plural_kind_of_people_opening_a_sentence_is_no_one() {
    assert_names(
        "Cynics suggested it was a plot. Skeptics argued otherwise. Economists said no. \
         History suggests few fail. Data shows it.",
        &[],
    );
}

#[test]
fn romanised_given_names_with_a_hyphen_and_hyphenated_titles() {
    use FactKind::*;
    assert_names(
        "Li Ka-shing met Li Ka-Shing's son. Ms Sayeh, Vice-President for Membership, and \
         the Obama-era rule.",
        &[
            ("Li Ka-shing", Person),
            ("Li Ka-Shing", Person),
            ("Sayeh", Person),
        ],
    );
    assert_names(
        "Vice-President for Membership Elias Sayeh left the Center for American Progress \
         and Americans for Prosperity.",
        &[
            ("Elias Sayeh", Person),
            ("Center for American Progress", Organization),
            ("Americans for Prosperity", Organization),
        ],
    );
}

#[test]
fn styles_of_address_and_an_offices_field_after_of_name_no_one() {
    use FactKind::*;
    assert_names(
        "Her Royal Highness Princess Galyani Vadhana died. The National Director of Public \
         Prosecutions, Mokotedi Mpshe, spoke. It ran in the journal Diabetes Care.",
        &[
            ("Galyani Vadhana", Person),
            ("Mokotedi Mpshe", Person),
            ("Diabetes Care", Organization),
        ],
    );
}

#[test]
fn two_full_names_side_by_side_are_two_people() {
    use FactKind::*;
    assert_names(
        "Picture: James Bass Cindy Greenway, 64, spoke. Jamal Sanad Al Suwaidi, 50, met \
         George Herbert Walker Bush.",
        &[
            ("James Bass", Person),
            ("Cindy Greenway", Person),
            ("Jamal Sanad Al Suwaidi", Person),
            ("George Herbert Walker Bush", Person),
        ],
    );
}

#[test]
fn a_titled_persons_institution_for_a_cause_is_an_organisation() {
    use FactKind::*;
    assert_names(
        "He directs the Prince Alwaleed Bin Talal Center for Muslim-Christian Understanding.",
        &[(
            "Alwaleed Bin Talal Center for Muslim-Christian Understanding",
            Organization,
        )],
    );
}

#[test]
fn a_team_of_someone_is_a_side_and_for_a_places_thing_joins_nothing() {
    use FactKind::*;
    assert_names(
        "Team Trump wants Tyson. He works with Technion for China's first university.",
        &[
            ("Team Trump", Organization),
            ("Tyson", Person),
            ("Technion", Person),
            ("China", Place),
        ],
    );
}

#[test]
fn units_in_capitals_and_familiar_demonyms_open_no_name() {
    use FactKind::*;
    assert_names(
        "A 2.8 GHz chip and 4 GB of memory. Veteran Aussie Todd Louden and Brit Jenson \
         Button left.",
        &[("Todd Louden", Person), ("Jenson Button", Person)],
    );
}

#[test]
fn an_all_star_honour_is_no_part_of_the_name() {
    use FactKind::*;
    assert_names(
        "By then All-American Tyler Hansbrough and All-Pro Tom Brady had spoken.",
        &[("Tyler Hansbrough", Person), ("Tom Brady", Person)],
    );
}

#[test]
fn an_adverb_opening_a_sentence_opens_no_name() {
    use FactKind::*;
    assert_names(
        "Unfortunately for Clarkson, it failed. Connolly agreed.",
        &[("Clarkson", Person), ("Connolly", Person)],
    );
}

#[test]
fn a_countrys_sport_names_its_governing_body() {
    use FactKind::*;
    assert_names(
        "Sri Lanka Cricket sacked him, and Cricket Australia and USA Gymnastics agreed.",
        &[
            ("Sri Lanka Cricket", Organization),
            ("Cricket Australia", Organization),
            ("USA Gymnastics", Organization),
        ],
    );
}

#[test]
fn a_name_before_what_body_it_is_is_that_body() {
    use FactKind::*;
    assert_names(
        "Investigators from the Air Accidents Investigation branch and the Black Lives \
         Matter movement met the Bernie Sanders campaign.",
        &[
            ("Air Accidents Investigation", Organization),
            ("Black Lives Matter", Organization),
            ("Bernie Sanders", Person),
        ],
    );
}

#[test]
fn kin_and_the_dead_are_people_though_a_town_names_them() {
    use FactKind::*;
    assert_names(
        "Tama Galiere died in June. His mother Karamia Wheaton took him home.",
        &[("Tama Galiere", Person), ("Karamia Wheaton", Person)],
    );
}

#[test]
fn halls_affairs_and_internationals() {
    use FactKind::*;
    assert_names(
        "Arsenio Hall marched to City Hall; Starr International paid the Consular Affairs \
         office and Queensland Rail.",
        &[
            ("Arsenio Hall", Person),
            ("City Hall", Place),
            ("Starr International", Organization),
            ("Consular Affairs", Organization),
            ("Queensland Rail", Organization),
        ],
    );
}

#[test]
fn a_storm_is_no_person() {
    use FactKind::*;
    assert_names(
        "He praised Chris Christie after Hurricane Sandy and Typhoon Haiyan.",
        &[("Chris Christie", Person)],
    );
}

#[test]
fn outlets_and_groups_the_lists_know() {
    use FactKind::*;
    assert_names(
        "He told Sports Illustrated, Fox Business and Zero Hedge; Common Cause agreed.",
        &[
            ("Sports Illustrated", Organization),
            ("Fox Business", Organization),
            ("Zero Hedge", Organization),
            ("Common Cause", Organization),
        ],
    );
}

#[test]
fn an_institution_named_for_a_titled_person_is_no_person() {
    use FactKind::*;
    let n = names(
        "They beat Bishop Noll Institute near Queen Elizabeth Hospital; Ambassador Samantha \
         Power spoke.",
    );
    let kinds: Vec<FactKind> = n.iter().map(|m| m.1).collect();
    assert_eq!(kinds, [Organization, Organization, Person], "{n:?}");
}

#[test]
fn a_partys_acronym_that_a_title_also_abbreviates_is_the_party() {
    use FactKind::*;
    // "SVP" is a senior vice president in a company's press release, but "the SVP" a party.
    assert_names(
        "In 2003 the SVP swept national elections.",
        &[("SVP", Organization)],
    );
}

#[test]
fn a_plan_or_a_pact_is_no_person_and_much_of_opens_no_name() {
    use FactKind::*;
    assert_names(
        "He liked Obama's Clean Power Plan and the Paris Pact.",
        &[("Obama", Person)],
    );
    assert_names(
        "Much of Beck’s ire fell on All Nippon Airways. None of Trump’s aides left.",
        &[
            ("Beck", Person),
            ("All Nippon Airways", Organization),
            ("Trump", Person),
        ],
    );
}

#[test]
fn a_sentences_first_word_before_the_is_a_verb_not_a_name() {
    use FactKind::*;
    assert_names(
        "\"Keep the B.C. tax,\" it said. Meet the University of Illinois. Alexander the Great \
         won. Meet the Press aired.",
        &[
            ("B.C.", Place),
            ("University of Illinois", Organization),
            ("Alexander the Great", Person),
            ("Meet the Press", Organization),
        ],
    );
}

#[test]
fn someone_of_somewhere_no_list_knows_is_two_names() {
    use FactKind::*;
    assert_names(
        "Melissa Cronin of Gawker wrote. Craig Holman of Public Citizen agreed.",
        &[
            ("Melissa Cronin", Person),
            ("Gawker", Organization),
            ("Craig Holman", Person),
            ("Public Citizen", Organization),
        ],
    );
    // A name opening with "One" is a group's, mid-sentence too.
    assert_names(
        "The group One Nation met One America News Network at the University of Texas.",
        &[
            ("One Nation", Organization),
            ("One America News Network", Organization),
            ("University of Texas", Organization),
        ],
    );
}

#[test]
fn a_title_case_headline_names_what_the_lists_know_and_no_common_words() {
    use FactKind::*;
    assert_names(
        "Trump Makes Campaign Announcement For Speech Against Crooked Hillary Clinton",
        &[("Hillary Clinton", Person)],
    );
    assert_names(
        "Clinton Hid Health Problems From Public, Former White House Doctor Says",
        &[("White House", Organization)],
    );
    assert_names(
        "Carson: Clinton Not Fit To Serve As President Of The United States",
        &[("United States", Place)],
    );
}

#[test]
fn what_a_role_is_for_is_an_organisation_unless_a_given_name_opens_it() {
    use FactKind::*;
    assert_names(
        "Bart Naylor, policy advocate for Public Citizen, and a spokesman for Hillary Clinton \
         agreed.",
        &[
            ("Bart Naylor", Person),
            ("Public Citizen", Organization),
            ("Hillary Clinton", Person),
        ],
    );
}

#[test]
fn a_name_before_airport_river_or_stadium_is_a_place() {
    use FactKind::*;
    assert_names(
        "They marched at Charles de Gaulle airport; a body lay in the Clutha river near \
         Kosevo stadium.",
        &[
            ("Charles de Gaulle", Place),
            ("Clutha", Place),
            ("Kosevo", Place),
        ],
    );
}

#[test]
fn a_club_named_by_its_place_in_a_table_is_an_organisation() {
    use FactKind::*;
    assert_names(
        "Real drew at title contenders Deportivo Coruna; he beat rivals Ted Cruz and John \
         Kasich.",
        &[
            ("Deportivo Coruna", Organization),
            ("Ted Cruz", Person),
            ("John Kasich", Person),
        ],
    );
}

#[test]
fn a_nickname_in_quotes_is_part_of_the_name() {
    use FactKind::*;
    assert_names(
        "The physicist George \"Jay\" Keyworth met Bill “Jay” Smith.",
        &[
            ("George \"Jay\" Keyworth", Person),
            ("Bill “Jay” Smith", Person),
        ],
    );
}

#[test]
fn leaders_known_by_their_initials_are_people_and_a_titles_acronym_is_no_one() {
    use FactKind::*;
    assert_names(
        "He voted for JFK, praised FDR and landed at JFK. Hillary's VP pick met POTUS at \
         9pm AEDT and was made an OBE.",
        &[("JFK", Person), ("FDR", Person), ("JFK", Organization)],
    );
}

#[test]
fn an_acronym_is_no_small_town_written_in_capitals() {
    use FactKind::*;
    // Açu is a Brazilian town in the cities list; "ACU" is not it.
    assert_names(
        "The decision angered activists, the ACU said in a statement.",
        &[("ACU", Organization)],
    );
    // A state's abbreviation the hand list knows is still the state.
    assert_names(
        "He was getting schooled by a nutty VT socialist.",
        &[("VT", Place)],
    );
}

#[test]
fn what_speaks_after_the_is_a_body() {
    use FactKind::*;
    assert_names(
        "Frank Klein of the Ritz said the couple left at midnight.",
        &[("Frank Klein", Person), ("Ritz", Organization)],
    );
    assert_names(
        "The professor was headed to Cairo, the Guardian reported.",
        &[("Cairo", Place), ("Guardian", Organization)],
    );
    // (A given name after "the" is still someone: "the Donald said".)
    assert_names("Nobody minded, the Donald said.", &[("Donald", Person)]);
}

#[test]
fn a_capital_hyphened_to_a_participle_is_an_adjective() {
    use FactKind::*;
    assert_names(
        "The group aired a Christmas-themed ad in Republican-leaning states.",
        &[],
    );
    assert_names(
        "A Hong Kong-listed firm backed the Communist-led CGT unions.",
        &[("CGT", Organization)],
    );
    // (A romanised given name is no participle.)
    assert_names(
        "Ban Ki-moon met Park Geun-hye.",
        &[("Ban Ki-moon", Person), ("Park Geun-hye", Person)],
    );
}

#[test]
fn a_body_is_named_with_for_and_its_field_with_on_and_and() {
    use FactKind::*;
    assert_names(
        "He is director of the Partnership for Conservative Principles, who spoke.",
        &[("Partnership for Conservative Principles", Organization)],
    );
    assert_names(
        "Jared Bernstein, a fellow at the Center on Budget and Policy Priorities, left.",
        &[
            ("Jared Bernstein", Person),
            ("Center on Budget and Policy Priorities", Organization),
        ],
    );
}

#[test]
fn local_offices_are_titles_and_company_forms_make_companies() {
    use FactKind::*;
    assert_names(
        "He met Ohio Treasurer Kelly Mitchell and Maricopa County Recorder Helen Purcell.",
        &[
            ("Ohio", Place),
            ("Kelly Mitchell", Person),
            ("Maricopa County", Place),
            ("Helen Purcell", Person),
        ],
    );
    // (A given name that is also a title stays a name.)
    assert_names("Baron Davis scored.", &[("Baron Davis", Person)]);
    assert_names(
        "Americans for Prosperity sued Trump Restaurants LLC.",
        &[
            ("Americans for Prosperity", Organization),
            ("Trump Restaurants LLC", Organization),
        ],
    );
}

#[test]
fn words_that_describe_someone_are_no_part_of_the_name() {
    use FactKind::*;
    assert_names(
        "Vermonter Bernie Sanders met Associated Press Writer Ibrahim Barzak.",
        &[
            ("Bernie Sanders", Person),
            ("Associated Press", Organization),
            ("Ibrahim Barzak", Person),
        ],
    );
    assert_names(
        "Officer Daniel Pantaleo left. She is co-founder and Chief Strategy Officer.",
        &[("Daniel Pantaleo", Person)],
    );
    // (A given name no list knows opens these: the whole is the name.)
    assert_names(
        "They mourned Zulfikar Ali Bhutto and Moner Mohammad Abusalha.",
        &[
            ("Zulfikar Ali Bhutto", Person),
            ("Moner Mohammad Abusalha", Person),
        ],
    );
}

#[test]
fn a_code_with_digits_after_in_is_no_place() {
    use FactKind::*;
    assert_names(
        "Ellis Hobbs ranks ninth in Pac-10 scoring.",
        &[("Ellis Hobbs", Person)],
    );
    // (The rule leaves plain names alone: "ninth in Oregon".)
    assert_names(
        "Ellis Hobbs ranks ninth in Oregon scoring.",
        &[("Ellis Hobbs", Person), ("Oregon", Place)],
    );
}

#[test]
fn sentence_openers_before_a_verb_of_speech_are_no_one() {
    use FactKind::*;
    assert_names(
        "\"Having said that, there are a lot of shows,\" said David Madden.",
        &[("David Madden", Person)],
    );
    assert_names("Simply saying that you stay home is a mistake.", &[]);
    // Creeds and scriptures.
    assert_names(
        "Jews unable to flee Nazism converted to Judaism; Islam and the Bible teach it.",
        &[],
    );
    assert_names("\"Right? Not a serious candidate,\" he said.", &[]);
    assert_names(
        "Given the fallout, Clark said nothing.",
        &[("Clark", Person)],
    );
}

#[test]
fn a_sentence_opening_adjective_is_no_part_of_the_name_after_it() {
    use FactKind::*;
    let first = |s: &str| names(s).into_iter().next().map(|m| (m.0, m.1));
    assert_eq!(
        first("Controversial IRA film screened at Venice."),
        Some(("IRA".into(), Organization))
    );
    assert_eq!(
        first("Classic Clinton, they said."),
        Some(("Clinton".into(), Person))
    );
    // Adjectives alone are no name anywhere; a given name is one, whatever its ending.
    assert!(names("It was the Progressive Conservative government.").is_empty());
    assert_eq!(
        first("Mohammed Ali spoke."),
        Some(("Mohammed Ali".into(), Person))
    );
    // (Mid-sentence, the lists decide: "the Federal Reserve".)
    assert_names(
        "He met Goran Ivanisevic and Federal Reserve officials.",
        &[
            ("Goran Ivanisevic", Person),
            ("Federal Reserve", Organization),
        ],
    );
}

#[test]
fn what_a_title_follows_is_the_holders_party_or_employer() {
    use FactKind::*;
    assert_names(
        "Conservative MP David Tilson and Bloc Quebecois MP Carole Lavallee met CTO Yuval \
         Ben-Itzhak.",
        &[
            ("David Tilson", Person),
            ("Bloc Quebecois", Organization),
            ("Carole Lavallee", Person),
            ("Yuval Ben-Itzhak", Person),
        ],
    );
    // An adviser, a counsel, a strategist, a manager: titles too, with their field.
    assert_names(
        "He met Clinton Senior Adviser Sidney Blumenthal and Trump Campaign Manager Corey \
         Lewandowski.",
        &[
            ("Clinton", Person),
            ("Sidney Blumenthal", Person),
            ("Trump", Person),
            ("Corey Lewandowski", Person),
        ],
    );
    let got = names("White House Counsel Don McGahn met Bulls Business Manager Ian Schwartz.");
    let titled = |n: &str| got.iter().find(|m| m.0 == n).and_then(|m| m.2.clone());
    assert_eq!(titled("Don McGahn").as_deref(), Some("Counsel"), "{got:?}");
    assert_eq!(
        titled("Ian Schwartz").as_deref(),
        Some("Business Manager"),
        "{got:?}"
    );
    // A minister's portfolio belongs to the title: "Obama" is someone.
    let got = names("He praised former Obama Education Secretary Arne Duncan.");
    assert!(got.iter().all(|m| m.0 != "Obama Education"), "{got:?}");
    assert!(got.iter().any(|m| m.0 == "Arne Duncan"), "{got:?}");
}

#[test]
fn a_sentence_opening_gerund_or_neither_is_no_part_of_the_name_after_it() {
    use FactKind::*;
    let first = |s: &str| names(s).into_iter().next().map(|m| m.0);
    assert_eq!(
        first("Calling Obama a failure, the senator left.").as_deref(),
        Some("Obama")
    );
    assert_eq!(
        first("Neither Warren nor Sanders spoke.").as_deref(),
        Some("Warren")
    );
    // The lists know these: they stay whole.
    assert_names(
        "Morning Consult ran the poll.",
        &[("Morning Consult", Organization)],
    );
    // A given name that looks like a gerund is a name.
    assert_eq!(
        first("Sterling Brown said so.").as_deref(),
        Some("Sterling Brown")
    );
}

#[test]
fn names_opening_with_the_arabic_article_and_armed_groups() {
    use FactKind::*;
    assert_names(
        "It was claimed by al-Qaeda and al Qaeda, not al-Shabab. Bashar al-Assad met \
         Nuri al-Maliki. Ansar al-Sharia and Lashkar-e-Taiba denied it.",
        &[
            ("al-Qaeda", Organization),
            ("al Qaeda", Organization),
            ("al-Shabab", Organization),
            ("Bashar al-Assad", Person),
            ("Nuri al-Maliki", Person),
            ("Ansar al-Sharia", Organization),
            ("Lashkar-e-Taiba", Organization),
        ],
    );
    // A small "al" before any other capital is a word, not a name's article.
    assert!(names("Tom al Gore").iter().all(|m| !m.0.starts_with("al")));
}

#[test]
fn newsrooms_channels_and_corps_are_organisations() {
    use FactKind::*;
    assert_names(
        "He told the Des Moines Register and Fox News Channel that Democracy Corps and the \
         Revolutionary Guards agree.",
        &[
            ("Des Moines Register", Organization),
            ("Fox News Channel", Organization),
            ("Democracy Corps", Organization),
            ("Revolutionary Guards", Organization),
        ],
    );
    // A high school by its short name.
    assert_names(
        "Andrean High’s principal met a team from Perry High, a school.",
        &[("Andrean High", Organization), ("Perry High", Organization)],
    );
    // Alone, a channel is the sea's.
    let got = names("It sank in the middle of the Channel at dawn.");
    assert!(got.iter().all(|m| m.1 != Organization), "{got:?}");
}

#[test]
fn a_title_word_inside_a_full_name_is_the_names() {
    use FactKind::*;
    assert_names(
        "Martin Luther King Jr. spoke, and King Salman listened.",
        &[("Martin Luther King Jr", Person), ("Salman", Person)],
    );
}

#[test]
fn a_given_name_before_a_places_word_who_speaks_is_someone() {
    use FactKind::*;
    assert_names(
        "Grace Park said the show at Madison Square Garden sold out.",
        &[("Grace Park", Person), ("Madison Square Garden", Place)],
    );
}

#[test]
fn a_name_the_words_after_it_call_a_body_is_one() {
    use FactKind::*;
    assert_names(
        "Opera, a Norwegian browser developer, complained; Mike Smith, a former bank \
         executive, agreed.",
        &[("Opera", Organization), ("Mike Smith", Person)],
    );
}

#[test]
fn a_side_of_a_known_place_is_a_place() {
    use FactKind::*;
    assert_names(
        "Voters in South Florida, Southern California, North Philadelphia and on the Upper \
         East Side agree; South Korea does too.",
        &[
            ("South Florida", Place),
            ("Southern California", Place),
            ("North Philadelphia", Place),
            ("Upper East Side", Place),
            ("South Korea", Place),
        ],
    );
    assert_names("They moved to the Bay Area.", &[("Bay Area", Place)]);
    // A compound of places is a modifier, unless a place's word ends it.
    assert_names(
        "Korea-China relations matter in Miami-Dade County.",
        &[
            ("Korea", Place),
            ("China", Place),
            ("Miami-Dade County", Place),
        ],
    );
}

#[test]
fn a_paper_named_with_a_small_the_is_the_paper() {
    use FactKind::*;
    assert_names(
        "He told the Guardian on Monday, and the Economist reported it. Boats crossed the \
         Atlantic, and the Hill reported that.",
        &[
            ("Guardian", Organization),
            ("Economist", Organization),
            ("Atlantic", Place),
            ("Hill", Organization),
        ],
    );
    // A common noun's paper only where it is cited: "up the Hill" is no paper.
    assert!(
        names("They walked up the Hill today.")
            .iter()
            .all(|m| m.1 != Organization)
    );
}

#[test]
fn a_state_abbreviated_after_its_town_is_a_place() {
    use FactKind::*;
    assert_names(
        "He grew up in Waycross, Ga., and in Bear Head, N.S. The mill closed.",
        &[
            ("Waycross", Place),
            ("Ga.", Place),
            ("Bear Head", Place),
            ("N.S.", Place),
        ],
    );
    let n = names("Dunn, from Moline, Ill., spoke.");
    assert!(n.contains(&("Ill.".into(), Place, None)), "{n:?}");
    // Not without its town: "Pa." and "Miss." are no places there.
    let n = names("Ask Pa. Kim said so.");
    assert!(n.iter().all(|m| m.1 != Place), "{n:?}");
    // A lawmaker's state in parentheses.
    assert_names(
        "Sen. Ted Cruz (Tex.), a candidate, spoke.",
        &[("Ted Cruz", Person), ("Tex.", Place)],
    );
}

#[test]
fn a_body_or_a_place_joined_to_a_participle_is_named() {
    use FactKind::*;
    assert_names(
        "They joined a NATO-led coalition and passed GOP-backed bills in Texas-based firms.",
        &[
            ("NATO", Organization),
            ("GOP", Organization),
            ("Texas", Place),
        ],
    );
    // Someone's name runs into it and is read as names are.
    let n = names("The Donald Trump-led party met.");
    assert!(n.iter().all(|m| m.1 != Organization), "{n:?}");
}

#[test]
fn a_name_no_list_knows_after_at_is_where_something_happens() {
    use FactKind::*;
    assert_names(
        "The match at Tunbridge Wells ended.",
        &[("Tunbridge Wells", Place)],
    );
    // Not where someone works: "a writer at Zorba Quill" is an employer.
    let n = names("He worked at Zorba Quill. A writer at Zorba Quill said so.");
    assert!(n.iter().all(|m| m.1 != Place), "{n:?}");
}

#[test]
fn the_third_world_is_a_region_not_someone_called_world() {
    use FactKind::*;
    assert_names(
        "Its Third World economy became a First World one.",
        &[("Third World", Place), ("First World", Place)],
    );
}

#[test]
fn a_bodys_branch_in_a_place_is_an_organisation() {
    use FactKind::*;
    assert_names(
        "He won the South Carolina GOP primary and spoke to the United States Senate.",
        &[
            ("South Carolina GOP", Organization),
            ("United States Senate", Organization),
        ],
    );
}

#[test]
fn a_known_place_before_a_holiday_is_that_place_and_the_holiday_is_none() {
    use FactKind::*;
    assert_names(
        "Trade slowed ahead of the U.S. Labor Day weekend.",
        &[("U.S.", Place)],
    );
    assert_names("Trade slowed ahead of the Labor Day weekend.", &[]);
}

#[test]
fn a_portfolio_after_of_belongs_to_the_title_before_it() {
    use FactKind::*;
    assert_names(
        "Former secretary of State Hillary Clinton and then-Secretary of State Clinton \
         spoke. Secretary of Homeland Security Jeh Johnson met the minister of Foreign \
         Affairs Wang Yi.",
        &[
            ("Hillary Clinton", Person),
            ("Clinton", Person),
            ("Jeh Johnson", Person),
            ("Wang Yi", Person),
        ],
    );
}

#[test]
fn a_relative_opening_a_sentence_is_no_part_of_the_name_after_it() {
    use FactKind::*;
    assert_names(
        "Daughter of Henry VIII and his second wife Anne Boleyn, she was queen.",
        &[("Henry VIII", Person), ("Anne Boleyn", Person)],
    );
}

#[test]
fn religious_titles_stand_outside_the_name() {
    let n = names("Pastor Joseph Brown met Ayatollah Ruhollah Khomeini and Mullah Omar.");
    let got: Vec<(&str, Option<&str>)> = n.iter().map(|m| (m.0.as_str(), m.2.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("Joseph Brown", Some("Pastor")),
            ("Ruhollah Khomeini", Some("Ayatollah")),
            ("Omar", Some("Mullah")),
        ]
    );
    // An honorific after a title names no one.
    assert!(
        names("Maulvi Sahib: Peace be on you.")
            .iter()
            .all(|m| !m.0.contains("Sahib"))
    );
}

#[test]
fn a_road_named_by_its_number_is_a_place() {
    use FactKind::*;
    assert_names(
        "Traffic stopped on Interstate 95 and Route 66.",
        &[("Interstate 95", Place), ("Route 66", Place)],
    );
}

#[test]
fn a_numbered_part_of_something_is_no_name() {
    let n = names("It is set out in Article 33 of the treaty, in Section 5 and on Flight 370.");
    assert!(n.is_empty(), "{n:?}");
    // A surname before a figure is still a name ("Gough 4-40" in a scorecard).
    assert_eq!(names("Bowling: Darren Gough 4")[0].0, "Darren Gough");
}

#[test]
fn a_publication_or_broadcaster_is_an_organisation() {
    use FactKind::*;
    assert_names(
        "She told the Palo Alto Weekly and Fox Broadcasting about it.",
        &[
            ("Palo Alto Weekly", Organization),
            ("Fox Broadcasting", Organization),
        ],
    );
}

#[test]
fn a_listed_name_keeps_a_last_word_that_is_also_a_connector() {
    use FactKind::*;
    assert_names(
        "The evidence from El Al did not support it.",
        &[("El Al", Organization)],
    );
}

#[test]
fn a_tower_a_plaza_or_a_building_is_a_place_not_its_owner() {
    use FactKind::*;
    assert_names(
        "Crowds gathered outside Trump Tower and Trump Plaza, near the Chrysler Building.",
        &[
            ("Trump Tower", Place),
            ("Trump Plaza", Place),
            ("Chrysler Building", Place),
        ],
    );
    assert_names(
        "They walked from Kensington Gardens to Canary Wharf by the Hudson Parkway.",
        &[
            ("Kensington Gardens", Place),
            ("Canary Wharf", Place),
            ("Hudson Parkway", Place),
        ],
    );
}

#[test]
fn a_partys_members_a_people_and_a_body_before_its_members_are_no_person() {
    use FactKind::*;
    assert_names(
        "Congressional Republicans said no. Puerto Ricans voted. The plan relies on \
         Special Operations troops and Border Patrol agents, and Bernie Sanders supporters \
         cheered.",
        &[
            ("Congressional Republicans", Organization),
            ("Special Operations", Organization),
            ("Border Patrol", Organization),
            ("Bernie Sanders", Person),
        ],
    );
}

#[test]
fn an_eras_tail_and_a_clocks_zone_name_nothing() {
    use FactKind::*;
    assert_names(
        "The post-World War II order held (all times Eastern Daylight Time). Homeland \
         Security Secretary Jeh Johnson wrote to the U.S. Senate Committee on Homeland \
         Security.",
        &[
            ("Homeland Security", Organization),
            ("Jeh Johnson", Person),
            ("U.S. Senate Committee on Homeland Security", Organization),
        ],
    );
}

#[test]
fn known_names_joined_by_a_hyphen_are_each_named() {
    use FactKind::*;
    assert_names(
        "They built the South Korea-China partnership, the EU-Turkey deal and the \
         Mexico-U.S. border; Guinea-Bissau and the Sino-Japanese war stay whole.",
        &[
            ("South Korea", Place),
            ("China", Place),
            ("EU", Organization),
            ("Turkey", Place),
            ("Mexico", Place),
            ("U.S.", Place),
            ("Guinea-Bissau", Place),
        ],
    );
}

#[test]
fn a_city_named_like_a_person_is_the_city_unless_a_given_name_opens_it() {
    use FactKind::*;
    assert_names(
        "After the Orlando shooting, Orlando Bloom flew to the Cleveland arena.",
        &[
            ("Orlando", Place),
            ("Orlando Bloom", Person),
            ("Cleveland", Place),
        ],
    );
}

#[test]
fn a_continents_people_word_leaves_no_compass_place() {
    use FactKind::*;
    assert_names(
        "He opposed the North American Free Trade Agreement, as Southeast Asian leaders \
         did. In the North, people voted.",
        &[("North", Place)],
    );
}

#[test]
fn a_compass_point_before_a_place_or_an_unknown_word_is_a_region() {
    use FactKind::*;
    assert_names(
        "They lost to East Carolina and beat Western Carolina. Floods hit East Sussex and \
         North Yorkshire, while Western Union paid.",
        &[
            ("East Carolina", Place),
            ("Western Carolina", Place),
            ("East Sussex", Place),
            ("North Yorkshire", Place),
            ("Western Union", Organization),
        ],
    );
}

#[test]
fn a_us_state_and_state_is_a_university() {
    use FactKind::*;
    assert_names(
        "He left Penn State for Ohio State, then N.C. State. Rakhine State and New York \
         State voted.",
        &[
            ("Penn State", Organization),
            ("Ohio State", Organization),
            ("N.C. State", Organization),
            ("Rakhine State", Place),
            ("New York State", Place),
        ],
    );
}

#[test]
fn an_instruments_field_after_on_is_no_person() {
    use FactKind::*;
    assert_names("They cited the European Convention on Human Rights.", &[]);
    assert_names(
        "He spoke at the Conference on Disarmament.",
        &[("Conference on Disarmament", Organization)],
    );
}

#[test]
fn a_greek_or_russian_article_or_preposition_opens_no_name() {
    let n = names("Ο Θωμάς Μοσχόπουλος μίλησε. В Харькове прошёл митинг.");
    let texts: Vec<&str> = n.iter().map(|m| m.0.as_str()).collect();
    assert!(texts.contains(&"Θωμάς Μοσχόπουλος"), "{texts:?}");
    assert!(
        texts
            .iter()
            .all(|t| !t.starts_with("Ο ") && !t.starts_with("В ")),
        "{texts:?}"
    );
}

#[test]
fn utilities_industries_and_news_desks_are_organisations() {
    use FactKind::*;
    assert_names(
        "Kansai Electric Power said so, Chittagong Cement agreed and the New York Energy \
         Desk reported it. Women in Power met.",
        &[
            ("Kansai Electric Power", Organization),
            ("Chittagong Cement", Organization),
            ("New York Energy Desk", Organization),
        ],
    );
}

#[test]
fn a_chambers_party_caucus_is_an_organisation() {
    use FactKind::*;
    assert_names(
        "The Senate GOP is split. Then House Democrats spoke to senior House GOP leaders.",
        &[
            ("Senate GOP", Organization),
            ("House Democrats", Organization),
            ("House GOP", Organization),
        ],
    );
    // The chamber before its members or an office.
    let n = names("He met House members and House Speaker Paul Ryan.");
    let houses = n
        .iter()
        .filter(|m| m.0 == "House" && m.1 == Organization)
        .count();
    assert_eq!(houses, 2, "{n:?}");
}

#[test]
fn a_leaders_chamber_role_is_the_titles_and_research_firms_are_organisations() {
    use FactKind::*;
    let n = names(
        "He met House Minority Leader Nancy Pelosi and Majority Whip Steve Scalise. Analysts \
         at Global Risk Insights and Pew Research agreed.",
    );
    let n: Vec<(&str, FactKind)> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
    for want in [
        ("Nancy Pelosi", Person),
        ("Steve Scalise", Person),
        ("Global Risk Insights", Organization),
        ("Pew Research", Organization),
    ] {
        assert!(n.contains(&want), "{want:?} in {n:?}");
    }
    assert!(n.iter().all(|m| !m.0.contains("Minority")), "{n:?}");
}

#[test]
fn a_title_word_opening_a_cruise_line_or_a_hotel_chain_is_the_companys() {
    use FactKind::*;
    let n = names("\"We are sorry,\" Princess Cruises said, and Hilton Hotels agreed.");
    let n: Vec<(&str, FactKind)> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
    assert!(n.contains(&("Princess Cruises", Organization)), "{n:?}");
    assert!(n.contains(&("Hilton Hotels", Organization)), "{n:?}");
}

#[test]
fn a_place_named_for_a_saint_or_a_mount_keeps_its_abbreviation() {
    use FactKind::*;
    let n = names("He flew to St. Louis, then Ft. Worth and Mt. Everest; the St. Louis Rams lost.");
    let n: Vec<(&str, FactKind)> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
    for want in [
        ("St. Louis", Place),
        ("Ft. Worth", Place),
        ("Mt. Everest", Place),
        ("St. Louis Rams", Organization),
    ] {
        assert!(n.contains(&want), "{want:?} in {n:?}");
    }
}

#[test]
fn a_surname_in_s_before_a_persons_noun_is_no_team() {
    let n = names("The Sanders campaign did not reply, and the Yankees won.");
    assert!(
        n.iter()
            .all(|m| !(m.0 == "Sanders" && m.1 == FactKind::Organization)),
        "{n:?}"
    );
    assert!(
        n.contains(&("Yankees".into(), FactKind::Organization, None)),
        "{n:?}"
    );
}

#[test]
fn three_words_with_a_plural_last_and_no_given_name_are_a_band_or_a_team() {
    use FactKind::*;
    let n = names(
        "Red Hot Chili Peppers played for Ambassador J. Christopher Stevens, and Reince \
         Priebus and John Quincy Adams listened.",
    );
    let n: Vec<(&str, FactKind)> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
    assert!(
        n.contains(&("Red Hot Chili Peppers", Organization)),
        "{n:?}"
    );
    assert!(n.contains(&("J. Christopher Stevens", Person)), "{n:?}");
    assert!(n.contains(&("John Quincy Adams", Person)), "{n:?}");
    assert!(
        n.iter()
            .all(|m| m.1 != Organization || m.0 == "Red Hot Chili Peppers"),
        "{n:?}"
    );
}

#[test]
fn games_and_contests_are_no_people() {
    let n = names(
        "Illinois will play USC in the Rose Bowl. Mickelson won the Bob Hope Chrysler \
         Classic and skipped the Memorial Tournament.",
    );
    assert!(n.iter().all(|m| m.1 != FactKind::Person), "{n:?}");
}

#[test]
fn organisations_go_on_through_a_plural_possessive_and_a_field_after_of() {
    let n = names(
        "Supporters of the Pakistan People's Party rioted. Gordon Taylor, chief executive of \
         the Professional Footballers' Association, spoke. It was returned by the Department \
         of Justice.",
    );
    let orgs: Vec<&str> = n
        .iter()
        .filter(|m| m.1 == FactKind::Organization)
        .map(|m| m.0.as_str())
        .collect();
    assert_eq!(
        orgs,
        [
            "Pakistan People's Party",
            "Professional Footballers' Association",
            "Department of Justice"
        ]
    );
    // Not a singular's possessive: "Clinton's Campaign" is no organisation's name.
    let n = names("Hillary Clinton's Campaign Office opened.");
    assert!(n.iter().all(|m| !m.0.contains("Clinton's")), "{n:?}");
}

#[test]
fn an_institution_goes_on_through_for_the_and_of_the() {
    let n = names(
        "He studied at the Institute for the Study of Human Rights and the Federal Office \
         for the Protection of the Constitution. The Dow Chemical Co of the United States \
         will invest.",
    );
    let texts: Vec<&str> = n.iter().map(|m| m.0.as_str()).collect();
    assert!(
        texts.contains(&"Institute for the Study of Human Rights"),
        "{n:?}"
    );
    assert!(
        texts.contains(&"Federal Office for the Protection of the Constitution"),
        "{n:?}"
    );
    // A company's suffix and a place end the name.
    assert!(texts.contains(&"Dow Chemical Co"), "{n:?}");
    assert!(texts.contains(&"United States"), "{n:?}");
}

#[test]
fn a_generic_head_alone_names_no_organisation() {
    let n = names(
        "For the first time, the Party's platform mentions it. The Committee met. Starr & \
         Company, Inc. gave money.",
    );
    assert!(
        n.iter()
            .all(|m| !matches!(m.0.as_str(), "Party" | "Committee" | "Inc")),
        "{n:?}"
    );
    // A name the lists know stays ("Congress"), and so does a whole one.
    let n = names("Congress and the Commission on Presidential Debates agreed.");
    assert!(n.iter().any(|m| m.0 == "Congress"), "{n:?}");
}

#[test]
fn a_name_after_a_that_ends_its_phrase_is_a_thing_not_someone() {
    let n = names("She became the first Latina to take home a Golden Globe.");
    assert!(n.iter().all(|m| m.0 != "Golden Globe"), "{n:?}");
    let n = names("This is a Hail Mary pass, says a Des Moines Register poll.");
    assert!(n.iter().any(|m| m.0 == "Des Moines Register"), "{n:?}");
    // A name that goes on to its noun, or opens with a given name, stays.
    let n = names("It would be a Hillary Clinton presidency, not a John Smith.");
    assert!(n.iter().any(|m| m.0 == "Hillary Clinton"), "{n:?}");
    assert!(n.iter().any(|m| m.0 == "John Smith"), "{n:?}");
}

#[test]
fn a_fields_word_before_a_title_is_the_titles() {
    let n = names("It was said by United Steelworkers Political Director Tim Waters today.");
    assert!(
        n.contains(&("United Steelworkers".into(), FactKind::Organization, None)),
        "{n:?}"
    );
    assert!(
        n.iter()
            .any(|m| m.0 == "Tim Waters" && m.1 == FactKind::Person),
        "{n:?}"
    );
    let n = names("Detective Senior Sergeant Greg Turner was alarmed.");
    assert!(n.iter().all(|m| !m.0.contains("Senior")), "{n:?}");
    // A person before a title stays a person.
    let n = names("It was said by Hillary Clinton Press Secretary Brian Fallon today.");
    assert!(
        n.iter()
            .any(|m| m.0 == "Hillary Clinton" && m.1 == FactKind::Person),
        "{n:?}"
    );
}

#[test]
fn a_given_name_and_an_events_word_speaking_are_a_person() {
    let n = names("“It is over,” said Kristen Day, executive director of the group.");
    assert!(
        n.iter()
            .any(|m| m.0 == "Kristen Day" && m.1 == FactKind::Person),
        "{n:?}"
    );
    // Not speaking, it is an event or a day: "May Day", "Election Day".
    let n = names("Workers marched on May Day and voted on Election Day.");
    assert!(n.iter().all(|m| !m.0.ends_with("Day")), "{n:?}");
}

#[test]
fn a_person_of_a_town_placed_by_its_state_is_two_names() {
    let n = names("“This is fantastic!” beamed Donald Hartley of Madison, Alabama, on the floor.");
    assert!(
        n.contains(&("Donald Hartley".into(), FactKind::Person, None)),
        "{n:?}"
    );
    assert!(
        n.iter().any(|m| m.0 == "Madison" && m.1 == FactKind::Place),
        "{n:?}"
    );
    // "Hall of Famer" is a title.
    let n = names("He was tackled by the likes of Hall of Famer Dick Butkus.");
    assert!(
        n.iter()
            .any(|m| m.0 == "Dick Butkus" && m.1 == FactKind::Person),
        "{n:?}"
    );
}

#[test]
fn a_headline_with_a_word_in_capitals_is_still_a_headline() {
    // Before, "BEFORE" made it prose, and "Initial Briefing" a person.
    let n = names("San Bernardino Terror Suspect Named By Police BEFORE Obama’s Initial Briefing.");
    assert!(n.iter().all(|m| m.0 != "Initial Briefing"), "{n:?}");
    // An acronym alone tells a name in a headline: the words after it are no name.
    let n = names("FDIC Accused Of Covering Up China Hacking To Protect Chairman’s Job.");
    assert!(n.iter().all(|m| !m.0.contains("Accused")), "{n:?}");
    // A middle initial is no acronym: the name stays whole.
    let n = names(
        "Donors And Friends: Andrew Collins, Brady Quirk-Garvan, Jaime R. Harrison, Bob McAlister.",
    );
    assert!(n.iter().any(|m| m.0 == "Jaime R. Harrison"), "{n:?}");
}

#[test]
fn a_known_name_goes_on_through_its_possessive_and_an_institution_through_and() {
    use FactKind::*;
    assert_names(
        "They urged the Democratic People’s Republic of Korea and the People's Republic of China to talk.",
        &[
            ("Democratic People’s Republic of Korea", Place),
            ("People's Republic of China", Place),
        ],
    );
    assert_names(
        "Experts at the Institute for Science and International Security said so.",
        &[(
            "Institute for Science and International Security",
            Organization,
        )],
    );
    // Not to a person after "and", nor after a place.
    let n = names("The Center for Science and Bill Smith said so.");
    assert!(n.iter().any(|m| m.0 == "Bill Smith"), "{n:?}");
    let n = names("The Port Authority of New York and New Jersey said so.");
    assert!(
        n.iter().any(|m| m.0 == "Port Authority of New York"),
        "{n:?}"
    );
}

#[test]
fn outlets_are_organisations() {
    use FactKind::*;
    assert_names(
        "He wrote for National Review and later for The Daily Beast.",
        &[
            ("National Review", Organization),
            ("The Daily Beast", Organization),
        ],
    );
    // A past verb capitalised in a title names nobody ("Whatever Happened to the Party").
    assert!(
        names("Whatever Happened to the Party of the People?")
            .iter()
            .all(|m| m.0 != "Happened")
    );
}

#[test]
fn a_role_before_a_companys_name_makes_no_person() {
    assert!(
        names("The show was iced after Globes producer Dick Clark Productions left.")
            .iter()
            .any(|m| m.0 == "Dick Clark Productions" && m.1 == FactKind::Organization)
    );
    assert!(
        names("The show was iced after film producer Dick Clark left.")
            .iter()
            .any(|m| m.0 == "Dick Clark" && m.1 == FactKind::Person)
    );
}

#[test]
fn a_datelines_town_in_capitals_is_a_place_though_no_list_knows_it() {
    use FactKind::*;
    assert_names("ESCHEN 1996-08-31", &[("ESCHEN", Place)]);
    assert_names(
        "TOFTIR, Faroe Islands 1996-08-31",
        &[("TOFTIR", Place), ("Faroe Islands", Place)],
    );
    assert_names(
        "MOENGO (Reuters) - Rebels took the town.",
        &[("MOENGO", Place), ("Reuters", Organization)],
    );
    // A known organisation's dateline is the organisation's.
    assert_names(
        "UNITED NATIONS 1996-08-30",
        &[("UNITED NATIONS", Organization)],
    );
    // A headline's capitals, a label.
    assert_names(
        "SOCCER - SLOVAKIA BEAT FAROES.",
        &[("SLOVAKIA", Place), ("FAROES", Place)],
    );
    assert_names("NOTE 2", &[]);
}

#[test]
fn an_athlete_named_with_a_country_in_brackets_is_a_person() {
    use FactKind::*;
    assert_names(
        "1. Torrance Zellner (U.S.) 48.23 seconds",
        &[("Torrance Zellner", Person), ("U.S.", Place)],
    );
    // So is one a sport role names.
    assert_names(
        "Wimbledon finalist MaliVai Washington lost.",
        &[("Wimbledon", Place), ("MaliVai Washington", Person)],
    );
    // A club on a place stays a club.
    assert_names(
        "Fans of Rotor Volgograd were locked out.",
        &[("Rotor Volgograd", Organization)],
    );
}

#[test]
fn a_tables_headings_are_nobody() {
    use FactKind::*;
    assert_names("Net Income N 1.2 1.1", &[]);
    assert_names("World Markets Overnight Summary", &[]);
    assert_names(
        "Analysts at RBC Capital Markets agreed, said Tom Price.",
        &[("RBC Capital Markets", Organization), ("Tom Price", Person)],
    );
}

#[test]
fn a_body_named_on_its_field_is_one_organisation() {
    use FactKind::*;
    assert_names(
        "He chairs the Senate Subcommittee on Consumer Protection and sits on the Council on \
         Foreign Relations.",
        &[
            ("Senate Subcommittee on Consumer Protection", Organization),
            ("Council on Foreign Relations", Organization),
        ],
    );
    assert_names(
        "Breitbart News Daily on SiriusXM aired it.",
        &[
            ("Breitbart News Daily", Organization),
            ("SiriusXM", Organization),
        ],
    );
}

#[test]
fn teams_in_results_lines_are_organisations() {
    let orgs = |s: &str| -> Vec<String> {
        names(s)
            .into_iter()
            .filter(|n| n.1 == FactKind::Organization)
            .map(|n| n.0)
            .collect()
    };
    assert_eq!(
        orgs("Wigan 42 Bradford Bulls 36"),
        ["Wigan", "Bradford Bulls"]
    );
    assert_eq!(orgs("Scunthorpe 4 2 1 1 3 3 7"), ["Scunthorpe"]);
    assert_eq!(
        orgs("Alba (Germany) 75 Red Star (Yugoslavia) 70 (42-41)"),
        ["Alba", "Red Star"]
    );
    assert_eq!(
        orgs("Results:\nSussex 363 and 144, Lancashire 218 and 53-0."),
        ["Sussex", "Lancashire"]
    );
    // A player's line, a dateline, a sentence with a number: not teams.
    assert_eq!(
        orgs("Postponed: East Fife v Clydebank, St Johnstone v Celtic"),
        ["East Fife", "Clydebank", "St Johnstone", "Celtic"]
    );
    assert!(orgs("Ian Woosnam 70 68 71").is_empty());
    assert!(orgs("Bowling: Wasim Akram 10-0-50-0, Waqar Younis 9-0-54-1,").is_empty());
    assert!(orgs("Ata-ur-Rehman 6-0-40-1, Saqlain Mushtaq 10-0-59-1").is_empty());
    assert!(orgs("Roe v Wade").is_empty());
    assert!(orgs("LONDON 1996-08-30").is_empty());
    assert!(orgs("Wigan won 42 to 36 on Saturday.").is_empty());
    assert!(orgs("1. Michelle Freeman (Jamaica) 12.71 seconds").is_empty());
}

#[test]
fn ampersand_names_listed_companies_and_based_firms_are_organisations() {
    use FactKind::*;
    assert_names(
        "Sales rose at Procter & Gamble, said James Weber of A.G. Edwards & Sons.",
        &[
            ("Procter & Gamble", Organization),
            ("James Weber", Person),
            ("A.G. Edwards & Sons", Organization),
        ],
    );
    assert_names(
        "Oil firms including Mobil, Shell and Caltex came to Tianjin.",
        &[
            ("Mobil", Organization),
            ("Shell", Organization),
            ("Caltex", Organization),
            ("Tianjin", Place),
        ],
    );
    assert_names(
        "They met bankers such as Ruth Porat, then Ohio-based KeyCorp.",
        &[
            ("Ruth Porat", Person),
            ("Ohio", Place),
            ("KeyCorp", Organization),
        ],
    );
    // A consultant based somewhere is still a person; a pronoun joined by "&" is no firm.
    assert_names(
        "Texas-based Matt Mackowiak said no to Ann & I.",
        &[
            ("Texas", Place),
            ("Matt Mackowiak", Person),
            ("Ann", Person),
        ],
    );
}

#[test]
fn an_east_asian_surname_opens_a_person_whose_given_name_is_a_city() {
    use FactKind::*;
    // "Donghai" and "Zhangjiajie"-like given names are cities too; "Kim Jong Un" ends in "UN".
    assert_names(
        "China's Wang Donghai beat Kim Jong Un.",
        &[
            ("China", Place),
            ("Wang Donghai", Person),
            ("Kim Jong Un", Person),
        ],
    );
    // A place that a listed surname opens stays a place.
    assert_names("They flew to Lin County.", &[("Lin County", Place)]);
}

#[test]
fn a_place_before_a_longer_title_is_a_place() {
    let n = names("Hong Kong Financial Secretary Donald Tsang said on Friday it had grown.");
    assert_eq!(n[0], ("Hong Kong".into(), FactKind::Place, None));
    assert_eq!(
        n[1],
        (
            "Donald Tsang".into(),
            FactKind::Person,
            Some("Financial Secretary".into())
        )
    );
}

#[test]
fn a_brand_on_a_place_is_an_organisation() {
    let n = names("Fans of Rotor Volgograd and Real Madrid flew Air France to Greater Manchester.");
    let kinds: Vec<(&str, FactKind)> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
    assert!(
        kinds.contains(&("Rotor Volgograd", FactKind::Organization)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("Real Madrid", FactKind::Organization)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("Air France", FactKind::Organization)),
        "{kinds:?}"
    );
    assert!(
        !kinds
            .iter()
            .any(|k| k.0 == "Greater Manchester" && k.1 == FactKind::Organization)
    );
}

#[test]
fn a_common_noun_before_a_name_can_make_it_an_organisation() {
    let n = names("The news agency Interfax said tyre giant Pirelli would buy it.");
    assert_eq!(n[0], ("Interfax".into(), FactKind::Organization, None));
    assert_eq!(n[1], ("Pirelli".into(), FactKind::Organization, None));
}

#[test]
fn a_known_organisation_goes_on_through_and_or_in() {
    use FactKind::*;
    assert_names(
        "The Securities and Exchange Commission and the Food and Drug Administration declined to comment.",
        &[
            ("Securities and Exchange Commission", Organization),
            ("Food and Drug Administration", Organization),
        ],
    );
    assert_names(
        "Monitors from the Organisation for Security and Cooperation in Europe stayed.",
        &[(
            "Organisation for Security and Cooperation in Europe",
            Organization,
        )],
    );
    // Not two names that an unknown "and" joins.
    assert_names(
        "Mark Warner and Tim Kaine voted against it.",
        &[("Mark Warner", Person), ("Tim Kaine", Person)],
    );
}

#[test]
fn an_organisation_mid_sentence_may_open_with_first_new_or_news() {
    use FactKind::*;
    assert_names(
        "He said analysts at First Albany Corp. and the News Agency of Nigeria agreed.",
        &[
            ("First Albany Corp", Organization),
            ("News Agency of Nigeria", Organization),
        ],
    );
    // Not a word that opens something other than an organisation.
    assert_names(
        "He met the new Albany Corp. chief.",
        &[("Albany Corp", Organization)],
    );
}

#[test]
fn a_plural_noun_and_of_opening_a_sentence_is_no_part_of_the_name() {
    use FactKind::*;
    assert_names(
        "Shares of Douglas & Lomason Co rose 2 percent.",
        &[("Douglas & Lomason Co", Organization)],
    );
    assert_names(
        "Representatives of First Bank System Inc declined to comment.",
        &[("First Bank System Inc", Organization)],
    );
}

#[test]
fn of_phrases_are_places_or_organisations() {
    let n =
        names("The Federal Republic of Yugoslavia met the House of Representatives delegation.");
    assert_eq!(
        n[0],
        (
            "Federal Republic of Yugoslavia".into(),
            FactKind::Place,
            None
        )
    );
    assert_eq!(n[1].1, FactKind::Organization, "{n:?}");
}

#[test]
fn a_titled_person_of_a_place_is_a_person_and_a_place() {
    let n = names("Later Gov. Bill Richardson of New Mexico met Sen. Sanders of Vermont.");
    assert_eq!(n[0].0, "Bill Richardson");
    assert_eq!(n[0].1, FactKind::Person);
    assert_eq!((n[1].0.as_str(), n[1].1), ("New Mexico", FactKind::Place));
    assert_eq!(n[0].2.as_deref(), Some("Gov"));
    assert_eq!(n[2].0, "Sanders");
    assert_eq!(n[3].0, "Vermont");
    // A known given name does it without a title; an organisation's head does not.
    let n = names("Then Bernie Sanders of Vermont spoke at the Bank of England.");
    assert_eq!(n[0].0, "Bernie Sanders");
    assert_eq!(
        n[2],
        ("Bank of England".into(), FactKind::Organization, None)
    );
}

#[test]
fn headline_case_verbs_split_a_run_of_capitals() {
    let n: Vec<String> =
        names("Read more: Obama Says African-American Museum Will Tell the story.")
            .into_iter()
            .map(|n| n.0)
            .collect();
    assert!(n.contains(&"Obama".to_string()), "{n:?}");
    assert!(n.iter().all(|x| !x.contains("Says")), "{n:?}");
    let n = names("The Judge Who Once Mocked Addicts ruled on Monday.");
    assert!(n.iter().all(|x| !x.0.contains("Once")), "{n:?}");
}

#[test]
fn who_and_an_age_mark_a_person() {
    assert_eq!(
        names("Brunswijk, who led a rebel group, was freed.")[0],
        ("Brunswijk".into(), FactKind::Person, None)
    );
    assert_eq!(
        names("Later Duran, 45, takes on Ariel Cruz.")[0],
        ("Duran".into(), FactKind::Person, None)
    );
    // A place with a comma after it stays a place; "Paris, 2024," is not an age.
    assert_eq!(
        names("In Paris, 2024, was a year of games.")[0].1,
        FactKind::Place
    );
}

#[test]
fn headline_capitals_name_only_what_the_lists_know() {
    assert_eq!(
        names("SOCCER - BELARUS BEAT ESTONIA IN WORLD CUP QUALIFIER."),
        [
            ("BELARUS".to_string(), FactKind::Place, None),
            ("ESTONIA".to_string(), FactKind::Place, None)
        ]
    );
    assert!(names("LEAGUE STANDINGS AFTER SATURDAY").is_empty());
}

#[test]
fn leading_initials_and_particles_make_people() {
    let n = names(
        "Surrey 429 (J. Ratcliffe 63, D. Bicknell 55), and W. Hegg said Inzamam-ul-Haq scored.",
    );
    let people: Vec<&str> = n
        .iter()
        .filter(|m| m.1 == FactKind::Person)
        .map(|m| m.0.as_str())
        .collect();
    assert_eq!(
        people,
        ["J. Ratcliffe", "D. Bicknell", "W. Hegg", "Inzamam-ul-Haq"]
    );
    // A letter ending a sentence stays there.
    let n = names("They graded it A. The Treasury said so.");
    assert!(n.iter().all(|m| !m.0.starts_with("A.")), "{n:?}");
}

#[test]
fn a_known_place_keeps_its_first_word_and_every_country_is_known() {
    assert_names(
        "The minister flew to New Zealand, then New York and Liechtenstein.",
        &[
            ("New Zealand", FactKind::Place),
            ("New York", FactKind::Place),
            ("Liechtenstein", FactKind::Place),
        ],
    );
    // "New" alone still opens no name.
    assert!(names("New rules came in.").is_empty());
    // New York's boroughs.
    assert_names(
        "She won in Manhattan, Queens and the Bronx.",
        &[
            ("Manhattan", FactKind::Place),
            ("Queens", FactKind::Place),
            ("Bronx", FactKind::Place),
        ],
    );
    let g = Gazetteer::get();
    // A US state as news datelines abbreviate it: "IRVINE, Calif.".
    assert_eq!(g.places.get("calif"), Some(&"California"));
    for c in [
        "chad",
        "burundi",
        "suriname",
        "surinam",
        "east timor",
        "yugoslavia",
        "fiji",
    ] {
        assert!(g.places.contains_key(c), "{c}");
    }
}

#[test]
fn peoples_and_faiths_are_no_entities_but_modify_one() {
    assert_names(
        "Iraqis and Kurds fled, Moslem leaders said; the Muslim Brotherhood met, and Panamanian Boxing Association President Ramon Manzanares spoke.",
        &[
            ("Muslim Brotherhood", FactKind::Organization),
            ("Panamanian Boxing Association", FactKind::Organization),
            ("Ramon Manzanares", FactKind::Person),
        ],
    );
    // A given name that is also a faith's adjective opens a name.
    let christian = names("said Army Capt. Christian Pardo on Friday.");
    assert!(
        christian.iter().any(|m| m.0 == "Christian Pardo"),
        "{christian:?}"
    );
}

#[test]
fn a_title_word_that_is_a_surname_ends_a_name() {
    assert_names(
        "He quoted Martin Luther King on Monday.",
        &[("Martin Luther King", FactKind::Person)],
    );
    // A given name of either gender counts too.
    assert_names(
        "The captain, Billie Jean King, said so.",
        &[("Billie Jean King", FactKind::Person)],
    );
    // A title word that is no common surname names an office: "Chair" stays out.
    assert_names(
        "She holds the Frances Miller Chair at the university.",
        &[("Frances Miller", FactKind::Person)],
    );
}

#[test]
fn a_role_word_counts_in_lower_case_only() {
    assert_names(
        "said economist Lynn Reaser; Mr. Singer said so, and Singer Ltd agreed.",
        &[
            ("Lynn Reaser", FactKind::Person),
            ("Singer", FactKind::Person),
            ("Singer Ltd", FactKind::Organization),
        ],
    );
}

#[test]
fn based_in_a_place_and_a_person_of_an_organisation() {
    assert_names(
        "Seoul-based Samsung Electronics Co rose, said economist Lynn Reaser of Barnett Banks Inc on Friday.",
        &[
            ("Seoul", FactKind::Place),
            ("Samsung Electronics Co", FactKind::Organization),
            ("Lynn Reaser", FactKind::Person),
            ("Barnett Banks Inc", FactKind::Organization),
        ],
    );
}

#[test]
fn a_name_of_an_organisation_is_someone_from_it() {
    assert_names(
        "The vote did not count, said Meenakshi Ganguly of Human Rights Watch, who observed it.",
        &[
            ("Meenakshi Ganguly", FactKind::Person),
            ("Human Rights Watch", FactKind::Organization),
        ],
    );
    assert_names(
        "Economist Joel Naroff of First Union said so.",
        &[
            ("Joel Naroff", FactKind::Person),
            ("First Union", FactKind::Organization),
        ],
    );
    assert_names(
        "It was a victory, said Judicial Watch president Tom Fitton.",
        &[
            ("Judicial Watch", FactKind::Organization),
            ("Tom Fitton", FactKind::Person),
        ],
    );
    // A company's legal name stays whole.
    assert_names(
        "He sold Gold Fields of South Africa Ltd shares.",
        &[("Gold Fields of South Africa Ltd", FactKind::Organization)],
    );
}

#[test]
fn a_title_word_after_a_middle_initial_is_the_surname() {
    assert_names(
        "Representative Peter T. King, Republican of New York, said no.",
        &[
            ("Peter T. King", FactKind::Person),
            ("New York", FactKind::Place),
        ],
    );
}

#[test]
fn middle_initials_and_a_title_of_an_organisation() {
    let n = names(
        "President George W. Bush met Tariq Al Shaikh, Director of Abu Dhabi Ghantoot Centre for Consulting, on Monday.",
    );
    assert_eq!(
        n[0],
        (
            "George W. Bush".into(),
            FactKind::Person,
            Some("President".into())
        )
    );
    assert!(
        n.iter()
            .any(|m| m.0 == "Abu Dhabi Ghantoot Centre for Consulting"
                && m.1 == FactKind::Organization),
        "{n:?}"
    );
    assert!(!n.iter().any(|m| m.0.starts_with("of ")), "{n:?}");
}

#[test]
fn titles_and_demonyms_split_the_run() {
    let n = names(
        "He met South Korean President Lee Jae-myung and Chinese President Xi Jinping in Gyeongju.",
    );
    assert_eq!(
        n[0],
        (
            "Lee Jae-myung".into(),
            FactKind::Person,
            Some("President".into())
        )
    );
    assert_eq!(
        n[1],
        (
            "Xi Jinping".into(),
            FactKind::Person,
            Some("President".into())
        )
    );
    assert_eq!(n[2], ("Gyeongju".into(), FactKind::Place, None));
    // A compound of places names each ("Korea-China relations": the two countries); a
    // double-barrelled surname is no place, though "Smith" ends "Fort Smith".
    let n = names("Korea-China relations improved, said Gilda Cobb-Hunter and John Lee-Hunter.");
    let n: Vec<&str> = n.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(
        n,
        ["Korea", "China", "Gilda Cobb-Hunter", "John Lee-Hunter"]
    );
    // After a given name, a people's name ending the run is a surname.
    let n =
        names("The critic Mark Cuban sat down. Bill English said no. Many Cuban Americans came.");
    let n: Vec<&str> = n.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(n, ["Mark Cuban", "Bill English"]);
    // One plain word "of" a place is two names; a company's suffix ends its name; an
    // institution, a title of nobility, a place's head or an acronym's chapter holds on.
    let n = names(
        "He joined Karlsruhe of Germany, left Daniels Pharmaceuticals Inc of St. Louis, met \
         the Duke of Norfolk at the Bank of England, the Gulf of Mexico and ACLU of Oregon.",
    );
    let n: Vec<&str> = n.iter().map(|m| m.0.as_str()).collect();
    for want in [
        "Karlsruhe",
        "Germany",
        "Daniels Pharmaceuticals Inc",
        "Bank of England",
        "Gulf of Mexico",
        "ACLU of Oregon",
    ] {
        assert!(n.contains(&want), "{want}: {n:?}");
    }
    assert!(
        n.iter()
            .any(|m| m.contains("Norfolk") && m.contains("Duke")),
        "{n:?}"
    );
    // After "of" or "for" inside a name, a people's adjective belongs to the name.
    let n = names("said Debbie Walsh of the Center for American Women and Politics at Rutgers.");
    assert!(n.iter().all(|m| m.0 != "Women and Politics"), "{n:?}");
    assert!(
        n.iter()
            .any(|m| m.0 == "Center for American Women and Politics"),
        "{n:?}"
    );
    let n = names("He opened the National Museum of African American History and Culture.");
    assert_eq!(
        n[0].0, "National Museum of African American History and Culture",
        "{n:?}"
    );
}

#[test]
fn sentence_initial_words_and_days_are_not_names() {
    let n = names("The talks were held on Saturday. Following the summit, they left.");
    assert!(n.is_empty(), "{n:?}");
    // A preposition opening a sentence is no part of the name after it.
    let n = names("Outside Carrier's plant, workers waited. Alongside Mozloom Terrah, they left.");
    assert!(
        n.iter()
            .all(|m| !m.0.starts_with("Outside") && !m.0.starts_with("Alongside")),
        "{n:?}"
    );
}

#[test]
fn a_name_after_the_is_no_person_without_a_title_or_given_name() {
    assert_names(
        "It helped prevent the Great Recession from becoming worse, officials said.",
        &[],
    );
    // A given name, a title or a speech verb still makes a person.
    assert_names(
        "He praised the Hillary Clinton campaign and the President Barack Obama era.",
        &[
            ("Hillary Clinton", FactKind::Person),
            ("Barack Obama", FactKind::Person),
        ],
    );
    assert_names(
        "They invited the Rev. Mozloom Terrah.",
        &[("Mozloom Terrah", FactKind::Person)],
    );
    // A code with digits is no one-word name.
    assert_names("Investors in the EB-5 program met.", &[]);
    // A party member from a place names the place; a title word ending a given name is
    // its surname.
    assert_names(
        "A prominent New York Democrat met Pete King and Virginia Sen. Tim Kaine.",
        &[
            ("New York", FactKind::Place),
            ("Pete King", FactKind::Person),
            ("Virginia", FactKind::Place),
            ("Tim Kaine", FactKind::Person),
        ],
    );
    // Nor is an event or a programme named after people or places.
    assert_names(
        "Delegates left Mozloom Terrah Convention and the Jim Crow Show early.",
        &[],
    );
}

#[test]
fn organisations_by_list_suffix_and_acronym() {
    let n = names("He told Xinhua News Agency and the Foreign Ministry that APEC would meet.");
    let kinds: Vec<_> = n.iter().map(|m| (m.0.as_str(), m.1)).collect();
    assert_eq!(
        kinds,
        [
            ("Xinhua News Agency", FactKind::Organization),
            ("Foreign Ministry", FactKind::Organization),
            ("APEC", FactKind::Organization)
        ]
    );
}

#[test]
fn role_words_mark_people() {
    let n =
        names("presidential spokesperson Kang Yu-jung said so, and spokeswoman Mao Ning agreed.");
    assert_eq!(n[0].0, "Kang Yu-jung");
    assert_eq!(n[0].1, FactKind::Person);
    assert_eq!(n[1].0, "Mao Ning");
}

#[test]
fn possessive_is_outside_the_name() {
    let n = names("They discussed Xi's first visit.");
    assert_eq!(n[0].0, "Xi");
}

#[test]
fn acronyms_time_zones_dotted_states_and_departments() {
    use FactKind::*;
    assert_names(
        "It bars US assistance to Concord, N.H., at 8 p.m. EDT, said the Justice Department.",
        &[
            ("US", Place),
            ("Concord", Place),
            ("N.H.", Place),
            ("Justice Department", Organization),
        ],
    );
    // "us" is the pronoun; "Justice" before a name is still a title.
    assert_names("Let us pray, he told us.", &[]);
    assert_names(
        "The ruling came as Justice Antonin Scalia wrote.",
        &[("Antonin Scalia", Person)],
    );
    // Pollsters are organisations, not the towns named like them.
    assert_names("A new Gallup poll out.", &[("Gallup", Organization)]);
}

#[test]
fn a_known_name_ending_a_run_is_split_from_the_name_before_it() {
    use FactKind::*;
    assert_names(
        "He worked in the Hillary Clinton White House.",
        &[("Hillary Clinton", Person), ("White House", Organization)],
    );
    // Not after a connector, a place, a people or a generic word, nor a college.
    assert_names(
        "the Bank of New York",
        &[("Bank of New York", Organization)],
    );
    assert_names(
        "the U.N. Security Council",
        &[("U.N. Security Council", Organization)],
    );
    assert_names(
        "the Scottish Labour Party",
        &[("Scottish Labour Party", Organization)],
    );
    assert_names(
        "at Keene State College",
        &[("Keene State College", Organization)],
    );
}

#[test]
fn a_headline_in_title_case_names_only_what_tells_a_name() {
    use FactKind::*;
    // Function words in capitals: a headline. Its runs are cut at them and at given names,
    // and words no list knows name nothing.
    assert_names(
        "Flint Water Response Perfectly Captures The Difference Between Bernie Sanders And Hillary Clinton.",
        &[("Bernie Sanders", Person), ("Hillary Clinton", Person)],
    );
    assert_names(
        "The Biggest Blow To Obamacare Yet Could Come From Senate Democrats In Ohio.",
        &[("Senate Democrats", Organization), ("Ohio", Place)],
    );
}

#[test]
fn a_quotation_opens_like_a_sentence_and_i_is_no_name() {
    // “Look, …” and “Look I’ve …”: the capital is the quotation's, "I" the speaker.
    assert_names(
        "He added, “Look I’ve made this clear to Smith.”",
        &[("Smith", FactKind::Person)],
    );
    assert_names(
        "Ryan said, “Look, the images have no place.”",
        &[("Ryan", FactKind::Person)],
    );
    // A regnal or war numeral stays.
    assert_names(
        "Since World War I, Queen Elizabeth I has been studied.",
        &[("Elizabeth I", FactKind::Person)],
    );
}

#[test]
fn brands_programmes_and_plural_acronyms_are_no_people() {
    use FactKind::*;
    assert_names(
        "He flew with EgyptAir, posted on YouTube and cut Medicare and Social Security, said McDonald.",
        &[
            ("EgyptAir", Organization),
            ("YouTube", Organization),
            ("Medicare", Organization),
            ("Social Security", Organization),
            ("McDonald", Person),
        ],
    );
    // Also before a verb of speech.
    assert_names(
        "PolitiFact says the claim is false, McDonald said.",
        &[("PolitiFact", Organization), ("McDonald", Person)],
    );
    // A handle and a city run into its country are no brands; plural acronyms name nothing.
    let n = names("Follow @HillaryClinton from SydneyAustralia on super PACs and NGOs.");
    assert!(n.iter().all(|m| m.1 != Organization), "{n:?}");
    assert!(n.iter().all(|m| !m.0.ends_with('s')), "{n:?}");
    // "the" inside a phrase makes no person; a given name's epithet does. (The programme
    // is listed.)
    assert_names(
        "Altering the Cadillac tax was raised on Face the Nation by Alexander the Great.",
        &[
            ("Face the Nation", Organization),
            ("Alexander the Great", Person),
        ],
    );
    assert_names(
        "Altering the Cadillac tax was raised on Meet the Family by Alexander the Great.",
        &[("Alexander the Great", Person)],
    );
    // A party member from a place still names the place.
    assert_names(
        "Several Iowa Republican voters met Islamic State defectors.",
        &[("Iowa", Place), ("Islamic State", Organization)],
    );
    // A party's adjective ends no person's name; the American Legion is an organisation.
    assert_names(
        "Presumptive Democratic presidential nominee Hillary Clinton met the American Legion.",
        &[
            ("Hillary Clinton", Person),
            ("American Legion", Organization),
        ],
    );
}

#[test]
fn the_house_is_a_chamber() {
    use FactKind::*;
    assert_names(
        "The House voted, then the House Judiciary Committee met. House prices rose.",
        &[
            ("House", Organization),
            ("House Judiciary Committee", Organization),
        ],
    );
}

#[test]
fn a_title_case_headline_names_two_people() {
    use FactKind::*;
    assert_names(
        "Poll: Donald Trump Ties Hillary Clinton With Michael Bloomberg",
        &[
            ("Donald Trump", Person),
            ("Hillary Clinton", Person),
            ("Michael Bloomberg", Person),
        ],
    );
    assert!(is_title_case(&tokenize(
        "Poll: Donald Trump Ties Hillary Clinton"
    )));
    // A run cut before a given name that opens a two-word name; a part before it that no
    // list knows names nothing; a verb after a full name ends it.
    assert_names(
        "Conservative Icon Michael Blackwell Endorses Ted Cruz",
        &[("Michael Blackwell", Person), ("Ted Cruz", Person)],
    );
    assert_names("Poll: Donald Trump Rampages", &[("Donald Trump", Person)]);
    // Prose is not title case, and a run there is not cut at a given name.
    let prose = "Supporters of Hillary Clinton and Donald Trump gathered outside.";
    assert!(!is_title_case(&tokenize(prose)));
    // A given name before a surname that names a company or a place is a person.
    assert_names(
        "He met Michael Bloomberg and George Washington.",
        &[("Michael Bloomberg", Person), ("George Washington", Person)],
    );
}

#[test]
fn offices_addressed_contractions_and_parties_are_no_people() {
    use FactKind::*;
    assert_names(
        "“Mr. President, will you pledge?” He’s bold, I’m told.",
        &[],
    );
    assert_names("Then 72 percent of Democrats said yes.", &[]);
    assert_names(
        "Former Attorney General Michael Mukasey spoke for Conservative Solutions PAC.",
        &[
            ("Michael Mukasey", Person),
            ("Conservative Solutions PAC", Organization),
        ],
    );
    // "Ms. Chancellor" is still a surname.
    assert_names("Then Ms. Chancellor said no.", &[("Chancellor", Person)]);
}

#[test]
fn regions_wars_taxes_and_books_are_no_people() {
    use FactKind::*;
    assert_names(
        "She won across the South and the Midwest.",
        &[("South", Place), ("Midwest", Place)],
    );
    assert_names(
        "Since World War II, the Beige Book and the Presidential Debates.",
        &[],
    );
    // A pope's numeral is still his.
    assert_names("Then Pope John Paul II spoke.", &[("John Paul II", Person)]);
}

#[test]
fn chambers_and_adjectives_of_state_open_bodies_not_people() {
    use FactKind::*;
    assert_names("He opposed the House Zika funding proposal.", &[]);
    assert_names(
        "After meeting his National Security Council, he flew out.",
        &[("National Security Council", Organization)],
    );
    assert_names(
        "He wrote to the International Red Cross in 1993.",
        &[("International Red Cross", Organization)],
    );
    assert_names(
        "Marine Le Pen leads the far-right Front National party.",
        &[("Marine Le Pen", Person), ("Front National", Organization)],
    );
    assert_names(
        "Two hotly contested House campaigns will decide it.",
        &[("House", Organization)],
    );
}

#[test]
fn a_lone_state_is_left_of_a_longer_name_and_movements_are_bodies() {
    use FactKind::*;
    assert_names("In his final State of the Union address he spoke.", &[]);
    assert_names("The pro-Islamic State accounts grew.", &[]);
    assert_names(
        "Her support of Black Lives Matter was clear.",
        &[("Black Lives Matter", Organization)],
    );
}

#[test]
fn particles_join_given_names_to_surnames_and_surnames_take_them_in() {
    use FactKind::*;
    assert_names(
        "Ursula von der Leyen met Joost van der Westhuizen and Luca di Montezemolo.",
        &[
            ("Ursula von der Leyen", Person),
            ("Joost van der Westhuizen", Person),
            ("Luca di Montezemolo", Person),
        ],
    );
    assert_names("Later de Blasio said no.", &[("de Blasio", Person)]);
    assert_names(
        "Coach Erik ten Hag praised his side. Later ten Hag said no.",
        &[("Erik ten Hag", Person), ("ten Hag", Person)],
    );
    // A thing after "an" that ends the phrase is no one; a town and its state is a place.
    assert_names("He would have gotten an Oscar, she said.", &[]);
    assert_names(
        "She is a Neptune, N.J., native.",
        &[("Neptune", Place), ("N.J.", Place)],
    );
}

#[test]
fn portuguese_particles_join_places_and_names_not_english_verbs() {
    use FactKind::*;
    assert_names(
        "Rains in Rio Grande do Sul hit José do Nascimento. José dos Santos fled.",
        &[
            ("Rio Grande do Sul", Place),
            ("José do Nascimento", Person),
            ("José dos Santos", Person),
        ],
    );
    assert_names("Did Trump do Anything?", &[("Trump", Person)]);
}

#[test]
fn a_cabinet_secretary_is_a_title_and_camp_david_a_place() {
    use FactKind::*;
    assert_names(
        "Chief Cabinet Secretary Yoshimasa Hayashi met them at Camp David.",
        &[("Yoshimasa Hayashi", Person), ("Camp David", Place)],
    );
}

#[test]
fn a_club_named_with_its_town_speaks_as_a_club() {
    use FactKind::*;
    assert_names(
        "Real Madrid agreed to sign him. Jordan Spieth said yes.",
        &[("Real Madrid", Organization), ("Jordan Spieth", Person)],
    );
}

#[test]
fn a_double_given_name_is_no_compound_of_towns() {
    use FactKind::*;
    assert_names(
        "Press secretary Karine Jean-Pierre said no.",
        &[("Karine Jean-Pierre", Person)],
    );
}

#[test]
fn a_members_party_and_state_name_the_state() {
    use FactKind::*;
    assert_names(
        "Sen. Lindsey Graham, R-S.C., and Rep. Jane Doe (D-N.Y.) spoke.",
        &[
            ("Lindsey Graham", Person),
            ("S.C.", Place),
            ("Jane Doe", Person),
            ("N.Y.", Place),
        ],
    );
}

#[test]
fn a_word_before_history_or_circles_says_whose_not_where() {
    use FactKind::*;
    for s in [
        "Walter Payton is the top scorer in Zorbin history.",
        "Jane Smith was popular in Zorbin circles.",
    ] {
        assert!(
            !names(s).iter().any(|n| n.1 == Place),
            "{s}: {:?}",
            names(s)
        );
    }
    // (A place the sentence names stays one: "in Zorbin yesterday".)
    assert_names(
        "Jane Smith arrived in Zorbin yesterday.",
        &[("Jane Smith", Person), ("Zorbin", Place)],
    );
    // Cricket's Test is a match.
    assert_names(
        "Irfan Pathan starred in the third Test and in Test history.",
        &[("Irfan Pathan", Person)],
    );
}

#[test]
fn a_law_title_runs_on_through_in() {
    use FactKind::*;
    assert_names(
        "The OFT acted under Unfair Terms in Consumer Contracts Regulations on Monday.",
        &[("OFT", Organization)],
    );
    assert_names(
        "The Data Protection Regulations apply to Acme Widgets Ltd.",
        &[("Acme Widgets Ltd", Organization)],
    );
    // (A person before "in" stays: "Jane Smith in Consumer Credit Act case".)
    assert_names(
        "Lawyers for Jane Smith in Consumer Credit Act case spoke.",
        &[("Jane Smith", Person)],
    );
}

#[test]
fn an_abstract_noun_ends_no_persons_name() {
    use FactKind::*;
    assert_names(
        "Investigators from the Marine Accident Investigation branch came.",
        &[("Marine Accident Investigation", Organization)],
    );
    assert_names(
        "It was called the Great Migration by Jane Smith.",
        &[("Jane Smith", Person)],
    );
    // (A body's field after "on" stays with the body.)
    assert_names(
        "The Senate Subcommittee on Consumer Protection met.",
        &[("Senate Subcommittee on Consumer Protection", Organization)],
    );
}

#[test]
fn a_letter_and_a_hyphenated_word_are_a_common_noun() {
    use FactKind::*;
    assert_names(
        "Jim McGovern tied for 19th at Q-school and had an X-ray.",
        &[("Jim McGovern", Person)],
    );
}

#[test]
fn an_abstract_noun_opening_a_sentence_is_no_part_of_the_name_after_of() {
    use FactKind::*;
    assert_names(
        "Approval of Ted Cruz, while still a net negative, rose.",
        &[("Ted Cruz", Person)],
    );
    // (A body's word that ends so stays: "Confederation of British Industry".)
    assert_names(
        "Confederation of British Industry said so.",
        &[("Confederation of British Industry", Organization)],
    );
}

#[test]
fn a_given_name_opening_a_quotation_is_a_weak_person() {
    use FactKind::*;
    let s = "He said: “Hillary is my next choice.” Then: “Frank, this is no accident.”";
    let toks = tokenize(s);
    let found: Vec<(String, FactKind, bool)> = find(&toks, s)
        .into_iter()
        .map(|m| (m.text, m.kind, m.weak))
        .collect();
    assert_eq!(
        found,
        [
            ("Hillary".to_string(), Person, true),
            ("Frank".to_string(), Person, true)
        ]
    );
    // Not before a capital ("Charlotte Mayor Jennifer Roberts"), nor after an abbreviation's dot
    // ("Roe v. Wade"), nor a word the lists know as no name ("Will the …").
    assert_names(
        "Charlotte Mayor Jennifer Roberts spoke. Roe v. Wade. Will the law hold?",
        &[("Jennifer Roberts", Person)],
    );
}

#[test]
fn a_word_opening_a_sentence_before_a_verb_is_a_weak_name() {
    use FactKind::*;
    let s = "Xi has invited Lee. Markets opened flat.";
    let toks = tokenize(s);
    let found: Vec<(String, FactKind, bool, bool)> = find(&toks, s)
        .into_iter()
        .map(|m| (m.text, m.kind, m.weak, m.opening))
        .collect();
    // ("Lee" is an unknown word after a verb; "Markets" is marked as taken only for opening its
    // sentence, for the story pass to drop where the story writes "markets".)
    assert_eq!(
        found,
        [
            ("Xi".to_string(), Person, true, true),
            ("Lee".to_string(), Person, true, false),
            ("Markets".to_string(), Organization, false, true)
        ]
    );
    // Not a plural of people, nor before a noun.
    assert_names("Supporters cheered. Young voters came.", &[]);
}

#[test]
fn a_word_taken_only_for_opening_a_sentence_goes_when_the_story_writes_it_in_lower_case() {
    let texts = [
        "Carrier opened a plant.",
        "The carrier said no. Carrier Jones spoke.",
    ];
    let mut paragraphs: Vec<Vec<Mention>> = texts.iter().map(|t| find(&tokenize(t), t)).collect();
    assert!(
        paragraphs[0]
            .iter()
            .any(|m| m.text == "Carrier" && m.opening)
    );
    drop_common_word_names(paragraphs.iter_mut(), texts.iter().copied());
    assert!(!paragraphs[0].iter().any(|m| m.text == "Carrier"));
}

#[test]
fn a_word_taken_only_for_opening_a_sentence_stays_where_another_name_holds_it() {
    let texts = ["Xi has invited Lee. Trade slowed.", "Xi Jinping spoke."];
    let mut paragraphs: Vec<Vec<Mention>> = texts.iter().map(|t| find(&tokenize(t), t)).collect();
    assert!(paragraphs[0].iter().any(|m| m.text == "Trade" && m.opening));
    drop_common_word_names(paragraphs.iter_mut(), texts.iter().copied());
    let left: Vec<&str> = paragraphs[0].iter().map(|m| m.text.as_str()).collect();
    assert_eq!(left, ["Xi", "Lee"]);
}

#[test]
fn a_sentence_capital_before_a_known_acronym_is_no_part_of_the_body() {
    use FactKind::*;
    assert_names("Local GOP leaders agreed.", &[("GOP", Organization)]);
    assert_names(
        "Three-in-five GOP insiders agreed.",
        &[("GOP", Organization)],
    );
    // A county's branch of a body, though the lists do not know the county.
    assert_names(
        "He joined the Cuyahoga County GOP.",
        &[("Cuyahoga County GOP", Organization)],
    );
}

#[test]
fn glued_names_are_two_people() {
    use FactKind::*;
    assert_names(
        "He met Sen. Mark KirkBill Kristol and Bob DoldRob Engstrom.",
        &[
            ("Mark Kirk", Person),
            ("Bill Kristol", Person),
            ("Bob Dold", Person),
            ("Rob Engstrom", Person),
        ],
    );
}

#[test]
fn a_titles_plural_ends_no_name() {
    assert_names("He praised Republican Presidents.", &[]);
    // (A body named for its members stays whole.)
    let n = names("The Federation of Teachers met Federated Investors.");
    let texts: Vec<&str> = n.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(texts, ["Federation of Teachers", "Federated Investors"]);
}

#[test]
fn a_title_before_a_word_for_a_kind_of_place_is_part_of_its_name() {
    use FactKind::*;
    assert_names(
        "They walked along Princes Street and King Street to the Queen City.",
        &[
            ("Princes Street", Place),
            ("King Street", Place),
            ("Queen City", Place),
        ],
    );
    // A title's plural before a name is a title: "Princes William and Harry".
    assert_names(
        "Her sons, Princes William and Harry, came.",
        &[("William", Person), ("Harry", Person)],
    );
}

#[test]
fn contests_in_the_plural_are_no_people() {
    use FactKind::*;
    assert_names(
        "Rose Bowls and Super Bowls were kind to Pete Carroll.",
        &[("Pete Carroll", Person)],
    );
    // (A firm's name stays: "Sony Pictures Classics".)
    assert_names(
        "He sold it to Sony Pictures Classics.",
        &[("Sony Pictures Classics", Organization)],
    );
}

#[test]
fn a_title_word_ending_a_bodys_name_after_for_is_its_field() {
    use FactKind::*;
    assert_names(
        "He spoke at the Brennan Center for Justice.",
        &[("Brennan Center for Justice", Organization)],
    );
    assert_names(
        "It matters to his Hampton Roads district.",
        &[("Hampton Roads", Place)],
    );
}

#[test]
fn a_nickname_after_middle_initials_and_a_title_is_the_persons() {
    use FactKind::*;
    assert_names(
        "Rep. Robert C. \"Bobby\" Scott threw open his home.",
        &[("Robert C. \"Bobby\" Scott", Person)],
    );
}

#[test]
fn a_person_run_into_a_hyphenated_adjective_is_named_without_it() {
    use FactKind::*;
    let s = "It was a Donald Trump-led effort by an Ivy League-trained aide.";
    let toks = tokenize(s);
    let found = find(&toks, s);
    let got: Vec<(&str, FactKind, String)> = found
        .iter()
        .map(|m| {
            let covered = s.chars().skip(m.start).take(m.end - m.start).collect();
            (m.text.as_str(), m.kind, covered)
        })
        .collect();
    // (The offsets cover the name alone.)
    assert_eq!(got, [("Donald Trump", Person, "Donald Trump".to_string())]);
}

#[test]
fn a_model_year_before_a_make_and_model_names_no_one() {
    use FactKind::*;
    assert_names(
        "Police searched his 2001 Chevrolet Astro van, said Mike Horn.",
        &[("Mike Horn", Person)],
    );
    assert_names("She drove a 2008 Toyota Camry.", &[]);
    // (Not a year before someone's name in another phrase.)
    assert_names(
        "In 2008 Barack Obama won the vote.",
        &[("Barack Obama", Person)],
    );
}

#[test]
fn a_stadium_named_for_a_university_or_a_bank_is_a_place() {
    use FactKind::*;
    assert_names(
        "They play at University of Phoenix Stadium and Bank of America Stadium.",
        &[
            ("University of Phoenix Stadium", Place),
            ("Bank of America Stadium", Place),
        ],
    );
    assert_names(
        "He works at the University of Phoenix.",
        &[("University of Phoenix", Organization)],
    );
}

#[test]
fn the_states_and_groups_of_states_are_places() {
    use FactKind::*;
    assert_names(
        "He will attend 25 events while in the States, after the Baltic States met.",
        &[("States", Place), ("Baltic States", Place)],
    );
    assert_names(
        "The Federated States of Micronesia and the Organization of American States met.",
        &[
            ("Federated States of Micronesia", Place),
            ("Organization of American States", Organization),
        ],
    );
}

#[test]
fn a_run_in_headings_words_that_the_story_writes_in_lower_case_name_nothing() {
    let texts = [
        "Veto Power Impedes Peace Efforts: The council has a veto.",
        "Its power over peace efforts is small.",
        "Barack Obama and Benjamin Netanyahu: A tortured relationship.",
        "Howard Kurtz, Fox News: \"Donald Trump had his strongest debate.\"",
        "The Gap Goes On: It was under Mr. Ban's watch that the gap grew and goes on.",
    ];
    let tokens: Vec<_> = texts.iter().map(|t| tokenize(t)).collect();
    assert_eq!(run_in_head(&tokens[0]), Some(5));
    assert_eq!(run_in_head(&tokens[1]), None);
    let mut paragraphs: Vec<Vec<Mention>> =
        texts.iter().zip(&tokens).map(|(t, k)| find(k, t)).collect();
    assert!(paragraphs[0].iter().any(|m| m.head));
    drop_common_word_names(paragraphs.iter_mut(), texts.iter().copied());
    let left: Vec<Vec<&str>> = paragraphs
        .iter()
        .map(|p| p.iter().map(|m| m.text.as_str()).collect())
        .collect();
    // (A heading's names that are names stay: people, a speaker's label.)
    assert_eq!(
        left,
        [
            vec![],
            vec![],
            vec!["Barack Obama", "Benjamin Netanyahu"],
            vec!["Howard Kurtz", "Fox News", "Donald Trump"],
            vec!["Ban"],
        ]
    );
}

#[test]
fn a_title_case_headlines_common_words_name_nothing_unless_the_text_names_one_of_them() {
    let texts = [
        "Examining the Record on Urgent Global Challenges",
        "Hacker Guccifer: Clinton’s Server Unprotected",
        "The hacker said urgent and global challenges remain. Guccifer said so.",
    ];
    let mut paragraphs: Vec<Vec<Mention>> = texts.iter().map(|t| find(&tokenize(t), t)).collect();
    assert!(
        paragraphs[0]
            .iter()
            .any(|m| m.text == "Urgent Global Challenges" && m.head)
    );
    drop_common_word_names(paragraphs.iter_mut(), texts.iter().copied());
    let left: Vec<Vec<&str>> = paragraphs
        .iter()
        .map(|p| p.iter().map(|m| m.text.as_str()).collect())
        .collect();
    assert_eq!(left[0], Vec::<&str>::new());
    assert!(left[1].contains(&"Hacker Guccifer"), "{left:?}");
}

#[test]
fn a_peoples_adjective_before_a_bodys_word_and_its_of_or_for_is_part_of_the_name() {
    use FactKind::*;
    assert_names(
        "They prayed at the Islamic Center of Boston, said the American Association for Justice.",
        &[
            ("Islamic Center of Boston", Organization),
            ("American Association for Justice", Organization),
        ],
    );
    // (Not a state's government.)
    assert_names(
        "Muslims co-operating with the US-led Iraqi Government of Prime Minister Nuri al-Maliki.",
        &[
            ("US", Place),
            ("Government", Organization),
            ("Nuri al-Maliki", Person),
        ],
    );
}

#[test]
fn a_name_after_a_kind_of_work_is_its_title() {
    use FactKind::*;
    assert_names(
        "It highlighted the Channel 4 series Bringing Up Baby and the film Fight Club.",
        &[("Channel 4", Organization)],
    );
    // (A person who opens with a given name is still someone.)
    assert_names(
        "The documentary Michael Moore made drew crowds.",
        &[("Michael Moore", Person)],
    );
}

#[test]
fn a_poll_is_no_one_and_names_the_paper_that_ran_it() {
    use FactKind::*;
    assert_names(
        "She won the Presidential Cookie Poll and a Washington Post Poll.",
        &[("Washington Post", Organization)],
    );
    assert_names("She sang Secondhand Clothes at the dinner.", &[]);
}

#[test]
fn assistant_and_attorney_are_titles_and_a_place_between_titles_is_a_place() {
    use FactKind::*;
    assert_names(
        "Assistant U.S. Attorney Jennifer Rodgers and Deputy Assistant Secretary John Smith met.",
        &[
            ("U.S.", Place),
            ("Jennifer Rodgers", Person),
            ("John Smith", Person),
        ],
    );
    assert_names(
        "Manhattan District Attorney Cyrus Vance spoke.",
        &[("Manhattan", Place), ("Cyrus Vance", Person)],
    );
}

#[test]
fn sheikh_between_a_given_name_and_a_name_is_the_names() {
    use FactKind::*;
    assert_names(
        "They asked about mastermind Khalid Sheikh Mohammed.",
        &[("Khalid Sheikh Mohammed", Person)],
    );
}

#[test]
fn chief_of_staff_is_a_title_and_a_staff_a_body() {
    use FactKind::*;
    assert_names(
        "White House Chief of Staff Denis McDonough spoke to the Joint Chiefs of Staff.",
        &[
            ("White House", Organization),
            ("Denis McDonough", Person),
            ("Joint Chiefs of Staff", Organization),
        ],
    );
    assert_names(
        "Mourners prayed. (David Kamerman/Globe Staff)",
        &[("David Kamerman", Person), ("Globe Staff", Organization)],
    );
}

#[test]
fn a_place_or_body_after_a_titles_of_is_named_and_the_holder_is_a_person() {
    use FactKind::*;
    assert_names(
        "President of Russia Vladimir Putin met Secretary of the Navy Ray Mabus.",
        &[
            ("Russia", Place),
            ("Vladimir Putin", Person),
            ("Navy", Organization),
            ("Ray Mabus", Person),
        ],
    );
    assert_names(
        "Speaker of the House Paul Ryan and Director of Communications Jen Psaki spoke.",
        &[
            ("House", Organization),
            ("Paul Ryan", Person),
            ("Jen Psaki", Person),
        ],
    );
}

#[test]
fn two_fields_joined_by_and_before_a_bodys_word_are_one_name() {
    use FactKind::*;
    assert_names(
        "It was refloated, the Maritime and Coastguard Agency said. The Fish and Wildlife Service agreed.",
        &[
            ("Maritime and Coastguard Agency", Organization),
            ("Fish and Wildlife Service", Organization),
        ],
    );
    // (Not two bodies, nor a party named twice.)
    assert_names(
        "The Senate and House Committee met. The Labour and Conservative Party agreed.",
        &[
            ("Senate", Organization),
            ("House Committee", Organization),
            ("Labour", Organization),
            ("Conservative Party", Organization),
        ],
    );
}

#[test]
fn a_party_before_a_state_and_a_title_is_no_part_of_a_name() {
    use FactKind::*;
    assert_names(
        "He faces Republican Indiana Gov. Mike Pence tonight.",
        &[("Indiana", Place), ("Mike Pence", Person)],
    );
}

#[test]
fn an_abbreviations_dot_before_a_sentence_opener_ends_the_name() {
    use FactKind::*;
    assert_names(
        "It went to the Smithsonian Museum in Washington D.C. This is history.",
        &[
            ("Smithsonian Museum", Organization),
            ("Washington D.C.", Place),
        ],
    );
}

#[test]
fn a_lake_a_mount_or_a_cape_opening_a_name_is_a_place_and_a_leagues_division_a_body() {
    use FactKind::*;
    assert_names(
        "They went to Lake Murray and climbed Mount Everest near Cape Cod.",
        &[
            ("Lake Murray", Place),
            ("Mount Everest", Place),
            ("Cape Cod", Place),
        ],
    );
    assert_names(
        "It was their NFC West rival, said former MVP Marshall Faulk.",
        &[("NFC West", Organization), ("Marshall Faulk", Person)],
    );
    // (Not a course played at.)
    assert_names("He carded a 67 at PGA West.", &[("PGA West", Place)]);
}

#[test]
fn a_bodys_generic_head_after_the_stands_for_the_one_body_the_story_names() {
    let texts = [
        "The European Commission fined Microsoft.",
        "This follows a complaint to the Commission. The Party's platform was adopted.",
    ];
    let mut paragraphs: Vec<Vec<Mention>> = texts.iter().map(|t| find(&tokenize(t), t)).collect();
    assert!(paragraphs[1].iter().any(|m| m.text == "Party" && m.generic));
    drop_common_word_names(paragraphs.iter_mut(), texts.iter().copied());
    let left: Vec<(&str, Option<&str>)> = paragraphs[1]
        .iter()
        .map(|m| (m.text.as_str(), m.canonical.as_deref()))
        .collect();
    // ("the Party" names no party the story names: gone.)
    assert_eq!(left, [("Commission", Some("European Commission"))]);
}

#[test]
fn given_names_frequent_since_1990_open_peoples_names() {
    use FactKind::*;
    assert_names(
        "Offensive lineman Connor Brewer of Rochester was the lone player.",
        &[("Connor Brewer", Person), ("Rochester", Place)],
    );
}

#[test]
fn a_product_is_no_one() {
    use FactKind::*;
    assert_names(
        "The Gigabit Router has a Gigabit Ethernet switch; Sony's Playstation Portable gets Skype.",
        &[("Sony", Organization), ("Skype", Organization)],
    );
}

#[test]
fn an_acronym_opening_a_mixed_case_name_makes_a_body_not_a_person() {
    use FactKind::*;
    assert_names(
        "He wrote to DLA Piper and to ACE Cash Express. He was a shot clear of DJ Trahan.",
        &[
            ("DLA Piper", Organization),
            ("ACE Cash Express", Organization),
            ("DJ Trahan", Person),
        ],
    );
}

#[test]
fn a_parade_or_a_carnival_is_no_one() {
    use FactKind::*;
    assert_names(
        "Protests may hit the Rose Parade. A member of the Falun Gong spoke.",
        &[("Falun Gong", Organization)],
    );
}

#[test]
fn a_peoples_word_inside_a_listed_name_does_not_split_it() {
    use FactKind::*;
    assert_names(
        "Stops in Bahrain, United Arab Emirates and Egypt. Profits at Royal Dutch Shell rose.",
        &[
            ("Bahrain", Place),
            ("United Arab Emirates", Place),
            ("Egypt", Place),
            ("Royal Dutch Shell", Organization),
        ],
    );
}

#[test]
fn where_a_study_is_published_is_a_journal() {
    use FactKind::*;
    assert_names(
        "The study appears in Science Translational Medicine. The trial, published in the \
         journal Diabetes Care, was small. Her novel was published in Havana.",
        &[
            ("Science Translational Medicine", Organization),
            ("Diabetes Care", Organization),
            ("Havana", Place),
        ],
    );
}

#[test]
fn islands_after_the_are_a_place_and_a_ship_or_formula_one_no_one() {
    use FactKind::*;
    assert_names(
        "Money went to the Cayman Islands. The former Formula One champion named P&O's MV Aurora.",
        &[("Cayman Islands", Place), ("P&O", Organization)],
    );
}

#[test]
fn a_label_and_its_letter_or_an_adjective_before_its_noun_is_no_name() {
    use FactKind::*;
    assert_names(
        "There is no Plan B, he said. Malcolm X spoke. It may widen cracks in Western unity.",
        &[("Malcolm X", Person)],
    );
}

#[test]
fn indias_states_are_places_and_a_laboratory_a_body() {
    use FactKind::*;
    assert_names(
        "Samples from Madhya Pradesh and Tamil Nadu failed, the Central Food Laboratory said.",
        &[
            ("Madhya Pradesh", Place),
            ("Tamil Nadu", Place),
            ("Central Food Laboratory", Organization),
        ],
    );
}

#[test]
fn a_saints_or_a_sovereigns_possessive_before_a_buildings_word_is_one_name() {
    use FactKind::*;
    assert_names(
        "He was moved to St Mary's Hospital, then King's College Hospital. Coaches at St. \
         James' Park agreed. She went to St Mary Church.",
        &[
            ("St Mary's Hospital", Organization),
            ("King's College Hospital", Organization),
            ("St. James' Park", Place),
            ("St Mary Church", Organization),
        ],
    );
}

#[test]
fn a_saints_name_in_a_standings_row_is_a_club() {
    use FactKind::*;
    assert_names(
        "St Mirren 3 1 1 1 5 4 4\nEast Fife 3 1 1 1 4 4 4",
        &[("St Mirren", Organization), ("East Fife", Organization)],
    );
}

#[test]
fn half_top_and_candidate_before_a_name_are_no_part_of_it() {
    use FactKind::*;
    assert_names(
        "Half Clinton's meetings were with donors. \"Candidate Trump should follow it,\" he said. \
         Follow Pam Key on Twitter.",
        &[
            ("Clinton", Person),
            ("Trump", Person),
            ("Pam Key", Person),
            ("Twitter", Organization),
        ],
    );
}

#[test]
fn a_chambers_committee_of_two_fields_and_a_states_style_are_one_name() {
    use FactKind::*;
    assert_names(
        "He chairs the House Ways and Means Committee. The Islamic Republic of Pakistan objected.",
        &[
            ("House Ways and Means Committee", Organization),
            ("Republic of Pakistan", Place),
        ],
    );
}

#[test]
fn a_states_postal_code_after_its_town_is_a_place() {
    use FactKind::*;
    assert_names(
        "He spoke in Austin, TX, and the VA said so. She quoted Ku Klux Klan Grand Wizard David Duke.",
        &[
            ("Austin", Place),
            ("TX", Place),
            ("VA", Organization),
            ("Ku Klux Klan", Organization),
            ("David Duke", Person),
        ],
    );
}

#[test]
fn a_given_name_and_a_bodys_word_speaking_are_a_person() {
    use FactKind::*;
    assert_names(
        "Brian Church reported from London. Bank of America declined.",
        &[
            ("Brian Church", Person),
            ("London", Place),
            ("Bank of America", Organization),
        ],
    );
}

#[test]
fn a_golf_course_is_a_place() {
    use FactKind::*;
    assert_names(
        "He led the Open at the par-71 Brown Deer Park Golf Course on Thursday.",
        &[("Brown Deer Park Golf Course", Place)],
    );
}

#[test]
fn a_place_between_a_role_and_its_holder_says_whose_role_it_is() {
    use FactKind::*;
    assert_names(
        "John Kerry, the chief U.S. negotiator in the talks, left.",
        &[("John Kerry", Person), ("U.S.", Place)],
    );
    assert_names(
        "They met the chief Mexico official in June.",
        &[("Mexico", Place)],
    );
    // (A role before a name is still the person's: "economist Lynn Reaser".)
    assert_names(
        "The forecast came from economist Lynn Reaser on Monday.",
        &[("Lynn Reaser", Person)],
    );
}

#[test]
fn a_partys_word_before_a_place_is_no_part_of_a_name() {
    use FactKind::*;
    assert_names(
        "Four Democrat U.S. senators object, as do many GOP Israel supporters.",
        &[("U.S.", Place), ("Israel", Place)],
    );
    assert_names(
        "The plan angered the Democratic National Committee on Monday.",
        &[("Democratic National Committee", Organization)],
    );
}

#[test]
fn a_firm_before_a_market_job_and_its_holder_is_an_organisation() {
    use FactKind::*;
    assert_names(
        "Leerink Swann analyst Seamus Fernandez cut his rating on Monday.",
        &[
            ("Leerink Swann", Organization),
            ("Seamus Fernandez", Person),
        ],
    );
    // (One unknown word is no firm: a sentence may open with an adjective.)
    assert_names(
        "He spoke. Political analyst David Bositis agreed on Monday.",
        &[("David Bositis", Person)],
    );
}

#[test]
fn a_chambers_committee_keeps_its_name_before_its_chairmans_title() {
    use FactKind::*;
    assert_names(
        "He met House Ways and Means Committee Chairman Charles Rangel on Monday.",
        &[
            ("House Ways and Means Committee", Organization),
            ("Charles Rangel", Person),
        ],
    );
}

#[test]
fn a_paper_or_a_programme_named_for_a_weekday_is_one_organisation() {
    use FactKind::*;
    assert_names(
        "The Sunday Times said so, and the Mail on Sunday agreed on Fox News Sunday.",
        &[
            ("Sunday Times", Organization),
            ("Mail on Sunday", Organization),
            ("Fox News Sunday", Organization),
        ],
    );
}
