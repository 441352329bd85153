//! The privacy guard: looks through free-text answers for what is likely personal data of
//! residents (BSN, dates of birth, phone numbers, e-mail addresses, postcode with house number,
//! IBAN), so the officer can take it out before the brief leaves the building.

use std::sync::OnceLock;

use regex::Regex;

use super::flow::is_visible;
use super::profile::{Answer, Profile};
use super::questionnaire::{Kind as QuestionKind, Questionnaire};
use crate::lang::Lang;

/// What a finding looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A citizen service number that passes the 11-test.
    Bsn,
    /// A full date in the past: possibly a date of birth.
    BirthDate,
    Phone,
    Email,
    PostcodeHouseNumber,
    /// A bank account number that passes the IBAN check.
    Iban,
}

impl Kind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Kind::Bsn => lang.pick("burgerservicenummer (BSN)", "citizen service number (BSN)"),
            Kind::BirthDate => lang.pick(
                "datum, mogelijk een geboortedatum",
                "date, possibly a date of birth",
            ),
            Kind::Phone => lang.pick("telefoonnummer", "phone number"),
            Kind::Email => lang.pick("e-mailadres", "e-mail address"),
            Kind::PostcodeHouseNumber => {
                lang.pick("postcode met huisnummer", "postcode with house number")
            }
            Kind::Iban => lang.pick("rekeningnummer (IBAN)", "bank account number (IBAN)"),
        }
    }
}

/// A likely piece of personal data in one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub question: crate::model::ids::QuestionId,
    pub kind: Kind,
    /// The text as found.
    pub text: String,
}

/// What is not residents' data: the contact person's own details, and public numbers.
#[derive(Clone, Debug, Default)]
pub struct Allowed {
    pub emails: Vec<String>,
    /// Digits only.
    pub phones: Vec<String>,
}

impl Allowed {
    /// The contact person's e-mail and phone from the profile, and the alliance's public address.
    pub fn from_profile(p: &Profile, public_emails: &[&str]) -> Allowed {
        let mut emails: Vec<String> = public_emails.iter().map(|e| e.to_lowercase()).collect();
        emails.push(p.text(super::ids::CONTACT_EMAIL).trim().to_lowercase());
        Allowed {
            emails,
            phones: vec![digits(p.text(super::ids::CONTACT_PHONE))],
        }
    }
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

struct Patterns {
    email: Regex,
    bsn: Regex,
    date_numeric: Regex,
    date_written: Regex,
    phone: Regex,
    postcode_then_number: Regex,
    number_then_postcode: Regex,
    iban: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        // The patterns are constants: a test compiles every one of them.
        let re = |s: &str| match Regex::new(s) {
            Ok(r) => r,
            Err(e) => panic!("privacy pattern {s}: {e}"),
        };
        Patterns {
            email: re(r"(?i)\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b"),
            bsn: re(r"\b\d{3}[. ]?\d{2}[. ]?\d{2}[. ]?\d{2}\b|\b\d{4}[. ]?\d{2}[. ]?\d{3}\b|\b\d{3}[. ]\d{3}[. ]\d{3}\b"),
            date_numeric: re(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b"),
            date_written: re(r"(?i)\b(\d{1,2})\s+(jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|march|mar|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|aug(?:ustus|ust)?|sep(?:tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{4})\b"),
            phone: re(r"(?:\+31|0031|\b0)[\s-]?(?:\(0\))?[\s-]?\d(?:[\s-]?\d){7,9}\b"),
            postcode_then_number: re(r"\b[1-9]\d{3}\s?[A-Z]{2}\s*,?\s+\d{1,5}\s?[a-zA-Z]?\b"),
            number_then_postcode: re(r"(?i)\b[a-z]{3,}\s+\d{1,5}[a-z]?\s*,?\s+[1-9]\d{3}\s?[A-Z]{2}\b"),
            iban: re(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b"),
        }
    })
}

/// The 11-test of a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11.
pub fn passes_eleven_test(number: &str) -> bool {
    let d: Vec<u32> = number.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 9 || d.iter().all(|x| *x == 0) {
        return false;
    }
    let sum: i64 = d[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(x, w)| i64::from(*x) * w)
        .sum::<i64>()
        - i64::from(d[8]);
    sum % 11 == 0
}

/// The IBAN check: move the first four characters to the end, letters to numbers, mod 97 = 1.
pub fn passes_iban_check(iban: &str) -> bool {
    let s: String = iban.chars().filter(|c| !c.is_whitespace()).collect();
    if s.len() < 15 || s.len() > 34 || !s.is_ascii() {
        return false;
    }
    let (head, tail) = s.split_at(4);
    let mut remainder: u32 = 0;
    for c in tail.chars().chain(head.chars()) {
        let Some(value) = c.to_digit(36) else {
            return false;
        };
        for digit in value.to_string().chars() {
            remainder = (remainder * 10 + digit.to_digit(10).unwrap_or(0)) % 97;
        }
    }
    remainder == 1
}

/// Public numbers that are not residents' data: 112, 0800/0900/088 service numbers,
/// the municipal "14 + area code" numbers, 116-helplines.
fn is_public_phone(d: &str) -> bool {
    d == "112"
        || d.starts_with("0800")
        || d.starts_with("0900")
        || d.starts_with("0906")
        || d.starts_with("0909")
        || d.starts_with("088")
        || d.starts_with("116")
        || (d.starts_with("14") && d.len() <= 6)
}

/// Looks through one text. `year` is this year: dates from before it may be dates of birth.
pub fn scan_text(text: &str, allowed: &Allowed, year: i32) -> Vec<(Kind, String)> {
    let p = patterns();
    let mut out: Vec<(Kind, String)> = Vec::new();
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    let overlaps = |taken: &[std::ops::Range<usize>], r: &std::ops::Range<usize>| {
        taken.iter().any(|t| t.start < r.end && r.start < t.end)
    };
    for m in p.iban.find_iter(text) {
        // IBAN-shaped text is not read again as a phone number, valid or not.
        taken.push(m.range());
        if passes_iban_check(m.as_str()) {
            out.push((Kind::Iban, m.as_str().to_owned()));
        }
    }
    for m in p.email.find_iter(text) {
        taken.push(m.range());
        if !allowed.emails.contains(&m.as_str().to_lowercase()) {
            out.push((Kind::Email, m.as_str().to_owned()));
        }
    }
    for caps in p
        .date_numeric
        .captures_iter(text)
        .chain(p.date_written.captures_iter(text))
    {
        let Some(m) = caps.get(0) else { continue };
        let day: u32 = caps
            .get(1)
            .and_then(|d| d.as_str().parse().ok())
            .unwrap_or(0);
        let year_text = caps.get(3).map_or("", |y| y.as_str());
        let mut y: i32 = year_text.parse().unwrap_or(0);
        if year_text.len() == 2 {
            y += if y > year % 100 { 1900 } else { 2000 };
        }
        let month_ok = match caps.get(2).and_then(|m| m.as_str().parse::<u32>().ok()) {
            Some(month) => (1..=12).contains(&month),
            None => true, // a written month
        };
        if (1..=31).contains(&day) && month_ok && (1900..year).contains(&y) {
            taken.push(m.range());
            out.push((Kind::BirthDate, m.as_str().to_owned()));
        }
    }
    for m in p
        .postcode_then_number
        .find_iter(text)
        .chain(p.number_then_postcode.find_iter(text))
    {
        if !overlaps(&taken, &m.range()) {
            taken.push(m.range());
            out.push((Kind::PostcodeHouseNumber, m.as_str().trim().to_owned()));
        }
    }
    for m in p.bsn.find_iter(text) {
        if !overlaps(&taken, &m.range()) && passes_eleven_test(m.as_str()) {
            taken.push(m.range());
            out.push((Kind::Bsn, m.as_str().to_owned()));
        }
    }
    for m in p.phone.find_iter(text) {
        let mut d = digits(m.as_str());
        if let Some(rest) = d
            .strip_prefix("0031")
            .or_else(|| d.strip_prefix("31").filter(|_| m.as_str().starts_with('+')))
        {
            d = format!("0{rest}");
        }
        if overlaps(&taken, &m.range()) || d.len() != 10 || is_public_phone(&d) {
            continue;
        }
        if allowed
            .phones
            .iter()
            .any(|own| !own.is_empty() && digits(own) == d)
        {
            continue;
        }
        taken.push(m.range());
        out.push((Kind::Phone, m.as_str().trim().to_owned()));
    }
    out
}

/// The free texts of a profile: text answers and "other" texts, except the contact person's
/// own details. With the question id each belongs to.
fn free_texts<'p>(q: &Questionnaire, p: &'p Profile) -> Vec<(&'p str, &'p str)> {
    let mut out = Vec::new();
    for (id, answer) in &p.answers {
        if id.starts_with(super::ids::CONTACT_PREFIX) {
            continue;
        }
        let Some(question) = q.question(id) else {
            continue;
        };
        if !is_visible(question, q, p) {
            continue;
        }
        match answer {
            Answer::Text(t)
                if matches!(question.kind, QuestionKind::Text | QuestionKind::LongText) =>
            {
                out.push((id.as_str(), t.as_str()));
            }
            Answer::Choice { other: Some(o), .. } | Answer::Choices { other: Some(o), .. } => {
                out.push((id.as_str(), o.as_str()));
            }
            _ => {}
        }
    }
    out
}

/// Every likely piece of residents' personal data in the profile, in questionnaire order.
pub fn scan(q: &Questionnaire, p: &Profile, public_emails: &[&str], year: i32) -> Vec<Finding> {
    let allowed = Allowed::from_profile(p, public_emails);
    let mut findings: Vec<Finding> = free_texts(q, p)
        .into_iter()
        .flat_map(|(id, text)| {
            scan_text(text, &allowed, year)
                .into_iter()
                .map(move |(kind, text)| Finding {
                    question: id.into(),
                    kind,
                    text,
                })
        })
        .collect();
    let order = |id: &str| q.questions().position(|x| x.id == id).unwrap_or(usize::MAX);
    findings.sort_by_key(|f| order(&f.question));
    findings
}

/// "Section › Question: kind (text)", for lists.
/// Whether a finding is described with the text that was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    /// In the window, where the officer sees their own text anyway.
    Text,
    /// On the command line or in a log: kind and question only, never the data.
    WithoutText,
}

pub fn describe(q: &Questionnaire, f: &Finding, lang: Lang, show: Show) -> String {
    let section = q
        .section_of(&f.question)
        .and_then(|s| q.section(s))
        .map_or("", |s| s.title.get(lang));
    let question = q.question(&f.question).map_or("", |x| x.text.get(lang));
    if show == Show::Text {
        format!(
            "{section} › {question}: {} ({})",
            f.kind.label(lang),
            f.text
        )
    } else {
        format!("{section} › {question}: {}", f.kind.label(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind> {
        let allowed = Allowed {
            emails: vec![
                "s.devries@voorbeeld.example".into(),
                "e.leeuwis@movisie.nl".into(),
            ],
            phones: vec!["0612345678".into()],
        };
        scan_text(text, &allowed, 2026)
            .into_iter()
            .map(|(k, _)| k)
            .collect()
    }

    #[test]
    fn positive_cases_for_each_kind() {
        let cases: &[(&str, Kind)] = &[
            ("BSN 111222333 bekend", Kind::Bsn),
            ("bsn: 123.456.782", Kind::Bsn),
            ("geboren op 12-03-1985", Kind::BirthDate),
            ("geb. 3/7/79", Kind::BirthDate),
            ("sinds 12 maart 1985 in Nederland", Kind::BirthDate),
            ("bel haar op 06-87654321", Kind::Phone),
            ("tel. +31 6 8765 4321", Kind::Phone),
            ("vaste lijn 010 123 4567", Kind::Phone),
            ("mail naar fatima.x@gmail.com", Kind::Email),
            ("woont op 3511 AB 12", Kind::PostcodeHouseNumber),
            ("Dorpsstraat 5, 1234 AB", Kind::PostcodeHouseNumber),
            ("rekening NL91 ABNA 0417 1643 00", Kind::Iban),
            ("NL91ABNA0417164300", Kind::Iban),
        ];
        for (text, kind) in cases {
            assert_eq!(kinds(text), vec![*kind], "{text}");
        }
    }

    #[test]
    fn negative_cases_for_each_kind() {
        let cases = [
            // BSN: nine digits that fail the 11-test; a count of people.
            "nummer 123456789",
            "ongeveer 25000 inwoners",
            // Dates: this year or later (a training date), or no full date.
            "training op 12-03-2027",
            "in maart tot mei",
            "15 februari 2026",
            // Phones: public service numbers and the contact's own number.
            "Veilig Thuis 0800-2000",
            "bel 0800 2000",
            "gemeente 14 020",
            "alarm 112",
            "mijn nummer 06-12345678",
            // E-mail: the contact's own and the alliance's public address.
            "mail s.devries@voorbeeld.example of e.leeuwis@movisie.nl",
            // Postcode without a house number; a year after a street.
            "in 3511 AB",
            // IBAN that fails its check.
            "NL91 ABNA 0417 1643 01",
            // Plain text.
            "Wijkteams merken dat gezinnen pas hulp zoeken als de situatie al ernstig is.",
        ];
        for text in cases {
            assert_eq!(kinds(text), Vec::<Kind>::new(), "{text}");
        }
    }

    #[test]
    fn the_checks_themselves() {
        assert!(passes_eleven_test("111222333"));
        assert!(passes_eleven_test("123456782"));
        assert!(!passes_eleven_test("123456789"));
        assert!(!passes_eleven_test("000000000"));
        assert!(passes_iban_check("NL91ABNA0417164300"));
        assert!(passes_iban_check("GB82 WEST 1234 5698 7654 32"));
        assert!(!passes_iban_check("NL91ABNA0417164301"));
    }

    #[test]
    fn the_scan_names_the_question_and_skips_contact_details_and_hidden_questions() {
        let q = Questionnaire::builtin();
        let mut p = Profile::new(q, "2026-11-28T10:00:00Z");
        p.set(
            "organisatie.contact_telefoon",
            Some(Answer::Text("06-11112222".into())),
        );
        p.set(
            "signalen.toelichting",
            Some(Answer::Text("Mevrouw belt vaak vanaf 06-33334444.".into())),
        );
        p.set(
            "organisatie.type",
            Some(Answer::Choice {
                id: "anders".into(),
                other: Some("Huisarts, 06-55556666".into()),
            }),
        );
        // Hidden: forced marriage at 0, its question is not shown.
        p.set("huwelijksdwang.prioriteit", Some(Answer::Number(0)));
        p.set(
            "huwelijksdwang.vraag",
            Some(Answer::Text("06-77778888".into())),
        );
        let findings = scan(q, &p, &[], 2026);
        let found: Vec<(&str, Kind)> = findings
            .iter()
            .map(|f| (f.question.as_str(), f.kind))
            .collect();
        assert_eq!(
            found,
            [
                ("organisatie.type", Kind::Phone),
                ("signalen.toelichting", Kind::Phone)
            ]
        );
        assert_eq!(
            describe(q, &findings[1], Lang::Nl, Show::WithoutText),
            "Inwoners en signalen › Toelichting: telefoonnummer"
        );
    }
}
