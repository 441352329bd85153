//! Issue 32, item 2: the keyboard focus is never thrown away. Every command of the `Command`
//! type (one of each kind, from `Command::every_kind`, whose match does not compile without a
//! new kind) is run from a text field in the content of a real window, and its focus rule
//! (`Command::focus_rule`) is checked: the focus stays on the field, a dialog holds it and gives
//! it back on Escape, a new screen lands on its title, or a question's section on that
//! question. Then the actions on the page that remove or replace the focused control:
//! "Antwoord wissen", removing and putting back an agreement, Escape in a field; after each the
//! focus is in the content (the next Tab never starts at the menu bar) and what happened is in
//! what a screen reader reads.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use behoeftewijzer::app::App;
use behoeftewijzer::ui::{Command, FocusRule, Screen};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;
use common::profiles;

type Window = Harness<'static, App>;

const MENUS: [&str; 5] = ["Bestand", "Ga naar", "Beeld", "Help", "Taal / Language"];
const NAME_FIELD: &str = "Naam van de gemeente of organisatie";

/// The focused node: its id, label, role, description and whether it is inside a dialog.
struct Focused {
    id: String,
    label: String,
    role: Role,
    description: String,
    in_dialog: bool,
    group: String,
}

fn focused_node(h: &Window) -> Option<Focused> {
    let node = h.query_by(common::is_focused)?;
    let n = node.accesskit_node();
    let mut in_dialog = false;
    let mut group = String::new();
    let mut up = n.parent();
    while let Some(p) = up {
        if matches!(p.role(), Role::Dialog | Role::AlertDialog) {
            in_dialog = true;
        }
        if group.is_empty() && matches!(p.role(), Role::RadioGroup | Role::Group) {
            group = p.label().unwrap_or_default();
        }
        up = p.parent();
    }
    Some(Focused {
        id: format!("{:?}", n.id()),
        label: n.label().unwrap_or_default(),
        role: n.role(),
        description: n.description().unwrap_or_default(),
        in_dialog,
        group,
    })
}

fn focus_name_field(h: &mut Window) {
    if h.state().screen() != Screen::Section(0) {
        carry_out(h, &Command::Goto(Screen::Section(0)));
    }
    h.get_by(|n| {
        n.role() == Role::TextInput && n.label().is_some_and(|l| l.starts_with(NAME_FIELD))
    })
    .focus();
    h.run();
}

fn carry_out(h: &mut Window, command: &Command) {
    h.state_mut().queue(command.clone());
    h.run();
    h.state_mut().finish_job();
    h.run();
    h.run();
}

fn dialog_open(h: &Window) -> bool {
    h.query_by_role(Role::Dialog).is_some() || h.query_by_role(Role::AlertDialog).is_some()
}

fn where_it_is(h: &Window) -> String {
    focused_node(h).map_or("nowhere".into(), |f| format!("{:?} {:?}", f.role, f.label))
}

/// Two profiles on disk: the example and a copy of it under another organisation's name.
fn profiles(dir: &Path) -> (PathBuf, PathBuf) {
    let one = dir.join("voorbeeld.ron");
    std::fs::copy(profiles::example_path(), &one).unwrap();
    let two = dir.join("buurgemeente.ron");
    let text = profiles::example_text()
        .replace("Gemeente Voorbeeld", "Gemeente Buurdorp")
        .replace("3f6d2c1a", "4a7e3d2b");
    std::fs::write(&two, text).unwrap();
    (one, two)
}

/// Whether `command` works on the comparison (it needs one open first).
fn on_comparison(command: &Command) -> bool {
    matches!(
        command,
        Command::SaveCompareCsv
            | Command::ExportRegional
            | Command::ExportRegionalWord
            | Command::CopyRegional
            | Command::CloseCompare
    )
}

#[test]
fn every_command_leaves_the_focus_where_its_rule_says() {
    let dir = tempfile::tempdir().unwrap();
    let (one, two) = profiles(dir.path());
    let commands = Command::every_kind(one.clone(), two.clone());
    assert!(commands.len() >= 30, "{commands:?}");
    let mut failures = Vec::new();
    for command in &commands {
        // A fresh copy each time: a command may save or replace it.
        let path = dir.path().join("werk.ron");
        std::fs::copy(&one, &path).unwrap();
        let mut h = common::start().open(&path).build();
        if on_comparison(command) {
            carry_out(
                &mut h,
                &Command::ComparePaths(vec![one.clone(), two.clone()]),
            );
            assert_eq!(h.state().screen(), Screen::Compare, "{command:?}");
        } else if *command == Command::CloseGuide {
            carry_out(&mut h, &Command::Help);
        } else {
            focus_name_field(&mut h);
            // Unsaved work, so that leaving the profile asks first.
            h.query_by(common::is_focused).unwrap().type_text("x");
            h.run();
        }
        let start =
            focused_node(&h).unwrap_or_else(|| panic!("{command:?}: no focus to start from"));
        let (before, before_id) = (start.label, start.id);
        carry_out(&mut h, command);
        let rule = command.focus_rule();
        let now = focused_node(&h);
        let problem = match (rule, &now) {
            (_, None) => Some("no focus at all".to_owned()),
            (_, Some(f)) if MENUS.contains(&f.label.as_str()) => {
                Some(format!("the focus is on the menu bar ({})", f.label))
            }
            (FocusRule::Stays | FocusRule::Dialog | FocusRule::Screen, Some(f)) if f.in_dialog => {
                // A dialog holds the focus, and Escape gives it back.
                common::press(&mut h, Key::Escape);
                let back = focused_node(&h).map(|f| f.id).unwrap_or_default();
                (back != before_id).then(|| {
                    format!(
                        "after the dialog and Escape the focus is on {}",
                        where_it_is(&h)
                    )
                })
            }
            (FocusRule::Dialog, Some(_)) => Some(format!(
                "no dialog took the focus; it is on {}",
                where_it_is(&h)
            )),
            (FocusRule::Stays, Some(f)) => (f.id != before_id)
                .then(|| format!("the focus moved from {before:?} to {}", where_it_is(&h))),
            (FocusRule::Screen, Some(f)) => {
                let landed = f.role == Role::Heading
                    || h.state().screen() == Screen::Start && f.role == Role::Button
                    || h.state().screen() == Screen::Compare;
                (!landed || f.id == before_id).then(|| {
                    format!(
                        "on {:?} the focus is on {}",
                        h.state().screen(),
                        where_it_is(&h)
                    )
                })
            }
            (FocusRule::Question, Some(f)) => {
                let text = profiles::q()
                    .question("training.vorm")
                    .unwrap()
                    .text
                    .get(behoeftewijzer::lang::Lang::Nl)
                    .to_owned();
                (!f.group.starts_with(&text))
                    .then(|| format!("the focus is on {} in {:?}", where_it_is(&h), f.group))
            }
        };
        assert!(!dialog_open(&h) || rule != FocusRule::Stays || problem.is_some());
        if let Some(problem) = problem {
            failures.push(format!("{command:?} ({rule:?}): {problem}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A profile in `dir` opened, its name changed, and saved with the focus in the name field.
fn saved_from_the_name_field(dir: &Path) -> Window {
    let (one, _) = profiles(dir);
    let mut h = common::start().open(&one).build();
    focus_name_field(&mut h);
    h.query_by(common::is_focused).unwrap().type_text("x");
    h.run();
    carry_out(&mut h, &Command::Save);
    h
}

/// Ctrl+S on a profile with a name: the focus stays on the field, and "Opgeslagen" reaches the
/// screen reader through the field's description (Orca speaks a focused control's new
/// description).
#[test]
fn saving_is_announced_on_the_focused_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = saved_from_the_name_field(dir.path());
    let f = focused_node(&h).unwrap();
    assert!(f.label.starts_with(NAME_FIELD), "{}", f.label);
    assert!(
        f.description.starts_with("Opgeslagen"),
        "{:?}",
        f.description
    );
    // Moving on: the message is not repeated on the next control.
    common::press(&mut h, Key::Tab);
    let next = focused_node(&h).unwrap();
    assert!(
        !next.description.contains("Opgeslagen"),
        "{:?}",
        next.description
    );
}

/// The announcement stays where it was told: F10 a moment after saving moves the focus to the
/// menu bar a frame after the key, and Orca read "Opgeslagen" again on every menu item.
#[test]
fn an_announcement_does_not_follow_the_user_into_the_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = saved_from_the_name_field(dir.path());
    assert!(
        focused_node(&h)
            .unwrap()
            .description
            .starts_with("Opgeslagen")
    );
    // A moment later, as a person presses the next key.
    for _ in 0..60 {
        h.step();
    }
    common::press(&mut h, Key::F10);
    for _ in 0..3 {
        h.run();
        let f = focused_node(&h).unwrap();
        assert!(
            !f.description.contains("Opgeslagen"),
            "{}: {:?}",
            f.label,
            f.description
        );
    }
    assert_eq!(focused_node(&h).unwrap().label, "Bestand");
}

/// Escape in a text field (egui lets go of the focus there) keeps it in the field, so the next
/// Tab goes on in the content.
#[test]
fn escape_in_a_field_keeps_the_focus_there() {
    let dir = tempfile::tempdir().unwrap();
    let (one, _) = profiles(dir.path());
    let mut h = common::start().open(&one).build();
    focus_name_field(&mut h);
    common::press(&mut h, Key::Escape);
    h.run();
    let f = focused_node(&h).map(|f| f.label).unwrap_or_default();
    assert!(f.starts_with(NAME_FIELD), "after Escape: {f:?}");
    common::press(&mut h, Key::Tab);
    let next = focused_node(&h).map(|f| f.label).unwrap_or_default();
    assert!(
        !next.is_empty() && !MENUS.contains(&next.as_str()),
        "Tab after Escape went to {next:?}"
    );
}

/// "Antwoord wissen" disappears with the answer: the focus goes to the question's first
/// option, and the screen reader hears which answer was cleared. Every optional choice or
/// scale question of the example that has an answer, in every section.
#[test]
fn clearing_an_answer_keeps_the_focus_on_its_question_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (one, _) = profiles(dir.path());
    let mut h = common::start().open(&one).build();
    let mut cleared = 0;
    for section in 0..profiles::q().sections().len() {
        carry_out(&mut h, &Command::Goto(Screen::Section(section)));
        loop {
            let Some(button) = h
                .query_all_by(|n| {
                    n.role() == Role::Button
                        && n.label().is_some_and(|l| l.starts_with("Antwoord op ‘"))
                })
                .next()
            else {
                break;
            };
            let name = button.accesskit_node().label().unwrap_or_default();
            let question = name
                .trim_start_matches("Antwoord op ‘")
                .trim_end_matches("’ wissen")
                .to_owned();
            button.focus();
            h.run();
            common::press(&mut h, Key::Space);
            h.run();
            let f =
                focused_node(&h).unwrap_or_else(|| panic!("{question}: no focus after clearing"));
            assert!(
                matches!(f.role, Role::RadioButton | Role::CheckBox),
                "{question}: the focus is on {:?} {:?}",
                f.role,
                f.label
            );
            assert!(
                f.description
                    .contains(&format!("Antwoord op ‘{question}’ gewist.")),
                "{question}: {:?}",
                f.description
            );
            cleared += 1;
        }
    }
    assert!(cleared >= 3, "only {cleared} answers cleared");
}

/// Removing an agreement puts the focus on the way back, named after it, and says so; putting
/// it back puts the focus on its first field and says so.
#[test]
fn removing_and_putting_back_an_agreement_keeps_the_focus_with_the_agreements() {
    let dir = tempfile::tempdir().unwrap();
    let (one, _) = profiles(dir.path());
    let mut h = common::start().open(&one).build();
    carry_out(&mut h, &Command::Goto(Screen::Meeting));
    let count = h.state().profile().meeting.agreements.len();
    assert!(count >= 2, "the example has {count} agreements");
    h.get_by_label("Afspraak 2 verwijderen").focus();
    h.run();
    common::press(&mut h, Key::Space);
    h.run();
    let f = focused_node(&h).unwrap_or_else(|| {
        panic!(
            "no focus; {:?}",
            h.state().profile().meeting.agreements.len()
        )
    });
    assert_eq!(f.label, "Afspraak 2 terugzetten");
    assert!(
        f.description.contains("Afspraak 2 is verwijderd."),
        "{:?}",
        f.description
    );
    common::press(&mut h, Key::Space);
    h.run();
    h.run();
    let f = focused_node(&h).unwrap();
    assert!(f.label.starts_with("Afspraak 2: wat"), "{:?}", f.label);
    assert!(
        f.description.contains("Afspraak 2 is teruggezet."),
        "{:?}",
        f.description
    );
    assert_eq!(h.state().profile().meeting.agreements.len(), count);
}

/// What the window shows after each frame while a dialog closes: the focused node, and whether
/// a dialog's node carries `text`.
struct FrameSeen {
    focused: Option<Focused>,
    in_a_dialog: bool,
}

fn frame_seen(h: &Window, text: &str) -> FrameSeen {
    let in_a_dialog = h
        .query_all_by(|n| {
            n.description().is_some_and(|d| d.contains(text))
                || n.label().is_some_and(|l| l.contains(text))
        })
        .any(|n| {
            let mut up = n.accesskit_node().parent();
            while let Some(p) = up {
                if matches!(p.role(), Role::Dialog | Role::AlertDialog) {
                    return true;
                }
                up = p.parent();
            }
            false
        });
    FrameSeen {
        focused: focused_node(h),
        in_a_dialog,
    }
}

/// The first control of each role the keyboard meets on `screen` (Tab from its title), with
/// how many Tabs it takes.
fn one_of_each_role(screen: Screen, path: &Path) -> Vec<(usize, Role)> {
    let mut h = common::start().open(path).build();
    carry_out(&mut h, &Command::Goto(screen));
    let mut seen: Vec<(usize, Role)> = Vec::new();
    let first = focused_node(&h).map(|f| f.id);
    for tabs in 0..40 {
        let Some(f) = focused_node(&h) else { break };
        if tabs > 0 && Some(&f.id) == first.as_ref() || MENUS.contains(&f.label.as_str()) {
            break;
        }
        if !f.in_dialog && !seen.iter().any(|(_, r)| *r == f.role) {
            seen.push((tabs, f.role));
        }
        common::press(&mut h, Key::Tab);
    }
    seen
}

/// Issue 35's CI run, 7 December: after *Opslaan als…* through the path dialog, the focus went
/// back to a block of the preview and Orca did not say "Opgeslagen". The message was put on
/// the dialog's field as the dialog closed (a screen reader may drop a change on a control on
/// its way out) and then on the block in the very frame the block got the focus (Orca reads a
/// label's name and role then, not its description). From every kind of control on every
/// screen of the profile: the message never goes on the closing dialog, reaches the control
/// the focus returns to, and comes a frame after the focus, as a change Orca speaks.
#[test]
fn saved_through_a_dialog_the_message_reaches_the_control_the_focus_returns_to() {
    let dir = tempfile::tempdir().unwrap();
    let (one, _) = profiles(dir.path());
    let screens = (0..profiles::q().sections().len())
        .map(Screen::Section)
        .chain([Screen::Review, Screen::Needs, Screen::Brief]);
    let mut failures = Vec::new();
    let mut tried = Vec::new();
    for screen in screens {
        for (tabs, role) in one_of_each_role(screen, &one) {
            let path = dir.path().join("werk.ron");
            std::fs::copy(&one, &path).unwrap();
            let mut h = common::start().open(&path).build();
            carry_out(&mut h, &Command::Goto(screen));
            for _ in 0..tabs {
                common::press(&mut h, Key::Tab);
            }
            let start = focused_node(&h).unwrap();
            assert_eq!(start.role, role, "{screen:?}, {tabs} Tabs");
            tried.push(role);
            h.state_mut().queue(Command::SaveAs);
            h.run();
            assert!(dialog_open(&h), "{screen:?}: no path dialog");
            h.key_press(Key::Enter);
            // Frame by frame until the save (on a thread of its own) is done, and eight more.
            let mut frames = Vec::new();
            let mut after = 8;
            while after > 0 && frames.len() < 2_000 {
                h.step();
                frames.push(frame_seen(&h, "Opgeslagen"));
                if !h.state().is_saving() {
                    after -= 1;
                }
            }
            let place = format!("{screen:?}, {role:?} {:?}", start.label);
            if frames.iter().any(|f| f.in_a_dialog) {
                failures.push(format!("{place}: told on the closing dialog"));
            }
            let on_it = |f: &FrameSeen| f.focused.as_ref().is_some_and(|n| n.id == start.id);
            let Some(arrived) = frames.iter().position(on_it) else {
                failures.push(format!("{place}: the focus did not come back"));
                continue;
            };
            let told = |f: &FrameSeen| {
                on_it(f)
                    && f.focused
                        .as_ref()
                        .is_some_and(|n| n.description.starts_with("Opgeslagen"))
            };
            if told(&frames[arrived]) {
                failures.push(format!("{place}: told with the focus, not after it"));
            }
            if !frames[arrived..].iter().any(told) {
                failures.push(format!("{place}: never told"));
            }
        }
    }
    for role in [Role::TextInput, Role::Heading, Role::Label, Role::Link] {
        assert!(tried.contains(&role), "no {role:?} met: {tried:?}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
