//! Runtime properties: the consumer's waker reaches awaited futures, auto traits
//! follow the body, and odd uses of the handle inside its body stay sound.

use asyncgen::async_generator;
use asyncgen_tests::{DropCounter, Token, collect, poll_once};
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
        assert_impl_all!(asyncgen::Yielder<'static, u32>: Send, Sync);
        assert_not_impl_any!(asyncgen::Yielder<'static, Rc<u32>>: Send);
        assert_not_impl_any!(asyncgen::Yielder<'static, u32, asyncgen::Resume<Rc<u32>>>: Send);
    }
}

/// The handle cannot leave its body (the compile-fail tests in `tests/ui/escape-*`
/// show each way out rejected); inside it, odd but safe uses stay sound.
mod misuse {
    use super::*;
    use asyncgen::{Yielder, generator};

    /// Polls a yield future once by hand, inside the generator's own poll.
    fn poll_by_hand<T>(y: &mut Yielder<'_, T>, value: T) {
        let mut fut = pin!(y.yield_(value));
        let mut cx = Context::from_waker(Waker::noop());
        assert_eq!(fut.as_mut().poll(&mut cx), Poll::Pending);
    }

    #[test]
    fn a_yield_created_and_dropped_unpolled_yields_nothing() {
        let s = generator(async |mut y: Yielder<'_, u32>| {
            drop(y.yield_(1));
            y.yield_(2).await;
        });
        assert_eq!(collect(s), [2]);
    }

    #[test]
    fn yields_polled_by_hand_hand_over_the_last_value_and_drop_the_rest_once() {
        let drops = DropCounter::default();
        let d = drops.clone();
        let s = generator(async move |mut y: Yielder<'_, (u32, Token)>| {
            poll_by_hand(&mut y, (1, d.token()));
            poll_by_hand(&mut y, (2, d.token())); // replaces (drops) item 1
            y.yield_((3, d.token())).await; // replaces item 2
        });
        let items: Vec<u32> = collect(s).into_iter().map(|t| t.0).collect();
        assert_eq!(items, [3]);
        assert_eq!((drops.created(), drops.drops()), (3, 3));
    }

    #[test]
    fn a_yield_polled_by_a_body_local_drop_during_the_generators_drop() {
        struct YieldOnDrop<'a, 'y>(&'a mut Yielder<'y, Token>, DropCounter);
        impl Drop for YieldOnDrop<'_, '_> {
            fn drop(&mut self) {
                let item = self.1.token();
                poll_by_hand(self.0, item);
            }
        }
        let drops = DropCounter::default();
        let d = drops.clone();
        let mut s = Box::pin(generator(async move |mut y: Yielder<'_, Token>| {
            let guard = YieldOnDrop(&mut y, d);
            core::future::pending::<()>().await;
            drop(guard);
        }));
        assert!(poll_once(s.as_mut()).is_pending());
        drop(s); // the guard writes into the channel while the body drops
        assert_eq!(
            (drops.created(), drops.drops()),
            (1, 1),
            "the guard's item, dropped once with the generator"
        );
    }

    /// A yield's item waits in the generator from `yield_` on (staged), and is
    /// handed out at the future's first poll, not before.
    #[test]
    fn a_yield_future_awaited_after_another_await_yields_then() {
        let mut s = pin!(generator(async |mut y: Yielder<'_, u32>| {
            let first = y.yield_(1);
            asyncgen_tests::pending_once().await;
            first.await;
            y.yield_(2).await;
        }));
        assert_eq!(poll_once(s.as_mut()), Poll::Pending, "the staged 1 is not handed out early");
        assert_eq!(poll_once(s.as_mut()), Poll::Ready(Some(1)));
        assert_eq!(poll_once(s.as_mut()), Poll::Ready(Some(2)));
        assert_eq!(poll_once(s.as_mut()), Poll::Ready(None));
    }

    #[test]
    fn forgotten_yield_futures_yield_nothing_and_their_items_drop_once() {
        let drops = DropCounter::default();
        let d = drops.clone();
        let s = generator(async move |mut y: Yielder<'_, (u32, Token)>| {
            core::mem::forget(y.yield_((1, d.token())));
            y.yield_((2, d.token())).await; // replaces (drops) item 1
            core::mem::forget(y.yield_((3, d.token()))); // dropped at the end
        });
        let items: Vec<u32> = collect(s).into_iter().map(|t| t.0).collect();
        assert_eq!(items, [2]);
        assert_eq!((drops.created(), drops.drops()), (3, 3));
    }

    #[test]
    fn a_staged_item_drops_once_with_the_generator() {
        let drops = DropCounter::default();
        let d = drops.clone();
        let mut s = Box::pin(generator(async move |mut y: Yielder<'_, Token>| {
            let staged = y.yield_(d.token());
            core::future::pending::<()>().await;
            staged.await;
        }));
        assert!(poll_once(s.as_mut()).is_pending());
        assert_eq!(drops.drops(), 0);
        drop(s);
        assert_eq!((drops.created(), drops.drops()), (1, 1));
    }

    #[test]
    fn an_item_handed_over_by_hand_before_a_panic_is_dropped_not_yielded() {
        let drops = DropCounter::default();
        let d = drops.clone();
        let mut s = Box::pin(generator(async move |mut y: Yielder<'_, Token>| {
            poll_by_hand(&mut y, d.token());
            panic!("boom");
        }));
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| poll_once(s.as_mut())));
        assert!(caught.is_err());
        assert_eq!(drops.drops(), 1, "dropped with the poisoned body");
        assert!(matches!(poll_once(s.as_mut()), Poll::Ready(None)), "fused after the panic");
    }

    #[test]
    fn a_scoped_thread_may_yield_while_the_body_waits_for_it() {
        let s = generator(async |mut y: Yielder<'_, u32>| {
            std::thread::scope(|scope| {
                scope.spawn(|| poll_by_hand(&mut y, 5));
            });
            core::future::ready(()).await;
        });
        // The item handed over inside the scope comes out at the end of the body.
        assert_eq!(collect(s), [5]);
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
