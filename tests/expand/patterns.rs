#[async_generator]
async fn sums((a, b): (u8, u8), mut total: u32, _: String, _unused: Vec<u8>) -> u32 {
    total += u32::from(a) + u32::from(b);
    yield_!(total);
}


#[async_generator]
pub async unsafe fn from_raw(ptr: *const u32) -> u32 {
    yield_!(unsafe { *ptr });
}
