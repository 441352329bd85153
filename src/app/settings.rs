//! What the app remembers between runs (language, text size, theme, recent files, the
//! brief's options) and which file dialogs this desktop can show.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::ui::theme::{Drawing, Theme};

/// The window's app id: the name of eframe's storage folder and the window's class.
pub const APP_ID: &str = "behoeftewijzer";

/// How many recent files the start screen lists.
const MAX_RECENT: usize = 8;

/// The state that we persist between runs (through eframe's storage).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Lang,
    pub recent: Vec<PathBuf>,
    /// The language of the brief; the interface language when `None`.
    pub brief_lang: Option<Lang>,
    /// Add the intake e-mail to the brief as an appendix.
    pub brief_email: bool,
    /// The list of sections on the left is hidden (menu *Beeld*).
    pub hide_sections: bool,
    /// Light, dark, or as the system says (menu *Beeld*).
    pub theme: Theme,
    /// How the window is drawn from the next start (menu *Beeld › Weergave*); read before the
    /// window opens ([`super::renderer::run`]).
    pub drawing: Drawing,
}

impl Settings {
    /// The settings eframe saved at the last close, read before the window opens (eframe reads
    /// them again when it has opened it): the renderer must be known before. The defaults when
    /// there are none or they do not read.
    pub fn saved() -> Settings {
        let Some(dir) = eframe::storage_dir(APP_ID) else {
            return Settings::default();
        };
        let Ok(text) = std::fs::read_to_string(dir.join("app.ron")) else {
            return Settings::default();
        };
        ron::from_str::<std::collections::HashMap<String, String>>(&text)
            .ok()
            .and_then(|kv| ron::from_str::<Settings>(kv.get(eframe::APP_KEY)?).ok())
            .unwrap_or_default()
    }

    pub(super) fn remember(&mut self, path: &Path) {
        // Whole paths, so the list works from wherever the app was started.
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// How the app asks for a file name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileDialogs {
    /// The system's file dialog (rfd).
    Native,
    /// A field in the app where the user types a path: where no file dialog can be shown.
    Typed,
}

impl FileDialogs {
    /// What this desktop offers. On Linux the system's dialog comes through the desktop portal
    /// on the session bus; without a session bus there is no portal, and asking libdbus for one
    /// would start a bus daemon of its own (X11 "autolaunch") that outlives the app. Then paths
    /// are typed.
    pub fn for_this_desktop() -> Self {
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            let address =
                std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty());
            let socket = std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| Path::new(&dir).join("bus").exists());
            if !address && !socket {
                log::info!("no session bus: file paths are typed");
                return FileDialogs::Typed;
            }
        }
        FileDialogs::Native
    }
}
