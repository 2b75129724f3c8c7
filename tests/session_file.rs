//! Session files: atomic autosave with a backup, resuming, and clear errors
//! for every kind of damage.

mod common;

use std::path::Path;

use common::*;
use livinglab::deck::{self, Deck};
use livinglab::session::{self, Action, Phase, Session, Store, backup_path, load};

fn starter_deck() -> Deck {
    let text = deck::starter::starter(Path::new("small.ron"));
    deck::check_str(&text, None).deck.expect("starter deck")
}

#[test]
fn every_action_is_saved_and_the_previous_save_kept_as_a_backup() {
    let dir = tempdir();
    let store = Store::new(dir.path().join("sessions"));
    let mut s = setup(hub(), 2);
    let path = store.save(&s).unwrap();
    assert!(path.to_string_lossy().ends_with(".session.json"));
    let first = std::fs::read(&path).unwrap();
    ok(&mut s, Action::Advance);
    store.save(&s).unwrap();
    assert_eq!(
        std::fs::read(backup_path(&path)).unwrap(),
        first,
        "the backup is the previous save"
    );
    let resumed = load(&path).unwrap();
    assert_eq!(resumed.state(), s.state());
    assert_eq!(resumed.log(), s.log());
    let leftovers: Vec<_> = std::fs::read_dir(store.dir.clone())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
}

#[test]
fn a_session_resumes_at_its_last_action_with_undo_intact() {
    let dir = tempdir();
    let store = Store::new(dir.path());
    let mut s = session::rehearse(&hub(), 3, 5, T0).unwrap();
    s.undo();
    s.undo();
    let path = store.save(&s).unwrap();
    // The process dies here; a new one opens the file.
    let mut resumed = load(&path).unwrap();
    assert_eq!(resumed.state(), s.state());
    assert!(
        resumed.redo(),
        "what was undone can still be redone after resuming"
    );
    assert!(resumed.undo());
}

#[test]
fn the_store_lists_saved_sessions_newest_first_and_names_damaged_ones() {
    let dir = tempdir();
    let store = Store::new(dir.path());
    let older = session::rehearse(&hub(), 2, 1, T0).unwrap();
    let newer = session::rehearse(&hub(), 2, 2, T0 + 86_400_000).unwrap();
    store.save(&older).unwrap();
    store.save(&newer).unwrap();
    std::fs::write(
        dir.path().join("broken.session.json"),
        b"{\"livinglab_session\": 1, ",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.txt"), b"not a session").unwrap();
    let list = store.list();
    assert_eq!(list.len(), 3);
    assert_eq!(list[0].id, newer.id());
    assert_eq!(list[1].id, older.id());
    let summary = list[0].summary.as_ref().unwrap();
    assert_eq!(summary.groups, vec!["Kites", "Bridges"]);
    assert_eq!(summary.phase, livinglab::session::Phase::Debrief);
    assert!(list[2].problem.as_ref().unwrap().starts_with("damaged"));
}

#[test]
fn a_truncated_session_file_is_a_clear_error_at_every_byte() {
    let s = session::rehearse(&starter_deck(), 1, 11, T0).unwrap();
    let bytes = s.to_bytes();
    assert!(bytes.len() > 1000);
    for cut in 0..bytes.len() {
        match Session::from_bytes(&bytes[..cut]) {
            Ok(_) => panic!("a file cut at byte {cut} of {} loaded", bytes.len()),
            Err(message) => assert!(
                message.contains("cut off")
                    || message.contains("empty")
                    || message.contains("damaged")
                    || message.contains("does not hold"),
                "at {cut}: {message}"
            ),
        }
    }
    assert!(Session::from_bytes(&bytes).is_ok());
}

#[test]
fn a_damaged_file_offers_the_backup() {
    let dir = tempdir();
    let store = Store::new(dir.path());
    let mut s = setup(hub(), 2);
    store.save(&s).unwrap();
    ok(&mut s, Action::Advance);
    let path = store.save(&s).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let err = load(&path).unwrap_err();
    assert!(err.message.contains("cut off"), "{}", err.message);
    assert_eq!(err.backup.as_deref(), Some(backup_path(&path).as_path()));
    assert!(
        err.to_string()
            .contains("The previous save is kept as a backup")
    );
    let from_backup = load(err.backup.as_ref().unwrap()).unwrap();
    assert_eq!(
        from_backup.log().len(),
        s.log().len() - 1,
        "the backup is one action behind"
    );
}

#[test]
fn garbage_and_tampering_are_named() {
    let s = session::rehearse(&hub(), 2, 8, T0).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&s.to_bytes()).unwrap();

    let cases: Vec<(Vec<u8>, &str)> = vec![
        (Vec::new(), "empty"),
        (b"\xff\xfe\x00garbage".to_vec(), "damaged"),
        (b"[1, 2, 3]".to_vec(), "does not hold a session"),
        (
            {
                let mut j = json.clone();
                j["livinglab_session"] = 2.into();
                serde_json::to_vec(&j).unwrap()
            },
            "this session file has format 2; this version of Living Lab reads format 1",
        ),
        (
            {
                let mut j = json.clone();
                j["deck"]["title"] = "Edited".into();
                serde_json::to_vec(&j).unwrap()
            },
            "the deck inside the session file was changed",
        ),
        (
            {
                let mut j = json.clone();
                j["log"][0]["action"] = serde_json::json!({"RemoveGroup": {"group": 5}});
                serde_json::to_vec(&j).unwrap()
            },
            "the session file cannot be replayed: action 1 of the log",
        ),
        ("[".repeat(100_000).into_bytes(), "does not hold a session"),
    ];
    for (bytes, expected) in cases {
        let err = Session::from_bytes(&bytes).unwrap_err();
        assert!(err.contains(expected), "{err:?} lacks {expected:?}");
    }
}

#[test]
fn a_missing_or_oversized_file_is_a_clear_error() {
    let dir = tempdir();
    let err = load(&dir.path().join("none.session.json")).unwrap_err();
    assert!(err.message.contains("no such file"));
    let big = dir.path().join("big.session.json");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(65 * 1024 * 1024)
        .unwrap();
    assert!(load(&big).unwrap_err().message.contains("probably not one"));
}

#[test]
fn the_file_records_the_deck_its_fingerprint_the_seed_and_the_log() {
    let s = session::rehearse(&hub(), 2, 77, T0).unwrap();
    let file = s.to_file();
    assert_eq!(file.livinglab_session, 1);
    assert_eq!(file.deck, hub());
    assert_eq!(file.deck_sha256.len(), 64);
    assert_eq!(file.seed, 77);
    assert_eq!(file.created_at, T0);
    assert_eq!(file.log.len(), s.log().len());
    assert!(
        file.log.windows(2).all(|w| w[0].at <= w[1].at),
        "timestamps in order"
    );
}

/// The environment variable that makes `saver_child_process` run.
const CHILD: &str = "LIVINGLAB_SAVER_CHILD_DIR";

/// Not a test: the process `a_kill_right_after_an_acknowledged_action_loses_it_not`
/// starts and kills. It applies actions one after another, saving each
/// through the writer thread, and says "acknowledged N" once the N-th is on
/// disk; then it goes on acting without waiting, until it is killed.
#[test]
#[ignore = "run by a_kill_right_after_an_acknowledged_action_loses_it_not"]
fn saver_child_process() {
    let Some(dir) = std::env::var_os(CHILD) else {
        return;
    };
    let store = Store::new(std::path::PathBuf::from(dir));
    let saver = session::Saver::new();
    let mut s = at(Phase::Build, 2);
    let path = store.path_for(&s);
    for n in 1.. {
        let action = if s.state().timer.is_running() {
            Action::PauseTimer
        } else {
            Action::StartTimer
        };
        ok(&mut s, action);
        let ticket = saver.save(path.clone(), s.to_file());
        if n <= 5 {
            assert!(saver.wait(ticket, std::time::Duration::from_secs(10)));
            println!("acknowledged {n}");
            use std::io::Write;
            std::io::stdout().flush().unwrap();
        }
    }
}

#[cfg(unix)]
#[test]
fn a_kill_right_after_an_acknowledged_action_loses_it_not() {
    use std::io::BufRead;
    let dir = tempdir();
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", "saver_child_process", "--nocapture"])
        .env(CHILD, dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut acknowledged = 0;
    for line in out.lines() {
        let line = line.unwrap();
        if let Some(n) = line.trim().strip_prefix("acknowledged ") {
            acknowledged = n.parse().unwrap();
            if acknowledged == 5 {
                // kill -9, right after the acknowledgement.
                child.kill().unwrap();
                break;
            }
        }
    }
    let _ = child.wait();
    assert_eq!(
        acknowledged, 5,
        "the child process acknowledged its actions"
    );
    let file = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".session.json"))
        .expect("a session file");
    let resumed = load(&file).unwrap();
    let timer_actions = resumed
        .log()
        .iter()
        .filter(|e| matches!(e.action, Action::StartTimer | Action::PauseTimer))
        .count();
    assert!(
        timer_actions >= 5,
        "the five acknowledged actions are in the file ({timer_actions} found)"
    );
}

#[test]
fn a_failing_disk_is_reported_and_the_save_tried_again() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let dir = tempdir();
    let broken = Arc::new(AtomicBool::new(true));
    let disk = broken.clone();
    let saver = session::Saver::with_writer(Box::new(move |path, bytes| {
        if disk.load(Ordering::SeqCst) {
            Err(std::io::Error::other("the disk is full"))
        } else {
            session::write_session(path, bytes)
        }
    }));
    let s = setup(hub(), 2);
    let path = dir.path().join("s.session.json");
    let ticket = saver.save(path.clone(), s.to_file());
    assert!(!saver.wait(ticket, std::time::Duration::from_millis(300)));
    let e = saver.error().expect("the failure is reported");
    assert!(e.contains("the disk is full"), "{e}");
    assert!(
        !saver.is_on_disk(ticket),
        "no acknowledgement before it is on disk"
    );
    // The disk recovers: the same save goes through on its own.
    broken.store(false, Ordering::SeqCst);
    assert!(saver.wait(ticket, std::time::Duration::from_secs(5)));
    assert_eq!(saver.error(), None);
    assert_eq!(load(&path).unwrap().state(), s.state());
}

#[test]
fn the_time_zone_is_kept_and_files_from_before_zones_are_utc() {
    let s = setup(hub(), 2).in_zone("Europe/London");
    let back = Session::from_bytes(&s.to_bytes()).unwrap();
    assert_eq!(back.zone(), "Europe/London");
    // A file written before zones were recorded has no `time_zone`.
    let mut json: serde_json::Value = serde_json::from_slice(&s.to_bytes()).unwrap();
    json.as_object_mut().unwrap().remove("time_zone");
    let old = Session::from_bytes(&serde_json::to_vec(&json).unwrap()).unwrap();
    assert_eq!(old.zone(), "UTC");
    // A crafted zone is refused, not looked up on disk.
    json["time_zone"] = "../../../etc/passwd".into();
    let e = Session::from_bytes(&serde_json::to_vec(&json).unwrap()).unwrap_err();
    assert!(e.contains("time zone"), "{e}");
}
