//! Writes the recovery copy when the process is ended from outside, before it is gone: on
//! SIGTERM and SIGHUP (a logout or shutdown), SIGINT (Ctrl+C in a terminal), and on an `exit`
//! called inside a library, which is how Xlib ends a program whose display connection is lost.
//! Windows has no such signals for a window program; there the copy of at most ten seconds ago
//! is what remains.

use std::sync::{Arc, Mutex, OnceLock};

use super::Shared;
#[cfg(unix)]
use super::lock;

/// The state of the process's window, for the handlers below.
static GUARDED: OnceLock<Arc<Mutex<Shared>>> = OnceLock::new();

/// Installs the handlers, once per process; a second call changes nothing.
pub(super) fn install(shared: Arc<Mutex<Shared>>) {
    let first = GUARDED.set(shared).is_ok();
    #[cfg(unix)]
    if first {
        unix::install();
    }
    #[cfg(not(unix))]
    let _ = first;
}

/// Writes the unsaved work, if any is not in the copy yet.
#[cfg(unix)]
fn flush() {
    if let Some(shared) = GUARDED.get()
        && let Err(e) = lock(shared).flush()
    {
        log::error!("the recovery copy could not be written on exit ({e})");
    }
}

#[cfg(unix)]
mod unix {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use signal_hook::iterator::Signals;

    pub(super) fn install() {
        match Signals::new([SIGTERM, SIGHUP, SIGINT]) {
            Ok(mut signals) => {
                let spawned =
                    std::thread::Builder::new()
                        .name("exit-guard".into())
                        .spawn(move || {
                            if let Some(signal) = signals.forever().next() {
                                log::info!("ended by signal {signal}: writing the recovery copy");
                                super::flush();
                                // As the signal would have ended it: 128 + the signal's number.
                                std::process::exit(128 + signal);
                            }
                        });
                if let Err(e) = spawned {
                    log::error!("no guard for signals ({e})");
                }
            }
            Err(e) => log::error!("no guard for signals ({e})"),
        }
        // SAFETY: `atexit` only records a function pointer. `on_exit` takes no arguments,
        // cannot unwind (a panic in an `extern "C"` function aborts) and only locks a mutex
        // that no thread holds while it calls `exit`.
        #[allow(unsafe_code)]
        let failed = unsafe { libc::atexit(on_exit) } != 0;
        if failed {
            log::error!("no guard for an exit from inside a library");
        }
    }

    /// Runs when the process calls `exit`: after a normal end (nothing left to write then), and
    /// when Xlib ends the program because the display is gone.
    extern "C" fn on_exit() {
        super::flush();
        if let Some(shared) = super::GUARDED.get() {
            super::lock(shared).slot.tidy();
        }
    }
}
