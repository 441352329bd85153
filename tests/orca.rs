//! What a blind officer hears (issue 19): the real binary under Xvfb with Orca, the screen
//! reader of the Linux desktop, driven by keys alone through `tests/orca/screen-reader-speech.sh`
//! (a copy of the shared tool), and asserted on what Orca sent to the speech engine after each
//! key. The walk: a new profile, a text question, a single choice with ↓ and Space, Ctrl+S and
//! Escape, a group of checkboxes, a scale, Ctrl+Page Down through the sections to the overview,
//! F1, then Ctrl+O past the unsaved-changes question with a typed path, and the opened profile;
//! a filled field is read with its value.
//!
//! Needs Orca, speech-dispatcher, Xvfb and xdotool (`.ci/run` installs them); without them the
//! test says so and passes, except in CI, where it fails.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

#[path = "common/profiles.rs"]
mod profiles;

/// One key (or typed text) and what Orca said after it.
struct Heard {
    key: String,
    speech: String,
}

/// A display number no X server uses now.
fn free_display() -> u32 {
    (140..200)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .expect("no free X display between :140 and :199")
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs the app under Orca with `keys` (one per line) and returns what was heard, in order;
/// `None` where Orca cannot run here (outside CI).
fn hear(home: &Path, keys: &str) -> Option<Vec<Heard>> {
    // One screen reader at a time: two Orca runs in parallel share the speech service and the
    // accessibility bus, and hear each other (or fail).
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let missing: Vec<&str> = ["orca", "speech-dispatcher", "Xvfb", "xdotool"]
        .into_iter()
        .filter(|t| !have(t))
        .collect();
    if !missing.is_empty() {
        assert!(
            std::env::var_os("CI").is_none(),
            "missing in CI (.ci/run installs them): {missing:?}"
        );
        eprintln!(
            "skipped: Orca's test needs {missing:?} (apt-get install orca speech-dispatcher-espeak-ng xvfb xdotool)"
        );
        return None;
    }
    let keys_file = home.join("keys.txt");
    std::fs::write(&keys_file, keys).unwrap();
    let out = home.join("orca-out");
    let run = home.join("run");
    std::fs::create_dir_all(&run).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/orca/screen-reader-speech.sh");
    let status = Command::new("bash")
        .arg(&script)
        .arg("--display")
        .arg(format!(":{}", free_display()))
        .arg("--keys-file")
        .arg(&keys_file)
        .arg("--out")
        .arg(&out)
        .arg("--")
        .arg("env")
        .arg(format!("HOME={}", home.display()))
        .arg(format!("TMPDIR={}", home.display()))
        .arg(format!("XDG_RUNTIME_DIR={}", run.display()))
        .arg("LANG=C.UTF-8")
        .arg(env!("CARGO_BIN_EXE_behoeftewijzer"))
        .env("SRS_KEY_WAIT", "1")
        .status()
        .unwrap();
    let speech = std::fs::read_to_string(out.join("speech.txt")).unwrap_or_default();
    assert!(
        status.success(),
        "the screen reader run failed ({status}); logs in {}:\n{speech}",
        out.display()
    );
    eprintln!("{speech}");
    Some(
        speech
            .lines()
            .filter_map(|l| {
                l.split_once(" -> ")
                    .or_else(|| l.strip_suffix(" ->").map(|k| (k, "")))
            })
            .map(|(key, speech)| Heard {
                key: key.to_owned(),
                speech: speech.to_owned(),
            })
            .collect(),
    )
}

/// Plays the walk's keys under Orca and checks what it said after each (see [`expect`]).
fn walk(home: &Path, steps: &[(&str, &[&str], &[&str])]) {
    let keys = steps
        .iter()
        .map(|(k, ..)| *k)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    if let Some(heard) = hear(home, &keys) {
        expect(&heard, steps);
    }
}

/// Checks each step in turn: after the key, Orca said every one of `said` and none of `not`.
/// A `sleep:` line gives a slow step (opening a file) more time: what Orca said during it
/// counts for the key before it.
fn expect(heard: &[Heard], steps: &[(&str, &[&str], &[&str])]) {
    let mut merged: Vec<Heard> = Vec::new();
    for h in heard {
        match merged.last_mut() {
            Some(last) if h.key.starts_with("sleep:") => {
                last.speech = format!("{} | {}", last.speech, h.speech);
            }
            _ => merged.push(Heard {
                key: h.key.clone(),
                speech: h.speech.clone(),
            }),
        }
    }
    let heard = merged;
    let steps: Vec<_> = steps
        .iter()
        .filter(|(key, ..)| !key.starts_with("sleep:"))
        .collect();
    let mut failures = Vec::new();
    for (i, (key, said, not)) in steps.iter().enumerate() {
        let Some(h) = heard.get(i + 1) else {
            failures.push(format!("step {}: {key}: nothing heard", i + 1));
            continue;
        };
        assert_eq!(
            &h.key,
            key,
            "the walk and the keys differ at step {}",
            i + 1
        );
        for s in *said {
            if !h.speech.contains(s) {
                failures.push(format!("{key}: expected \"{s}\" in \"{}\"", h.speech));
            }
        }
        for s in *not {
            if h.speech.contains(s) {
                failures.push(format!("{key}: did not expect \"{s}\" in \"{}\"", h.speech));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "a table of steps: each key with what Orca must say after it"
)]
fn a_screen_reader_user_hears_which_question_which_answer_and_whether_it_is_required() {
    let home = tempfile::tempdir().unwrap();
    let profile = home.path().join("voorbeeld.ron");
    std::fs::copy(profiles::example_path(), &profile).unwrap();
    let path = profile.display().to_string();
    let type_path = format!("type:{path}");
    // (key, said, not said)
    let steps: Vec<(&str, &[&str], &[&str])> = vec![
        // Orca settles on the new window first (it sometimes missed the first keys' speech).
        ("sleep:3", &[], &[]),
        // Ctrl+O on the start screen: the path field has the focus (it once stayed behind).
        (
            "ctrl+o",
            &["Profiel openen dialog", "Pad van het bestand entry"],
            &[],
        ),
        ("Escape", &["Nieuw profiel push button"], &[]),
        // A new profile: the section's title, then its first question.
        ("Return", &["Je organisatie heading level 1"], &[]),
        (
            "Tab",
            &["Naam van de gemeente of organisatie entry required"],
            &[],
        ),
        ("type:Gemeente Test", &[], &[]),
        // A single choice: the question names the group, required is said, and the option
        // chosen with the arrow key is selected when it is spoken.
        (
            "Tab",
            &[
                "Type organisatie panel",
                "Gemeente (beleid)",
                "radio button",
                "Verplicht.",
            ],
            &[],
        ),
        (
            "Down",
            &["Sociaal (wijk)team", "selected radio button"],
            &["not selected"],
        ),
        (
            "Up",
            &["Gemeente (beleid)", "selected radio button"],
            &["not selected"],
        ),
        // A dialog, and the field is back after it; back in the field, what was typed is read
        // (issue 32, item 1: Orca asks the Text interface's GetTextAtOffset).
        (
            "shift+Tab",
            &["Naam van de gemeente of organisatie entry Gemeente Test required"],
            &[],
        ),
        (
            "ctrl+s",
            &[
                "Profiel opslaan dialog",
                "Pad van het bestand entry",
                "Antwoorden Gemeente Test.ron",
            ],
            &[],
        ),
        (
            "Escape",
            &["Naam van de gemeente of organisatie entry"],
            &[],
        ),
        // The next section: its title; a group of checkboxes; Space ticks one.
        ("ctrl+Next", &["Inwoners en signalen heading level 1"], &[]),
        (
            "Tab",
            &["Welke gemeenschappen", "check box"],
            &["Verplicht."],
        ),
        ("space", &["checked"], &["not checked"]),
        (
            "ctrl+Next",
            &["Samenwerking met zelforganisaties heading level 1"],
            &[],
        ),
        (
            "ctrl+Next",
            &["Huwelijksdwang en achterlating heading level 1"],
            &[],
        ),
        // A scale: its own question, not "dit thema".
        (
            "Tab",
            &[
                "Hoe belangrijk is huwelijksdwang nu voor je? panel",
                "0 – Niet relevant",
                "radio button",
                "Verplicht.",
            ],
            &[],
        ),
        (
            "Down",
            &["1 – Enigszins", "selected radio button"],
            &["not selected"],
        ),
        (
            "ctrl+Next",
            &["LHBT bespreekbaar maken heading level 1"],
            &[],
        ),
        (
            "ctrl+Next",
            &["Empowerment van vrouwen met een vluchtelingenachtergrond heading level 1"],
            &[],
        ),
        ("ctrl+Next", &["Trainingswensen heading level 1"], &[]),
        (
            "ctrl+Next",
            &["Je vragen en de planning van het overleg heading level 1"],
            &[],
        ),
        (
            "ctrl+Next",
            &["Overzicht van je antwoorden heading level 1"],
            &[],
        ),
        ("F1", &["Handleiding heading level 1"], &[]),
        // Open a profile: first the unsaved changes, then a typed path (a dialog that
        // replaces another is read whole), then the opened profile's first screen.
        (
            "ctrl+o",
            &["Wijzigingen opslaan? dialog", "Opslaan push button"],
            &[],
        ),
        ("Tab", &["Niet opslaan push button"], &[]),
        (
            "Return",
            &["Profiel openen dialog", "Pad van het bestand entry"],
            &[],
        ),
        ("ctrl+a", &[], &[]),
        (&type_path, &[], &[]),
        ("Return", &["Je organisatie heading level 1"], &[]),
        ("sleep:2", &[], &[]),
        // A filled field says what it holds.
        (
            "Tab",
            &["Naam van de gemeente of organisatie entry Gemeente Voorbeeld required"],
            &[],
        ),
    ];
    walk(home.path(), &steps);
}

/// Issue 32, item 2: what happens is heard, and the focus is never thrown away. Ctrl+S says
/// "Opgeslagen"; Escape in a field keeps the focus there; clearing an answer moves the focus to
/// the question's first option and says which answer was cleared (and the next Tab does not
/// read the old help again); removing an agreement lands on the way back, named after it;
/// putting it back lands on its first field and says so.
#[test]
fn a_screen_reader_user_hears_what_an_action_did_and_where_the_focus_went() {
    let home = tempfile::tempdir().unwrap();
    let profile = home.path().join("voorbeeld.ron");
    std::fs::copy(profiles::example_path(), &profile).unwrap();
    let type_path = format!("type:{}", profile.display());
    let mut steps: Vec<(&str, &[&str], &[&str])> = vec![
        ("sleep:3", &[], &[]),
        ("ctrl+o", &["Profiel openen dialog"], &[]),
        ("ctrl+a", &[], &[]),
        (&type_path, &[], &[]),
        ("Return", &["Je organisatie heading level 1"], &[]),
        ("sleep:2", &[], &[]),
        (
            "Tab",
            &["Naam van de gemeente of organisatie entry Gemeente Voorbeeld required"],
            &[],
        ),
        ("type:x", &[], &[]),
        ("ctrl+s", &["Opgeslagen: voorbeeld.ron"], &[]),
        ("sleep:2", &[], &[]),
        ("Escape", &[], &[]),
        ("Tab", &["Type organisatie panel"], &["Bestand"]),
        ("ctrl+Next", &["Inwoners en signalen heading level 1"], &[]),
        ("ctrl+Next", &[], &[]),
        ("ctrl+Next", &[], &[]),
        (
            "ctrl+Next",
            &["LHBT bespreekbaar maken heading level 1"],
            &[],
        ),
        ("Tab", &["Hoe belangrijk is LHBT"], &[]),
        ("Tab", &["Is je gemeente een Regenbooggemeente? panel"], &[]),
        (
            "Tab",
            &["Antwoord op ‘Regenbooggemeente’ wissen push button"],
            &[],
        ),
        (
            "space",
            &[
                "Ja, met intentieverklaring",
                "not selected radio button",
                "Antwoord op ‘Regenbooggemeente’ gewist.",
            ],
            &[],
        ),
        (
            "Tab",
            &["Waar is LHBT moeilijk bespreekbaar? panel"],
            &["Een Regenbooggemeente werkt", "Bestand"],
        ),
    ];
    // On to "Na het overleg": three sections, the overview, the needs profile, the brief.
    for _ in 0..6 {
        steps.push(("ctrl+Next", &[], &[]));
    }
    steps.push(("ctrl+Next", &["Na het overleg heading level 1"], &[]));
    steps.push(("sleep:1", &[], &[]));
    // The meeting's date and who attended, then agreement 1 (what, who, by when, status,
    // remove) and agreement 2's four controls.
    for _ in 0..12 {
        steps.push(("Tab", &[], &[]));
    }
    steps.push(("Tab", &["Afspraak 2 verwijderen push button"], &[]));
    steps.push((
        "space",
        &[
            "Afspraak 2 terugzetten push button",
            "Afspraak 2 is verwijderd.",
        ],
        &[],
    ));
    steps.push((
        "space",
        &[
            "Afspraak 2: wat entry Voorstel voor de training op maat sturen",
            "Afspraak 2 is teruggezet.",
        ],
        &[],
    ));
    steps.push(("Tab", &["Afspraak 2: wie entry De alliantie"], &["Bestand"]));
    walk(home.path(), &steps);
}
