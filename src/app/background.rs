//! Opening a profile and writing an export on a thread of their own (issue 30, item 7), as
//! saving does (`saving.rs`): the window waits a moment ([`QUICK`]); on a healthy disk the
//! result is there by then and is taken up at once, as before. Otherwise the status line says
//! "Openen…" or "Exporteren…", the window draws on and takes keys and clicks, and a later frame
//! takes the result up. One such job at a time; a second asks to wait.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::Duration;

use super::App;
use super::derived::Scanned;
use crate::brief::Brief;
use crate::clock::local_now;
use crate::model::profile::QuestionnaireChanges;
use crate::model::{Profile, Questionnaire};
use crate::storage;
use crate::ui::modal::Dialog;

/// How long the window waits for a job before it draws on: a frame or two.
const QUICK: Duration = Duration::from_millis(120);

/// How often a frame looks for the job's result while it runs.
const POLL: Duration = Duration::from_millis(100);

/// A profile as read from its file, with what the privacy check found in it.
pub(super) type Opened = Result<
    (
        Profile,
        Option<QuestionnaireChanges>,
        storage::Stamp,
        Scanned,
    ),
    storage::LoadError,
>;

/// A profile being read and checked on a thread of its own: started by *Openen*, or for the
/// file named on the command line before the window is made (`App::run_window`), so that the
/// window's first frame finds it read and checked (issue 35).
pub(super) struct Reading {
    path: PathBuf,
    result: Receiver<Opened>,
}

impl Reading {
    /// Starts reading `path` with the questionnaire `q` gives (on the thread: the built-in one
    /// may still be on its way at the start).
    pub(super) fn start<Q>(path: &Path, q: Q) -> Self
    where
        Q: Fn() -> &'static Questionnaire + Send + Clone + 'static,
    {
        let (to, here, q_here) = (path.to_path_buf(), path.to_path_buf(), q.clone());
        let result = spawn(
            "open",
            move || read_and_check(&to, q()),
            move || read_and_check(&here, q_here()),
        );
        Self {
            path: path.to_path_buf(),
            result,
        }
    }
}

/// The profile at `path` with its privacy check.
fn read_and_check(path: &Path, q: &Questionnaire) -> Opened {
    let (profile, changes, stamp) = storage::load_stamped(path, q)?;
    let scanned = Scanned::of(q, &profile);
    Ok((profile, changes, stamp, scanned))
}

/// The profiles of a comparison as read, and the files left out.
type Loaded = (Vec<crate::model::combine::Entry>, Vec<storage::Skipped>);

/// What an export came to.
pub(super) enum Exported {
    /// A PDF: what it is ("Verslag"), its pages, and what its fonts could not show.
    Pdf {
        name: String,
        pages: usize,
        note: Option<String>,
    },
    /// The comparison table.
    Table,
}

/// Why an export was not written.
pub(super) enum NotExported {
    Refused(storage::Refusal),
    Failed(crate::export::ExportError),
}

/// A job on its way to or from the disk.
pub(super) enum Job {
    Open {
        path: PathBuf,
        result: Receiver<Opened>,
    },
    Export {
        path: PathBuf,
        result: Receiver<Result<Exported, NotExported>>,
    },
    Compare {
        result: Receiver<Loaded>,
    },
}

/// What an export writes, made in the window (the document is built there).
pub(super) enum Output {
    Pdf(Brief),
    Table(Vec<u8>),
}

impl App {
    /// Whether a job is on its way; says so in the status line when `tell`.
    pub(super) fn busy(&mut self, tell: bool) -> bool {
        let busy = self.job.is_some() || self.saving.is_some();
        if busy && tell {
            self.notice = Some(trs!(self.lang(), "files-still-busy").to_owned());
        }
        busy
    }

    /// Opens the profile at `path` on a thread of its own; the result is taken up at once when
    /// it comes quickly, else by a later frame.
    pub fn open_path(&mut self, path: &Path) {
        if self.busy(true) {
            return;
        }
        let q = self.q;
        self.take_reading(Reading::start(path, move || q));
    }

    /// Takes up `reading` as the job: at once when it is done within [`QUICK`].
    pub(super) fn take_reading(&mut self, reading: Reading) {
        let Reading { path, result } = reading;
        self.job = Some(Job::Open { path, result });
        self.poll_job(QUICK);
    }

    /// Reads the profiles at `paths` on a thread of its own, then shows them side by side.
    pub fn compare_paths(&mut self, paths: &[PathBuf]) {
        if self.busy(true) {
            return;
        }
        let q = self.q;
        let (there, here) = (paths.to_vec(), paths.to_vec());
        let result = spawn(
            "compare",
            move || storage::load_entries(&there, q),
            move || storage::load_entries(&here, q),
        );
        self.job = Some(Job::Compare { result });
        self.poll_job(QUICK);
    }

    /// Writes `output` to `path` on a thread of its own (after the checks of where it may go,
    /// there too), then offers to open a PDF or says where the table went.
    pub(super) fn export_in_background(&mut self, path: &Path, output: Output) {
        if self.busy(true) {
            return;
        }
        let inputs = self.inputs();
        let to = path.to_path_buf();
        let ui_lang = self.lang();
        let work = move || {
            let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
            let kind = match output {
                Output::Pdf(_) => crate::export::Format::of(&to).kind(),
                Output::Table(_) => storage::OutputKind::Csv,
            };
            storage::check_output(&to, kind, &inputs, true).map_err(NotExported::Refused)?;
            match &output {
                Output::Pdf(brief) => crate::export::document(brief, &to, local_now())
                    .map(|r| Exported::Pdf {
                        name: document_name(brief, ui_lang),
                        pages: r.pages,
                        note: r.report.message(brief.lang),
                    })
                    .map_err(NotExported::Failed),
                Output::Table(bytes) => crate::export::csv(bytes, &to)
                    .map(|()| Exported::Table)
                    .map_err(NotExported::Failed),
            }
        };
        let result = spawn_once("export", work);
        self.job = Some(Job::Export {
            path: path.to_path_buf(),
            result,
        });
        self.poll_job(QUICK);
    }

    /// Takes up the job's result if it has come within `wait`; otherwise says that it runs.
    pub(super) fn poll_job(&mut self, wait: Duration) {
        let Some(job) = self.job.take() else {
            return;
        };
        match job {
            Job::Open { path, result } => {
                if let Some(opened) = receive(&result, wait) {
                    self.opened(&path, opened);
                } else {
                    self.waiting(trs!(self.lang(), "files-opening"));
                    self.job = Some(Job::Open { path, result });
                }
            }
            Job::Compare { result } => {
                if let Some((entries, skipped)) = receive(&result, wait) {
                    self.notice = None;
                    self.compared(entries, skipped);
                } else {
                    self.waiting(trs!(self.lang(), "files-opening"));
                    self.job = Some(Job::Compare { result });
                }
            }
            Job::Export { path, result } => {
                if let Some(done) = receive(&result, wait) {
                    self.exported(path, done);
                } else {
                    self.waiting(trs!(self.lang(), "files-exporting"));
                    self.job = Some(Job::Export { path, result });
                }
            }
        }
    }

    /// Says what the job on its way is doing, unless the user was just told that another one
    /// has to wait for it: that says more, and is kept.
    fn waiting(&mut self, doing: &str) {
        if self.notice.as_deref() != Some(trs!(self.lang(), "files-still-busy")) {
            self.notice = Some(doing.to_owned());
        }
    }

    /// Once a frame: the job's result if it came, and a wake-up while it runs.
    pub(super) fn job_tick(&mut self, ctx: &egui::Context) {
        self.poll_job(Duration::ZERO);
        if self.job.is_some() {
            ctx.request_repaint_after(POLL);
        }
    }

    /// Waits for the file job on its way however long it takes: at start, where the file named
    /// on the command line is open before the first frame, and for callers that need the
    /// result before they go on.
    pub fn finish_job(&mut self) {
        while self.job.is_some() {
            self.poll_job(Duration::from_hours(1));
        }
    }

    /// Whether a job is on its way (for the status line and tests).
    pub fn is_busy_with_a_file(&self) -> bool {
        self.job.is_some()
    }

    fn exported(&mut self, path: PathBuf, done: Result<Exported, NotExported>) {
        let lang = self.lang();
        self.notice = None;
        match done {
            Ok(Exported::Pdf { name, pages, note }) => {
                log::debug!("exported a document to {}", path.display());
                self.dialog = Some(Dialog::Exported {
                    name,
                    path,
                    pages,
                    note,
                });
            }
            Ok(Exported::Table) => {
                self.notice = Some(format!(
                    "{} {}",
                    trs!(lang, "app-compare-table-saved"),
                    path.display()
                ));
            }
            Err(NotExported::Refused(refusal)) => {
                self.dialog = Some(Dialog::about_file(
                    trs!(lang, "files-not-saved"),
                    &refusal.message(lang),
                    &path,
                ));
            }
            Err(NotExported::Failed(e)) => {
                log::error!("an export failed: {e}");
                let title = trs!(lang, "files-could-not-export");
                self.dialog = Some(Dialog::about_file(title, &e.message(lang), &path));
            }
        }
    }
}

/// What a document is, in the window's language (which may differ from the document's): the
/// verslag, the regional brief or the brief, known by the document's title.
fn document_name(brief: &Brief, ui_lang: crate::lang::Lang) -> String {
    let doc = brief.lang;
    if brief.title == tr!(doc, "report-title") {
        trs!(ui_lang, "modal-name-report").to_owned()
    } else if brief.title == tr!(doc, "regional-title") {
        trs!(ui_lang, "modal-name-regional").to_owned()
    } else {
        trs!(ui_lang, "modal-name-brief").to_owned()
    }
}

/// The result of `work` on a thread named `name`; where no thread can be had, `here` runs in
/// this one.
fn spawn<T: Send + 'static>(
    name: &str,
    work: impl FnOnce() -> T + Send + 'static,
    here: impl FnOnce() -> T,
) -> Receiver<T> {
    let (send, result) = std::sync::mpsc::channel();
    let sender = send.clone();
    let spawned = std::thread::Builder::new()
        .name(name.into())
        .spawn(move || {
            let _ = sender.send(work());
        });
    if let Err(e) = spawned {
        log::warn!("no thread to {name} ({:?}): in the window", e.kind());
        let _ = send.send(here());
    }
    result
}

/// [`spawn`] for work that can only run once: where no thread can be had, the job fails.
fn spawn_once<T, E>(
    name: &str,
    work: impl FnOnce() -> Result<T, E> + Send + 'static,
) -> Receiver<Result<T, E>>
where
    T: Send + 'static,
    E: Send + 'static + From<std::io::Error>,
{
    spawn(name, work, || {
        Err(E::from(std::io::Error::other("no thread could be started")))
    })
}

impl From<std::io::Error> for NotExported {
    fn from(e: std::io::Error) -> Self {
        NotExported::Failed(crate::export::ExportError::Write(storage::SaveError::Io(e)))
    }
}

/// The job's result if it comes within `wait` (at once for zero); a thread that ended without
/// a word counts as a result too, so nothing waits for ever.
fn receive<T>(result: &Receiver<T>, wait: Duration) -> Option<T>
where
    T: FromLost,
{
    if wait.is_zero() {
        match result.try_recv() {
            Ok(t) => Some(t),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(T::lost()),
        }
    } else {
        match result.recv_timeout(wait) {
            Ok(t) => Some(t),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(T::lost()),
        }
    }
}

/// A job's result when its thread ended without one (it panicked).
trait FromLost {
    fn lost() -> Self;
}

fn lost_error() -> std::io::Error {
    std::io::Error::other("the job ended unexpectedly")
}

impl FromLost for Opened {
    fn lost() -> Self {
        Err(storage::LoadError::Io(lost_error()))
    }
}

impl FromLost for Loaded {
    fn lost() -> Self {
        (Vec::new(), Vec::new())
    }
}

impl FromLost for Result<Exported, NotExported> {
    fn lost() -> Self {
        Err(NotExported::from(lost_error()))
    }
}
