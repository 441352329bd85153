//! Writing files safely: atomic replacement through a temporary file that nobody else can
//! plant or redirect, hard-linked files written in place with a restorable backup, and the
//! checks every output (brief, regional brief, table) passes before it may be written.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use crate::lang::Lang;

/// An error that left a backup of the old content behind: the write and the restore both
/// failed, so the user must know where the old version is (in their message; the log gets no
/// path). Carried inside an [`io::Error`].
#[derive(Debug, thiserror::Error)]
#[error("{}: the old file could not be put back; a backup was kept", error_for_log(.source))]
pub struct KeptBackup {
    pub backup: PathBuf,
    pub source: io::Error,
}

/// The target is something other than a regular file (a folder, a device, a pipe).
#[derive(Debug, thiserror::Error)]
#[error("{}", Refusal::NotRegular.message(Lang::En))]
pub struct NotRegular;

/// The file exists and could not be replaced although its folder can be written: another
/// program holds it, or it is protected.
#[derive(Debug, thiserror::Error)]
#[error("{}", trs!(Lang::En, "write-the-file-is-locked-or-protected"))]
pub struct Locked;

/// Why a file could not be written, in English for the log: as the officer reads it, but a
/// kept backup without its path (paths go to the log at debug level only).
pub(crate) fn error_for_log(e: &io::Error) -> String {
    match e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<KeptBackup>())
    {
        Some(kept) => kept.to_string(),
        None => error_message(e, Lang::En),
    }
}

/// Why a file could not be written, in the user's language; the caller adds the path.
pub(crate) fn error_message(e: &io::Error, lang: Lang) -> String {
    if let Some(kept) = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<KeptBackup>())
    {
        let full = matches!(
            kept.source.kind(),
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
        );
        return tr!(
            lang,
            "write-kept-backup",
            full = if full { "yes" } else { "no" },
            code = system_code(&kept.source, lang),
            backup = kept.backup.display().to_string()
        );
    }
    let inner = |t: &dyn Fn(&(dyn std::error::Error + Send + Sync + 'static)) -> bool| {
        e.get_ref().is_some_and(t)
    };
    if inner(&|i| i.is::<NotRegular>()) {
        return Refusal::NotRegular.message(lang);
    }
    if inner(&|i| i.is::<Locked>()) {
        return trs!(lang, "write-the-file-is-locked-or-protected").into();
    }
    match e.kind() {
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            trs!(lang, "write-no-permission").into()
        }
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
            trs!(lang, "write-the-disk-is-full-free-up").into()
        }
        io::ErrorKind::NotFound => trs!(lang, "write-the-folder-does-not-exist-any").into(),
        io::ErrorKind::NotADirectory => trs!(lang, "write-path-not-a-folder").into(),
        io::ErrorKind::InvalidFilename => trs!(lang, "write-the-file-name-is-too-long").into(),
        _ => format!(
            "{}{}",
            trs!(lang, "write-saving-failed"),
            system_code(e, lang)
        ),
    }
}

/// The system's number for an error nobody worded, for whoever helps the officer (" (fout 5
/// van het systeem)"); the system's own text is English, for the log only.
pub(crate) fn system_code(e: &io::Error, lang: Lang) -> String {
    match e.raw_os_error() {
        Some(code) => format!(
            " {}",
            tr!(lang, "write-system-code", code = code.to_string())
        ),
        None => String::new(),
    }
}

/// How long every write waits before it syncs, and every profile read before it reads, to
/// stand in for a slow or stalled disk in the tests of the window (a network drive that hangs):
/// zero, unless a test sets it. Only with the `test-hooks` feature, which the integration tests
/// turn on (Cargo.toml); a release build has no such hook.
#[cfg(feature = "test-hooks")]
static SLOW_DISK_MS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Makes every following write wait `delay` before it syncs, and every profile read before it
/// reads (for tests; zero turns it off).
#[cfg(feature = "test-hooks")]
pub fn simulate_slow_disk(delay: std::time::Duration) {
    let ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
    SLOW_DISK_MS.store(ms, std::sync::atomic::Ordering::Relaxed);
}

/// The wait a test asked for, if any.
pub(crate) fn slow_disk() {
    #[cfg(feature = "test-hooks")]
    {
        let ms = SLOW_DISK_MS.load(std::sync::atomic::Ordering::Relaxed);
        if ms > 0 {
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
    }
}

/// Writes a file atomically: a temporary file in the target's folder, created exclusively under
/// a random name with mode 0600 (the `tempfile` crate: `O_EXCL`, never through a link), synced,
/// then renamed over the target. On failure the old file is left as it was.
///
/// A symbolic link at `path` is followed: its target gets the new content and the link stays. A
/// target that is not a regular file is refused. The new file keeps the old one's permissions;
/// a new file is readable by its owner only. A file with other names (hard links) is written in
/// place, see [`write_in_place`]. Temporary files that a killed save left behind are removed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let path = &fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let old = match fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, NotRegular));
        }
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    remove_stale_temps(path);
    #[cfg(unix)]
    if old
        .as_ref()
        .is_some_and(|m| std::os::unix::fs::MetadataExt::nlink(m) > 1)
    {
        return write_in_place(path, bytes);
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let prefix = temp_prefix(path);
    let mut temp = temp_builder(&prefix).tempfile_in(dir)?;
    temp.write_all(bytes)?;
    if let Some(old) = &old {
        temp.as_file().set_permissions(old.permissions())?;
    }
    slow_disk();
    temp.as_file().sync_all()?;
    // On failure the temporary file is removed when `temp` drops. The folder took the
    // temporary file, so a refusal now is the file itself: locked, or protected.
    temp.persist(path).map_err(|e| match e.error.kind() {
        io::ErrorKind::PermissionDenied => io::Error::new(io::ErrorKind::PermissionDenied, Locked),
        _ => e.error,
    })?;
    sync_dir(dir);
    Ok(())
}

/// The start of the temporary files' names for `path`: ".name.".
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(|| "profiel".into(), |n| n.to_string_lossy().into_owned());
    format!(".{name}.")
}

/// Temporary files named `prefix` + random + ".tmp", readable by their owner only.
fn temp_builder(prefix: &str) -> tempfile::Builder<'_, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix);
    builder.suffix(".tmp");
    builder.rand_bytes(12);
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600));
    builder
}

/// Makes a rename in `dir` durable (Unix); elsewhere the rename itself is what there is.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Removes this app's temporary files for `path` (`.name.<anything>.tmp`) that are more than a
/// minute old: left by a save that was killed. A save under way is never that old. Only regular
/// files are removed; a link someone planted is left alone (and never written through).
fn remove_stale_temps(path: &Path) {
    // A bare name ("notitie.pdf", a new file the canonical path could not be found for) has
    // the empty path as its parent: the folder is the current one.
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let ours = file_name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .is_some_and(|middle| middle.chars().all(|c| c.is_ascii_alphanumeric()));
        // Only ours are looked at: a folder of many files costs no call to the disk for each
        // (issue 35). `DirEntry::metadata` does not follow links.
        let stale = || {
            entry.metadata().ok().is_some_and(|m| {
                m.is_file()
                    && m.modified()
                        .ok()
                        .and_then(|t| t.elapsed().ok())
                        .is_some_and(|age| age.as_secs() > 60)
            })
        };
        if ours && stale() {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes a file that has other names (hard links) in place, so every name sees the new
/// content; a rename would split them. First the old content is copied to a backup beside it
/// ("naam (reservekopie).ron", created exclusively, mode 0600) and synced. Then the new content
/// is written over the old without truncating first, so a full disk cannot leave a stub. If that
/// fails, the old content is written back; only when that fails too is the backup kept, and the
/// error names it ([`KeptBackup`]).
#[cfg(unix)]
fn write_in_place(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Seek as _;
    let old = fs::read(path)?;
    let (backup_path, mut backup) = create_backup(path)?;
    let backed_up = backup.write_all(&old).and_then(|()| backup.sync_all());
    drop(backup);
    if let Err(e) = backed_up {
        let _ = fs::remove_file(&backup_path);
        return Err(e);
    }
    let mut file = fs::OpenOptions::new().write(true).open(path)?;
    let overwrite = |file: &mut fs::File, content: &[u8]| -> io::Result<()> {
        file.seek(io::SeekFrom::Start(0))?;
        file.write_all(content)?;
        file.set_len(content.len() as u64)?;
        file.sync_all()
    };
    match overwrite(&mut file, bytes) {
        Ok(()) => {
            let _ = fs::remove_file(&backup_path);
            Ok(())
        }
        Err(source) => match overwrite(&mut file, &old) {
            Ok(()) => {
                let _ = fs::remove_file(&backup_path);
                Err(source)
            }
            Err(_) => Err(io::Error::new(
                source.kind(),
                KeptBackup {
                    backup: backup_path,
                    source,
                },
            )),
        },
    }
}

/// A new backup file beside `path`, created exclusively (a name that exists, or a link planted
/// there, is skipped), readable by its owner only.
#[cfg(unix)]
fn create_backup(path: &Path) -> io::Result<(PathBuf, fs::File)> {
    let stem = path
        .file_stem()
        .map_or_else(|| "profiel".into(), |s| s.to_string_lossy().into_owned());
    let extension = path.extension().map_or_else(
        || super::EXTENSION.into(),
        |e| e.to_string_lossy().into_owned(),
    );
    for n in 1..=99 {
        let label = if n == 1 {
            "reservekopie".to_owned()
        } else {
            format!("reservekopie {n}")
        };
        let candidate = path.with_file_name(format!("{stem} ({label}).{extension}"));
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&candidate) {
            Ok(file) => return Ok((candidate, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "no free name for a backup",
    ))
}

/// What an output is, for the checks before it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputKind {
    Pdf,
    Csv,
    /// A Word document.
    Docx,
}

impl OutputKind {
    pub fn extension(self) -> &'static str {
        match self {
            OutputKind::Pdf => "pdf",
            OutputKind::Csv => "csv",
            OutputKind::Docx => "docx",
        }
    }

    /// Whether the start of an existing file is of this kind, as this app writes it: a PDF's
    /// magic; for a CSV, UTF-8 text with the byte-order mark the app's tables start with.
    /// Anything else is replaced only with `force`.
    fn matches(self, head: &[u8]) -> bool {
        match self {
            OutputKind::Pdf => head.starts_with(b"%PDF-"),
            // A zip, as every Office document is.
            OutputKind::Docx => head.starts_with(b"PK\x03\x04"),
            OutputKind::Csv => {
                // (A character cut off at the end of the head is no reason to doubt.)
                head.starts_with(b"\xEF\xBB\xBF") && std::str::from_utf8(head).is_ok_and(|_| true)
                    || std::str::from_utf8(head).is_err_and(|e| e.error_len().is_none())
                        && head.starts_with(b"\xEF\xBB\xBF")
            }
        }
    }
}

/// Why an output may not be written where it was asked.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The target is one of the inputs (the same file, also through a link).
    IsInput,
    /// The target exists and reads as a Behoeftewijzer profile, or is named like one.
    IsProfile,
    /// A folder, a device, a pipe: not a file to write over.
    NotRegular,
    /// The name does not end in the output's extension (allowed with `force`).
    WrongExtension(OutputKind),
    /// An existing file of another kind (allowed with `force`).
    OtherFile(OutputKind),
}

impl Refusal {
    /// The message in the user's language; the caller adds the path.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Refusal::IsInput => trs!(lang, "write-this-is-one-of-the-profiles").into(),
            Refusal::IsProfile => trs!(lang, "write-never-over-a-profile").into(),
            Refusal::NotRegular => trs!(lang, "write-this-is-not-an-ordinary-file").into(),
            Refusal::WrongExtension(kind) => {
                tr!(lang, "write-wrong-extension", ext = kind.extension())
            }
            Refusal::OtherFile(kind) => tr!(
                lang,
                "write-a-file-with-this-name-exists",
                kind = (kind.extension().to_uppercase()).clone()
            ),
        }
    }
}

/// Checks that `kind` may be written at `target`, made from `inputs`. Never over an input
/// (compared by device and inode, so links count), never over anything that reads as a profile
/// or carries its extension, never over a folder or device; with `force`, a wrong extension or
/// an existing file of another kind is allowed.
pub fn check_output(
    target: &Path,
    kind: OutputKind,
    inputs: &[&Path],
    force: bool,
) -> Result<(), Refusal> {
    let extension = target
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    let existing = fs::metadata(target).ok();
    if existing.as_ref().is_some_and(|m| !m.is_file()) {
        // Checked first: a FIFO is never opened, so nothing waits on it.
        return Err(Refusal::NotRegular);
    }
    if existing.is_some() && inputs.iter().any(|input| same_file(input, target)) {
        return Err(Refusal::IsInput);
    }
    if extension.as_deref() == Some(super::EXTENSION) {
        return Err(Refusal::IsProfile);
    }
    if existing.is_some() {
        if super::is_profile_file(target) {
            return Err(Refusal::IsProfile);
        }
        let head = read_head(target);
        if !force && !kind.matches(&head) {
            return Err(Refusal::OtherFile(kind));
        }
    }
    if !force && extension.as_deref() != Some(kind.extension()) {
        return Err(Refusal::WrongExtension(kind));
    }
    Ok(())
}

/// Whether `a` and `b` are one file, also through links and hard links: the same device and
/// inode on Unix, read from the metadata without opening either (an input may be a FIFO);
/// the same volume and file index elsewhere.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        match (fs::metadata(a), fs::metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        same_file::is_same_file(a, b).unwrap_or(false)
    }
}

/// The first 64 KiB of a file (less when it is shorter or cannot be read).
fn read_head(path: &Path) -> Vec<u8> {
    let mut head = Vec::new();
    if let Ok(file) = fs::File::open(path) {
        let _ = io::Read::read_to_end(&mut io::Read::take(file, 64 * 1024), &mut head);
    }
    head
}

/// Whether bytes look like a profile or a recovery copy of this app: text whose first
/// statement, after comments, opens a struct with a `format_version` or a `profile`. For what
/// the loader cannot decide ([`super::is_profile_file`]).
pub(super) fn reads_as_profile(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head));
    let body: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let body = body.trim_start();
    body.starts_with('(') && (body.contains("format_version:") || body.contains("profile: ("))
}

/// `path` ending in `extension`: added when the name has another or none ("notitie.v2" becomes
/// "notitie.v2.pdf"). For the window, whose dialogs name the kind of file already.
pub fn with_required_extension(path: PathBuf, extension: &str) -> PathBuf {
    let has = path
        .extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(extension));
    if has {
        return path;
    }
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(extension);
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_kept_backup_is_named_in_the_message_in_both_languages() {
        // The write and the restore both failed: the only place the old version is left must
        // be in the message (the restore failing cannot be made to happen in a test).
        let error = io::Error::new(
            io::ErrorKind::StorageFull,
            KeptBackup {
                backup: PathBuf::from("/map/profiel (reservekopie).ron"),
                source: io::Error::from(io::ErrorKind::StorageFull),
            },
        );
        let nl = error_message(&error, Lang::Nl);
        assert!(
            nl.starts_with("De schijf is vol, en het oude bestand"),
            "{nl}"
        );
        assert!(!nl.contains("niet veranderd"), "{nl}");
        assert!(
            nl.ends_with("staat veilig in: /map/profiel (reservekopie).ron"),
            "{nl}"
        );
        let en = error_message(&error, Lang::En);
        assert!(en.contains("The previous version is safe in: /map/profiel (reservekopie).ron"));
        let locked = io::Error::new(io::ErrorKind::PermissionDenied, Locked);
        assert!(error_message(&locked, Lang::Nl).contains("vergrendeld"));
    }

    #[test]
    fn a_required_extension_is_added_to_any_other() {
        let p = |s: &str| with_required_extension(PathBuf::from(s), "pdf");
        assert_eq!(p("a/notitie"), PathBuf::from("a/notitie.pdf"));
        assert_eq!(p("a/notitie.v2"), PathBuf::from("a/notitie.v2.pdf"));
        assert_eq!(p("a/notitie.PDF"), PathBuf::from("a/notitie.PDF"));
    }

    #[test]
    fn profiles_and_recovery_copies_are_recognised_by_their_opening() {
        assert!(reads_as_profile(
            b"// Behoeftewijzer\n(\n    format_version: 1,\n)"
        ));
        assert!(reads_as_profile(
            b"(saved_at: \"x\", original: None, profile: (format_version: 1))"
        ));
        assert!(!reads_as_profile(b"Onderdeel;Vraag\n1;format_version:"));
        assert!(!reads_as_profile(b"%PDF-1.7"));
    }
}
