//! Every group plays from its own device: a server on the room's network
//! that serves a page to phones, tablets and laptops, joined by a code. It
//! is another input, like the mouse: a device's move becomes the engine
//! action a tap on the table makes, handed to the app through a channel.
//! The engine never learns about HTTP; the server never touches files.

mod listen;
mod page;
mod server;
pub mod view;

pub use listen::{Limits, raise_open_files_limit};
pub use server::{
    DEFAULT_PORT, DEVICES_PER_GROUP, DeviceInfo, Door, HostRequest, MAX_BODY, MOVES_PER_SECOND,
    Order, Request, Server, Standing, WRONG_CODES_PER_MINUTE, status,
};
pub use view::{Move, Snapshot, View, snapshot, snapshot_at};
