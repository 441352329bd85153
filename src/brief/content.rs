//! Profile → the brief as a document model (title block, headings, paragraphs, lists, tables,
//! the needs picture, the footer), in the brief's language. Pure; also renders plain text.

use std::fmt::Write as _;

use crate::lang::Lang;
use crate::model::flow::{self, MissingReason};
use crate::model::needs::{self, Needs, NeedsRules};
use crate::model::{Profile, Questionnaire};

/// One bar of the needs picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub value: i64,
    pub min: i64,
    pub max: i64,
    pub value_text: String,
}

/// A block of the brief, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A numbered part of the brief.
    Heading(String),
    Subheading(String),
    Paragraph(String),
    /// Small print: reasons, sources, notes.
    Note(String),
    Bullets(Vec<String>),
    /// Label–value rows; a row is never split over two pages.
    Table(Vec<(String, String)>),
    /// The needs picture: theme priorities and the reach of help.
    Chart(Vec<Bar>),
    /// Text kept line by line, as written (the e-mail).
    Preformatted(String),
}

/// The brief as a document: everything the renderers need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Brief {
    pub lang: Lang,
    pub title: String,
    /// The organisation's name, or the "still open" mark.
    pub organisation: String,
    pub date: String,
    pub blocks: Vec<Block>,
    /// The left part of the footer on every page; the page number goes on the right.
    pub footer: String,
    /// Required answers still missing, as "Section › Question"; marked as open in the brief.
    pub open_items: Vec<String>,
}

impl Brief {
    /// "pagina N van M" / "page N of M".
    pub fn page_label(&self, n: usize, m: usize) -> String {
        match self.lang {
            Lang::Nl => format!("pagina {n} van {m}"),
            Lang::En => format!("page {n} of {m}"),
        }
    }
}

/// The suggested file name of a brief: "Gespreksnotitie <organisatie> <datum>.pdf".
pub fn file_name(lang: Lang, organisation: &str, date: time::Date) -> String {
    let iso = format!(
        "{}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    );
    crate::model::text::file_name(
        &[
            lang.pick("Gespreksnotitie", "Consultation brief"),
            organisation,
            &iso,
        ],
        "pdf",
    )
}

/// A date as people write it: "28 november 2026" / "28 November 2026".
pub fn human_date(date: time::Date, lang: Lang) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
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
    let month = usize::from(u8::from(date.month())) - 1;
    let name = match lang {
        Lang::Nl => NL[month],
        Lang::En => EN[month],
    };
    format!("{} {name} {}", date.day(), date.year())
}

/// Reads answers for the brief: answered, "still open" for a missing required one, or nothing.
struct Reader<'a> {
    q: &'a Questionnaire,
    p: &'a Profile,
    lang: Lang,
    open: Vec<String>,
}

impl Reader<'_> {
    fn open_mark(&self) -> &'static str {
        self.lang.pick("(nog open)", "(still open)")
    }

    /// The answer as text; the open mark for a visible required question without an answer.
    fn value(&self, id: &str) -> Option<String> {
        let question = self.q.question(id)?;
        if !flow::is_visible(question, self.q, self.p) {
            return None;
        }
        match self.p.answer(id) {
            Some(a) if flow::is_answered(question, a) => {
                Some(crate::model::text::answer_text(question, a, self.lang))
            }
            _ if self.open.iter().any(|o| o == id) => Some(self.open_mark().to_owned()),
            _ => None,
        }
    }

    /// A table row "question: answer" for each question that has something to show.
    fn rows(&self, ids: &[&str]) -> Vec<(String, String)> {
        ids.iter()
            .filter_map(|id| {
                let value = self.value(id)?;
                let question = self.q.question(id)?;
                Some((question.text.get(self.lang).to_owned(), value))
            })
            .collect()
    }
}

fn reasons_note(lang: Lang, reasons: &[needs::Reason]) -> Option<Block> {
    if reasons.is_empty() {
        return None;
    }
    let list: Vec<&str> = reasons.iter().map(|r| r.text.as_str()).collect();
    Some(Block::Note(format!(
        "{} {}",
        lang.pick("Omdat je antwoordde:", "Because you answered:"),
        list.join(" · ")
    )))
}

/// What is still missing, as "Section › Question", in `lang`.
pub fn open_items(q: &Questionnaire, p: &Profile, lang: Lang) -> Vec<String> {
    flow::missing(q, p)
        .iter()
        .filter_map(|m| {
            let section = q.section(m.section)?.title.get(lang);
            let question = q.question(&m.question)?.text.get(lang);
            Some(format!("{section} › {question}"))
        })
        .collect()
}

/// Builds the brief from the profile and its derived needs, in `lang`, dated `today`.
pub fn build(
    q: &Questionnaire,
    rules: &NeedsRules,
    p: &Profile,
    lang: Lang,
    mail_to: &str,
    today: time::Date,
) -> Brief {
    let needs: Needs = needs::derive(q, rules, p, lang, mail_to);
    let missing = flow::missing(q, p);
    let open: Vec<String> = missing
        .iter()
        .filter(|m| m.reason == MissingReason::Required)
        .map(|m| m.question.clone())
        .collect();
    let r = Reader { q, p, lang, open };
    let open_items = open_items(q, p, lang);
    let date = human_date(today, lang);
    let organisation = r
        .value("organisatie.naam")
        .unwrap_or_else(|| r.open_mark().to_owned());
    let mut blocks = Vec::new();
    let pick = |nl: &'static str, en: &'static str| lang.pick(nl, en).to_owned();

    // 1. Title block.
    let contact = [
        r.value("organisatie.contact_naam"),
        r.value("organisatie.contact_functie"),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let mut title_rows = vec![(pick("Organisatie", "Organisation"), organisation.clone())];
    if let Some(dept) = r.value("organisatie.afdeling") {
        title_rows.push((pick("Afdeling of team", "Department or team"), dept));
    }
    title_rows.push((pick("Contactpersoon", "Contact person"), contact));
    for (id, label) in [
        ("organisatie.contact_email", pick("E-mail", "E-mail")),
        ("organisatie.contact_telefoon", pick("Telefoon", "Phone")),
    ] {
        if let Some(v) = r.value(id) {
            title_rows.push((label, v));
        }
    }
    title_rows.push((pick("Datum", "Date"), date.clone()));
    blocks.push(Block::Table(title_rows));

    // 2. Summary in five lines.
    blocks.push(Block::Heading(pick("1. Samenvatting", "1. Summary")));
    let top = needs.themes.iter().find(|t| t.priority >= 1);
    let participants = match (
        r.value("organisatie.deelnemers"),
        r.value("organisatie.doelgroep"),
    ) {
        (Some(n), Some(who)) => format!("{n} ({who})"),
        (Some(n), None) => n,
        (None, Some(who)) => who,
        (None, None) => r.open_mark().to_owned(),
    };
    let key_question = top
        .and_then(|t| t.question.clone())
        .or_else(|| r.value("overleg.vragen"))
        .unwrap_or_else(|| pick("Nog niet ingevuld", "Not filled in yet"));
    let training = needs
        .training
        .chosen
        .clone()
        .or_else(|| needs.training.advised.clone())
        .map(|t| match &needs.training.focus {
            Some(f) => format!(
                "{t}, {} {f}",
                lang.pick("op maat: nadruk op", "tailored: focus on")
            ),
            None => t,
        })
        .unwrap_or_else(|| pick("In het overleg bespreken", "To discuss in the consultation"));
    blocks.push(Block::Table(vec![
        (
            pick("Type organisatie", "Type of organisation"),
            r.value("organisatie.type")
                .unwrap_or_else(|| r.open_mark().to_owned()),
        ),
        (pick("Deelnemers", "Participants"), participants),
        (
            pick("Belangrijkste thema", "Main theme"),
            top.map(|t| format!("{} ({})", t.title, t.priority_text))
                .unwrap_or_else(|| pick("Geen thema gekozen", "No theme chosen")),
        ),
        (pick("Training", "Training"), training),
        (pick("Kernvraag", "Key question"), key_question),
    ]));
    if !open_items.is_empty() {
        blocks.push(Block::Paragraph(pick(
            "Nog open: deze verplichte vragen zijn nog niet beantwoord.",
            "Still open: these required questions have not been answered yet.",
        )));
        blocks.push(Block::Bullets(open_items.clone()));
    }

    // 3. The needs picture.
    blocks.push(Block::Heading(pick(
        "2. Behoefteprofiel",
        "2. Needs profile",
    )));
    let mut bars: Vec<Bar> = needs
        .themes
        .iter()
        .map(|t| Bar {
            label: t.title.clone(),
            value: t.priority,
            min: 1,
            max: 3,
            value_text: if t.priority == 0 {
                pick("0 – niet relevant", "0 – not relevant")
            } else {
                t.priority_text.clone()
            },
        })
        .collect();
    if let Some(v) = needs.reach {
        bars.push(Bar {
            label: pick("Bereik van de hulp nu", "Reach of help now"),
            value: v,
            min: 1,
            max: 5,
            value_text: match lang {
                Lang::Nl => format!("{v} van 5"),
                Lang::En => format!("{v} of 5"),
            },
        });
    }
    blocks.push(Block::Chart(bars));
    blocks.push(Block::Note(pick(
        "Prioriteit van de drie thema's uit de aankondiging (0 niet relevant tot 3 zeer urgent), en hoe goed professionele hulp inwoners nu bereikt (1 nauwelijks tot 5 goed).",
        "Priority of the three themes of the announcement (0 not relevant to 3 very urgent), and how well professional help reaches residents now (1 hardly to 5 well).",
    )));
    let context = r.rows(&[
        "organisatie.omvang",
        "signalen.gemeenschappen",
        "signalen.themas",
        "signalen.tekort",
        "signalen.toelichting",
    ]);
    if !context.is_empty() {
        blocks.push(Block::Subheading(pick(
            "Inwoners en signalen",
            "Residents and signals",
        )));
        blocks.push(Block::Table(context));
    }

    // 4. One part per theme at 1 or above.
    let mut n = 3;
    for t in needs.themes.iter().filter(|t| t.priority >= 1) {
        blocks.push(Block::Heading(format!("{n}. {}", t.title)));
        n += 1;
        blocks.push(Block::Paragraph(format!(
            "{} {}",
            lang.pick(
                "Vraag uit de aankondiging:",
                "Question from the announcement:"
            ),
            t.announcement_question
        )));
        let mut rows = vec![(pick("Prioriteit", "Priority"), t.priority_text.clone())];
        if !t.signals.is_empty() {
            rows.push((pick("Signalen", "Signals"), t.signals.join("; ")));
        }
        let theme = rules.themes().iter().find(|d| d.id == t.id);
        if let Some(theme) = theme {
            let ids: Vec<&str> = theme.details.iter().map(String::as_str).collect();
            rows.extend(r.rows(&ids));
        }
        blocks.push(Block::Table(rows));
        blocks.push(Block::Subheading(pick(
            "Onze vraag aan de alliantie",
            "Our question to the alliance",
        )));
        blocks.push(Block::Paragraph(t.question.clone().unwrap_or_else(|| {
            pick("Nog niet ingevuld.", "Not filled in yet.")
        })));
    }

    // 5. Training request.
    blocks.push(Block::Heading(format!(
        "{n}. {}",
        lang.pick("Trainingsaanvraag", "Training request")
    )));
    n += 1;
    blocks.push(Block::Table(r.rows(&[
        "training.soort",
        "training.leerdoelen",
        "organisatie.doelgroep",
        "organisatie.deelnemers",
        "training.voorkennis",
        "training.vorm",
        "training.periode",
        "training.duur",
        "training.praktisch",
    ])));
    if !needs.training.summary.is_empty() {
        blocks.push(Block::Paragraph(needs.training.summary.clone()));
    }
    blocks.extend(reasons_note(lang, &needs.training.reasons));

    // 6. Cooperation and partners.
    blocks.push(Block::Heading(format!(
        "{n}. {}",
        lang.pick(
            "Samenwerking met zelforganisaties",
            "Cooperation with self-organisations"
        )
    )));
    n += 1;
    let coop = r.rows(&[
        "samenwerking.vorm",
        "samenwerking.welke",
        "samenwerking.ontwikkelen",
        "samenwerking.partners_bekend",
    ]);
    if !coop.is_empty() {
        blocks.push(Block::Table(coop));
    }
    if let Some(advice) = &needs.cooperation {
        blocks.push(Block::Paragraph(advice.text.clone()));
    }
    blocks.push(Block::Subheading(pick(
        "Partners om te betrekken",
        "Partners to involve",
    )));
    blocks.push(Block::Bullets(
        needs
            .partners
            .iter()
            .map(|partner| {
                format!(
                    "{}: {} ({} {})",
                    partner.name,
                    partner.description,
                    lang.pick("bron:", "source:"),
                    partner.source
                )
            })
            .collect(),
    ));

    // 7. Proposed agenda.
    blocks.push(Block::Heading(format!(
        "{n}. {}",
        lang.pick("Voorstel voor de agenda", "Proposed agenda")
    )));
    n += 1;
    // The answers behind the other items stand in the parts above; the themes' questions are
    // what the meeting discusses.
    for (i, item) in needs.agenda.iter().enumerate() {
        blocks.push(Block::Subheading(format!("{}. {}", i + 1, item.title)));
        if item.theme && !item.lines.is_empty() {
            blocks.push(Block::Bullets(item.lines.clone()));
        }
    }

    // 8. Next steps and the intake e-mail.
    blocks.push(Block::Heading(format!(
        "{n}. {}",
        lang.pick(
            "Vervolgstappen en aanmeldmail",
            "Next steps and intake e-mail"
        )
    )));
    blocks.push(Block::Paragraph(needs.reminder.clone()));
    let outcome = r.rows(&["overleg.vragen", "overleg.resultaat"]);
    if !outcome.is_empty() {
        blocks.push(Block::Table(outcome));
    }
    blocks.push(Block::Subheading(pick("Aanmeldmail", "Intake e-mail")));
    blocks.push(Block::Table(vec![
        (pick("Aan", "To"), needs.email.to.clone()),
        (pick("Onderwerp", "Subject"), needs.email.subject.clone()),
    ]));
    blocks.push(Block::Note(needs.email.to_note.clone()));
    blocks.push(Block::Preformatted(needs.email.body.clone()));

    let footer = match lang {
        Lang::Nl => format!("{organisation} · opgesteld met Behoeftewijzer op {date}"),
        Lang::En => format!("{organisation} · prepared with Behoeftewijzer on {date}"),
    };
    Brief {
        lang,
        title: pick(
            "Gespreksnotitie — overleg met de Alliantie Verandering van Binnenuit",
            "Consultation brief — meeting with the Alliantie Verandering van Binnenuit",
        ),
        organisation,
        date,
        blocks,
        footer,
        open_items,
    }
}

/// The brief as plain text, for copying.
pub fn to_text(brief: &Brief) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}\n", brief.title);
    for block in &brief.blocks {
        match block {
            Block::Heading(h) => {
                let _ = writeln!(
                    s,
                    "\n{}\n{}",
                    h.to_uppercase(),
                    "=".repeat(h.chars().count())
                );
            }
            Block::Subheading(h) => {
                let _ = writeln!(s, "\n{h}");
            }
            Block::Paragraph(p) | Block::Note(p) => {
                let _ = writeln!(s, "{p}");
            }
            Block::Preformatted(p) => {
                for line in p.lines() {
                    let _ = writeln!(s, "    {line}");
                }
            }
            Block::Bullets(items) => {
                for i in items {
                    let _ = writeln!(s, "  - {i}");
                }
            }
            Block::Table(rows) => {
                for (k, v) in rows {
                    let _ = writeln!(s, "  {k}: {v}");
                }
            }
            Block::Chart(bars) => {
                for b in bars {
                    let filled = (b.value - b.min + 1).clamp(0, b.max - b.min + 1) as usize;
                    let empty = (b.max - b.min + 1) as usize - filled;
                    let _ = writeln!(
                        s,
                        "  {:<45} {}{} {}",
                        b.label,
                        "■".repeat(filled),
                        "□".repeat(empty),
                        b.value_text
                    );
                }
            }
        }
    }
    let _ = writeln!(s, "\n{}", brief.footer);
    s
}
