#[must_use = "streams do nothing unless polled"]
fn sums(
    __arg0: (u8, u8),
    total: u32,
    __arg2: String,
    _unused: Vec<u8>,
) -> impl ::asyncgen::__private::AsyncGenerator<Item = u32> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
    {
        let __arg0 = __arg0;
        let (a, b) = __arg0;
        let mut total = total;
        let __arg2 = __arg2;
        #[allow(clippy::used_underscore_binding, clippy::no_effect_underscore_binding)]
        let _unused = _unused;
        total += u32::from(a) + u32::from(b);
        let __item: u32 = total;
        yielder.yield_(__item).await;
    })
}
#[must_use = "streams do nothing unless polled"]
pub unsafe fn from_raw(
    ptr: *const u32,
) -> impl ::asyncgen::__private::AsyncGenerator<Item = u32> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
    {
        let ptr = ptr;
        let __item: u32 = unsafe { *ptr };
        yielder.yield_(__item).await;
    })
}
