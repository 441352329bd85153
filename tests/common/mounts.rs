//! File systems of a test's own, mounted on a fresh folder and unmounted on drop: a small tmpfs
//! (a full disk, a read-only one) and a loop-mounted ext4 image (a file made immutable with
//! `chattr +i`, which the file system CI clones into may not have). Both need root; they ask
//! through [`super::needs`], so a missing one fails in CI.

use std::path::Path;
use std::process::Command;

use super::needs;

/// A folder with a file system of its own, unmounted (and its image removed) on drop.
pub struct Mounted {
    dir: tempfile::TempDir,
    /// The ext4 image behind a loop mount, kept until after the unmount.
    _image: Option<tempfile::TempDir>,
}

impl Mounted {
    /// A tmpfs mounted with `options` (for example `size=64k` or `ro,size=64k`).
    pub fn tmpfs(options: &str) -> Option<Self> {
        if !needs::as_root("mounting a small tmpfs") {
            return None;
        }
        let dir = tempfile::tempdir().ok()?;
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        needs::need("a tmpfs mount", mounted, "mount -t tmpfs as root")
            .then_some(Self { dir, _image: None })
    }

    /// An 8 MiB ext4 file system on a loop device: it has the immutable flag.
    pub fn ext4() -> Option<Self> {
        if !needs::as_root("mounting an ext4 image") || !needs::tool("mkfs.ext4", "e2fsprogs") {
            return None;
        }
        let image_dir = tempfile::tempdir().ok()?;
        let image = image_dir.path().join("ext4.img");
        let made = std::fs::File::create(&image)
            .and_then(|f| f.set_len(8 << 20))
            .is_ok()
            && Command::new("mkfs.ext4")
                .args(["-q", "-F"])
                .arg(&image)
                .status()
                .is_ok_and(|s| s.success());
        let dir = tempfile::tempdir().ok()?;
        let mounted = made
            && Command::new("mount")
                .args(["-o", "loop"])
                .arg(&image)
                .arg(dir.path())
                .status()
                .is_ok_and(|s| s.success());
        needs::need(
            "a loop-mounted ext4 image",
            mounted,
            "mount -o loop as root",
        )
        .then_some(Self {
            dir,
            _image: Some(image_dir),
        })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}
