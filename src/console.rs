//! On Windows the release build is a window program: no black console window opens behind the
//! app. The command-line commands (`check`, `profile`, `brief`) then attach to the console they
//! were started from, so their output still appears there. Elsewhere this does nothing.

/// Attaches to the console of the program that started this one, if it has one.
#[cfg(windows)]
pub fn attach_to_parent() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: `AttachConsole` takes a constant process id and touches no memory of ours; when
    // there is no parent console it fails, which is fine: there is nowhere to print then.
    #[allow(unsafe_code)]
    let _ = unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
}

/// Elsewhere a program always has the console it was started from.
#[cfg(not(windows))]
pub fn attach_to_parent() {}
