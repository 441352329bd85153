//! The preview of the regional brief, with its language and the export button.

use super::button_ui;
use crate::brief::Brief;
use crate::lang::Lang;
use crate::ui::{Command, Screen};

/// The preview of the regional brief, with its language and the export button.
pub fn regional_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    brief: &Brief,
    brief_lang: Lang,
    out: &mut Vec<Command>,
) {
    crate::ui::a11y::screen_title_ui(ui, Command::Goto(Screen::RegionalBrief).label(lang));
    ui.label(trs!(lang, "compare-regional-intro"));
    crate::ui::brief::lang_choice_ui(
        ui,
        trs!(lang, "ui-brief-language-of-the-brief"),
        brief_lang,
        out,
    );
    ui.horizontal_wrapped(|ui| {
        for command in [
            Command::ExportRegional,
            Command::ExportRegionalWord,
            Command::CopyRegional,
            Command::Goto(Screen::Compare),
        ] {
            button_ui(ui, lang, command, out);
        }
    });
    ui.add_space(8.0);
    crate::ui::brief::paper_ui(ui, brief);
    ui.add_space(20.0);
}
