//! What a blind officer hears (issue 19): the real binary under Xvfb with Orca, the screen
//! reader of the Linux desktop, driven by keys alone through `tests/orca/screen-reader-speech.sh`
//! (a copy of the shared tool), and asserted on what Orca sent to the speech engine after each
//! key. The walk: a new profile, a text question, a single choice with ↓ and Space, Ctrl+S and
//! Escape, a group of checkboxes, a scale, Ctrl+Page Down through the sections to the overview,
//! F1, then Ctrl+O past the unsaved-changes question with a typed path, and the opened profile;
//! a filled field is read with its value. Then (issue 32) the whole job from a new profile to
//! the brief exported, the profile saved and reopened, and the example's verslag and a
//! comparison: every step confirmed by what Orca says after it.
//!
//! Needs Orca, speech-dispatcher, Xvfb and xdotool (`.ci/run` installs them); without them the
//! test says so and passes, except in CI, where it fails.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

mod common;
use common::profiles;

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

/// Runs the app under Orca with `keys` (one per line) and returns what was heard, in order;
/// `None` where Orca cannot run here (outside CI).
fn hear(home: &Path, keys: &str, args: &[&Path]) -> Option<Vec<Heard>> {
    // One screen reader at a time: two Orca runs in parallel share the speech service and the
    // accessibility bus, and hear each other (or fail).
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if !common::needs::tools(
        &["orca", "speech-dispatcher", "Xvfb", "xdotool"],
        "apt-get install orca speech-dispatcher-espeak-ng xvfb xdotool",
    ) {
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
        // The app's own lines at info: a step that closes the window is confirmed by its log.
        .arg("RUST_LOG=behoeftewijzer=info")
        .arg(env!("CARGO_BIN_EXE_behoeftewijzer"))
        .args(args)
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
    walk_with(home, steps, &[]);
}

/// A step's expectation made at run time: that `text` is said (the walks live as long as the
/// test, so leaking them is harmless).
fn said(text: &str) -> &'static [&'static str] {
    Box::leak(vec![&*Box::leak(text.to_owned().into_boxed_str())].into_boxed_slice())
}

/// That a screen's title is said, as Orca speaks a level-1 heading.
fn heading(title: &str) -> &'static [&'static str] {
    said(&format!("{title} heading level 1"))
}

/// What a step says when Orca must say nothing after it (Escape in a field: the focus stays).
const SILENT: &str = "(nothing)";

/// What a step says when it closes the window (*Afsluiten*): what Orca says then depends on
/// how fast the window goes (with wgpu it still read the window's title, with glow nothing),
/// so the step is confirmed by the app's log instead: "the window closes".
const CLOSES: &str = "(the window closes)";

/// [`walk`], with the app started on `args` (a profile to open). Every step is confirmed by
/// what Orca says after it, or by [`SILENT`]: a walk with an unchecked step fails before it
/// runs. Only typing is not: Orca gets no key events under Xvfb, so it echoes no characters
/// (each typed text is heard later, read back from its field or in a dialog), and `sleep:`
/// only gives the step before it more time.
fn walk_with(home: &Path, steps: &[(&str, &[&str], &[&str])], args: &[&Path]) {
    let unchecked: Vec<&str> = steps
        .iter()
        .filter(|(key, said, _)| {
            said.is_empty() && !key.starts_with("type:") && !key.starts_with("sleep:")
        })
        .map(|(key, ..)| *key)
        .collect();
    assert!(
        unchecked.is_empty(),
        "steps that check nothing: {unchecked:?}"
    );
    let count = |f: fn(&str, &[&str]) -> bool| steps.iter().filter(|(k, s, _)| f(k, s)).count();
    eprintln!(
        "walk: {} steps checked by what Orca says, {} by its silence, {} by the app's log, {} \
         typed texts",
        count(|k, s| !k.starts_with("sleep:") && !s.is_empty() && s != [SILENT] && s != [CLOSES]),
        count(|_, s| s == [SILENT]),
        count(|_, s| s == [CLOSES]),
        count(|k, _| k.starts_with("type:")),
    );
    let keys = steps
        .iter()
        .map(|(k, ..)| *k)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    if let Some(heard) = hear(home, &keys, args) {
        expect(&heard, steps);
        if steps.iter().any(|(_, said, _)| *said == [CLOSES]) {
            let log = std::fs::read_to_string(home.join("orca-out/app.log")).unwrap_or_default();
            assert!(
                log.contains("the window closes"),
                "a step should have closed the window; the app's log:\n{log}"
            );
        }
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
                if !h.speech.trim().is_empty() {
                    last.speech = format!("{} | {}", last.speech, h.speech);
                }
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
        if *said == [CLOSES] {
            continue; // confirmed by the app's log after the walk
        }
        if *said == [SILENT] {
            if !h.speech.trim().is_empty() {
                failures.push(format!("{key}: expected silence, heard \"{}\"", h.speech));
            }
            continue;
        }
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
        ("ctrl+a", &["selected"], &[]),
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
#[expect(
    clippy::too_many_lines,
    reason = "a table of steps: each key with what Orca must say after it"
)]
fn a_screen_reader_user_hears_what_an_action_did_and_where_the_focus_went() {
    let home = tempfile::tempdir().unwrap();
    let profile = home.path().join("voorbeeld.ron");
    std::fs::copy(profiles::example_path(), &profile).unwrap();
    let type_path = format!("type:{}", profile.display());
    let mut steps: Vec<(&str, &[&str], &[&str])> = vec![
        ("sleep:3", &[], &[]),
        ("ctrl+o", &["Profiel openen dialog"], &[]),
        ("ctrl+a", &["selected"], &[]),
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
        // Escape in a field: nothing to say, and the focus stays (the next Tab goes on).
        ("Escape", &[SILENT], &[]),
        ("Tab", &["Type organisatie panel"], &["Bestand"]),
        ("ctrl+Next", &["Inwoners en signalen heading level 1"], &[]),
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
    // On to "Na het overleg": three sections, the overview, the needs profile, the brief (whose
    // preview of the example takes more than the second a step waits in a debug build).
    for title in [
        "Empowerment van vrouwen met een vluchtelingenachtergrond",
        "Trainingswensen",
        "Je vragen en de planning van het overleg",
        "Overzicht van je antwoorden",
        "Behoefteprofiel",
        "Voorbeeld gespreksnotitie",
        "Na het overleg",
    ] {
        steps.push(("ctrl+Next", heading(title), &[]));
        steps.push(("sleep:2", &[], &[]));
    }
    // The meeting's date and who attended, then agreement 1 (what, who, by when, status,
    // remove) and agreement 2's four controls: each read with what it holds.
    for field in [
        "Datum van het overleg entry 26-1-2027",
        "Aanwezig namens jouw organisatie entry Beleidsmedewerker sociaal domein",
        "Aanwezig namens de alliantie entry Twee trainers van de alliantie",
        "Afspraak 1: wat entry Datum en zaal voor de training vastleggen",
        "Afspraak 1: wie entry Gemeente Voorbeeld",
        "Afspraak 1: uiterlijk wanneer entry 15 februari 2027",
        "Afspraak 1: stand: open",
        "Afspraak 1 verwijderen push button",
        "Afspraak 2: wat entry Voorstel voor de training op maat sturen",
        "Afspraak 2: wie entry De alliantie",
        "Afspraak 2: uiterlijk wanneer entry 1 maart 2027",
        "Afspraak 2: stand: open",
    ] {
        steps.push(("Tab", said(field), &[]));
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

/// Issue 32: the whole job by ear. A new profile, every required answer (twelve), the
/// overview, the needs profile and the brief read item by item, the brief exported, the
/// profile saved, the app quit from the menu; then the app started again on the saved file,
/// and every typed answer read back from its field (Orca echoes no typing under Xvfb).
#[test]
#[expect(
    clippy::too_many_lines,
    reason = "a table of steps: each key with what Orca must say after it"
)]
fn a_screen_reader_user_does_the_whole_job_and_reopens_it() {
    let home = tempfile::tempdir().unwrap();
    let brief = home.path().join("notitie.pdf");
    let saved = home.path().join("walk.ron");
    let type_brief = format!("type:{}", brief.display());
    let type_saved = format!("type:{}", saved.display());
    let said_brief = format!("staat in: {}", brief.display());
    let exported = [
        "Gespreksnotitie klaar dialog",
        said_brief.as_str(),
        "Openen push button",
    ];
    let steps: Vec<(&str, &[&str], &[&str])> = vec![
        ("sleep:3", &[], &[]),
        ("Return", heading("Je organisatie"), &[]),
        (
            "Tab",
            &["Naam van de gemeente of organisatie entry required"],
            &[],
        ),
        ("type:Gemeente Walk", &[], &[]),
        ("Tab", &["Type organisatie panel", "Gemeente (beleid)"], &[]),
        (
            "Down",
            &["Sociaal (wijk)team", "selected radio button"],
            &["not selected"],
        ),
        ("Tab", &["Afdeling of team entry"], &[]),
        ("Tab", &["Naam contactpersoon entry required"], &[]),
        ("type:Sam de Boer", &[], &[]),
        ("Tab", &["Functie contactpersoon entry"], &[]),
        (
            "Tab",
            &["E-mailadres contactpersoon (werk) entry required"],
            &[],
        ),
        ("type:sam@example.nl", &[], &[]),
        ("Tab", &["Telefoonnummer contactpersoon (werk) entry"], &[]),
        ("Tab", &["Hoeveel inwoners telt je werkgebied? panel"], &[]),
        (
            "Tab",
            &[
                "Voor wie is de training? panel",
                "Sociaal werkers check box not checked required",
            ],
            &[],
        ),
        ("space", &["checked"], &["not checked"]),
        ("Tab", &["Aantal deelnemers entry required"], &[]),
        ("type:25", &[], &[]),
        ("ctrl+Next", heading("Inwoners en signalen"), &[]),
        (
            "ctrl+Next",
            heading("Samenwerking met zelforganisaties"),
            &[],
        ),
        (
            "Tab",
            &["Werk je samen met", "Ja, structureel", "Verplicht."],
            &[],
        ),
        (
            "Down",
            &["Ja, af en toe", "selected radio button"],
            &["not selected"],
        ),
        ("ctrl+Next", heading("Huwelijksdwang en achterlating"), &[]),
        (
            "Tab",
            &["Hoe belangrijk is huwelijksdwang nu voor je? panel"],
            &[],
        ),
        ("Down", &["1 – Enigszins", "selected radio button"], &[]),
        ("Down", &["2 – Belangrijk", "selected radio button"], &[]),
        ("ctrl+Next", heading("LHBT bespreekbaar maken"), &[]),
        (
            "Tab",
            &["Hoe belangrijk is LHBT bespreekbaar maken nu voor je? panel"],
            &[],
        ),
        ("Down", &["1 – Enigszins", "selected radio button"], &[]),
        (
            "ctrl+Next",
            heading("Empowerment van vrouwen met een vluchtelingenachtergrond"),
            &[],
        ),
        ("Tab", &["Hoe belangrijk is empowerment"], &[]),
        ("Down", &["1 – Enigszins", "selected radio button"], &[]),
        ("Down", &["2 – Belangrijk", "selected radio button"], &[]),
        ("Down", &["3 – Zeer urgent", "selected radio button"], &[]),
        ("ctrl+Next", heading("Trainingswensen"), &[]),
        (
            "Tab",
            &["Welke training spreekt je aan? panel", "Basistraining"],
            &[],
        ),
        (
            "Down",
            &["Training huwelijksdwang", "selected radio button"],
            &[],
        ),
        (
            "Tab",
            &[
                "Wat willen medewerkers leren? panel",
                "check box not checked required",
            ],
            &[],
        ),
        ("space", &["checked"], &["not checked"]),
        (
            "ctrl+Next",
            heading("Je vragen en de planning van het overleg"),
            &[],
        ),
        (
            "Tab",
            &[
                "Welke vragen wil je bespreken? panel",
                "Hoe maak ik beleid tegen huwelijksdwang? check box checked",
            ],
            &[],
        ),
        ("ctrl+Next", heading("Overzicht van je antwoorden"), &[]),
        // Every required answer given: the first link is the first answer, not one still open.
        (
            "Tab",
            &["Naam van de gemeente of organisatie: Gemeente Walk link"],
            &["nog open"],
        ),
        ("ctrl+Next", heading("Behoefteprofiel"), &[]),
        ("Tab", &["Dit volgt uit je antwoorden."], &[]),
        ("Down", &["In de aankondiging van 15 februari 2021"], &[]),
        ("Down", &["In één oogopslag heading level 2"], &[]),
        (
            "End",
            &["Samenwerking met zelforganisaties: Ja, af en toe."],
            &[],
        ),
        ("ctrl+Next", heading("Voorbeeld gespreksnotitie"), &[]),
        ("sleep:2", &[], &[]),
        (
            "Tab",
            &[
                "Taal van de notitie panel",
                "Nederlands",
                "selected radio button",
            ],
            &[],
        ),
        ("Tab", &["E-mail als bijlage toevoegen check box"], &[]),
        ("Tab", &["Gespreksnotitie exporteren… push button"], &[]),
        (
            "Tab",
            &["Gespreksnotitie als Word-document… push button"],
            &[],
        ),
        ("Tab", &["Kopieer als tekst push button"], &[]),
        (
            "Tab",
            &[
                "Gespreksnotitie — overleg met de Alliantie Verandering van Binnenuit heading level 2",
            ],
            &[],
        ),
        ("Down", &["Organisatie: Gemeente Walk"], &[]),
        ("Down", &["Type organisatie: Sociaal (wijk)team"], &[]),
        (
            "ctrl+e",
            &[
                "Gespreksnotitie exporteren dialog",
                "Pad van het bestand entry",
            ],
            &[],
        ),
        ("ctrl+a", &["selected"], &[]),
        (&type_brief, &[], &[]),
        ("Return", &exported, &[]),
        ("sleep:2", &[], &[]),
        // Escape closes it, and the focus is back where it was.
        ("Escape", &["Type organisatie: Sociaal (wijk)team"], &[]),
        (
            "ctrl+s",
            &["Profiel opslaan dialog", "Antwoorden Gemeente Walk.ron"],
            &[],
        ),
        ("ctrl+a", &["selected"], &[]),
        (&type_saved, &[], &[]),
        ("Return", &["Opgeslagen: walk.ron"], &[]),
        ("sleep:2", &[], &[]),
        // The menu bar: the message is not read again on every item.
        ("F10", &["menu", "Bestand"], &["Opgeslagen"]),
        ("Return", &["Nieuw profiel Ctrl+N"], &["Opgeslagen"]),
        ("Up", &["Afsluiten"], &["Opgeslagen"]),
        ("Return", &[CLOSES], &[]),
        ("sleep:2", &[], &[]),
    ];
    walk(home.path(), &steps);
    if !home.path().join("orca-out").exists() {
        return; // skipped: no Orca here (hear says why)
    }
    assert!(brief.is_file(), "the brief was not written");
    // Started again on the file saved: every typed answer is read from its field.
    let reopened: Vec<(&str, &[&str], &[&str])> = vec![
        ("sleep:3", &[], &[]),
        (
            "Tab",
            &["Naam van de gemeente of organisatie entry Gemeente Walk required"],
            &[],
        ),
        (
            "Tab",
            &[
                "Type organisatie panel",
                "Sociaal (wijk)team",
                "selected radio button",
            ],
            &[],
        ),
        ("Tab", &["Afdeling of team entry"], &[]),
        (
            "Tab",
            &["Naam contactpersoon entry Sam de Boer required"],
            &[],
        ),
        ("Tab", &["Functie contactpersoon entry"], &[]),
        (
            "Tab",
            &["E-mailadres contactpersoon (werk) entry sam@example.nl required"],
            &[],
        ),
        ("Tab", &["Telefoonnummer contactpersoon (werk) entry"], &[]),
        ("Tab", &["Hoeveel inwoners telt je werkgebied? panel"], &[]),
        (
            "Tab",
            &[
                "Voor wie is de training? panel",
                "Sociaal werkers check box checked",
            ],
            &[],
        ),
        ("Tab", &["Aantal deelnemers entry 25 required"], &[]),
    ];
    std::fs::remove_dir_all(home.path().join("orca-out")).unwrap();
    walk_with(home.path(), &reopened, &[&saved]);
}

/// Issue 32: the example, *Na het overleg*'s verslag read and exported, and two profiles
/// compared: the table's rows, the filter and the tabs, and the combined picture (*Samen*)
/// read item by item.
#[test]
#[expect(
    clippy::too_many_lines,
    reason = "a table of steps: each key with what Orca must say after it"
)]
fn a_screen_reader_user_reads_the_example_the_verslag_and_a_comparison() {
    let home = tempfile::tempdir().unwrap();
    let (a, b) = (home.path().join("a.ron"), home.path().join("b.ron"));
    std::fs::copy(profiles::example_path(), &a).unwrap();
    let other =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/blind-31/ggd-forced-marriage.ron");
    std::fs::copy(other, &b).unwrap();
    let verslag = home.path().join("verslag.pdf");
    let type_verslag = format!("type:{}", verslag.display());
    let said_verslag = format!("Het document (1 pagina) staat in: {}", verslag.display());
    let exported = ["Verslag klaar dialog", said_verslag.as_str()];
    let (type_a, type_b) = (
        format!("type:{}", a.display()),
        format!("type:{}", b.display()),
    );
    let mut steps: Vec<(&str, &[&str], &[&str])> = vec![
        ("sleep:3", &[], &[]),
        ("Tab", &["Profiel openen… push button"], &[]),
        ("Tab", &["Voorbeeld bekijken push button"], &[]),
        ("Return", heading("Je organisatie"), &[]),
        ("sleep:2", &[], &[]),
    ];
    for title in [
        "Inwoners en signalen",
        "Samenwerking met zelforganisaties",
        "Huwelijksdwang en achterlating",
        "LHBT bespreekbaar maken",
        "Empowerment van vrouwen met een vluchtelingenachtergrond",
        "Trainingswensen",
        "Je vragen en de planning van het overleg",
        "Overzicht van je antwoorden",
        "Behoefteprofiel",
        "Voorbeeld gespreksnotitie",
        "Na het overleg",
        "Verslag van het overleg",
    ] {
        steps.push(("ctrl+Next", heading(title), &[]));
        steps.push(("sleep:2", &[], &[]));
    }
    let more: Vec<(&str, &[&str], &[&str])> = vec![
        (
            "Tab",
            &[
                "Taal van het verslag panel",
                "Nederlands",
                "selected radio button",
            ],
            &[],
        ),
        ("Tab", &["Verslag exporteren (PDF)… push button"], &[]),
        ("Tab", &["Verslag als Word-document… push button"], &[]),
        ("Tab", &["Kopieer als tekst push button"], &[]),
        ("Tab", &["Na het overleg push button"], &[]),
        (
            "Tab",
            &["Verslag — overleg met de Alliantie Verandering van Binnenuit heading level 2"],
            &[],
        ),
        ("Down", &["Organisatie: Gemeente Voorbeeld"], &[]),
        ("Down", &["Contactpersoon: Sanne de Vries"], &[]),
        ("shift+Tab", &["Na het overleg push button"], &[]),
        ("shift+Tab", &["Kopieer als tekst push button"], &[]),
        (
            "shift+Tab",
            &["Verslag als Word-document… push button"],
            &[],
        ),
        ("shift+Tab", &["Verslag exporteren (PDF)… push button"], &[]),
        (
            "space",
            &["Verslag exporteren dialog", "Pad van het bestand entry"],
            &[],
        ),
        ("ctrl+a", &["selected"], &[]),
        (&type_verslag, &[], &[]),
        ("Return", &exported, &["pagina's"]),
        ("sleep:2", &[], &[]),
        ("Escape", &["Verslag exporteren (PDF)… push button"], &[]),
        ("F10", &["menu", "Bestand"], &[]),
        ("Return", &["Nieuw profiel Ctrl+N"], &[]),
        ("Down", &["Nieuw profiel op basis van dit profiel"], &[]),
        ("Down", &["Openen… Ctrl+O"], &[]),
        ("Down", &["Opslaan Ctrl+S"], &[]),
        ("Down", &["Opslaan als… Ctrl+Shift+S"], &[]),
        ("Down", &["Voorbeeld bekijken"], &[]),
        ("Down", &["Gespreksnotitie exporteren… Ctrl+E"], &[]),
        ("Down", &["Gespreksnotitie als Word-document…"], &[]),
        ("Down", &["Verslag exporteren (PDF)…"], &[]),
        ("Down", &["Verslag als Word-document…"], &[]),
        ("Down", &["Profielen vergelijken…"], &[]),
        (
            "Return",
            &[
                "Profielen vergelijken dialog",
                "Paden van de profielen, één per regel (twee of meer) entry",
            ],
            &[],
        ),
        (&type_a, &[], &[]),
        ("Return", &[SILENT], &[]),
    ];
    steps.extend(more);
    let last: Vec<(&str, &[&str], &[&str])> = vec![
        (&type_b, &[], &[]),
        // The table's first row, spoken as a row: the question and each profile's answer.
        (
            "ctrl+Return",
            &[
                "Organisatie, antwoorden verschillen.",
                "Gemeente Voorbeeld: Gemeente Voorbeeld; GGD Regio Rivierenland-Oost",
            ],
            &["check box", "aangevinkt", "checked"],
        ),
        ("sleep:2", &[], &[]),
        (
            "Down",
            &[
                "Type organisatie, antwoorden verschillen.",
                "GGD of jeugdgezondheidszorg",
            ],
            &["checked"],
        ),
        ("Down", &["Afdeling of team"], &["checked"]),
        (
            "shift+Tab",
            &["Alleen verschillen", "check box not checked"],
            &[],
        ),
        ("shift+Tab", &["Antwoorden page tab"], &[]),
        ("Right", &["Behoeften per profiel page tab"], &[]),
        ("Right", &["Samen page tab"], &[]),
        ("Tab", &["Thema's heading level 2"], &[]),
        (
            "Down",
            &["Huwelijksdwang en achterlating: hoogste 3", "bij 2 van 2"],
            &[],
        ),
        ("Down", &["LHBT bespreekbaar maken: hoogste 2"], &[]),
    ];
    steps.extend(last);
    walk(home.path(), &steps);
    if home.path().join("orca-out").exists() {
        assert!(verslag.is_file(), "the verslag was not written");
    }
}
