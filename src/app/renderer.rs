//! Which renderer draws the window, chosen by what it costs, and what happens when one does not
//! work. On a desk without a graphics card (a virtual or remote desktop) wgpu draws on a
//! software rasterizer (lavapipe, WARP) at about 45 ms a frame, where glow (OpenGL through
//! `egui_glow`) draws the same frame 3-4x faster. So glow goes first until wgpu's adapter has
//! been looked at (once, after the first start's window shows: [`probe`]), and a software
//! rasterizer keeps it; the choice and its reason
//! are remembered and logged, and the officer can override it (*Beeld › Weergave*, from the
//! next start). When the renderer tried does not start (DirectX 12 under Wine compiles no
//! shaders; OpenGL 1.1 on a bare Windows desk), the next is tried: wgpu's own choice, wgpu with
//! Vulkan or OpenGL only, glow; one that never drew a frame is tried last next time. When none
//! works, a native message box says so in Dutch and English, with what to ask IT, and the log
//! has the details.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use eframe::egui_wgpu::{WgpuConfiguration, WgpuSetup, WgpuSetupCreateNew, wgpu};

use crate::lang::Lang;
use crate::ui::theme::Drawing;

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

/// Why a renderer goes first on this computer, when the officer did not choose one: wgpu's
/// adapter looked at before the window opens (a software rasterizer draws faster with glow), or
/// the first choice did not start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub renderer: Renderer,
    /// For the log, in English as the rest of it.
    pub reason: String,
}

/// What wgpu would draw with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Probed {
    /// A software rasterizer (wgpu's `DeviceType::Cpu`: Mesa's lavapipe or llvmpipe, Windows'
    /// WARP, "Microsoft Basic Render Driver"), by its name.
    Software(String),
    /// A graphics card, by its name.
    Card(String),
    /// wgpu finds no adapter at all.
    Nothing,
}

/// What wgpu would draw with, found without opening a window.
pub fn probe() -> Probed {
    probe_adapter().map_or(Probed::Nothing, |(name, software)| {
        if software {
            Probed::Software(name)
        } else {
            Probed::Card(name)
        }
    })
}

/// wgpu's adapter's name, and whether it draws in software.
fn probe_adapter() -> Option<(String, bool)> {
    let setup = WgpuSetupCreateNew::without_display_handle();
    let power_preference = setup.power_preference;
    let instance = wgpu::Instance::new(setup.instance_descriptor);
    let adapter = pollster::block_on(instance.request_adapter(&wgpu::RequestAdapterOptions {
        power_preference,
        compatible_surface: None,
        ..Default::default()
    }))
    .ok()?;
    let info = adapter.get_info();
    let software = info.device_type == wgpu::DeviceType::Cpu || is_software_name(&info.name);
    Some((info.name, software))
}

/// Software rasterizers by name, for drivers that do not say `Cpu`.
fn is_software_name(name: &str) -> bool {
    let name = name.to_lowercase();
    [
        "llvmpipe",
        "lavapipe",
        "softpipe",
        "swiftshader",
        "microsoft basic render driver",
    ]
    .iter()
    .any(|s| name.contains(s))
}

/// The renderer for what [`probe`] found: on a software rasterizer glow (OpenGL through
/// `egui_glow` draws this window's frames 3-4x faster there than wgpu on lavapipe, with half
/// the CPU: docs/measurements.md), on a graphics card wgpu.
pub fn choose(probed: Probed) -> Choice {
    match probed {
        Probed::Software(name) => Choice {
            renderer: Renderer::Glow,
            reason: format!("software rasterizer ({name}): glow draws faster there"),
        },
        Probed::Card(name) => Choice {
            renderer: Renderer::Wgpu,
            reason: format!("graphics card ({name})"),
        },
        Probed::Nothing => Choice {
            renderer: Renderer::Glow,
            reason: "wgpu finds no adapter".to_owned(),
        },
    }
}

/// The order to try: a renderer forced by `BEHOEFTEWIJZER_RENDERER` alone; else the one the
/// officer chose (`preferred`), or this computer's [`Choice`], or the one that worked last
/// time, first; with none of them (a first start), glow, which draws fastest on a desk without
/// a graphics card and well on one with a card. One that was being tried when the program
/// ended before it drew goes last.
pub fn order(
    remembered: &Remembered,
    preferred: Option<Renderer>,
    forced: Option<Renderer>,
) -> Vec<Renderer> {
    if let Some(forced) = forced {
        return vec![forced];
    }
    let mut order = Renderer::ALL.to_vec();
    let worked = match remembered.last {
        Some(Memory::Worked(r)) => Some(r),
        _ => None,
    };
    let first = preferred
        .or(remembered.choice.as_ref().map(|c| c.renderer))
        .or(worked)
        .unwrap_or(Renderer::Glow);
    order.retain(|x| *x != first);
    order.insert(0, first);
    if let Some(Memory::Trying(r)) = remembered.last {
        order.retain(|x| *x != r);
        order.push(r);
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
            Memory::Worked(r) => format!("worked {}", r.name()),
            Memory::Trying(r) => format!("trying {}", r.name()),
        }
    }
}

/// The memory file: how the last start ended, and this computer's choice with its reason.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Remembered {
    pub last: Option<Memory>,
    pub choice: Option<Choice>,
}

impl Remembered {
    /// Lines `worked glow` and `chosen glow software rasterizer (…)`; a line it does not know is
    /// passed over (a file of an older version has only the first).
    fn parse(text: &str) -> Remembered {
        let mut out = Remembered::default();
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("chosen ") {
                let (name, reason) = rest.split_once(' ').unwrap_or((rest, ""));
                if let Some(renderer) = Renderer::from_name(name) {
                    out.choice = Some(Choice {
                        renderer,
                        reason: reason.trim().to_owned(),
                    });
                }
            } else if let Some(memory) = Memory::parse(line) {
                out.last = Some(memory);
            }
        }
        out
    }

    fn text(&self) -> String {
        let mut out = String::new();
        if let Some(last) = self.last {
            out.push_str(&last.text());
            out.push('\n');
        }
        if let Some(choice) = &self.choice {
            let _ = writeln!(out, "chosen {} {}", choice.renderer.name(), choice.reason);
        }
        out
    }
}

/// Where the memory is kept: a line in the app's data folder, beside the recovery copies.
fn memory_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "", "Behoeftewijzer")
        .map(|d| d.data_dir().join("renderer.txt"))
}

fn remember(remembered: &Remembered) {
    let Some(path) = memory_path() else {
        return;
    };
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    // Only a hint for the next start: a failure costs one slower start, nothing more.
    if let Err(e) = std::fs::write(&path, remembered.text()) {
        log::warn!(
            "the renderer that works could not be remembered ({:?})",
            e.kind()
        );
    }
}

fn recall() -> Remembered {
    memory_path()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .map(|t| Remembered::parse(&t))
        .unwrap_or_default()
}

/// The renderer being tried, and whether its first frame was shown.
static CURRENT: Mutex<Option<Renderer>> = Mutex::new(None);
static SHOWN: AtomicBool = AtomicBool::new(false);

/// The renderer that draws this window, as the menu names it; `None` outside a real window.
pub fn drawing_now() -> Option<Drawing> {
    let current = CURRENT.lock().ok().and_then(|c| *c)?;
    Some(match current {
        Renderer::Wgpu | Renderer::WgpuVulkanOrGl => Drawing::Wgpu,
        Renderer::Glow => Drawing::Glow,
    })
}

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
        let mut remembered = recall();
        remembered.last = Some(Memory::Worked(renderer));
        remember(&remembered);
        if remembered.choice.is_none() && PROBE_AFTER_START.load(Ordering::Relaxed) {
            probe_in_the_background();
        }
    }
}

/// Whether this start should look at the graphics once the window shows: nothing chosen yet,
/// and neither the officer nor `BEHOEFTEWIJZER_RENDERER` chose.
static PROBE_AFTER_START: AtomicBool = AtomicBool::new(false);

/// The environment variable that makes the program [`probe`] and print the result instead of
/// starting: the window runs it as a child process, off its own start and its own process (a
/// driver that crashes while it is looked at takes no answer with it).
pub const PROBE_VARIABLE: &str = "BEHOEFTEWIJZER_PROBE_GRAPHICS";

/// Runs [`probe`] for the child process: prints "software NAME", "card NAME" or "none".
pub fn print_probe() {
    match probe() {
        Probed::Software(name) => println!("software {name}"),
        Probed::Card(name) => println!("card {name}"),
        Probed::Nothing => println!("none"),
    }
}

/// What [`print_probe`] printed, read back.
fn parse_probe(text: &str) -> Option<Probed> {
    let line = text.lines().next()?.trim();
    if line == "none" {
        return Some(Probed::Nothing);
    }
    let (kind, name) = line.split_once(' ')?;
    match kind {
        "software" => Some(Probed::Software(name.to_owned())),
        "card" => Some(Probed::Card(name.to_owned())),
        _ => None,
    }
}

/// Starts this program again as [`PROBE_VARIABLE`]'s child, on a thread, and remembers its
/// [`Choice`] for the next start. Nothing changes for this window: its renderer is fixed.
fn probe_in_the_background() {
    let spawned = std::thread::Builder::new()
        .name("graphics probe".into())
        .spawn(|| {
            let Ok(exe) = std::env::current_exe() else {
                return;
            };
            let started = std::time::Instant::now();
            let output = std::process::Command::new(exe)
                .env(PROBE_VARIABLE, "1")
                .stdin(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .output();
            let probed = output
                .ok()
                .filter(|o| o.status.success())
                .and_then(|o| parse_probe(&String::from_utf8_lossy(&o.stdout)));
            let Some(probed) = probed else {
                log::warn!("the graphics could not be looked at; glow stays first");
                return;
            };
            let choice = choose(probed);
            log::info!(
                "looked at this computer's graphics in {} ms: {} from the next start ({})",
                started.elapsed().as_millis(),
                choice.renderer.name(),
                choice.reason
            );
            let mut remembered = recall();
            remembered.choice = Some(choice);
            remember(&remembered);
        });
    if let Err(e) = spawned {
        log::warn!("the graphics could not be looked at: {e}");
    }
}

/// The renderer the officer chose in *Beeld › Weergave*, if any.
fn preferred(drawing: Drawing) -> Option<Renderer> {
    match drawing {
        Drawing::Auto => None,
        Drawing::Wgpu => Some(Renderer::Wgpu),
        Drawing::Glow => Some(Renderer::Glow),
    }
}

/// Opens the window with the first renderer that works; `window` runs eframe with the options
/// given. `drawing` is the officer's choice. Without one, and without this computer's choice
/// remembered, glow goes first, and once the window shows wgpu's adapter is looked at in a
/// child process ([`probe`], about 30 ms, off the start): a graphics card gets wgpu from the
/// next start, a software rasterizer keeps glow. Says in the log which renderer goes first and
/// why. Returns what the last attempt returned, or the failures of all of them.
pub fn run(
    base: impl Fn() -> eframe::NativeOptions,
    drawing: Drawing,
    mut window: impl FnMut(eframe::NativeOptions) -> Result<(), String>,
) -> Result<(), Vec<(Renderer, String)>> {
    let forced = std::env::var("BEHOEFTEWIJZER_RENDERER")
        .ok()
        .and_then(|name| Renderer::from_name(&name));
    let preferred = preferred(drawing);
    let mut remembered = recall();
    match (forced, preferred, &remembered.choice) {
        (Some(r), _, _) => log::info!("{} first: BEHOEFTEWIJZER_RENDERER says so", r.name()),
        (None, Some(r), _) => log::info!("{} first: chosen in the menu Beeld", r.name()),
        (None, None, Some(c)) => log::info!("{} first: {}", c.renderer.name(), c.reason),
        (None, None, None) => {
            log::info!("nothing chosen yet: glow first, the graphics looked at once it shows");
            PROBE_AFTER_START.store(true, Ordering::Relaxed);
        }
    }
    let automatic = forced.is_none() && preferred.is_none();
    let order = order(&remembered, preferred, forced);
    let mut failures = Vec::new();
    for (n, &renderer) in order.iter().enumerate() {
        log::info!("opening the window with {}", renderer.name());
        if let Ok(mut current) = CURRENT.lock() {
            *current = Some(renderer);
        }
        SHOWN.store(false, Ordering::Relaxed);
        remembered.last = Some(Memory::Trying(renderer));
        remember(&remembered);
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
                // This computer's choice did not start: the next one is its choice from now.
                let was_chosen = remembered
                    .choice
                    .as_ref()
                    .is_some_and(|c| c.renderer == renderer);
                if automatic
                    && was_chosen
                    && let Some(&next) = order.get(n + 1)
                {
                    remembered.choice = Some(Choice {
                        renderer: next,
                        reason: format!("{} did not start here", renderer.name()),
                    });
                }
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
    use super::{Choice, Memory, Probed, Remembered, Renderer, choose, order};

    fn remembered(last: Option<Memory>, choice: Option<Renderer>) -> Remembered {
        Remembered {
            last,
            choice: choice.map(|renderer| Choice {
                renderer,
                reason: "a reason".into(),
            }),
        }
    }

    #[test]
    fn what_worked_goes_first_and_what_never_drew_goes_last() {
        use Renderer::{Glow, Wgpu, WgpuVulkanOrGl};
        let none = Remembered::default();
        assert_eq!(order(&none, None, None), [Glow, Wgpu, WgpuVulkanOrGl]);
        let worked = remembered(Some(Memory::Worked(Glow)), None);
        assert_eq!(order(&worked, None, None), [Glow, Wgpu, WgpuVulkanOrGl]);
        let trying = remembered(Some(Memory::Trying(Glow)), None);
        assert_eq!(order(&trying, None, None), [Wgpu, WgpuVulkanOrGl, Glow]);
        let worked = remembered(Some(Memory::Worked(Wgpu)), None);
        assert_eq!(order(&worked, None, Some(Glow)), [Glow]);
    }

    #[test]
    fn the_officers_choice_goes_before_the_computers_and_the_computers_before_the_last() {
        use Renderer::{Glow, Wgpu, WgpuVulkanOrGl};
        // An older version's memory said wgpu worked; this computer draws in software.
        let software = remembered(Some(Memory::Worked(Wgpu)), Some(Glow));
        assert_eq!(order(&software, None, None), [Glow, Wgpu, WgpuVulkanOrGl]);
        // The officer chose wgpu in the menu.
        assert_eq!(
            order(&software, Some(Wgpu), None),
            [Wgpu, WgpuVulkanOrGl, Glow]
        );
        // The choice was being tried when the program ended: it goes last, whoever chose it.
        let crashed = remembered(Some(Memory::Trying(Glow)), Some(Glow));
        assert_eq!(order(&crashed, None, None), [Wgpu, WgpuVulkanOrGl, Glow]);
        assert_eq!(
            order(&crashed, Some(Glow), None),
            [Wgpu, WgpuVulkanOrGl, Glow]
        );
    }

    #[test]
    fn a_software_rasterizer_gets_glow_and_a_graphics_card_wgpu() {
        for name in [
            "llvmpipe (LLVM 15.0.6, 256 bits)",
            "Microsoft Basic Render Driver",
        ] {
            assert_eq!(
                choose(Probed::Software(name.into())).renderer,
                Renderer::Glow
            );
            // Also by name, for a driver that does not say it draws on the CPU.
            assert!(super::is_software_name(name), "{name}");
        }
        assert!(!super::is_software_name("NVIDIA GeForce RTX 3060"));
        let card = choose(Probed::Card("Intel(R) UHD Graphics 620".into()));
        assert_eq!(card.renderer, Renderer::Wgpu);
        assert!(card.reason.contains("Intel"), "{}", card.reason);
        assert_eq!(choose(Probed::Nothing).renderer, Renderer::Glow);
    }

    #[test]
    fn the_probes_answer_reads_back() {
        assert_eq!(
            super::parse_probe("software llvmpipe (LLVM 15.0.6, 256 bits)\n"),
            Some(Probed::Software("llvmpipe (LLVM 15.0.6, 256 bits)".into()))
        );
        assert_eq!(
            super::parse_probe("card Intel(R) UHD Graphics 620"),
            Some(Probed::Card("Intel(R) UHD Graphics 620".into()))
        );
        assert_eq!(super::parse_probe("none"), Some(Probed::Nothing));
        assert_eq!(super::parse_probe(""), None);
        assert_eq!(super::parse_probe("panicked at …"), None);
    }

    #[test]
    fn the_memory_reads_back_what_it_wrote() {
        for r in Renderer::ALL {
            for m in [Memory::Worked(r), Memory::Trying(r)] {
                for choice in [None, Some(Renderer::Glow), Some(Renderer::Wgpu)] {
                    let written = remembered(Some(m), choice);
                    assert_eq!(Remembered::parse(&written.text()), written);
                }
            }
        }
        // An older version's file: one line, and it still counts.
        assert_eq!(
            Remembered::parse("worked wgpu\n"),
            remembered(Some(Memory::Worked(Renderer::Wgpu)), None)
        );
        assert_eq!(Remembered::parse("worked vulkan"), Remembered::default());
        assert_eq!(Remembered::parse(""), Remembered::default());
    }
}
