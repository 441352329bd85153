//! What follows from the answers: the needs profile, the privacy findings and the progress,
//! derived once per change of the answers (not every frame), and the brief built from them.

use std::rc::Rc;

use super::App;
use crate::brief::{self, Brief};
use crate::clock::local_now;
use crate::lang::Lang;
use crate::model::needs::{self, Needs, NeedsRules, Words};
use crate::model::{flow, privacy};

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
}

impl App {
    /// What follows from the current answers; derived again only after they change.
    pub fn derived(&self) -> Rc<Derived> {
        let mut cache = self.derived.borrow_mut();
        if let Some((profile, derived)) = &*cache
            && *profile == self.doc.profile
        {
            return derived.clone();
        }
        let p = &self.doc.profile;
        let derived = Rc::new(Derived {
            needs: Rc::new(needs::derive(self.q, NeedsRules::builtin(), p)),
            findings: privacy::scan_profile(self.q, p, local_now().year()),
            progress: (0..self.q.sections().len())
                .map(|i| flow::section_progress(self.q, p, i))
                .collect(),
            total: flow::total_progress(self.q, p),
            missing: flow::missing(self.q, p).len(),
        });
        self.derivations.set(self.derivations.get() + 1);
        *cache = Some((p.clone(), derived.clone()));
        derived
    }

    /// How many times the answers' consequences were derived since the app started.
    pub fn derivations(&self) -> usize {
        self.derivations.get()
    }

    /// The needs profile of the current answers.
    pub fn needs(&self) -> Rc<Needs> {
        self.derived().needs.clone()
    }

    /// The needs worded in `lang`.
    pub fn words(&self, lang: Lang) -> Words<'_> {
        Words::new(self.q, NeedsRules::builtin(), &self.doc.profile, lang)
    }

    /// The language the brief is written in.
    pub fn brief_lang(&self) -> Lang {
        self.settings.brief_lang.unwrap_or(self.settings.lang)
    }

    /// The consultation brief of the current answers, dated today.
    pub fn brief(&self) -> Brief {
        let needs = self.needs();
        brief::build(
            self.q,
            NeedsRules::builtin(),
            &self.doc.profile,
            &needs,
            brief::Options {
                lang: self.brief_lang(),
                mail_to: &self.doc.profile.mail_to,
                include_email: self.settings.brief_email,
                today: local_now().date(),
            },
        )
    }
}
