//! Runtime properties: the consumer's waker reaches awaited futures, auto traits follow the body, and misuse of the runtime's hidden
//! API aborts instead of corrupting memory.

// Some helpers serve only the child-process tests, which Miri cannot run.
#![cfg_attr(miri, allow(unused_imports, dead_code))]

use asyncgen::async_generator;
use asyncgen_tests::{block_on, collect, poll_once};
use core::future::{Future, poll_fn};
use core::pin::pin;
use core::task::{Context, Poll, Waker};
use futures_core::Stream;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::task::Wake;

/// Resolves to whether the waker it is polled with is `expected` itself (same
/// data pointer; Miri does not deduplicate vtables, so `will_wake` is checked
/// natively only).
fn sees_waker(expected: &Waker) -> impl Future<Output = bool> + '_ {
    poll_fn(move |cx: &mut Context<'_>| {
        let same = cx.waker().data() == expected.data() && (cfg!(miri) || cx.waker().will_wake(expected));
        Poll::Ready(same)
    })
}

#[test]
fn awaited_futures_see_the_consumers_own_waker() {
    struct Nop;
    impl Wake for Nop {
        fn wake(self: Arc<Self>) {}
    }
    #[async_generator]
    async fn probe(expected: Waker) -> bool {
        yield_!(sees_waker(&expected).await);
        yield_!(sees_waker(&expected).await);
    }
    let waker = Waker::from(Arc::new(Nop));
    let mut cx = Context::from_waker(&waker);
    let mut stream = pin!(probe(waker.clone()));
    assert_eq!(stream.as_mut().poll_next(&mut cx), Poll::Ready(Some(true)));
    assert_eq!(stream.as_mut().poll_next(&mut cx), Poll::Ready(Some(true)));
}

mod auto_traits {
    use super::*;
    use static_assertions::{assert_impl_all, assert_not_impl_any};

    #[async_generator]
    async fn plain(n: u32) -> u32 {
        yield_!(n);
    }

    #[async_generator]
    async fn holds_rc_across_yield() -> u32 {
        let rc = Rc::new(1);
        yield_!(*rc);
    }

    #[async_generator]
    async fn holds_cell_ref_across_yield(cell: &Cell<u32>) -> u32 {
        yield_!(cell.get());
    }

    #[async_generator]
    async fn yields_rc() -> Rc<u32> {
        yield_!(Rc::new(1));
    }

    /// Whether the (concrete) type of `$e` implements `$tr`: an inherent method
    /// whose bound fails is skipped in favour of the trait's default.
    macro_rules! has {
        ($e:expr, $tr:path) => {{
            struct Probe<T>(core::marker::PhantomData<T>);
            #[allow(dead_code)]
            trait Fallback {
                fn has(&self) -> bool {
                    false
                }
            }
            impl<T> Fallback for Probe<T> {}
            #[allow(dead_code)]
            impl<T: $tr> Probe<T> {
                fn has(&self) -> bool {
                    true
                }
            }
            fn probe<T>(_: &T) -> Probe<T> {
                Probe(core::marker::PhantomData)
            }
            probe(&$e).has()
        }};
    }

    macro_rules! check {
        ($e:expr) => {
            (has!($e, Send), has!($e, Sync), has!($e, Unpin))
        };
    }

    #[test]
    fn send_and_sync_follow_the_body() {
        let cell = Cell::new(1);
        assert_eq!(check!(plain(1)), (true, true, false), "plain: Send + Sync + !Unpin");
        assert_eq!(check!(holds_rc_across_yield()), (false, false, false), "Rc: !Send + !Sync");
        assert_eq!(check!(holds_cell_ref_across_yield(&cell)), (false, false, false), "&Cell: !Send + !Sync");
        assert_eq!(check!(yields_rc()), (false, false, false), "Rc items: !Send");
    }

    // The same facts, at compile time, on named stream types.
    fn plain_type() -> impl Stream<Item = u32> {
        plain(0)
    }
    #[test]
    fn static_assertions() {
        fn assert_send_sync<T: Send + Sync>(_: &T) {}
        assert_send_sync(&plain_type());
        assert_impl_all!(asyncgen::__private::Co<u32>: Send, Sync);
        assert_not_impl_any!(asyncgen::__private::Co<Rc<u32>>: Send, Sync);
    }
}

/// The hidden API is safe to call wrongly: a yield polled outside its
/// generator's `poll_next` aborts the process (it cannot be allowed to write).
mod misuse {
    use super::*;
    use asyncgen::__private::{Co, generator};
    use std::cell::RefCell;

    /// Smuggles the body's handle out and polls a yield with a foreign `Context`.
    #[cfg(not(miri))]
    fn smuggle_and_yield() {
        let stash: Rc<RefCell<Option<Co<u32>>>> = Rc::default();
        let stash2 = stash.clone();
        let mut stream = Box::pin(generator::<u32, _, _>(move |co| {
            *stash2.borrow_mut() = Some(co);
            async { core::future::pending::<()>().await }
        }));
        assert_eq!(poll_once(stream.as_mut()), Poll::Pending);
        let guard = stash.borrow();
        let co = guard.as_ref().unwrap();
        block_on(poll_fn(|cx| {
            let mut fut = pin!(co.yield_(7));
            let _ = fut.as_mut().poll(cx);
            Poll::Ready(())
        }));
        unreachable!("the foreign yield must not return");
    }

    /// Runs `case` in a child process (this test binary, filtered to `name`)
    /// and returns its exit status and stderr.
    #[cfg(not(miri))]
    fn in_child(name: &str, case: fn()) -> (std::process::ExitStatus, String) {
        if std::env::var_os("ASYNCGEN_CHILD").is_some() {
            case();
            std::process::exit(0);
        }
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", name, "--nocapture", "--test-threads=1"])
            .env("ASYNCGEN_CHILD", "1")
            .output()
            .unwrap();
        (out.status, String::from_utf8_lossy(&out.stderr).into_owned())
    }

    #[test]
    #[cfg(not(miri))]
    fn a_yield_polled_with_a_foreign_context_aborts() {
        let (status, stderr) =
            in_child("misuse::a_yield_polled_with_a_foreign_context_aborts", smuggle_and_yield);
        assert!(!status.success());
        assert!(stderr.contains("a yield was polled outside its generator's `poll_next`"), "{stderr}");
    }

    #[test]
    #[cfg(not(miri))]
    fn a_handle_that_outlives_its_generator_aborts() {
        fn leak_the_handle() {
            let stash: Rc<RefCell<Option<Co<u32>>>> = Rc::default();
            let stash2 = stash.clone();
            let mut stream = Box::pin(generator::<u32, _, _>(move |co| {
                *stash2.borrow_mut() = Some(co);
                async {}
            }));
            assert_eq!(poll_once(stream.as_mut()), Poll::Ready(None));
            drop(stream); // the handle is still in `stash`: must not free its target
            unreachable!("dropping the generator must abort");
        }
        let (status, stderr) =
            in_child("misuse::a_handle_that_outlives_its_generator_aborts", leak_the_handle);
        assert!(!status.success());
        assert!(stderr.contains("yield handle outlived"), "{stderr}");
    }

    #[test]
    fn a_nested_stream_is_polled_through_the_same_context() {
        #[async_generator]
        async fn outer() -> u32 {
            let mut inner = pin!(collect_inner());
            while let Some(x) = asyncgen_tests::next(inner.as_mut()).await {
                yield_!(x + 10);
            }
        }
        #[async_generator]
        async fn collect_inner() -> u32 {
            yield_!(1);
            yield_!(2);
        }
        assert_eq!(collect(outer()), [11, 12]);
    }
}
