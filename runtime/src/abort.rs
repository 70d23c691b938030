//! Aborting without `std`.

/// Aborts the process: a panic raised while another one unwinds cannot unwind.
///
/// Used where unwinding would free memory that something may still point to.
#[cold]
#[inline(never)]
pub(crate) fn abort(msg: &str) -> ! {
    struct PanicAgain<'a>(&'a str);
    impl Drop for PanicAgain<'_> {
        fn drop(&mut self) {
            panic!("{}", self.0);
        }
    }
    let _again = PanicAgain(msg);
    panic!("{}", msg);
}
