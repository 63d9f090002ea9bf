//! Deterministic corpus generator for benchmarks: `cargo run --release --example gen_corpus -- N DIR`.
//!
//! Writes N plain-text articles (about 5 KB on average, 1–12 KB) with varied people, places,
//! organisations, dates, money, quantities, direct and reported quotes, and boilerplate around them
//! (cookie banners, share bars, photo captions with credits, comment forms, e-mail footers). The
//! same N always gives the same files; nothing is copied from the seeds.

use std::fmt::Write as _;
use std::path::PathBuf;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const GIVEN: &[&str] = &[
    "Maria", "Daniel", "Aiko", "Tomas", "Priya", "Kwame", "Elena", "Jonas", "Min-jun", "Sofia",
    "Rahul", "Ingrid", "Mateo", "Leila", "Chen", "Olga", "Farid", "Greta", "Hiroshi", "Amara",
];
const FAMILY: &[&str] = &[
    "Alvarez",
    "Becker",
    "Okafor",
    "Tanaka",
    "Novak",
    "Haddad",
    "Lindqvist",
    "Moreau",
    "Park",
    "Kowalski",
    "Rossi",
    "Mensah",
    "Ivanova",
    "Sato",
    "Brennan",
    "Costa",
    "Varga",
    "Dubois",
];
const TITLES: &[&str] = &[
    "Prime Minister",
    "Finance Minister",
    "President",
    "spokesperson",
    "Governor",
    "Mayor",
    "chief executive",
    "union leader",
];
const PLACES: &[&str] = &[
    "Lisbon", "Nairobi", "Osaka", "Warsaw", "Santiago", "Hanoi", "Geneva", "Toronto", "Cairo",
    "Jakarta", "Bogota", "Vienna", "Brazil", "Kenya", "Japan", "Poland", "Chile", "Vietnam",
];
const ORGS: &[&str] = &[
    "World Trade Organization",
    "European Commission",
    "Ministry of Finance",
    "Central Bank",
    "National Assembly",
    "Red Cross",
    "United Nations",
    "Reuters",
    "Associated Press",
];
const TOPICS: &[&str] = &[
    "the port expansion",
    "the wage agreement",
    "the energy subsidy",
    "the rail link",
    "the water treaty",
    "the tax reform",
    "the fisheries deal",
    "the vaccine programme",
];
const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const UNITS: &[&str] = &[
    "workers",
    "families",
    "kilometres",
    "delegates",
    "schools",
    "vessels",
];
const FILLER: &[&str] = &[
    "Officials described the talks as constructive but said several questions remained open.",
    "Analysts expect the decision to shape the budget debate over the coming months.",
    "The proposal has divided opinion among business groups and local councils.",
    "Opposition lawmakers asked for more detail on how the plan would be financed.",
    "Residents in the affected districts have been waiting for an answer for years.",
    "The figures were published after a review requested by parliament last spring.",
];
const TAILS: &[&str] = &[
    "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept all",
    "Share this article\nFacebook\nTwitter\nEmail",
    "Leave a Reply\nYour email address will not be published. Required fields are marked *",
    "Subscribe to our newsletter for the latest news.",
    "X",
    "Related articles",
];

fn person(r: &mut Rng) -> (String, String) {
    let family = r.pick(FAMILY);
    (format!("{} {}", r.pick(GIVEN), family), family.to_string())
}

fn article(r: &mut Rng, n: usize) -> String {
    let mut s = String::new();
    let (who, surname) = person(r);
    let (other, other_surname) = person(r);
    let title = r.pick(TITLES);
    let place = r.pick(PLACES);
    let org = r.pick(ORGS);
    let topic = r.pick(TOPICS);
    let year = 2015 + r.below(11);
    let month = r.below(12);
    let day = 1 + r.below(28);
    let _ = writeln!(
        s,
        "{} and {} clash over {} in {}\n",
        surname,
        other_surname,
        topic.trim_start_matches("the "),
        place
    );
    let _ = writeln!(s, "{year}-{:02}-{day:02}\n", month + 1);
    if r.below(3) == 0 {
        let _ = writeln!(
            s,
            "{}\n\nPhoto: {} / {}\n\n{}\n\nPhoto: {} / {}\n",
            format_args!("{} speaks to reporters in {}.", who, place),
            r.pick(GIVEN),
            org,
            format_args!("{} speaks to reporters in {}.", who, place),
            r.pick(GIVEN),
            org
        );
    }
    let paragraphs = 4 + r.below(50);
    for p in 0..paragraphs {
        match (p + n) % 6 {
            0 => {
                let _ = writeln!(
                    s,
                    "{title} {who} said on {} that {topic} would cost {} million euros over {} years, according to the {org}.\n",
                    r.pick(DAYS),
                    10 + r.below(900),
                    2 + r.below(9)
                );
            }
            1 => {
                let _ = writeln!(
                    s,
                    "\"We will not accept a deal that leaves {} {} behind,\" {} told reporters in {}.\n",
                    100 + r.below(5000),
                    r.pick(UNITS),
                    surname,
                    place
                );
            }
            2 => {
                let _ = writeln!(
                    s,
                    "{other} met {surname} in {} on {} {}, {}, the first such meeting in {} years.\n",
                    r.pick(PLACES),
                    r.pick(MONTHS),
                    1 + r.below(28),
                    year - 1 - r.below(3),
                    2 + r.below(12)
                );
            }
            3 => {
                let _ = writeln!(
                    s,
                    "The {org} estimated the cost at ${}.{} billion, up from ${} billion last year. {}\n",
                    1 + r.below(300),
                    r.below(10),
                    1 + r.below(200),
                    r.pick(FILLER)
                );
            }
            4 => {
                let _ = writeln!(
                    s,
                    "{} {} {}\n",
                    r.pick(FILLER),
                    r.pick(FILLER),
                    r.pick(FILLER)
                );
            }
            _ => {
                let _ = writeln!(
                    s,
                    "{other_surname} said the government had signed {} agreements with {} since {}, adding that talks would resume next {}.\n",
                    2 + r.below(8),
                    r.pick(PLACES),
                    r.pick(MONTHS),
                    r.pick(DAYS)
                );
            }
        }
    }
    for _ in 0..r.below(4) {
        let _ = writeln!(s, "{}\n", r.pick(TAILS));
    }
    if r.below(2) == 0 {
        let _ = writeln!(
            s,
            "{} {}\n{}@example-news.com",
            r.pick(GIVEN),
            r.pick(FAMILY),
            r.pick(FAMILY).to_lowercase()
        );
    }
    s
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(n), Some(dir)) = (
        args.get(1).and_then(|n| n.parse::<usize>().ok()),
        args.get(2),
    ) else {
        eprintln!("usage: gen_corpus N DIR");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let mut bytes = 0;
    for i in 0..n {
        // 1,000 files per sub-folder keeps directories listable.
        let sub = dir.join(format!("{:04}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        let text = article(&mut r, i);
        bytes += text.len();
        std::fs::write(sub.join(format!("{i:06}.txt")), text)?;
    }
    eprintln!(
        "wrote {n} articles, {:.1} MB, to {}",
        bytes as f64 / 1e6,
        dir.display()
    );
    Ok(())
}
