//! Open and save profile files (RON): a size limit, format versions, atomic writes, and errors
//! that say what went wrong, where, in the user's language.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::profile::{FORMAT_VERSION, QuestionnaireChanges};
use crate::model::{Profile, Questionnaire};

mod error;
mod recovery;
pub mod table;
mod write;
pub use error::{LoadError, SaveError};
pub use recovery::{Claimed, Orphan, Recovery, RecoveryDir, Slot, load_copy, save_copy};
#[cfg(feature = "test-hooks")]
pub use write::simulate_slow_disk;
pub use write::{
    KeptBackup, OutputKind, Refusal, check_output, with_required_extension, write_atomic,
};

/// Profiles larger than this are refused before they are read. A complete profile with long
/// answers is a few kilobytes.
pub const MAX_PROFILE_BYTES: u64 = 1024 * 1024;

/// The complete example (a fictional municipality), built into the program so an installed
/// app can show it (*Voorbeeld bekijken*, issue 23) without a file of its own.
pub const EXAMPLE_RON: &str = include_str!("../../assets/examples/voorbeeld-compleet.ron");

/// The largest recovery copy: a profile at its limit, with room for the copy's own fields.
pub(crate) const RECOVERY_LIMIT: u64 = MAX_PROFILE_BYTES + 64 * 1024;

/// The file name extension of profiles.
pub const EXTENSION: &str = "ron";

#[derive(Deserialize)]
struct VersionProbe {
    format_version: u32,
}

pub use crate::words::text::shown;

pub(crate) fn ron_error(e: ron::error::SpannedError) -> LoadError {
    let (line, column) = (e.span.start.line, e.span.start.col);
    match e.code {
        ron::Error::Message(m) if m.starts_with(crate::model::profile::DUPLICATE_ANSWER) => {
            LoadError::DuplicateAnswer {
                question: m[crate::model::profile::DUPLICATE_ANSWER.len()..].to_owned(),
                line,
            }
        }
        // A file that stops in the middle of a string was cut off too.
        ron::Error::Eof | ron::Error::ExpectedStringEnd => LoadError::Truncated { line, column },
        ron::Error::MissingStructField { field, .. } => LoadError::MissingPart(field),
        // Nested deeper than any profile: damaged or edited by hand, still a profile.
        ron::Error::ExceededRecursionLimit => LoadError::TooDeep { line, column },
        // Not the shape of a profile: another kind of data.
        ron::Error::ExpectedDifferentStructName { .. }
        | ron::Error::ExpectedStructLike
        | ron::Error::ExpectedNamedStructLike(_) => LoadError::NotAProfile(String::new()),
        code => LoadError::Syntax {
            line,
            column,
            message: code.to_string(),
        },
    }
}

/// Whether `text` holds nothing but comments and white space.
fn is_only_comments(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .all(|l| l.is_empty() || l.starts_with("//"))
}

/// Reads a profile from text and checks it against the questionnaire.
pub fn parse(text: &str, questionnaire: &Questionnaire) -> Result<Profile, LoadError> {
    parse_with_changes(text, questionnaire).map(|(p, _)| p)
}

/// Brings the text of an older file format up to the current one; each format adds its step
/// here, with a fixture under `tests/fixtures/`. Format 2 only added the meeting, which a
/// format-1 file reads as empty: its text needs no change (the version is set after reading).
fn migrate_format(text: &str, version: u32) -> Result<std::borrow::Cow<'_, str>, LoadError> {
    match version {
        1 | FORMAT_VERSION => Ok(std::borrow::Cow::Borrowed(text)),
        other => Err(LoadError::NotAProfile(format!("format_version {other}"))),
    }
}

/// Reads a profile, brings it up to the current file format and questionnaire, and says what
/// changed in the questionnaire since the profile was made.
pub fn parse_with_changes(
    text: &str,
    questionnaire: &Questionnaire,
) -> Result<(Profile, Option<QuestionnaireChanges>), LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    // First the version alone, so a newer file is named as such even if its shape changed.
    let probe: VersionProbe = ron::from_str(text).map_err(|e| match ron_error(e) {
        // Not even the opening of a profile: some other file, not a damaged profile.
        LoadError::Syntax {
            line: 1, column, ..
        } if column <= 2 => LoadError::NotAProfile(String::new()),
        // Without a version there is no profile at all (a file of comments, another format).
        LoadError::MissingPart(_) => LoadError::NotAProfile(String::new()),
        // Only comments or white space: nothing of a profile in it.
        LoadError::Truncated { .. } if is_only_comments(text) => {
            LoadError::NotAProfile(String::new())
        }
        other => other,
    })?;
    if probe.format_version > FORMAT_VERSION {
        return Err(LoadError::NewerFormat {
            found: probe.format_version,
            supported: FORMAT_VERSION,
        });
    }
    let text = migrate_format(text, probe.format_version)?;
    let mut profile: Profile = ron::from_str(&text).map_err(ron_error)?;
    let changes = profile.upgrade(questionnaire)?;
    profile.validate(questionnaire)?;
    Ok((profile, changes))
}

/// Whether the file at `path` is a profile to this app: the one answer every writer asks
/// before it writes over a file (issue 30). It is when the app's own loader opens it as a
/// profile or a recovery copy (in every encoding and syntax the loader accepts), and also when
/// the loader takes it for a profile it cannot open: damaged, from a newer version, edited by
/// hand, or in an old encoding. Not when it is no text, empty, too large to open, or text that
/// is no profile (a CSV, a note).
pub fn is_profile_file(path: &Path) -> bool {
    let q = Questionnaire::builtin();
    let text = match read_text(path, RECOVERY_LIMIT) {
        Ok(text) => text,
        // An old editor's encoding: the officer can save it again as UTF-8 and open it.
        Err(LoadError::Encoding(_)) => {
            let bytes = fs::read(path).unwrap_or_default();
            return write::reads_as_profile(&bytes);
        }
        Err(_) => return false,
    };
    match parse_with_changes(&text, q) {
        Err(LoadError::NotAProfile(_) | LoadError::Empty) => {
            recovery::parse_copy(&text, q).is_ok() || write::reads_as_profile(text.as_bytes())
        }
        // Opened, or a profile that cannot be opened as it is.
        Ok(_) | Err(_) => true,
    }
}

/// Opens a profile file: refuses files over [`MAX_PROFILE_BYTES`] before reading them.
pub fn load(path: &Path, questionnaire: &Questionnaire) -> Result<Profile, LoadError> {
    load_with_changes(path, questionnaire).map(|(p, _)| p)
}

/// A file left out of a comparison, and why.
#[derive(Debug)]
pub struct Skipped {
    pub path: PathBuf,
    pub error: LoadError,
}

/// Opens the profiles of a comparison (issue 13): older questionnaire versions migrated as for
/// a single profile; a file that cannot be read is left out with its reason, the rest still
/// count. Each path is opened once, however often it was given. They come in the order a
/// person sorts their names, numbers by their value ("gemeente-2" before "gemeente-10"),
/// whatever order the shell or the file window gave them in.
pub fn load_entries(
    paths: &[PathBuf],
    questionnaire: &Questionnaire,
) -> (Vec<crate::model::combine::Entry>, Vec<Skipped>) {
    let mut entries = Vec::new();
    let mut skipped = Vec::new();
    let mut seen: Vec<PathBuf> = Vec::new();
    let mut paths: Vec<&PathBuf> = paths.iter().collect();
    paths.sort_by(|a, b| alphanumeric_sort::compare_str(a.to_string_lossy(), b.to_string_lossy()));
    for path in paths {
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        match load(path, questionnaire) {
            Ok(profile) => entries.push(crate::model::combine::Entry::new(
                path.display().to_string(),
                profile,
            )),
            Err(error) => skipped.push(Skipped {
                path: path.clone(),
                error,
            }),
        }
    }
    (entries, skipped)
}

/// Opens a profile file, and says what changed in the questionnaire since it was made.
pub fn load_with_changes(
    path: &Path,
    questionnaire: &Questionnaire,
) -> Result<(Profile, Option<QuestionnaireChanges>), LoadError> {
    let text = read_text(path, MAX_PROFILE_BYTES)?;
    parse_with_changes(&text, questionnaire)
}

/// Opens a profile file, says what changed in the questionnaire since it was made, and stamps
/// what was read: one read of the file for both (issue 30: an open read it twice).
pub fn load_stamped(
    path: &Path,
    questionnaire: &Questionnaire,
) -> Result<(Profile, Option<QuestionnaireChanges>, Stamp), LoadError> {
    let bytes = read_bytes(path, MAX_PROFILE_BYTES)?;
    let stamp = stamp_of(&bytes);
    let text = decode(bytes)?;
    let (profile, changes) = parse_with_changes(&text, questionnaire)?;
    Ok((profile, changes, stamp))
}

/// Reads a text file of at most `limit` bytes: the size is checked before reading, and no more
/// than one byte past the limit is ever read, in case the file grows meanwhile.
pub(crate) fn read_text(path: &Path, limit: u64) -> Result<String, LoadError> {
    decode(read_bytes(path, limit)?)
}

/// The bytes of a file of at most `limit` bytes, as [`read_text`] reads them.
fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, LoadError> {
    write::slow_disk();
    let meta = fs::metadata(path)?;
    // A pipe would make the read wait forever, a folder cannot be read: say so at once.
    if !meta.is_file() {
        return Err(LoadError::NotAFile);
    }
    let size = meta.len();
    if size > limit {
        return Err(LoadError::TooLarge { size, limit });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    io::Read::read_to_end(
        &mut io::Read::take(fs::File::open(path)?, limit + 1),
        &mut bytes,
    )?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// The text of a file: UTF-8, with or without a byte-order mark (Notepad writes one), or UTF-16
/// with one (Notepad's "Unicode"). Other bytes are refused, naming Windows-1252 when they look
/// like it, so the officer knows what to change.
fn decode(bytes: Vec<u8>) -> Result<String, LoadError> {
    decode_bytes(bytes).map(|text| normalise_line_ends(&text))
}

/// Line ends as `\n`: Windows' `\r\n` and old Mac's lone `\r` (with which a `//` comment would
/// swallow the rest of the file).
fn normalise_line_ends(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_owned()
    }
}

/// UTF-16 without a byte-order mark: ASCII text in it has a NUL in every other byte, on the
/// same side. `Some(true)` for big-endian, `Some(false)` for little-endian.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = bytes.len() / 2;
    let even_nul = bytes.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_nul = bytes.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    // Most characters of a profile are ASCII (its ids and keys); answers may not be.
    if odd_nul * 10 >= pairs * 6 && even_nul * 20 <= pairs {
        Some(false)
    } else if even_nul * 10 >= pairs * 6 && odd_nul * 20 <= pairs {
        Some(true)
    } else {
        None
    }
}

fn decode_bytes(bytes: Vec<u8>) -> Result<String, LoadError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8(rest.to_vec()).map_err(|_| LoadError::NotText);
    }
    let utf16 = |rest: &[u8], big_endian: bool| {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| {
                if big_endian {
                    u16::from_be_bytes([c[0], c[1]])
                } else {
                    u16::from_le_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16(&units).map_err(|_| LoadError::NotText)
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, false);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, true);
    }
    if let Some(big_endian) = utf16_without_bom(&bytes) {
        return utf16(&bytes, big_endian);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let bytes = e.as_bytes();
            // Text from an old Windows editor: no NUL, control characters only as white space,
            // and the bytes above 127 are letters such as é (0xE9) or ë (0xEB).
            let text_like = bytes
                .iter()
                .all(|b| !b.is_ascii_control() || matches!(b, b'\n' | b'\r' | b'\t'));
            if text_like {
                Err(LoadError::Encoding("Windows-1252"))
            } else {
                Err(LoadError::NotText)
            }
        }
    }
}

/// The profile as the text of a `.ron` file, with a short comment on top.
pub fn to_text(profile: &Profile) -> Result<String, SaveError> {
    let body = ron::ser::to_string_pretty(profile, ron::ser::PrettyConfig::new().depth_limit(2))
        .map_err(|e| SaveError::Serialize(e.to_string()))?;
    Ok(format!(
        "// Behoeftewijzer: antwoorden / answers (the needs profile is derived from them).\n\
         // Answers by question id; see guides/ for the format.\n{body}\n"
    ))
}

/// Saves atomically: writes a temporary file in the same folder, syncs it, then renames it over
/// the target. On failure the old file is left as it was.
pub fn save(path: &Path, profile: &Profile) -> Result<(), SaveError> {
    let text = to_text(profile)?;
    let size = text.len() as u64;
    if size > MAX_PROFILE_BYTES {
        return Err(SaveError::TooLarge {
            size,
            limit: MAX_PROFILE_BYTES,
        });
    }
    write_atomic(path, text.as_bytes())?;
    Ok(())
}

/// What a file on disk was when the app last read or wrote it: to notice that someone else (another
/// window, another computer) saved it since. Two stamps are equal when the file holds the same
/// bytes: a file written again with what it held (a backup put back after a failed save, a
/// copy tool that touches the time) is no one else's version (issue 30).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    hash: u64,
}

/// The stamp of the file at `path` now, if it can be read.
pub fn stamp(path: &Path) -> Option<Stamp> {
    fs::read(path).ok().map(|bytes| stamp_of(&bytes))
}

/// The stamp of bytes read from a file.
fn stamp_of(bytes: &[u8]) -> Stamp {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    Stamp {
        len: bytes.len() as u64,
        hash: hasher.finish(),
    }
}

/// A free name beside `path` for a copy of one's own version: "naam (mijn versie).ron", then
/// "naam (mijn versie 2).ron", and so on.
pub fn beside(path: &Path, label: &str) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(|| "profiel".into(), |s| s.to_string_lossy().into_owned());
    (1..=999)
        .map(|n| {
            let name = if n == 1 {
                format!("{stem} ({label}).{EXTENSION}")
            } else {
                format!("{stem} ({label} {n}).{EXTENSION}")
            };
            path.with_file_name(name)
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| path.with_extension("kopie.ron"))
}

/// A typed path without an extension gets the profile's (`.ron`). Exports get theirs from
/// [`with_required_extension`].
pub fn with_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(EXTENSION)
    } else {
        path
    }
}
