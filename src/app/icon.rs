//! The game's icon on its windows (the title bar, the taskbar, Alt+Tab), the
//! same picture as the program's icon in Explorer, Finder or the menu
//! (`assets/icon/`, drawn by scripts/draw-icon.py).

use bevy::ecs::system::NonSendMarker;
use bevy::prelude::*;
use bevy::window::WindowCreated;
use bevy::winit::WINIT_WINDOWS;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, show_icon.run_if(on_message::<WindowCreated>));
}

const PNG: &[u8] = include_bytes!("../../assets/icon/livinglab.png");

/// The icon as RGBA pixels for winit, or nothing if it cannot be decoded
/// (the window then keeps the system's icon).
fn decode() -> Option<winit::window::Icon> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(PNG));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().ok()?;
    let mut pixels = vec![0; reader.output_buffer_size()?];
    let frame = reader.next_frame(&mut pixels).ok()?;
    if frame.color_type != png::ColorType::Rgba {
        return None;
    }
    pixels.truncate(frame.buffer_size());
    winit::window::Icon::from_rgba(pixels, frame.width, frame.height).ok()
}

/// Gives every new window the icon. Runs on the main thread (winit asks it
/// of window calls), once per window created.
fn show_icon(mut created: MessageReader<WindowCreated>, _main_thread: NonSendMarker) {
    let windows: Vec<Entity> = created.read().map(|c| c.window).collect();
    let Some(icon) = decode() else {
        return;
    };
    WINIT_WINDOWS.with_borrow(|winit_windows| {
        for entity in windows {
            if let Some(window) = winit_windows.get_window(entity) {
                window.set_window_icon(Some(icon.clone()));
            }
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_icon_decodes() {
        assert!(super::decode().is_some());
    }
}
