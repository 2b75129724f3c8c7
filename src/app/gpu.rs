//! Is there a graphics adapter to draw with? Asked before the window opens,
//! so that a computer without a Vulkan, Direct3D 12 or Metal driver hears
//! what is missing and what to install, instead of a panic ("Unable to find
//! a GPU") and no window.

use bevy::render::settings::WgpuSettings;

/// The adapters wgpu finds with the backends Bevy would use (`WGPU_BACKEND`
/// chooses, as for Bevy), each as "name (backend)".
pub fn adapters() -> Vec<String> {
    let settings = WgpuSettings::default();
    let backends = settings.backends.unwrap_or(wgpu::Backends::all());
    let instance = wgpu::Instance::new(wgpu::InstanceDescriptor {
        backends,
        flags: settings.instance_flags,
        ..wgpu::InstanceDescriptor::new_without_display_handle()
    });
    bevy::tasks::block_on(instance.enumerate_adapters(backends))
        .iter()
        .map(|a| {
            let info = a.get_info();
            format!("{} ({:?})", info.name, info.backend)
        })
        .collect()
}

/// What this system draws with, as a person would name it.
pub fn driver_name() -> &'static str {
    if cfg!(target_os = "windows") {
        "Direct3D 12 / Vulkan"
    } else if cfg!(target_os = "macos") {
        "Metal"
    } else {
        "Vulkan"
    }
}

/// The message for a computer without an adapter, in the machine's language.
pub fn missing_message(words: &crate::words::Words) -> String {
    let id = if cfg!(target_os = "windows") {
        "gpu-missing-windows"
    } else if cfg!(target_os = "macos") {
        "gpu-missing-macos"
    } else {
        "gpu-missing-linux"
    };
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("driver", driver_name());
    format!(
        "{}\n\n{}",
        words.say("gpu-missing", Some(&args)),
        words.say(id, None)
    )
}

/// Checks that an adapter exists; otherwise says what is missing (on
/// standard error, and on Windows in a message box, since a program started
/// from the Start menu has no console) and returns `false`.
pub fn check(words: &crate::words::Words) -> bool {
    if !adapters().is_empty() {
        return true;
    }
    let message = missing_message(words);
    eprintln!("{message}");
    #[cfg(windows)]
    message_box(&message);
    false
}

#[cfg(windows)]
fn message_box(message: &str) {
    use windows_sys::Win32::UI::WindowsAndMessaging::{MB_ICONERROR, MB_OK, MessageBoxW};
    let wide = |s: &str| {
        s.encode_utf16()
            .chain(std::iter::once(0))
            .collect::<Vec<u16>>()
    };
    let text = wide(message);
    let title = wide("Living Lab");
    // SAFETY: both strings are NUL-terminated UTF-16 that outlive the call;
    // no owner window.
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            text.as_ptr(),
            title.as_ptr(),
            MB_OK | MB_ICONERROR,
        );
    }
}
