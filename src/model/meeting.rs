//! After the meeting (issue 23): what the organisation and the alliance agreed, kept in the
//! profile beside the answers — the date and who attended, the agreements (what, who, by when,
//! status), the training agreed, the partners to involve, and notes. Pure data and rules; the
//! window draws it in `ui::meeting`, the *verslag* words it in `brief::report`.

use serde::{Deserialize, Serialize};

use super::ids::ChoiceId;
use super::questionnaire::{LONG_TEXT_MAX_CHARS, TEXT_MAX_CHARS};

/// The most agreements one meeting keeps: more than any meeting makes, and with every field at
/// its limit still far inside the file limit (`tests/storage.rs`).
pub const MAX_AGREEMENTS: usize = 40;

/// The most characters of a one-line field (an agreement's parts, the attendees, the training).
pub const LINE_MAX_CHARS: usize = TEXT_MAX_CHARS;

/// The most characters of the notes.
pub const NOTES_MAX_CHARS: usize = LONG_TEXT_MAX_CHARS;

/// The meeting with the alliance and what came of it. Every part may be empty; an empty meeting
/// is not written to the file at all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meeting {
    /// The date as typed ("12-3-2027"); [`parse_date`] reads it. Kept as typed, so nothing the
    /// officer wrote is lost while it is not (yet) a date.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Who attended for the organisation.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ours: String,
    /// Who attended for the alliance.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub alliance: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub agreements: Vec<Agreement>,
    #[serde(skip_serializing_if = "Training::is_empty")]
    pub training: Training,
    /// The partners agreed to involve: ids of the alliance's partners (the choices of
    /// [`PARTNERS_KNOWN`](super::ids::PARTNERS_KNOWN)).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<ChoiceId>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// One agreement: what, who, by when, and how it stands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreement {
    pub what: String,
    pub who: String,
    /// By when, as typed ("1 april", "voor de zomer").
    pub by_when: String,
    pub status: Status,
    /// Agreed at the meeting before this one ("vorig jaar afgesproken"), carried over by
    /// *Nieuw profiel op basis van dit profiel*.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub earlier: bool,
}

/// How an agreement stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    #[default]
    Open,
    Done,
    Dropped,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Open, Status::Done, Status::Dropped];
}

/// The training agreed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Training {
    /// Which training.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub which: String,
    /// For which group, and how many.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub group: String,
    /// When.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub when: String,
    /// With which partners, as typed.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub partners: String,
}

impl Training {
    pub fn is_empty(&self) -> bool {
        self.which.trim().is_empty()
            && self.group.trim().is_empty()
            && self.when.trim().is_empty()
            && self.partners.trim().is_empty()
    }
}

impl Agreement {
    /// Nothing typed in it.
    pub fn is_blank(&self) -> bool {
        self.what.trim().is_empty() && self.who.trim().is_empty() && self.by_when.trim().is_empty()
    }
}

impl Meeting {
    /// Nothing recorded yet.
    pub fn is_empty(&self) -> bool {
        self.date.trim().is_empty()
            && self.ours.trim().is_empty()
            && self.alliance.trim().is_empty()
            && self.agreements.iter().all(Agreement::is_blank)
            && self.training.is_empty()
            && self.partners.is_empty()
            && self.notes.trim().is_empty()
    }

    /// The meeting's date, when what was typed is one.
    pub fn date(&self) -> Option<time::Date> {
        parse_date(&self.date)
    }

    /// The agreements with something in them.
    pub fn agreements(&self) -> impl Iterator<Item = &Agreement> {
        self.agreements.iter().filter(|a| !a.is_blank())
    }

    /// What next year's meeting starts from: every agreement with something in it, marked as
    /// agreed earlier with its status kept; the rest empty (a new meeting).
    #[must_use]
    pub fn carried_over(&self) -> Meeting {
        Meeting {
            agreements: self
                .agreements()
                .map(|a| Agreement {
                    earlier: true,
                    ..a.clone()
                })
                .collect(),
            ..Meeting::default()
        }
    }

    /// Every free text with the name of the field it is in, for the privacy guard.
    pub fn free_texts(&self) -> Vec<(Field, &str)> {
        let mut out = vec![
            (Field::Date, self.date.as_str()),
            (Field::Ours, self.ours.as_str()),
            (Field::Alliance, self.alliance.as_str()),
        ];
        for (i, a) in self.agreements.iter().enumerate() {
            out.push((Field::What(i), a.what.as_str()));
            out.push((Field::Who(i), a.who.as_str()));
            out.push((Field::ByWhen(i), a.by_when.as_str()));
        }
        out.extend([
            (Field::Training, self.training.which.as_str()),
            (Field::Training, self.training.group.as_str()),
            (Field::Training, self.training.when.as_str()),
            (Field::Training, self.training.partners.as_str()),
            (Field::Notes, self.notes.as_str()),
        ]);
        out.retain(|(_, t)| !t.trim().is_empty());
        out
    }
}

/// A field of the meeting, for naming where the privacy guard found something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Date,
    Ours,
    Alliance,
    /// The agreement's number from 0.
    What(usize),
    Who(usize),
    ByWhen(usize),
    Training,
    Notes,
}

/// A date as officers type it: "12-3-2027", "12/03/2027", "12.3.2027" (day first, as in the
/// Netherlands) or "2027-03-12" (ISO). `None` for anything else, or a day that does not exist.
pub fn parse_date(text: &str) -> Option<time::Date> {
    let text = text.trim();
    let parts: Vec<&str> = text.split(['-', '/', '.']).map(str::trim).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str| -> Option<i32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (a, b, c) = (number(a)?, number(b)?, number(c)?);
    let (year, month, day) = if parts[0].len() == 4 {
        (a, b, c)
    } else if parts[2].len() == 4 {
        (c, b, a)
    } else {
        return None;
    };
    let month = time::Month::try_from(u8::try_from(month).ok()?).ok()?;
    time::Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_typed() {
        let d = |y, m: u8, day| {
            time::Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), day).ok()
        };
        assert_eq!(parse_date("12-3-2027"), d(2027, 3, 12));
        assert_eq!(parse_date(" 12/03/2027 "), d(2027, 3, 12));
        assert_eq!(parse_date("1.12.2026"), d(2026, 12, 1));
        assert_eq!(parse_date("2027-03-12"), d(2027, 3, 12));
        for bad in [
            "",
            "12 maart",
            "31-2-2027",
            "12-13-2027",
            "12-3-27",
            "a-b-c",
            "1-2-3-4",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn empty_until_something_is_typed() {
        let mut m = Meeting::default();
        assert!(m.is_empty());
        m.agreements.push(Agreement::default());
        assert!(m.is_empty(), "a blank agreement row is nothing recorded");
        m.agreements[0].who = "Gemeente".into();
        assert!(!m.is_empty());
    }

    #[test]
    fn carried_over_keeps_agreements_and_their_status_only() {
        let m = Meeting {
            date: "12-3-2027".into(),
            notes: "Goed gesprek".into(),
            agreements: vec![
                Agreement {
                    what: "Datum training vastleggen".into(),
                    who: "Movisie".into(),
                    by_when: "1 april".into(),
                    status: Status::Done,
                    earlier: false,
                },
                Agreement::default(),
            ],
            ..Meeting::default()
        };
        let next = m.carried_over();
        assert_eq!(next.agreements.len(), 1, "blank rows are not carried");
        assert!(next.agreements[0].earlier);
        assert_eq!(next.agreements[0].status, Status::Done);
        assert_eq!(next.agreements[0].what, "Datum training vastleggen");
        assert!(next.date.is_empty() && next.notes.is_empty());
    }
}
