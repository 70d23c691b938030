//! Sync generators: `?`, `yield_from!`, drops on early drop, fused after a panic.

use core::pin::pin;
use std::panic::{AssertUnwindSafe, catch_unwind};

use asyncgen::sync_generator;
use asyncgen_tests::{DropCounter, Token};

#[sync_generator]
fn parse_all(texts: &[&str]) -> Result<u32, std::num::ParseIntError> {
    for text in texts {
        yield_!(Ok(text.parse()?));
    }
}

#[test]
fn question_mark_yields_the_error_and_ends() {
    let items: Vec<_> = parse_all(&["1", "2", "x", "3"]).collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[..2], [Ok(1), Ok(2)]);
    assert!(items[2].is_err());
    let mut it = parse_all(&["x"]);
    assert!(it.next().unwrap().is_err());
    assert_eq!(it.next(), None);
    assert_eq!(it.size_hint(), (0, Some(0)));
}

#[test]
fn return_in_fallible_body_ends_normally() {
    #[sync_generator]
    fn early() -> Result<u8, String> {
        yield_!(Ok(1));
        return;
    }
    assert_eq!(early().collect::<Vec<_>>(), [Ok(1)]);
}

#[sync_generator]
fn range(from: u32, to: u32) -> u32 {
    for i in from..to {
        yield_!(i);
    }
}

#[sync_generator]
fn chained() -> u32 {
    yield_from!(range(0, 2));
    yield_from!(vec![10, 11]);
    yield_from!(pin!(range(20, 22)));
    yield_from!(Some(30));
}

#[test]
fn yield_from_delegates_to_any_into_iterator() {
    assert_eq!(chained().collect::<Vec<_>>(), [0, 1, 10, 11, 20, 21, 30]);
}

#[sync_generator]
fn holds(counter: DropCounter, arg: Token) -> u32 {
    let _arg = arg;
    let _local = counter.token();
    yield_!(1);
    let _second = counter.token();
    yield_!(2);
}

#[test]
fn early_drop_drops_each_local_once() {
    let counter = DropCounter::default();
    // Never started: the argument is dropped with the iterator.
    drop(holds(counter.clone(), counter.token()));
    assert_eq!((counter.created(), counter.drops()), (1, 1));

    let counter = DropCounter::default();
    let mut it = holds(counter.clone(), counter.token());
    assert_eq!(it.next(), Some(1));
    assert_eq!(counter.drops(), 0);
    drop(it);
    assert_eq!((counter.created(), counter.drops()), (2, 2));

    let counter = DropCounter::default();
    {
        let mut it = pin!(holds(counter.clone(), counter.token()));
        assert_eq!(it.next(), Some(1));
        assert_eq!(it.next(), Some(2));
    }
    assert_eq!((counter.created(), counter.drops()), (3, 3));

    let counter = DropCounter::default();
    assert_eq!(holds(counter.clone(), counter.token()).count(), 2);
    assert_eq!((counter.created(), counter.drops()), (3, 3));
}

#[test]
fn dropped_items_are_dropped_once() {
    #[sync_generator]
    fn tokens(counter: DropCounter) -> Token {
        for _ in 0..3 {
            yield_!(counter.token());
        }
    }
    let counter = DropCounter::default();
    let mut it = tokens(counter.clone());
    drop(it.next());
    drop(it);
    assert_eq!((counter.created(), counter.drops()), (1, 1));
}

#[sync_generator]
fn panics_at_second(counter: DropCounter) -> u32 {
    let _local = counter.token();
    yield_!(1);
    panic!("boom");
}

#[test]
fn fused_after_a_panic() {
    let counter = DropCounter::default();
    let mut it = panics_at_second(counter.clone());
    assert_eq!(it.next(), Some(1));
    let caught = catch_unwind(AssertUnwindSafe(|| it.next()));
    assert!(caught.is_err());
    assert_eq!(counter.drops(), 1, "the poisoned body's locals are dropped by the unwind");
    assert_eq!(it.size_hint(), (0, Some(0)));
    assert_eq!(it.next(), None);
    assert_eq!(it.next(), None);

    let counter = DropCounter::default();
    let mut it = pin!(panics_at_second(counter.clone()));
    assert_eq!(it.next(), Some(1));
    assert!(catch_unwind(AssertUnwindSafe(|| it.next())).is_err());
    assert_eq!(it.next(), None);
    assert_eq!(counter.drops(), 1);
}

#[test]
fn is_fused_and_send() {
    fn fused<I: core::iter::FusedIterator>(_: &I) {}
    fn send<T: Send>(_: &T) {}
    let it = range(0, 1);
    fused(&it);
    send(&it);
    let pinned = pin!(range(0, 1));
    fused(&pinned);
}

/// The issue's second example: `?` on opening the file and on each line.
#[sync_generator]
fn lines(path: &std::path::Path) -> std::io::Result<String> {
    use std::io::BufRead;
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        yield_!(line?);
    }
}

#[test]
#[cfg_attr(miri, ignore = "file system")]
fn lines_of_a_file_and_of_a_missing_one() {
    let path = std::env::temp_dir().join(format!("asyncgen-lines-{}.txt", std::process::id()));
    std::fs::write(&path, "one\ntwo\n").unwrap();
    let read: Vec<String> = lines(&path).map(Result::unwrap).collect();
    assert_eq!(read, ["one", "two"]);
    std::fs::remove_file(&path).unwrap();
    let mut missing = lines(&path);
    assert_eq!(missing.next().unwrap().unwrap_err().kind(), std::io::ErrorKind::NotFound);
    assert!(missing.next().is_none());
}

#[test]
fn evens_inline_as_in_the_issue() {
    let v = vec![1, 2, 3, 4, 6];
    let evens = asyncgen::sync_gen!(move {
        for x in v {
            if x % 2 == 0 {
                yield x;
            }
        }
    });
    assert_eq!(evens.collect::<Vec<_>>(), [2, 4, 6]);
}
