//! The app's icon (`assets/icon/`, drawn from `behoeftewijzer.svg`): for the window on every
//! platform. The Windows file icon is the `.ico` beside it, built into the .exe by `build.rs`.

const PNG: &[u8] = include_bytes!("../assets/icon/behoeftewijzer-256.png");

/// The icon as eframe wants it; `None` only if the built-in picture could not be read, which a
/// test rules out.
pub fn window_icon() -> Option<egui::IconData> {
    let image = image::load_from_memory_with_format(PNG, image::ImageFormat::Png).ok()?;
    let rgba = image.into_rgba8();
    let (width, height) = rgba.dimensions();
    Some(egui::IconData {
        rgba: rgba.into_raw(),
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_icon_reads_as_a_square_picture() {
        let icon = super::window_icon().expect("the built-in icon");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        // Not transparent all over: the blue square is there.
        assert!(icon.rgba.chunks(4).filter(|p| p[3] == 255).count() > 256 * 256 / 2);
    }
}
