//! The meeting → the *verslag* (report, issue 23) as the same document model as the brief, so
//! the PDF, the preview and the text draw it alike: who met when, the agreements with owners
//! and dates, the training, the partners, the next steps and the notes. Pure.
//!
//! The organisation speaks, as in the brief: "wij", its name, or neutral labels; never "je"
//! (`shared/domain/writing.md`).

use crate::brief::content::{Block, Brief};
use crate::lang::Lang;
use crate::model::answers::Answers;
use crate::model::meeting::{Agreement, Meeting, Status};
use crate::model::{Profile, Questionnaire, ids};
use crate::words::text::human_date;

/// The suggested file name: "Verslag overleg `<organisatie>` `<datum>`.pdf", with the meeting's
/// date when it is one, else `today`.
pub fn file_name(lang: Lang, organisation: &str, meeting: &Meeting, today: time::Date) -> String {
    // `Date` shows as ISO 8601: 2027-03-12.
    let iso = meeting.date().unwrap_or(today).to_string();
    crate::words::text::file_name(&[&tr!(lang, "report-file-name"), organisation, &iso], "pdf")
}

/// The meeting's date as people write it, as typed when it is not a date, or `None` when empty.
fn meeting_date(meeting: &Meeting, lang: Lang) -> Option<String> {
    match meeting.date() {
        Some(date) => Some(human_date(date, lang)),
        None if meeting.date.trim().is_empty() => None,
        None => Some(meeting.date.trim().to_owned()),
    }
}

struct Builder<'a> {
    lang: Lang,
    answers: Answers<'a>,
    meeting: &'a Meeting,
    blocks: Vec<Block>,
}

impl Builder<'_> {
    fn not_filled(&self) -> String {
        tr!(self.lang, "report-not-filled-in")
    }

    /// The text, or "(niet ingevuld)" when empty.
    fn or_open(&self, text: &str) -> String {
        let text = text.trim();
        if text.is_empty() {
            self.not_filled()
        } else {
            text.to_owned()
        }
    }

    fn heading(&mut self, text: String) {
        self.blocks.push(Block::Heading(text));
    }

    fn title_block(&mut self, organisation: &str, today: &str) {
        let lang = self.lang;
        let contact = [ids::CONTACT_NAME, ids::CONTACT_TITLE]
            .iter()
            .filter_map(|id| self.answers.text(id, lang))
            .collect::<Vec<_>>()
            .join(", ");
        let rows = vec![
            (tr!(lang, "brief-organisation"), organisation.to_owned()),
            (tr!(lang, "brief-contact-person"), self.or_open(&contact)),
            (
                tr!(lang, "report-meeting-date"),
                meeting_date(self.meeting, lang).unwrap_or_else(|| self.not_filled()),
            ),
            (
                tr!(lang, "report-attended-for-us"),
                self.or_open(&self.meeting.ours),
            ),
            (
                tr!(lang, "report-attended-for-the-alliance"),
                self.or_open(&self.meeting.alliance),
            ),
            (tr!(lang, "report-written-on"), today.to_owned()),
        ];
        self.blocks.push(Block::Table(rows));
    }

    /// One agreement as a row: what, then who, by when and how it stands.
    fn agreement_row(&self, a: &Agreement) -> (String, String) {
        let lang = self.lang;
        let value = tr!(
            lang,
            "report-agreement-who-when-status",
            who = self.or_open(&a.who),
            when = self.or_open(&a.by_when),
            status = a.status.text(lang)
        );
        (self.or_open(&a.what), value)
    }

    fn agreements(&mut self) {
        self.heading(tr!(self.lang, "report-agreements"));
        let (earlier, new): (Vec<&Agreement>, Vec<&Agreement>) =
            self.meeting.agreements().partition(|a| a.earlier);
        if new.is_empty() {
            self.blocks
                .push(Block::Paragraph(tr!(self.lang, "report-no-agreements")));
        } else {
            let rows = new.iter().map(|a| self.agreement_row(a)).collect();
            self.blocks.push(Block::Table(rows));
        }
        if !earlier.is_empty() {
            self.blocks
                .push(Block::Subheading(tr!(self.lang, "report-agreed-last-year")));
            let rows = earlier.iter().map(|a| self.agreement_row(a)).collect();
            self.blocks.push(Block::Table(rows));
        }
    }

    fn training(&mut self) {
        self.heading(tr!(self.lang, "report-training"));
        let t = &self.meeting.training;
        if t.is_empty() {
            self.blocks
                .push(Block::Paragraph(tr!(self.lang, "report-no-training")));
            return;
        }
        let lang = self.lang;
        // Without partners of its own, the training's are the partners the report involves
        // (part 3), never "nog af te spreken" beside them.
        let involved = self.partner_names();
        let partners = if t.partners.trim().is_empty() && !involved.is_empty() {
            tr!(
                lang,
                "report-training-partners-involved",
                partners = involved.join(", ")
            )
        } else {
            self.or_open(&t.partners)
        };
        let rows = vec![
            (tr!(lang, "report-training-which"), self.or_open(&t.which)),
            (tr!(lang, "report-training-group"), self.or_open(&t.group)),
            (tr!(lang, "report-training-when"), self.or_open(&t.when)),
            (tr!(lang, "report-training-partners"), partners),
        ];
        self.blocks.push(Block::Table(rows));
    }

    /// The partners the report involves, by name.
    fn partner_names(&self) -> Vec<String> {
        self.meeting
            .partners
            .iter()
            .filter_map(|id| {
                let question = self.answers.q.question(ids::PARTNERS_KNOWN)?;
                Some(question.kind.choice_text(id, self.lang)?.to_owned())
            })
            .collect()
    }

    fn partners(&mut self) {
        self.heading(tr!(self.lang, "report-partners"));
        let names = self.partner_names();
        if names.is_empty() {
            self.blocks
                .push(Block::Paragraph(tr!(self.lang, "report-no-partners")));
        } else {
            self.blocks.push(Block::Bullets(names));
        }
    }

    fn next_steps(&mut self) {
        self.heading(tr!(self.lang, "report-next-steps"));
        let lang = self.lang;
        let open: Vec<String> = self
            .meeting
            .agreements()
            .filter(|a| a.status == Status::Open)
            .map(|a| {
                tr!(
                    lang,
                    "report-next-step",
                    who = self.or_open(&a.who),
                    what = self.or_open(&a.what),
                    when = self.or_open(&a.by_when)
                )
            })
            .collect();
        if open.is_empty() {
            self.blocks
                .push(Block::Paragraph(tr!(lang, "report-nothing-open")));
        } else {
            self.blocks
                .push(Block::Paragraph(tr!(lang, "report-next-steps-intro")));
            self.blocks.push(Block::Bullets(open));
        }
    }

    fn notes(&mut self) {
        let notes = self.meeting.notes.trim();
        if notes.is_empty() {
            return;
        }
        self.heading(tr!(self.lang, "report-notes"));
        for paragraph in notes.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            self.blocks.push(Block::Paragraph(paragraph.to_owned()));
        }
    }
}

/// Builds the *verslag* of the profile's meeting in `lang`, written on `today`.
pub fn build(q: &Questionnaire, p: &Profile, lang: Lang, today: time::Date) -> Brief {
    let answers = Answers::new(q, p).in_brief();
    let organisation = answers
        .text(ids::ORGANISATION_NAME, lang)
        .unwrap_or_else(|| tr!(lang, "brief-still-open"));
    let date = human_date(today, lang);
    let mut b = Builder {
        lang,
        answers,
        meeting: &p.meeting,
        blocks: Vec::new(),
    };
    b.title_block(&organisation, &date);
    // A meeting dated after the day the report is written has not been held yet: said, so
    // nobody reads the plans as what was agreed.
    if let Some(meeting) = p.meeting.date()
        && meeting > today
    {
        b.blocks.push(Block::Note(tr!(
            lang,
            "report-meeting-after-written",
            meeting = human_date(meeting, lang),
            written = date.clone()
        )));
    }
    b.agreements();
    b.training();
    b.partners();
    b.next_steps();
    b.notes();
    Brief {
        lang,
        title: tr!(lang, "report-title"),
        footer: tr!(
            lang,
            "report-footer",
            organisation = organisation.clone(),
            date = date.clone()
        ),
        organisation,
        date,
        blocks: b.blocks,
        open_items: Vec::new(),
    }
}
