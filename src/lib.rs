//! Living Lab: a co-design workshop game for one shared screen.
//!
//! The core — [`deck`], [`session`] — is Bevy-free and tests in seconds; the
//! Bevy shell lives in `app`, behind the default `app` feature:
//! `cargo test --no-default-features --lib` checks the core alone.

#[cfg(feature = "app")]
pub mod app;
pub mod deck;
#[cfg(feature = "devices")]
pub mod devices;
pub mod escape;
pub mod palette;
pub mod report;
pub mod session;
pub mod words;
