/// Recursion needs a boxed stream.
#[async_generator(boxed)]
async fn walk(node: &Node) -> u32 {
    yield_!(node.value);
    for child in &node.children {
        yield_from!(walk(child));
    }
}

#[async_generator(boxed_local)]
async fn shared(items: Rc<Vec<u32>>) -> u32 {
    for item in items.iter() {
        yield_!(*item);
    }
}
