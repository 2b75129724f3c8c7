//! `livinglab.com` in the Windows package: the organisers' commands in a
//! terminal. `livinglab.exe` is a desktop program (a double-click opens the
//! game with no console window), and cmd and PowerShell do not wait for a
//! desktop program, so its output would land after the next prompt. Typing
//! `livinglab check deck.ron` runs this console program first (Windows tries
//! `.com` before `.exe`): it runs `livinglab.exe` beside it with the same
//! arguments and this terminal's input and output, waits for it, and ends
//! with its exit code.

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let exe = match std::env::current_exe() {
        Ok(p) => p.with_file_name(if cfg!(windows) {
            "livinglab.exe"
        } else {
            "livinglab"
        }),
        Err(e) => {
            eprintln!("livinglab: cannot find where this program is: {e}");
            return ExitCode::FAILURE;
        }
    };
    match Command::new(&exe)
        .args(std::env::args_os().skip(1))
        .status()
    {
        Ok(status) => match status.code() {
            Some(0) => ExitCode::SUCCESS,
            Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
            None => ExitCode::FAILURE,
        },
        Err(e) => {
            eprintln!(
                "livinglab: cannot start {} ({e}); keep livinglab.com beside livinglab.exe",
                exe.display()
            );
            ExitCode::FAILURE
        }
    }
}
