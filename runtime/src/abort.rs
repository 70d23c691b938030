//! Aborting without `std`.

/// Prints `msg` (through the panic handler) and aborts the process.
///
/// A panic cannot unwind out of an `extern "C"` fn: Rust aborts instead. So
/// callers need no unwinding paths, and nothing is freed that may still be used.
#[cold]
#[inline(never)]
#[allow(improper_ctypes_definitions)] // only ever called from Rust
pub(crate) extern "C" fn abort(msg: &str) -> ! {
    panic!("{}", msg);
}
