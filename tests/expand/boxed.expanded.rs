/// Recursion needs a boxed stream.
#[must_use = "streams do nothing unless polled"]
fn walk(
    node: &Node,
) -> ::asyncgen::__private::Pin<
    ::asyncgen::__private::Box<
        dyn ::asyncgen::__private::Stream<Item = u32> + ::asyncgen::__private::Send + '_,
    >,
> {
    ::asyncgen::__private::boxed(
        ::asyncgen::__private::generator(async move |
            mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
        {
            let node = node;
            let __item: u32 = node.value;
            yielder.yield_(__item).await;
            for child in &node.children {
                yielder.yield_from(walk(child)).await;
            }
        }),
    )
}
#[must_use = "streams do nothing unless polled"]
fn shared(
    items: Rc<Vec<u32>>,
) -> ::asyncgen::__private::Pin<
    ::asyncgen::__private::Box<dyn ::asyncgen::__private::Stream<Item = u32>>,
> {
    ::asyncgen::__private::boxed_local(
        ::asyncgen::__private::generator(async move |
            mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
        {
            let items = items;
            for item in items.iter() {
                let __item: u32 = *item;
                yielder.yield_(__item).await;
            }
        }),
    )
}
