//! Nothing lost or leaked where outputs go (issue 18, items 1, 2, 4, 7 and 9): the real binary
//! and the real storage code against real links, hard links, FIFOs, devices, a full disk (a
//! small tmpfs, where the test runs as root) and links planted where temporary files go.

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
#[cfg(unix)]
use std::process::Command;

use behoeftewijzer::model::{Answer, Questionnaire};
use behoeftewijzer::storage;

mod common;
use common::bin;
use common::profiles;

fn arg(p: &Path) -> String {
    p.to_str().unwrap().to_owned()
}

/// The example as another organisation (and department), in `dir`.
fn organisation(dir: &Path, file: &str, name: &str, department: &str) -> PathBuf {
    let text = std::fs::read_to_string(profiles::example_path()).unwrap();
    let changed = text.replacen(
        "Text(\"Gemeente Voorbeeld\")",
        &format!("Text(\"{name}\")"),
        1,
    );
    assert_ne!(text, changed, "the example changed");
    // A file from before profile ids.
    let changed: String = changed
        .lines()
        .filter(|l| !l.trim_start().starts_with("id: "))
        .flat_map(|l| [l, "\n"])
        .collect();
    let changed = match changed.find("\"organisatie.afdeling\": Text(\"") {
        Some(at) => {
            let start = at + "\"organisatie.afdeling\": Text(\"".len();
            let end = start + changed[start..].find('"').unwrap();
            format!("{}{department}{}", &changed[..start], &changed[end..])
        }
        None => panic!("the example has no department"),
    };
    let path = dir.join(file);
    std::fs::write(&path, changed).unwrap();
    path
}

/// Opens the profile at `p`, gives the organisation another name and saves it there, as Ctrl+S
/// does; returns what was saved. (Its tests plant Unix links.)
#[cfg(unix)]
fn save_renamed(p: &Path) -> behoeftewijzer::model::Profile {
    let mut profile = storage::load(p, Questionnaire::builtin()).unwrap();
    profile.set(
        "organisatie.naam",
        Some(Answer::Text("Gemeente Nieuw".into())),
    );
    storage::save(p, &profile).unwrap();
    profile
}

#[test]
fn a_forgotten_csv_name_never_takes_a_profile() {
    // Item 1: `compare --csv a.ron b.ron c.ron` wrote the table over a.ron and exited 0.
    let dir = tempfile::tempdir().unwrap();
    let a = organisation(dir.path(), "a.ron", "Gemeente Noord", "Sociaal domein");
    let b = organisation(dir.path(), "b.ron", "Gemeente Zuid", "Sociaal domein");
    let c = organisation(dir.path(), "c.ron", "Gemeente West", "Sociaal domein");
    let link = dir.path().join("link.csv");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&a, &link).unwrap();
    let before = std::fs::read(&a).unwrap();
    let cases: Vec<Vec<String>> = vec![
        vec!["compare".into(), "--csv".into(), arg(&a), arg(&b), arg(&c)],
        vec!["compare".into(), arg(&a), arg(&b), "--csv".into(), arg(&a)],
        vec![
            "compare".into(),
            arg(&a),
            arg(&b),
            "--csv".into(),
            arg(&a),
            "--force".into(),
        ],
        vec![
            "compare".into(),
            arg(&a),
            arg(&b),
            "--csv".into(),
            arg(&link),
        ],
        vec![
            "compare".into(),
            arg(&a),
            arg(&b),
            "--brief".into(),
            arg(&link),
            "--force".into(),
        ],
    ];
    for args in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, out) = bin::run(&args);
        assert_eq!(code, 2, "{args:?}: {out}");
        assert!(out.contains("Niet geschreven"), "{args:?}: {out}");
        assert!(!out.contains("Vergeleken profielen"), "{args:?}: {out}");
        assert_eq!(std::fs::read(&a).unwrap(), before, "{args:?} changed a.ron");
    }
    // A table needs a name ending in .csv unless forced; never a profile's name, forced or not.
    let table = dir.path().join("tabel.txt");
    let (code, out) = bin::run(&["compare", &arg(&a), &arg(&b), "--csv", &arg(&table)]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("niet op .csv"), "{out}");
    assert!(!table.exists());
    let (code, out) = bin::run(&[
        "compare",
        &arg(&a),
        &arg(&b),
        "--csv",
        &arg(&table),
        "--force",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(table.exists());
    let new_ron = dir.path().join("nieuw.ron");
    let (code, out) = bin::run(&[
        "compare",
        &arg(&a),
        &arg(&b),
        "--csv",
        &arg(&new_ron),
        "--force",
    ]);
    assert_eq!(code, 2, "{out}");
    assert!(!new_ron.exists());
}

#[cfg(unix)]
#[test]
fn a_brief_never_replaces_a_hard_link_of_its_profile_a_fifo_or_a_device() {
    use std::os::unix::fs::FileTypeExt as _;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("p.ron");
    std::fs::copy(profiles::example_path(), &p).unwrap();
    let before = std::fs::read(&p).unwrap();
    let hard = dir.path().join("out.pdf");
    std::fs::hard_link(&p, &hard).unwrap();
    let (code, out) = bin::run(&["brief", &arg(&p), "-o", &arg(&hard), "--force"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("nooit overschreven"), "{out}");
    assert_eq!(std::fs::read(&p).unwrap(), before);

    // Another profile, not an input: it reads as one, so it is refused all the same.
    let other = dir.path().join("ander-profiel.pdf");
    std::fs::copy(profiles::example_path(), &other).unwrap();
    let (code, out) = bin::run(&["brief", &arg(&p), "-o", &arg(&other), "--force"]);
    assert_eq!(code, 2, "{out}");
    assert_eq!(std::fs::read(&other).unwrap(), before);

    let fifo = dir.path().join("pijp.pdf");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let (code, out) = bin::run(&["brief", &arg(&p), "-o", &arg(&fifo), "--force"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("geen gewoon bestand"), "{out}");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());

    let device = dir.path().join("apparaat.pdf");
    if common::needs::as_root("making a device node") {
        let made = Command::new("mknod")
            .arg(&device)
            .args(["c", "1", "3"])
            .status()
            .is_ok_and(|s| s.success());
        assert!(made, "mknod failed as root");
        let (code, out) = bin::run(&["brief", &arg(&p), "-o", &arg(&device), "--force"]);
        assert_eq!(code, 2, "{out}");
        assert!(
            std::fs::metadata(&device)
                .unwrap()
                .file_type()
                .is_char_device()
        );
    }
}

/// Links planted by "another user" where the old code put its temporary files: `.name.PID.tmp`
/// for the next PIDs, each pointing at a file of the planter's that does not exist yet.
#[cfg(target_os = "linux")]
fn plant_links(dir: &Path, name: &str, loot: &Path, from_pid: u32, count: u32) {
    for pid in from_pid..from_pid + count {
        let link = dir.join(format!(".{name}.{pid}.tmp"));
        std::os::unix::fs::symlink(loot.join(format!("stolen-{pid}")), link).unwrap();
    }
}

#[cfg(target_os = "linux")]
fn loot(loot: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(loot)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect()
}

#[cfg(target_os = "linux")]
#[test]
fn temporary_files_cannot_be_hijacked_by_planted_links() {
    use std::os::unix::fs::PermissionsExt as _;
    // Item 4: another user in a shared folder plants links at the next PIDs' temporary names
    // and receives the brief, with a resident's BSN, in a file of their own.
    let dir = tempfile::tempdir().unwrap();
    let loot_dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("p.ron");
    std::fs::copy(profiles::example_path(), &p).unwrap();
    let out = dir.path().join("notitie.pdf");
    let last: u32 = std::fs::read_to_string("/proc/sys/kernel/ns_last_pid")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(std::process::id());
    plant_links(dir.path(), "notitie.pdf", loot_dir.path(), last + 1, 300);
    let (code, text) = bin::run(&["brief", &arg(&p), "-o", &arg(&out)]);
    assert_eq!(code, 0, "{text}");
    assert!(loot(loot_dir.path()).is_empty(), "the brief leaked");
    let meta = std::fs::symlink_metadata(&out).unwrap();
    assert!(meta.is_file(), "the brief is a link");
    assert_eq!(
        meta.permissions().mode() & 0o777,
        0o600,
        "a new brief is private"
    );

    // In the window's process: a link at this process's temporary name, to a victim file.
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "van iemand anders").unwrap();
    std::os::unix::fs::symlink(
        &victim,
        dir.path()
            .join(format!(".p.ron.{}.tmp", std::process::id())),
    )
    .unwrap();
    plant_links(dir.path(), "p.ron", loot_dir.path(), last + 1, 300);
    let q = Questionnaire::builtin();
    let profile = save_renamed(&p);
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "van iemand anders"
    );
    assert!(
        std::fs::symlink_metadata(&p).unwrap().is_file(),
        "p.ron became a link"
    );
    assert_eq!(storage::load(&p, q).unwrap(), profile);
    assert!(loot(loot_dir.path()).is_empty(), "the profile leaked");
}

#[cfg(unix)]
#[test]
fn a_link_at_the_backup_name_receives_nothing() {
    // Item 4: a dangling link at "p (reservekopie).ron" received a copy of the old profile
    // when a hard-linked profile was saved.
    let dir = tempfile::tempdir().unwrap();
    let loot_dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("p.ron");
    std::fs::copy(profiles::example_path(), &p).unwrap();
    let twin = dir.path().join("gedeeld.ron");
    std::fs::hard_link(&p, &twin).unwrap();
    let stolen = loot_dir.path().join("stolen.ron");
    std::os::unix::fs::symlink(&stolen, dir.path().join("p (reservekopie).ron")).unwrap();
    let q = Questionnaire::builtin();
    let profile = save_renamed(&p);
    assert!(
        !stolen.exists(),
        "the old profile went through the planted link"
    );
    assert_eq!(
        storage::load(&twin, q).unwrap(),
        profile,
        "the hard link sees the save"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("reservekopie") && n != "p (reservekopie).ron")
        .collect();
    assert!(left.is_empty(), "a backup was left behind: {left:?}");
}

/// Fills the disk at `dir`, then frees `free` bytes of it again.
fn fill_leaving(dir: &Path, free: u64) {
    use std::io::Write as _;
    let filler = dir.join("vulling");
    let mut file = std::fs::File::create(&filler).unwrap();
    let block = vec![0x55u8; 4096];
    while file.write_all(&block).is_ok() {}
    let _ = file.sync_all();
    let len = std::fs::metadata(&filler).unwrap().len();
    file.set_len(len.saturating_sub(free)).unwrap();
    file.sync_all().unwrap();
}

#[test]
fn a_full_disk_never_leaves_a_hard_linked_profile_unreadable() {
    // Item 2: a hard-linked profile on a nearly full disk became a 4,096-byte stub that no
    // longer opened; the old version survived only under a name the message did not give.
    let Some(disk) = common::mounts::Mounted::tmpfs("size=256k,mode=0700") else {
        return;
    };
    let q = Questionnaire::builtin();
    let p = disk.path().join("p.ron");
    std::fs::copy(profiles::example_path(), &p).unwrap();
    let twin = disk.path().join("gedeeld.ron");
    std::fs::hard_link(&p, &twin).unwrap();
    let before = std::fs::read(&p).unwrap();
    fill_leaving(disk.path(), 2 * 4096);
    let mut profile = storage::load(&p, q).unwrap();
    profile.set(
        "organisatie.naam",
        Some(Answer::Text(format!("Gemeente {}", "Lang ".repeat(6000)))),
    );
    let error = storage::save(&p, &profile).expect_err("the disk is full");
    let message = error.message(behoeftewijzer::lang::Lang::Nl);
    assert!(message.contains("De schijf is vol"), "{message}");
    assert_eq!(std::fs::read(&p).unwrap(), before, "the profile changed");
    assert_eq!(
        std::fs::read(&twin).unwrap(),
        before,
        "its hard link changed"
    );
    assert!(storage::load(&p, q).is_ok());
    let names: Vec<String> = std::fs::read_dir(disk.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| Path::new(n).extension() != Some("tmp".as_ref())),
        "a temporary file was left: {names:?}"
    );
    // An ordinary (not hard-linked) profile on the full disk: unchanged as well.
    std::fs::remove_file(&twin).unwrap();
    let error = storage::save(&p, &profile).expect_err("the disk is still full");
    assert!(
        error
            .message(behoeftewijzer::lang::Lang::En)
            .contains("has not been changed")
    );
    assert_eq!(std::fs::read(&p).unwrap(), before);
}

#[test]
fn personal_data_stops_every_output_of_the_command_line() {
    // Item 7: `check` exits 3 on personal data, but `brief` wrote it with exit 0 and no word,
    // and `compare --brief --csv` named it but wrote both files (the CSV held the BSN).
    let dir = tempfile::tempdir().unwrap();
    let clean = organisation(dir.path(), "schoon.ron", "Gemeente Noord", "Sociaal domein");
    let leaky = organisation(dir.path(), "lek.ron", "Gemeente Zuid", "Sociaal domein");
    let text = std::fs::read_to_string(&leaky).unwrap();
    let text = text.replacen(
        "Er zijn weinig vaste contacten met zelforganisaties.",
        "Cliënt met BSN 111222333 is bekend.",
        1,
    );
    assert!(text.contains("111222333"), "the example changed");
    std::fs::write(&leaky, text).unwrap();

    let pdf = dir.path().join("notitie.pdf");
    let (code, out) = bin::run(&["brief", &arg(&leaky), "-o", &arg(&pdf)]);
    assert_eq!(code, 3, "{out}");
    assert!(!pdf.exists(), "the brief was written");
    assert!(out.contains("burgerservicenummer"), "{out}");
    assert!(
        !out.contains("111222333"),
        "the data itself was printed: {out}"
    );
    assert!(out.contains("--allow-personal-data"), "{out}");

    let csv = dir.path().join("tabel.csv");
    let regional = dir.path().join("regio.pdf");
    let (code, out) = bin::run(&[
        "compare",
        &arg(&clean),
        &arg(&leaky),
        "--csv",
        &arg(&csv),
        "--brief",
        &arg(&regional),
    ]);
    assert_eq!(code, 3, "{out}");
    assert!(!csv.exists() && !regional.exists(), "an output was written");
    assert!(out.contains("lek.ron"), "{out}");
    assert!(!out.contains("111222333"), "{out}");

    // Allowed on purpose: written, and still said.
    let (code, out) = bin::run(&[
        "brief",
        &arg(&leaky),
        "-o",
        &arg(&pdf),
        "--allow-personal-data",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(pdf.exists());
    assert!(out.contains("burgerservicenummer"), "{out}");
    let (code, out) = bin::run(&[
        "compare",
        &arg(&clean),
        &arg(&leaky),
        "--csv",
        &arg(&csv),
        "--allow-personal-data",
    ]);
    assert_eq!(code, 3, "{out}");
    assert!(csv.exists());
}

#[test]
fn two_teams_or_two_namesakes_are_two_profiles() {
    // Item 9: the same organisation name with another department, or two municipalities of
    // one name, were taken for two versions of one profile: no regional brief, exit 2.
    let dir = tempfile::tempdir().unwrap();
    let jeugd = organisation(dir.path(), "jeugd.ron", "Gemeente Bergen", "Team jeugd");
    let wmo = organisation(dir.path(), "wmo.ron", "Gemeente Bergen", "Team Wmo");
    let regional = dir.path().join("regio.pdf");
    let (code, out) = bin::run(&[
        "compare",
        &arg(&jeugd),
        &arg(&wmo),
        "--brief",
        &arg(&regional),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Vergeleken profielen (2)"), "{out}");
    assert!(regional.exists());

    // One file copied to start the other team's profile: the same id, another department.
    let copy = dir.path().join("wmo-kopie.ron");
    let mut wmo_copy = storage::load(&jeugd, Questionnaire::builtin()).unwrap();
    wmo_copy.id = "gedeelde-id".into();
    storage::save(&copy, &wmo_copy).unwrap();
    wmo_copy.set(
        "organisatie.afdeling",
        Some(Answer::Text("Team Wmo".into())),
    );
    let other = dir.path().join("wmo-uit-kopie.ron");
    storage::save(&other, &wmo_copy).unwrap();
    let (code, out) = bin::run(&["compare", &arg(&copy), &arg(&other)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Vergeleken profielen (2)"), "{out}");

    // Two profiles made apart, each with its own id: two profiles, whatever their names.
    let q = Questionnaire::builtin();
    let with_id = |file: &str, created: &str| {
        let mut p = storage::load(
            &organisation(dir.path(), file, "Gemeente Bergen", "Sociaal domein"),
            q,
        )
        .unwrap();
        let fresh = behoeftewijzer::model::Profile::new(q, created);
        p.id = fresh.id;
        p.modified = created.into();
        let path = dir.path().join(file);
        storage::save(&path, &p).unwrap();
        (path, p)
    };
    let (noord_holland, first) = with_id("bergen-nh.ron", "2026-11-01T10:00:00Z");
    let (limburg, _) = with_id("bergen-l.ron", "2026-11-02T10:00:00Z");
    let (code, out) = bin::run(&["compare", &arg(&noord_holland), &arg(&limburg)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Vergeleken profielen (2)"), "{out}");

    // A later save of one of them keeps its id: now they are two versions.
    let mut later = first.clone();
    later.modified = "2026-11-20T10:00:00Z".into();
    later.set(
        "organisatie.contact_functie",
        Some(Answer::Text("Anna de Boer".into())),
    );
    let later_path = dir.path().join("bergen-nh-later.ron");
    storage::save(&later_path, &later).unwrap();
    let (code, out) = bin::run(&["compare", &arg(&later_path), &arg(&noord_holland)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Wat is er veranderd"), "{out}");
    assert!(!first.id.is_empty() && storage::load(&later_path, q).unwrap().id == first.id);
}

#[cfg(unix)]
#[test]
fn the_windows_export_never_replaces_its_profile_through_a_link() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("p.ron");
    std::fs::copy(profiles::example_path(), &p).unwrap();
    let before = std::fs::read(&p).unwrap();
    let link = dir.path().join("notitie.pdf");
    std::os::unix::fs::symlink(&p, &link).unwrap();
    let mut h = common::start().open(&p).build();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    if h.query_by_label("Toch exporteren").is_some() {
        h.get_by_label("Toch exporteren").click_accesskit();
        h.run();
    }
    let field = h.get_by_label("Pad van het bestand");
    field.focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Pad van het bestand").type_text(&arg(&link));
    h.run();
    h.get_by_label("Exporteren").click_accesskit();
    h.run();
    assert_eq!(
        std::fs::read(&p).unwrap(),
        before,
        "the profile was replaced"
    );
    let shown = format!("{:?}", h.state().dialog());
    assert!(shown.contains("nooit overschreven"), "{shown}");
}
