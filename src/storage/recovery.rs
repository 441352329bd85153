//! Recovery copies of unsaved work: one per window, in the app's data folder, each beside a lock
//! file that its window holds while it runs. A copy whose lock is free belongs to a window that
//! is gone (crashed, killed, logged out): only such copies are offered, newest first, and a
//! window removes only its own copy or one it took over.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::Deserialize;

use super::{LoadError, RECOVERY_LIMIT, SaveError, read_text, ron_error, write_atomic};
use crate::model::{Profile, Questionnaire};

/// A copy of unsaved work, written a few seconds after each change, for after a crash.
#[derive(Clone, Debug, PartialEq, serde::Serialize, Deserialize)]
pub struct Recovery {
    /// RFC 3339 date and time of the copy.
    pub saved_at: String,
    /// The file the work came from, if it had one.
    pub original: Option<PathBuf>,
    pub profile: Profile,
}

/// The prefix of the files of one window: `venster-<pid>-<nanoseconds>.ron` and `.lock`.
const PREFIX: &str = "venster-";
const COPY: &str = "ron";
const LOCK: &str = "lock";

/// The folder that holds the recovery copies.
#[derive(Clone, Debug)]
pub struct RecoveryDir {
    dir: PathBuf,
}

impl RecoveryDir {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The platform's data folder for the app, `herstel` in it.
    pub fn platform() -> Option<Self> {
        directories::ProjectDirs::from("nl", "", "Behoeftewijzer")
            .map(|d| Self::new(d.data_dir().join("herstel")))
    }

    /// Where copies go when the data folder cannot be written: a folder of this user's own in
    /// the system's temporary folder, `behoeftewijzer-herstel-<user>`, mode 0700. `None` when it
    /// cannot be made, or is not safely this user's (a link, someone else's, open to others).
    pub fn fallback() -> Option<Self> {
        let user: String = std::env::var("USER")
            .or_else(|_| std::env::var("USERNAME"))
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(32)
            .collect();
        Self::fallback_in(&std::env::temp_dir(), &user)
    }

    /// [`RecoveryDir::fallback`] under `base`, for `user`.
    pub fn fallback_in(base: &Path, user: &str) -> Option<Self> {
        let dir = if user.is_empty() {
            base.join("behoeftewijzer-herstel")
        } else {
            base.join(format!("behoeftewijzer-herstel-{user}"))
        };
        #[cfg(unix)]
        let builder = {
            let mut builder = fs::DirBuilder::new();
            std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
            builder
        };
        #[cfg(not(unix))]
        let builder = fs::DirBuilder::new();
        match builder.create(&dir) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(_) => return None,
        }
        let meta = fs::symlink_metadata(&dir).ok()?;
        if !meta.is_dir() {
            return None;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
            // Who we are, without `unsafe`: the owner of a file we just made.
            let probe = tempfile::NamedTempFile::new_in(&dir).ok()?;
            let own = probe.as_file().metadata().ok()?.uid();
            if meta.uid() != own || meta.permissions().mode() & 0o077 != 0 {
                return None;
            }
        }
        Some(Self::new(dir))
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Claims a place for this window's copy: a lock file, locked for as long as the returned
    /// slot lives (the system releases it when the process ends, however it ends).
    pub fn claim(&self) -> io::Result<Slot> {
        fs::create_dir_all(&self.dir)?;
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let id = format!("{PREFIX}{}-{nanos:x}", std::process::id());
        let lock_path = self.dir.join(format!("{id}.{LOCK}"));
        let lock = open_lock(&lock_path, true)?;
        lock.try_lock().map_err(io::Error::other)?;
        Ok(Slot {
            copy: self.dir.join(format!("{id}.{COPY}")),
            lock_path,
            _lock: lock,
        })
    }

    /// The copies whose window is gone, newest first. Lock files of gone windows without a copy
    /// are cleaned up on the way. Also lists `herstel.ron` beside the folder: the single copy
    /// that older versions of the app kept.
    pub fn orphans(&self) -> Vec<Orphan> {
        let mut found = Vec::new();
        if let Some(legacy) = self.dir.parent().map(|p| p.join("herstel.ron"))
            && legacy.is_file()
        {
            found.push(Orphan::new(legacy, None));
        }
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return found;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let is_ours = path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(PREFIX));
            if !is_ours {
                continue;
            }
            match path.extension().and_then(|e| e.to_str()) {
                Some(COPY) => {
                    let lock = path.with_extension(LOCK);
                    if !is_held(&lock) {
                        found.push(Orphan::new(path, Some(lock)));
                    }
                }
                Some(LOCK) if !path.with_extension(COPY).exists() && !is_held(&path) => {
                    // A window that ended with nothing unsaved, or a copy taken over.
                    let _ = fs::remove_file(&path);
                }
                _ => {}
            }
        }
        found.sort_by_key(|o| std::cmp::Reverse(o.modified));
        found
    }
}

/// Opens (and with `create`, creates) a lock file, readable by its owner only.
fn open_lock(path: &Path, create: bool) -> io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.read(true).write(true).create(create);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Whether a running window holds the lock at `path`. A missing lock file is held by nobody.
fn is_held(path: &Path) -> bool {
    match open_lock(path, false) {
        Ok(file) => matches!(file.try_lock(), Err(fs::TryLockError::WouldBlock)),
        Err(_) => false,
    }
}

/// This window's place for its copy. While it lives, other windows leave the copy alone.
#[derive(Debug)]
pub struct Slot {
    copy: PathBuf,
    lock_path: PathBuf,
    _lock: File,
}

impl Slot {
    /// Where this window's copy goes.
    pub fn copy_path(&self) -> &Path {
        &self.copy
    }

    /// Writes this window's copy (atomically, readable by its owner only).
    pub fn save(&self, recovery: &Recovery) -> Result<(), SaveError> {
        save_copy(&self.copy, recovery)
    }

    /// Removes this window's copy; a copy that is already gone is fine.
    pub fn remove(&self) {
        remove_copy(&self.copy);
    }
}

impl Slot {
    /// At the end of the window: with nothing unsaved it leaves nothing behind; with a copy
    /// it leaves the lock file too, released by the system, so the copy is offered next time.
    pub fn tidy(&self) {
        if !self.copy.exists() {
            let _ = fs::remove_file(&self.lock_path);
        }
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.tidy();
    }
}

/// A copy whose window is gone, not yet taken over.
#[derive(Clone, Debug)]
pub struct Orphan {
    copy: PathBuf,
    lock: Option<PathBuf>,
    modified: Option<SystemTime>,
}

impl Orphan {
    fn new(copy: PathBuf, lock: Option<PathBuf>) -> Self {
        let modified = fs::metadata(&copy).and_then(|m| m.modified()).ok();
        Self {
            copy,
            lock,
            modified,
        }
    }

    pub fn path(&self) -> &Path {
        &self.copy
    }

    /// Takes the copy over: locks it against other windows, then reads it. `Ok(None)` when
    /// another window took it first, or it is gone.
    pub fn take(&self, questionnaire: &Questionnaire) -> Result<Option<Claimed>, LoadError> {
        let lock = match &self.lock {
            Some(path) => {
                let Ok(file) = open_lock(path, true) else {
                    return Ok(None);
                };
                if file.try_lock().is_err() {
                    return Ok(None);
                }
                Some(file)
            }
            None => None,
        };
        let recovery = match load_copy(&self.copy, questionnaire) {
            Err(LoadError::Io(e)) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            other => other?,
        };
        Ok(Some(Claimed {
            recovery,
            copy: self.copy.clone(),
            lock_path: self.lock.clone(),
            _lock: lock,
        }))
    }
}

/// A copy this window took over, locked until it is dropped.
#[derive(Debug)]
pub struct Claimed {
    pub recovery: Recovery,
    copy: PathBuf,
    lock_path: Option<PathBuf>,
    _lock: Option<File>,
}

impl Claimed {
    /// Removes the copy and its lock file: after a discard, or once its work is safe in this
    /// window's own copy.
    pub fn remove(self) {
        remove_copy(&self.copy);
        if let Some(lock) = &self.lock_path {
            let _ = fs::remove_file(lock);
        }
    }
}

/// Writes a recovery copy at `path` (atomically, creating the folder, for its owner's eyes only).
pub fn save_copy(path: &Path, recovery: &Recovery) -> Result<(), SaveError> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let text = ron::ser::to_string_pretty(recovery, ron::ser::PrettyConfig::new().depth_limit(3))
        .map_err(|e| SaveError::Serialize(e.to_string()))?;
    // A copy the app could not read back would be no copy at all.
    let (size, limit) = (text.len() as u64, RECOVERY_LIMIT);
    if size > limit {
        return Err(SaveError::TooLarge { size, limit });
    }
    write_atomic(path, text.as_bytes())?;
    // A full copy of the work: for its owner's eyes only, whatever an older copy allowed.
    #[cfg(unix)]
    fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    Ok(())
}

/// Reads the recovery copy at `path`, if it fits the questionnaire.
pub fn load_copy(path: &Path, questionnaire: &Questionnaire) -> Result<Recovery, LoadError> {
    // One profile, with a little room for the copy's own fields.
    let text = read_text(path, RECOVERY_LIMIT)?;
    parse_copy(&text, questionnaire)
}

/// Reads a recovery copy from its text, if it fits the questionnaire.
pub(crate) fn parse_copy(text: &str, questionnaire: &Questionnaire) -> Result<Recovery, LoadError> {
    let mut recovery: Recovery = ron::from_str(text).map_err(ron_error)?;
    recovery.profile.upgrade(questionnaire)?;
    recovery.profile.validate(questionnaire)?;
    Ok(recovery)
}

/// Removes a recovery copy; a copy that is already gone is fine.
fn remove_copy(path: &Path) {
    match fs::remove_file(path) {
        Ok(()) => log::info!("removed a recovery copy"),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => {
            log::warn!("could not remove a recovery copy ({:?})", e.kind());
            log::debug!("could not remove the recovery copy {}: {e}", path.display());
        }
    }
}
