// The prelude's names, shadowed at the root: generated code that names any of them
// bare, or through `::core` / `::std` / `::futures_core`, fails to compile.
// (`extern crate .. as core;` etc. are written in each root: they must be there.)
pub struct Option;
pub struct Some;
pub struct None;
pub struct Poll;
pub struct Pin;
pub struct Box;
pub struct Ok;
pub struct Err;
pub enum Result {}
pub trait Send {}
pub trait Future {}
pub trait Stream {}
pub trait Iterator {}
/// `asyncgen::..` written without the leading `::` would find this.
pub mod asyncgen {}
