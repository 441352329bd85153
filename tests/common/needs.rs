//! What a test needs from outside Rust: a program (LibreOffice, Orca, poppler, Xvfb), root, or
//! a file system that can do something (issue 33). Every test asks here, and nowhere else.
//!
//! Where the need is met the test runs. Where it is not, the skip is written to
//! `target/tmp/skips.txt` (which `.ci/run` prints at the end) and, when `CI` is set (`.ci/run`
//! sets it), the test **fails**, unless the README lists that skip as expected, with why: a
//! line starting "- Expected skip:" that names the test in backticks. Outside CI (a fresh machine
//! with only Rust, as the README's `cargo test` allows) the test says why and passes.

use std::io::Write as _;
use std::path::Path;
use std::process::Command;

/// Whether the test may go on: `met` says whether `what` is there; `how` says how to get it.
/// See the module's comment for what happens when it is not.
pub fn need(what: &str, met: bool, how: &str) -> bool {
    if met {
        return true;
    }
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a test");
    let line = format!("{test}: needs {what} ({how})");
    record(&line);
    if std::env::var_os("CI").is_some() {
        assert!(
            expected(test),
            "skipped in CI: {line}. CI must run every test; install what it needs in .ci/run, or \
             list the skip in the README as expected, with why"
        );
    }
    eprintln!("skipped: {line}");
    false
}

/// Whether the program `tool` can be found on `PATH`.
pub fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// [`need`] of the program `tool`, where `package` says where it comes from.
pub fn tool(tool: &str, package: &str) -> bool {
    need(tool, have(tool), &format!("{package}; .ci/run installs it"))
}

/// [`need`] of every one of `tools` (all are checked and named together).
pub fn tools(tools: &[&str], packages: &str) -> bool {
    let missing: Vec<&str> = tools.iter().copied().filter(|t| !have(t)).collect();
    need(
        &missing.join(", "),
        missing.is_empty(),
        &format!("{packages}; .ci/run installs them"),
    )
}

/// Whether this process runs as root (mounting, device nodes, immutable files).
pub fn is_root() -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let Ok(probe) = tempfile::NamedTempFile::new() else {
            return false;
        };
        probe.as_file().metadata().is_ok_and(|m| m.uid() == 0)
    }
    #[cfg(not(unix))]
    false
}

/// [`need`] of root, for `why`.
pub fn as_root(why: &str) -> bool {
    need("root", is_root(), why)
}

/// The file of this run's skips, in Cargo's scratch folder for integration tests.
pub fn skips_file() -> &'static Path {
    Path::new(concat!(env!("CARGO_TARGET_TMPDIR"), "/skips.txt"))
}

fn record(line: &str) {
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(skips_file())
        .and_then(|mut f| writeln!(f, "{line}"));
    if let Err(e) = written {
        eprintln!(
            "the skip could not be recorded in {}: {e}",
            skips_file().display()
        );
    }
}

/// Whether the README lists a skip of `test` as expected.
fn expected(test: &str) -> bool {
    let readme = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let listed = std::fs::read_to_string(readme).unwrap_or_default();
    let name = test.rsplit("::").next().unwrap_or(test);
    listed
        .lines()
        .any(|l| l.starts_with("- Expected skip: `") && l.contains(&format!("`{name}`")))
}
