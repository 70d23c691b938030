#[async_generator]
async fn merged(mut a: Receiver<u32>, mut b: Receiver<u32>) -> u32 {
    loop {
        tokio::select! {
            Some(x) = a.recv() => yield_!(x),
            Some(y) = b.recv() => yield_!(y * 10),
            else => break,
        }
    }
    assert!(a.is_closed(), "{}", yield_!(0));
    let _ = vec![yield_!(1), yield_!(2)];
}
