#[must_use = "streams do nothing unless polled"]
fn merged(
    a: Receiver<u32>,
    b: Receiver<u32>,
) -> impl ::asyncgen::__private::AsyncGenerator<Item = u32> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
    {
        let mut a = a;
        let mut b = b;
        'async_generator: {
            loop {
                tokio::select! {
                    Some(x) = a.recv() => { if false { break 'async_generator; } let
                    __item : u32 = x; yielder.yield_(__item). await }, Some(y) = b.recv()
                    => { if false { break 'async_generator; } let __item : u32 = y * 10;
                    yielder.yield_(__item). await }, else => break,
                }
            }
            assert!(
                a.is_closed(), "{}", { if false { break 'async_generator; } let __item :
                u32 = 0; yielder.yield_(__item). await }
            );
            let _ = vec![
                { if false { break 'async_generator; } let __item : u32 = 1; yielder
                .yield_(__item). await }, { if false { break 'async_generator; } let
                __item : u32 = 2; yielder.yield_(__item). await }
            ];
        }
    })
}
