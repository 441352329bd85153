//! The privacy guard's findings in words: what kind of data, and where it was found.

use crate::lang::Lang;
use crate::model::Questionnaire;
use crate::model::privacy::{Finding, Kind, Place};

impl Kind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Kind::Bsn => trs!(lang, "privacy-citizen-service-number-bsn"),
            Kind::BirthDate => trs!(lang, "privacy-date-possibly-a-date-of-birth"),
            Kind::Phone => trs!(lang, "privacy-phone-number"),
            Kind::Email => trs!(lang, "privacy-e-mail-address"),
            Kind::PostcodeHouseNumber => {
                trs!(lang, "privacy-postcode-with-house-number")
            }
            Kind::Iban => trs!(lang, "privacy-bank-account-number-iban"),
            Kind::Address => trs!(lang, "privacy-address-street-and-number"),
            Kind::Document => trs!(lang, "privacy-passport-or-identity-card-number"),
            Kind::AlienNumber => trs!(lang, "privacy-foreign-national-s-number-v-number"),
            Kind::Child => trs!(lang, "privacy-child-named"),
            Kind::Name => trs!(lang, "privacy-name-of-a-resident"),
            Kind::LicencePlate => trs!(lang, "privacy-licence-plate"),
            Kind::SocialMedia => trs!(lang, "privacy-social-media-account"),
            Kind::CaseNumber => trs!(lang, "privacy-case-number"),
        }
    }
}

/// Where in the meeting's record a field is, in `lang` ("Na het overleg › Afspraak 2").
fn meeting_place(field: crate::model::meeting::Field, lang: Lang) -> String {
    use crate::model::meeting::Field;
    let part = match field {
        Field::Date => trs!(lang, "meeting-date").to_owned(),
        Field::Ours => trs!(lang, "meeting-attended-for-us").to_owned(),
        Field::Alliance => trs!(lang, "meeting-attended-for-the-alliance").to_owned(),
        Field::Training => trs!(lang, "meeting-training-heading").to_owned(),
        Field::Notes => trs!(lang, "meeting-notes").to_owned(),
        Field::What(i) | Field::Who(i) | Field::ByWhen(i) => {
            tr!(lang, "meeting-agreement-n", n = (i + 1).to_string())
        }
    };
    format!("{} › {part}", trs!(lang, "meeting-title"))
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
    let place = match &f.place {
        Place::Meeting(field) => meeting_place(*field, lang),
        Place::Output(part) => part.clone(),
        Place::Answer(id) => {
            let section = q
                .section_of(id)
                .and_then(|s| q.section(s))
                .map_or("", |s| s.title.get(lang));
            let question = q.question(id).map_or("", |x| x.text.get(lang));
            format!("{section} › {question}")
        }
    };
    match show {
        Show::Text => format!("{place}: {} ({})", f.kind.label(lang), f.text),
        Show::WithoutText => format!("{place}: {}", f.kind.label(lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::meeting::Field;

    fn phone(place: Place) -> Finding {
        Finding {
            place,
            kind: Kind::Phone,
            text: "06-33334444".into(),
        }
    }

    #[test]
    fn a_finding_is_described_by_where_it_is_and_its_text_only_where_asked() {
        let q = Questionnaire::builtin();
        let answer = phone(Place::Answer("signalen.toelichting".into()));
        assert_eq!(
            describe(q, &answer, Lang::Nl, Show::WithoutText),
            "Inwoners en signalen › Toelichting: telefoonnummer"
        );
        assert_eq!(
            describe(q, &answer, Lang::Nl, Show::Text),
            "Inwoners en signalen › Toelichting: telefoonnummer (06-33334444)"
        );
        let meeting = phone(Place::Meeting(Field::Who(1)));
        assert_eq!(
            describe(q, &meeting, Lang::Nl, Show::WithoutText),
            "Na het overleg › Afspraak 2: telefoonnummer"
        );
    }
}
