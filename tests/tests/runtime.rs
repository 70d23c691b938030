//! Runtime properties: the consumer's waker reaches awaited futures, auto traits follow the body, and misuse of the runtime's hidden
//! API panics instead of corrupting memory.

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
/// generator's `poll_next` panics.
mod misuse {
    use super::*;
    use asyncgen::__private::{Co, generator};
    use std::cell::RefCell;

    #[test]
    fn a_yield_polled_with_a_foreign_context_panics() {
        let stash: Rc<RefCell<Option<Co<u32>>>> = Rc::default();
        let stash2 = stash.clone();
        let mut stream = Box::pin(generator::<u32, _, _>(move |co| {
            *stash2.borrow_mut() = Some(co);
            async { core::future::pending::<()>().await }
        }));
        assert_eq!(poll_once(stream.as_mut()), Poll::Pending);
        let guard = stash.borrow();
        let co = guard.as_ref().unwrap();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            block_on(poll_fn(|cx| {
                let mut fut = pin!(co.yield_(7));
                let _ = fut.as_mut().poll(cx);
                Poll::Ready(())
            }));
        }));
        assert!(result.is_err());
        drop(guard);
        // The stash is emptied before the generator goes, as it must be.
        stash.borrow_mut().take();
        drop(stream);
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
