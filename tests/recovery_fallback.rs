//! A recovery folder that cannot be written is visible (issue 18, item 3): the window said
//! nothing (only standard error did), and a kill then lost all typed work. Now the copies go to
//! a fallback folder of the user's own, and a lasting notice says so; where that fails too, the
//! notice says to save. The folder is made read-only for real: a read-only tmpfs where the test
//! runs as root (root ignores permission bits), else `chmod 0555`; the full disk is a small
//! tmpfs.

#![cfg(unix)]
// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use behoeftewijzer::app::{App, FileDialogs, Settings};
use behoeftewijzer::lang::Lang;
use behoeftewijzer::storage::RecoveryDir;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const NAME: &str = "Naam van de gemeente of organisatie";

fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt as _;
    let probe = tempfile::NamedTempFile::new().unwrap();
    probe.as_file().metadata().unwrap().uid() == 0
}

/// A folder mounted as tmpfs with `options`, unmounted on drop.
struct Mounted(tempfile::TempDir);

impl Mounted {
    fn new(options: &str) -> Option<Self> {
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(Self(dir))
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).status();
    }
}

/// A folder this process cannot write: a read-only mount as root, else mode 0555.
fn read_only_folder(keep: &mut Vec<Mounted>) -> Option<PathBuf> {
    if is_root() {
        let Some(mounted) = Mounted::new("ro,size=64k") else {
            eprintln!("skipped: this machine would not mount a tmpfs");
            return None;
        };
        let path = mounted.0.path().to_path_buf();
        keep.push(mounted);
        Some(path)
    } else {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap().keep();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
        Some(dir)
    }
}

fn window(dir: PathBuf, fallback: Option<RecoveryDir>) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size([1100.0, 900.0])
        .with_step_dt(0.25)
        .build_eframe(move |_cc| {
            App::with_settings(Settings::default(), FileDialogs::Typed, None)
                .with_recovery_dirs(Some(RecoveryDir::new(&dir)), fallback.clone())
        });
    h.run();
    h.get_by_label("Nieuw profiel").click_accesskit();
    h.run();
    h
}

/// Types a name, then lets egui's clock run past the autosave delay.
fn type_and_wait(h: &mut Harness<'static, App>, text: &str) {
    let field = h.get_by_label(NAME);
    field.focus();
    field.type_text(text);
    h.run();
    h.run_steps(20);
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
    let mut h = window(read_only.join("herstel"), Some(fallback));
    h.get_by_label_contains("Herstelkopieën lukken niet in de gewone map");
    type_and_wait(&mut h, "Gemeente Terugval");
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
    let h = window(read_only.join("herstel"), None);
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
    if !is_root() {
        eprintln!("skipped: mounting a small tmpfs needs root");
        return;
    }
    let Some(disk) = Mounted::new("size=64k") else {
        eprintln!("skipped: this machine would not mount a tmpfs");
        return;
    };
    let base = tempfile::tempdir().unwrap();
    let fallback = RecoveryDir::fallback_in(base.path(), "test").unwrap();
    let fallback_path = fallback.path().to_path_buf();
    let mut h = window(disk.0.path().join("herstel"), Some(fallback));
    assert!(h.state().recovery_problem(Lang::Nl).is_none());
    // The disk fills up while the window is open.
    {
        use std::io::Write as _;
        let mut filler = std::fs::File::create(disk.0.path().join("vulling")).unwrap();
        while filler.write_all(&[0u8; 4096]).is_ok() {}
    }
    type_and_wait(&mut h, "Gemeente Vol");
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
