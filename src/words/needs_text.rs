//! The needs profile as plain text, for the command line (`behoeftewijzer profile`): the
//! officer's view, put together from the words of [`super::Words`].

use super::Words;
use crate::model::needs::{Needs, Reason, SIGNALS};

/// The needs profile as plain text, for the command line: the officer's view, in `w`'s
/// language.
pub fn to_text(needs: &Needs, w: &Words, mail_to: &str) -> String {
    let mut t = Text {
        s: String::new(),
        w,
    };
    t.line(trs!(w.lang, "words-needs-profile"));
    t.themes(needs);
    t.heading(trs!(w.lang, "words-training"));
    t.line(&format!("  {}", w.training_summary(&needs.training)));
    t.reasons(&needs.training.reasons);
    t.partners(needs);
    if let Some(c) = &needs.cooperation {
        t.heading(trs!(w.lang, "words-cooperation-heading"));
        t.line(&format!("  {}", w.cooperation(c)));
        t.reasons(&c.reasons);
    }
    t.agenda(needs);
    t.email(mail_to);
    t.line(&format!("\n{}", w.reminder()));
    t.s
}

/// The needs profile being written as text.
struct Text<'w, 'a> {
    s: String,
    w: &'w Words<'a>,
}

impl Text<'_, '_> {
    fn line(&mut self, line: &str) {
        self.s.push_str(line);
        self.s.push('\n');
    }

    fn heading(&mut self, title: &str) {
        self.line(&format!("\n{title}"));
    }

    fn reasons(&mut self, reasons: &[Reason]) {
        if reasons.is_empty() {
            return;
        }
        let because = trs!(self.w.lang, "words-because-you-answered");
        self.line(&format!("    {because}"));
        for r in reasons {
            let text = self.w.reason(r);
            self.line(&format!("    · {text}"));
        }
    }

    fn themes(&mut self, needs: &Needs) {
        let (w, lang) = (self.w, self.w.lang);
        self.heading(trs!(lang, "words-topics-by-priority"));
        for t in &needs.themes {
            self.line(&format!(
                "  {} — {}",
                w.theme_title(&t.id),
                w.priority_text(t)
            ));
            if !t.signals.is_empty() {
                self.line(&format!(
                    "    {} {}",
                    trs!(lang, "words-signals"),
                    w.choice_list(SIGNALS, &t.signals)
                ));
            }
            self.reasons(&t.reasons);
        }
        let top = needs.top_themes();
        if top.len() > 1 {
            let names: Vec<String> = top
                .iter()
                .map(|t| w.theme_title(&t.id).to_owned())
                .collect();
            self.line(&format!(
                "  {} {}",
                trs!(lang, "words-equally-important"),
                w.and_list(&names)
            ));
        }
        if let Some(r) = needs.reach {
            self.line(&format!(
                "  {} {}",
                trs!(lang, "words-reach-of-help"),
                w.reach_text(r)
            ));
        }
    }

    fn partners(&mut self, needs: &Needs) {
        let (w, lang) = (self.w, self.w.lang);
        self.heading(trs!(lang, "words-partners-to-involve"));
        if needs.partners_put_communities_beside_themes() {
            self.line(&format!(
                "  {}",
                trs!(lang, "words-these-topics-occur-in-all-communities")
            ));
        }
        for need in &needs.partners {
            let Some(partner) = w.partner(&need.id) else {
                continue;
            };
            self.line(&format!(
                "  {} — {}: {}",
                w.partner_name(partner),
                partner.role.get(lang),
                partner.description.get(lang)
            ));
            self.line(&format!(
                "    {} {}",
                trs!(lang, "words-source"),
                partner.sources.join(" · ")
            ));
            if let Some(a) = &partner.always {
                self.line(&format!("    {}", a.get(lang)));
            }
            self.reasons(&need.reasons);
        }
        if let Some(line) = w.unmatched(needs) {
            self.line(&format!("  {line}"));
        }
    }

    fn agenda(&mut self, needs: &Needs) {
        let (w, lang) = (self.w, self.w.lang);
        self.heading(&format!(
            "{} ({} min)",
            trs!(lang, "words-proposed-agenda"),
            needs.minutes
        ));
        for (i, item) in needs.agenda.iter().enumerate() {
            self.line(&format!(
                "  {}. {} — {}",
                i + 1,
                w.agenda_title(item),
                w.minutes(item.minutes)
            ));
            for l in w.agenda_lines(item) {
                self.line(&format!("     - {l}"));
            }
        }
    }

    fn email(&mut self, mail_to: &str) {
        let lang = self.w.lang;
        let email = self.w.email(mail_to);
        self.heading(trs!(lang, "words-intake-e-mail"));
        for line in email.as_text(lang).lines() {
            self.line(&format!("  {line}"));
        }
        self.line(&format!("  {} {}", trs!(lang, "words-note"), email.to_note));
    }
}
