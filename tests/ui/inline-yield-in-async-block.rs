fn main() {
    let _s = asyncgen::async_gen!(async move {
        let later = async {
            yield 1u32;
        };
        later.await;
    });
}
