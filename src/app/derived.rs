//! What follows from the answers: the needs profile, the privacy findings and the progress,
//! derived once per revision of the open document (not every frame), and the brief built from
//! them, kept until the answers, its language, its e-mail choice or the date change.

use std::rc::Rc;

use super::App;
use crate::brief::{self, Brief};
use crate::clock::local_now;
use crate::lang::Lang;
use crate::model::needs::{self, Needs, NeedsRules};
use crate::model::{Profile, Questionnaire, flow, privacy};
use crate::words::Words;

/// What the window shows that follows from the answers alone.
pub struct Derived {
    pub needs: Rc<Needs>,
    /// What in the free texts looks like residents' personal data.
    pub findings: Vec<privacy::Finding>,
    /// Per section.
    pub progress: Vec<flow::Progress>,
    pub total: flow::Progress,
    /// How many required answers are still missing.
    pub missing: usize,
    /// What in the meeting's record looks like residents' personal data.
    pub meeting_findings: Vec<privacy::Finding>,
}

/// What the privacy check found in a profile: in its free texts and in its meeting's record.
/// The thread that reads a profile finds it too (`background.rs`), so that the first frame
/// after opening does not wait for the scan (issue 35).
pub struct Scanned {
    findings: Vec<privacy::Finding>,
    meeting_findings: Vec<privacy::Finding>,
}

impl Scanned {
    /// The privacy check of `p`, this year.
    pub fn of(q: &Questionnaire, p: &Profile) -> Self {
        let year = local_now().year();
        Self {
            findings: privacy::scan_profile(q, p, year),
            meeting_findings: privacy::scan_meeting(p, year),
        }
    }
}

/// What a brief is built from besides the questionnaire: the answers' revision, and the
/// choices on the brief's screen.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct BriefKey {
    revision: u64,
    lang: Lang,
    email: bool,
    today: time::Date,
}

impl App {
    /// What follows from the current answers; derived again only after they change.
    pub fn derived(&self) -> Rc<Derived> {
        let mut cache = self.caches.derived.borrow_mut();
        if let Some((revision, derived)) = &*cache
            && *revision == self.doc.revision
        {
            return derived.clone();
        }
        let p = &self.doc.profile;
        // Found on the reading thread when this revision is the one just opened.
        let scanned = match self.caches.scanned.take() {
            Some((revision, scanned)) if revision == self.doc.revision => scanned,
            _ => Scanned::of(self.q, p),
        };
        let derived = Rc::new(Derived {
            needs: Rc::new(needs::derive(self.q, NeedsRules::builtin(), p)),
            findings: scanned.findings,
            progress: (0..self.q.sections().len())
                .map(|i| flow::section_progress(self.q, p, i))
                .collect(),
            total: flow::total_progress(self.q, p),
            missing: flow::missing(self.q, p).len(),
            meeting_findings: scanned.meeting_findings,
        });
        self.caches
            .derivations
            .set(self.caches.derivations.get() + 1);
        *cache = Some((self.doc.revision, derived.clone()));
        derived
    }

    /// How many times the answers' consequences were derived since the app started.
    pub fn derivations(&self) -> usize {
        self.caches.derivations.get()
    }

    /// The needs profile of the current answers.
    pub fn needs(&self) -> Rc<Needs> {
        self.derived().needs.clone()
    }

    /// The needs worded in `lang`.
    pub fn words(&self, lang: Lang) -> Words<'_> {
        Words::new(self.q, NeedsRules::builtin(), &self.doc.profile, lang)
    }

    /// What in the meeting's record looks like residents' personal data, described for the
    /// officer ("Na het overleg › Notities: telefoonnummer (06 …)").
    pub fn meeting_findings(&self) -> Vec<String> {
        let lang = self.lang();
        self.derived()
            .meeting_findings
            .iter()
            .map(|f| {
                crate::words::privacy::describe(self.q, f, lang, crate::words::privacy::Show::Text)
            })
            .collect()
    }

    /// The report of the meeting, in the brief's language, dated today; built again only when
    /// the document, the language or the date changed (its preview asks every frame).
    pub fn report(&self) -> Rc<Brief> {
        let key = BriefKey {
            revision: self.doc.revision,
            lang: self.brief_lang(),
            email: false,
            today: local_now().date(),
        };
        let mut cache = self.caches.report.borrow_mut();
        if let Some((cached, report)) = &*cache
            && *cached == key
        {
            return Rc::clone(report);
        }
        let report = Rc::new(brief::report::build(
            self.q,
            &self.doc.profile,
            key.lang,
            key.today,
        ));
        *cache = Some((key, Rc::clone(&report)));
        report
    }

    /// The language the brief is written in.
    pub fn brief_lang(&self) -> Lang {
        self.settings.brief_lang.unwrap_or(self.settings.lang)
    }

    /// The consultation brief of the current answers, dated today; built again only when the
    /// answers, the brief's language, the e-mail choice or the date changed (the preview asks
    /// for it every frame).
    pub fn brief(&self) -> Rc<Brief> {
        let key = BriefKey {
            revision: self.doc.revision,
            lang: self.brief_lang(),
            email: self.settings.brief_email,
            today: local_now().date(),
        };
        let mut cache = self.caches.brief.borrow_mut();
        if let Some((cached, brief)) = &*cache
            && *cached == key
        {
            return Rc::clone(brief);
        }
        let brief = Rc::new(self.build_brief(key));
        *cache = Some((key, Rc::clone(&brief)));
        brief
    }

    fn build_brief(&self, key: BriefKey) -> Brief {
        let needs = self.needs();
        brief::build(
            self.q,
            NeedsRules::builtin(),
            &self.doc.profile,
            &needs,
            brief::Options {
                lang: key.lang,
                mail_to: &self.doc.profile.mail_to,
                include_email: key.email,
                today: key.today,
            },
        )
    }
}
