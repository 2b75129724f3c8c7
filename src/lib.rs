//! Living Lab: a co-design workshop game for one shared screen.
//!
//! The core — [`deck`], [`session`] — is Bevy-free and tests in seconds; the
//! Bevy shell lives in `app`.

pub mod app;
pub mod deck;
pub mod report;
pub mod session;
