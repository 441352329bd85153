//! A bare eframe window, built with the app's own lock file and features: the yardstick for the
//! app's first visible frame (`benches/first-frame.py` starts both). It shows one label, and at
//! the start of its second frame (the first one drawn and shown) says so on standard error, as
//! the app does at log level info, then closes.

use eframe::egui;

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Bare eframe")
            .with_inner_size([1100.0, 760.0]),
        // The renderer the app chose, for a fair yardstick: `BARE_RENDERER=glow` or `wgpu`.
        renderer: match std::env::var("BARE_RENDERER").as_deref() {
            Ok("glow") => eframe::Renderer::Glow,
            _ => eframe::Renderer::Wgpu,
        },
        ..Default::default()
    };
    eframe::run_native("Bare eframe", options, Box::new(|_cc| Ok(Box::new(Bare))))
}

struct Bare;

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // As the app counts: the start of frame 1 means frame 0 was drawn and shown.
        if ui.ctx().cumulative_frame_nr() == 0 {
            ui.ctx().request_repaint();
        } else {
            eprintln!("the window is drawn (bare eframe)");
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        ui.label("Bare eframe");
    }
}
