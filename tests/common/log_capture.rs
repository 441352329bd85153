//! Every log record of the process, at every level, for the tests that check what reaches a log
//! (nothing personal, no path, nothing logged while an error is only worded).

use std::sync::Mutex;

struct Capture(Mutex<Vec<(String, String)>>);

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        let line = format!("{} {}: {}", record.level(), record.target(), record.args());
        if let Ok(mut lines) = self.0.lock() {
            lines.push((record.target().to_owned(), line));
        }
    }
    fn flush(&self) {}
}

static CAPTURE: Capture = Capture(Mutex::new(Vec::new()));

/// Makes the capture the process's logger, at every level (once; later calls do nothing).
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        log::set_logger(&CAPTURE).unwrap_or_else(|e| panic!("another logger: {e}"));
        log::set_max_level(log::LevelFilter::Trace);
    });
}

/// Every line so far: "LEVEL target: message".
pub fn lines() -> Vec<String> {
    lock().iter().map(|(_, line)| line.clone()).collect()
}

/// The app's own lines so far (the catalogue library, say, logs when it loads a language).
pub fn app_lines() -> Vec<String> {
    lock()
        .iter()
        .filter(|(target, _)| target.starts_with("behoeftewijzer"))
        .map(|(_, line)| line.clone())
        .collect()
}

/// Forgets the lines so far.
pub fn clear() {
    lock().clear();
}

fn lock() -> std::sync::MutexGuard<'static, Vec<(String, String)>> {
    CAPTURE
        .0
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
