//! The needs profile worded in one language: theme titles, priorities, the reasons as answers,
//! the training proposal (on the officer's screen in the officer's voice, in the brief in neutral
//! words), partner names with their English gloss, the agenda and the intake e-mail. The one
//! place where the needs' decisions become text; `needs_text.rs` puts these words together as
//! the command line's plain text.

use crate::lang::Lang;
use crate::model::answers::Answers;
use crate::model::needs::Piece;
use crate::model::needs::{
    AgendaEntry, AgendaItem, AgendaKind, COMMUNITIES, CooperationNeed, Needs, NeedsRules,
    ORGANISATION_TYPE, Partner, Reason, ThemeNeed, TrainingNeed, WHERE,
};
use crate::model::profile::Profile;
use crate::model::questionnaire::Questionnaire;
use crate::words::text::{answer_text, in_sentence, scale_point_text};

/// The intake e-mail, worded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub to_note: String,
    pub subject: String,
    pub body: String,
}

impl Email {
    /// A `mailto:` link with subject and body, encoded as RFC 6068 asks.
    pub fn mailto_url(&self) -> String {
        use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
        const SET: &AsciiSet = &NON_ALPHANUMERIC
            .remove(b'-')
            .remove(b'.')
            .remove(b'_')
            .remove(b'~');
        const ADDRESS: &AsciiSet = &SET.remove(b'@');
        let body = self.body.replace("\r\n", "\n").replace('\n', "\r\n");
        format!(
            "mailto:{}?subject={}&body={}",
            utf8_percent_encode(self.to.trim(), ADDRESS),
            utf8_percent_encode(&self.subject, SET),
            utf8_percent_encode(&body, SET)
        )
    }

    /// The whole e-mail as text to copy: address, subject and body.
    pub fn as_text(&self, lang: Lang) -> String {
        format!(
            "{} {}\n{} {}\n\n{}",
            trs!(lang, "words-email-to"),
            self.to,
            trs!(lang, "words-subject"),
            self.subject,
            self.body
        )
    }
}

/// Words the needs in one language: the one place where decisions become text.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub rules: &'a NeedsRules,
    pub answers: Answers<'a>,
    pub lang: Lang,
}

impl<'a> Words<'a> {
    pub fn new(q: &'a Questionnaire, rules: &'a NeedsRules, p: &'a Profile, lang: Lang) -> Self {
        Self {
            rules,
            // The organisation's words: the brief, the e-mail and the reasons quoted in them.
            answers: Answers::new(q, p).in_brief(),
            lang,
        }
    }

    fn q(&self) -> &'a Questionnaire {
        self.answers.q
    }

    pub fn theme_title(&self, id: &str) -> &'a str {
        self.rules.theme(id).map_or("", |t| t.title.get(self.lang))
    }

    /// The theme inside a sentence: "huwelijksdwang".
    pub fn theme_short(&self, id: &str) -> &'a str {
        self.rules.theme(id).map_or("", |t| t.short.get(self.lang))
    }

    /// The announcement's question on a theme, in quotation marks: its words ("Hoe maak ik …"),
    /// not the organisation's.
    /// `None` for a theme the announcement does not ask about.
    pub fn announcement_question(&self, id: &str) -> Option<String> {
        let question = self
            .rules
            .theme(id)?
            .announcement_question
            .as_ref()?
            .get(self.lang);
        Some(tr!(
            self.lang,
            "words-question",
            question = question.to_string()
        ))
    }

    /// What the announcement says about a theme it does not ask about (neutral words).
    pub fn theme_about(&self, id: &str) -> Option<&'a str> {
        Some(self.rules.theme(id)?.about.as_ref()?.get(self.lang))
    }

    /// The officer's own question on a theme.
    pub fn theme_question(&self, id: &str) -> Option<String> {
        let theme = self.rules.theme(id)?;
        self.answers.text(theme.question.as_deref()?, self.lang)
    }

    /// The answers that belong with a theme, as "label: answer".
    pub fn theme_context(&self, id: &str) -> Vec<String> {
        self.rules
            .theme(id)
            .map(|t| t.context.as_slice())
            .unwrap_or_default()
            .iter()
            .filter_map(|c| {
                let answer = self.answers.text(c, self.lang)?;
                // Each option in lower case inside the sentence, names kept ("samenwerking
                // met Veilig Thuis, politie en onderwijs").
                let answer: Vec<String> = answer.split("; ").map(in_sentence).collect();
                Some(format!(
                    "{}: {}",
                    self.answers.label(c, self.lang),
                    answer.join("; ")
                ))
            })
            .collect()
    }

    /// "3 – Zeer urgent"; "0 – Niet relevant" also when not answered.
    pub fn priority_text(&self, theme: &ThemeNeed) -> String {
        if !theme.answered {
            return self.not_filled_in();
        }
        self.priority_question(theme).map_or_else(
            || theme.priority.to_string(),
            |x| scale_point_text(&x.kind, theme.priority, self.lang),
        )
    }

    /// The question that asks for a theme's priority.
    fn priority_question(&self, theme: &ThemeNeed) -> Option<&'a crate::model::Question> {
        self.rules
            .theme(&theme.id)
            .and_then(|t| self.q().question(&t.priority_question))
    }

    /// What an unanswered question says in the brief: never a value the organisation did not
    /// give.
    pub fn not_filled_in(&self) -> String {
        tr!(self.lang, "words-not-filled-in")
    }

    /// The priority's label alone, in lower case: "zeer urgent".
    pub fn priority_word(&self, theme: &ThemeNeed) -> String {
        if !theme.answered {
            return self.not_filled_in();
        }
        self.priority_question(theme)
            .and_then(|x| x.kind.scale_label(theme.priority, self.lang))
            .map_or_else(|| theme.priority.to_string(), str::to_lowercase)
    }

    /// The choice texts of a list of choice ids of one question.
    pub fn choice_list(&self, question: &str, ids: &[String]) -> String {
        ids.iter()
            .map(|c| self.answers.choice_text(question, c, self.lang))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Names joined as people write them: "a, b en c".
    pub fn and_list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                format!(
                    "{} {} {last}",
                    init.join(", "),
                    trs!(self.lang, "words-and")
                )
            }
        }
    }

    /// The reach of help, as "2 van 5 (1 = nauwelijks, 5 = goed)".
    pub fn reach_text(&self, value: i64) -> String {
        let Some(kind) = self.q().question(crate::model::ids::REACH).map(|x| &x.kind) else {
            return value.to_string();
        };
        let Some((min, max)) = kind.range() else {
            return value.to_string();
        };
        let label = |n| kind.scale_label(n, self.lang).unwrap_or("").to_lowercase();
        tr!(
            self.lang,
            "words-value-of-max-min-max",
            max_label = (label(max)).clone(),
            min_label = (label(min)).clone(),
            max = (max).to_string(),
            min = (min).to_string(),
            value = (value).to_string()
        )
    }

    /// The answer a reason names: only the choices a rule looked at, or the whole answer.
    fn reason_answer(&self, r: &Reason) -> Option<String> {
        let question = self.q().question(&r.question)?;
        let answer = self.answers.get(&r.question)?;
        Some(if r.choices.is_empty() {
            answer_text(question, answer, self.lang)
        } else {
            self.choice_list(&r.question, &r.choices)
        })
    }

    /// "Section › Question: answer", for the officer's screen.
    pub fn reason(&self, r: &Reason) -> String {
        let Some(answer) = self.reason_answer(r) else {
            return String::new();
        };
        let question = self
            .q()
            .question(&r.question)
            .map_or("", |x| x.text.get(self.lang));
        let section = self
            .q()
            .section_of(&r.question)
            .and_then(|s| self.q().section(s))
            .map_or("", |s| s.title.get(self.lang));
        format!("{section} › {question}: {answer}")
    }

    /// "Turks (gemeenschappen in het werkgebied)": an answer with the question it answers,
    /// to read inside a sentence of the brief.
    pub fn reason_phrase(&self, r: &Reason) -> String {
        let mut answer = self.reason_answer(r).unwrap_or_default();
        // Options read in lower case inside the sentence ("in religieuze gemeenschappen"),
        // except names: communities ("Turks") and partners.
        let names = [COMMUNITIES, crate::model::ids::PARTNERS_KNOWN];
        if !r.choices.is_empty() && !names.contains(&r.question.as_str()) {
            answer = answer
                .split("; ")
                .map(in_sentence)
                .collect::<Vec<_>>()
                .join("; ");
        }
        let label = in_sentence(self.answers.label(&r.question, self.lang));
        // A point on a scale reads after its question ("prioriteit LHBT: 2 – belangrijk"),
        // chosen options before it ("Turks (gemeenschappen in het werkgebied)").
        if self.answers.number(&r.question).is_some() {
            format!("{label}: {}", answer.to_lowercase())
        } else {
            format!("{answer} ({label})")
        }
    }

    /// A check as a question for the meeting, in neutral words.
    pub fn check(&self, check: &crate::model::needs::Check) -> String {
        use crate::model::needs::Check;
        let lang = self.lang;
        match check {
            Check::CourseWithoutPriority { theme, course } => tr!(
                lang,
                "words-check-course-without-priority",
                course = in_sentence(&self.training_name(course)),
                theme = in_sentence(self.theme_title(theme))
            ),
            Check::VolunteersOnly => trs!(lang, "words-check-volunteers-only").to_owned(),
            Check::PolicyStaffOnly => trs!(lang, "words-check-policy-staff-only").to_owned(),
            Check::ManyPolicyStaff(n) => {
                tr!(lang, "words-check-many-policy-staff", count = n.to_string())
            }
            Check::ManyParticipants(n) => {
                tr!(lang, "words-check-many-participants", count = n.to_string())
            }
            Check::Rule(id) => self
                .rules
                .consistency()
                .iter()
                .find(|r| r.id == *id)
                .map_or_else(String::new, |r| r.text.get(lang).to_owned()),
        }
    }

    pub fn training_name(&self, id: &str) -> String {
        let text = self
            .answers
            .choice_text(self.rules.training_question(), id, self.lang);
        if id == crate::model::questionnaire::OTHER {
            // "Iets anders, namelijk…" reads as what the officer wrote.
            if let Some(own) = self.answers.text(self.rules.training_question(), self.lang) {
                return own;
            }
        }
        text
    }

    /// "Basistraining, op maat met nadruk op huwelijksdwang en achterlating en LHBT …".
    pub fn proposal(&self, t: &TrainingNeed) -> Option<String> {
        let name = self.training_name(t.proposal.as_deref()?);
        if t.focus.is_empty() {
            return Some(name);
        }
        let themes: Vec<String> = t
            .focus
            .iter()
            .map(|id| self.theme_short(id).to_owned())
            .collect();
        Some(tr!(
            self.lang,
            "words-training-with-focus",
            name = (name).clone(),
            themes = (self.and_list(&themes)).clone()
        ))
    }

    /// The grounds of the proposal, with its notes: neutral words.
    pub fn grounds(&self, t: &TrainingNeed) -> String {
        if t.rule.as_deref() == Some(crate::model::needs::UNCLEAR) {
            let unclear = self.rules.unclear();
            let labels: Vec<String> = t
                .unknown
                .iter()
                .map(|id| in_sentence(self.answers.label(id, self.lang)))
                .collect();
            return format!(
                "{} {} {}.",
                unclear.text.get(self.lang),
                unclear.bring.get(self.lang),
                self.and_list(&labels)
            );
        }
        let mut parts: Vec<&str> = t
            .rule
            .as_deref()
            .and_then(|id| self.rules.training_rule(id))
            .map(|r| r.text.get(self.lang))
            .into_iter()
            .collect();
        for i in &t.notes {
            if let Some(n) = self.rules.training_note(*i) {
                parts.push(n.text.get(self.lang));
            }
        }
        parts.join(" ")
    }

    /// The training on the officer's screen, in the officer's voice.
    pub fn training_summary(&self, t: &TrainingNeed) -> String {
        let lang = self.lang;
        let grounds = self.grounds(t);
        let proposal = self.proposal(t);
        match (&t.chosen, &proposal) {
            (Some(own), Some(_)) if t.agrees => tr!(
                lang,
                "words-you-chose-that-fits-your-answers",
                grounds = (grounds).clone(),
                training = (self.training_name(own)).clone()
            ),
            (Some(own), Some(p)) => tr!(
                lang,
                "words-training-chosen-and-proposed",
                grounds = (grounds).clone(),
                p = (p).clone(),
                training = (self.training_name(own)).clone()
            ),
            (Some(own), None) => tr!(
                lang,
                "words-you-chose-grounds",
                grounds = (grounds).clone(),
                training = (self.training_name(own)).clone()
            ),
            (None, Some(p)) if t.asked_advice => tr!(
                lang,
                "words-you-asked-for-advice-proposal-p",
                grounds = grounds.clone(),
                p = p.clone()
            ),
            (None, Some(p)) => tr!(
                lang,
                "words-proposal-p-why-grounds",
                grounds = grounds.clone(),
                p = p.clone()
            ),
            (None, None) if t.asked_advice => tr!(
                lang,
                "words-advice-asked-no-proposal",
                grounds = grounds.clone()
            ),
            (None, None) => grounds,
        }
    }

    /// "IOT (Inspraakorgaan Turken)"; in English with a gloss of the Dutch name.
    pub fn partner_name(&self, partner: &Partner) -> String {
        let mut inner: Vec<&str> = partner.full_name.iter().map(String::as_str).collect();
        if self.lang == Lang::En {
            inner.extend(partner.gloss.as_deref());
        }
        if inner.is_empty() {
            partner.name.clone()
        } else {
            format!("{} ({})", partner.name, inner.join(": "))
        }
    }

    pub fn partner(&self, id: &str) -> Option<&'a Partner> {
        self.rules.partner(id)
    }

    /// The cooperation advice, with what the organisation wants to develop in it ("Te
    /// ontwikkelen: kennismaken; afspraken over doorverwijzing."), so the step says more than
    /// the partner lines beside it.
    pub fn cooperation(&self, c: &CooperationNeed) -> String {
        let advice = self
            .rules
            .cooperation_rule(&c.id)
            .map_or("", |r| r.text.get(self.lang));
        let wishes: Vec<String> = self
            .answers
            .choices(crate::model::ids::COOPERATION_WISHES)
            .into_iter()
            .map(|id| {
                in_sentence(&self.answers.choice_text(
                    crate::model::ids::COOPERATION_WISHES,
                    id,
                    self.lang,
                ))
            })
            .collect();
        if wishes.is_empty() {
            advice.to_owned()
        } else {
            format!(
                "{advice} {}",
                tr!(self.lang, "words-to-develop", list = wishes.join("; "))
            )
        }
    }

    /// The one line for communities no suggested partner came up for.
    pub fn unmatched(&self, needs: &Needs) -> Option<String> {
        if needs.unmatched_communities.is_empty() {
            return None;
        }
        let list = self.choice_list(COMMUNITIES, &needs.unmatched_communities);
        Some(tr!(
            self.lang,
            "words-partners-for-communities",
            list = list.clone()
        ))
    }

    /// The title of an agenda item, with the items taken into it: "De training, samenwerking
    /// met zelforganisaties en vervolgafspraken"; "Kennismaking; onze organisatie en wat wij
    /// zien" when a title holds an "en" of its own.
    pub fn agenda_title(&self, item: &AgendaItem) -> String {
        let titles: Vec<String> = item
            .kinds()
            .enumerate()
            .map(|(i, kind)| {
                let title = self.agenda_kind_title(kind);
                if i == 0 { title } else { in_sentence(&title) }
            })
            .collect();
        // "Huiselijk en eergerelateerd geweld en huwelijksdwang en achterlating" cannot be read:
        // when a title has "en" of its own, the titles are set apart by semicolons.
        let and = format!(" {} ", trs!(self.lang, "words-and"));
        if titles.len() > 1 && titles.iter().any(|t| t.contains(&and)) {
            titles.join("; ")
        } else {
            self.and_list(&titles)
        }
    }

    fn agenda_kind_title(&self, kind: &AgendaKind) -> String {
        match kind {
            AgendaKind::Theme(id) => self.theme_title(id).to_owned(),
            AgendaKind::Item(id) => self
                .rules
                .agenda_entries()
                .iter()
                .find_map(|e| match e {
                    AgendaEntry::Item { id: x, title, .. } if x == id => Some(title.get(self.lang)),
                    _ => None,
                })
                .unwrap_or("")
                .to_owned(),
        }
    }

    /// The answers listed under an agenda item on the officer's screen: "Question: answer".
    pub fn agenda_lines(&self, item: &AgendaItem) -> Vec<String> {
        item.kinds()
            .flat_map(|k| self.agenda_kind_lines(k))
            .collect()
    }

    fn agenda_kind_lines(&self, kind: &AgendaKind) -> Vec<String> {
        match kind {
            AgendaKind::Theme(id) => {
                let mut lines: Vec<String> = self.announcement_question(id).into_iter().collect();
                lines.extend(self.theme_context(id));
                if let Some(own) = self.theme_question(id) {
                    lines.push(format!("{} {own}", trs!(self.lang, "words-our-question")));
                }
                lines
            }
            AgendaKind::Item(id) => self
                .rules
                .agenda_entries()
                .iter()
                .find_map(|e| match e {
                    AgendaEntry::Item { id: x, lines, .. } if x == id => Some(lines),
                    _ => None,
                })
                .into_iter()
                .flatten()
                .filter_map(|l| {
                    let answer = self.answers.text(l, self.lang)?;
                    Some(format!("{}: {answer}", self.answers.label(l, self.lang)))
                })
                .collect(),
        }
    }

    /// "15 min".
    pub fn minutes(&self, n: i64) -> String {
        tr!(self.lang, "words-minutes-short", minutes = n.to_string())
    }

    /// The intake e-mail. `mail_to` is the address the user chose; empty for the default.
    pub fn email(&self, mail_to: &str) -> Email {
        let e = self.rules.email();
        let lang = self.lang;
        let to = if mail_to.trim().is_empty() {
            e.default_to.clone()
        } else {
            mail_to.trim().to_owned()
        };
        let greeting = if to.eq_ignore_ascii_case(&e.default_to) {
            e.greeting_default.get(lang)
        } else {
            e.greeting_other.get(lang)
        };
        let subject = self
            .fill(e.subject.get(lang), false)
            .trim_end_matches([' ', '–', '-'])
            .to_owned();
        Email {
            to,
            to_note: e.to_note.get(lang).to_owned(),
            subject,
            body: format!("{greeting}\n\n{}", self.fill(e.body.get(lang), true)),
        }
    }

    /// The place the training is for, by organisation type: "onze gemeente".
    fn place(&self) -> &'a str {
        let e = self.rules.email();
        let kind = self.answers.choice(ORGANISATION_TYPE);
        e.places
            .iter()
            .find(|(k, _)| Some(k.as_str()) == kind)
            .map_or(e.place_default.get(self.lang), |(_, t)| t.get(self.lang))
    }

    /// Fills `{question.id}` placeholders. With `drop_lines`, a line with an unanswered
    /// placeholder is left out; otherwise the placeholder is left empty.
    fn fill(&self, template: &str, drop_lines: bool) -> String {
        let mut out = Vec::new();
        'lines: for line in template.split('\n') {
            let mut filled = String::new();
            for piece in crate::model::needs::pieces(line) {
                let id = match piece {
                    Piece::Text(text) => {
                        filled.push_str(text);
                        continue;
                    }
                    Piece::Placeholder(id) => id,
                };
                let value = if id == WHERE {
                    Some(self.place().to_owned())
                } else {
                    self.answers.text(id, self.lang)
                };
                match value {
                    Some(value) => filled.push_str(value.trim()),
                    None if drop_lines => continue 'lines,
                    None => {}
                }
            }
            out.push(filled);
        }
        out.join("\n")
    }

    /// The reminder for the officer's screen.
    pub fn reminder(&self) -> &'a str {
        self.rules.reminder().get(self.lang)
    }
}
