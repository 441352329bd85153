//! Writes the recovery copy when the process is ended from outside, before it is gone: on
//! SIGTERM and SIGHUP (a logout or shutdown), SIGINT (Ctrl+C in a terminal), and on an `exit`
//! called inside a library, which is how Xlib ends a program whose display connection is lost.
//! Windows has no such signals for a window program; there the copy of at most ten seconds ago
//! is what remains. When the display goes away in the middle of a call, the window library
//! (winit) panics instead of calling `exit`: that panic ends the program quietly too, with the
//! copy written and one line that says what happened.

use std::sync::{Arc, Mutex, OnceLock};

use super::Shared;
#[cfg(unix)]
use super::lock;

/// The state of the process's window, for the handlers below: the latest window's (a window
/// that could not draw is followed by one with another renderer).
static GUARDED: Mutex<Option<Arc<Mutex<Shared>>>> = Mutex::new(None);

/// The window state the handlers guard now.
#[cfg(unix)]
fn guarded() -> Option<Arc<Mutex<Shared>>> {
    GUARDED.lock().ok().and_then(|g| g.clone())
}

/// Guards `shared` from now on; installs the handlers once per process.
pub(super) fn install(shared: Arc<Mutex<Shared>>) {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    if let Ok(mut guarded) = GUARDED.lock() {
        *guarded = Some(shared);
    }
    #[cfg(unix)]
    INSTALLED.get_or_init(|| {
        unix::install();
        display_lost_hook();
        watch_display();
    });
    #[cfg(not(unix))]
    INSTALLED.get_or_init(|| ());
}

/// A panic in the window library's X11 or Wayland code is a lost display: the program ends as
/// Xlib would end it (exit code 1, the copy written by the `atexit` guard), with a line in both
/// languages instead of a panic message. Every other panic is reported as before.
#[cfg(unix)]
fn display_lost_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let in_window_library = info.location().is_some_and(|l| {
            let file = l.file();
            file.contains("winit") && (file.contains("x11") || file.contains("wayland"))
        });
        if in_window_library {
            display_lost();
        }
        previous(info);
    }));
}

/// Ends the program when its X server is gone. The graphics driver can spin for ever on a dead
/// connection (Mesa's `eglSwapBuffers`), so neither Xlib's `exit` nor a panic comes: a thread
/// knocks at the local display's socket every two seconds, and when nobody answers any more
/// (a server that crashed leaves its socket file behind), ends the program as Xlib would (exit
/// code 1, the copy written by the `atexit` guard).
#[cfg(unix)]
fn watch_display() {
    let Some(socket) = std::env::var("DISPLAY")
        .ok()
        .as_deref()
        .and_then(local_x_socket)
    else {
        return;
    };
    if !answers(&socket) {
        return;
    }
    let spawned = std::thread::Builder::new()
        .name("display-watch".into())
        .spawn(move || {
            while answers(&socket) {
                std::thread::sleep(std::time::Duration::from_secs(2));
            }
            display_lost();
        });
    if let Err(e) = spawned {
        log::error!("no watch on the display ({e})");
    }
}

/// Whether an X server listens at `socket`: a connection is accepted (and closed at once).
#[cfg(unix)]
fn answers(socket: &std::path::Path) -> bool {
    std::os::unix::net::UnixStream::connect(socket).is_ok()
}

/// The socket of a local X display (":0", ":1.0", "unix:0"): `/tmp/.X11-unix/X0`.
#[cfg(unix)]
fn local_x_socket(display: &str) -> Option<std::path::PathBuf> {
    let number = display
        .strip_prefix("unix")
        .unwrap_or(display)
        .strip_prefix(':')?;
    let number = number.split('.').next()?;
    number
        .chars()
        .all(|c| c.is_ascii_digit())
        .then(|| std::path::PathBuf::from(format!("/tmp/.X11-unix/X{number}")))
}

/// Ends the program after its display went away: one line in both languages, exit code 1.
#[cfg(unix)]
fn display_lost() -> ! {
    say_display_lost();
    std::process::exit(1);
}

/// The line that says the display went away, once per process.
#[cfg(unix)]
fn say_display_lost() {
    static SAID: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if SAID.swap(true, std::sync::atomic::Ordering::SeqCst) {
        return;
    }
    log::error!("the connection to the display was lost");
    eprintln!(
        "Behoeftewijzer: de verbinding met het scherm is verbroken; niet-opgeslagen werk staat in de herstelkopie.\n\
         Behoeftewijzer: the connection to the display was lost; unsaved work is in the recovery copy."
    );
}

/// Whether the local X display this program ran on is gone.
#[cfg(unix)]
fn display_gone() -> bool {
    std::env::var("DISPLAY")
        .ok()
        .as_deref()
        .and_then(local_x_socket)
        .is_some_and(|socket| !answers(&socket))
}

/// Writes the unsaved work, if any is not in the copy yet.
#[cfg(unix)]
fn flush() {
    if let Some(shared) = guarded()
        && let Err(e) = lock(&shared).flush()
    {
        log::error!("the recovery copy could not be written on exit ({e})");
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::local_x_socket;

    #[test]
    fn local_displays_have_a_socket_and_remote_ones_none() {
        let socket = |d| local_x_socket(d).map(|p| p.display().to_string());
        assert_eq!(socket(":0").as_deref(), Some("/tmp/.X11-unix/X0"));
        assert_eq!(socket(":12.0").as_deref(), Some("/tmp/.X11-unix/X12"));
        assert_eq!(socket("unix:3").as_deref(), Some("/tmp/.X11-unix/X3"));
        assert_eq!(socket("localhost:10.0"), None);
        assert_eq!(socket("wayland-0"), None);
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
        if let Some(shared) = super::guarded() {
            super::lock(&shared).slot.tidy();
        }
        // Xlib ends the program this way when the display is gone: say so in the user's words,
        // and end here. The graphics driver's own exit handlers, which would run next, crash
        // on the dead connection while its threads still run (SIGSEGV); the work is written.
        if super::display_gone() {
            super::say_display_lost();
            // SAFETY: `_exit` ends the process at once, without running the remaining exit
            // handlers or destructors; it has no preconditions and cannot return.
            #[allow(unsafe_code)]
            unsafe {
                libc::_exit(1)
            };
        }
    }
}
