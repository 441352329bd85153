//! The consultation brief (gespreksnotitie): built once as a document model, then drawn as PDF,
//! as the in-app preview, and as plain text, so the three never disagree.

pub mod content;
pub mod docx;
pub mod error;
pub mod layout;
pub mod pdf;
mod pdf_file;
pub mod regional;
pub mod report;
pub mod tags;
pub mod typeface;

pub use content::{Bar, Block, Brief, Options, build};
