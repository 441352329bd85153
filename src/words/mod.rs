//! Wording at the edge: the model's decisions and values become sentences in one language, for
//! the window, the documents and the command line. The model holds ids and values only; every
//! catalogue text (`tr!`/`trs!`) that words a model's value is made here.

pub mod combine;
pub mod errors;
pub mod meeting;
pub mod needs;
pub mod needs_text;
pub mod privacy;
pub mod text;

pub use needs::{Email, Words};
pub use needs_text::to_text;
