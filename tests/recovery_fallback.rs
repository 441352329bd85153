//! A recovery folder that cannot be written is visible (issue 18, item 3): the window said
//! nothing (only standard error did), and a kill then lost all typed work. Now the copies go to
//! a fallback folder of the user's own, and a lasting notice says so; where that fails too, the
//! notice says to save. The folder is made read-only for real: a read-only tmpfs where the test
//! runs as root (root ignores permission bits), else `chmod 0555`; the full disk is a small
//! tmpfs.

#![cfg(unix)]
// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use behoeftewijzer::lang::Lang;
use behoeftewijzer::storage::RecoveryDir;
use egui_kittest::kittest::Queryable;

use common::mounts::Mounted;

const NAME: &str = "Naam van de gemeente of organisatie";

/// A folder this process cannot write: a read-only mount as root, else mode 0555.
fn read_only_folder(keep: &mut Vec<Mounted>) -> Option<PathBuf> {
    if common::needs::is_root() {
        let mounted = Mounted::tmpfs("ro,size=64k")?;
        let path = mounted.path().to_path_buf();
        keep.push(mounted);
        Some(path)
    } else {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap().keep();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
        Some(dir)
    }
}

fn copies_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .map(|p| std::fs::read_to_string(p).unwrap_or_default())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_read_only_recovery_folder_falls_back_and_says_so() {
    use std::os::unix::fs::PermissionsExt as _;
    let mut mounts = Vec::new();
    let Some(read_only) = read_only_folder(&mut mounts) else {
        return;
    };
    let base = tempfile::tempdir().unwrap();
    let fallback = RecoveryDir::fallback_in(base.path(), "test").unwrap();
    let fallback_path = fallback.path().to_path_buf();
    let mut h = common::start()
        .recovery(&read_only.join("herstel"), Some(fallback))
        .step_dt(0.25)
        .new_profile()
        .build();
    h.get_by_label_contains("Herstelkopieën lukken niet in de gewone map");
    common::type_and_wait(&mut h, NAME, "Gemeente Terugval");
    let copies = copies_in(&fallback_path);
    assert!(
        copies.iter().any(|c| c.contains("Gemeente Terugval")),
        "no copy in the fallback folder: {copies:?}"
    );
    let mode = std::fs::metadata(&fallback_path)
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700, "the fallback folder is not private");
    let notice = h.state().recovery_problem(Lang::Nl).unwrap();
    assert!(
        notice.contains(&fallback_path.display().to_string()),
        "{notice}"
    );
    // The whole story is one button away, with the folder.
    h.get_by_label_contains("Meer uitleg").click_accesskit();
    h.run();
    h.get_by_label_contains(&fallback_path.display().to_string());
    h.get_by_label("OK").click_accesskit();
    h.run();
    // The notice stays: it is still true that copies cannot go where they should.
    h.run_steps(40);
    h.get_by_label_contains("Herstelkopieën lukken niet");
}

#[test]
fn without_any_place_for_copies_the_window_says_to_save() {
    let mut mounts = Vec::new();
    let Some(read_only) = read_only_folder(&mut mounts) else {
        return;
    };
    let h = common::start()
        .recovery(&read_only.join("herstel"), None)
        .step_dt(0.25)
        .new_profile()
        .build();
    h.get_by_label_contains("Herstelkopieën lukken niet. Sla je werk op met Ctrl+S");
    assert!(
        h.state()
            .recovery_problem(Lang::Nl)
            .unwrap()
            .contains("de map kan niet worden beschreven")
    );
    assert!(
        h.state()
            .recovery_problem(Lang::En)
            .unwrap()
            .contains("Save your work with Ctrl+S")
    );
}

#[test]
fn a_disk_that_fills_up_later_moves_the_copies_and_says_so() {
    let Some(disk) = Mounted::tmpfs("size=64k") else {
        return;
    };
    let base = tempfile::tempdir().unwrap();
    let fallback = RecoveryDir::fallback_in(base.path(), "test").unwrap();
    let fallback_path = fallback.path().to_path_buf();
    let mut h = common::start()
        .recovery(&disk.path().join("herstel"), Some(fallback))
        .step_dt(0.25)
        .new_profile()
        .build();
    assert!(h.state().recovery_problem(Lang::Nl).is_none());
    // The disk fills up while the window is open.
    {
        use std::io::Write as _;
        let mut filler = std::fs::File::create(disk.path().join("vulling")).unwrap();
        while filler.write_all(&[0u8; 4096]).is_ok() {}
    }
    common::type_and_wait(&mut h, NAME, "Gemeente Vol");
    let notice = h.state().recovery_problem(Lang::Nl).unwrap_or_default();
    assert!(notice.contains("de schijf is vol"), "{notice}");
    h.get_by_label_contains("Herstelkopieën lukken niet in de gewone map");
    assert!(
        copies_in(&fallback_path)
            .iter()
            .any(|c| c.contains("Gemeente Vol")),
        "the work is in no copy"
    );
}

#[test]
fn a_fallback_folder_someone_else_prepared_is_not_used() {
    use std::os::unix::fs::PermissionsExt as _;
    // The fallback lives in a shared temporary folder: a folder planted there under the
    // expected name, open to others or a link, is refused.
    let base = tempfile::tempdir().unwrap();
    let planted = base.path().join("behoeftewijzer-herstel-test");
    std::fs::create_dir(&planted).unwrap();
    std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o777)).unwrap();
    assert!(RecoveryDir::fallback_in(base.path(), "test").is_none());
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(
        elsewhere.path(),
        base.path().join("behoeftewijzer-herstel-link"),
    )
    .unwrap();
    assert!(RecoveryDir::fallback_in(base.path(), "link").is_none());
    assert!(RecoveryDir::fallback_in(base.path(), "eigen").is_some());
}
