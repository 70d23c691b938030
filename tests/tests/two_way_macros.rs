//! Two-way generators written with the macros (`resume = R`), and helpers that
//! yield through `yielder!()`.

use asyncgen::{AsyncGenerator, Resume, Yielder, async_gen, async_generator};
use asyncgen_tests::{block_on, collect, next, pending_once};
use core::pin::{Pin, pin};
use futures_core::FusedStream;
use std::cell::RefCell;
use std::rc::Rc;

/// A running total: `send(v)` adds `v`; `close()` awaits a flush, then returns.
#[async_generator(resume = u32)]
async fn running_total(log: Rc<RefCell<Vec<u32>>>) -> u32 {
    let mut total = 0;
    loop {
        match yield_!(total) {
            Resume::Next => {}
            Resume::Sent(v) => total += v,
            Resume::Close => {
                pending_once().await;
                log.borrow_mut().push(total);
                return;
            }
        }
    }
}

#[test]
fn an_attribute_two_way_generator_sends_and_closes() {
    let log = Rc::default();
    let mut g = pin!(running_total(Rc::clone(&log)));
    block_on(async {
        assert_eq!(next(g.as_mut()).await, Some(0));
        assert_eq!(g.as_mut().send(5).await, Some(5));
        assert_eq!(next(g.as_mut()).await, Some(5));
        assert_eq!(g.as_mut().send(2).await, Some(7));
        assert_eq!(g.as_mut().close().await, None);
    });
    assert_eq!(*log.borrow(), [7]);
    assert!(g.is_terminated());
}

async_gen!(
    #[async_generator(resume = String)]
    async fn echo() -> String {
        let mut last = String::new();
        loop {
            match yield last.clone() {
                Resume::Sent(s) => last = s,
                Resume::Next => {}
                Resume::Close => return,
            }
        }
    }
);

#[test]
fn the_keyword_form_takes_resume_on_its_attribute() {
    let mut g = pin!(echo());
    block_on(async {
        assert_eq!(next(g.as_mut()).await.as_deref(), Some(""));
        assert_eq!(g.as_mut().send("hi".into()).await.as_deref(), Some("hi"));
        assert_eq!(g.as_mut().close().await, None);
    });
}

#[test]
fn an_inline_two_way_generator() {
    let g = async_gen!(
        #[async_generator(resume = i32)]
        async move {
            let mut n = 0;
            loop {
                // `match yield n {` would read `n { .. }` as a struct literal (syn).
                let resume = yield n;
                match resume {
                    Resume::Sent(d) => n += d,
                    Resume::Next => n += 1,
                    Resume::Close => break,
                }
            }
        }
    );
    let mut g = pin!(g);
    block_on(async {
        assert_eq!(next(g.as_mut()).await, Some(0));
        assert_eq!(next(g.as_mut()).await, Some(1));
        assert_eq!(g.as_mut().send(10).await, Some(11));
        assert_eq!(g.as_mut().close().await, None);
    });
}

/// `athrow(e)` is `send(Err(e))`: `r?` yields the error and ends.
#[async_generator(resume = Result<u32, String>)]
async fn accumulate() -> Result<u32, String> {
    let mut total = 0;
    loop {
        match yield_!(Ok(total)) {
            Resume::Sent(r) => total += r?,
            Resume::Next => {}
            Resume::Close => return,
        }
    }
}

#[test]
fn athrow_is_send_err_with_question_mark() {
    let mut g = pin!(accumulate());
    block_on(async {
        assert_eq!(next(g.as_mut()).await, Some(Ok(0)));
        assert_eq!(g.as_mut().send(Ok(4)).await, Some(Ok(4)));
        assert_eq!(g.as_mut().send(Err("bad".into())).await, Some(Err("bad".into())));
        assert_eq!(next(g.as_mut()).await, None);
    });
}

#[test]
fn for_await_loops_see_every_resume() {
    #[async_generator(resume = u8)]
    async fn relay(inner: Vec<u8>) -> u8 {
        let source = asyncgen::generator(async move |mut y: Yielder<'_, u8>| {
            for x in inner {
                y.yield_(x).await;
            }
        });
        #[for_await]
        for x in source {
            if let Resume::Sent(extra) = yield_!(x) {
                yield_!(extra).is_close();
            }
        }
    }
    let mut g = pin!(relay(vec![1, 2]));
    block_on(async {
        assert_eq!(next(g.as_mut()).await, Some(1));
        assert_eq!(g.as_mut().send(50).await, Some(50));
        assert_eq!(next(g.as_mut()).await, Some(2));
        assert_eq!(next(g.as_mut()).await, None);
    });
}

struct Counter(u32);

impl Counter {
    #[async_generator(boxed, resume = u32)]
    async fn steps(&self) -> u32 {
        let mut at = self.0;
        while let Resume::Sent(step) = yield_!(at) {
            at += step;
        }
    }
}

#[test]
fn a_boxed_two_way_method_is_a_dyn_async_generator() {
    let c = Counter(10);
    let mut g: Pin<Box<dyn AsyncGenerator<u32, Item = u32> + Send + '_>> = c.steps();
    block_on(async {
        assert_eq!(next(g.as_mut()).await, Some(10));
        assert_eq!(g.send(5).await, Some(15));
        assert_eq!(g.close().await, None);
    });
}

trait Service {
    #[async_generator(Send, resume = u64)]
    async fn serve(&self) -> u64;
}

struct Doubler;

impl Service for Doubler {
    #[async_generator(Send, resume = u64)]
    async fn serve(&self) -> u64 {
        let mut v = 1;
        while let Resume::Sent(x) = yield_!(v) {
            tokio::task::yield_now().await;
            v = x * 2;
        }
    }
}

#[cfg(not(miri))] // Miri cannot run tokio's multi-threaded runtime's I/O driver
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_two_way_trait_method_runs_on_tokios_multi_threaded_runtime() {
    let task = tokio::spawn(async {
        let service = Doubler;
        let mut g = pin!(service.serve());
        let mut out = vec![next(g.as_mut()).await.unwrap()];
        for x in [3, 4] {
            out.push(g.as_mut().send(x).await.unwrap());
        }
        assert_eq!(g.as_mut().close().await, None);
        out
    });
    assert_eq!(task.await.unwrap(), [1, 6, 8]);
}

/// A helper that yields twice with an await between, into any generator form.
async fn pair(y: &mut Yielder<'_, u32>, v: u32) {
    y.yield_(v).await;
    pending_once().await;
    y.yield_(v + 1).await;
}

#[async_generator]
async fn with_helpers() -> u32 {
    pair(yielder!(), 10).await;
    yield_!(0);
    pair(yielder!(), 20).await;
}

async_gen!(
    async fn with_helpers_keyword() -> u32 {
        pair(yielder!(), 1).await;
        yield 3;
    }
);

#[test]
fn helpers_yield_into_every_generator_form() {
    assert_eq!(collect(with_helpers()), [10, 11, 0, 20, 21]);
    assert_eq!(collect(with_helpers_keyword()), [1, 2, 3]);
    let inline = async_gen!(async move {
        pair(yielder!(), 5).await;
    });
    assert_eq!(collect(inline), [5, 6]);
    let free = asyncgen::generator(async |mut y: Yielder<'_, u32>| pair(&mut y, 7).await);
    assert_eq!(collect(free), [7, 8]);
}

/// `?` inside a helper of a fallible generator.
async fn parse_into(
    y: &mut Yielder<'_, Result<u32, std::num::ParseIntError>>,
    text: &str,
) -> Result<(), std::num::ParseIntError> {
    y.yield_(Ok(text.parse()?)).await;
    Ok(())
}

#[async_generator]
async fn parse_many() -> Result<u32, std::num::ParseIntError> {
    parse_into(yielder!(), "1").await?;
    parse_into(yielder!(), "x").await?;
    parse_into(yielder!(), "3").await?;
}

#[test]
fn try_generator_with_question_mark_inside_a_helper() {
    let items = collect(parse_many());
    assert_eq!(items[0], Ok(1));
    assert!(items[1].is_err());
    assert_eq!(items.len(), 2);
    let free = asyncgen::try_generator(async |mut y: Yielder<'_, Result<u32, _>>| {
        parse_into(&mut y, "4").await?;
        parse_into(&mut y, "y").await
    });
    let items = collect(free);
    assert_eq!((items.len(), items[0].clone()), (2, Ok(4)));
}

trait ResumeExt {
    fn is_close(&self) -> bool;
}
impl<R> ResumeExt for Resume<R> {
    fn is_close(&self) -> bool {
        matches!(self, Resume::Close)
    }
}
