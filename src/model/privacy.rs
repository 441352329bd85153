//! The privacy guard: looks through free-text answers for what is likely personal data of
//! residents (BSN, dates of birth, phone numbers, e-mail addresses, postcode with house number,
//! IBAN), so the officer can take it out before the brief leaves the building.

use std::sync::OnceLock;

use self::engine::{Engine, Groups};
use self::letters::{Letters, NamePattern};
use super::flow::is_visible;
use super::profile::{Answer, Profile};
use super::questionnaire::{Kind as QuestionKind, Questionnaire};

mod engine;
pub use self::engine::{Build, build_for};
mod letters;

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
    /// A street with a house number ("Tulpstraat 45 hs").
    Address,
    /// A passport or identity card number, with its word.
    Document,
    /// A foreign national's number at the IND (V-nummer), with its word.
    AlienNumber,
    /// A child named with an age, a school or a class.
    Child,
    /// A resident named: an honorific or an initial with a surname ("mevrouw Jansen", "J.
    /// Jansen"), a first name with an initial ("Mohamed B."), or a first name next to a detail
    /// of a life (age, illness, debt, housing, school, a case).
    Name,
    /// A Dutch licence plate, by its official formats (sidecodes).
    LicencePlate,
    /// A social-media handle or a link to a profile.
    SocialMedia,
    /// A case or file number next to a person's name.
    CaseNumber,
}

/// Where a finding is: in an answer, in a field of the meeting's record (issue 23), or, when
/// no field holds it as found, in a part of an output (its heading, or its file name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Answer(crate::model::ids::QuestionId),
    Meeting(super::meeting::Field),
    Output(String),
}

/// A likely piece of personal data in one answer or field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub place: Place,
    pub kind: Kind,
    /// The text as found.
    pub text: String,
}

/// What is not residents' data: the contact person's own details (one name, one e-mail
/// address, one phone number: anything more in those fields is scanned like every other text),
/// the organisation's own domain, and public addresses.
#[derive(Clone, Debug, Default)]
pub struct Allowed {
    pub emails: Vec<String>,
    /// Digits only.
    pub phones: Vec<String>,
    /// Mail domains of the organisation itself (from the contact's address), lowercase.
    pub domains: Vec<String>,
    /// The contact person's name as typed, when the field holds nothing but a name.
    pub names: Vec<String>,
}

impl Allowed {
    /// The contact person's e-mail, phone and name from the profile, their domain, and the
    /// alliance's public address. Only the first e-mail address and the first phone number
    /// of the contact's fields count as the contact's own.
    pub fn from_profile(p: &Profile, public_emails: &[&str]) -> Allowed {
        let mut allowed = Allowed {
            emails: public_emails.iter().map(|e| e.to_lowercase()).collect(),
            ..Allowed::default()
        };
        allowed.add_contact(p);
        allowed
    }

    /// What each of `profiles` may name of its own contact person, with `public_emails`.
    pub fn from_profiles(profiles: &[&Profile], public_emails: &[&str]) -> Allowed {
        let mut allowed = Allowed {
            emails: public_emails.iter().map(|e| e.to_lowercase()).collect(),
            ..Allowed::default()
        };
        for p in profiles {
            allowed.add_contact(p);
        }
        allowed
    }

    fn add_contact(&mut self, p: &Profile) {
        // The address the officer chose for the intake e-mail is the alliance's.
        if !p.mail_to.trim().is_empty() {
            self.emails.push(p.mail_to.trim().to_lowercase());
        }
        let email_field = p.text(super::ids::CONTACT_EMAIL);
        if let Some(own) = patterns().email.find(email_field) {
            let own = own.as_str().to_lowercase();
            if let Some((_, d)) = own.split_once('@')
                && !FREE_MAIL.contains(&d)
            {
                self.domains.push(d.to_owned());
            }
            self.emails.push(own);
        }
        let phone_field = p.text(super::ids::CONTACT_PHONE);
        if let Some((_, d)) =
            phone_starts(phone_field).find_map(|at| phone_at(phone_field, at, true))
        {
            self.phones.push(d);
        }
        let name = p.text(super::ids::CONTACT_NAME).trim();
        if is_only_a_name(name) {
            self.names.push(name.to_owned());
        }
    }

    /// Whether `text` is (part of) the contact person's own name.
    fn allows_name(&self, text: &str) -> bool {
        let text = text.trim();
        !text.is_empty() && self.names.iter().any(|n| n.contains(text))
    }

    fn allows_email(&self, email: &str) -> bool {
        let email = email.to_lowercase();
        let Some((local, domain)) = email.split_once('@') else {
            return false;
        };
        self.emails.contains(&email)
            || self.domains.iter().any(|d| d == domain)
            || (ROLE_MAILBOXES.contains(&local) && !FREE_MAIL.contains(&domain))
            || is_public_domain(domain)
    }
}

/// Mail domains of municipalities and government bodies: their addresses are offices, not
/// residents. Any domain with "gemeente" in a label, the Dutch national government's, and the
/// public services a policy text names.
fn is_public_domain(domain: &str) -> bool {
    const GOVERNMENT: [&str; 20] = [
        "overheid.nl",
        "rijksoverheid.nl",
        "minvws.nl",
        "minszw.nl",
        "minjenv.nl",
        "minbzk.nl",
        "minocw.nl",
        "minbuza.nl",
        "ind.nl",
        "coa.nl",
        "politie.nl",
        "om.nl",
        "rechtspraak.nl",
        "raadvoorderechtspraak.nl",
        "vng.nl",
        "ggd.nl",
        "ggdghor.nl",
        "veiligthuis.nl",
        "rvdk.nl",
        "europa.eu",
    ];
    let labels: Vec<&str> = domain.split('.').collect();
    GOVERNMENT
        .iter()
        .any(|g| domain == *g || domain.ends_with(&format!(".{g}")))
        || labels.iter().any(|l| {
            l.starts_with("gemeente") || l.starts_with("ggd") || l.starts_with("veiligthuis")
        })
        || labels.contains(&"gov")
        // Domains reserved for examples (RFC 2606) belong to no one.
        || ["example", "invalid", "test"].iter().any(|r| {
            labels.len() >= 2 && (labels[labels.len() - 2] == *r || labels[labels.len() - 1] == *r)
        })
}

/// Mail providers anyone can use: their domain says nothing about the organisation.
const FREE_MAIL: [&str; 12] = [
    "gmail.com",
    "hotmail.com",
    "hotmail.nl",
    "outlook.com",
    "live.nl",
    "live.com",
    "yahoo.com",
    "ziggo.nl",
    "kpnmail.nl",
    "icloud.com",
    "planet.nl",
    "home.nl",
];

/// Addresses of a role, not a person: `info@…`, `secretariaat@…`.
const ROLE_MAILBOXES: [&str; 12] = [
    "info",
    "contact",
    "secretariaat",
    "post",
    "postbus",
    "algemeen",
    "receptie",
    "balie",
    "servicedesk",
    "klantcontact",
    "communicatie",
    "noreply",
];

/// Words just before a value that say what it is. Lowercase; matched in the 30 characters
/// before it.
const BIRTH_WORDS: [&str; 8] = [
    "geb.", "geb ", "geboren", "geboorte", "born", "birth", "dob", "d.o.b",
];
const BSN_WORDS: [&str; 5] = [
    "bsn",
    "burgerservicenummer",
    "sofi",
    "citizen service",
    "bsn-",
];
/// Numbers of organisations, public by law: never a resident's BSN or phone.
const PUBLIC_ID_WORDS: [&str; 6] = [
    "rsin",
    "kvk",
    "kamer van koophandel",
    "btw",
    "vestigingsnummer",
    "agb",
];
/// Words near an IBAN that make it the organisation's own account: fees, the municipality.
const OWN_ACCOUNT_WORDS: [&str; 10] = [
    "leges",
    "gemeente",
    "ten name van de",
    "t.n.v. de",
    "stichting",
    "vereniging",
    "giften",
    "donaties",
    "voedselbank",
    "ten name van stichting",
];
/// Words before a number that make it an identity document's.
const DOCUMENT_WORDS: [&str; 9] = [
    "paspoort",
    "id-kaart",
    "id kaart",
    "identiteitskaart",
    "identiteitsbewijs",
    "reisdocument",
    "documentnummer",
    "passport",
    "identity card",
];
/// Words before a number that make it a V-number.
const ALIEN_NUMBER_WORDS: [&str; 5] = [
    "v-nummer",
    "v-nr",
    "vnummer",
    "vreemdelingennummer",
    "v-number",
];
/// Capitalised words before an age or a class that are no child's name.
const NOT_NAMES: [&str; 22] = [
    "De",
    "Het",
    "Een",
    "Groep",
    "Klas",
    "Team",
    "Gemeente",
    "Wijk",
    "Artikel",
    "Versie",
    "Stap",
    "Fase",
    "Bijlage",
    "Tabel",
    "Figuur",
    "Regio",
    "Jaar",
    "School",
    "Leerlingen",
    "Kinderen",
    "Jongeren",
    "Meisjes",
];
const PHONE_WORDS: [&str; 8] = [
    "tel",
    "mobiel",
    "gsm",
    "whatsapp",
    "phone",
    "mobile",
    "bel ",
    "06-nummer",
];

/// Whether a contact field holds a name and nothing more: letters, spaces, dots, hyphens and
/// apostrophes, at most six words.
fn is_only_a_name(text: &str) -> bool {
    !text.is_empty()
        && text.split_whitespace().count() <= 6
        && text
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Whether one of `words` stands in the 30 characters before byte `at`.
fn said_before(text: &str, at: usize, words: &[&str]) -> bool {
    let head = &text[..at];
    let from = head.char_indices().rev().nth(29).map_or(0, |(i, _)| i);
    let window = head[from..].to_lowercase();
    // At the start of a word: "tel" in "tel.", not in "vaststelling".
    words.iter().any(|w| {
        window.match_indices(w).any(|(i, _)| {
            window[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphabetic())
        })
    })
}

/// Words for a person: a date in brackets after one is a date of birth ("meisje (12-05-2009)").
const PERSON_WORDS: [&str; 16] = [
    "meisje",
    "jongen",
    "kind",
    "zoon",
    "dochter",
    "vrouw",
    "man",
    "moeder",
    "vader",
    "cliënt",
    "cliënte",
    "client",
    "bewoner",
    "bewoonster",
    "baby",
    "tiener",
];

/// Whether one of `words` is the word just before byte `at` (white space between).
fn said_before_near(text: &str, at: usize, words: &[&str]) -> bool {
    let last = text[..at]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    words.contains(&last.as_str())
}

struct Patterns {
    email: Pattern,
    bsn: Pattern,
    bsn_short: Pattern,
    date_numeric: Pattern,
    date_iso: Pattern,
    date_written: Pattern,
    postcode_then_number: Pattern,
    number_then_postcode: Pattern,
    iban: Pattern,
    street: Pattern,
    document: Pattern,
    alien_number: Pattern,
    child_age: Pattern,
    child_class: Pattern,
    honorific_name: NamePattern,
    name_initial: NamePattern,
    initial_surname: NamePattern,
    capitalised: NamePattern,
    life_detail: Pattern,
    person_detail: Pattern,
    name_age: NamePattern,
    name_school: NamePattern,
    two_names: NamePattern,
    subject_verb: NamePattern,
    plate: Pattern,
    handle: Pattern,
    profile_link: Pattern,
    case_number: Pattern,
}

/// Surname particles, as they stand between an honorific or initials and a surname.
const PARTICLES: &str =
    r"(?:(?:[Vv]an|[Dd]e[nr]?|[Tt]e[nr]?|[Ee]l|[Aa]l|[Ll][ae]|[Dd][au]|[Ii]n 't|'t)\s+)*";

/// What may follow a house number: "-2", "-II", " hs", "bis", " A", "a".
const HOUSE_SUFFIX: &str = r"(?:\s?-\s?(?:[0-9]{1,4}|[A-Za-z]{1,3})|\s?(?:hs|huis|bis|ter|boven|beneden|zw|rd)|\s?[A-Za-z])?";

/// A pattern compiled the first time it is needed: a text without an `@` never compiles the
/// e-mail pattern, and a command that scans nothing compiles none (issue 35: the command
/// line's fixed start).
struct Pattern {
    source: fn() -> String,
    /// Runs on [`Letters`]' copy of a text (see `letters.rs`).
    on_letters: bool,
    regex: OnceLock<Engine>,
}

impl Pattern {
    fn new(source: fn() -> String) -> Self {
        Self {
            source,
            on_letters: false,
            regex: OnceLock::new(),
        }
    }

    fn on_letters(source: fn() -> String) -> Self {
        Self {
            on_letters: true,
            ..Self::new(source)
        }
    }

    /// The source as compiled: on the copy of a text for a name pattern, and folding the case
    /// of ASCII's letters only (see [`engine::ascii_case`]).
    fn compiled_source(&self) -> String {
        let source = (self.source)();
        let source = if self.on_letters {
            letters::on_letters(&source)
        } else {
            source
        };
        engine::ascii_case(&source)
    }
}

impl std::ops::Deref for Pattern {
    type Target = Engine;

    fn deref(&self) -> &Engine {
        self.regex.get_or_init(|| {
            let source = self.compiled_source();
            // The patterns are constants: a test compiles every one of them.
            match Engine::new(&source) {
                Ok(r) => r,
                Err(e) => panic!("privacy pattern {source}: {e}"),
            }
        })
    }
}

impl Patterns {
    /// Every pattern, in about the order a scan first needs them.
    fn all(&self) -> [&Pattern; 28] {
        [
            &self.iban,
            &self.email,
            &self.bsn,
            &self.bsn_short,
            &self.document,
            &self.alien_number,
            &self.postcode_then_number,
            &self.number_then_postcode,
            &self.street,
            &self.child_age,
            &self.child_class,
            &self.date_numeric,
            &self.date_iso,
            &self.date_written,
            &self.handle,
            &self.profile_link,
            &self.case_number,
            &self.plate,
            &self.honorific_name.0,
            &self.initial_surname.0,
            &self.name_initial.0,
            &self.capitalised.0,
            &self.life_detail,
            &self.name_school.0,
            &self.name_age.0,
            &self.two_names.0,
            &self.person_detail,
            &self.subject_verb.0,
        ]
    }
}

/// Compiles every pattern now, the last a scan needs first, so that a command can do it on
/// another core while it reads the profile: the scan compiles from the front what it needs
/// before this thread got there, and the two meet in the middle.
pub fn prepare() {
    for pattern in patterns().all().iter().rev() {
        let _: &Engine = pattern;
    }
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        Patterns {
            email: Pattern::new(|| r"(?i)(?-u:\b)[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}(?-u:\b)".to_owned()),
            bsn: Pattern::new(|| r"(?-u:\b)[0-9]{3}[. -]?[0-9]{2}[. -]?[0-9]{2}[. -]?[0-9]{2}(?-u:\b)|(?-u:\b)[0-9]{4}[. -]?[0-9]{2}[. -]?[0-9]{3}(?-u:\b)|(?-u:\b)[0-9]{3}[. -][0-9]{3}[. -][0-9]{3}(?-u:\b)".to_owned()),
            bsn_short: Pattern::new(|| r"(?-u:\b)[0-9]{8,9}(?-u:\b)".to_owned()),
            date_numeric: Pattern::new(|| r"(?-u:\b)([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4}|[0-9]{2})(?-u:\b)".to_owned()),
            date_iso: Pattern::new(|| r"(?-u:\b)([0-9]{4})-([0-9]{2})-([0-9]{2})(?-u:\b)".to_owned()),
            date_written: Pattern::new(|| r"(?i)(?-u:\b)([0-9]{1,2})\s+(jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|march|mar|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|aug(?:ustus|ust)?|sep(?:tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+('[0-9]{2}|[0-9]{4})(?-u:\b)".to_owned()),
            postcode_then_number: Pattern::new(|| format!(r"(?i)(?-u:\b)[1-9][0-9]{{3}}\s?([a-z]{{2}})(?-u:\b)\s*,?\s*(?:huisnummer|huisnr\.?|nr\.?|no\.?)?\s*[0-9]{{1,5}}{HOUSE_SUFFIX}(?-u:\b)")),
            number_then_postcode: Pattern::new(|| format!(r"(?i)(?-u:\b)([a-z]{{3,}})\s+[0-9]{{1,5}}{HOUSE_SUFFIX}\s*,?\s+[1-9][0-9]{{3}}\s?([a-z]{{2}})(?-u:\b)")),
            iban: Pattern::new(|| r"(?i)(?-u:\b)[a-z]{2}[0-9]{2}(?:\s?[a-z0-9]{4}){2,7}(?:\s?[a-z0-9]{1,3})?(?-u:\b)".to_owned()),
            street: Pattern::new(|| format!(r"(?-u:\b)(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-zà-ÿ]*(?:straat|laan|weg|plein|kade|gracht|singel|dijk|hof|pad|steeg|dreef|plantsoen|markt|baan|ring|erf|wal|haven|park|boulevard|allee|veld|zijde|burcht)\s+[0-9]{{1,5}}{HOUSE_SUFFIX}(?-u:\b)")),
            document: Pattern::new(|| r"(?-u:\b)[A-Z0-9]{8,9}(?-u:\b)".to_owned()),
            alien_number: Pattern::new(|| r"(?-u:\b)[0-9]{8,10}(?-u:\b)".to_owned()),
            child_age: Pattern::new(|| r"(?-u:\b)([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)(?:\s*\(\s*[0-9]{1,2}(?:\s*(?:jaar|jr\.?))?\s*\)|\s*,\s*[0-9]{1,2}\s*jaar(?-u:\b))".to_owned()),
            child_class: Pattern::new(|| r"(?-u:\b)([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)\s*(?:,|uit|in|zit in)\s+(?:groep|klas)\s+[0-9]".to_owned()),
            honorific_name: NamePattern::new(|| format!(r"(?-u:\b)(?i:mevrouw|mevr\.|mevr|mw\.|mw|meneer|mijnheer|dhr\.|dhr|de\s+heer|familie|fam\.)\s+((?:\p{{Lu}}\.\s?){{0,3}}{PARTICLES}\p{{Lu}}[\p{{Ll}}'’-]+(?:-\p{{Lu}}[\p{{Ll}}'’-]+)?)")),
            name_initial: NamePattern::new(|| r"(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\.(?:[\s,;:)]|$)".to_owned()),
            initial_surname: NamePattern::new(|| format!(r"\p{{Lu}}\.\s?(?:\p{{Lu}}\.\s?){{0,3}}({PARTICLES}\p{{Lu}}\p{{Ll}}{{2,}}(?:-\p{{Lu}}\p{{Ll}}+)?)")),
            capitalised: NamePattern::new(|| r"\p{Lu}[\p{Ll}'’]+".to_owned()),
            life_detail: Pattern::new(|| r"(?i)[0-9]{1,2}\s*(?:jaar|jr)(?-u:\b)|\(\s*[0-9]{1,2}\s*\)|,\s*[0-9]{1,2}\s*[,.]|(?:schuld|huurachterstand|achterstand|uitkering|bijstand|werkloos|ziek|opgenomen|depress|dementie|kanker|zwanger|verslaaf|drinkt|drugs|eenzaam|psychi|woont|woning|dakloos|opvang|uit huis|school|klas|groep\s*[0-9]|brugklas|vmbo|havo|vwo|mbo|lyceum|college|geslagen|slaat|mishandel|bedreig|onder druk|trouwen|uitgehuwelijkt|scheiding|gescheiden|verblijfsvergunning|asiel|politie|veilig thuis|melding|dossier|casus|weigert|overleden|weduw|gevlucht|vluchteling|zus|broer|moeder|vader|ouders|zoon|dochter|kinderen|familie|haar man|zijn vrouw|ex-partner)".to_owned()),
            person_detail: Pattern::new(|| r"(?i)[0-9]{1,2}\s*(?:jaar|jr)(?-u:\b)|schuld|huurachterstand|uitkering|bijstand|werkloos|ontslag|ziek|opgenomen|depress|dementie|alzheimer|kanker|zwanger|bevall|verslaaf|drinkt|drugs|eenzaam|psychi|woont|wonen|verhuisd|dakloos|uit huis|spijbel|brugklas|geslagen|slaat|mishandel|bedreig|onder druk|trouwen|uitgehuwelijkt|scheid|verblijfsvergunning|asiel|inburgering|weigert|overleden|weduw|gevlucht|vlucht|haar man|zijn vrouw|haar (?:vader|moeder|broer|zus|oom|tante|familie|kinderen)|zijn (?:vader|moeder|broer|zus|oom|tante|familie|kinderen)|ex-partner|bang|boete|voedselbank|huisarts|schoonouders|slaap|slaapt|nachtmerrie|trauma|angst|huil|ruzie|baan|huur|ouders|zoon|dochter|neef|nicht|kleinzoon|opgesloten|gecontroleerd|uitgebuit|aangehouden|arbeidsongeschikt|inkomen|(?-u:\b)(?:hij|zij|ze|hem|haar|zich|ex|man|vrouw|oom|tante)(?-u:\b)".to_owned()),
            name_age: NamePattern::new(|| r"(\p{Lu}[\p{Ll}'’]+)(?:[\s-](\p{Lu}[\p{Ll}'’]+))?(?:\s+\p{Lu}\.)?(?:\s+\(\s*[0-9]{1,2}(?:\s*(?:jaar|jr\.?))?\s*\)|,\s*[0-9]{1,2}(?:\s*(?:jaar|jr\.?))?\s*(?:[,.;)]|$))".to_owned()),
            name_school: NamePattern::new(|| r"(\p{Lu}[\p{Ll}'’]+)\s+(?:uit|in|zit in|zit op|van|op)\s+(?:de\s+|het\s+)?(?:[1-6]\s*)?(?:\p{Ll}+\s+)?(?:groep|\p{Ll}*klas|vmbo|havo|vwo|mbo|ROC|roc|hbo|\p{Ll}*school|hogeschool|universiteit|gymnasium|atheneum)(?-u:\b)".to_owned()),
            two_names: NamePattern::new(|| format!(r"(\p{{Lu}}[\p{{Ll}}'’]+)\s+{PARTICLES}(\p{{Lu}}[\p{{Ll}}'’]+)")),
            subject_verb: NamePattern::new(|| format!(r"^\s*[(\[\-–•*]?\s*(\p{{Lu}}[\p{{Ll}}'’]+)\s+(?:{})(?-u:\b)", PERSON_VERBS.join("|"))),
            plate: Pattern::new(|| r"(?-u:\b)([A-Z]{1,3}|[0-9]{1,3})-([A-Z]{1,3}|[0-9]{1,3})-([A-Z]{1,3}|[0-9]{1,3})(?-u:\b)".to_owned()),
            handle: Pattern::new(|| r"(?:^|[\s(\[,;:])@([A-Za-z0-9._]{3,30})(?-u:\b)".to_owned()),
            profile_link: Pattern::new(|| r"(?i)(?-u:\b)(?:www\.)?(?:facebook|fb|instagram|tiktok|twitter|x|snapchat|linkedin|youtube|threads)\.com/(?:in/)?@?([a-z0-9._-]{2,})".to_owned()),
            case_number: Pattern::new(|| r"(?i)(?-u:\b)(?:[a-z]+-)?(?:dossiernummer|dossiernr\.?|dossier|casusnummer|casus|zaaknummer|zaaknr\.?|zaak|registratienummer|cli(?u:[eë])ntnummer|kenmerk)\s*:?\s*([A-Z0-9][A-Z0-9/.-]{3,20})".to_owned()),
        }
    })
}

/// Two lowercase letters that are a word, not a postcode's letters ("2021 en 12 gezinnen").
/// Postcodes never use SA, SD or SS.
fn is_postcode_letters(letters: &str) -> bool {
    const WORDS: [&str; 24] = [
        "en", "of", "in", "op", "te", "om", "na", "al", "er", "is", "at", "to", "on", "or", "an",
        "as", "be", "by", "do", "if", "it", "me", "no", "up",
    ];
    let upper = letters.to_uppercase();
    if ["SA", "SD", "SS"].contains(&upper.as_str()) {
        return false;
    }
    letters != letters.to_lowercase() || !WORDS.contains(&letters)
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

/// Public numbers that are not residents' data: 112, 0800/0900/088 service numbers, the
/// municipal "14 + area code" numbers, 116-helplines, and switchboards (ending in 0000).
fn is_public_phone(d: &str) -> bool {
    d == "112"
        || d.starts_with("0800")
        || d.starts_with("0900")
        || d.starts_with("0906")
        || d.starts_with("0909")
        || d.starts_with("088")
        || d.starts_with("116")
        || (d.starts_with("14") && d.len() <= 6)
        || (d.len() == 10 && d.ends_with("0000"))
}

/// A run of digit groups that starts like a phone number (`+`, `00`, `0`, `(0`), from byte
/// `start`: groups of digits with at most three separators (space, `-`, `.`, `/`, brackets)
/// between them. Returns the end of each group, with the digits so far.
fn digit_groups(text: &str, start: usize) -> Vec<(usize, String)> {
    let bytes = text.as_bytes();
    let mut groups = Vec::new();
    let mut digits = String::new();
    let mut i = start;
    if bytes.get(i) == Some(&b'+') {
        i += 1;
    }
    loop {
        let mut gap = 0;
        while i < bytes.len() && b" -./()".contains(&bytes[i]) && gap <= 3 {
            i += 1;
            gap += 1;
        }
        if gap > 3 || i >= bytes.len() || !bytes[i].is_ascii_digit() {
            break;
        }
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            digits.push(char::from(bytes[i]));
            i += 1;
        }
        groups.push((i, digits.clone()));
        if digits.len() > 15 {
            break;
        }
    }
    groups
}

/// A phone number starting at byte `start`, if there is one: its end and its digits in the
/// national form ("06…") or, for a foreign number, with its country code.
fn phone_at(text: &str, start: usize, context: bool) -> Option<(usize, String)> {
    let groups = digit_groups(text, start);
    let foreign = text[start..].starts_with('+') || text[start..].starts_with("00");
    if foreign {
        // +31 and 0031 are Dutch; any other code is a foreign number of 10 to 13 digits
        // (counted without the 00 that stands for the +).
        let (_, first) = groups.first()?;
        let dutch = first.starts_with("31") || first.starts_with("0031");
        return groups.iter().find_map(|(end, d)| {
            let international = d.strip_prefix("00").unwrap_or(d);
            let national = international
                .strip_prefix("31")
                .map(|rest| format!("0{}", rest.trim_start_matches('0')));
            match (dutch, national) {
                (true, Some(n)) if n.len() == 10 => Some((*end, n)),
                (false, _)
                    if (10..=13).contains(&international.len()) && groups.last()?.0 == *end =>
                {
                    Some((*end, international.to_owned()))
                }
                _ => None,
            }
        });
    }
    // A Dutch number: ten digits from the 0; with a word like "tel" before it, 8 to 13.
    groups.iter().find_map(|(end, d)| {
        let whole = groups.last().is_some_and(|(last, _)| last == end);
        (d.starts_with('0') && (d.len() == 10 || (context && whole && (8..=13).contains(&d.len()))))
            .then(|| (*end, d.clone()))
    })
}

/// Where phone numbers may start: `+`, `(0`, or a `0` that begins a word.
fn phone_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    (0..bytes.len()).filter(move |&i| {
        let after_word = i > 0 && bytes[i - 1].is_ascii_alphanumeric();
        match bytes[i] {
            // "+31 6 …" starts a word; "1+1" is a sum.
            b'+' => !after_word && bytes.get(i + 1).is_some_and(u8::is_ascii_digit),
            b'(' => bytes.get(i + 1) == Some(&b'0'),
            b'0' => !after_word && (i == 0 || bytes[i - 1] != b'('),
            _ => false,
        }
    })
}

/// A found piece of text with its place.
type Hit = (Kind, std::ops::Range<usize>);

fn overlaps(taken: &[Hit], r: &std::ops::Range<usize>) -> bool {
    taken
        .iter()
        .any(|(_, t)| t.start < r.end && r.start < t.end)
}

/// Looks through one text. `year` is this year: later dates are no dates of birth.
pub fn scan_text(text: &str, allowed: &Allowed, year: i32) -> Vec<(Kind, String)> {
    // Nothing to find in white space, and no pattern to compile for it.
    if text.trim().is_empty() {
        return Vec::new();
    }
    let p = patterns();
    let mut hits: Vec<Hit> = Vec::new();
    // What is recognised but allowed still takes its place, so no other kind reads it again.
    let mut seen: Vec<Hit> = Vec::new();
    scan_ibans(text, &mut hits, &mut seen);
    for m in p.email.find_iter(text) {
        seen.push((Kind::Email, m.range()));
        if !allowed.allows_email(m.as_str()) {
            hits.push((Kind::Email, m.range()));
        }
    }
    scan_accounts(text, &mut hits, &mut seen);
    scan_named_numbers(text, &mut hits, &mut seen);
    scan_cases(text, allowed, &mut hits, &mut seen);
    scan_plates(text, &mut hits, &mut seen);
    scan_phones(text, allowed, &mut hits, &mut seen);
    scan_dates(text, year, &mut hits, &mut seen);
    scan_addresses(text, &mut hits, &mut seen);
    scan_children(text, &mut hits, &mut seen);
    scan_names(text, allowed, &mut hits, &mut seen);
    for m in p.bsn.find_iter(text).chain(p.bsn_short.find_iter(text)) {
        if overlaps(&seen, &m.range()) || said_before(text, m.start(), &PUBLIC_ID_WORDS) {
            continue;
        }
        let named = said_before(text, m.start(), &BSN_WORDS);
        let nine = digits(m.as_str()).len() == 9;
        if (nine && passes_eleven_test(m.as_str())) || named {
            seen.push((Kind::Bsn, m.range()));
            hits.push((Kind::Bsn, m.range()));
        }
    }
    hits.sort_by_key(|(_, r)| r.start);
    hits.into_iter()
        .map(|(kind, r)| (kind, text[r].trim().to_owned()))
        .collect()
}

/// IBANs: the longest run from each candidate's start that passes the check, so words after
/// the number ("BE68 5390 0754 7034 bij de bank") do not hide it. The organisation's own
/// account (near "leges" or "gemeente") is not a resident's.
fn scan_ibans(text: &str, hits: &mut Vec<Hit>, seen: &mut Vec<Hit>) {
    for m in patterns().iban.find_iter(text) {
        seen.push((Kind::Iban, m.range()));
        // Candidate ends: after each character that is not white space, longest first.
        let ends: Vec<usize> = m
            .as_str()
            .char_indices()
            .filter(|(_, c)| !c.is_whitespace())
            .map(|(i, c)| m.start() + i + c.len_utf8())
            .rev()
            .collect();
        let Some(end) = ends
            .into_iter()
            .find(|&end| passes_iban_check(&text[m.start()..end].to_uppercase()))
        else {
            continue;
        };
        let around_end = text[end..]
            .char_indices()
            .nth(40)
            .map_or(text.len(), |(i, _)| end + i);
        let own = said_before(text, m.start(), &OWN_ACCOUNT_WORDS)
            || said_in_sentence_before(text, &(m.start()..end), &OWN_ACCOUNT_WORDS)
            || OWN_ACCOUNT_WORDS
                .iter()
                .any(|w| text[end..around_end].to_lowercase().contains(w));
        if !own {
            hits.push((Kind::Iban, m.start()..end));
        }
    }
}

/// Numbers that only their word makes personal: a passport or ID card's (letters and digits),
/// a V-number (digits).
fn scan_named_numbers(text: &str, hits: &mut Vec<Hit>, seen: &mut Vec<Hit>) {
    let p = patterns();
    for m in p.document.find_iter(text) {
        let s = m.as_str();
        let mixed =
            s.chars().any(|c| c.is_ascii_digit()) && s.chars().any(|c| c.is_ascii_uppercase());
        if mixed && !overlaps(seen, &m.range()) && said_before(text, m.start(), &DOCUMENT_WORDS) {
            seen.push((Kind::Document, m.range()));
            hits.push((Kind::Document, m.range()));
        }
    }
    for m in p.alien_number.find_iter(text) {
        if !overlaps(seen, &m.range()) && said_before(text, m.start(), &ALIEN_NUMBER_WORDS) {
            seen.push((Kind::AlienNumber, m.range()));
            hits.push((Kind::AlienNumber, m.range()));
        }
    }
}

/// Postcodes with a house number, and streets with one. A post-office box ("Postbus 16200,
/// 3500 CE") and an office's address ("bezoekadres Stationsplein 1") are not a resident's.
fn scan_addresses(text: &str, hits: &mut Vec<Hit>, seen: &mut Vec<Hit>) {
    let p = patterns();
    let with_postcode = p
        .postcode_then_number
        .captures_iter(text)
        .filter_map(|c| Some((c.get(0)?, c.get(1)?, None)))
        .chain(
            p.number_then_postcode
                .captures_iter(text)
                .filter_map(|c| Some((c.get(0)?, c.get(2)?, Some(c.get(1)?.as_str())))),
        );
    for (m, letters, word) in with_postcode {
        let post_box = word.is_some_and(|w| {
            let w = w.to_lowercase();
            w == "postbus" || w == "antwoordnummer"
        });
        let office = said_in_sentence_before(text, &m.range(), &ORGANISATION_WORDS);
        if is_postcode_letters(letters.as_str())
            && !post_box
            && !office
            && !overlaps(seen, &m.range())
        {
            seen.push((Kind::PostcodeHouseNumber, m.range()));
            hits.push((Kind::PostcodeHouseNumber, m.range()));
        }
    }
    for m in p.street.find_iter(text) {
        if overlaps(seen, &m.range())
            || said_in_sentence_before(text, &m.range(), &ORGANISATION_WORDS)
        {
            continue;
        }
        seen.push((Kind::Address, m.range()));
        hits.push((Kind::Address, m.range()));
    }
}

/// A child named with an age ("Samira (8 jaar)", "Youssef, 14 jaar") or a class ("Noor, groep
/// 3", "Youssef uit klas 2").
fn scan_children(text: &str, hits: &mut Vec<Hit>, seen: &mut Vec<Hit>) {
    let p = patterns();
    for caps in p
        .child_age
        .captures_iter(text)
        .chain(p.child_class.captures_iter(text))
    {
        let (Some(m), Some(name)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        if NOT_NAMES.contains(&name.as_str()) || overlaps(seen, &m.range()) {
            continue;
        }
        // "Organisaties (3)": a count; "Samira (8)": a child of the list's names.
        let says_age = ["jaar", "jr", "groep", "klas"]
            .iter()
            .any(|w| m.as_str().contains(w));
        if !says_age && !is_first_name(name.as_str()) {
            continue;
        }
        // "Yilmaz (61)": an adult, whom the names' rule finds.
        let age: Option<u32> = m.as_str()[name.len()..]
            .split(|c: char| !c.is_ascii_digit())
            .find(|d| !d.is_empty())
            .and_then(|d| d.parse().ok());
        let in_class = m.as_str().contains("groep") || m.as_str().contains("klas");
        if !in_class && age.is_some_and(|a| a >= 18) {
            continue;
        }
        seen.push((Kind::Child, m.range()));
        hits.push((Kind::Child, m.range()));
    }
}

/// The first names of `assets/privacy/first-names.txt` (its header says where they are from).
fn first_names() -> &'static std::collections::HashSet<&'static str> {
    static NAMES: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        include_str!("../../assets/privacy/first-names.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether `word` is a first name of the list.
pub fn is_first_name(word: &str) -> bool {
    first_names().contains(word)
}

/// A word list of `assets/privacy/` without its header: lowercase words, one a line, in byte
/// order.
fn word_list(all: &'static str) -> &'static str {
    let mut body = all;
    while body.starts_with('#') {
        body = body.split_once('\n').map_or("", |(_, rest)| rest);
    }
    body
}

/// Whether `word` is a line of the sorted `words`: a binary search over its lines.
fn in_word_list(words: &str, word: &str) -> bool {
    let bytes = words.as_bytes();
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1)
            .max(lo);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| start + i);
        match bytes[start..end].cmp(word.as_bytes()) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// Whether `word` (lowercase) is an ordinary Dutch or English word: one of
/// `assets/privacy/dutch-words.txt` (`OpenTaal`) or `english-words.txt` (SCOWL); their headers
/// say where they are from.
pub fn is_ordinary_word(word: &str) -> bool {
    static DUTCH: OnceLock<&'static str> = OnceLock::new();
    static ENGLISH: OnceLock<&'static str> = OnceLock::new();
    let dutch =
        DUTCH.get_or_init(|| word_list(include_str!("../../assets/privacy/dutch-words.txt")));
    let english =
        ENGLISH.get_or_init(|| word_list(include_str!("../../assets/privacy/english-words.txt")));
    in_word_list(dutch, word) || in_word_list(english, word)
}

/// Capitalised words that are no one's name although they are no Dutch word in lowercase:
/// countries and regions residents come from, platforms, and organisations a policy text
/// names.
const NOT_PERSONS: [&str; 41] = [
    "Kezban",
    "Nederland",
    "Syrië",
    "Eritrea",
    "Somalië",
    "Turkije",
    "Marokko",
    "Afghanistan",
    "Irak",
    "Iran",
    "Jemen",
    "Soedan",
    "Ethiopië",
    "Suriname",
    "Oekraïne",
    "Polen",
    "Pakistan",
    "Egypte",
    "Libanon",
    "Koerdistan",
    "Caribisch",
    "Antillen",
    "Aruba",
    "Curaçao",
    "Instagram",
    "Facebook",
    "Snapchat",
    "Tiktok",
    "TikTok",
    "Whatsapp",
    "WhatsApp",
    "Youtube",
    "Linkedin",
    "Movisie",
    "Pharos",
    "Augeo",
    "Rutgers",
    "Fier",
    "Wmo",
    "Behoeftewijzer",
    "Pride",
];

/// Verbs in the third person singular that a resident does: after a name at the start of a
/// sentence (the `subject_verb` pattern is made of them), or after a name with an age.
const PERSON_VERBS: [&str; 34] = [
    "is", "was", "heeft", "had", "wil", "wilde", "woont", "woonde", "zit", "zat", "wordt", "werd",
    "durft", "kan", "kon", "moet", "krijgt", "kreeg", "gaat", "ging", "komt", "kwam", "spijbelt",
    "loopt", "liep", "wacht", "slaat", "drinkt", "weigert", "vertelt", "vertelde", "zegt", "zei",
    "mag",
];

/// Whether a capitalised `word` may be a person's name: a first name of the list, or a word
/// that is no Dutch or English word in lowercase ("Nasrin", "Hendriks"; not "Leerlingen",
/// "Kompas", "Violence"),
/// not a country, a platform or an organisation, and no adjective of a nationality ("Turkse",
/// "Syrische").
fn may_be_name(word: &str) -> bool {
    if is_first_name(word) {
        return true;
    }
    let nationality = word.ends_with("se") || word.ends_with("sche");
    !nationality
        && !NOT_NAMES.contains(&word)
        && !NOT_PERSONS.contains(&word)
        && !is_ordinary_word(&word.to_lowercase())
}

/// Whether the character before byte `at` is no letter: a match there starts a word.
fn starts_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether the character at byte `i` of `text` ends a sentence: `!`, `?`, `;`, a line end, or
/// a full stop followed by white space that does not close an initial or an abbreviation ("J.",
/// "mw.", "geb.").
fn ends_sentence(text: &str, i: usize) -> bool {
    const ABBREVIATIONS: [&str; 12] = [
        "mw", "mevr", "dhr", "geb", "tel", "nr", "no", "t.n.v", "o.a", "bijv", "ca", "fam",
    ];
    match text[i..].chars().next() {
        Some('!' | '?' | ';' | '\n') => true,
        Some('.') => {
            let followed = text[i + 1..].chars().next().is_none_or(char::is_whitespace);
            let word = text[..i]
                .rsplit(|c: char| c.is_whitespace() || c == '(')
                .next()
                .unwrap_or("");
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            followed && !initial && !ABBREVIATIONS.contains(&word.to_lowercase().as_str())
        }
        _ => false,
    }
}

/// The sentence around byte range `r`, at most 150 bytes either side.
fn sentence(text: &str, r: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut lo = r.start.saturating_sub(150);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (r.end + 150).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let from = text[lo..r.start]
        .char_indices()
        .filter(|(i, _)| ends_sentence(text, lo + i))
        .map(|(i, c)| lo + i + c.len_utf8())
        .next_back()
        .unwrap_or(lo);
    let to = text[r.end..hi]
        .char_indices()
        .find(|(i, _)| ends_sentence(text, r.end + i))
        .map_or(hi, |(i, _)| r.end + i);
    from..to
}

/// Whether one of `words` (lowercase) stands in the sentence of `r`, before `r`.
fn said_in_sentence_before(text: &str, r: &std::ops::Range<usize>, words: &[&str]) -> bool {
    let s = sentence(text, r);
    let before = text[s.start..r.start].to_lowercase();
    words.iter().any(|w| before.contains(w))
}

/// Words that make an address, a phone number or an account an organisation's, when they stand
/// before it in its sentence.
const ORGANISATION_WORDS: [&str; 36] = [
    "bezoekadres",
    "gebouw",
    "moskee",
    "kerk",
    "praktijk",
    "ziekenhuis",
    "huisartsenpost",
    "postadres",
    "ons adres",
    "locatie",
    "vestiging",
    "kantoor",
    "gemeentehuis",
    "stadhuis",
    "wijkcentrum",
    "buurthuis",
    "huis van de wijk",
    "bibliotheek",
    "stichting",
    "vereniging",
    "federatie",
    "ggd",
    "vluchtelingenwerk",
    "centrum",
    "loket",
    "organisatie",
    "algemene nummer",
    "algemeen nummer",
    "hoofdnummer",
    "receptie",
    "klantcontact",
    "servicedesk",
    "spoed",
    "t.n.v. de gemeente",
    "ten name van",
    "t.n.v.",
];

/// Whether the names found in the sentence of `r` include a resident's name (not the contact
/// person's own).
fn names_in_sentence(text: &str, r: &std::ops::Range<usize>, allowed: &Allowed) -> bool {
    let s = sentence(text, r);
    let mut hits = Vec::new();
    let mut seen = Vec::new();
    scan_names(&text[s], allowed, &mut hits, &mut seen);
    !hits.is_empty()
}

/// Social-media handles (`@naam`) and links to a profile (`instagram.com/naam`), but not an
/// organisation's ("@gemeente…", "facebook.com/stichting…").
fn scan_accounts(text: &str, hits: &mut Vec<Hit>, seen: &mut Vec<Hit>) {
    let p = patterns();
    let organisation = |name: &str| {
        let name = name.to_lowercase();
        [
            "gemeente",
            "stichting",
            "movisie",
            "politie",
            "ggd",
            "veiligthuis",
        ]
        .iter()
        .any(|w| name.contains(w))
    };
    let found = p
        .profile_link
        .captures_iter(text)
        .chain(p.handle.captures_iter(text))
        .filter_map(|c| Some((c.get(0)?, c.get(1)?)));
    for (m, name) in found {
        let range = m.start() + m.as_str().len() - m.as_str().trim_start().len()..m.end();
        if organisation(name.as_str()) || overlaps(seen, &range) {
            continue;
        }
        seen.push((Kind::SocialMedia, range.clone()));
        hits.push((Kind::SocialMedia, range));
    }
}

/// A case or file number ("dossier JZ-2025-11482", "zaaknummer Z-88213") in a sentence that
/// names a resident; the number of a grant application or an invoice alone is not personal.
fn scan_cases(text: &str, allowed: &Allowed, hits: &mut Vec<Hit>, seen: &mut Vec<Hit>) {
    for c in patterns().case_number.captures_iter(text) {
        let Some(code) = c.get(1) else { continue };
        let number = code.as_str().trim_end_matches(['.', '-', '/']);
        let range = code.start()..code.start() + number.len();
        if digits(number).len() < 3 || overlaps(seen, &range) {
            continue;
        }
        let family = said_in_sentence_before(text, &range, &["familie", "gezin van"])
            || text[range.end..sentence(text, &range).end]
                .to_lowercase()
                .contains("familie");
        if family || names_in_sentence(text, &range, allowed) {
            seen.push((Kind::CaseNumber, range.clone()));
            hits.push((Kind::CaseNumber, range));
        }
    }
}

/// Dutch licence plates by their sidecodes: letters and digits in three groups, six in all
/// ("87-LPK-3", "GH-123-J", "VNX-72-B").
fn scan_plates(text: &str, hits: &mut Vec<Hit>, seen: &mut Vec<Hit>) {
    const SIDECODES: [&str; 14] = [
        "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
        "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
    ];
    for m in patterns().plate.find_iter(text) {
        let shape: String = m
            .as_str()
            .chars()
            .map(|c| match c {
                '0'..='9' => 'D',
                'A'..='Z' => 'L',
                other => other,
            })
            .collect();
        if SIDECODES.contains(&shape.as_str()) && !overlaps(seen, &m.range()) {
            seen.push((Kind::LicencePlate, m.range()));
            hits.push((Kind::LicencePlate, m.range()));
        }
    }
}

/// Residents named: an honorific with a surname ("mevrouw Jansen", "dhr. De Graaf", "de
/// familie Kaya"), initials with a surname ("J. Jansen"), a first name with an initial
/// ("Mohamed B."), or a first name of the list in a sentence with a detail of a life (age,
/// illness, debt, housing, school, a case). The contact person's own name is allowed.
fn scan_names(text: &str, allowed: &Allowed, hits: &mut Vec<Hit>, seen: &mut Vec<Hit>) {
    let p = patterns();
    let add = add_name;
    let letters = Letters::new(text);
    for c in p.honorific_name.captures_iter(&letters) {
        let (Some(m), Some(name)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if !allowed.allows_name(name.as_str()) {
            add(m.range(), hits, seen);
        }
    }
    for c in p.initial_surname.captures_iter(&letters) {
        let (Some(m), Some(surname)) = (c.get(0), c.get(1)) else {
            continue;
        };
        // "Ctrl+S. Meer uitleg" is a key, not an initial.
        let joined = text[..m.start()]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace() && !matches!(c, '(' | '"' | '\'' | '‘' | '“'));
        if !joined
            && !allowed.allows_name(m.as_str())
            && !NOT_NAMES.contains(&surname.as_str().trim())
        {
            add(m.range(), hits, seen);
        }
    }
    for c in p.name_initial.captures_iter(&letters) {
        let (Some(m), Some(first)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let name = m.as_str().trim_end_matches([' ', ',', ';', ':', ')', '\n']);
        if starts_word(text, m.start()) && may_be_name(first.as_str()) && !allowed.allows_name(name)
        {
            add(m.start()..m.start() + name.len(), hits, seen);
        }
    }
    for m in p.capitalised.find_iter(&letters) {
        if !starts_word(text, m.start())
            || !is_first_name(m.as_str())
            || NOT_PERSONS.contains(&m.as_str())
            || allowed.allows_name(m.as_str())
        {
            continue;
        }
        let s = sentence(text, &m.range());
        let around = &text[s.clone()];
        if p.life_detail.is_match(around) {
            add(m.range(), hits, seen);
        }
    }
    scan_names_by_kind(&letters, allowed, hits, seen);
}

/// Adds a resident's name at `range`, unless another finding took that place.
fn add_name(range: std::ops::Range<usize>, hits: &mut Vec<Hit>, seen: &mut Vec<Hit>) {
    if !overlaps(seen, &range) {
        seen.push((Kind::Name, range.clone()));
        hits.push((Kind::Name, range));
    }
}

/// Names known by their place in the sentence rather than by a list: a word that may be a name
/// (`may_be_name`) followed by an age ("Abdi, 38 jaar", "Hüseyin (72)") or a school class
/// ("Zeynep uit 4 havo"); two such words in a row in a sentence about a person's life ("Joyce
/// Hendriks, die na haar ontslag …"); one such word as the subject at the start of a sentence
/// about a person's life ("Nasrin heeft een depressie").
fn scan_names_by_kind(
    letters: &Letters<'_>,
    allowed: &Allowed,
    hits: &mut Vec<Hit>,
    seen: &mut Vec<Hit>,
) {
    names_with_an_age(letters, allowed, hits, seen);
    for c in patterns().name_school.captures_iter(letters) {
        if let Some(range) = all_may_be_names(letters.text, &c, allowed) {
            add_name(range, hits, seen);
        }
    }
    names_in_pairs(letters, allowed, hits, seen);
    names_as_subject(letters.text, allowed, hits, seen);
}

/// The range of the words of groups 1 and 2 of `c` when each may be a name and they are not
/// the contact's own.
fn all_may_be_names(
    text: &str,
    c: &Groups<'_>,
    allowed: &Allowed,
) -> Option<std::ops::Range<usize>> {
    let first = c.get(1)?;
    let whole = c
        .get(2)
        .map_or(first.range(), |last| first.start()..last.end());
    let all = [c.get(1), c.get(2)]
        .into_iter()
        .flatten()
        .all(|w| may_be_name(w.as_str()));
    (all && starts_word(text, first.start()) && !allowed.allows_name(&text[whole.clone()]))
        .then_some(whole)
}

/// A name with an age ("Abdi, 38 jaar", "Hüseyin (72)"); a list of counts ("Ede (12),
/// Wageningen (8)") is no age. An age followed by a person's verb ("Ramin (44) woont …")
/// names a person even when the word is also an ordinary one (a ramin is a tree); a count is
/// followed by a plural ("Deelnemers (12) zijn …").
fn names_with_an_age(
    letters: &Letters<'_>,
    allowed: &Allowed,
    hits: &mut Vec<Hit>,
    seen: &mut Vec<Hit>,
) {
    let text = letters.text;
    let aged: Vec<_> = patterns().name_age.captures_iter(letters).collect();
    for c in &aged {
        let Some(range) = all_may_be_names(text, c, allowed) else {
            continue;
        };
        let s = sentence(text, &range);
        let in_sentence = aged
            .iter()
            .filter_map(|o| o.get(0))
            .filter(|m| s.contains(&m.start()))
            .count();
        let says_years = c.get(0).is_some_and(|m| m.as_str().contains("ja"));
        if in_sentence == 1 || says_years {
            add_name(range, hits, seen);
        }
    }
    for c in &aged {
        // The word just before the age: "Zoon Bilal, 11 jaar" names Bilal.
        let (Some(m), Some(name)) = (c.get(0), c.get(2).or_else(|| c.get(1))) else {
            continue;
        };
        let word = name.as_str();
        let after = text[m.end()..].trim_start_matches([',', ' ']);
        let verb = PERSON_VERBS.iter().any(|v| {
            after
                .strip_prefix(v)
                .is_some_and(|rest| !rest.starts_with(char::is_alphabetic))
        });
        if verb
            && starts_word(text, name.start())
            && !NOT_NAMES.contains(&word)
            && !NOT_PERSONS.contains(&word)
            && !allowed.allows_name(word)
        {
            add_name(name.range(), hits, seen);
        }
    }
}

/// A first name and a surname in a sentence about a person's life. The surname may be an
/// ordinary word ("Patrick Mulder", "Wendy Kuipers"), the first name may not; tried at every
/// capitalised word, so "Ook Priya Ramdin" still reads "Priya Ramdin".
fn names_in_pairs(
    letters: &Letters<'_>,
    allowed: &Allowed,
    hits: &mut Vec<Hit>,
    seen: &mut Vec<Hit>,
) {
    let (p, text) = (patterns(), letters.text);
    let mut at = 0;
    while let Some(c) = p.two_names.captures_at(letters, at) {
        let (Some(first), Some(last)) = (c.get(1), c.get(2)) else {
            break;
        };
        at = last.start();
        let surname = last.as_str();
        let range = first.start()..last.end();
        if !starts_word(text, first.start())
            || !may_be_name(first.as_str())
            || NOT_NAMES.contains(&surname)
            || NOT_PERSONS.contains(&surname)
            || surname.ends_with("se")
            || surname.ends_with("sche")
            || allowed.allows_name(&text[range.clone()])
        {
            continue;
        }
        let s = sentence(text, &range);
        if p.person_detail.is_match(&text[s]) {
            add_name(range, hits, seen);
        }
    }
}

/// One word that may be a name as the subject at the start of a sentence about a person's
/// life, before a verb a person does ("Nasrin heeft sinds de bevalling een depressie").
fn names_as_subject(text: &str, allowed: &Allowed, hits: &mut Vec<Hit>, seen: &mut Vec<Hit>) {
    let p = patterns();
    let mut from = 0;
    while from < text.len() {
        let s = sentence(text, &(from..from));
        let here = &text[s.start.max(from)..s.end];
        let trimmed = here.trim_start_matches(['.', '!', '?', ';']);
        if let Some(c) = p.subject_verb.captures_at(&Letters::new(trimmed), 0)
            && let Some(word) = c.get(1)
            && may_be_name(word.as_str())
            && !allowed.allows_name(word.as_str())
            && p.person_detail.is_match(here)
        {
            let at = s.start.max(from) + (here.len() - trimmed.len()) + word.start();
            add_name(at..at + word.as_str().len(), hits, seen);
        }
        from = s.end.max(from) + 1;
        while from < text.len() && !text.is_char_boundary(from) {
            from += 1;
        }
    }
}

fn scan_phones(text: &str, allowed: &Allowed, hits: &mut Vec<Hit>, seen: &mut Vec<Hit>) {
    let mut next_free = 0;
    for start in phone_starts(text) {
        if start < next_free {
            continue;
        }
        if said_before(text, start, &PUBLIC_ID_WORDS) {
            continue;
        }
        let context = said_before(text, start, &PHONE_WORDS);
        let Some((end, d)) = phone_at(text, start, context) else {
            continue;
        };
        let range = start..end;
        if overlaps(seen, &range) {
            continue;
        }
        next_free = end;
        seen.push((Kind::Phone, range.clone()));
        let own = allowed
            .phones
            .iter()
            .any(|own| !own.is_empty() && digits(own) == d);
        // An organisation's landline ("het algemene nummer 0575 599 599"); a mobile is a person's.
        // So is a landline beside an office's e-mail address ("Het Jeugdteam is bereikbaar via
        // jeugdteam@gemeente-….nl of 0318 680 680").
        let office = !d.starts_with("06")
            && d.starts_with('0')
            && (said_in_sentence_before(text, &range, &ORGANISATION_WORDS)
                || beside_an_office_address(text, &range, allowed));
        if !own && !office && !is_public_phone(&d) {
            hits.push((Kind::Phone, range));
        }
    }
}

/// Whether the sentence of `r` holds an e-mail address of an office (the contact's domain, a
/// municipality's, a role mailbox such as info@), not a person's.
fn beside_an_office_address(text: &str, r: &std::ops::Range<usize>, allowed: &Allowed) -> bool {
    let s = sentence(text, r);
    patterns().email.find_iter(&text[s]).any(|m| {
        let email = m.as_str().to_lowercase();
        !allowed.emails.contains(&email) && allowed.allows_email(&email)
    })
}

/// A date is a likely date of birth only with a word such as "geboren" before it, or in
/// brackets after a name; policy dates ("per 1-1-2019", "de aankondiging van 15 februari
/// 2021") are not.
fn scan_dates(text: &str, year: i32, hits: &mut Vec<Hit>, seen: &mut Vec<Hit>) {
    let p = patterns();
    let dmy = p
        .date_numeric
        .captures_iter(text)
        .chain(p.date_written.captures_iter(text))
        .filter_map(|c| {
            Some((
                c.get(0)?,
                c.get(1)?.as_str(),
                c.get(2)?.as_str(),
                c.get(3)?.as_str(),
            ))
        });
    let iso = p.date_iso.captures_iter(text).filter_map(|c| {
        Some((
            c.get(0)?,
            c.get(3)?.as_str(),
            c.get(2)?.as_str(),
            c.get(1)?.as_str(),
        ))
    });
    for (m, day, month, year_text) in dmy.chain(iso) {
        let range = m.range();
        // Part of a longer run of numbers ("06.12.34.56.78"): not a date.
        let rest = &text[range.end..];
        let longer = rest.len() > 1
            && b"-/.".contains(&rest.as_bytes()[0])
            && rest.as_bytes()[1].is_ascii_digit();
        if longer || overlaps(seen, &range) {
            continue;
        }
        let y = full_year(year_text, year);
        let month_ok = month.parse::<u32>().map_or(true, |m| (1..=12).contains(&m));
        let day_ok = day.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
        if !(day_ok && month_ok && (1900..=year).contains(&y)) {
            continue;
        }
        let in_brackets = text[..range.start].ends_with('(')
            && rest.starts_with(')')
            && text[..range.start - 1]
                .trim_end()
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|w| {
                    is_first_name(w) || PERSON_WORDS.contains(&w.to_lowercase().as_str())
                });
        // "geboren vóór 1 januari 1950": a group, not a person's date of birth.
        let group = said_before_near(
            text,
            range.start,
            &[
                "vóór", "voor", "na", "tussen", "vanaf", "sinds", "tot", "before", "after",
            ],
        );
        if (said_before(text, range.start, &BIRTH_WORDS) || in_brackets) && !group {
            seen.push((Kind::BirthDate, range.clone()));
            hits.push((Kind::BirthDate, range));
        }
    }
}

/// A year as written ("1988", "88", "'88") as a full year, the century chosen so that it is
/// not in the future.
fn full_year(text: &str, this_year: i32) -> i32 {
    let text = text.trim_start_matches('\'');
    let y: i32 = text.parse().unwrap_or(0);
    if text.len() == 2 {
        y + if y > this_year % 100 { 1900 } else { 2000 }
    } else {
        y
    }
}

/// The free texts of a profile: text answers and "other" texts, the contact person's fields
/// too (whose own name, e-mail and phone [`Allowed`] lets through). With the question id each
/// belongs to.
fn free_texts<'p>(q: &Questionnaire, p: &'p Profile) -> Vec<(&'p str, &'p str)> {
    let mut out = Vec::new();
    for (id, answer) in &p.answers {
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

/// [`scan`] with the public address every profile may name: the alliance's, from the
/// announcement (the rules' intake e-mail). What the window and the command line use.
pub fn scan_profile(q: &Questionnaire, p: &Profile, year: i32) -> Vec<Finding> {
    let rules = super::needs::NeedsRules::builtin();
    scan(q, p, &[rules.email().default_to.as_str()], year)
}

impl Finding {
    /// Whether it is in the answer to `question`.
    pub fn is_in(&self, question: &str) -> bool {
        matches!(&self.place, Place::Answer(id) if id == question)
    }
}

/// The findings in `texts`, each with its place.
fn scan_texts<'p>(
    texts: impl IntoIterator<Item = (Place, &'p str)>,
    allowed: &Allowed,
    year: i32,
) -> Vec<Finding> {
    texts
        .into_iter()
        .flat_map(|(place, text)| {
            scan_text(text, allowed, year)
                .into_iter()
                .map(move |(kind, text)| Finding {
                    place: place.clone(),
                    kind,
                    text,
                })
        })
        .collect()
}

/// Every likely piece of residents' personal data in the profile's answers, in questionnaire
/// order.
pub fn scan(q: &Questionnaire, p: &Profile, public_emails: &[&str], year: i32) -> Vec<Finding> {
    let allowed = Allowed::from_profile(p, public_emails);
    let texts = free_texts(q, p)
        .into_iter()
        .map(|(id, text)| (Place::Answer(id.into()), text));
    let mut findings = scan_texts(texts, &allowed, year);
    let order = |f: &Finding| match &f.place {
        Place::Answer(id) => q.questions().position(|x| x.id == *id),
        Place::Meeting(_) | Place::Output(_) => None,
    };
    findings.sort_by_key(|f| order(f).unwrap_or(usize::MAX));
    findings
}

/// Every likely piece of residents' personal data in what was recorded of the meeting (the
/// *verslag*'s own texts), with the alliance's public address allowed as in [`scan_profile`].
pub fn scan_meeting(p: &Profile, year: i32) -> Vec<Finding> {
    let rules = super::needs::NeedsRules::builtin();
    let allowed = Allowed::from_profile(p, &[rules.email().default_to.as_str()]);
    let texts = p
        .meeting
        .free_texts()
        .into_iter()
        .map(|(field, text)| (Place::Meeting(field), text));
    scan_texts(texts, &allowed, year)
}

/// Every text field of a profile, whether shown or not, with its place: to say where a value
/// found in an output came from.
fn fields(p: &Profile) -> Vec<(Place, &str)> {
    let mut out: Vec<(Place, &str)> = Vec::new();
    for (id, answer) in &p.answers {
        match answer {
            Answer::Text(t) => out.push((Place::Answer(id.clone()), t)),
            Answer::Choice { other: Some(o), .. } | Answer::Choices { other: Some(o), .. } => {
                out.push((Place::Answer(id.clone()), o));
            }
            _ => {}
        }
    }
    out.extend(
        p.meeting
            .free_texts()
            .into_iter()
            .map(|(field, text)| (Place::Meeting(field), text)),
    );
    out
}

/// The gate's scan (issue 30): every likely piece of residents' personal data in the text
/// that actually leaves the program, given as parts (where in the output, the text). What the
/// contact persons of `sources` may name of themselves and the alliance's public address are
/// allowed. Each finding is named by the field of a source that holds it (with the source's
/// index), or else by the part of the output it is in; each once.
pub fn scan_outgoing(
    sources: &[&Profile],
    parts: &[(String, String)],
    year: i32,
) -> Vec<(Option<usize>, Finding)> {
    let rules = super::needs::NeedsRules::builtin();
    let allowed = Allowed::from_profiles(sources, &[rules.email().default_to.as_str()]);
    let fields: Vec<(usize, Vec<(Place, &str)>)> = sources
        .iter()
        .enumerate()
        .map(|(i, p)| (i, fields(p)))
        .collect();
    let mut out: Vec<(Option<usize>, Finding)> = Vec::new();
    for (part, text) in parts {
        for (kind, found) in scan_text(text, &allowed, year) {
            let source = fields.iter().find_map(|(i, fs)| {
                fs.iter()
                    .find(|(_, t)| t.contains(found.as_str()))
                    .map(|(place, _)| (*i, place.clone()))
            });
            let (source, place) = match source {
                Some((i, place)) => (Some(i), place),
                None => (None, Place::Output(part.clone())),
            };
            let finding = Finding {
                place,
                kind,
                text: found,
            };
            if !out.iter().any(|(s, f)| *s == source && *f == finding) {
                out.push((source, finding));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pattern compiles (they are compiled only when first needed, so a broken one
    /// would otherwise show only in the scan that needs it), and `prepare` compiles them all.
    #[test]
    fn every_pattern_compiles_and_prepare_compiles_them_all() {
        prepare();
        let p = patterns();
        let compiled = p.all().iter().filter(|x| x.regex.get().is_some()).count();
        assert_eq!(compiled, p.all().len());
        // Each field once in `all`, so `prepare` misses none.
        let mut addresses: Vec<usize> = p
            .all()
            .iter()
            .map(|x| std::ptr::from_ref(*x) as usize)
            .collect();
        addresses.sort_unstable();
        addresses.dedup();
        assert_eq!(
            addresses.len(),
            std::mem::size_of::<Patterns>() / std::mem::size_of::<Pattern>()
        );
    }

    fn kinds(text: &str) -> Vec<Kind> {
        let allowed = Allowed {
            emails: vec![
                "s.devries@voorbeeld.example".into(),
                "e.leeuwis@movisie.nl".into(),
            ],
            phones: vec!["0612345678".into()],
            domains: vec!["voorbeeld.example".into()],
            names: Vec::new(),
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
            ("Ahmed (12-03-1985) komt uit Syrië", Kind::BirthDate),
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
    fn the_word_lists_are_sorted_lowercase_and_say_where_they_are_from() {
        for (name, all) in [
            (
                "dutch",
                include_str!("../../assets/privacy/dutch-words.txt"),
            ),
            (
                "english",
                include_str!("../../assets/privacy/english-words.txt"),
            ),
        ] {
            assert!(
                all.contains("# Source:") && all.contains("Licence"),
                "{name}"
            );
            let words: Vec<&str> = word_list(all).lines().collect();
            assert!(words.len() > 50_000, "{name}: {}", words.len());
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{name}: not sorted");
            assert!(
                words.iter().all(|w| w.chars().all(|c| !c.is_uppercase())),
                "{name}: a capital"
            );
            // Every word is found by the search, and what is not in the list is not.
            for w in words.iter().step_by(997) {
                assert!(is_ordinary_word(w), "{w}");
                assert!(
                    !is_ordinary_word(&format!("{w}qx"))
                        || words.contains(&format!("{w}qx").as_str())
                );
            }
        }
        assert!(is_ordinary_word("leerlingen") && is_ordinary_word("violence"));
        assert!(!is_ordinary_word("nasrin") && !is_ordinary_word("hendriks"));
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
            .map(|f| match &f.place {
                Place::Answer(id) => (id.as_str(), f.kind),
                Place::Meeting(_) | Place::Output(_) => ("elsewhere", f.kind),
            })
            .collect();
        assert_eq!(
            found,
            [
                ("organisatie.type", Kind::Phone),
                ("signalen.toelichting", Kind::Phone)
            ]
        );
    }
}
