//! Holds only the UI tests in `ui/`, compiled against `asyncgen` without `alloc`.
#![no_std]
