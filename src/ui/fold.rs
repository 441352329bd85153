//! The first frame of a long screen lays out what is in view and leaves the rest for the next
//! frame (issue 35): on a desk that draws in software, shaping a whole document (the needs
//! profile, a preview) made the first visit take two frames' time before anything changed.
//! What the officer sees in that frame is the same; the rest follows a frame later, before a
//! key or the scroll wheel can reach it.

use egui::{Id, Ui};

#[derive(Clone, Copy, Default)]
struct Fold {
    /// The screen opened in this frame.
    first: bool,
    /// Something was left for the next frame.
    cut: bool,
}

fn id() -> Id {
    Id::unique("behoeftewijzer.fold")
}

fn get(ui: &Ui) -> Fold {
    ui.data(|d| d.get_temp::<Fold>(id())).unwrap_or_default()
}

/// Before the screen is drawn, each pass: whether it opened in this frame.
pub fn begin(ui: &Ui, first_frame: bool) {
    ui.data_mut(|d| {
        d.insert_temp(
            id(),
            Fold {
                first: first_frame,
                cut: false,
            },
        );
    });
}

/// Whether what comes next is left for the next frame: the screen opened in this frame and the
/// next block would start below what is in view. The first time it says so, it asks for that
/// frame.
pub fn below(ui: &Ui) -> bool {
    let fold = get(ui);
    if !fold.first || ui.cursor().top() <= ui.clip_rect().bottom() {
        return false;
    }
    if !fold.cut {
        ui.data_mut(|d| d.insert_temp(id(), Fold { cut: true, ..fold }));
        ui.ctx().request_repaint();
    }
    true
}

/// Whether this frame left part of the screen for the next one.
pub fn cut(ui: &Ui) -> bool {
    get(ui).cut
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One frame of a bare window 400 points high with a page of 40 blocks of 30 points; says
    /// how many blocks were laid out, and whether the frame before asked for this one from
    /// this file.
    fn frame(ctx: &egui::Context, first_frame: bool) -> (usize, bool) {
        let (mut laid_out, mut asked) = (0, false);
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(600.0, 400.0),
            )),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            asked = ui
                .ctx()
                .repaint_causes()
                .iter()
                .any(|c| c.file.ends_with("fold.rs"));
            egui::ScrollArea::vertical().show(ui, |ui| {
                begin(ui, first_frame);
                for _ in 0..40 {
                    if below(ui) {
                        break;
                    }
                    ui.allocate_space(egui::vec2(100.0, 30.0));
                    laid_out += 1;
                }
            });
        });
        // No renderer takes the font texture here.
        output.textures_delta.clear();
        (laid_out, asked)
    }

    #[test]
    fn the_first_frame_lays_out_what_is_in_view_and_asks_for_the_next_for_the_rest() {
        let ctx = egui::Context::default();
        assert_eq!(frame(&ctx, false).0, 40, "not the first frame: all of it");
        let (laid_out, _) = frame(&ctx, true);
        assert!(
            (13..=15).contains(&laid_out),
            "{laid_out} blocks of 30 points laid out in a view of about 400"
        );
        assert_eq!(
            frame(&ctx, false),
            (40, true),
            "the next frame, asked for, lays out all"
        );
        assert_eq!(frame(&ctx, false), (40, false), "and asks for no more");
    }
}
