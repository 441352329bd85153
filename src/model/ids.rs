//! Every question id the Rust code names, in one place, with the answer kind the code reads it
//! as. The questionnaire is data (`assets/questionnaire.ron`): a test checks each id here
//! against it, so a renamed question fails the build's tests instead of making a row of the
//! brief disappear in silence. Ids in the needs rules are checked when the rules load.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

id_type!(
    /// A question's id, as the questionnaire and the profile file spell it ("organisatie.naam").
    /// Written as a plain string in files.
    QuestionId
);
id_type!(
    /// A choice's id within its question ("gemeente"). Written as a plain string in files.
    ChoiceId
);

/// A question id with the answer kind the code expects ([`super::Kind::name`]).
pub type Named = (&'static str, &'static str);

pub const ORGANISATION_NAME: &str = "organisatie.naam";
pub const ORGANISATION_TYPE: &str = "organisatie.type";
pub const DEPARTMENT: &str = "organisatie.afdeling";
pub const CONTACT_NAME: &str = "organisatie.contact_naam";
pub const CONTACT_TITLE: &str = "organisatie.contact_functie";
pub const CONTACT_EMAIL: &str = "organisatie.contact_email";
pub const CONTACT_PHONE: &str = "organisatie.contact_telefoon";
/// The contact person's own details start with this: the privacy guard leaves them alone.
pub const CONTACT_PREFIX: &str = "organisatie.contact_";
pub const AREA_SIZE: &str = "organisatie.omvang";
pub const AUDIENCE: &str = "organisatie.doelgroep";
pub const PARTICIPANTS: &str = "organisatie.deelnemers";
pub const COMMUNITIES: &str = "signalen.gemeenschappen";
pub const SIGNALS: &str = "signalen.themas";
pub const REACH: &str = "signalen.bereik";
pub const GAPS: &str = "signalen.tekort";
pub const COOPERATION_WISHES: &str = "samenwerking.ontwikkelen";
pub const PARTNERS_KNOWN: &str = "samenwerking.partners_bekend";
pub const LEARNING_GOALS: &str = "training.leerdoelen";
pub const PRIOR_KNOWLEDGE: &str = "training.voorkennis";
pub const FORMAT: &str = "training.vorm";
pub const PERIOD: &str = "training.periode";
pub const TRAINING_LENGTH: &str = "training.duur";
pub const PRACTICAL: &str = "training.praktisch";
pub const MEETING_QUESTIONS: &str = "overleg.vragen";
pub const OUTCOME: &str = "overleg.resultaat";
pub const MEETING_MINUTES: &str = "overleg.duur";
pub const MEETING_PERIOD: &str = "overleg.periode";
pub const MEETING_FORMAT: &str = "overleg.vorm";
pub const MEETING_ATTENDEES: &str = "overleg.aanwezig";
pub const DECISION_MAKER: &str = "overleg.beslisser";
pub const BUDGET: &str = "overleg.budget";
pub const VIOLENCE_PRIORITY: &str = "signalen.geweld";

/// Every id above (but the prefix), with its kind.
pub const ALL: &[Named] = &[
    (ORGANISATION_NAME, "Text"),
    (ORGANISATION_TYPE, "SingleChoice"),
    (DEPARTMENT, "Text"),
    (CONTACT_NAME, "Text"),
    (CONTACT_TITLE, "Text"),
    (CONTACT_EMAIL, "Text"),
    (CONTACT_PHONE, "Text"),
    (AREA_SIZE, "SingleChoice"),
    (AUDIENCE, "MultiChoice"),
    (PARTICIPANTS, "Number"),
    (COMMUNITIES, "MultiChoice"),
    (SIGNALS, "MultiChoice"),
    (REACH, "Scale"),
    (GAPS, "MultiChoice"),
    (COOPERATION_WISHES, "MultiChoice"),
    (PARTNERS_KNOWN, "MultiChoice"),
    (LEARNING_GOALS, "MultiChoice"),
    (PRIOR_KNOWLEDGE, "Scale"),
    (FORMAT, "SingleChoice"),
    (PERIOD, "Text"),
    (TRAINING_LENGTH, "SingleChoice"),
    (PRACTICAL, "LongText"),
    (MEETING_QUESTIONS, "MultiChoice"),
    (OUTCOME, "LongText"),
    (MEETING_MINUTES, "Number"),
    (MEETING_PERIOD, "Text"),
    (MEETING_FORMAT, "SingleChoice"),
    (MEETING_ATTENDEES, "Text"),
    (DECISION_MAKER, "Text"),
    (BUDGET, "SingleChoice"),
    (VIOLENCE_PRIORITY, "Scale"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Questionnaire;

    #[test]
    fn every_id_the_code_names_is_in_the_questionnaire_with_its_kind() {
        let q = Questionnaire::builtin();
        for (id, kind) in ALL {
            let Some(question) = q.question(id) else {
                panic!("`{id}` is named in the code but not in the questionnaire");
            };
            assert_eq!(question.kind.name(), *kind, "{id}");
        }
        assert!(
            q.questions()
                .filter(|x| x.id.starts_with(CONTACT_PREFIX))
                .count()
                >= 4
        );
        // Every constant is in the list: the file names no id outside it.
        let source = include_str!("ids.rs");
        let declared = source
            .lines()
            .filter(|l| l.starts_with("pub const ") && l.contains(": &str = \""))
            .count();
        assert_eq!(declared, ALL.len() + 1, "an id is missing from ALL");
    }
}
