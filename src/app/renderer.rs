//! Which renderer draws the window, and what happens when one does not work. On a desk without
//! a usable graphics card (a virtual or remote desktop) wgpu's first choice can fail (DirectX
//! 12 under Wine compiles no shaders and loses its device), and the program then ended without
//! a word. Now the window is tried with wgpu's own choice, then wgpu with Vulkan or OpenGL
//! only, then glow (OpenGL through `egui_glow`); the one that drew a frame is remembered for the
//! next start, and one that never got that far is tried last. When none works, a native
//! message box says so in Dutch and English, with what to ask IT, and the log has the details.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use eframe::egui_wgpu::{WgpuConfiguration, WgpuSetup, WgpuSetupCreateNew, wgpu};

use crate::lang::Lang;

/// A way to draw the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Renderer {
    /// wgpu with its own choice of backend (DirectX 12, Vulkan, Metal or OpenGL).
    Wgpu,
    /// wgpu with Vulkan or OpenGL only: passes over a DirectX 12 that cannot draw (unless
    /// `WGPU_BACKEND` names the backends).
    WgpuVulkanOrGl,
    /// OpenGL through `egui_glow`, without wgpu.
    Glow,
}

impl Renderer {
    /// In the order they are tried when nothing is remembered.
    pub const ALL: [Renderer; 3] = [Renderer::Wgpu, Renderer::WgpuVulkanOrGl, Renderer::Glow];

    /// The name in the log, in the memory file and in `BEHOEFTEWIJZER_RENDERER`.
    pub fn name(self) -> &'static str {
        match self {
            Renderer::Wgpu => "wgpu",
            Renderer::WgpuVulkanOrGl => "wgpu-vulkan-gl",
            Renderer::Glow => "glow",
        }
    }

    pub fn from_name(name: &str) -> Option<Renderer> {
        Renderer::ALL.into_iter().find(|r| r.name() == name.trim())
    }

    /// `base` set up to draw with this renderer.
    fn apply(self, mut options: eframe::NativeOptions) -> eframe::NativeOptions {
        match self {
            Renderer::Wgpu => options.renderer = eframe::Renderer::Wgpu,
            Renderer::WgpuVulkanOrGl => {
                options.renderer = eframe::Renderer::Wgpu;
                let mut setup = WgpuSetupCreateNew::without_display_handle();
                // IT's own choice (`WGPU_BACKEND`) still counts; otherwise no DirectX 12.
                setup.instance_descriptor.backends = wgpu::Backends::from_env()
                    .unwrap_or(wgpu::Backends::VULKAN | wgpu::Backends::GL);
                options.wgpu_options = WgpuConfiguration {
                    wgpu_setup: WgpuSetup::CreateNew(setup),
                    ..WgpuConfiguration::default()
                };
            }
            Renderer::Glow => options.renderer = eframe::Renderer::Glow,
        }
        options
    }
}

/// The order to try: a renderer forced by `BEHOEFTEWIJZER_RENDERER` alone; else the one that
/// worked last time first, one that failed before it could draw last, the others between.
pub fn order(memory: Option<&Memory>, forced: Option<Renderer>) -> Vec<Renderer> {
    if let Some(forced) = forced {
        return vec![forced];
    }
    let mut order = Renderer::ALL.to_vec();
    match memory {
        Some(Memory::Worked(r)) => {
            order.retain(|x| x != r);
            order.insert(0, *r);
        }
        Some(Memory::Trying(r)) => {
            order.retain(|x| x != r);
            order.push(*r);
        }
        None => {}
    }
    order
}

/// What the last start left behind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Memory {
    /// This renderer drew a frame.
    Worked(Renderer),
    /// This renderer was being tried and never drew a frame: the program ended before that
    /// (a crash in the driver, or the officer closed it after waiting).
    Trying(Renderer),
}

impl Memory {
    fn parse(text: &str) -> Option<Memory> {
        let (state, name) = text.trim().split_once(' ')?;
        let renderer = Renderer::from_name(name)?;
        match state {
            "worked" => Some(Memory::Worked(renderer)),
            "trying" => Some(Memory::Trying(renderer)),
            _ => None,
        }
    }

    fn text(self) -> String {
        match self {
            Memory::Worked(r) => format!("worked {}\n", r.name()),
            Memory::Trying(r) => format!("trying {}\n", r.name()),
        }
    }
}

/// Where the memory is kept: a line in the app's data folder, beside the recovery copies.
fn memory_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "", "Behoeftewijzer")
        .map(|d| d.data_dir().join("renderer.txt"))
}

fn remember(memory: Memory) {
    let Some(path) = memory_path() else {
        return;
    };
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    // Only a hint for the next start: a failure costs one slower start, nothing more.
    if let Err(e) = std::fs::write(&path, memory.text()) {
        log::warn!(
            "the renderer that works could not be remembered ({:?})",
            e.kind()
        );
    }
}

fn recall() -> Option<Memory> {
    Memory::parse(&std::fs::read_to_string(memory_path()?).ok()?)
}

/// The renderer being tried, and whether its first frame was shown.
static CURRENT: Mutex<Option<Renderer>> = Mutex::new(None);
static SHOWN: AtomicBool = AtomicBool::new(false);

/// Called by the app at the start of every pass. The start of the second frame (egui's frame
/// number 1; a frame can take two passes) means the first frame was drawn and shown: the
/// renderer works. Until then another frame is asked for, so that it comes without input.
pub(super) fn frame_started(ctx: &egui::Context) {
    if ctx.cumulative_frame_nr() == 0 {
        ctx.request_repaint();
        return;
    }
    if SHOWN.swap(true, Ordering::Relaxed) {
        return;
    }
    let current = CURRENT.lock().ok().and_then(|c| *c);
    if let Some(renderer) = current {
        log::info!("the window is drawn with {}", renderer.name());
        remember(Memory::Worked(renderer));
    }
}

/// Opens the window with the first renderer that works; `window` runs eframe with the options
/// given. Returns what the last attempt returned, or the failures of all of them.
pub fn run(
    base: impl Fn() -> eframe::NativeOptions,
    mut window: impl FnMut(eframe::NativeOptions) -> Result<(), String>,
) -> Result<(), Vec<(Renderer, String)>> {
    let forced = std::env::var("BEHOEFTEWIJZER_RENDERER")
        .ok()
        .and_then(|name| Renderer::from_name(&name));
    let mut failures = Vec::new();
    for renderer in order(recall().as_ref(), forced) {
        log::info!("opening the window with {}", renderer.name());
        if let Ok(mut current) = CURRENT.lock() {
            *current = Some(renderer);
        }
        SHOWN.store(false, Ordering::Relaxed);
        remember(Memory::Trying(renderer));
        let options = renderer.apply(base());
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| window(options)))
            .unwrap_or_else(|panic| Err(panic_text(panic.as_ref())));
        match result {
            Ok(()) => return Ok(()),
            Err(e) => {
                log::error!(
                    "the window could not be drawn with {}: {e}",
                    renderer.name()
                );
                failures.push((renderer, e));
            }
        }
    }
    Err(failures)
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_owned())
}

/// Says in a native message box, in Dutch and English, that no window could be opened, what
/// failed and what to ask IT; the same text goes to the log and the standard error.
pub fn tell_none_works(failures: &[(Renderer, String)]) {
    let details: Vec<String> = failures
        .iter()
        .map(|(r, e)| format!("- {}: {}", r.name(), first_line(e)))
        .collect();
    let body = format!(
        "{}\n\n{}\n\n{}\n{}",
        tr!(Lang::Nl, "renderer-none-works"),
        tr!(Lang::En, "renderer-none-works"),
        trs!(Lang::En, "renderer-details"),
        details.join("\n")
    );
    let title = format!(
        "{} / {}",
        trs!(Lang::Nl, "renderer-title"),
        trs!(Lang::En, "renderer-title")
    );
    log::error!("no renderer works:\n{}", details.join("\n"));
    eprintln!("{title}\n\n{body}");
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title(&title)
        .set_description(&body)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
}

/// The first line of an error, at most 200 characters: the box stays readable.
fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    line.chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    use super::{Memory, Renderer, order};

    #[test]
    fn what_worked_goes_first_and_what_never_drew_goes_last() {
        use Renderer::{Glow, Wgpu, WgpuVulkanOrGl};
        assert_eq!(order(None, None), [Wgpu, WgpuVulkanOrGl, Glow]);
        assert_eq!(
            order(Some(&Memory::Worked(Glow)), None),
            [Glow, Wgpu, WgpuVulkanOrGl]
        );
        assert_eq!(
            order(Some(&Memory::Trying(Wgpu)), None),
            [WgpuVulkanOrGl, Glow, Wgpu]
        );
        assert_eq!(order(Some(&Memory::Worked(Wgpu)), Some(Glow)), [Glow]);
    }

    #[test]
    fn the_memory_reads_back_what_it_wrote() {
        for r in Renderer::ALL {
            for m in [Memory::Worked(r), Memory::Trying(r)] {
                assert_eq!(Memory::parse(&m.text()), Some(m));
            }
        }
        assert_eq!(Memory::parse("worked vulkan"), None);
        assert_eq!(Memory::parse(""), None);
    }
}
