//! The start screen: what the app is for, new profile, open a profile, compare profiles,
//! recent files.

use std::path::PathBuf;

use egui::RichText;

use super::{Command, Screen, display_path};
use crate::lang::Lang;

pub fn start_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    recent: &[PathBuf],
    has_answers: bool,
    out: &mut Vec<Command>,
) {
    ui.add_space(12.0);
    super::a11y::heading(ui, "Behoeftewijzer", 1);
    ui.add_space(6.0);
    ui.label(lang.pick(
        "Bereid je overleg met de Alliantie Verandering van Binnenuit voor. De alliantie (Movisie, zeven migranten- en vluchtelingenorganisaties en sinds 2023 LCC+) werkt sinds 2018 aan gelijkheid, veiligheid en acceptatie van vrouwen en LHBT's, zodat inwoners met een migratie- of vluchtelingenachtergrond eerder hulp vinden bij taboethema's zoals huiselijk geweld, eergerelateerd geweld, huwelijksdwang en worstelen met seksuele oriëntatie of genderidentiteit.",
        "Prepare your meeting with the Alliantie Verandering van Binnenuit. Since 2018 the alliance (Movisie, seven migrant and refugee community organisations and, since 2023, LCC+) has worked on equality, safety and acceptance of women and LGBT people, so that residents with a migration or refugee background find help sooner on taboo topics such as domestic violence, honour-based violence, forced marriage and struggling with sexual orientation or gender identity.",
    ));
    ui.add_space(4.0);
    ui.label(super::needs::offer_note(lang));
    ui.add_space(4.0);
    ui.label(lang.pick(
        "Je beantwoordt de vragen uit de aankondiging van 15 februari 2021 in acht korte onderdelen. Je kunt tussendoor opslaan en later verdergaan.",
        "You answer the questions from the announcement of 15 February 2021 in eight short sections. You can save in between and continue later.",
    ));
    ui.add_space(4.0);
    ui.label(
        RichText::new(lang.pick(
            "Alles blijft op deze computer. Je hebt geen account nodig en er gaat niets via internet.",
            "Everything stays on this computer. You need no account and nothing goes over the internet.",
        ))
        .strong(),
    );
    ui.add_space(14.0);
    ui.horizontal(|ui| {
        if has_answers
            && ui
                .button(lang.pick("Verder met dit profiel", "Continue with this profile"))
                .clicked()
        {
            out.push(Command::Goto(Screen::Section(0)));
        }
        let new = ui.button(Command::New.label(lang));
        // The first thing most people do: ready for Enter, no Tabs through the menu first
        // (not while a dialog, such as Ctrl+O's, wants the focus), and in view at any size.
        if ui.memory(|m| m.focused().is_none() && m.top_modal_layer().is_none()) {
            new.request_focus();
            new.scroll_to_me(None);
        }
        if new.clicked() {
            out.push(Command::New);
        }
        if ui
            .button(lang.pick("Profiel openen…", "Open a profile…"))
            .clicked()
        {
            out.push(Command::Open);
        }
    });
    ui.add_space(6.0);
    ui.label(lang.pick(
        "Bereid je samen met andere gemeenten of teams voor, of wil je zien wat er sinds vorig jaar veranderd is? Zet dan profielen naast elkaar.",
        "Preparing together with other municipalities or teams, or want to see what changed since last year? Put profiles side by side.",
    ));
    if ui.button(Command::Compare.label(lang)).clicked() {
        out.push(Command::Compare);
    }
    ui.add_space(14.0);
    ui.label(RichText::new(lang.pick("Recente bestanden", "Recent files")).strong());
    if recent.is_empty() {
        ui.label(RichText::new(lang.pick("Nog geen.", "None yet.")).weak());
    }
    for path in recent {
        if ui
            .link(display_path(path))
            .on_hover_text(path.display().to_string())
            .clicked()
        {
            out.push(Command::OpenPath(path.clone()));
        }
    }
}
