//! What a screen reader gets (issue 11, item 4), checked on every screen from the live
//! AccessKit tree: a named window; one level-1 heading per screen and headings below it; inputs
//! that carry their required state and their help, errors and notices as description; named,
//! modal dialogs; overview links that say the answer; no control without a name.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use behoeftewijzer::app::{App, Settings};
use behoeftewijzer::lang::Lang;
use behoeftewijzer::model::{Kind, flow};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use common::profiles;
use profiles::q;

/// The headings of the screen, with their levels.
fn screen_headings(h: &Harness<'static, App>) -> Vec<(usize, String)> {
    h.query_all_by_role(Role::Heading)
        .map(|n| {
            let node = n.accesskit_node();
            (node.level().unwrap_or(0), node.label().unwrap_or_default())
        })
        .collect()
}

fn one_title(h: &Harness<'static, App>, screen: &str) -> String {
    let found = screen_headings(h);
    let titles: Vec<&String> = found
        .iter()
        .filter(|(l, _)| *l == 1)
        .map(|(_, t)| t)
        .collect();
    assert_eq!(titles.len(), 1, "{screen}: level-1 headings {found:?}");
    assert!(
        found
            .iter()
            .all(|(l, t)| (1..=4).contains(l) && !t.is_empty()),
        "{screen}: {found:?}"
    );
    titles[0].clone()
}

#[test]
fn every_screen_has_one_title_and_named_headings() {
    let mut h = common::start().example().build();
    let root = h.root();
    assert!(
        root.accesskit_node()
            .label()
            .is_some_and(|l| l.ends_with("— Behoeftewijzer")),
        "the window has no name"
    );
    for index in 0..q().sections().len() {
        let label = behoeftewijzer::ui::nav::section_label(q(), index, Lang::Nl);
        common::go(&mut h, &label);
        let title = one_title(&h, &label);
        assert_eq!(title, q().sections()[index].title.get(Lang::Nl));
    }
    common::go(&mut h, "Overzicht");
    assert_eq!(one_title(&h, "Overzicht"), "Overzicht van je antwoorden");
    assert!(
        screen_headings(&h).iter().filter(|(l, _)| *l == 2).count() >= 8,
        "one per section"
    );
    common::go(&mut h, "Behoefteprofiel");
    one_title(&h, "Behoefteprofiel");
    assert!(
        screen_headings(&h)
            .iter()
            .any(|(l, t)| *l == 2 && t == "Training")
    );
    common::go(&mut h, "Voorbeeld gespreksnotitie");
    one_title(&h, "Voorbeeld gespreksnotitie");
    assert!(
        screen_headings(&h)
            .iter()
            .any(|(l, t)| *l == 3 && t == "1. Aanleiding"),
        "{:?}",
        screen_headings(&h)
    );
}

#[test]
fn inputs_carry_their_required_state_and_description() {
    let mut h = common::start().example().build();
    let mut checked = 0;
    for index in 0..q().sections().len() {
        common::go(
            &mut h,
            &behoeftewijzer::ui::nav::section_label(q(), index, Lang::Nl),
        );
        for question in flow::visible_questions(q(), h.state().profile(), index) {
            let text = question.text.get(Lang::Nl);
            let role = match question.kind {
                Kind::Text | Kind::Number { .. } => Role::TextInput,
                Kind::LongText => Role::MultilineTextInput,
                Kind::MultiChoice { .. } => Role::Group,
                Kind::SingleChoice { .. } | Kind::Scale { .. } => Role::RadioGroup,
            };
            let node = h.get_by_role_and_label(role, text);
            let node = node.accesskit_node();
            assert_eq!(
                node.is_required(),
                question.required,
                "{}: required",
                question.id
            );
            if let Some(help) = &question.help {
                let description = node.description().unwrap_or_default();
                assert!(
                    description.contains(help.get(Lang::Nl)),
                    "{}: {description:?}",
                    question.id
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} inputs");

    // A wrong number: invalid, and the error is its description.
    common::go(
        &mut h,
        &behoeftewijzer::ui::nav::section_label(q(), 0, Lang::Nl),
    );
    let participants = q()
        .question("organisatie.deelnemers")
        .unwrap()
        .text
        .get(Lang::Nl);
    h.get_by_role_and_label(Role::TextInput, participants)
        .focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, participants)
        .type_text("veel");
    h.run();
    let node = h.get_by_role_and_label(Role::TextInput, participants);
    let node = node.accesskit_node();
    assert_eq!(
        node.data().invalid(),
        Some(egui::accesskit::Invalid::True),
        "not marked invalid"
    );
    assert!(
        node.description()
            .unwrap_or_default()
            .contains("Vul een heel getal in")
    );
}

#[test]
fn dialogs_are_named_and_modal_and_overview_links_say_the_answer() {
    let mut h = common::start().example().build();
    common::go(&mut h, "Overzicht");
    let name = q().question("organisatie.naam").unwrap().text.get(Lang::Nl);
    h.get_by_role_and_label(Role::Link, &format!("{name}: Gemeente Voorbeeld"));
    assert!(h.query_by_label("Resize panel").is_none());
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::N);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run();
    let dialog = h.get_by_role(Role::Dialog);
    assert!(dialog.accesskit_node().is_modal());
    assert_eq!(
        dialog.accesskit_node().label().as_deref(),
        Some("Profiel opslaan"),
        "{:?}",
        dialog.accesskit_node().label()
    );
    // The page behind it stays in the tree: the dialog is modal, which a screen reader keeps
    // to. (Hiding the page made Orca lose the focused field after the dialog closed: issue 19.)
    let behind = |h: &Harness<'static, App>| {
        let node = h.get_by_role_and_label(Role::Button, "Vorige");
        let mut n = Some(node.accesskit_node());
        let mut hidden = false;
        while let Some(x) = n {
            hidden |= x.is_hidden();
            n = x.parent();
        }
        hidden
    };
    assert!(
        !behind(&h),
        "the page behind the dialog is hidden from the screen reader"
    );
    let mut n = Some(h.get_by_role(Role::Dialog).accesskit_node());
    while let Some(x) = n {
        assert!(!x.is_hidden(), "the dialog itself is hidden");
        n = x.parent();
    }
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_role(Role::Dialog).is_none());
    assert!(!behind(&h), "the page stays hidden after the dialog");
}

/// Issue 19, item 7: no unnamed progress bars ("0 percent" nine times), section entries that
/// say how far they are, lists that are lists, and overview answers read once.
#[test]
fn the_noise_is_gone_and_lists_are_lists() {
    let mut h = common::start().example().build();
    common::go(
        &mut h,
        &behoeftewijzer::ui::nav::section_label(q(), 0, Lang::Nl),
    );
    assert_eq!(
        h.query_all_by_role(Role::ProgressIndicator).count(),
        0,
        "progress bars in the tree"
    );
    // The example is complete: every section says so; a new profile's first has fields open.
    let entries: Vec<String> = h
        .query_all_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with("1. Je organisatie,"))
        })
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(entries, ["1. Je organisatie, klaar"]);
    // The overview: each answer once, in the link that goes to its question.
    common::go(&mut h, "Overzicht");
    let answer = "Gemeente Voorbeeld";
    let spoken: Vec<String> = h
        .query_all_by(|n| {
            !n.is_hidden()
                && n.label()
                    .or_else(|| n.value())
                    .is_some_and(|t| t.contains(answer))
        })
        .map(|n| {
            format!(
                "{:?} {:?}",
                n.accesskit_node().role(),
                n.accesskit_node().label()
            )
        })
        .collect();
    assert_eq!(
        spoken.len(),
        1,
        "the organisation's name is read more than once: {spoken:?}"
    );
    // The needs profile's reasons: a list of items, each without its bullet.
    common::go(&mut h, "Behoefteprofiel");
    let lists = h.query_all_by_role(Role::List).count();
    assert!(lists > 0, "no lists on the needs profile");
    for item in h.query_all_by_role(Role::ListItem) {
        let label = item.accesskit_node().label().unwrap_or_default();
        assert!(!label.starts_with('•'), "{label}");
    }
}

/// Issue 32, item 3: on *Overzicht* each still-open question's link says that it is open, why,
/// and where ("Voor wie is de training? (nog open, verplicht): 1. Je organisatie"), not the bare
/// question; every missing question of a new profile.
#[test]
fn the_overview_says_a_linked_question_is_still_open() {
    let mut h = common::window(Settings::default());
    common::click(&mut h, "Nieuw profiel");
    h.state_mut().queue(behoeftewijzer::ui::Command::Goto(
        behoeftewijzer::ui::Screen::Review,
    ));
    h.run();
    h.run();
    let missing = flow::missing(profiles::q(), h.state().profile());
    assert!(missing.len() >= 5);

    for m in &missing {
        let text = profiles::q()
            .question(&m.question)
            .unwrap()
            .text
            .get(Lang::Nl)
            .to_owned();
        let link = h.get_by(|n| {
            n.role() == Role::Link
                && n.label()
                    .is_some_and(|l| l.starts_with(&format!("{text} (nog open, ")))
        });
        let name = link.accesskit_node().label().unwrap_or_default();
        assert!(name.contains("verplicht") || name.contains("vul"), "{name}");
    }
}

/// Issue 32, item 3: the brief's preview (and with it the regional brief's and the report's,
/// drawn by the same code) is one Tab stop, and the arrow keys read it block by block: the
/// title, headings, paragraphs, table rows ("Organisatie: …"), list items, agenda rows, in the
/// order of the page; Home and End go to its first and last block.
#[test]
fn the_brief_preview_is_read_block_by_block_with_the_arrow_keys() {
    let mut h = example_on(behoeftewijzer::ui::Screen::Brief);
    let focused = focused_role_and_name;
    let title = "Gespreksnotitie — overleg met de Alliantie Verandering van Binnenuit";
    let mut tabs = 0;
    while focused(&h).1 != title {
        tabs += 1;
        assert!(
            tabs < 12,
            "no Tab reached the document; at {:?}",
            focused(&h)
        );
        h.key_press(Key::Tab);
        h.run();
    }
    let mut read = vec![focused(&h)];
    for _ in 0..60 {
        h.key_press(Key::ArrowDown);
        h.run();
        read.push(focused(&h));
    }
    let labels: Vec<&str> = read.iter().map(|(_, l)| l.as_str()).collect();
    let at = |wanted: &str| {
        labels
            .iter()
            .position(|l| l.starts_with(wanted))
            .unwrap_or_else(|| panic!("{wanted:?} not read: {labels:#?}"))
    };
    assert!(at("Organisatie: Gemeente Voorbeeld") < at("1. Aanleiding"));
    assert!(at("1. Aanleiding") < at("2. Wat wij zien"));
    assert!(at("2. Wat wij zien") < at("3. Onze vragen aan de alliantie"));
    assert_eq!(read[at("1. Aanleiding")].0, Role::Heading);
    // Every step moved on: no block read twice in a row, none unnamed.
    for pair in labels.windows(2) {
        assert_ne!(pair[0], pair[1], "the reading stood still");
    }
    assert!(labels.iter().all(|l| !l.is_empty()));
    // End and Home.
    h.key_press(Key::End);
    h.run();
    assert!(
        focused(&h).1.contains("opgesteld met Behoeftewijzer"),
        "{:?}",
        focused(&h)
    );
    h.key_press(Key::Home);
    h.run();
    assert_eq!(focused(&h).1, title);
    // The document is one Tab stop: Shift+Tab leaves it for the control before it.
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
    h.run();
    let before = focused(&h);
    assert!(!labels.contains(&before.1.as_str()), "{before:?}");
}

/// Issue 32, item 3: the first Tab on *Behoefteprofiel* goes into the profile (it went to the
/// e-mail's "Aan" field at the bottom), and the arrow keys read it block by block: the picture,
/// the training, the topics, the partners, the agenda.
#[test]
fn the_needs_profile_is_read_block_by_block_from_the_first_tab() {
    let mut h = example_on(behoeftewijzer::ui::Screen::Needs);
    let focused = |h: &Harness<'static, App>| focused_role_and_name(h).1;
    assert_eq!(focused(&h), "Behoefteprofiel");
    h.key_press(Key::Tab);
    h.run();
    assert!(
        focused(&h).starts_with("Dit volgt uit je antwoorden"),
        "{}",
        focused(&h)
    );
    let mut read = vec![focused(&h)];
    for _ in 0..150 {
        h.key_press(Key::ArrowDown);
        h.run();
        read.push(focused(&h));
    }
    let at = |wanted: &str| {
        read.iter()
            .position(|l| l.starts_with(wanted))
            .unwrap_or_else(|| panic!("{wanted:?} not read: {read:#?}"))
    };
    assert!(at("In één oogopslag") < at("Huwelijksdwang en achterlating: 3"));
    assert!(at("Training") < at("Partners om te betrekken"));
    assert!(at("Partners om te betrekken") < at("Movisie"));
    assert!(at("Movisie") < at("Voorstel voor de agenda"));
    assert!(read.iter().all(|l| !l.is_empty()), "{read:#?}");
}

/// The complete example opened in a window, on `screen`.
fn example_on(screen: behoeftewijzer::ui::Screen) -> Harness<'static, App> {
    let mut h = common::start().example().build();
    h.state_mut()
        .queue(behoeftewijzer::ui::Command::Goto(screen));
    h.run();
    h.run();
    h
}

/// The focused node's role and name.
fn focused_role_and_name(h: &Harness<'static, App>) -> (Role, String) {
    h.query_by(common::is_focused)
        .map_or((Role::Unknown, String::new()), |n| {
            let n = n.accesskit_node();
            (n.role(), n.label().unwrap_or_default())
        })
}

/// Issue 32: Orca reads a dialog's texts only when they have three words or more, so the path
/// on a line of its own under "Het document (4 pagina's) staat in:" was never heard. Every
/// text in the dialogs about a file (written, already there) is read, and one names the file.
#[test]
fn a_dialog_about_a_file_says_the_file_in_a_text_a_screen_reader_reads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notitie.pdf");
    let mut h = common::start().example().build();
    for expected in ["Exported", "Overwrite"] {
        h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
        h.run();
        common::replace_text(&mut h, "Pad van het bestand", &path.display().to_string());
        common::click(&mut h, "Exporteren");
        h.state_mut().finish_job();
        h.run();
        let kind = format!("{:?}", h.state().dialog());
        assert!(kind.starts_with(&format!("Some({expected}")), "{kind}");
        let dialog = h.get_by_role(Role::Dialog);
        let texts: Vec<String> = dialog
            .query_all_by_role(Role::Label)
            .filter_map(|n| n.accesskit_node().value().or(n.accesskit_node().label()))
            .collect();
        let short: Vec<&String> = texts
            .iter()
            .filter(|t| t.split_whitespace().count() < 3)
            .collect();
        assert!(short.is_empty(), "{expected}: texts Orca skips: {short:?}");
        assert!(
            texts
                .iter()
                .any(|t| t.contains(&path.display().to_string())),
            "{expected}: the file is in no text: {texts:?}"
        );
        h.key_press(Key::Escape);
        h.run();
    }
}

/// The texts of the labels in the tree, by value or name.
fn label_texts(h: &Harness<'static, App>) -> std::collections::HashSet<String> {
    h.query_all_by_role(Role::Label)
        .filter_map(|n| n.accesskit_node().value().or(n.accesskit_node().label()))
        .collect()
}

/// A label inside a menu is passed by the arrow keys, so a screen reader never reads it (Orca
/// heard "Automatisch kiezen (aanbevolen) selected radio menu item" without "from the next
/// start", and the text size's items without the size). What such a label says must be in the
/// name or description of an item of the same menu. Every menu of the menu bar, as found in
/// the tree, with the example open (so the menus have all their items).
#[test]
fn what_a_label_in_a_menu_says_is_read_with_its_items() {
    let mut h = common::start().size([1100.0, 900.0]).example().build();
    let menus: Vec<String> = h
        .query_all_by_role(Role::MenuItem)
        .filter(|n| n.accesskit_node().data().is_expanded() == Some(false))
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(menus.len() >= 4, "menus found: {menus:?}");
    let mut labels_seen = 0;
    for menu in &menus {
        let before = label_texts(&h);
        h.get_by_role_and_label(Role::MenuItem, menu).click();
        h.run();
        let items: Vec<String> = [Role::MenuItem, Role::MenuItemRadio, Role::MenuItemCheckBox]
            .into_iter()
            .flat_map(|role| {
                h.query_all_by_role(role)
                    .map(|n| {
                        let node = n.accesskit_node();
                        format!(
                            "{} {}",
                            node.label().unwrap_or_default(),
                            node.description().unwrap_or_default()
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        let new: Vec<String> = label_texts(&h).difference(&before).cloned().collect();
        for label in &new {
            labels_seen += 1;
            assert!(
                items.iter().any(|item| item.contains(label.as_str())),
                "menu {menu}: the label \"{label}\" is read with none of its items: {items:?}"
            );
        }
        h.key_press(Key::Escape);
        h.run();
    }
    // The View menu has two such labels (the text size, the rendering): the check saw them.
    assert!(labels_seen >= 2, "labels in menus: {labels_seen}");
}

/// Each menu of the bar is one menu to a screen reader: every item the arrows reach sits in
/// exactly one node with the role of a menu (a second one around egui's own made Orca say
/// "menu | menu" on opening it). The menus are found by walking the bar with Tab.
#[test]
fn every_item_of_every_menu_is_in_one_menu() {
    let open = || common::start().size([1100.0, 900.0]).new_profile().build();
    for (index, title) in common::menus_of_the_bar(open).iter().enumerate() {
        let mut h = open();
        common::open_menu(&mut h, index);
        let mut seen = Vec::new();
        loop {
            let node = h.get_by(common::is_focused);
            let label = node.accesskit_node().label().unwrap_or_default();
            if seen.contains(&label) {
                break;
            }
            // Up to the menu bar's item that opened it (the bar itself is a menu to egui).
            let mut menus_around = 0;
            let mut up = node.accesskit_node().parent();
            while let Some(n) = up.filter(|n| n.data().has_popup().is_none()) {
                menus_around += usize::from(n.role() == Role::Menu);
                up = n.parent();
            }
            assert_eq!(
                menus_around, 1,
                "{title} › {label}: in {menus_around} menus"
            );
            seen.push(label);
            common::press(&mut h, Key::ArrowDown);
        }
    }
}

/// Where a group is a group to a screen reader by itself, another of the same kind around it
/// is read twice ("menu | menu" was heard when a menu opened). On every screen with the example
/// open, and with every menu of the bar open: no menu, dialog, list, radio group, tab list,
/// table or group sits directly in another of its own kind (only plain containers between).
#[test]
fn no_group_is_announced_twice_on_any_screen_or_menu() {
    use common::screens;
    const GROUPS: [Role; 8] = [
        Role::Menu,
        Role::MenuBar,
        Role::Dialog,
        Role::List,
        Role::RadioGroup,
        Role::TabList,
        Role::Table,
        Role::Group,
    ];
    fn doubled(h: &common::Window, place: &str) -> Vec<String> {
        h.query_all_by(|n| GROUPS.contains(&n.role()))
            .filter_map(|node| {
                let n = node.accesskit_node();
                let mut up = n.parent();
                while let Some(p) = up.filter(|p| p.role() == Role::GenericContainer) {
                    up = p.parent();
                }
                up.filter(|p| p.role() == n.role())
                    .map(|_| format!("{place}: {:?} {:?} in another", n.role(), n.label()))
            })
            .collect()
    }
    let dir = tempfile::tempdir().unwrap();
    let mut found = Vec::new();
    for screen in screens::every_screen() {
        let h = screens::window_on(common::start(), screen, dir.path());
        found.extend(doubled(&h, &format!("{screen:?}")));
    }
    let open = || common::start().new_profile().build();
    for (index, title) in common::menus_of_the_bar(open).iter().enumerate() {
        let mut h = open();
        common::open_menu(&mut h, index);
        found.extend(doubled(&h, title));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
