//! `livinglab`: the game, and the organisers' and facilitators' commands.

// On Windows a double-click opens the game with no console window beside it;
// the commands still print in the terminal they are typed in (see
// `windows_console`). Debug builds keep their console for the logs.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use livinglab::deck;
use livinglab::session::{self, clock};

/// `livinglab --version`: the version and the commit it was built from.
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("LIVINGLAB_COMMIT"),
    ")"
);

#[derive(Parser)]
#[command(
    name = "livinglab",
    version = VERSION,
    about = "Living Lab: a co-design workshop game for one shared screen",
    long_about = "Living Lab: a co-design workshop game for one shared screen.\n\nWith no command, opens the game. The commands are for organisers: check and write decks, and rehearse a session.",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    game: GameArgs,
}

/// Options of the game itself.
#[derive(clap::Args)]
struct GameArgs {
    /// Start a new session with this deck straight away.
    #[arg(long, value_name = "DECK")]
    deck: Option<PathBuf>,
    /// Resume a saved session file.
    #[arg(long, value_name = "SESSION_FILE", conflicts_with = "deck")]
    resume: Option<PathBuf>,
    /// Where sessions are saved, and the bundled decks unpacked in its `decks` folder (default: the platform's data folder).
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Open in full screen.
    #[arg(long)]
    fullscreen: bool,
    /// Take a picture of every screen of this session file into --screenshots, then quit.
    #[arg(long, value_name = "SESSION_FILE", requires = "screenshots")]
    tour: Option<PathBuf>,
    /// Let groups play from their phones, tablets and laptops: serve the device page on this machine's network (prints a `join:` line with the address).
    #[arg(long)]
    devices: bool,
    /// The port for --devices (the next free one if it is taken).
    #[arg(long, value_name = "N", default_value_t = 7117, requires = "devices")]
    port: u16,
    /// With --devices: a device that joins waits until the facilitator presses Admit beside it (in the panel or on the host page).
    #[arg(long, requires = "devices")]
    lobby: bool,
    /// With --devices: what a device writes (an idea card, a solution's title or pitch, a pledge's note) waits for the facilitator's Approve before it reaches the screen, the other devices or the report.
    #[arg(long, requires = "devices")]
    hold_text: bool,
    /// Open the facilitator's panel in a window of its own (a presenter console, on the second display when there is one), so the room's screen shows only what the room reads.
    #[arg(long)]
    console: bool,
    /// The folder for --tour's pictures.
    #[arg(long, value_name = "DIR", requires = "tour")]
    screenshots: Option<PathBuf>,
    /// Write the number of frames drawn so far to this file (to check that the game rests when idle).
    #[cfg(feature = "probe")]
    #[arg(long, value_name = "FILE", hide = true)]
    frame_log: Option<PathBuf>,
    /// Draw every frame even when nothing changes (to compare with resting).
    #[cfg(feature = "probe")]
    #[arg(long, hide = true)]
    draw_continuously: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Check deck files and print every problem with its line and column.
    Check {
        /// The deck files (.ron) to check.
        #[arg(required = true)]
        decks: Vec<PathBuf>,
    },
    /// Play a whole session with random but valid choices, to see what a deck produces.
    Rehearse {
        /// The deck to play.
        deck: PathBuf,
        /// How many groups play (1 to 8).
        #[arg(long)]
        groups: usize,
        /// The seed for every shuffle and choice (random when left out; printed).
        #[arg(long)]
        seed: Option<u64>,
        /// When the session starts, e.g. 2017-11-16T14:00:00Z (UTC), 2017-11-16T14:00:00+00:00[Europe/London] (times shown in that zone) or 2017-11-16T14:00 (this machine's zone); now when left out.
        #[arg(long)]
        start: Option<String>,
        /// One set of cards for the room (shared) or a set per group (per-group), as when each table has its own printed props; the deck's own rule when left out.
        #[arg(long, value_enum)]
        cards: Option<CardsArg>,
        /// The folder to write the session file into (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Export the report of one or more session files (several tables of one workshop merge into one report).
    Report {
        /// Session files (.session.json), all played with the same deck.
        #[arg(required = true)]
        sessions: Vec<PathBuf>,
        /// The folder to put the report's own folder in (named by date and deck).
        #[arg(long)]
        out: PathBuf,
        /// Replace a report that already exists there.
        #[arg(long)]
        force: bool,
    },
    /// Write a deck's cards as printable A4 sheets (one HTML file, nine cards a page).
    Print {
        deck: PathBuf,
        /// The HTML file to write, e.g. cards.html.
        #[arg(long)]
        out: PathBuf,
        /// Print the cards in this one of the deck's languages (a BCP 47
        /// tag from its `languages`, e.g. bn); a card not given in it prints
        /// as written.
        #[arg(long)]
        language: Option<String>,
    },
    /// Make a deck from a spreadsheet (CSV with the columns kind,id,title,text,tags,source).
    Import {
        /// The CSV file.
        sheet: PathBuf,
        /// The deck file to write (.ron); an existing file is never overwritten.
        #[arg(long)]
        out: PathBuf,
    },
    /// Write a deck as a spreadsheet (CSV), to edit and import again.
    Export {
        deck: PathBuf,
        /// Write CSV (the only format so far).
        #[arg(long, required = true)]
        csv: bool,
        /// The CSV file to write (standard output when left out).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Write a commented starter deck that passes `check`.
    New {
        /// Where to write the deck, e.g. my-deck.ron (an existing file is never overwritten).
        path: PathBuf,
    },
}

/// `--cards`: how many sets of the deck's cards are on the table.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum CardsArg {
    /// One set for the room: a card is in one place at a time.
    Shared,
    /// Each group has its own copy of every card.
    PerGroup,
}

fn main() -> ExitCode {
    #[cfg(windows)]
    windows_console::attach();
    let cli = Cli::parse();
    match cli.command {
        None => play(cli.game),
        Some(Command::Check { decks }) => check(&decks),
        Some(Command::New { path }) => new_deck(&path),
        Some(Command::Print {
            deck,
            out,
            language,
        }) => print_cards(&deck, &out, language.as_deref()),
        Some(Command::Import { sheet, out }) => import_sheet(&sheet, &out),
        Some(Command::Export { deck, csv: _, out }) => export_sheet(&deck, out.as_deref()),
        Some(Command::Report {
            sessions,
            out,
            force,
        }) => report(&sessions, &out, force),
        Some(Command::Rehearse {
            deck,
            groups,
            seed,
            start,
            cards,
            out,
        }) => rehearse(&deck, groups, seed, start.as_deref(), cards, &out),
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

fn rehearse(
    deck_path: &Path,
    groups: usize,
    seed: Option<u64>,
    start: Option<&str>,
    cards: Option<CardsArg>,
    out: &Path,
) -> ExitCode {
    let loaded = match deck::load(deck_path) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let (start, zone) = match start.map(clock::parse) {
        None => (clock::now(), clock::local_zone()),
        Some(Ok(t)) => t,
        Some(Err(e)) => {
            eprintln!("--start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let seed = seed.unwrap_or_else(rand::random);
    let cards = match cards {
        None => loaded.deck.rules.cards,
        Some(CardsArg::Shared) => deck::Cards::Shared,
        Some(CardsArg::PerGroup) => deck::Cards::PerGroup,
    };
    let played = match session::rehearse_with(&loaded.deck, groups, seed, start, cards) {
        Ok(s) => s.in_zone(zone),
        Err(e) => {
            eprintln!("{}: {e}", deck_path.display());
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("cannot create {}: {}", out.display(), deck::io_words(&e));
        return ExitCode::FAILURE;
    }
    let path = out.join(format!("{}.{}", played.id(), session::file::EXTENSION));
    if let Err(e) = session::write_session(&path, &played.to_bytes()) {
        eprintln!("cannot write {}: {}", path.display(), deck::io_words(&e));
        return ExitCode::FAILURE;
    }
    let state = played.state();
    println!(
        "rehearsed {} with {} groups{}, seed {seed}: {} rounds, {} actions",
        loaded.deck.title,
        state.groups.len(),
        match state.cards {
            deck::Cards::Shared => String::new(),
            cards => format!(" ({})", cards.describe()),
        },
        state.rounds,
        played.log().len()
    );
    for round in 1..=state.rounds {
        let mut ranking = state.ranking(round);
        if !loaded.deck.rules.ranking {
            ranking.sort_by_key(|r| r.group);
        }
        for rank in ranking {
            let solution = state
                .solutions(round)
                .into_iter()
                .find(|s| s.group == rank.group)
                .map(|s| s.title.clone())
                .unwrap_or_default();
            let place = if loaded.deck.rules.ranking {
                format!("{}{} ", rank.place, if rank.tied { "=" } else { "" })
            } else {
                String::new()
            };
            println!(
                "  round {round}: {place}{} — {} ({} {})",
                state.groups[rank.group].name,
                solution,
                rank.dots,
                if rank.dots == 1 { "dot" } else { "dots" }
            );
        }
    }
    println!("wrote {}", path.display());
    match livinglab::report::export(std::slice::from_ref(&played), out, true) {
        Ok(dir) => println!("wrote the report in {}", dir.display()),
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn report(paths: &[PathBuf], out: &Path, force: bool) -> ExitCode {
    let mut sessions = Vec::new();
    for path in paths {
        match session::load(path) {
            Ok(s) => sessions.push(s),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        }
    }
    match livinglab::report::export(&sessions, out, force) {
        Ok(dir) => {
            println!(
                "wrote the report of {} session(s) in {}",
                sessions.len(),
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Folders where the title screen looks for decks: `scenarios` in the
/// working folder (a developer's checkout, whose files win), then the decks
/// that come inside the program, unpacked into the data folder. No path of
/// the machine that built the program is used.
#[cfg(feature = "app")]
fn scenario_folders(data_dir: Option<&Path>) -> Vec<PathBuf> {
    let mut dirs = vec![PathBuf::from("scenarios")];
    // With --data-dir, everything the game writes stays inside that folder.
    let root = match data_dir {
        Some(d) => d.to_path_buf(),
        None => session::Store::default_root(),
    };
    let unpacked =
        session::unpack_bundled_decks(&root.join(deck::bundled::FOLDER)).or_else(|first| {
            // A data folder that cannot be written (a locked-down machine) still
            // lets the game start with its decks, from a temporary folder.
            let fallback = std::env::temp_dir()
                .join(format!("livinglab-{}", env!("CARGO_PKG_VERSION")))
                .join(deck::bundled::FOLDER);
            session::unpack_bundled_decks(&fallback).map_err(|_| first)
        });
    match unpacked {
        Ok(dir) => dirs.push(dir),
        Err(e) => eprintln!(
            "cannot unpack the bundled decks into {}: {}; the title screen lists only decks you open",
            root.join(deck::bundled::FOLDER).display(),
            deck::io_words(&e)
        ),
    }
    dirs
}

#[cfg(feature = "app")]
fn play(args: GameArgs) -> ExitCode {
    // Room for every device's connections: the soft open-files limit up to
    // the hard one (a program started from the macOS Finder has 256).
    livinglab::devices::raise_open_files_limit();
    // Without a graphics driver, say what to install instead of a panic.
    if !livinglab::app::gpu::check(livinglab::app::game::machine_words()) {
        return ExitCode::FAILURE;
    }
    #[cfg(feature = "probe")]
    let probe = match livinglab::app::probe::Probe::from_env() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let options = livinglab::app::Options {
        deck: args.deck,
        resume: args.resume,
        scenarios: scenario_folders(args.data_dir.as_deref()),
        data_dir: args.data_dir.unwrap_or_else(session::Store::default_dir),
        fullscreen: args.fullscreen,
        tour: args.tour.zip(args.screenshots),
        devices: args.devices.then_some(args.port),
        lobby: args.lobby,
        hold_text: args.hold_text,
        console: args.console,
        #[cfg(feature = "probe")]
        frame_log: args.frame_log,
        #[cfg(feature = "probe")]
        draw_continuously: args.draw_continuously,
        #[cfg(feature = "probe")]
        probe,
    };
    match livinglab::app::run(options) {
        bevy::app::AppExit::Success => ExitCode::SUCCESS,
        bevy::app::AppExit::Error(_) => ExitCode::FAILURE,
    }
}

/// Without the `app` feature there is no game, only the organisers' commands.
#[cfg(not(feature = "app"))]
fn play(_: GameArgs) -> ExitCode {
    eprintln!(
        "this build of livinglab has no game, only its commands (see --help); build it with the `app` feature to play"
    );
    ExitCode::FAILURE
}

fn load_or_say(path: &Path) -> Option<deck::Deck> {
    match deck::load(path) {
        Ok(l) => Some(l.deck),
        Err(e) => {
            eprintln!("{e}");
            None
        }
    }
}

fn write_new(path: &Path, text: &str) -> Result<(), String> {
    let f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path);
    match f.and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes())) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(format!(
            "{} already exists; choose another name (nothing was overwritten)",
            path.display()
        )),
        Err(e) => Err(format!(
            "cannot write {}: {}",
            path.display(),
            deck::io_words(&e)
        )),
    }
}

fn print_cards(path: &Path, out: &Path, language: Option<&str>) -> ExitCode {
    let Some(d) = load_or_say(path) else {
        return ExitCode::FAILURE;
    };
    let written = deck::print::in_language(&d, path.parent(), language).and_then(|html| {
        session::write_atomic(out, html.as_bytes())
            .map_err(|e| format!("cannot write {}: {}", out.display(), deck::io_words(&e)))
    });
    match written {
        Ok(()) => {
            let n = d.roles.len()
                + d.challenges.len()
                + d.ideas.len()
                + d.methods.len()
                + d.criteria.len();
            println!(
                "wrote {}: {n} cards on {} A4 sheets; print at 100% and cut along the dashed lines",
                out.display(),
                n.div_ceil(deck::print::PER_SHEET)
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn import_sheet(sheet: &Path, out: &Path) -> ExitCode {
    let bytes = match std::fs::read(sheet) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read {}: {}", sheet.display(), deck::io_words(&e));
            return ExitCode::FAILURE;
        }
    };
    let id = out
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("imported");
    let d = match deck::sheet::import(&bytes, id) {
        Ok(d) => d,
        Err(rows) => {
            for r in &rows {
                eprintln!("{}: {r}", sheet.display());
            }
            eprintln!(
                "{}: {} problem(s); no deck was written",
                sheet.display(),
                rows.len()
            );
            return ExitCode::FAILURE;
        }
    };
    let text = match deck::sheet::to_ron(&d, sheet.file_name().and_then(|n| n.to_str())) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let checked = deck::check_str(&text, out.parent());
    if !checked.is_ok() {
        eprintln!(
            "{}",
            checked.render(&format!("{} (as a deck)", out.display()))
        );
        eprintln!(
            "the sheet makes a deck that does not pass check (above, with the lines of the deck it would write); no deck was written"
        );
        return ExitCode::FAILURE;
    }
    match write_new(out, &text) {
        Ok(()) => {
            println!("wrote {}: {}", out.display(), d.counts());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn export_sheet(path: &Path, out: Option<&Path>) -> ExitCode {
    let Some(d) = load_or_say(path) else {
        return ExitCode::FAILURE;
    };
    let csv = match deck::sheet::export(&d) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    match out {
        None => {
            print!("{csv}");
            ExitCode::SUCCESS
        }
        Some(o) => match session::write_atomic(o, csv.as_bytes()) {
            Ok(()) => {
                println!("wrote {}", o.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("cannot write {}: {}", o.display(), deck::io_words(&e));
                ExitCode::FAILURE
            }
        },
    }
}

/// A Windows program built for the desktop (no console window on a
/// double-click) has nowhere to print. Started from a terminal, it borrows
/// that terminal's console, so `livinglab check deck.ron` and `--help` print
/// their output there. Output already going somewhere (a pipe, a file, the
/// console of `livinglab.com`) is left alone.
#[cfg(windows)]
mod windows_console {
    use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
    };

    fn unset(handle: HANDLE) -> bool {
        handle.is_null() || handle == INVALID_HANDLE_VALUE
    }

    pub fn attach() {
        // SAFETY: plain Win32 calls with constant arguments; they only read
        // and set this process's standard handles.
        unsafe {
            if unset(GetStdHandle(STD_OUTPUT_HANDLE)) && unset(GetStdHandle(STD_ERROR_HANDLE)) {
                AttachConsole(ATTACH_PARENT_PROCESS);
            }
        }
    }
}
