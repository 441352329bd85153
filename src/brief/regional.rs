//! Several profiles → the regional brief (*Regionale gespreksnotitie*, issue 13) as the same
//! document model as the single brief, so the PDF, the preview and the text draw it alike. A
//! core of at most three pages (who takes part, why we ask, what we see together, our joint
//! questions, training, partners, next steps), then an appendix per organisation. Pure.
//!
//! The organisations speak together to the alliance: "wij", the organisations' names, or
//! neutral labels; never "je" (`shared/domain/writing.md`).

use crate::brief::content::{Block, Brief};
use crate::lang::Lang;
use crate::model::Questionnaire;
use crate::model::answers::Answers;
use crate::model::combine::{self, Combined, Count, Entry, Member};
use crate::model::flow::{self, MissingReason};
use crate::model::ids;
use crate::model::needs::{self, NeedsRules};
use crate::words::Words;
use crate::words::combine::{decimal, of};
use crate::words::text::human_date;

/// How many organisations a line of the core names before it says "en N andere".
const NAMED: usize = 5;

/// The suggested file name: "Regionale gespreksnotitie `<datum>`.pdf".
pub fn file_name(lang: Lang, date: time::Date) -> String {
    // `Date` shows as ISO 8601: 2026-11-28.
    let iso = date.to_string();
    crate::words::text::file_name(
        &[&tr!(lang, "regional-regional-consultation-brief"), &iso],
        "pdf",
    )
}

/// The heading of the first appendix; everything before it is the core.
pub fn appendix_heading(lang: Lang, number: usize, name: &str) -> String {
    tr!(
        lang,
        "regional-appendix-number-name",
        name = name.to_string(),
        number = number.to_string()
    )
}

struct Builder<'a> {
    q: &'a Questionnaire,
    rules: &'a NeedsRules,
    entries: &'a [Entry],
    combined: Combined,
    lang: Lang,
    blocks: Vec<Block>,
    /// The organisation the alliance deals with for all of them (an index into `entries`),
    /// chosen in the window or on the command line.
    convenor: usize,
}

impl<'a> Builder<'a> {
    /// Words for texts that do not depend on one profile's answers (themes, partners).
    fn words(&self) -> Words<'a> {
        Words::new(self.q, self.rules, &self.entries[0].profile, self.lang)
    }

    fn n(&self) -> usize {
        self.combined.members
    }

    /// Names of the organisations at `indexes`, at most [`NAMED`], then "en N andere"; "alle
    /// organisaties" when it is all of them.
    fn names(&self, indexes: &[usize]) -> String {
        if indexes.len() == self.n() && self.n() > 2 {
            return tr!(self.lang, "regional-all-organisations");
        }
        let mut names: Vec<String> = indexes
            .iter()
            .take(NAMED)
            .map(|i| self.entries[*i].name.clone())
            .collect();
        if indexes.len() > NAMED {
            let rest = indexes.len() - NAMED;
            names.push(tr!(
                self.lang,
                "regional-rest-others",
                rest = rest.to_string()
            ));
        }
        self.words().and_list(&names)
    }

    /// The organisations whose profile meets `pred`, by index.
    fn members_where(&self, pred: impl Fn(&Entry) -> bool) -> Vec<usize> {
        (0..self.entries.len())
            .filter(|&i| pred(&self.entries[i]))
            .collect()
    }

    /// Who is meant: one or two organisations by name ("Gemeente Epe"), more as a count ("3
    /// van 5").
    fn who(&self, indexes: &[usize]) -> String {
        if (1..=2).contains(&indexes.len()) && indexes.len() < self.n() {
            self.names(indexes)
        } else {
            of(indexes.len(), self.n(), self.lang)
        }
    }

    /// The organisations that give `theme` priority 2 or more.
    fn important_for(&self, theme: &str) -> Vec<usize> {
        let Some(def) = self.rules.theme(theme) else {
            return Vec::new();
        };
        self.members_where(|e| {
            Answers::new(self.q, &e.profile)
                .number(&def.priority_question)
                .is_some_and(|v| v >= 2)
        })
    }

    /// The organisations that chose `choice` for `question`.
    fn chose(&self, question: &str, choice: &str) -> Vec<usize> {
        self.members_where(|e| {
            Answers::new(self.q, &e.profile)
                .choices(question)
                .contains(&choice)
        })
    }

    fn title_block(&mut self, date: &str) {
        let lang = self.lang;
        let names: Vec<String> = self.entries.iter().map(|e| e.name.clone()).collect();
        self.blocks.push(Block::Table(vec![
            (
                tr!(
                    lang,
                    "regional-organisations-heading",
                    count = (self.n()).to_string()
                ),
                names.join("; "),
            ),
            (tr!(self.lang, "regional-prepared-on"), date.to_owned()),
        ]));
        // The convenor, chosen in the window or on the command line, is the alliance's point
        // of contact for all of them.
        let lead = &self.entries[self.convenor];
        let w = Words::new(self.q, self.rules, &lead.profile, lang);
        let reach = self
            .contact_row(&w)
            .map_or_else(String::new, |(_, c)| format!(" · {c}"));
        let planning = self.planning();
        if let Some(Block::Table(rows)) = self.blocks.last_mut() {
            rows.push((
                tr!(self.lang, "regional-point-of-contact").to_owned(),
                format!("{}{reach}", lead.name),
            ));
            rows.extend(planning);
        }
        // Per organisation its budget and who decides: the alliance plans with each. A large
        // region gets the budgets counted, and each organisation's answers in its appendix.
        if self.n() > NAMED {
            let members: Vec<Member> = self.entries.iter().map(Entry::member).collect();
            let budgets = combine::counts(self.q, &members, ids::BUDGET);
            self.counted(ids::BUDGET, &budgets);
            self.blocks.push(Block::Note(tr!(
                lang,
                "regional-who-decides-see-the-appendices"
            )));
            return;
        }
        let open = || tr!(lang, "brief-to-be-agreed");
        let label = |id: &str| {
            Answers::new(self.q, &lead.profile)
                .label(id, lang)
                .to_owned()
        };
        let per: Vec<(String, String)> = self
            .entries
            .iter()
            .map(|e| {
                let a = Answers::new(self.q, &e.profile).in_brief();
                let budget = a.text(ids::BUDGET, lang).unwrap_or_else(open);
                let decides = a.text(ids::DECISION_MAKER, lang).unwrap_or_else(open);
                (
                    e.name.clone(),
                    format!(
                        "{}: {budget} · {}: {decides}",
                        label(ids::BUDGET),
                        label(ids::DECISION_MAKER)
                    ),
                )
            })
            .collect();
        self.blocks.push(Block::Subheading(tr!(
            lang,
            "regional-per-organisation-budget-and-decider"
        )));
        self.blocks.push(Block::Table(per));
        let open = self.members_where(|e| {
            flow::missing(self.q, &e.profile)
                .iter()
                .any(|m| m.reason == MissingReason::Required)
        });
        if !open.is_empty() {
            self.blocks.push(Block::Note(tr!(
                lang,
                "regional-still-open",
                open_profiles = self.who(&open)
            )));
        }
    }

    /// The themes most profiles find important, as ids: those with the highest count of
    /// priority 2 or more (at least one).
    fn shared_themes(&self) -> Vec<&str> {
        let best = self
            .combined
            .themes
            .iter()
            .map(|t| t.at_least_two)
            .max()
            .unwrap_or(0);
        if best == 0 {
            return Vec::new();
        }
        self.combined
            .themes
            .iter()
            .filter(|t| t.at_least_two == best)
            .map(|t| t.id.as_str())
            .collect()
    }

    /// The meeting the convenor proposes: period, form and length.
    fn planning(&self) -> Vec<(String, String)> {
        let a = Answers::new(self.q, &self.entries[self.convenor].profile).in_brief();
        crate::brief::content::meeting_rows(&a, self.lang, self.minutes()).to_vec()
    }

    /// The meeting's length: the convenor's answer, or the rules' default.
    fn minutes(&self) -> i64 {
        Answers::new(self.q, &self.entries[self.convenor].profile)
            .number(ids::MEETING_MINUTES)
            .unwrap_or_else(|| self.rules.default_minutes())
    }

    /// The proposed agenda: the rules' items and a theme item for every theme some
    /// organisation gives priority, at its highest priority, over the convenor's length.
    fn agenda(&mut self) {
        let lang = self.lang;
        let themes: Vec<needs::ThemeNeed> = self
            .combined
            .themes
            .iter()
            .map(|t| needs::ThemeNeed {
                id: t.id.clone(),
                priority: t.highest,
                answered: t.mean.is_some(),
                signals: Vec::new(),
                reasons: Vec::new(),
            })
            .collect();
        let minutes = self.minutes();
        let agenda = needs::plan_agenda(self.rules, &themes, minutes);
        let words = self.words();
        self.blocks.push(Block::Subheading(tr!(
            lang,
            "regional-proposed-agenda-minutes",
            minutes = minutes.to_string()
        )));
        let rows = agenda
            .iter()
            .enumerate()
            .map(|(i, item)| {
                (
                    format!("{}. {}", i + 1, words.agenda_title(item)),
                    words.minutes(item.minutes),
                )
            })
            .collect();
        self.blocks.push(Block::Schedule(rows));
    }

    fn why(&mut self) {
        let lang = self.lang;
        let n = self.n();
        self.blocks
            .push(Block::Heading(tr!(self.lang, "regional-section-why")));
        let n = count_word(n, lang);
        let intro = tr!(lang, "regional-why-intro", n = n.clone());
        let shared: Vec<String> = self
            .shared_themes()
            .iter()
            .map(|id| self.words().theme_short(id).to_owned())
            .collect();
        let participants = self.combined.participants;
        let count = participants.to_string();
        let focus = if shared.is_empty() {
            tr!(lang, "regional-focus-training", count = count)
        } else {
            tr!(
                lang,
                "regional-focus-themes-and-training",
                themes = self.words().and_list(&shared),
                count = count
            )
        };
        self.blocks
            .push(Block::Paragraph(format!("{intro} {focus}")));
    }

    /// Label–count rows of one multiple-choice question: one or two organisations by name.
    fn count_rows(&self, question: &str, counts: &[Count]) -> Vec<(String, String)> {
        let answers = Answers::new(self.q, &self.entries[0].profile);
        counts
            .iter()
            .map(|c| {
                let who = self.chose(question, &c.choice);
                let who = if who.len() == c.count {
                    self.who(&who)
                } else {
                    of(c.count, self.n(), self.lang)
                };
                (answers.choice_text(question, &c.choice, self.lang), who)
            })
            .collect()
    }

    fn counted(&mut self, question: &str, counts: &[Count]) {
        if counts.is_empty() {
            return;
        }
        let label = Answers::new(self.q, &self.entries[0].profile)
            .label(question, self.lang)
            .to_owned();
        self.blocks.push(Block::Subheading(label));
        let rows = self.count_rows(question, counts);
        self.blocks.push(Block::Table(rows));
    }

    fn what_we_see(&mut self) {
        let lang = self.lang;
        self.blocks.push(Block::Heading(tr!(
            self.lang,
            "regional-2-what-we-see-together"
        )));
        let words = self.words();
        let rows: Vec<(String, String)> = self
            .combined
            .themes
            .iter()
            .map(|t| {
                let mean = t.mean.map_or_else(|| "–".to_owned(), |m| decimal(m, lang));
                let value = tr!(
                    lang,
                    "regional-theme-figures",
                    mean = (mean).clone(),
                    important_for = self.who(&self.important_for(&t.id)),
                    highest = (t.highest).to_string()
                );
                (words.theme_title(&t.id).to_owned(), value)
            })
            .collect();
        self.blocks.push(Block::Table(rows));
        self.blocks
            .push(Block::Note(tr!(self.lang, "regional-priority-legend")));
        let signals = self.combined.signals.clone();
        let gaps = self.combined.gaps.clone();
        self.counted(ids::SIGNALS, &signals);
        self.counted(ids::GAPS, &gaps);
        let members: Vec<Member> = self.entries.iter().map(Entry::member).collect();
        let communities = combine::counts(self.q, &members, ids::COMMUNITIES);
        if !communities.is_empty() {
            self.counted(ids::COMMUNITIES, &communities);
            self.blocks
                .push(Block::Note(tr!(self.lang, "regional-topics-everywhere")));
        }
    }

    fn questions(&mut self) {
        let lang = self.lang;
        self.blocks
            .push(Block::Heading(tr!(self.lang, "regional-section-questions")));
        let words = self.words();
        let mut themes: Vec<&combine::ThemeSummary> = self.combined.themes.iter().collect();
        // Most shared first; the announcement's order among equals.
        themes.sort_by_key(|t| std::cmp::Reverse((t.at_least_two, t.highest)));
        let mut quiet = Vec::new();
        let mut blocks = Vec::new();
        for t in themes {
            let title = words.theme_title(&t.id);
            if t.highest < 1 {
                quiet.push(title.to_owned());
                continue;
            }
            blocks.push(Block::Subheading(tr!(
                lang,
                "regional-theme-important-for",
                important_for = self.who(&self.important_for(&t.id)),
                title = (title).to_string()
            )));
            if let Some(question) = words.announcement_question(&t.id) {
                blocks.push(Block::Note(format!(
                    "{} {question}",
                    tr!(lang, "regional-question-from-the-announcement"),
                )));
            } else if let Some(about) = words.theme_about(&t.id) {
                blocks.push(Block::Note(about.to_owned()));
            }
            let asking: Vec<usize> = self
                .entries
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    Words::new(self.q, self.rules, &e.profile, lang)
                        .theme_question(&t.id)
                        .is_some()
                })
                .map(|(i, _)| i)
                .collect();
            if !asking.is_empty() {
                blocks.push(Block::Paragraph(tr!(
                    lang,
                    "regional-own-questions",
                    names = (self.names(&asking)).clone()
                )));
            }
        }
        self.blocks.extend(blocks);
        if !quiet.is_empty() {
            let list = words.and_list(&quiet);
            self.blocks.push(Block::Paragraph(tr!(
                lang,
                "regional-no-priority-for-anyone",
                list = list.clone()
            )));
        }
    }

    /// Each organisation's own question for the meeting, in the core (part 3), with who asks
    /// it; the same question once, with every organisation that asks it.
    fn own_questions(&mut self) {
        let lang = self.lang;
        let mut asked: Vec<(String, Vec<usize>)> = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(crate::model::Answer::Choices {
                other: Some(own), ..
            }) = Answers::new(self.q, &e.profile).get(ids::MEETING_QUESTIONS)
                && !own.trim().is_empty()
            {
                match asked.iter_mut().find(|(q, _)| q == own.trim()) {
                    Some((_, who)) => who.push(i),
                    None => asked.push((own.trim().to_owned(), vec![i])),
                }
            }
        }
        let own: Vec<String> = asked
            .iter()
            .map(|(question, who)| format!("{}: {question}", self.names(who)))
            .collect();
        if !own.is_empty() {
            self.blocks.push(Block::Subheading(tr!(
                lang,
                "regional-own-questions-of-the-organisations"
            )));
            self.blocks.push(Block::Bullets(own));
        }
    }

    fn training(&mut self) {
        let lang = self.lang;
        self.blocks
            .push(Block::Heading(tr!(self.lang, "regional-4-training")));
        let members: Vec<Member> = self.entries.iter().map(Entry::member).collect();
        let chosen = combine::counts(self.q, &members, self.rules.training_question());
        let mut rows = vec![(
            tr!(self.lang, "regional-participants-together"),
            self.combined.participants.to_string(),
        )];
        let training_label = Answers::new(self.q, &self.entries[0].profile)
            .label(self.rules.training_question(), lang)
            .to_owned();
        for c in &chosen {
            let name = if c.choice == self.rules.training_advice_choice() {
                tr!(self.lang, "regional-no-choice-yet-asks-for-advice")
            } else {
                self.words().training_name(&c.choice)
            };
            rows.push((
                format!("{training_label}: {name}"),
                of(c.count, self.n(), lang),
            ));
        }
        self.blocks.push(Block::Table(rows));
        let goals = self.combined.learning_goals.clone();
        self.counted(ids::LEARNING_GOALS, &goals);
        self.joint_training();
        self.blocks.push(Block::Note(tr!(
            self.lang,
            "regional-formats-in-appendices"
        )));
    }

    /// Which organisations could follow one training together: those whose own choice, or
    /// else whose proposal, is the same course, with their participants added up.
    fn joint_training(&mut self) {
        let lang = self.lang;
        let mut groups: Vec<(String, Vec<usize>, i64)> = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            let t = needs::derive(self.q, self.rules, &entry.profile).training;
            let Some(course) = t.chosen.or(t.proposal) else {
                continue;
            };
            let participants = Answers::new(self.q, &entry.profile)
                .number(ids::PARTICIPANTS)
                .unwrap_or(0);
            match groups.iter_mut().find(|(c, ..)| *c == course) {
                Some((_, members, sum)) => {
                    members.push(i);
                    *sum += participants;
                }
                None => groups.push((course, vec![i], participants)),
            }
        }
        let words = self.words();
        let lines: Vec<String> = groups
            .iter()
            .filter(|(_, members, _)| members.len() > 1)
            .map(|(course, members, sum)| {
                let groups = tr!(lang, "regional-groups", groups = needs::groups_for(*sum));
                let (name, at_most) = (words.training_name(course), needs::ONE_GROUP_AT_MOST);
                let who = self.names(members);
                tr!(
                    lang,
                    "regional-participants-sum",
                    at_most = at_most.to_string(),
                    groups = groups.clone(),
                    name = name.clone(),
                    sum = sum.to_string(),
                    who = who.clone()
                )
            })
            .collect();
        self.blocks.push(Block::Subheading(tr!(
            self.lang,
            "regional-proposal-for-joint-training"
        )));
        if lines.is_empty() {
            self.blocks.push(Block::Paragraph(tr!(
                self.lang,
                "regional-no-common-course"
            )));
        } else {
            self.blocks.push(Block::Bullets(lines));
            self.blocks.push(Block::Note(tr!(
                self.lang,
                "regional-based-on-each-organisation-s-own"
            )));
        }
    }

    /// Which organisations a partner fits: "past bij 3 van 6: A, B en C", or all of them.
    fn fits(&self, members: &[usize]) -> String {
        let (n, lang) = (self.n(), self.lang);
        // "alle 2" reads oddly: two are "beide".
        let how = match (members.len() == n, n) {
            (true, 2) => "both",
            (true, _) => "all",
            (false, _) => "some",
        };
        tr!(
            lang,
            "regional-fits",
            how = how,
            n = n.to_string(),
            count = of(members.len(), n, lang),
            names = self.names(members)
        )
    }

    fn partners(&mut self) {
        let lang = self.lang;
        self.blocks.push(Block::Heading(tr!(
            self.lang,
            "regional-5-partners-and-cooperation"
        )));
        let words = self.words();
        // The partner always named in a row of its own; the others grouped by whom they fit
        // ("Past bij alle 50 organisaties: IOT, HTIB en SMN"), so a large region stays short.
        let mut rows: Vec<(String, String)> = Vec::new();
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for p in &self.combined.partners {
            let Some(partner) = words.partner(&p.id) else {
                continue;
            };
            if let Some(always) = &partner.always {
                rows.push((words.partner_name(partner), always.get(lang).to_owned()));
                continue;
            }
            let fits = self.fits(&p.members);
            match groups.iter_mut().find(|(f, _)| *f == fits) {
                Some((_, names)) => names.push(partner.name.clone()),
                None => groups.push((fits, vec![partner.name.clone()])),
            }
        }
        if !rows.is_empty() {
            self.blocks.push(Block::Table(rows));
        }
        if !groups.is_empty() {
            let lines = groups
                .iter()
                .map(|(fits, names)| {
                    format!(
                        "{}: {}.",
                        crate::words::text::capitalised(fits),
                        words.and_list(names)
                    )
                })
                .collect();
            self.blocks.push(Block::Bullets(lines));
            self.blocks
                .push(Block::Note(tr!(self.lang, "regional-partners-intro")));
        }
        let wishes = self.combined.cooperation_wishes.clone();
        self.counted(ids::COOPERATION_WISHES, &wishes);
    }

    fn next_steps(&mut self) {
        self.blocks
            .push(Block::Heading(tr!(self.lang, "regional-6-next-steps")));
        self.agenda();
        self.blocks.push(Block::Bullets(vec![
            tr!(self.lang, "regional-ask-training-agreements"),
            tr!(self.lang, "regional-next-step-meet-partners"),
            tr!(self.lang, "regional-ask-offer-still-applies"),
        ]));
    }

    /// "Gekozen training": the own choice, else the proposal, else a request for advice.
    fn training_row(&self, w: &Words, t: &needs::TrainingNeed) -> Option<(String, String)> {
        let lang = self.lang;
        let training = match (&t.chosen, w.proposal(t)) {
            (Some(own), _) => w.training_name(own),
            // A proposal, not a choice: under a label of its own.
            (None, Some(p)) => {
                return Some((
                    tr!(self.lang, "regional-proposed-training"),
                    tr!(lang, "regional-p-based-on-the-answers", p = p.clone()),
                ));
            }
            (None, None) if t.asked_advice => {
                tr!(self.lang, "regional-no-choice-yet-we-would-like")
            }
            (None, None) => return None,
        };
        Some((
            w.answers
                .label(self.rules.training_question(), lang)
                .to_owned(),
            training,
        ))
    }

    /// The contact person with how to reach them, on one row.
    fn contact_row(&self, w: &Words) -> Option<(String, String)> {
        let contact: Vec<String> = [
            ids::CONTACT_NAME,
            ids::CONTACT_TITLE,
            ids::CONTACT_EMAIL,
            ids::CONTACT_PHONE,
        ]
        .iter()
        .filter_map(|id| w.answers.text(id, self.lang))
        .collect();
        (!contact.is_empty()).then(|| {
            (
                tr!(self.lang, "regional-contact-person"),
                contact.join(" · "),
            )
        })
    }

    /// One organisation's own picture on one page: its priorities with its own questions,
    /// reach, training and what it sees, each with a neutral label.
    fn appendix(&mut self, number: usize, entry: &Entry) {
        let lang = self.lang;
        let q = self.q;
        let w = Words::new(q, self.rules, &entry.profile, lang);
        let needs = needs::derive(q, self.rules, &entry.profile);
        self.blocks.push(Block::PageBreak);
        self.blocks
            .push(Block::Heading(appendix_heading(lang, number, &entry.name)));
        let mut rows = Vec::new();
        let row = |id: &str| {
            w.answers
                .text(id, lang)
                .map(|v| (w.answers.label(id, lang).to_owned(), v))
        };
        rows.extend(row(ids::DEPARTMENT));
        rows.extend(row(ids::ORGANISATION_TYPE));
        rows.extend(self.contact_row(&w));
        if !entry.date().is_empty() {
            // "24 november 2026", as the brief's own date is written.
            let format = time::macros::format_description!("[year]-[month]-[day]");
            let date = time::Date::parse(entry.date(), format)
                .map_or_else(|_| entry.date().to_owned(), |d| human_date(d, lang));
            rows.push((tr!(self.lang, "regional-profile-last-saved-on"), date));
        }
        // Each theme on one row: its priority, and the organisation's own question to the
        // alliance, if it has one (so an appendix stays on one page).
        for t in &needs.themes {
            let value = match w.theme_question(&t.id) {
                Some(own) => format!(
                    "{}. {} {own}",
                    w.priority_text(t),
                    tr!(self.lang, "regional-own-question")
                ),
                None => w.priority_text(t),
            };
            rows.push((w.theme_title(&t.id).to_owned(), value));
        }
        if let Some(reach) = needs.reach {
            rows.push((
                tr!(self.lang, "regional-reach-of-help-now"),
                w.reach_text(reach),
            ));
        }
        rows.extend(row(ids::PARTICIPANTS));
        rows.extend(row(ids::AUDIENCE));
        rows.extend(self.training_row(&w, &needs.training));
        for id in [
            ids::LEARNING_GOALS,
            ids::PRIOR_KNOWLEDGE,
            ids::FORMAT,
            ids::PERIOD,
            ids::SIGNALS,
            ids::GAPS,
            ids::COMMUNITIES,
            ids::COOPERATION_WISHES,
            ids::OUTCOME,
        ] {
            rows.extend(row(id));
        }
        self.blocks.push(Block::Table(rows));
        if w.answers.text(ids::COMMUNITIES, lang).is_some() {
            self.blocks.push(Block::Note(tr!(
                self.lang,
                "regional-topics-everywhere-appendix"
            )));
        }
        let open = crate::brief::content::open_items(q, &entry.profile, lang);
        if !open.is_empty() {
            self.blocks.push(Block::Note(tr!(
                lang,
                "regional-still-open-in-this-profile",
                open_items = (open.join("; ")).clone()
            )));
        }
    }
}

/// Builds the regional brief from two or more profiles, with the first as convenor.
pub fn build(
    q: &Questionnaire,
    rules: &NeedsRules,
    entries: &[Entry],
    lang: Lang,
    today: time::Date,
) -> Brief {
    build_for(q, rules, entries, lang, today, None)
}

/// Builds the regional brief with the organisation from `convenor` (an entry's source) as the
/// alliance's point of contact; the first when it is `None` or not among them.
pub fn build_for(
    q: &Questionnaire,
    rules: &NeedsRules,
    entries: &[Entry],
    lang: Lang,
    today: time::Date,
    convenor: Option<&str>,
) -> Brief {
    // Each profile once: a copy or an older version of another adds nothing for the alliance.
    let all: Vec<Member> = entries.iter().map(Entry::member).collect();
    let same = combine::same_as(&all);
    let entries: Vec<Entry> = entries
        .iter()
        .zip(&same)
        .filter(|(_, s)| s.is_none())
        .map(|(e, _)| e.clone())
        .collect();
    let entries = entries.as_slice();
    let members: Vec<Member> = entries.iter().map(Entry::member).collect();
    let combined = combine::combine(q, rules, &members);
    let date = human_date(today, lang);
    let convenor = convenor
        .and_then(|c| entries.iter().position(|e| e.source == c))
        .unwrap_or(0);
    let mut b = Builder {
        q,
        rules,
        entries,
        combined,
        lang,
        blocks: Vec::new(),
        convenor,
    };
    if !entries.is_empty() {
        b.title_block(&date);
        b.why();
        b.what_we_see();
        b.questions();
        b.own_questions();
        b.training();
        b.partners();
        b.next_steps();
        for (i, entry) in entries.iter().enumerate() {
            b.appendix(i + 1, entry);
        }
    }
    let organisation = tr!(
        lang,
        "regional-organisation-count",
        count = (entries.len()).to_string()
    );
    let footer = tr!(lang, "regional-footer", date = date.clone());
    Brief {
        lang,
        title: tr!(b.lang, "regional-title"),
        organisation,
        date,
        blocks: b.blocks,
        footer,
        open_items: Vec::new(),
    }
}

/// A count at the start of a sentence, in words up to twenty ("Vier organisaties …"), in
/// figures after a word that carries the capital ("In totaal 25 organisaties …").
fn count_word(n: usize, lang: Lang) -> String {
    tr!(lang, "count-word", n = n)
}
