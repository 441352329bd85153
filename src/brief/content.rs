//! Needs profile → the brief as a document model, in the brief's language: a core of at most
//! two pages (title block, why we ask, what we see, our questions, the training request, the
//! agenda, next steps), then the appendices (all answers, the partners, and the intake e-mail
//! when asked for). Pure; also renders plain text.
//!
//! The brief is the organisation speaking to the alliance: "wij", the organisation's name, or
//! neutral labels; never "je", and no instructions to its reader (`shared/domain/writing.md`).

use std::fmt::Write as _;

use crate::lang::Lang;
use crate::model::flow::{self, MissingReason};
use crate::model::ids;
use crate::model::needs::{self, Needs, NeedsRules};
use crate::model::{Answer, Profile, Questionnaire};
use crate::words::Words;
use crate::words::text::{capitalised, human_date, in_sentence};

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
    /// A numbered part of the brief, or an appendix.
    Heading(String),
    Subheading(String),
    Paragraph(String),
    /// Small print: grounds, sources, notes.
    Note(String),
    Bullets(Vec<String>),
    /// Label–value rows; a row is never split over two pages.
    Table(Vec<(String, String)>),
    /// The needs picture: theme priorities and the reach of help.
    Chart(Vec<Bar>),
    /// Text kept line by line, as written (the e-mail).
    Preformatted(String),
    /// Agenda rows: what, and how many minutes.
    Schedule(Vec<(String, String)>),
    /// What follows starts on a new page (the appendices).
    PageBreak,
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
    /// Required answers still missing, by their document label; marked as open in the brief.
    pub open_items: Vec<String>,
}

impl Brief {
    /// "pagina N van M" / "page N of M".
    pub fn page_label(&self, n: usize, m: usize) -> String {
        tr!(
            self.lang,
            "brief-page-n-of-m",
            m = m.to_string(),
            n = n.to_string()
        )
    }
}

/// What the officer chose for this brief.
#[derive(Clone, Copy, Debug)]
pub struct Options<'a> {
    pub lang: Lang,
    /// The address for the intake e-mail; empty for the one in the announcement.
    pub mail_to: &'a str,
    /// Add the intake e-mail as an appendix.
    pub include_email: bool,
    pub today: time::Date,
}

/// The heading of the first appendix; everything before it is the core.
pub fn appendix_a(lang: Lang) -> String {
    tr!(lang, "brief-appendix-a-title")
}

/// The suggested file name of a brief: "Gespreksnotitie `<organisatie>` `<datum>`.pdf".
pub fn file_name(lang: Lang, organisation: &str, date: time::Date) -> String {
    // `Date` shows as ISO 8601: 2026-11-28.
    let iso = date.to_string();
    crate::words::text::file_name(
        &[&tr!(lang, "brief-consultation-brief"), organisation, &iso],
        "pdf",
    )
}

/// What is still missing, by the questions' document labels, in `lang`.
pub fn open_items(q: &Questionnaire, p: &Profile, lang: Lang) -> Vec<String> {
    flow::missing(q, p)
        .iter()
        .filter_map(|m| Some(q.question(&m.question)?.label(lang).to_owned()))
        .collect()
}

/// Builds the brief. Reads the answers through `words` and the decisions through `needs`.
struct Builder<'a> {
    w: Words<'a>,
    needs: &'a Needs,
    /// Required questions still without an answer.
    open: Vec<String>,
    blocks: Vec<Block>,
}

impl Builder<'_> {
    fn lang(&self) -> Lang {
        self.w.lang
    }

    fn open_mark(&self) -> String {
        tr!(self.lang(), "brief-still-open")
    }

    /// The answer as text; the open mark for a visible required question without an answer.
    fn value(&self, id: &str) -> Option<String> {
        match self.w.answers.text(id, self.lang()) {
            Some(text) => Some(text),
            None if self.open.iter().any(|o| o == id) => Some(self.open_mark()),
            None => None,
        }
    }

    /// A row "label: answer" for a question that has something to show.
    fn row(&self, id: &str) -> Option<(String, String)> {
        let value = self.value(id)?;
        Some((self.w.answers.label(id, self.lang()).to_owned(), value))
    }

    fn rows(&self, ids: &[&str]) -> Vec<(String, String)> {
        ids.iter().filter_map(|id| self.row(id)).collect()
    }

    fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    fn table(&mut self, rows: Vec<(String, String)>) {
        if !rows.is_empty() {
            self.push(Block::Table(rows));
        }
    }

    fn title_block(&mut self, organisation: &str, date: &str) {
        let contact = [
            self.value(ids::CONTACT_NAME),
            self.w.answers.text(ids::CONTACT_TITLE, self.lang()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
        let organisation = match self.w.answers.text(ids::DEPARTMENT, self.lang()) {
            Some(team) => format!("{organisation}, {team}"),
            None => organisation.to_owned(),
        };
        let mut rows = vec![(tr!(self.lang(), "brief-organisation"), organisation)];
        rows.extend(self.rows(&[ids::ORGANISATION_TYPE]));
        let reach: Vec<String> = [ids::CONTACT_EMAIL, ids::CONTACT_PHONE]
            .iter()
            .filter_map(|id| self.w.answers.text(id, self.lang()))
            .collect();
        let contact = if reach.is_empty() {
            contact
        } else {
            format!("{contact} · {}", reach.join(" · "))
        };
        rows.push((tr!(self.lang(), "brief-contact-person"), contact));
        rows.push((tr!(self.lang(), "brief-prepared-on"), date.to_owned()));
        rows.extend(self.planning());
        self.push(Block::Table(rows));
        if !self.open.is_empty() {
            let items = open_items(self.w.answers.q, self.w.answers.p, self.lang());
            self.push(Block::Note(tr!(
                self.lang(),
                "brief-still-open-required",
                items = (items.join("; ")).clone(),
                count = (items.len()).to_string()
            )));
        }
    }

    /// The meeting's planning, for the title block: what the organisation proposes, or "nog af
    /// te spreken" where it has not said.
    fn planning(&self) -> Vec<(String, String)> {
        let lang = self.lang();
        let open = || tr!(self.lang(), "brief-to-be-agreed");
        let [period, format] = meeting_rows(&self.w.answers, lang, self.needs.minutes);
        vec![
            period,
            format,
            (
                self.w
                    .answers
                    .label(ids::MEETING_ATTENDEES, lang)
                    .to_owned(),
                self.w
                    .answers
                    .text(ids::MEETING_ATTENDEES, lang)
                    .unwrap_or_else(open),
            ),
            (
                self.w.answers.label(ids::DECISION_MAKER, lang).to_owned(),
                self.w
                    .answers
                    .text(ids::DECISION_MAKER, lang)
                    .unwrap_or_else(open),
            ),
            (
                self.w.answers.label(ids::BUDGET, lang).to_owned(),
                self.w.answers.text(ids::BUDGET, lang).unwrap_or_else(open),
            ),
        ]
    }

    /// Themes inside a sentence: "huwelijksdwang en LHBT".
    fn theme_list(&self, ids: &[&str]) -> String {
        let names: Vec<String> = ids
            .iter()
            .map(|id| self.w.theme_short(id).to_owned())
            .collect();
        self.w.and_list(&names)
    }

    fn why(&mut self, organisation: &str) {
        let lang = self.lang();
        self.push(Block::Heading(tr!(self.lang(), "brief-section-why")));
        let text = tr!(
            lang,
            "brief-why-intro",
            organisation = organisation.to_string()
        );
        let top: Vec<&str> = self
            .needs
            .focus_themes()
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        // Who the participants are follows in part 4; here only how many.
        let participants = match self.w.answers.number(ids::PARTICIPANTS) {
            Some(n) => tr!(lang, "brief-participants-in-why", n = n.to_string()),
            None => self.participants(),
        };
        // Mostly "not known": first the picture, then the training (issue 31).
        let unclear = self.needs.training.rule.as_deref() == Some(crate::model::needs::UNCLEAR);
        let focus = if unclear && top.is_empty() {
            tr!(
                lang,
                "brief-focus-picture-first",
                participants = participants
            )
        } else if unclear {
            tr!(
                lang,
                "brief-focus-picture-first-themes",
                themes = self.theme_list(&top),
                participants = participants
            )
        } else if top.is_empty() {
            tr!(lang, "brief-focus-training", participants = participants)
        } else {
            tr!(
                lang,
                "brief-focus-themes-and-training",
                themes = self.theme_list(&top),
                participants = participants
            )
        };
        self.push(Block::Paragraph(format!("{text} {focus}")));
    }

    /// "25 deelnemers (sociaal werkers; medewerkers van het wijkteam)".
    fn participants(&self) -> String {
        let lang = self.lang();
        let number = self.w.answers.number(ids::PARTICIPANTS);
        let who = self.audience();
        match (number, who) {
            (Some(n), Some(who)) => tr!(
                lang,
                "brief-participants-with-who",
                n = n.to_string(),
                who = who.clone()
            ),
            (Some(n), None) => tr!(lang, "brief-participants-count", n = n.to_string()),
            (None, Some(who)) => who,
            (None, None) => tr!(self.lang(), "brief-our-staff"),
        }
    }

    fn what_we_see(&mut self) {
        let lang = self.lang();
        self.push(Block::Heading(tr!(self.lang(), "brief-2-what-we-see")));
        let mut rows = Vec::new();
        if !self.needs.signals.is_empty() {
            rows.push((
                self.w.answers.label(ids::SIGNALS, lang).to_owned(),
                self.w.choice_list(ids::SIGNALS, &self.needs.signals),
            ));
        } else if let Some(r) = self.row(ids::SIGNALS) {
            rows.push(r);
        }
        // The reach of help is a bar in the picture below.
        rows.extend(self.rows(&[ids::GAPS, ids::AREA_SIZE]));
        self.table(rows);
        let mut bars: Vec<Bar> = self
            .needs
            .themes
            .iter()
            .map(|t| Bar {
                label: self.w.theme_title(&t.id).to_owned(),
                value: t.priority,
                min: 1,
                max: 3,
                value_text: self.w.priority_text(t),
            })
            .collect();
        if let Some(v) = self.needs.reach {
            bars.push(Bar {
                label: tr!(self.lang(), "brief-reach-of-help-now"),
                value: v,
                min: 1,
                max: 5,
                value_text: tr!(lang, "brief-reach-of-5", v = v.to_string()),
            });
        }
        self.push(Block::Chart(bars));
        self.push(Block::Note(tr!(self.lang(), "brief-priority-legend")));
        if let Some(communities) = self.value(ids::COMMUNITIES) {
            self.push(Block::Subheading(
                self.w.answers.label(ids::COMMUNITIES, lang).to_owned(),
            ));
            self.push(Block::Paragraph(communities));
            self.push(Block::Note(tr!(
                self.lang(),
                "brief-these-topics-occur-in-all-communities"
            )));
        }
    }

    fn questions(&mut self) {
        let lang = self.lang();
        self.push(Block::Heading(tr!(
            self.lang(),
            "brief-3-our-questions-to-the-alliance"
        )));
        let top = self.needs.top_themes();
        // A tie among some of the themes is named; when every theme asked about shares the
        // priority, each heading below says so already.
        let asked = self.needs.themes.iter().filter(|t| t.priority >= 1).count();
        if top.len() > 1 && top.len() < asked {
            let ids: Vec<&str> = top.iter().map(|t| t.id.as_str()).collect();
            self.push(Block::Note(tr!(
                lang,
                "brief-equally-important",
                themes = (self.theme_list(&ids)).clone()
            )));
        }
        let needs = self.needs;
        let mut quiet = Vec::new();
        let mut unanswered = Vec::new();
        for t in &needs.themes {
            let title = self.w.theme_title(&t.id);
            if !t.answered {
                unanswered.push(title.to_owned());
                continue;
            }
            if t.priority < 1 {
                quiet.push(self.w.theme_short(&t.id).to_owned());
                continue;
            }
            self.push(Block::Subheading(format!(
                "{title} ({} {})",
                tr!(self.lang(), "brief-priority"),
                self.w.priority_word(t)
            )));
            if let Some(question) = self.w.announcement_question(&t.id) {
                self.push(Block::Note(format!(
                    "{} {question}",
                    tr!(self.lang(), "brief-question-from-the-announcement"),
                )));
            } else if let Some(about) = self.w.theme_about(&t.id) {
                self.push(Block::Note(about.to_owned()));
            }
            // The answers that belong with the theme ("Weten wanneer Veilig Thuis om advies te
            // vragen: 2 van 5") and the officer's own question, in one paragraph: a theme's
            // block stays short enough to keep whole on a page.
            let mut sentences: Vec<String> = self
                .w
                .theme_context(&t.id)
                .into_iter()
                .map(|c| format!("{c}."))
                .collect();
            if let Some(own) = self.w.theme_question(&t.id) {
                sentences.push(format!("{} {own}", tr!(self.lang(), "brief-our-question")));
            }
            if !sentences.is_empty() {
                self.push(Block::Paragraph(sentences.join(" ")));
            }
        }
        if !quiet.is_empty() {
            let quiet: Vec<String> = quiet.iter().map(|t| in_sentence(t)).collect();
            let list = self.w.and_list(&quiet);
            self.push(Block::Paragraph(tr!(
                lang,
                "brief-not-a-priority",
                list = list
            )));
        }
        // The officer's own question for the meeting (the training's is part 4's subject).
        if let Some(own) = self.own_question() {
            self.push(Block::Paragraph(format!(
                "{} {own}",
                tr!(self.lang(), "brief-our-own-question")
            )));
        }
        // Left open in the questionnaire: said as such, never as "geen prioriteit".
        if !unanswered.is_empty() {
            let list = self.w.and_list(&unanswered);
            self.push(Block::Paragraph(tr!(
                lang,
                "brief-list-priority-not-filled-in-yet",
                list = list.clone()
            )));
        }
    }

    /// Who the training is for, inside a sentence: the options in lower case ("sociaal
    /// werkers"), what the officer typed under "anders" as typed ("GGD-verpleegkundigen").
    fn audience(&self) -> Option<String> {
        let Some(Answer::Choices { ids: chosen, other }) = self.w.answers.get(ids::AUDIENCE) else {
            return None;
        };
        let question = self.w.answers.q.question(ids::AUDIENCE)?;
        let lang = self.lang();
        let mut parts: Vec<String> = question
            .kind
            .effective_choices(chosen)
            .into_iter()
            .filter(|id| *id != crate::model::questionnaire::OTHER)
            .filter_map(|id| question.kind.choice_text_in(id, lang, self.w.answers.voice))
            .map(in_sentence)
            .collect();
        parts.extend(
            other
                .as_deref()
                .map(str::trim)
                .filter(|o| !o.is_empty())
                .map(str::to_owned),
        );
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    /// The question typed under *Eigen vraag…* for the meeting, if any.
    fn own_question(&self) -> Option<String> {
        match self.w.answers.get(ids::MEETING_QUESTIONS) {
            Some(Answer::Choices {
                other: Some(own), ..
            }) if !own.trim().is_empty() => Some(own.trim().to_owned()),
            _ => None,
        }
    }

    /// The training request as label–value rows.
    fn training_rows(&self) -> Vec<(String, String)> {
        let lang = self.lang();
        let t = &self.needs.training;
        let chosen = match (&t.chosen, t.asked_advice) {
            (Some(own), _) => self.w.training_name(own),
            (None, true) => tr!(self.lang(), "brief-no-choice-yet-we-would-like"),
            (None, false) => self
                .value(self.w.rules.training_question())
                .unwrap_or_default(),
        };
        let mut rows = Vec::new();
        if !chosen.is_empty() {
            rows.push((
                self.w
                    .answers
                    .label(self.w.rules.training_question(), lang)
                    .to_owned(),
                chosen,
            ));
        }
        let mut participants = self.participants();
        // More than one group's worth: say how many groups, as the app's rule of thumb.
        if let Some(n) = self.w.answers.number(ids::PARTICIPANTS)
            && n > needs::ONE_GROUP_AT_MOST
        {
            let groups = needs::groups_for(n);
            participants = tr!(
                lang,
                "brief-participants-groups-groups-of-at-most",
                groups = (groups).to_string(),
                at_most = (needs::ONE_GROUP_AT_MOST).to_string(),
                participants = (participants).clone()
            );
        }
        rows.push((tr!(self.lang(), "brief-participants"), participants));
        rows.extend(self.rows(&[ids::LEARNING_GOALS, ids::PRIOR_KNOWLEDGE]));
        // Format, period and length on one row.
        let practical: Vec<String> = [ids::FORMAT, ids::PERIOD, ids::TRAINING_LENGTH]
            .iter()
            .filter_map(|id| {
                let text = self.w.answers.text(id, lang)?;
                // A choice reads on in the sentence; typed text keeps its capitals.
                Some(if *id == ids::PERIOD {
                    text
                } else {
                    in_sentence(&text)
                })
            })
            .enumerate()
            .map(|(i, text)| if i == 0 { capitalised(&text) } else { text })
            .collect();
        if !practical.is_empty() {
            rows.push((
                tr!(self.lang(), "brief-format-period-and-length"),
                practical.join("; "),
            ));
        }
        rows.extend(self.rows(&[ids::PRACTICAL]));
        rows
    }

    fn training(&mut self) {
        let lang = self.lang();
        self.push(Block::Heading(tr!(self.lang(), "brief-4-training-request")));
        self.push(Block::Table(self.training_rows()));
        let t = &self.needs.training;
        let grounds = self.w.grounds(t);
        let proposal = self.w.proposal(t);
        let text = match (&t.chosen, proposal) {
            (Some(_), Some(_)) if t.agrees => tr!(
                lang,
                "brief-this-choice-fits-our-answers-grounds",
                grounds = grounds.clone()
            ),
            (Some(own), Some(p)) => tr!(
                lang,
                "brief-proposal-based-on-our-answers-p",
                grounds = (grounds).clone(),
                training = (in_sentence(&self.w.training_name(own))).clone(),
                p = (p).clone()
            ),
            (None, Some(p)) => tr!(
                lang,
                "brief-proposal-p-grounds",
                grounds = grounds.clone(),
                p = p.clone()
            ),
            (_, None) => grounds,
        };
        if !text.trim().is_empty() {
            self.push(Block::Paragraph(text));
        }
        // What does not add up in our answers: questions for the meeting, not decisions.
        let checks: Vec<String> = self
            .needs
            .checks
            .iter()
            .map(|c| {
                format!(
                    "{} {}",
                    tr!(self.lang(), "brief-question-for-the-meeting"),
                    self.w.check(c)
                )
            })
            .collect();
        if !checks.is_empty() {
            self.push(Block::Bullets(checks));
        }
    }

    fn agenda(&mut self) {
        let lang = self.lang();
        self.push(Block::Heading(tr!(
            lang,
            "brief-5-proposed-agenda-minutes",
            minutes = (self.needs.minutes).to_string()
        )));
        let rows = self
            .needs
            .agenda
            .iter()
            .enumerate()
            .map(|(i, item)| {
                (
                    format!("{}. {}", i + 1, self.w.agenda_title(item)),
                    self.w.minutes(item.minutes),
                )
            })
            .collect();
        self.push(Block::Schedule(rows));
    }

    fn next_steps(&mut self) {
        let lang = self.lang();
        self.push(Block::Heading(tr!(self.lang(), "brief-6-next-steps")));
        let mut steps = Vec::new();
        if let Some(outcome) = self.w.answers.text(ids::OUTCOME, lang) {
            steps.push(format!(
                "{} {outcome}",
                tr!(self.lang(), "brief-what-we-want-to-take-away")
            ));
        }
        // Partners the organisation already knows are built on, not introduced.
        let names = |known: bool| -> Vec<String> {
            self.needs
                .partners
                .iter()
                .filter(|n| n.known == known)
                .filter_map(|n| self.w.partner(&n.id))
                .filter(|p| p.always.is_none())
                .map(|p| p.name.clone())
                .collect()
        };
        let known = names(true);
        if !known.is_empty() {
            steps.push(tr!(
                lang,
                "brief-building-on-the-contact-we-already",
                partners = (self.w.and_list(&known)).clone()
            ));
        }
        // At most three new partners, the ones that serve most of our communities and themes,
        // each with whom it serves; the others stand in appendix B.
        let new: Vec<String> = self
            .needs
            .partners_to_meet(self.w.rules)
            .iter()
            .filter_map(|n| self.w.partner(&n.id))
            .map(|p| match &p.serves {
                Some(serves) => format!("{} ({})", p.name, serves.get(lang)),
                None => p.name.clone(),
            })
            .collect();
        if !new.is_empty() {
            steps.push(tr!(
                lang,
                "brief-next-step-meet-partners",
                partners = (self.w.and_list(&new)).clone()
            ));
        }
        if let Some(c) = &self.needs.cooperation {
            steps.push(self.w.cooperation(c));
        }
        if let Some(line) = self.w.unmatched(self.needs) {
            steps.push(line);
        }
        steps.push(tr!(self.lang(), "brief-ask-offer-still-applies"));
        self.push(Block::Bullets(steps));
    }

    /// Appendix A: every answer with its neutral label, section by section. Answers to hidden
    /// questions are left out; required questions without an answer are marked open.
    fn answers(&mut self) {
        let lang = self.lang();
        self.push(Block::PageBreak);
        self.push(Block::Heading(appendix_a(lang).clone()));
        let q = self.w.answers.q;
        let p = self.w.answers.p;
        for section in q.sections() {
            let rows: Vec<(String, String)> = section
                .questions
                .iter()
                .filter(|question| flow::is_visible(question, q, p))
                .filter_map(|question| self.row(&question.id))
                .collect();
            if !rows.is_empty() {
                self.push(Block::Subheading(section.label(lang).to_owned()));
                self.push(Block::Table(rows));
            }
        }
    }

    /// Appendix B: the partners of the alliance; those the answers point to first, with their
    /// grounds.
    fn partners(&mut self) {
        let lang = self.lang();
        let w = self.w;
        self.push(Block::Heading(tr!(
            self.lang(),
            "brief-appendix-b-partners-of-the-alliance"
        )));
        self.push(Block::Paragraph(tr!(self.lang(), "brief-alliance-is")));
        if self.needs.partners_put_communities_beside_themes() {
            self.push(Block::Note(tr!(
                self.lang(),
                "brief-these-topics-occur-in-all-communities"
            )));
        }
        let suggested: Vec<&needs::PartnerNeed> = self.needs.partners.iter().collect();
        let others: Vec<&needs::Partner> = w
            .rules
            .partners()
            .iter()
            .filter(|p| !suggested.iter().any(|s| s.id == p.id))
            .collect();
        for need in suggested {
            let Some(partner) = w.partner(&need.id) else {
                continue;
            };
            self.partner(partner);
            let grounds = if let Some(always) = &partner.always {
                always.get(lang).to_owned()
            } else {
                let list: Vec<String> = need.reasons.iter().map(|r| w.reason_phrase(r)).collect();
                format!(
                    "{} {}.",
                    tr!(lang, "brief-fits-our-answers"),
                    w.and_list(&list)
                )
            };
            self.push(Block::Note(grounds));
        }
        if !others.is_empty() {
            self.push(Block::Subheading(tr!(self.lang(), "brief-other-partners")));
            for partner in others {
                self.partner(partner);
            }
        }
    }

    fn partner(&mut self, partner: &needs::Partner) {
        let lang = self.lang();
        self.push(Block::Subheading(self.w.partner_name(partner)));
        self.push(Block::Paragraph(format!(
            "{}. {}",
            partner.role.get(lang),
            partner.description.get(lang)
        )));
        self.push(Block::Note(format!(
            "{} {}",
            tr!(lang, "brief-source"),
            partner.sources.join(" · ")
        )));
    }

    fn email(&mut self, mail_to: &str) {
        let email = self.w.email(mail_to);
        // The e-mail starts on a page of its own, so it can be copied or handed over whole.
        self.push(Block::PageBreak);
        self.push(Block::Heading(tr!(
            self.lang(),
            "brief-appendix-c-intake-e-mail"
        )));
        self.push(Block::Table(vec![
            (tr!(self.lang(), "brief-email-to"), email.to.clone()),
            (tr!(self.lang(), "brief-subject"), email.subject.clone()),
        ]));
        self.push(Block::Note(email.to_note.clone()));
        self.push(Block::Preformatted(email.body));
    }
}

/// The meeting as proposed, for a title block: its period or dates, and its form and length
/// ("nog af te spreken" where the answers say nothing). The single and the regional brief both
/// use it.
pub fn meeting_rows(
    answers: &crate::model::answers::Answers,
    lang: Lang,
    minutes: i64,
) -> [(String, String); 2] {
    let minutes = tr!(lang, "brief-minutes", minutes = minutes.to_string());
    let format = match answers.text(ids::MEETING_FORMAT, lang) {
        Some(f) => format!("{f}, {minutes}"),
        None => format!("{minutes}; {}", tr!(lang, "brief-format-to-be-agreed")),
    };
    [
        (
            tr!(lang, "brief-proposed-for-the-meeting"),
            answers
                .text(ids::MEETING_PERIOD, lang)
                .unwrap_or_else(|| tr!(lang, "brief-to-be-agreed")),
        ),
        (tr!(lang, "brief-format-and-length"), format),
    ]
}

/// Builds the brief from the profile and its derived needs.
pub fn build(
    q: &Questionnaire,
    rules: &NeedsRules,
    p: &Profile,
    needs: &Needs,
    options: Options,
) -> Brief {
    let lang = options.lang;
    let open: Vec<String> = flow::missing(q, p)
        .into_iter()
        .filter(|m| m.reason == MissingReason::Required)
        .map(|m| m.question.to_string())
        .collect();
    let mut b = Builder {
        w: Words::new(q, rules, p, lang),
        needs,
        open,
        blocks: Vec::new(),
    };
    let date = human_date(options.today, lang);
    let organisation = b
        .value(ids::ORGANISATION_NAME)
        .unwrap_or_else(|| b.open_mark());
    b.title_block(&organisation, &date);
    b.why(&organisation);
    b.what_we_see();
    b.questions();
    b.training();
    b.agenda();
    b.next_steps();
    b.answers();
    b.partners();
    if options.include_email {
        b.email(options.mail_to);
    }
    let footer = tr!(
        lang,
        "brief-footer",
        date = date.clone(),
        organisation = organisation.clone()
    );
    Brief {
        lang,
        title: tr!(b.lang(), "brief-title"),
        organisation,
        date,
        open_items: open_items(q, p, lang),
        blocks: b.blocks,
        footer,
    }
}

/// Every text of the document as it is drawn (PDF, preview, plain text, the PDF's metadata),
/// each with the heading it stands under (the title before the first heading): what the
/// privacy gate reads before the document leaves (issue 30). A block kind added later is
/// covered here by the exhaustive match.
pub fn texts(brief: &Brief) -> Vec<(String, String)> {
    let mut out = vec![
        (brief.title.clone(), brief.title.clone()),
        (brief.title.clone(), brief.organisation.clone()),
        (brief.title.clone(), brief.date.clone()),
    ];
    let mut under = brief.title.clone();
    for block in &brief.blocks {
        let mut push = |text: &str| out.push((under.clone(), text.to_owned()));
        match block {
            Block::Heading(h) => {
                under.clone_from(h);
                out.push((under.clone(), h.clone()));
            }
            Block::Subheading(t)
            | Block::Paragraph(t)
            | Block::Note(t)
            | Block::Preformatted(t) => {
                push(t);
            }
            Block::Bullets(items) => items.iter().for_each(|i| push(i)),
            Block::Table(rows) | Block::Schedule(rows) => {
                for (a, b) in rows {
                    push(a);
                    push(b);
                }
            }
            Block::Chart(bars) => {
                for bar in bars {
                    push(&bar.label);
                    push(&bar.value_text);
                }
            }
            Block::PageBreak => {}
        }
    }
    out.push((brief.footer.clone(), brief.footer.clone()));
    out.extend(
        brief
            .open_items
            .iter()
            .map(|i| (brief.title.clone(), i.clone())),
    );
    out
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
            Block::Schedule(rows) => {
                for (what, minutes) in rows {
                    let _ = writeln!(s, "  {what} ({minutes})");
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
            Block::PageBreak => {
                let _ = writeln!(s);
            }
        }
    }
    let _ = writeln!(s, "\n{}", brief.footer);
    s
}
