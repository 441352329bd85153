//! The fonts shipped in `assets/fonts/` (Noto Sans, SIL OFL 1.1), embedded once: the brief's
//! faces, and the window's main font, which reads better than egui's light default.

pub const NOTO_SANS_REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
pub const NOTO_SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");
pub const NOTO_SANS_ITALIC: &[u8] = include_bytes!("../assets/fonts/NotoSans-Italic.ttf");
