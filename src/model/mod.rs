//! The domain, pure: questionnaire, profile, visibility and progress. No egui, no files.

pub mod answers;
pub mod combine;
pub mod flow;
pub mod ids;
pub mod meeting;
pub mod needs;
pub mod privacy;
pub mod profile;
pub mod questionnaire;
pub(crate) mod stored;

pub use flow::{Missing, Progress};
pub use profile::{Answer, Profile};
pub use questionnaire::{Condition, Kind, Question, Questionnaire, Section, Text};
