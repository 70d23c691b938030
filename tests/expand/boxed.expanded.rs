/// Recursion needs a boxed stream.
#[must_use = "streams do nothing unless polled"]
fn walk(
    node: &Node,
) -> ::core::pin::Pin<
    ::asyncgen::__private::Box<
        dyn ::asyncgen::__private::Stream<Item = u32> + ::core::marker::Send + '_,
    >,
> {
    ::asyncgen::__private::boxed(
        ::asyncgen::__private::generator(move |__co: ::asyncgen::__private::Co<u32>| async move {
            let node = node;
            let __item: u32 = node.value;
            __co.yield_(__item).await;
            for child in &node.children {
                __co.yield_from(walk(child)).await;
            }
        }),
    )
}
#[must_use = "streams do nothing unless polled"]
fn shared<'async_generator>(
    items: Rc<Vec<u32>>,
) -> ::core::pin::Pin<
    ::asyncgen::__private::Box<
        dyn ::asyncgen::__private::Stream<Item = u32> + 'async_generator,
    >,
> {
    ::asyncgen::__private::boxed_local(
        ::asyncgen::__private::generator(move |__co: ::asyncgen::__private::Co<u32>| async move {
            let items = items;
            for item in items.iter() {
                let __item: u32 = *item;
                __co.yield_(__item).await;
            }
        }),
    )
}
