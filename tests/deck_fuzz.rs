//! Whatever the bytes, checking a deck gives a deck or clear errors — never a
//! panic.

use std::path::Path;

use livinglab::deck::{check_bytes, starter::starter};
use proptest::prelude::*;

fn valid_deck() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/hub-for-london.ron"))
        .expect("bundled deck")
}

/// Checks the bytes and renders every problem; the result must be either a
/// playable deck or at least one error that names a reason.
fn check_never_panics(bytes: &[u8]) {
    let c = check_bytes(bytes, None);
    let rendered = c.render("fuzz.ron");
    if !c.is_ok() {
        assert!(c.errors().count() >= 1);
        assert!(!rendered.is_empty());
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    Truncate(usize),
    Duplicate(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let fragment = prop_oneof![
        Just(b"(".to_vec()),
        Just(b")".to_vec()),
        Just(b"\"".to_vec()),
        Just(b",".to_vec()),
        Just(b"[".to_vec()),
        Just(b"]".to_vec()),
        Just(b"//".to_vec()),
        Just(b"/*".to_vec()),
        Just(b"r#\"".to_vec()),
        Just(b"\xff\xfe".to_vec()),
        Just("é🙂\u{202e}".as_bytes().to_vec()),
        Just(b"cost: 99,".to_vec()),
        Just(b"id: \"dup\",".to_vec()),
        proptest::collection::vec(any::<u8>(), 0..16),
    ];
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), 0usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<usize>(), fragment).prop_map(|(i, f)| Mutation::Insert(i, f)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), 0usize..200).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len().max(1);
    match m {
        Mutation::Flip(i, b) => {
            if !bytes.is_empty() {
                bytes[i % len] = *b;
            }
        }
        Mutation::Delete(i, n) => {
            let start = (i % len).min(bytes.len());
            let end = (start + n).min(bytes.len());
            bytes.drain(start..end);
        }
        Mutation::Insert(i, f) => {
            let at = (i % len).min(bytes.len());
            bytes.splice(at..at, f.iter().copied());
        }
        Mutation::Truncate(i) => bytes.truncate(i % len),
        Mutation::Duplicate(i, n) => {
            let start = (i % len).min(bytes.len());
            let end = (start + n).min(bytes.len());
            let copy = bytes[start..end].to_vec();
            bytes.splice(end..end, copy);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        check_never_panics(&bytes);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,2000}") {
        check_never_panics(text.as_bytes());
    }

    #[test]
    fn mutations_of_a_valid_deck_never_panic(mutations in proptest::collection::vec(mutation(), 1..6)) {
        let mut bytes = valid_deck();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        check_never_panics(&bytes);
    }

    #[test]
    fn mutations_of_the_starter_deck_never_panic(mutations in proptest::collection::vec(mutation(), 1..4)) {
        let mut bytes = starter(Path::new("s.ron")).into_bytes();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        check_never_panics(&bytes);
    }
}

#[test]
fn hostile_shapes_are_clear_errors() {
    let cases: Vec<Vec<u8>> = vec![
        Vec::new(),
        vec![0; 1000],
        b"\xef\xbb\xbf".to_vec(),
        "(".repeat(1_000_000).into_bytes(),
        "[".repeat(1_000_000).into_bytes(),
        format!("Deck(title: \"{}", "a".repeat(3_000_000)).into_bytes(),
        b"Deck(format: 99999999999999999999999)".to_vec(),
        b"Deck(format: -1)".to_vec(),
        b"Deck(format: 1, id: \"x\\u{d800}\")".to_vec(),
    ];
    for bytes in cases {
        let c = check_bytes(&bytes, None);
        assert!(!c.is_ok());
        assert!(c.errors().count() >= 1);
    }
}
