//! The log: the app's own lines at the level asked for (`RUST_LOG`, `warn` when unset), every
//! other crate's at `warn` at most, whatever `RUST_LOG` says. The window library logs each key
//! press at trace level and the accessibility layer logs what is on the screen, so their detail
//! would rebuild what was typed: a resident's BSN, a name. The app's own lines name no value from
//! a profile, and give file paths only at debug level.

/// Sets up the log for the process; a second call changes nothing.
pub fn init() {
    let inner =
        env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).build();
    log::set_max_level(inner.filter());
    let _ = log::set_boxed_logger(Box::new(Capped { inner }));
}

/// Whether a line of `metadata` may be logged at all: the app's own, or a warning or worse.
pub fn allowed(metadata: &log::Metadata<'_>) -> bool {
    let target = metadata.target();
    metadata.level() <= log::Level::Warn
        || target == "behoeftewijzer"
        || target.starts_with("behoeftewijzer::")
}

/// `env_logger` with other crates capped at `warn`.
struct Capped {
    inner: env_logger::Logger,
}

impl log::Log for Capped {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        allowed(metadata) && self.inner.enabled(metadata)
    }

    fn log(&self, record: &log::Record<'_>) {
        if allowed(record.metadata()) {
            self.inner.log(record);
        }
    }

    fn flush(&self) {
        self.inner.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::allowed;

    fn meta(target: &str, level: log::Level) -> log::Metadata<'_> {
        log::Metadata::builder().target(target).level(level).build()
    }

    #[test]
    fn only_the_apps_own_detail_passes() {
        assert!(allowed(&meta("behoeftewijzer::app", log::Level::Trace)));
        assert!(allowed(&meta("behoeftewijzer", log::Level::Debug)));
        assert!(!allowed(&meta("winit::platform_impl", log::Level::Trace)));
        assert!(!allowed(&meta("egui_winit", log::Level::Debug)));
        assert!(!allowed(&meta("accesskit_unix", log::Level::Info)));
        assert!(!allowed(&meta("behoeftewijzerx", log::Level::Info)));
        assert!(allowed(&meta("wgpu_hal", log::Level::Warn)));
    }
}
