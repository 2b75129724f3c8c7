//! `livinglab`: the game, and the organisers' and facilitators' commands.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use livinglab::deck;

#[derive(Parser)]
#[command(
    name = "livinglab",
    version,
    about = "Living Lab: a co-design workshop game for one shared screen"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check deck files and print every problem with its line and column.
    Check {
        /// The deck files (.ron) to check.
        #[arg(required = true)]
        decks: Vec<PathBuf>,
    },
    /// Write a commented starter deck that passes `check`.
    New {
        /// Where to write the deck, e.g. my-deck.ron (an existing file is never overwritten).
        path: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => {
            eprintln!(
                "the table screen is not built yet: try `livinglab check scenarios/hub-for-london.ron`"
            );
            ExitCode::FAILURE
        }
        Some(Command::Check { decks }) => check(&decks),
        Some(Command::New { path }) => new_deck(&path),
    }
}

fn check(paths: &[PathBuf]) -> ExitCode {
    let mut all_ok = true;
    for path in paths {
        let shown = path.display().to_string();
        let checked = deck::check_file(path);
        if checked.is_ok() {
            let counts = checked
                .deck
                .as_ref()
                .map(deck::Deck::counts)
                .unwrap_or_default();
            println!("ok {shown}: {counts}");
            for w in checked.warnings() {
                println!("{}", w.render(&shown, checked.source.as_deref()));
            }
        } else {
            all_ok = false;
            println!("{}", checked.render(&shown));
            let errors = checked.errors().count();
            println!(
                "{shown}: {errors} error{}; the deck cannot be played until {} fixed",
                if errors == 1 { "" } else { "s" },
                if errors == 1 { "it is" } else { "they are" }
            );
        }
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn new_deck(path: &std::path::Path) -> ExitCode {
    let text = deck::starter::starter(path);
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()));
    match written {
        Ok(()) => {
            println!(
                "wrote {}: edit it, then run `livinglab check {}`",
                path.display(),
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "{} already exists; choose another name (nothing was overwritten)",
                path.display()
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("cannot write {}: {}", path.display(), deck::io_words(&e));
            ExitCode::FAILURE
        }
    }
}
